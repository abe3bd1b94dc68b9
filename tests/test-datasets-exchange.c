/* test-datasets-exchange.c — brat as a zip both ways and WebAnno TSV files with several layers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "sitrep-exchange.h"
#include "sitrep-exchange-zip.h"
#include "sitrep-store.h"

typedef struct
{
  char        *dir;
  SitrepStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sitrep-exchange-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "p.sitrep", NULL);
  f->store = sitrep_store_create (path, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (path, name, NULL);
      if (g_file_test (p, G_FILE_TEST_IS_DIR))
        remove_tree (p);
      else
        g_remove (p);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->dir);
}

static GPtrArray *
all_spans (SitrepStore *store)
{
  g_autoptr(GArray) ids = NULL;
  SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;
  GPtrArray *spans = g_ptr_array_new_with_free_func (g_object_unref);

  ids = sitrep_store_query_article_ids (store, &query, NULL);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GPtrArray) some = sitrep_store_list_annotations (store, g_array_index (ids, gint64, i), 0, NULL);
      for (guint k = 0; k < some->len; k++)
        g_ptr_array_add (spans, g_object_ref (g_ptr_array_index (some, k)));
    }
  return spans;
}

/* INCEpTION writes every layer of a project; the label is the NamedEntity
 * layer's "value" however many feature columns come before it. */
static void
test_webanno_layers (Fixture       *f,
                     gconstpointer  data)
{
  const char *tsv =
    "#FORMAT=WebAnno TSV 3.3\n"
    "#T_SP=de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS|PosValue|coarseValue\n"
    "#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value\n"
    "#T_SP=webanno.custom.Note|value\n"
    "\n\n"
    "#Text=Shelling hit Daraa .\n"
    "1-1\t0-8\tShelling\tNN\tNOUN\t_\t_\tnote\t\n"
    "1-2\t9-12\thit\tVBD\tVERB\t_\t_\t_\t\n"
    "1-3\t13-18\tDaraa\tNNP\tPROPN\t*\tPlace\t_\t\n"
    "1-4\t19-20\t.\t.\tPUNCT\t_\t_\t_\t\n";
  g_autofree char *path = g_build_filename (f->dir, "doc.tsv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) spans = NULL;
  SitrepSpansReport report = { 0 };
  SitrepAnnotation *a;

  g_assert_true (g_file_set_contents (path, tsv, -1, NULL));
  g_assert_true (sitrep_exchange_import (f->store, SITREP_EXCHANGE_WEBANNO_TSV, file, "ana", &report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.spans_added, ==, 1);
  sitrep_spans_report_clear (&report);

  spans = all_spans (f->store);
  g_assert_cmpuint (spans->len, ==, 1);
  a = g_ptr_array_index (spans, 0);
  g_assert_cmpstr (sitrep_annotation_get_label (a), ==, "Place");
  g_assert_cmpstr (sitrep_annotation_get_text (a), ==, "Daraa");
}

static gboolean
run (const char * const *argv,
     char              **out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_autofree char *ignored = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out != NULL ? out : &ignored,
                     &err, &status, &error))
    g_error ("%s", error->message);
  if (!g_spawn_check_wait_status (status, NULL))
    {
      g_test_message ("%s failed: %s", argv[0], err);
      return FALSE;
    }
  return TRUE;
}

/* Python's zipfile checks every CRC and prints NAME SIZE a line. */
static char *
python_zip_listing (const char *zip)
{
  const char *script =
    "import sys, zipfile\n"
    "z = zipfile.ZipFile(sys.argv[1])\n"
    "bad = z.testzip()\n"
    "assert bad is None, bad\n"
    "for i in z.infolist():\n"
    "    print(i.filename, len(z.read(i)))\n";
  char *out = NULL;

  g_assert_true (run ((const char *[]) { "/usr/bin/python3", "-c", script, zip, NULL }, &out));
  return out;
}

static gint64
add_coded_article (SitrepStore *store,
                   const char  *title,
                   const char  *body,
                   guint        start,
                   guint        end,
                   const char  *label)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (store, NULL);
  SitrepImportRecord record = { 0 };
  gint64 article, ana, label_id = 0;

  record.title = (char *) title;
  record.body = (char *) body;
  article = sitrep_store_add_article (store, &record, NULL, &error);
  ana = sitrep_store_ensure_annotator (store, "ana", &error);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (sitrep_label_get_name (g_ptr_array_index (labels, i)), label) == 0)
      label_id = sitrep_label_get_id (g_ptr_array_index (labels, i));
  g_assert_cmpint (label_id, >, 0);
  sitrep_store_add_annotation (store, article, label_id, start, end, ana, 0, NULL, &error);
  g_assert_no_error (error);
  return article;
}

/* One pair an article in the zip, as in the folder, read by Python's
 * zipfile; read back into another project with the same spans. */
static void
test_brat_zip (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *zip = g_build_filename (f->dir, "out.zip", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "out", NULL);
  g_autofree char *other_path = g_build_filename (f->dir, "other.sitrep", NULL);
  g_autoptr(GFile) zip_file = g_file_new_for_path (zip);
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) other = NULL;
  g_autoptr(GPtrArray) spans = NULL;
  g_autofree char *listing = NULL;
  g_auto(GStrv) lines = NULL;
  SitrepSpansReport report = { 0 };
  /* Arabic with a diacritic, an emoji, a combining mark before the spans. */
  gint64 a1 = add_coded_article (f->store, "One", "قُتِلَ 🙂 e\xcc\x81 in Daraa.", 15, 20, "Place");
  gint64 a2 = add_coded_article (f->store, "Two", "Shelling hit Jasim.", 13, 18, "Place");

  g_assert_cmpint (a1, >, 0);
  g_assert_cmpint (a2, >, 0);
  g_assert_true (sitrep_exchange_export_zip (f->store, SITREP_EXCHANGE_BRAT, NULL, zip_file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sitrep_exchange_export_folder (f->store, SITREP_EXCHANGE_BRAT, NULL, folder_file, NULL, &error));
  g_assert_no_error (error);

  listing = python_zip_listing (zip);
  lines = g_strsplit (g_strstrip (listing), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);   /* two pairs and annotation.conf */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cols = g_strsplit (lines[i], " ", 2);
      g_autofree char *path = g_build_filename (folder, cols[0], NULL);
      g_autofree char *contents = NULL;
      gsize len;

      /* The same bytes as the folder export's file of that name. */
      g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
      g_assert_cmpuint (len, ==, g_ascii_strtoull (cols[1], NULL, 10));
    }

  other = sitrep_store_create (other_path, &error);
  g_assert_no_error (error);
  g_assert_true (sitrep_exchange_import (other, SITREP_EXCHANGE_BRAT, zip_file, "bo", &report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.spans_added, ==, 2);
  g_assert_cmpuint (report.articles_created, ==, 2);
  g_assert_cmpuint (report.problems->len, ==, 0);
  sitrep_spans_report_clear (&report);
  spans = all_spans (other);
  g_assert_cmpuint (spans->len, ==, 2);
  for (guint i = 0; i < spans->len; i++)
    {
      SitrepAnnotation *a = g_ptr_array_index (spans, i);
      g_autofree char *body = sitrep_store_get_article_body (other, sitrep_annotation_get_article_id (a), NULL);
      g_autofree char *text = g_utf8_substring (body, sitrep_annotation_get_start (a), sitrep_annotation_get_end (a));

      g_assert_cmpstr (sitrep_annotation_get_label (a), ==, "Place");
      g_assert_cmpstr (sitrep_annotation_get_annotator (a), ==, "ana");
      g_assert_true (g_strcmp0 (text, "Daraa") == 0 || g_strcmp0 (text, "Jasim") == 0);
    }
}

/* A failed export leaves the zip that was there; bad zips are refused
 * with a message and leave the project as it was. */
static void
test_brat_zip_bad (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *zip = g_build_filename (f->dir, "out.zip", NULL);
  g_autofree char *cut = g_build_filename (f->dir, "cut.zip", NULL);
  g_autofree char *fake = g_build_filename (f->dir, "fake.zip", NULL);
  g_autofree char *lonely = g_build_filename (f->dir, "lonely.zip", NULL);
  g_autoptr(GFile) zip_file = g_file_new_for_path (zip);
  g_autoptr(GFile) cut_file = g_file_new_for_path (cut);
  g_autoptr(GFile) fake_file = g_file_new_for_path (fake);
  g_autoptr(GFile) lonely_file = g_file_new_for_path (lonely);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) spans = NULL;
  SitrepSpansReport report = { 0 };
  gsize len;

  add_coded_article (f->store, "One", "Shelling hit Jasim.", 13, 18, "Place");
  g_assert_true (g_file_set_contents (zip, "an older export", -1, NULL));
  g_assert_false (sitrep_exchange_export_zip (f->store, SITREP_EXCHANGE_BRAT, "nobody", zip_file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (zip, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "an older export");
  g_clear_pointer (&contents, g_free);

  /* Cut short: the directory at its end is gone. */
  g_assert_true (sitrep_exchange_export_zip (f->store, SITREP_EXCHANGE_BRAT, NULL, zip_file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (zip, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (cut, contents, len - 30, NULL));
  g_assert_false (sitrep_exchange_import (f->store, SITREP_EXCHANGE_BRAT, cut_file, "bo", &report, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  sitrep_spans_report_clear (&report);

  /* Damaged data: a flipped byte in the first entry's text fails its CRC. */
  contents[30 + (guint8) contents[26] + 1] ^= 0x55;
  g_assert_true (g_file_set_contents (cut, contents, len, NULL));
  g_assert_false (sitrep_exchange_import (f->store, SITREP_EXCHANGE_BRAT, cut_file, "bo", &report, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  sitrep_spans_report_clear (&report);

  /* Starts like a zip, is not one. */
  g_assert_true (g_file_set_contents (fake, "PK\x03\x04 and nothing else", -1, NULL));
  g_assert_false (sitrep_exchange_import (f->store, SITREP_EXCHANGE_BRAT, fake_file, "bo", &report, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  sitrep_spans_report_clear (&report);

  /* An .ann without its .txt is reported, not guessed. */
  {
    g_autoptr(GFileOutputStream) out = g_file_replace (lonely_file, NULL, FALSE, 0, NULL, NULL);
    g_autoptr(SitrepZipWriter) w = sitrep_zip_writer_new (G_OUTPUT_STREAM (out), &error);
    g_assert_true (sitrep_zip_writer_add (w, "a.ann", "T1\tPlace 0 5\tJasim\n", 20, NULL, &error));
    g_assert_true (sitrep_zip_writer_finish (w, NULL, &error));
    g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error));
    g_assert_no_error (error);
  }
  g_assert_true (sitrep_exchange_import (f->store, SITREP_EXCHANGE_BRAT, lonely_file, "bo", &report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (report.problems, 0), "a.txt"));
  sitrep_spans_report_clear (&report);

  /* None of it added anything. */
  spans = all_spans (f->store);
  g_assert_cmpuint (spans->len, ==, 1);
}

/* More than 65,535 entries: Python reads the Zip64 end records. */
static void
test_zip64 (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *zip = g_build_filename (f->dir, "many.zip", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (zip);
  g_autoptr(GFileOutputStream) out = g_file_replace (file, NULL, FALSE, 0, NULL, NULL);
  g_autoptr(GOutputStream) buffered = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (out), 65536);
  g_autoptr(SitrepZipWriter) w = sitrep_zip_writer_new (buffered, NULL);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GBytes) last = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  const guint n = 70000;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("e%06u.txt", i);
      g_assert_true (sitrep_zip_writer_add (w, name, name, strlen (name), NULL, &error));
    }
  g_assert_true (sitrep_zip_writer_finish (w, NULL, &error));
  g_assert_true (g_output_stream_close (buffered, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (run ((const char *[]) { "/usr/bin/python3", "-c",
                                         "import sys, zipfile\n"
                                         "z = zipfile.ZipFile(sys.argv[1])\n"
                                         "assert z.testzip() is None\n"
                                         "print(len(z.namelist()), z.read('e069999.txt').decode())\n",
                                         zip, NULL }, &count));
  g_assert_cmpstr (g_strstrip (count), ==, "70000 e069999.txt");

  entries = sitrep_zip_list (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, n);
  last = sitrep_zip_read (file, g_ptr_array_index (entries, n - 1), 1024, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (last, NULL), g_bytes_get_size (last), "e069999.txt", 11);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sitrep/exchange/webanno-layers", Fixture, NULL, fixture_set_up, test_webanno_layers,
              fixture_tear_down);

  g_test_add ("/sitrep/exchange/brat-zip", Fixture, NULL, fixture_set_up, test_brat_zip, fixture_tear_down);
  g_test_add ("/sitrep/exchange/brat-zip-bad", Fixture, NULL, fixture_set_up, test_brat_zip_bad, fixture_tear_down);
  g_test_add ("/sitrep/exchange/zip64", Fixture, NULL, fixture_set_up, test_zip64, fixture_tear_down);

  return g_test_run ();
}

/* test-reliab-text.c — a project whose stored text holds bytes that are not UTF-8 (bit rot,
 * a bad copy): the story handout (PDF and PNG) and the map export still write whole, valid
 * text, with U+FFFD for the damaged bytes and nothing after them lost; the exports of
 * articles refuse a damaged one by name; a file name that is not UTF-8 is named, not blamed.
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "sitrep-exchange.h"
#include "sitrep-figures.h"
#include "sitrep-basemap.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"
#include "sitrep-story-export.h"
#include "sitrep-test-util.h"

static const char body[] =
  "Damascus — A bomb attack on a military bus near Damascus claimed the lives of 18 soldiers, "
  "with more than 20 others wounded. ISIS claimed the attack in a statement.";

static guint n_utf8_warnings;

static GLogWriterOutput
count_utf8_warnings (GLogLevelFlags   level,
                     const GLogField *fields,
                     gsize            n_fields,
                     gpointer         data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0 &&
        strstr (fields[i].value, "UTF-8") != NULL)
      n_utf8_warnings++;
  return g_log_writer_default (level, fields, n_fields, data);
}

static void
exec_sql (SitrepStore *store,
          const char  *sql)
{
  sqlite3 *db = _sitrep_store_lock (store, NULL);

  g_assert_true (_sitrep_store_exec (db, sql, NULL));
  _sitrep_store_unlock (store);
}

static guint
offset_of (const char *needle)
{
  return (guint) g_utf8_pointer_to_offset (body, strstr (body, needle));
}

static char *
pdf_text (const char *pdf)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *argv[] = { NULL, "-enc", "UTF-8", pdf, "-", NULL };
  char *out = NULL;
  int status;

  if (pdftotext == NULL)
    return NULL;
  argv[0] = pdftotext;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                               NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_damaged_text_in_handouts (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sitrep-reliab-text-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.sitrep", NULL);
  g_autofree char *pdf = g_build_filename (dir, "story.pdf", NULL);
  g_autofree char *png_dir = g_build_filename (dir, "png", NULL);
  g_autofree char *png = g_build_filename (png_dir, "step-001.png", NULL);
  g_autofree char *text = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (path, &error);
  SitrepStoryExportOptions options = SITREP_STORY_EXPORT_OPTIONS_INIT;
  SitrepImportRecord record = { 0 };
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  SitrepClaimDraft claim = SITREP_CLAIM_DRAFT_INIT;
  gint64 article, place, actor, event, story;
  g_autofree char *sql = NULL;
  cairo_surface_t *surface;
  guint n = 0;

  g_assert_no_error (error);
  record.title = (char *) "Bus bombing near Damascus";
  record.body = (char *) body;
  record.source = (char *) "SouthFront";
  article = sitrep_store_add_article (store, &record, NULL, &error);
  g_assert_no_error (error);
  place = sitrep_store_add_entity (store, "place", "Damascus", &error);
  actor = sitrep_store_add_entity (store, "actor", "Islamic State (ISIS)", &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("UPDATE entities SET latitude = 33.51, longitude = 36.29, admin1 = 'Damascus', "
                         "country = 'Syria' WHERE id = %" G_GINT64_FORMAT, place);
  exec_sql (store, sql);
  draft.event_type = "Explosions/Remote violence";
  draft.sub_event_type = "Remote explosive/landmine/IED";
  draft.date_start = "2021-12-31";
  draft.date_precision = 1;
  draft.place_id = place;
  draft.actor1_id = actor;
  event = sitrep_store_create_event (store, &draft, &error);
  g_assert_no_error (error);
  claim.kind = SITREP_CLAIM_KILLED;
  claim.qualifier = SITREP_QUALIFIER_EXACT;
  claim.count_low = 18;
  claim.claimant_text = "SOHR";
  claim.article_id = article;
  sitrep_store_add_claim (store, event, &claim, &error);
  g_assert_no_error (error);
  sitrep_store_add_event_evidence (store, event, article, offset_of ("claimed the lives"),
                                   offset_of (" soldiers,"), &error);
  g_assert_no_error (error);
  story = sitrep_store_create_story (store, "Winter", &error);
  g_assert_true (sitrep_store_add_story_step (store, story, event, -1, &error));
  g_assert_no_error (error);

  /* Bit rot: bytes that are no UTF-8 in the body (same length), the place,
   * the actor, the claimant, the source and the story's name. */
  exec_sql (store, "UPDATE article_texts SET body = CAST(replace(CAST(body AS BLOB), CAST('bus' AS BLOB), "
                   "x'fffe98') AS TEXT);"
                   "UPDATE article_texts SET body = CAST(replace(CAST(body AS BLOB), CAST('lives' AS BLOB), "
                   "x'6c69c376') || x'' AS TEXT);"
                   "UPDATE entities SET name = CAST(x'44616dff7363757320436974' AS TEXT) WHERE kind = 'place';"
                   "UPDATE entities SET name = CAST(x'49536953c3' AS TEXT) WHERE kind = 'actor';"
                   "UPDATE claims SET claimant_text = CAST(x'534fc052' AS TEXT);"
                   "UPDATE sources SET name = CAST(x'536f757468e046726f6e74' AS TEXT);"
                   "UPDATE stories SET name = CAST(x'57696e746572ff' AS TEXT);");

  options.pdf_path = pdf;
  options.png_dir = png_dir;
  options.png_dpi = 72;
  options.title = "Title";
  g_assert_true (sitrep_story_export (store, &options, NULL, NULL, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (n_utf8_warnings, ==, 0);

  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  text = pdf_text (pdf);
  if (text == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed: the PDF's text not read");
    }
  else
    {
      g_assert_true (g_utf8_validate (text, -1, NULL));
      /* the damaged bytes shown as U+FFFD, the text after them all there */
      g_assert_nonnull (strstr (text, "\xef\xbf\xbd"));
      g_assert_nonnull (strstr (text, "scus"));
      g_assert_nonnull (strstr (text, "soldiers, with more than 20"));
    }

  sitrep_store_close (store);
  if (g_getenv ("SITREP_TEST_KEEP") == NULL)
    {
      g_unlink (png);
      g_rmdir (png_dir);
      g_unlink (pdf);
      g_unlink (path);
      g_rmdir (dir);
    }
}

/* A scale after a scale multiplies: "ninety thousand thousand …" is far
 * past any count of people and is refused, never read as 96,000; the usual
 * compounds keep their values. */
static void
test_figure_scales (void)
{
  static const struct { const char *phrase; gint64 count; } cases[] = {
    { "ninety thousand thousand thousand thousand thousand thousand thousand people were killed", -1 },
    { "two thousand thousand people were killed", 2000000 },
    { "a hundred thousand people were killed", 100000 },
    { "twenty thousand people were killed", 20000 },
    { "one million two hundred thousand were displaced", 1200000 },
    { "three hundred and five were killed", 305 },
    { "ninety thousand thousand people were killed", 90000000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SitrepFigure f;
      gboolean ok = sitrep_figure_parse (cases[i].phrase, &f);

      g_test_message ("%s", cases[i].phrase);
      if (cases[i].count < 0)
        g_assert_false (ok);
      else
        {
          g_assert_true (ok);
          g_assert_cmpint (f.count, ==, cases[i].count);
        }
    }
}

/* Every export that writes articles, to memory or into @dir; TRUE when all
 * succeed, else FALSE with the first error (each must fail alike). */
static gboolean
export_articles (SitrepStore  *store,
                 const char   *dir,
                 GError      **first_error)
{
  static const char *streams[] = { "doccano", "label-studio", "conll" };
  static const char *folders[] = { "brat", "webanno-tsv" };
  guint failed = 0;
  guint n = 0;

  for (guint i = 0; i < 1 + G_N_ELEMENTS (streams) + G_N_ELEMENTS (folders); i++)
    {
      g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
      g_autoptr(GError) error = NULL;
      SitrepExchangeFormat format;
      gboolean ok;

      if (i == 0)
        ok = sitrep_spans_export_full (store, out, TRUE, NULL, &error);
      else if (i <= G_N_ELEMENTS (streams))
        {
          g_assert_true (sitrep_exchange_format_from_string (streams[i - 1], &format));
          ok = sitrep_exchange_export (store, format, NULL, out, NULL, &error);
        }
      else
        {
          const char *name = folders[i - 1 - G_N_ELEMENTS (streams)];
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_autoptr(GFile) folder = g_file_new_for_path (path);

          g_assert_true (sitrep_exchange_format_from_string (name, &format));
          ok = sitrep_exchange_export_folder (store, format, NULL, folder, NULL, &error);
        }
      n++;
      if (ok)
        {
          gsize len = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out));

          g_assert_no_error (error);
          g_assert_true (g_utf8_validate_len (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                                              len, NULL));
          continue;
        }
      g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_CORRUPT);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      if (failed++ == 0)
        g_propagate_error (first_error, g_steal_pointer (&error));
    }
  g_assert_true (failed == 0 || failed == n);
  return failed == 0;
}

/* Bytes of an article's text damaged on disk are not exported as they are
 * (invalid UTF-8) nor papered over (offsets of spans after them would
 * shift): every export of articles refuses, naming the article; the CLI
 * says so and leaves no file. A damaged title is refused the same way. */
static void
test_damaged_article_refused_by_exports (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-reliab-export-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "p.sitrep", NULL);
  g_autofree char *out_path = g_build_filename (dir, "out.jsonl", NULL);
  g_autoptr(SitrepStore) store = sitrep_store_create (path, &error);
  SitrepImportRecord sound = { 0 };
  SitrepImportRecord rotten = { 0 };

  g_assert_no_error (error);
  sound.title = (char *) "Sound article";
  sound.body = (char *) body;
  rotten.title = (char *) "Bitrot test";
  rotten.body = (char *) "At least 20 people were killed ZZMARKERZZ in Aleppo on Tuesday, residents said.";
  g_assert_cmpint (sitrep_store_add_article (store, &sound, NULL, &error), ==, 1);
  g_assert_cmpint (sitrep_store_add_article (store, &rotten, NULL, &error), ==, 2);
  g_assert_no_error (error);
  g_assert_true (export_articles (store, dir, &error));
  g_assert_no_error (error);

  exec_sql (store, "UPDATE article_texts SET body = CAST(replace(CAST(body AS BLOB), CAST('ZZMA' AS BLOB), "
                   "x'fffe98db') AS TEXT) WHERE article_id = 2;");
  g_assert_false (export_articles (store, dir, &error));
  g_assert_nonnull (strstr (error->message, "article 2"));
  g_assert_nonnull (strstr (error->message, "Bitrot test"));
  g_assert_nonnull (strstr (error->message, "UTF-8"));
  g_clear_error (&error);
  sitrep_store_close (store);

  {
    const char *args[] = { "export", path, "--format", "spans-jsonl", "-o", out_path, NULL };
    g_autofree char *err = NULL;
    int status = sitrep_test_run_cli (args, NULL, NULL, &err);

    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (err, "article 2"));
    g_assert_false (g_file_test (out_path, G_FILE_TEST_EXISTS));
  }

  /* the text mended, the title damaged */
  g_clear_object (&store);
  store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  exec_sql (store, "UPDATE article_texts SET body = CAST(replace(CAST(body AS BLOB), x'fffe98db', "
                   "CAST('ZZMA' AS BLOB)) AS TEXT) WHERE article_id = 2;"
                   "UPDATE articles SET title = CAST(x'4269ff726f74' AS TEXT) WHERE id = 2;");
  g_assert_false (export_articles (store, dir, &error));
  g_assert_nonnull (strstr (error->message, "article 2"));
  g_clear_error (&error);
  sitrep_store_close (store);
  if (g_getenv ("SITREP_TEST_KEEP") == NULL)
    sitrep_test_remove_tree (dir);
}

/* A capture whose file name is not UTF-8 (an old archive's Windows-1256
 * names) imports; what the CLI prints is UTF-8 and names the file as GLib
 * shows such names; when the file fails, the message is about the file and
 * never says its text is not UTF-8. */
static void
test_file_name_not_utf8 (void)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-reliab-name-XXXXXX");
  g_autofree char *project = g_build_filename (dir, "p.sitrep", NULL);
  g_autofree char *good = g_build_filename (dir, "bad\xff\xfeutf8.txt", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty\xe9.txt", NULL);
  g_autofree char *good_shown = g_filename_display_basename (good);
  g_autofree char *empty_shown = g_filename_display_basename (empty);
  const char *new_args[] = { "new", project, NULL };

  g_assert_true (g_spawn_check_wait_status (sitrep_test_run_cli (new_args, NULL, NULL, NULL), NULL));
  g_assert_true (g_file_set_contents (good, "x\nInvalid name bytes body with 2 killed.\n", -1, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  {
    const char *args[] = { "import", project, good, NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    g_autofree char *line = NULL;

    g_assert_true (g_spawn_check_wait_status (sitrep_test_run_cli (args, NULL, &out, &err), NULL));
    g_assert_true (g_utf8_validate (out, -1, NULL));
    g_assert_true (g_utf8_validate (err, -1, NULL));
    line = g_strdup_printf ("%s: imported as id 1", good_shown);
    g_assert_nonnull (strstr (out, line));
    g_assert_null (strstr (err, "not valid UTF-8"));
  }
  g_assert_cmpint (sitrep_test_query (project, "SELECT count(*) FROM articles"), ==, 1);
  {
    const char *args[] = { "import", project, empty, NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    g_autofree char *all = NULL;

    g_assert_false (g_spawn_check_wait_status (sitrep_test_run_cli (args, NULL, &out, &err), NULL));
    all = g_strconcat (out, err, NULL);
    g_assert_true (g_utf8_validate (all, -1, NULL));
    g_assert_nonnull (strstr (all, empty_shown));
    g_assert_nonnull (strstr (all, "empty"));
    g_assert_null (strstr (all, "UTF-8"));
  }
  g_assert_cmpint (sitrep_test_query (project, "SELECT count(*) FROM articles"), ==, 1);
  if (g_getenv ("SITREP_TEST_KEEP") == NULL)
    sitrep_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (count_utf8_warnings, NULL, NULL);

  g_test_add_func ("/sitrep/reliab/text/damaged-text-in-handouts", test_damaged_text_in_handouts);
  g_test_add_func ("/sitrep/reliab/text/figure-scales", test_figure_scales);
  g_test_add_func ("/sitrep/reliab/text/damaged-article-refused-by-exports",
                   test_damaged_article_refused_by_exports);
  g_test_add_func ("/sitrep/reliab/text/file-name-not-utf8", test_file_name_not_utf8);

  return g_test_run ();
}

/* test-robust.c — hostile inputs of every kind: nesting, non-regular files, sizes, half files,
 * overflowing figures, reversed ranges, long queries (issue 14)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sitrep-codebook.h"
#include "sitrep-dateparse.h"
#include "sitrep-demo.h"
#include "sitrep-figures.h"
#include "sitrep-gazetteer.h"
#include "sitrep-import.h"
#include "sitrep-io.h"
#include "sitrep-spans.h"
#include "sitrep-store.h"
#include "sitrep-ucdp.h"

static char *
make_tmp_dir (void)
{
  char *dir = g_dir_make_tmp ("sitrep-robust-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return dir;
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* JSON nested @depth deep, by one of three kinds of opener, wrapped in
 * @prefix/@suffix (so it can be the value of a member). */
static char *
nested_json (guint       depth,
             int         kind,
             const char *prefix,
             const char *suffix)
{
  GString *s = g_string_new (prefix);

  for (guint i = 0; i < depth; i++)
    g_string_append (s, kind == 0 ? "[" : kind == 1 ? "{\"a\":" : (i % 2 ? "[" : "{\"b\":"));
  g_string_append (s, "1");
  for (guint i = depth; i > 0; i--)
    g_string_append (s, kind == 0 ? "]" : kind == 1 ? "}" : ((i - 1) % 2 ? "]" : "}"));
  g_string_append (s, suffix);
  return g_string_free (s, FALSE);
}

static const guint depths[] = { 1, 50, 255, 256, 257, 300, 5000, 200000 };

/* Every JSON reader of outside input goes through the one depth check. */
static void
test_json_depth (void)
{
  for (guint d = 0; d < G_N_ELEMENTS (depths); d++)
    for (int kind = 0; kind < 3; kind++)
      {
        g_autofree char *json = nested_json (depths[d], kind, "", "");
        g_autoptr(GError) error = NULL;
        g_autoptr(JsonNode) root = sitrep_json_parse (json, -1, &error);

        if (depths[d] <= SITREP_JSON_MAX_DEPTH)
          {
            g_assert_no_error (error);
            g_assert_nonnull (root);
          }
        else
          {
            g_assert_error (error, SITREP_IO_ERROR, SITREP_IO_ERROR_JSON_DEPTH);
            g_assert_null (root);
          }
      }
}

static void
test_json_depth_codebook (void)
{
  for (guint d = 0; d < G_N_ELEMENTS (depths); d++)
    {
      g_autofree char *json = nested_json (depths[d], 2, "{\"x\":", "}");
      g_autoptr(GError) error = NULL;
      g_autoptr(SitrepCodebook) book = sitrep_codebook_new_from_data (json, -1, &error);

      /* never a crash; too deep is refused with a message */
      if (depths[d] + 1 > SITREP_JSON_MAX_DEPTH)
        {
          g_assert_null (book);
          g_assert_error (error, SITREP_CODEBOOK_ERROR, SITREP_CODEBOOK_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, "nested"));
        }
    }
}

static SitrepStore *
new_store (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "p.sitrep", NULL);
  g_autoptr(GError) error = NULL;
  SitrepStore *store = sitrep_store_create (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
test_json_depth_labels_and_spans (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(SitrepStore) store = new_store (dir);
  g_autoptr(GPtrArray) before = sitrep_store_list_labels (store, NULL);

  for (guint d = 0; d < G_N_ELEMENTS (depths); d++)
    {
      g_autofree char *labels = nested_json (depths[d], d % 3, "{\"labels\":[{\"name\":\"Deep\",\"x\":", "}]}");
      g_autofree char *spans = nested_json (depths[d], d % 3,
                                            "{\"text\":\"Deep text with 3 killed.\",\"spans\":[{\"x\":", "}]}\n");
      g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (spans, strlen (spans), NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) after = NULL;
      SitrepSpansReport report;
      gboolean ok;

      ok = sitrep_store_import_labels (store, labels, &error);
      if (depths[d] + 3 > SITREP_JSON_MAX_DEPTH)
        {
          g_assert_false (ok);
          g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
          after = sitrep_store_list_labels (store, NULL);
        }
      g_clear_error (&error);

      g_assert_true (sitrep_spans_import (store, in, &report, NULL, &error));
      g_assert_no_error (error);
      if (depths[d] + 3 > SITREP_JSON_MAX_DEPTH)
        {
          g_assert_cmpuint (report.problems->len, ==, 1);
          g_assert_nonnull (strstr (g_ptr_array_index (report.problems, 0), "nested"));
          g_assert_cmpuint (report.articles_created, ==, 0);
        }
      sitrep_spans_report_clear (&report);
    }
  g_clear_object (&store);
  remove_tree (dir);
}

/* Non-regular inputs are refused at once, whatever the importer. */
static void
test_open_input_kinds (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
  g_autofree char *big = g_build_filename (dir, "big.txt", NULL);
  g_autofree char *small = g_build_filename (dir, "small.txt", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);
  struct { const char *path; GQuark domain; int code; } cases[] = {
    { fifo, SITREP_IO_ERROR, SITREP_IO_ERROR_NOT_A_FILE },
    { "/dev/zero", SITREP_IO_ERROR, SITREP_IO_ERROR_NOT_A_FILE },
    { "/dev/null", SITREP_IO_ERROR, SITREP_IO_ERROR_NOT_A_FILE },
    { dir, SITREP_IO_ERROR, SITREP_IO_ERROR_NOT_A_FILE },
    { dangling, SITREP_IO_ERROR, SITREP_IO_ERROR_NOT_A_FILE },
    { missing, G_IO_ERROR, G_IO_ERROR_NOT_FOUND },
    { big, SITREP_IO_ERROR, SITREP_IO_ERROR_TOO_LARGE },
  };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("nowhere", dangling), ==, 0);
  g_assert_true (g_file_set_contents (small, "0123456789", 10, NULL));
  {
    /* sparse: the cap is checked before anything is read */
    int fd = g_open (big, O_CREAT | O_WRONLY, 0600);
    g_assert_cmpint (ftruncate (fd, 3 * 1024 * 1024 + 1), ==, 0);
    close (fd);
  }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (cases[i].path);
      g_autoptr(GError) error = NULL;
      g_autoptr(GInputStream) in = NULL;
      g_autofree char *contents = NULL;
      gsize len;

      g_test_message ("%s", cases[i].path);
      in = sitrep_io_open_input (file, 3 * 1024 * 1024, NULL, NULL, &error);
      g_assert_null (in);
      g_assert_error (error, cases[i].domain, cases[i].code);
      g_clear_error (&error);
      g_assert_false (sitrep_io_read_input (file, 3 * 1024 * 1024, &contents, &len, NULL, &error));
      g_assert_error (error, cases[i].domain, cases[i].code);
    }

  /* other sizes of cap: exactly at it is read, one byte over is not */
  for (gint64 cap = 9; cap <= 11; cap++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (small);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize len = 0;
      gboolean ok = sitrep_io_read_input (file, cap, &contents, &len, NULL, &error);

      g_assert_cmpint (ok, ==, cap >= 10);
      if (ok)
        g_assert_cmpstr (contents, ==, "0123456789");
      else
        g_assert_error (error, SITREP_IO_ERROR, SITREP_IO_ERROR_TOO_LARGE);
    }
  remove_tree (dir);
}

/* Every importer refuses a FIFO and a device without blocking. */
static void
test_importers_refuse_nonregular (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
  g_autoptr(SitrepStore) store = new_store (dir);
  const char *paths[] = { fifo, "/dev/zero" };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) records = NULL;
      SitrepUcdpReport ucdp = { 0 };
      guint64 loaded = 0, skipped = 0;

      records = sitrep_import_parse_file (file, SITREP_IMPORT_FORMAT_AUTO, NULL, NULL, NULL, &error);
      g_assert_null (records);
      g_assert_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_NOT_A_FILE);
      g_clear_error (&error);

      g_assert_false (sitrep_ucdp_import_file (store, file, &ucdp, NULL, NULL, NULL, &error));
      g_assert_error (error, SITREP_IO_ERROR, SITREP_IO_ERROR_NOT_A_FILE);
      sitrep_ucdp_report_clear (&ucdp);
      g_clear_error (&error);

      g_assert_false (sitrep_gazetteer_load_file (store, file, NULL, NULL, &loaded, &skipped, NULL, &error));
      g_assert_error (error, SITREP_IO_ERROR, SITREP_IO_ERROR_NOT_A_FILE);
    }
  g_clear_object (&store);
  remove_tree (dir);
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  return contents;
}

/* A planted link at any name never receives the export; an existing
 * target is replaced whole, keeping its permissions; a link as the target
 * is replaced, not written through. */
static void
test_atomic_file (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *victim = g_build_filename (dir, "victim.txt", NULL);
  g_autofree char *target = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *part = g_build_filename (dir, "out.csv.part", NULL);
  g_autofree char *linked = g_build_filename (dir, "linked.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *got = NULL;
  struct stat st;

  g_assert_true (g_file_set_contents (victim, "precious", -1, NULL));
  g_assert_cmpint (symlink ("victim.txt", part), ==, 0);
  g_assert_cmpint (symlink ("victim.txt", linked), ==, 0);

  for (gsize size = 0; size <= 3 * 65536 + 7; size = size * 4 + 1)
    {
      g_autofree char *data = g_malloc (size + 1);
      g_autofree char *back = NULL;
      gsize n = 0;

      memset (data, 'a' + size % 26, size);
      g_assert_true (sitrep_atomic_write_contents (target, data, size, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (target, &back, &n, NULL));
      g_assert_cmpuint (n, ==, size);
      g_assert_cmpmem (back, n, data, size);
    }
  g_assert_cmpint (chmod (target, 0640), ==, 0);
  g_assert_true (sitrep_atomic_write_contents (target, "x", 1, &error));
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);

  g_assert_true (sitrep_atomic_write_contents (linked, "new", 3, &error));
  g_assert_true (g_file_test (linked, G_FILE_TEST_IS_REGULAR) && !g_file_test (linked, G_FILE_TEST_IS_SYMLINK));
  got = read_file (victim);
  g_assert_cmpstr (got, ==, "precious");

  /* abort leaves nothing; a missing folder is an error and leaves nothing */
  {
    guint n = count_entries (dir);
    SitrepAtomicFile *file = sitrep_atomic_file_new (target, &error);
    g_autofree char *nowhere = g_build_filename (dir, "no", "such", "out.csv", NULL);

    g_assert_nonnull (file);
    g_assert_true (g_output_stream_write_all (sitrep_atomic_file_get_stream (file), "half", 4, NULL, NULL, NULL));
    sitrep_atomic_file_abort (file);
    g_assert_cmpuint (count_entries (dir), ==, n);
    g_clear_pointer (&got, g_free);
    got = read_file (target);
    g_assert_cmpstr (got, ==, "x");
    g_assert_null (sitrep_atomic_file_new (nowhere, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_null (sitrep_atomic_file_new (dir, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
    g_clear_error (&error);
  }
  remove_tree (dir);
}

/* A write that fails part-way (here the file size limit, as a full disk
 * would) leaves neither a half file nor a temporary one. */
static void
test_atomic_file_failed_write (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = make_tmp_dir ();
      g_autofree char *old = g_build_filename (dir, "old.jsonl", NULL);
      g_autofree char *fresh = g_build_filename (dir, "new.jsonl", NULL);
      g_autofree char *big = g_malloc0 (256 * 1024);
      struct rlimit lim = { 64 * 1024, 64 * 1024 };
      g_autoptr(GError) error = NULL;
      g_autofree char *got = NULL;

      signal (SIGXFSZ, SIG_IGN);
      g_assert_true (g_file_set_contents (old, "old", -1, NULL));
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &lim), ==, 0);
      g_assert_false (sitrep_atomic_write_contents (fresh, big, 256 * 1024, &error));
      g_assert_nonnull (error);
      g_clear_error (&error);
      g_assert_false (sitrep_atomic_write_contents (old, big, 256 * 1024, &error));
      g_assert_nonnull (error);
      g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
      got = read_file (old);
      g_assert_cmpstr (got, ==, "old");
      g_assert_cmpuint (count_entries (dir), ==, 1);
      remove_tree (dir);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
assert_no_figure_or_valid (const char *text)
{
  SitrepFigure f;

  if (sitrep_figure_parse (text, &f))
    {
      g_assert_true (sitrep_figure_is_valid (&f));
      g_assert_cmpint (f.count, <=, SITREP_FIGURE_MAX);
    }
}

/* Repeated scales, long digit runs and stacked words never overflow. */
static void
test_figures_overflow (void)
{
  const char *scales[] = { "hundred", "thousand", "million", "dozen" };
  const char *stacks[] = {
    "hundreds of thousands of millions of people were killed",
    "thousands of millions of millions killed",
    "between 9000000000000000000 and 9000000000000000001 killed",
    "99999999999999999999999 - 999999999999999999999999 killed",
    "a hundred thousand million billion killed",
  };
  SitrepFigure f;

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    for (guint n = 1; n <= 40; n++)
      {
        g_autoptr(GString) text = g_string_new ("a");

        for (guint k = 0; k < n; k++)
          g_string_append_printf (text, " %s", scales[s]);
        g_string_append (text, " people were killed");
        assert_no_figure_or_valid (text->str);
        g_string_prepend (text, "9 ");
        assert_no_figure_or_valid (text->str);
      }
  for (guint digits = 1; digits <= 60; digits++)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint k = 0; k < digits; k++)
        g_string_append_c (text, '0' + (k * 7 + 9) % 10);
      g_string_append (text, " thousand killed");
      assert_no_figure_or_valid (text->str);
      if (digits <= 6)
        {
          g_assert_true (sitrep_figure_parse (text->str, &f));
          g_assert_cmpint (f.count, ==, g_ascii_strtoll (text->str, NULL, 10) * 1000);
        }
      else if (digits > 10)
        g_assert_false (sitrep_figure_parse (text->str, &f));
    }
  for (guint i = 0; i < G_N_ELEMENTS (stacks); i++)
    assert_no_figure_or_valid (stacks[i]);

  /* ordinary figures still read */
  g_assert_true (sitrep_figure_parse ("a hundred hundred people", &f));
  g_assert_cmpint (f.count, ==, 10000);
  g_assert_true (sitrep_figure_parse ("at least 20 killed", &f));
  g_assert_cmpint (f.count, ==, 20);
}

static SitrepSpansReport
import_spans (SitrepStore *store,
              const char  *jsonl)
{
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (jsonl, strlen (jsonl), NULL);
  g_autoptr(GError) error = NULL;
  SitrepSpansReport report;

  g_assert_true (sitrep_spans_import (store, in, &report, NULL, &error));
  g_assert_no_error (error);
  return report;
}

static gboolean
problems_have (SitrepSpansReport *report,
               const char        *needle)
{
  for (guint i = 0; i < report->problems->len; i++)
    if (strstr (g_ptr_array_index (report->problems, i), needle) != NULL)
      return TRUE;
  return FALSE;
}

static guint
count_annotations (SitrepStore *store)
{
  SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;
  g_autoptr(GArray) ids = sitrep_store_query_article_ids (store, &query, NULL);
  guint n = 0;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GPtrArray) spans =
        sitrep_store_list_annotations (store, g_array_index (ids, gint64, i), 0, NULL);
      n += spans->len;
    }
  return n;
}

/* Spans JSONL: each bad field reported on its line, a repeated span stored
 * once (counted as already there, no failure), figure attributes checked,
 * \u0000 never cuts a text. */
static void
test_spans_fields (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(SitrepStore) store = new_store (dir);
  SitrepSpansReport r;

  for (guint copies = 2; copies <= 5; copies++)
    {
      g_autoptr(GString) line = g_string_new (NULL);

      g_string_printf (line, "{\"text\":\"Repeat %u: at least 7 people were killed.\",\"spans\":[", copies);
      for (guint k = 0; k < copies; k++)
        g_string_append_printf (line, "%s{\"start\":10,\"end\":26,\"label\":\"Killed\"}", k ? "," : "");
      g_string_append (line, "]}\n");
      r = import_spans (store, line->str);
      g_assert_cmpuint (r.spans_added, ==, 1);
      /* the repeats are there already: no failure */
      g_assert_cmpuint (r.spans_present, ==, copies - 1);
      g_assert_cmpuint (r.problems->len, ==, 0);
      sitrep_spans_report_clear (&r);
    }
  g_assert_cmpuint (count_annotations (store), ==, 4);

  r = import_spans (store,
                    "{\"text\":\"Title 1 killed.\",\"title\":[\"x\"]}\n"
                    "{\"text\":\"Title 2 killed.\",\"title\":7}\n"
                    "{\"text\":{\"a\":1}}\n"
                    "{\"text\":\"Annot 3 killed.\",\"spans\":[{\"start\":0,\"end\":5,\"label\":\"Actor\",\"annotator\":{\"n\":1}}]}\n"
                    "{\"text\":\"Nul \\u0000 hidden 4 killed.\"}\n"
                    "{\"text\":\"Fig 5 killed.\",\"spans\":[{\"start\":4,\"end\":12,\"label\":\"Killed\",\"attributes\":{\"count\":-3}}]}\n"
                    "{\"text\":\"Fig 6 killed.\",\"spans\":[{\"start\":4,\"end\":12,\"label\":\"Killed\",\"attributes\":{\"count\":5,\"low\":9,\"high\":2}}]}\n"
                    "{\"text\":\"Fig 7 killed.\",\"spans\":[{\"start\":4,\"end\":12,\"label\":\"Killed\",\"attributes\":{\"count\":99999999999999}}]}\n"
                    "{\"text\":\"Fig 8 killed.\",\"spans\":[{\"start\":4,\"end\":12,\"label\":\"Killed\",\"attributes\":{\"count\":\"many\"}}]}\n"
                    "{\"text\":\"Fig 9 killed.\",\"spans\":[{\"start\":4,\"end\":12,\"label\":\"Killed\",\"attributes\":{\"count\":9,\"qualifier\":\"at_least\"}}]}\n"
                    "//\n");
  g_assert_true (problems_have (&r, "line 1: \"title\" is not a text"));
  g_assert_true (problems_have (&r, "line 2: \"title\" is not a text"));
  g_assert_true (problems_have (&r, "line 3: \"text\" is not a text"));
  g_assert_true (problems_have (&r, "line 4: span 1: the annotator is not a text"));
  g_assert_true (problems_have (&r, "line 5: ") && problems_have (&r, "\\u0000"));
  for (guint l = 6; l <= 9; l++)
    {
      g_autofree char *needle = g_strdup_printf ("line %u: span 1: the figure", l);
      g_assert_true (problems_have (&r, needle));
    }
  g_assert_true (problems_have (&r, "line 11: not valid JSON"));
  g_assert_cmpuint (r.problems->len, ==, 10);
  g_assert_cmpuint (r.spans_added, ==, 1);
  sitrep_spans_report_clear (&r);
  g_clear_object (&store);
  remove_tree (dir);
}

/* "between 10 and 6 October" is those days of the publication year's October. */
static void
test_reversed_day_range (void)
{
  struct { const char *text, *published, *start, *end; } cases[] = {
    { "between 10 and 6 October", "2022-10-19", "2022-10-06", "2022-10-10" },
    { "between 31 and 1 March", "2021-04-02", "2021-03-01", "2021-03-31" },
    { "from 20 to 2 July", "2023-08-01", "2023-07-02", "2023-07-20" },
    { "between 28 December and 3 January", "2022-01-10", "2021-12-28", "2022-01-03" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(SitrepResolvedDate) r = { 0 };

      g_test_message ("%s", cases[i].text);
      g_assert_true (sitrep_date_resolve (cases[i].text, cases[i].published, SITREP_DATE_PRECISION_DAY, &r));
      g_assert_cmpstr (r.start, ==, cases[i].start);
      g_assert_cmpstr (r.end, ==, cases[i].end);
    }
}

/* A pasted paragraph (thousands of words, 100 KB) is searched by its first
 * words; this test's timeout bounds it. */
static void
test_long_query (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(SitrepStore) store = new_store (dir);
  g_autoptr(GError) error = NULL;
  SitrepImportRecord record = { 0 };
  gint64 dup = 0;

  record.title = (char *) "Killed";
  record.body = (char *) "At least 20 people were killed in Aleppo on Tuesday, residents said.";
  g_assert_cmpint (sitrep_store_add_article (store, &record, &dup, &error), >, 0);

  for (guint words = 10; words <= 20000; words *= 10)
    {
      g_autoptr(GString) q = g_string_new (NULL);
      g_autoptr(GPtrArray) hits = NULL;
      gint64 t0 = g_get_monotonic_time ();

      for (guint k = 0; k < words; k++)
        g_string_append (q, k % 2 ? "killed " : "Aleppo ");
      hits = sitrep_store_search (store, q->str, 20, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (hits->len, ==, 1);
      g_test_message ("%u words: %.3f s", words, (g_get_monotonic_time () - t0) / 1e6);
    }
  g_clear_object (&store);
  remove_tree (dir);
}

static void
damage (const char *path,
        const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Damaged texts of several kinds fail the check, each named; no export
 * then writes invalid UTF-8: an article whose text or title is no longer
 * UTF-8 is refused by name (test-reliab-text.c tests every format). */
static void
test_check_texts (void)
{
  const char *damages[] = {
    /* valid UTF-8, but not the text that was stored */
    "UPDATE article_texts SET body = 'At least 21 people were killed.' WHERE article_id = 1",
    /* bit rot inside a body */
    "UPDATE article_texts SET body = CAST (X'41742066FFFE98DB206B696C6C6564' AS TEXT) WHERE article_id = 1",
    /* a title, an entity's name */
    "UPDATE articles SET title = CAST (X'4261C064' AS TEXT) WHERE id = 1",
    "INSERT INTO entities (kind, name) VALUES ('place', CAST (X'416C6570FF' AS TEXT))",
  };

  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    {
      g_autofree char *dir = make_tmp_dir ();
      g_autofree char *path = g_build_filename (dir, "p.sitrep", NULL);
      g_autofree char *out = g_build_filename (dir, "out.jsonl", NULL);
      g_autoptr(SitrepStore) store = new_store (dir);
      g_autoptr(GError) error = NULL;
      g_autofree char *report = NULL;
      g_autofree char *exported = NULL;
      SitrepImportRecord record = { 0 };
      SitrepAtomicFile *file;
      gint64 dup = 0;
      gsize len = 0;

      record.title = (char *) "Bitrot";
      record.body = (char *) "At least 20 people were killed in Aleppo on Tuesday.";
      g_assert_cmpint (sitrep_store_add_article (store, &record, &dup, &error), ==, 1);
      g_assert_true (sitrep_store_check (store, &report, &error));
      g_assert_nonnull (strstr (report, "Texts: ok"));
      g_clear_pointer (&report, g_free);
      g_clear_object (&store);

      damage (path, damages[i]);
      store = sitrep_store_open (path, SITREP_STORE_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);
      g_assert_false (sitrep_store_check (store, &report, &error));
      g_test_message ("%s", report);
      g_assert_nonnull (strstr (report, "Texts: 1 damaged"));

      file = sitrep_atomic_file_new (out, &error);
      if (i == 1 || i == 2)
        {
          g_assert_false (sitrep_spans_export (store, sitrep_atomic_file_get_stream (file), NULL, &error));
          g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_CORRUPT);
          g_assert_nonnull (strstr (error->message, "article 1"));
          sitrep_atomic_file_abort (file);
          g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
          g_clear_object (&store);
          remove_tree (dir);
          continue;
        }
      g_assert_true (sitrep_spans_export (store, sitrep_atomic_file_get_stream (file), NULL, &error));
      g_assert_no_error (error);
      g_assert_true (sitrep_atomic_file_commit (file, &error));
      g_assert_true (g_file_get_contents (out, &exported, &len, NULL));
      g_assert_true (g_utf8_validate_len (exported, len, NULL));
      g_clear_object (&store);
      remove_tree (dir);
    }
}

static gint64
add_text (SitrepStore *store,
          const char  *title,
          const char  *body)
{
  g_autoptr(GError) error = NULL;
  SitrepImportRecord record = { 0 };
  gint64 dup = 0, id;

  record.title = (char *) title;
  record.body = (char *) body;
  id = sitrep_store_add_article (store, &record, &dup, &error);
  g_assert_no_error (error);
  return id;
}

static void
copy_to (const char *from,
         const char *dir)
{
  g_autofree char *contents = NULL;
  g_autofree char *base = g_path_get_basename (from);
  g_autofree char *to = g_build_filename (dir, base, NULL);
  gsize len;

  g_assert_true (g_file_get_contents (from, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (to, contents, len, NULL));
  g_assert_cmpint (chmod (to, 0444), ==, 0);
}

/* A project whose last commits are only in its -wal, in a place nobody may
 * write: read whole, from a private copy; the place is not touched. */
static void
test_readonly_wal (void)
{
  g_autofree char *ro_dir = NULL;

  if (g_test_subprocess ())
    {
      const char *ro = g_getenv ("SITREP_TEST_RO_DIR");
      g_autofree char *path = g_build_filename (ro, "p.sitrep", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(SitrepStore) store = NULL;
      g_autoptr(SitrepArticle) second = NULL;
      SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;
      g_autoptr(GArray) ids = NULL;
      g_autofree char *report = NULL;

      /* root may write anywhere: be someone who may not */
      if (getuid () == 0)
        g_assert_cmpint (setuid (65534), ==, 0);
      g_assert_cmpint (access (ro, W_OK), !=, 0);
      store = sitrep_store_open (path, SITREP_STORE_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);
      ids = sitrep_store_query_article_ids (store, &query, &error);
      g_assert_cmpuint (ids->len, ==, 3);
      for (gint64 id = 1; id <= 3; id++)
        {
          g_autoptr(SitrepArticle) a = sitrep_store_get_article (store, id, &error);
          g_assert_no_error (error);
          g_assert_nonnull (a);
        }
      g_assert_true (sitrep_store_check (store, &report, &error));
      g_clear_object (&store);
      g_assert_cmpuint (count_entries (ro), ==, 2);
      return;
    }

  {
    g_autofree char *dir = make_tmp_dir ();
    g_autofree char *path = g_build_filename (dir, "p.sitrep", NULL);
    g_autofree char *wal = g_build_filename (dir, "p.sitrep-wal", NULL);
    g_autoptr(SitrepStore) store = new_store (dir);

    ro_dir = make_tmp_dir ();
    add_text (store, "One", "At least 4 people were killed in Homs.");
    g_clear_object (&store);
    store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, NULL);
    add_text (store, "Two", "Committed, 7 people were killed.");
    add_text (store, "Three", "Committed too, 9 people were killed.");
    /* the commits are in the WAL, not yet in the file */
    g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
    copy_to (path, ro_dir);
    copy_to (wal, ro_dir);
    g_clear_object (&store);
    g_assert_cmpint (chmod (ro_dir, 0555), ==, 0);

    g_setenv ("SITREP_TEST_RO_DIR", ro_dir, TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed ();
    chmod (ro_dir, 0755);
    remove_tree (ro_dir);
    remove_tree (dir);
  }
}

/* `new` killed at random moments: reading the leftover never calls it
 * read-only or old; it opens, or says the creation was cut short. */
static void
test_killed_create (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "n.sitrep", NULL);
  const char *cli = g_getenv ("SITREP_CLI");
  guint opened = 0, refused = 0, missing = 0;
  gint64 t0, full;

  if (cli == NULL)
    {
      g_test_skip ("SITREP_CLI is not set (run through meson test)");
      remove_tree (dir);
      return;
    }
  /* kills fall anywhere in the time a whole `new` takes here */
  {
    const char *argv[] = { cli, "new", path, NULL };

    t0 = g_get_monotonic_time ();
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                                 NULL, NULL, NULL, NULL));
    full = g_get_monotonic_time () - t0;
  }

  for (guint round = 0; round < 30; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SitrepStore) store = NULL;
      g_autofree char *journal = g_strconcat (path, "-journal", NULL);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      const char *argv[] = { cli, "new", path, NULL };
      int status;
      GPid pid;

      g_unlink (path);
      g_unlink (journal);
      g_unlink (wal);
      g_assert_true (g_spawn_async (NULL, (char **) argv, NULL,
                                    G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                                    G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, &error));
      g_usleep (g_random_int_range (0, (gint32) MIN (full * 6 / 5, 2000000) + 1));
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);

      store = sitrep_store_open (path, SITREP_STORE_OPEN_READ_ONLY, &error);
      if (store != NULL)
        opened++;
      else if (g_error_matches (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND))
        missing++;
      else
        {
          refused++;
          g_test_message ("%s", error->message);
          g_assert_null (strstr (error->message, "read-only"));
          g_assert_null (strstr (error->message, "older"));
        }
    }
  g_test_message ("killed create: %u opened, %u refused with a clear message, %u not yet made",
                  opened, refused, missing);
  remove_tree (dir);
}

static gint64
count_rows (const char *path,
            const char *table)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* The demo project with a GeoNames file loaded, copied to @dir. */
static char *
demo_with_gazetteer (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *demo = sitrep_demo_ensure (&error);
  g_autofree char *path = g_build_filename (dir, "demo.sitrep", NULL);
  g_autofree char *geonames = g_build_filename (dir, "two.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(SitrepStore) store = NULL;
  gsize len;
  guint64 loaded = 0, skipped = 0;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (demo, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (path, contents, len, NULL));
  g_assert_true (g_file_set_contents (geonames,
                                      "900001\tTestville\tTestville\t\t33.1\t36.2\tP\tPPL\tSY\t\t12\t\t\t\t500\t\t\tAsia/Damascus\t2020-01-01\n"
                                      "900002\tOthertown\tOthertown\tOther\t34.1\t37.2\tP\tPPL\tSY\t\t13\t\t\t\t900\t\t\tAsia/Damascus\t2020-01-01\n",
                                      -1, NULL));
  store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (geonames);
  g_assert_true (sitrep_gazetteer_load_file (store, file, NULL, NULL, &loaded, &skipped, NULL, &error));
  g_assert_cmpuint (loaded, ==, 2);
  return g_steal_pointer (&path);
}

static void
assert_salvage_sound (const char *damaged,
                      const char *dir,
                      const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (dir, name, NULL);
  g_autoptr(SitrepStore) store = NULL;
  g_autofree char *report = NULL;
  g_autofree char *kept = NULL;

  g_assert_true (sitrep_store_salvage (damaged, out, &error));
  g_assert_no_error (error);
  store = sitrep_store_open (out, SITREP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  if (!sitrep_store_check (store, &report, &error))
    g_error ("salvaged copy fails check:\n%s", report);
  kept = sitrep_store_get_meta (store, "salvage_report");
  g_assert_nonnull (kept);
  g_test_message ("%s: %s", name, kept);
  /* the spatial index follows the events that were kept */
  g_assert_cmpint (count_rows (out, "events_rtree"), ==,
                   count_rows (out, "events WHERE latitude IS NOT NULL AND longitude IS NOT NULL"));
}

/* Salvage keeps the spatial index and the gazetteer, never an orphan, what
 * a truncated file still holds, and the commits only in the WAL. */
static void
test_salvage (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = demo_with_gazetteer (dir);
  g_autofree char *healthy = g_build_filename (dir, "healthy.sitrep", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  assert_salvage_sound (path, dir, "healthy.sitrep");
  g_assert_cmpint (count_rows (healthy, "gazetteer_places"), ==, 2);
  g_assert_cmpint (count_rows (healthy, "events_rtree"), ==, count_rows (path, "events_rtree"));
  g_assert_cmpint (count_rows (healthy, "events_rtree"), >, 0);

  /* pages zeroed at several places */
  for (guint k = 1; k <= 3; k++)
    {
      g_autofree char *damaged = g_strdup_printf ("%s/zeroed-%u.sitrep", dir, k);
      g_autofree char *name = g_strdup_printf ("zeroed-%u-salvaged.sitrep", k);
      g_autofree char *copy = g_memdup2 (contents, len);
      gsize page = (len / 4096) * k / 4;

      memset (copy + page * 4096, 0, 4096 * 2);
      g_assert_true (g_file_set_contents (damaged, copy, len, NULL));
      assert_salvage_sound (damaged, dir, name);
    }
  /* cut short at several lengths */
  for (guint percent = 50; percent <= 90; percent += 15)
    {
      g_autofree char *damaged = g_strdup_printf ("%s/cut-%u.sitrep", dir, percent);
      g_autofree char *name = g_strdup_printf ("cut-%u-salvaged.sitrep", percent);
      g_autofree char *out = g_build_filename (dir, name, NULL);

      g_assert_true (g_file_set_contents (damaged, contents, len * percent / 100 / 4096 * 4096, NULL));
      assert_salvage_sound (damaged, dir, name);
      g_assert_cmpint (count_rows (out, "articles"), >, 0);
    }
  /* a commit only in the WAL */
  {
    g_autofree char *walonly = g_build_filename (dir, "walonly", NULL);
    g_autofree char *copy = g_build_filename (walonly, "demo.sitrep", NULL);
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *out = g_build_filename (dir, "walonly-salvaged.sitrep", NULL);
    g_autoptr(SitrepStore) store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);

    g_assert_no_error (error);
    g_assert_cmpint (g_mkdir (walonly, 0700), ==, 0);
    add_text (store, "WALONLY title", "Committed article, 7 people were killed in the WAL test.");
    copy_to (path, walonly);
    copy_to (wal, walonly);
    g_clear_object (&store);
    assert_salvage_sound (copy, dir, "walonly-salvaged.sitrep");
    g_assert_cmpint (count_rows (out, "articles WHERE title LIKE 'WALONLY%'"), ==, 1);
  }
  remove_tree (dir);
}

static int
cli_run (const char * const *args,
         char              **out,
         char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  int status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("SITREP_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, NULL));
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* Exit statuses and messages of the command line on hostile inputs. */
static void
test_cli_messages (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *project = g_build_filename (dir, "p.sitrep", NULL);
  g_autofree char *csv = g_build_filename (dir, "bad.csv", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
  g_autofree char *odd = g_strdup_printf ("%s/bad\xff\xfeutf8.txt", dir);
  g_autofree char *title = g_strdup_printf ("%s/esc.txt", dir);

  if (g_getenv ("SITREP_CLI") == NULL)
    {
      g_test_skip ("SITREP_CLI is not set (run through meson test)");
      remove_tree (dir);
      return;
    }
  {
    const char *args[] = { "new", project, NULL };
    g_assert_cmpint (cli_run (args, NULL, NULL), ==, 0);
  }
  /* every row skipped: exit 1 */
  for (guint rows = 1; rows <= 20; rows *= 4)
    {
      g_autoptr(GString) text = g_string_new ("id,year,side_a,side_b,date_start,best\n");
      const char *args[] = { "import-events", project, csv, "--format", "ucdp", NULL };
      g_autofree char *err = NULL;

      for (guint r = 0; r < rows; r++)
        g_string_append_printf (text, "%u,notayear,,,,-%u\n", r, r);
      g_assert_true (g_file_set_contents (csv, text->str, -1, NULL));
      g_assert_cmpint (cli_run (args, NULL, &err), ==, 1);
    }
  /* not a regular file: a message at once, exit 1, for every importer */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  {
    const char * const cases[][6] = {
      { "import-annotations", project, fifo, NULL },
      { "import-events", project, fifo, "--format", "ucdp", NULL },
      { "load-gazetteer", project, fifo, NULL },
      { "import-annotations", project, "/dev/zero", NULL },
      { "load-gazetteer", project, "/dev/zero", NULL },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autofree char *err = NULL;

        g_assert_cmpint (cli_run (cases[i], NULL, &err), ==, 1);
        g_assert_nonnull (strstr (err, "not a regular file"));
      }
  }
  /* a file name that is not UTF-8 imports, its title shown with U+FFFD */
  g_assert_true (g_file_set_contents (odd, "x\nInvalid name bytes body with 2 killed.\n", -1, NULL));
  {
    const char *args[] = { "import", project, odd, NULL };
    g_autofree char *err = NULL;

    g_assert_cmpint (cli_run (args, NULL, &err), ==, 0);
    g_assert_null (strstr (err, "not valid UTF-8"));
  }
  /* control characters in what search prints are neutralised, not escaped */
  g_assert_true (g_file_set_contents (title, "Escape \x1b[31mred\x1b[0m title\n\nBody with an escape \x1b[2J killed here.\n",
                                      -1, NULL));
  {
    const char *imp[] = { "import", project, title, NULL };
    const char *args[] = { "search", project, "escape", NULL };
    g_autofree char *out = NULL;

    g_assert_cmpint (cli_run (imp, NULL, NULL), ==, 0);
    g_assert_cmpint (cli_run (args, &out, NULL), ==, 0);
    g_assert_null (strchr (out, '\x1b'));
    g_assert_null (strstr (out, "&#x"));
    g_assert_nonnull (strstr (out, "scape]"));
  }
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* the demo project is built in each test's own folders */
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sitrep/robust/json-depth", test_json_depth);
  g_test_add_func ("/sitrep/robust/json-depth-codebook", test_json_depth_codebook);
  g_test_add_func ("/sitrep/robust/json-depth-labels-spans", test_json_depth_labels_and_spans);
  g_test_add_func ("/sitrep/robust/open-input-kinds", test_open_input_kinds);
  g_test_add_func ("/sitrep/robust/importers-refuse-nonregular", test_importers_refuse_nonregular);
  g_test_add_func ("/sitrep/robust/atomic-file", test_atomic_file);
  g_test_add_func ("/sitrep/robust/atomic-file-failed-write", test_atomic_file_failed_write);
  g_test_add_func ("/sitrep/robust/figures-overflow", test_figures_overflow);
  g_test_add_func ("/sitrep/robust/spans-fields", test_spans_fields);
  g_test_add_func ("/sitrep/robust/reversed-day-range", test_reversed_day_range);
  g_test_add_func ("/sitrep/robust/long-query", test_long_query);
  g_test_add_func ("/sitrep/robust/check-texts", test_check_texts);
  g_test_add_func ("/sitrep/robust/readonly-wal", test_readonly_wal);
  g_test_add_func ("/sitrep/robust/killed-create", test_killed_create);
  g_test_add_func ("/sitrep/robust/salvage", test_salvage);
  g_test_add_func ("/sitrep/robust/cli-messages", test_cli_messages);

  return g_test_run ();
}

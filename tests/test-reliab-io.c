/* test-reliab-io.c — inputs that are not files, exports written whole or not at all, exit
 * codes, through the real sitrep-cli
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "sitrep-io.h"
#include "sitrep-store.h"
#include "sitrep-test-util.h"
#include "sitrep-ucdp.h"

typedef struct
{
  char *dir;
  char *project;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *args[] = { "new", NULL, NULL };

  f->dir = sitrep_test_make_tmp_dir ("sitrep-reliab-io-XXXXXX");
  f->project = g_build_filename (f->dir, "p.sitrep", NULL);
  args[1] = f->project;
  g_assert_cmpint (sitrep_test_run_cli (args, NULL, NULL, NULL), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sitrep_test_remove_tree (f->dir);
  g_free (f->project);
  g_free (f->dir);
}

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static void
write_file (const char *path,
            const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
}

/* Runs sitrep-cli; its exit status (-1 when it did not exit). */
static int
run (const char * const  *args,
     char               **out,
     char               **err)
{
  int status = sitrep_test_run_cli (args, NULL, out, err);

  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* Extreme values in a UCDP GED file: each row is refused with a message naming its line and what is
 * wrong, the good rows go in, and a file whose every row is refused exits 1. Before, a year 1 date
 * failed the whole import, 8.6 billion deaths went in, latitude 91 or "abc" was dropped or stored as
 * 0 without a word and "9999-12-31" was an end date. */
static void
test_ucdp_extreme_values (Fixture       *f,
                          gconstpointer  data)
{
  static const struct { const char *row, *message; } rows[] = {
    { "2016-01-01,2016-01-01,36.2,37.1,2147483647,1,0,0,,,", "line 2: deaths_a is 2147483647, more than Sitrep accepts" },
    { "2016-01-01,2016-01-01,91,37.1,1,0,0,0,,,", "line 3: “91”, “37.1” is not a latitude" },
    { "2016-01-01,2016-01-01,36,500,1,0,0,0,,,", "line 4: “36”, “500” is not a latitude" },
    { "2016-01-01,9999-12-31,36,37,1,0,0,0,,,", "line 5: the dates must fall between 1900 and" },
    { "0001-01-01,0001-01-02,36,37,1,0,0,0,,,", "line 6: the dates must fall between 1900 and" },
    { "2016-01-01,2016-01-01,nan,inf,1,0,0,0,,,", "line 7: “nan”, “inf” is not a latitude" },
    { "2016-01-01,2016-01-01,abc,37,1,0,0,0,,,", "line 8: “abc”, “37” is not a latitude" },
    { "2016-01-01,2016-01-01,36.5,,1,0,0,0,,,", "line 9: “36.5”, “” is not a latitude" },
    { "2016-01-01,2016-01-01,36,37,1,0,0,0,1,1,2147483647", "line 10: high is 2147483647, more than Sitrep accepts" },
    { "2016-01-01xyz,2016-01-01,36,37,1,0,0,0,,,", "line 11: “2016-01-01xyz” is not a start date" },
    { "2016-01-01,2016-01-01,36,37,600000000,600000000,0,0,,,", "line 12: the deaths add up to 1200000000" },
    /* good rows: a time after the date, no coordinates (0, 0), the southern and western hemispheres */
    { "2016-01-01 00:00:00.000,2016-01-02,0,0,1,0,0,0,,,", NULL },
    { "2016-01-01,2016-01-01,-33.5,-70.6,1,0,0,0,1,1,3", NULL },
  };
  g_autofree char *csv = path_in (f, "ged.csv");
  g_autofree char *bad = path_in (f, "bad.csv");
  g_autoptr(GString) text = g_string_new ("start_date,end_date,latitude,longitude,deaths_a,deaths_b,"
                                          "deaths_civilians,deaths_unknown,best,low,high,side_a,side_b\n");
  g_autoptr(GString) bad_text = g_string_new (text->str);
  g_autofree char *out = NULL, *err = NULL;
  const char *args[] = { "import-events", f->project, csv, "--format", "ucdp", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_string_append_printf (text, "%s,A,B\n", rows[i].row);
      if (rows[i].message != NULL)
        g_string_append_printf (bad_text, "%s,A,B\n", rows[i].row);
    }
  write_file (csv, text->str);
  write_file (bad, bad_text->str);

  /* some rows refused: exit 1, the good rows in */
  g_assert_cmpint (run (args, &out, &err), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (rows[i].message != NULL && strstr (err, rows[i].message) == NULL)
      g_error ("no “%s” in:\n%s", rows[i].message, err);
  g_assert_nonnull (strstr (out, "2 events imported, 11 rows skipped"));
  g_assert_cmpint (sitrep_test_query (f->project, "SELECT count(*) FROM events"), ==, 2);
  g_assert_cmpint (sitrep_test_query (f->project, "SELECT count(*) FROM events WHERE latitude IS NOT NULL"), ==, 1);
  g_assert_cmpint (sitrep_test_query (f->project, "SELECT max(count_low) FROM claims"), ==, 1);

  /* every row refused: exit 1 and nothing changed */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  args[2] = bad;
  g_assert_cmpint (run (args, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "No event was imported"));
  g_assert_cmpint (sitrep_test_query (f->project, "SELECT count(*) FROM events"), ==, 2);
}

/* Runs sitrep-cli under timeout(1), so a command that blocks fails the
 * test instead of hanging it; its exit status (124: still blocked), and in
 * *@err what it printed. */
static int
run_bounded (const char * const  *args,
             char               **err)
{
  g_autoptr(GPtrArray) argv = sitrep_test_cli_argv (args);
  g_autofree char *out = NULL;
  g_autofree char *errors = NULL;
  int status = 0;

  g_ptr_array_insert (argv, 0, (gpointer) "20");
  g_ptr_array_insert (argv, 0, (gpointer) "timeout");
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH,
                               NULL, NULL, &out, &errors, &status, NULL));
  /* `import` reports each file on standard output */
  if (err != NULL)
    *err = g_strconcat (out, errors, NULL);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* Every command that reads a file the user names refuses a FIFO (which
 * blocked them forever) and a device (/dev/zero: memory without bound) at
 * once, saying so; before, import-annotations, import-events,
 * load-gazetteer, feeds import-opml and salvage blocked on a FIFO, and a
 * FIFO given as a project was called "a folder". */
static void
test_nonregular_inputs (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *fifo = path_in (f, "fifo");
  g_autofree char *copy = path_in (f, "copy.sitrep");
  const char *inputs[] = { fifo, "/dev/zero" };

  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      const char *in = inputs[i];
      const char * const commands[][7] = {
        { "import", f->project, in, NULL },
        { "import-annotations", f->project, in, NULL },
        { "import-events", f->project, in, "--format", "ucdp", NULL },
        { "load-gazetteer", f->project, in, NULL },
        { "feeds", f->project, "import-opml", in, NULL },
        { "list", in, NULL },
        { "check", in, NULL },
        { "merge", f->project, in, NULL },
        { "salvage", in, copy, NULL },
      };

      for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
        {
          g_autofree char *err = NULL;

          g_test_message ("%s %s", commands[c][0], in);
          g_assert_cmpint (run_bounded (commands[c], &err), ==, 1);
          if (strstr (err, "is not a regular file") == NULL)
            g_error ("%s %s: %s", commands[c][0], in, err);
        }
    }
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  g_assert_cmpint (sitrep_test_query (f->project, "SELECT count(*) FROM articles"), ==, 0);
  g_assert_cmpint (sitrep_test_query (f->project, "SELECT count(*) FROM feeds"), ==, 0);
}

static void
add_article (Fixture *f)
{
  g_autofree char *text = path_in (f, "a.txt");
  const char *args[] = { "import", f->project, text, NULL };

  write_file (text, "Shelling in Aleppo\n\nAt least 3 people were killed in Aleppo on Tuesday.\n");
  g_assert_cmpint (run (args, NULL, NULL), ==, 0);
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* An export's target that cannot be replaced whole is refused with a
 * message and left as it was: a FIFO and a device (before, renamed over:
 * `-o /dev/null` as root replaced the device with a file), a folder and an
 * empty name (before, a critical warning and a crash), /dev/stdout. A link
 * is replaced by the export, never written through. */
static void
test_export_targets (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *real = path_in (f, "real.jsonl");
  g_autofree char *link = path_in (f, "link.jsonl");
  static const char * const exts[] = { "jsonl", "geojson", "png" };
  gboolean have_device = TRUE;
  struct stat st;

  add_article (f);
  for (guint e = 0; e < G_N_ELEMENTS (exts); e++)
    {
      g_autofree char *fifo = g_strdup_printf ("%s/fifo.%s", f->dir, exts[e]);
      g_autofree char *device = g_strdup_printf ("%s/null.%s", f->dir, exts[e]);
      g_autofree char *folder = g_strdup_printf ("%s/folder.%s", f->dir, exts[e]);
      const struct { const char *target, *message; } refused[] = {
        { fifo, "it is not a regular file" },
        { folder, "it is a folder" },
        { "", "Name the file to write." },
        { device, "it is not a regular file" },
      };

      g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
      g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
      if (mknod (device, S_IFCHR | 0666, makedev (1, 3)) != 0)
        {
          g_test_message ("mknod needs root: the device case is not tried");
          have_device = FALSE;
        }
      for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
        {
          const char *map[] = { "export-map", f->project, "--bbox", "35,32,43,38", "--size", "60x40",
                                "-o", refused[i].target, NULL };
          const char *events[] = { "export", f->project, "--format", e == 0 ? "spans-jsonl" : "geojson",
                                   "-o", refused[i].target, NULL };
          g_autofree char *err = NULL;

          if (refused[i].target == device && !have_device)
            continue;
          /* an empty name has no extension to choose the map's format by */
          if (e == 2 && *refused[i].target == '\0')
            continue;
          g_test_message ("-o “%s”", refused[i].target);
          g_assert_cmpint (run_bounded (e == 2 ? map : events, &err), ==, 1);
          if (strstr (err, refused[i].message) == NULL)
            g_error ("-o “%s”: %s", refused[i].target, err);
        }
      g_assert_cmpint (lstat (fifo, &st), ==, 0);
      g_assert_true (S_ISFIFO (st.st_mode));
      if (have_device)
        {
          g_assert_cmpint (lstat (device, &st), ==, 0);
          g_assert_true (S_ISCHR (st.st_mode));
        }
    }

  /* a link is replaced, never written through; /dev/stdout is a stream, not a file to replace */
  write_file (real, "old\n");
  g_assert_cmpint (symlink ("real.jsonl", link), ==, 0);
  {
    const char *args[] = { "export", f->project, "--format", "spans-jsonl", "-o", link, NULL };
    g_autofree char *old = NULL;
    g_autofree char *text = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run (args, NULL, NULL), ==, 0);
    g_assert_cmpint (lstat (link, &st), ==, 0);
    g_assert_true (S_ISREG (st.st_mode));
    text = read_text (link);
    g_assert_nonnull (strstr (text, "\"text\":\"At least 3 people were killed"));
    old = read_text (real);
    g_assert_cmpstr (old, ==, "old\n");

    args[5] = "/dev/stdout";
    g_assert_cmpint (run_bounded (args, &err), ==, 1);
    g_assert_nonnull (strstr (err, "it is not a regular file"));
    g_assert_cmpint (lstat ("/dev/stdout", &st), ==, 0);
    g_assert_true (S_ISLNK (st.st_mode));
  }
}

/* The coder's copy is built in a new file of its own: a file of the user's
 * named like the old temporary ("COPY.part") is kept, and a planted link
 * there is not followed. */
static void
test_coder_copy_temporary (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *copy = path_in (f, "coder.sitrep");
  g_autofree char *part = path_in (f, "coder.sitrep.part");
  g_autofree char *copy2 = path_in (f, "coder2.sitrep");
  g_autofree char *part2 = path_in (f, "coder2.sitrep.part");
  g_autofree char *victim = path_in (f, "victim");
  g_autofree char *text = NULL;
  g_autofree char *victim_text = NULL;
  const char *args[] = { "copy-for-coder", f->project, copy, "--annotator", "Rana", NULL };
  struct stat st;

  add_article (f);
  write_file (part, "a file of the user's\n");
  write_file (victim, "precious\n");
  g_assert_cmpint (symlink ("victim", part2), ==, 0);

  g_assert_cmpint (run (args, NULL, NULL), ==, 0);
  args[2] = copy2;
  g_assert_cmpint (run (args, NULL, NULL), ==, 0);

  text = read_text (part);
  g_assert_cmpstr (text, ==, "a file of the user's\n");
  victim_text = read_text (victim);
  g_assert_cmpstr (victim_text, ==, "precious\n");
  g_assert_cmpint (lstat (part2, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpint (sitrep_test_query (copy, "SELECT count(*) FROM articles"), ==, 1);
  g_assert_cmpint (sitrep_test_query (copy2, "SELECT count(*) FROM articles"), ==, 1);
}

/* Snippets are chosen in time linear in the article (FTS5's snippet ()
 * was quadratic in the matches: a pasted paragraph matching every word of
 * long articles took seconds, bench/bench-search): the window of 16 words
 * with the most distinct matches, "…" where text was left out, the title
 * when only the title matched. */
static void
test_snippets (void)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-reliab-io-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "s.sitrep", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (path, &error);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) all = g_string_new (NULL);
  SitrepImportRecord record = { 0 };
  gint64 dup = 0, id;
  g_autofree char *snippet = NULL;
  g_autofree char *title_only = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < 2000; i++)
    g_string_append (body, i == 1500 ? "Shelling hit Aleppo market at dawn. " : "alpha beta Aleppo. ");
  record.title = (char *) "Market shelling";
  record.body = body->str;
  id = sitrep_store_add_article (store, &record, &dup, &error);
  g_assert_cmpint (id, >, 0);

  snippet = sitrep_store_get_snippet (store, id, "shelling market Aleppo");
  g_test_message ("%s", snippet);
  g_assert_true (g_str_has_prefix (snippet, "…"));
  g_assert_true (g_str_has_suffix (snippet, "…"));
  g_assert_nonnull (strstr (snippet, "<b>Shelling</b> hit <b>Aleppo</b> <b>market</b>"));
  g_assert_cmpuint (g_utf8_strlen (snippet, -1), <, 200);

  /* only the title matches */
  title_only = sitrep_store_get_snippet (store, id, "Market shelling dawn");
  g_assert_nonnull (strstr (title_only, "dawn"));
  g_clear_pointer (&title_only, g_free);
  record.title = (char *) "Convoy attacked";
  record.body = (char *) "Nothing here matches.";
  id = sitrep_store_add_article (store, &record, &dup, &error);
  title_only = sitrep_store_get_snippet (store, id, "convoy");
  g_assert_cmpstr (title_only, ==, "<b>Convoy</b> attacked");

  /* every word of a long article matches a pasted paragraph */
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (all, "w%u ", i % 32);
  record.title = (char *) "All";
  record.body = all->str;
  g_assert_cmpint (sitrep_store_add_article (store, &record, &dup, &error), >, 0);
  {
    g_autoptr(GString) q = g_string_new (NULL);
    g_autoptr(GPtrArray) hits = NULL;

    for (guint i = 0; i < 32; i++)
      g_string_append_printf (q, "w%u ", i);
    hits = sitrep_store_search (store, q->str, 20, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (hits->len, ==, 1);
    g_assert_nonnull (strstr (sitrep_article_get_snippet (g_ptr_array_index (hits, 0)), "<b>w0</b>"));
  }

  /* a pasted paragraph is searched by its beginning, and the user is told */
  {
    g_autoptr(GString) q = g_string_new (NULL);
    const char *args[] = { "search", path, NULL, NULL };
    g_autofree char *err = NULL;

    for (guint i = 0; i < 1000; i++)
      g_string_append_printf (q, "w%u ", i % 40);
    g_assert_true (sitrep_search_is_shortened (q->str));
    g_assert_false (sitrep_search_is_shortened ("w1 w2 w3"));
    g_clear_object (&store);
    args[2] = q->str;
    g_assert_cmpint (run (args, NULL, &err), ==, 0);
    g_assert_nonnull (strstr (err, "only its beginning was searched"));
    g_clear_pointer (&err, g_free);
    args[2] = "w1 w2";
    g_assert_cmpint (run (args, NULL, &err), ==, 0);
    g_assert_null (strstr (err, "only its beginning"));
  }

  sitrep_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/sitrep/reliab/io/ucdp-extreme-values", test_ucdp_extreme_values);
  ADD ("/sitrep/reliab/io/nonregular-inputs", test_nonregular_inputs);
  ADD ("/sitrep/reliab/io/export-targets", test_export_targets);
  ADD ("/sitrep/reliab/io/coder-copy-temporary", test_coder_copy_temporary);

#undef ADD
  g_test_add_func ("/sitrep/reliab/io/snippets", test_snippets);
  return g_test_run ();
}

/* test-reliab-kill.c — sitrep-cli killed at exact write points (a preloaded fault injector,
 * tests/kill-at.c, raises SIGKILL just before the Nth write, fsync or rename): import, merge
 * and export. Every edit the CLI confirmed survives, every unit is whole or absent, the
 * project checks sound, and no export leaves a half file or a temporary file.
 * SITREP_KILL_POINTS sets how many points of a run are tried (a sample in CI; "all" by hand).
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sitrep-test-util.h"

static const char *cli;
static const char *inject;
static guint max_points;

/* Runs sitrep-cli with the injector; @kill_at 0 runs it whole and returns
 * in *@n_calls how many calls it counted. Returns the wait status; the
 * lines it printed before it died in *@out. */
static int
run_at (const char * const *args,
        guint               kill_at,
        const char         *extra_env,
        guint              *n_calls,
        char              **out)
{
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *report = g_build_filename (g_get_tmp_dir (), "sitrep-kill-report-XXXXXX", NULL);
  g_autofree char *at = g_strdup_printf ("%u", kill_at);
  const char *asan = g_environ_getenv (envp, "ASAN_OPTIONS");
  g_autofree char *asan_options = g_strdup_printf ("%s%sverify_asan_link_order=0", asan != NULL ? asan : "",
                                                   asan != NULL ? ":" : "");
  int fd = g_mkstemp (report);
  int status;

  g_assert_cmpint (fd, >=, 0);
  close (fd);
  envp = g_environ_setenv (envp, "LD_PRELOAD", inject, TRUE);
  envp = g_environ_setenv (envp, "ASAN_OPTIONS", asan_options, TRUE);
  envp = g_environ_setenv (envp, "SITREP_KILL_AT", at, TRUE);
  envp = g_environ_setenv (envp, "SITREP_KILL_REPORT", report, TRUE);
  if (extra_env != NULL)
    {
      g_auto(GStrv) kv = g_strsplit (extra_env, "=", 2);
      envp = g_environ_setenv (envp, kv[0], kv[1], TRUE);
    }
  status = sitrep_test_run_cli (args, envp, out, NULL);
  if (n_calls != NULL)
    {
      g_autofree char *text = NULL;

      g_assert_true (g_file_get_contents (report, &text, NULL, NULL));
      *n_calls = (guint) g_ascii_strtoull (text, NULL, 10);
    }
  g_unlink (report);
  return status;
}

static void
run_ok (const char * const *args)
{
  int status = run_at (args, 0, NULL, NULL, NULL);

  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
}

static void
assert_check_sound (const char *project)
{
  const char *args[] = { "check", project, NULL };
  g_autofree char *out = NULL;
  int status = run_at (args, 0, NULL, NULL, &out);

  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("check after a kill:\n%s", out);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (from, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (to, contents, len, NULL));
}

static void
remove_project (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (journal);
}

/* The points of a run of @n calls to kill at: all of them, or max_points
 * spread evenly over the run (always the first and the last). */
static GArray *
kill_points (guint n)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (guint));

  if (max_points == 0 || n <= max_points)
    for (guint k = 1; k <= n; k++)
      g_array_append_val (points, k);
  else
    for (guint i = 0; i < max_points; i++)
      {
        guint k = 1 + (guint) ((guint64) i * (n - 1) / (max_points - 1));
        g_array_append_val (points, k);
      }
  return points;
}

static void
write_articles (const char *dir,
                guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/a%03u.txt", dir, i);
      g_autofree char *text = g_strdup_printf ("Article %u\n\nAt least %u people were killed in town %u "
                                               "on Tuesday, residents said.\n", i, i + 2, i);

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
    }
}

/* import killed just before each write, fsync and rename: each article
 * the CLI said it imported is there, whole; the project is sound. */
static void
test_kill_import_at_writes (void)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-reliab-kill-XXXXXX");
  g_autofree char *empty = g_build_filename (dir, "empty.sitrep", NULL);
  g_autofree char *project = g_build_filename (dir, "p.sitrep", NULL);
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  const char *new_args[] = { "new", empty, NULL };
  g_autoptr(GArray) points = NULL;
  guint n_calls = 0, confirmed_total = 0;

  write_articles (dir, 8);
  g_ptr_array_add (args, g_strdup ("import"));
  g_ptr_array_add (args, g_strdup (project));
  for (guint i = 0; i < 8; i++)
    g_ptr_array_add (args, g_strdup_printf ("%s/a%03u.txt", dir, i));
  g_ptr_array_add (args, NULL);
  run_ok (new_args);

  copy_file (empty, project);
  g_assert_cmpint (run_at ((const char * const *) args->pdata, 0, NULL, &n_calls, NULL), ==, 0);
  g_assert_cmpint (sitrep_test_query (project, "SELECT count(*) FROM articles"), ==, 8);
  g_assert_cmpuint (n_calls, >, 8);

  points = kill_points (n_calls);
  for (guint p = 0; p < points->len; p++)
    {
      guint k = g_array_index (points, guint, p);
      g_autofree char *out = NULL;
      g_auto(GStrv) lines = NULL;
      int status;

      remove_project (project);
      copy_file (empty, project);
      status = run_at ((const char * const *) args->pdata, k, NULL, NULL, &out);
      g_assert_true (WIFSIGNALED (status) || (WIFEXITED (status) && k == n_calls));
      lines = g_strsplit (out, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          const char *said = strstr (lines[i], ": imported as id ");
          g_autofree char *sql = NULL;

          if (said == NULL)
            continue;
          confirmed_total++;
          sql = g_strdup_printf ("SELECT count(*) FROM articles a JOIN article_texts t ON t.article_id = a.id "
                                 "WHERE a.id = %" G_GINT64_FORMAT,
                                 g_ascii_strtoll (said + strlen (": imported as id "), NULL, 10));
          if (sitrep_test_query (project, sql) != 1)
            g_error ("killed at call %u of %u: “%s” was confirmed but is not in the project", k, n_calls, lines[i]);
        }
      g_assert_cmpint (sitrep_test_query (project, "SELECT count(*) FROM articles WHERE id NOT IN "
                                       "(SELECT article_id FROM article_texts)"), ==, 0);
      assert_check_sound (project);
    }
  g_test_message ("import killed before %u of its %u writes, fsyncs and renames: %u confirmed imports, "
                  "all kept; sound every time", points->len, n_calls, confirmed_total);
  sitrep_test_remove_tree (dir);
}

/* What a merge may change, as one line: the rows of every table it writes
 * (not the journal, which opening the project trims of old sessions). */
static char *
merge_state (const char *project)
{
  return g_strdup_printf ("articles %" G_GINT64_FORMAT " entities %" G_GINT64_FORMAT " aliases %" G_GINT64_FORMAT
                          " labels %" G_GINT64_FORMAT " annotators %" G_GINT64_FORMAT " annotations %" G_GINT64_FORMAT
                          " events %" G_GINT64_FORMAT " claims %" G_GINT64_FORMAT,
                          sitrep_test_query (project, "SELECT count(*) FROM articles"),
                          sitrep_test_query (project, "SELECT count(*) FROM entities"),
                          sitrep_test_query (project, "SELECT count(*) FROM entity_aliases"),
                          sitrep_test_query (project, "SELECT count(*) FROM labels"),
                          sitrep_test_query (project, "SELECT count(*) FROM annotators"),
                          sitrep_test_query (project, "SELECT count(*) FROM annotations"),
                          sitrep_test_query (project, "SELECT count(*) FROM events"),
                          sitrep_test_query (project, "SELECT count(*) FROM claims"));
}

/* merge killed at each write point: the project exactly as it was, or all
 * of the coder's work there, never part of it (one transaction,
 * sitrep-merge.c); all of it once the CLI printed its report. */
static void
test_kill_merge_at_writes (void)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-reliab-kill-XXXXXX");
  g_autofree char *base = g_build_filename (dir, "base.sitrep", NULL);
  g_autofree char *coder = g_build_filename (dir, "coder.sitrep", NULL);
  g_autofree char *project = g_build_filename (dir, "p.sitrep", NULL);
  g_autofree char *spans = g_build_filename (dir, "spans.jsonl", NULL);
  g_autoptr(GString) lines = g_string_new (NULL);
  const char *new_args[] = { "new", base, NULL };
  const char *import_args[] = { "import-annotations", base, spans, NULL };
  const char *copy_args[] = { "copy-for-coder", base, coder, "--annotator", "Bea", NULL };
  const char *merge_args[] = { "merge", project, coder, NULL };
  g_autoptr(GArray) points = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_calls = 0, none = 0, all = 0;

  for (guint i = 0; i < 12; i++)
    g_string_append_printf (lines, "{\"title\":\"Line %u\",\"text\":\"At least %u people were killed in Homs "
                            "on day %u.\",\"spans\":[{\"start\":9,\"end\":11,\"label\":\"Killed\"}]}\n",
                            i, i + 10, i);
  g_assert_true (g_file_set_contents (spans, lines->str, lines->len, NULL));
  run_ok (new_args);
  run_ok (import_args);
  run_ok (copy_args);
  /* the coder labels the places in the copy */
  g_string_truncate (lines, 0);
  for (guint i = 0; i < 12; i++)
    g_string_append_printf (lines, "{\"title\":\"Line %u\",\"text\":\"At least %u people were killed in Homs "
                            "on day %u.\",\"spans\":[{\"start\":37,\"end\":41,\"label\":\"Place\"}]}\n",
                            i, i + 10, i);
  g_assert_true (g_file_set_contents (spans, lines->str, lines->len, NULL));
  {
    const char *coder_import[] = { "import-annotations", coder, spans, NULL };
    run_ok (coder_import);
  }

  copy_file (base, project);
  before = merge_state (project);
  g_assert_cmpint (run_at (merge_args, 0, NULL, &n_calls, NULL), ==, 0);
  after = merge_state (project);
  g_assert_cmpstr (after, !=, before);

  points = kill_points (n_calls);
  for (guint p = 0; p < points->len; p++)
    {
      guint k = g_array_index (points, guint, p);
      g_autofree char *out = NULL;
      g_autofree char *now = NULL;

      remove_project (project);
      copy_file (base, project);
      run_at (merge_args, k, NULL, NULL, &out);
      now = merge_state (project);
      if (g_strcmp0 (now, before) != 0 && g_strcmp0 (now, after) != 0)
        g_error ("merge killed at call %u of %u left part of it: %s (before: %s; after: %s)", k, n_calls, now,
                 before, after);
      if (strstr (out, "Annotations:") != NULL && g_strcmp0 (now, after) != 0)
        g_error ("merge killed at call %u of %u: the report was printed but the work is not there", k, n_calls);
      if (g_strcmp0 (now, before) == 0)
        none++;
      else
        all++;
      assert_check_sound (project);
    }
  g_test_message ("merge killed before %u of its %u writes, fsyncs and renames: %u left the project as it was, "
                  "%u all of the merge, none part of it; sound every time", points->len, n_calls, none, all);
  sitrep_test_remove_tree (dir);
}

/* Names in @dir other than the project's own files and @keep. */
static guint
count_strays (const char *dir,
              const char *keep,
              gboolean    verbose)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    if (!g_str_has_prefix (name, "p.sitrep") && !g_str_has_suffix (name, ".txt") && g_strcmp0 (name, keep) != 0)
      {
        if (verbose)
          g_test_message ("left in the folder: %s", name);
        n++;
      }
  return n;
}

/* export killed at each write point: the old file whole or the new one, and
 * nothing else in the folder — with O_TMPFILE nothing can be left; without it
 * (SITREP_NO_TMPFILE) a killed export's temporary is removed by the next. */
static void
kill_export_at_writes (gboolean unnamed)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-reliab-kill-XXXXXX");
  g_autofree char *project = g_build_filename (dir, "p.sitrep", NULL);
  g_autofree char *out = g_build_filename (dir, "out.jsonl", NULL);
  g_autoptr(GPtrArray) import = g_ptr_array_new_with_free_func (g_free);
  const char *new_args[] = { "new", project, NULL };
  const char *args[] = { "export", project, "--format", "spans-jsonl", "-o", out, NULL };
  const char *env = unnamed ? NULL : "SITREP_NO_TMPFILE=1";
  g_autoptr(GArray) points = NULL;
  g_autofree char *whole = NULL;
  guint n_calls = 0, old = 0, fresh = 0, left = 0;

  write_articles (dir, 60);
  g_ptr_array_add (import, g_strdup ("import"));
  g_ptr_array_add (import, g_strdup (project));
  for (guint i = 0; i < 60; i++)
    g_ptr_array_add (import, g_strdup_printf ("%s/a%03u.txt", dir, i));
  g_ptr_array_add (import, NULL);
  run_ok (new_args);
  run_ok ((const char * const *) import->pdata);
  g_assert_cmpint (run_at (args, 0, env, &n_calls, NULL), ==, 0);
  g_assert_true (g_file_get_contents (out, &whole, NULL, NULL));

  points = kill_points (n_calls);
  for (guint p = 0; p < points->len; p++)
    {
      guint k = g_array_index (points, guint, p);
      g_autofree char *now = NULL;
      guint strays;

      g_assert_true (g_file_set_contents (out, "old\n", -1, NULL));
      run_at (args, k, env, NULL, NULL);
      g_assert_true (g_file_get_contents (out, &now, NULL, NULL));
      if (!g_str_equal (now, "old\n") && !g_str_equal (now, whole))
        g_error ("export killed at call %u of %u left a half file", k, n_calls);
      if (g_str_equal (now, "old\n"))
        old++;
      else
        fresh++;
      strays = count_strays (dir, "out.jsonl", unnamed);
      if (unnamed)
        g_assert_cmpuint (strays, ==, 0);
      left += strays;
    }
  /* whatever a killed export left, the next export to any name in the
   * folder removes; a file of another program that only looks alike stays */
  {
    g_autofree char *other = g_build_filename (dir, "other.jsonl", NULL);
    g_autofree char *alike = g_build_filename (dir, ".out.jsonl.backup", NULL);
    const char *other_args[] = { "export", project, "--format", "spans-jsonl", "-o", other, NULL };

    if (!unnamed)
      g_assert_cmpuint (left, >, 0);
    g_assert_true (g_file_set_contents (alike, "not ours\n", -1, NULL));
    g_assert_cmpint (run_at (other_args, 0, env, NULL, NULL), ==, 0);
    g_assert_true (g_file_test (alike, G_FILE_TEST_EXISTS));
    g_unlink (alike);
    g_unlink (other);
  }
  g_assert_cmpuint (count_strays (dir, "out.jsonl", TRUE), ==, 0);
  g_test_message ("export (%s) killed before %u of its %u writes, fsyncs and renames: %u left the old file, "
                  "%u the new one, none half; %u temporary files left, removed by the next export to another name",
                  unnamed ? "O_TMPFILE" : "named temporary", points->len, n_calls, old, fresh, left);
  sitrep_test_remove_tree (dir);
}

static void
test_kill_export_unnamed (void)
{
  kill_export_at_writes (TRUE);
}

static void
test_kill_export_named (void)
{
  kill_export_at_writes (FALSE);
}

int
main (int   argc,
      char *argv[])
{
  const char *points = g_getenv ("SITREP_KILL_POINTS");

  g_test_init (&argc, &argv, NULL);
  cli = g_getenv ("SITREP_CLI");
  inject = g_getenv ("SITREP_KILL_INJECTOR");
  max_points = points == NULL ? 24 : g_str_equal (points, "all") ? 0 : (guint) g_ascii_strtoull (points, NULL, 10);
  if (max_points == 1)
    max_points = 2;
  if (cli == NULL || inject == NULL)
    {
      g_test_skip ("SITREP_CLI or SITREP_KILL_INJECTOR is not set (run through meson test)");
      return g_test_run ();
    }

  g_test_add_func ("/sitrep/reliab/kill/import-at-writes", test_kill_import_at_writes);
  g_test_add_func ("/sitrep/reliab/kill/merge-at-writes", test_kill_merge_at_writes);
  g_test_add_func ("/sitrep/reliab/kill/export-at-writes", test_kill_export_unnamed);
  g_test_add_func ("/sitrep/reliab/kill/export-at-writes-named", test_kill_export_named);

  return g_test_run ();
}

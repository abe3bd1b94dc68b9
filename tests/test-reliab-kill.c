/* test-reliab-kill.c — sitrep-cli killed at exact write points (a preloaded fault injector,
 * tests/kill-at.c, raises SIGKILL just before the Nth write, fsync or rename): import, merge
 * and export. Every edit the CLI confirmed survives, every unit is whole or absent, the
 * project checks sound, and no export leaves a half file or a temporary file.
 * SITREP_KILL_POINTS sets how many points of a run are tried (a sample in CI; "all" by hand).
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sitrep-store.h"
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

/* What sitrep-cli @args says (standard output and error together), and its exit status. */
static int
run_said (const char * const *args,
          char              **said)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = sitrep_test_run_cli (args, NULL, &out, &err);

  *said = g_strconcat (out, err, NULL);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
assert_not_misleading (const char *said)
{
  if (strstr (said, "read-only") != NULL || strstr (said, "older Sitrep") != NULL ||
      strstr (said, "damaged") != NULL || strstr (said, "not a Sitrep project") != NULL ||
      strstr (said, "incomplete") != NULL)
    g_error ("misleading message after a killed new:\n%s", said);
}

static guint
count_temporaries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, ".sitrep-part."))
      n++;
  return n;
}

/* new killed just before each write, fsync and rename: no file under the
 * project's name, or a whole project that checks sound and takes an
 * import; never a file that reads as read-only, old, damaged or foreign.
 * After a kill, new makes the project and leaves no temporary behind. */
static void
test_kill_new_at_writes (void)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-kill-new-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "n.sitrep", NULL);
  g_autofree char *article = g_build_filename (dir, "a.txt", NULL);
  const char *new_args[] = { "new", path, NULL };
  const char *check[] = { "check", path, NULL };
  const char *list[] = { "list", path, NULL };
  const char *import[] = { "import", path, article, NULL };
  g_autoptr(GArray) points = NULL;
  guint n_calls = 0, absent = 0, whole = 0;

  g_assert_true (g_file_set_contents (article, "Title\n\nAt least 3 people were killed in Homs.\n", -1, NULL));
  run_at (new_args, 0, NULL, &n_calls, NULL);
  g_assert_cmpuint (n_calls, >, 2);
  points = kill_points (n_calls);
  for (guint i = 0; i < points->len; i++)
    {
      guint k = g_array_index (points, guint, i);
      g_autofree char *said = NULL;

      remove_project (path);
      run_at (new_args, k, NULL, NULL, NULL);
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          absent++;
          g_assert_cmpint (run_said (check, &said), ==, 1);
          g_assert_nonnull (strstr (said, "does not exist"));
          g_clear_pointer (&said, g_free);
          run_ok (new_args);
          g_assert_cmpuint (count_temporaries (dir), ==, 0);
        }
      else
        whole++;

      if (run_said (check, &said) != 0)
        g_error ("check after new killed at %u:\n%s", k, said);
      g_clear_pointer (&said, g_free);
      g_assert_cmpint (run_said (list, &said), ==, 0);
      assert_not_misleading (said);
      g_clear_pointer (&said, g_free);
      if (run_said (import, &said) != 0)
        g_error ("import after new killed at %u:\n%s", k, said);
      g_clear_pointer (&said, g_free);
      g_assert_cmpint (sitrep_test_query (path, "SELECT count(*) FROM articles"), ==, 1);
      g_assert_cmpint (sitrep_test_query (path, "SELECT count(*) FROM labels"), >, 0);
    }
  g_test_message ("new killed at %u points: %u left no file, %u a whole project", points->len, absent, whole);
  g_assert_cmpuint (absent, >, 0);
  remove_project (path);
  sitrep_test_remove_tree (dir);
}

/* What an older Sitrep left when its `new` was killed: the schema written
 * in place, part of it spilled into the file, and a hot rollback journal. */
static void
make_legacy_unfinished (const char *path)
{
  pid_t pid = fork ();
  int status;

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      sqlite3 *db = NULL;
      int fd = open (path, O_WRONLY | O_CREAT | O_EXCL, 0644);

      close (fd);
      if (sqlite3_open (path, &db) != SQLITE_OK ||
          sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 2; BEGIN IMMEDIATE;"
                            "PRAGMA application_id = 1397314642;"
                            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
                            "CREATE TABLE filler (x);"
                            "WITH RECURSIVE c (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 400)"
                            " INSERT INTO filler SELECT randomblob (600) FROM c;",
                        NULL, NULL, NULL) != SQLITE_OK)
        _exit (1);
      /* killed before COMMIT */
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
}

static void
assert_unfinished (const char *path)
{
  const char *modes[] = { "check", "list", "import" };
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *before = NULL, *journal_before = NULL;
  gsize len, journal_len;

  g_assert_true (g_file_get_contents (path, &before, &len, NULL));
  g_assert_true (g_file_get_contents (journal, &journal_before, &journal_len, NULL));
  for (guint flags = 0; flags < 2; flags++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SitrepStore) store = sitrep_store_open (path, flags == 0 ? SITREP_STORE_OPEN_DEFAULT
                                                                         : SITREP_STORE_OPEN_READ_ONLY, &error);

      g_assert_null (store);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "left unfinished when it was created"));
    }
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autofree char *article = g_build_filename (g_get_tmp_dir (), "sitrep-kill-unused.txt", NULL);
      const char *args[] = { modes[i], path, article, NULL };
      g_autofree char *said = NULL;

      if (i < 2)
        args[2] = NULL;
      g_assert_true (g_file_set_contents (article, "T\n\nText.\n", -1, NULL));
      g_assert_cmpint (run_said (args, &said), ==, 1);
      g_assert_nonnull (strstr (said, "left unfinished when it was created"));
      assert_not_misleading (said);
      g_unlink (article);
    }
  /* and the files are as they were */
  {
    g_autofree char *after = NULL, *journal_after = NULL;
    gsize after_len, journal_after_len;

    g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
    g_assert_true (g_file_get_contents (journal, &journal_after, &journal_after_len, NULL));
    g_assert_cmpmem (before, len, after, after_len);
    g_assert_cmpmem (journal_before, journal_len, journal_after, journal_after_len);
  }
}

/* A file an older Sitrep left unfinished, opened for writing or reading:
 * every command says so, and leaves the file and its journal as they were
 * (before, a writable opening rolled the journal back and then called the
 * file damaged or not a project). */
static void
test_legacy_unfinished_create (void)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-kill-legacy-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "old.sitrep", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.sitrep", NULL);
  g_autofree char *empty_journal = g_build_filename (dir, "empty.sitrep-journal", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  GStatBuf st;

  make_legacy_unfinished (path);
  g_assert_cmpint (g_stat (journal, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 0);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 0);
  assert_unfinished (path);

  /* killed before its first write: an empty file and an empty journal */
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_true (g_file_set_contents (empty_journal, "", 0, NULL));
  assert_unfinished (empty);
  sitrep_test_remove_tree (dir);
}

/* A -wal or -journal left without its project (the file was deleted or
 * moved without them) never finds its way into a new project of that name. */
static void
test_new_ignores_orphan_side_files (void)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-kill-orphan-XXXXXX");
  g_autofree char *old = g_build_filename (dir, "old.sitrep", NULL);
  g_autofree char *path = g_build_filename (dir, "n.sitrep", NULL);
  g_autofree char *article = g_build_filename (dir, "a.txt", NULL);
  const char *new_old[] = { "new", old, NULL };
  const char *import_old[] = { "import", old, article, NULL };
  const char *new_args[] = { "new", path, NULL };
  const char *check[] = { "check", path, NULL };
  g_autofree char *said = NULL;

  /* a WAL with a committed article in it, and a hot journal, beside no file */
  g_assert_true (g_file_set_contents (article, "Orphan\n\nAt least 3 people were killed in Homs.\n", -1, NULL));
  run_ok (new_old);
  {
    g_autofree char *old_wal = g_strconcat (old, "-wal", NULL);
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *legacy = g_build_filename (dir, "legacy.sitrep", NULL);
    g_autofree char *legacy_journal = g_strconcat (legacy, "-journal", NULL);
    g_autofree char *journal = g_strconcat (path, "-journal", NULL);
    sqlite3 *db = NULL;

    /* keep the WAL: a second connection stays open while import commits */
    g_assert_cmpint (sqlite3_open (old, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "PRAGMA wal_autocheckpoint = 0; BEGIN; SELECT count(*) FROM meta;",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
    run_ok (import_old);
    copy_file (old_wal, wal);
    sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
    sqlite3_close (db);
    make_legacy_unfinished (legacy);
    copy_file (legacy_journal, journal);
  }
  run_ok (new_args);
  g_assert_cmpint (run_said (check, &said), ==, 0);
  g_assert_cmpint (sitrep_test_query (path, "SELECT count(*) FROM articles"), ==, 0);
  sitrep_test_remove_tree (dir);
}

/* salvage killed just before each write, fsync and rename: no copy, or a
 * whole one (it checks sound and says what it kept); never half a copy
 * under the name asked for. What a killed salvage left is cleaned up by
 * the next one in that folder, and nothing else is left beside it. */
static void
test_kill_salvage_at_writes (void)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-kill-salvage-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "p.sitrep", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.sitrep", NULL);
  g_autofree char *articles = g_build_filename (dir, "articles", NULL);
  g_autoptr(GPtrArray) import = g_ptr_array_new_with_free_func (g_free);
  const char *new_args[] = { "new", path, NULL };
  const char *salvage[] = { "salvage", path, copy, NULL };
  g_autoptr(GArray) points = NULL;
  guint n_calls = 0, absent = 0, whole = 0;

  g_assert_cmpint (g_mkdir (articles, 0700), ==, 0);
  write_articles (articles, 30);
  g_ptr_array_add (import, g_strdup ("import"));
  g_ptr_array_add (import, g_strdup (path));
  for (guint i = 0; i < 30; i++)
    g_ptr_array_add (import, g_strdup_printf ("%s/a%03u.txt", articles, i));
  g_ptr_array_add (import, NULL);
  run_ok (new_args);
  run_ok ((const char * const *) import->pdata);

  run_at (salvage, 0, NULL, &n_calls, NULL);
  g_assert_cmpint (sitrep_test_query (copy, "SELECT count(*) FROM articles"), ==, 30);
  remove_project (copy);
  points = kill_points (n_calls);
  for (guint i = 0; i < points->len; i++)
    {
      guint k = g_array_index (points, guint, i);
      g_autofree char *said = NULL;
      g_autoptr(GDir) d = NULL;
      const char *name;

      run_at (salvage, k, NULL, NULL, NULL);
      if (g_file_test (copy, G_FILE_TEST_EXISTS))
        {
          const char *check[] = { "check", copy, NULL };

          whole++;
          if (run_said (check, &said) != 0)
            g_error ("check of a copy from a salvage killed at %u:\n%s", k, said);
          g_assert_cmpint (sitrep_test_query (copy, "SELECT count(*) FROM meta WHERE key = 'salvage_report'"), ==, 1);
          g_assert_cmpint (sitrep_test_query (copy, "SELECT count(*) FROM articles"), ==, 30);
          remove_project (copy);
        }
      else
        absent++;
      /* beside the project: itself, its folder of articles, and at most
       * the one temporary of the killed salvage */
      d = g_dir_open (dir, 0, NULL);
      while ((name = g_dir_read_name (d)) != NULL)
        if (!g_str_equal (name, "p.sitrep") && !g_str_equal (name, "articles") &&
            !g_str_has_prefix (name, ".sitrep-part."))
          g_error ("salvage killed at %u left %s", k, name);
      g_assert_cmpuint (count_temporaries (dir), <=, 1);
      run_ok (salvage);
      g_assert_cmpuint (count_temporaries (dir), ==, 0);
      g_assert_cmpint (sitrep_test_query (copy, "SELECT count(*) FROM articles"), ==, 30);
      remove_project (copy);
    }
  g_test_message ("salvage killed at %u points: %u left no copy, %u a whole one", points->len, absent, whole);
  g_assert_cmpuint (absent, >, 0);
  remove_project (path);
  sitrep_test_remove_tree (dir);
}

static gboolean
run_tool (const char * const *argv)
{
  int status = -1;

  return g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                       G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL) &&
         g_spawn_check_wait_status (status, NULL);
}

static gint64
articles_in (const char *path,
             gboolean    immutable)
{
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro%s", path, immutable ? "&immutable=1" : "");
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  if (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT count(*) FROM articles", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* A project whose last commit is only in its -wal (import killed), on a
 * read-only mount: every command sees that commit, as on a writable disk,
 * and nothing is written there. */
static void
test_readonly_mount_wal (void)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-kill-romount-XXXXXX");
  g_autofree char *base = g_build_filename (dir, "base.sitrep", NULL);
  g_autofree char *w = g_build_filename (dir, "w.sitrep", NULL);
  g_autofree char *w_wal = g_strconcat (w, "-wal", NULL);
  g_autofree char *first = g_build_filename (dir, "a.txt", NULL);
  g_autofree char *second = g_build_filename (dir, "w.txt", NULL);
  g_autofree char *mnt = g_build_filename (dir, "ro", NULL);
  g_autofree char *ro = g_build_filename (mnt, "w.sitrep", NULL);
  g_autofree char *ro_wal = g_strconcat (ro, "-wal", NULL);
  const char *new_args[] = { "new", base, NULL };
  const char *import_first[] = { "import", base, first, NULL };
  const char *import_second[] = { "import", w, second, NULL };
  guint n_calls = 0, in_wal = 0;

  g_assert_true (g_file_set_contents (first, "First\n\nAt least 4 people were killed in Homs.\n", -1, NULL));
  g_assert_true (g_file_set_contents (second, "Second\n\nCommitted, 7 people were killed.\n", -1, NULL));
  run_ok (new_args);
  run_ok (import_first);
  g_assert_cmpint (g_mkdir (mnt, 0755), ==, 0);
  if (!run_tool ((const char *[]) { "mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mnt, NULL }))
    {
      g_test_skip ("mounting a tmpfs needs root");
      sitrep_test_remove_tree (dir);
      return;
    }
  copy_file (base, w);
  run_at (import_second, 0, NULL, &n_calls, NULL);
  for (guint k = 1; k <= n_calls; k++)
    {
      const char *check[] = { "check", ro, NULL };
      const char *show[] = { "show", ro, "2", NULL };
      g_autofree char *said = NULL;
      g_autofree char *expect = NULL;
      gint64 committed;

      remove_project (w);
      copy_file (base, w);
      run_at (import_second, k, NULL, NULL, NULL);
      committed = articles_in (w, FALSE);
      /* only where the commit is in the WAL and not yet in the file */
      if (committed != 2 || articles_in (w, TRUE) != 1 || !g_file_test (w_wal, G_FILE_TEST_EXISTS))
        continue;
      in_wal++;
      g_assert_true (run_tool ((const char *[]) { "mount", "-o", "remount,rw", mnt, NULL }));
      remove_project (ro);
      copy_file (w, ro);
      copy_file (w_wal, ro_wal);
      g_assert_true (run_tool ((const char *[]) { "mount", "-o", "remount,ro", mnt, NULL }));

      if (run_said (check, &said) != 0)
        g_error ("check on a read-only mount after a kill at %u:\n%s", k, said);
      expect = g_strdup_printf ("Articles: %" G_GINT64_FORMAT "\n", committed);
      g_assert_nonnull (strstr (said, expect));
      g_clear_pointer (&said, g_free);
      g_assert_cmpint (run_said (show, &said), ==, 0);
      g_assert_nonnull (strstr (said, "Committed, 7 people were killed."));
    }
  g_assert_true (run_tool ((const char *[]) { "umount", mnt, NULL }));
  g_test_message ("%u kill points left the commit only in the WAL", in_wal);
  g_assert_cmpuint (in_wal, >, 0);
  remove_project (w);
  sitrep_test_remove_tree (dir);
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
  g_test_add_func ("/sitrep/reliab/kill/new-at-writes", test_kill_new_at_writes);
  g_test_add_func ("/sitrep/reliab/kill/legacy-unfinished-create", test_legacy_unfinished_create);
  g_test_add_func ("/sitrep/reliab/kill/new-ignores-orphan-side-files", test_new_ignores_orphan_side_files);
  g_test_add_func ("/sitrep/reliab/kill/salvage-at-writes", test_kill_salvage_at_writes);
  g_test_add_func ("/sitrep/reliab/kill/readonly-mount-wal", test_readonly_mount_wal);

  return g_test_run ();
}

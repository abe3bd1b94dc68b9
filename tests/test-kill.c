/* test-kill.c — sitrep-cli killed at random moments (import, annotation import, export,
 * gazetteer load) and run on projects with flipped bytes: nothing confirmed is lost, no
 * unit is half there, no half file, no crash. SITREP_KILL_COUNT sets the rounds per case
 * (a few in CI; thousands by hand).
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sitrep-test-util.h"

static const char *cli;
static guint rounds;

/* Starts sitrep-cli and kills it after @usec; returns how long a whole run
 * took when @usec is negative (then it is not killed). */
static gint64
run_killed (const char * const *args,
            gint64              usec)
{
  g_autoptr(GPtrArray) argv = sitrep_test_cli_argv (args);
  gint64 t0 = g_get_monotonic_time ();
  int status;
  GPid pid;

  g_assert_true (g_spawn_async (NULL, (char **) argv->pdata, NULL,
                                G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                                G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, NULL));
  if (usec >= 0)
    {
      g_usleep (usec);
      kill (pid, SIGKILL);
    }
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  return g_get_monotonic_time () - t0;
}

static void
assert_check_sound (const char *project)
{
  const char *args[] = { "check", project, NULL };
  g_autofree char *out = NULL;
  int status = sitrep_test_run_cli (args, NULL, &out, NULL);

  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("check after a kill:\n%s", out);
}

static void
write_articles (const char *dir,
                guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/a%03u.txt", dir, i);
      g_autofree char *text = g_strdup_printf ("Article %u\n\nAt least %u people were killed in town %u "
                                               "on Tuesday, residents said. %s\n", i, i + 2, i,
                                               i % 2 ? "Shelling continued." : "Clashes followed.");

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
    }
}

/* Kills at moments spread over a whole run: a round each in [0, 1.2 × run). */
static gint64
kill_moment (gint64 full)
{
  return g_random_int_range (0, (gint32) MIN (full * 6 / 5, 5000000) + 1);
}

static const char * const *
new_args_of (const char *project)
{
  static const char *args[3] = { "new", NULL, NULL };

  args[1] = project;
  return args;
}

/* import: killed anywhere, the project holds whole articles and is sound. */
static void
test_kill_import (void)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-kill-XXXXXX");
  g_autofree char *project = g_build_filename (dir, "p.sitrep", NULL);
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  guint none = 0, all = 0;
  gint64 full;

  write_articles (dir, 40);
  g_ptr_array_add (args, g_strdup ("import"));
  g_ptr_array_add (args, g_strdup (project));
  for (guint i = 0; i < 40; i++)
    g_ptr_array_add (args, g_strdup_printf ("%s/a%03u.txt", dir, i));
  g_ptr_array_add (args, NULL);

  {
    const char *new_args[] = { "new", project, NULL };
    g_assert_true (g_spawn_check_wait_status (sitrep_test_run_cli (new_args, NULL, NULL, NULL), NULL));
  }
  {
    g_autofree char *copy = g_build_filename (dir, "timing.sitrep", NULL);
    const char *new_args[] = { "new", copy, NULL };

    sitrep_test_run_cli (new_args, NULL, NULL, NULL);
    g_free (args->pdata[1]);
    args->pdata[1] = g_strdup (copy);
    full = run_killed ((const char * const *) args->pdata, -1);
    g_free (args->pdata[1]);
    args->pdata[1] = g_strdup (project);
  }

  for (guint r = 0; r < rounds; r++)
    {
      gint64 n;

      g_unlink (project);
      sitrep_test_run_cli (new_args_of (project), NULL, NULL, NULL);
      run_killed ((const char * const *) args->pdata, kill_moment (full));
      /* whatever the moment, what is there is whole: each article with its
       * text, the project sound */
      n = sitrep_test_query (project, "SELECT count(*) FROM articles");
      g_assert_cmpint (n, >=, 0);
      g_assert_cmpint (n, <=, 40);
      g_assert_cmpint (sitrep_test_query (project, "SELECT count(*) FROM articles WHERE id NOT IN "
                                       "(SELECT article_id FROM article_texts)"), ==, 0);
      assert_check_sound (project);
      if (n == 0)
        none++;
      else if (n == 40)
        all++;
    }
  g_test_message ("import killed %u times: %u left nothing, %u all 40, %u some whole articles, "
                  "every time sound", rounds, none, all, rounds - none - all);
  sitrep_test_remove_tree (dir);
}

/* import-annotations: each line's article and spans together, or none of them. */
static void
test_kill_annotations (void)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-kill-XXXXXX");
  g_autofree char *project = g_build_filename (dir, "p.sitrep", NULL);
  g_autofree char *jsonl = g_build_filename (dir, "spans.jsonl", NULL);
  g_autoptr(GString) lines = g_string_new (NULL);
  const char *new_args[] = { "new", project, NULL };
  const char *args[] = { "import-annotations", project, jsonl, NULL };
  gint64 full;

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (lines, "{\"title\":\"Line %u\",\"text\":\"At least %u people were killed in Homs "
                            "on day %u.\",\"spans\":[{\"start\":0,\"end\":8,\"label\":\"Killed\"},"
                            "{\"start\":9,\"end\":11,\"label\":\"Killed\"},{\"start\":37,\"end\":41,"
                            "\"label\":\"Place\"}]}\n", i, i + 10, i);
  g_assert_true (g_file_set_contents (jsonl, lines->str, lines->len, NULL));
  g_assert_true (g_spawn_check_wait_status (sitrep_test_run_cli (new_args, NULL, NULL, NULL), NULL));
  full = run_killed (args, -1);
  g_assert_cmpint (sitrep_test_query (project, "SELECT count(*) FROM annotations"), ==, 900);

  for (guint r = 0; r < rounds; r++)
    {
      g_unlink (project);
      sitrep_test_run_cli (new_args, NULL, NULL, NULL);
      run_killed (args, kill_moment (full));
      /* no article of the file without its three spans */
      g_assert_cmpint (sitrep_test_query (project, "SELECT count(*) FROM articles a WHERE "
                                       "(SELECT count(*) FROM annotations n WHERE n.article_id = a.id) <> 3"), ==, 0);
    }
  g_test_message ("import-annotations killed %u times: every line whole or absent", rounds);
  sitrep_test_remove_tree (dir);
}

/* export: the old file whole or the new file whole, and no temporary file left. */
static void
test_kill_export (void)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-kill-XXXXXX");
  g_autofree char *project = g_build_filename (dir, "p.sitrep", NULL);
  g_autofree char *out = g_build_filename (dir, "out.jsonl", NULL);
  g_autoptr(GPtrArray) import = g_ptr_array_new_with_free_func (g_free);
  const char *new_args[] = { "new", project, NULL };
  const char *args[] = { "export", project, "--format", "spans-jsonl", "-o", out, NULL };
  g_autofree char *whole = NULL;
  guint old = 0, fresh = 0;
  gint64 full;

  write_articles (dir, 200);
  g_ptr_array_add (import, g_strdup ("import"));
  g_ptr_array_add (import, g_strdup (project));
  for (guint i = 0; i < 200; i++)
    g_ptr_array_add (import, g_strdup_printf ("%s/a%03u.txt", dir, i));
  g_ptr_array_add (import, NULL);
  sitrep_test_run_cli (new_args, NULL, NULL, NULL);
  sitrep_test_run_cli ((const char * const *) import->pdata, NULL, NULL, NULL);
  full = run_killed (args, -1);
  g_assert_true (g_file_get_contents (out, &whole, NULL, NULL));

  for (guint r = 0; r < rounds; r++)
    {
      g_autofree char *now = NULL;
      g_autoptr(GDir) d = NULL;
      const char *name;

      g_assert_true (g_file_set_contents (out, "old\n", -1, NULL));
      run_killed (args, kill_moment (full));
      g_assert_true (g_file_get_contents (out, &now, NULL, NULL));
      g_assert_true (g_str_equal (now, "old\n") || g_str_equal (now, whole));
      if (g_str_equal (now, "old\n"))
        old++;
      else
        fresh++;
      /* a killed export may leave its temporary file (".out.jsonl.XXXXXX"), never
       * a half file under the name asked for; remove it for the next round */
      d = g_dir_open (dir, 0, NULL);
      while ((name = g_dir_read_name (d)) != NULL)
        if (g_str_has_prefix (name, ".out.jsonl."))
          {
            g_autofree char *tmp = g_build_filename (dir, name, NULL);
            g_unlink (tmp);
          }
    }
  g_test_message ("export killed %u times: %u left the old file, %u the new one, none half", rounds, old, fresh);
  sitrep_test_remove_tree (dir);
}

/* load-gazetteer: the whole file or nothing of it. */
static void
test_kill_gazetteer (void)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-kill-XXXXXX");
  g_autofree char *project = g_build_filename (dir, "p.sitrep", NULL);
  g_autofree char *dump = g_build_filename (dir, "XX.txt", NULL);
  g_autoptr(GString) lines = g_string_new (NULL);
  const char *new_args[] = { "new", project, NULL };
  const char *args[] = { "load-gazetteer", project, dump, NULL };
  guint none = 0, all = 0;
  gint64 full;

  for (guint i = 0; i < 12000; i++)
    g_string_append_printf (lines, "%u\tPlace %u\tPlace %u\tAlt %u,Other %u\t%.4f\t%.4f\tP\tPPL\tSY\t\t%02u"
                            "\t\t\t\t%u\t\t\tAsia/Damascus\t2020-01-01\n", 8000000 + i, i, i, i, i,
                            32.0 + (i % 500) / 100.0, 36.0 + (i / 500) / 100.0, i % 14, 100 + i);
  g_assert_true (g_file_set_contents (dump, lines->str, lines->len, NULL));
  sitrep_test_run_cli (new_args, NULL, NULL, NULL);
  full = run_killed (args, -1);
  g_assert_cmpint (sitrep_test_query (project, "SELECT count(*) FROM gazetteer_places"), ==, 12000);

  for (guint r = 0; r < rounds; r++)
    {
      gint64 n;

      g_unlink (project);
      sitrep_test_run_cli (new_args, NULL, NULL, NULL);
      run_killed (args, kill_moment (full));
      n = sitrep_test_query (project, "SELECT count(*) FROM gazetteer_places");
      g_assert_true (n == 0 || n == 12000);
      if (n == 0)
        none++;
      else
        all++;
    }
  g_test_message ("load-gazetteer killed %u times: %u left nothing, %u the whole file", rounds, none, all);
  sitrep_test_remove_tree (dir);
}

/* Bytes flipped anywhere in a project: every command ends with a status
 * (0, 1 or 2), never a crash, and the file is not changed by reading it. */
static void
test_flipped_bytes (void)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-kill-XXXXXX");
  g_autofree char *clean = g_build_filename (dir, "clean.sitrep", NULL);
  g_autofree char *project = g_build_filename (dir, "p.sitrep", NULL);
  g_autofree char *outfile = g_build_filename (dir, "out.csv", NULL);
  g_autoptr(GPtrArray) import = g_ptr_array_new_with_free_func (g_free);
  const char *new_args[] = { "new", clean, NULL };
  const char * const commands[][8] = {
    { "check", project, NULL }, { "list", project, NULL }, { "show", project, "1", NULL },
    { "search", project, "killed", NULL }, { "entities", project, NULL }, { "events", project, NULL },
    { "stories", project, NULL }, { "export", project, "--format", "spans-jsonl", "-o", outfile, NULL },
    { "export", project, "--format", "acled-csv", "-o", outfile, NULL },
    { "export", project, "--format", "geojson", "-o", outfile, NULL },
  };
  g_autofree char *contents = NULL;
  guint crashes = 0, runs = 0;
  gsize len;

  write_articles (dir, 30);
  g_ptr_array_add (import, g_strdup ("import"));
  g_ptr_array_add (import, g_strdup (clean));
  for (guint i = 0; i < 30; i++)
    g_ptr_array_add (import, g_strdup_printf ("%s/a%03u.txt", dir, i));
  g_ptr_array_add (import, NULL);
  sitrep_test_run_cli (new_args, NULL, NULL, NULL);
  sitrep_test_run_cli ((const char * const *) import->pdata, NULL, NULL, NULL);
  g_assert_true (g_file_get_contents (clean, &contents, &len, NULL));

  for (guint r = 0; r < rounds; r++)
    {
      g_autofree char *damaged = g_memdup2 (contents, len);

      for (guint k = 0; k < 1 + r % 8; k++)
        damaged[g_random_int_range (0, (gint32) len)] ^= (char) (1 << g_random_int_range (0, 8));
      g_assert_true (g_file_set_contents (project, damaged, len, NULL));
      for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
        {
          int status = sitrep_test_run_cli (commands[c], NULL, NULL, NULL);

          runs++;
          if (!WIFEXITED (status) || WEXITSTATUS (status) > 2)
            {
              crashes++;
              g_test_message ("%s crashed on a damaged project (status %d)", commands[c][0], status);
            }
        }
    }
  g_test_message ("flipped bytes: %u projects, %u command runs, %u crashes", rounds, runs, crashes);
  g_assert_cmpuint (crashes, ==, 0);
  sitrep_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  const char *count = g_getenv ("SITREP_KILL_COUNT");

  g_test_init (&argc, &argv, NULL);
  cli = g_getenv ("SITREP_CLI");
  rounds = count != NULL ? (guint) g_ascii_strtoull (count, NULL, 10) : 5;
  if (cli == NULL)
    {
      g_test_skip ("SITREP_CLI is not set (run through meson test)");
      return g_test_run ();
    }

  g_test_add_func ("/sitrep/kill/import", test_kill_import);
  g_test_add_func ("/sitrep/kill/import-annotations", test_kill_annotations);
  g_test_add_func ("/sitrep/kill/export", test_kill_export);
  g_test_add_func ("/sitrep/kill/load-gazetteer", test_kill_gazetteer);
  g_test_add_func ("/sitrep/kill/flipped-bytes", test_flipped_bytes);

  return g_test_run ();
}

/* test-reliab-salvage.c — sitrep-cli salvage on a damaged project: the copy checks sound and
 * what could not be kept is told in words, with counts that add up
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sitrep-test-util.h"

static const char *cli;

static int
run (const char * const *args,
     char              **out)
{
  int status = sitrep_test_run_cli (args, NULL, out, NULL);

  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_salvage_tells (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sitrep-reliab-salvage-XXXXXX", NULL);
  g_autofree char *project = g_build_filename (dir, "p.sitrep", NULL);
  g_autofree char *healthy_copy = g_build_filename (dir, "h.sitrep", NULL);
  g_autofree char *copy = g_build_filename (dir, "s.sitrep", NULL);
  g_autofree char *out = NULL;
  g_autoptr(GPtrArray) import = g_ptr_array_new_with_free_func (g_free);
  const char *new_args[] = { "new", project, NULL };
  const char *salvage_healthy[] = { "salvage", project, healthy_copy, NULL };
  const char *salvage[] = { "salvage", project, copy, NULL };
  const char *check[] = { "check", copy, NULL };
  g_autofree char *contents = NULL;
  const char *left_out;
  gint64 page, kept, lost;
  gsize len;

  g_ptr_array_add (import, g_strdup ("import"));
  g_ptr_array_add (import, g_strdup (project));
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/a%02u.txt", dir, i);
      g_autoptr(GString) text = g_string_new (NULL);

      g_string_append_printf (text, "Article %u\n\nAt least %u people were killed in Homs.", i, i + 2);
      for (guint w = 0; w < 300; w++)
        g_string_append_printf (text, " word%u", g_random_int ());
      g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
      g_ptr_array_add (import, g_steal_pointer (&path));
    }
  g_ptr_array_add (import, NULL);
  g_assert_cmpint (run (new_args, NULL), ==, 0);
  g_assert_cmpint (run ((const char * const *) import->pdata, NULL), ==, 0);
  g_assert_cmpint (sitrep_test_query (project, "SELECT count(*) FROM articles"), ==, 60);

  /* a healthy project: everything kept, and said so */
  g_assert_cmpint (run (salvage_healthy, &out), ==, 0);
  g_assert_nonnull (strstr (out, "Everything was kept."));
  g_clear_pointer (&out, g_free);
  /* never over an existing file */
  g_assert_cmpint (run (salvage_healthy, NULL), ==, 1);

  /* a page of article texts zeroed, as a bad disk would */
  page = sitrep_test_query (project, "SELECT pageno FROM dbstat WHERE name = 'article_texts' AND pagetype = 'leaf' "
                         "LIMIT 1 OFFSET 3");
  if (page <= 0)
    {
      g_test_skip ("this SQLite has no dbstat table to find a page to damage");
      return;
    }
  g_assert_true (g_file_get_contents (project, &contents, &len, NULL));
  g_assert_cmpuint (len, >=, (gsize) page * 4096);
  memset (contents + (page - 1) * 4096, 0, 4096);
  g_assert_true (g_file_set_contents (project, contents, len, NULL));

  g_assert_cmpint (run (salvage, &out), ==, 0);
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, "Not everything could be kept"));
  g_assert_nonnull (strstr (out, "Article texts:"));
  left_out = strstr (out, "Articles: ");
  g_assert_nonnull (left_out);
  lost = g_ascii_strtoll (left_out + strlen ("Articles: "), NULL, 10);
  kept = sitrep_test_query (copy, "SELECT count(*) FROM articles");
  /* the counts the user reads add up to what the project had */
  g_assert_cmpint (lost, >, 0);
  g_assert_cmpint (kept + lost, ==, 60);
  g_assert_cmpint (run (check, NULL), ==, 0);
  g_assert_cmpint (sitrep_test_query (copy, "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM article_texts)"),
                   ==, 0);
}

/* A file cut short (a copy that stopped, a full disk): wherever the cut
 * falls after the tables' descriptions that matter, salvage keeps what is
 * before it, says what it lost, and the copy checks sound. */
static void
test_salvage_truncated (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sitrep-reliab-salvage-XXXXXX", NULL);
  g_autofree char *project = g_build_filename (dir, "p.sitrep", NULL);
  g_autoptr(GPtrArray) import = g_ptr_array_new_with_free_func (g_free);
  const char *new_args[] = { "new", project, NULL };
  g_autofree char *contents = NULL;
  gsize len;

  g_ptr_array_add (import, g_strdup ("import"));
  g_ptr_array_add (import, g_strdup (project));
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/a%03u.txt", dir, i);
      g_autofree char *text = g_strdup_printf ("Report %u\n\nAt least %u people were killed in Homs on day %u, "
                                               "the observatory said; many more were wounded at the market.",
                                               i, i + 2, i);
      g_assert_true (g_file_set_contents (path, text, -1, NULL));
      g_ptr_array_add (import, g_steal_pointer (&path));
    }
  g_ptr_array_add (import, NULL);
  g_assert_cmpint (run (new_args, NULL), ==, 0);
  g_assert_cmpint (run ((const char * const *) import->pdata, NULL), ==, 0);
  /* everything in the main file, nothing left in the WAL */
  {
    sqlite3 *db = NULL;
    g_assert_cmpint (sqlite3_open (project, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }
  g_assert_true (g_file_get_contents (project, &contents, &len, NULL));

  for (guint cut = 90; cut >= 40; cut -= 25)
    {
      g_autofree char *cut_path = g_strdup_printf ("%s/cut%u.sitrep", dir, cut);
      g_autofree char *copy = g_strdup_printf ("%s/salvaged%u.sitrep", dir, cut);
      const char *salvage[] = { "salvage", cut_path, copy, NULL };
      const char *check[] = { "check", copy, NULL };
      g_autofree char *out = NULL;

      g_assert_true (g_file_set_contents (cut_path, contents, len * cut / 100, NULL));
      if (run (salvage, &out) != 0)
        g_error ("salvage of the project cut at %u %% refused: %s", cut, out);
      g_test_message ("cut at %u %%: %s", cut, out);
      g_assert_nonnull (strstr (out, "Not everything could be kept"));
      g_assert_cmpint (sitrep_test_query (copy, "SELECT count(*) FROM articles"), <, 200);
      g_assert_cmpint (run (check, NULL), ==, 0);
    }
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* The map finds events through the spatial index events_rtree: check
 * notices when it is missing or disagrees with the events, and salvage
 * rebuilds it from the events it kept. */
static void
test_map_index (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SitrepStore) store = sitrep_test_create_project ("sitrep-reliab-rtree-XXXXXX", &dir, &path);
  g_autofree char *no_row = NULL, *dropped = NULL, *moved = NULL, *copy = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  gsize len;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("Place %u", i);
      gint64 place = sitrep_test_add_place (store, name, 34.5 + i * 0.37, 36.7 + i * 0.29, "Homs");

      sitrep_test_add_event (store, "2024-03-01", NULL, 1, place, "Battles", 4 + i);
    }
  sitrep_store_close (store);
  g_assert_cmpint (sitrep_test_query (path, "SELECT count(*) FROM events_rtree"), ==, 3);
  {
    const char *check[] = { "check", path, NULL };

    g_assert_cmpint (run (check, &out), ==, 0);
    g_assert_nonnull (strstr (out, "Map index: ok"));
    g_clear_pointer (&out, g_free);
  }
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  no_row = g_build_filename (dir, "no-row.sitrep", NULL);
  dropped = g_build_filename (dir, "dropped.sitrep", NULL);
  moved = g_build_filename (dir, "moved.sitrep", NULL);
  copy = g_build_filename (dir, "salvaged.sitrep", NULL);
  for (guint i = 0; i < 3; i++)
    g_assert_true (g_file_set_contents (i == 0 ? no_row : i == 1 ? dropped : moved, contents, len, NULL));
  exec_sql (no_row, "DELETE FROM events_rtree WHERE id = (SELECT min(id) FROM events);"
                    "INSERT INTO events_rtree VALUES (999, 1, 1, 1, 1);");
  exec_sql (dropped, "DROP TRIGGER events_rtree_insert; DROP TRIGGER events_rtree_update;"
                     "DROP TRIGGER events_rtree_delete; DROP TABLE events_rtree;");
  exec_sql (moved, "UPDATE events_rtree SET min_lat = min_lat + 1, max_lat = max_lat + 1 "
                   "WHERE id = (SELECT max(id) FROM events);");

  {
    const char *check[] = { "check", no_row, NULL };

    g_assert_cmpint (run (check, &out), ==, 1);
    g_test_message ("%s", out);
    g_assert_nonnull (strstr (out, "Map index: 1 placed event is missing from it"));
    g_assert_nonnull (strstr (out, "Map index: 1 entry is for an event that is gone"));
    g_assert_nonnull (strstr (out, "Result: problems found"));
    g_clear_pointer (&out, g_free);
  }
  {
    const char *check[] = { "check", dropped, NULL };

    g_assert_cmpint (run (check, &out), ==, 1);
    g_assert_nonnull (strstr (out, "Map index: missing"));
    g_clear_pointer (&out, g_free);
  }
  {
    const char *check[] = { "check", moved, NULL };

    g_assert_cmpint (run (check, &out), ==, 1);
    g_assert_nonnull (strstr (out, "stands at another place"));
    g_clear_pointer (&out, g_free);
  }
  /* salvage builds the index again from the events */
  {
    const char *salvage[] = { "salvage", dropped, copy, NULL };
    const char *check[] = { "check", copy, NULL };

    g_assert_cmpint (run (salvage, NULL), ==, 0);
    g_assert_cmpint (run (check, &out), ==, 0);
    g_assert_nonnull (strstr (out, "Map index: ok"));
    g_assert_cmpint (sitrep_test_query (copy, "SELECT count(*) FROM events_rtree"), ==, 3);
  }
  sitrep_test_remove_project (&store, &dir, &path);
}

/* The copy holds the project's own labels (renamed, recoloured), not the
 * set a new project starts with. */
static void
test_salvage_keeps_labels (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sitrep-reliab-labels-XXXXXX", NULL);
  g_autofree char *project = g_build_filename (dir, "p.sitrep", NULL);
  g_autofree char *copy = g_build_filename (dir, "s.sitrep", NULL);
  const char *new_args[] = { "new", project, NULL };
  const char *salvage[] = { "salvage", project, copy, NULL };
  g_autofree char *out = NULL;
  gint64 n_labels;

  g_assert_cmpint (run (new_args, NULL), ==, 0);
  exec_sql (project, "UPDATE labels SET name = 'Armed group' WHERE id = (SELECT min(id) FROM labels);"
                     "DELETE FROM labels WHERE id = (SELECT max(id) FROM labels);");
  n_labels = sitrep_test_query (project, "SELECT count(*) FROM labels");
  g_assert_cmpint (run (salvage, &out), ==, 0);
  g_assert_nonnull (strstr (out, "Everything was kept."));
  g_assert_cmpint (sitrep_test_query (copy, "SELECT count(*) FROM labels"), ==, n_labels);
  g_assert_cmpint (sitrep_test_query (copy, "SELECT count(*) FROM labels WHERE name = 'Armed group' "
                                            "AND id = (SELECT min(id) FROM labels)"), ==, 1);
  g_unlink (project);
  g_unlink (copy);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  cli = g_getenv ("SITREP_CLI");
  if (cli == NULL)
    {
      g_test_skip ("SITREP_CLI is not set (run through meson test)");
      return g_test_run ();
    }
  g_test_add_func ("/sitrep/reliab/salvage/tells-what-was-lost", test_salvage_tells);
  g_test_add_func ("/sitrep/reliab/salvage/truncated", test_salvage_truncated);
  g_test_add_func ("/sitrep/reliab/salvage/map-index", test_map_index);
  g_test_add_func ("/sitrep/reliab/salvage/keeps-labels", test_salvage_keeps_labels);
  return g_test_run ();
}

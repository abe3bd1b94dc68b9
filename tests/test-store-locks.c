/* test-store-locks.c — an open project keeps its SQLite locks when this
 * process reads the file by another descriptor (a file chooser guessing its
 * type, a copy): another program's connection then never checkpoints the
 * project and deletes the WAL under Sitrep, which lost every later edit and
 * left the file "not a database".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <unistd.h>

#include "sitrep-store.h"
#include "sitrep-store-coding.h"
#include "sitrep-test-util.h"

#define PATH_VARIABLE "SITREP_TEST_LOCKS_PROJECT"

/* What GTK's file chooser does to each file of a folder it lists, and so
 * what a user's Export… or Import… dialog does to the project, its WAL and
 * its shared memory: reads the first bytes to guess the type, and closes
 * them. Closing any descriptor of a file drops every POSIX lock this process
 * holds on it, SQLite's included. */
static void
sniff_like_a_file_chooser (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (name);
      g_autoptr(GFileInfo) info = NULL;
      guint8 head[64];
      int fd;

      info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                                G_FILE_QUERY_INFO_NONE, NULL, NULL);
      /* Whatever GIO's guess read, a plain read and close of the same. */
      fd = g_open (name, O_RDONLY | O_CLOEXEC, 0);
      if (fd >= 0)
        {
          g_assert_cmpint (read (fd, head, sizeof head), >=, 0);
          close (fd);
        }
    }
}

static gint64
count_labels (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM labels", -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* Another program (the sqlite3 shell, a script, a database browser) reads
 * the project and closes it, as the last connection it thinks it is. */
static void
test_other_program_subprocess (void)
{
  const char *path = g_getenv (PATH_VARIABLE);
  sqlite3 *db = NULL;

  g_assert_nonnull (path);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (count_labels (db), >, 0);
  /* A connection that finds no other takes the file EXCLUSIVE here,
   * checkpoints the WAL and deletes it. */
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
add_label (SitrepStore *store,
           const char  *name)
{
  g_autoptr(GError) error = NULL;

  sitrep_store_add_label (store, name, "other", "#3584e4", NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
other_program_reads (const char *path)
{
  g_setenv (PATH_VARIABLE, path, TRUE);
  g_test_trap_subprocess ("/store-locks/other-program/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_sniffed_then_read_elsewhere (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  g_autoptr(GError) error = NULL;
  SitrepStore *store = sitrep_test_create_project ("sitrep-locks-XXXXXX", &dir, &path);
  sqlite3 *db = NULL;
  gint64 before;

  wal = g_strconcat (path, "-wal", NULL);
  add_label (store, "Before the dialog");
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  sniff_like_a_file_chooser (path);
  other_program_reads (path);

  /* The WAL Sitrep writes to is still the project's. */
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  add_label (store, "After the dialog");
  sitrep_store_close (store);
  g_clear_object (&store);

  /* Everything reached the file, which is sound. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  before = count_labels (db);
  sqlite3_close (db);
  store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  {
    g_autofree char *report = NULL;

    g_assert_true (sitrep_store_check (store, &report, &error));
    g_assert_no_error (error);
  }
  {
    g_autoptr(GPtrArray) labels = sitrep_store_list_labels (store, &error);
    gboolean after = FALSE;

    g_assert_no_error (error);
    g_assert_cmpint ((gint64) labels->len, ==, before);
    for (guint i = 0; i < labels->len; i++)
      after |= g_strcmp0 (sitrep_label_get_name (labels->pdata[i]), "After the dialog") == 0;
    g_assert_true (after);
  }
  sitrep_test_remove_project (&store, &dir, &path);
}

/* The guard goes with the project: closed, another program may checkpoint
 * it and Sitrep's own last connection still removes the WAL. */
static void
test_closed_project_free (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;
  SitrepStore *store = sitrep_test_create_project ("sitrep-locks-XXXXXX", &dir, &path);
  g_autoptr(GError) error = NULL;

  wal = g_strconcat (path, "-wal", NULL);
  shm = g_strconcat (path, "-shm", NULL);
  add_label (store, "One");
  sitrep_store_close (store);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_clear_object (&store);

  store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  add_label (store, "Two");
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  sitrep_store_close (store);
  g_clear_object (&store);
  other_program_reads (path);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  sitrep_test_remove_project (&store, &dir, &path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store-locks/sniffed-then-read-elsewhere", test_sniffed_then_read_elsewhere);
  g_test_add_func ("/store-locks/closed-project-free", test_closed_project_free);
  g_test_add_func ("/store-locks/other-program/subprocess", test_other_program_subprocess);

  return g_test_run ();
}

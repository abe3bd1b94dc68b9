/* sitrep-store-create.c — a new project file, built under a temporary name beside it and put
 * in place whole, so a creation cut short never leaves a file under the project's name
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sitrep-io.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"

static void
set_exists_error (GError     **error,
                  const char  *path)
{
  g_autofree char *name = g_path_get_basename (path);

  g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_EXISTS,
               _("“%s” already exists. Choose another name, or open it."), name);
}

static void
set_create_error (GError     **error,
                  const char  *path,
                  int          saved)
{
  g_autofree char *name = g_path_get_basename (path);

  g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_IO,
               _("Could not create “%s”: %s"), name, g_strerror (saved));
}

/* A -wal, -shm or -journal with no project beside it belongs to a file
 * that was deleted or moved without it: SQLite would take it for the new
 * project's own and write its pages into it. */
static void
remove_orphan_side_files (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);
      GStatBuf st;

      if (g_lstat (side, &st) == 0 && S_ISREG (st.st_mode))
        {
          g_debug ("Removing %s, left without its project", side);
          g_unlink (side);
        }
    }
}

static void
sync_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/**
 * _sitrep_store_link_new:
 * @tmp: a complete project, synced to disk
 * @path: its name, which must not exist
 *
 * Gives @tmp the name @path, never replacing a file that appeared
 * meanwhile, and removes the name @tmp.
 */
gboolean
_sitrep_store_link_new (const char  *tmp,
                        const char  *path,
                        GError     **error)
{
  int saved;

  if (link (tmp, path) == 0)
    {
      g_unlink (tmp);
      sync_folder (path);
      return TRUE;
    }
  saved = errno;
  if (saved == EEXIST)
    {
      set_exists_error (error, path);
      return FALSE;
    }
  if (saved != EPERM && saved != ENOTSUP && saved != EOPNOTSUPP && saved != ENOSYS && saved != EMLINK)
    {
      set_create_error (error, path, saved);
      return FALSE;
    }
  /* A file system without hard links: rename, after one more look. */
  if (g_file_test (path, G_FILE_TEST_EXISTS) || g_rename (tmp, path) != 0)
    {
      saved = errno;
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        set_exists_error (error, path);
      else
        set_create_error (error, path, saved);
      return FALSE;
    }
  sync_folder (path);
  return TRUE;
}

/* The schema and the creation record in the new file @tmp, in one
 * transaction kept in memory (a failed creation throws the file away). */
static gboolean
write_schema (const char  *tmp,
              GError     **error)
{
  g_autofree char *now = _sitrep_store_now ();
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_open_v2 (tmp, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("The project could not be created."));
      sqlite3_close (db);
      return FALSE;
    }
  sqlite3_extended_result_codes (db, TRUE);
  if (!_sitrep_store_exec (db, "PRAGMA journal_mode = MEMORY; BEGIN IMMEDIATE;", error) ||
      !_sitrep_store_schema_create (db, SITREP_STORE_SCHEMA_VERSION, error))
    goto failed;
  rc = sqlite3_prepare_v2 (db, "INSERT INTO meta (key, value) VALUES ('created_at', ?1), ('created_by', ?2)",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, "Sitrep " VERSION, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("The project could not be created."));
      goto failed;
    }
  if (!_sitrep_store_exec (db, "COMMIT;", error))
    goto failed;
  sqlite3_close (db);
  return TRUE;

failed:
  sqlite3_close_v2 (db);
  return FALSE;
}

/**
 * _sitrep_store_create_file:
 * @path: where the new project goes; must not exist
 *
 * Writes a new project with its schema under a temporary name beside @path
 * (".sitrep-part.NAME.XXXXXX", locked while it is written, so that the
 * clean-up of stale temporaries leaves it alone), syncs it and gives it
 * the name @path only then. Killed at any point, it leaves either no file
 * named @path or a whole project; a temporary it leaves is removed by the
 * next creation or export in that folder.
 */
gboolean
_sitrep_store_create_file (const char  *path,
                           GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp = NULL;
  gboolean ok;
  GStatBuf st;
  int fd;

  if (g_lstat (path, &st) == 0)
    {
      set_exists_error (error, path);
      return FALSE;
    }
  sitrep_io_remove_stale_temporaries (dir);
  remove_orphan_side_files (path);

  tmp = g_strdup_printf ("%s" G_DIR_SEPARATOR_S ".sitrep-part.%s.XXXXXX", dir, base);
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0)
    {
      set_create_error (error, path, errno);
      return FALSE;
    }
  flock (fd, LOCK_EX);
  ok = write_schema (tmp, error);
  if (ok && fsync (fd) != 0)
    {
      set_create_error (error, path, errno);
      ok = FALSE;
    }
  ok = ok && _sitrep_store_link_new (tmp, path, error);
  if (!ok)
    g_unlink (tmp);
  close (fd);
  return ok;
}

/* sitrep-store-open.c — what opening a project checks first: its header, and the private copy
 * a read-only opening reads when the last commits are not in the file yet
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sitrep-store-private.h"
#include "sitrep-store.h"

/**
 * _sitrep_store_check_header:
 * @recovered: @path is a private copy brought up to its last commit
 *
 * Checks the 100-byte SQLite header without letting SQLite touch the file.
 */
gboolean
_sitrep_store_check_header (const char  *path,
                            gboolean     recovered,
                            int         *user_version,
                            GError     **error)
{
  g_autofree char *name = g_path_get_basename (path);
  guint8 header[100];
  gssize n;
  int fd;
  guint32 app_id;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;
      if (saved == ENOENT)
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                     _("“%s” does not exist."), name);
      else
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_IO,
                     _("Could not open “%s”: %s"), name, g_strerror (saved));
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);

  /* an empty file with a journal beside it: a creation by an older Sitrep
   * stopped before its first write */
  if (n == 0 && !recovered)
    {
      g_autofree char *journal = g_strconcat (path, "-journal", NULL);

      recovered = g_file_test (journal, G_FILE_TEST_IS_REGULAR);
    }

  if (recovered && (n < (gssize) sizeof header || memcmp (header, "SQLite format 3", 16) != 0 ||
                    (header[60] | header[61] | header[62] | header[63]) == 0))
    {
      /* a rollback journal undid everything: a creation that was cut short */
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_CORRUPT,
                   _("“%s” was left unfinished when it was created (Sitrep was stopped while "
                     "making it); nothing was saved in it. Delete it and create the project again."),
                   name);
      return FALSE;
    }
  if (n < (gssize) sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_A_PROJECT,
                   _("“%s” is not a Sitrep project."), name);
      return FALSE;
    }

  app_id = ((guint32) header[68] << 24) | ((guint32) header[69] << 16) |
           ((guint32) header[70] << 8) | header[71];
  if (app_id != SITREP_STORE_APPLICATION_ID)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_A_PROJECT,
                   _("“%s” is a database, but not a Sitrep project."), name);
      return FALSE;
    }

  *user_version = (int) (((guint32) header[60] << 24) | ((guint32) header[61] << 16) |
                         ((guint32) header[62] << 8) | header[63]);
  if (*user_version > SITREP_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_SCHEMA_TOO_NEW,
                   _("“%s” was made by a newer Sitrep (project format %d); this version "
                     "reads up to format %d. Update Sitrep to open it."),
                   name, *user_version, SITREP_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  if (*user_version < 1)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_CORRUPT,
                   _("“%s” is an incomplete Sitrep project (it has no tables)."), name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
side_file_has_data (const char *path,
                    const char *suffix)
{
  g_autofree char *side = g_strconcat (path, suffix, NULL);
  GStatBuf st;

  return g_stat (side, &st) == 0 && S_ISREG (st.st_mode) && st.st_size > 0;
}

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GFile) src = g_file_new_for_path (from);
  g_autoptr(GFile) dst = g_file_new_for_path (to);

  return g_file_copy (src, dst, G_FILE_COPY_NOFOLLOW_SYMLINKS | G_FILE_COPY_TARGET_DEFAULT_PERMS,
                      NULL, NULL, NULL, error);
}

/* SQLite replays the WAL or rolls the journal back in the copy, and folds
 * it all into the copy's main file. The checkpoint copies pages without
 * reading them, so it works on a damaged file too. */
static gboolean
recover_copy (const char  *copy,
              GError     **error)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (copy, &db, SQLITE_OPEN_READWRITE, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_exec (db, "SELECT count(*) FROM sqlite_master;", NULL, NULL, NULL);
      rc = sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE);", NULL, NULL, NULL);
    }
  if (rc != SQLITE_OK)
    _sitrep_store_set_sqlite_error (error, db, rc, _("The project could not be read."));
  sqlite3_close_v2 (db);
  return rc == SQLITE_OK;
}

/**
 * _sitrep_store_copy_recovered:
 * @dir: (out): the private folder holding the copy, to remove after use
 *
 * Copies the project with its WAL and rollback journal, if any, into a new
 * private folder and lets SQLite bring the copy up to its last commit.
 * Returns: (transfer full): the copy's path, or %NULL with @error set.
 */
char *
_sitrep_store_copy_recovered (const char  *path,
                              char       **dir,
                              GError     **error)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GError) local = NULL;
  g_autofree char *copy = NULL;

  *dir = g_dir_make_tmp ("sitrep-private-XXXXXX", &local);
  if (*dir == NULL)
    goto failed;
  copy = g_build_filename (*dir, base, NULL);
  if (!copy_file (path, copy, &local))
    goto failed;
  for (guint i = 0; i < 2; i++)
    {
      const char *suffix = i == 0 ? "-wal" : "-journal";
      g_autofree char *from = g_strconcat (path, suffix, NULL);
      g_autofree char *to = g_strconcat (copy, suffix, NULL);

      if (side_file_has_data (path, suffix) && !copy_file (from, to, &local))
        goto failed;
    }
  if (!recover_copy (copy, error))
    return NULL;
  return g_steal_pointer (&copy);

failed:
  g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_IO,
               _("“%s” has changes not yet folded into the file, and they could not be read "
                 "from a private copy: %s"), base, local->message);
  return NULL;
}

/**
 * _sitrep_store_open_private_copy:
 * @path: (inout): the project; on return the file to open
 *
 * A project opened read-only whose last commits are still in its WAL, in
 * a place where SQLite cannot open the WAL (a read-only folder or mount),
 * or with a rollback journal left by a creation cut short, is read from a
 * private copy with those brought in; the project itself is not touched.
 * Leaves @path alone when none of this applies.
 */
gboolean
_sitrep_store_open_private_copy (SitrepStore  *self,
                                 const char  **path,
                                 GError      **error)
{
  g_autofree char *dir = g_path_get_dirname (*path);
  gboolean unwritable = g_access (*path, W_OK) != 0 || g_access (dir, W_OK) != 0;

  if (!side_file_has_data (*path, "-journal") && !(side_file_has_data (*path, "-wal") && unwritable))
    return TRUE;
  self->private_path = _sitrep_store_copy_recovered (*path, &self->private_dir, error);
  if (self->private_path == NULL)
    return FALSE;
  *path = self->private_path;
  return TRUE;
}

/* Sitrep keeps its projects in WAL mode, so a rollback journal beside one
 * was left by a creation cut short (older versions wrote the schema in
 * place). Opened for writing, SQLite would roll it back into a file
 * without tables, which would then read as "not a Sitrep project": the
 * outcome is looked at in a private copy first, so the message says what
 * happened and the file stays as it was. */
gboolean
_sitrep_store_check_journal (const char  *path,
                             GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *copy = NULL;
  gboolean ok;
  int version;

  if (!side_file_has_data (path, "-journal"))
    return TRUE;
  copy = _sitrep_store_copy_recovered (path, &dir, error);
  ok = copy != NULL && _sitrep_store_check_header (copy, TRUE, &version, error);
  _sitrep_store_remove_private_dir (dir);
  return ok;
}

/* Removes a folder made by _sitrep_store_copy_recovered () and its files. */
void
_sitrep_store_remove_private_dir (const char *dir)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  if (dir == NULL)
    return;
  d = g_dir_open (dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (dir);
}

void
_sitrep_store_drop_private_copy (SitrepStore *self)
{
  _sitrep_store_remove_private_dir (self->private_dir);
  g_clear_pointer (&self->private_dir, g_free);
  g_clear_pointer (&self->private_path, g_free);
}

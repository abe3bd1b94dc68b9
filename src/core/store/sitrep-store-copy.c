/* sitrep-store-copy.c — a copy of a project for one coder to work on apart
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sitrep-io.h"
#include "sitrep-merge.h"
#include "sitrep-store-private.h"

gboolean
sitrep_store_save_coder_copy (SitrepStore  *self,
                              const char   *path,
                              const char   *annotator,
                              gboolean      blind,
                              GError      **error)
{
  g_autoptr(SitrepAtomicFile) file = NULL;
  g_autoptr(GError) local = NULL;
  const char *tmp;
  sqlite3 *db, *copy = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” already exists; choose a new name for the coder’s copy."), path);
      return FALSE;
    }
  /* Built in a new file beside the target (O_EXCL: never through a planted
   * link, never a file of the user's) and renamed, so a failed copy leaves
   * nothing. */
  file = sitrep_atomic_file_new_named (path, &local);
  if (file == NULL)
    {
      g_set_error (error, local->domain, local->code, "%s %s",
                   _("The coder’s copy could not be written."), local->message);
      return FALSE;
    }
  tmp = sitrep_atomic_file_get_temp_path (file);

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return FALSE;
  rc = sqlite3_prepare_v2 (db, "VACUUM INTO ?1", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, tmp, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
    }
  if (rc != SQLITE_DONE && rc != SQLITE_OK)
    _sitrep_store_set_sqlite_error (error, db, rc, _("The coder’s copy could not be written."));
  sqlite3_finalize (stmt);
  _sitrep_store_unlock (self);
  if (rc != SQLITE_DONE && rc != SQLITE_OK)
    goto out;

  rc = sqlite3_open_v2 (tmp, &copy, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      _sitrep_store_set_sqlite_error (error, copy, rc, _("The coder’s copy could not be opened."));
      goto out;
    }
  if (!_sitrep_store_exec (copy, "PRAGMA foreign_keys = ON; BEGIN;", error) ||
      !_sitrep_store_exec (copy, "DELETE FROM journal;", error))
    goto out;
  if (blind)
    {
      rc = sqlite3_prepare_v2 (copy,
                               "DELETE FROM annotations WHERE annotator_id IS NULL OR annotator_id NOT IN "
                               "(SELECT id FROM annotators WHERE name = ?1)", -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        {
          sqlite3_bind_text (stmt, 1, annotator != NULL ? annotator : "", -1, SQLITE_TRANSIENT);
          rc = sqlite3_step (stmt);
        }
      sqlite3_finalize (stmt);
      stmt = NULL;
      /* Nor other coders' events (those of no known coder, as imported
       * datasets and projects older than schema 9 have, stay). */
      if (rc == SQLITE_DONE)
        rc = sqlite3_prepare_v2 (copy,
                                 "DELETE FROM events WHERE coder_id IS NOT NULL AND coder_id NOT IN "
                                 "(SELECT id FROM annotators WHERE name = ?1)", -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        {
          sqlite3_bind_text (stmt, 1, annotator != NULL ? annotator : "", -1, SQLITE_TRANSIENT);
          rc = sqlite3_step (stmt);
        }
      sqlite3_finalize (stmt);
      stmt = NULL;
      if (rc != SQLITE_DONE)
        {
          _sitrep_store_set_sqlite_error (error, copy, rc, _("The coder’s copy could not be written."));
          goto out;
        }
    }
  if (!_sitrep_store_exec (copy, "COMMIT;", error))
    goto out;
  sqlite3_close (copy);
  copy = NULL;

  if (!sitrep_atomic_file_commit (g_steal_pointer (&file), error))
    goto out;
  ok = TRUE;

out:
  if (copy != NULL)
    sqlite3_close (copy);
  return ok;
}

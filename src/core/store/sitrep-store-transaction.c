/* sitrep-store-transaction.c — transactions: an edit's own, a unit's savepoints, and a bulk
 * write's, which the owner's edits do not wait on
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sitrep-store-private.h"

/* The store whose signals @self emits: @self, or the owner of a worker. */
static SitrepStore *
root_store (SitrepStore *self)
{
  while (self->owner != NULL)
    self = self->owner;
  return self;
}

/* A worker's transaction ends: the owner's edits no longer wait on it. */
void
_sitrep_store_end_bulk_write (SitrepStore *self)
{
  if (!self->in_bulk_write)
    return;
  self->in_bulk_write = FALSE;
  g_atomic_int_dec_and_test (&root_store (self)->bulk_writes);
}

gboolean
_sitrep_store_begin (SitrepStore  *self,
                     GError      **error)
{
  if (self->unit_depth > 0)
    return _sitrep_store_exec (self->db, "SAVEPOINT sitrep_edit;", error);
  /* A bulk write (an import of thousands of rows) holds SQLite's write lock for its whole
   * run: an edit would wait for it and then fail as if another program held the file.
   * Say at once what is going on instead. */
  if (self->owner == NULL && g_atomic_int_get (&self->bulk_writes) > 0)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_BUSY,
                   _("Sitrep is still importing into this project, so this change was not "
                     "saved. Make it again when the import has finished."));
      return FALSE;
    }
  if (!_sitrep_store_exec (self->db, "BEGIN IMMEDIATE;", error))
    return FALSE;
  if (self->owner != NULL && !self->in_bulk_write)
    {
      self->in_bulk_write = TRUE;
      g_atomic_int_inc (&root_store (self)->bulk_writes);
    }
  return TRUE;
}

gboolean
_sitrep_store_commit (SitrepStore  *self,
                      GError      **error)
{
  if (self->unit_depth > 0)
    {
      if (_sitrep_store_exec (self->db, "RELEASE sitrep_edit;", error))
        return TRUE;
      _sitrep_store_rollback (self);
      return FALSE;
    }
  if (!_sitrep_store_exec (self->db, "COMMIT;", error))
    {
      sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
      _sitrep_store_end_bulk_write (self);
      return FALSE;
    }
  _sitrep_store_end_bulk_write (self);
  return TRUE;
}

void
_sitrep_store_rollback (SitrepStore *self)
{
  if (self->unit_depth > 0)
    sqlite3_exec (self->db, "ROLLBACK TO sitrep_edit; RELEASE sitrep_edit;", NULL, NULL, NULL);
  else
    {
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
      _sitrep_store_end_bulk_write (self);
    }
}

/* sitrep-store-edit.c — one user edit: lock, transaction, journal entry, signals
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include "sitrep-store-private.h"

/**
 * _sitrep_edit_begin:
 * @kind: the journal's name for this kind of edit ("annotation-add", "event")
 * @description: what Undo will say
 *
 * Takes the store's lock and opens the transaction and journal entry of one
 * edit. On success the caller must end it with _sitrep_edit_end ().
 */
gboolean
_sitrep_edit_begin (SitrepEdit   *edit,
                    SitrepStore  *store,
                    const char   *kind,
                    const char   *description,
                    GError      **error)
{
  edit->store = store;
  edit->journal = NULL;
  edit->db = NULL;
  if (!_sitrep_store_check_writable (store, error))
    return FALSE;
  edit->db = _sitrep_store_lock (store, error);
  if (edit->db == NULL)
    return FALSE;
  if (!_sitrep_store_begin (store, error))
    {
      _sitrep_store_unlock (store);
      return FALSE;
    }
  edit->journal = _sitrep_journal_begin (store, kind, description);
  return TRUE;
}

/**
 * _sitrep_edit_end:
 * @ok: whether every step of the edit succeeded
 * @signal: (nullable): a store signal to emit after the commit, with @id
 *
 * Records the journal entry and commits when @ok, else rolls everything back.
 * Views hear of the change only once it is committed.
 */
gboolean
_sitrep_edit_end (SitrepEdit  *edit,
                  gboolean     ok,
                  const char  *signal,
                  gint64       id,
                  GError     **error)
{
  if (ok)
    ok = _sitrep_journal_finish (edit->journal, edit->db, _sitrep_store_get_session (edit->store),
                                 error) &&
         _sitrep_store_commit (edit->store, error);
  if (!ok)
    _sitrep_store_rollback (edit->store);
  _sitrep_store_unlock (edit->store);
  if (ok)
    {
      g_autoptr(SitrepChangeSet) changes = _sitrep_journal_steal_changes (edit->journal);

      _sitrep_store_emit_changes (edit->store, changes);
    }
  g_clear_pointer (&edit->journal, _sitrep_journal_free);
  if (ok)
    {
      if (signal != NULL)
        _sitrep_store_emit (edit->store, signal, id);
      _sitrep_store_emit (edit->store, "history-changed", 0);
    }
  return ok;
}

/* Records a row's image before the edit changes it. */
gboolean
_sitrep_edit_touch (SitrepEdit  *edit,
                    const char  *table,
                    gint64       id,
                    GError     **error)
{
  return _sitrep_journal_touch (edit->journal, edit->db, table, id, error);
}

/* Runs a write statement to its end and resets it; @what is the sentence
 * the error begins with ("The label could not be saved."). */
gboolean
_sitrep_store_step_done (sqlite3       *db,
                         sqlite3_stmt  *stmt,
                         const char    *what,
                         GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, what);
      return FALSE;
    }
  return TRUE;
}

gboolean
_sitrep_store_unit_begin (SitrepStore  *self,
                          GError      **error)
{
  if (!_sitrep_store_check_writable (self, error) || _sitrep_store_lock (self, error) == NULL)
    return FALSE;
  if (self->unit_depth == 0 && !_sitrep_store_exec (self->db, "BEGIN IMMEDIATE;", error))
    {
      _sitrep_store_unlock (self);
      return FALSE;
    }
  self->unit_depth++;
  return TRUE;
}

gboolean
_sitrep_store_unit_end (SitrepStore  *self,
                        gboolean      keep,
                        GError      **error)
{
  gboolean ok = TRUE;
  gboolean outermost;

  g_return_val_if_fail (self->unit_depth > 0, FALSE);

  outermost = --self->unit_depth == 0;
  if (outermost)
    {
      if (keep)
        ok = _sitrep_store_exec (self->db, "COMMIT;", error);
      if (!keep || !ok)
        sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
    }
  _sitrep_store_unlock (self);
  if (outermost)
    _sitrep_store_release_held (self, ok && keep);
  return ok && keep;
}

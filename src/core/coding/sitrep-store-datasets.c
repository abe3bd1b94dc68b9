/* sitrep-store-datasets.c — the store's reads and writes for datasets made by teams
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sitrep-store-private.h"
#include "sitrep-store-datasets.h"

GArray *
sitrep_store_list_span_rows (SitrepStore  *self,
                             GError      **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (SitrepSpanRow));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  if (_sitrep_store_lock (self, error) == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self,
                                  "SELECT article_id, label_id, coalesce (annotator_id, 0), start, \"end\" "
                                  "FROM annotations ORDER BY article_id, start, \"end\" DESC, id", error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SitrepSpanRow row = {
        sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2),
        (guint) sqlite3_column_int64 (stmt, 3), (guint) sqlite3_column_int64 (stmt, 4),
      };
      g_array_append_val (rows, row);
    }
  if (rc != SQLITE_DONE)
    _sitrep_store_set_sqlite_error (error, sqlite3_db_handle (stmt), rc, _("The annotations could not be read."));
  sqlite3_reset (stmt);
  _sitrep_store_unlock (self);

  return rc == SQLITE_DONE ? g_steal_pointer (&rows) : NULL;
}

gboolean
sitrep_store_foreach_annotated_text (SitrepStore           *self,
                                     SitrepArticleTextFunc  func,
                                     gpointer               user_data,
                                     GCancellable          *cancellable,
                                     GError               **error)
{
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (_sitrep_store_lock (self, error) == NULL)
    return FALSE;
  stmt = _sitrep_store_statement (self,
                                  "SELECT a.id, coalesce (a.title, ''), t.body FROM articles a "
                                  "JOIN article_texts t ON t.article_id = a.id "
                                  "WHERE a.id IN (SELECT article_id FROM annotations) ORDER BY a.id", error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return FALSE;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !func (sqlite3_column_int64 (stmt, 0), (const char *) sqlite3_column_text (stmt, 1),
                 (const char *) sqlite3_column_text (stmt, 2), user_data))
        {
          ok = FALSE;
          break;
        }
    }
  if (ok && rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, sqlite3_db_handle (stmt), rc, _("The articles could not be read."));
      ok = FALSE;
    }
  sqlite3_reset (stmt);
  _sitrep_store_unlock (self);

  return ok;
}

gboolean
sitrep_store_add_adjudication_rejection (SitrepStore  *self,
                                         gint64        article_id,
                                         guint         start,
                                         guint         end,
                                         GError      **error)
{
  SitrepEdit edit;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (end > start, FALSE);

  if (!_sitrep_edit_begin (&edit, self, "adjudication-reject", _("Reject Every Version"), error))
    return FALSE;
  stmt = _sitrep_store_statement (self, "INSERT OR IGNORE INTO adjudication_rejections (article_id, start, \"end\") "
                                        "VALUES (?1, ?2, ?3)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, article_id);
      sqlite3_bind_int64 (stmt, 2, start);
      sqlite3_bind_int64 (stmt, 3, end);
      ok = _sitrep_store_step_done (edit.db, stmt, _("The adjudication decision could not be saved."), error);
      if (ok && sqlite3_changes (edit.db) > 0)
        _sitrep_journal_touch_new (edit.journal, "adjudication_rejections", sqlite3_last_insert_rowid (edit.db));
    }
  return _sitrep_edit_end (&edit, ok, NULL, 0, error);
}

GArray *
sitrep_store_list_adjudication_rejections (SitrepStore  *self,
                                           gint64        article_id,
                                           GError      **error)
{
  g_autoptr(GArray) stretches = g_array_new (FALSE, FALSE, sizeof (SitrepStretch));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  if (_sitrep_store_lock (self, error) == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self, "SELECT start, \"end\" FROM adjudication_rejections "
                                        "WHERE article_id = ?1 ORDER BY start, \"end\"", error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, article_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SitrepStretch s = { (guint) sqlite3_column_int64 (stmt, 0), (guint) sqlite3_column_int64 (stmt, 1) };
      g_array_append_val (stretches, s);
    }
  if (rc != SQLITE_DONE)
    _sitrep_store_set_sqlite_error (error, sqlite3_db_handle (stmt), rc, _("The adjudication decisions could not be read."));
  sqlite3_reset (stmt);
  _sitrep_store_unlock (self);

  return rc == SQLITE_DONE ? g_steal_pointer (&stretches) : NULL;
}

/* ---------------------------------------------------------------- who coded an event (schema 9) */

static SitrepStore *
root_store (SitrepStore *self)
{
  while (self->owner != NULL)
    self = self->owner;
  return self;
}

void
sitrep_store_set_event_coder_default (SitrepStore *self,
                                      gint64       annotator_id)
{
  g_return_if_fail (SITREP_IS_STORE (self));

  g_object_set_data (G_OBJECT (root_store (self)), "sitrep-event-coder", GSIZE_TO_POINTER ((gsize) annotator_id));
}

gint64
sitrep_store_get_event_coder_default (SitrepStore *self)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  return (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (root_store (self)), "sitrep-event-coder"));
}

/* Inside an edit of the events row @event_id (sitrep-store-events.c). */
gboolean
_sitrep_store_write_event_coder (SitrepStore  *self,
                                 sqlite3      *db,
                                 gint64        event_id,
                                 gint64        annotator_id,
                                 GError      **error)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "UPDATE events SET coder_id = ?2 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  if (annotator_id > 0)
    sqlite3_bind_int64 (stmt, 2, annotator_id);
  else
    sqlite3_bind_null (stmt, 2);
  return _sitrep_store_step_done (db, stmt, _("Who coded the event could not be saved."), error);
}

gboolean
sitrep_store_set_event_coder (SitrepStore  *self,
                              gint64        event_id,
                              gint64        annotator_id,
                              GError      **error)
{
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (!_sitrep_edit_begin (&edit, self, "event", _("Set Who Coded the Event"), error))
    return FALSE;
  ok = _sitrep_edit_touch (&edit, "events", event_id, error) &&
       _sitrep_store_write_event_coder (self, edit.db, event_id, annotator_id, error);
  return _sitrep_edit_end (&edit, ok, "events-changed", event_id, error);
}

gint64
sitrep_store_get_event_coder (SitrepStore  *self,
                              gint64        event_id,
                              char        **name,
                              GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), -1);

  if (name != NULL)
    *name = NULL;
  if (_sitrep_store_lock (self, error) == NULL)
    return -1;
  stmt = _sitrep_store_statement (self, "SELECT coalesce (e.coder_id, 0), a.name FROM events e "
                                        "LEFT JOIN annotators a ON a.id = e.coder_id WHERE e.id = ?1", error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return -1;
    }
  sqlite3_bind_int64 (stmt, 1, event_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      if (name != NULL && sqlite3_column_text (stmt, 1) != NULL)
        *name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  else if (rc == SQLITE_DONE)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                   _("There is no event %lld in this project."), (long long) event_id);
      id = -1;
    }
  else
    {
      _sitrep_store_set_sqlite_error (error, sqlite3_db_handle (stmt), rc, _("The events could not be read."));
      id = -1;
    }
  sqlite3_reset (stmt);
  _sitrep_store_unlock (self);

  return id;
}

GArray *
sitrep_store_list_event_codings (SitrepStore  *self,
                                 gint64        article_id,
                                 GError      **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (SitrepEventCoding));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  if (_sitrep_store_lock (self, error) == NULL)
    return NULL;
  /* An event belongs to the articles its evidence and its claims come from. */
  stmt = _sitrep_store_statement (self,
                                  "SELECT DISTINCT l.article_id, e.id, coalesce (e.coder_id, 0) FROM events e JOIN "
                                  "(SELECT event_id, article_id FROM event_evidence UNION "
                                  " SELECT event_id, article_id FROM claims WHERE article_id IS NOT NULL) l "
                                  "ON l.event_id = e.id WHERE ?1 = 0 OR l.article_id = ?1 "
                                  "ORDER BY l.article_id, e.coder_id, e.date_start, e.id", error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, article_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SitrepEventCoding row = {
        sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2),
      };
      g_array_append_val (rows, row);
    }
  if (rc != SQLITE_DONE)
    _sitrep_store_set_sqlite_error (error, sqlite3_db_handle (stmt), rc, _("The events could not be read."));
  sqlite3_reset (stmt);
  _sitrep_store_unlock (self);

  return rc == SQLITE_DONE ? g_steal_pointer (&rows) : NULL;
}

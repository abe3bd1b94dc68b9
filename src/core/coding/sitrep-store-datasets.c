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

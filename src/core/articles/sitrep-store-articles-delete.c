/* sitrep-store-articles-delete.c — articles: deleting them with what goes with them
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sitrep-store-private.h"
#include "sitrep-store.h"

/* Deletes one article inside the caller's transaction, noting what goes
 * with it: its annotations and its evidence for events. */
static gboolean
delete_one_locked (SitrepStore      *self,
                   gint64            id,
                   SitrepChangeSet  *changes,
                   GError          **error)
{
  g_autoptr(GArray) annotations = NULL;
  g_autoptr(GArray) events = NULL;
  sqlite3_stmt *stmt;
  int rc;

  annotations = _sitrep_store_select_ids (self, "SELECT id FROM annotations WHERE article_id = ?1",
                                          id, error);
  if (annotations == NULL)
    return FALSE;
  events = _sitrep_store_select_ids (self, "SELECT DISTINCT event_id FROM event_evidence"
                                           " WHERE article_id = ?1", id, error);
  if (events == NULL)
    return FALSE;

  stmt = _sitrep_store_statement (self,
                        "INSERT INTO articles_fts (articles_fts, rowid, title, body)"
                        " SELECT 'delete', a.id, a.title, t.body FROM articles a"
                        " JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The search index could not be updated."));
      return FALSE;
    }

  stmt = _sitrep_store_statement (self, "DELETE FROM articles WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!_sitrep_store_run_article_update (self, stmt, id, error))
    return FALSE;

  _sitrep_change_set_add (changes, SITREP_STORE_CHANGE_ARTICLE, SITREP_STORE_CHANGE_REMOVED, id, 0);
  for (guint i = 0; i < annotations->len; i++)
    _sitrep_change_set_add (changes, SITREP_STORE_CHANGE_ANNOTATION, SITREP_STORE_CHANGE_REMOVED,
                            g_array_index (annotations, gint64, i), id);
  for (guint i = 0; i < events->len; i++)
    _sitrep_change_set_add (changes, SITREP_STORE_CHANGE_EVENT, SITREP_STORE_CHANGE_CHANGED,
                            g_array_index (events, gint64, i), 0);
  return TRUE;
}

/**
 * sitrep_store_delete_articles:
 * @ids: (array length=n_ids): the articles
 *
 * Deletes the articles with their annotations and their evidence for
 * events, in one transaction: when one of them does not exist (NOT_FOUND)
 * or a write fails, none is deleted. Not undoable.
 */
gboolean
sitrep_store_delete_articles (SitrepStore   *self,
                              const gint64  *ids,
                              guint          n_ids,
                              GError       **error)
{
  g_autoptr(SitrepChangeSet) changes = _sitrep_change_set_new ();

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (n_ids == 0 || ids != NULL, FALSE);

  if (!_sitrep_store_check_writable (self, error))
    return FALSE;

  LOCK_OR_RETURN (FALSE);
  if (!_sitrep_store_begin (self, error))
    goto failed;
  for (guint i = 0; i < n_ids; i++)
    {
      if (!delete_one_locked (self, ids[i], changes, error))
        goto failed;
    }
  if (!_sitrep_store_commit (self, error))
    goto failed;
  UNLOCK ();

  if (n_ids == 0)
    return TRUE;
  _sitrep_store_emit_changes (self, changes);
  _sitrep_store_emit (self, "articles-changed", 0);
  _sitrep_store_emit (self, "events-changed", 0);
  return TRUE;

failed:
  _sitrep_store_rollback (self);
  UNLOCK ();
  return FALSE;
}

gboolean
sitrep_store_delete_article (SitrepStore  *self,
                             gint64        id,
                             GError      **error)
{
  return sitrep_store_delete_articles (self, &id, 1, error);
}

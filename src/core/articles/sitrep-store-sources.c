/* sitrep-store-sources.c — outlets: two spellings of one outlet merged into one
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sitrep-store-private.h"
#include "sitrep-store.h"

static gint64
source_id (SitrepStore  *self,
           const char   *name,
           GError      **error)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "SELECT id FROM sources WHERE name = ?1", error);
  gint64 id = 0;

  if (stmt == NULL)
    return -1;
  _sitrep_store_bind_text (stmt, 1, name);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id == 0)
    g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                 _("No source called “%s” in the project."), name);
  return id;
}

static gboolean
run_with_ids (SitrepStore  *self,
              sqlite3      *db,
              const char   *sql,
              gint64        keep,
              gint64        merge,
              GError      **error)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, keep);
  sqlite3_bind_int64 (stmt, 2, merge);
  return _sitrep_store_step_done (db, stmt, _("The sources could not be merged."), error);
}

/**
 * sitrep_store_merge_sources:
 * @keep: the spelling that stays ("SouthFront")
 * @merge: the spelling that goes ("South Front")
 * @n_moved: (out) (optional): how many articles moved to @keep
 *
 * Gives every article of @merge the source @keep, fills what @keep does
 * not know (domain, notes, reliability) from @merge and removes @merge, as
 * one undoable edit.
 */
gboolean
sitrep_store_merge_sources (SitrepStore  *self,
                            const char   *keep,
                            const char   *merge,
                            guint        *n_moved,
                            GError      **error)
{
  g_autoptr(GArray) articles = NULL;
  g_autofree char *what = NULL;
  gint64 keep_id, merge_id;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (keep != NULL && merge != NULL, FALSE);

  if (n_moved != NULL)
    *n_moved = 0;
  what = g_strdup_printf (_("Merge “%s” into “%s”"), merge, keep);
  if (!_sitrep_edit_begin (&edit, self, "source-merge", what, error))
    return FALSE;
  keep_id = source_id (self, keep, error);
  merge_id = keep_id > 0 ? source_id (self, merge, error) : -1;
  ok = keep_id > 0 && merge_id > 0;
  if (ok && keep_id == merge_id)
    ok = _sitrep_store_invalid (error, _("“%s” and “%s” are already one source."), keep, merge);
  if (ok)
    {
      articles = _sitrep_store_select_ids (self, "SELECT id FROM articles WHERE source_id = ?1", merge_id, error);
      ok = articles != NULL && _sitrep_store_touch_all (&edit, "articles", articles, error) &&
           _sitrep_edit_touch (&edit, "sources", keep_id, error) &&
           _sitrep_edit_touch (&edit, "sources", merge_id, error);
    }
  ok = ok && run_with_ids (self, edit.db, "UPDATE articles SET source_id = ?1 WHERE source_id = ?2",
                           keep_id, merge_id, error);
  ok = ok && run_with_ids (self, edit.db,
                           "UPDATE sources SET"
                           " domain = coalesce (domain, (SELECT domain FROM sources WHERE id = ?2)),"
                           " notes = coalesce (notes, (SELECT notes FROM sources WHERE id = ?2)),"
                           " reliability = coalesce (reliability, (SELECT reliability FROM sources WHERE id = ?2))"
                           " WHERE id = ?1", keep_id, merge_id, error);
  ok = ok && run_with_ids (self, edit.db, "DELETE FROM sources WHERE id = ?2 AND ?1 != ?2", keep_id, merge_id,
                           error);
  if (!_sitrep_edit_end (&edit, ok, "articles-changed", 0, error))
    return FALSE;

  if (n_moved != NULL)
    *n_moved = articles->len;
  return TRUE;
}

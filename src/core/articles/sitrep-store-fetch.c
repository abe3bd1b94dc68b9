/* sitrep-store-fetch.c — the project's questions about fetched pages
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sitrep-fetch.h"
#include "sitrep-import-private.h"
#include "sitrep-store-private.h"

gint64
sitrep_store_find_article_by_url (SitrepStore *self,
                                  const char  *url)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  if (url == NULL || url[0] == '\0' || _sitrep_store_lock (self, NULL) == NULL)
    return 0;
  stmt = _sitrep_store_statement (self, "SELECT id FROM articles WHERE url = ?1 ORDER BY id LIMIT 1", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, url, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
  _sitrep_store_unlock (self);
  return id;
}

gboolean
sitrep_store_get_article_archive (SitrepStore  *self,
                                  gint64        id,
                                  char        **archive_url,
                                  char        **captured)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (archive_url != NULL)
    *archive_url = NULL;
  if (captured != NULL)
    *captured = NULL;
  if (_sitrep_store_lock (self, NULL) == NULL)
    return FALSE;
  stmt = _sitrep_store_statement (self, "SELECT archive_url, captured_at FROM article_archives WHERE article_id = ?1",
                                  NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          found = TRUE;
          if (archive_url != NULL)
            *archive_url = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          if (captured != NULL)
            *captured = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
        }
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
  _sitrep_store_unlock (self);
  return found;
}

/* Where an article fetched from a web archive came from, in the transaction
 * that adds the article (the store is locked). */
gboolean
_sitrep_store_insert_archive (SitrepStore               *self,
                              gint64                     id,
                              const SitrepImportRecord  *record,
                              GError                   **error)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "INSERT INTO article_archives (article_id, archive_url,"
                                                " captured_at) VALUES (?1, ?2, ?3)", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  _sitrep_store_bind_text (stmt, 2, record->archive_url);
  _sitrep_store_bind_text (stmt, 3, record->captured);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The archived page’s address could not be saved."));
      if (error != NULL && *error != NULL)
        (*error)->code = SITREP_STORE_ERROR_IO;
      return FALSE;
    }
  return TRUE;
}

/* sitrep-store-journal-cache.c — what one undo or redo prepares once: statements and the columns of each table
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include "sitrep-store-private.h"

/* What one undo or redo prepares once for its hundreds of rows (undoing
 * "Place events" on the demo restores 555): each statement, and each
 * table's columns, instead of a statement and a schema query per row and
 * per column. */
struct _SitrepJournalCache
{
  GHashTable *statements;   /* SQL → sqlite3_stmt */
  GHashTable *columns;      /* table → set of its column names */
};

SitrepJournalCache *
_sitrep_journal_cache_new (void)
{
  SitrepJournalCache *cache = g_new0 (SitrepJournalCache, 1);

  cache->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) sqlite3_finalize);
  cache->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_hash_table_unref);
  return cache;
}

void
_sitrep_journal_cache_free (SitrepJournalCache *cache)
{
  if (cache == NULL)
    return;
  g_hash_table_unref (cache->statements);
  g_hash_table_unref (cache->columns);
  g_free (cache);
}

/* A statement for @sql, from @cache (NULL: prepared for this use only);
 * give it back with _sitrep_journal_release (). */
int
_sitrep_journal_prepare (sqlite3             *db,
                         SitrepJournalCache  *cache,
                         const char          *sql,
                         sqlite3_stmt       **stmt)
{
  int rc;

  if (cache != NULL && (*stmt = g_hash_table_lookup (cache->statements, sql)) != NULL)
    return SQLITE_OK;
  *stmt = NULL;
  rc = sqlite3_prepare_v2 (db, sql, -1, stmt, NULL);
  if (rc == SQLITE_OK && cache != NULL)
    g_hash_table_insert (cache->statements, g_strdup (sql), *stmt);
  return rc;
}

void
_sitrep_journal_release (SitrepJournalCache *cache,
                         sqlite3_stmt       *stmt)
{
  if (stmt == NULL)
    return;
  if (cache == NULL)
    {
      sqlite3_finalize (stmt);
      return;
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

gboolean
_sitrep_journal_has_column (sqlite3            *db,
                            SitrepJournalCache *cache,
                            const char         *table,
                            const char         *column)
{
  GHashTable *columns = g_hash_table_lookup (cache->columns, table);
  sqlite3_stmt *stmt = NULL;

  if (columns != NULL)
    return g_hash_table_contains (columns, column);
  if (sqlite3_prepare_v2 (db, "SELECT name FROM pragma_table_info (?1)", -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_hash_table_insert (cache->columns, g_strdup (table), columns);

  return g_hash_table_contains (columns, column);
}

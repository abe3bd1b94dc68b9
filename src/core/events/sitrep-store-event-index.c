/* sitrep-store-event-index.c — the light query behind SitrepEventIndex
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sitrep-event-index.h"
#include "sitrep-event-private.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"
#include "sitrep-timeline.h"

/* An event without coordinates of its own takes its place entity's, as
 * everywhere else (README: the event falls back to its place). */
#define INDEX_COLUMNS \
  "SELECT e.id, coalesce (e.latitude, p.latitude), coalesce (e.longitude, p.longitude)," \
  " e.date_start, e.date_end, e.date_precision, coalesce (e.derived_fatalities, -1), e.event_type," \
  " (SELECT n.name FROM event_actors a JOIN entities n ON n.id = a.entity_id" \
  "   WHERE a.event_id = e.id AND a.role = 'actor1' ORDER BY a.position, a.id LIMIT 1)," \
  " coalesce (nullif (coalesce (p.admin1, e.admin1), ''), p.country, e.country), e.place_id," \
  " (SELECT a.entity_id FROM event_actors a WHERE a.event_id = e.id AND a.role = 'actor1'" \
  "   ORDER BY a.position, a.id LIMIT 1), e.external_source" \
  " FROM events e LEFT JOIN entities p ON p.id = e.place_id"

static const char *
column_interned (sqlite3_stmt *stmt,
                 int           i)
{
  const char *text = (const char *) sqlite3_column_text (stmt, i);

  return text != NULL && *text != '\0' ? g_intern_string (text) : NULL;
}

static void
report_row (sqlite3_stmt         *stmt,
            SitrepEventIndexFunc  func,
            gpointer              user_data)
{
  SitrepEventIndexEntry entry = { 0 };

  entry.id = sqlite3_column_int64 (stmt, 0);
  entry.latitude = sqlite3_column_type (stmt, 1) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 1);
  entry.longitude = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 2);
  if (isnan (entry.latitude) || isnan (entry.longitude))
    entry.latitude = entry.longitude = NAN;
  entry.date_precision = sqlite3_column_int (stmt, 5);
  if (!sitrep_timeline_extent ((const char *) sqlite3_column_text (stmt, 3),
                               (const char *) sqlite3_column_text (stmt, 4),
                               entry.date_precision, &entry.first, &entry.last))
    entry.first = entry.last = 0;
  entry.fatalities = sqlite3_column_int64 (stmt, 6);
  entry.event_type = column_interned (stmt, 7);
  entry.side = column_interned (stmt, 8);
  entry.region = column_interned (stmt, 9);
  entry.place_id = sqlite3_column_int64 (stmt, 10);
  entry.actor1_id = sqlite3_column_int64 (stmt, 11);
  entry.external_source = column_interned (stmt, 12);
  func (&entry, user_data);
}

gboolean
_sitrep_store_read_event_index (SitrepStore          *self,
                                const gint64         *ids,
                                guint                 n_ids,
                                SitrepEventIndexFunc  func,
                                gpointer              user_data,
                                GError              **error)
{
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc = SQLITE_DONE;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return FALSE;
  if (ids == NULL)
    {
      stmt = _sitrep_store_statement (self, INDEX_COLUMNS, error);
      while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        report_row (stmt, func, user_data);
      if (stmt != NULL)
        sqlite3_reset (stmt);
    }
  else
    {
      stmt = _sitrep_store_statement (self, INDEX_COLUMNS " WHERE e.id = ?1", error);
      for (guint i = 0; stmt != NULL && i < n_ids; i++)
        {
          sqlite3_bind_int64 (stmt, 1, ids[i]);
          rc = sqlite3_step (stmt);
          if (rc == SQLITE_ROW)
            {
              report_row (stmt, func, user_data);
              rc = SQLITE_DONE;
            }
          sqlite3_reset (stmt);
          if (rc != SQLITE_DONE)
            break;
        }
    }
  if (stmt != NULL && rc != SQLITE_DONE)
    _sitrep_store_set_sqlite_error (error, db, rc, _("The events could not be read."));
  _sitrep_store_unlock (self);

  return stmt != NULL && rc == SQLITE_DONE;
}

/* Reads every entry on a connection of its own (the project's, shared,
 * when it is read-only), so a worker thread does not hold the store's
 * lock while the window reads articles. Checks @cancellable every few
 * thousand rows. */
gboolean
_sitrep_store_read_event_index_apart (SitrepStore          *self,
                                      SitrepEventIndexFunc  func,
                                      gpointer              user_data,
                                      GCancellable         *cancellable,
                                      GError              **error)
{
  g_autoptr(SitrepStore) worker = NULL;
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc = SQLITE_DONE;
  guint n = 0;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  worker = _sitrep_store_open_worker (self, NULL);
  if (worker == NULL)
    worker = g_object_ref (self);
  db = _sitrep_store_lock (worker, error);
  if (db == NULL)
    return FALSE;
  stmt = _sitrep_store_statement (worker, INDEX_COLUMNS, error);
  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      report_row (stmt, func, user_data);
      if (++n % 4096 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        break;
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (stmt != NULL && rc != SQLITE_DONE && rc != SQLITE_ROW)
    _sitrep_store_set_sqlite_error (error, db, rc, _("The events could not be read."));
  _sitrep_store_unlock (worker);

  return stmt != NULL && rc == SQLITE_DONE;
}

/**
 * sitrep_store_query_event_ids_apart:
 *
 * As sitrep_store_query_event_ids(), on a connection of its own (the
 * store's when it cannot open one): for a worker thread, so that reading
 * 500,000 ids does not hold the store's connection the window reads with.
 */
GArray *
sitrep_store_query_event_ids_apart (SitrepStore             *self,
                                    const SitrepEventQuery  *query,
                                    GError                 **error)
{
  g_autoptr(SitrepStore) worker = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  worker = _sitrep_store_open_worker (self, NULL);
  if (worker == NULL)
    worker = g_object_ref (self);
  return sitrep_store_query_event_ids (worker, query, error);
}

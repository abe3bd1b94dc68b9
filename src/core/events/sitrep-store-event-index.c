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

/**
 * sitrep_store_query_events_naming:
 * @entities: places or actors
 * @limit: the most events wanted
 *
 * Returns: (transfer full) (nullable): the ids of the events whose place or
 * one of whose actors is one of @entities; NULL with no error when more
 * than @limit events name them or one of them is no longer in the project
 * (what named it cannot be told any more).
 */
GArray *
sitrep_store_query_events_naming (SitrepStore   *self,
                                  const gint64  *entities,
                                  guint          n_entities,
                                  guint          limit,
                                  GError       **error)
{
  g_autoptr(GString) json = g_string_new ("[");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  sqlite3 *db;
  gboolean all_there = FALSE;
  int rc = SQLITE_DONE;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);
  g_return_val_if_fail (entities != NULL || n_entities == 0, NULL);

  for (guint i = 0; i < n_entities; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", entities[i]);
  g_string_append_c (json, ']');

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self, "SELECT count (*) FROM entities"
                                        " WHERE id IN (SELECT value FROM json_each (?1))", error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, json->str, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      all_there = rc == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) == n_entities;
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      if (rc == SQLITE_ROW)
        rc = SQLITE_DONE;
    }
  if (stmt != NULL && all_there)
    stmt = _sitrep_store_statement (self, "SELECT id FROM events WHERE place_id IN (SELECT value FROM json_each (?1))"
                                          " UNION SELECT event_id FROM event_actors"
                                          " WHERE entity_id IN (SELECT value FROM json_each (?1)) LIMIT ?2", error);
  if (stmt != NULL && all_there)
    {
      sqlite3_bind_text (stmt, 1, json->str, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, (gint64) limit + 1);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (ids, id);
        }
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
  _sitrep_store_unlock (self);

  if (stmt == NULL)
    return NULL;
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("The events could not be read."));
      return NULL;
    }
  if (!all_there || ids->len > limit)
    return NULL;
  return g_steal_pointer (&ids);
}

/* ---------------------------------------------------------------- SQL functions */

/* sitrep_extent_first (start, end, precision), sitrep_extent_last (…): the
 * first and last day (ISO) an event's date may mean, as sitrep_timeline_extent
 * reads it; NULL for an undated event. */
static void
extent_function (sqlite3_context  *context,
                 int               argc,
                 sqlite3_value   **argv)
{
  const char *start = (const char *) sqlite3_value_text (argv[0]);
  const char *end = (const char *) sqlite3_value_text (argv[1]);
  int precision = sqlite3_value_int (argv[2]);
  gboolean last = GPOINTER_TO_INT (sqlite3_user_data (context));
  guint32 first_day, last_day;
  GDate date;
  char iso[16];

  if (!sitrep_timeline_extent (start, end, precision, &first_day, &last_day))
    {
      sqlite3_result_null (context);
      return;
    }
  g_date_clear (&date, 1);
  g_date_set_julian (&date, last ? last_day : first_day);
  g_snprintf (iso, sizeof iso, "%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
              g_date_get_day (&date));
  sqlite3_result_text (context, iso, -1, SQLITE_TRANSIENT);
}

gboolean
_sitrep_store_events_register_functions (sqlite3  *db,
                                         GError  **error)
{
  int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;

  int rc = sqlite3_create_function_v2 (db, "sitrep_extent_first", 3, flags, GINT_TO_POINTER (FALSE),
                                       extent_function, NULL, NULL, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2 (db, "sitrep_extent_last", 3, flags, GINT_TO_POINTER (TRUE),
                                     extent_function, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("The project could not be opened."));
      return FALSE;
    }

  return TRUE;
}

/* sitrep-store-gazetteer.c — gazetteer places loaded into a project
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-normalize.h"
#include "sitrep-store-private.h"
#include "sitrep-store-gazetteer.h"
#include "sitrep-geography-private.h"

/* A load goes first into these temporary tables (gone with the connection
 * if Sitrep is stopped) and into the project in one transaction at the end. */
#define STAGE_SQL \
  "CREATE TEMP TABLE IF NOT EXISTS stage_gazetteer_places (" \
  "  id INTEGER PRIMARY KEY, geonameid INTEGER NOT NULL, name TEXT NOT NULL, asciiname TEXT," \
  "  latitude REAL NOT NULL, longitude REAL NOT NULL, feature_class TEXT, feature_code TEXT," \
  "  country TEXT, admin1_code TEXT, admin1_name TEXT, population INTEGER NOT NULL DEFAULT 0," \
  "  source TEXT NOT NULL);" \
  "CREATE INDEX IF NOT EXISTS temp.stage_by_geonameid ON stage_gazetteer_places (geonameid);" \
  "CREATE TEMP TABLE IF NOT EXISTS stage_gazetteer_names (" \
  "  place_id INTEGER NOT NULL, name TEXT NOT NULL, normalized TEXT NOT NULL);"

static gboolean
add_name (SitrepStore  *self,
          sqlite3      *db,
          gboolean      staged,
          gint64        place_id,
          const char   *name,
          GHashTable   *seen,
          GError      **error)
{
  sqlite3_stmt *stmt;
  char *key;

  if (name == NULL || *name == '\0')
    return TRUE;
  key = sitrep_normalize_name (name);
  if (*key == '\0' || g_hash_table_contains (seen, key))
    {
      g_free (key);
      return TRUE;
    }
  g_hash_table_add (seen, key);

  stmt = _sitrep_store_statement (self, staged ?
                                  "INSERT INTO temp.stage_gazetteer_names (place_id, name, normalized) "
                                  "VALUES (?, ?, ?)" :
                                  "INSERT INTO gazetteer_names (place_id, name, normalized) "
                                  "VALUES (?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, place_id);
  _sitrep_store_bind_text (stmt, 2, name);
  _sitrep_store_bind_text (stmt, 3, key);
  return _sitrep_store_step_done (db, stmt, _("A gazetteer name could not be saved."), error);
}

static gboolean
add_place (SitrepStore                 *self,
           sqlite3                     *db,
           gboolean                     staged,
           const SitrepGazetteerPlace  *place,
           GError                     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  gint64 place_id;

  /* Reloading a dump replaces its places rather than doubling them. */
  stmt = _sitrep_store_statement (self, staged ?
                                  "DELETE FROM temp.stage_gazetteer_places WHERE geonameid = ?" :
                                  "DELETE FROM gazetteer_places WHERE geonameid = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, place->geonameid);
  if (!_sitrep_store_step_done (db, stmt, _("A gazetteer place could not be saved."), error))
    return FALSE;

  stmt = _sitrep_store_statement (self, staged ?
                                  "INSERT INTO temp.stage_gazetteer_places (geonameid, name, asciiname, "
                                  "latitude, longitude, feature_class, feature_code, country, "
                                  "admin1_code, admin1_name, population, source) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" :
                                  "INSERT INTO gazetteer_places (geonameid, name, asciiname, "
                                  "latitude, longitude, feature_class, feature_code, country, "
                                  "admin1_code, admin1_name, population, source) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, place->geonameid);
  _sitrep_store_bind_text (stmt, 2, place->name);
  _sitrep_store_bind_text (stmt, 3, place->asciiname);
  sqlite3_bind_double (stmt, 4, place->latitude);
  sqlite3_bind_double (stmt, 5, place->longitude);
  _sitrep_store_bind_text (stmt, 6, place->feature_class);
  _sitrep_store_bind_text (stmt, 7, place->feature_code);
  _sitrep_store_bind_text (stmt, 8, place->country);
  _sitrep_store_bind_text (stmt, 9, place->admin1_code);
  _sitrep_store_bind_text (stmt, 10, place->admin1_name);
  sqlite3_bind_int64 (stmt, 11, place->population);
  _sitrep_store_bind_text (stmt, 12, place->source != NULL ? place->source : "");
  if (!_sitrep_store_step_done (db, stmt, _("A gazetteer place could not be saved."), error))
    return FALSE;
  place_id = sqlite3_last_insert_rowid (db);

  if (!add_name (self, db, staged, place_id, place->name, seen, error) ||
      !add_name (self, db, staged, place_id, place->asciiname, seen, error))
    return FALSE;
  for (guint i = 0; place->names != NULL && place->names[i] != NULL; i++)
    {
      if (!add_name (self, db, staged, place_id, place->names[i], seen, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * sitrep_store_add_gazetteer_places:
 *
 * Adds @places, replacing any stored place with the same geonameid, in one
 * transaction. Gazetteer data is reference data, not a user edit: it is
 * not journalled for undo.
 */
gboolean
sitrep_store_add_gazetteer_places (SitrepStore                 *store,
                                   SitrepGazetteerPlace * const *places,
                                   guint                        n_places,
                                   GError                     **error)
{
  sqlite3 *db;
  gboolean ok = TRUE;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (places != NULL || n_places == 0, FALSE);

  if (!_sitrep_store_check_writable (store, error))
    return FALSE;
  db = _sitrep_store_lock (store, error);
  if (db == NULL)
    return FALSE;
  if (!_sitrep_store_begin (store, error))
    {
      _sitrep_store_unlock (store);
      return FALSE;
    }
  for (guint i = 0; ok && i < n_places; i++)
    ok = add_place (store, db, FALSE, places[i], error);
  if (ok)
    ok = _sitrep_store_commit (store, error);
  else
    _sitrep_store_rollback (store);
  _sitrep_store_unlock (store);
  return ok;
}

/**
 * sitrep_store_stage_gazetteer_places:
 *
 * Adds @places to a load in progress, kept aside from the project until
 * sitrep_store_commit_gazetteer_stage (): a load stopped part-way (an
 * error, a cancel, a kill) leaves the project as it was. Each call is brief,
 * so the project stays usable while a large file loads.
 */
gboolean
sitrep_store_stage_gazetteer_places (SitrepStore                 *store,
                                     SitrepGazetteerPlace * const *places,
                                     guint                        n_places,
                                     GError                     **error)
{
  sqlite3 *db;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);

  if (!_sitrep_store_check_writable (store, error))
    return FALSE;
  db = _sitrep_store_lock (store, error);
  if (db == NULL)
    return FALSE;
  ok = _sitrep_store_exec (db, STAGE_SQL, error) && _sitrep_store_begin (store, error);
  for (guint i = 0; ok && i < n_places; i++)
    ok = add_place (store, db, TRUE, places[i], error);
  if (ok)
    ok = _sitrep_store_commit (store, error);
  else
    _sitrep_store_rollback (store);
  _sitrep_store_unlock (store);
  return ok;
}

/* Moves the staged places into the project: one transaction. */
gboolean
sitrep_store_commit_gazetteer_stage (SitrepStore  *store,
                                     GError      **error)
{
  sqlite3 *db;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);

  db = _sitrep_store_lock (store, error);
  if (db == NULL)
    return FALSE;
  ok = _sitrep_store_exec (db, STAGE_SQL, error) && _sitrep_store_begin (store, error);
  ok = ok && _sitrep_store_exec (db,
      "DELETE FROM gazetteer_places WHERE geonameid IN"
      "  (SELECT geonameid FROM temp.stage_gazetteer_places);"
      "INSERT INTO gazetteer_places (geonameid, name, asciiname, latitude, longitude, feature_class,"
      "  feature_code, country, admin1_code, admin1_name, population, source)"
      "  SELECT geonameid, name, asciiname, latitude, longitude, feature_class, feature_code, country,"
      "  admin1_code, admin1_name, population, source FROM temp.stage_gazetteer_places ORDER BY id;"
      "INSERT INTO gazetteer_names (place_id, name, normalized)"
      "  SELECT p.id, n.name, n.normalized FROM temp.stage_gazetteer_names n"
      "  JOIN temp.stage_gazetteer_places s ON s.id = n.place_id"
      "  JOIN gazetteer_places p ON p.geonameid = s.geonameid;", error);
  if (ok)
    ok = _sitrep_store_commit (store, error);
  else
    _sitrep_store_rollback (store);
  _sitrep_store_unlock (store);
  sitrep_store_drop_gazetteer_stage (store);
  return ok;
}

/* Forgets a load in progress. */
void
sitrep_store_drop_gazetteer_stage (SitrepStore *store)
{
  sqlite3 *db = _sitrep_store_lock (store, NULL);

  if (db == NULL)
    return;
  sqlite3_exec (db, "DROP TABLE IF EXISTS temp.stage_gazetteer_names;"
                    "DROP TABLE IF EXISTS temp.stage_gazetteer_places;", NULL, NULL, NULL);
  _sitrep_store_unlock (store);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

GPtrArray *
sitrep_store_find_gazetteer_places (SitrepStore  *store,
                                    const char   *normalized,
                                    GError      **error)
{
  g_autoptr(GPtrArray) places = NULL;
  sqlite3_stmt *stmt;
  sqlite3_stmt *names_stmt;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);
  g_return_val_if_fail (normalized != NULL, NULL);

  db = _sitrep_store_lock (store, error);
  if (db == NULL)
    return NULL;

  stmt = _sitrep_store_statement (store,
                                  "SELECT p.id, p.geonameid, p.name, p.asciiname, p.latitude, "
                                  "p.longitude, p.feature_class, p.feature_code, p.country, "
                                  "p.admin1_code, p.admin1_name, p.population, p.source "
                                  "FROM gazetteer_places p WHERE p.id IN "
                                  "(SELECT place_id FROM gazetteer_names WHERE normalized = ?) "
                                  "LIMIT 200", error);
  names_stmt = stmt != NULL ?
    _sitrep_store_statement (store, "SELECT name FROM gazetteer_names WHERE place_id = ?", error) :
    NULL;
  if (stmt == NULL || names_stmt == NULL)
    {
      _sitrep_store_unlock (store);
      return NULL;
    }
  _sitrep_store_bind_text (stmt, 1, normalized);

  places = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_gazetteer_place_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SitrepGazetteerPlace *place = sitrep_gazetteer_place_new ();
      g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

      place->geonameid = sqlite3_column_int64 (stmt, 1);
      place->name = column_dup (stmt, 2);
      place->asciiname = column_dup (stmt, 3);
      place->latitude = sqlite3_column_double (stmt, 4);
      place->longitude = sqlite3_column_double (stmt, 5);
      place->feature_class = column_dup (stmt, 6);
      place->feature_code = column_dup (stmt, 7);
      place->country = column_dup (stmt, 8);
      place->admin1_code = column_dup (stmt, 9);
      place->admin1_name = column_dup (stmt, 10);
      place->population = sqlite3_column_int64 (stmt, 11);
      place->source = column_dup (stmt, 12);

      sqlite3_bind_int64 (names_stmt, 1, sqlite3_column_int64 (stmt, 0));
      while (sqlite3_step (names_stmt) == SQLITE_ROW)
        g_strv_builder_add (names, (const char *) sqlite3_column_text (names_stmt, 0));
      sqlite3_reset (names_stmt);
      place->names = g_strv_builder_end (names);
      g_ptr_array_add (places, place);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("The gazetteer could not be read."));
      _sitrep_store_unlock (store);
      return NULL;
    }
  _sitrep_store_unlock (store);
  return g_steal_pointer (&places);
}

gint64
sitrep_store_count_gazetteer_places (SitrepStore  *store,
                                     GError      **error)
{
  sqlite3_stmt *stmt;
  sqlite3 *db;
  gint64 count = -1;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (store), -1);

  db = _sitrep_store_lock (store, error);
  if (db == NULL)
    return -1;
  stmt = _sitrep_store_statement (store, "SELECT count(*) FROM gazetteer_places", error);
  if (stmt != NULL)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        count = sqlite3_column_int64 (stmt, 0);
      else
        _sitrep_store_set_sqlite_error (error, db, rc, _("The gazetteer could not be read."));
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (store);
  return count;
}

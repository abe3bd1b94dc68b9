/* sitrep-store-check-map.c — the project's own check of its map index (events_rtree)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sitrep-store-private.h"
#include "sitrep-store.h"

static gint64
count (sqlite3    *db,
       const char *sql,
       gboolean   *ok)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  *ok = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW;
  if (*ok)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* SQLite's own check of the R*Tree's structure: NULL when it holds. */
static char *
rtree_structure (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  char *problem = NULL;
  int rc = sqlite3_prepare_v2 (db, "SELECT rtreecheck ('main', 'events_rtree')", -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *result = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (result, "ok") != 0)
        problem = g_strdup (result != NULL ? result : "?");
    }
  else
    problem = g_strdup (sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return problem;
}

/**
 * _sitrep_store_check_map_index:
 *
 * Appends the "Map index" line of the check to @out: the spatial index the
 * map finds events with must exist and hold every placed event, at its
 * place, and nothing else (its boxes are stored as 32-bit floats rounded
 * outwards, so an event lies within its box). Call with the store locked.
 * Returns FALSE when the index is missing or does not match the events.
 */
gboolean
_sitrep_store_check_map_index (SitrepStore *self,
                               GString     *out)
{
  g_autofree char *structure = NULL;
  gboolean ok;
  gint64 missing, stray;

  if (count (self->db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'events_rtree'",
             &ok) == 0 && ok)
    {
      g_string_append_printf (out, "%s\n", _("Map index: missing, so the map cannot show the events"));
      return FALSE;
    }
  structure = rtree_structure (self->db);
  if (structure != NULL)
    {
      /* Translators: %s is SQLite's own report, in English */
      g_string_append_printf (out, _("Map index: %s"), structure);
      g_string_append_c (out, '\n');
      return FALSE;
    }

  missing = count (self->db,
                   "SELECT count(*) FROM events e WHERE e.latitude IS NOT NULL AND e.longitude IS NOT NULL"
                   " AND NOT EXISTS (SELECT 1 FROM events_rtree r WHERE r.id = e.id"
                   "  AND r.min_lon <= e.longitude AND r.max_lon >= e.longitude"
                   "  AND r.min_lat <= e.latitude AND r.max_lat >= e.latitude)", &ok);
  if (ok)
    stray = count (self->db,
                   "SELECT count(*) FROM events_rtree r WHERE NOT EXISTS (SELECT 1 FROM events e"
                   " WHERE e.id = r.id AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL)", &ok);
  if (!ok)
    {
      /* Translators: %s is SQLite's own report, in English */
      g_string_append_printf (out, _("Map index: %s"), sqlite3_errmsg (self->db));
      g_string_append_c (out, '\n');
      return FALSE;
    }
  if (missing > 0)
    {
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                "Map index: %u placed event is missing from it or "
                                                "stands at another place, so the map misplaces it",
                                                "Map index: %u placed events are missing from it or "
                                                "stand at other places, so the map misplaces them",
                                                (gulong) missing), (guint) missing);
      g_string_append_c (out, '\n');
    }
  if (stray > 0)
    {
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                "Map index: %u entry is for an event that is gone "
                                                "or has no place",
                                                "Map index: %u entries are for events that are gone "
                                                "or have no place",
                                                (gulong) stray), (guint) stray);
      g_string_append_c (out, '\n');
    }
  if (missing > 0 || stray > 0)
    return FALSE;
  g_string_append_printf (out, "%s\n", _("Map index: ok"));
  return TRUE;
}

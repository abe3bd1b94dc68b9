/* sitrep-store-event-query.c — reading and finding events, merging them
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-event-private.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"


/* ---------------------------------------------------------------- reading events */

#define EVENT_COLUMNS \
  "SELECT e.id, e.event_type, e.sub_event_type, e.disorder_type, e.date_start, e.date_end," \
  " e.date_precision, e.place_id, p.name, e.location_name, coalesce (p.admin1, e.admin1), e.admin2," \
  " coalesce (p.country, e.country), e.latitude, e.longitude, e.coordinates_manual, e.geo_precision," \
  " e.where_prec, e.civilian_targeting, e.description, e.notes, e.source_scale," \
  " coalesce (e.best_override, -1), e.best_override_reason, coalesce (e.low_override, -1)," \
  " coalesce (e.high_override, -1), e.range_override_reason, e.external_source, e.external_id," \
  " coalesce (e.derived_fatalities, -1), coalesce (e.derived_low, -1), coalesce (e.derived_best, -1)," \
  " coalesce (e.derived_high, -1), e.derived_sources, e.derived_disputed, e.created_at, e.modified_at," \
  " (SELECT count (*) FROM claims c WHERE c.event_id = e.id)," \
  " (SELECT count (*) FROM event_evidence v WHERE v.event_id = e.id), e.source_reference" \
  " FROM events e LEFT JOIN entities p ON p.id = e.place_id"

/* The UCDP date_prec a coder would give a dated event whose precision was
 * never set, from the length of its dates: 1 one day, 2 two to six days,
 * 3 a week, 4 up to a month, 5 longer. 0 when undated. */
static int
date_precision_from_dates (const char *start,
                           const char *end)
{
  int y1, m1, d1, y2, m2, d2, days;
  GDate a, b;

  if (start == NULL || sscanf (start, "%d-%d-%d", &y1, &m1, &d1) != 3)
    return 0;
  if (end == NULL || sscanf (end, "%d-%d-%d", &y2, &m2, &d2) != 3)
    y2 = y1, m2 = m1, d2 = d1;
  if (!g_date_valid_dmy (d1, m1, y1) || !g_date_valid_dmy (d2, m2, y2))
    return 0;
  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_dmy (&a, d1, m1, y1);
  g_date_set_dmy (&b, d2, m2, y2);
  days = g_date_days_between (&a, &b);
  if (days <= 0)
    return 1;
  if (days <= 5)
    return 2;
  if (days == 6)
    return 3;
  return days <= 30 ? 4 : 5;
}

/* An event's actors as the event_actors rows name them. */
typedef struct
{
  gint64  ids[2];
  char   *names[2];
  char   *types[2];
  GStrv   assoc[2];
  GArray *assoc_ids[2];   /* gint64 */
} EventActors;

static void
event_actors_clear (EventActors *a)
{
  for (guint i = 0; i < 2; i++)
    {
      g_clear_pointer (&a->names[i], g_free);
      g_clear_pointer (&a->types[i], g_free);
      g_clear_pointer (&a->assoc[i], g_strfreev);
      g_clear_pointer (&a->assoc_ids[i], g_array_unref);
    }
}

static gboolean
read_event_actors (SitrepStore  *self,
                   gint64        id,
                   EventActors  *a,
                   GError      **error)
{
  g_autoptr(GStrvBuilder) assoc_names1 = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) assoc_names2 = g_strv_builder_new ();
  sqlite3_stmt *actors;

  memset (a, 0, sizeof *a);
  a->assoc_ids[0] = g_array_new (FALSE, FALSE, sizeof (gint64));
  a->assoc_ids[1] = g_array_new (FALSE, FALSE, sizeof (gint64));
  actors = _sitrep_store_statement (self,
                                    "SELECT a.role, a.entity_id, n.name, n.actor_type FROM event_actors a"
                                    " JOIN entities n ON n.id = a.entity_id WHERE a.event_id = ?1"
                                    " ORDER BY a.role, a.position, a.id", error);
  if (actors == NULL)
    return FALSE;
  sqlite3_bind_int64 (actors, 1, id);
  while (sqlite3_step (actors) == SQLITE_ROW)
    {
      const char *role = (const char *) sqlite3_column_text (actors, 0);
      gint64 entity = sqlite3_column_int64 (actors, 1);
      const char *name = (const char *) sqlite3_column_text (actors, 2);
      int side = role[strlen (role) - 1] == '1' ? 0 : 1;

      if (g_str_has_prefix (role, "actor"))
        {
          a->ids[side] = entity;
          g_free (a->names[side]);
          a->names[side] = g_strdup (name);
          g_free (a->types[side]);
          a->types[side] = g_strdup ((const char *) sqlite3_column_text (actors, 3));
        }
      else
        {
          g_strv_builder_add (side == 0 ? assoc_names1 : assoc_names2, name);
          g_array_append_val (a->assoc_ids[side], entity);
        }
    }
  sqlite3_reset (actors);
  a->assoc[0] = g_strv_builder_end (assoc_names1);
  a->assoc[1] = g_strv_builder_end (assoc_names2);
  return TRUE;
}

static SitrepEvent *
event_from_row (SitrepStore  *self,
                sqlite3_stmt *stmt,
                GError      **error)
{
  SitrepCodebook *codebook = sitrep_codebook_get_default ();
  gint64 id = sqlite3_column_int64 (stmt, 0);
  EventActors actors;
  SitrepEventFields f;
  SitrepEvent *event;
  int inter1, inter2, date_precision;

  if (!read_event_actors (self, id, &actors, error))
    {
      event_actors_clear (&actors);
      return NULL;
    }

  inter1 = sitrep_codebook_get_inter_code (codebook, actors.types[0]);
  inter2 = sitrep_codebook_get_inter_code (codebook, actors.types[1]);
  date_precision = sqlite3_column_int (stmt, 6);
  if (date_precision == 0)
    date_precision = date_precision_from_dates (COL_TEXT (4), COL_TEXT (5));

  _sitrep_event_fields_init (&f);
  f.id = id;
  f.event_type = COL_TEXT (1);
  f.sub_event_type = COL_TEXT (2);
  f.disorder_type = COL_TEXT (3);
  f.date_start = COL_TEXT (4);
  f.date_end = COL_TEXT (5);
  f.date_precision = date_precision;
  f.time_precision = sitrep_codebook_get_time_precision (codebook, date_precision);
  f.place_id = sqlite3_column_int64 (stmt, 7);
  f.place_name = COL_TEXT (8);
  f.location = COL_TEXT (9);
  f.admin1 = COL_TEXT (10);
  f.admin2 = COL_TEXT (11);
  f.country = COL_TEXT (12);
  if (sqlite3_column_type (stmt, 13) != SQLITE_NULL && sqlite3_column_type (stmt, 14) != SQLITE_NULL)
    {
      f.latitude = sqlite3_column_double (stmt, 13);
      f.longitude = sqlite3_column_double (stmt, 14);
    }
  f.coordinates_set = sqlite3_column_int (stmt, 15) != 0;
  f.geo_precision = sqlite3_column_int (stmt, 16);
  f.where_prec = sqlite3_column_int (stmt, 17);
  f.civilian_targeting = sqlite3_column_int (stmt, 18) != 0;
  f.description = COL_TEXT (19);
  f.notes = COL_TEXT (20);
  f.source_scale = COL_TEXT (21);
  f.best_override = sqlite3_column_int64 (stmt, 22);
  f.best_override_reason = COL_TEXT (23);
  f.low_override = sqlite3_column_int64 (stmt, 24);
  f.high_override = sqlite3_column_int64 (stmt, 25);
  f.range_override_reason = COL_TEXT (26);
  f.external_source = COL_TEXT (27);
  f.external_id = COL_TEXT (28);
  f.fatalities = sqlite3_column_int64 (stmt, 29);
  f.low = sqlite3_column_int64 (stmt, 30);
  f.best = sqlite3_column_int64 (stmt, 31);
  f.high = sqlite3_column_int64 (stmt, 32);
  f.n_sources = (guint) sqlite3_column_int (stmt, 33);
  f.disputed = sqlite3_column_int (stmt, 34) != 0;
  f.created_at = COL_TEXT (35);
  f.modified_at = COL_TEXT (36);
  f.n_claims = (guint) sqlite3_column_int (stmt, 37);
  f.n_evidence = (guint) sqlite3_column_int (stmt, 38);
  f.source_reference = COL_TEXT (39);
  f.actor1_id = actors.ids[0];
  f.actor1 = actors.names[0];
  f.actor1_type = actors.types[0];
  f.actor2_id = actors.ids[1];
  f.actor2 = actors.names[1];
  f.actor2_type = actors.types[1];
  f.assoc_actor1 = (const char * const *) actors.assoc[0];
  f.assoc_actor2 = (const char * const *) actors.assoc[1];
  f.assoc_actor1_ids = actors.assoc_ids[0];
  f.assoc_actor2_ids = actors.assoc_ids[1];
  f.inter1 = inter1;
  f.inter2 = inter2;
  f.interaction = sitrep_codebook_get_interaction (codebook, inter1, inter2);
  event = _sitrep_event_new (&f);
  event_actors_clear (&actors);
  return event;
}

/**
 * sitrep_store_get_events:
 *
 * Fills @events with SitrepEvent objects for @ids, in order.
 */
gboolean
sitrep_store_get_events (SitrepStore   *self,
                         const gint64  *ids,
                         guint          n_ids,
                         GPtrArray     *events,
                         GError       **error)
{
  sqlite3_stmt *stmt;
  sqlite3 *db;
  gboolean ok = TRUE;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);
  g_return_val_if_fail (events != NULL, FALSE);

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return FALSE;
  stmt = _sitrep_store_statement (self, EVENT_COLUMNS " WHERE e.id = ?1", error);
  for (guint i = 0; stmt != NULL && ok && i < n_ids; i++)
    {
      int rc;

      sqlite3_bind_int64 (stmt, 1, ids[i]);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          SitrepEvent *event = event_from_row (self, stmt, error);
          if (event == NULL)
            ok = FALSE;
          else
            g_ptr_array_add (events, event);
        }
      else if (rc != SQLITE_DONE)
        {
          _sitrep_store_set_sqlite_error (error, db, rc, _("The events could not be read."));
          ok = FALSE;
        }
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);

  return stmt != NULL && ok;
}

/**
 * sitrep_store_get_event:
 *
 * Returns: (transfer full): the event, or NULL with NOT_FOUND.
 */
SitrepEvent *
sitrep_store_get_event (SitrepStore  *self,
                        gint64        id,
                        GError      **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  if (!sitrep_store_get_events (self, &id, 1, events, error))
    return NULL;
  if (events->len == 0)
    {
      _sitrep_store_not_found (error, _("That event is no longer in the project."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (events, 0));
}

void
sitrep_event_draft_init_from_event (SitrepEventDraft *draft,
                                    SitrepEvent      *event)
{
  GArray *a1, *a2;

  g_return_if_fail (draft != NULL);
  g_return_if_fail (SITREP_IS_EVENT (event));

  a1 = sitrep_event_get_assoc_actor1_ids (event);
  a2 = sitrep_event_get_assoc_actor2_ids (event);
  *draft = (SitrepEventDraft) SITREP_EVENT_DRAFT_INIT;
  draft->event_type = sitrep_event_get_event_type (event);
  draft->sub_event_type = sitrep_event_get_sub_event_type (event);
  draft->date_start = sitrep_event_get_date_start (event);
  draft->date_end = sitrep_event_get_date_end (event);
  draft->date_precision = sitrep_event_get_date_precision (event);
  draft->place_id = sitrep_event_get_place_id (event);
  draft->location = sitrep_event_get_location (event);
  /* With a place entity, its admin1, country and coordinates are used. */
  if (draft->place_id == 0)
    {
      draft->admin1 = sitrep_event_get_admin1 (event);
      draft->country = sitrep_event_get_country (event);
    }
  draft->admin2 = sitrep_event_get_admin2 (event);
  if (sitrep_event_get_coordinates_set (event))
    {
      draft->latitude = sitrep_event_get_latitude (event);
      draft->longitude = sitrep_event_get_longitude (event);
    }
  else if (draft->place_id == 0)
    {
      /* Imported coordinates without an entity. */
      draft->latitude = sitrep_event_get_latitude (event);
      draft->longitude = sitrep_event_get_longitude (event);
    }
  draft->geo_precision = sitrep_event_get_geo_precision (event);
  draft->where_prec = sitrep_event_get_where_prec (event);
  draft->actor1_id = sitrep_event_get_actor1_id (event);
  draft->actor2_id = sitrep_event_get_actor2_id (event);
  draft->assoc1_ids = a1 != NULL ? (const gint64 *) (gpointer) a1->data : NULL;
  draft->n_assoc1 = a1 != NULL ? a1->len : 0;
  draft->assoc2_ids = a2 != NULL ? (const gint64 *) (gpointer) a2->data : NULL;
  draft->n_assoc2 = a2 != NULL ? a2->len : 0;
  draft->civilian_targeting = sitrep_event_get_civilian_targeting (event);
  draft->description = sitrep_event_get_description (event);
  draft->notes = sitrep_event_get_notes (event);
  draft->source_scale = sitrep_event_get_source_scale (event);
}

guint
sitrep_store_count_events (SitrepStore *self)
{
  sqlite3_stmt *stmt;
  guint n = 0;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  if (_sitrep_store_lock (self, NULL) == NULL)
    return 0;
  stmt = _sitrep_store_statement (self, "SELECT count (*) FROM events", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint) sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  _sitrep_store_unlock (self);
  return n;
}

/* ---------------------------------------------------------------- query */

static char *
like_pattern (const char *search)
{
  GString *s = g_string_new ("%");

  for (const char *p = search; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (s, '\\');
      g_string_append_c (s, *p);
    }
  g_string_append_c (s, '%');
  return g_string_free (s, FALSE);
}

/* The ORDER BY of a query's sort, in its direction. */
static void
append_order (GString                *sql,
              const SitrepEventQuery *query)
{
  const char *dir = query->descending ? "DESC" : "ASC";

  switch (query->sort)
    {
    case SITREP_EVENT_SORT_TYPE:
      g_string_append_printf (sql, " ORDER BY e.event_type IS NULL, e.event_type %s, e.sub_event_type %s,"
                                   " e.date_start %s, e.id", dir, dir, dir);
      break;
    case SITREP_EVENT_SORT_PLACE:
      g_string_append_printf (sql, " ORDER BY coalesce (p.name, e.location_name) IS NULL,"
                                   " coalesce (p.name, e.location_name) COLLATE NOCASE %s, e.date_start, e.id", dir);
      break;
    case SITREP_EVENT_SORT_ACTOR:
      g_string_append_printf (sql, " ORDER BY n1.name IS NULL, n1.name COLLATE NOCASE %s, e.date_start, e.id", dir);
      break;
    case SITREP_EVENT_SORT_FATALITIES:
      g_string_append_printf (sql, " ORDER BY e.derived_fatalities IS NULL, e.derived_fatalities %s,"
                                   " e.date_start, e.id", dir);
      break;
    case SITREP_EVENT_SORT_SOURCES:
      g_string_append_printf (sql, " ORDER BY e.derived_sources %s, e.date_start, e.id", dir);
      break;
    case SITREP_EVENT_SORT_DISPUTED:
      g_string_append_printf (sql, " ORDER BY e.derived_disputed %s, e.date_start, e.id", dir);
      break;
    case SITREP_EVENT_SORT_CREATED:
      g_string_append_printf (sql, " ORDER BY e.id %s", dir);
      break;
    case SITREP_EVENT_SORT_DATE:
    default:
      g_string_append_printf (sql, " ORDER BY e.date_start IS NULL, e.date_start %s, e.id %s", dir, dir);
      break;
    }
}

/* The ids of the events that match @query, in its order; with @among (a
 * JSON array of ids), only those of them. */
static GArray *
query_ids (SitrepStore             *self,
           const SitrepEventQuery  *query,
           const char              *among,
           GError                 **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT e.id FROM ");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *pattern = NULL;
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  /* A few ids: looked up by id first, whatever index the filter has. */
  if (among != NULL)
    g_string_append (sql, "json_each (?12) j CROSS JOIN ");
  g_string_append (sql, "events e");

  if (query->sort == SITREP_EVENT_SORT_PLACE)
    g_string_append (sql, " LEFT JOIN entities p ON p.id = e.place_id");
  if (query->sort == SITREP_EVENT_SORT_ACTOR)
    g_string_append (sql, " LEFT JOIN event_actors a1 ON a1.event_id = e.id AND a1.role = 'actor1'"
                          " LEFT JOIN entities n1 ON n1.id = a1.entity_id");
  /* Every condition is written out and switched off by its parameter, so
   * there are few statement texts and each is prepared once. */
  g_string_append (sql, " WHERE 1");
  if (query->event_type != NULL)
    g_string_append (sql, " AND e.event_type = ?1");
  /* Events whose extent (a week, a month … of uncertainty) meets the dates,
   * as the timeline draws them. An extent reaches at most a year from its
   * dates: the plain comparisons let the index on date_start narrow first. */
  if (query->date_from != NULL)
    g_string_append (sql, " AND coalesce (e.date_end, e.date_start) >= date (?2, '-1 year')"
                          " AND sitrep_extent_last (e.date_start, e.date_end, e.date_precision) >= ?2");
  if (query->date_to != NULL)
    g_string_append (sql, " AND e.date_start <= date (?3, '+1 year')"
                          " AND sitrep_extent_first (e.date_start, e.date_end, e.date_precision) <= ?3");
  if (query->place_id != 0)
    g_string_append (sql, " AND e.place_id = ?4");
  if (query->actor_id != 0)
    g_string_append (sql, " AND EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id"
                          " AND x.entity_id = ?5)");
  if (query->disputed >= 0)
    g_string_append (sql, " AND e.derived_disputed = ?6");
  if (query->in_area)
    g_string_append (sql, " AND e.id IN (SELECT id FROM events_rtree WHERE max_lon >= ?8"
                          " AND min_lon <= ?9 AND max_lat >= ?10 AND min_lat <= ?11)");
  if (query->search != NULL && *query->search != '\0')
    {
      pattern = like_pattern (query->search);
      g_string_append (sql, " AND (e.description LIKE ?7 ESCAPE '\\' OR e.notes LIKE ?7 ESCAPE '\\'"
                            " OR e.location_name LIKE ?7 ESCAPE '\\'"
                            " OR EXISTS (SELECT 1 FROM entities y WHERE y.id = e.place_id AND y.name LIKE ?7 ESCAPE '\\')"
                            " OR EXISTS (SELECT 1 FROM event_actors x JOIN entities y ON y.id = x.entity_id"
                            "  WHERE x.event_id = e.id AND y.name LIKE ?7 ESCAPE '\\'))");
    }

  if (among != NULL)
    g_string_append (sql, " AND e.id = j.value");

  append_order (sql, query);

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self, sql->str, error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return NULL;
    }
  if (query->event_type != NULL)
    sqlite3_bind_text (stmt, 1, query->event_type, -1, SQLITE_TRANSIENT);
  if (query->date_from != NULL)
    sqlite3_bind_text (stmt, 2, query->date_from, -1, SQLITE_TRANSIENT);
  if (query->date_to != NULL)
    sqlite3_bind_text (stmt, 3, query->date_to, -1, SQLITE_TRANSIENT);
  if (query->place_id != 0)
    sqlite3_bind_int64 (stmt, 4, query->place_id);
  if (query->actor_id != 0)
    sqlite3_bind_int64 (stmt, 5, query->actor_id);
  if (query->disputed >= 0)
    sqlite3_bind_int (stmt, 6, query->disputed > 0 ? 1 : 0);
  if (pattern != NULL)
    sqlite3_bind_text (stmt, 7, pattern, -1, SQLITE_TRANSIENT);
  if (query->in_area)
    {
      sqlite3_bind_double (stmt, 8, query->west);
      sqlite3_bind_double (stmt, 9, query->east);
      sqlite3_bind_double (stmt, 10, query->south);
      sqlite3_bind_double (stmt, 11, query->north);
    }
  if (among != NULL)
    sqlite3_bind_text (stmt, 12, among, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  _sitrep_store_unlock (self);

  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("The events could not be listed."));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/**
 * sitrep_store_query_event_ids:
 * @query: (nullable): filter and order, NULL for every event by date
 *
 * Returns: (transfer full): the ids (gint64) of the matching events, in order.
 */
GArray *
sitrep_store_query_event_ids (SitrepStore             *self,
                              const SitrepEventQuery  *query,
                              GError                 **error)
{
  static const SitrepEventQuery all = SITREP_EVENT_QUERY_INIT;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  return query_ids (self, query != NULL ? query : &all, NULL, error);
}

/**
 * sitrep_store_query_event_ids_among:
 * @query: (nullable): filter and order, NULL for every event by date
 * @ids: events to test
 *
 * Returns: (transfer full): those of @ids that exist and match @query, in
 * its order.
 */
GArray *
sitrep_store_query_event_ids_among (SitrepStore             *self,
                                    const SitrepEventQuery  *query,
                                    const gint64            *ids,
                                    guint                    n_ids,
                                    GError                 **error)
{
  static const SitrepEventQuery all = SITREP_EVENT_QUERY_INIT;
  g_autoptr(GString) among = g_string_new ("[");

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (among, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  g_string_append_c (among, ']');
  return query_ids (self, query != NULL ? query : &all, among->str, error);
}

/* ---------------------------------------------------------------- merge */

static gboolean
exec_ids (SitrepStore  *self,
          sqlite3      *db,
          const char   *sql,
          gint64        a,
          gint64        b,
          GError      **error)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  return _sitrep_store_step_done (db, stmt, _("The events could not be merged."), error);
}

gboolean
sitrep_store_merge_events (SitrepStore  *self,
                           gint64        keep,
                           gint64        merge,
                           GError      **error)
{
  g_autoptr(GArray) claims = NULL;
  g_autoptr(GArray) evidence = NULL;
  g_autoptr(GArray) actors = NULL;
  g_autoptr(GArray) steps = NULL;
  g_autoptr(GArray) incidents = NULL;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (keep == merge)
    return _sitrep_store_invalid (error, _("An event cannot be merged with itself."));
  if (!_sitrep_edit_begin (&edit, self, "event", _("Merge events"), error))
    return FALSE;
  ok = (_sitrep_store_event_exists (self, keep) && _sitrep_store_event_exists (self, merge)) ||
       _sitrep_store_not_found (error, _("One of the events is no longer in the project."));
  ok = ok && _sitrep_edit_touch (&edit, "events", keep, error);

  /* Claims and evidence move; evidence already on @keep is dropped. */
  ok = ok && (claims = _sitrep_store_select_ids (self, "SELECT id FROM claims WHERE event_id = ?1", merge, error)) != NULL &&
       _sitrep_store_touch_all (&edit, "claims", claims, error) &&
       exec_ids (self, edit.db, "UPDATE claims SET event_id = ?1 WHERE event_id = ?2", keep, merge, error);
  ok = ok && (evidence = _sitrep_store_select_ids (self, "SELECT id FROM event_evidence WHERE event_id = ?1", merge,
                                                   error)) != NULL &&
       _sitrep_store_touch_all (&edit, "event_evidence", evidence, error) &&
       exec_ids (self, edit.db,
                 "DELETE FROM event_evidence WHERE event_id = ?2 AND EXISTS (SELECT 1 FROM event_evidence k"
                 " WHERE k.event_id = ?1 AND k.article_id = event_evidence.article_id"
                 " AND k.start = event_evidence.start AND k.\"end\" = event_evidence.\"end\")", keep, merge, error) &&
       exec_ids (self, edit.db, "UPDATE event_evidence SET event_id = ?1 WHERE event_id = ?2", keep, merge, error);

  /* Actors: the second actor 1 (or 2) becomes an associated actor of its side. */
  ok = ok && (actors = _sitrep_store_select_ids (self, "SELECT id FROM event_actors WHERE event_id = ?1", merge, error)) != NULL &&
       _sitrep_store_touch_all (&edit, "event_actors", actors, error) &&
       exec_ids (self, edit.db,
                 "UPDATE OR REPLACE event_actors SET role = 'assoc' || substr (role, 6) WHERE event_id = ?2"
                 " AND role IN ('actor1', 'actor2') AND EXISTS (SELECT 1 FROM event_actors k"
                 " WHERE k.event_id = ?1 AND k.role = event_actors.role"
                 " AND k.entity_id != event_actors.entity_id)", keep, merge, error) &&
       exec_ids (self, edit.db,
                 "DELETE FROM event_actors WHERE event_id = ?2 AND EXISTS (SELECT 1 FROM event_actors k"
                 " WHERE k.event_id = ?1 AND k.entity_id = event_actors.entity_id"
                 " AND (k.role = event_actors.role OR substr (k.role, -1) = substr (event_actors.role, -1)))",
                 keep, merge, error) &&
       exec_ids (self, edit.db,
                 "UPDATE event_actors SET event_id = ?1, position = position + 1000 WHERE event_id = ?2",
                 keep, merge, error);
  ok = ok && (steps = _sitrep_store_select_ids (self, "SELECT id FROM story_steps WHERE event_id = ?1", merge, error)) != NULL &&
       _sitrep_store_touch_all (&edit, "story_steps", steps, error) &&
       exec_ids (self, edit.db, "UPDATE story_steps SET event_id = ?1 WHERE event_id = ?2", keep, merge, error);
  /* The incidents @merge was made of: a second report joins @keep by them. */
  ok = ok && (incidents = _sitrep_store_select_ids (self, "SELECT id FROM suggested_incidents WHERE event_id = ?1",
                                                    merge, error)) != NULL &&
       _sitrep_store_touch_all (&edit, "suggested_incidents", incidents, error) &&
       exec_ids (self, edit.db, "UPDATE suggested_incidents SET event_id = ?1 WHERE event_id = ?2", keep, merge, error);

  /* Empty fields of @keep take @merge's; the dates cover both. */
  ok = ok && exec_ids (self, edit.db,
                       "UPDATE events AS k SET"
                       " event_type = CASE WHEN k.event_type IS NULL THEN m.event_type ELSE k.event_type END,"
                       " sub_event_type = CASE WHEN k.event_type IS NULL THEN m.sub_event_type"
                       "  ELSE coalesce (k.sub_event_type, CASE WHEN m.event_type = k.event_type"
                       "  THEN m.sub_event_type END) END,"
                       " disorder_type = CASE WHEN k.event_type IS NULL THEN m.disorder_type"
                       "  ELSE coalesce (k.disorder_type, CASE WHEN m.event_type = k.event_type"
                       "  THEN m.disorder_type END) END,"
                       " date_start = CASE WHEN k.date_start IS NULL THEN m.date_start"
                       "  WHEN m.date_start IS NULL THEN k.date_start ELSE min (k.date_start, m.date_start) END,"
                       " date_end = CASE WHEN k.date_start IS NULL THEN m.date_end"
                       "  WHEN m.date_start IS NULL THEN k.date_end"
                       "  ELSE max (coalesce (k.date_end, k.date_start), coalesce (m.date_end, m.date_start)) END,"
                       " date_precision = max (k.date_precision, m.date_precision),"
                       " place_id = coalesce (k.place_id, m.place_id),"
                       " location_name = coalesce (k.location_name, m.location_name),"
                       " admin1 = coalesce (k.admin1, m.admin1), admin2 = coalesce (k.admin2, m.admin2),"
                       " country = coalesce (k.country, m.country),"
                       " latitude = CASE WHEN k.latitude IS NULL THEN m.latitude ELSE k.latitude END,"
                       " longitude = CASE WHEN k.latitude IS NULL THEN m.longitude ELSE k.longitude END,"
                       " coordinates_manual = CASE WHEN k.latitude IS NULL THEN m.coordinates_manual"
                       "  ELSE k.coordinates_manual END,"
                       " geo_precision = CASE WHEN k.geo_precision = 0 THEN m.geo_precision ELSE k.geo_precision END,"
                       " where_prec = CASE WHEN k.where_prec = 0 THEN m.where_prec ELSE k.where_prec END,"
                       " civilian_targeting = max (k.civilian_targeting, m.civilian_targeting),"
                       " description = CASE WHEN k.description IS NULL THEN m.description"
                       "  WHEN m.description IS NULL OR m.description = k.description THEN k.description"
                       "  ELSE k.description || char (10) || m.description END,"
                       " notes = CASE WHEN k.notes IS NULL THEN m.notes"
                       "  WHEN m.notes IS NULL OR m.notes = k.notes THEN k.notes"
                       "  ELSE k.notes || char (10) || m.notes END,"
                       " source_scale = coalesce (k.source_scale, m.source_scale),"
                       " source_reference = CASE WHEN k.source_reference IS NULL THEN m.source_reference"
                       "  WHEN m.source_reference IS NULL OR m.source_reference = k.source_reference"
                       "  THEN k.source_reference ELSE k.source_reference || '; ' || m.source_reference END,"
                       " best_override = coalesce (k.best_override, m.best_override),"
                       " best_override_reason = CASE WHEN k.best_override IS NULL THEN m.best_override_reason"
                       "  ELSE k.best_override_reason END,"
                       " modified_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
                       " FROM (SELECT * FROM events WHERE id = ?2) AS m WHERE k.id = ?1", keep, merge, error);

  ok = ok && _sitrep_edit_touch (&edit, "events", merge, error) &&
       exec_ids (self, edit.db, "DELETE FROM events WHERE id = ?2 AND ?1 != 0", keep, merge, error) &&
       _sitrep_store_refresh_derived (self, edit.db, keep, error);

  return _sitrep_edit_end (&edit, ok, "events-changed", 0, error);
}

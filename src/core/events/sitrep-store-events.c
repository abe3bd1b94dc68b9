/* sitrep-store-events.c — events and their actors: checking, saving, changing, deleting, importing
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-normalize.h"
#include "sitrep-store-datasets.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"
#include "sitrep-event-private.h"

static const char * const role_names[] = { "actor1", "actor2", "assoc1", "assoc2" };

/* ---------------------------------------------------------------- edits */

gboolean
_sitrep_store_invalid (GError     **error,
                       const char  *format,
                       ...)
{
  va_list args;

  va_start (args, format);
  g_set_error_literal (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID, "");
  if (error != NULL && *error != NULL)
    {
      g_free ((*error)->message);
      (*error)->message = g_strdup_vprintf (format, args);
    }
  va_end (args);
  return FALSE;
}

gboolean
_sitrep_store_not_found (GError     **error,
                         const char  *message)
{
  g_set_error_literal (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND, message);
  return FALSE;
}

/* Ids of the rows of @sql (one int64 parameter). */
GArray *
_sitrep_store_select_ids (SitrepStore  *self,
                          const char   *sql,
                          gint64        param,
                          GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = _sitrep_store_statement (self, sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, param);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&ids);
}

gboolean
_sitrep_store_touch_all (SitrepEdit        *edit,
                         const char  *table,
                         GArray      *ids,
                         GError     **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      if (!_sitrep_edit_touch (edit, table, g_array_index (ids, gint64, i), error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_sitrep_store_event_exists (SitrepStore *self,
                            gint64       id)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "SELECT 1 FROM events WHERE id = ?1", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

/* The kind of entity @id, or NULL when there is none (transfer full). */
char *
_sitrep_store_entity_kind (SitrepStore *self,
                           gint64       id)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "SELECT kind FROM entities WHERE id = ?1", NULL);
  char *kind = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    kind = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return kind;
}

/* ---------------------------------------------------------------- validation */

gboolean
_sitrep_store_parse_date (const char *str,
                          GDate      *date)
{
  int y, m, d;
  char tail;

  g_date_clear (date, 1);
  if (str == NULL || sscanf (str, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || strlen (str) != 10)
    return FALSE;
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

gboolean
_sitrep_store_empty (const char *s)
{
  return s == NULL || *s == '\0';
}

static gboolean
check_actor (SitrepStore  *self,
             gint64        id,
             GError      **error)
{
  g_autofree char *kind = NULL;

  if (id == 0)
    return TRUE;
  kind = _sitrep_store_entity_kind (self, id);
  if (kind == NULL)
    return _sitrep_store_not_found (error, _("That actor is no longer in the project."));
  if (strcmp (kind, "place") == 0)
    return _sitrep_store_invalid (error, _("A place cannot be an actor of an event."));
  return TRUE;
}

static gboolean
validate_draft (SitrepStore             *self,
                const SitrepEventDraft  *draft,
                GError                 **error)
{
  SitrepCodebook *codebook = sitrep_codebook_get_default ();
  GDate start, end;

  if (!_sitrep_store_empty (draft->event_type) &&
      !sitrep_codebook_has_event_type (codebook, draft->event_type))
    return _sitrep_store_invalid (error, _("“%s” is not an event type of the %s codebook."),
                                  draft->event_type, sitrep_codebook_get_name (codebook));
  if (!_sitrep_store_empty (draft->sub_event_type))
    {
      const char *type_of = sitrep_codebook_get_event_type_of (codebook, draft->sub_event_type);

      if (type_of == NULL)
        return _sitrep_store_invalid (error, _("“%s” is not a sub-event type of the %s codebook."),
                                      draft->sub_event_type, sitrep_codebook_get_name (codebook));
      if (_sitrep_store_empty (draft->event_type))
        return _sitrep_store_invalid (error, _("Choose the event type before the sub-event type (“%s” is a kind of %s)."),
                                      draft->sub_event_type, type_of);
      if (strcmp (type_of, draft->event_type) != 0)
        return _sitrep_store_invalid (error, _("“%s” is a kind of %s, not of %s."), draft->sub_event_type, type_of,
                                      draft->event_type);
    }

  if (!_sitrep_store_empty (draft->date_start) &&
      !_sitrep_store_parse_date (draft->date_start, &start))
    return _sitrep_store_invalid (error,
                                  _("“%s” is not a date: write it as year-month-day, e.g. 2022-10-13."),
                                  draft->date_start);
  if (!_sitrep_store_empty (draft->date_end) && !_sitrep_store_parse_date (draft->date_end, &end))
    return _sitrep_store_invalid (error,
                                  _("“%s” is not a date: write it as year-month-day, e.g. 2022-10-13."),
                                  draft->date_end);
  if (!_sitrep_store_empty (draft->date_end) && _sitrep_store_empty (draft->date_start))
    return _sitrep_store_invalid (error, _("An event with an end date needs a start date."));
  if (!_sitrep_store_empty (draft->date_end) && g_date_compare (&end, &start) < 0)
    return _sitrep_store_invalid (error, _("The end date (%s) is before the start date (%s)."),
                                  draft->date_end, draft->date_start);
  if (draft->date_precision < 0 || draft->date_precision > 5)
    return _sitrep_store_invalid (error, _("Date precision goes from 1 (exact day) to 5 (year)."));
  if (draft->geo_precision < 0 || draft->geo_precision > 3)
    return _sitrep_store_invalid (error,
                                  _("Geo precision (ACLED) goes from 1 (the town) to 3 (the region)."));
  if (draft->where_prec < 0 || draft->where_prec > 7)
    return _sitrep_store_invalid (error, _("Where precision (UCDP) goes from 1 (exact place) to 7 (waters or airspace)."));

  if (isnan (draft->latitude) != isnan (draft->longitude))
    return _sitrep_store_invalid (error, _("Give both latitude and longitude, or neither."));
  if (!isnan (draft->latitude) &&
      (draft->latitude < -90 || draft->latitude > 90 || draft->longitude < -180 || draft->longitude > 180))
    return _sitrep_store_invalid (error, _("Coordinates must be a latitude between -90 and 90 and a longitude between "
                                           "-180 and 180."));

  if (draft->place_id != 0)
    {
      g_autofree char *kind = _sitrep_store_entity_kind (self, draft->place_id);

      if (kind == NULL)
        return _sitrep_store_not_found (error, _("That place is no longer in the project."));
      if (strcmp (kind, "place") != 0)
        return _sitrep_store_invalid (error, _("The place of an event must be a place, not an actor or a person."));
    }

  if (!check_actor (self, draft->actor1_id, error) || !check_actor (self, draft->actor2_id, error))
    return FALSE;
  if (draft->actor1_id != 0 && draft->actor1_id == draft->actor2_id)
    return _sitrep_store_invalid (error, _("Actor 1 and actor 2 must be different actors."));
  for (guint i = 0; i < draft->n_assoc1; i++)
    {
      if (!check_actor (self, draft->assoc1_ids[i], error))
        return FALSE;
    }
  for (guint i = 0; i < draft->n_assoc2; i++)
    {
      if (!check_actor (self, draft->assoc2_ids[i], error))
        return FALSE;
    }

  return TRUE;
}

/* ---------------------------------------------------------------- writing events */

gboolean
_sitrep_store_place_coordinates (SitrepStore *self,
                                 gint64       place_id,
                                 double      *latitude,
                                 double      *longitude)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  if (place_id == 0)
    return FALSE;
  stmt = _sitrep_store_statement (self, "SELECT latitude, longitude FROM entities WHERE id = ?1"
                                        " AND latitude IS NOT NULL AND longitude IS NOT NULL", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, place_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *latitude = sqlite3_column_double (stmt, 0);
      *longitude = sqlite3_column_double (stmt, 1);
      found = TRUE;
    }
  sqlite3_reset (stmt);
  return found;
}

void
_sitrep_store_bind_optional_int (sqlite3_stmt *stmt,
                                 int           index,
                                 gint64        value)
{
  if (value != 0)
    sqlite3_bind_int64 (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

void
_sitrep_store_bind_nonempty (sqlite3_stmt *stmt,
                             int           index,
                             const char   *text)
{
  _sitrep_store_bind_text (stmt, index, _sitrep_store_empty (text) ? NULL : text);
}

/* Inserts (@id == 0) or updates the events row from @draft; returns the id or 0. */
static gint64
write_event_row (SitrepStore             *self,
                 sqlite3                 *db,
                 gint64                   id,
                 const SitrepEventDraft  *draft,
                 GError                 **error)
{
  SitrepCodebook *codebook = sitrep_codebook_get_default ();
  g_autofree char *now = _sitrep_store_now ();
  double latitude = draft->latitude, longitude = draft->longitude;
  gboolean manual = !isnan (latitude);
  sqlite3_stmt *stmt;

  if (!manual && !_sitrep_store_place_coordinates (self, draft->place_id, &latitude, &longitude))
    latitude = longitude = NAN;

  if (id == 0)
    stmt = _sitrep_store_statement (self,
                                    "INSERT INTO events (event_type, sub_event_type, disorder_type, date_start,"
                                    " date_end, date_precision, place_id, location_name, admin1, admin2, country,"
                                    " latitude, longitude, coordinates_manual, geo_precision, where_prec,"
                                    " civilian_targeting, description, notes, source_scale, created_at, modified_at)"
                                    " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
                                    " ?17, ?18, ?19, ?20, ?21, ?22, ?22)", error);
  else
    stmt = _sitrep_store_statement (self,
                                    "UPDATE events SET event_type = ?2, sub_event_type = ?3, disorder_type = ?4,"
                                    " date_start = ?5, date_end = ?6, date_precision = ?7, place_id = ?8,"
                                    " location_name = ?9, admin1 = ?10, admin2 = ?11, country = ?12,"
                                    " latitude = ?13, longitude = ?14, coordinates_manual = ?15,"
                                    " geo_precision = ?16, where_prec = ?17, civilian_targeting = ?18,"
                                    " description = ?19, notes = ?20, source_scale = ?21, modified_at = ?22"
                                    " WHERE id = ?1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  _sitrep_store_bind_nonempty (stmt, 2, draft->event_type);
  _sitrep_store_bind_nonempty (stmt, 3, draft->sub_event_type);
  _sitrep_store_bind_text (stmt, 4, sitrep_codebook_get_disorder_type (codebook, draft->sub_event_type));
  _sitrep_store_bind_nonempty (stmt, 5, draft->date_start);
  /* A one-day event keeps its end: exports need both. */
  _sitrep_store_bind_nonempty (stmt, 6, _sitrep_store_empty (draft->date_end) ? draft->date_start
                                                                               : draft->date_end);
  sqlite3_bind_int (stmt, 7, draft->date_precision);
  _sitrep_store_bind_optional_int (stmt, 8, draft->place_id);
  _sitrep_store_bind_nonempty (stmt, 9, draft->location);
  _sitrep_store_bind_nonempty (stmt, 10, draft->admin1);
  _sitrep_store_bind_nonempty (stmt, 11, draft->admin2);
  _sitrep_store_bind_nonempty (stmt, 12, draft->country);
  if (isnan (latitude))
    {
      sqlite3_bind_null (stmt, 13);
      sqlite3_bind_null (stmt, 14);
    }
  else
    {
      sqlite3_bind_double (stmt, 13, latitude);
      sqlite3_bind_double (stmt, 14, longitude);
    }
  sqlite3_bind_int (stmt, 15, manual);
  sqlite3_bind_int (stmt, 16, draft->geo_precision);
  sqlite3_bind_int (stmt, 17, draft->where_prec);
  sqlite3_bind_int (stmt, 18, draft->civilian_targeting ? 1 : 0);
  _sitrep_store_bind_nonempty (stmt, 19, draft->description);
  _sitrep_store_bind_nonempty (stmt, 20, draft->notes);
  _sitrep_store_bind_nonempty (stmt, 21, draft->source_scale);
  sqlite3_bind_text (stmt, 22, now, -1, SQLITE_TRANSIENT);
  if (!_sitrep_store_step_done (db, stmt, _("The event could not be saved."), error))
    return 0;

  return id != 0 ? id : sqlite3_last_insert_rowid (db);
}

static gint64
insert_actor_row (SitrepStore  *self,
                  sqlite3      *db,
                  gint64        event_id,
                  gint64        entity_id,
                  const char   *role,
                  int           position,
                  GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = _sitrep_store_statement (self,
                                  "INSERT OR IGNORE INTO event_actors (event_id, entity_id, role, position)"
                                  " VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, entity_id);
  sqlite3_bind_text (stmt, 3, role, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, position);
  if (!_sitrep_store_step_done (db, stmt, _("The actors of the event could not be saved."), error))
    return -1;
  return sqlite3_changes (db) > 0 ? sqlite3_last_insert_rowid (db) : 0;
}

/* Replaces the actors of @event_id with the draft's. @edit may be NULL (imports). */
static gboolean
write_actors (SitrepStore             *self,
              sqlite3                 *db,
              SitrepEdit                    *edit,
              gint64                   event_id,
              const SitrepEventDraft  *draft,
              GError                 **error)
{
  const gint64 *lists[4] = { &draft->actor1_id, &draft->actor2_id, draft->assoc1_ids, draft->assoc2_ids };
  guint sizes[4] = { draft->actor1_id != 0, draft->actor2_id != 0, draft->n_assoc1, draft->n_assoc2 };
  sqlite3_stmt *stmt;

  if (edit != NULL)
    {
      g_autoptr(GArray) old =
        _sitrep_store_select_ids (self, "SELECT id FROM event_actors WHERE event_id = ?1", event_id,
                                  error);
      if (old == NULL || !_sitrep_store_touch_all (edit, "event_actors", old, error))
        return FALSE;
      stmt = _sitrep_store_statement (self, "DELETE FROM event_actors WHERE event_id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, event_id);
      if (!_sitrep_store_step_done (db, stmt, _("The actors of the event could not be saved."), error))
        return FALSE;
    }

  for (guint r = 0; r < G_N_ELEMENTS (role_names); r++)
    {
      for (guint i = 0; i < sizes[r]; i++)
        {
          gint64 row = insert_actor_row (self, db, event_id, lists[r][i], role_names[r], (int) i, error);

          if (row < 0)
            return FALSE;
          if (row > 0 && edit != NULL)
            _sitrep_journal_touch_new (edit->journal, "event_actors", row);
        }
    }
  return TRUE;
}

/* ---------------------------------------------------------------- create, update, delete */

/**
 * sitrep_store_create_event:
 * @draft: (nullable): the fields, or NULL for an empty event
 *
 * Returns: the new event's id, or 0 with @error set.
 */
gint64
sitrep_store_create_event (SitrepStore             *self,
                           const SitrepEventDraft  *draft,
                           GError                 **error)
{
  SitrepEventDraft blank = SITREP_EVENT_DRAFT_INIT;
  SitrepEdit edit;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  if (draft == NULL)
    draft = &blank;
  if (!_sitrep_edit_begin (&edit, self, "event", _("New event"), error))
    return 0;
  ok = validate_draft (self, draft, error);
  if (ok)
    {
      id = write_event_row (self, edit.db, 0, draft, error);
      ok = id != 0;
    }
  if (ok)
    {
      gint64 coder = sitrep_store_get_event_coder_default (self);

      _sitrep_journal_touch_new (edit.journal, "events", id);
      ok = (coder == 0 || _sitrep_store_write_event_coder (self, edit.db, id, coder, error)) &&
           write_actors (self, edit.db, &edit, id, draft, error) &&
           _sitrep_store_refresh_derived (self, edit.db, id, error);
    }
  if (!_sitrep_edit_end (&edit, ok, "events-changed", id, error))
    return 0;
  return id;
}

gboolean
sitrep_store_update_event (SitrepStore             *self,
                           gint64                   id,
                           const SitrepEventDraft  *draft,
                           GError                 **error)
{
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);

  if (!_sitrep_edit_begin (&edit, self, "event", _("Edit event"), error))
    return FALSE;
  ok = _sitrep_store_event_exists (self, id) ||
       _sitrep_store_not_found (error, _("That event is no longer in the project."));
  ok = ok && validate_draft (self, draft, error);
  ok = ok && _sitrep_edit_touch (&edit, "events", id, error) &&
       write_event_row (self, edit.db, id, draft, error) != 0 &&
       write_actors (self, edit.db, &edit, id, draft, error);
  return _sitrep_edit_end (&edit, ok, "events-changed", id, error);
}

/* Loads @id into a draft, lets @change alter it, and saves it. */
typedef void (*DraftChange) (SitrepEventDraft *draft,
                             gpointer          data);

static gboolean
change_event (SitrepStore  *self,
              gint64        id,
              DraftChange   change,
              gpointer      data,
              GError      **error)
{
  g_autoptr(SitrepEvent) event = sitrep_store_get_event (self, id, error);
  SitrepEventDraft draft;

  if (event == NULL)
    return FALSE;
  sitrep_event_draft_init_from_event (&draft, event);
  change (&draft, data);
  return sitrep_store_update_event (self, id, &draft, error);
}

typedef struct
{
  const char *s1, *s2;
  gint64 i1, i2;
  const gint64 *a1, *a2;
  guint n1, n2;
  int p1, p2;
  double d1, d2;
  gboolean b;
} Change;

static void
change_type (SitrepEventDraft *draft,
             gpointer          data)
{
  Change *c = data;

  draft->event_type = c->s1;
  draft->sub_event_type = c->s2;
}

gboolean
sitrep_store_set_event_type (SitrepStore  *self,
                             gint64        id,
                             const char   *event_type,
                             const char   *sub_event_type,
                             GError      **error)
{
  Change c = { .s1 = event_type, .s2 = sub_event_type };

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  return change_event (self, id, change_type, &c, error);
}

static void
change_dates (SitrepEventDraft *draft,
              gpointer          data)
{
  Change *c = data;

  draft->date_start = c->s1;
  draft->date_end = c->s2;
  draft->date_precision = c->p1;
}

gboolean
sitrep_store_set_event_dates (SitrepStore  *self,
                              gint64        id,
                              const char   *date_start,
                              const char   *date_end,
                              int           date_precision,
                              GError      **error)
{
  Change c = { .s1 = date_start, .s2 = date_end, .p1 = date_precision };

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  return change_event (self, id, change_dates, &c, error);
}

static void
change_place (SitrepEventDraft *draft,
              gpointer          data)
{
  Change *c = data;

  if (draft->place_id != c->i1)
    {
      /* A new place brings its own coordinates and admin areas. */
      draft->latitude = draft->longitude = NAN;
      draft->admin1 = draft->admin2 = draft->country = NULL;
    }
  draft->place_id = c->i1;
  draft->geo_precision = c->p1;
  draft->where_prec = c->p2;
}

gboolean
sitrep_store_set_event_place (SitrepStore  *self,
                              gint64        id,
                              gint64        place_id,
                              int           geo_precision,
                              int           where_prec,
                              GError      **error)
{
  Change c = { .i1 = place_id, .p1 = geo_precision, .p2 = where_prec };

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  return change_event (self, id, change_place, &c, error);
}

static void
change_coordinates (SitrepEventDraft *draft,
                    gpointer          data)
{
  Change *c = data;

  draft->latitude = c->d1;
  draft->longitude = c->d2;
}

gboolean
sitrep_store_set_event_coordinates (SitrepStore  *self,
                                    gint64        id,
                                    double        latitude,
                                    double        longitude,
                                    GError      **error)
{
  Change c = { .d1 = latitude, .d2 = longitude };

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  return change_event (self, id, change_coordinates, &c, error);
}

static void
change_actors (SitrepEventDraft *draft,
               gpointer          data)
{
  Change *c = data;

  draft->actor1_id = c->i1;
  draft->actor2_id = c->i2;
  draft->assoc1_ids = c->a1;
  draft->n_assoc1 = c->n1;
  draft->assoc2_ids = c->a2;
  draft->n_assoc2 = c->n2;
}

gboolean
sitrep_store_set_event_actors (SitrepStore   *self,
                               gint64         id,
                               gint64         actor1_id,
                               gint64         actor2_id,
                               const gint64  *assoc1_ids,
                               guint          n_assoc1,
                               const gint64  *assoc2_ids,
                               guint          n_assoc2,
                               GError       **error)
{
  Change c = { .i1 = actor1_id, .i2 = actor2_id, .a1 = assoc1_ids, .n1 = n_assoc1,
               .a2 = assoc2_ids, .n2 = n_assoc2 };

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  return change_event (self, id, change_actors, &c, error);
}

static void
change_text (SitrepEventDraft *draft,
             gpointer          data)
{
  Change *c = data;

  draft->civilian_targeting = c->b;
  draft->description = c->s1;
  draft->notes = c->s2;
}

gboolean
sitrep_store_set_event_text (SitrepStore  *self,
                             gint64        id,
                             gboolean      civilian_targeting,
                             const char   *description,
                             const char   *notes,
                             GError      **error)
{
  Change c = { .b = civilian_targeting, .s1 = description, .s2 = notes };

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  return change_event (self, id, change_text, &c, error);
}

/* Touches every row that hangs off @event_id. */
static gboolean
touch_children (SitrepStore  *self,
                SitrepEdit         *edit,
                gint64        event_id,
                GError      **error)
{
  static const char * const queries[][2] = {
    { "claims", "SELECT id FROM claims WHERE event_id = ?1" },
    { "event_evidence", "SELECT id FROM event_evidence WHERE event_id = ?1" },
    { "event_actors", "SELECT id FROM event_actors WHERE event_id = ?1" },
    { "story_steps", "SELECT id FROM story_steps WHERE event_id = ?1" },
    /* The incidents it was made of, that a second report joins by. */
    { "suggested_incidents", "SELECT id FROM suggested_incidents WHERE event_id = ?1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GArray) ids = _sitrep_store_select_ids (self, queries[i][1], event_id, error);
      if (ids == NULL || !_sitrep_store_touch_all (edit, queries[i][0], ids, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
sitrep_store_delete_event (SitrepStore  *self,
                           gint64        id,
                           GError      **error)
{
  sqlite3_stmt *stmt;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (!_sitrep_edit_begin (&edit, self, "event", _("Delete event"), error))
    return FALSE;
  ok = _sitrep_store_event_exists (self, id) ||
       _sitrep_store_not_found (error, _("That event is no longer in the project."));
  ok = ok && touch_children (self, &edit, id, error) && _sitrep_edit_touch (&edit, "events", id, error);
  stmt = ok ? _sitrep_store_statement (self, "DELETE FROM events WHERE id = ?1", error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = _sitrep_store_step_done (edit.db, stmt, _("The event could not be deleted."), error);
    }
  return _sitrep_edit_end (&edit, ok, "events-changed", id, error);
}

/* ---------------------------------------------------------------- bulk import */

/* The actor entity called @name, made (with its name as an alias) when missing. */
static gint64
ensure_actor (SitrepStore      *self,
              sqlite3          *db,
              GHashTable       *cache,
              SitrepChangeSet  *changes,
              const char       *name,
              const char       *actor_type,
              GError          **error)
{
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (_sitrep_store_empty (name))
    return 0;
  id = GPOINTER_TO_SIZE (g_hash_table_lookup (cache, name));
  if (id != 0)
    return id;

  stmt = _sitrep_store_statement (self, "SELECT id FROM entities WHERE kind = 'actor' AND name = ?1"
                                        " ORDER BY id LIMIT 1", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (id == 0)
    {
      stmt = _sitrep_store_statement (self, "INSERT INTO entities (kind, name, actor_type)"
                                            " VALUES ('actor', ?1, ?2)", error);
      if (stmt == NULL)
        return -1;
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
      _sitrep_store_bind_text (stmt, 2, actor_type);
      if (!_sitrep_store_step_done (db, stmt, _("The actor could not be saved."), error))
        return -1;
      id = sqlite3_last_insert_rowid (db);

      key = sitrep_normalize_name (name);
      stmt = _sitrep_store_statement (self, "INSERT INTO entity_aliases (entity_id, alias, normalized)"
                                            " VALUES (?1, ?2, ?3)", error);
      if (stmt == NULL)
        return -1;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, key, -1, SQLITE_TRANSIENT);
      if (!_sitrep_store_step_done (db, stmt, _("The actor could not be saved."), error))
        return -1;
      _sitrep_change_set_add (changes, SITREP_STORE_CHANGE_ENTITY, SITREP_STORE_CHANGE_ADDED, id, 0);
    }
  g_hash_table_insert (cache, g_strdup (name), GSIZE_TO_POINTER ((gsize) id));
  return id;
}

static gboolean
import_one (SitrepStore              *self,
            sqlite3                  *db,
            GHashTable               *cache,
            SitrepChangeSet          *changes,
            const SitrepEventImport  *item,
            GError                  **error)
{
  SitrepEventDraft draft = item->draft;
  gint64 id, claimant = 0;
  sqlite3_stmt *stmt;

  draft.actor1_id = ensure_actor (self, db, cache, changes, item->actor1_name, item->actor1_type, error);
  if (draft.actor1_id < 0)
    return FALSE;
  draft.actor2_id = ensure_actor (self, db, cache, changes, item->actor2_name, item->actor2_type, error);
  if (draft.actor2_id < 0)
    return FALSE;
  if (draft.actor1_id != 0 && draft.actor1_id == draft.actor2_id)
    draft.actor2_id = 0;
  draft.n_assoc1 = draft.n_assoc2 = 0;
  claimant = ensure_actor (self, db, cache, changes, item->claimant_name, NULL, error);
  if (claimant < 0)
    return FALSE;

  if (!validate_draft (self, &draft, error))
    return FALSE;
  id = write_event_row (self, db, 0, &draft, error);
  if (id == 0 || !write_actors (self, db, NULL, id, &draft, error))
    return FALSE;
  _sitrep_change_set_add (changes, SITREP_STORE_CHANGE_EVENT, SITREP_STORE_CHANGE_ADDED, id, 0);

  stmt = _sitrep_store_statement (self,
                                  "UPDATE events SET external_source = ?2, external_id = ?3, low_override = ?4,"
                                  " high_override = ?5, range_override_reason = ?6, source_reference = ?7"
                                  " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  _sitrep_store_bind_text (stmt, 2, item->external_source);
  _sitrep_store_bind_text (stmt, 3, item->external_id);
  _sitrep_store_bind_figure (stmt, 4, item->low_override);
  _sitrep_store_bind_figure (stmt, 5, item->high_override);
  _sitrep_store_bind_text (stmt, 6, item->low_override >= 0 || item->high_override >= 0 ?
                                    item->range_override_reason : NULL);
  _sitrep_store_bind_text (stmt, 7, item->source_reference);
  if (!_sitrep_store_step_done (db, stmt, _("The event could not be saved."), error))
    return FALSE;

  for (guint c = 0; c < item->n_claims; c++)
    {
      SitrepClaimDraft claim = item->claims[c];
      gint64 claim_id;

      if (claimant != 0)
        claim.claimant_id = claimant;
      if (!_sitrep_store_validate_claim (self, &claim, error))
        return FALSE;
      claim_id = _sitrep_store_insert_claim (self, db, NULL, id, &claim, error);
      if (claim_id == 0)
        return FALSE;
      _sitrep_change_set_add (changes, SITREP_STORE_CHANGE_CLAIM, SITREP_STORE_CHANGE_ADDED,
                              claim_id, id);
    }
  return _sitrep_store_refresh_derived (self, db, id, error);
}

static guint
import_events_on (SitrepStore               *self,
                  const SitrepEventImport   *items,
                  guint                      n_items,
                  SitrepEventImportProgress  progress,
                  gpointer                   user_data,
                  GCancellable              *cancellable,
                  GError                   **error)
{
  g_autoptr(GHashTable) cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(SitrepChangeSet) changes = _sitrep_change_set_new ();
  sqlite3 *db;
  gboolean ok = TRUE;
  guint done = 0;

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return 0;
  if (!_sitrep_store_begin (self, error))
    {
      _sitrep_store_unlock (self);
      return 0;
    }

  for (guint i = 0; ok && i < n_items; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          ok = FALSE;
          break;
        }
      ok = import_one (self, db, cache, changes, &items[i], error);
      if (!ok)
        /* Translators: a sentence put before the reason the event was refused */
        g_prefix_error (error, _("Event %u of %u could not be imported. "), i + 1, n_items);
      else
        done++;
      if (progress != NULL && (done % 256 == 0 || done == n_items))
        progress (done, n_items, user_data);
    }

  if (ok)
    ok = _sitrep_store_commit (self, error);
  if (!ok)
    _sitrep_store_rollback (self);
  _sitrep_store_unlock (self);

  if (!ok)
    return 0;
  _sitrep_store_emit_changes (self, changes);
  _sitrep_store_emit (self, "events-changed", 0);
  _sitrep_store_emit (self, "entities-changed", 0);
  return done;
}

guint
sitrep_store_import_events (SitrepStore               *self,
                            const SitrepEventImport   *items,
                            guint                      n_items,
                            SitrepEventImportProgress  progress,
                            gpointer                   user_data,
                            GCancellable              *cancellable,
                            GError                   **error)
{
  g_autoptr(SitrepStore) writer = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);
  g_return_val_if_fail (items != NULL || n_items == 0, 0);

  if (!_sitrep_store_check_writable (self, error))
    return 0;
  /* Thousands of rows in one transaction: on a connection of its own, so
   * reads on this one (the window's) go on and see the project as it was. */
  writer = _sitrep_store_bulk_writer (self, error);
  if (writer == NULL)
    return 0;
  return import_events_on (writer, items, n_items, progress, user_data, cancellable, error);
}

gboolean
sitrep_store_place_events (SitrepStore   *self,
                           const gint64  *ids,
                           const double  *coordinates,
                           guint          n,
                           const char    *description,
                           GError       **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (n == 0 || (ids != NULL && coordinates != NULL), FALSE);

  /* One transaction: the views hear of it once, as one change of n events. */
  sitrep_store_begin_group (self, description != NULL ? description : _("Place events"));
  ok = _sitrep_store_unit_begin (self, error);
  if (ok)
    {
      for (guint i = 0; ok && i < n; i++)
        ok = sitrep_store_set_event_coordinates (self, ids[i], coordinates[2 * i],
                                                 coordinates[2 * i + 1], error);
      ok = _sitrep_store_unit_end (self, ok, ok ? error : NULL);
    }
  sitrep_store_end_group (self);

  return ok;
}

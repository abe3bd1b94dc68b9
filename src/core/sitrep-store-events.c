/* sitrep-store-events.c — events, their actors, evidence and casualty claims
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-normalize.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"
#include "sitrep-timeline.h"

/* Same-incident suggestions (DESIGN: "same place entity or within 25 km,
 * dates within 3 days, an actor in common"). */
#define SIMILAR_DAYS 3
#define SIMILAR_KM 25.0
#define SIMILAR_LIMIT 20
#define EARTH_RADIUS_KM 6371.0

static const char * const role_names[] = { "actor1", "actor2", "assoc1", "assoc2" };

G_DEFINE_BOXED_TYPE (SitrepEvidence, sitrep_evidence, sitrep_evidence_copy, sitrep_evidence_free)

SitrepEvidence *
sitrep_evidence_copy (const SitrepEvidence *evidence)
{
  SitrepEvidence *copy;

  g_return_val_if_fail (evidence != NULL, NULL);

  copy = g_memdup2 (evidence, sizeof *evidence);
  copy->text = g_strdup (evidence->text);
  copy->article_title = g_strdup (evidence->article_title);
  copy->source = g_strdup (evidence->source);
  return copy;
}

void
sitrep_evidence_free (SitrepEvidence *evidence)
{
  if (evidence == NULL)
    return;
  g_free (evidence->text);
  g_free (evidence->article_title);
  g_free (evidence->source);
  g_free (evidence);
}

/* ---------------------------------------------------------------- edits */

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError     **error,
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

static gboolean
not_found (GError     **error,
           const char  *message)
{
  g_set_error_literal (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND, message);
  return FALSE;
}

/* Ids of the rows of @sql (one int64 parameter). */
static GArray *
select_ids (SitrepStore  *self,
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

static gboolean
touch_all (SitrepEdit        *edit,
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

static gboolean
event_exists (SitrepStore *self,
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
static char *
entity_kind (SitrepStore *self,
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

static gboolean
parse_date (const char *str,
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

static gboolean
empty (const char *s)
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
  kind = entity_kind (self, id);
  if (kind == NULL)
    return not_found (error, _("That actor is no longer in the project."));
  if (strcmp (kind, "place") == 0)
    return invalid (error, _("A place cannot be an actor of an event."));
  return TRUE;
}

static gboolean
validate_draft (SitrepStore             *self,
                const SitrepEventDraft  *draft,
                GError                 **error)
{
  SitrepCodebook *codebook = sitrep_codebook_get_default ();
  GDate start, end;

  if (!empty (draft->event_type) && !sitrep_codebook_has_event_type (codebook, draft->event_type))
    return invalid (error, _("“%s” is not an event type of the %s codebook."), draft->event_type,
                    sitrep_codebook_get_name (codebook));
  if (!empty (draft->sub_event_type))
    {
      const char *type_of = sitrep_codebook_get_event_type_of (codebook, draft->sub_event_type);

      if (type_of == NULL)
        return invalid (error, _("“%s” is not a sub-event type of the %s codebook."),
                        draft->sub_event_type, sitrep_codebook_get_name (codebook));
      if (empty (draft->event_type))
        return invalid (error, _("Choose the event type before the sub-event type (“%s” is a kind of %s)."),
                        draft->sub_event_type, type_of);
      if (strcmp (type_of, draft->event_type) != 0)
        return invalid (error, _("“%s” is a kind of %s, not of %s."), draft->sub_event_type, type_of,
                        draft->event_type);
    }

  if (!empty (draft->date_start) && !parse_date (draft->date_start, &start))
    return invalid (error, _("“%s” is not a date: write it as year-month-day, e.g. 2022-10-13."),
                    draft->date_start);
  if (!empty (draft->date_end) && !parse_date (draft->date_end, &end))
    return invalid (error, _("“%s” is not a date: write it as year-month-day, e.g. 2022-10-13."),
                    draft->date_end);
  if (!empty (draft->date_end) && empty (draft->date_start))
    return invalid (error, _("An event with an end date needs a start date."));
  if (!empty (draft->date_end) && g_date_compare (&end, &start) < 0)
    return invalid (error, _("The end date (%s) is before the start date (%s)."), draft->date_end,
                    draft->date_start);
  if (draft->date_precision < 0 || draft->date_precision > 5)
    return invalid (error, _("Date precision goes from 1 (exact day) to 5 (year)."));
  if (draft->geo_precision < 0 || draft->geo_precision > 3)
    return invalid (error, _("Geo precision (ACLED) goes from 1 (the town) to 3 (the region)."));
  if (draft->where_prec < 0 || draft->where_prec > 7)
    return invalid (error, _("Where precision (UCDP) goes from 1 (exact place) to 7 (waters or airspace)."));

  if (isnan (draft->latitude) != isnan (draft->longitude))
    return invalid (error, _("Give both latitude and longitude, or neither."));
  if (!isnan (draft->latitude) &&
      (draft->latitude < -90 || draft->latitude > 90 || draft->longitude < -180 || draft->longitude > 180))
    return invalid (error, _("Coordinates must be a latitude between -90 and 90 and a longitude between "
                             "-180 and 180."));

  if (draft->place_id != 0)
    {
      g_autofree char *kind = entity_kind (self, draft->place_id);

      if (kind == NULL)
        return not_found (error, _("That place is no longer in the project."));
      if (strcmp (kind, "place") != 0)
        return invalid (error, _("The place of an event must be a place, not an actor or a person."));
    }

  if (!check_actor (self, draft->actor1_id, error) || !check_actor (self, draft->actor2_id, error))
    return FALSE;
  if (draft->actor1_id != 0 && draft->actor1_id == draft->actor2_id)
    return invalid (error, _("Actor 1 and actor 2 must be different actors."));
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

static gboolean
place_coordinates (SitrepStore *self,
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

static void
bind_optional_int (sqlite3_stmt *stmt,
                   int           index,
                   gint64        value)
{
  if (value != 0)
    sqlite3_bind_int64 (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

static void
bind_nonempty (sqlite3_stmt *stmt,
               int           index,
               const char   *text)
{
  _sitrep_store_bind_text (stmt, index, empty (text) ? NULL : text);
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

  if (!manual && !place_coordinates (self, draft->place_id, &latitude, &longitude))
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
  bind_nonempty (stmt, 2, draft->event_type);
  bind_nonempty (stmt, 3, draft->sub_event_type);
  _sitrep_store_bind_text (stmt, 4, sitrep_codebook_get_disorder_type (codebook, draft->sub_event_type));
  bind_nonempty (stmt, 5, draft->date_start);
  /* A one-day event keeps its end: exports need both. */
  bind_nonempty (stmt, 6, empty (draft->date_end) ? draft->date_start : draft->date_end);
  sqlite3_bind_int (stmt, 7, draft->date_precision);
  bind_optional_int (stmt, 8, draft->place_id);
  bind_nonempty (stmt, 9, draft->location);
  bind_nonempty (stmt, 10, draft->admin1);
  bind_nonempty (stmt, 11, draft->admin2);
  bind_nonempty (stmt, 12, draft->country);
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
  bind_nonempty (stmt, 19, draft->description);
  bind_nonempty (stmt, 20, draft->notes);
  bind_nonempty (stmt, 21, draft->source_scale);
  sqlite3_bind_text (stmt, 22, now, -1, SQLITE_TRANSIENT);
  if (!_sitrep_store_step_done (db, stmt, _("save the event"), error))
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
  if (!_sitrep_store_step_done (db, stmt, _("save the actors of the event"), error))
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
      g_autoptr(GArray) old = select_ids (self, "SELECT id FROM event_actors WHERE event_id = ?1",
                                          event_id, error);
      if (old == NULL || !touch_all (edit, "event_actors", old, error))
        return FALSE;
      stmt = _sitrep_store_statement (self, "DELETE FROM event_actors WHERE event_id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, event_id);
      if (!_sitrep_store_step_done (db, stmt, _("save the actors of the event"), error))
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

/* ---------------------------------------------------------------- derived figures */

static const char *
dup_in (GPtrArray  *strings,
        const char *s)
{
  if (s == NULL)
    return NULL;
  g_ptr_array_add (strings, g_strdup (s));
  return g_ptr_array_index (strings, strings->len - 1);
}

/* Reads the claims of @event_id as the derivation wants them; the strings
 * they point to live in @strings. */
static GArray *
claim_figures (SitrepStore  *self,
               gint64        event_id,
               GPtrArray    *strings,
               GError      **error)
{
  g_autoptr(GArray) figures = g_array_new (FALSE, TRUE, sizeof (SitrepClaimFigure));
  sqlite3_stmt *stmt;
  int rc;

  stmt = _sitrep_store_statement (self,
                                  "SELECT c.kind, c.qualifier, c.count_low, coalesce (c.count_high, c.count_low),"
                                  " c.victim_side,"
                                  " CASE WHEN c.claimant_id IS NOT NULL THEN 'claimant:' || c.claimant_id"
                                  "  WHEN c.claimant_text IS NOT NULL THEN 'claimant:' || lower (c.claimant_text)"
                                  "  WHEN c.article_id IS NOT NULL THEN 'article:' || c.article_id END,"
                                  " coalesce (n.name, c.claimant_text, s.name, a.title)"
                                  " FROM claims c LEFT JOIN entities n ON n.id = c.claimant_id"
                                  " LEFT JOIN articles a ON a.id = c.article_id"
                                  " LEFT JOIN sources s ON s.id = a.source_id"
                                  " WHERE c.event_id = ?1 AND c.count_low IS NOT NULL ORDER BY c.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, event_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SitrepClaimFigure f = { 0 };
      SitrepClaimKind kind = SITREP_CLAIM_KILLED;
      SitrepQualifier qualifier = SITREP_QUALIFIER_EXACT;
      SitrepVictimSide side = SITREP_VICTIM_UNKNOWN;

      sitrep_claim_kind_from_string ((const char *) sqlite3_column_text (stmt, 0), &kind);
      sitrep_qualifier_from_string ((const char *) sqlite3_column_text (stmt, 1), &qualifier);
      sitrep_victim_side_from_string ((const char *) sqlite3_column_text (stmt, 4), &side);
      f.kind = kind;
      f.qualifier = qualifier;
      f.low = sqlite3_column_int64 (stmt, 2);
      f.high = sqlite3_column_int64 (stmt, 3);
      f.victim_side = side;
      f.source = dup_in (strings, (const char *) sqlite3_column_text (stmt, 5));
      f.source_label = dup_in (strings, (const char *) sqlite3_column_text (stmt, 6));
      g_array_append_val (figures, f);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, NULL, rc, _("read the claims"));
      return NULL;
    }
  return g_steal_pointer (&figures);
}

static gboolean
derive_figures (SitrepStore           *self,
                gint64                 event_id,
                SitrepDerivedFigures  *out,
                GError               **error)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) figures = NULL;
  g_autofree char *best_reason = NULL;
  g_autofree char *range_reason = NULL;
  gint64 best = -1, low = -1, high = -1;
  sqlite3_stmt *stmt;

  stmt = _sitrep_store_statement (self,
                                  "SELECT coalesce (best_override, -1), best_override_reason,"
                                  " coalesce (low_override, -1), coalesce (high_override, -1),"
                                  " range_override_reason FROM events WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return not_found (error, _("That event is no longer in the project."));
    }
  best = sqlite3_column_int64 (stmt, 0);
  best_reason = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  low = sqlite3_column_int64 (stmt, 2);
  high = sqlite3_column_int64 (stmt, 3);
  range_reason = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  sqlite3_reset (stmt);

  figures = claim_figures (self, event_id, strings, error);
  if (figures == NULL)
    return FALSE;
  sitrep_claims_derive ((const SitrepClaimFigure *) (gpointer) figures->data, figures->len,
                        best, best_reason, low, high, range_reason, out);
  return TRUE;
}

static void
bind_figure (sqlite3_stmt *stmt,
             int           index,
             gint64        value)
{
  if (value >= 0)
    sqlite3_bind_int64 (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

/* Recomputes the cached figures of @event_id (the caller touched the row). */
static gboolean
refresh_derived (SitrepStore  *self,
                 sqlite3      *db,
                 gint64        event_id,
                 GError      **error)
{
  SitrepDerivedFigures f;
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!derive_figures (self, event_id, &f, error))
    return FALSE;
  stmt = _sitrep_store_statement (self,
                                  "UPDATE events SET derived_fatalities = ?2, derived_low = ?3,"
                                  " derived_best = ?4, derived_high = ?5, derived_sources = ?6,"
                                  " derived_disputed = ?7 WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, event_id);
      bind_figure (stmt, 2, f.fatalities);
      bind_figure (stmt, 3, f.low);
      bind_figure (stmt, 4, f.best);
      bind_figure (stmt, 5, f.high);
      sqlite3_bind_int (stmt, 6, (int) f.n_sources);
      sqlite3_bind_int (stmt, 7, f.disputed ? 1 : 0);
      ok = _sitrep_store_step_done (db, stmt, _("save the event’s figures"), error);
    }
  sitrep_derived_figures_clear (&f);
  return ok;
}

static gboolean
touch_modified (SitrepStore  *self,
                sqlite3      *db,
                gint64        event_id,
                GError      **error)
{
  g_autofree char *now = _sitrep_store_now ();
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "UPDATE events SET modified_at = ?2 WHERE id = ?1",
                                                error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  return _sitrep_store_step_done (db, stmt, _("save the event"), error);
}

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

#define COL_TEXT(i) ((const char *) sqlite3_column_text (stmt, (i)))

static double
column_double_or_nan (sqlite3_stmt *stmt,
                      int           i)
{
  return sqlite3_column_type (stmt, i) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, i);
}

static SitrepEvent *
event_from_row (SitrepStore  *self,
                sqlite3_stmt *stmt,
                GError      **error)
{
  SitrepCodebook *codebook = sitrep_codebook_get_default ();
  g_autoptr(GStrvBuilder) assoc_names1 = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) assoc_names2 = g_strv_builder_new ();
  g_autoptr(GArray) assoc_ids1 = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) assoc_ids2 = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GStrv) assoc1 = NULL;
  g_auto(GStrv) assoc2 = NULL;
  gint64 id = sqlite3_column_int64 (stmt, 0);
  gint64 actor_ids[2] = { 0, 0 };
  char *actor_names[2] = { NULL, NULL };
  char *actor_types[2] = { NULL, NULL };
  sqlite3_stmt *actors;
  SitrepEvent *event;
  int inter1, inter2, date_precision;

  actors = _sitrep_store_statement (self,
                                    "SELECT a.role, a.entity_id, n.name, n.actor_type FROM event_actors a"
                                    " JOIN entities n ON n.id = a.entity_id WHERE a.event_id = ?1"
                                    " ORDER BY a.role, a.position, a.id", error);
  if (actors == NULL)
    return NULL;
  sqlite3_bind_int64 (actors, 1, id);
  while (sqlite3_step (actors) == SQLITE_ROW)
    {
      const char *role = (const char *) sqlite3_column_text (actors, 0);
      gint64 entity = sqlite3_column_int64 (actors, 1);
      const char *name = (const char *) sqlite3_column_text (actors, 2);
      int side = role[strlen (role) - 1] == '1' ? 0 : 1;

      if (g_str_has_prefix (role, "actor"))
        {
          actor_ids[side] = entity;
          g_free (actor_names[side]);
          actor_names[side] = g_strdup (name);
          g_free (actor_types[side]);
          actor_types[side] = g_strdup ((const char *) sqlite3_column_text (actors, 3));
        }
      else
        {
          g_strv_builder_add (side == 0 ? assoc_names1 : assoc_names2, name);
          g_array_append_val (side == 0 ? assoc_ids1 : assoc_ids2, entity);
        }
    }
  sqlite3_reset (actors);

  assoc1 = g_strv_builder_end (assoc_names1);
  assoc2 = g_strv_builder_end (assoc_names2);
  inter1 = sitrep_codebook_get_inter_code (codebook, actor_types[0]);
  inter2 = sitrep_codebook_get_inter_code (codebook, actor_types[1]);
  date_precision = sqlite3_column_int (stmt, 6);

  event = g_object_new (SITREP_TYPE_EVENT,
                       "id", id,
                       "event-type", COL_TEXT (1),
                       "sub-event-type", COL_TEXT (2),
                       "disorder-type", COL_TEXT (3),
                       "date-start", COL_TEXT (4),
                       "date-end", COL_TEXT (5),
                       "date-precision", date_precision,
                       "time-precision", sitrep_codebook_get_time_precision (codebook, date_precision),
                       "place-id", sqlite3_column_int64 (stmt, 7),
                       "place-name", COL_TEXT (8),
                       "location", COL_TEXT (9),
                       "admin1", COL_TEXT (10),
                       "admin2", COL_TEXT (11),
                       "country", COL_TEXT (12),
                       "coordinates-set", sqlite3_column_int (stmt, 15) != 0,
                       "geo-precision", sqlite3_column_int (stmt, 16),
                       "where-prec", sqlite3_column_int (stmt, 17),
                       "civilian-targeting", sqlite3_column_int (stmt, 18) != 0,
                       "description", COL_TEXT (19),
                       "notes", COL_TEXT (20),
                       "source-scale", COL_TEXT (21),
                       "best-override", sqlite3_column_int64 (stmt, 22),
                       "best-override-reason", COL_TEXT (23),
                       "low-override", sqlite3_column_int64 (stmt, 24),
                       "high-override", sqlite3_column_int64 (stmt, 25),
                       "range-override-reason", COL_TEXT (26),
                       "external-source", COL_TEXT (27),
                       "external-id", COL_TEXT (28),
                       "fatalities", sqlite3_column_int64 (stmt, 29),
                       "low", sqlite3_column_int64 (stmt, 30),
                       "best", sqlite3_column_int64 (stmt, 31),
                       "high", sqlite3_column_int64 (stmt, 32),
                       "n-sources", (guint) sqlite3_column_int (stmt, 33),
                       "disputed", sqlite3_column_int (stmt, 34) != 0,
                       "created-at", COL_TEXT (35),
                       "modified-at", COL_TEXT (36),
                       "n-claims", (guint) sqlite3_column_int (stmt, 37),
                       "n-evidence", (guint) sqlite3_column_int (stmt, 38),
                       "source-reference", COL_TEXT (39),
                       "actor1-id", actor_ids[0],
                       "actor1", actor_names[0],
                       "actor1-type", actor_types[0],
                       "actor2-id", actor_ids[1],
                       "actor2", actor_names[1],
                       "actor2-type", actor_types[1],
                       "assoc-actor1", assoc1,
                       "assoc-actor2", assoc2,
                       "assoc-actor1-ids", assoc_ids1,
                       "assoc-actor2-ids", assoc_ids2,
                       "inter1", inter1,
                       "inter2", inter2,
                       "interaction", sitrep_codebook_get_interaction (codebook, inter1, inter2),
                       NULL);
  for (guint i = 0; i < 2; i++)
    {
      g_free (actor_names[i]);
      g_free (actor_types[i]);
    }
  /* NAN (no coordinates) is the default: a GParamSpec would refuse it. */
  if (sqlite3_column_type (stmt, 13) != SQLITE_NULL && sqlite3_column_type (stmt, 14) != SQLITE_NULL)
    g_object_set (event,
                  "latitude", sqlite3_column_double (stmt, 13),
                  "longitude", sqlite3_column_double (stmt, 14),
                  NULL);
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
          _sitrep_store_set_sqlite_error (error, db, rc, _("read the events"));
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
      not_found (error, _("That event is no longer in the project."));
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
      _sitrep_journal_touch_new (edit.journal, "events", id);
      ok = write_actors (self, edit.db, &edit, id, draft, error) &&
           refresh_derived (self, edit.db, id, error);
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
  ok = event_exists (self, id) || not_found (error, _("That event is no longer in the project."));
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

gboolean
sitrep_store_set_event_best_override (SitrepStore  *self,
                                      gint64        id,
                                      gint64        best,
                                      const char   *reason,
                                      GError      **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  sqlite3_stmt *stmt;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (best >= 0 && *stripped == '\0')
    return invalid (error, _("Say why best is set by hand: the reason is kept with the figure."));
  if (!_sitrep_edit_begin (&edit, self, "event", best >= 0 ? _("Set best figure") : _("Clear best figure"), error))
    return FALSE;
  ok = event_exists (self, id) || not_found (error, _("That event is no longer in the project."));
  ok = ok && _sitrep_edit_touch (&edit, "events", id, error);
  stmt = ok ? _sitrep_store_statement (self, "UPDATE events SET best_override = ?2,"
                                             " best_override_reason = ?3 WHERE id = ?1", error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      bind_figure (stmt, 2, best);
      _sitrep_store_bind_text (stmt, 3, best >= 0 ? stripped : NULL);
      ok = _sitrep_store_step_done (edit.db, stmt, _("save the event"), error) &&
           touch_modified (self, edit.db, id, error) &&
           refresh_derived (self, edit.db, id, error);
    }
  return _sitrep_edit_end (&edit, ok, "events-changed", id, error);
}

gboolean
sitrep_store_set_event_range_override (SitrepStore  *self,
                                       gint64        id,
                                       gint64        low,
                                       gint64        high,
                                       const char   *reason,
                                       GError      **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  gboolean set = low >= 0 || high >= 0;
  sqlite3_stmt *stmt;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (set && (low < 0 || high < 0))
    return invalid (error, _("Give both low and high, or clear both."));
  if (set && low > high)
    return invalid (error, _("Low (%" G_GINT64_FORMAT ") is above high (%" G_GINT64_FORMAT ")."), low, high);
  if (set && *stripped == '\0')
    return invalid (error, _("Say why low and high are set by hand: the reason is kept with the figures."));
  if (!_sitrep_edit_begin (&edit, self, "event", set ? _("Set low and high") : _("Clear low and high"), error))
    return FALSE;
  ok = event_exists (self, id) || not_found (error, _("That event is no longer in the project."));
  ok = ok && _sitrep_edit_touch (&edit, "events", id, error);
  stmt = ok ? _sitrep_store_statement (self, "UPDATE events SET low_override = ?2, high_override = ?3,"
                                             " range_override_reason = ?4 WHERE id = ?1", error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      bind_figure (stmt, 2, set ? low : -1);
      bind_figure (stmt, 3, set ? high : -1);
      _sitrep_store_bind_text (stmt, 4, set ? stripped : NULL);
      ok = _sitrep_store_step_done (edit.db, stmt, _("save the event"), error) &&
           touch_modified (self, edit.db, id, error) &&
           refresh_derived (self, edit.db, id, error);
    }
  return _sitrep_edit_end (&edit, ok, "events-changed", id, error);
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
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GArray) ids = select_ids (self, queries[i][1], event_id, error);
      if (ids == NULL || !touch_all (edit, queries[i][0], ids, error))
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
  ok = event_exists (self, id) || not_found (error, _("That event is no longer in the project."));
  ok = ok && touch_children (self, &edit, id, error) && _sitrep_edit_touch (&edit, "events", id, error);
  stmt = ok ? _sitrep_store_statement (self, "DELETE FROM events WHERE id = ?1", error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = _sitrep_store_step_done (edit.db, stmt, _("delete the event"), error);
    }
  return _sitrep_edit_end (&edit, ok, "events-changed", id, error);
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
  g_autoptr(GString) sql = g_string_new ("SELECT e.id FROM events e");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *pattern = NULL;
  const char *dir;
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  if (query == NULL)
    query = &all;
  dir = query->descending ? "DESC" : "ASC";

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
      _sitrep_store_set_sqlite_error (error, db, rc, _("list the events"));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* ---------------------------------------------------------------- evidence */

static gint64
find_evidence (SitrepStore *self,
               gint64       event_id,
               gint64       article_id,
               guint        start,
               guint        end)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  stmt = _sitrep_store_statement (self, "SELECT id FROM event_evidence WHERE event_id = ?1"
                                        " AND article_id = ?2 AND start = ?3 AND \"end\" = ?4", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, article_id);
  sqlite3_bind_int (stmt, 3, (int) start);
  sqlite3_bind_int (stmt, 4, (int) end);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

/* Adds a span as evidence inside an edit; returns its id (an existing one
 * when the span is already there), 0 on error. */
static gint64
insert_evidence (SitrepStore  *self,
                 SitrepEdit         *edit,
                 gint64        event_id,
                 gint64        article_id,
                 gint64        annotation_id,
                 guint         start,
                 guint         end,
                 GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  if (end <= start)
    {
      invalid (error, _("Select some text to add as evidence."));
      return 0;
    }
  id = find_evidence (self, event_id, article_id, start, end);
  if (id != 0)
    return id;

  /* substr () and length () count characters, as the offsets do. */
  stmt = _sitrep_store_statement (self,
                                  "INSERT INTO event_evidence (event_id, article_id, annotation_id, start, \"end\", text)"
                                  " SELECT ?1, ?2, ?3, ?4, ?5, substr (body, ?4 + 1, ?5 - ?4)"
                                  " FROM article_texts WHERE article_id = ?2 AND length (body) >= ?5", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, article_id);
  bind_optional_int (stmt, 3, annotation_id);
  sqlite3_bind_int (stmt, 4, (int) start);
  sqlite3_bind_int (stmt, 5, (int) end);
  if (!_sitrep_store_step_done (edit->db, stmt, _("save the evidence"), error))
    return 0;
  if (sqlite3_changes (edit->db) == 0)
    {
      not_found (error, _("That span is not in the article (it may have been deleted)."));
      return 0;
    }
  id = sqlite3_last_insert_rowid (edit->db);
  _sitrep_journal_touch_new (edit->journal, "event_evidence", id);
  return id;
}

gint64
sitrep_store_add_event_evidence (SitrepStore  *self,
                                 gint64        event_id,
                                 gint64        article_id,
                                 guint         start,
                                 guint         end,
                                 GError      **error)
{
  SitrepEdit edit;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  if (!_sitrep_edit_begin (&edit, self, "event", _("Add evidence"), error))
    return 0;
  ok = event_exists (self, event_id) || not_found (error, _("That event is no longer in the project."));
  ok = ok && _sitrep_edit_touch (&edit, "events", event_id, error);
  if (ok)
    {
      id = insert_evidence (self, &edit, event_id, article_id, 0, start, end, error);
      ok = id != 0 && touch_modified (self, edit.db, event_id, error);
    }
  if (!_sitrep_edit_end (&edit, ok, "events-changed", event_id, error))
    return 0;
  return id;
}

/* Article, span, text, attributes and label kind of an annotation. */
typedef struct
{
  gint64 article_id;
  guint start;
  guint end;
  char *text;
  char *attributes;
  char *label_kind;
  char *label_name;
} AnnotationInfo;

static void
annotation_info_clear (AnnotationInfo *info)
{
  g_free (info->text);
  g_free (info->attributes);
  g_free (info->label_kind);
  g_free (info->label_name);
}

static gboolean
read_annotation (SitrepStore     *self,
                 gint64           annotation_id,
                 AnnotationInfo  *info,
                 GError         **error)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  memset (info, 0, sizeof *info);
  stmt = _sitrep_store_statement (self,
                                  "SELECT a.article_id, a.start, a.\"end\", a.text, a.attributes, l.kind, l.name"
                                  " FROM annotations a JOIN labels l ON l.id = a.label_id WHERE a.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, annotation_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      info->article_id = sqlite3_column_int64 (stmt, 0);
      info->start = (guint) sqlite3_column_int (stmt, 1);
      info->end = (guint) sqlite3_column_int (stmt, 2);
      info->text = g_strdup (COL_TEXT (3));
      info->attributes = g_strdup (COL_TEXT (4));
      info->label_kind = g_strdup (COL_TEXT (5));
      info->label_name = g_strdup (COL_TEXT (6));
    }
  sqlite3_reset (stmt);
  if (!found)
    return not_found (error, _("That annotation is no longer in the project."));
  return TRUE;
}

gint64
sitrep_store_add_event_evidence_annotation (SitrepStore  *self,
                                            gint64        event_id,
                                            gint64        annotation_id,
                                            GError      **error)
{
  AnnotationInfo info;
  SitrepEdit edit;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  if (!_sitrep_edit_begin (&edit, self, "event", _("Add evidence"), error))
    return 0;
  ok = event_exists (self, event_id) || not_found (error, _("That event is no longer in the project."));
  ok = ok && read_annotation (self, annotation_id, &info, error);
  ok = ok && _sitrep_edit_touch (&edit, "events", event_id, error);
  if (ok)
    {
      id = insert_evidence (self, &edit, event_id, info.article_id, annotation_id, info.start, info.end, error);
      ok = id != 0 && touch_modified (self, edit.db, event_id, error);
    }
  annotation_info_clear (&info);
  if (!_sitrep_edit_end (&edit, ok, "events-changed", event_id, error))
    return 0;
  return id;
}

gboolean
sitrep_store_remove_event_evidence (SitrepStore  *self,
                                    gint64        evidence_id,
                                    GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 event_id = 0;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (!_sitrep_edit_begin (&edit, self, "event", _("Remove evidence"), error))
    return FALSE;
  stmt = _sitrep_store_statement (self, "SELECT event_id FROM event_evidence WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, evidence_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        event_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      ok = event_id != 0 || not_found (error, _("That piece of evidence is no longer in the project."));
    }
  ok = ok && _sitrep_edit_touch (&edit, "events", event_id, error) && _sitrep_edit_touch (&edit, "event_evidence", evidence_id, error);
  stmt = ok ? _sitrep_store_statement (self, "DELETE FROM event_evidence WHERE id = ?1", error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, evidence_id);
      ok = _sitrep_store_step_done (edit.db, stmt, _("remove the evidence"), error) &&
           touch_modified (self, edit.db, event_id, error);
    }
  return _sitrep_edit_end (&edit, ok, "events-changed", event_id, error);
}

/**
 * sitrep_store_list_event_evidence:
 *
 * Returns: (transfer container): SitrepEvidence of the event.
 */
GPtrArray *
sitrep_store_list_event_evidence (SitrepStore  *self,
                                  gint64        event_id,
                                  GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_evidence_free);
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self,
                                  "SELECT v.id, v.event_id, v.article_id, coalesce (v.annotation_id, 0), v.start,"
                                  " v.\"end\", v.text, a.title, s.name FROM event_evidence v"
                                  " JOIN articles a ON a.id = v.article_id LEFT JOIN sources s ON s.id = a.source_id"
                                  " WHERE v.event_id = ?1"
                                  " ORDER BY v.article_id, v.start, v.id", error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, event_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SitrepEvidence *e = g_new0 (SitrepEvidence, 1);

      e->id = sqlite3_column_int64 (stmt, 0);
      e->event_id = sqlite3_column_int64 (stmt, 1);
      e->article_id = sqlite3_column_int64 (stmt, 2);
      e->annotation_id = sqlite3_column_int64 (stmt, 3);
      e->start = (guint) sqlite3_column_int (stmt, 4);
      e->end = (guint) sqlite3_column_int (stmt, 5);
      e->text = g_strdup (COL_TEXT (6));
      e->article_title = g_strdup (COL_TEXT (7));
      e->source = g_strdup (COL_TEXT (8));
      g_ptr_array_add (list, e);
    }
  sqlite3_reset (stmt);
  _sitrep_store_unlock (self);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("read the evidence"));
      return NULL;
    }
  return g_steal_pointer (&list);
}

/* ---------------------------------------------------------------- claims */

static gboolean
validate_claim (SitrepStore             *self,
                const SitrepClaimDraft  *draft,
                GError                 **error)
{
  gint64 high = draft->count_high < 0 ? draft->count_low : draft->count_high;

  if ((guint) draft->kind >= SITREP_CLAIM_N_KINDS)
    return invalid (error, _("A claim is of killed, wounded, captured or missing."));
  if ((guint) draft->victim_side >= SITREP_VICTIM_N_SIDES)
    return invalid (error, _("The victims are of actor 1, actor 2, civilians or unknown."));
  if ((guint) draft->qualifier > SITREP_QUALIFIER_RANGE)
    return invalid (error, _("That is not a qualifier of a figure."));
  if (draft->count_low < 0 || draft->count_high < -1)
    return invalid (error, _("A count cannot be negative."));
  if (draft->count_low > high)
    return invalid (error, _("The low figure (%" G_GINT64_FORMAT ") is above the high one (%" G_GINT64_FORMAT ")."),
                    draft->count_low, high);
  if (draft->claimant_id != 0)
    {
      g_autofree char *kind = entity_kind (self, draft->claimant_id);
      if (kind == NULL)
        return not_found (error, _("That claimant is no longer in the project."));
    }
  return TRUE;
}

static gboolean
bind_claim (sqlite3_stmt            *stmt,
            const SitrepClaimDraft  *draft)
{
  g_autofree char *text = draft->claimant_text != NULL ? g_strstrip (g_strdup (draft->claimant_text)) : NULL;

  sqlite3_bind_text (stmt, 2, sitrep_claim_kind_to_string (draft->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, sitrep_qualifier_to_string (draft->qualifier), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, draft->count_low);
  sqlite3_bind_int64 (stmt, 5, draft->count_high < 0 ? draft->count_low : draft->count_high);
  sqlite3_bind_text (stmt, 6, sitrep_victim_side_to_string (draft->victim_side), -1, SQLITE_STATIC);
  bind_optional_int (stmt, 7, draft->claimant_id);
  bind_nonempty (stmt, 8, text);
  bind_optional_int (stmt, 9, draft->article_id);
  bind_optional_int (stmt, 10, draft->annotation_id);
  return TRUE;
}

static gint64
insert_claim (SitrepStore             *self,
              sqlite3                 *db,
              SitrepEdit                    *edit,
              gint64                   event_id,
              const SitrepClaimDraft  *draft,
              GError                 **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = _sitrep_store_statement (self,
                                  "INSERT INTO claims (event_id, kind, qualifier, count_low, count_high, victim_side,"
                                  " claimant_id, claimant_text, article_id, annotation_id)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, event_id);
  bind_claim (stmt, draft);
  if (!_sitrep_store_step_done (db, stmt, _("save the claim"), error))
    return 0;
  id = sqlite3_last_insert_rowid (db);
  if (edit != NULL)
    _sitrep_journal_touch_new (edit->journal, "claims", id);
  return id;
}

gint64
sitrep_store_add_claim (SitrepStore             *self,
                        gint64                   event_id,
                        const SitrepClaimDraft  *draft,
                        GError                 **error)
{
  SitrepEdit edit;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);
  g_return_val_if_fail (draft != NULL, 0);

  if (!validate_claim (self, draft, error))
    return 0;
  if (!_sitrep_edit_begin (&edit, self, "event", _("Add claim"), error))
    return 0;
  ok = event_exists (self, event_id) || not_found (error, _("That event is no longer in the project."));
  ok = ok && _sitrep_edit_touch (&edit, "events", event_id, error);
  if (ok)
    {
      id = insert_claim (self, edit.db, &edit, event_id, draft, error);
      ok = id != 0 && touch_modified (self, edit.db, event_id, error) &&
           refresh_derived (self, edit.db, event_id, error);
    }
  if (!_sitrep_edit_end (&edit, ok, "events-changed", event_id, error))
    return 0;
  return id;
}

static gint64
claim_event (SitrepStore *self,
             gint64       claim_id)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "SELECT event_id FROM claims WHERE id = ?1", NULL);
  gint64 event_id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, claim_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    event_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return event_id;
}

gboolean
sitrep_store_update_claim (SitrepStore             *self,
                           gint64                   claim_id,
                           const SitrepClaimDraft  *draft,
                           GError                 **error)
{
  sqlite3_stmt *stmt;
  gint64 event_id;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);

  if (!validate_claim (self, draft, error))
    return FALSE;
  if (!_sitrep_edit_begin (&edit, self, "event", _("Edit claim"), error))
    return FALSE;
  event_id = claim_event (self, claim_id);
  ok = event_id != 0 || not_found (error, _("That claim is no longer in the project."));
  ok = ok && _sitrep_edit_touch (&edit, "events", event_id, error) && _sitrep_edit_touch (&edit, "claims", claim_id, error);
  stmt = ok ? _sitrep_store_statement (self,
                                       "UPDATE claims SET kind = ?2, qualifier = ?3, count_low = ?4, count_high = ?5,"
                                       " victim_side = ?6, claimant_id = ?7, claimant_text = ?8, article_id = ?9,"
                                       " annotation_id = ?10 WHERE id = ?1", error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, claim_id);
      bind_claim (stmt, draft);
      ok = _sitrep_store_step_done (edit.db, stmt, _("save the claim"), error) &&
           touch_modified (self, edit.db, event_id, error) &&
           refresh_derived (self, edit.db, event_id, error);
    }
  return _sitrep_edit_end (&edit, ok, "events-changed", event_id, error);
}

gboolean
sitrep_store_delete_claim (SitrepStore  *self,
                           gint64        claim_id,
                           GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 event_id;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (!_sitrep_edit_begin (&edit, self, "event", _("Delete claim"), error))
    return FALSE;
  event_id = claim_event (self, claim_id);
  ok = event_id != 0 || not_found (error, _("That claim is no longer in the project."));
  ok = ok && _sitrep_edit_touch (&edit, "events", event_id, error) && _sitrep_edit_touch (&edit, "claims", claim_id, error);
  stmt = ok ? _sitrep_store_statement (self, "DELETE FROM claims WHERE id = ?1", error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, claim_id);
      ok = _sitrep_store_step_done (edit.db, stmt, _("delete the claim"), error) &&
           touch_modified (self, edit.db, event_id, error) &&
           refresh_derived (self, edit.db, event_id, error);
    }
  return _sitrep_edit_end (&edit, ok, "events-changed", event_id, error);
}

#define CLAIM_COLUMNS \
  "SELECT c.id, c.event_id, c.kind, c.qualifier, coalesce (c.count_low, -1), coalesce (c.count_high, -1)," \
  " c.victim_side, coalesce (c.claimant_id, 0), coalesce (n.name, c.claimant_text), c.claimant_text," \
  " coalesce (c.article_id, 0), a.title, coalesce (c.annotation_id, 0), an.text, c.created_at" \
  " FROM claims c LEFT JOIN entities n ON n.id = c.claimant_id" \
  " LEFT JOIN articles a ON a.id = c.article_id LEFT JOIN annotations an ON an.id = c.annotation_id"

static SitrepClaim *
claim_from_row (sqlite3_stmt *stmt)
{
  return g_object_new (SITREP_TYPE_CLAIM,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "event-id", sqlite3_column_int64 (stmt, 1),
                       "kind", COL_TEXT (2),
                       "qualifier", COL_TEXT (3),
                       "count-low", sqlite3_column_int64 (stmt, 4),
                       "count-high", sqlite3_column_int64 (stmt, 5),
                       "victim-side", COL_TEXT (6),
                       "claimant-id", sqlite3_column_int64 (stmt, 7),
                       "claimant", COL_TEXT (8),
                       "claimant-text", COL_TEXT (9),
                       "article-id", sqlite3_column_int64 (stmt, 10),
                       "article-title", COL_TEXT (11),
                       "annotation-id", sqlite3_column_int64 (stmt, 12),
                       "text", COL_TEXT (13),
                       "created-at", COL_TEXT (14),
                       NULL);
}

static GPtrArray *
read_claims (SitrepStore  *self,
             const char   *where,
             gint64        param,
             GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = g_strconcat (CLAIM_COLUMNS, where, NULL);
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self, sql, error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, param);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, claim_from_row (stmt));
  sqlite3_reset (stmt);
  _sitrep_store_unlock (self);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("read the claims"));
      return NULL;
    }
  return g_steal_pointer (&list);
}

/**
 * sitrep_store_list_claims:
 *
 * Returns: (transfer container): the SitrepClaim ledger of the event.
 */
GPtrArray *
sitrep_store_list_claims (SitrepStore  *self,
                          gint64        event_id,
                          GError      **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);
  return read_claims (self, " WHERE c.event_id = ?1 ORDER BY c.id", event_id, error);
}

SitrepClaim *
sitrep_store_get_claim (SitrepStore  *self,
                        gint64        claim_id,
                        GError      **error)
{
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  list = read_claims (self, " WHERE c.id = ?1", claim_id, error);
  if (list == NULL)
    return NULL;
  if (list->len == 0)
    {
      not_found (error, _("That claim is no longer in the project."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (list, 0));
}

/* The figure of a casualty annotation: its attributes, else its words. */
static gboolean
annotation_figure (const AnnotationInfo *info,
                   SitrepFigure         *figure)
{
  if (info->attributes != NULL)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonNode *root;

      if (json_parser_load_from_data (parser, info->attributes, -1, NULL) &&
          (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_OBJECT (root))
        {
          JsonObject *o = json_node_get_object (root);

          if (json_object_has_member (o, "count") || json_object_has_member (o, "low"))
            {
              SitrepQualifier q = SITREP_QUALIFIER_EXACT;

              figure->count = json_object_get_int_member_with_default (o, "count",
                                                                       json_object_get_int_member_with_default (o, "low", 0));
              figure->low = json_object_get_int_member_with_default (o, "low", figure->count);
              figure->high = json_object_get_int_member_with_default (o, "high", figure->low);
              sitrep_qualifier_from_string (json_object_get_string_member_with_default (o, "qualifier", "exact"), &q);
              figure->qualifier = q;
              return figure->low >= 0 && figure->high >= figure->low;
            }
        }
    }
  return sitrep_figure_parse (info->text, figure);
}

gint64
sitrep_store_add_claim_from_annotation (SitrepStore       *self,
                                        gint64             event_id,
                                        gint64             annotation_id,
                                        SitrepVictimSide   victim_side,
                                        gint64             claimant_id,
                                        GError           **error)
{
  SitrepClaimDraft draft = SITREP_CLAIM_DRAFT_INIT;
  AnnotationInfo info = { 0 };
  SitrepFigure figure;
  SitrepClaimKind kind;
  SitrepEdit edit;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  if (!_sitrep_edit_begin (&edit, self, "event", _("Add claim"), error))
    return 0;
  ok = event_exists (self, event_id) || not_found (error, _("That event is no longer in the project."));
  ok = ok && read_annotation (self, annotation_id, &info, error);
  if (ok && !sitrep_claim_kind_from_label_kind (info.label_kind, &kind))
    ok = invalid (error, _("“%s” is a %s span, not a casualty figure: only Killed, Wounded and "
                           "Captured/Missing spans become claims."), info.text, info.label_name);
  if (ok && !annotation_figure (&info, &figure))
    ok = invalid (error, _("No number could be read in “%s”: enter the claim by hand."), info.text);
  if (ok)
    {
      draft.kind = kind;
      draft.qualifier = figure.qualifier;
      draft.count_low = figure.low;
      draft.count_high = figure.high;
      draft.victim_side = victim_side;
      draft.claimant_id = claimant_id;
      draft.article_id = info.article_id;
      draft.annotation_id = annotation_id;
      ok = validate_claim (self, &draft, error) && _sitrep_edit_touch (&edit, "events", event_id, error);
    }
  if (ok)
    {
      id = insert_claim (self, edit.db, &edit, event_id, &draft, error);
      ok = id != 0 &&
           insert_evidence (self, &edit, event_id, info.article_id, annotation_id, info.start, info.end,
                            error) != 0 &&
           touch_modified (self, edit.db, event_id, error) &&
           refresh_derived (self, edit.db, event_id, error);
    }
  annotation_info_clear (&info);
  if (!_sitrep_edit_end (&edit, ok, "events-changed", event_id, error))
    return 0;
  return id;
}

gboolean
sitrep_store_get_event_figures (SitrepStore           *self,
                                gint64                 event_id,
                                SitrepDerivedFigures  *figures,
                                GError               **error)
{
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (figures != NULL, FALSE);

  if (_sitrep_store_lock (self, error) == NULL)
    return FALSE;
  ok = derive_figures (self, event_id, figures, error);
  _sitrep_store_unlock (self);
  return ok;
}

/* ---------------------------------------------------------------- similar events */

static double
distance_km (double lat1,
             double lon1,
             double lat2,
             double lon2)
{
  double p1 = lat1 * G_PI / 180, p2 = lat2 * G_PI / 180;
  double dp = p2 - p1, dl = (lon2 - lon1) * G_PI / 180;
  double a = sin (dp / 2) * sin (dp / 2) + cos (p1) * cos (p2) * sin (dl / 2) * sin (dl / 2);

  return 2 * EARTH_RADIUS_KM * atan2 (sqrt (a), sqrt (1 - a));
}

/* Days between two date ranges, 0 when they overlap, G_MAXINT when unknown. */
static int
days_between (const char *s1,
              const char *e1,
              const char *s2,
              const char *e2)
{
  GDate a1, b1, a2, b2;

  if (!parse_date (s1, &a1) || !parse_date (s2, &a2))
    return G_MAXINT;
  if (!parse_date (e1, &b1))
    b1 = a1;
  if (!parse_date (e2, &b2))
    b2 = a2;
  if (g_date_compare (&b1, &a2) < 0)
    return g_date_days_between (&b1, &a2);
  if (g_date_compare (&b2, &a1) < 0)
    return g_date_days_between (&b2, &a1);
  return 0;
}

static int
compare_match (gconstpointer a,
               gconstpointer b)
{
  const SitrepEventMatch *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->event_id < y->event_id ? -1 : x->event_id > y->event_id;
}

static guint
count_common_actors (SitrepStore   *self,
                     gint64         event_id,
                     GHashTable    *actors)
{
  sqlite3_stmt *stmt;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = 0;

  if (g_hash_table_size (actors) == 0)
    return 0;
  stmt = _sitrep_store_statement (self, "SELECT entity_id FROM event_actors WHERE event_id = ?1", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, event_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 *id = &g_array_index (ids, gint64, i);
      if (g_hash_table_contains (actors, id) && !g_hash_table_contains (seen, id))
        {
          g_hash_table_add (seen, id);
          n++;
        }
    }
  return n;
}

/**
 * sitrep_store_find_similar_events:
 *
 * Returns: (transfer full): SitrepEventMatch, best first.
 */
GArray *
sitrep_store_find_similar_events (SitrepStore             *self,
                                  const SitrepEventDraft  *draft,
                                  gint64                   exclude_id,
                                  GError                 **error)
{
  g_autoptr(GArray) matches = g_array_new (FALSE, TRUE, sizeof (SitrepEventMatch));
  g_autoptr(GHashTable) actors = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (gint64));
  double lat = draft->latitude, lon = draft->longitude;
  gboolean dated = !empty (draft->date_start);
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);
  g_return_val_if_fail (draft != NULL, NULL);

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return NULL;
  if (isnan (lat) && !place_coordinates (self, draft->place_id, &lat, &lon))
    lat = lon = NAN;

  if (draft->actor1_id != 0)
    g_hash_table_add (actors, (gpointer) &draft->actor1_id);
  if (draft->actor2_id != 0)
    g_hash_table_add (actors, (gpointer) &draft->actor2_id);
  for (guint i = 0; i < draft->n_assoc1; i++)
    g_hash_table_add (actors, (gpointer) &draft->assoc1_ids[i]);
  for (guint i = 0; i < draft->n_assoc2; i++)
    g_hash_table_add (actors, (gpointer) &draft->assoc2_ids[i]);

  if (dated)
    {
      /* The date window first: it uses the date index and is narrow. */
      stmt = _sitrep_store_statement (self,
                                      "SELECT id FROM events WHERE id != ?1 AND date_start IS NOT NULL"
                                      " AND date_start <= date (?3, '+3 days')"
                                      " AND coalesce (date_end, date_start) >= date (?2, '-3 days')", error);
      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, exclude_id);
          sqlite3_bind_text (stmt, 2, draft->date_start, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 3, empty (draft->date_end) ? draft->date_start : draft->date_end, -1,
                             SQLITE_TRANSIENT);
        }
    }
  else
    {
      /* Undated: the same place, or nearby. 0.25° of latitude ≈ 28 km. */
      double dlon = isnan (lat) ? 0 : 0.25 / MAX (cos (lat * G_PI / 180), 0.01);

      stmt = _sitrep_store_statement (self,
                                      "SELECT id FROM events WHERE id != ?1 AND ((?2 != 0 AND place_id = ?2)"
                                      " OR id IN (SELECT id FROM events_rtree WHERE ?3 IS NOT NULL"
                                      "  AND min_lat BETWEEN ?3 - 0.25 AND ?3 + 0.25"
                                      "  AND min_lon BETWEEN ?4 - ?5 AND ?4 + ?5))", error);
      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, exclude_id);
          sqlite3_bind_int64 (stmt, 2, draft->place_id);
          if (!isnan (lat))
            {
              sqlite3_bind_double (stmt, 3, lat);
              sqlite3_bind_double (stmt, 4, lon);
              sqlite3_bind_double (stmt, 5, dlon);
            }
        }
    }
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (candidates, id);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("look for similar events"));
      _sitrep_store_unlock (self);
      return NULL;
    }

  stmt = _sitrep_store_statement (self, "SELECT place_id, latitude, longitude, date_start, date_end"
                                        " FROM events WHERE id = ?1", error);
  for (guint i = 0; stmt != NULL && i < candidates->len; i++)
    {
      SitrepEventMatch m = { 0 };
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;
      double clat, clon;

      m.event_id = g_array_index (candidates, gint64, i);
      sqlite3_bind_int64 (stmt, 1, m.event_id);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          continue;
        }
      m.same_place = draft->place_id != 0 && sqlite3_column_int64 (stmt, 0) == draft->place_id;
      clat = column_double_or_nan (stmt, 1);
      clon = column_double_or_nan (stmt, 2);
      start = g_strdup (COL_TEXT (3));
      end = g_strdup (COL_TEXT (4));
      sqlite3_reset (stmt);

      m.distance_km = (isnan (lat) || isnan (clat)) ? NAN : distance_km (lat, lon, clat, clon);
      m.days_apart = days_between (draft->date_start, draft->date_end, start, end);
      m.common_actors = count_common_actors (self, m.event_id, actors);

      if (!m.same_place && !(m.distance_km <= SIMILAR_KM) && m.common_actors == 0)
        continue;
      if (dated && m.days_apart > SIMILAR_DAYS)
        continue;

      m.score = (m.same_place ? 3.0 : 0.0) +
                (m.distance_km <= SIMILAR_KM ? 2.0 * (1.0 - m.distance_km / SIMILAR_KM) : 0.0) +
                1.5 * m.common_actors +
                (m.days_apart <= SIMILAR_DAYS ? (SIMILAR_DAYS - m.days_apart) / (double) SIMILAR_DAYS : 0.0);
      g_array_append_val (matches, m);
    }
  _sitrep_store_unlock (self);

  g_array_sort (matches, compare_match);
  if (matches->len > SIMILAR_LIMIT)
    g_array_set_size (matches, SIMILAR_LIMIT);
  return g_steal_pointer (&matches);
}

GArray *
sitrep_store_find_events_like (SitrepStore  *self,
                               gint64        event_id,
                               GError      **error)
{
  g_autoptr(SitrepEvent) event = NULL;
  SitrepEventDraft draft;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  event = sitrep_store_get_event (self, event_id, error);
  if (event == NULL)
    return NULL;
  sitrep_event_draft_init_from_event (&draft, event);
  draft.latitude = sitrep_event_get_latitude (event);
  draft.longitude = sitrep_event_get_longitude (event);
  return sitrep_store_find_similar_events (self, &draft, event_id, error);
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
  return _sitrep_store_step_done (db, stmt, _("merge the events"), error);
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
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (keep == merge)
    return invalid (error, _("An event cannot be merged with itself."));
  if (!_sitrep_edit_begin (&edit, self, "event", _("Merge events"), error))
    return FALSE;
  ok = (event_exists (self, keep) && event_exists (self, merge)) ||
       not_found (error, _("One of the events is no longer in the project."));
  ok = ok && _sitrep_edit_touch (&edit, "events", keep, error);

  /* Claims and evidence move; evidence already on @keep is dropped. */
  ok = ok && (claims = select_ids (self, "SELECT id FROM claims WHERE event_id = ?1", merge, error)) != NULL &&
       touch_all (&edit, "claims", claims, error) &&
       exec_ids (self, edit.db, "UPDATE claims SET event_id = ?1 WHERE event_id = ?2", keep, merge, error);
  ok = ok && (evidence = select_ids (self, "SELECT id FROM event_evidence WHERE event_id = ?1", merge,
                                     error)) != NULL &&
       touch_all (&edit, "event_evidence", evidence, error) &&
       exec_ids (self, edit.db,
                 "DELETE FROM event_evidence WHERE event_id = ?2 AND EXISTS (SELECT 1 FROM event_evidence k"
                 " WHERE k.event_id = ?1 AND k.article_id = event_evidence.article_id"
                 " AND k.start = event_evidence.start AND k.\"end\" = event_evidence.\"end\")", keep, merge, error) &&
       exec_ids (self, edit.db, "UPDATE event_evidence SET event_id = ?1 WHERE event_id = ?2", keep, merge, error);

  /* Actors: the second actor 1 (or 2) becomes an associated actor of its side. */
  ok = ok && (actors = select_ids (self, "SELECT id FROM event_actors WHERE event_id = ?1", merge, error)) != NULL &&
       touch_all (&edit, "event_actors", actors, error) &&
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
  ok = ok && (steps = select_ids (self, "SELECT id FROM story_steps WHERE event_id = ?1", merge, error)) != NULL &&
       touch_all (&edit, "story_steps", steps, error) &&
       exec_ids (self, edit.db, "UPDATE story_steps SET event_id = ?1 WHERE event_id = ?2", keep, merge, error);

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
       refresh_derived (self, edit.db, keep, error);

  return _sitrep_edit_end (&edit, ok, "events-changed", 0, error);
}

/* ---------------------------------------------------------------- bulk import */

/* The actor entity called @name, made (with its name as an alias) when missing. */
static gint64
ensure_actor (SitrepStore  *self,
              sqlite3      *db,
              GHashTable   *cache,
              const char   *name,
              const char   *actor_type,
              GError      **error)
{
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (empty (name))
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
      if (!_sitrep_store_step_done (db, stmt, _("save the actor"), error))
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
      if (!_sitrep_store_step_done (db, stmt, _("save the actor"), error))
        return -1;
    }
  g_hash_table_insert (cache, g_strdup (name), GSIZE_TO_POINTER ((gsize) id));
  return id;
}

static gboolean
import_one (SitrepStore              *self,
            sqlite3                  *db,
            GHashTable               *cache,
            const SitrepEventImport  *item,
            GError                  **error)
{
  SitrepEventDraft draft = item->draft;
  gint64 id, claimant = 0;
  sqlite3_stmt *stmt;

  draft.actor1_id = ensure_actor (self, db, cache, item->actor1_name, item->actor1_type, error);
  if (draft.actor1_id < 0)
    return FALSE;
  draft.actor2_id = ensure_actor (self, db, cache, item->actor2_name, item->actor2_type, error);
  if (draft.actor2_id < 0)
    return FALSE;
  if (draft.actor1_id != 0 && draft.actor1_id == draft.actor2_id)
    draft.actor2_id = 0;
  draft.n_assoc1 = draft.n_assoc2 = 0;
  claimant = ensure_actor (self, db, cache, item->claimant_name, NULL, error);
  if (claimant < 0)
    return FALSE;

  if (!validate_draft (self, &draft, error))
    return FALSE;
  id = write_event_row (self, db, 0, &draft, error);
  if (id == 0 || !write_actors (self, db, NULL, id, &draft, error))
    return FALSE;

  stmt = _sitrep_store_statement (self,
                                  "UPDATE events SET external_source = ?2, external_id = ?3, low_override = ?4,"
                                  " high_override = ?5, range_override_reason = ?6, source_reference = ?7"
                                  " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  _sitrep_store_bind_text (stmt, 2, item->external_source);
  _sitrep_store_bind_text (stmt, 3, item->external_id);
  bind_figure (stmt, 4, item->low_override);
  bind_figure (stmt, 5, item->high_override);
  _sitrep_store_bind_text (stmt, 6, item->low_override >= 0 || item->high_override >= 0 ?
                                    item->range_override_reason : NULL);
  _sitrep_store_bind_text (stmt, 7, item->source_reference);
  if (!_sitrep_store_step_done (db, stmt, _("save the event"), error))
    return FALSE;

  for (guint c = 0; c < item->n_claims; c++)
    {
      SitrepClaimDraft claim = item->claims[c];

      if (claimant != 0)
        claim.claimant_id = claimant;
      if (!validate_claim (self, &claim, error) || insert_claim (self, db, NULL, id, &claim, error) == 0)
        return FALSE;
    }
  return refresh_derived (self, db, id, error);
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
  g_autoptr(GHashTable) cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3 *db;
  gboolean ok = TRUE;
  guint done = 0;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);
  g_return_val_if_fail (items != NULL || n_items == 0, 0);

  if (!_sitrep_store_check_writable (self, error))
    return 0;
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
      ok = import_one (self, db, cache, &items[i], error);
      if (!ok)
        g_prefix_error (error, _("Event %u of %u: "), i + 1, n_items);
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
  _sitrep_store_emit (self, "events-changed", 0);
  _sitrep_store_emit (self, "entities-changed", 0);
  return done;
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

  sitrep_store_begin_group (self, description != NULL ? description : _("Place events"));
  for (guint i = 0; ok && i < n; i++)
    ok = sitrep_store_set_event_coordinates (self, ids[i], coordinates[2 * i],
                                             coordinates[2 * i + 1], error);
  sitrep_store_end_group (self);

  return ok;
}

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
      _sitrep_store_set_sqlite_error (error, db, rc, "register the date functions");
      return FALSE;
    }

  return TRUE;
}

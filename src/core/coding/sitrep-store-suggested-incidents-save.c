/* sitrep-store-suggested-incidents-save.c — a Suggest run's incidents kept with its suggestions, by their members' ids
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-store-private.h"
#include "sitrep-store-suggested-incidents.h"
#include "sitrep-coding-private.h"

/* A figure, place or date the coder annotated by hand (given to the run
 * as an annotation) kept as a member as an accepted suggestion would be:
 * a row accepted into that annotation, made once (the next run finds it
 * as accepted). */
static gint64
annotated_id (SitrepStore            *self,
              gint64                  article_id,
              const SitrepSuggestion *s,
              GError                **error)
{
  g_autofree char *key = _sitrep_suggestion_key (s->kind, s->text);
  sqlite3_stmt *stmt;

  stmt = _sitrep_store_statement (self, "INSERT INTO suggestions (article_id, kind, start, \"end\", text, key, "
                                        "  attributes, entity_id, latitude, longitude, score, status, annotation_id) "
                                        "SELECT ?1, ?2, a.start, a.\"end\", ?3, ?4, a.attributes, a.entity_id, ?5, ?6, 1, 1, a.id "
                                        "FROM annotations a WHERE a.id = ?7 AND a.article_id = ?1", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, article_id);
  sqlite3_bind_text (stmt, 2, sitrep_suggest_kind_to_string (s->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, s->text, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, key, -1, SQLITE_STATIC);
  if (isnan (s->latitude))
    {
      sqlite3_bind_null (stmt, 5);
      sqlite3_bind_null (stmt, 6);
    }
  else
    {
      sqlite3_bind_double (stmt, 5, s->latitude);
      sqlite3_bind_double (stmt, 6, s->longitude);
    }
  sqlite3_bind_int64 (stmt, 7, s->annotation_id);
  if (!_sitrep_store_step_done (self->db, stmt, _("The suggestions could not be saved."), error))
    return -1;
  return sqlite3_changes (self->db) > 0 ? sqlite3_last_insert_rowid (self->db) : 0;
}

/* The id suggestion @index of @result is kept under: saved by this run, or
 * accepted before (0: not kept, or rejected). */
static gint64
kept_id (SitrepStore               *self,
         gint64                     article_id,
         const SitrepSuggestResult *result,
         const gint64              *ids,
         int                        index,
         GError                   **error)
{
  const SitrepSuggestion *s;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  if (index < 0)
    return 0;
  if (ids[index] != 0)
    return ids[index];
  s = result->suggestions->pdata[index];
  stmt = _sitrep_store_statement (self, "SELECT id FROM suggestions WHERE article_id = ?1 AND kind = ?2 "
                                        "AND start = ?3 AND \"end\" = ?4 AND status = 1 ORDER BY id DESC LIMIT 1",
                                  error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, article_id);
  sqlite3_bind_text (stmt, 2, sitrep_suggest_kind_to_string (s->kind), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, s->start);
  sqlite3_bind_int (stmt, 4, s->end);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The suggestions could not be saved."));
      return -1;
    }
  if (id == 0 && s->annotation_id != 0)
    return annotated_id (self, article_id, s, error);
  return id;
}

/* The figure spans (start << 32 | end) of the article's incidents accepted
 * or rejected before (their pending members are gone with the last run). */
static GHashTable *
decided_spans (SitrepStore  *self,
               gint64        article_id,
               GError      **error)
{
  g_autoptr(GHashTable) spans = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _sitrep_store_statement (self, "SELECT json_extract (j.value, '$[2]'), json_extract (j.value, '$[3]') "
                                        "FROM proposed_incidents p, json_each (p.figures) j "
                                        "WHERE p.article_id = ?1 AND p.status != 0", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 span = (sqlite3_column_int64 (stmt, 0) << 32) | sqlite3_column_int64 (stmt, 1);

      g_hash_table_add (spans, g_memdup2 (&span, sizeof span));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The suggestions could not be saved."));
      return NULL;
    }
  return g_steal_pointer (&spans);
}

/* The members' ids as JSON: [[figure, claimant, start, end(, 1 for a part)], …] (the
 * figure's span, which outlives its row) and [actor, …]. FALSE
 * on error; *@figures NULL when the incident is not to be proposed. */
static gboolean
members_json (SitrepStore                 *self,
              gint64                       article_id,
              const SitrepSuggestResult   *result,
              const SitrepSuggestIncident *incident,
              const gint64                *ids,
              GHashTable                  *decided,
              char                       **figures,
              char                       **actors,
              GError                     **error)
{
  g_autoptr(GString) f = g_string_new ("[");
  g_autoptr(GString) a = g_string_new ("[");
  guint n_figures = 0;

  *figures = *actors = NULL;
  for (guint i = 0; i < incident->figures->len; i++)
    {
      int index = g_array_index (incident->figures, int, i);
      const SitrepSuggestion *s = result->suggestions->pdata[index];
      gint64 span = ((gint64) s->start << 32) | s->end;
      gint64 id, claimant;

      if (g_hash_table_contains (decided, &span))
        return TRUE;
      if ((id = kept_id (self, article_id, result, ids, index, error)) < 0 ||
          (claimant = kept_id (self, article_id, result, ids, s->claimant, error)) < 0)
        return FALSE;
      /* a part ("…, including two children") says so in a fifth place */
      if (id != 0)
        g_string_append_printf (f, "%s[%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",%u,%u%s]", n_figures++ > 0 ? "," : "",
                                id, claimant, s->start, s->end, s->part ? ",1" : "");
    }
  if (n_figures == 0)
    return TRUE;
  for (guint i = 0, n = 0; i < incident->actors->len; i++)
    {
      gint64 id = kept_id (self, article_id, result, ids, g_array_index (incident->actors, int, i), error);

      if (id < 0)
        return FALSE;
      if (id != 0)
        g_string_append_printf (a, "%s%" G_GINT64_FORMAT, n++ > 0 ? "," : "", id);
    }
  g_string_append_c (f, ']');
  g_string_append_c (a, ']');
  *figures = g_string_free (g_steal_pointer (&f), FALSE);
  *actors = g_string_free (g_steal_pointer (&a), FALSE);
  return TRUE;
}

/* The UCDP date_prec the event made of the incident takes, as the window's
 * New Event reads a Date span: 1 a day, 2 two to six days, 3 a week, 4 up
 * to a month, 5 longer ("today" in a report dated May 2016 is the month:
 * it was 2, "a range of 2 to 6 days"). Only a full date dates the event
 * (0 otherwise); a day without its year still matches. */
static int
event_date_precision (const SitrepSuggestion *date)
{
  int y1, m1, d1, y2, m2, d2, days;
  GDate a, b;

  if (date == NULL || date->date_start == NULL || strlen (date->date_start) != 10 || date->date_start[0] == '-' ||
      sscanf (date->date_start, "%4d-%2d-%2d", &y1, &m1, &d1) != 3 || !g_date_valid_dmy (d1, m1, y1))
    return 0;
  switch (date->date_precision)
    {
    case SITREP_SPAN_PRECISION_DAY:
      return 1;
    case SITREP_SPAN_PRECISION_WEEK:
      return 3;
    case SITREP_SPAN_PRECISION_MONTH:
      return 4;
    case SITREP_SPAN_PRECISION_YEAR:
      return 5;
    default:
      break;
    }
  if (date->date_end == NULL || sscanf (date->date_end, "%4d-%2d-%2d", &y2, &m2, &d2) != 3 ||
      !g_date_valid_dmy (d2, m2, y2))
    return 1;
  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_dmy (&a, d1, m1, y1);
  g_date_set_dmy (&b, d2, m2, y2);
  days = g_date_days_between (&a, &b);
  return days <= 0 ? 1 : days <= 5 ? 2 : days <= 7 ? 3 : days <= 31 ? 4 : 5;
}

/* A pending incident's row, as a save writes it (strings NULL for none,
 * ids 0): the last run's read back, or this run's to write. */
typedef struct
{
  gint64    id;
  int       start;
  int       end;
  char     *figures;
  char     *actors;
  gint64    place_id;
  gint64    date_id;
  char     *place_text;
  gboolean  located;
  double    latitude;
  double    longitude;
  gint64    geonameid;
  int       geo_precision;
  char     *date_start;
  char     *date_end;
  int       date_precision;
} IncidentRow;

static void
incident_row_clear (gpointer data)
{
  IncidentRow *row = data;

  g_free (row->figures);
  g_free (row->actors);
  g_free (row->place_text);
  g_free (row->date_start);
  g_free (row->date_end);
}

/* "" is written as NULL (_sitrep_store_bind_text ()). */
static char *
dup_text (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

static gboolean
incident_rows_equal (const IncidentRow *a,
                     const IncidentRow *b)
{
  return a->start == b->start && a->end == b->end && g_strcmp0 (a->figures, b->figures) == 0 &&
         g_strcmp0 (a->actors, b->actors) == 0 && a->place_id == b->place_id && a->date_id == b->date_id &&
         g_strcmp0 (a->place_text, b->place_text) == 0 && a->located == b->located &&
         (!a->located || (a->latitude == b->latitude && a->longitude == b->longitude)) &&
         a->geonameid == b->geonameid && a->geo_precision == b->geo_precision &&
         g_strcmp0 (a->date_start, b->date_start) == 0 && g_strcmp0 (a->date_end, b->date_end) == 0 &&
         a->date_precision == b->date_precision;
}

/* The row @incident is saved as, appended to @rows; none when it is not
 * to be proposed. */
static gboolean
incident_row (SitrepStore                 *self,
              gint64                       article_id,
              const SitrepSuggestResult   *result,
              const SitrepSuggestIncident *incident,
              const gint64                *ids,
              GHashTable                  *decided,
              GArray                      *rows,
              GError                     **error)
{
  IncidentRow row = { 0 };
  const SitrepSuggestion *place = incident->place >= 0 ? result->suggestions->pdata[incident->place] : NULL;
  const SitrepSuggestion *date = incident->date >= 0 ? result->suggestions->pdata[incident->date] : NULL;

  if (!members_json (self, article_id, result, incident, ids, decided, &row.figures, &row.actors, error))
    return FALSE;
  if (row.figures == NULL)
    return TRUE;
  if ((row.place_id = kept_id (self, article_id, result, ids, incident->place, error)) < 0 ||
      (row.date_id = kept_id (self, article_id, result, ids, incident->date, error)) < 0)
    {
      incident_row_clear (&row);
      return FALSE;
    }
  place = row.place_id != 0 ? place : NULL;
  date = row.date_id != 0 ? date : NULL;
  row.start = incident->start;
  row.end = MAX (incident->end, incident->start + 1);
  row.place_text = dup_text (place != NULL ? place->text : NULL);
  if (place != NULL && !isnan (place->latitude))
    {
      row.located = TRUE;
      row.latitude = place->latitude;
      row.longitude = place->longitude;
      /* ACLED's geo precision: 1 the place itself, 2 near it or a doubtful
       * match of its name, 3 a region or country's centre. */
      row.geo_precision = place->scope != SITREP_PLACE_SCOPE_PLACE ? 3 : place->doubtful ? 2 : 1;
    }
  row.geonameid = place != NULL ? place->geonameid : 0;
  row.date_start = dup_text (date != NULL ? date->date_start : NULL);
  row.date_end = dup_text (date != NULL ? date->date_end : NULL);
  row.date_precision = event_date_precision (date);
  g_array_append_val (rows, row);
  return TRUE;
}

static gboolean
insert_incident_row (SitrepStore       *self,
                     gint64             article_id,
                     const IncidentRow *row,
                     GError           **error)
{
  sqlite3_stmt *stmt;

  stmt = _sitrep_store_statement (self, "INSERT INTO proposed_incidents (article_id, start, \"end\", figures, actors, "
                                        "  place, date, place_text, latitude, longitude, geonameid, geo_precision, "
                                        "  date_start, date_end, date_precision) VALUES (?1, ?2, ?3, ?4, ?5, "
                                        "  NULLIF (?6, 0), NULLIF (?7, 0), ?8, ?9, ?10, NULLIF (?11, 0), ?12, ?13, ?14, ?15)",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  sqlite3_bind_int (stmt, 2, row->start);
  sqlite3_bind_int (stmt, 3, row->end);
  _sitrep_store_bind_text (stmt, 4, row->figures);
  _sitrep_store_bind_text (stmt, 5, row->actors);
  sqlite3_bind_int64 (stmt, 6, row->place_id);
  sqlite3_bind_int64 (stmt, 7, row->date_id);
  _sitrep_store_bind_text (stmt, 8, row->place_text);
  if (row->located)
    {
      sqlite3_bind_double (stmt, 9, row->latitude);
      sqlite3_bind_double (stmt, 10, row->longitude);
    }
  else
    {
      sqlite3_bind_null (stmt, 9);
      sqlite3_bind_null (stmt, 10);
    }
  sqlite3_bind_int64 (stmt, 11, row->geonameid);
  sqlite3_bind_int (stmt, 12, row->geo_precision);
  _sitrep_store_bind_text (stmt, 13, row->date_start);
  _sitrep_store_bind_text (stmt, 14, row->date_end);
  sqlite3_bind_int (stmt, 15, row->date_precision);
  return _sitrep_store_step_done (self->db, stmt, _("The suggestions could not be saved."), error);
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return dup_text ((const char *) sqlite3_column_text (stmt, column));
}

/* The article's pending incidents, in the order they were saved (by id);
 * NULL on error. */
static GArray *
pending_rows (SitrepStore  *self,
              gint64        article_id,
              GError      **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (IncidentRow));
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (rows, incident_row_clear);
  stmt = _sitrep_store_statement (self, "SELECT id, start, \"end\", figures, actors, IFNULL (place, 0), IFNULL (date, 0), "
                                        "  place_text, latitude, longitude, IFNULL (geonameid, 0), geo_precision, "
                                        "  date_start, date_end, date_precision, event_id IS NOT NULL "
                                        "FROM proposed_incidents WHERE article_id = ?1 AND status = 0 ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      IncidentRow row = { 0 };

      row.id = sqlite3_column_int64 (stmt, 0);
      row.start = sqlite3_column_int (stmt, 1);
      row.end = sqlite3_column_int (stmt, 2);
      row.figures = column_text (stmt, 3);
      row.actors = column_text (stmt, 4);
      row.place_id = sqlite3_column_int64 (stmt, 5);
      row.date_id = sqlite3_column_int64 (stmt, 6);
      row.place_text = column_text (stmt, 7);
      row.located = sqlite3_column_type (stmt, 8) != SQLITE_NULL && sqlite3_column_type (stmt, 9) != SQLITE_NULL;
      row.latitude = sqlite3_column_double (stmt, 8);
      row.longitude = sqlite3_column_double (stmt, 9);
      row.geonameid = sqlite3_column_int64 (stmt, 10);
      row.geo_precision = sqlite3_column_int (stmt, 11);
      row.date_start = column_text (stmt, 12);
      row.date_end = column_text (stmt, 13);
      row.date_precision = sqlite3_column_int (stmt, 14);
      /* A row a save never wrote this way (an event given it) is no
       * row this run writes. */
      if (sqlite3_column_int (stmt, 15) != 0)
        row.geo_precision = -1;
      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The suggestions could not be saved."));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/* The run's incidents replace the article's pending ones. A row the run
 * writes as it stands is kept, id and all, while the rows match in their
 * order: a Suggest again on an unchanged article changes none of them (the
 * window keeps their rows), and the pending rows listed by id come in the
 * run's order, as when all were written anew. */
gboolean
_sitrep_store_save_proposed_incidents (SitrepStore               *self,
                                       gint64                     article_id,
                                       const SitrepSuggestResult *result,
                                       const gint64              *ids,
                                       GError                   **error)
{
  g_autoptr(GHashTable) decided = NULL;
  g_autoptr(GArray) old = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (IncidentRow));
  guint same = 0;

  g_array_set_clear_func (rows, incident_row_clear);
  if ((old = pending_rows (self, article_id, error)) == NULL)
    return FALSE;
  if (result->incidents != NULL && result->incidents->len > 0)
    {
      decided = decided_spans (self, article_id, error);
      if (decided == NULL)
        return FALSE;
      for (guint i = 0; i < result->incidents->len; i++)
        {
          if (!incident_row (self, article_id, result, result->incidents->pdata[i], ids, decided, rows, error))
            return FALSE;
        }
    }
  while (same < old->len && same < rows->len &&
         incident_rows_equal (&g_array_index (old, IncidentRow, same), &g_array_index (rows, IncidentRow, same)))
    same++;
  if (same < old->len)
    {
      sqlite3_stmt *stmt = _sitrep_store_statement (self, "DELETE FROM proposed_incidents WHERE article_id = ?1 "
                                                          "AND status = 0 AND id >= ?2", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, article_id);
      sqlite3_bind_int64 (stmt, 2, g_array_index (old, IncidentRow, same).id);
      if (!_sitrep_store_step_done (self->db, stmt, _("The suggestions could not be saved."), error))
        return FALSE;
    }
  for (guint i = same; i < rows->len; i++)
    {
      if (!insert_incident_row (self, article_id, &g_array_index (rows, IncidentRow, i), error))
        return FALSE;
    }
  return TRUE;
}

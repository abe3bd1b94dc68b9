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

/* The members' ids as JSON: [[figure, claimant, start, end], …] (the
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
      if (id != 0)
        g_string_append_printf (f, "%s[%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",%u,%u]", n_figures++ > 0 ? "," : "",
                                id, claimant, s->start, s->end);
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

static gboolean
save_incident (SitrepStore                 *self,
               gint64                       article_id,
               const SitrepSuggestResult   *result,
               const SitrepSuggestIncident *incident,
               const gint64                *ids,
               GHashTable                  *decided,
               GError                     **error)
{
  g_autofree char *figures = NULL;
  g_autofree char *actors = NULL;
  const SitrepSuggestion *place = incident->place >= 0 ? result->suggestions->pdata[incident->place] : NULL;
  const SitrepSuggestion *date = incident->date >= 0 ? result->suggestions->pdata[incident->date] : NULL;
  gint64 place_id, date_id;
  sqlite3_stmt *stmt;

  if (!members_json (self, article_id, result, incident, ids, decided, &figures, &actors, error))
    return FALSE;
  if (figures == NULL)
    return TRUE;
  if ((place_id = kept_id (self, article_id, result, ids, incident->place, error)) < 0 ||
      (date_id = kept_id (self, article_id, result, ids, incident->date, error)) < 0)
    return FALSE;
  place = place_id != 0 ? place : NULL;
  date = date_id != 0 ? date : NULL;
  stmt = _sitrep_store_statement (self, "INSERT INTO proposed_incidents (article_id, start, \"end\", figures, actors, "
                                        "  place, date, place_text, latitude, longitude, geonameid, geo_precision, "
                                        "  date_start, date_end, date_precision) VALUES (?1, ?2, ?3, ?4, ?5, "
                                        "  NULLIF (?6, 0), NULLIF (?7, 0), ?8, ?9, ?10, NULLIF (?11, 0), ?12, ?13, ?14, ?15)",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  sqlite3_bind_int (stmt, 2, incident->start);
  sqlite3_bind_int (stmt, 3, MAX (incident->end, incident->start + 1));
  _sitrep_store_bind_text (stmt, 4, figures);
  _sitrep_store_bind_text (stmt, 5, actors);
  sqlite3_bind_int64 (stmt, 6, place_id);
  sqlite3_bind_int64 (stmt, 7, date_id);
  _sitrep_store_bind_text (stmt, 8, place != NULL ? place->text : NULL);
  if (place != NULL && !isnan (place->latitude))
    {
      sqlite3_bind_double (stmt, 9, place->latitude);
      sqlite3_bind_double (stmt, 10, place->longitude);
      /* ACLED's geo precision: 1 the place itself, 2 near it or a doubtful
       * match of its name, 3 a region or country's centre. */
      sqlite3_bind_int (stmt, 12, place->scope != SITREP_PLACE_SCOPE_PLACE ? 3 : place->doubtful ? 2 : 1);
    }
  else
    {
      sqlite3_bind_null (stmt, 9);
      sqlite3_bind_null (stmt, 10);
      sqlite3_bind_int (stmt, 12, 0);
    }
  sqlite3_bind_int64 (stmt, 11, place != NULL ? place->geonameid : 0);
  _sitrep_store_bind_text (stmt, 13, date != NULL ? date->date_start : NULL);
  _sitrep_store_bind_text (stmt, 14, date != NULL ? date->date_end : NULL);
  sqlite3_bind_int (stmt, 15, event_date_precision (date));
  return _sitrep_store_step_done (self->db, stmt, _("The suggestions could not be saved."), error);
}

gboolean
_sitrep_store_save_proposed_incidents (SitrepStore               *self,
                                       gint64                     article_id,
                                       const SitrepSuggestResult *result,
                                       const gint64              *ids,
                                       GError                   **error)
{
  g_autoptr(GHashTable) decided = NULL;
  sqlite3_stmt *stmt;

  stmt = _sitrep_store_statement (self, "DELETE FROM proposed_incidents WHERE article_id = ?1 AND status = 0", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  if (!_sitrep_store_step_done (self->db, stmt, _("The suggestions could not be saved."), error))
    return FALSE;
  if (result->incidents == NULL || result->incidents->len == 0)
    return TRUE;
  decided = decided_spans (self, article_id, error);
  if (decided == NULL)
    return FALSE;
  for (guint i = 0; i < result->incidents->len; i++)
    {
      if (!save_incident (self, article_id, result, result->incidents->pdata[i], ids, decided, error))
        return FALSE;
    }
  return TRUE;
}

/* sitrep-store-suggested-incidents-match.c — the event another report's incident at the same place and date was made into
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-gazetteer.h"
#include "sitrep-normalize.h"
#include "sitrep-store-private.h"
#include "sitrep-store-suggested-incidents.h"

#define SAME_PLACE_KM 25.0
#define SAME_DAYS 3

/* The days report @article_id names: its dates of one day proposed (and
 * not rejected) and its publication day. An incident whose own sentences
 * give no date happened about then. */
static GPtrArray *
report_days (SitrepStore *self,
             gint64       article_id)
{
  GPtrArray *days = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  if (_sitrep_store_lock (self, NULL) == NULL)
    return days;
  stmt = _sitrep_store_statement (self, "SELECT json_extract (attributes, '$.date') FROM suggestions "
                                        "WHERE article_id = ?1 AND kind = 'date' AND status != 2 "
                                        "  AND json_extract (attributes, '$.precision') = 'day' "
                                        "UNION SELECT published FROM articles WHERE id = ?1 AND published_precision = ?2",
                                  NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, article_id);
      sqlite3_bind_int (stmt, 2, SITREP_DATE_PRECISION_DAY);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        if (COL_TEXT (0) != NULL)
          g_ptr_array_add (days, g_strdup (COL_TEXT (0)));
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);
  return days;
}

/* Whether an incident dated @a (of report @a_article) and one dated @b (of
 * @b_article) can be one incident: their dates within SAME_DAYS; for one
 * without a date, a day its report names within SAME_DAYS of the other's.
 * An undated incident joined any event at its place before, of any year
 * ("at least 22 killed … Baghdad, Dec. 27" of 2008 became evidence of an
 * undated 2011 report's Abu Ghraib incident). */
static gboolean
dates_agree (SitrepStore *self,
             const char  *a,
             gint64       a_article,
             GPtrArray  **a_days,
             const char  *b,
             gint64       b_article)
{
  g_autoptr(GPtrArray) b_days = NULL;

  if (a != NULL && b != NULL)
    return sitrep_suggest_dates_close (a, b, SAME_DAYS);
  if (a == NULL && *a_days == NULL)
    *a_days = report_days (self, a_article);
  if (b == NULL)
    b_days = report_days (self, b_article);
  for (guint i = 0; i < (a != NULL ? 1 : (*a_days)->len); i++)
    for (guint j = 0; j < (b != NULL ? 1 : b_days->len); j++)
      if (sitrep_suggest_dates_close (a != NULL ? a : (*a_days)->pdata[i], b != NULL ? b : b_days->pdata[j], SAME_DAYS))
        return TRUE;
  return FALSE;
}

/* Whether one of @figures (suggestion ids) has the kind and count of a
 * claim article @article_id gave event @event_id. */
static gboolean
figure_in_common (SitrepStore  *self,
                  const GArray *figures,
                  gint64        event_id,
                  gint64        article_id)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  if (figures == NULL || _sitrep_store_lock (self, NULL) == NULL)
    return FALSE;
  stmt = _sitrep_store_statement (self, "SELECT 1 FROM suggestions s JOIN claims c ON c.event_id = ?2 AND c.article_id = ?3 "
                                        "  AND (c.kind = s.kind OR (s.kind = 'missing' AND c.kind = 'captured')) "
                                        "  AND c.count_low = json_extract (s.attributes, '$.count') "
                                        "WHERE s.id = ?1 LIMIT 1", NULL);
  for (guint i = 0; stmt != NULL && !found && i < figures->len; i++)
    {
      sqlite3_bind_int64 (stmt, 1, g_array_index (figures, gint64, i));
      sqlite3_bind_int64 (stmt, 2, event_id);
      sqlite3_bind_int64 (stmt, 3, article_id);
      found = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);
  return found;
}

typedef struct
{
  gint64 event_id;
  gint64 article_id;
  char  *date;
} Candidate;

static void
candidate_clear (gpointer data)
{
  g_free (((Candidate *) data)->date);
}

gint64
_sitrep_store_match_suggested_incident (SitrepStore            *self,
                                        gint64                  article_id,
                                        const SitrepSuggestion *place,
                                        const char             *date,
                                        const GArray           *figures,
                                        GError                **error)
{
  g_autofree char *key = place != NULL ? sitrep_normalize_name (place->text) : NULL;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr(GPtrArray) days = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (candidates, candidate_clear);
  if (_sitrep_store_lock (self, error) == NULL)
    return 0;
  stmt = _sitrep_store_statement (self, "SELECT i.event_id, i.place_key, i.latitude, i.longitude, i.geonameid, "
                                        "  i.date, i.article_id FROM suggested_incidents i JOIN events e ON e.id = i.event_id "
                                        "WHERE i.article_id != ?1 ORDER BY i.id", error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return 0;
    }
  sqlite3_bind_int64 (stmt, 1, article_id);
  /* Those at the same place first; their dates are asked after, when
   * one without a date asks its report's days. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SitrepSuggestion other = { 0 };
      gboolean same_place;

      other.text = (char *) COL_TEXT (1);
      other.latitude = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 2);
      other.longitude = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 3);
      other.geonameid = sqlite3_column_int64 (stmt, 4);
      if (place == NULL || other.text == NULL)
        same_place = place == NULL && other.text == NULL;
      else if (place->geonameid != 0 && place->geonameid == other.geonameid)
        same_place = TRUE;
      else if (!isnan (place->latitude) && !isnan (other.latitude))
        same_place = sitrep_gazetteer_distance_km (place->latitude, place->longitude,
                                                   other.latitude, other.longitude) <= SAME_PLACE_KM;
      else
        same_place = g_strcmp0 (key, other.text) == 0;
      if (same_place)
        {
          Candidate c = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 6), g_strdup (COL_TEXT (5)) };

          g_array_append_val (candidates, c);
        }
    }
  sqlite3_reset (stmt);
  _sitrep_store_unlock (self);
  for (guint i = 0; i < candidates->len; i++)
    {
      const Candidate *c = &g_array_index (candidates, Candidate, i);

      /* Without a day of its own on one side, a figure told alike too:
       * "at least 20 terrorists … in Jasim" and "20 ISIS militants … in
       * Jassim" (seeds 000 and 001), not a round-up's "1 wounded" in
       * Daraa beside another report's "2 killed" there. */
      if (dates_agree (self, date, article_id, &days, c->date, c->article_id) &&
          ((date != NULL && c->date != NULL) || figure_in_common (self, figures, c->event_id, c->article_id)))
        return c->event_id;
    }
  return 0;
}

gboolean
_sitrep_store_event_from_article (SitrepStore *self,
                                  gint64       event_id,
                                  gint64       article_id)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  if (_sitrep_store_lock (self, NULL) == NULL)
    return FALSE;
  stmt = _sitrep_store_statement (self, "SELECT 1 FROM suggested_incidents WHERE event_id = ?1 AND article_id = ?2 "
                                        "LIMIT 1", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, event_id);
      sqlite3_bind_int64 (stmt, 2, article_id);
      found = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);
  return found;
}

/* sitrep-store-event-similar.c — same-incident suggestions: the events a new report may be another account of
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

/* Same-incident suggestions (DESIGN: "same place entity or within 25 km,
 * dates within 3 days, an actor in common"). */
#define SIMILAR_DAYS 3
#define SIMILAR_KM 25.0
#define SIMILAR_LIMIT 20
#define EARTH_RADIUS_KM 6371.0
/* Undated events looked at for a report (the newest first): there are few,
 * those of captures that give no year; an imported dataset is dated. */
#define UNDATED_LIMIT 2000
/* Days of the year, counted in a leap year so that 29 February has one. */
#define YEAR_DAYS 366

/* When an incident happened, as far as anyone says: a range of dates, or
 * of days of the year when its report gives no year ("13 October"). */
typedef struct
{
  gboolean known;
  gboolean year_known;
  GDate    start;          /* year_known */
  GDate    end;
  int      day_start;      /* 1–366, the day of the year in a leap year */
  int      day_end;        /* may be before day_start: across the new year */
} When;

static double
column_double_or_nan (sqlite3_stmt *stmt,
                      int           i)
{
  return sqlite3_column_type (stmt, i) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, i);
}

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

static int
day_of_year (int month,
             int day)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, (GDateDay) day, (GDateMonth) month, 2000);
  return (int) g_date_get_day_of_year (&d);
}

/* "--MM-DD" or "--MM" (a report that gives no year), the first or last day it can mean. */
static gboolean
parse_day_without_year (const char *s,
                        gboolean    last,
                        int        *out)
{
  int m = 0, d = 0;
  char tail;

  if (s == NULL || s[0] != '-' || s[1] != '-')
    return FALSE;
  if (sscanf (s + 2, "%2d-%2d%c", &m, &d, &tail) == 2 && g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, 2000))
    {
      *out = day_of_year (m, d);
      return TRUE;
    }
  if (strlen (s) == 4 && sscanf (s + 2, "%2d", &m) == 1 && m >= 1 && m <= 12)
    {
      *out = day_of_year (m, last ? g_date_get_days_in_month ((GDateMonth) m, 2000) : 1);
      return TRUE;
    }
  return FALSE;
}

/* "YYYY-MM-DD", "YYYY-MM" or "YYYY", as its first or last day. */
static gboolean
parse_dated (const char *s,
             gboolean    last,
             GDate      *out)
{
  int y = 0, m = 0;

  if (_sitrep_store_parse_date (s, out))
    return TRUE;
  g_date_clear (out, 1);
  if (s != NULL && strlen (s) == 7 && sscanf (s, "%4d-%2d", &y, &m) == 2 && m >= 1 && m <= 12 && y > 0)
    {
      g_date_set_dmy (out, last ? g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y) : 1,
                      (GDateMonth) m, (GDateYear) y);
      return TRUE;
    }
  if (s != NULL && strlen (s) == 4 && sscanf (s, "%4d", &y) == 1 && y > 0)
    {
      g_date_set_dmy (out, last ? 31 : 1, last ? G_DATE_DECEMBER : G_DATE_JANUARY, (GDateYear) y);
      return TRUE;
    }
  return FALSE;
}

/* @start and @end (NULL: @start's last day) as an event's dates or a Date span's. */
static When
when_from (const char *start,
           const char *end)
{
  When w = { 0 };

  if (parse_dated (start, FALSE, &w.start))
    {
      if (end == NULL || !parse_dated (end, TRUE, &w.end) || g_date_compare (&w.end, &w.start) < 0)
        parse_dated (start, TRUE, &w.end);
      w.known = w.year_known = TRUE;
      w.day_start = day_of_year (g_date_get_month (&w.start), g_date_get_day (&w.start));
      w.day_end = day_of_year (g_date_get_month (&w.end), g_date_get_day (&w.end));
      /* A year or more covers every day of the year. */
      if (g_date_days_between (&w.start, &w.end) >= YEAR_DAYS - 1)
        {
          w.day_start = 1;
          w.day_end = YEAR_DAYS;
        }
      return w;
    }
  if (parse_day_without_year (start, FALSE, &w.day_start))
    {
      if (end == NULL || !parse_day_without_year (end, TRUE, &w.day_end))
        parse_day_without_year (start, TRUE, &w.day_end);
      w.known = TRUE;
    }
  return w;
}

/* Days between two ranges of days of the year, 0 when they overlap; ranges
 * may go across the new year. */
static int
days_of_year_between (const When *a,
                      const When *b)
{
  int a1 = a->day_start, a2 = a->day_end < a->day_start ? a->day_end + YEAR_DAYS : a->day_end;
  int b1 = b->day_start, b2 = b->day_end < b->day_start ? b->day_end + YEAR_DAYS : b->day_end;
  int best = G_MAXINT;

  for (int shift = -YEAR_DAYS; shift <= YEAR_DAYS; shift += YEAR_DAYS)
    {
      int lo = b1 + shift, hi = b2 + shift;

      if (MAX (a1, lo) <= MIN (a2, hi))
        return 0;
      best = MIN (best, lo > a2 ? lo - a2 : a1 - hi);
    }
  return best;
}

/* Days between two incidents, 0 when their dates overlap, G_MAXINT when
 * either is unknown; *@year_unknown when one gave no year and only the
 * days of the year could be compared. */
static int
when_between (const When *a,
              const When *b,
              gboolean   *year_unknown)
{
  *year_unknown = FALSE;
  if (!a->known || !b->known)
    return G_MAXINT;
  if (a->year_known && b->year_known)
    {
      if (g_date_compare (&a->end, &b->start) < 0)
        return g_date_days_between (&a->end, &b->start);
      if (g_date_compare (&b->end, &a->start) < 0)
        return g_date_days_between (&b->end, &a->start);
      return 0;
    }
  *year_unknown = TRUE;
  return days_of_year_between (a, b);
}

/* An undated event's day as its reports give it: the Date spans inside its
 * evidence, the one nearest @near (when known) if they differ. */
static When
reported_when (SitrepStore *self,
               gint64       event_id,
               const When  *near)
{
  When best = { 0 };
  int best_apart = G_MAXINT;
  sqlite3_stmt *stmt;

  stmt = _sitrep_store_statement (self,
                                  "SELECT json_extract (a.attributes, '$.date'), json_extract (a.attributes, '$.date_end')"
                                  " FROM event_evidence v JOIN annotations a ON a.article_id = v.article_id"
                                  "  AND a.start >= v.start AND a.\"end\" <= v.\"end\""
                                  " JOIN labels l ON l.id = a.label_id"
                                  " WHERE v.event_id = ?1 AND l.kind = 'date' AND json_valid (a.attributes)"
                                  " ORDER BY v.id, a.start", NULL);
  if (stmt == NULL)
    return best;
  sqlite3_bind_int64 (stmt, 1, event_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      When w = when_from (COL_TEXT (0), COL_TEXT (1));
      gboolean unused;
      int apart;

      if (!w.known)
        continue;
      apart = near != NULL ? when_between (near, &w, &unused) : G_MAXINT;
      if (!best.known || apart < best_apart)
        {
          best = w;
          best_apart = apart;
        }
    }
  sqlite3_reset (stmt);
  return best;
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

/* The statement that lists the events a draft may repeat: those within days
 * of its dates, or for an undated draft those at its place or nearby; and
 * the undated events, whose day only their reports tell. NULL with @error
 * set when it fails. */
static sqlite3_stmt *
similar_candidates (SitrepStore             *self,
                    const SitrepEventDraft  *draft,
                    gint64                   exclude_id,
                    gboolean                 dated,
                    double                   lat,
                    double                   lon,
                    GError                 **error)
{
  sqlite3_stmt *stmt;

  if (dated)
    {
      /* The date window first: it uses the date index and is narrow. */
      stmt = _sitrep_store_statement (self,
                                      "SELECT id FROM events WHERE id != ?1 AND date_start IS NOT NULL"
                                      " AND date_start <= date (?3, '+3 days')"
                                      " AND coalesce (date_end, date_start) >= date (?2, '-3 days')"
                                      " UNION SELECT id FROM (SELECT id FROM events WHERE date_start IS NULL"
                                      "  AND id != ?1 ORDER BY id DESC LIMIT " G_STRINGIFY (UNDATED_LIMIT) ")", error);
      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, exclude_id);
          sqlite3_bind_text (stmt, 2, draft->date_start, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 3, _sitrep_store_empty (draft->date_end) ? draft->date_start : draft->date_end, -1,
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
                                      "  AND min_lon BETWEEN ?4 - ?5 AND ?4 + ?5))"
                                      " UNION SELECT id FROM (SELECT id FROM events WHERE date_start IS NULL"
                                      "  AND id != ?1 ORDER BY id DESC LIMIT " G_STRINGIFY (UNDATED_LIMIT) ")", error);
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
  return stmt;
}

static GArray *
list_candidates (SitrepStore             *self,
                 sqlite3                 *db,
                 const SitrepEventDraft  *draft,
                 gint64                   exclude_id,
                 double                   lat,
                 double                   lon,
                 GError                 **error)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = similar_candidates (self, draft, exclude_id, !_sitrep_store_empty (draft->date_start), lat, lon, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (candidates, id);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("Similar events could not be looked up."));
      return NULL;
    }
  return g_steal_pointer (&candidates);
}

/* Whether @m is another account of the draft's incident, and its score:
 * something in common (the place, nearby, an actor, the type on dates
 * that agree, or for an undated event the same day its reports give) and
 * no dates that disagree. A match on days of the year alone (a report
 * with no year) ranks below one on dates. */
static gboolean
judge_match (SitrepEventMatch *m,
             gboolean          both_dated,
             gboolean          candidate_undated)
{
  gboolean near = m->distance_km <= SIMILAR_KM;
  gboolean same_day = m->days_apart == 0 && candidate_undated;
  double date_score;

  if (m->days_apart != G_MAXINT && m->days_apart > SIMILAR_DAYS)
    return FALSE;
  if (!m->same_place && !near && m->common_actors == 0 && !(both_dated && m->same_type) && !same_day)
    return FALSE;

  date_score = m->days_apart <= SIMILAR_DAYS ? (SIMILAR_DAYS - m->days_apart) / (double) SIMILAR_DAYS : 0.0;
  if (m->year_unknown)
    date_score /= 2;
  m->score = (m->same_place ? 3.0 : 0.0) + (near ? 2.0 * (1.0 - m->distance_km / SIMILAR_KM) : 0.0) +
             1.5 * m->common_actors + (m->same_type ? 1.0 : 0.0) + date_score;
  return TRUE;
}

/**
 * sitrep_store_find_similar_to_report:
 *
 * Returns: (transfer full): SitrepEventMatch, best first.
 */
GArray *
sitrep_store_find_similar_to_report (SitrepStore             *self,
                                     const SitrepEventDraft  *draft,
                                     const char              *day,
                                     const char              *day_end,
                                     gint64                   exclude_id,
                                     GError                 **error)
{
  g_autoptr(GArray) matches = g_array_new (FALSE, TRUE, sizeof (SitrepEventMatch));
  g_autoptr(GHashTable) actors = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) candidates = NULL;
  double lat = draft->latitude, lon = draft->longitude;
  gboolean dated = !_sitrep_store_empty (draft->date_start);
  When when;
  sqlite3_stmt *stmt;
  sqlite3 *db;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);
  g_return_val_if_fail (draft != NULL, NULL);

  when = dated ? when_from (draft->date_start, draft->date_end) : when_from (day, day_end);
  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return NULL;
  if (isnan (lat) && !_sitrep_store_place_coordinates (self, draft->place_id, &lat, &lon))
    lat = lon = NAN;

  if (draft->actor1_id != 0)
    g_hash_table_add (actors, (gpointer) &draft->actor1_id);
  if (draft->actor2_id != 0)
    g_hash_table_add (actors, (gpointer) &draft->actor2_id);
  for (guint i = 0; i < draft->n_assoc1; i++)
    g_hash_table_add (actors, (gpointer) &draft->assoc1_ids[i]);
  for (guint i = 0; i < draft->n_assoc2; i++)
    g_hash_table_add (actors, (gpointer) &draft->assoc2_ids[i]);

  candidates = list_candidates (self, db, draft, exclude_id, lat, lon, error);
  if (candidates == NULL)
    {
      _sitrep_store_unlock (self);
      return NULL;
    }

  stmt = _sitrep_store_statement (self, "SELECT place_id, latitude, longitude, date_start, date_end,"
                                        " event_type, sub_event_type FROM events WHERE id = ?1", error);
  for (guint i = 0; stmt != NULL && i < candidates->len; i++)
    {
      SitrepEventMatch m = { 0 };
      When other;
      double clat, clon;
      gboolean undated;

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
      undated = _sitrep_store_empty (COL_TEXT (3));
      other = when_from (COL_TEXT (3), COL_TEXT (4));
      m.same_type = !_sitrep_store_empty (draft->event_type) &&
                    g_strcmp0 (draft->event_type, COL_TEXT (5)) == 0 &&
                    g_strcmp0 (draft->sub_event_type, COL_TEXT (6)) == 0;
      sqlite3_reset (stmt);

      /* The event statement is reset: another may be run now. */
      if (undated)
        other = reported_when (self, m.event_id, &when);
      m.distance_km = (isnan (lat) || isnan (clat)) ? NAN : distance_km (lat, lon, clat, clon);
      m.days_apart = when_between (&when, &other, &m.year_unknown);
      m.common_actors = count_common_actors (self, m.event_id, actors);

      if (judge_match (&m, dated && !undated, undated))
        g_array_append_val (matches, m);
    }
  _sitrep_store_unlock (self);

  g_array_sort (matches, compare_match);
  if (matches->len > SIMILAR_LIMIT)
    g_array_set_size (matches, SIMILAR_LIMIT);
  return g_steal_pointer (&matches);
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
  return sitrep_store_find_similar_to_report (self, draft, NULL, NULL, exclude_id, error);
}

GArray *
sitrep_store_find_events_like (SitrepStore  *self,
                               gint64        event_id,
                               GError      **error)
{
  g_autoptr(SitrepEvent) event = NULL;
  g_autofree char *day = NULL;
  g_autofree char *day_end = NULL;
  SitrepEventDraft draft;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  event = sitrep_store_get_event (self, event_id, error);
  if (event == NULL)
    return NULL;
  sitrep_event_draft_init_from_event (&draft, event);
  draft.latitude = sitrep_event_get_latitude (event);
  draft.longitude = sitrep_event_get_longitude (event);
  /* An undated event is looked for on the day its reports give. */
  if (_sitrep_store_empty (draft.date_start) && _sitrep_store_lock (self, NULL) != NULL)
    {
      sqlite3_stmt *stmt = _sitrep_store_statement (self,
                                                    "SELECT json_extract (a.attributes, '$.date'),"
                                                    " json_extract (a.attributes, '$.date_end')"
                                                    " FROM event_evidence v JOIN annotations a"
                                                    "  ON a.article_id = v.article_id"
                                                    "  AND a.start >= v.start AND a.\"end\" <= v.\"end\""
                                                    " JOIN labels l ON l.id = a.label_id"
                                                    " WHERE v.event_id = ?1 AND l.kind = 'date'"
                                                    "  AND json_valid (a.attributes)"
                                                    " ORDER BY v.id, a.start LIMIT 1", NULL);

      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, event_id);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            {
              day = g_strdup (COL_TEXT (0));
              day_end = g_strdup (COL_TEXT (1));
            }
          sqlite3_reset (stmt);
        }
      _sitrep_store_unlock (self);
    }
  return sitrep_store_find_similar_to_report (self, &draft, day, day_end, event_id, error);
}

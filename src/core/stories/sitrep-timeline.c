/* sitrep-timeline.c — events on a time axis: extents, buckets, lanes and playback windows
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-timeline"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-timeline.h"
#include "sitrep-stories-private.h"

/* Everything here works on GDate Julian days. GDate knows nothing of
 * clocks and zones, so 2021-12-31 is the same bucket in Kiritimati and
 * Adak; nothing below may go through time_t or GDateTime. */

static gboolean
day_to_date (guint32  day,
             GDate   *date)
{
  g_date_clear (date, 1);
  if (!g_date_valid_julian (day))
    return FALSE;
  g_date_set_julian (date, day);
  return TRUE;
}

gboolean
sitrep_timeline_parse_day (const char *text,
                           guint32    *day)
{
  unsigned y, m, d;
  char tail;
  GDate date;

  g_return_val_if_fail (day != NULL, FALSE);

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    {
      if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
        return FALSE;
    }
  if (sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  if (y < 1 || y > 9999 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  *day = g_date_get_julian (&date);
  return TRUE;
}

char *
sitrep_timeline_format_day (guint32 day)
{
  GDate date;

  if (!day_to_date (day, &date))
    return g_strdup ("");
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

/* Only a day's name goes through GDateTime, at midnight UTC of that same day. */
char *
sitrep_timeline_format_day_for_user (guint32 day)
{
  g_autoptr(GDateTime) dt = NULL;
  GDate date;

  if (!day_to_date (day, &date))
    return g_strdup ("");
  dt = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 0, 0, 0);
  /* Translators: a day in the timeline's status; see g_date_time_format */
  return dt != NULL ? g_date_time_format (dt, _("%-d %b %Y")) : g_strdup ("");
}

gboolean
sitrep_timeline_extent (const char *start,
                        const char *end,
                        int         precision,
                        guint32    *first,
                        guint32    *last)
{
  guint32 a, b;
  GDate date;

  g_return_val_if_fail (first != NULL && last != NULL, FALSE);

  if (!sitrep_timeline_parse_day (start, &a))
    return FALSE;
  if (sitrep_timeline_parse_day (end, &b) && b > a)
    {
      /* A range given is the honest extent, whatever the precision says. */
      *first = a;
      *last = b;
      return TRUE;
    }

  day_to_date (a, &date);
  switch (precision)
    {
    case 2:
      /* "a range of 2 to 6 days" known only by its first day */
      *first = a;
      *last = MIN (a + 5, (guint32) G_MAXUINT32);
      break;
    case 3:
      *first = sitrep_timeline_bucket_start (a, SITREP_TIMELINE_WEEK);
      *last = sitrep_timeline_bucket_next (a, SITREP_TIMELINE_WEEK) - 1;
      break;
    case 4:
      *first = sitrep_timeline_bucket_start (a, SITREP_TIMELINE_MONTH);
      *last = sitrep_timeline_bucket_next (a, SITREP_TIMELINE_MONTH) - 1;
      break;
    case 5:
      g_date_set_dmy (&date, 1, G_DATE_JANUARY, g_date_get_year (&date));
      *first = g_date_get_julian (&date);
      g_date_set_dmy (&date, 31, G_DATE_DECEMBER, g_date_get_year (&date));
      *last = g_date_get_julian (&date);
      break;
    default:
      *first = *last = a;
      break;
    }
  return TRUE;
}

gboolean
sitrep_timeline_event_init (SitrepTimelineEvent *te,
                            SitrepEvent         *event)
{
  guint32 first, last;

  g_return_val_if_fail (te != NULL, FALSE);
  g_return_val_if_fail (SITREP_IS_EVENT (event), FALSE);

  if (!sitrep_timeline_extent (sitrep_event_get_date_start (event), sitrep_event_get_date_end (event),
                               sitrep_event_get_date_precision (event), &first, &last))
    return FALSE;

  memset (te, 0, sizeof *te);
  te->event_id = sitrep_event_get_id (event);
  te->first = first;
  te->last = last;
  te->fatalities = sitrep_event_get_fatalities (event);
  te->date_precision = sitrep_event_get_date_precision (event);
  te->actor1_id = sitrep_event_get_actor1_id (event);
  te->event_type = g_strdup (sitrep_event_get_event_type (event));
  te->actor1 = g_strdup (sitrep_event_get_actor1 (event));
  te->region = g_strdup (sitrep_event_get_admin1 (event) != NULL && *sitrep_event_get_admin1 (event) != '\0'
                         ? sitrep_event_get_admin1 (event) : sitrep_event_get_country (event));
  return TRUE;
}

void
sitrep_timeline_event_clear (SitrepTimelineEvent *te)
{
  g_clear_pointer (&te->event_type, g_free);
  g_clear_pointer (&te->actor1, g_free);
  g_clear_pointer (&te->region, g_free);
}

GArray *
sitrep_timeline_events_new (void)
{
  GArray *events = g_array_new (FALSE, TRUE, sizeof (SitrepTimelineEvent));

  g_array_set_clear_func (events, (GDestroyNotify) sitrep_timeline_event_clear);
  return events;
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const SitrepTimelineEvent *x = a, *y = b;

  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return x->event_id < y->event_id ? -1 : x->event_id > y->event_id;
}

/* Events come in pages so a large project never holds every object at once. */
#define LOAD_PAGE 512

GArray *
sitrep_timeline_load (SitrepStore             *store,
                      const SitrepEventQuery  *query,
                      guint                   *n_undated,
                      GError                 **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) events = NULL;
  guint undated = 0;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  ids = sitrep_store_query_event_ids (store, query, error);
  if (ids == NULL)
    return NULL;

  events = sitrep_timeline_events_new ();
  for (guint i = 0; i < ids->len; i += LOAD_PAGE)
    {
      g_autoptr(GPtrArray) page = g_ptr_array_new_with_free_func (g_object_unref);
      guint n = MIN (LOAD_PAGE, ids->len - i);

      if (!sitrep_store_get_events (store, &g_array_index (ids, gint64, i), n, page, error))
        return NULL;
      for (guint j = 0; j < page->len; j++)
        {
          SitrepTimelineEvent te;

          if (sitrep_timeline_event_init (&te, page->pdata[j]))
            g_array_append_val (events, te);
          else
            undated++;
        }
    }
  g_array_sort (events, compare_events);
  if (n_undated != NULL)
    *n_undated = undated;
  return g_steal_pointer (&events);
}

guint32
sitrep_timeline_bucket_start (guint32            day,
                              SitrepTimelineUnit unit)
{
  GDate date;

  if (!day_to_date (day, &date))
    return day;
  switch (unit)
    {
    case SITREP_TIMELINE_WEEK:
      /* GDate counts Monday as 1, Sunday as 7. */
      return day - (g_date_get_weekday (&date) - G_DATE_MONDAY);
    case SITREP_TIMELINE_MONTH:
      return day - (g_date_get_day (&date) - 1);
    case SITREP_TIMELINE_DAY:
    default:
      return day;
    }
}

guint32
sitrep_timeline_bucket_next (guint32            day,
                             SitrepTimelineUnit unit)
{
  GDate date;
  guint32 start = sitrep_timeline_bucket_start (day, unit);

  switch (unit)
    {
    case SITREP_TIMELINE_WEEK:
      return start + 7;
    case SITREP_TIMELINE_MONTH:
      if (!day_to_date (start, &date))
        return start + 1;
      return start + g_date_get_days_in_month (g_date_get_month (&date), g_date_get_year (&date));
    case SITREP_TIMELINE_DAY:
    default:
      return start + 1;
    }
}

char *
sitrep_timeline_bucket_label (guint32            start,
                              SitrepTimelineUnit unit)
{
  GDate date;

  if (!day_to_date (start, &date))
    return g_strdup ("");
  switch (unit)
    {
    case SITREP_TIMELINE_WEEK:
      {
        /* The ISO year is the year of the week's Thursday: 2021-W52 ends on
         * 2022-01-02, and 2019-12-30 opens 2020-W01. */
        GDate thursday;

        day_to_date (sitrep_timeline_bucket_start (start, unit) + 3, &thursday);
        return g_strdup_printf ("%04u-W%02u", g_date_get_year (&thursday),
                                g_date_get_iso8601_week_of_year (&thursday));
      }
    case SITREP_TIMELINE_MONTH:
      return g_strdup_printf ("%04u-%02u", g_date_get_year (&date), g_date_get_month (&date));
    case SITREP_TIMELINE_DAY:
    default:
      return sitrep_timeline_format_day (start);
    }
}

GArray *
sitrep_timeline_filter_ids (SitrepStore   *store,
                            const gint64  *ids,
                            guint          n_ids,
                            guint32        first,
                            guint32        last,
                            GError       **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  if (!sitrep_store_get_events (store, ids, n_ids, events, error))
    return NULL;
  for (guint i = 0; i < events->len; i++)
    {
      SitrepEvent *event = events->pdata[i];
      guint32 a, b;

      if (sitrep_timeline_extent (sitrep_event_get_date_start (event), sitrep_event_get_date_end (event),
                                  sitrep_event_get_date_precision (event), &a, &b) &&
          a <= last && b >= first)
        {
          gint64 id = sitrep_event_get_id (event);

          g_array_append_val (kept, id);
        }
    }

  return g_steal_pointer (&kept);
}

GArray *
sitrep_timeline_bucket (const SitrepTimelineEvent *events,
                        guint                      n_events,
                        SitrepTimelineUnit         unit,
                        guint32                    from,
                        guint32                    to)
{
  GArray *buckets = g_array_new (FALSE, TRUE, sizeof (SitrepTimelineBucket));
  guint32 first_start;

  g_return_val_if_fail (events != NULL || n_events == 0, buckets);

  if (from == 0 && to == 0)
    {
      if (n_events == 0)
        return buckets;
      from = G_MAXUINT32;
      for (guint i = 0; i < n_events; i++)
        {
          from = MIN (from, events[i].first);
          to = MAX (to, events[i].last);
        }
    }
  if (to < from)
    return buckets;

  first_start = sitrep_timeline_bucket_start (from, unit);
  for (guint32 s = first_start; s <= to; s = sitrep_timeline_bucket_next (s, unit))
    {
      SitrepTimelineBucket b = { 0 };

      b.start = s;
      b.end = sitrep_timeline_bucket_next (s, unit);
      g_array_append_val (buckets, b);
    }

  for (guint i = 0; i < n_events; i++)
    {
      const SitrepTimelineEvent *e = &events[i];
      gint64 killed = MAX (e->fatalities, 0);
      guint k;

      if (e->last < first_start || e->first > to || buckets->len == 0)
        continue;
      /* Buckets are contiguous: find the first that the event reaches. */
      k = 0;
      if (e->first > first_start)
        {
          guint lo = 0, hi = buckets->len;
          while (lo < hi)
            {
              guint mid = (lo + hi) / 2;
              if (g_array_index (buckets, SitrepTimelineBucket, mid).end <= e->first)
                lo = mid + 1;
              else
                hi = mid;
            }
          k = lo;
        }
      for (; k < buckets->len; k++)
        {
          SitrepTimelineBucket *b = &g_array_index (buckets, SitrepTimelineBucket, k);

          if (b->start > e->last)
            break;
          if (e->first >= b->start && e->last < b->end)
            {
              b->n_events++;
              b->killed += killed;
            }
          else
            {
              b->n_spanning++;
              b->killed_spanning += killed;
            }
        }
    }
  return buckets;
}

typedef struct
{
  const char *name;
  guint count;
  guint lane;
} Lane;

static int
compare_lanes (gconstpointer a,
               gconstpointer b)
{
  const Lane *x = *(const Lane * const *) a, *y = *(const Lane * const *) b;

  /* The catch-all lane (no name) sorts last. */
  if ((x->name == NULL) != (y->name == NULL))
    return x->name == NULL ? 1 : -1;
  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return g_strcmp0 (x->name, y->name);
}

static const char *
lane_key (const SitrepTimelineEvent *e,
          SitrepTimelineLanes        mode)
{
  const char *key;

  switch (mode)
    {
    case SITREP_TIMELINE_LANES_ACTOR:
      key = e->actor1;
      break;
    case SITREP_TIMELINE_LANES_REGION:
      key = e->region;
      break;
    case SITREP_TIMELINE_LANES_TYPE:
    default:
      key = e->event_type;
      break;
    }

  return key != NULL && *key != '\0' ? key : NULL;
}

SitrepTimelineLanes
sitrep_timeline_lanes_effective (const SitrepTimelineEvent *events,
                                 guint                      n_events,
                                 SitrepTimelineLanes        mode)
{
  g_return_val_if_fail (events != NULL || n_events == 0, mode);

  if (mode != SITREP_TIMELINE_LANES_TYPE)
    return mode;
  for (guint i = 0; i < n_events; i++)
    if (lane_key (&events[i], SITREP_TIMELINE_LANES_TYPE) != NULL)
      return mode;

  /* One grey "Not coded" lane says nothing: where they happened does. */
  return n_events > 0 ? SITREP_TIMELINE_LANES_REGION : mode;
}

static const char *
lane_none_name (SitrepTimelineLanes mode)
{
  switch (mode)
    {
    case SITREP_TIMELINE_LANES_ACTOR:
      return _("No actor");
    case SITREP_TIMELINE_LANES_REGION:
      return _("No region");
    case SITREP_TIMELINE_LANES_TYPE:
    default:
      return _("Not coded");
    }
}

GStrv
sitrep_timeline_assign_lanes (SitrepTimelineEvent *events,
                              guint                n_events,
                              SitrepTimelineLanes  mode)
{
  g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) lanes = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  Lane *none = NULL;

  g_return_val_if_fail (events != NULL || n_events == 0, NULL);

  mode = sitrep_timeline_lanes_effective (events, n_events, mode);
  for (guint i = 0; i < n_events; i++)
    {
      const char *key = lane_key (&events[i], mode);
      Lane *lane;

      if (key == NULL)
        {
          if (none == NULL)
            {
              none = g_new0 (Lane, 1);
              g_hash_table_insert (by_name, (gpointer) "", none);
              g_ptr_array_add (lanes, none);
            }
          lane = none;
        }
      else if ((lane = g_hash_table_lookup (by_name, key)) == NULL)
        {
          lane = g_new0 (Lane, 1);
          lane->name = key;
          g_hash_table_insert (by_name, (gpointer) key, lane);
          g_ptr_array_add (lanes, lane);
        }
      lane->count++;
    }
  g_ptr_array_sort (lanes, compare_lanes);
  for (guint i = 0; i < lanes->len; i++)
    {
      Lane *lane = lanes->pdata[i];

      lane->lane = i;
      if (lane->name != NULL)
        g_strv_builder_add (names, lane->name);
      else
        g_strv_builder_add (names, lane_none_name (mode));
    }
  for (guint i = 0; i < n_events; i++)
    {
      const char *key = lane_key (&events[i], mode);
      Lane *lane = g_hash_table_lookup (by_name, key != NULL ? key : "");

      events[i].lane = lane->lane;
    }
  return g_strv_builder_end (names);
}

GArray *
sitrep_timeline_window (const SitrepTimelineEvent *events,
                        guint                      n_events,
                        guint32                    t,
                        guint                      length_days,
                        gboolean                   with_before)
{
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (SitrepTimelineHit));
  guint64 end = (guint64) t + length_days;

  g_return_val_if_fail (events != NULL || n_events == 0, hits);

  for (guint i = 0; i < n_events; i++)
    {
      SitrepTimelineHit hit = { i, FALSE };

      if (events[i].first < end && events[i].last >= t)
        g_array_append_val (hits, hit);
      else if (with_before && events[i].last < t)
        {
          hit.before = TRUE;
          g_array_append_val (hits, hit);
        }
    }
  return hits;
}

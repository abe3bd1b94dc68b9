/* sitrep-timeline.h — events on a time axis: extents, buckets, lanes and playback windows
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "sitrep-event.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

/* Days are civil dates as GDate Julian day numbers (1 = 0001-01-01): no
 * clock, no time zone, so a date reads the same everywhere. */

typedef enum
{
  SITREP_TIMELINE_DAY,
  SITREP_TIMELINE_WEEK,    /* ISO 8601 weeks, Monday to Sunday */
  SITREP_TIMELINE_MONTH,
} SitrepTimelineUnit;

typedef enum
{
  SITREP_TIMELINE_LANES_TYPE,    /* one lane per event type */
  SITREP_TIMELINE_LANES_ACTOR,   /* one lane per actor 1 (UCDP's side A) */
  SITREP_TIMELINE_LANES_REGION,  /* one lane per governorate (admin-1), else country */
} SitrepTimelineLanes;

/* One dated event as the timeline sees it. @first … @last (inclusive) is
 * what the event's dates and precision allow: a range as given, or the
 * week, month or year a coarse single date stands for. */
typedef struct
{
  gint64   event_id;
  guint32  first;          /* Julian day */
  guint32  last;           /* Julian day, >= first */
  gint64   fatalities;     /* derived (ACLED conservative), -1: no killed claim */
  int      date_precision; /* UCDP date_prec 1–5, 0 unknown */
  gint64   actor1_id;
  char    *event_type;     /* NULL while not coded */
  char    *actor1;         /* NULL without actor 1 */
  guint    lane;           /* set by sitrep_timeline_assign_lanes */
  char    *region;         /* admin-1, else country; NULL when neither is known */
} SitrepTimelineEvent;

/* A bucket [start, end) of the bar chart. @killed sums the events that lie
 * wholly inside it; @killed_spanning those that only overlap it (a month
 * range seen week by week), so summing @killed over buckets never counts an
 * event twice and @killed_spanning shows where more may belong. */
typedef struct
{
  guint32  start;          /* Julian day of the first day */
  guint32  end;            /* Julian day of the first day of the next bucket */
  guint    n_events;       /* wholly inside */
  guint    n_spanning;     /* overlapping, not wholly inside */
  gint64   killed;
  gint64   killed_spanning;
} SitrepTimelineBucket;

/* What playback shows: an event of the window, or one before it (@before:
 * draw faded). @index points into the events array. */
typedef struct
{
  guint    index;
  gboolean before;
} SitrepTimelineHit;

/* "YYYY-MM-DD" → Julian day; FALSE for anything else (no time, no zone). */
gboolean  sitrep_timeline_parse_day        (const char                *text,
                                            guint32                   *day);
/* Julian day → "YYYY-MM-DD" (newly allocated). */
char     *sitrep_timeline_format_day       (guint32                    day);
/* Julian day → the day as the user reads it ("4 Mar 2021" in the user's
 * language; newly allocated, "" for a day out of range). */
char     *sitrep_timeline_format_day_for_user (guint32                 day);
/* The extent of a date as stored: @start (required), @end (NULL or before
 * @start: the start day), @precision (UCDP date_prec). FALSE without a
 * valid start. */
gboolean  sitrep_timeline_extent           (const char                *start,
                                            const char                *end,
                                            int                        precision,
                                            guint32                   *first,
                                            guint32                   *last);

/* Fills @te from @event; FALSE (and @te untouched) when it has no date. */
gboolean  sitrep_timeline_event_init       (SitrepTimelineEvent       *te,
                                            SitrepEvent               *event);
void      sitrep_timeline_event_clear      (SitrepTimelineEvent       *te);
/* A GArray of SitrepTimelineEvent that clears its elements. */
GArray   *sitrep_timeline_events_new       (void);

/* Those of @ids (in their order) whose events' extents overlap days
 * @first … @last; undated events are left out. NULL on a read error. */
GArray   *sitrep_timeline_filter_ids       (SitrepStore               *store,
                                            const gint64              *ids,
                                            guint                      n_ids,
                                            guint32                    first,
                                            guint32                    last,
                                            GError                   **error);

/* The first day of the bucket holding @day, and of the next one. */
guint32   sitrep_timeline_bucket_start     (guint32                    day,
                                            SitrepTimelineUnit         unit);
guint32   sitrep_timeline_bucket_next      (guint32                    day,
                                            SitrepTimelineUnit         unit);
/* Every bucket from the one holding @from to the one holding @to, empty
 * ones included; @from = @to = 0: the extent of @events. */
GArray   *sitrep_timeline_bucket           (const SitrepTimelineEvent *events,
                                            guint                      n_events,
                                            SitrepTimelineUnit         unit,
                                            guint32                    from,
                                            guint32                    to);

/* Sets every event's lane. Lanes are ordered busiest first (ties by name),
 * the lane of uncoded events or of events without an actor last. Lanes by
 * type when no event has a type (an imported dataset before coding) are
 * lanes by region instead, so they say something: check with
 * sitrep_timeline_lanes_effective(). Returns the lane names,
 * NULL-terminated, index = lane. */
GStrv     sitrep_timeline_assign_lanes     (SitrepTimelineEvent       *events,
                                            guint                      n_events,
                                            SitrepTimelineLanes        mode);
/* The lanes sitrep_timeline_assign_lanes() draws for @mode on @events. */
SitrepTimelineLanes sitrep_timeline_lanes_effective (const SitrepTimelineEvent *events,
                                                     guint                      n_events,
                                                     SitrepTimelineLanes        mode);

/* Playback: the events overlapping [@t, @t + @length_days) in the order
 * of @events, and with @with_before also every event that ended before @t
 * (@before set). A GArray of SitrepTimelineHit. */
GArray   *sitrep_timeline_window           (const SitrepTimelineEvent *events,
                                            guint                      n_events,
                                            guint32                    t,
                                            guint                      length_days,
                                            gboolean                   with_before);

G_END_DECLS

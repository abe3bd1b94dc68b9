/* sitrep-event-query.h — which events to list, in what order, and events like another
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SITREP_EVENT_SORT_DATE = 0,     /* start date, undated last */
  SITREP_EVENT_SORT_TYPE,
  SITREP_EVENT_SORT_PLACE,        /* place entity name, else the place as reported */
  SITREP_EVENT_SORT_ACTOR,        /* actor 1 */
  SITREP_EVENT_SORT_FATALITIES,
  SITREP_EVENT_SORT_SOURCES,
  SITREP_EVENT_SORT_DISPUTED,
  SITREP_EVENT_SORT_CREATED,
} SitrepEventSort;

/* A filter and an order for the Events view. NULL / 0 / -1 mean "any". */
typedef struct
{
  const char       *event_type;
  const char       *date_from;     /* events overlapping [date_from, date_to] */
  const char       *date_to;
  gint64            place_id;
  gint64            actor_id;      /* in any role */
  int               disputed;      /* -1 any, 0 not disputed, 1 disputed */
  const char       *search;        /* words in description, notes, place or actor names */
  SitrepEventSort   sort;
  gboolean          descending;
  /* Only events placed inside [west, east] × [south, north] (R*Tree). */
  gboolean          in_area;
  double            west, south, east, north;
} SitrepEventQuery;

#define SITREP_EVENT_QUERY_INIT { NULL, NULL, NULL, 0, 0, -1, NULL, SITREP_EVENT_SORT_DATE, FALSE }

/* Same-incident suggestions: events whose dates are within 3 days of the
 * draft's (or unknown) and that share its place entity, lie within 25 km,
 * share an actor, or (both dated) have its event type and sub-type — a
 * second report often names the place otherwise and no actor — or, undated,
 * are told on the same day by their reports; best first. */
typedef struct
{
  gint64    event_id;
  double    score;
  gboolean  same_place;
  double    distance_km;   /* NAN when either has no coordinates */
  int       days_apart;    /* G_MAXINT when either has no date */
  guint     common_actors;
  gboolean  same_type;     /* the same event type and sub-type (both coded) */
  gboolean  year_unknown;  /* days_apart compares days of the year: a report gave no year */
} SitrepEventMatch;

G_END_DECLS

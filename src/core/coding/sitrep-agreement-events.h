/* sitrep-agreement-events.h — two coders' events for the same article, matched and compared
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "sitrep-event.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

/* How far apart two coders' places may be and still be one event. */
#define SITREP_EVENT_MATCH_KM 10.0

/* A field the two versions of an event hold differently. @field is its key
 * ("sub_event_type", "date_start", "date_end", "date_precision", "place",
 * "actor1", "actor2", "fatalities", "civilian_targeting", "description");
 * sitrep_event_field_title () names it for people. */
typedef struct
{
  const char *field;
  char       *a;
  char       *b;
} SitrepEventDifference;

/* One event as two coders coded it: both ids when they match, else one of
 * them 0 (that coder has no such event). */
typedef struct
{
  gint64     event_a;
  gint64     event_b;
  char      *date_start;    /* the first version's, for a heading */
  char      *event_type;
  char      *place;
  GPtrArray *differences;   /* SitrepEventDifference*, empty when they agree */
  gint64     kept;          /* the adjudicated event that settles it, 0 while undecided */
} SitrepEventPair;

typedef struct
{
  gint64     article_id;
  char      *a;
  char      *b;
  guint      events_a;
  guint      events_b;
  guint      matched;       /* pairs with both versions */
  guint      agreed;        /* … that differ in no field */
  GPtrArray *pairs;         /* SitrepEventPair*: matched ones by date, then each coder's own */
} SitrepEventComparison;

void                   sitrep_event_comparison_free    (SitrepEventComparison *comparison);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepEventComparison, sitrep_event_comparison_free)

const char            *sitrep_event_field_title        (const char            *field);
/* The compared fields' keys, NULL-terminated, in the order they are shown. */
const char * const    *sitrep_event_fields             (void);
/* @field of @e as text (NULL: empty), as compared. */
char                  *sitrep_event_field_value        (SitrepEvent           *e,
                                                        const char            *field);

/* Whether two events can be one incident as two coders saw it: the same
 * event type, start dates within the looser of their date precisions
 * (UCDP: exact day, 2–6 days, a week, a month, a year), and places within
 * @km of each other or the same place entity (or the same name, where
 * neither has coordinates). */
gboolean               sitrep_events_match             (SitrepEvent           *a,
                                                        SitrepEvent           *b,
                                                        double                 km);

/* Compares @a's and @b's events of @article_id (the events whose evidence
 * or claims come from it). Fails with a message naming a coder the project
 * does not know. */
SitrepEventComparison *sitrep_event_comparison_compute (SitrepStore           *store,
                                                        gint64                 article_id,
                                                        const char            *a,
                                                        const char            *b,
                                                        double                 km,
                                                        GError               **error);

/* Every article where two of @coders (NULL: every coder but the
 * adjudicated layer) both coded events, each such pair of coders once:
 * SitrepEventComparison*, by article. */
GPtrArray             *sitrep_event_comparison_compute_all (SitrepStore         *store,
                                                            const char * const  *coders,
                                                            double               km,
                                                            GError             **error);

/* The same for one article, between every two coders who coded events in it. */
GPtrArray             *sitrep_event_comparison_compute_article (SitrepStore     *store,
                                                                gint64           article_id,
                                                                double           km,
                                                                GError         **error);

/* {"km", "articles", "matched", "agreed", "comparisons": [{"article", "a",
 *  "b", "events_a", "events_b", "matched", "agreed", "pairs": [{"a", "b",
 *  "date_start", "event_type", "place", "kept", "differences": [{"field",
 *  "a", "b"}]}]}]}; an event a coder does not have is null. */
char                  *sitrep_event_comparisons_to_json (GPtrArray            *comparisons,
                                                         double                km);

/* Keeps @event_id (one coder's version) as the adjudicated layer's event:
 * a copy with its fields, actors, evidence and claims, coded by the
 * adjudicated layer. One undo step. Returns the new event's id. */
gint64                 sitrep_event_comparison_keep    (SitrepStore           *store,
                                                        gint64                 event_id,
                                                        GError               **error);

G_END_DECLS

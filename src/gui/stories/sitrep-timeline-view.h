/* sitrep-timeline-view.h — events on a time axis in lanes, with a bar chart of the killed, drawn in one snapshot
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-event-index.h"
#include "sitrep-timeline.h"

G_BEGIN_DECLS

#define SITREP_TYPE_TIMELINE_VIEW (sitrep_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (SitrepTimelineView, sitrep_timeline_view, SITREP, TIMELINE_VIEW, GtkWidget)

/* Signals:
 *   "range-changed" (guint first, guint last): the brushed range of days
 *     (Julian, inclusive); 0, 0 when cleared
 *   "event-activated" (gint64 id): a mark was clicked
 *   "events-changed": the events shown changed (set, or updated from the index)
 * Properties: "lanes" (SitrepTimelineLanes as int), "selected-event"
 * (gint64), "brush-mode" (boolean: a plain drag brushes instead of panning),
 * "compact" (boolean: no bar chart and no lane labels, a strip). */
GtkWidget *sitrep_timeline_view_new                 (void);
/* Replaces the events (a GArray of SitrepTimelineEvent, as
 * sitrep_timeline_load returns, sorted by first day); takes a reference. */
void       sitrep_timeline_view_set_events          (SitrepTimelineView *self,
                                                     GArray             *events);
GArray    *sitrep_timeline_view_get_events          (SitrepTimelineView *self);
guint      sitrep_timeline_view_get_n_events        (SitrepTimelineView *self);
void       sitrep_timeline_view_set_lanes           (SitrepTimelineView *self,
                                                     SitrepTimelineLanes lanes);
SitrepTimelineLanes sitrep_timeline_view_get_lanes  (SitrepTimelineView *self);
/* The lanes drawn: by region when lanes by type are asked for and no event
 * has a type (sitrep_timeline_lanes_effective()). */
SitrepTimelineLanes sitrep_timeline_view_get_effective_lanes (SitrepTimelineView *self);
/* The lane names (index = lane), NULL without events. */
const char * const *sitrep_timeline_view_get_lane_names (SitrepTimelineView *self);
gint64     sitrep_timeline_view_get_selected_event  (SitrepTimelineView *self);
/* Rings @id and scrolls it into view (0: none). Does not emit "event-activated". */
void       sitrep_timeline_view_set_selected_event  (SitrepTimelineView *self,
                                                     gint64              id);
/* The brushed range; FALSE when there is none. */
gboolean   sitrep_timeline_view_get_range           (SitrepTimelineView *self,
                                                     guint32            *first,
                                                     guint32            *last);
/* Sets (or with 0, 0 clears) the brushed range and emits "range-changed". */
void       sitrep_timeline_view_set_range           (SitrepTimelineView *self,
                                                     guint32             first,
                                                     guint32             last);
/* Playback: shades [@start, @start + @length) (@length 0 hides it). */
void       sitrep_timeline_view_set_window          (SitrepTimelineView *self,
                                                     guint32             start,
                                                     guint               length);
/* The shaded playback window; FALSE when there is none. */
gboolean   sitrep_timeline_view_get_window          (SitrepTimelineView *self,
                                                     guint32            *start,
                                                     guint              *length);
/* The visible span of days; zooms around its centre. */
void       sitrep_timeline_view_get_visible         (SitrepTimelineView *self,
                                                     double             *first_day,
                                                     double             *last_day);
void       sitrep_timeline_view_set_visible         (SitrepTimelineView *self,
                                                     double              first_day,
                                                     double              last_day);
/* Zooms by @factor (> 1 in) around the centre, or the pointer when @x >= 0. */
void       sitrep_timeline_view_zoom                (SitrepTimelineView *self,
                                                     double              factor,
                                                     double              x);
/* Shows every event. */
void       sitrep_timeline_view_zoom_to_fit         (SitrepTimelineView *self);
/* Where the start of @day is drawn, in widget coordinates. */
double     sitrep_timeline_view_day_to_x            (SitrepTimelineView *self,
                                                     double              day);
/* What the tooltip at (@x, @y) says: the mark, the chart's bar or the lane
 * there, in words; NULL over nothing. */
char      *sitrep_timeline_view_dup_description_at  (SitrepTimelineView *self,
                                                     double              x,
                                                     double              y);
/* The bucket the bar chart uses at this zoom. */
SitrepTimelineUnit sitrep_timeline_view_get_unit    (SitrepTimelineView *self);
void       sitrep_timeline_view_set_brush_mode      (SitrepTimelineView *self,
                                                     gboolean            brush_mode);
void       sitrep_timeline_view_set_compact         (SitrepTimelineView *self,
                                                     gboolean            compact);

/* The dated events of @index (NULL: none), followed event by event
 * (sitrep-timeline-view-index.c); the undated are counted. */
void       sitrep_timeline_view_set_event_index     (SitrepTimelineView *self,
                                                     SitrepEventIndex   *index);
SitrepEventIndex *sitrep_timeline_view_get_event_index (SitrepTimelineView *self);
guint      sitrep_timeline_view_get_n_undated       (SitrepTimelineView *self);
/* TRUE while a large index's events are laid out in a worker: the view
 * shows what it had (or "Loading events…") until they are in. */
gboolean   sitrep_timeline_view_get_building        (SitrepTimelineView *self);

/* @te from an entry of the index; FALSE for an undated event. */
gboolean   sitrep_timeline_event_init_from_entry    (SitrepTimelineEvent         *te,
                                                     const SitrepEventIndexEntry *entry);


/* A range of Julian days as short as it reads: "15–17 Oct 2022", "30 Sep –
 * 2 Oct 2022", the year only where the two days' years differ
 * (sitrep-timeline-view-describe.c). */
char *sitrep_timeline_format_range (guint32 first,
                                    guint32 last);

G_END_DECLS

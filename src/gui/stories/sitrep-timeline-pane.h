/* sitrep-timeline-pane.h — the timeline pane: lanes, playback on the map, the brushed range, its height
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-pane.h"
#include "sitrep-timeline-view.h"

G_BEGIN_DECLS

#define SITREP_TYPE_TIMELINE_PANE (sitrep_timeline_pane_get_type ())
G_DECLARE_FINAL_TYPE (SitrepTimelinePane, sitrep_timeline_pane, SITREP, TIMELINE_PANE, SitrepPane)

/* A SitrepPane:
 *   "workspace" (SitrepWorkspace): followed for the current event and the
 *     brushed range, which the pane sets when the user brushes one
 *   "event-index" (SitrepEventIndex): the events drawn, from the first time
 *     the pane is shown
 *   "shown" (boolean): the pane is on screen (the window binds its revealer);
 *     hiding it stops playback and keeps a height just chosen
 * Signals:
 *   "event-activated" (gint64 id): a mark was clicked
 *   "show-on-map" (guint first, guint last, gboolean redraw, GArray *points):
 *     what the map should show: with @points (SitrepMapPoint, playback),
 *     exactly those; else every event of days @first to @last (0, 0: all),
 *     drawn again from the index when @redraw
 * Actions: timeline.play, timeline.stop, timeline.clear-range,
 *   timeline.zoom-in, timeline.zoom-out, timeline.zoom-fit.
 * Its height is the end child's of the GtkPaned it is in ("timeline-height"). */

GtkWidget          *sitrep_timeline_pane_new            (void);
SitrepTimelineView *sitrep_timeline_pane_get_view       (SitrepTimelinePane *self);
void                sitrep_timeline_pane_set_shown      (SitrepTimelinePane *self,
                                                         gboolean            shown);
/* Playing or paused: the map shows the playback window. */
gboolean            sitrep_timeline_pane_is_playing     (SitrepTimelinePane *self);
/* Ends playback: the map shows what it showed before. */
void                sitrep_timeline_pane_stop           (SitrepTimelinePane *self);
/* Plays, or pauses while playing. */
void                sitrep_timeline_pane_toggle_play    (SitrepTimelinePane *self);
/* The map drew its events again: "show-on-map" says once more what it
 * should show on top (playback, a brushed range). */
void                sitrep_timeline_pane_refilter_map   (SitrepTimelinePane *self);

G_END_DECLS

/* sitrep-timeline-view-test-private.h — test hooks of the timeline view: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-timeline-view.h"

G_BEGIN_DECLS

/* How a frame finds what a lane draws: walking its extents in view, or
 * reading its summary by day for the zoom; by default the summary for a
 * lane of more extents than the view has columns. */
typedef enum
{
  SITREP_TIMELINE_DRAW_AUTO,
  SITREP_TIMELINE_DRAW_WALK,
  SITREP_TIMELINE_DRAW_SUMMARY,
  /* bench/bench-timeline.c's reference, the frames of 2026-12-04's main:
   * the walk, each round mark a rounded clip. */
  SITREP_TIMELINE_DRAW_BEFORE,
} SitrepTimelineDraw;

void       _sitrep_timeline_view_set_draw_path       (SitrepTimelineView *self,
                                                      SitrepTimelineDraw  path);
/* TRUE: every frame under clip nodes over the widget and the plot, as
 * before 2026-12-05 (the picture must not change: tests compare pixels);
 * FALSE (default): only what crosses the plot's edges is clipped. */
void       _sitrep_timeline_view_set_clip_nodes      (SitrepTimelineView *self,
                                                      gboolean            clip_nodes);
/* Whether the summaries of the zooms a step from the one drawn are still
 * being made in the background (at idle, one lane and zoom at a time). */
gboolean   _sitrep_timeline_view_get_prebuilding     (SitrepTimelineView *self);
/* How many summaries frames had to make while drawing, ever. */
guint      _sitrep_timeline_view_get_n_built_drawing (SitrepTimelineView *self);
/* How many summaries the lanes now shown made, ever, drawing or ahead. */
guint      _sitrep_timeline_view_get_n_summaries     (SitrepTimelineView *self);
/* Makes every lane's summaries for bars of @t_first to @t_last days, so
 * that edits must keep them (checked by _sitrep_timeline_view_check). */
void       _sitrep_timeline_view_summarize           (SitrepTimelineView *self,
                                                      guint               t_first,
                                                      guint               t_last);

/* Marks drawn by the last frame (after culling and aggregation). */
guint      sitrep_timeline_view_get_n_drawn         (SitrepTimelineView *self);
/* How many times every event was taken from the index again (tests, benchmarks). */
guint      sitrep_timeline_view_get_n_resets        (SitrepTimelineView *self);
/* For bench/bench-timeline.c: draw every event, no culling or aggregation. */
void       _sitrep_timeline_view_set_naive          (SitrepTimelineView *self,
                                                     gboolean            naive);
/* For tests: from how many entries the layout is built in a worker (20,000). */
void    _sitrep_timeline_view_set_build_threshold (SitrepTimelineView     *self,
                                                   guint                   n_entries);
/* For tests: the leftmost label of the axis as last drawn, or NULL. */
const char *_sitrep_timeline_view_get_first_axis_label (SitrepTimelineView *self);
/* For tests: how many lane labels the last frame had to cut (ellipsize). */
guint       _sitrep_timeline_view_get_n_labels_cut     (SitrepTimelineView *self);
/* sitrep-timeline-view-check.c: NULL when what the view keeps beside its
 * events (lanes and their extents, first days, the typed count) agrees with
 * them, else what does not (free it). */
char       *_sitrep_timeline_view_check               (SitrepTimelineView *self);
/* The days the data spans and every bucket of the bar chart, one a line:
 * a view that followed edits must say what a fresh load of them says. */
char       *_sitrep_timeline_view_dup_summary         (SitrepTimelineView *self);

G_END_DECLS

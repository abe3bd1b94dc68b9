/* sitrep-timeline-view-private.h — what the parts of SitrepTimelineView share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <math.h>

#include "sitrep-event-index.h"
#include "sitrep-event-index-build.h"
#include "sitrep-timeline-view.h"
#include "sitrep-timeline-view-test-private.h"

G_BEGIN_DECLS

/* The lane labels' column: at least GUTTER, wider to fit the longest label
 * ("Explosions/Remote violence"), up to GUTTER_MAX; a longer label is cut
 * and read whole in its tooltip. */
#define GUTTER        180.0
#define GUTTER_MAX    300.0
/* What the column holds beside a label: its swatch before, a margin after. */
#define GUTTER_LABEL_INSET 22.0
#define GUTTER_LABEL_END    4.0
#define CHART_HEIGHT   64.0
#define AXIS_HEIGHT    22.0
#define LANE_HEIGHT    26.0
#define STRIP_HEIGHT   18.0
#define N_UNITS         3

/* The events of a lane that share one extent, drawn as one: the frame
 * walks these, not the events (half a million zoomed out). */
typedef struct
{
  guint32 first;
  guint32 last;
  guint   n;          /* events */
  guint   n_max;      /* of which have the largest toll */
  gint64  max;        /* the largest toll, -1: none known */
} Extent;

/* What a lane draws at one zoom, by day (sitrep-timeline-view-summary.c). */
typedef struct _LaneSummary LaneSummary;

typedef struct
{
  GArray    *index;      /* guint: events of the lane, by first day */
  GArray    *extents;    /* Extent, by first then last day */
  guint      max_span;   /* the longest extent in days, for culling */
  GPtrArray *summaries;  /* LaneSummary, made as frames need them, or NULL */
  guint      n_built;    /* summaries made for this lane, ever (tests) */
} Lane;

/* Everything the view keeps beside its sorted events, built in one pass on
 * any thread (sitrep-timeline-view-layout.c), then swapped in. */
typedef struct
{
  GArray     *events;       /* SitrepTimelineEvent, by first day then id */
  GHashTable *undated;      /* ids (gint64 *), or NULL: the view's stay */
  GStrv       lane_names;
  GArray     *lanes;        /* Lane */
  GArray     *buckets[N_UNITS];
  GHashTable *firsts;       /* id (gint64 *) → first day */
  guint       none_lane;
  guint       n_typed;
  guint32     data_first;
  guint32     data_last;
} SitrepTimelineLayout;

struct _SitrepTimelineView
{
  GtkWidget            parent_instance;

  /* owned references */
  GArray              *events;      /* SitrepTimelineEvent */
  GStrv                lane_names;
  GArray              *lanes;       /* Lane */
  GArray              *buckets[N_UNITS];
  PangoLayout         *layout;
  GHashTable          *mark_textures; /* colour and pixel size → GdkTexture of a round mark */
  GtkGesture          *drag;
  SitrepEventIndex    *index;
  GHashTable          *undated;     /* ids (gint64 *) of the index's undated events */
  GHashTable          *firsts;      /* id (gint64 *) → first day of each event in the array */

  /* kept with the lanes, so an edit costs no pass over every event */
  guint                none_lane;   /* the lane of events without a lane key, G_MAXUINT: none */
  guint                n_typed;     /* events with a type (lanes by type need one) */

  /* state */
  SitrepTimelineLanes  lane_mode;
  guint32              data_first;
  guint32              data_last;
  double               v0;          /* the day at the left edge of the data area */
  double               ppd;         /* pixels per day */
  gboolean             have_view;
  gint64               selected;
  guint32              range_first;
  guint32              range_last;
  guint32              key_anchor;  /* Shift+Left/Right: the range's fixed end */
  guint32              key_cursor;  /* and its moving one */
  guint32              window_start;
  guint                window_length;
  gboolean             brush_mode;
  gboolean             compact;
  gboolean             naive;
  SitrepTimelineDraw   draw_path;   /* tests: walk extents or read summaries, always */
  gboolean             clip_nodes;  /* tests: draw under clip nodes over the plot, as before */
  gboolean             clip_by_hand; /* this frame: no clip node over the plot (see draw.c) */
  guint                prebuild_id; /* idle making the summaries of the zooms next to the drawn one */
  guint                n_built_drawing; /* summaries a frame had to make itself (tests) */
  guint                n_drawn;
  guint                n_resets;
  SitrepIndexBuild     build;       /* a layout built in a worker, for a large index */
  guint                build_threshold; /* entries from which the layout is built in a worker */
  char                *first_axis_label;   /* the last frame's, for tests */
  double               tick_label_width[6]; /* widest axis label per tick unit, 0: not measured */
  double               gutter_width; /* the lane labels' column for these lanes and font, 0: not measured */
  guint                n_labels_cut; /* lane labels the last frame had to cut (tests) */

  /* gestures */
  gboolean             brushing;
  double               drag_v0;
  double               drag_x;
  double               drag_y;
  double               brush_from;
  double               brush_to;
  double               pointer_x;
  double               zoom_ppd;
  double               zoom_anchor;
  double               velocity;
  guint                kinetic_id;
  gint64               kinetic_last;
};

/* Geometry, shared by drawing and input; inline, as drawing calls it per event. */

void _sitrep_timeline_view_measure_gutter (SitrepTimelineView *self);

static inline double
gutter (SitrepTimelineView *self)
{
  if (self->compact)
    return 0;
  if (G_UNLIKELY (self->gutter_width <= 0))
    _sitrep_timeline_view_measure_gutter (self);
  return self->gutter_width;
}

static inline double
chart_height (SitrepTimelineView *self)
{
  return self->compact ? 0 : CHART_HEIGHT;
}

/* Few lanes share the height; many get LANE_HEIGHT each and the last
 * row holds the rest. */
static inline double
lane_height (SitrepTimelineView *self)
{
  double h = gtk_widget_get_height (GTK_WIDGET (self)) - CHART_HEIGHT - AXIS_HEIGHT;
  guint n_lanes = self->lanes != NULL ? MAX (self->lanes->len, 1) : 1;

  if (self->compact)
    return STRIP_HEIGHT;
  return CLAMP (floor (h / n_lanes), LANE_HEIGHT, 44);
}

static inline double
data_width (SitrepTimelineView *self)
{
  return MAX (1.0, gtk_widget_get_width (GTK_WIDGET (self)) - gutter (self));
}

static inline double
day_x (SitrepTimelineView *self,
       double              day)
{
  return gutter (self) + (day - self->v0) * self->ppd;
}

static inline double
x_day (SitrepTimelineView *self,
       double              x)
{
  return self->v0 + (x - gutter (self)) / self->ppd;
}

/* Under a right-to-left locale the lane labels stand at the right edge and
 * the plot at the left, while time still runs left to right (as in GNOME
 * Calendar). The view computes in one layout, labels in [0, gutter) and the
 * plot after them, and maps x where it meets the widget: input coming in,
 * drawing and tooltip areas going out. */
static inline gboolean
mirrored (SitrepTimelineView *self)
{
  return !self->compact && gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
}

static inline double
x_from_widget (SitrepTimelineView *self,
               double              x)
{
  double plot = gtk_widget_get_width (GTK_WIDGET (self)) - gutter (self);

  if (!mirrored (self))
    return x;
  return x < plot ? x + gutter (self) : x - plot;
}

static inline double
x_to_widget (SitrepTimelineView *self,
             double              x)
{
  double plot = gtk_widget_get_width (GTK_WIDGET (self)) - gutter (self);

  if (!mirrored (self))
    return x;
  return x >= gutter (self) ? x - gutter (self) : x + plot;
}

static inline SitrepTimelineUnit
unit_for_zoom (double ppd)
{
  if (ppd >= 8)
    return SITREP_TIMELINE_DAY;
  if (ppd * 7 >= 8)
    return SITREP_TIMELINE_WEEK;
  return SITREP_TIMELINE_MONTH;
}

/* Rows, marks and buckets, shared by drawing, picking and tooltips. */

#define SPAN_MIN_PX     3.0   /* narrower extents are drawn as points */
#define PICK_RADIUS     7.0
#define SPAN_PICK_PENALTY 4.0

static inline guint
n_rows (SitrepTimelineView *self)
{
  double h = gtk_widget_get_height (GTK_WIDGET (self)) - chart_height (self) - AXIS_HEIGHT;
  guint n_lanes = self->lanes != NULL ? self->lanes->len : 0;

  if (self->compact)
    return 1;
  return CLAMP ((guint) MAX (0.0, floor (h / lane_height (self))), 1, MAX (n_lanes, 1));
}

static inline guint
row_of_lane (SitrepTimelineView *self,
             guint               lane)
{
  return self->compact ? 0 : MIN (lane, n_rows (self) - 1);
}

static inline double
row_y (SitrepTimelineView *self,
       guint               row)
{
  return chart_height (self) + AXIS_HEIGHT + row * lane_height (self);
}

/* A date known to the day is a point at any zoom; only an extent of
 * several days (a range, or a week, month or year for a coarse date) is a
 * span, once it is wide enough to read as one: SPAN_MIN_PX at @ppd. The
 * same test, by length, as _sitrep_timeline_span_threshold(). */
static inline gboolean
drawn_as_span (const SitrepTimelineEvent *e,
               double                     ppd)
{
  return e->last > e->first && (e->last + 1.0 - e->first) * ppd >= SPAN_MIN_PX;
}

static inline float
mark_size (SitrepTimelineView *self,
           gint64              fatalities)
{
  double max = MIN (lane_height (self) - 4, 24);

  if (fatalities <= 0)
    return MIN (6, max);
  return MIN (6 + 2.6 * log2 (1 + (double) fatalities), max);
}

static inline guint
bucket_lower_bound (GArray *buckets,
                    double  day)
{
  guint lo = 0, hi = buckets->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (buckets, SitrepTimelineBucket, mid).end <= day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* sitrep-timeline-view.c */
/* The lane key of @e under @mode, NULL for the catch-all lane. */
const char                *_sitrep_timeline_lane_key (const SitrepTimelineEvent *e,
                                                      SitrepTimelineLanes        mode);
/* The mode the lanes are laid out in: by region when by type is asked and
 * no event has a type. */
SitrepTimelineLanes        _sitrep_timeline_view_effective_lanes (SitrepTimelineView *self);
/* Position of the first event at or after (@first, @id) in the sorted array. */
guint                      _sitrep_timeline_view_lower_bound (SitrepTimelineView *self,
                                                              guint32             first,
                                                              gint64              id);
/* Found by its first day (a hash) and a binary search, not a scan. */
const SitrepTimelineEvent *_sitrep_timeline_view_find_event (SitrepTimelineView *self,
                                                             gint64              id,
                                                             guint              *index);

/* sitrep-timeline-view-layout.c */
/* Lays out @layout->events (sorted) in lanes of @mode: any thread. */
void    _sitrep_timeline_layout_build        (SitrepTimelineLayout        *layout,
                                              SitrepTimelineLanes          mode);
/* Sorted events and undated ids from index entries, then laid out: any thread. */
void    _sitrep_timeline_layout_from_entries (SitrepTimelineLayout        *layout,
                                              GArray                      *entries,
                                              SitrepTimelineLanes          mode);
void    _sitrep_timeline_layout_clear        (SitrepTimelineLayout        *layout);
guint   _sitrep_timeline_lane_bound          (const Lane                  *lane,
                                              guint                        position);
/* Frees @layout (taken) in a worker: half a million events take a while. */
void    _sitrep_timeline_layout_free_later   (SitrepTimelineLayout        *layout);
/* Swaps @layout's arrays with the view's: @layout then holds the old ones. */
void    _sitrep_timeline_view_swap_layout    (SitrepTimelineView          *self,
                                              SitrepTimelineLayout        *layout);
/* Event @e joins (or leaves) @lane at array position @position; leaving,
 * @self's array still holds it there. */
void    _sitrep_timeline_lane_insert         (SitrepTimelineView          *self,
                                              Lane                        *lane,
                                              guint                        position,
                                              const SitrepTimelineEvent   *e);
void    _sitrep_timeline_lane_remove         (SitrepTimelineView          *self,
                                              Lane                        *lane,
                                              guint                        position,
                                              const SitrepTimelineEvent   *e);
/* The first extent of @lane whose first day is >= @day. */
guint   _sitrep_timeline_lane_extent_bound   (const Lane                  *lane,
                                              double                       day);

/* sitrep-timeline-view-summary.c */
/* The fewest days an extent must last to be drawn as a bar at @ppd (>= 2). */
guint   _sitrep_timeline_span_threshold        (double                       ppd);
/* The summary of @lane for bars of @t days or more, made if need be. */
const LaneSummary *_sitrep_timeline_lane_summary (Lane                      *lane,
                                                  guint                      t);
/* After the extent @first..@last of @lane was added (@delta 1), removed
 * (-1) or its largest toll changed (0): each summary follows. */
/* Whether @lane holds its summary for @t, without making it. */
gboolean _sitrep_timeline_lane_has_summary     (const Lane                  *lane,
                                                guint                        t);
void    _sitrep_timeline_lane_summaries_update (Lane                        *lane,
                                                guint32                      first,
                                                guint32                      last,
                                                int                          delta);
void    _sitrep_timeline_lane_summaries_free   (Lane                        *lane);
/* Into @columns (from @c_lo): the largest toll of the points centred in
 * each column in [@c_lo, @c_hi). */
void    _sitrep_timeline_summary_points        (SitrepTimelineView          *self,
                                                const LaneSummary           *s,
                                                int                          c_lo,
                                                int                          c_hi,
                                                gint64                      *columns);
/* Bars in view: first day <= the last day in view, last day + 1 >= v0. */
guint   _sitrep_timeline_summary_spans_in_view (SitrepTimelineView          *self,
                                                const LaneSummary           *s,
                                                double                       width);
/* How many bars start (+) and end (-) in each column of [@c_start,
 * @c_end], those before @c_start counted at it. */
void    _sitrep_timeline_summary_cover         (SitrepTimelineView          *self,
                                                const LaneSummary           *s,
                                                double                       width,
                                                guint                        ncols,
                                                int                         *cover,
                                                int                          c_start,
                                                int                          c_end);
/* NULL when every summary of @lane agrees with its extents. */
char   *_sitrep_timeline_lane_summaries_check  (const Lane                  *lane,
                                                guint                        l);

/* sitrep-timeline-view-index.c */
/* Lays out the index's events again: at once, or in a worker when many. */
void    _sitrep_timeline_view_load_all       (SitrepTimelineView          *self);
void    _sitrep_timeline_view_cancel_build   (SitrepTimelineView          *self);

/* sitrep-timeline-view-lanes.c */
void    _sitrep_timeline_view_lane_colour    (SitrepTimelineView *self,
                                              guint               lane,
                                              GdkRGBA            *colour);
void    _sitrep_timeline_append_mark         (GtkSnapshot        *snapshot,
                                              double              cx,
                                              double              cy,
                                              double              size,
                                              const GdkRGBA      *colour,
                                              gboolean            round);
/* Every lane's marks and bars, in the plot of @width. */
void    _sitrep_timeline_view_draw_lanes     (SitrepTimelineView *self,
                                              GtkSnapshot        *snapshot,
                                              double              width);

/* sitrep-timeline-view-draw.c */
/* Drawing in the plot, clipped to it: with a clip node over the whole plot
 * (the reference, and mirrored views), or, when self->clip_by_hand, a
 * colour rectangle cut to the plot and only a node that crosses its edges
 * under a clip node of its own. */
void     _sitrep_timeline_plot_color     (SitrepTimelineView    *self,
                                          GtkSnapshot           *snapshot,
                                          const GdkRGBA         *colour,
                                          const graphene_rect_t *rect);
/* Pushes a clip to the plot when a node over @bounds would cross its
 * edges and no clip node is over it; pop it when this returns TRUE. */
gboolean _sitrep_timeline_plot_push_clip (SitrepTimelineView    *self,
                                          GtkSnapshot           *snapshot,
                                          const graphene_rect_t *bounds);
/* sitrep-timeline-view.c: after the events changed in place (sitrep-timeline-view-index.c) */
void    _sitrep_timeline_view_events_updated (SitrepTimelineView *self);

void    _sitrep_timeline_view_class_draw_init (GtkWidgetClass     *widget_class);
/* sitrep-timeline-view-describe.c */
void    _sitrep_timeline_view_class_describe_init (GtkWidgetClass *widget_class);
/* What a screen reader says of a selected mark: its tooltip on one line. */
char   *_sitrep_timeline_view_say_event     (const SitrepTimelineEvent *e);
gint64  _sitrep_timeline_view_pick          (SitrepTimelineView *self,
                                             double              x,
                                             double              y);
char   *_sitrep_timeline_view_describe_at   (SitrepTimelineView *self,
                                             double              x,
                                             double              y,
                                             GdkRectangle       *area);


G_END_DECLS

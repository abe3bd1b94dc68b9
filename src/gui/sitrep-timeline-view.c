/* sitrep-timeline-view.c — events on a time axis in lanes, with a bar chart of the killed, drawn in one snapshot
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sitrep-codebook.h"
#include "sitrep-timeline-view.h"

#define GUTTER        180.0
#define CHART_HEIGHT   64.0
#define AXIS_HEIGHT    22.0
#define LANE_HEIGHT    26.0
#define STRIP_HEIGHT   18.0
#define MAX_PPD       400.0   /* pixels per day, zoomed in */
#define MIN_DAYS_SHOWN  7.0
#define SPAN_MIN_PX     3.0   /* narrower extents are drawn as points */
#define PICK_RADIUS     7.0
#define SPAN_PICK_PENALTY 4.0
#define N_UNITS         3

typedef struct
{
  GArray *index;      /* guint: events of the lane, by first day */
  guint   max_span;   /* the longest extent in days, for culling */
} Lane;

struct _SitrepTimelineView
{
  GtkWidget            parent_instance;

  /* owned references */
  GArray              *events;      /* SitrepTimelineEvent */
  GStrv                lane_names;
  GArray              *lanes;       /* Lane */
  GArray              *buckets[N_UNITS];
  PangoLayout         *layout;
  GtkGesture          *drag;

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
  guint32              window_start;
  guint                window_length;
  gboolean             brush_mode;
  gboolean             compact;
  gboolean             naive;
  guint                n_drawn;

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

enum {
  PROP_0,
  PROP_LANES,
  PROP_SELECTED_EVENT,
  PROP_BRUSH_MODE,
  PROP_COMPACT,
  N_PROPS
};

enum {
  SIGNAL_RANGE_CHANGED,
  SIGNAL_EVENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SitrepTimelineView, sitrep_timeline_view, GTK_TYPE_WIDGET)

/* Geometry */

static double
gutter (SitrepTimelineView *self)
{
  return self->compact ? 0 : GUTTER;
}

static double
chart_height (SitrepTimelineView *self)
{
  return self->compact ? 0 : CHART_HEIGHT;
}

/* Few lanes share the height; many get LANE_HEIGHT each and the last
 * row holds the rest. */
static double
lane_height (SitrepTimelineView *self)
{
  double h = gtk_widget_get_height (GTK_WIDGET (self)) - CHART_HEIGHT - AXIS_HEIGHT;
  guint n_lanes = self->lanes != NULL ? MAX (self->lanes->len, 1) : 1;

  if (self->compact)
    return STRIP_HEIGHT;
  return CLAMP (floor (h / n_lanes), LANE_HEIGHT, 44);
}

static double
data_width (SitrepTimelineView *self)
{
  return MAX (1.0, gtk_widget_get_width (GTK_WIDGET (self)) - gutter (self));
}

static double
day_x (SitrepTimelineView *self,
       double              day)
{
  return gutter (self) + (day - self->v0) * self->ppd;
}

static double
x_day (SitrepTimelineView *self,
       double              x)
{
  return self->v0 + (x - gutter (self)) / self->ppd;
}

static guint
n_rows (SitrepTimelineView *self)
{
  double h = gtk_widget_get_height (GTK_WIDGET (self)) - chart_height (self) - AXIS_HEIGHT;
  guint n_lanes = self->lanes != NULL ? self->lanes->len : 0;

  if (self->compact)
    return 1;
  return CLAMP ((guint) MAX (0.0, floor (h / lane_height (self))), 1, MAX (n_lanes, 1));
}

static guint
row_of_lane (SitrepTimelineView *self,
             guint               lane)
{
  return self->compact ? 0 : MIN (lane, n_rows (self) - 1);
}

static double
row_y (SitrepTimelineView *self,
       guint               row)
{
  return chart_height (self) + AXIS_HEIGHT + row * lane_height (self);
}

/* A date known to the day is a point at any zoom; only an extent of
 * several days (a range, or a week, month or year for a coarse date) is a
 * span, once it is wide enough to read as one. */
static gboolean
drawn_as_span (const SitrepTimelineEvent *e,
               double                     x0,
               double                     x1)
{
  return e->last > e->first && x1 - x0 >= SPAN_MIN_PX;
}

static float
mark_size (SitrepTimelineView *self,
           gint64              fatalities)
{
  double max = MIN (lane_height (self) - 4, 24);

  if (fatalities <= 0)
    return MIN (6, max);
  return MIN (6 + 2.6 * log2 (1 + (double) fatalities), max);
}

static void
lane_colour (SitrepTimelineView *self,
             guint               lane,
             GdkRGBA            *colour)
{
  static const char *palette[] = {
    "#1c71d8", "#c01c28", "#e66100", "#26a269", "#813d9c", "#986a44", "#2190a4", "#c64600",
  };
  const char *name = self->lane_names != NULL && lane < g_strv_length (self->lane_names)
                     ? self->lane_names[lane] : NULL;
  guint n_lanes = self->lanes != NULL ? self->lanes->len : 0;

  if (self->lane_mode == SITREP_TIMELINE_LANES_TYPE)
    {
      const char *hex = sitrep_codebook_get_event_type_color (sitrep_codebook_get_default (), name);

      if (hex != NULL)
        {
          gdk_rgba_parse (colour, hex);
          return;
        }
    }
  if (lane + 1 == n_lanes &&
      (g_strcmp0 (name, _("Not coded")) == 0 || g_strcmp0 (name, _("No actor")) == 0))
    {
      gdk_rgba_parse (colour, "#77767b");
      return;
    }
  gdk_rgba_parse (colour, palette[lane % G_N_ELEMENTS (palette)]);
}

static void
foreground (SitrepTimelineView *self,
            GdkRGBA            *colour)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), colour);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static SitrepTimelineUnit
unit_for_zoom (double ppd)
{
  if (ppd >= 8)
    return SITREP_TIMELINE_DAY;
  if (ppd * 7 >= 8)
    return SITREP_TIMELINE_WEEK;
  return SITREP_TIMELINE_MONTH;
}

/* The view */

static double
min_ppd (SitrepTimelineView *self)
{
  double span = self->events != NULL && self->events->len > 0
                ? (double) self->data_last + 1 - self->data_first : 365;

  return data_width (self) / (MAX (span, 30) * 3);
}

static void
clamp_view (SitrepTimelineView *self)
{
  double shown;

  self->ppd = CLAMP (self->ppd, min_ppd (self), MAX_PPD);
  shown = data_width (self) / self->ppd;
  if (self->events != NULL && self->events->len > 0)
    self->v0 = CLAMP (self->v0,
                      self->data_first - shown * 0.9,
                      self->data_last + 1 - shown * 0.1);
}

static void
set_view (SitrepTimelineView *self,
          double              v0,
          double              ppd)
{
  if (v0 == self->v0 && ppd == self->ppd)
    return;
  self->v0 = v0;
  self->ppd = ppd;
  clamp_view (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zoom_at (SitrepTimelineView *self,
         double              factor,
         double              x)
{
  double anchor = x_day (self, x);
  double ppd = CLAMP (self->ppd * factor, min_ppd (self), MAX_PPD);

  set_view (self, anchor - (x - gutter (self)) / ppd, ppd);
}

static void
pan_pixels (SitrepTimelineView *self,
            double              dx)
{
  set_view (self, self->v0 + dx / self->ppd, self->ppd);
}

static void
stop_kinetic (SitrepTimelineView *self)
{
  if (self->kinetic_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->kinetic_id);
  self->kinetic_id = 0;
}

static void
update_accessible (SitrepTimelineView *self)
{
  g_autofree char *text = NULL;

  if (self->events == NULL || self->events->len == 0)
    text = g_strdup (_("No dated events"));
  else
    {
      g_autofree char *first = sitrep_timeline_format_day (self->data_first);
      g_autofree char *last = sitrep_timeline_format_day (self->data_last);

      /* Translators: the timeline's description for screen readers */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event from %s to %s",
                                           "%u events from %s to %s", self->events->len),
                              self->events->len, first, last);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

static void
clear_lanes (SitrepTimelineView *self)
{
  if (self->lanes != NULL)
    {
      for (guint i = 0; i < self->lanes->len; i++)
        g_clear_pointer (&g_array_index (self->lanes, Lane, i).index, g_array_unref);
      g_clear_pointer (&self->lanes, g_array_unref);
    }
  g_clear_pointer (&self->lane_names, g_strfreev);
}

/* Lanes hold the indices of their events in the order of the array (by
 * first day), so a binary search finds the visible ones. */
static void
build_lanes (SitrepTimelineView *self)
{
  guint n_lanes;

  clear_lanes (self);
  for (guint u = 0; u < N_UNITS; u++)
    g_clear_pointer (&self->buckets[u], g_array_unref);
  if (self->events == NULL || self->events->len == 0)
    return;

  self->lane_names = sitrep_timeline_assign_lanes ((SitrepTimelineEvent *) (gpointer) self->events->data,
                                                   self->events->len, self->lane_mode);
  n_lanes = g_strv_length (self->lane_names);
  self->lanes = g_array_sized_new (FALSE, TRUE, sizeof (Lane), MAX (n_lanes, 1));
  g_array_set_size (self->lanes, MAX (n_lanes, 1));
  for (guint i = 0; i < self->lanes->len; i++)
    g_array_index (self->lanes, Lane, i).index = g_array_new (FALSE, FALSE, sizeof (guint));

  self->data_first = G_MAXUINT32;
  self->data_last = 0;
  for (guint i = 0; i < self->events->len; i++)
    {
      const SitrepTimelineEvent *e = &g_array_index (self->events, SitrepTimelineEvent, i);
      Lane *lane = &g_array_index (self->lanes, Lane, MIN (e->lane, self->lanes->len - 1));

      g_array_append_val (lane->index, i);
      lane->max_span = MAX (lane->max_span, e->last - e->first);
      self->data_first = MIN (self->data_first, e->first);
      self->data_last = MAX (self->data_last, e->last);
    }

  for (guint u = 0; u < N_UNITS; u++)
    self->buckets[u] = sitrep_timeline_bucket ((SitrepTimelineEvent *) (gpointer) self->events->data,
                                               self->events->len, u, 0, 0);
}

/* The first event of @lane whose first day is >= @day. */
static guint
lane_lower_bound (SitrepTimelineView *self,
                  const Lane         *lane,
                  double              day)
{
  guint lo = 0, hi = lane->index->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint i = g_array_index (lane->index, guint, mid);

      if (g_array_index (self->events, SitrepTimelineEvent, i).first < day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static guint
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

static const SitrepTimelineEvent *
find_event (SitrepTimelineView *self,
            gint64              id,
            guint              *index)
{
  for (guint i = 0; self->events != NULL && i < self->events->len; i++)
    {
      const SitrepTimelineEvent *e = &g_array_index (self->events, SitrepTimelineEvent, i);

      if (e->event_id == id)
        {
          if (index != NULL)
            *index = i;
          return e;
        }
    }

  return NULL;
}

/* The event drawn nearest to (@x, @y), or 0. */
static gint64
pick (SitrepTimelineView *self,
      double              x,
      double              y)
{
  double best = G_MAXDOUBLE;
  gint64 id = 0;
  double day;
  int row;

  if (self->lanes == NULL || x < gutter (self) || y < chart_height (self) + AXIS_HEIGHT)
    return 0;
  row = (int) floor ((y - row_y (self, 0)) / lane_height (self));
  if (row < 0 || (guint) row >= n_rows (self))
    return 0;
  day = x_day (self, x);

  for (guint l = 0; l < self->lanes->len; l++)
    {
      const Lane *lane = &g_array_index (self->lanes, Lane, l);
      double slack = (PICK_RADIUS + 12) / self->ppd;   /* the largest mark reaches 12 px */
      guint start;

      if (row_of_lane (self, l) != (guint) row)
        continue;
      start = lane_lower_bound (self, lane, day - slack - lane->max_span);
      for (guint k = start; k < lane->index->len; k++)
        {
          const SitrepTimelineEvent *e = &g_array_index (self->events, SitrepTimelineEvent,
                                                         g_array_index (lane->index, guint, k));
          double x0, x1, d, reach;

          if (e->first > day + slack + 1)
            break;
          x0 = day_x (self, e->first);
          x1 = day_x (self, e->last + 1.0);
          if (!drawn_as_span (e, x0, x1))
            {
              d = fabs ((x0 + x1) / 2 - x);
              reach = MAX (PICK_RADIUS, mark_size (self, e->fatalities) / 2);
            }
          else
            {
              /* Points draw over spans: a point under the pointer wins. */
              d = (x < x0 ? x0 - x : (x > x1 ? x - x1 : 0)) + SPAN_PICK_PENALTY;
              reach = PICK_RADIUS + SPAN_PICK_PENALTY;
            }
          if (d <= reach && (d < best || (d == best && e->fatalities > 0)))
            {
              best = d;
              id = e->event_id;
            }
        }
    }

  return id;
}

/* Drawing */

static void
append_layout_at (GtkSnapshot   *snapshot,
                  PangoLayout   *layout,
                  double         x,
                  double         y,
                  const GdkRGBA *colour)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, colour);
  gtk_snapshot_restore (snapshot);
}

static void
append_mark (GtkSnapshot   *snapshot,
             double         cx,
             double         cy,
             double         size,
             const GdkRGBA *colour,
             gboolean       round)
{
  graphene_rect_t r = GRAPHENE_RECT_INIT (cx - size / 2, cy - size / 2, size, size);

  if (round)
    {
      GskRoundedRect rr;

      gsk_rounded_rect_init_from_rect (&rr, &r, size / 2);
      gtk_snapshot_push_rounded_clip (snapshot, &rr);
      gtk_snapshot_append_color (snapshot, colour, &r);
      gtk_snapshot_pop (snapshot);
    }
  else
    gtk_snapshot_append_color (snapshot, colour, &r);
}

static void
draw_chart (SitrepTimelineView *self,
            GtkSnapshot        *snapshot,
            double              width,
            const GdkRGBA      *fg)
{
  SitrepTimelineUnit unit = unit_for_zoom (self->ppd);
  GArray *buckets = self->buckets[unit];
  double v1 = x_day (self, width);
  double h = CHART_HEIGHT - 18;
  double base = CHART_HEIGHT - 2;
  gint64 max = 0;
  guint start;
  GdkRGBA solid, spanning, dim;
  g_autofree char *text = NULL;

  if (buckets == NULL || buckets->len == 0)
    return;
  gdk_rgba_parse (&solid, "#c01c28");
  spanning = solid;
  spanning.alpha = 0.3;
  dim = *fg;
  dim.alpha = 0.55;

  start = bucket_lower_bound (buckets, self->v0);
  for (guint i = start; i < buckets->len; i++)
    {
      const SitrepTimelineBucket *b = &g_array_index (buckets, SitrepTimelineBucket, i);

      if (b->start > v1)
        break;
      max = MAX (max, b->killed + b->killed_spanning);
    }

  for (guint i = start; max > 0 && i < buckets->len; i++)
    {
      const SitrepTimelineBucket *b = &g_array_index (buckets, SitrepTimelineBucket, i);
      double x0 = MAX (day_x (self, b->start), gutter (self));
      double x1 = MIN (day_x (self, b->end), width);
      double gap = x1 - x0 > 4 ? 1 : 0;
      double hk = h * b->killed / max;
      double hs = h * b->killed_spanning / max;

      if (b->start > v1)
        break;
      if (x1 <= x0)
        continue;
      if (hk > 0)
        gtk_snapshot_append_color (snapshot, &solid,
                                   &GRAPHENE_RECT_INIT (x0, base - MAX (hk, 1), x1 - x0 - gap, MAX (hk, 1)));
      if (hs > 0)
        gtk_snapshot_append_color (snapshot, &spanning,
                                   &GRAPHENE_RECT_INIT (x0, base - hk - MAX (hs, 1), x1 - x0 - gap, MAX (hs, 1)));
      self->n_drawn++;
    }

  /* The scale of the chart and its bucket, left of it. */
  switch (unit)
    {
    case SITREP_TIMELINE_DAY:
      /* Translators: the largest bar of the timeline's chart */
      text = g_strdup_printf (_("Killed per day\nmax %" G_GINT64_FORMAT), max);
      break;
    case SITREP_TIMELINE_WEEK:
      text = g_strdup_printf (_("Killed per week\nmax %" G_GINT64_FORMAT), max);
      break;
    case SITREP_TIMELINE_MONTH:
    default:
      text = g_strdup_printf (_("Killed per month\nmax %" G_GINT64_FORMAT), max);
      break;
    }
  pango_layout_set_text (self->layout, text, -1);
  pango_layout_set_width (self->layout, (int) ((GUTTER - 16) * PANGO_SCALE));
  pango_layout_set_alignment (self->layout, PANGO_ALIGN_LEFT);
  append_layout_at (snapshot, self->layout, 10, 10, &dim);
  pango_layout_set_width (self->layout, -1);
}

typedef enum
{
  TICK_DAY,
  TICK_WEEK,
  TICK_MONTH,
  TICK_QUARTER,
  TICK_YEAR,
  TICK_5YEARS,
} TickUnit;

static guint32
tick_next (guint32  day,
           TickUnit unit)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_julian (&d, day);
  switch (unit)
    {
    case TICK_DAY:
      return day + 1;
    case TICK_WEEK:
      return day + 7;
    case TICK_MONTH:
      g_date_add_months (&d, 1);
      break;
    case TICK_QUARTER:
      g_date_add_months (&d, 3);
      break;
    case TICK_YEAR:
      g_date_add_years (&d, 1);
      break;
    case TICK_5YEARS:
    default:
      g_date_add_years (&d, 5);
      break;
    }

  return g_date_get_julian (&d);
}

static guint32
tick_floor (guint32  day,
            TickUnit unit)
{
  GDate d;
  int year;

  g_date_clear (&d, 1);
  g_date_set_julian (&d, MAX (day, 1));
  year = g_date_get_year (&d);
  switch (unit)
    {
    case TICK_DAY:
      return day;
    case TICK_WEEK:
      return day - (g_date_get_weekday (&d) - G_DATE_MONDAY);
    case TICK_MONTH:
      g_date_set_day (&d, 1);
      break;
    case TICK_QUARTER:
      g_date_set_dmy (&d, 1, ((g_date_get_month (&d) - 1) / 3) * 3 + 1, year);
      break;
    case TICK_YEAR:
      g_date_set_dmy (&d, 1, 1, year);
      break;
    case TICK_5YEARS:
    default:
      g_date_set_dmy (&d, 1, 1, MAX (1, year - year % 5));
      break;
    }

  return g_date_get_julian (&d);
}

static char *
tick_label (guint32  day,
            TickUnit unit)
{
  g_autoptr(GDateTime) dt = NULL;
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_julian (&d, day);
  dt = g_date_time_new_utc (g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d), 0, 0, 0);
  if (dt == NULL)
    return g_strdup ("");
  switch (unit)
    {
    case TICK_DAY:
    case TICK_WEEK:
      if (g_date_get_day (&d) <= (unit == TICK_DAY ? 1 : 7) && g_date_get_month (&d) == 1)
        /* Translators: a day on the timeline's axis at the start of a year; see g_date_time_format */
        return g_date_time_format (dt, _("%-d %b %Y"));
      /* Translators: a day on the timeline's axis; see g_date_time_format */
      return g_date_time_format (dt, _("%-d %b"));
    case TICK_MONTH:
    case TICK_QUARTER:
      if (g_date_get_month (&d) == 1)
        /* Translators: a month on the timeline's axis, January; see g_date_time_format */
        return g_date_time_format (dt, _("%b %Y"));
      /* Translators: a month on the timeline's axis; see g_date_time_format */
      return g_date_time_format (dt, _("%b"));
    case TICK_YEAR:
    case TICK_5YEARS:
    default:
      return g_date_time_format (dt, "%Y");
    }
}

static void
draw_axis (SitrepTimelineView *self,
           GtkSnapshot        *snapshot,
           double              width,
           double              height,
           const GdkRGBA      *fg)
{
  static const double unit_days[] = { 1, 7, 30.4, 91.3, 365.25, 1826 };
  double y = chart_height (self);
  TickUnit unit = TICK_5YEARS;
  GdkRGBA line = *fg, grid = *fg, text = *fg;
  double v1 = x_day (self, width);
  guint32 day;
  double min_px = self->compact ? 90 : 84;

  line.alpha = 0.25;
  grid.alpha = 0.07;
  text.alpha = 0.7;
  for (guint u = 0; u < G_N_ELEMENTS (unit_days); u++)
    if (unit_days[u] * self->ppd >= min_px)
      {
        unit = u;
        break;
      }

  gtk_snapshot_append_color (snapshot, &line,
                             &GRAPHENE_RECT_INIT (gutter (self), y + AXIS_HEIGHT - 1, width - gutter (self), 1));
  if (!self->compact)
    gtk_snapshot_append_color (snapshot, &line,
                               &GRAPHENE_RECT_INIT (gutter (self), CHART_HEIGHT - 1, width - gutter (self), 1));

  for (day = tick_floor ((guint32) MAX (1.0, floor (self->v0)), unit);
       day <= v1; day = tick_next (day, unit))
    {
      double x = day_x (self, day);
      g_autofree char *label = NULL;

      if (x < gutter (self))
        continue;
      gtk_snapshot_append_color (snapshot, &grid, &GRAPHENE_RECT_INIT (x, 0, 1, height));
      gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (x, y + AXIS_HEIGHT - 6, 1, 6));
      label = tick_label (day, unit);
      pango_layout_set_text (self->layout, label, -1);
      append_layout_at (snapshot, self->layout, x + 4, y + 2, &text);
    }
}

static void
draw_lane_labels (SitrepTimelineView *self,
                  GtkSnapshot        *snapshot,
                  guint               rows,
                  const GdkRGBA      *fg)
{
  GdkRGBA text = *fg, stripe = *fg;
  double lh = lane_height (self);

  stripe.alpha = 0.035;
  pango_layout_set_width (self->layout, (int) ((GUTTER - 26) * PANGO_SCALE));
  pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
  for (guint r = 0; r < rows && r < self->lanes->len; r++)
    {
      g_autofree char *other = NULL;
      const char *name = self->lane_names[r];
      GdkRGBA swatch;
      double y = row_y (self, r);

      if (r % 2 == 1)
        gtk_snapshot_append_color (snapshot, &stripe,
                                   &GRAPHENE_RECT_INIT (0, y, gtk_widget_get_width (GTK_WIDGET (self)),
                                                        lh));
      if (r + 1 == rows && self->lanes->len > rows)
        {
          /* Translators: the last lane of the timeline holds the lanes that do not fit */
          other = g_strdup_printf (_("%u more lanes"), self->lanes->len - r);
          name = other;
        }
      lane_colour (self, r, &swatch);
      if (other == NULL)
        append_mark (snapshot, 12, y + lh / 2, 8, &swatch, TRUE);
      pango_layout_set_text (self->layout, name, -1);
      append_layout_at (snapshot, self->layout, 22, y + (lh - 17) / 2, &text);
    }
  pango_layout_set_width (self->layout, -1);
  pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_NONE);
}

/* Points narrower than SPAN_MIN_PX fall into one-pixel columns; each
 * column draws one mark sized by its largest toll, so no frame draws more
 * marks than the lane has pixels. Wider extents draw as bars, runs of
 * equal extents as one. */
static void
draw_lane (SitrepTimelineView *self,
           GtkSnapshot        *snapshot,
           guint               l,
           double              width,
           gint64             *columns)
{
  const Lane *lane = &g_array_index (self->lanes, Lane, l);
  double lh = lane_height (self);
  double cy = row_y (self, row_of_lane (self, l)) + lh / 2;
  double v1 = x_day (self, width);
  guint ncols = (guint) ceil (width) + 1;
  guint start = 0;
  guint32 run_first = 0, run_last = 0;
  gint64 run_max = -2;
  GdkRGBA colour, bar, edge;
  gboolean round;

  lane_colour (self, l, &colour);
  /* Translucent, so where marks pile up the density shows. */
  colour.alpha = 0.72;
  bar = colour;
  bar.alpha = 0.28;
  edge = colour;
  edge.alpha = 0.8;

  if (!self->naive)
    {
      start = lane_lower_bound (self, lane, floor (self->v0) - lane->max_span);
      for (guint c = 0; c < ncols; c++)
        columns[c] = G_MININT64;
    }

  for (guint k = start; k < lane->index->len; k++)
    {
      const SitrepTimelineEvent *e = &g_array_index (self->events, SitrepTimelineEvent,
                                                     g_array_index (lane->index, guint, k));
      double x0, x1;

      if (!self->naive && e->first > v1)
        break;
      if (!self->naive && e->last + 1.0 < self->v0)
        continue;
      x0 = day_x (self, e->first);
      x1 = day_x (self, e->last + 1.0);

      if (drawn_as_span (e, x0, x1))
        {
          double size;

          if (!self->naive && e->first == run_first && e->last == run_last)
            {
              run_max = MAX (run_max, e->fatalities);
              continue;
            }
          run_first = e->first;
          run_last = e->last;
          run_max = e->fatalities;
          size = CLAMP (mark_size (self, e->fatalities) * 0.55, 4, lh - 8);
          x0 = MAX (x0, gutter (self) - 2);
          x1 = MIN (x1, width + 2);
          gtk_snapshot_append_color (snapshot, &bar,
                                     &GRAPHENE_RECT_INIT (x0, cy - size / 2, x1 - x0, size));
          gtk_snapshot_append_color (snapshot, &edge,
                                     &GRAPHENE_RECT_INIT (x0, cy - size / 2 - 2, 1.5, size + 4));
          gtk_snapshot_append_color (snapshot, &edge,
                                     &GRAPHENE_RECT_INIT (x1 - 1.5, cy - size / 2 - 2, 1.5, size + 4));
          self->n_drawn++;
        }
      else if (self->naive)
        {
          /* Square: 50,000 rounded clips overflow GTK 4.8's GL command queue. */
          append_mark (snapshot, (x0 + x1) / 2, cy, mark_size (self, e->fatalities), &colour, FALSE);
          self->n_drawn++;
        }
      else
        {
          double cx = (x0 + x1) / 2;
          int c = (int) floor (cx);

          if (c >= 0 && (guint) c < ncols)
            columns[c] = MAX (columns[c], e->fatalities);
        }
    }

  if (self->naive)
    return;

  /* Columns closer than a mark merge further: one mark per few pixels. */
  round = TRUE;
  for (guint c = 0; c < ncols; c++)
    {
      gint64 f;
      guint end;

      if (columns[c] == G_MININT64)
        continue;
      f = columns[c];
      end = c;
      while (end + 1 < ncols && end < c + 2)
        {
          end++;
          if (columns[end] != G_MININT64)
            f = MAX (f, columns[end]);
          columns[end] = G_MININT64;
        }
      append_mark (snapshot, c + 0.5, cy, mark_size (self, f), &colour, round);
      self->n_drawn++;
      c = end;
    }
}

static void
draw_overlays (SitrepTimelineView *self,
               GtkSnapshot        *snapshot,
               double              width,
               double              height)
{
  GdkRGBA fill, edge;
  double top = 0;
  gboolean have_range = self->brushing || self->range_first != 0;

  if (self->window_length > 0)
    {
      double x0 = MAX (day_x (self, self->window_start), gutter (self));
      double x1 = MIN (day_x (self, self->window_start + (double) self->window_length), width);

      gdk_rgba_parse (&fill, "#3584e4");
      fill.alpha = 0.16;
      edge = fill;
      edge.alpha = 0.9;
      if (x1 > x0)
        {
          gtk_snapshot_append_color (snapshot, &fill, &GRAPHENE_RECT_INIT (x0, top, x1 - x0, height));
          gtk_snapshot_append_color (snapshot, &edge, &GRAPHENE_RECT_INIT (x1 - 1, top, 2, height));
        }
    }

  if (have_range)
    {
      double a, b, x0, x1;

      if (self->brushing)
        {
          a = floor (MIN (self->brush_from, self->brush_to));
          b = floor (MAX (self->brush_from, self->brush_to)) + 1;
        }
      else
        {
          a = self->range_first;
          b = self->range_last + 1.0;
        }
      x0 = MAX (day_x (self, a), gutter (self));
      x1 = MIN (day_x (self, b), width);
      gdk_rgba_parse (&fill, "#e5a50a");
      fill.alpha = 0.18;
      edge = fill;
      edge.alpha = 0.85;
      if (x1 > x0)
        {
          gtk_snapshot_append_color (snapshot, &fill, &GRAPHENE_RECT_INIT (x0, top, x1 - x0, height));
          gtk_snapshot_append_color (snapshot, &edge, &GRAPHENE_RECT_INIT (x0, top, 1.5, height));
          gtk_snapshot_append_color (snapshot, &edge, &GRAPHENE_RECT_INIT (x1 - 1.5, top, 1.5, height));
        }
    }
}

static void
draw_selected (SitrepTimelineView *self,
               GtkSnapshot        *snapshot,
               double              width,
               const GdkRGBA      *fg)
{
  const SitrepTimelineEvent *e;
  double x0, x1, cx, cy, size;
  GskRoundedRect rr;
  GdkRGBA ring[4];
  float widths[4] = { 2.5, 2.5, 2.5, 2.5 };

  if (self->selected == 0 || (e = find_event (self, self->selected, NULL)) == NULL)
    return;
  x0 = day_x (self, e->first);
  x1 = day_x (self, e->last + 1.0);
  if (x1 < gutter (self) || x0 > width)
    return;
  cy = row_y (self, row_of_lane (self, e->lane)) + lane_height (self) / 2;
  for (guint i = 0; i < 4; i++)
    ring[i] = *fg;
  if (!drawn_as_span (e, x0, x1))
    {
      cx = (x0 + x1) / 2;
      size = mark_size (self, e->fatalities) + 7;
      gsk_rounded_rect_init_from_rect (&rr, &GRAPHENE_RECT_INIT (cx - size / 2, cy - size / 2, size, size),
                                       size / 2);
    }
  else
    {
      size = lane_height (self) - 4;
      gsk_rounded_rect_init_from_rect (&rr, &GRAPHENE_RECT_INIT (x0 - 3, cy - size / 2, x1 - x0 + 6, size), 4);
    }
  gtk_snapshot_append_border (snapshot, &rr, widths, ring);
}

static void
sitrep_timeline_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  SitrepTimelineView *self = SITREP_TIMELINE_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  g_autofree gint64 *columns = NULL;
  GdkRGBA fg;

  self->n_drawn = 0;
  foreground (self, &fg);
  if (self->events == NULL || self->events->len == 0 || self->lanes == NULL)
    {
      GdkRGBA dim = fg;

      dim.alpha = 0.55;
      pango_layout_set_text (self->layout, _("No dated events to show"), -1);
      append_layout_at (snapshot, self->layout, 16, MAX (0, height / 2 - 9), &dim);
      return;
    }

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_axis (self, snapshot, width, height, &fg);
  if (!self->compact)
    {
      draw_chart (self, snapshot, width, &fg);
      draw_lane_labels (self, snapshot, n_rows (self), &fg);
    }

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (gutter (self), 0, width - gutter (self), height));
  columns = g_new (gint64, (gsize) ceil (width) + 2);
  for (guint l = 0; l < self->lanes->len; l++)
    draw_lane (self, snapshot, l, width, columns);
  draw_overlays (self, snapshot, width, height);
  draw_selected (self, snapshot, width, &fg);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_pop (snapshot);
}

static void
sitrep_timeline_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  SitrepTimelineView *self = SITREP_TIMELINE_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) gutter (self) + 120;
      *natural = (int) gutter (self) + 600;
    }
  else
    {
      guint lanes = self->lanes != NULL ? self->lanes->len : 1;

      *minimum = (int) (chart_height (self) + AXIS_HEIGHT + lane_height (self) * (self->compact ? 1 : 2));
      *natural = (int) (chart_height (self) + AXIS_HEIGHT +
                        lane_height (self) * (self->compact ? 1 : CLAMP (lanes, 2, 6)));
    }
}

static void
sitrep_timeline_view_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  SitrepTimelineView *self = SITREP_TIMELINE_VIEW (widget);

  if (!self->have_view && self->events != NULL && self->events->len > 0 && width > gutter (self))
    sitrep_timeline_view_zoom_to_fit (self);
  else
    clamp_view (self);
}

/* Tooltips: what a mark, a bar or a lane stands for */

static char *
human_day (guint32 day)
{
  g_autoptr(GDateTime) dt = NULL;
  GDate d;

  g_date_clear (&d, 1);
  if (!g_date_valid_julian (day))
    return g_strdup ("");
  g_date_set_julian (&d, day);
  dt = g_date_time_new_utc (g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d), 0, 0, 0);
  /* Translators: a day in the timeline's tooltips; see g_date_time_format */
  return dt != NULL ? g_date_time_format (dt, _("%-d %b %Y")) : g_strdup ("");
}

static char *
describe_killed (gint64 killed)
{
  g_autofree char *n = NULL;

  if (killed < 0)
    return g_strdup (_("No killed reported"));
  n = g_strdup_printf ("%" G_GINT64_FORMAT, killed);
  /* Translators: "%s" is a number of people killed */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s killed", "%s killed", (gulong) MIN (killed, G_MAXLONG)),
                          n);
}

static char *
describe_event (const SitrepTimelineEvent *e)
{
  g_autofree char *a = human_day (e->first);
  g_autofree char *b = human_day (e->last);
  g_autofree char *when = NULL;
  g_autofree char *killed = describe_killed (e->fatalities);
  GString *text = g_string_new (e->event_type != NULL ? e->event_type : _("Not coded"));

  if (e->first == e->last)
    when = g_steal_pointer (&a);
  else
    switch (e->date_precision)
      {
      case 3:
        /* Translators: a date known only to the week, drawn as a span on the timeline */
        when = g_strdup_printf (_("%s – %s (known to the week)"), a, b);
        break;
      case 4:
        when = g_strdup_printf (_("%s – %s (known to the month)"), a, b);
        break;
      case 5:
        when = g_strdup_printf (_("%s – %s (known to the year)"), a, b);
        break;
      default:
        /* Translators: an event dated by a range, drawn as a span on the timeline */
        when = g_strdup_printf (_("%s – %s (some time between)"), a, b);
        break;
      }
  g_string_append_printf (text, "\n%s", when);
  if (e->actor1 != NULL && *e->actor1 != '\0')
    g_string_append_printf (text, "\n%s", e->actor1);
  g_string_append_printf (text, "\n%s", killed);

  return g_string_free (text, FALSE);
}

static char *
describe_bucket (const SitrepTimelineBucket *b,
                 SitrepTimelineUnit          unit)
{
  g_autofree char *start = human_day (b->start);
  g_autofree char *killed = describe_killed (b->killed);
  GString *text = g_string_new (NULL);

  switch (unit)
    {
    case SITREP_TIMELINE_DAY:
      g_string_append (text, start);
      break;
    case SITREP_TIMELINE_WEEK:
      /* Translators: a bar of the timeline's chart, "Week of 28 Feb 2022" */
      g_string_append_printf (text, _("Week of %s"), start);
      break;
    case SITREP_TIMELINE_MONTH:
    default:
      {
        GDate d;
        g_autoptr(GDateTime) dt = NULL;
        g_autofree char *month = NULL;

        g_date_clear (&d, 1);
        g_date_set_julian (&d, b->start);
        dt = g_date_time_new_utc (g_date_get_year (&d), g_date_get_month (&d), 1, 0, 0, 0);
        /* Translators: a month's bar of the timeline's chart; see g_date_time_format */
        month = dt != NULL ? g_date_time_format (dt, _("%B %Y")) : NULL;
        g_string_append (text, month != NULL ? month : start);
      }
      break;
    }
  g_string_append_printf (text, "\n%s", killed);
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, " in %u event dated within it",
                                             " in %u events dated within it", b->n_events), b->n_events);
  if (b->n_spanning > 0)
    {
      g_autofree char *more = describe_killed (b->killed_spanning);

      /* Translators: the pale part of a bar: events whose dates reach beyond the bar */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "\nand %s in %u event that may fall in it (paler)",
                                                 "\nand %s in %u events that may fall in it (paler)",
                                                 b->n_spanning), more, b->n_spanning);
    }

  return g_string_free (text, FALSE);
}

static char *
describe_lane (SitrepTimelineView *self,
               guint               row)
{
  guint rows = n_rows (self);
  GString *text;

  if (row >= self->lanes->len)
    return NULL;
  if (row + 1 < rows || self->lanes->len <= rows)
    return g_strdup (self->lane_names[row]);

  text = g_string_new (NULL);
  /* Translators: the tooltip of the last lane, which holds the lanes that do not fit */
  g_string_append_printf (text, _("%u more lanes, drawn together:"), self->lanes->len - row);
  for (guint l = row; l < self->lanes->len && l < row + 12; l++)
    {
      const char *name = self->lane_names[l];

      /* An actor may be a long list of groups: a line each, not a page. */
      if (g_utf8_strlen (name, -1) > 60)
        {
          g_autofree char *start = g_utf8_substring (name, 0, 59);

          g_string_append_printf (text, "\n%s…", start);
        }
      else
        g_string_append_printf (text, "\n%s", name);
    }
  if (self->lanes->len > row + 12)
    g_string_append (text, "\n…");
  g_string_append_printf (text, "\n%s", _("Drag the handle above the timeline to give them room"));

  return g_string_free (text, FALSE);
}

/* What is at (@x, @y), and in @area the rectangle it covers, so a tooltip
 * follows the pointer from one thing to the next. */
static char *
describe_at (SitrepTimelineView *self,
             double              x,
             double              y,
             GdkRectangle       *area)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  graphene_rect_t r = GRAPHENE_RECT_INIT (0, 0, 0, 0);
  char *text = NULL;

  if (self->lanes == NULL)
    return NULL;

  if (x >= gutter (self) && y >= chart_height (self) + AXIS_HEIGHT)
    {
      gint64 id = pick (self, x, y);
      const SitrepTimelineEvent *e = id != 0 ? find_event (self, id, NULL) : NULL;

      if (e != NULL)
        {
          double x0 = day_x (self, e->first), x1 = day_x (self, e->last + 1.0);
          double reach = MAX (PICK_RADIUS, mark_size (self, e->fatalities) / 2);

          text = describe_event (e);
          if (!drawn_as_span (e, x0, x1))
            {
              x0 = (x0 + x1) / 2 - reach;
              x1 = x0 + 2 * reach;
            }
          r = GRAPHENE_RECT_INIT (x0, row_y (self, row_of_lane (self, e->lane)), x1 - x0, lane_height (self));
        }
    }
  else if (x >= gutter (self) && y < chart_height (self))
    {
      SitrepTimelineUnit unit = unit_for_zoom (self->ppd);
      GArray *buckets = self->buckets[unit];
      double day = x_day (self, x);
      guint i = buckets != NULL ? bucket_lower_bound (buckets, day) : 0;

      const SitrepTimelineBucket *b = buckets != NULL && i < buckets->len
                                      ? &g_array_index (buckets, SitrepTimelineBucket, i) : NULL;

      if (b != NULL && b->start <= day && b->n_events + b->n_spanning > 0)
        {
          text = describe_bucket (b, unit);
          r = GRAPHENE_RECT_INIT (day_x (self, b->start), 0, day_x (self, b->end) - day_x (self, b->start),
                                  chart_height (self));
        }
    }
  else if (x < gutter (self) && y >= chart_height (self) + AXIS_HEIGHT)
    {
      int row = (int) floor ((y - row_y (self, 0)) / lane_height (self));

      if (row >= 0 && (guint) row < n_rows (self))
        {
          text = describe_lane (self, row);
          r = GRAPHENE_RECT_INIT (0, row_y (self, row), gutter (self), lane_height (self));
        }
    }

  if (area != NULL)
    {
      double x0 = CLAMP (r.origin.x, 0, width), x1 = CLAMP (r.origin.x + r.size.width, 0, width);

      area->x = (int) floor (x0);
      area->y = (int) floor (r.origin.y);
      area->width = MAX (1, (int) ceil (x1) - area->x);
      area->height = MAX (1, (int) ceil (r.size.height));
    }

  return text;
}

static gboolean
sitrep_timeline_view_query_tooltip (GtkWidget  *widget,
                                    int         x,
                                    int         y,
                                    gboolean    keyboard,
                                    GtkTooltip *tooltip)
{
  SitrepTimelineView *self = SITREP_TIMELINE_VIEW (widget);
  g_autofree char *text = NULL;
  GdkRectangle area;

  if (keyboard || self->brushing || (text = describe_at (self, x, y, &area)) == NULL)
    return FALSE;
  gtk_tooltip_set_tip_area (tooltip, &area);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/* Callbacks */

static gboolean
on_kinetic_tick (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       data)
{
  SitrepTimelineView *self = SITREP_TIMELINE_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double dt = (now - self->kinetic_last) / (double) G_USEC_PER_SEC;

  self->kinetic_last = now;
  pan_pixels (self, self->velocity * dt);
  self->velocity *= exp (-dt / 0.325);
  if (fabs (self->velocity) < 20)
    {
      self->kinetic_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static gboolean
on_scroll (GtkEventControllerScroll *scroll,
           double                    dx,
           double                    dy,
           SitrepTimelineView       *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));
  gboolean pixels = gtk_event_controller_scroll_get_unit (scroll) == GDK_SCROLL_UNIT_SURFACE;

  stop_kinetic (self);
  if (state & GDK_CONTROL_MASK)
    {
      double x = self->pointer_x >= gutter (self) ? self->pointer_x : gutter (self) + data_width (self) / 2;

      zoom_at (self, exp (-(pixels ? dy / 40.0 : dy) * 0.25), x);
    }
  else if (pixels)
    pan_pixels (self, dx + dy);
  else
    pan_pixels (self, (dx + dy) * data_width (self) / 10);

  return TRUE;
}

static void
on_decelerate (GtkEventControllerScroll *scroll,
               double                    vel_x,
               double                    vel_y,
               SitrepTimelineView       *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));

  if (state & GDK_CONTROL_MASK)
    return;
  stop_kinetic (self);
  self->velocity = vel_x + vel_y;
  self->kinetic_last = g_get_monotonic_time ();
  if (fabs (self->velocity) > 50)
    self->kinetic_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), on_kinetic_tick, NULL, NULL);
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           SitrepTimelineView       *self)
{
  self->pointer_x = x;
}

static void
on_drag_begin (GtkGestureDrag     *drag,
               double              x,
               double              y,
               SitrepTimelineView *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (drag));

  stop_kinetic (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->drag_v0 = self->v0;
  self->drag_x = x;
  self->drag_y = y;
  self->brushing = (self->brush_mode || (state & GDK_SHIFT_MASK)) && x >= gutter (self);
  self->brush_from = self->brush_to = x_day (self, x);
}

static void
on_drag_update (GtkGestureDrag     *drag,
                double              dx,
                double              dy,
                SitrepTimelineView *self)
{
  if (self->brushing)
    {
      self->brush_to = x_day (self, self->drag_x + dx);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  else
    set_view (self, self->drag_v0 - dx / self->ppd, self->ppd);
}

static void
on_drag_end (GtkGestureDrag     *drag,
             double              dx,
             double              dy,
             SitrepTimelineView *self)
{
  if (fabs (dx) < 3 && fabs (dy) < 3)
    {
      gint64 id = pick (self, self->drag_x, self->drag_y);

      self->brushing = FALSE;
      if (id != 0)
        {
          sitrep_timeline_view_set_selected_event (self, id);
          g_signal_emit (self, signals[SIGNAL_EVENT_ACTIVATED], 0, id);
        }
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  if (self->brushing)
    {
      double a = MIN (self->brush_from, x_day (self, self->drag_x + dx));
      double b = MAX (self->brush_from, x_day (self, self->drag_x + dx));

      self->brushing = FALSE;
      sitrep_timeline_view_set_range (self, (guint32) MAX (1.0, floor (a)), (guint32) MAX (1.0, floor (b)));
    }
}

static void
on_zoom_begin (GtkGesture         *gesture,
               GdkEventSequence   *sequence,
               SitrepTimelineView *self)
{
  double x, y;

  gtk_gesture_get_bounding_box_center (gesture, &x, &y);
  self->zoom_ppd = self->ppd;
  self->zoom_anchor = x;
}

static void
on_zoom_scale_changed (GtkGestureZoom     *gesture,
                       double              scale,
                       SitrepTimelineView *self)
{
  zoom_at (self, self->zoom_ppd * scale / self->ppd, self->zoom_anchor);
}

static gboolean
on_key_pressed (GtkEventControllerKey *key,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SitrepTimelineView    *self)
{
  double shown = data_width (self) / self->ppd;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      sitrep_timeline_view_zoom (self, 1.5, -1);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      sitrep_timeline_view_zoom (self, 1 / 1.5, -1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      pan_pixels (self, -data_width (self) / 8);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      pan_pixels (self, data_width (self) / 8);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      if (self->events != NULL && self->events->len > 0)
        set_view (self, self->data_first - shown * 0.05, self->ppd);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      if (self->events != NULL && self->events->len > 0)
        set_view (self, self->data_last + 1 - shown * 0.95, self->ppd);
      return TRUE;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      sitrep_timeline_view_zoom_to_fit (self);
      return TRUE;
    case GDK_KEY_Escape:
      if (self->range_first == 0)
        return FALSE;
      sitrep_timeline_view_set_range (self, 0, 0);
      return TRUE;
    default:
      return FALSE;
    }
}

/* GObject */

static void
sitrep_timeline_view_dispose (GObject *object)
{
  SitrepTimelineView *self = SITREP_TIMELINE_VIEW (object);

  stop_kinetic (self);
  G_OBJECT_CLASS (sitrep_timeline_view_parent_class)->dispose (object);
}

static void
sitrep_timeline_view_finalize (GObject *object)
{
  SitrepTimelineView *self = SITREP_TIMELINE_VIEW (object);

  clear_lanes (self);
  for (guint u = 0; u < N_UNITS; u++)
    g_clear_pointer (&self->buckets[u], g_array_unref);
  g_clear_pointer (&self->events, g_array_unref);
  g_clear_object (&self->layout);
  G_OBJECT_CLASS (sitrep_timeline_view_parent_class)->finalize (object);
}

static void
sitrep_timeline_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SitrepTimelineView *self = SITREP_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_LANES:
      g_value_set_int (value, self->lane_mode);
      break;
    case PROP_SELECTED_EVENT:
      g_value_set_int64 (value, self->selected);
      break;
    case PROP_BRUSH_MODE:
      g_value_set_boolean (value, self->brush_mode);
      break;
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_timeline_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SitrepTimelineView *self = SITREP_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_LANES:
      sitrep_timeline_view_set_lanes (self, g_value_get_int (value));
      break;
    case PROP_SELECTED_EVENT:
      sitrep_timeline_view_set_selected_event (self, g_value_get_int64 (value));
      break;
    case PROP_BRUSH_MODE:
      sitrep_timeline_view_set_brush_mode (self, g_value_get_boolean (value));
      break;
    case PROP_COMPACT:
      sitrep_timeline_view_set_compact (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_timeline_view_class_init (SitrepTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_timeline_view_dispose;
  object_class->finalize = sitrep_timeline_view_finalize;
  object_class->get_property = sitrep_timeline_view_get_property;
  object_class->set_property = sitrep_timeline_view_set_property;
  widget_class->snapshot = sitrep_timeline_view_snapshot;
  widget_class->measure = sitrep_timeline_view_measure;
  widget_class->size_allocate = sitrep_timeline_view_size_allocate;
  widget_class->query_tooltip = sitrep_timeline_view_query_tooltip;

  properties[PROP_LANES] =
    g_param_spec_int ("lanes", NULL, NULL, SITREP_TIMELINE_LANES_TYPE, SITREP_TIMELINE_LANES_ACTOR,
                      SITREP_TIMELINE_LANES_TYPE,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTED_EVENT] =
    g_param_spec_int64 ("selected-event", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BRUSH_MODE] =
    g_param_spec_boolean ("brush-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_RANGE_CHANGED] =
    g_signal_new ("range-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[SIGNAL_EVENT_ACTIVATED] =
    g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sitrep_timeline_view_init (SitrepTimelineView *self)
{
  GtkEventController *controller;
  GtkGesture *zoom;

  self->ppd = 1;
  self->pointer_x = -1;
  self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"), -1);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES |
                                                GTK_EVENT_CONTROLLER_SCROLL_KINETIC);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll), self);
  g_signal_connect (controller, "decelerate", G_CALLBACK (on_decelerate), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  self->drag = gtk_gesture_drag_new ();
  g_signal_connect (self->drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (self->drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (self->drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drag));

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect (zoom, "begin", G_CALLBACK (on_zoom_begin), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (on_zoom_scale_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
  gtk_gesture_group (zoom, self->drag);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
  update_accessible (self);
}

/* Public API */

GtkWidget *
sitrep_timeline_view_new (void)
{
  return g_object_new (SITREP_TYPE_TIMELINE_VIEW, NULL);
}

void
sitrep_timeline_view_set_events (SitrepTimelineView *self,
                                 GArray             *events)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  if (events != NULL)
    g_array_ref (events);
  g_clear_pointer (&self->events, g_array_unref);
  self->events = events;
  build_lanes (self);
  if (self->selected != 0 && find_event (self, self->selected, NULL) == NULL)
    {
      self->selected = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
    }
  if (!self->have_view || self->events == NULL || self->events->len == 0)
    {
      self->have_view = FALSE;
      if (gtk_widget_get_width (GTK_WIDGET (self)) > gutter (self) && self->events != NULL &&
          self->events->len > 0)
        sitrep_timeline_view_zoom_to_fit (self);
    }
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

GArray *
sitrep_timeline_view_get_events (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), NULL);

  return self->events;
}

guint
sitrep_timeline_view_get_n_events (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), 0);

  return self->events != NULL ? self->events->len : 0;
}

void
sitrep_timeline_view_set_lanes (SitrepTimelineView *self,
                                SitrepTimelineLanes lanes)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  if (self->lane_mode == lanes)
    return;
  self->lane_mode = lanes;
  build_lanes (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANES]);
}

SitrepTimelineLanes
sitrep_timeline_view_get_lanes (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), SITREP_TIMELINE_LANES_TYPE);

  return self->lane_mode;
}

const char * const *
sitrep_timeline_view_get_lane_names (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), NULL);

  return (const char * const *) self->lane_names;
}

gint64
sitrep_timeline_view_get_selected_event (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), 0);

  return self->selected;
}

void
sitrep_timeline_view_set_selected_event (SitrepTimelineView *self,
                                         gint64              id)
{
  const SitrepTimelineEvent *e;

  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  if (self->selected == id)
    return;
  self->selected = id;
  e = id != 0 ? find_event (self, id, NULL) : NULL;
  if (e != NULL && self->have_view)
    {
      double shown = data_width (self) / self->ppd;
      double mid = (e->first + e->last + 1.0) / 2;

      if (e->last + 1.0 < self->v0 || e->first > self->v0 + shown)
        set_view (self, mid - shown / 2, self->ppd);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
}

gboolean
sitrep_timeline_view_get_range (SitrepTimelineView *self,
                                guint32            *first,
                                guint32            *last)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), FALSE);

  if (first != NULL)
    *first = self->range_first;
  if (last != NULL)
    *last = self->range_last;

  return self->range_first != 0;
}

void
sitrep_timeline_view_set_range (SitrepTimelineView *self,
                                guint32             first,
                                guint32             last)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  if (first == 0 || last < first)
    first = last = 0;
  if (self->range_first == first && self->range_last == last)
    return;
  self->range_first = first;
  self->range_last = last;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SIGNAL_RANGE_CHANGED], 0, first, last);
}

void
sitrep_timeline_view_set_window (SitrepTimelineView *self,
                                 guint32             start,
                                 guint               length)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  self->window_start = start;
  self->window_length = length;
  if (length > 0 && self->have_view)
    {
      double shown = data_width (self) / self->ppd;

      /* Playback keeps its window in sight. */
      if (start + (double) length > self->v0 + shown || start < self->v0)
        set_view (self, start - shown * 0.2, self->ppd);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
sitrep_timeline_view_get_window (SitrepTimelineView *self,
                                 guint32            *start,
                                 guint              *length)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), FALSE);

  if (start != NULL)
    *start = self->window_length > 0 ? self->window_start : 0;
  if (length != NULL)
    *length = self->window_length;

  return self->window_length > 0;
}

void
sitrep_timeline_view_get_visible (SitrepTimelineView *self,
                                  double             *first_day,
                                  double             *last_day)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  if (first_day != NULL)
    *first_day = self->v0;
  if (last_day != NULL)
    *last_day = self->v0 + data_width (self) / self->ppd;
}

void
sitrep_timeline_view_set_visible (SitrepTimelineView *self,
                                  double              first_day,
                                  double              last_day)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  if (last_day - first_day < 1)
    last_day = first_day + 1;
  self->have_view = TRUE;
  set_view (self, first_day, data_width (self) / (last_day - first_day));
}

void
sitrep_timeline_view_zoom (SitrepTimelineView *self,
                           double              factor,
                           double              x)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  zoom_at (self, factor, x >= 0 ? x : gutter (self) + data_width (self) / 2);
}

void
sitrep_timeline_view_zoom_to_fit (SitrepTimelineView *self)
{
  double span, pad;

  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  if (self->events == NULL || self->events->len == 0)
    return;
  span = MAX ((double) self->data_last + 1 - self->data_first, MIN_DAYS_SHOWN);
  pad = span * 0.03;
  self->have_view = TRUE;
  self->v0 = self->data_first - pad;
  self->ppd = data_width (self) / (span + 2 * pad);
  clamp_view (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
sitrep_timeline_view_day_to_x (SitrepTimelineView *self,
                               double              day)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), 0);

  return day_x (self, day);
}

char *
sitrep_timeline_view_dup_description_at (SitrepTimelineView *self,
                                         double              x,
                                         double              y)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), NULL);

  return describe_at (self, x, y, NULL);
}

SitrepTimelineUnit
sitrep_timeline_view_get_unit (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), SITREP_TIMELINE_MONTH);

  return unit_for_zoom (self->ppd);
}

guint
sitrep_timeline_view_get_n_drawn (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), 0);

  return self->n_drawn;
}

gboolean
sitrep_timeline_view_get_brush_mode (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), FALSE);

  return self->brush_mode;
}

void
sitrep_timeline_view_set_brush_mode (SitrepTimelineView *self,
                                     gboolean            brush_mode)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  brush_mode = !!brush_mode;
  if (self->brush_mode == brush_mode)
    return;
  self->brush_mode = brush_mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BRUSH_MODE]);
}

void
sitrep_timeline_view_set_compact (SitrepTimelineView *self,
                                  gboolean            compact)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  compact = !!compact;
  if (self->compact == compact)
    return;
  self->compact = compact;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

void
_sitrep_timeline_view_set_naive (SitrepTimelineView *self,
                                 gboolean            naive)
{
  self->naive = naive;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* sitrep-timeline-view-draw.c — the timeline's snapshot (chart, axis, lane labels, overlays; the lanes in sitrep-timeline-view-lanes.c), and what is drawn where: picking
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sitrep-codebook.h"
#include "sitrep-timeline-view-private.h"
#include "sitrep-timeline-view-test-private.h"


/* Geometry and colours */

static void
foreground (SitrepTimelineView *self,
            GdkRGBA            *colour)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), colour);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/* Clipping to the plot without a clip node over all of it. A clip node
 * over the plot puts every node of the frame under a clip in GSK's GL
 * renderer, which costs each of them (bench-timeline: 0.4 ms a frame of
 * the main thread's 1.7 at 500,000 events, and the clipping shaders);
 * nearly everything lies inside the plot anyway. The plot's edges are
 * whole pixels, so a colour rectangle cut to them covers the same pixels
 * as the clipped one (tests/test-gui-timeline-clip.c compares pixels). */

static graphene_rect_t
plot_rect (SitrepTimelineView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  return GRAPHENE_RECT_INIT (gutter (self), 0, gtk_widget_get_width (widget) - gutter (self),
                             gtk_widget_get_height (widget));
}

void
_sitrep_timeline_plot_color (SitrepTimelineView    *self,
                             GtkSnapshot           *snapshot,
                             const GdkRGBA         *colour,
                             const graphene_rect_t *rect)
{
  graphene_rect_t plot = plot_rect (self), cut;

  if (!self->clip_by_hand)
    gtk_snapshot_append_color (snapshot, colour, rect);
  else if (graphene_rect_intersection (&plot, rect, &cut) && cut.size.width > 0 && cut.size.height > 0)
    gtk_snapshot_append_color (snapshot, colour, &cut);
}

static gboolean
push_clip_within (SitrepTimelineView    *self,
                  GtkSnapshot           *snapshot,
                  const graphene_rect_t *bounds,
                  const graphene_rect_t *area)
{
  if (!self->clip_by_hand || graphene_rect_contains_rect (area, bounds))
    return FALSE;
  gtk_snapshot_push_clip (snapshot, area);
  return TRUE;
}

gboolean
_sitrep_timeline_plot_push_clip (SitrepTimelineView    *self,
                                 GtkSnapshot           *snapshot,
                                 const graphene_rect_t *bounds)
{
  graphene_rect_t plot = plot_rect (self);

  return push_clip_within (self, snapshot, bounds, &plot);
}

/* @layout's bounds drawn at (@x, @y): its ink and logical extents. */
static graphene_rect_t
layout_bounds (PangoLayout *layout,
               double       x,
               double       y)
{
  PangoRectangle ink, logical;
  graphene_rect_t bounds;

  pango_layout_get_pixel_extents (layout, &ink, &logical);
  graphene_rect_union (&GRAPHENE_RECT_INIT (x + ink.x, y + ink.y, ink.width, ink.height),
                       &GRAPHENE_RECT_INIT (x + logical.x, y + logical.y, logical.width, logical.height),
                       &bounds);
  return bounds;
}

/* Picking */

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

/* The event drawn nearest to (@x, @y), or 0. */
gint64
_sitrep_timeline_view_pick (SitrepTimelineView *self,
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
          if (!drawn_as_span (e, self->ppd))
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

/* Text in the plot (an axis label), clipped to it when it crosses its edge. */
static void
append_plot_layout_at (SitrepTimelineView *self,
                       GtkSnapshot        *snapshot,
                       double              x,
                       double              y,
                       const GdkRGBA      *colour)
{
  graphene_rect_t bounds = layout_bounds (self->layout, x, y);
  gboolean clipped = _sitrep_timeline_plot_push_clip (self, snapshot, &bounds);

  append_layout_at (snapshot, self->layout, x, y, colour);
  if (clipped)
    gtk_snapshot_pop (snapshot);
}

/* Text in the lane-label gutter, @inset from its outer edge: the left edge,
 * or the right one when the view is mirrored, whatever the text's own
 * direction (an English lane name in an Arabic window still aligns right). */
static void
append_layout_in_gutter (SitrepTimelineView *self,
                         GtkSnapshot        *snapshot,
                         double              inset,
                         double              y,
                         const GdkRGBA      *colour)
{
  PangoRectangle logical;
  GtkWidget *widget = GTK_WIDGET (self);
  graphene_rect_t bounds;
  double x;
  gboolean clipped;

  pango_layout_get_pixel_extents (self->layout, NULL, &logical);
  if (mirrored (self))
    x = gutter (self) - inset - logical.x - logical.width;
  else
    x = inset - logical.x;
  /* Without a clip node over the widget, text that would cross its edges
   * (a large font) gets one of its own. */
  bounds = layout_bounds (self->layout, x, y);
  clipped = push_clip_within (self, snapshot, &bounds,
                              &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget)));
  append_layout_at (snapshot, self->layout, x, y, colour);
  if (clipped)
    gtk_snapshot_pop (snapshot);
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
        _sitrep_timeline_plot_color (self, snapshot, &solid,
                                     &GRAPHENE_RECT_INIT (x0, base - MAX (hk, 1), x1 - x0 - gap, MAX (hk, 1)));
      if (hs > 0)
        _sitrep_timeline_plot_color (self, snapshot, &spanning,
                                     &GRAPHENE_RECT_INIT (x0, base - hk - MAX (hs, 1), x1 - x0 - gap, MAX (hs, 1)));
      self->n_drawn++;
    }

  /* The scale of the chart and its bucket, left of it. (Not G_GINT64_FORMAT:
   * xgettext cannot see through the macro, and the string would never be
   * translated.) */
  switch (unit)
    {
    case SITREP_TIMELINE_DAY:
      /* Translators: the largest bar of the timeline's chart */
      text = g_strdup_printf (_("Killed per day\nmax %lld"), (long long) max);
      break;
    case SITREP_TIMELINE_WEEK:
      text = g_strdup_printf (_("Killed per week\nmax %lld"), (long long) max);
      break;
    case SITREP_TIMELINE_MONTH:
    default:
      text = g_strdup_printf (_("Killed per month\nmax %lld"), (long long) max);
      break;
    }
  pango_layout_set_text (self->layout, text, -1);
  pango_layout_set_width (self->layout, (int) ((gutter (self) - 16) * PANGO_SCALE));
  pango_layout_set_alignment (self->layout, PANGO_ALIGN_LEFT);
  append_layout_in_gutter (self, snapshot, 10, 10, &dim);
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

/* @with_year: the first label in view names its year even mid-year, so a
 * zoomed-in axis still says which year it shows. */
static char *
tick_label (guint32  day,
            TickUnit unit,
            gboolean with_year)
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
      if (with_year || (g_date_get_day (&d) <= (unit == TICK_DAY ? 1 : 7) && g_date_get_month (&d) == 1))
        /* Translators: a day on the timeline's axis at the start of a year; see g_date_time_format */
        return g_date_time_format (dt, _("%-d %b %Y"));
      /* Translators: a day on the timeline's axis; see g_date_time_format */
      return g_date_time_format (dt, _("%-d %b"));
    case TICK_MONTH:
    case TICK_QUARTER:
      if (with_year || g_date_get_month (&d) == 1)
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

/* The widest label a tick unit writes, measured once: month names run from
 * "May" to "كانون الثاني", and ticks closer than their labels overlap. */
static double
tick_label_width (SitrepTimelineView *self,
                  TickUnit            unit)
{
  if (self->tick_label_width[unit] <= 0)
    {
      double widest = 1;

      for (guint month = 1; month <= 12; month++)
        {
          GDate d;
          g_autofree char *label = NULL;
          int w;

          g_date_clear (&d, 1);
          g_date_set_dmy (&d, 28, month, 2000);
          label = tick_label (g_date_get_julian (&d), unit, FALSE);
          pango_layout_set_text (self->layout, label, -1);
          pango_layout_get_pixel_size (self->layout, &w, NULL);
          widest = MAX (widest, w);
        }
      self->tick_label_width[unit] = widest;
    }
  return self->tick_label_width[unit];
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
  gboolean first_label = TRUE;

  line.alpha = 0.25;
  grid.alpha = 0.07;
  text.alpha = 0.7;
  for (guint u = 0; u < G_N_ELEMENTS (unit_days); u++)
    if (unit_days[u] * self->ppd >= MAX (min_px, tick_label_width (self, u) + 12))
      {
        unit = u;
        break;
      }

  _sitrep_timeline_plot_color (self, snapshot, &line,
                               &GRAPHENE_RECT_INIT (gutter (self), y + AXIS_HEIGHT - 1, width - gutter (self), 1));
  if (!self->compact)
    _sitrep_timeline_plot_color (self, snapshot, &line,
                                 &GRAPHENE_RECT_INIT (gutter (self), CHART_HEIGHT - 1, width - gutter (self), 1));

  for (day = tick_floor ((guint32) MAX (1.0, floor (self->v0)), unit);
       day <= v1; day = tick_next (day, unit))
    {
      double x = day_x (self, day);
      g_autofree char *label = NULL;

      if (x < gutter (self))
        continue;
      _sitrep_timeline_plot_color (self, snapshot, &grid, &GRAPHENE_RECT_INIT (x, 0, 1, height));
      _sitrep_timeline_plot_color (self, snapshot, &line, &GRAPHENE_RECT_INIT (x, y + AXIS_HEIGHT - 6, 1, 6));
      label = tick_label (day, unit, first_label);
      if (first_label)
        {
          g_free (self->first_axis_label);
          self->first_axis_label = g_strdup (label);
        }
      first_label = FALSE;
      pango_layout_set_text (self->layout, label, -1);
      append_plot_layout_at (self, snapshot, x + 4, y + 2, &text);
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
  pango_layout_set_width (self->layout,
                          (int) ((gutter (self) - GUTTER_LABEL_INSET - GUTTER_LABEL_END) * PANGO_SCALE));
  pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
  self->n_labels_cut = 0;
  for (guint r = 0; r < rows && r < self->lanes->len; r++)
    {
      g_autofree char *other = NULL;
      /* By type, an ACLED type in the interface's language. */
      const char *name = sitrep_codebook_event_type_display_name (self->lane_names[r]);
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
      _sitrep_timeline_view_lane_colour (self, r, &swatch);
      if (other == NULL)
        _sitrep_timeline_append_mark (snapshot, mirrored (self) ? gutter (self) - 12 : 12, y + lh / 2, 8,
                                      &swatch, TRUE);
      pango_layout_set_text (self->layout, name, -1);
      if (pango_layout_is_ellipsized (self->layout))
        self->n_labels_cut++;
      append_layout_in_gutter (self, snapshot, GUTTER_LABEL_INSET, y + (lh - 17) / 2, &text);
    }
  pango_layout_set_width (self->layout, -1);
  pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_NONE);
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
          _sitrep_timeline_plot_color (self, snapshot, &fill, &GRAPHENE_RECT_INIT (x0, top, x1 - x0, height));
          _sitrep_timeline_plot_color (self, snapshot, &edge, &GRAPHENE_RECT_INIT (x1 - 1, top, 2, height));
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
          _sitrep_timeline_plot_color (self, snapshot, &fill, &GRAPHENE_RECT_INIT (x0, top, x1 - x0, height));
          _sitrep_timeline_plot_color (self, snapshot, &edge, &GRAPHENE_RECT_INIT (x0, top, 1.5, height));
          _sitrep_timeline_plot_color (self, snapshot, &edge, &GRAPHENE_RECT_INIT (x1 - 1.5, top, 1.5, height));
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
  gboolean clipped;

  if (self->selected == 0 ||
      (e = _sitrep_timeline_view_find_event (self, self->selected, NULL)) == NULL)
    return;
  x0 = day_x (self, e->first);
  x1 = day_x (self, e->last + 1.0);
  if (x1 < gutter (self) || x0 > width)
    return;
  cy = row_y (self, row_of_lane (self, e->lane)) + lane_height (self) / 2;
  for (guint i = 0; i < 4; i++)
    ring[i] = *fg;
  if (!drawn_as_span (e, self->ppd))
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
  clipped = _sitrep_timeline_plot_push_clip (self, snapshot, &rr.bounds);
  gtk_snapshot_append_border (snapshot, &rr, widths, ring);
  if (clipped)
    gtk_snapshot_pop (snapshot);
}

/* The lanes and what lies over them, clipped to the plot: from the gutter
 * to @width in the view's own coordinates. Under a mirrored view the axis
 * and the chart are drawn again here, as they run under the plot too. */
static void
draw_plot (SitrepTimelineView *self,
           GtkSnapshot        *snapshot,
           double              width,
           double              height,
           const GdkRGBA      *fg)
{
  if (!self->clip_by_hand)
    gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (gutter (self), 0, width - gutter (self), height));
  if (mirrored (self))
    {
      draw_axis (self, snapshot, width, height, fg);
      draw_chart (self, snapshot, width, fg);
      draw_lane_labels (self, snapshot, n_rows (self), fg);
    }
  _sitrep_timeline_view_draw_lanes (self, snapshot, width);
  draw_overlays (self, snapshot, width, height);
  draw_selected (self, snapshot, width, fg);
  if (!self->clip_by_hand)
    gtk_snapshot_pop (snapshot);
}

static void
sitrep_timeline_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  SitrepTimelineView *self = SITREP_TIMELINE_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  GdkRGBA fg;

  self->n_drawn = 0;
  /* Clip nodes over the widget and the plot only where needed: mirrored
   * (the gutter's parts are drawn again under the plot), the benchmark's
   * reference and the tests', and rows that do not fit the height. */
  self->clip_by_hand = !mirrored (self) && !self->clip_nodes && !self->naive &&
                       self->draw_path != SITREP_TIMELINE_DRAW_BEFORE &&
                       self->lanes != NULL && row_y (self, n_rows (self)) <= height;
  foreground (self, &fg);
  if (self->events == NULL || self->events->len == 0 || self->lanes == NULL)
    {
      GdkRGBA dim = fg;

      dim.alpha = 0.55;
      /* The project's events are still being read, or laid out, in the background. */
      if (sitrep_index_build_is_running (&self->build) || (self->index != NULL && sitrep_event_index_get_loading (self->index)))
        pango_layout_set_text (self->layout, _("Loading events…"), -1);
      else
        pango_layout_set_text (self->layout, _("No dated events to show"), -1);
      append_layout_at (snapshot, self->layout, 16, MAX (0, height / 2 - 9), &dim);
      return;
    }

  if (mirrored (self))
    {
      /* The gutter drawn at the right edge, then the plot moved left by its width. */
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (width - gutter (self), 0));
      gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, gutter (self), height));
      draw_axis (self, snapshot, width, height, &fg);
      draw_chart (self, snapshot, width, &fg);
      draw_lane_labels (self, snapshot, n_rows (self), &fg);
      gtk_snapshot_pop (snapshot);
      self->n_drawn = 0;
      gtk_snapshot_restore (snapshot);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-gutter (self), 0));
      draw_plot (self, snapshot, width, height, &fg);
      gtk_snapshot_restore (snapshot);
      return;
    }

  if (!self->clip_by_hand)
    gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_axis (self, snapshot, width, height, &fg);
  if (!self->compact)
    {
      draw_chart (self, snapshot, width, &fg);
      draw_lane_labels (self, snapshot, n_rows (self), &fg);
    }
  draw_plot (self, snapshot, width, height, &fg);
  if (!self->clip_by_hand)
    gtk_snapshot_pop (snapshot);
}

/* Class: the drawing vfuncs */

void
_sitrep_timeline_view_class_draw_init (GtkWidgetClass *widget_class)
{
  widget_class->snapshot = sitrep_timeline_view_snapshot;
  _sitrep_timeline_view_class_describe_init (widget_class);
}

const char *
_sitrep_timeline_view_get_first_axis_label (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), NULL);

  return self->first_axis_label;
}

guint
_sitrep_timeline_view_get_n_labels_cut (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), 0);

  return self->n_labels_cut;
}

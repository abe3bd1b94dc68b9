/* sitrep-timeline-view-draw.c — the timeline's snapshot, and what is drawn where: picking
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sitrep-event-colour.h"
#include "sitrep-timeline-view-private.h"
#include "sitrep-timeline-view-test-private.h"


/* Geometry and colours */

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

  /* Lanes by type wear the type's colour, as the map's and the presentation's marks do. */
  if (self->lane_mode == SITREP_TIMELINE_LANES_TYPE)
    {
      sitrep_event_type_rgba (g_strcmp0 (name, _("Not coded")) == 0 ? NULL : name, colour);
      return;
    }
  if (lane + 1 == n_lanes &&
      (g_strcmp0 (name, _("Not coded")) == 0 || g_strcmp0 (name, _("No actor")) == 0 ||
       g_strcmp0 (name, _("No region")) == 0))
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

  pango_layout_get_pixel_extents (self->layout, NULL, &logical);
  if (mirrored (self))
    append_layout_at (snapshot, self->layout, GUTTER - inset - logical.x - logical.width, y, colour);
  else
    append_layout_at (snapshot, self->layout, inset - logical.x, y, colour);
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

/* A round mark drawn once per colour and pixel size, then reused: a
 * texture node per mark costs GSK far less than a rounded clip per mark,
 * and a frame's marks are many (as the map's, sitrep-map-points-layer.c). */
static GdkTexture *
mark_texture (SitrepTimelineView *self,
              const GdkRGBA      *colour,
              double              size)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  int px = MAX (2, (int) ceil (size)) * scale;
  guint64 key = ((guint64) (colour->red * 255) << 40) | ((guint64) (colour->green * 255) << 32) |
                ((guint64) (colour->blue * 255) << 24) | ((guint64) (colour->alpha * 255) << 16) |
                (guint64) px;
  GdkTexture *texture;

  if (self->mark_textures == NULL)
    self->mark_textures = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  texture = g_hash_table_lookup (self->mark_textures, &key);
  if (texture == NULL)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, px, px);
      cairo_t *cr = cairo_create (surface);
      g_autoptr(GBytes) bytes = NULL;

      cairo_arc (cr, px / 2.0, px / 2.0, px / 2.0, 0, 2 * G_PI);
      gdk_cairo_set_source_rgba (cr, colour);
      cairo_fill (cr);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      /* Cairo's ARGB32 is GDK_MEMORY_DEFAULT: premultiplied, native order. */
      bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                           (gsize) cairo_image_surface_get_stride (surface) * px);
      texture = gdk_memory_texture_new (px, px, GDK_MEMORY_DEFAULT, bytes,
                                        cairo_image_surface_get_stride (surface));
      cairo_surface_destroy (surface);
      g_hash_table_insert (self->mark_textures, g_memdup2 (&key, sizeof key), texture);
    }
  return texture;
}

static void
append_round_mark (SitrepTimelineView *self,
                   GtkSnapshot        *snapshot,
                   double              cx,
                   double              cy,
                   double              size,
                   const GdkRGBA      *colour)
{
  gtk_snapshot_append_texture (snapshot, mark_texture (self, colour, size),
                               &GRAPHENE_RECT_INIT (cx - size / 2, cy - size / 2, size, size));
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
  pango_layout_set_width (self->layout, (int) ((GUTTER - 16) * PANGO_SCALE));
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
      label = tick_label (day, unit, first_label);
      if (first_label)
        {
          g_free (self->first_axis_label);
          self->first_axis_label = g_strdup (label);
        }
      first_label = FALSE;
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
        append_mark (snapshot, mirrored (self) ? GUTTER - 12 : 12, y + lh / 2, 8, &swatch, TRUE);
      pango_layout_set_text (self->layout, name, -1);
      append_layout_in_gutter (self, snapshot, 22, y + (lh - 17) / 2, &text);
    }
  pango_layout_set_width (self->layout, -1);
  pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_NONE);
}

/* Points narrower than SPAN_MIN_PX fall into one-pixel columns; each
 * column draws one mark sized by its largest toll, so no frame draws more
 * marks than the lane has pixels. Wider extents draw as bars, runs of
 * equal extents as one. */
/* More spans than this in a lane's view draw as their coverage: bars
 * that overlap by the thousand show as one band, darker where more lie. */
#define MAX_SPANS_DRAWN 200
/* Half the largest mark: points centred this far out of the view still
 * show in part. */
#define MARK_REACH 12

typedef struct
{
  float x0;
  float x1;
  float size;
} Span;

static void
append_span (GtkSnapshot   *snapshot,
             const Span    *s,
             double         cy,
             const GdkRGBA *bar,
             const GdkRGBA *edge)
{
  gtk_snapshot_append_color (snapshot, bar, &GRAPHENE_RECT_INIT (s->x0, cy - s->size / 2, s->x1 - s->x0, s->size));
  gtk_snapshot_append_color (snapshot, edge,
                             &GRAPHENE_RECT_INIT (s->x0, cy - s->size / 2 - 2, 1.5, s->size + 4));
  gtk_snapshot_append_color (snapshot, edge,
                             &GRAPHENE_RECT_INIT (s->x1 - 1.5, cy - s->size / 2 - 2, 1.5, s->size + 4));
}

/* One rectangle per run of columns covered by equally many spans (in
 * steps of doubling), so the nodes are bounded by the lane's pixels, not
 * by its events. @cover holds how many spans start (+) and end (-) in each
 * column of [@c_start, @c_end], those before @c_start counted at it. */
static void
draw_coverage (SitrepTimelineView *self,
               GtkSnapshot        *snapshot,
               const int          *cover,
               int                 c_start,
               int                 c_end,
               double              cy,
               const GdkRGBA      *bar)
{
  double thick = CLAMP (lane_height (self) * 0.4, 4, lane_height (self) - 8);
  int level = 0, run_step = 0;
  int run_start = c_start;

  for (int c = c_start; c <= c_end; c++)
    {
      int step;

      level += cover[c];
      step = c == c_end || level <= 0 ? 0 : MIN (5, g_bit_storage (level));
      if (step == run_step)
        continue;
      if (run_step > 0)
        {
          GdkRGBA shade = *bar;

          shade.alpha = MIN (0.9, bar->alpha * (1 + 0.6 * (run_step - 1)));
          gtk_snapshot_append_color (snapshot, &shade,
                                     &GRAPHENE_RECT_INIT (run_start, cy - thick / 2, c - run_start, thick));
          self->n_drawn++;
        }
      run_step = step;
      run_start = c;
    }
}

/* @cover from the spans of the walk. */
static void
cover_spans (GArray *spans,
             guint   ncols,
             int    *cover,
             int     c_start)
{
  memset (cover, 0, (ncols + 1) * sizeof *cover);
  for (guint i = 0; i < spans->len; i++)
    {
      const Span *s = &g_array_index (spans, Span, i);

      cover[(guint) CLAMP (floor (s->x0), 0, ncols)]++;
      cover[(guint) CLAMP (ceil (s->x1), 0, ncols)]--;
    }
  for (int c = 0; c < c_start; c++)
    cover[c_start] += cover[c];
}

/* Every event of the lane, each its own mark: the reference the benchmark
 * compares with. */
static void
draw_lane_naive (SitrepTimelineView *self,
                 GtkSnapshot        *snapshot,
                 const Lane         *lane,
                 double              cy,
                 const GdkRGBA      *colour,
                 const GdkRGBA      *bar,
                 const GdkRGBA      *edge)
{
  double lh = lane_height (self);

  for (guint k = 0; k < lane->index->len; k++)
    {
      const SitrepTimelineEvent *e = &g_array_index (self->events, SitrepTimelineEvent,
                                                     g_array_index (lane->index, guint, k));
      double x0 = day_x (self, e->first);
      double x1 = day_x (self, e->last + 1.0);

      if (drawn_as_span (e, self->ppd))
        {
          Span span = { x0, x1, CLAMP (mark_size (self, e->fatalities) * 0.55, 4, lh - 8) };

          append_span (snapshot, &span, cy, bar, edge);
        }
      else
        /* Square: 50,000 rounded clips overflow GTK 4.8's GL command queue. */
        append_mark (snapshot, (x0 + x1) / 2, cy, mark_size (self, e->fatalities), colour, FALSE);
      self->n_drawn++;
    }
}

/* The lane's extents near the view, one by one: the largest toll of the
 * points centred in each column of [@c_lo, @c_hi) into @columns (unless
 * NULL), the bars (extents of @t days or more) in view into @spans. The
 * reference the summaries are tested against, and the way for lanes of
 * fewer extents than the view has columns. */
static void
walk_lane (SitrepTimelineView *self,
           const Lane         *lane,
           guint               t,
           double              width,
           int                 c_lo,
           int                 c_hi,
           gint64             *columns,
           GArray             *spans)
{
  double lh = lane_height (self);
  double v1 = x_day (self, width);
  double lo = MIN (self->v0, x_day (self, c_lo)) - lane->max_span - 1;
  double hi = MAX (v1, x_day (self, c_hi)) + 1;

  for (guint k = _sitrep_timeline_lane_extent_bound (lane, floor (lo)); k < lane->extents->len; k++)
    {
      const Extent *x = &g_array_index (lane->extents, Extent, k);

      if (x->first > hi)
        break;
      if (x->last + 1 - x->first >= t)
        {
          double x0, x1;
          Span span;

          if (x->first > v1 || x->last + 1.0 < self->v0)
            continue;
          x0 = day_x (self, x->first);
          x1 = day_x (self, x->last + 1.0);
          span = (Span) { MAX (x0, gutter (self) - 2), MIN (x1, width + 2),
                          CLAMP (mark_size (self, x->max) * 0.55, 4, lh - 8) };
          g_array_append_val (spans, span);
        }
      else if (columns != NULL)
        {
          int c = (int) floor (day_x (self, (x->first + (double) x->last + 1) / 2.0));

          if (c >= c_lo && c < c_hi)
            columns[c - c_lo] = MAX (columns[c - c_lo], x->max);
        }
    }
}

static gboolean
use_summary (SitrepTimelineView *self,
             const Lane         *lane,
             int                 n_columns)
{
  if (self->draw_path != SITREP_TIMELINE_DRAW_AUTO)
    return self->draw_path == SITREP_TIMELINE_DRAW_SUMMARY;
  return lane->extents->len > (guint) n_columns;
}

/* One mark per column that has points, columns closer than a mark merged
 * further: one mark per few pixels. */
static void
draw_points (SitrepTimelineView *self,
             GtkSnapshot        *snapshot,
             gint64             *columns,
             int                 c_lo,
             int                 c_hi,
             double              cy,
             const GdkRGBA      *colour)
{
  int n = c_hi - c_lo;

  for (int c = 0; c < n; c++)
    {
      gint64 f;
      int end;

      if (columns[c] == G_MININT64)
        continue;
      f = columns[c];
      end = c;
      while (end + 1 < n && end < c + 2)
        {
          end++;
          if (columns[end] != G_MININT64)
            f = MAX (f, columns[end]);
          columns[end] = G_MININT64;
        }
      append_round_mark (self, snapshot, c_lo + c + 0.5, cy, mark_size (self, f), colour);
      self->n_drawn++;
      c = end;
    }
}

/* What a lane draws: marks for points centred in (or within a mark of) the
 * view, bars for the extents of at least _sitrep_timeline_span_threshold()
 * days in it, their coverage when more than MAX_SPANS_DRAWN. Found by
 * walking the lane's extents near the view, or, for a lane with more
 * extents than the view has columns, read off its summary for the zoom:
 * the same marks and bars (tests/test-gui-timeline.c compares the two),
 * at a cost that follows the days and pixels in view, not the events. */
static void
draw_lane (SitrepTimelineView *self,
           GtkSnapshot        *snapshot,
           guint               l,
           double              width,
           gint64             *columns,
           int                *cover,
           GArray             *spans)
{
  Lane *lane = &g_array_index (self->lanes, Lane, l);
  double lh = lane_height (self);
  double cy = row_y (self, row_of_lane (self, l)) + lh / 2;
  guint ncols = (guint) ceil (width) + 2;
  int c_lo = MAX (0, (int) floor (gutter (self)) - MARK_REACH);
  int c_hi = (int) ceil (width) + MARK_REACH;
  int c_end = (int) ceil (width);
  int c_start = MIN ((int) ceil (gutter (self)), c_end);
  guint t = _sitrep_timeline_span_threshold (self->ppd);
  gboolean coverage = FALSE;
  GdkRGBA colour, bar, edge;

  lane_colour (self, l, &colour);
  /* Translucent, so where marks pile up the density shows. */
  colour.alpha = 0.72;
  bar = colour;
  bar.alpha = 0.28;
  edge = colour;
  edge.alpha = 0.8;

  if (self->naive)
    {
      draw_lane_naive (self, snapshot, lane, cy, &colour, &bar, &edge);
      return;
    }

  for (int c = 0; c < c_hi - c_lo; c++)
    columns[c] = G_MININT64;
  if (use_summary (self, lane, c_hi - c_lo))
    {
      const LaneSummary *s = _sitrep_timeline_lane_summary (lane, t);

      _sitrep_timeline_summary_points (self, s, c_lo, c_hi, columns);
      if (_sitrep_timeline_summary_spans_in_view (self, s, width) > MAX_SPANS_DRAWN)
        {
          _sitrep_timeline_summary_cover (self, s, width, ncols, cover, c_start, c_end);
          coverage = TRUE;
        }
      else
        walk_lane (self, lane, t, width, c_lo, c_hi, NULL, spans);
    }
  else
    {
      walk_lane (self, lane, t, width, c_lo, c_hi, columns, spans);
      if (spans->len > MAX_SPANS_DRAWN)
        {
          cover_spans (spans, ncols, cover, c_start);
          coverage = TRUE;
        }
    }

  if (coverage)
    draw_coverage (self, snapshot, cover, c_start, c_end, cy, &bar);
  else
    for (guint i = 0; i < spans->len; i++)
      {
        append_span (snapshot, &g_array_index (spans, Span, i), cy, &bar, &edge);
        self->n_drawn++;
      }
  g_array_set_size (spans, 0);
  draw_points (self, snapshot, columns, c_lo, c_hi, cy, &colour);
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
  gtk_snapshot_append_border (snapshot, &rr, widths, ring);
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
  g_autofree gint64 *columns = NULL;
  g_autofree int *cover = NULL;
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (gutter (self), 0, width - gutter (self), height));
  if (mirrored (self))
    {
      draw_axis (self, snapshot, width, height, fg);
      draw_chart (self, snapshot, width, fg);
      draw_lane_labels (self, snapshot, n_rows (self), fg);
    }
  columns = g_new (gint64, (gsize) ceil (width) + 2 * MARK_REACH + 1);
  cover = g_new (int, (gsize) ceil (width) + 3);
  for (guint l = 0; l < self->lanes->len; l++)
    draw_lane (self, snapshot, l, width, columns, cover, spans);
  draw_overlays (self, snapshot, width, height);
  draw_selected (self, snapshot, width, fg);
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

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_axis (self, snapshot, width, height, &fg);
  if (!self->compact)
    {
      draw_chart (self, snapshot, width, &fg);
      draw_lane_labels (self, snapshot, n_rows (self), &fg);
    }
  draw_plot (self, snapshot, width, height, &fg);
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

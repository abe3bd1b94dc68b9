/* sitrep-timeline-view-lanes.c — what each lane draws: its colour, round marks as textures, bars and their coverage, found by walking the lane's extents or read off its summary for the zoom
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sitrep-event-colour.h"
#include "sitrep-mark-textures.h"
#include "sitrep-timeline-view-private.h"

void
_sitrep_timeline_view_lane_colour (SitrepTimelineView *self,
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

void
_sitrep_timeline_append_mark (GtkSnapshot   *snapshot,
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

/* Round marks as one texture per colour and size, as the map's. */
static GdkTexture *
mark_texture (SitrepTimelineView *self,
              const GdkRGBA      *colour,
              double              size)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  if (self->mark_textures == NULL)
    self->mark_textures = sitrep_mark_textures_new ();
  return sitrep_mark_texture (self->mark_textures, colour, MAX (2, (int) ceil (size)) * scale, 0);
}

static void
append_round_mark (SitrepTimelineView *self,
                   GtkSnapshot        *snapshot,
                   double              cx,
                   double              cy,
                   double              size,
                   const GdkRGBA      *colour)
{
  graphene_rect_t r = GRAPHENE_RECT_INIT (cx - size / 2, cy - size / 2, size, size);
  /* A mark across the plot's edge is clipped on its own (draw.c). */
  gboolean clipped = _sitrep_timeline_plot_push_clip (self, snapshot, &r);

  gtk_snapshot_append_texture (snapshot, mark_texture (self, colour, size), &r);
  if (clipped)
    gtk_snapshot_pop (snapshot);
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
append_span (SitrepTimelineView *self,
             GtkSnapshot        *snapshot,
             const Span         *s,
             double              cy,
             const GdkRGBA      *bar,
             const GdkRGBA      *edge)
{
  _sitrep_timeline_plot_color (self, snapshot, bar,
                               &GRAPHENE_RECT_INIT (s->x0, cy - s->size / 2, s->x1 - s->x0, s->size));
  _sitrep_timeline_plot_color (self, snapshot, edge,
                               &GRAPHENE_RECT_INIT (s->x0, cy - s->size / 2 - 2, 1.5, s->size + 4));
  _sitrep_timeline_plot_color (self, snapshot, edge,
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
          _sitrep_timeline_plot_color (self, snapshot, &shade,
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

          append_span (self, snapshot, &span, cy, bar, edge);
        }
      else
        /* Square: 50,000 rounded clips overflow GTK 4.8's GL command queue. */
        _sitrep_timeline_append_mark (snapshot, (x0 + x1) / 2, cy, mark_size (self, e->fatalities), colour, FALSE);
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
      if (self->draw_path == SITREP_TIMELINE_DRAW_BEFORE)
        _sitrep_timeline_append_mark (snapshot, c_lo + c + 0.5, cy, mark_size (self, f), colour, TRUE);
      else
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
 * the same marks and bars (tests/test-gui-timeline-summary.c compares the two),
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

  _sitrep_timeline_view_lane_colour (self, l, &colour);
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
      guint n_built = lane->n_built;
      const LaneSummary *s = _sitrep_timeline_lane_summary (lane, t);

      self->n_built_drawing += lane->n_built - n_built;
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
        append_span (self, snapshot, &g_array_index (spans, Span, i), cy, &bar, &edge);
        self->n_drawn++;
      }
  g_array_set_size (spans, 0);
  draw_points (self, snapshot, columns, c_lo, c_hi, cy, &colour);
}

/* How many summaries next to the drawn zoom's are made ahead, per lane:
 * MAX_SUMMARIES (16) are kept. */
#define N_AHEAD 8

/* Into @ahead, the zooms (bars of t days or more) to make ready besides
 * the drawn one's: those a step of the wheel (e^0.25 ×) or of the keys
 * (1.5 ×) away, either way, then the nearest to it within a step of the
 * keys (a pinch passes them one by one). Returns how many. */
static guint
zooms_ahead (SitrepTimelineView *self,
             guint              *ahead)
{
  static const double steps[] = { 1.2840254166877414, 1 / 1.2840254166877414, 1.5, 1 / 1.5 };
  guint t = _sitrep_timeline_span_threshold (self->ppd);
  guint lo = _sitrep_timeline_span_threshold (self->ppd * 1.5);
  guint hi = _sitrep_timeline_span_threshold (self->ppd / 1.5);
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (steps) + 2 * (hi - lo) && n < N_AHEAD; i++)
    {
      guint z;
      gboolean seen = FALSE;

      if (i < G_N_ELEMENTS (steps))
        z = _sitrep_timeline_span_threshold (self->ppd * steps[i]);
      else
        {
          guint j = i - G_N_ELEMENTS (steps), d = j / 2 + 1;

          if (j % 2 == 0)
            z = t >= lo + d ? t - d : t;
          else
            z = t + d <= hi ? t + d : t;
        }
      for (guint k = 0; k < n; k++)
        seen |= ahead[k] == z;
      if (z != t && !seen)
        ahead[n++] = z;
    }
  return n;
}

/* Makes, one lane and zoom at a time, the summaries that the zooms next to
 * the one drawn will read, so that a frame after a step of zoom (by keys,
 * wheel or pinch) finds them made rather than making them itself: one pass
 * over the lane's extents each, a few milliseconds over six lanes of
 * 500,000 events on a busy machine. */
static gboolean
prebuild_next (gpointer data)
{
  SitrepTimelineView *self = data;
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  int n_columns = (int) ceil (width) + MARK_REACH - MAX (0, (int) floor (gutter (self)) - MARK_REACH);
  guint ahead[N_AHEAD];
  guint n = zooms_ahead (self, ahead);

  for (guint l = 0; self->lanes != NULL && !self->naive && l < self->lanes->len; l++)
    {
      Lane *lane = &g_array_index (self->lanes, Lane, l);

      if (!use_summary (self, lane, n_columns))
        continue;
      for (guint i = 0; i < n; i++)
        {
          guint t = ahead[i];

          /* Made, or else marked as recently used (N_AHEAD and the
           * drawn zoom's stay among the MAX_SUMMARIES kept). */
          if (!_sitrep_timeline_lane_has_summary (lane, t))
            {
              _sitrep_timeline_lane_summary (lane, t);
              return G_SOURCE_CONTINUE;
            }
          _sitrep_timeline_lane_summary (lane, t);
        }
    }
  self->prebuild_id = 0;
  return G_SOURCE_REMOVE;
}

gboolean
_sitrep_timeline_view_get_prebuilding (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), FALSE);

  return self->prebuild_id != 0;
}

guint
_sitrep_timeline_view_get_n_built_drawing (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), 0);

  return self->n_built_drawing;
}

guint
_sitrep_timeline_view_get_n_summaries (SitrepTimelineView *self)
{
  guint n = 0;

  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), 0);

  for (guint l = 0; self->lanes != NULL && l < self->lanes->len; l++)
    n += g_array_index (self->lanes, Lane, l).n_built;
  return n;
}

void
_sitrep_timeline_view_draw_lanes (SitrepTimelineView *self,
                                  GtkSnapshot        *snapshot,
                                  double              width)
{
  g_autofree gint64 *columns = g_new (gint64, (gsize) ceil (width) + 2 * MARK_REACH + 1);
  g_autofree int *cover = g_new (int, (gsize) ceil (width) + 3);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));

  for (guint l = 0; l < self->lanes->len; l++)
    draw_lane (self, snapshot, l, width, columns, cover, spans);
  if (self->prebuild_id == 0 && !self->naive)
    self->prebuild_id = g_idle_add_full (G_PRIORITY_LOW, prebuild_next, self, NULL);
}

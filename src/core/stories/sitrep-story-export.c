/* sitrep-story-export.c — the story handout: PDF pages and PNGs drawn with cairo
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-story"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "sitrep-basemap.h"
#include "sitrep-story-card-private.h"
#include "sitrep-io.h"
#include "sitrep-progress-private.h"
#include "sitrep-story-export.h"

/* Page layout, in points on an A4 landscape page. */
#define MARGIN      28.0
#define HEADER_Y    18.0
#define BODY_Y      48.0
#define MAP_W       470.0
#define BODY_H      412.0
#define GUTTER      18.0
#define STRIP_Y     (BODY_Y + BODY_H + 16.0)
#define STRIP_H     (SITREP_STORY_PAGE_HEIGHT - STRIP_Y - 22.0)
#define CARD_PAD    16.0

#define EARTH_RADIUS_M 6378137.0

typedef struct
{
  double r, g, b;
} Rgb;

static const Rgb ink = { 0.13, 0.13, 0.15 };
static const Rgb muted = { 0.38, 0.38, 0.42 };
static const Rgb accent = { 0.75, 0.11, 0.16 };
static const Rgb warning = { 0.62, 0.33, 0.0 };
static const Rgb rule = { 0.80, 0.80, 0.82 };

G_DEFINE_QUARK (sitrep-story-export-error-quark, sitrep_story_export_error)

/* ---------------------------------------------------------------- drawing */

static void
set_rgb (cairo_t   *cr,
         const Rgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

/* Draws @text wrapped to @width from (@x, @y), at most @max_height tall
 * (0: no limit; longer text ends in "…"). Returns the height used. Sizes
 * are in user units, so the page looks the same in PDF and at any DPI. */
static double
draw_text_with_halo (cairo_t        *cr,
                     double          x,
                     double          y,
                     double          width,
                     double          max_height,
                     const char     *text,
                     double          size,
                     PangoWeight     weight,
                     gboolean        italic,
                     const Rgb      *color,
                     PangoAlignment  alignment,
                     gboolean        halo);

static double
draw_text (cairo_t     *cr,
           double       x,
           double       y,
           double       width,
           double       max_height,
           const char  *text,
           double       size,
           PangoWeight  weight,
           gboolean     italic,
           const Rgb   *color,
           PangoAlignment alignment)
{
  return draw_text_with_halo (cr, x, y, width, max_height, text, size, weight, italic, color, alignment, FALSE);
}

/* Stored text of a damaged project may hold bytes that are not UTF-8:
 * Pango would cut the text there (and warn), cairo write it broken. */
static void
set_valid_text (PangoLayout *layout,
                const char  *text)
{
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      pango_layout_set_text (layout, valid, -1);
    }
  else
    pango_layout_set_text (layout, text, -1);
}

/* How many texts draw_text cut short ("…") on this thread since the hook
 * was last asked (test-stories'). */
static _Thread_local guint texts_cut;

guint
_sitrep_story_texts_cut (void)
{
  guint n = texts_cut;

  texts_cut = 0;
  return n;
}

/* With @halo, a white outline under the letters (drawn as a path, so that
 * the text is in the PDF once): a step's number on a map stays readable
 * over a place's name or a border. */
static double
draw_text_with_halo (cairo_t        *cr,
                     double          x,
                     double          y,
                     double          width,
                     double          max_height,
                     const char     *text,
                     double          size,
                     PangoWeight     weight,
                     gboolean        italic,
                     const Rgb      *color,
                     PangoAlignment  alignment,
                     gboolean        halo)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *desc;
  cairo_font_options_t *options;
  int w, h;

  if (text == NULL || *text == '\0' || width <= 0)
    return 0;

  layout = pango_cairo_create_layout (cr);
  /* Unhinted metrics: the same line breaks on paper and in every PNG. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);

  desc = pango_font_description_from_string ("Sans");
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, weight);
  if (italic)
    pango_font_description_set_style (desc, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  if (max_height > 0)
    {
      pango_layout_set_height (layout, (int) (max_height * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  set_valid_text (layout, text);

  if (halo)
    {
      cairo_save (cr);
      cairo_move_to (cr, x, y);
      pango_cairo_layout_path (cr, layout);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, size * 0.3);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  set_rgb (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
  pango_layout_get_size (layout, &w, &h);
  if (pango_layout_is_ellipsized (layout))
    texts_cut++;
  return (double) h / PANGO_SCALE;
}

/* The width of @text on one line, as draw_text sets it. */
static double
text_width (cairo_t     *cr,
            const char  *text,
            double       size,
            PangoWeight  weight)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  cairo_font_options_t *options = cairo_font_options_create ();
  PangoFontDescription *desc = pango_font_description_from_string ("Sans");
  int width, height;

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, weight);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  set_valid_text (layout, text);
  pango_layout_get_size (layout, &width, &height);
  return (double) width / PANGO_SCALE;
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   w,
                   double   h,
                   double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static gboolean
has_place (const SitrepStoryCard *card)
{
  return !isnan (card->latitude) && !isnan (card->longitude) && fabs (card->latitude) < 85;
}

static void
draw_marker (cairo_t   *cr,
             double     x,
             double     y,
             double     radius,
             const Rgb *fill)
{
  cairo_arc (cr, x, y, radius + 1.6, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  set_rgb (cr, fill);
  cairo_fill (cr);
}

/* Renders the base map of the window onto (0, 0, w, h) of @cr. */
static void
render_window (cairo_t *cr,
               double   cx,
               double   cy,
               double   mw,
               double   w,
               double   h)
{
  double b[4];

  _sitrep_story_window_bounds (cx, cy, mw, w, h, b);
  cairo_rectangle (cr, 0, 0, w, h);
  cairo_clip (cr);
  sitrep_basemap_render_view (sitrep_basemap_get_default (), cr, b[0], b[1], b[2], b[3], (int) w, (int) h);
}

typedef struct
{
  char   *numbers;   /* "5, 8" */
  double  box[4];    /* where they are written */
} NumberSpot;

static void
number_spot_clear (NumberSpot *spot)
{
  g_free (spot->numbers);
}

/* Where the steps' numbers go by their markers (@xs, @ys, those @shown; one
 * label for the steps in one place, see _sitrep_story_numbers_at ()): each at the
 * first spot around its marker (above right, above left, below right …)
 * clear of the map's place names (@names, as the base map would place
 * them), of what is drawn there (@taken: the markers, and the numbers as
 * they are placed) and inside the map; when none is, where it covers least.
 * The title map's "1" was written over "Ar Ramadi". */
static GArray *
place_numbers (cairo_t        *cr,
               const double   *xs,
               const double   *ys,
               const gboolean *shown,
               guint           n,
               double          size,
               GArray         *names,
               GArray         *taken,
               double          w,
               double          h)
{
  g_autofree gboolean *labelled = g_new0 (gboolean, n);
  GArray *spots = g_array_new (FALSE, FALSE, sizeof (NumberSpot));

  g_array_set_clear_func (spots, (GDestroyNotify) number_spot_clear);
  for (guint i = 0; i < n; i++)
    {
      NumberSpot spot = { shown[i] ? _sitrep_story_numbers_at (xs, ys, shown, labelled, n, i) : NULL };
      double tw, th = size * 1.2, least = G_MAXDOUBLE;

      if (spot.numbers == NULL)
        continue;
      tw = text_width (cr, spot.numbers, size, PANGO_WEIGHT_BOLD);
      {
        const double at[][2] = {
          { size * 0.55, -size * 1.25 }, { -size * 0.55 - tw, -size * 1.25 },
          { size * 0.55, size * 0.1 },   { -size * 0.55 - tw, size * 0.1 },
          { size * 0.8, -th / 2 },       { -size * 0.8 - tw, -th / 2 },
          { -tw / 2, -size * 0.7 - th }, { -tw / 2, size * 0.7 },
        };

        for (guint k = 0; k < G_N_ELEMENTS (at) && least > 0; k++)
          {
            double box[4] = { xs[i] + at[k][0], ys[i] + at[k][1], xs[i] + at[k][0] + tw, ys[i] + at[k][1] + th };
            double c = _sitrep_story_cover (box, names, taken, w, h);

            if (c < least)
              {
                least = c;
                memcpy (spot.box, box, sizeof box);
              }
          }
      }
      _sitrep_story_count_over_names (spot.box, names);
      g_array_append_vals (taken, spot.box, 4);
      g_array_append_val (spots, spot);
    }
  return spots;
}

static void
draw_numbers (cairo_t *cr,
              GArray  *spots,
              double   size)
{
  for (guint i = 0; i < spots->len; i++)
    {
      NumberSpot *spot = &g_array_index (spots, NumberSpot, i);

      draw_text_with_halo (cr, spot->box[0], spot->box[1], 120, 0, spot->numbers, size, PANGO_WEIGHT_BOLD, FALSE,
                           &ink, PANGO_ALIGN_LEFT, TRUE);
    }
}

/* The box of a marker of @radius at (@x, @y), added to @taken. */
static void
take_marker (GArray *taken,
             double  x,
             double  y,
             double  radius)
{
  double box[4] = { x - radius - 1.6, y - radius - 1.6, x + radius + 1.6, y + radius + 1.6 };

  g_array_append_vals (taken, box, 4);
}

/* Renders the base map of the window as render_window () does, for the
 * steps' markers of @radius at (@xs, @ys) (those @shown) and one of
 * @centre_radius in the middle (0: none), and places their numbers of
 * @size (returned, to draw once the markers are): the numbers go clear
 * of the place names where they can, and no name is written under a
 * marker or a number (it goes to the left of its dot, or is left out). */
static GArray *
render_marked_window (cairo_t        *cr,
                      double          cx,
                      double          cy,
                      double          mw,
                      double          w,
                      double          h,
                      const double   *xs,
                      const double   *ys,
                      const gboolean *shown,
                      guint           n,
                      double          radius,
                      double          centre_radius,
                      double          size)
{
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) names = NULL;
  GArray *spots;
  double b[4];

  _sitrep_story_window_bounds (cx, cy, mw, w, h, b);
  names = sitrep_basemap_view_label_boxes (sitrep_basemap_get_default (), b[0], b[1], b[2], b[3], (int) w, (int) h,
                                           NULL);
  for (guint i = 0; i < n; i++)
    if (shown[i])
      take_marker (taken, xs[i], ys[i], radius);
  if (centre_radius > 0)
    take_marker (taken, w / 2, h / 2, centre_radius);
  spots = place_numbers (cr, xs, ys, shown, n, size, names, taken, w, h);
  cairo_rectangle (cr, 0, 0, w, h);
  cairo_clip (cr);
  sitrep_basemap_render_view_clear_of (sitrep_basemap_get_default (), cr, b[0], b[1], b[2], b[3], (int) w, (int) h,
                                       (const double *) taken->data, taken->len / 4);
  return spots;
}

/* Whether another step's marker at (@x, @y) and its number, above and to
 * its right, would lie on the window's scale bar or credit line (@boxes,
 * @n of them): it is left out then, as the map leaves out a place name
 * there, rather than drawn over the credit's words. */
static gboolean
on_furniture (const double *boxes,
              guint         n,
              double        x,
              double        y)
{
  for (guint i = 0; i < n; i++)
    {
      const double *b = boxes + 4 * i;

      if (x - 6 < b[2] && x + 26 > b[0] && y - 12 < b[3] && y + 6 > b[1])
        return TRUE;
    }
  return FALSE;
}

static void
draw_no_map (cairo_t    *cr,
             double      w,
             double      h,
             const char *note)
{
  cairo_rectangle (cr, 0, 0, w, h);
  cairo_set_source_rgb (cr, 0.94, 0.94, 0.95);
  cairo_fill (cr);
  draw_text (cr, 40, h / 2 - 20, w - 80, 0, note, 13, PANGO_WEIGHT_NORMAL, FALSE, &muted,
             PANGO_ALIGN_CENTER);
}

static void
draw_frame (cairo_t *cr,
            double   w,
            double   h)
{
  cairo_reset_clip (cr);
  cairo_rectangle (cr, 0.5, 0.5, w - 1, h - 1);
  set_rgb (cr, &rule);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

/* Wide enough to recognise the region; wider when the place is vague: a
 * place of ACLED's geo-precision 3 (a region, a country: "Syria") was
 * drawn 2.6° wide around its centre, a blank of desert with no name. */
double
_sitrep_story_map_span (const SitrepStoryCard *card)
{
  return card->where_prec >= 6 ? 14 : card->where_prec >= 3 ? 5 : card->geo_precision >= 3 ? 8 : 2.6;
}

static void
draw_step_map (cairo_t                 *cr,
               SitrepStoryCard * const *cards,
               guint                    n_cards,
               guint                    index,
               double                   w,
               double                   h)
{
  const SitrepStoryCard *card = cards[index];
  g_autofree double *xs = NULL;
  g_autofree double *ys = NULL;
  g_autofree gboolean *shown = NULL;
  g_autoptr(GArray) spots = NULL;
  double span, cx, cy, mw, b[4], furniture[12];
  guint n_furniture;

  if (!has_place (card) && card->area != NULL)
    {
      /* Translators: on a handout's map, when an incident is known only by its governorate */
      g_autofree char *note = g_strdup_printf (_("Only its governorate is known: %s"), card->area);

      mw = 5.0 / 360;
      render_window (cr, sitrep_mercator_x (card->area_longitude), sitrep_mercator_y (card->area_latitude),
                     mw, w, h);
      cairo_rectangle (cr, 0, 0, w, 30);
      cairo_set_source_rgba (cr, 0.98, 0.98, 0.97, 0.9);
      cairo_fill (cr);
      draw_text (cr, 12, 7, w - 24, 0, note, 10, PANGO_WEIGHT_BOLD, FALSE, &ink, PANGO_ALIGN_LEFT);
      draw_frame (cr, w, h);
      return;
    }
  if (!has_place (card))
    {
      draw_no_map (cr, w, h, _("This incident has no coordinates, so it is not on the map. "
                               "Place it in the gazetteer to show it here."));
      draw_frame (cr, w, h);
      return;
    }

  span = _sitrep_story_map_span (card);
  mw = span / 360;
  cx = sitrep_mercator_x (card->longitude);
  cy = sitrep_mercator_y (card->latitude);
  _sitrep_story_window_bounds (cx, cy, mw, w, h, b);
  n_furniture = sitrep_basemap_view_furniture (sitrep_basemap_get_default (), b[0], b[1], b[2], b[3],
                                               (int) w, (int) h, NULL, furniture);

  /* The other steps, for orientation: one label for those in one place,
   * drawn over this step's marker (a step in this one's place had its
   * number hidden under it); none on the scale bar or the credit. */
  xs = g_new0 (double, n_cards);
  ys = g_new0 (double, n_cards);
  shown = g_new0 (gboolean, n_cards);
  for (guint i = 0; i < n_cards; i++)
    {
      if (i == index || !has_place (cards[i]))
        continue;
      _sitrep_story_to_view (cx, cy, mw, w, h, cards[i]->latitude, cards[i]->longitude, &xs[i], &ys[i]);
      shown[i] = xs[i] >= 0 && ys[i] >= 0 && xs[i] <= w && ys[i] <= h &&
                 !on_furniture (furniture, n_furniture, xs[i], ys[i]);
    }
  spots = render_marked_window (cr, cx, cy, mw, w, h, xs, ys, shown, n_cards, 3.5, 7, 8);
  for (guint i = 0; i < n_cards; i++)
    if (shown[i])
      draw_marker (cr, xs[i], ys[i], 3.5, &muted);

  if (card->where_prec == 2)
    {
      /* "within 25 km": draw the circle it may be anywhere in. */
      double metres_per_unit = 2 * G_PI * EARTH_RADIUS_M * cos (card->latitude * G_PI / 180);
      double r = 25000 / metres_per_unit * w / mw;

      cairo_arc (cr, w / 2, h / 2, r, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, accent.r, accent.g, accent.b, 0.12);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, accent.r, accent.g, accent.b, 0.6);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
  draw_marker (cr, w / 2, h / 2, 7, &accent);
  draw_numbers (cr, spots, 8);
  draw_frame (cr, w, h);
}

static double
day_x (guint32 day,
       double  lo,
       double  hi,
       double  x,
       double  w)
{
  return x + (day - lo) / (hi - lo) * w;
}

/* Where the strip writes @card's label ("1 · 6 January 2016", step @index):
 * from *@x0 to *@x1; nothing when it is undated. */
static void
label_span (cairo_t               *cr,
            const SitrepStoryCard *card,
            guint                  index,
            double                 lo,
            double                 hi,
            double                 x,
            double                 w,
            double                *x0,
            double                *x1)
{
  g_autofree char *label = NULL;
  double half, cx;

  if (card->first == 0)
    return;
  label = g_strdup_printf ("%u · %s", index + 1, card->date);
  half = MIN (text_width (cr, label, 9.5, PANGO_WEIGHT_BOLD) / 2 + 4, 110);
  cx = CLAMP ((day_x (card->first, lo, hi, x, w) + day_x (card->last + 1, lo, hi, x, w)) / 2, x + 110, x + w - 110);
  *x0 = cx - half;
  *x1 = cx + half;
}

/* The time axis of the whole story with every step on it, @index marked. */
static void
draw_strip (cairo_t                 *cr,
            SitrepStoryCard * const *cards,
            guint                    n_cards,
            int                      index,
            double                   x,
            double                   y,
            double                   w,
            double                   h)
{
  guint32 first = G_MAXUINT32, last = 0;
  double lo, hi, pad, axis = y + h * 0.5, min_gap;
  SitrepTimelineUnit unit;
  guint32 tick;
  double last_label = -G_MAXDOUBLE;
  double label_x0 = G_MAXDOUBLE, label_x1 = -G_MAXDOUBLE;

  for (guint i = 0; i < n_cards; i++)
    {
      if (cards[i]->first == 0)
        continue;
      first = MIN (first, cards[i]->first);
      last = MAX (last, cards[i]->last);
    }
  if (last == 0)
    {
      draw_text (cr, x, axis - 8, w, 0, _("No dates to show on a timeline."), 9, PANGO_WEIGHT_NORMAL,
                 FALSE, &muted, PANGO_ALIGN_LEFT);
      return;
    }

  /* Days are [d, d + 1): a one-day event has a width. */
  pad = MAX (2.0, (last + 1 - first) * 0.04);
  lo = first - pad;
  hi = last + 1 + pad;
  unit = hi - lo <= 45 ? SITREP_TIMELINE_DAY : SITREP_TIMELINE_MONTH;

  cairo_set_line_width (cr, 1);
  set_rgb (cr, &rule);
  cairo_move_to (cr, x, axis + 0.5);
  cairo_line_to (cr, x + w, axis + 0.5);
  cairo_stroke (cr);

  min_gap = unit == SITREP_TIMELINE_DAY ? 58 : 48;
  for (tick = sitrep_timeline_bucket_next ((guint32) lo, unit); tick < hi;
       tick = sitrep_timeline_bucket_next (tick, unit))
    {
      double tx = day_x (tick, lo, hi, x, w);
      GDate d;
      char buf[64];

      set_rgb (cr, &rule);
      cairo_move_to (cr, round (tx) + 0.5, axis);
      cairo_line_to (cr, round (tx) + 0.5, axis + 4);
      cairo_stroke (cr);
      if (tx - last_label < min_gap || tx > x + w - 30)
        continue;
      g_date_clear (&d, 1);
      g_date_set_julian (&d, tick);
      if (unit == SITREP_TIMELINE_DAY)
        g_date_strftime (buf, sizeof buf, "%d %b", &d);
      else if (g_date_get_month (&d) == G_DATE_JANUARY || last_label < x)
        g_date_strftime (buf, sizeof buf, "%b %Y", &d);
      else
        g_date_strftime (buf, sizeof buf, "%b", &d);
      draw_text (cr, tx - 40, axis + 6, 80, 0, buf, 7.5, PANGO_WEIGHT_NORMAL, FALSE, &muted,
                 PANGO_ALIGN_CENTER);
      last_label = tx;
    }

  /* The other steps' numbers under the current step's label are left out
   * ("1 · 6 January 2016" was written over "2" and "3"). */
  if (index >= 0 && (guint) index < n_cards)
    label_span (cr, cards[index], (guint) index, lo, hi, x, w, &label_x0, &label_x1);

  for (int pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < n_cards; i++)
        {
          const SitrepStoryCard *c = cards[i];
          gboolean current = (int) i == index;
          double x0, x1, r;

          /* The current step last, on top. */
          if (c->first == 0 || current != (pass == 1))
            continue;
          x0 = day_x (c->first, lo, hi, x, w);
          x1 = day_x (c->last + 1, lo, hi, x, w);
          r = (current ? 4.5 : 3.0) + MIN (4.0, sqrt (MAX (c->fatalities, 0)) / 2);
          if (x1 - x0 > 2 * r)
            {
              /* Date uncertainty shown as what it is: a span. */
              rounded_rectangle (cr, x0, axis - r, x1 - x0, 2 * r, r);
              if (current)
                cairo_set_source_rgba (cr, accent.r, accent.g, accent.b, 0.85);
              else
                cairo_set_source_rgba (cr, muted.r, muted.g, muted.b, 0.45);
              cairo_fill (cr);
            }
          else
            draw_marker (cr, (x0 + x1) / 2, axis, r, current ? &accent : &muted);
          if (current)
            {
              g_autofree char *label = g_strdup_printf ("%u · %s", i + 1, c->date);
              double cx = CLAMP ((x0 + x1) / 2, x + 110, x + w - 110);

              draw_text (cr, cx - 110, axis - r - 17, 220, 0, label, 9.5, PANGO_WEIGHT_BOLD, FALSE, &accent,
                         PANGO_ALIGN_CENTER);
            }
          else
            {
              g_autofree char *number = g_strdup_printf ("%u", i + 1);
              double half = text_width (cr, number, 8, PANGO_WEIGHT_BOLD) / 2;
              double nx = (x0 + x1) / 2;

              if (nx + half < label_x0 || nx - half > label_x1)
                draw_text (cr, nx - 20, axis - r - 13, 40, 0, number, 8, PANGO_WEIGHT_BOLD, FALSE,
                           &muted, PANGO_ALIGN_CENTER);
            }
        }
    }
}

/* The card: what happened, where, when, to whom, according to whom. */
static void
draw_card (cairo_t               *cr,
           const SitrepStoryCard *card,
           double                 x,
           double                 y,
           double                 w,
           double                 h)
{
  double tx = x + CARD_PAD, tw = w - 2 * CARD_PAD, ty = y + CARD_PAD, bottom = y + h - CARD_PAD;
  g_autofree char *quote = NULL;
  g_autofree char *outlet = NULL;

  rounded_rectangle (cr, x, y, w, h, 8);
  cairo_set_source_rgb (cr, 0.985, 0.985, 0.98);
  cairo_fill_preserve (cr);
  set_rgb (cr, &rule);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  ty += draw_text (cr, tx, ty, tw, 0, card->date, 17, PANGO_WEIGHT_BOLD, FALSE, &ink, PANGO_ALIGN_LEFT) + 2;
  ty += draw_text (cr, tx, ty, tw, 40, card->place, 12, PANGO_WEIGHT_NORMAL, FALSE, &ink, PANGO_ALIGN_LEFT) + 10;
  ty += draw_text (cr, tx, ty, tw, 36, card->headline, 13, PANGO_WEIGHT_BOLD, FALSE, &accent,
                   PANGO_ALIGN_LEFT) + 1;
  if (card->event_type != NULL && g_strcmp0 (card->event_type, card->headline) != 0)
    ty += draw_text (cr, tx, ty, tw, 24, card->event_type, 8.5, PANGO_WEIGHT_NORMAL, FALSE, &muted,
                     PANGO_ALIGN_LEFT);
  ty += 8;
  if (card->actors != NULL)
    ty += draw_text (cr, tx, ty, tw, 44, card->actors, 11, PANGO_WEIGHT_NORMAL, FALSE, &ink,
                     PANGO_ALIGN_LEFT) + 10;

  cairo_move_to (cr, tx, round (ty) + 0.5);
  cairo_line_to (cr, tx + tw, round (ty) + 0.5);
  set_rgb (cr, &rule);
  cairo_stroke (cr);
  ty += 8;

  ty += draw_text (cr, tx, ty, tw, 0, card->figures, 14, PANGO_WEIGHT_BOLD, FALSE, &ink, PANGO_ALIGN_LEFT) + 3;
  if (card->sources != NULL)
    ty += draw_text (cr, tx, ty, tw, 48, card->sources, 9.5, PANGO_WEIGHT_NORMAL, FALSE, &muted,
                     PANGO_ALIGN_LEFT) + 2;
  if (card->dispute != NULL)
    ty += draw_text (cr, tx, ty, tw, 24, card->dispute, 9, PANGO_WEIGHT_BOLD, FALSE, &warning,
                     PANGO_ALIGN_LEFT);
  ty += 12;

  /* The credit keeps the card's foot. */
  if (card->credit != NULL)
    bottom -= 24;
  if (card->quote != NULL && bottom - ty > 40)
    {
      double qh, outlet_room;

      /* TRANSLATORS: a quoted sentence of a news report */
      quote = g_strdup_printf (_("“%s”"), card->quote);
      outlet = g_strdup_printf ("— %s", card->quote_source != NULL ? card->quote_source : _("unknown outlet"));
      /* the outlet's lines kept free under the quote (a long name takes two) */
      outlet_room = 13 * MIN (3, 1 + floor (text_width (cr, outlet, 9, PANGO_WEIGHT_NORMAL) / (tw - 10))) + 3;
      qh = draw_text (cr, tx + 10, ty, tw - 10, bottom - ty - outlet_room, quote, 11.5, PANGO_WEIGHT_NORMAL, TRUE,
                      &ink, PANGO_ALIGN_LEFT);
      cairo_new_path (cr);
      cairo_rectangle (cr, tx, ty, 2.5, qh);
      set_rgb (cr, &accent);
      cairo_fill (cr);
      ty += qh + 3;
      /* Whole, on as many lines as it takes (a report named by its title's
       * first words and its day: "— “…” (2024-04-03)", in Arabic too, was cut
       * before its day on one line); laid out in the direction of its words. */
      draw_text (cr, tx + 10, ty, tw - 10, MAX (14, bottom - ty), outlet, 9, PANGO_WEIGHT_NORMAL, FALSE, &muted,
                 PANGO_ALIGN_LEFT);
    }

  /* At the card's foot. */
  if (card->credit != NULL)
    draw_text (cr, tx, bottom + 4, tw, 22, card->credit, 7, PANGO_WEIGHT_NORMAL, FALSE, &muted,
               PANGO_ALIGN_LEFT);
}

void
sitrep_story_draw_step (cairo_t                 *cr,
                        SitrepStoryCard * const *strip,
                        guint                    n_steps,
                        guint                    index,
                        const char              *story_title)
{
  const double page_w = SITREP_STORY_PAGE_WIDTH;
  g_autofree char *counter = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (strip != NULL && index < n_steps);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, page_w, SITREP_STORY_PAGE_HEIGHT);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);

  /* TRANSLATORS: the step of a story shown on a page: "Step 2 of 3" */
  counter = g_strdup_printf (_("Step %u of %u"), index + 1, n_steps);
  draw_text (cr, MARGIN, HEADER_Y, page_w - 2 * MARGIN - 120, 14,
             story_title != NULL && *story_title != '\0' ? story_title : _("Incidents"), 10,
             PANGO_WEIGHT_BOLD, FALSE, &muted, PANGO_ALIGN_LEFT);
  draw_text (cr, page_w - MARGIN - 120, HEADER_Y, 120, 14, counter, 10, PANGO_WEIGHT_NORMAL, FALSE,
             &muted, PANGO_ALIGN_RIGHT);

  cairo_save (cr);
  cairo_translate (cr, MARGIN, BODY_Y);
  draw_step_map (cr, strip, n_steps, index, MAP_W, BODY_H);
  cairo_restore (cr);

  draw_card (cr, strip[index], MARGIN + MAP_W + GUTTER, BODY_Y,
             page_w - 2 * MARGIN - MAP_W - GUTTER, BODY_H);
  draw_strip (cr, strip, n_steps, (int) index, MARGIN, STRIP_Y, page_w - 2 * MARGIN, STRIP_H);
  cairo_restore (cr);
}

void
sitrep_story_draw_title (cairo_t                 *cr,
                         SitrepStoryCard * const *cards,
                         guint                    n_cards,
                         const char              *title)
{
  const double page_w = SITREP_STORY_PAGE_WIDTH;
  double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  double ty = 58, list_x = MARGIN + MAP_W + GUTTER, list_w = page_w - MARGIN - list_x;
  guint32 first = G_MAXUINT32, last = 0;
  g_autofree char *subtitle = NULL;
  gboolean any_place = FALSE;

  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, page_w, SITREP_STORY_PAGE_HEIGHT);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);

  for (guint i = 0; i < n_cards; i++)
    {
      if (cards[i]->first != 0)
        {
          first = MIN (first, cards[i]->first);
          last = MAX (last, cards[i]->last);
        }
      if (has_place (cards[i]))
        {
          any_place = TRUE;
          min_x = MIN (min_x, sitrep_mercator_x (cards[i]->longitude));
          max_x = MAX (max_x, sitrep_mercator_x (cards[i]->longitude));
          min_y = MIN (min_y, sitrep_mercator_y (cards[i]->latitude));
          max_y = MAX (max_y, sitrep_mercator_y (cards[i]->latitude));
        }
    }

  ty += draw_text (cr, MARGIN, ty, page_w - 2 * MARGIN, 90, title != NULL ? title : "", 28,
                   PANGO_WEIGHT_BOLD, FALSE, &ink, PANGO_ALIGN_LEFT) + 6;
  if (last != 0)
    {
      g_autofree char *span = _sitrep_story_format_extent (first, last, 1);
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u incident · %s", "%u incidents · %s",
                                               n_cards), n_cards, span);
    }
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u incident", "%u incidents", n_cards),
                                n_cards);
  ty += draw_text (cr, MARGIN, ty, page_w - 2 * MARGIN, 0, subtitle, 13, PANGO_WEIGHT_NORMAL, FALSE,
                   &muted, PANGO_ALIGN_LEFT) + 18;

  {
    double map_h = SITREP_STORY_PAGE_HEIGHT - ty - MARGIN;

    cairo_save (cr);
    cairo_translate (cr, MARGIN, ty);
    if (any_place)
      {
        /* Every step in view, with a margin, at least a region across. */
        double mw = MAX (MAX (max_x - min_x, (max_y - min_y) * MAP_W / map_h) * 1.3, 3.0 / 360);
        double cx = (min_x + max_x) / 2, cy = (min_y + max_y) / 2;

        g_autofree double *xs = g_new0 (double, n_cards);
        g_autofree double *ys = g_new0 (double, n_cards);
        g_autofree gboolean *shown = g_new0 (gboolean, n_cards);
        g_autoptr(GArray) spots = NULL;

        for (guint i = 0; i < n_cards; i++)
          if ((shown[i] = has_place (cards[i])))
            _sitrep_story_to_view (cx, cy, mw, MAP_W, map_h, cards[i]->latitude, cards[i]->longitude, &xs[i], &ys[i]);
        /* The labels by every marker, one for the steps in one place, clear of the place names. */
        spots = render_marked_window (cr, cx, cy, mw, MAP_W, map_h, xs, ys, shown, n_cards, 5, 0, 10);
        for (guint i = 0; i < n_cards; i++)
          if (shown[i])
            draw_marker (cr, xs[i], ys[i], 5, &accent);
        draw_numbers (cr, spots, 10);
      }
    else
      draw_no_map (cr, MAP_W, map_h, _("None of these incidents has coordinates."));
    draw_frame (cr, MAP_W, map_h);
    cairo_restore (cr);

    for (guint i = 0; i < n_cards && ty < SITREP_STORY_PAGE_HEIGHT - MARGIN - 20; i++)
      {
        g_autofree char *line = g_strdup_printf ("%u.  %s — %s", i + 1, cards[i]->date, cards[i]->place);
        ty += draw_text (cr, list_x, ty, list_w, 28, line, 10, PANGO_WEIGHT_NORMAL, FALSE, &ink,
                         PANGO_ALIGN_LEFT) + 5;
      }
  }
  cairo_restore (cr);
}

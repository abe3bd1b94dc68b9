/* sitrep-basemap-furniture.c — what goes around the base map: Web Mercator,
 * the credit line and the scale bar of an exported view
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-basemap"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sitrep-basemap.h"
#include "sitrep-basemap-private.h"

/* ---------------------------------------------------------------- Mercator */

#define MAX_LAT 85.05112878

double
sitrep_mercator_x (double longitude)
{
  return (longitude + 180.0) / 360.0;
}

double
sitrep_mercator_y (double latitude)
{
  double phi = CLAMP (latitude, -MAX_LAT, MAX_LAT) * G_PI / 180.0;

  return (1.0 - log (tan (phi) + 1.0 / cos (phi)) / G_PI) / 2.0;
}

double
sitrep_mercator_lon (double x)
{
  return x * 360.0 - 180.0;
}

double
sitrep_mercator_lat (double y)
{
  return atan (sinh (G_PI * (1.0 - 2.0 * y))) * 180.0 / G_PI;
}

const char *
sitrep_basemap_get_attribution (void)
{
  return _("Natural Earth · geoBoundaries (CC BY 3.0 IGO) · GeoNames (CC BY 4.0)");
}

/* ---------------------------------------------------------------- furniture */

/* The bar's length: a round number of metres near 120 pixels long. */
static double
scale_bar_length (double  metres_per_pixel,
                  double *px)
{
  static const double steps[] = { 1, 2, 5 };
  double target = 120 * metres_per_pixel;
  double length = 1;

  for (double base = 1; base < 1e8; base *= 10)
    for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
      if (steps[i] * base <= target)
        length = steps[i] * base;
  *px = length / metres_per_pixel;
  return length;
}

double
_sitrep_basemap_scale_bar_width (double metres_per_pixel)
{
  double px;

  scale_bar_length (metres_per_pixel, &px);
  return px + 16;
}

void
_sitrep_basemap_draw_scale_bar (cairo_t *cr,
                                double   metres_per_pixel,
                                double   x,
                                double   y)
{
  double px;
  double length = scale_bar_length (metres_per_pixel, &px);
  g_autofree char *text = NULL;

  text = length >= 1000 ? g_strdup_printf (_("%g km"), length / 1000) : g_strdup_printf (_("%g m"), length);

  cairo_save (cr);
  cairo_set_source_rgba (cr, HALO, 0.85);
  cairo_rectangle (cr, x, y, px + 16, SITREP_BASEMAP_SCALE_BAR_HEIGHT);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, TEXT_DARK);
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, x + 8, y + 16);
  cairo_line_to (cr, x + 8, y + 21);
  cairo_line_to (cr, x + 8 + px, y + 21);
  cairo_line_to (cr, x + 8 + px, y + 16);
  cairo_stroke (cr);
  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 10);
  cairo_move_to (cr, x + 8, y + 13);
  cairo_show_text (cr, text);
  cairo_restore (cr);
}

/* The area of the name boxes (x0, y0, x1, y1 each) inside one box. */
static double
boxes_covered (const double *boxes,
               guint         n_boxes,
               double        x0,
               double        y0,
               double        x1,
               double        y1)
{
  double area = 0;

  for (guint i = 0; i < n_boxes; i++)
    {
      const double *b = boxes + 4 * i;
      double w = MIN (x1, b[2]) - MAX (x0, b[0]);
      double h = MIN (y1, b[3]) - MAX (y0, b[1]);

      if (w > 0 && h > 0)
        area += w * h;
    }
  return area;
}

/* The corner where the scale bar's box covers the least of the map's names —
 * bottom left, top left, top right, bottom right above the credits, the
 * first of them on a tie (always at the bottom left, it half-covered a town
 * there on the handout's maps). Returns the area it covers. */
double
_sitrep_basemap_place_scale_bar (const double *boxes,
                                 guint         n_boxes,
                                 int           width,
                                 int           height,
                                 double        bar_width,
                                 guint         n_credit_lines,
                                 double       *x,
                                 double       *y)
{
  const double m = 8, h = SITREP_BASEMAP_SCALE_BAR_HEIGHT;
  const double spots[][2] = {
    { m, height - h - m },
    { m, m },
    { width - bar_width - m, m },
    { width - bar_width - m, height - n_credit_lines * SITREP_BASEMAP_CREDIT_HEIGHT - h - 4 },
  };
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < G_N_ELEMENTS (spots); i++)
    {
      double covered = boxes_covered (boxes, n_boxes, spots[i][0], spots[i][1], spots[i][0] + bar_width,
                                      spots[i][1] + h);
      if (covered < best)
        {
          best = covered;
          *x = spots[i][0];
          *y = spots[i][1];
        }
    }
  return best;
}

/* The credit lines' texts: the map's, and the events' (@credit, may be
 * NULL) above it. Returns how many (1 or 2). */
static guint
credit_lines (const char *credit,
              char       *lines[2])
{
  lines[0] = g_strdup (sitrep_basemap_get_attribution ());
  lines[1] = NULL;
  if (credit == NULL || *credit == '\0')
    return 1;
  /* cairo stops drawing at invalid UTF-8 (a damaged project's credit) */
  {
    g_autofree char *valid = g_utf8_make_valid (credit, -1);

    /* Translators: on an exported map, the dataset its events come from */
    lines[1] = g_strdup_printf (_("Events: %s"), valid);
  }
  return 2;
}

static void
credit_font (cairo_t *cr)
{
  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 9);
}

/* The box of credit line @i (0 at the bottom) of @advance pixels of text. */
static void
credit_box (int     width,
            int     height,
            guint   i,
            double  advance,
            double *box)
{
  double bottom = height - i * SITREP_BASEMAP_CREDIT_HEIGHT;

  box[0] = width - advance - 12;
  box[1] = bottom - SITREP_BASEMAP_CREDIT_HEIGHT;
  box[2] = width;
  box[3] = bottom;
}

guint
_sitrep_basemap_credit_boxes (int         width,
                              int         height,
                              const char *credit,
                              double      boxes[8])
{
  cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (scratch);
  char *lines[2];
  guint n = credit_lines (credit, lines);

  credit_font (cr);
  for (guint i = 0; i < n; i++)
    {
      cairo_text_extents_t ext;

      cairo_text_extents (cr, lines[i], &ext);
      /* a pixel or two more: the target surface's hinting may differ */
      credit_box (width, height, i, ext.x_advance + 2, boxes + 4 * i);
      g_free (lines[i]);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (scratch);
  return n;
}

/* The map's credit at the bottom right, and the events' above it. */
void
_sitrep_basemap_draw_attribution (cairo_t    *cr,
                                  int         width,
                                  int         height,
                                  const char *credit)
{
  char *lines[2];
  guint n = credit_lines (credit, lines);

  cairo_save (cr);
  credit_font (cr);
  for (guint i = 0; i < n; i++)
    {
      cairo_text_extents_t ext;
      double box[4];

      cairo_text_extents (cr, lines[i], &ext);
      credit_box (width, height, i, ext.x_advance, box);
      cairo_set_source_rgba (cr, HALO, 0.85);
      cairo_rectangle (cr, box[0], box[1], box[2] - box[0], box[3] - box[1]);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, TEXT_DARK);
      cairo_move_to (cr, box[0] + 6, box[3] - 5);
      cairo_show_text (cr, lines[i]);
      g_free (lines[i]);
    }
  cairo_restore (cr);
}

double
_sitrep_basemap_names_hidden (SitrepBasemap *self,
                              double         west,
                              double         south,
                              double         east,
                              double         north,
                              int            width,
                              int            height,
                              const char    *credit)
{
  g_autoptr(GArray) placed = sitrep_basemap_view_label_boxes (self, west, south, east, north, width, height, credit);
  double area = 0, boxes[8];
  guint n = _sitrep_basemap_credit_boxes (width, height, credit, boxes);

  for (guint i = 0; i < placed->len / 4; i++)
    {
      const double *p = &g_array_index (placed, double, 4 * i);
      double x0 = p[0], y0 = p[1], x1 = p[2], y1 = p[3];
      double whole = (x1 - x0) * (y1 - y0);
      double seen = MAX (0, MIN (x1, width) - MAX (x0, 0)) * MAX (0, MIN (y1, height) - MAX (y0, 0));

      /* a name wholly outside the view is not drawn */
      if (seen <= 0)
        continue;
      area += whole - seen;
      for (guint j = 0; j < n; j++)
        {
          const double *b = boxes + 4 * j;
          double w = MIN (x1, b[2]) - MAX (x0, b[0]);
          double h = MIN (y1, b[3]) - MAX (y0, b[1]);

          if (w > 0 && h > 0)
            area += w * h;
        }
    }
  return area;
}

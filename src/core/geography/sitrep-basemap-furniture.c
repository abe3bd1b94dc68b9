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

static void
draw_credit_line (cairo_t    *cr,
                  int         width,
                  int         bottom,
                  const char *credit)
{
  /* cairo stops drawing at invalid UTF-8 (a damaged project's credit) */
  g_autofree char *text = g_utf8_make_valid (credit, -1);
  cairo_text_extents_t ext;

  cairo_text_extents (cr, text, &ext);
  cairo_set_source_rgba (cr, HALO, 0.85);
  cairo_rectangle (cr, width - ext.x_advance - 12, bottom - SITREP_BASEMAP_CREDIT_HEIGHT, ext.x_advance + 12,
                   SITREP_BASEMAP_CREDIT_HEIGHT);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, TEXT_DARK);
  cairo_move_to (cr, width - ext.x_advance - 6, bottom - 5);
  cairo_show_text (cr, text);
}

/* The map's credit at the bottom right, and the events' above it. */
void
_sitrep_basemap_draw_attribution (cairo_t    *cr,
                                  int         width,
                                  int         height,
                                  const char *credit)
{
  cairo_save (cr);
  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 9);
  draw_credit_line (cr, width, height, sitrep_basemap_get_attribution ());
  if (credit != NULL && *credit != '\0')
    {
      /* Translators: on an exported map, the dataset its events come from */
      g_autofree char *text = g_strdup_printf (_("Events: %s"), credit);

      draw_credit_line (cr, width, height - 17, text);
    }
  cairo_restore (cr);
}

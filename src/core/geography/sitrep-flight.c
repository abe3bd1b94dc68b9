/* sitrep-flight.c — a smooth zoom-and-pan path between two map views, and the
 * tiles a map will ask for along it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The path is van Wijk and Nuij's "smooth and efficient zooming and
 * panning" (InfoVis 2003): in a space where a view is its centre u and its
 * width w, the path of least perceived motion is a hyperbolic arc; ρ sets
 * how much it rises. Widths are in units of the whole Mercator world, so
 * zoom z on a map W pixels wide is w = W / (tile_size · 2^z). */

#define G_LOG_DOMAIN "sitrep-flight"

#include "config.h"

#include <math.h>

#include "sitrep-basemap.h"
#include "sitrep-flight.h"
#include "sitrep-geography-private.h"

/* How far the path rises: √2, near the 1.42 the paper's viewers preferred. */
#define RHO G_SQRT2
#define MIN_DURATION_MS 700
#define MAX_DURATION_MS 2200
#define MS_PER_UNIT 650.0
/* Samples along the path when collecting tiles: more than the frames a
 * flight lasts at 60 Hz, so no frame's view falls between two. */
#define N_SAMPLES 240

struct _SitrepFlight
{
  double ux0, uy0, w0;
  double ux1, uy1, w1;
  double width, height;
  guint  tile_size;

  /* the path */
  double d;           /* distance between the centres, world units */
  double r0;
  double S;           /* path length */
};

static double
clamp_latitude (double latitude)
{
  return CLAMP (latitude, -85.0, 85.0);
}

SitrepFlight *
sitrep_flight_new (double from_latitude,
                   double from_longitude,
                   double from_zoom,
                   double to_latitude,
                   double to_longitude,
                   double to_zoom,
                   double width,
                   double height,
                   guint  tile_size)
{
  SitrepFlight *self = g_new0 (SitrepFlight, 1);
  double dx, dy;

  self->width = MAX (width, 1);
  self->height = MAX (height, 1);
  self->tile_size = MAX (tile_size, 1);
  self->ux0 = sitrep_mercator_x (from_longitude);
  self->uy0 = sitrep_mercator_y (clamp_latitude (from_latitude));
  self->ux1 = sitrep_mercator_x (to_longitude);
  self->uy1 = sitrep_mercator_y (clamp_latitude (to_latitude));
  self->w0 = self->width / (self->tile_size * exp2 (from_zoom));
  self->w1 = self->width / (self->tile_size * exp2 (to_zoom));

  dx = self->ux1 - self->ux0;
  dy = self->uy1 - self->uy0;
  self->d = sqrt (dx * dx + dy * dy);

  if (self->d < 1e-12)
    {
      /* Only a zoom: w changes exponentially in s. */
      self->S = fabs (log (self->w1 / self->w0)) / RHO;
    }
  else
    {
      double rho2 = RHO * RHO, rho4 = rho2 * rho2;
      double b0 = (self->w1 * self->w1 - self->w0 * self->w0 + rho4 * self->d * self->d) /
                  (2 * self->w0 * rho2 * self->d);
      double b1 = (self->w1 * self->w1 - self->w0 * self->w0 - rho4 * self->d * self->d) /
                  (2 * self->w1 * rho2 * self->d);
      double r1;

      self->r0 = log (sqrt (b0 * b0 + 1) - b0);
      r1 = log (sqrt (b1 * b1 + 1) - b1);
      self->S = (r1 - self->r0) / RHO;
    }

  return self;
}

void
sitrep_flight_free (SitrepFlight *self)
{
  g_free (self);
}

guint
sitrep_flight_get_duration (const SitrepFlight *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return (guint) CLAMP (self->S * MS_PER_UNIT, MIN_DURATION_MS, MAX_DURATION_MS);
}

/* The view at @s along the path (0 … S): centre in world units and width. */
static void
view_at_s (const SitrepFlight *self,
           double              s,
           double             *ux,
           double             *uy,
           double             *w)
{
  if (self->d < 1e-12)
    {
      double k = self->S > 0 ? s / self->S : 1;

      *ux = self->ux0 + (self->ux1 - self->ux0) * k;
      *uy = self->uy0 + (self->uy1 - self->uy0) * k;
      *w = self->w0 * pow (self->w1 / self->w0, k);
      return;
    }
  else
    {
      double cosh_r0 = cosh (self->r0);
      double u = self->w0 / (RHO * RHO * self->d) * (cosh_r0 * tanh (RHO * s + self->r0) - sinh (self->r0));

      *ux = self->ux0 + (self->ux1 - self->ux0) * u;
      *uy = self->uy0 + (self->uy1 - self->uy0) * u;
      *w = self->w0 * cosh_r0 / cosh (RHO * s + self->r0);
    }
}

static double
ease_in_out_cubic (double t)
{
  return t < 0.5 ? 4 * t * t * t : 1 - pow (-2 * t + 2, 3) / 2;
}

static void
view_at (const SitrepFlight *self,
         double              progress,
         double             *ux,
         double             *uy,
         double             *zoom)
{
  double w;

  progress = CLAMP (progress, 0.0, 1.0);
  /* The ends are exact, whatever rounding the arc does. */
  if (progress >= 1.0)
    {
      *ux = self->ux1;
      *uy = self->uy1;
      w = self->w1;
    }
  else if (progress <= 0.0)
    {
      *ux = self->ux0;
      *uy = self->uy0;
      w = self->w0;
    }
  else
    view_at_s (self, ease_in_out_cubic (progress) * self->S, ux, uy, &w);

  *zoom = log2 (self->width / (self->tile_size * w));
}

void
sitrep_flight_get_view (const SitrepFlight *self,
                        double              progress,
                        double             *latitude,
                        double             *longitude,
                        double             *zoom)
{
  double ux, uy, z;

  g_return_if_fail (self != NULL);

  view_at (self, progress, &ux, &uy, &z);
  if (latitude != NULL)
    *latitude = sitrep_mercator_lat (uy);
  if (longitude != NULL)
    *longitude = sitrep_mercator_lon (ux);
  if (zoom != NULL)
    *zoom = z;
}

double
sitrep_flight_get_min_zoom (const SitrepFlight *self)
{
  double lowest = G_MAXDOUBLE;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i <= N_SAMPLES; i++)
    {
      double ux, uy, z;

      view_at (self, (double) i / N_SAMPLES, &ux, &uy, &z);
      lowest = MIN (lowest, z);
    }

  return lowest;
}

gint64
sitrep_tile_id_key (guint zoom,
                    guint x,
                    guint y)
{
  /* Zoom levels up to 31 and x, y below 2^29 (zoom 29) fit. */
  return ((gint64) (zoom & 0x1f) << 58) | ((gint64) (x & 0x1fffffff) << 29) | (y & 0x1fffffff);
}

static void
collect_view (double      ux,
              double      uy,
              double      zoom,
              double      width,
              double      height,
              guint       tile_size,
              guint       min_zoom,
              guint       max_zoom,
              GHashTable *seen,
              GArray     *tiles)
{
  int level = (int) floor (zoom + 1e-9);
  gint64 n, column0, column1, row0, row1;
  double cx, cy;

  level = CLAMP (level, (int) min_zoom, (int) max_zoom);
  n = (gint64) 1 << level;
  /* A map layer lays out its tiles at the whole level below the view's
   * zoom and asks for half the widget's size in that level's pixels either
   * side of the centre (more than it shows, between levels), plus a tile. */
  cx = ux * n * tile_size;
  cy = uy * n * tile_size;
  column0 = (gint64) floor ((cx - width / 2) / tile_size) - 1;
  column1 = (gint64) ceil ((cx + width / 2) / tile_size) + 1;
  row0 = MAX ((gint64) floor ((cy - height / 2) / tile_size) - 1, 0);
  row1 = MIN ((gint64) ceil ((cy + height / 2) / tile_size) + 1, n);

  for (gint64 row = row0; row < row1; row++)
    for (gint64 column = column0; column < column1; column++)
      {
        SitrepTileId id = { (guint) level, (guint) (((column % n) + n) % n), (guint) row };
        gint64 key = sitrep_tile_id_key (id.zoom, id.x, id.y);

        if (seen != NULL)
          {
            if (g_hash_table_contains (seen, &key))
              continue;
            g_hash_table_add (seen, g_memdup2 (&key, sizeof key));
          }
        if (tiles != NULL)
          g_array_append_val (tiles, id);
      }
}

void
sitrep_view_collect_tiles (double      latitude,
                           double      longitude,
                           double      zoom,
                           double      width,
                           double      height,
                           guint       tile_size,
                           guint       min_zoom,
                           guint       max_zoom,
                           GHashTable *seen,
                           GArray     *tiles)
{
  g_return_if_fail (tile_size > 0);

  collect_view (sitrep_mercator_x (longitude), sitrep_mercator_y (clamp_latitude (latitude)), zoom,
                width, height, tile_size, min_zoom, max_zoom, seen, tiles);
}

GArray *
sitrep_flight_get_tiles (const SitrepFlight *self,
                         guint               min_zoom,
                         guint               max_zoom)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GArray *tiles = g_array_new (FALSE, FALSE, sizeof (SitrepTileId));

  g_return_val_if_fail (self != NULL, tiles);

  for (guint i = 0; i <= N_SAMPLES; i++)
    {
      double ux, uy, z;

      view_at (self, (double) i / N_SAMPLES, &ux, &uy, &z);
      collect_view (ux, uy, z, self->width, self->height, self->tile_size, min_zoom, max_zoom, seen, tiles);
    }

  return tiles;
}

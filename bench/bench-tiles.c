/* bench-tiles.c — rendering base-map tiles over Syria
 *
 * Renders every zoom-8 tile that covers Syria (and, for comparison, zooms
 * 6 and 10 around Damascus) several times on one thread, and prints the
 * median time per tile, one `name value unit` line per figure. Target: a
 * zoom-8 tile in under 20 ms. The first render of a zoom, which places the
 * labels for the whole world, is timed apart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sitrep-bench"

#include "config.h"

#include <math.h>
#include <stdio.h>

#include "sitrep-basemap.h"

#define RUNS 5

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_double);
  return g_array_index (values, double, values->len / 2);
}

static void
bench_zoom (SitrepBasemap *map,
            guint          zoom,
            double         west,
            double         south,
            double         east,
            double         north,
            const char    *name)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  guint n = 1u << zoom;
  guint x0 = (guint) (sitrep_mercator_x (west) * n), x1 = (guint) (sitrep_mercator_x (east) * n);
  guint y0 = (guint) (sitrep_mercator_y (north) * n), y1 = (guint) (sitrep_mercator_y (south) * n);
  double max = 0;

  for (guint run = 0; run < RUNS; run++)
    for (guint x = x0; x <= x1; x++)
      for (guint y = y0; y <= y1; y++)
        {
          gint64 start = g_get_monotonic_time ();
          cairo_surface_t *tile = sitrep_basemap_render_tile_surface (map, zoom, x, y, 256);
          double ms = (g_get_monotonic_time () - start) / 1000.0;

          cairo_surface_destroy (tile);
          g_array_append_val (times, ms);
          max = MAX (max, ms);
        }
  fprintf (stderr, "%s: %u tiles × %d runs, max %.2f ms\n", name, (x1 - x0 + 1) * (y1 - y0 + 1),
           RUNS, max);
  printf ("%s %.2f ms\n", name, median (times));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepBasemap) map = NULL;
  gint64 start = g_get_monotonic_time ();
  cairo_surface_t *first;

  map = sitrep_basemap_new (&error);
  if (map == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  printf ("basemap_load_ms %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);

  start = g_get_monotonic_time ();
  first = sitrep_basemap_render_tile_surface (map, 8, 153, 102, 256);
  cairo_surface_destroy (first);
  printf ("basemap_first_tile_z8_ms %.2f ms\n", (g_get_monotonic_time () - start) / 1000.0);

  /* Syria: 35.7–42.4 E, 32.3–37.4 N. */
  bench_zoom (map, 8, 35.7, 32.3, 42.4, 37.4, "basemap_tile_z8_ms");
  bench_zoom (map, 6, 35.7, 32.3, 42.4, 37.4, "basemap_tile_z6_ms");
  bench_zoom (map, 10, 36.0, 33.3, 36.6, 33.7, "basemap_tile_z10_ms");
  bench_zoom (map, 3, -180, -80, 180, 80, "basemap_tile_z3_ms");
  return 0;
}

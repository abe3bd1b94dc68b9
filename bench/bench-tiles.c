/* bench-tiles.c — rendering base-map tiles over Syria
 *
 * Renders every zoom-8 tile that covers Syria (and, for comparison, zooms
 * 6 and 10 around Damascus) several times on one thread, and prints the
 * median time per tile, one `name value unit` line per figure. Target: a
 * zoom-8 tile in under 20 ms. The first render of a zoom, which places the
 * labels for the whole world, is timed apart.
 *
 * Then decoding a tile fetched from a tile server (a zoom-8 tile drawn here
 * and written as PNG): the core's decoder (sitrep_tile_image_decode: the
 * image into premultiplied ARGB32, what the map uploads as it is) against
 * a reference in the same run, gdk-pixbuf's decoding alone (what the map
 * source did in a thread of its own before, leaving GTK to convert the
 * straight-alpha pixels when the texture is first drawn).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sitrep-bench"

#include "config.h"

#include <math.h>
#include <stdio.h>

#include <gdk-pixbuf/gdk-pixbuf.h>

#include "sitrep-basemap.h"
#include "sitrep-tile-server.h"

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

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
bench_decode (SitrepBasemap *map)
{
  g_autoptr(GArray) core = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) reference = g_array_new (FALSE, FALSE, sizeof (double));
  cairo_surface_t *tile = sitrep_basemap_render_tile_surface (map, 8, 153, 102, 256);
  GByteArray *out = g_byte_array_new ();
  g_autoptr(GBytes) png = NULL;

  cairo_surface_write_to_png_stream (tile, append_bytes, out);
  cairo_surface_destroy (tile);
  png = g_byte_array_free_to_bytes (out);

  /* Alternating, so both see the same load. */
  for (guint run = 0; run < 40; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new ();
      cairo_surface_t *surface;
      double ms;

      if (!gdk_pixbuf_loader_write_bytes (loader, png, NULL) || !gdk_pixbuf_loader_close (loader, NULL))
        g_error ("gdk-pixbuf could not read the tile");
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (reference, ms);

      start = g_get_monotonic_time ();
      surface = sitrep_tile_image_decode (png, 1024, NULL);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_assert (surface != NULL);
      cairo_surface_destroy (surface);
      g_array_append_val (core, ms);
    }
  fprintf (stderr, "decode: a %" G_GSIZE_FORMAT "-byte PNG tile, 40 runs each\n", g_bytes_get_size (png));
  printf ("tile_decode_pixbuf_reference_ms %.3f ms\n", median (reference));
  printf ("tile_decode_core_ms %.3f ms\n", median (core));
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
  bench_decode (map);
  return 0;
}

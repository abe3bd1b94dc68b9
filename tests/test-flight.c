/* test-flight.c — flight paths between map views and the tiles along them
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include "sitrep-flight.h"
#include "sitrep-geography-private.h"

/* Aleppo, Deir ez-Zor, Daraa. */
#define ALEPPO_LAT 36.2021
#define ALEPPO_LON 37.1343
#define DEIR_LAT 35.3359
#define DEIR_LON 40.1408
#define DARAA_LAT 32.6189
#define DARAA_LON 36.1021

static void
test_ends (void)
{
  g_autoptr(SitrepFlight) flight = sitrep_flight_new (ALEPPO_LAT, ALEPPO_LON, 9, DARAA_LAT, DARAA_LON, 10,
                                                      1600, 1000, 256);
  double lat, lon, zoom;

  sitrep_flight_get_view (flight, 0, &lat, &lon, &zoom);
  g_assert_cmpfloat_with_epsilon (lat, ALEPPO_LAT, 1e-9);
  g_assert_cmpfloat_with_epsilon (lon, ALEPPO_LON, 1e-9);
  g_assert_cmpfloat_with_epsilon (zoom, 9, 1e-9);

  sitrep_flight_get_view (flight, 1, &lat, &lon, &zoom);
  g_assert_cmpfloat_with_epsilon (lat, DARAA_LAT, 1e-9);
  g_assert_cmpfloat_with_epsilon (lon, DARAA_LON, 1e-9);
  g_assert_cmpfloat_with_epsilon (zoom, 10, 1e-9);

  /* Out of range progress is clamped. */
  sitrep_flight_get_view (flight, 1.5, &lat, NULL, NULL);
  g_assert_cmpfloat_with_epsilon (lat, DARAA_LAT, 1e-9);
}

/* Far apart, the flight rises to show both; the way is continuous. */
static void
test_rises (void)
{
  g_autoptr(SitrepFlight) flight = sitrep_flight_new (ALEPPO_LAT, ALEPPO_LON, 9, DARAA_LAT, DARAA_LON, 9,
                                                      1600, 1000, 256);
  g_autoptr(SitrepFlight) near = sitrep_flight_new (ALEPPO_LAT, ALEPPO_LON, 9, ALEPPO_LAT + 0.01,
                                                    ALEPPO_LON + 0.01, 9, 1600, 1000, 256);
  double last_lat = ALEPPO_LAT, last_lon = ALEPPO_LON, last_zoom = 9;
  double lowest = sitrep_flight_get_min_zoom (flight);

  /* Aleppo to Daraa is ~400 km, a screen's width at zoom 9: it rises a
   * little, not to the whole country. */
  g_assert_cmpfloat (lowest, <, 8.9);
  g_assert_cmpfloat (lowest, >, 6);
  /* A step of a kilometre barely rises. */
  g_assert_cmpfloat (sitrep_flight_get_min_zoom (near), >, 8.9);
  g_assert_cmpuint (sitrep_flight_get_duration (near), <, sitrep_flight_get_duration (flight));
  g_assert_cmpuint (sitrep_flight_get_duration (flight), >=, 700);
  g_assert_cmpuint (sitrep_flight_get_duration (flight), <=, 2200);

  for (guint i = 1; i <= 100; i++)
    {
      double lat, lon, zoom;

      sitrep_flight_get_view (flight, i / 100.0, &lat, &lon, &zoom);
      g_assert_cmpfloat (fabs (lat - last_lat), <, 0.5);
      g_assert_cmpfloat (fabs (lon - last_lon), <, 0.5);
      g_assert_cmpfloat (fabs (zoom - last_zoom), <, 0.3);
      /* Along the straight line between the two (on the Mercator plane). */
      g_assert_cmpfloat (lat, >=, DARAA_LAT - 1e-6);
      g_assert_cmpfloat (lat, <=, ALEPPO_LAT + 1e-6);
      last_lat = lat;
      last_lon = lon;
      last_zoom = zoom;
    }
}

/* Same place, only a zoom: no sideways motion, zoom monotone. */
static void
test_zoom_only (void)
{
  g_autoptr(SitrepFlight) flight = sitrep_flight_new (DEIR_LAT, DEIR_LON, 6, DEIR_LAT, DEIR_LON, 10,
                                                      1600, 1000, 256);
  double last = 6;

  for (guint i = 1; i <= 50; i++)
    {
      double lat, lon, zoom;

      sitrep_flight_get_view (flight, i / 50.0, &lat, &lon, &zoom);
      g_assert_cmpfloat_with_epsilon (lat, DEIR_LAT, 1e-9);
      g_assert_cmpfloat_with_epsilon (lon, DEIR_LON, 1e-9);
      g_assert_cmpfloat (zoom, >=, last - 1e-9);
      last = zoom;
    }
  g_assert_cmpfloat_with_epsilon (last, 10, 1e-9);

  /* Staying put is a flight too, of the shortest length. */
  {
    g_autoptr(SitrepFlight) still = sitrep_flight_new (DEIR_LAT, DEIR_LON, 8, DEIR_LAT, DEIR_LON, 8,
                                                       800, 600, 256);
    double zoom;

    sitrep_flight_get_view (still, 0.5, NULL, NULL, &zoom);
    g_assert_cmpfloat_with_epsilon (zoom, 8, 1e-9);
    g_assert_cmpuint (sitrep_flight_get_duration (still), ==, 700);
  }
}

static gboolean
contains (GArray             *tiles,
          const SitrepTileId *id)
{
  for (guint i = 0; i < tiles->len; i++)
    {
      const SitrepTileId *t = &g_array_index (tiles, SitrepTileId, i);

      if (t->zoom == id->zoom && t->x == id->x && t->y == id->y)
        return TRUE;
    }
  return FALSE;
}

/* The flight's tiles cover every view along it, whatever the frame, and
 * list each tile once. */
static void
test_tiles (void)
{
  g_autoptr(SitrepFlight) flight = sitrep_flight_new (ALEPPO_LAT, ALEPPO_LON, 10, DARAA_LAT, DARAA_LON, 9.5,
                                                      1600, 1000, 256);
  g_autoptr(GArray) tiles = sitrep_flight_get_tiles (flight, 2, 14);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  g_assert_cmpuint (tiles->len, >, 40);
  /* A flight is not the whole map: hundreds of tiles, not thousands. */
  g_assert_cmpuint (tiles->len, <, 1500);
  for (guint i = 0; i < tiles->len; i++)
    {
      const SitrepTileId *t = &g_array_index (tiles, SitrepTileId, i);
      gint64 key = sitrep_tile_id_key (t->zoom, t->x, t->y);

      g_assert_false (g_hash_table_contains (seen, &key));
      g_hash_table_add (seen, g_memdup2 (&key, sizeof key));
      g_assert_cmpuint (t->zoom, >=, 2);
      g_assert_cmpuint (t->zoom, <=, 10);
      g_assert_cmpuint (t->x, <, 1u << t->zoom);
      g_assert_cmpuint (t->y, <, 1u << t->zoom);
    }

  /* Frames fall anywhere in time: their tiles are all there. */
  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(GArray) view = g_array_new (FALSE, FALSE, sizeof (SitrepTileId));
      double lat, lon, zoom;

      sitrep_flight_get_view (flight, g_rand_double (rand), &lat, &lon, &zoom);
      /* What the map shows, without the margin: a view a tile smaller all
       * round has the visible window's tiles with its one-tile margin. */
      sitrep_view_collect_tiles (lat, lon, zoom, 1600 - 512, 1000 - 512, 256, 2, 14, NULL, view);
      for (guint j = 0; j < view->len; j++)
        {
          const SitrepTileId *t = &g_array_index (view, SitrepTileId, j);

          g_assert_true (contains (tiles, t));
        }
    }

  /* The last view's tiles are among them: the map lands on drawn tiles. */
  {
    g_autoptr(GArray) last = g_array_new (FALSE, FALSE, sizeof (SitrepTileId));

    sitrep_view_collect_tiles (DARAA_LAT, DARAA_LON, 9.5, 1600, 1000, 256, 2, 14, NULL, last);
    g_assert_cmpuint (last->len, >, 20);
    for (guint j = 0; j < last->len; j++)
      g_assert_true (contains (tiles, &g_array_index (last, SitrepTileId, j)));
  }
}

/* Zoom levels outside the source's range are clamped; wrapping columns stay
 * in range at the antimeridian. */
static void
test_tiles_edges (void)
{
  g_autoptr(GArray) tiles = g_array_new (FALSE, FALSE, sizeof (SitrepTileId));

  sitrep_view_collect_tiles (0, 179.9, 1.2, 1600, 1000, 256, 2, 14, NULL, tiles);
  g_assert_cmpuint (tiles->len, >, 0);
  for (guint i = 0; i < tiles->len; i++)
    {
      const SitrepTileId *t = &g_array_index (tiles, SitrepTileId, i);

      g_assert_cmpuint (t->zoom, ==, 2);
      g_assert_cmpuint (t->x, <, 4);
      g_assert_cmpuint (t->y, <, 4);
    }

  g_array_set_size (tiles, 0);
  sitrep_view_collect_tiles (36, 38, 18.7, 1600, 1000, 256, 2, 14, NULL, tiles);
  g_assert_cmpuint (tiles->len, >, 0);
  g_assert_cmpuint (g_array_index (tiles, SitrepTileId, 0).zoom, ==, 14);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/flight/ends", test_ends);
  g_test_add_func ("/flight/rises", test_rises);
  g_test_add_func ("/flight/zoom-only", test_zoom_only);
  g_test_add_func ("/flight/tiles", test_tiles);
  g_test_add_func ("/flight/tiles-edges", test_tiles_edges);

  return g_test_run ();
}

/* test-basemap.c — Mercator maths, tile rendering and map exports
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sitrep-basemap.h"
#include "sitrep-basemap-private.h"

static void
test_mercator (void)
{
  g_assert_cmpfloat_with_epsilon (sitrep_mercator_x (-180), 0, 1e-12);
  g_assert_cmpfloat_with_epsilon (sitrep_mercator_x (180), 1, 1e-12);
  g_assert_cmpfloat_with_epsilon (sitrep_mercator_y (0), 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (sitrep_mercator_y (85.05112878), 0, 1e-6);
  /* Damascus is in tile 8/153/102 of the standard scheme. */
  g_assert_cmpint ((int) (sitrep_mercator_x (36.2913) * 256), ==, 153);
  g_assert_cmpint ((int) (sitrep_mercator_y (33.5102) * 256), ==, 102);
  for (double lat = -80; lat <= 80; lat += 7.3)
    g_assert_cmpfloat_with_epsilon (sitrep_mercator_lat (sitrep_mercator_y (lat)), lat, 1e-9);
  for (double lon = -180; lon <= 180; lon += 11.1)
    g_assert_cmpfloat_with_epsilon (sitrep_mercator_lon (sitrep_mercator_x (lon)), lon, 1e-9);
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(const guint32 *) (data + y * stride + 4 * x) & 0xffffff;
}

static guint
count_colours (cairo_surface_t *surface)
{
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      g_hash_table_add (colours, GUINT_TO_POINTER (pixel_at (surface, x, y)));
  return g_hash_table_size (colours);
}

/* The pixel of tile (@zoom) that holds @lat, @lon, with its tile. */
static cairo_surface_t *
render_at (SitrepBasemap *map,
           guint          zoom,
           double         lat,
           double         lon,
           int           *px,
           int           *py)
{
  double n = 1 << zoom;
  double wx = sitrep_mercator_x (lon) * n, wy = sitrep_mercator_y (lat) * n;
  guint tx = (guint) wx, ty = (guint) wy;

  *px = (int) ((wx - tx) * 256);
  *py = (int) ((wy - ty) * 256);
  return sitrep_basemap_render_tile_surface (map, zoom, tx, ty, 256);
}

static void
save_for_review (cairo_surface_t *surface,
                 const char      *name)
{
  const char *dir = g_getenv ("SITREP_TILE_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  path = g_build_filename (dir, name, NULL);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
}

static void
test_tiles (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepBasemap) map = sitrep_basemap_new (&error);
  static const guint zooms[] = { 3, 6, 8, 10 };
  guint32 sea;

  g_assert_no_error (error);
  g_assert_null (sitrep_basemap_get_problems (map));

  /* 34.0N 34.8E is in the Mediterranean, off Lebanon. */
  {
    int x, y;
    cairo_surface_t *tile = render_at (map, 8, 34.0, 34.8, &x, &y);
    sea = pixel_at (tile, x, y);
    g_assert_cmpuint ((sea & 0xff), >, (sea >> 16) & 0xff); /* blue over red */
    cairo_surface_destroy (tile);
  }

  for (guint i = 0; i < G_N_ELEMENTS (zooms); i++)
    {
      int x, y;
      cairo_surface_t *tile = render_at (map, zooms[i], 33.5102, 36.2913, &x, &y);
      g_autofree char *name = g_strdup_printf ("tile-z%u-damascus.png", zooms[i]);
      guint32 land;

      /* Damascus is on land, whatever the zoom (a few pixels off, for its label dot). */
      land = pixel_at (tile, MIN (x + 12, 255), MIN (y + 12, 255));
      g_assert_cmpuint (land, !=, sea);
      g_assert_cmpuint (count_colours (tile), >, 20);
      save_for_review (tile, name);
      cairo_surface_destroy (tile);
    }

  /* Out of the world: plain sea, no crash. */
  {
    cairo_surface_t *tile = sitrep_basemap_render_tile_surface (map, 2, 9, 9, 256);
    g_assert_cmpuint (count_colours (tile), ==, 1);
    cairo_surface_destroy (tile);
  }

  g_assert_finalize_object (g_steal_pointer (&map));
}

typedef struct
{
  SitrepBasemap *map;
  guint          zoom;
  guint          x;
  guint          y;
} ThreadJob;

static gpointer
render_in_thread (gpointer data)
{
  ThreadJob *job = data;
  guint n = 0;

  for (guint i = 0; i < 4; i++)
    {
      cairo_surface_t *tile = sitrep_basemap_render_tile_surface (job->map, job->zoom + i,
                                                                  job->x << i, job->y << i, 256);
      n += count_colours (tile) > 1;
      cairo_surface_destroy (tile);
    }
  return GUINT_TO_POINTER (n);
}

/* Tiles render in worker threads at once. */
static void
test_threads (void)
{
  SitrepBasemap *map = sitrep_basemap_get_default ();
  ThreadJob jobs[4] = {
    { map, 5, 19, 12 }, { map, 5, 19, 13 }, { map, 6, 38, 25 }, { map, 4, 9, 6 },
  };
  GThread *threads[4];

  for (guint i = 0; i < 4; i++)
    threads[i] = g_thread_new ("tile", render_in_thread, &jobs[i]);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), ==, 4);
}

static void
test_export (void)
{
  SitrepBasemap *map = sitrep_basemap_get_default ();
  g_autofree char *dir = g_dir_make_tmp ("sitrep-map-XXXXXX", NULL);
  static const char * const names[] = { "syria.png", "syria.svg", "syria.PDF" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *contents = NULL;
      gsize len = 0;

      g_assert_true (sitrep_basemap_export_view (map, 35.5, 32.2, 42.5, 37.5, 900, 700, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
      g_assert_cmpuint (len, >, 1000);
      if (i == 0)
        g_assert_true (memcmp (contents, "\x89PNG", 4) == 0);
      else if (i == 1)
        g_assert_nonnull (strstr (contents, "<svg"));
      else
        g_assert_true (memcmp (contents, "%PDF", 4) == 0);
      if (i == 0 && g_getenv ("SITREP_TILE_DIR") != NULL)
        {
          g_autofree char *copy = g_build_filename (g_getenv ("SITREP_TILE_DIR"), names[i], NULL);
          g_file_set_contents (copy, contents, len, NULL);
        }
      g_unlink (path);
    }

  /* Bad requests leave nothing behind. */
  {
    g_autofree char *path = g_build_filename (dir, "map.jpg", NULL);
    g_autofree char *nodir = g_build_filename (dir, "missing", "map.png", NULL);

    g_assert_false (sitrep_basemap_export_view (map, 35, 32, 42, 37, 900, 700, path, &error));
    g_assert_error (error, SITREP_BASEMAP_ERROR, SITREP_BASEMAP_ERROR_ARGUMENT);
    g_clear_error (&error);
    g_assert_false (sitrep_basemap_export_view (map, 42, 32, 35, 37, 900, 700, path, &error));
    g_assert_error (error, SITREP_BASEMAP_ERROR, SITREP_BASEMAP_ERROR_ARGUMENT);
    g_clear_error (&error);
    g_assert_false (sitrep_basemap_export_view (map, 35, 32, 42, 37, 0, 700, path, &error));
    g_assert_error (error, SITREP_BASEMAP_ERROR, SITREP_BASEMAP_ERROR_ARGUMENT);
    g_clear_error (&error);
    g_assert_false (sitrep_basemap_export_view (map, 35, 32, 42, 37, 100, 100, nodir, &error));
    g_assert_error (error, SITREP_BASEMAP_ERROR, SITREP_BASEMAP_ERROR_WRITE);
    g_clear_error (&error);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/basemap/mercator", test_mercator);
  g_test_add_func ("/sitrep/basemap/tiles", test_tiles);
  g_test_add_func ("/sitrep/basemap/threads", test_threads);
  g_test_add_func ("/sitrep/basemap/export", test_export);

  return g_test_run ();
}

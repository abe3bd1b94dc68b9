/* test-basemap.c — Mercator maths, tile rendering and map exports
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sitrep-basemap.h"
#include "sitrep-basemap-private.h"
#include "sitrep-tile-server.h"

#include <gdk-pixbuf/gdk-pixbuf.h>

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


/* The scale bar's box sits in a corner clear of the map's names: at the
 * bottom left always, it half-covered the town there on the handout's maps
 * (Irbid under "100 km" on a map of Syria). */
static void
test_scale_bar_clear (void)
{
  SitrepBasemap *map = sitrep_basemap_get_default ();
  /* the handout's map of Syria (470 × 412), the CLI's export of it */
  static const double views[][6] = {
    { 35.3, 32.2, 42.6, 37.4, 470, 412 },
    { 35.5, 32.2, 42.5, 37.5, 900, 700 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    g_assert_cmpfloat (_sitrep_basemap_scale_bar_covers (map, views[i][0], views[i][1], views[i][2], views[i][3],
                                                         (int) views[i][4], (int) views[i][5]), ==, 0);
}

/* An exported view's names show whole: none under the credit lines (the
 * handout's credit covered "Dar'a" and "As Sa…" at the bottom of a step's
 * map) and none cut by the view's edge ("Şanlıurfa" at the top of the
 * title page's map): such a name goes to the left of its dot, or is left
 * out. */
static void
test_names_clear_of_credit (void)
{
  SitrepBasemap *map = sitrep_basemap_get_default ();
  /* the handout's title map of Syria (470 × 412), steps' maps (470 × 412)
   * around Daraa, Hasakah, Damascus and Deir ez-Zor, the CLI's export */
  static const double views[][6] = {
    { 35.3, 32.2, 42.6, 37.4, 470, 412 },
    { 35.6, 32.3, 36.6, 33.1, 470, 412 },
    { 35.9, 32.4, 36.4, 32.8, 470, 412 },
    { 40.2, 36.1, 41.3, 37.0, 470, 412 },
    { 35.9, 33.2, 36.7, 33.8, 470, 412 },
    { 39.6, 34.9, 40.6, 35.7, 470, 412 },
    { 35.5, 32.2, 42.5, 37.5, 900, 700 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_assert_cmpfloat (_sitrep_basemap_names_hidden (map, views[i][0], views[i][1], views[i][2], views[i][3],
                                                       (int) views[i][4], (int) views[i][5], NULL), ==, 0);
      g_assert_cmpfloat (_sitrep_basemap_names_hidden (map, views[i][0], views[i][1], views[i][2], views[i][3],
                                                       (int) views[i][4], (int) views[i][5],
                                                       "UCDP GED (Sundberg & Melander 2013)"), ==, 0);
    }
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A PNG of @width × @height: the left half opaque #336699, the right half
 * red at half opacity. */
static GBytes *
tile_png (int width,
          int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  GByteArray *out = g_byte_array_new ();

  cairo_set_source_rgb (cr, 0x33 / 255.0, 0x66 / 255.0, 0x99 / 255.0);
  cairo_rectangle (cr, 0, 0, width / 2, height);
  cairo_fill (cr);
  cairo_set_source_rgba (cr, 1, 0, 0, 128 / 255.0);
  cairo_rectangle (cr, width / 2, 0, width - width / 2, height);
  cairo_fill (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_bytes, out), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (out);
}

static guint32
argb_at (cairo_surface_t *surface,
         int              x,
         int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);

  return *(const guint32 *) (gconstpointer) (data + y * cairo_image_surface_get_stride (surface) + 4 * x);
}

typedef struct
{
  gboolean         done;
  cairo_surface_t *surface;
  GError          *error;
} DecodeResult;

static void
on_decoded (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  DecodeResult *r = data;

  g_assert_null (source);
  r->surface = sitrep_tile_image_decode_finish (result, &r->error);
  r->done = TRUE;
}

static void
decode_async (GBytes       *bytes,
              GCancellable *cancellable,
              DecodeResult *r)
{
  sitrep_tile_image_decode_async (bytes, 1024, cancellable, on_decoded, r);
  while (!r->done)
    g_main_context_iteration (NULL, TRUE);
}

/* Tiles from a tile server: decoded into premultiplied ARGB32 surfaces on a
 * worker, anything else refused. */
static void
test_tile_image (void)
{
  g_autoptr(GBytes) png = tile_png (256, 256);
  g_autoptr(GBytes) wide = tile_png (2048, 4);
  g_autoptr(GBytes) garbage = g_bytes_new_static ("\x89PNG\r\n\x1a\nnot really", 18);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 64, 64);
  g_autoptr(GError) error = NULL;
  g_autofree char *jpeg = NULL;
  gsize jpeg_len = 0;
  cairo_surface_t *surface;
  DecodeResult r = { 0 };

  surface = sitrep_tile_image_decode (png, 1024, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cairo_image_surface_get_format (surface), ==, CAIRO_FORMAT_ARGB32);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 256);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 256);
  g_assert_cmphex (argb_at (surface, 10, 10), ==, 0xff336699);
  /* straight alpha in the PNG, premultiplied in the surface */
  g_assert_cmphex (argb_at (surface, 200, 100), ==, 0x80800000);
  cairo_surface_destroy (surface);

  /* JPEG too (what gdk-pixbuf reads) */
  gdk_pixbuf_fill (pixbuf, 0x336699ff);
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &jpeg, &jpeg_len, "jpeg", &error, NULL));
  {
    g_autoptr(GBytes) bytes = g_bytes_new (jpeg, jpeg_len);
    guint32 p;

    surface = sitrep_tile_image_decode (bytes, 1024, &error);
    g_assert_no_error (error);
    p = argb_at (surface, 32, 32);
    g_assert_cmphex (p >> 24, ==, 0xff);
    g_assert_cmpint (ABS ((int) ((p >> 16) & 0xff) - 0x33), <=, 3);
    g_assert_cmpint (ABS ((int) (p & 0xff) - 0x99), <=, 3);
    cairo_surface_destroy (surface);
  }

  /* Over the size either way, or not an image: refused. */
  g_assert_null (sitrep_tile_image_decode (wide, 1024, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_null (sitrep_tile_image_decode (png, 255, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_null (sitrep_tile_image_decode (garbage, 1024, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  /* Empty (a write stopped before its first byte): refused, not handed
   * to gdk-pixbuf, which asserts on it (found by fuzz-tile-image). */
  {
    g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);

    g_assert_null (sitrep_tile_image_decode (empty, 1024, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    g_clear_error (&error);
  }

  /* Cut short (a write stopped half-way, a crash): gdk-pixbuf alone takes
   * it for a whole image with blank rows at the bottom. */
  for (guint cut = 1; cut <= 12; cut++)
    {
      g_autoptr(GBytes) part = g_bytes_new_from_bytes (png, 0, g_bytes_get_size (png) - cut);

      g_assert_null (sitrep_tile_image_decode (part, 1024, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_clear_error (&error);
    }
  {
    g_autoptr(GBytes) part = g_bytes_new_from_bytes (png, 0, g_bytes_get_size (png) / 2);

    g_assert_null (sitrep_tile_image_decode (part, 1024, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    g_clear_error (&error);
  }

  /* On a worker: the same pixels; an error as such. */
  decode_async (png, NULL, &r);
  g_assert_no_error (r.error);
  g_assert_cmphex (argb_at (r.surface, 200, 100), ==, 0x80800000);
  cairo_surface_destroy (r.surface);
  memset (&r, 0, sizeof r);
  decode_async (garbage, NULL, &r);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_null (r.surface);
  g_clear_error (&r.error);

  /* Cancelled before it is done: no surface. */
  memset (&r, 0, sizeof r);
  g_cancellable_cancel (cancellable);
  decode_async (png, cancellable, &r);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (r.surface);
  g_clear_error (&r.error);
}

/* A tile server on 127.0.0.1 for sitrep_tile_fetch_async. */
static void
on_tile_request (SoupServer        *server,
                 SoupServerMessage *msg,
                 const char        *path,
                 GHashTable        *query,
                 gpointer           data)
{
  GBytes *png = data;

  if (g_str_has_prefix (path, "/good/"))
    {
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_COPY, g_bytes_get_data (png, NULL),
                                        g_bytes_get_size (png));
    }
  else if (g_str_has_prefix (path, "/slow/"))
    {
      /* headers, then nothing until the client gives up */
      soup_server_message_set_status (msg, 200, NULL);
      soup_message_headers_set_encoding (soup_server_message_get_response_headers (msg), SOUP_ENCODING_CHUNKED);
      soup_server_message_pause (msg);
    }
  else
    soup_server_message_set_status (msg, 404, NULL);
}

typedef struct
{
  gboolean         done;
  cairo_surface_t *surface;
  GBytes          *bytes;
  GError          *error;
} FetchResult;

static void
on_fetched (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  FetchResult *r = data;

  r->surface = sitrep_tile_fetch_finish (result, &r->bytes, &r->error);
  r->done = TRUE;
}

static void
fetch (SoupSession  *session,
       guint         port,
       const char   *path,
       gsize         max_bytes,
       GCancellable *cancellable,
       FetchResult  *r)
{
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u%s", port, path);

  memset (r, 0, sizeof *r);
  sitrep_tile_fetch_async (session, url, 1, max_bytes, 1024, cancellable, on_fetched, r);
  while (!r->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_tile_fetch (void)
{
  g_autoptr(GBytes) png = tile_png (256, 256);
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;
  gint64 t0;
  FetchResult r;
  guint port;

  soup_server_add_handler (server, NULL, on_tile_request, png, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  port = g_uri_get_port (uris->data);
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);

  /* The tile, and its bytes as sent (for a disk cache). */
  fetch (session, port, "/good/6/40/25.png", 2 * 1024 * 1024, NULL, &r);
  g_assert_no_error (r.error);
  g_assert_cmphex (argb_at (r.surface, 10, 10), ==, 0xff336699);
  g_assert_true (g_bytes_equal (r.bytes, png));
  cairo_surface_destroy (r.surface);
  g_bytes_unref (r.bytes);

  /* An error status, a tile over the bytes allowed, a server that stalls
   * past the deadline (1 s), and a cancel: no tile, each said as such. */
  fetch (session, port, "/missing/6/40/25.png", 2 * 1024 * 1024, NULL, &r);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_null (r.surface);
  g_assert_null (r.bytes);
  g_clear_error (&r.error);
  fetch (session, port, "/good/6/40/25.png", g_bytes_get_size (png) - 1, NULL, &r);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_clear_error (&r.error);
  t0 = g_get_monotonic_time ();
  fetch (session, port, "/slow/6/40/25.png", 2 * 1024 * 1024, NULL, &r);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT);
  g_assert_cmpint (g_get_monotonic_time () - t0, <, 10 * G_USEC_PER_SEC);
  g_clear_error (&r.error);
  g_cancellable_cancel (cancellable);
  fetch (session, port, "/good/6/40/25.png", 2 * 1024 * 1024, cancellable, &r);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (r.surface);
  g_clear_error (&r.error);

  soup_server_disconnect (server);
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
  g_test_add_func ("/sitrep/basemap/scale-bar-clear", test_scale_bar_clear);
  g_test_add_func ("/sitrep/basemap/names-clear-of-credit", test_names_clear_of_credit);
  g_test_add_func ("/sitrep/basemap/tile-image", test_tile_image);
  g_test_add_func ("/sitrep/basemap/tile-fetch", test_tile_fetch);

  return g_test_run ();
}

/* test-reliab-tiles.c — the online tile source against a hostile tile server (a real
 * SoupServer on 127.0.0.1): huge answers with and without a length, images of huge
 * dimensions, garbage and a server that trickles forever. Each tile falls back to the
 * offline map within the caps (2 MB, 1024 pixels each way, the whole-tile deadline).
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <libsoup/soup.h>
#include <shumate/shumate.h>

#include "sitrep-map-source-private.h"
#include "sitrep-map-source.h"
#include "sitrep-test-util.h"

#define DEADLINE_S 3

typedef struct
{
  guint   requests;
  gsize   trickled;     /* bytes the slow handler sent */
  GBytes *huge_png;     /* 4096 × 4096, small on the wire */
  GBytes *good_png;     /* 256 × 256 magenta */
  GSList *slow;         /* SoupServerMessage* still trickling */
} Server;

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
png_bytes (int     size,
           double  r,
           double  g,
           double  b)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, size, size);
  cairo_t *cr = cairo_create (surface);
  GByteArray *out = g_byte_array_new ();

  cairo_set_source_rgb (cr, r, g, b);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_png, out), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (out);
}

static gboolean
on_trickle (gpointer data)
{
  Server *s = data;

  for (GSList *l = s->slow; l != NULL; l = l->next)
    {
      SoupServerMessage *msg = l->data;

      soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_STATIC, "\x89", 1);
      soup_server_message_unpause (msg);
      s->trickled++;
    }
  return G_SOURCE_CONTINUE;
}

static void
on_slow_finished (SoupServerMessage *msg,
                  Server            *s)
{
  s->slow = g_slist_remove (s->slow, msg);
}

static void
on_request (SoupServer        *server,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *query,
            gpointer           data)
{
  Server *s = data;
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  s->requests++;
  soup_server_message_set_status (msg, 200, NULL);
  if (g_str_has_prefix (path, "/good/"))
    soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_COPY,
                                      g_bytes_get_data (s->good_png, NULL), g_bytes_get_size (s->good_png));
  else if (g_str_has_prefix (path, "/huge/"))
    {
      /* 8 MB with its length said up front */
      gsize len = 8 * 1024 * 1024;
      char *junk = g_malloc0 (len);

      soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_TAKE, junk, len);
    }
  else if (g_str_has_prefix (path, "/chunked/"))
    {
      /* 8 MB without a length: the cap must count what arrives */
      soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
      soup_message_headers_set_content_type (headers, "image/png", NULL);
      for (guint i = 0; i < 128; i++)
        soup_message_body_append_take (soup_server_message_get_response_body (msg),
                                       g_malloc0 (64 * 1024), 64 * 1024);
      soup_message_body_complete (soup_server_message_get_response_body (msg));
    }
  else if (g_str_has_prefix (path, "/dimensions/"))
    soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_COPY,
                                      g_bytes_get_data (s->huge_png, NULL), g_bytes_get_size (s->huge_png));
  else if (g_str_has_prefix (path, "/garbage/"))
    {
      char junk[4096];

      for (guint i = 0; i < sizeof junk; i++)
        junk[i] = (char) g_random_int ();
      memcpy (junk, "\x89PNG\r\n\x1a\n", 8);
      soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_COPY, junk, sizeof junk);
    }
  else if (g_str_has_prefix (path, "/slow/"))
    {
      /* a byte every 100 ms, for ever */
      soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
      soup_message_headers_set_content_type (headers, "image/png", NULL);
      s->slow = g_slist_prepend (s->slow, msg);
      g_signal_connect (msg, "finished", G_CALLBACK (on_slow_finished), s);
      soup_server_message_pause (msg);
    }
  else
    soup_server_message_set_status (msg, 404, NULL);
}

typedef struct
{
  gboolean done;
  gboolean ok;
  GError  *error;
} FillResult;

static void
on_tile_filled (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  FillResult *r = data;

  r->ok = shumate_map_source_fill_tile_finish (SHUMATE_MAP_SOURCE (source), result, &r->error);
  r->done = TRUE;
}

static gboolean
fill_done (gpointer data)
{
  return ((FillResult *) data)->done;
}

/* The colour in the middle of the tile at (@x, @y, @zoom) as @source fills it. */
static guint32
fill_tile (SitrepMapSource *source,
           guint            x,
           guint            y,
           guint            zoom)
{
  g_autoptr(ShumateTile) tile = g_object_ref_sink (shumate_tile_new_full (x, y, 256, zoom));
  g_autofree guint32 *pixels = g_new (guint32, 256 * 256);
  FillResult r = { 0 };
  GdkTexture *texture;

  shumate_map_source_fill_tile_async (SHUMATE_MAP_SOURCE (source), tile, NULL, on_tile_filled, &r);
  sitrep_test_wait_until (fill_done, &r, "a tile");
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  g_assert_cmpint (shumate_tile_get_state (tile), ==, SHUMATE_STATE_DONE);
  texture = GDK_TEXTURE (shumate_tile_get_paintable (tile));
  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 256);
  gdk_texture_download (texture, (guchar *) pixels, 256 * 4);
  return pixels[128 * 256 + 128] & 0xffffff;
}

static void
test_hostile_server (void)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;
  const char * const hostile[] = { "huge", "chunked", "dimensions", "garbage", "slow" };
  Server s = { 0 };
  guint port, trickle_id;

  s.good_png = png_bytes (256, 1, 0, 1);
  s.huge_png = png_bytes (4096, 1, 0, 1);
  g_assert_cmpuint (g_bytes_get_size (s.huge_png), <, 2 * 1024 * 1024);
  soup_server_add_handler (server, NULL, on_request, &s, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  port = g_uri_get_port (uris->data);
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);
  trickle_id = g_timeout_add (100, on_trickle, &s);

  /* a good server first: its magenta tile is shown */
  {
    g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u/good/{z}/{x}/{y}.png", port);
    g_autoptr(SitrepMapSource) source = sitrep_map_source_new_online (url);

    g_assert_cmphex (fill_tile (source, 40, 25, 6), ==, 0xff00ff);
    g_assert_cmpuint (sitrep_map_source_get_n_fallbacks (source), ==, 0);
  }

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u/%s/{z}/{x}/{y}.png", port, hostile[i]);
      g_autoptr(SitrepMapSource) source = sitrep_map_source_new_online (url);
      gint64 t0 = g_get_monotonic_time ();
      guint requests = s.requests;
      guint32 pixel;
      double seconds;

      _sitrep_map_source_set_deadline (source, DEADLINE_S);
      pixel = fill_tile (source, 40, 25 + i, 6);
      seconds = (g_get_monotonic_time () - t0) / 1e6;
      g_test_message ("%s tile server: drawn offline instead after %.1f s", hostile[i], seconds);
      g_assert_cmpuint (s.requests, >, requests);
      /* the offline map, not what the server sent */
      g_assert_cmpuint (sitrep_map_source_get_n_fallbacks (source), ==, 1);
      g_assert_cmphex (pixel, !=, 0xff00ff);
      g_assert_cmpfloat (seconds, <, DEADLINE_S + 5);
    }
  g_assert_cmpuint (s.trickled, >, 0);

  g_source_remove (trickle_id);
  soup_server_disconnect (server);
  g_bytes_unref (s.good_png);
  g_bytes_unref (s.huge_png);
  g_slist_free (s.slow);
}

/* The tiles of zoom 7 in @dir (the disk cache) and how many of them are
 * whole (the same bytes as @png); with @damage, the first whole one found is
 * cut short, as a crash in the middle of its write would leave it. */
static void
count_cached (const char  *dir,
              GBytes      *png,
              gboolean    *damage,
              guint       *n_files,
              guint       *n_whole)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        count_cached (path, png, damage, n_files, n_whole);
      else if (g_str_has_suffix (name, ".png") && strstr (path, G_DIR_SEPARATOR_S "7" G_DIR_SEPARATOR_S) != NULL)
        {
          g_autofree char *contents = NULL;
          gsize len = 0;

          g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
          (*n_files)++;
          if (len != g_bytes_get_size (png) || memcmp (contents, g_bytes_get_data (png, NULL), len) != 0)
            continue;
          if (damage != NULL && *damage)
            {
              g_assert_true (g_file_set_contents (path, contents, len / 3, NULL));
              *damage = FALSE;
              continue;
            }
          (*n_whole)++;
        }
    }
}

/* The 12 tiles of the test on disk, each whole. */
static gboolean
all_whole (gpointer data)
{
  gpointer *dir_and_png = data;
  guint n_files = 0, n_whole = 0;

  count_cached (dir_and_png[0], dir_and_png[1], NULL, &n_files, &n_whole);
  return n_files == 12 && n_whole == 12;
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* A source let go while it writes fetched tiles to the disk cache: the
 * writes stop with it (its dispose) or end, and the cache goes once they are
 * over. A tile whose file was cut short (by that, or by a crash) is fetched
 * again, not drawn offline, and its file replaced whole. */
static void
test_cache_write_closed (void)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;
  g_autofree char *url = NULL;
  g_autofree char *cache_dir = g_build_filename (g_get_user_cache_dir (), "sitrep", "tiles", NULL);
  Server s = { 0 };
  guint port, requests, n_files = 0, n_whole = 0;
  gboolean damage = TRUE;
  gpointer cache_dir_and_png[2];

  s.good_png = png_bytes (256, 1, 0, 1);
  soup_server_add_handler (server, NULL, on_request, &s, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  port = g_uri_get_port (uris->data);
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);
  url = g_strdup_printf ("http://127.0.0.1:%u/good/cached/{z}/{x}/{y}.png", port);
  cache_dir_and_png[0] = cache_dir;
  cache_dir_and_png[1] = s.good_png;

  for (guint round = 0; round < 3; round++)
    {
      SitrepMapSource *source = sitrep_map_source_new_online (url);
      ShumateFileCache *cache = _sitrep_map_source_get_file_cache (source);

      g_assert_nonnull (cache);
      g_object_add_weak_pointer (G_OBJECT (cache), (gpointer *) &cache);
      /* Four new tiles each round, the source dropped as soon as the last is
       * shown: its writes are still going. */
      for (guint i = 0; i < 4; i++)
        g_assert_cmphex (fill_tile (source, 10 + round, 20 + i, 7), ==, 0xff00ff);
      sitrep_test_wait_finalized (source, "the tile source");
      sitrep_test_wait_until (is_null, &cache, "the disk cache, its writes over");
    }
  count_cached (cache_dir, s.good_png, &damage, &n_files, &n_whole);
  g_test_message ("%u of 12 tiles on disk, %u whole after one was cut short", n_files, n_whole);
  /* at least the one cut short here */
  g_assert_false (damage);
  g_assert_cmpuint (n_whole, <, 12);

  /* Every tile is the server's again: read from the disk when whole, else
   * fetched (none drawn offline); then all are on disk, whole. */
  {
    g_autoptr(SitrepMapSource) source = sitrep_map_source_new_online (url);
    ShumateFileCache *cache = _sitrep_map_source_get_file_cache (source);

    requests = s.requests;
    for (guint round = 0; round < 3; round++)
      for (guint i = 0; i < 4; i++)
        g_assert_cmphex (fill_tile (source, 10 + round, 20 + i, 7), ==, 0xff00ff);
    g_assert_cmpuint (sitrep_map_source_get_n_fallbacks (source), ==, 0);
    g_assert_cmpuint (sitrep_map_source_get_n_fetched (source), ==, 12);
    g_assert_cmpuint (s.requests - requests, ==, 12 - n_whole);
    /* the source kept until its writes are done */
    sitrep_test_wait_until (all_whole, cache_dir_and_png, "every tile whole on disk");
    g_object_add_weak_pointer (G_OBJECT (cache), (gpointer *) &cache);
    sitrep_test_wait_finalized (g_steal_pointer (&source), "the tile source");
    sitrep_test_wait_until (is_null, &cache, "the disk cache, its writes over");
  }

  soup_server_disconnect (server);
  g_bytes_unref (s.good_png);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("sitrep-reliab-tiles-XXXXXX", NULL);
  int ret;

  /* the disk cache of fetched tiles goes to a folder of this run */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/sitrep/reliab/tiles/hostile-server", test_hostile_server);
  g_test_add_func ("/sitrep/reliab/tiles/cache-write-closed", test_cache_write_closed);

  ret = g_test_run ();
  sitrep_test_remove_tree (cache);
  return ret;
}

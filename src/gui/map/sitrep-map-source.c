/* sitrep-map-source.c — map tiles: drawn offline by the core base map in worker
 * threads (sitrep_basemap_render_tiles_async), or fetched from a tile server
 * with the offline map as fall-back
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-map"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <libsoup/soup.h>

#include "sitrep-basemap.h"
#include "sitrep-flight.h"
#include "sitrep-map-source-private.h"
#include "sitrep-map-source.h"
#include "sitrep-tile-server.h"

#define CACHE_SIZE_LIMIT (200 * 1024 * 1024)
#define FETCH_TIMEOUT_S 10
/* A tile server gets this long for a whole tile, this many bytes and this
 * many pixels each way; past any of them the tile is drawn offline. */
#define FETCH_TOTAL_TIMEOUT_S 20
#define FETCH_MAX_BYTES (2 * 1024 * 1024)
#define TILE_MAX_PIXELS 1024
/* Drawn offline tiles kept in memory: 128 × 256 KiB = 32 MiB, more while
 * a presentation draws its flights ahead. */
#define DEFAULT_DRAWN_LIMIT 128

struct _SitrepMapSource
{
  ShumateMapSource  parent_instance;

  /* online only */
  char             *url_template;
  SoupSession      *session;
  ShumateFileCache *cache;
  GCancellable     *cancellable; /* the disk cache's writes; cancelled on dispose */

  /* Offline tiles already drawn, most recently used first: a tile found
   * here is filled at once, so the map never shows it blank. */
  GHashTable       *drawn;      /* gint64 key → GList link in drawn_order */
  GQueue            drawn_order; /* of DrawnTile */
  guint             drawn_limit;

  SitrepBasemapStyle style;

  guint             deadline_s;  /* FETCH_TOTAL_TIMEOUT_S; shorter in tests */
  guint             n_fetched;
  guint             n_fallbacks;
  guint             n_waits;
};

typedef struct
{
  gint64      key;
  GdkTexture *texture;
} DrawnTile;

G_DEFINE_FINAL_TYPE (SitrepMapSource, sitrep_map_source, SHUMATE_TYPE_MAP_SOURCE)

static void
drawn_tile_free (gpointer data)
{
  DrawnTile *drawn = data;

  g_clear_object (&drawn->texture);
  g_free (drawn);
}

static GdkTexture *
drawn_lookup (SitrepMapSource *self,
              guint            zoom,
              guint            x,
              guint            y)
{
  gint64 key = sitrep_tile_id_key (zoom, x, y);
  GList *link = g_hash_table_lookup (self->drawn, &key);

  if (link == NULL)
    return NULL;
  /* Used now: to the front. */
  g_queue_unlink (&self->drawn_order, link);
  g_queue_push_head_link (&self->drawn_order, link);

  return ((DrawnTile *) link->data)->texture;
}

static void
drawn_trim (SitrepMapSource *self)
{
  while (self->drawn_order.length > self->drawn_limit)
    {
      DrawnTile *oldest = g_queue_pop_tail (&self->drawn_order);

      g_hash_table_remove (self->drawn, &oldest->key);
      drawn_tile_free (oldest);
    }
}

static void
drawn_store (SitrepMapSource *self,
             guint            zoom,
             guint            x,
             guint            y,
             GdkTexture      *texture)
{
  DrawnTile *drawn;

  if (drawn_lookup (self, zoom, x, y) != NULL)
    return;
  drawn = g_new0 (DrawnTile, 1);
  drawn->key = sitrep_tile_id_key (zoom, x, y);
  drawn->texture = g_object_ref (texture);
  g_queue_push_head (&self->drawn_order, drawn);
  g_hash_table_insert (self->drawn, &drawn->key, self->drawn_order.head);
  drawn_trim (self);
}

/* A drawn tile as a texture, sharing its pixels (no copy). */
static GdkTexture *
texture_for_surface (cairo_surface_t *surface)
{
  int size = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  g_autoptr(GBytes) bytes = NULL;

  cairo_surface_flush (surface);
  /* cairo's ARGB32 is GDK_MEMORY_DEFAULT (premultiplied BGRA on little-endian). */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface), (gsize) stride * size,
                                      (GDestroyNotify) cairo_surface_destroy, cairo_surface_reference (surface));
  return gdk_memory_texture_new (cairo_image_surface_get_width (surface), size, GDK_MEMORY_DEFAULT, bytes,
                                 stride);
}

static void
finish_tile (GTask      *outer,
             GdkTexture *texture)
{
  ShumateTile *tile = g_task_get_task_data (outer);

  shumate_tile_set_paintable (tile, GDK_PAINTABLE (texture));
  shumate_tile_set_fade_in (tile, FALSE);
  shumate_tile_set_state (tile, SHUMATE_STATE_DONE);
  g_task_return_boolean (outer, TRUE);
}

/* The base map drew the tile on its worker (core's render_tiles pair). */
static void
on_tile_rendered (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  g_autoptr(GPtrArray) surfaces = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  SitrepMapSource *self = g_task_get_source_object (outer);
  ShumateTile *tile = g_task_get_task_data (outer);
  GError *error = NULL;

  if (!sitrep_basemap_render_tiles_finish (SITREP_BASEMAP (source), result, &surfaces, &error))
    {
      g_task_return_error (outer, error);
      return;
    }
  texture = texture_for_surface (surfaces->pdata[0]);
  drawn_store (self, shumate_tile_get_zoom_level (tile), shumate_tile_get_x (tile), shumate_tile_get_y (tile),
               texture);
  finish_tile (outer, texture);
}

static void
render_offline (SitrepMapSource *self,
                GTask           *outer)
{
  ShumateTile *tile = g_task_get_task_data (outer);
  SitrepBasemap *basemap;
  SitrepTileId id;
  GdkTexture *texture;

  texture = drawn_lookup (self, shumate_tile_get_zoom_level (tile), shumate_tile_get_x (tile),
                          shumate_tile_get_y (tile));
  if (texture != NULL && shumate_tile_get_size (tile) == SITREP_BASEMAP_TILE_SIZE)
    {
      /* Filled before this returns: the map draws it in the next frame. */
      finish_tile (outer, texture);
      g_object_unref (outer);
      return;
    }
  self->n_waits++;

  basemap = sitrep_basemap_get_default ();
  if (basemap == NULL)
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_FAILED, _("The offline map data could not be read."));
      g_object_unref (outer);
      return;
    }
  id.zoom = shumate_tile_get_zoom_level (tile);
  id.x = shumate_tile_get_x (tile);
  id.y = shumate_tile_get_y (tile);
  /* The tile is touched only on the main thread; the base map draws on a worker. */
  sitrep_basemap_render_tiles_async (basemap, &id, 1, shumate_tile_get_size (tile), self->style,
                                     g_task_get_cancellable (outer), on_tile_rendered, outer);
}

/* Online: a tile that cannot be had from the server is drawn offline. */
static void
fall_back (GTask        *outer,
           const GError *error)
{
  SitrepMapSource *self = g_task_get_source_object (outer);

  if (g_task_return_error_if_cancelled (outer))
    {
      g_object_unref (outer);
      return;
    }
  g_debug ("Tile from the offline map instead: %s", error != NULL ? error->message : "?");
  self->n_fallbacks++;
  render_offline (self, outer);
}

static void
on_tile_stored (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* A tile not kept on disk is fetched again next time: nothing to tell. */
  if (!shumate_file_cache_store_tile_finish (SHUMATE_FILE_CACHE (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("A fetched tile could not be kept on disk: %s", error->message);
}

/* The tile as fetched: shown, and kept on disk when it came from the server.
 * The write is the source's: it goes on when the map lets the tile go, and
 * stops when the source is disposed (a file it cut short is fetched again). */
static void
fetched (GTask           *outer,
         cairo_surface_t *surface,
         GBytes          *to_store)
{
  SitrepMapSource *self = g_task_get_source_object (outer);
  ShumateTile *tile = g_task_get_task_data (outer);
  g_autoptr(GdkTexture) texture = texture_for_surface (surface);

  self->n_fetched++;
  if (to_store != NULL)
    shumate_file_cache_store_tile_async (self->cache, shumate_tile_get_x (tile), shumate_tile_get_y (tile),
                                         shumate_tile_get_zoom_level (tile), to_store, NULL, self->cancellable,
                                         on_tile_stored, NULL);
  finish_tile (outer, texture);
  g_object_unref (outer);
}

/* The server's tile, fetched and decoded by the core. */
static void
on_tile_fetched (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GTask *outer = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;

  surface = sitrep_tile_fetch_finish (result, &bytes, &error);
  if (surface == NULL)
    {
      fall_back (outer, error);
      return;
    }
  fetched (outer, surface, bytes);
  cairo_surface_destroy (surface);
}

static char *
tile_url (SitrepMapSource *self,
          ShumateTile     *tile)
{
  g_autofree char *z = g_strdup_printf ("%u", shumate_tile_get_zoom_level (tile));
  g_autofree char *x = g_strdup_printf ("%u", shumate_tile_get_x (tile));
  g_autofree char *y = g_strdup_printf ("%u", shumate_tile_get_y (tile));
  GString *url = g_string_new (self->url_template);

  g_string_replace (url, "{z}", z, 0);
  g_string_replace (url, "{x}", x, 0);
  g_string_replace (url, "{y}", y, 0);

  return g_string_free (url, FALSE);
}

static void
fetch_from_server (GTask *outer)
{
  SitrepMapSource *self = g_task_get_source_object (outer);
  g_autofree char *url = tile_url (self, g_task_get_task_data (outer));

  sitrep_tile_fetch_async (self->session, url, self->deadline_s, FETCH_MAX_BYTES, TILE_MAX_PIXELS,
                           g_task_get_cancellable (outer), on_tile_fetched, outer);
}

/* A tile from the disk cache, decoded by the core on a worker. */
static void
on_cached_decoded (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GTask *outer = user_data;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;

  surface = sitrep_tile_image_decode_finish (result, &error);
  if (surface == NULL)
    {
      if (g_task_return_error_if_cancelled (outer))
        {
          g_object_unref (outer);
          return;
        }
      /* Cut short (a write stopped with the map that made it, or a crash):
       * fetched again, and the file replaced whole. */
      g_debug ("A tile kept on disk is damaged: %s", error->message);
      fetch_from_server (outer);
      return;
    }
  fetched (outer, surface, NULL);
  cairo_surface_destroy (surface);
}

static void
on_cache_read (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GTask *outer = user_data;
  g_autoptr(GBytes) bytes = NULL;

  bytes = shumate_file_cache_get_tile_finish (SHUMATE_FILE_CACHE (source), NULL, NULL, result, NULL);
  if (bytes != NULL)
    {
      sitrep_tile_image_decode_async (bytes, TILE_MAX_PIXELS, g_task_get_cancellable (outer), on_cached_decoded,
                                      outer);
      return;
    }
  fetch_from_server (outer);
}

static void
sitrep_map_source_fill_tile_async (ShumateMapSource    *source,
                                   ShumateTile         *tile,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  SitrepMapSource *self = SITREP_MAP_SOURCE (source);
  GTask *outer;

  outer = g_task_new (source, cancellable, callback, user_data);
  g_task_set_source_tag (outer, sitrep_map_source_fill_tile_async);
  g_task_set_task_data (outer, g_object_ref (tile), g_object_unref);
  shumate_tile_set_state (tile, SHUMATE_STATE_LOADING);

  if (self->url_template == NULL)
    {
      render_offline (self, outer);
      return;
    }

  shumate_file_cache_get_tile_async (self->cache, shumate_tile_get_x (tile), shumate_tile_get_y (tile),
                                     shumate_tile_get_zoom_level (tile), cancellable, on_cache_read, outer);
}

static gboolean
sitrep_map_source_fill_tile_finish (ShumateMapSource  *source,
                                    GAsyncResult      *result,
                                    GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

typedef struct
{
  GTask  *outer;
  GArray *tiles;     /* SitrepTileId, asked of the base map */
} PrefetchChunk;

typedef struct
{
  guint n_pending;
} Prefetch;

static void
on_prefetch_chunk_done (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  PrefetchChunk *chunk = user_data;
  g_autoptr(GTask) outer = chunk->outer;
  g_autoptr(GArray) tiles = chunk->tiles;
  g_autoptr(GPtrArray) surfaces = NULL;
  SitrepMapSource *self = g_task_get_source_object (outer);
  Prefetch *prefetch = g_task_get_task_data (outer);

  g_free (chunk);
  sitrep_basemap_render_tiles_finish (SITREP_BASEMAP (source), result, &surfaces, NULL);
  /* Whatever was drawn is kept, even when the rest was cancelled. */
  for (guint i = 0; i < surfaces->len; i++)
    {
      const SitrepTileId *id = &g_array_index (tiles, SitrepTileId, i);
      g_autoptr(GdkTexture) texture = texture_for_surface (surfaces->pdata[i]);

      drawn_store (self, id->zoom, id->x, id->y, texture);
    }

  if (--prefetch->n_pending > 0)
    return;
  if (!g_task_return_error_if_cancelled (outer))
    g_task_return_boolean (outer, TRUE);
}

/**
 * sitrep_map_source_prefetch_async:
 *
 * Draws the offline tiles in @tiles that are not drawn yet, in worker
 * threads, and keeps them (making room if needed), so that a map moving
 * over them finds every one at once. Tiles are drawn in the order given.
 * An online source draws nothing: its tiles come from the server.
 */
void
sitrep_map_source_prefetch_async (SitrepMapSource     *self,
                                  const SitrepTileId  *tiles,
                                  guint                n_tiles,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GArray) missing = g_array_new (FALSE, FALSE, sizeof (SitrepTileId));
  SitrepBasemap *basemap = NULL;
  Prefetch *prefetch;
  guint n_chunks;

  g_return_if_fail (SITREP_IS_MAP_SOURCE (self));
  g_return_if_fail (tiles != NULL || n_tiles == 0);

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, sitrep_map_source_prefetch_async);

  if (self->url_template == NULL)
    for (guint i = 0; i < n_tiles; i++)
      {
        gint64 key = sitrep_tile_id_key (tiles[i].zoom, tiles[i].x, tiles[i].y);

        if (g_hash_table_contains (self->drawn, &key))
          /* Still needed: not the first to go. */
          drawn_lookup (self, tiles[i].zoom, tiles[i].x, tiles[i].y);
        else
          g_array_append_val (missing, tiles[i]);
      }

  /* Room for the whole flight and a little more: older tiles (the flight
   * before) go first. */
  self->drawn_limit = MAX (DEFAULT_DRAWN_LIMIT, n_tiles + n_tiles / 4);
  drawn_trim (self);
  if (missing->len > 0)
    basemap = sitrep_basemap_get_default ();
  if (missing->len == 0 || basemap == NULL)
    {
      g_task_return_boolean (outer, TRUE);
      return;
    }

  /* One worker a core, each with every n-th tile, so the first tiles of the
   * flight are drawn first. */
  n_chunks = CLAMP (g_get_num_processors (), 1, 4);
  n_chunks = MIN (n_chunks, missing->len);
  prefetch = g_new0 (Prefetch, 1);
  prefetch->n_pending = n_chunks;
  g_task_set_task_data (outer, prefetch, g_free);
  for (guint c = 0; c < n_chunks; c++)
    {
      PrefetchChunk *chunk = g_new0 (PrefetchChunk, 1);

      chunk->outer = g_object_ref (outer);
      chunk->tiles = g_array_new (FALSE, FALSE, sizeof (SitrepTileId));
      for (guint i = c; i < missing->len; i += n_chunks)
        g_array_append_val (chunk->tiles, g_array_index (missing, SitrepTileId, i));
      sitrep_basemap_render_tiles_async (basemap, (const SitrepTileId *) (gpointer) chunk->tiles->data,
                                         chunk->tiles->len, SITREP_BASEMAP_TILE_SIZE, self->style, cancellable,
                                         on_prefetch_chunk_done, chunk);
    }
}

gboolean
sitrep_map_source_prefetch_finish (SitrepMapSource  *self,
                                   GAsyncResult     *result,
                                   GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
sitrep_map_source_has_tiles (SitrepMapSource    *self,
                             const SitrepTileId *tiles,
                             guint               n_tiles)
{
  g_return_val_if_fail (SITREP_IS_MAP_SOURCE (self), FALSE);

  if (self->url_template != NULL)
    return TRUE;
  for (guint i = 0; i < n_tiles; i++)
    {
      gint64 key = sitrep_tile_id_key (tiles[i].zoom, tiles[i].x, tiles[i].y);

      if (!g_hash_table_contains (self->drawn, &key))
        return FALSE;
    }

  return TRUE;
}

guint
sitrep_map_source_get_n_waits (SitrepMapSource *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_SOURCE (self), 0);

  return self->n_waits;
}

static void
sitrep_map_source_dispose (GObject *object)
{
  SitrepMapSource *self = SITREP_MAP_SOURCE (object);

  /* The map is done with the source: tiles still being written to the disk
   * cache are let go (a whole tile is kept or none). */
  g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (sitrep_map_source_parent_class)->dispose (object);
}

static void
sitrep_map_source_finalize (GObject *object)
{
  SitrepMapSource *self = SITREP_MAP_SOURCE (object);

  g_hash_table_unref (self->drawn);
  g_queue_clear_full (&self->drawn_order, drawn_tile_free);

  g_free (self->url_template);
  g_clear_object (&self->session);
  g_clear_object (&self->cache);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (sitrep_map_source_parent_class)->finalize (object);
}

static void
sitrep_map_source_class_init (SitrepMapSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  object_class->dispose = sitrep_map_source_dispose;
  object_class->finalize = sitrep_map_source_finalize;
  source_class->fill_tile_async = sitrep_map_source_fill_tile_async;
  source_class->fill_tile_finish = sitrep_map_source_fill_tile_finish;
}

static void
sitrep_map_source_init (SitrepMapSource *self)
{
  self->drawn = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_queue_init (&self->drawn_order);
  self->drawn_limit = DEFAULT_DRAWN_LIMIT;
  self->cancellable = g_cancellable_new ();
}

SitrepMapSource *
sitrep_map_source_new (void)
{
  return sitrep_map_source_new_styled (SITREP_BASEMAP_STYLE_LIGHT);
}

SitrepMapSource *
sitrep_map_source_new_styled (SitrepBasemapStyle style)
{
  SitrepMapSource *self;

  self = g_object_new (SITREP_TYPE_MAP_SOURCE,
                       /* The tile cache keys on the id: each style its own. */
                       "id", style == SITREP_BASEMAP_STYLE_DARK ? "sitrep-offline-basemap-dark"
                                                                : "sitrep-offline-basemap",
                       "name", _("Offline map"),
                       "license", sitrep_basemap_get_attribution (),
                       "license-uri", "https://www.naturalearthdata.com/about/terms-of-use/",
                       "min-zoom-level", 2,
                       "max-zoom-level", SITREP_BASEMAP_MAX_ZOOM,
                       "tile-size", SITREP_BASEMAP_TILE_SIZE,
                       "projection", SHUMATE_MAP_PROJECTION_MERCATOR,
                       NULL);
  self->style = style;

  return self;
}

SitrepBasemapStyle
sitrep_map_source_style_for_display (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ())
           ? SITREP_BASEMAP_STYLE_DARK : SITREP_BASEMAP_STYLE_LIGHT;
}

SitrepBasemapStyle
sitrep_map_source_get_style (SitrepMapSource *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_SOURCE (self), SITREP_BASEMAP_STYLE_LIGHT);

  return self->style;
}

SitrepMapSource *
sitrep_map_source_new_online (const char *url_template)
{
  SitrepMapSource *self;
  g_autofree char *hash = NULL;
  g_autofree char *id = NULL;
  g_autofree char *cache_dir = NULL;

  g_return_val_if_fail (url_template != NULL, NULL);

  /* Each server gets its own id: the map's memory cache and the disk cache key on it. */
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA1, url_template, -1);
  hash[12] = '\0';
  id = g_strdup_printf ("sitrep-online-%s", hash);
  self = g_object_new (SITREP_TYPE_MAP_SOURCE,
                       "id", id,
                       "name", _("OpenStreetMap"),
                       "license", _("© OpenStreetMap contributors"),
                       "license-uri", "https://www.openstreetmap.org/copyright",
                       "min-zoom-level", 2,
                       "max-zoom-level", 19,
                       "tile-size", 256,
                       "projection", SHUMATE_MAP_PROJECTION_MERCATOR,
                       NULL);
  self->url_template = g_strdup (url_template);
  self->deadline_s = FETCH_TOTAL_TIMEOUT_S;
  self->session = soup_session_new_with_options ("user-agent", SITREP_MAP_USER_AGENT,
                                                 "timeout", FETCH_TIMEOUT_S,
                                                 "max-conns-per-host", 2,
                                                 NULL);
  cache_dir = g_build_filename (g_get_user_cache_dir (), "sitrep", "tiles", NULL);
  self->cache = shumate_file_cache_new_full (CACHE_SIZE_LIMIT, id, cache_dir);

  return self;
}

const char *
sitrep_map_source_get_url_template (SitrepMapSource *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_SOURCE (self), NULL);

  return self->url_template;
}

guint
sitrep_map_source_get_n_fetched (SitrepMapSource *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_SOURCE (self), 0);

  return self->n_fetched;
}

guint
sitrep_map_source_get_n_fallbacks (SitrepMapSource *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_SOURCE (self), 0);

  return self->n_fallbacks;
}

void
_sitrep_map_source_set_deadline (SitrepMapSource *self,
                                 guint            seconds)
{
  self->deadline_s = seconds;
}

ShumateFileCache *
_sitrep_map_source_get_file_cache (SitrepMapSource *self)
{
  return self->cache;
}

/* sitrep-map-source.c — offline map tiles drawn by the core base map in worker threads
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-map"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-basemap.h"
#include "sitrep-map-source.h"

struct _SitrepMapSource
{
  ShumateMapSource parent_instance;
};

G_DEFINE_FINAL_TYPE (SitrepMapSource, sitrep_map_source, SHUMATE_TYPE_MAP_SOURCE)

typedef struct
{
  guint zoom;
  guint x;
  guint y;
  guint size;
} TileRequest;

/* Runs in a worker thread: the base map is immutable and thread-safe. */
static void
render_tile_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  TileRequest *req = task_data;
  SitrepBasemap *basemap = sitrep_basemap_get_default ();
  cairo_surface_t *surface;
  GBytes *bytes;
  GdkTexture *texture;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (basemap == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("The offline map data could not be read."));
      return;
    }

  surface = sitrep_basemap_render_tile_surface (basemap, req->zoom, req->x, req->y, req->size);
  /* cairo's ARGB32 is GDK_MEMORY_DEFAULT (premultiplied BGRA on little-endian). */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * req->size,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (req->size, req->size, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  g_bytes_unref (bytes);
  g_task_return_pointer (task, texture, g_object_unref);
}

static void
on_tile_rendered (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  g_autoptr(GdkTexture) texture = NULL;
  GError *error = NULL;
  ShumateTile *tile = g_task_get_task_data (outer);

  texture = g_task_propagate_pointer (G_TASK (result), &error);
  if (texture == NULL)
    {
      g_task_return_error (outer, error);
      return;
    }
  shumate_tile_set_paintable (tile, GDK_PAINTABLE (texture));
  shumate_tile_set_fade_in (tile, FALSE);
  shumate_tile_set_state (tile, SHUMATE_STATE_DONE);
  g_task_return_boolean (outer, TRUE);
}

static void
sitrep_map_source_fill_tile_async (ShumateMapSource    *source,
                                   ShumateTile         *tile,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  GTask *outer;
  g_autoptr(GTask) inner = NULL;
  TileRequest *req;

  outer = g_task_new (source, cancellable, callback, user_data);
  g_task_set_source_tag (outer, sitrep_map_source_fill_tile_async);
  g_task_set_task_data (outer, g_object_ref (tile), g_object_unref);

  req = g_new0 (TileRequest, 1);
  req->zoom = shumate_tile_get_zoom_level (tile);
  req->x = shumate_tile_get_x (tile);
  req->y = shumate_tile_get_y (tile);
  req->size = shumate_tile_get_size (tile);
  shumate_tile_set_state (tile, SHUMATE_STATE_LOADING);

  /* The tile is touched only here, on the main thread; the worker draws. */
  inner = g_task_new (source, cancellable, on_tile_rendered, outer);
  g_task_set_source_tag (inner, render_tile_thread);
  g_task_set_task_data (inner, req, g_free);
  g_task_run_in_thread (inner, render_tile_thread);
}

static gboolean
sitrep_map_source_fill_tile_finish (ShumateMapSource  *source,
                                    GAsyncResult      *result,
                                    GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
sitrep_map_source_class_init (SitrepMapSourceClass *klass)
{
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  source_class->fill_tile_async = sitrep_map_source_fill_tile_async;
  source_class->fill_tile_finish = sitrep_map_source_fill_tile_finish;
}

static void
sitrep_map_source_init (SitrepMapSource *self)
{
}

SitrepMapSource *
sitrep_map_source_new (void)
{
  return g_object_new (SITREP_TYPE_MAP_SOURCE,
                       /* The tile cache keys on the id. */
                       "id", "sitrep-offline-basemap",
                       "name", _("Offline map"),
                       "license", sitrep_basemap_get_attribution (),
                       "license-uri", "https://www.naturalearthdata.com/about/terms-of-use/",
                       "min-zoom-level", 2,
                       "max-zoom-level", SITREP_BASEMAP_MAX_ZOOM,
                       "tile-size", SITREP_BASEMAP_TILE_SIZE,
                       "projection", SHUMATE_MAP_PROJECTION_MERCATOR,
                       NULL);
}

/* sitrep-basemap-tasks.c — drawing tiles of the offline base map on a worker thread
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-basemap"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sitrep-basemap.h"

cairo_surface_t *
sitrep_basemap_render_tile_surface (SitrepBasemap *self,
                                    guint          zoom,
                                    guint          x,
                                    guint          y,
                                    guint          tile_size)
{
  return sitrep_basemap_render_tile_surface_styled (self, zoom, x, y, tile_size,
                                                    SITREP_BASEMAP_STYLE_LIGHT);
}

cairo_surface_t *
sitrep_basemap_render_tile_surface_styled (SitrepBasemap      *self,
                                           guint               zoom,
                                           guint               x,
                                           guint               y,
                                           guint               tile_size,
                                           SitrepBasemapStyle  style)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (SITREP_IS_BASEMAP (self), NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, tile_size, tile_size);
  cr = cairo_create (surface);
  sitrep_basemap_render_tile_styled (self, cr, zoom, x, y, tile_size, style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

typedef struct
{
  GArray             *tiles;      /* SitrepTileId, to draw */
  guint               tile_size;
  SitrepBasemapStyle  style;
  GPtrArray          *surfaces;   /* cairo_surface_t, drawn, in the same order */
} RenderJob;

static void
render_job_free (RenderJob *job)
{
  g_array_unref (job->tiles);
  g_clear_pointer (&job->surfaces, g_ptr_array_unref);
  g_free (job);
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SitrepBasemap *self = source_object;
  RenderJob *job = task_data;

  for (guint i = 0; i < job->tiles->len; i++)
    {
      const SitrepTileId *id = &g_array_index (job->tiles, SitrepTileId, i);

      if (g_task_return_error_if_cancelled (task))
        return;
      g_ptr_array_add (job->surfaces,
                       sitrep_basemap_render_tile_surface_styled (self, id->zoom, id->x, id->y, job->tile_size,
                                                                  job->style));
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * sitrep_basemap_render_tiles_async:
 *
 * Draws @tiles, in the order given, on a worker thread (the base map is
 * immutable: several may run at once). A cancel stops before the next tile.
 */
void
sitrep_basemap_render_tiles_async (SitrepBasemap       *self,
                                   const SitrepTileId  *tiles,
                                   guint                n_tiles,
                                   guint                tile_size,
                                   SitrepBasemapStyle   style,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RenderJob *job;

  g_return_if_fail (SITREP_IS_BASEMAP (self));
  g_return_if_fail (tiles != NULL || n_tiles == 0);
  g_return_if_fail (tile_size > 0);

  job = g_new0 (RenderJob, 1);
  job->tiles = g_array_sized_new (FALSE, FALSE, sizeof (SitrepTileId), n_tiles);
  g_array_append_vals (job->tiles, tiles, n_tiles);
  job->tile_size = tile_size;
  job->style = style;
  job->surfaces = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_basemap_render_tiles_async);
  g_task_set_name (task, "[sitrep] draw tiles");
  /* What was drawn before a cancel reaches the caller with it. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) render_job_free);
  g_task_run_in_thread (task, render_thread);
}

/**
 * sitrep_basemap_render_tiles_finish:
 * @surfaces: (out) (transfer container) (optional): a cairo image surface
 *   for each tile drawn, in the order asked; given also after a cancel,
 *   with the tiles drawn before it
 *
 * Returns: %TRUE when every tile was drawn; %FALSE with G_IO_ERROR_CANCELLED
 * after a cancel.
 */
gboolean
sitrep_basemap_render_tiles_finish (SitrepBasemap  *self,
                                    GAsyncResult   *result,
                                    GPtrArray     **surfaces,
                                    GError        **error)
{
  RenderJob *job;

  g_return_val_if_fail (SITREP_IS_BASEMAP (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_basemap_render_tiles_async, FALSE);

  job = g_task_get_task_data (G_TASK (result));
  if (surfaces != NULL)
    *surfaces = g_steal_pointer (&job->surfaces);
  return g_task_propagate_boolean (G_TASK (result), error);
}

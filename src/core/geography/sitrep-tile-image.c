/* sitrep-tile-image.c — tile images fetched from a tile server, decoded on a worker thread
 *
 * gdk-pixbuf reads the formats tile servers use (PNG, JPEG, WebP with its
 * loader); it is a GLib library, not GTK. The pixels are handed over as a
 * cairo image surface, like the offline base map's tiles, so the map wraps
 * both the same way.
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-basemap"

#include "config.h"

#include <string.h>

#include <gdk-pixbuf/gdk-pixbuf.h>

#include "sitrep-tile-server.h"

typedef struct
{
  guint max_size;      /* 0 once an image over it is announced */
  int   rows;          /* rows decoded, from the top */
} Decoding;

static void
on_size_prepared (GdkPixbufLoader *loader,
                  int              width,
                  int              height,
                  gpointer         data)
{
  Decoding *d = data;

  if (width <= 0 || height <= 0 || (guint) width > d->max_size || (guint) height > d->max_size)
    {
      /* Known before any pixel is decoded: nothing of that size is allocated. */
      d->max_size = 0;
      gdk_pixbuf_loader_set_size (loader, 1, 1);
    }
}

static void
on_area_updated (GdkPixbufLoader *loader,
                 int              x,
                 int              y,
                 int              width,
                 int              height,
                 gpointer         data)
{
  Decoding *d = data;

  d->rows = MAX (d->rows, y + height);
}

/* gdk-pixbuf takes an image cut short (a write stopped half-way, a crash)
 * for a whole one with its last rows blank: every row must have been
 * decoded, and a PNG must end with its IEND chunk. */
static gboolean
is_whole (GBytes    *bytes,
          GdkPixbuf *pixbuf,
          int        rows)
{
  static const guint8 png_signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  static const guint8 png_end[12] = { 0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xae, 0x42, 0x60, 0x82 };
  gsize len = 0;
  const guint8 *data = g_bytes_get_data (bytes, &len);

  if (rows < gdk_pixbuf_get_height (pixbuf))
    return FALSE;
  if (len >= sizeof png_signature && memcmp (data, png_signature, sizeof png_signature) == 0)
    return len >= sizeof png_signature + sizeof png_end &&
           memcmp (data + len - sizeof png_end, png_end, sizeof png_end) == 0;
  return TRUE;
}

/* @c × @a / 255, rounded. */
static inline guint
premultiply (guint c,
             guint a)
{
  guint t = c * a + 0x80;

  return ((t >> 8) + t) >> 8;
}

/* RGB or RGBA, 8 bits a channel, straight alpha → cairo's premultiplied
 * native-endian ARGB32. */
static cairo_surface_t *
surface_for_pixbuf (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int n_channels = gdk_pixbuf_get_n_channels (pixbuf);
  int src_stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guint8 *src = gdk_pixbuf_read_pixels (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  int stride = cairo_image_surface_get_stride (surface);
  guint8 *dest;

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    return surface;
  cairo_surface_flush (surface);
  dest = cairo_image_surface_get_data (surface);
  for (int y = 0; y < height; y++)
    {
      const guint8 *s = src + (gsize) y * src_stride;
      guint32 *d = (guint32 *) (gpointer) (dest + (gsize) y * stride);

      for (int x = 0; x < width; x++, s += n_channels)
        {
          guint a = n_channels == 4 ? s[3] : 0xff;
          guint r = s[0], g = s[1], b = s[2];

          if (a != 0xff)
            {
              r = premultiply (r, a);
              g = premultiply (g, a);
              b = premultiply (b, a);
            }
          d[x] = (a << 24) | (r << 16) | (g << 8) | b;
        }
    }
  cairo_surface_mark_dirty (surface);

  return surface;
}

/**
 * sitrep_tile_image_decode:
 *
 * Decodes @bytes into a new image surface of at most @max_size pixels a side.
 *
 * Returns: (transfer full) (nullable): the surface, or %NULL with @error set
 */
cairo_surface_t *
sitrep_tile_image_decode (GBytes  *bytes,
                          guint    max_size,
                          GError **error)
{
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GError) local_error = NULL;
  Decoding d = { max_size, 0 };
  GdkPixbuf *pixbuf;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (max_size > 0, NULL);

  /* A file cut short before its first byte (gdk-pixbuf asserts on it). */
  if (g_bytes_get_size (bytes) == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "The tile is empty");
      return NULL;
    }
  loader = gdk_pixbuf_loader_new ();
  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_size_prepared), &d);
  g_signal_connect (loader, "area-updated", G_CALLBACK (on_area_updated), &d);
  if (!gdk_pixbuf_loader_write_bytes (loader, bytes, &local_error) ||
      !gdk_pixbuf_loader_close (loader, &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "The tile is not an image: %s",
                   local_error->message);
      return NULL;
    }
  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  if (d.max_size == 0 || pixbuf == NULL || gdk_pixbuf_get_bits_per_sample (pixbuf) != 8 ||
      gdk_pixbuf_get_n_channels (pixbuf) < 3)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "The tile is not an image of at most %u pixels each way", max_size);
      return NULL;
    }

  if (!is_whole (bytes, pixbuf, d.rows))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "The tile image is cut short");
      return NULL;
    }

  return surface_for_pixbuf (pixbuf);
}

typedef struct
{
  GBytes *bytes;
  guint   max_size;
} DecodeJob;

static void
decode_job_free (DecodeJob *job)
{
  g_bytes_unref (job->bytes);
  g_free (job);
}

static void
decode_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  DecodeJob *job = task_data;
  cairo_surface_t *surface;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  surface = sitrep_tile_image_decode (job->bytes, job->max_size, &error);
  if (surface == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, surface, (GDestroyNotify) cairo_surface_destroy);
}

/**
 * sitrep_tile_image_decode_async:
 *
 * sitrep_tile_image_decode() on a worker thread; @bytes is kept until done.
 */
void
sitrep_tile_image_decode_async (GBytes              *bytes,
                                guint                max_size,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  DecodeJob *job;

  g_return_if_fail (bytes != NULL);
  g_return_if_fail (max_size > 0);

  job = g_new0 (DecodeJob, 1);
  job->bytes = g_bytes_ref (bytes);
  job->max_size = max_size;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_tile_image_decode_async);
  g_task_set_name (task, "[sitrep] decode tile");
  g_task_set_task_data (task, job, (GDestroyNotify) decode_job_free);
  g_task_run_in_thread (task, decode_thread);
}

/**
 * sitrep_tile_image_decode_finish:
 *
 * Returns: (transfer full) (nullable): the surface, or %NULL with @error set
 *   (G_IO_ERROR_CANCELLED after a cancel)
 */
cairo_surface_t *
sitrep_tile_image_decode_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_tile_image_decode_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

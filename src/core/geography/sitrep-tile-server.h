/* sitrep-tile-server.h — map tiles from a tile server: fetched within limits, decoded on a worker
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

/* Decodes @bytes, a tile image from a tile server (PNG, JPEG … any format
 * gdk-pixbuf reads), into a new ARGB32 image surface (premultiplied, as
 * cairo and GDK_MEMORY_DEFAULT want it). An image over @max_size pixels
 * either way is refused before its pixels are allocated. Fails with
 * G_IO_ERROR_INVALID_DATA for anything that is not such an image; the
 * message is for logs (a map falls back to its offline tiles quietly). */
cairo_surface_t *sitrep_tile_image_decode        (GBytes               *bytes,
                                                  guint                 max_size,
                                                  GError              **error);

/* The same on a worker thread. A cancel before the decoding is done ends it
 * with G_IO_ERROR_CANCELLED and no surface. */
void             sitrep_tile_image_decode_async  (GBytes               *bytes,
                                                  guint                 max_size,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
cairo_surface_t *sitrep_tile_image_decode_finish (GAsyncResult         *result,
                                                  GError              **error);

/* Fetches the tile at @url with @session and decodes it on a worker: the
 * whole tile must arrive within @deadline_s seconds and @max_bytes, and be
 * an image of at most @max_size pixels either way. The caller reads it from
 * and keeps it in a disk cache, not this. Errors (for logs: a map falls back
 * to its offline tiles): the server's or the network's, G_IO_ERROR_FAILED
 * for an HTTP error status, G_IO_ERROR_TIMED_OUT at the deadline,
 * G_IO_ERROR_MESSAGE_TOO_LARGE, G_IO_ERROR_INVALID_DATA (not an image),
 * G_IO_ERROR_CANCELLED. */
void             sitrep_tile_fetch_async         (SoupSession          *session,
                                                  const char           *url,
                                                  guint                 deadline_s,
                                                  gsize                 max_bytes,
                                                  guint                 max_size,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
/* The tile as a new ARGB32 image surface; *@bytes (optional): the image as
 * the server sent it, for a disk cache. */
cairo_surface_t *sitrep_tile_fetch_finish        (GAsyncResult         *result,
                                                  GBytes              **bytes,
                                                  GError              **error);

G_END_DECLS

/* fuzz-tile-image.c — libFuzzer target: the bytes a tile server sends, decoded as the map does
 * (sitrep_tile_image_decode: gdk-pixbuf, a size cap, images cut short refused)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-fuzz.h"
#include "sitrep-tile-server.h"

#define MAX_SIZE 256

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = sitrep_tile_image_decode (bytes, MAX_SIZE, &error);

  if (surface == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA))
        g_error ("a tile that cannot be read must say so as invalid data: %s", error->message);
      return 0;
    }
  if (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS)
    {
      int width = cairo_image_surface_get_width (surface);
      int height = cairo_image_surface_get_height (surface);
      int stride = cairo_image_surface_get_stride (surface);
      const guint8 *pixels = cairo_image_surface_get_data (surface);
      guint32 sum = 0;

      if (width <= 0 || height <= 0 || width > MAX_SIZE || height > MAX_SIZE)
        g_error ("a tile of %d × %d pixels passed the cap of %d", width, height, MAX_SIZE);
      if (cairo_image_surface_get_format (surface) != CAIRO_FORMAT_ARGB32)
        g_error ("a tile not in ARGB32");
      /* every pixel readable, and premultiplied: no colour above its alpha */
      for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
          {
            guint32 p = *(const guint32 *) (gconstpointer) (pixels + (gsize) y * stride + 4 * x);
            guint a = p >> 24;

            if (((p >> 16) & 0xff) > a || ((p >> 8) & 0xff) > a || (p & 0xff) > a)
              g_error ("pixel %08x at %d,%d is not premultiplied", p, x, y);
            sum += p;
          }
      (void) sum;
    }
  cairo_surface_destroy (surface);
  return 0;
}

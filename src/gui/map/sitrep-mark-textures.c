/* sitrep-mark-textures.c — round marks drawn once per colour and size, for the map and the timeline
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include "sitrep-mark-textures.h"

GHashTable *
sitrep_mark_textures_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

GdkTexture *
sitrep_mark_texture (GHashTable    *cache,
                     const GdkRGBA *colour,
                     int            px,
                     double         outline_px)
{
  guint64 key = ((guint64) lround (outline_px * 4) << 48) |
                ((guint64) (colour->red * 255) << 40) | ((guint64) (colour->green * 255) << 32) |
                ((guint64) (colour->blue * 255) << 24) | ((guint64) (colour->alpha * 255) << 16) |
                (guint64) px;
  GdkTexture *texture = g_hash_table_lookup (cache, &key);
  cairo_surface_t *surface;
  g_autoptr(GBytes) bytes = NULL;
  cairo_t *cr;

  if (texture != NULL)
    return texture;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, px, px);
  cr = cairo_create (surface);
  cairo_arc (cr, px / 2.0, px / 2.0, px / 2.0 - outline_px / 2, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, colour);
  if (outline_px > 0)
    {
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
      cairo_set_line_width (cr, outline_px);
      cairo_stroke (cr);
    }
  else
    cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Cairo's ARGB32 is GDK_MEMORY_DEFAULT: premultiplied, native order. */
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * px);
  texture = gdk_memory_texture_new (px, px, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  g_hash_table_insert (cache, g_memdup2 (&key, sizeof key), texture);
  return texture;
}

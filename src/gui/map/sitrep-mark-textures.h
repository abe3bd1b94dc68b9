/* sitrep-mark-textures.h — round marks drawn once per colour and size, for the map and the timeline
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A cache for sitrep_mark_texture (): free with g_hash_table_unref. */
GHashTable *sitrep_mark_textures_new (void);

/* A round mark @px device pixels wide in @colour, with a white ring
 * @outline_px wide (0: none), drawn once and then taken from @cache: a
 * texture node per mark costs GSK far less than a rounded clip (and a
 * border) per mark, and a frame draws marks by the thousand (bench-map). */
GdkTexture *sitrep_mark_texture      (GHashTable    *cache,
                                      const GdkRGBA *colour,
                                      int            px,
                                      double         outline_px);

G_END_DECLS

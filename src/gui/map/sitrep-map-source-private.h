/* sitrep-map-source-private.h — test hooks of the map source
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-map-source.h"

G_BEGIN_DECLS

/* How long a tile server gets for a whole tile (20 s by default). */
void _sitrep_map_source_set_deadline (SitrepMapSource *self,
                                      guint            seconds);

/* Tiles fetched (or read from the disk cache) and tiles that fell back to
 * the offline map, since the source was made. */
guint            sitrep_map_source_get_n_fetched    (SitrepMapSource *self);
guint            sitrep_map_source_get_n_fallbacks  (SitrepMapSource *self);

/* The disk cache of an online source's fetched tiles (NULL offline). */
ShumateFileCache *_sitrep_map_source_get_file_cache (SitrepMapSource *self);

G_END_DECLS

/* sitrep-map-source.h — map tiles: drawn offline by the core base map in worker
 * threads, or fetched from a tile server with the offline map as fall-back
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <shumate/shumate.h>

#include "sitrep-basemap.h"
#include "sitrep-flight.h"

G_BEGIN_DECLS

#define SITREP_TYPE_MAP_SOURCE (sitrep_map_source_get_type ())
G_DECLARE_FINAL_TYPE (SitrepMapSource, sitrep_map_source, SITREP, MAP_SOURCE, ShumateMapSource)

/* The User-Agent sent to tile servers. */
#define SITREP_MAP_USER_AGENT "Sitrep/" VERSION " (offline-first conflict-data workbench; GNOME desktop)"

/* The offline base map in the light style. */
SitrepMapSource *sitrep_map_source_new        (void);
/* The offline base map in the colours of @style (light or dark). */
SitrepMapSource *sitrep_map_source_new_styled (SitrepBasemapStyle  style);
/* The style the windows are in now (libadwaita's dark or light). */
SitrepBasemapStyle sitrep_map_source_style_for_display (void);
/* The style an offline source draws in (light for an online source's fall-backs). */
SitrepBasemapStyle sitrep_map_source_get_style (SitrepMapSource   *self);
/* Raster tiles from @url_template ("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
 * cached in the user's cache folder; a tile that cannot be fetched is drawn
 * from the offline map instead, quietly. */
SitrepMapSource *sitrep_map_source_new_online (const char      *url_template);
const char      *sitrep_map_source_get_url_template (SitrepMapSource *self);

/* Offline tiles are kept once drawn; these draw ahead of a move (a
 * presentation's flight) so the map finds every tile at once. */
void             sitrep_map_source_prefetch_async   (SitrepMapSource     *self,
                                                     const SitrepTileId  *tiles,
                                                     guint                n_tiles,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean         sitrep_map_source_prefetch_finish  (SitrepMapSource     *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
/* Whether every tile is drawn already (always for an online source). */
gboolean         sitrep_map_source_has_tiles        (SitrepMapSource     *self,
                                                     const SitrepTileId  *tiles,
                                                     guint                n_tiles);
/* Tiles the map asked for that were not drawn yet: each showed blank for
 * at least a frame. */
guint            sitrep_map_source_get_n_waits      (SitrepMapSource     *self);

G_END_DECLS

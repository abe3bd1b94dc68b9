/* sitrep-geography-private.h — what the geography part offers its own files and the tests only
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-flight.h"
#include "sitrep-gazetteer.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

/* The highest point of the flight (lowest zoom). */
double        sitrep_flight_get_min_zoom  (const SitrepFlight *self);
/* The tiles of a still view (the rules of sitrep_flight_get_tiles). Appends to @tiles those not yet
 * in @seen (keys from sitrep_tile_id_key); either may be NULL. */
void          sitrep_view_collect_tiles   (double              latitude,
                                           double              longitude,
                                           double              zoom,
                                           double              width,
                                           double              height,
                                           guint               tile_size,
                                           guint               min_zoom,
                                           guint               max_zoom,
                                           GHashTable         *seen,
                                           GArray             *tiles);

/* How many places the bundled gazetteer holds. */
guint         sitrep_gazetteer_get_n_bundled      (SitrepGazetteer *self);
/* How many places were loaded into @store (a GeoNames dump). */
gint64        sitrep_store_count_gazetteer_places (SitrepStore     *store,
                                                   GError         **error);

G_END_DECLS

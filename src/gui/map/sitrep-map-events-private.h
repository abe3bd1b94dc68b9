/* sitrep-map-events-private.h — test hooks of the map events: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-map-events.h"

G_BEGIN_DECLS

/* How many times every point was set again (for tests and benchmarks). */
guint             sitrep_map_events_get_n_resets    (SitrepMapEvents      *self);
/* From how many events the points are made in a worker (20,000; tests set 0). */
void              sitrep_map_events_set_build_threshold (SitrepMapEvents  *self,
                                                         guint             n_entries);
G_END_DECLS

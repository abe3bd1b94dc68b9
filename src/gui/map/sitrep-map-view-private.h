/* sitrep-map-view-private.h — test hooks of the map view: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-map-view.h"

G_BEGIN_DECLS

guint                 sitrep_map_view_get_n_places     (SitrepMapView *self);
guint                 sitrep_map_view_get_n_unplaced   (SitrepMapView *self);
G_END_DECLS

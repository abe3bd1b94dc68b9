/* sitrep-map-view-private.h — test hooks of the map view: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-map-view.h"

G_BEGIN_DECLS

guint                 sitrep_map_view_get_n_places     (SitrepMapView *self);
guint                 sitrep_map_view_get_n_unplaced   (SitrepMapView *self);
/* What the map says of event @event_id (its tooltip, and its row in the
 * popover of what is under a cluster). */
char                 *sitrep_map_view_dup_event_text   (SitrepMapView *self,
                                                        gint64         event_id);
G_END_DECLS

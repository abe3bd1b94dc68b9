/* sitrep-map-points-layer-private.h — test hooks of the map points layer: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-map-points-layer.h"

G_BEGIN_DECLS

/* Where the ring of the highlighted event was drawn in the last frame, in
 * the layer's coordinates; FALSE when it was not drawn. */
gboolean              sitrep_map_points_layer_get_highlight_drawn (SitrepMapPointsLayer *self,
                                                                   double               *x,
                                                                   double               *y);
/* Number of marks the last frame drew (points and clusters in view). */
guint                 sitrep_map_points_layer_get_n_drawn (SitrepMapPointsLayer *self);
/* Mark @index of the last frame (or layout: pick() lays out too): its
 * disk, its count's label (empty when none is drawn) and how many points
 * it holds, in the layer's coordinates; FALSE past the last. */
gboolean              sitrep_map_points_layer_get_drawn (SitrepMapPointsLayer *self,
                                                         guint                 index,
                                                         graphene_rect_t      *disk,
                                                         graphene_rect_t      *label,
                                                         guint                *count);
G_END_DECLS

/* sitrep-map-view.h — the map pane: offline base map, the article's places, events
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-gazetteer.h"
#include "sitrep-map-points-layer.h"

G_BEGIN_DECLS

#define SITREP_TYPE_MAP_VIEW (sitrep_map_view_get_type ())
G_DECLARE_FINAL_TYPE (SitrepMapView, sitrep_map_view, SITREP, MAP_VIEW, GtkWidget)

GtkWidget            *sitrep_map_view_new              (void);
/* Shows a marker per place (SitrepGazetteerPlace), doubtful ones greyed. */
void                  sitrep_map_view_set_places       (SitrepMapView *self,
                                                        GPtrArray     *places);
guint                 sitrep_map_view_get_n_places     (SitrepMapView *self);
SitrepMapPointsLayer *sitrep_map_view_get_events_layer (SitrepMapView *self);
void                  sitrep_map_view_center_on        (SitrepMapView *self,
                                                        double         latitude,
                                                        double         longitude,
                                                        double         zoom);

G_END_DECLS

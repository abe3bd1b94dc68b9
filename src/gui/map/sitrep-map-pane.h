/* sitrep-map-pane.h — the map pane: the events on the map, the current event, only what is in view
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-map-view.h"
#include "sitrep-pane.h"

G_BEGIN_DECLS

#define SITREP_TYPE_MAP_PANE (sitrep_map_pane_get_type ())
G_DECLARE_FINAL_TYPE (SitrepMapPane, sitrep_map_pane, SITREP, MAP_PANE, SitrepPane)

/* A SitrepPane:
 *   "workspace" (SitrepWorkspace): the map rings its event and goes to it,
 *     sets it when a point is clicked, keeps its "only-in-view" and tells it
 *     the area the map rests on
 *   "event-index" (SitrepEventIndex): the events drawn
 * Online tiles follow the "online-tiles" and "tile-url-template" settings. */

GtkWidget     *sitrep_map_pane_new             (void);
SitrepMapView *sitrep_map_pane_get_view        (SitrepMapPane    *self);
/* With "Only what is in view" on, the ids (gint64) of the events inside the
 * map's visible area; NULL when the filter is off. */
GArray        *sitrep_map_pane_dup_event_ids_in_view (SitrepMapPane *self);
/* "12,345" in the user's locale (the map's tooltips and counts). */
char          *sitrep_map_pane_format_count    (guint64           n);

G_END_DECLS

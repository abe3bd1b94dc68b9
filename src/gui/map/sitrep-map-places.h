/* sitrep-map-places.h — the map view's article places: their pins and the rows of the Places list, kept by entity
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "sitrep-map-view.h"

G_BEGIN_DECLS

/* Makes @layer show a pin per place of @places (SitrepGazetteerPlace), the
 * doubtful ones greyed; with @entity_ids (one per place, or NULL), a pin is
 * a button activating win.choose-place with its entity id. The pin of an
 * entity already shown is kept (moved, retold), not made anew: a refresh
 * between a press on it and the release lost the click. */
void  sitrep_map_places_sync_pins (ShumateMarkerLayer      *layer,
                                   GPtrArray               *places,
                                   const gint64            *entity_ids);
/* The entities of @layer's pins whose button covers (@x, @y) of @map,
 * the one drawn on top first. */
GArray *sitrep_map_places_pins_at      (ShumateMarkerLayer *layer,
                                        GtkWidget          *map,
                                        double              x,
                                        double              y);
/* What the pin of @entity_id says it is ("Jassim — Daraa, Syria"), or NULL. */
char   *sitrep_map_places_dup_pin_name (ShumateMarkerLayer *layer,
                                        gint64              entity_id);
/* Makes @list hold one row per place of @rows, in that order; the row of an
 * entity already listed is kept and retold, for the same reason. Returns how
 * many of them are placed. */
guint sitrep_map_places_sync_rows (GtkListBox              *list,
                                   const SitrepMapPlaceRow *rows,
                                   guint                    n_rows);

G_END_DECLS

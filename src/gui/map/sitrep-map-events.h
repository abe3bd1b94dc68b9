/* sitrep-map-events.h — keeps the map's event points in step with the event index, event by event
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-event-index.h"
#include "sitrep-map-points-layer.h"

G_BEGIN_DECLS

#define SITREP_TYPE_MAP_EVENTS (sitrep_map_events_get_type ())
G_DECLARE_FINAL_TYPE (SitrepMapEvents, sitrep_map_events, SITREP, MAP_EVENTS, GObject)

/* Puts every placed event of the index on @layer (a point sized by its
 * dead, coloured by its type) and then, as the index says which events
 * changed, moves, restyles, adds or removes only those points.
 *
 * Signal "changed" (gpointer ids, guint n_ids): the points of those events
 * (gint64) were updated; @ids NULL: every point was set again. */
SitrepMapEvents  *sitrep_map_events_new             (SitrepMapPointsLayer *layer);
void              sitrep_map_events_set_index       (SitrepMapEvents      *self,
                                                     SitrepEventIndex     *index);
SitrepEventIndex *sitrep_map_events_get_index       (SitrepMapEvents      *self);
/* Shows only the events whose dates overlap days @first … @last (Julian,
 * inclusive); 0, 0 shows every event. */
void              sitrep_map_events_set_day_range   (SitrepMapEvents      *self,
                                                     guint32               first,
                                                     guint32               last);
/* Sets every point again from the index, without reading the store. */
void              sitrep_map_events_redraw          (SitrepMapEvents      *self);
/* While the map is not shown, a reload waits for @active. */
void              sitrep_map_events_set_active      (SitrepMapEvents      *self,
                                                     gboolean              active);
/* Events without coordinates, in no particular order (gint64). */
GArray           *sitrep_map_events_dup_unplaced    (SitrepMapEvents      *self);
guint             sitrep_map_events_get_n_unplaced  (SitrepMapEvents      *self);
/* The credit of the dataset some shown events come from, or NULL. */
const char       *sitrep_map_events_get_credit      (SitrepMapEvents      *self);
/* The point of an event as the map draws it; FALSE when it has no place. */
gboolean          sitrep_map_events_point_for_entry (const SitrepEventIndexEntry *entry,
                                                     SitrepMapPoint              *point);
/* TRUE while the points of a large index are made in a worker (the layer
 * shows the old ones until they are in). */
gboolean          sitrep_map_events_get_building    (SitrepMapEvents      *self);

G_END_DECLS

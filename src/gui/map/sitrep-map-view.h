/* sitrep-map-view.h — the map pane: offline base map, the article's places, events
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "sitrep-event-index.h"
#include "sitrep-gazetteer.h"
#include "sitrep-map-events.h"
#include "sitrep-map-points-layer.h"

G_BEGIN_DECLS

#define SITREP_TYPE_MAP_VIEW (sitrep_map_view_get_type ())
G_DECLARE_FINAL_TYPE (SitrepMapView, sitrep_map_view, SITREP, MAP_VIEW, GtkWidget)

/* Text of the tooltip over event @id (a cluster of @n_points when > 1). */
typedef char *(*SitrepMapTooltipFunc) (gint64   id,
                                       guint    n_points,
                                       gpointer user_data);

/* Signals:
 *   "event-activated" (gint64 id): an event was clicked on the map or in
 *     the list of unplaced events
 *   "location-clicked" (double latitude, double longitude): a click on the
 *     map that hit no event
 *   "view-changed": the visible area changed and has settled
 *   "events-changed" (gpointer ids, guint n_ids): the points of those
 *     events (gint64) were updated from the event index; NULL: all
 * Property "only-in-view" (boolean): the tool bar's In View toggle. */
GtkWidget            *sitrep_map_view_new              (void);
/* Shows a marker per place (SitrepGazetteerPlace), doubtful ones greyed;
 * with @entity_ids (one per place, or NULL) a click on a marker activates
 * win.choose-place with the entity id. */
void                  sitrep_map_view_set_places       (SitrepMapView *self,
                                                        GPtrArray     *places,
                                                        const gint64  *entity_ids);
/* One row of the Places list of the tool bar. */
typedef struct
{
  gint64      entity_id;
  const char *name;
  const char *detail;
  gboolean    placed;
} SitrepMapPlaceRow;

/* Fills the tool bar's list of the article's places; a row activates
 * win.choose-place with its entity id. */
void                  sitrep_map_view_set_place_rows   (SitrepMapView           *self,
                                                        const SitrepMapPlaceRow *rows,
                                                        guint                    n_rows);
gboolean              sitrep_map_view_get_only_in_view (SitrepMapView *self);
void                  sitrep_map_view_set_only_in_view (SitrepMapView *self,
                                                        gboolean       only_in_view);
SitrepMapPointsLayer *sitrep_map_view_get_events_layer (SitrepMapView *self);
ShumateMap           *sitrep_map_view_get_map          (SitrepMapView *self);
ShumateViewport      *sitrep_map_view_get_viewport     (SitrepMapView *self);
/* The source drawing the base map now (offline, or online with fall-back). */
ShumateMapSource     *sitrep_map_view_get_map_source   (SitrepMapView *self);
void                  sitrep_map_view_center_on        (SitrepMapView *self,
                                                        double         latitude,
                                                        double         longitude,
                                                        double         zoom);
/* The visible area in degrees; FALSE before the map has a size. */
gboolean              sitrep_map_view_get_bounds       (SitrepMapView *self,
                                                        double        *west,
                                                        double        *south,
                                                        double        *east,
                                                        double        *north);
void                  sitrep_map_view_set_tooltip_func (SitrepMapView        *self,
                                                        SitrepMapTooltipFunc  func,
                                                        gpointer              user_data);
/* Events without coordinates (SitrepEvent); the control shows their number. */
void                  sitrep_map_view_set_unplaced     (SitrepMapView *self,
                                                        GPtrArray     *events);
/* A prompt over the map while the user is to click a place; NULL hides it. */
void                  sitrep_map_view_set_pin_prompt   (SitrepMapView *self,
                                                        const char    *text);
/* Progress of a long task (@fraction < 0 pulses); @text NULL hides it. */
void                  sitrep_map_view_set_progress     (SitrepMapView *self,
                                                        const char    *text,
                                                        double         fraction);
/* A short note in the tool bar ("12 events in view"). */
void                  sitrep_map_view_set_status       (SitrepMapView *self,
                                                        const char    *text);
/* The credit of the dataset the events shown come from ("UCDP GED (CC BY 4.0)"),
 * shown with the map's own; NULL for none. */
void                  sitrep_map_view_set_data_credit  (SitrepMapView *self,
                                                        const char    *credit);
const char           *sitrep_map_view_get_data_credit  (SitrepMapView *self);
/* Draws OpenStreetMap-style raster tiles from @url_template ({z}/{x}/{y}),
 * falling back to the offline map tile by tile; NULL: the offline map. */
void                  sitrep_map_view_set_online       (SitrepMapView *self,
                                                        const char    *url_template);
/* The events drawn: those of @index, followed event by event. */
void                  sitrep_map_view_set_event_index  (SitrepMapView    *self,
                                                        SitrepEventIndex *index);
SitrepEventIndex     *sitrep_map_view_get_event_index  (SitrepMapView    *self);
SitrepMapEvents      *sitrep_map_view_get_map_events   (SitrepMapView    *self);
/* Draws only the events of days @first … @last (0, 0: all). */
void                  sitrep_map_view_set_day_range    (SitrepMapView    *self,
                                                        guint32           first,
                                                        guint32           last);
/* Sets every point again from the index (after playback drew its own). */
void                  sitrep_map_view_redraw_events    (SitrepMapView    *self);
/* The event whose mark is drawn at (@x, @y) of the map widget over one of
 * the article's place pins, which a click there activates; 0 if none. */
gint64                sitrep_map_view_event_over_pin   (SitrepMapView    *self,
                                                        double            x,
                                                        double            y);

G_END_DECLS

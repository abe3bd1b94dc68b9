/* sitrep-presentation-private.h — what the parts of SitrepPresentation share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <shumate/shumate.h>

#include "sitrep-flight.h"
#include "sitrep-map-points-layer.h"
#include "sitrep-presentation.h"
#include "sitrep-story-export.h"
#include "sitrep-timeline-view.h"

G_BEGIN_DECLS

/* How long a step waits for its flight's tiles before flying anyway. */
#define MAX_WAIT_MS 600

struct _SitrepPresentation
{
  AdwWindow             parent_instance;

  /* template widgets */
  GtkOverlay           *overlay;
  ShumateMap           *map;
  GtkRevealer          *card_revealer;
  GtkLabel             *step_label;
  GtkLabel             *headline_label;
  GtkLabel             *date_label;
  GtkLabel             *place_label;
  GtkLabel             *type_label;
  GtkLabel             *actors_label;
  GtkLabel             *figures_label;
  GtkLabel             *sources_label;
  GtkLabel             *dispute_label;
  GtkLabel             *quote_label;
  GtkLabel             *quote_source_label;
  GtkLabel             *counter_label;
  GtkLabel             *title_label;
  GtkWidget            *nowhere_label;
  GtkRevealer          *strip_revealer;
  SitrepTimelineView   *strip;
  GtkWidget            *empty_page;
  ShumateLicense       *license;

  /* owned references */
  SitrepStore          *store;
  SitrepEventIndex     *index;      /* the window's, when it has one */
  ShumateMapSource     *source;
  SitrepMapPointsLayer *points;
  GArray               *ids;        /* gint64, the steps */
  GPtrArray            *cards;      /* SitrepStoryCard, NULL until shown */
  char                 *story;

  /* state */
  guint                 step;
  gboolean              card_visible;
  gboolean              strip_visible;

  /* the flight to the current step: drawn ahead, then flown */
  SitrepFlight         *flight;
  guint                 flight_tick_id;
  gint64                flight_start_us;
  guint                 flight_wait_id;
  guint                 land_idle_id;
  guint                 settle_idle_id;
  int                   map_width;
  int                   map_height;
  guint                 waits_before;
  GCancellable         *drawing;      /* the tiles of the flight to drawing_step */
  guint                 drawing_step;
  gboolean              fly_when_drawn;
  gboolean              prefetch;

  /* measured */
  guint                 n_flights;
  guint                 n_late_tiles;
  guint                 n_tiles;
  gint64                wait_us;
};

/* sitrep-presentation.c */
SitrepStoryCard *_sitrep_presentation_card_at      (SitrepPresentation *self,
                                                    guint               step);

/* sitrep-presentation-flight.c: the map's way from step to step */
void             _sitrep_presentation_go_to_step   (SitrepPresentation *self,
                                                    SitrepStoryCard    *card,
                                                    gboolean            animate);
void             _sitrep_presentation_draw_ahead   (SitrepPresentation *self);
void             _sitrep_presentation_stop_flight  (SitrepPresentation *self);
void             _sitrep_presentation_stop_drawing (SitrepPresentation *self);

G_END_DECLS

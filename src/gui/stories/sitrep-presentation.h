/* sitrep-presentation.h — full-screen presentation: one incident per step, the map flying to each
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sitrep-event-index.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_PRESENTATION (sitrep_presentation_get_type ())
G_DECLARE_FINAL_TYPE (SitrepPresentation, sitrep_presentation, SITREP, PRESENTATION, AdwWindow)

/* Steps through the story called @story, or with @story NULL through every
 * event in date order. Actions: presentation.next, .previous, .first,
 * .last, .toggle-card, .toggle-strip, .leave. */
SitrepPresentation *sitrep_presentation_new            (GtkWindow          *parent,
                                                        SitrepStore        *store,
                                                        const char         *story,
                                                        GError            **error);
/* The same on @index's store; the steps are drawn from @index and follow
 * its edits (the window's way). */
SitrepPresentation *sitrep_presentation_new_for_index  (GtkWindow          *parent,
                                                        SitrepEventIndex   *index,
                                                        const char         *story,
                                                        GError            **error);
/* Presents only the steps dated within days @first … @last (Julian days, a
 * range brushed on the timeline), from the first of them; FALSE, with the
 * presentation unchanged, when none is. */
gboolean            sitrep_presentation_set_range      (SitrepPresentation *self,
                                                        guint32             first,
                                                        guint32             last,
                                                        GError            **error);
guint               sitrep_presentation_get_n_steps    (SitrepPresentation *self);
/* 0-based. */
guint               sitrep_presentation_get_step       (SitrepPresentation *self);
void                sitrep_presentation_set_step       (SitrepPresentation *self,
                                                        guint               step);
gint64              sitrep_presentation_get_event      (SitrepPresentation *self);
gboolean            sitrep_presentation_get_card_visible  (SitrepPresentation *self);
gboolean            sitrep_presentation_get_strip_visible (SitrepPresentation *self);

/* The map flies from step to step, drawing the tiles along the way first
 * (ahead, while the presenter speaks) so that none shows blank. */
gboolean            sitrep_presentation_get_flying        (SitrepPresentation *self);
gboolean            sitrep_presentation_get_ready         (SitrepPresentation *self);
void                sitrep_presentation_get_flight_stats  (SitrepPresentation *self,
                                                           guint              *n_flights,
                                                           guint              *n_late_tiles,
                                                           guint              *n_tiles,
                                                           double             *wait_ms);

G_END_DECLS

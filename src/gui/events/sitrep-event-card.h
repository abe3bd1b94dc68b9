/* sitrep-event-card.h — one event as a card: what, when, where, who, figures, claims, evidence
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_EVENT_CARD (sitrep_event_card_get_type ())
G_DECLARE_FINAL_TYPE (SitrepEventCard, sitrep_event_card, SITREP, EVENT_CARD, GtkWidget)

/* Shows event @id of @store (0 for none), read now. */
void         sitrep_event_card_set_event        (SitrepEventCard *self,
                                                 SitrepStore     *store,
                                                 gint64           id);
/* Reads the event again (after an edit or an undo). */
void         sitrep_event_card_reload           (SitrepEventCard *self);
gint64       sitrep_event_card_get_event_id     (SitrepEventCard *self);
/* What is shown, for tests and assistive code. */
const char  *sitrep_event_card_get_figure_text  (SitrepEventCard *self,
                                                 const char      *figure);

G_END_DECLS

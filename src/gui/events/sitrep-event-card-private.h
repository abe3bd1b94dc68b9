/* sitrep-event-card-private.h — test hooks of the event card: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-event-card.h"

G_BEGIN_DECLS

guint        sitrep_event_card_count_claims     (SitrepEventCard *self);
/* The evidence rows; activating one opens its span (win.show-evidence). */
GtkWidget   *sitrep_event_card_get_evidence_row (SitrepEventCard *self,
                                                 guint            index);
const char  *sitrep_event_card_get_explanation  (SitrepEventCard *self);
const char  *sitrep_event_card_get_reports_tooltip (SitrepEventCard *self);
G_END_DECLS

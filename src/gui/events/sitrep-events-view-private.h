/* sitrep-events-view-private.h — test hooks of the events view: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-events-view.h"

G_BEGIN_DECLS

SitrepEventCard *sitrep_events_view_get_card          (SitrepEventsView *self);
/* The events shown (NULL without a store). */
SitrepEventList *sitrep_events_view_get_list          (SitrepEventsView *self);
/* Sorts as clicking a column header does. */
void             sitrep_events_view_sort_by           (SitrepEventsView *self,
                                                       SitrepEventSort   sort,
                                                       gboolean          descending);
G_END_DECLS

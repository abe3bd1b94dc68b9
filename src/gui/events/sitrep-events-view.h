/* sitrep-events-view.h — every event of a project in a sortable, filterable table, with the card of the selected one
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-event-card.h"
#include "sitrep-event-index.h"
#include "sitrep-event-list.h"

G_BEGIN_DECLS

#define SITREP_TYPE_EVENTS_VIEW (sitrep_events_view_get_type ())
G_DECLARE_FINAL_TYPE (SitrepEventsView, sitrep_events_view, SITREP, EVENTS_VIEW, GtkWidget)

void             sitrep_events_view_set_store         (SitrepEventsView *self,
                                                       SitrepStore      *store);
void             sitrep_events_view_set_event_index   (SitrepEventsView *self,
                                                       SitrepEventIndex *index);
GtkColumnView   *sitrep_events_view_get_column_view   (SitrepEventsView *self);
/* Hides the Actors, Disputed and Sources columns (the card shows them; a disputed
 * figure is red), for a table too narrow to read them all. */
void             sitrep_events_view_set_compact       (SitrepEventsView *self,
                                                       gboolean          compact);
/* The selected event (0 for none); "selected-event" notifies. */
gint64           sitrep_events_view_get_selected_event (SitrepEventsView *self);
/* Selects event @id, clearing the filters if they hide it. */
gboolean         sitrep_events_view_select_event      (SitrepEventsView *self,
                                                       gint64            id);
/* The filters, as a user sets them (NULL / -1: any). */
void             sitrep_events_view_set_filter        (SitrepEventsView *self,
                                                       const char       *event_type,
                                                       const char       *date_from,
                                                       const char       *date_to,
                                                       const char       *search,
                                                       gboolean          disputed_only);

void             sitrep_events_view_set_date_range    (SitrepEventsView *self,
                                                       const char       *from,
                                                       const char       *to);
void             sitrep_events_view_set_area          (SitrepEventsView *self,
                                                       gboolean          enabled,
                                                       double            west,
                                                       double            south,
                                                       double            east,
                                                       double            north);

G_END_DECLS

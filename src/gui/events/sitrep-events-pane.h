/* sitrep-events-pane.h — the Events view as a pane of the window, following the workspace
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-event-index.h"
#include "sitrep-events-view.h"
#include "sitrep-workspace.h"

G_BEGIN_DECLS

#define SITREP_TYPE_EVENTS_PANE (sitrep_events_pane_get_type ())
G_DECLARE_FINAL_TYPE (SitrepEventsPane, sitrep_events_pane, SITREP, EVENTS_PANE, GtkWidget)

/* Properties:
 *   "workspace" (SitrepWorkspace): the list selects its event and sets it
 *     when the user selects a row; it lists the days of its brushed range
 *     and, with "only-in-view" on, the events in its area
 *   "event-index" (SitrepEventIndex): the project's events, listed from the
 *     workspace's project (NULL: none) */

GtkWidget        *sitrep_events_pane_new             (void);
SitrepEventsView *sitrep_events_pane_get_view        (SitrepEventsPane *self);
SitrepWorkspace  *sitrep_events_pane_get_workspace   (SitrepEventsPane *self);
void              sitrep_events_pane_set_workspace   (SitrepEventsPane *self,
                                                      SitrepWorkspace  *workspace);
SitrepEventIndex *sitrep_events_pane_get_event_index (SitrepEventsPane *self);
void              sitrep_events_pane_set_event_index (SitrepEventsPane *self,
                                                      SitrepEventIndex *index);

G_END_DECLS

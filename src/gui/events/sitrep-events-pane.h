/* sitrep-events-pane.h — the Events view as a pane of the window, following the workspace
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-events-view.h"
#include "sitrep-pane.h"

G_BEGIN_DECLS

#define SITREP_TYPE_EVENTS_PANE (sitrep_events_pane_get_type ())
G_DECLARE_FINAL_TYPE (SitrepEventsPane, sitrep_events_pane, SITREP, EVENTS_PANE, SitrepPane)

/* A SitrepPane:
 *   "workspace" (SitrepWorkspace): the list selects its event and sets it
 *     when the user selects a row; it lists the days of its brushed range
 *     and, with "only-in-view" on, the events in its area
 *   "event-index" (SitrepEventIndex): the project's events, listed from the
 *     workspace's project (NULL: none) */

GtkWidget        *sitrep_events_pane_new      (void);
SitrepEventsView *sitrep_events_pane_get_view (SitrepEventsPane *self);
/* TRUE while the table is too narrow for all its columns and shows it
 * without Actors, Disputed and Sources (see sitrep_events_view_set_compact). */
gboolean          sitrep_events_pane_get_compact (SitrepEventsPane *self);

G_END_DECLS

/* sitrep-suggestion-incident-item.h — one proposed incident as a list item: what it says and the event it would make or join
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-store-suggested-incidents.h"

G_BEGIN_DECLS

#define SITREP_TYPE_SUGGESTION_INCIDENT_ITEM (sitrep_suggestion_incident_item_get_type ())
G_DECLARE_FINAL_TYPE (SitrepSuggestionIncidentItem, sitrep_suggestion_incident_item, SITREP, SUGGESTION_INCIDENT_ITEM,
                      GObject)

/* Takes @incident; @event_title (may be NULL) names the event it would join. */
SitrepSuggestionIncidentItem *sitrep_suggestion_incident_item_new       (SitrepProposedIncident       *incident,
                                                                         const char                   *event_title);
const SitrepProposedIncident *sitrep_suggestion_incident_item_get       (SitrepSuggestionIncidentItem *self);
gint64                        sitrep_suggestion_incident_item_get_id    (SitrepSuggestionIncidentItem *self);
/* "12 killed, 30 wounded · Raqqa · 14 Oct 2022 · SDF". */
const char                   *sitrep_suggestion_incident_item_get_title (SitrepSuggestionIncidentItem *self);
/* The title as a row shows it: a long one cut at a space past 400
 * characters, "…" after it (the row shows three lines at most). */
const char                   *sitrep_suggestion_incident_item_get_shown_title (SitrepSuggestionIncidentItem *self);
/* "New event", or "Adds this report to event “…”". */
const char                   *sitrep_suggestion_incident_item_get_detail (SitrepSuggestionIncidentItem *self);
/* Whether accepting adds the report to an event already there. */
gboolean                      sitrep_suggestion_incident_item_get_joins (SitrepSuggestionIncidentItem *self);
/* Whether @other (a new reading of the incidents) shows as @self does:
 * the same id, title, detail and joining; if so @self takes @other's
 * incident (its row stays as it is). */
gboolean                      sitrep_suggestion_incident_item_renew     (SitrepSuggestionIncidentItem *self,
                                                                         SitrepSuggestionIncidentItem *other);

G_END_DECLS

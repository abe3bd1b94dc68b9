/* sitrep-suggestion-incidents.h — the article's proposed incidents in the annotation panel: Make Event, Add to Event, Reject
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-suggestion-review.h"

G_BEGIN_DECLS

#define SITREP_TYPE_SUGGESTION_INCIDENTS (sitrep_suggestion_incidents_get_type ())
G_DECLARE_FINAL_TYPE (SitrepSuggestionIncidents, sitrep_suggestion_incidents, SITREP, SUGGESTION_INCIDENTS, GtkWidget)

/* The "Incidents" group: a row for each of the review's incidents, its
 * buttons activating "suggestions.accept-incident" and
 * "suggestions.reject-incident" (an int64 id) on an ancestor; Enter on a
 * row accepts it, Delete or Backspace rejects it. Hidden when there are none.
 * The rows are part of the panel's scroll (no scroller of their own): the
 * first few, then a "Show N More Incidents" button that shows the rest. */
GtkWidget  *sitrep_suggestion_incidents_new        (void);
void        sitrep_suggestion_incidents_set_review (SitrepSuggestionIncidents *self,
                                                    SitrepSuggestionReview    *review);
GtkListBox *sitrep_suggestion_incidents_get_list   (SitrepSuggestionIncidents *self);
GtkButton  *sitrep_suggestion_incidents_get_more_button (SitrepSuggestionIncidents *self);

G_END_DECLS

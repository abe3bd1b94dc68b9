/* sitrep-suggestion-list-private.h — test hooks of the suggestion list: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-suggestion-incidents.h"
#include "sitrep-suggestion-list.h"

G_BEGIN_DECLS

/* For tests: the rows' list view. */
GtkListView *sitrep_suggestion_list_get_list_view (SitrepSuggestionList *self);
/* For tests: the count under the title. */
GtkLabel    *sitrep_suggestion_list_get_count_label (SitrepSuggestionList *self);
/* For tests: the "Incidents" group. */
SitrepSuggestionIncidents *sitrep_suggestion_list_get_incidents (SitrepSuggestionList *self);
/* For tests: "Suggesting… 3 of 60 articles" above the progress bar. */
GtkLabel    *sitrep_suggestion_list_get_progress_label (SitrepSuggestionList *self);
G_END_DECLS

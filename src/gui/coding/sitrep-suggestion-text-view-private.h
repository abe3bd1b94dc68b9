/* sitrep-suggestion-text-view-private.h — test hooks of the suggestion text view: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-suggestion-text-view.h"

G_BEGIN_DECLS

/* Whether the last frame drew a suggestion over the character at @offset. */
gboolean   sitrep_suggestion_text_view_drawn_at    (SitrepSuggestionTextView *self,
                                                    guint                     offset);
void       sitrep_suggestion_text_view_get_current (SitrepSuggestionTextView *self,
                                                    guint                    *start,
                                                    guint                    *end);
/* How many suggestions the last frame drew. */
guint      sitrep_suggestion_text_view_get_n_drawn (SitrepSuggestionTextView *self);
G_END_DECLS

/* sitrep-suggestion-review-private.h — test hooks of the suggestion review: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-suggestion-review.h"

G_BEGIN_DECLS

gint64      sitrep_suggestion_review_get_article   (SitrepSuggestionReview *self);
G_END_DECLS

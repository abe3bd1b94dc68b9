/* sitrep-suggestion-review-private.h — test hooks of the suggestion review: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-suggestion-review.h"

G_BEGIN_DECLS

/* The article whose suggestions are shown (0: none). */
gint64      sitrep_suggestion_review_get_article   (SitrepSuggestionReview *self);

typedef enum
{
  SITREP_WARM_UP_COLD,     /* not begun, or cancelled before it began */
  SITREP_WARM_UP_RUNNING,
  SITREP_WARM_UP_DONE,
} SitrepWarmUpState;

/* Where the program's one read-ahead of the shared word lists is (begun by
 * the first review given a store, with that review's cancellable). */
SitrepWarmUpState _sitrep_suggestion_review_get_warm_up_state (void);
/* Begins the read-ahead if it has not begun, into a new *@cancellable
 * (the review's, cancelled when it goes). */
void              _sitrep_suggestion_review_warm_up           (GCancellable **cancellable);

/* How long a run on the article in review goes on before "busy" (500 ms;
 * 0: at once); returns the delay it had. */
guint             _sitrep_suggestion_review_set_busy_delay    (guint delay_ms);

G_END_DECLS

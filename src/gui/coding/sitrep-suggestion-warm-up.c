/* sitrep-suggestion-warm-up.c — the shared word lists of Suggest read ahead once a project is open
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggestions"

#include "config.h"

#include "sitrep-suggest-events.h"
#include "sitrep-suggestion-review-private.h"

/* The gazetteer's index is read in the background once a project is open,
 * not at start-up and not when Suggest is first pressed: once a program, by
 * the first review given a store, with that review's cancellable. A run
 * cancelled before it began (the review went at once) is started again by
 * the next review given a store. Main thread only. */
static SitrepWarmUpState warm_up_state = SITREP_WARM_UP_COLD;

static void
on_warmed_up (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Its review may be gone: nothing of it is touched. */
  warm_up_state = sitrep_suggest_warm_up_finish (result, &error) ? SITREP_WARM_UP_DONE : SITREP_WARM_UP_COLD;
}

void
_sitrep_suggestion_review_warm_up (GCancellable **cancellable)
{
  if (warm_up_state != SITREP_WARM_UP_COLD)
    return;
  warm_up_state = SITREP_WARM_UP_RUNNING;
  g_clear_object (cancellable);
  *cancellable = g_cancellable_new ();
  sitrep_suggest_warm_up_async (*cancellable, on_warmed_up, NULL);
}

SitrepWarmUpState
_sitrep_suggestion_review_get_warm_up_state (void)
{
  return warm_up_state;
}

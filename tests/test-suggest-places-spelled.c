/* test-suggest-places-spelled.c — places named as reports write them: a province after a
 * sentence's opening preposition, each rule with a case it must take and one it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-gazetteer.h"
#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

static const SitrepSuggestion *
place (SitrepSuggestResult *result,
       const char          *text)
{
  return sitrep_test_find_suggestion (result, SITREP_SUGGEST_PLACE, text);
}

/* "In Anbar province, …": the opening preposition is no part of the
 * province's name, which is placed at the province. */
static void
test_opening_preposition (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Three people were killed on Monday.\n\n"
                         "In Anbar province, six civilians were killed in shelling on Fallujah.\n\n"
                         "Near Diyala province, a bomb killed two.", NULL);
  const SitrepSuggestion *anbar = place (r, "Anbar province");
  const SitrepSuggestion *diyala = place (r, "Diyala province");

  g_assert_nonnull (anbar);
  g_assert_false (isnan (anbar->latitude));
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (anbar->latitude, anbar->longitude, 33.4, 42.5), <, 100.0);
  g_assert_nonnull (diyala);
  g_assert_false (isnan (diyala->latitude));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "In Anbar"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Near Diyala"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-places-spelled/opening-preposition", test_opening_preposition);
  return g_test_run ();
}

/* test-suggest-places-found.c — places the gazetteer lacks, found by the words around them (lists
 * of places, …): each rule with a case it must take and one it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

static const SitrepSuggestion *
place (SitrepSuggestResult *result,
       const char          *text)
{
  return sitrep_test_find_suggestion (result, SITREP_SUGGEST_PLACE, text);
}

/* ---------------------------------------------------------------- lists */

/* "the villages of A, B and C": every name of the list is a place, not only
 * the first; "A, B and C areas": every name before the plural noun. */
static void
test_listed_after_kind (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Helicopters dropped barrels on the villages of al-Qurnaytah, Zubaydiyat, Tell Marqashi "
                         "and Duwayr Hajjal on Tuesday.", NULL);

  g_assert_nonnull (place (r, "al-Qurnaytah"));
  g_assert_nonnull (place (r, "Zubaydiyat"));
  g_assert_nonnull (place (r, "Tell Marqashi"));
  g_assert_nonnull (place (r, "Duwayr Hajjal"));
  /* The day after the list is no place. */
  g_assert_null (place (r, "Tuesday"));
}

static void
test_listed_before_kind (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("The raids covered Umm Khurays, Zubaydiyat and Duwayr Hajjal areas at dawn. "
                         "Kurdish and Turkmen areas stayed calm, as did the rebel-held areas.", NULL);

  g_assert_nonnull (place (r, "Umm Khurays"));
  g_assert_nonnull (place (r, "Zubaydiyat"));
  g_assert_nonnull (place (r, "Duwayr Hajjal"));
  /* Peoples are no places; "The raids" opens the sentence, not the list. */
  g_assert_null (place (r, "Kurdish"));
  g_assert_null (place (r, "Turkmen"));
  g_assert_null (place (r, "The raids"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest-places-found/lists/after-kind", test_listed_after_kind);
  g_test_add_func ("/sitrep/suggest-places-found/lists/before-kind", test_listed_before_kind);
  return g_test_run ();
}

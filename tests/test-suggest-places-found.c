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

/* ---------------------------------------------------------------- incidents */

/* "a checkpoint in X", "bombs in X and Y": a capitalised name after "in"
 * where the words before say an incident is a place. */
static void
test_incident_places (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Gunmen killed two policemen at a checkpoint in Zuwayrat. "
                         "Police defused bombs in Qurnayfa and Dubaysiya on Sunday.", NULL);

  g_assert_nonnull (place (r, "Zuwayrat"));
  g_assert_nonnull (place (r, "Qurnayfa"));
  g_assert_nonnull (place (r, "Dubaysiya"));
  g_assert_null (place (r, "Sunday"));
}

/* A campaign, a day, a people, a headline in title case: no place. */
static void
test_incident_not_places (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Five Killed, Nine Wounded in Numerous Attacks\n\n"
                         "Three soldiers were killed in Operation Desert Lion. Two men were wounded in Tuesday's "
                         "attack. A man was killed in Kurdish shelling, and the attack in ISIS propaganda was "
                         "denied by Colonel Hamid.", NULL);

  g_assert_null (place (r, "Numerous Attacks"));
  g_assert_null (place (r, "Operation Desert Lion"));
  g_assert_null (place (r, "Desert Lion"));
  g_assert_null (place (r, "Tuesday"));
  g_assert_null (place (r, "Kurdish"));
  g_assert_null (place (r, "ISIS"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest-places-found/lists/after-kind", test_listed_after_kind);
  g_test_add_func ("/sitrep/suggest-places-found/lists/before-kind", test_listed_before_kind);
  g_test_add_func ("/sitrep/suggest-places-found/incidents/places", test_incident_places);
  g_test_add_func ("/sitrep/suggest-places-found/incidents/not-places", test_incident_not_places);
  return g_test_run ();
}

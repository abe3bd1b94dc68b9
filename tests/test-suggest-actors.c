/* test-suggest-actors.c — actors and persons no list knows, read from the words around them: each rule
 * with a case it must take and one it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

static const SitrepSuggestion *
find (SitrepSuggestResult *result,
      SitrepSuggestKind    kind,
      const char          *text)
{
  return sitrep_test_find_suggestion (result, kind, text);
}

/* Whether any actor or person of @result has @text. */
static gboolean
any_name (SitrepSuggestResult *result,
          const char          *text)
{
  return find (result, SITREP_SUGGEST_ACTOR, text) != NULL || find (result, SITREP_SUGGEST_PERSON, text) != NULL;
}

/* ---------------------------------------------------------------- forces */

static void
test_lower_case_forces (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("The town was shelled by regime forces at dawn, and security forces closed the road. "
                         "Later pro-Turkey militias and anti-government fighters clashed with local militias. "
                         "An anti-tank missile hit a car. The security situation is calm and local residents returned.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "regime forces"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "security forces"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "pro-Turkey militias"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "anti-government fighters"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "local militias"));
  /* "anti-tank" takes no side; "security situation", "local residents" are no force. */
  g_assert_false (any_name (r, "anti-tank missile"));
  g_assert_false (any_name (r, "security situation"));
  g_assert_false (any_name (r, "local residents"));
}

static void
test_named_forces (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A Zerevani forces officer said two Sahwa fighters were wounded. "
                         "Kirkuk police found the car. Salahuddin police closed the road. Three militiamen fled. "
                         "On Monday forces entered the village. The fighters withdrew.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Zerevani forces"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Sahwa fighters"));
  /* A place the gazetteer knows stays a place. */
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "Kirkuk police"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PLACE, "Kirkuk"));
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "Salahuddin police"));
  /* A number, a weekday's sentence opener, "The": no name before the noun. */
  g_assert_false (any_name (r, "Three militiamen"));
  g_assert_false (any_name (r, "Monday forces"));
  g_assert_false (any_name (r, "The fighters"));
}

static void
test_numbered_units (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Men of the 4th Armoured Division and the 11th Corps held the hill. "
                         "The 2nd Round of talks failed; 3rd Street was closed.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "4th Armoured Division"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "11th Corps"));
  g_assert_false (any_name (r, "2nd Round"));
  g_assert_false (any_name (r, "3rd Street"));
}

/* ---------------------------------------------------------------- outlets */

static void
test_outlets (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("HOMS, Syria (Levant Today) \u2013 Shelling hit the market. A medic told Orient 7 that "
                         "nine people died, and the Raqqa Post network said the toll would rise. "
                         "Separately, Hawar news agency reported clashes. Iraqi state television showed the "
                         "site, the state news agency INA said. Residents told us nothing (Damascus Today) and left.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Levant Today"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Orient 7"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Raqqa Post network"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Hawar news agency"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Iraqi state television"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "INA"));
  /* Brackets with no dash after them credit nobody. */
  g_assert_false (any_name (r, "Damascus Today"));
}

static void
test_dateline_acronym (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Hasakah, NNA- Two shepherds were hurt by a mine. Mosul, KRG-run areas were calm.", NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "NNA"));
  /* A dash glued on both sides joins words: "KRG-run" credits nobody. */
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "KRG"));
}

/* ---------------------------------------------------------------- persons */

static void
test_persons_by_cue (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Gunmen stopped the bus. Salma al-Hariri was shot in the leg. "
                         "Both Fadi Karim Nasser and Raed\u2019 Ali Omran were killed near the bridge. "
                         "The raid targeted Khalil al-Masri, an alleged smuggler and former policeman. "
                         "Youssef Hamdan, 42, died later. Karam Saad, a local farmer, was spared. "
                         "Tal Rifaat was shelled. Hama Plain stayed quiet, the report added.\n\n"
                         "Reporting by Rana Jaber; Editing by Tom Hale",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Salma al-Hariri"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Fadi Karim Nasser"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Raed\u2019 Ali Omran"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Youssef Hamdan"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Karam Saad"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Rana Jaber"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Tom Hale"));
  /* "smuggler" is no noun of a person the rule knows; a place "was shelled". */
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Khalil al-Masri"));
  g_assert_false (any_name (r, "Tal Rifaat"));
  g_assert_false (any_name (r, "Hama Plain"));
}

static void
test_persons_occupation (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A sniper wounded doctor Lina Haddad and engineer Samir Kassem. "
                         "The Engineer Battalion cleared the road.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Lina Haddad"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Samir Kassem"));
  /* A capitalised occupation is a name's word, not a title before one. */
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Battalion"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-actors/forces/lower-case", test_lower_case_forces);
  g_test_add_func ("/sitrep/suggest-actors/forces/named", test_named_forces);
  g_test_add_func ("/sitrep/suggest-actors/forces/numbered", test_numbered_units);
  g_test_add_func ("/sitrep/suggest-actors/outlets", test_outlets);
  g_test_add_func ("/sitrep/suggest-actors/outlets/dateline-acronym", test_dateline_acronym);
  g_test_add_func ("/sitrep/suggest-actors/persons/cue", test_persons_by_cue);
  g_test_add_func ("/sitrep/suggest-actors/persons/occupation", test_persons_occupation);

  return g_test_run ();
}

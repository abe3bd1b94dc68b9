/* test-suggest-places-edges.c — where a place's span starts and ends, and names no place: list
 * marks, calendar words, an opening preposition, villages abroad matched loosely, a sentence that
 * opens with where it happened; each rule with a case it must take and one it must leave
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

/* "-- Near Hajin, …": a list item after a mark written twice opens a
 * sentence; "Near" is no name the town ends. */
static void
test_double_mark (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Coalition forces conducted strikes on Tuesday.\n\n"
                         "-- Near Hajin, a strike destroyed a bunker.\n\n"
                         "-- Near Sinjar, two strikes engaged a tactical unit.", NULL);

  g_assert_nonnull (place (r, "Hajin"));
  g_assert_nonnull (place (r, "Sinjar"));
}

/* A capitalised word before a town in mid-sentence still makes the town
 * the end of a longer name ("the Coalition Press Hajin Desk"). */
static void
test_double_mark_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A statement came from the Coalition Press Hajin desk on Tuesday.", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Hajin"));
}

/* Months and days are no places, whatever village a loose key finds;
 * the town beside them is. */
static void
test_calendar (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Militants seized the town of Anah in June and fled in July. "
                         "Prayers were cut short during Ramadan.", NULL);

  g_assert_nonnull (place (r, "Anah"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "June"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "July"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Ramadan"));
}

/* "In Iraq, …": the preposition opening the sentence is no part of a
 * place; "killed in Jadida Tuesday" ends at the day. */
static void
test_preposition_and_day (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("In Iraq, the army said the road was open again. "
                         "Two soldiers were killed in Zawiyat Tuesday.", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "In "));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Tuesday"));
  g_assert_nonnull (place (r, "Zawiyat"));
}

/* A village abroad that a person's name or a plain word matches ("Abdul-Amir",
 * "Hussein") is no place where no word says a place follows. */
static void
test_village_abroad (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Tribal elder Ali Abdul-Amir, the head of the council in Kirkuk, spoke to "
                         "reporters. Hussein Kamel said the mainly Shi'ite south was calm.", NULL);

  g_assert_nonnull (place (r, "Kirkuk"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Amir"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Hussein"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Shi"));
}

/* A Syrian village of a name a person bears stays a place where the
 * words say so; an Arabic name by its article is not taken for one abroad. */
static void
test_village_abroad_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Shelling hit the village of Hussein in the Hama countryside. "
                         "Clashes erupted in al-Omer on Monday.", NULL);

  g_assert_nonnull (place (r, "Hussein"));
  g_assert_true (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Omer"));
}

/* "the Hama suburb of Karm al-Tarab": the kind after a town names a place
 * of its own; "al-Roj camp" keeps its article; "eastern Saladin" names the
 * province. */
static void
test_kind_after_town (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("The shells hit the Hama suburb of Karm al-Tarab. "
                         "Women live in the sprawling al-Roj camp. Attacks hit eastern Saladin.", NULL);

  g_assert_nonnull (place (r, "Hama"));
  g_assert_nonnull (place (r, "Karm al-Tarab"));
  g_assert_nonnull (place (r, "al-Roj camp"));
  g_assert_nonnull (place (r, "Saladin"));
}

/* A province's other name with no side nor place word before it: "a
 * Saladin statue" is no place; nor the name before "camp" alone. */
static void
test_kind_after_town_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Fire hit the Omar oil field. The market sold a Saladin statue.", NULL);

  g_assert_nonnull (place (r, "Omar oil field"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Saladin"));
}

/* "In Zayouna, gunmen …", "Gunmen in Ghazaliya shot …", "in al-Mushahda":
 * where the sentence says it happened, though the gazetteer lacks it. */
static void
test_where_it_happened (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("In Zayouna, gunmen killed a shop owner. Gunmen in Ghazaliya shot a policeman. "
                         "Militants attacked a checkpoint in al-Mushahda.", NULL);

  g_assert_nonnull (place (r, "Zayouna"));
  g_assert_nonnull (place (r, "Ghazaliya"));
  g_assert_nonnull (place (r, "al-Mushahda"));
}

/* Not a month, a way the sentence goes on, nor a headline in title case. */
static void
test_where_it_happened_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("In August, two bombs went off. In Total, three died. In Response, police closed roads.\n\n"
                         "Gunmen in Numerous Attacks Kill Five\n\nThe police said.", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "August"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Total"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Response"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Numerous"));
}

/* A region's name after a side in lower case ("eastern Ghouta") is the
 * region; the Jazira lies in Syria and in Iraq, and a report about Iraq's
 * desert has its Iraqi part, one about al-Hasakah its Syrian part; "Jazira" is no town of Wasit (an old
 * name of Aş Şuwayrah). */
static void
test_region_parts (void)
{
  g_autoptr(SitrepSuggestResult) ghouta =
    sitrep_test_suggest ("Aid convoys were stopped on their way to eastern Ghouta, east of Damascus.", NULL);
  g_autoptr(SitrepSuggestResult) iraq =
    sitrep_test_suggest ("Militants still hide in the vast stretches of Jazira between Haditha and Bayji, officers "
                         "in Tikrit said.", NULL);
  g_autoptr(SitrepSuggestResult) syria =
    sitrep_test_suggest ("Kurdish forces patrolled the Jazira region between Qamishli and Amuda.", NULL);
  const SitrepSuggestion *g = sitrep_test_find_suggestion (ghouta, SITREP_SUGGEST_PLACE, "eastern Ghouta");
  const SitrepSuggestion *j = sitrep_test_find_suggestion (iraq, SITREP_SUGGEST_PLACE, "Jazira");
  const SitrepSuggestion *s = sitrep_test_find_suggestion (syria, SITREP_SUGGEST_PLACE, "Jazira region");

  g_assert_nonnull (g);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (g->latitude, g->longitude, 33.54, 36.40), <, 5.0);
  g_assert_nonnull (j);
  g_assert_cmpint (j->scope, ==, SITREP_PLACE_SCOPE_REGION);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (j->latitude, j->longitude, 35.0, 42.5), <, 20.0);
  g_assert_nonnull (s);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (s->latitude, s->longitude, 36.92, 41.09), <, 20.0);
}

/* A side in lower case before a town is no region ("eastern Homs"). */
static void
test_region_parts_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Shelling hit eastern Homs and western Aleppo on Monday.", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "eastern Homs"));
  g_assert_nonnull (sitrep_test_find_suggestion (r, SITREP_SUGGEST_PLACE, "Homs"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-places-edges/double-mark", test_double_mark);
  g_test_add_func ("/sitrep/suggest-places-edges/double-mark-not", test_double_mark_not);
  g_test_add_func ("/sitrep/suggest-places-edges/calendar", test_calendar);
  g_test_add_func ("/sitrep/suggest-places-edges/preposition-and-day", test_preposition_and_day);
  g_test_add_func ("/sitrep/suggest-places-edges/village-abroad", test_village_abroad);
  g_test_add_func ("/sitrep/suggest-places-edges/village-abroad-not", test_village_abroad_not);
  g_test_add_func ("/sitrep/suggest-places-edges/kind-after-town", test_kind_after_town);
  g_test_add_func ("/sitrep/suggest-places-edges/kind-after-town-not", test_kind_after_town_not);
  g_test_add_func ("/sitrep/suggest-places-edges/where-it-happened", test_where_it_happened);
  g_test_add_func ("/sitrep/suggest-places-edges/where-it-happened-not", test_where_it_happened_not);
  g_test_add_func ("/sitrep/suggest-places-edges/region-parts", test_region_parts);
  g_test_add_func ("/sitrep/suggest-places-edges/region-parts-not", test_region_parts_not);
  return g_test_run ();
}

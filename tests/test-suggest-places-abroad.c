/* test-suggest-places-abroad.c — which gazetteer entry a place proposed gets: a namesake
 * abroad yields to the report's country or stays doubtful, a district of a city the
 * report names is that city's, a guess on the side the words name stays; each rule with
 * a case it must take and one it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* A report on Iraq: a loose match in Turkey is no sure pin — in Iraq, or doubtful. */
static void
test_namesake_abroad (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Iraqi troops searched houses in Ramadi and Falluja on Sunday. In Tikrit, "
                         "a bomb killed a soldier.\n\nA mortar round wounded two farmers in Iskandariya.", NULL);
  const SitrepSuggestion *s = sitrep_test_place (r, "Iskandariya");

  g_assert_true (s->doubtful || g_strcmp0 (s->country, "IQ") == 0);
  g_assert_nonnull (sitrep_test_place (r, "Ramadi"));
}

/* The same name in a report on Turkey is the Turkish town. */
static void
test_namesake_at_home (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Turkish police detained five suspects in Adana and Antakya on Sunday. "
                         "Another raid took place in Iskandariya.", NULL);
  const SitrepSuggestion *s = sitrep_test_place (r, "Iskandariya");

  g_assert_false (isnan (s->latitude));
  g_assert_cmpstr (s->country, ==, "TR");
}

/* Two namesakes, one in the country the report names and is set in:
 * that one, though another country's capital is named too. */
static void
test_namesake_report_country (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A drone hit a car in the city of Qamisli in northeast Syria on Monday. "
                         "Syria's Kurdish administration blamed Ankara. Shelling also hit Afrin, "
                         "a Syria monitor said.", NULL);
  const SitrepSuggestion *s = sitrep_test_place (r, "Qamisli");

  g_assert_cmpstr (s->country, ==, "SY");
  g_assert_cmpfloat (sitrep_test_km_from (s, 37.052, 41.231), <, 10);
}

/* "Khales, northeast of Baghdad": a guess on the side the words name stays. */
static void
test_on_named_side (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Gunmen attacked an army checkpoint in Khales, northeast of Baghdad, killing two soldiers.",
                         NULL);

  g_assert_cmpfloat (sitrep_test_km_from (sitrep_test_place (r, "Khales"), 33.81, 44.53), <, 10);
}

/* On the other side, it yields to the place the words name. */
static void
test_on_other_side (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Gunmen attacked an army checkpoint in Khales, southwest of Baghdad, killing two soldiers.",
                         NULL);
  const SitrepSuggestion *s = sitrep_test_place (r, "Khales");

  g_assert_true (s->doubtful);
  g_assert_cmpfloat (sitrep_test_km_from (s, 33.34, 44.40), <, 1);
}

/* "Baghdad's eastern district of Karrada": the city's, not a village of the name. */
static void
test_district_of_city (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A car bomb exploded near a market in Baghdad's eastern district of Karrada on Friday.", NULL);
  const SitrepSuggestion *s = sitrep_test_place (r, "Karrada");

  g_assert_true (s->doubtful);
  g_assert_cmpfloat (sitrep_test_km_from (s, 33.34, 44.40), <, 1);
}

/* A district of no city named before it keeps its match. */
static void
test_district_of_no_city (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A car bomb exploded in Baghdad on Friday. Police later found a body in the "
                         "eastern district of Karrada.", NULL);
  const SitrepSuggestion *s = sitrep_test_place (r, "Karrada");

  g_assert_true (isnan (s->latitude) || sitrep_test_km_from (s, 33.34, 44.40) > 1);
}

/* A village abroad, the only bundled place of its name, in a report whose other places are all in
 * another country: no sure pin (Kufrinjah is a village of Jordan's Ajloun). */
static void
test_lone_namesake_abroad (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Rebels holed up in the Kufrinjah quarter fired rockets at homes in Aleppo, killing a woman.",
                         NULL);
  const SitrepSuggestion *s = sitrep_test_place (r, "Kufrinjah");

  g_assert_true (s->doubtful);
  g_assert_false (sitrep_test_place (r, "Aleppo")->doubtful);
}

/* Near a town across the border it is doubtful too: the text names no place of its country. */
static void
test_lone_namesake_across_border (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Gunmen on motorbikes shot dead a teacher in Kufrinjah on Sunday. Two days earlier, "
                         "a bomb went off in a market in Daraa.", NULL);

  g_assert_true (sitrep_test_place (r, "Kufrinjah")->doubtful);
}

/* The same village in a report that names its country's capital stays sure. */
static void
test_lone_namesake_at_home (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Jordanian police arrested two smugglers in Kufrinjah, north of Amman, on Tuesday.", NULL);
  const SitrepSuggestion *s = sitrep_test_place (r, "Kufrinjah");

  g_assert_false (s->doubtful);
  g_assert_cmpstr (s->country, ==, "JO");
}

/* A city across the border, written as its own name, stays sure in a report on Syria. */
static void
test_city_across_border (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Shelling hit Saraqib in Idlib province on Tuesday, and two of its wounded were taken "
                         "across the border to a hospital in Irbid.", NULL);
  const SitrepSuggestion *s = sitrep_test_place (r, "Irbid");

  g_assert_false (s->doubtful);
  g_assert_cmpstr (s->country, ==, "JO");
}

/* A village the gazetteer lacks, placed by the governorate its clause names, is pinned at the seat of
 * its district (UCDP's Abadi Koy, of Tall Abyad) rather than at the governorate's middle, doubtful. */
static void
test_village_at_district_seat (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Shelling hit the village of Abadi Koy in northern Raqqa province, wounding a child.", NULL);
  const SitrepSuggestion *s = sitrep_test_place (r, "Abadi Koy");

  g_assert_true (s->doubtful);
  g_assert_cmpfloat (sitrep_test_km_from (s, 36.69648, 38.95382), <, 1);
}

/* Said to lie in a governorate far from that seat, it stays at the governorate's middle. */
static void
test_village_seat_too_far (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Shelling hit the village of Abadi Koy in southern Daraa province, wounding a child.", NULL);
  const SitrepSuggestion *s = sitrep_test_place (r, "Abadi Koy");
  const SitrepSuggestion *province;

  g_assert_true (s->doubtful);
  g_assert_cmpfloat (sitrep_test_km_from (s, 36.69648, 38.95382), >, 300);
  province = sitrep_test_place (r, "Daraa province");
  g_assert_cmpfloat (sitrep_test_km_from (s, province->latitude, province->longitude), <, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-places-abroad/namesake-abroad", test_namesake_abroad);
  g_test_add_func ("/sitrep/suggest-places-abroad/namesake-at-home", test_namesake_at_home);
  g_test_add_func ("/sitrep/suggest-places-abroad/namesake-report-country", test_namesake_report_country);
  g_test_add_func ("/sitrep/suggest-places-abroad/on-named-side", test_on_named_side);
  g_test_add_func ("/sitrep/suggest-places-abroad/on-other-side", test_on_other_side);
  g_test_add_func ("/sitrep/suggest-places-abroad/district-of-city", test_district_of_city);
  g_test_add_func ("/sitrep/suggest-places-abroad/district-of-no-city", test_district_of_no_city);
  g_test_add_func ("/sitrep/suggest-places-abroad/lone-namesake-abroad", test_lone_namesake_abroad);
  g_test_add_func ("/sitrep/suggest-places-abroad/lone-namesake-across-border", test_lone_namesake_across_border);
  g_test_add_func ("/sitrep/suggest-places-abroad/lone-namesake-at-home", test_lone_namesake_at_home);
  g_test_add_func ("/sitrep/suggest-places-abroad/city-across-border", test_city_across_border);
  g_test_add_func ("/sitrep/suggest-places-abroad/village-at-district-seat", test_village_at_district_seat);
  g_test_add_func ("/sitrep/suggest-places-abroad/village-seat-too-far", test_village_seat_too_far);
  return g_test_run ();
}

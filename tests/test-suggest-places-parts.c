/* test-suggest-places-parts.c — parts of a town (districts, neighbourhoods, suburbs) placed at
 * their town: "X district in northeastern Baghdad", "X and Y districts in southern Fallujah",
 * "the al-Doura neighborhood" of the city a report named before; provinces as English reports
 * write them; each rule with a case it must take and one it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-gazetteer.h"
#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

#define BAGHDAD 33.34058, 44.40088
#define FALLUJAH 33.34913, 43.78599

static const SitrepSuggestion *
place (SitrepSuggestResult *result,
       const char          *text)
{
  return sitrep_test_find_suggestion (result, SITREP_SUGGEST_PLACE, text);
}

/* Short for the tables of places below. */
#define km_from sitrep_test_km_from

/* "in northeastern Baghdad": a side of a town between "in" and the town;
 * "districts", "suburbs": a kind of place in the plural after a list. */
static void
test_side_and_plural (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A roadside bomb ripped through a marketplace in Shaab district in northeastern Baghdad. "
                         "Militants left explosive charges at al-Shohada and al-Nuaimiya districts in southern "
                         "Fallujah.", NULL);

  g_assert_cmpfloat (km_from (place (r, "Shaab"), BAGHDAD), <, 1.0);
  g_assert_true (place (r, "Shaab")->doubtful);
  g_assert_cmpfloat (km_from (place (r, "Shohada"), FALLUJAH), <, 1.0);
  g_assert_cmpfloat (km_from (place (r, "Nuaimiya"), FALLUJAH), <, 1.0);
}

/* A place the gazetteer is sure of stays where it is, whatever side of a
 * region follows it. */
static void
test_side_sure_stays (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("The Mosul district in northeastern Nineveh was calm on Friday.", NULL);

  g_assert_cmpfloat (km_from (place (r, "Mosul"), 36.335, 43.11889), <, 1.0);
  g_assert_false (place (r, "Mosul")->doubtful);
}

/* "the al-Doura neighborhood", "the Shurja district": no town named with
 * them, they are the report's city's (a district, of a city of a million). */
static void
test_city_before (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A bomb exploded in a market in Baghdad on Tuesday. One person was killed during the "
                         "explosion in the al-Doura neighborhood. The market bomb targeted the Shurja district, "
                         "where wholesalers sell food.", NULL);

  g_assert_cmpfloat (km_from (place (r, "Doura"), BAGHDAD), <, 1.0);
  g_assert_true (place (r, "Doura")->doubtful);
  g_assert_cmpfloat (km_from (place (r, "Shurja"), BAGHDAD), <, 1.0);
  g_assert_true (place (r, "Shurja")->doubtful);
}

/* A dateline's city is where the reporter is, not the city of the
 * neighbourhood; a district's guess in the city's country within 200 km
 * may be the district's own town (Kifri, not Baghdad). */
static void
test_city_before_not (void)
{
  g_autoptr(SitrepSuggestResult) dateline =
    sitrep_test_suggest ("ERBIL (Kurdistan 24) – Gunmen attacked a house in the al-Doura neighborhood on Sunday.", NULL);
  g_autoptr(SitrepSuggestResult) district =
    sitrep_test_suggest ("Officials in Baghdad said militants attacked an outpost near Kifri district on Sunday.", NULL);
  const SitrepSuggestion *doura = place (dateline, "Doura");

  g_assert_nonnull (doura);
  g_assert_true (isnan (doura->latitude) || km_from (doura, 36.18333, 44.01193) > 30.0);
  g_assert_cmpfloat (km_from (place (district, "Kifri"), 34.68963, 44.96057), <, 5.0);
}

/* "the Shiite neighbourhood of X": a part of the city the text named
 * before, as "the X neighbourhood" is, unplaced or guessed at a homonym
 * far away; with no city before it, unplaced or left at its guess. */
static void
test_part_after_of (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Baghdad was tense. A car bomb went off in the Shiite neighbourhood of Shuala on Monday. "
                         "Another hit the neighbourhood of Ghadeer.", NULL);
  g_autoptr(SitrepSuggestResult) none =
    sitrep_test_suggest ("A car bomb went off in the Shiite neighbourhood of Shuala on Monday. "
                         "Another hit the neighbourhood of Ghadeer.", NULL);
  const SitrepSuggestion *shuala = place (r, "Shuala");
  const SitrepSuggestion *ghadeer = place (r, "Ghadeer");

  g_assert_nonnull (shuala);
  g_assert_true (shuala->doubtful);
  g_assert_cmpfloat (km_from (shuala, 33.34, 44.40), <, 5.0);
  g_assert_nonnull (ghadeer);
  g_assert_cmpfloat (km_from (ghadeer, 33.34, 44.40), <, 5.0);
  g_assert_nonnull (place (none, "Ghadeer"));
  g_assert_true (isnan (place (none, "Ghadeer")->latitude));
  g_assert_true (isnan (place (none, "Shuala")->latitude) || km_from (place (none, "Shuala"), 33.34, 44.40) > 100.0);
}

/* Provinces as English reports name them: with the article glued ("in
 * Al-Anbar Governorate"), by their English name ("Saladin"), listed before
 * a plural ("Iraq's Salahuddin and Anbar provinces"). */
static void
test_region_forms (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A terrorist was killed in Al-Anbar Governorate, western Iraq. Graves lie in Nineveh, "
                         "Kirkuk, and Saladin. Blasts rocked two areas in Iraq's Salahuddin and Anbar provinces.", NULL);
  const SitrepSuggestion *anbar = place (r, "Al-Anbar Governorate");
  const SitrepSuggestion *saladin = place (r, "Saladin");
  const SitrepSuggestion *salahuddin = place (r, "Salahuddin");

  g_assert_nonnull (anbar);
  g_assert_cmpint (anbar->scope, ==, SITREP_PLACE_SCOPE_REGION);
  g_assert_nonnull (saladin);
  g_assert_cmpint (saladin->scope, ==, SITREP_PLACE_SCOPE_REGION);
  g_assert_cmpstr (saladin->country, ==, "IQ");
  g_assert_nonnull (salahuddin);
  g_assert_cmpint (salahuddin->scope, ==, SITREP_PLACE_SCOPE_REGION);
  g_assert_null (place (r, "Anbar Governorate"));
}

/* A name before "and" with no plural region word after the list is not
 * made a province by the list rule. */
static void
test_region_forms_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Iraq's Salahuddin Ahmed and Ali Hassan met the governors on Sunday.", NULL);

  g_assert_null (place (r, "Salahuddin"));
  g_assert_null (place (r, "Salahuddin Ahmed"));
}

#define ALEPPO 36.20124, 37.16117

/* "the neighborhoods of the New Quarter, Masaken al- Hamra, al- Khalidiya
 * and al- Shahba in the city of Aleppo": every item of a list a plural
 * part noun heads is a part of the city its sentence names, proposed
 * though the gazetteer lacks it, and a namesake town elsewhere (Jordan's
 * al-Khalidiyah, Syria's Shahba by Suwayda) yields to the city. */
static void
test_part_list (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Rebels shelled the neighborhoods of the New Quarter, Masaken al- Hamra, al- Khalidiya "
                         "and al- Shahba in the city of Aleppo on Friday.", NULL);

  g_assert_nonnull (place (r, "New Quarter"));
  g_assert_cmpfloat (km_from (place (r, "Hamra"), ALEPPO), <, 5.0);
  g_assert_cmpfloat (km_from (place (r, "Khalidiya"), ALEPPO), <, 5.0);
  g_assert_true (place (r, "Khalidiya")->doubtful);
  g_assert_cmpfloat (km_from (place (r, "Shahba"), ALEPPO), <, 5.0);
}

/* Not parts: towns listed with no part noun before them stay, though a
 * city follows in their sentence; so do the city whose neighbourhoods are
 * named and a town the plural noun's "of" names ("the neighbourhoods of
 * Shahba" are Shahba's). */
static void
test_part_list_not (void)
{
  g_autoptr(SitrepSuggestResult) towns =
    sitrep_test_suggest ("Shells fell on the towns of Suwayda and Shahba before rebels took the city of Aleppo.", NULL);
  g_autoptr(SitrepSuggestResult) city =
    sitrep_test_suggest ("Shells fell on Damascus. Later, they hit the neighbourhoods of Aleppo.", NULL);
  g_autoptr(SitrepSuggestResult) town =
    sitrep_test_suggest ("Aleppo was calm. Clashes hit the neighbourhoods of Shahba on Friday.", NULL);

  g_assert_cmpfloat (km_from (place (towns, "Shahba"), ALEPPO), >, 200.0);
  g_assert_false (place (towns, "Shahba")->doubtful);
  g_assert_cmpfloat (km_from (place (city, "Aleppo"), ALEPPO), <, 1.0);
  g_assert_cmpfloat (km_from (place (town, "Shahba"), ALEPPO), >, 200.0);
}

/* "the Old City" of the report's city, not Jerusalem's (the gazetteer's
 * only one); Jerusalem's stays where a report names Jerusalem with it. */
static void
test_old_city (void)
{
  g_autoptr(SitrepSuggestResult) mosul =
    sitrep_test_suggest ("Troops advanced in western Mosul. Two districts besides the Old City are still held.", NULL);
  g_autoptr(SitrepSuggestResult) jerusalem =
    sitrep_test_suggest ("Police closed the gates of the Old City of Jerusalem on Friday.", NULL);

  g_assert_cmpfloat (km_from (place (mosul, "Old City"), 36.335, 43.11889), <, 5.0);
  g_assert_true (place (mosul, "Old City")->doubtful);
  g_assert_cmpfloat (km_from (place (jerusalem, "Old City"), 31.77667, 35.23417), <, 5.0);
}

/* A place the other rules leave unplaced is placed, doubtful, at the place
 * its clause says holds it, past an apposition ("X, a busy area in central
 * Y"), a distance ("20 km from the town of Y"), an Arabic bearing ("شمال
 * قضاء Y"); "في العاصمة" is the capital of the country the report's sure
 * places are in. */
static void
test_clause_holder (void)
{
  g_autoptr(SitrepSuggestResult) square =
    sitrep_test_suggest ("The blast hit Qirtawa Square, a busy commercial area in central Baghdad, on Sunday.", NULL);
  g_autoptr(SitrepSuggestResult) km =
    sitrep_test_suggest ("The bodies were found near the Qirtawa village, which lies about 20 km from the town of "
                         "Khanaqin.", NULL);
  g_autoptr(SitrepSuggestResult) ar =
    sitrep_test_suggest ("قتل رجل في قرية قرطاوة شمال قضاء داقوق يوم الأحد.", NULL);
  g_autoptr(SitrepSuggestResult) capital =
    sitrep_test_suggest ("قتل ثلاثة مواطنين في حيي قرطاوة وزملكان في العاصمة. وفي حمص قتل رجل، وفي حلب قتل آخر.", NULL);

  g_assert_true (place (square, "Qirtawa Square")->doubtful);
  g_assert_cmpfloat (km_from (place (square, "Qirtawa Square"), BAGHDAD), <, 10.0);
  g_assert_true (place (km, "Qirtawa")->doubtful);
  g_assert_cmpfloat (km_from (place (km, "Qirtawa"), 34.3482, 45.39065), <, 10.0);
  g_assert_true (place (ar, "قرطاوة")->doubtful);
  g_assert_cmpfloat (km_from (place (ar, "قرطاوة"), 35.13923, 44.44907), <, 10.0);
  g_assert_true (place (capital, "قرطاوة")->doubtful);
  g_assert_cmpfloat (km_from (place (capital, "قرطاوة"), 33.5102, 36.29128), <, 10.0);
  g_assert_cmpfloat (km_from (place (capital, "زملكان"), 33.5102, 36.29128), <, 10.0);
}

/* A town's possessive before a kind of place ("Hasaka city's X
 * district"), a town glued to "ب" (in) after the place, an Arabic
 * sentence's scene ("في مدينة حمص (وسط)، … في حي X"). */
static void
test_clause_holder_before (void)
{
  g_autoptr(SitrepSuggestResult) city =
    sitrep_test_suggest ("A fighter was wounded by gunmen in Hasaka city's al-Qirtawa district on Friday.", NULL);
  g_autoptr(SitrepSuggestResult) glued =
    sitrep_test_suggest ("هاجم مسلحون مجموعة من الشباب في منطقة قرطاوة بالخالص يوم الجمعة.", NULL);
  g_autoptr(SitrepSuggestResult) scene =
    sitrep_test_suggest ("في مدينة حمص (وسط)، عثر على عشرات القتلى مساء السبت في حي قرطاوة.", NULL);
  g_autoptr(SitrepSuggestResult) none =
    sitrep_test_suggest ("عثر على عشرات القتلى مساء السبت في حي قرطاوة.", NULL);

  g_assert_cmpfloat (km_from (place (city, "Qirtawa"), 36.50237, 40.74772), <, 10.0);
  g_assert_true (place (city, "Qirtawa")->doubtful);
  g_assert_cmpfloat (km_from (place (glued, "قرطاوة"), 33.86, 44.53), <, 10.0);
  g_assert_cmpfloat (km_from (place (scene, "قرطاوة"), 34.72682, 36.72339), <, 10.0);
  g_assert_nonnull (place (none, "قرطاوة"));
  g_assert_true (isnan (place (none, "قرطاوة")->latitude));
}

/* Not where people come from ("fighters from X"), not "from" without a
 * distance, not "the capital" of a report that is sure of no place. */
static void
test_clause_holder_not (void)
{
  g_autoptr(SitrepSuggestResult) from =
    sitrep_test_suggest ("Fighters from Qirtawa village were killed in Mosul on Sunday.", NULL);
  g_autoptr(SitrepSuggestResult) fled =
    sitrep_test_suggest ("Villagers of Qirtawa village fled from the town of Khanaqin.", NULL);
  g_autoptr(SitrepSuggestResult) capital =
    sitrep_test_suggest ("قتل ثلاثة مواطنين في حيي قرطاوة وزملكان في العاصمة.", NULL);

  g_assert_nonnull (place (from, "Qirtawa"));
  g_assert_true (isnan (place (from, "Qirtawa")->latitude) || (place (from, "Qirtawa"))->doubtful);
  g_assert_nonnull (place (fled, "Qirtawa"));
  g_assert_true (isnan (place (fled, "Qirtawa")->latitude) || (place (fled, "Qirtawa"))->doubtful);
  g_assert_nonnull (place (capital, "قرطاوة"));
  g_assert_true (isnan (place (capital, "قرطاوة")->latitude));
}

/* A name placed by its clause places its other mentions, and the items
 * of a list it is in ("في قرى A وB"); a list with none placed stays
 * unplaced. */
static void
test_clause_list (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("تسلل مسلحون إلى قرية قرطاوة في قضاء داقوق جنوب محافظة كركوك.\n\n"
                         "انتشرت قوات الجيش في قرى زملكان وقرطاوة وتمركزوا على حدود تلك القرى.", NULL);
  g_autoptr(SitrepSuggestResult) none =
    sitrep_test_suggest ("انتشرت قوات الجيش في قرى زملكان وقرطاوة وتمركزوا على حدود تلك القرى.", NULL);

  g_assert_cmpfloat (km_from (place (r, "زملكان"), 35.13923, 44.44907), <, 10.0);
  g_assert_true (place (r, "زملكان")->doubtful);
  g_assert_nonnull (place (none, "زملكان"));
  g_assert_true (isnan (place (none, "زملكان")->latitude));
}

/* A street or a square named after a town is in the town its clause or
 * the report names before it, or in the report's capital; doubtful, never
 * at the town it is named after. */
static void
test_way_named_after_town (void)
{
  g_autoptr(SitrepSuggestResult) clause =
    sitrep_test_suggest ("A car bomb went off on Haifa Street in central Baghdad, killing five people. "
                         "Clashes broke out near Aleppo Square in the city of Idlib.", NULL);
  g_autoptr(SitrepSuggestResult) before =
    sitrep_test_suggest ("Police said a bomb went off in Fallujah on Monday.\n\n"
                         "Later, gunmen opened fire on a shop on Baghdad Street, killing two.", NULL);
  g_autoptr(SitrepSuggestResult) capital =
    sitrep_test_suggest ("Gunmen attacked a jeweller's on Haifa Street, killing two. Two more died in Mosul.", NULL);

  g_assert_cmpfloat (km_from (place (clause, "Haifa Street"), BAGHDAD), <, 1.0);
  g_assert_true (place (clause, "Haifa Street")->doubtful);
  g_assert_null (place (clause, "Haifa"));
  g_assert_cmpfloat (km_from (place (clause, "Aleppo Square"), 35.93062, 36.63393), <, 1.0);
  g_assert_cmpfloat (km_from (place (before, "Baghdad Street"), FALLUJAH), <, 1.0);
  g_assert_true (place (before, "Baghdad Street")->doubtful);
  g_assert_cmpfloat (km_from (place (capital, "Haifa Street"), BAGHDAD), <, 1.0);
  g_assert_true (place (capital, "Haifa Street")->doubtful);
}

/* The town alone, or a site that is not a way ("Mosul Dam"), keeps its
 * town's pin. */
static void
test_way_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Rockets hit Haifa on Monday. In Iraq, militants attacked the Mosul Dam.", NULL);

  g_assert_cmpfloat (km_from (place (r, "Haifa"), 32.81841, 34.9885), <, 1.0);
  g_assert_false (place (r, "Haifa")->doubtful);
  g_assert_cmpfloat (km_from (place (r, "Mosul Dam"), 36.335, 43.11889), <, 1.0);
}

/* A head noun and a name with its article are one name ("Bab al-Sharqi",
 * "Bab al-Salameh"), proposed whole where the gazetteer knows only a part
 * (the town of al-Bab, a "Salameh"): placed by its clause, doubtful, or by
 * the last town of the report's country named before it (not Washington). */
static void
test_headed_name (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A bomb tore through the Bab al-Sharqi market in central Baghdad. Rebels seized the "
                         "Bab al-Salameh crossing north of Azaz.", NULL);
  g_autoptr(SitrepSuggestResult) before =
    sitrep_test_suggest ("Two bombs went off in Baghdad on Monday, officials in Washington said.\n\n"
                         "Later, a third tore through Bab al-Sharqi, killing four.", NULL);

  g_assert_cmpfloat (km_from (place (r, "Bab al-Sharqi"), BAGHDAD), <, 1.0);
  g_assert_true (place (r, "Bab al-Sharqi")->doubtful);
  g_assert_null (place (r, "Bab"));
  g_assert_null (place (r, "Salameh"));
  g_assert_cmpfloat (km_from (place (r, "Bab al-Salameh crossing"), 36.58662, 37.04628), <, 1.0);
  g_assert_true (place (r, "Bab al-Salameh crossing")->doubtful);
  g_assert_cmpfloat (km_from (place (before, "Bab al-Sharqi"), BAGHDAD), <, 1.0);
}

/* A name the gazetteer knows whole keeps its own pin ("Jisr al-Shughur");
 * the town of al-Bab is no head noun. */
static void
test_headed_name_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Airstrikes hit Jisr al-Shughur on Monday. Turkish forces entered the town of al-Bab, "
                         "northeast of Aleppo.", NULL);

  g_assert_cmpfloat (km_from (place (r, "Jisr al-Shughur"), 35.81418, 36.31983), <, 1.0);
  g_assert_nonnull (place (r, "al-Bab"));
  g_assert_null (place (r, "al-Bab northeast"));
}

/* Without the article, a head noun opens a name after a word that puts a
 * place ("near Wadi Rumman", "south of Khan X"): the whole proposed, placed
 * by its clause, doubtful. Not where the gazetteer placed the name after
 * the head ("in Ras Baalbek" is Baalbek's, and no town "Ras"), not a
 * person's name ("Imran Khan Ahmed"). */
static void
test_headed_name_bare (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Gunmen attacked a checkpoint near Wadi Rumman in Anbar province on Sunday.", NULL);
  g_autoptr(SitrepSuggestResult) not =
    sitrep_test_suggest ("Prime Minister Imran Khan Ahmed visited Baghdad. Troops massed in Ras Baalbek on Monday.",
                         NULL);

  g_assert_cmpfloat (km_from (place (r, "Wadi Rumman"), 33.937882, 42.177892), <, 1.0);
  g_assert_true (place (r, "Wadi Rumman")->doubtful);
  g_assert_null (place (r, "Rumman"));
  g_assert_false (sitrep_test_any_suggestion_holds (not, SITREP_SUGGEST_PLACE, "Khan"));
  g_assert_cmpfloat (km_from (place (not, "Baalbek"), 34.00583, 36.21804), <, 1.0);
  g_assert_null (place (not, "Ras"));
  g_assert_null (place (not, "Ras Baalbek"));
}

/* A headed name's last words read as a phrase with a kind after them
 * ("Nour crossing") are the phrase of the whole name ("Bab al-Nour
 * crossing"); the name alone elsewhere, with nothing placing it, takes the
 * phrase's pin, doubtful. */
static void
test_headed_name_phrase (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Gunmen stormed Bab al-Nour at dawn, a monitor said.\n\nThe Bab al-Nour crossing about 30 miles "
                         "north of the city of Aleppo was closed on Friday.", NULL);
  const SitrepSuggestion *crossing = place (r, "Bab al-Nour crossing");

  g_assert_null (place (r, "Nour crossing"));
  g_assert_nonnull (crossing);
  g_assert_cmpfloat (km_from (crossing, 36.20124, 37.16117), >, 30.0);
  g_assert_cmpfloat (km_from (place (r, "Bab al-Nour"), crossing->latitude, crossing->longitude), <, 0.1);
  g_assert_true (place (r, "Bab al-Nour")->doubtful);
}

/* A name in quotes before a kind of place or a feature ("“Umm Harmala”
 * village") is a place; a word in quotes alone is not. */
static void
test_quoted_before_kind (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Turkish shells hit \xe2\x80\x9cUmm Harmala\xe2\x80\x9d village on Sunday. He said "
                         "\xe2\x80\x9cVictory\xe2\x80\x9d was near.", NULL);

  g_assert_nonnull (place (r, "Umm Harmala"));
  g_assert_null (place (r, "Victory"));
}

/* "the provinces of A, B and C": every name of the list is a place, one
 * the gazetteer lacks too ("Salahudin"); "the provinces of the north" name
 * none. */
static void
test_provinces_listed (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Clashes spread across the provinces of Nineveh, Salahudin and Anbar, and the provinces of "
                         "the north.", NULL);

  g_assert_nonnull (place (r, "Salahudin"));
  g_assert_nonnull (place (r, "Anbar"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "north"));
}

/* A province under another English name ("Ninewa", as the UN writes it)
 * is the province, not a town one of whose old names it is (Karbala's
 * "Ninawa"); the town under its own name stays the town. */
static void
test_province_other_name (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Baghdad was the worst hit. Diyala suffered 170 killed, Salahadin 64 killed, Ninewa 101 "
                         "killed and 28 injured, and Kirkuk 6 killed.", NULL);
  g_autoptr(SitrepSuggestResult) town =
    sitrep_test_suggest ("Baghdad was the worst hit. Diyala suffered 170 killed, Salahadin 64 killed, Karbala 101 "
                         "killed and 28 injured, and Kirkuk 6 killed.", NULL);

  g_assert_cmpint (place (r, "Ninewa")->scope, ==, SITREP_PLACE_SCOPE_REGION);
  g_assert_cmpfloat (km_from (place (r, "Ninewa"), 36.335, 43.119), <, 50.0);
  g_assert_cmpint (place (town, "Karbala")->scope, ==, SITREP_PLACE_SCOPE_PLACE);
  g_assert_cmpfloat (km_from (place (town, "Karbala"), 32.61603, 44.02488), <, 1.0);
}

/* A river's name before "street" is a street of the city its clause names
 * ("… in al- Nile street in the city of Aleppo"), doubtful; a sure town of
 * the report's country and a dateline's city keep their pins. */
static void
test_clause_guess (void)
{
  g_autoptr(SitrepSuggestResult) street =
    sitrep_test_suggest ("The toll of shelling on al- Masharfah, al- Shahbaa, near al- Rahman mosque and other places "
                         "in al- Nile street in the city of Aleppo has risen to 34.", NULL);
  g_autoptr(SitrepSuggestResult) sure =
    sitrep_test_suggest ("In Baghdad, officials said a bomb exploded in Basra.", NULL);
  g_autoptr(SitrepSuggestResult) dateline =
    sitrep_test_suggest ("BEIRUT, March 3 (Wire) - A bomb exploded in Homs, killing two.", NULL);

  g_assert_true (place (street, "Nile")->doubtful);
  g_assert_cmpfloat (km_from (place (street, "Nile"), 36.20124, 37.16117), <, 10.0);
  g_assert_false (place (sure, "Basra")->doubtful);
  g_assert_cmpfloat (km_from (place (sure, "Basra"), 30.50852, 47.7804), <, 10.0);
  g_assert_false (place (dateline, "BEIRUT")->doubtful);
  g_assert_cmpfloat (km_from (place (dateline, "BEIRUT"), 33.89332, 35.50157), <, 10.0);
}

/* A quarter named with its city ("the X neighborhood on the eastern edge
 * of Y", "in the eastern side of Y city", "منطقة X شرق Y", "حي X جنوب غربي
 * مدينة Y") is pinned at the city, doubtful, when the gazetteer put its
 * name elsewhere: Ja'bar castle, Iraq's Muthanna province, a town of
 * Jordan, Iraq's Salah ad Din province. */
static void
test_named_with_city (void)
{
  g_autoptr(SitrepSuggestResult) jobar =
    sitrep_test_suggest ("Mortar rounds fell on the Jobar neighborhood on the eastern edge of Damascus.", NULL);
  g_autoptr(SitrepSuggestResult) muthana =
    sitrep_test_suggest ("A bomb went off near a bakery in al-Muthana neighborhood in the eastern side of Mosul city.",
                         NULL);
  g_autoptr(SitrepSuggestResult) faisaliya =
    sitrep_test_suggest ("أصيب مدنيان بانفجار عبوة في منطقة الفيصلية شرق الموصل.", NULL);
  g_autoptr(SitrepSuggestResult) salah =
    sitrep_test_suggest ("قتل طفل برصاص قناص في حي صلاح الدين جنوب غربي مدينة حلب.", NULL);

  g_assert_cmpfloat (km_from (place (jobar, "Jobar"), 33.5102, 36.29128), <, 1.0);
  g_assert_true (place (jobar, "Jobar")->doubtful);
  g_assert_cmpfloat (km_from (place (muthana, "al-Muthana"), 36.335, 43.11889), <, 1.0);
  g_assert_cmpint (place (muthana, "al-Muthana")->scope, ==, SITREP_PLACE_SCOPE_PLACE);
  g_assert_cmpfloat (km_from (place (faisaliya, "الفيصلية"), 36.335, 43.11889), <, 1.0);
  g_assert_true (place (faisaliya, "الفيصلية")->doubtful);
  g_assert_cmpfloat (km_from (place (salah, "صلاح الدين"), 36.20124, 37.16117), <, 1.0);
}

/* A town of the city's country the gazetteer is sure of, named as an area
 * or a district by the city, stays: "منطقة القيارة جنوب مدينة الموصل" is
 * Qayyarah, 60 km off; "Kirkuk's Dakuk district" is Daquq's. */
static void
test_named_with_city_not (void)
{
  g_autoptr(SitrepSuggestResult) qayyarah =
    sitrep_test_suggest ("انفجرت عبوة ناسفة في منطقة القيارة جنوب مدينة الموصل.", NULL);
  g_autoptr(SitrepSuggestResult) dakuk =
    sitrep_test_suggest ("Gunmen attacked a checkpoint in Kirkuk's Dakuk district.", NULL);

  g_assert_cmpfloat (km_from (place (qayyarah, "القيارة"), 35.79933, 43.29447), <, 1.0);
  g_assert_cmpfloat (km_from (place (dakuk, "Dakuk"), 35.13923, 44.44907), <, 1.0);
}

/* A town the gazetteer holds in the governorate its sentence names ("in
 * northern Raqqa", "in the western Anbar desert") stays there, however far
 * from the governorate's seat or middle: it is no village to pin there. */
static void
test_governorate_named (void)
{
  g_autoptr(SitrepSuggestResult) raqqa =
    sitrep_test_suggest ("Turkish drones struck a vehicle near Ain Issa in northern Raqqa.", NULL);
  g_autoptr(SitrepSuggestResult) anbar =
    sitrep_test_suggest ("Gunmen killed a shepherd near Rutba in the western Anbar desert.", NULL);

  g_assert_cmpfloat (km_from (place (raqqa, "Ain Issa"), 36.3855, 38.86228), <, 1.0);
  g_assert_cmpfloat (km_from (place (anbar, "Rutba"), 33.03718, 40.28586), <, 1.0);
}

/* … not one of another governorate: "Ain Issa in northern Aleppo" is a
 * place of Aleppo's the gazetteer lacks. */
static void
test_governorate_named_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Turkish drones struck a vehicle near Ain Issa in northern Aleppo.", NULL);

  g_assert_cmpfloat (km_from (place (r, "Ain Issa"), 36.3855, 38.86228), >, 50.0);
  g_assert_true (place (r, "Ain Issa")->doubtful);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest-places-parts/side-and-plural", test_side_and_plural);
  g_test_add_func ("/sitrep/suggest-places-parts/side-sure-stays", test_side_sure_stays);
  g_test_add_func ("/sitrep/suggest-places-parts/city-before", test_city_before);
  g_test_add_func ("/sitrep/suggest-places-parts/city-before-not", test_city_before_not);
  g_test_add_func ("/sitrep/suggest-places-parts/part-after-of", test_part_after_of);
  g_test_add_func ("/sitrep/suggest-places-parts/part-list", test_part_list);
  g_test_add_func ("/sitrep/suggest-places-parts/part-list-not", test_part_list_not);
  g_test_add_func ("/sitrep/suggest-places-parts/old-city", test_old_city);
  g_test_add_func ("/sitrep/suggest-places-parts/region-forms", test_region_forms);
  g_test_add_func ("/sitrep/suggest-places-parts/region-forms-not", test_region_forms_not);
  g_test_add_func ("/sitrep/suggest-places-parts/clause-holder", test_clause_holder);
  g_test_add_func ("/sitrep/suggest-places-parts/clause-holder-not", test_clause_holder_not);
  g_test_add_func ("/sitrep/suggest-places-parts/clause-holder-before", test_clause_holder_before);
  g_test_add_func ("/sitrep/suggest-places-parts/clause-guess", test_clause_guess);
  g_test_add_func ("/sitrep/suggest-places-parts/clause-list", test_clause_list);
  g_test_add_func ("/sitrep/suggest-places-parts/way-named-after-town", test_way_named_after_town);
  g_test_add_func ("/sitrep/suggest-places-parts/way-not", test_way_not);
  g_test_add_func ("/sitrep/suggest-places-parts/province-other-name", test_province_other_name);
  g_test_add_func ("/sitrep/suggest-places-parts/headed-name", test_headed_name);
  g_test_add_func ("/sitrep/suggest-places-parts/headed-name-not", test_headed_name_not);
  g_test_add_func ("/sitrep/suggest-places-parts/headed-name-bare", test_headed_name_bare);
  g_test_add_func ("/sitrep/suggest-places-parts/headed-name-phrase", test_headed_name_phrase);
  g_test_add_func ("/sitrep/suggest-places-parts/quoted-before-kind", test_quoted_before_kind);
  g_test_add_func ("/sitrep/suggest-places-parts/provinces-listed", test_provinces_listed);
  g_test_add_func ("/sitrep/suggest-places-parts/named-with-city", test_named_with_city);
  g_test_add_func ("/sitrep/suggest-places-parts/named-with-city-not", test_named_with_city_not);
  g_test_add_func ("/sitrep/suggest-places-parts/governorate-named", test_governorate_named);
  g_test_add_func ("/sitrep/suggest-places-parts/governorate-named-not", test_governorate_named_not);
  return g_test_run ();
}

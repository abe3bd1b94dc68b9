/* test-suggest-places-ar-latin.c — Arabic place names the bundled gazetteer holds only in Latin letters
 * ("الدجيل" Ad Dujayl), or under a letter Arabic glues before a name that begins with one of its own
 * ("وبغداد", "كبيرة"); a country's adjective ("السورية"): each rule with a case it must take and one it
 * must leave
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

static gboolean
near (const SitrepSuggestion *s,
      double                  latitude,
      double                  longitude)
{
  return s != NULL && !isnan (s->latitude) &&
         sitrep_gazetteer_distance_km (s->latitude, s->longitude, latitude, longitude) <= 10.0;
}

/* "وبغداد" is "و" + "بغداد", "وكركوك" "و" + "كركوك": the second letter is the
 * name's own, though "وب"/"وك" glue as one ("وبحلب", "وبالرقة"). */
static void
test_glued_name_letter (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("تمتد الاشتباكات بين الموصل وبغداد وكركوك منذ أسابيع. "
                         "ووصلت تعزيزات إلى حمص وبحلب وبالرقة.", NULL);

  g_assert_true (near (place (r, "بغداد"), 33.34, 44.40));
  g_assert_true (near (place (r, "كركوك"), 35.47, 44.39));
  g_assert_true (near (place (r, "حلب"), 36.20, 37.16));
  g_assert_true (near (place (r, "الرقة"), 35.95, 39.01));
  g_assert_null (place (r, "غداد"));
  g_assert_null (place (r, "ركوك"));
  g_assert_null (place (r, "وبغداد"));
}

/* "ولبنان": the country, not the village "بنان" (Bnan) behind "ول". */
static void
test_glued_name_letter_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("وصل اللاجئون من العراق ولبنان إلى الحدود الأردنية.", NULL);

  g_assert_null (place (r, "بنان"));
}

/* A town GeoNames names only in Latin letters ("Ad Dujayl", "Ţūz Khūrmātū"
 * spelled "طوزخرماتو" by the text, "Kafr Zaytā" written "كفرزيتا"), held by
 * its governorate or its countryside: at the town, not at the
 * governorate's centre; still doubtful. */
static void
test_latin_names (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("انفجرت عبوة ناسفة قرب دورية في قضاء الدجيل جنوبي محافظة صلاح الدين. "
                         "وقتل جنديان في هجوم على ناحية بأطراف قضاء طوزخرماتو شمالي صلاح الدين.", NULL);
  g_autoptr(SitrepSuggestResult) hama =
    sitrep_test_suggest ("قصفت الطائرات الحربية بلدة كفرزيتا بريف حماة الشمالي صباح اليوم.", NULL);
  /* The countryside with no side: pinned at Hama's own spot (the centre of its governorate's towns),
   * a region still, no town holding a quarter. */
  g_autoptr(SitrepSuggestResult) rural =
    sitrep_test_suggest ("قتل مدني في قصف على بلدة كفرزيتا بريف حماة أمس.", NULL);
  const SitrepSuggestion *dujail = place (r, "الدجيل");

  g_assert_true (near (dujail, 33.85, 44.23));
  g_assert_true (dujail->doubtful);
  g_assert_true (near (place (r, "طوزخرماتو"), 34.89, 44.63));
  g_assert_true (near (place (hama, "كفرزيتا"), 35.37, 36.60));
  g_assert_true (near (place (rural, "كفرزيتا"), 35.37, 36.60));
}

/* A quarter a city holds stays at the city ("جوبر" east of Damascus, not a
 * namesake with its consonants elsewhere); a name with no Latin namesake in
 * its governorate stays where its holder put it. */
static void
test_latin_names_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("واستهدف القصف المدفعي حي جوبر شرقي دمشق مساء أمس.", NULL);
  g_autoptr(SitrepSuggestResult) none =
    sitrep_test_suggest ("هاجم مسلحون قرية الزعفرانة الجديدة جنوبي محافظة صلاح الدين.", NULL);
  const SitrepSuggestion *jobar = place (r, "جوبر");
  const SitrepSuggestion *salah = place (none, "محافظة صلاح الدين");
  const SitrepSuggestion *village = place (none, "الزعفرانة الجديدة");

  g_assert_true (near (jobar, 33.51, 36.29));
  g_assert_nonnull (salah);
  if (village != NULL && !isnan (village->latitude))
    g_assert_true (near (village, salah->latitude, salah->longitude));
}

/* A town or village a report names as one ("مدينة X", "بلدة X"), pinned
 * at the town its clause places it by ("جنوبي محافظة الحسكة": the
 * governorate's seat), is no quarter of that town: it goes to the place
 * of its consonants ("الشدادي" Ash Shaddādah, "Shadadi"), still doubtful;
 * on the side the clause gives, when it gives one. */
static void
test_settlement_at_town (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("أصيب ثلاثة مدنيين بانفجار لغم على طريق فرعي في مدينة الشدادي جنوبي محافظة الحسكة مساء "
                         "الأحد.", NULL);
  const SitrepSuggestion *shaddadi = place (r, "الشدادي");

  g_assert_true (near (shaddadi, 36.06, 40.73));
  g_assert_true (shaddadi->doubtful);
}

/* Not on the other side: "بيانون" in Aleppo's northern countryside is no
 * village of its consonants south-east of Aleppo; it stays at Aleppo. */
static void
test_settlement_at_town_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("قصفت المدفعية أحياء في مدينة حلب صباح اليوم. واستهدفت الطائرات بلدة بيانون في الريف "
                         "الشمالي بصاروخين.", NULL);
  const SitrepSuggestion *bayanoun = place (r, "بيانون");

  g_assert_nonnull (bayanoun);
  g_assert_true (isnan (bayanoun->latitude) || near (bayanoun, 36.20, 37.16));
}

/* A settlement named so ("بلدة الهول") is asked by a skeleton of two
 * consonants too: Al Hawl, of its governorate, not Hasakah's seat. */
static void
test_settlement_two_consonants (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("وصلت تعزيزات إلى بلدة الهول شرقي الحسكة.", NULL);

  g_assert_true (near (place (r, "الهول"), 36.39, 41.15));
}

/* A quarter ("حي الهول") is no settlement: it stays at its city. */
static void
test_settlement_two_consonants_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("دارت اشتباكات في حي الهول بمدينة الحسكة.", NULL);
  const SitrepSuggestion *quarter = place (r, "الهول");

  g_assert_true (quarter == NULL || isnan (quarter->latitude) || near (quarter, 36.50, 40.75));
}

/* A glued "ك" (as, like) is a preposition before the article only ("كالموصل"): "كبيرة" (large) is no
 * "ك" + "بيرة" (Al-Bireh). */
static void
test_glued_kaf (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("ألحق التفجير أضرارا كبيرة بالمنازل. وتضررت مدن كبرى كالموصل.", NULL);

  g_assert_true (near (place (r, "الموصل"), 36.34, 43.12));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "بيرة"));
}

/* "الحدود السورية" (the Syrian border): the article before a country's name that takes none makes it
 * the adjective, no mention of the country; "سورية" (Syria) and "العراق" (with its article) are. */
static void
test_country_adjective (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("انسحبت القوات نحو الحدود السورية أمس. وعاد اللاجئون من العراق إلى سورية.", NULL);

  g_assert_null (place (r, "السورية"));
  g_assert_nonnull (place (r, "سورية"));
  g_assert_nonnull (place (r, "العراق"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-places-ar-latin/glued-name-letter", test_glued_name_letter);
  g_test_add_func ("/sitrep/suggest-places-ar-latin/glued-name-letter-not", test_glued_name_letter_not);
  g_test_add_func ("/sitrep/suggest-places-ar-latin/latin-names", test_latin_names);
  g_test_add_func ("/sitrep/suggest-places-ar-latin/latin-names-not", test_latin_names_not);
  g_test_add_func ("/sitrep/suggest-places-ar-latin/settlement-at-town", test_settlement_at_town);
  g_test_add_func ("/sitrep/suggest-places-ar-latin/settlement-at-town-not", test_settlement_at_town_not);
  g_test_add_func ("/sitrep/suggest-places-ar-latin/settlement-two-consonants", test_settlement_two_consonants);
  g_test_add_func ("/sitrep/suggest-places-ar-latin/settlement-two-consonants-not", test_settlement_two_consonants_not);
  g_test_add_func ("/sitrep/suggest-places-ar-latin/glued-kaf", test_glued_kaf);
  g_test_add_func ("/sitrep/suggest-places-ar-latin/country-adjective", test_country_adjective);
  return g_test_run ();
}

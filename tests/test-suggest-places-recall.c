/* test-suggest-places-recall.c — places the gazetteer lacks or shares with a person, named by the
 * words around them ("قرية (X)", "the town of X"); and names that are people's, not places; each
 * rule with a case it must take and one it must leave
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

/* "قرية (الفلاحات)", "ناحية (ابو خشب)": the name in brackets after a kind
 * of place, whole, proposed though the gazetteer lacks it. */
static void
test_bracketed (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("قتل مدني بانفجار عبوة ناسفة في قرية (الفلاحات) التابعة لناحية (ابو خشب) "
                         "شمال مدينة بعقوبة.", NULL);

  g_assert_nonnull (place (r, "الفلاحات"));
  g_assert_nonnull (place (r, "ابو خشب"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "("));
}

/* Brackets that hold no name: a clause, too long to be one, and brackets
 * after no kind of place. */
static void
test_bracketed_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("وقع الانفجار في منطقة (قال مصدر امني انها كانت مزدحمة) ظهر اليوم. "
                         "واضاف المتحدث (الرائد) ان التحقيق جار.", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "قال"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "الرائد"));
}

/* "the village of Bani Hassan": the words say a place, above a person read
 * from the name; the gazetteer's namesake far away stays doubtful. */
static void
test_kind_of_over_person (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Gunmen attacked the village of Bani Hassan on Monday, killing two farmers.", NULL);
  const SitrepSuggestion *s = place (r, "Bani Hassan");

  g_assert_nonnull (s);
  g_assert_null (sitrep_test_find_suggestion (r, SITREP_SUGGEST_PERSON, "Bani Hassan"));
  g_assert_true (isnan (s->latitude) || s->doubtful);
}

/* A place the gazetteer is sure of keeps its match's score and pin. */
static void
test_kind_of_sure (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Gunmen attacked a checkpoint in the city of Mosul on Monday.", NULL);
  const SitrepSuggestion *s = place (r, "Mosul");

  g_assert_nonnull (s);
  g_assert_false (s->doubtful);
  g_assert_cmpfloat (fabs (s->latitude - 36.34), <, 0.1);
}

/* "police Capt. Ahmed Aram said … Aram said": a word of a person the
 * report names is that person, whatever village shares it. */
static void
test_person_word (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Two farmers were killed in Kirkuk, police Capt. Ahmed Aram said. "
                         "The gunmen fled towards the hills, Aram said.", NULL);

  g_assert_nonnull (place (r, "Kirkuk"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Aram"));
}

/* Words that say a place keep it ("the village of Aram"), and a place the
 * gazetteer is sure of keeps its name ("Ahmed Kirkuk" names no one here
 * but leaves Kirkuk a place). */
static void
test_person_word_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Police Capt. Ahmed Aram said gunmen attacked the village of Aram at dawn. "
                         "Police Capt. Ahmed Kirkuk said a bomb went off in Kirkuk.", NULL);

  g_assert_nonnull (place (r, "Aram"));
  g_assert_nonnull (place (r, "Kirkuk"));
}

/* A list that opens with a place and holds another names places with
 * every item: "Hajin, al-Shaafa and al-Sousa" (al-Shaafa the gazetteer
 * lacks), placed doubtful. */
static void
test_list_with_places (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Warplanes struck Hajin, al-Shaafa and al-Sousa east of the Euphrates on Sunday.", NULL);
  const SitrepSuggestion *s = place (r, "al-Shaafa");

  g_assert_nonnull (s);
  g_assert_true (isnan (s->latitude) || s->doubtful);
}

/* … not people named after a place, nor a headline in title case. */
static void
test_list_with_places_not (void)
{
  g_autoptr(SitrepSuggestResult) people =
    sitrep_test_suggest ("In Mosul, Ali Hassan and Omar Khalid were killed on Monday.", NULL);
  g_autoptr(SitrepSuggestResult) headline =
    sitrep_test_suggest ("Gunmen Storm Village near Khanaqin, Kill Shepherd and Son, Wound 5", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (people, SITREP_SUGGEST_PLACE, "Ali"));
  g_assert_false (sitrep_test_any_suggestion_holds (people, SITREP_SUGGEST_PLACE, "Omar"));
  g_assert_false (sitrep_test_any_suggestion_holds (headline, SITREP_SUGGEST_PLACE, "Kill"));
}

/* "(A، B، C، D)": names between brackets parted by commas, one a place,
 * are places; "بلدات تل رفعت وأحرص وكفرناصح": a list's name of two words
 * the gazetteer holds goes on to the names after it. */
static void
test_arabic_lists (void)
{
  g_autoptr(SitrepSuggestResult) brackets =
    sitrep_test_suggest ("قصفت الطائرات آخر معاقل التنظيم (هجين، الشعفة، السوسة، أبو الخاطر) شرق الفرات.", NULL);
  g_autoptr(SitrepSuggestResult) towns =
    sitrep_test_suggest ("تعرضت بلدات تل رفعت وأحرص وكفرناصح في ريف حلب الشمالي لقصف مدفعي.", NULL);

  g_assert_nonnull (place (brackets, "الشعفة"));
  g_assert_nonnull (place (brackets, "أبو الخاطر"));
  g_assert_nonnull (place (towns, "أحرص"));
  g_assert_nonnull (place (towns, "كفرناصح"));
}

/* … not names in brackets with no place among them. */
static void
test_arabic_lists_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("قتل ثلاثة شبان (محمد، علي، حسن) برصاص مجهولين في درعا.", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "علي"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "حسن"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-places-recall/bracketed", test_bracketed);
  g_test_add_func ("/sitrep/suggest-places-recall/bracketed-not", test_bracketed_not);
  g_test_add_func ("/sitrep/suggest-places-recall/kind-of-over-person", test_kind_of_over_person);
  g_test_add_func ("/sitrep/suggest-places-recall/kind-of-sure", test_kind_of_sure);
  g_test_add_func ("/sitrep/suggest-places-recall/person-word", test_person_word);
  g_test_add_func ("/sitrep/suggest-places-recall/person-word-not", test_person_word_not);
  g_test_add_func ("/sitrep/suggest-places-recall/list-with-places", test_list_with_places);
  g_test_add_func ("/sitrep/suggest-places-recall/list-with-places-not", test_list_with_places_not);
  g_test_add_func ("/sitrep/suggest-places-recall/arabic-lists", test_arabic_lists);
  g_test_add_func ("/sitrep/suggest-places-recall/arabic-lists-not", test_arabic_lists_not);
  return g_test_run ();
}

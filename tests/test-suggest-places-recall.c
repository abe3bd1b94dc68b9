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

static gboolean
any_place_holds (SitrepSuggestResult *result,
                 const char          *word)
{
  for (guint k = 0; k < result->suggestions->len; k++)
    {
      const SitrepSuggestion *s = result->suggestions->pdata[k];

      if (s->kind == SITREP_SUGGEST_PLACE && strstr (s->text, word) != NULL)
        return TRUE;
    }
  return FALSE;
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
  g_assert_false (any_place_holds (r, "("));
}

/* Brackets that hold no name: a clause, too long to be one, and brackets
 * after no kind of place. */
static void
test_bracketed_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("وقع الانفجار في منطقة (قال مصدر امني انها كانت مزدحمة) ظهر اليوم. "
                         "واضاف المتحدث (الرائد) ان التحقيق جار.", NULL);

  g_assert_false (any_place_holds (r, "قال"));
  g_assert_false (any_place_holds (r, "الرائد"));
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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-places-recall/bracketed", test_bracketed);
  g_test_add_func ("/sitrep/suggest-places-recall/bracketed-not", test_bracketed_not);
  g_test_add_func ("/sitrep/suggest-places-recall/kind-of-over-person", test_kind_of_over_person);
  g_test_add_func ("/sitrep/suggest-places-recall/kind-of-sure", test_kind_of_sure);
  return g_test_run ();
}

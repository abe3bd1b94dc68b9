/* test-suggest-places-narrow.c — a village held at its governorate's middle moved to the town of that
 * governorate the report names; left where nothing narrower is named, or only a town beyond the area,
 * or where what holds it is a landform
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* Whether @a and @b are pinned at one spot. */
static gboolean
same_pin (const SitrepSuggestion *a,
          const SitrepSuggestion *b)
{
  return sitrep_test_km_from (a, b->latitude, b->longitude) < 0.01;
}

/* A village the data lacks, held at Diyala's middle, goes to Baquba, the governorate's town the report
 * names: still doubtful. */
static void
test_town_named (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Gunmen killed two farmers in the village of Zorbatiya in Diyala province on Monday, "
                         "police in Baquba said.", NULL);
  const SitrepSuggestion *village = sitrep_test_place (r, "Zorbatiya");
  const SitrepSuggestion *town = sitrep_test_place (r, "Baquba");
  const SitrepSuggestion *province = sitrep_test_place (r, "Diyala province");

  g_assert_nonnull (village);
  g_assert_nonnull (town);
  g_assert_nonnull (province);
  g_assert_true (village->doubtful);
  g_assert_true (same_pin (village, town));
  g_assert_false (same_pin (village, province));
}

/* Nothing narrower named: the village stays at the governorate's middle. */
static void
test_town_named_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Gunmen killed two farmers in the village of Zorbatiya in Diyala province on Monday.", NULL);
  const SitrepSuggestion *village = sitrep_test_place (r, "Zorbatiya");
  const SitrepSuggestion *province = sitrep_test_place (r, "Diyala province");

  g_assert_nonnull (village);
  g_assert_nonnull (province);
  g_assert_true (village->doubtful);
  g_assert_true (same_pin (village, province));
}

/* A town named beyond the governorate's area (Baghdad, far from Diyala's middle) is no narrower place
 * of it. */
static void
test_town_beyond (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Gunmen killed two farmers in the village of Zorbatiya in Diyala province on Monday, "
                         "officials in Baghdad said.", NULL);
  const SitrepSuggestion *village = sitrep_test_place (r, "Zorbatiya");
  const SitrepSuggestion *province = sitrep_test_place (r, "Diyala province");

  g_assert_nonnull (village);
  g_assert_nonnull (province);
  g_assert_nonnull (sitrep_test_place (r, "Baghdad"));
  g_assert_true (same_pin (village, province));
}

/* A landform is narrow already: a village held there stays, whatever town is named near it. */
static void
test_landform (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Shelling hit the village of Zorbatiya in the Eastern Ghouta on Monday, "
                         "medics in Douma said.", NULL);
  const SitrepSuggestion *village = sitrep_test_place (r, "Zorbatiya");
  const SitrepSuggestion *town = sitrep_test_place (r, "Douma");

  g_assert_nonnull (village);
  g_assert_nonnull (town);
  g_assert_false (same_pin (village, town));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-places-narrow/town-named", test_town_named);
  g_test_add_func ("/sitrep/suggest-places-narrow/town-named-not", test_town_named_not);
  g_test_add_func ("/sitrep/suggest-places-narrow/town-beyond", test_town_beyond);
  g_test_add_func ("/sitrep/suggest-places-narrow/landform", test_landform);
  return g_test_run ();
}

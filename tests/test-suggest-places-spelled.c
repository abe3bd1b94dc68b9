/* test-suggest-places-spelled.c — places named as reports write them: a province after a
 * sentence's opening preposition, a town the data spells with other consonants, a village no data
 * holds pinned near the place named beside it; each rule with a case it must take and one it must leave
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

/* "In Anbar province, …": the opening preposition is no part of the
 * province's name, which is placed at the province. */
static void
test_opening_preposition (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Three people were killed on Monday.\n\n"
                         "In Anbar province, six civilians were killed in shelling on Fallujah.\n\n"
                         "Near Diyala province, a bomb killed two.", NULL);
  const SitrepSuggestion *anbar = place (r, "Anbar province");
  const SitrepSuggestion *diyala = place (r, "Diyala province");

  g_assert_nonnull (anbar);
  g_assert_false (isnan (anbar->latitude));
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (anbar->latitude, anbar->longitude, 33.4, 42.5), <, 100.0);
  g_assert_nonnull (diyala);
  g_assert_false (isnan (diyala->latitude));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "In Anbar"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Near Diyala"));
}

/* "Thiban" for Dhībān (dh/th), "Qamisli" for Al Qāmishlī (sh/s): a name
 * the keys leave unplaced is placed, doubtful, at the bundled town whose
 * loose consonant skeleton it shares, near a place the text is sure of. */
static void
test_consonant_spelling (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Clashes broke out in Deir ez-Zor city on Monday. Gunmen later attacked a checkpoint in "
                         "the town of Thiban.\n\nA drone struck the city of Qamisli, near Hasakah.", NULL);
  const SitrepSuggestion *thiban = place (r, "Thiban");
  const SitrepSuggestion *qamisli = place (r, "Qamisli");

  g_assert_nonnull (thiban);
  g_assert_true (thiban->doubtful);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (thiban->latitude, thiban->longitude, 35.015, 40.510), <, 5.0);
  g_assert_nonnull (qamisli);
  g_assert_true (qamisli->doubtful);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (qamisli->latitude, qamisli->longitude, 37.052, 41.231), <, 5.0);
}

/* Far from every place the text is sure of, a skeleton says nothing: the
 * Syrian Dhībān is no guess for a town near Erbil; nor is a name the keys
 * know moved by it ("Khales, southwest of Baghdad" yields to the words). */
static void
test_consonant_spelling_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Clashes broke out in Erbil on Monday. Gunmen later attacked a checkpoint in the town of "
                         "Thiban.", NULL);
  g_autoptr(SitrepSuggestResult) side =
    sitrep_test_suggest ("Gunmen attacked an army checkpoint in Khales, southwest of Baghdad, killing two soldiers.",
                         NULL);
  const SitrepSuggestion *thiban = place (r, "Thiban");
  const SitrepSuggestion *khales = place (side, "Khales");

  g_assert_nonnull (thiban);
  g_assert_true (isnan (thiban->latitude) ||
                 sitrep_gazetteer_distance_km (thiban->latitude, thiban->longitude, 35.015, 40.510) > 100.0);
  g_assert_nonnull (khales);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (khales->latitude, khales->longitude, 33.34, 44.40), <, 1.0);
}

/* One Arabic word written many ways in Latin letters is the place's own
 * spelling, not a loose match: "Ain"/"Ayn"/"Ein", "Tel"/"Tall",
 * "-iyeh"/"-iyah". A loose match is doubtful, and a doubtful place far
 * from the place the text says holds it was moved there ("Ain Issa … in
 * Raqqa province" went to Raqqa, 50 km off). */
static void
test_transliteration_variants (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A roadside bomb hit a patrol on the road between Ain Issa and the town of Suluk in Raqqa "
                         "province on Monday, killing two fighters.\n\nShelling hit Tel Rifaat, north of Aleppo, "
                         "on Tuesday.\n\nA car bomb exploded in Numaniyeh, in Wasit province, killing four.", NULL);
  const struct { const char *name; double lat, lon; } sure[] = {
    { "Ain Issa", 36.386, 38.862 }, { "Tel Rifaat", 36.472, 37.095 }, { "Numaniyeh", 32.556, 45.413 },
  };

  for (guint k = 0; k < G_N_ELEMENTS (sure); k++)
    {
      const SitrepSuggestion *s = place (r, sure[k].name);

      g_test_message ("%s", sure[k].name);
      g_assert_nonnull (s);
      g_assert_false (s->doubtful);
      g_assert_cmpfloat (sitrep_gazetteer_distance_km (s->latitude, s->longitude, sure[k].lat, sure[k].lon), <, 1.0);
    }
}

/* The diphthong written "ei" or "ai" ("Beiji", "Baiji": Bayjī) and the
 * long "u" written "ou" are the place's own spelling: sure where it is,
 * 200 km north of the city its clause names. */
static void
test_diphthongs (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A roadside bomb struck a police patrol in the town of Beiji, north of Baghdad.", NULL);
  const SitrepSuggestion *beiji = place (r, "Beiji");

  g_assert_nonnull (beiji);
  g_assert_false (beiji->doubtful);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (beiji->latitude, beiji->longitude, 34.93, 43.49), <, 1.0);
}

/* A village at its district's seat (UCDP's Baghuz at Albu Kamal) stays
 * there when the text sets it in the countryside of the governorate that
 * holds the district: the countryside's middle is 100 km off. */
static void
test_locality_seat_in_countryside (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Clashes were reported in the village of Baghouz in the eastern countryside of Deir ez-Zor.",
                         NULL);
  const SitrepSuggestion *baghouz = place (r, "Baghouz");

  g_assert_nonnull (baghouz);
  g_assert_true (baghouz->doubtful);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (baghouz->latitude, baghouz->longitude, 34.45, 40.92), <, 5.0);
}

/* A village no data holds is pinned, doubtful, at the sure place nearest
 * it in its sentence, else in its paragraph, else at the place the report
 * names most. */
static void
test_pinned_nearby (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Mortar rounds hit the village of Zaghrabiyeh, west of Falluja, on Monday.\n\n"
                         "In Kirkuk, police found a body. Later, gunmen killed a farmer in the village of "
                         "Qurnashiyeh.\n\nA bomb went off in Kirkuk again.\n\n"
                         "A roadside bomb struck Xantheriyeh village.", NULL);
  const struct { const char *name; double lat, lon; } pinned[] = {
    { "Zaghrabiyeh", 33.349, 43.786 }, { "Qurnashiyeh", 35.468, 44.392 }, { "Xantheriyeh", 35.468, 44.392 },
  };

  for (guint k = 0; k < G_N_ELEMENTS (pinned); k++)
    {
      const SitrepSuggestion *s = place (r, pinned[k].name);

      g_test_message ("%s", pinned[k].name);
      g_assert_nonnull (s);
      g_assert_true (s->doubtful);
      g_assert_cmpfloat (sitrep_gazetteer_distance_km (s->latitude, s->longitude, pinned[k].lat, pinned[k].lon), <, 1.0);
    }
}

/* Not at a dateline's city (where the reporter is), not at a place of one
 * country when the sentence names another ("Syria's"), not at a place
 * named once in another paragraph. */
static void
test_pinned_nearby_not (void)
{
  g_autoptr(SitrepSuggestResult) dateline =
    sitrep_test_suggest ("ERBIL (Kurdistan 24) – Gunmen attacked a house in the Zaghrabiyeh neighborhood on Sunday.",
                         NULL);
  g_autoptr(SitrepSuggestResult) other =
    sitrep_test_suggest ("A bomb went off in Kirkuk.\n\nA bomb went off in Kirkuk again.\n\nClashes went on in "
                         "Mosul.\n\nSyria's Qurnashiyeh village was shelled.", NULL);
  g_autoptr(SitrepSuggestResult) once =
    sitrep_test_suggest ("A bomb went off in Kirkuk.\n\nClashes went on in Mosul.\n\n"
                         "A roadside bomb struck Xantheriyeh village.", NULL);
  const SitrepSuggestion *a = place (dateline, "Zaghrabiyeh");
  const SitrepSuggestion *b = place (other, "Qurnashiyeh");
  const SitrepSuggestion *c = place (once, "Xantheriyeh");

  g_assert_nonnull (a);
  g_assert_true (isnan (a->latitude) || sitrep_gazetteer_distance_km (a->latitude, a->longitude, 36.18, 44.01) > 30.0);
  g_assert_nonnull (b);
  g_assert_true (isnan (b->latitude));
  g_assert_nonnull (c);
  g_assert_true (isnan (c->latitude));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-places-spelled/opening-preposition", test_opening_preposition);
  g_test_add_func ("/sitrep/suggest-places-spelled/consonant-spelling", test_consonant_spelling);
  g_test_add_func ("/sitrep/suggest-places-spelled/consonant-spelling-not", test_consonant_spelling_not);
  g_test_add_func ("/sitrep/suggest-places-spelled/transliteration-variants", test_transliteration_variants);
  g_test_add_func ("/sitrep/suggest-places-spelled/diphthongs", test_diphthongs);
  g_test_add_func ("/sitrep/suggest-places-spelled/locality-seat-in-countryside", test_locality_seat_in_countryside);
  g_test_add_func ("/sitrep/suggest-places-spelled/pinned-nearby", test_pinned_nearby);
  g_test_add_func ("/sitrep/suggest-places-spelled/pinned-nearby-not", test_pinned_nearby_not);
  return g_test_run ();
}

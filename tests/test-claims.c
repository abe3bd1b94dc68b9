/* test-claims.c — derived event figures as tables, and the codebook
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-claims.h"
#include "sitrep-codebook.h"
#include "sitrep-event-private.h"

#define K SITREP_CLAIM_KILLED
#define W SITREP_CLAIM_WOUNDED
#define A1 SITREP_VICTIM_ACTOR1
#define A2 SITREP_VICTIM_ACTOR2
#define CIV SITREP_VICTIM_CIVILIANS
#define UNK SITREP_VICTIM_UNKNOWN
#define EXACT SITREP_QUALIFIER_EXACT
#define AT_LEAST SITREP_QUALIFIER_AT_LEAST
#define MORE_THAN SITREP_QUALIFIER_MORE_THAN
#define RANGE SITREP_QUALIFIER_RANGE
#define NONE SITREP_FIGURE_NONE

typedef struct
{
  const char *name;
  SitrepClaimFigure claims[8];
  guint n_claims;
  gint64 best_override;
  gint64 fatalities, low, best, high;
  guint n_sources;
  gboolean disputed;
  const char *explanation_has;
} Case;

static const Case cases[] = {
  { "no claims", { { 0 } }, 0, -1, NONE, NONE, NONE, NONE, 0, FALSE, "No killed figure" },
  /* Gold 000, the bus bombing as two outlets report it: 18 killed in both;
   * "more than 20" wounded against "over 27" wounded. */
  { "bus bombing",
    { { K, EXACT, 18, 18, A2, "article:1", "SouthFront" },
      { W, MORE_THAN, 20, 20, A2, "article:1", "SouthFront" },
      { K, EXACT, 18, 18, A2, "article:2", "Al-Masdar" },
      { W, MORE_THAN, 27, 27, A2, "article:2", "Al-Masdar" } }, 4, -1,
    18, 18, 18, 18, 2, TRUE, "wounded: SouthFront more than 20, Al-Masdar more than 27" },
  /* Gold 000, the Jasim operation: "at least 20" stated twice by one
   * source, a named commander and two aides (3) of the same side: one
   * figure of 20, not 43. */
  { "jasim one source",
    { { K, AT_LEAST, 20, 20, A2, "claimant:7", "Russian Coordination Center" },
      { K, AT_LEAST, 20, 20, A2, "claimant:7", "Russian Coordination Center" },
      { K, EXACT, 3, 3, A2, "claimant:7", "Russian Coordination Center" } }, 3, -1,
    20, 20, 20, 20, 1, FALSE, "the only source" },
  { "jasim two sources disagree",
    { { K, AT_LEAST, 20, 20, A2, "claimant:7", "Russian Coordination Center" },
      { K, EXACT, 18, 18, A2, "article:3", "SOHR" } }, 2, -1,
    18, 18, 18, 20, 2, TRUE, "lower middle" },
  { "sides add up within a source",
    { { K, EXACT, 5, 5, A1, "article:1", NULL },
      { K, EXACT, 7, 7, A2, "article:1", NULL },
      { K, EXACT, 2, 2, CIV, "article:1", NULL } }, 3, -1,
    14, 14, 14, 14, 1, FALSE, NULL },
  { "median of three",
    { { K, EXACT, 10, 10, UNK, "a", NULL },
      { K, EXACT, 30, 30, UNK, "b", NULL },
      { K, EXACT, 12, 12, UNK, "c", NULL } }, 3, -1,
    10, 10, 12, 30, 3, TRUE, "median of 3" },
  { "range: low end for ACLED, high end for UCDP high",
    { { K, RANGE, 10, 15, UNK, "a", NULL } }, 1, -1,
    10, 10, 10, 15, 1, FALSE, NULL },
  { "dozens is 12",
    { { K, AT_LEAST, 12, 12, UNK, "a", NULL } }, 1, -1,
    12, 12, 12, 12, 1, FALSE, NULL },
  { "best override with reason",
    { { K, EXACT, 10, 10, UNK, "a", NULL },
      { K, EXACT, 20, 20, UNK, "b", NULL } }, 2, 16,
    10, 10, 16, 20, 2, TRUE, "Best set to 16 by hand: hospital list" },
  { "unsourced claims are one source",
    { { K, EXACT, 4, 4, UNK, NULL, NULL },
      { W, EXACT, 9, 9, UNK, NULL, NULL } }, 2, -1,
    4, 4, 4, 4, 1, FALSE, "entered by hand" },
};

static void
test_derive_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      SitrepDerivedFigures f;

      g_test_message ("case: %s", c->name);
      sitrep_claims_derive (c->claims, c->n_claims, c->best_override, "hospital list", -1, -1, NULL, &f);
      g_assert_cmpint (f.fatalities, ==, c->fatalities);
      g_assert_cmpint (f.low, ==, c->low);
      g_assert_cmpint (f.best, ==, c->best);
      g_assert_cmpint (f.high, ==, c->high);
      g_assert_cmpuint (f.n_sources, ==, c->n_sources);
      g_assert_cmpint (f.disputed, ==, c->disputed);
      g_assert_cmpint (f.best_overridden, ==, c->best_override >= 0);
      g_assert_nonnull (f.explanation);
      if (c->explanation_has != NULL && strstr (f.explanation, c->explanation_has) == NULL)
        g_error ("case %s: “%s” not in explanation:\n%s", c->name, c->explanation_has, f.explanation);
      sitrep_derived_figures_clear (&f);
      g_assert_null (f.explanation);
    }
}

static void
test_deaths_by_side (void)
{
  const SitrepClaimFigure claims[] = {
    { K, EXACT, 2, 2, A1, "UCDP", NULL },
    { K, EXACT, 3, 3, A2, "UCDP", NULL },
    { K, EXACT, 4, 4, CIV, "UCDP", NULL },
    { K, EXACT, 1, 1, UNK, "UCDP", NULL },
  };
  SitrepDerivedFigures f;

  sitrep_claims_derive (claims, G_N_ELEMENTS (claims), -1, NULL, 8, 14, "UCDP GED low and high", &f);
  g_assert_cmpint (f.best, ==, 10);
  g_assert_cmpint (f.deaths[A1], ==, 2);
  g_assert_cmpint (f.deaths[A2], ==, 3);
  g_assert_cmpint (f.deaths[CIV], ==, 4);
  g_assert_cmpint (f.deaths[UNK], ==, 1);
  g_assert_cmpint (f.low, ==, 8);
  g_assert_cmpint (f.high, ==, 14);
  g_assert_true (f.range_overridden);
  g_assert_nonnull (strstr (f.explanation, "UCDP GED low and high"));
  sitrep_derived_figures_clear (&f);
}

static void
test_enums (void)
{
  SitrepClaimKind kind;
  SitrepVictimSide side;

  g_assert_true (sitrep_claim_kind_from_string ("wounded", &kind));
  g_assert_cmpint (kind, ==, SITREP_CLAIM_WOUNDED);
  g_assert_false (sitrep_claim_kind_from_string ("maimed", &kind));
  g_assert_true (sitrep_claim_kind_from_label_kind ("captured", &kind));
  g_assert_false (sitrep_claim_kind_from_label_kind ("place", &kind));
  g_assert_true (sitrep_victim_side_from_string ("civilians", &side));
  g_assert_cmpstr (sitrep_victim_side_to_string (side), ==, "civilians");
  g_assert_cmpstr (sitrep_claim_kind_to_string (SITREP_CLAIM_MISSING), ==, "missing");
}

static void
test_codebook (void)
{
  SitrepCodebook *cb = sitrep_codebook_get_default ();
  g_auto(GStrv) types = sitrep_codebook_list_event_types (cb);
  g_auto(GStrv) subs = sitrep_codebook_list_sub_event_types (cb, "Explosions/Remote violence");
  g_auto(GStrv) actors = sitrep_codebook_list_actor_types (cb);

  g_assert_cmpuint (g_strv_length (types), ==, 6);
  g_assert_true (g_strv_contains ((const char * const *) subs, "Remote explosive/landmine/IED"));
  g_assert_null (sitrep_codebook_list_sub_event_types (cb, "Picnics"));
  g_assert_cmpstr (sitrep_codebook_get_disorder_type (cb, "Armed clash"), ==, "Political violence");
  g_assert_cmpstr (sitrep_codebook_get_disorder_type (cb, "Peaceful protest"), ==, "Demonstrations");
  g_assert_cmpstr (sitrep_codebook_get_disorder_type (cb, "Agreement"), ==, "Strategic developments");
  g_assert_cmpstr (sitrep_codebook_get_event_type_of (cb, "Air/drone strike"), ==, "Explosions/Remote violence");
  g_assert_true (sitrep_codebook_is_sub_event_type_of (cb, "Armed clash", "Battles"));
  g_assert_false (sitrep_codebook_is_sub_event_type_of (cb, "Armed clash", "Riots"));

  g_assert_cmpuint (g_strv_length (actors), ==, 8);
  g_assert_cmpint (sitrep_codebook_get_inter_code (cb, "state_forces"), ==, 1);
  g_assert_cmpint (sitrep_codebook_get_inter_code (cb, "civilians"), ==, 7);
  g_assert_cmpint (sitrep_codebook_get_inter_code (cb, "external_other"), ==, 8);
  g_assert_cmpint (sitrep_codebook_get_inter_code (cb, NULL), ==, 0);
  g_assert_cmpint (sitrep_codebook_get_interaction (cb, 1, 2), ==, 12);
  g_assert_cmpint (sitrep_codebook_get_interaction (cb, 7, 1), ==, 17);
  g_assert_cmpint (sitrep_codebook_get_interaction (cb, 2, 0), ==, 20);
  g_assert_cmpint (sitrep_codebook_get_interaction (cb, 0, 0), ==, 0);
  g_assert_cmpint (sitrep_codebook_get_type_of_violence (cb, 2, 7), ==, 3);
  g_assert_cmpint (sitrep_codebook_get_type_of_violence (cb, 1, 2), ==, 1);
  g_assert_cmpint (sitrep_codebook_get_type_of_violence (cb, 2, 3), ==, 2);

  g_assert_cmpint (sitrep_codebook_get_precision_max (cb, "date_prec"), ==, 5);
  g_assert_cmpint (sitrep_codebook_get_precision_max (cb, "where_prec"), ==, 7);
  g_assert_cmpint (sitrep_codebook_get_precision_max (cb, "geo_precision"), ==, 3);
  g_assert_cmpint (sitrep_codebook_get_precision_max (cb, "time_precision"), ==, 3);
  g_assert_nonnull (sitrep_codebook_get_precision_label (cb, "where_prec", 2));
  g_assert_null (sitrep_codebook_get_precision_label (cb, "where_prec", 8));
  g_assert_cmpint (sitrep_codebook_get_time_precision (cb, 1), ==, 1);
  g_assert_cmpint (sitrep_codebook_get_time_precision (cb, 3), ==, 2);
  g_assert_cmpint (sitrep_codebook_get_time_precision (cb, 5), ==, 3);
}

static void
test_codebook_bad_data (void)
{
  static const char * const bad[] = {
    "", "not json", "[]", "{}", "{\"event_types\": [{\"name\": \"X\"}]}",
    "{\"event_types\": [], \"precision_scales\": {\"x\": {\"values\": [{\"value\": 2}]}}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SitrepCodebook) cb = sitrep_codebook_new_from_data (bad[i], -1, &error);

      g_assert_null (cb);
      g_assert_error (error, SITREP_CODEBOOK_ERROR, SITREP_CODEBOOK_ERROR_INVALID);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/claims/derive-table", test_derive_table);
  g_test_add_func ("/sitrep/claims/deaths-by-side", test_deaths_by_side);
  g_test_add_func ("/sitrep/claims/enums", test_enums);
  g_test_add_func ("/sitrep/events/codebook", test_codebook);
  g_test_add_func ("/sitrep/events/codebook-bad-data", test_codebook_bad_data);

  return g_test_run ();
}

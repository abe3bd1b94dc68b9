/* test-suggest-figures-learned.c — the learned reader of English figures (issue 11, session 43): its candidates
 * (a victim phrase per word of harm, as SITREP_FIGURE_CANDIDATES prints them for bench/figure-candidates.py),
 * the words it reads no candidate of, and its generated table of weights, which must name the reader's
 * features in their order
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-suggest-figures-learned.h"
#include "sitrep-test-util.h"

/* The table bench/figure-candidates.py writes names the features as the reader does, in its order. */
static void
test_table (void)
{
  float none[FIGURE_N_FEATURES] = { 0 };

  for (guint k = 0; k < FIGURE_N_FEATURES; k++)
    {
      g_assert_nonnull (_sitrep_suggest_figure_feature_names[k]);
      g_assert_cmpstr (_sitrep_suggest_figure_weight_name (k), ==, _sitrep_suggest_figure_feature_names[k]);
    }
  g_assert_null (_sitrep_suggest_figure_feature_names[FIGURE_N_FEATURES]);
  g_assert_null (_sitrep_suggest_figure_weight_name (FIGURE_N_FEATURES));
  g_assert_true (isfinite (_sitrep_suggest_figure_learned_score (none)));
  for (guint k = 0; k < FIGURE_N_FEATURES; k++)
    {
      float one[FIGURE_N_FEATURES] = { 0 };

      one[k] = 1;
      g_assert_true (isfinite (_sitrep_suggest_figure_learned_score (one)));
    }
}

/* Each text in a child with the dump on: its stderr holds the candidates' lines. */
static const char * const texts[] = {
  /* 0: the body of one person */
  "Local officials said the body of a young shepherd was found near the river on Tuesday.",
  /* 1: two people joined by "and" */
  "A farmer and his son were killed when their car hit a mine outside the village.",
  /* 2: a name and its apposition: one person */
  "Rebels killed Ahmad Khalil Hassan, a local council member, in the village on Monday.",
  /* 3: a pronoun after a person told of */
  "Karim Saleh drove to the market in the morning. He was shot dead at the gate.",
  /* 4: one of a tally's lines */
  "Tuesday: 4 killed\nNorth: 1 teacher killed by gunmen.\nSouth: 3 soldiers killed in a blast.",
  /* 5 …: no candidate */
  "No one was hurt in the blast, the police said.",
  "The injured farmer was taken to the hospital in the town.",
  "A car bomb killed the driver and three passengers on the main road.",
  "Officials warned that the gunmen could kill a hostage at any time.",
  "Government forces captured Tall Hamis and two villages nearby.",
};

static void
test_candidates_child (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autoptr(SitrepSuggestResult) result = NULL;

  /* run by test_candidates () and test_no_candidate () in a child of their own */
  if (!g_test_subprocess ())
    return;
  g_setenv ("SITREP_FIGURE_CANDIDATES", "1", TRUE);
  result = sitrep_test_suggest (texts[i], NULL);
  g_assert_nonnull (result);
}

static void
run_child (guint i)
{
  g_autofree char *path = g_strdup_printf ("/suggest-figures/learned/child/%u", i);

  g_test_trap_subprocess (path, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* Fields: FIGCAND, length, hash, byte, kind, count, qualifier, covered, features, words. */
static void
test_candidates (void)
{
  run_child (0);
  g_test_trap_assert_stderr ("*FIGCAND\t*\tkilled\t1\t0\t*\tbody of a young shepherd\n*");
  run_child (1);
  g_test_trap_assert_stderr ("*FIGCAND\t*\tkilled\t2\t0\t*\tA farmer and his son were killed\n*");
  run_child (2);
  g_test_trap_assert_stderr ("*FIGCAND\t*\tkilled\t1\t0\t*\tkilled Ahmad Khalil Hassan\n*");
  run_child (3);
  g_test_trap_assert_stderr ("*FIGCAND\t*\tkilled\t1\t0\t*\tHe was shot dead\n*");
  run_child (4);
  g_test_trap_assert_stderr ("*FIGCAND\t*\tkilled\t1\t0\t*\t1 teacher killed\n*");
  /* the tally's counts of more than one are the count readers' */
  g_test_trap_assert_stderr_unmatched ("*\tkilled\t3\t*");
}

static void
test_no_candidate (void)
{
  for (guint i = 5; i < G_N_ELEMENTS (texts); i++)
    {
      run_child (i);
      g_test_trap_assert_stderr_unmatched ("*FIGCAND*");
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/suggest-figures/learned/table", test_table);
  g_test_add_func ("/suggest-figures/learned/candidates", test_candidates);
  g_test_add_func ("/suggest-figures/learned/no-candidate", test_no_candidate);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *path = g_strdup_printf ("/suggest-figures/learned/child/%u", i);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_candidates_child);
    }
  return g_test_run ();
}

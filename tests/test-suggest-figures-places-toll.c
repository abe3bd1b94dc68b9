/* test-suggest-figures-places-toll.c — a death toll named far before its "has risen to"; people named by a nation or
 * a faith in the plural ("271 Iraqis and 14 soldiers lost their lives"); a figure over several places ("hit two
 * villages", "the villages of A and B") or over "the last three days" is a tally, not one incident's — and what
 * stays one incident's; a toll's breakdown after a spaced dash ("14 - seven police officers and seven
 * civilians") (issue 11, session 39)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The figures of a text as "kind count qualifier[ cumulative]", in text order. */
#define check_figures sitrep_test_check_figures

static void
test_death_toll_far (void)
{
  check_figures ("HOMS, Agency – Death toll from the rocket attacks which struck three farms near the lake on Friday "
                 "has climbed to eleven farmers.",
                 "killed 11 exact");
  check_figures ("The death toll from the shelling of the two markets in the old city on Monday has risen to 14 civilians.",
                 "killed 14 exact");
  /* a toll of something else rising is no figure */
  check_figures ("The price of bread from the two bakeries in the old city has risen to 14 pounds.", "");
}

static void
test_nation_plural (void)
{
  check_figures ("Altogether 35 Syrians and 6 Turkish soldiers lost their lives that week.",
                 "killed 35 exact; killed 6 exact");
  check_figures ("Police arrested four Tunisians at the border crossing.", "captured 4 exact");
  /* people counted with no harm stay no figure */
  check_figures ("Thousands of Yazidis fled to the mountain.", "");
}

static void
test_several_places (void)
{
  check_figures ("Militants fired rockets on the villages of Kafr Musa and Tal Hamra, killing six farmers.",
                 "killed 6 exact cumulative");
  check_figures ("An assault on two eastern towns left 12 fighters dead.", "killed 12 exact cumulative");
  /* one incident told with "a" on the villages, and one village of several: one incident's */
  check_figures ("Witnesses said a heavy bombardment on the villages of Kafr Musa and Tal Hamra killed six farmers.",
                 "killed 6 exact");
  check_figures ("At dawn gunmen from the two villages killed six farmers.", "killed 6 exact");
}

static void
test_last_days (void)
{
  check_figures ("Militants killed 17 herders near the dam in the last four days.", "killed 17 exact cumulative");
  check_figures ("Over the past 48 hours at least 9 civilians were killed by shelling.", "killed 9 at_least cumulative");
  /* the last of something is no period */
  check_figures ("The last three soldiers were killed at the checkpoint.", "killed 3 exact");
}

static void
test_dash_breakdown (void)
{
  check_figures ("Officials put the death toll at 11 - six border guards and five farmers.",
                 "killed 11 exact; killed 6 exact; killed 5 exact");
  /* a range stays a range */
  check_figures ("Between 20-25 people were wounded in the blast.", "wounded 20 range");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/suggest-figures-places-toll/death-toll-far", test_death_toll_far);
  g_test_add_func ("/suggest-figures-places-toll/nation-plural", test_nation_plural);
  g_test_add_func ("/suggest-figures-places-toll/several-places", test_several_places);
  g_test_add_func ("/suggest-figures-places-toll/last-days", test_last_days);
  g_test_add_func ("/suggest-figures-places-toll/dash-breakdown", test_dash_breakdown);
  return g_test_run ();
}

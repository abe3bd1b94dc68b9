/* test-suggest-figures-partitive.c — a part of people counted before that says who they were is a figure of
 * its own ("Two of the five killed were teachers"), and its whole restated in it is not one more; a part
 * that says how they are, who one of them is, or how they were related is no figure (issue 11, session 39)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The figures of a text as "kind count qualifier[ cumulative]", in text order. */
#define check_figures sitrep_test_check_figures

static void
test_part_says_who (void)
{
  check_figures ("Gunmen shot dead five workers at the depot. Three of the five killed were drivers, the manager said.",
                 "killed 5 exact; killed 3 exact");
  check_figures ("A blast killed three people and wounded nine others. One of those killed and two of the injured "
                 "are border guard members, he said.",
                 "killed 3 exact; wounded 9 exact; killed 1 exact; wounded 2 exact");
  check_figures ("The strikes killed eight fighters. Officials said that three among the killed were Tunisian, "
                 "natives of the south.",
                 "killed 8 exact; killed 3 exact");
  check_figures ("Rescuers pulled bodies from the rubble. At least four of the bodies recovered were those of children.",
                 "killed 4 at_least");
  check_figures ("Police arrested twelve men in the raid. Two of the arrested were formerly army officers.",
                 "captured 12 exact; captured 2 exact");
}

static void
test_part_says_how_or_kin (void)
{
  /* how some of them are, who one of them is, how they were related: counted before, not more */
  check_figures ("The bombing wounded six people. Two of the wounded are in a critical condition.",
                 "wounded 6 exact");
  check_figures ("The shelling wounded four farmers. One of the injured farmers is identified as Salem Hadi.",
                 "wounded 4 exact");
  check_figures ("The raid killed seven villagers. Two of the slain were cousins, a neighbour said.",
                 "killed 7 exact");
  check_figures ("The attack killed nine people. At least three of the dead were very young.",
                 "killed 9 exact");
  /* no word of harm naming the whole: nothing new here */
  check_figures ("Two of the guests were engineers from the capital.", "");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/suggest-figures-partitive/says-who", test_part_says_who);
  g_test_add_func ("/suggest-figures-partitive/says-how-or-kin", test_part_says_how_or_kin);
  return g_test_run ();
}

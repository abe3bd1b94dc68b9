/* test-suggest-figures-parts-where.c — a bare count that says where or when some of the people counted were is a
 * figure ("including 804 just in August", "… 3 other civilians in Mahambel and 5 in Ramy village"), not one that
 * says how they are ("including one in critical condition"); one person whose killing is condemned ("condemned
 * the killing of X"); a second group joined by "as well as" before the verb they share (issue 11, session 39)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The figures of a text as "kind count qualifier[ cumulative]", in text order. */
#define check_figures sitrep_test_check_figures

static void
test_where_part (void)
{
  check_figures ("At least 40 people were killed on Friday, including 8 just in Mosul.",
                 "killed 40 at_least; killed 8 exact");
  check_figures ("Shelling wounded 6 people in Kafr Musa and 3 in Tal Hamra.", "wounded 6 exact; wounded 3 exact");
  /* how some of them are, and a bare count of something else */
  check_figures ("Three others were wounded, including one in critical condition.", "wounded 3 exact");
  check_figures ("Shelling wounded 6 people in Kafr Musa and destroyed 3 in Tal Hamra.", "wounded 6 exact");
}

static void
test_condemned_killing (void)
{
  check_figures ("The mission has condemned the killing of Karim Salih, a reporter with a local weekly.",
                 "killed 1 exact");
  /* a killing feared, not condemned */
  check_figures ("The mission has warned against the killing of civilians.", "");
}

static void
test_as_well_as (void)
{
  check_figures ("Hundreds of Islamic State fighters as well as Iraqi soldiers were killed in the battle.", "killed 100 at_least");
  check_figures ("Police detained 12 suspects as well as two trucks.", "captured 12 exact");
  /* another count after it is a figure of its own */
  check_figures ("Gunmen killed 3 soldiers as well as 2 civilians.", "killed 3 exact; killed 2 exact");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/suggest-figures-parts-where/where-part", test_where_part);
  g_test_add_func ("/suggest-figures-parts-where/condemned-killing", test_condemned_killing);
  g_test_add_func ("/suggest-figures-parts-where/as-well-as", test_as_well_as);
  return g_test_run ();
}

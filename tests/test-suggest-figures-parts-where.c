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

/* Session 42: where with no name ("in a village near X", "in the capital"), by whom ("at the hands of"), how ("under
 * torture"), a participle before where ("dumped near"); not a state ("in a serious condition", "in intensive care") */
static void
test_where_phrase (void)
{
  check_figures ("Shelling killed 20 civilians, including four in a village near Hama.", "killed 20 exact; killed 4 exact");
  check_figures ("Bombs killed 14 people on Monday, including nine in the capital.", "killed 14 exact; killed 9 exact");
  check_figures ("Eleven detainees died in May, including six at the hands of regime forces and two at the hands of the SDF.",
                 "killed 11 exact cumulative; killed 6 exact cumulative; killed 2 exact cumulative");
  check_figures ("The group said 80 civilians were killed in June, and 7 under torture.", "killed 80 exact cumulative; killed 7 exact cumulative");
  check_figures ("Police found 20 bodies on Sunday, including 12 dumped near a landfill.", "killed 20 exact; killed 12 exact");
  check_figures ("Ten people were hurt, including three in a serious condition.", "wounded 10 exact");
  check_figures ("Nine people were injured, including four in intensive care.", "wounded 9 exact");
  check_figures ("Five people were wounded, including two in critical but stable condition.", "wounded 5 exact");
}

/* Session 42: a count joined by "and" to the one before keeps its kind when "and" and another clause's word of
 * harm follow its people ("killed three soldiers and two civilians and wounded eight") */
static void
test_and_another_verb (void)
{
  check_figures ("A roadside bomb killed three soldiers and two civilians and wounded eight others.",
                 "killed 3 exact; killed 2 exact; wounded 8 exact");
  check_figures ("Militants abducted six farmers and two shepherds and wounded three others.",
                 "captured 6 exact; captured 2 exact; wounded 3 exact");
  /* things joined are no people */
  check_figures ("The army killed 10 militants and seized 30 rifles and destroyed four vehicles.", "killed 10 exact");
}

/* Session 42: words between a count and its people's noun — two participles with a comma between ("Two
 * blindfolded, handcuffed bodies"), a modifier before "deaths" ("four new American deaths"); not an age */
static void
test_modifiers (void)
{
  check_figures ("Two blindfolded, handcuffed bodies were found in the river.", "killed 2 exact");
  check_figures ("The army reported four new American deaths on Monday.", "killed 4 exact");
  check_figures ("The army reported four new attacks on Monday.", "");
  check_figures ("Police said 20 cars, burned and abandoned, were found.", "");
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
  g_test_add_func ("/suggest-figures-parts-where/where-phrase", test_where_phrase);
  g_test_add_func ("/suggest-figures-parts-where/and-another-verb", test_and_another_verb);
  g_test_add_func ("/suggest-figures-parts-where/modifiers", test_modifiers);
  g_test_add_func ("/suggest-figures-parts-where/condemned-killing", test_condemned_killing);
  g_test_add_func ("/suggest-figures-parts-where/as-well-as", test_as_well_as);
  return g_test_run ();
}

/* test-suggest-figures-one45.c — one person harmed, more of its words (issue 11, session 45): "1 farmer
 * killed by IED" (the numeral one as "a"), verbs of harm read for one person ("was martyred", "was hurt",
 * "was eliminated", "perished") and more nouns of people ("an insurgent", "a shop owner"); each with
 * cases it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The figures of a text as "kind count qualifier[ cumulative]", in text order. */
#define check_figures sitrep_test_check_figures

static void
test_digit_one (void)
{
  check_figures ("Tikrit: 1 shepherd killed by a landmine.", "killed 1 exact");
  check_figures ("Hilla: 1 trader wounded by gunmen.", "wounded 1 exact");
  check_figures ("1 teacher abducted near Samarra", "captured 1 exact");
  /* a number of more digits, a decimal, a count with "1" glued after it */
  check_figures ("Tikrit: 11 shepherds killed by a landmine.", "killed 11 exact");
  check_figures ("The 1.5 ton truck hit a mine; no one was killed.", "");
  check_figures ("Road 1 guard post shelled, no one hurt.", "");
}

static void
test_more_verbs (void)
{
  check_figures ("A young conscript was martyred in the clashes near Deir Hafer.", "killed 1 exact");
  check_figures ("A farmer was hurt when a shell fell on his field.", "wounded 1 exact");
  check_figures ("A terrorist was eliminated in the air strike.", "killed 1 exact");
  check_figures ("A fisherman perished when the boat was shelled.", "killed 1 exact");
  check_figures ("A shopkeeper was slaughtered by the gang.", "killed 1 exact");
  /* no person, a thing hurt, no harm */
  check_figures ("The threat was eliminated by the raid.", "");
  check_figures ("The strikes hurt the town's economy.", "");
  check_figures ("Nobody was hurt in the fire.", "");
}

static void
test_more_nouns (void)
{
  check_figures ("An insurgent was killed by a drone near Hit.", "killed 1 exact");
  check_figures ("A shop owner was wounded by the blast.", "wounded 1 exact");
  check_figures ("Gunmen kidnapped a pharmacist in Tal Afar.", "captured 1 exact");
  check_figures ("A rescuer was killed when a second strike hit the site.", "killed 1 exact");
  check_figures ("His uncle was shot dead at the market.", "killed 1 exact");
  /* the noun of something else, one who speaks */
  check_figures ("His uncle's son was wounded by shrapnel.", "wounded 1 exact");
  check_figures ("Gunmen killed the commander's son in Tikrit.", "killed 1 exact");
  check_figures ("The owner of the shop said no one was hurt.", "");
  check_figures ("Gunmen killed the farmer's sheep.", "");
  check_figures ("A spokesman said the attack had been repelled.", "");
}

static void
test_long_subject (void)
{
  /* a unit's ordinal among the noun's modifiers, a possessive and an ordinal in its group, a name after
   * "called", a report's clause with no "that" */
  check_figures ("An 82nd Airborne paratrooper died on Sunday of wounds he suffered in the ambush.", "killed 1 exact");
  check_figures ("A police source said an officer of the border guards' 2nd regiment was killed near Rutba.", "killed 1 exact");
  check_figures ("Relatives said that a girl called Noor had died under the rubble.", "killed 1 exact");
  check_figures ("The governor said a teacher from the village school was wounded by the shelling.", "wounded 1 exact");
  /* a thing's ordinal, a hypothetical, one counted before */
  check_figures ("The 3rd floor of the building collapsed.", "");
  check_figures ("The officer said a soldier could be killed if he left the base.", "");
  check_figures ("Two guards were killed. The spokesman said the guard of the 2nd gate had died at once.", "killed 2 exact");
}

static void
test_captured_name_role (void)
{
  check_figures ("Coalition forces captured Saleh Abdullah, a senior militant financier, in a raid near Dashisha.",
                 "captured 1 exact");
  check_figures ("Troops captured Hamid Nouri, an ISIS courier known to move cash for the group.", "captured 1 exact");
  /* a place with a role's words after it, a place alone */
  check_figures ("The rebels captured Tal Hamis, a town on the road to the border.", "");
  check_figures ("The army captured Jabal Bishri after a week of fighting.", "");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest-figures-one45/digit-one", test_digit_one);
  g_test_add_func ("/sitrep/suggest-figures-one45/more-verbs", test_more_verbs);
  g_test_add_func ("/sitrep/suggest-figures-one45/more-nouns", test_more_nouns);
  g_test_add_func ("/sitrep/suggest-figures-one45/long-subject", test_long_subject);
  g_test_add_func ("/sitrep/suggest-figures-one45/captured-name-role", test_captured_name_role);
  return g_test_run ();
}

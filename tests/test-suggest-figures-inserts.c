/* test-suggest-figures-inserts.c — casualty figures (issue 11, session 34): the verb after an insert
 * between the people counted and what happened to them — a list between commas ("31 people, including
 * 4 children, 5 women and an elderly man, were killed"), a part between dashes or parentheses ("Five
 * soldiers — two of them officers — died"), a participle's phrase ("four laborers working in a grove
 * died"), "of a single family"; each with variants it must read and the same words with nobody harmed
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The figures of a text as "kind count qualifier[ cumulative]", in text order. */
#define check_figures sitrep_test_check_figures

static void
test_comma_list (void)
{
  check_figures ("31 people, including 4 children, 5 women and an elderly man, were killed.",
                 "killed 31 exact; killed 4 exact; killed 5 exact");
  check_figures ("At least 20 people, most of them civilians gathered at the market, were wounded.", "wounded 20 at_least");
  check_figures ("More than 40 fighters, among them commanders, medics and drivers, had been captured by the army.",
                 "captured 40 more_than");
  check_figures ("UNAMI said 1,959 Iraqi Security Forces, including army, police, and Peshmerga, had been killed in November.",
                 "killed 1959 exact cumulative");
  /* The verb after the list acts on others: the people counted are its subject. */
  check_figures ("Two soldiers, the army said, killed three militants.", "killed 3 exact");
  /* Nobody harmed, or things counted. */
  check_figures ("12 people, including 3 women, were evacuated.", "");
  check_figures ("Some 3,000 Peshmerga, including 40 officers, were deployed to the front.", "");
  check_figures ("The 16 airstrikes, including 3 on the city, damaged two schools.", "");
}

static void
test_dash_and_parenthesis (void)
{
  check_figures ("Five soldiers — two of them officers — died.", "killed 5 exact; killed 2 exact");
  check_figures ("Local sources said eleven civilians – all from the same family – died after the strike.", "killed 11 exact");
  check_figures ("Nine civilians - all of them from one family - were killed in the strike.", "killed 9 exact");
  check_figures ("A further 488 members of the security forces (including Peshmerga, SWAT and militias fighting alongside the army) were killed.",
                 "killed 488 exact");
  check_figures ("At least 40 fighters (including 12 commanders) were captured by the army.",
                 "captured 40 at_least; captured 12 exact");
  /* Nobody harmed. */
  check_figures ("At least 110 families — over 600 people — have fled the shelling.", "");
  check_figures ("Five soldiers — two of them officers — were deployed.", "");
  check_figures ("About 300 troops (including 20 officers) were sent to the town.", "");
}

static void
test_participle_phrase (void)
{
  check_figures ("The military said four laborers working in a nearby palm grove died in the blast.", "killed 4 exact");
  check_figures ("Five soldiers guarding the checkpoint were killed.", "killed 5 exact");
  check_figures ("Two other civilians caught in the crossfire also died.", "killed 2 exact");
  check_figures ("Ten protesters gathered at the square were detained by police.", "captured 10 exact");
  check_figures ("Three children playing near the school were wounded by the mine.", "wounded 3 exact");
  /* The people counted act on others, or nothing happened to them. */
  check_figures ("Five soldiers guarding the checkpoint killed two attackers.", "killed 2 exact");
  check_figures ("Ten protesters gathered at the square were dispersed by police.", "");
  check_figures ("Some 3,000 fighters stationed in the town were deployed to the front.", "");
}

static void
test_one_family (void)
{
  check_figures ("He said 13 members of a single family were among the dead.", "killed 13 exact");
  check_figures ("The strike killed seven civilians from a single family.", "killed 7 exact");
  check_figures ("Nine members of a single family were evacuated from the village.", "");
}

static void
test_list_parts (void)
{
  check_figures ("The strike killed 20 people, including 5 children, 4 women and 2 elderly men.",
                 "killed 20 exact; killed 5 exact; killed 4 exact; killed 2 exact");
  check_figures ("Monitors documented the killing of 62 civilians including 13 children, eight women, and a media activist.",
                 "killed 62 exact; killed 13 exact; killed 8 exact");
  check_figures ("Police detained 30 people, among them 6 students, 4 teachers and a doctor.",
                 "captured 30 exact; captured 6 exact; captured 4 exact");
  /* The part's own verb, and counts of things after the list. */
  check_figures ("The shelling killed 12 people, including 3 children, 5 others were wounded.",
                 "killed 12 exact; killed 3 exact; wounded 5 exact");
  check_figures ("The strike killed 20 people, including 5 children, 40 houses were destroyed.",
                 "killed 20 exact; killed 5 exact");
  check_figures ("The town has 40 schools, including 12 primary schools, 9 clinics and a hospital.", "");
}

static void
test_grave_holds (void)
{
  check_figures ("An exhumation team uncovered a mass grave holding an estimated 3,500 people.", "killed 3500 about");
  check_figures ("The grave contained relics of 60 civilians.", "killed 60 exact");
  check_figures ("Investigators found two mass graves containing 45 bodies near the town.", "killed 45 exact");
  check_figures ("The remains of 32 victims were exhumed.", "killed 32 exact");
  /* What else a grave or its site holds. */
  check_figures ("The grave site was guarded by 20 soldiers.", "");
  check_figures ("Workers dug a grave with 2 machines.", "");
  check_figures ("The relics were 300 years old.", "");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest-figures-inserts/comma-list", test_comma_list);
  g_test_add_func ("/sitrep/suggest-figures-inserts/dash-and-parenthesis", test_dash_and_parenthesis);
  g_test_add_func ("/sitrep/suggest-figures-inserts/participle-phrase", test_participle_phrase);
  g_test_add_func ("/sitrep/suggest-figures-inserts/one-family", test_one_family);
  g_test_add_func ("/sitrep/suggest-figures-inserts/list-parts", test_list_parts);
  g_test_add_func ("/sitrep/suggest-figures-inserts/grave-holds", test_grave_holds);
  return g_test_run ();
}

/* test-suggest-figures-list-groups.c — several counted groups that share one verb of harm or one total, each
 * group however long its words: a relative clause about the group ("… and three children who were playing
 * outside"); no group sentenced to death ("Three men were sentenced to death", "… and four others to 15 years")
 * (issue 11, session 43)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The figures of a text as "kind count qualifier[ cumulative]", in text order. */
#define check_figures sitrep_test_check_figures

/* A relative clause right after a group's people is about them: the group still shares the verb of the list. */
static void
test_relative_clause (void)
{
  check_figures ("A bomb killed 4 soldiers and 3 children who were playing nearby.", "killed 4 exact; killed 3 exact");
  check_figures ("Police arrested nine suspects, as well as two women who were hiding weapons.",
                 "captured 9 exact; captured 2 exact");
  check_figures ("The grave held the remains of 60 civilians, including elderly people and 23 women who worked as clerks.",
                 "killed 60 exact; killed 23 exact");
  /* after ", and" the people open a clause of their own */
  check_figures ("The bomb killed 3 soldiers, and 40 people who live in the area fled.", "killed 3 exact");
  /* no group before them to share a verb with */
  check_figures ("Militants killed 5 soldiers. Later 20 residents who had fled the town returned.", "killed 5 exact");
}

/* A sentence to death is no death: its subject in the passive, and the groups of the same sentence after it. */
static void
test_sentenced (void)
{
  check_figures ("Three men were sentenced to death in Baghdad on Thursday for a bombing.", "");
  check_figures ("The court sentenced 11 men to death and four others to 15 years in prison.", "");
  /* the harm comes first, or is the crime's */
  check_figures ("Three soldiers were killed and two were sentenced to death.", "killed 3 exact");
  check_figures ("A court sentenced a man to death for killing 5 people and wounding 3 others.", "killed 5 exact; wounded 3 exact");
}

/* A group's words before the comma of the next ("of the Iraqi army,"), "of" and its group with no determiner, "from"
 * a place and others, "N other X" far from the figure it adds to, Arabic "من ضمنهم" (branch fig26b-more) */
static void
test_long_groups (void)
{
  check_figures ("The fighting killed 23 soldiers of the Iraqi army, 15 members of the Popular Mobilisation Forces and six "
                 "tribal fighters from Tikrit and other towns.", "killed 23 exact; killed 15 exact; killed 6 exact");
  check_figures ("Attacks left six combatants and four guards of civil institutions of the local council dead.",
                 "killed 6 exact; killed 4 exact");
  check_figures ("Police arrested three commanders: Ali Hassan, the field commander; Omar Latif, the group's treasurer; and "
                 "Karim Aziz, the security commander, in addition to eight other terrorists.", "captured 3 exact; captured 8 exact");
  check_figures ("وثق المرصد مقتل 150 عنصراً من قوات النظام، من ضمنهم 24 من المليشيات الموالية لإيران.",
                 "killed 150 exact; killed 24 exact");
  /* things in a list are no people, however long their words */
  check_figures ("The army destroyed 12 vehicles of the group near the river, three tunnels and two weapons depots.", "");
  check_figures ("The strike killed 5 soldiers of the army, 3 days after the talks and 2 weeks before the vote.", "killed 5 exact");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/suggest-figures-list-groups/relative-clause", test_relative_clause);
  g_test_add_func ("/suggest-figures-list-groups/sentenced", test_sentenced);
  g_test_add_func ("/suggest-figures-list-groups/long-groups", test_long_groups);
  return g_test_run ();
}

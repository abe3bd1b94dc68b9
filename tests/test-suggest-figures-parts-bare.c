/* test-suggest-figures-parts-bare.c — the parts of a figure told with no verb of their own: items of a bulleted
 * list after the figure's colon, a breakdown beside it after a comma or between spaced dashes, a bare count of
 * where some were before another clause's verb; the number forms "more than a dozen", "two dozen"; a name's
 * abbreviation in parentheses among the people's words; people named one by one after the count's people and a
 * comma; a breakdown after an en dash, a list's last part before where it was ("and two engineers near the
 * bridge"), the group people are members of ("members of a local rescue crew"); a tally over a report's period,
 * over incidents counted ("12 attacks left") or told before ("These operations left"); a toll's other nouns
 * ("raised … fatalities to", "bringing its total to") and its change ("has risen from 20 to 34"); "went missing",
 * "and another arrested", a whole told first ("Of those killed, 40 were soldiers"); "one" before a capitalised
 * modifier ("one Syrian soldier"), "would-be" before the people's noun (issue 11, session 40)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The figures of a text as "kind count qualifier[ cumulative]", in text order. */
#define check_figures sitrep_test_check_figures

static void
test_bullets (void)
{
  check_figures ("The clashes left 23 dead:\n\n• 15 soldiers of the army.\n\n• Eight gunmen.",
                 "killed 23 exact; killed 15 exact; killed 8 exact");
  check_figures ("Police said they arrested 31 suspects:\n- 20 smugglers in Mosul\n- 11 gunmen near the border",
                 "captured 31 exact; captured 20 exact; captured 11 exact");
  /* a list whose head is no figure, a line that is no item between the head and the item */
  check_figures ("The agency counted the following returns:\n\n• 40 families to the old city.\n\n• 12 teachers.", "");
  check_figures ("The clashes left 23 dead:\n\nThe army named them.\n\n• 15 soldiers of the army.",
                 "killed 23 exact");
}

static void
test_apposed_breakdown (void)
{
  check_figures ("The bomb wounded five people, three policemen and two civilians, the official said.",
                 "wounded 5 exact; wounded 3 exact; wounded 2 exact");
  check_figures ("A mortar round wounded five people - three policemen and two civilians - a medic said.",
                 "wounded 5 exact; wounded 3 exact; wounded 2 exact");
  /* another clause's subject after the comma, no list */
  check_figures ("Troops killed 10 militants, two commanders said.", "killed 10 exact");
}

static void
test_bare_where (void)
{
  check_figures ("Gunmen killed six people in one village, four in another and wounded two in a third.",
                 "killed 6 exact; killed 4 exact; wounded 2 exact");
  /* the count's own verb */
  check_figures ("Gunmen killed six people in one village, four in another were wounded.",
                 "killed 6 exact; wounded 4 exact");
}

static void
test_number_forms (void)
{
  check_figures ("More than a dozen soldiers were killed in the ambush.", "killed 12 more_than");
  check_figures ("Nearly a hundred people were abducted on the road.", "captured 100 up_to");
  check_figures ("Police found the bodies of two dozen men in a field.", "killed 24 exact");
  /* an article alone is no qualifier */
  check_figures ("The strike killed a dozen fighters.", "killed 12 exact");
}

static void
test_abbreviation_in_parentheses (void)
{
  check_figures ("Three alleged Kurdistan Workers' Party (PKK) fighters were killed in the raid.", "killed 3 exact");
  check_figures ("Five Popular Mobilization Forces (PMF) members were wounded on the road.", "wounded 5 exact");
  /* a number in parentheses is no abbreviation */
  check_figures ("Ten (10) trucks were burned.", "");
}

static void
test_persons_listed_after_count (void)
{
  check_figures ("Three guards, an officer of the brigade and a driver were killed at the gate.", "killed 3 exact");
  check_figures ("Four soldiers, a doctor and two nurses were wounded in the shelling.",
                 "wounded 4 exact; wounded 2 exact");
  check_figures ("Five villagers, a teacher, and a baby were among the dead.", "killed 5 exact");
  /* another clause's subject after the comma */
  check_figures ("Troops killed two gunmen, a spokesman of the army said.", "killed 2 exact");
}

static void
test_dash_breakdown_and_group (void)
{
  check_figures ("The shelling wounded nine pupils – five boys and four girls – in their classroom.",
                 "wounded 9 exact; wounded 5 exact; wounded 4 exact");
  check_figures ("A roadside bomb killed 12 people including three guards and two Iraqi engineers near the bridge.",
                 "killed 12 exact; killed 3 exact; killed 2 exact");
  check_figures ("Six members of a local rescue crew – known as the Blue Vests – were killed.", "killed 6 exact");
  check_figures ("Three members of the village council were arrested at dawn.", "captured 3 exact");
  /* a range's dash glued to its numbers; the killers, of a group */
  check_figures ("Shelling killed 10 - 15 people in the market, the monitor said.", "killed 10 range");
  check_figures ("Ten members of the cell killed two policemen.", "killed 2 exact");
}

static void
test_tally_of_counted_incidents (void)
{
  check_figures ("In the reporting period, 40 civilians were killed and 75 injured in the governorate.",
                 "killed 40 exact cumulative; wounded 75 exact cumulative");
  check_figures ("Monitors counted 30 raids this year. These operations left 15 dead:\n\n• 9 soldiers.\n\n• 6 civilians.",
                 "killed 15 exact cumulative; killed 9 exact cumulative; killed 6 exact cumulative");
  check_figures ("In Idlib, 12 attacks left 20 civilians dead.", "killed 20 exact cumulative");
  /* one incident */
  check_figures ("An airstrike left 20 civilians dead in Idlib on Monday.", "killed 20 exact");
}

static void
test_toll_forms (void)
{
  check_figures ("The deaths raised the army's fatalities in the province to at least 212.", "killed 212 at_least");
  check_figures ("The strike killed four more civilians, bringing its total to 310 since March.",
                 "killed 4 exact cumulative; killed 310 exact cumulative");
  check_figures ("The number of people wounded in the blast has risen from 20 to 34, a doctor said.", "wounded 34 exact");
  /* a total of no harm; prices */
  check_figures ("The new arrivals brought the camp's total to 3,000.", "");
  check_figures ("Bread prices rose from 10 to 15 dinars.", "");
}

static void
test_missing_another_fronted (void)
{
  check_figures ("Four soldiers were killed and two others went missing in the ambush.",
                 "killed 4 exact; missing 2 exact");
  check_figures ("One gunman was killed and another arrested near the market.", "killed 1 exact; captured 1 exact");
  check_figures ("Of those killed, 40 were soldiers, while 12 were civilians.", "killed 40 exact; killed 12 exact");
  /* a part that says how they are or how they were related */
  check_figures ("Of those wounded, 3 were in critical condition.", "");
  check_figures ("Of those killed, 4 were brothers.", "");
}

static void
test_one_and_compounds (void)
{
  check_figures ("A bomb on Monday killed one Iraqi policeman and wounded two others.", "killed 1 exact; wounded 2 exact");
  check_figures ("Police shot dead four would-be kidnappers at the checkpoint.", "killed 4 exact");
  /* "be" of a verb, not of a compound */
  check_figures ("Four tents are to be set up for the families.", "");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/suggest-figures-parts-bare/bullets", test_bullets);
  g_test_add_func ("/suggest-figures-parts-bare/apposed-breakdown", test_apposed_breakdown);
  g_test_add_func ("/suggest-figures-parts-bare/bare-where", test_bare_where);
  g_test_add_func ("/suggest-figures-parts-bare/number-forms", test_number_forms);
  g_test_add_func ("/suggest-figures-parts-bare/abbreviation-in-parentheses", test_abbreviation_in_parentheses);
  g_test_add_func ("/suggest-figures-parts-bare/persons-listed-after-count", test_persons_listed_after_count);
  g_test_add_func ("/suggest-figures-parts-bare/dash-breakdown-and-group", test_dash_breakdown_and_group);
  g_test_add_func ("/suggest-figures-parts-bare/tally-of-counted-incidents", test_tally_of_counted_incidents);
  g_test_add_func ("/suggest-figures-parts-bare/toll-forms", test_toll_forms);
  g_test_add_func ("/suggest-figures-parts-bare/missing-another-fronted", test_missing_another_fronted);
  g_test_add_func ("/suggest-figures-parts-bare/one-and-compounds", test_one_and_compounds);
  return g_test_run ();
}

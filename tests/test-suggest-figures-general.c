/* test-suggest-figures-general.c — counts the figure readers lost for general causes, not one phrasing
 * (issue 11, session 38): a count's people named after capitalised modifiers ("Four paramilitary Sunni
 * tribal fighters", "members of the U.S. military"); the people of a part named by a demonym ("including
 * four Lebanese,"); a list's count before the doers ("and 15 women by armed cells"); one person after a
 * noun's possessive ("the victim's brother"); a monitor's "documented the death of"; more nouns of people;
 * people named one by one before their verb (the count of their names); "the number of" the killed far
 * before its "rose to"; "the body of a boy" carried away; "saw gunmen capture two soldiers"; the other forms of the words of harm ("the elimination of 30", "executes 6"); and the counts they must leave: "wounded another 13" (no one more), "sentenced three men to death",
 * "two and half years"
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The figures of a text as "kind count qualifier[ cumulative]", in text order. */
#define check_figures sitrep_test_check_figures

static void
test_capitalised_modifiers (void)
{
  check_figures ("Three paramilitary Shia tribal volunteers were killed in the ambush.", "killed 3 exact");
  check_figures ("Two senior U.S. officials were wounded when the convoy was hit.", "wounded 2 exact");
  check_figures ("So far at least 1,200 members of the U.S. military have died in the war.",
                 "killed 1200 at_least cumulative");
  check_figures ("Six local Kurdish party activists were arrested at the checkpoint.", "captured 6 exact");
  /* the modifiers still lead to a noun of people: things stay things */
  check_figures ("Fourteen ISIL armoured tanks were destroyed in the strikes.", "");
  check_figures ("Five Russian Su-24 jets were shot down, officials said.", "");
}

static void
test_part_named_by_demonym (void)
{
  check_figures ("Jets killed eleven suspected militants, including three Tunisians, in a raid near the border.",
                 "killed 11 exact; killed 3 exact");
  /* a part that names no people is how some of them are */
  check_figures ("Three others were wounded, including one in critical condition.", "wounded 3 exact");
}

static void
test_list_before_doers (void)
{
  check_figures ("The monitor recorded the killing of 120 civilians including 9 children and 14 women by armed cells "
                 "in the eastern countryside.",
                 "killed 120 exact; killed 9 exact; killed 14 exact");
}

static void
test_one_person_possessive (void)
{
  check_figures ("The teacher's brother was tortured to death by the cell last month.", "killed 1 exact");
  check_figures ("The mayor’s son was wounded by shrapnel.", "wounded 1 exact");
  check_figures ("Karim's father was arrested at dawn.", "captured 1 exact");
  /* a possessive before many, or before no one harmed */
  check_figures ("The army's spokesman said the attack had failed.", "");
}

static void
test_documented_death (void)
{
  check_figures ("Monitors have documented the death of a young man who was shot near his home.", "killed 1 exact");
  /* the person's word in quotes */
  check_figures ("Monitors have documented the death of the “sheikh” (elder) of the village mosque.", "killed 1 exact");
}

static void
test_more_people_nouns (void)
{
  check_figures ("Masked men abducted 14 friends of the groom on the road.", "captured 14 exact");
  check_figures ("The strike killed nine diplomats and wounded four interpreters.", "killed 9 exact; wounded 4 exact");
  /* one person by role: "capturing a cell operator", "killed a diplomat" */
  check_figures ("Special forces helped the police in capturing a cell operator of the group near the border.", "captured 1 exact");
  check_figures ("The blast killed a diplomat outside the embassy.", "killed 1 exact");
}

static void
test_counts_left (void)
{
  /* "another 13" is thirteen more, not one more */
  check_figures ("Shelling killed five civilians and wounded another 13 in the town.", "killed 5 exact; wounded 13 exact");
  /* a court's sentence is no death */
  check_figures ("A court on Monday sentenced four men to death for a bombing that killed at least 40 people.",
                 "killed 40 at_least");
  check_figures ("The court sentenced two people to death by hanging.", "");
  /* a time, not people */
  check_figures ("It came a day after 90 people died in the deadliest day in three and a half years.", "killed 90 exact");
  check_figures ("It came a day after 90 people died in the deadliest day in two and half years.", "killed 90 exact");
  /* a word of harm in another clause, or denied */
  check_figures ("Five of us managed to run away but then they abducted 12 neighbours of ours.", "captured 12 exact");
  check_figures ("Witnesses said two of the guards not killed in the first blast were later taken away.", "");
  /* "and a fifth wounded" before a day's name */
  check_figures ("Four guards were killed and a fifth wounded Friday in the attack.", "killed 4 exact; wounded 1 exact");
}

static void
test_names_listed (void)
{
  /* people named one by one before the verb they share: the count of their names */
  check_figures ("Karim Saleh and Nabil Haddad were killed in the shelling.", "killed 2 exact");
  check_figures ("Its fighters Rami Aziz, Omar Khalil, and Samir Nouri lost their lives in the raid.", "killed 3 exact");
  check_figures ("Reporters Lina Hamdan, Yusuf Karam and Adel Fares were arrested at the border.", "captured 3 exact");
  /* one name, names that are one word each, towns taken, names after their verb (the object's first) */
  check_figures ("Karim Saleh was killed in the shelling.", "killed 1 exact");
  check_figures ("Karim and Nabil were killed.", "");
  check_figures ("Tal Abyad and Ras al-Ain were captured by the rebels.", "");
}

static void
test_number_of_far (void)
{
  check_figures ("As the monitor updates its figures, the number of people who were killed in areas of the three provinces "
                 "of Aleppo, Idlib and Hama, in addition to the countryside of Latakia, rose to 412 fighters and civilians.",
                 "killed 412 exact");
  /* not a number of people harmed, not across another verb of rising */
  check_figures ("Since the spring, the number of displaced families in the camps of the north rose to 3,000.", "");
}

static void
test_body_of_one (void)
{
  /* "the body of a boy" with what was done with it after ("away", "being pulled out") */
  check_figures ("Footage showed a man carrying the body of a small girl away from the ruins.", "killed 1 exact");
  check_figures ("Rescuers filmed the body of a boy being pulled from the rubble.", "killed 1 exact");
  /* a person's word that qualifies a thing */
  check_figures ("The body of a civilian car was found burnt out.", "");
}

static void
test_capture_verb (void)
{
  check_figures ("A shepherd saw masked gunmen capture three Iraqi soldiers at the checkpoint.", "captured 3 exact");
  /* an intent, things */
  check_figures ("Police set out to arrest 12 suspects.", "");
  check_figures ("Troops moved to capture 12 villages in the north.", "");
}

static void
test_word_forms (void)
{
  /* the other forms of the words of harm: nouns before "of", verbs before their count */
  check_figures ("The raids resulted in the elimination of 25 militants and the capture of 40 others.",
                 "killed 25 exact; captured 40 exact");
  check_figures ("Rights groups condemned the detention of 14 activists in the city.", "captured 14 exact");
  check_figures ("The group executes 6 prisoners, a monitor said.", "killed 6 exact");
  /* counts of deeds, not people */
  check_figures ("The monitor counted 12 killings and two executions in the month.", "");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/suggest-figures-general/capitalised-modifiers", test_capitalised_modifiers);
  g_test_add_func ("/suggest-figures-general/part-named-by-demonym", test_part_named_by_demonym);
  g_test_add_func ("/suggest-figures-general/list-before-doers", test_list_before_doers);
  g_test_add_func ("/suggest-figures-general/one-person-possessive", test_one_person_possessive);
  g_test_add_func ("/suggest-figures-general/documented-death", test_documented_death);
  g_test_add_func ("/suggest-figures-general/more-people-nouns", test_more_people_nouns);
  g_test_add_func ("/suggest-figures-general/counts-left", test_counts_left);
  g_test_add_func ("/suggest-figures-general/names-listed", test_names_listed);
  g_test_add_func ("/suggest-figures-general/number-of-far", test_number_of_far);
  g_test_add_func ("/suggest-figures-general/body-of-one", test_body_of_one);
  g_test_add_func ("/suggest-figures-general/capture-verb", test_capture_verb);
  g_test_add_func ("/suggest-figures-general/word-forms", test_word_forms);
  return g_test_run ();
}

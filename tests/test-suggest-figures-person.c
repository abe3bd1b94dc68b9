/* test-suggest-figures-person.c — casualty figures (issue 11, session 34): one person harmed, named
 * by a noun with its modifiers ("A U.S. Army soldier died", "killed an al-Qaeda suspect", "the arrest
 * of a local Islamic State (ISIS) leader"), by a role in something ("the head of Saddam Hussein's
 * tribe was killed", "killed the owner of a printing press"), by a name and a role between commas
 * without a determiner ("X, head of the Baijat tribe, died") or by "the" and an age ("The
 * 52-year-old woman died"); each rule with cases it must take and cases it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The figures of a text as "kind count qualifier[ cumulative]", in text order. */
#define check_figures sitrep_test_check_figures

static void
test_modifiers (void)
{
  /* Initials, capitalised words, hyphens and an acronym in brackets between the determiner and
   * the noun; passive, "died", active; killed, wounded, captured. */
  check_figures ("A U.S. Army soldier died from injuries sustained in a blast near Baghdad.", "killed 1 exact");
  check_figures ("Another U.S. soldier died later in the day.", "killed 1 exact");
  check_figures ("An Iraqi Kurdish Peshmerga fighter was killed near Kirkuk.", "killed 1 exact");
  check_figures ("A suspected al-Qaeda leader was killed during clashes.", "killed 1 exact");
  check_figures ("An off-duty police officer was shot dead in Basra.", "killed 1 exact");
  check_figures ("A U.N. aid worker was kidnapped in Raqqa.", "captured 1 exact");
  check_figures ("A local Islamic State (ISIS) leader was arrested in Kirkuk.", "captured 1 exact");
  check_figures ("A Turkish-backed Syrian National Army fighter was wounded by a sniper.", "wounded 1 exact");
  check_figures ("U.S. soldiers killed an al-Qaeda suspect in Mosul.", "killed 1 exact");
  check_figures ("A sniper wounded a U.S. Marine in Falluja.", "wounded 1 exact");
  check_figures ("Police announced the arrest of a local Islamic State (ISIS) leader.", "captured 1 exact");
  /* The same words before things, or before a person nobody harmed. */
  check_figures ("A U.S. Army convoy was attacked near Baghdad.", "");
  check_figures ("An al-Qaeda leader was seen in Mosul.", "");
  check_figures ("A local Islamic State (ISIS) leader was arrested for theft.", "");
  check_figures ("A U.S. Army soldier was injured in a car accident.", "");
  check_figures ("An Iraqi policeman was killed in a traffic accident on the highway.", "");
  check_figures ("The U.S. Army soldier killed 3 militants in the raid.", "killed 3 exact");
  check_figures ("A U.S.-led coalition strike was reported in the area.", "");
}

static void
test_role_of (void)
{
  check_figures ("Out of the capital, the head of Saddam Hussein's tribe was killed when gunmen attacked a meeting.",
                 "killed 1 exact");
  check_figures ("In Baghdad, the commander of Iraq's national police academy was wounded while leading a raid.",
                 "wounded 1 exact");
  check_figures ("The owner of a local bakery was kidnapped on Sunday.", "captured 1 exact");
  check_figures ("The son of the village mukhtar was shot dead by gunmen.", "killed 1 exact");
  check_figures ("Gunmen killed the owner of a printing press on Sunday.", "killed 1 exact");
  check_figures ("Unknown gunmen abducted the director of Mosul's main hospital.", "captured 1 exact");
  /* A role that is no one harmed, a count of roles, a group harmed. */
  check_figures ("The head of the tribe was appointed when the council met.", "");
  check_figures ("The owner of the printing press said nothing was taken.", "");
  check_figures ("Two members of the family were killed in the strike.", "killed 2 exact");
  check_figures ("The bombing destroyed the head of the bridge.", "");
  check_figures ("Gunmen killed the owner's dog.", "");
}

static void
test_name_and_role (void)
{
  check_figures ("Mahmoud Ali Hussein al-Nida, head of the Baijat tribe, died following the attack.", "killed 1 exact");
  check_figures ("Youssef Odah al-Zoubi, Secretary of the Baath Party Branch of the town of al-Musayfrah, was killed "
                 "by unknown attackers.", "killed 1 exact");
  check_figures ("Ahmed Saleh Jasim, commander of the local police, was wounded in the blast.", "wounded 1 exact");
  check_figures ("Ali Hassan Karim, a 34-year-old teacher, was killed on his way home.", "killed 1 exact");
  /* The same names and roles with nothing done to them, or something else. */
  check_figures ("Mahmoud Ali Hussein al-Nida, head of the Baijat tribe, said the attack was repelled.", "");
  check_figures ("Ahmed Saleh Jasim, commander of the local police, was appointed in 2015.", "");
  check_figures ("Ahmed Saleh Jasim, head of the council, died of natural causes in 1998.", "");
  check_figures ("Ahmed Saleh Jasim, head of the council, died in 1998.", "");
  check_figures ("A U.S. Army veteran, his father died of a heart attack.", "");
}

static void
test_the_with_age (void)
{
  check_figures ("The 52-year-old woman died after a wall fell on her.", "killed 1 exact");
  check_figures ("The 12-year-old boy died of his wounds in hospital.", "killed 1 exact");
  /* "the" without an age is most often one counted before. */
  check_figures ("Two soldiers were wounded. The soldier died in hospital.", "wounded 2 exact");
  check_figures ("The 52-year-old woman was treated at the hospital.", "");
}

/* Session 35, from the misses of tuning11 and tuning12: "one" before one person's noun with a
 * modifier, adverbs between the auxiliary and the participle, injuries "received" or "sustained" by
 * one person, and "claimed the killing of" one person. */
static void
test_one_with_modifier (void)
{
  check_figures ("One coalition member was reportedly killed in the raid.", "killed 1 exact");
  check_figures ("One Iraqi army officer died of his wounds.", "killed 1 exact");
  check_figures ("One SDF fighter was shot dead near the checkpoint.", "killed 1 exact");
  check_figures ("One man was killed and one woman was wounded.", "killed 1 exact; wounded 1 exact");
  /* "one" of something else, or one of the killers */
  check_figures ("One coalition partner sent troops to the region.", "");
  check_figures ("In one village a man was killed.", "killed 1 exact");
  check_figures ("One soldier killed three militants in the raid.", "killed 3 exact");
  check_figures ("Only one person survived the attack.", "");
}

static void
test_adverbs (void)
{
  check_figures ("Four civilians were allegedly killed in the camp.", "killed 4 exact");
  check_figures ("Three soldiers had already been wounded in the clashes.", "wounded 3 exact");
  check_figures ("Two soldiers were apparently killed by a landmine.", "killed 2 exact");
  check_figures ("The blast left two soldiers severely injured.", "wounded 2 exact");
  check_figures ("Nine fighters were subsequently arrested.", "captured 9 exact");
  check_figures ("A total of six people had so far been killed in the camp in 2021.", "killed 6 exact cumulative");
  /* the same adverbs before things done to things */
  check_figures ("40 villages had already been cleared.", "");
  check_figures ("So far 3,000 fighters have been deployed.", "");
  check_figures ("10 checkpoints were allegedly attacked.", "");
}

static void
test_suffered (void)
{
  check_figures ("One civilian received minor injuries in the raid.", "wounded 1 exact");
  check_figures ("A soldier sustained severe injuries in the blast.", "wounded 1 exact");
  check_figures ("His wife also suffered wounds in the attack.", "wounded 1 exact");
  check_figures ("Three policemen received injuries in the blast.", "wounded 3 exact");
  check_figures ("Two soldiers sustained serious wounds.", "wounded 2 exact");
  check_figures ("The hospital received injuries from the front all night.", "");
  check_figures ("The driver sustained injuries in a car accident.", "");
  check_figures ("A soldier received a medal for bravery.", "");
}

static void
test_pairs (void)
{
  /* a pair without a numeral is no figure; one person alone, or a numeral beside, is */
  check_figures ("A bomb wounded a police officer and his bodyguard.", "");
  check_figures ("A bomb wounded a mother and daughter.", "");
  check_figures ("Shelling killed a man and a woman in the village.", "");
  check_figures ("A man and his daughter were injured in a mine explosion.", "");
  check_figures ("A bomb wounded a police officer in Kirkuk.", "wounded 1 exact");
  check_figures ("Gunmen killed a man and wounded his wife.", "killed 1 exact; wounded 1 exact");
  check_figures ("The strike killed a woman and her two children.", "killed 2 exact");
}

static void
test_count_no_harm (void)
{
  check_figures ("Three men were arrested for theft in Mosul.", "");
  check_figures ("Two civilians were injured in a car accident on the highway.", "");
  check_figures ("Three men were arrested for planting bombs in Mosul.", "captured 3 exact");
  check_figures ("Two civilians were injured in a mortar attack on the highway.", "wounded 2 exact");
}

static void
test_ordinal_unit (void)
{
  /* an ordinal names the people's unit, not another count */
  check_figures ("The clashes have left four members of the 4th Division dead.", "killed 4 exact");
  check_figures ("Two fighters of the 5th Corps were killed in Daraa.", "killed 2 exact");
  check_figures ("Three soldiers of the 1st Brigade were wounded by a mine.", "wounded 3 exact");
  check_figures ("Two soldiers of the 5th Corps deployed to the town on the 3rd of May.", "");
}

static void
test_killing_of (void)
{
  check_figures ("ISIS claimed the killing of a young man in the town.", "killed 1 exact");
  check_figures ("ISIS claimed the assassination of a civilian on charges of dealing with the SDF.", "killed 1 exact");
  check_figures ("The group claimed the murder of a local journalist in Raqqa.", "killed 1 exact");
  check_figures ("The group claimed the killing of five soldiers near the town.", "killed 5 exact");
  check_figures ("The Observatory documented the assassination of 207 civilians in the countryside.", "killed 207 exact");
  /* a killing tried, remembered or condemned; attempts and victims counted */
  check_figures ("The court tried him for the murder of a neighbour in 1998.", "");
  check_figures ("He was convicted of murder.", "");
  check_figures ("The office documented 10 assassination attempts in the province.", "");
  check_figures ("The anniversary of the assassination of a former president was marked.", "");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest-figures-person/modifiers", test_modifiers);
  g_test_add_func ("/sitrep/suggest-figures-person/role-of", test_role_of);
  g_test_add_func ("/sitrep/suggest-figures-person/name-and-role", test_name_and_role);
  g_test_add_func ("/sitrep/suggest-figures-person/the-with-age", test_the_with_age);
  g_test_add_func ("/sitrep/suggest-figures-person/one-with-modifier", test_one_with_modifier);
  g_test_add_func ("/sitrep/suggest-figures-person/adverbs", test_adverbs);
  g_test_add_func ("/sitrep/suggest-figures-person/suffered", test_suffered);
  g_test_add_func ("/sitrep/suggest-figures-person/killing-of", test_killing_of);
  g_test_add_func ("/sitrep/suggest-figures-person/pairs", test_pairs);
  g_test_add_func ("/sitrep/suggest-figures-person/count-no-harm", test_count_no_harm);
  g_test_add_func ("/sitrep/suggest-figures-person/ordinal-unit", test_ordinal_unit);
  return g_test_run ();
}

/* test-suggest-figures-one-subject.c — one person opening the clause as the subject of "was" and a word of harm,
 * past an of-phrase, a place, an aside or a relative clause between commas; "martyring"; four digits before "were"
 * and a word of harm are a count, not a year; an ordinal standing for one person of a figure before; a qualifier
 * before "another" (issue 11, session 41)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

#define check_figures sitrep_test_check_figures

static void
test_long_subject (void)
{
  check_figures ("One guard at the main gate of the refinery was killed when the gunmen stormed it.", "killed 1 exact");
  check_figures ("The head of the local council in the town of Hit, 150 km west of Baghdad, was seriously wounded by a "
                 "sticky bomb.", "wounded 1 exact");
  check_figures ("The deputy governor of the province, a former army officer, was seriously wounded by gunmen.",
                 "wounded 1 exact");
  check_figures ("A volunteer with the civil defence teams was killed while pulling people from the rubble.",
                 "killed 1 exact");
  /* a round-up's dateline before a dash */
  check_figures ("* HADITHA – The deputy head of the town's council, a retired teacher, was wounded by a sticky bomb.",
                 "wounded 1 exact");
  /* a council member said that …: the clause after "that" */
  check_figures ("A council member told reporters that a guard of the mayor, whose car was hit, was wounded.",
                 "wounded 1 exact");
}

static void
test_named (void)
{
  check_figures ("On Monday, Karwan Aziz Mahmoud, who was said to run the cell's money transfers and its 2019 "
                 "recruitment, was arrested at his home.", "captured 1 exact");
  /* an apposition that runs on to the verb with no second comma */
  check_figures ("In the northern town of Afrin, 17-year-old Dilan Hasan, a student at the local high school was "
                 "killed when a shell hit her street.", "killed 1 exact");
}

/* his name in the aside after his noun: named again in a later paragraph, he is not counted again; another man of
 * the same last name is */
static void
test_named_again (void)
{
  check_figures ("A tribal elder, Sheikh Abdul-Karim Hamad Obeid, was killed by a bomb under his car on Sunday.\n\n"
                 "The Islamic State group claimed responsibility for killing Abdul-Karim Hamad Obeid in a statement.",
                 "killed 1 exact");
  check_figures ("A tribal elder, Sheikh Abdul-Karim Hamad Obeid, was killed by a bomb under his car on Sunday.\n\n"
                 "The Islamic State group claimed responsibility for killing Sheikh Ahmed Hamad Obeid in a statement.",
                 "killed 1 exact; killed 1 exact");
}

static void
test_martyring (void)
{
  check_figures ("The shelling of the market resulted in martyring three civilians.", "killed 3 exact");
}

static void
test_four_digits (void)
{
  check_figures ("In March, 412 civilians were killed and 1275 were injured in violence across the country.",
                 "killed 412 exact cumulative; wounded 1275 exact cumulative");
  check_figures ("At least 300 people were killed and a further 1840 were wounded during the month.",
                 "killed 300 at_least; wounded 1840 exact");
  /* a year before "were" and no word of harm; a year before its people and their verb */
  check_figures ("Between 2012 and 2014 were the worst years for the town.", "");
  check_figures ("In 2016 four civilians were killed in the town.", "killed 4 exact cumulative");
}

static void
test_ordinal (void)
{
  check_figures ("Five policemen were killed in the attack on the station. A sixth was shot dead by a sniper later.",
                 "killed 5 exact; killed 1 exact");
  check_figures ("Of the two guards reported dead, one was killed on the spot.\n\nThe second died in hospital two hours "
                 "later.", "killed 2 exact; killed 1 exact; killed 1 exact");
  /* an ordinal with its noun, a part of a thing; no figure before */
  check_figures ("Two men were killed. The second floor of the house was damaged.", "killed 2 exact");
  check_figures ("A third of the town was destroyed in the shelling.", "");
  check_figures ("The second was killed in the town.", "");
}

static void
test_qualifier_another (void)
{
  check_figures ("Gunmen shot dead a policeman, as at least another 14 people were killed when a car bomb went off in the capital.",
                 "killed 1 exact; killed 14 at_least");
  check_figures ("Rebels shelled the district and killed another 12 civilians.", "killed 12 exact");
}

static void
test_not_again (void)
{
  /* "the" after a figure of his kind is the one counted there */
  check_figures ("Gunmen killed a judge in Mosul on Sunday. The judge, who had sentenced dozens of militants, was "
                 "killed outside his home.", "killed 1 exact");
  /* the harm is none of a conflict's */
  check_figures ("A senior officer in the brigade, which guards the northern border, was dismissed and later arrested "
                 "for corruption.", "");
  /* another clause, another person joined to him */
  check_figures ("A spokesman for the brigade said on Sunday that nobody was hurt.", "");
}

/* the subject shared with the verb before "and" (session 42, fig25) */
static void
test_shared_subject (void)
{
  check_figures ("Karim Abbas, 19, was shot in the chest and died at the scene, his cousin said.", "killed 1 exact");
  check_figures ("In Tikrit, a gunman wounded a guard and then was shot dead by other guards.",
                 "killed 1 exact; wounded 1 exact");
  /* his harm told twice; many people; no one */
  check_figures ("A policeman was killed and died on the way.", "killed 1 exact");
  check_figures ("Two soldiers were wounded and later died.", "wounded 2 exact");
  check_figures ("The ministry said and later died down.", "");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/suggest-figures-one-subject/long-subject", test_long_subject);
  g_test_add_func ("/suggest-figures-one-subject/named", test_named);
  g_test_add_func ("/suggest-figures-one-subject/named-again", test_named_again);
  g_test_add_func ("/suggest-figures-one-subject/martyring", test_martyring);
  g_test_add_func ("/suggest-figures-one-subject/four-digits", test_four_digits);
  g_test_add_func ("/suggest-figures-one-subject/ordinal", test_ordinal);
  g_test_add_func ("/suggest-figures-one-subject/qualifier-another", test_qualifier_another);
  g_test_add_func ("/suggest-figures-one-subject/not-again", test_not_again);
  g_test_add_func ("/suggest-figures-one-subject/shared-subject", test_shared_subject);
  return g_test_run ();
}

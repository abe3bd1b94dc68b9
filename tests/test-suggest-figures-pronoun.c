/* test-suggest-figures-pronoun.c — one person told of before, harmed in a later clause with "he" or "she" as its
 * subject, and "his body" found after he was taken; not the same person's figure told again; one person "shot dead"
 * read as one "killed", with words after him or a long subject before "was" (issue 11, session 42)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

#define check_figures sitrep_test_check_figures

static void
test_pronoun_subject (void)
{
  check_figures ("Adnan Salim left his house in Tikrit early on Monday. He was shot dead at a fake checkpoint on the "
                 "road to Samarra.", "killed 1 exact");
  check_figures ("Witnesses said a man in his forties was walking near the market when the bomb went off. He died on "
                 "the way to hospital.", "killed 1 exact");
  check_figures ("Umm Ahmad, a mother of four, was at home with her children in Ariha. She was killed when the roof "
                 "collapsed.", "killed 1 exact");
  /* wounded, then dead: a second figure */
  check_figures ("Ali Kareem was wounded in the attack on Sunday. He died of his wounds on Tuesday, his family said.",
                 "wounded 1 exact; killed 1 exact");
  /* the body of one held before */
  check_figures ("Police found the dead body of a shepherd in the district, only hours after he was abducted by a group "
                 "of gunmen.", "killed 1 exact; captured 1 exact");
}

static void
test_pronoun_body (void)
{
  check_figures ("An engineer working for the oil ministry was abducted on Sunday. His body was found two days later "
                 "near Baiji.", "captured 1 exact; killed 1 exact");
}

/* the same person's harm told again; more people than him; no one told of before */
static void
test_not_again (void)
{
  check_figures ("Youssef Odah, a party official, was killed after being targeted by gunmen in the town. Odah was "
                 "taken to the hospital of Busra, and he died there.", "killed 1 exact");
  check_figures ("Gunmen shot dead a shepherd near the village on Monday. His body was found by relatives.",
                 "killed 1 exact");
  check_figures ("The victim's cousin was tortured to death by the cell, days after he was kidnapped with his father "
                 "and brother.", "killed 1 exact");
  check_figures ("He was shot dead at the checkpoint.", "");
  /* a profile's past */
  check_figures ("Karim Saleh led the unit for a decade. He was wounded in 2014 in Mosul and returned to duty.", "");
}

static void
test_shot_dead (void)
{
  check_figures ("Turkish border guards shot dead a Syrian refugee trying to cross the border near Ras al-Ain.",
                 "killed 1 exact");
  check_figures ("A fighter from the Hamza Division was shot dead by an unknown gunman in Afrin.", "killed 1 exact");
  check_figures ("Gunmen have shot dead a local official west of the town, police said.", "killed 1 exact");
  /* no one */
  check_figures ("Gunmen shot dead the lights of the checkpoint west of the town.", "");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/suggest-figures/pronoun/subject", test_pronoun_subject);
  g_test_add_func ("/suggest-figures/pronoun/body", test_pronoun_body);
  g_test_add_func ("/suggest-figures/pronoun/not-again", test_not_again);
  g_test_add_func ("/suggest-figures/pronoun/shot-dead", test_shot_dead);
  return g_test_run ();
}

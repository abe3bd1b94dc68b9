/* test-suggest-figures-counted.c — casualty figures (issue 11, session 45): the words after the people counted
 * that are no count of them (an age in digits: "under the age of 18", "aged 12 and 14"), "were among the victims";
 * a daily list's entries ("Madain: 1 by gunmen.", "Basra: 1 doctor killed by IED.");
 * each rule with a case it must take and one it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The figures of a text as "kind count qualifier[ cumulative]", in text order. */
#define check_figures sitrep_test_check_figures

static void
test_age_in_digits (void)
{
  /* The people counted, then their age: the age's numbers count no one, the verb after them is the count's. */
  check_figures ("Rescuers said 27 pupils under the age of 12 were wounded in the shelling.", "wounded 27 exact");
  check_figures ("Four farmers over age 60 were killed by the mine.", "killed 4 exact");
  check_figures ("The raid killed three brothers aged 9 and 11 in their home.", "killed 3 exact");
  check_figures ("Five girls aged between 6 and 14 were abducted from the school.", "captured 5 exact");
  /* A list whose first part has an age: the verb after the last part is the list's. */
  check_figures ("The monitor counted 17 boys under the age of 18, and six women over the age of 60 who were killed "
                 "in the raids.", "killed 17 exact; killed 6 exact");
  /* An age alone, with no one counted before it, is no figure. */
  check_figures ("Anyone under the age of 16 was killed, the witness claimed, but gave no number.", "");
  check_figures ("A man aged 45 was released by the kidnappers.", "");
}

static void
test_among_the_victims (void)
{
  check_figures ("Officials said 14 women and nine children were among the victims.", "killed 14 exact; killed 9 exact");
  check_figures ("At least three paramedics were among the victims of the strike.", "killed 3 at_least");
  /* Not a headline's "among N victims", nor victims of no harm counted. */
  check_figures ("Two nurses and a doctor among 12 victims of the fire", "");
  check_figures ("Eight cars were among the vehicles hit.", "");
}

static void
test_daily_list (void)
{
  /* A daily list's entries, a place's name and a colon at each paragraph's start: "1 nurse killed by …" (the digit
   * with one person's noun), "1 by …" with no verb, which takes the kind of the entry before it; the day's total over
   * several places is a tally. */
  check_figures ("Monday 3 March: 4 killed\n\nHilla: 1 nurse killed by IED.\n\nTikrit: 2 by gunmen.\n\n"
                 "Baiji: 1 shepherd by gunmen.",
                 "killed 4 exact cumulative; killed 1 exact; killed 2 exact; killed 1 exact");
  /* No entry before it, or no list at all: nothing. */
  check_figures ("Final score: 3 by halftime.", "");
  check_figures ("The council met on Monday.\n\nAgenda: 2 by the mayor, 3 by the council.", "");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest-figures-counted/age-in-digits", test_age_in_digits);
  g_test_add_func ("/sitrep/suggest-figures-counted/among-the-victims", test_among_the_victims);
  g_test_add_func ("/sitrep/suggest-figures-counted/daily-list", test_daily_list);
  return g_test_run ();
}

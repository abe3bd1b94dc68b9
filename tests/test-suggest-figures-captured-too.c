/* test-suggest-figures-captured-too.c — people counted as killed or wounded who were captured too, told without a
 * count of its own: the count's adjective ("killed two kidnapped engineers"), "after kidnapping them", "whom gunmen
 * captured"; not a participle after the people, nor a pronoun after some other verb (issue 11, session 39)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The figures of a text as "kind count qualifier[ cumulative]", in text order. */
#define check_figures sitrep_test_check_figures

static void
test_adjective (void)
{
  check_figures ("The group said it had killed two kidnapped Egyptian engineers.", "killed 2 exact; captured 2 exact");
  check_figures ("Gunmen shot dead three abducted truck drivers near the border.", "killed 3 exact; captured 3 exact");
  /* after the people: how they died, not another figure */
  check_figures ("Police found the bodies of eight people kidnapped by the gang.", "killed 8 exact");
}

static void
test_pronoun_and_relative (void)
{
  check_figures ("Militants executed five villagers, including two guards, hours after abducting them near the river.",
                 "killed 5 exact; killed 2 exact; captured 5 exact");
  check_figures ("Among those killed were four officers whom the gunmen captured and executed.",
                 "killed 4 exact; captured 4 exact");
  /* another verb of "them", another relative */
  check_figures ("Gunmen killed five villagers and later buried them near the river.", "killed 5 exact");
  check_figures ("Among those killed were four officers whom the gunmen had threatened.", "killed 4 exact");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/suggest-figures-captured-too/adjective", test_adjective);
  g_test_add_func ("/suggest-figures-captured-too/pronoun-and-relative", test_pronoun_and_relative);
  return g_test_run ();
}

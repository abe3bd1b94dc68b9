/* test-suggest-figures-subject.c — a count whose people open the sentence as the subject of a passive verb of harm
 * further on than the words after a figure reach, past an of-phrase, a place, an aside between commas or dashes
 * (issue 11, session 40)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

#define check_figures sitrep_test_check_figures

static void
test_long_subject (void)
{
  check_figures ("Eleven workers of a Turkish construction company building a hospital in Mosul were kidnapped by gunmen.",
                 "captured 11 exact");
  check_figures ("Twelve members of the same extended family from the village of Kawkab, north of Hama, were killed when "
                 "their house collapsed under shelling.", "killed 12 exact");
  check_figures ("Three employees of the state-run North Oil Company in Kirkuk, the province's largest employer, were "
                 "wounded by a roadside bomb.", "wounded 3 exact");
}

static void
test_not_harm (void)
{
  /* the subject's own verb says no harm; another clause's word of harm */
  check_figures ("Three employees of the state-run oil company, the province's largest employer, were fired on Sunday.", "");
  check_figures ("Twelve members of the family, who said their relatives were killed last year, were interviewed.", "");
  check_figures ("Two sources of the police in Kirkuk said houses were destroyed in the night.", "");
  check_figures ("Nine fighters of the brigade stormed a village in the north of the province and guards were killed.", "");
  /* one person, named by the one-person readers, not counted again */
  check_figures ("The channel reported that one of the rebel commanders named Abu Omar was killed by gunmen in the town.",
                 "killed 1 exact");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/suggest-figures-subject/long-subject", test_long_subject);
  g_test_add_func ("/suggest-figures-subject/not-harm", test_not_harm);
  return g_test_run ();
}

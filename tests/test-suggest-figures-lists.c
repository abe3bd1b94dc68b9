/* test-suggest-figures-lists.c — casualty figures (issue 11, session 33): people named one by one beside a
 * count are not added to it, parts of a count told as "N of them", "N of which", "of whom N" take its kind
 * (or their own verb's), more nouns of people ("police", "bystanders", "locals", "nationals"), and a part
 * with no comma ("three people including two women were killed") shares the verb after it; each rule
 * with a case it must take and one it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The figures of a text as "kind count qualifier[ cumulative]", in text order. */
#define check_figures sitrep_test_check_figures

static void
test_numeral_only (void)
{
  /* Before the count, after its people, with and without a qualifier, active and passive. */
  check_figures ("A woman and five children were wounded when bombs exploded.", "wounded 5 exact");
  check_figures ("Shelling wounded a woman and her five children in the village.", "wounded 5 exact");
  check_figures ("Two gunmen and a policeman were killed in the clash.", "killed 2 exact");
  check_figures ("The raid killed at least seven militants and their commander.", "killed 7 at_least");
  check_figures ("Two roadside bombs went off, killing two civilians and wounding two bystanders and a policeman.",
                 "killed 2 exact; wounded 2 exact");
  check_figures ("Police arrested three suspects and their driver.", "captured 3 exact");
  check_figures ("The dead included an elderly woman and three of her daughters and her son.", "killed 3 exact");
  check_figures ("Three women, a child, and a baby were among the dead.", "killed 3 exact");
  /* Nothing harmed them: no figure, with or without the people named one by one. */
  check_figures ("A woman and five children were displaced by the fighting.", "");
  check_figures ("Two soldiers and a civilian were rescued from the rubble.", "");
  check_figures ("12 people, including 3 women, were evacuated.", "");
  /* The people named one by one still restate the count before: no second figure. */
  check_figures ("The shelling killed five people from one family, a man, his wife and their three children.",
                 "killed 5 exact");
}

static void
test_part_of_them (void)
{
  check_figures ("A car bomb killed 18, of whom five were policemen.", "killed 18 exact; killed 5 exact");
  check_figures ("The strike wounded 12 people, of whom three were children.", "wounded 12 exact; wounded 3 exact");
  check_figures ("Gunmen abducted nine shepherds, four of them children.", "captured 9 exact; captured 4 exact");
  check_figures ("At least 30 people were killed, 11 of which were Syrian nationals.",
                 "killed 30 at_least; killed 11 exact");
  check_figures ("Four civilians were shot dead in the capital, two of them in drive-by shootings.",
                 "killed 4 exact; killed 2 exact");
  /* The part's own verb says what happened to it. */
  check_figures ("The bombing wounded 10 people, two of whom later died in hospital.", "wounded 10 exact; killed 2 exact");
  /* Parts of counts of other things, or of people nobody harmed, are no figures. */
  check_figures ("The army deployed 300 troops, of whom 20 were officers.", "");
  check_figures ("The town has 40 schools, of which 12 were damaged.", "");
  check_figures ("Police questioned 18 residents, of whom five were released.", "");
}

static void
test_people_nouns (void)
{
  check_figures ("Six police and eight civilians died in a series of attacks.", "killed 6 exact; killed 8 exact");
  check_figures ("Three police were wounded and two bystanders were killed.", "wounded 3 exact; killed 2 exact");
  check_figures ("Gunmen killed four locals and wounded two bystanders.", "killed 4 exact; wounded 2 exact");
  check_figures ("Six police officers were deployed to the area.", "");
  check_figures ("Six police and eight civilians were evacuated from the building.", "");
}

static void
test_part_without_comma (void)
{
  check_figures ("In a similar incident, three people including two women were killed when their car hit a bomb.",
                 "killed 3 exact; killed 2 exact");
  check_figures ("Up to 30 civilians including seven children died in the strike.", "killed 30 up_to; killed 7 exact");
  check_figures ("At least 12 fighters including four commanders were captured by the army.",
                 "captured 12 at_least; captured 4 exact");
  check_figures ("Security forces arrested 12 people including 3 women in the raid.", "captured 12 exact; captured 3 exact");
  /* The same with nobody harmed, or things counted. */
  check_figures ("Three people including two women were evacuated from the village.", "");
  check_figures ("The army deployed 300 troops including 20 officers to the town.", "");
  check_figures ("The strikes hit 40 villages including 12 towns were shelled.", "");
}

static void
test_list_middle (void)
{
  /* Session 44: the middle part of a list "A, B and C" after a figure whose cue is no word of harm the
   * clause reader takes ("the bodies of"), or after an insert on A ("including a colonel,"). */
  check_figures ("Divers recovered the bodies of four fishermen, two boys of the same family and a guard.",
                 "killed 4 exact; killed 2 exact");
  check_figures ("The raid killed seven guards, including their captain, two drivers and at least three passengers.",
                 "killed 7 exact; killed 2 exact; killed 3 at_least");
  check_figures ("The airstrike wounded six nurses, among them a surgeon, four patients and a porter.",
                 "wounded 6 exact; wounded 4 exact");
  /* Things or time in the middle, or no list after the part: no more figures. */
  check_figures ("Divers recovered the bodies of four fishermen, three boats and a net.", "killed 4 exact");
  check_figures ("The blast killed two guards, three days after a raid and a curfew.", "killed 2 exact");
  check_figures ("The raid killed seven guards, including their captain, two months after the truce.", "killed 7 exact");
  /* A headline's list with no "and": its last part, then where or the end. */
  check_figures ("A car bomb kills two drivers, four pilgrims near Samarra", "killed 2 exact; killed 4 exact");
  check_figures ("Shelling wounds 3 farmers, 2 shepherds.", "wounded 3 exact; wounded 2 exact");
  check_figures ("Gunmen killed two drivers, three officials said on Monday.", "killed 2 exact");
  check_figures ("Gunmen killed two drivers, three weeks after the truce.", "killed 2 exact");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest-figures-lists/numeral-only", test_numeral_only);
  g_test_add_func ("/sitrep/suggest-figures-lists/part-of-them", test_part_of_them);
  g_test_add_func ("/sitrep/suggest-figures-lists/people-nouns", test_people_nouns);
  g_test_add_func ("/sitrep/suggest-figures-lists/part-without-comma", test_part_without_comma);
  g_test_add_func ("/sitrep/suggest-figures-lists/list-middle", test_list_middle);
  return g_test_run ();
}

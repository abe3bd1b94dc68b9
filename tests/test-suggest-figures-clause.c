/* test-suggest-figures-clause.c — casualty figures (issue 11, session 36): the last reader, a count no
 * other reader found a cue for right beside it, taken with less trust from the nearest word of harm in
 * its clause; and the counts it must leave: things, times, dates, money, shares, ages, names, a count
 * whose verb is another count's, a denied clause, one person (the one-person readers')
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The figures of a text as "kind count qualifier[ cumulative]", in text order. */
#define check_figures sitrep_test_check_figures

static void
test_far_cue (void)
{
  /* The word of harm a few words off, past what the other readers look across. */
  check_figures ("In the camp, at least 5 Iraqis and 4 Syrians were murdered by gunmen.", "killed 5 at_least; killed 4 exact");
  check_figures ("The gunmen who raided the hamlet at dawn seized 30 locals from their homes.", "captured 30 exact");
  check_figures ("واختطف المسلحون في الهجوم الذي شنوه فجرا على القرية 6 من الرعاة.", "captured 6 exact");
}

static void
test_far_words (void)
{
  /* Words of harm only this reader takes: treatment, casualties, seizing people. */
  check_figures ("Four boys were also treated at the clinic, the doctor said.", "wounded 4 exact");
  check_figures ("Two people were taken to hospital after the blast, police said.", "wounded 2 exact");
  check_figures ("The shelling left more than 120 civilian casualties and about 300 wounded.",
                 "killed 120 more_than; wounded 300 about");
  check_figures ("The monitor counted 46 casualties, among them 12 children, killed by the raids.",
                 "killed 46 exact; killed 12 exact");
  check_figures ("وقال مصدر طبي إن خمسة أطفال نقلوا إلى المستشفى لتلقي العلاج.", "wounded 5 exact");
  check_figures ("عثر الأهالي على 9 من الرعاة مقتولين قرب القرية.", "killed 9 exact");
}

static void
test_score (void)
{
  g_autoptr(SitrepSuggestResult) result = sitrep_test_suggest ("Four boys were also treated at the clinic, the doctor said. "
                                                               "Six soldiers were killed in the ambush.", NULL);
  const SitrepSuggestion *far = sitrep_test_find_suggestion (result, SITREP_SUGGEST_WOUNDED, "Four boys");
  const SitrepSuggestion *near = sitrep_test_find_suggestion (result, SITREP_SUGGEST_KILLED, "Six soldiers");

  /* Proposed with less trust than a count beside its verb. */
  g_assert_nonnull (far);
  g_assert_nonnull (near);
  g_assert_cmpfloat (far->score, <, near->score);
}

static void
test_forces (void)
{
  /* "forces" after a count names people ("18 Syrian forces dead"), as "troops" does. */
  check_figures ("The clashes between the two sides left 18 Syrian forces dead.", "killed 18 exact");
  check_figures ("Turkish forces killed 3 fighters near the town.", "killed 3 exact");
}

static void
test_not_counts (void)
{
  /* A casualties' noun with its parts after it: the parts are the figures. */
  check_figures ("The province had 640 civilian casualties (150 killed, 490 injured).", "killed 150 exact; wounded 490 exact");
  /* A toll of things; but "the number of the killed" is one of people. */
  check_figures ("Officials said the number of villages seized rose to 40 by Friday.", "");
  check_figures ("As the number of the killed increased to 15 on Friday, relatives gathered.", "killed 15 exact");
  /* A burial is no toll. */
  check_figures ("Two soldiers were buried in their village on Friday.", "");
  check_figures ("The number of villages captured rose to 40.", "");
  /* A denied clause. */
  check_figures ("Attacks were frequent, but none left more than 10 casualties.", "");
  /* Things counted, with a word of harm in the clause. */
  check_figures ("The raiders burned 40 houses and seized the harvest of the village.", "");
  check_figures ("Treated with care, 12 trucks of aid reached the hospital.", "");
  check_figures ("The drone hit two of its cars near the hospital.", "");
  check_figures ("Aid for 300 families was seized at the border.", "");
  /* A count whose verb is another count's. */
  check_figures ("The army sent 3,000 troops to the town where 5 were killed.", "killed 5 exact");
  /* Times, dates, money, shares, ages, a unit's number. */
  check_figures ("The patients were treated at 10:30 on 5 May 2023 in the hospital.", "");
  check_figures ("Officials said 30% of those treated were children.", "");
  check_figures ("The hospital was given $5 million after the massacre.", "");
  check_figures ("A man aged 45 was treated at the hospital.", "");
  check_figures ("Soldiers of the 5th Division were treated at the hospital.", "");
  check_figures ("Casualties rose in 2014 and in 2015 across the province.", "");
  /* A day of a month in Arabic ("the 12th of February") is no count. */
  check_figures ("كما قتل مدنيان في المنطقة نفسها يوم 12 من شباط الجاري.", "killed 2 exact");
  /* One person is the one-person readers': no second figure of him. */
  check_figures ("Reports said one of the commanders, named Abu Ali, was killed by gunmen.", "killed 1 exact");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-figures-clause/far-cue", test_far_cue);
  g_test_add_func ("/sitrep/suggest-figures-clause/far-words", test_far_words);
  g_test_add_func ("/sitrep/suggest-figures-clause/score", test_score);
  g_test_add_func ("/sitrep/suggest-figures-clause/forces", test_forces);
  g_test_add_func ("/sitrep/suggest-figures-clause/not-counts", test_not_counts);
  return g_test_run ();
}

/* test-suggest-figures-ar-tolls.c — Arabic casualty figures (issue 11, session 42) in tolls and statistics as
 * Syrian, Iraqi, Kurdish and pan-Arab outlets write them: a count in brackets before its noun ("(215) قتيل"),
 * whose noun is no one more; "على الأقل" after a toll's two counts ("إلى 31 قتيلاً و85 جريحاً على الأقل") qualifies both.
 * Each rule with cases it must take and cases it must leave. The sentences are this file's own.
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

#define check_figures sitrep_test_check_figures

static void
test_bracketed_count (void)
{
  /* the count in brackets, spaced or not, and its noun in the singular */
  check_figures ("وأحصى المرصد خلال الشهر الماضي (215) قتيل و(340) جريح في محافظات البلاد.",
                 "killed 215 exact cumulative; wounded 340 exact cumulative");
  check_figures ("وجاءت الموصل ثانيا بنحو ( 87 ) قتيل.", "killed 87 about");
  check_figures ("وسجلت نينوى (87) قتيلا من المدنيين.", "killed 87 exact");
  /* the noun alone still one person; things in brackets none */
  check_figures ("وجاءت دهوك في آخر القائمة بقتيل واحد.", "killed 1 exact");
  check_figures ("وبلغ عدد العبوات التي انفجرت (12) عبوة.", "");
}

static void
test_shared_at_least (void)
{
  check_figures ("ارتفعت حصيلة القصف على البلدة إلى 31 قتيلاً و85 جريحاً على الأقل، وفق الدفاع المدني.",
                 "killed 31 at_least; wounded 85 at_least");
  check_figures ("وارتفعت الحصيلة إلى ثلاثين قتيلاً وتسعين جريحاً على الأقل.", "killed 30 at_least; wounded 90 at_least");
  /* a count of another verb's clause, or a noun between, keeps its own */
  check_figures ("قتل 5 مدنيين وأصيب 30 على الأقل بقصف على المدينة.", "killed 5 exact; wounded 30 at_least");
  check_figures ("قتل 5 مدنيين من أبناء البلدة و30 عنصرا على الأقل.", "killed 5 exact; killed 30 at_least");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest-figures-ar-tolls/bracketed-count", test_bracketed_count);
  g_test_add_func ("/sitrep/suggest-figures-ar-tolls/shared-at-least", test_shared_at_least);
  return g_test_run ();
}

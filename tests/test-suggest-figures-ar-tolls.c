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

static void
test_hundreds_and_rest (void)
{
  check_figures ("وبلغ عدد القتلى مئة وعشرين شخصاً في الهجوم.", "killed 120 exact");
  check_figures ("وأدى القصف إلى مقتل ثلاثمئة وخمسين مدنياً.", "killed 350 exact");
  check_figures ("وأحصى المرصد مقتل مئتين وخمسة عشر عنصراً.", "killed 215 exact");
  /* another clause after "و", a thing counted */
  check_figures ("وقتل مئة شخص وأصيب عشرون آخرون.", "killed 100 exact; wounded 20 exact");
  check_figures ("واستمر الحصار مئتين وخمسين يوماً.", "");
}

static void
test_one_after_thing (void)
{
  check_figures ("وأحصى المرصد 22 قتيلاً خلال يوم واحد.", "killed 22 exact");
  check_figures ("وقتل الجنود في ساعة واحدة.", "");
  /* one person still one */
  check_figures ("وقتل جندي واحد في الهجوم.", "killed 1 exact");
}

static void
test_toll_reached (void)
{
  check_figures ("ووصل عدد قتلى قوات النظام في المعارك مع الفصائل بريف حماة الشمالي منذ مطلع الأسبوع الجاري إلى 44 عنصراً.",
                 "killed 44 exact cumulative");
  /* a toll of no one's dead */
  check_figures ("ووصلت حصيلة الغارات على المدينة منذ مطلع الأسبوع الجاري وحتى مساء اليوم إلى 44 غارة.", "");
}

static void
test_one_and_twenty (void)
{
  check_figures ("قتل تسعة أشخاص وأصيب واحد وعشرون آخرون بهجوم انتحاري.", "killed 9 exact; wounded 21 exact");
  check_figures ("قتل تسعة أشخاص و21 آخرون في الهجوم.", "killed 9 exact; killed 21 exact");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest-figures-ar-tolls/bracketed-count", test_bracketed_count);
  g_test_add_func ("/sitrep/suggest-figures-ar-tolls/shared-at-least", test_shared_at_least);
  g_test_add_func ("/sitrep/suggest-figures-ar-tolls/hundreds-and-rest", test_hundreds_and_rest);
  g_test_add_func ("/sitrep/suggest-figures-ar-tolls/one-after-thing", test_one_after_thing);
  g_test_add_func ("/sitrep/suggest-figures-ar-tolls/toll-reached", test_toll_reached);
  g_test_add_func ("/sitrep/suggest-figures-ar-tolls/one-and-twenty", test_one_and_twenty);
  return g_test_run ();
}

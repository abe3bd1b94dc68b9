/* test-suggest-figures-ar-forms.c — Arabic casualty figures from the forms of their words (issue 11, session
 * 38): a past verb of harm in any person ("لقيت", "ماتوا", "قُتلا", "أصابوا"), the held in the accusative and
 * the nominative, numbers in words of hundreds and thousands ("ثلاثمئة", "مئتا", "ثلاثة آلاف", "عشرات الآلاف")
 * and the thousands after digits spelled without the hamza ("15 الف"), "مالا يقل عن", "قرابة" as nearly; each
 * rule with cases it must take and cases it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

#define check_figures sitrep_test_check_figures

static void
test_verb_forms (void)
{
  /* she, they, the two, the women; the active "أصاب" */
  check_figures ("لقيت امرأة حتفها في القصف.", "killed 1 exact");
  check_figures ("ولقيت 4 نساء حتفهن في الغارة.", "killed 4 exact");
  check_figures ("مات 5 أشخاص في القصف على السوق.", "killed 5 exact");
  check_figures ("وماتت 3 نساء جراء الحصار.", "killed 3 exact");
  check_figures ("قضت 6 نساء في القصف.", "killed 6 exact");
  check_figures ("أصاب القصف 7 مدنيين بجروح.", "wounded 7 exact");
  check_figures ("وقال المصدر إن مسلحين أصابوا 3 مدنيين.", "wounded 3 exact");
  check_figures ("واحتجزوا 9 رعاة في البادية.", "captured 9 exact");
  check_figures ("راح ضحية القصف 8 مدنيين.", "killed 8 exact");
  /* lost and mourned fighters are killed, as "lost 80 fighters" */
  check_figures ("خسرت قوات النظام 12 عنصرا في المعارك.", "killed 12 exact");
  check_figures ("نعت الفصائل 4 من مقاتليها.", "killed 4 exact");
  check_figures ("خسر النظام 3 قرى في المعارك.", "");
  check_figures ("نعت الصحيفة الوزير بالكاذب.", "");
  /* no people counted, or things */
  check_figures ("ماتت المحاصيل في الحقول.", "");
  check_figures ("أصاب الصاروخ 3 أهداف في المدينة.", "");
  check_figures ("قضت المحكمة بسجنه 5 سنوات.", "");
}

static void
test_held (void)
{
  check_figures ("وأفرجت السلطات عن الصحفي بينما لا يزال 15 معتقلا في السجن.", "captured 15 exact");
  check_figures ("وقال الأهالي إن 20 مختطفا ما زالوا لدى التنظيم.", "captured 20 exact");
}

static void
test_hundreds_thousands (void)
{
  check_figures ("قتل ثلاثمئة شخص في المعارك.", "killed 300 exact");
  check_figures ("وقتل خمسمائة مقاتل في الهجوم.", "killed 500 exact");
  check_figures ("أسفر القصف عن مقتل مئتي مدني.", "killed 200 exact");
  check_figures ("وقتل ألف شخص في الحصار.", "killed 1000 exact");
  check_figures ("قتل ثلاثة آلاف مدني في المعارك.", "killed 3000 exact");
  check_figures ("قتل خمسة عشر ألفا في الحرب.", "killed 15000 exact");
  /* "و" apart from the tens */
  check_figures ("قتل خمسة و عشرون شخصا في القصف.", "killed 25 exact");
  check_figures ("قتل خمسة و أصيب عشرون في القصف.", "killed 5 exact; wounded 20 exact");
  check_figures ("وقتل عشرات الآلاف في المعارك.", "killed 10000 at_least");
  /* the thousands after the digits, spelled with the hamza or without: one count, not two */
  check_figures ("ادى النزاع الى مقتل 15 الف مدني.", "killed 15000 exact");
  check_figures ("ادى النزاع الى مقتل 3 الاف مدني.", "killed 3000 exact");
  /* a thousand of things */
  check_figures ("سقط ألف صاروخ على المدينة.", "");
}

static void
test_qualifiers (void)
{
  /* "ما لا" written as one word */
  check_figures ("أسفر القصف عن مقتل مالا يقل عن 10 أشخاص.", "killed 10 at_least");
  check_figures ("ادى النزاع الى مقتل قرابة 15 الف مدني.", "killed 15000 up_to");
  check_figures ("قتل ما يقارب 10 أشخاص.", "killed 10 about");
  /* "و" glued to a qualifier joins its count to the figure before */
  check_figures ("قتل 5 مدنيين وأكثر من 3 أطفال في القصف.", "killed 5 exact; killed 3 more_than");
  check_figures ("قتل 5 مدنيين ومالا يقل عن 3 أطفال في القصف.", "killed 5 exact; killed 3 at_least");
  check_figures ("قتل 5 مدنيين ونحو 30 مقاتلا في القصف.", "killed 5 exact; killed 30 about");
  check_figures ("قتل 5 مدنيين ونحو منتصف الليل وصلت سيارات الإسعاف.", "killed 5 exact");
}

static void
test_one_more_after_verb (void)
{
  /* the figure's own verb right after its count leaves the next person one more of it */
  check_figures ("وقال التجمع إن من بين القتلى اثنان قتلا برصاص الحرس، وشخص تحت التعذيب.",
                 "killed 2 exact; killed 1 exact");
  /* a verb of another kind does not */
  check_figures ("وقال التجمع إن من بين القتلى اثنان أصيبا برصاص الحرس، وشخص تحت التعذيب.", "killed 2 exact");
}

static void
test_others_wounded (void)
{
  /* the killed counted, "and others wounded": two figures' words, not a toll of both kinds */
  check_figures ("وقال المراسل إن 6 مدنيين قتلوا وجرح آخرون في القصف.", "killed 6 exact");
  check_figures ("وقال المراسل إن 6 مدنيين قتلوا وأصيب آخرون بجروح.", "killed 6 exact");
  /* one count of both kinds is still none */
  check_figures ("وقال المراسل إن 6 مدنيين قتلوا وجرحوا في القصف.", "");
}

static void
test_buried (void)
{
  /* Session 44: "دفن" (buried), its persons by their endings, counts the dead; not things buried. */
  check_figures ("وقال إن الأهالي دفنوا خمسة عناصر في مقبرة القرية.", "killed 5 exact");
  check_figures ("دفن أمس ثلاثة أطفال قضوا في القصف.", "killed 3 exact");
  check_figures ("قامت البلدية بدفن النفايات في موقع جديد.", "");
  check_figures ("دفنوا 12 سيارة في الرمال.", "");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest-figures-ar-forms/verb-forms", test_verb_forms);
  g_test_add_func ("/sitrep/suggest-figures-ar-forms/held", test_held);
  g_test_add_func ("/sitrep/suggest-figures-ar-forms/hundreds-thousands", test_hundreds_thousands);
  g_test_add_func ("/sitrep/suggest-figures-ar-forms/qualifiers", test_qualifiers);
  g_test_add_func ("/sitrep/suggest-figures-ar-forms/one-more-after-verb", test_one_more_after_verb);
  g_test_add_func ("/sitrep/suggest-figures-ar-forms/others-wounded", test_others_wounded);
  g_test_add_func ("/sitrep/suggest-figures-ar-forms/buried", test_buried);
  return g_test_run ();
}

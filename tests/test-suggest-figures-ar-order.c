/* test-suggest-figures-ar-order.c — Arabic casualty figures and the order of their words (issue 11, session
 * 38): the one harmed after the verb's subject or an adverbial phrase (verb, subject, object), a subject and
 * its verb with one comma between, parts of a figure ("بينهم طفلان", "4 منهم", "أحدهما طفل"), two bodies, the
 * dual's "اثنان", the arrest's "القبض"; each rule with cases it must take and cases it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

#define check_figures sitrep_test_check_figures

static void
test_object_after_subject (void)
{
  check_figures ("اعتقلت قوات النظام شابا من البلدة.", "captured 1 exact");
  check_figures ("اعتقلت دورية للأمن العسكري شابين من البلدة.", "captured 2 exact");
  check_figures ("قتل أمس الشاب محمد الأحمد برصاص مجهولين.", "killed 1 exact");
  check_figures ("وأصيب صباح اليوم طفل بجروح.", "wounded 1 exact");
  check_figures ("قتل اليوم في المنطقة ذاتها المدني أحمد العلي.", "killed 1 exact");
  check_figures ("وقال مصدر إن مسلحين أصابوا بالرصاص شرطيا قرب منزله.", "wounded 1 exact");
  /* a person in the genitive or an adjective, the people of a count before the verb */
  check_figures ("أصيب في القصف منزل المختار بأضرار.", "");
  check_figures ("وقال إنهم قتلوا في هجوم مسلح على الحاجز.", "");
  check_figures ("وقال إن 6 أطفال قتلوا مع أمهم وأبيهم وشاب.", "killed 6 exact");
}

static void
test_subject_comma (void)
{
  check_figures ("وذكرت الشبكة أن الطفل أحمد علي، قتل جراء القصف.", "killed 1 exact");
  /* the aside between two commas still */
  check_figures ("وقال مصدر إن الطبيب علي حسن، من مدينة حماة، توفي متأثرا بجراحه.", "killed 1 exact");
  /* no one named before the comma */
  check_figures ("وقالت الشبكة، قتل في القصف.", "");
}

static void
test_parts (void)
{
  check_figures ("أسفر القصف عن مقتل ثلاثة مدنيين، بينهم طفلان.", "killed 3 exact; killed 2 exact");
  check_figures ("قتل خمسة أشخاص من بينهم امرأتان في القصف.", "killed 5 exact; killed 2 exact");
  check_figures ("قتل 10 أشخاص، 4 منهم أطفال.", "killed 10 exact; killed 4 exact");
  check_figures ("أعلنت الشبكة مقتل 9 مدنيين، سقط 7 منهم في قصف للنظام.", "killed 9 exact; killed 7 exact");
  check_figures ("وقال إن مدنيين اثنين على الأقل، أحدهما طفل، قتلا في القصف.", "killed 2 at_least");
  check_figures ("وقال إن ثلاثة مدنيين، أحدهم طفل، قتلوا في القصف.", "killed 3 exact");
  /* two more, "in addition to" or "beside" */
  check_figures ("أسفر القصف عن مقتل 9 مدنيين، إلى جانب طفلين من أسرة واحدة.", "killed 9 exact; killed 2 exact");
  check_figures ("قتل 5 مدنيين إضافة إلى طفلين في القصف.", "killed 5 exact; killed 2 exact");
  check_figures ("وجلس الوفد إلى جانب طفلين في المخيم.", "");
  /* no figure before the part, or one of two; some of them released */
  check_figures ("وزار الوفد المخيم وكان بينهم طفلان.", "");
  check_figures ("قتل شخصان بينهما امرأتان.", "killed 2 exact");
  check_figures ("واعتقل 8 أشخاص قبل إطلاق سبعة منهم.", "captured 8 exact");
}

static void
test_two (void)
{
  check_figures ("تم العثور على جثتي شابين في البادية.", "killed 2 exact");
  check_figures ("تم العثور على جثتين في البادية.", "killed 2 exact");
  /* the number after the dual is the same two */
  check_figures ("قتل مدنيان اثنان في القصف.", "killed 2 exact");
  check_figures ("أسفر القصف عن مقتل شخصين اثنين.", "killed 2 exact");
  /* two of something else */
  check_figures ("سقطت قذيفتان على الحي.", "");
}

static void
test_arrest (void)
{
  check_figures ("ألقت القوات القبض على 3 مطلوبين.", "captured 3 exact");
  check_figures ("ألقي القبض على مطلوبين اثنين.", "captured 2 exact");
  /* arrest of a number of things */
  check_figures ("ألقت القوات القبض على 3 سيارات مفخخة.", "");
}

static void
test_bracketed_day (void)
{
  /* Session 44: the day in brackets after "اليوم" in the adverbial phrase between the verb and its count. */
  check_figures ("أصيب مساء اليوم (الجمعة) أربعة جنود في انفجار لغم.", "wounded 4 exact");
  check_figures ("قتل اليوم (الأحد) ثلاثة مدنيين بقصف على البلدة.", "killed 3 exact");
  check_figures ("اختطف ليلة أمس (السبت) خمسة رعاة قرب الحدود.", "captured 5 exact");
  /* No verb of harm before the bracket, or things counted after it. */
  check_figures ("وصل اليوم (الأحد) ثلاثة وزراء إلى العاصمة.", "");
  check_figures ("قتل رجل في القرية وسقطت اليوم (الأحد) ثلاث قذائف على البلدة.", "killed 1 exact");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest-figures-ar-order/object-after-subject", test_object_after_subject);
  g_test_add_func ("/sitrep/suggest-figures-ar-order/subject-comma", test_subject_comma);
  g_test_add_func ("/sitrep/suggest-figures-ar-order/parts", test_parts);
  g_test_add_func ("/sitrep/suggest-figures-ar-order/two", test_two);
  g_test_add_func ("/sitrep/suggest-figures-ar-order/arrest", test_arrest);
  g_test_add_func ("/sitrep/suggest-figures-ar-order/bracketed-day", test_bracketed_day);
  return g_test_run ();
}

/* test-suggest-figures-ar-subject.c — Arabic casualty figures (issue 11, session 40): people who stand before
 * the word that says what happened to them — a plural or dual verb's subject before it, with the next word of
 * harm's own count after it; a dual subject after "وكان", at a sentence's start or with a part of what they
 * were; one person before the state he fell in ("سقط شرطي قتيلا"); and number forms: "واحد وعشرون", "بنحو",
 * an ordinal in the accusative, a count after an adjective; "المدعو", "توقيف"; a list of parts after "هم" and
 * "، و 5" (the numerals only). Each rule with cases it must take and cases it
 * must leave. The sentences are this file's own.
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

#define check_figures sitrep_test_check_figures

static void
test_plural_verb_then_own_count (void)
{
  /* a plural or dual verb's subject stands before it: the count after the next word of harm is that word's */
  check_figures ("قالت المصادر إن خمسة جنود قتلوا وأصيب ثمانية آخرون بهجوم على الحاجز.", "killed 5 exact; wounded 8 exact");
  check_figures ("وكان طفلان قُتلا وأصيب 6 آخرون بقذيفة سقطت على المدرسة.", "killed 2 exact; wounded 6 exact");
  check_figures ("قتل 3 مدنيين وأصيب 4 آخرون.", "killed 3 exact; wounded 4 exact");
  /* a toll of both kinds stays none: one verb before its count, or both verbs plural */
  check_figures ("قتل وأصيب 30 شخصا في الانفجار.", "");
  check_figures ("30 مدنيا قتلوا وأصيبوا في القصف.", "");
}

static void
test_dual_subject (void)
{
  check_figures ("وذكرت الشبكة أن عنصرين من الشرطة العسكرية لقيا مصرعهما بانفجار لغم.", "killed 2 exact");
  check_figures ("جنديان أصيبا بجروح في الاشتباك.", "wounded 2 exact");
  /* after "«", the guillemet Arabic outlets quote with */
  check_figures ("وقال مصدر إن «شخصين قتلا وأصيب خمسة بجروح جراء سقوط قذيفة».", "killed 2 exact; wounded 5 exact");
  check_figures ("وقال إن «المقاتلين قتلا الأسير».", "");
  /* a plural in "ين" is no dual */
  check_figures ("وقال إن مسلحين قتلا في الاشتباك.", "");
}

static void
test_state (void)
{
  check_figures ("سقط مزارع قتيلا برصاص حرس الحدود.", "killed 1 exact");
  check_figures ("أردى مسلحون مجهولون مختار البلدة قتيلا.", "killed 1 exact");
  check_figures ("وسقط شرطي جريحا خلال المداهمة.", "wounded 1 exact");
  /* after a count it is the count's noun; after a pronoun nobody is named */
  check_figures ("ارتفعت الحصيلة إلى 20 قتيلا.", "killed 20 exact");
  check_figures ("وعثر عليه قتيلا في منزله.", "");
}

static void
test_number_forms (void)
{
  check_figures ("لقي واحد وعشرون شخصا حتفهم في الهجوم.", "killed 21 exact");
  check_figures ("قتل شخص واحد في الهجوم.", "killed 1 exact");
  check_figures ("قتل واحد من المدنيين في الهجوم.", "killed 1 exact");
  /* "بنحو": about, as "نحو" */
  check_figures ("قدرت مصادر محلية عدد القتلى بنحو ثلاثين مدنيا.", "killed 30 about");
  check_figures ("قصفت الطائرات المنطقة بنحو عشرين غارة.", "");
  /* "a third" as the object of an active verb; not "thirdly" */
  check_figures ("قتل المسلحون شابين وأصابوا ثالثا في الهجوم.", "killed 2 exact; wounded 1 exact");
  check_figures ("وثالثا، طالب البيان بفتح تحقيق.", "");
}

static void
test_count_after_adjective (void)
{
  /* a count after a definite adjective is the verb's object; a person after it, as before */
  check_figures ("اعتقلت دورية تابعة للأمن العسكري أربعة شبان من البلدة.", "captured 4 exact");
  check_figures ("اعتقلت دورية للأمن العسكري شابين من البلدة.", "captured 2 exact");
}

static void
test_singular_verb_after_plural (void)
{
  /* a singular verb after a plural or dual one has its own subject after it, with a qualifier or an ordinal */
  check_figures ("وذكر الدفاع المدني أن سبعة مدنيين قتلوا وأصيب أكثر من عشرين آخرين.", "killed 7 exact; wounded 20 more_than");
  check_figures ("بأن اثنين من عناصر الشرطة استشهدا وأصيب ثالث بهجوم على الحاجز.", "killed 2 exact; wounded 1 exact");
}

static void
test_named_and_detained (void)
{
  check_figures ("أعلنت مصادر محلية مقتل المدعو أبو أحمد الحلبي، وهو قيادي في الفصيل.", "killed 1 exact");
  check_figures ("وأكدت الشرطة توقيف 9 متهمين بتهريب السلاح.", "captured 9 exact");
  check_figures ("وقال إن المدعو خالد وصل إلى المدينة أمس.", "");
  /* rescuers and carers are people */
  check_figures ("ما أدى لمقتل مسعف يعمل مع الهلال الأحمر.", "killed 1 exact");
  check_figures ("وأصيبت ممرضة بجروح طفيفة.", "wounded 1 exact");
}

static void
test_list_of_parts (void)
{
  /* "هم" opens the breakdown; "، و 5" goes on with it across the part's words, the numerals only */
  check_figures ("وبلغت حصيلة القتلى 40 شخصا، هم 20 من عناصر الجيش، و 5 من الشرطة و 3 مدنيين.",
                 "killed 40 exact; killed 20 exact; killed 5 exact; killed 3 exact");
  check_figures ("ووثق المرصد مقتل 60 شخصا، بينهم 30 من عناصر الفصائل المسلحة والمجموعات الرديفة لها، و 9 من قوات النظام "
                 "و 4 مدنيين، وشخص مجهول الهوية.", "killed 60 exact; killed 30 exact; killed 9 exact; killed 4 exact");
  /* one person after a count with its own verb is one more, as before */
  check_figures ("إن من بين القتلى اثنان قتلا برصاص حرس الحدود، وشخص تحت التعذيب.", "killed 2 exact; killed 1 exact");
  check_figures ("وصلت الشحنة في عامي 2014 و 2015 إلى المرفأ.", "");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest-figures-ar-subject/plural-verb-then-own-count", test_plural_verb_then_own_count);
  g_test_add_func ("/sitrep/suggest-figures-ar-subject/dual-subject", test_dual_subject);
  g_test_add_func ("/sitrep/suggest-figures-ar-subject/state", test_state);
  g_test_add_func ("/sitrep/suggest-figures-ar-subject/number-forms", test_number_forms);
  g_test_add_func ("/sitrep/suggest-figures-ar-subject/count-after-adjective", test_count_after_adjective);
  g_test_add_func ("/sitrep/suggest-figures-ar-subject/singular-verb-after-plural", test_singular_verb_after_plural);
  g_test_add_func ("/sitrep/suggest-figures-ar-subject/named-and-detained", test_named_and_detained);
  g_test_add_func ("/sitrep/suggest-figures-ar-subject/list-of-parts", test_list_of_parts);
  return g_test_run ();
}

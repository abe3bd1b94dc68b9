/* test-suggest-figures-ar-joined.c — Arabic casualty figures (issue 11, session 39): one person named beside a
 * count joined to him by "و" (the numeral only), the number one after a person's noun, a subject with the group
 * he is of before his verb, a count's own word of harm after "و" and its qualifier, kin named by a pronoun,
 * the held and brothers as persons, "نعت", one body found, a preposition glued to the noun after a count,
 * "أثنين" with its hamza, "فارق الحياة"; and releases, which are no casualties. Each rule with cases it must take and cases it must leave. The sentences are this file's own.
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

#define check_figures sitrep_test_check_figures

static void
test_joined_count (void)
{
  /* the person named beside a count is not added to it, nor a figure of his own */
  check_figures ("قتل ضابط وجنديان اثنان وأصيب ثلاثة آخرون بانفجار عبوة.", "killed 2 exact; wounded 3 exact");
  check_figures ("قتل ضابط وثلاثة جنود في هجوم على حاجز للجيش.", "killed 3 exact");
  check_figures ("أسفر الانفجار عن مقتل قائد الدورية وهو ضابط برتبة نقيب وجنديين اثنين.", "killed 2 exact");
  check_figures ("قتل رجل وزوجته وأطفالهما الثلاثة بغارة جوية.", "killed 3 exact");
  /* others are people of their own, and so is a count after a phrase of cause or place */
  check_figures ("استشهد طفل و3 آخرون في القصف.", "killed 1 exact; killed 3 exact");
  check_figures ("قتل مدني برصاص قناص و3 عناصر بانفجار لغم.", "killed 1 exact; killed 3 exact");
  check_figures ("قتل شاب وأصيب 3 آخرون بجروح.", "killed 1 exact; wounded 3 exact");
}

static void
test_one (void)
{
  /* "a third" right after the word of harm; not an ordinal of time ("للمرة الثالثة", "اليوم الثالث") */
  check_figures ("أعلنت الشرطة مقتل منتسبين اثنين وإصابة ثالث بهجوم مسلح.", "killed 2 exact; wounded 1 exact");
  check_figures ("قصفت الطائرات البلدة للمرة الثالثة.", "");
  check_figures ("استمر القصف لليوم الثالث على التوالي.", "");
  /* "واحد" after the noun is the same one, no count of what comes after it */
  check_figures ("أكدت مصادر طبية وفاة جندي واحد وإصابة ستة من قوات الأمن.", "killed 1 exact; wounded 6 exact");
  check_figures ("وأصيب طفل واحد بجروح.", "wounded 1 exact");
}

static void
test_subject_group (void)
{
  check_figures ("وذكرت الشبكة أن عنصرًا من “قسد” قُتل وجرح آخر بهجوم.", "killed 1 exact; wounded 1 exact");
  check_figures ("وقال الأهالي إن شابا من أبناء القرية قتل برصاص مجهولين.", "killed 1 exact");
  /* a count or a word of harm inside, or no person before the group */
  check_figures ("وقال إن منزلا من منازل القرية قتل فيه.", "");
}

static void
test_own_word_after_and (void)
{
  /* the count's own noun of harm after "وأكثر من", not the noun of the count before */
  check_figures ("ارتفعت حصيلة ضحايا التفجير إلى سبعة عشر قتيلاً وأكثر من ثلاثين جريحاً.", "killed 17 exact; wounded 30 more_than");
  /* no noun of its own: joined to the one before, of its kind */
  check_figures ("قتل 5 مدنيين وأكثر من 3 أطفال في القصف.", "killed 5 exact; killed 3 more_than");
}

static void
test_kin (void)
{
  check_figures ("استشهاد طفل وإصابة والدته بقصف على البلدة.", "killed 1 exact; wounded 1 exact");
  check_figures ("لقيت امرأة مصرعها وأصيب زوجها بجروح.", "killed 1 exact; wounded 1 exact");
  check_figures ("اعتقلت قوات النظام شقيقه على حاجز.", "captured 1 exact");
  check_figures ("قتل رجل وزوجته بقصف على الحي.", "killed 2 exact");
  /* his two children: the dual in the nominative ("طفلاه") as in the genitive ("طفليه"; session 41) */
  check_figures ("استشهد طفلاه في القصف وأصيب طفليه الآخرين.", "killed 2 exact; wounded 2 exact");
  /* the genitive of a noun before it, not the one harmed */
  check_figures ("أصيب بجروح أثناء زيارته والدته في المستشفى.", "");
  check_figures ("قتل على يد زوجها.", "");
}

static void
test_held_and_brothers (void)
{
  check_figures ("توفي معتقل تحت التعذيب في سجن صيدنايا العسكري.", "killed 1 exact");
  check_figures ("اختطف مسلحون شقيقين من أبناء العشيرة.", "captured 2 exact");
  check_figures ("نعت الفرقة الرابعة ضابطين من مرتباتها.", "killed 2 exact");
  /* a place of detention */
  check_figures ("قضى سنوات في معتقل صيدنايا.", "");
}

static void
test_body (void)
{
  check_figures ("تم العثور على جثة مجهولة الهوية في نهر دجلة.", "killed 1 exact");
  check_figures ("انتشلت فرق الدفاع المدني جثة من تحت الأنقاض.", "killed 1 exact");
  /* a count of bodies is the count's; bodies of the dead counted before */
  check_figures ("تم العثور على جثة 3 أشخاص.", "killed 3 exact");
  check_figures ("وسلمت الجثة إلى ذويه.", "");
}

static void
test_preposition_noun (void)
{
  /* "بغارة" (by an air raid) is no raid counted; "بيوت", "بلدات" are counted as they stand */
  check_figures ("قتل 3 بغارة جوية على البلدة.", "killed 3 exact");
  check_figures ("دمرت الطائرات 3 بيوت في البلدة.", "");
  check_figures ("قتل مسلحون 12 بقصف على 4 بلدات.", "killed 12 exact");
}

static void
test_hamza_two (void)
{
  check_figures ("مقتل قائد الدورية وجنديين اثنين وإصابة أثنين آخرين بجروح.", "killed 2 exact; wounded 2 exact");
  /* "الإثنين" is Monday */
  check_figures ("قتل 3 أشخاص، الإثنين، في هجوم على حاجز.", "killed 3 exact");
  check_figures ("وأصيب الإثنين الماضي 4 أشخاص.", "wounded 4 exact");
}

static void
test_parted (void)
{
  /* "departed life" is killed */
  check_figures ("وفارق الطفل الحياة متأثرا بجراحه.", "killed 1 exact");
  check_figures ("وقال المصدر إن ثلاثة أطفال فارقوا الحياة في المستشفى.", "killed 3 exact");
  /* "فارق" without life is no death ("فارق السباق": left the race) */
  check_figures ("فارق اللاعب الملعب بعد إصابة طفيفة.", "");
}

static void
test_kin_two_and_the_third (void)
{
  check_figures ("وتسبب القصف بمقتل امرأة وإصابة ابنتيها بجروح.", "killed 1 exact; wounded 2 exact");
  check_figures ("أطلق مسلحون النار على سيارة تقل ثلاثة من عناصر الشرطة، ما أدى إلى مقتل اثنين منهم وإصابة الثالث بجروح.",
                 "killed 2 exact; wounded 1 exact");
}

static void
test_released (void)
{
  check_figures ("أفرجت السلطات عن 20 معتقلاً بعد انتهاء محكومياتهم.", "");
  check_figures ("تم إطلاق سراح 5 مختطفين من أبناء القرية.", "");
  /* a release and an arrest in one sentence: the arrest's count stands */
  check_figures ("أفرجت السلطات عن 20 معتقلاً واعتقلت 7 آخرين.", "captured 7 exact");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest-figures-ar-joined/joined-count", test_joined_count);
  g_test_add_func ("/sitrep/suggest-figures-ar-joined/one", test_one);
  g_test_add_func ("/sitrep/suggest-figures-ar-joined/subject-group", test_subject_group);
  g_test_add_func ("/sitrep/suggest-figures-ar-joined/own-word-after-and", test_own_word_after_and);
  g_test_add_func ("/sitrep/suggest-figures-ar-joined/kin", test_kin);
  g_test_add_func ("/sitrep/suggest-figures-ar-joined/held-and-brothers", test_held_and_brothers);
  g_test_add_func ("/sitrep/suggest-figures-ar-joined/body", test_body);
  g_test_add_func ("/sitrep/suggest-figures-ar-joined/preposition-noun", test_preposition_noun);
  g_test_add_func ("/sitrep/suggest-figures-ar-joined/hamza-two", test_hamza_two);
  g_test_add_func ("/sitrep/suggest-figures-ar-joined/released", test_released);
  g_test_add_func ("/sitrep/suggest-figures-ar-joined/parted", test_parted);
  g_test_add_func ("/sitrep/suggest-figures-ar-joined/kin-two-and-the-third", test_kin_two_and_the_third);
  return g_test_run ();
}

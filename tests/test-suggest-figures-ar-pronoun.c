/* test-suggest-figures-ar-pronoun.c — Arabic casualty figures (issue 11, session 41) told by a pronoun, a
 * rank or a name rather than a noun of people: "ما أدى إلى مقتله" (one), "مقتلهما" (two), "مقتل أحدهما"; ranks
 * and posts as people ("قُتل النقيب …", "عضو"); a man named after a verb of harm; a toll that rose far from the
 * word of its dead or passed its count ("تجاوز عدد الجرحى العشرين"); a qualifier with its marks ("ما لا يقلّ"); a
 * number in an outlet's quoted name ("درعا 24"); the imperfect of headlines ("مسلحون يقتلون راعيا").
 * Each rule with cases it must take and cases it must leave. The sentences are this file's own.
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

#define check_figures sitrep_test_check_figures

static void
test_harm_of_pronoun (void)
{
  check_figures ("أطلق مجهولون النار على شاب في سوق البلدة، ما أدى إلى مقتله على الفور.", "killed 1 exact");
  check_figures ("انفجرت قذيفة قرب منزل سيدة في الحي، ما تسبب بإصابتها بشظايا.", "wounded 1 exact");
  check_figures ("استهدفت طائرة مسيرة سيارة تقل قياديين على الطريق، ما أسفر عن مقتلهما.", "killed 2 exact");
  check_figures ("داهمت دورية منزل المطلوب فجرا، ما أدى لاعتقاله.", "captured 1 exact");
  /* "their" says no count; a death named without a result is not told here */
  check_figures ("قصفت المدفعية تجمعا للمسلحين، ما أدى إلى مقتلهم.", "");
  check_figures ("أقام أهالي البلدة حفلا في ذكرى مقتله.", "");
  /* his death told before in the sentence: the same one */
  check_figures ("وأثار مقتل الطفل علي حسن غضبا واسعا، إذ أطلق عناصر الحاجز النار عليه، ما أدى إلى مقتله على الفور.",
                 "killed 1 exact");
}

static void
test_one_of_them (void)
{
  check_figures ("انفجرت عبوة بدراجة نارية يستقلها شقيقان، ما أسفر عن مقتل أحدهما وإصابة الآخر.",
                 "killed 1 exact; wounded 1 exact");
  check_figures ("وأصيب أحدهم بجروح بليغة نقل على إثرها إلى المستشفى.", "wounded 1 exact");
  check_figures ("وقال أحدهم إن القصف توقف عند الفجر.", "");
}

static void
test_ranks_and_posts (void)
{
  check_figures ("كما قُتل النقيب في الفرقة الرابعة بانفجار لغم أرضي في البادية.", "killed 1 exact");
  check_figures ("وأصيب عقيد في الشرطة الاتحادية بجروح إثر هجوم مسلح.", "wounded 1 exact");
  check_figures ("قُتل عضو مجلس المحافظة بهجوم استهدف منزله.", "killed 1 exact");
  check_figures ("ولقي نقيبان مصرعهما بانفجار عبوة.", "killed 2 exact");
  /* a rank named with no harm */
  check_figures ("وقال العقيد في الشرطة إن الوضع مستقر.", "");
}

static void
test_named_one (void)
{
  check_figures ("كما قُتل إسماعيل حسن الفروخ برصاص مجهولين في بلدة الحارة.", "killed 1 exact");
  check_figures ("واعتقلت قوات الأمن أمس، ثم اعتقل خليل أحمد الحمد على حاجز المدينة.", "captured 1 exact");
  /* no verb of harm, or the name alone (a word or a name) */
  check_figures ("وقال إسماعيل حسن الفروخ إن الهجوم وقع ليلا.", "");
  check_figures ("قتل محمد في الهجوم.", "");
}

static void
test_toll_rose (void)
{
  check_figures ("ارتفع عدد قتلى الغارات الروسية على قرى جبل الزاوية جنوبي إدلب، منذ صباح اليوم، إلى سبعة عشر.",
                 "killed 17 exact");
  check_figures ("أعلن الدفاع المدني عن ارتفاع حصيلة جرحى القصف على مدينة أريحا ( 12 كم جنوب إدلب) إلى ثلاثين.",
                 "wounded 30 exact");
  /* a toll of no one harmed, or of things */
  check_figures ("ارتفع عدد النازحين من القرى الحدودية خلال الأسبوع إلى خمسة آلاف.", "");
  check_figures ("ارتفع عدد الغارات على البلدة منذ الصباح إلى عشرين.", "");
}

static void
test_marked_qualifier (void)
{
  check_figures ("وثق المرصد مقتل ما لا يقلّ عن 40 عنصراً من قوات النظام خلال الشهر.", "killed 40 at_least");
}

static void
test_quoted_name (void)
{
  check_figures ("وأحصت شبكة \"درعا 24\" مقتل ثلاثة أشخاص في المحافظة خلال يومين.", "killed 3 exact");
  check_figures ("ووثقت شبكة «درعا 24» مقتل خمسة أشخاص.", "killed 5 exact");
  /* a word of harm before the number in quotes: a count */
  check_figures ("وقال الطبيب: \"قتل 24\" في القصف.", "killed 24 exact");
}

static void
test_headline_imperfect (void)
{
  /* the imperfect of headlines, its subject before it */
  check_figures ("مسلحون يقتلون راعيا في بادية الأنبار", "killed 1 exact");
  check_figures ("مجهولون يغتالون مختار قرية في ريف الرقة", "killed 1 exact");
  check_figures ("الأمن يعتقل 6 مطلوبين في حملة دهم", "captured 6 exact");
  /* negated: no one */
  check_figures ("ولم يقتل أحد في القصف.", "");
}

static void
test_toll_passed (void)
{
  check_figures ("وبلغت حصيلة القتلى 15 شخصا، فيما تجاوز عدد الجرحى العشرين.", "killed 15 exact; wounded 20 more_than");
  check_figures ("وتخطت حصيلة القتلى 100 منذ بدء المعارك.", "killed 100 more_than cumulative");
  /* the toll reached its count: exact */
  check_figures ("وبلغ عدد الجرحى 20 شخصا.", "wounded 20 exact");
}

static void
test_posts_and_life (void)
{
  check_figures ("كما أصيب مدير الناحية بجروح طفيفة.", "wounded 1 exact");
  check_figures ("واعتقلت القوات رئيس المجلس المحلي للبلدة.", "captured 1 exact");
  check_figures ("وذكرت مصادر أن الشاب خالد الحسن فارق الحياة متأثرا بجروحه.", "killed 1 exact");
  check_figures ("وقال مدير الناحية إن الطريق فتح.", "");
}

static void
test_names_with_counts (void)
{
  /* a unit's number names it */
  check_figures ("ونعت صفحات موالية تسعة عناصر من الفرقة 17 قتلوا في المعارك.", "killed 9 exact");
  check_figures ("وقتل 17 عنصرا من الفرقة الرابعة.", "killed 17 exact");
  /* one named "with" a count: the numeral only */
  check_figures ("كما قتل مدير مدرسة البلدة الابتدائية مع ثلاثة من أبنائه في الغارة.", "killed 3 exact");
  check_figures ("كما قتل مدير المدرسة مع زوجته في الغارة.", "killed 1 exact");
  /* a campaign of arrests that took some */
  check_figures ("وشنت قوات النظام حملة دهم واعتقالات في المدينة طالت 15 شابا.", "captured 15 exact");
}

static void
test_subjects_and_kin (void)
{
  /* one person before his verb, where he serves between them */
  check_figures ("وقال المصدر إن \"مجندا في الجيش قتل بنيران قناص\".", "killed 1 exact");
  check_figures ("وقال مصدر إن شرطيا في المخفر قتل وأصيب اثنان آخران.", "killed 1 exact; wounded 2 exact");
  /* the accused and the wanted */
  check_figures ("وأعلنت الشرطة القبض على مطلوب بقضايا إرهابية.", "captured 1 exact");
  /* her two children, the dual in the nominative */
  check_figures ("قتلت امرأة وأصيب ابناها بقصف على القرية.", "killed 1 exact; wounded 2 exact");
  /* a by-name after "أبو" */
  check_figures ("وقُتل أبو حمزة الشامي، أحد قادة الفصيل، بغارة.", "killed 1 exact");
  check_figures ("وقال أبو حمزة الشامي إن الغارة أصابت المقر.", "");
}

static void
test_one_dead_and_as_many (void)
{
  /* "شهيد", "قتيل", "جريح" alone: one */
  check_figures ("وتسبب القصف على الحي بسقوط شهيد وعدد من الجرحى.", "killed 1 exact");
  check_figures ("وأسفرت الغارة عن شهيد وثلاثة جرحى.", "killed 1 exact; wounded 3 exact");
  check_figures ("وسقط جريح من عناصر الإنقاذ خلال العمل.", "wounded 1 exact");
  /* the martyr told of before, a count's noun, "between dead and hurt" */
  check_figures ("وشيع الأهالي جثمان الشهيد إلى مقبرة البلدة.", "");
  check_figures ("وارتفعت حصيلة الحرب إلى أكثر من 300 ألف قتيل.", "killed 300000 more_than");
  check_figures ("وسقط 6 جنود بين قتيل وجريح.", "");
  check_figures ("وذلك منذ سقوط أول قتيل في المدينة قبل أعوام.", "");
  /* "as many" as the figure before */
  check_figures ("قتل أربعة جنود وأصيب مثلهم بانفجار لغم.", "killed 4 exact; wounded 4 exact");
  check_figures ("واستشهد اثنان من المدنيين وجرح مثلهما.", "killed 2 exact; wounded 2 exact");
  /* "was" before one named and his verb */
  check_figures ("وكان المختار قد قتل برصاص مسلحين أمام منزله.", "killed 1 exact");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest-figures-ar-pronoun/harm-of-pronoun", test_harm_of_pronoun);
  g_test_add_func ("/sitrep/suggest-figures-ar-pronoun/one-of-them", test_one_of_them);
  g_test_add_func ("/sitrep/suggest-figures-ar-pronoun/ranks-and-posts", test_ranks_and_posts);
  g_test_add_func ("/sitrep/suggest-figures-ar-pronoun/named-one", test_named_one);
  g_test_add_func ("/sitrep/suggest-figures-ar-pronoun/toll-rose", test_toll_rose);
  g_test_add_func ("/sitrep/suggest-figures-ar-pronoun/marked-qualifier", test_marked_qualifier);
  g_test_add_func ("/sitrep/suggest-figures-ar-pronoun/quoted-name", test_quoted_name);
  g_test_add_func ("/sitrep/suggest-figures-ar-pronoun/headline-imperfect", test_headline_imperfect);
  g_test_add_func ("/sitrep/suggest-figures-ar-pronoun/toll-passed", test_toll_passed);
  g_test_add_func ("/sitrep/suggest-figures-ar-pronoun/posts-and-life", test_posts_and_life);
  g_test_add_func ("/sitrep/suggest-figures-ar-pronoun/names-with-counts", test_names_with_counts);
  g_test_add_func ("/sitrep/suggest-figures-ar-pronoun/subjects-and-kin", test_subjects_and_kin);
  g_test_add_func ("/sitrep/suggest-figures-ar-pronoun/one-dead-and-as-many", test_one_dead_and_as_many);
  return g_test_run ();
}

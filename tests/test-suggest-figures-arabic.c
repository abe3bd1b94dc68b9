/* test-suggest-figures-arabic.c — casualty figures in Arabic (issue 11, session 33): the spellings of one
 * word (a hamza written or not, "ة"/"ه"), numbers of two words ("أحد عشر", "خمسة وعشرون") and not the
 * ordinals, qualifiers before and after a count ("ما يزيد عن", "على الأقل"), the dual as two ("امرأتين",
 * "جنديين", "شهيدين"; not the sound plural "مدنيين"), a noun's accusative ("طفلاً"), the verbs and nouns of
 * death ("توفي", "جثة", "أودى بحياة"), a part between commas before the verb, "بالإضافة إلى", things
 * counted ("16 غارة", "(19 عاماً)"), a total at several places as an aggregate; (session 34) a count quoted
 * after its word ("مقتل: “سبعة"), in brackets after its qualifier, after an adverbial phrase, a subject
 * before the one harmed or before its verb, "، وآخر", the kin of the harmed; each rule with a case it must take and one it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

#define check_figures sitrep_test_check_figures

static void
test_spellings (void)
{
  /* The alef without its hamza, "ه" for "ة", as outlets write them. */
  check_figures ("وقال الطبيب إن القصف أدى إلى مقتل اربعة مدنيين.", "killed 4 exact");
  check_figures ("وأدى الانفجار إلى مقتل 3 واصابة 9 من المارة.", "killed 3 exact; wounded 9 exact");
  check_figures ("قتل ثلاثه جنود في الكمين.", "killed 3 exact");
  /* Nobody harmed; and a hamza is left out, not added: "وأحد" ("and one of") is not "واحد" ("one"). */
  check_figures ("وصل اربعة وزراء إلى المدينة.", "");
  check_figures ("واعتقل مسؤول الإعلام وأحد مروجي أفلام القتل.", "captured 1 exact");
}

static void
test_compound_numbers (void)
{
  check_figures ("قتل أحد عشر مدنيا في الغارة.", "killed 11 exact");
  check_figures ("وقتل احدى عشرة امرأة في القصف.", "killed 11 exact");
  check_figures ("أسفر الهجوم عن مقتل ثلاثة عشر جنديا.", "killed 13 exact");
  check_figures ("وأصيب خمسة وعشرون شخصا بجروح.", "wounded 25 exact");
  /* An ordinal is an age or a day, no count; "أحد" alone is "one of". */
  check_figures ("وقتل طفل في الثانية عشرة من عمره.", "killed 1 exact");
  check_figures ("وصل الوفد في الحادي عشر من الشهر.", "");
}

static void
test_qualifiers (void)
{
  check_figures ("أدت الغارات إلى مقتل ما يزيد عن 12 مدنيا.", "killed 12 more_than");
  /* "قرابة" is nearly, up to (bench/gold-suggest-16/README.md, as "nearly" in English) */
  check_figures ("وقتل قرابة 30 مدنيا في الاشتباكات.", "killed 30 up_to");
  /* "على الأقل" after the noun, with a comma or without, "الاقل" without its hamza */
  check_figures ("وأدى القصف إلى مقتل ستة مدنيين، على الأقل، في القرية.", "killed 6 at_least");
  check_figures ("وجرح سبعة جنود على الاقل في الهجوم.", "wounded 7 at_least");
  /* A qualifier of another count is not this one's. */
  check_figures ("وقتل 4 مدنيين في قرية يزيد عدد سكانها عن 300.", "killed 4 exact");
}

static void
test_dual (void)
{
  check_figures ("وأفادت المراسلة بإصابة امرأتين بجروح.", "wounded 2 exact");
  check_figures ("وقتل جنديين في الكمين.", "killed 2 exact");
  check_figures ("أسفر القصف عن سقوط شهيدين.", "killed 2 exact");
  check_figures ("وأصيبت سيدتان في القصف.", "wounded 2 exact");
  /* A sound plural in "ين" is many, not two: no count, no figure. */
  check_figures ("وقتل مدنيين في القصف.", "");
  /* Two of something else. */
  check_figures ("وسقطت قذيفتين على الحي.", "");
}

static void
test_accusative_and_death (void)
{
  check_figures ("وكان التنظيم قد اختطف طفلاً من القرية.", "captured 1 exact");
  check_figures ("وأعلنت الشرطة العثور على 15 جثة في البئر.", "killed 15 exact");
  check_figures ("وهاجم مسلحون الحاجز ما أودى بحياة 2 من العناصر.", "killed 2 exact");
  check_figures ("وتوفي شاب متأثرا بجروحه.", "killed 1 exact");
  /* Nobody harmed: a child named, bodies of no count. */
  check_figures ("وزار الوفد طفلا في المستشفى.", "");
}

static void
test_clauses (void)
{
  /* A part between commas before the verb; "و" glued to a number word joins it to the one before. */
  check_figures ("وقال المرصد إن 20 مواطنا، بينهم 7 أطفال وأربع نساء، استشهدوا في القصف.",
                 "killed 20 exact; killed 7 exact; killed 4 exact");
  /* "in addition to", with "ل" glued to the count or "إلى" before it */
  check_figures ("قتل 8 جنود في الكمين، بالإضافة لخمسة مدنيين كانوا في المكان.", "killed 8 exact; killed 5 exact");
  check_figures ("أصيب 9 عناصر بجروح بالإضافة إلى 4 مدنيين.", "wounded 9 exact; wounded 4 exact");
  /* Things and time counted are no casualties, whatever the verb near them. */
  check_figures ("وشنت الطائرات 16 غارة على 4 قرى وقتلت 6 مدنيين.", "killed 6 exact");
  check_figures ("وقتل شاب (19 عاماً) برصاص قناص.", "killed 1 exact");
  /* Each kind with its count: not the combined toll of "64 شهيدا وجريحا" */
  check_figures ("وارتقى 11 شهيدا وأصيب 40 شخصا بجروح.", "killed 11 exact; wounded 40 exact");
  check_figures ("وبلغت الحصيلة 30 شهيدا وجريحا.", "");
  /* Not a part: a comma then another clause. */
  check_figures ("قتل 5 جنود، وقال المصدر إن 3 منهم ضباط.", "killed 5 exact");
}

static void
test_several_places (void)
{
  /* A total where its people died at several places (a dual, a plural before names) is an aggregate,
   * and so are its parts; at one town, or in two quarters of one city, it is not. */
  check_figures ("قتل 12 مدنيا في قصف على بلدات كفرنبل وحاس.", "killed 12 exact cumulative");
  check_figures ("قتل 9 مدنيين، بينهم 4 أطفال، في قصف على منطقتي دوما وحرستا.",
                 "killed 9 exact cumulative; killed 4 exact cumulative");
  check_figures ("قتل 12 مدنيا في قصف على بلدة كفرنبل.", "killed 12 exact");
  check_figures ("قتل 3 مدنيين برصاص قناص في حيي القابون وبرزة.", "killed 3 exact");
  /* A part at a town of its own is that town's incident. */
  check_figures ("ووثق الدفاع المدني مقتل 30 مدنيا في ريفي حماة وإدلب، بينهم 12 في بلدة كفرنبل.",
                 "killed 30 exact cumulative; killed 12 exact");
}

static void
test_quoted_and_bracketed (void)
{
  /* A colon and a quote between the word of harm and its count; "على الأقل" after a partitive's people. */
  check_figures ("ونقلت الوكالة عن مصدر أمني مقتل: “سبعة من أفراد قوات الأمن العراقية على الأقل وجرح ثلاثة آخرين” بهجوم.",
                 "killed 7 at_least; wounded 3 exact");
  check_figures ("وأسفر الهجوم عن «مقتل 5 عسكريين».", "killed 5 exact");
  /* A quotation of no harm. */
  check_figures ("وقال الضابط: “ثلاثة أيام من القصف المتواصل”.", "");
  /* A count alone in brackets keeps the qualifier before the bracket. */
  check_figures ("وقالت المصادر إن التنظيم أعدم أكثر من (10) أشخاص ميدانياً.", "killed 10 more_than");
  check_figures ("وصل أكثر من (10) وزراء إلى المدينة.", "");
}

static void
test_word_order (void)
{
  /* An adverbial phrase between the verb and its count; not when the verb harms no one. */
  check_figures ("وكان التنظيم قد اختطف في نيسان الماضي أربعة رعاة.", "captured 4 exact cumulative");
  check_figures ("وشارك في الهجوم على القرية ثلاثة مسلحين.", "");
  /* The verb's subject in the nominative plural before the one harmed; "we" glued to the verb. */
  check_figures ("اغتال مسلحون مجهولون أحد الاشخاص في هجوم.", "killed 1 exact");
  check_figures ("وقال الضابط: قتلنا أحد عناصرهم المهاجمة.", "killed 1 exact");
  /* One person before the verb, at the start of the sentence or after "إن", an aside between commas or not. */
  check_figures ("الطفل محمد العلي استشهد برصاص قناص.", "killed 1 exact");
  check_figures ("وقال مصدر طبي إن الطبيب علي الدرويش، من مدينة كفرزيتا، توفي جراء استنشاق الغاز.", "killed 1 exact");
  /* … not when the verb has its own count, nor a person in the middle of a sentence. */
  check_figures ("الجندي علي الأحمد قتل ثلاثة مسلحين.", "killed 3 exact");
  check_figures ("وزار الوزير الطبيب علي الذي توفي والده.", "");
}

static void
test_one_more_and_kin (void)
{
  /* "، وآخر", "، وطفل": one more of the figure before, in the sentence. */
  check_figures ("كما قتل طفل جراء القصف على البلدة، وآخر في الحادية عشرة من عمره في اشتباكات.",
                 "killed 1 exact; killed 1 exact");
  check_figures ("كما قتل ثلاثة مواطنين برصاص قناص في العاصمة، وطفل إثر سقوط قذيفة على المخيم.",
                 "killed 3 exact; killed 1 exact");
  /* Not one named beside a count with no comma, nor one with a verb of its own. */
  check_figures ("وأفادت المراسلة بإصابة امرأتين وطفل.", "wounded 2 exact");
  check_figures ("قتل ثلاثة مدنيين في القرية، وطفل صغير أصيب في المدينة.", "killed 3 exact");
  /* The kin of the harmed are not harmed; the people of a village are. */
  check_figures ("وتجمع العشرات من أهالي المختطفين أمام المقر.", "");
  check_figures ("قتل خمسة من أهالي القرية في القصف.", "killed 5 exact");
  /* "other" after bodies is the adjective of their plural, no one more. */
  check_figures ("وأعلن العثور على خمس جثث اخرى لمدنيين.", "killed 5 exact");
}

static void
test_since (void)
{
  /* "منذ" with a short span dates one incident ("three days ago", "since Thursday"); with a year or a
   * month's start it makes a tally. */
  check_figures ("عثر على جثث 3 قادة بعد خطفهم منذ 3 أيام.", "killed 3 exact");
  check_figures ("أفادت مصادر عن فقدان أربعة قاصرين، في ظروف غامضة، منذ يوم الخميس الماضي.", "missing 4 exact");
  check_figures ("قتل 500 مدني منذ عام 2011.", "killed 500 exact cumulative");
  check_figures ("قتل 50 مدنيا منذ بداية الشهر.", "killed 50 exact cumulative");
}

/* "راح ضحيتها 7 مدنيين" (fell as its victims) is killed; "فقدوا حياتهم" (they lost their lives) after the
 * count is killed, "فقدوا" alone no cue ("فقدوا الاتصال", lost contact); a count of things the victims'
 * word follows is none. */
static void
test_victims_lives (void)
{
  check_figures ("وانفجرت سيارة مفخخة في السوق راح ضحيتها 7 مدنيين.", "killed 7 exact");
  check_figures ("وقصفت الطائرات حيا سكنيا وراح ضحيته 4 عمال من عائلة واحدة.", "killed 4 exact");
  check_figures ("أكد مصدر أن 6 جنود من اللواء فقدوا حياتهم في الكمين.", "killed 6 exact");
  check_figures ("وقال المصدر إن الدورية فقدوا الاتصال مع 4 نقاط.", "");
  check_figures ("وقعت 5 انفجارات راح ضحيتها مدنيون.", "");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest-figures-arabic/spellings", test_spellings);
  g_test_add_func ("/sitrep/suggest-figures-arabic/compound-numbers", test_compound_numbers);
  g_test_add_func ("/sitrep/suggest-figures-arabic/qualifiers", test_qualifiers);
  g_test_add_func ("/sitrep/suggest-figures-arabic/dual", test_dual);
  g_test_add_func ("/sitrep/suggest-figures-arabic/accusative-and-death", test_accusative_and_death);
  g_test_add_func ("/sitrep/suggest-figures-arabic/clauses", test_clauses);
  g_test_add_func ("/sitrep/suggest-figures-arabic/several-places", test_several_places);
  g_test_add_func ("/sitrep/suggest-figures-arabic/quoted-and-bracketed", test_quoted_and_bracketed);
  g_test_add_func ("/sitrep/suggest-figures-arabic/word-order", test_word_order);
  g_test_add_func ("/sitrep/suggest-figures-arabic/one-more-and-kin", test_one_more_and_kin);
  g_test_add_func ("/sitrep/suggest-figures-arabic/since", test_since);
  g_test_add_func ("/sitrep/suggest-figures-arabic/victims-lives", test_victims_lives);
  return g_test_run ();
}

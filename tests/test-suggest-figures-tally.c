/* test-suggest-figures-tally.c — the cumulative flag of casualty figures (issue 11, tuning7's kinds): a
 * month's tally, the present perfect of a tally up to now, the breakdown of a tally in the sentences after
 * it, more of a tally, rates, and a roundup's towns in the order of the text; each rule with a case it must
 * take and one it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The figures of a text as "kind count qualifier[ cumulative]", in text order. */
#define check_figures sitrep_test_check_figures

static void
test_month (void)
{
  /* A whole month, after the figure: its tally. */
  check_figures ("SNHR documented the killing of 2378 people during Ramadan.", "killed 2378 exact cumulative");
  check_figures ("A total of 79 civilians were killed and another 99 injured in acts of violence in Iraq in July 2018.",
                 "killed 79 exact cumulative; wounded 99 exact cumulative");
  /* A day of the month; the month of another noun; the month before the figure. */
  check_figures ("Gunmen killed 12 people in the town in July 12.", "killed 12 exact");
  check_figures ("The group executed 13 people following a village uprising in October 2016.", "killed 13 exact");
  check_figures ("A suicide bomber in February 2005 killed 125 recruits.", "killed 125 exact");
}

static void
test_perfect (void)
{
  /* The present perfect with no incident named: a tally up to now. */
  check_figures ("At least eight civilians have been killed in Idlib.", "killed 8 at_least cumulative");
  check_figures ("Gunmen have killed 30 people in Idlib.", "killed 30 exact cumulative");
  /* An incident named; an infinitive; arrests. */
  check_figures ("At least eight civilians have been killed in an airstrike on Idlib.", "killed 8 at_least");
  check_figures ("Police found 14 people believed to have been killed by the group.", "killed 14 exact");
  check_figures ("The SDF has detained at least 30 young people in the villages near the town.", "captured 30 at_least");
}

static void
test_since_compares (void)
{
  /* "since" after a superlative compares; not a tally from then. */
  check_figures ("The toll climbed to 500 dead, the largest single attack since the invasion.", "killed 500 exact");
  check_figures ("The toll climbed to 500 dead since the invasion.", "killed 500 exact cumulative");
}

static void
test_places (void)
{
  /* "various districts", "the same areas", "across northern … Iraq": several places. */
  check_figures ("In Baghdad, 14 dumped bodies were found in various districts.", "killed 14 exact cumulative");
  check_figures ("In addition, 378 fighters were killed in the same areas.", "killed 378 exact cumulative");
  check_figures ("Troops arrested 11 suspects across northern and central Iraq.", "captured 11 exact cumulative");
  /* One district, the same attack, across a road. */
  check_figures ("In Baghdad, 14 dumped bodies were found in the Dora district.", "killed 14 exact");
  check_figures ("Troops arrested 11 suspects across the road from the base.", "captured 11 exact");
}

static void
test_breakdown (void)
{
  /* After a tally, the smaller figures of sentences that tell a tally are its parts, with their own parts. */
  check_figures ("SNHR documented the killing of 2378 people during Ramadan.\n\n"
                 "SNHR documented the killing of 1440 civilians by government forces, among them 234 children.\n\n"
                 "The number of victims who died under torture was 142.",
                 "killed 2378 exact cumulative; killed 1440 exact cumulative; killed 234 exact cumulative; "
                 "killed 142 exact cumulative");
  /* No tally before; an incident told; a day named. */
  check_figures ("SNHR documented the killing of 40 civilians by government forces, among them 12 children.",
                 "killed 40 exact; killed 12 exact");
  check_figures ("SNHR documented the killing of 2378 people during Ramadan.\n\n"
                 "SNHR documented the killing of 14 civilians in an airstrike on the market.\n\n"
                 "SNHR documented the killing of 9 civilians on Monday.",
                 "killed 2378 exact cumulative; killed 14 exact; killed 9 exact");
}

static void
test_more_and_rates (void)
{
  /* More of a tally is of the tally; more of one incident is not. */
  check_figures ("At least eight civilians have been killed in Idlib. At least 59 other people suffered injuries.",
                 "killed 8 at_least cumulative; wounded 59 at_least cumulative");
  check_figures ("An airstrike killed eight civilians in Idlib. At least 59 other people suffered injuries.",
                 "killed 8 exact; wounded 59 at_least");
  /* A rate is no figure; a day after is. */
  check_figures ("Government forces killed 741 civilians (seven children are killed every day) in the month.",
                 "killed 741 exact");
  check_figures ("Seven children were killed a day after the truce.", "killed 7 exact");
}

static void
test_roundup_towns (void)
{
  /* The towns a detector adds after the others' (a phrase's "near Muqdadiyah") still tell the incidents apart. */
  check_figures ("At least 20 people were killed on Monday.\n\n"
                 "In Baghdad, gunmen killed 3 policemen in the al-Jadida district. In Baghdad, a bomb killed 2 civilians. "
                 "Police were on alert in Baghdad. In Mosul, gunmen killed 4 soldiers.",
                 "killed 20 at_least cumulative; killed 3 exact; killed 2 exact; killed 4 exact");
  /* All in one town: one incident's. */
  check_figures ("At least 20 people were killed on Monday.\n\n"
                 "In Baghdad, gunmen killed 3 policemen in the al-Jadida district. In Baghdad, a bomb killed 2 civilians. "
                 "Police were on alert in Baghdad. In Baghdad, gunmen killed 4 soldiers.",
                 "killed 20 at_least; killed 3 exact; killed 2 exact; killed 4 exact");
  /* A town named as its province's is no town of an incident: "areas in Idlib province". */
  check_figures ("(Agency) 14 civilians were killed by rocket shelling on areas in Idlib province, northwest of Syria, "
                 "the monitor reported on Saturday.\n\n"
                 "The monitor said warplanes carried out air strikes on Mehambl Town in the province of Idlib, killing 13 persons.\n\n"
                 "Meanwhile, a woman was killed by another rocket shelling on the outskirts of Khan Shaykhun, south of the province.",
                 "killed 14 exact cumulative; killed 13 exact; killed 1 exact");
  /* The lead's own town. */
  check_figures ("(Agency) 14 civilians were killed by rocket shelling on Saraqib, northwest of Syria, "
                 "the monitor reported on Saturday.\n\n"
                 "The monitor said warplanes carried out air strikes on Mehambl Town in the province of Idlib, killing 13 persons.\n\n"
                 "Meanwhile, a woman was killed by another rocket shelling on the outskirts of Khan Shaykhun, south of the province.",
                 "killed 14 exact; killed 13 exact; killed 1 exact");
}

static void
test_recall (void)
{
  /* A name in quotes is a person's, even for "captured"; a place before "captured" is not. */
  check_figures ("In addition, \"Abu Aya\" was captured in Erbil.", "captured 1 exact");
  check_figures ("In addition, Tal Abyad was captured by the army.", "");
  /* What they were convicted of, between the people and their verb. */
  check_figures ("Also, 11 men convicted of murder and rape were executed.", "killed 11 exact");
  check_figures ("Also, 11 men convicted of murder were released.", "");
  /* Among the people counted: "among the 25 who died", "among those killed". */
  check_figures ("The monitor said there had been up to 13 child victims among the 25 who died.",
                 "killed 13 up_to; killed 25 exact");
  check_figures ("The monitor said there had been 13 child victims among the 25 who returned.", "");
  /* A breakdown after a colon. */
  check_figures ("At least 23 people were killed: 15 soldiers and 8 civilians.",
                 "killed 23 at_least; killed 15 exact; killed 8 exact");
  check_figures ("At least 23 people were killed in the town on Monday, the police chief of the province said: 15 trucks burned.",
                 "killed 23 at_least");
}

static void
test_not_tally (void)
{
  /* An infinitive is no present perfect; another of one incident is not more of a tally. */
  check_figures ("They claimed to have executed 1,700 troops.", "killed 1700 exact");
  check_figures ("At least eight civilians have been killed in Idlib. Another 21 people were wounded in an attack on the market.",
                 "killed 8 at_least cumulative; wounded 21 exact");
  /* Some of a tally's dead are of the tally. */
  check_figures ("At least 53 people have been killed in the province. Among the fatalities were three aid workers.",
                 "killed 53 at_least cumulative; killed 3 exact cumulative");
  check_figures ("A car bomb killed 53 people in the town. Among the fatalities were three aid workers.",
                 "killed 53 exact; killed 3 exact");
  /* A governorate's toll after its name; a name's number. */
  check_figures ("Diyala suffered 170 killed and 284 injured, Salahadin 64 killed and 74 injured.",
                 "killed 170 exact; wounded 284 exact; killed 64 exact; wounded 74 exact");
  check_figures ("The council adopted Resolution 2254 after 170 people were killed.", "killed 170 exact");
}

static void
test_tally_lists (void)
{
  /* The list of a tally's parts, past its first item. */
  check_figures ("161 civilians lost their lives in Syria during October 2023, including 34 children, 44 women, and two "
                 "individuals who died as a result of torture.",
                 "killed 161 exact cumulative; killed 34 exact cumulative; killed 44 exact cumulative; killed 2 exact cumulative");
  check_figures ("A car bomb killed 16 civilians in the town, including 4 children and two policemen.",
                 "killed 16 exact; killed 4 exact; killed 2 exact");
  /* Who is responsible for a tally's part. */
  check_figures ("161 civilians lost their lives in Syria during October 2023.\n\n"
                 "Russian forces were responsible for the deaths of 9 civilians, including 4 children.",
                 "killed 161 exact cumulative; killed 9 exact cumulative; killed 4 exact cumulative");
  check_figures ("Russian forces were responsible for the deaths of 9 civilians, including 4 children.",
                 "killed 9 exact; killed 4 exact");
}

static void
test_arabic_month (void)
{
  /* A past month or a monthly report in Arabic: a tally, and the report's parts after it ("تقرير"). */
  check_figures ("وأعلنت الشبكة مقتل 772 مدنياً من جراء القصف في أغسطس المنصرم بسوريا.\n\n"
                 "وأشار تقرير الشبكة إلى \"مقتل 102 مدني بينهم 22 طفلاً\".",
                 "killed 772 exact cumulative; killed 102 exact cumulative; killed 22 exact cumulative");
  check_figures ("قتل 5 مدنيين في البلدة خلال الشهر الماضي.", "killed 5 exact cumulative");
  /* A day of that month is one incident's; no tally before the report's figures. */
  check_figures ("قتل 5 مدنيين في 11 أغسطس الماضي بقصف على البلدة.", "killed 5 exact");
  /* a day of last month, a part of a month, a day in words (session 41, own date sentences) */
  check_figures ("قتل 5 مدنيين في 20 من الشهر الماضي بقصف على البلدة.", "killed 5 exact");
  check_figures ("قتل 5 مدنيين في الثامن والعشرين من الشهر الماضي بقصف على البلدة.", "killed 5 exact");
  check_figures ("قتل 5 مدنيين في الثامن من آذار الماضي بقصف على البلدة.", "killed 5 exact");
  check_figures ("قتل 12 مقاتلا أواخر نيسان الماضي في اشتباكات في السويداء.", "killed 12 exact");
  check_figures ("On the 5th of this month, gunmen killed two policemen in Tafas.", "killed 2 exact");
  /* a count inside a date's words is its day */
  check_figures ("Clashes between 3 and 5 May killed 14 fighters in Deir ez-Zor.", "killed 14 exact");
  check_figures ("وأشار تقرير الشبكة إلى \"مقتل 102 مدني بينهم 22 طفلاً\".", "killed 102 exact; killed 22 exact");
}

static void
test_arabic_glued_and (void)
{
  /* "و58": the "and" glued to a part of the list before it. */
  check_figures ("تسبب القصف بمقتل 285 مدنياً بينهم 97 طفلاً، و58 امرأة.",
                 "killed 285 exact; killed 97 exact; killed 58 exact");
  /* Too far from a figure: a number of something else. */
  check_figures ("تسبب القصف بمقتل 285 مدنياً في البلدة التي شهدت قصفا عنيفا صباح يوم الأحد و58 غارة.", "killed 285 exact");
}

static void
test_arabic_more (void)
{
  /* The tens in words; "وبينهم" a part of the figure before; all over a country. */
  check_figures ("قتل اكثر من عشرين طفلا في قصف على البلدة.", "killed 20 more_than");
  check_figures ("ارتفعت الحصيلة إلى 230 قتيلا، وبينهم حوالي 50 طفلا.", "killed 230 exact; killed 50 about");
  check_figures ("أفادت مصادر المعارضة بسقوط 163 قتيلاً في مختلف أنحاء سوريا.", "killed 163 exact cumulative");
  /* Not a count of people; one town. */
  check_figures ("أطلقت القوات عشرين قذيفة على البلدة.", "");
  check_figures ("أفادت مصادر المعارضة بسقوط 16 قتيلاً في مدينة حلب.", "killed 16 exact");
}

static void
test_sum_breakdown (void)
{
  /* Thousands and the rest glued by "و"; its breakdown in the next sentence adds up to it. */
  check_figures ("ووثق المرصد مقتل 230 ألفا و618 شخصا منذ انطلاقة الثورة.\n\n"
                 "والقتلى هم 230000 مدنيا و618 من المقاتلين.",
                 "killed 230618 exact cumulative; killed 230000 exact cumulative; killed 618 exact cumulative");
  /* Parts that do not add up to it are not its breakdown. */
  check_figures ("ووثق المرصد مقتل 230 ألفا و618 شخصا منذ انطلاقة الثورة.\n\n"
                 "والقتلى هم 12 مدنيا و6 من المقاتلين.",
                 "killed 230618 exact cumulative; killed 12 exact; killed 6 exact");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-figures-tally/month", test_month);
  g_test_add_func ("/sitrep/suggest-figures-tally/perfect", test_perfect);
  g_test_add_func ("/sitrep/suggest-figures-tally/since-compares", test_since_compares);
  g_test_add_func ("/sitrep/suggest-figures-tally/places", test_places);
  g_test_add_func ("/sitrep/suggest-figures-tally/breakdown", test_breakdown);
  g_test_add_func ("/sitrep/suggest-figures-tally/more-and-rates", test_more_and_rates);
  g_test_add_func ("/sitrep/suggest-figures-tally/roundup-towns", test_roundup_towns);
  g_test_add_func ("/sitrep/suggest-figures-tally/recall", test_recall);
  g_test_add_func ("/sitrep/suggest-figures-tally/not-tally", test_not_tally);
  g_test_add_func ("/sitrep/suggest-figures-tally/lists", test_tally_lists);
  g_test_add_func ("/sitrep/suggest-figures-tally/arabic-month", test_arabic_month);
  g_test_add_func ("/sitrep/suggest-figures-tally/arabic-glued-and", test_arabic_glued_and);
  g_test_add_func ("/sitrep/suggest-figures-tally/sum-breakdown", test_sum_breakdown);
  g_test_add_func ("/sitrep/suggest-figures-tally/arabic-more", test_arabic_more);
  return g_test_run ();
}

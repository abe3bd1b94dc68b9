/* test-suggest-figures-wrapped.c — counts the figure readers lost (issue 11, session 37): a sentence
 * hard-wrapped over two lines (wire copy, press releases), where a single newline that only wraps it is a
 * space while a blank line or a new line in capitals still ends it; Arabic "نحو 2000" a count, not a
 * year; "على الأقل" before a count; the missing ("مفقودا"); ranges "من 50 الى 60" and "بين 50 و60" (the
 * low end, `range`); "كوردستان 24" an outlet, not a count; each with cases it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The figures of a text as "kind count qualifier[ cumulative]", in text order. */
#define check_figures sitrep_test_check_figures

static void
test_wrapped_line (void)
{
  check_figures ("Police said at least 12 people had been\nkilled in the blast at the market.", "killed 12 at_least");
  check_figures ("Gunmen who stormed the village killed\nat least 7 civilians on Tuesday, residents said.",
                 "killed 7 at_least");
  check_figures ("Jets that struck the town overnight killed\n15 fighters, a monitor said.", "killed 15 exact");
  check_figures ("A bomb killed two people and wounded\nthree others near the market.", "killed 2 exact; wounded 3 exact");
  check_figures ("A bomb killed two people and wounded\r\nthree others near the market.", "killed 2 exact; wounded 3 exact");
}

static void
test_wrapped_line_ends (void)
{
  /* a blank line, a next line in capitals, a list's number, a colon: each still ends the sentence */
  check_figures ("Rebels said government shelling killed\n\nthree children were among the wounded in the raid.",
                 "wounded 3 exact");
  check_figures ("Troops on the road killed\nThree gunmen were arrested later, police said.", "captured 3 exact");
  check_figures ("Officials said the clashes killed\n2. Four policemen were hurt.", "wounded 4 exact");
  check_figures ("The ministry listed those killed:\nthree soldiers were wounded later.", "wounded 3 exact");
}

static void
test_arabic_about_year (void)
{
  check_figures ("واستشهد نحو 2000 من قوات البيشمركة في المعارك.", "killed 2000 about");
  check_figures ("قتل قرابة 1500 مدني في المعارك.", "killed 1500 up_to");  /* "قرابة", nearly: up to */
  /* four digits after another qualifier or a word of harm, or before a noun of people */
  check_figures ("قتل أكثر من 1500 شخص في المعارك.", "killed 1500 more_than");
  check_figures ("أسفرت الغارات عن مقتل 1200 مدني.", "killed 1200 exact");
  check_figures ("اعتقلت القوات 1100 شخص.", "captured 1100 exact");
  /* a year is still a year, a range of years no count; "about" with no harm is no figure */
  check_figures ("قتل 5 مدنيين في عام 2015.", "killed 5 exact cumulative");
  check_figures ("قتل 7 مدنيين من 2011 الى 2015.", "killed 7 exact");
  check_figures ("قتل 3 مدنيين في 2015.", "killed 3 exact cumulative");
  check_figures ("وصل حوالي 2000 زائر إلى المدينة.", "");
}

static void
test_arabic_at_least_before (void)
{
  check_figures ("قتل على الأقل 9 جنود في الهجوم.", "killed 9 at_least");
  check_figures ("هناك على الأقل 12 مفقودا من عناصر الجيش.", "missing 12 at_least");
  check_figures ("سقط 12 مفقودا في القصف.", "missing 12 exact");
  /* "على" alone before a count says nothing of it */
  check_figures ("سيطرت القوات على 12 قرية وقتل 3 جنود.", "killed 3 exact");
}

static void
test_arabic_range (void)
{
  check_figures ("عثرت القوات على مقبرة جماعية تضم من 50 الى 60 رفات في القرية.", "killed 50 range");
  check_figures ("جرح من 10 إلى 15 مدنيا في القصف.", "wounded 10 range");
  check_figures ("أسفر القصف عن مقتل ما بين 20 و30 شخصا.", "killed 20 range");
  check_figures ("قتل بين 50 و 60 شخصا في القصف.", "killed 50 range");
  /* years and hours are no range of a count */
  check_figures ("قتل 5 مدنيين بين عامي 2011 و2015.", "killed 5 exact");
  check_figures ("استمر القصف من 3 الى 4 ساعات وقتل 6 مدنيين.", "killed 6 exact");
}

static void
test_arabic_outlet_24 (void)
{
  check_figures ("وقال اللواء لكوردستان 24 إن الاسرى عادوا إلى ديارهم.", "");
  check_figures ("وقال مصدر لفرانس 24 إن القصف أدى إلى مقتل 3 مدنيين.", "killed 3 exact");
  /* 24 people, and another number after the name */
  check_figures ("قتل 24 شخصا في كردستان.", "killed 24 exact");
  check_figures ("اعتقلت القوات في كوردستان 25 شخصا.", "captured 25 exact");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-figures-wrapped/wrapped-line", test_wrapped_line);
  g_test_add_func ("/sitrep/suggest-figures-wrapped/wrapped-line-ends", test_wrapped_line_ends);
  g_test_add_func ("/sitrep/suggest-figures-wrapped/arabic-about-year", test_arabic_about_year);
  g_test_add_func ("/sitrep/suggest-figures-wrapped/arabic-at-least-before", test_arabic_at_least_before);
  g_test_add_func ("/sitrep/suggest-figures-wrapped/arabic-range", test_arabic_range);
  g_test_add_func ("/sitrep/suggest-figures-wrapped/arabic-outlet-24", test_arabic_outlet_24);
  return g_test_run ();
}

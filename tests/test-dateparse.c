/* test-dateparse.c — dates written in words and numbers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "sitrep-dateparse.h"
#include "sitrep-dateparse-private.h"

typedef struct
{
  const char          *text;
  gboolean             ok;
  const char          *iso;
  SitrepDatePrecision  precision;
  const char          *note;
} ParseCase;

static const ParseCase parse_cases[] = {
  { "Tuesday 25 August 2020", TRUE, "2020-08-25", SITREP_DATE_PRECISION_DAY, NULL },
  { "25 Aug 2020", TRUE, "2020-08-25", SITREP_DATE_PRECISION_DAY, NULL },
  { "August 25, 2020", TRUE, "2020-08-25", SITREP_DATE_PRECISION_DAY, NULL },
  { "Tuesday, August 25, 2020", TRUE, "2020-08-25", SITREP_DATE_PRECISION_DAY, NULL },
  { "Aug. 25th, 2020", TRUE, "2020-08-25", SITREP_DATE_PRECISION_DAY, NULL },
  { "the 25th of August, 2020", TRUE, "2020-08-25", SITREP_DATE_PRECISION_DAY, NULL },
  { "October 19, 2022", TRUE, "2022-10-19", SITREP_DATE_PRECISION_DAY, NULL },
  { "2022-10-19", TRUE, "2022-10-19", SITREP_DATE_PRECISION_DAY, NULL },
  { "2022/10/19", TRUE, "2022-10-19", SITREP_DATE_PRECISION_DAY, NULL },
  { "2020-08-25T10:00:00+03:00", TRUE, "2020-08-25", SITREP_DATE_PRECISION_DAY, NULL },
  /* late in the day east of UTC: the date as stated, not shifted to UTC */
  { "2020-08-25T01:30:00+03:00", TRUE, "2020-08-25", SITREP_DATE_PRECISION_DAY, NULL },
  { "2020-08-25T23:59:59Z", TRUE, "2020-08-25", SITREP_DATE_PRECISION_DAY, NULL },
  { "2020-08-25 10:00", TRUE, "2020-08-25", SITREP_DATE_PRECISION_DAY, NULL },
  { "Tue, 25 Aug 2020 10:00:00 +0300", TRUE, "2020-08-25", SITREP_DATE_PRECISION_DAY, NULL },
  { "Published: October 19, 2022 at 10:30 am", TRUE, "2022-10-19", SITREP_DATE_PRECISION_DAY, NULL },
  { "Updated 19 October 2022 14:05 GMT", TRUE, "2022-10-19", SITREP_DATE_PRECISION_DAY, NULL },
  { "August 2020", TRUE, "2020-08", SITREP_DATE_PRECISION_MONTH, NULL },
  { "Aug 2020", TRUE, "2020-08", SITREP_DATE_PRECISION_MONTH, NULL },
  { "2020-08", TRUE, "2020-08", SITREP_DATE_PRECISION_MONTH, NULL },
  { "2020", TRUE, "2020", SITREP_DATE_PRECISION_YEAR, NULL },
  { "October 19", TRUE, NULL, SITREP_DATE_PRECISION_UNKNOWN, "19 October (year unknown)" },
  { "19 October", TRUE, NULL, SITREP_DATE_PRECISION_UNKNOWN, "19 October (year unknown)" },
  { "Saturday, 19th October", TRUE, NULL, SITREP_DATE_PRECISION_UNKNOWN, "19 October (year unknown)" },
  { "29 February 2020", TRUE, "2020-02-29", SITREP_DATE_PRECISION_DAY, NULL },
  /* Arabic month names, Egyptian and Levantine, with Arabic-Indic digits */
  { "25 أغسطس 2020", TRUE, "2020-08-25", SITREP_DATE_PRECISION_DAY, NULL },
  { "الثلاثاء ٢٥ آب ٢٠٢٠", TRUE, "2020-08-25", SITREP_DATE_PRECISION_DAY, NULL },
  { "19 تشرين الأول 2022", TRUE, "2022-10-19", SITREP_DATE_PRECISION_DAY, NULL },
  { "كانون الثاني 2021", TRUE, "2021-01", SITREP_DATE_PRECISION_MONTH, NULL },
  /* "the 18th of the month of February", as Arabic reports write it */
  { "18 من شهر شباط 2016", TRUE, "2016-02-18", SITREP_DATE_PRECISION_DAY, NULL },
  { "18 شهر شباط 2016", TRUE, "2016-02-18", SITREP_DATE_PRECISION_DAY, NULL },
  { "١٨ من شهر فبراير", TRUE, NULL, SITREP_DATE_PRECISION_UNKNOWN, "18 February (year unknown)" },
  /* Arabic ordinal days: "the seventeenth of November" */
  { "السابع عشر من تشرين الثاني", TRUE, NULL, SITREP_DATE_PRECISION_UNKNOWN, "17 November (year unknown)" },
  { "الخامس من أيار 2019", TRUE, "2019-05-05", SITREP_DATE_PRECISION_DAY, NULL },
  { "الحادي والعشرين من آذار 2019", TRUE, "2019-03-21", SITREP_DATE_PRECISION_DAY, NULL },
  { "الحادي والثلاثين من كانون الثاني 2020", TRUE, "2020-01-31", SITREP_DATE_PRECISION_DAY, NULL },
  { "العاشر من شهر شباط 2016", TRUE, "2016-02-10", SITREP_DATE_PRECISION_DAY, NULL },
  /* not dates, or not dates that can be read one way */
  { "19/10/2022", FALSE, NULL, 0, NULL },
  { "10/11/2022", FALSE, NULL, 0, NULL },
  { "25.08.2020", FALSE, NULL, 0, NULL },
  { "29 February 2021", FALSE, NULL, 0, NULL },
  { "31 April 2020", FALSE, NULL, 0, NULL },
  { "2020-13-01", FALSE, NULL, 0, NULL },
  { "", FALSE, NULL, 0, NULL },
  { "Support SouthFront", FALSE, NULL, 0, NULL },
  { "9 DAYS LEFT UNTIL THE END OF NOVEMBER", FALSE, NULL, 0, NULL },
  { "The attack took place on August 18, killing two", FALSE, NULL, 0, NULL },
  { "they may 5 times", FALSE, NULL, 0, NULL },
  { "At least 20 terrorists were killed", FALSE, NULL, 0, NULL },
  { "18 من الجنود", FALSE, NULL, 0, NULL },
  { "18 من شهر", FALSE, NULL, 0, NULL },
  { "الحادي من آذار 2019", FALSE, NULL, 0, NULL },
  { "الثلاثين من شباط 2019", FALSE, NULL, 0, NULL },
  { "الفوج الثاني", FALSE, NULL, 0, NULL },
};

static void
test_parse_table (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      const ParseCase *c = &parse_cases[i];
      g_autofree char *iso = NULL;
      g_autofree char *note = NULL;
      SitrepDatePrecision precision = 99;
      gboolean ok;

      g_test_message ("parsing “%s”", c->text);
      ok = sitrep_date_parse (c->text, &iso, &precision, &note);
      g_assert_cmpint (ok, ==, c->ok);
      if (!ok)
        continue;
      g_assert_cmpstr (iso, ==, c->iso);
      g_assert_cmpint (precision, ==, c->precision);
      g_assert_cmpstr (note, ==, c->note);
    }
}

static void
test_find_in_text (void)
{
  SitrepDateMatch m;
  const char *text = "In a statement released on October 17, commander Yegorov said";
  const char *text2 = "The offensive began on 14 October 2022 near Jasim.";
  const char *text3 = "Since March 2019, more than 1,300 fighters have been killed.";

  g_assert_true (sitrep_date_find (text, -1, &m));
  g_assert_cmpint (m.precision, ==, SITREP_DATE_PRECISION_UNKNOWN);
  g_assert_cmpint (m.month, ==, 10);
  g_assert_cmpint (m.day, ==, 17);
  g_assert_cmpint (m.year, ==, 0);
  g_assert_cmpstr (text + m.start, ==, "October 17, commander Yegorov said");

  g_assert_true (sitrep_date_find (text2, -1, &m));
  g_assert_cmpint (m.precision, ==, SITREP_DATE_PRECISION_DAY);
  g_assert_cmpint (m.year, ==, 2022);
  g_assert_cmpint ((int) (m.end - m.start), ==, (int) strlen ("14 October 2022"));

  g_assert_true (sitrep_date_find (text3, -1, &m));
  g_assert_cmpint (m.precision, ==, SITREP_DATE_PRECISION_MONTH);
  g_assert_cmpint (m.year, ==, 2019);
  g_assert_cmpint (m.month, ==, 3);

  /* a year on its own in running text is not a date */
  g_assert_false (sitrep_date_find ("the war in 2011 left 387,000 dead", -1, &m));
  /* "may" is a verb unless written as a name */
  g_assert_false (sitrep_date_find ("forces may 12 times", -1, &m));
  g_assert_true (sitrep_date_find ("on May 12 forces", -1, &m));
  /* … but a month in lower case with its day and year, as an address's words made a title (session 42) */
  g_assert_true (sitrep_date_find ("Ci512 may 21 2018", -1, &m));
  g_assert_cmpint (m.precision, ==, SITREP_DATE_PRECISION_DAY);
  g_assert_cmpint (m.year, ==, 2018);
  g_assert_cmpint (m.month, ==, 5);
  g_assert_cmpint (m.day, ==, 21);
  g_assert_true (sitrep_date_find ("strike 21 march 2018", -1, &m));
  g_assert_cmpint (m.month, ==, 3);
  g_assert_false (sitrep_date_find ("they may 21 others", -1, &m));
  g_assert_false (sitrep_date_find ("the 21 march towards", -1, &m));
}

static void
test_month_names (void)
{
  g_assert_cmpint (sitrep_date_month_from_name ("Sept"), ==, 9);
  g_assert_cmpint (sitrep_date_month_from_name ("DECEMBER"), ==, 12);
  g_assert_cmpint (sitrep_date_month_from_name ("أيلول"), ==, 9);
  g_assert_cmpint (sitrep_date_month_from_name ("يونيه"), ==, 6);
  g_assert_cmpint (sitrep_date_month_from_name ("Monday"), ==, 0);
}

static void
test_hostile_input (void)
{
  g_autoptr(GString) long_text = g_string_new (NULL);
  const char invalid[] = "25 \xff\xfe August \xc3 2020";

  for (int i = 0; i < 100000; i++)
    g_string_append (long_text, "12 - 2020/ ");
  g_assert_false (sitrep_date_parse (long_text->str, NULL, NULL, NULL));
  /* invalid UTF-8 is skipped, not read past */
  g_assert_true (sitrep_date_parse (invalid, NULL, NULL, NULL));
}

typedef struct
{
  const char          *text;
  const char          *published;
  SitrepDatePrecision  published_precision;
  gboolean             ok;
  const char          *start;
  const char          *end;
  const char          *precision;
  gboolean             year_unknown;
} ResolveCase;

#define DAY SITREP_DATE_PRECISION_DAY
#define NO_YEAR SITREP_DATE_PRECISION_UNKNOWN

/* 19 October 2022 was a Wednesday, 22 October 2022 a Saturday. */
static const ResolveCase resolve_cases[] = {
  /* the examples */
  { "on October 14", "2022-10-19", DAY, TRUE, "2022-10-14", "2022-10-14", "day", FALSE },
  { "on Saturday", "2022-10-19", DAY, TRUE, "2022-10-15", "2022-10-15", "day", FALSE },
  { "a week ago", "2022-10-19", DAY, TRUE, "2022-10-12", "2022-10-18", "week", FALSE },
  { "on October 14", "19 October (year unknown)", NO_YEAR, TRUE, "--10-14", "--10-14", "day", TRUE },
  /* weekdays: on or before publication; "last" is strictly before */
  { "on Saturday", "2022-10-22", DAY, TRUE, "2022-10-22", "2022-10-22", "day", FALSE },
  { "last Saturday", "2022-10-22", DAY, TRUE, "2022-10-15", "2022-10-15", "day", FALSE },
  { "Saturday last", "2022-10-19", DAY, TRUE, "2022-10-15", "2022-10-15", "day", FALSE },
  { "on Wednesday", "2022-10-19", DAY, TRUE, "2022-10-19", "2022-10-19", "day", FALSE },
  { "on Thursday", "2022-10-19", DAY, TRUE, "2022-10-13", "2022-10-13", "day", FALSE },
  { "on Saturday night", "2022-10-19", DAY, TRUE, "2022-10-15", "2022-10-15", "day", FALSE },
  { "on Sunday", "2022-01-01", DAY, TRUE, "2021-12-26", "2021-12-26", "day", FALSE },
  { "يوم السبت", "2022-10-19", DAY, TRUE, "2022-10-15", "2022-10-15", "day", FALSE },
  /* a stated date wins over its weekday */
  { "Saturday, 14 October", "2022-10-19", DAY, TRUE, "2022-10-14", "2022-10-14", "day", FALSE },
  /* days back */
  { "today", "2022-10-19", DAY, TRUE, "2022-10-19", "2022-10-19", "day", FALSE },
  { "this morning", "2022-10-19", DAY, TRUE, "2022-10-19", "2022-10-19", "day", FALSE },
  { "yesterday", "2022-10-19", DAY, TRUE, "2022-10-18", "2022-10-18", "day", FALSE },
  { "last night", "2022-10-19", DAY, TRUE, "2022-10-18", "2022-10-18", "day", FALSE },
  { "أمس", "2022-10-19", DAY, TRUE, "2022-10-18", "2022-10-18", "day", FALSE },
  { "the day before yesterday", "2022-10-19", DAY, TRUE, "2022-10-17", "2022-10-17", "day", FALSE },
  { "two days ago", "2022-10-19", DAY, TRUE, "2022-10-17", "2022-10-17", "day", FALSE },
  { "yesterday", "2022-03-01", DAY, TRUE, "2022-02-28", "2022-02-28", "day", FALSE },
  { "yesterday", "2024-03-01", DAY, TRUE, "2024-02-29", "2024-02-29", "day", FALSE },
  { "yesterday", "2022-01-01", DAY, TRUE, "2021-12-31", "2021-12-31", "day", FALSE },
  { "yesterday", "2022-11-01", DAY, TRUE, "2022-10-31", "2022-10-31", "day", FALSE },
  /* weeks */
  { "a week ago", "2022-01-03", DAY, TRUE, "2021-12-27", "2022-01-02", "week", FALSE },
  { "a week ago", "2024-03-03", DAY, TRUE, "2024-02-25", "2024-03-02", "week", FALSE },
  { "three weeks ago", "2022-10-19", DAY, TRUE, "2022-09-28", "2022-10-04", "week", FALSE },
  { "the past week", "2022-10-19", DAY, TRUE, "2022-10-12", "2022-10-18", "week", FALSE },
  { "last week", "2022-10-19", DAY, TRUE, "2022-10-10", "2022-10-16", "week", FALSE },
  { "last week", "2022-01-02", DAY, TRUE, "2021-12-20", "2021-12-26", "week", FALSE },
  { "this week", "2022-10-19", DAY, TRUE, "2022-10-17", "2022-10-19", "week", FALSE },
  /* months and years */
  { "last month", "2022-10-19", DAY, TRUE, "2022-09", "2022-09", "month", FALSE },
  { "last month", "2022-01-05", DAY, TRUE, "2021-12", "2021-12", "month", FALSE },
  { "two months ago", "2022-02-05", DAY, TRUE, "2021-12", "2021-12", "month", FALSE },
  { "this month", "2022-10-19", DAY, TRUE, "2022-10", "2022-10", "month", FALSE },
  { "last year", "2022-10-19", DAY, TRUE, "2021", "2021", "year", FALSE },
  { "in August", "2022-10-19", DAY, TRUE, "2022-08", "2022-08", "month", FALSE },
  { "in December", "2022-10-19", DAY, TRUE, "2021-12", "2021-12", "month", FALSE },
  { "in 2018", "2022-10-19", DAY, TRUE, "2018", "2018", "year", FALSE },
  { "since March 2019", "2022-10-19", DAY, TRUE, "2019-03", NULL, "month", FALSE },
  { "since October 3", "2022-10-19", DAY, TRUE, "2022-10-03", NULL, "day", FALSE },
  /* the day of a month */
  { "on the 13th", "2022-10-19", DAY, TRUE, "2022-10-13", "2022-10-13", "day", FALSE },
  { "on the 13th", "2022-10-05", DAY, TRUE, "2022-09-13", "2022-09-13", "day", FALSE },
  { "on the 19th", "2022-10-19", DAY, TRUE, "2022-10-19", "2022-10-19", "day", FALSE },
  { "on the 31st", "2022-10-05", DAY, TRUE, "2022-08-31", "2022-08-31", "day", FALSE },
  { "on the 13th", "2022-01-05", DAY, TRUE, "2021-12-13", "2021-12-13", "day", FALSE },
  /* parts of a month; one that begins more than a month after publication is last year's,
   * one that begins within a month of it is to come (session 37) */
  { "late August", "2022-10-19", DAY, TRUE, "2022-08-21", "2022-08-31", "range", FALSE },
  { "early October", "2022-10-19", DAY, TRUE, "2022-10-01", "2022-10-10", "range", FALSE },
  { "mid-October", "2022-10-19", DAY, TRUE, "2022-10-11", "2022-10-20", "range", FALSE },
  { "late February", "2024-03-10", DAY, TRUE, "2024-02-21", "2024-02-29", "range", FALSE },
  { "late October", "2022-10-19", DAY, TRUE, "2022-10-21", "2022-10-31", "range", FALSE },
  { "late November", "2022-10-19", DAY, TRUE, "2021-11-21", "2021-11-30", "range", FALSE },
  { "the first week of March", "2022-10-19", DAY, TRUE, "2022-03-01", "2022-03-07", "range", FALSE },
  { "the last week of February", "2024-03-10", DAY, TRUE, "2024-02-23", "2024-02-29", "range", FALSE },
  { "the second half of July", "2022-10-19", DAY, TRUE, "2022-07-16", "2022-07-31", "range", FALSE },
  { "منتصف الشهر الجاري", "2022-10-19", DAY, TRUE, "2022-10-11", "2022-10-20", "range", FALSE },
  { "أواخر الشهر الماضي", "2022-10-19", DAY, TRUE, "2022-09-21", "2022-09-30", "range", FALSE },
  { "late last month", "2022-10-19", DAY, TRUE, "2022-09-21", "2022-09-30", "range", FALSE },
  { "منتصف حزيران", "2022-10-19", DAY, TRUE, "2022-06-11", "2022-06-20", "range", FALSE },
  { "الأسبوع الأول من آذار", "2022-10-19", DAY, TRUE, "2022-03-01", "2022-03-07", "range", FALSE },
  { "منتصف الشهر الجاري", "19 October (year unknown)", NO_YEAR, TRUE, "--10-11", "--10-20", "range", TRUE },
  { "August and September", "2022-10-19", DAY, TRUE, "2022-08-01", "2022-09-30", "range", FALSE },
  { "آب و أيلول", "2022-10-19", DAY, TRUE, "2022-08-01", "2022-09-30", "range", FALSE },
  { "late August 2020", "2022-10-19", DAY, TRUE, "2020-08-21", "2020-08-31", "range", FALSE },
  /* ranges */
  { "between 10 and 12 October", "2022-10-19", DAY, TRUE, "2022-10-10", "2022-10-12", "range", FALSE },
  { "10–12 October", "2022-10-19", DAY, TRUE, "2022-10-10", "2022-10-12", "range", FALSE },
  { "from October 10 to 12", "2022-10-19", DAY, TRUE, "2022-10-10", "2022-10-12", "range", FALSE },
  { "between 28 December and 3 January", "2022-01-10", DAY, TRUE, "2021-12-28", "2022-01-03", "range", FALSE },
  { "between March and May 2019", "2022-10-19", DAY, TRUE, "2019-03-01", "2019-05-31", "range", FALSE },
  /* a day and month more than a month after publication are last year's; within a month
   * of it, to come ("a conference on 29-30 January" in a report of 24 January) */
  { "October 13", "2022-01-19", DAY, TRUE, "2021-10-13", "2021-10-13", "day", FALSE },
  { "October 19", "2022-10-19", DAY, TRUE, "2022-10-19", "2022-10-19", "day", FALSE },
  { "October 20", "2022-10-19", DAY, TRUE, "2022-10-20", "2022-10-20", "day", FALSE },
  { "November 19", "2022-10-19", DAY, TRUE, "2022-11-19", "2022-11-19", "day", FALSE },
  { "November 20", "2022-10-19", DAY, TRUE, "2021-11-20", "2021-11-20", "day", FALSE },
  { "29-30 January", "2018-01-24", DAY, TRUE, "2018-01-29", "2018-01-30", "range", FALSE },
  { "14 October 2022", "2023-01-19", DAY, TRUE, "2022-10-14", "2022-10-14", "day", FALSE },
  /* leap days */
  { "on February 29", "2024-03-10", DAY, TRUE, "2024-02-29", "2024-02-29", "day", FALSE },
  { "on February 29", "2023-03-10", DAY, TRUE, NULL, NULL, "unknown", FALSE },
  { "29 February 2020", NULL, NO_YEAR, TRUE, "2020-02-29", "2020-02-29", "day", FALSE },
  /* publication known only to the month or year: every date it could mean */
  { "yesterday", "2022-10", SITREP_DATE_PRECISION_MONTH, TRUE, "2022-09-30", "2022-10-30", "range", FALSE },
  { "last month", "2022-10", SITREP_DATE_PRECISION_MONTH, TRUE, "2022-09", "2022-09", "month", FALSE },
  { "last year", "2022", SITREP_DATE_PRECISION_YEAR, TRUE, "2021", "2021", "year", FALSE },
  /* a precision of DAY on a date that says less is read as what it says */
  { "yesterday", "2022-10-19", SITREP_DATE_PRECISION_MONTH, TRUE, "2022-09-30", "2022-10-30", "range", FALSE },
  /* no publication year: month and day kept, year flagged, never guessed */
  { "yesterday", "19 October (year unknown)", NO_YEAR, TRUE, "--10-18", "--10-18", "day", TRUE },
  { "a week ago", "19 October (year unknown)", NO_YEAR, TRUE, "--10-12", "--10-18", "week", TRUE },
  { "a week ago", "3 January (year unknown)", NO_YEAR, TRUE, "--12-27", "--01-02", "week", TRUE },
  { "last month", "19 October (year unknown)", NO_YEAR, TRUE, "--09", "--09", "month", TRUE },
  { "on the 13th", "19 October (year unknown)", NO_YEAR, TRUE, "--10-13", "--10-13", "day", TRUE },
  { "October 25", "19 October (year unknown)", NO_YEAR, TRUE, "--10-25", "--10-25", "day", TRUE },
  { "late August", "19 October (year unknown)", NO_YEAR, TRUE, "--08-21", "--08-31", "range", TRUE },
  /* the year is all the publication date gives a weekday: without it, nothing */
  { "on Saturday", "19 October (year unknown)", NO_YEAR, TRUE, NULL, NULL, "unknown", TRUE },
  /* 1 March: the day before is 28 or 29 February, depending on the year */
  { "yesterday", "1 March (year unknown)", NO_YEAR, TRUE, NULL, NULL, "unknown", TRUE },
  { "last year", "19 October (year unknown)", NO_YEAR, TRUE, NULL, NULL, "unknown", TRUE },
  /* a precision of UNKNOWN wins over a year in the text */
  { "yesterday", "2022-10-19", NO_YEAR, TRUE, "--10-18", "--10-18", "day", TRUE },
  /* no publication date at all */
  { "October 14", NULL, NO_YEAR, TRUE, "--10-14", "--10-14", "day", TRUE },
  { "in August", NULL, NO_YEAR, TRUE, "--08", "--08", "month", TRUE },
  { "yesterday", NULL, NO_YEAR, TRUE, NULL, NULL, "unknown", TRUE },
  { "in 2018", NULL, NO_YEAR, TRUE, "2018", "2018", "year", FALSE },
  { "since March 2019", NULL, NO_YEAR, TRUE, "2019-03", NULL, "month", FALSE },
  /* Arabic relative days: yesterday, the day before it, last Tuesday */
  { "أمس", "2018-02-20", DAY, TRUE, "2018-02-19", "2018-02-19", "day", FALSE },
  { "بالأمس", "2018-02-20", DAY, TRUE, "2018-02-19", "2018-02-19", "day", FALSE },
  { "أمس الأول", "2018-02-20", DAY, TRUE, "2018-02-18", "2018-02-18", "day", FALSE },
  { "أول من أمس", "2018-03-01", DAY, TRUE, "2018-02-27", "2018-02-27", "day", FALSE },
  { "يوم الثلاثاء الماضي", "2018-02-20", DAY, TRUE, "2018-02-13", "2018-02-13", "day", FALSE },
  { "الثلاثاء", "2018-02-20", DAY, TRUE, "2018-02-20", "2018-02-20", "day", FALSE },
  { "الجمعة الفائتة", "2018-02-20", DAY, TRUE, "2018-02-16", "2018-02-16", "day", FALSE },
  /* a day of this or last month */
  { "4 من الشهر الجاري", "2018-02-20", DAY, TRUE, "2018-02-04", "2018-02-04", "day", FALSE },
  { "الرابع من الشهر الحالي", "2018-02-20", DAY, TRUE, "2018-02-04", "2018-02-04", "day", FALSE },
  { "الحادي عشر من الشهر الماضي", "2018-01-05", DAY, TRUE, "2017-12-11", "2017-12-11", "day", FALSE },
  { "the 28th of last month", "2016-03-06", DAY, TRUE, "2016-02-28", "2016-02-28", "day", FALSE },
  { "the 4th of this month", "2016-10-06", DAY, TRUE, "2016-10-04", "2016-10-04", "day", FALSE },
  { "31 من الشهر الماضي", "2018-03-05", DAY, TRUE, NULL, NULL, "unknown", FALSE },
  /* the Levantine months without their article, and "الـ" glued to the day */
  { "4 تشرين ثاني", "2016-12-06", DAY, TRUE, "2016-11-04", "2016-11-04", "day", FALSE },
  { "4 كانون اول", "2016-12-06", DAY, TRUE, "2016-12-04", "2016-12-04", "day", FALSE },
  { "الـ4 من تشرين الأول", "2016-10-06", DAY, TRUE, "2016-10-04", "2016-10-04", "day", FALSE },
  /* a range after a month's name */
  { "March 3-5", "2016-10-06", DAY, TRUE, "2016-03-03", "2016-03-05", "range", FALSE },
  { "Oct. 4–5, 2015", "2016-10-06", DAY, TRUE, "2015-10-04", "2015-10-05", "range", FALSE },
  { "9-10 March", "2016-10-06", DAY, TRUE, "2016-03-09", "2016-03-10", "range", FALSE },
  /* not dates */
  { "4 من الشهر", "2018-02-20", DAY, FALSE, NULL, NULL, NULL, FALSE },
  { "الشهر الجاري", "2018-02-20", DAY, FALSE, NULL, NULL, NULL, FALSE },
  { "4 تشرين", "2018-02-20", DAY, FALSE, NULL, NULL, NULL, FALSE },
  { "March 3 - police", "2016-10-06", DAY, FALSE, NULL, NULL, NULL, FALSE },
  { "the attack", "2022-10-19", DAY, FALSE, NULL, NULL, NULL, FALSE },
  { "20 killed", "2022-10-19", DAY, FALSE, NULL, NULL, NULL, FALSE },
  { "last", "2022-10-19", DAY, FALSE, NULL, NULL, NULL, FALSE },
  { "Saturday's attack on Jasim", "2022-10-19", DAY, FALSE, NULL, NULL, NULL, FALSE },
  { "", "2022-10-19", DAY, FALSE, NULL, NULL, NULL, FALSE },
};

#undef DAY
#undef NO_YEAR

static void
test_resolve_table (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (resolve_cases); i++)
    {
      const ResolveCase *c = &resolve_cases[i];
      g_auto(SitrepResolvedDate) r = { 0 };
      gboolean ok;

      g_test_message ("resolving “%s” published %s", c->text, c->published);
      ok = sitrep_date_resolve (c->text, c->published, c->published_precision, &r);
      g_assert_cmpint (ok, ==, c->ok);
      g_assert_cmpstr (r.text, ==, c->text);
      if (!ok)
        continue;
      g_assert_cmpstr (r.start, ==, c->start);
      g_assert_cmpstr (r.end, ==, c->end);
      g_assert_cmpstr (sitrep_span_precision_to_string (r.precision), ==, c->precision);
      g_assert_cmpint (r.year_unknown, ==, c->year_unknown);
      g_assert_cmpint (r.open_end, ==, g_str_has_prefix (c->text, "since"));
      g_assert_nonnull (r.explanation);
    }
}

/* A range running into the next year ends at most a month after the
 * report; before, "from 10 October to 6 September" in a report of 19 October
 * 2022 ended in September 2023. */
static void
test_range_into_next_year (void)
{
  static const char * const months[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  };
  static const struct { const char *text, *published, *start, *end; } cases[] = {
    { "between 10 October and 6 September", "2022-10-19", "2021-10-10", "2022-09-06" },
    { "from 1 November to 30 October", "2022-10-19", "2021-11-01", "2022-10-30" },
    /* still going on when reported */
    { "from 28 December to 3 January", "2021-12-30", "2021-12-28", "2022-01-03" },
    { "from 28 December to 3 January", "2022-01-10", "2021-12-28", "2022-01-03" },
    /* years stated: as written */
    { "from 10 October 2022 to 6 September 2023", "2022-10-19", "2022-10-10", "2023-09-06" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(SitrepResolvedDate) r = { 0 };

      g_test_message ("%s, published %s", cases[i].text, cases[i].published);
      g_assert_true (sitrep_date_resolve (cases[i].text, cases[i].published, SITREP_DATE_PRECISION_DAY, &r));
      g_assert_cmpstr (r.start, ==, cases[i].start);
      g_assert_cmpstr (r.end, ==, cases[i].end);
    }

  /* every reversed pair of months, published on every tenth day of a year */
  for (guint day = 1; day <= 365; day += 10)
    {
      g_autoptr(GDate) published = g_date_new_dmy (1, 1, 2022);
      char pub[16];

      g_date_add_days (published, day - 1);
      g_date_strftime (pub, sizeof pub, "%Y-%m-%d", published);
      for (guint m1 = 1; m1 < 12; m1++)
        for (guint m2 = 0; m2 < m1; m2++)
          {
            g_autofree char *text = g_strdup_printf ("from 10 %s to 6 %s", months[m1], months[m2]);
            g_auto(SitrepResolvedDate) r = { 0 };
            g_autoptr(GDate) latest = g_date_copy (published);
            GDate start, end;

            g_assert_true (sitrep_date_resolve (text, pub, SITREP_DATE_PRECISION_DAY, &r));
            g_assert_nonnull (r.start);
            g_assert_nonnull (r.end);
            g_date_set_parse (&start, r.start);
            g_date_set_parse (&end, r.end);
            g_date_add_days (latest, 31);
            /* both ends at most a month after the report (a start within it is to come) */
            if (g_date_compare (&start, latest) > 0 || g_date_compare (&end, latest) > 0)
              g_error ("“%s” published %s: %s – %s", text, pub, r.start, r.end);
          }
    }
}

/* The same publication date read with another precision, another date in
 * between, and back: each resolution against the publication it was given
 * (the publication's reading is kept per thread while it stays the same). */
static void
test_resolve_publication_changes (void)
{
  static const struct
  {
    const char          *published;
    SitrepDatePrecision  precision;
    const char          *start;
    const char          *end;
  } cases[] = {
    { "2022-10-19", SITREP_DATE_PRECISION_DAY, "2022-10-15", "2022-10-15" },
    { "2022-10-19", SITREP_DATE_PRECISION_MONTH, "2022-10-01", "2022-10-29" },
    { "2022-10-19", SITREP_DATE_PRECISION_DAY, "2022-10-15", "2022-10-15" },
    { "2021-03-03", SITREP_DATE_PRECISION_DAY, "2021-02-27", "2021-02-27" },
    { "19 October 2022", SITREP_DATE_PRECISION_DAY, "2022-10-15", "2022-10-15" },
    { "2022-10-19", SITREP_DATE_PRECISION_DAY, "2022-10-15", "2022-10-15" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(SitrepResolvedDate) r = { 0 };

      g_assert_true (sitrep_date_resolve ("on Saturday", cases[i].published, cases[i].precision, &r));
      g_assert_cmpstr (r.start, ==, cases[i].start);
      g_assert_cmpstr (r.end, ==, cases[i].end);
    }
}

/* Days of the year written as ISO dates, however they were stated. */
static void
test_resolve_iso_days (void)
{
  static const char * const texts[][2] = {
    { "3 January 2021", "2021-01-03" }, { "December 31, 1999", "1999-12-31" },
    { "2010-07-09", "2010-07-09" }, { "OCTOBER 5TH, 2022", "2022-10-05" }, { "Sept. 1 2019", "2019-09-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_auto(SitrepResolvedDate) r = { 0 };

      g_assert_true (sitrep_date_resolve (texts[i][0], "2022-10-19", SITREP_DATE_PRECISION_DAY, &r));
      g_assert_cmpstr (r.start, ==, texts[i][1]);
      g_assert_cmpstr (r.end, ==, texts[i][1]);
    }
}

static void
test_resolve_explanation (void)
{
  g_auto(SitrepResolvedDate) r = { 0 };

  g_assert_true (sitrep_date_resolve ("on Saturday", "2022-10-19", SITREP_DATE_PRECISION_DAY, &r));
  g_assert_cmpstr (r.explanation, ==, "the Saturday before 19 October 2022");
  sitrep_resolved_date_clear (&r);

  g_assert_true (sitrep_date_resolve ("on Saturday", "2022-10-22", SITREP_DATE_PRECISION_DAY, &r));
  g_assert_cmpstr (r.explanation, ==, "the publication day, 22 October 2022, itself a Saturday");
  sitrep_resolved_date_clear (&r);

  g_assert_true (sitrep_date_resolve ("October 13", "2022-01-19", SITREP_DATE_PRECISION_DAY, &r));
  g_assert_nonnull (strstr (r.explanation, "year before publication"));
  sitrep_resolved_date_clear (&r);

  g_assert_true (sitrep_date_resolve ("yesterday", "19 October (year unknown)",
                                      SITREP_DATE_PRECISION_UNKNOWN, &r));
  g_assert_cmpstr (r.explanation, ==, "the day before 19 October (year unknown)");
}

static void
test_resolve_json (void)
{
  g_auto(SitrepResolvedDate) r = { 0 };
  g_autofree char *day = NULL;
  g_autofree char *week = NULL;
  g_autofree char *since = NULL;
  g_autofree char *unknown = NULL;

  g_assert_true (sitrep_date_resolve ("on October 14", "2022-10-19", SITREP_DATE_PRECISION_DAY, &r));
  day = sitrep_resolved_date_to_attributes_json (&r);
  g_assert_cmpstr (day, ==,
                   "{\"date\":\"2022-10-14\",\"precision\":\"day\",\"year_unknown\":false,"
                   "\"text\":\"on October 14\"}");
  sitrep_resolved_date_clear (&r);

  g_assert_true (sitrep_date_resolve ("a week ago", "2022-01-03", SITREP_DATE_PRECISION_DAY, &r));
  week = sitrep_resolved_date_to_attributes_json (&r);
  g_assert_cmpstr (week, ==,
                   "{\"date\":\"2021-12-27\",\"date_end\":\"2022-01-02\",\"precision\":\"week\","
                   "\"year_unknown\":false,\"text\":\"a week ago\"}");
  sitrep_resolved_date_clear (&r);

  g_assert_true (sitrep_date_resolve ("since March 2019", NULL, SITREP_DATE_PRECISION_UNKNOWN, &r));
  since = sitrep_resolved_date_to_attributes_json (&r);
  g_assert_cmpstr (since, ==,
                   "{\"date\":\"2019-03\",\"precision\":\"month\",\"year_unknown\":false,"
                   "\"open_end\":true,\"text\":\"since March 2019\"}");
  sitrep_resolved_date_clear (&r);

  g_assert_true (sitrep_date_resolve ("yesterday", NULL, SITREP_DATE_PRECISION_UNKNOWN, &r));
  unknown = sitrep_resolved_date_to_attributes_json (&r);
  g_assert_cmpstr (unknown, ==,
                   "{\"date\":null,\"precision\":\"unknown\",\"year_unknown\":true,"
                   "\"text\":\"yesterday\"}");
}

static void
test_resolve_hostile (void)
{
  g_autoptr(GString) long_text = g_string_new ("between ");
  g_auto(SitrepResolvedDate) r = { 0 };
  const char invalid[] = "on \xff\xfe Saturday \xc3";

  for (int i = 0; i < 50000; i++)
    g_string_append (long_text, "10 and ");
  g_assert_false (sitrep_date_resolve (long_text->str, "2022-10-19", SITREP_DATE_PRECISION_DAY, &r));
  sitrep_resolved_date_clear (&r);
  g_assert_true (sitrep_date_resolve (invalid, "2022-10-19", SITREP_DATE_PRECISION_DAY, &r));
  g_assert_cmpstr (r.start, ==, "2022-10-15");
  sitrep_resolved_date_clear (&r);
  /* a publication date that is not one is no publication date */
  g_assert_true (sitrep_date_resolve ("yesterday", "soon", SITREP_DATE_PRECISION_DAY, &r));
  g_assert_cmpint (r.precision, ==, SITREP_SPAN_PRECISION_UNKNOWN);
  sitrep_resolved_date_clear (&r);
  /* the first years GDate knows */
  g_assert_true (sitrep_date_resolve ("three weeks ago", "1000-01-02", SITREP_DATE_PRECISION_DAY, &r));
  g_assert_cmpstr (r.start, ==, "0999-12-12");
}

/* Dates in web addresses: how news sites file their pages. */
static void
test_url_dates (void)
{
  static const struct
  {
    const char          *url;
    const char          *iso;   /* NULL: no date */
    SitrepDatePrecision  precision;
  } cases[] = {
    { "https://www.state.gov/secretary/remarks/2016/12/264967.htm", "2016-12", SITREP_DATE_PRECISION_MONTH },
    { "https://www.state.gov/r/pa/prs/ps/2015/09/247470.htm", "2015-09", SITREP_DATE_PRECISION_MONTH },
    { "https://news.example/2016/12/05/airstrikes-near-raqqa", "2016-12-05", SITREP_DATE_PRECISION_DAY },
    { "https://news.example/world/2016/12/05/", "2016-12-05", SITREP_DATE_PRECISION_DAY },
    { "https://news.example/2016/7/4/story", "2016-07-04", SITREP_DATE_PRECISION_DAY },
    { "https://news.example/2016/12/", "2016-12", SITREP_DATE_PRECISION_MONTH },
    { "https://news.example/2020/02/29/leap-day", "2020-02-29", SITREP_DATE_PRECISION_DAY },
    { "www.state.gov/r/pa/prs/ps/2016/10/263174.htm", "2016-10", SITREP_DATE_PRECISION_MONTH },
    /* a query or a fragment is not the path */
    { "https://news.example/2016/12/story?page=2", "2016-12", SITREP_DATE_PRECISION_MONTH },
    /* a blog's address dates its repost, not the report (session 41) */
    { "http://midasbanter.blogspot.com/2012/06/iraq-parliament-bomb-planners-sentenced.html", NULL, 0 },
    { "https://example.blogspot.co.uk/2022/02/story.html", NULL, 0 },
    { "https://monitor.wordpress.com/2018/10/29/story/", NULL, 0 },
    { "https://news.example/blogspot/2016/12/05/story", "2016-12-05", SITREP_DATE_PRECISION_DAY },
    { "https://news.example/story?from=/2016/12/", NULL, 0 },
    { "https://news.example/story#/2016/12/", NULL, 0 },
    /* not plausible: before 1990, a month 13, a day the month does not have */
    { "https://news.example/1850/13/", NULL, 0 },
    { "https://news.example/1850/12/story", NULL, 0 },
    { "https://news.example/2016/13/story", NULL, 0 },
    { "https://news.example/2016/00/story", NULL, 0 },
    { "https://news.example/2016/02/30/", NULL, 0 },
    { "https://news.example/2017/02/29/story", NULL, 0 },
    { "https://news.example/2016/04/31/story", NULL, 0 },
    { "https://news.example/9999/01/story", NULL, 0 },
    /* no date: ids, a host that looks like one, numbers run together */
    { "http://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/1044663/january-9-military-airstrikes/", NULL, 0 },
    { "https://2016.example/12/story", NULL, 0 },
    { "https://news.example/20161205/story", NULL, 0 },
    { "https://news.example/2016-12-05/story", NULL, 0 },
    { "https://news.example/2016/story", NULL, 0 },
    { "https://news.example/", NULL, 0 },
    { "https://news.example", NULL, 0 },
    { "", NULL, 0 },
    { "/", NULL, 0 },
    { "//", NULL, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = NULL;
      SitrepDatePrecision precision = SITREP_DATE_PRECISION_UNKNOWN;
      gboolean ok = sitrep_date_parse_url (cases[i].url, &iso, &precision);

      g_test_message ("%s", cases[i].url);
      g_assert_cmpint (ok, ==, cases[i].iso != NULL);
      g_assert_cmpstr (iso, ==, cases[i].iso);
      if (ok)
        g_assert_cmpint (precision, ==, cases[i].precision);
    }

  /* This year is plausible, next year is not. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
    g_autofree char *this_year = g_strdup_printf ("https://news.example/%d/01/story", g_date_time_get_year (now));
    g_autofree char *next_year = g_strdup_printf ("https://news.example/%d/01/story", g_date_time_get_year (now) + 1);

    g_assert_true (sitrep_date_parse_url (this_year, NULL, NULL));
    g_assert_false (sitrep_date_parse_url (next_year, NULL, NULL));
  }
}

/* The date reader's words, ASCII ones cut from one block and the others
 * folded alone, each as fold_word () gives it: lower case, Arabic letters
 * unified; a word glued to a number or a mark stays its own word. */
static void
test_tokenize_words (void)
{
  static const char text[] = "On MONDAY, 3 March2020 \xd9\x81\xd9\x8a Aleppo's \xd8\xa2\xd8\xb0\xd8\xa7\xd8\xb1 x-Ray 25th Z";
  static const char * const expected[] = {
    "on", "monday", NULL, NULL, "march", NULL, "\xd9\x81\xd9\x8a", "aleppo", NULL, "s",
    "\xd8\xa7\xd8\xb0\xd8\xa7\xd8\xb1", "x", NULL, "ray", NULL, "z",
  };
  g_autoptr(GArray) tokens = _sitrep_date_tokenize (text, strlen (text));

  g_assert_cmpuint (tokens->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < tokens->len; i++)
    {
      const Token *t = &g_array_index (tokens, Token, i);

      g_assert_cmpint (t->kind == TOK_WORD, ==, expected[i] != NULL);
      if (expected[i] != NULL)
        g_assert_cmpstr (t->word, ==, expected[i]);
    }
  /* A window ending inside a word: the word ends with it. */
  g_clear_pointer (&tokens, g_array_unref);
  tokens = _sitrep_date_tokenize ("ab CDE", 5);
  g_assert_cmpuint (tokens->len, ==, 2);
  g_assert_cmpstr (g_array_index (tokens, Token, 1).word, ==, "cd");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/dateparse/table", test_parse_table);
  g_test_add_func ("/sitrep/dateparse/find-in-text", test_find_in_text);
  g_test_add_func ("/sitrep/dateparse/month-names", test_month_names);
  g_test_add_func ("/sitrep/dateparse/hostile-input", test_hostile_input);
  g_test_add_func ("/sitrep/dateparse/resolve-table", test_resolve_table);
  g_test_add_func ("/sitrep/dateparse/resolve-explanation", test_resolve_explanation);
  g_test_add_func ("/sitrep/dateparse/resolve/publication-changes", test_resolve_publication_changes);
  g_test_add_func ("/sitrep/dateparse/resolve/iso-days", test_resolve_iso_days);
  g_test_add_func ("/sitrep/dateparse/range-into-next-year", test_range_into_next_year);
  g_test_add_func ("/sitrep/dateparse/resolve-json", test_resolve_json);
  g_test_add_func ("/sitrep/dateparse/resolve-hostile", test_resolve_hostile);
  g_test_add_func ("/sitrep/dateparse/url-dates", test_url_dates);
  g_test_add_func ("/sitrep/dateparse/tokenize-words", test_tokenize_words);

  return g_test_run ();
}

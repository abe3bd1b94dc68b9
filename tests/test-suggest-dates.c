/* test-suggest-dates.c — the dates the suggester proposes: Arabic relative days, days of this or last month,
 * ranges of days; each rule with a case it must take and one it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-annotation-format.h"
#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The date proposed over exactly @text, checked to start on @start (and end
 * on @end when not NULL). */
static void
check_date (const char *text,
            const char *published,
            const char *span,
            const char *start,
            const char *end)
{
  g_autoptr(SitrepSuggestResult) r = sitrep_test_suggest (text, published);
  const SitrepSuggestion *d = sitrep_test_find_suggestion (r, SITREP_SUGGEST_DATE, span);

  g_test_message ("%s: %s", text, span);
  g_assert_nonnull (d);
  g_assert_cmpstr (d->date_start, ==, start);
  if (end != NULL)
    g_assert_cmpstr (d->date_end, ==, end);
}

static guint
count_dates (SitrepSuggestResult *r)
{
  guint n = 0;

  for (guint i = 0; i < r->suggestions->len; i++)
    n += ((const SitrepSuggestion *) r->suggestions->pdata[i])->kind == SITREP_SUGGEST_DATE;
  return n;
}

static void
test_arabic_relative (void)
{
  g_autoptr(SitrepSuggestResult) none = sitrep_test_suggest ("قال الأمين العام إن الاجتماع كان مثمرا.", "2018-02-20");

  check_date ("قتل خمسة أشخاص أمس في الموصل.", "2018-02-20", "أمس", "2018-02-19", NULL);
  check_date ("وقتل اثنان أمس الأول في الموصل.", "2018-02-20", "أمس الأول", "2018-02-18", NULL);
  check_date ("وقتل ثلاثة أول من أمس في الموصل.", "2018-02-20", "أول من أمس", "2018-02-18", NULL);
  check_date ("قتل خمسة أشخاص يوم الثلاثاء الماضي في الموصل.", "2018-02-20", "يوم الثلاثاء الماضي",
              "2018-02-13", NULL);
  check_date ("قتل خمسة أشخاص الخميس في الموصل.", "2018-02-20", "الخميس", "2018-02-15", NULL);
  /* "الأمين" holds "أمس"'s letters but is no day */
  g_assert_cmpuint (count_dates (none), ==, 0);
  /* a month's other name after a slash is no second date, nor is "اليوم" today: "اليوم
   * التالي" is the day after the date named before it (session 36) */
  {
    g_autoptr(SitrepSuggestResult) r =
      sitrep_test_suggest ("وفي السابع عشر من تشرين الثاني/نوفمبر، وفي اليوم التالي، قتل جنديان.", "2018-02-20");

    g_assert_cmpuint (count_dates (r), ==, 2);
    check_date ("وفي السابع عشر من تشرين الثاني/نوفمبر، وفي اليوم التالي، قتل جنديان.", "2018-02-20",
                "اليوم التالي", "2017-11-18", NULL);
  }
}

static void
test_day_of_relative_month (void)
{
  g_autoptr(SitrepSuggestResult) r = sitrep_test_suggest ("قتل في 4 من الشهر ثلاثة.", "2018-02-20");

  check_date ("قتل في 4 من الشهر الجاري ثلاثة.", "2018-02-20", "4 من الشهر الجاري", "2018-02-04", NULL);
  check_date ("قتل في الحادي عشر من الشهر الماضي ثلاثة.", "2018-02-20", "الحادي عشر من الشهر الماضي",
              "2018-01-11", NULL);
  check_date ("Three were killed on the 28th of last month.", "2016-03-06", "28th of last month", "2016-02-28", NULL);
  /* "the month" alone says which month it is not */
  g_assert_cmpuint (count_dates (r), ==, 0);
}

static void
test_levantine_months_bare (void)
{
  g_autoptr(SitrepSuggestResult) r = sitrep_test_suggest ("وصل 4 تشرين إلى البلدة.", "2016-12-06");

  check_date ("قتل في 4 تشرين ثاني جنديان.", "2016-12-06", "4 تشرين ثاني", "2016-11-04", NULL);
  check_date ("قتل في الـ4 من تشرين الأول جنديان.", "2016-12-06", "الـ4 من تشرين الأول", "2016-10-04", NULL);
  g_assert_cmpuint (count_dates (r), ==, 0);
}

static void
test_english_relative (void)
{
  g_autoptr(SitrepSuggestResult) r = sitrep_test_suggest ("It was the last night of the festival.", "2016-10-06");

  check_date ("A bomb exploded last night in Baghdad.", "2016-10-06", "last night", "2016-10-05", NULL);
  check_date ("The day before yesterday, a car bomb killed 9.", "2016-10-06", "day before yesterday", "2016-10-04",
              NULL);
  /* "the last night of …" is no day before publication */
  g_assert_null (sitrep_test_find_suggestion (r, SITREP_SUGGEST_DATE, "last night"));
}

static void
test_ranges (void)
{
  g_autoptr(SitrepSuggestResult) two = sitrep_test_suggest ("ISIS claimed 10 attacks from June 30 to July 6, killing 16 people.",
                                                            "2022-07-14");
  g_autoptr(SitrepSuggestResult) toll = sitrep_test_suggest ("The toll rose to 7-10 on October 4.", "2016-10-06");

  check_date ("Clashes between 3 and 5 May killed 10 fighters.", "2016-10-06", "between 3 and 5 May", "2016-05-03",
              "2016-05-05");
  check_date ("Clashes on 3-5 October killed 10 fighters.", "2016-10-06", "3-5 October", "2016-10-03", "2016-10-05");
  check_date ("Raids on the night of 9-10 March killed 4.", "2016-10-06", "9-10 March", "2016-03-09", "2016-03-10");
  check_date ("Raids on March 3-5 killed 4.", "2016-10-06", "March 3-5", "2016-03-03", "2016-03-05");
  check_date ("Raids on the night of 3 to 4 May killed 4.", "2016-10-06", "3 to 4 May", "2016-05-03", "2016-05-04");
  check_date ("Raids on Oct. 4–5, 2015 killed 4.", "2016-10-06", "Oct. 4–5, 2015", "2015-10-04", "2015-10-05");
  /* both ends with their month are two dates */
  g_assert_nonnull (sitrep_test_find_suggestion (two, SITREP_SUGGEST_DATE, "June 30"));
  g_assert_cmpstr (sitrep_test_find_suggestion (two, SITREP_SUGGEST_DATE, "July 6")->date_start, ==, "2022-07-06");
  /* a range of figures before a date is no range of days */
  g_assert_cmpstr (sitrep_test_find_suggestion (toll, SITREP_SUGGEST_DATE, "October 4")->date_start, ==, "2016-10-04");
  g_assert_cmpuint (count_dates (toll), ==, 1);
  /* "from 3 to 4" of a toll, then a date: the date alone */
  {
    g_autoptr(SitrepSuggestResult) rose = sitrep_test_suggest ("The toll rose from 3 to 4 on 5 May.", "2016-10-06");

    g_assert_cmpstr (sitrep_test_find_suggestion (rose, SITREP_SUGGEST_DATE, "5 May")->date_start, ==, "2016-05-05");
    g_assert_cmpuint (count_dates (rose), ==, 1);
  }
}

/* Dates in numbers: day or month first by what cannot be, by the
 * publication date, by the text's own habit; not a fraction, a score or a
 * longer code. */
static void
test_numeric (void)
{
  /* 13 is no month: day first */
  check_date ("Four people were killed on 13/05/2024 in Idlib.", NULL, "13/05/2024", "2024-05-13", NULL);
  /* 25 is no month: month first */
  check_date ("The strike on 10/25/2016 killed two.", NULL, "10/25/2016", "2016-10-25", NULL);
  /* two readings: day first, as the region's sources and Arabic write it */
  check_date ("Clashes broke out on 5-11-2016.", NULL, "5-11-2016", "2016-11-05", NULL);
  check_date ("قتل خمسة أشخاص في ٢-١٠-٢٠١٦ في الموصل.", NULL, "٢-١٠-٢٠١٦", "2016-10-02", NULL);
  check_date ("The attack of 13.05.2024 killed four.", NULL, "13.05.2024", "2024-05-13", NULL);
  check_date ("The attack of 2024/05/11 killed four.", NULL, "2024/05/11", "2024-05-11", NULL);
  /* two readings, one after the publication: the other */
  check_date ("The attack on 05/11/2024 killed four.", "2024-05-12", "05/11/2024", "2024-05-11", NULL);
  /* two readings, and the text writes its months first elsewhere */
  check_date ("On 10/25/2016 and again on 11/05/2016 the town was shelled.", NULL, "11/05/2016", "2016-11-05",
              NULL);
  {
    g_autoptr(SitrepSuggestResult) r =
      sitrep_test_suggest ("The score was 3/4 and the code 12/05/2024/7; 31/31/2024 is none; 2.5 km away.", NULL);

    g_assert_cmpuint (count_dates (r), ==, 0);
  }
}

/* "June16": a month's name with its day glued on; not a word that only
 * starts as one, a year glued on, nor a day 0. */
static void
test_glued_day (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Mayor12 met Marc16 and the June2023 team; June0 is none.", "2023-07-01");

  check_date ("On June16, the SDF arrested 17 people.", "2023-07-01", "June16", "2023-06-16", NULL);
  check_date ("Clashes on Sept3 killed two.", "2023-07-01", "Sept3", "2022-09-03", NULL);
  g_assert_cmpuint (count_dates (r), ==, 0);
}

/* The date of @span in @text, read with @title and without a publication
 * date unless @published. */
static const SitrepSuggestion *
titled_date (SitrepSuggestResult **out,
             const char           *title,
             const char           *text,
             const char           *published,
             const char           *span)
{
  g_autoptr(SitrepSuggester) suggester = sitrep_suggester_new (NULL, NULL);
  const SitrepSuggestion *d;

  sitrep_suggester_set_title (suggester, title);
  *out = sitrep_suggester_run (suggester, text, published,
                               published != NULL ? SITREP_DATE_PRECISION_DAY : SITREP_DATE_PRECISION_UNKNOWN, NULL);
  d = sitrep_test_find_suggestion (*out, SITREP_SUGGEST_DATE, span);
  g_test_message ("%s | %s: %s", title, text, span);
  g_assert_nonnull (d);
  return d;
}

/* A report without a publication date that dates itself in its title or
 * dateline gives its year-less dates that date's year (the nearest year);
 * the year says where it came from. */
static void
test_year_from_own_date (void)
{
  g_autoptr(SitrepSuggestResult) r1 = NULL, r2 = NULL, r3 = NULL, r4 = NULL, r5 = NULL, r6 = NULL;
  const SitrepSuggestion *d;

  d = titled_date (&r1, "CI686 May 4, 2017", "Eleven civilians died in an airstrike on 4 May.", NULL, "4 May");
  g_assert_cmpstr (d->date_start, ==, "2017-05-04");
  g_assert_false (d->year_unknown);
  g_assert_cmpstr (d->year_from, ==, "title");
  /* and the review shows where the year came from */
  {
    g_autofree char *attributes = sitrep_suggestion_to_attributes (d);
    g_autofree char *shown = sitrep_annotation_dup_attributes_text (attributes);

    g_assert_cmpstr (shown, ==, "2017-05-04 · year from the title");
  }
  /* the nearest year: December before a January title */
  d = titled_date (&r2, "Idlib strikes, 5 January 2016", "The strike of 28 December killed four.", NULL, "28 December");
  g_assert_cmpstr (d->date_start, ==, "2015-12-28");
  /* a month and year */
  d = titled_date (&r3, "Daraa toll for March 2020", "Two men were shot dead on 26 February.", NULL, "26 February");
  g_assert_cmpstr (d->date_start, ==, "2020-02-26");
  /* a dateline dated to the day */
  d = titled_date (&r4, "Air strikes kill 11", "BEIRUT, March 18, 2017 (Reuters) - Air strikes killed 11 on March 16.",
                   NULL, "March 16");
  g_assert_cmpstr (d->date_start, ==, "2017-03-16");
  g_assert_cmpstr (d->year_from, ==, "dateline");
  /* a publication date is what dates are read against: the title's year is not taken */
  d = titled_date (&r5, "CI686 May 4, 2017", "Eleven civilians died on 4 May.", "2019-06-01", "4 May");
  g_assert_cmpstr (d->date_start, ==, "2019-05-04");
  g_assert_null (d->year_from);
  {
    g_autofree char *attributes = sitrep_suggestion_to_attributes (d);
    g_autofree char *shown = sitrep_annotation_dup_attributes_text (attributes);

    g_assert_cmpstr (shown, ==, "2019-05-04 · day");
  }
  /* a relative date is not read against a title's date, which may be the incident's */
  d = titled_date (&r6, "CI686 May 4, 2017", "Eleven civilians died yesterday and on 4 May.", NULL, "yesterday");
  g_assert_null (d->date_start);
}

/* Dates that give no year: a photo's caption shaped as a dateline, a month
 * the count started in, a date inside the first sentence, no title; and the
 * title is the next run's only. */
static void
test_year_not_from_own_date (void)
{
  static const struct { const char *title; const char *text; } cases[] = {
    { "Militants kill four villagers", "Diyala, March 2020 – security forces at the village – Photo by Amir\n\n"
      "The bodies were found on 26 August." },
    { "Killings in Diyala in 2020", "The bodies were found on 26 August." },
    { "Syria: 500,000 killed since March 2011", "The bodies were found on 26 August." },
    { "Militants kill four villagers", "Militants killed four on March 18, 2017 - and two more on 26 August." },
    { NULL, "The bodies were found on 26 August." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SitrepSuggestResult) r = NULL;
      const SitrepSuggestion *d = titled_date (&r, cases[i].title, cases[i].text, NULL, "26 August");

      g_assert_cmpstr (d->date_start, ==, "--08-26");
      g_assert_true (d->year_unknown);
      g_assert_null (d->year_from);
    }
  {
    g_autoptr(SitrepSuggester) suggester = sitrep_suggester_new (NULL, NULL);
    g_autoptr(SitrepSuggestResult) first = NULL;
    g_autoptr(SitrepSuggestResult) second = NULL;

    sitrep_suggester_set_title (suggester, "CI686 May 4, 2017");
    first = sitrep_suggester_run (suggester, "Found on 26 August.", NULL, SITREP_DATE_PRECISION_UNKNOWN, NULL);
    second = sitrep_suggester_run (suggester, "Found on 26 August.", NULL, SITREP_DATE_PRECISION_UNKNOWN, NULL);
    g_assert_cmpstr (sitrep_test_find_suggestion (first, SITREP_SUGGEST_DATE, "26 August")->date_start, ==, "2017-08-26");
    g_assert_cmpstr (sitrep_test_find_suggestion (second, SITREP_SUGGEST_DATE, "26 August")->date_start, ==, "--08-26");
  }
}

/* A report without a date of its own: its year-less dates keep their
 * year unknown (as a coder's gold writes them) and are given the year of
 * the dated mention nearest them as a guess, flagged doubtful; a year
 * alone or a "since" date gives none (session 36). */
static void
test_year_guess (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Forces will release the results of the September 17 airstrike investigation at "
                         "10 a.m. Nov. 29, 2016. Four were killed the following day.", NULL);
  g_autoptr(SitrepSuggestResult) past =
    sitrep_test_suggest ("Four were killed on 14 October. The town was stormed in 2018.", NULL);
  g_autoptr(SitrepSuggestResult) since =
    sitrep_test_suggest ("Since the town was taken in June 2017 it was calm. Four were killed on 8 November.", NULL);
  g_autoptr(SitrepSuggestResult) dated =
    sitrep_test_suggest ("Four were killed on 3 January 2020. On 28 December two died.", "2020-01-05");
  const SitrepSuggestion *d = sitrep_test_find_suggestion (r, SITREP_SUGGEST_DATE, "September 17");
  g_autofree char *attributes = NULL;
  g_autofree char *shown = NULL;

  g_assert_nonnull (d);
  g_assert_cmpstr (d->date_start, ==, "--09-17");
  g_assert_true (d->year_unknown);
  g_assert_cmpint (d->year_guess, ==, 2016);
  g_assert_true (d->doubtful);
  attributes = sitrep_suggestion_to_attributes (d);
  g_assert_nonnull (strstr (attributes, "\"year_guess\":2016"));
  g_assert_nonnull (strstr (attributes, "\"date\":\"--09-17\""));
  shown = sitrep_annotation_dup_attributes_text (attributes);
  g_assert_nonnull (strstr (shown, "2016?"));
  /* the dated mention itself is no guess */
  d = sitrep_test_find_suggestion (r, SITREP_SUGGEST_DATE, "Nov. 29, 2016");
  g_assert_nonnull (d);
  g_assert_cmpint (d->year_guess, ==, 0);
  g_assert_false (d->doubtful);

  d = sitrep_test_find_suggestion (past, SITREP_SUGGEST_DATE, "14 October");
  g_assert_nonnull (d);
  g_assert_true (d->year_unknown);
  g_assert_cmpint (d->year_guess, ==, 0);
  g_assert_false (d->doubtful);
  d = sitrep_test_find_suggestion (since, SITREP_SUGGEST_DATE, "8 November");
  g_assert_nonnull (d);
  g_assert_cmpint (d->year_guess, ==, 0);
  /* with a publication date the year is the publication's, no guess */
  d = sitrep_test_find_suggestion (dated, SITREP_SUGGEST_DATE, "28 December");
  g_assert_nonnull (d);
  g_assert_cmpstr (d->date_start, ==, "2019-12-28");
  g_assert_cmpint (d->year_guess, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest/dates/arabic-relative", test_arabic_relative);
  g_test_add_func ("/sitrep/suggest/dates/day-of-relative-month", test_day_of_relative_month);
  g_test_add_func ("/sitrep/suggest/dates/levantine-months-bare", test_levantine_months_bare);
  g_test_add_func ("/sitrep/suggest/dates/english-relative", test_english_relative);
  g_test_add_func ("/sitrep/suggest/dates/ranges", test_ranges);
  g_test_add_func ("/sitrep/suggest/dates/numeric", test_numeric);
  g_test_add_func ("/sitrep/suggest/dates/glued-day", test_glued_day);
  g_test_add_func ("/sitrep/suggest/dates/year-from-own-date", test_year_from_own_date);
  g_test_add_func ("/sitrep/suggest/dates/year-not-from-own-date", test_year_not_from_own_date);
  g_test_add_func ("/sitrep/suggest/dates/year-guess", test_year_guess);
  return g_test_run ();
}

/* test-dateparse.c — dates written in words and numbers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>

#include "sitrep-dateparse.h"

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

  return g_test_run ();
}

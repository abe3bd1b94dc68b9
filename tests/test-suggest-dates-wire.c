/* test-suggest-dates-wire.c — dates as wire copy, press releases and web
 * captures about Syria and Iraq write them (session 45): each case is a
 * sentence, the publication date it is read against, the words a date
 * suggestion must hold and the day it must start on; then words that must
 * not be read as a date at all.
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sitrep-dateparse.h"
#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

typedef struct
{
  const char         *text;
  const char         *published;   /* NULL: not known */
  SitrepDatePrecision precision;   /* of @published; 0: to the day */
  const char         *words;       /* a date suggestion's text holds these */
  const char         *day;         /* and starts on this */
} WireDate;

/* 2014-10-16 is a Thursday; 2014-10-21 a Tuesday; 2015-01-06 a Tuesday. */
static const WireDate wire_dates[] = {
  /* month and day in the wires' abbreviations, both orders, with and without a dot */
  { "Gunmen shot dead a judge on Oct. 14 in Baquba.", "2014-10-16", 0, "Oct. 14", "2014-10-14" },
  { "Gunmen shot dead a judge on Oct 14 in Baquba.", "2014-10-16", 0, "Oct 14", "2014-10-14" },
  { "Gunmen shot dead a judge on 14 Oct in Baquba.", "2014-10-16", 0, "14 Oct", "2014-10-14" },
  { "Gunmen shot dead a judge on 14 Oct. in Baquba.", "2014-10-16", 0, "14 Oct", "2014-10-14" },
  { "Gunmen shot dead a judge on 14 Oct 2014 in Baquba.", "2014-10-16", 0, "14 Oct 2014", "2014-10-14" },
  { "Gunmen shot dead a judge on Oct. 14th in Baquba.", "2014-10-16", 0, "Oct. 14th", "2014-10-14" },
  { "Gunmen shot dead a judge on the 14th of October in Baquba.", "2014-10-16", 0, "14th of October", "2014-10-14" },
  { "Gunmen shot dead a judge on October 14th in Baquba.", "2014-10-16", 0, "October 14th", "2014-10-14" },
  { "Gunmen shot dead a judge on 14th October in Baquba.", "2014-10-16", 0, "14th October", "2014-10-14" },
  { "Gunmen shot dead a judge on Sept 30 in Baquba.", "2014-10-16", 0, "Sept 30", "2014-09-30" },
  { "Gunmen shot dead a judge on Nov. 2 in Baquba.", "2014-11-16", 0, "Nov. 2", "2014-11-02" },
  { "The Oct. 14 bombing in Baquba killed a judge.", "2014-10-16", 0, "Oct. 14", "2014-10-14" },
  { "An Oct 14 attack on a checkpoint killed three soldiers.", "2014-10-16", 0, "Oct 14", "2014-10-14" },
  { "GUNMEN KILLED A JUDGE ON OCT. 14 IN BAQUBA.", "2014-10-16", 0, "OCT. 14", "2014-10-14" },
  /* a day with no month, against the publication's month (or the month before) */
  { "Gunmen shot dead a judge on the 14th near Baquba.", "2014-10-16", 0, "14th", "2014-10-14" },
  { "Gunmen shot dead a judge on the 28th near Baquba.", "2014-10-16", 0, "28th", "2014-09-28" },
  /* a weekday before the date */
  { "Gunmen shot dead a judge on Tuesday, Oct. 14, in Baquba.", "2014-10-16", 0, "Oct. 14", "2014-10-14" },
  { "Gunmen shot dead a judge on Tuesday Oct 14 in Baquba.", "2014-10-16", 0, "Oct 14", "2014-10-14" },
  { "Gunmen shot dead a judge late Tuesday, October 14, in Baquba.", "2014-10-16", 0, "October 14", "2014-10-14" },
  /* datelines */
  { "BAGHDAD, Oct 14 (Reuters) - Gunmen shot dead a judge in Baquba.", "2014-10-14", 0, "Oct 14", "2014-10-14" },
  { "BAGHDAD, Oct. 14 (Xinhua) -- Gunmen shot dead a judge in Baquba.", "2014-10-15", 0, "Oct. 14", "2014-10-14" },
  { "BAGHDAD, 14 October (AFP) - Gunmen shot dead a judge in Baquba.", "2014-10-15", 0, "14 October", "2014-10-14" },
  { "BEIRUT, Lebanon, Oct. 14 (AP) — Gunmen shot dead a judge in Homs.", "2014-10-15", 0, "Oct. 14", "2014-10-14" },
  { "Damascus, Oct. 14, 2014 (SANA) - Gunmen shot dead a judge in Homs.", NULL, 0, "Oct. 14, 2014", "2014-10-14" },
  { "BAGHDAD, Oct 14 (Reuters) - Gunmen shot dead a judge in Baquba.", NULL, 0, "Oct 14", "--10-14" },
  /* a report published in January about December: the year before */
  { "Gunmen shot dead a judge on Dec. 30 in Baquba.", "2015-01-06", 0, "Dec. 30", "2014-12-30" },
  { "Gunmen shot dead a judge on 30 December in Baquba.", "2015-01-06", 0, "30 December", "2014-12-30" },
  { "قتل مسلحون قاضيا في 30 كانون الأول في بعقوبة.", "2015-01-06", 0, "30 كانون الأول", "2014-12-30" },
  { "قتل مسلحون قاضيا في 30 ديسمبر في بعقوبة.", "2015-01-06", 0, "30 ديسمبر", "2014-12-30" },
  { "BAGHDAD, Dec 30 (Reuters) - Gunmen shot dead a judge in Baquba.", "2015-01-02", 0, "Dec 30", "2014-12-30" },
  /* Arabic months, the Levant's and Egypt's and the Gulf's, with both kinds of digits */
  { "قتل مسلحون قاضيا في 14 تشرين الأول في بعقوبة.", "2014-10-16", 0, "14 تشرين الأول", "2014-10-14" },
  { "قتل مسلحون قاضيا في ١٤ تشرين الأول في بعقوبة.", "2014-10-16", 0, "١٤ تشرين الأول", "2014-10-14" },
  { "قتل مسلحون قاضيا في 14 تشرين الاول في بعقوبة.", "2014-10-16", 0, "14 تشرين الاول", "2014-10-14" },
  { "قتل مسلحون قاضيا في 14 تشرين أول في بعقوبة.", "2014-10-16", 0, "14 تشرين أول", "2014-10-14" },
  { "قتل مسلحون قاضيا في 14 أكتوبر في بعقوبة.", "2014-10-16", 0, "14 أكتوبر", "2014-10-14" },
  { "قتل مسلحون قاضيا في ١٤ أكتوبر ٢٠١٤ في بعقوبة.", "2014-10-16", 0, "١٤ أكتوبر ٢٠١٤", "2014-10-14" },
  { "قتل مسلحون قاضيا في 4 كانون الثاني في بعقوبة.", "2015-01-06", 0, "4 كانون الثاني", "2015-01-04" },
  { "قتل مسلحون قاضيا في 4 يناير في بعقوبة.", "2015-01-06", 0, "4 يناير", "2015-01-04" },
  { "قتل مسلحون قاضيا في 14 آذار في بعقوبة.", "2014-10-16", 0, "14 آذار", "2014-03-14" },
  { "قتل مسلحون قاضيا في 14 اذار في بعقوبة.", "2014-10-16", 0, "14 اذار", "2014-03-14" },
  { "قتل مسلحون قاضيا في 14 مارس في بعقوبة.", "2014-10-16", 0, "14 مارس", "2014-03-14" },
  { "قتل مسلحون قاضيا في 14 نيسان في بعقوبة.", "2014-10-16", 0, "14 نيسان", "2014-04-14" },
  { "قتل مسلحون قاضيا في 14 أيار في بعقوبة.", "2014-10-16", 0, "14 أيار", "2014-05-14" },
  { "قتل مسلحون قاضيا في 14 حزيران في بعقوبة.", "2014-10-16", 0, "14 حزيران", "2014-06-14" },
  { "قتل مسلحون قاضيا في 14 تموز في بعقوبة.", "2014-10-16", 0, "14 تموز", "2014-07-14" },
  { "قتل مسلحون قاضيا في 14 آب في بعقوبة.", "2014-10-16", 0, "14 آب", "2014-08-14" },
  { "قتل مسلحون قاضيا في 14 أيلول في بعقوبة.", "2014-10-16", 0, "14 أيلول", "2014-09-14" },
  { "قتل مسلحون قاضيا في 14 ايلول في بعقوبة.", "2014-10-16", 0, "14 ايلول", "2014-09-14" },
  { "قتل مسلحون قاضيا في ١٤ أيلول/سبتمبر في بعقوبة.", "2014-10-16", 0, "١٤ أيلول", "2014-09-14" },
  { "قتل مسلحون قاضيا في 14 أكتوبر (تشرين الأول) في بعقوبة.", "2014-10-16", 0, "14 أكتوبر", "2014-10-14" },
  { "قتل مسلحون قاضيا في الرابع عشر من تشرين الأول في بعقوبة.", "2014-10-16", 0, "الرابع عشر من تشرين الأول",
    "2014-10-14" },
  { "قتل مسلحون قاضيا في 14 من أكتوبر في بعقوبة.", "2014-10-16", 0, "14 من أكتوبر", "2014-10-14" },
  { "قتل مسلحون قاضيا يوم الثلاثاء 14-10-2014 في بعقوبة.", "2014-10-16", 0, "14-10-2014", "2014-10-14" },
  { "بغداد 14 تشرين الأول/أكتوبر (أ ف ب) - قتل مسلحون قاضيا في بعقوبة.", "2014-10-14", 0, "14 تشرين الأول",
    "2014-10-14" },
  /* a night across two days: its first */
  { "Gunmen shot dead a judge on the night of 14 to 15 October.", "2014-10-16", 0, "14 to 15 October", "2014-10-14" },
  { "Gunmen shot dead a judge overnight Oct. 14-15 in Baquba.", "2014-10-16", 0, "Oct. 14-15", "2014-10-14" },
  { "قتل مسلحون قاضيا ليل 14-15 تشرين الأول في بعقوبة.", "2014-10-16", 0, "14-15 تشرين الأول", "2014-10-14" },
  /* ranges of days: the first */
  { "Clashes on 14–16 October killed 20 fighters.", "2014-10-20", 0, "14–16 October", "2014-10-14" },
  { "Clashes from Oct. 14 to 16 killed 20 fighters.", "2014-10-20", 0, "Oct. 14", "2014-10-14" },
  /* relative days against the publication */
  { "Gunmen shot dead a judge last Tuesday in Baquba.", "2014-10-16", 0, "last Tuesday", "2014-10-14" },
  { "Gunmen shot dead a judge on Tuesday in Baquba.", "2014-10-21", 0, "Tuesday", "2014-10-21" },
  { "Gunmen shot dead a judge the day before yesterday in Baquba.", "2014-10-16", 0, "day before yesterday",
    "2014-10-14" },
  { "قتل مسلحون قاضيا أمس في بعقوبة.", "2014-10-16", 0, "أمس", "2014-10-15" },
  { "قتل مسلحون قاضيا أول أمس في بعقوبة.", "2014-10-16", 0, "أول أمس", "2014-10-14" },
  { "قتل مسلحون قاضيا فجر اليوم في بعقوبة.", "2014-10-16", 0, "فجر اليوم", "2014-10-16" },
  /* more of the same, probed in session 45 */
  { "Posted: 14/10/2014\nGunmen shot dead a judge in Baquba.", "2014-10-16", 0, "14/10/2014", "2014-10-14" },
  { "Updated Oct 14, 2014 3:12 PM ET\nGunmen shot dead a judge in Baquba.", "2014-10-16", 0, "Oct 14, 2014", "2014-10-14" },
  { "14 October 2014 | 10:32\nGunmen shot dead a judge in Baquba.", "2014-10-16", 0, "14 October 2014", "2014-10-14" },
  { "Release Date: 14 October 2014\nGunmen shot dead a judge in Baquba.", "2014-10-16", 0, "14 October 2014", "2014-10-14" },
  { "SOUTHWEST ASIA, Oct. 14, 2014 – Coalition aircraft struck four sites.", "2014-10-16", 0, "Oct. 14, 2014", "2014-10-14" },
  { "MOSUL, Iraq, Oct 14 (AP) - Gunmen shot dead a judge.", "2014-10-16", 0, "Oct 14", "2014-10-14" },
  { "Clashes between Oct. 14 and Oct. 16 killed 20 fighters.", "2014-10-20", 0, "Oct. 14", "2014-10-14" },
  { "Clashes between Oct. 14 and Oct. 16 killed 20 fighters.", "2014-10-20", 0, "Oct. 16", "2014-10-16" },
  { "Clashes from 23 April to 6 May 2015 killed 20 fighters.", "2015-06-20", 0, "23 April", "2015-04-23" },
  { "Clashes from 23 April to 6 May 2015 killed 20 fighters.", "2015-06-20", 0, "6 May 2015", "2015-05-06" },
  { "Clashes on Oct. 14-16 killed 20 fighters.", "2014-10-20", 0, "Oct. 14-16", "2014-10-14" },
  { "Clashes on Oct. 14 and 15 killed 20 fighters.", "2014-10-20", 0, "Oct. 14", "2014-10-14" },
  { "قتل 20 مسلحا في اشتباكات بين 14 و16 تشرين الأول.", "2014-10-20", 0, "14 و16 تشرين الأول", "2014-10-14" },
  { "قتل 20 مسلحا في اشتباكات 14-16 تشرين الأول.", "2014-10-20", 0, "14-16 تشرين الأول", "2014-10-14" },
  { "Gunmen shot dead a judge on the 14th of this month in Baquba.", "2014-10-16", 0, "14th of this month", "2014-10-14" },
  { "Gunmen shot dead a judge on the 14th of October, 2014 in Baquba.", "2014-10-16", 0, "14th of October, 2014",
    "2014-10-14" },
  { "Gunmen shot dead a judge on the night of Oct. 14 in Baquba.", "2014-10-16", 0, "Oct. 14", "2014-10-14" },
  { "Gunmen shot dead a judge in the early hours of Tuesday, Oct. 14.", "2014-10-16", 0, "Oct. 14", "2014-10-14" },
  { "قتل مسلحون قاضيا يوم الرابع عشر من الشهر الجاري في بعقوبة.", "2014-10-16", 0, "الرابع عشر من الشهر الجاري",
    "2014-10-14" },
  { "قتل مسلحون قاضيا صباح يوم الثلاثاء 14 تشرين الأول 2014 في بعقوبة.", "2014-10-16", 0, "14 تشرين الأول 2014",
    "2014-10-14" },
  { "قتل مسلحون قاضيا في 14 أكتوبر/ تشرين الأول في بعقوبة.", "2014-10-16", 0, "14 أكتوبر", "2014-10-14" },
  { "قتل مسلحون قاضيا في 14 أكتوبر الجاري في بعقوبة.", "2014-10-16", 0, "14 أكتوبر", "2014-10-14" },
  { "قتل مسلحون قاضيا في 14 من شهر سبتمبر الماضي في بعقوبة.", "2014-10-16", 0, "14 من شهر سبتمبر", "2014-09-14" },
  { "قتل مسلحون قاضيا الثلاثاء الماضي في بعقوبة.", "2014-10-16", 0, "الثلاثاء الماضي", "2014-10-14" },
  { "قتل مسلحون قاضيا قبل أمس في بعقوبة.", "2014-10-16", 0, "قبل أمس", "2014-10-14" },
  { "قتل مسلحون قاضيا مساء أول أمس في بعقوبة.", "2014-10-16", 0, "أول أمس", "2014-10-14" },
  { "قتل مسلحون قاضيا أول من أمس في بعقوبة.", "2014-10-16", 0, "أول من أمس", "2014-10-14" },
  { "Gunmen shot dead a judge on Tues., Oct. 14 in Baquba.", "2014-10-16", 0, "Oct. 14", "2014-10-14" },
  { "Gunmen shot dead a judge on 14.10.14 in Baquba.", "2014-10-16", 0, "14.10.14", "2014-10-14" },
  { "DAMASCUS, Oct. 14 (Reuters) - Gunmen shot dead a judge.", "2014-10-15", 0, "Oct. 14", "2014-10-14" },
  { "Gunmen shot dead a judge in Baquba, police said on Tuesday, Oct. 14.", "2014-10-16", 0, "Oct. 14", "2014-10-14" },
  { "Gunmen shot dead a judge on Oct. 14 and a lawyer on Oct. 15.", "2014-10-16", 0, "Oct. 15", "2014-10-15" },
  { "In a statement dated 14 October, the ministry said a judge was killed.", "2014-10-16", 0, "14 October",
    "2014-10-14" },
  { "Gunmen shot dead a judge on Oct.14 in Baquba.", "2014-10-16", 0, "Oct.14", "2014-10-14" },
  { "Gunmen shot dead a judge on 14-Oct in Baquba.", "2014-10-16", 0, "14-Oct", "2014-10-14" },
  { "Gunmen shot dead a judge on October 14 , 2014 in Baquba.", "2014-10-16", 0, "October 14", "2014-10-14" },
  /* a report known only to its month (a web address's "/2016/04/"): a day of that month is that year's */
  { "Gunmen shot dead a judge on April 12 in Baquba.", "2016-04", SITREP_DATE_PRECISION_MONTH, "April 12",
    "2016-04-12" },
  /* … and another month's day keeps its year unknown, unless it is written */
  { "Gunmen shot dead a judge on March 12 in Baquba.", "2016-04", SITREP_DATE_PRECISION_MONTH, "March 12", "--03-12" },
  { "Gunmen shot dead a judge on 12 March 2016 in Baquba.", "2016-04", SITREP_DATE_PRECISION_MONTH, "12 March 2016",
    "2016-03-12" },
  { "قتل مسلحون قاضيا في 12 آذار في بعقوبة.", "2016-04", SITREP_DATE_PRECISION_MONTH, "12 آذار", "--03-12" },
  { NULL }
};

/* Readings that must not be made: no date suggestion of @text may start on @day. */
static const WireDate wrong_days[] = {
  /* a report known only to its month does not date another month's day: the year is not sure */
  { "Gunmen shot dead a judge on March 12 in Baquba.", "2016-04", SITREP_DATE_PRECISION_MONTH, "March 12",
    "2016-03-12" },
  { NULL }
};

/* Words that are no date here: no date suggestion may hold them. */
typedef struct
{
  const char *text;
  const char *words;
} NotWire;

static const NotWire not_wire[] = {
  { "A 14-year-old boy was killed in Baquba.", "14" },
  { "The judge, 14, was killed in Baquba.", "14" },
  { "Militias grew in the 1990s and again in 2014.", "1990s" },
  { "Gunmen killed 14 men in Baquba on Thursday.", "14 men" },
  { "The 14 October Street in Baquba was closed.", "14 October Street" },
  { "قتل مسلحون 14 شخصا في بعقوبة.", "14 شخصا" },
  { "قتل طفل يبلغ 14 عاما في بعقوبة.", "14 عاما" },
  { NULL, NULL }
};

static SitrepSuggestResult *
run_on (const WireDate *w)
{
  g_autoptr(SitrepSuggester) suggester = sitrep_suggester_new (NULL, NULL);
  SitrepDatePrecision precision = w->precision != 0 ? w->precision : SITREP_DATE_PRECISION_DAY;

  return sitrep_suggester_run (suggester, w->text, w->published,
                               w->published != NULL ? precision : SITREP_DATE_PRECISION_UNKNOWN, NULL);
}

static void
test_wire_dates (void)
{
  guint failed = 0;

  for (const WireDate *w = wire_dates; w->text != NULL; w++)
    {
      g_autoptr(SitrepSuggestResult) r = run_on (w);
      g_autoptr(GString) got = g_string_new (NULL);
      gboolean found = FALSE;

      for (guint i = 0; i < r->suggestions->len && !found; i++)
        {
          const SitrepSuggestion *s = r->suggestions->pdata[i];

          if (s->kind != SITREP_SUGGEST_DATE)
            continue;
          found = strstr (s->text, w->words) != NULL && g_strcmp0 (s->date_start, w->day) == 0;
          g_string_append_printf (got, " [%s → %s]", s->text, s->date_start);
        }
      if (!found)
        {
          fprintf (stderr, "MISSED: %s (%s) | want %s → %s; got%s\n", w->text, w->published, w->words, w->day,
                   got->str);
          failed++;
        }
    }
  g_assert_cmpuint (failed, ==, 0);
}

static void
test_wrong_days (void)
{
  guint failed = 0;

  for (const WireDate *w = wrong_days; w->text != NULL; w++)
    {
      g_autoptr(SitrepSuggestResult) r = run_on (w);

      for (guint i = 0; i < r->suggestions->len; i++)
        {
          const SitrepSuggestion *s = r->suggestions->pdata[i];

          if (s->kind == SITREP_SUGGEST_DATE && strstr (s->text, w->words) != NULL &&
              g_strcmp0 (s->date_start, w->day) == 0)
            {
              fprintf (stderr, "WRONG DAY: %s | got [%s → %s]\n", w->text, s->text, s->date_start);
              failed++;
            }
        }
    }
  g_assert_cmpuint (failed, ==, 0);
}

static void
test_not_wire (void)
{
  guint failed = 0;

  for (const NotWire *n = not_wire; n->text != NULL; n++)
    {
      g_autoptr(SitrepSuggestResult) r = sitrep_test_suggest (n->text, "2014-10-16");

      for (guint i = 0; i < r->suggestions->len; i++)
        {
          const SitrepSuggestion *s = r->suggestions->pdata[i];

          if (s->kind == SITREP_SUGGEST_DATE && (strstr (s->text, n->words) != NULL || strstr (n->words, s->text) != NULL))
            {
              fprintf (stderr, "NOT A DATE: %s | got [%s → %s]\n", n->text, s->text, s->date_start);
              failed++;
            }
        }
    }
  g_assert_cmpuint (failed, ==, 0);
}

/* The reader alone, as the reader's pane and an accepted suggestion ask it: a report known only to its month
 * dates its month's days, not another month's. */
static void
test_month_known_report (void)
{
  g_auto(SitrepResolvedDate) other = { 0 };
  g_auto(SitrepResolvedDate) written = { 0 };
  g_auto(SitrepResolvedDate) own = { 0 };

  g_assert_true (sitrep_date_resolve ("March 12", "2016-04", SITREP_DATE_PRECISION_MONTH, &other));
  g_assert_cmpstr (other.start, ==, "--03-12");
  g_assert_true (other.year_unknown);
  g_assert_nonnull (other.explanation);
  g_assert_true (sitrep_date_resolve ("March 12, 2016", "2016-04", SITREP_DATE_PRECISION_MONTH, &written));
  g_assert_cmpstr (written.start, ==, "2016-03-12");
  g_assert_false (written.year_unknown);
  g_assert_true (sitrep_date_resolve ("April 12", "2016-04", SITREP_DATE_PRECISION_MONTH, &own));
  g_assert_false (own.year_unknown);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest/dates/wire", test_wire_dates);
  g_test_add_func ("/sitrep/suggest/dates/wire-wrong-days", test_wrong_days);
  g_test_add_func ("/sitrep/suggest/dates/wire-not-dates", test_not_wire);
  g_test_add_func ("/sitrep/suggest/dates/month-known-report", test_month_known_report);
  return g_test_run ();
}

/* sitrep-suggest-incidents-dated.c — whether two dates are close; the day a report without a publication date gives its
 * undated incidents; dates too long for one incident
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sitrep-suggest-private.h"

/* Whether @p starts with two ASCII digits; their value in @value. */
static inline gboolean
two_digits (const char *p,
            int        *value)
{
  if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]))
    return FALSE;
  *value = (p[0] - '0') * 10 + (p[1] - '0');
  return TRUE;
}

/* Day of a date as a number: days since 1 January 1 for a full date, the
 * day of a leap year for a year-less "--MM-DD"; FALSE for anything coarser. */
static gboolean
day_number (const char *iso,
            gboolean   *year_less,
            gint64     *day)
{
  int y = 2000, m, d, century, year;

  if (iso == NULL)
    return FALSE;
  /* The forms dates are written in, read by hand; anything else as sscanf () reads it. */
  if (iso[0] == '-' && iso[1] == '-' && two_digits (iso + 2, &m) && iso[4] == '-' && two_digits (iso + 5, &d) &&
      iso[7] == '\0')
    *year_less = TRUE;
  else if (two_digits (iso, &century) && two_digits (iso + 2, &year) && iso[4] == '-' && two_digits (iso + 5, &m) &&
           iso[7] == '-' && two_digits (iso + 8, &d) && iso[10] == '\0')
    {
      y = century * 100 + year;
      *year_less = FALSE;
    }
  else if (sscanf (iso, "--%2d-%2d", &m, &d) == 2 && strlen (iso) == 7)
    *year_less = TRUE;
  else if (sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) == 3 && strlen (iso) == 10)
    *year_less = FALSE;
  else
    return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;
  {
    GDate date;

    g_date_clear (&date, 1);
    g_date_set_dmy (&date, d, m, y);
    *day = *year_less ? g_date_get_day_of_year (&date) : g_date_get_julian (&date);
  }
  return TRUE;
}

gboolean
sitrep_suggest_dates_close (const char *a,
                            const char *b,
                            int         max_days)
{
  gboolean la = FALSE, lb = FALSE;
  gint64 da, db;

  if (a == NULL || b == NULL)
    return TRUE;
  if (!day_number (a, &la, &da) || !day_number (b, &lb, &db))
    return g_strcmp0 (a, b) == 0 || _sitrep_suggest_has_prefix (a, b) || _sitrep_suggest_has_prefix (b, a);
  if (la != lb)
    {
      /* Compare a year-less day with the day of year of the full one. */
      const char *full = la ? b : a;
      const char *less = la ? a : b;
      gint64 df, dl;
      gboolean dummy;
      g_autofree char *as_less = g_strdup_printf ("--%s", full + 5);

      if (!day_number (as_less, &dummy, &df) || !day_number (less, &dummy, &dl))
        return FALSE;
      return ABS (df - dl) <= max_days;
    }
  return ABS (da - db) <= max_days;
}

/* A report without a publication date that reads a day in full
 * ("RAQQA, 13 October 2016 –", "On Thursday, October 13, 2016, …") in
 * another paragraph than its figures' has told the coder when they
 * happened: its incidents without a date of their own take that day, as
 * one with a publication date takes the report's week. Only when the
 * report reads one day in full: of several, which one is an incident's
 * is the coder's to say. A year-less date ("October 13") gives no day,
 * and one with an unknown year stays so (the event stays undated). */
void
_sitrep_suggest_incidents_report_day (GPtrArray          *suggestions,
                                      GPtrArray          *incidents,
                                      const char         *published,
                                      SitrepDatePrecision precision)
{
  const SitrepSuggestion *day = NULL;
  int day_index = -1;

  if (published != NULL && precision != SITREP_DATE_PRECISION_UNKNOWN)
    return;
  for (guint i = 0; i < suggestions->len; i++)
    {
      const SitrepSuggestion *s = suggestions->pdata[i];

      if (s->kind != SITREP_SUGGEST_DATE || s->date_start == NULL || s->year_unknown ||
          s->date_precision != SITREP_SPAN_PRECISION_DAY || strlen (s->date_start) != 10)
        continue;
      if (day != NULL && (strcmp (day->date_start, s->date_start) != 0 ||
                          g_strcmp0 (day->date_end, s->date_end) != 0))
        return;
      if (day == NULL)
        day = s, day_index = (int) i;
    }
  if (day == NULL)
    return;
  for (guint i = 0; i < incidents->len; i++)
    {
      SitrepSuggestIncident *inc = incidents->pdata[i];

      if (inc->date < 0)
        inc->date = day_index;
    }
}

/* Days since a fixed day of "YYYY-MM-DD", or the day of a leap year of
 * "--MM-DD" (@year_less set); FALSE for anything else. */
static gboolean
day_of (const char *iso,
        gboolean   *year_less,
        gint64     *day)
{
  int y = 2000, m = 0, d = 0;
  GDate date;

  if (iso == NULL)
    return FALSE;
  *year_less = _sitrep_suggest_has_prefix (iso, "--");
  if (*year_less ? (strlen (iso) != 7 || sscanf (iso, "--%2d-%2d", &m, &d) != 2)
                 : (strlen (iso) != 10 || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3))
    return FALSE;
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  *day = *year_less ? g_date_get_day_of_year (&date) : g_date_get_julian (&date);
  return TRUE;
}

gboolean
_sitrep_suggest_date_spans_months (const SitrepSuggestion *s)
{
  gboolean start_less = FALSE, end_less = FALSE;
  gint64 start, end;

  if (s->kind != SITREP_SUGGEST_DATE || s->date_precision != SITREP_SPAN_PRECISION_RANGE ||
      !day_of (s->date_start, &start_less, &start) || !day_of (s->date_end, &end_less, &end) || start_less != end_less)
    return FALSE;
  if (end < start && start_less)
    end += 366;
  return end - start > 31;
}

/* Whether date @s names a day with its number ("Jan 21", "21 كانون
 * الثاني", "3/5"), not by a word ("today", "on Sunday"): a day told so is
 * the incident's more often than the day it was told. */
static gboolean
is_numbered_day (const SitrepSuggestion *s)
{
  if (s->date_start == NULL || s->date_precision != SITREP_SPAN_PRECISION_DAY || s->text == NULL)
    return FALSE;
  for (const char *p = s->text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isdigit (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

int
_sitrep_suggest_sentence_day (GPtrArray              *all,
                              int                     date,
                              const SitrepSuggestion *fig)
{
  const SitrepSuggestion *d = date >= 0 ? all->pdata[date] : NULL;

  /* A dateline's day ("BAGHDAD, May 3 (Reuters) - Two people were killed
   * yesterday") is when the report was written: the next date of its
   * sentence that resolves is the incident's. */
  if (d != NULL && d->dateline && d->sentence == fig->sentence)
    for (guint i = (guint) date + 1; i < all->len && ((const SitrepSuggestion *) all->pdata[i])->sentence == fig->sentence; i++)
      if (((const SitrepSuggestion *) all->pdata[i])->kind == SITREP_SUGGEST_DATE &&
          ((const SitrepSuggestion *) all->pdata[i])->date_start != NULL)
        return (int) i;
  /* The day it was said ("The monitor said on May 6 that a drone strike had killed three fighters … on
   * Saturday") or a wounded man died ("died on Sunday of wounds sustained on Friday"): the sentence's next
   * day that resolves is the incident's. Not for a day said that is not resolved itself ("said on Monday" in
   * a report not dated): the figure stays undated, as such a first date leaves it (below). */
  if (d != NULL && d->said_day && d->date_start != NULL && d->sentence == fig->sentence)
    for (guint i = (guint) date + 1; i < all->len && ((const SitrepSuggestion *) all->pdata[i])->sentence == fig->sentence; i++)
      if (((const SitrepSuggestion *) all->pdata[i])->kind == SITREP_SUGGEST_DATE &&
          ((const SitrepSuggestion *) all->pdata[i])->date_start != NULL && !((const SitrepSuggestion *) all->pdata[i])->said_day)
        return (int) i;
  /* A day not resolved with its date written beside it ("today, Saturday 7 November", "اليوم، السبت 7 من
   * تشرين الثاني" in a report not dated) is that date (session 43). */
  if (d != NULL && d->date_start == NULL && d->sentence == fig->sentence)
    for (guint i = (guint) date + 1; i < all->len && ((const SitrepSuggestion *) all->pdata[i])->byte_start <= d->byte_end + 24; i++)
      if (((const SitrepSuggestion *) all->pdata[i])->kind == SITREP_SUGGEST_DATE &&
          ((const SitrepSuggestion *) all->pdata[i])->sentence == fig->sentence && is_numbered_day (all->pdata[i]))
        return (int) i;
  /* a day, a date not resolved ("on Monday" in a report not dated), or one of another sentence stays */
  if (d == NULL || d->sentence != fig->sentence || d->date_start == NULL ||
      d->date_precision == SITREP_SPAN_PRECISION_DAY)
    return date;
  for (guint i = (guint) date + 1; i < all->len && ((const SitrepSuggestion *) all->pdata[i])->sentence == fig->sentence; i++)
    if (((const SitrepSuggestion *) all->pdata[i])->kind == SITREP_SUGGEST_DATE && is_numbered_day (all->pdata[i]))
      return (int) i;
  return date;
}

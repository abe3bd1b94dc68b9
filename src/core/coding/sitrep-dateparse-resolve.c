/* sitrep-dateparse-resolve.c — placing date phrases against the publication date
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-dateparse-private.h"

/* Where a phrase lands for one publication date. */
typedef struct
{
  gboolean             ok;
  GDate                start;
  GDate                end;
  SitrepSpanPrecision  precision;
  gboolean             year_before;  /* a stated date moved to the year before publication */
} Placed;

static const char *english_weekdays[] = {
  NULL, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};

/* Phrases that say their own year need no publication date. */
static gboolean
phrase_is_absolute (const Phrase *ph)
{
  switch (ph->kind)
    {
    case PHRASE_DATE:
    case PHRASE_MONTH_PART:
      return ph->year != 0;
    case PHRASE_RANGE:
      return ph->year != 0 && ph->year2 != 0;
    case PHRASE_DAY_OF_MONTH:
    case PHRASE_WEEKDAY:
    case PHRASE_DAYS_AGO:
    case PHRASE_WEEKS_AGO:
    case PHRASE_CALENDAR_WEEK:
    case PHRASE_MONTHS_AGO:
    case PHRASE_YEARS_AGO:
    default:
      return FALSE;
    }
}

/* Phrases that state a month, so that a year is all they lack. */
static gboolean
phrase_is_stated (const Phrase *ph)
{
  return ph->kind == PHRASE_DATE || (ph->kind == PHRASE_MONTH_PART && !ph->month_fixed) || ph->kind == PHRASE_RANGE;
}

static gboolean
set_dmy (GDate *date,
         int    day,
         int    month,
         int    year)
{
  g_date_clear (date, 1);
  if (year < 1 || year > 9999 || month < 1 || month > 12 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* A date without its year that begins this few days after publication is
 * one to come ("a conference in Sochi on 29-30 January" in a report of
 * 24 January) or one a late publication date follows, not last year's. */
#define DAYS_TO_COME 31

/* The days a stated date covers; a missing year is the publication year, or
 * the year before when the date would begin more than DAYS_TO_COME days
 * after @ref. @part narrows a month: to its days 1–10, 11–20 or 21–end
 * (1–3: early, mid, late), to a week (4–7: days 1–7, 8–14, 15–21, 22–28;
 * 8: its last seven days) or to a half (9: 1–15, 10: 16–end). */
static gboolean
place_stated (int          year,
              int          month,
              int          day,
              int          part,
              const GDate *ref,
              GDate       *first,
              GDate       *last,
              gboolean    *year_before)
{
  gboolean guessed = FALSE;

  *year_before = FALSE;
  if (year == 0)
    {
      if (ref == NULL)
        return FALSE;
      year = g_date_get_year (ref);
      guessed = TRUE;
    }

  for (;;)
    {
      if (month == 0)
        {
          if (!set_dmy (first, 1, 1, year) || !set_dmy (last, 31, 12, year))
            return FALSE;
        }
      else if (day != 0)
        {
          if (!set_dmy (first, day, month, year))
            return FALSE;
          *last = *first;
        }
      else
        {
          int n_days = days_in_month (year, month);
          static const int part_first[] = { 1, 1, 11, 21, 1, 8, 15, 22, 0, 1, 16 };
          static const int part_last[] = { 31, 10, 20, 31, 7, 14, 21, 28, 31, 15, 31 };

          if (part < 0 || part >= (int) G_N_ELEMENTS (part_first) ||
              !set_dmy (first, part == 8 ? n_days - 6 : part_first[part], month, year) ||
              !set_dmy (last, MIN (part_last[part], n_days), month, year))
            return FALSE;
        }

      if (!guessed || *year_before || g_date_compare (first, ref) <= 0 ||
          (gint64) g_date_get_julian (first) - (gint64) g_date_get_julian (ref) <= DAYS_TO_COME)
        return TRUE;
      year--;
      *year_before = TRUE;
    }
}

static void
subtract_days (GDate *date,
               guint  n)
{
  /* GDate cannot go before year 1; such dates are not in any report. */
  if (g_date_get_julian (date) > n)
    g_date_subtract_days (date, n);
}

/* "10–12 October", "from 3 May to 1 June". */
static void
place_range (const Phrase *ph,
             const GDate  *ref,
             Placed       *p)
{
  GDate ignore;
  gboolean end_year_before;
  int year2 = ph->year2;

  gboolean wraps = ph->month2 < ph->month || (ph->month2 == ph->month && ph->day2 < ph->day);

  p->ok = place_stated (ph->year, ph->month, ph->day, 0, ref, &p->start, &ignore, &p->year_before);
  if (p->ok && year2 == 0)
    {
      /* The range takes the year its start falls in. */
      year2 = g_date_get_year (&p->start);
      if (wraps)
        year2++;
    }
  p->ok = p->ok && place_stated (year2, ph->month2, ph->day2, 0, NULL, &ignore, &p->end,
                                 &end_year_before);
  /* "from 10 October to 6 September" in a report of 19 October 2022 is not
   * a range ending in 2023 but 2021–2022: a range running into the next
   * year ends at most a month after publication ("from 28 December to
   * 3 January" on 30 December is still going on). */
  if (p->ok && wraps && ph->year == 0 && ph->year2 == 0 && ref != NULL)
    {
      GDate latest = *ref;

      g_date_add_days (&latest, 31);
      if (g_date_compare (&p->end, &latest) > 0)
        {
          int year = g_date_get_year (&p->end) - 2;

          p->ok = place_stated (year, ph->month, ph->day, 0, NULL, &p->start, &ignore, &end_year_before) &&
                  place_stated (year + 1, ph->month2, ph->day2, 0, NULL, &ignore, &p->end, &end_year_before);
          p->year_before = TRUE;
        }
    }
  p->ok = p->ok && g_date_compare (&p->start, &p->end) <= 0;
  p->precision = SITREP_SPAN_PRECISION_RANGE;
}

/* "the 13th". */
static void
place_day_of_month (const Phrase *ph,
                    const GDate  *ref,
                    Placed       *p)
{
  int year = g_date_get_year (ref);
  int month = g_date_get_month (ref);

  /* "4 من الشهر الجاري": that day of the month named, whichever side of
   * publication it falls */
  if (ph->month_fixed)
    {
      int months = year * 12 + month - 1 - ph->months_back;

      p->ok = set_dmy (&p->start, ph->n, months % 12 + 1, months / 12);
      p->end = p->start;
      p->precision = SITREP_SPAN_PRECISION_DAY;
      return;
    }
  /* the most recent month that has this day on or before publication */
  for (int k = 0; k < 13 && !p->ok; k++)
    {
      if (set_dmy (&p->start, ph->n, month, year) && g_date_compare (&p->start, ref) <= 0)
        p->ok = TRUE;
      else if (--month == 0)
        {
          month = 12;
          year--;
        }
    }
  p->end = p->start;
  p->precision = SITREP_SPAN_PRECISION_DAY;
}

static void
place (const Phrase *ph,
       const GDate  *ref,
       Placed       *p)
{
  memset (p, 0, sizeof *p);
  g_date_clear (&p->start, 1);
  g_date_clear (&p->end, 1);

  switch (ph->kind)
    {
    case PHRASE_DATE:
      p->ok = place_stated (ph->year, ph->month, ph->day, 0, ref, &p->start, &p->end, &p->year_before);
      p->precision = ph->day != 0 ? SITREP_SPAN_PRECISION_DAY :
                     ph->month != 0 ? SITREP_SPAN_PRECISION_MONTH : SITREP_SPAN_PRECISION_YEAR;
      break;

    case PHRASE_MONTH_PART:
      if (ph->month_fixed)
        {
          /* "منتصف الشهر الجاري", "late last month": a part of the month of
           * publication or of the one before it */
          int months = g_date_get_year (ref) * 12 + g_date_get_month (ref) - 1 - ph->months_back;

          p->ok = place_stated (months / 12, months % 12 + 1, 0, ph->n, ref, &p->start, &p->end, &p->year_before);
        }
      else
        p->ok = place_stated (ph->year, ph->month, 0, ph->n, ref, &p->start, &p->end, &p->year_before);
      p->precision = SITREP_SPAN_PRECISION_RANGE;
      break;

    case PHRASE_RANGE:
      place_range (ph, ref, p);
      break;

    case PHRASE_DAY_OF_MONTH:
      place_day_of_month (ph, ref, p);
      break;

    case PHRASE_WEEKDAY:
      {
        int back = ((int) g_date_get_weekday (ref) - ph->n + 7) % 7;

        if (back == 0 && ph->strict)
          back = 7;
        p->start = *ref;
        subtract_days (&p->start, back);
        p->end = p->start;
        p->precision = SITREP_SPAN_PRECISION_DAY;
        p->ok = TRUE;
      }
      break;

    case PHRASE_DAYS_AGO:
      p->start = *ref;
      subtract_days (&p->start, ph->n);
      p->end = p->start;
      p->precision = SITREP_SPAN_PRECISION_DAY;
      p->ok = TRUE;
      break;

    case PHRASE_WEEKS_AGO:
      p->start = *ref;
      subtract_days (&p->start, 7 * ph->n);
      p->end = p->start;
      g_date_add_days (&p->end, 6);
      p->precision = SITREP_SPAN_PRECISION_WEEK;
      p->ok = TRUE;
      break;

    case PHRASE_CALENDAR_WEEK:
      p->start = *ref;
      subtract_days (&p->start, g_date_get_weekday (ref) - G_DATE_MONDAY + 7 * ph->n);
      p->end = p->start;
      if (ph->n == 0)
        p->end = *ref;
      else
        g_date_add_days (&p->end, 6);
      p->precision = SITREP_SPAN_PRECISION_WEEK;
      p->ok = TRUE;
      break;

    case PHRASE_MONTHS_AGO:
      {
        int months = g_date_get_year (ref) * 12 + g_date_get_month (ref) - 1 - ph->n;

        p->ok = set_dmy (&p->start, 1, months % 12 + 1, months / 12) &&
                set_dmy (&p->end, days_in_month (months / 12, months % 12 + 1), months % 12 + 1,
                         months / 12);
        p->precision = SITREP_SPAN_PRECISION_MONTH;
      }
      break;

    case PHRASE_YEARS_AGO:
      p->ok = set_dmy (&p->start, 1, 1, g_date_get_year (ref) - ph->n) &&
              set_dmy (&p->end, 31, 12, g_date_get_year (ref) - ph->n);
      p->precision = SITREP_SPAN_PRECISION_YEAR;
      break;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
placed_equal (const Placed *a,
              const Placed *b)
{
  return a->ok && b->ok && a->precision == b->precision &&
         g_date_compare (&a->start, &b->start) == 0 && g_date_compare (&a->end, &b->end) == 0;
}

/* Month and day agree, whatever the years: what is left when the year is unknown. */
static gboolean
placed_equal_without_year (const Placed *a,
                           const Placed *b)
{
  if (!a->ok || !b->ok || a->precision != b->precision)
    return FALSE;
  if (g_date_get_month (&a->start) != g_date_get_month (&b->start) ||
      g_date_get_month (&a->end) != g_date_get_month (&b->end))
    return FALSE;
  /* a month's last day depends on the year, and it says nothing more */
  if (a->precision == SITREP_SPAN_PRECISION_MONTH)
    return TRUE;
  return g_date_get_day (&a->start) == g_date_get_day (&b->start) &&
         g_date_get_day (&a->end) == g_date_get_day (&b->end);
}

/* Every date the phrase can mean when publication lies between the two. */
static void
combine (const Placed *lo,
         const Placed *hi,
         Placed       *out)
{
  if (placed_equal (lo, hi))
    {
      *out = *lo;
      return;
    }
  memset (out, 0, sizeof *out);
  out->ok = lo->ok && hi->ok;
  if (!out->ok)
    return;
  out->start = g_date_compare (&lo->start, &hi->start) <= 0 ? lo->start : hi->start;
  out->end = g_date_compare (&lo->end, &hi->end) >= 0 ? lo->end : hi->end;
  out->precision = SITREP_SPAN_PRECISION_RANGE;
}

static char *
format_date (const GDate         *date,
             SitrepSpanPrecision  precision,
             gboolean             year_unknown)
{
  int y = g_date_get_year (date);
  int m = g_date_get_month (date);
  int d = g_date_get_day (date);

  /* A day of a four-digit year, what nearly every date is, written
   * without printf ("%04d-%02d-%02d" gives the same). */
  if (!year_unknown && precision != SITREP_SPAN_PRECISION_YEAR && precision != SITREP_SPAN_PRECISION_MONTH &&
      y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31)
    {
      char *out = g_malloc (11);

      out[0] = '0' + y / 1000;
      out[1] = '0' + y / 100 % 10;
      out[2] = '0' + y / 10 % 10;
      out[3] = '0' + y % 10;
      out[4] = '-';
      out[5] = '0' + m / 10;
      out[6] = '0' + m % 10;
      out[7] = '-';
      out[8] = '0' + d / 10;
      out[9] = '0' + d % 10;
      out[10] = '\0';
      return out;
    }
  if (year_unknown)
    {
      if (precision == SITREP_SPAN_PRECISION_MONTH)
        return g_strdup_printf ("--%02d", m);
      return g_strdup_printf ("--%02d-%02d", m, d);
    }
  switch (precision)
    {
    case SITREP_SPAN_PRECISION_YEAR:
      return g_strdup_printf ("%04d", y);
    case SITREP_SPAN_PRECISION_MONTH:
      return g_strdup_printf ("%04d-%02d", y, m);
    case SITREP_SPAN_PRECISION_DAY:
    case SITREP_SPAN_PRECISION_WEEK:
    case SITREP_SPAN_PRECISION_RANGE:
    case SITREP_SPAN_PRECISION_UNKNOWN:
    default:
      return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
    }
}

static char *
describe_day (const GDate *date)
{
  return g_strdup_printf ("%d %s %d", g_date_get_day (date),
                          _sitrep_date_english_months[g_date_get_month (date) - 1], g_date_get_year (date));
}

/* Why the phrase landed where it did, against a publication described by @pub. */
static char *
explain (const Phrase *ph,
         const Placed *p,
         const GDate  *ref,
         const char   *pub)
{
  switch (ph->kind)
    {
    case PHRASE_DATE:
    case PHRASE_MONTH_PART:
    case PHRASE_RANGE:
      if (ph->kind == PHRASE_MONTH_PART && ph->month_fixed)
        return g_strdup_printf (ph->months_back == 0 ? _("part of the month of publication (%s)") :
                                                       _("part of the month before publication (%s)"), pub);
      if (phrase_is_absolute (ph))
        return g_strdup (_("as stated"));
      if (p->year_before)
        return g_strdup_printf (_("the year before publication, since it would otherwise fall after %s"),
                                pub);
      return g_strdup_printf (_("the year of publication (%s)"), pub);

    case PHRASE_DAY_OF_MONTH:
      if (ph->month_fixed && ph->months_back == 0)
        return g_strdup_printf (_("day %d of the month of publication (%s)"), ph->n, pub);
      if (ph->month_fixed)
        return g_strdup_printf (_("day %d of the month before publication (%s)"), ph->n, pub);
      return g_strdup_printf (_("the most recent day %d of a month on or before %s"), ph->n, pub);

    case PHRASE_WEEKDAY:
      if (g_date_compare (&p->start, ref) == 0)
        return g_strdup_printf (_("the publication day, %s, itself a %s"), pub, english_weekdays[ph->n]);
      return g_strdup_printf (_("the %s before %s"), english_weekdays[ph->n], pub);

    case PHRASE_DAYS_AGO:
      if (ph->n == 0)
        return g_strdup_printf (_("the publication day, %s"), pub);
      if (ph->n == 1)
        return g_strdup_printf (_("the day before %s"), pub);
      return g_strdup_printf (_("%d days before %s"), ph->n, pub);

    case PHRASE_WEEKS_AGO:
      if (ph->n == 1)
        return g_strdup_printf (_("the 7 days before %s"), pub);
      return g_strdup_printf (_("the 7 days ending %d days before %s"), 7 * (ph->n - 1) + 1, pub);

    case PHRASE_CALENDAR_WEEK:
      if (ph->n == 0)
        return g_strdup_printf (_("from the Monday of the week of %s up to it"), pub);
      return g_strdup_printf (_("the week, Monday to Sunday, before the week of %s"), pub);

    case PHRASE_MONTHS_AGO:
      if (ph->n == 0)
        return g_strdup_printf (_("the month of %s"), pub);
      if (ph->n == 1)
        return g_strdup_printf (_("the month before %s"), pub);
      return g_strdup_printf (_("%d months before the month of %s"), ph->n, pub);

    case PHRASE_YEARS_AGO:
      if (ph->n == 0)
        return g_strdup_printf (_("the year of %s"), pub);
      if (ph->n == 1)
        return g_strdup_printf (_("the year before %s"), pub);
      return g_strdup_printf (_("%d years before the year of %s"), ph->n, pub);

    default:
      g_assert_not_reached ();
      return NULL;
    }
}

static void
set_result (SitrepResolvedDate *out,
            const Placed       *p,
            gboolean            year_unknown,
            char               *explanation)
{
  out->precision = p->precision;
  out->year_unknown = year_unknown;
  out->start = format_date (&p->start, p->precision, year_unknown);
  if (!out->open_end)
    out->end = format_date (&p->end, p->precision, year_unknown);
  g_free (out->explanation);
  out->explanation = explanation;
}

static void
set_unplaced (SitrepResolvedDate *out,
              gboolean            year_unknown,
              char               *explanation)
{
  out->precision = SITREP_SPAN_PRECISION_UNKNOWN;
  out->year_unknown = year_unknown;
  g_free (out->explanation);
  out->explanation = explanation;
}

void
sitrep_resolved_date_clear (SitrepResolvedDate *date)
{
  g_return_if_fail (date != NULL);

  g_clear_pointer (&date->start, g_free);
  g_clear_pointer (&date->end, g_free);
  g_clear_pointer (&date->explanation, g_free);
  g_clear_pointer (&date->text, g_free);
  memset (date, 0, sizeof *date);
}

const char *
sitrep_span_precision_to_string (SitrepSpanPrecision precision)
{
  switch (precision)
    {
    case SITREP_SPAN_PRECISION_DAY:
      return "day";
    case SITREP_SPAN_PRECISION_WEEK:
      return "week";
    case SITREP_SPAN_PRECISION_MONTH:
      return "month";
    case SITREP_SPAN_PRECISION_YEAR:
      return "year";
    case SITREP_SPAN_PRECISION_RANGE:
      return "range";
    case SITREP_SPAN_PRECISION_UNKNOWN:
    default:
      return "unknown";
    }
}

SitrepSpanPrecision
sitrep_span_precision_from_string (const char *name)
{
  for (SitrepSpanPrecision p = SITREP_SPAN_PRECISION_DAY; p <= SITREP_SPAN_PRECISION_RANGE; p++)
    {
      if (g_strcmp0 (name, sitrep_span_precision_to_string (p)) == 0)
        return p;
    }
  return SITREP_SPAN_PRECISION_UNKNOWN;
}

/* Resolves against a publication year that is not known: each of a common
 * and a leap year stands in for it, and only what they agree on is kept. */
static void
resolve_without_year (const Phrase       *ph,
                      int                 pub_month,
                      int                 pub_day,
                      const char         *pub,
                      SitrepResolvedDate *out)
{
  static const int stand_ins[] = { 2023, 2024 };
  Placed all[4], per_year[2];
  guint n_all = 0, n_years = 0;
  gboolean all_agree = TRUE, years_agree = TRUE;
  GDate refs[2];

  if (pub_month == 0 && !phrase_is_stated (ph))
    {
      set_unplaced (out, TRUE, g_strdup (_("the publication date is unknown")));
      return;
    }
  if (ph->kind == PHRASE_WEEKDAY)
    {
      set_unplaced (out, TRUE, g_strdup_printf (_("a weekday cannot be placed without the publication year (%s)"),
                                                pub));
      return;
    }

  for (gsize y = 0; y < G_N_ELEMENTS (stand_ins); y++)
    {
      GDate lo, hi;
      Placed p_lo, p_hi;

      /* With nothing known of publication, a stated day takes one year whole. */
      if (pub_month == 0)
        {
          set_dmy (&lo, 31, 12, stand_ins[y]);
          hi = lo;
        }
      else if (pub_day != 0)
        {
          if (!set_dmy (&lo, pub_day, pub_month, stand_ins[y]))
            continue;
          hi = lo;
        }
      else
        {
          set_dmy (&lo, 1, pub_month, stand_ins[y]);
          set_dmy (&hi, days_in_month (stand_ins[y], pub_month), pub_month, stand_ins[y]);
        }
      place (ph, &lo, &p_lo);
      place (ph, &hi, &p_hi);
      if (!p_lo.ok || !p_hi.ok)
        continue;
      all[n_all++] = p_lo;
      all[n_all++] = p_hi;
      refs[n_years] = lo;
      combine (&p_lo, &p_hi, &per_year[n_years++]);
    }

  if (n_years == 0)
    {
      set_unplaced (out, TRUE, g_strdup_printf (_("this date does not exist in the year of %s"), pub));
      return;
    }
  for (guint k = 1; k < n_all; k++)
    all_agree = all_agree && placed_equal_without_year (&all[0], &all[k]);
  for (guint k = 1; k < n_years; k++)
    years_agree = years_agree && placed_equal_without_year (&per_year[0], &per_year[k]);

  if (all[0].precision != SITREP_SPAN_PRECISION_YEAR && (all_agree || years_agree))
    {
      const Placed *p = all_agree ? &all[0] : &per_year[0];
      char *why;

      if (pub_month == 0)
        why = g_strdup (_("the year is not stated and the publication date is unknown"));
      else if (phrase_is_stated (ph))
        why = g_strdup_printf (_("the year is not stated and the publication year is unknown (%s)"), pub);
      else
        why = explain (ph, p, &refs[0], pub);
      set_result (out, p, TRUE, why);
      return;
    }
  set_unplaced (out, TRUE, g_strdup_printf (_("this cannot be placed without the publication year (%s)"),
                                            pub));
}

/* The last publication date read, per thread: the suggester resolves
 * every date of an article against the same one. */
typedef struct
{
  char                *published;
  SitrepDatePrecision  precision;
  SitrepDateMatch      match;
} PublicationCache;

static void
publication_cache_free (gpointer data)
{
  PublicationCache *cache = data;

  g_free (cache->published);
  g_free (cache);
}

static GPrivate publication_cache = G_PRIVATE_INIT (publication_cache_free);

/* @published read as a whole date, as far as its precision says it is known. */
static void
publication_match (const char          *published,
                   SitrepDatePrecision  published_precision,
                   SitrepDateMatch     *pm)
{
  PublicationCache *cache = g_private_get (&publication_cache);
  g_autoptr(SitrepDateTokens) pub_tokens = NULL;
  guint first;

  if (cache != NULL && cache->precision == published_precision && strcmp (cache->published, published) == 0)
    {
      *pm = cache->match;
      return;
    }
  memset (pm, 0, sizeof *pm);
  pub_tokens = _sitrep_date_tokenize (published, strlen (published));
  if (_sitrep_date_find_in_tokens (pub_tokens, TRUE, pm, &first))
    {
      if (published_precision == SITREP_DATE_PRECISION_UNKNOWN)
        pm->year = 0;
      if (published_precision == SITREP_DATE_PRECISION_YEAR)
        pm->month = 0;
      if (published_precision == SITREP_DATE_PRECISION_YEAR ||
          published_precision == SITREP_DATE_PRECISION_MONTH)
        pm->day = 0;
      if (pm->year == 0 && pm->month == 0)
        memset (pm, 0, sizeof *pm);
    }
  if (cache == NULL)
    {
      cache = g_new0 (PublicationCache, 1);
      g_private_set (&publication_cache, cache);
    }
  g_free (cache->published);
  cache->published = g_strdup (published);
  cache->precision = published_precision;
  cache->match = *pm;
}

/* sitrep_date_resolve(), with its explanation only when @explained: the
 * suggester resolves every date it finds and shows no explanation. */
static gboolean
resolve (const char          *span_text,
         const char          *published,
         SitrepDatePrecision  published_precision,
         gboolean             explained,
         SitrepResolvedDate  *out)
{
  g_autoptr(SitrepDateTokens) tokens = NULL;
  g_autofree char *pub = NULL;
  SitrepDateMatch pm = { 0 };
  Phrase ph;
  Placed p;

  g_return_val_if_fail (span_text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  out->text = g_strdup (span_text);
  tokens = _sitrep_date_tokenize (span_text, strlen (span_text));
  if (!_sitrep_date_parse_phrase (tokens, span_text, &ph))
    return FALSE;
  out->open_end = ph.since;

  if (phrase_is_absolute (&ph))
    {
      place (&ph, NULL, &p);
      if (p.ok)
        set_result (out, &p, FALSE, explained ? explain (&ph, &p, NULL, NULL) : NULL);
      else
        set_unplaced (out, FALSE, g_strdup (_("this date does not exist")));
      return TRUE;
    }

  /* The publication date as far as it is known; a year is never taken
   * from a publication whose precision says it is unknown. */
  if (published != NULL)
    publication_match (published, published_precision, &pm);

  if (pm.year == 0)
    {
      pub = sitrep_date_match_to_note (&pm);
      resolve_without_year (&ph, pm.month, pm.day, pub, out);
      return TRUE;
    }

  /* A report known only to its month (a web address's "/2016/04/") is sure
   * of the year of that month's days only: a day of another month stated
   * without its year ("March 12" in April) keeps its year unknown, as the
   * coders read such a report (session 45: those of tuning8 and tuning21
   * took such an address for no date). */
  if (published_precision == SITREP_DATE_PRECISION_MONTH && pm.month != 0 && pm.day == 0 &&
      ph.kind == PHRASE_DATE && ph.year == 0 && ph.month != 0 && ph.day != 0 && ph.month != pm.month)
    {
      resolve_without_year (&ph, 0, 0, "", out);
      if (out->year_unknown && out->start != NULL)
        {
          g_free (out->explanation);
          out->explanation = explained ?
            g_strdup_printf (_("the year is not stated and the publication is known only to another month (%s %d)"),
                             _sitrep_date_english_months[pm.month - 1], pm.year) : NULL;
          return TRUE;
        }
      sitrep_resolved_date_clear (out);
      out->text = g_strdup (span_text);
      out->open_end = ph.since;
    }

  {
    GDate lo, hi;
    Placed p_lo, p_hi;

    if (pm.day != 0)
      {
        set_dmy (&lo, pm.day, pm.month, pm.year);
        hi = lo;
        pub = explained ? describe_day (&lo) : NULL;
      }
    else if (pm.month != 0)
      {
        set_dmy (&lo, 1, pm.month, pm.year);
        set_dmy (&hi, days_in_month (pm.year, pm.month), pm.month, pm.year);
        pub = explained ? g_strdup_printf ("%s %d", _sitrep_date_english_months[pm.month - 1], pm.year) : NULL;
      }
    else
      {
        set_dmy (&lo, 1, 1, pm.year);
        set_dmy (&hi, 31, 12, pm.year);
        pub = explained ? g_strdup_printf ("%d", pm.year) : NULL;
      }

    place (&ph, &lo, &p_lo);
    place (&ph, &hi, &p_hi);
    combine (&p_lo, &p_hi, &p);
    if (!p.ok)
      set_unplaced (out, FALSE, explained ? g_strdup_printf (_("this date does not exist in the year of %s"), pub) : NULL);
    else if (pm.day != 0 || placed_equal (&p_lo, &p_hi))
      set_result (out, &p, FALSE, explained ? explain (&ph, &p, &lo, pub) : NULL);
    else if (!explained)
      set_result (out, &p, FALSE, NULL);
    else
      {
        g_autofree char *from = describe_day (&p.start);
        g_autofree char *to = describe_day (&p.end);

        set_result (out, &p, FALSE,
                    g_strdup_printf (pm.month != 0 ?
                                     _("any day from %s to %s: the publication date is known only to the month (%s)") :
                                     _("any day from %s to %s: the publication date is known only to the year (%s)"),
                                     from, to, pub));
      }
  }
  return TRUE;
}

gboolean
sitrep_date_resolve (const char          *span_text,
                     const char          *published,
                     SitrepDatePrecision  published_precision,
                     SitrepResolvedDate  *out)
{
  return resolve (span_text, published, published_precision, TRUE, out);
}

gboolean
_sitrep_date_resolve_unexplained (const char          *span_text,
                                  const char          *published,
                                  SitrepDatePrecision  published_precision,
                                  SitrepResolvedDate  *out)
{
  return resolve (span_text, published, published_precision, FALSE, out);
}

char *
sitrep_resolved_date_to_attributes_json (const SitrepResolvedDate *date)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (date != NULL, NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "date");
  if (date->start != NULL)
    json_builder_add_string_value (b, date->start);
  else
    json_builder_add_null_value (b);
  if (date->end != NULL && g_strcmp0 (date->end, date->start) != 0)
    {
      json_builder_set_member_name (b, "date_end");
      json_builder_add_string_value (b, date->end);
    }
  json_builder_set_member_name (b, "precision");
  json_builder_add_string_value (b, sitrep_span_precision_to_string (date->precision));
  json_builder_set_member_name (b, "year_unknown");
  json_builder_add_boolean_value (b, date->year_unknown);
  if (date->open_end)
    {
      json_builder_set_member_name (b, "open_end");
      json_builder_add_boolean_value (b, TRUE);
    }
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, date->text != NULL ? date->text : "");
  json_builder_end_object (b);
  root = json_builder_get_root (b);

  return json_to_string (root, FALSE);
}

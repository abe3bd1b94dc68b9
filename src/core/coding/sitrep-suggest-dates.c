/* sitrep-suggest-dates.c — proposing dates, absolute and relative, resolved against the publication date
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-dates-private.h"

/* The Arabic ones in their usual spellings, with and without hamza. */
const char * const _sitrep_suggest_weekdays[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "الاثنين", "الإثنين", "الأثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "الجمعه",
  "السبت", "الأحد", "الاحد", NULL
};
#define weekdays _sitrep_suggest_weekdays

/* Words before a month or "last month" that narrow it: "early", "mid", "late" … */
const char * const _sitrep_suggest_date_parts[] = {
  "early", "mid", "late", "earlier", "end", "beginning", "middle", NULL
};
#define parts _sitrep_suggest_date_parts

/* The last token ending at or before byte @offset. */
static guint
token_ending (SuggestRun *run,
              gsize       offset)
{
  guint i = _sitrep_suggest_token_from (run, offset);

  return i > 0 ? i - 1 : 0;
}

/* "November 17" in a report known only to its month ("2016-11") or year:
 * the reader gives every date it could be, a year apart. A report names a
 * day and month of the year up to its publication: the publication year
 * when the month is not after the publication's month, else the year
 * before. */
static void
year_before_publication (SuggestRun         *run,
                         SitrepResolvedDate *date)
{
  int y1, m1, d1, y2, m2, d2, py = 0, pm = 12, year;

  if (date->precision != SITREP_SPAN_PRECISION_RANGE || date->start == NULL || date->end == NULL ||
      run->published == NULL ||
      (run->precision != SITREP_DATE_PRECISION_MONTH && run->precision != SITREP_DATE_PRECISION_YEAR) ||
      sscanf (date->start, "%4d-%2d-%2d", &y1, &m1, &d1) != 3 ||
      sscanf (date->end, "%4d-%2d-%2d", &y2, &m2, &d2) != 3 ||
      m1 != m2 || d1 != d2 || y2 != y1 + 1 || sscanf (run->published, "%4d-%2d", &py, &pm) < 1)
    return;
  if (run->precision == SITREP_DATE_PRECISION_YEAR)
    pm = 12;
  year = m1 <= pm ? py : py - 1;
  if (year != y1 && year != y2)
    return;
  g_free (date->start);
  g_free (date->end);
  date->start = g_strdup_printf ("%04d-%02d-%02d", year, m1, d1);
  date->end = g_strdup (date->start);
  date->precision = SITREP_SPAN_PRECISION_DAY;
}

/* Julian day of @day @month @year, or 0 when there is none such. */
static guint32
julian_of (int year,
           int month,
           int day)
{
  GDate date;

  if (!g_date_valid_dmy (day, month, year))
    return 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

/* "26 August" (--08-26) in a report that dates itself (_sitrep_suggest_find_own_date ()):
 * the year that puts it nearest the report's own date (its middle for a
 * month), for a title's date may be the incident's rather than the
 * writing's. A range's end follows its start. */
static gboolean
year_from_own_date (SuggestRun         *run,
                    SitrepResolvedDate *date)
{
  int m1, d1, m2, d2, best = 0;
  gint64 best_gap = G_MAXINT64;
  guint32 own = julian_of (run->own_year, run->own_month, run->own_day > 0 ? run->own_day : 15);

  if (run->own_from == NULL || !date->year_unknown || date->start == NULL || own == 0 ||
      sscanf (date->start, "--%2d-%2d", &m1, &d1) != 2 || strlen (date->start) != 7)
    return FALSE;
  if (date->end == NULL || sscanf (date->end, "--%2d-%2d", &m2, &d2) != 2 || strlen (date->end) != 7)
    m2 = m1, d2 = d1;
  for (int year = run->own_year - 1; year <= run->own_year + 1; year++)
    {
      guint32 j = julian_of (year, m1, d1);
      gint64 gap = ABS ((gint64) j - (gint64) own);

      if (j != 0 && gap < best_gap)
        best = year, best_gap = gap;
    }
  if (best == 0)
    return FALSE;
  g_free (date->start);
  g_free (date->end);
  date->start = g_strdup_printf ("%04d-%02d-%02d", best, m1, d1);
  /* "28 December – 3 January" ends in the next year */
  date->end = g_strdup_printf ("%04d-%02d-%02d", m2 * 100 + d2 < m1 * 100 + d1 ? best + 1 : best, m2, d2);
  date->year_unknown = FALSE;
  return TRUE;
}

/* Whether @s is a date the text gives with its year ("Nov. 29, 2016",
 * "March 2020"), to the day or the month, not where something began
 * ("since March 2011") nor one its title or dateline lent a year. */
static gboolean
dated_with_year (SuggestRun             *run,
                 const SitrepSuggestion *s)
{
  gsize len = s->date_start != NULL ? strlen (s->date_start) : 0;

  gsize from = s->byte_start;

  if (!(s->kind == SITREP_SUGGEST_DATE && !s->year_unknown && s->year_from == NULL && (len == 10 || len == 7) &&
        g_ascii_isdigit (s->date_start[0])))
    return FALSE;
  /* nor one in a clause of "since" ("منذ إعلان تحرير المدينة … في يونيو 2017"):
   * back to the sentence's start, at most 160 bytes */
  while (from > 0 && s->byte_start - from < 160 && run->text[from - 1] != '.' && run->text[from - 1] != '\n')
    from--;
  for (gsize at = from; at < s->byte_start; at++)
    if ((at == from || run->text[at - 1] == ' ') &&
        (strncmp (run->text + at, "منذ ", strlen ("منذ ")) == 0 || g_ascii_strncasecmp (run->text + at, "since ", 6) == 0))
      return FALSE;
  return !_sitrep_suggest_date_is_a_start (run->text, s->byte_start);
}

/* A report that has no date of its own (no publication date, no dated
 * title or dateline) but names a day or month with its year in its text
 * ("the results of the September 17 … airstrike investigation … at 10
 * a.m. Nov. 29, 2016"): each date of the text without its year
 * ("--09-17") is given the year that puts it nearest the dated mention
 * nearest it as a guess, and flagged doubtful. Its date stays year-less
 * (what the report says); the guess is the coder's to take. A year alone
 * ("stormed in 2018") suggests none: reports name past years. */
static void
guess_years (SuggestRun *run,
             guint       from)
{
  guint n = run->out->len - from;
  g_autofree const SitrepSuggestion **after = NULL;
  const SitrepSuggestion *before = NULL;

  if (n < 2)
    return;
  /* The dates are by their start: the dated mention nearest each one is
   * the last before it or the first after it. */
  after = g_new0 (const SitrepSuggestion *, n + 1);
  for (guint k = n; k > 0; k--)
    {
      const SitrepSuggestion *a = run->out->pdata[from + k - 1];

      after[k - 1] = dated_with_year (run, a) ? a : after[k];
    }
  for (guint k = 0; k < n; k++)
    {
      SitrepSuggestion *s = run->out->pdata[from + k];
      const SitrepSuggestion *near = before;
      int m, d, ay, am, ad = 15, best = 0;
      gint64 best_days = G_MAXINT64;
      guint32 anchor;

      if (dated_with_year (run, s))
        {
          before = s;
          continue;
        }
      if (s->kind != SITREP_SUGGEST_DATE || !s->year_unknown || s->date_start == NULL ||
          strlen (s->date_start) != 7 || sscanf (s->date_start, "--%2d-%2d", &m, &d) != 2)
        continue;
      if (after[k + 1] != NULL &&
          (near == NULL || after[k + 1]->byte_start - s->byte_start < s->byte_start - near->byte_start))
        near = after[k + 1];
      if (near == NULL || sscanf (near->date_start, "%4d-%2d-%2d", &ay, &am, &ad) < 2 ||
          (anchor = julian_of (ay, am, ad)) == 0)
        continue;
      for (int year = ay - 1; year <= ay + 1; year++)
        {
          guint32 j = julian_of (year, m, d);
          gint64 days = ABS ((gint64) j - (gint64) anchor);

          if (j != 0 && days < best_days)
            best = year, best_days = days;
        }
      if (best != 0)
        {
          s->year_guess = best;
          s->doubtful = TRUE;
        }
    }
}

/* Whether bytes @from … @to of the run's text hold a year: four digits in
 * a row, Western or Arabic-Indic. */
static gboolean
states_year (SuggestRun *run,
             gsize       from,
             gsize       to)
{
  guint digits = 0;

  for (const char *p = run->text + from; p < run->text + to; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isdigit (g_utf8_get_char (p)))
        digits = 0;
      else if (++digits == 4)
        return TRUE;
    }
  return FALSE;
}

/* How far back a month named with its year lends that year. */
#define SAME_MONTH_BYTES 600

/* The year and month of an ISO date "YYYY-MM…" read by hand (the
 * suggester asks it of every date), FALSE for a year-less or shorter one. */
static gboolean
year_month (const char *iso,
            int        *year,
            int        *month)
{
  if (iso == NULL)
    return FALSE;
  for (guint k = 0; k < 7; k++)
    if (k == 4 ? iso[k] != '-' : !g_ascii_isdigit (iso[k]))
      return FALSE;
  *year = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0');
  *month = (iso[5] - '0') * 10 + (iso[6] - '0');
  return TRUE;
}

/* "… since the revolution began in mid-March 2011 … the first death in
 * Daraa on 18 March": a day without its year (given the publication's)
 * whose month the text named with its year just before, and no other date
 * with a year in between, is of that month: it takes that year. Dates are
 * run->out[@from …), by their start. */
static void
year_from_same_month (SuggestRun *run,
                      guint       from)
{
  for (guint k = from + 1; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      const SitrepSuggestion *anchor = NULL;
      int y, m, d, ay = 0, am = 0, ey, em, ed, delta;

      if (s->kind != SITREP_SUGGEST_DATE || s->year_unknown || s->year_from != NULL ||
          (s->date_precision != SITREP_SPAN_PRECISION_DAY && s->date_precision != SITREP_SPAN_PRECISION_RANGE) ||
          s->date_start == NULL || strlen (s->date_start) != 10 || !year_month (s->date_start, &y, &m))
        continue;
      /* the nearest date before it that states its year */
      for (guint j = k; j > from && anchor == NULL; j--)
        {
          const SitrepSuggestion *o = run->out->pdata[j - 1];

          if (o->byte_end + SAME_MONTH_BYTES < s->byte_start)
            break;
          if (o->kind == SITREP_SUGGEST_DATE && o->byte_end <= s->byte_start && year_month (o->date_start, &ay, &am) &&
              states_year (run, o->byte_start, o->byte_end))
            anchor = o;
        }
      if (anchor == NULL || am != m || ay >= y || states_year (run, s->byte_start, s->byte_end))
        continue;
      d = atoi (s->date_start + 8);
      delta = ay - y;
      if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) ay))
        continue;
      if (s->date_end != NULL && sscanf (s->date_end, "%4d-%2d-%2d", &ey, &em, &ed) == 3 &&
          !g_date_valid_dmy ((GDateDay) ed, (GDateMonth) em, (GDateYear) (ey + delta)))
        continue;
      s->date_start = _sitrep_suggest_str_take (run, g_strdup_printf ("%04d-%02d-%02d", ay, m, d));
      if (s->date_end != NULL && sscanf (s->date_end, "%4d-%2d-%2d", &ey, &em, &ed) == 3)
        s->date_end = _sitrep_suggest_str_take (run, g_strdup_printf ("%04d-%02d-%02d", ey + delta, em, ed));
    }
}

#define MAX_MEMO_DATES 4096

/* How a date's words resolved: the same words resolve the same way against
 * one publication date, and a report repeats its dates ("on Saturday",
 * "yesterday", "October 14") as do the reports of one day, so each is read
 * once while the publication date stays (the suggester keeps the memo from
 * text to text, emptied when the date changes). */
typedef struct
{
  gboolean             ok;
  char                *start;
  char                *end;
  SitrepSpanPrecision  precision;
  gboolean             year_unknown;
} MemoDate;

static void
memo_date_free (gpointer data)
{
  MemoDate *m = data;

  g_free (m->start);
  g_free (m->end);
  g_free (m);
}

/* _sitrep_date_resolve_unexplained() of @words against the run's
 * publication date; only the fields add_date() reads are filled from the
 * memo (start, end, precision, year_unknown). */
static gboolean
resolve_words (SuggestRun         *run,
               const char         *words,
               SitrepResolvedDate *date)
{
  MemoDate *m = g_hash_table_lookup (run->date_memo, words);

  if (m == NULL)
    {
      gboolean ok = _sitrep_date_resolve_unexplained (words, run->published, run->precision, date);

      if (g_hash_table_size (run->date_memo) >= MAX_MEMO_DATES)
        g_hash_table_remove_all (run->date_memo);
      m = g_new (MemoDate, 1);
      *m = (MemoDate) { ok, ok ? g_strdup (date->start) : NULL, ok ? g_strdup (date->end) : NULL,
                        date->precision, date->year_unknown };
      g_hash_table_insert (run->date_memo, g_strdup (words), m);
      return ok;
    }
  if (!m->ok)
    return FALSE;
  date->start = g_strdup (m->start);
  date->end = g_strdup (m->end);
  date->precision = m->precision;
  date->year_unknown = m->year_unknown;
  return TRUE;
}

/* The date @words say (as read; NULL: tokens @first … @last's own words) over those tokens. */
gboolean
_sitrep_suggest_add_date_read (SuggestRun *run,
                               guint       first,
                               guint       last,
                               const char *read)
{
  g_auto(SitrepResolvedDate) date = { 0 };
  g_autofree char *words = NULL;
  SitrepSuggestion *s;
  gboolean year_from;

  if (first > last || last >= run->tokens->len || _sitrep_suggest_date_names_place (run, first, last))
    return FALSE;
  words = read != NULL ? g_strdup (read)
                       : g_strndup (run->text + tok (run, first)->start, tok (run, last)->end - tok (run, first)->start);
  if (!resolve_words (run, words, &date))
    return FALSE;
  if (_sitrep_suggest_is_rejected (run, SITREP_SUGGEST_DATE, words))
    return TRUE;
  year_before_publication (run, &date);
  _sitrep_suggest_past_day_last_year (run, first, last, &date);
  year_from = year_from_own_date (run, &date);
  s = _sitrep_suggest_add (run, SITREP_SUGGEST_DATE, first, last);
  s->date_start = _sitrep_suggest_str_take (run, g_steal_pointer (&date.start));
  s->date_end = _sitrep_suggest_str_take (run, g_steal_pointer (&date.end));
  s->date_precision = date.precision;
  s->year_unknown = date.year_unknown;
  s->year_from = year_from ? run->own_from : NULL;
  s->score = s->date_start != NULL ? 0.8 : 0.5;
  return TRUE;
}

static gboolean
add_date (SuggestRun *run,
          guint       first,
          guint       last)
{
  return _sitrep_suggest_add_date_read (run, first, last, NULL);
}

/* "June16", "March3" written without their space: a month's English name
 * glued to a day of one or two digits, read as "June 16". Not a word that
 * only starts as a month's name does ("Marc16", "Mayor12"). With a day
 * glued before it, the digits after are the year's two ("11Jul14", a
 * source line's date: 11 July 2014), never a day. */
static void
glued_day (SuggestRun *run,
           guint       i)
{
  const SuggestToken *t = tok (run, i);
  const char *p = run->text + t->start;
  gsize len = t->end - t->start, k = len;
  gboolean day_before = i > 0 && t->space_before == 0 && (tok (run, i - 1)->flags & TOK_NUMBER) &&
                        tok (run, i - 1)->end == t->start;
  char name[16];

  while (k > 0 && g_ascii_isdigit (p[k - 1]))
    k--;
  if (k < 3 || k >= sizeof name || len - k > 2 || k == len)
    return;
  memcpy (name, p, k);
  name[k] = '\0';
  if (day_before)
    {
      int day = atoi (run->text + tok (run, i - 1)->start);
      g_autofree char *read = NULL;

      if (len - k != 2 || tok (run, i - 1)->end - tok (run, i - 1)->start > 2 || day < 1 || day > 31 ||
          sitrep_date_month_from_name (name) == 0)
        return;
      read = g_strdup_printf ("%d %s %d", day, name, _sitrep_suggest_century_year (run, atoi (p + k)));
      _sitrep_suggest_add_date_read (run, i - 1, i, read);
      return;
    }
  if (g_ascii_isdigit (p[k]) && p[k] != '0' && sitrep_date_month_from_name (name) != 0)
    {
      g_autofree char *read = g_strdup_printf ("%s %.*s", name, (int) (len - k), p + k);

      _sitrep_suggest_add_date_read (run, i, i, read);
    }
}

#define MAX_CACHED_MONTH_WORDS 50000

/* The English month names sitrep_date_month_from_name() knows. */
static const char * const month_words[] = {
  "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun",
  "july", "jul", "august", "aug", "september", "sept", "sep", "october", "oct", "november",
  "nov", "december", "dec", NULL
};

/* A month's name, or the first word of the Levantine months of two words
 * ("تشرين الثاني"), which anchors them as a month's name does. */
static gboolean
month_anchor (const char *word)
{
  return sitrep_date_month_from_name (word) != 0 ||
         strcmp (word, "تشرين") == 0 || strcmp (word, "كانون") == 0;
}

gboolean
_sitrep_suggest_is_month_slow (SuggestRun *run,
                               guint       i)
{
  const SuggestToken *t = tok (run, i);
  char buf[16];
  gsize len = t->end - t->start;
  int month;

  if (!(t->flags & TOK_WORD) || len >= sizeof buf || len < 3)
    return FALSE;
  /* Only English month names (capitalised) and Arabic ones are looked up. */
  if (!(t->flags & TOK_ARABIC) && strchr ("JFMASONDjfmasond", run->text[t->start]) == NULL)
    return FALSE;
  /* An ASCII word is a month's name when it is in the list of them
   * (sitrep_date_month_from_name() folds it to its lower case): one AND. */
  if (!(t->flags & TOK_ARABIC))
    {
      gsize k;

      for (k = 0; k < len && (guchar) run->text[t->start + k] < 0x80; k++)
        ;
      if (k == len)
        return _sitrep_suggest_tok_in (run, i, month_words);
    }
  memcpy (buf, run->text + t->start, len);
  buf[len] = '\0';
  if (run->month_cache == NULL)
    return month_anchor (buf);
  /* Folding a word to compare it with the month names costs more than
   * remembering the answer for the words of a text. */
  month = GPOINTER_TO_INT (g_hash_table_lookup (run->month_cache, buf));
  if (month == 0)
    {
      if (g_hash_table_size (run->month_cache) > MAX_CACHED_MONTH_WORDS)
        g_hash_table_remove_all (run->month_cache);
      month = month_anchor (buf) ? 2 : 1;
      g_hash_table_insert (run->month_cache, g_strdup (buf), GINT_TO_POINTER (month));
    }
  return month > 1;
}

/* A word or mark that joins the two ends of a range of days. */
static gboolean
is_range_joint (SuggestRun *run,
                guint       i)
{
  static const char * const joints[] = { "and", "to", "until", "till", "through", "و", "حتى", "إلى", "الى", NULL };
  const char *p;

  if (i >= run->tokens->len)
    return FALSE;
  p = run->text + tok (run, i)->start;
  if (tok (run, i)->flags & TOK_WORD)
    return _sitrep_suggest_tok_among (run, i, joints);
  return *p == '-' || _sitrep_suggest_has_prefix (p, "–") || _sitrep_suggest_has_prefix (p, "—");
}

static gboolean
is_day_number (SuggestRun *run,
               guint       i)
{
  return i < run->tokens->len && (tok (run, i)->flags & TOK_NUMBER) && tok (run, i)->end - tok (run, i)->start <= 2;
}

/* "و18": Arabic's "and" glued to a day of one or two digits, one token. */
static gboolean
is_and_day (SuggestRun *run,
            guint       i)
{
  const SuggestToken *t = tok (run, i);
  const char *p = run->text + t->start, *end = run->text + t->end;
  guint n = 0;

  if (!(t->flags & TOK_WORD) || t->end - t->start < 3 || !_sitrep_suggest_has_prefix (p, "و"))
    return FALSE;
  for (p += strlen ("و"); p < end; p = g_utf8_next_char (p), n++)
    if (!g_unichar_isdigit (g_utf8_get_char (p)))
      return FALSE;
  return n >= 1 && n <= 2;
}

/* A range ends at a day, a month's name or a year, not at the words after it; a Levantine month of two words
 * ("14-16 تشرين الأول") at its second. */
static gboolean
range_may_end (SuggestRun *run,
               guint       i)
{
  return (tok (run, i)->flags & TOK_NUMBER) || ((tok (run, i)->flags & TOK_WORD) && _sitrep_suggest_is_month (run, i)) ||
         (i > 0 && (tok (run, i)->flags & TOK_ARABIC) &&
          (_sitrep_suggest_tok_is (run, i - 1, "تشرين") || _sitrep_suggest_tok_is (run, i - 1, "كانون")));
}

/* Whether tokens @first … @last read as a range of days ("between 3 and 5
 * May"); the reader decides. */
static gboolean
reads_as_range (SuggestRun *run,
                guint       first,
                guint       last)
{
  g_auto(SitrepResolvedDate) date = { 0 };
  g_autofree char *words = NULL;

  if (first > last || last >= run->tokens->len)
    return FALSE;
  words = g_strndup (run->text + tok (run, first)->start, tok (run, last)->end - tok (run, first)->start);
  return resolve_words (run, words, &date) && date.precision == SITREP_SPAN_PRECISION_RANGE;
}

/* "between 3 and 5 May", "9-10 March", "March 3-5", "from March 3 to 5":
 * the range of days around the month's name at @month (the date read there,
 * if any, is @first … @last) proposed whole, its date its first day. Sets
 * @end to the range's last token. */
static gboolean
add_range (SuggestRun *run,
           guint       month,
           guint       first,
           guint       last,
           gsize       done,
           guint      *end)
{
  guint n = run->tokens->len;
  guint from, to;

  /* "9-10 March", "between 3 and 5 May 2016", "بين 17 و18 أيار" */
  if ((month >= 3 && is_day_number (run, month - 1) && is_range_joint (run, month - 2) &&
       is_day_number (run, month - 3) && tok (run, month - 3)->start >= done) ||
      (month >= 2 && is_and_day (run, month - 1) && is_day_number (run, month - 2)))
    {
      from = is_day_number (run, month - 1) ? month - 3 : month - 2;
      if (from > 0 && (_sitrep_suggest_tok_is (run, from - 1, "between") || _sitrep_suggest_tok_is (run, from - 1, "from") ||
                       _sitrep_suggest_tok_is (run, from - 1, "بين") || _sitrep_suggest_tok_is (run, from - 1, "من")))
        from--;
      for (to = MIN (month + 2, n - 1); to >= month; to--)
        if (range_may_end (run, to) && reads_as_range (run, from, to))
          {
            *end = to;
            return add_date (run, from, to);
          }
      return FALSE;
    }
  /* "March 3-5", "from March 3 to 5, 2016". Both ends with their month
   * ("from June 30 to July 6") are two dates a coder lists each. */
  if (first > last || !is_range_joint (run, last + 1) || !is_day_number (run, last + 2) ||
      (last + 3 < n && (tok (run, last + 3)->flags & TOK_WORD) && _sitrep_suggest_is_month (run, last + 3)))
    return FALSE;
  /* "December 18th, 2022 - 05:48 GMT": the hour it was posted, no day */
  if (last + 4 < n && run->text[tok (run, last + 3)->start] == ':' && tok (run, last + 3)->space_before == 0 &&
      (tok (run, last + 4)->flags & TOK_NUMBER) && tok (run, last + 4)->space_before == 0)
    return FALSE;
  from = first;
  if (from > 0 && (_sitrep_suggest_tok_is (run, from - 1, "between") || _sitrep_suggest_tok_is (run, from - 1, "from")))
    from--;
  else if (!(tok (run, last + 1)->flags & TOK_PUNCT))
    return FALSE;   /* only "March 3-5" goes without "between" or "from" */
  for (to = MIN (last + 4, n - 1); to >= last + 2; to--)
    if (range_may_end (run, to) && reads_as_range (run, from, to))
      {
        *end = to;
        return add_date (run, from, to);
      }
  return FALSE;
}

/* Words that open a part of a month before its name: "mid-June", "late
 * June 2024", "the end of July", "the first week of March", "the second half
 * of July", "منتصف حزيران", "أواخر تموز", "الأسبوع الأول من آذار". */
static const char * const month_part_starts[] = {
  "early", "mid", "late", "end", "beginning", "middle", "start", "first", "second", "third", "fourth", "last",
  "final", "مطلع", "بداية", "أوائل", "اوائل", "منتصف", "أواسط", "اواسط", "أواخر", "اواخر", "نهاية", "الأسبوع",
  "الاسبوع", "النصف", NULL
};

/* A part of a month whose name is at @month, proposed whole ("mid-June",
 * "the first week of March 2024"): its words start up to four tokens
 * before the name and end at it or at its year. Sets @end to its last
 * token; FALSE when no part of a month is there. */
static gboolean
month_part (SuggestRun *run,
            guint       month,
            gsize       done,
            guint      *end)
{
  guint n = run->tokens->len;

  for (guint back = 1; back <= 4 && back <= month; back++)
    {
      guint from = month - back;

      if (tok (run, from)->start < done || tok (run, from)->sentence != tok (run, month)->sentence)
        break;
      /* the shapes of the parts: "mid-June", "mid June", "end of June", "منتصف شهر حزيران", "first week
       * of June", "الأسبوع الأول من حزيران" */
      if (!(tok (run, from)->flags & TOK_WORD) ||
          (back == 2 && !(tok (run, month - 1)->flags & (TOK_HYPHEN | TOK_PUNCT)) && !_sitrep_suggest_tok_is (run, month - 1, "of") &&
           !_sitrep_suggest_tok_is (run, month - 1, "شهر")) ||
          (back >= 3 && !_sitrep_suggest_tok_is (run, month - 1, "of") && !_sitrep_suggest_tok_is (run, month - 1, "من")) ||
          !_sitrep_suggest_tok_among (run, from, month_part_starts))
        continue;
      for (guint to = MIN (month + 2, n - 1); to >= month; to--)
        if (range_may_end (run, to) && reads_as_range (run, from, to))
          {
            *end = to;
            return add_date (run, from, to);
          }
    }
  return FALSE;
}

/* Whether token @i is a month's name with Arabic "و" glued on ("وأيلول"). */
static gboolean
is_and_month (SuggestRun *run,
              guint       i)
{
  const SuggestToken *t = tok (run, i);
  g_autofree char *rest = NULL;

  if (!(t->flags & TOK_ARABIC) || !(t->flags & TOK_WORD) || t->end - t->start <= strlen ("و") + 2 ||
      !_sitrep_suggest_has_prefix (run->text + t->start, "و"))
    return FALSE;
  rest = g_strndup (run->text + t->start + strlen ("و"), t->end - t->start - strlen ("و"));
  return sitrep_date_month_from_name (rest) != 0;
}

/* "in August and September", "between June and August 2023", "from June to
 * August", "في آب وأيلول": a span of months from the month's name at
 * @month, proposed whole (the reader decides). Sets @end to its last
 * token. */
static gboolean
month_span (SuggestRun *run,
            guint       month,
            gsize       done,
            guint      *end)
{
  guint n = run->tokens->len, second, from = month;

  if (month + 1 >= n)
    return FALSE;
  /* the month after first, which is most often not there: the joint is asked last */
  if ((tok (run, month + 1)->flags & TOK_ARABIC) && is_and_month (run, month + 1))
    second = month + 1;
  else if (month + 2 < n && (tok (run, month + 2)->flags & TOK_WORD) &&
           (_sitrep_suggest_is_month (run, month + 2) ||
            ((tok (run, month + 2)->flags & TOK_ARABIC) && is_and_month (run, month + 2))) &&
           is_range_joint (run, month + 1))
    second = month + 2;
  else
    return FALSE;
  if (from > 0 && tok (run, from - 1)->start >= done &&
      (_sitrep_suggest_tok_is (run, from - 1, "between") || _sitrep_suggest_tok_is (run, from - 1, "from") ||
       _sitrep_suggest_tok_is (run, from - 1, "بين")))
    from--;
  for (guint to = MIN (second + 2, n - 1); to >= second; to--)
    {
      g_auto(SitrepResolvedDate) date = { 0 };
      g_autoptr(GString) read = NULL;

      if (!range_may_end (run, to) && to != second)
        continue;
      read = g_string_new_len (run->text + tok (run, from)->start, tok (run, to)->end - tok (run, from)->start);
      /* the reader takes "وأيلول" as "و أيلول" */
      if (is_and_month (run, second))
        g_string_insert_c (read, tok (run, second)->start - tok (run, from)->start + strlen ("و"), ' ');
      if (resolve_words (run, read->str, &date) && date.precision == SITREP_SPAN_PRECISION_RANGE)
        {
          *end = to;
          return _sitrep_suggest_add_date_read (run, from, to, read->str);
        }
    }
  return FALSE;
}

/* Whether token @i is a verb of the past in lower case that may follow a
 * day ("the shelling on the 5th killed …", "… on the 20th were"): a word
 * in "-ed" (not "armed": "on the 5th armed forces"), "was", "were", "left",
 * "hit". */
static gboolean
past_verb (SuggestRun *run,
           guint       i)
{
  static const char * const verbs[] = { "was", "were", "left", "hit", NULL };
  const SuggestToken *t = tok (run, i);
  const char *p = run->text + t->start;
  gsize len = t->end - t->start;

  /* TOK_CAP: a capital, or Arabic script */
  if (!(t->flags & TOK_WORD) || (t->flags & TOK_CAP))
    return FALSE;
  if (_sitrep_suggest_tok_among (run, i, verbs))
    return TRUE;
  return len >= 4 && p[len - 2] == 'e' && p[len - 1] == 'd' && !(len == 5 && strncmp (p, "armed", 5) == 0);
}

/* "on the 12th", "On the 3rd, …": a day of the month without its month, at
 * the number @i (its suffix the next token), read as the most recent such
 * day on or before publication. Only after "on the" and before a mark, the
 * text's end or a word of time: not "the 12th Armoured Division", "on the
 * 3rd floor", "on the 4th of this month" (relative_dates ()). */
static gboolean
day_of_month_alone (SuggestRun *run,
                    guint       i)
{
  static const char * const month_names[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"
  };
  static const char * const after[] = {
    "at", "in", "when", "and", "after", "as", "while", "morning", "night", "evening", "afternoon",
    "near", "outside", "around", "north", "south", "east", "west", "during", "amid", "against", NULL
  };
  const SuggestToken *t = tok (run, i);
  guint n = run->tokens->len;

  const char *suffix;

  if (!(t->flags & TOK_NUMBER) || (t->flags & TOK_WORD) || t->end - t->start > 2 || i < 2 || i + 1 >= n ||
      tok (run, i + 1)->space_before != 0 || tok (run, i + 1)->end - tok (run, i + 1)->start != 2)
    return FALSE;
  /* "st", "nd", "rd", "th" */
  suffix = run->text + tok (run, i + 1)->start;
  if (!(g_ascii_strncasecmp (suffix, "st", 2) == 0 || g_ascii_strncasecmp (suffix, "nd", 2) == 0 ||
        g_ascii_strncasecmp (suffix, "rd", 2) == 0 || g_ascii_strncasecmp (suffix, "th", 2) == 0) ||
      !_sitrep_suggest_tok_is (run, i - 1, "the") || !_sitrep_suggest_tok_is (run, i - 2, "on"))
    return FALSE;
  if (i + 2 < n && tok (run, i + 2)->sentence == t->sentence &&
      !((tok (run, i + 2)->flags & TOK_PUNCT) && strchr (",.;:)", run->text[tok (run, i + 2)->start]) != NULL) &&
      !((tok (run, i + 2)->flags & TOK_WORD) && _sitrep_suggest_tok_among (run, i + 2, after)) &&
      !past_verb (run, i + 2))
    return FALSE;
  /* "On 10 May … on the 12th": of the month of the day named last before it
   * (of the month after for a smaller day), else against publication */
  for (guint k = run->out->len, seen = 0; k > 0 && seen < 8; k--, seen++)
    {
      const SitrepSuggestion *o = run->out->pdata[k - 1];
      int y = 0, m = 0, d = 0, day = atoi (run->text + t->start);
      g_autofree char *read = NULL;

      if (o->kind != SITREP_SUGGEST_DATE || o->byte_end > t->start || o->date_start == NULL ||
          o->date_precision != SITREP_SPAN_PRECISION_DAY)
        continue;
      if (sscanf (o->date_start, "%4d-%2d-%2d", &y, &m, &d) != 3 && sscanf (o->date_start, "--%2d-%2d", &m, &d) != 2)
        break;
      if (day < d && ++m > 12)
        m = 1, y = y > 0 ? y + 1 : 0;
      read = y > 0 ? g_strdup_printf ("%d %s %d", day, month_names[m - 1], y)
                   : g_strdup_printf ("%d %s", day, month_names[m - 1]);
      return _sitrep_suggest_add_date_read (run, i - 1, i + 1, read);
    }
  return add_date (run, i - 1, i + 1);
}

/* Dates are read only around the words that can start or anchor one (a
 * month's name, an ISO date), each in a short window: a long text costs
 * what its dates cost, not its length times their number. */
static void
absolute_dates (SuggestRun *run)
{
  guint n = run->tokens->len;
  gsize done = 0;
  guint64 month_bit = _sitrep_suggest_list_bit (run, month_words);

  for (guint i = 0; i < n; i++)
    {
      const SuggestToken *t;
      guint back, from, to;
      gsize start, end;
      SitrepDateMatch match;

      /* Only a month's name (an ASCII one is in the list, another is a
       * word of other letters), a glued day ("June16") or a number starts
       * a date: a block of tokens with none is passed over at one test. */
      if (month_bit != 0 && (i = _sitrep_suggest_next_listed (run, i, n, month_bit,
                                                              TOK_NUMBER | TOK_ARABIC | TOK_MIXED)) >= n)
        break;
      t = tok (run, i);
      /* Marks start no date: one test. */
      if (t->flags & TOK_PUNCT)
        continue;
      /* "on the 12th": a day with no month's name */
      if ((t->flags & TOK_NUMBER) && tok (run, i - (i > 0))->start >= done && day_of_month_alone (run, i))
        {
          done = tok (run, i + 1)->end;
          i++;
          continue;
        }
      /* "June16": no month's name, but one with its day glued on */
      if ((t->flags & TOK_WORD) && !(t->flags & TOK_ARABIC) && g_ascii_isdigit (run->text[t->end - 1]) &&
          strchr ("JFMASOND", run->text[t->start]) != NULL && !_sitrep_suggest_is_month (run, i))
        {
          glued_day (run, i);
          continue;
        }
      /* A month's name is a word; an ISO date's year a number. */
      if ((t->flags & TOK_WORD) ? !_sitrep_suggest_is_month (run, i) :
                                  !((t->flags & TOK_NUMBER) && t->end - t->start == 4 && i + 2 < n &&
                                    (tok (run, i + 1)->flags & TOK_HYPHEN) && tok (run, i + 1)->space_before == 0))
        continue;
      if ((i & 0xff) == 0 && g_cancellable_is_cancelled (run->cancellable))
        return;
      /* "mid-June", "the first week of March": a part of the month named;
       * "August and September": a span of months */
      {
        guint part_end;

        if ((t->flags & TOK_WORD) && ((i > 0 && month_part (run, i, done, &part_end)) ||
                                      month_span (run, i, done, &part_end)))
          {
            done = tok (run, part_end)->end;
            i = part_end;
            continue;
          }
      }
      /* Arabic days come in words: "السابع عشر من شهر تشرين الثاني". */
      back = (t->flags & TOK_ARABIC) ? 5 : 3;
      /* "the twenty-first of April": the tens before the hyphen too */
      if (back == 3 && i >= 4 && (tok (run, i - 3)->flags & TOK_HYPHEN) && (tok (run, i - 4)->flags & TOK_WORD))
        back = 4;
      from = i >= back ? i - back : 0;
      to = MIN (i + 6, n - 1);
      while (from < i && tok (run, from)->start < done)
        from++;
      start = tok (run, from)->start;
      end = tok (run, to)->end;
      if (!sitrep_date_find (run->text + start, end - start, &match) || start + match.end <= t->start)
        {
          guint range_end;

          /* "9-10 March" is no date the finder takes: a range or nothing */
          if ((t->flags & TOK_WORD) && i >= 2 && tok (run, i - 2)->start >= done &&
              add_range (run, i, 1, 0, done, &range_end))
            {
              done = tok (run, range_end)->end;
              i = range_end;
            }
          continue;
        }
      {
        guint first = _sitrep_suggest_token_from (run, start + match.start);
        guint last = token_ending (run, start + match.end);
        guint range_end;

        /* "الـ4 من تشرين الأول": a day's number inside a word with the article */
        if (first > 0 && tok (run, first - 1)->end > start + match.start)
          first--;

        if (first < n && first > 0 && _sitrep_suggest_tok_in (run, first - 1, parts))
          first--;
        if ((t->flags & TOK_WORD) && (first == 0 || tok (run, first - 1)->start >= done) &&
            add_range (run, i, first, last, done, &range_end))
          done = tok (run, range_end)->end;
        else
          {
            add_date (run, first, last);
            done = start + match.end;
          }
        while (i + 1 < n && tok (run, i + 1)->start < done)
          i++;
      }
    }
}

/* The relative dates ("yesterday", "on Tuesday"), against the publication
 * date; in a report without one, against its dateline's day in full
 * ("(UNAMI) 3 May 2016 – Two people were killed yesterday"), the day it
 * was written (a title's day may be the incident's), read with a memo of
 * their own; so too in a report published a day or two after its dateline
 * ("بعقوبة، العراق 19 ابريل 2022 (شينخوا) قتل اليوم (الثلاثاء)" of the 20th). */
static void
relative_dates (SuggestRun *run,
                guint       before)
{
  SitrepDateMatch m = { 0 };
  GHashTable *memo = run->date_memo;
  const char *published = run->published;
  SitrepDatePrecision precision = run->precision;
  gboolean known = run->published != NULL && run->precision != SITREP_DATE_PRECISION_UNKNOWN, dated_line = FALSE;
  g_autofree char *day = NULL;

  /* with a publication day, only a report whose dates hold a dateline's is read for one */
  for (guint k = before; known && k < run->out->len && !dated_line; k++)
    dated_line = ((const SitrepSuggestion *) run->out->pdata[k])->dateline;
  if ((known && (run->precision != SITREP_DATE_PRECISION_DAY || !dated_line)) || !_sitrep_suggest_dateline_date (run->text, &m) ||
      m.precision != SITREP_DATE_PRECISION_DAY || (known && !_sitrep_suggest_written_before_publication (run, &m)))
    {
      _sitrep_suggest_relative_dates (run, before);
      return;
    }
  day = g_strdup_printf ("%04d-%02d-%02d", m.year, m.month, m.day);
  run->published = day;
  run->precision = SITREP_DATE_PRECISION_DAY;
  run->date_memo = _sitrep_suggest_date_memo_new ();
  _sitrep_suggest_relative_dates (run, before);
  g_hash_table_unref (run->date_memo);
  run->date_memo = memo;
  run->published = published;
  run->precision = precision;
}

GHashTable *
_sitrep_suggest_date_memo_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, memo_date_free);
}

void
_sitrep_suggest_dates (SuggestRun *run)
{
  guint before = run->out->len, numbered;
  g_autoptr(GHashTable) own_memo = NULL;

  /* A run made by hand (the tests') brings none. */
  if (run->date_memo == NULL)
    run->date_memo = own_memo = _sitrep_suggest_date_memo_new ();
  _sitrep_suggest_find_own_date (run);
  absolute_dates (run);
  _sitrep_suggest_numeric_dates (run);
  /* Later detectors look back over the dates found by position. */
  if (run->out->len > before + 1)
    {
      SuggestOut *out = run->out;

      for (guint a = before + 1; a < out->len; a++)
        {
          SitrepSuggestion *s = out->pdata[a];
          guint b = a;

          while (b > before && ((SitrepSuggestion *) out->pdata[b - 1])->byte_start > s->byte_start)
            {
              out->pdata[b] = out->pdata[b - 1];
              b--;
            }
          out->pdata[b] = s;
        }
    }
  _sitrep_suggest_mark_datelines (run, before);
  if (run->published == NULL || run->precision == SITREP_DATE_PRECISION_UNKNOWN)
    guess_years (run, before);
  else
    year_from_same_month (run, before);
  numbered = run->out->len;
  relative_dates (run, before);
  _sitrep_suggest_mark_said_days (run, before, numbered);
  _sitrep_suggest_drop_counts_in_dates (run, before, numbered);
}

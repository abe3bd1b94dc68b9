/* sitrep-suggest-dates-numeric.c — dates written in numbers: "13/05/2024", "5-11-2016", "13.05.2024",
 * "٢٠١٦/١٠/٢", "2024/05/13"; day or month first decided by what cannot be and by the text's own habit
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-dates-private.h"

/* One date in numbers: its tokens and its three numbers as written. */
typedef struct
{
  guint first;
  guint last;
  int   a;      /* first number: day, month, or the year of "2024/05/13" */
  int   b;
  int   c;      /* last number: the year, or the day of "2024/05/13" */
  GDateWeekday weekday;   /* the weekday written before it, if any */
} NumericDate;

/* The value of the digits (any script's) of @len bytes at @p, at most
 * @max of them; -1 when any character is no digit. */
static int
digits_value (const char *p,
              gsize       len,
              guint       max)
{
  const char *end = p + len;
  int value = 0;
  guint n = 0;

  while (p < end)
    {
      int d = g_unichar_digit_value (g_utf8_get_char (p));

      if (d < 0 || ++n > max)
        return -1;
      value = value * 10 + d;
      p = g_utf8_next_char (p);
    }
  return n > 0 ? value : -1;
}

/* The number of digits of the value @p … @p + @len holds (as digits_value () reads it). */
static guint
digits_count (const char *p,
              gsize       len)
{
  guint n = 0;

  for (const char *q = p; q < p + len; q = g_utf8_next_char (q))
    n++;
  return n;
}

/* Whether token @i is a mark @sep glued on both sides: "/" or "-". */
static gboolean
glued_mark (SuggestRun *run,
            guint       i,
            char        sep)
{
  return i + 1 < run->tokens->len && (tok (run, i)->flags & TOK_PUNCT) && run->text[tok (run, i)->start] == sep &&
         tok (run, i)->end - tok (run, i)->start == 1 && tok (run, i)->space_before == 0 &&
         tok (run, i + 1)->space_before == 0;
}

/* Whether token @i is a number of one to @max digits; its value in @value. */
static gboolean
number_of (SuggestRun *run,
           guint       i,
           guint       min,
           guint       max,
           int        *value)
{
  const SuggestToken *t;
  guint n;

  if (i >= run->tokens->len || !(tok (run, i)->flags & TOK_NUMBER))
    return FALSE;
  t = tok (run, i);
  n = digits_count (run->text + t->start, t->end - t->start);
  if (n < min || n > max)
    return FALSE;
  *value = digits_value (run->text + t->start, t->end - t->start, max);
  return *value >= 0;
}

/* Whether token @i is glued to a number or a mark that would make the date
 * part of something longer ("1/2/2016/3", "10.5.2016.4"). */
static gboolean
glued_on (SuggestRun *run,
          guint       i,
          gboolean    after)
{
  guint j = after ? i + 1 : i - 1;

  if (after ? j >= run->tokens->len : i == 0)
    return FALSE;
  if ((after ? tok (run, j)->space_before : tok (run, i)->space_before) != 0)
    return FALSE;
  if (tok (run, j)->flags & TOK_NUMBER)
    return TRUE;
  /* a full stop ends a sentence; a slash, a dash or a colon goes on */
  return (tok (run, j)->flags & TOK_PUNCT) && strchr ("/-:", run->text[tok (run, j)->start]) != NULL &&
         !(after && (tok (run, j)->flags & TOK_HYPHEN) && j + 1 < run->tokens->len && (tok (run, j + 1)->flags & TOK_WORD));
}

/* The year a year of two digits names ("12/3/17", "03May16"): of the
 * century that puts it on or before the publication's year (this year's
 * in a report without one). */
int
_sitrep_suggest_century_year (SuggestRun *run,
                              int         yy)
{
  int ref = 0;

  if (run->published == NULL || sscanf (run->published, "%4d", &ref) != 1 || ref < 1000)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      ref = g_date_time_get_year (now);
    }
  return 2000 + yy <= ref ? 2000 + yy : 1900 + yy;
}

/* The date in numbers at token @i, if any: three numbers joined by the
 * same mark, or one number token with full stops inside ("13.05.2024");
 * the year of two digits too, written whole ("12.03.17", "12/3/17"). */
static gboolean
numeric_at (SuggestRun  *run,
            guint        i,
            NumericDate *date)
{
  const SuggestToken *t = tok (run, i);
  int a, b, c;

  if (glued_on (run, i, FALSE))
    return FALSE;
  /* "13.05.2024": the tokenizer keeps digits and full stops in one number */
  if (memchr (run->text + t->start, '.', t->end - t->start) != NULL)
    {
      g_autofree char *text = g_strndup (run->text + t->start, t->end - t->start);
      char tail;

      if (glued_on (run, i, TRUE) || sscanf (text, "%2d.%2d.%4d%c", &a, &b, &c, &tail) != 3 ||
          strlen (text) < 8 || strchr (text, '.') - text > 2 || (c < 1000 && strlen (strrchr (text, '.')) != 3))
        return FALSE;
      *date = (NumericDate) { i, i, a, b, c < 1000 ? _sitrep_suggest_century_year (run, c) : c };
      return TRUE;
    }
  for (guint k = 0; k < 2; k++)
    {
      char sep = k == 0 ? '/' : '-';

      if (!glued_mark (run, i + 1, sep) || !glued_mark (run, i + 3, sep))
        continue;
      if (glued_on (run, i + 4, TRUE))
        return FALSE;
      /* "2024/05/13": the year first, unambiguous */
      if (number_of (run, i, 4, 4, &a) && number_of (run, i + 2, 1, 2, &b) && number_of (run, i + 4, 1, 2, &c))
        {
          *date = (NumericDate) { i, i + 4, a, b, c };
          return sep == '/';    /* "2024-05-13" is the reader's own */
        }
      if (number_of (run, i, 1, 2, &a) && number_of (run, i + 2, 1, 2, &b) && number_of (run, i + 4, 4, 4, &c))
        {
          *date = (NumericDate) { i, i + 4, a, b, c };
          return TRUE;
        }
      if (number_of (run, i, 1, 2, &a) && number_of (run, i + 2, 1, 2, &b) && number_of (run, i + 4, 2, 2, &c))
        {
          *date = (NumericDate) { i, i + 4, a, b, _sitrep_suggest_century_year (run, c) };
          return TRUE;
        }
    }
  return FALSE;
}

/* Words that announce a date: after them a day and month in numbers need
 * no year ("بتاريخ 18/5", "يوم الجمعة الموافق 17-5", "ليلة 3/4"). */
static const char * const month_names[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December"
};
static const char * const date_intros[] = {
  "بتاريخ", "يوم", "ليلة", "صباح", "مساء", "فجر", "الموافق", NULL
};

/* "بتاريخ 18/5": a day and a month, day first as Arabic writes them, glued
 * by "/" or "-" after a word of date_intros; not the start of a longer
 * number ("18/5/2024", read whole by numeric_at ()) nor a fraction's ("2/3 من"). */
static gboolean
day_month_at (SuggestRun  *run,
              guint        i,
              NumericDate *date)
{
  int a, b;

  if (i == 0 || !(tok (run, i - 1)->flags & TOK_ARABIC) || !_sitrep_suggest_tok_among (run, i - 1, date_intros) ||
      glued_on (run, i, FALSE))
    return FALSE;
  for (guint k = 0; k < 2; k++)
    {
      char sep = k == 0 ? '/' : '-';

      if (!glued_mark (run, i + 1, sep) || glued_on (run, i + 2, TRUE) || !number_of (run, i, 1, 2, &a) ||
          !number_of (run, i + 2, 1, 2, &b) || _sitrep_suggest_tok_is (run, i + 3, "من"))
        continue;
      *date = (NumericDate) { i, i + 2, a, b, 0 };
      return a >= 1 && b >= 1 && b <= 12 && a <= 31;
    }
  return FALSE;
}

/* The English weekday token @i names, or G_DATE_BAD_WEEKDAY. */
static GDateWeekday
english_weekday (SuggestRun *run,
                 guint       i)
{
  static const char * const names[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
  };
  const SuggestToken *t = tok (run, i);

  if (!(t->flags & TOK_WORD) || (t->flags & TOK_ARABIC) || !_sitrep_suggest_tok_in (run, i, _sitrep_suggest_weekdays))
    return G_DATE_BAD_WEEKDAY;
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    if (t->end - t->start == strlen (names[k]) &&
        g_ascii_strncasecmp (run->text + t->start, names[k], t->end - t->start) == 0)
      return (GDateWeekday) (k + 1);
  return G_DATE_BAD_WEEKDAY;
}

/* "on Wednesday (1/15)", "Saturday, 1/11": a day and a month in numbers
 * without their year right after an English weekday, as wires of US or
 * Asian habit write them; which is the month is decided later
 * (weekday_reading ()). Not a fraction or a score without the weekday
 * ("The raid on 18/5", "won 3/4"). */
static gboolean
weekday_numbers_at (SuggestRun  *run,
                    guint        i,
                    NumericDate *date)
{
  guint w = i;
  int a, b;
  GDateWeekday wd;

  /* the mark first: most numbers have none */
  if (!glued_mark (run, i + 1, '/'))
    return FALSE;
  if (w > 0 && (tok (run, w - 1)->flags & TOK_PUNCT) && strchr ("(,", run->text[tok (run, w - 1)->start]) != NULL &&
      tok (run, w - 1)->end - tok (run, w - 1)->start == 1)
    w--;
  if (w == 0 || (wd = english_weekday (run, w - 1)) == G_DATE_BAD_WEEKDAY || glued_on (run, i, FALSE) ||
      !glued_mark (run, i + 1, '/') || glued_on (run, i + 2, TRUE) || !number_of (run, i, 1, 2, &a) ||
      !number_of (run, i + 2, 1, 2, &b))
    return FALSE;
  *date = (NumericDate) { i, i + 2, a, b, 0, wd };
  return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12);
}

static gboolean
valid (int year,
       int month,
       int day)
{
  return year >= 1900 && year <= 2100 && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* Whether @year-@month-@day comes after the publication date (known to the day). */
static gboolean
after_publication (SuggestRun *run,
                   int         year,
                   int         month,
                   int         day)
{
  int py, pm, pd;

  if (run->published == NULL || run->precision != SITREP_DATE_PRECISION_DAY ||
      sscanf (run->published, "%4d-%2d-%2d", &py, &pm, &pd) != 3)
    return FALSE;
  return year * 10000 + month * 100 + day > py * 10000 + pm * 100 + pd;
}

/* The day and month of @d: the one reading that can be; of two, the one
 * not after the publication; else the text's habit (@month_first when
 * its other dates in numbers can only be read month first). FALSE when
 * neither reading is a date. */
static gboolean
resolve (SuggestRun        *run,
         const NumericDate *d,
         gboolean           month_first,
         int               *year,
         int               *month,
         int               *day)
{
  gboolean dm, md;

  if (d->a >= 1000)
    {
      *year = d->a, *month = d->b, *day = d->c;
      return valid (*year, *month, *day);
    }
  *year = d->c;
  dm = valid (d->c, d->b, d->a);
  md = valid (d->c, d->a, d->b);
  if (dm && md && d->a != d->b)
    {
      gboolean dm_late = after_publication (run, d->c, d->b, d->a);
      gboolean md_late = after_publication (run, d->c, d->a, d->b);

      if (dm_late != md_late)
        md = dm_late;
      else
        md = month_first;
      dm = !md;
    }
  if (!dm && !md)
    return FALSE;
  *month = dm ? d->b : d->a;
  *day = dm ? d->a : d->b;
  return TRUE;
}

/* The weekday of @day @month in the year a date without its year takes
 * against the publication date (its year, or the year before when the day
 * would come after it); G_DATE_BAD_WEEKDAY without a publication day. */
static GDateWeekday
weekday_of (SuggestRun *run,
            int         month,
            int         day)
{
  int py, pm, pd, year;
  GDate date;

  if (run->published == NULL || run->precision != SITREP_DATE_PRECISION_DAY ||
      sscanf (run->published, "%4d-%2d-%2d", &py, &pm, &pd) != 3)
    return G_DATE_BAD_WEEKDAY;
  year = month * 100 + day > pm * 100 + pd ? py - 1 : py;
  if (!valid (year, month, day))
    return G_DATE_BAD_WEEKDAY;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_weekday (&date);
}

/* The day and month of "Wednesday (1/15)": the one reading that can be; of
 * two, the one on its weekday when the publication date tells; else the
 * text's habit, and month first without one (the habit of those who write
 * the weekday before numbers). FALSE when the publication date tells and
 * no reading falls on the weekday ("won on Sunday, 3/1"). */
static gboolean
weekday_reading (SuggestRun        *run,
                 const NumericDate *d,
                 guint              day_first,
                 guint              month_first,
                 int               *month,
                 int               *day)
{
  gboolean md = d->a <= 12 && valid (2000, d->a, d->b);
  gboolean dm = d->b <= 12 && valid (2000, d->b, d->a);
  gboolean told = weekday_of (run, 1, 1) != G_DATE_BAD_WEEKDAY;

  if (told)
    {
      md = md && weekday_of (run, d->a, d->b) == d->weekday;
      dm = dm && weekday_of (run, d->b, d->a) == d->weekday;
    }
  if (md && dm && d->a != d->b)
    md = month_first >= day_first;
  else if (!md && !dm)
    return FALSE;
  *month = md ? d->a : d->b;
  *day = md ? d->b : d->a;
  return TRUE;
}

void
_sitrep_suggest_numeric_dates (SuggestRun *run)
{
  g_autoptr(GArray) after_weekday = g_array_new (FALSE, FALSE, sizeof (NumericDate));
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (NumericDate));
  guint day_first = 0, month_first = 0;
  guint n = run->tokens->len;

  for (guint i = 0; i < n; i++)
    {
      NumericDate d;

      /* Only a number starts one: a block of tokens with none is passed
       * over at one test. */
      if ((i = _sitrep_suggest_next_listed (run, i, n, 0, TOK_NUMBER)) >= n)
        break;
      if (!numeric_at (run, i, &d))
        {
          g_autofree char *read = NULL;

          if (weekday_numbers_at (run, i, &d))
            {
              g_array_append_val (after_weekday, d);
              if (d.a > 12)
                day_first++;
              else if (d.b > 12)
                month_first++;
              i = d.last;
              continue;
            }
          if (!day_month_at (run, i, &d))
            continue;
          read = g_strdup_printf ("%d %s", d.a, month_names[d.b - 1]);
          _sitrep_suggest_add_date_read (run, d.first, d.last, read);
          i = d.last;
          continue;
        }
      g_array_append_val (found, d);
      /* what the text's dates that can be read one way only say of its habit */
      if (d.a < 1000 && d.a > 12 && d.b <= 12)
        day_first++;
      else if (d.a < 1000 && d.b > 12 && d.a <= 12)
        month_first++;
      i = d.last;
    }
  for (guint k = 0; k < found->len; k++)
    {
      const NumericDate *d = &g_array_index (found, NumericDate, k);
      g_autofree char *words = g_strndup (run->text + tok (run, d->first)->start,
                                          tok (run, d->last)->end - tok (run, d->first)->start);
      SitrepSuggestion *s;
      int year, month, day;

      /* Day first unless the text itself writes the month first. */
      if (!resolve (run, d, month_first > day_first, &year, &month, &day) ||
          _sitrep_suggest_is_rejected (run, SITREP_SUGGEST_DATE, words))
        continue;
      s = _sitrep_suggest_add (run, SITREP_SUGGEST_DATE, d->first, d->last);
      s->date_start = _sitrep_suggest_str_take (run, g_strdup_printf ("%04d-%02d-%02d", year, month, day));
      s->date_end = _sitrep_suggest_str_take (run, g_strdup (s->date_start));
      s->date_precision = SITREP_SPAN_PRECISION_DAY;
      s->year_unknown = FALSE;
      s->score = 0.8;
    }
  for (guint k = 0; k < after_weekday->len; k++)
    {
      const NumericDate *d = &g_array_index (after_weekday, NumericDate, k);
      g_autofree char *read = NULL;
      int month, day;

      if (!weekday_reading (run, d, day_first, month_first, &month, &day))
        continue;
      read = g_strdup_printf ("%d %s", day, month_names[month - 1]);
      _sitrep_suggest_add_date_read (run, d->first, d->last, read);
    }
}

/* Whether the day and month at tokens @first … @last name a place, not a
 * day: a quarter, a street, a square, a bridge or a hospital named for a
 * date ("حي 17 تموز" in western Mosul, "شارع 14 رمضان", "جسر 14 تموز";
 * session 43: tuning19's quarter dated its incident); in English the
 * place's word after the date, capitalised ("the 14 July Bridge", "14th of
 * Ramadan Street": session 45). */
gboolean
_sitrep_suggest_date_names_place (SuggestRun *run,
                                  guint       first,
                                  guint       last)
{
  static const char * const place_words[] = {
    "حي", "بحي", "وحي", "شارع", "بشارع", "وشارع", "ساحة", "بساحة", "جسر", "بجسر", "مستشفى", "بمستشفى", "مجمع",
    "بمجمع", NULL
  };
  static const char * const english_place_words[] = {
    "street", "square", "bridge", "hospital", "quarter", "district", "neighborhood", "neighbourhood", "stadium",
    "avenue", "road", NULL
  };

  if (last + 1 < run->tokens->len && (tok (run, last + 1)->flags & TOK_WORD) && (tok (run, last + 1)->flags & TOK_CAP) &&
      !(tok (run, last + 1)->flags & TOK_ARABIC) && tok (run, last + 1)->sentence == tok (run, last)->sentence &&
      _sitrep_suggest_tok_among (run, last + 1, english_place_words))
    return TRUE;
  return first > 0 && (tok (run, first)->flags & TOK_NUMBER) && (tok (run, first - 1)->flags & TOK_ARABIC) &&
         _sitrep_suggest_tok_among (run, first - 1, place_words);
}

/* Whether tokens @first … @last write a year: four digits in a row, of any script. */
static gboolean
holds_year (SuggestRun *run,
            guint       first,
            guint       last)
{
  guint digits = 0;

  for (const char *p = run->text + tok (run, first)->start; p < run->text + tok (run, last)->end; p = g_utf8_next_char (p))
    if ((digits = g_unichar_isdigit (g_utf8_get_char (p)) ? digits + 1 : 0) == 4)
      return TRUE;
  return FALSE;
}

/* Words that tell of days to come, and of what happened, in a sentence. */
static const char * const future_words[] = {
  "will", "would", "shall", "scheduled", "expected", "planned", "plans", "plan", "due", "upcoming", "next",
  "ahead", "until", "till", "before", "deadline", "سوف", "المقبل", "المقبلة", "القادم", "القادمة",
  "المرتقب", "المرتقبة", "المقرر", "مقرر", "سيتم", "ستعقد", "سيعقد", "يعتزم", "تعتزم", "حتى", "قبل", NULL
};
static const char * const past_words[] = {
  "killed", "died", "was", "were", "had", "wounded", "injured", "attacked", "exploded", "clashed", "occurred",
  "happened", "arrested", "kidnapped", "executed", "detonated", "targeted", "struck", "shelled", "bombed",
  "قتل", "قتلوا", "قتلت", "لقي", "لقيت", "أصيب", "أصيبت", "اصيب", "وقع", "وقعت", "انفجر", "انفجرت", "شن", "شنت",
  "نفذ", "نفذت", "استهدف", "استهدفت", "كان", "كانت", "سقط", "سقطت", "اعتقل", "اختطف", "توفي", "قضى", NULL
};

/* Whether the sentence of token @i tells of what happened: a word of the
 * past in it and none of days to come. */
static gboolean
sentence_is_past (SuggestRun *run,
                  guint       i)
{
  guint n = run->tokens->len, sentence = tok (run, i)->sentence, k = i;
  gboolean past = FALSE;

  while (k > 0 && tok (run, k - 1)->sentence == sentence)
    k--;
  for (; k < n && tok (run, k)->sentence == sentence; k++)
    {
      if (!(tok (run, k)->flags & TOK_WORD))
        continue;
      if (_sitrep_suggest_tok_among (run, k, future_words))
        return FALSE;
      past = past || _sitrep_suggest_tok_among (run, k, past_words);
    }
  return past;
}

/* Day @iso ("2024-05-25") a year earlier in @out (g_free()), or FALSE when no such day. */
static gboolean
year_back (const char *iso,
           char      **out)
{
  int y, m, d;

  if (iso == NULL)
    return TRUE;
  if (sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) (y - 1)))
    return FALSE;
  *out = g_strdup_printf ("%04d-%02d-%02d", y - 1, m, d);
  return TRUE;
}

/* A year-less day read as up to a month after the publication date (a day
 * to come) in a sentence that tells of what happened ("Four people were
 * killed on 25 May" in a report of 20 May): last year's. */
void
_sitrep_suggest_past_day_last_year (SuggestRun         *run,
                                    guint               first,
                                    guint               last,
                                    SitrepResolvedDate *date)
{
  g_autofree char *start = NULL, *end = NULL;

  if (date->start == NULL || date->year_unknown || run->published == NULL ||
      run->precision != SITREP_DATE_PRECISION_DAY || strlen (date->start) != 10 ||
      strncmp (date->start, run->published, 10) <= 0 || holds_year (run, first, last) ||
      !sentence_is_past (run, first) || !year_back (date->start, &start) || !year_back (date->end, &end))
    return;
  g_free (date->start);
  date->start = g_steal_pointer (&start);
  if (end != NULL)
    {
      g_free (date->end);
      date->end = g_steal_pointer (&end);
    }
}

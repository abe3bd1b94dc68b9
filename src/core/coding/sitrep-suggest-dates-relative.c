/* sitrep-suggest-dates-relative.c — dates relative to the publication date or to the text's
 * other dates: "on Saturday", "last week", "two days ago", "أمس", "the next day", "اليوم التالي"
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-dates-private.h"

#define weekdays _sitrep_suggest_weekdays
#define parts _sitrep_suggest_date_parts

/* "الماضي" and its kin: "last" after an Arabic weekday or "الشهر". */
static const char * const arabic_last[] = {
  "الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة", "السابق", "السابقة", NULL
};
static const char * const periods[] = {
  "day", "days", "week", "weeks", "month", "months", "year", "years", NULL
};
static const char * const small_numbers[] = {
  "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "few", "several", NULL
};

static gboolean
add_date (SuggestRun *run,
          guint       first,
          guint       last)
{
  return _sitrep_suggest_add_date_read (run, first, last, NULL);
}

/* "early last month": the last suggestion (for "last month") widened back
 * over @first and narrowed to days 1–10, 11–20 or 21–end, as "early
 * August" is. */
static void
part_of_month (SuggestRun *run,
               guint       first)
{
  SitrepSuggestion *s = run->out->pdata[run->out->len - 1];
  g_autofree char *text = NULL;
  int y, m, from, to;

  if (s->kind != SITREP_SUGGEST_DATE || s->date_start == NULL || s->date_precision != SITREP_SPAN_PRECISION_MONTH ||
      sscanf (s->date_start, "%4d-%2d", &y, &m) != 2 || !g_date_valid_month (m))
    return;
  if (_sitrep_suggest_tok_is (run, first, "early") || _sitrep_suggest_tok_is (run, first, "beginning"))
    from = 1, to = 10;
  else if (_sitrep_suggest_tok_is (run, first, "mid") || _sitrep_suggest_tok_is (run, first, "middle"))
    from = 11, to = 20;
  else if (_sitrep_suggest_tok_is (run, first, "late") || _sitrep_suggest_tok_is (run, first, "end"))
    from = 21, to = g_date_get_days_in_month (m, y);
  else
    return;
  s->date_start = _sitrep_suggest_str_take (run, g_strdup_printf ("%04d-%02d-%02d", y, m, from));
  s->date_end = _sitrep_suggest_str_take (run, g_strdup_printf ("%04d-%02d-%02d", y, m, to));
  s->date_precision = SITREP_SPAN_PRECISION_RANGE;
  s->byte_start = tok (run, first)->start;
  s->start = tok (run, first)->cp_start;
  text = g_strndup (run->text + s->byte_start, s->byte_end - s->byte_start);
  s->text = _sitrep_suggest_str_take (run, g_steal_pointer (&text));
}

static gboolean
covered (SuggestRun *run,
         guint       i)
{
  const SuggestToken *t = tok (run, i);

  for (guint k = run->out->len; k > 0; k--)
    {
      SitrepSuggestion *s = run->out->pdata[k - 1];

      if (s->kind != SITREP_SUGGEST_DATE)
        continue;
      if (s->byte_start <= t->start && t->end <= s->byte_end)
        return TRUE;
      if (s->byte_end < t->start)
        break;
    }
  return FALSE;
}

/* Whether a token between a weekday and its date leaves them one: "," "("
 * ")" ", a", "الموافق". */
static gboolean
weekday_gap (SuggestRun *run,
             guint       i)
{
  const SuggestToken *t = tok (run, i);

  if (t->flags & TOK_PUNCT)
    return t->end - t->start == 1 && strchr (",()", run->text[t->start]) != NULL;
  return _sitrep_suggest_tok_is (run, i, "a") || _sitrep_suggest_tok_is (run, i, "الموافق");
}

/* The absolute dates of a run: run->out[from … to), by their start. */
typedef struct
{
  guint from;
  guint to;
} Absolute;

/* The index of the first absolute date starting at or after byte @at (abs->to: none). */
static guint
absolute_from (SuggestRun     *run,
               const Absolute *abs,
               gsize           at)
{
  guint lo = abs->from, hi = abs->to;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (((const SitrepSuggestion *) run->out->pdata[mid])->byte_start < at)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Whether the weekday at token @i names the day of a date proposed beside
 * it ("Wednesday (1/15)", "Tuesday, 25 August", "25 August, a Tuesday",
 * "السبت 18 أيار"): the date says the day, and the weekday is no other
 * date of its own (read against the publication date it may be another
 * day, or none without one). */
static gboolean
weekday_of_a_date (SuggestRun     *run,
                   guint           i,
                   const Absolute *abs)
{
  guint n = run->tokens->len;
  guint after = i + 1, before = i;
  guint k = absolute_from (run, abs, tok (run, i)->start);

  while (after < n && after <= i + 2 && weekday_gap (run, after))
    after++;
  while (before > 0 && before + 3 > i && weekday_gap (run, before - 1))
    before--;
  if (after < n && k < abs->to && ((const SitrepSuggestion *) run->out->pdata[k])->byte_start == tok (run, after)->start)
    return TRUE;
  return before > 0 && k > abs->from &&
         ((const SitrepSuggestion *) run->out->pdata[k - 1])->byte_end == tok (run, before - 1)->end;
}

/* The words other than a weekday's name that a relative date is found
 * at: relative_dates() asks for them by name, in this order. */
static const char * const relative_words[] = {
  "yesterday", "today", "ago", "last", "this", "day", "days", "أمس", "امس", "بالأمس", "بالامس", "الشهر", "الجاري",
  "الحالي", "اليوم", "الأسبوع", "الاسبوع", "قبل", "منذ", NULL
};
/* Words of another day of the text: "the day before", "the next day", "two days later",
 * "اليوم التالي" */
static const char * const day_before_words[] = { "previous", "before", "earlier", "السابق", NULL };
static const char * const day_after_words[] = { "next", "following", "after", "later", "التالي", NULL };
static const char * const same_day_words[] = { "same", "نفسه", "ذاته", "ذات", "نفس", NULL };
static const char * const day_counts[] = {
  "a", "one", "two", "three", "four", "five", "six", "seven", NULL
};
/* Parts of the day before an Arabic "today" ("صباح اليوم") or weekday ("مساء الثلاثاء") */
static const char * const arabic_day_parts[] = { "صباح", "مساء", "فجر", "ظهر", "ليلة", "ليل", "عصر", NULL };
static const char * const this_month[] = { "الجاري", "الحالي", NULL };
/* Parts of a month before "الشهر الجاري / الماضي" */
static const char * const arabic_month_parts[] = {
  "مطلع", "بداية", "أوائل", "اوائل", "منتصف", "أواسط", "اواسط", "أواخر", "اواخر", "نهاية", NULL
};
static const char * const yesterdays[] = { "أمس", "امس", "بالأمس", "بالامس", NULL };

/* "and", "to", "until", "through" or a dash between two days. */
static gboolean
is_range_joint_word (SuggestRun *run,
                     guint       i)
{
  static const char * const joints[] = { "and", "to", "until", "till", "through", "into", NULL };

  if (i >= run->tokens->len)
    return FALSE;
  if (tok (run, i)->flags & TOK_WORD)
    return _sitrep_suggest_tok_among (run, i, joints);
  return (tok (run, i)->flags & TOK_PUNCT) && (run->text[tok (run, i)->start] == '-' ||
                                               _sitrep_suggest_has_prefix (run->text + tok (run, i)->start, "–"));
}

/* Whether @s is a date to the day. */
static gboolean
day_date (const SitrepSuggestion *s)
{
  return s->kind == SITREP_SUGGEST_DATE && s->date_start != NULL && s->date_precision == SITREP_SPAN_PRECISION_DAY;
}

/* The day-precise date proposed last before byte @at, or NULL: the later
 * of the nearest absolute one and the last relative one (the relative
 * dates after abs->to come in the text's order); a few looked at each. */
static const SitrepSuggestion *
date_before (SuggestRun     *run,
             const Absolute *abs,
             gsize           at)
{
  const SitrepSuggestion *best = NULL;
  guint k = absolute_from (run, abs, at);

  for (guint seen = 0; k > abs->from && seen < 8; k--, seen++)
    {
      const SitrepSuggestion *s = run->out->pdata[k - 1];

      if (s->byte_end <= at && day_date (s))
        {
          best = s;
          break;
        }
    }
  for (guint j = run->out->len, seen = 0; j > abs->to && seen < 8; j--, seen++)
    {
      const SitrepSuggestion *s = run->out->pdata[j - 1];

      if (s->byte_end <= at && day_date (s))
        {
          if (best == NULL || s->byte_start > best->byte_start)
            best = s;
          break;
        }
    }
  return best;
}

/* Tokens @first … @last name a day @offset days from the date the text
 * named last before them ("On May 18 … The next day", "the day before",
 * "two days later", "اليوم التالي"): proposed as that day, with the year
 * that date has (or lacks). FALSE when no day-precise date comes before. */
static gboolean
add_day_from_last (SuggestRun     *run,
                   const Absolute *abs,
                   guint           first,
                   guint           last,
                   int             offset)
{
  const SitrepSuggestion *from = date_before (run, abs, tok (run, first)->start);
  g_autofree char *words = NULL;
  SitrepSuggestion *s;
  int y, m, d;
  gboolean year_less;
  GDate date;

  if (from == NULL)
    return FALSE;
  year_less = _sitrep_suggest_has_prefix (from->date_start, "--");
  if (year_less ? sscanf (from->date_start, "--%2d-%2d", &m, &d) != 2
                : sscanf (from->date_start, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return FALSE;
  if (year_less)
    y = 2001;   /* no leap day: "--02-28" and a day after is "--03-01" */
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  words = g_strndup (run->text + tok (run, first)->start, tok (run, last)->end - tok (run, first)->start);
  if (_sitrep_suggest_is_rejected (run, SITREP_SUGGEST_DATE, words))
    return TRUE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  if (offset > 0)
    g_date_add_days (&date, (guint) offset);
  else if (offset < 0)
    g_date_subtract_days (&date, (guint) -offset);
  s = _sitrep_suggest_add (run, SITREP_SUGGEST_DATE, first, last);
  s->date_start = _sitrep_suggest_str_take (run, year_less ? g_strdup_printf ("--%02d-%02d", g_date_get_month (&date),
                                                                              g_date_get_day (&date))
                                                           : g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                                                                              g_date_get_month (&date),
                                                                              g_date_get_day (&date)));
  s->date_end = s->date_start;
  s->date_precision = SITREP_SPAN_PRECISION_DAY;
  s->year_unknown = from->year_unknown;
  s->year_from = from->year_from;
  s->year_guess = from->year_guess;
  s->doubtful = from->doubtful;
  s->score = 0.6;
  return TRUE;
}

/* Whether token @i ends a clause: a mark, or the text's end. */
static gboolean
clause_ends (SuggestRun *run,
             guint       i)
{
  return i >= run->tokens->len || ((tok (run, i)->flags & TOK_PUNCT) && strchr (",.;:)", run->text[tok (run, i)->start]) != NULL);
}

/* The number of days a count word or number at @i says ("a", "two", "3"), or 0. */
static int
day_count (SuggestRun *run,
           guint       i)
{
  const SuggestToken *t = tok (run, i);

  if ((t->flags & TOK_NUMBER) && t->end - t->start == 1 && g_ascii_isdigit (run->text[t->start]))
    return run->text[t->start] - '0';
  for (guint k = 0; day_counts[k] != NULL; k++)
    if (_sitrep_suggest_tok_is (run, i, day_counts[k]))
      return k < 2 ? 1 : (int) k;
  return 0;
}

/* "day" or "days" at @i (English): another day of the text ("the day
 * before,", "the previous day", "the next day", "the same day", "a day
 * earlier", "two days later"), its day counted from the date named last.
 * Not "the day after the attack" (a day of an event the date finder does
 * not know) nor "the day before yesterday" (relative_dates ()). */
static gboolean
english_day_from_last (SuggestRun     *run,
                       const Absolute *abs,
                       guint           i)
{
  int count;

  if (i >= 2 && (_sitrep_suggest_tok_is (run, i - 2, "the") || _sitrep_suggest_tok_is (run, i - 2, "that")) &&
      _sitrep_suggest_tok_is (run, i, "day"))
    {
      if (_sitrep_suggest_tok_is (run, i - 1, "previous"))
        return add_day_from_last (run, abs, i - 2, i, -1);
      if (_sitrep_suggest_tok_is (run, i - 1, "next") || _sitrep_suggest_tok_is (run, i - 1, "following"))
        return add_day_from_last (run, abs, i - 2, i, 1);
      /* not "on the same day that/as …", the day of what follows */
      if (_sitrep_suggest_tok_is (run, i - 1, "same") && !_sitrep_suggest_tok_is (run, i + 1, "that") &&
          !_sitrep_suggest_tok_is (run, i + 1, "as") && !_sitrep_suggest_tok_is (run, i + 1, "when"))
        return add_day_from_last (run, abs, i - 2, i, 0);
    }
  if (i >= 1 && _sitrep_suggest_tok_is (run, i - 1, "the") && _sitrep_suggest_tok_is (run, i, "day") &&
      clause_ends (run, i + 2))
    {
      if (_sitrep_suggest_tok_is (run, i + 1, "before"))
        return add_day_from_last (run, abs, i - 1, i + 1, -1);
      if (_sitrep_suggest_tok_is (run, i + 1, "after"))
        return add_day_from_last (run, abs, i - 1, i + 1, 1);
    }
  if (i >= 1 && (count = day_count (run, i - 1)) > 0 && (count == 1) == _sitrep_suggest_tok_is (run, i, "day") &&
      i + 1 < run->tokens->len)
    {
      /* "a day earlier", "two days later"; "a day before," but not "two days before the vote" */
      gboolean bare = clause_ends (run, i + 2);

      if (_sitrep_suggest_tok_is (run, i + 1, "earlier") || (bare && _sitrep_suggest_tok_is (run, i + 1, "before")))
        return add_day_from_last (run, abs, i - 1, i + 1, -count);
      if (_sitrep_suggest_tok_is (run, i + 1, "later") || (bare && _sitrep_suggest_tok_is (run, i + 1, "after")))
        return add_day_from_last (run, abs, i - 1, i + 1, count);
    }
  return FALSE;
}

/* The weekday token @i names, 1 (Monday) to 7, or 0; with @glued_and, an
 * Arabic one may carry "و" ("والأحد"). */
static int
weekday_number (SuggestRun *run,
                guint       i,
                gboolean    glued_and)
{
  /* _sitrep_suggest_weekdays' days, in its order */
  static const int days[] = { 1, 2, 3, 4, 5, 6, 7, 1, 1, 1, 2, 3, 3, 4, 5, 5, 6, 7, 7 };
  const SuggestToken *t;
  const char *p;
  gsize len;

  if (i >= run->tokens->len || !(tok (run, i)->flags & TOK_WORD))
    return 0;
  for (guint k = 0; weekdays[k] != NULL; k++)
    if (_sitrep_suggest_tok_is (run, i, weekdays[k]))
      return days[k];
  t = tok (run, i);
  p = run->text + t->start;
  len = t->end - t->start;
  if (!glued_and || !(t->flags & TOK_ARABIC) || !_sitrep_suggest_has_prefix (p, "و"))
    return 0;
  p += strlen ("و");
  len -= strlen ("و");
  for (guint k = 7; weekdays[k] != NULL; k++)
    if (strlen (weekdays[k]) == len && memcmp (weekdays[k], p, len) == 0)
      return days[k];
  return 0;
}

/* Whether the weekday at @i follows "today" ("اليوم السبت", "today,
 * Saturday", "today (Saturday)"). */
static gboolean
after_today (SuggestRun *run,
             guint       i)
{
  guint k = i;

  if (k >= 2 && (tok (run, k - 1)->flags & TOK_PUNCT) &&
      (run->text[tok (run, k - 1)->start] == ',' || run->text[tok (run, k - 1)->start] == '('))
    k--;
  return k > 0 && tok (run, k - 1)->sentence == tok (run, i)->sentence &&
         (_sitrep_suggest_tok_is (run, k - 1, "today") || _sitrep_suggest_tok_is (run, k - 1, "اليوم"));
}

/* The weekday at @i said to be today, just proposed from token @first:
 * a report dated a day or two before the day it names (a page dated when
 * first written: "اليوم السبت" in a report of Friday) means that day
 * ahead, not the same weekday of the week before. */
static void
today_weekday (SuggestRun *run,
               guint       first,
               guint       i)
{
  SitrepSuggestion *s;
  int w = weekday_number (run, i, FALSE), y, m, d, ahead;
  GDate date;

  if (w == 0 || run->published == NULL || run->precision != SITREP_DATE_PRECISION_DAY || run->out->len == 0 ||
      sscanf (run->published, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return;
  s = run->out->pdata[run->out->len - 1];
  if (s->kind != SITREP_SUGGEST_DATE || s->byte_start != tok (run, first)->start || s->date_start == NULL)
    return;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  ahead = (w - (int) g_date_get_weekday (&date) + 7) % 7;
  if (ahead < 1 || ahead > 2)
    return;
  g_date_add_days (&date, (guint) ahead);
  s->date_start = _sitrep_suggest_str_take (run, g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                                                                  g_date_get_month (&date), g_date_get_day (&date)));
  if (s->date_end != NULL)
    s->date_end = s->date_start;
}

/* "between Saturday and Sunday", "from Friday to Monday", "بين السبت
 * والأحد", "ليلة الجمعة السبت": two weekdays with their joint (tokens
 * @first … @last, the second weekday at @last, numbered @w2; the first
 * numbered @w1) proposed as one range: the second day read against the
 * publication date, the first the day of its name before it. */
static gboolean
add_weekday_range (SuggestRun *run,
                   guint       first,
                   guint       last,
                   int         w1,
                   int         w2)
{
  static const char * const names[] = { "", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
  SitrepSuggestion *s;
  int y, m, d, back = (w2 - w1 + 7) % 7;
  GDate date;

  if (back == 0 || !_sitrep_suggest_add_date_read (run, first, last, names[w2]))
    return FALSE;
  s = run->out->pdata[run->out->len - 1];
  if (s->kind != SITREP_SUGGEST_DATE || s->byte_start != tok (run, first)->start || s->date_start == NULL ||
      sscanf (s->date_start, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return TRUE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  g_date_subtract_days (&date, (guint) back);
  s->date_end = s->date_start;
  s->date_start = _sitrep_suggest_str_take (run, g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                                                                  g_date_get_month (&date), g_date_get_day (&date)));
  s->date_precision = SITREP_SPAN_PRECISION_RANGE;
  return TRUE;
}

/* A range of two weekdays from the first one's token @i: its tokens in
 * @first … @last and TRUE when there is one. */
static gboolean
weekday_range (SuggestRun *run,
               guint       i,
               guint      *last)
{
  guint n = run->tokens->len, j = i + 1;
  int w1, w2;
  gboolean between, night = FALSE, arabic = (tok (run, i)->flags & TOK_ARABIC) != 0;
  guint first;

  if (i == 0 || j >= n || tok (run, j)->sentence != tok (run, i)->sentence)
    return FALSE;
  /* the words around it first: most weekdays are alone */
  between = _sitrep_suggest_tok_is (run, i - 1, "between") || _sitrep_suggest_tok_is (run, i - 1, "from") ||
            _sitrep_suggest_tok_is (run, i - 1, "بين");
  if (arabic)
    night = _sitrep_suggest_tok_is (run, i - 1, "ليلة") || _sitrep_suggest_tok_is (run, i - 1, "ليل");
  if (!between && !night && (arabic || !(_sitrep_suggest_tok_is (run, j, "to") || _sitrep_suggest_tok_is (run, j, "into"))))
    return FALSE;
  if ((w1 = weekday_number (run, i, FALSE)) == 0)
    return FALSE;
  first = between ? i - 1 : i;
  if (arabic)
    {
      if (night)
        first = i - 1;
      /* "والأحد", "و الأحد", "- السبت", "على السبت", or the next day alone after "ليلة" */
      if (_sitrep_suggest_tok_is (run, j, "و") || _sitrep_suggest_tok_is (run, j, "على") ||
          (night && (tok (run, j)->flags & TOK_PUNCT) && run->text[tok (run, j)->start] == '-'))
        j++;
      else if (weekday_number (run, j, TRUE) == 0 || (!night && weekday_number (run, j, FALSE) != 0))
        return FALSE;
      w2 = weekday_number (run, j, TRUE);
    }
  else
    {
      if (!(between && is_range_joint_word (run, j)) && !_sitrep_suggest_tok_is (run, j, "to") &&
          !_sitrep_suggest_tok_is (run, j, "into"))
        return FALSE;
      w2 = weekday_number (run, ++j, FALSE);
    }
  if (w2 == 0 || j >= n || tok (run, j)->sentence != tok (run, i)->sentence)
    return FALSE;
  *last = j;
  return add_weekday_range (run, first, j, w1, w2);
}

/* Whether "اليوم" at @i stands alone for today, an adverb after a verb or
 * a subject ("قتل اليوم في إدلب", "شهدت درعا اليوم مقتل"): not "the day"
 * after a preposition or a demonstrative ("في اليوم", "حتى اليوم", "ذلك
 * اليوم"), nor before its adjective or weekday ("اليوم الأول", "اليوم
 * العالمي", "اليوم السبت": the weekday is read), nor a name's word after
 * an outlet's noun ("مراسل حلب اليوم": the outlet Aleppo Today). */
static gboolean
today_alone (SuggestRun *run,
             guint       i)
{
  static const char * const the_day_before[] = {
    "في", "من", "حتى", "منذ", "ذلك", "ذات", "هذا", "لهذا", "هذه", "إلى", "الى", "لليوم", "حلول", "طوال", "خلال",
    "مدار", "نهاية", "بداية", "مطلع", "يوم", "بعد", "قبل", NULL
  };
  static const char * const outlet_nouns[] = {
    "مراسل", "موقع", "شبكة", "قناة", "وكالة", "صحيفة", "تلفزيون", "راديو", "إذاعة", "اذاعة", "جريدة", "مجلة", NULL
  };
  guint n = run->tokens->len;

  if (i == 0 || tok (run, i - 1)->sentence != tok (run, i)->sentence || !(tok (run, i - 1)->flags & TOK_WORD) ||
      _sitrep_suggest_tok_among (run, i - 1, the_day_before))
    return FALSE;
  if (i >= 2 && tok (run, i - 2)->sentence == tok (run, i)->sentence && _sitrep_suggest_tok_among (run, i - 2, outlet_nouns))
    return FALSE;
  return !(i + 1 < n && tok (run, i + 1)->sentence == tok (run, i)->sentence && (tok (run, i + 1)->flags & TOK_WORD) &&
           _sitrep_suggest_has_prefix (run->text + tok (run, i + 1)->start, "ال"));
}

/* An Arabic weekday at @i ("يوم الثلاثاء الماضي", "الخميس"), an Arabic
 * yesterday ("أمس", "أمس الأول", "أول من أمس") or a day of this or last
 * month ("4 من الشهر الجاري", "الرابع من الشهر الماضي"). */
static void
arabic_relative (SuggestRun     *run,
                 guint           i,
                 const Absolute *abs)
{
  guint n = run->tokens->len;

  if (_sitrep_suggest_tok_in (run, i, weekdays))
    {
      guint range_last;

      if (!covered (run, i) && weekday_range (run, i, &range_last))
        return;
    }
  if (_sitrep_suggest_tok_in (run, i, weekdays))
    {
      guint first = i > 0 && (_sitrep_suggest_tok_is (run, i - 1, "يوم") ||
                              _sitrep_suggest_tok_among (run, i - 1, arabic_day_parts)) ? i - 1 : i;
      guint last = i + 1 < n && _sitrep_suggest_tok_among (run, i + 1, arabic_last) ? i + 1 : i;

      /* "مساء الثلاثاء": the evening of the day, the weekday read */
      if (!covered (run, i) && !weekday_of_a_date (run, i, abs))
        {
          g_autofree char *read = g_strndup (run->text + tok (run, i)->start, tok (run, last)->end - tok (run, i)->start);

          if (_sitrep_suggest_add_date_read (run, first, last, read) && last == i && after_today (run, i))
            today_weekday (run, first, i);
        }
      return;
    }
  if (_sitrep_suggest_tok_is (run, i, "الشهر"))
    {
      /* "منتصف الشهر الجاري", "أواخر الشهر الماضي": a part of this or last month */
      if (i > 0 && i + 1 < n && _sitrep_suggest_tok_among (run, i - 1, arabic_month_parts) && !covered (run, i) &&
          add_date (run, i - 1, i + 1))
        return;
      /* the day's number or ordinal up to four words back */
      for (guint back = 2; back <= 4 && back <= i; back++)
        if ((tok (run, i - back)->flags & (TOK_NUMBER | TOK_ARABIC)) && add_date (run, i - back, i + 1))
          return;
      /* "الشهر الماضي": last month */
      if (i + 1 < n && _sitrep_suggest_tok_among (run, i + 1, arabic_last) && !covered (run, i))
        add_date (run, i, i + 1);
      return;
    }
  /* "الأسبوع الماضي": last week */
  if (_sitrep_suggest_tok_is (run, i, "الأسبوع") || _sitrep_suggest_tok_is (run, i, "الاسبوع"))
    {
      if (i + 1 < n && _sitrep_suggest_tok_among (run, i + 1, arabic_last))
        add_date (run, i, i + 1);
      return;
    }
  /* "قبل يومين", "قبل ثلاثة أيام", "قبل أسبوع", "منذ يومين": days ago; not "قبل يومين من الهجوم" (before an event) */
  if (_sitrep_suggest_tok_is (run, i, "قبل") || _sitrep_suggest_tok_is (run, i, "منذ"))
    {
      for (guint last = i + 1; last <= i + 2 && last < n; last++)
        if (!_sitrep_suggest_tok_is (run, last + 1, "من") && add_date (run, i, last))
          return;
      return;
    }
  if (_sitrep_suggest_tok_is (run, i, "اليوم"))
    {
      /* "اليوم التالي", "اليوم السابق", "اليوم نفسه", "ذات اليوم": another day of the text */
      if (i + 1 < n && _sitrep_suggest_tok_among (run, i + 1, day_after_words))
        add_day_from_last (run, abs, i > 0 && _sitrep_suggest_tok_is (run, i - 1, "في") ? i - 1 : i, i + 1, 1);
      else if (i + 1 < n && _sitrep_suggest_tok_among (run, i + 1, day_before_words))
        add_day_from_last (run, abs, i > 0 && _sitrep_suggest_tok_is (run, i - 1, "في") ? i - 1 : i, i + 1, -1);
      else if (i + 1 < n && _sitrep_suggest_tok_among (run, i + 1, same_day_words))
        add_day_from_last (run, abs, i, i + 1, 0);
      else if (i > 0 && _sitrep_suggest_tok_among (run, i - 1, same_day_words))
        add_day_from_last (run, abs, i - 1, i, 0);
      /* "صباح اليوم", "فجر اليوم": today; "اليوم" alone is also "the day" */
      else if (i > 0 && _sitrep_suggest_tok_among (run, i - 1, arabic_day_parts) && !covered (run, i))
        _sitrep_suggest_add_date_read (run, i - 1, i, "اليوم");
      /* "قتل اليوم في …", "شهدت درعا اليوم مقتل …": today */
      else if (!covered (run, i) && today_alone (run, i))
        _sitrep_suggest_add_date_read (run, i, i, "اليوم");
      return;
    }
  /* "18 الجاري": a day of the publication's month, the month understood */
  if (_sitrep_suggest_tok_among (run, i, this_month))
    {
      if (i > 0 && !covered (run, i) && (tok (run, i - 1)->flags & TOK_NUMBER))
        add_date (run, i - 1, i);
      return;
    }
  /* أمس; any other word the lists' filter let through is none of these */
  if (!_sitrep_suggest_tok_among (run, i, yesterdays))
    return;
  if (i >= 2 && _sitrep_suggest_tok_is (run, i - 1, "من") &&
      (_sitrep_suggest_tok_is (run, i - 2, "أول") || _sitrep_suggest_tok_is (run, i - 2, "اول")))
    add_date (run, i - 2, i);
  else if (i >= 1 && (_sitrep_suggest_tok_is (run, i - 1, "أول") || _sitrep_suggest_tok_is (run, i - 1, "اول")))
    add_date (run, i - 1, i);
  else if (i + 1 < n && (_sitrep_suggest_tok_is (run, i + 1, "الأول") || _sitrep_suggest_tok_is (run, i + 1, "الاول")))
    add_date (run, i, i + 1);
  else
    add_date (run, i, i);
}

/* "on Saturday", "last Tuesday", "two days ago", "early last month",
 * "last week", "earlier this month", "yesterday". */
void
_sitrep_suggest_relative_dates (SuggestRun *run,
                                guint       before)
{
  guint n = run->tokens->len;
  const Absolute absolute = { before, run->out->len };
  const Absolute *abs = &absolute;
  guint64 weekday_bit = _sitrep_suggest_list_bit (run, weekdays);
  guint64 word_bit = _sitrep_suggest_list_bit (run, relative_words);
  /* Every branch below starts at a weekday or one of relative_words:
   * any other word is passed over with one AND of its lists. */
  gboolean filter = weekday_bit != 0 && word_bit != 0;

  for (guint i = 0; i < n; i++)
    {
      /* The tokens in neither list, passed over in a loop of their own. */
      if (filter)
        i = _sitrep_suggest_next_listed (run, i, n, weekday_bit | word_bit, 0);
      if (i >= n)
        break;
      if (!(tok (run, i)->flags & TOK_WORD))
        continue;
      if (tok (run, i)->flags & TOK_ARABIC)
        {
          arabic_relative (run, i, abs);
          continue;
        }
      if (_sitrep_suggest_tok_in (run, i, weekdays))
        {
          guint first = i;

          if (i > 0 && (_sitrep_suggest_tok_is (run, i - 1, "last") || _sitrep_suggest_tok_is (run, i - 1, "on") ||
                        _sitrep_suggest_tok_is (run, i - 1, "this")))
            first = i - 1;
          if (!covered (run, i) && !weekday_of_a_date (run, i, abs))
            {
              guint range_last;

              /* "between Saturday and Sunday" */
              if (weekday_range (run, i, &range_last))
                {
                  i = range_last;
                  continue;
                }
              if (add_date (run, first, i) && after_today (run, i))
                today_weekday (run, first, i);
            }
          continue;
        }
      if (_sitrep_suggest_tok_is (run, i, "yesterday") || _sitrep_suggest_tok_is (run, i, "today"))
        {
          /* "the Baghdad Today website", "USA Today reported": a name's word */
          if ((tok (run, i)->flags & TOK_CAP) && i > 0 && tok (run, i - 1)->sentence == tok (run, i)->sentence &&
              (tok (run, i - 1)->flags & TOK_WORD) && (tok (run, i - 1)->flags & TOK_CAP) &&
              !(i + 1 < n && run->text[tok (run, i + 1)->start] == ','))
            continue;
          /* "the day before yesterday" */
          if (!(i >= 2 && _sitrep_suggest_tok_is (run, i, "yesterday") && _sitrep_suggest_tok_is (run, i - 1, "before") &&
                _sitrep_suggest_tok_is (run, i - 2, "day") && add_date (run, i - 2, i)))
            add_date (run, i, i);
          continue;
        }
      /* "last night"; not "the last night of the festival" */
      if (_sitrep_suggest_tok_is (run, i, "last") && _sitrep_suggest_tok_is (run, i + 1, "night") &&
          !(i > 0 && _sitrep_suggest_tok_is (run, i - 1, "the")) && !_sitrep_suggest_tok_is (run, i + 2, "of"))
        {
          add_date (run, i, i + 1);
          i++;
          continue;
        }
      /* "this morning", "this evening": today */
      if (_sitrep_suggest_tok_is (run, i, "this") && i + 1 < n &&
          (_sitrep_suggest_tok_is (run, i + 1, "morning") || _sitrep_suggest_tok_is (run, i + 1, "afternoon") ||
           _sitrep_suggest_tok_is (run, i + 1, "evening")))
        {
          add_date (run, i, i + 1);
          i++;
          continue;
        }
      if (_sitrep_suggest_tok_is (run, i, "day") || _sitrep_suggest_tok_is (run, i, "days"))
        {
          if (!covered (run, i))
            english_day_from_last (run, abs, i);
          continue;
        }
      /* "two days ago", "a week ago" */
      if (_sitrep_suggest_tok_is (run, i, "ago") && i >= 2 && _sitrep_suggest_tok_in (run, i - 1, periods) &&
          (_sitrep_suggest_tok_in (run, i - 2, small_numbers) || (tok (run, i - 2)->flags & TOK_NUMBER)))
        {
          add_date (run, i - 2, i);
          continue;
        }
      /* "last week", "early last month", "earlier this month" */
      if ((_sitrep_suggest_tok_is (run, i, "last") || _sitrep_suggest_tok_is (run, i, "this")) && i + 1 < n &&
          _sitrep_suggest_tok_in (run, i + 1, periods))
        {
          guint first = i > 0 && _sitrep_suggest_tok_in (run, i - 1, parts) ? i - 1 : i;

          /* "on the 4th of this month": the number and its suffix ("4", "th") */
          if (i >= 3 && _sitrep_suggest_tok_is (run, i - 1, "of"))
            {
              guint day = i - 2;

              if (day > 0 && tok (run, day)->space_before == 0 && (tok (run, day - 1)->flags & TOK_NUMBER))
                day--;
              if ((tok (run, day)->flags & TOK_NUMBER) && add_date (run, day, i + 1))
                {
                  i++;
                  continue;
                }
            }

          if (!add_date (run, first, i + 1) && first != i && add_date (run, i, i + 1))
            part_of_month (run, first);
          i++;
        }
    }
}

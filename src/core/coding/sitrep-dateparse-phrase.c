/* sitrep-dateparse-phrase.c — reading date phrases: relative dates, ranges, parts of months
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-import"

#include "config.h"

#include <string.h>

#include "sitrep-dateparse-private.h"

static const struct
{
  const char   *name;
  GDateWeekday  weekday;
} weekday_table[] = {
  { "monday", G_DATE_MONDAY }, { "mon", G_DATE_MONDAY },
  { "tuesday", G_DATE_TUESDAY }, { "tue", G_DATE_TUESDAY }, { "tues", G_DATE_TUESDAY },
  { "wednesday", G_DATE_WEDNESDAY }, { "wed", G_DATE_WEDNESDAY },
  { "thursday", G_DATE_THURSDAY }, { "thu", G_DATE_THURSDAY }, { "thur", G_DATE_THURSDAY },
  { "thurs", G_DATE_THURSDAY }, { "friday", G_DATE_FRIDAY }, { "fri", G_DATE_FRIDAY },
  { "saturday", G_DATE_SATURDAY }, { "sat", G_DATE_SATURDAY },
  { "sunday", G_DATE_SUNDAY }, { "sun", G_DATE_SUNDAY },
  { "الاثنين", G_DATE_MONDAY }, { "الثلاثاء", G_DATE_TUESDAY }, { "الاربعاء", G_DATE_WEDNESDAY },
  { "الخميس", G_DATE_THURSDAY }, { "الجمعه", G_DATE_FRIDAY }, { "السبت", G_DATE_SATURDAY },
  { "الاحد", G_DATE_SUNDAY },
};

static const char *count_words[] = {
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve",
};

/* Words around a date span that do not change it. */
static const char *filler_words[] = {
  "on", "in", "at", "during", "the", "of", "around", "about", "by", "في", "يوم",
};

/* The article and the conjunctions Arabic glues to a day's number. */
static const char *glued_words[] = { "ال", "و", "ب", "وال", "بال", "لل" };

/* Times of day may follow a day without changing it. */
static const char *time_of_day_words[] = {
  "morning", "afternoon", "evening", "night", "overnight", "dawn", "noon", "midnight",
  "صباح", "مساء", "ليل", "فجر",
};

static gboolean
word_is (GArray     *tokens,
         guint       i,
         const char *word)
{
  return i < tokens->len && TOK (i)->kind == TOK_WORD && strcmp (TOK (i)->word, word) == 0;
}

static gboolean
is_dash (GArray *tokens,
         guint   i)
{
  return is_punct (tokens, i, '-') || is_punct (tokens, i, 0x2013) || is_punct (tokens, i, 0x2014);
}

static guint
skip_filler (GArray *tokens,
             guint   i)
{
  while (i < tokens->len)
    {
      Token *tok = TOK (i);

      if (tok->kind == TOK_PUNCT && !is_dash (tokens, i))
        i++;
      else if (tok->kind == TOK_WORD && word_in (tok->word, filler_words, G_N_ELEMENTS (filler_words)))
        i++;
      /* "الـ4 من تشرين الأول", "و18 أيار": the article or a conjunction glued to a day's number */
      else if (tok->kind == TOK_WORD && word_in (tok->word, glued_words, G_N_ELEMENTS (glued_words)) &&
               is_num (tokens, i + 1, 1, 2) && adjacent (tokens, i + 1))
        i++;
      else
        break;
    }
  return i;
}

/* Whether nothing but filler and times of day is left from token @i. */
static gboolean
at_end (GArray *tokens,
        guint   i)
{
  for (i = skip_filler (tokens, i); i < tokens->len; i = skip_filler (tokens, i + 1))
    if (TOK (i)->kind != TOK_WORD ||
        !word_in (TOK (i)->word, time_of_day_words, G_N_ELEMENTS (time_of_day_words)))
      return FALSE;
  return TRUE;
}

static GDateWeekday
weekday_at (GArray *tokens,
            guint   i)
{
  if (i >= tokens->len || TOK (i)->kind != TOK_WORD)
    return G_DATE_BAD_WEEKDAY;
  for (gsize k = 0; k < G_N_ELEMENTS (weekday_table); k++)
    if (strcmp (TOK (i)->word, weekday_table[k].name) == 0)
      return weekday_table[k].weekday;
  return G_DATE_BAD_WEEKDAY;
}

/* "a", "an", "one" … "twelve" or a small number; 0 for anything else. */
static int
count_at (GArray *tokens,
          guint   i)
{
  if (is_num (tokens, i, 1, 2))
    return TOK (i)->value;
  if (word_is (tokens, i, "a") || word_is (tokens, i, "an"))
    return 1;
  for (gsize k = 0; i < tokens->len && TOK (i)->kind == TOK_WORD && k < G_N_ELEMENTS (count_words); k++)
    if (strcmp (TOK (i)->word, count_words[k]) == 0)
      return (int) k + 1;
  return 0;
}

/* "الماضي", "الماضية", "الفائت", "المنصرم", "السابق": "last" after the
 * noun it qualifies ("الثلاثاء الماضي", "الشهر الماضي"). */
static gboolean
is_arabic_last (GArray *tokens,
                guint   i)
{
  static const char *words[] = {
    "الماضي", "الماضيه", "الفائت", "الفائته", "المنصرم", "المنصرمه", "السابق", "السابقه",
  };

  return i < tokens->len && TOK (i)->kind == TOK_WORD && word_in (TOK (i)->word, words, G_N_ELEMENTS (words));
}

/* 1 for yesterday ("yesterday", "أمس", "بالأمس"), 2 for the day before it
 * ("the day before yesterday", "أمس الأول", "أول أمس", "أول من أمس", "قبل أمس"), else 0;
 * the words it takes in @n_words. */
static int
yesterday_at (GArray *tokens,
              guint   i,
              guint  *n_words)
{
  gboolean ar = word_is (tokens, i, "امس") || word_is (tokens, i, "بالامس");

  *n_words = ar ? 2 : 3;
  if ((ar && word_is (tokens, i + 1, "الاول")) ||
      (word_is (tokens, i, "day") && word_is (tokens, i + 1, "before") && word_is (tokens, i + 2, "yesterday")) ||
      (word_is (tokens, i, "اول") && word_is (tokens, i + 1, "من") && word_is (tokens, i + 2, "امس")))
    return 2;
  *n_words = 2;
  /* "قبل أمس": before yesterday */
  if ((word_is (tokens, i, "اول") || word_is (tokens, i, "قبل")) && word_is (tokens, i + 1, "امس"))
    return 2;
  *n_words = 1;
  return ar || word_is (tokens, i, "yesterday") ? 1 : 0;
}

/* English ordinal day words: "the fifth of May", "the twenty-first of April". */
static const char *english_ordinals[] = {
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
  "nineteenth", "twentieth",
};

static int
english_ordinal (GArray *tokens,
                 guint   i)
{
  if (i >= tokens->len || TOK (i)->kind != TOK_WORD)
    return 0;
  for (gsize u = 0; u < G_N_ELEMENTS (english_ordinals); u++)
    if (strcmp (TOK (i)->word, english_ordinals[u]) == 0)
      return (int) u + 1;
  return strcmp (TOK (i)->word, "thirtieth") == 0 ? 30 : 0;
}

/* The day an ordinal at token @i names before "of" (Arabic: before anything, as
 * _sitrep_date_arabic_ordinal_at () reads it): "السابع عشر", "the fifth of", "the
 * twenty-first of", "thirty first of"; 0 when there is none. Not "first" alone
 * before a month ("the first May Day rally"). */
int
_sitrep_date_ordinal_at (GArray *tokens,
                         guint   i,
                         guint  *n_tokens)
{
  int day, tens = 0;
  guint j = i;
  const char *w;
  gsize n;

  if (i >= tokens->len || TOK (i)->kind != TOK_WORD)
    return 0;
  w = TOK (i)->word;
  if ((guchar) w[0] >= 0x80)
    return _sitrep_date_arabic_ordinal_at (tokens, i, n_tokens);
  /* at most one test for most words: an ordinal ends in "st", "nd", "rd" or "th", or is "twenty" or "thirty"
   * (an ASCII word is folded to as many bytes as it has in the text) */
  n = TOK (i)->end - TOK (i)->start;
  if (n < 5 || !((w[n - 1] == 'h' && w[n - 2] == 't') || (w[n - 1] == 't' && w[n - 2] == 's') ||
                 (w[n - 1] == 'd' && (w[n - 2] == 'n' || w[n - 2] == 'r')) || (w[n - 1] == 'y' && w[n - 2] == 't')))
    return 0;
  if (strcmp (TOK (i)->word, "twenty") == 0 || strcmp (TOK (i)->word, "thirty") == 0)
    {
      tens = TOK (i)->word[1] == 'w' ? 20 : 30;
      j = is_punct (tokens, i + 1, '-') && adjacent (tokens, i + 1) && adjacent (tokens, i + 2) ? i + 2 : i + 1;
    }
  day = english_ordinal (tokens, j);
  if (day == 0 || (tens > 0 && day > 9) || tens + day > 31 ||
      !(j + 1 < tokens->len && TOK (j + 1)->kind == TOK_WORD && strcmp (TOK (j + 1)->word, "of") == 0))
    return 0;
  *n_tokens = j + 1 - i;
  return tens + day;
}

/* "4 من الشهر الجاري", "الرابع من الشهر الماضي", "the 4th of this month",
 * "the 4th of last month": a day of the publication's month or of the one
 * before it. */
static gboolean
read_day_of_relative_month (GArray *tokens,
                            guint   i,
                            Phrase *ph)
{
  static const char *current[] = { "الجاري", "الحالي", "نفسه", "ذاته" };
  guint n_day = 1;
  int day = 0, back;

  if (is_num (tokens, i, 1, 2) && !is_time_part (tokens, i))
    day = TOK (i)->value;
  else
    day = _sitrep_date_ordinal_at (tokens, i, &n_day);
  if (day < 1 || day > 31)
    return FALSE;
  i += n_day;
  if (word_is (tokens, i, "من") || word_is (tokens, i, "of"))
    i++;
  if (word_is (tokens, i, "الشهر") && i + 1 < tokens->len && TOK (i + 1)->kind == TOK_WORD &&
      word_in (TOK (i + 1)->word, current, G_N_ELEMENTS (current)))
    back = 0;
  else if (word_is (tokens, i, "الشهر") && is_arabic_last (tokens, i + 1))
    back = 1;
  else if (word_is (tokens, i, "this") && word_is (tokens, i + 1, "month"))
    back = 0;
  else if ((word_is (tokens, i, "last") || word_is (tokens, i, "previous")) && word_is (tokens, i + 1, "month"))
    back = 1;
  else if ((word_is (tokens, i, "الجاري") || word_is (tokens, i, "الحالي")) && !word_is (tokens, i - 1, "من"))
    {
      /* "18 الجاري": the month is understood */
      if (!at_end (tokens, i + 1))
        return FALSE;
      back = 0;
      i--;
    }
  else
    return FALSE;
  if (!at_end (tokens, i + 2))
    return FALSE;
  ph->kind = PHRASE_DAY_OF_MONTH;
  ph->months_back = back;
  ph->n = day;
  ph->month_fixed = TRUE;
  return TRUE;
}

/* The index of the first token at or after byte @offset. */
static guint
token_after (GArray *tokens,
             gsize   offset)
{
  guint i = 0;

  while (i < tokens->len && TOK (i)->start < offset)
    i++;
  return i;
}

static gboolean
has_ordinal_suffix (const Token *tok,
                    const char  *text)
{
  return tok->kind == TOK_NUM && g_ascii_isalpha (text[tok->end - 1]);
}

/* One end of a range: a date, a day and month, a month, or a bare day. */
static gboolean
read_side (GArray *tokens,
           guint  *pos,
           int    *year,
           int    *month,
           int    *day)
{
  SitrepDateMatch m = { 0 };
  guint i = skip_filler (tokens, *pos);
  guint n_month = 0;

  *year = *month = *day = 0;
  if (_sitrep_date_match_at (tokens, i, FALSE, &m))
    {
      *year = m.year;
      *month = m.month;
      *day = m.day;
      *pos = token_after (tokens, m.end);
      return TRUE;
    }
  if (is_num (tokens, i, 1, 2) && !is_time_part (tokens, i) &&
      TOK (i)->value >= 1 && TOK (i)->value <= 31)
    {
      guint j;

      *day = TOK (i)->value;
      i++;
      j = _sitrep_date_skip_separators (tokens, i);
      if ((*month = _sitrep_date_month_at (tokens, j, &n_month)) != 0)
        {
          i = _sitrep_date_skip_separators (tokens, j + n_month);
          if (is_num (tokens, i, 4, 4) && valid_year (TOK (i)->value))
            *year = TOK (i++)->value;
          else
            i = j + n_month;
        }
      /* "March 3-5, 2016": a bare day with the range's year */
      else if (is_num (tokens, j, 4, 4) && valid_year (TOK (j)->value) && !is_time_part (tokens, j))
        {
          *year = TOK (j)->value;
          i = j + 1;
        }
      *pos = i;
      return TRUE;
    }
  if ((*month = _sitrep_date_month_at (tokens, i, &n_month)) != 0)
    {
      guint j = _sitrep_date_skip_separators (tokens, i + n_month);

      i += n_month;
      if (is_num (tokens, j, 4, 4) && valid_year (TOK (j)->value))
        {
          *year = TOK (j)->value;
          i = j + 1;
        }
      *pos = i;
      return TRUE;
    }
  return FALSE;
}

static gboolean
is_connector (GArray *tokens,
              guint   i)
{
  /* as fold_word () leaves them: "حتى" and "إلى" end in ي */
  static const char *words[] = { "and", "to", "until", "till", "through", "thru", "حتي", "الي", "و" };

  return is_dash (tokens, i) ||
         (i < tokens->len && TOK (i)->kind == TOK_WORD &&
          word_in (TOK (i)->word, words, G_N_ELEMENTS (words)));
}

/* "between 10 and 12 October", "10–12 October", "from 28 December to 3 January 2022" */
static gboolean
read_range (GArray *tokens,
            guint   i,
            Phrase *ph)
{
  int y1, m1, d1, y2, m2, d2;

  if (!read_side (tokens, &i, &y1, &m1, &d1))
    return FALSE;
  /* "17 و18 أيار": the "و" glued to the day is the connector, not filler */
  if (!is_connector (tokens, i))
    i = skip_filler (tokens, i);
  if (!is_connector (tokens, i))
    return FALSE;
  i++;
  if (!read_side (tokens, &i, &y2, &m2, &d2) || !at_end (tokens, i))
    return FALSE;
  if (m1 == 0 && m2 == 0)
    return FALSE;
  /* A side that is only a day takes its month and year from the other. */
  if (m2 == 0)
    {
      m2 = m1;
      if (y2 == 0)
        y2 = y1;
    }
  if (m1 == 0)
    m1 = m2;
  /* "between 10 and 6 October": one month with its days in reverse order is
   * those days of that month, not a range into the next year */
  if (m1 == m2 && d2 != 0 && d1 > d2 && (y1 == y2 || y1 == 0 || y2 == 0))
    {
      int d = d1;

      d1 = d2;
      d2 = d;
    }
  if (y1 == 0 && y2 != 0)
    y1 = (m1 > m2 || (m1 == m2 && d1 > d2)) ? y2 - 1 : y2;
  if (y2 == 0 && y1 != 0)
    y2 = (m2 < m1 || (m1 == m2 && d2 < d1)) ? y1 + 1 : y1;
  if ((d1 == 0) != (d2 == 0) && m1 == m2)
    return FALSE;

  ph->kind = PHRASE_RANGE;
  ph->year = y1;
  ph->month = m1;
  ph->day = d1;
  ph->year2 = y2;
  ph->month2 = m2;
  ph->day2 = d2;
  return TRUE;
}

#define FOUND(k, count, next) \
  G_STMT_START { ph->kind = (k); ph->n = (count); return at_end (tokens, (next)); } G_STMT_END

/* Arabic "last week", "last month" ("الأسبوع الماضي", "الشهر الماضي") and
 * "days ago" ("قبل يومين", "قبل ثلاثة أيام", "قبل أسبوع", "منذ يومين"), folded, at @i,
 * which is "قبل" or "منذ", or "الأسبوع"/"الشهر" before "الماضي". */
static gboolean
read_arabic_ago (GArray *tokens,
                 guint   i,
                 Phrase *ph)
{
  static const struct { const char *word; PhraseKind kind; int n; } units[] = {
    { "يوم", PHRASE_DAYS_AGO, 1 }, { "يومين", PHRASE_DAYS_AGO, 2 }, { "ايام", PHRASE_DAYS_AGO, 0 },
    { "اسبوع", PHRASE_WEEKS_AGO, 1 }, { "اسبوعين", PHRASE_WEEKS_AGO, 2 }, { "اسابيع", PHRASE_WEEKS_AGO, 0 },
    { "شهر", PHRASE_MONTHS_AGO, 1 }, { "شهرين", PHRASE_MONTHS_AGO, 2 }, { "اشهر", PHRASE_MONTHS_AGO, 0 },
    { "شهور", PHRASE_MONTHS_AGO, 0 },
  };
  static const char *numbers[] = { "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره" };
  int count = 0;
  guint u = i + 1;

  if (!word_is (tokens, i, "قبل") && !word_is (tokens, i, "منذ"))
    FOUND (word_is (tokens, i, "الشهر") ? PHRASE_MONTHS_AGO : PHRASE_CALENDAR_WEEK, 1, i + 2);
  if (is_num (tokens, i + 1, 1, 2))
    count = TOK (i + 1)->value, u = i + 2;
  for (gsize k = 0; count == 0 && i + 1 < tokens->len && TOK (i + 1)->kind == TOK_WORD && k < G_N_ELEMENTS (numbers); k++)
    if (strcmp (TOK (i + 1)->word, numbers[k]) == 0)
      count = (int) k + 3, u = i + 2;
  for (gsize k = 0; u < tokens->len && TOK (u)->kind == TOK_WORD && k < G_N_ELEMENTS (units); k++)
    if (strcmp (TOK (u)->word, units[k].word) == 0 && (units[k].n == 0) == (count > 0))
      FOUND (units[k].kind, count > 0 ? count : units[k].n, u + 1);
  return FALSE;
}

/* "this morning", "this week" … at token @i, which is "this". */
static gboolean
read_this (GArray *tokens,
           guint   i,
           Phrase *ph)
{
  GDateWeekday wd;

  if (i + 1 < tokens->len && TOK (i + 1)->kind == TOK_WORD &&
      word_in (TOK (i + 1)->word, time_of_day_words, G_N_ELEMENTS (time_of_day_words)))
    FOUND (PHRASE_DAYS_AGO, 0, i + 2);
  if (word_is (tokens, i + 1, "week"))
    FOUND (PHRASE_CALENDAR_WEEK, 0, i + 2);
  if (word_is (tokens, i + 1, "month"))
    FOUND (PHRASE_MONTHS_AGO, 0, i + 2);
  if (word_is (tokens, i + 1, "year"))
    FOUND (PHRASE_YEARS_AGO, 0, i + 2);
  /* "this Monday": the weekday as "on Monday" reads it */
  if ((wd = weekday_at (tokens, i + 1)) != G_DATE_BAD_WEEKDAY)
    FOUND (PHRASE_WEEKDAY, wd, i + 2);
  return FALSE;
}

/* "last night", "the past week", "last Friday" … at token @i. */
static gboolean
read_last (GArray *tokens,
           guint   i,
           Phrase *ph)
{
  gboolean past = word_is (tokens, i, "past");
  GDateWeekday wd;

  if (word_is (tokens, i + 1, "night") && !past)
    FOUND (PHRASE_DAYS_AGO, 1, i + 2);
  if (word_is (tokens, i + 1, "week"))
    {
      /* "the past week" counts days back; "last week" is the calendar week before */
      if (past)
        FOUND (PHRASE_WEEKS_AGO, 1, i + 2);
      FOUND (PHRASE_CALENDAR_WEEK, 1, i + 2);
    }
  if (word_is (tokens, i + 1, "month"))
    FOUND (PHRASE_MONTHS_AGO, 1, i + 2);
  if (word_is (tokens, i + 1, "year"))
    FOUND (PHRASE_YEARS_AGO, 1, i + 2);
  if ((wd = weekday_at (tokens, i + 1)) != G_DATE_BAD_WEEKDAY)
    {
      ph->strict = TRUE;
      FOUND (PHRASE_WEEKDAY, wd, i + 2);
    }
  return FALSE;
}

#undef FOUND

/* "this month", "last month", "الشهر الجاري", "الشهر الماضي" at @i: how many
 * months before publication's (its words in @n_words), or -1. */
static int
relative_month_at (GArray *tokens,
                   guint   i,
                   guint  *n_words)
{
  static const char *current[] = { "الجاري", "الحالي" };

  *n_words = 2;
  if (word_is (tokens, i, "this") && word_is (tokens, i + 1, "month"))
    return 0;
  if ((word_is (tokens, i, "last") || word_is (tokens, i, "previous")) && word_is (tokens, i + 1, "month"))
    return 1;
  if (word_is (tokens, i, "الشهر") && i + 1 < tokens->len && TOK (i + 1)->kind == TOK_WORD &&
      word_in (TOK (i + 1)->word, current, G_N_ELEMENTS (current)))
    return 0;
  if (word_is (tokens, i, "الشهر") && is_arabic_last (tokens, i + 1))
    return 1;
  return -1;
}

/* A week or a half of a month at @i: "first week of", "last week of",
 * "first half of", "الأسبوع الأول من", "النصف الثاني من" (folded): its part
 * (see place_stated ()) and the index of the words after it in @next, or 0. */
static int
week_or_half_at (GArray *tokens,
                 guint   i,
                 guint  *next)
{
  static const char *ordinals[] = { "first", "second", "third", "fourth", "last", "final" };
  static const char *ar_ordinals[] = { "الاول", "الثاني", "الثالث", "الرابع", "الاخير" };
  static const int week_parts[] = { 4, 5, 6, 7, 8, 8 };

  *next = i + 2;
  for (gsize k = 0; k < G_N_ELEMENTS (ordinals); k++)
    if (word_is (tokens, i, ordinals[k]))
      {
        if (word_is (tokens, i + 1, "week"))
          return week_parts[k];
        if (word_is (tokens, i + 1, "half") && k < 2)
          return 9 + (int) k;
        return 0;
      }
  for (gsize k = 0; k < G_N_ELEMENTS (ar_ordinals); k++)
    if (word_is (tokens, i + 1, ar_ordinals[k]))
      {
        if (word_is (tokens, i, "الاسبوع"))
          return week_parts[k == 4 ? 5 : k];
        if (word_is (tokens, i, "النصف") && k < 2)
          return 9 + (int) k;
        return 0;
      }
  return 0;
}

/* "early October", "mid-August 2023", "end of May", "the first week of
 * March", "the second half of July", "منتصف حزيران", "أواخر الشهر الماضي":
 * @found says whether token @i is such a word; returns whether the phrase
 * is one of them. */
static gboolean
read_month_part (GArray   *tokens,
                 guint     i,
                 Phrase   *ph,
                 gboolean *found)
{
  /* Arabic as folded: "مطلع", "بداية", "أوائل", "منتصف", "أواسط", "أواخر", "نهاية" */
  static const struct { const char *word; int part; } parts[] = {
    { "early", 1 }, { "beginning", 1 }, { "start", 1 }, { "mid", 2 }, { "middle", 2 },
    { "late", 3 }, { "end", 3 },
    { "مطلع", 1 }, { "بدايه", 1 }, { "اوائل", 1 }, { "منتصف", 2 }, { "اواسط", 2 }, { "اواخر", 3 },
    { "نهايه", 3 },
  };
  guint n_month = 0, j = 0;
  int part = 0, back;

  *found = FALSE;
  if (i >= tokens->len || TOK (i)->kind != TOK_WORD)
    return FALSE;

  if ((part = week_or_half_at (tokens, i, &j)) == 0)
    for (gsize k = 0; k < G_N_ELEMENTS (parts) && part == 0; k++)
      if (strcmp (TOK (i)->word, parts[k].word) == 0)
        {
          part = parts[k].part;
          j = i + 1;
        }
  if (part == 0)
    return FALSE;
  *found = TRUE;
  if (is_dash (tokens, j))
    j++;
  j = _sitrep_date_skip_separators (tokens, j);
  ph->kind = PHRASE_MONTH_PART;
  ph->n = part;
  if ((back = relative_month_at (tokens, j, &n_month)) >= 0)
    {
      ph->month_fixed = TRUE;
      ph->months_back = back;
      return at_end (tokens, j + n_month);
    }
  if ((ph->month = _sitrep_date_month_at (tokens, j, &n_month)) == 0)
    return FALSE;
  j += n_month;
  if (is_num (tokens, _sitrep_date_skip_separators (tokens, j), 4, 4) &&
      valid_year (TOK (_sitrep_date_skip_separators (tokens, j))->value))
    {
      j = _sitrep_date_skip_separators (tokens, j);
      ph->year = TOK (j++)->value;
    }
  return at_end (tokens, j);
}

/* "a week ago", "two days ago", "3 months ago" at @i, @count its number. */
static gboolean
read_ago (GArray *tokens,
          guint   i,
          int     count,
          Phrase *ph)
{
  const char *unit = TOK (i + 1)->kind == TOK_WORD ? TOK (i + 1)->word : "";

  if (g_str_equal (unit, "day") || g_str_equal (unit, "days"))
    ph->kind = PHRASE_DAYS_AGO;
  else if (g_str_equal (unit, "week") || g_str_equal (unit, "weeks"))
    ph->kind = PHRASE_WEEKS_AGO;
  else if (g_str_equal (unit, "month") || g_str_equal (unit, "months"))
    ph->kind = PHRASE_MONTHS_AGO;
  else if (g_str_equal (unit, "year") || g_str_equal (unit, "years"))
    ph->kind = PHRASE_YEARS_AGO;
  else
    return FALSE;
  ph->n = count;
  return at_end (tokens, i + 3);
}

/* A range with no "between" or "from" before it, at @i. */
static gboolean
read_bare_range (GArray *tokens,
                 guint   i,
                 Phrase *ph)
{
  SitrepDateMatch m = { 0 };
  guint n_month = 0;

  /* "10–12 October"; "3 to 4 May" ("the night of 3 to 4 May"), "17 و18 أيار"; not
   * English "N and M May" alone, which cost two right days on a held-out set
   * (session 35): "between 3 and 5 May" is read as a range by the suggester */
  if (is_num (tokens, i, 1, 2) &&
      (is_dash (tokens, i + 1) || word_is (tokens, i + 1, "to") || word_is (tokens, i + 1, "و") ||
       word_is (tokens, i + 1, "الي")))
    return read_range (tokens, i, ph);
  if (_sitrep_date_month_at (tokens, i, &n_month) == 0)
    return FALSE;
  /* "August and September", "June to August 2023", "آب و أيلول": a span of months */
  if (is_connector (tokens, i + n_month))
    return read_range (tokens, i, ph);
  /* "March 3-5", "Oct. 4–5, 2016" */
  return _sitrep_date_match_at (tokens, i, FALSE, &m) && m.day != 0 && is_dash (tokens, token_after (tokens, m.end)) &&
         read_range (tokens, i, ph);
}

gboolean
_sitrep_date_parse_phrase (GArray     *tokens,
                           const char *text,
                           Phrase     *ph)
{
  SitrepDateMatch m = { 0 };
  GDateWeekday wd;
  guint i = skip_filler (tokens, 0);
  guint n_month = 0;
  int count;

  memset (ph, 0, sizeof *ph);
  /* "منذ يومين", "منذ ثلاثة أيام": days ago, as "قبل" says them */
  if (word_is (tokens, i, "منذ") && read_arabic_ago (tokens, i, ph))
    return TRUE;
  if (word_is (tokens, i, "since") || word_is (tokens, i, "منذ"))
    {
      ph->since = TRUE;
      i = skip_filler (tokens, i + 1);
    }
  /* "من 3 إلى 5 أيار": from one day to another */
  if (word_is (tokens, i, "between") || word_is (tokens, i, "from") || word_is (tokens, i, "بين") ||
      word_is (tokens, i, "من"))
    {
      if (read_range (tokens, i + 1, ph))
        return TRUE;
      if (!word_is (tokens, i, "from"))
        return FALSE;
      /* "from 10 October" on its own is where something began. */
      ph->since = TRUE;
      i = skip_filler (tokens, i + 1);
    }

#define FOUND(k, count, next) \
  G_STMT_START { ph->kind = (k); ph->n = (count); return at_end (tokens, (next)); } G_STMT_END

  if (word_is (tokens, i, "today") || word_is (tokens, i, "tonight") || word_is (tokens, i, "اليوم"))
    FOUND (PHRASE_DAYS_AGO, 0, i + 1);
  if ((count = yesterday_at (tokens, i, &n_month)) != 0)
    FOUND (PHRASE_DAYS_AGO, count, i + n_month);

  if (word_is (tokens, i, "this"))
    return read_this (tokens, i, ph);
  if (word_is (tokens, i, "قبل") ||
      ((word_is (tokens, i, "الاسبوع") || word_is (tokens, i, "الشهر")) && is_arabic_last (tokens, i + 1)))
    return read_arabic_ago (tokens, i, ph);
  if (word_is (tokens, i, "last") || word_is (tokens, i, "past") || word_is (tokens, i, "previous"))
    {
      gboolean since = ph->since;

      if (read_last (tokens, i, ph))
        return TRUE;
      /* "the last week of June" is June's, not the week before publication */
      memset (ph, 0, sizeof *ph);
      ph->since = since;
      if (!word_is (tokens, i, "last") || !word_is (tokens, i + 1, "week"))
        return FALSE;
    }

  /* "a week ago", "two days ago", "3 months ago" */
  if ((count = count_at (tokens, i)) > 0 && i + 2 < tokens->len && word_is (tokens, i + 2, "ago"))
    return read_ago (tokens, i, count, ph);

  /* A weekday alone; with a stated date ("Saturday, 14 October") the date wins. */
  if ((wd = weekday_at (tokens, i)) != G_DATE_BAD_WEEKDAY)
    {
      if (word_is (tokens, i + 1, "last") || is_arabic_last (tokens, i + 1))
        {
          ph->strict = TRUE;
          FOUND (PHRASE_WEEKDAY, wd, i + 2);
        }
      if (at_end (tokens, i + 1))
        FOUND (PHRASE_WEEKDAY, wd, i + 1);
      i = skip_filler (tokens, i + 1);
    }

#undef FOUND

  /* early, mid and late a month */
  {
    gboolean found;
    gboolean ok = read_month_part (tokens, i, ph, &found);

    if (found)
      return ok;
  }

  if (read_day_of_relative_month (tokens, i, ph))
    return TRUE;

  if (read_bare_range (tokens, i, ph))
    return TRUE;

  if (_sitrep_date_match_at (tokens, i, TRUE, &m))
    {
      ph->kind = PHRASE_DATE;
      ph->year = m.year;
      ph->month = m.month;
      ph->day = m.day;
      return at_end (tokens, token_after (tokens, m.end));
    }

  /* "in August", "the 13th" */
  if ((ph->month = _sitrep_date_month_at (tokens, i, &n_month)) != 0)
    {
      ph->kind = PHRASE_DATE;
      return at_end (tokens, i + n_month);
    }
  if (is_num (tokens, i, 1, 2) && TOK (i)->value >= 1 && TOK (i)->value <= 31 &&
      (has_ordinal_suffix (TOK (i), text) || word_is (tokens, i - 1, "the")))
    {
      ph->kind = PHRASE_DAY_OF_MONTH;
      ph->n = TOK (i)->value;
      return at_end (tokens, i + 1);
    }

  return FALSE;
}

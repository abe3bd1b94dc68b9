/* sitrep-dateparse-private.h — what the parts of the date reader share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <string.h>

#include "sitrep-dateparse.h"

G_BEGIN_DECLS

/* Text is read as words, numbers and punctuation; every part of the reader
 * works on these tokens. */

typedef enum
{
  TOK_WORD,
  TOK_NUM,
  TOK_PUNCT,
} TokKind;

typedef struct
{
  TokKind   kind;
  gsize     start;
  gsize     end;
  int       value;      /* TOK_NUM: the number (capped); TOK_PUNCT: the character */
  int       ndigits;
  gboolean  capitalised;
  char     *word;       /* TOK_WORD: folded, Arabic letters unified */
  gboolean  word_owned; /* @word is freed with the token: an ASCII word is
                           in one block of the text's ASCII words, which the
                           first of them owns */
} Token;

#define TOK(i) (&g_array_index (tokens, Token, (i)))

/* Small tests on tokens, inline as the grammars call them at every token. */

static inline gboolean
word_in (const char  *word,
         const char **list,
         gsize        n)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static inline gboolean
is_num (GArray *tokens,
        guint   i,
        int     min_digits,
        int     max_digits)
{
  Token *tok;

  if (i >= tokens->len)
    return FALSE;
  tok = TOK (i);
  return tok->kind == TOK_NUM && tok->ndigits >= min_digits && tok->ndigits <= max_digits;
}

static inline gboolean
is_punct (GArray *tokens,
          guint   i,
          int     ch)
{
  return i < tokens->len && TOK (i)->kind == TOK_PUNCT && TOK (i)->value == ch;
}

/* Whether token @i directly touches token @i - 1 (no space between). */
static inline gboolean
adjacent (GArray *tokens,
          guint   i)
{
  return i > 0 && i < tokens->len && TOK (i - 1)->end == TOK (i)->start;
}

/* A number followed by ':' and a number is a time of day, not a year or a
 * day; "25 August 2020: four killed" is a date. */
static inline gboolean
is_time_part (GArray *tokens,
              guint   i)
{
  return is_punct (tokens, i + 1, ':') && adjacent (tokens, i + 1) &&
         i + 2 < tokens->len && TOK (i + 2)->kind == TOK_NUM && adjacent (tokens, i + 2);
}

static inline gboolean
valid_year (int year)
{
  return year >= 1000 && year <= 2999;
}

static inline int
days_in_month (int year,
               int month)
{
  static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  if (month < 1 || month > 12)
    return 0;
  if (month == 2 && year != 0)
    return g_date_is_leap_year ((GDateYear) year) ? 29 : 28;
  return days[month - 1];
}

/* Date spans: phrases read against the publication date. A phrase is read
 * in sitrep-dateparse-phrase.c and placed in sitrep-dateparse-resolve.c. */

typedef enum
{
  PHRASE_DATE,          /* stated: year, month, day as far as given */
  PHRASE_MONTH_PART,    /* early, mid or late a month */
  PHRASE_DAY_OF_MONTH,  /* "the 13th" */
  PHRASE_WEEKDAY,
  PHRASE_DAYS_AGO,
  PHRASE_WEEKS_AGO,     /* counted in days: "a week ago" */
  PHRASE_CALENDAR_WEEK, /* Monday to Sunday: "last week" */
  PHRASE_MONTHS_AGO,
  PHRASE_YEARS_AGO,
  PHRASE_RANGE,
} PhraseKind;

typedef struct
{
  PhraseKind kind;
  int        year;
  int        month;
  int        day;
  int        year2;     /* PHRASE_RANGE: its last day, as far as stated */
  int        month2;
  int        day2;
  int        n;         /* weekday, how many back, or part of a month (1–10, see place_stated ()) */
  gboolean   strict;    /* "last Saturday": before the publication day, never on it */
  int        months_back; /* PHRASE_DAY_OF_MONTH, PHRASE_MONTH_PART: of the month this many before
                             publication's ("4 من الشهر الماضي", "منتصف الشهر الجاري"), when @month_fixed */
  gboolean   month_fixed;
  gboolean   since;
} Phrase;

/* sitrep-dateparse.c */
extern const char *_sitrep_date_english_months[];  /* as notes and explanations write them */

GArray   *_sitrep_date_tokenize          (const char      *text,
                                          gsize            len);
/* Gives back tokens of _sitrep_date_tokenize (): emptied and kept for the
 * thread's next text (one array and its room, not made for each), or freed. */
void      _sitrep_date_tokens_release    (GArray          *tokens);
typedef GArray SitrepDateTokens;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepDateTokens, _sitrep_date_tokens_release)
int       _sitrep_date_month_at          (GArray          *tokens,
                                          guint            i,
                                          guint           *n_used);
guint     _sitrep_date_skip_separators   (GArray          *tokens,
                                          guint            i);
/* The day (1-31) an Arabic ordinal at token @i names ("السابع عشر"), with
 * the number of tokens it takes in @n_tokens; 0 when there is none. */
int       _sitrep_date_arabic_ordinal_at (GArray          *tokens,
                                          guint            i,
                                          guint           *n_tokens);
/* The same, or an English one before "of" ("the fifth of", "the twenty-first of"). */
int       _sitrep_date_ordinal_at        (GArray          *tokens,
                                          guint            i,
                                          guint           *n_tokens);
gboolean  _sitrep_date_match_at          (GArray          *tokens,
                                          guint            i,
                                          gboolean         whole,
                                          SitrepDateMatch *match);
gboolean  _sitrep_date_find_in_tokens    (GArray          *tokens,
                                          gboolean         whole,
                                          SitrepDateMatch *match,
                                          guint           *first);

/* sitrep-dateparse-phrase.c */
gboolean  _sitrep_date_parse_phrase      (GArray          *tokens,
                                          const char      *text,
                                          Phrase          *ph);

G_END_DECLS

/* sitrep-dateparse.c — reading dates written in words or numbers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-dateparse.h"

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
} Token;

static const struct
{
  const char *name;
  int         month;
} month_names[] = {
  { "january", 1 }, { "jan", 1 }, { "february", 2 }, { "feb", 2 },
  { "march", 3 }, { "mar", 3 }, { "april", 4 }, { "apr", 4 }, { "may", 5 },
  { "june", 6 }, { "jun", 6 }, { "july", 7 }, { "jul", 7 },
  { "august", 8 }, { "aug", 8 }, { "september", 9 }, { "sept", 9 },
  { "sep", 9 }, { "october", 10 }, { "oct", 10 }, { "november", 11 },
  { "nov", 11 }, { "december", 12 }, { "dec", 12 },
  /* Egyptian and Gulf names, written with plain alef (see fold_arabic ()) */
  { "يناير", 1 }, { "فبراير", 2 }, { "مارس", 3 }, { "ابريل", 4 },
  { "مايو", 5 }, { "يونيو", 6 }, { "يونيه", 6 }, { "يوليو", 7 },
  { "يوليه", 7 }, { "اغسطس", 8 }, { "سبتمبر", 9 }, { "اكتوبر", 10 },
  { "نوفمبر", 11 }, { "ديسمبر", 12 },
  /* Levantine and Iraqi names of one word */
  { "شباط", 2 }, { "اذار", 3 }, { "نيسان", 4 }, { "ايار", 5 },
  { "حزيران", 6 }, { "تموز", 7 }, { "اب", 8 }, { "ايلول", 9 },
};

/* English words that are also month names only when capitalised. */
static const char *ambiguous_months[] = { "may", "march", "mar" };

static const char *weekday_names[] = {
  "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed",
  "thursday", "thu", "thur", "thurs", "friday", "fri", "saturday", "sat",
  "sunday", "sun",
  "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد",
};

/* Words that may surround a date on a dateline without making it prose. */
static const char *noise_words[] = {
  "published", "posted", "updated", "last", "modified", "date", "dated",
  "on", "at", "am", "pm", "gmt", "utc", "z", "t", "est", "edt", "cst",
  "cdt", "pst", "pdt", "cet", "cest", "eet", "eest", "bst", "msk", "ast",
  "the", "في", "بتاريخ", "نشر",
};

static const char *english_months[] = {
  "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December",
};

static gboolean
word_in (const char  *word,
         const char **list,
         gsize        n)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Folds case and unifies the Arabic letters that are spelt either way
 * (hamza on alef, alef maqsura, ta marbuta) so month names match. */
static char *
fold_word (const char *word,
           gssize      len)
{
  g_autofree char *folded = g_utf8_casefold (word, len);
  GString *out = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case 0x0623: case 0x0625: case 0x0622: case 0x0671:
          c = 0x0627;
          break;
        case 0x0649:
          c = 0x064A;
          break;
        case 0x0629:
          c = 0x0647;
          break;
        default:
          break;
        }
      /* Arabic diacritics and tatweel carry no meaning for matching. */
      if ((c >= 0x064B && c <= 0x065F) || c == 0x0640)
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static void
token_clear (Token *tok)
{
  g_free (tok->word);
}

static GArray *
tokenize (const char *text,
          gsize       len)
{
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (Token));
  const char *p = text;
  const char *end = text + len;

  g_array_set_clear_func (tokens, (GDestroyNotify) token_clear);

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      const char *next;
      Token tok = { 0 };

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }
      next = g_utf8_next_char (p);

      if (g_unichar_isdigit (c) && g_unichar_digit_value (c) >= 0)
        {
          const char *q = p;
          int value = 0;
          int nd = 0;

          tok.kind = TOK_NUM;
          tok.start = p - text;
          while (q < end)
            {
              gunichar d = g_utf8_get_char_validated (q, end - q);
              int v;

              if (d == (gunichar) -1 || d == (gunichar) -2 || !g_unichar_isdigit (d))
                break;
              v = g_unichar_digit_value (d);
              if (v < 0)
                break;
              if (value < 100000)
                value = value * 10 + v;
              nd++;
              q = g_utf8_next_char (q);
            }
          /* An ordinal suffix belongs to the number: "25th". */
          if (end - q >= 2 &&
              (g_ascii_strncasecmp (q, "st", 2) == 0 ||
               g_ascii_strncasecmp (q, "nd", 2) == 0 ||
               g_ascii_strncasecmp (q, "rd", 2) == 0 ||
               g_ascii_strncasecmp (q, "th", 2) == 0) &&
              (end - q == 2 || !g_ascii_isalpha (q[2])))
            q += 2;
          tok.end = q - text;
          tok.value = value;
          tok.ndigits = nd;
          g_array_append_val (tokens, tok);
          p = q;
        }
      else if (g_unichar_isalpha (c))
        {
          const char *q = p;

          tok.kind = TOK_WORD;
          tok.start = p - text;
          tok.capitalised = g_unichar_isupper (c) || g_unichar_istitle (c);
          while (q < end)
            {
              gunichar d = g_utf8_get_char_validated (q, end - q);

              if (d == (gunichar) -1 || d == (gunichar) -2 ||
                  !(g_unichar_isalpha (d) || g_unichar_ismark (d)))
                break;
              q = g_utf8_next_char (q);
            }
          tok.end = q - text;
          tok.word = fold_word (p, q - p);
          g_array_append_val (tokens, tok);
          p = q;
        }
      else
        {
          if (!g_unichar_isspace (c))
            {
              tok.kind = TOK_PUNCT;
              tok.start = p - text;
              tok.end = next - text;
              tok.value = (int) c;
              g_array_append_val (tokens, tok);
            }
          p = next;
        }
    }

  return tokens;
}

int
sitrep_date_month_from_name (const char *word)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (word != NULL, 0);

  folded = fold_word (word, -1);
  for (gsize i = 0; i < G_N_ELEMENTS (month_names); i++)
    if (strcmp (folded, month_names[i].name) == 0)
      return month_names[i].month;
  return 0;
}

static gboolean
is_weekday (const char *word)
{
  return word_in (word, weekday_names, G_N_ELEMENTS (weekday_names));
}

#define TOK(i) (&g_array_index (tokens, Token, (i)))

/* The month named at token @i, with the number of tokens its name takes. */
static int
month_at (GArray *tokens,
          guint   i,
          guint  *n_used)
{
  Token *tok;

  if (i >= tokens->len)
    return 0;
  tok = TOK (i);
  if (tok->kind != TOK_WORD)
    return 0;

  /* The Levantine months of two words. */
  if (i + 1 < tokens->len && TOK (i + 1)->kind == TOK_WORD)
    {
      const char *second = TOK (i + 1)->word;
      gboolean first_of = strcmp (second, "الاول") == 0;
      gboolean second_of = strcmp (second, "الثاني") == 0;

      if (strcmp (tok->word, "تشرين") == 0 && (first_of || second_of))
        {
          *n_used = 2;
          return first_of ? 10 : 11;
        }
      if (strcmp (tok->word, "كانون") == 0 && (first_of || second_of))
        {
          *n_used = 2;
          return first_of ? 12 : 1;
        }
    }

  for (gsize k = 0; k < G_N_ELEMENTS (month_names); k++)
    {
      if (strcmp (tok->word, month_names[k].name) == 0)
        {
          if (!tok->capitalised &&
              word_in (tok->word, ambiguous_months, G_N_ELEMENTS (ambiguous_months)))
            return 0;
          *n_used = 1;
          return month_names[k].month;
        }
    }
  return 0;
}

/* Skips the commas, full stops and "of"/"the" between the parts of a date. */
static guint
skip_separators (GArray *tokens,
                 guint   i)
{
  while (i < tokens->len)
    {
      Token *tok = TOK (i);

      if (tok->kind == TOK_PUNCT &&
          (tok->value == ',' || tok->value == '.' || tok->value == 0x060C))
        i++;
      else if (tok->kind == TOK_WORD &&
               (strcmp (tok->word, "of") == 0 || strcmp (tok->word, "the") == 0))
        i++;
      else
        break;
    }
  return i;
}

static gboolean
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

static gboolean
is_punct (GArray *tokens,
          guint   i,
          int     ch)
{
  return i < tokens->len && TOK (i)->kind == TOK_PUNCT && TOK (i)->value == ch;
}

/* Whether token @i directly touches token @i - 1 (no space between). */
static gboolean
adjacent (GArray *tokens,
          guint   i)
{
  return i > 0 && i < tokens->len && TOK (i - 1)->end == TOK (i)->start;
}

/* A number followed by ':' is a time of day, not a year or a day. */
static gboolean
is_time_part (GArray *tokens,
              guint   i)
{
  return is_punct (tokens, i + 1, ':') && adjacent (tokens, i + 1);
}

static gboolean
valid_year (int year)
{
  return year >= 1000 && year <= 2999;
}

static int
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

static gboolean
valid_day (int year,
           int month,
           int day)
{
  return day >= 1 && day <= days_in_month (year, month);
}

static void
set_match (SitrepDateMatch *match,
           GArray          *tokens,
           guint            first,
           guint            last,
           int              year,
           int              month,
           int              day)
{
  match->year = year;
  match->month = month;
  match->day = day;
  if (year == 0)
    match->precision = SITREP_DATE_PRECISION_UNKNOWN;
  else if (month == 0)
    match->precision = SITREP_DATE_PRECISION_YEAR;
  else if (day == 0)
    match->precision = SITREP_DATE_PRECISION_MONTH;
  else
    match->precision = SITREP_DATE_PRECISION_DAY;
  match->start = TOK (first)->start;
  match->end = TOK (last)->end;
}

/* Tries every form that can start at token @i. @whole allows the forms
 * that only make sense when the text is nothing but a date ("2020", "2020-08"). */
static gboolean
match_at (GArray          *tokens,
          guint            i,
          gboolean         whole,
          SitrepDateMatch *match)
{
  guint n_month = 0;
  int month;

  /* 2020-08-25 and 2020/08/25, with any time after it */
  if (is_num (tokens, i, 4, 4) && valid_year (TOK (i)->value) &&
      (i == 0 || !adjacent (tokens, i) || TOK (i - 1)->kind == TOK_WORD))
    {
      Token *y = TOK (i);

      if ((is_punct (tokens, i + 1, '-') || is_punct (tokens, i + 1, '/')) &&
          adjacent (tokens, i + 1) && is_num (tokens, i + 2, 1, 2) && adjacent (tokens, i + 2))
        {
          int sep = TOK (i + 1)->value;
          int m = TOK (i + 2)->value;

          if (m >= 1 && m <= 12)
            {
              if (is_punct (tokens, i + 3, sep) && adjacent (tokens, i + 3) &&
                  is_num (tokens, i + 4, 1, 2) && adjacent (tokens, i + 4))
                {
                  int d = TOK (i + 4)->value;

                  if (valid_day (y->value, m, d))
                    {
                      set_match (match, tokens, i, i + 4, y->value, m, d);
                      return TRUE;
                    }
                  return FALSE;
                }
              if (whole && sep == '-' &&
                  !(i + 3 < tokens->len && adjacent (tokens, i + 3)))
                {
                  set_match (match, tokens, i, i + 2, y->value, m, 0);
                  return TRUE;
                }
            }
        }
    }

  /* 25 August 2020, 25th of Aug. 2020, 25 August (no year) */
  if (is_num (tokens, i, 1, 2) && !is_time_part (tokens, i) &&
      !(i > 0 && adjacent (tokens, i) && TOK (i - 1)->kind == TOK_PUNCT &&
        (TOK (i - 1)->value == '/' || TOK (i - 1)->value == '-' || TOK (i - 1)->value == '.')))
    {
      int d = TOK (i)->value;
      guint j = skip_separators (tokens, i + 1);

      month = month_at (tokens, j, &n_month);
      if (month != 0 && valid_day (0, month, d))
        {
          guint k = skip_separators (tokens, j + n_month);

          if (is_num (tokens, k, 4, 4) && valid_year (TOK (k)->value) && !is_time_part (tokens, k))
            {
              if (!valid_day (TOK (k)->value, month, d))
                return FALSE;
              set_match (match, tokens, i, k, TOK (k)->value, month, d);
              return TRUE;
            }
          set_match (match, tokens, i, j + n_month - 1, 0, month, d);
          return TRUE;
        }
    }

  /* August 25, 2020; Aug. 25th 2020; August 25 (no year); August 2020 */
  month = month_at (tokens, i, &n_month);
  if (month != 0)
    {
      guint j = skip_separators (tokens, i + n_month);

      if (is_num (tokens, j, 1, 2) && !is_time_part (tokens, j))
        {
          int d = TOK (j)->value;
          guint k = skip_separators (tokens, j + 1);

          if (!valid_day (0, month, d))
            return FALSE;
          if (is_num (tokens, k, 4, 4) && valid_year (TOK (k)->value) && !is_time_part (tokens, k))
            {
              if (!valid_day (TOK (k)->value, month, d))
                return FALSE;
              set_match (match, tokens, i, k, TOK (k)->value, month, d);
              return TRUE;
            }
          set_match (match, tokens, i, j, 0, month, d);
          return TRUE;
        }
      if (is_num (tokens, j, 4, 4) && valid_year (TOK (j)->value) && !is_time_part (tokens, j))
        {
          set_match (match, tokens, i, j, TOK (j)->value, month, 0);
          return TRUE;
        }
    }

  /* a year alone */
  if (whole && is_num (tokens, i, 4, 4) && valid_year (TOK (i)->value) &&
      !is_time_part (tokens, i) && !adjacent (tokens, i + 1))
    {
      set_match (match, tokens, i, i, TOK (i)->value, 0, 0);
      return TRUE;
    }

  return FALSE;
}

static gboolean
find_in_tokens (GArray          *tokens,
                gboolean         whole,
                SitrepDateMatch *match,
                guint           *first)
{
  for (guint i = 0; i < tokens->len; i++)
    {
      if (match_at (tokens, i, whole, match))
        {
          *first = i;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
sitrep_date_find (const char      *text,
                  gssize           len,
                  SitrepDateMatch *match)
{
  g_autoptr(GArray) tokens = NULL;
  SitrepDateMatch m = { 0 };
  guint first;

  g_return_val_if_fail (text != NULL, FALSE);

  if (len < 0)
    len = strlen (text);
  tokens = tokenize (text, len);
  if (!find_in_tokens (tokens, FALSE, &m, &first))
    return FALSE;
  if (match != NULL)
    *match = m;
  return TRUE;
}

/* Whether the tokens outside the date are only a weekday, a time, a zone
 * and the words datelines use. */
static gboolean
rest_is_noise (GArray                *tokens,
               const SitrepDateMatch *m)
{
  for (guint i = 0; i < tokens->len; i++)
    {
      Token *tok = TOK (i);

      if (tok->start >= m->start && tok->end <= m->end)
        continue;

      switch (tok->kind)
        {
        case TOK_PUNCT:
          break;
        case TOK_WORD:
          if (!is_weekday (tok->word) &&
              !word_in (tok->word, noise_words, G_N_ELEMENTS (noise_words)))
            return FALSE;
          break;
        case TOK_NUM:
          /* times (10:00, 10:00:00.000, 10am) and zone offsets (+03:00) */
          if (tok->ndigits > 4)
            return FALSE;
          if (is_time_part (tokens, i) ||
              (i > 0 && is_punct (tokens, i - 1, ':')) ||
              (i > 0 && is_punct (tokens, i - 1, '.') && i > 1 && is_num (tokens, i - 2, 1, 2)) ||
              (i > 0 && (is_punct (tokens, i - 1, '+') || is_punct (tokens, i - 1, '-'))) ||
              (i + 1 < tokens->len && TOK (i + 1)->kind == TOK_WORD &&
               (strcmp (TOK (i + 1)->word, "am") == 0 || strcmp (TOK (i + 1)->word, "pm") == 0)))
            break;
          return FALSE;
        default:
          g_assert_not_reached ();
        }
    }
  return TRUE;
}

char *
sitrep_date_match_to_iso (const SitrepDateMatch *match)
{
  g_return_val_if_fail (match != NULL, NULL);

  switch (match->precision)
    {
    case SITREP_DATE_PRECISION_DAY:
      return g_strdup_printf ("%04d-%02d-%02d", match->year, match->month, match->day);
    case SITREP_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%04d-%02d", match->year, match->month);
    case SITREP_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%04d", match->year);
    case SITREP_DATE_PRECISION_UNKNOWN:
    default:
      return NULL;
    }
}

char *
sitrep_date_match_to_note (const SitrepDateMatch *match)
{
  g_return_val_if_fail (match != NULL, NULL);

  if (match->precision != SITREP_DATE_PRECISION_UNKNOWN || match->month < 1 || match->month > 12)
    return NULL;
  if (match->day > 0)
    /* TRANSLATORS: a date found without its year, e.g. "19 October (year unknown)" */
    return g_strdup_printf (_("%d %s (year unknown)"), match->day, english_months[match->month - 1]);
  return g_strdup_printf (_("%s (year unknown)"), english_months[match->month - 1]);
}

gboolean
sitrep_date_parse (const char           *text,
                   char                **iso,
                   SitrepDatePrecision  *precision,
                   char                **note)
{
  g_autoptr(GArray) tokens = NULL;
  SitrepDateMatch m = { 0 };
  guint first;

  g_return_val_if_fail (text != NULL, FALSE);

  tokens = tokenize (text, strlen (text));
  if (!find_in_tokens (tokens, TRUE, &m, &first) || !rest_is_noise (tokens, &m))
    return FALSE;

  if (iso != NULL)
    *iso = sitrep_date_match_to_iso (&m);
  if (precision != NULL)
    *precision = m.precision;
  if (note != NULL)
    *note = sitrep_date_match_to_note (&m);
  return TRUE;
}

/* A path segment that is a number of @min_digits to @max_digits digits, nothing else. */
static gboolean
segment_number (const char *segment,
                guint       min_digits,
                guint       max_digits,
                int        *value)
{
  gsize n = strlen (segment);
  guint64 v;

  if (n < min_digits || n > max_digits)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (segment[i]))
        return FALSE;
    }
  v = g_ascii_strtoull (segment, NULL, 10);
  *value = (int) v;
  return TRUE;
}

gboolean
sitrep_date_parse_url (const char           *url,
                       char                **iso,
                       SitrepDatePrecision  *precision)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *path = NULL;
  g_auto(GStrv) segments = NULL;
  const char *start;
  int this_year = g_date_time_get_year (now);

  g_return_val_if_fail (url != NULL, FALSE);

  /* Only the path: a host or a query string is no date. */
  start = strstr (url, "://");
  start = start != NULL ? strchr (start + 3, '/') : strchr (url, '/');
  if (start == NULL)
    return FALSE;
  path = g_strndup (start, strcspn (start, "?#"));
  segments = g_strsplit (path, "/", -1);

  for (guint i = 0; segments[i] != NULL && segments[i + 1] != NULL; i++)
    {
      int year, month, day;

      if (!segment_number (segments[i], 4, 4, &year) || year < 1990 || year > this_year ||
          !segment_number (segments[i + 1], 1, 2, &month) || month < 1 || month > 12)
        continue;

      /* "/2016/12/05/slug": a day, when it is one the month has. */
      if (segments[i + 2] != NULL && segment_number (segments[i + 2], 1, 2, &day))
        {
          if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
            continue;
          if (iso != NULL)
            *iso = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
          if (precision != NULL)
            *precision = SITREP_DATE_PRECISION_DAY;
          return TRUE;
        }

      /* "/2016/12/264967.htm": the month. */
      if (iso != NULL)
        *iso = g_strdup_printf ("%04d-%02d", year, month);
      if (precision != NULL)
        *precision = SITREP_DATE_PRECISION_MONTH;
      return TRUE;
    }

  return FALSE;
}

/* Date spans: phrases read against the publication date. */

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
  int        n;         /* weekday, how many back, or part of a month (1–3) */
  gboolean   strict;    /* "last Saturday": before the publication day, never on it */
  gboolean   since;
} Phrase;

/* Where a phrase lands for one publication date. */
typedef struct
{
  gboolean             ok;
  GDate                start;
  GDate                end;
  SitrepSpanPrecision  precision;
  gboolean             year_before;  /* a stated date moved to the year before publication */
} Placed;

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

static const char *english_weekdays[] = {
  NULL, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};

static const char *count_words[] = {
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve",
};

/* Words around a date span that do not change it. */
static const char *filler_words[] = {
  "on", "in", "at", "during", "the", "of", "around", "about", "by", "في", "يوم",
};

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
  if (match_at (tokens, i, FALSE, &m))
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
      j = skip_separators (tokens, i);
      if ((*month = month_at (tokens, j, &n_month)) != 0)
        {
          i = skip_separators (tokens, j + n_month);
          if (is_num (tokens, i, 4, 4) && valid_year (TOK (i)->value))
            *year = TOK (i++)->value;
          else
            i = j + n_month;
        }
      *pos = i;
      return TRUE;
    }
  if ((*month = month_at (tokens, i, &n_month)) != 0)
    {
      guint j = skip_separators (tokens, i + n_month);

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
  static const char *words[] = { "and", "to", "until", "till", "through", "thru", "حتى", "الى" };

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
      y2 = y1;
    }
  if (m1 == 0)
    m1 = m2;
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

static gboolean
parse_phrase (GArray     *tokens,
              const char *text,
              Phrase     *ph)
{
  SitrepDateMatch m = { 0 };
  GDateWeekday wd;
  guint i = skip_filler (tokens, 0);
  guint n_month = 0;
  int count;

  memset (ph, 0, sizeof *ph);
  if (word_is (tokens, i, "since") || word_is (tokens, i, "منذ"))
    {
      ph->since = TRUE;
      i = skip_filler (tokens, i + 1);
    }
  if (word_is (tokens, i, "between") || word_is (tokens, i, "from") || word_is (tokens, i, "بين"))
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
  if (word_is (tokens, i, "yesterday") || word_is (tokens, i, "امس"))
    FOUND (PHRASE_DAYS_AGO, 1, i + 1);
  if (word_is (tokens, i, "day") && word_is (tokens, i + 1, "before") && word_is (tokens, i + 2, "yesterday"))
    FOUND (PHRASE_DAYS_AGO, 2, i + 3);

  if (word_is (tokens, i, "this"))
    {
      if (i + 1 < tokens->len && TOK (i + 1)->kind == TOK_WORD &&
          word_in (TOK (i + 1)->word, time_of_day_words, G_N_ELEMENTS (time_of_day_words)))
        FOUND (PHRASE_DAYS_AGO, 0, i + 2);
      if (word_is (tokens, i + 1, "week"))
        FOUND (PHRASE_CALENDAR_WEEK, 0, i + 2);
      if (word_is (tokens, i + 1, "month"))
        FOUND (PHRASE_MONTHS_AGO, 0, i + 2);
      if (word_is (tokens, i + 1, "year"))
        FOUND (PHRASE_YEARS_AGO, 0, i + 2);
      return FALSE;
    }

  if (word_is (tokens, i, "last") || word_is (tokens, i, "past") || word_is (tokens, i, "previous"))
    {
      gboolean past = word_is (tokens, i, "past");

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

  /* "a week ago", "two days ago", "3 months ago" */
  if ((count = count_at (tokens, i)) > 0 && i + 2 < tokens->len && word_is (tokens, i + 2, "ago"))
    {
      const char *unit = TOK (i + 1)->kind == TOK_WORD ? TOK (i + 1)->word : "";

      if (g_str_equal (unit, "day") || g_str_equal (unit, "days"))
        FOUND (PHRASE_DAYS_AGO, count, i + 3);
      if (g_str_equal (unit, "week") || g_str_equal (unit, "weeks"))
        FOUND (PHRASE_WEEKS_AGO, count, i + 3);
      if (g_str_equal (unit, "month") || g_str_equal (unit, "months"))
        FOUND (PHRASE_MONTHS_AGO, count, i + 3);
      if (g_str_equal (unit, "year") || g_str_equal (unit, "years"))
        FOUND (PHRASE_YEARS_AGO, count, i + 3);
      return FALSE;
    }

  /* A weekday alone; with a stated date ("Saturday, 14 October") the date wins. */
  if ((wd = weekday_at (tokens, i)) != G_DATE_BAD_WEEKDAY)
    {
      if (word_is (tokens, i + 1, "last"))
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
  if (i < tokens->len && TOK (i)->kind == TOK_WORD)
    {
      static const struct { const char *word; int part; } parts[] = {
        { "early", 1 }, { "beginning", 1 }, { "start", 1 }, { "mid", 2 }, { "middle", 2 },
        { "late", 3 }, { "end", 3 },
      };

      for (gsize k = 0; k < G_N_ELEMENTS (parts); k++)
        {
          guint j;

          if (strcmp (TOK (i)->word, parts[k].word) != 0)
            continue;
          j = i + 1;
          if (is_dash (tokens, j))
            j++;
          j = skip_separators (tokens, j);
          if ((ph->month = month_at (tokens, j, &n_month)) == 0)
            return FALSE;
          j += n_month;
          if (is_num (tokens, skip_separators (tokens, j), 4, 4) &&
              valid_year (TOK (skip_separators (tokens, j))->value))
            {
              j = skip_separators (tokens, j);
              ph->year = TOK (j++)->value;
            }
          ph->kind = PHRASE_MONTH_PART;
          ph->n = parts[k].part;
          return at_end (tokens, j);
        }
    }

  /* "10–12 October" */
  if (is_num (tokens, i, 1, 2) && is_dash (tokens, i + 1) && read_range (tokens, i, ph))
    return TRUE;

  if (match_at (tokens, i, TRUE, &m))
    {
      ph->kind = PHRASE_DATE;
      ph->year = m.year;
      ph->month = m.month;
      ph->day = m.day;
      return at_end (tokens, token_after (tokens, m.end));
    }

  /* "in August", "the 13th" */
  if ((ph->month = month_at (tokens, i, &n_month)) != 0)
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
  return ph->kind == PHRASE_DATE || ph->kind == PHRASE_MONTH_PART || ph->kind == PHRASE_RANGE;
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

/* The days a stated date covers; a missing year is the publication year, or
 * the year before when the date would begin after @ref. @part narrows a month
 * to its days 1–10, 11–20 or 21–end. */
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
          static const int part_first[] = { 1, 1, 11, 21 };
          static const int part_last[] = { 31, 10, 20, 31 };

          if (!set_dmy (first, part_first[part], month, year) ||
              !set_dmy (last, MIN (part_last[part], n_days), month, year))
            return FALSE;
        }

      if (!guessed || *year_before || g_date_compare (first, ref) <= 0)
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
      p->ok = place_stated (ph->year, ph->month, 0, ph->n, ref, &p->start, &p->end, &p->year_before);
      p->precision = SITREP_SPAN_PRECISION_RANGE;
      break;

    case PHRASE_RANGE:
      {
        GDate ignore;
        gboolean end_year_before;
        int year2 = ph->year2;

        p->ok = place_stated (ph->year, ph->month, ph->day, 0, ref, &p->start, &ignore, &p->year_before);
        if (p->ok && year2 == 0)
          {
            /* The range takes the year its start falls in. */
            year2 = g_date_get_year (&p->start);
            if (ph->month2 < ph->month || (ph->month2 == ph->month && ph->day2 < ph->day))
              year2++;
          }
        p->ok = p->ok && place_stated (year2, ph->month2, ph->day2, 0, NULL, &ignore, &p->end,
                                       &end_year_before);
        p->ok = p->ok && g_date_compare (&p->start, &p->end) <= 0;
        p->precision = SITREP_SPAN_PRECISION_RANGE;
      }
      break;

    case PHRASE_DAY_OF_MONTH:
      {
        int year = g_date_get_year (ref);
        int month = g_date_get_month (ref);

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
                          english_months[g_date_get_month (date) - 1], g_date_get_year (date));
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
      if (phrase_is_absolute (ph))
        return g_strdup (_("as stated"));
      if (p->year_before)
        return g_strdup_printf (_("the year before publication, since it would otherwise fall after %s"),
                                pub);
      return g_strdup_printf (_("the year of publication (%s)"), pub);

    case PHRASE_DAY_OF_MONTH:
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

gboolean
sitrep_date_resolve (const char          *span_text,
                     const char          *published,
                     SitrepDatePrecision  published_precision,
                     SitrepResolvedDate  *out)
{
  g_autoptr(GArray) tokens = NULL;
  g_autofree char *pub = NULL;
  SitrepDateMatch pm = { 0 };
  Phrase ph;
  Placed p;

  g_return_val_if_fail (span_text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  out->text = g_strdup (span_text);
  tokens = tokenize (span_text, strlen (span_text));
  if (!parse_phrase (tokens, span_text, &ph))
    return FALSE;
  out->open_end = ph.since;

  if (phrase_is_absolute (&ph))
    {
      place (&ph, NULL, &p);
      if (p.ok)
        set_result (out, &p, FALSE, explain (&ph, &p, NULL, NULL));
      else
        set_unplaced (out, FALSE, g_strdup (_("this date does not exist")));
      return TRUE;
    }

  /* The publication date as far as it is known; a year is never taken
   * from a publication whose precision says it is unknown. */
  if (published != NULL)
    {
      g_autoptr(GArray) pub_tokens = tokenize (published, strlen (published));
      guint first;

      if (find_in_tokens (pub_tokens, TRUE, &pm, &first))
        {
          if (published_precision == SITREP_DATE_PRECISION_UNKNOWN)
            pm.year = 0;
          if (published_precision == SITREP_DATE_PRECISION_YEAR)
            pm.month = 0;
          if (published_precision == SITREP_DATE_PRECISION_YEAR ||
              published_precision == SITREP_DATE_PRECISION_MONTH)
            pm.day = 0;
          if (pm.year == 0 && pm.month == 0)
            memset (&pm, 0, sizeof pm);
        }
    }

  if (pm.year == 0)
    {
      pub = sitrep_date_match_to_note (&pm);
      resolve_without_year (&ph, pm.month, pm.day, pub, out);
      return TRUE;
    }

  {
    GDate lo, hi;
    Placed p_lo, p_hi;

    if (pm.day != 0)
      {
        set_dmy (&lo, pm.day, pm.month, pm.year);
        hi = lo;
        pub = describe_day (&lo);
      }
    else if (pm.month != 0)
      {
        set_dmy (&lo, 1, pm.month, pm.year);
        set_dmy (&hi, days_in_month (pm.year, pm.month), pm.month, pm.year);
        pub = g_strdup_printf ("%s %d", english_months[pm.month - 1], pm.year);
      }
    else
      {
        set_dmy (&lo, 1, 1, pm.year);
        set_dmy (&hi, 31, 12, pm.year);
        pub = g_strdup_printf ("%d", pm.year);
      }

    place (&ph, &lo, &p_lo);
    place (&ph, &hi, &p_hi);
    combine (&p_lo, &p_hi, &p);
    if (!p.ok)
      set_unplaced (out, FALSE, g_strdup_printf (_("this date does not exist in the year of %s"), pub));
    else if (pm.day != 0 || placed_equal (&p_lo, &p_hi))
      set_result (out, &p, FALSE, explain (&ph, &p, &lo, pub));
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

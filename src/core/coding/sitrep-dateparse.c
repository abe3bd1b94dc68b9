/* sitrep-dateparse.c — reading dates written in words or numbers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sitrep-dateparse-private.h"
#include "sitrep-spare-array.h"

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
  /* Maghrebi names, as the region's wires reprint them */
  { "جانفي", 1 }, { "فيفري", 2 }, { "افريل", 4 }, { "ماي", 5 }, { "جوان", 6 },
  { "جويليه", 7 }, { "اوت", 8 },
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

const char *_sitrep_date_english_months[] = {
  "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December",
};

/* Folds case and unifies the Arabic letters that are spelt either way
 * (hamza on alef, alef maqsura, ta marbuta) so month names match. */
static char *
fold_word (const char *word,
           gssize      len)
{
  g_autofree char *folded = NULL;
  GString *out;
  gsize n = len < 0 ? strlen (word) : (gsize) len;
  gsize k;

  /* ASCII (most words of most texts) folds to its lower case, as
   * g_utf8_casefold() would give it, without a Unicode table. */
  for (k = 0; k < n && (guchar) word[k] < 0x80; k++)
    ;
  if (k == n)
    return g_ascii_strdown (word, n);
  folded = g_utf8_casefold (word, len);
  out = g_string_sized_new (strlen (folded));

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
  if (tok->word_owned)
    g_free (tok->word);
}

/* One character, and tests of it: ASCII (most of every text) by its own
 * tests, giving what the Unicode ones give for it; the rest by Unicode's. */
static inline gunichar
char_at (const char *p,
         const char *end)
{
  return (guchar) *p < 0x80 ? (gunichar) (guchar) *p : g_utf8_get_char_validated (p, end - p);
}

static inline gboolean
char_is_digit (gunichar c)
{
  return c < 0x80 ? (c >= '0' && c <= '9') : (g_unichar_isdigit (c) && g_unichar_digit_value (c) >= 0);
}

static inline gboolean
char_is_alpha (gunichar c)
{
  return c < 0x80 ? g_ascii_isalpha (c) : g_unichar_isalpha (c);
}

/* The tokens of @len bytes at @text. The folded ASCII words (most words)
 * are cut from one block of @len + 1 bytes (words are apart, so their bytes
 * and NULs fit), not allocated one by one: the suggester reads a window
 * around every month's name. */
static GPrivate spare_tokens = G_PRIVATE_INIT ((GDestroyNotify) g_array_unref);

void
_sitrep_date_tokens_release (GArray *tokens)
{
  sitrep_spare_array_release (&spare_tokens, tokens);
}

/* Copies the @n ASCII bytes at @p into @tok's word, in lower case, in the
 * text's one block of words (g_ascii_strdown (), as fold_word () gives it);
 * the block's first word owns it. */
static inline void
pool_word (Token      *tok,
           char      **pool,
           gsize      *pool_used,
           gsize       len,
           const char *p,
           gsize       n)
{
  if (*pool == NULL)
    *pool = g_malloc (len + 1);
  g_assert (*pool_used + n + 1 <= len + 1);
  tok->word = *pool + *pool_used;
  tok->word_owned = *pool_used == 0;
  for (gsize k = 0; k < n; k++)
    tok->word[k] = p[k] >= 'A' && p[k] <= 'Z' ? p[k] + ('a' - 'A') : p[k];
  tok->word[n] = '\0';
  *pool_used += n + 1;
}

/* Reads the number at @p (any script's digits, an ordinal's suffix with
 * it: "25th") into @tok; returns where it ends. */
static inline const char *
read_number (Token      *tok,
             const char *p,
             const char *end)
{
  const char *q = p;
  int value = 0;
  int nd = 0;

  tok->kind = TOK_NUM;
  while (q < end)
    {
      gunichar d = char_at (q, end);
      int v;

      if (d == (gunichar) -1 || d == (gunichar) -2 || !char_is_digit (d))
        break;
      v = d < 0x80 ? (int) (d - '0') : g_unichar_digit_value (d);
      if (value < 100000)
        value = value * 10 + v;
      nd++;
      q = d < 0x80 ? q + 1 : g_utf8_next_char (q);
    }
  /* An ordinal suffix belongs to the number: "25th" (any case). */
  if (end - q >= 2 && g_ascii_isalpha (q[0]))
    {
      char a = g_ascii_tolower (q[0]), b = g_ascii_tolower (q[1]);

      if (((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')) &&
          (end - q == 2 || !g_ascii_isalpha (q[2])))
        q += 2;
    }
  tok->value = value;
  tok->ndigits = nd;
  return q;
}

/* Where the word at @p ends: its letters and the marks on them. */
static inline const char *
word_end (const char *p,
          const char *end)
{
  const char *q = p;

  while (q < end)
    {
      gunichar d = char_at (q, end);

      if (d == (gunichar) -1 || d == (gunichar) -2 || !(char_is_alpha (d) || (d >= 0x80 && g_unichar_ismark (d))))
        break;
      q = d < 0x80 ? q + 1 : g_utf8_next_char (q);
    }
  return q;
}

GArray *
_sitrep_date_tokenize (const char *text,
                       gsize       len)
{
  GArray *tokens = sitrep_spare_array_take (&spare_tokens, sizeof (Token), (GDestroyNotify) token_clear, 16);
  const char *p = text;
  const char *end = text + len;
  char *pool = NULL;
  gsize pool_used = 0;
  /* Tokens are gathered here and appended to @tokens a batch at a time
   * (an append per token cost more than the rest of its reading). */
  Token batch[32];
  guint n_batch = 0;

#define PUSH_TOKEN(tok) \
  G_STMT_START { \
    batch[n_batch++] = (tok); \
    if (n_batch == G_N_ELEMENTS (batch)) \
      { \
        g_array_append_vals (tokens, batch, n_batch); \
        n_batch = 0; \
      } \
  } G_STMT_END

  while (p < end)
    {
      gunichar c;
      const char *next;
      Token tok = { 0 };

      /* Most of a text: a space, or a word of ASCII letters that an ASCII
       * byte ends, read here as the loops below would read it. */
      if (*p == ' ')
        {
          p++;
          continue;
        }
      if (g_ascii_isalpha (*p))
        {
          const char *q = p + 1;

          while (q < end && g_ascii_isalpha (*q))
            q++;
          if (q == end || (guchar) *q < 0x80)
            {
              gsize n = q - p;

              tok.kind = TOK_WORD;
              tok.start = p - text;
              tok.end = q - text;
              tok.capitalised = g_ascii_isupper (*p);
              pool_word (&tok, &pool, &pool_used, len, p, n);
              PUSH_TOKEN (tok);
              p = q;
              continue;
            }
        }
      c = char_at (p, end);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }
      next = c < 0x80 ? p + 1 : g_utf8_next_char (p);

      if (char_is_digit (c))
        {
          const char *q;

          tok.start = p - text;
          q = read_number (&tok, p, end);
          tok.end = q - text;
          PUSH_TOKEN (tok);
          p = q;
        }
      else if (char_is_alpha (c))
        {
          const char *q = word_end (p, end);

          tok.kind = TOK_WORD;
          tok.start = p - text;
          tok.capitalised = c < 0x80 ? g_ascii_isupper (c) : (g_unichar_isupper (c) || g_unichar_istitle (c));
          tok.end = q - text;
          {
            gsize n = q - p, k;

            for (k = 0; k < n && (guchar) p[k] < 0x80; k++)
              ;
            if (k < n)
              {
                tok.word = fold_word (p, n);
                tok.word_owned = TRUE;
              }
            else
              pool_word (&tok, &pool, &pool_used, len, p, n);
          }
          PUSH_TOKEN (tok);
          p = q;
        }
      else
        {
          if (c < 0x80 ? !(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') : !g_unichar_isspace (c))
            {
              tok.kind = TOK_PUNCT;
              tok.start = p - text;
              tok.end = next - text;
              tok.value = (int) c;
              PUSH_TOKEN (tok);
            }
          p = next;
        }
    }
#undef PUSH_TOKEN
  if (n_batch > 0)
    g_array_append_vals (tokens, batch, n_batch);

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

/* The first (at most) eight bytes of a NUL-terminated string in one number,
 * the first byte lowest; the English month names compared as numbers. */
#define PACK8(a, b, c, d, e, f, g, h) \
  ((guint64) (guchar) (a) | (guint64) (guchar) (b) << 8 | (guint64) (guchar) (c) << 16 | \
   (guint64) (guchar) (d) << 24 | (guint64) (guchar) (e) << 32 | (guint64) (guchar) (f) << 40 | \
   (guint64) (guchar) (g) << 48 | (guint64) (guchar) (h) << 56)

/* The month of an English month's name, folded (a word whose first byte
 * is ASCII): what the loop over month_names gives for it, by one switch
 * rather than a comparison with every name; 0 for any other word. */
static int
english_month (const char *word)
{
  guint64 packed = 0;
  guint k;

  for (k = 0; k < 8 && word[k] != '\0'; k++)
    packed |= (guint64) (guchar) word[k] << (8 * k);
  /* Only "september" is longer than eight letters. */
  if (word[k] != '\0')
    return strcmp (word, "september") == 0 ? 9 : 0;
  switch (packed)
    {
    case PACK8 ('j', 'a', 'n', 'u', 'a', 'r', 'y', 0):
    case PACK8 ('j', 'a', 'n', 0, 0, 0, 0, 0):
      return 1;
    case PACK8 ('f', 'e', 'b', 'r', 'u', 'a', 'r', 'y'):
    case PACK8 ('f', 'e', 'b', 0, 0, 0, 0, 0):
      return 2;
    case PACK8 ('m', 'a', 'r', 'c', 'h', 0, 0, 0):
    case PACK8 ('m', 'a', 'r', 0, 0, 0, 0, 0):
      return 3;
    case PACK8 ('a', 'p', 'r', 'i', 'l', 0, 0, 0):
    case PACK8 ('a', 'p', 'r', 0, 0, 0, 0, 0):
      return 4;
    case PACK8 ('m', 'a', 'y', 0, 0, 0, 0, 0):
      return 5;
    case PACK8 ('j', 'u', 'n', 'e', 0, 0, 0, 0):
    case PACK8 ('j', 'u', 'n', 0, 0, 0, 0, 0):
      return 6;
    case PACK8 ('j', 'u', 'l', 'y', 0, 0, 0, 0):
    case PACK8 ('j', 'u', 'l', 0, 0, 0, 0, 0):
      return 7;
    case PACK8 ('a', 'u', 'g', 'u', 's', 't', 0, 0):
    case PACK8 ('a', 'u', 'g', 0, 0, 0, 0, 0):
      return 8;
    case PACK8 ('s', 'e', 'p', 't', 0, 0, 0, 0):
    case PACK8 ('s', 'e', 'p', 0, 0, 0, 0, 0):
      return 9;
    case PACK8 ('o', 'c', 't', 'o', 'b', 'e', 'r', 0):
    case PACK8 ('o', 'c', 't', 0, 0, 0, 0, 0):
      return 10;
    case PACK8 ('n', 'o', 'v', 'e', 'm', 'b', 'e', 'r'):
    case PACK8 ('n', 'o', 'v', 0, 0, 0, 0, 0):
      return 11;
    case PACK8 ('d', 'e', 'c', 'e', 'm', 'b', 'e', 'r'):
    case PACK8 ('d', 'e', 'c', 0, 0, 0, 0, 0):
      return 12;
    default:
      return 0;
    }
}

/* The month named at token @i, with the number of tokens its name takes. */
int
_sitrep_date_month_at (GArray *tokens,
                       guint   i,
                       guint  *n_used)
{
  Token *tok;

  if (i >= tokens->len)
    return 0;
  tok = TOK (i);
  if (tok->kind != TOK_WORD)
    return 0;

  /* The Levantine months of two words (Arabic: never a word starting in ASCII). */
  if ((guchar) tok->word[0] >= 0x80 && i + 1 < tokens->len && TOK (i + 1)->kind == TOK_WORD)
    {
      const char *second = TOK (i + 1)->word;
      /* also without the article, as spoken: "تشرين ثاني", "كانون اول" */
      gboolean first_of = strcmp (second, "الاول") == 0 || strcmp (second, "اول") == 0;
      gboolean second_of = strcmp (second, "الثاني") == 0 || strcmp (second, "ثاني") == 0;

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

  /* A word that starts in ASCII is an English month's name or none. */
  if ((guchar) tok->word[0] < 0x80)
    {
      int month = english_month (tok->word);

      if (month == 0 ||
          (!tok->capitalised && word_in (tok->word, ambiguous_months, G_N_ELEMENTS (ambiguous_months))))
        return 0;
      *n_used = 1;
      return month;
    }
  for (gsize k = 0; k < G_N_ELEMENTS (month_names); k++)
    {
      if (month_names[k].name[0] == tok->word[0] && strcmp (tok->word, month_names[k].name) == 0)
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

/* Skips the commas, full stops and "of"/"the" between the parts of a date, and
 * their Arabic "من" / "شهر" ("18 من شهر شباط": the 18th of the month of February). */
guint
_sitrep_date_skip_separators (GArray *tokens,
                              guint   i)
{
  while (i < tokens->len)
    {
      Token *tok = TOK (i);

      if (tok->kind == TOK_PUNCT &&
          (tok->value == ',' || tok->value == '.' || tok->value == 0x060C))
        i++;
      else if (tok->kind == TOK_WORD &&
               (strcmp (tok->word, "of") == 0 || strcmp (tok->word, "the") == 0 ||
                strcmp (tok->word, "من") == 0 || strcmp (tok->word, "شهر") == 0))
        i++;
      else
        break;
    }
  return i;
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

/* Arabic ordinal day words, folded as fold_word () gives them: "السابع عشر من
 * تشرين الثاني" is the 17th of November. Units 1-9, then the tens. */
static const char *arabic_ordinal_units[] = {
  "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
};

static int
arabic_ordinal_unit (const char *word)
{
  if (strcmp (word, "الحادي") == 0)
    return -1;  /* "the one-" of 11, 21 and 31 only */
  for (gsize u = 0; u < G_N_ELEMENTS (arabic_ordinal_units); u++)
    if (strcmp (word, arabic_ordinal_units[u]) == 0)
      return (int) u + 1;
  return 0;
}

/* The day (1-31) an Arabic ordinal at token i names, and how many tokens it
 * takes; 0 when there is none. Never the "الثاني" of the months تشرين الثاني
 * and كانون الثاني. */
int
_sitrep_date_arabic_ordinal_at (GArray *tokens,
                                guint   i,
                                guint  *n_tokens)
{
  const char *next;
  int unit;

  if (i >= tokens->len || TOK (i)->kind != TOK_WORD || (guchar) TOK (i)->word[0] < 0x80)
    return 0;
  if (i > 0 && TOK (i - 1)->kind == TOK_WORD &&
      (strcmp (TOK (i - 1)->word, "تشرين") == 0 || strcmp (TOK (i - 1)->word, "كانون") == 0))
    return 0;
  *n_tokens = 1;
  if (strcmp (TOK (i)->word, "العاشر") == 0)
    return 10;
  if (strcmp (TOK (i)->word, "العشرين") == 0)
    return 20;
  if (strcmp (TOK (i)->word, "الثلاثين") == 0)
    return 30;
  unit = arabic_ordinal_unit (TOK (i)->word);
  if (unit == 0)
    return 0;
  next = i + 1 < tokens->len && TOK (i + 1)->kind == TOK_WORD ? TOK (i + 1)->word : "";
  *n_tokens = 2;
  if (strcmp (next, "عشر") == 0)
    return 10 + ABS (unit);
  if (strcmp (next, "والعشرين") == 0)
    return 20 + ABS (unit);
  if (strcmp (next, "والثلاثين") == 0 && unit == -1)
    return 31;
  *n_tokens = 1;
  return unit > 0 ? unit : 0;
}

/* Whether token @i is a dash glued to the tokens on both sides, as in
 * "18-May-2024". */
/* "may", "march" or "mar" in lower case at token @i: a month only with its day and year after it
 * ("Ci736 may 28 2017", an address's words made a title), or its year after it when @day_before
 * ("28 may 2017"); not alone ("may 28 others"). */
static int
lower_case_month (GArray   *tokens,
                  guint     i,
                  gboolean  day_before)
{
  Token *tok;
  guint j;

  if (i >= tokens->len)
    return 0;
  tok = TOK (i);
  if (tok->kind != TOK_WORD || tok->capitalised || tok->word[0] != 'm')
    return 0;
  j = _sitrep_date_skip_separators (tokens, i + 1);
  if (!day_before && !is_num (tokens, j, 1, 2))
    return 0;
  if (!day_before)
    j = _sitrep_date_skip_separators (tokens, j + 1);
  return is_num (tokens, j, 4, 4) ? english_month (tok->word) : 0;
}

/* The month named at token @i (_sitrep_date_month_at ()), or one in lower case with its year. */
static int
month_at (GArray   *tokens,
          guint     i,
          guint    *n_used,
          gboolean  day_before)
{
  int month = _sitrep_date_month_at (tokens, i, n_used);

  if (month == 0 && (month = lower_case_month (tokens, i, day_before)) != 0)
    *n_used = 1;
  return month;
}

static gboolean
glued_dash (GArray *tokens,
            guint   i)
{
  return is_punct (tokens, i, '-') && adjacent (tokens, i) && adjacent (tokens, i + 1);
}

/* "03-May-16", "11Jul14" (a source line's date): day @d at token @i glued to
 * the month's name (@month) at @j (@n_month tokens), glued to a year of two
 * digits, read in the century that puts it on or before this year; TRUE
 * when @match was set so. */
static gboolean
glued_short_year (GArray          *tokens,
                  guint            i,
                  guint            j,
                  guint            n_month,
                  int              month,
                  int              d,
                  SitrepDateMatch *match)
{
  guint y = glued_dash (tokens, j + n_month) && adjacent (tokens, j) ? j + n_month + 1 : j + n_month;
  g_autoptr(GDateTime) now = NULL;
  int year;

  if (n_month != 1 || !adjacent (tokens, j) || !is_num (tokens, y, 2, 2) || !adjacent (tokens, y) ||
      (y + 1 < tokens->len && adjacent (tokens, y + 1) && TOK (y + 1)->kind != TOK_PUNCT))
    return FALSE;
  now = g_date_time_new_now_utc ();
  year = 2000 + TOK (y)->value <= g_date_time_get_year (now) ? 2000 + TOK (y)->value : 1900 + TOK (y)->value;
  if (!valid_day (year, month, d))
    return FALSE;
  set_match (match, tokens, i, y, year, month, d);
  return TRUE;
}

/* Tries every form that can start at token @i. @whole allows the forms
 * that only make sense when the text is nothing but a date ("2020", "2020-08"). */
gboolean
_sitrep_date_match_at (GArray          *tokens,
                       guint            i,
                       gboolean         whole,
                       SitrepDateMatch *match)
{
  guint n_month = 0, n_day = 0;
  int month, ordinal;

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

  /* 25 August 2020, 25th of Aug. 2020, 25 August (no year), السابع عشر من تشرين الثاني;
   * not the last number of "5-11" or "1/2", but a dateline's day glued to its
   * place ("Hesekê-18 May 2024") */
  if (is_num (tokens, i, 1, 2) && !is_time_part (tokens, i) &&
      !(i > 1 && adjacent (tokens, i) && TOK (i - 1)->kind == TOK_PUNCT &&
        (TOK (i - 1)->value == '/' || TOK (i - 1)->value == '-' || TOK (i - 1)->value == '.') &&
        !(TOK (i - 2)->kind == TOK_WORD && adjacent (tokens, i - 1))))
    {
      ordinal = TOK (i)->value;
      n_day = 1;
    }
  else
    ordinal = _sitrep_date_ordinal_at (tokens, i, &n_day);
  if (ordinal != 0)
    {
      int d = ordinal;
      guint j = glued_dash (tokens, i + n_day) ? i + n_day + 1 : _sitrep_date_skip_separators (tokens, i + n_day);

      month = month_at (tokens, j, &n_month, TRUE);
      if (month != 0 && valid_day (0, month, d))
        {
          guint k = j > i + n_day && glued_dash (tokens, j + n_month) ? j + n_month + 1 :
                    _sitrep_date_skip_separators (tokens, j + n_month);
          if (glued_short_year (tokens, i, j, n_month, month, d, match))
            return TRUE;

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
  month = month_at (tokens, i, &n_month, FALSE);
  if (month != 0)
    {
      guint j = _sitrep_date_skip_separators (tokens, i + n_month);

      if (is_num (tokens, j, 1, 2) && !is_time_part (tokens, j))
        {
          int d = TOK (j)->value;
          guint k = _sitrep_date_skip_separators (tokens, j + 1);

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

gboolean
_sitrep_date_find_in_tokens (GArray          *tokens,
                             gboolean         whole,
                             SitrepDateMatch *match,
                             guint           *first)
{
  for (guint i = 0; i < tokens->len; i++)
    {
      if (_sitrep_date_match_at (tokens, i, whole, match))
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
  g_autoptr(SitrepDateTokens) tokens = NULL;
  SitrepDateMatch m = { 0 };
  guint first;

  g_return_val_if_fail (text != NULL, FALSE);

  if (len < 0)
    len = strlen (text);
  tokens = _sitrep_date_tokenize (text, len);
  if (!_sitrep_date_find_in_tokens (tokens, FALSE, &m, &first))
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
    return g_strdup_printf (_("%d %s (year unknown)"), match->day,
                            _sitrep_date_english_months[match->month - 1]);
  return g_strdup_printf (_("%s (year unknown)"), _sitrep_date_english_months[match->month - 1]);
}

gboolean
sitrep_date_parse (const char           *text,
                   char                **iso,
                   SitrepDatePrecision  *precision,
                   char                **note)
{
  g_autoptr(SitrepDateTokens) tokens = NULL;
  SitrepDateMatch m = { 0 };
  guint first;

  g_return_val_if_fail (text != NULL, FALSE);

  tokens = _sitrep_date_tokenize (text, strlen (text));
  if (!_sitrep_date_find_in_tokens (tokens, TRUE, &m, &first) || !rest_is_noise (tokens, &m))
    return FALSE;

  if (iso != NULL)
    *iso = sitrep_date_match_to_iso (&m);
  if (precision != NULL)
    *precision = m.precision;
  if (note != NULL)
    *note = sitrep_date_match_to_note (&m);
  return TRUE;
}

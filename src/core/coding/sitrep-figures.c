/* sitrep-figures.c — casualty figures read from the words that state them
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-figures"

#include "config.h"

#include <string.h>

#include "sitrep-figures.h"
#include "sitrep-spare-array.h"

static const char * const qualifier_names[] = {
  "exact", "at_least", "more_than", "up_to", "about", "range",
};

typedef struct
{
  const char *word;
  gint64 value;
} NumberWord;

static const NumberWord units[] = {
  { "zero", 0 }, { "one", 1 }, { "two", 2 }, { "three", 3 }, { "four", 4 }, { "five", 5 },
  { "six", 6 }, { "seven", 7 }, { "eight", 8 }, { "nine", 9 }, { "ten", 10 },
  { "eleven", 11 }, { "twelve", 12 }, { "thirteen", 13 }, { "fourteen", 14 },
  { "fifteen", 15 }, { "sixteen", 16 }, { "seventeen", 17 }, { "eighteen", 18 },
  { "nineteen", 19 }, { "twenty", 20 }, { "thirty", 30 }, { "forty", 40 }, { "fifty", 50 },
  { "sixty", 60 }, { "seventy", 70 }, { "eighty", 80 }, { "ninety", 90 },
  { "a", 1 }, { "an", 1 }, { "single", 1 }, { "dozen", 12 }, { "couple", 2 },
};

static const NumberWord scales[] = {
  { "hundred", 100 }, { "thousand", 1000 }, { "million", 1000000 },
};

/* Vague amounts, coded as ACLED codes them: the low end of what the word means. */
static const NumberWord vague[] = {
  { "dozens", 12 }, { "scores", 20 }, { "tens", 10 }, { "hundreds", 100 },
  { "thousands", 1000 }, { "several", 3 }, { "few", 3 }, { "some", 3 }, { "many", 10 },
  { "numerous", 10 },
};

typedef struct
{
  const char *phrase;
  SitrepQualifier qualifier;
} QualifierPhrase;

/* Checked in order: longer phrases first. */
static const QualifierPhrase qualifier_phrases[] = {
  { "no fewer than", SITREP_QUALIFIER_AT_LEAST },
  { "no less than", SITREP_QUALIFIER_AT_LEAST },
  { "not less than", SITREP_QUALIFIER_AT_LEAST },
  { "at least", SITREP_QUALIFIER_AT_LEAST },
  { "a minimum of", SITREP_QUALIFIER_AT_LEAST },
  { "minimum of", SITREP_QUALIFIER_AT_LEAST },
  { "more than", SITREP_QUALIFIER_MORE_THAN },
  { "greater than", SITREP_QUALIFIER_MORE_THAN },
  { "upwards of", SITREP_QUALIFIER_MORE_THAN },
  { "in excess of", SITREP_QUALIFIER_MORE_THAN },
  { "over", SITREP_QUALIFIER_MORE_THAN },
  { "above", SITREP_QUALIFIER_MORE_THAN },
  { "up to", SITREP_QUALIFIER_UP_TO },
  { "as many as", SITREP_QUALIFIER_UP_TO },
  { "as high as", SITREP_QUALIFIER_UP_TO },
  { "no more than", SITREP_QUALIFIER_UP_TO },
  { "at most", SITREP_QUALIFIER_UP_TO },
  { "fewer than", SITREP_QUALIFIER_UP_TO },
  { "less than", SITREP_QUALIFIER_UP_TO },
  { "nearly", SITREP_QUALIFIER_UP_TO },
  { "almost", SITREP_QUALIFIER_UP_TO },
  { "about", SITREP_QUALIFIER_ABOUT },
  { "around", SITREP_QUALIFIER_ABOUT },
  { "approximately", SITREP_QUALIFIER_ABOUT },
  { "roughly", SITREP_QUALIFIER_ABOUT },
  { "some", SITREP_QUALIFIER_ABOUT },
  { "an estimated", SITREP_QUALIFIER_ABOUT },
  { "estimated", SITREP_QUALIFIER_ABOUT },
  { "nearly", SITREP_QUALIFIER_ABOUT },
  { "أكثر من", SITREP_QUALIFIER_MORE_THAN },
  { "اكثر من", SITREP_QUALIFIER_MORE_THAN },
  { "ما لا يقل عن", SITREP_QUALIFIER_AT_LEAST },
  { "على الأقل", SITREP_QUALIFIER_AT_LEAST },
  { "نحو", SITREP_QUALIFIER_ABOUT },
  { "حوالي", SITREP_QUALIFIER_ABOUT },
};

typedef enum
{
  TOKEN_WORD,
  TOKEN_NUMBER,
} TokenKind;

typedef struct
{
  TokenKind kind;
  char *text;     /* lower-case word, or digits */
  gint64 value;   /* for numbers */
  gboolean owned; /* @text is freed with the token: see tokenize () */
} Token;

static void
token_clear (gpointer data)
{
  Token *t = data;

  if (t->owned)
    g_free (t->text);
}

/* Arithmetic on figures stops just past SITREP_FIGURE_MAX, so no product or
 * sum of capped values can overflow and an absurd figure stays recognisable. */
static inline gint64
cap (gint64 v)
{
  return v > SITREP_FIGURE_MAX ? SITREP_FIGURE_MAX + 1 : v;
}

/* Room for a token's text in @pool (see tokenize ()): its first byte. The
 * first text cut from the pool owns it. */
static char *
pool_text (char  *pool,
           gsize *used,
           Token *t)
{
  t->owned = *used == 0;
  return pool + *used;
}

/* Words (lower-cased) and numbers (any script's digits, with thousands
 * separators); hyphens split "twenty-one". The texts of numbers, hyphens
 * and ASCII words are cut from one block of 2 × the text's bytes + 2 (no
 * token's text and NUL take more than twice the bytes it was read from),
 * not allocated one by one; a word of other letters is lowered alone, as
 * its lower case may be longer. */
static GPrivate spare_tokens = G_PRIVATE_INIT ((GDestroyNotify) g_array_unref);

/* Gives back tokens of tokenize (): emptied and kept for the thread's next
 * figure (one array and its room, not made for each), or freed. */
static void
tokens_release (GArray *tokens)
{
  sitrep_spare_array_release (&spare_tokens, tokens);
}

typedef GArray FigureTokens;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FigureTokens, tokens_release)

static GArray *
tokenize (const char *text)
{
  gsize len = strlen (text);
  GArray *tokens = sitrep_spare_array_take (&spare_tokens, sizeof (Token), token_clear, 8);
  const char *p = text;
  char *pool = g_malloc (2 * len + 2);
  gsize used = 0;

  while (*p != '\0')
    {
      gunichar c = (guchar) *p < 0x80 ? (gunichar) (guchar) *p : g_utf8_get_char (p);

      if (c < 0x80 ? g_ascii_isdigit (c) : g_unichar_isdigit (c))
        {
          Token t = { TOKEN_NUMBER, NULL, 0, FALSE };
          char *digits = pool_text (pool, &used, &t);
          gsize n = 0;

          while (*p != '\0')
            {
              gunichar d = g_utf8_get_char (p);
              const char *next = g_utf8_next_char (p);

              if (g_unichar_isdigit (d))
                {
                  t.value = t.value * 10 + g_unichar_digit_value (d);
                  digits[n++] = '0' + g_unichar_digit_value (d);
                  t.value = cap (t.value);
                }
              /* 1,300 and 1.300 and ١٬٣٠٠: a separator followed by three digits */
              else if ((d == ',' || d == '.' || d == 0x066C || d == 0x202F || d == 0x00A0) &&
                       g_unichar_isdigit (g_utf8_get_char (next)) &&
                       g_unichar_isdigit (g_utf8_get_char (g_utf8_next_char (next))) &&
                       g_unichar_isdigit (g_utf8_get_char (g_utf8_next_char (g_utf8_next_char (next)))) &&
                       !g_unichar_isdigit (g_utf8_get_char (g_utf8_next_char (g_utf8_next_char (g_utf8_next_char (next))))))
                ;
              else
                break;
              p = next;
            }
          digits[n] = '\0';
          used += n + 1;
          t.text = digits;
          g_array_append_val (tokens, t);
          continue;
        }

      if (c < 0x80 ? g_ascii_isalpha (c) : g_unichar_isalpha (c))
        {
          Token t = { TOKEN_WORD, NULL, 0, FALSE };
          const char *q = p;

          /* ASCII letters up to the first byte that is none: the word
           * when that is no letter or mark of another script. */
          while (g_ascii_isalpha (*q))
            q++;
          if ((guchar) *q < 0x80)
            {
              char *word = pool_text (pool, &used, &t);
              gsize n = q - p;

              for (gsize k = 0; k < n; k++)
                word[k] = p[k] >= 'A' && p[k] <= 'Z' ? p[k] + ('a' - 'A') : p[k];
              word[n] = '\0';
              used += n + 1;
              t.text = word;
              g_array_append_val (tokens, t);
              p = q;
              continue;
            }

          {
            g_autoptr(GString) raw = g_string_new (NULL);

            /* Marks and the Arabic tatweel stretch or vocalise a word without
             * changing it: "أَكْثَرُ" and "أكـثـر" are "أكثر". */
            while (*p != '\0' && (g_unichar_isalpha (g_utf8_get_char (p)) ||
                                  g_unichar_ismark (g_utf8_get_char (p))))
              {
                gunichar w = g_utf8_get_char (p);

                if (!g_unichar_ismark (w) && w != 0x0640)
                  g_string_append_unichar (raw, w);
                p = g_utf8_next_char (p);
              }
            t.text = g_utf8_strdown (raw->str, -1);
            t.owned = TRUE;
            g_array_append_val (tokens, t);
            continue;
          }
        }

      /* "-" between two numbers makes a range; keep it as a word. */
      if (c == '-' || c == 0x2013 || c == 0x2014)
        {
          Token t = { TOKEN_WORD, NULL, 0, FALSE };

          t.text = pool_text (pool, &used, &t);
          t.text[0] = '-';
          t.text[1] = '\0';
          used += 2;
          g_array_append_val (tokens, t);
        }

      p = g_utf8_next_char (p);
    }
  g_assert (used <= 2 * len + 2);
  /* No text was cut from it: nobody owns it. */
  if (used == 0)
    g_free (pool);

  return tokens;
}

static gboolean
lookup (const NumberWord *table,
        gsize             n,
        const char       *word,
        gint64           *value)
{
  for (gsize i = 0; i < n; i++)
    {
      if (strcmp (table[i].word, word) == 0)
        {
          *value = table[i].value;
          return TRUE;
        }
    }
  return FALSE;
}

/* Reads a number starting at token @i (digits or words, "two hundred and
 * thirty", "1.5 million" is not a casualty figure and is read as 1).
 * Returns the number of tokens used, 0 if none. */
static guint
read_number (GArray *tokens,
             guint   i,
             gint64 *value)
{
  guint start = i;
  gint64 total = 0, current = 0;
  gboolean any = FALSE;

  while (i < tokens->len)
    {
      Token *t = &g_array_index (tokens, Token, i);
      gint64 v;

      if (t->kind == TOKEN_NUMBER)
        {
          if (any)
            break;
          current = t->value;
          any = TRUE;
          i++;
          /* "20 thousand" */
          if (i < tokens->len)
            {
              Token *n = &g_array_index (tokens, Token, i);
              if (n->kind == TOKEN_WORD && lookup (scales, G_N_ELEMENTS (scales), n->text, &v))
                {
                  current = cap (current * v);
                  i++;
                }
            }
          break;
        }

      if (lookup (units, G_N_ELEMENTS (units), t->text, &v))
        {
          /* "a" and "an" only count before a scale or "dozen": "a hundred" */
          if ((strcmp (t->text, "a") == 0 || strcmp (t->text, "an") == 0))
            {
              Token *n = i + 1 < tokens->len ? &g_array_index (tokens, Token, i + 1) : NULL;
              gint64 dummy;
              if (n == NULL || n->kind != TOKEN_WORD ||
                  !(lookup (scales, G_N_ELEMENTS (scales), n->text, &dummy) ||
                    strcmp (n->text, "dozen") == 0))
                break;
            }
          if (strcmp (t->text, "dozen") == 0)
            current = cap ((current > 0 ? current : 1) * 12);
          else
            current = cap (current + v);
          any = TRUE;
          i++;
          continue;
        }
      if (any && lookup (scales, G_N_ELEMENTS (scales), t->text, &v))
        {
          /* "ninety thousand thousand": a scale right after a scale scales
           * what came before it, never adds another 1 × scale to it */
          if (current == 0 && total > 0)
            {
              total = cap (total * v);
              i++;
              continue;
            }
          current = cap ((current > 0 ? current : 1) * v);
          if (v >= 1000)
            {
              total = cap (total + current);
              current = 0;
            }
          i++;
          continue;
        }
      if (any && (strcmp (t->text, "and") == 0 || strcmp (t->text, "-") == 0))
        {
          /* "hundred and five", "twenty-one"; but not "10 and 15" (a range, read above) */
          Token *n = i + 1 < tokens->len ? &g_array_index (tokens, Token, i + 1) : NULL;
          if (n != NULL && n->kind == TOKEN_WORD && lookup (units, G_N_ELEMENTS (units), n->text, &v) &&
              strcmp (n->text, "a") != 0 && strcmp (n->text, "an") != 0)
            {
              i++;
              continue;
            }
        }
      break;
    }

  if (!any)
    return 0;

  *value = cap (total + current);
  return i - start;
}

/* Whether the words of @phrase (separated by one space) are the tokens
 * from @i on; read in place, as it is asked for every qualifier at every
 * token of every figure. */
static gboolean
phrase_at (GArray     *tokens,
           guint       i,
           const char *phrase,
           guint      *n_words)
{
  const char *word = phrase;
  guint n = 0;

  while (TRUE)
    {
      const char *space = strchr (word, ' ');
      gsize len = space != NULL ? (gsize) (space - word) : strlen (word);
      Token *t;

      if (i + n >= tokens->len)
        return FALSE;
      t = &g_array_index (tokens, Token, i + n);
      if (t->kind != TOKEN_WORD || strncmp (t->text, word, len) != 0 || t->text[len] != '\0')
        return FALSE;
      n++;
      if (space == NULL)
        break;
      word = space + 1;
    }
  *n_words = n;
  return TRUE;
}

static gboolean
parse_figure (const char   *text,
              SitrepFigure *figure)
{
  g_autoptr(FigureTokens) tokens = NULL;
  SitrepQualifier qualifier = SITREP_QUALIFIER_EXACT;

  g_return_val_if_fail (figure != NULL, FALSE);

  memset (figure, 0, sizeof *figure);
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  tokens = tokenize (text);

  for (guint i = 0; i < tokens->len; i++)
    {
      Token *t = &g_array_index (tokens, Token, i);
      gint64 value = 0, high = 0;
      guint used, n_words = 0;
      gboolean matched = FALSE;

      /* A qualifier applies to the number right after it. */
      for (gsize q = 0; q < G_N_ELEMENTS (qualifier_phrases); q++)
        {
          /* A phrase whose first byte is not the word's is not at it. */
          if (t->kind != TOKEN_WORD || t->text[0] != qualifier_phrases[q].phrase[0])
            continue;
          if (phrase_at (tokens, i, qualifier_phrases[q].phrase, &n_words))
            {
              /* "some" is a qualifier before a number, a vague amount alone. */
              guint after = i + n_words;
              gint64 dummy;
              if (after < tokens->len && read_number (tokens, after, &dummy) > 0)
                {
                  qualifier = qualifier_phrases[q].qualifier;
                  i += n_words - 1;
                  matched = TRUE;
                }
              break;
            }
        }
      if (matched)
        continue;

      /* "between 10 and 15" */
      if (t->kind == TOKEN_WORD && strcmp (t->text, "between") == 0)
        {
          guint a = read_number (tokens, i + 1, &value);
          if (a > 0 && i + 1 + a < tokens->len &&
              strcmp (g_array_index (tokens, Token, i + 1 + a).text, "and") == 0 &&
              read_number (tokens, i + 2 + a, &high) > 0 && high >= value)
            {
              figure->low = figure->count = value;
              figure->high = high;
              figure->qualifier = SITREP_QUALIFIER_RANGE;
              return TRUE;
            }
          continue;
        }

      used = read_number (tokens, i, &value);
      if (used > 0)
        {
          guint j = i + used;

          /* "10-15", "10 to 15" */
          if (j + 1 < tokens->len)
            {
              Token *sep = &g_array_index (tokens, Token, j);
              if (sep->kind == TOKEN_WORD &&
                  (strcmp (sep->text, "-") == 0 || strcmp (sep->text, "to") == 0) &&
                  read_number (tokens, j + 1, &high) > 0 && high > value)
                {
                  figure->low = figure->count = value;
                  figure->high = high;
                  figure->qualifier = SITREP_QUALIFIER_RANGE;
                  return TRUE;
                }
            }

          /* "a few hundred", "several thousand" */
          figure->count = figure->low = figure->high = value;
          figure->qualifier = qualifier;
          return TRUE;
        }

      if (t->kind == TOKEN_WORD)
        {
          gint64 v;

          /* "a few hundred" → 100, "several thousand" → 1000: the scale is what counts. */
          if ((strcmp (t->text, "few") == 0 || strcmp (t->text, "several") == 0) &&
              i + 1 < tokens->len &&
              lookup (scales, G_N_ELEMENTS (scales), g_array_index (tokens, Token, i + 1).text, &v))
            {
              figure->count = figure->low = figure->high = v;
              figure->qualifier = SITREP_QUALIFIER_AT_LEAST;
              return TRUE;
            }
          if (lookup (vague, G_N_ELEMENTS (vague), t->text, &v))
            {
              /* "dozens of", "hundreds of": only as an amount of something */
              gboolean amount = i + 1 < tokens->len &&
                                strcmp (g_array_index (tokens, Token, i + 1).text, "of") == 0;
              if (amount || strcmp (t->text, "dozens") == 0 || strcmp (t->text, "hundreds") == 0 ||
                  strcmp (t->text, "tens") == 0 || strcmp (t->text, "thousands") == 0 ||
                  strcmp (t->text, "scores") == 0)
                {
                  figure->count = figure->low = figure->high = v;
                  figure->qualifier = SITREP_QUALIFIER_AT_LEAST;
                  return TRUE;
                }
            }
        }
    }

  return FALSE;
}

const char *
sitrep_qualifier_to_string (SitrepQualifier qualifier)
{
  if ((guint) qualifier < G_N_ELEMENTS (qualifier_names))
    return qualifier_names[qualifier];
  return "exact";
}

gboolean
sitrep_qualifier_from_string (const char      *str,
                              SitrepQualifier *qualifier)
{
  g_return_val_if_fail (qualifier != NULL, FALSE);

  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (qualifier_names); i++)
    {
      if (g_ascii_strcasecmp (str, qualifier_names[i]) == 0)
        {
          *qualifier = (SitrepQualifier) i;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
sitrep_figure_parse (const char   *text,
                     SitrepFigure *figure)
{
  g_return_val_if_fail (figure != NULL, FALSE);

  if (!parse_figure (text, figure))
    return FALSE;
  /* "hundreds of thousands of millions", forty digits: no count of people */
  if (figure->count > SITREP_FIGURE_MAX || figure->low > SITREP_FIGURE_MAX ||
      figure->high > SITREP_FIGURE_MAX)
    {
      memset (figure, 0, sizeof *figure);
      return FALSE;
    }
  return TRUE;
}

gboolean
sitrep_figure_is_valid (const SitrepFigure *figure)
{
  /* A count outside its own low and high (19 "at least", low 0, high 0) would
   * give the derived figures a best estimate above their high. */
  return figure->low >= 0 && figure->count >= figure->low && figure->high >= figure->count &&
         figure->high <= SITREP_FIGURE_MAX &&
         (guint) figure->qualifier <= SITREP_QUALIFIER_RANGE;
}

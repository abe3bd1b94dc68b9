/* sitrep-suggest-tokens.c — the suggester's tokenizer: words, numbers and marks with their offsets, sentences and paragraphs
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"

static const char * const abbreviations[] = {
  "mr", "mrs", "ms", "dr", "gen", "maj", "lt", "col", "capt", "sgt", "brig", "adm", "cpl",
  "pvt", "st", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
  "oct", "nov", "dec", "u", "s", "e", "n", "w", NULL
};

static gboolean
is_abbreviation (const char *text,
                 const SuggestToken *t)
{
  guint len = t->end - t->start;
  char first;

  if (!(t->flags & TOK_WORD) || len > 4)
    return FALSE;
  first = g_ascii_tolower (text[t->start]);
  for (guint i = 0; abbreviations[i] != NULL; i++)
    {
      /* The list is in lower case; a shorter word ends before len. */
      if (abbreviations[i][0] == first && g_ascii_strncasecmp (text + t->start, abbreviations[i], len) == 0 &&
          abbreviations[i][len] == '\0')
        return TRUE;
    }
  return FALSE;
}

/* ASCII letters and digits, for the tokenizer's fast loops (0 for every
 * byte of a multi-byte character: those go by Unicode's tests). */
#define ASCII_DIGIT 1
#define ASCII_ALNUM 2
static const guchar ascii_class[256] = {
  ['0'] = 3, ['1'] = 3, ['2'] = 3, ['3'] = 3, ['4'] = 3, ['5'] = 3, ['6'] = 3, ['7'] = 3, ['8'] = 3, ['9'] = 3,
  ['A'] = 2, ['B'] = 2, ['C'] = 2, ['D'] = 2, ['E'] = 2, ['F'] = 2, ['G'] = 2, ['H'] = 2, ['I'] = 2,
  ['J'] = 2, ['K'] = 2, ['L'] = 2, ['M'] = 2, ['N'] = 2, ['O'] = 2, ['P'] = 2, ['Q'] = 2, ['R'] = 2,
  ['S'] = 2, ['T'] = 2, ['U'] = 2, ['V'] = 2, ['W'] = 2, ['X'] = 2, ['Y'] = 2, ['Z'] = 2,
  ['a'] = 2, ['b'] = 2, ['c'] = 2, ['d'] = 2, ['e'] = 2, ['f'] = 2, ['g'] = 2, ['h'] = 2, ['i'] = 2,
  ['j'] = 2, ['k'] = 2, ['l'] = 2, ['m'] = 2, ['n'] = 2, ['o'] = 2, ['p'] = 2, ['q'] = 2, ['r'] = 2,
  ['s'] = 2, ['t'] = 2, ['u'] = 2, ['v'] = 2, ['w'] = 2, ['x'] = 2, ['y'] = 2, ['z'] = 2,
};

/* ASCII letters in lower case, every other byte as it is. */
static const guchar ascii_lower[256] = {
#define R(k) [k] = (k) >= 'A' && (k) <= 'Z' ? (k) + ('a' - 'A') : (k)
#define R8(k) R (k), R (k + 1), R (k + 2), R (k + 3), R (k + 4), R (k + 5), R (k + 6), R (k + 7)
#define R64(k) R8 (k), R8 (k + 8), R8 (k + 16), R8 (k + 24), R8 (k + 32), R8 (k + 40), R8 (k + 48), R8 (k + 56)
  R64 (0), R64 (64), R64 (128), R64 (192)
#undef R64
#undef R8
#undef R
};

/* The rest of a number from byte @i: digits, and a separator between two
 * digits ("3,000", "2.5", Arabic's ٬ and ٫). Moves @i and @cp past it. */
static void
scan_number (const char *text,
             gsize      *i,
             guint32    *cp)
{
  const guchar *s = (const guchar *) text;

  for (;;)
    {
      gunichar d;
      gsize after;

      /* ASCII digits in a run; a separator or another script's digit below. */
      while (ascii_class[s[*i]] & ASCII_DIGIT)
        {
          (*i)++;
          (*cp)++;
        }
      if (s[*i] == 0 || (s[*i] < 0x80 && s[*i] != ',' && s[*i] != '.'))
        break;
      d = s[*i] < 0x80 ? s[*i] : g_utf8_get_char (text + *i);
      after = s[*i] < 0x80 ? *i + 1 : (gsize) (g_utf8_next_char (text + *i) - text);
      if (s[*i] < 0x80 ? g_ascii_isdigit (d) : g_unichar_isdigit (d))
        ;
      else if ((d == ',' || d == '.' || d == 0x066C || d == 0x066B) && s[after] != 0 &&
               g_unichar_isdigit (g_utf8_get_char (text + after)))
        ;
      else
        break;
      *i = after;
      (*cp)++;
    }
}

/* The rest of a word from byte @i: letters, digits and marks, and an
 * apostrophe between letters. Moves @i and @cp past it. */
static void
scan_word (const char *text,
           gsize      *i,
           guint32    *cp)
{
  const guchar *s = (const guchar *) text;

  for (;;)
    {
      gunichar d;
      gsize after;

      /* ASCII letters and digits in a run; anything else below. */
      while (ascii_class[s[*i]] & ASCII_ALNUM)
        {
          (*i)++;
          (*cp)++;
        }
      if (s[*i] == 0 || (s[*i] < 0x80 && s[*i] != '\''))
        break;
      d = s[*i] < 0x80 ? s[*i] : g_utf8_get_char (text + *i);
      after = s[*i] < 0x80 ? *i + 1 : (gsize) (g_utf8_next_char (text + *i) - text);
      if (s[*i] < 0x80 ? g_ascii_isalnum (d) : (g_unichar_isalnum (d) || g_unichar_ismark (d)))
        ;
      /* Dar'a, Ma'arrat: an apostrophe between letters is part of the word. */
      else if ((d == '\'' || d == 0x2019 || d == 0x02BF || d == 0x02BE) && s[after] != 0 &&
               g_unichar_isalpha (g_utf8_get_char (text + after)) &&
               /* but not the possessive: "regime's" is "regime" */
               !((s[after] == 's' || s[after] == 'S') && !g_ascii_isalnum (s[after + 1])))
        ;
      else
        break;
      *i = after;
      (*cp)++;
    }
}

/* A word from its first letter, ASCII, at byte @i: its ASCII letters and
 * digits in one run, hashed as they are read (as _sitrep_suggest_word_hash()
 * hashes them), the rest by scan_word(). Moves @i and @cp past it; returns
 * its hash, or 0 when the word goes on past the run (or is too long for
 * the lists). */
static inline guint32
scan_ascii_word (const char *text,
                 gsize      *i,
                 guint32    *cp)
{
  const guchar *s = (const guchar *) text;
  gsize start = *i, k = start;
  guint32 h = FNV_OFFSET;

  while (ascii_class[s[k]] & ASCII_ALNUM)
    {
      h = (h ^ ascii_lower[s[k]]) * FNV_PRIME;
      k++;
    }
  *cp += k - start;
  *i = k;
  if (s[k] >= 0x80 || s[k] == '\'')
    {
      scan_word (text, i, cp);
      return 0;
    }
  return k - start <= MAX_LISTED_WORD ? (h != 0 ? h : 1) : 0;
}

/* Words, numbers and marks with their byte and code point offsets, and the
 * sentence and paragraph of each. ASCII goes by table; the rest decodes. */
GArray *
_sitrep_suggest_tokenize (const char *text,
                          GArray     *reuse)
{
  gsize len = strlen (text);
  guint cap = len / 4 + 64, n = 0;
  GArray *tokens = reuse != NULL ? reuse : g_array_sized_new (FALSE, FALSE, sizeof (SuggestToken), cap);
  SuggestToken *out;
  const guchar *s = (const guchar *) text;
  gsize i = 0;
  guint32 cp = 0, sentence = 0, paragraph = 0, spaces = 0;
  gboolean end_sentence = FALSE;

  g_array_set_size (tokens, cap);
  out = (SuggestToken *) (gpointer) tokens->data;
  while (s[i] != 0)
    {
      SuggestToken t;
      gunichar c;
      gsize next;

      gboolean ascii = s[i] < 0x80;

      if (ascii)
        {
          c = s[i];
          next = i + 1;
        }
      else
        {
          c = g_utf8_get_char ((const char *) s + i);
          next = g_utf8_next_char ((const char *) s + i) - text;
        }

      /* ASCII by its own tests (most of every text), the rest by Unicode's. */
      if (ascii ? (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') :
                  (c == 0xA0 || g_unichar_isspace (c)))
        {
          if (c == '\n')
            {
              paragraph++;
              end_sentence = TRUE;
            }
          spaces++;
          cp++;
          i = next;
          continue;
        }

      if (end_sentence)
        {
          sentence++;
          end_sentence = FALSE;
        }

      t.start = i;
      t.cp_start = cp;
      t.sentence = sentence;
      t.paragraph = paragraph;
      t.space_before = MIN (spaces, G_MAXUINT16);
      t.lhash = 0;
      spaces = 0;

      if (ascii ? g_ascii_isdigit (c) : g_unichar_isdigit (c))
        {
          t.flags = TOK_NUMBER;
          i = next;
          cp++;
          scan_number (text, &i, &cp);
        }
      else if (ascii ? g_ascii_isalpha (c) : (g_unichar_isalpha (c) || g_unichar_ismark (c)))
        {
          t.flags = TOK_WORD;
          if (ascii ? g_ascii_isupper (c) : (g_unichar_isupper (c) || g_unichar_istitle (c)))
            t.flags |= TOK_CAP;
          if (c >= 0x0600 && c <= 0x06FF)
            t.flags |= TOK_CAP | TOK_ARABIC;
          if (ascii)
            t.lhash = scan_ascii_word (text, &i, &cp);
          else
            {
              i = next;
              cp++;
              scan_word (text, &i, &cp);
            }
        }
      else
        {
          t.flags = TOK_PUNCT;
          if (c == '-' || c == 0x2010 || c == 0x2011)
            t.flags |= TOK_HYPHEN;
          /* A full stop ends a sentence unless it ends an abbreviation or an initial. */
          if ((c == '.' || c == '!' || c == '?' || c == 0x061F) &&
              !(c == '.' && n > 0 && is_abbreviation (text, &out[n - 1]) && out[n - 1].end == i))
            end_sentence = TRUE;
          i = next;
          cp++;
        }

      t.end = i;
      t.cp_end = cp;
      if ((t.flags & TOK_WORD) && t.lhash == 0 && t.end - t.start <= MAX_LISTED_WORD)
        t.lhash = _sitrep_suggest_word_hash (text + t.start, t.end - t.start);
      if (n == cap)
        {
          cap *= 2;
          g_array_set_size (tokens, cap);
          out = (SuggestToken *) (gpointer) tokens->data;
        }
      out[n++] = t;
      /* The one space after most tokens, without a turn of the loop. */
      if (s[i] == ' ')
        {
          spaces = 1;
          cp++;
          i++;
        }
    }
  g_array_set_size (tokens, n);

  return tokens;
}

/* sitrep-suggest-figures-number.c — the number of a casualty figure: its qualifier before it ("at
 * least", "أكثر من"), its last word ("a few hundred", "10 to 15") and its value (moved from
 * sitrep-suggest-figures.c)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"

static const char * const scale_words[] = {
  "hundred", "thousand", "million", "dozen", "one", "two", "three", "four", "five", "six", "seven",
  "eight", "nine", NULL
};

/* Verbs of a toll's change: "has risen from 19 to 26" is no range. */
static const char * const change_verbs[] = {
  "rose", "risen", "climbed", "increased", "jumped", "grew", "mounted", "soared", NULL
};

/* Qualifier words before a number, as token sequences (longest first). */
static const char * const qualifiers[][4] = {
  { "no", "fewer", "than", NULL }, { "no", "less", "than", NULL }, { "not", "less", "than", NULL },
  { "as", "many", "as", NULL }, { "as", "high", "as", NULL }, { "no", "more", "than", NULL }, { "a", "minimum", "of", NULL },
  { "in", "excess", "of", NULL }, { "a", "total", "of", NULL }, { "at", "least", NULL }, { "more", "than", NULL },
  { "greater", "than", NULL }, { "upwards", "of", NULL }, { "up", "to", NULL },
  { "at", "most", NULL }, { "fewer", "than", NULL }, { "less", "than", NULL },
  { "an", "estimated", NULL }, { "over", NULL }, { "above", NULL }, { "nearly", NULL },
  { "almost", NULL }, { "about", NULL }, { "around", NULL }, { "approximately", NULL },
  { "roughly", NULL }, { "some", NULL }, { "estimated", NULL }, { "between", NULL }, { "a", NULL },
  { "ما", "لا", "يقل", "عن" }, { "أكثر", "من", NULL }, { "اكثر", "من", NULL }, { "نحو", NULL },
  { "حوالي", NULL },
};

/* The last word of every qualifier above: a number after any other word
 * has none, and needs no comparison with each (qualifiers_ok () checks). */
static const char * const qualifier_ends[] = {
  "than", "as", "of", "least", "to", "most", "estimated", "over", "above", "nearly", "almost",
  "about", "around", "approximately", "roughly", "some", "between", "a", "عن", "من", "نحو", "حوالي",
  NULL
};

/* Each qualifier's count of words and their lengths in bytes, set once
 * with the check below: the loop over them compares a token's length
 * first, without a strlen () of each word. */
static struct {
  guint8 len;
  guint8 word_len[4];
} qualifier_shapes[G_N_ELEMENTS (qualifiers)];

static gpointer
check_qualifier_ends (gpointer data)
{
  for (guint q = 0; q < G_N_ELEMENTS (qualifiers); q++)
    {
      guint len = 0;
      gboolean found = FALSE;

      while (len < 4 && qualifiers[q][len] != NULL)
        {
          g_assert (strlen (qualifiers[q][len]) <= G_MAXUINT8);
          qualifier_shapes[q].word_len[len] = strlen (qualifiers[q][len]);
          len++;
        }
      qualifier_shapes[q].len = len;
      for (guint k = 0; qualifier_ends[k] != NULL && !found; k++)
        found = strcmp (qualifier_ends[k], qualifiers[q][len - 1]) == 0;
      if (!found)
        g_critical ("The qualifier ending in “%s” is missing from qualifier_ends", qualifiers[q][len - 1]);
    }
  return NULL;
}

/* Token @i starts the qualifier that ends right before @anchor: its first token, or @anchor. */
guint
_sitrep_suggest_figure_qualifier_start (SuggestRun *run,
                                        guint       anchor)
{
  static GOnce checked = G_ONCE_INIT;
  gsize last_len;

  g_once (&checked, check_qualifier_ends, NULL);
  /* Arabic's, in the spellings outlets use ("ما يزيد عن", "اكثر من", "قرابة") */
  if (anchor > 0 && ((tok (run, anchor - 1)->flags & TOK_ARABIC) || run->text[tok (run, anchor - 1)->start] == '('))
    {
      SitrepQualifier q;
      guint start = _sitrep_suggest_figure_ar_qualifier_start (run, anchor, &q);

      if (start < anchor)
        return start;
    }
  /* "at least another 11", "more than another 20": the qualifier before "another" is the figure's */
  if (anchor >= 3 && _sitrep_suggest_tok_is (run, anchor - 1, "another") && _sitrep_suggest_tok_in (run, anchor - 2, qualifier_ends))
    {
      guint outer = _sitrep_suggest_figure_qualifier_start (run, anchor - 1);

      if (outer < anchor - 1)
        return outer;
    }
  if (anchor == 0 || !_sitrep_suggest_tok_in (run, anchor - 1, qualifier_ends))
    return anchor;
  last_len = tok (run, anchor - 1)->end - tok (run, anchor - 1)->start;
  for (guint q = 0; q < G_N_ELEMENTS (qualifiers); q++)
    {
      guint len = qualifier_shapes[q].len;
      gboolean ok = TRUE;

      /* Most are told out by the length of their last word alone. */
      if (anchor < len || qualifier_shapes[q].word_len[len - 1] != last_len)
        continue;
      /* Each word as _sitrep_suggest_tok_is () asks it, from the last
       * (right before @anchor: the one that tells most qualifiers out)
       * back, each token's length first. */
      for (guint k = len; k > 0 && ok; k--)
        {
          guint i = anchor - len + k - 1;
          const SuggestToken *t = i < run->n_tokens ? tok (run, i) : NULL;

          ok = t != NULL && t->end - t->start == qualifier_shapes[q].word_len[k - 1] &&
               _sitrep_suggest_ascii_caseeq (run->text + t->start, qualifiers[q][k - 1], qualifier_shapes[q].word_len[k - 1]) &&
               t->sentence == tok (run, anchor)->sentence;
        }
      /* "more than a dozen", "nearly a hundred": the article is the number's, the qualifier before it the figure's */
      if (ok && len == 1 && strcmp (qualifiers[q][0], "a") == 0 && anchor >= 2)
        {
          guint outer = _sitrep_suggest_figure_qualifier_start (run, anchor - 1);

          return outer < anchor - 1 && !_sitrep_suggest_tok_is (run, outer, "a") ? outer : anchor - 1;
        }
      if (ok)
        return anchor - len;
    }
  return anchor;
}

/* Arabic's word of thousands after digits: "230 ألفا". */
static const char * const ar_thousands[] = {
  "ألف", "ألفا", "آلاف", "الف", "الفا", "الاف", NULL
};

/* "230 ألفا و618": digits, the thousands and "and" glued to the rest, one number (230,618) from digits
 * at @i. */
static gboolean
is_thousands_and (SuggestRun *run,
                  guint       i)
{
  return i + 2 < run->tokens->len && (tok (run, i)->flags & TOK_NUMBER) && !(tok (run, i + 1)->flags & TOK_NUMBER) &&
         _sitrep_suggest_figure_ar_in (run, i + 1, ar_thousands) && _sitrep_suggest_figure_is_and_number (run, i + 2);
}

/* The last token of the number that starts at @i: "twenty-one", "a few
 * hundred", "3,000", "10 to 15", "10-15", "230 ألفا و618". */
guint
_sitrep_suggest_figure_number_end (SuggestRun *run,
                                   guint       i)
{
  guint n = run->tokens->len;
  guint end = i;

  if (i + 1 < n && (tok (run, i + 1)->flags & TOK_ARABIC) && is_thousands_and (run, i))
    return i + 2;
  /* "ثلاثة عشر", "خمسة وعشرون" */
  if ((tok (run, i)->flags & TOK_ARABIC) && !(tok (run, i)->flags & TOK_NUMBER))
    return _sitrep_suggest_figure_ar_number_end (run, i);
  while (end + 1 < n)
    {
      /* "145-150", "twenty-one"; not a breakdown after a spaced dash, digits then words ("a toll of 14 - seven
       * police officers and seven civilians") */
      if ((tok (run, end + 1)->flags & TOK_HYPHEN) && end + 2 < n && _sitrep_suggest_is_number_anchor (run, end + 2) &&
          !(tok (run, end + 1)->space_before > 0 && tok (run, end + 2)->space_before > 0 &&
            ((tok (run, end)->flags & TOK_NUMBER) != 0) != ((tok (run, end + 2)->flags & TOK_NUMBER) != 0)))
        end += 2;
      else if (_sitrep_suggest_tok_in (run, end + 1, scale_words) && !(tok (run, end)->flags & TOK_NUMBER))
        end++;
      /* not a toll's change ("has risen from 19 to 26") */
      else if ((_sitrep_suggest_tok_is (run, end + 1, "to") || _sitrep_suggest_tok_is (run, end + 1, "and")) &&
               end + 2 < n && (tok (run, end + 2)->flags & TOK_NUMBER) && (tok (run, end)->flags & TOK_NUMBER) &&
               !(end == i && i >= 2 && _sitrep_suggest_tok_is (run, i - 1, "from") && _sitrep_suggest_tok_in (run, i - 2, change_verbs)))
        end += 2;
      else
        break;
    }
  return end;
}

/* Whether token @i is one to nine ASCII digits and nothing else ("12",
 * not "3,000" or "٢٠"); their value in @value. */
static inline gboolean
plain_digits (SuggestRun *run,
              guint       i,
              gint64     *value)
{
  const SuggestToken *t = tok (run, i);
  gint64 v = 0;

  if ((t->flags & (TOK_NUMBER | TOK_WORD)) != TOK_NUMBER || t->end - t->start > 9)
    return FALSE;
  for (guint k = t->start; k < t->end; k++)
    {
      if (run->text[k] < '0' || run->text[k] > '9')
        return FALSE;
      v = v * 10 + (run->text[k] - '0');
    }
  *value = v;
  return TRUE;
}

/* The rest of _sitrep_suggest_figure_read () once sitrep_figure_parse ()
 * read @figure: the thousands after Arabic digits, the Arabic qualifier. */
static gboolean
figure_read_parsed (SuggestRun   *run,
                    guint         first,
                    guint         anchor,
                    guint         num_end,
                    SitrepFigure *figure);

/* The count and qualifier of the words @first … @num_end; FALSE if they are
 * no number. */
gboolean
_sitrep_suggest_figure_read (SuggestRun   *run,
                             guint         first,
                             guint         anchor,
                             guint         num_end,
                             SitrepFigure *figure)
{
  g_autofree char *words = NULL;
  gint64 value;
  gboolean vague = FALSE;
  SitrepQualifier range;

  /* A number of digits alone ("12", most counts): what sitrep_figure_parse ()
   * reads of its copy, the number exact, without the copy. */
  if (first == anchor && anchor == num_end && plain_digits (run, first, &value))
    {
      memset (figure, 0, sizeof *figure);
      figure->count = figure->low = figure->high = value;
      figure->qualifier = SITREP_QUALIFIER_EXACT;
      return figure_read_parsed (run, first, anchor, num_end, figure);
    }
  words = g_strndup (run->text + tok (run, first)->start, tok (run, num_end)->end - tok (run, first)->start);

  /* An Arabic range: the count read alone, with its other end before it ("من 50 الى 60 رفات": 50 to 60)
   * or glued to "و" after it ("بين 50 و60"); the low end is the figure's count */
  if ((first + 3 == anchor || first + 1 == anchor) && (tok (run, first)->flags & TOK_ARABIC) &&
      _sitrep_suggest_figure_ar_qualifier_start (run, anchor, &range) == first && range == SITREP_QUALIFIER_RANGE)
    {
      guint other = first + 3 == anchor ? first + 1 : anchor + 1;
      const char *p = run->text + tok (run, other)->start;
      gint64 low, high = 0;

      if (!_sitrep_suggest_figure_read (run, anchor, anchor, num_end, figure))
        return FALSE;
      if (other > anchor)
        p += strlen ("و");
      /* its digits ("1,500", "١٥٠") */
      for (; p < run->text + tok (run, other)->end; p = g_utf8_next_char (p))
        if (g_unichar_digit_value (g_utf8_get_char (p)) >= 0)
          high = high * 10 + g_unichar_digit_value (g_utf8_get_char (p));
      low = MIN (high, figure->count);
      high = MAX (high, figure->count);
      if (low < high)
        {
          figure->count = figure->low = low;
          figure->high = high;
          figure->qualifier = SITREP_QUALIFIER_RANGE;
        }
      return TRUE;
    }
  if (num_end == anchor + 2 && is_thousands_and (run, anchor))
    {
      const char *p = run->text + tok (run, num_end)->start + strlen ("و");
      gint64 rest = 0;

      words[tok (run, anchor)->end - tok (run, first)->start] = '\0';
      if (!sitrep_figure_parse (words, figure))
        return FALSE;
      for (; p < run->text + tok (run, num_end)->end; p = g_utf8_next_char (p))
        rest = rest * 10 + g_unichar_digit_value (g_utf8_get_char (p));
      value = figure->count * 1000 + rest;
      figure->count = figure->low = figure->high = value;
      return TRUE;
    }
  /* "at least another 11": read without "another" */
  if (first + 1 < anchor && _sitrep_suggest_tok_is (run, anchor - 1, "another"))
    {
      g_free (words);
      words = g_strdup_printf ("%.*s%.*s", (int) (tok (run, anchor - 1)->start - tok (run, first)->start),
                               run->text + tok (run, first)->start,
                               (int) (tok (run, num_end)->end - tok (run, anchor)->start), run->text + tok (run, anchor)->start);
    }
  if (sitrep_figure_parse (words, figure))
    return figure_read_parsed (run, first, anchor, num_end, figure);
  memset (figure, 0, sizeof *figure);
  value = _sitrep_suggest_figure_ar_number (run, anchor, &vague);
  if (value >= 0)
    {
      /* "اكثر من عشرين": the qualifier read as before digits */
      g_autofree char *as_digits = g_strdup_printf ("%.*s%" G_GINT64_FORMAT, (int) (tok (run, anchor)->start - tok (run, first)->start),
                                                    run->text + tok (run, first)->start, value);

      if (vague || first == anchor || !sitrep_figure_parse (as_digits, figure))
        {
          figure->count = figure->low = figure->high = value;
          figure->qualifier = vague ? SITREP_QUALIFIER_AT_LEAST : SITREP_QUALIFIER_EXACT;
        }
      _sitrep_suggest_figure_ar_qualify (run, first, anchor, num_end, figure);
      return TRUE;
    }
  /* "several", "a few", "numerous" alone state no number: a coder codes
   * none for "left several militants dead" or "several leaders were
   * captured" (only with a scale after them: "several hundred"). */
  return FALSE;
}

static gboolean
figure_read_parsed (SuggestRun   *run,
                    guint         first,
                    guint         anchor,
                    guint         num_end,
                    SitrepFigure *figure)
{
  /* "350 ألف", "15 الف": Arabic writes the thousands after the digits. */
  if (num_end + 1 < run->tokens->len && (tok (run, num_end)->flags & TOK_NUMBER))
    {
      gint64 scale = _sitrep_suggest_figure_ar_in (run, num_end + 1, ar_thousands) ? 1000 :
                     _sitrep_suggest_tok_is (run, num_end + 1, "مليون") ? 1000000 : 1;

      figure->count *= scale;
      figure->low *= scale;
      figure->high *= scale;
    }
  /* "58 مدنياً على الأقل", "ما يزيد عن 12": the Arabic qualifier after the number, or before it */
  _sitrep_suggest_figure_ar_qualify (run, first, anchor, num_end, figure);
  return TRUE;
}

/* sitrep-tokens.c — the tokenisation shared by CoNLL, WebAnno TSV and token agreement
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-tokens"

#include "config.h"

#include <stdlib.h>

#include "sitrep-tokens.h"
#include "sitrep-coding-private.h"

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c) ||
         /* Tatweel stretches an Arabic word; it is part of it. */
         c == 0x0640 || c == 0x200C || c == 0x200D;
}

static gboolean
ends_sentence (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x2026;
}

GArray *
sitrep_tokenize (const char *text)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (SitrepToken));
  SitrepToken cur = { 0 };
  gboolean in_word = FALSE;
  guint cp = 0, u16 = 0, sentence = 0;
  gboolean sentence_has_token = FALSE;
  const char *p;

  g_return_val_if_fail (text != NULL, tokens);

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint width16 = c >= 0x10000 ? 2 : 1;
      gsize byte = p - text;
      gsize next_byte = g_utf8_next_char (p) - text;

      if (in_word && !is_word_char (c))
        {
          g_array_append_val (tokens, cur);
          in_word = FALSE;
        }

      if (c == '\n' || c == '\r' || c == 0x2029 || c == 0x2028)
        {
          if (sentence_has_token)
            sentence++;
          sentence_has_token = FALSE;
        }
      else if (is_word_char (c))
        {
          if (!in_word)
            {
              cur = (SitrepToken) { cp, cp, u16, u16, byte, byte, sentence };
              in_word = TRUE;
              sentence_has_token = TRUE;
            }
          cur.end = cp + 1;
          cur.end16 = u16 + width16;
          cur.byte_end = next_byte;
        }
      else if (!g_unichar_isspace (c) && c != 0xFEFF)
        {
          SitrepToken t = { cp, cp + 1, u16, u16 + width16, byte, next_byte, sentence };
          g_array_append_val (tokens, t);
          sentence_has_token = TRUE;
          if (ends_sentence (c))
            {
              sentence++;
              sentence_has_token = FALSE;
            }
        }

      cp++;
      u16 += width16;
    }
  if (in_word)
    g_array_append_val (tokens, cur);

  return tokens;
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const SitrepTagSpan *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;   /* longest first */
  return x->label < y->label ? -1 : x->label > y->label;
}

/* Outermost-first tagging: spans sorted by start then length; a span that
 * starts inside the span being tagged is nested and skipped. */
static GArray *
tag_sorted (GArray              *tokens,
            const SitrepTagSpan *spans,
            guint                n_spans,
            gboolean             one_label,
            guint                label)
{
  GArray *tags = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autofree SitrepTagSpan *sorted = NULL;
  guint n = 0, t = 0, outer_end = 0;

  g_array_set_size (tags, tokens->len);
  sorted = g_new (SitrepTagSpan, MAX (n_spans, 1));
  for (guint i = 0; i < n_spans; i++)
    if (!one_label || spans[i].label == label)
      if (spans[i].end > spans[i].start)
        sorted[n++] = spans[i];
  qsort (sorted, n, sizeof (SitrepTagSpan), compare_spans);

  for (guint i = 0; i < n; i++)
    {
      const SitrepTagSpan *s = &sorted[i];
      gboolean first = TRUE;

      if (s->start < outer_end)
        continue;   /* nested in (or overlapping) an outer span */
      outer_end = s->end;

      /* Tokens are sorted and do not overlap: skip those wholly before. */
      while (t < tokens->len && g_array_index (tokens, SitrepToken, t).end <= s->start)
        t++;
      for (guint k = t; k < tokens->len; k++)
        {
          const SitrepToken *tok = &g_array_index (tokens, SitrepToken, k);
          if (tok->start >= s->end)
            break;
          g_array_index (tags, guint, k) = first ? SITREP_TAG_B (s->label) : SITREP_TAG_I (s->label);
          first = FALSE;
        }
    }

  return tags;
}

GArray *
sitrep_tokens_tag (GArray              *tokens,
                   const SitrepTagSpan *spans,
                   guint                n_spans)
{
  g_return_val_if_fail (tokens != NULL, NULL);
  return tag_sorted (tokens, spans, n_spans, FALSE, 0);
}

GArray *
sitrep_tokens_tag_label (GArray              *tokens,
                         const SitrepTagSpan *spans,
                         guint                n_spans,
                         guint                label)
{
  g_return_val_if_fail (tokens != NULL, NULL);
  return tag_sorted (tokens, spans, n_spans, TRUE, label);
}

GArray *
sitrep_tokens_spans_from_tags (GArray      *tokens,
                               const guint *tags)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (SitrepTagSpan));
  gboolean open = FALSE;
  SitrepTagSpan cur = { 0 };

  for (guint k = 0; k < tokens->len; k++)
    {
      const SitrepToken *tok = &g_array_index (tokens, SitrepToken, k);
      guint tag = tags[k];

      if (open && (tag == SITREP_TAG_O || SITREP_TAG_IS_BEGIN (tag) || SITREP_TAG_LABEL (tag) != cur.label))
        {
          g_array_append_val (spans, cur);
          open = FALSE;
        }
      if (tag == SITREP_TAG_O)
        continue;
      if (!open)
        {
          /* An I without a B before it starts a span, as conlleval reads it. */
          cur = (SitrepTagSpan) { tok->start, tok->end, SITREP_TAG_LABEL (tag) };
          open = TRUE;
        }
      else
        cur.end = tok->end;
    }
  if (open)
    g_array_append_val (spans, cur);

  return spans;
}

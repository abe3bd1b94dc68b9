/* sitrep-suggest-places-persons.c — names that are people's, not places: a word of a person the
 * report names elsewhere ("Police Lt. Ahmed Asaad … Asaad said"), a given and a family name that
 * are each some village far away ("Karam Shahabi")
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-suggest-private.h"

/* A place no detector is sure of: doubtful or unplaced, no large city. */
static gboolean
is_weak_place (const SitrepSuggestion *s)
{
  return s->kind == SITREP_SUGGEST_PLACE && s->population < 100000 && (s->doubtful || isnan (s->latitude));
}

/* Whether token @i is one capitalised Latin word of at least three letters. */
static gboolean
is_latin_name_word (SuggestRun *run,
                    guint       i)
{
  const SuggestToken *t = tok (run, i);

  return (t->flags & TOK_WORD) && (t->flags & TOK_CAP) && !(t->flags & TOK_ARABIC) && t->end - t->start >= 3;
}

/* Whether the words before token @i say a place ("the town of X", "near X"). */
static gboolean
after_place_words (SuggestRun *run,
                   guint       i)
{
  return i > 0 && (_sitrep_suggest_tok_is (run, i - 1, "of") || _sitrep_suggest_tok_is (run, i - 1, "near") ||
                   _sitrep_suggest_tok_is (run, i - 1, "outside") || _sitrep_suggest_tok_is (run, i - 1, "around"));
}

/* The first and last words of the persons of two words or more, folded. */
static GHashTable *
person_words (SuggestRun *run)
{
  GHashTable *words = NULL;

  for (guint k = 0; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];
      guint first, last;

      if (o->kind != SITREP_SUGGEST_PERSON)
        continue;
      first = _sitrep_suggest_token_holding (run, o->byte_start);
      last = _sitrep_suggest_token_holding (run, o->byte_end - 1);
      if (last == first)
        continue;
      if (words == NULL)
        words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      if (is_latin_name_word (run, first))
        g_hash_table_add (words, g_ascii_strdown (run->text + tok (run, first)->start, tok (run, first)->end - tok (run, first)->start));
      if (is_latin_name_word (run, last))
        g_hash_table_add (words, g_ascii_strdown (run->text + tok (run, last)->start, tok (run, last)->end - tok (run, last)->start));
    }
  return words;
}

/* Whether the weak one-word place at token @i stands beside another weak
 * one-word place (@weak holds their tokens + 1), no comma between: a given
 * name and a family name. */
static gboolean
beside_weak_place (SuggestRun *run,
                   GHashTable *weak,
                   guint       i)
{
  return (i + 1 < run->tokens->len && g_hash_table_contains (weak, GUINT_TO_POINTER (i + 2)) &&
          tok (run, i + 1)->space_before == 1 && tok (run, i + 1)->sentence == tok (run, i)->sentence) ||
         (i > 0 && g_hash_table_contains (weak, GUINT_TO_POINTER (i)) && tok (run, i)->space_before == 1 &&
          tok (run, i - 1)->sentence == tok (run, i)->sentence);
}

/* Drops the weak one-word Latin places from @from on that are people's
 * names: the first or last word of a person the report names, or one of
 * two such places side by side ("Karam Shahabi"). Not after words that say
 * a place ("the village of X"). */
void
_sitrep_suggest_person_places (SuggestRun *run,
                               guint       from)
{
  g_autoptr(GHashTable) words = NULL;
  g_autoptr(GHashTable) weak = g_hash_table_new (NULL, NULL);
  /* One token (or none) per suggestion from @from on, written in place. */
  g_autoptr(GArray) at = g_array_sized_new (FALSE, FALSE, sizeof (guint), run->out->len - MIN (from, run->out->len));
  guint kept = from;

  g_array_set_size (at, run->out->len - MIN (from, run->out->len));
  for (guint k = from; k < run->out->len; k++)
    {
      const SitrepSuggestion *s = run->out->pdata[k];
      guint i = G_MAXUINT;

      if (is_weak_place (s))
        {
          i = _sitrep_suggest_token_holding (run, s->byte_start);
          if (tok (run, i)->end != s->byte_end || !is_latin_name_word (run, i) || after_place_words (run, i))
            i = G_MAXUINT;
          else
            g_hash_table_add (weak, GUINT_TO_POINTER (i + 1));
        }
      g_array_index (at, guint, k - from) = i;
    }
  if (g_hash_table_size (weak) == 0)
    return;
  /* The persons' words only when a weak place may be one of them. */
  words = person_words (run);
  for (guint k = from; k < run->out->len; k++)
    {
      guint i = g_array_index (at, guint, k - from);
      gboolean person = FALSE;

      if (i != G_MAXUINT)
        {
          g_autofree char *word = g_ascii_strdown (run->text + tok (run, i)->start, tok (run, i)->end - tok (run, i)->start);

          person = (words != NULL && g_hash_table_contains (words, word)) || beside_weak_place (run, weak, i);
        }
      if (!person)
        run->out->pdata[kept++] = run->out->pdata[k];
    }
  _sitrep_suggest_out_truncate (run->out, kept);
}

/* sitrep-suggest-figures-names.c — people named one by one before the verb they share, with no
 * numeral: "Ahmed Ali and Hassan Omar were killed", "their commanders Dindar Avesta, Piran Pir, and
 * Ciya Feqir lost their lives" — the count of their names (the coders' convention, as in Arabic
 * "عمار عبد الامير وحكمت جلال واحسان عبود قد استشهدوا": 3 killed). Asked only at a word of harm where
 * the one-person readers proposed nothing.
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-run-private.h"
#include "sitrep-suggest-figures-person.h"

/* At most this many words of one name. */
#define NAME_WORDS 4
/* At most this many names in a list. */
#define MAX_NAMES 12

/* Words between the names and their word of harm: "were killed", "have been arrested", "were both
 * wounded", "were reportedly killed". */
static const char * const between[] = {
  "were", "have", "had", "been", "are", "both", "all", "reportedly", "later", "also", "allegedly", "subsequently",
  NULL
};
/* Words of harm in the plural's forms only: "were killed" (a participle after "were"), "died", "lost
 * their lives". Not "captured": "Tal Abyad and Ras al-Ain were captured" are towns. */
static const char * const participles[] = {
  "killed", "executed", "murdered", "assassinated", "slain", "martyred", "beheaded", "wounded", "injured",
  "hurt", "arrested", "detained", "abducted", "kidnapped", NULL
};
static const char * const died[] = {
  "died", "perished", NULL
};

/* Whether token @j is a word of a name: a capitalised Latin word (not a month's), or "al", "bin",
 * "ibn", "abu" in lower case. */
static gboolean
name_word (SuggestRun *run,
           guint       j)
{
  const SuggestToken *t = tok (run, j);

  if (!(t->flags & TOK_WORD) || (t->flags & (TOK_ARABIC | TOK_NUMBER)) || _sitrep_suggest_is_month (run, j))
    return FALSE;
  return (t->flags & TOK_CAP) || _sitrep_suggest_tok_is (run, j, "al") || _sitrep_suggest_tok_is (run, j, "bin") ||
         _sitrep_suggest_tok_is (run, j, "ibn");
}

/* The first token of the name ending at @last ("Piran Pir", "Ahmed al-Jabouri"), or G_MAXUINT when
 * there is none or it names no person the suggester knows (a place, an actor: "Iraq and Syria"). */
static guint
name_start (SuggestRun *run,
            guint       last)
{
  guint first = last, words = 0;
  const char *key;
  KnownName *known;

  if (!name_word (run, last) || !(tok (run, last)->flags & TOK_CAP))
    return G_MAXUINT;
  while (first > 0 && tok (run, first - 1)->sentence == tok (run, last)->sentence)
    {
      /* "al-Jabouri": the hyphen glued between */
      if ((tok (run, first - 1)->flags & TOK_HYPHEN) && tok (run, first)->space_before == 0 && first >= 2 &&
          name_word (run, first - 2))
        first -= 2;
      else if (name_word (run, first - 1))
        first--;
      else
        break;
      if (++words >= NAME_WORDS)
        return G_MAXUINT;
    }
  /* one word is a name only with a first word of its own: "Hassan and Omar" may be anything */
  if (first == last)
    return G_MAXUINT;
  key = _sitrep_suggest_span_key_tmp (run, first, last);
  known = *key != '\0' ? g_hash_table_lookup (run->names, key) : NULL;
  return known == NULL || g_strcmp0 (known->kind, "person") == 0 ? first : G_MAXUINT;
}

/* Whether the words at @i say what happened to the names before them, plural: "killed" after "were",
 * "died", "lost their lives". The token before those words in *@before. */
static gboolean
plural_harm (SuggestRun *run,
             guint       i,
             guint      *before)
{
  guint j = i;

  if (_sitrep_suggest_tok_is (run, i, "lost") || _sitrep_suggest_tok_is (run, i, "gave"))
    {
      if (!_sitrep_suggest_tok_is (run, i + 1, "their") || !_sitrep_suggest_tok_is (run, i + 2, "lives"))
        return FALSE;
    }
  else if (!_sitrep_suggest_tok_among (run, i, died))
    {
      if (!_sitrep_suggest_tok_among (run, i, participles))
        return FALSE;
      /* a participle only after "were" (or "have been", "had been") */
      while (j > 0 && _sitrep_suggest_tok_among (run, j - 1, between) && !_sitrep_suggest_tok_is (run, j - 1, "were") &&
             !_sitrep_suggest_tok_is (run, j - 1, "been"))
        j--;
      if (j == 0 || !(_sitrep_suggest_tok_is (run, j - 1, "were") || _sitrep_suggest_tok_is (run, j - 1, "been")))
        return FALSE;
    }
  while (j > 0 && tok (run, j - 1)->sentence == tok (run, i)->sentence && _sitrep_suggest_tok_among (run, j - 1, between))
    j--;
  if (j == 0 || tok (run, j - 1)->sentence != tok (run, i)->sentence)
    return FALSE;
  *before = j - 1;
  return TRUE;
}

/* Whether a capitalised word stands a few tokens before @i (asked first: flags only). */
static gboolean
capital_before (SuggestRun *run,
                guint       i)
{
  for (guint k = 1; k <= 4 && k <= i; k++)
    {
      if ((tok (run, i - k)->flags & (TOK_CAP | TOK_PUNCT)) == TOK_CAP)
        return TRUE;
    }
  return FALSE;
}

/* The kind of the word of harm at @i. */
static SitrepSuggestKind
kind_at (SuggestRun *run,
         guint       i)
{
  gboolean found;

  if (_sitrep_suggest_tok_is (run, i, "lost") || _sitrep_suggest_tok_is (run, i, "gave"))
    return SITREP_SUGGEST_KILLED;
  return _sitrep_suggest_figure_kind_of (run, i, &found);
}

/* At the word of harm @i: the names listed right before it, joined by commas and "and" (two at
 * least), proposed as one figure of as many people. Whether it proposed one. */
gboolean
_sitrep_suggest_figure_names (SuggestRun *run,
                              guint       i)
{
  guint last, first, names = 0, start = G_MAXUINT;

  if ((tok (run, i)->flags & (TOK_ARABIC | TOK_CAP)) || !capital_before (run, i) || !plural_harm (run, i, &last))
    return FALSE;
  /* "…, Piran Pir, and Ciya Feqir": from the last name back */
  for (guint j = last; names < MAX_NAMES; names++)
    {
      if ((first = name_start (run, j)) == G_MAXUINT)
        break;
      start = first;
      if (first < 2 || tok (run, first - 1)->sentence != tok (run, i)->sentence)
        {
          names++;
          break;
        }
      if (_sitrep_suggest_tok_is (run, first - 1, "and"))
        j = first >= 3 && (tok (run, first - 2)->flags & TOK_PUNCT) && run->text[tok (run, first - 2)->start] == ',' ? first - 3 : first - 2;
      else if ((tok (run, first - 1)->flags & TOK_PUNCT) && run->text[tok (run, first - 1)->start] == ',' && names > 0)
        j = first - 2;
      else
        {
          names++;
          break;
        }
    }
  /* "and" must have joined the last two: "A, B and C"; not a single name, nor "In Baghdad, Ahmed Ali and …" */
  if (names < 2 || start == G_MAXUINT)
    return FALSE;
  _sitrep_suggest_figure_add_one (run, kind_at (run, i), start, last, names);
  return TRUE;
}

/* sitrep-suggest-figures-subject.c — a count whose people open the sentence as its subject, with words about them
 * too many for the words after a figure to reach its verb: an of-phrase, a name's words, an aside between dashes or
 * commas ("Five members of a civil defence team - known as the White Helmets - were killed", "Three employees of the
 * state-run oil company in Kirkuk, the province's largest employer, were wounded") (issue 11, session 40)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"

/* How many tokens the subject's words may run to before its verb. */
#define SUBJECT_TOKENS 32

/* Words that start another clause inside the subject's words: its verb is no longer the count's. */
static const char * const clause_starts[] = {
  "who", "whom", "whose", "which", "that", "said", "says", "told", "while", "but", "whereas", "after", "before",
  "when", "where", "because", "if", "since", "until", NULL
};

/* Adverbs between the auxiliary and the word of harm: "were also killed", "was seriously wounded". */
static const char * const adverbs[] = {
  "also", "later", "reportedly", "all", "both", "allegedly", "apparently", "then", NULL
};

static gboolean
ends_in_ly (SuggestRun *run,
            guint       j)
{
  const SuggestToken *t = tok (run, j);

  return (t->flags & TOK_WORD) && t->end - t->start > 4 && memcmp (run->text + t->end - 2, "ly", 2) == 0;
}

/* The word of harm after the auxiliary at @j ("were", "been"), past an adverb or two, or FALSE. */
static gboolean
harm_after_aux (SuggestRun        *run,
                guint              j,
                SitrepSuggestKind *kind)
{
  guint sentence = tok (run, j)->sentence;
  gboolean found = FALSE;
  SitrepSuggestKind k;

  for (guint m = j + 1; m < run->n_tokens && m <= j + 3 && tok (run, m)->sentence == sentence; m++)
    {
      if (_sitrep_suggest_tok_is (run, m, "been"))
        continue;
      if (_sitrep_suggest_tok_in (run, m, adverbs) || ends_in_ly (run, m))
        continue;
      k = _sitrep_suggest_figure_kind_of (run, m, &found);
      if (found)
        *kind = k;
      return found;
    }
  return FALSE;
}

/* Whether the count @from … @num_end, with its people after it and no verb found near them (@after), opens its
 * sentence (or a "that" clause) as the subject of a passive verb of harm further on, past the words about them:
 * *@kind is that verb's. Another clause's word, another count outside an aside, or a stop ends the subject. */
gboolean
_sitrep_suggest_figure_long_subject (SuggestRun        *run,
                                     guint              from,
                                     guint              num_end,
                                     const AfterWords  *after,
                                     SitrepSuggestKind *kind)
{
  guint sentence = tok (run, from)->sentence;
  gboolean aside = FALSE;

  if (!after->have_victim || after->found || after->not_victims || (tok (run, from)->flags & TOK_ARABIC))
    return FALSE;
  if (from > 0 && tok (run, from - 1)->sentence == sentence && !_sitrep_suggest_tok_is (run, from - 1, "that"))
    return FALSE;
  /* one person is the one-person readers', who name him ("that one of the commanders named X was killed") */
  if (num_end == from && (_sitrep_suggest_tok_is (run, from, "one") || _sitrep_suggest_tok_is (run, from, "a") ||
                          _sitrep_suggest_tok_is (run, from, "an") ||
                          (tok (run, from)->end - tok (run, from)->start == 1 && run->text[tok (run, from)->start] == '1')))
    return FALSE;
  for (guint j = num_end + 1; j < run->n_tokens && j <= num_end + SUBJECT_TOKENS && tok (run, j)->sentence == sentence; j++)
    {
      if (_sitrep_suggest_tok_is_aside_dash (run, j) || _sitrep_suggest_tok_is_mark (run, j, '(') || _sitrep_suggest_tok_is_mark (run, j, ')'))
        {
          aside = !aside;
          continue;
        }
      if (_sitrep_suggest_tok_is_mark (run, j, ';') || _sitrep_suggest_tok_is_mark (run, j, ':') || _sitrep_suggest_tok_is_mark (run, j, '"') ||
          _sitrep_suggest_tok_in (run, j, clause_starts))
        return FALSE;
      /* "and" may start another clause ("… attacked a checkpoint and soldiers were killed"); a count outside an
       * aside is another figure's */
      if (!aside && _sitrep_suggest_tok_is (run, j, "and"))
        return FALSE;
      if (!aside && _sitrep_suggest_is_number_anchor (run, j))
        return FALSE;
      if (_sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_passive_aux))
        return !aside && harm_after_aux (run, j, kind);
    }
  return FALSE;
}

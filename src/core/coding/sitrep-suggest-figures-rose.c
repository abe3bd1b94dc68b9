/* sitrep-suggest-figures-rose.c — a toll that "rose to" a number whose subject, "the number of" the dead,
 * stands after the number and its breakdown or at the start of its sentence (the toll's other readings
 * are in sitrep-suggest-figures-toll.c)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include "sitrep-suggest-private.h"

/* Verbs that say a toll rose to a number, its subject named elsewhere: "it increased to 6 …, the number
 * of martyrs", "The number of civilians who were killed … has risen to 34". */
static const char * const toll_rise_verbs[] = {
  "rose", "risen", "rises", "increased", "increases", "climbed", "climbs", NULL
};
/* Nouns of the dead after "the number of": "the number of martyrs". */
static const char * const dead_people_nouns[] = {
  "martyrs", "victims", "fatalities", NULL
};
/* Words that start another clause, where a toll's subject is no longer looked for. */
static const char * const other_clause_words[] = {
  "while", "whereas", "but", NULL
};
/* How far after a toll's number "the number of" may name it; how many words "number of" may stand
 * from its sentence's start; how many words after "number of" its kind may come. */
#define NUMBER_OF_AFTER 40
#define NUMBER_OF_START 3
#define NUMBER_OF_KIND 8

/* Whether "number of" (people, or the dead) or "toll" at token @j names dead or hurt people in the words
 * after it; their kind in *@kind. */
static gboolean
number_of_kind (SuggestRun        *run,
                guint              j,
                SitrepSuggestKind *kind)
{
  guint sentence = tok (run, j)->sentence;

  if (_sitrep_suggest_tok_is (run, j, "number"))
    {
      /* "the number of civilians who were killed", "of martyrs", "of dead"; not "of villages captured" */
      if (!_sitrep_suggest_tok_is (run, j + 1, "of") ||
          !(_sitrep_suggest_tok_in (run, j + 2, _sitrep_suggest_figure_victim_nouns) ||
            _sitrep_suggest_tok_in (run, j + 2, dead_people_nouns) || _sitrep_suggest_figure_is_kind_word (run, j + 2)))
        return FALSE;
      j++;
    }
  else if (!_sitrep_suggest_tok_is (run, j, "toll"))
    return FALSE;
  /* "the death toll from the mortar attacks which hit two villages … has risen to nine": its kind before it */
  else if (j > 0 && _sitrep_suggest_tok_is (run, j - 1, "death"))
    {
      *kind = SITREP_SUGGEST_KILLED;
      return TRUE;
    }
  for (guint k = j + 1; k < run->n_tokens && k <= j + NUMBER_OF_KIND && tok (run, k)->sentence == sentence; k++)
    {
      gboolean found;
      SitrepSuggestKind said = _sitrep_suggest_figure_kind_of (run, k, &found);

      if (found)
        {
          *kind = said;
          return TRUE;
        }
      if (_sitrep_suggest_tok_in (run, k, dead_people_nouns))
        {
          *kind = SITREP_SUGGEST_KILLED;
          return TRUE;
        }
      if (_sitrep_suggest_is_number_anchor (run, k))
        return FALSE;
    }
  return FALSE;
}

/* Whether the count at token @first follows "rose to" whose subject, "the number of …" of the dead,
 * stands after the count (and its breakdown) or at the start of its sentence, however far. */
gboolean
_sitrep_suggest_figure_toll_rose_to (SuggestRun        *run,
                                     guint              first,
                                     SitrepSuggestKind *kind)
{
  guint sentence = tok (run, first)->sentence, start = first;

  if (first < 2 || !_sitrep_suggest_tok_among (run, first - 2, toll_rise_verbs))
    return FALSE;
  for (guint j = first + 1; j + 1 < run->n_tokens && j <= first + NUMBER_OF_AFTER && tok (run, j)->sentence == sentence; j++)
    {
      if (_sitrep_suggest_tok_among (run, j, other_clause_words) || _sitrep_suggest_tok_among (run, j, toll_rise_verbs))
        break;
      if (_sitrep_suggest_tok_is (run, j, "the") && number_of_kind (run, j + 1, kind))
        return TRUE;
    }
  while (start > 0 && tok (run, start - 1)->sentence == sentence)
    start--;
  for (guint j = start; j < start + NUMBER_OF_START && j + 2 < first; j++)
    {
      if (number_of_kind (run, j, kind))
        return TRUE;
    }
  /* "As more fatalities are recorded, the number of people who were killed in areas within the four
   * provinces …, in addition to … Manbij rose to 811": "the number of" (or "death toll": "SANA – Death
   * toll from the attacks … has risen to nine") after an opening clause, however far, with no other verb
   * of rising between */
  for (guint j = start + NUMBER_OF_START; j + 2 < first; j++)
    {
      if (_sitrep_suggest_tok_among (run, j, toll_rise_verbs) || _sitrep_suggest_tok_among (run, j, other_clause_words))
        return FALSE;
      if (((_sitrep_suggest_tok_is (run, j, "number") && _sitrep_suggest_tok_is (run, j - 1, "the")) ||
           (_sitrep_suggest_tok_is (run, j, "toll") && _sitrep_suggest_tok_is (run, j - 1, "death"))) && number_of_kind (run, j, kind))
        return TRUE;
    }
  return FALSE;
}

/* sitrep-suggest-figures-rose.c — a toll that "rose to" a number whose subject, "the number of" the dead,
 * stands after the number and its breakdown or at the start of its sentence (the toll's other readings
 * are in sitrep-suggest-figures-toll.c), and a toll a verb took to a number ("brought the death toll to 30")
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

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

/* Verbs that move a toll to a number, with the toll as their object:
 * "raises the toll of the people killed in the camp to at least 26". */
static const char * const toll_raise_verbs[] = {
  "raises", "raised", "raising", "brings", "brought", "bringing", "pushes", "pushed", "pushing",
  "lifts", "lifted", "lifting", "takes", "took", "taking", NULL
};

/* How many words "to" may stand after "toll" ("the toll of the people killed in the camp to"). */
#define TOLL_TO_WORDS 12
/* How many tokens after its verb a toll's noun other than "toll" may stand ("raised the U.S. military's fatalities"). */
#define TOLL_NOUN_AFTER 10

/* What a verb takes to a number: "the toll", "its total", "fatalities". */
static const char * const toll_nouns[] = {
  "toll", "total", "tally", "fatalities", NULL
};

/* Whether a word of harm stands in the sentence before token @v: what "its total" totals. */
static gboolean
harm_before (SuggestRun *run,
             guint       v)
{
  for (guint k = v; k > 0 && tok (run, k - 1)->sentence == tok (run, v)->sentence; k--)
    {
      gboolean found;

      _sitrep_suggest_figure_kind_of (run, k - 1, &found);
      if (found)
        return TRUE;
    }
  return FALSE;
}

/* Whether the count starting at token @first (its qualifier's) is what a
 * verb took a toll to: "raises the toll of the people killed in al-Hol to
 * at least 26", "brought the death toll to 30". The kind is that of the
 * first word of harm after "toll", else killed. */
gboolean
_sitrep_suggest_figure_toll_to (SuggestRun        *run,
                                guint              first,
                                SitrepSuggestKind *kind)
{
  guint sentence = tok (run, first)->sentence;

  if (first < 4 || !_sitrep_suggest_tok_is (run, first - 1, "to"))
    return FALSE;
  if (_sitrep_suggest_figure_toll_rose_to (run, first, kind))
    return TRUE;
  for (guint j = first - 2; j >= 2 && j + TOLL_TO_WORDS >= first && tok (run, j)->sentence == sentence; j--)
    {
      /* a hyphen of a name ("al-Hol") is no clause's end */
      if (((tok (run, j)->flags & TOK_PUNCT) && !(tok (run, j)->flags & TOK_HYPHEN)) ||
          _sitrep_suggest_is_number_anchor (run, j))
        return FALSE;
      if (!_sitrep_suggest_tok_in (run, j, toll_nouns))
        continue;
      /* "raises the toll", "brought the death toll", "raised the U.S. military's fatalities in Iraq to"; its total
       * after a word of harm in the sentence ("killing another nine civilians, bringing its total to 892") */
      for (guint v = j - 1; v + TOLL_NOUN_AFTER >= j && v > 0; v--)
        {
          if (_sitrep_suggest_tok_among (run, v, toll_raise_verbs))
            {
              if (!_sitrep_suggest_tok_is (run, j, "toll") && !_sitrep_suggest_tok_is (run, j, "fatalities") &&
                  !harm_before (run, v))
                return FALSE;
              *kind = SITREP_SUGGEST_KILLED;
              for (guint k = j + 1; k + 1 < first; k++)
                {
                  gboolean found;
                  SitrepSuggestKind said = _sitrep_suggest_figure_kind_of (run, k, &found);

                  if (found)
                    {
                      *kind = said;
                      break;
                    }
                }
              return TRUE;
            }
          if (((tok (run, v)->flags & TOK_PUNCT) && strchr (",;:", run->text[tok (run, v)->start]) != NULL) ||
              _sitrep_suggest_is_number_anchor (run, v) || (_sitrep_suggest_tok_is (run, j, "toll") && v + 3 < j))
            break;
        }
      return FALSE;
    }
  return FALSE;
}

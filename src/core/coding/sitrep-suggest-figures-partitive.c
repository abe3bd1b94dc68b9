/* sitrep-suggest-figures-partitive.c — a part of people counted before that says who they were:
 * "Two of the six killed were engineers", "One of those killed and four of the injured are security
 * force members", "four among the killed were Lebanese", "At least two of the bodies shown were those of
 * children" (issue 11, session 39).
 *
 * The coders' gold lists such a part as a figure of its own, as it lists "including two children": it
 * breaks the toll down by who the people were. It does not list a part that tells how some of them are
 * or who one of them is ("One of the wounded is in a critical condition", "One of the injured civilians
 * is identified as …"), nor one that tells how they were related ("two of the slain were brothers"): the
 * readers leave those as they were (sitrep-suggest-figures-after.c: of_the_counted ()). Of the eleven
 * such sentences of the tuning sets the rule reads ten as their gold does; the eleventh, "Two of the
 * wounded are in critical condition", is listed there and stays unread.
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-figures-person.h"

/* The words of harm that name the whole a part is taken from: "of the killed", "of those injured", "of
 * the bodies". Not "victims" (of a kidnapping as well as of a killing), not "casualties" (both kinds). */
static const char * const whole_words[] = {
  "killed", "dead", "slain", "bodies", "wounded", "injured", "kidnapped", "abducted", "detained", "arrested",
  "detainees", "hostages", "fatalities", NULL
};

/* Kin: how the people were related to one another, not who they were ("two of the slain were brothers"). */
static const char * const kin_nouns[] = {
  "brothers", "sons", "daughters", "wives", "relatives", "cousins", "nephews", "sisters", "husbands",
  "fathers", "mothers", "brother", "son", "daughter", "wife", "relative", "cousin", "sister", "husband",
  "father", "mother", "family", NULL
};

/* Words between the copula and who they were: "were formerly opposition members", "are all soldiers". */
static const char * const copula_adverbs[] = {
  "all", "also", "formerly", "reportedly", "mostly", "both", NULL
};

static const char * const copulas[] = {
  "are", "were", "is", "was", NULL
};

/* How many words may name the people after the copula before their noun ("security force members"). */
#define WHO_MODIFIERS 3

static gboolean
word_at (SuggestRun *run,
         guint       j,
         guint       sentence)
{
  return j < run->tokens->len && tok (run, j)->sentence == sentence && (tok (run, j)->flags & TOK_WORD) &&
         !(tok (run, j)->flags & TOK_ARABIC);
}

/* Token @j ends a clause's words: a comma, a full stop, the sentence's end. */
static gboolean
words_end (SuggestRun *run,
           guint       j,
           guint       sentence)
{
  return j >= run->tokens->len || tok (run, j)->sentence != sentence || (tok (run, j)->flags & TOK_PUNCT);
}

/* Whether the words from @j on say who people were: a noun of people after a few modifiers ("engineers",
 * "security force members", "a policeman"), "those of" such a noun ("those of children"), a demonym ("Lebanese"
 * and the clause's end); not kin, not a state ("in a critical condition", "identified as", "aged under four"). */
static gboolean
says_who (SuggestRun *run,
          guint       j,
          guint       sentence)
{
  if (_sitrep_suggest_tok_is (run, j, "those") && _sitrep_suggest_tok_is (run, j + 1, "of"))
    j += 2;
  else if (_sitrep_suggest_tok_is (run, j, "a") || _sitrep_suggest_tok_is (run, j, "an"))
    j++;
  /* "were Lebanese, natives of …", "were Syrian nationals" */
  if (word_at (run, j, sentence) && (tok (run, j)->flags & TOK_CAP) &&
      (words_end (run, j + 1, sentence) || _sitrep_suggest_tok_in (run, j + 1, _sitrep_suggest_figure_victim_nouns)))
    return !_sitrep_suggest_tok_among (run, j + 1, kin_nouns);
  for (guint k = j; k <= j + WHO_MODIFIERS && word_at (run, k, sentence); k++)
    {
      if (_sitrep_suggest_tok_among (run, k, kin_nouns))
        return FALSE;
      if (_sitrep_suggest_tok_in (run, k, _sitrep_suggest_figure_victim_nouns) || _sitrep_suggest_tok_among (run, k, _sitrep_suggest_one_person))
        return _sitrep_suggest_tok_is (run, k, "others") ? FALSE : TRUE;
      /* a word of harm or a preposition: what happened, or a state */
      if (_sitrep_suggest_figure_is_kind_word (run, k) || _sitrep_suggest_tok_is (run, k, "in") ||
          _sitrep_suggest_tok_is (run, k, "under") || _sitrep_suggest_tok_is (run, k, "as"))
        return FALSE;
    }
  return FALSE;
}

/* The token after "N of the <whole>" for the count ending at @num_end ("of", "among", then "the" or
 * "those", a number restating the whole or not, one word more before the whole's word of harm: "of
 * the injured civilians", "of the bodies shown"); the kind of the whole's word in *@kind; 0 if the count
 * is no such part. */
static guint
part_of_whole (SuggestRun        *run,
               guint              num_end,
               SitrepSuggestKind *kind)
{
  guint sentence = tok (run, num_end)->sentence, j = num_end + 1;
  gboolean found;

  if (!_sitrep_suggest_tok_is (run, j, "of") && !_sitrep_suggest_tok_is (run, j, "among"))
    return 0;
  j++;
  if (!_sitrep_suggest_tok_is (run, j, "the") && !_sitrep_suggest_tok_is (run, j, "those"))
    return 0;
  j++;
  if (j < run->tokens->len && _sitrep_suggest_is_number_anchor (run, j))
    j = _sitrep_suggest_figure_number_end (run, j) + 1;
  if (!word_at (run, j, sentence) || !_sitrep_suggest_tok_among (run, j, whole_words))
    return 0;
  *kind = _sitrep_suggest_figure_kind_of (run, j, &found);
  if (!found)
    return 0;
  j++;
  /* "of the bodies shown were": one word of theirs before the copula */
  if (word_at (run, j, sentence) && !_sitrep_suggest_tok_among (run, j, copulas) && !_sitrep_suggest_tok_is (run, j, "and") &&
      !(tok (run, j)->flags & TOK_CAP) && _sitrep_suggest_tok_among (run, j + 1, copulas))
    j++;
  return j;
}

/* Whether the count ending at @num_end is a part of people counted before that says who they were, its
 * kind the whole's (in *@kind). Parts joined by "and" share their copula: "One of those killed and four of
 * the injured are …". */
/* How many tokens before a part the fronted whole may start. */
#define FRONTED_BEFORE 24

/* The whole told first, at the sentence's start, before the parts that say who they were: "Of those killed, 682
 * were civilians …, while 410 were members of …", "Of the 30 people killed, 12 were children". @num_end ends the
 * part's count; the token after it (its copula) is returned, 0 if there is no such whole. */
static guint
fronted_whole (SuggestRun        *run,
               guint              num_end,
               SitrepSuggestKind *kind)
{
  guint sentence = tok (run, num_end)->sentence, first = num_end, j;
  gboolean found;

  if (num_end + 1 >= run->tokens->len || !_sitrep_suggest_tok_among (run, num_end + 1, copulas))
    return 0;
  while (first > 0 && _sitrep_suggest_is_number_anchor (run, first - 1))
    first--;
  if (first < 4 || !(_sitrep_suggest_tok_is (run, first - 1, "while") || _sitrep_suggest_tok_is (run, first - 1, "and") ||
                     ((tok (run, first - 1)->flags & TOK_PUNCT) && run->text[tok (run, first - 1)->start] == ',')))
    return 0;
  for (j = first - 1; j > 0 && j + FRONTED_BEFORE > first && tok (run, j - 1)->sentence == sentence; j--)
    ;
  if (!_sitrep_suggest_tok_is (run, j, "of") || !(_sitrep_suggest_tok_is (run, j + 1, "the") || _sitrep_suggest_tok_is (run, j + 1, "those")))
    return 0;
  for (j += 2; j < first; j++)
    {
      if ((tok (run, j)->flags & TOK_PUNCT) || _sitrep_suggest_tok_among (run, j, copulas))
        return 0;
      if (_sitrep_suggest_tok_among (run, j, whole_words) && (tok (run, j + 1)->flags & TOK_PUNCT) &&
          run->text[tok (run, j + 1)->start] == ',')
        {
          *kind = _sitrep_suggest_figure_kind_of (run, j, &found);
          return found ? num_end + 1 : 0;
        }
    }
  return 0;
}

gboolean
_sitrep_suggest_figure_partitive_who (SuggestRun        *run,
                                      guint              num_end,
                                      SitrepSuggestKind *kind)
{
  guint sentence = tok (run, num_end)->sentence, j;
  SitrepSuggestKind other;

  if ((j = part_of_whole (run, num_end, kind)) == 0 && (j = fronted_whole (run, num_end, kind)) == 0)
    return FALSE;
  /* "… and four of the injured": the next part, to the copula they share */
  for (guint step = 0; step < 3 && _sitrep_suggest_tok_is (run, j, "and") && j + 1 < run->tokens->len &&
                       _sitrep_suggest_is_number_anchor (run, j + 1); step++)
    {
      guint next = part_of_whole (run, _sitrep_suggest_figure_number_end (run, j + 1), &other);

      if (next == 0)
        return FALSE;
      j = next;
    }
  if (!word_at (run, j, sentence) || !_sitrep_suggest_tok_among (run, j, copulas))
    return FALSE;
  j++;
  while (word_at (run, j, sentence) && _sitrep_suggest_tok_among (run, j, copula_adverbs))
    j++;
  return says_who (run, j, sentence);
}

/* Whether the count at @from restates the whole of such a part right before it ("the six" of "Two of the
 * six killed were engineers"): counted before, not more. */
gboolean
_sitrep_suggest_figure_partitive_whole (SuggestRun *run,
                                        guint       from)
{
  SitrepSuggestKind kind;

  return from >= 3 && (_sitrep_suggest_tok_is (run, from - 1, "the") || _sitrep_suggest_tok_is (run, from - 1, "those")) &&
         (_sitrep_suggest_tok_is (run, from - 2, "of") || _sitrep_suggest_tok_is (run, from - 2, "among")) &&
         _sitrep_suggest_is_number_anchor (run, from - 3) && _sitrep_suggest_figure_partitive_who (run, from - 3, &kind);
}

/* sitrep-suggest-figures-places-tally.c — a figure over several places where the harm was is a tally (the gold's
 * aggregate), not one incident's: "hit two villages", "an assault on two southern towns", "the villages of Dama
 * and Ereiqa" (issue 11, session 39; asked by sitrep-suggest-figures-toll.c)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include "sitrep-suggest-private.h"

/* Places in the plural that a count of two or more, or two names after "of", make several: "on two southern
 * towns", "hit two villages", "the villages of Dama and Ereiqa" — where the harm was, a tally over them (the
 * gold's aggregate), not one incident's. */
static const char * const several_place_nouns[] = {
  "villages", "towns", "cities", "provinces", "neighborhoods", "neighbourhoods", "districts", "governorates", NULL
};
/* Words before "two villages" that make them where the harm was. */
static const char * const where_harm_words[] = {
  "on", "in", "across", "at", "within", "throughout", "around", "over", "against", "attacked", "attacking",
  "hit", "struck", "targeted", "shelled", "hitting", "striking", "targeting",
  "shelling", NULL
};
/* One incident, told with "a" or "an" before it or its adjective. */
static const char * const one_attack_nouns[] = {
  "attack", "bombardment", "strike", "airstrike", "raid", "bombing", "explosion", "blast", "ambush", "assault",
  "shelling", NULL
};
/* How many words after "of" the names of such places may take before their "and". */
#define PLACE_NAMES_AND 4

gboolean
_sitrep_suggest_figure_several_places (SuggestRun *run,
                                       guint       j)
{
  guint sentence = tok (run, j)->sentence;

  if (!_sitrep_suggest_tok_among (run, j, several_place_nouns))
    return FALSE;
  /* "two villages", "two southern towns" (not "one of the villages") */
  for (guint k = j; k > 0 && k + 2 >= j; k--)
    {
      if (_sitrep_suggest_is_number_anchor (run, k - 1))
        {
          /* where the harm was: "on the two villages", "hit two villages" (not "gunmen from two villages") */
          guint w = k >= 3 && _sitrep_suggest_tok_is (run, k - 2, "the") ? k - 3 : k - 2;

          return k >= 2 && !_sitrep_suggest_tok_is (run, k - 1, "one") && !_sitrep_suggest_tok_is (run, k - 1, "a") &&
                 _sitrep_suggest_tok_among (run, w, where_harm_words);
        }
      if (!(tok (run, k - 1)->flags & TOK_WORD) || (tok (run, k - 1)->flags & TOK_CAP))
        break;
    }
  /* "the villages of Dama and Ereiqa": names, then "and" and another name; not after one incident told
   * with "a" ("in an aerial bombardment … on the villages of A and B": one incident, as the gold has it) */
  if (!_sitrep_suggest_tok_is (run, j + 1, "of") || j + 2 >= run->n_tokens || !(tok (run, j + 2)->flags & TOK_CAP))
    return FALSE;
  for (guint k = j; k > 0 && tok (run, k - 1)->sentence == sentence; k--)
    {
      if (_sitrep_suggest_tok_among (run, k - 1, one_attack_nouns) && k >= 2 &&
          (_sitrep_suggest_tok_is (run, k - 2, "a") || _sitrep_suggest_tok_is (run, k - 2, "an") ||
           (k >= 3 && (_sitrep_suggest_tok_is (run, k - 3, "a") || _sitrep_suggest_tok_is (run, k - 3, "an")))))
        return FALSE;
    }
  for (guint k = j + 3; k < run->n_tokens && k <= j + 2 + PLACE_NAMES_AND && tok (run, k)->sentence == sentence; k++)
    {
      if (_sitrep_suggest_tok_is (run, k, "and"))
        return k + 1 < run->n_tokens && (tok (run, k + 1)->flags & TOK_CAP) && (tok (run, k + 1)->flags & TOK_WORD);
      if (!(tok (run, k)->flags & TOK_CAP) && !(tok (run, k)->flags & TOK_HYPHEN) && !_sitrep_suggest_tok_is (run, k, "al"))
        return FALSE;
    }
  return FALSE;
}

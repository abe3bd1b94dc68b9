/* sitrep-suggest-figures-ar-subject.c — Arabic casualty figures whose people stand before the word that says
 * what happened to them: a subject before its verb, the one harmed before the state he fell in ("سقط شرطي
 * قتيلا")
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-suggest-arabic.h"
#include "sitrep-suggest-private.h"

/* The words after which a subject opens before its verb: "that" ("أن شخصين قتلا") and "was" ("وكان شخصان
 * قُتلا", the past before a report's own day). */
static const char * const ar_subject_openers[] = {
  "إن", "أن", "بأن", "وإن", "وأن", "كان", "وكان", "فكان", NULL
};

/* Whether a subject may open at Arabic token @noun: the first word of its sentence, or after a word of
 * ar_subject_openers (and a quote mark or "«"). */
gboolean
_sitrep_suggest_figure_ar_subject_opens (SuggestRun *run,
                                         guint       noun)
{
  guint k = noun - 1;

  if (noun == 0 || tok (run, k)->sentence != tok (run, noun)->sentence)
    return TRUE;
  /* (the guillemet Arabic outlets quote with: "إن «شخصين قتلا") */
  if ((_sitrep_suggest_is_quote_mark (run, k) || _sitrep_suggest_has_prefix (run->text + tok (run, k)->start, "«")) && k > 0)
    k--;
  return _sitrep_suggest_ar_token_is (run, k, ar_subject_openers);
}

/* The state of one dead or hurt in the accusative after his noun ("سقط شرطي قتيلا", "أردى مسلحون مختار القرية
 * قتيلا", "سقط الشاب جريحا"), bare of the tanween's mark. */
static const char * const ar_state_dead[] = {
  "قتيلا", "صريعا", NULL
};
static const char * const ar_state_hurt[] = {
  "جريحا", NULL
};

/* How many words before the state its person may stand (his noun and a genitive or an adjective after it). */
#define AR_STATE_BEFORE 3

/* Token @i is an Arabic word: when it is the state of one dead or hurt after the noun of a person within
 * AR_STATE_BEFORE Arabic words of its sentence with no count between, proposes him (or the two of a dual).
 * Whether it did. */
gboolean
_sitrep_suggest_figure_ar_state_one (SuggestRun *run,
                                     guint       i)
{
  SitrepSuggestKind kind;
  SitrepSuggestion *s;

  if (_sitrep_suggest_ar_token_is (run, i, ar_state_dead))
    kind = SITREP_SUGGEST_KILLED;
  else if (_sitrep_suggest_ar_token_is (run, i, ar_state_hurt))
    kind = SITREP_SUGGEST_WOUNDED;
  else
    return FALSE;
  for (guint j = i; j > 0 && j + AR_STATE_BEFORE > i; j--)
    {
      const SuggestToken *t = tok (run, j - 1);
      guint last, persons;

      if (t->sentence != tok (run, i)->sentence || !(t->flags & TOK_ARABIC) || _sitrep_suggest_is_number_anchor (run, j - 1))
        return FALSE;
      if (!_sitrep_suggest_figure_ar_persons (run, j - 1, &last, &persons))
        continue;
      s = _sitrep_suggest_add (run, kind, j - 1, i);
      s->figure.count = s->figure.low = s->figure.high = persons;
      s->figure.qualifier = SITREP_QUALIFIER_EXACT;
      s->score = 0.55;
      return TRUE;
    }
  return FALSE;
}

/* sitrep-suggest-figures-pronoun.c — one person told of before, harmed in a later clause with "he" or "she" as its
 * subject ("Adnan Salim left his house early on Monday. He was shot dead at a checkpoint", "The injured soldier was
 * evacuated to a hospital, where he later died of his wounds", "… only hours after he was abducted") and "his body"
 * found after he was taken ("An engineer was abducted on Sunday. His body was found two days later") (issue 11,
 * session 42)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-figures-person.h"

/* How many sentences back a figure of one person of the same kind is the pronoun's own, told again ("X was killed
 * … . He died there."). */
#define SAME_PERSON_SENTENCES 2

static const char * const subject_pronouns[] = {
  "he", "she", NULL
};
static const char * const object_possessives[] = {
  "his", "her", NULL
};

/* Whether a pronoun's harm of @kind at sentence @sentence is new: no figure of one person of that kind was proposed
 * in the sentences right before (else it is most often the same person told again). The first figure back decides:
 * "was wounded … . He died of his wounds" is a death after the wounding. */
static gboolean
new_harm (SuggestRun        *run,
          SitrepSuggestKind  kind,
          guint              sentence)
{
  for (guint k = run->out->len; k > 0; k--)
    {
      const SitrepSuggestion *s = run->out->pdata[k - 1];

      if (!sitrep_suggest_kind_is_figure (s->kind))
        continue;
      return !(s->kind == kind && s->figure.count == 1 && s->sentence + SAME_PERSON_SENTENCES >= sentence);
    }
  return TRUE;
}

/* Whether a person may have been told of before token @i: words before it in its text (a pronoun that opens a text
 * has no one to stand for). */
static gboolean
told_before (SuggestRun *run,
             guint       i)
{
  return i >= 3;
}

/* Whether token @j is a year: four digits from 1900 to 2099. */
static gboolean
is_year (SuggestRun *run,
         guint       j)
{
  const SuggestToken *t = tok (run, j);
  const char *p = run->text + t->start;

  return (t->flags & TOK_NUMBER) && t->end - t->start == 4 && ((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0')) &&
         g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]);
}

/* The subject of "was" (or of "died") at token @was is "he" or "she", standing for one person told of before, and
 * the harm of @kind is not his figure told again: *@first = *@last = the pronoun. */
gboolean
_sitrep_suggest_one_pronoun_subject (SuggestRun        *run,
                                     guint              was,
                                     SitrepSuggestKind  kind,
                                     guint             *first,
                                     guint             *last)
{
  guint p = was - 1;

  if (was == 0 || !(tok (run, p)->flags & TOK_WORD) || !_sitrep_suggest_tok_among (run, p, subject_pronouns) ||
      tok (run, p)->sentence != tok (run, was)->sentence || !told_before (run, p) || !new_harm (run, kind, tok (run, p)->sentence))
    return FALSE;
  /* "after he was kidnapped with his father and brother": more than him, no figure of one; "He was wounded in 2014 in
   * Mosul": a profile's past, not the report's harm */
  for (guint k = was + 1; k < run->n_tokens && k <= was + 6 && tok (run, k)->sentence == tok (run, was)->sentence; k++)
    {
      if (_sitrep_suggest_tok_is (run, k, "with") && k + 1 < run->n_tokens && _sitrep_suggest_tok_among (run, k + 1, object_possessives))
        return FALSE;
      if ((_sitrep_suggest_tok_is (run, k, "in") || _sitrep_suggest_tok_is (run, k, "since")) && k + 1 < run->n_tokens &&
          is_year (run, k + 1))
        return FALSE;
    }
  *first = *last = p;
  return TRUE;
}

/* Token @i is "body" after "his" or "her", found ("His body was found two days later near Baiji"), of one person told
 * of before who was not counted dead in the sentences right before: *@first = *@last = the possessive. */
gboolean
_sitrep_suggest_one_pronoun_body (SuggestRun *run,
                                  guint       i,
                                  guint      *first)
{
  guint v = i + 1;

  if (i == 0 || !_sitrep_suggest_tok_among (run, i - 1, object_possessives) || tok (run, i - 1)->sentence != tok (run, i)->sentence)
    return FALSE;
  /* "was found", "was later found", "has been recovered" */
  if (v < run->n_tokens && (_sitrep_suggest_tok_is (run, v, "was") || _sitrep_suggest_tok_is (run, v, "has") || _sitrep_suggest_tok_is (run, v, "had")))
    v++;
  if (v < run->n_tokens && _sitrep_suggest_tok_is (run, v, "been"))
    v++;
  if (v < run->n_tokens && (_sitrep_suggest_tok_is (run, v, "later") || _sitrep_suggest_tok_is (run, v, "also")))
    v++;
  if (v == i + 1 || v >= run->n_tokens || tok (run, v)->sentence != tok (run, i)->sentence ||
      !(_sitrep_suggest_tok_is (run, v, "found") || _sitrep_suggest_tok_is (run, v, "recovered") ||
        _sitrep_suggest_tok_is (run, v, "discovered") || _sitrep_suggest_tok_is (run, v, "retrieved")))
    return FALSE;
  if (!told_before (run, i - 1) || !new_harm (run, SITREP_SUGGEST_KILLED, tok (run, i)->sentence))
    return FALSE;
  *first = i - 1;
  return TRUE;
}

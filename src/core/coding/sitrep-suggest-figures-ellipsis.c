/* sitrep-suggest-figures-ellipsis.c — a count in a clause without a verb, which takes the verb of the
 * figure or sentence before: "… were captured. The last eleven just a few hours ago.", "and two more on
 * Tuesday"
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"

/* Before a count, the words that say it goes on from people counted before:
 * "the last eleven", "another five", "a further 12", "the remaining three". */
static const char * const go_on_before[] = {
  "last", "another", "further", "remaining", "other", "more", NULL
};

/* The words a clause with no verb may hold after its count, besides names,
 * numbers and commas: when and where ("just a few hours ago", "on Tuesday",
 * "in the same area"), and the people ("of them"). */
static const char * const verbless_words[] = {
  "just", "a", "an", "the", "few", "several", "hours", "hour", "days", "day", "minutes", "weeks",
  "week", "months", "ago", "earlier", "later", "yesterday", "today", "tonight", "on", "in", "at",
  "near", "of", "this", "that", "same", "morning", "afternoon", "evening", "night", "too", "also",
  "only", "them", "then", "before", "after", "more", "alone", "last", "next", "by", "from",
  "north", "south", "east", "west", "outside", "inside", "around", "during", "area", "village",
  "town", "city", "province", "countryside", "people", "civilians", "soldiers", "fighters",
  "militants", "others", "men", "women", "children", NULL
};

/* Whether tokens after @num_end to the end of the sentence hold no verb: only
 * verbless_words, capitalised words, numbers and commas. */
static gboolean
rest_is_verbless (SuggestRun *run,
                  guint       num_end)
{
  guint sentence = tok (run, num_end)->sentence;

  for (guint j = num_end + 1; j < run->n_tokens && tok (run, j)->sentence == sentence; j++)
    {
      const SuggestToken *t = tok (run, j);

      if (t->flags & (TOK_NUMBER | TOK_CAP))
        continue;
      if (t->flags & TOK_PUNCT)
        {
          if (strchr (",.!", run->text[t->start]) == NULL)
            return FALSE;
          continue;
        }
      if (!_sitrep_suggest_tok_among (run, j, verbless_words))
        return FALSE;
    }
  return TRUE;
}

/* The kind of the last casualty word (a verb or "dead") of sentence
 * @sentence, in the same paragraph as token @before_first + 1. */
static gboolean
kind_of_sentence (SuggestRun        *run,
                  guint              first,
                  SitrepSuggestKind *kind)
{
  guint paragraph = tok (run, first)->paragraph;
  guint sentence = tok (run, first)->sentence;

  for (guint j = first; j > 0 && tok (run, j - 1)->paragraph == paragraph && tok (run, j - 1)->sentence + 1 >= sentence; j--)
    {
      gboolean found;
      SitrepSuggestKind k;

      if (tok (run, j - 1)->sentence == sentence)
        continue;
      k = _sitrep_suggest_figure_kind_of (run, j - 1, &found);
      if (found && _sitrep_suggest_figure_cue_ok (run, j - 1, FALSE))
        {
          *kind = k;
          return TRUE;
        }
    }
  return FALSE;
}

/* Whether token @first opens the entry of a daily list after its place's name and a colon, at its paragraph's
 * start: "Madain: 1 by gunmen." (Iraq Body Count's lists). */
static gboolean
entry_start (SuggestRun *run,
             guint       first)
{
  guint paragraph = tok (run, first)->paragraph, j = first - 1;

  if (first < 2 || !(tok (run, j)->flags & TOK_PUNCT) || run->text[tok (run, j)->start] != ':')
    return FALSE;
  for (; j > 0 && tok (run, j - 1)->paragraph == paragraph && j + 6 > first; j--)
    {
      const SuggestToken *t = tok (run, j - 1);

      /* "Sab'a al'Qasr": a name's words, its hyphens and apostrophes */
      if (!(t->flags & (TOK_CAP | TOK_NUMBER | TOK_HYPHEN)) && !((t->flags & TOK_PUNCT) && run->text[t->start] == '\'') &&
          !(t->flags & TOK_WORD && t->space_before == 0))
        return FALSE;
    }
  return j + 1 < first && (j == 0 || tok (run, j - 1)->paragraph != paragraph);
}

/* "Thursday 19 July: 6 killed\n\nBaghdad: 1 killed by gunmen.\n\nMadain: 1 by gunmen.": a list's entry with no
 * verb, its count, at most one noun of people, then "by" the doers, takes the kind of the entry before it, a
 * figure at its own paragraph's start a few paragraphs before. */
static gboolean
list_entry (SuggestRun        *run,
            guint              first,
            guint              num_end,
            SitrepSuggestKind *kind)
{
  guint j = num_end + 1;

  if (!entry_start (run, first))
    return FALSE;
  if (j < run->n_tokens && (tok (run, j)->flags & TOK_WORD) && !(tok (run, j)->flags & TOK_CAP) &&
      !_sitrep_suggest_tok_is (run, j, "by"))
    j++;
  if (!_sitrep_suggest_tok_is (run, j, "by") || tok (run, j)->sentence != tok (run, first)->sentence)
    return FALSE;
  for (guint k = run->out->len; k > 0; k--)
    {
      SitrepSuggestion *s = run->out->pdata[k - 1];
      guint at = _sitrep_suggest_token_holding (run, s->byte_start);

      if (!sitrep_suggest_kind_is_figure (s->kind))
        continue;
      if (s->paragraph + 3 < tok (run, first)->paragraph || !entry_start (run, at))
        return FALSE;
      *kind = s->kind;
      return TRUE;
    }
  return FALSE;
}

/* Whether the count @first … @num_end stands in a clause with no verb that
 * goes on from people counted before ("The last eleven just a few hours
 * ago.", "and two more on Tuesday"): the kind of the figure before it in
 * its sentence after "and", else of the sentence before. */
gboolean
_sitrep_suggest_figure_elliptical (SuggestRun        *run,
                                   guint              first,
                                   guint              num_end,
                                   SitrepSuggestKind *kind)
{
  guint sentence = tok (run, first)->sentence;
  guint start = first;
  gsize len_before = first > 0 ? tok (run, first - 1)->end - tok (run, first - 1)->start : 0;
  /* Cheap first, as most counts asked are no figure: "more" has four letters, go_on_before's words 4 to 9. */
  gboolean more = num_end + 1 < run->n_tokens && tok (run, num_end + 1)->end - tok (run, num_end + 1)->start == 4 &&
                  _sitrep_suggest_tok_is (run, num_end + 1, "more");

  if (len_before >= 4 && len_before <= 9 && tok (run, first - 1)->sentence == sentence &&
      _sitrep_suggest_tok_among (run, first - 1, go_on_before))
    start = first - 1;
  else if (!more)
    return len_before == 1 && list_entry (run, first, num_end, kind);
  if (!rest_is_verbless (run, num_end))
    return FALSE;
  /* "and two more on Tuesday": the figure before in the sentence */
  if (start > 0 && tok (run, start - 1)->sentence == sentence && _sitrep_suggest_tok_is (run, start - 1, "and"))
    {
      for (guint k = run->out->len; k > 0; k--)
        {
          SitrepSuggestion *s = run->out->pdata[k - 1];

          if (s->kind != SITREP_SUGGEST_KILLED && s->kind != SITREP_SUGGEST_WOUNDED &&
              s->kind != SITREP_SUGGEST_CAPTURED && s->kind != SITREP_SUGGEST_MISSING)
            continue;
          if (s->sentence != sentence)
            return FALSE;
          *kind = s->kind;
          return TRUE;
        }
      return FALSE;
    }
  /* "The last eleven just a few hours ago.": a sentence of its own */
  for (guint j = start; j > 0 && tok (run, j - 1)->sentence == sentence; j--)
    {
      if (!_sitrep_suggest_tok_is (run, j - 1, "the") && !_sitrep_suggest_tok_is (run, j - 1, "a"))
        return FALSE;
    }
  return kind_of_sentence (run, first, kind);
}

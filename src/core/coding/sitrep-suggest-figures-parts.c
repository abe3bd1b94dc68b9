/* sitrep-suggest-figures-parts.c — the parts of a figure told with no verb of their own, wherever the sentence
 * puts them: items of a bulleted list after the figure's colon ("left 62 fatalities:" then "• 41 members of
 * SDF …", "• Six ISIS members."), a breakdown set beside the figure after a comma ("wounded four people, two
 * policemen and two civilians, …"), and a bare count of where or by whom some were, before another clause's
 * verb ("killed five people in one house, three in a second and wounded five in the third") (issue 11,
 * session 40)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"

/* How many tokens before a bulleted item its list's colon may stand (the items before it included). */
#define BULLETS_BEFORE 160
/* How many words may stand between a figure and the colon before its list. */
#define HEAD_COLON_AFTER 4
/* How many words may stand between a figure and the comma before a bare count of where some were. */
#define WHERE_GAP 6
/* How many words about a figure's people may stand between them and the comma before the next group of its list. */
#define APPOSED_GAP 10

/* Words that start another clause. */
static const char * const clause_starts[] = {
  "and", "but", "while", "whereas", NULL
};

/* Marks that start an item of a list, one a line. */
static const char * const bullet_marks[] = {
  "•", "·", "▪", "◦", "‣", "*", "-", "–", "—", NULL
};

static gboolean
is_mark (SuggestRun *run,
         guint       j,
         char        c)
{
  return (tok (run, j)->flags & TOK_PUNCT) && run->text[tok (run, j)->start] == c;
}

/* Whether a line break stands between token @j and the one before it. */
static gboolean
line_before (SuggestRun *run,
             guint       j)
{
  if (j == 0)
    return TRUE;
  for (guint32 b = tok (run, j - 1)->end; b < tok (run, j)->start; b++)
    if (run->text[b] == '\n')
      return TRUE;
  return FALSE;
}

static gboolean
is_bullet (SuggestRun *run,
           guint       j)
{
  const SuggestToken *t = tok (run, j);

  if (!(t->flags & TOK_PUNCT) || !line_before (run, j))
    return FALSE;
  for (guint k = 0; bullet_marks[k] != NULL; k++)
    if (t->end - t->start == strlen (bullet_marks[k]) && memcmp (run->text + t->start, bullet_marks[k], t->end - t->start) == 0)
      return TRUE;
  return FALSE;
}

/* The figure proposed last whose last token is in @lo … @hi, or NULL. */
static SitrepSuggestion *
figure_ending_in (SuggestRun *run,
                  guint       lo,
                  guint       hi)
{
  for (guint k = run->out->len; k > 0; k--)
    {
      SitrepSuggestion *s = run->out->pdata[k - 1];
      guint end;

      if (!sitrep_suggest_kind_is_figure (s->kind))
        continue;
      end = _sitrep_suggest_token_holding (run, s->byte_end - 1);
      if (end < lo)
        return NULL;
      if (end <= hi)
        return s;
    }
  return NULL;
}

/* The colon that ends the line before the first item of the list the bullet at @bullet is in, or 0. */
static guint
list_colon (SuggestRun *run,
            guint       bullet)
{
  for (guint j = bullet; j > 0 && j + BULLETS_BEFORE > bullet; j--)
    {
      if (!line_before (run, j))
        continue;
      if (!is_bullet (run, j))
        return 0;
      if (is_mark (run, j - 1, ':'))
        return j - 1;
    }
  return 0;
}

static gboolean
bullet_part (SuggestRun        *run,
                                    guint              from,
                                    SitrepSuggestKind *kind,
                                    SitrepSuggestion **whole)
{
  guint colon;
  SitrepSuggestion *head;

  if (from == 0 || !is_bullet (run, from - 1) || (colon = list_colon (run, from - 1)) < 2)
    return FALSE;
  head = figure_ending_in (run, colon > HEAD_COLON_AFTER ? colon - HEAD_COLON_AFTER : 0, colon - 1);
  if (head == NULL)
    return FALSE;
  *kind = head->kind;
  *whole = head;
  return TRUE;
}

/* Whether the tokens @lo … @hi, after the people of a figure, only say more about them ("of the Iraqi army",
 * "in the town of Saraqeb", "(Asayish) in Raqqa"): no mark but brackets and glued hyphens, no number, no word of
 * harm, no word that starts another clause. */
static gboolean
only_their_words (SuggestRun *run,
                  guint       lo,
                  guint       hi)
{
  for (guint m = lo; m <= hi; m++)
    {
      const SuggestToken *t = tok (run, m);
      gboolean cue;

      if ((t->flags & TOK_PUNCT) && !is_mark (run, m, '(') && !is_mark (run, m, ')') &&
          !((t->flags & TOK_HYPHEN) && t->space_before == 0))
        return FALSE;
      if (_sitrep_suggest_is_number_anchor (run, m) || _sitrep_suggest_tok_among (run, m, _sitrep_suggest_figure_clause_words) ||
          _sitrep_suggest_tok_among (run, m, clause_starts))
        return FALSE;
      _sitrep_suggest_figure_kind_of (run, m, &cue);
      if (cue)
        return FALSE;
    }
  return TRUE;
}

/* Whether the count at @from, with the people counted after it and no verb of their own (@after), is a
 * breakdown set beside the figure before it after a comma, or the next of a list of groups it heads: "wounded
 * four people, two policemen and two civilians, the official said", "killed 23 soldiers of the Iraqi army, 15
 * members of the Popular Mobilisation Forces and six tribal fighters". Only a list ("… and two civilians") is
 * one; between the figure's people and the comma only words about them (only_their_words ()). */
static gboolean
apposed_part (SuggestRun        *run,
                                     guint              from,
                                     const AfterWords  *after,
                                     SitrepSuggestKind *kind,
                                     SitrepSuggestion **whole)
{
  SitrepSuggestion *s;
  guint end;

  if (from < 2 || !is_mark (run, from - 1, ',') || !after->have_victim || after->found || after->other_word ||
      after->and_next == 0)
    return FALSE;
  s = figure_ending_in (run, from > APPOSED_GAP + 2 ? from - APPOSED_GAP - 2 : 0, from - 2);
  if (s == NULL || s->sentence != tok (run, from)->sentence)
    return FALSE;
  end = _sitrep_suggest_token_holding (run, s->byte_end - 1);
  if (end + 2 < from && !only_their_words (run, end + 1, from - 2))
    return FALSE;
  *kind = s->kind;
  *whole = s;
  return TRUE;
}

/* Prepositions of where, when or by whom some of the people counted were. */
static const char * const where_words[] = {
  "in", "at", "on", "by", "from", "near", NULL
};

/* Whether the bare count @from … @num_end after a comma ("three in a second") tells where some of the people
 * of the figure just before were, and the word of harm after it is another clause's ("… and wounded five in
 * the third"): the count takes the figure's kind (*@kind), not that word's. */
static gboolean
bare_where (SuggestRun        *run,
                                   guint              from,
                                   guint              num_end,
                                   SitrepSuggestKind *kind,
                                   SitrepSuggestion **whole)
{
  guint sentence = tok (run, from)->sentence, j;
  SitrepSuggestion *s;
  gboolean found;

  if (from < 2 || !is_mark (run, from - 1, ',') || num_end + 2 >= run->n_tokens || !_sitrep_suggest_tok_in (run, num_end + 1, where_words))
    return FALSE;
  /* the word of harm after it comes after "and": another clause's */
  for (j = num_end + 2; j < run->n_tokens && j <= num_end + FIGURE_CUE_AFTER && tok (run, j)->sentence == sentence; j++)
    {
      if (_sitrep_suggest_tok_in (run, j, clause_starts) || (tok (run, j)->flags & TOK_PUNCT))
        break;
      _sitrep_suggest_figure_kind_of (run, j, &found);
      if (found || _sitrep_suggest_is_number_anchor (run, j))
        return FALSE;
    }
  if (!(j < run->n_tokens && tok (run, j)->sentence == sentence && (_sitrep_suggest_tok_in (run, j, clause_starts) || is_mark (run, j, ','))))
    return FALSE;
  /* the figure before ends a few words before the comma, with no other clause between */
  s = figure_ending_in (run, from > WHERE_GAP + 1 ? from - WHERE_GAP - 1 : 0, from - 2);
  if (s == NULL || s->sentence != sentence)
    return FALSE;
  for (guint m = _sitrep_suggest_token_holding (run, s->byte_end - 1) + 1; m + 1 < from; m++)
    if (_sitrep_suggest_tok_among (run, m, _sitrep_suggest_figure_clause_words) || (tok (run, m)->flags & TOK_PUNCT))
      return FALSE;
  *kind = s->kind;
  *whole = s;
  return TRUE;
}

/* Prepositions of where before the place some of the people counted were at. */
static const char * const place_preps[] = {
  "in", "at", "near", "along", "outside", "inside", NULL
};

/* Words of the state some of them are in, not of where: "in critical condition", "in intensive care". */
static const char * const state_words[] = {
  "condition", "conditions", "state", "care", "coma", "hospital", "hospitals", "danger", "shock", "treatment", NULL
};

/* How many words after its preposition a word of state may stand ("in a critical but stable condition"). */
#define STATE_AFTER 5

/* Whether a participle of no harm before where stands at @j ("including 12 dumped near a landfill"). */
static gboolean
participle_before_where (SuggestRun *run,
                         guint       j)
{
  const SuggestToken *t = tok (run, j);

  return (t->flags & TOK_WORD) && !(t->flags & TOK_CAP) && t->end - t->start > 4 && memcmp (run->text + t->end - 2, "ed", 2) == 0 &&
         j + 2 < run->n_tokens && _sitrep_suggest_tok_among (run, j + 1, place_preps) && !_sitrep_suggest_figure_is_kind_word (run, j);
}

gboolean
_sitrep_suggest_figure_how_part (SuggestRun *run,
                                 guint       j)
{
  return j + 1 < run->n_tokens && ((_sitrep_suggest_tok_is (run, j, "under") && _sitrep_suggest_tok_is (run, j + 1, "torture")) ||
                                   participle_before_where (run, j));
}

gboolean
_sitrep_suggest_figure_where_part (SuggestRun *run,
                                   guint       j)
{
  guint n = run->n_tokens, sentence;

  if (_sitrep_suggest_tok_is (run, j, "just") || _sitrep_suggest_tok_is (run, j, "only"))
    j++;
  if (j + 1 >= n || tok (run, j + 1)->sentence != (sentence = tok (run, j)->sentence))
    return FALSE;
  /* "three at the hands of regime forces", "and 7 under torture": by whom, how */
  if (_sitrep_suggest_tok_is (run, j, "under") && _sitrep_suggest_tok_is (run, j + 1, "torture"))
    return TRUE;
  if (j + 3 < n && _sitrep_suggest_tok_is (run, j, "at") && _sitrep_suggest_tok_is (run, j + 1, "the") &&
      _sitrep_suggest_tok_is (run, j + 2, "hands") && _sitrep_suggest_tok_is (run, j + 3, "of"))
    return TRUE;
  /* "including 12 dumped near a landfill": a participle of no harm before where */
  if (participle_before_where (run, j))
    j++;
  if (j + 1 >= n || !_sitrep_suggest_tok_among (run, j, place_preps) || tok (run, j + 1)->sentence != sentence ||
      !(tok (run, j + 1)->flags & TOK_WORD) || (tok (run, j + 1)->flags & TOK_ARABIC))
    return FALSE;
  /* a place's or a month's name: "in Ramy village", "just in August" */
  if (tok (run, j + 1)->flags & TOK_CAP)
    return TRUE;
  /* "in a village near X", "in the capital"; not "in critical condition" */
  for (guint k = j + 1; k < n && k <= j + STATE_AFTER && tok (run, k)->sentence == sentence && (tok (run, k)->flags & TOK_WORD); k++)
    {
      if (_sitrep_suggest_tok_among (run, k, state_words))
        return FALSE;
      if (_sitrep_suggest_tok_is (run, k, "and") || _sitrep_suggest_is_number_anchor (run, k))
        break;
    }
  return TRUE;
}

/* The kind of the count @from … @num_end from the words after it (@after): its own verb's, or, told with no
 * verb of its own, the figure's before whose part it is (*@whole): a bare count of where some were before
 * another clause's verb, an item of a bulleted list after the figure's colon, a breakdown beside it. */
gboolean
_sitrep_suggest_figure_kind_after (SuggestRun        *run,
                                   guint              from,
                                   guint              num_end,
                                   const AfterWords  *after,
                                   SitrepSuggestKind *kind,
                                   SitrepSuggestion **whole)
{
  if (after->found && !after->have_victim && bare_where (run, from, num_end, kind, whole))
    return TRUE;
  if (after->found)
    {
      *kind = after->kind;
      return TRUE;
    }
  if (_sitrep_suggest_figure_long_subject (run, from, num_end, after, kind))
    return TRUE;
  return after->have_victim && (bullet_part (run, from, kind, whole) || apposed_part (run, from, after, kind, whole));
}

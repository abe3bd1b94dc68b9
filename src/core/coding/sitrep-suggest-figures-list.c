/* sitrep-suggest-figures-list.c — the words between the people a figure counts and what happened to
 * them: an insert between commas, dashes or parentheses ("31 people, including 4 children, 3 women and
 * an elderly man, were killed", "Five soldiers — two of them officers — died"), or a participle's
 * phrase ("four laborers working in a nearby grove died")
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"

/* How many tokens an insert may take, its marks included. */
#define INSERT_MAX 24
/* How many words a participle's phrase may take. */
#define PHRASE_MAX 8

/* What happened to the people, said with no auxiliary (the verb has no object): "— died". */
static const char * const intransitive[] = {
  "died", "perished", "dead", "drowned", "succumbed", NULL
};

/* Whether token @k may stand before the verb after an insert ("…, had also been killed"); *@aux is set
 * when it is an auxiliary. Compared word by word: a short list asked at few tokens. */
static gboolean
verb_before (SuggestRun *run,
             guint       k,
             gboolean   *aux)
{
  if (_sitrep_suggest_tok_in (run, k, _sitrep_suggest_figure_passive_aux) || _sitrep_suggest_tok_is (run, k, "had") ||
      _sitrep_suggest_tok_is (run, k, "have") || _sitrep_suggest_tok_is (run, k, "has"))
    {
      *aux = TRUE;
      return TRUE;
    }
  return _sitrep_suggest_tok_is (run, k, "also") || _sitrep_suggest_tok_is (run, k, "all") ||
         _sitrep_suggest_tok_is (run, k, "later") || _sitrep_suggest_tok_is (run, k, "reportedly") ||
         _sitrep_suggest_tok_is (run, k, "subsequently");
}

/* Whether word token @j (not in capitals) is a participle: "-ed", "-ing", or one of a few irregular ones
 * ("Two other civilians caught in the crossfire"), not one that names the people ("named", "called"). */
static gboolean
is_participle (SuggestRun *run,
               guint       j)
{
  const SuggestToken *t = tok (run, j);
  gsize len = t->end - t->start;

  if (len >= 5 && memcmp (run->text + t->end - 2, "ed", 2) == 0)
    return !_sitrep_suggest_tok_is (run, j, "named") && !_sitrep_suggest_tok_is (run, j, "called") &&
           !_sitrep_suggest_tok_is (run, j, "identified") && !_sitrep_suggest_tok_is (run, j, "nicknamed");
  if (len >= 5 && memcmp (run->text + t->end - 3, "ing", 3) == 0)
    return TRUE;
  return (len == 6 && _sitrep_suggest_tok_is (run, j, "caught")) || (len == 4 && _sitrep_suggest_tok_is (run, j, "held")) ||
         (len == 5 && _sitrep_suggest_tok_is (run, j, "stuck"));
}

/* Whether token @j is a dash that opens or closes an insert: "–", "—", or a hyphen with spaces. */
static gboolean
is_dash (SuggestRun *run,
         guint       j)
{
  const SuggestToken *t = tok (run, j);
  const char *p = run->text + t->start;

  if (!(t->flags & TOK_PUNCT))
    return FALSE;
  if (t->flags & TOK_HYPHEN)
    return t->space_before > 0 && j + 1 < run->n_tokens && tok (run, j + 1)->space_before > 0;
  return (guchar) p[0] == 0xE2 && (_sitrep_suggest_has_prefix (p, "–") || _sitrep_suggest_has_prefix (p, "—"));
}

static gboolean
is_mark (SuggestRun *run,
         guint       j,
         char        c)
{
  return (tok (run, j)->flags & TOK_PUNCT) && run->text[tok (run, j)->start] == c;
}

/* Whether what happened to the people counted follows from token @m on: an auxiliary and any word of
 * what happened ("were killed", "had also been abducted"), or a verb with no object ("died"); not a
 * verb of which they are the subject acting on others ("killed three militants"). */
static gboolean
verb_follows (SuggestRun *run,
              guint       m)
{
  guint sentence = tok (run, m)->sentence;
  gboolean aux = FALSE;

  for (guint k = m; k < run->n_tokens && k <= m + 4 && tok (run, k)->sentence == sentence; k++)
    {
      if (verb_before (run, k, &aux))
        continue;
      if (!(tok (run, k)->flags & TOK_WORD) || !_sitrep_suggest_figure_is_kind_word (run, k))
        return FALSE;
      return (aux && _sitrep_suggest_figure_cue_ok (run, k, FALSE)) || _sitrep_suggest_tok_among (run, k, intransitive);
    }
  return FALSE;
}

/* The token that closes an insert opened by the comma, dash or parenthesis at @j, right after the people
 * counted, when what happened to them follows it; @j when there is none. Across commas a list runs on to
 * the comma the verb follows ("…, including army, police, and Peshmerga, had been killed"). */
guint
_sitrep_suggest_figure_insert_end (SuggestRun *run,
                                   guint       j)
{
  guint sentence = tok (run, j)->sentence;
  gboolean dash = is_dash (run, j), paren = is_mark (run, j, '('), comma = is_mark (run, j, ',');

  if (!dash && !paren && !comma)
    return j;
  for (guint k = j + 1; k + 1 < run->n_tokens && k <= j + INSERT_MAX && tok (run, k + 1)->sentence == sentence; k++)
    {
      const SuggestToken *t = tok (run, k);

      if (!(t->flags & TOK_PUNCT))
        continue;
      if (is_mark (run, k, ';') || is_mark (run, k, ':') || (!paren && is_mark (run, k, '(')))
        return j;
      if (paren ? is_mark (run, k, ')') : (is_dash (run, k) || is_mark (run, k, ',')))
        {
          if (verb_follows (run, k + 1))
            return k;
          /* a dash's insert, or a parenthesis, ends at its closing mark */
          if (paren || (dash && is_dash (run, k)))
            return j;
        }
    }
  return j;
}

/* Whether token @j, right after the people counted, starts a participle's phrase about them ("working in
 * a nearby palm grove", "gathered at the market"); *@verb is the word of what happened after it, which
 * must follow within a few words with no mark, number or other clause between. */
gboolean
_sitrep_suggest_figure_phrase_before_verb (SuggestRun *run,
                                           guint       j,
                                           guint      *verb)
{
  const SuggestToken *t = tok (run, j);
  guint sentence = t->sentence;
  gboolean aux;

  if (!(t->flags & TOK_WORD) || (t->flags & TOK_CAP) || !is_participle (run, j) ||
      _sitrep_suggest_figure_is_kind_word (run, j))
    return FALSE;
  for (guint k = j + 1; k < run->n_tokens && k <= j + PHRASE_MAX && tok (run, k)->sentence == sentence; k++)
    {
      const SuggestToken *w = tok (run, k);
      gboolean kind;

      if (((w->flags & TOK_PUNCT) && !(w->flags & TOK_HYPHEN)) || _sitrep_suggest_is_number_anchor (run, k) ||
          _sitrep_suggest_tok_among (run, k, _sitrep_suggest_figure_clause_words))
        return FALSE;
      kind = !(w->flags & TOK_CAP) && _sitrep_suggest_figure_is_kind_word (run, k);
      if ((kind && _sitrep_suggest_tok_among (run, k, intransitive)) || (!kind && verb_before (run, k, &aux)))
        {
          *verb = k;
          return verb_follows (run, k);
        }
      /* another verb of what happened with no auxiliary: the people are its subject ("… killed three") */
      if (kind)
        return FALSE;
    }
  return FALSE;
}

/* Whether token @j is a dash or an opening parenthesis before a part of the people counted: "Five
 * soldiers — two of them officers — died". */
gboolean
_sitrep_suggest_figure_is_insert_mark (SuggestRun *run,
                                       guint       j)
{
  return (tok (run, j)->flags & TOK_PUNCT) && (is_mark (run, j, '(') || is_dash (run, j));
}

/* How many tokens back from a list's part its "including" may stand. */
#define LIST_BACK 16

/* How many words the people of a list's middle part may take after its count ("five women of varying
 * ages and a man"), and an insert after the part before ("eight officers, including a colonel, four women"). */
#define MIDDLE_WORDS 5

/* Words of where or when that may end a list's last part: "… three civilians in Mosul". */
static const char * const last_part_after[] = {
  "in", "near", "at", "on", "outside", "across", NULL
};

/* Whether token @j opens the next part of a list after "and": a count, or "a"/"an"/"one" (a person). */
static gboolean
opens_part (SuggestRun *run,
            guint       j)
{
  if (j >= run->n_tokens)
    return FALSE;
  if (_sitrep_suggest_tok_is (run, j, "a") || _sitrep_suggest_tok_is (run, j, "an") || _sitrep_suggest_tok_is (run, j, "one"))
    return TRUE;
  /* a count, after its qualifier ("and at least eight children") */
  for (guint k = j; k < run->n_tokens && k <= j + 2 && tok (run, k)->sentence == tok (run, j)->sentence; k++)
    {
      if (_sitrep_suggest_is_number_anchor (run, k))
        return TRUE;
      if (!(tok (run, k)->flags & TOK_WORD) || _sitrep_suggest_tok_in (run, k, _sitrep_suggest_figure_victim_nouns))
        return FALSE;
    }
  return FALSE;
}

/* Whether the count at @first, after a comma, counts people and has another part after it, joined by
 * "and": the middle of a list "A, B and C" (or "A, B, and C") whose part A is the figure proposed last
 * (*@end its last token): "the bodies of five children, five women and a man", "killed eight officers,
 * including a colonel, four women and two children" (an insert of a few words after "including" or "among
 * them" between A and B). Not "two cars", not "three days after …". */
static gboolean
list_middle (SuggestRun *run,
             guint       first,
             guint       end)
{
  guint sentence = tok (run, first)->sentence, num_end = _sitrep_suggest_figure_number_end (run, first), j, noun = 0;
  gboolean people = FALSE;

  if (tok (run, end)->sentence != sentence)
    return FALSE;
  /* what lies between A and the comma: a few words of its people, or an insert "including a colonel," */
  for (j = end + 1; j + 1 < first; j++)
    {
      if (!(tok (run, j)->flags & TOK_WORD) || _sitrep_suggest_is_number_anchor (run, j) || _sitrep_suggest_figure_is_kind_word (run, j))
        {
          guint k = j + 1;

          if (!is_mark (run, j, ',') || j + 1 >= first || !(_sitrep_suggest_tok_is (run, k, "including") ||
              (_sitrep_suggest_tok_is (run, k, "among") && (_sitrep_suggest_tok_is (run, k + 1, "them") || _sitrep_suggest_tok_is (run, k + 1, "whom")))))
            return FALSE;
          for (k = k + 1; k + 1 < first; k++)
            if (!(tok (run, k)->flags & TOK_WORD) || _sitrep_suggest_is_number_anchor (run, k) || _sitrep_suggest_figure_is_kind_word (run, k))
              return FALSE;
          if (first - j > MIDDLE_WORDS + 3)
            return FALSE;
          break;
        }
      if (j > end + MIDDLE_WORDS)
        return FALSE;
    }
  /* B's people, then "and" and C (past a comma before "and"); or, with no "and" and nothing between A and
   * the comma, B the list's last part, its people in a word or two, then where or the sentence's end (the
   * lists of headlines: "Bombs kill two soldiers, three civilians in Mosul") */
  for (j = num_end + 1; j < run->n_tokens && j <= num_end + MIDDLE_WORDS + 1 && tok (run, j)->sentence == sentence; j++)
    {
      if (people && j == noun + 1 && j <= num_end + 3 && first == end + 2 &&
          (_sitrep_suggest_tok_among (run, j, last_part_after) || is_mark (run, j, '.')))
        return TRUE;
      if (_sitrep_suggest_tok_is (run, j, "and") || (is_mark (run, j, ',') && _sitrep_suggest_tok_is (run, j + 1, "and")))
        {
          guint c = _sitrep_suggest_tok_is (run, j, "and") ? j + 1 : j + 2;

          return people && opens_part (run, c);
        }
      if (!(tok (run, j)->flags & TOK_WORD) || _sitrep_suggest_is_number_anchor (run, j) ||
          _sitrep_suggest_figure_is_kind_word (run, j))
        return FALSE;
      /* a noun of people right after the count or its adjectives, before any "of" */
      if (!people && _sitrep_suggest_tok_is (run, j, "of"))
        return FALSE;
      if (!people && _sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_victim_nouns))
        {
          people = TRUE;
          noun = j;
        }
    }
  return people && j == noun + 1 && first == end + 2 && j <= num_end + 3 && (j >= run->n_tokens || tok (run, j)->sentence != sentence);
}

/* Whether the count at @first, after a comma, is the next part of a list after "including" or "among
 * them": "including 13 children, eight women, and a media activist", "among them 5 children, 4 women and
 * 2 men". Back to that word there are only counts, their people and commas; no verb, no other mark. Or the
 * middle of a list after the figure before (list_middle ()). */
gboolean
_sitrep_suggest_figure_list_part (SuggestRun *run,
                                  guint       first)
{
  guint sentence, numbers = 0;
  const SitrepSuggestion *before;

  /* the list's part before it is the figure proposed last, ending a few words before the comma */
  if (first < 4 || run->out->len == 0 || !is_mark (run, first - 1, ','))
    return FALSE;
  before = run->out->pdata[run->out->len - 1];
  if (!sitrep_suggest_kind_is_figure (before->kind) || before->byte_end > tok (run, first - 1)->start)
    return FALSE;
  if (_sitrep_suggest_token_holding (run, before->byte_end - 1) + 4 < first)
    return list_middle (run, first, _sitrep_suggest_token_holding (run, before->byte_end - 1));
  sentence = tok (run, first)->sentence;
  for (guint j = first - 2; j > 0 && j + LIST_BACK >= first && tok (run, j)->sentence == sentence; j--)
    {
      const SuggestToken *t = tok (run, j);

      if (t->flags & TOK_PUNCT)
        {
          if (!is_mark (run, j, ',') && !(t->flags & TOK_HYPHEN))
            break;
          continue;
        }
      if (_sitrep_suggest_is_number_anchor (run, j))
        {
          numbers++;
          continue;
        }
      if (_sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_subset_words) ||
          (_sitrep_suggest_tok_is (run, j, "them") && _sitrep_suggest_tok_is (run, j - 1, "among")))
        {
          if (numbers > 0)
            return TRUE;
          break;
        }
      if (_sitrep_suggest_figure_is_kind_word (run, j) || _sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_passive_aux))
        break;
    }
  return list_middle (run, first, _sitrep_suggest_token_holding (run, before->byte_end - 1));
}

/* Whether token @j says what a grave holds, right after it: "a mass grave holding", "the grave contained",
 * "graves containing", "a grave with". */
gboolean
_sitrep_suggest_figure_grave_holds (SuggestRun *run,
                                    guint       j)
{
  const SuggestToken *g;

  if (j == 0 || !(tok (run, j)->flags & TOK_WORD))
    return FALSE;
  /* a length and a letter first: most words before a count are no grave */
  g = tok (run, j - 1);
  if ((g->end - g->start != 5 && g->end - g->start != 6) || (run->text[g->start] | 0x20) != 'g' ||
      !(_sitrep_suggest_tok_is (run, j - 1, "grave") || _sitrep_suggest_tok_is (run, j - 1, "graves")))
    return FALSE;
  return _sitrep_suggest_tok_is (run, j, "holding") || _sitrep_suggest_tok_is (run, j, "containing") ||
         _sitrep_suggest_tok_is (run, j, "contained") || _sitrep_suggest_tok_is (run, j, "contains") ||
         _sitrep_suggest_tok_is (run, j, "holds") || _sitrep_suggest_tok_is (run, j, "held") ||
         _sitrep_suggest_tok_is (run, j, "with");
}

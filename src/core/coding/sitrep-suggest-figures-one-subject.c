/* sitrep-suggest-figures-one-subject.c — one person opening the clause as the subject of "was" and a word of
 * harm, with words about him too many for the one-person readers to reach back over: an of-phrase, a place, an
 * aside between commas, dashes or brackets, a relative clause between commas ("One employee at the governorate
 * office was killed", "The mayor of the small town of X, 160 km north of Baghdad, was seriously wounded", "X, who
 * was said to run the cell's finances, was arrested") (issue 11, session 41)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-figures-person.h"

/* How many tokens the clause may run to before its "was". */
#define SUBJECT_TOKENS 40

/* Words that open a clause with a phrase of when or where before its subject, up to a comma: "In the
 * central city of Homs, …", "Earlier this month, …". */
static const char * const lead_words[] = {
  "in", "on", "at", "near", "during", "earlier", "later", "meanwhile", "separately", "elsewhere", "overnight",
  "yesterday", "today", "also", "last", "late", "early", "nearby", "additionally", "moreover", "furthermore",
  "similarly", "previously", "recently", "in", "inside", "outside", "north", "south", "east", "west", NULL
};
/* Verbs of a report whose clause follows with no "that". */
static const char * const report_verbs[] = {
  "said", "says", "added", "stated", "reported", NULL
};
/* Determiners of one person: "one employee", "the mayor", "a member". */
static const char * const one_dets[] = {
  "a", "an", "one", "the", "another", NULL
};
/* Before a report's verb, a passive's: "who was said to run …". */
static const char * const passive_aux[] = {
  "was", "is", "were", "are", "been", "be", "being", NULL
};
/* Words outside an aside that end the subject: another clause, another person joined to him, a second
 * subject's verb. */
static const char * const subject_stops[] = {
  "who", "whom", "whose", "which", "that", "said", "says", "told", "while", "but", "whereas", "when", "where",
  "because", "if", "since", "until", "after", "before", "and", "or", "as", "has", "had", "have", "is", "are",
  "were", "was", "been", "be", "being", "his", "her", "their", NULL
};
/* A person by the group he leads, before "of": "the head of the provincial council". */
static const char * const role_heads[] = {
  "head", "chief", "director", "deputy", NULL
};
/* Words that open an apposition after a comma, which may run on to the verb without a second comma:
 * "Tarek Ghrair, a player for the national team was killed". */
static const char * const apposition_openers[] = {
  "a", "an", "the", NULL
};

/* "15-year-old" at token @j: the token after it, or @j. */
static guint
past_age (SuggestRun *run,
          guint       j)
{
  if (j + 4 < run->n_tokens && (tok (run, j)->flags & TOK_NUMBER) && (tok (run, j + 1)->flags & TOK_HYPHEN) &&
      _sitrep_suggest_tok_is (run, j + 2, "year") && (tok (run, j + 3)->flags & TOK_HYPHEN) &&
      _sitrep_suggest_tok_is (run, j + 4, "old"))
    return j + 5;
  return j;
}

/* Whether token @start opens a report's clause with no "that": a determiner of one person after "said" (not "was
 * said to …"). */
static gboolean
report_clause (SuggestRun *run,
               guint       start)
{
  return start >= 2 && _sitrep_suggest_tok_in (run, start - 1, report_verbs) && _sitrep_suggest_tok_in (run, start, one_dets) &&
         !_sitrep_suggest_tok_in (run, start - 2, passive_aux);
}

/* The first token of the clause whose "was" is token @was: the sentence's, or the one after "that", a colon, a
 * semicolon, past a phrase of when or where and its comma. G_MAXUINT when it is further back than SUBJECT_TOKENS. */
static guint
clause_start (SuggestRun *run,
              guint       was)
{
  guint sentence = tok (run, was)->sentence, start = was;

  while (start > 0 && tok (run, start - 1)->sentence == sentence && !_sitrep_suggest_tok_is (run, start - 1, "that") &&
         /* a report's clause with no "that": "A police statement said a senior officer of … was killed" */
         !report_clause (run, start) &&
         !_sitrep_suggest_tok_is_mark (run, start - 1, ';') && !_sitrep_suggest_tok_is_mark (run, start - 1, ':') && !_sitrep_suggest_is_quote_mark (run, start - 1))
    {
      if (was - start >= SUBJECT_TOKENS)
        return G_MAXUINT;
      start--;
    }
  /* a dateline before a dash: "* SULAIMAN PEK – The mayor of …" */
  for (guint k = start; k < was && k <= start + 6; k++)
    {
      if (_sitrep_suggest_tok_is_aside_dash (run, k))
        {
          start = k + 1;
          break;
        }
      if ((tok (run, k)->flags & TOK_WORD) && !(tok (run, k)->flags & TOK_CAP))
        break;
    }
  if (_sitrep_suggest_tok_in (run, start, lead_words))
    {
      guint k = start + 1;

      while (k < was && !_sitrep_suggest_tok_is_mark (run, k, ','))
        k++;
      if (k + 1 >= was)
        return G_MAXUINT;
      start = k + 1;
    }
  return start;
}

/* One person's words at token @j: a determiner, up to three words and a noun of one person ("One employee",
 * "the mayor", "a senior Peshmerga officer"), or a name ("Tarek Ghrair") with an age before it or not. The last
 * token in *@last. */
static gboolean
one_person_at (SuggestRun        *run,
               guint              j,
               SitrepSuggestKind  kind,
               guint              was,
               guint             *last)
{
  if (_sitrep_suggest_tok_in (run, j, one_dets))
    {
      for (guint k = j + 1; k < was && k <= j + 4; k++)
        {
          if (!(tok (run, k)->flags & TOK_WORD) || (tok (run, k)->flags & TOK_NUMBER) || _sitrep_suggest_tok_is (run, k, "of"))
            return FALSE;
          /* "the head of the council": a role of the group after it */
          if (_sitrep_suggest_tok_among (run, k, _sitrep_suggest_one_person) ||
              (_sitrep_suggest_tok_in (run, k, role_heads) && _sitrep_suggest_tok_is (run, k + 1, "of")))
            {
              *last = k;
              /* "the" is one told of before ("The commander, Ahmad Saleh, was wounded"), unless a role of the group
               * after it with no figure of his kind before ("The mayor of the town …") */
              return !_sitrep_suggest_tok_is (run, j, "the") ||
                     (_sitrep_suggest_tok_is (run, k + 1, "of") && !_sitrep_suggest_counted_before (run, j, kind, k));
            }
        }
      return FALSE;
    }
  /* a name with an aside after it: with its verb right after it, it is the one-person readers' */
  return _sitrep_suggest_name_at (run, j, last) && *last + 1 < was && _sitrep_suggest_tok_is_mark (run, *last + 1, ',');
}

/* Whether tokens @j and @j + 1 are a possessive's "'s" glued to the word before ("the police's") or a unit's
 * ordinal ("3rd", "82nd" before a word), which a group's name after "of" may hold. */
static gboolean
possessive_or_ordinal (SuggestRun *run,
                       guint       j)
{
  static const char * const suffixes[] = { "st", "nd", "rd", "th", NULL };
  const SuggestToken *t = tok (run, j);

  if (j < 1 || j + 2 >= run->n_tokens || tok (run, j + 1)->space_before != 0 || tok (run, j + 2)->space_before == 0 ||
      !(tok (run, j + 2)->flags & TOK_WORD) || tok (run, j + 2)->sentence != t->sentence)
    return FALSE;
  if ((t->flags & TOK_PUNCT) && t->space_before == 0 && (tok (run, j - 1)->flags & TOK_WORD) &&
      (run->text[t->start] == '\'' || _sitrep_suggest_has_prefix (run->text + t->start, "’")))
    return _sitrep_suggest_tok_is (run, j + 1, "s");
  return (t->flags & TOK_NUMBER) && !(t->flags & TOK_WORD) && _sitrep_suggest_tok_among (run, j + 1, suffixes);
}

/* Whether the word of harm after token @was ("was", with its adverbs before the word) has for its subject one
 * person opening the clause, with an of-phrase, a place or an aside between: *@first and *@last are his words.
 * Another clause's word, a person joined by "and", a count or another verb outside an aside ends the subject. */
gboolean
_sitrep_suggest_one_long_subject (SuggestRun        *run,
                                  guint              was,
                                  SitrepSuggestKind  kind,
                                  guint             *first,
                                  guint             *last)
{
  guint start, j, parens = 0;
  gboolean commas = FALSE, dashes = FALSE, apposition = FALSE;

  if (was < 4 || (tok (run, was)->flags & TOK_ARABIC))
    return FALSE;
  start = clause_start (run, was);
  if (start == G_MAXUINT || start + 3 > was)
    return FALSE;
  j = past_age (run, start);
  if (!one_person_at (run, j, kind, was, last) || *last + 1 >= was)
    return FALSE;
  *first = start;
  for (j = *last + 1; j < was; j++)
    {
      if (_sitrep_suggest_tok_is_mark (run, j, '('))
        parens++;
      else if (_sitrep_suggest_tok_is_mark (run, j, ')') && parens > 0)
        parens--;
      else if (_sitrep_suggest_tok_is_aside_dash (run, j))
        dashes = !dashes;
      else if (_sitrep_suggest_tok_is_mark (run, j, ','))
        {
          commas = !commas;
          apposition = commas && (_sitrep_suggest_tok_in (run, j + 1, apposition_openers) || past_age (run, j + 1) != j + 1);
        }
      else if (possessive_or_ordinal (run, j))
        j++;   /* "of the federal police's 3rd division": past "'s" and "3rd" */
      else if (_sitrep_suggest_tok_is_mark (run, j, ';') || _sitrep_suggest_tok_is_mark (run, j, ':') || _sitrep_suggest_is_quote_mark (run, j))
        return FALSE;
      else if (commas || dashes || parens > 0)
        continue;
      else if (_sitrep_suggest_tok_in (run, j, subject_stops) || _sitrep_suggest_is_number_anchor (run, j) ||
               ((tok (run, j)->flags & TOK_WORD) && _sitrep_suggest_figure_is_kind_word (run, j)))
        return FALSE;
    }
  /* an aside not closed before "was" is his apposition, not a relative clause's "who was" */
  if (dashes || parens > 0 || (commas && !apposition))
    return FALSE;
  /* his name in the aside after his noun is his too ("A tribal leader, Sheik X, was killed"): named again later, he
   * is not counted again */
  if (_sitrep_suggest_tok_is_mark (run, *last + 1, ',') && _sitrep_suggest_name_at (run, *last + 2, &j) && j < was && _sitrep_suggest_tok_is_mark (run, j + 1, ','))
    *last = j;
  return TRUE;
}

/* Whether the word of harm after token @was ("was", or "died" itself) follows "and" (or "and then") and shares the
 * subject of the verb before it, one person opening the clause: "a gunman killed a soldier and then was shot dead",
 * "X, 19, was shot in the chest and died at the scene". Not when a figure of his kind was proposed in the sentence
 * from his words on (his harm told twice). *@first and *@last are his words. */
gboolean
_sitrep_suggest_one_shared_subject (SuggestRun        *run,
                                    guint              was,
                                    SitrepSuggestKind  kind,
                                    guint             *first,
                                    guint             *last)
{
  guint and = was - 1, start;

  if (was < 5 || (tok (run, was)->flags & TOK_ARABIC))
    return FALSE;
  if (_sitrep_suggest_tok_is (run, and, "then"))
    and--;
  if (!_sitrep_suggest_tok_is (run, and, "and") || tok (run, and)->sentence != tok (run, was)->sentence)
    return FALSE;
  start = clause_start (run, and);
  if (start == G_MAXUINT || start + 2 > and || !one_person_at (run, past_age (run, start), kind, and, last) || *last + 1 >= and)
    return FALSE;
  /* one verb between him and "and", no other clause nor person joined to him */
  for (guint j = *last + 1; j < and; j++)
    {
      if (_sitrep_suggest_tok_is (run, j, "and") || _sitrep_suggest_tok_is (run, j, "who") || _sitrep_suggest_tok_is (run, j, "which") ||
          _sitrep_suggest_tok_is (run, j, "that") || _sitrep_suggest_tok_is (run, j, "while") || _sitrep_suggest_tok_is (run, j, "when") ||
          _sitrep_suggest_tok_is_mark (run, j, ';'))
        return FALSE;
    }
  for (guint k = run->out->len; k > 0; k--)
    {
      const SitrepSuggestion *s = run->out->pdata[k - 1];

      if (!sitrep_suggest_kind_is_figure (s->kind))
        continue;
      if (s->sentence == tok (run, was)->sentence && s->kind == kind && s->byte_start <= tok (run, *last)->start &&
          s->byte_end >= tok (run, start)->start)
        return FALSE;
      break;
    }
  *first = start;
  return TRUE;
}

/* Ordinals that stand for one person of a figure told before: "A seventh was shot dead", "The second died". */
static const char * const ordinals_alone[] = {
  "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", NULL
};

/* Whether token @i is an ordinal after "a" or "the" standing for one person right before his verb, after a
 * figure that ends in its paragraph or the one before: "Six … were killed. A seventh was shot dead", "one was
 * killed at 5pm. The second died 30 minutes later". */
gboolean
_sitrep_suggest_ordinal_alone (SuggestRun *run,
                               guint       i)
{
  const SitrepSuggestion *s;
  guint at;

  if (i < 1 || !_sitrep_suggest_tok_in (run, i, ordinals_alone) ||
      !(_sitrep_suggest_tok_is (run, i - 1, "a") || _sitrep_suggest_tok_is (run, i - 1, "the")))
    return FALSE;
  for (guint k = run->out->len; k > 0; k--)
    {
      s = run->out->pdata[k - 1];
      if (!sitrep_suggest_kind_is_figure (s->kind))
        continue;
      at = tok (run, _sitrep_suggest_token_holding (run, s->byte_end - 1))->paragraph;
      /* (a blank line between two paragraphs counts two) */
      return at + 2 >= tok (run, i)->paragraph;
    }
  return FALSE;
}

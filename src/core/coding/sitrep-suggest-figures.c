/* sitrep-suggest-figures.c — proposing casualty figures: the number, its qualifier, the kind and whose dead they are
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-figures-person.h"

/* How far around a number the words that make it a casualty figure may stand. */
#define VERB_BEFORE 3
/* How many words may stand between a figure and the words joining the next one to it. */
#define JOIN_GAP 9
/* … and before a count of "other" people ("… and Sherko Abdullah, the security commander, in addition to eight other
 * terrorists"): more of the figure's before, however many words told of it. */
#define OTHER_JOIN_GAP 40
/* The same after an Arabic count, whose people's noun is not read: a slash, the noun, a comma, "و". */
#define AR_JOIN_GAP 4
/* The same after a count whose "و" is glued to its digits ("و41116 من المقاتلين السوريين المعارضين والأكراد و31247"). */
#define AR_GLUED_JOIN_GAP 7
/* … and after "بالإضافة إلى", which says the count joins the one before across its people's words */
#define AR_ADDITION_GAP 16
/* How many words may stand between a figure and the colon before its parts ("23 people were killed: 15 …"). */
#define COLON_AFTER 4
/* How far before "rose to" the "toll" may stand. */
#define TOLL_BEFORE 30

static const char * const number_words[] = {
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
  "thousand", "dozen", "dozens", "scores", "hundreds", "thousands", "tens", "several", "few",
  "numerous", NULL
};
/* For sitrep-suggest-figures-clause.c's walk, which passes over the words of no list it asks. */
const char * const * const _sitrep_suggest_figure_number_words = number_words;

/* Words before a figure that make it part of the one before: "including
 * four children", "among them", "بينهم 11 طفلاً". */
const char * const _sitrep_suggest_figure_subset_words[] = {
  "including", "includes", "include", "included", "among", "بينهم", "منهم", "بينهن", "منهن", "وبينهم", "ومنهم",
  "وبينهن", "ومنهن",
  /* "من ضمنهم 37 من الميليشيات": among them */
  "ضمنهم", "وضمنهم",
  /* "77 قتيلا، هم 52 من …": they are (the breakdown) */
  "هم", "وهم", NULL
};

/* Words a figure's cue does not reach across: in "were killed and two
 * others captured" the two were captured. */
static const char * const clause_breaks[] = {
  "and", "or", "but", "while", "whereas", "و", NULL
};

/* Verbs that set a toll: "the death toll from the blast climbed to 30". */
static const char * const toll_verbs[] = {
  "rose", "risen", "climbed", "reached", "jumped", "increased", "stood", "stands", "stand", "hit",
  "mounted", NULL
};

/* Verbs that set a toll with no "to" or "at" after them: "the number of missing has reached 1,660",
 * "the number of victims who died under torture was 142". */
static const char * const toll_direct_verbs[] = {
  "reached", "exceeded", "surpassed", "topped", "was", "is", NULL
};

/* Before the verb, the people counted are its subject: "20 apostates had
 * been killed" counts people whatever the noun. */
const char * const _sitrep_suggest_figure_passive_aux[] = {
  "were", "was", "been", "are", "is", "be", "being", NULL
};

/* Words joining a figure to the one before it in the sentence, which it
 * shares the verb of: "killed … 1,300 regime fighters …, as well as 145
 * members of pro-Iran militias, against more than 750 ISIS jihadists". */
/* Words that start another clause between two figures. */
const char * const _sitrep_suggest_figure_clause_words[] = {
  "that", "said", "says", "adding", "added", "who", "which", "while", "but", NULL
};

static const char * const join_words[] = {
  "and", "against", "plus", "versus", "vs", "و", NULL
};

gboolean
_sitrep_suggest_is_number_anchor_arabic (SuggestRun *run,
                                         guint       i)
{
  gboolean vague;

  return _sitrep_suggest_figure_ar_number (run, i, &vague) >= 0 || _sitrep_suggest_figure_is_and_number (run, i);
}

/* The toll's verb before "from" and the old count at token @j ("has risen from 19 to 26"), or 0. */
static guint
toll_from (SuggestRun *run,
           guint       j)
{
  return j >= 2 && _sitrep_suggest_tok_is (run, j - 1, "from") && _sitrep_suggest_tok_among (run, j - 2, toll_verbs) &&
         _sitrep_suggest_is_number_anchor (run, j) ? j - 2 : 0;
}

/* The kind a verb right before the figure gives it: "killing at least 12",
 * "claimed the lives of 18". Not across "and" or a comma. */
static gboolean
cue_before (SuggestRun        *run,
            guint              first,
            SitrepSuggestKind *kind)
{
  guint sentence = tok (run, first)->sentence;

  for (guint k = 1; k <= VERB_BEFORE && first >= k; k++)
    {
      guint j = first - k;
      gboolean found;

      /* "has risen from 19 to 26": the toll's verb before the old count (below) */
      if (k == 2 && toll_from (run, j) > 0)
        break;
      if (tok (run, j)->sentence != sentence || _sitrep_suggest_is_number_anchor (run, j))
        return FALSE;
      if (_sitrep_suggest_tok_in (run, j, clause_breaks) ||
          ((tok (run, j)->flags & TOK_PUNCT) && strchr (",;:.", run->text[tok (run, j)->start]) != NULL))
        return FALSE;
      /* "villages captured rose to 40": what rose is the toll's (below) */
      if (k == 2 && (_sitrep_suggest_tok_is (run, first - 1, "to") || _sitrep_suggest_tok_is (run, first - 1, "at")) &&
          _sitrep_suggest_tok_among (run, j, toll_verbs))
        break;
      *kind = _sitrep_suggest_figure_kind_of (run, j, &found);
      if (found && _sitrep_suggest_figure_cue_ok (run, j, TRUE))
        return TRUE;
      /* "a mass grave holding an estimated 3,500 people" */
      if (j > 0 && tok (run, j - 1)->end - tok (run, j - 1)->start - 5 <= 1 && _sitrep_suggest_figure_grave_holds (run, j))
        {
          *kind = SITREP_SUGGEST_KILLED;
          return TRUE;
        }
    }
  /* "The death toll from the blast climbed to 30", "the number of civilians
   * who were killed … has risen to 5": the toll or number a few words before
   * its verb, the kind of the word nearest after it. */
  if ((first >= 2 && (_sitrep_suggest_tok_is (run, first - 1, "to") || _sitrep_suggest_tok_is (run, first - 1, "at")) &&
       (_sitrep_suggest_tok_among (run, first - 2, toll_verbs) || toll_from (run, first - 2) > 0)) ||
      (first >= 1 && _sitrep_suggest_tok_among (run, first - 1, toll_direct_verbs)))
    {
      gboolean have = FALSE;
      guint verb = _sitrep_suggest_tok_among (run, first - 1, toll_direct_verbs) ? first - 1 :
                   toll_from (run, first - 2) > 0 ? toll_from (run, first - 2) : first - 2;

      for (guint j = verb; j > 0 && j + TOLL_BEFORE >= first && tok (run, j - 1)->sentence == sentence; j--)
        {
          SitrepSuggestKind k;
          gboolean cue;

          /* "the number of people (who were) killed", "the number of dead"; not "of villages captured" */
          if (_sitrep_suggest_tok_is (run, j - 1, "toll") ||
              (have && _sitrep_suggest_tok_is (run, j - 1, "number") && _sitrep_suggest_tok_is (run, j, "of") &&
               (_sitrep_suggest_tok_in (run, j + 1, _sitrep_suggest_figure_victim_nouns) || _sitrep_suggest_figure_is_kind_word (run, j + 1))))
            {
              *kind = have ? *kind : SITREP_SUGGEST_KILLED;
              return TRUE;
            }
          k = _sitrep_suggest_figure_kind_of (run, j - 1, &cue);
          if (cue)
            {
              have = TRUE;
              *kind = k;
            }
          if (((tok (run, j - 1)->flags & TOK_PUNCT) && strchr (",;:.", run->text[tok (run, j - 1)->start]) != NULL) ||
              _sitrep_suggest_is_number_anchor (run, j - 1))
            break;
        }
    }
  return _sitrep_suggest_figure_toll_to (run, first, kind);
}

static gboolean
is_comma (SuggestRun *run,
          guint       j)
{
  return (tok (run, j)->flags & TOK_PUNCT) && run->text[tok (run, j)->start] == ',';
}

/* Whether the words around the count at @first make it a part of the people counted before, after a
 * comma: "…, five of them were fighters, and the other three …", "…, eleven of which have been Syrian
 * nationals", "killed 18, of whom five were policemen". */
static gboolean
part_of_them (SuggestRun *run,
              guint       first)
{
  guint end;

  if (first >= 2 && _sitrep_suggest_tok_is (run, first - 1, "other") && _sitrep_suggest_tok_is (run, first - 2, "the"))
    return TRUE;
  if (first >= 3 && _sitrep_suggest_tok_is (run, first - 2, "of") && is_comma (run, first - 3) &&
      (_sitrep_suggest_tok_is (run, first - 1, "whom") || _sitrep_suggest_tok_is (run, first - 1, "which")))
    return TRUE;
  /* "Five soldiers — two of them officers — died" */
  if (!is_comma (run, first - 1) && !_sitrep_suggest_figure_is_insert_mark (run, first - 1))
    return FALSE;
  end = _sitrep_suggest_figure_number_end (run, first);
  return _sitrep_suggest_tok_is (run, end + 1, "of") &&
         (_sitrep_suggest_tok_is (run, end + 2, "them") || _sitrep_suggest_tok_is (run, end + 2, "whom") ||
          _sitrep_suggest_tok_is (run, end + 2, "which"));
}

/* "including four children": a part of the figure before it in the
 * sentence, of the same kind; *@whole is that figure. */
static gboolean
subset_of_previous (SuggestRun        *run,
                    guint              first,
                    SitrepSuggestKind *kind,
                    SitrepSuggestion **whole)
{
  guint sentence = tok (run, first)->sentence;

  gboolean colon, part;
  guint among;

  if (first == 0)
    return FALSE;
  /* "has risen to 5; 3 women and 2 children": the parts of the figure right before */
  colon = first >= 2 && (tok (run, first - 1)->flags & TOK_PUNCT) && strchr (";:", run->text[tok (run, first - 1)->start]) != NULL;
  part = part_of_them (run, first);
  /* "among them 234 children", "among them were 234 children" */
  among = first >= 2 && _sitrep_suggest_tok_in (run, first - 1, _sitrep_suggest_figure_passive_aux) ? first - 1 : first;
  /* "including 13 children, eight women, and a media activist": the list's next part */
  part = part || (is_comma (run, first - 1) && _sitrep_suggest_figure_list_part (run, first));
  /* "قتل 10 أشخاص، 4 منهم أطفال", "سقط 7 منهم" */
  part = part || ((tok (run, first)->flags & (TOK_NUMBER | TOK_ARABIC)) && _sitrep_suggest_figure_ar_part_of_them (run, first));
  /* "reached 73 civilians, consisting of 12 children and 35 women" */
  part = part || (first >= 3 && _sitrep_suggest_tok_is (run, first - 1, "of") && _sitrep_suggest_tok_is (run, first - 2, "consisting"));
  if (!colon && !part && !_sitrep_suggest_tok_in (run, first - 1, _sitrep_suggest_figure_subset_words) &&
      !(among >= 2 && _sitrep_suggest_tok_is (run, among - 2, "among") &&
        (_sitrep_suggest_tok_is (run, among - 1, "them") || _sitrep_suggest_tok_is (run, among - 1, "whom"))))
    return FALSE;
  /* Figures are added in the order of the text: the last one is the one before. */
  for (guint k = run->out->len; k > 0; k--)
    {
      SitrepSuggestion *s = run->out->pdata[k - 1];

      if (s->kind == SITREP_SUGGEST_KILLED || s->kind == SITREP_SUGGEST_WOUNDED ||
          s->kind == SITREP_SUGGEST_CAPTURED || s->kind == SITREP_SUGGEST_MISSING)
        {
          guint end = _sitrep_suggest_token_holding (run, s->byte_end - 1);

          /* "has risen to 5; …", "At least 23 people were killed: 15 soldiers and 8 civilians" */
          if (s->sentence != sentence || (colon && (end + 1 >= first || end + 1 + COLON_AFTER < first)))
            return FALSE;
          *kind = s->kind;
          *whole = s;
          return TRUE;
        }
    }
  return FALSE;
}

/* "…, as well as 145 members of …", "and 3 soldiers", "against more than
 * 750 jihadists": a figure joined to the figure before it in the sentence
 * takes its kind, and is cumulative with it (*@whole). */
static gboolean
joined_to_previous (SuggestRun        *run,
                    guint              first,
                    guint              gap,
                    SitrepSuggestKind *kind,
                    SitrepSuggestion **whole)
{
  guint j = first;
  gboolean dash = FALSE;

  if (_sitrep_suggest_figure_is_glued_and (run, j)) /* "بينهم 97 طفلاً، و58 امرأة", "وثلاث": "and" glued to the count */
    ;
  else if (_sitrep_suggest_figure_ar_join_start (run, j) < j) /* "بالإضافة إلى 50" */
    j = _sitrep_suggest_figure_ar_join_start (run, j);
  else if (j > 0 && _sitrep_suggest_tok_among (run, j - 1, join_words))
    j--;
  else if (j >= 3 && _sitrep_suggest_tok_is (run, j - 3, "as") && _sitrep_suggest_tok_is (run, j - 2, "well") &&
           _sitrep_suggest_tok_is (run, j - 1, "as"))
    j -= 3;
  else if (j >= 2 && _sitrep_suggest_tok_is (run, j - 2, "along") && _sitrep_suggest_tok_is (run, j - 1, "with"))
    j -= 2;
  /* "… and 152 women in addition to 48 civilians who died" */
  else if (j >= 3 && _sitrep_suggest_tok_is (run, j - 3, "in") && _sitrep_suggest_tok_is (run, j - 2, "addition") &&
           _sitrep_suggest_tok_is (run, j - 1, "to"))
    j -= 3;
  /* "a death toll of 14 - seven police officers and seven civilians", "six civilians – two women and …": its
   * breakdown after a spaced dash */
  else if (j > 0 && ((tok (run, j - 1)->flags & TOK_HYPHEN) || _sitrep_suggest_figure_is_insert_mark (run, j - 1)) &&
           run->text[tok (run, j - 1)->start] != '(' && tok (run, j - 1)->space_before > 0 && tok (run, j)->space_before > 0)
    {
      j--;
      dash = TRUE;
    }
  else
    return FALSE;
  if (tok (run, j)->sentence != tok (run, first)->sentence)
    return FALSE;
  /* The figure before ends a few words before the joining words, with no
   * other clause between: "killed 5 civilians and 3 soldiers", not "killed
   * 5 civilians, the monitor said, adding that the army and 300 soldiers …". */
  for (guint k = run->out->len; k > 0; k--)
    {
      SitrepSuggestion *s = run->out->pdata[k - 1];
      guint end;

      if (s->kind != SITREP_SUGGEST_KILLED && s->kind != SITREP_SUGGEST_WOUNDED &&
          s->kind != SITREP_SUGGEST_CAPTURED && s->kind != SITREP_SUGGEST_MISSING)
        continue;
      if (s->sentence != tok (run, first)->sentence)
        return FALSE;
      end = _sitrep_suggest_token_holding (run, s->byte_end - 1);
      if (end >= j || j - end > (dash ? 1 : gap))
        return FALSE;
      for (guint m = end + 1; m < j; m++)
        {
          if (_sitrep_suggest_tok_among (run, m, _sitrep_suggest_figure_clause_words))
            return FALSE;
        }
      *kind = s->kind;
      *whole = s;
      return TRUE;
    }
  return FALSE;
}

/* Whether the people told one by one from token @first restate the figure right before them, after
 * a comma: "killed five people from one family, a man, his wife and their three children". */
static gboolean
restates_previous (SuggestRun        *run,
                   guint              first,
                   SitrepSuggestKind  kind,
                   gint64             count)
{
  SitrepSuggestion *s;
  guint end;

  if (run->out->len == 0 || first < 2 || !(tok (run, first - 1)->flags & TOK_PUNCT) || run->text[tok (run, first - 1)->start] != ',')
    return FALSE;
  s = run->out->pdata[run->out->len - 1];
  end = _sitrep_suggest_token_holding (run, s->byte_end - 1);
  return s->kind == kind && s->figure.count == count && s->sentence == tok (run, first)->sentence &&
         end < first && first - end <= JOIN_GAP;
}

/* Whether the words after the count ending at @num_end make it a rate: "(seven children are killed every
 * day)", "nine children a day", "five people die under torture every day"; not "a day after". */
static gboolean
is_rate (SuggestRun *run,
         guint       num_end)
{
  guint sentence = tok (run, num_end)->sentence;

  for (guint j = num_end + 1; j + 1 < run->n_tokens && j <= num_end + FIGURE_CUE_AFTER && tok (run, j + 1)->sentence == sentence; j++)
    {
      if (((tok (run, j)->flags & TOK_PUNCT) && !(tok (run, j)->flags & TOK_HYPHEN)) || _sitrep_suggest_is_number_anchor (run, j))
        return FALSE;
      if ((_sitrep_suggest_tok_is (run, j, "every") || _sitrep_suggest_tok_is (run, j, "each") ||
           _sitrep_suggest_tok_is (run, j, "per") || _sitrep_suggest_tok_is (run, j, "a")) &&
          (_sitrep_suggest_tok_is (run, j + 1, "day") || _sitrep_suggest_tok_is (run, j + 1, "week") ||
           _sitrep_suggest_tok_is (run, j + 1, "hour")))
        return !(j + 2 < run->n_tokens && (tok (run, j + 2)->flags & TOK_WORD) && tok (run, j + 2)->sentence == sentence &&
                 !(tok (run, j + 2)->flags & TOK_CAP));
    }
  return FALSE;
}

/* Whether the figure @s, told as more of the one before it ("At least 59 other people suffered injuries",
 * "another 99 injured") or as some of them ("Among the fatalities were three aid workers"), is cumulative
 * as that one is; not when its sentence names its own incident. */
static gboolean
more_of_cumulative (SuggestRun             *run,
                    const SitrepSuggestion *s,
                    guint                   first,
                    guint                   num_end)
{
  gboolean among = first >= 4 && _sitrep_suggest_tok_in (run, first - 1, _sitrep_suggest_figure_passive_aux) && _sitrep_suggest_figure_is_kind_word (run, first - 2) &&
                   (_sitrep_suggest_tok_is (run, first - 3, "the") || _sitrep_suggest_tok_is (run, first - 3, "those")) &&
                   _sitrep_suggest_tok_is (run, first - 4, "among");

  if (!among && !_sitrep_suggest_tok_is (run, num_end + 1, "other") && !_sitrep_suggest_tok_is (run, num_end + 1, "others") &&
      !_sitrep_suggest_tok_is (run, num_end + 1, "more") && !(first > 0 && _sitrep_suggest_tok_is (run, first - 1, "another")))
    return FALSE;
  if (_sitrep_suggest_figure_names_incident (run, first))
    return FALSE;
  for (guint k = run->out->len - 1; k > 0; k--)
    {
      const SitrepSuggestion *before = run->out->pdata[k - 1];

      if (sitrep_suggest_kind_is_figure (before->kind))
        return before->paragraph == s->paragraph && before->cumulative;
    }
  return FALSE;
}

/* What happened to the people of a count with no verb of its own, from the counts after it in its
 * list ("seven men and seven women had been executed", "six children, seven women, 16 rebel
 * fighters and 12 troops were killed"): each count after a comma names people too. */
static gboolean
list_cue_after (SuggestRun        *run,
                const AfterWords  *after,
                SitrepSuggestKind *kind)
{
  guint next = after->and_next;
  gboolean comma = after->comma_next;

  for (guint step = 0; step < 8; step++)
    {
      AfterWords then = { 0 };
      gboolean found = _sitrep_suggest_figure_cue_after (run, _sitrep_suggest_figure_number_end (run, next), &then) && then.found;

      if (comma && !then.have_victim)
        return FALSE;
      if (found)
        {
          *kind = then.kind;
          return TRUE;
        }
      if (!then.have_victim || then.and_next == 0)
        return FALSE;
      next = then.and_next;
      comma = then.comma_next;
    }
  return FALSE;
}

/* Whether the count @from … @num_end is no figure of people harmed, whatever the words around: "12 غارة",
 * "(25 عاماً)" (things or time counted); "أفرجت السلطات عن 20 معتقلاً" (people freed); "the six" of "Two of the
 * six killed were engineers" (the whole of a part, counted before). */
static gboolean
counts_no_one_harmed (SuggestRun *run,
                      guint       from,
                      guint       num_end)
{
  if (num_end + 1 < run->n_tokens && (tok (run, num_end + 1)->flags & (TOK_ARABIC | TOK_PUNCT)) &&
      _sitrep_suggest_figure_ar_counts_things (run, num_end))
    return TRUE;
  if (from > 0 && (tok (run, from - 1)->flags & TOK_ARABIC) && _sitrep_suggest_figure_ar_released (run, from))
    return TRUE;
  /* "under the age of 18", "aged 3 and 7": an age, no count */
  if (_sitrep_suggest_figure_is_age (run, from))
    return TRUE;
  /* "1 body found", "one body was recovered": one dead, the body reader's (sitrep-suggest-figures-single.c) */
  if (num_end == from && _sitrep_suggest_tok_is (run, num_end + 1, "body"))
    return TRUE;
  /* "has risen from 19 to 26": the old toll */
  if (from >= 2 && _sitrep_suggest_tok_is (run, from - 1, "from") && _sitrep_suggest_tok_among (run, from - 2, toll_verbs) &&
      _sitrep_suggest_tok_is (run, num_end + 1, "to") && _sitrep_suggest_is_number_anchor (run, num_end + 2))
    return TRUE;
  return _sitrep_suggest_figure_partitive_whole (run, from);
}

static void
figure_at (SuggestRun *run,
           guint       anchor,
           guint64    *walk_bits,
           guint      *next)
{
  guint first = _sitrep_suggest_figure_qualifier_start (run, anchor);
  /* "/4/": the words before the slash are the number's */
  guint from = first == anchor && first > 0 && _sitrep_suggest_figure_is_number_slash (run, first - 1) ? first - 1 : first;
  guint num_end = _sitrep_suggest_figure_number_end (run, anchor);
  guint last = num_end;
  AfterWords after = { 0 };
  guint persons, persons_first = first;
  SitrepSuggestKind kind = SITREP_SUGGEST_KILLED, own;
  gboolean found, subset, clause = FALSE;
  SitrepFigure figure;
  SitrepSuggestion *s, *whole = NULL;

  *next = num_end;
  /* no one harmed counted here: things, people freed, a part's whole (counts_no_one_harmed ()) */
  if (counts_no_one_harmed (run, from, num_end))
    return;
  /* "a woman and her two children": one more each, the verb before them */
  persons = _sitrep_suggest_figure_persons_before (run, first, &persons_first);
  subset = subset_of_previous (run, from, &kind, &whole);
  /* "… وإصابة 22 آخرين …، بينهم 10 شهداء": the part's own word of what happened over the whole's */
  if (subset && num_end + 1 < run->n_tokens && (tok (run, num_end + 1)->flags & TOK_ARABIC) &&
      _sitrep_suggest_figure_ar_kind (run, num_end + 1, &own))
    kind = own;
  /* "و20 جريحاً", "وأكثر من ثلاثين جريحاً": the "and" glued to the digits or the qualifier starts another clause. */
  found = subset || (((tok (run, anchor)->flags & TOK_NUMBER) || !_sitrep_suggest_figure_is_glued_and (run, anchor)) &&
                     (from == anchor || !_sitrep_suggest_figure_is_glued_and (run, from)) ?
                     cue_before (run, persons > 0 ? persons_first : from, &kind) : FALSE);
  /* "عن مقتل: “سبعة …": a colon and quotes between the Arabic word of harm and its count */
  if (!found && from > 0 && (tok (run, from - 1)->flags & TOK_PUNCT) && _sitrep_suggest_figure_ar_quoted_from (run, from) < from)
    found = cue_before (run, _sitrep_suggest_figure_ar_quoted_from (run, from), &kind);
  /* "اختطف في نيسان الماضي أربعة رعاة": an adverbial phrase between the Arabic verb and its count; "ارتفع عدد
   * قتلى القصف … إلى واحد وعشرين": a toll that rose, its dead named far before it */
  if (!found && from > 0 && (tok (run, from - 1)->flags & TOK_ARABIC))
    found = (_sitrep_suggest_figure_ar_adverbial_from (run, from) < from && cue_before (run, _sitrep_suggest_figure_ar_adverbial_from (run, from), &kind)) ||
            _sitrep_suggest_figure_ar_toll_rose (run, from, &kind);
  /* What is counted after the number must be people: "destroying 22
   * targets", "14 ISIL tanks" are no casualties, whatever the verb; but a
   * clause with no verb may take the one before ("The last eleven just a
   * few hours ago"). */
  if (!_sitrep_suggest_figure_cue_after (run, num_end, &after) &&
      (found || !(found = _sitrep_suggest_figure_elliptical (run, first, num_end, &kind))) &&
      /* "there are 730 casualties, including …": a noun of harm only the last reader takes */
      (found || !_sitrep_suggest_figure_clause_noun (run, num_end + 1)))
    return;
  /* "three others were wounded, including one in critical condition": a part
   * that names no people is how some of them are, not more victims. */
  if (subset && !after.have_victim && after.persons == 0 && num_end + 1 < run->n_tokens &&
      first > 0 && _sitrep_suggest_tok_in (run, first - 1, _sitrep_suggest_figure_subset_words) &&
      (tok (run, num_end + 1)->flags & TOK_WORD) && !(tok (run, num_end + 1)->flags & (TOK_ARABIC | TOK_CAP)) &&
      !(tok (run, anchor)->flags & TOK_ARABIC) && !_sitrep_suggest_figure_where_part (run, num_end + 1))
    return;
  /* "two of the slain were brothers": no more people, unless something else happened to them
   * ("one of the wounded later died") */
  if (after.not_victims && !after.found && !found)
    return;
  /* "wounding 10, two of whom later died": the part's own verb */
  if (subset && after.found && after.kind != kind && (part_of_them (run, from) || (from > 0 && is_comma (run, from - 1) && _sitrep_suggest_figure_list_part (run, from))))
    kind = after.kind;
  /* the verb after the count, or the figure before whose part it is (sitrep-suggest-figures-parts.c) */
  if (!found)
    found = _sitrep_suggest_figure_kind_after (run, from, num_end, &after, &kind, &whole);
  /* A figure of people without a verb of its own, joined to the one before, or to the one after; a bare count
   * where more of them were ("3 other civilians in Mahambel and 5 in Ramy village") */
  if (!found && ((after.have_victim && !after.other_word) || (!after.have_victim && _sitrep_suggest_figure_where_part (run, num_end + 1))))
    found = joined_to_previous (run, from, _sitrep_suggest_tok_is (run, num_end + 1, "other") ? OTHER_JOIN_GAP : JOIN_GAP, &kind, &whole);
  /* Arabic people's nouns are not in _sitrep_suggest_figure_victim_nouns: "4 مدنيين، و /6/ جنود" is joined by its "و",
   * right after the count before (no room there for another clause's verb); "و58" too, not "في عامي 2014 و2015" */
  if (!found && from > 0 && _sitrep_suggest_tok_is (run, from - 1, "و"))
    found = joined_to_previous (run, from, _sitrep_suggest_figure_ar_join_gap (run, from - 1, AR_JOIN_GAP, AR_GLUED_JOIN_GAP), &kind, &whole);
  if (!found && _sitrep_suggest_figure_is_glued_and (run, from) && from > 0 && !(tok (run, from - 1)->flags & TOK_NUMBER))
    found = joined_to_previous (run, from, _sitrep_suggest_figure_ar_join_gap (run, from, AR_GLUED_JOIN_GAP, AR_GLUED_JOIN_GAP), &kind, &whole);
  /* "بالإضافة إلى 50", "بالإضافة لثلاثة": in addition to the figure before, of its kind */
  if (!found && from > 0 && (tok (run, from - 1)->flags & TOK_ARABIC) && _sitrep_suggest_figure_ar_join_start (run, from) < from)
    found = joined_to_previous (run, from, AR_ADDITION_GAP, &kind, &whole);
  if (!found && after.have_victim && after.and_next > 0)
    found = list_cue_after (run, &after, &kind);
  if (!found)
    found = _sitrep_suggest_figure_elliptical (run, first, num_end, &kind);
  /* The last reader: a word of harm further off in the count's clause, proposed with less trust. */
  if (!found)
    found = clause = _sitrep_suggest_figure_clause_kind (run, first, num_end, walk_bits, &kind);
  if (!found || !_sitrep_suggest_figure_read (run, first, anchor, num_end, &figure) || is_rate (run, num_end) || _sitrep_suggest_figure_both_kinds (run, first, num_end))
    return;
  /* One person is the one-person readers' (sitrep-suggest-figures-one.c), who name him */
  if (clause && figure.count <= 1)
    return;
  if (after.have_victim)
    last = after.persons > 0 ? after.persons_last : after.victim;
  /* "Three men were arrested for theft", "Two civilians were injured in a car accident" */
  if (after.found && _sitrep_suggest_figure_count_no_harm (run, after.have_victim ? last : num_end))
    return;
  /* "sentenced three men to death" */
  if (_sitrep_suggest_figure_sentenced (run, first, num_end))
    return;
  /* "killing 3 people at least" */
  if (figure.qualifier == SITREP_QUALIFIER_EXACT && _sitrep_suggest_tok_is (run, last + 1, "at") &&
      _sitrep_suggest_tok_is (run, last + 2, "least"))
    figure.qualifier = SITREP_QUALIFIER_AT_LEAST;
  /* The people named one by one beside a count are not added to it: the coders' gold counts the
   * numeral only ("A woman and five children were wounded" is 5, "wounding two bystanders and a
   * policeman" 2). With them the count may restate the one before ("killed five people from one
   * family, a man, his wife and their three children"). */
  persons += after.persons;
  if (persons_first < first)
    first = persons_first;
  if (persons > 0 && restates_previous (run, first, kind, figure.count + persons))
    return;
  s = _sitrep_suggest_add (run, kind, first, last);
  s->figure = figure;
  s->part = subset || after.partitive;
  s->score = clause ? 0.5 : after.have_victim ? 0.8 : 0.65;
  /* The parts of a tally, or counts joined to it, are cumulative too: "since April, including 804 just in August" */
  s->cumulative = (whole != NULL && whole->cumulative && !_sitrep_suggest_figure_ar_own_town (run, last)) || _sitrep_suggest_figure_is_cumulative (run, first, last) ||
                  more_of_cumulative (run, s, first, num_end);
  if (after.have_victim)
    s->victims = _sitrep_suggest_strndup (run, run->text + tok (run, after.victim)->start,
                            tok (run, after.victim)->end - tok (run, after.victim)->start);
  *next = last;
}

void
_sitrep_suggest_figures (SuggestRun *run)
{
  guint n = run->tokens->len;
  guint64 number_bit = _sitrep_suggest_list_bit (run, number_words);
  /* Every verb of one_verbs is in these lists (bits from the figures' first text on). */
  guint64 killed_bit = _sitrep_suggest_list_bit (run, _sitrep_suggest_figure_killed_words);
  guint64 wounded_bit = _sitrep_suggest_list_bit (run, _sitrep_suggest_figure_wounded_words);
  guint64 captured_bit = _sitrep_suggest_list_bit (run, _sitrep_suggest_figure_captured_words);
  guint64 one_bit = killed_bit != 0 && wounded_bit != 0 && captured_bit != 0 ? killed_bit | wounded_bit | captured_bit : 0;
  guint64 walk_bits = 0;  /* the last reader's (sitrep-suggest-figures-clause.c), at its first ask */

  for (guint i = 0; i < n; i++)
    {
      guint next;

      /* A number anchor that is no number (nor Arabic) is a number word, and
       * a figure of one starts at a verb of one_verbs: any other token is
       * passed over with one AND of its lists, in a loop of its own. */
      if (number_bit != 0 && one_bit != 0 &&
          (i = _sitrep_suggest_next_listed (run, i, n, number_bit | one_bit, TOK_NUMBER | TOK_ARABIC)) >= n)
        break;
      next = i;
      if (!_sitrep_suggest_is_number_anchor (run, i) || _sitrep_suggest_figure_not_a_count (run, i))
        {
          /* "killed Maj. Gen. X", "his wife was slightly injured", "مقتل عسكري": one person, named. */
          i = _sitrep_suggest_figure_one_at (run, i);
          continue;
        }
      /* "a" alone is only a number in "a dozen", "a few hundred". */
      figure_at (run, i, &walk_bits, &next);
      i = next;
    }
  _sitrep_suggest_figures_captured_too (run);
  _sitrep_suggest_figures_roundup (run);
  _sitrep_suggest_figures_tally (run);
}

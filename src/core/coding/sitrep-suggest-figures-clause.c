/* sitrep-suggest-figures-clause.c — the last reader of a casualty figure: a count that no reader
 * before found a cue for right beside it, in a clause that holds a word of harm a little further off
 * ("at least 5 Iraqis and 4 Syrians were murdered", "Four children were also treated at the hospital"),
 * proposed with less trust; the kind is the nearest word's, the qualifier the count's own
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"

/* How many tokens either side of a count its clause's word of harm may stand. */
#define CLAUSE_REACH 10

/* Whether punctuation token @j ends a clause: any mark but a hyphen, a quote, an apostrophe or a
 * slash (which say nothing of the words around them). */
static gboolean
ends_clause_mark (SuggestRun *run,
                  guint       j)
{
  const char *p = run->text + tok (run, j)->start;

  if (tok (run, j)->flags & TOK_HYPHEN)
    return FALSE;
  if ((guchar) *p < 0x80)
    return *p != '"' && *p != '\'' && *p != '/';
  return !_sitrep_suggest_has_prefix (p, "“") && !_sitrep_suggest_has_prefix (p, "”") && !_sitrep_suggest_has_prefix (p, "«") &&
         !_sitrep_suggest_has_prefix (p, "»") && !_sitrep_suggest_has_prefix (p, "’") && !_sitrep_suggest_has_prefix (p, "‘");
}

/* Words joining two clauses, unless a count follows them ("5 Iraqis and 4 Syrians have been
 * murdered": the two counts share the verb). */
static const char * const joins[] = {
  "and", "or", "و", NULL
};

/* Words of harm this reader alone takes, further from the count than the other readers look: "730
 * casualties, including …, killed by …", "Four children were also treated at the hospital", "seized 30
 * locals from their homes". Not "buried": "Two soldiers were buried" is a funeral, no toll
 * (test-suggest-rules). */
static const char * const far_killed[] = {
  "casualties", NULL
};
static const char * const far_wounded[] = {
  "treated", "hospitalized", "hospitalised", "hospital", NULL
};
static const char * const far_captured[] = {
  "seized", NULL
};

/* The same in Arabic (compared as sitrep-suggest-figures-arabic.c compares, without "و", "ال", "ب" or
 * "ل" glued in front): "9 من الرعاة مقتولين", "خمسة أطفال نقلوا إلى المستشفى لتلقي العلاج". */
static const char * const far_killed_ar[] = {
  "مقتولين", "مقتولا", "مقتولاً", "مقتولون", NULL
};
static const char * const far_wounded_ar[] = {
  "العلاج", "علاج", "المستشفى", "مستشفى", NULL
};

/* The kind word @j says for this reader: the other readers' words, then its own. */
static gboolean
far_kind (SuggestRun        *run,
          guint              j,
          gboolean           before,
          SitrepSuggestKind *kind)
{
  gboolean found;

  *kind = _sitrep_suggest_figure_kind_of (run, j, &found);
  if (found)
    return _sitrep_suggest_figure_cue_ok (run, j, before);
  if (tok (run, j)->flags & TOK_ARABIC)
    {
      if (_sitrep_suggest_figure_ar_in (run, j, far_killed_ar))
        *kind = SITREP_SUGGEST_KILLED;
      else if (_sitrep_suggest_figure_ar_in (run, j, far_wounded_ar))
        *kind = SITREP_SUGGEST_WOUNDED;
      else
        return FALSE;
      return TRUE;
    }
  /* "1,091 civilian casualties (335 killed, 756 injured)": the parts are the figures */
  if (_sitrep_suggest_tok_among (run, j, far_killed))
    {
      *kind = SITREP_SUGGEST_KILLED;
      return !(j + 1 < run->n_tokens && (tok (run, j + 1)->flags & TOK_PUNCT) &&
               strchr ("(:", run->text[tok (run, j + 1)->start]) != NULL);
    }
  if (_sitrep_suggest_tok_among (run, j, far_wounded))
    {
      *kind = SITREP_SUGGEST_WOUNDED;
      return TRUE;
    }
  if (_sitrep_suggest_tok_among (run, j, far_captured))
    {
      *kind = SITREP_SUGGEST_CAPTURED;
      return TRUE;
    }
  return FALSE;
}

/* Whether token @j is a number that counts (not a year, a time, a date's day …). */
static gboolean
is_count (SuggestRun *run,
          guint       j)
{
  return _sitrep_suggest_is_number_anchor (run, j) && !_sitrep_suggest_figure_not_a_count (run, j);
}

/* Whether token @j ends the clause of a count on one side: a mark of its own, another number (the
 * words beyond a count are its, unless it is joined to this one after it), a word that starts
 * another clause ("said", "while", "who"), or "and" before anything but a count ("Those wounded
 * were taken to Kirkuk and one of them …"). */
static gboolean
ends_clause (SuggestRun *run,
             guint       j,
             gboolean    before)
{
  const SuggestToken *t = tok (run, j);

  if (t->flags & TOK_PUNCT)
    return ends_clause_mark (run, j);
  /* "5 Iraqis and 4 Syrians have been murdered"; not "deployed 3,000 fighters where 5 were killed"
   * (any number: a year or a time after the count ends its clause too) */
  if (_sitrep_suggest_is_number_anchor (run, j))
    return before || j == 0 || !_sitrep_suggest_tok_among (run, j - 1, joins);
  if (_sitrep_suggest_tok_among (run, j, joins))
    return j + 1 >= run->n_tokens || !is_count (run, j + 1);
  return !(t->flags & TOK_ARABIC) && _sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_clause_words);
}

/* Whether the word of harm at @j acts on a count right after it, its qualifier between ("riding a
 * motorcycle kidnapped five shepherds"): that count's, not the one before. Not "250 civilian
 * casualties and about 775 wounded". */
static gboolean
owned_after (SuggestRun *run,
             guint       j)
{
  for (guint k = j + 1; k < run->n_tokens && k <= j + 4 && tok (run, k)->sentence == tok (run, j)->sentence; k++)
    {
      if (is_count (run, k))
        return _sitrep_suggest_figure_qualifier_start (run, k) == j + 1;
      if (tok (run, k)->flags & TOK_PUNCT)
        return FALSE;
    }
  return FALSE;
}

/* Words that deny what the clause says: "none left more than 10 casualties" (nearest_cue () says
 * DENIED when one stands before the count). */
#define DENIED G_MAXUINT
static const char * const denials[] = {
  "none", "no", "not", "never", "nobody", "without", NULL
};

/* Every English word above, the denials and the toll's verbs (below): with the lists of harm, of
 * clause words and of number words, what the walk asks of a word (walk_skips ()). */
static const char * const walk_words[] = {
  "casualties", "treated", "hospitalized", "hospitalised", "hospital", "seized", "and", "or",
  "none", "no", "not", "never", "nobody", "without",
  "rose", "risen", "climbed", "reached", "jumped", "increased", "stood", "hit", "mounted", NULL
};

/* The bits of the lists of harm, of clause words and of number words, which the walk asks of a word;
 * every bit when one of them has none at hand: then the walk asks each word. */
guint64
_sitrep_suggest_figure_clause_bits (SuggestRun *run)
{
  const char * const *lists[] = {
    _sitrep_suggest_figure_killed_words, _sitrep_suggest_figure_wounded_words, _sitrep_suggest_figure_captured_words,
    _sitrep_suggest_figure_missing_words, _sitrep_suggest_figure_clause_words, _sitrep_suggest_figure_number_words,
  };
  guint64 bits = 0;

  for (guint k = 0; k < G_N_ELEMENTS (lists); k++)
    {
      guint64 bit = _sitrep_suggest_list_bit (run, lists[k]);

      if (bit == 0)
        return G_MAXUINT64;
      bits |= bit;
    }
  return bits;
}

/* Whether the walk may pass over token @j at once: a word of English in none of the lists it asks
 * (one AND of the list bits @bits, one of walk_words' filter). */
static inline gboolean
walk_skips (SuggestRun *run,
            guint       j,
            guint64     bits)
{
  return bits != G_MAXUINT64 && !(tok (run, j)->flags & (TOK_PUNCT | TOK_NUMBER | TOK_ARABIC)) &&
         !(run->lists[j] & bits) && !_sitrep_suggest_tok_among (run, j, walk_words);
}

/* Verbs that set a toll before its count: past one, only "the number of (the) killed" says the kind;
 * "the number of villages captured rose to 40" counts villages. */
static const char * const toll_verbs[] = {
  "rose", "risen", "climbed", "reached", "jumped", "increased", "stood", "hit", "mounted", NULL
};

/* Whether the word of harm at @j is what "of" or "of the" counts. */
static gboolean
after_of (SuggestRun *run,
          guint       j)
{
  return (j >= 1 && _sitrep_suggest_tok_is (run, j - 1, "of")) ||
         (j >= 2 && _sitrep_suggest_tok_is (run, j - 1, "the") && _sitrep_suggest_tok_is (run, j - 2, "of"));
}

/* The nearest word of harm on one side of the count @first … @num_end, within its clause: its
 * distance in tokens (0: none) and its kind in *@kind. */
static guint
nearest_cue (SuggestRun        *run,
             guint              first,
             guint              num_end,
             gboolean           before,
             guint64            bits,
             SitrepSuggestKind *kind)
{
  guint sentence = tok (run, first)->sentence;
  gboolean toll = FALSE;

  for (guint d = 1; d <= CLAUSE_REACH; d++)
    {
      guint j;

      if (before ? d > first : num_end + d >= run->n_tokens)
        return 0;
      j = before ? first - d : num_end + d;
      if (tok (run, j)->sentence != sentence)
        return 0;
      /* most words: in no list the walk asks */
      if (walk_skips (run, j, bits))
        continue;
      if (ends_clause (run, j, before))
        return 0;
      if (!(tok (run, j)->flags & TOK_WORD))
        continue;
      if (before && _sitrep_suggest_tok_among (run, j, denials))
        return DENIED;
      if (before && _sitrep_suggest_tok_among (run, j, toll_verbs))
        toll = TRUE;
      else if (far_kind (run, j, before, kind))
        {
          /* "two of the contractors not killed in the attack" */
          if (!before && _sitrep_suggest_tok_among (run, j - 1, denials))
            return DENIED;
          return (before && (!toll || after_of (run, j))) || (!before && !owned_after (run, j)) ? d : 0;
        }
    }
  return 0;
}

/* Words between a count and the people it counts: "two of its fighters". */
static const char * const of_words[] = {
  "of", "the", "its", "their", "his", "her", "our", NULL
};
/* Small words right after a count that leave it a count of people: "the number at 10, …",
 * "15 were killed". */
static const char * const after_words[] = {
  "and", "or", "in", "on", "at", "were", "was", "have", "had", "are", "more", "other", "others", "them",
  "whom", "those", NULL
};

/* Units of time after "N and a half". */
static const char * const time_units[] = {
  "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "decades", NULL
};

/* Whether the words right after the count ending at @num_end leave it a count of people: none (a
 * mark, the sentence's end), a noun of people, a capitalised word ("5 Iraqis"), an Arabic one (whose
 * things sitrep-suggest-figures-ar-clause.c has told), a word of harm; not "two of its vehicles",
 * "more than 300 shells launched by the rebels". */
static gboolean
counts_people (SuggestRun *run,
               guint       num_end)
{
  guint j = num_end + 1;
  gboolean found;

  /* "in two and half years", "two and a half hours": the word after the half is what is counted */
  if (_sitrep_suggest_tok_is (run, j, "and") &&
      (_sitrep_suggest_tok_is (run, j + 1, "half") || (_sitrep_suggest_tok_is (run, j + 1, "a") && _sitrep_suggest_tok_is (run, j + 2, "half"))))
    return !_sitrep_suggest_tok_among (run, _sitrep_suggest_tok_is (run, j + 1, "a") ? j + 3 : j + 2, time_units);
  while (j < run->n_tokens && j <= num_end + 3 && _sitrep_suggest_tok_among (run, j, of_words))
    j++;
  if (j >= run->n_tokens || tok (run, j)->sentence != tok (run, num_end)->sentence || !(tok (run, j)->flags & TOK_WORD))
    return TRUE;
  if (tok (run, j)->flags & (TOK_CAP | TOK_ARABIC))
    return TRUE;
  _sitrep_suggest_figure_kind_of (run, j, &found);
  return found || _sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_victim_nouns) ||
         _sitrep_suggest_tok_among (run, j, far_killed) || (j == num_end + 1 && _sitrep_suggest_tok_among (run, j, after_words));
}

/* Whether the clause of the count @first … @num_end holds a word of harm, the nearest of which
 * gives its kind (*@kind): the last reader, asked only of a count no other found a cue for. *@bits
 * is the walk's bits, worked out at the first ask of a run (0 until then). */
gboolean
_sitrep_suggest_figure_clause_kind (SuggestRun        *run,
                                    guint              first,
                                    guint              num_end,
                                    guint64           *bits,
                                    SitrepSuggestKind *kind)
{
  SitrepSuggestKind kind_before = SITREP_SUGGEST_KILLED, kind_after = SITREP_SUGGEST_KILLED;
  guint before, after;

  if (!counts_people (run, num_end))
    return FALSE;
  if (*bits == 0)
    *bits = _sitrep_suggest_figure_clause_bits (run);
  before = nearest_cue (run, first, num_end, TRUE, *bits, &kind_before);
  if (before == DENIED)
    return FALSE;
  after = nearest_cue (run, first, num_end, FALSE, *bits, &kind_after);
  if (after == DENIED || (before == 0 && after == 0))
    return FALSE;
  *kind = after != 0 && (before == 0 || after <= before) ? kind_after : kind_before;
  return TRUE;
}

/* "there are 730 casualties, including …": figure_at () leaves a count of this noun to this reader */
gboolean
_sitrep_suggest_figure_clause_noun (SuggestRun *run,
                                    guint       j)
{
  return j < run->n_tokens && tok (run, j)->sentence == tok (run, j - 1)->sentence &&
         _sitrep_suggest_tok_is (run, j, "casualties");
}

/* Verbs of a court's sentence: "sentenced three men to death" is no death (yet). */
static const char * const sentence_verbs[] = {
  "sentenced", "sentencing", "sentences", "condemned", "condemning", NULL
};

/* Whether token @j is one of sentence_verbs, asked only of a word as long as they are (9 or 10 letters). */
static gboolean
is_sentence_verb (SuggestRun *run,
                  guint       j)
{
  guint32 len = tok (run, j)->end - tok (run, j)->start;

  return (len == 9 || len == 10) && _sitrep_suggest_tok_among (run, j, sentence_verbs);
}

/* How far before a count joined to a sentence's first count ("… and four others to 15 years") its verb may stand. */
#define SENTENCE_BEFORE 12

/* Whether the people counted from @first are the subject of a sentence in the passive before any word of harm:
 * "Three men were sentenced to death". */
static gboolean
sentenced_after (SuggestRun *run,
                 guint       first)
{
  guint sentence = tok (run, first)->sentence;

  for (guint j = first + 1; j < run->n_tokens && j <= first + FIGURE_CUE_AFTER && tok (run, j)->sentence == sentence; j++)
    {
      if (tok (run, j)->flags & TOK_PUNCT)
        return FALSE;
      /* the verb first, asked of the words of its length only; the words of harm before it only then */
      if (is_sentence_verb (run, j))
        {
          for (guint m = first + 1; m < j; m++)
            if (_sitrep_suggest_figure_is_kind_word (run, m))
              return FALSE;
          return _sitrep_suggest_tok_in (run, j - 1, _sitrep_suggest_figure_passive_aux);
        }
    }
  return FALSE;
}

/* Whether the count ending at @num_end, its people after it, then "to" (a term: "to 15 years", "to life", "to
 * death"), is one more group of a sentence whose verb came before it in its sentence: "sentenced 11 men to death
 * and four others to 15 years in prison". */
static gboolean
sentenced_too (SuggestRun *run,
               guint       first,
               guint       num_end)
{
  guint sentence = tok (run, first)->sentence, k = num_end + 1;

  while (k < run->n_tokens && k <= num_end + 3 && (tok (run, k)->flags & TOK_WORD) && !_sitrep_suggest_tok_is (run, k, "to"))
    k++;
  if (k >= run->n_tokens || !_sitrep_suggest_tok_is (run, k, "to") || tok (run, k)->sentence != sentence)
    return FALSE;
  for (guint d = 1; d <= SENTENCE_BEFORE && d <= first && tok (run, first - d)->sentence == sentence; d++)
    if (is_sentence_verb (run, first - d))
      return TRUE;
  return FALSE;
}

/* Whether the count from @first to @num_end is the object of a sentence to death: "An Iraqi court sentenced
 * three men to death", "condemned 11 people to death by hanging"; its subject ("Three men were sentenced to
 * death"); or one more group of its ("… and four others to 15 years in prison"). */
gboolean
_sitrep_suggest_figure_sentenced (SuggestRun *run,
                                  guint       first,
                                  guint       num_end)
{
  guint sentence = tok (run, first)->sentence;

  for (guint d = 1; d <= 3 && d <= first; d++)
    {
      guint j = first - d;

      if (tok (run, j)->sentence != sentence || (tok (run, j)->flags & TOK_PUNCT) || _sitrep_suggest_is_number_anchor (run, j))
        break;
      if (_sitrep_suggest_tok_among (run, j, sentence_verbs))
        return TRUE;
    }
  return sentenced_after (run, first) || sentenced_too (run, first, num_end);
}

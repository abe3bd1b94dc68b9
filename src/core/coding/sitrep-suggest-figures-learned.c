/* sitrep-suggest-figures-learned.c — the learned reader of English figures: for every word of harm, its
 * people read as a coder reads them (the subject of "was killed" or "died", the object of "killed", "the
 * death of X", a name, a pronoun, "a man and his son", a count), one candidate figure each with its
 * features; a candidate no other reader proposed a figure for is proposed when a logistic regression
 * trained on the tuning sets scores it over its threshold (sitrep-suggest-figure-weights.h, made by
 * bench/figure-candidates.py)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-figures-person.h"
#include "sitrep-suggest-figures-learned.h"
#include "sitrep-suggest-figure-weights.h"

/* At most this many words of modifiers between a determiner and its noun ("a 25-year-old Syrian aid worker"). */
#define MODIFIERS 4
/* At most this many people joined by "and" or commas. */
#define JOINED 6

const char * const _sitrep_suggest_figure_feature_names[FIGURE_N_FEATURES + 1] = {
  "t_killed", "t_died", "t_dead", "t_killing", "t_death", "t_body", "t_wounded", "t_wounding", "t_captured",
  "t_capturing", "p_passive", "p_intrans", "p_object", "p_of", "p_relative", "h_number", "h_noun", "h_name",
  "h_pronoun", "h_coord", "d_a", "d_the", "d_poss", "d_one", "c_1", "c_2_5", "c_6", "far", "age",
  "person_span", "actor_span", "neg", "modal", "quote", "past", "said", "head", "para_first", "by", "were",
  "same_sent", "any_sent", "same_near", "same_count", "same_doc", "none_doc", NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (figure_weights) == FIGURE_N_FEATURES);

static const char * const t_killed[] = {
  "killed", "slain", "executed", "murdered", "assassinated", "beheaded", "massacred", "martyred", "neutralized",
  "neutralised", "eliminated", "liquidated", "slaughtered", "lynched", "gunned", NULL
};
static const char * const t_died[] = {
  "died", "perished", "succumbed", NULL
};
static const char * const t_killing[] = {
  "killing", "executing", "murdering", "assassinating", "beheading", "slaughtering", "massacring", "eliminating",
  "liquidating", "neutralizing", "neutralising", "martyring", NULL
};
static const char * const t_death[] = {
  "death", "deaths", "killing", "killings", "murder", "assassination", "execution", "executions", "beheading", NULL
};
static const char * const t_body[] = {
  "body", "bodies", "corpses", "remains", NULL
};
static const char * const t_wounded[] = {
  "wounded", "injured", "hurt", "maimed", NULL
};
static const char * const t_wounding[] = {
  "wounding", "injuring", NULL
};
static const char * const t_captured[] = {
  "abducted", "kidnapped", "arrested", "detained", "captured", "apprehended", "recaptured", NULL
};
static const char * const t_capturing[] = {
  "abducting", "kidnapping", "arresting", "detaining", "capturing", "abduction", "arrest", "capture", "detention",
  NULL
};
/* The verb before "dead": "shot dead", "found dead". */
static const char * const dead_verbs[] = {
  "shot", "found", "beaten", "stabbed", "left", "declared", "pronounced", "confirmed", "burned", "burnt", "hacked",
  NULL
};
static const char * const aux_words[] = {
  "was", "were", "is", "are", "been", "be", "being", "had", "has", "have", "got", "get", "gets", NULL
};
static const char * const adverbs[] = {
  "also", "reportedly", "later", "fatally", "slightly", "seriously", "critically", "badly", "lightly", "severely",
  "mortally", "allegedly", "subsequently", "eventually", "apparently", "accidentally", "then", "previously",
  "reported", "just", "both", "all", "again", "recently", "believed", "said", "to", "not", "never", NULL
};
static const char * const the_words[] = {
  "the", "this", "that", NULL
};
static const char * const one_words[] = {
  "one", "another", NULL
};
static const char * const subject_pronouns[] = {
  "he", "she", NULL
};
static const char * const neg_words[] = {
  "not", "no", "never", "without", "denied", "nobody", "none", NULL
};
static const char * const modal_words[] = {
  "will", "would", "could", "may", "might", "should", "can", "if", "to", "threatened", "threatening", "whether",
  "unless", "risk", NULL
};
static const char * const past_words[] = {
  "ago", "since", "anniversary", "recalled", "remembered", "former", "late", NULL
};
static const char * const said_words[] = {
  "said", "says", "told", "according", "reported", "stated", "announced", NULL
};
static const char * const plural_of[] = {
  "people", "men", "women", "children", NULL
};

/* What a reading found: the people of one word of harm. */
typedef struct
{
  guint        first;
  guint        last;
  guint        head;
  FigureFeature head_class;
  FigureFeature det;           /* FIGURE_N_FEATURES: none */
  gint64       count;
  SitrepFigure figure;
  gboolean     age;
} People;

/* The figures proposed by the other readers, for the features: their sentence, paragraph, bytes, kind, count. */
typedef struct
{
  guint  sentence;
  guint  paragraph;
  gsize  start;
  gsize  end;
  SitrepSuggestKind kind;
  gint64 count;
} Known;

static gboolean
same_kind (SitrepSuggestKind a,
           SitrepSuggestKind b)
{
  if (a == SITREP_SUGGEST_MISSING)
    a = SITREP_SUGGEST_CAPTURED;
  if (b == SITREP_SUGGEST_MISSING)
    b = SITREP_SUGGEST_CAPTURED;
  return a == b;
}

static gboolean
is_mark (SuggestRun *run,
         guint       j,
         const char *marks)
{
  return j < run->n_tokens && (tok (run, j)->flags & TOK_PUNCT) && strchr (marks, run->text[tok (run, j)->start]) != NULL;
}

static gboolean
is_word (SuggestRun *run,
         guint       j)
{
  return j < run->n_tokens && (tok (run, j)->flags & TOK_WORD) && !(tok (run, j)->flags & (TOK_ARABIC | TOK_NUMBER));
}

/* A word of a name: capitalised, not a month, not the sentence's first word alone. */
static gboolean
is_name_word (SuggestRun *run,
              guint       j)
{
  if (!is_word (run, j) || !(tok (run, j)->flags & TOK_CAP) || _sitrep_suggest_is_month (run, j))
    return FALSE;
  return !_sitrep_suggest_tok_is_common (run, j);
}

/* Whether tokens @first … @last name no actor or place the suggester knows. */
static gboolean
names_person (SuggestRun *run,
              guint       first,
              guint       last)
{
  const char *key = _sitrep_suggest_span_key_tmp (run, first, last);
  const KnownName *known = *key != '\0' ? g_hash_table_lookup (run->names, key) : NULL;

  return known == NULL || g_strcmp0 (known->kind, "person") == 0;
}

/* Whether the token before @j is of @j's sentence. */
static gboolean
before_in (SuggestRun *run,
           guint       j)
{
  return j > 0 && tok (run, j - 1)->sentence == tok (run, j)->sentence;
}

static gboolean
after_in (SuggestRun *run,
          guint       j)
{
  return j + 1 < run->n_tokens && tok (run, j + 1)->sentence == tok (run, j)->sentence;
}

/* A count ending at or before @j (within a few modifiers): its figure and first token. */
static gboolean
count_ending (SuggestRun *run,
              guint       noun,
              People     *p)
{
  if (noun >= run->n_tokens)
    return FALSE;
  for (guint k = 1; k <= MODIFIERS && noun >= k && tok (run, noun - k)->sentence == tok (run, noun)->sentence; k++)
    {
      guint j = noun - k, anchor = j;

      if (is_mark (run, j, ",;:.()\"") )
        return FALSE;
      if (!_sitrep_suggest_is_number_anchor (run, j))
        continue;
      while (anchor > 0 && tok (run, anchor - 1)->sentence == tok (run, j)->sentence &&
             (_sitrep_suggest_is_number_anchor (run, anchor - 1) || (tok (run, anchor - 1)->flags & TOK_HYPHEN)))
        anchor--;
      if (tok (run, anchor)->flags & TOK_HYPHEN)
        anchor++;
      p->first = _sitrep_suggest_figure_qualifier_start (run, anchor);
      if (!_sitrep_suggest_figure_read (run, p->first, anchor, _sitrep_suggest_figure_number_end (run, anchor), &p->figure))
        return FALSE;
      p->count = p->figure.count;
      p->head_class = FIGURE_F_H_NUMBER;
      return p->count > 0;
    }
  return FALSE;
}

/* The determiner of a noun at @noun, back over a few modifiers: *@first its token. */
static FigureFeature
determiner_before (SuggestRun *run,
                   guint       noun,
                   guint      *first,
                   gboolean   *age)
{
  for (guint k = 1; k <= MODIFIERS + 1 && noun >= k && tok (run, noun - k)->sentence == tok (run, noun)->sentence; k++)
    {
      guint j = noun - k;

      *first = j;
      if (_sitrep_suggest_tok_among (run, j, _sitrep_suggest_one_determiners))
        return _sitrep_suggest_tok_is (run, j, "another") ? FIGURE_F_D_ONE :
               _sitrep_suggest_tok_is (run, j, "a") || _sitrep_suggest_tok_is (run, j, "an") ? FIGURE_F_D_A : FIGURE_F_D_POSS;
      if (_sitrep_suggest_tok_among (run, j, the_words))
        return FIGURE_F_D_THE;
      if (_sitrep_suggest_tok_among (run, j, one_words))
        return FIGURE_F_D_ONE;
      /* "the victim's brother" */
      if (_sitrep_suggest_tok_is (run, j, "s") && j >= 1 && is_mark (run, j - 1, "'\xe2"))
        return FIGURE_F_D_POSS;
      if ((tok (run, j)->flags & TOK_NUMBER) || _sitrep_suggest_tok_is (run, j, "year") || _sitrep_suggest_tok_is (run, j, "old"))
        {
          *age = TRUE;
          continue;
        }
      if (!is_word (run, j) && !(tok (run, j)->flags & TOK_HYPHEN))
        break;
      if (_sitrep_suggest_tok_among (run, j, aux_words) || _sitrep_suggest_tok_is (run, j, "and") ||
          _sitrep_suggest_tok_is (run, j, "of") || _sitrep_suggest_tok_is (run, j, "by"))
        break;
    }
  *first = noun;
  return FIGURE_N_FEATURES;
}

/* One phrase of people ending at token @j (the subject of a passive verb or of "died"), no joining. */
static gboolean
phrase_ending (SuggestRun *run,
               guint       j,
               People     *p)
{
  p->last = p->head = j;
  p->first = j;
  p->det = FIGURE_N_FEATURES;
  p->count = 0;
  if (_sitrep_suggest_tok_among (run, j, subject_pronouns))
    {
      p->head_class = FIGURE_F_H_PRONOUN;
      p->count = 1;
      return TRUE;
    }
  if (_sitrep_suggest_tok_among (run, j, _sitrep_suggest_one_person))
    {
      p->head_class = FIGURE_F_H_NOUN;
      p->det = determiner_before (run, j, &p->first, &p->age);
      if (p->det == FIGURE_N_FEATURES && !(tok (run, j)->flags & TOK_CAP) && count_ending (run, j, p))
        return TRUE;
      p->count = 1;
      return TRUE;
    }
  if (_sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_victim_nouns) || _sitrep_suggest_tok_among (run, j, plural_of))
    return count_ending (run, j, p);
  /* "Baghdad: 1 killed by gunmen", "two were wounded" */
  if (_sitrep_suggest_is_number_anchor (run, j))
    return count_ending (run, j + 1, p);
  if (is_name_word (run, j))
    {
      guint k = j;

      while (k > 0 && j - k < MODIFIERS && tok (run, k - 1)->sentence == tok (run, j)->sentence &&
             (is_name_word (run, k - 1) || ((tok (run, k - 1)->flags & TOK_HYPHEN) && tok (run, k - 1)->space_before == 0) ||
              _sitrep_suggest_tok_is (run, k - 1, "al") || is_mark (run, k - 1, ".")))
        k--;
      while (k < j && !is_name_word (run, k))
        k++;
      /* one word may be anything ("Baghdad were killed", "Police were …"); a name known as no person's is none, nor
       * one inside a longer phrase ("guards of the Autonomous Administration") */
      if (k == j || !names_person (run, k, j) ||
          (before_in (run, k) && (_sitrep_suggest_tok_is (run, k - 1, "the") || _sitrep_suggest_tok_is (run, k - 1, "of"))))
        return FALSE;
      p->first = k;
      p->head_class = FIGURE_F_H_NAME;
      p->count = 1;
      return TRUE;
    }
  return FALSE;
}

/* The people ending at @j, with those joined before them by "and" or commas ("a man and his son"). */
static gboolean
people_ending (SuggestRun *run,
               guint       j,
               People     *p)
{
  People more;

  /* "X, 25, was killed", "X, a teacher, was killed": the aside after the people */
  if (is_mark (run, j, ",") && j >= 2)
    {
      guint k = j - 1;

      while (k > 0 && j - k < 9 && !is_mark (run, k, ",;:.") && tok (run, k)->sentence == tok (run, j)->sentence)
        k--;
      if (k == 0 || !is_mark (run, k, ",") || k + 1 >= j)
        return FALSE;
      if (!phrase_ending (run, k - 1, p))
        return FALSE;
      p->age = p->age || (tok (run, k + 1)->flags & TOK_NUMBER) != 0;
      p->last = j - 1;
      return TRUE;
    }
  if (!phrase_ending (run, j, p) || p->head_class == FIGURE_F_H_PRONOUN || p->head_class == FIGURE_F_H_NUMBER)
    return p->count > 0;
  for (guint n = 0; n < JOINED && p->first >= 2; n++)
    {
      guint at = p->first - 1;

      if (!_sitrep_suggest_tok_is (run, at, "and") && !is_mark (run, at, ","))
        break;
      if (!phrase_ending (run, at - 1, &more) || more.head_class == FIGURE_F_H_PRONOUN || more.count != 1)
        break;
      p->first = more.first;
      p->count++;
      p->head_class = FIGURE_F_H_COORD;
    }
  return TRUE;
}

/* One phrase of people starting at token @j (the object of a verb, after "of"). */
static gboolean
phrase_starting (SuggestRun *run,
                 guint       j,
                 People     *p)
{
  p->first = p->head = p->last = j;
  p->det = FIGURE_N_FEATURES;
  p->count = 0;
  if (j >= run->n_tokens || j == 0 || tok (run, j)->sentence != tok (run, j - 1)->sentence)
    return FALSE;
  if (_sitrep_suggest_tok_is (run, j, "him") || _sitrep_suggest_tok_is (run, j, "her"))
    {
      p->head_class = FIGURE_F_H_PRONOUN;
      /* "her husband" */
      if (is_word (run, j + 1) && _sitrep_suggest_tok_among (run, j + 1, _sitrep_suggest_one_person))
        {
          p->head = p->last = j + 1;
          p->head_class = FIGURE_F_H_NOUN;
          p->det = FIGURE_F_D_POSS;
        }
      p->count = 1;
      return TRUE;
    }
  for (guint k = j; k <= j + MODIFIERS + 1 && k < run->n_tokens && tok (run, k)->sentence == tok (run, j)->sentence; k++)
    {
      if (is_mark (run, k, ",;:.()\""))
        break;
      if (_sitrep_suggest_tok_among (run, k, _sitrep_suggest_one_person) && !(k == j && (tok (run, k)->flags & TOK_CAP)))
        {
          guint first;

          /* "killed a soldier's wife": the noun after the possessive */
          if (_sitrep_suggest_tok_is (run, k + 2, "s") && is_mark (run, k + 1, "'\xe2"))
            continue;
          p->det = determiner_before (run, k, &first, &p->age);
          if (first != j && k != j)
            return FALSE;
          p->head = p->last = k;
          p->head_class = FIGURE_F_H_NOUN;
          if (p->det == FIGURE_N_FEATURES && count_ending (run, k, p))
            return TRUE;
          p->count = 1;
          return TRUE;
        }
      if (_sitrep_suggest_tok_in (run, k, _sitrep_suggest_figure_victim_nouns) || _sitrep_suggest_tok_among (run, k, plural_of))
        {
          p->head = p->last = k;
          return count_ending (run, k, p) && p->first >= j;
        }
      if (k == j && is_name_word (run, k))
        {
          guint e = k;

          while (after_in (run, e) && e - k < MODIFIERS &&
                 (is_name_word (run, e + 1) || _sitrep_suggest_tok_is (run, e + 1, "al") ||
                  ((tok (run, e + 1)->flags & TOK_HYPHEN) && tok (run, e + 1)->space_before == 0) ||
                  (is_mark (run, e + 1, ".") && tok (run, e)->end - tok (run, e)->start <= 4 && is_name_word (run, e + 2))))
            e++;
          /* one word may be anything ("captured Mosul"); a name known as no person's is none */
          if (e == k || !names_person (run, k, e))
            return FALSE;
          /* "killed Syrian soldiers": the capitals qualify a noun */
          if (is_word (run, e + 1) && !(tok (run, e + 1)->flags & TOK_CAP) &&
              !_sitrep_suggest_tok_among (run, e + 1, _sitrep_suggest_after_name))
            return FALSE;
          p->last = p->head = e;
          p->head_class = FIGURE_F_H_NAME;
          p->count = 1;
          return TRUE;
        }
      if (!is_word (run, k) && !(tok (run, k)->flags & (TOK_HYPHEN | TOK_NUMBER)))
        break;
      if (_sitrep_suggest_tok_among (run, k, aux_words) || _sitrep_suggest_tok_is (run, k, "and") ||
          _sitrep_suggest_tok_is (run, k, "by") || _sitrep_suggest_tok_is (run, k, "in"))
        break;
    }
  return FALSE;
}

/* "an Iraqi policemen" after "and": one more of any noun a person's noun is written as, after "a" at @det. */
static gboolean
a_noun_after (SuggestRun *run,
              guint       det,
              People     *p)
{
  for (guint k = det + 1; k <= det + 3 && k < run->n_tokens && tok (run, k)->sentence == tok (run, det)->sentence; k++)
    {
      if (!is_word (run, k))
        return FALSE;
      if (_sitrep_suggest_tok_in (run, k, _sitrep_suggest_figure_victim_nouns) || _sitrep_suggest_tok_among (run, k, plural_of))
        {
          p->first = det;
          p->head = p->last = k;
          p->head_class = FIGURE_F_H_NOUN;
          p->det = FIGURE_F_D_A;
          p->count = 1;
          return TRUE;
        }
    }
  return FALSE;
}

/* The people starting at @j, with those joined after them ("a man and his son", "X, Y and Z"). */
static gboolean
people_starting (SuggestRun *run,
                 guint       j,
                 People     *p)
{
  People more;

  if (!phrase_starting (run, j, p))
    return FALSE;
  if (p->head_class == FIGURE_F_H_NUMBER || p->head_class == FIGURE_F_H_PRONOUN)
    return TRUE;
  /* "X, 25," */
  if (is_mark (run, p->last + 1, ",") && is_mark (run, p->last + 3, ",") && (tok (run, p->last + 2)->flags & TOK_NUMBER))
    p->age = TRUE;
  for (guint n = 0; n < JOINED; n++)
    {
      guint at = p->last + 1;

      if (at + 1 >= run->n_tokens || (!_sitrep_suggest_tok_is (run, at, "and") && !is_mark (run, at, ",")))
        break;
      if (!phrase_starting (run, at + 1, &more) &&
          !(_sitrep_suggest_tok_is (run, at, "and") && (_sitrep_suggest_tok_is (run, at + 1, "a") || _sitrep_suggest_tok_is (run, at + 1, "an")) &&
            a_noun_after (run, at + 1, &more)))
        break;
      if (more.head_class == FIGURE_F_H_PRONOUN || more.count != 1 || tok (run, more.first)->sentence != tok (run, j)->sentence)
        break;
      /* "killed X, a former rebel": the same person again */
      if (is_mark (run, at, ",") && (more.det == FIGURE_F_D_A || more.det == FIGURE_F_D_THE))
        break;
      p->last = more.last;
      p->count++;
      p->head_class = FIGURE_F_H_COORD;
    }
  return TRUE;
}

/* Whether the people @p are named beside a count they are listed with ("two ISIS members and a civilian", "the wife
 * and four children"): the coders count the numeral only. */
static gboolean
listed_with_count (SuggestRun   *run,
                   const People *p)
{
  if (p->first >= 1 && before_in (run, p->first) && (_sitrep_suggest_tok_is (run, p->first - 1, "and") || is_mark (run, p->first - 1, ",")))
    {
      for (guint j = p->first - 1; j > 0 && p->first - j < 8 && tok (run, j - 1)->sentence == tok (run, p->first)->sentence; j--)
        {
          if (is_mark (run, j - 1, ";:.()") || _sitrep_suggest_tok_among (run, j - 1, aux_words))
            break;
          if (_sitrep_suggest_is_number_anchor (run, j - 1))
            return TRUE;
        }
    }
  if (_sitrep_suggest_tok_is (run, p->last + 1, "and") || is_mark (run, p->last + 1, ","))
    {
      for (guint j = p->last + 2; j < p->last + 5 && j < run->n_tokens && tok (run, j)->sentence == tok (run, p->last)->sentence; j++)
        {
          if (_sitrep_suggest_is_number_anchor (run, j))
            return TRUE;
          if (!is_word (run, j))
            break;
        }
    }
  return FALSE;
}

/* The token before the passive's auxiliaries and adverbs before @verb ("had been reportedly killed"), and
 * whether an auxiliary stands there. */
static guint
subject_end (SuggestRun *run,
             guint       verb,
             gboolean   *aux,
             gboolean   *were)
{
  guint j = verb;

  *aux = FALSE;
  *were = FALSE;
  while (before_in (run, j) && verb - j < 6)
    {
      if (_sitrep_suggest_tok_among (run, j - 1, aux_words))
        {
          /* "had killed" is active; "had been killed" passive */
          *aux = *aux || !(_sitrep_suggest_tok_is (run, j - 1, "had") || _sitrep_suggest_tok_is (run, j - 1, "has") ||
                           _sitrep_suggest_tok_is (run, j - 1, "have"));
          *were = *were || _sitrep_suggest_tok_is (run, j - 1, "were") || _sitrep_suggest_tok_is (run, j - 1, "are");
        }
      else if (!_sitrep_suggest_tok_among (run, j - 1, adverbs))
        break;
      j--;
    }
  return j > 0 ? j - 1 : G_MAXUINT;
}

/* The people of the word of harm at @i: how they stand to it in *@pattern. */
static gboolean
people_of (SuggestRun    *run,
           guint          i,
           FigureFeature  group,
           People        *p,
           FigureFeature *pattern,
           gboolean      *were)
{
  guint verb = i, end;
  gboolean aux;

  memset (p, 0, sizeof *p);
  if (group == FIGURE_F_T_DEATH || group == FIGURE_F_T_BODY || (group == FIGURE_F_T_CAPTURING && _sitrep_suggest_tok_is (run, i + 1, "of")))
    {
      *pattern = FIGURE_F_P_OF;
      return _sitrep_suggest_tok_is (run, i + 1, "of") && people_starting (run, i + 2, p);
    }
  if (group == FIGURE_F_T_DEAD && before_in (run, i) && _sitrep_suggest_tok_among (run, i - 1, dead_verbs))
    verb = i - 1;
  /* "the injured farmer", "a wounded soldier": a participle that qualifies its noun, whose harm is told elsewhere */
  if (before_in (run, i) && (_sitrep_suggest_tok_among (run, i - 1, _sitrep_suggest_one_determiners) ||
                             _sitrep_suggest_tok_among (run, i - 1, the_words)))
    return FALSE;
  /* "killing a shepherd", "wounding two" */
  if (group == FIGURE_F_T_KILLING || group == FIGURE_F_T_WOUNDING || group == FIGURE_F_T_CAPTURING)
    {
      *pattern = FIGURE_F_P_OBJECT;
      return people_starting (run, i + 1 + (_sitrep_suggest_tok_is (run, i + 1, "off")), p);
    }
  end = subject_end (run, verb, &aux, were);
  if (end != G_MAXUINT && aux)
    {
      *pattern = FIGURE_F_P_PASSIVE;
      if (_sitrep_suggest_tok_is (run, end, "who") && end >= 2 && is_mark (run, end - 1, ","))
        {
          *pattern = FIGURE_F_P_RELATIVE;
          end -= 2;
        }
      return people_ending (run, end, p);
    }
  /* "shot dead a policeman", "gunned down a shepherd", "killed a soldier" */
  if (group != FIGURE_F_T_DIED && !(group == FIGURE_F_T_DEAD && verb == i))
    {
      guint at = i + 1 + (_sitrep_suggest_tok_is (run, i + 1, "down") || _sitrep_suggest_tok_is (run, i + 1, "off"));

      *pattern = FIGURE_F_P_OBJECT;
      if (people_starting (run, at, p))
        return TRUE;
    }
  /* "Two soldiers killed in …", "X died of his wounds" */
  *pattern = FIGURE_F_P_INTRANS;
  return end != G_MAXUINT && people_ending (run, end, p);
}

/* The group of the word of harm at @i and its kind, or FALSE. */
static gboolean
group_of (SuggestRun        *run,
          guint              i,
          FigureFeature     *group,
          SitrepSuggestKind *kind)
{
  static const struct { const char * const *words; FigureFeature group; SitrepSuggestKind kind; } groups[] = {
    { t_killed, FIGURE_F_T_KILLED, SITREP_SUGGEST_KILLED },
    { t_died, FIGURE_F_T_DIED, SITREP_SUGGEST_KILLED },
    { t_wounded, FIGURE_F_T_WOUNDED, SITREP_SUGGEST_WOUNDED },
    { t_captured, FIGURE_F_T_CAPTURED, SITREP_SUGGEST_CAPTURED },
    { t_wounding, FIGURE_F_T_WOUNDING, SITREP_SUGGEST_WOUNDED },
    { t_body, FIGURE_F_T_BODY, SITREP_SUGGEST_KILLED },
  };

  if (_sitrep_suggest_tok_is (run, i, "dead"))
    {
      *group = FIGURE_F_T_DEAD;
      *kind = SITREP_SUGGEST_KILLED;
      return !(before_in (run, i) && _sitrep_suggest_tok_is (run, i - 1, "the"));
    }
  /* "killing" before "of" is the noun's; "the killing of" */
  if (_sitrep_suggest_tok_is (run, i + 1, "of") && _sitrep_suggest_tok_among (run, i, t_death))
    {
      *group = FIGURE_F_T_DEATH;
      *kind = SITREP_SUGGEST_KILLED;
      return TRUE;
    }
  if (_sitrep_suggest_tok_among (run, i, t_killing))
    {
      *group = FIGURE_F_T_KILLING;
      *kind = SITREP_SUGGEST_KILLED;
      return TRUE;
    }
  if (_sitrep_suggest_tok_among (run, i, t_capturing))
    {
      *group = FIGURE_F_T_CAPTURING;
      *kind = SITREP_SUGGEST_CAPTURED;
      return TRUE;
    }
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      if (_sitrep_suggest_tok_among (run, i, groups[g].words))
        {
          *group = groups[g].group;
          *kind = groups[g].kind;
          return TRUE;
        }
    }
  return FALSE;
}

/* Whether a word of @words stands in the sentence of @i, at most @before words before it and @after after. */
static gboolean
near_words (SuggestRun         *run,
            guint               i,
            guint               before,
            guint               after,
            const char * const *words)
{
  guint sentence = tok (run, i)->sentence;

  for (guint j = i > before ? i - before : 0; j <= i + after && j < run->n_tokens; j++)
    {
      if (tok (run, j)->sentence == sentence && j != i && _sitrep_suggest_tok_among (run, j, words))
        return TRUE;
    }
  return FALSE;
}

/* Whether a year stands in the sentence of @i ("in 2014"). */
static gboolean
year_near (SuggestRun *run,
           guint       i)
{
  guint sentence = tok (run, i)->sentence;

  for (guint j = i > 25 ? i - 25 : 0; j <= i + 25 && j < run->n_tokens; j++)
    {
      const SuggestToken *t = tok (run, j);

      if (t->sentence == sentence && (t->flags & TOK_NUMBER) && t->end - t->start == 4 &&
          (run->text[t->start] == '1' || run->text[t->start] == '2') && (run->text[t->start + 1] == '9' || run->text[t->start + 1] == '0'))
        return TRUE;
    }
  return FALSE;
}

/* Whether token @i stands inside quotes: an odd number of straight or curly quotes before it in its sentence. */
static gboolean
in_quotes (SuggestRun *run,
           guint       i)
{
  guint n = 0;

  for (guint j = i; j > 0 && tok (run, j - 1)->sentence == tok (run, i)->sentence && i - j < 60; j--)
    {
      const char *p = run->text + tok (run, j - 1)->start;

      if ((tok (run, j - 1)->flags & TOK_PUNCT) && (*p == '"' || g_str_has_prefix (p, "\xe2\x80\x9c") || g_str_has_prefix (p, "\xe2\x80\x9d")))
        n++;
    }
  return n % 2 == 1;
}

/* How many figures before the two sentences before a candidate's are asked whether one is of its kind and count. */
#define KNOWN_BEFORE 24
/* How many bytes from a candidate's words a figure of its kind and count makes it one proposed already. */
#define COVER_NEAR 60

/* The features of what the other readers proposed (@known, from *@cursor: the first figure of the two sentences
 * before, moved on as the candidates are, in the order of the text): *@covered when one of the kind is proposed
 * over the candidate's words, or one of its kind and count in its sentence. */
static void
known_features (const GArray      *known,
                guint             *cursor,
                guint              sentence,
                guint              paragraph,
                gsize              start,
                gsize              end,
                SitrepSuggestKind  kind,
                gint64             count,
                float             *f,
                gboolean          *covered)
{
  *covered = FALSE;
  while (*cursor < known->len && g_array_index (known, Known, *cursor).sentence + 2 < sentence)
    (*cursor)++;
  f[FIGURE_F_NONE_DOC] = *cursor == 0 && (known->len == 0 || g_array_index (known, Known, 0).start >= end);
  for (guint k = *cursor > KNOWN_BEFORE ? *cursor - KNOWN_BEFORE : 0; k < known->len; k++)
    {
      const Known *o = &g_array_index (known, Known, k);
      gboolean same = same_kind (o->kind, kind);

      if (o->sentence > sentence)
        break;
      if (o->sentence == sentence)
        {
          f[FIGURE_F_ANY_SENT] = 1;
          /* over its words, or its count near them (the same people read from another word) */
          if (same && ((o->start < end + 2 && o->end + 2 > start) ||
                       (o->count == count && o->start < end + COVER_NEAR && o->end + COVER_NEAR > start)))
            *covered = TRUE;
          if (same)
            f[FIGURE_F_SAME_SENT] = 1;
        }
      else if (same && o->sentence + 2 >= sentence)
        f[FIGURE_F_SAME_NEAR] = 1;
      if (same && o->count == count && o->sentence != sentence)
        {
          f[FIGURE_F_SAME_DOC] = 1;
          if (o->paragraph == paragraph)
            f[FIGURE_F_SAME_COUNT] = 1;
        }
    }
}

const char *
_sitrep_suggest_figure_weight_name (guint i)
{
  return i < G_N_ELEMENTS (figure_weight_names) ? figure_weight_names[i] : NULL;
}

double
_sitrep_suggest_figure_learned_score (const float *f)
{
  double s = FIGURE_INTERCEPT;

  for (guint k = 0; k < FIGURE_N_FEATURES; k++)
    s += f[k] * figure_weights[k];
  return s;
}

/* The features of the candidate of word @i, its people @p. */
static void
features (SuggestRun          *run,
          guint                i,
          FigureFeature        group,
          FigureFeature        pattern,
          const People        *p,
          gboolean             were,
          float               *f)
{
  guint lo = MIN (p->first, i), hi = MAX (p->last, i);

  f[group] = 1;
  f[pattern] = 1;
  f[p->head_class] = 1;
  if (p->det != FIGURE_N_FEATURES)
    f[p->det] = 1;
  f[p->count == 1 ? FIGURE_F_C_1 : p->count <= 5 ? FIGURE_F_C_2_5 : FIGURE_F_C_6] = 1;
  f[FIGURE_F_FAR] = (p->first > i ? p->first - i : i - p->last) > 3;
  f[FIGURE_F_AGE] = p->age;
  if (p->head_class == FIGURE_F_H_NAME)
    {
      const char *key = _sitrep_suggest_span_key_tmp (run, p->first, p->last);
      const KnownName *known = *key != '\0' ? g_hash_table_lookup (run->names, key) : NULL;

      f[FIGURE_F_PERSON_SPAN] = known != NULL && g_strcmp0 (known->kind, "person") == 0;
      f[FIGURE_F_ACTOR_SPAN] = known != NULL && g_strcmp0 (known->kind, "person") != 0;
    }
  f[FIGURE_F_NEG] = near_words (run, lo, 6, hi - lo, neg_words) || _sitrep_suggest_tok_is (run, i - 1, "t");
  f[FIGURE_F_MODAL] = near_words (run, i, 4, 0, modal_words);
  f[FIGURE_F_QUOTE] = in_quotes (run, lo);
  f[FIGURE_F_PAST] = year_near (run, i) || near_words (run, i, 25, 25, past_words);
  f[FIGURE_F_SAID] = near_words (run, i, 30, 30, said_words);
  f[FIGURE_F_HEAD] = tok (run, i)->sentence <= tok (run, 0)->sentence + 1;
  {
    guint j = lo;

    while (before_in (run, j))
      j--;
    f[FIGURE_F_PARA_FIRST] = j == 0 || tok (run, j - 1)->paragraph != tok (run, j)->paragraph;
  }
  f[FIGURE_F_BY] = _sitrep_suggest_tok_is (run, i + 1, "by") || _sitrep_suggest_tok_is (run, i + 2, "by") ||
                   _sitrep_suggest_tok_is (run, i + 3, "by");
  f[FIGURE_F_WERE] = were && p->count == 1;
}

/* The figures the other readers proposed, in the order of the text. */
static GArray *
known_figures (SuggestRun *run)
{
  GArray *known = g_array_new (FALSE, FALSE, sizeof (Known));

  for (guint k = 0; k < run->out->len; k++)
    {
      const SitrepSuggestion *s = run->out->pdata[k];
      Known o;

      if (!sitrep_suggest_kind_is_figure (s->kind))
        continue;
      o = (Known) { s->sentence, s->paragraph, s->byte_start, s->byte_end, s->kind, s->figure.count };
      g_array_append_val (known, o);
    }
  /* Most readers add in the order of the text; a few add after (insertion keeps it cheap). */
  for (guint k = 1; k < known->len; k++)
    {
      Known o = g_array_index (known, Known, k);
      guint m = k;

      while (m > 0 && g_array_index (known, Known, m - 1).start > o.start)
        {
          g_array_index (known, Known, m) = g_array_index (known, Known, m - 1);
          m--;
        }
      g_array_index (known, Known, m) = o;
    }
  return known;
}

static void
dump (SuggestRun        *run,
      guint              i,
      const People      *p,
      SitrepSuggestKind  kind,
      gboolean           covered,
      const float       *f)
{
  char bits[FIGURE_N_FEATURES + 1];
  guint32 h = 5381;
  guint lo = MIN (p->first, i), hi = MAX (p->last, i);
  g_autofree char *words = g_strndup (run->text + tok (run, lo)->start, tok (run, hi)->end - tok (run, lo)->start);

  for (gsize k = 0; k < run->text_len && k < 200; k++)
    h = h * 33 + (guchar) run->text[k];
  for (guint k = 0; k < FIGURE_N_FEATURES; k++)
    bits[k] = f[k] != 0 ? '1' : '0';
  bits[FIGURE_N_FEATURES] = '\0';
  g_strdelimit (words, "\t\n\r", ' ');
  fprintf (stderr, "FIGCAND\t%" G_GSIZE_FORMAT "\t%u\t%u\t%s\t%" G_GINT64_FORMAT "\t%d\t%d\t%s\t%s\n", run->text_len, h,
           tok (run, i)->start, sitrep_suggest_kind_to_string (kind), p->count, p->figure.qualifier, covered, bits, words);
}

void
_sitrep_suggest_figures_learned (SuggestRun *run,
                                 guint64     harm_bits)
{
  static gsize dumping = 0;
  GArray *known = NULL;
  guint n = run->n_tokens, last_head = G_MAXUINT, cursor = 0;

  if (g_once_init_enter (&dumping))
    g_once_init_leave (&dumping, g_getenv ("SITREP_FIGURE_CANDIDATES") != NULL ? 2 : 1);
  /* No threshold the training reached (FIGURE_NO_THRESHOLD): nothing to propose, nothing to read but the dump's. */
  if (harm_bits == 0 || (dumping != 2 && FIGURE_THRESHOLD >= FIGURE_NO_THRESHOLD))
    return;
  for (guint i = 0; (i = _sitrep_suggest_next_listed (run, i, n, harm_bits, 0)) < n; i++)
    {
      FigureFeature group, pattern;
      SitrepSuggestKind kind;
      People p;
      gboolean were = FALSE, covered;
      float f[FIGURE_N_FEATURES] = { 0 };
      guint lo, hi;

      /* a title's words ("Raqqa Is Being Slaughtered"), Arabic */
      if ((tok (run, i)->flags & (TOK_ARABIC | TOK_CAP)) || !group_of (run, i, &group, &kind) ||
          !people_of (run, i, group, &p, &pattern, &were) || p.count <= 0 || p.head == last_head)
        continue;
      last_head = p.head;
      /* counts are the other readers' (sitrep-suggest-figures.c): a count of one here ("Madain: 1 killed by gunmen");
       * people named beside a count are not counted */
      if ((p.head_class == FIGURE_F_H_NUMBER && p.count != 1) || (p.head_class != FIGURE_F_H_NUMBER && listed_with_count (run, &p)))
        continue;
      /* "… and a civilian were killed": one person and more before "and" */
      if (were && p.count == 1 && p.head_class != FIGURE_F_H_PRONOUN)
        {
          if (p.first < 2 || !_sitrep_suggest_tok_is (run, p.first - 1, "and"))
            continue;
          p.count = 2;
          p.head_class = FIGURE_F_H_COORD;
        }
      if (p.head_class != FIGURE_F_H_NUMBER)
        {
          p.figure.count = p.figure.low = p.figure.high = p.count;
          p.figure.qualifier = SITREP_QUALIFIER_EXACT;
        }
      lo = MIN (p.first, i);
      hi = MAX (p.last, i);
      /* "No one was hurt", "was not injured", "could kill a child": no harm told */
      if (near_words (run, lo, 2, hi - lo, neg_words) || near_words (run, i, 3, 0, modal_words))
        continue;
      if (known == NULL)
        known = known_figures (run);
      known_features (known, &cursor, tok (run, i)->sentence, tok (run, i)->paragraph, tok (run, lo)->start,
                      tok (run, hi)->end, kind, p.count, f, &covered);
      /* a figure another reader proposed is not proposed again: its features are only the dump's */
      if (covered && dumping != 2)
        continue;
      features (run, i, group, pattern, &p, were, f);
      if (dumping == 2)
        {
          dump (run, i, &p, kind, covered, f);
          continue;
        }
      if (!covered && _sitrep_suggest_figure_learned_score (f) > FIGURE_THRESHOLD)
        {
          SitrepSuggestion *s = _sitrep_suggest_add (run, kind, p.first, p.last);

          s->figure = p.figure;
          s->score = 0.5;
          s->victims = _sitrep_suggest_strndup (run, run->text + tok (run, p.head)->start,
                                                tok (run, p.head)->end - tok (run, p.head)->start);
        }
    }
  if (known != NULL)
    g_array_free (known, TRUE);
}

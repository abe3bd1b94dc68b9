/* sitrep-suggest-figures.c — proposing casualty figures: the number, its qualifier, the kind and whose dead they are
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"

/* How far around a number the words that make it a casualty figure may stand. */
#define VERB_BEFORE 3
#define CUE_AFTER 14
/* How many words may stand between a figure and the words joining the next one to it. */
#define JOIN_GAP 9
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

/* Words before a figure that make it part of the one before: "including
 * four children", "among them", "بينهم 11 طفلاً". */
static const char * const subset_words[] = {
  "including", "includes", "include", "included", "among", "بينهم", "منهم", "بينهن", "منهن", "وبينهم", "ومنهم",
  "وبينهن", "ومنهن", NULL
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
static const char * const passive_aux[] = {
  "were", "was", "been", "are", "is", "be", "being", NULL
};

/* Words that may stand between the people counted and what happened to
 * them, naming the group they belong to: "21 jihadists from the Islamic
 * State (IS) group have perished", "145 members of pro-Iran militias". */
static const char * const group_words[] = {
  "from", "group", "groups", "militia", "militias", "faction", "factions", "forces", "force",
  "organization", "organisation", "ranks", "side", "affiliated", "linked", "backed", "loyal",
  "allied", "belonging", "led", "allies", "same", "tribe", "clan", "household", NULL
};

/* Words of where the people counted are from, between them and what
 * happened to them: "14 residents of Khatab in the northwestern Hama
 * countryside were killed". */
static const char * const where_words[] = {
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeastern",
  "northwestern", "southeastern", "southwestern", "central", "rural", "countryside", "province",
  "city", "town", "village", "villages", "district", "area", "areas", "governorate", "region", "neighborhood",
  "neighbourhood", "camp", "suburb", "suburbs", "outskirts", "capital", NULL
};

/* Verbs before "dead" or "to death" that say how: "shot dead", "stabbed to death". */
static const char * const dead_verbs[] = {
  "shot", "stabbed", "beaten", "burned", "burnt", "found", "gunned", "hacked", "tortured", "crushed",
  "starved", "bludgeoned", NULL
};
/* Verbs before "prisoner", "hostage", "captive": "were taken prisoner". */
static const char * const taken_verbs[] = {
  "taken", "held", "kept", NULL
};
static const char * const captive_words[] = {
  "prisoner", "prisoners", "hostage", "hostages", "captive", "captives", NULL
};

/* Words joining a figure to the one before it in the sentence, which it
 * shares the verb of: "killed … 1,300 regime fighters …, as well as 145
 * members of pro-Iran militias, against more than 750 ISIS jihadists". */
/* Words that start another clause between two figures. */
static const char * const clause_words[] = {
  "that", "said", "says", "adding", "added", "who", "which", "while", "but", NULL
};

static const char * const join_words[] = {
  "and", "against", "plus", "versus", "vs", "و", NULL
};

gboolean
_sitrep_suggest_is_number_anchor (SuggestRun *run,
                                  guint       i)
{
  const SuggestToken *t;
  gboolean vague;

  if (i >= run->n_tokens)
    return FALSE;
  t = tok (run, i);
  if (t->flags & TOK_NUMBER)
    return TRUE;
  if (t->flags & TOK_ARABIC)
    return _sitrep_suggest_figure_ar_number (run, i, &vague) >= 0 || _sitrep_suggest_figure_is_and_number (run, i);
  return (t->flags & TOK_WORD) && _sitrep_suggest_tok_in (run, i, number_words);
}

static SitrepSuggestKind
kind_of (SuggestRun *run,
         guint       i,
         gboolean   *found)
{
  *found = TRUE;
  if (tok (run, i)->flags & TOK_ARABIC)
    {
      SitrepSuggestKind kind;

      if (_sitrep_suggest_figure_ar_kind (run, i, &kind))
        return kind;
    }
  /* "body" is in the list for "the body of a boy" (one person) only: no count's cue ("body weight (25)") */
  else if (_sitrep_suggest_tok_in (run, i, _sitrep_suggest_figure_killed_words) && !_sitrep_suggest_tok_is (run, i, "body"))
    return SITREP_SUGGEST_KILLED;
  else if (_sitrep_suggest_tok_in (run, i, _sitrep_suggest_figure_wounded_words))
    return SITREP_SUGGEST_WOUNDED;
  else if (_sitrep_suggest_tok_in (run, i, _sitrep_suggest_figure_captured_words))
    return SITREP_SUGGEST_CAPTURED;
  else if (_sitrep_suggest_tok_in (run, i, _sitrep_suggest_figure_missing_words))
    return SITREP_SUGGEST_MISSING;
  *found = FALSE;
  return SITREP_SUGGEST_KILLED;
}

static gboolean
is_kind_word (SuggestRun *run,
              guint       i)
{
  gboolean found;

  kind_of (run, i, &found);
  return found;
}

/* "lives" counts only in "claimed the lives of", "lost" only before the
 * number ("lost 80 fighters"), "toll" only as "death toll". */
static gboolean
cue_ok (SuggestRun *run,
        guint       i,
        gboolean    before)
{
  if (_sitrep_suggest_tok_is (run, i, "lives") || _sitrep_suggest_tok_is (run, i, "massacre"))
    return before;
  if (_sitrep_suggest_tok_is (run, i, "lost") || _sitrep_suggest_tok_is (run, i, "losing"))
    return before;
  if (_sitrep_suggest_tok_is (run, i, "toll"))
    return before;
  /* "three aid workers who passed away" */
  if (_sitrep_suggest_tok_is (run, i, "passed"))
    return _sitrep_suggest_tok_is (run, i + 1, "away");
  /* "the remains of 32 victims", "105 unidentified remains", "the arrest of 5 suspects"; not "the
   * toll remains 5", "arrest warrants for 12" */
  if (_sitrep_suggest_tok_is (run, i, "remains") || _sitrep_suggest_tok_is (run, i, "arrest") ||
      _sitrep_suggest_tok_is (run, i, "capture") || _sitrep_suggest_tok_is (run, i, "abduction"))
    return !before || _sitrep_suggest_tok_is (run, i + 1, "of");
  if (_sitrep_suggest_tok_is (run, i, "kill") || _sitrep_suggest_tok_is (run, i, "die"))
    return before;
  return TRUE;
}

/* For the elliptical counts' file: kind_of () and cue_ok (), which stay inline here. */
SitrepSuggestKind
_sitrep_suggest_figure_kind_of (SuggestRun *run, guint i, gboolean *found)
{
  return kind_of (run, i, found);
}

gboolean
_sitrep_suggest_figure_cue_ok (SuggestRun *run, guint i, gboolean before)
{
  return cue_ok (run, i, before);
}

gboolean
_sitrep_suggest_figure_is_kind_word (SuggestRun *run, guint i)
{
  return is_kind_word (run, i);
}

static gboolean
is_quote (SuggestRun *run,
          guint       i)
{
  const char *p = run->text + tok (run, i)->start;

  if ((guchar) *p < 0x80)  /* curly quotes and guillemets start with a byte past 0x7f */
    return *p == '"' || *p == '\'';
  return g_str_has_prefix (p, "“") || g_str_has_prefix (p, "”") || g_str_has_prefix (p, "«") || g_str_has_prefix (p, "»");
}

/* Whether token @i is a slash glued to the number beside it: some Arabic
 * outlets write numbers between slashes ("قتل /10/ عراقيين"), which say
 * nothing of what the number counts. */
static gboolean
is_number_slash (SuggestRun *run,
                 guint       i)
{
  const SuggestToken *t = tok (run, i);

  if (!(t->flags & TOK_PUNCT) || run->text[t->start] != '/' || t->end - t->start != 1)
    return FALSE;
  return (i + 1 < run->n_tokens && (tok (run, i + 1)->flags & TOK_NUMBER) && tok (run, i + 1)->space_before == 0) ||
         (i > 0 && (tok (run, i - 1)->flags & TOK_NUMBER) && t->space_before == 0);
}

/* Whether punctuation token @j, after the number ending at @num_end, says
 * nothing of the words around it: a quote, a hyphen, the slash after "/10",
 * the "#" and "_" of a hashtag ("#الحشد_الشعبي"), a curly apostrophe ("al-Qaida’s"), an initial's dot. */
static gboolean
says_nothing (SuggestRun *run,
              guint       j,
              guint       num_end)
{
  char c = run->text[tok (run, j)->start];

  /* and the dots of "U.S. troops" (a dot glued to a capital letter alone) */
  return is_quote (run, j) || (tok (run, j)->flags & TOK_HYPHEN) || (j == num_end + 1 && is_number_slash (run, j)) ||
         (c == '.' && tok (run, j)->space_before == 0 && tok (run, j - 1)->end - tok (run, j - 1)->start == 1 &&
          (tok (run, j - 1)->flags & TOK_CAP)) ||
         ((c == '#' || c == '_' || g_str_has_prefix (run->text + tok (run, j)->start, "’")) && j + 1 < run->n_tokens &&
          tok (run, j + 1)->space_before == 0 && tok (run, j + 1)->sentence == tok (run, j)->sentence);
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

      if (tok (run, j)->sentence != sentence || _sitrep_suggest_is_number_anchor (run, j))
        return FALSE;
      if (_sitrep_suggest_tok_in (run, j, clause_breaks) ||
          ((tok (run, j)->flags & TOK_PUNCT) && strchr (",;:.", run->text[tok (run, j)->start]) != NULL))
        return FALSE;
      /* "villages captured rose to 40": what rose is the toll's (below) */
      if (k == 2 && (_sitrep_suggest_tok_is (run, first - 1, "to") || _sitrep_suggest_tok_is (run, first - 1, "at")) &&
          _sitrep_suggest_tok_among (run, j, toll_verbs))
        break;
      *kind = kind_of (run, j, &found);
      if (found && cue_ok (run, j, TRUE))
        return TRUE;
    }
  /* "The death toll from the blast climbed to 30", "the number of civilians
   * who were killed … has risen to 5": the toll or number a few words before
   * its verb, the kind of the word nearest after it. */
  if ((first >= 2 && (_sitrep_suggest_tok_is (run, first - 1, "to") || _sitrep_suggest_tok_is (run, first - 1, "at")) &&
       _sitrep_suggest_tok_among (run, first - 2, toll_verbs)) ||
      (first >= 1 && _sitrep_suggest_tok_among (run, first - 1, toll_direct_verbs)))
    {
      gboolean have = FALSE;
      guint verb = _sitrep_suggest_tok_among (run, first - 1, toll_direct_verbs) ? first - 1 : first - 2;

      for (guint j = verb; j > 0 && j + TOLL_BEFORE >= first && tok (run, j - 1)->sentence == sentence; j--)
        {
          SitrepSuggestKind k;
          gboolean cue;

          /* "the number of people (who were) killed", "the number of dead"; not "of villages captured" */
          if (_sitrep_suggest_tok_is (run, j - 1, "toll") ||
              (have && _sitrep_suggest_tok_is (run, j - 1, "number") && _sitrep_suggest_tok_is (run, j, "of") &&
               (_sitrep_suggest_tok_in (run, j + 1, _sitrep_suggest_figure_victim_nouns) || is_kind_word (run, j + 1))))
            {
              *kind = have ? *kind : SITREP_SUGGEST_KILLED;
              return TRUE;
            }
          k = kind_of (run, j - 1, &cue);
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
  /* "…, five of them were fighters, and the other three …": parts of the figure before */
  part = (first >= 2 && _sitrep_suggest_tok_is (run, first - 1, "other") && _sitrep_suggest_tok_is (run, first - 2, "the")) ||
          ((tok (run, first - 1)->flags & TOK_PUNCT) && run->text[tok (run, first - 1)->start] == ',' &&
           _sitrep_suggest_tok_is (run, _sitrep_suggest_figure_number_end (run, first) + 1, "of") &&
           (_sitrep_suggest_tok_is (run, _sitrep_suggest_figure_number_end (run, first) + 2, "them") || _sitrep_suggest_tok_is (run, _sitrep_suggest_figure_number_end (run, first) + 2, "whom")));
  /* "among them 234 children", "among them were 234 children" */
  among = first >= 2 && _sitrep_suggest_tok_in (run, first - 1, passive_aux) ? first - 1 : first;
  if (!colon && !part && !_sitrep_suggest_tok_in (run, first - 1, subset_words) &&
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
      if (end >= j || j - end > gap)
        return FALSE;
      for (guint m = end + 1; m < j; m++)
        {
          if (_sitrep_suggest_tok_among (run, m, clause_words))
            return FALSE;
        }
      *kind = s->kind;
      *whole = s;
      return TRUE;
    }
  return FALSE;
}

/* How many words after a first word that names no people the noun that does may come:
 * "125 national guard and police recruits". */
#define HEAD_AHEAD 4

/* What is left of the dead, counted: "14 dumped bodies". */
static const char * const dead_nouns[] = {
  "bodies", "remains", "corpses", NULL
};

/* Whether the people counted are named by a noun a few words after token
 * @j, the first of their words, which is a modifier: "three carpet
 * merchants", "two additional associates", "125 national guard and police
 * recruits". Not across a verb of what happened, a number or punctuation:
 * "14 tanks and killed 3 soldiers". */
static gboolean
people_head_ahead (SuggestRun *run,
                   guint       j)
{
  guint sentence = tok (run, j)->sentence;

  for (guint k = j + 1, hyphens = 0; k < run->n_tokens && k <= j + HEAD_AHEAD + hyphens; k++)
    {
      const SuggestToken *t = tok (run, k);

      /* "three team-members", "four off-duty prison guards"; not "25-year-old" (an age, glued to its number) */
      if ((t->flags & TOK_HYPHEN) && t->space_before == 0 && hyphens < 2 && !(tok (run, j - 1)->flags & TOK_HYPHEN))
        {
          hyphens++;
          continue;
        }

      /* "14 dumped bodies", "105 unidentified remains" */
      if (_sitrep_suggest_tok_among (run, k, dead_nouns))
        return TRUE;
      if (t->sentence != sentence || !(t->flags & TOK_WORD) || (t->flags & (TOK_NUMBER | TOK_CAP)) ||
          _sitrep_suggest_is_number_anchor (run, k) || is_kind_word (run, k) || _sitrep_suggest_tok_in (run, k, passive_aux))
        return FALSE;
      if (_sitrep_suggest_tok_in (run, k, _sitrep_suggest_figure_victim_nouns))
        return TRUE;
    }
  return FALSE;
}

/* Whether the first word in lower case after a number, @j, names things
 * counted, not people; *@modifier is TRUE when it only qualifies the
 * people's noun a few words on ("three carpet merchants"). */
static gboolean
counts_things (SuggestRun *run,
               guint       j,
               gboolean   *modifier)
{
  gboolean people = _sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_person_nouns) || _sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_killed_words) ||
                    _sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_wounded_words) || _sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_captured_words) ||
                    _sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_missing_words);

  *modifier = !people && people_head_ahead (run, j);
  return !people && !*modifier;
}

/* Whether the cue at token @j stands as "N of the <cue>", right after the
 * number ending at @num_end: "two of the slain were brothers", "One of the
 * injured civilians is …" are people counted before, not more. */
static gboolean
of_the_counted (SuggestRun *run,
                guint       num_end,
                guint       j)
{
  return j == num_end + 3 && _sitrep_suggest_tok_is (run, num_end + 1, "of") &&
         (_sitrep_suggest_tok_is (run, num_end + 2, "the") || _sitrep_suggest_tok_is (run, num_end + 2, "those"));
}

/* Whether the cue at token @j, with no "were" or "been" before it, acts on
 * a count right after it (its qualifier between): in "Nine fighters killed
 * three soldiers" the nine are the killers. Not "Nine fighters killed in
 * the 3 attacks". */
static gboolean
acts_on_count (SuggestRun *run,
               guint       j)
{
  if (j == 0 || _sitrep_suggest_tok_in (run, j - 1, passive_aux))
    return FALSE;
  for (guint k = j + 1; k < run->n_tokens && k <= j + 4 && tok (run, k)->sentence == tok (run, j)->sentence; k++)
    {
      if (_sitrep_suggest_is_number_anchor (run, k))
        return _sitrep_suggest_figure_qualifier_start (run, k) == j + 1 || k == j + 1;
    }
  return FALSE;
}

/* Words before a word of where the people counted are: "in affected areas", "from besieged towns". */
static const char * const where_before[] = {
  "in", "from", "at", NULL
};

/* Words that open a description of the group of the people counted; or of what they were charged with:
 * "11 men convicted of murder and rape were executed". */
static const char * const describe_words[] = {
  "linked", "affiliated", "belonging", "loyal", "tied", "connected", "associated", "convicted", "accused",
  "suspected", "charged", NULL
};
/* How many words more such a description may take. */
#define DESCRIBE_EXTRA 12

typedef struct
{
  gboolean          found;
  gboolean          not_victims; /* "two of the slain" (counted before), "nine fighters killed three" (the killers) */
  gboolean          describing;  /* after "linked to", "affiliated with": the words of their group */
  SitrepSuggestKind kind;
  gboolean          have_victim;
  guint             victim;
  gboolean          other_word;  /* the people counted are followed by a word of another clause ("deployed") */
  guint             persons;     /* people named one by one after them: "and a civilian" */
  guint             persons_last;
  guint             and_next;    /* "seven men and seven women had been executed": the count after "and" */
} AfterWords;

/* Whether lower-case word @j, after the people counted, is about them (a
 * noun of people, their group, where they are from), not another clause:
 * "3,000 fighters deployed" is no toll. After "linked to" or "affiliated
 * with" any words name their group ("militants linked to the Islamic State
 * extremist group and al-Qaida's Hurras al-Din branch were killed"), up to
 * a verb ("-ed", "-ing") or a word starting another clause. */
static gboolean
about_people (SuggestRun *run,
              guint       j,
              AfterWords *w,
              guint      *limit)
{
  const SuggestToken *t = tok (run, j);
  gsize len = t->end - t->start;

  if (_sitrep_suggest_tok_among (run, j, describe_words) && !w->describing &&
      (_sitrep_suggest_tok_is (run, j + 1, "to") || _sitrep_suggest_tok_is (run, j + 1, "with") ||
       _sitrep_suggest_tok_is (run, j + 1, "of")))
    {
      w->describing = TRUE;
      *limit += DESCRIBE_EXTRA;
      return TRUE;
    }
  if (_sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_person_nouns) || _sitrep_suggest_tok_among (run, j, group_words) ||
      _sitrep_suggest_tok_among (run, j, where_words))
    return TRUE;
  /* "53 people in affected areas have been killed": a word after "in", "from" names where */
  if (j > 0 && _sitrep_suggest_tok_among (run, j - 1, where_before) && !is_kind_word (run, j))
    return TRUE;
  if (!w->describing || _sitrep_suggest_tok_among (run, j, clause_words))
    return FALSE;
  /* "Turkish-backed" names the group; "attacked", "killing" start a clause */
  return (j > 0 && (tok (run, j - 1)->flags & TOK_HYPHEN) && t->space_before == 0) ||
         !(len > 3 && (memcmp (run->text + t->end - 2, "ed", 2) == 0 || memcmp (run->text + t->end - 3, "ing", 3) == 0));
}

/* Whether token @j is a verb of how before "dead", "to death" or "prisoner"
 * (asked first: a length test, where dead_verbs compares twelve words). */
static gboolean
is_verb_of_how (SuggestRun *run,
             guint       j)
{
  return ((_sitrep_suggest_tok_is (run, j + 1, "dead") ||
           (_sitrep_suggest_tok_is (run, j + 1, "to") && _sitrep_suggest_tok_is (run, j + 2, "death"))) &&
          _sitrep_suggest_tok_among (run, j, dead_verbs)) ||
         (_sitrep_suggest_tok_among (run, j, taken_verbs) && _sitrep_suggest_tok_among (run, j + 1, captive_words));
}

/* "lost their lives", "gave his life", "sacrificed their lives" at token @j */
static gboolean
gave_lives (SuggestRun *run,
            guint       j)
{
  return (_sitrep_suggest_tok_is (run, j, "lost") || _sitrep_suggest_tok_is (run, j, "losing") ||
          _sitrep_suggest_tok_is (run, j, "gave") || _sitrep_suggest_tok_is (run, j, "sacrificed")) &&
         (_sitrep_suggest_tok_is (run, j + 1, "their") || _sitrep_suggest_tok_is (run, j + 1, "his") ||
          _sitrep_suggest_tok_is (run, j + 1, "her")) &&
         (_sitrep_suggest_tok_is (run, j + 2, "lives") || _sitrep_suggest_tok_is (run, j + 2, "life"));
}

/* "suffered injuries", "sustained serious wounds" at token @j */
static gboolean
suffered_injuries (SuggestRun *run,
                   guint       j)
{
  guint k = j + 1;

  if (!_sitrep_suggest_tok_is (run, j, "suffered") && !_sitrep_suggest_tok_is (run, j, "sustained") &&
      !_sitrep_suggest_tok_is (run, j, "suffering") && !_sitrep_suggest_tok_is (run, j, "sustaining"))
    return FALSE;
  /* "serious", "minor", "various" */
  if (k + 1 < run->n_tokens && (tok (run, k)->flags & TOK_WORD) && !(tok (run, k)->flags & TOK_CAP) &&
      !_sitrep_suggest_tok_in (run, k, _sitrep_suggest_figure_wounded_words))
    k++;
  return k < run->n_tokens && tok (run, k)->sentence == tok (run, j)->sentence &&
         (_sitrep_suggest_tok_is (run, k, "injuries") || _sitrep_suggest_tok_is (run, k, "wounds") ||
          _sitrep_suggest_tok_is (run, k, "burns"));
}

/* "who died", "who were killed", "who had been wounded" at token @j: the kind in *@kind */
static gboolean
who_then (SuggestRun        *run,
          guint              j,
          SitrepSuggestKind *kind)
{
  guint m = j + 1;
  gboolean cue;

  if (!_sitrep_suggest_tok_is (run, j, "who"))
    return FALSE;
  while (m < run->n_tokens && m <= j + 3 &&
         (_sitrep_suggest_tok_in (run, m, passive_aux) || _sitrep_suggest_tok_is (run, m, "had") ||
          _sitrep_suggest_tok_is (run, m, "have") || _sitrep_suggest_tok_is (run, m, "has")))
    m++;
  if (m >= run->n_tokens || tok (run, m)->sentence != tok (run, j)->sentence)
    return FALSE;
  *kind = kind_of (run, m, &cue);
  return cue && cue_ok (run, m, FALSE);
}

/* "among the 25 who died", "among those killed", "among the dead" at token @j: the kind in *@kind */
static gboolean
among_the_counted (SuggestRun        *run,
                   guint              j,
                   SitrepSuggestKind *kind)
{
  guint k = j + 1;
  gboolean cue;

  if (!_sitrep_suggest_tok_is (run, j, "among") || k >= run->n_tokens)
    return FALSE;
  if (_sitrep_suggest_tok_is (run, k, "the") || _sitrep_suggest_tok_is (run, k, "those"))
    k++;
  if (k < run->n_tokens && (tok (run, k)->flags & TOK_NUMBER))
    k = _sitrep_suggest_figure_number_end (run, k) + 1;
  if (k >= run->n_tokens || tok (run, k)->sentence != tok (run, j)->sentence)
    return FALSE;
  if (who_then (run, k, kind))
    return TRUE;
  *kind = kind_of (run, k, &cue);
  return cue && cue_ok (run, k, FALSE);
}

/* "48 civilians who died", "the 25 who died", "up to 13 child victims among the 25 who died", "11
 * children were among those killed" at token @j: the kind in @w */
static gboolean
clause_says_kind (SuggestRun *run,
                  guint       j,
                  guint       num_end,
                  AfterWords *w)
{
  return ((w->have_victim || j == num_end + 1) && who_then (run, j, &w->kind)) ||
         (w->have_victim && among_the_counted (run, j, &w->kind));
}

/* The words after the number: who (a noun for people), then what happened
 * to them ("were killed", "dead", "wounded"). FALSE when what is counted is
 * not people ("16 airstrikes", "40 villages", "14 ISIL tanks"). */
static gboolean
cue_after (SuggestRun *run,
           guint       num_end,
           AfterWords *w)
{
  guint n = run->tokens->len, sentence = tok (run, num_end)->sentence, counted = 0;
  gboolean things = FALSE, comma = FALSE, modifier;
  guint limit = num_end + CUE_AFTER;

  for (guint j = num_end + 1; j < n && j <= limit; j++)
    {
      const SuggestToken *t = tok (run, j);
      gboolean cue;
      SitrepSuggestKind k;

      if (t->sentence != sentence)
        break;
      /* "Twenty-three civilians, including eight children, were killed":
       * the part between commas is the next figure's; the verb is after it. */
      if (w->have_victim && comma && _sitrep_suggest_tok_in (run, j, subset_words))
        {
          guint close = j + 1;

          while (close < n && close <= j + CUE_AFTER && tok (run, close)->sentence == sentence &&
                 !((tok (run, close)->flags & TOK_PUNCT) && run->text[tok (run, close)->start] == ','))
            close++;
          if (close < n && close <= j + CUE_AFTER && tok (run, close)->sentence == sentence)
            {
              limit += close - j;
              j = close;
              continue;
            }
        }
      if ((t->flags & TOK_NUMBER)  /* not the "one" of "25 people from one family died" */ || (_sitrep_suggest_is_number_anchor (run, j) && !_sitrep_suggest_figure_not_a_count (run, j)))
        break;
      /* "shot dead", "stabbed to death", "taken prisoner": the second word says what happened */
      if (j + 1 < n && is_verb_of_how (run, j))
        continue;
      /* "Two soldiers lost their lives", "gave their lives", "At least 59 other people suffered injuries" */
      if (gave_lives (run, j) || suffered_injuries (run, j))
        {
          w->found = !things;
          w->kind = gave_lives (run, j) ? SITREP_SUGGEST_KILLED : SITREP_SUGGEST_WOUNDED;
          return !things;
        }
      if (!things && clause_says_kind (run, j, num_end, w))
        return (w->found = TRUE);
      if (t->flags & TOK_PUNCT)
        {
          guint close = j + 1 < n && (tok (run, j + 1)->flags & TOK_ARABIC) ? _sitrep_suggest_figure_ar_part_close (run, j) : j;

          if (says_nothing (run, j, num_end))
            continue;
          /* "32 مواطنا، بينهم 11 طفلاً وثلاث سيدات، استشهدوا": the part between commas is the next figures' */
          if (close > j)
            {
              limit += close - j;
              j = close;
              continue;
            }
          if (w->have_victim && run->text[t->start] == ',')
            comma = TRUE;
          /* "jihadists from the Islamic State (IS) group" */
          if (w->have_victim && (run->text[t->start] == ',' || run->text[t->start] == '(' || run->text[t->start] == ')'))
            continue;
          break;
        }
      /* "three fallen soldiers": the adjective says what happened to them */
      if (!w->have_victim && _sitrep_suggest_tok_is (run, j, "fallen") && _sitrep_suggest_tok_in (run, j + 1, _sitrep_suggest_figure_victim_nouns))
        {
          w->found = TRUE;
          w->kind = SITREP_SUGGEST_KILLED;
          continue;
        }
      /* The first word in lower case names what is counted. */
      if (counted == 0 && !(t->flags & TOK_CAP))
        {
          counted = j;
          things = counts_things (run, j, &modifier);
          if (modifier)
            continue;
        }
      if (!w->have_victim && _sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_victim_nouns))
        {
          w->have_victim = TRUE;
          w->victim = j;
          continue;
        }
      /* "three soldiers and a civilian were killed": one more each */
      if (w->have_victim && _sitrep_suggest_tok_is (run, j, "and") && w->persons == 0)
        {
          guint persons = _sitrep_suggest_figure_persons_after (run, j - 1, &w->persons_last);

          if (persons > 0)
            {
              w->persons = persons;
              limit += w->persons_last - j;
              j = w->persons_last;
              continue;
            }
        }
      k = kind_of (run, j, &cue);
      if (cue && (of_the_counted (run, num_end, j) || (w->have_victim && acts_on_count (run, j))))
        w->not_victims = TRUE;
      else if (cue && cue_ok (run, j, FALSE))
        {
          /* Things counted are casualties only as the verb's subject:
           * "20 "apostates" had been killed", not "16 airstrikes killed". */
          if (things && !_sitrep_suggest_tok_in (run, j - 1, passive_aux))
            return FALSE;
          w->found = TRUE;
          w->kind = k;
          return TRUE;
        }
      if (things && j > counted && !(t->flags & TOK_CAP) && !_sitrep_suggest_tok_in (run, j, passive_aux) &&
          !_sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_person_nouns))
        return FALSE;
      /* After the people counted, only words about them may come before
       * what happened to them: "3,000 fighters deployed" is no toll. */
      if (w->have_victim && !(t->flags & TOK_CAP) && !about_people (run, j, w, &limit))
        {
          w->other_word = !comma;
          break;
        }
      /* "and" before another figure ends this one's words. */
      if (_sitrep_suggest_tok_is (run, j, "and") && j + 1 < n && _sitrep_suggest_is_number_anchor (run, j + 1))
        {
          w->and_next = j + 1;
          break;
        }
    }
  return !things;
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

  for (guint j = num_end + 1; j + 1 < run->n_tokens && j <= num_end + CUE_AFTER && tok (run, j + 1)->sentence == sentence; j++)
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
  gboolean among = first >= 4 && _sitrep_suggest_tok_in (run, first - 1, passive_aux) && is_kind_word (run, first - 2) &&
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

static void
figure_at (SuggestRun *run,
           guint       anchor,
           guint      *next)
{
  guint first = _sitrep_suggest_figure_qualifier_start (run, anchor);
  /* "/4/": the words before the slash are the number's */
  guint from = first == anchor && first > 0 && is_number_slash (run, first - 1) ? first - 1 : first;
  guint num_end = _sitrep_suggest_figure_number_end (run, anchor);
  guint last = num_end;
  AfterWords after = { 0 };
  guint persons, persons_first = first;
  SitrepSuggestKind kind = SITREP_SUGGEST_KILLED, own;
  gboolean found, subset;
  SitrepFigure figure;
  SitrepSuggestion *s, *whole = NULL;

  *next = num_end;
  /* "12 غارة", "(25 عاماً)": things or time counted */
  if (num_end + 1 < run->n_tokens && (tok (run, num_end + 1)->flags & (TOK_ARABIC | TOK_PUNCT)) &&
      _sitrep_suggest_figure_ar_counts_things (run, num_end))
    return;
  /* "a woman and her two children": one more each, the verb before them */
  persons = _sitrep_suggest_figure_persons_before (run, first, &persons_first);
  subset = subset_of_previous (run, from, &kind, &whole);
  /* "… وإصابة 22 آخرين …، بينهم 10 شهداء": the part's own word of what happened over the whole's */
  if (subset && num_end + 1 < run->n_tokens && (tok (run, num_end + 1)->flags & TOK_ARABIC) &&
      _sitrep_suggest_figure_ar_kind (run, num_end + 1, &own))
    kind = own;
  /* "و20 جريحاً": the "and" glued to the digits starts another clause. */
  found = subset || ((tok (run, anchor)->flags & TOK_NUMBER) || !_sitrep_suggest_figure_is_glued_and (run, anchor) ?
                     cue_before (run, persons > 0 ? persons_first : from, &kind) : FALSE);
  /* What is counted after the number must be people: "destroying 22
   * targets", "14 ISIL tanks" are no casualties, whatever the verb; but a
   * clause with no verb may take the one before ("The last eleven just a
   * few hours ago"). */
  if (!cue_after (run, num_end, &after) &&
      (found || !(found = _sitrep_suggest_figure_elliptical (run, first, num_end, &kind))))
    return;
  /* "three others were wounded, including one in critical condition": a part
   * that names no people is how some of them are, not more victims. */
  if (subset && !after.have_victim && after.persons == 0 && num_end + 1 < run->n_tokens &&
      first > 0 && _sitrep_suggest_tok_in (run, first - 1, subset_words) &&
      (tok (run, num_end + 1)->flags & TOK_WORD) && !(tok (run, num_end + 1)->flags & TOK_ARABIC) &&
      !(tok (run, anchor)->flags & TOK_ARABIC))
    return;
  /* "two of the slain were brothers": no more people, unless something else happened to them
   * ("one of the wounded later died") */
  if (after.not_victims && !after.found && !found)
    return;
  if (!found && after.found)
    {
      kind = after.kind;
      found = TRUE;
    }
  /* A figure of people without a verb of its own, joined to the one before, or to the one after. */
  if (!found && after.have_victim && !after.other_word)
    found = joined_to_previous (run, from, JOIN_GAP, &kind, &whole);
  /* Arabic people's nouns are not in _sitrep_suggest_figure_victim_nouns: "4 مدنيين، و /6/ جنود" is joined by its "و",
   * right after the count before (no room there for another clause's verb); "و58" too, not "في عامي 2014 و2015" */
  if (!found && from > 0 && _sitrep_suggest_tok_is (run, from - 1, "و"))
    found = joined_to_previous (run, from, AR_JOIN_GAP, &kind, &whole);
  if (!found && _sitrep_suggest_figure_is_glued_and (run, from) && from > 0 && !(tok (run, from - 1)->flags & TOK_NUMBER))
    found = joined_to_previous (run, from, AR_GLUED_JOIN_GAP, &kind, &whole);
  /* "بالإضافة إلى 50", "بالإضافة لثلاثة": in addition to the figure before, of its kind */
  if (!found && from > 0 && (tok (run, from - 1)->flags & TOK_ARABIC) && _sitrep_suggest_figure_ar_join_start (run, from) < from)
    found = joined_to_previous (run, from, AR_ADDITION_GAP, &kind, &whole);
  if (!found && after.have_victim && after.and_next > 0)
    {
      AfterWords then = { 0 };

      found = cue_after (run, _sitrep_suggest_figure_number_end (run, after.and_next), &then) && then.found;
      kind = then.kind;
    }
  if (!found)
    found = _sitrep_suggest_figure_elliptical (run, first, num_end, &kind);
  if (!found || !_sitrep_suggest_figure_read (run, first, anchor, num_end, &figure) || is_rate (run, num_end) || _sitrep_suggest_figure_both_kinds (run, first, num_end))
    return;
  if (after.have_victim)
    last = after.persons > 0 ? after.persons_last : after.victim;
  /* "killing 3 people at least" */
  if (figure.qualifier == SITREP_QUALIFIER_EXACT && _sitrep_suggest_tok_is (run, last + 1, "at") &&
      _sitrep_suggest_tok_is (run, last + 2, "least"))
    figure.qualifier = SITREP_QUALIFIER_AT_LEAST;
  persons += after.persons;
  figure.count += persons;
  figure.low += persons;
  figure.high += persons;
  if (persons_first < first)
    first = persons_first;
  if (persons > 0 && restates_previous (run, first, kind, figure.count))
    return;
  s = _sitrep_suggest_add (run, kind, first, last);
  s->figure = figure;
  s->score = after.have_victim ? 0.8 : 0.65;
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

  for (guint i = 0; i < n; i++)
    {
      guint next = i;

      /* A number anchor that is no number (nor Arabic) is a number word, and
       * a figure of one starts at a verb of one_verbs: any other token is
       * passed over with one AND of its lists. */
      if (number_bit != 0 && one_bit != 0 && !(tok (run, i)->flags & (TOK_NUMBER | TOK_ARABIC)) &&
          !(run->lists[i] & (number_bit | one_bit)))
        continue;
      if (!_sitrep_suggest_is_number_anchor (run, i) || _sitrep_suggest_figure_not_a_count (run, i))
        {
          /* "killed Maj. Gen. X", "his wife was slightly injured", "مقتل عسكري": one person, named. */
          i = _sitrep_suggest_figure_one_at (run, i);
          continue;
        }
      /* "a" alone is only a number in "a dozen", "a few hundred". */
      figure_at (run, i, &next);
      i = next;
    }
  _sitrep_suggest_figures_roundup (run);
  _sitrep_suggest_figures_tally (run);
}

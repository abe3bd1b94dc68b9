/* sitrep-suggest-figures.c — proposing casualty figures: the number, its qualifier, the kind and whose dead they are
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"

/* How far around a number the words that make it a casualty figure may stand. */
#define VERB_BEFORE 3
#define CUE_AFTER 14

static const char * const number_words[] = {
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
  "thousand", "dozen", "dozens", "scores", "hundreds", "thousands", "tens", "several", "few",
  "numerous", NULL
};

static const char * const scale_words[] = {
  "hundred", "thousand", "million", "one", "two", "three", "four", "five", "six", "seven",
  "eight", "nine", NULL
};

/* Qualifier words before a number, as token sequences (longest first). */
static const char * const qualifiers[][4] = {
  { "no", "fewer", "than", NULL }, { "no", "less", "than", NULL }, { "not", "less", "than", NULL },
  { "as", "many", "as", NULL }, { "no", "more", "than", NULL }, { "a", "minimum", "of", NULL },
  { "in", "excess", "of", NULL }, { "at", "least", NULL }, { "more", "than", NULL },
  { "greater", "than", NULL }, { "upwards", "of", NULL }, { "up", "to", NULL },
  { "at", "most", NULL }, { "fewer", "than", NULL }, { "less", "than", NULL },
  { "an", "estimated", NULL }, { "over", NULL }, { "above", NULL }, { "nearly", NULL },
  { "almost", NULL }, { "about", NULL }, { "around", NULL }, { "approximately", NULL },
  { "roughly", NULL }, { "some", NULL }, { "estimated", NULL }, { "between", NULL }, { "a", NULL },
};

static const char * const killed_words[] = {
  "killed", "kill", "kills", "killing", "dead", "death", "deaths", "died", "die", "dies",
  "slain", "executed", "executing", "perished", "bodies", "massacred", "martyred", "fatalities",
  "lives", "lost", "losing", "toll", "beheaded", "murdered", "murdering", NULL
};
static const char * const wounded_words[] = {
  "wounded", "wounding", "wounds", "injured", "injuring", "injuries", "injures", "hurt", NULL
};
static const char * const captured_words[] = {
  "captured", "capturing", "arrested", "arresting", "detained", "detaining", "abducted",
  "abducting", "kidnapped", "kidnapping", "prisoners", "prisoner", "hostages", "hostage",
  "surrendered", "apprehended", NULL
};
static const char * const missing_words[] = {
  "missing", "disappeared", NULL
};

/* Nouns for people: what a casualty figure counts. Anything else counted
 * right after a number ("16 airstrikes", "40 villages") is not casualties. */
static const char * const person_nouns[] = {
  "people", "persons", "person", "civilians", "civilian", "soldiers", "soldier", "fighters",
  "fighter", "militants", "militant", "terrorists", "terrorist", "members", "member", "others",
  "men", "women", "children", "child", "troops", "personnel", "policemen", "officers",
  "officer", "rebels", "rebel", "insurgents", "jihadists", "jihadis", "militiamen", "gunmen",
  "combatants", "servicemen", "service", "leaders", "leader", "commanders", "commander",
  "elements", "operatives", "suspects", "individuals", "residents", "villagers", "worshippers",
  "students", "workers", "family", "of", "isis", "isil", "is", "daesh", "syrian", "iraqi",
  "kurdish", "government", "regime", "pro", "security", "army", "senior", "local", "innocent",
  "more", "other", "including", "them", "whom", "were", "was", "had", "have", "has", "been",
  "are", "and", "the", "his", "their", "its", "her", "in", "at", "by", "during", "after",
  "reportedly", "also", "all", "when", "while", "as", "a", "result", "total", "people's",
  "russian", "turkish", "american", "u", "s", "marines", "sailors", "airmen", "guards", "police",
  "fighting", "mostly", "many", "among", "attackers", "bombers", "recruits", "aids", "aides",
  "aid", "young", "seriously", "critically", "badly", "lightly", "dead", "others'", "still",
  "now", "later", "believed", "feared", "confirmed", "being", "be", "to", "reported", "suspected",
  "suspects", "detainees", "hostages", "prisoners", "wounded", NULL
};

static const char * const victim_nouns[] = {
  "people", "persons", "civilians", "civilian", "soldiers", "soldier", "fighters", "fighter",
  "militants", "militant", "terrorists", "terrorist", "members", "others", "men", "women",
  "children", "troops", "personnel", "policemen", "officers", "rebels", "insurgents",
  "jihadists", "militiamen", "gunmen", "combatants", "servicemen", "leaders", "commanders",
  "elements", "operatives", "residents", "villagers", "workers", "attackers", "suspects",
  "detainees", "hostages", "prisoners", NULL
};

static const char * const cumulative_cues[] = {
  "since", "total", "toll", "so", "overall", "cumulative", "altogether", NULL
};

static gboolean
is_month (SuggestRun *run,
          guint       i)
{
  const SuggestToken *t = tok (run, i);
  char buf[16];
  gsize len = t->end - t->start;

  if (!(t->flags & TOK_WORD) || len >= sizeof buf || len < 3)
    return FALSE;
  /* Only English month names (capitalised) and Arabic ones are looked up. */
  if (!(t->flags & TOK_ARABIC) && strchr ("JFMASONDjfmasond", run->text[t->start]) == NULL)
    return FALSE;
  memcpy (buf, run->text + t->start, len);
  buf[len] = '\0';
  return sitrep_date_month_from_name (buf) != 0;
}

static gboolean
is_number_anchor (SuggestRun *run,
                  guint       i)
{
  const SuggestToken *t = tok (run, i);

  if (t->flags & TOK_NUMBER)
    return TRUE;
  return (t->flags & TOK_WORD) && _sitrep_suggest_tok_in (run, i, number_words);
}

/* A year, a time or a date's day: not a count. */
static gboolean
is_not_a_count (SuggestRun *run,
                guint       i)
{
  const SuggestToken *t = tok (run, i);
  guint n = run->tokens->len;
  gsize len = t->end - t->start;

  if (!(t->flags & TOK_NUMBER))
    return FALSE;
  if (len == 4 && (run->text[t->start] == '1' || run->text[t->start] == '2') &&
      memchr (run->text + t->start, ',', len) == NULL)
    return TRUE;
  if (i + 1 < n && (tok (run, i + 1)->flags & TOK_PUNCT) && tok (run, i + 1)->space_before == 0 &&
      (run->text[tok (run, i + 1)->start] == ':' || run->text[tok (run, i + 1)->start] == '%'))
    return TRUE;
  if (i > 0 && (tok (run, i - 1)->flags & TOK_PUNCT) &&
      (run->text[tok (run, i - 1)->start] == '$' || run->text[tok (run, i - 1)->start] == '#'))
    return TRUE;
  /* "October 14", "14 October" */
  if ((i > 0 && is_month (run, i - 1)) || (i + 1 < n && is_month (run, i + 1)))
    return TRUE;
  return FALSE;
}

/* Token @i starts the qualifier that ends right before @anchor: its first token, or @anchor. */
static guint
qualifier_start (SuggestRun *run,
                 guint       anchor)
{
  for (guint q = 0; q < G_N_ELEMENTS (qualifiers); q++)
    {
      guint len = 0;
      gboolean ok = TRUE;

      while (len < 4 && qualifiers[q][len] != NULL)
        len++;
      if (anchor < len)
        continue;
      for (guint k = 0; k < len && ok; k++)
        ok = _sitrep_suggest_tok_is (run, anchor - len + k, qualifiers[q][k]) &&
             tok (run, anchor - len + k)->sentence == tok (run, anchor)->sentence;
      if (ok)
        return anchor - len;
    }
  return anchor;
}

/* The last token of the number that starts at @i: "twenty-one", "a few
 * hundred", "3,000", "10 to 15", "10-15". */
static guint
number_end (SuggestRun *run,
            guint       i)
{
  guint n = run->tokens->len;
  guint end = i;

  while (end + 1 < n)
    {
      if ((tok (run, end + 1)->flags & TOK_HYPHEN) && end + 2 < n && is_number_anchor (run, end + 2))
        end += 2;
      else if (_sitrep_suggest_tok_in (run, end + 1, scale_words) && !(tok (run, end)->flags & TOK_NUMBER))
        end++;
      else if ((_sitrep_suggest_tok_is (run, end + 1, "to") || _sitrep_suggest_tok_is (run, end + 1, "and")) &&
               end + 2 < n && (tok (run, end + 2)->flags & TOK_NUMBER) && (tok (run, end)->flags & TOK_NUMBER))
        end += 2;
      else
        break;
    }
  return end;
}

static SitrepSuggestKind
kind_of (SuggestRun *run,
         guint       i,
         gboolean   *found)
{
  *found = TRUE;
  if (_sitrep_suggest_tok_in (run, i, killed_words))
    return SITREP_SUGGEST_KILLED;
  if (_sitrep_suggest_tok_in (run, i, wounded_words))
    return SITREP_SUGGEST_WOUNDED;
  if (_sitrep_suggest_tok_in (run, i, captured_words))
    return SITREP_SUGGEST_CAPTURED;
  if (_sitrep_suggest_tok_in (run, i, missing_words))
    return SITREP_SUGGEST_MISSING;
  *found = FALSE;
  return SITREP_SUGGEST_KILLED;
}

/* "lives" counts only in "claimed the lives of", "lost" only before the
 * number ("lost 80 fighters"), "toll" only as "death toll". */
static gboolean
cue_ok (SuggestRun *run,
        guint       i,
        gboolean    before)
{
  if (_sitrep_suggest_tok_is (run, i, "lives"))
    return before;
  if (_sitrep_suggest_tok_is (run, i, "lost") || _sitrep_suggest_tok_is (run, i, "losing"))
    return before;
  if (_sitrep_suggest_tok_is (run, i, "toll"))
    return before;
  if (_sitrep_suggest_tok_is (run, i, "kill") || _sitrep_suggest_tok_is (run, i, "die"))
    return before;
  return TRUE;
}

static gboolean
is_cumulative (SuggestRun *run,
               guint       first,
               guint       last)
{
  guint n = run->tokens->len;
  guint sentence = tok (run, first)->sentence;

  for (guint j = first; j > 0 && tok (run, j - 1)->sentence == sentence; j--)
    {
      if (_sitrep_suggest_tok_is (run, j - 1, "since") ||
          (_sitrep_suggest_tok_is (run, j - 1, "so") && _sitrep_suggest_tok_is (run, j, "far")) ||
          (_sitrep_suggest_tok_is (run, j - 1, "total") && _sitrep_suggest_tok_is (run, j - 2, "a") == FALSE &&
           _sitrep_suggest_tok_is (run, j, "of") == FALSE))
        return TRUE;
    }
  for (guint j = last + 1; j < n && tok (run, j)->sentence == sentence; j++)
    {
      if (_sitrep_suggest_tok_in (run, j, cumulative_cues) &&
          !_sitrep_suggest_tok_is (run, j, "toll") && !_sitrep_suggest_tok_is (run, j, "total") &&
          (!_sitrep_suggest_tok_is (run, j, "so") || _sitrep_suggest_tok_is (run, j + 1, "far")))
        {
          /* "since the start of the operation" is one operation's toll. */
          if (_sitrep_suggest_tok_is (run, j, "since") &&
              (_sitrep_suggest_tok_is (run, j + 2, "start") || _sitrep_suggest_tok_is (run, j + 2, "beginning")) &&
              _sitrep_suggest_tok_is (run, j + 4, "the") && !(tok (run, j + 5)->flags & TOK_NUMBER) &&
              !_sitrep_suggest_tok_is (run, j + 5, "war") && !_sitrep_suggest_tok_is (run, j + 5, "conflict"))
            continue;
          return TRUE;
        }
    }
  return FALSE;
}

static void
figure_at (SuggestRun *run,
           guint       anchor,
           guint      *next)
{
  guint n = run->tokens->len;
  guint sentence = tok (run, anchor)->sentence;
  guint first = qualifier_start (run, anchor);
  guint num_end = number_end (run, anchor);
  guint last = num_end, victim = 0;
  gboolean found = FALSE, have_victim = FALSE;
  SitrepSuggestKind kind = SITREP_SUGGEST_KILLED;
  SitrepSuggestion *s;

  *next = num_end;

  /* "killing at least 12", "claimed the lives of 18", "left more than 20 others wounded" */
  for (guint k = 1; k <= VERB_BEFORE && first >= k; k++)
    {
      guint j = first - k;

      if (tok (run, j)->sentence != sentence || is_number_anchor (run, j))
        break;
      kind = kind_of (run, j, &found);
      if (found && cue_ok (run, j, TRUE))
        break;
      found = FALSE;
    }

  /* The words after the number: who (a noun for people), then what
   * happened to them ("were killed", "dead", "wounded"). */
  for (guint j = num_end + 1; j < n && j <= num_end + CUE_AFTER; j++)
    {
      const SuggestToken *t = tok (run, j);
      gboolean cue;
      SitrepSuggestKind k;

      if (t->sentence != sentence || is_number_anchor (run, j) || (t->flags & TOK_NUMBER))
        break;
      if (t->flags & TOK_PUNCT)
        {
          if (run->text[t->start] == ',' && have_victim)
            continue;
          if (t->flags & TOK_HYPHEN)
            continue;
          break;
        }
      if (!have_victim && j == num_end + 1 && !_sitrep_suggest_tok_in (run, j, person_nouns) &&
          !_sitrep_suggest_tok_in (run, j, killed_words) && !_sitrep_suggest_tok_in (run, j, wounded_words) &&
          !_sitrep_suggest_tok_in (run, j, captured_words) && !_sitrep_suggest_tok_in (run, j, missing_words) &&
          !(t->flags & TOK_CAP))
        return;   /* "16 airstrikes", "40 villages" */
      if (_sitrep_suggest_tok_in (run, j, victim_nouns) && !have_victim)
        {
          have_victim = TRUE;
          victim = j;
          continue;
        }
      k = kind_of (run, j, &cue);
      if (cue && cue_ok (run, j, FALSE))
        {
          if (!found)
            {
              kind = k;
              found = TRUE;
            }
          break;
        }
      /* After the people counted, only words about them may come before
       * what happened to them: "3,000 fighters deployed" is no toll. */
      if (have_victim && !(t->flags & TOK_CAP) && !_sitrep_suggest_tok_in (run, j, person_nouns))
        break;
      /* "and" before another figure ends this one's words. */
      if (_sitrep_suggest_tok_is (run, j, "and") && j + 1 < n && is_number_anchor (run, j + 1))
        break;
    }
  if (!found)
    return;
  if (have_victim)
    last = victim;

  {
    g_autofree char *words = g_strndup (run->text + tok (run, first)->start,
                                        tok (run, num_end)->end - tok (run, first)->start);
    SitrepFigure figure;

    if (!sitrep_figure_parse (words, &figure))
      {
        /* "several", "a few", "numerous" alone: the low end of what they mean. */
        if (_sitrep_suggest_tok_is (run, anchor, "several") || _sitrep_suggest_tok_is (run, anchor, "few"))
          figure.count = figure.low = figure.high = 3;
        else if (_sitrep_suggest_tok_is (run, anchor, "numerous"))
          figure.count = figure.low = figure.high = 10;
        else
          return;
        figure.qualifier = SITREP_QUALIFIER_AT_LEAST;
      }
    s = _sitrep_suggest_add (run, kind, first, last);
    s->figure = figure;
    s->score = have_victim ? 0.8 : 0.65;
    s->cumulative = is_cumulative (run, first, last);
    if (have_victim)
      s->victims = g_strndup (run->text + tok (run, victim)->start,
                              tok (run, victim)->end - tok (run, victim)->start);
  }
  *next = last;
}

void
_sitrep_suggest_figures (SuggestRun *run)
{
  guint n = run->tokens->len;

  for (guint i = 0; i < n; i++)
    {
      guint next = i;

      if (!is_number_anchor (run, i) || is_not_a_count (run, i))
        continue;
      /* "a" alone is only a number in "a dozen", "a few hundred". */
      figure_at (run, i, &next);
      i = next;
    }
}

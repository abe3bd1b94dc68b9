/* sitrep-suggest-figures-one.c — one casualty named, not counted: "killed Maj. Gen. X", "X, who was
 * killed", "his wife was slightly injured"
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-figures-person.h"

/* Verbs that state what happened to one person (the killing ones are the
 * rest of one_verbs below). "captured" also takes places ("captured Tal
 * Abyad"), so only a person's noun goes with it. */
static const char * const one_wounded[] = {
  "injured", "wounded", "injuring", "wounding", "hurt", NULL
};
static const char * const one_captured[] = {
  "captured", "arrested", "detained", "abducted", "kidnapped", "capturing", "arresting", "detaining",
  "abducting", "kidnapping", NULL
};
/* The verbs' -ing forms take the person after them only: "killing a
 * shepherd", "wounding another". */
static const char * const one_ing[] = {
  "killing", "executing", "murdering", "injuring", "wounding", "capturing", "arresting", "detaining",
  "abducting", "kidnapping", NULL
};
/* "lost his life", "lost her life", "lost their life" (one person of whom the writer says "they": the
 * singular "life" keeps it one) */
static const char * const one_possessives[] = {
  "his", "her", "their", NULL
};
/* All the verbs above. Compared word by word (as the other lists here):
 * the figures' walk asks only about words of killed_words, wounded_words
 * or captured_words, and the lexicon's 64 list bits are all taken. */
static const char * const one_verbs[] = {
  "killed", "executed", "assassinated", "beheaded", "murdered", "slain", "injured", "wounded",
  "captured", "arrested", "detained", "abducted", "kidnapped", "neutralized", "neutralised", "died", "succumbed",
  "killing", "executing", "murdering", "injuring", "wounding", "capturing", "arresting", "detaining", "abducting",
  "kidnapping", "gunned", "passed", "lost",
  /* "a soldier was martyred", "a civilian was hurt", "a terrorist was eliminated", "a soldier perished" */
  "martyred", "hurt", "eliminated", "liquidated", "slaughtered", "lynched", "perished", NULL
};
/* Between "was" and the verb: "was slightly injured". */
static const char * const one_adverbs[] = {
  "also", "reportedly", "later", "fatally", "slightly", "seriously", "critically", "badly",
  "lightly", "severely", "mortally", "allegedly", "similarly", "likewise", "subsequently", "eventually",
  "apparently", "accidentally", "then", "previously", NULL
};

/* The kind of verb @i; *@captured is TRUE for "captured", which takes
 * places as well as people. */
static SitrepSuggestKind
kind_of_verb (SuggestRun *run,
              guint       i,
              gboolean   *captured)
{
  *captured = _sitrep_suggest_tok_is (run, i, "captured") || _sitrep_suggest_tok_is (run, i, "capturing");
  if (_sitrep_suggest_tok_among (run, i, one_wounded))
    return SITREP_SUGGEST_WOUNDED;
  return _sitrep_suggest_tok_among (run, i, one_captured) ? SITREP_SUGGEST_CAPTURED : SITREP_SUGGEST_KILLED;
}

static void
add_one (SuggestRun        *run,
         SitrepSuggestKind  kind,
         guint              first,
         guint              last,
         guint              persons)
{
  SitrepSuggestion *s;

  if (_sitrep_suggest_named_before (run, first, last))
    return;
  s = _sitrep_suggest_add (run, kind, first, last);

  s->figure.count = s->figure.low = s->figure.high = persons;
  s->figure.qualifier = SITREP_QUALIFIER_EXACT;
  s->score = 0.6;
  s->victims = _sitrep_suggest_strndup (run, run->text + tok (run, first)->start, tok (run, last)->end - tok (run, first)->start);
}

/* add_one () for sitrep-suggest-figures-single.c */
void
_sitrep_suggest_figure_add_one (SuggestRun        *run,
                                SitrepSuggestKind  kind,
                                guint              first,
                                guint              last,
                                guint              persons)
{
  add_one (run, kind, first, last, persons);
}

/* Verbs that say how, before "and killed": "shot", "stabbed", and any
 * past participle in lower case ("ambushed", "attacked"). */
static const char * const how_verbs[] = {
  "shot", "stabbed", "beaten", "hit", "struck", "caught", "run", NULL
};

static gboolean
is_how_verb (SuggestRun *run,
             guint       i)
{
  const SuggestToken *t = tok (run, i);

  if (!(t->flags & TOK_WORD) || (t->flags & (TOK_CAP | TOK_NUMBER | TOK_ARABIC)))
    return FALSE;
  return (t->end - t->start > 4 && memcmp (run->text + t->end - 2, "ed", 2) == 0) || _sitrep_suggest_tok_among (run, i, how_verbs);
}

/* Whether a name ending at token @last is followed by one person's role after a comma: "X, an ISIS
 * facilitator,", "X, a senior leader of the group". */
static gboolean
name_and_role (SuggestRun *run,
               guint       last)
{
  guint det = last + 2;

  if (det + 1 >= run->n_tokens || !_sitrep_suggest_tok_is_mark (run, last + 1, ',') ||
      !_sitrep_suggest_tok_among (run, det, _sitrep_suggest_one_determiners))
    return FALSE;
  /* up to three words before the noun ("a senior militant leader"), then no other word of the phrase */
  for (guint k = det + 1; k < run->n_tokens && k <= det + 4 && tok (run, k)->sentence == tok (run, det)->sentence; k++)
    {
      if (!(tok (run, k)->flags & TOK_WORD) || (tok (run, k)->flags & TOK_NUMBER))
        return FALSE;
      if (_sitrep_suggest_tok_among (run, k, _sitrep_suggest_one_person) &&
          (k + 1 >= run->n_tokens || !(tok (run, k + 1)->flags & TOK_WORD) || _sitrep_suggest_tok_is (run, k + 1, "of") ||
           _sitrep_suggest_tok_among (run, k + 1, _sitrep_suggest_after_name) ||
           /* "an ISIS facilitator assessed to be …", "a militant known as …" */
           is_how_verb (run, k + 1) || _sitrep_suggest_tok_is (run, k + 1, "known")))
        return TRUE;
    }
  return FALSE;
}

/* Words after a passive with no "was" ("A civilian killed in Mosul", "and a
 * third volunteer injured."): a preposition or the clause's end, not the
 * object of an active verb ("a sniper wounded three"). */
static const char * const after_bare[] = {
  "in", "on", "at", "near", "by", "during", "when", "while", "after", "as", "outside", "inside", NULL
};

/* One person's words right before verb @i, with no "was": "and a third
 * volunteer injured.", a headline's "A civilian killed in Mosul". Their
 * first token in @first. */
static gboolean
bare_passive (SuggestRun *run,
              guint       i,
              guint       end,
              guint      *first)
{
  const SuggestToken *next = end + 1 < run->n_tokens ? tok (run, end + 1) : NULL;

  if (i < 2 || _sitrep_suggest_tok_among (run, i, one_ing))
    return FALSE;
  /* the clause's end (a full stop, a comma, the text's end; not "'s") or a preposition */
  if (next != NULL && next->sentence == tok (run, i)->sentence &&
      ((next->flags & TOK_WORD) ? !_sitrep_suggest_tok_among (run, end + 1, after_bare) :
       (run->text[next->start] == '\'' || _sitrep_suggest_has_prefix (run->text + next->start, "’"))))
    return FALSE;
  return _sitrep_suggest_one_person_ending_at (run, i - 1, first);
}

/* After "died of": a death of no violence. */
static const char * const no_harm_causes[] = {
  "natural", "cancer", "illness", "disease", "old", "heart", "covid", "coronavirus", "stroke", NULL
};
/* After "arrested for": a crime of no conflict. */
static const char * const no_harm_crimes[] = {
  "theft", "stealing", "fraud", "corruption", "bribery", "drug", "drugs", "robbery", "embezzlement",
  "speeding", "forgery", NULL
};

/* Whether the words after verb @end say the harm is none of a conflict's: "was injured in a car
 * accident", "died of natural causes", "died of a heart attack", "died in 1998", "was arrested for
 * theft". */
static gboolean
no_harm_after (SuggestRun *run,
               guint       end,
               gboolean    died)
{
  guint n = run->n_tokens, sentence = tok (run, end)->sentence;

  if (end + 3 >= n)
    return FALSE;
  if (died && _sitrep_suggest_tok_is (run, end + 1, "in") && (tok (run, end + 2)->flags & TOK_NUMBER) &&
      tok (run, end + 2)->end - tok (run, end + 2)->start == 4)
    return TRUE;
  if (died && (_sitrep_suggest_tok_is (run, end + 1, "of") || _sitrep_suggest_tok_is (run, end + 1, "from")) &&
      (_sitrep_suggest_tok_among (run, end + 2, no_harm_causes) ||
       (_sitrep_suggest_tok_is (run, end + 2, "a") && _sitrep_suggest_tok_among (run, end + 3, no_harm_causes))))
    return TRUE;
  if (_sitrep_suggest_tok_is (run, end + 1, "for") && _sitrep_suggest_tok_among (run, end + 2, no_harm_crimes))
    return TRUE;
  for (guint k = end + 1; k < n && k <= end + 6 && tok (run, k)->sentence == sentence; k++)
    {
      if (_sitrep_suggest_tok_is (run, k, "accident"))
        return TRUE;
    }
  return FALSE;
}

/* Whether the word of what happened after a count's people (whose last token is @last) is followed by
 * words that say the harm is none of a conflict's: "Three men were arrested for theft", "Two
 * civilians were injured in a car accident"; not the year of "died in 2016" (a count's year is
 * most often a yearly toll's). */
gboolean
_sitrep_suggest_figure_count_no_harm (SuggestRun *run,
                                      guint       last)
{
  guint sentence = tok (run, last)->sentence;

  for (guint j = last + 1; j < run->n_tokens && j <= last + 4 && tok (run, j)->sentence == sentence; j++)
    {
      if ((tok (run, j)->flags & TOK_WORD) && _sitrep_suggest_figure_is_kind_word (run, j))
        return no_harm_after (run, j, FALSE);
    }
  return FALSE;
}

/* add_one () for verb @end, unless the words after it say the harm is none of a conflict's. */
static void
add_harmed (SuggestRun        *run,
            guint              end,
            gboolean           died,
            SitrepSuggestKind  kind,
            guint              first,
            guint              last,
            guint              persons)
{
  if (!no_harm_after (run, end, died))
    add_one (run, kind, first, last, persons);
}

/* Whether tokens @first … @last hold an age: "the 52-year-old woman". */
static gboolean
with_age (SuggestRun *run,
          guint       first,
          guint       last)
{
  for (guint k = first + 1; k + 1 < last; k++)
    {
      if ((tok (run, k - 1)->flags & TOK_HYPHEN) && _sitrep_suggest_tok_is (run, k, "year") && (tok (run, k + 1)->flags & TOK_HYPHEN))
        return TRUE;
    }
  return FALSE;
}

/* "the arrest of X", "the capture of X": one person held. */
static const char * const held_nouns[] = {
  "arrest", "capture", "abduction", "kidnapping", NULL
};
/* Words before "the death of X" that say it was caused now: "resulted in", "led to", "caused"; or
 * claimed: "ISIS claimed the killing of a young man". */
static const char * const death_causes[] = {
  "in", "to", "caused", "causing", "confirmed", "confirming", "announced", "reported", "claimed", "claiming",
  /* a monitor's words of a death it records: "SOHR activists have documented the death of the Imam" */
  "documented", "documenting", "recorded", "recording",
  /* a death condemned is one that happened: "UNAMI has condemned the killing of Soran Hama" */
  "condemned", "condemning", "condemns", "denounced", "denouncing", "deplored", NULL
};

/* One person after "of" at token @of: a name ("Ahmad Saleh"), a role and a name ("ISIS leader Abu
 * Ibrahim …"), "a senior ISIS Syria leader", "the SDF fighter" (when no figure came before in the
 * paragraph). Its last token in @last. */
static gboolean
person_of (SuggestRun        *run,
           guint              of,
           SitrepSuggestKind  kind,
           guint             *last)
{
  guint det = of + 1;
  gboolean the = _sitrep_suggest_tok_is (run, det, "the");

  if (_sitrep_suggest_name_after (run, of, last) || _sitrep_suggest_role_and_name_after (run, of, last))
    return TRUE;
  if (!the && !_sitrep_suggest_tok_among (run, det, _sitrep_suggest_one_determiners))
    return FALSE;
  /* up to four words, and up to four capitalised ones: "the arrest of a local Islamic State (ISIS) leader" */
  for (guint j = det + 1, words = 0, capitalised = 0; j < run->n_tokens && words < 4 && capitalised <= 4 &&
       tok (run, j)->sentence == tok (run, of)->sentence; j++)
    {
      gboolean capitals;
      guint end;

      /* "the death of the “Imam” (preacher)": quotes around the person's word */
      if ((tok (run, j)->flags & TOK_PUNCT) && (run->text[tok (run, j)->start] == '"' || _sitrep_suggest_has_prefix (run->text + tok (run, j)->start, "“")))
        continue;
      end = _sitrep_suggest_modifier_end (run, j, &capitals);
      if (end == G_MAXUINT || (tok (run, j)->flags & TOK_NUMBER))
        return FALSE;
      words += capitals ? 0 : 1;
      capitalised += capitals ? 1 : 0;
      if (end != j)
        {
          j = end;
          continue;
        }
      /* not "a child's toy" nor "the fighter jets" */
      if ((tok (run, j)->flags & TOK_WORD) && _sitrep_suggest_tok_among (run, j, _sitrep_suggest_one_person) &&
          !(j + 1 < run->n_tokens && (tok (run, j + 1)->flags & TOK_WORD) && !(tok (run, j + 1)->flags & TOK_CAP) &&
            !_sitrep_suggest_tok_among (run, j + 1, _sitrep_suggest_after_name) && !_sitrep_suggest_tok_is (run, j + 1, "of")))
        {
          *last = j;
          return !the || !_sitrep_suggest_counted_before (run, det, kind, j);
        }
    }
  return FALSE;
}

/* Token @i is "death" or "injury" of one person a cause before it reports: "resulted in the death
 * of ISIS leader Abu Ibrahim …", "led to the death of Ahmad Saleh", "resulted in the probable death
 * of a senior leader", and one joined by "and" to a figure of its sentence ("the death of the
 * fighter, and the injury of a child"); not a death mourned or remembered ("the anniversary of the
 * death of X"). Whether it proposed one. */
static gboolean
death_of (SuggestRun *run,
          guint       i)
{
  SitrepSuggestKind kind = _sitrep_suggest_tok_is (run, i, "injury") ? SITREP_SUGGEST_WOUNDED :
                           _sitrep_suggest_tok_among (run, i, held_nouns) ? SITREP_SUGGEST_CAPTURED : SITREP_SUGGEST_KILLED;
  guint the = i - 1, last;

  if (i < 3 || i + 2 >= run->n_tokens || !_sitrep_suggest_tok_is (run, i + 1, "of"))
    return FALSE;
  /* "the probable death" */
  if (!_sitrep_suggest_tok_is (run, the, "the") && (tok (run, the)->flags & TOK_WORD) && !(tok (run, the)->flags & TOK_CAP))
    the--;
  if (!_sitrep_suggest_tok_is (run, the, "the") || tok (run, the - 1)->sentence != tok (run, i)->sentence ||
      !(_sitrep_suggest_tok_among (run, the - 1, death_causes) ||
        (_sitrep_suggest_tok_is (run, the - 1, "and") && _sitrep_suggest_figure_earlier (run, i, TRUE) != NULL)) ||
      !person_of (run, i + 1, kind, &last))
    return FALSE;
  add_one (run, kind, i + 2, last, 1);
  return TRUE;
}

/* Token @i is a verb of one_killed, one_wounded or one_captured: proposes
 * the one person it names as a figure of 1. *@next is the last token used. */
void
_sitrep_suggest_figure_one (SuggestRun *run,
                            guint       i,
                            guint      *next)
{
  gboolean captured;
  SitrepSuggestKind kind = kind_of_verb (run, i, &captured);
  guint first = 0, last = 0, was = i;
  /* "passed away", "lost his life" say "died" */
  gboolean passed = _sitrep_suggest_tok_is (run, i, "passed") || _sitrep_suggest_tok_is (run, i, "lost");
  gboolean died = _sitrep_suggest_tok_is (run, i, "died") || _sitrep_suggest_tok_is (run, i, "succumbed") ||
                  _sitrep_suggest_tok_is (run, i, "perished") ||
                  (_sitrep_suggest_tok_is (run, i, "passed") && _sitrep_suggest_tok_is (run, i + 1, "away")) ||
                  (_sitrep_suggest_tok_is (run, i, "lost") && _sitrep_suggest_tok_among (run, i + 1, one_possessives) &&
                   _sitrep_suggest_tok_is (run, i + 2, "life"));
  guint end = i;   /* the verb's last token: "gunned down" */
  /* "a terrorist was eliminated"; the active ("forces eliminated another official") is most often a
   * lead's summary of a figure told after it */
  gboolean passive_only = _sitrep_suggest_tok_is (run, i, "eliminated") || _sitrep_suggest_tok_is (run, i, "liquidated");

  *next = i;
  if (passed && !died)
    return;
  if (_sitrep_suggest_tok_is (run, i, "gunned"))
    {
      if (!_sitrep_suggest_tok_is (run, i + 1, "down"))
        return;
      end = i + 1;
    }
  /* "killed Maj. Gen. Vyacheslav Gladkih and injured …"; "captured X, an ISIS facilitator" (a name with a
   * person's role after it: "captured" alone also takes places) */
  if (!died && !passive_only &&
      (_sitrep_suggest_name_after (run, end, &last) || _sitrep_suggest_role_and_name_after (run, end, &last)) &&
      (!captured || name_and_role (run, last)))
    {
      add_harmed (run, end, died, kind, end + 1, last, 1);
      *next = last;
      return;
    }
  /* "killed a commander"; not "killed a man and his son", "wounded a mother and daughter": a pair
   * without a numeral is no figure in the coders' gold (bench/gold-suggest-2, -5, -6 and -7's
   * READMEs) */
  if (!died && !passive_only && _sitrep_suggest_person_after (run, end, kind, &last))
    {
      guint persons = 1 + _sitrep_suggest_figure_persons_after (run, last, &last);

      if (persons >= 2 || (_sitrep_suggest_tok_is (run, last + 1, "and") && _sitrep_suggest_tok_among (run, last + 2, _sitrep_suggest_one_person)))
        {
          *next = last;
          return;
        }

      /* "killed a woman and her two children": the count that follows takes her. */
      if (_sitrep_suggest_is_and_or_comma (run, last + 1) &&
          (_sitrep_suggest_is_number_anchor (run, last + 2) ||
           (_sitrep_suggest_tok_among (run, last + 2, _sitrep_suggest_possessives) && _sitrep_suggest_is_number_anchor (run, last + 3))))
        return;
      add_harmed (run, end, died, kind, end + 1, last, persons);
      *next = last;
      return;
    }
  /* "ISIS claimed the killing of a young man": one killed, as "the death of" */
  if (_sitrep_suggest_tok_is (run, i, "killing") && i > 0 && _sitrep_suggest_tok_is (run, i - 1, "the"))
    {
      death_of (run, i);
      return;
    }
  if (_sitrep_suggest_tok_among (run, i, one_ing))
    return;

  /* "his wife was slightly injured", "a soldier had been killed" */
  /* (up to two: "was also severely wounded") */
  for (guint k = 0; k < 2 && was > 0 && _sitrep_suggest_tok_among (run, was - 1, one_adverbs); k++)
    was--;
  /* "was shot and killed", "was ambushed and wounded": the verb before "and" says how */
  if (was >= 2 && _sitrep_suggest_tok_is (run, was - 1, "and") && is_how_verb (run, was - 2))
    was -= 2;
  /* "A farmer died of his wounds", "Ahmad Saleh later died", "a girl succumbed to her injuries": no "was" */
  if (died)
    {
      if (was > 0 && (_sitrep_suggest_tok_is (run, was - 1, "has") || _sitrep_suggest_tok_is (run, was - 1, "had")))
        was--;
      /* "The 52-year-old woman died": "the" with an age is one described, not one counted before */
      if ((_sitrep_suggest_person_before (run, was, kind, FALSE, &first, &last) &&
           (!_sitrep_suggest_tok_is (run, first, "the") || with_age (run, first, last) ||
            _sitrep_suggest_ordinal_alone (run, last))) ||
          _sitrep_suggest_one_pronoun_subject (run, was, kind, &first, &last) ||
          _sitrep_suggest_one_shared_subject (run, was, kind, &first, &last) ||
          /* "a young boy called Mazen had died", "A soldier from the 5th Brigade died of his wounds" */
          _sitrep_suggest_one_long_subject (run, was, kind, &first, &last))
        add_harmed (run, end, died, kind, first, last, 1);
      return;
    }
  /* "A young man and a child were killed": people named one by one, no figure (as the pair above) */
  if (was > 0 && (_sitrep_suggest_tok_is (run, was - 1, "were") ||
                  (was >= 2 && _sitrep_suggest_tok_is (run, was - 1, "been") && _sitrep_suggest_tok_is (run, was - 2, "have"))))
    return;
  if (was > 0 && _sitrep_suggest_tok_is (run, was - 1, "been") && was >= 2 &&
      (_sitrep_suggest_tok_is (run, was - 2, "had") || _sitrep_suggest_tok_is (run, was - 2, "has")))
    was -= 2;
  else if (was > 0 && _sitrep_suggest_tok_is (run, was - 1, "was"))
    was--;
  else
    {
      if (bare_passive (run, i, end, &first))
        add_harmed (run, end, died, kind, first, i - 1, 1);
      return;
    }
  if (_sitrep_suggest_person_before (run, was, kind, captured, &first, &last) ||
      _sitrep_suggest_one_long_subject (run, was, kind, &first, &last) ||
      _sitrep_suggest_one_pronoun_subject (run, was, kind, &first, &last) ||
      _sitrep_suggest_one_shared_subject (run, was, kind, &first, &last))
    add_harmed (run, end, died, kind, first, last, 1);
}

/* Verbs before "dead" or "to death" that say how one died. */
static const char * const dead_verbs[] = {
  "shot", "stabbed", "beaten", "gunned", "hacked", "tortured", "burned", "burnt", "bludgeoned", "found",
  "shooting", "stabbing", "beating", NULL
};

/* Words after "the body of a boy" that say what was done with it, where a noun after the person's
 * would make him a modifier ("a civilian car"): "the body of a young boy away", "being pulled out". */
static const char * const body_after[] = {
  "away", "out", "being", "lying", "covered", "wrapped", "pulled", "carried", "found", "recovered",
  "under", "into", "onto", "through", "that", "which", NULL
};

/* Whether the person's noun ending at @last (0: none) is followed by one of body_after. */
static gboolean
body_moved (SuggestRun *run,
            guint       last)
{
  return last > 0 && last + 1 < run->n_tokens && tok (run, last + 1)->sentence == tok (run, last)->sentence &&
         _sitrep_suggest_tok_among (run, last + 1, body_after);
}

/* One person after "shot dead" at token @dead, read as after "killed" ("Gunmen have shot dead an Iraqi policeman west
 * of the city", "shot dead a Syrian refugee trying to cross"); not two told one by one ("a policeman and a soldier"),
 * nor one whose count follows ("a woman and her two children"). His last token in @last. */
static gboolean
shot_dead_person (SuggestRun *run,
                  guint       dead,
                  guint      *last)
{
  guint end;

  if (!_sitrep_suggest_person_after (run, dead, SITREP_SUGGEST_KILLED, last) ||
      _sitrep_suggest_figure_persons_after (run, *last, &end) > 0)
    return FALSE;
  return !(_sitrep_suggest_tok_is (run, *last + 1, "and") && _sitrep_suggest_tok_among (run, *last + 2, _sitrep_suggest_one_person)) &&
         !(_sitrep_suggest_is_and_or_comma (run, *last + 1) &&
           (_sitrep_suggest_is_number_anchor (run, *last + 2) ||
            (_sitrep_suggest_tok_among (run, *last + 2, _sitrep_suggest_possessives) && _sitrep_suggest_is_number_anchor (run, *last + 3))));
}

/* Token @i is "dead" or "death": one person "shot dead" or "shot to death",
 * named or described before "was" ("Hanan al-Abdullah was shot to death")
 * or after the verb ("gunmen shot a woman teacher to death"). */
void
_sitrep_suggest_figure_one_dead (SuggestRun *run,
                                 guint       i)
{
  guint j = i, first = 0, last = 0;

  /* "the body of a boy": one person dead, not "a body of water" */
  if (_sitrep_suggest_tok_is (run, i, "body"))
    {
      if (i + 2 < run->n_tokens && _sitrep_suggest_tok_is (run, i + 1, "of") &&
          (_sitrep_suggest_one_person_starting_at (run, i + 2, &last) || body_moved (run, last)))
        add_one (run, SITREP_SUGGEST_KILLED, i + 2, last, 1);
      /* "His body was found two days later" */
      else if (_sitrep_suggest_one_pronoun_body (run, i, &first))
        add_one (run, SITREP_SUGGEST_KILLED, first, first, 1);
      return;
    }
  if (_sitrep_suggest_tok_is (run, i, "death") || _sitrep_suggest_tok_is (run, i, "injury") ||
      _sitrep_suggest_tok_among (run, i, held_nouns))
    {
      if (_sitrep_suggest_tok_among (run, i, held_nouns))
        {
          death_of (run, i);
          return;
        }
      if (death_of (run, i))
        return;
      if (i < 2 || !_sitrep_suggest_tok_is (run, i - 1, "to"))
        return;
      j = i - 1;
    }
  if (j < 2)
    return;
  /* "X was shot dead", "police shot dead a gunman" */
  if (_sitrep_suggest_tok_among (run, j - 1, dead_verbs))
    {
      guint was = j - 2;

      /* "was also found dead" */
      if (was > 0 && _sitrep_suggest_tok_among (run, was, one_adverbs))
        was--;
      /* "A fighter from the X Division was shot dead" (a long subject, as "was killed") */
      if (_sitrep_suggest_tok_is (run, was, "was") &&
          (_sitrep_suggest_person_before (run, was, SITREP_SUGGEST_KILLED, FALSE, &first, &last) ||
           _sitrep_suggest_one_long_subject (run, was, SITREP_SUGGEST_KILLED, &first, &last) ||
           _sitrep_suggest_one_pronoun_subject (run, was, SITREP_SUGGEST_KILLED, &first, &last) ||
           _sitrep_suggest_one_shared_subject (run, was, SITREP_SUGGEST_KILLED, &first, &last)))
        add_one (run, SITREP_SUGGEST_KILLED, first, last, 1);
      else if (j == i && i + 2 < run->n_tokens &&
               (_sitrep_suggest_one_person_starting_at (run, i + 1, &last) || shot_dead_person (run, i, &last)))
        add_one (run, SITREP_SUGGEST_KILLED, i + 1, last, 1);
      return;
    }
  /* "shooting him to death", "shot her dead" */
  if (_sitrep_suggest_tok_among (run, j - 1, _sitrep_suggest_one_pronouns) && _sitrep_suggest_tok_among (run, j - 2, dead_verbs))
    {
      add_one (run, SITREP_SUGGEST_KILLED, j - 1, j - 1, 1);
      return;
    }
  /* "shot a woman teacher to death", "leaving a fighter dead" */
  if (_sitrep_suggest_one_person_ending_at (run, j - 1, &first) && first >= 1 &&
      (_sitrep_suggest_tok_among (run, first - 1, dead_verbs) || _sitrep_suggest_tok_is (run, first - 1, "leaving") ||
       _sitrep_suggest_tok_is (run, first - 1, "left")))
    add_one (run, SITREP_SUGGEST_KILLED, first, j - 1, 1);
}

/* Token @i is "injuries" or "wounds" one person suffered, named or described before the verb: "One
 * civilian received minor injuries", "Khalif sustained severe injuries", "his wife also suffered
 * wounds". */
static void
suffered_one (SuggestRun *run,
              guint       i)
{
  guint verb = i - 1, first, last;

  if (i < 2)
    return;
  /* "minor", "severe" between */
  if (!_sitrep_suggest_figure_suffered_injuries (run, verb))
    verb--;
  if (!_sitrep_suggest_figure_suffered_injuries (run, verb) || verb < 1)
    return;
  for (guint k = 0; k < 2 && verb > 1 && _sitrep_suggest_tok_among (run, verb - 1, one_adverbs); k++)
    verb--;
  if (verb > 1 && (_sitrep_suggest_tok_is (run, verb - 1, "has") || _sitrep_suggest_tok_is (run, verb - 1, "had")))
    verb--;
  /* "the" with an age is one described, not one counted before (as "died") */
  if (_sitrep_suggest_person_before (run, verb, SITREP_SUGGEST_WOUNDED, FALSE, &first, &last) &&
      (!_sitrep_suggest_tok_is (run, first, "the") || with_age (run, first, last)))
    add_harmed (run, i, FALSE, SITREP_SUGGEST_WOUNDED, first, last, 1);
}

/* Whether token @i is one of the verbs _sitrep_suggest_figure_one () reads. */
gboolean
_sitrep_suggest_is_one_verb (SuggestRun *run,
                             guint       i)
{
  return !(tok (run, i)->flags & TOK_ARABIC) && _sitrep_suggest_tok_among (run, i, one_verbs);
}


/* Token @i is no count: proposes the one person a verb of one_verbs ("killed Maj. Gen. X", "his
 * wife was slightly injured"), "dead", "death" or "body" ("shot dead"), or an Arabic word of harm
 * ("مقتل عسكري") names there. Returns the last token used. */
guint
_sitrep_suggest_figure_one_at (SuggestRun *run,
                               guint       i)
{
  guint next = i, proposed = run->out->len;

  if ((tok (run, i)->flags & TOK_WORD) && _sitrep_suggest_is_one_verb (run, i))
    _sitrep_suggest_figure_one (run, i, &next);
  else if (_sitrep_suggest_tok_is (run, i, "injuries") || _sitrep_suggest_tok_is (run, i, "wounds"))
    suffered_one (run, i);
  else if (_sitrep_suggest_tok_is (run, i, "assassination") || _sitrep_suggest_tok_is (run, i, "murder"))
    death_of (run, i);
  else if (_sitrep_suggest_tok_is (run, i, "dead") || _sitrep_suggest_tok_is (run, i, "death") ||
           _sitrep_suggest_tok_is (run, i, "injury") || _sitrep_suggest_tok_among (run, i, held_nouns) ||
           _sitrep_suggest_tok_is (run, i, "body"))
    _sitrep_suggest_figure_one_dead (run, i);
  else if (tok (run, i)->flags & TOK_ARABIC)
    _sitrep_suggest_figure_one_arabic (run, i, &next);
  /* the phrasings left: "and another wounded", "was fatally shot", "A female body was found" */
  if (run->out->len == proposed && !_sitrep_suggest_figure_names (run, i))
    _sitrep_suggest_figure_single (run, i);
  return next;
}

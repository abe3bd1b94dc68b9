/* sitrep-suggest-figures-after.c — the words around a casualty figure's number: the kind a word says,
 * and the words after the number (who is counted, then what happened to them)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-figures-person.h"

/* Words that may stand between the people counted and what happened to
 * them, naming the group they belong to: "21 jihadists from the Islamic
 * State (IS) group have perished", "145 members of pro-Iran militias". */
static const char * const group_words[] = {
  "from", "group", "groups", "militia", "militias", "faction", "factions", "forces", "force",
  "organization", "organisation", "ranks", "side", "affiliated", "linked", "backed", "loyal",
  "allied", "belonging", "led", "allies", "same", "single", "tribe", "clan", "household", "military", NULL
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

/* "assassination", "murder": in the killed words for "the assassination of a civilian" (one person,
 * sitrep-suggest-figures-one.c) and "the assassination of 207 civilians" only, no count's word
 * otherwise ("10 assassination attempts", "two tortured murder victims") */
static gboolean
is_one_killing_noun (SuggestRun *run,
                     guint       i)
{
  return (_sitrep_suggest_tok_is (run, i, "assassination") || _sitrep_suggest_tok_is (run, i, "murder")) &&
         !_sitrep_suggest_tok_is (run, i + 1, "of");
}

/* kind_of () of an Arabic word: out of line, so that an English word's
 * (most of them, ≈ 37,000 asks a MB) is asked inline. */
static G_GNUC_NO_INLINE SitrepSuggestKind
kind_of_arabic (SuggestRun *run,
                guint       i,
                gboolean   *found)
{
  SitrepSuggestKind kind;

  *found = _sitrep_suggest_figure_ar_kind (run, i, &kind);
  return *found ? kind : SITREP_SUGGEST_KILLED;
}

static inline SitrepSuggestKind
kind_of (SuggestRun *run,
         guint       i,
         gboolean   *found)
{
  *found = TRUE;
  if (tok (run, i)->flags & TOK_ARABIC)
    return kind_of_arabic (run, i, found);
  /* "body" is in the list for "the body of a boy" (one person) only: no count's cue ("body weight (25)") */
  /* "fatally" only before "shot" or "stabbed" ("three people were fatally shot"): "fatally wounded" is read at "wounded" */
  else if (_sitrep_suggest_tok_in (run, i, _sitrep_suggest_figure_killed_words) && !_sitrep_suggest_tok_is (run, i, "body") &&
           !is_one_killing_noun (run, i) &&
           !(_sitrep_suggest_tok_is (run, i, "fatally") && !_sitrep_suggest_tok_is (run, i + 1, "shot") && !_sitrep_suggest_tok_is (run, i + 1, "stabbed")))
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

/* The new forms' nouns, a cue only before "of", and verbs, a cue only before the count (cue_ok ()). */
static const char * const of_nouns[] = {
  "execution", "executions", "assassinations", "elimination", "killings", "detention", "abductions", "kidnappings", NULL
};
static const char * const object_verbs[] = {
  "execute", "executes", "assassinate", "assassinates", "assassinating", "eliminate", "eliminating", "captures",
  "detain", "detains", "abduct", "abducts", "kidnap", "kidnaps", NULL
};

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
  if (_sitrep_suggest_tok_is (run, i, "remains") || _sitrep_suggest_tok_is (run, i, "relics") || _sitrep_suggest_tok_is (run, i, "arrest") ||
      _sitrep_suggest_tok_is (run, i, "capture") || _sitrep_suggest_tok_is (run, i, "abduction"))
    return !before || _sitrep_suggest_tok_is (run, i + 1, "of") ||
           /* the verb: "saw gunmen capture two soldiers"; not an intent ("went out to arrest 12 suspects") */
           ((_sitrep_suggest_tok_is (run, i, "capture") || _sitrep_suggest_tok_is (run, i, "arrest")) &&
            i + 1 < run->n_tokens && _sitrep_suggest_is_number_anchor (run, i + 1) && !_sitrep_suggest_tok_is (run, i - 1, "to"));
  if (_sitrep_suggest_tok_is (run, i, "kill") || _sitrep_suggest_tok_is (run, i, "die"))
    return before;
  /* nouns of many deeds, only before "of" ("the elimination of 30 militants"; not "12 killings", "two
   * executions"), and verbs only before their object ("executes 5") */
  if (_sitrep_suggest_tok_among (run, i, of_nouns))
    return _sitrep_suggest_tok_is (run, i + 1, "of");
  if (_sitrep_suggest_tok_among (run, i, object_verbs))
    return before;
  return TRUE;
}

/* For the other figures' files: kind_of () and cue_ok (), which stay inline here. */
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
  return _sitrep_suggest_has_prefix (p, "“") || _sitrep_suggest_has_prefix (p, "”") || _sitrep_suggest_has_prefix (p, "«") || _sitrep_suggest_has_prefix (p, "»");
}

/* Whether token @i is a slash glued to the number beside it: some Arabic
 * outlets write numbers between slashes ("قتل /10/ عراقيين"), which say
 * nothing of what the number counts. */
gboolean
_sitrep_suggest_figure_is_number_slash (SuggestRun *run,
                                        guint       i)
{
  const SuggestToken *t = tok (run, i);

  if (!(t->flags & TOK_PUNCT) || run->text[t->start] != '/' || t->end - t->start != 1)
    return FALSE;
  return (i + 1 < run->n_tokens && (tok (run, i + 1)->flags & TOK_NUMBER) && tok (run, i + 1)->space_before == 0) ||
         (i > 0 && (tok (run, i - 1)->flags & TOK_NUMBER) && t->space_before == 0);
}

/* Whether token @j is a mark of a name's abbreviation in parentheses after the name: "(" or ")" of "Islamic
 * State (ISIS) militants", "Syrian Democratic Forces (SDF) fighters". */
static gboolean
abbreviation_mark (SuggestRun *run,
                   guint       j)
{
  char c = run->text[tok (run, j)->start];
  guint open = c == '(' ? j : j >= 2 ? j - 2 : j;

  if ((c != '(' && c != ')') || open == 0 || open + 2 >= run->n_tokens)
    return FALSE;
  return run->text[tok (run, open)->start] == '(' && run->text[tok (run, open + 2)->start] == ')' &&
         (tok (run, open - 1)->flags & TOK_CAP) && (tok (run, open - 1)->flags & TOK_WORD) &&
         (tok (run, open + 1)->flags & TOK_CAP) && (tok (run, open + 1)->flags & TOK_WORD) &&
         (tok (run, open + 2)->flags & TOK_PUNCT) && tok (run, open + 1)->sentence == tok (run, open)->sentence;
}

/* Whether token @j is a word in lower case ending in "-ed" ("blindfolded"). */
static gboolean
lower_ed (SuggestRun *run,
          guint       j)
{
  const SuggestToken *t = tok (run, j);

  return (t->flags & TOK_WORD) && !(t->flags & (TOK_CAP | TOK_NUMBER | TOK_ARABIC)) && t->end - t->start > 3 &&
         memcmp (run->text + t->end - 2, "ed", 2) == 0;
}

/* Whether punctuation token @j, after the number ending at @num_end, says
 * nothing of the words around it: a quote, a hyphen, the slash after "/10", an abbreviation's parentheses,
 * the "#" and "_" of a hashtag ("#الحشد_الشعبي"), a curly apostrophe ("al-Qaida’s"), an initial's dot, the comma
 * between two participles before the people's noun ("Two blindfolded, handcuffed bodies"). */
static gboolean
says_nothing (SuggestRun *run,
              guint       j,
              guint       num_end)
{
  char c = run->text[tok (run, j)->start];

  /* and the dots of "U.S. troops" (a dot glued to a capital letter alone) */
  /* and the bracket closing a count in brackets ("بحوالي (394) قتيل") */
  return is_quote (run, j) || (tok (run, j)->flags & TOK_HYPHEN) || (j == num_end + 1 && _sitrep_suggest_figure_is_number_slash (run, j)) ||
         (c == ')' && j == num_end + 1 && num_end > 0 && (tok (run, num_end)->flags & TOK_NUMBER) &&
          run->text[tok (run, num_end - 1)->start] == '(' && (tok (run, num_end - 1)->flags & TOK_PUNCT)) ||
         abbreviation_mark (run, j) ||
         (c == '.' && tok (run, j)->space_before == 0 && tok (run, j - 1)->end - tok (run, j - 1)->start == 1 &&
          (tok (run, j - 1)->flags & TOK_CAP)) ||
         ((c == '#' || c == '_' || _sitrep_suggest_has_prefix (run->text + tok (run, j)->start, "’")) && j + 1 < run->n_tokens &&
          tok (run, j + 1)->space_before == 0 && tok (run, j + 1)->sentence == tok (run, j)->sentence) ||
         (c == ',' && j == num_end + 2 && j + 1 < run->n_tokens && tok (run, j + 1)->sentence == tok (run, j)->sentence &&
          lower_ed (run, j - 1) && lower_ed (run, j + 1) && !_sitrep_suggest_figure_is_kind_word (run, j + 1));
}

/* How many words after a first word that names no people the noun that does may come:
 * "125 national guard and police recruits". */
#define HEAD_AHEAD 4

/* What is left of the dead, counted: "14 dumped bodies"; their deaths ("four new American deaths"). */
static const char * const dead_nouns[] = {
  "bodies", "remains", "corpses", "deaths", "fatalities", NULL
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

      /* "Two blindfolded, handcuffed bodies" */
      if (k == j + 1 && (t->flags & TOK_PUNCT) && run->text[t->start] == ',' && says_nothing (run, k, j - 1))
        continue;
      /* "14 dumped bodies", "105 unidentified remains" */
      if (_sitrep_suggest_tok_among (run, k, dead_nouns))
        return TRUE;
      /* "Four paramilitary Sunni tribal fighters", "two senior U.S. officials": a name of their
       * people, place or group among the modifiers (not the first word: the caller asks only a word
       * in lower case) */
      if (t->sentence == sentence && (t->flags & TOK_CAP) && !(t->flags & TOK_NUMBER) && !_sitrep_suggest_is_number_anchor (run, k))
        continue;
      if (t->sentence == sentence && (t->flags & TOK_PUNCT) && run->text[t->start] == '.' && t->space_before == 0 &&
          tok (run, k - 1)->end - tok (run, k - 1)->start == 1 && (tok (run, k - 1)->flags & TOK_CAP))
        continue;
      if (t->sentence != sentence || !(t->flags & TOK_WORD) || (t->flags & (TOK_NUMBER | TOK_CAP)) ||
          _sitrep_suggest_is_number_anchor (run, k) || is_kind_word (run, k) ||
          /* "six would-be suicide bombers": "be" of a compound */
          (_sitrep_suggest_tok_in (run, k, _sitrep_suggest_figure_passive_aux) && !((tok (run, k - 1)->flags & TOK_HYPHEN) && t->space_before == 0)))
        return FALSE;
      if (_sitrep_suggest_tok_in (run, k, _sitrep_suggest_figure_victim_nouns))
        return TRUE;
      /* "one coalition member was reportedly killed": one person's noun after "one"; not "in one
       * village a man …", another person's */
      if (_sitrep_suggest_tok_is (run, j - 1, "one"))
        {
          if (_sitrep_suggest_tok_among (run, k, _sitrep_suggest_one_determiners) || _sitrep_suggest_tok_is (run, k, "the"))
            return FALSE;
          if (_sitrep_suggest_tok_among (run, k, _sitrep_suggest_one_person))
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether token @k is "one", or "1" standing alone ("1 farmer killed by IED", a daily list's entry). */
static gboolean
is_one (SuggestRun *run,
        guint       k)
{
  return _sitrep_suggest_tok_is (run, k, "one") || _sitrep_suggest_digit_one (run, k);
}

/* Whether "one" (or "1") stands before token @j, with only capitalised words between ("one Iraqi policeman", "one
 * U.S. soldier"). */
static gboolean
one_before (SuggestRun *run,
            guint       j)
{
  guint k = j - 1;

  while (k > 0 && k + 4 > j && ((tok (run, k)->flags & (TOK_CAP | TOK_WORD)) == (TOK_CAP | TOK_WORD) ||
                                ((tok (run, k)->flags & TOK_PUNCT) && run->text[tok (run, k)->start] == '.' && tok (run, k)->space_before == 0)) &&
         !(tok (run, k)->flags & TOK_ARABIC))
    k--;
  return is_one (run, k);
}

/* Whether the first word in lower case after a number, @j, names things
 * counted, not people; *@modifier is TRUE when it only qualifies the
 * people's noun a few words on ("three carpet merchants"). */
static gboolean
counts_things (SuggestRun *run,
               guint       j,
               gboolean   *modifier)
{
  gboolean people = _sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_person_nouns) ||
                    (_sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_killed_words) && !is_one_killing_noun (run, j)) ||
                    _sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_wounded_words) || _sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_captured_words) ||
                    _sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_missing_words) ||
                    /* "one man was killed", "killed one Iraqi policeman" */
                    (one_before (run, j) && _sitrep_suggest_tok_among (run, j, _sitrep_suggest_one_person));

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

/* Words that open the object of an active verb of harm: "Two gunmen killed a
 * contractor", "Three militants shot dead their hostage". */
static const char * const object_openers[] = {
  "a", "an", "his", "her", "their", "its", "several", "many", "some", NULL
};
/* Words after "the" or "a" that make a time, not an object: "Two soldiers
 * killed the day before were buried", "killed a day after the truce". */
static const char * const the_time_words[] = {
  "day", "night", "morning", "evening", "week", "month", "year", "same", "previous", "following",
  "next", "last", "first", "weekend", NULL
};

/* Whether the cue at token @j, with no "were" or "been" before it, acts on
 * a count right after it (its qualifier between): in "Nine fighters killed
 * three soldiers" the nine are the killers. Not "Nine fighters killed in
 * the 3 attacks". Or on an object with no count ("Two gunmen killed a
 * contractor": the two are the killers, the contractor is one_person's). */
static gboolean
acts_on_count (SuggestRun *run,
               guint       j)
{
  if (j == 0 || _sitrep_suggest_tok_in (run, j - 1, _sitrep_suggest_figure_passive_aux))
    return FALSE;
  if (j + 2 < run->n_tokens && tok (run, j + 1)->sentence == tok (run, j)->sentence &&
      !(tok (run, j)->flags & TOK_CAP) &&
      (_sitrep_suggest_tok_among (run, j + 1, object_openers) || _sitrep_suggest_tok_is (run, j + 1, "the")) &&
      !_sitrep_suggest_tok_among (run, j + 2, the_time_words))
    return TRUE;
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

/* Words after "of" that start the group of the people counted: "members of a civil defence team". */
static const char * const group_determiners[] = {
  "the", "a", "an", "its", "their", "his", "her", NULL
};

/* Whether the word @j after "of" right after the people counted starts the words of their group with no
 * determiner: "guards of civil institutions", "fighters of Islamic factions" (not a count, nor a word of harm). */
static gboolean
of_their_group (SuggestRun *run,
                guint       j)
{
  return j < run->n_tokens && (tok (run, j)->flags & TOK_WORD) && tok (run, j)->sentence == tok (run, j - 1)->sentence &&
         !_sitrep_suggest_is_number_anchor (run, j) && !is_kind_word (run, j) &&
         !_sitrep_suggest_tok_among (run, j, _sitrep_suggest_figure_clause_words);
}

/* Words that open a description of the group of the people counted; or of what they were charged with:
 * "11 men convicted of murder and rape were executed". */
static const char * const describe_words[] = {
  "linked", "affiliated", "belonging", "loyal", "tied", "connected", "associated", "convicted", "accused",
  "suspected", "charged", NULL
};
/* How many words more such a description may take. */
#define DESCRIBE_EXTRA 12

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

  /* "… including 18 children and 15 women by armed cells": the doers after "by" end the people's
   * words (what happened to them was told before, or is the figure's before them): the walk ends here */
  if (!w->describing && j == w->victim + 1 && _sitrep_suggest_tok_is (run, j, "by") && j + 1 < run->n_tokens &&
      !_sitrep_suggest_is_number_anchor (run, j + 1))
    {
      *limit = j;
      return TRUE;
    }
  /* "… affiliated with", and "Five members of a civil defence team were killed": the group they are of */
  if (!w->describing && ((_sitrep_suggest_tok_among (run, j, describe_words) &&
                          (_sitrep_suggest_tok_is (run, j + 1, "to") || _sitrep_suggest_tok_is (run, j + 1, "with") ||
                           _sitrep_suggest_tok_is (run, j + 1, "of"))) ||
                         (j == w->victim + 1 && _sitrep_suggest_tok_is (run, j, "of") &&
                          (_sitrep_suggest_tok_in (run, j + 1, group_determiners) || of_their_group (run, j + 1)))))
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
  if (!w->describing || _sitrep_suggest_tok_among (run, j, _sitrep_suggest_figure_clause_words))
    return FALSE;
  /* "Turkish-backed" names the group; "attacked", "killing" start a clause */
  return (j > 0 && (tok (run, j - 1)->flags & TOK_HYPHEN) && t->space_before == 0) ||
         !(len > 3 && (memcmp (run->text + t->end - 2, "ed", 2) == 0 || memcmp (run->text + t->end - 3, "ing", 3) == 0));
}

/* Whether token @j is a verb of how before "dead", "to death", "prisoner" or "missing"
 * (asked first: a length test, where dead_verbs compares twelve words). */
static gboolean
is_verb_of_how (SuggestRun *run,
             guint       j)
{
  return ((_sitrep_suggest_tok_is (run, j + 1, "dead") ||
           (_sitrep_suggest_tok_is (run, j + 1, "to") && _sitrep_suggest_tok_is (run, j + 2, "death"))) &&
          _sitrep_suggest_tok_among (run, j, dead_verbs)) ||
         (_sitrep_suggest_tok_among (run, j, taken_verbs) && _sitrep_suggest_tok_among (run, j + 1, captive_words)) ||
         /* "three others went missing" */
         ((_sitrep_suggest_tok_is (run, j, "went") || _sitrep_suggest_tok_is (run, j, "gone")) && _sitrep_suggest_tok_is (run, j + 1, "missing"));
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

/* "suffered injuries", "sustained serious wounds", "received minor injuries" at token @j */
gboolean
_sitrep_suggest_figure_suffered_injuries (SuggestRun *run,
                                          guint       j)
{
  guint k = j + 1;

  if (!_sitrep_suggest_tok_is (run, j, "suffered") && !_sitrep_suggest_tok_is (run, j, "sustained") &&
      !_sitrep_suggest_tok_is (run, j, "suffering") && !_sitrep_suggest_tok_is (run, j, "sustaining") &&
      !_sitrep_suggest_tok_is (run, j, "received") && !_sitrep_suggest_tok_is (run, j, "receiving"))
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
         (_sitrep_suggest_tok_in (run, m, _sitrep_suggest_figure_passive_aux) || _sitrep_suggest_tok_is (run, m, "had") ||
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
  /* "were among the victims": the dead, as the coders count them (not a headline's "among 15 victims") */
  if (_sitrep_suggest_tok_is (run, k, "victims") && k == j + 2 && _sitrep_suggest_tok_is (run, j + 1, "the"))
    {
      *kind = SITREP_SUGGEST_KILLED;
      return TRUE;
    }
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

/* The last token of the part of the people counted that starts at @j ("including …"): after a comma
 * the part runs to the next comma ("Twenty-three civilians, including eight children, were killed"), with
 * no comma to right before the verb it shares ("three people including two women were killed"); @j
 * when there is none. */
static guint
part_end (SuggestRun *run,
          guint       j,
          gboolean    comma)
{
  guint n = run->tokens->len, sentence = tok (run, j)->sentence, k = j + 1;

  if (comma)
    {
      while (k < n && k <= j + FIGURE_CUE_AFTER && tok (run, k)->sentence == sentence &&
             !((tok (run, k)->flags & TOK_PUNCT) && run->text[tok (run, k)->start] == ','))
        k++;
      return k < n && k <= j + FIGURE_CUE_AFTER && tok (run, k)->sentence == sentence ? k : j;
    }
  if (k >= n || !_sitrep_suggest_is_number_anchor (run, k))
    return j;
  while (k < n && k <= j + FIGURE_CUE_AFTER && tok (run, k)->sentence == sentence && !is_kind_word (run, k) &&
         !_sitrep_suggest_tok_in (run, k, _sitrep_suggest_figure_passive_aux) &&
         !((tok (run, k)->flags & TOK_PUNCT) && !(tok (run, k)->flags & TOK_HYPHEN) && run->text[tok (run, k)->start] != ','))
    k++;
  return k < n && k <= j + FIGURE_CUE_AFTER && tok (run, k)->sentence == sentence && !(tok (run, k)->flags & TOK_PUNCT) ?
         k - 1 : j;
}

/* Moves *@j on to @end, when @end is further (with @more more words allowed after it): TRUE. */
static gboolean
skip_to (SuggestRun *run,
         guint      *j,
         guint       end,
         guint       more,
         guint      *limit)
{
  if (end <= *j)
    return FALSE;
  *limit += end - *j + more;
  *j = end;
  return TRUE;
}

/* The words after the number: who (a noun for people), then what happened
 * to them ("were killed", "dead", "wounded"). FALSE when what is counted is
 * not people ("16 airstrikes", "40 villages", "14 ISIL tanks"). */
/* "three soldiers and a civilian were killed", "Two policemen, a member of the unit and a civilian were
 * killed": the people named one by one after the count's, from the "and" at *@j or right after the comma
 * after the count's people; moves *@j past them (and *@limit with it). */
static gboolean
persons_joined (SuggestRun *run,
                guint      *j,
                AfterWords *w,
                guint      *limit)
{
  guint persons, at;

  if (_sitrep_suggest_tok_is (run, *j, "and"))
    at = *j - 1;
  else if (*j >= 2 && *j - 2 == w->victim && (tok (run, *j - 1)->flags & TOK_PUNCT) && run->text[tok (run, *j - 1)->start] == ',')
    at = *j - 2;
  else
    return FALSE;
  if ((persons = _sitrep_suggest_figure_persons_after (run, at, &w->persons_last)) == 0)
    return FALSE;
  w->persons = persons;
  *limit += w->persons_last - *j;
  *j = w->persons_last;
  return TRUE;
}

/* Whether the people counted (@victim) follow the number ending at @num_end with only their
 * words between ("16 other unidentified men", "12 army troops"), not a thing's ("two earlier
 * attacks by IS fighters"). */
static gboolean
people_right_after (SuggestRun *run,
                    guint       num_end,
                    guint       victim)
{
  static const char * const linking[] = {
    "by", "of", "in", "on", "at", "from", "with", "against", "for", NULL
  };

  if (victim > num_end + 4)
    return FALSE;
  for (guint k = num_end + 1; k < victim; k++)
    {
      if (!(tok (run, k)->flags & TOK_WORD) || _sitrep_suggest_tok_among (run, k, linking))
        return FALSE;
    }
  return TRUE;
}

/* "six children, seven women and 12 troops were killed": the count at @j, after a comma, is the next
 * of the list the count ending at @num_end starts, when its people follow it right away. */
static void
note_comma_next (SuggestRun *run,
                 guint       num_end,
                 guint       j,
                 gboolean    comma,
                 AfterWords *w)
{
  if (w->have_victim && comma && (tok (run, j - 1)->flags & TOK_PUNCT) && run->text[tok (run, j - 1)->start] == ',' &&
      people_right_after (run, num_end, w->victim))
    {
      w->and_next = j;
      w->comma_next = TRUE;
    }
}

/* Whether token @j, after a count whose people no noun has named yet, starts another clause, where no
 * word of harm is theirs: "Six of us were able to flee but they kidnapped 22 friends". (The "one" of
 * "25 people from one family died" is no number that ends the count's words: not_a_count ().) Or whether
 * the count's words end at @j with no word of another clause among them: how some of them were right after
 * it ("and 7 under torture", "including 12 dumped near …": a part, read by the figure's caller), "and"
 * before another clause's word of harm ("killed three soldiers and two civilians and wounded eight": the
 * count joins the one before). */
static gboolean
unnamed_clause_end (SuggestRun *run,
                    guint       num_end,
                    guint       j,
                    AfterWords *w)
{
  static const char * const other_clause[] = {
    "but", "whereas", "while", "although", "though", NULL
  };

  if (j == num_end + 1 && _sitrep_suggest_figure_how_part (run, j))
    return TRUE;
  /* "Madain: 1 by gunmen": no people named, the words after "by" are the doers' */
  if (!w->have_victim && j == num_end + 1 && _sitrep_suggest_tok_is (run, j, "by"))
    return TRUE;
  if (w->have_victim)
    return _sitrep_suggest_tok_is (run, j, "and") && j + 1 < run->n_tokens && tok (run, j + 1)->sentence == tok (run, j)->sentence &&
           is_kind_word (run, j + 1);
  return _sitrep_suggest_tok_among (run, j, other_clause);
}

/* Whether the loop of _sitrep_suggest_figure_cue_after () passes over token *@j (moved on to the last word
 * passed, *@limit with it): "just" or "only" of "including 804 just in August"; the number of an ordinal that
 * names the people's unit ("four members of the 4th Division"); "as well as" before a second group sharing
 * the verb ("Thousands of militants as well as Iraqi civilians were killed"; not before another count: "as
 * well as 145 members", joined_to_previous ()). */
static gboolean
pass_over (SuggestRun *run,
           guint       num_end,
           guint      *j,
           AfterWords *w,
           guint      *limit)
{
  guint k = *j, n = run->tokens->len;

  if (k == num_end + 1 && (_sitrep_suggest_tok_is (run, k, "just") || _sitrep_suggest_tok_is (run, k, "only")) &&
      (_sitrep_suggest_tok_is (run, k + 1, "in") || _sitrep_suggest_tok_is (run, k + 1, "at")))
    return TRUE;
  if (!w->have_victim)
    return FALSE;
  /* "32 children under the age of 18", "two boys aged 12 and 14" */
  if (!(tok (run, k)->flags & TOK_NUMBER) && _sitrep_suggest_figure_age_end (run, k) > k)
    {
      *limit += _sitrep_suggest_figure_age_end (run, k) - k + 1;
      *j = _sitrep_suggest_figure_age_end (run, k);
      return TRUE;
    }
  if ((tok (run, k)->flags & TOK_NUMBER) && k + 2 < n && _sitrep_suggest_ordinal_before (run, k + 2))
    {
      *j = k + 1;
      *limit += 1;
      return TRUE;
    }
  if (_sitrep_suggest_tok_is (run, k, "as") && _sitrep_suggest_tok_is (run, k + 1, "well") &&
      _sitrep_suggest_tok_is (run, k + 2, "as") && k + 3 < n && !_sitrep_suggest_is_number_anchor (run, k + 3))
    {
      *j = k + 2;
      *limit += 3;
      return TRUE;
    }
  return FALSE;
}

/* Words that start where or when after the people counted, no other clause: "two civilians and three soldiers
 * at a checkpoint" joins the three to the two. */
static const char * const adjunct_starts[] = {
  "at", "in", "on", "near", "during", "outside", "inside", "across", "around", "after", "before", "from", NULL
};

/* Whether token @j is in words of where or when that start after the people counted, whose last token is
 * @victim. */
static gboolean
in_adjunct (SuggestRun *run,
            guint       victim,
            guint       j)
{
  for (guint k = victim + 1; k <= j && k <= victim + 4; k++)
    if (_sitrep_suggest_tok_in (run, k, adjunct_starts))
      return TRUE;
  return FALSE;
}

/* Whether token @j, right after the people counted, opens a relative clause about them, which is theirs and no
 * other clause's: "… and three children who were playing outside", "as well as two women who were hiding weapons";
 * not after ", and", which opens a clause of its own ("killed 3 soldiers, and 40 people who live there fled"). */
static gboolean
their_relative_clause (SuggestRun       *run,
                       guint             num_end,
                       guint             j,
                       const AfterWords *w)
{
  guint k = num_end;

  if (j != w->victim + 1 || !_sitrep_suggest_tok_is (run, j, "who"))
    return FALSE;
  while (k > 0 && (_sitrep_suggest_is_number_anchor (run, k) || (tok (run, k)->flags & TOK_HYPHEN)))
    k--;
  return !(k > 0 && _sitrep_suggest_tok_is (run, k, "and") && (tok (run, k - 1)->flags & TOK_PUNCT) && run->text[tok (run, k - 1)->start] == ',');
}

/* Whether token @j is a dash with spaces around it, which ends the words of the people counted before it:
 * "four people - two police and two civilians - the official added" (not "U.S.-led"). */
static gboolean
spaced_dash (SuggestRun *run,
             guint       j)
{
  return (tok (run, j)->flags & TOK_HYPHEN) && tok (run, j)->space_before > 0 && j + 1 < run->tokens->len &&
         tok (run, j + 1)->space_before > 0;
}

/* The words at which pass_over (), is_verb_of_how (), gave_lives (),
 * _sitrep_suggest_figure_suffered_injuries () and clause_says_kind () may
 * hold, with dead_verbs and taken_verbs: each asks its token for one of
 * them first. A word added to one of those tests' own first words is
 * added here. */
static const char * const after_openers[] = {
  "just", "only", "as", "who", "among", "went", "gone", "lost", "losing", "gave", "sacrificed",
  "suffered", "sustained", "suffering", "sustaining", "received", "receiving", "aged", "under", "over", "above",
  "below", NULL
};

/* Whether token @j is a number or a word one of those tests looks for at
 * it: most tokens are none, passed by at one ask. */
static inline gboolean
opens_after (SuggestRun *run,
             guint       j)
{
  const SuggestToken *t = tok (run, j);

  return (t->flags & TOK_NUMBER) ||
         ((t->flags & TOK_WORD) && (_sitrep_suggest_tok_among (run, j, after_openers) ||
                                    _sitrep_suggest_tok_among (run, j, dead_verbs) ||
                                    _sitrep_suggest_tok_among (run, j, taken_verbs)));
}

gboolean
_sitrep_suggest_figure_cue_after (SuggestRun *run,
                                  guint       num_end,
                                  AfterWords *w)
{
  guint n = run->tokens->len, sentence = tok (run, num_end)->sentence, counted = 0, verb;
  gboolean things = FALSE, comma = FALSE, modifier;
  guint limit = num_end + FIGURE_CUE_AFTER;

  /* "Two of the six killed were engineers": a part that says who they were (sitrep-suggest-figures-partitive.c) */
  if (_sitrep_suggest_figure_partitive_who (run, num_end, &w->kind))
    return (w->found = w->partitive = TRUE);
  for (guint j = num_end + 1; j < n && j <= limit; j++)
    {
      const SuggestToken *t = tok (run, j);
      gboolean cue;
      SitrepSuggestKind k;
      gboolean opens = opens_after (run, j);

      if (t->sentence != sentence)
        break;
      /* words that count nothing: "just in", an ordinal's unit, "as well as" (pass_over ()) */
      if (opens && pass_over (run, num_end, &j, w, &limit))
        continue;
      /* "Twenty-three civilians, including eight children, were killed": the part between commas is
       * the next figure's; "three people including two women were killed": with no comma, the part
       * runs to the verb the two share. */
      if (w->have_victim && _sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_subset_words) &&
          skip_to (run, &j, part_end (run, j, comma), comma ? 0 : 1, &limit))
        continue;
      if ((t->flags & TOK_NUMBER) || unnamed_clause_end (run, num_end, j, w) || (_sitrep_suggest_is_number_anchor (run, j) && !_sitrep_suggest_figure_not_a_count (run, j)))
        {
          note_comma_next (run, num_end, j, comma, w);
          break;
        }
      /* "shot dead", "stabbed to death", "taken prisoner": the second word says what happened */
      if (opens && j + 1 < n && is_verb_of_how (run, j))
        continue;
      /* "Two soldiers lost their lives", "gave their lives", "At least 59 other people suffered injuries" */
      if (opens && (gave_lives (run, j) || _sitrep_suggest_figure_suffered_injuries (run, j)))
        {
          w->found = !things;
          w->kind = gave_lives (run, j) ? SITREP_SUGGEST_KILLED : SITREP_SUGGEST_WOUNDED;
          return !things;
        }
      if (opens && !things && clause_says_kind (run, j, num_end, w))
        return (w->found = TRUE);
      if (t->flags & TOK_PUNCT)
        {
          /* "31 people, including 4 children, 3 women and an elderly man, were killed", "Five soldiers —
           * two of them officers — died", "1,959 Iraqi Security Forces, …": what happened after the insert */
          if ((w->have_victim || (counted == 0 && j > num_end + 1 && (tok (run, j - 1)->flags & TOK_CAP))) &&
              skip_to (run, &j, _sitrep_suggest_figure_insert_end (run, j), 0, &limit))
            continue;
          if (!(w->have_victim && spaced_dash (run, j)) && (says_nothing (run, j, num_end) || _sitrep_suggest_figure_ar_part_skip (run, &j, &limit)))
            continue;
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
      if (!w->have_victim && (_sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_victim_nouns) ||
                              (!things && is_one (run, num_end) && _sitrep_suggest_tok_among (run, j, _sitrep_suggest_one_person))))
        {
          w->have_victim = TRUE;
          w->victim = j;
          continue;
        }
      /* "three soldiers and a civilian were killed": one more each */
      if (w->have_victim && w->persons == 0 && persons_joined (run, &j, w, &limit))
        continue;
      k = kind_of (run, j, &cue);
      if (cue && (of_the_counted (run, num_end, j) || (w->have_victim && acts_on_count (run, j))))
        w->not_victims = TRUE;
      else if (cue && cue_ok (run, j, FALSE))
        {
          /* Things counted are casualties only as the verb's subject:
           * "20 "apostates" had been killed", not "16 airstrikes killed". */
          if (things && !_sitrep_suggest_tok_in (run, j - 1, _sitrep_suggest_figure_passive_aux))
            return FALSE;
          w->found = TRUE;
          w->kind = k;
          return TRUE;
        }
      if (things && j > counted && !(t->flags & TOK_CAP) && !_sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_passive_aux) &&
          !_sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_person_nouns))
        return FALSE;
      /* After the people counted, only words about them may come before
       * what happened to them: "3,000 fighters deployed" is no toll; but a
       * participle's phrase about them may ("four laborers working in a
       * nearby palm grove died"). */
      if (w->have_victim && !(t->flags & TOK_CAP) && !about_people (run, j, w, &limit))
        {
          if (!w->describing && _sitrep_suggest_figure_phrase_before_verb (run, j, &verb) && skip_to (run, &j, verb - 1, 1, &limit))
            continue;
          w->other_word = !comma && !in_adjunct (run, w->victim, j) && !their_relative_clause (run, num_end, j, w);
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

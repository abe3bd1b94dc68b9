/* sitrep-suggest-figures-single.c — one person harmed, in the phrasings the one-person readers
 * (sitrep-suggest-figures-one.c) leave: "left three dead and another wounded", "killing four and
 * wounding a fifth", "X was fatally shot", "A female body was found", "leaving a lieutenant
 * general killed", "killed ISIS' head of intelligence". Asked only at a word of harm where those readers proposed nothing.
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-figures-person.h"

/* "a fifth": the one more of a count before it ("killing four and wounding a fifth"). */
static const char * const ordinals[] = {
  "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", NULL
};
/* The participles a bare "another" or "a fifth" takes: "and another wounded". */
static const char * const bare_participles[] = {
  "killed", "wounded", "injured", "detained", "arrested", "captured", "abducted", "kidnapped", "executed", NULL
};
/* … of those, the ones that say captured: "and another detained". */
static const char * const captured_participles[] = {
  "detained", "arrested", "captured", "abducted", "kidnapped", NULL
};
/* What is done to a body found: "A female body was found", "Another body was brought to the morgue". */
static const char * const found_verbs[] = {
  "found", "discovered", "recovered", "retrieved", "dumped", "brought", "pulled", NULL
};
/* How one was killed, after "fatally": "was fatally shot", "fatally stabbed X". Not "fatally
 * wounded", which the wounded readers have read. */
static const char * const fatal_verbs[] = {
  "shot", "stabbed", "struck", "hit", "beaten", NULL
};
/* A word of one body, between "a" and "body": "a female body", "an unidentified body". */
static const char * const body_words[] = {
  "female", "male", "unidentified", "mutilated", "decomposed", "charred", "burnt", "burned", "headless",
  "child's", "woman's", "man's", "second", "third", "fourth", "fifth", NULL
};

/* Whether token @j ends a clause: a mark but a hyphen or apostrophe, another sentence, the text's
 * end, or a preposition ("and another wounded in Mosul"). */
static gboolean
clause_ends_at (SuggestRun *run,
                guint       j,
                guint       sentence)
{
  static const char * const after_bare[] = {
    "in", "on", "at", "near", "by", "during", "when", "while", "as", "after", "yesterday", "today", "overnight",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL
  };

  if (j >= run->n_tokens || tok (run, j)->sentence != sentence)
    return TRUE;
  if (tok (run, j)->flags & TOK_PUNCT)
    return run->text[tok (run, j)->start] != '\'' && run->text[tok (run, j)->start] != '-' &&
           !_sitrep_suggest_has_prefix (run->text + tok (run, j)->start, "’");
  return _sitrep_suggest_tok_among (run, j, after_bare);
}

static SitrepSuggestKind
kind_of (SuggestRun *run,
         guint       i)
{
  if (_sitrep_suggest_tok_is (run, i, "wounded") || _sitrep_suggest_tok_is (run, i, "injured") ||
      _sitrep_suggest_tok_is (run, i, "wounding") || _sitrep_suggest_tok_is (run, i, "injuring"))
    return SITREP_SUGGEST_WOUNDED;
  if (_sitrep_suggest_tok_in (run, i, captured_participles))
    return SITREP_SUGGEST_CAPTURED;
  return SITREP_SUGGEST_KILLED;
}

/* "and another wounded", "and a third killed": @i is the participle, with no "was", at the
 * clause's end, after a figure in its sentence. */
static gboolean
another_bare (SuggestRun *run,
              guint       i)
{
  guint who = i - 1, and;

  if (i < 3 || !_sitrep_suggest_tok_among (run, i, bare_participles))
    return FALSE;
  if (_sitrep_suggest_tok_is (run, who, "another"))
    and = who - 1;
  else if (_sitrep_suggest_tok_among (run, who, ordinals) && _sitrep_suggest_tok_is (run, who - 1, "a"))
    and = who - 2;
  else
    return FALSE;
  if (!_sitrep_suggest_tok_is (run, and, "and") || !clause_ends_at (run, i + 1, tok (run, i)->sentence) ||
      _sitrep_suggest_figure_earlier (run, who, TRUE) == NULL)
    return FALSE;
  _sitrep_suggest_figure_add_one (run, kind_of (run, i), and + 1, who, 1);
  return TRUE;
}

/* "wounding a fifth", "and injuring a third.": @i is the -ing verb, the ordinal at the clause's
 * end, after a figure in its sentence (not "killing a third of the herd"). */
static gboolean
ordinal_after (SuggestRun *run,
               guint       i)
{
  if (i + 3 > run->n_tokens || !_sitrep_suggest_tok_is (run, i + 1, "a") || !_sitrep_suggest_tok_among (run, i + 2, ordinals) ||
      !clause_ends_at (run, i + 3, tok (run, i)->sentence) || _sitrep_suggest_tok_is (run, i + 3, "of") ||
      _sitrep_suggest_figure_earlier (run, i, TRUE) == NULL)
    return FALSE;
  _sitrep_suggest_figure_add_one (run, kind_of (run, i), i + 1, i + 2, 1);
  return TRUE;
}

/* "leaving a lieutenant general killed", "left a child wounded": @i is the participle after one
 * person's words, after "leaving" or "left". */
static gboolean
leaving_one (SuggestRun *run,
             guint       i)
{
  guint first;

  if (i < 3 || !_sitrep_suggest_tok_among (run, i, bare_participles) ||
      !_sitrep_suggest_one_person_ending_at (run, i - 1, &first) || first < 1 ||
      !(_sitrep_suggest_tok_is (run, first - 1, "leaving") || _sitrep_suggest_tok_is (run, first - 1, "left")))
    return FALSE;
  _sitrep_suggest_figure_add_one (run, kind_of (run, i), first, i - 1, 1);
  return TRUE;
}

/* Whether token @j is the count of one body: "1 body found" (the digit alone), "one body was found". */
static gboolean
is_one (SuggestRun *run,
        guint       j)
{
  const SuggestToken *t = tok (run, j);

  return _sitrep_suggest_tok_is (run, j, "one") ||
         ((t->flags & TOK_NUMBER) && t->end - t->start == 1 && run->text[t->start] == '1' &&
          !(j > 0 && (tok (run, j - 1)->flags & TOK_PUNCT) && tok (run, j)->space_before == 0));
}

/* "A female body was found", "a body was found", "An unidentified body was recovered", "Another body was brought to
 * the morgue", a tally's "1 body found": @i is "body", one person dead. */
static gboolean
body_found (SuggestRun *run,
            guint       i)
{
  guint det = i - 1, verb = i + 1;
  gboolean one;

  if (i < 1 || i + 2 >= run->n_tokens)
    return FALSE;
  if (_sitrep_suggest_tok_among (run, det, body_words) && det >= 1)
    det--;
  one = _sitrep_suggest_tok_is (run, det, "another") || is_one (run, det);
  if (_sitrep_suggest_tok_is (run, verb, "was"))
    verb++;
  /* with no "was" only after a count: a tally's line, "1 body found." */
  else if (!one)
    return FALSE;
  if (!(one || _sitrep_suggest_tok_is (run, det, "a") || _sitrep_suggest_tok_is (run, det, "an")) ||
      tok (run, verb)->sentence != tok (run, i)->sentence || !_sitrep_suggest_tok_among (run, verb, found_verbs))
    return FALSE;
  _sitrep_suggest_figure_add_one (run, SITREP_SUGGEST_KILLED, det, i, 1);
  return TRUE;
}

/* "Khaled Saleh al-Madahala was fatally shot", "a teacher was fatally stabbed", "gunmen fatally
 * shot a policeman": @i is "fatally". */
static gboolean
fatally (SuggestRun *run,
         guint       i)
{
  guint first, last;

  if (i < 1 || i + 1 >= run->n_tokens || !_sitrep_suggest_tok_among (run, i + 1, fatal_verbs))
    return FALSE;
  if (_sitrep_suggest_tok_is (run, i - 1, "was") && i >= 2 &&
      _sitrep_suggest_person_before (run, i - 1, SITREP_SUGGEST_KILLED, FALSE, &first, &last))
    {
      _sitrep_suggest_figure_add_one (run, SITREP_SUGGEST_KILLED, first, last, 1);
      return TRUE;
    }
  if (_sitrep_suggest_person_after (run, i + 1, SITREP_SUGGEST_KILLED, &last) ||
      _sitrep_suggest_name_after (run, i + 1, &last))
    {
      _sitrep_suggest_figure_add_one (run, SITREP_SUGGEST_KILLED, i + 2, last, 1);
      return TRUE;
    }
  return FALSE;
}

/* The active verbs of one person harmed that take a group's role after them. */
static const char * const active_killed[] = {
  "killed", "killing", "assassinated", "executed", "eliminated", "neutralized", "neutralised", NULL
};
static const char * const active_wounded[] = {
  "wounded", "wounding", "injured", "injuring", NULL
};
static const char * const active_captured[] = {
  "captured", "capturing", "arrested", "arresting", "detained", "abducted", "kidnapped", NULL
};
/* Roles of one person in a group, after the group's possessive: "ISIS' head of intelligence",
 * "Hezbollah's top commander" (with the one-person nouns). */
static const char * const group_roles[] = {
  "head", "chief", "emir", "deputy", "spokesman", "founder", NULL
};
/* Lower-case words between the possessive and the role: "Hezbollah's top commander". */
static const char * const role_modifiers[] = {
  "top", "senior", "military", "security", "intelligence", "former", "deputy", "second", "local", "field",
  "chief", "main", "most", "wanted", "regional", "provincial", NULL
};

static gboolean
is_apostrophe (SuggestRun *run,
               guint       j)
{
  return j < run->n_tokens && tok (run, j)->space_before == 0 && (tok (run, j)->flags & TOK_PUNCT) &&
         (run->text[tok (run, j)->start] == '\'' || _sitrep_suggest_has_prefix (run->text + tok (run, j)->start, "’"));
}

/* "killed ISIS’ head of intelligence", "wounded Hezbollah's top commander", "killed the group's
 * leader": @i is an active verb, then a group's possessive (capitalised words, or "the" and one
 * word) and one person's role in it. */
static gboolean
group_role_after (SuggestRun *run,
                  guint       i)
{
  guint n = run->n_tokens, sentence = tok (run, i)->sentence, j = i + 1, words = 0, role;
  SitrepSuggestKind kind;

  if (_sitrep_suggest_tok_among (run, i, active_wounded))
    kind = SITREP_SUGGEST_WOUNDED;
  else if (_sitrep_suggest_tok_among (run, i, active_captured))
    kind = SITREP_SUGGEST_CAPTURED;
  else if (_sitrep_suggest_tok_among (run, i, active_killed))
    kind = SITREP_SUGGEST_KILLED;
  else
    return FALSE;
  if (j < n && _sitrep_suggest_tok_is (run, j, "the") && j + 1 < n && !(tok (run, j + 1)->flags & TOK_CAP))
    j += 2, words = 1;   /* "the group's" */
  else
    for (; j < n && words < 4 && tok (run, j)->sentence == sentence && (tok (run, j)->flags & TOK_WORD) &&
           (tok (run, j)->flags & TOK_CAP) && !(tok (run, j)->flags & TOK_ARABIC); j++)
      words++;
  if (words == 0 || !is_apostrophe (run, j))
    return FALSE;
  j++;
  if (j < n && tok (run, j)->space_before == 0 && _sitrep_suggest_tok_is (run, j, "s"))
    j++;
  for (guint k = 0; k < 2 && j < n && _sitrep_suggest_tok_among (run, j, role_modifiers); k++)
    j++;
  role = j;
  if (role >= n || tok (run, role)->sentence != sentence || (tok (run, role)->flags & TOK_CAP) ||
      !(_sitrep_suggest_tok_among (run, role, _sitrep_suggest_one_person) ||
        (_sitrep_suggest_tok_among (run, role, group_roles) && role + 1 < n && _sitrep_suggest_tok_is (run, role + 1, "of"))))
    return FALSE;
  /* "killed ISIS's commander vehicle": a noun after the role makes it a thing's */
  if (role + 1 < n && (tok (run, role + 1)->flags & TOK_WORD) && !(tok (run, role + 1)->flags & TOK_CAP) &&
      !_sitrep_suggest_tok_among (run, role + 1, _sitrep_suggest_after_name) && !_sitrep_suggest_tok_is (run, role + 1, "of"))
    return FALSE;
  _sitrep_suggest_figure_add_one (run, kind, i + 1, role, 1);
  return TRUE;
}

/* Token @i is a word of harm for which the one-person readers proposed nothing: the one person
 * the phrasings above name there, if any. */
void
_sitrep_suggest_figure_single (SuggestRun *run,
                               guint       i)
{
  const SuggestToken *t = tok (run, i);

  if (!(t->flags & TOK_WORD) || (t->flags & TOK_ARABIC))
    return;
  if (_sitrep_suggest_tok_is (run, i, "body"))
    body_found (run, i);
  else if (_sitrep_suggest_tok_is (run, i, "fatally"))
    fatally (run, i);
  else if (_sitrep_suggest_tok_is (run, i, "wounding") || _sitrep_suggest_tok_is (run, i, "injuring") ||
           _sitrep_suggest_tok_is (run, i, "killing"))
    {
      if (!ordinal_after (run, i))
        group_role_after (run, i);
    }
  else if (!another_bare (run, i) && !leaving_one (run, i))
    group_role_after (run, i);
}

/* sitrep-suggest-victims.c — whether an actor of an incident is the one attacked or the one telling of it, not the attacker
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-roles.h"

/* How far from the actor's words a verb is looked for, in words. */
#define MAX_BEFORE 5
#define MAX_AFTER 3
#define MAX_WORD 48

/* Verbs and nouns of harm whose object follows them: "a bus carrying
 * Syrian soldiers", "targeting a convoy of SDF fighters", "killing two
 * members of the Asayish", "an attack against the army". */
static const char * const harm_before[] = {
  "carrying", "targeting", "targeted", "targets", "killing", "killed", "kills", "wounding", "wounded",
  "injuring", "injured", "kidnapping", "kidnapped", "abducting", "abducted", "executing", "executed",
  "assassinating", "assassinated", "attacking", "attacked", "attacks", "hit", "hitting", "struck",
  "striking", "ambushing", "ambushed", "bombing", "shelling", "shelled", "against", "arresting", "arrested",
  "capturing", "captured", "استهداف", "استهدف", "استهدفت", "مقتل", "اغتيال", "ضد", "لاستهداف", "باستهداف",
  NULL
};
/* Nouns of an attack, which make "on" one of harm_before ("an attack on
 * Syrian troops", "a strike on an SDF checkpoint"). */
static const char * const attack_nouns[] = {
  "attack", "attacks", "assault", "assaults", "strike", "strikes", "raid", "raids", "ambush", "bombing",
  "shelling", NULL
};
/* Participles that, after "was"/"were" or before a preposition, say the
 * words before them suffered it: "Syrian soldiers was hit by …", "two SDF
 * fighters killed in …". */
static const char * const harm_after[] = {
  "killed", "wounded", "injured", "hit", "targeted", "attacked", "ambushed", "kidnapped", "abducted",
  "executed", "assassinated", "struck", "captured", "arrested", "shot", "slain", "detained", NULL
};
static const char * const be_words[] = { "was", "were", "been", "is", "are", "being", NULL };
/* Words after a participle that make it passive ("killed in", "killed by",
 * "killed on Monday"), where an active one has its object ("killed two"). */
static const char * const passive_next[] = {
  "in", "by", "on", "near", "at", "during", "after", "when", "while", "as", "and", "yesterday", "today",
  "overnight", "late", "early", "last", "this", "earlier", NULL
};
/* Words that end the stretch an actor is an object in: "killed by ISIS"
 * (the agent), "killing two in an ISIS attack", "clashes between X and Y". */
static const char * const breaks[] = {
  "by", "in", "and", "with", "who", "which", "that", "while", "after", "before", "as", "between", "from",
  "said", "says", "claimed", "according", "to", "for", "at", "near", "when", "where", "but", "or",
  "من", "قبل", "بين", NULL
};

static gboolean
among (const char         *word,
       const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '\'' || c == 0x2019 || c == '-';
}

/* The word ending at or before @p (not before @limit), lowered, into
 * @word; the byte it starts at in *@start. FALSE at a mark that ends a
 * clause (". , ; : ( ) newline") or at @limit. */
static gboolean
word_before (const char  *limit,
             const char  *p,
             char         word[MAX_WORD],
             const char **start)
{
  const char *end;

  while (p > limit)
    {
      const char *q = g_utf8_prev_char (p);
      gunichar c = g_utf8_get_char (q);

      if (is_word_char (c))
        break;
      if (c == '\n' || strchr (".,;:()!?\"", (int) c) != NULL || c == 0x060C || c == 0x201C || c == 0x201D)
        return FALSE;
      p = q;
    }
  end = p;
  while (p > limit && is_word_char (g_utf8_get_char (g_utf8_prev_char (p))))
    p = g_utf8_prev_char (p);
  if (p == end || (gsize) (end - p) >= MAX_WORD)
    return FALSE;
  {
    g_autofree char *lower = g_utf8_strdown (p, end - p);

    g_strlcpy (word, lower, MAX_WORD);
  }
  *start = p;
  return TRUE;
}

/* The word starting at or after @p, lowered, into @word; the byte after
 * it in *@end. FALSE at a mark that ends a clause (a comma is passed over
 * only when @over_comma). */
static gboolean
word_after (const char  *p,
            gboolean     over_comma,
            char         word[MAX_WORD],
            const char **end)
{
  const char *start;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (is_word_char (c))
        break;
      if (c == '\n' || strchr (".;:()!?\"", (int) c) != NULL || (c == ',' && !over_comma))
        return FALSE;
      p = g_utf8_next_char (p);
    }
  start = p;
  while (*p != '\0' && is_word_char (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (p == start || (gsize) (p - start) >= MAX_WORD)
    return FALSE;
  {
    g_autofree char *lower = g_utf8_strdown (start, p - start);

    g_strlcpy (word, lower, MAX_WORD);
  }
  *end = p;
  return TRUE;
}

/* "a bus carrying Syrian soldiers", "an attack on Syrian troops": a verb
 * of harm up to MAX_BEFORE words before, none of them a break. */
static gboolean
object_of_harm (const char *text,
                const char *at)
{
  const char *p = at;
  char word[MAX_WORD];

  for (guint k = 0; k < MAX_BEFORE && word_before (text, p, word, &p); k++)
    {
      if (among (word, harm_before))
        return TRUE;
      if (strcmp (word, "on") == 0)
        {
          char noun[MAX_WORD];
          const char *q;

          return word_before (text, p, noun, &q) && among (noun, attack_nouns);
        }
      if (among (word, breaks))
        return FALSE;
    }
  return FALSE;
}

/* "Syrian soldiers was hit by …", "two SDF fighters were killed",
 * "three Asayish members killed in …": the actor's words (and up to two
 * more, "fighters") then a participle of harm, after "was"/"were" or
 * before a word that makes it passive. */
static gboolean
subject_of_passive (const char *at)
{
  const char *p = at;
  char word[MAX_WORD];
  gboolean be = FALSE;

  for (guint k = 0; k < MAX_AFTER + 2 && word_after (p, FALSE, word, &p); k++)
    {
      if (among (word, be_words))
        {
          be = TRUE;
          continue;
        }
      if (strcmp (word, "also") == 0 || strcmp (word, "reportedly") == 0 || strcmp (word, "had") == 0 ||
          strcmp (word, "have") == 0 || strcmp (word, "has") == 0)
        continue;
      if (among (word, harm_after))
        {
          char next[MAX_WORD];
          const char *q;

          return be || !word_after (p, TRUE, next, &q) || among (next, passive_next);
        }
      if (be || among (word, breaks) || k >= MAX_AFTER)
        return FALSE;
    }
  return FALSE;
}

/* "told DPA", "according to Xinhua", "reported by Hawar News", "Iraqi
 * police sources told …", "(ANI/Xinhua):", "(Reuters) –". */
static gboolean
source_of (const char *text,
           const char *at,
           const char *end)
{
  static const char * const by_verbs[] = { "reported", "quoted", "cited", "published", NULL };
  char word[MAX_WORD], prev[MAX_WORD];
  const char *p, *q, *after;

  if (word_before (text, at, word, &p))
    {
      if (strcmp (word, "told") == 0 || (strcmp (word, "to") == 0 && word_before (text, p, prev, &q) &&
                                         strcmp (prev, "according") == 0) ||
          (strcmp (word, "by") == 0 && word_before (text, p, prev, &q) && among (prev, by_verbs)))
        return TRUE;
    }
  if (word_after (end, FALSE, word, &q) && (strcmp (word, "source") == 0 || strcmp (word, "sources") == 0))
    return TRUE;
  /* a credit in brackets, alone or after another ("(ANI/Xinhua)"), before a colon or a dash */
  for (p = at; p > text && (p[-1] == ' ' || p[-1] == '/' || g_ascii_isalpha (p[-1])) && at - p < 24; p--)
    ;
  for (after = end; *after == ' '; after++)
    ;
  if (p > text && p[-1] == '(' && *after == ')')
    {
      for (after++; *after == ' '; after++)
        ;
      return *after == ':' || *after == '-' || g_str_has_prefix (after, "–") || g_str_has_prefix (after, "—");
    }
  return FALSE;
}

SitrepActorRole
sitrep_suggest_actor_role (const char *text,
                           gsize       start,
                           gsize       end)
{
  gsize len;

  g_return_val_if_fail (text != NULL, SITREP_ACTOR_ROLE_PARTY);

  len = strlen (text);
  if (start >= end || end > len)
    return SITREP_ACTOR_ROLE_PARTY;
  if (source_of (text, text + start, text + end))
    return SITREP_ACTOR_ROLE_SOURCE;
  if (object_of_harm (text, text + start) || subject_of_passive (text + end))
    return SITREP_ACTOR_ROLE_VICTIM;
  return SITREP_ACTOR_ROLE_PARTY;
}

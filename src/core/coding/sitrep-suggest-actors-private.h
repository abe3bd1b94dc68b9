/* sitrep-suggest-actors-private.h — what sitrep-suggest-actors.c and sitrep-suggest-actors-persons.c share
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "sitrep-suggest-private.h"

G_BEGIN_DECLS

/* Ranks and titles before a person's name ("general", "sheikh", "mp"), lower case
 * (sitrep-suggest-actors-persons.c). */
extern const char * const _sitrep_suggest_titles[];

/* The last word of an organisation's name: "Command", "Fund", "Department"
 * (sitrep-suggest-actors.c). */
extern const char * const _sitrep_suggest_org_heads[];

/* A person at token @i: after a rank or a title, a kunya ("Abu X al-Y",
 * "أبو محمد الجولاني"), an Arabic person; its tokens in @first … @last. */
gboolean    _sitrep_suggest_person_at     (SuggestRun        *run,
                                           guint              i,
                                           guint             *first,
                                           guint             *last);

/* Whether a mark and a word in lower case ("-led", "-backed") are glued
 * after the capitalised words from @i (at most four tokens on): the first
 * test of _sitrep_suggest_backed_force (), which most capitalised words
 * fail, inline for the actors' walk. */
static inline gboolean
_sitrep_suggest_may_be_backed (SuggestRun *run,
                               guint       i)
{
  guint n = run->tokens->len, j = i + 1;

  while (j < n && j < i + 4 && (tok (run, j)->flags & TOK_CAP) && (tok (run, j)->flags & TOK_WORD))
    j++;
  return j + 1 < n && (tok (run, j)->flags & TOK_HYPHEN) && tok (run, j)->space_before == 0 &&
         (tok (run, j + 1)->flags & TOK_WORD) && !(tok (run, j + 1)->flags & TOK_CAP);
}

/* A person over tokens @first … @last, the project's when it knows the name. */
void        _sitrep_suggest_add_person    (SuggestRun        *run,
                                           guint              first,
                                           guint              last,
                                           double             score);

G_END_DECLS

/* sitrep-suggest-figures-person.h — one person's words around a verb of harm, shared by
 * sitrep-suggest-figures-one.c and sitrep-suggest-figures-person.c (private to the suggester)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "sitrep-suggest-private.h"

G_BEGIN_DECLS

extern const char * const _sitrep_suggest_one_pronouns[];
extern const char * const _sitrep_suggest_one_person[];
extern const char * const _sitrep_suggest_possessives[];
extern const char * const _sitrep_suggest_one_determiners[];
extern const char * const _sitrep_suggest_after_name[];

/* sitrep-suggest-figures-after.c: "suffered injuries", "received minor injuries" at token @j */
gboolean          _sitrep_suggest_figure_suffered_injuries (SuggestRun *run,
                                                            guint       j);
/* sitrep-suggest-figures-one.c: whether a count's harm is none of a conflict's ("were arrested for
 * theft"), after its people's last token @last */
gboolean          _sitrep_suggest_figure_count_no_harm (SuggestRun *run,
                                                        guint       last);
gboolean          _sitrep_suggest_name_after (SuggestRun *run,
                                              guint       verb,
                                              guint      *last);
SitrepSuggestion *_sitrep_suggest_figure_earlier (SuggestRun *run,
                                                  guint       i,
                                                  gboolean    sentence);
gboolean          _sitrep_suggest_counted_before (SuggestRun        *run,
                                                  guint              i,
                                                  SitrepSuggestKind  kind,
                                                  guint              noun);
gboolean          _sitrep_suggest_person_before (SuggestRun        *run,
                                                 guint              was,
                                                 SitrepSuggestKind  kind,
                                                 gboolean           captured,
                                                 guint             *first,
                                                 guint             *last);
gboolean          _sitrep_suggest_person_after (SuggestRun        *run,
                                                guint              verb,
                                                SitrepSuggestKind  kind,
                                                guint             *last);
gboolean          _sitrep_suggest_ordinal_alone (SuggestRun *run,
                                                 guint       i);
gboolean          _sitrep_suggest_name_at (SuggestRun *run,
                                           guint       j,
                                           guint      *last);
/* sitrep-suggest-figures-one-subject.c: one person opening the clause of "was" at @was and a word of harm, with an
 * of-phrase, a place or an aside between ("One employee at the governorate office was killed") */
gboolean          _sitrep_suggest_one_long_subject (SuggestRun        *run,
                                                    guint              was,
                                                    SitrepSuggestKind  kind,
                                                    guint             *first,
                                                    guint             *last);
/* sitrep-suggest-figures-pronoun.c: "he" or "she" as the subject of "was" (or "died") at @was, one person told of
 * before harmed anew ("He was shot dead at a checkpoint"); "his body" found at @i */
gboolean          _sitrep_suggest_one_pronoun_subject (SuggestRun        *run,
                                                       guint              was,
                                                       SitrepSuggestKind  kind,
                                                       guint             *first,
                                                       guint             *last);
gboolean          _sitrep_suggest_one_pronoun_body (SuggestRun *run,
                                                    guint       i,
                                                    guint      *first);
/* sitrep-suggest-figures-one-subject.c: the subject shared with the verb before "and" ("a gunman killed a soldier and
 * then was shot dead") */
gboolean          _sitrep_suggest_one_shared_subject (SuggestRun        *run,
                                                      guint              was,
                                                      SitrepSuggestKind  kind,
                                                      guint             *first,
                                                      guint             *last);
gboolean          _sitrep_suggest_role_and_name_after (SuggestRun *run,
                                                       guint       verb,
                                                       guint      *last);
gboolean          _sitrep_suggest_one_person_ending_at (SuggestRun *run,
                                                        guint       noun,
                                                        guint      *first);
gboolean          _sitrep_suggest_one_person_starting_at (SuggestRun *run,
                                                          guint       det,
                                                          guint      *last);
gboolean          _sitrep_suggest_is_and_or_comma (SuggestRun *run,
                                                   guint       i);
gboolean          _sitrep_suggest_named_before (SuggestRun *run,
                                                guint       first,
                                                guint       last);
/* The last token of one modifier of a person's noun starting at token @j ("U.S.", "al-Qaeda",
 * "(ISIS)", "12-year-old", a word), or G_MAXUINT; *@capitals when it is capitalised. */
guint             _sitrep_suggest_modifier_end (SuggestRun *run,
                                                guint       j,
                                                gboolean   *capitals);

/* sitrep-suggest-figures-person-nouns.c: a unit's ordinal at @j ("1st" before "Infantry"); the numeral "1"
 * alone at @i, as "a" ("1 farmer killed") */
gboolean          _sitrep_suggest_unit_ordinal (SuggestRun *run,
                                                guint       j);
gboolean          _sitrep_suggest_digit_one (SuggestRun *run,
                                             guint       i);

void              _sitrep_suggest_figure_add_one (SuggestRun        *run,
                                                  SitrepSuggestKind  kind,
                                                  guint              first,
                                                  guint              last,
                                                  guint              persons);
void              _sitrep_suggest_figure_single (SuggestRun *run,
                                                 guint       i);
/* sitrep-suggest-figures-names.c: people named one by one before the word of harm @i they share
 * ("Ahmed Ali and Hassan Omar were killed"), the count of their names; whether it proposed them. */
gboolean          _sitrep_suggest_figure_names  (SuggestRun *run,
                                                 guint       i);

G_END_DECLS

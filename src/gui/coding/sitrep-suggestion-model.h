/* sitrep-suggestion-model.h — an article's pending suggestions as a list model, items made on demand
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-store-suggestions.h"
#include "sitrep-suggestion-item.h"

G_BEGIN_DECLS

#define SITREP_TYPE_SUGGESTION_MODEL (sitrep_suggestion_model_get_type ())
G_DECLARE_FINAL_TYPE (SitrepSuggestionModel, sitrep_suggestion_model, SITREP, SUGGESTION_MODEL, GObject)

/* A GListModel of SitrepSuggestionItem over an array of
 * SitrepStoredSuggestion in reading order (start, longer first, id), as
 * sitrep_store_list_suggestions () gives them. An item is made when it is
 * asked for (a list view asks for the rows it shows), not for each of a
 * long article's tens of thousands; the text view and the review read the
 * array itself. */
SitrepSuggestionModel *sitrep_suggestion_model_new (void);

/* Takes @list (NULL for none) in place of the suggestions held; tells the
 * views only about the part that differs (by id). */
void        sitrep_suggestion_model_replace       (SitrepSuggestionModel *self,
                                                   GPtrArray             *list);
/* Takes suggestion @id out; FALSE when it is not there. */
/* Takes @part, the suggestions over [@start, @end), in place of those held
 * there; keeps the others. TRUE if the views were told of a change. */
gboolean    sitrep_suggestion_model_replace_over  (SitrepSuggestionModel *self,
                                                   guint                  start,
                                                   guint                  end,
                                                   GPtrArray             *part);
gboolean    sitrep_suggestion_model_remove        (SitrepSuggestionModel *self,
                                                   gint64                 id);

/* Puts @suggestion (taken) back in reading order; FALSE (and freed) when
 * one with its id is there. */
gboolean    sitrep_suggestion_model_insert        (SitrepSuggestionModel  *self,
                                                   SitrepStoredSuggestion *suggestion);
/* A copy of the suggestion with @id (free it), or NULL. */
SitrepStoredSuggestion *sitrep_suggestion_model_dup (SitrepSuggestionModel *self,
                                                   gint64                 id);
guint       sitrep_suggestion_model_get_n         (SitrepSuggestionModel *self);
/* The suggestion at @position (owned by the model, valid until it changes). */
const SitrepStoredSuggestion *sitrep_suggestion_model_peek (SitrepSuggestionModel *self,
                                                            guint                  position);
/* The suggestion with @id, or NULL; @position (may be NULL) receives where. */
const SitrepStoredSuggestion *sitrep_suggestion_model_find (SitrepSuggestionModel *self,
                                                            gint64                 id,
                                                            guint                 *position);
/* The position of the first suggestion starting at or after @offset (the
 * number of suggestions when none does). */
guint       sitrep_suggestion_model_first_from    (SitrepSuggestionModel *self,
                                                   guint                  offset);
/* The longest span held, in characters. */
guint       sitrep_suggestion_model_get_max_length (SitrepSuggestionModel *self);
/* How many of each SitrepSuggestKind. */
void        sitrep_suggestion_model_count_kinds   (SitrepSuggestionModel *self,
                                                   guint                  counts[SITREP_SUGGEST_N_KINDS]);

G_END_DECLS

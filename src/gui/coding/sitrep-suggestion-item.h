/* sitrep-suggestion-item.h — one pending suggestion as a list item
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-store-suggestions.h"

G_BEGIN_DECLS

#define SITREP_TYPE_SUGGESTION_ITEM (sitrep_suggestion_item_get_type ())
G_DECLARE_FINAL_TYPE (SitrepSuggestionItem, sitrep_suggestion_item, SITREP, SUGGESTION_ITEM, GObject)

/* Takes @suggestion. */
SitrepSuggestionItem         *sitrep_suggestion_item_new        (SitrepStoredSuggestion *suggestion);
const SitrepStoredSuggestion *sitrep_suggestion_item_get        (SitrepSuggestionItem   *self);
gint64                        sitrep_suggestion_item_get_id     (SitrepSuggestionItem   *self);
/* What the row says under the text: the entity, "doubtful", where (a place's
 * governorate and country), the figure. */
char                         *sitrep_suggestion_item_dup_detail (SitrepSuggestionItem   *self);

/* What a user reads for a suggestion of @kind ("Place", "Killed"), translated. */
const char                   *sitrep_suggest_kind_display_name  (SitrepSuggestKind       kind);

/* A row's line of parts ("12 killed", "Raqqa", "14 Oct"), each after its
 * separator, built once: an empty part (nothing but spaces or direction
 * marks) is left out with its separator, so no "· ·" is left. Where the
 * parts' directions mix (a right-to-left name in a left-to-right interface,
 * a Latin name or numbers in a right-to-left one), each is isolated
 * (U+2068 … U+2069), so none moves its neighbours or separators. */
typedef struct _SitrepRowText SitrepRowText;

SitrepRowText                *sitrep_row_text_new               (void);
/* @separator comes before @text unless it is the first part shown. */
void                          sitrep_row_text_add               (SitrepRowText          *self,
                                                                 const char             *separator,
                                                                 const char             *text);
/* The line (a new string); frees @self. */
char                         *sitrep_row_text_finish            (SitrepRowText          *self);
/* @text isolated (a new string) when its direction is not the interface's. */
char                         *sitrep_row_text_isolate           (const char             *text);

G_END_DECLS

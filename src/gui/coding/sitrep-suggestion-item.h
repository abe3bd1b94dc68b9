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
/* What the row says under the text: the entity, where, the figure, "doubtful". */
char                         *sitrep_suggestion_item_dup_detail (SitrepSuggestionItem   *self);

G_END_DECLS

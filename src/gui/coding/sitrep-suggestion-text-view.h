/* sitrep-suggestion-text-view.h — the reader's text view, drawing the suggestions in view with a dashed outline
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-suggest.h"
#include "sitrep-suggestion-model.h"

G_BEGIN_DECLS

#define SITREP_TYPE_SUGGESTION_TEXT_VIEW (sitrep_suggestion_text_view_get_type ())
G_DECLARE_FINAL_TYPE (SitrepSuggestionTextView, sitrep_suggestion_text_view, SITREP, SUGGESTION_TEXT_VIEW, GtkTextView)

/* Draws @model's suggestions (NULL for none) over the text: the ones in
 * view, at each frame, without touching the text's layout. */
void       sitrep_suggestion_text_view_set_model   (SitrepSuggestionTextView *self,
                                                    SitrepSuggestionModel    *model);
/* The colour a suggestion of @kind is drawn in (its label's). */
void       sitrep_suggestion_text_view_set_color   (SitrepSuggestionTextView *self,
                                                    SitrepSuggestKind         kind,
                                                    const GdkRGBA            *color);
/* The suggestion under review, drawn stronger (@start == @end: none). */
void       sitrep_suggestion_text_view_set_header  (SitrepSuggestionTextView *self,
                                                    GtkWidget                *header);
gboolean   sitrep_suggestion_text_view_in_header  (SitrepSuggestionTextView *self,
                                                    double                    x,
                                                    double                    y);
void       sitrep_suggestion_text_view_set_current (SitrepSuggestionTextView *self,
                                                    guint                     start,
                                                    guint                     end);

G_END_DECLS

/* sitrep-suggestion-list.h — the article's pending suggestions in the annotation panel
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-suggestion-review.h"

G_BEGIN_DECLS

#define SITREP_TYPE_SUGGESTION_LIST (sitrep_suggestion_list_get_type ())
G_DECLARE_FINAL_TYPE (SitrepSuggestionList, sitrep_suggestion_list, SITREP, SUGGESTION_LIST, GtkWidget)

/* Lists @review's suggestions (NULL for none); hidden while there are none
 * and no Suggest runs. */
void        sitrep_suggestion_list_set_review (SitrepSuggestionList   *self,
                                               SitrepSuggestionReview *review);
/* Who accepts (0: nobody said); "annotator-needed" asks before each accept.
 * After a question, the window's answer: an accept pressed while it asked
 * is done now (0, "Not Now": it is dropped). */
void        sitrep_suggestion_list_set_annotator (SitrepSuggestionList *self,
                                                  gint64                annotator_id);
/* @fill: the rows take all the height they are given (the panel has no
 * annotation to show), not a few rows' worth. */
void        sitrep_suggestion_list_set_fill   (SitrepSuggestionList   *self,
                                               gboolean                fill);

G_END_DECLS

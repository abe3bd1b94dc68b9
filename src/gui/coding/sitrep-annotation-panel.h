/* sitrep-annotation-panel.h — the article's annotations grouped by label
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-store.h"
#include "sitrep-suggestion-review.h"

G_BEGIN_DECLS

#define SITREP_TYPE_ANNOTATION_PANEL (sitrep_annotation_panel_get_type ())
G_DECLARE_FINAL_TYPE (SitrepAnnotationPanel, sitrep_annotation_panel, SITREP, ANNOTATION_PANEL, GtkWidget)

/* Shows the annotations of article @article_id (0 for none) in @store. */
void        sitrep_annotation_panel_set_article        (SitrepAnnotationPanel *self,
                                                        SitrepStore           *store,
                                                        gint64                 article_id);
/* Shows only the spans of @annotator_id (0 for everyone's). */
void        sitrep_annotation_panel_set_annotator_filter (SitrepAnnotationPanel *self,
                                                          gint64                 annotator_id);
gint64      sitrep_annotation_panel_get_selected       (SitrepAnnotationPanel *self);
void        sitrep_annotation_panel_set_selected       (SitrepAnnotationPanel *self,
                                                        gint64                 annotation_id);
/* "all", "mine" or an annotator's name. */
const char *sitrep_annotation_panel_get_filter         (SitrepAnnotationPanel *self);
void        sitrep_annotation_panel_set_filter         (SitrepAnnotationPanel *self,
                                                        const char            *filter);

/* Lists the pending suggestions of @review (the reader's) above the annotations. */
void        sitrep_annotation_panel_set_suggestion_review (SitrepAnnotationPanel  *self,
                                                           SitrepSuggestionReview *review);
/* Who accepts the panel's suggestions (0: nobody said); the panel emits
 * "annotator-needed" before each accept. */
void        sitrep_annotation_panel_set_annotator     (SitrepAnnotationPanel *self,
                                                        gint64                 annotator_id);

/* The event a figure row's Make Claim adds to (the window's current event,
 * @event_id and its @event_title), or 0 and NULL for none: the button says
 * where its claim will go before it is pressed. It goes there at once when
 * the article reports no other event; when it reports several, or none is
 * current, the button asks which (or a new event from the span's sentence). */
void        sitrep_annotation_panel_set_claim_target  (SitrepAnnotationPanel *self,
                                                       gint64                 event_id,
                                                       const char            *event_title);
/* A toast takes @clear px at the panel's bottom (0: none): the rows end
 * above it; the "No Annotations" placeholder stays where it is. */
void        sitrep_annotation_panel_set_bottom_clear  (SitrepAnnotationPanel *self,
                                                       int                    clear);
G_END_DECLS

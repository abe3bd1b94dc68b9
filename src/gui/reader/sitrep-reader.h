/* sitrep-reader.h — the calm reading view of one article, with its metadata header
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-store.h"
#include "sitrep-suggestion-review.h"

G_BEGIN_DECLS

#define SITREP_TYPE_READER (sitrep_reader_get_type ())
G_DECLARE_FINAL_TYPE (SitrepReader, sitrep_reader, SITREP, READER, GtkWidget)

GtkWidget     *sitrep_reader_new                (void);
/* Shows @article (NULL for none) read from @store. The same article again only
 * refreshes the header, keeping the text and where it is scrolled to. */
void           sitrep_reader_set_article        (SitrepReader *self,
                                                 SitrepStore  *store,
                                                 SitrepArticle *article);
/* With no article shown: whether the project has none at all, so the reader
 * offers to import some rather than to choose one. */
void           sitrep_reader_set_project_empty  (SitrepReader *self,
                                                 gboolean      empty);
SitrepArticle *sitrep_reader_get_article        (SitrepReader *self);
/* Highlights where @search matches the body (NULL or "" for none). */
void           sitrep_reader_set_search         (SitrepReader *self,
                                                 const char   *search);
void           sitrep_reader_set_show_original  (SitrepReader *self,
                                                 gboolean      show_original);
void           sitrep_reader_set_font_scale     (SitrepReader *self,
                                                 double        scale);
double         sitrep_reader_get_font_scale     (SitrepReader *self);
/* Whether the article's metadata and status may be changed here. */
void           sitrep_reader_set_editable       (SitrepReader *self,
                                                 gboolean      editable);

/* Where the reader is in the article: the first character in view. */
guint          sitrep_reader_get_top_offset     (SitrepReader *self);
/* Scrolls the article shown so that character @offset is at the top, once
 * its text is laid out (a reopened project goes back where it was read). */
void           sitrep_reader_scroll_to_top_offset (SitrepReader *self,
                                                   guint         offset);

/* For tests and assistive code: what is shown. */
char          *sitrep_reader_dup_text           (SitrepReader *self);
GtkTextView   *sitrep_reader_get_text_view      (SitrepReader *self);

/* Annotation (sitrep-reader-annotations.c). The annotator new spans are
 * recorded for (0 for none); which annotator's spans are shown (0 for all). */
void           sitrep_reader_set_annotator      (SitrepReader *self,
                                                 gint64        annotator_id);
void           sitrep_reader_set_annotator_filter (SitrepReader *self,
                                                   gint64        annotator_id);
/* Labels the selected text (snapped to words when snap-to-words is set), or
 * relabels the selected annotation. Returns the annotation's id or 0. */
gint64         sitrep_reader_apply_label        (SitrepReader *self,
                                                 gint64        label_id,
                                                 GError      **error);
/* Selects annotation @id (0 for none) and, if @scroll, scrolls to it. */
void           sitrep_reader_select_annotation  (SitrepReader *self,
                                                 gint64        id,
                                                 gboolean      scroll);
gint64         sitrep_reader_get_selected_annotation (SitrepReader *self);
/* The smallest annotation covering character @offset, or 0. */
gint64         sitrep_reader_annotation_at      (SitrepReader *self,
                                                 guint         offset);

/* The suggestions of the article shown (sitrep-reader-suggestions.c), for
 * the annotation panel to list. */
SitrepSuggestionReview *sitrep_reader_get_suggestion_review (SitrepReader *self);

G_END_DECLS

/* sitrep-reader-test-private.h — test hooks of the reader: what only the tests ask of it,
 * and the steps of its gestures, which tests call with coordinates (a test cannot make
 * pointer events). sitrep-reader-private.h includes it for the reader's own files.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-reader.h"

G_BEGIN_DECLS

/* The name, in the text buffer's tag table, of the tag that shows where a
 * dragged span edge would go. */
#define SITREP_READER_DRAG_TAG "sitrep-drag-preview"

/* What is shown: spans, highlights, label tags, the title and the line
 * under it (for tests and benchmarks). */
guint          sitrep_reader_count_annotations  (SitrepReader *self);
guint          sitrep_reader_count_highlights   (SitrepReader *self);
guint          sitrep_reader_count_label_tags   (SitrepReader *self);
GtkTextTag    *sitrep_reader_get_label_tag      (SitrepReader *self,
                                                 gint64        label_id);
const char    *sitrep_reader_get_meta_text      (SitrepReader *self);
const char    *sitrep_reader_get_title_text     (SitrepReader *self);
/* The label bar (NULL until first shown). */
GtkWidget     *_sitrep_reader_get_label_bar     (SitrepReader *self);
/* What the primary button's release in the text does: offers the labels
 * for the selection in the next frame, before it is drawn. */
void           _sitrep_reader_offer_after_release (SitrepReader *self);

/* sitrep-reader-drag.c: the drag gesture's steps, in the text view's widget
 * coordinates. */
/* Grabs the span edge under (@x, @y), if any: TRUE when one is grabbed. */
gboolean  _sitrep_reader_drag_begin           (SitrepReader *self,
                                               double        x,
                                               double        y);
/* Shows where the grabbed edge would go. */
void      _sitrep_reader_drag_update          (SitrepReader *self,
                                               double        x,
                                               double        y);
/* Drops the edge there: one undoable edit, or a toast saying why not. */
gboolean  _sitrep_reader_drag_end             (SitrepReader *self,
                                               double        x,
                                               double        y);
/* Whether (@x, @y) is on an edge that can be dragged (the pointer shows it). */
gboolean  _sitrep_reader_is_on_edge           (SitrepReader *self,
                                               double        x,
                                               double        y);

/* sitrep-reader-suggestions.c: what Tab, Enter, Delete … and a click at
 * @offset do to the suggestions drawn in the text. */
gboolean  _sitrep_reader_suggestions_handle_key (SitrepReader    *self,
                                                 guint            keyval,
                                                 GdkModifierType  state);
void      _sitrep_reader_suggestions_click    (SitrepReader *self,
                                               guint         offset);

G_END_DECLS

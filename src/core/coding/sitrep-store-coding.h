/* sitrep-store-coding.h — the store's labels, annotators and annotations
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-types.h"
#include "sitrep-annotation.h"
#include "sitrep-label.h"

G_BEGIN_DECLS

/* Labels (sitrep-store-labels.c). Every edit below is one transaction and
 * one entry of the undo history. */
GPtrArray    *sitrep_store_list_labels          (SitrepStore           *self,
                                                 GError               **error);
gint64        sitrep_store_add_label            (SitrepStore           *self,
                                                 const char            *name,
                                                 const char            *kind,
                                                 const char            *color,
                                                 const char            *shortcut,
                                                 const char            *description,
                                                 GError               **error);
gboolean      sitrep_store_update_label         (SitrepStore           *self,
                                                 gint64                 id,
                                                 const char            *name,
                                                 const char            *kind,
                                                 const char            *color,
                                                 const char            *shortcut,
                                                 const char            *description,
                                                 GError               **error);
guint         sitrep_store_count_label_uses     (SitrepStore           *self,
                                                 gint64                 id);
/* Deletes the label and its annotations (undoable). */
gboolean      sitrep_store_delete_label         (SitrepStore           *self,
                                                 gint64                 id,
                                                 GError               **error);
char         *sitrep_store_export_labels        (SitrepStore           *self,
                                                 GError               **error);
gboolean      sitrep_store_import_labels        (SitrepStore           *self,
                                                 const char            *json,
                                                 GError               **error);

/* Annotators (sitrep-store-coding.c) */
gint64        sitrep_store_ensure_annotator     (SitrepStore           *self,
                                                 const char            *name,
                                                 GError               **error);
GStrv         sitrep_store_list_annotators      (SitrepStore           *self);

/* Annotations (sitrep-store-coding.c): spans in Unicode code points of the stored body. */
gint64        sitrep_store_add_annotation       (SitrepStore           *self,
                                                 gint64                 article_id,
                                                 gint64                 label_id,
                                                 guint                  start,
                                                 guint                  end,
                                                 gint64                 annotator_id,
                                                 gint64                 entity_id,
                                                 const char            *attributes,
                                                 GError               **error);
gboolean      sitrep_store_delete_annotation    (SitrepStore           *self,
                                                 gint64                 id,
                                                 GError               **error);
gboolean      sitrep_store_set_annotation_label (SitrepStore           *self,
                                                 gint64                 id,
                                                 gint64                 label_id,
                                                 GError               **error);
gboolean      sitrep_store_set_annotation_entity (SitrepStore          *self,
                                                  gint64                id,
                                                  gint64                entity_id,
                                                  GError              **error);
gboolean      sitrep_store_set_annotation_attributes (SitrepStore      *self,
                                                      gint64            id,
                                                      const char       *attributes,
                                                      GError          **error);
/* Moves the span's ends (code points), keeping its label, entity and attributes. */
gboolean      sitrep_store_set_annotation_span  (SitrepStore           *self,
                                                 gint64                 id,
                                                 guint                  start,
                                                 guint                  end,
                                                 GError               **error);
GPtrArray    *sitrep_store_list_annotations     (SitrepStore           *self,
                                                 gint64                 article_id,
                                                 gint64                 annotator_id,
                                                 GError               **error);
SitrepAnnotation *sitrep_store_get_annotation   (SitrepStore           *self,
                                                 gint64                 id,
                                                 GError               **error);

/* The id of the annotator called @name, or 0 (nothing is created). */
gint64        sitrep_store_find_annotator       (SitrepStore           *self,
                                                 const char            *name);

G_END_DECLS

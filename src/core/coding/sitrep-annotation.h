/* sitrep-annotation.h — a labelled span of an article body
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SITREP_TYPE_ANNOTATION (sitrep_annotation_get_type ())
G_DECLARE_FINAL_TYPE (SitrepAnnotation, sitrep_annotation, SITREP, ANNOTATION, GObject)

/* Immutable snapshots made by the store; set every property with g_object_new (). */
gint64 sitrep_annotation_get_id (SitrepAnnotation *self);
gint64 sitrep_annotation_get_article_id (SitrepAnnotation *self);
gint64 sitrep_annotation_get_label_id (SitrepAnnotation *self);
const char *sitrep_annotation_get_label (SitrepAnnotation *self);
guint sitrep_annotation_get_start (SitrepAnnotation *self);
guint sitrep_annotation_get_end (SitrepAnnotation *self);
const char *sitrep_annotation_get_text (SitrepAnnotation *self);
gint64 sitrep_annotation_get_annotator_id (SitrepAnnotation *self);
const char *sitrep_annotation_get_annotator (SitrepAnnotation *self);
gint64 sitrep_annotation_get_entity_id (SitrepAnnotation *self);
const char *sitrep_annotation_get_entity (SitrepAnnotation *self);
const char *sitrep_annotation_get_attributes (SitrepAnnotation *self);

G_END_DECLS

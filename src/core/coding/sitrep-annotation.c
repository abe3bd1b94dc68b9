/* sitrep-annotation.c — a labelled span of an article body
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-core"

#include "config.h"

#include <math.h>

#include "sitrep-annotation.h"

struct _SitrepAnnotation
{
  GObject parent_instance;

  gint64 id;
  gint64 article_id;
  gint64 label_id;
  char *label;
  guint start;
  guint end;
  char *text;
  gint64 annotator_id;
  char *annotator;
  gint64 entity_id;
  char *entity;
  char *attributes;
  char *created_at;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_ARTICLE_ID,
  PROP_LABEL_ID,
  PROP_LABEL,
  PROP_START,
  PROP_END,
  PROP_TEXT,
  PROP_ANNOTATOR_ID,
  PROP_ANNOTATOR,
  PROP_ENTITY_ID,
  PROP_ENTITY,
  PROP_ATTRIBUTES,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SitrepAnnotation, sitrep_annotation, G_TYPE_OBJECT)

static void
sitrep_annotation_finalize (GObject *object)
{
  SitrepAnnotation *self = (SitrepAnnotation *) object;

  g_free (self->label);
  g_free (self->text);
  g_free (self->annotator);
  g_free (self->entity);
  g_free (self->attributes);
  g_free (self->created_at);

  G_OBJECT_CLASS (sitrep_annotation_parent_class)->finalize (object);
}

static void
sitrep_annotation_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SitrepAnnotation *self = SITREP_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_ARTICLE_ID:
      g_value_set_int64 (value, self->article_id);
      break;
    case PROP_LABEL_ID:
      g_value_set_int64 (value, self->label_id);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;
    case PROP_END:
      g_value_set_uint (value, self->end);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_ANNOTATOR_ID:
      g_value_set_int64 (value, self->annotator_id);
      break;
    case PROP_ANNOTATOR:
      g_value_set_string (value, self->annotator);
      break;
    case PROP_ENTITY_ID:
      g_value_set_int64 (value, self->entity_id);
      break;
    case PROP_ENTITY:
      g_value_set_string (value, self->entity);
      break;
    case PROP_ATTRIBUTES:
      g_value_set_string (value, self->attributes);
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_annotation_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SitrepAnnotation *self = SITREP_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_ARTICLE_ID:
      self->article_id = g_value_get_int64 (value);
      break;
    case PROP_LABEL_ID:
      self->label_id = g_value_get_int64 (value);
      break;
    case PROP_LABEL:
      self->label = g_value_dup_string (value);
      break;
    case PROP_START:
      self->start = g_value_get_uint (value);
      break;
    case PROP_END:
      self->end = g_value_get_uint (value);
      break;
    case PROP_TEXT:
      self->text = g_value_dup_string (value);
      break;
    case PROP_ANNOTATOR_ID:
      self->annotator_id = g_value_get_int64 (value);
      break;
    case PROP_ANNOTATOR:
      self->annotator = g_value_dup_string (value);
      break;
    case PROP_ENTITY_ID:
      self->entity_id = g_value_get_int64 (value);
      break;
    case PROP_ENTITY:
      self->entity = g_value_dup_string (value);
      break;
    case PROP_ATTRIBUTES:
      self->attributes = g_value_dup_string (value);
      break;
    case PROP_CREATED_AT:
      self->created_at = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_annotation_class_init (SitrepAnnotationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sitrep_annotation_finalize;
  object_class->get_property = sitrep_annotation_get_property;
  object_class->set_property = sitrep_annotation_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_ARTICLE_ID] =
    g_param_spec_int64 ("article-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_LABEL_ID] =
    g_param_spec_int64 ("label-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_START] =
    g_param_spec_uint ("start", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_END] =
    g_param_spec_uint ("end", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_ANNOTATOR_ID] =
    g_param_spec_int64 ("annotator-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_ANNOTATOR] =
    g_param_spec_string ("annotator", NULL, NULL, NULL, flags);
  properties[PROP_ENTITY_ID] =
    g_param_spec_int64 ("entity-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_ENTITY] =
    g_param_spec_string ("entity", NULL, NULL, NULL, flags);
  properties[PROP_ATTRIBUTES] =
    g_param_spec_string ("attributes", NULL, NULL, NULL, flags);
  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sitrep_annotation_init (SitrepAnnotation *self)
{
}

gint64
sitrep_annotation_get_id (SitrepAnnotation *self)
{
  g_return_val_if_fail (SITREP_IS_ANNOTATION (self), 0);
  return self->id;
}

gint64
sitrep_annotation_get_article_id (SitrepAnnotation *self)
{
  g_return_val_if_fail (SITREP_IS_ANNOTATION (self), 0);
  return self->article_id;
}

gint64
sitrep_annotation_get_label_id (SitrepAnnotation *self)
{
  g_return_val_if_fail (SITREP_IS_ANNOTATION (self), 0);
  return self->label_id;
}

const char *
sitrep_annotation_get_label (SitrepAnnotation *self)
{
  g_return_val_if_fail (SITREP_IS_ANNOTATION (self), NULL);
  return self->label;
}

guint
sitrep_annotation_get_start (SitrepAnnotation *self)
{
  g_return_val_if_fail (SITREP_IS_ANNOTATION (self), 0);
  return self->start;
}

guint
sitrep_annotation_get_end (SitrepAnnotation *self)
{
  g_return_val_if_fail (SITREP_IS_ANNOTATION (self), 0);
  return self->end;
}

const char *
sitrep_annotation_get_text (SitrepAnnotation *self)
{
  g_return_val_if_fail (SITREP_IS_ANNOTATION (self), NULL);
  return self->text;
}

gint64
sitrep_annotation_get_annotator_id (SitrepAnnotation *self)
{
  g_return_val_if_fail (SITREP_IS_ANNOTATION (self), 0);
  return self->annotator_id;
}

const char *
sitrep_annotation_get_annotator (SitrepAnnotation *self)
{
  g_return_val_if_fail (SITREP_IS_ANNOTATION (self), NULL);
  return self->annotator;
}

gint64
sitrep_annotation_get_entity_id (SitrepAnnotation *self)
{
  g_return_val_if_fail (SITREP_IS_ANNOTATION (self), 0);
  return self->entity_id;
}

const char *
sitrep_annotation_get_entity (SitrepAnnotation *self)
{
  g_return_val_if_fail (SITREP_IS_ANNOTATION (self), NULL);
  return self->entity;
}

const char *
sitrep_annotation_get_attributes (SitrepAnnotation *self)
{
  g_return_val_if_fail (SITREP_IS_ANNOTATION (self), NULL);
  return self->attributes;
}

/* sitrep-label.c — a span category of the project's label set
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-core"

#include "config.h"

#include <math.h>

#include "sitrep-label.h"
#include "sitrep-label-kind.h"

struct _SitrepLabel
{
  GObject parent_instance;

  gint64 id;
  char *name;
  char *kind;
  char *color;
  char *shortcut;
  char *description;
  int position;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_COLOR,
  PROP_SHORTCUT,
  PROP_DESCRIPTION,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SitrepLabel, sitrep_label, G_TYPE_OBJECT)

static void
sitrep_label_finalize (GObject *object)
{
  SitrepLabel *self = (SitrepLabel *) object;

  g_free (self->name);
  g_free (self->kind);
  g_free (self->color);
  g_free (self->shortcut);
  g_free (self->description);

  G_OBJECT_CLASS (sitrep_label_parent_class)->finalize (object);
}

static void
sitrep_label_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SitrepLabel *self = SITREP_LABEL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;
    case PROP_SHORTCUT:
      g_value_set_string (value, self->shortcut);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_label_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SitrepLabel *self = SITREP_LABEL (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_KIND:
      self->kind = g_value_dup_string (value);
      break;
    case PROP_COLOR:
      self->color = g_value_dup_string (value);
      break;
    case PROP_SHORTCUT:
      self->shortcut = g_value_dup_string (value);
      break;
    case PROP_DESCRIPTION:
      self->description = g_value_dup_string (value);
      break;
    case PROP_POSITION:
      self->position = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_label_class_init (SitrepLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sitrep_label_finalize;
  object_class->get_property = sitrep_label_get_property;
  object_class->set_property = sitrep_label_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL, flags);
  properties[PROP_SHORTCUT] =
    g_param_spec_string ("shortcut", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sitrep_label_init (SitrepLabel *self)
{
}

gint64
sitrep_label_get_id (SitrepLabel *self)
{
  g_return_val_if_fail (SITREP_IS_LABEL (self), 0);
  return self->id;
}

const char *
sitrep_label_get_name (SitrepLabel *self)
{
  g_return_val_if_fail (SITREP_IS_LABEL (self), NULL);
  return self->name;
}

const char *
sitrep_label_get_display_name (SitrepLabel *self)
{
  g_return_val_if_fail (SITREP_IS_LABEL (self), NULL);
  return sitrep_label_display_name (self->name, self->kind);
}

const char *
sitrep_label_get_kind (SitrepLabel *self)
{
  g_return_val_if_fail (SITREP_IS_LABEL (self), NULL);
  return self->kind;
}

const char *
sitrep_label_get_color (SitrepLabel *self)
{
  g_return_val_if_fail (SITREP_IS_LABEL (self), NULL);
  return self->color;
}

const char *
sitrep_label_get_shortcut (SitrepLabel *self)
{
  g_return_val_if_fail (SITREP_IS_LABEL (self), NULL);
  return self->shortcut;
}

const char *
sitrep_label_get_description (SitrepLabel *self)
{
  g_return_val_if_fail (SITREP_IS_LABEL (self), NULL);
  return self->description;
}

/* sitrep-entity.c — an actor, person or place with every spelling of its name
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-core"

#include "config.h"

#include <math.h>

#include "sitrep-entity.h"

struct _SitrepEntity
{
  GObject parent_instance;

  gint64 id;
  char *kind;
  char *name;
  char *actor_type;
  char **aliases;
  guint mentions;
  double latitude;
  double longitude;
  char *admin1;
  char *country;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_NAME,
  PROP_ACTOR_TYPE,
  PROP_ALIASES,
  PROP_MENTIONS,
  PROP_LATITUDE,
  PROP_LONGITUDE,
  PROP_ADMIN1,
  PROP_COUNTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SitrepEntity, sitrep_entity, G_TYPE_OBJECT)

static void
sitrep_entity_finalize (GObject *object)
{
  SitrepEntity *self = (SitrepEntity *) object;

  g_free (self->kind);
  g_free (self->name);
  g_free (self->actor_type);
  g_strfreev (self->aliases);
  g_free (self->admin1);
  g_free (self->country);

  G_OBJECT_CLASS (sitrep_entity_parent_class)->finalize (object);
}

static void
sitrep_entity_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SitrepEntity *self = SITREP_ENTITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ACTOR_TYPE:
      g_value_set_string (value, self->actor_type);
      break;
    case PROP_ALIASES:
      g_value_set_boxed (value, self->aliases);
      break;
    case PROP_MENTIONS:
      g_value_set_uint (value, self->mentions);
      break;
    case PROP_LATITUDE:
      g_value_set_double (value, self->latitude);
      break;
    case PROP_LONGITUDE:
      g_value_set_double (value, self->longitude);
      break;
    case PROP_ADMIN1:
      g_value_set_string (value, self->admin1);
      break;
    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_entity_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SitrepEntity *self = SITREP_ENTITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_KIND:
      self->kind = g_value_dup_string (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_ACTOR_TYPE:
      self->actor_type = g_value_dup_string (value);
      break;
    case PROP_ALIASES:
      self->aliases = g_value_dup_boxed (value);
      break;
    case PROP_MENTIONS:
      self->mentions = g_value_get_uint (value);
      break;
    case PROP_LATITUDE:
      self->latitude = g_value_get_double (value);
      break;
    case PROP_LONGITUDE:
      self->longitude = g_value_get_double (value);
      break;
    case PROP_ADMIN1:
      self->admin1 = g_value_dup_string (value);
      break;
    case PROP_COUNTRY:
      self->country = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_entity_class_init (SitrepEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sitrep_entity_finalize;
  object_class->get_property = sitrep_entity_get_property;
  object_class->set_property = sitrep_entity_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_ACTOR_TYPE] =
    g_param_spec_string ("actor-type", NULL, NULL, NULL, flags);
  properties[PROP_ALIASES] =
    g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_MENTIONS] =
    g_param_spec_uint ("mentions", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_LATITUDE] =
    g_param_spec_double ("latitude", NULL, NULL, -90.0, 90.0, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LONGITUDE] =
    g_param_spec_double ("longitude", NULL, NULL, -180.0, 180.0, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADMIN1] =
    g_param_spec_string ("admin1", NULL, NULL, NULL, flags);
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sitrep_entity_init (SitrepEntity *self)
{
  self->latitude = NAN;
  self->longitude = NAN;
}

gint64
sitrep_entity_get_id (SitrepEntity *self)
{
  g_return_val_if_fail (SITREP_IS_ENTITY (self), 0);
  return self->id;
}

const char *
sitrep_entity_get_kind (SitrepEntity *self)
{
  g_return_val_if_fail (SITREP_IS_ENTITY (self), NULL);
  return self->kind;
}

const char *
sitrep_entity_get_name (SitrepEntity *self)
{
  g_return_val_if_fail (SITREP_IS_ENTITY (self), NULL);
  return self->name;
}

const char *
sitrep_entity_get_actor_type (SitrepEntity *self)
{
  g_return_val_if_fail (SITREP_IS_ENTITY (self), NULL);
  return self->actor_type;
}

const char * const *
sitrep_entity_get_aliases (SitrepEntity *self)
{
  g_return_val_if_fail (SITREP_IS_ENTITY (self), NULL);
  return (const char * const *) self->aliases;
}

guint
sitrep_entity_get_mentions (SitrepEntity *self)
{
  g_return_val_if_fail (SITREP_IS_ENTITY (self), 0);
  return self->mentions;
}

double
sitrep_entity_get_latitude (SitrepEntity *self)
{
  g_return_val_if_fail (SITREP_IS_ENTITY (self), NAN);
  return self->latitude;
}

double
sitrep_entity_get_longitude (SitrepEntity *self)
{
  g_return_val_if_fail (SITREP_IS_ENTITY (self), NAN);
  return self->longitude;
}

const char *
sitrep_entity_get_admin1 (SitrepEntity *self)
{
  g_return_val_if_fail (SITREP_IS_ENTITY (self), NULL);
  return self->admin1;
}

const char *
sitrep_entity_get_country (SitrepEntity *self)
{
  g_return_val_if_fail (SITREP_IS_ENTITY (self), NULL);
  return self->country;
}

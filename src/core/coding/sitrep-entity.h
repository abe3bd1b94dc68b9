/* sitrep-entity.h — an actor, person or place with every spelling of its name
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SITREP_TYPE_ENTITY (sitrep_entity_get_type ())
G_DECLARE_FINAL_TYPE (SitrepEntity, sitrep_entity, SITREP, ENTITY, GObject)

/* Immutable snapshots made by the store; set every property with g_object_new (). */
gint64 sitrep_entity_get_id (SitrepEntity *self);
const char *sitrep_entity_get_kind (SitrepEntity *self);
const char *sitrep_entity_get_name (SitrepEntity *self);
const char *sitrep_entity_get_actor_type (SitrepEntity *self);
const char * const *sitrep_entity_get_aliases (SitrepEntity *self);
guint sitrep_entity_get_mentions (SitrepEntity *self);
double sitrep_entity_get_latitude (SitrepEntity *self);
double sitrep_entity_get_longitude (SitrepEntity *self);
const char *sitrep_entity_get_admin1 (SitrepEntity *self);
const char *sitrep_entity_get_country (SitrepEntity *self);

G_END_DECLS

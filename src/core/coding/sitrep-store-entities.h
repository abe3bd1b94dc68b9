/* sitrep-store-entities.h — the store's entities: actors, persons and places with their aliases
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-types.h"
#include "sitrep-entity.h"

G_BEGIN_DECLS

/* Entities (sitrep-store-entities.c): actors, persons and places with their aliases. */
gint64        sitrep_store_add_entity           (SitrepStore           *self,
                                                 const char            *kind,
                                                 const char            *name,
                                                 GError               **error);
gboolean      sitrep_store_add_alias            (SitrepStore           *self,
                                                 gint64                 entity_id,
                                                 const char            *alias,
                                                 GError               **error);
SitrepEntity *sitrep_store_get_entity           (SitrepStore           *self,
                                                 gint64                 id,
                                                 GError               **error);
GPtrArray    *sitrep_store_list_entities        (SitrepStore           *self,
                                                 const char            *kind,
                                                 GError               **error);
GHashTable   *sitrep_store_count_entity_events  (SitrepStore           *self,
                                                 GError               **error);
GPtrArray    *sitrep_store_find_entities        (SitrepStore           *self,
                                                 const char            *kind,
                                                 const char            *name,
                                                 GError               **error);
gboolean      sitrep_store_rename_entity        (SitrepStore           *self,
                                                 gint64                 id,
                                                 const char            *name,
                                                 GError               **error);
gboolean      sitrep_store_set_entity_actor_type (SitrepStore          *self,
                                                  gint64                id,
                                                  const char           *actor_type,
                                                  GError              **error);
gboolean      sitrep_store_merge_entities       (SitrepStore           *self,
                                                 gint64                 keep,
                                                 gint64                 merge,
                                                 GError               **error);
gboolean      sitrep_store_set_entity_place     (SitrepStore           *self,
                                                 gint64                 id,
                                                 double                 latitude,
                                                 double                 longitude,
                                                 const char            *admin1,
                                                 const char            *country,
                                                 const char            *gazetteer_id,
                                                 GError               **error);
gint64        sitrep_store_link_mention         (SitrepStore           *self,
                                                 gint64                 annotation_id,
                                                 const char            *kind,
                                                 GError               **error);
gint64        sitrep_store_link_known_mention   (SitrepStore           *self,
                                                 gint64                 annotation_id,
                                                 const char            *kind,
                                                 GError               **error);

G_END_DECLS

/* sitrep-entity-chooser-private.h — test hooks of the entity chooser: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-entity-chooser.h"

G_BEGIN_DECLS

/* Chooses offer @index, as a click on its row does. For tests. */
void       sitrep_entity_chooser_choose_offer   (SitrepEntityChooser *self,
                                                 guint                index);
/* The line under offer @index's name (where a place is, its other
 * spellings, its mentions), or NULL. For tests. */
char      *sitrep_entity_chooser_dup_offer_subtitle (SitrepEntityChooser *self,
                                                     guint                index);
/* The entity ids offered now, in order (0 for “New entity”, -1 for “Find
 * Where … Is”, offered for a linked place without coordinates). For tests. */
GArray    *sitrep_entity_chooser_dup_offers     (SitrepEntityChooser *self);
/* The actor type (codebook id, "" for none) a new actor made here gets: the
 * codebook's guess from the name, or what the user picked in the chooser. */
const char *sitrep_entity_chooser_get_new_actor_type (SitrepEntityChooser *self);
/* Picks @actor_type ("" for none) for a new actor, as the dropdown does. */
void        sitrep_entity_chooser_set_new_actor_type (SitrepEntityChooser *self,
                                                      const char          *actor_type);
G_END_DECLS

/* sitrep-entity-chooser.h — link a span to an actor, person or place
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_ENTITY_CHOOSER (sitrep_entity_chooser_get_type ())
G_DECLARE_FINAL_TYPE (SitrepEntityChooser, sitrep_entity_chooser, SITREP, ENTITY_CHOOSER, GtkPopover)

GtkWidget *sitrep_entity_chooser_new            (void);
/* Offers the entities of @kind whose names match the span's text, then
 * “New entity”. A choice activates win.link-entity (annotation, entity; 0 new). */
void       sitrep_entity_chooser_set_annotation (SitrepEntityChooser *self,
                                                 SitrepStore         *store,
                                                 SitrepAnnotation    *annotation,
                                                 const char          *kind);
/* The entity ids offered now, in order (0 for “New entity”, -1 for “Find
 * Where … Is”, offered for a linked place without coordinates). For tests. */
GArray    *sitrep_entity_chooser_dup_offers     (SitrepEntityChooser *self);
/* Chooses offer @index, as a click on its row does. For tests. */
void       sitrep_entity_chooser_choose_offer   (SitrepEntityChooser *self,
                                                 guint                index);

/* The actor type (codebook id, "" for none) a new actor made here gets: the
 * codebook's guess from the name, or what the user picked in the chooser. */
const char *sitrep_entity_chooser_get_new_actor_type (SitrepEntityChooser *self);

/* Picks @actor_type ("" for none) for a new actor, as the dropdown does. */
void        sitrep_entity_chooser_set_new_actor_type (SitrepEntityChooser *self,
                                                      const char          *actor_type);

G_END_DECLS

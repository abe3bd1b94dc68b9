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

/* Where place @entity is, to tell two of one name apart: "Daraa, Syria"
 * (its governorate and country, or the one known), its coordinates when
 * neither is, "no coordinates" when it has none. */
char      *sitrep_entity_dup_where              (SitrepEntity        *entity);


G_END_DECLS

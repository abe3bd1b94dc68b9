/* sitrep-entity-picker.h — a button that picks one entity of a kind (place, actor) from the project
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_ENTITY_PICKER (sitrep_entity_picker_get_type ())
G_DECLARE_FINAL_TYPE (SitrepEntityPicker, sitrep_entity_picker, SITREP, ENTITY_PICKER, GtkWidget)

/* Offers the entities of @kind ("place", "actor", NULL for any) of @store. */
void        sitrep_entity_picker_set_store     (SitrepEntityPicker *self,
                                                SitrepStore        *store,
                                                const char         *kind);
/* The chosen entity (0 for none). Setting it does not emit "picked". */
gint64      sitrep_entity_picker_get_entity_id (SitrepEntityPicker *self);
void        sitrep_entity_picker_set_entity    (SitrepEntityPicker *self,
                                                gint64              entity_id,
                                                const char         *name);
/* What the button says while nothing is chosen. */
void        sitrep_entity_picker_set_placeholder (SitrepEntityPicker *self,
                                                  const char         *placeholder);
/* The text a place is read in (an article body): the gazetteer's candidates
 * are ranked by the other places it names, and say how far from them they lie. */
void        sitrep_entity_picker_set_context   (SitrepEntityPicker *self,
                                                const char         *context_text);

G_END_DECLS

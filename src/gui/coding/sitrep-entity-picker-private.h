/* sitrep-entity-picker-private.h — test hooks of the entity picker: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-entity-picker.h"

G_BEGIN_DECLS

/* Opens the picker with @text typed into its search, as a user would. */
void        sitrep_entity_picker_search             (SitrepEntityPicker *self,
                                                     const char         *text);
/* The gazetteer's candidates for the text typed (a place picker only): how
 * many, what row @index says under its name, and choosing one as a click
 * does (the place entity is made with its coordinates, or the project's
 * one reused; "picked" is emitted in the same undo step). */
guint       sitrep_entity_picker_get_n_candidates   (SitrepEntityPicker *self);
const char *sitrep_entity_picker_get_candidate_text (SitrepEntityPicker *self,
                                                     guint               index);
void        sitrep_entity_picker_choose_candidate   (SitrepEntityPicker *self,
                                                     guint               index);

G_END_DECLS

/* sitrep-entities-window-private.h — test hooks of the entities window: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-entities-window.h"

G_BEGIN_DECLS

const char           *sitrep_entities_window_get_last_toast (SitrepEntitiesWindow *self);
const char           *sitrep_entities_window_get_count_text (SitrepEntitiesWindow *self,
                                                             gint64                entity_id);
/* The subtitle of @entity_id's row, and the names its Merge into… offers. */
const char           *sitrep_entities_window_get_subtitle   (SitrepEntitiesWindow *self,
                                                             gint64                entity_id);
GStrv                 sitrep_entities_window_dup_merge_targets (SitrepEntitiesWindow *self,
                                                                gint64                entity_id);
G_END_DECLS

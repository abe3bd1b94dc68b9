/* sitrep-entities-window.h — actors, persons and places: names, aliases, merging
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_ENTITIES_WINDOW (sitrep_entities_window_get_type ())
G_DECLARE_FINAL_TYPE (SitrepEntitiesWindow, sitrep_entities_window, SITREP, ENTITIES_WINDOW, AdwPreferencesWindow)

/* Actions: entities.merge ((xx) keep, merge), entities.rename ((xs)),
 * entities.set-actor-type ((xs)), entities.undo. */
SitrepEntitiesWindow *sitrep_entities_window_new           (SitrepStore          *store);

G_END_DECLS

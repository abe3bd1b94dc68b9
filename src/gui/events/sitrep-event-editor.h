/* sitrep-event-editor.h — the form of one event; every change is saved through the store as it is made
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sitrep-entity-picker.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_EVENT_EDITOR (sitrep_event_editor_get_type ())
G_DECLARE_FINAL_TYPE (SitrepEventEditor, sitrep_event_editor, SITREP, EVENT_EDITOR, AdwWindow)

GtkWidget  *sitrep_event_editor_new        (GtkWindow   *parent,
                                            SitrepStore *store,
                                            gint64       event_id);
gint64      sitrep_event_editor_get_event_id (SitrepEventEditor *self);


G_END_DECLS

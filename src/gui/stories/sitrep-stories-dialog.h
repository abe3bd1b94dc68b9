/* sitrep-stories-dialog.h — the project's stories: create, rename, delete, and order their steps
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_STORIES_DIALOG (sitrep_stories_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SitrepStoriesDialog, sitrep_stories_dialog, SITREP, STORIES_DIALOG, AdwWindow)

/* Actions: stories.new (s), stories.rename ((xs)), stories.delete (x),
 * stories.add-step ((xx): story, event), stories.move-step ((xuu): story,
 * from, to), stories.remove-step ((xu)), stories.add-current (the parent
 * window's current event to the selected story), stories.present. */
GtkWidget *sitrep_stories_dialog_new          (GtkWindow           *parent,
                                               SitrepStore         *store);

G_END_DECLS

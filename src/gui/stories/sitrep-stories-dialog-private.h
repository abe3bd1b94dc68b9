/* sitrep-stories-dialog-private.h — test hooks of the stories dialog: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-stories-dialog.h"

G_BEGIN_DECLS

/* Rows of the steps list of the selected story. */
guint      sitrep_stories_dialog_get_n_steps  (SitrepStoriesDialog *self);
guint      sitrep_stories_dialog_get_n_stories (SitrepStoriesDialog *self);
/* The story selected in the list (0: none). */
gint64     sitrep_stories_dialog_get_selected (SitrepStoriesDialog *self);
G_END_DECLS

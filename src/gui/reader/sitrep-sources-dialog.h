/* sitrep-sources-dialog.h — the project's sources, and merging two spellings of one outlet
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_SOURCES_DIALOG (sitrep_sources_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SitrepSourcesDialog, sitrep_sources_dialog, SITREP, SOURCES_DIALOG, AdwWindow)

/* Lists the sources of @store with their number of articles, most first,
 * and follows the store. Ticking two or more and Merge… asks which spelling
 * stays; the merge is one undo step, told with Undo in the main window the
 * dialog is transient for. */
GtkWidget *sitrep_sources_dialog_new           (SitrepStore         *store);
/* What Merge… does: asks which spelling stays and returns the question (an
 * AdwMessageDialog: "cancel" or "merge"), or NULL with fewer than two ticked. */
GtkWidget *sitrep_sources_dialog_merge         (SitrepSourcesDialog *self);

G_END_DECLS

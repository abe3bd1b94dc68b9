/* sitrep-labels-dialog.h — the project's label set: names, colours, keys, kinds
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_LABELS_DIALOG (sitrep_labels_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SitrepLabelsDialog, sitrep_labels_dialog, SITREP, LABELS_DIALOG, AdwPreferencesWindow)

SitrepLabelsDialog *sitrep_labels_dialog_new              (SitrepStore        *store);

G_END_DECLS

/* sitrep-labels-dialog-private.h — test hooks of the labels dialog: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-labels-dialog.h"

G_BEGIN_DECLS

/* The question asked before deleting a label in use, while it is open. */
AdwMessageDialog   *sitrep_labels_dialog_get_confirmation (SitrepLabelsDialog *self);
G_END_DECLS

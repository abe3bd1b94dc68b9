/* sitrep-adjudication-dialog-test-private.h — test hooks of the adjudication dialog: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-adjudication-dialog.h"

G_BEGIN_DECLS

/* How many of the coders' events (matched pairs, or one coder's alone) are
 * left to decide: below the spans, side by side, the fields that differ
 * marked; with the focus there, 1 or 2 keeps that coder's version. */
guint                     sitrep_adjudication_dialog_get_n_events_open (SitrepAdjudicationDialog *self);
/* How many disagreements are left to decide. */
guint                     sitrep_adjudication_dialog_get_n_open   (SitrepAdjudicationDialog *self);
G_END_DECLS

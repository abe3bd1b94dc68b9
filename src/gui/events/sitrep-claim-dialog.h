/* sitrep-claim-dialog.h — add or edit one casualty claim of an event
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_CLAIM_DIALOG (sitrep_claim_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SitrepClaimDialog, sitrep_claim_dialog, SITREP, CLAIM_DIALOG, AdwWindow)

/* A dialog adding a claim to @event_id (@claim_id 0) or editing @claim_id. */
GtkWidget  *sitrep_claim_dialog_new            (GtkWindow   *parent,
                                                SitrepStore *store,
                                                gint64       event_id,
                                                gint64       claim_id);
/* Saves through the store and closes; on failure shows why, inline, and stays. */
gboolean    sitrep_claim_dialog_save           (SitrepClaimDialog *self);
/* For tests: the fields and the message shown. */
void        sitrep_claim_dialog_set_figure     (SitrepClaimDialog *self,
                                                SitrepClaimKind    kind,
                                                SitrepQualifier    qualifier,
                                                gint64             low,
                                                gint64             high);

G_END_DECLS

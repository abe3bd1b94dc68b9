/* sitrep-claim-dialog-private.h — test hooks of the claim dialog: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-claim-dialog.h"

G_BEGIN_DECLS

const char *sitrep_claim_dialog_get_error      (SitrepClaimDialog *self);
G_END_DECLS

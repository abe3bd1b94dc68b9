/* sitrep-claim-row.h — one casualty claim in an event's ledger
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sitrep-claim.h"

G_BEGIN_DECLS

#define SITREP_TYPE_CLAIM_ROW (sitrep_claim_row_get_type ())
G_DECLARE_FINAL_TYPE (SitrepClaimRow, sitrep_claim_row, SITREP, CLAIM_ROW, AdwActionRow)

/* A row for @claim; its buttons activate win.edit-claim and win.delete-claim. */
GtkWidget   *sitrep_claim_row_new        (SitrepClaim *claim);

G_END_DECLS

/* sitrep-store-claims.h — the store's claims: the casualty ledger of an event and its figures
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-types.h"
#include "sitrep-claim.h"
#include "sitrep-claims.h"
#include "sitrep-event-draft.h"

G_BEGIN_DECLS

/* Claims: the ledger of an event. */
gint64        sitrep_store_add_claim            (SitrepStore           *self,
                                                 gint64                 event_id,
                                                 const SitrepClaimDraft *draft,
                                                 GError               **error);
gboolean      sitrep_store_update_claim         (SitrepStore           *self,
                                                 gint64                 claim_id,
                                                 const SitrepClaimDraft *draft,
                                                 GError               **error);
gboolean      sitrep_store_delete_claim         (SitrepStore           *self,
                                                 gint64                 claim_id,
                                                 GError               **error);
SitrepClaim  *sitrep_store_get_claim            (SitrepStore           *self,
                                                 gint64                 claim_id,
                                                 GError               **error);
/* SitrepClaim*, in the order they were added. */
GPtrArray    *sitrep_store_list_claims          (SitrepStore           *self,
                                                 gint64                 event_id,
                                                 GError               **error);
/* Makes a claim of a casualty annotation in one step: the kind from its
 * label (Killed, Wounded, Captured/Missing), the figure from its attributes
 * or else read from its words, the article and span linked, and the span
 * added as evidence of the event. @claimant_id may be 0. */
gint64        sitrep_store_add_claim_from_annotation (SitrepStore      *self,
                                                      gint64            event_id,
                                                      gint64            annotation_id,
                                                      SitrepVictimSide  victim_side,
                                                      gint64            claimant_id,
                                                      GError          **error);
/* The same, once: a span that is already a claim of @event_id is not added
 * again; @added (may be NULL) tells which happened. Returns the claim id. */
gint64        sitrep_store_make_claim           (SitrepStore           *self,
                                                 gint64                 event_id,
                                                 gint64                 annotation_id,
                                                 SitrepVictimSide       victim_side,
                                                 gint64                 claimant_id,
                                                 gboolean              *added,
                                                 GError               **error);
/* The event's figures derived now from its claims, with how each was
 * derived (see sitrep_claims_derive). Clear with sitrep_derived_figures_clear. */
gboolean      sitrep_store_get_event_figures    (SitrepStore           *self,
                                                 gint64                 event_id,
                                                 SitrepDerivedFigures  *figures,
                                                 GError               **error);

G_END_DECLS

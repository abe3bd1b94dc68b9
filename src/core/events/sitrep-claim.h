/* sitrep-claim.h — one reported casualty figure of an event, with who says it and where
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SITREP_TYPE_CLAIM (sitrep_claim_get_type ())
G_DECLARE_FINAL_TYPE (SitrepClaim, sitrep_claim, SITREP, CLAIM, GObject)

/* Immutable snapshots made by the store; set every property with g_object_new (). */
gint64       sitrep_claim_get_id (SitrepClaim *self);
gint64       sitrep_claim_get_event_id (SitrepClaim *self);
/* "killed", "wounded", "captured" or "missing" */
const char * sitrep_claim_get_kind (SitrepClaim *self);
/* "exact", "at_least", "more_than", "up_to", "about" or "range" */
const char * sitrep_claim_get_qualifier (SitrepClaim *self);
/* the figure; high = low unless a range (-1: unknown) */
gint64       sitrep_claim_get_count_low (SitrepClaim *self);
gint64       sitrep_claim_get_count_high (SitrepClaim *self);
/* "actor1", "actor2", "civilians" or "unknown" */
const char * sitrep_claim_get_victim_side (SitrepClaim *self);
/* who says it: an entity (0 for none) or free text */
gint64       sitrep_claim_get_claimant_id (SitrepClaim *self);
/* the claimant as shown: entity name, else claimant-text, else NULL */
const char * sitrep_claim_get_claimant (SitrepClaim *self);
const char * sitrep_claim_get_claimant_text (SitrepClaim *self);
/* the article and span that state it (0 for none) */
gint64       sitrep_claim_get_article_id (SitrepClaim *self);
const char * sitrep_claim_get_article_title (SitrepClaim *self);
gint64       sitrep_claim_get_annotation_id (SitrepClaim *self);
/* the words of the annotation, when linked */
const char * sitrep_claim_get_text (SitrepClaim *self);


G_END_DECLS

/* sitrep-event-draft.h — the fields of an event and of a claim, for create and update
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <math.h>

#include <glib.h>

#include "sitrep-claim.h"
#include "sitrep-claims.h"
#include "sitrep-event.h"

G_BEGIN_DECLS

/* The fields of an event, for create and update. Strings and arrays are
 * borrowed. Initialise with SITREP_EVENT_DRAFT_INIT (or fill from an event
 * with sitrep_event_draft_init_from_event) and change what the user changed. */
typedef struct
{
  const char    *event_type;       /* from the codebook, or NULL */
  const char    *sub_event_type;   /* must belong to event_type */
  const char    *date_start;       /* YYYY-MM-DD or NULL */
  const char    *date_end;         /* NULL: the start day */
  int            date_precision;   /* UCDP date_prec 1–5, 0 unknown */
  gint64         place_id;         /* a place entity, or 0 */
  const char    *location;         /* the place as reported (kept without an entity) */
  const char    *admin1;           /* NULL: the place entity's */
  const char    *admin2;
  const char    *country;          /* NULL: the place entity's */
  double         latitude;         /* NAN: the place entity's coordinates, if any */
  double         longitude;
  int            geo_precision;    /* ACLED 1–3, 0 unset */
  int            where_prec;       /* UCDP 1–7, 0 unset */
  gint64         actor1_id;        /* actor entities, 0 for none */
  gint64         actor2_id;
  const gint64  *assoc1_ids;       /* associated actors of each side */
  guint          n_assoc1;
  const gint64  *assoc2_ids;
  guint          n_assoc2;
  gboolean       civilian_targeting;
  const char    *description;
  const char    *notes;
  const char    *source_scale;
} SitrepEventDraft;

#define SITREP_EVENT_DRAFT_INIT { NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NAN, NAN, \
                                  0, 0, 0, 0, NULL, 0, NULL, 0, FALSE, NULL, NULL, NULL }

/* Fills @draft from @event; the draft borrows the event's strings and arrays. */
void          sitrep_event_draft_init_from_event (SitrepEventDraft      *draft,
                                                  SitrepEvent           *event);

/* A claim, for add and update. count_high < 0 means "= count_low". */
typedef struct
{
  SitrepClaimKind   kind;
  SitrepQualifier   qualifier;
  gint64            count_low;
  gint64            count_high;
  SitrepVictimSide  victim_side;
  gint64            claimant_id;    /* an entity, or 0 */
  const char       *claimant_text;  /* who says it when there is no entity */
  gint64            article_id;     /* 0 for none */
  gint64            annotation_id;  /* 0 for none */
} SitrepClaimDraft;

#define SITREP_CLAIM_DRAFT_INIT { SITREP_CLAIM_KILLED, SITREP_QUALIFIER_EXACT, 0, -1, \
                                  SITREP_VICTIM_UNKNOWN, 0, NULL, 0, 0 }

G_END_DECLS

/* sitrep-store-events.h — the store's events: edit, evidence, queries, merges and bulk import
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-types.h"
#include "sitrep-codebook.h"
#include "sitrep-event.h"
#include "sitrep-event-draft.h"
#include "sitrep-event-query.h"

G_BEGIN_DECLS

/* Events (sitrep-store-events.c; reading, queries and merges in
 * sitrep-store-event-query.c; claims, evidence and figures in
 * sitrep-store-claims.c). Every edit below is one transaction and one
 * entry of the undo history, and emits "events-changed" with the event's
 * id (0 when several changed). Dates are YYYY-MM-DD. Validation failures
 * are SITREP_STORE_ERROR_INVALID with a message for the user. */

/* A piece of evidence: a span of an article that reports the event. */
typedef struct
{
  gint64  id;
  gint64  event_id;
  gint64  article_id;
  gint64  annotation_id;   /* 0 when the span is not an annotation */
  guint   start;           /* Unicode code points of the article body */
  guint   end;
  char   *text;
  char   *article_title;
  char   *source;          /* the article's outlet, or NULL */
  char   *report_name;     /* the report named short: sitrep_report_name () */
} SitrepEvidence;

#define SITREP_TYPE_EVIDENCE (sitrep_evidence_get_type ())
GType           sitrep_evidence_get_type (void) G_GNUC_CONST;
SitrepEvidence *sitrep_evidence_copy     (const SitrepEvidence *evidence);
void            sitrep_evidence_free     (SitrepEvidence       *evidence);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepEvidence, sitrep_evidence_free)

gint64        sitrep_store_create_event         (SitrepStore           *self,
                                                 const SitrepEventDraft *draft,
                                                 GError               **error);
SitrepEvent  *sitrep_store_get_event            (SitrepStore           *self,
                                                 gint64                 id,
                                                 GError               **error);
/* Fills @events (SitrepEvent*) for @ids in the given order; missing ids are skipped. */
gboolean      sitrep_store_get_events           (SitrepStore           *self,
                                                 const gint64          *ids,
                                                 guint                  n_ids,
                                                 GPtrArray             *events,
                                                 GError               **error);
/* Replaces every field of the event with @draft's. */
gboolean      sitrep_store_update_event         (SitrepStore           *self,
                                                 gint64                 id,
                                                 const SitrepEventDraft *draft,
                                                 GError               **error);
/* One-field edits for the event form; each is one undo step. */
gboolean      sitrep_store_set_event_type       (SitrepStore           *self,
                                                 gint64                 id,
                                                 const char            *event_type,
                                                 const char            *sub_event_type,
                                                 GError               **error);
gboolean      sitrep_store_set_event_dates      (SitrepStore           *self,
                                                 gint64                 id,
                                                 const char            *date_start,
                                                 const char            *date_end,
                                                 int                    date_precision,
                                                 GError               **error);
gboolean      sitrep_store_set_event_place      (SitrepStore           *self,
                                                 gint64                 id,
                                                 gint64                 place_id,
                                                 int                    geo_precision,
                                                 int                    where_prec,
                                                 GError               **error);
/* Sets coordinates directly (NAN, NAN: back to the place entity's). */
gboolean      sitrep_store_set_event_coordinates (SitrepStore          *self,
                                                  gint64                id,
                                                  double                latitude,
                                                  double                longitude,
                                                  GError              **error);
gboolean      sitrep_store_set_event_actors     (SitrepStore           *self,
                                                 gint64                 id,
                                                 gint64                 actor1_id,
                                                 gint64                 actor2_id,
                                                 const gint64          *assoc1_ids,
                                                 guint                  n_assoc1,
                                                 const gint64          *assoc2_ids,
                                                 guint                  n_assoc2,
                                                 GError               **error);
gboolean      sitrep_store_set_event_text       (SitrepStore           *self,
                                                 gint64                 id,
                                                 gboolean               civilian_targeting,
                                                 const char            *description,
                                                 const char            *notes,
                                                 GError               **error);
/* Overrides UCDP best (@best < 0 clears it); a reason is required. */
gboolean      sitrep_store_set_event_best_override (SitrepStore        *self,
                                                    gint64              id,
                                                    gint64              best,
                                                    const char         *reason,
                                                    GError            **error);
/* Deletes the event with its claims, evidence and actors (undoable). */
gboolean      sitrep_store_delete_event         (SitrepStore           *self,
                                                 gint64                 id,
                                                 GError               **error);
guint         sitrep_store_count_events         (SitrepStore           *self);
/* Ids of the events matching @query (NULL: all, by date), in order. Only
 * ids: page objects in with sitrep_store_get_events. */
GArray       *sitrep_store_query_event_ids      (SitrepStore           *self,
                                                 const SitrepEventQuery *query,
                                                 GError               **error);

/* Evidence. */
gint64        sitrep_store_add_event_evidence   (SitrepStore           *self,
                                                 gint64                 event_id,
                                                 gint64                 article_id,
                                                 guint                  start,
                                                 guint                  end,
                                                 GError               **error);
/* The ids (gint64) of the events article @article_id reports: those with
 * evidence in it or a claim read from one of its spans, oldest first. NULL with @error
 * set when the project cannot be read. */
GArray       *sitrep_store_list_article_events  (SitrepStore           *self,
                                                 gint64                 article_id,
                                                 GError               **error);
/* SitrepEvidence*, by article then start. */
GPtrArray    *sitrep_store_list_event_evidence  (SitrepStore           *self,
                                                 gint64                 event_id,
                                                 GError               **error);

/* SitrepEventMatch (GArray), best first; @exclude_id (0 for none) is left out. */
GArray       *sitrep_store_find_similar_events  (SitrepStore           *self,
                                                 const SitrepEventDraft *draft,
                                                 gint64                 exclude_id,
                                                 GError               **error);
/* As sitrep_store_find_similar_events, for a draft from a report that gives
 * its incident's day without a year (@day "--MM-DD" or "--MM", @day_end
 * NULL or the last day; both NULL when it gives none): undated events
 * whose reports give the same day are offered (an undated event's day is
 * that of the Date spans in its evidence), ranked below those that share
 * the place or an actor; days of the year that disagree by more than 3
 * days rule a match out. */
GArray       *sitrep_store_find_similar_to_report (SitrepStore         *self,
                                                   const SitrepEventDraft *draft,
                                                   const char          *day,
                                                   const char          *day_end,
                                                   gint64               exclude_id,
                                                   GError             **error);
/* The events like event @id (itself left out); an undated one on the day its reports give. */
GArray       *sitrep_store_find_events_like     (SitrepStore           *self,
                                                 gint64                 event_id,
                                                 GError               **error);
/* Moves every claim, piece of evidence and actor of @merge into @keep,
 * fills @keep's empty fields from @merge, widens its dates to cover both,
 * and deletes @merge. One undo step. */
gboolean      sitrep_store_merge_events         (SitrepStore           *self,
                                                 gint64                 keep,
                                                 gint64                 merge,
                                                 GError               **error);

/* Bulk import (sitrep-ucdp.c and other importers). */
typedef struct
{
  SitrepEventDraft         draft;          /* actor ids are ignored: actors are given by name */
  const char              *actor1_name;    /* actor entities found by name, made when missing */
  const char              *actor1_type;    /* actor type for a new entity, may be NULL */
  const char              *actor2_name;
  const char              *actor2_type;
  const SitrepClaimDraft  *claims;
  guint                    n_claims;
  const char              *claimant_name;  /* claimant entity (an actor) of every claim, or NULL */
  gint64                   low_override;   /* -1 for none */
  gint64                   high_override;
  const char              *range_override_reason;
  const char              *external_source;
  const char              *external_id;
  const char              *source_reference; /* the source the record names (UCDP source_article) */
} SitrepEventImport;

typedef void (*SitrepEventImportProgress) (guint     done,
                                           guint     total,
                                           gpointer  user_data);

/* Adds @n_items events in ONE transaction, not journaled (an import is
 * not undone; a failure or a cancel leaves the project as it was).
 * Returns the number added. */
guint         sitrep_store_import_events        (SitrepStore           *self,
                                                 const SitrepEventImport *items,
                                                 guint                  n_items,
                                                 SitrepEventImportProgress progress,
                                                 gpointer               user_data,
                                                 GCancellable          *cancellable,
                                                 GError               **error);

/*   "events-changed" (gint64 event id, 0 for many): events, their claims or
 *   evidence were added, changed or removed. Undo and redo emit
 *   "history-changed": the Events view refreshes on both. */

G_END_DECLS

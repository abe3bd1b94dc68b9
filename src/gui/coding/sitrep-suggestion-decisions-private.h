/* sitrep-suggestion-decisions-private.h — decisions taken on suggestions shown while they are being saved
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-store.h"

G_BEGIN_DECLS

/* A decision taken while the suggestions it is on were being saved: made
 * in the store once they are saved. */
typedef struct
{
  GArray    *ids;           /* gint64: one, or those Accept All took */
  GPtrArray *taken;         /* SitrepStoredSuggestion: what it took out of the list, for Undo */
  char      *what;          /* Accept All's undo text, else NULL */
  char      *undo_text;     /* what Undo says it takes back */
  gint64     annotator_id;
  gboolean   accept;
  gint64     incidents_of;  /* Accept All in an article: its incidents too, once saved; else 0 */
} SitrepQueuedDecision;

/* An empty queue (GArray of SitrepQueuedDecision, clearing them). */
GArray               *_sitrep_queued_decisions_new   (void);
/* Appends a decision on @ids (taking @undo_text); valid until the next push. */
SitrepQueuedDecision *_sitrep_queued_decisions_push  (GArray       *queue,
                                                      const gint64 *ids,
                                                      guint         n_ids,
                                                      const char   *what,
                                                      char         *undo_text,
                                                      gint64        annotator_id,
                                                      gboolean      accept);
/* Makes the decisions of @queue in @store in the order taken and empties
 * it; @store NULL: the save failed, none is made. Returns how many were
 * not made (from the first that failed, its error in @error). */
guint                 _sitrep_queued_decisions_apply (GArray       *queue,
                                                      SitrepStore  *store,
                                                      GError      **error);
/* @listed (taken; SitrepStoredSuggestion) without the suggestions the
 * decisions of @queue took out of the list; returned. */
GPtrArray            *_sitrep_queued_decisions_filter (GArray    *queue,
                                                       GPtrArray *listed);
/* The run ended with decisions taken back (@undone, emptied): they are
 * made in @store and undone there, in the order they were taken, so that
 * the store's Redo makes them again as the review's Redo did before, and
 * an older step's Redo is gone as after any new edit. @store NULL: the
 * save failed, none is made. FALSE (with @error) if an undo failed: a
 * decision taken back is then in the store. */
gboolean              _sitrep_queued_decisions_keep_undone (GArray       *undone,
                                                            SitrepStore  *store,
                                                            GError      **error);
/* Accepts @ids as one undo step @what; all or none. */
gboolean              _sitrep_suggestions_accept_ids (SitrepStore  *store,
                                                      GArray       *ids,
                                                      const char   *what,
                                                      gint64        annotator_id,
                                                      GError      **error);

G_END_DECLS

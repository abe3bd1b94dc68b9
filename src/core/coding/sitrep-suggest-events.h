/* sitrep-suggest-events.h — suggesting for a stored article; accepting everything, incidents made events or evidence
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-store.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-suggest.h"

G_BEGIN_DECLS

typedef struct
{
  guint n_suggested;        /* new pending suggestions saved */
  guint n_accepted;         /* of them accepted (with @accept) */
  guint n_events_created;   /* incidents that became new events */
  guint n_events_matched;   /* incidents that became evidence of an event already there */
} SitrepSuggestReport;

/* Runs @suggester on article @article_id and keeps its suggestions in the
 * project. With @accept, every pending suggestion becomes an annotation of
 * @annotator_id, and each incident with an accepted figure becomes an event
 * with its claims and evidence, or, when it matches an event already made
 * from another report (same place, dates within 3 days) or one the
 * similar-incident rule finds, claims and evidence of that event.
 * @result_out (may be NULL) receives what was proposed. */
gboolean  sitrep_suggest_article (SitrepStore          *store,
                                  SitrepSuggester      *suggester,
                                  gint64                article_id,
                                  gboolean              accept,
                                  gint64                annotator_id,
                                  SitrepSuggestReport  *report,
                                  SitrepSuggestResult **result_out,
                                  GCancellable         *cancellable,
                                  GError              **error);

/* sitrep_suggest_article (), and @incidents_out (may be NULL) receives the
 * article's incidents the window lists for review after the save
 * (SitrepProposedIncident, transfer full): with @accept, as accepted, each
 * with the event it was made into or added to. */
gboolean  sitrep_suggest_article_full (SitrepStore          *store,
                                       SitrepSuggester      *suggester,
                                       gint64                article_id,
                                       gboolean              accept,
                                       gint64                annotator_id,
                                       SitrepSuggestReport  *report,
                                       SitrepSuggestResult **result_out,
                                       GPtrArray           **incidents_out,
                                       GCancellable         *cancellable,
                                       GError              **error);

/* Called on the caller's main context after each article: @done of @total. */
typedef void (*SitrepSuggestProgress) (guint    done,
                                       guint    total,
                                       gpointer user_data);

/* Runs Suggest (sitrep_suggest_article () without @accept) on each of @ids
 * in turn, on a worker thread and a connection of its own. */
void      sitrep_suggest_articles_async  (SitrepStore            *store,
                                          const gint64           *ids,
                                          guint                   n_ids,
                                          SitrepSuggestProgress   progress,
                                          gpointer                progress_data,
                                          GDestroyNotify          progress_destroy,
                                          GCancellable           *cancellable,
                                          GAsyncReadyCallback     callback,
                                          gpointer                user_data);
gboolean  sitrep_suggest_articles_finish (SitrepStore            *store,
                                          GAsyncResult           *result,
                                          guint                  *n_suggested,
                                          guint                  *n_done,
                                          GPtrArray             **listed,
                                          GError                **error);

/* A run on one article that ended well: its pending incidents
 * (SitrepProposedIncident) listed on the worker once saved (transfer
 * full), so the caller's thread need not match them; else NULL. */
GPtrArray *sitrep_suggest_articles_steal_incidents (GAsyncResult *result);

/* What a caller opens once it has drawn the first suggestions handed
 * over, letting the save go on (see sitrep_suggest_article_async ()). */
typedef struct _SitrepSuggestGate SitrepSuggestGate;

SitrepSuggestGate *sitrep_suggest_gate_new   (void);
SitrepSuggestGate *sitrep_suggest_gate_ref   (SitrepSuggestGate *gate);
void               sitrep_suggest_gate_unref (SitrepSuggestGate *gate);
void               sitrep_suggest_gate_open  (SitrepSuggestGate *gate);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepSuggestGate, sitrep_suggest_gate_unref)

/* Suggest on one article, its suggestions handed to @listed on the caller's
 * context before they are saved (with the ids they are saved under): those
 * over [@first_start, @first_end) first, then (once @gate, if any, is open)
 * all; the save goes on in the background. Finish with
 * sitrep_suggest_articles_finish (). */
void      sitrep_suggest_article_async   (SitrepStore            *store,
                                          gint64                  article_id,
                                          guint                   first_start,
                                          guint                   first_end,
                                          SitrepSuggestGate      *gate,
                                          SitrepSuggestionsListed listed,
                                          gpointer                listed_data,
                                          GCancellable           *cancellable,
                                          GAsyncReadyCallback     callback,
                                          gpointer                user_data);

/* sitrep_suggest_warm_up () on a worker thread of low priority, then a
 * suggester's run over a short text (each detector's first-run tables). */
void      sitrep_suggest_warm_up_async   (GCancellable           *cancellable,
                                          GAsyncReadyCallback     callback,
                                          gpointer                user_data);
gboolean  sitrep_suggest_warm_up_finish  (GAsyncResult           *result,
                                          GError                **error);

G_END_DECLS

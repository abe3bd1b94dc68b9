/* sitrep-suggestion-review-state-private.h — the review's state and the steps its two files take of each other
 * (sitrep-suggestion-review.c: the list and the decisions; sitrep-suggestion-review-run.c: Suggest in the background)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-suggest-events.h"
#include "sitrep-suggestion-model.h"
#include "sitrep-suggestion-review.h"

G_BEGIN_DECLS

struct _SitrepSuggestionReview
{
  GObject       parent_instance;

  /* owned references */
  SitrepStore  *store;
  SitrepSuggestionModel *items;
  GCancellable *cancellable;
  GCancellable *warm_up;        /* the shared word lists read ahead; cancelled on dispose */
  char         *progress_text;

  /* state */
  gint64        article_id;
  gint64        current_id;
  guint         current_start;   /* where the current one was, to go on from there */
  guint         reload_id;
  double        fraction;
  gboolean      running;
  gboolean      running_one;    /* on the article in review only */
  /* The window shows that a run goes on (its progress line, Suggest off):
   * a run on the article in review only once it has gone on for
   * BUSY_DELAY_MS (busy_id until then), see sitrep-suggestion-review-run.c. */
  gboolean      busy;
  guint         busy_id;
  gint64        running_article; /* the one article of a run on one, else 0 */
  gboolean      own_edit;       /* the store's signals are of our accept or reject */
  /* A run on the article in review listed its suggestions before saving
   * them: until it ends, decisions on them wait in @queued. */
  gboolean      saving;
  gboolean      can_cancel;     /* running, not cancelled, not yet shown */
  gboolean      can_take_back;  /* a decision queued: Undo takes it back */
  /* The part of the article in view (character offsets): its suggestions
   * are handed over first, then (@gate opened once drawn) the others. */
  guint         view_top;
  guint         view_bottom;
  SitrepSuggestGate *gate;
  guint         first_start;    /* the range the run hands over first */
  guint         first_end;
  gboolean      partial;        /* only the first part is listed yet */
  GArray       *queued;         /* SitrepQueuedDecision */
  GArray       *undone;         /* SitrepQueuedDecision: taken back from @queued, for Redo */
  gboolean      can_redo;       /* one undone: Redo takes it again */
  gboolean      redoing;
  /* The articles of the run going on, in its order, and how many of them
   * are done (listed, for a run on the article in review). */
  GArray       *run_ids;
  guint         run_done;
  gboolean      waiting;        /* the run has yet to reach the article in review */
  /* Ids of the article's suggestions that left the list (decided): one
   * that comes back (Undo) is put under review again. */
  GHashTable   *gone;
  /* The article's pending incidents (SitrepSuggestionIncidentItem), and
   * what the last Accept All made of its incidents. */
  GListStore   *incidents;
  /* The run's incidents of the article in review, read on its worker once
   * saved: the next listing takes them instead of reading (SitrepProposedIncident). */
  GPtrArray    *ready_incidents;
  guint         accepted_created;
  guint         accepted_joined;
};

enum {
  PROP_0,
  PROP_CURRENT,
  PROP_RUNNING,
  PROP_CAN_CANCEL,
  PROP_CAN_TAKE_BACK,
  PROP_CAN_REDO_QUEUED,
  PROP_FRACTION,
  PROP_PROGRESS_TEXT,
  PROP_WAITING,
  PROP_BUSY,
  N_PROPS
};

/* sitrep-suggestion-review.c */
void  _sitrep_suggestion_review_notify               (SitrepSuggestionReview *self,
                                                      guint                   prop_id);
void  _sitrep_suggestion_review_emit_finished        (SitrepSuggestionReview *self,
                                                      guint                   n_suggested,
                                                      guint                   n_articles,
                                                      gboolean                cancelled,
                                                      const char             *message);
/* Takes @list (SitrepStoredSuggestion, by start; NULL for none). */
void  _sitrep_suggestion_review_show_list            (SitrepSuggestionReview *self,
                                                      GPtrArray              *list);
/* Takes @part, the run's suggestions over [@start, @end), in place of
 * those listed there; the others stay listed until the run lists all.
 * TRUE if the list changed. */
gboolean _sitrep_suggestion_review_show_part         (SitrepSuggestionReview *self,
                                                      GPtrArray              *part,
                                                      guint                   start,
                                                      guint                   end);
/* The run ended: the decisions taken on its suggestions meanwhile are made
 * now (@saved) or dropped; returns how many were dropped. */
guint _sitrep_suggestion_review_apply_queued         (SitrepSuggestionReview *self,
                                                      gboolean                saved,
                                                      GError                **error);
void  _sitrep_suggestion_review_update_can_take_back (SitrepSuggestionReview *self);

/* sitrep-suggestion-review-incidents.c */
/* Reads the article's pending incidents again (none while its suggestions
 * are being saved). */
void  _sitrep_suggestion_review_reload_incidents     (SitrepSuggestionReview *self);
/* Suggestion @id was decided on its own: the incidents holding it are read again. */
void  _sitrep_suggestion_review_member_decided       (SitrepSuggestionReview *self,
                                                      gint64                  id);

/* sitrep-suggestion-review-run.c */
void  _sitrep_suggestion_review_update_waiting       (SitrepSuggestionReview *self);

G_END_DECLS

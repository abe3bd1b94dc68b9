/* sitrep-suggestion-review.h — the suggestions of the article being read, and Suggest in the background
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-store.h"
#include "sitrep-suggest.h"
#include "sitrep-suggestion-model.h"

G_BEGIN_DECLS

#define SITREP_TYPE_SUGGESTION_REVIEW (sitrep_suggestion_review_get_type ())
G_DECLARE_FINAL_TYPE (SitrepSuggestionReview, sitrep_suggestion_review, SITREP, SUGGESTION_REVIEW, GObject)

/* The model the reader and the annotation panel share: the pending
 * suggestions of one article (SitrepSuggestionItem, in reading order), the
 * one under review ("current"), and a Suggest run with its progress.
 * Signals: "finished" (guint n_suggested, guint n_articles, gboolean cancelled,
 * const char *error_message or NULL) when a run ends. */
SitrepSuggestionReview *sitrep_suggestion_review_new         (void);

void        sitrep_suggestion_review_set_article   (SitrepSuggestionReview *self,
                                                    SitrepStore            *store,
                                                    gint64                  article_id);
/* A SitrepSuggestionModel: its items are made as they are asked for. */
GListModel *sitrep_suggestion_review_get_model     (SitrepSuggestionReview *self);
/* Reads the article's pending suggestions again now. */
void        sitrep_suggestion_review_reload        (SitrepSuggestionReview *self);

/* The suggestion under review (0 for none). */
gint64      sitrep_suggestion_review_get_current   (SitrepSuggestionReview *self);
void        sitrep_suggestion_review_set_current   (SitrepSuggestionReview *self,
                                                    gint64                  id);
/* The pending suggestion @id (valid until the list changes), or NULL. */
const SitrepStoredSuggestion *sitrep_suggestion_review_lookup (SitrepSuggestionReview *self,
                                                               gint64                  id);
/* The shortest pending suggestion covering code point @offset, or 0. */
gint64      sitrep_suggestion_review_at            (SitrepSuggestionReview *self,
                                                    guint                   offset);
/* Makes the next (@forward) or previous suggestion after the current one (or
 * after @offset when none is current) current; FALSE when there is none. */
gboolean    sitrep_suggestion_review_move          (SitrepSuggestionReview *self,
                                                    gboolean                forward,
                                                    guint                   offset);

/* Accepts suggestion @id as an annotation of @annotator_id (one undo step);
 * the next suggestion becomes current. Returns the annotation's id or 0.
 * While the suggestions of a Suggest on this article are shown but not yet
 * saved, it leaves the list at once, is accepted when the save is done and
 * -1 is returned; Reject and Accept All wait the same way (a failed save
 * is told by "finished", with the decisions it cost). */
gint64      sitrep_suggestion_review_accept        (SitrepSuggestionReview *self,
                                                    gint64                  id,
                                                    gint64                  annotator_id,
                                                    GError                **error);
/* Rejects suggestion @id: the string is not proposed again in this project. */
gboolean    sitrep_suggestion_review_reject        (SitrepSuggestionReview *self,
                                                    gint64                  id,
                                                    GError                **error);
/* Accepts every pending suggestion of the article, or (when @only_kind is
 * TRUE) those of @kind, as one undo step; the whole article's also makes
 * its pending incidents events (or evidence of events already there), in
 * the same step (sitrep_suggestion_review_dup_accept_all_message () says
 * what came of them). Returns how many suggestions, -1 on error (then none
 * is kept). */
int         sitrep_suggestion_review_accept_all    (SitrepSuggestionReview *self,
                                                    gboolean                only_kind,
                                                    SitrepSuggestKind       kind,
                                                    gint64                  annotator_id,
                                                    GError                **error);

/* What Accept All says it did: @n suggestions accepted, and the incidents
 * it made events of (or added as evidence to events already there); NULL
 * when it did nothing. */
char       *sitrep_suggestion_review_dup_accept_all_message (SitrepSuggestionReview *self,
                                                    int                     n);

/* The project of the article in review (NULL: none). */
SitrepStore *sitrep_suggestion_review_get_store    (SitrepSuggestionReview *self);

/* The article's proposed incidents still to decide
 * (SitrepSuggestionIncidentItem, in the order proposed), read again with its
 * suggestions: each says the event it would join, worked out anew. */
GListModel *sitrep_suggestion_review_get_incidents (SitrepSuggestionReview *self);
/* Accepts incident @id (sitrep_store_accept_proposed_incident ()): one undo
 * step; @joined (may be NULL) says whether it joined an event already there.
 * Returns the event's id, 0 with @error. */
gint64      sitrep_suggestion_review_accept_incident (SitrepSuggestionReview *self,
                                                    gint64                  id,
                                                    gint64                  annotator_id,
                                                    gboolean               *joined,
                                                    GError                **error);
gboolean    sitrep_suggestion_review_reject_incident (SitrepSuggestionReview *self,
                                                    gint64                  id,
                                                    GError                **error);

/* Suggests in the article shown (@all FALSE) or every article of the
 * project, in a worker thread. Does nothing while a run goes on. */
void        sitrep_suggestion_review_suggest       (SitrepSuggestionReview *self,
                                                    gboolean                all);
/* The same for the articles @ids (the article list's selection). */
void        sitrep_suggestion_review_suggest_articles (SitrepSuggestionReview *self,
                                                    const gint64           *ids,
                                                    guint                   n_ids);
void        sitrep_suggestion_review_cancel        (SitrepSuggestionReview *self);
/* Undo while the suggestions shown are being saved: the last decision
 * taken on them meanwhile (not in the store yet) is taken back, its
 * suggestions listed again. FALSE when there is none, for the store's
 * Undo. */
gboolean    sitrep_suggestion_review_take_back_queued (SitrepSuggestionReview *self);
/* What sitrep_suggestion_review_take_back_queued () would take back, as an
 * undo step's description ("Accept “Daraa”"), or NULL when nothing is
 * queued; "can-take-back" (boolean) says when that changes. */
char       *sitrep_suggestion_review_dup_take_back_description (SitrepSuggestionReview *self);
/* Redo after such an Undo: the decision taken back is queued again, its
 * suggestions out of the list again. FALSE when there is none, for the
 * store's Redo; what it would say, or NULL ("can-redo-queued" changes). */
gboolean    sitrep_suggestion_review_redo_queued   (SitrepSuggestionReview *self);
char       *sitrep_suggestion_review_dup_redo_description (SitrepSuggestionReview *self);
gboolean    sitrep_suggestion_review_get_running   (SitrepSuggestionReview *self);
/* Whether the run going on (or the last) is on the article in review only,
 * not Suggest in All Articles or on articles chosen. */
gboolean    sitrep_suggestion_review_get_running_one (SitrepSuggestionReview *self);
/* Whether the window shows that a run goes on ("busy": the progress line,
 * Suggest off): a run on several articles at once; one on the article in
 * review only once it has gone on for half a second (one that shows its
 * suggestions and saves them sooner changes nothing else on screen, so the
 * press draws no frame of its own while the suggester needs the cores), or
 * once cancelled. */
gboolean    sitrep_suggestion_review_get_busy      (SitrepSuggestionReview *self);
/* The part of the article in view, [@top, @bottom) in characters: the next
 * Suggest on it lists the suggestions there first (only those),
 * then the others once sitrep_suggestion_review_first_drawn () is called
 * (or a second has gone by), and reviews the first in view first. */
void        sitrep_suggestion_review_set_view      (SitrepSuggestionReview *self,
                                                    guint                   top,
                                                    guint                   bottom);
/* Whether only the first part is listed yet (Accept All waits for the rest). */
gboolean    sitrep_suggestion_review_get_partial   (SitrepSuggestionReview *self);
/* The first part has been drawn: the others may be listed and saved. */
void        sitrep_suggestion_review_first_drawn   (SitrepSuggestionReview *self);
/* Whether Cancel would stop the run: not once its suggestions are shown
 * and being saved, nor once cancelled. */
gboolean    sitrep_suggestion_review_get_can_cancel (SitrepSuggestionReview *self);
/* Whether the run going on has yet to suggest in the article in review
 * ("waiting"): the suggestions listed are not the run's yet. */
gboolean    sitrep_suggestion_review_get_waiting   (SitrepSuggestionReview *self);
/* Of the run going on: the part done (0 … 1) and what it says. */
double      sitrep_suggestion_review_get_fraction  (SitrepSuggestionReview *self);
const char *sitrep_suggestion_review_get_progress_text (SitrepSuggestionReview *self);

G_END_DECLS

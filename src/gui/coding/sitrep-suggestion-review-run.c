/* sitrep-suggestion-review-run.c — Suggest in the background for the review: progress, Cancel, the article in review shown first
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggestions"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-suggestion-decisions-private.h"
#include "sitrep-suggestion-review-private.h"
#include "sitrep-suggestion-review-state-private.h"

/* The background run: core's sitrep_suggest_articles_async */

/* A run on the article in review shows that it works (the panel's progress
 * line, Suggest greyed) only once it has gone on this long. Under Xvfb each
 * frame is the whole window drawn again by the GL renderer on the CPU
 * (≈ 80 ms of it): a frame drawn for the press alone took those cores from
 * the suggester and put off the frame with its suggestions. A run that
 * shows them and saves them sooner changes nothing else on screen; one
 * that takes longer shows its progress then, at once (no slide). */
static guint busy_delay_ms = 500;

guint
_sitrep_suggestion_review_set_busy_delay (guint delay_ms)
{
  guint was = busy_delay_ms;

  busy_delay_ms = delay_ms;
  return was;
}

static void
set_busy (SitrepSuggestionReview *self,
          gboolean                busy)
{
  g_clear_handle_id (&self->busy_id, g_source_remove);
  if (busy == self->busy)
    return;
  self->busy = busy;
  _sitrep_suggestion_review_notify (self, PROP_BUSY);
}

static gboolean
on_busy_delay (gpointer data)
{
  SitrepSuggestionReview *self = data;

  self->busy_id = 0;
  set_busy (self, self->running);
  return G_SOURCE_REMOVE;
}

static void
set_progress (SitrepSuggestionReview *self,
              double                  fraction,
              const char             *text)
{
  self->fraction = fraction;
  g_free (self->progress_text);
  self->progress_text = g_strdup (text);
  _sitrep_suggestion_review_notify (self, PROP_FRACTION);
  _sitrep_suggestion_review_notify (self, PROP_PROGRESS_TEXT);
}

/* Cancel stops a run until its suggestions are shown: once shown they
 * are being saved, and the core does not stop that (the Cancel button and
 * action are off then, the progress saying so). */
static void
update_can_cancel (SitrepSuggestionReview *self)
{
  gboolean can = self->running && !self->saving && self->cancellable != NULL &&
                 !g_cancellable_is_cancelled (self->cancellable);

  if (can == self->can_cancel)
    return;
  self->can_cancel = can;
  _sitrep_suggestion_review_notify (self, PROP_CAN_CANCEL);
}

/* Whether the run going on has yet to suggest in the article in review:
 * until then its count of suggestions is not the run's. */
void
_sitrep_suggestion_review_update_waiting (SitrepSuggestionReview *self)
{
  gboolean waiting = FALSE;

  for (guint i = self->run_done; self->running && self->article_id != 0 && i < self->run_ids->len; i++)
    if (g_array_index (self->run_ids, gint64, i) == self->article_id)
      waiting = TRUE;
  if (waiting == self->waiting)
    return;
  self->waiting = waiting;
  _sitrep_suggestion_review_notify (self, PROP_WAITING);
}

static void
on_suggest_progress (guint    done,
                     guint    total,
                     gpointer data)
{
  SitrepSuggestionReview *self = data;
  g_autofree char *text = NULL;
  gboolean was_waiting = self->waiting;

  /* The article in review is done: its suggestions and their count are
   * shown now (this read also stands for the one the project's
   * "annotations-changed" has queued for a moment later). */
  if (self->running)
    {
      self->run_done = MAX (self->run_done, done);
      _sitrep_suggestion_review_update_waiting (self);
      if (was_waiting && !self->waiting)
        sitrep_suggestion_review_reload (self);
    }
  if (self->running && !g_cancellable_is_cancelled (self->cancellable))
    {
      text = g_strdup_printf (ngettext ("Suggesting… %'u of %'u article", "Suggesting… %'u of %'u articles", total),
                              done, total);
      set_progress (self, total > 0 ? (double) done / total : 0.0, text);
    }
}

static void
on_suggest_done (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(SitrepSuggestionReview) self = user_data;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) incidents = sitrep_suggest_articles_steal_incidents (result);
  g_autoptr(GError) error = NULL;
  guint n_suggested = 0, n_done = 0;
  gboolean cancelled;

  g_autofree char *message = NULL;
  gboolean shown = self->saving;
  guint n_dropped;

  sitrep_suggest_articles_finish (SITREP_STORE (object), result, &n_suggested, &n_done, &listed, &error);
  /* Shown before the save: the run was past its Cancel. */
  cancelled = !shown && (g_cancellable_is_cancelled (self->cancellable) ||
                         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
  /* cancelled inside an article: a Cancel like any other, not a failure */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_clear_error (&error);
  g_clear_object (&self->cancellable);
  sitrep_suggestion_review_first_drawn (self);
  set_busy (self, FALSE);
  self->running = FALSE;
  self->saving = FALSE;
  self->partial = FALSE;
  _sitrep_suggestion_review_update_waiting (self);
  g_array_set_size (self->run_ids, 0);
  self->run_done = 0;
  update_can_cancel (self);
  set_progress (self, 0.0, NULL);
  _sitrep_suggestion_review_notify (self, PROP_RUNNING);
  /* The worker's read of the run's incidents stands for this thread's,
   * unless decisions taken meanwhile change them now. */
  if (incidents != NULL && error == NULL && self->queued->len == 0 && self->undone->len == 0 &&
      self->running_article != 0 && self->running_article == self->article_id)
    {
      g_clear_pointer (&self->ready_incidents, g_ptr_array_unref);
      self->ready_incidents = g_steal_pointer (&incidents);
    }
  n_dropped = _sitrep_suggestion_review_apply_queued (self, error == NULL, &error);
  _sitrep_suggestion_review_update_can_take_back (self);
  if (listed != NULL && self->running_article != 0 && self->running_article == self->article_id)
    _sitrep_suggestion_review_show_list (self, g_steal_pointer (&listed));
  else if (!shown || error != NULL)
    sitrep_suggestion_review_reload (self);
  /* Saved now: the run's incidents (not handed over with its suggestions). */
  else
    _sitrep_suggestion_review_reload_incidents (self);
  /* Not for a later listing: the project may have changed by then. */
  g_clear_pointer (&self->ready_incidents, g_ptr_array_unref);
  if (error != NULL && shown && n_dropped > 0)
    message = g_strdup_printf (ngettext ("%s %u decision taken on them meanwhile was not kept.",
                                         "%s %u decisions taken on them meanwhile were not kept.",
                                         n_dropped), error->message, n_dropped);
  else if (error != NULL)
    message = g_strdup (error->message);
  _sitrep_suggestion_review_emit_finished (self, n_suggested, n_done, cancelled, message);
}

/* The run on the article in review listed its suggestions before saving. */
static void
on_listed (GPtrArray *listed,
           gboolean   complete,
           gpointer   data)
{
  SitrepSuggestionReview *self = data;

  /* Another article came into review meanwhile: the run's end reads it. */
  if (!self->running || self->store == NULL || self->article_id != self->running_article)
    {
      g_ptr_array_unref (listed);
      sitrep_suggestion_review_first_drawn (self);
      return;
    }
  /* All of them after those in view: not those decided meanwhile. */
  if (complete && self->partial && self->queued->len > 0)
    listed = _sitrep_queued_decisions_filter (self->queued, listed);
  self->partial = !complete;
  self->saving = TRUE;
  self->run_done = 1;
  _sitrep_suggestion_review_update_waiting (self);
  update_can_cancel (self);
  set_progress (self, 1.0, _("Saving the suggestions…"));
  /* Those in view first, in place of the ones listed there (the others
   * stay until all come: a list emptied but for them changed the counts
   * and lost the one under review). Nothing new (Suggest again on an
   * unchanged article): no frame to wait for before the others. */
  if (complete)
    _sitrep_suggestion_review_show_list (self, listed);
  else if (!_sitrep_suggestion_review_show_part (self, listed, self->first_start, self->first_end))
    sitrep_suggestion_review_first_drawn (self);
  /* The first one in view is ready for review. */
  if (self->current_id == 0 && !sitrep_suggestion_review_move (self, TRUE, self->view_top))
    sitrep_suggestion_review_move (self, FALSE, self->view_top);
}

static void
start_run (SitrepSuggestionReview *self,
           const gint64           *ids,
           guint                   n_ids,
           gboolean                one)
{
  self->cancellable = g_cancellable_new ();
  self->running = TRUE;
  self->running_one = one;
  self->running_article = n_ids == 1 ? ids[0] : 0;
  /* Before "running" is told: its handlers read both. */
  if (one && n_ids == 1 && busy_delay_ms > 0)
    {
      g_clear_handle_id (&self->busy_id, g_source_remove);
      self->busy_id = g_timeout_add (busy_delay_ms, on_busy_delay, self);
      g_source_set_static_name (g_main_context_find_source_by_id (NULL, self->busy_id), "[sitrep] Suggest busy");
    }
  else
    set_busy (self, TRUE);
  g_array_set_size (self->run_ids, 0);
  g_array_append_vals (self->run_ids, ids, n_ids);
  self->run_done = 0;
  _sitrep_suggestion_review_update_waiting (self);
  update_can_cancel (self);
  _sitrep_suggestion_review_notify (self, PROP_RUNNING);
  set_progress (self, 0.0, _("Suggesting…"));

  /* The article in review: its suggestions are shown as soon as they are
   * made, and saved meanwhile (the callback's reference keeps @self). */
  if (one && n_ids == 1)
    {
      /* A read of the list queued before the run (an annotation made just
       * before the press) would race the run's hand-over: read first (the
       * main thread's, at idle), it took the annotated one out, and the
       * part in view, the same as listed, was not shown first; after, it
       * was. The hand-over stands for it (a run that shows nothing reads
       * the list at its end), and the article's thousands are not read on
       * the main thread just as the run starts. */
      g_clear_handle_id (&self->reload_id, g_source_remove);
      /* Those in view first, only those; the others once drawn. The
       * panel's first frame makes a row (nine widgets, styled and measured)
       * for each suggestion listed: with a screen above and below the view
       * too, twice as many, half of a first press's main-thread time from
       * the hand-over to the frame (≈ 48 → 23 ms CPU). A scroll right after
       * the press shows the others a frame later. */
      g_clear_pointer (&self->gate, sitrep_suggest_gate_unref);
      self->gate = sitrep_suggest_gate_new ();
      self->first_start = self->view_top;
      self->first_end = self->view_bottom;
      sitrep_suggest_article_async (self->store, ids[0], self->first_start, self->first_end, self->gate,
                                    on_listed, self, self->cancellable, on_suggest_done, g_object_ref (self));
    }
  else
    sitrep_suggest_articles_async (self->store, ids, n_ids, on_suggest_progress, g_object_ref (self),
                                   g_object_unref, self->cancellable, on_suggest_done, g_object_ref (self));
}

void
sitrep_suggestion_review_suggest (SitrepSuggestionReview *self,
                                  gboolean                all)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  g_return_if_fail (SITREP_IS_SUGGESTION_REVIEW (self));

  if (self->running || self->store == NULL || (!all && self->article_id == 0))
    return;

  if (all)
    {
      SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;

      ids = sitrep_store_query_article_ids (self->store, &query, &error);
      if (ids == NULL)
        {
          _sitrep_suggestion_review_emit_finished (self, 0, 0, FALSE, error->message);
          return;
        }
    }
  else
    {
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (ids, self->article_id);
    }
  start_run (self, (const gint64 *) (gpointer) ids->data, ids->len, !all);
}

void
sitrep_suggestion_review_suggest_articles (SitrepSuggestionReview *self,
                                           const gint64           *ids,
                                           guint                   n_ids)
{
  g_return_if_fail (SITREP_IS_SUGGESTION_REVIEW (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  if (self->running || self->store == NULL || n_ids == 0)
    return;

  start_run (self, ids, n_ids, FALSE);
}

void
sitrep_suggestion_review_cancel (SitrepSuggestionReview *self)
{
  g_return_if_fail (SITREP_IS_SUGGESTION_REVIEW (self));

  /* Shown and being saved: nothing left to cancel. */
  if (self->cancellable == NULL || self->saving)
    return;
  g_cancellable_cancel (self->cancellable);
  update_can_cancel (self);
  set_busy (self, TRUE);
  set_progress (self, self->fraction, _("Cancelling… the suggestions already made stay"));
}

void
sitrep_suggestion_review_set_view (SitrepSuggestionReview *self,
                                   guint                   top,
                                   guint                   bottom)
{
  g_return_if_fail (SITREP_IS_SUGGESTION_REVIEW (self));

  self->view_top = top;
  self->view_bottom = MAX (top, bottom);
}

gboolean
sitrep_suggestion_review_get_partial (SitrepSuggestionReview *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), FALSE);

  return self->partial;
}

void
sitrep_suggestion_review_first_drawn (SitrepSuggestionReview *self)
{
  g_return_if_fail (SITREP_IS_SUGGESTION_REVIEW (self));

  if (self->gate != NULL)
    sitrep_suggest_gate_open (self->gate);
}

gboolean
sitrep_suggestion_review_get_can_cancel (SitrepSuggestionReview *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), FALSE);

  return self->can_cancel;
}

gboolean
sitrep_suggestion_review_get_running (SitrepSuggestionReview *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), FALSE);

  return self->running;
}

gboolean
sitrep_suggestion_review_get_running_one (SitrepSuggestionReview *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), FALSE);

  return self->running_one;
}

gboolean
sitrep_suggestion_review_get_busy (SitrepSuggestionReview *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), FALSE);

  return self->busy;
}

gboolean
sitrep_suggestion_review_get_waiting (SitrepSuggestionReview *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), FALSE);

  return self->waiting;
}

double
sitrep_suggestion_review_get_fraction (SitrepSuggestionReview *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), 0.0);

  return self->fraction;
}

const char *
sitrep_suggestion_review_get_progress_text (SitrepSuggestionReview *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), NULL);

  return self->progress_text;
}

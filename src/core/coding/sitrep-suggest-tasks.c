/* sitrep-suggest-tasks.c — Suggest on a worker thread: the shared word lists read ahead, and
 * suggestions made for a list of articles
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include "sitrep-progress-private.h"
#include "sitrep-store-bulk-private.h"
#include "sitrep-store-suggested-incidents.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-suggest-events.h"
#include "sitrep-suggest-tasks-private.h"

static SitrepSuggestBeforeArticle before_article;
static gpointer before_article_data;

void
_sitrep_suggest_tasks_set_before_article (SitrepSuggestBeforeArticle func,
                                          gpointer                   data)
{
  before_article = func;
  before_article_data = data;
}

/* Reading ahead */

/* A short report of every kind of proposal (places, figures, dates,
 * actors, a claimant, an Arabic paragraph), written for the read-ahead: a
 * first run builds what each detector keeps from run to run, which took
 * the first Suggest of a program ≈ 45–70 ms more CPU than a later one on
 * the same article (bench-suggest-gui, 1 MB). */
static const char warm_up_text[] =
  "DAMASCUS, 12 May 2022 - At least 14 civilians were killed and 23 others wounded on Tuesday when "
  "government forces shelled the town of Maarat al-Numan in Idlib province, the Syrian Observatory "
  "for Human Rights said. Two fighters of Hayat Tahrir al-Sham were captured near Aleppo, and a "
  "spokesman for the ministry, Ahmed Hassan, said three soldiers died in an ambush on 10 May.\n\n"
  "قتل خمسة مدنيين وأصيب عشرة آخرون في قصف على بلدة سراقب بريف إدلب يوم الأحد.\n";

static void
warm_up_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  g_autoptr(SitrepSuggester) suggester = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  sitrep_suggest_warm_up ();
  if (!g_cancellable_is_cancelled (cancellable))
    {
      suggester = sitrep_suggester_new (NULL, NULL);
      sitrep_suggest_result_free (sitrep_suggester_run (suggester, warm_up_text, "2022-05-12",
                                                        SITREP_DATE_PRECISION_DAY, cancellable));
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * sitrep_suggest_warm_up_async:
 *
 * sitrep_suggest_warm_up () on a worker thread of low priority, then a
 * suggester's run over a short text, so that the first Suggest does not
 * build what each detector builds on its first run.
 */
void
sitrep_suggest_warm_up_async (GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, sitrep_suggest_warm_up_async);
  g_task_set_priority (task, G_PRIORITY_LOW);
  g_task_run_in_thread (task, warm_up_thread);
}

gboolean
sitrep_suggest_warm_up_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_suggest_warm_up_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The caller's word that it has drawn the first suggestions */

/* The longest a save waits for the caller to open its gate (a test on a
 * loaded machine may wait longer: _sitrep_suggest_gate_set_timeout (),
 * called before any run). */
static gint64 gate_timeout_us = 1 * G_USEC_PER_SEC;

void
_sitrep_suggest_gate_set_timeout (gint64 timeout_us)
{
  gate_timeout_us = timeout_us;
}

struct _SitrepSuggestGate
{
  gatomicrefcount ref_count;
  GMutex          mutex;
  GCond           cond;
  gboolean        open;
};

/**
 * sitrep_suggest_gate_new:
 *
 * A gate, closed: see sitrep_suggest_article_async ().
 */
SitrepSuggestGate *
sitrep_suggest_gate_new (void)
{
  SitrepSuggestGate *gate = g_new0 (SitrepSuggestGate, 1);

  g_atomic_ref_count_init (&gate->ref_count);
  g_mutex_init (&gate->mutex);
  g_cond_init (&gate->cond);
  return gate;
}

SitrepSuggestGate *
sitrep_suggest_gate_ref (SitrepSuggestGate *gate)
{
  g_return_val_if_fail (gate != NULL, NULL);

  g_atomic_ref_count_inc (&gate->ref_count);
  return gate;
}

void
sitrep_suggest_gate_unref (SitrepSuggestGate *gate)
{
  if (gate == NULL || !g_atomic_ref_count_dec (&gate->ref_count))
    return;
  g_mutex_clear (&gate->mutex);
  g_cond_clear (&gate->cond);
  g_free (gate);
}

/**
 * sitrep_suggest_gate_open:
 *
 * Lets the run waiting at @gate go on; any thread. Opening it again, or
 * before the run reaches it, is harmless.
 */
void
sitrep_suggest_gate_open (SitrepSuggestGate *gate)
{
  g_return_if_fail (gate != NULL);

  g_mutex_lock (&gate->mutex);
  gate->open = TRUE;
  g_cond_broadcast (&gate->cond);
  g_mutex_unlock (&gate->mutex);
}

/* On the worker: until @gate is open, or the timeout. */
static void
gate_wait (SitrepSuggestGate *gate)
{
  gint64 deadline = g_get_monotonic_time () + gate_timeout_us;

  g_mutex_lock (&gate->mutex);
  while (!gate->open)
    if (!g_cond_wait_until (&gate->cond, &gate->mutex, deadline))
      break;
  g_mutex_unlock (&gate->mutex);
}

/* Suggesting for articles */

typedef struct
{
  SitrepStore         *writer;     /* a connection of its own */
  GArray              *ids;        /* gint64 */
  GPtrArray           *listed;     /* one article's pending suggestions, read by the worker */
  GPtrArray           *incidents;  /* one article's pending incidents once saved, read by the worker */
  guint                n_suggested;
  guint                n_done;
  SitrepProgressRelay *relay;
  /* sitrep_suggest_article_async (): told what is saved before the save */
  SitrepSuggestionsListed listed_func;
  gpointer             listed_data;
  guint                first_start; /* the range whose suggestions are handed over first */
  guint                first_end;
  SitrepSuggestGate   *gate;       /* opened by the caller once it drew them; may be NULL */
  GMainContext        *context;    /* the caller's */
} SuggestJob;

static void
suggest_job_free (SuggestJob *job)
{
  g_clear_object (&job->writer);
  g_clear_pointer (&job->ids, g_array_unref);
  g_clear_pointer (&job->listed, g_ptr_array_unref);
  g_clear_pointer (&job->incidents, g_ptr_array_unref);
  g_clear_pointer (&job->relay, _sitrep_progress_relay_unref);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_clear_pointer (&job->gate, sitrep_suggest_gate_unref);
  g_free (job);
}

/* The list handed to the caller's context: an idle attached before the
 * task returns, at the task's priority, so it runs before the task's
 * callback. */
typedef struct
{
  SitrepSuggestionsListed func;
  gpointer                data;
  GPtrArray              *listed;
  gboolean                complete;
} Handover;

static gboolean
deliver_listed (gpointer data)
{
  Handover *handover = data;

  handover->func (g_steal_pointer (&handover->listed), handover->complete, handover->data);
  return G_SOURCE_REMOVE;
}

static void
handover_free (gpointer data)
{
  Handover *handover = data;

  g_clear_pointer (&handover->listed, g_ptr_array_unref);
  g_free (handover);
}

/* On the worker, inside the save's transaction. The first range's
 * suggestions are handed over first; the others are prepared and saved
 * once the caller has drawn them (the gate), so as not to compete with
 * that frame for the machine's cores. */
static void
on_listed (GPtrArray *listed,
           gboolean   complete,
           gpointer   data)
{
  SuggestJob *job = data;
  Handover *handover = g_new0 (Handover, 1);
  GSource *source = g_idle_source_new ();

  handover->func = job->listed_func;
  handover->data = job->listed_data;
  handover->listed = listed;
  handover->complete = complete;
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver_listed, handover, handover_free);
  g_source_set_static_name (source, "[sitrep] suggestions listed");
  g_source_attach (source, job->context);
  g_source_unref (source);
  if (!complete && job->gate != NULL)
    gate_wait (job->gate);
}

/* One article, its suggestions handed over before they are saved. */
static gboolean
suggest_one_early (SuggestJob       *job,
                   SitrepSuggester  *suggester,
                   gint64            article_id,
                   GCancellable     *cancellable,
                   GError          **error)
{
  g_autoptr(SitrepArticle) article = sitrep_store_get_article (job->writer, article_id, error);
  g_autoptr(SitrepSuggestResult) result = NULL;
  g_autofree char *body = NULL;
  SitrepSuggestionsHandover handover = { on_listed, job, job->first_start, job->first_end };

  if (article == NULL || (body = sitrep_store_get_article_body (job->writer, article_id, error)) == NULL ||
      !sitrep_suggester_use_annotations (suggester, article_id, error))
    return FALSE;
  sitrep_suggester_set_title (suggester, sitrep_article_get_title (article));
  result = sitrep_suggester_run (suggester, body, sitrep_article_get_published (article),
                                 sitrep_article_get_published_precision (article), cancellable);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  /* Once handed over, the save is not cancelled: the caller shows them. */
  return sitrep_store_save_suggestions_full (job->writer, article_id, result, &job->n_suggested, &handover, error);
}

static gboolean
suggest_all (SuggestJob    *job,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(SitrepSuggester) suggester = sitrep_suggester_new (job->writer, error);

  if (suggester == NULL)
    return FALSE;
  for (guint i = 0; i < job->ids->len; i++)
    {
      SitrepSuggestReport report = { 0 };
      g_autoptr(GError) local_error = NULL;

      if (before_article != NULL)
        before_article (i, cancellable, before_article_data);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (job->listed_func != NULL
          ? !suggest_one_early (job, suggester, g_array_index (job->ids, gint64, i), cancellable, &local_error)
          : !sitrep_suggest_article (job->writer, suggester, g_array_index (job->ids, gint64, i), FALSE, 0,
                                     &report, NULL, cancellable, &local_error))
        {
          /* Deleted meanwhile: nothing to suggest there. */
          if (g_error_matches (local_error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND))
            continue;
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      job->n_suggested += report.n_suggested;
      job->n_done++;
      /* One article: its suggestions are read back here, so the window only
       * shows them (a long article's thousands took the main thread a few
       * hundred ms to read); handed over before saving, they need not be. */
      if (job->ids->len == 1 && job->listed_func == NULL)
        {
          job->listed = sitrep_store_list_suggestions (job->writer, g_array_index (job->ids, gint64, 0), error);
          if (job->listed == NULL)
            return FALSE;
        }
      /* And its incidents, matched against the project's events: on a long
       * article that took the window's thread a few hundred ms. Left to the
       * caller (NULL) when they cannot be read here. */
      if (job->ids->len == 1)
        job->incidents = sitrep_store_list_proposed_incidents (job->writer, g_array_index (job->ids, gint64, 0), NULL);
      _sitrep_progress_relay_send_done_total (i + 1, job->ids->len, job->relay);
    }
  return TRUE;
}

static void
suggest_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;

  if (suggest_all (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
start_job (SitrepStore          *store,
           SuggestJob           *job,
           GCancellable         *cancellable,
           GAsyncReadyCallback   callback,
           gpointer              user_data)
{
  g_autoptr(GTask) task = g_task_new (store, cancellable, callback, user_data);
  GError *error = NULL;

  g_task_set_source_tag (task, sitrep_suggest_articles_async);
  g_task_set_task_data (task, job, (GDestroyNotify) suggest_job_free);
  /* The end reaches the caller whatever happens: it learns what was done. */
  g_task_set_check_cancellable (task, FALSE);
  job->writer = _sitrep_store_bulk_writer (store, &error);
  if (job->writer == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_run_in_thread (task, suggest_thread);
}

/**
 * sitrep_suggest_articles_async:
 * @progress: (nullable): called on the caller's main context after each article
 *
 * Runs Suggest on each of @ids in turn on a worker thread, writing on a
 * connection of its own: the caller's reads of @store go on meanwhile.
 * Articles deleted meanwhile are passed over. A cancel stops before the
 * next article; the suggestions already saved stay.
 */
void
sitrep_suggest_articles_async (SitrepStore            *store,
                               const gint64           *ids,
                               guint                   n_ids,
                               SitrepSuggestProgress   progress,
                               gpointer                progress_data,
                               GDestroyNotify          progress_destroy,
                               GCancellable           *cancellable,
                               GAsyncReadyCallback     callback,
                               gpointer                user_data)
{
  SuggestJob *job;

  g_return_if_fail (SITREP_IS_STORE (store));
  g_return_if_fail (ids != NULL || n_ids == 0);

  job = g_new0 (SuggestJob, 1);
  job->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids);
  g_array_append_vals (job->ids, ids, n_ids);
  job->relay = _sitrep_progress_relay_new_done_total (progress, progress_data, progress_destroy);
  start_job (store, job, cancellable, callback, user_data);
}

/**
 * sitrep_suggest_article_async:
 * @first_start: the start of the range (character offsets) whose
 *   suggestions are handed over first, such as the part of the text in view
 * @first_end: its end; @first_start for none
 * @gate: (nullable): once the first range's are handed over, the worker
 *   waits (a second at most) until the caller opens it, having drawn them
 * @listed: called on the caller's main context with the article's pending
 *   suggestions (transfer full) as soon as they are known, before they are
 *   saved; those over the first range first (not complete) when they are
 *   some but not all, then all of them (complete); before @callback
 * @listed_data: (closure): for @listed; the caller keeps it until @callback
 *
 * Suggest on one article, as sitrep_suggest_articles_async (), except that
 * its suggestions reach the caller before they are saved: their ids are
 * those they are saved under, so the caller can show them at once and act
 * on them once the run has ended without an error. Should the save fail,
 * the run ends with the error and none of them is saved. A cancel once they
 * were handed over does not stop the save. Finish with
 * sitrep_suggest_articles_finish () (its @listed is then NULL).
 */
void
sitrep_suggest_article_async (SitrepStore             *store,
                              gint64                   article_id,
                              guint                    first_start,
                              guint                    first_end,
                              SitrepSuggestGate       *gate,
                              SitrepSuggestionsListed  listed,
                              gpointer                 listed_data,
                              GCancellable            *cancellable,
                              GAsyncReadyCallback      callback,
                              gpointer                 user_data)
{
  SuggestJob *job;

  g_return_if_fail (SITREP_IS_STORE (store));
  g_return_if_fail (listed != NULL);

  job = g_new0 (SuggestJob, 1);
  job->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), 1);
  g_array_append_val (job->ids, article_id);
  job->relay = _sitrep_progress_relay_new_done_total (NULL, NULL, NULL);
  job->listed_func = listed;
  job->listed_data = listed_data;
  job->first_start = first_start;
  job->first_end = first_end;
  job->gate = gate != NULL ? sitrep_suggest_gate_ref (gate) : NULL;
  job->context = g_main_context_ref_thread_default ();
  start_job (store, job, cancellable, callback, user_data);
}

/**
 * sitrep_suggest_articles_finish:
 * @n_suggested: (out) (optional): the new pending suggestions saved
 * @n_done: (out) (optional): the articles gone through
 * @listed: (out) (optional) (transfer full): for one article, its pending
 *   suggestions (SitrepStoredSuggestion*) as they stand after the run; else NULL
 *
 * The figures are given also when the run failed or was cancelled.
 */
gboolean
sitrep_suggest_articles_finish (SitrepStore   *store,
                                GAsyncResult  *result,
                                guint         *n_suggested,
                                guint         *n_done,
                                GPtrArray    **listed,
                                GError       **error)
{
  SuggestJob *job;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_suggest_articles_async, FALSE);

  job = g_task_get_task_data (G_TASK (result));
  if (n_suggested != NULL)
    *n_suggested = job->n_suggested;
  if (n_done != NULL)
    *n_done = job->n_done;
  if (listed != NULL)
    *listed = g_steal_pointer (&job->listed);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * sitrep_suggest_articles_steal_incidents:
 * @result: the result of sitrep_suggest_articles_async () or
 *   sitrep_suggest_article_async ()
 *
 * For a run on one article that ended without an error: its pending
 * incidents (SitrepProposedIncident, as sitrep_store_list_proposed_incidents ()
 * lists them) read on the worker once saved; NULL when the run was on
 * several articles, failed, or could not read them. The caller owns them.
 */
GPtrArray *
sitrep_suggest_articles_steal_incidents (GAsyncResult *result)
{
  SuggestJob *job;

  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_suggest_articles_async, NULL);

  if (g_task_had_error (G_TASK (result)))
    return NULL;
  job = g_task_get_task_data (G_TASK (result));
  return g_steal_pointer (&job->incidents);
}

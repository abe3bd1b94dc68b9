/* sitrep-feeds-tasks.c — following a feed and checking the feeds on a worker thread
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-feeds"

#include "config.h"

#include "sitrep-progress-private.h"
#include "sitrep-feeds.h"

/* Following a feed */

static void
add_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  g_autoptr(SitrepFetcher) fetcher = sitrep_fetcher_new (30, 0);
  GError *error = NULL;
  gint64 id = sitrep_feeds_add (fetcher, source_object, task_data, cancellable, &error);

  if (id > 0)
    g_task_return_int (task, id);
  else
    g_task_return_error (task, error);
}

/**
 * sitrep_feeds_add_async:
 *
 * Subscribes to the feed at @url as sitrep_feeds_add () does, on a worker
 * thread.
 */
void
sitrep_feeds_add_async (SitrepStore         *store,
                        const char          *url,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SITREP_IS_STORE (store));
  g_return_if_fail (url != NULL);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_feeds_add_async);
  g_task_set_task_data (task, g_strdup (url), g_free);
  g_task_run_in_thread (task, add_thread);
}

gint64
sitrep_feeds_add_finish (SitrepStore   *store,
                         GAsyncResult  *result,
                         GError       **error)
{
  gssize id;

  g_return_val_if_fail (SITREP_IS_STORE (store), 0);
  g_return_val_if_fail (g_task_is_valid (result, store), 0);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_feeds_add_async, 0);

  id = g_task_propagate_int (G_TASK (result), error);
  return id > 0 ? id : 0;
}

/* Checking the feeds */

void
sitrep_feed_item_outcome_free (SitrepFeedItemOutcome *outcome)
{
  if (outcome == NULL)
    return;
  g_free (outcome->feed_title);
  g_free (outcome->item_link);
  g_free (outcome->message);
  g_free (outcome);
}

typedef struct
{
  gint64               feed_id;
  guint                pause_ms;
  int                  added;
  GPtrArray           *items;   /* SitrepFeedItemOutcome */
  SitrepProgressRelay *relay;
} CheckJob;

static void
check_job_free (CheckJob *job)
{
  g_clear_pointer (&job->items, g_ptr_array_unref);
  g_clear_pointer (&job->relay, _sitrep_progress_relay_unref);
  g_free (job);
}

static void
deliver_started (GCallback      callback,
                 gpointer       callback_data,
                 const guint64 *values,
                 const char    *text)
{
  ((SitrepFeedStarted) callback) ((guint) values[0], (guint) values[1], text, callback_data);
}

/* In the worker thread: passed on to the caller's context. */
static void
on_feed_started (guint       index,
                 guint       total,
                 const char *feed_title,
                 gpointer    user_data)
{
  CheckJob *job = user_data;
  const guint64 values[] = { index, total };

  _sitrep_progress_relay_send_text (job->relay, values, G_N_ELEMENTS (values), feed_title);
}

static void
on_item_report (const char *feed_title,
                const char *item_link,
                gint64      article_id,
                const char *message,
                gpointer    user_data)
{
  CheckJob *job = user_data;
  SitrepFeedItemOutcome *outcome = g_new0 (SitrepFeedItemOutcome, 1);

  outcome->feed_title = g_strdup (feed_title);
  outcome->item_link = g_strdup (item_link);
  outcome->article_id = article_id;
  outcome->message = g_strdup (message);
  g_ptr_array_add (job->items, outcome);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CheckJob *job = task_data;
  g_autoptr(SitrepFetcher) fetcher = sitrep_fetcher_new (30, 0);
  GError *error = NULL;

  job->added = sitrep_feeds_check_full (fetcher, source_object, job->feed_id, job->pause_ms, on_feed_started,
                                        on_item_report, job, cancellable, &error);
  if (g_task_return_error_if_cancelled (task))
    g_clear_error (&error);
  else if (job->added < 0)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * sitrep_feeds_check_async:
 * @started: (nullable): called on the caller's main context before each feed
 *
 * Checks feed @id (0: every feed) as sitrep_feeds_check_full () does, on a
 * worker thread. A cancel stops it; the articles already added stay.
 */
void
sitrep_feeds_check_async (SitrepStore         *store,
                          gint64               id,
                          guint                pause_ms,
                          SitrepFeedStarted    started,
                          gpointer             started_data,
                          GDestroyNotify       started_destroy,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CheckJob *job;

  g_return_if_fail (SITREP_IS_STORE (store));

  job = g_new0 (CheckJob, 1);
  job->feed_id = id;
  job->pause_ms = pause_ms;
  job->items = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_feed_item_outcome_free);
  job->relay = _sitrep_progress_relay_new_with_text (G_CALLBACK (started), started_data, started_destroy,
                                                     deliver_started);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_feeds_check_async);
  g_task_set_task_data (task, job, (GDestroyNotify) check_job_free);
  g_task_run_in_thread (task, check_thread);
}

gboolean
sitrep_feeds_check_finish (SitrepStore   *store,
                           GAsyncResult  *result,
                           guint         *n_added,
                           GPtrArray    **items,
                           GError       **error)
{
  CheckJob *job;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_feeds_check_async, FALSE);

  job = g_task_get_task_data (G_TASK (result));
  if (n_added != NULL)
    *n_added = (guint) MAX (job->added, 0);
  if (items != NULL)
    *items = g_steal_pointer (&job->items);
  return g_task_propagate_boolean (G_TASK (result), error);
}

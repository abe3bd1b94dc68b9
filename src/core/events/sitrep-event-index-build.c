/* sitrep-event-index-build.c — a view's arrays made from the event index in a worker, with the edits that came meanwhile
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-event-index"

#include "config.h"

#include "sitrep-event-index-build.h"

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

/* How much lower than the main thread's the workers' priority is (nice). */
#define WORKER_NICENESS 10

static gboolean low_priority = TRUE;

typedef struct
{
  GWeakRef              owner;
  SitrepIndexBuild     *build;     /* in the owner: only read while it is alive */
  gpointer              data;
  GDestroyNotify        data_free;
  SitrepIndexBuildWork  work;
  SitrepIndexBuildDone  done;
} Job;

static void
job_free (gpointer user_data)
{
  Job *job = user_data;

  g_weak_ref_clear (&job->owner);
  if (job->data_free != NULL)
    g_clear_pointer (&job->data, job->data_free);
  g_free (job);
}

void
sitrep_index_build_init (SitrepIndexBuild *self)
{
  g_return_if_fail (self != NULL);

  self->running = NULL;
  self->pending = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

void
sitrep_index_build_cancel (SitrepIndexBuild *self)
{
  g_return_if_fail (self != NULL);

  if (self->running != NULL)
    g_cancellable_cancel (self->running);
  g_clear_object (&self->running);
  if (self->pending != NULL)
    g_hash_table_remove_all (self->pending);
}

void
sitrep_index_build_clear (SitrepIndexBuild *self)
{
  g_return_if_fail (self != NULL);

  sitrep_index_build_cancel (self);
  g_clear_pointer (&self->pending, g_hash_table_unref);
}

gboolean
sitrep_index_build_is_running (const SitrepIndexBuild *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->running != NULL;
}

gboolean
sitrep_index_build_hold (SitrepIndexBuild *self,
                         const gint64     *ids,
                         guint             n_ids)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  if (self->running == NULL)
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    g_hash_table_add (self->pending, g_memdup2 (&ids[i], sizeof ids[i]));
  return TRUE;
}

/* A worker of the pool takes the priority asked once (a thread can lower
 * its own priority, not raise it again: the benchmark's "as before" runs
 * come first). */
static void
lower_priority (void)
{
#ifdef __linux__
  static GPrivate lowered;

  if (!low_priority || g_private_get (&lowered) != NULL)
    return;
  g_private_set (&lowered, GINT_TO_POINTER (1));
  /* Per thread on Linux; failing leaves it at the main thread's. */
  (void) setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid),
                      getpriority (PRIO_PROCESS, 0) + WORKER_NICENESS);
#endif
}

/* Each item is a GTask (with a Job) or a Freeing. */
typedef struct
{
  gpointer       data;
  GDestroyNotify free;
} Freeing;

static void
pool_run (gpointer item,
          gpointer unused)
{
  lower_priority ();
  if (G_IS_TASK (item))
    {
      GTask *task = item;
      Job *job = g_task_get_task_data (task);

      if (!g_task_return_error_if_cancelled (task))
        {
          job->work (job->data, g_task_get_cancellable (task));
          g_task_return_boolean (task, TRUE);
        }
      g_object_unref (task);
    }
  else
    {
      Freeing *f = item;

      f->free (f->data);
      g_free (f);
    }
}

static GThreadPool *
get_pool (void)
{
  static GThreadPool *pool;

  if (g_once_init_enter (&pool))
    {
      /* Two: the map's and the timeline's builds side by side. Exclusive:
       * a thread of lower priority never serves GLib's other pools. */
      GThreadPool *p = g_thread_pool_new (pool_run, NULL, 2, TRUE, NULL);

      g_once_init_leave (&pool, p);
    }
  return pool;
}

void
sitrep_index_build_free_later (gpointer       data,
                               GDestroyNotify free)
{
  Freeing *f;

  g_return_if_fail (free != NULL);

  if (data == NULL)
    return;
  f = g_new (Freeing, 1);
  f->data = data;
  f->free = free;
  g_thread_pool_push (get_pool (), f, NULL);
}

void
_sitrep_index_build_set_low_priority (gboolean low)
{
  low_priority = low;
}

static void
on_work_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GObject) owner = g_weak_ref_get (&job->owner);
  g_autoptr(GArray) pending = NULL;
  SitrepIndexBuild *self;
  GHashTableIter iter;
  gpointer id;

  /* Gone, cancelled, or a newer build (or a load at once) took its place. */
  if (owner == NULL || !g_task_propagate_boolean (G_TASK (result), NULL) ||
      g_task_get_cancellable (G_TASK (result)) != job->build->running)
    return;
  self = job->build;
  g_clear_object (&self->running);
  pending = g_array_sized_new (FALSE, FALSE, sizeof (gint64), g_hash_table_size (self->pending));
  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    g_array_append_vals (pending, id, 1);
  g_hash_table_remove_all (self->pending);
  job->done (owner, job->data, (const gint64 *) (gpointer) pending->data, pending->len);
}

void
sitrep_index_build_start (SitrepIndexBuild     *self,
                          gpointer              owner,
                          gpointer              data,
                          GDestroyNotify        data_free,
                          SitrepIndexBuildWork  work,
                          SitrepIndexBuildDone  done)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (self != NULL);
  g_return_if_fail (G_IS_OBJECT (owner));
  g_return_if_fail (work != NULL && done != NULL);

  sitrep_index_build_cancel (self);
  self->running = g_cancellable_new ();
  job = g_new0 (Job, 1);
  g_weak_ref_init (&job->owner, owner);
  job->build = self;
  job->data = data;
  job->data_free = data_free;
  job->work = work;
  job->done = done;
  task = g_task_new (NULL, self->running, on_work_done, NULL);
  g_task_set_source_tag (task, sitrep_index_build_start);
  g_task_set_task_data (task, job, job_free);
  g_thread_pool_push (get_pool (), g_steal_pointer (&task), NULL);
}

/* sitrep-store-tasks.c — the project file's long work on a worker thread: salvaging a damaged
 * project
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"


#include "sitrep-store.h"

/* Salvages, then reads back what the copy says could not be kept. */
static void
salvage_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  char **paths = data;
  g_autoptr(SitrepStore) copy = NULL;
  GError *error = NULL;
  char *report;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (!sitrep_store_salvage (paths[0], paths[1], &error))
    {
      g_task_return_error (task, error);
      return;
    }
  copy = sitrep_store_open (paths[1], SITREP_STORE_OPEN_READ_ONLY, NULL);
  report = copy != NULL ? sitrep_store_get_meta (copy, "salvage_report") : NULL;
  if (copy != NULL)
    sitrep_store_close (copy);
  g_task_return_pointer (task, report != NULL ? report : g_strdup (""), g_free);
}

/**
 * sitrep_store_salvage_async:
 * @path: a damaged project
 * @dest_path: a new file for the salvaged copy
 *
 * sitrep_store_salvage() on a worker thread. A cancel before the copy is begun leaves
 * nothing written; once begun, the copy is completed (it is a new file, the damaged one is
 * never changed).
 */
void
sitrep_store_salvage_async (const char          *path,
                            const char          *dest_path,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  char **paths;

  g_return_if_fail (path != NULL);
  g_return_if_fail (dest_path != NULL);

  paths = g_new0 (char *, 3);
  paths[0] = g_strdup (path);
  paths[1] = g_strdup (dest_path);
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_store_salvage_async);
  g_task_set_task_data (task, paths, (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, salvage_thread);
}

/**
 * sitrep_store_salvage_finish:
 *
 * Returns: (transfer full): what the salvaged copy says could not be kept, "" when
 * everything was, or %NULL with @error set (G_IO_ERROR_CANCELLED after a cancel).
 */
char *
sitrep_store_salvage_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_store_salvage_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* sitrep-exchange-tasks.c — annotations exported to a file or imported from one, on a worker thread
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-exchange"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-exchange.h"
#include "sitrep-io.h"

typedef struct
{
  SitrepExchangeFormat  format;
  char                 *annotator;
  GFile                *file;
  gboolean              zip;
  SitrepSpansReport     spans;
} ExchangeTask;

static void
exchange_task_free (ExchangeTask *job)
{
  g_free (job->annotator);
  g_clear_object (&job->file);
  sitrep_spans_report_clear (&job->spans);
  g_free (job);
}

/* One file (doccano, Label Studio, CoNLL): a new file beside the target,
 * renamed over it only when complete, so a failed, cancelled or killed
 * export leaves the old file as it was and no half file. */
static gboolean
export_one_file (SitrepStore   *store,
                 ExchangeTask  *job,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autofree char *path = g_file_get_path (job->file);
  g_autoptr(SitrepAtomicFile) out = NULL;
  g_autoptr(GOutputStream) buffered = NULL;

  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Sitrep writes exports only to folders on this computer."));
      return FALSE;
    }
  out = sitrep_atomic_file_new (path, error);
  if (out == NULL)
    return FALSE;
  buffered = g_buffered_output_stream_new_sized (sitrep_atomic_file_get_stream (out), 256 * 1024);
  g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (buffered), FALSE);
  return sitrep_exchange_export (store, job->format, job->annotator, buffered, cancellable, error) &&
         g_output_stream_close (buffered, cancellable, error) &&
         sitrep_atomic_file_commit (g_steal_pointer (&out), error);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SitrepStore *store = source_object;
  ExchangeTask *job = task_data;
  GError *error = NULL;
  gboolean ok;

  if (sitrep_exchange_format_is_folder (job->format) && job->zip)
    ok = sitrep_exchange_export_zip (store, job->format, job->annotator, job->file, cancellable, &error);
  else if (sitrep_exchange_format_is_folder (job->format))
    ok = sitrep_exchange_export_folder (store, job->format, job->annotator, job->file, cancellable, &error);
  else
    ok = export_one_file (store, job, cancellable, &error);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * sitrep_exchange_export_file_async:
 * @annotator: (nullable): whose annotations; %NULL for everyone's
 * @file: the file, or for brat and WebAnno TSV the folder (or, with @zip, the zip)
 *
 * Exports on a worker thread. Each way of writing replaces the target only
 * when complete: a failed or cancelled export leaves it as it was.
 */
void
sitrep_exchange_export_file_async (SitrepStore          *store,
                                   SitrepExchangeFormat  format,
                                   const char           *annotator,
                                   GFile                *file,
                                   gboolean              zip,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  ExchangeTask *job;

  g_return_if_fail (SITREP_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (ExchangeTask, 1);
  job->format = format;
  job->annotator = g_strdup (annotator);
  job->file = g_object_ref (file);
  job->zip = zip;
  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_exchange_export_file_async);
  g_task_set_task_data (task, job, (GDestroyNotify) exchange_task_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
sitrep_exchange_export_file_finish (SitrepStore   *store,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_exchange_export_file_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExchangeTask *job = task_data;
  GError *error = NULL;

  if (sitrep_exchange_import (SITREP_STORE (source_object), job->format, job->file, job->annotator, &job->spans,
                              cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * sitrep_exchange_import_async:
 *
 * sitrep_exchange_import() on a worker thread; the report is handed over
 * by _finish.
 */
void
sitrep_exchange_import_async (SitrepStore          *store,
                              SitrepExchangeFormat  format,
                              GFile                *file,
                              const char           *annotator,
                              GCancellable         *cancellable,
                              GAsyncReadyCallback   callback,
                              gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  ExchangeTask *job;

  g_return_if_fail (SITREP_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (ExchangeTask, 1);
  job->format = format;
  job->annotator = g_strdup (annotator);
  job->file = g_object_ref (file);
  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_exchange_import_async);
  g_task_set_task_data (task, job, (GDestroyNotify) exchange_task_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * sitrep_exchange_import_finish:
 * @report: (out caller-allocates): spans added and the parts that could not
 *   be used; clear it with sitrep_spans_report_clear()
 */
gboolean
sitrep_exchange_import_finish (SitrepStore        *store,
                               GAsyncResult       *result,
                               SitrepSpansReport  *report,
                               GError            **error)
{
  ExchangeTask *job;

  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_exchange_import_async, FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  job = g_task_get_task_data (G_TASK (result));
  *report = job->spans;
  memset (&job->spans, 0, sizeof job->spans);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* sitrep-export-file.c — an export written to a file on a worker thread: events or spans, through a
 * new file renamed over the target only when complete
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sitrep-export.h"
#include "sitrep-io.h"
#include "sitrep-spans.h"
#include "sitrep-store-events.h"

typedef struct
{
  char  *format;
  GFile *file;
  gboolean include_suggestions;
  guint  n_events;
  guint  n_unplaced;
} ExportTask;

static void
export_task_free (ExportTask *job)
{
  g_clear_object (&job->file);
  g_free (job->format);
  g_free (job);
}

static gboolean
format_is_known (const char *format)
{
  SitrepExportFormat event_format;

  return g_strcmp0 (format, "spans-jsonl") == 0 ||
         sitrep_export_format_from_string (format, &event_format);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  SitrepStore *store = source;
  ExportTask *job = data;
  g_autoptr(SitrepAtomicFile) file = NULL;
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (job->file);
  SitrepExportFormat format;
  gboolean ok;

  if (g_task_return_error_if_cancelled (task))
    return;
  /* A new file beside the target, renamed over it only when complete. */
  if (path == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("Sitrep writes exports only to folders on this computer."));
  else
    file = sitrep_atomic_file_new (path, &error);
  if (file == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  out = g_buffered_output_stream_new_sized (sitrep_atomic_file_get_stream (file), 64 * 1024);
  g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (out), FALSE);

  if (g_strcmp0 (job->format, "spans-jsonl") == 0)
    ok = sitrep_spans_export_full (store, out, job->include_suggestions, cancellable, &error);
  else if (sitrep_export_format_from_string (job->format, &format))
    ok = sitrep_export_events (store, format, out, &job->n_unplaced, cancellable, &error);
  else
    g_assert_not_reached ();

  job->n_events = sitrep_store_count_events (store);
  ok = ok && !g_cancellable_set_error_if_cancelled (cancellable, &error);
  ok = ok && g_output_stream_close (out, cancellable, &error);
  ok = ok && sitrep_atomic_file_commit (g_steal_pointer (&file), &error);
  if (!ok)
    {
      /* The target is left as it was: the new file is removed with @file. */
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The export could not be written"));
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * sitrep_export_to_file_async:
 * @format: "acled-csv", "ucdp-csv", "geojson", "events-jsonl" or "spans-jsonl"
 * @file: where to write; a file there is replaced only when the export is complete
 *
 * Writes every event of @store (or every span, for "spans-jsonl") to @file on a worker
 * thread. A cancel, or any failure, leaves @file as it was.
 */
void
sitrep_export_to_file_async (SitrepStore         *store,
                             const char          *format,
                             GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  sitrep_export_to_file_full_async (store, format, FALSE, file, cancellable, callback, user_data);
}

/**
 * sitrep_export_to_file_full_async:
 * @include_suggestions: for "spans-jsonl", each article's pending suggestions
 *   after its annotations, as `sitrep-cli export --include-suggestions` writes them
 *
 * As sitrep_export_to_file_async (); finish with sitrep_export_to_file_finish ().
 */
void
sitrep_export_to_file_full_async (SitrepStore         *store,
                                  const char          *format,
                                  gboolean             include_suggestions,
                                  GFile               *file,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportTask *job;

  g_return_if_fail (SITREP_IS_STORE (store));
  g_return_if_fail (format_is_known (format));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (ExportTask, 1);
  job->format = g_strdup (format);
  job->include_suggestions = include_suggestions;
  job->file = g_object_ref (file);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_export_to_file_async);  /* both start the same task */
  g_task_set_task_data (task, job, (GDestroyNotify) export_task_free);
  g_task_run_in_thread (task, export_thread);
}

/**
 * sitrep_export_to_file_finish:
 * @n_events: (out) (optional): the events in the project when it was written
 * @n_unplaced: (out) (optional): the events left out: GeoJSON's without coordinates, the CSVs' without a date
 *
 * Returns: %TRUE when @file was written, %FALSE with @error set (G_IO_ERROR_CANCELLED
 * after a cancel) when it was left as it was.
 */
gboolean
sitrep_export_to_file_finish (SitrepStore   *store,
                              GAsyncResult  *result,
                              guint         *n_events,
                              guint         *n_unplaced,
                              GError       **error)
{
  ExportTask *job;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_export_to_file_async, FALSE);

  job = g_task_get_task_data (G_TASK (result));
  if (n_events != NULL)
    *n_events = job->n_events;
  if (n_unplaced != NULL)
    *n_unplaced = job->n_unplaced;
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* sitrep-story-export-file.c — the story handout written to files: the PDF, the PNGs, in a thread
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-story"

#include "config.h"

#include <errno.h>
#include <math.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sitrep-io.h"
#include "sitrep-progress-private.h"
#include "sitrep-story-export.h"

/* ---------------------------------------------------------------- export */

static gboolean
write_failed (GError     **error,
              const char  *path,
              const char  *why)
{
  g_set_error (error, SITREP_STORY_EXPORT_ERROR, SITREP_STORY_EXPORT_ERROR_WRITE,
               _("Could not write “%s”: %s. Check that the folder exists and that you may write there."),
               path, why);
  return FALSE;
}

/* @local already names the file and says what happened. */
static gboolean
write_failed_io (GError **error,
                 GError  *local)
{
  g_set_error_literal (error, SITREP_STORY_EXPORT_ERROR, SITREP_STORY_EXPORT_ERROR_WRITE,
                       local->message);
  return FALSE;
}

static gboolean
write_pdf (SitrepStoryCard * const  *cards,
           guint                     n_cards,
           const char               *title,
           const char               *story_title,
           const char               *path,
           SitrepStoryExportProgress progress,
           gpointer                  user_data,
           guint                     total,
           GCancellable             *cancellable,
           GError                  **error)
{
  g_autoptr(SitrepAtomicFile) file = NULL;
  g_autoptr(GError) local = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  gboolean cancelled = FALSE;

  /* A new file beside the target, renamed over it when complete. */
  file = sitrep_atomic_file_new (path, &local);
  if (file == NULL)
    return write_failed_io (error, local);
  surface = cairo_pdf_surface_create_for_stream (sitrep_atomic_file_cairo_write, file,
                                                 SITREP_STORY_PAGE_WIDTH, SITREP_STORY_PAGE_HEIGHT);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      status = cairo_surface_status (surface);
      cairo_surface_destroy (surface);
      return write_failed (error, path, cairo_status_to_string (status));
    }
  {
    g_autofree char *valid_title = g_utf8_make_valid (story_title != NULL ? story_title : _("Incidents"), -1);

    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, valid_title);
  }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Sitrep " VERSION);

  cr = cairo_create (surface);
  if (title != NULL && *title != '\0')
    {
      sitrep_story_draw_title (cr, cards, n_cards, title);
      cairo_show_page (cr);
    }
  for (guint i = 0; i < n_cards && !cancelled; i++)
    {
      cancelled = g_cancellable_is_cancelled (cancellable);
      if (cancelled)
        break;
      sitrep_story_draw_step (cr, cards, n_cards, i, story_title);
      cairo_show_page (cr);
      if (progress != NULL)
        progress (i + 1, total, user_data);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (cancelled)
    return !g_cancellable_set_error_if_cancelled (cancellable, error);
  /* a failed write (a full disk) is said in words by the commit */
  if (status != CAIRO_STATUS_SUCCESS && status != CAIRO_STATUS_WRITE_ERROR)
    return write_failed (error, path, cairo_status_to_string (status));
  if (!sitrep_atomic_file_commit (g_steal_pointer (&file), &local))
    return write_failed_io (error, local);
  return TRUE;
}

static gboolean
write_png (SitrepStoryCard * const *cards,
           guint                    n_cards,
           guint                    index,
           const char              *story_title,
           double                   dpi,
           const char              *path,
           GError                 **error)
{
  g_autoptr(SitrepAtomicFile) file = NULL;
  g_autoptr(GError) local = NULL;
  double scale = dpi / 72.0;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                        (int) ceil (SITREP_STORY_PAGE_WIDTH * scale),
                                        (int) ceil (SITREP_STORY_PAGE_HEIGHT * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  sitrep_story_draw_step (cr, cards, n_cards, index, story_title);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    {
      file = sitrep_atomic_file_new (path, &local);
      if (file == NULL)
        {
          cairo_surface_destroy (surface);
          return write_failed_io (error, local);
        }
      status = cairo_surface_write_to_png_stream (surface, sitrep_atomic_file_cairo_write, file);
    }
  cairo_surface_destroy (surface);
  /* a failed write (a full disk) is said in words by the commit */
  if (status != CAIRO_STATUS_SUCCESS && status != CAIRO_STATUS_WRITE_ERROR)
    return write_failed (error, path, cairo_status_to_string (status));
  if (!sitrep_atomic_file_commit (g_steal_pointer (&file), &local))
    return write_failed_io (error, local);
  return TRUE;
}

gboolean
sitrep_story_export (SitrepStore                     *store,
                     const SitrepStoryExportOptions  *options,
                     SitrepStoryExportProgress        progress,
                     gpointer                         user_data,
                     guint                           *n_steps,
                     GCancellable                    *cancellable,
                     GError                         **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  const char *story_title;
  double dpi;
  guint total, done = 0;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  ids = sitrep_story_get_event_ids (store, options->story, error);
  if (ids == NULL)
    return FALSE;
  if (ids->len == 0)
    {
      g_set_error_literal (error, SITREP_STORY_EXPORT_ERROR, SITREP_STORY_EXPORT_ERROR_EMPTY,
                           options->story != NULL
                             ? _("This story has no steps yet. Add events to it, then export again.")
                             : _("This project has no events yet. Code some incidents, then export again."));
      return FALSE;
    }

  cards = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_story_card_free);
  for (guint i = 0; i < ids->len; i++)
    {
      SitrepStoryCard *card = sitrep_story_card_new (store, g_array_index (ids, gint64, i), error);

      if (card == NULL)
        return FALSE;
      g_ptr_array_add (cards, card);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }

  story_title = options->story;
  if (story_title == NULL)
    story_title = options->title != NULL && *options->title != '\0' ? options->title : NULL;
  dpi = options->png_dpi > 0 ? options->png_dpi : 300;
  total = (options->pdf_path != NULL ? cards->len : 0) + (options->png_dir != NULL ? cards->len : 0);

  if (options->pdf_path != NULL)
    {
      if (!write_pdf ((SitrepStoryCard * const *) cards->pdata, cards->len, options->title, story_title,
                      options->pdf_path, progress, user_data, total, cancellable, error))
        return FALSE;
      done = cards->len;
    }

  if (options->png_dir != NULL)
    {
      if (g_mkdir_with_parents (options->png_dir, 0755) != 0)
        {
          int saved = errno;
          return write_failed (error, options->png_dir, g_strerror (saved));
        }
      for (guint i = 0; i < cards->len; i++)
        {
          g_autofree char *name = g_strdup_printf ("step-%03u.png", i + 1);
          g_autofree char *path = g_build_filename (options->png_dir, name, NULL);

          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (!write_png ((SitrepStoryCard * const *) cards->pdata, cards->len, i, story_title, dpi, path,
                          error))
            return FALSE;
          if (progress != NULL)
            progress (++done, total, user_data);
        }
    }

  if (n_steps != NULL)
    *n_steps = cards->len;
  return TRUE;
}

typedef struct
{
  char *story;
  char *title;
  char *pdf_path;
  char *png_dir;
  double png_dpi;
  SitrepProgressRelay *relay;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_free (data->story);
  g_free (data->title);
  g_free (data->pdf_path);
  g_free (data->png_dir);
  g_clear_pointer (&data->relay, _sitrep_progress_relay_unref);
  g_free (data);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  SitrepStoryExportOptions options = { data->story, data->title, data->pdf_path, data->png_dir,
                                       data->png_dpi };
  GError *error = NULL;
  guint n = 0;

  if (sitrep_story_export (source_object, &options, _sitrep_progress_relay_send_done_total, data->relay, &n, cancellable, &error))
    g_task_return_int (task, n);
  else
    g_task_return_error (task, error);
}

/**
 * sitrep_story_export_async:
 * @progress: (nullable): called on the caller's main context as steps are drawn
 *
 * Writes the story handout as sitrep_story_export() does, on a worker thread.
 */
void
sitrep_story_export_async (SitrepStore                     *store,
                           const SitrepStoryExportOptions  *options,
                           SitrepStoryExportProgress        progress,
                           gpointer                         progress_data,
                           GDestroyNotify                   progress_destroy,
                           GCancellable                    *cancellable,
                           GAsyncReadyCallback              callback,
                           gpointer                         user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  g_return_if_fail (SITREP_IS_STORE (store));
  g_return_if_fail (options != NULL);

  data = g_new0 (ExportData, 1);
  data->story = g_strdup (options->story);
  data->title = g_strdup (options->title);
  data->pdf_path = g_strdup (options->pdf_path);
  data->png_dir = g_strdup (options->png_dir);
  data->png_dpi = options->png_dpi;
  data->relay = _sitrep_progress_relay_new_done_total (progress, progress_data, progress_destroy);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_story_export_async);
  /* The result says what happened: a cancel that came too late to stop
   * it does not hide that it was done. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
sitrep_story_export_finish (SitrepStore   *store,
                            GAsyncResult  *result,
                            guint         *n_steps,
                            GError       **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_story_export_async, FALSE);

  n = g_task_propagate_int (G_TASK (result), error);
  if (n < 0)
    return FALSE;
  if (n_steps != NULL)
    *n_steps = (guint) n;
  return TRUE;
}

/* sitrep-window-exchange.c — the window's event exchange: exports (ACLED, UCDP, GeoJSON, JSON Lines) and UCDP import
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sitrep-export.h"
#include "sitrep-io.h"
#include "sitrep-spans.h"
#include "sitrep-ucdp.h"
#include "sitrep-window-private.h"
#include "sitrep-window-test-private.h"

/* Exports */

typedef struct
{
  SitrepWindow *window;
  char         *format;
  GFile        *file;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->file);
  g_free (job->format);
  g_free (job);
}

static const struct
{
  const char *format;
  const char *name;
  const char *suffix;
  const char *extension; /* the files the dialog lists: not the project's -wal and -shm */
} export_formats[] = {
  { "acled-csv", N_("ACLED CSV"), "-acled.csv", "csv" },
  { "ucdp-csv", N_("UCDP CSV"), "-ucdp.csv", "csv" },
  { "geojson", N_("GeoJSON"), "-events.geojson", "geojson" },
  { "events-jsonl", N_("Events JSON Lines"), "-events.jsonl", "jsonl" },
  { "spans-jsonl", N_("Spans JSON Lines"), "-spans.jsonl", "jsonl" },
};

static int
find_export_format (const char *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (export_formats); i++)
    if (g_strcmp0 (export_formats[i].format, format) == 0)
      return (int) i;
  return -1;
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  ExportJob *job = data;
  SitrepWindow *self = job->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (job->file);
  g_autofree char *toast = NULL;
  guint n_events = 0, n_unplaced = 0;
  gboolean ok;

  ok = sitrep_export_to_file_finish (SITREP_STORE (source), result, &n_events, &n_unplaced, &error);
  /* The window was closed while the export ran. */
  if (self->events == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      export_job_free (job);
      return;
    }

  self->exporting = FALSE;
  _sitrep_window_update_actions (self);

  if (!ok)
    {
      toast = g_strdup_printf (_("Could not export to “%s”: %s"), name, error->message);
      sitrep_window_show_toast (self, toast);
      export_job_free (job);
      return;
    }

  if (g_strcmp0 (job->format, "geojson") == 0 && n_unplaced > 0)
    toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Exported to “%s”; %'u event has no coordinates and is not in it",
                                          "Exported to “%s”; %'u events have no coordinates and are not in it",
                                          n_unplaced),
                             name, n_unplaced);
  else if (g_str_has_suffix (job->format, "-csv") && n_unplaced > 0)
    toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Exported to “%s”; %'u event has no date and is not in it",
                                          "Exported to “%s”; %'u events have no date and are not in it",
                                          n_unplaced),
                             name, n_unplaced);
  else if (g_strcmp0 (job->format, "spans-jsonl") == 0)
    toast = g_strdup_printf (_("Exported the spans to “%s”"), name);
  else
    toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %'u event to “%s”",
                                          "Exported %'u events to “%s”", n_events),
                             n_events, name);
  {
    g_autofree char *uri = g_file_get_uri (job->file);

    /* The file in the program that opens its kind, as after the handout. */
    sitrep_window_show_toast_with_button (self, toast, _("_Open"), "win.open-exported", g_variant_new_string (uri));
  }
  export_job_free (job);
}

static void
export_to (SitrepWindow *self,
           const char   *format,
           gboolean      include_suggestions,
           GFile        *file)
{
  ExportJob *job;

  if (find_export_format (format) < 0)
    {
      g_warning ("No export format “%s”", format);
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->window = g_object_ref (self);
  job->format = g_strdup (format);
  job->file = g_object_ref (file);

  self->exporting = TRUE;
  _sitrep_window_update_actions (self);

  sitrep_export_to_file_full_async (self->store, format, include_suggestions, file, self->cancellable,
                                    on_export_done, job);
}

static void
on_export_chooser_response (GtkNativeDialog *chooser,
                            int              response,
                            SitrepWindow    *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      const char *format = g_object_get_data (G_OBJECT (chooser), "format");
      const char *with = g_strcmp0 (format, "spans-jsonl") == 0
                         ? gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "include-suggestions")
                         : NULL;

      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (file != NULL)
        export_to (self, format, g_strcmp0 (with, "true") == 0, file);
    }
  g_object_unref (chooser);
}

/* UCDP import: core's sitrep_ucdp_import_file_async on the window's import
 * cancellable (the Cancel button beside the progress bar, and the window's
 * dispose, cancel it). */

typedef struct
{
  SitrepWindow *window;
  GCancellable *cancellable;
  guint         last_percent;
} ImportProgress;

static void
import_progress_free (gpointer data)
{
  ImportProgress *p = data;

  g_object_unref (p->window);
  g_object_unref (p->cancellable);
  g_free (p);
}

static void
on_import_progress (guint    done,
                    guint    total,
                    gpointer data)
{
  ImportProgress *p = data;
  SitrepWindow *self = p->window;
  guint percent = total > 0 ? (guint) ((guint64) done * 100 / total) : 0;
  g_autofree char *label = NULL;

  if (self->import_cancellable != p->cancellable || g_cancellable_is_cancelled (p->cancellable) ||
      self->progress_bar == NULL || (percent == p->last_percent && done != total))
    return;
  p->last_percent = percent;
  label = g_strdup_printf (_("Importing events… %'u of %'u"), done, total);
  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) done / total : 0.0);
  gtk_label_set_label (self->progress_label, label);
}

static void
on_import_done (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  g_autoptr(SitrepWindow) self = data;
  SitrepUcdpReport report = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;
  gboolean ok;

  ok = sitrep_ucdp_import_file_finish (SITREP_STORE (source), result, &report, &error);
  g_clear_object (&self->import_cancellable);
  self->cancelling_label = NULL;
  /* The window was closed while the import ran: it was cancelled. */
  if (self->events == NULL)
    {
      sitrep_ucdp_report_clear (&report);
      return;
    }
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_import_button), TRUE);
  _sitrep_window_update_actions (self);

  if (!ok)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast = g_strdup (_("Import cancelled: the project is as it was"));
      else
        toast = g_strdup_printf (_("Could not import events: %s"), error->message);
    }
  else if (report.problems != NULL && report.problems->len > 0)
    toast = g_strdup_printf (_("Imported %'u of %'u events; %'u rows could not be read"),
                             report.n_imported, report.n_rows, report.problems->len);
  else
    toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %'u event", "Imported %'u events",
                                          report.n_imported),
                             report.n_imported);
  sitrep_ucdp_report_clear (&report);
  sitrep_window_show_toast (self, toast);
  if (ok)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-events", NULL);
}

static void
import_events_from (SitrepWindow *self,
                    GFile        *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *label = g_strdup_printf (_("Importing events from “%s”…"), name);
  ImportProgress *progress;

  if (self->import_cancellable != NULL)
    return;

  self->import_cancellable = sitrep_window_new_cancellable (self);
  /* All or nothing: nothing stays of a cancelled import. */
  _sitrep_window_set_cancel_texts (self, N_("Stop importing the events; the project stays as it was"),
                                   N_("Cancelling… the project stays as it was"));
  progress = g_new0 (ImportProgress, 1);
  progress->window = g_object_ref (self);
  progress->cancellable = g_object_ref (self->import_cancellable);
  progress->last_percent = G_MAXUINT;

  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_label_set_label (self->progress_label, label);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  _sitrep_window_update_actions (self);

  sitrep_ucdp_import_file_async (self->store, file, on_import_progress, progress, import_progress_free,
                                 self->import_cancellable, on_import_done, g_object_ref (self));
}

static void
on_import_chooser_response (GtkNativeDialog *chooser,
                            int              response,
                            SitrepWindow    *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && _sitrep_window_has_writable_store (self))
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (file != NULL)
        import_events_from (self, file);
    }
  g_object_unref (chooser);
}
/* Actions */

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  const char *format = g_variant_get_string (param, NULL);
  int i = find_export_format (format);
  g_autoptr(GFile) project = NULL;
  g_autofree char *base = NULL;
  g_autofree char *suggested = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GtkFileFilter) filter = NULL;
  GtkFileChooserNative *chooser;

  if (i < 0)
    return;

  project = g_file_new_for_path (sitrep_store_get_path (self->store));
  base = g_file_get_basename (project);
  if (g_str_has_suffix (base, ".sitrep"))
    base[strlen (base) - 7] = '\0';
  suggested = g_strconcat (base, export_formats[i].suffix, NULL);
  title = g_strdup_printf (_("Export %s"), _(export_formats[i].name));

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  _sitrep_window_start_in_project_folder (self, GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  /* Files of the format only: the project's folder also holds its -wal
   * and -shm, which the walk of the whole loop saw listed under the name
   * to export to. Named, not "(None)", in the bar a choice opens. */
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _(export_formats[i].name));
  gtk_file_filter_add_suffix (filter, export_formats[i].extension);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* As sitrep-cli export --include-suggestions: the pending suggestions
   * after each article's annotations, marked "suggested"; off unless asked. */
  if (g_strcmp0 (format, "spans-jsonl") == 0)
    gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "include-suggestions",
                                 _("Include pending suggestions"), NULL, NULL);
  g_object_set_data_full (G_OBJECT (chooser), "format", g_strdup (format), g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  const char *format, *path;
  g_autoptr(GFile) file = NULL;

  g_variant_get (param, "(&s&s)", &format, &path);
  file = g_file_new_for_path (path);
  export_to (SITREP_WINDOW (widget), format, FALSE, file);
}

static void
import_events_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import UCDP Events"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  _sitrep_window_start_in_project_folder (self, GTK_FILE_CHOOSER (chooser));
  gtk_file_filter_set_name (filter, _("UCDP GED CSV"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_events_from_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (param, NULL));

  import_events_from (SITREP_WINDOW (widget), file);
}
/* Window hooks */

void
_sitrep_window_class_exchange_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.export-to", "(ss)", export_to_action);
  gtk_widget_class_install_action (widget_class, "win.import-events", NULL, import_events_action);
  gtk_widget_class_install_action (widget_class, "win.import-events-from", "s", import_events_from_action);
}

void
_sitrep_window_exchange_update_actions (SitrepWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean store = self->store != NULL;
  gboolean writable = _sitrep_window_has_writable_store (self);
  gboolean exporting = _sitrep_window_is_exporting_events (self);

  gtk_widget_action_set_enabled (widget, "win.export", store && !exporting);
  gtk_widget_action_set_enabled (widget, "win.export-to", store && !exporting);
  gtk_widget_action_set_enabled (widget, "win.import-events", writable && self->import_cancellable == NULL);
  gtk_widget_action_set_enabled (widget, "win.import-events-from",
                                 writable && self->import_cancellable == NULL);
}

gboolean
_sitrep_window_is_exporting_events (SitrepWindow *self)
{
  return self->events != NULL && self->exporting;
}

gboolean
sitrep_window_is_exporting (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), FALSE);

  return _sitrep_window_is_exporting_events (self) || _sitrep_window_is_exporting_story (self);
}

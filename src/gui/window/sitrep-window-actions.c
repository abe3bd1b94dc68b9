/* sitrep-window-actions.c — the win. actions of SitrepWindow: projects, import, paste, editing
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sitrep-demo.h"
#include "sitrep-import-job.h"
#include "sitrep-feeds-dialog.h"
#include "sitrep-web-import-dialog.h"
#include "sitrep-metadata-dialog.h"
#include "sitrep-user-message.h"
#include "sitrep-window-private.h"

/* More rows than this in the import report say nothing more. */
#define MAX_REPORT_ROWS 2000

static const struct
{
  const char *id;
  const char *label;
} encodings[] = {
  { "", N_("Detect Automatically") },
  { "UTF-8", N_("Unicode (UTF-8)") },
  { "UTF-16", N_("Unicode (UTF-16)") },
  { "WINDOWS-1256", N_("Arabic (Windows-1256)") },
  { "WINDOWS-1252", N_("Western (Windows-1252)") },
  { "ISO-8859-1", N_("Western (ISO-8859-1)") },
};

static const char *article_suffixes[] = {
  "txt", "text", "html", "htm", "xhtml", "csv", "tsv", "jsonl", "ndjson", "json", "md",
};

static void
add_project_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) projects = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  /* By name only: the project's -wal and -shm beside it are no projects. */
  gtk_file_filter_set_name (projects, _("Sitrep Projects"));
  gtk_file_filter_add_suffix (projects, "sitrep");
  gtk_file_chooser_add_filter (chooser, projects);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
}

/* Opening and creating projects */

static void
on_open_response (GtkNativeDialog *dialog,
                  int              response,
                  SitrepWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        sitrep_window_open_project_interactive (_sitrep_window_for_new_project (self), file);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
open_project_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open Project"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  _sitrep_window_start_in_project_folder (self, GTK_FILE_CHOOSER (chooser));
  add_project_filters (GTK_FILE_CHOOSER (chooser));
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
show_error_dialog (SitrepWindow *self,
                   const char   *heading,
                   const char   *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_new_response (GtkNativeDialog *dialog,
                 int              response,
                 SitrepWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;
      g_autoptr(SitrepStore) store = NULL;
      g_autoptr(GError) error = NULL;

      if (path != NULL && !g_str_has_suffix (path, ".sitrep"))
        {
          char *with_suffix = g_strconcat (path, ".sitrep", NULL);

          g_free (path);
          path = with_suffix;
        }

      if (path == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                             _("Choose a folder on this computer for the project."));
      else
        store = sitrep_store_create (path, &error);

      if (store != NULL)
        {
          g_autoptr(GFile) created = g_file_new_for_path (path);

          g_clear_object (&store);
          sitrep_window_open_project_interactive (_sitrep_window_for_new_project (self), created);
        }
      else
        {
          show_error_dialog (self, _("Could Not Create the Project"), error->message);
        }
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
new_project_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("New Project"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Create"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  _sitrep_window_start_in_project_folder (self, GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("Untitled Project.sitrep"));
  add_project_filters (GTK_FILE_CHOOSER (chooser));
  g_signal_connect (chooser, "response", G_CALLBACK (on_new_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (param, NULL));

  sitrep_window_open_project_interactive (_sitrep_window_for_new_project (self), file);
}

static void
remove_recent_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  const char *path = g_variant_get_string (param, NULL);
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-projects");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;

  for (guint i = 0; recent[i] != NULL; i++)
    if (g_strcmp0 (recent[i], path) != 0)
      g_strv_builder_add (builder, recent[i]);

  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-projects", (const char * const *) updated);
}

static void
open_demo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = sitrep_demo_ensure (&error);
  g_autoptr(GFile) file = NULL;

  if (path == NULL)
    {
      show_error_dialog (self, _("Could Not Make the Demo Project"), error->message);
      return;
    }

  file = g_file_new_for_path (path);
  sitrep_window_open_project_interactive (_sitrep_window_for_new_project (self), file);
}

static void
close_project_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  if (self->store != NULL)
    sitrep_window_set_store (self, NULL);
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* Errors on open, and salvaging a damaged project */

typedef struct
{
  SitrepWindow *window;
  char         *copy_path;
} SalvageJob;

static void
salvage_job_free (SalvageJob *job)
{
  g_clear_object (&job->window);
  g_free (job->copy_path);
  g_free (job);
}

static void
on_salvage_done (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  SalvageJob *job = user_data;
  g_autoptr(SitrepWindow) self = g_object_ref (job->window);
  g_autoptr(GError) error = NULL;
  g_autofree char *report = sitrep_store_salvage_finish (result, &error);
  g_autoptr(GFile) file = g_file_new_for_path (job->copy_path);
  g_autofree char *basename = g_file_get_basename (file);

  salvage_job_free (job);
  /* The window was closed meanwhile. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (report == NULL)
    {
      show_error_dialog (self, _("Could Not Salvage the Project"), error->message);
      return;
    }

  sitrep_window_open_project_interactive (self, file);
  if (*report == '\0' || g_str_equal (report, _("Everything was kept.\n")))
    {
      g_autofree char *message = g_strdup_printf (_("Opened a salvaged copy, with everything kept: %s"),
                                                  basename);

      sitrep_window_show_toast (self, message);
    }
  else
    {
      /* What was lost is told, not only kept in the copy. */
      g_autofree char *body = g_strdup_printf (_("Sitrep opened the salvaged copy “%s”; the damaged file "
                                                 "was left as it was.\n\n%s"), basename, g_strstrip (report));

      show_error_dialog (self, _("Part of the Project Could Not Be Salvaged"), body);
    }
}

static void
on_open_error_response (AdwMessageDialog *dialog,
                        const char       *response,
                        SitrepWindow     *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");
  SalvageJob *job;
  char *copy_path;

  if (g_strcmp0 (response, "read-only") == 0 && path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;

      if (!_sitrep_window_open_read_only (self, file, &error))
        show_error_dialog (self, _("Could Not Open the Project"), error->message);
      return;
    }
  if (g_strcmp0 (response, "salvage") != 0 || path == NULL)
    return;

  copy_path = _sitrep_window_dup_salvage_path (path);
  if (copy_path == NULL)
    return;
  job = g_new0 (SalvageJob, 1);
  job->window = g_object_ref (self);
  job->copy_path = copy_path;
  sitrep_store_salvage_async (path, copy_path, self->cancellable, on_salvage_done, job);
}

void
_sitrep_window_show_open_error (SitrepWindow *self,
                                GFile        *file,
                                const GError *error)
{
  g_autofree char *path = g_file_get_path (file);
  const char *heading = _("Could Not Open the Project");
  GtkWidget *dialog;

  if (error->domain == SITREP_STORE_ERROR)
    {
      switch ((SitrepStoreError) error->code)
        {
        case SITREP_STORE_ERROR_NOT_A_PROJECT:
          heading = _("Not a Sitrep Project");
          break;

        case SITREP_STORE_ERROR_SCHEMA_TOO_NEW:
          heading = _("Made by a Newer Sitrep");
          break;

        case SITREP_STORE_ERROR_CORRUPT:
          heading = _("This Project Is Damaged");
          break;

        case SITREP_STORE_ERROR_LOCKED:
          heading = _("Project Already Open");
          break;

        default:
          break;
        }
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      heading = _("Project Not Found");
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));

  if (g_error_matches (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_CORRUPT) && path != NULL)
    {
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "salvage",
                                       _("Open a _Salvaged Copy"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "salvage",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "salvage");
    }
  /* "Close it there, or open it read-only": here is the way to */
  if (g_error_matches (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_LOCKED))
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "read-only", _("Open _Read-Only"));
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "read-only");
    }
  g_object_set_data_full (G_OBJECT (dialog), "path", g_steal_pointer (&path), g_free);

  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_open_error_response), self, 0);
  /* Over the window, once it is on screen (it is presented just before,
   * when the project was named on the command line). */
  sitrep_present_dialog (GTK_WINDOW (dialog));
}

/* Import */

static void
on_import_progress (guint    files_done,
                    guint    files_total,
                    gpointer user_data)
{
  SitrepWindow *self = user_data;
  g_autofree char *label = NULL;

  if (self->progress_bar == NULL || self->import_cancellable == NULL ||
      g_cancellable_is_cancelled (self->import_cancellable))
    return;

  if (files_total > 0)
    gtk_progress_bar_set_fraction (self->progress_bar, (double) files_done / files_total);

  /* TRANSLATORS: "Importing 120 of 4,000 files…" */
  label = g_strdup_printf (ngettext ("Importing %'u of %'u file…", "Importing %'u of %'u files…",
                                     files_total),
                           MIN (files_done + 1, files_total), files_total);
  gtk_label_set_text (self->progress_label, label);
}

static char *
dup_import_summary (GPtrArray *results,
                    gboolean   cancelled,
                    gint64    *first_id)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n_imported = 0, n_duplicate = 0, n_failed = 0;

  *first_id = 0;

  for (guint i = 0; results != NULL && i < results->len; i++)
    {
      SitrepImportResult *r = g_ptr_array_index (results, i);

      switch (r->outcome)
        {
        case SITREP_IMPORT_OUTCOME_IMPORTED:
          if (*first_id == 0)
            *first_id = r->id;
          n_imported++;
          break;

        case SITREP_IMPORT_OUTCOME_DUPLICATE:
          if (*first_id == 0 && n_imported == 0)
            *first_id = r->id;
          n_duplicate++;
          break;

        case SITREP_IMPORT_OUTCOME_FAILED:
        default:
          n_failed++;
          break;
        }
    }

  if (cancelled)
    g_ptr_array_add (parts, g_strdup (n_imported + n_duplicate + n_failed > 0
                                        ? _("Import cancelled")
                                        : _("Import cancelled: nothing was imported")));

  if (n_imported > 0 || (!cancelled && n_duplicate == 0 && n_failed == 0))
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("Imported %'u article",
                                                       "Imported %'u articles", n_imported),
                                             n_imported));
  if (n_duplicate == 1 && n_imported == 0 && n_failed == 0)
    g_ptr_array_add (parts, g_strdup (_("Already in the project")));
  else if (n_duplicate > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%'u already in the project",
                                                       "%'u already in the project", n_duplicate),
                                             n_duplicate));
  if (n_failed > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%'u failed", "%'u failed", n_failed),
                                             n_failed));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
on_import_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SitrepWindow) self = user_data;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  gboolean cancelled;
  gint64 first_id = 0;
  AdwToast *toast;

  results = sitrep_import_files_finish (SITREP_STORE (object), result, &error);
  cancelled = (self->import_cancellable != NULL &&
               g_cancellable_is_cancelled (self->import_cancellable)) ||
              g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  g_clear_object (&self->import_cancellable);

  /* The window was closed or moved to another project meanwhile. */
  if (self->progress_revealer == NULL || self->store != SITREP_STORE (object))
    return;

  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  _sitrep_window_update_actions (self);

  if (results == NULL && error != NULL && !cancelled)
    {
      sitrep_window_show_toast (self, error->message);
      return;
    }

  summary = dup_import_summary (results, cancelled, &first_id);

  g_clear_pointer (&self->import_results, g_ptr_array_unref);
  if (results != NULL && results->len > 0)
    self->import_results = g_steal_pointer (&results);
  _sitrep_window_update_actions (self);

  g_free (self->last_toast);
  self->last_toast = g_strdup (summary);
  {
    g_autofree char *escaped = g_markup_escape_text (summary, -1);

    toast = adw_toast_new (escaped);
  }
  adw_toast_set_timeout (toast, 8);
  if (self->import_results != NULL)
    {
      adw_toast_set_button_label (toast, _("_Details"));
      adw_toast_set_action_name (toast, "win.show-import-report");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  if (first_id != 0 && (self->current_id == 0 || (self->import_results != NULL &&
                                                  self->import_results->len == 1)))
    sitrep_window_select_article (self, first_id);
}

void
sitrep_window_import_files (SitrepWindow  *self,
                            GFile        **files,
                            guint          n_files,
                            const char    *encoding)
{
  g_return_if_fail (SITREP_IS_WINDOW (self));
  g_return_if_fail (files != NULL || n_files == 0);

  if (n_files == 0)
    return;

  if (self->store == NULL)
    {
      sitrep_window_show_toast (self, _("Open or create a project first, then import files into it"));
      return;
    }

  if (sitrep_store_is_read_only (self->store))
    {
      sitrep_window_show_toast (self, _("This project is read-only: nothing can be imported into it"));
      return;
    }

  if (self->import_cancellable != NULL)
    {
      sitrep_window_show_toast (self, _("Wait for the import under way to finish, or cancel it"));
      return;
    }

  if (encoding != NULL && *encoding == '\0')
    encoding = NULL;

  self->import_cancellable = sitrep_window_new_cancellable (self);
  _sitrep_window_set_cancel_texts (self, N_("Stop importing; the files already imported stay"),
                                   N_("Cancelling… the files already imported stay"));
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  on_import_progress (0, n_files, self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_import_button), TRUE);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  _sitrep_window_update_actions (self);

  sitrep_import_files_async (self->store, files, n_files, SITREP_IMPORT_FORMAT_AUTO, encoding,
                             on_import_progress, g_object_ref (self), g_object_unref,
                             self->import_cancellable,
                             on_import_done, g_object_ref (self));
}

static void
on_import_response (GtkNativeDialog *dialog,
                    int              response,
                    SitrepWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) list = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      const char *encoding = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "encoding");
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
      guint n = g_list_model_get_n_items (list);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (files, g_list_model_get_item (list, i));
      _sitrep_window_remember_import_folder (self, list);

      sitrep_window_import_files (self, (GFile **) files->pdata, files->len, encoding);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  g_autoptr(GtkFileFilter) articles = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autofree char *encoding = g_settings_get_string (self->settings, "import-encoding");
  const char *ids[G_N_ELEMENTS (encodings) + 1] = { NULL };
  const char *labels[G_N_ELEMENTS (encodings) + 1] = { NULL };
  const char *default_id = "";
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import Files"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  _sitrep_window_start_in_import_folder (self, GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);

  /* By name, not as "text/plain": GIO calls any empty file text, and the
   * project's own -wal beside it (empty after a checkpoint) was listed as
   * an article to import. */
  gtk_file_filter_set_name (articles, _("Articles (text, web pages, CSV, JSON Lines)"));
  for (guint i = 0; i < G_N_ELEMENTS (article_suffixes); i++)
    gtk_file_filter_add_suffix (articles, article_suffixes[i]);
  gtk_file_filter_add_mime_type (articles, "text/html");
  gtk_file_filter_add_mime_type (articles, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), articles);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    {
      ids[i] = encodings[i].id;
      labels[i] = _(encodings[i].label);
      if (g_ascii_strcasecmp (encodings[i].id, encoding) == 0)
        default_id = encodings[i].id;
    }
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "encoding",
                               _("Text encoding:"), ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "encoding", default_id);

  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_paths_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  g_autofree const char **paths = g_variant_get_strv (param, NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *encoding = g_settings_get_string (self->settings, "import-encoding");

  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_path (paths[i]));

  sitrep_window_import_files (self, (GFile **) files->pdata, files->len, encoding);
}

static void
cancel_import_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  if (self->import_cancellable == NULL)
    return;

  g_cancellable_cancel (self->import_cancellable);
  gtk_label_set_text (self->progress_label, self->cancelling_label != NULL ? _(self->cancelling_label)
                                                                          : _("Cancelling…"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_import_button), FALSE);
}

void
_sitrep_window_set_cancel_texts (SitrepWindow *self,
                                 const char   *tooltip,
                                 const char   *cancelling)
{
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->cancel_import_button), _(tooltip));
  self->cancelling_label = cancelling;
}

static GtkWidget *
make_report_row (SitrepImportResult *r)
{
  g_autofree char *basename = g_path_get_basename (r->path ? r->path : "");
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *icon;
  GtkWidget *row;

  title = r->line > 0
    ? g_strdup_printf (_("%s, line %u"), basename, r->line)
    : g_strdup (basename);

  switch (r->outcome)
    {
    case SITREP_IMPORT_OUTCOME_IMPORTED:
      icon = "object-select-symbolic";
      subtitle = g_strdup_printf (_("Imported: %s"), r->title ? r->title : _("Untitled"));
      break;

    case SITREP_IMPORT_OUTCOME_DUPLICATE:
      icon = "edit-copy-symbolic";
      subtitle = g_strdup_printf (_("Already in the project: %s"), r->title ? r->title : _("Untitled"));
      break;

    case SITREP_IMPORT_OUTCOME_FAILED:
    default:
      icon = "dialog-warning-symbolic";
      subtitle = g_strdup_printf (_("Not imported: %s"), r->message ? r->message : _("unknown error"));
      break;
    }

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_set_tooltip_text (row, r->path);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon));
  if (r->outcome == SITREP_IMPORT_OUTCOME_FAILED)
    gtk_widget_add_css_class (row, "import-failed");

  return row;
}

static void
show_import_report_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  GtkWidget *window, *box, *header, *scroller, *clamp, *list;
  guint n_rows = 0;

  if (self->import_results == NULL)
    return;

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Import Report"));
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 620, 560);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Import Report"),
                                                         self->last_toast ? self->last_toast : ""));
  gtk_box_append (GTK_BOX (box), header);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_valign (list, GTK_ALIGN_START);

  /* Failures first: they are what the user has to act on. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->import_results->len && n_rows < MAX_REPORT_ROWS; i++)
      {
        SitrepImportResult *r = g_ptr_array_index (self->import_results, i);
        gboolean failed = r->outcome == SITREP_IMPORT_OUTCOME_FAILED;

        if ((pass == 0) != failed)
          continue;

        gtk_list_box_append (GTK_LIST_BOX (list), make_report_row (r));
        n_rows++;
      }

  if (self->import_results->len > n_rows)
    {
      g_autofree char *more = g_strdup_printf (_("…and %'u more"), self->import_results->len - n_rows);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  gtk_widget_set_margin_top (clamp, 18);
  gtk_widget_set_margin_bottom (clamp, 18);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), list);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_box_append (GTK_BOX (box), scroller);

  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}

/* Paste */

void
sitrep_window_paste_text (SitrepWindow *self,
                          const char   *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stripped = NULL;
  gint64 duplicate_of = 0;
  gint64 id;

  g_return_if_fail (SITREP_IS_WINDOW (self));

  if (!_sitrep_window_has_writable_store (self))
    return;

  stripped = g_strstrip (g_strdup (text ? text : ""));
  if (*stripped == '\0')
    {
      sitrep_window_show_toast (self, _("The clipboard holds no text to paste"));
      return;
    }

  /* a pasted link is the page it points to, fetched */
  if (sitrep_web_import_text_is_links (stripped))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.fetch-links", "s", stripped);
      return;
    }
  id = sitrep_import_text (self->store, text, &duplicate_of, &error);
  if (id > 0)
    {
      sitrep_window_show_toast (self, _("Pasted as a new article"));
      sitrep_window_select_article (self, id);
    }
  else if (g_error_matches (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_DUPLICATE))
    {
      sitrep_window_show_toast (self, _("Already in the project"));
      if (duplicate_of > 0)
        sitrep_window_select_article (self, duplicate_of);
    }
  else
    {
      sitrep_window_show_toast (self, error ? error->message : _("The text could not be added"));
    }
}

static void
on_clipboard_text (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(SitrepWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);

  if (self->store == NULL)
    return;

  if (text == NULL)
    {
      sitrep_window_show_toast (self, _("The clipboard holds no text to paste"));
      return;
    }

  sitrep_window_paste_text (self, text);
}

static void
paste_article_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), self->cancellable,
                                 on_clipboard_text, g_object_ref (self));
}

/* Reading and editing */

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_metadata_saved (SitrepMetadataDialog *dialog,
                   SitrepWindow         *self)
{
  guint n = sitrep_metadata_dialog_get_n_dated (dialog);
  guint moved = sitrep_metadata_dialog_get_n_redated (dialog);
  g_autofree char *dated = NULL;

  if (n == 0 && moved == 0)
    {
      sitrep_window_show_toast (self, _("Saved"));
      return;
    }
  /* Undated events of the article given the date its spans now read, or
   * events dated by the report moved with its date: said, with Undo for
   * the whole save. */
  if (n > 0)
    dated = g_strdup_printf (ngettext ("Saved; %'u undated event of this article dated",
                                       "Saved; %'u undated events of this article dated", n), n);
  else
    dated = g_strdup_printf (ngettext ("Saved; %'u event dated by this report moved to its new date",
                                       "Saved; %'u events dated by this report moved to its new date", moved), moved);
  sitrep_window_show_undo_toast (self, dated);
}

static void
edit_metadata_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  SitrepArticle *article = sitrep_reader_get_article (self->reader);
  SitrepMetadataDialog *dialog;

  if (article == NULL || !_sitrep_window_has_writable_store (self))
    return;

  dialog = sitrep_metadata_dialog_new (self->store, article);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_metadata_saved), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  double scale = g_settings_get_double (self->settings, "reader-font-scale");

  if (g_str_equal (action_name, "win.zoom-in"))
    scale += 0.1;
  else if (g_str_equal (action_name, "win.zoom-out"))
    scale -= 0.1;
  else
    scale = 1.0;

  g_settings_set_double (self->settings, "reader-font-scale", CLAMP (scale, 0.6, 2.5));
}

/* On a narrow window the article list and the annotation panel fold away;
 * these show and hide them (on a wide one they are always shown). */
static void
toggle_flap_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  AdwFlap *flap = g_str_equal (action_name, "win.toggle-sidebar") ? self->sidebar_flap : self->panel_flap;

  if (adw_flap_get_folded (flap))
    adw_flap_set_reveal_flap (flap, !adw_flap_get_reveal_flap (flap));
}

void
_sitrep_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_flap_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-panel", NULL, toggle_flap_action);
  gtk_widget_class_install_action (widget_class, "win.new-project", NULL, new_project_action);
  gtk_widget_class_install_action (widget_class, "win.open-project", NULL, open_project_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.remove-recent", "s", remove_recent_action);
  gtk_widget_class_install_action (widget_class, "win.open-demo", NULL, open_demo_action);
  gtk_widget_class_install_action (widget_class, "win.close-project", NULL, close_project_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.import-paths", "as", import_paths_action);
  gtk_widget_class_install_action (widget_class, "win.import-web", NULL, sitrep_web_import_action);
  gtk_widget_class_install_action (widget_class, "win.import-web-address", "s", sitrep_web_import_action);
  gtk_widget_class_install_action (widget_class, "win.fetch-links", "s", sitrep_web_import_fetch_links_action);
  gtk_widget_class_install_action (widget_class, "win.feeds", NULL, sitrep_feeds_dialog_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-import", NULL, cancel_import_action);
  gtk_widget_class_install_action (widget_class, "win.show-import-report", NULL,
                                   show_import_report_action);
  gtk_widget_class_install_action (widget_class, "win.paste-article", NULL, paste_article_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.edit-metadata", NULL, edit_metadata_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_property_action (widget_class, "win.set-status", "article-status");
  gtk_widget_class_install_property_action (widget_class, "win.show-original", "show-original");
  gtk_widget_class_install_property_action (widget_class, "win.sort", "sort");
}

/* sitrep-window-datasets.c — the window's dataset work for teams: annotation exchange formats,
 * agreement, copies for coders and merging their work back
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sitrep-io.h"
#include "sitrep-adjudication-dialog.h"
#include "sitrep-agreement-window.h"
#include "sitrep-exchange.h"
#include "sitrep-merge.h"
#include "sitrep-window-private.h"

static gboolean
datasets_busy (SitrepWindow *self)
{
  return g_object_get_data (G_OBJECT (self), "sitrep-dataset-busy") != NULL;
}

/* The window's one dataset job at a time, run by core on a worker thread,
 * shown with the import's progress bar and cancelled by its Cancel (and when
 * the window goes). */
typedef enum
{
  JOB_EXPORT,
  JOB_IMPORT,
  JOB_MERGE,
  JOB_COPY,
} JobKind;

typedef struct
{
  JobKind              kind;
  SitrepWindow        *window;
  SitrepStore         *store;
  SitrepExchangeFormat format;
  char                *annotator;   /* NULL: everyone */
  gboolean             blind;
  gboolean             zip;         /* a folder format into one zip */
  GFile               *file;
  SitrepSpansReport    spans;
  SitrepMergeReport    merge;
  GCancellable        *cancellable;   /* the window's import_cancellable while it runs */
  guint                pulse_id;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->store);
  g_clear_object (&job->file);
  g_clear_object (&job->cancellable);
  g_clear_handle_id (&job->pulse_id, g_source_remove);
  g_free (job->annotator);
  sitrep_spans_report_clear (&job->spans);
  sitrep_merge_report_clear (&job->merge);
  g_free (job);
}

static const struct
{
  const char *format;
  const char *name;
  const char *suffix;   /* NULL for folder formats */
} formats[] = {
  { "doccano", N_("doccano JSONL"), "-doccano.jsonl" },
  { "label-studio", N_("Label Studio JSON"), "-label-studio.json" },
  { "conll", N_("CoNLL-2003 BIO"), "-conll.txt" },
  { "brat", N_("brat standoff"), NULL },
  { "brat-zip", N_("brat standoff in a zip"), "-brat.zip" },
  { "webanno-tsv", N_("WebAnno TSV 3.3"), NULL },
};

static int
find_format (const char *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (formats[i].format, format) == 0)
      return (int) i;
  return -1;
}


static void
show_merge_report (SitrepWindow *self,
                   Job          *job)
{
  SitrepMergeReport *r = &job->merge;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *name = g_file_get_basename (job->file);
  AdwMessageDialog *dialog;

  g_string_append_printf (body, _("Articles: %'u added, %'u already here\n"), r->articles_added, r->articles_present);
  g_string_append_printf (body, _("Entities: %'u added, %'u already here\n"), r->entities_added, r->entities_present);
  g_string_append_printf (body, _("Annotations: %'u added, %'u already here\n"), r->annotations_added,
                          r->annotations_present);
  g_string_append_printf (body, _("Events: %'u added, %'u already here\n"), r->events_added, r->events_present);
  g_string_append_printf (body, _("Claims: %'u added, %'u already here"), r->claims_added, r->claims_present);
  if (r->conflicts->len > 0)
    {
      g_string_append (body, "\n\n");
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "%'u difference, both versions kept:",
                                                 "%'u differences, both versions kept:", r->conflicts->len),
                              r->conflicts->len);
      for (guint i = 0; i < r->conflicts->len && i < 12; i++)
        g_string_append_printf (body, "\n• %s", (char *) g_ptr_array_index (r->conflicts, i));
      if (r->conflicts->len > 12)
        g_string_append_printf (body, "\n%s", _("… and more: sitrep-cli merge lists them all."));
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, body->str));
  adw_message_dialog_format_heading (dialog, _("Merged the Work in “%s”"), name);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
finish_job (Job           *job,
            GAsyncResult  *result,
            GError       **error)
{
  switch (job->kind)
    {
    case JOB_EXPORT:
      return sitrep_exchange_export_file_finish (job->store, result, error);
    case JOB_IMPORT:
      return sitrep_exchange_import_finish (job->store, result, &job->spans, error);
    case JOB_MERGE:
      return sitrep_store_merge_project_finish (job->store, result, &job->merge, error);
    case JOB_COPY:
    default:
      return sitrep_store_save_coder_copy_finish (job->store, result, error);
    }
}

static void
on_job_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  Job *job = data;
  SitrepWindow *self = job->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (job->file);
  g_autofree char *toast = NULL;
  gboolean ok = finish_job (job, result, &error);

  g_object_set_data (G_OBJECT (self), "sitrep-dataset-busy", NULL);
  g_clear_handle_id (&job->pulse_id, g_source_remove);
  if (self->import_cancellable == job->cancellable)
    {
      g_clear_object (&self->import_cancellable);
      self->cancelling_label = NULL;
    }
  /* The window was closed meanwhile (the job was cancelled): nobody to tell. */
  if (sitrep_window_get_store (self) == NULL)
    {
      job_free (job);
      return;
    }
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_import_button), TRUE);
  _sitrep_window_update_actions (self);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      switch (job->kind)
        {
        case JOB_EXPORT:
          sitrep_window_show_toast (self, _("Export cancelled"));
          break;
        case JOB_IMPORT:
          sitrep_window_show_toast (self, _("Import cancelled"));
          break;
        case JOB_MERGE:
          sitrep_window_show_toast (self, _("Merge cancelled: the project is as it was"));
          break;
        case JOB_COPY:
        default:
          sitrep_window_show_toast (self, _("Cancelled: no coder’s copy was written"));
          break;
        }
      job_free (job);
      return;
    }
  if (!ok)
    {
      switch (job->kind)
        {
        case JOB_EXPORT:
          toast = g_strdup_printf (_("Could not export the annotations to “%s”: %s"), name, error->message);
          break;
        case JOB_IMPORT:
          toast = g_strdup_printf (_("Could not import the annotations in “%s”: %s"), name, error->message);
          break;
        case JOB_MERGE:
          toast = g_strdup_printf (_("Nothing was merged from “%s”: %s"), name, error->message);
          break;
        case JOB_COPY:
        default:
          toast = g_strdup_printf (_("Could not write the coder’s copy “%s”: %s"), name, error->message);
          break;
        }
      sitrep_window_show_toast (self, toast);
      job_free (job);
      return;
    }

  switch (job->kind)
    {
    case JOB_EXPORT:
      toast = g_strdup_printf (_("Exported the annotations to “%s”"), name);
      sitrep_window_show_toast (self, toast);
      break;
    case JOB_IMPORT:
      {
        guint problems = job->spans.problems != NULL ? job->spans.problems->len : 0;
        if (problems > 0)
          toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Imported %'u spans from “%s”; %'u part could not be used",
                                                "Imported %'u spans from “%s”; %'u parts could not be used",
                                                problems),
                                   job->spans.spans_added, name, problems);
        else
          toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %'u span from “%s”",
                                                "Imported %'u spans from “%s”", job->spans.spans_added),
                                   job->spans.spans_added, name);
        sitrep_window_show_undo_toast (self, toast);
      }
      break;
    case JOB_MERGE:
      show_merge_report (self, job);
      toast = g_strdup_printf (_("Merged the work in “%s”"), name);
      sitrep_window_show_undo_toast (self, toast);
      break;
    case JOB_COPY:
      toast = g_strdup_printf (_("Wrote the coder’s copy “%s”"), name);
      sitrep_window_show_toast (self, toast);
      break;
    default:
      break;
    }
  job_free (job);
}

static gboolean
pulse_progress (gpointer data)
{
  SitrepWindow *self = data;

  if (self->progress_bar != NULL)
    gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

/* The progress bar and its Cancel, as for an import: one job at a time. */
static void
show_job_progress (SitrepWindow *self,
                   Job          *job)
{
  g_autofree char *name = g_file_get_basename (job->file);
  g_autofree char *label = NULL;

  switch (job->kind)
    {
    case JOB_EXPORT:
      label = g_strdup_printf (_("Exporting the annotations to “%s”…"), name);
      break;
    case JOB_IMPORT:
      label = g_strdup_printf (_("Importing the annotations in “%s”…"), name);
      break;
    case JOB_MERGE:
      label = g_strdup_printf (_("Merging the work in “%s”…"), name);
      break;
    case JOB_COPY:
    default:
      label = g_strdup_printf (_("Writing the coder’s copy “%s”…"), name);
      break;
    }
  self->import_cancellable = g_object_ref (job->cancellable);
  switch (job->kind)
    {
    case JOB_EXPORT:
      /* written to a temporary file, renamed over the old one when complete */
      _sitrep_window_set_cancel_texts (self, N_("Stop exporting; the file stays as it was"),
                                       N_("Cancelling… the file stays as it was"));
      break;
    case JOB_IMPORT:
      /* file by file, line by line: what was added stays */
      _sitrep_window_set_cancel_texts (self, N_("Stop importing the annotations; those already added stay"),
                                       N_("Cancelling… the annotations already added stay"));
      break;
    case JOB_MERGE:
      _sitrep_window_set_cancel_texts (self, N_("Stop merging; the project stays as it was"),
                                       N_("Cancelling… the project stays as it was"));
      break;
    case JOB_COPY:
    default:
      _sitrep_window_set_cancel_texts (self, N_("Stop writing the coder’s copy; no copy is written"),
                                       N_("Cancelling… no coder’s copy is written"));
      break;
    }
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_label_set_label (self->progress_label, label);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_import_button), TRUE);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  job->pulse_id = g_timeout_add (200, pulse_progress, self);
}

static void
run_job (SitrepWindow *self,
         Job          *job)
{
  g_autofree char *path = g_file_get_path (job->file);

  if (self->import_cancellable != NULL)
    {
      sitrep_window_show_toast (self, _("Wait for the import under way to finish, or cancel it"));
      job_free (job);
      return;
    }
  job->window = g_object_ref (self);
  job->store = g_object_ref (sitrep_window_get_store (self));
  job->cancellable = sitrep_window_new_cancellable (self);
  g_object_set_data (G_OBJECT (self), "sitrep-dataset-busy", GINT_TO_POINTER (1));
  show_job_progress (self, job);
  _sitrep_window_update_actions (self);

  switch (job->kind)
    {
    case JOB_EXPORT:
      sitrep_exchange_export_file_async (job->store, job->format, job->annotator, job->file, job->zip,
                                         job->cancellable, on_job_done, job);
      break;
    case JOB_IMPORT:
      sitrep_exchange_import_async (job->store, job->format, job->file, job->annotator, job->cancellable,
                                    on_job_done, job);
      break;
    case JOB_MERGE:
      sitrep_store_merge_project_async (job->store, path != NULL ? path : "", job->cancellable, on_job_done, job);
      break;
    case JOB_COPY:
    default:
      sitrep_store_save_coder_copy_async (job->store, path != NULL ? path : "", job->annotator, job->blind,
                                          job->cancellable, on_job_done, job);
      break;
    }
}

/* The file chooser offers the project's annotators (and everyone). */
static void
add_annotator_choice (GtkFileChooser *chooser,
                      SitrepStore    *store,
                      const char     *label,
                      const char     *everyone)
{
  g_auto(GStrv) names = sitrep_store_list_annotators (store);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  if (everyone != NULL)
    {
      g_ptr_array_add (ids, (gpointer) "");
      g_ptr_array_add (labels, (gpointer) everyone);
    }
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_ptr_array_add (ids, names[i]);
      g_ptr_array_add (labels, names[i]);
    }
  if (ids->len == 0)
    return;
  g_ptr_array_add (ids, NULL);
  g_ptr_array_add (labels, NULL);
  gtk_file_chooser_add_choice (chooser, "annotator", label, (const char **) ids->pdata, (const char **) labels->pdata);
  gtk_file_chooser_set_choice (chooser, "annotator", g_ptr_array_index (ids, 0));
}

static char *
chosen_annotator (GtkFileChooser *chooser)
{
  const char *who = gtk_file_chooser_get_choice (chooser, "annotator");
  return who != NULL && *who != '\0' ? g_strdup (who) : NULL;
}

static void
on_exchange_chooser_response (GtkNativeDialog *chooser,
                              int              response,
                              SitrepWindow    *self)
{
  gboolean import = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "import"));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && sitrep_window_get_store (self) != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      Job *job = g_new0 (Job, 1);
      job->kind = import ? JOB_IMPORT : JOB_EXPORT;
      const char *format = g_object_get_data (G_OBJECT (chooser), "format");

      /* brat in a zip: the brat format, written into one file */
      job->zip = g_str_equal (format, "brat-zip");
      if (job->zip)
        job->format = SITREP_EXCHANGE_BRAT;
      else
        sitrep_exchange_format_from_string (format, &job->format);
      job->annotator = chosen_annotator (GTK_FILE_CHOOSER (chooser));
      job->file = g_steal_pointer (&file);
      run_job (self, job);
    }
  g_object_unref (chooser);
}

static void
exchange_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  const char *format = g_variant_get_string (param, NULL);
  gboolean import = g_str_equal (action_name, "win.import-annotations");
  int i = find_format (format);
  g_autofree char *title = NULL;
  GtkFileChooserNative *chooser;
  GtkFileChooserAction mode;

  if (i < 0 || sitrep_window_get_store (self) == NULL)
    return;
  if (formats[i].suffix == NULL)
    mode = GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER;
  else
    mode = import ? GTK_FILE_CHOOSER_ACTION_OPEN : GTK_FILE_CHOOSER_ACTION_SAVE;
  title = g_strdup_printf (import ? _("Import Annotations from %s") : _("Export Annotations as %s"),
                           _(formats[i].name));
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), mode,
                                         import ? _("_Import") : _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  _sitrep_window_start_in_project_folder (self, GTK_FILE_CHOOSER (chooser));
  if (!import)
    {
      g_autofree char *base = g_path_get_basename (sitrep_store_get_path (sitrep_window_get_store (self)));
      if (g_str_has_suffix (base, ".sitrep"))
        base[strlen (base) - 7] = '\0';
      if (formats[i].suffix != NULL)
        {
          g_autofree char *suggested = g_strconcat (base, formats[i].suffix, NULL);
          gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
        }
      add_annotator_choice (GTK_FILE_CHOOSER (chooser), sitrep_window_get_store (self), _("Annotations of"),
                            _("Everyone"));
    }
  else
    add_annotator_choice (GTK_FILE_CHOOSER (chooser), sitrep_window_get_store (self),
                          _("Spans the file does not attribute were made by"), _("Nobody named"));
  g_object_set_data_full (G_OBJECT (chooser), "format", g_strdup (format), g_free);
  g_object_set_data (G_OBJECT (chooser), "import", GINT_TO_POINTER (import));
  g_signal_connect (chooser, "response", G_CALLBACK (on_exchange_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* win.export-annotations-to (format, annotator or "", path) and
 * win.import-annotations-from (format, annotator or "", path): the same
 * without a chooser, for scripts and tests. */
static void
exchange_to_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  const char *format, *who, *path;
  Job *job;

  g_variant_get (param, "(&s&s&s)", &format, &who, &path);
  if (sitrep_window_get_store (self) == NULL)
    return;
  job = g_new0 (Job, 1);
  if (!sitrep_exchange_format_from_string (format, &job->format))
    {
      job_free (job);
      return;
    }
  job->kind = g_str_equal (action_name, "win.import-annotations-from") ? JOB_IMPORT : JOB_EXPORT;
  job->annotator = *who != '\0' ? g_strdup (who) : NULL;
  job->zip = g_str_has_suffix (path, ".zip");
  job->file = g_file_new_for_path (path);
  run_job (self, job);
}

static void
on_merge_chooser_response (GtkNativeDialog *chooser,
                           int              response,
                           SitrepWindow    *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && sitrep_window_get_store (self) != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      Job *job = g_new0 (Job, 1);
      job->kind = JOB_MERGE;
      job->file = g_steal_pointer (&file);
      run_job (self, job);
    }
  g_object_unref (chooser);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Merge Work from Project"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Merge"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  _sitrep_window_start_in_project_folder (self, GTK_FILE_CHOOSER (chooser));
  gtk_file_filter_set_name (filter, _("Sitrep projects"));
  gtk_file_filter_add_pattern (filter, "*.sitrep");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_merge_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
merge_from_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  Job *job;

  if (sitrep_window_get_store (self) == NULL)
    return;
  job = g_new0 (Job, 1);
  job->kind = JOB_MERGE;
  job->file = g_file_new_for_path (g_variant_get_string (param, NULL));
  run_job (self, job);
}

static void
on_copy_chooser_response (GtkNativeDialog *chooser,
                          int              response,
                          SitrepWindow    *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && sitrep_window_get_store (self) != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      Job *job = g_new0 (Job, 1);
      job->kind = JOB_COPY;
      job->annotator = chosen_annotator (GTK_FILE_CHOOSER (chooser));
      job->blind = g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "blind"), "true") == 0;
      job->file = g_steal_pointer (&file);
      run_job (self, job);
    }
  g_object_unref (chooser);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  SitrepStore *store = sitrep_window_get_store (self);
  g_autofree char *base = NULL;
  g_autofree char *suggested = NULL;
  GtkFileChooserNative *chooser;

  if (store == NULL)
    return;
  base = g_path_get_basename (sitrep_store_get_path (store));
  if (g_str_has_suffix (base, ".sitrep"))
    base[strlen (base) - 7] = '\0';
  suggested = g_strdup_printf (_("%s (coder’s copy).sitrep"), base);
  chooser = gtk_file_chooser_native_new (_("Save a Copy for a Coder"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  _sitrep_window_start_in_project_folder (self, GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  add_annotator_choice (GTK_FILE_CHOOSER (chooser), store, _("For"), _("Any coder"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "blind",
                               _("Leave out other coders’ annotations (blind coding)"), NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "blind", "true");
  g_signal_connect (chooser, "response", G_CALLBACK (on_copy_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* win.save-coder-copy-to (path, annotator or "", blind) */
static void
copy_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  const char *path, *who;
  gboolean blind;
  Job *job;

  if (sitrep_window_get_store (self) == NULL)
    return;
  g_variant_get (param, "(&s&sb)", &path, &who, &blind);
  job = g_new0 (Job, 1);
  job->kind = JOB_COPY;
  job->file = g_file_new_for_path (path);
  job->annotator = *who != '\0' ? g_strdup (who) : NULL;
  job->blind = blind;
  run_job (self, job);
}

static void
agreement_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  SitrepAgreementWindow *window;

  if (sitrep_window_get_store (self) == NULL)
    return;
  window = sitrep_agreement_window_new (self, sitrep_window_get_store (self));
  gtk_window_present (GTK_WINDOW (window));
}

static void
adjudicate_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  gint64 id = sitrep_window_get_selected_id (self);
  g_autoptr(GError) error = NULL;
  SitrepAdjudicationDialog *dialog;

  if (sitrep_window_get_store (self) == NULL || id <= 0)
    return;
  dialog = sitrep_adjudication_dialog_new (self, sitrep_window_get_store (self), id, &error);
  if (dialog == NULL)
    {
      sitrep_window_show_toast (self, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Window hooks */

void
_sitrep_window_class_datasets_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-annotations", "s", exchange_action);
  gtk_widget_class_install_action (widget_class, "win.import-annotations", "s", exchange_action);
  gtk_widget_class_install_action (widget_class, "win.export-annotations-to", "(sss)", exchange_to_action);
  gtk_widget_class_install_action (widget_class, "win.import-annotations-from", "(sss)", exchange_to_action);
  gtk_widget_class_install_action (widget_class, "win.merge-project", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "win.merge-project-from", "s", merge_from_action);
  gtk_widget_class_install_action (widget_class, "win.save-coder-copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "win.save-coder-copy-to", "(ssb)", copy_to_action);
  gtk_widget_class_install_action (widget_class, "win.show-agreement", NULL, agreement_action);
  gtk_widget_class_install_action (widget_class, "win.adjudicate", NULL, adjudicate_action);
}


void
_sitrep_window_datasets_update_actions (SitrepWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean store = sitrep_window_get_store (self) != NULL;
  gboolean writable = store && _sitrep_window_has_writable_store (self);
  gboolean idle = !datasets_busy (self) && self->import_cancellable == NULL;

  gtk_widget_action_set_enabled (widget, "win.export-annotations", store && idle);
  gtk_widget_action_set_enabled (widget, "win.export-annotations-to", store && idle);
  gtk_widget_action_set_enabled (widget, "win.import-annotations", writable && idle);
  gtk_widget_action_set_enabled (widget, "win.import-annotations-from", writable && idle);
  gtk_widget_action_set_enabled (widget, "win.merge-project", writable && idle);
  gtk_widget_action_set_enabled (widget, "win.merge-project-from", writable && idle);
  gtk_widget_action_set_enabled (widget, "win.save-coder-copy", store && idle);
  gtk_widget_action_set_enabled (widget, "win.save-coder-copy-to", store && idle);
  gtk_widget_action_set_enabled (widget, "win.show-agreement", store);
  gtk_widget_action_set_enabled (widget, "win.adjudicate", writable);
}

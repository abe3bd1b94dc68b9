/* sitrep-web-import-dialog.c — Import from Web…: articles fetched by their address
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-fetch.h"
#include "sitrep-web-import-dialog.h"
#include "sitrep-window.h"
#include "sitrep-web-import-dialog-private.h"

struct _SitrepWebImportDialog
{
  AdwWindow      parent_instance;

  SitrepStore   *store;
  GtkTextView   *addresses;
  GtkButton     *import_button;
  GtkButton     *cancel_button;
  GtkProgressBar *progress;
  GtkLabel      *report_label;
  GCancellable  *cancellable;   /* while an import runs */
  GStrv          addresses_fetched;   /* while an import runs: for its progress */
  char          *report;
  gboolean       close_when_done;
};

G_DEFINE_FINAL_TYPE (SitrepWebImportDialog, sitrep_web_import_dialog, ADW_TYPE_WINDOW)

enum { SIGNAL_ARTICLE_IMPORTED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
on_fetch_progress (guint    done,
                   guint    total,
                   gpointer data)
{
  SitrepWebImportDialog *self = data;

  if (self->cancellable != NULL && self->addresses_fetched != NULL && done < total)
    {
      g_autofree char *text = g_strdup_printf (_("Fetching %u of %u: %s"), MIN (done + 1, total), total,
                                               self->addresses_fetched[done]);

      gtk_progress_bar_set_fraction (self->progress, (double) done / MAX (total, 1));
      gtk_progress_bar_set_text (self->progress, text);
    }
}

static void
append_report_line (GString            *report,
                    SitrepFetchOutcome *outcome)
{
  if (outcome->id > 0 && outcome->warning != NULL)
    g_string_append_printf (report, _("%s: imported (%s)"), outcome->address, outcome->warning);
  else if (outcome->id > 0)
    g_string_append_printf (report, _("%s: imported"), outcome->address);
  else if (outcome->id < 0)
    g_string_append_printf (report, _("%s: already in the project"), outcome->address);
  else
    g_string_append_printf (report, _("%s: %s"), outcome->address, outcome->message);
  g_string_append_c (report, '\n');
}

static void
set_busy (SitrepWebImportDialog *self,
          gboolean               busy)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), !busy);
  gtk_text_view_set_editable (self->addresses, !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), busy);
  gtk_button_set_label (self->cancel_button, busy ? _("_Cancel") : _("_Close"));
}

static void
on_fetch_done (GObject      *object,
               GAsyncResult *result,
               gpointer      data)
{
  g_autoptr(SitrepWebImportDialog) self = data;
  g_autoptr(GPtrArray) outcomes = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  /* Cancelled or not, the report lists the addresses fetched. */
  sitrep_fetch_import_all_finish (SITREP_STORE (object), result, &outcomes, &error);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->addresses_fetched, g_strfreev);
  for (guint i = 0; outcomes != NULL && i < outcomes->len; i++)
    append_report_line (report, outcomes->pdata[i]);
  g_free (self->report);
  self->report = g_strdup (report->str);
  g_strchomp (self->report);
  gtk_label_set_text (self->report_label, self->report);
  gtk_widget_set_visible (GTK_WIDGET (self->report_label), TRUE);
  set_busy (self, FALSE);
  for (guint i = 0; outcomes != NULL && i < outcomes->len; i++)
    {
      SitrepFetchOutcome *outcome = outcomes->pdata[i];

      if (outcome->id > 0)
        g_signal_emit (self, signals[SIGNAL_ARTICLE_IMPORTED], 0, outcome->id);
    }
  if (self->close_when_done)
    gtk_window_close (GTK_WINDOW (self));
}

/* The addresses in the field: one per line, blank lines and repeats left out. */
static GStrv
collect_addresses (SitrepWebImportDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->addresses);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit_set (text, "\n\r\t ", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0' && g_hash_table_add (seen, lines[i]))
        g_strv_builder_add (builder, lines[i]);
    }
  return g_strv_builder_end (builder);
}

void
sitrep_web_import_dialog_start (SitrepWebImportDialog *self)
{
  g_auto(GStrv) addresses = NULL;
  GtkWindow *parent;

  g_return_if_fail (SITREP_IS_WEB_IMPORT_DIALOG (self));

  if (self->cancellable != NULL)
    return;
  addresses = collect_addresses (self);
  if (addresses[0] == NULL)
    {
      gtk_label_set_text (self->report_label, _("Paste or type at least one web address."));
      gtk_widget_set_visible (GTK_WIDGET (self->report_label), TRUE);
      return;
    }

  /* the window's work: it stops when the window goes too */
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  self->cancellable = SITREP_IS_WINDOW (parent) ? sitrep_window_new_cancellable (SITREP_WINDOW (parent))
                                                : g_cancellable_new ();
  self->addresses_fetched = g_steal_pointer (&addresses);
  gtk_progress_bar_set_fraction (self->progress, 0.0);
  gtk_widget_set_visible (GTK_WIDGET (self->report_label), FALSE);
  set_busy (self, TRUE);
  sitrep_fetch_import_all_async (self->store, (const char * const *) self->addresses_fetched,
                                 on_fetch_progress, g_object_ref (self), g_object_unref, self->cancellable,
                                 on_fetch_done, g_object_ref (self));
}

gboolean
sitrep_web_import_dialog_is_busy (SitrepWebImportDialog *self)
{
  g_return_val_if_fail (SITREP_IS_WEB_IMPORT_DIALOG (self), FALSE);
  return self->cancellable != NULL;
}

const char *
sitrep_web_import_dialog_get_report (SitrepWebImportDialog *self)
{
  g_return_val_if_fail (SITREP_IS_WEB_IMPORT_DIALOG (self), NULL);
  return self->report;
}

static void
on_import_clicked (SitrepWebImportDialog *self)
{
  sitrep_web_import_dialog_start (self);
}

static void
on_cancel_clicked (SitrepWebImportDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
on_close_request (SitrepWebImportDialog *self)
{
  /* closing while fetching cancels; the window goes when the thread is done */
  if (self->cancellable == NULL)
    return FALSE;
  self->close_when_done = TRUE;
  g_cancellable_cancel (self->cancellable);
  return TRUE;
}

static void
sitrep_web_import_dialog_dispose (GObject *object)
{
  SitrepWebImportDialog *self = SITREP_WEB_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (sitrep_web_import_dialog_parent_class)->dispose (object);
}

static void
sitrep_web_import_dialog_finalize (GObject *object)
{
  SitrepWebImportDialog *self = SITREP_WEB_IMPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_strfreev (self->addresses_fetched);
  g_free (self->report);
  G_OBJECT_CLASS (sitrep_web_import_dialog_parent_class)->finalize (object);
}

static void
sitrep_web_import_dialog_class_init (SitrepWebImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_web_import_dialog_dispose;
  object_class->finalize = sitrep_web_import_dialog_finalize;

  signals[SIGNAL_ARTICLE_IMPORTED] =
    g_signal_new ("article-imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  /* Escape closes (and cancels a fetch, as the close button does) */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* Ctrl+Enter, even in the addresses (where Enter starts a new line): Import */
static gboolean
import_shortcut (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   data)
{
  SitrepWebImportDialog *self = SITREP_WEB_IMPORT_DIALOG (widget);

  if (gtk_widget_get_sensitive (GTK_WIDGET (self->import_button)))
    sitrep_web_import_dialog_start (self);
  return TRUE;
}

static GtkWidget *
build_header (SitrepWebImportDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();

  self->cancel_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Close")));
  self->import_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Import")));
  gtk_widget_add_css_class (GTK_WIDGET (self->import_button), "suggested-action");
  /* Enter is a new line in the addresses: Ctrl+Enter imports them */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->import_button), _("Import the pages (Ctrl+Enter)"));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->cancel_button));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->import_button));
  g_signal_connect_swapped (self->import_button, "clicked", G_CALLBACK (on_import_clicked), self);
  g_signal_connect_swapped (self->cancel_button, "clicked", G_CALLBACK (on_cancel_clicked), self);
  return header;
}

static void
sitrep_web_import_dialog_init (SitrepWebImportDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *intro = gtk_label_new (_("Web addresses of the articles, one per line. Paste or drop links here. "
                                      "Only each page itself is fetched; nothing in it is run."));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkEventController *keys;

  gtk_window_set_title (GTK_WINDOW (self), _("Import from Web"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 420);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  gtk_box_append (GTK_BOX (box), build_header (self));
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 12);
  gtk_widget_set_vexpand (content, TRUE);
  gtk_box_append (GTK_BOX (box), content);

  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0.0);
  gtk_box_append (GTK_BOX (content), intro);

  self->addresses = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->addresses, GTK_WRAP_CHAR);
  gtk_text_view_set_monospace (self->addresses, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->addresses), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Web addresses, one per line"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->addresses));
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_box_append (GTK_BOX (content), scrolled);

  self->progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_show_text (self->progress, TRUE);
  gtk_progress_bar_set_ellipsize (self->progress, PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), FALSE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->progress));

  self->report_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->report_label, TRUE);
  gtk_label_set_wrap_mode (self->report_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->report_label, 0.0);
  gtk_label_set_selectable (self->report_label, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->report_label), FALSE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->report_label));

  adw_window_set_content (ADW_WINDOW (self), box);
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request), NULL);
  /* caught before the addresses see it: there Enter is a new line */
  keys = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Return|<Control>KP_Enter"),
                                                          gtk_callback_action_new (import_shortcut, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  /* the keys go where the addresses are typed or pasted */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->addresses));
}

SitrepWebImportDialog *
sitrep_web_import_dialog_new (GtkWindow   *parent,
                              SitrepStore *store,
                              const char  *addresses)
{
  SitrepWebImportDialog *self;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  self = g_object_new (SITREP_TYPE_WEB_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  if (addresses != NULL)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->addresses), addresses, -1);
  return self;
}

/* ---- win.import-web ---- */

static void
on_article_imported (SitrepWebImportDialog *dialog,
                     gint64                 id,
                     SitrepWindow          *window)
{
  /* the first new article is shown, as after a file import */
  if (g_object_get_data (G_OBJECT (dialog), "sitrep-shown") == NULL)
    {
      g_object_set_data (G_OBJECT (dialog), "sitrep-shown", GINT_TO_POINTER (1));
      sitrep_window_select_article (window, id);
    }
}

gboolean
sitrep_web_import_text_is_links (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text != NULL ? text : "", " \t\r\n", -1);
  guint links = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autoptr(GUri) uri = NULL;

      if (words[i][0] == '\0')
        continue;
      uri = g_uri_parse (words[i], G_URI_FLAGS_PARSE_RELAXED, NULL);
      if (uri == NULL || g_uri_get_host (uri) == NULL || g_uri_get_host (uri)[0] == '\0' ||
          (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") != 0 &&
           g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") != 0))
        return FALSE;
      links++;
    }
  return links > 0;
}

void
sitrep_web_import_fetch_links_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  SitrepWebImportDialog *dialog;

  g_object_set_data (G_OBJECT (widget), "sitrep-web-import-dialog", NULL);
  sitrep_web_import_action (widget, action_name, parameter);
  dialog = g_object_get_data (G_OBJECT (widget), "sitrep-web-import-dialog");
  if (dialog != NULL)
    sitrep_web_import_dialog_start (dialog);
}

static void
forget_dialog (SitrepWebImportDialog *dialog,
               SitrepWindow          *window)
{
  if (g_object_get_data (G_OBJECT (window), "sitrep-web-import-dialog") == dialog)
    g_object_set_data (G_OBJECT (window), "sitrep-web-import-dialog", NULL);
}

void
sitrep_web_import_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SitrepWindow *window = SITREP_WINDOW (widget);
  SitrepStore *store = sitrep_window_get_store (window);
  SitrepWebImportDialog *dialog;

  if (store == NULL)
    {
      sitrep_window_show_toast (window, _("Open or create a project first, then import web pages into it"));
      return;
    }
  if (sitrep_store_is_read_only (store))
    {
      sitrep_window_show_toast (window, _("The project is read-only: nothing can be imported into it"));
      return;
    }
  dialog = sitrep_web_import_dialog_new (GTK_WINDOW (window), store,
                                         parameter != NULL ? g_variant_get_string (parameter, NULL) : NULL);
  g_signal_connect_object (dialog, "article-imported", G_CALLBACK (on_article_imported), window, 0);
  /* the dialog shown last, for win.fetch-links */
  g_object_set_data (G_OBJECT (window), "sitrep-web-import-dialog", dialog);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (forget_dialog), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

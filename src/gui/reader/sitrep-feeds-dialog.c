/* sitrep-feeds-dialog.c — Feeds: the project's subscriptions, their unread articles and checks
 *
 * The checks themselves belong to the window's SitrepFeedsChecker (so the
 * periodic check runs with the dialog closed); the dialog shows its
 * progress and report, and edits the subscriptions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-feeds"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-io.h"
#include "sitrep-feeds.h"
#include "sitrep-feeds-private.h"
#include "sitrep-window.h"
#include "sitrep-feeds-dialog.h"

struct _SitrepFeedsDialog
{
  AdwWindow            parent_instance;

  /* template widgets */
  AdwToastOverlay     *toasts;
  AdwEntryRow         *address_row;
  GtkLabel            *error_label;
  GtkSpinner          *add_spinner;
  GtkButton           *check_button;
  GtkWidget           *progress_box;
  GtkProgressBar      *progress;
  GtkLabel            *report_label;
  AdwPreferencesGroup *feeds_group;
  GtkSpinButton       *interval_spin;

  /* owned references */
  SitrepStore         *store;
  SitrepFeedsChecker  *checker;
  GSettings           *settings;
  GCancellable        *cancellable;   /* while a feed is being added */
  GPtrArray           *rows;          /* the rows in feeds_group */
  GPtrArray           *feeds;         /* SitrepFeedInfo*, as shown */
  SitrepFeedRemoval   *removal;       /* the last removal, for Undo */
  guint                reload_id;
};

G_DEFINE_FINAL_TYPE (SitrepFeedsDialog, sitrep_feeds_dialog, ADW_TYPE_WINDOW)

static void
toast (SitrepFeedsDialog *self,
       const char        *text)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (text));
}

static void
set_error (SitrepFeedsDialog *self,
           const char        *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->address_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->address_row), "error");
}

/* ---- the list of feeds ---- */

static GtkWidget *
build_unread_row (SitrepFeedUnread *unread)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_markup_escape_text (unread->title != NULL && unread->title[0] != '\0'
                                                   ? unread->title : _("Untitled article"), -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "feeds.open-article");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", unread->article_id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static char *
describe_checked (SitrepFeedInfo *info)
{
  g_autoptr(GDateTime) when = info->checked_at != NULL ? g_date_time_new_from_iso8601 (info->checked_at, NULL) : NULL;
  g_autoptr(GDateTime) local = when != NULL ? g_date_time_to_local (when) : NULL;
  g_autofree char *date = local != NULL ? g_date_time_format (local, "%x %H:%M") : NULL;
  g_autofree char *url = g_markup_escape_text (info->url, -1);

  if (date == NULL)
    return g_strdup_printf (_("%s · not checked yet"), url);
  return g_strdup_printf (_("%s · checked %s"), url, date);
}

static GtkWidget *
build_feed_row (SitrepFeedsDialog *self,
                SitrepFeedInfo    *info)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *title = g_markup_escape_text (info->title != NULL ? info->title : info->url, -1);
  g_autofree char *subtitle = describe_checked (info);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u unread", "%u unread", info->unread),
                                            info->unread);
  g_autofree char *count_name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u unread article",
                                                              "%u unread articles", info->unread), info->unread);
  g_autofree char *remove_name = g_strdup_printf (_("Stop following %s"), info->title != NULL ? info->title : info->url);
  GtkWidget *unread = gtk_label_new (count);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autoptr(GPtrArray) articles = info->unread > 0 ? sitrep_feeds_list_unread (self->store, info->id, NULL) : NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_widget_add_css_class (unread, info->unread > 0 ? "accent" : "dim-label");
  gtk_widget_add_css_class (unread, "numeric");
  gtk_widget_set_tooltip_text (unread, count_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (unread), GTK_ACCESSIBLE_PROPERTY_LABEL, count_name, -1);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), unread);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "feeds.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", info->id);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), articles != NULL && articles->len > 0);
  for (guint i = 0; articles != NULL && i < articles->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), build_unread_row (g_ptr_array_index (articles, i)));
  return row;
}

static void
reload (SitrepFeedsDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) feeds = sitrep_feeds_list (self->store, &error);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->feeds_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_clear_pointer (&self->feeds, g_ptr_array_unref);
  if (feeds == NULL)
    {
      adw_preferences_group_set_description (self->feeds_group, error->message);
      return;
    }
  adw_preferences_group_set_description (self->feeds_group,
                                         feeds->len == 0 ? _("The project follows no feed yet. Add a feed’s address "
                                                             "above, or import the feeds of an OPML file from the menu.")
                                                         : NULL);
  for (guint i = 0; i < feeds->len; i++)
    {
      GtkWidget *row = build_feed_row (self, g_ptr_array_index (feeds, i));

      adw_preferences_group_add (self->feeds_group, row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feeds.check",
                                 feeds->len > 0 && !sitrep_feeds_checker_is_busy (self->checker));
  self->feeds = g_steal_pointer (&feeds);
}

static gboolean
reload_idle (gpointer data)
{
  SitrepFeedsDialog *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Articles read or imported: the unread counts change. */
static void
on_articles_changed (SitrepFeedsDialog *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle, self);
}

/* ---- checking (the window's checker) ---- */

static void
on_checker_busy (SitrepFeedsDialog *self)
{
  gboolean busy = sitrep_feeds_checker_is_busy (self->checker);

  gtk_widget_set_visible (self->progress_box, busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feeds.check",
                                 !busy && self->feeds != NULL && self->feeds->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feeds.cancel", busy);
  if (busy)
    gtk_widget_set_visible (GTK_WIDGET (self->report_label), FALSE);
}

static void
on_checker_finished (SitrepFeedsChecker *checker,
                     int                 added,
                     SitrepFeedsDialog  *self)
{
  const char *report = sitrep_feeds_checker_get_report (checker);
  g_autofree char *summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'d new article.", "%'d new articles.",
                                                           added), added);
  g_autofree char *text = report != NULL && report[0] != '\0' ? g_strdup_printf ("%s\n%s", report, summary)
                                                              : g_strdup (summary);

  gtk_label_set_text (self->report_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->report_label), TRUE);
  reload (self);
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SitrepFeedsDialog *self = SITREP_FEEDS_DIALOG (widget);

  if (!sitrep_feeds_checker_start (self->checker))
    toast (self, _("The feeds cannot be checked now: a check runs already, or the project is read-only."));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sitrep_feeds_checker_cancel (SITREP_FEEDS_DIALOG (widget)->checker);
}

/* ---- adding a feed (fetched once, off the main thread) ---- */

static void
on_add_done (GObject      *object,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(SitrepFeedsDialog) self = data;
  g_autoptr(GError) error = NULL;
  gint64 id = sitrep_feeds_add_finish (SITREP_STORE (object), result, &error);

  g_clear_object (&self->cancellable);
  gtk_spinner_stop (self->add_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->add_spinner), FALSE);
  gtk_editable_set_editable (GTK_EDITABLE (self->address_row), TRUE);
  if (id <= 0)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_error (self, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->address_row), "");
  reload (self);
  for (guint i = 0; self->feeds != NULL && i < self->feeds->len; i++)
    {
      SitrepFeedInfo *info = g_ptr_array_index (self->feeds, i);
      g_autofree char *text = NULL;

      if (info->id != id)
        continue;
      text = g_strdup_printf (_("Following “%s”. Check Feeds imports its articles."),
                              info->title != NULL ? info->title : info->url);
      toast (self, text);
    }
}

static void
add_feed (SitrepFeedsDialog *self,
          const char        *address)
{
  g_autofree char *text = g_strstrip (g_strdup (address));
  GtkWindow *parent;

  if (self->cancellable != NULL)
    return;
  if (text[0] == '\0')
    {
      set_error (self, _("Type or paste the address of a feed (http:// or https://)."));
      return;
    }
  set_error (self, NULL);
  /* the window's work: it stops when the window goes too */
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  self->cancellable = SITREP_IS_WINDOW (parent) ? sitrep_window_new_cancellable (SITREP_WINDOW (parent))
                                                : g_cancellable_new ();
  /* not insensitive: the field keeps the keyboard focus while the feed is added */
  gtk_editable_set_editable (GTK_EDITABLE (self->address_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->add_spinner), TRUE);
  gtk_spinner_start (self->add_spinner);
  sitrep_feeds_add_async (self->store, text, self->cancellable, on_add_done, g_object_ref (self));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SitrepFeedsDialog *self = SITREP_FEEDS_DIALOG (widget);

  if (parameter != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->address_row), g_variant_get_string (parameter, NULL));
  add_feed (self, gtk_editable_get_text (GTK_EDITABLE (self->address_row)));
}

static void
on_address_apply (SitrepFeedsDialog *self)
{
  add_feed (self, gtk_editable_get_text (GTK_EDITABLE (self->address_row)));
}

/* ---- removing (asked first) ---- */

static SitrepFeedInfo *
find_feed (SitrepFeedsDialog *self,
           gint64             id)
{
  for (guint i = 0; self->feeds != NULL && i < self->feeds->len; i++)
    if (((SitrepFeedInfo *) g_ptr_array_index (self->feeds, i))->id == id)
      return g_ptr_array_index (self->feeds, i);
  return NULL;
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SitrepFeedsDialog *self = SITREP_FEEDS_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  SitrepFeedRemoval *removal;
  AdwToast *done;

  if (find_feed (self, g_variant_get_int64 (parameter)) == NULL)
    return;
  /* removed at once, with Undo instead of a question (the articles stay) */
  removal = sitrep_feeds_remove_full (self->store, g_variant_get_int64 (parameter), &error);
  if (removal == NULL)
    {
      toast (self, error->message);
      return;
    }
  g_clear_pointer (&self->removal, sitrep_feed_removal_free);
  self->removal = removal;
  reload (self);
  /* short enough for the toast not to cut it: the articles staying is the point */
  done = adw_toast_new (_("Feed removed; its articles stay in the project"));
  adw_toast_set_button_label (done, _("_Undo"));
  adw_toast_set_action_name (done, "feeds.undo-remove");
  adw_toast_set_priority (done, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toasts, done);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feeds.undo-remove", TRUE);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SitrepFeedsDialog *self = SITREP_FEEDS_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepFeedRemoval) removal = g_steal_pointer (&self->removal);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feeds.undo-remove", FALSE);
  if (removal == NULL)
    return;
  if (!sitrep_feeds_restore (self->store, removal, &error))
    {
      toast (self, error->message);
      return;
    }
  reload (self);
}

/* ---- opening an unread article ---- */

static void
open_article_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SitrepFeedsDialog *self = SITREP_FEEDS_DIALOG (widget);
  GtkWindow *window = gtk_window_get_transient_for (GTK_WINDOW (self));
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;

  /* opened from its feed, an article is read: no longer new */
  if (!sitrep_store_set_article_status (self->store, id, SITREP_ARTICLE_STATUS_IN_PROGRESS, &error))
    {
      toast (self, error->message);
      return;
    }
  if (SITREP_IS_WINDOW (window))
    sitrep_window_select_article (SITREP_WINDOW (window), id);
  gtk_window_close (GTK_WINDOW (self));
}

/* ---- OPML ---- */

static void
import_opml_file (SitrepFeedsDialog *self,
                  GFile             *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint already = 0;
  int added;

  added = sitrep_feeds_import_opml_file (self->store, file, &already, NULL, &error);
  if (added < 0)
    {
      toast (self, error->message);
      return;
    }
  if (already > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%d feed added from the OPML file; the others were followed already.",
                                         "%d feeds added from the OPML file; the others were followed already.",
                                         added), added);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d feed added from the OPML file.",
                                         "%d feeds added from the OPML file.", added), added);
  toast (self, text);
  reload (self);
}

static void
export_opml_file (SitrepFeedsDialog *self,
                  GFile             *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *opml = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *path = g_file_get_path (file);
  gsize len = 0;

  if (path == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("Sitrep writes exports only to folders on this computer."));
  else
    opml = sitrep_feeds_export_opml (self->store, _("Sitrep feeds"), &len, &error);
  /* whole or not at all, like every export (sitrep-io-atomic.c) */
  if (opml == NULL || !sitrep_atomic_write_contents (path, opml, len, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The feeds could not be exported: %s"), error->message);

      toast (self, text);
      return;
    }
  {
    g_autofree char *text = g_strdup_printf (_("The feeds were exported to %s."), name);

    toast (self, text);
  }
}

static void
opml_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SitrepFeedsDialog *self = SITREP_FEEDS_DIALOG (widget);
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  if (g_str_equal (action_name, "feeds.import-opml-file"))
    import_opml_file (self, file);
  else
    export_opml_file (self, file);
}

static void
on_chooser_response (GtkNativeDialog   *chooser,
                     int                response,
                     SitrepFeedsDialog *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    {
      if (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_OPEN)
        import_opml_file (self, file);
      else
        export_opml_file (self, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
opml_chooser_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SitrepFeedsDialog *self = SITREP_FEEDS_DIALOG (widget);
  gboolean import = g_str_equal (action_name, "feeds.import-opml");
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (import ? _("Import Feeds from OPML") : _("Export Feeds as OPML"),
                                         GTK_WINDOW (self),
                                         import ? GTK_FILE_CHOOSER_ACTION_OPEN : GTK_FILE_CHOOSER_ACTION_SAVE,
                                         import ? _("_Import") : _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("OPML files"));
  gtk_file_filter_add_pattern (filter, "*.opml");
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (!import)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("feeds.opml"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- building ---- */

static gboolean
on_close_request (SitrepFeedsDialog *self)
{
  /* adding a feed stops with the dialog; a check goes on in the window */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  return FALSE;
}

/* The first keyboard focus: the list of feeds when there is one (to read
 * or remove), else the address field; never Check Feeds, which starts
 * network work on a stray Enter. */
static void
sitrep_feeds_dialog_map (GtkWidget *widget)
{
  SitrepFeedsDialog *self = SITREP_FEEDS_DIALOG (widget);

  GTK_WIDGET_CLASS (sitrep_feeds_dialog_parent_class)->map (widget);
  if (self->rows->len == 0 || !gtk_widget_child_focus (g_ptr_array_index (self->rows, 0), GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (GTK_WIDGET (self->address_row));
}

/* The address field stops blinking before it goes (GTK warns of a text
 * disposed while it still had the focus). */
static void
sitrep_feeds_dialog_unmap (GtkWidget *widget)
{
  gtk_window_set_focus (GTK_WINDOW (widget), NULL);
  GTK_WIDGET_CLASS (sitrep_feeds_dialog_parent_class)->unmap (widget);
}

static void
sitrep_feeds_dialog_dispose (GObject *object)
{
  SitrepFeedsDialog *self = SITREP_FEEDS_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->checker);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_FEEDS_DIALOG);
  G_OBJECT_CLASS (sitrep_feeds_dialog_parent_class)->dispose (object);
}

static void
sitrep_feeds_dialog_finalize (GObject *object)
{
  SitrepFeedsDialog *self = SITREP_FEEDS_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->feeds, g_ptr_array_unref);
  g_clear_pointer (&self->removal, sitrep_feed_removal_free);
  G_OBJECT_CLASS (sitrep_feeds_dialog_parent_class)->finalize (object);
}

static void
sitrep_feeds_dialog_class_init (SitrepFeedsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_feeds_dialog_dispose;
  object_class->finalize = sitrep_feeds_dialog_finalize;

  gtk_widget_class_install_action (widget_class, "feeds.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "feeds.add-address", "s", add_action);
  gtk_widget_class_install_action (widget_class, "feeds.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "feeds.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "feeds.remove", "x", remove_action);
  gtk_widget_class_install_action (widget_class, "feeds.undo-remove", NULL, undo_remove_action);
  gtk_widget_class_install_action (widget_class, "feeds.open-article", "x", open_article_action);
  gtk_widget_class_install_action (widget_class, "feeds.import-opml", NULL, opml_chooser_action);
  gtk_widget_class_install_action (widget_class, "feeds.export-opml", NULL, opml_chooser_action);
  gtk_widget_class_install_action (widget_class, "feeds.import-opml-file", "s", opml_file_action);
  gtk_widget_class_install_action (widget_class, "feeds.export-opml-file", "s", opml_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  widget_class->map = sitrep_feeds_dialog_map;
  widget_class->unmap = sitrep_feeds_dialog_unmap;
  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-feeds-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepFeedsDialog, toasts);
  gtk_widget_class_bind_template_child (widget_class, SitrepFeedsDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepFeedsDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepFeedsDialog, add_spinner);
  gtk_widget_class_bind_template_child (widget_class, SitrepFeedsDialog, check_button);
  gtk_widget_class_bind_template_child (widget_class, SitrepFeedsDialog, progress_box);
  gtk_widget_class_bind_template_child (widget_class, SitrepFeedsDialog, progress);
  gtk_widget_class_bind_template_child (widget_class, SitrepFeedsDialog, report_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepFeedsDialog, feeds_group);
  gtk_widget_class_bind_template_child (widget_class, SitrepFeedsDialog, interval_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_address_apply);
}

static void
sitrep_feeds_dialog_init (SitrepFeedsDialog *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request), NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feeds.cancel", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feeds.undo-remove", FALSE);
}

SitrepFeedsDialog *
sitrep_feeds_dialog_new (GtkWindow   *parent,
                         SitrepStore *store)
{
  SitrepFeedsDialog *self;

  g_return_val_if_fail (SITREP_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  self = g_object_new (SITREP_TYPE_FEEDS_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->checker = g_object_ref (sitrep_feeds_checker_get_for_window (GTK_WIDGET (parent)));
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "feeds-check-interval", self->interval_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_object_bind_property (self->checker, "fraction", self->progress, "fraction", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->checker, "status", self->progress, "text", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->checker, "notify::busy", G_CALLBACK (on_checker_busy), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->checker, "finished", G_CALLBACK (on_checker_finished), self, 0);
  g_signal_connect_object (store, "changed::article", G_CALLBACK (on_articles_changed), self, G_CONNECT_SWAPPED);
  reload (self);
  on_checker_busy (self);
  if (sitrep_feeds_checker_get_report (self->checker) != NULL)
    {
      gtk_label_set_text (self->report_label, sitrep_feeds_checker_get_report (self->checker));
      gtk_widget_set_visible (GTK_WIDGET (self->report_label), !sitrep_feeds_checker_is_busy (self->checker));
    }
  return self;
}

char *
sitrep_feeds_dialog_describe (SitrepFeedsDialog *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (SITREP_IS_FEEDS_DIALOG (self), NULL);

  for (guint i = 0; self->feeds != NULL && i < self->feeds->len; i++)
    {
      SitrepFeedInfo *info = g_ptr_array_index (self->feeds, i);

      g_string_append_printf (text, "%s\t%u\n", info->title != NULL ? info->title : info->url, info->unread);
    }
  return g_string_free (text, FALSE);
}

const char *
sitrep_feeds_dialog_get_error (SitrepFeedsDialog *self)
{
  g_return_val_if_fail (SITREP_IS_FEEDS_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}

gboolean
sitrep_feeds_dialog_is_adding (SitrepFeedsDialog *self)
{
  g_return_val_if_fail (SITREP_IS_FEEDS_DIALOG (self), FALSE);
  return self->cancellable != NULL;
}

void
sitrep_feeds_dialog_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SitrepWindow *window = SITREP_WINDOW (widget);
  SitrepStore *store = sitrep_window_get_store (window);

  if (store == NULL)
    {
      sitrep_window_show_toast (window, _("Open or create a project first, then follow feeds in it"));
      return;
    }
  if (sitrep_store_is_read_only (store))
    {
      sitrep_window_show_toast (window, _("The project is read-only: no feed can be followed in it"));
      return;
    }
  gtk_window_present (GTK_WINDOW (sitrep_feeds_dialog_new (GTK_WINDOW (window), store)));
}

/* sitrep-labels-dialog.c — the project's label set: names, colours, keys, kinds
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-labels-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sitrep-io.h"
#include "sitrep-label-kind.h"
#include "sitrep-labels-dialog.h"
#include "sitrep-labels-dialog-private.h"

struct _SitrepLabelsDialog
{
  AdwPreferencesWindow  parent_instance;

  /* owned references */
  SitrepStore          *store;
  AdwPreferencesPage   *page;
  AdwPreferencesGroup  *group;
  AdwMessageDialog     *confirmation;
};

G_DEFINE_FINAL_TYPE (SitrepLabelsDialog, sitrep_labels_dialog, ADW_TYPE_PREFERENCES_WINDOW)

static void rebuild (SitrepLabelsDialog *self);

static void
toast (SitrepLabelsDialog *self,
       const char         *title,
       gboolean            undo)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  AdwToast *t = adw_toast_new (escaped);

  if (undo)
    {
      adw_toast_set_button_label (t, _("_Undo"));
      adw_toast_set_action_name (t, "labels.undo");
    }
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), t);
}

static SitrepLabel *
find_label (SitrepLabelsDialog *self,
            gint64              id,
            GPtrArray         **labels)
{
  *labels = sitrep_store_list_labels (self->store, NULL);
  for (guint i = 0; *labels != NULL && i < (*labels)->len; i++)
    if (sitrep_label_get_id (g_ptr_array_index (*labels, i)) == id)
      return g_ptr_array_index (*labels, i);

  return NULL;
}

/* Saves one field of label @id, keeping the others. */
static void
save_label (SitrepLabelsDialog *self,
            gint64              id,
            const char         *field,
            const char         *value)
{
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GError) error = NULL;
  SitrepLabel *l = find_label (self, id, &labels);

  if (l == NULL)
    return;

  if (!sitrep_store_update_label (self->store, id,
                                  g_str_equal (field, "name") ? value : sitrep_label_get_name (l),
                                  g_str_equal (field, "kind") ? value : sitrep_label_get_kind (l),
                                  g_str_equal (field, "color") ? value : sitrep_label_get_color (l),
                                  g_str_equal (field, "shortcut") ? value : sitrep_label_get_shortcut (l),
                                  g_str_equal (field, "description") ? value : sitrep_label_get_description (l),
                                  &error))
    toast (self, error->message, FALSE);
}

static gint64
row_label_id (gpointer widget)
{
  gint64 *id = g_object_get_data (G_OBJECT (widget), "label-id");

  return id ? *id : 0;
}

static void
set_row_label_id (gpointer widget,
                  gint64   id)
{
  g_object_set_data_full (G_OBJECT (widget), "label-id", g_memdup2 (&id, sizeof id), g_free);
}

static void
on_entry_apply (AdwEntryRow        *row,
                SitrepLabelsDialog *self)
{
  save_label (self, row_label_id (row), g_object_get_data (G_OBJECT (row), "field"),
              gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
on_kind_selected (AdwComboRow        *row,
                  GParamSpec         *pspec,
                  SitrepLabelsDialog *self)
{
  guint i = adw_combo_row_get_selected (row);

  if (i < SITREP_N_LABEL_KINDS && !g_object_get_data (G_OBJECT (row), "loading"))
    save_label (self, row_label_id (row), "kind", sitrep_label_kind_to_string ((SitrepLabelKind) i));
}

static void
on_color_set (GtkColorButton     *button,
              SitrepLabelsDialog *self)
{
  GdkRGBA rgba;
  g_autofree char *hex = NULL;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  hex = g_strdup_printf ("#%02x%02x%02x", (int) (rgba.red * 255 + 0.5), (int) (rgba.green * 255 + 0.5),
                         (int) (rgba.blue * 255 + 0.5));
  save_label (self, row_label_id (button), "color", hex);
}

static GtkWidget *
make_entry_row (const char *title,
                const char *value,
                const char *field,
                gint64      id,
                gpointer    self)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), value ? value : "");
  g_object_set_data (G_OBJECT (row), "field", (gpointer) field);
  set_row_label_id (row, id);
  g_signal_connect (row, "apply", G_CALLBACK (on_entry_apply), self);

  return row;
}

static GtkWidget *
make_label_row (SitrepLabelsDialog *self,
                SitrepLabel        *label)
{
  gint64 id = sitrep_label_get_id (label);
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *swatch = gtk_label_new (NULL);
  GtkWidget *key = gtk_label_new (sitrep_label_get_shortcut (label));
  GtkWidget *kind = adw_combo_row_new ();
  GtkStringList *kind_list = gtk_string_list_new (NULL);
  GtkWidget *color_row = adw_action_row_new ();
  GtkWidget *color = gtk_color_button_new ();
  GtkWidget *delete_row = adw_action_row_new ();
  GtkWidget *delete = gtk_button_new_with_mnemonic (_("_Delete Label"));
  g_autofree char *markup = g_markup_printf_escaped ("<span foreground=\"%s\" size=\"large\">⬤</span>",
                                                     sitrep_label_get_color (label));
  GdkRGBA rgba;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), sitrep_label_get_display_name (label));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), sitrep_label_get_description (label));
  gtk_label_set_markup (GTK_LABEL (swatch), markup);
  /* The dot is colour only; read aloud it is "black large circle". */
  gtk_accessible_update_state (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (expander), swatch);
  gtk_widget_add_css_class (key, "label-key");
  gtk_widget_set_valign (key, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (key, _("Key that applies this label"));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), key);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            make_entry_row (_("Name"), sitrep_label_get_name (label), "name", id, self));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            make_entry_row (_("Key"), sitrep_label_get_shortcut (label), "shortcut", id, self));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            make_entry_row (_("Description"), sitrep_label_get_description (label),
                                            "description", id, self));

  for (guint i = 0; i < SITREP_N_LABEL_KINDS; i++)
    gtk_string_list_append (kind_list, sitrep_label_kind_display_name ((SitrepLabelKind) i));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind), _("Kind"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (kind), _("What spans of this label are: it decides linking and figures"));
  adw_combo_row_set_model (ADW_COMBO_ROW (kind), G_LIST_MODEL (kind_list));
  g_object_unref (kind_list);
  g_object_set_data (G_OBJECT (kind), "loading", GINT_TO_POINTER (1));
  {
    SitrepLabelKind k;

    if (sitrep_label_kind_from_string (sitrep_label_get_kind (label), &k))
      adw_combo_row_set_selected (ADW_COMBO_ROW (kind), (guint) k);
  }
  g_object_set_data (G_OBJECT (kind), "loading", NULL);
  set_row_label_id (kind, id);
  g_signal_connect (kind, "notify::selected", G_CALLBACK (on_kind_selected), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), kind);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (color_row), _("Colour"));
  if (gdk_rgba_parse (&rgba, sitrep_label_get_color (label)))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (color), &rgba);
  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (color), FALSE);
  gtk_widget_set_valign (color, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (color), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Colour"), -1);
  set_row_label_id (color, id);
  g_signal_connect (color, "color-set", G_CALLBACK (on_color_set), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (color_row), color);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), color_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (delete_row), _("Delete this label and its annotations"));
  gtk_widget_add_css_class (delete, "destructive-action");
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "labels.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "x", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (delete_row), delete);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), delete_row);

  return expander;
}

static void
rebuild (SitrepLabelsDialog *self)
{
  g_autoptr(GPtrArray) labels = NULL;
  GtkWidget *header;
  GtkWidget *add;
  GtkWidget *import;
  GtkWidget *export;

  if (self->group != NULL)
    adw_preferences_page_remove (self->page, self->group);

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Labels"));
  adw_preferences_group_set_description (self->group,
                                         _("Select words in the reader and press a label’s key to label them"));

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  import = gtk_button_new_from_icon_name ("document-open-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (import), "labels.import");
  gtk_widget_set_tooltip_text (import, _("Import a Label Set…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (import), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Import a Label Set"), -1);
  export = gtk_button_new_from_icon_name ("document-save-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (export), "labels.export");
  gtk_widget_set_tooltip_text (export, _("Export the Label Set…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (export), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Export the Label Set"), -1);
  add = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "labels.add");
  gtk_widget_set_tooltip_text (add, _("Add a Label"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add a Label"), -1);
  for (GtkWidget *b = import; b != NULL; b = b == import ? export : b == export ? add : NULL)
    {
      gtk_widget_add_css_class (b, "flat");
      gtk_box_append (GTK_BOX (header), b);
    }
  adw_preferences_group_set_header_suffix (self->group, header);

  labels = self->store ? sitrep_store_list_labels (self->store, NULL) : NULL;
  for (guint i = 0; labels != NULL && i < labels->len; i++)
    adw_preferences_group_add (self->group, make_label_row (self, g_ptr_array_index (labels, i)));

  adw_preferences_page_add (self->page, self->group);
}

static void
on_labels_changed (SitrepStore        *store,
                   SitrepLabelsDialog *self)
{
  rebuild (self);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  SitrepLabelsDialog *self = SITREP_LABELS_DIALOG (widget);
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (self->store, NULL);
  g_autoptr(GError) error = NULL;
  const char *keys = "123456789abcdefghijklmnopqrstuvwxyz";
  char key[2] = { 0 };

  /* The first key no label uses yet. */
  for (const char *k = keys; *k != '\0' && key[0] == 0; k++)
    {
      gboolean used = FALSE;

      for (guint i = 0; labels != NULL && i < labels->len; i++)
        if (g_strcmp0 (sitrep_label_get_shortcut (g_ptr_array_index (labels, i)), (char[]) { *k, 0 }) == 0)
          used = TRUE;
      if (!used)
        key[0] = *k;
    }

  if (sitrep_store_add_label (self->store, _("New Label"), "other", "#77767b", key, "", &error) == 0)
    toast (self, error->message, FALSE);
}

static void
delete_now (SitrepLabelsDialog *self,
            gint64              id)
{
  g_autoptr(GError) error = NULL;

  if (!sitrep_store_delete_label (self->store, id, &error))
    toast (self, error->message, FALSE);
  else
    toast (self, _("Label deleted"), TRUE);
}

static void
on_confirm_response (AdwMessageDialog   *dialog,
                     const char         *response,
                     SitrepLabelsDialog *self)
{
  gint64 id = row_label_id (dialog);

  self->confirmation = NULL;
  if (g_strcmp0 (response, "delete") == 0)
    delete_now (self, id);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SitrepLabelsDialog *self = SITREP_LABELS_DIALOG (widget);
  g_autoptr(GPtrArray) labels = NULL;
  gint64 id = g_variant_get_int64 (param);
  SitrepLabel *label = find_label (self, id, &labels);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  guint uses;

  if (label == NULL)
    return;

  uses = sitrep_store_count_label_uses (self->store, id);
  if (uses == 0)
    {
      delete_now (self, id);
      return;
    }

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Delete “%s” and its %'u annotation?",
                                          "Delete “%s” and its %'u annotations?", uses),
                             sitrep_label_get_display_name (label), uses);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("The annotations with this label are deleted with it. "
                                     "You can undo this."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  set_row_label_id (dialog, id);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response), self, 0);
  self->confirmation = ADW_MESSAGE_DIALOG (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SitrepLabelsDialog *self = SITREP_LABELS_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!sitrep_store_undo (self->store, &error))
    toast (self, error->message, FALSE);
}

static void
on_export_response (GtkNativeDialog    *chooser,
                    int                 response,
                    SitrepLabelsDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *exported = sitrep_store_export_labels (self->store, &error);
      /* never invalid UTF-8, even from a damaged project */
      g_autofree char *json = exported != NULL ? g_utf8_make_valid (exported, -1) : NULL;

      if (json != NULL && path == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                             _("Sitrep writes exports only to folders on this computer."));
      if (json == NULL || path == NULL ||
          !sitrep_atomic_write_contents (path, json, strlen (json), &error))
        toast (self, error->message, FALSE);
      else
        toast (self, _("Label set exported"), FALSE);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
on_import_response (GtkNativeDialog    *chooser,
                    int                 response,
                    SitrepLabelsDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;
      g_autofree char *json = NULL;

      gsize length;

      if (!sitrep_io_read_input (file, SITREP_IO_MAX_LOADED, &json, &length, NULL, &error) ||
          !sitrep_store_import_labels (self->store, json, &error))
        toast (self, error->message, FALSE);
      else
        toast (self, _("Label set imported"), TRUE);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
file_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SitrepLabelsDialog *self = SITREP_LABELS_DIALOG (widget);
  gboolean export = g_str_equal (action_name, "labels.export");
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (export ? _("Export Label Set") : _("Import Label Set"),
                                         GTK_WINDOW (self),
                                         export ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         export ? _("_Export") : _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Label Sets (JSON)"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (export)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "labels.json");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response",
                    G_CALLBACK (export ? on_export_response : on_import_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
sitrep_labels_dialog_dispose (GObject *object)
{
  SitrepLabelsDialog *self = SITREP_LABELS_DIALOG (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sitrep_labels_dialog_parent_class)->dispose (object);
}

static void
sitrep_labels_dialog_class_init (SitrepLabelsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_labels_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "labels.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "labels.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "labels.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "labels.import", NULL, file_action);
  gtk_widget_class_install_action (widget_class, "labels.export", NULL, file_action);
}

static void
sitrep_labels_dialog_init (SitrepLabelsDialog *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Labels"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 680);
  gtk_window_set_modal (GTK_WINDOW (self), FALSE);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);

  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_preferences_page_set_title (self->page, _("Labels"));
  adw_preferences_page_set_icon_name (self->page, "tag-symbolic");
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), self->page);
}

SitrepLabelsDialog *
sitrep_labels_dialog_new (SitrepStore *store)
{
  SitrepLabelsDialog *self;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  self = g_object_new (SITREP_TYPE_LABELS_DIALOG, NULL);
  self->store = g_object_ref (store);
  g_signal_connect (store, "labels-changed", G_CALLBACK (on_labels_changed), self);
  rebuild (self);

  return self;
}

AdwMessageDialog *
sitrep_labels_dialog_get_confirmation (SitrepLabelsDialog *self)
{
  g_return_val_if_fail (SITREP_IS_LABELS_DIALOG (self), NULL);

  return self->confirmation;
}

/* sitrep-adjudication-dialog.c — deciding the coders' disagreements of one article, by key
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-adjudication"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-adjudication-dialog-private.h"
#include "sitrep-adjudication-dialog-test-private.h"


G_DEFINE_FINAL_TYPE (SitrepAdjudicationDialog, sitrep_adjudication_dialog, ADW_TYPE_WINDOW)

void
_sitrep_adjudication_dialog_set_status (SitrepAdjudicationDialog *self,
                                        const char               *text)
{
  gtk_label_set_text (self->status, text);
  /* Screen readers hear what happened to the decision. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}


static void
fill (SitrepAdjudicationDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; i < self->adjudication->disagreements->len; i++)
    {
      SitrepDisagreement *d = g_ptr_array_index (self->adjudication->disagreements, i);
      g_autoptr(GString) body = g_string_new (NULL);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (NULL);

      for (guint v = 0; v < d->versions->len && v < 9; v++)
        {
          SitrepVersion *ver = g_ptr_array_index (d->versions, v);
          g_autofree char *line = g_markup_printf_escaped ("%s<b>%u</b>  %s: %s “%s”", v > 0 ? "\n" : "", v + 1,
                                                           ver->annotator, ver->label, ver->text);
          g_string_append (body, line);
        }
      for (guint m = 0; d->missing != NULL && d->missing[m] != NULL; m++)
        {
          g_autofree char *line = g_markup_printf_escaped (_("\n%s: nothing here"), d->missing[m]);
          g_string_append (body, line);
        }
      gtk_label_set_markup (GTK_LABEL (label), body->str);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_top (label, 9);
      gtk_widget_set_margin_bottom (label, 9);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      g_object_set_data (G_OBJECT (row), "disagreement", d);
      gtk_list_box_append (self->list, row);
    }

  gtk_stack_set_visible_child_name (self->stack, self->adjudication->disagreements->len > 0 ? "list" : "done");
  gtk_widget_set_sensitive (self->edit_button, self->adjudication->disagreements->len > 0);
  gtk_widget_set_sensitive (self->reject_button, self->adjudication->disagreements->len > 0);
  if (self->adjudication->disagreements->len > 0)
    {
      GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->list, 0);
      gtk_list_box_select_row (self->list, first);
      gtk_widget_grab_focus (GTK_WIDGET (first));
    }
}

static gboolean
reload (SitrepAdjudicationDialog  *self,
        GError                   **error)
{
  SitrepAdjudication *adj = sitrep_adjudication_start (self->store, self->article_id, NULL, error);

  if (adj == NULL)
    return FALSE;
  g_clear_pointer (&self->adjudication, sitrep_adjudication_free);
  self->adjudication = adj;
  fill (self);
  _sitrep_adjudication_dialog_fill_events (self);
  return TRUE;
}

static void
remove_selected (SitrepAdjudicationDialog *self,
                 GtkListBoxRow            *row)
{
  int index = gtk_list_box_row_get_index (row);
  GtkListBoxRow *next;

  g_ptr_array_remove (self->adjudication->disagreements, g_object_get_data (G_OBJECT (row), "disagreement"));
  gtk_list_box_remove (self->list, GTK_WIDGET (row));
  next = gtk_list_box_get_row_at_index (self->list, index);
  if (next == NULL && index > 0)
    next = gtk_list_box_get_row_at_index (self->list, index - 1);
  if (next != NULL)
    {
      gtk_list_box_select_row (self->list, next);
      gtk_widget_grab_focus (GTK_WIDGET (next));
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "done");
      gtk_widget_set_sensitive (self->edit_button, FALSE);
      gtk_widget_set_sensitive (self->reject_button, FALSE);
    }
}

static void
keep (SitrepAdjudicationDialog *self,
      guint                     n)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  SitrepDisagreement *d;
  SitrepVersion *version;
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;

  if (row == NULL)
    return;
  d = g_object_get_data (G_OBJECT (row), "disagreement");
  if (n >= d->versions->len)
    return;
  version = g_ptr_array_index (d->versions, n);
  if (sitrep_adjudication_keep (self->store, version, &error) == 0)
    {
      /* Nothing is shown as decided when it was not saved. */
      status = g_strdup_printf (_("The decision could not be saved: %s"), error->message);
      _sitrep_adjudication_dialog_set_status (self, status);
      return;
    }
  status = g_strdup_printf (_("Kept %s’s %s “%s”."), version->annotator, version->label, version->text);
  _sitrep_adjudication_dialog_set_status (self, status);
  remove_selected (self, row);
}

static void
reject (SitrepAdjudicationDialog *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  g_autoptr(GError) error = NULL;

  if (row == NULL)
    return;
  if (!sitrep_adjudication_reject (self->store, self->article_id, g_object_get_data (G_OBJECT (row), "disagreement"),
                                   &error))
    {
      g_autofree char *status = g_strdup_printf (_("The decision could not be saved: %s"), error->message);
      _sitrep_adjudication_dialog_set_status (self, status);
      return;
    }
  _sitrep_adjudication_dialog_set_status (self, _("Rejected every version: nothing goes into the adjudicated layer there, and it is not asked again."));
  remove_selected (self, row);
}

/* Editing a version: its ends and label, from the version chosen. */

static SitrepDisagreement *
selected_disagreement (SitrepAdjudicationDialog *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  return row != NULL ? g_object_get_data (G_OBJECT (row), "disagreement") : NULL;
}

static SitrepVersion *
edited_version (SitrepAdjudicationDialog *self)
{
  SitrepDisagreement *d = selected_disagreement (self);
  guint v = gtk_drop_down_get_selected (self->version_dropdown);

  if (d == NULL || v == GTK_INVALID_LIST_POSITION || v >= d->versions->len)
    return NULL;
  return g_ptr_array_index (d->versions, v);
}

static void
on_edit_changed (SitrepAdjudicationDialog *self)
{
  guint start = gtk_spin_button_get_value_as_int (self->start_spin);
  guint end = gtk_spin_button_get_value_as_int (self->end_spin);
  glong length = self->body != NULL ? g_utf8_strlen (self->body, -1) : 0;
  gboolean ok = start < end && end <= length;

  if (self->keep_edited_button == NULL)
    return;   /* still being built */

  if (ok)
    {
      g_autofree char *text = g_utf8_substring (self->body, start, end);
      g_autofree char *quoted = g_strdup_printf (_("The kept span will read “%s”."), text);
      gtk_label_set_text (self->preview, quoted);
    }
  else
    gtk_label_set_text (self->preview, _("The span must start before it ends, inside the article’s text."));
  gtk_widget_set_sensitive (self->keep_edited_button, ok);
}

static void
on_version_selected (SitrepAdjudicationDialog *self)
{
  SitrepVersion *v = self->label_ids != NULL ? edited_version (self) : NULL;

  if (v == NULL)
    return;
  gtk_spin_button_set_value (self->start_spin, v->start);
  gtk_spin_button_set_value (self->end_spin, v->end);
  for (guint i = 0; i < self->label_ids->len; i++)
    {
      g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (self->store, v->annotation_id, NULL);
      if (a != NULL && g_array_index (self->label_ids, gint64, i) == sitrep_annotation_get_label_id (a))
        gtk_drop_down_set_selected (self->label_dropdown, i);
    }
  on_edit_changed (self);
}

static void
open_editor (SitrepAdjudicationDialog *self)
{
  SitrepDisagreement *d = selected_disagreement (self);
  g_autoptr(GtkStringList) names = NULL;

  if (d == NULL)
    return;
  names = gtk_string_list_new (NULL);
  for (guint v = 0; v < d->versions->len; v++)
    {
      SitrepVersion *ver = g_ptr_array_index (d->versions, v);
      g_autofree char *name = g_strdup_printf (_("%u: %s’s %s “%s”"), v + 1, ver->annotator, ver->label, ver->text);
      gtk_string_list_append (names, name);
    }
  gtk_drop_down_set_model (self->version_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->version_dropdown, 0);
  on_version_selected (self);
  gtk_revealer_set_reveal_child (self->editor, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->start_spin));
}

static void
close_editor (SitrepAdjudicationDialog *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  gtk_revealer_set_reveal_child (self->editor, FALSE);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
keep_edited (SitrepAdjudicationDialog *self)
{
  SitrepVersion *v = edited_version (self);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  guint label = gtk_drop_down_get_selected (self->label_dropdown);
  guint start = gtk_spin_button_get_value_as_int (self->start_spin);
  guint end = gtk_spin_button_get_value_as_int (self->end_spin);
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;
  g_autofree char *text = NULL;

  if (v == NULL || row == NULL || label == GTK_INVALID_LIST_POSITION || label >= self->label_ids->len)
    return;
  if (sitrep_adjudication_keep_edited (self->store, v, start, end, g_array_index (self->label_ids, gint64, label),
                                       &error) == 0)
    {
      status = g_strdup_printf (_("The decision could not be saved: %s"), error->message);
      _sitrep_adjudication_dialog_set_status (self, status);
      return;
    }
  text = g_utf8_substring (self->body, start, end);
  status = g_strdup_printf (_("Kept an edited version of %s’s span: “%s”."), v->annotator, text);
  _sitrep_adjudication_dialog_set_status (self, status);
  gtk_revealer_set_reveal_child (self->editor, FALSE);
  remove_selected (self, row);
}

static gboolean
on_key_pressed (GtkEventControllerKey    *controller,
                guint                     keyval,
                guint                     keycode,
                GdkModifierType           state,
                SitrepAdjudicationDialog *self)
{
  if (gtk_revealer_get_reveal_child (self->editor))
    {
      /* The editor's fields take digits; Escape closes it, Enter keeps. */
      if (keyval == GDK_KEY_Escape)
        {
          close_editor (self);
          return TRUE;
        }
      if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && gtk_widget_get_sensitive (self->keep_edited_button))
        {
          keep_edited (self);
          return TRUE;
        }
      return FALSE;
    }
  if ((state & GDK_CONTROL_MASK) && (keyval == GDK_KEY_z || keyval == GDK_KEY_Z))
    {
      g_autoptr(GError) error = NULL;
      if (self->parent != NULL)
        gtk_widget_activate_action (GTK_WIDGET (self->parent), "win.undo", NULL);
      else
        sitrep_store_undo (self->store, NULL);
      if (!reload (self, &error))
        _sitrep_adjudication_dialog_set_status (self, error->message);
      else
        _sitrep_adjudication_dialog_set_status (self, _("Undone."));
      return TRUE;
    }
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  /* With the focus on the events, keys decide the selected event. */
  if (_sitrep_adjudication_dialog_events_key (self, keyval))
    return TRUE;
  if (keyval >= GDK_KEY_1 && keyval <= GDK_KEY_9)
    {
      keep (self, keyval - GDK_KEY_1);
      return TRUE;
    }
  if (keyval >= GDK_KEY_KP_1 && keyval <= GDK_KEY_KP_9)
    {
      keep (self, keyval - GDK_KEY_KP_1);
      return TRUE;
    }
  if (keyval == GDK_KEY_e || keyval == GDK_KEY_E)
    {
      open_editor (self);
      return TRUE;
    }
  if (keyval == GDK_KEY_Delete || keyval == GDK_KEY_BackSpace || keyval == GDK_KEY_KP_Delete)
    {
      reject (self);
      return TRUE;
    }
  return FALSE;
}

static void
sitrep_adjudication_dialog_dispose (GObject *object)
{
  SitrepAdjudicationDialog *self = SITREP_ADJUDICATION_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_weak_pointer (&self->parent);
  g_clear_pointer (&self->adjudication, sitrep_adjudication_free);
  g_clear_pointer (&self->label_ids, g_array_unref);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->comparisons, g_ptr_array_unref);

  G_OBJECT_CLASS (sitrep_adjudication_dialog_parent_class)->dispose (object);
}

static void
sitrep_adjudication_dialog_class_init (SitrepAdjudicationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_adjudication_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-adjudication-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepAdjudicationDialog, list);
  gtk_widget_class_bind_template_child (widget_class, SitrepAdjudicationDialog, status);
  gtk_widget_class_bind_template_child (widget_class, SitrepAdjudicationDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SitrepAdjudicationDialog, editor);
  gtk_widget_class_bind_template_child (widget_class, SitrepAdjudicationDialog, version_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SitrepAdjudicationDialog, start_spin);
  gtk_widget_class_bind_template_child (widget_class, SitrepAdjudicationDialog, end_spin);
  gtk_widget_class_bind_template_child (widget_class, SitrepAdjudicationDialog, label_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SitrepAdjudicationDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, SitrepAdjudicationDialog, keep_edited_button);
  gtk_widget_class_bind_template_child (widget_class, SitrepAdjudicationDialog, edit_button);
  gtk_widget_class_bind_template_child (widget_class, SitrepAdjudicationDialog, reject_button);
  gtk_widget_class_bind_template_child (widget_class, SitrepAdjudicationDialog, events_box);
  gtk_widget_class_bind_template_child (widget_class, SitrepAdjudicationDialog, events_list);
  gtk_widget_class_bind_template_callback (widget_class, on_version_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_edit_changed);
  gtk_widget_class_bind_template_callback (widget_class, open_editor);
  gtk_widget_class_bind_template_callback (widget_class, close_editor);
  gtk_widget_class_bind_template_callback (widget_class, keep_edited);
  gtk_widget_class_bind_template_callback (widget_class, reject);
}

static void
sitrep_adjudication_dialog_init (SitrepAdjudicationDialog *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->label_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* Capture, so digits decide before the list's own keys see them. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

static void
fill_labels (SitrepAdjudicationDialog *self)
{
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (self->store, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; labels != NULL && i < labels->len; i++)
    {
      SitrepLabel *l = g_ptr_array_index (labels, i);
      gint64 id = sitrep_label_get_id (l);

      gtk_string_list_append (names, sitrep_label_get_display_name (l));
      g_array_append_val (self->label_ids, id);
    }
  gtk_drop_down_set_model (self->label_dropdown, G_LIST_MODEL (names));
}

SitrepAdjudicationDialog *
sitrep_adjudication_dialog_new (SitrepWindow  *parent,
                                SitrepStore   *store,
                                gint64         article_id,
                                GError       **error)
{
  g_autoptr(SitrepAdjudication) adj = NULL;
  SitrepAdjudicationDialog *self;
  g_autofree char *status = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  adj = sitrep_adjudication_start (store, article_id, NULL, error);
  if (adj == NULL)
    return NULL;

  self = g_object_new (SITREP_TYPE_ADJUDICATION_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->article_id = article_id;
  self->body = sitrep_store_get_article_body (store, article_id, NULL);
  fill_labels (self);
  g_set_weak_pointer (&self->parent, parent);
  status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%'u span all coders agree on went into the adjudicated layer.",
                                         "%'u spans all coders agree on went into the adjudicated layer.",
                                         adj->agreed_added), adj->agreed_added);
  self->adjudication = g_steal_pointer (&adj);
  fill (self);
  _sitrep_adjudication_dialog_fill_events (self);
  _sitrep_adjudication_dialog_set_status (self, status);
  return self;
}

guint
sitrep_adjudication_dialog_get_n_open (SitrepAdjudicationDialog *self)
{
  g_return_val_if_fail (SITREP_IS_ADJUDICATION_DIALOG (self), 0);
  return self->adjudication->disagreements->len;
}

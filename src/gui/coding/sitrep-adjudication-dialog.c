/* sitrep-adjudication-dialog.c — deciding the coders' disagreements of one article, by key
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-adjudication"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-adjudication-dialog.h"

struct _SitrepAdjudicationDialog
{
  AdwWindow           parent_instance;

  /* widgets */
  GtkListBox         *list;
  GtkLabel           *status;
  GtkStack           *stack;

  /* owned */
  SitrepStore        *store;
  SitrepWindow       *parent;       /* weak */
  SitrepAdjudication *adjudication;
  gint64              article_id;
};

G_DEFINE_FINAL_TYPE (SitrepAdjudicationDialog, sitrep_adjudication_dialog, ADW_TYPE_WINDOW)

static void
set_status (SitrepAdjudicationDialog *self,
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
    gtk_stack_set_visible_child_name (self->stack, "done");
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
      set_status (self, status);
      return;
    }
  status = g_strdup_printf (_("Kept %s’s %s “%s”."), version->annotator, version->label, version->text);
  set_status (self, status);
  remove_selected (self, row);
}

static void
reject (SitrepAdjudicationDialog *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (row == NULL)
    return;
  set_status (self, _("Rejected every version: nothing goes into the adjudicated layer there."));
  remove_selected (self, row);
}

static gboolean
on_key_pressed (GtkEventControllerKey    *controller,
                guint                     keyval,
                guint                     keycode,
                GdkModifierType           state,
                SitrepAdjudicationDialog *self)
{
  if ((state & GDK_CONTROL_MASK) && (keyval == GDK_KEY_z || keyval == GDK_KEY_Z))
    {
      g_autoptr(GError) error = NULL;
      if (self->parent != NULL)
        gtk_widget_activate_action (GTK_WIDGET (self->parent), "win.undo", NULL);
      else
        sitrep_store_undo (self->store, NULL);
      if (!reload (self, &error))
        set_status (self, error->message);
      else
        set_status (self, _("Undone."));
      return TRUE;
    }
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
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

  G_OBJECT_CLASS (sitrep_adjudication_dialog_parent_class)->dispose (object);
}

static void
sitrep_adjudication_dialog_class_init (SitrepAdjudicationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_adjudication_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sitrep_adjudication_dialog_init (SitrepAdjudicationDialog *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *help = gtk_label_new (_("1–9 keep that coder’s version · Delete rejects them all · "
                                     "↑ ↓ move · Ctrl+Z undoes. Agreed spans are in the adjudicated layer already."));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *done = adw_status_page_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Adjudicate"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 520);
  gtk_box_append (GTK_BOX (content), header);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_wrap (GTK_LABEL (help), TRUE);
  gtk_label_set_xalign (GTK_LABEL (help), 0.0);
  gtk_widget_add_css_class (help, "dim-label");
  gtk_box_append (GTK_BOX (box), help);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_BROWSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Disagreements between the coders"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (done), "object-select-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (done), _("Nothing Left to Decide"));
  adw_status_page_set_description (ADW_STATUS_PAGE (done),
                                   _("Every span of this article is decided. Export the adjudicated layer "
                                     "as gold: choose the annotator “adjudicated” when exporting."));
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, scroller, "list");
  gtk_stack_add_named (self->stack, done, "done");
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  self->status = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->status, 0.0);
  gtk_label_set_wrap (self->status, TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->status));
  gtk_box_append (GTK_BOX (content), box);
  adw_window_set_content (ADW_WINDOW (self), content);

  /* Capture, so digits decide before the list's own keys see them. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
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
  g_set_weak_pointer (&self->parent, parent);
  status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u span all coders agree on went into the adjudicated layer.",
                                         "%u spans all coders agree on went into the adjudicated layer.",
                                         adj->agreed_added), adj->agreed_added);
  self->adjudication = g_steal_pointer (&adj);
  fill (self);
  set_status (self, status);
  return self;
}

guint
sitrep_adjudication_dialog_get_n_open (SitrepAdjudicationDialog *self)
{
  g_return_val_if_fail (SITREP_IS_ADJUDICATION_DIALOG (self), 0);
  return self->adjudication->disagreements->len;
}

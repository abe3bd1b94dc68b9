/* sitrep-stories-dialog.c — the project's stories: create, rename, delete, and order their steps
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-stories"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-window.h"
#include "sitrep-stories-dialog.h"
#include "sitrep-stories-dialog-private.h"

struct _SitrepStoriesDialog
{
  AdwWindow        parent_instance;

  /* template widgets */
  AdwToastOverlay *toast_overlay;
  GtkListBox      *story_list;
  GtkEntry        *name_entry;
  GtkStack        *steps_stack;
  GtkListBox      *steps_list;

  /* owned references */
  SitrepStore     *store;

  /* state */
  gint64           selected;
  guint            n_stories;
  guint            n_steps;
  gboolean         refreshing;
};

G_DEFINE_FINAL_TYPE (SitrepStoriesDialog, sitrep_stories_dialog, ADW_TYPE_WINDOW)

static void refresh_steps (SitrepStoriesDialog *self);

static void
show_error (SitrepStoriesDialog *self,
            const GError        *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  /* Toast titles are Pango markup in libadwaita 1.2. */
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
refresh_stories (SitrepStoriesDialog *self)
{
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  GtkListBoxRow *select = NULL;

  self->refreshing = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->story_list))) != NULL)
    gtk_list_box_remove (self->story_list, child);

  stories = sitrep_store_list_stories (self->store, &error);
  if (stories == NULL)
    {
      g_warning ("Stories could not be read: %s", error->message);
      stories = g_ptr_array_new ();
    }
  self->n_stories = stories->len;
  for (guint i = 0; i < stories->len; i++)
    {
      SitrepStory *story = stories->pdata[i];
      g_autofree char *steps = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u step", "%u steps",
                                                             story->n_steps), story->n_steps);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *name = gtk_label_new (story->name);
      GtkWidget *count = gtk_label_new (steps);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (name, TRUE);
      gtk_widget_add_css_class (count, "dim-label");
      gtk_widget_add_css_class (count, "numeric");
      gtk_box_append (GTK_BOX (box), name);
      gtk_box_append (GTK_BOX (box), count);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, story->name, -1);
      g_object_set_data (G_OBJECT (row), "story-id", GSIZE_TO_POINTER (story->id));
      g_object_set_data_full (G_OBJECT (row), "story-name", g_strdup (story->name), g_free);
      gtk_list_box_append (self->story_list, row);
      if (story->id == self->selected)
        select = GTK_LIST_BOX_ROW (row);
    }
  if (select == NULL)
    select = gtk_list_box_get_row_at_index (self->story_list, 0);
  gtk_list_box_select_row (self->story_list, select);
  self->selected = select != NULL ? (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (select), "story-id")) : 0;
  if (select != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->name_entry), g_object_get_data (G_OBJECT (select), "story-name"));
  self->refreshing = FALSE;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stories.rename-selected", self->selected != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stories.delete-selected", self->selected != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stories.add-current", self->selected != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stories.present", self->selected != 0);
  refresh_steps (self);
}

static char *
step_title (SitrepEvent *event)
{
  const char *what = sitrep_event_get_sub_event_type (event);
  const char *where = sitrep_event_get_place_name (event);

  if (what == NULL || *what == '\0')
    what = sitrep_event_get_event_type (event);
  if (what == NULL || *what == '\0')
    what = _("Uncoded event");
  if (where == NULL || *where == '\0')
    where = sitrep_event_get_location (event);
  if (where == NULL || *where == '\0')
    return g_strdup (what);

  /* Translators: a step of a story, "Armed clash in Jasim" */
  return g_strdup_printf (_("%s in %s"), what, where);
}

static GdkContentProvider *
on_step_drag_prepare (GtkDragSource *source,
                      double         x,
                      double         y,
                      GtkWidget     *row)
{
  return gdk_content_provider_new_typed (G_TYPE_UINT,
                                         (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
}

static void
on_step_drag_begin (GtkDragSource *source,
                    GdkDrag       *drag,
                    GtkWidget     *row)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

static gboolean
on_step_drop (GtkDropTarget *target,
              const GValue  *value,
              double         x,
              double         y,
              GtkWidget     *row)
{
  SitrepStoriesDialog *self = SITREP_STORIES_DIALOG (gtk_widget_get_root (row));
  guint from = g_value_get_uint (value);
  guint to = (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));

  if (from == to)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), "stories.move-step", "(xuu)", self->selected, from, to);

  return TRUE;
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *action,
             GVariant   *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);

  return button;
}

static void
refresh_steps (SitrepStoriesDialog *self)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_list))) != NULL)
    gtk_list_box_remove (self->steps_list, child);
  self->n_steps = 0;

  if (self->selected != 0)
    ids = sitrep_store_list_story_steps (self->store, self->selected, &error);
  events = g_ptr_array_new_with_free_func (g_object_unref);
  if (ids != NULL && !sitrep_store_get_events (self->store, (const gint64 *) (gpointer) ids->data, ids->len,
                                               events, &error))
    g_warning ("The steps could not be read: %s", error->message);

  for (guint i = 0; i < events->len; i++)
    {
      SitrepEvent *event = events->pdata[i];
      AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
      g_autofree char *title = step_title (event);
      g_autofree char *prefix = g_strdup_printf ("%u", i + 1);
      const char *date = sitrep_event_get_date_start (event);
      GtkWidget *number = gtk_label_new (prefix);
      GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
      GtkWidget *up, *down;
      GtkDragSource *source;
      GtkDropTarget *target;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (row, date != NULL ? date : _("Undated"));
      gtk_widget_add_css_class (number, "numeric");
      gtk_widget_add_css_class (number, "dim-label");
      gtk_label_set_width_chars (GTK_LABEL (number), 3);
      adw_action_row_add_prefix (row, handle);
      adw_action_row_add_prefix (row, number);
      up = icon_button ("go-up-symbolic", _("Move Up"), "stories.move-step",
                        g_variant_new ("(xuu)", self->selected, i, i > 0 ? i - 1 : 0));
      down = icon_button ("go-down-symbolic", _("Move Down"), "stories.move-step",
                          g_variant_new ("(xuu)", self->selected, i, MIN (i + 1, events->len - 1)));
      gtk_widget_set_sensitive (up, i > 0);
      gtk_widget_set_sensitive (down, i + 1 < events->len);
      adw_action_row_add_suffix (row, up);
      adw_action_row_add_suffix (row, down);
      adw_action_row_add_suffix (row, icon_button ("list-remove-symbolic", _("Remove from the Story"),
                                                   "stories.remove-step",
                                                   g_variant_new ("(xu)", self->selected, i)));

      source = gtk_drag_source_new ();
      gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
      g_signal_connect (source, "prepare", G_CALLBACK (on_step_drag_prepare), row);
      g_signal_connect (source, "drag-begin", G_CALLBACK (on_step_drag_begin), row);
      gtk_widget_add_controller (GTK_WIDGET (row), GTK_EVENT_CONTROLLER (source));
      target = gtk_drop_target_new (G_TYPE_UINT, GDK_ACTION_MOVE);
      g_signal_connect (target, "drop", G_CALLBACK (on_step_drop), row);
      gtk_widget_add_controller (GTK_WIDGET (row), GTK_EVENT_CONTROLLER (target));

      gtk_list_box_append (self->steps_list, GTK_WIDGET (row));
      self->n_steps++;
    }
  gtk_stack_set_visible_child_name (self->steps_stack, self->n_steps > 0 ? "steps" : "empty");
}

static void
on_stories_changed (SitrepStoriesDialog *self)
{
  refresh_stories (self);
}

static void
on_story_selected (SitrepStoriesDialog *self,
                   GtkListBoxRow       *row)
{
  /* The list empties itself while the dialog is disposed. */
  if (self->refreshing || self->store == NULL)
    return;
  self->selected = row != NULL ? (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "story-id")) : 0;
  if (row != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->name_entry), g_object_get_data (G_OBJECT (row), "story-name"));
  refresh_steps (self);
}

static const char *
entry_name (SitrepStoriesDialog *self)
{
  return g_strstrip ((char *) gtk_editable_get_text (GTK_EDITABLE (self->name_entry)));
}

static void
on_name_activate (SitrepStoriesDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "stories.new-from-entry", NULL);
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  SitrepStoriesDialog *self = SITREP_STORIES_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gint64 id;

  if (param != NULL)
    name = g_variant_dup_string (param, NULL);
  else
    name = g_strdup (entry_name (self));
  if (name == NULL || *name == '\0')
    {
      g_free (name);
      /* Translators: the name of a new story when none was typed */
      name = g_strdup_printf (_("Story %u"), self->n_stories + 1);
    }
  id = sitrep_store_create_story (self->store, name, &error);
  if (id == 0)
    {
      show_error (self, error);
      return;
    }
  self->selected = id;
  refresh_stories (self);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SitrepStoriesDialog *self = SITREP_STORIES_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  const char *name;
  gint64 id;

  if (param != NULL)
    g_variant_get (param, "(x&s)", &id, &name);
  else
    {
      id = self->selected;
      name = entry_name (self);
    }
  if (id == 0)
    return;
  if (!sitrep_store_rename_story (self->store, id, name, &error))
    show_error (self, error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SitrepStoriesDialog *self = SITREP_STORIES_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = param != NULL ? g_variant_get_int64 (param) : self->selected;
  AdwToast *toast;

  if (id == 0)
    return;
  if (!sitrep_store_delete_story (self->store, id, &error))
    {
      show_error (self, error);
      return;
    }
  if (id == self->selected)
    self->selected = 0;
  toast = adw_toast_new (_("Story deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "stories.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.undo", NULL);
}

static void
add_step_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  SitrepStoriesDialog *self = SITREP_STORIES_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gint64 story, event;

  if (param != NULL)
    g_variant_get (param, "(xx)", &story, &event);
  else
    {
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

      story = self->selected;
      event = parent != NULL && SITREP_IS_WINDOW (parent)
              ? sitrep_window_get_current_event (SITREP_WINDOW (parent)) : 0;
      if (event == 0)
        {
          adw_toast_overlay_add_toast (self->toast_overlay,
                                       adw_toast_new (_("Select an event in the window first")));
          return;
        }
    }
  if (story == 0)
    return;
  if (!sitrep_store_add_story_step (self->store, story, event, -1, &error))
    show_error (self, error);
}

static void
move_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SitrepStoriesDialog *self = SITREP_STORIES_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gint64 story;
  guint from, to;

  g_variant_get (param, "(xuu)", &story, &from, &to);
  if (from == to)
    return;
  if (!sitrep_store_move_story_step (self->store, story, from, to, &error))
    show_error (self, error);
}

static void
remove_step_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  SitrepStoriesDialog *self = SITREP_STORIES_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gint64 story;
  guint position;

  g_variant_get (param, "(xu)", &story, &position);
  if (!sitrep_store_remove_story_step (self->store, story, position, &error))
    show_error (self, error);
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  SitrepStoriesDialog *self = SITREP_STORIES_DIALOG (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->story_list);
  const char *name = row != NULL ? g_object_get_data (G_OBJECT (row), "story-name") : NULL;

  if (parent != NULL && name != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.present-story", "s", name);
}

/* GObject */

static void
sitrep_stories_dialog_dispose (GObject *object)
{
  SitrepStoriesDialog *self = SITREP_STORIES_DIALOG (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_STORIES_DIALOG);
  G_OBJECT_CLASS (sitrep_stories_dialog_parent_class)->dispose (object);
}

static void
sitrep_stories_dialog_class_init (SitrepStoriesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_stories_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-stories-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepStoriesDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SitrepStoriesDialog, story_list);
  gtk_widget_class_bind_template_child (widget_class, SitrepStoriesDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, SitrepStoriesDialog, steps_stack);
  gtk_widget_class_bind_template_child (widget_class, SitrepStoriesDialog, steps_list);
  gtk_widget_class_bind_template_callback (widget_class, on_story_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_name_activate);

  gtk_widget_class_install_action (widget_class, "stories.new", "s", new_action);
  gtk_widget_class_install_action (widget_class, "stories.new-from-entry", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "stories.rename", "(xs)", rename_action);
  gtk_widget_class_install_action (widget_class, "stories.rename-selected", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "stories.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "stories.delete-selected", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "stories.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "stories.add-step", "(xx)", add_step_action);
  gtk_widget_class_install_action (widget_class, "stories.add-current", NULL, add_step_action);
  gtk_widget_class_install_action (widget_class, "stories.move-step", "(xuu)", move_step_action);
  gtk_widget_class_install_action (widget_class, "stories.remove-step", "(xu)", remove_step_action);
  gtk_widget_class_install_action (widget_class, "stories.present", NULL, present_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sitrep_stories_dialog_init (SitrepStoriesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
sitrep_stories_dialog_new (GtkWindow   *parent,
                           SitrepStore *store)
{
  SitrepStoriesDialog *self;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  self = g_object_new (SITREP_TYPE_STORIES_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_swapped (store, "stories-changed", G_CALLBACK (on_stories_changed), self);
  g_signal_connect_swapped (store, "history-changed", G_CALLBACK (on_stories_changed), self);
  g_signal_connect_swapped (store, "events-changed", G_CALLBACK (on_stories_changed), self);
  refresh_stories (self);

  return GTK_WIDGET (self);
}

gint64
sitrep_stories_dialog_get_selected (SitrepStoriesDialog *self)
{
  g_return_val_if_fail (SITREP_IS_STORIES_DIALOG (self), 0);

  return self->selected;
}

guint
sitrep_stories_dialog_get_n_stories (SitrepStoriesDialog *self)
{
  g_return_val_if_fail (SITREP_IS_STORIES_DIALOG (self), 0);

  return self->n_stories;
}

guint
sitrep_stories_dialog_get_n_steps (SitrepStoriesDialog *self)
{
  g_return_val_if_fail (SITREP_IS_STORIES_DIALOG (self), 0);

  return self->n_steps;
}

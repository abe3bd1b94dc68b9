/* sitrep-window-toasts.c — what the window tells the user in toasts, and takes back when it no longer holds
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-events-view.h"
#include "sitrep-window-private.h"
#include "sitrep-window-test-private.h"

static void
on_notice_dismissed (AdwToast     *toast,
                     SitrepWindow *self)
{
  g_signal_handlers_disconnect_by_func (toast, on_notice_dismissed, self);
  g_ptr_array_remove (self->notices, toast);
}

/* A toast saying @title, remembered as the last one (with @action, the
 * action of its button, or NULL) for the tests. */
static AdwToast *
new_toast (SitrepWindow *self,
           const char   *title,
           const char   *action)
{
  g_autofree char *escaped = NULL;

  g_free (self->last_toast);
  self->last_toast = g_strdup (title);
  g_free (self->last_toast_action);
  self->last_toast_action = g_strdup (action);
  /* Toast titles are Pango markup in libadwaita 1.2. */
  escaped = g_markup_escape_text (title, -1);
  return adw_toast_new (escaped);
}

/* win.withdraw-message (s): a message that no longer holds goes, shown
 * or waiting its turn ("cannot be narrowed further" once the user has
 * widened the span). */
static void
withdraw_message_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  g_autofree char *escaped = g_markup_escape_text (g_variant_get_string (param, NULL), -1);
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; self->notices != NULL && i < self->notices->len; i++)
    if (g_strcmp0 (adw_toast_get_title (self->notices->pdata[i]), escaped) == 0)
      g_ptr_array_add (gone, g_object_ref (self->notices->pdata[i]));
  for (guint i = 0; i < gone->len; i++)
    adw_toast_dismiss (gone->pdata[i]);
}

/* Whether a message without a button saying @text is shown or waiting. */
gboolean
sitrep_window_has_message (SitrepWindow *self,
                           const char   *text)
{
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (SITREP_IS_WINDOW (self), FALSE);

  escaped = g_markup_escape_text (text, -1);
  for (guint i = 0; self->notices != NULL && i < self->notices->len; i++)
    if (g_strcmp0 (adw_toast_get_title (self->notices->pdata[i]), escaped) == 0)
      return TRUE;
  return FALSE;
}

const char *
sitrep_window_get_last_toast (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), NULL);

  return self->last_toast;
}

void
sitrep_window_show_toast (SitrepWindow *self,
                          const char   *title)
{
  AdwToast *toast;

  g_return_if_fail (SITREP_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  toast = new_toast (self, title, NULL);
  if (self->notices == NULL)
    self->notices = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->notices, g_object_ref (toast));
  g_signal_connect (toast, "dismissed", G_CALLBACK (on_notice_dismissed), self);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * sitrep_window_show_undo_toast:
 *
 * Shows @title with an Undo button (win.undo), as after a deletion.
 */
void
sitrep_window_show_undo_toast (SitrepWindow *self,
                               const char   *title)
{
  AdwToast *toast;

  g_return_if_fail (SITREP_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  toast = new_toast (self, title, "win.undo");
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

const char *
sitrep_window_get_last_toast_action (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), NULL);

  return self->last_toast_action;
}

void
sitrep_window_show_toast_with_button (SitrepWindow *self,
                                      const char   *title,
                                      const char   *button,
                                      const char   *action,
                                      GVariant     *target)
{
  AdwToast *toast;

  g_return_if_fail (SITREP_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  toast = new_toast (self, title, action);
  adw_toast_set_button_label (toast, button);
  adw_toast_set_action_name (toast, action);
  if (target != NULL)
    adw_toast_set_action_target_value (toast, target);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* An event made (or added to) elsewhere, being shown: its toast waits
 * until the Events view has it selected, so that it does not come before
 * the views show the event. */
#define MADE_EVENT_KEY "sitrep-made-event"
#define MADE_EVENT_LATEST_S 10

typedef struct
{
  SitrepWindow     *window;
  SitrepEventsView *view;   /* weak */
  gint64            id;
  char             *toast;
  gulong            notify;
  guint             idle;
  guint             timeout;
} MadeEvent;

static void
made_event_free (MadeEvent *m)
{
  if (m->view != NULL)
    {
      /* A view disposed with the window has dropped its handlers already. */
      if (m->notify != 0 && g_signal_handler_is_connected (m->view, m->notify))
        g_signal_handler_disconnect (m->view, m->notify);
      g_object_remove_weak_pointer (G_OBJECT (m->view), (gpointer *) &m->view);
    }
  g_clear_handle_id (&m->idle, g_source_remove);
  g_clear_handle_id (&m->timeout, g_source_remove);
  g_free (m->toast);
  g_free (m);
}

/* Says so now, and stops waiting. */
static void
made_event_toast (SitrepWindow *self)
{
  MadeEvent *m = g_object_steal_data (G_OBJECT (self), MADE_EVENT_KEY);

  if (m == NULL)
    return;
  sitrep_window_show_undo_toast (self, m->toast);
  made_event_free (m);
}

static gboolean
made_event_idle (gpointer data)
{
  MadeEvent *m = g_object_get_data (G_OBJECT (data), MADE_EVENT_KEY);

  m->idle = 0;
  made_event_toast (data);
  return G_SOURCE_REMOVE;
}

static gboolean
made_event_timeout (gpointer data)
{
  MadeEvent *m = g_object_get_data (G_OBJECT (data), MADE_EVENT_KEY);

  m->timeout = 0;
  made_event_toast (data);
  return G_SOURCE_REMOVE;
}

/* Once the view shows it, after what is waiting to be redrawn (the
 * panel's list of annotations is rebuilt when the main loop is idle). */
static void
made_event_shown (MadeEvent *m)
{
  if (m->notify != 0 && m->view != NULL && g_signal_handler_is_connected (m->view, m->notify))
    g_signal_handler_disconnect (m->view, m->notify);
  m->notify = 0;
  if (m->idle == 0)
    m->idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE + 10, made_event_idle, m->window, NULL);
}

static void
on_made_event_selected (SitrepEventsView *view,
                        GParamSpec       *pspec,
                        SitrepWindow     *self)
{
  MadeEvent *m = g_object_get_data (G_OBJECT (self), MADE_EVENT_KEY);

  if (m != NULL && sitrep_events_view_get_selected_event (view) == m->id)
    made_event_shown (m);
}

/* win.show-event-made ((xs)): event @id was just made or added to (a
 * proposed incident accepted in the panel): it is selected in the Events
 * view and on the map, as after New Event, and the toast (with Undo) comes
 * when the Events view shows it. */
static void
show_event_made_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  MadeEvent *m = g_new0 (MadeEvent, 1);
  const char *toast;

  /* One still waiting is said now: it is not lost to the next. */
  made_event_toast (self);
  g_variant_get (param, "(x&s)", &m->id, &toast);
  m->window = self;
  m->toast = g_strdup (toast);
  m->view = sitrep_window_get_events_view (self);
  g_object_add_weak_pointer (G_OBJECT (m->view), (gpointer *) &m->view);
  g_object_set_data_full (G_OBJECT (self), MADE_EVENT_KEY, m, (GDestroyNotify) made_event_free);
  m->notify = g_signal_connect (m->view, "notify::selected-event", G_CALLBACK (on_made_event_selected), self);
  m->timeout = g_timeout_add_seconds (MADE_EVENT_LATEST_S, made_event_timeout, self);
  sitrep_window_select_event (self, m->id);
  if (sitrep_events_view_select_event (m->view, m->id) ||
      sitrep_events_view_get_selected_event (m->view) == m->id)
    made_event_shown (m);
}

static void
on_open_exported_done (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(SitrepWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Translators: a toast when no program opens an exported file */
      g_autofree char *text = g_strdup_printf (_("The file could not be opened: %s"), error->message);

      sitrep_window_show_toast (self, text);
    }
}

/* win.open-exported (s): the file just exported, in the program that opens
 * its kind (the Open of an export's toast). */
static void
open_exported_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  gtk_show_uri_full (GTK_WINDOW (self), g_variant_get_string (param, NULL), GDK_CURRENT_TIME, NULL,
                     on_open_exported_done, g_object_ref (self));
}

/* A toast comes up at the bottom of the window, in its middle: over the
 * annotation panel's last rows at a laptop's size, their ✓ and ✕ out of
 * reach while it showed ("3014 new suggestions…" hid two rows). While one
 * is up, the panel ends above it (its list scrolls the rest into sight). */
static void
on_overlay_children_changed (GListModel   *children,
                             guint         position,
                             guint         removed,
                             guint         added,
                             SitrepWindow *self)
{
  int clear = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->toast_overlay)); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (g_str_equal (gtk_widget_get_css_name (c), "toast"))
      {
        int natural = 0;

        /* With its margins, as CSS gives them. */
        gtk_widget_measure (c, GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL, NULL);
        clear = MAX (clear, natural);
      }
  /* The panel's content, not the panel: its background still reaches the
   * window's bottom (a band of the window's own showed under it). */
  sitrep_annotation_panel_set_bottom_clear (self->annotation_panel, clear);
}

void
_sitrep_window_toasts_init (SitrepWindow *self)
{
  self->overlay_children = gtk_widget_observe_children (GTK_WIDGET (self->toast_overlay));
  g_signal_connect (self->overlay_children, "items-changed", G_CALLBACK (on_overlay_children_changed), self);
}

void
_sitrep_window_toasts_dispose (SitrepWindow *self)
{
  if (self->overlay_children != NULL)
    g_signal_handlers_disconnect_by_data (self->overlay_children, self);
  g_clear_object (&self->overlay_children);
  for (guint i = 0; self->notices != NULL && i < self->notices->len; i++)
    g_signal_handlers_disconnect_by_data (self->notices->pdata[i], self);
  g_clear_pointer (&self->notices, g_ptr_array_unref);
  g_object_set_data (G_OBJECT (self), MADE_EVENT_KEY, NULL);
}

void
_sitrep_window_toasts_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.withdraw-message", "s", withdraw_message_action);
  gtk_widget_class_install_action (widget_class, "win.show-event-made", "(xs)", show_event_made_action);
  gtk_widget_class_install_action (widget_class, "win.open-exported", "s", open_exported_action);
}

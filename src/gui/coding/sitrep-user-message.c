/* sitrep-user-message.c — telling the user what happened, from any widget
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-message"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sitrep-user-message.h"

void
sitrep_show_error (GtkWidget    *widget,
                   const GError *error)
{
  const char *message = error != NULL ? error->message : _("The change could not be saved.");
  GtkRoot *root;
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  /* The main window shows it as a toast (win.show-message). */
  if (gtk_widget_activate_action (widget, "win.show-message", "(sb)", message, FALSE))
    return;
  root = gtk_widget_get_root (widget);
  if (ADW_IS_PREFERENCES_WINDOW (root))
    {
      g_autofree char *escaped = g_markup_escape_text (message, -1);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (escaped));
      return;
    }

  /* A dialog of its own (the claim editor, the event editor): it must not
   * be missed behind it. */
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("The Change Was Not Saved"), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  sitrep_present_dialog (GTK_WINDOW (dialog));
}

void
sitrep_show_undo_toast (GtkWidget  *widget,
                        const char *title)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_activate_action (widget, "win.show-message", "(sb)", title, TRUE);
}

static void present_when_shown (GtkWindow *dialog);

static void
on_parent_surface_mapped (GdkSurface *surface,
                          GParamSpec *pspec,
                          GtkWindow  *dialog)
{
  if (!gdk_surface_get_mapped (surface))
    return;
  g_signal_handlers_disconnect_by_func (surface, on_parent_surface_mapped, dialog);
  present_when_shown (dialog);
  g_object_unref (dialog);
}

static void
on_parent_map (GtkWidget *parent,
               GtkWindow *dialog)
{
  g_signal_handlers_disconnect_by_func (parent, on_parent_map, dialog);
  present_when_shown (dialog);
  g_object_unref (dialog);
}

/* The parent shown by GTK (mapped), then by the display server (its
 * surface mapped: the window manager has placed it), then the dialog. */
static void
present_when_shown (GtkWindow *dialog)
{
  GtkWindow *parent = gtk_window_get_transient_for (dialog);
  GdkSurface *surface;

  if (parent == NULL || gtk_widget_in_destruction (GTK_WIDGET (parent)))
    {
      gtk_window_present (dialog);
      return;
    }
  if (!gtk_widget_get_mapped (GTK_WIDGET (parent)))
    {
      g_signal_connect (parent, "map", G_CALLBACK (on_parent_map), g_object_ref (dialog));
      return;
    }
  surface = gtk_native_get_surface (GTK_NATIVE (parent));
  if (surface != NULL && !gdk_surface_get_mapped (surface))
    {
      g_signal_connect (surface, "notify::mapped", G_CALLBACK (on_parent_surface_mapped), g_object_ref (dialog));
      return;
    }
  gtk_window_present (dialog);
}

void
sitrep_present_dialog (GtkWindow *dialog)
{
  g_return_if_fail (GTK_IS_WINDOW (dialog));

  present_when_shown (dialog);
}

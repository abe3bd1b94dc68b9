/* sitrep-window-dnd.c — dropping on SitrepWindow: files are imported (a
 * project is opened), links are fetched, text becomes an article as pasted
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-window-private.h"
#include "sitrep-window-test-private.h"

static gboolean
is_project_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return basename != NULL && g_str_has_suffix (basename, ".sitrep");
}

static GdkDragAction
on_drop_enter (GtkDropTarget *target,
               double         x,
               double         y,
               SitrepWindow  *self)
{
  if (_sitrep_window_has_writable_store (self))
    gtk_revealer_set_reveal_child (self->drop_revealer, TRUE);

  return GDK_ACTION_COPY;
}

static void
on_drop_leave (GtkDropTarget *target,
               SitrepWindow  *self)
{
  gtk_revealer_set_reveal_child (self->drop_revealer, FALSE);
}

/* Every drop ends here, however it ends: taken or refused by on_drop (),
 * left by the pointer, or given up by GTK when the dragged data could not be
 * read (another program's file list without a session bus), when neither
 * "drop" nor "leave" is emitted and the overlay stayed up until the next drag. */
static void
on_current_drop_changed (GtkDropTarget *target,
                         GParamSpec    *pspec,
                         SitrepWindow  *self)
{
  if (gtk_drop_target_get_current_drop (target) == NULL)
    gtk_revealer_set_reveal_child (self->drop_revealer, FALSE);
}

gboolean
sitrep_window_is_drop_overlay_shown (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), FALSE);
  return gtk_revealer_get_reveal_child (self->drop_revealer);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         SitrepWindow  *self)
{
  GdkFileList *list;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *encoding = NULL;
  GSList *l;

  gtk_revealer_set_reveal_child (self->drop_revealer, FALSE);

  /* text (a link dragged from an address bar or a page, or a passage):
   * the same as pasting it, so a link is fetched */
  if (G_VALUE_HOLDS (value, G_TYPE_STRING))
    {
      const char *text = g_value_get_string (value);
      g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

      if (stripped[0] == '\0' || !_sitrep_window_has_writable_store (self))
        return FALSE;
      sitrep_window_paste_text (self, text);
      return TRUE;
    }
  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  list = g_value_get_boxed (value);
  l = gdk_file_list_get_files (list);
  for (GSList *iter = l; iter != NULL; iter = iter->next)
    g_ptr_array_add (files, g_object_ref (iter->data));
  g_slist_free (l);

  if (files->len == 0)
    return FALSE;

  /* Links dropped from a browser: Import from Web with them filled in. */
  if (g_file_has_uri_scheme (g_ptr_array_index (files, 0), "http") ||
      g_file_has_uri_scheme (g_ptr_array_index (files, 0), "https"))
    {
      g_autoptr(GString) links = g_string_new (NULL);

      for (guint i = 0; i < files->len; i++)
        {
          g_autofree char *uri = g_file_get_uri (g_ptr_array_index (files, i));

          g_string_append_printf (links, "%s\n", uri);
        }
      gtk_widget_activate_action (GTK_WIDGET (self), "win.fetch-links", "s", links->str);
      return TRUE;
    }

  /* A project dropped on the window is opened, as by Open Project. */
  if (files->len == 1 && is_project_file (g_ptr_array_index (files, 0)))
    {
      sitrep_window_open_project_interactive (_sitrep_window_for_new_project (self),
                                              g_ptr_array_index (files, 0));
      return TRUE;
    }

  encoding = g_settings_get_string (self->settings, "import-encoding");
  sitrep_window_import_files (self, (GFile **) files->pdata, files->len, encoding);

  return TRUE;
}

void
_sitrep_window_dnd_init (SitrepWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);

  /* files (and text/uri-list, which GTK reads as files) before plain text */
  gtk_drop_target_set_gtypes (target, (GType[]) { GDK_TYPE_FILE_LIST, G_TYPE_STRING }, 2);

  g_signal_connect (target, "enter", G_CALLBACK (on_drop_enter), self);
  g_signal_connect (target, "leave", G_CALLBACK (on_drop_leave), self);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  g_signal_connect (target, "notify::current-drop", G_CALLBACK (on_current_drop_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

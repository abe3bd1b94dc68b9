/* sitrep-window-dnd.c — dropping on SitrepWindow: files are imported (a
 * project is opened), links are fetched, text becomes an article as pasted;
 * the folder Import Files opens in
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-window-private.h"
#include "sitrep-window-test-private.h"

/* How long the data of a drop may take to arrive: a program that cannot
 * hand over what it dragged (no session bus, or it quit) never answers. */
#define DROP_READ_MS 8000

static guint drop_read_ms = DROP_READ_MS;

/* How long a drag may hang over the window with nothing from it — no move,
 * no leave, no drop — before the overlay goes (it comes back with the next
 * move): a source that fails at the drop (seen from a program without a
 * session bus) sends the window neither a drop nor a leave. */
#define DRAG_STILL_MS 6000
#define DRAG_WATCH "sitrep-drag-watch"

static guint drag_still_ms = DRAG_STILL_MS;

/* A drop whose data is being read. */
typedef struct
{
  SitrepWindow *window;       /* weak */
  GdkDrop      *drop;         /* NULL in the tests */
  GCancellable *cancellable;
  guint         timeout;
  gboolean      timed_out;
} DropRead;

static gboolean
is_project_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return basename != NULL && g_str_has_suffix (basename, ".sitrep");
}

static void
destroy_source (gpointer source)
{
  g_source_destroy (source);
  g_source_unref (source);
}

static gboolean
on_drag_still (gpointer data)
{
  SitrepWindow *self = data;

  g_source_unref (g_object_steal_data (G_OBJECT (self), DRAG_WATCH));
  if (self->drop_revealer != NULL)
    gtk_revealer_set_reveal_child (self->drop_revealer, FALSE);
  return G_SOURCE_REMOVE;
}

/* The overlay up (while a drag moves over the window) or down. */
static void
show_overlay (SitrepWindow *self,
              gboolean      shown)
{
  GSource *watch;

  g_object_set_data (G_OBJECT (self), DRAG_WATCH, NULL);
  if (self->drop_revealer == NULL)
    return;
  shown = shown && _sitrep_window_has_writable_store (self);
  gtk_revealer_set_reveal_child (self->drop_revealer, shown);
  if (!shown)
    return;
  watch = g_timeout_source_new (drag_still_ms);
  g_source_set_callback (watch, on_drag_still, self, NULL);
  g_source_attach (watch, NULL);
  g_object_set_data_full (G_OBJECT (self), DRAG_WATCH, watch, destroy_source);
}

static GdkDragAction
on_drag_enter (GtkDropTargetAsync *target,
               GdkDrop            *drop,
               double              x,
               double              y,
               SitrepWindow       *self)
{
  show_overlay (self, TRUE);
  return GDK_ACTION_COPY;
}

static GdkDragAction
on_drag_motion (GtkDropTargetAsync *target,
                GdkDrop            *drop,
                double              x,
                double              y,
                SitrepWindow       *self)
{
  show_overlay (self, TRUE);
  return GDK_ACTION_COPY;
}

static void
on_drag_leave (GtkDropTargetAsync *target,
               GdkDrop            *drop,
               SitrepWindow       *self)
{
  show_overlay (self, FALSE);
}

gboolean
sitrep_window_is_drop_overlay_shown (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), FALSE);
  return gtk_revealer_get_reveal_child (self->drop_revealer);
}

/* What was dropped, once read: files, a link or a passage. */
gboolean
sitrep_window_drop_value (SitrepWindow *self,
                          const GValue *value)
{
  GdkFileList *list;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *encoding = NULL;
  GSList *l;

  show_overlay (self, FALSE);

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

static void
drop_read_free (DropRead *read)
{
  g_clear_handle_id (&read->timeout, g_source_remove);
  if (read->window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (read->window), (gpointer *) &read->window);
  g_clear_object (&read->drop);
  g_clear_object (&read->cancellable);
  g_free (read);
}

/* A drop given up: the window says so. */
static void
drop_read_failed (DropRead     *read,
                  const GError *error)
{
  if (read->window == NULL)
    return;
  show_overlay (read->window, FALSE);
  sitrep_window_show_toast (read->window,
                            _("Sitrep could not read what was dropped; import the files with Import instead"));
  if (error != NULL)
    g_message ("A drop could not be read: %s", error->message);
}

/* The read did not end in time: given up at once, whether or not the
 * source ever answers the cancel. */
static gboolean
on_drop_read_timeout (gpointer data)
{
  DropRead *read = data;

  read->timeout = 0;
  read->timed_out = TRUE;
  drop_read_failed (read, NULL);
  g_cancellable_cancel (read->cancellable);
  return G_SOURCE_REMOVE;
}

/* The end of a drop's read: taken, or given up. */
static void
drop_read_done (DropRead     *read,
                const GValue *value,
                const GError *error)
{
  gboolean taken = FALSE;

  if (read->timed_out)
    ;
  else if (value != NULL && read->window != NULL)
    taken = sitrep_window_drop_value (read->window, value);
  else if (value == NULL)
    drop_read_failed (read, error);
  if (read->drop != NULL)
    gdk_drop_finish (read->drop, taken ? GDK_ACTION_COPY : 0);
  drop_read_free (read);
}

static void
on_drop_read (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(GError) error = NULL;
  const GValue *value = gdk_drop_read_value_finish (GDK_DROP (source), result, &error);

  drop_read_done (data, value, error);
}

static DropRead *
drop_read_new (SitrepWindow *self,
               GdkDrop      *drop,
               GCancellable *cancellable)
{
  DropRead *read = g_new0 (DropRead, 1);

  read->window = self;
  g_object_add_weak_pointer (G_OBJECT (self), (gpointer *) &read->window);
  read->drop = drop != NULL ? g_object_ref (drop) : NULL;
  read->cancellable = cancellable != NULL ? g_object_ref (cancellable) : g_cancellable_new ();
  read->timeout = g_timeout_add (drop_read_ms, on_drop_read_timeout, read);
  return read;
}

/* The overlay goes at once; the data is read in the background, and a read
 * that does not end in time is given up, so a drop never leaves the overlay
 * up or the window deaf to the next drop. */
static gboolean
on_drop (GtkDropTargetAsync *target,
         GdkDrop            *drop,
         double              x,
         double              y,
         SitrepWindow       *self)
{
  GType type = gdk_content_formats_match_gtype (gtk_drop_target_async_get_formats (target),
                                                gdk_drop_get_formats (drop));
  DropRead *read;

  show_overlay (self, FALSE);
  if (type == G_TYPE_INVALID)
    return FALSE;
  read = drop_read_new (self, drop, NULL);
  gdk_drop_read_value_async (drop, type, G_PRIORITY_DEFAULT, read->cancellable, on_drop_read, read);
  return TRUE;
}

static gboolean
test_read_cancelled (gpointer data)
{
  drop_read_done (data, NULL, NULL);
  return G_SOURCE_REMOVE;
}

static void
on_test_read_cancelled (GCancellable *cancellable,
                        gpointer      data)
{
  g_idle_add (test_read_cancelled, data);
}

/* A drop whose read never ends, as a source that cannot answer leaves it:
 * @reading is cancelled after @timeout_ms and the read ends then. */
void
sitrep_window_test_drop_read (SitrepWindow *self,
                              GCancellable *reading,
                              guint         timeout_ms)
{
  DropRead *read;

  drop_read_ms = timeout_ms;
  read = drop_read_new (self, NULL, reading);
  drop_read_ms = DROP_READ_MS;
  g_cancellable_connect (reading, G_CALLBACK (on_test_read_cancelled), read, NULL);
}

/* How long a drag may hang over the window with nothing from it (0: as in use). */
void
sitrep_window_test_set_drag_still (guint ms)
{
  drag_still_ms = ms > 0 ? ms : DRAG_STILL_MS;
}

void
_sitrep_window_dnd_init (SitrepWindow *self)
{
  GdkContentFormatsBuilder *formats = gdk_content_formats_builder_new ();
  GtkDropTargetAsync *target;

  /* files (and text/uri-list, which GTK reads as files) before plain text */
  gdk_content_formats_builder_add_gtype (formats, GDK_TYPE_FILE_LIST);
  gdk_content_formats_builder_add_gtype (formats, G_TYPE_STRING);
  target = gtk_drop_target_async_new (gdk_content_formats_builder_free_to_formats (formats), GDK_ACTION_COPY);
  g_signal_connect (target, "drag-enter", G_CALLBACK (on_drag_enter), self);
  g_signal_connect (target, "drag-motion", G_CALLBACK (on_drag_motion), self);
  g_signal_connect (target, "drag-leave", G_CALLBACK (on_drag_leave), self);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/* Import Files opens where the last files this window imported came from
 * (a folder of reports was walked to from home again for each of them),
 * else as every file dialog of the project does. */
void
_sitrep_window_start_in_import_folder (SitrepWindow   *self,
                                       GtkFileChooser *chooser)
{
  GFile *last = g_object_get_data (G_OBJECT (self), "sitrep-import-folder");

  if (last != NULL && g_file_query_file_type (last, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    gtk_file_chooser_set_current_folder (chooser, last, NULL);
  else
    _sitrep_window_start_in_project_folder (self, chooser);
}

void
_sitrep_window_remember_import_folder (SitrepWindow *self,
                                       GListModel   *files)
{
  g_autoptr(GFile) first = g_list_model_get_n_items (files) > 0 ? g_list_model_get_item (files, 0) : NULL;
  GFile *folder = first != NULL ? g_file_get_parent (first) : NULL;

  if (folder != NULL)
    g_object_set_data_full (G_OBJECT (self), "sitrep-import-folder", folder, g_object_unref);
}

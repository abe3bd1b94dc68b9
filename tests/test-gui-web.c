/* test-gui-web.c — Import from Web… against a real SoupServer on 127.0.0.1:
 * addresses fetched off the main thread, reported one per line, the first
 * new article shown; Cancel (and closing) stops a slow fetch with nothing added;
 * a link dropped on the window (as text or as a URI list) is fetched
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <libsoup/soup.h>

#include "sitrep-store.h"
#include "sitrep-test-util.h"
#include "sitrep-web-import-dialog.h"
#include "sitrep-window.h"
#include "sitrep-window-test-private.h"
#include "sitrep-articles-private.h"
#include "sitrep-web-import-dialog-private.h"

#define ARTICLE \
  "<!doctype html><html><head><title>Clashes near Jasim</title></head><body><article>" \
  "<p>Clashes broke out near Jasim in the western countryside of Daraa on Sunday, local sources " \
  "said, after a night of arrests in the town.</p></article></body></html>"

static char *base;

static void
handle (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           data)
{
  if (strcmp (path, "/page") == 0)
    {
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, ARTICLE, strlen (ARTICLE));
    }
  else if (strcmp (path, "/slow") == 0)
    soup_server_message_pause (msg);   /* never answered */
  else
    soup_server_message_set_status (msg, 404, NULL);
}

typedef struct
{
  char         *dir;
  SitrepStore  *store;
  SitrepWindow *window;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("sitrep-gui-web-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "p.sitrep", NULL);
  f->store = sitrep_store_create (path, &error);
  g_assert_no_error (error);
  f->window = sitrep_test_open_window (f->store);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  sitrep_test_close_window (f->window);
  g_clear_object (&f->store);
  sitrep_test_remove_tree (f->dir);
  g_free (f->dir);
}

static SitrepWebImportDialog *
find_dialog (void)
{
  return (SitrepWebImportDialog *) sitrep_test_find_toplevel (SITREP_TYPE_WEB_IMPORT_DIALOG);
}

static gboolean
dialog_idle (gpointer data)
{
  return !sitrep_web_import_dialog_is_busy (data);
}

static gboolean
dialog_busy (gpointer data)
{
  return sitrep_web_import_dialog_is_busy (data);
}

static gboolean
article_selected (gpointer data)
{
  return sitrep_window_get_selected_id (data) > 0;
}

static gboolean
dialog_gone (gpointer data)
{
  return find_dialog () == NULL;
}

static void
test_import_from_web (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *addresses = g_strdup_printf ("%s/page\n\n%s/missing\n%s/page\n", base, base, base);
  SitrepWebImportDialog *dialog;
  const char *report;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import-web-address", "s", addresses));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  sitrep_web_import_dialog_start (dialog);
  g_assert_true (sitrep_web_import_dialog_is_busy (dialog));
  sitrep_test_wait_until (dialog_idle, dialog, "the fetch to end");

  report = sitrep_web_import_dialog_get_report (dialog);
  g_assert_nonnull (report);
  /* repeats in the field are fetched once */
  g_assert_nonnull (strstr (report, "/page: imported"));
  g_assert_nonnull (strstr (report, "/missing: The server answered 404"));
  g_assert_null (strstr (strstr (report, "/page: imported") + 1, "/page:"));
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 1);
  /* the new article is shown once the list has heard of it */
  sitrep_test_wait_until (article_selected, f->window, "the new article to be shown");

  /* again: already there */
  sitrep_web_import_dialog_start (dialog);
  sitrep_test_wait_until (dialog_idle, dialog, "the second fetch to end");
  g_assert_nonnull (strstr (sitrep_web_import_dialog_get_report (dialog), "/page: already in the project"));
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 1);
  gtk_window_close (GTK_WINDOW (dialog));
  sitrep_test_wait_until (dialog_gone, NULL, "the dialog to close");
}

static void
test_cancel_slow_fetch (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *addresses = g_strdup_printf ("%s/slow\n%s/page\n", base, base);
  SitrepWebImportDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import-web-address", "s", addresses));
  dialog = find_dialog ();
  sitrep_web_import_dialog_start (dialog);
  sitrep_test_wait_until (dialog_busy, dialog, "the fetch to start");
  /* closing the dialog while it fetches cancels, then closes it */
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (find_dialog () == dialog);
  sitrep_test_wait_until (dialog_gone, NULL, "the cancelled dialog to close");
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 0);
}

static GtkDropTargetAsync *
window_drop_target (SitrepWindow *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkDropTargetAsync *target = NULL;
  guint n_targets = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET_ASYNC (controller) &&
          gdk_content_formats_contain_gtype (gtk_drop_target_async_get_formats (GTK_DROP_TARGET_ASYNC (controller)),
                                             GDK_TYPE_FILE_LIST))
        {
          n_targets++;
          target = GTK_DROP_TARGET_ASYNC (controller);
        }
    }
  g_assert_cmpuint (n_targets, ==, 1);
  return target;
}

/* The window's drop target, as GTK hands it a drop once its data is read. */
static gboolean
drop_on_window (SitrepWindow *window,
                const GValue *value)
{
  GtkDropTargetAsync *target = window_drop_target (window);

  /* a link comes as text or as a URI list: the target takes both */
  g_assert_true (gdk_content_formats_contain_gtype (gtk_drop_target_async_get_formats (target),
                                                    G_VALUE_TYPE (value)));
  return sitrep_window_drop_value (window, value);
}

static gboolean
web_report_ready (gpointer data)
{
  SitrepWebImportDialog *dialog = find_dialog ();

  return dialog != NULL && !sitrep_web_import_dialog_is_busy (dialog) &&
         sitrep_web_import_dialog_get_report (dialog) != NULL;
}

static void
close_web_dialog (void)
{
  gtk_window_close (GTK_WINDOW (find_dialog ()));
  sitrep_test_wait_until (dialog_gone, NULL, "the dialog to close");
}

static void
test_drop_link (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *link = g_strdup_printf ("%s/page", base);
  g_autofree char *text_link = g_strdup_printf ("  %s\r\n", link);
  g_auto(GValue) text = G_VALUE_INIT;
  g_auto(GValue) uris = G_VALUE_INIT;
  g_auto(GValue) empty = G_VALUE_INIT;
  g_auto(GValue) passage = G_VALUE_INIT;
  g_autoptr(GFile) file = g_file_new_for_uri (link);
  GSList *files = g_slist_append (NULL, file);

  /* a link dragged as text: fetched from the local server, not kept as text */
  g_value_init (&text, G_TYPE_STRING);
  g_value_set_string (&text, text_link);
  g_assert_true (drop_on_window (f->window, &text));
  sitrep_test_wait_until (web_report_ready, NULL, "the dropped link to be fetched");
  g_assert_nonnull (strstr (sitrep_web_import_dialog_get_report (find_dialog ()), "/page: imported"));
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 1);
  sitrep_test_wait_until (article_selected, f->window, "the fetched article to be shown");
  close_web_dialog ();

  /* the same link as a URI list (a browser's drag): already there */
  g_value_init (&uris, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&uris, gdk_file_list_new_from_list (files));
  g_slist_free (files);
  g_assert_true (drop_on_window (f->window, &uris));
  sitrep_test_wait_until (web_report_ready, NULL, "the dropped URI list to be fetched");
  g_assert_nonnull (strstr (sitrep_web_import_dialog_get_report (find_dialog ()), "/page: already in the project"));
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 1);
  close_web_dialog ();

  /* nothing dropped: refused, nothing added */
  g_value_init (&empty, G_TYPE_STRING);
  g_value_set_string (&empty, " \n ");
  g_assert_false (drop_on_window (f->window, &empty));
  g_assert_null (find_dialog ());

  /* a passage of text is an article, as when pasted */
  g_value_init (&passage, G_TYPE_STRING);
  g_value_set_string (&passage, "Shelling hit the outskirts of Inkhil on Monday night, residents said, "
                                "and at least four houses were damaged; no one was hurt.");
  g_assert_true (drop_on_window (f->window, &passage));
  g_assert_null (find_dialog ());
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 2);
}

/* The "Drop Files" overlay comes up when a drag enters the window and goes
 * away however the drag ends: it leaves, the drop is refused, or GTK gives it
 * up because the dragged data could not be read (then it emits neither
 * "leave" nor "drop", only ends the current drop). */
static gboolean
overlay_hidden (gpointer data)
{
  return !sitrep_window_is_drop_overlay_shown (data);
}

static gboolean
has_toast (gpointer data)
{
  return sitrep_window_get_last_toast (data) != NULL;
}

static void
test_drop_overlay (Fixture       *f,
                   gconstpointer  data)
{
  GtkDropTargetAsync *target = window_drop_target (f->window);
  g_autoptr(GCancellable) reading = g_cancellable_new ();
  GdkDragAction action = 0;
  g_auto(GValue) empty = G_VALUE_INIT;

  g_assert_false (sitrep_window_is_drop_overlay_shown (f->window));

  /* a drag comes in, then leaves */
  g_signal_emit_by_name (target, "drag-enter", NULL, 30.0, 30.0, &action);
  g_assert_cmpint (action, ==, GDK_ACTION_COPY);
  g_assert_true (sitrep_window_is_drop_overlay_shown (f->window));
  g_signal_emit_by_name (target, "drag-leave", NULL);
  g_assert_false (sitrep_window_is_drop_overlay_shown (f->window));

  /* a drop that is refused (nothing but spaces) */
  g_signal_emit_by_name (target, "drag-enter", NULL, 30.0, 30.0, &action);
  g_value_init (&empty, G_TYPE_STRING);
  g_value_set_string (&empty, "  ");
  g_assert_false (drop_on_window (f->window, &empty));
  g_assert_false (sitrep_window_is_drop_overlay_shown (f->window));

  /* a drop whose data never comes (the program it came from cannot hand it
   * over): given up, the overlay down and the user told */
  g_signal_emit_by_name (target, "drag-enter", NULL, 30.0, 30.0, &action);
  g_assert_true (sitrep_window_is_drop_overlay_shown (f->window));
  g_assert_null (sitrep_window_get_last_toast (f->window));
  sitrep_window_test_drop_read (f->window, reading, 50);
  sitrep_test_wait_until (has_toast, f->window, "the drop to be given up");
  g_assert_true (g_cancellable_is_cancelled (reading));
  g_assert_false (sitrep_window_is_drop_overlay_shown (f->window));
  g_assert_nonnull (strstr (sitrep_window_get_last_toast (f->window), "could not read what was dropped"));

  /* a drag that hangs over the window, neither moving, leaving nor
   * dropping (a source that failed at the drop sends nothing more): the
   * overlay goes; the next move brings it back */
  sitrep_window_test_set_drag_still (50);
  g_signal_emit_by_name (target, "drag-enter", NULL, 30.0, 30.0, &action);
  g_assert_true (sitrep_window_is_drop_overlay_shown (f->window));
  sitrep_test_wait_until (overlay_hidden, f->window, "the overlay of a still drag to go");
  g_signal_emit_by_name (target, "drag-motion", NULL, 35.0, 35.0, &action);
  g_assert_cmpint (action, ==, GDK_ACTION_COPY);
  g_assert_true (sitrep_window_is_drop_overlay_shown (f->window));
  sitrep_window_test_set_drag_still (0);
  g_signal_emit_by_name (target, "drag-leave", NULL);
  g_assert_false (sitrep_window_is_drop_overlay_shown (f->window));
}

static gboolean
import_done (gpointer data)
{
  return !sitrep_window_is_importing (data);
}

static GFile *
write_file (Fixture    *f,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
set_files (GValue *value,
           GFile  *first,
           ...)
{
  GSList *files = NULL;
  va_list args;

  va_start (args, first);
  for (GFile *file = first; file != NULL; file = va_arg (args, GFile *))
    files = g_slist_append (files, file);
  va_end (args);
  g_value_init (value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (value, gdk_file_list_new_from_list (files));
  g_slist_free (files);
}

/* Files dragged from a file manager onto the window, as GTK hands them to
 * the drop target once read (a GdkFileList of local files): the overlay
 * comes up while the drag is over the window and goes at the drop, each
 * file is imported as an article (as by Import) and the first is shown; a
 * file Sitrep cannot read is reported, the others kept; on a read-only
 * project no overlay and nothing imported, the user told why. */
static void
test_drop_files (Fixture       *f,
                 gconstpointer  data)
{
  GtkDropTargetAsync *target = window_drop_target (f->window);
  GdkDragAction action = 0;
  g_autoptr(GFile) report = write_file (f, "raqqa.txt", "Airstrikes hit Raqqa on Monday, killing at least 12 "
                                                        "civilians, the Observatory said.\n");
  g_autoptr(GFile) page = write_file (f, "page.html", ARTICLE);
  g_autoptr(GFile) missing = g_file_new_build_filename (f->dir, "gone.txt", NULL);
  g_autoptr(GFile) second = write_file (f, "second.txt", "Shelling hit Inkhil on Tuesday.\n");
  g_autoptr(SitrepStore) read_only = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_auto(GValue) two = G_VALUE_INIT;
  g_auto(GValue) with_missing = G_VALUE_INIT;
  g_auto(GValue) again = G_VALUE_INIT;

  g_signal_emit_by_name (target, "drag-enter", NULL, 30.0, 30.0, &action);
  g_assert_cmpint (action, ==, GDK_ACTION_COPY);
  g_assert_true (sitrep_window_is_drop_overlay_shown (f->window));
  g_signal_emit_by_name (target, "drag-motion", NULL, 300.0, 200.0, &action);
  g_assert_true (sitrep_window_is_drop_overlay_shown (f->window));

  set_files (&two, report, page, NULL);
  g_assert_true (drop_on_window (f->window, &two));
  g_assert_false (sitrep_window_is_drop_overlay_shown (f->window));
  sitrep_test_wait_until (import_done, f->window, "the dropped files to be imported");
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 2);
  sitrep_test_wait_until (article_selected, f->window, "an imported article to be shown");

  /* One that is gone by the drop: the user is told, the other imported. */
  set_files (&with_missing, missing, second, NULL);
  g_assert_true (drop_on_window (f->window, &with_missing));
  sitrep_test_wait_until (import_done, f->window, "the second drop to be imported");
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 3);
  g_assert_nonnull (sitrep_window_get_last_toast (f->window));

  /* A read-only project takes no drop. */
  path = g_build_filename (f->dir, "p.sitrep", NULL);
  read_only = sitrep_store_open (path, SITREP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  sitrep_window_set_store (f->window, read_only);
  g_signal_emit_by_name (target, "drag-enter", NULL, 30.0, 30.0, &action);
  g_assert_false (sitrep_window_is_drop_overlay_shown (f->window));
  set_files (&again, report, NULL);
  drop_on_window (f->window, &again);
  g_assert_false (sitrep_window_is_importing (f->window));
  g_assert_nonnull (strstr (sitrep_window_get_last_toast (f->window), "read-only"));
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 3);
  sitrep_window_set_store (f->window, f->store);
}

static gboolean
dialog_active (gpointer data)
{
  SitrepWebImportDialog *dialog = find_dialog ();

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)) && gtk_window_is_active (GTK_WINDOW (dialog));
}

/* By keyboard, as the walk of session 39 found it: the keys are in the
 * addresses when the dialog opens (typing went nowhere), Ctrl+Enter imports
 * (Enter is a new line there), Escape closes. Real keys through the X server. */
static void
test_keys (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *address = g_strdup_printf ("%s/page", base);
  SitrepWebImportDialog *dialog;
  GtkWidget *focus;

  if (!sitrep_test_can_press_keys (GTK_WIDGET (f->window)))
    return;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import-web", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  sitrep_test_focus_window (GTK_WINDOW (dialog));
  sitrep_test_wait_until (dialog_active, NULL, "the dialog to be active");
  focus = gtk_window_get_focus (GTK_WINDOW (dialog));
  g_assert_true (GTK_IS_TEXT_VIEW (focus));
  g_assert_true (gtk_widget_has_focus (focus));

  /* a key typed lands in the addresses; Enter there is a new line */
  sitrep_test_press_keys ("x");
  sitrep_test_press_keys_handled (GTK_WINDOW (dialog), "Return");
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus));
    GtkTextIter start, end;
    g_autofree char *typed = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    typed = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (typed, ==, "x\n");
    g_assert_false (sitrep_web_import_dialog_is_busy (dialog));
    gtk_text_buffer_set_text (buffer, address, -1);
  }

  sitrep_test_press_keys ("ctrl+Return");
  sitrep_test_wait_until (web_report_ready, NULL, "Ctrl+Enter to fetch the address");
  g_assert_nonnull (strstr (sitrep_web_import_dialog_get_report (dialog), "/page: imported"));
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 1);

  sitrep_test_press_keys ("Escape");
  sitrep_test_wait_until (dialog_gone, NULL, "Escape to close the dialog");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();
  base = sitrep_test_serve (handle);

  g_test_add ("/gui/web/import", Fixture, NULL, setup, test_import_from_web, teardown);
  g_test_add ("/gui/web/cancel", Fixture, NULL, setup, test_cancel_slow_fetch, teardown);
  g_test_add ("/gui/web/drop-link", Fixture, NULL, setup, test_drop_link, teardown);
  g_test_add ("/gui/web/drop-overlay", Fixture, NULL, setup, test_drop_overlay, teardown);
  g_test_add ("/gui/web/drop-files", Fixture, NULL, setup, test_drop_files, teardown);
  g_test_add ("/gui/web/keys", Fixture, NULL, setup, test_keys, teardown);
  return g_test_run ();
}

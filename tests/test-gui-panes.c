/* test-gui-panes.c — the reader and panels tell the window through signals and actions; the panes stand alone
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-annotation-panel.h"
#include "sitrep-reader.h"
#include "sitrep-store.h"
#include "sitrep-user-message.h"
#include "sitrep-window.h"

static const char *body_text =
  "At least 20 terrorists were killed near Daraa on Saturday.\n\n"
  "Jassim al-Rifai said Russian-backed groups of local fighters attacked.\n";

typedef struct
{
  char        *dir;
  SitrepStore *store;
  gint64       article;
  gint64       actor_label;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  SitrepImportRecord *record;

  f->dir = g_dir_make_tmp ("sitrep-panes-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.sitrep", NULL);
  f->store = sitrep_store_create (path, &error);
  g_assert_no_error (error);

  record = sitrep_import_record_new ();
  record->title = g_strdup ("Clashes near Daraa");
  record->body = g_strdup (body_text);
  record->original_name = g_strdup ("clipboard");
  record->original_type = g_strdup ("text/plain");
  f->article = sitrep_store_add_article (f->store, record, NULL, &error);
  g_assert_no_error (error);
  sitrep_import_record_free (record);

  labels = sitrep_store_list_labels (f->store, NULL);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (sitrep_label_get_name (g_ptr_array_index (labels, i)), "Actor") == 0)
      f->actor_label = sitrep_label_get_id (g_ptr_array_index (labels, i));
  g_assert_cmpint (f->actor_label, >, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  sitrep_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* The reader on its own, in a plain window */

typedef struct
{
  guint   n_asked;
  gint64  asked_label;
  gboolean asking;
  gint64  answer;
  guint   n_messages;
  char   *message;
  gboolean undo;
} Heard;

static gboolean
on_annotator_needed (SitrepReader *reader,
                     gint64        label_id,
                     Heard        *heard)
{
  heard->n_asked++;
  heard->asked_label = label_id;
  if (!heard->asking)
    sitrep_reader_set_annotator (reader, heard->answer);
  return heard->asking;
}

static void
on_show_message (SitrepReader *reader,
                 const char   *text,
                 gboolean      undo,
                 Heard        *heard)
{
  heard->n_messages++;
  g_free (heard->message);
  heard->message = g_strdup (text);
  heard->undo = undo;
}

static void
select_range (SitrepReader *reader,
              const char   *needle)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (sitrep_reader_get_text_view (reader));
  const char *p = strstr (body_text, needle);
  guint start = (guint) g_utf8_pointer_to_offset (body_text, p);
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, (int) (start + g_utf8_strlen (needle, -1)));
  gtk_text_buffer_select_range (buffer, &a, &b);
}

static guint
count_annotations (Fixture *f)
{
  g_autoptr(GPtrArray) spans = sitrep_store_list_annotations (f->store, f->article, 0, NULL);

  return spans != NULL ? spans->len : 0;
}

static void
test_reader_signals (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepArticle) article = sitrep_store_get_article (f->store, f->article, &error);
  GtkWidget *window = gtk_window_new ();
  SitrepReader *reader = SITREP_READER (sitrep_reader_new ());
  Heard heard = { 0 };
  gint64 who, id;

  g_assert_no_error (error);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (reader));
  gtk_window_present (GTK_WINDOW (window));
  sitrep_reader_set_editable (reader, TRUE);
  sitrep_reader_set_article (reader, f->store, article);
  g_signal_connect (reader, "annotator-needed", G_CALLBACK (on_annotator_needed), &heard);
  g_signal_connect (reader, "show-message", G_CALLBACK (on_show_message), &heard);

  /* Nobody has said who is annotating: the reader asks and makes nothing. */
  heard.asking = TRUE;
  select_range (reader, "Jassim al-Rifai");
  g_assert_cmpint (sitrep_reader_apply_label (reader, f->actor_label, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (heard.n_asked, ==, 1);
  g_assert_cmpint (heard.asked_label, ==, f->actor_label);
  g_assert_cmpuint (count_annotations (f), ==, 0);

  /* Answered: the span is made for that annotator, and nobody is asked again. */
  who = sitrep_store_ensure_annotator (f->store, "Tester", &error);
  g_assert_no_error (error);
  heard.asking = FALSE;
  heard.answer = who;
  id = sitrep_reader_apply_label (reader, f->actor_label, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (heard.n_asked, ==, 2);
  g_assert_cmpuint (count_annotations (f), ==, 1);
  select_range (reader, "Daraa");
  g_assert_cmpint (sitrep_reader_apply_label (reader, f->actor_label, &error), >, 0);
  g_assert_cmpuint (heard.n_asked, ==, 2);

  /* Deleting tells the user, with Undo, through "show-message". */
  sitrep_reader_select_annotation (reader, id, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (reader), "reader.delete-annotation", NULL));
  g_assert_cmpuint (count_annotations (f), ==, 1);
  g_assert_cmpuint (heard.n_messages, ==, 1);
  g_assert_cmpstr (heard.message, ==, "Annotation deleted");
  g_assert_true (heard.undo);

  gtk_window_destroy (GTK_WINDOW (window));
  g_free (heard.message);
}

/* The window answers: toasts from the reader and from any widget in it */

static gboolean
reader_has_article (gpointer data)
{
  return sitrep_reader_get_article (data) != NULL;
}

static void
test_window_routes (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  SitrepWindow *window;
  SitrepReader *reader;
  gint64 id;

  g_settings_set_string (settings, "annotator-name", "Tester");
  window = sitrep_test_open_window (f->store);
  reader = sitrep_window_get_reader (window);
  g_assert_true (sitrep_window_select_article (window, f->article));
  sitrep_test_wait_until (reader_has_article, reader, "the article in the reader");

  /* The first label asks the window, which knows the saved name. */
  select_range (reader, "Jassim al-Rifai");
  id = sitrep_reader_apply_label (reader, f->actor_label, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (sitrep_window_get_annotator (window), >, 0);

  sitrep_reader_select_annotation (reader, id, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (reader), "reader.delete-annotation", NULL));
  g_assert_cmpstr (sitrep_window_get_last_toast (window), ==, "Annotation deleted");
  g_assert_cmpstr (sitrep_window_get_last_toast_action (window), ==, "win.undo");

  /* A panel deep in the window reaches it through win.show-message. */
  error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "The label could not be saved.");
  sitrep_show_error (GTK_WIDGET (sitrep_window_get_annotation_panel (window)), error);
  g_assert_cmpstr (sitrep_window_get_last_toast (window), ==, "The label could not be saved.");
  g_assert_null (sitrep_window_get_last_toast_action (window));
  sitrep_show_undo_toast (GTK_WIDGET (sitrep_window_get_annotation_panel (window)), "2 suggestions accepted");
  g_assert_cmpstr (sitrep_window_get_last_toast (window), ==, "2 suggestions accepted");
  g_assert_cmpstr (sitrep_window_get_last_toast_action (window), ==, "win.undo");

  sitrep_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/gui/panes/reader-signals", test_reader_signals);
  ADD ("/gui/panes/window-routes-messages", test_window_routes);

#undef ADD

  return g_test_run ();
}

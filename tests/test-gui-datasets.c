/* test-gui-datasets.c — the window's dataset work: annotation exchange formats, the Agreement
 * window, a coder's copy and merging it back, through the window's actions
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "sitrep-adjudication-dialog.h"
#include "sitrep-articles-private.h"
#include "sitrep-event-draft.h"
#include "sitrep-store-events.h"
#include "sitrep-store-datasets.h"
#include "sitrep-agreement-events.h"
#include "sitrep-agreement-window.h"
#include "sitrep-test-util.h"
#include "sitrep-window.h"
#include "sitrep-coding-private.h"
#include "sitrep-adjudication-dialog-test-private.h"
#include "sitrep-agreement-window-private.h"
#include "sitrep-window-test-private.h"

typedef struct
{
  char         *dir;
  SitrepStore  *store;
  SitrepWindow *window;
  gint64        article;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  SitrepImportRecord record = { 0 };
  gint64 ana, bo;

  f->dir = g_dir_make_tmp ("sitrep-gui-datasets-XXXXXX", NULL);
  path = g_build_filename (f->dir, "p.sitrep", NULL);
  f->store = sitrep_store_create (path, &error);
  g_assert_no_error (error);
  record.title = (char *) "Bus bomb in Jasim";
  record.body = (char *) "A bus bomb killed 20 soldiers in جاسم 🙂 on Friday, the Observatory said.";
  f->article = sitrep_store_add_article (f->store, &record, NULL, &error);
  ana = sitrep_store_ensure_annotator (f->store, "ana", &error);
  bo = sitrep_store_ensure_annotator (f->store, "bo", &error);
  /* Both mark the place; they differ on the figure's extent and the claimant's label. */
  sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Place"), 33, 37, ana, 0, NULL, &error);
  sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Place"), 33, 37, bo, 0, NULL, &error);
  sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Killed"), 11, 29, ana, 0, NULL, &error);
  sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Killed"), 18, 29, bo, 0, NULL, &error);
  sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Claimant"), 51, 66, ana, 0, NULL, &error);
  sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Actor"), 51, 66, bo, 0, NULL, &error);
  g_assert_no_error (error);
  f->window = sitrep_test_open_window (f->store);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  sitrep_test_close_window (f->window);
  g_clear_object (&f->store);
  sitrep_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static gboolean
actions_idle (gpointer window)
{
  return gtk_widget_is_sensitive (GTK_WIDGET (window)) &&
         g_object_get_data (G_OBJECT (window), "sitrep-dataset-busy") == NULL;
}

static gboolean
toast_contains (gpointer data)
{
  gpointer *args = data;
  const char *toast = sitrep_window_get_last_toast (args[0]);
  return toast != NULL && strstr (toast, args[1]) != NULL;
}

/* @data: two toast_contains () arguments; either toast will do. */
static gboolean
toast_either (gpointer data)
{
  gpointer *pair = data;
  return toast_contains (pair[0]) || toast_contains (pair[1]);
}

static void
test_export_import (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *doccano = g_build_filename (f->dir, "ana.jsonl", NULL);
  g_autofree char *brat = g_build_filename (f->dir, "brat", NULL);
  g_autofree char *ann = g_build_filename (brat, "article-000001.ann", NULL);
  g_autofree char *zip = g_build_filename (f->dir, "brat.zip", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "q.sitrep", NULL);
  g_autoptr(SitrepStore) other = NULL;
  g_autoptr(GPtrArray) spans = NULL;
  gpointer args[2];

  /* A temporary a killed export to another name left in the folder (a
   * regular file, ours, not locked) goes with the next export. */
  g_autofree char *stale = g_build_filename (f->dir, ".sitrep-part.old.conll.Ab12Cd", NULL);
  g_assert_true (g_file_set_contents (stale, "half", -1, NULL));

  /* ana's spans only, as doccano. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-annotations-to", "(sss)", "doccano", "ana", doccano);
  sitrep_test_wait_until (file_exists, doccano, "the doccano export");
  sitrep_test_wait_until (actions_idle, f->window, "the export to end");
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (doccano, &contents, NULL, &error));
  g_assert_nonnull (strstr (contents, "[33,37,\"Place\"]"));
  g_assert_nonnull (strstr (contents, "[11,29,\"Killed\"]"));
  g_assert_null (strstr (contents, "[18,29,\"Killed\"]"));
  args[0] = f->window;
  args[1] = (gpointer) "Exported the annotations";
  sitrep_test_wait_until (toast_contains, args, "the export's toast");

  /* Everyone's as brat: a folder. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-annotations-to", "(sss)", "brat", "", brat);
  sitrep_test_wait_until (file_exists, ann, "the brat export");
  sitrep_test_wait_until (actions_idle, f->window, "the export to end");

  /* The same into a zip, read back into the second project below. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-annotations-to", "(sss)", "brat", "", zip);
  sitrep_test_wait_until (file_exists, zip, "the brat zip");
  sitrep_test_wait_until (actions_idle, f->window, "the export to end");
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (zip, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "PK\x03\x04"));

  /* Into a second window's project, attributed to a new coder. */
  other = sitrep_store_create (path, &error);
  g_assert_no_error (error);
  sitrep_store_ensure_annotator (other, "cy", &error);
  sitrep_window_set_store (f->window, other);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import-annotations-from", "(sss)", "doccano", "cy", doccano);
  args[1] = (gpointer) "Imported 3 spans";
  sitrep_test_wait_until (toast_contains, args, "the import's toast");
  spans = sitrep_store_list_annotations (other, 1, 0, &error);
  g_assert_cmpuint (spans->len, ==, 3);
  g_assert_cmpstr (sitrep_annotation_get_annotator (g_ptr_array_index (spans, 0)), ==, "cy");
  /* The import is undoable from the toast. */
  g_assert_cmpstr (sitrep_window_get_last_toast_action (f->window), ==, "win.undo");
  /* Everyone's spans from the zip: the six of ana and bo, besides cy's three. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import-annotations-from", "(sss)", "brat", "", zip);
  args[1] = (gpointer) "Imported 6 spans";
  sitrep_test_wait_until (toast_contains, args, "the zip import's toast");
  sitrep_window_set_store (f->window, f->store);
}

static gboolean
dialog_has_folder (gpointer dialog)
{
  g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (dialog);

  return folder != NULL;
}

/* The dialog @action_name opens starts in the project's folder, not in the
 * folder the test (the app) was started from; cancelling it closes it. */
static void
assert_dialog_in_project_folder (Fixture    *f,
                                 const char *action_name,
                                 GVariant   *param,
                                 const char *suggested)
{
  g_autoptr(GFile) dir = g_file_new_for_path (f->dir);
  g_autoptr(GFile) folder = NULL;
  GtkWindow *dialog;

  gtk_widget_activate_action_variant (GTK_WIDGET (f->window), action_name, param);
  sitrep_test_wait_until (sitrep_test_toplevel_shown, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG),
                          action_name);
  dialog = sitrep_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  /* The chooser goes to its folder once the dialog is mapped. */
  sitrep_test_wait_until (dialog_has_folder, dialog, "the file dialog's folder");
  folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (dialog));
  g_assert_true (g_file_equal (folder, dir));
  if (suggested != NULL)
    {
      g_autofree char *name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (dialog));
      g_assert_cmpstr (name, ==, suggested);
    }
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG),
                          "the file dialog to close");
}

/* Exporting a dataset, importing reports and exporting annotations start
 * where the project file is, so the files go beside it (the walk through the
 * loop found the export dialog in the folder the app was started from). */
static void
test_dialogs_in_project_folder (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *cwd = g_get_current_dir ();

  /* The test means something only when it is run from another folder. */
  g_assert_cmpstr (cwd, !=, f->dir);
  assert_dialog_in_project_folder (f, "win.export", g_variant_new_string ("geojson"), "p-events.geojson");
  assert_dialog_in_project_folder (f, "win.export", g_variant_new_string ("acled-csv"), "p-acled.csv");
  assert_dialog_in_project_folder (f, "win.import", NULL, NULL);
  assert_dialog_in_project_folder (f, "win.export-annotations", g_variant_new_string ("doccano"), NULL);
}

/* A project kept in the app's data folder (the demo that `sitrep-dev run`
 * opens): New Project, Open Project and Import start in the user's
 * Documents folder (else home), not in the folder the app was started from
 * — there, a new user's first project went into the source checkout. */
static void
test_dialogs_out_of_data_folder (Fixture       *f,
                                 gconstpointer  data)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *tmpl = g_build_filename (g_get_user_data_dir (), "sitrep-test-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GFile) expected = NULL;
  g_autoptr(GFile) started = g_file_new_for_path (cwd);
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *actions[] = { "win.new-project", "win.open-project", "win.import" };
  SitrepWindow *window;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_nonnull (g_mkdtemp (tmpl));
  path = g_build_filename (tmpl, "Demo.sitrep", NULL);
  store = sitrep_store_create (path, &error);
  g_assert_no_error (error);
  window = sitrep_test_open_window (store);
  expected = g_file_new_for_path (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR) ?
                                  documents : g_get_home_dir ());
  /* The test means something only when it is run from another folder. */
  g_assert_false (g_file_equal (expected, started));

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autoptr(GFile) folder = NULL;
      GtkWindow *dialog;

      gtk_widget_activate_action (GTK_WIDGET (window), actions[i], NULL);
      sitrep_test_wait_until (sitrep_test_toplevel_shown, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG),
                              actions[i]);
      dialog = sitrep_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
      sitrep_test_wait_until (dialog_has_folder, dialog, "the file dialog's folder");
      folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (dialog));
      if (!g_file_equal (folder, expected))
        g_error ("%s opened in %s, not in %s", actions[i], g_file_peek_path (folder), g_file_peek_path (expected));
      gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
      sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG),
                              "the file dialog to close");
    }
  sitrep_test_close_window (window);
  g_clear_object (&store);
  sitrep_test_remove_tree (tmpl);
}

static gboolean
dialog_has_file (gpointer dialog)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (dialog);

  return file != NULL;
}

static gboolean
import_over (gpointer window)
{
  return !sitrep_window_is_importing (window);
}

/* Import Files opens where the last files imported came from, a folder of
 * reports beside none of the project's (the walk of session 39 walked to it
 * from home again for the second report); the first time in the project's
 * folder, as before. */
static void
test_import_folder_remembered (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GFile) project_dir = g_file_new_for_path (f->dir);
  g_autofree char *reports = g_build_filename (f->dir, "reports", NULL);
  g_autofree char *report = g_build_filename (reports, "shelling.txt", NULL);
  g_autoptr(GFile) reports_dir = g_file_new_for_path (reports);
  g_autoptr(GFile) report_file = g_file_new_for_path (report);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) again = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;

  guint before = sitrep_store_count_articles (f->store);

  g_assert_cmpint (g_mkdir (reports, 0700), ==, 0);
  g_assert_true (g_file_set_contents (report, "Shelling hit Inkhil on Tuesday, residents said.\n", -1, NULL));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import", NULL);
  sitrep_test_wait_until (sitrep_test_toplevel_shown, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG), "Import");
  dialog = sitrep_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  sitrep_test_wait_until (dialog_has_folder, dialog, "the file dialog's folder");
  folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (dialog));
  g_assert_true (g_file_equal (folder, project_dir));
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), report_file, &error));
  g_assert_no_error (error);
  /* selected once the chooser has read the folder */
  sitrep_test_wait_until (dialog_has_file, dialog, "the report selected");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG),
                          "the file dialog to close");
  sitrep_test_wait_until (import_over, f->window, "the report imported");
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, before + 1);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import", NULL);
  sitrep_test_wait_until (sitrep_test_toplevel_shown, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG), "Import again");
  dialog = sitrep_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  sitrep_test_wait_until (dialog_has_folder, dialog, "the file dialog's folder");
  again = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (dialog));
  if (!g_file_equal (again, reports_dir))
    g_error ("Import opened in %s, not in %s", g_file_peek_path (again), reports);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG),
                          "the file dialog to close");
}

/* Whether the first filter of the file dialog @dialog shows a
 * file named @name whose content GIO calls @type. */
static gboolean
first_filter_shows (GtkFileChooser *dialog,
                    const char     *name,
                    const char     *type)
{
  g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (dialog);
  g_autoptr(GtkFilter) filter = g_list_model_get_item (filters, 0);
  g_autoptr(GFileInfo) info = g_file_info_new ();

  g_file_info_set_display_name (info, name);
  g_file_info_set_content_type (info, type);
  return gtk_filter_match (filter, info);
}

static GtkFileChooser *
open_dialog (Fixture    *f,
             const char *action_name)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), action_name, NULL);
  sitrep_test_wait_until (sitrep_test_toplevel_shown, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG),
                          action_name);
  return GTK_FILE_CHOOSER (sitrep_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
}

static void
close_dialog (GtkFileChooser *dialog)
{
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG),
                          "the file dialog to close");
}

/* Import and Open Project list, by default, the reports and the projects of
 * the project's folder, not the project's -wal and -shm beside them: GIO
 * calls an empty file text, and the walk found "p.sitrep-wal" offered as an
 * article to import. "All Files" is still there, second. */
static void
test_dialogs_leave_out_side_files (Fixture       *f,
                                   gconstpointer  data)
{
  GtkFileChooser *dialog = open_dialog (f, "win.import");
  g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (dialog);

  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 2);
  g_assert_false (first_filter_shows (dialog, "p.sitrep-wal", "text/plain"));
  g_assert_false (first_filter_shows (dialog, "p.sitrep-shm", "application/octet-stream"));
  g_assert_false (first_filter_shows (dialog, "p.sitrep", "application/vnd.sqlite3"));
  g_assert_true (first_filter_shows (dialog, "report.txt", "text/plain"));
  g_assert_true (first_filter_shows (dialog, "REPORT.TXT", "text/plain"));
  g_assert_true (first_filter_shows (dialog, "page.html", "text/html"));
  g_assert_true (first_filter_shows (dialog, "saved page", "text/html"));
  g_assert_true (first_filter_shows (dialog, "rows.csv", "text/csv"));
  g_assert_true (first_filter_shows (dialog, "feed.jsonl", "application/octet-stream"));
  close_dialog (dialog);
  g_clear_object (&filters);

  dialog = open_dialog (f, "win.open-project");
  filters = gtk_file_chooser_get_filters (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 2);
  g_assert_true (first_filter_shows (dialog, "p.sitrep", "application/vnd.sqlite3"));
  g_assert_false (first_filter_shows (dialog, "p.sitrep-wal", "text/plain"));
  g_assert_false (first_filter_shows (dialog, "p.sitrep-wal", "application/x-sitrep"));
  g_assert_false (first_filter_shows (dialog, "p.sitrep-shm", "application/octet-stream"));
  close_dialog (dialog);
  /* The exports' dialogs too: ACLED CSV listed "Loop.sitrep-wal" and
   * "Loop.sitrep-shm" under the name to export to (session 36's walk). */
  for (guint i = 0; i < 3; i++)
    {
      static const char *formats[] = { "acled-csv", "geojson", "spans-jsonl" };
      static const char *shown[] = { "old-acled.CSV", "old-events.geojson", "old-spans.jsonl" };

      gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", "s", formats[i]);
      sitrep_test_wait_until (sitrep_test_toplevel_shown, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG),
                              formats[i]);
      dialog = GTK_FILE_CHOOSER (sitrep_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
      g_assert_false (first_filter_shows (dialog, "p.sitrep-wal", "text/plain"));
      g_assert_false (first_filter_shows (dialog, "p.sitrep-shm", "application/octet-stream"));
      g_assert_false (first_filter_shows (dialog, "p.sitrep", "application/vnd.sqlite3"));
      g_assert_true (first_filter_shows (dialog, shown[i], "text/plain"));
      close_dialog (dialog);
    }
}

static void
test_agreement_window (Fixture       *f,
                       gconstpointer  data)
{
  SitrepAgreementWindow *window;
  SitrepAgreementPair *pair;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-agreement", NULL);
  window = NULL;
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (SITREP_IS_AGREEMENT_WINDOW (l->data))
      window = l->data;
  g_assert_nonnull (window);
  sitrep_test_wait_until ((SitrepTestCondition) sitrep_agreement_window_get_agreement, window, "the figures");
  pair = g_ptr_array_index (sitrep_agreement_window_get_agreement (window)->pairs, 0);
  g_assert_cmpstr (pair->a, ==, "ana");
  g_assert_cmpstr (pair->b, ==, "bo");
  /* One of three spans is the same: F1 exact 1/3; the figure and the
   * claimant overlap but only the figure shares its label: 2/3. */
  g_assert_cmpfloat_with_epsilon (pair->overall.span_f1_exact, 1.0 / 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (pair->overall.span_f1_overlap, 2.0 / 3.0, 1e-9);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
merged_three (gpointer store)
{
  g_autoptr(GPtrArray) spans = sitrep_store_list_annotations (store, 1, 0, NULL);
  return spans != NULL && spans->len == 7;
}

static void
test_copy_and_merge (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, "cy.sitrep", NULL);
  g_autoptr(GError) error = NULL;
  gpointer args[2] = { f->window, (gpointer) "Merged the work" };

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save-coder-copy-to", "(ssb)", copy, "cy", TRUE);
  sitrep_test_wait_until (file_exists, copy, "the coder's copy");
  sitrep_test_wait_until (actions_idle, f->window, "the copy to end");
  {
    g_autoptr(SitrepStore) c = sitrep_store_open (copy, SITREP_STORE_OPEN_DEFAULT, &error);
    g_autoptr(GPtrArray) spans = NULL;
    gint64 cy;

    g_assert_no_error (error);
    spans = sitrep_store_list_annotations (c, 1, 0, &error);
    g_assert_cmpuint (spans->len, ==, 0);   /* blind */
    cy = sitrep_store_ensure_annotator (c, "cy", &error);
    sitrep_store_add_annotation (c, 1, sitrep_test_label_id (c, "Place"), 33, 37, cy, 0, NULL, &error);
    g_assert_no_error (error);
  }

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.merge-project-from", "s", copy);
  sitrep_test_wait_until (merged_three, f->store, "cy's span to be merged");
  sitrep_test_wait_until (toast_contains, args, "the merge's toast");
  g_assert_cmpstr (sitrep_window_get_last_toast_action (f->window), ==, "win.undo");
  /* The report. */
  {
    gboolean seen = FALSE;
    for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
      if (ADW_IS_MESSAGE_DIALOG (l->data) &&
          g_str_has_prefix (adw_message_dialog_get_heading (l->data), "Merged"))
        {
          g_test_message ("%s", adw_message_dialog_get_body (l->data));
          g_assert_nonnull (strstr (adw_message_dialog_get_body (l->data), "Annotations: 1 added, 0 already here"));
          gtk_window_destroy (l->data);
          seen = TRUE;
        }
    g_assert_true (seen);
  }
}

static gboolean
offer_key (GtkWidget       *window,
           guint            keyval,
           GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);
      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        g_signal_emit_by_name (c, "key-pressed", keyval, 0, state, &handled);
    }
  return handled;
}

static void
press (GtkWidget       *window,
       guint            keyval,
       GdkModifierType  state)
{
  g_assert_true (offer_key (window, keyval, state));
}

static guint
gold_count (SitrepStore *store)
{
  gint64 gold = sitrep_store_find_annotator (store, "adjudicated");
  g_autoptr(GPtrArray) spans = gold != 0 ? sitrep_store_list_annotations (store, 1, gold, NULL) : NULL;
  return spans != NULL ? spans->len : 0;
}

static SitrepAdjudicationDialog *
open_adjudication (Fixture *f)
{
  SitrepAdjudicationDialog *dialog = NULL;

  g_assert_true (sitrep_window_select_article (f->window, f->article));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.adjudicate", NULL);
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (SITREP_IS_ADJUDICATION_DIALOG (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);
  return dialog;
}

/* Adjudicating by key: agreed spans are in at once; 2 keeps bo's figure,
 * Delete rejects the claimant's versions for good, Ctrl+Z takes each back. */
static void
test_adjudicate_by_key (Fixture       *f,
                        gconstpointer  data)
{
  SitrepAdjudicationDialog *dialog = open_adjudication (f);

  g_assert_cmpuint (gold_count (f->store), ==, 1);          /* the place both marked */
  g_assert_cmpuint (sitrep_adjudication_dialog_get_n_open (dialog), ==, 2);

  press (GTK_WIDGET (dialog), GDK_KEY_2, 0);                 /* bo's "20 soldiers" */
  g_assert_cmpuint (gold_count (f->store), ==, 2);
  g_assert_cmpuint (sitrep_adjudication_dialog_get_n_open (dialog), ==, 1);
  press (GTK_WIDGET (dialog), GDK_KEY_Delete, 0);            /* neither Claimant nor Actor */
  g_assert_cmpuint (sitrep_adjudication_dialog_get_n_open (dialog), ==, 0);
  g_assert_cmpuint (gold_count (f->store), ==, 2);

  /* Adjudicated again, the rejected stretch is not asked again. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  dialog = open_adjudication (f);
  g_assert_cmpuint (sitrep_adjudication_dialog_get_n_open (dialog), ==, 0);

  press (GTK_WIDGET (dialog), GDK_KEY_z, GDK_CONTROL_MASK);  /* the rejection */
  g_assert_cmpuint (gold_count (f->store), ==, 2);
  g_assert_cmpuint (sitrep_adjudication_dialog_get_n_open (dialog), ==, 1);
  press (GTK_WIDGET (dialog), GDK_KEY_z, GDK_CONTROL_MASK);  /* the kept figure */
  g_assert_cmpuint (gold_count (f->store), ==, 1);
  g_assert_cmpuint (sitrep_adjudication_dialog_get_n_open (dialog), ==, 2);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect (c, type, found);
}

/* E opens the editor on the selected stretch: the adjudicator moves ana's
 * figure to "20" alone, makes it Wounded, and keeps it with Enter. */
static void
test_adjudicate_edit (Fixture       *f,
                      gconstpointer  data)
{
  SitrepAdjudicationDialog *dialog = open_adjudication (f);
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  g_autoptr(GPtrArray) dropdowns = g_ptr_array_new ();
  GtkWidget *start, *end, *label;
  GListModel *labels;
  g_autoptr(GPtrArray) gold = NULL;
  SitrepAnnotation *kept = NULL;

  /* In the template's order: start and end; the version and the label. */
  collect (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, spins);
  collect (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, dropdowns);
  g_assert_cmpuint (spins->len, ==, 2);
  g_assert_cmpuint (dropdowns->len, ==, 2);
  start = g_ptr_array_index (spins, 0);
  end = g_ptr_array_index (spins, 1);
  label = g_ptr_array_index (dropdowns, 1);
  press (GTK_WIDGET (dialog), GDK_KEY_e, 0);
  /* The first version's ends: ana's "killed 20 soldiers". */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (start)), ==, 11);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (end)), ==, 29);
  /* Digits go to the fields now, not to keeping a version. */
  g_assert_false (offer_key (GTK_WIDGET (dialog), GDK_KEY_1, 0));
  g_assert_cmpuint (gold_count (f->store), ==, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (start), 18);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (end), 20);
  labels = gtk_drop_down_get_model (GTK_DROP_DOWN (label));
  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (labels), i), "Wounded") == 0)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (label), i);
  press (GTK_WIDGET (dialog), GDK_KEY_Return, 0);

  g_assert_cmpuint (gold_count (f->store), ==, 2);
  g_assert_cmpuint (sitrep_adjudication_dialog_get_n_open (dialog), ==, 1);
  gold = sitrep_store_list_annotations (f->store, f->article, sitrep_store_find_annotator (f->store, "adjudicated"), NULL);
  for (guint i = 0; i < gold->len; i++)
    if (g_strcmp0 (sitrep_annotation_get_label (g_ptr_array_index (gold, i)), "Wounded") == 0)
      kept = g_ptr_array_index (gold, i);
  g_assert_nonnull (kept);
  g_assert_cmpstr (sitrep_annotation_get_text (kept), ==, "20");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The coders' events of the article, side by side under the spans: the
 * fields that differ marked; with the focus there, 2 keeps bo's version in
 * the adjudicated layer and the event leaves the list; Ctrl+Z brings it back. */
static void
test_adjudicate_events (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  SitrepAdjudicationDialog *dialog;
  GtkListBoxRow *row;
  gint64 bo_event, gold;
  gboolean marked = FALSE;

  for (guint k = 0; k < 2; k++)
    {
      SitrepEventDraft d = SITREP_EVENT_DRAFT_INIT;
      gint64 id;

      sitrep_store_set_event_coder_default (f->store, sitrep_store_find_annotator (f->store, k == 0 ? "ana" : "bo"));
      d.event_type = "Explosions/Remote violence";
      d.date_start = "2022-10-14";
      d.location = "Jasim";
      d.latitude = 32.99;
      d.longitude = 36.06;
      d.description = k == 0 ? "A bus was bombed." : "A bomb on a bus.";
      id = sitrep_store_create_event (f->store, &d, &error);
      g_assert_no_error (error);
      g_assert_cmpint (sitrep_store_add_event_evidence (f->store, id, f->article, 0, 10, &error), >, 0);
      if (k == 1)
        bo_event = id;
    }
  sitrep_store_set_event_coder_default (f->store, 0);

  dialog = open_adjudication (f);
  g_assert_cmpuint (sitrep_adjudication_dialog_get_n_events_open (dialog), ==, 1);
  collect (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX, lists);
  g_assert_cmpuint (lists->len, ==, 2);
  collect (g_ptr_array_index (lists, 1), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)), "≠ ") &&
        gtk_widget_has_css_class (g_ptr_array_index (labels, i), "error"))
      marked = TRUE;
  g_assert_true (marked);

  /* Without the focus there, 2 is for the spans (bo's figure). */
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (g_ptr_array_index (lists, 1)), 0);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (row)));
  press (GTK_WIDGET (dialog), GDK_KEY_2, 0);
  g_assert_cmpuint (sitrep_adjudication_dialog_get_n_events_open (dialog), ==, 0);
  g_assert_cmpuint (sitrep_adjudication_dialog_get_n_open (dialog), ==, 2);
  gold = sitrep_store_find_annotator (f->store, "adjudicated");
  {
    g_autoptr(SitrepEventComparison) c = sitrep_event_comparison_compute (f->store, f->article, "ana", "bo", 10, &error);
    g_autofree char *who = NULL;
    SitrepEventPair *p = g_ptr_array_index (c->pairs, 0);

    g_assert_cmpint (p->kept, >, 0);
    g_assert_cmpint (sitrep_store_get_event_coder (f->store, p->kept, &who, &error), ==, gold);
    g_assert_cmpint (p->event_b, ==, bo_event);
  }
  press (GTK_WIDGET (dialog), GDK_KEY_z, GDK_CONTROL_MASK);
  g_assert_cmpuint (sitrep_adjudication_dialog_get_n_events_open (dialog), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
progress_hidden (gpointer window)
{
  GtkRevealer *revealer = GTK_REVEALER (sitrep_test_template_child (window, "progress_revealer"));

  return !gtk_revealer_get_reveal_child (revealer);
}

/* A merge shows the progress bar and its Cancel, as an import does; a
 * cancel leaves the project as it was and says so. */
static void
test_merge_progress_cancel (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, "cy.sitrep", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  GtkRevealer *revealer = GTK_REVEALER (sitrep_test_template_child (f->window, "progress_revealer"));
  GtkLabel *label = GTK_LABEL (sitrep_test_template_child (f->window, "progress_label"));
  gpointer cancelled[2] = { f->window, (gpointer) "Merge cancelled: the project is as it was" };
  gpointer merged[2] = { f->window, (gpointer) "Merged the work" };

  /* Writing the copy: under the progress bar too. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save-coder-copy-to", "(ssb)", copy, "cy", TRUE);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_nonnull (strstr (gtk_label_get_label (label), "Writing the coder’s copy “cy.sitrep”"));
  /* Cancel says what a cancel leaves, for this work (not an import's words) */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (sitrep_test_template_child (f->window, "cancel_import_button")), ==,
                   "Stop writing the coder’s copy; no copy is written");
  sitrep_test_wait_until (actions_idle, f->window, "the copy to end");
  sitrep_test_wait_until (progress_hidden, f->window, "the progress bar to go");
  {
    g_autoptr(SitrepStore) c = sitrep_store_open (copy, SITREP_STORE_OPEN_DEFAULT, &error);
    gint64 cy;

    g_assert_no_error (error);
    cy = sitrep_store_ensure_annotator (c, "cy", &error);
    sitrep_store_add_annotation (c, 1, sitrep_test_label_id (c, "Place"), 33, 37, cy, 0, NULL, &error);
    g_assert_no_error (error);
  }
  before = sitrep_store_list_annotations (f->store, f->article, 0, &error);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.merge-project-from", "s", copy);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_nonnull (strstr (gtk_label_get_label (label), "Merging the work in “cy.sitrep”"));
  g_assert_true (gtk_widget_is_sensitive (sitrep_test_template_child (f->window, "cancel_import_button")));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (sitrep_test_template_child (f->window, "cancel_import_button")), ==,
                   "Stop merging; the project stays as it was");
  /* One job under the bar at a time: an import waits. */
  g_assert_true (sitrep_window_is_importing (f->window));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.cancel-import", NULL);
  g_assert_cmpstr (gtk_label_get_label (label), ==, "Cancelling… the project stays as it was");
  sitrep_test_wait_until (toast_either, (gpointer[]) { cancelled, merged }, "the merge to end");
  sitrep_test_wait_until (progress_hidden, f->window, "the progress bar to go");
  g_assert_true (actions_idle (f->window));
  after = sitrep_store_list_annotations (f->store, f->article, 0, &error);
  /* This merge is tiny: on a busy machine its worker can commit before the
   * cancel reaches it, and then the window says it merged, truthfully. */
  if (toast_contains (cancelled))
    g_assert_cmpuint (after->len, ==, before->len);
  else
    {
      g_test_message ("the merge was done before the cancel reached it");
      g_assert_cmpuint (after->len, ==, before->len + 1);
    }

  /* Again, to the end. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.merge-project-from", "s", copy);
  sitrep_test_wait_until (toast_contains, merged, "the merge's toast");
  sitrep_test_wait_until (progress_hidden, f->window, "the progress bar to go");
  g_clear_pointer (&after, g_ptr_array_unref);
  after = sitrep_store_list_annotations (f->store, f->article, 0, &error);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  sitrep_test_destroy_toplevels (ADW_TYPE_MESSAGE_DIALOG);
}

static gboolean
export_done (gpointer window)
{
  return !sitrep_window_is_exporting (window);
}

/* Exports spans through the window's Export dialog to @name in the
 * project's folder, ticking "Include pending suggestions" when @with (and
 * checking it starts unticked); returns what was written. */
static char *
export_spans_by_dialog (Fixture    *f,
                        const char *name,
                        gboolean    with)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (f->dir);
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  GtkWindow *dialog;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", "s", "spans-jsonl");
  sitrep_test_wait_until (sitrep_test_toplevel_shown, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG),
                          "the export dialog");
  dialog = sitrep_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  /* Off unless asked, as the CLI's --include-suggestions. */
  g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "include-suggestions"), ==, "false");
  if (with)
    gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "include-suggestions", "true");
  /* It starts in the project's folder once it is mapped. */
  sitrep_test_wait_until (dialog_has_folder, dialog, "the export dialog's folder");
  {
    g_autoptr(GFile) shown = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (dialog));

    g_assert_true (g_file_equal (shown, folder));
  }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  /* As a click on Export does (the dialog checks the name first). */
  g_assert_true (gtk_widget_activate (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT)));
  sitrep_test_wait_until (file_exists, path, "the spans export");
  sitrep_test_wait_until (export_done, f->window, "the export to end");
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG),
                          "the export dialog to close");
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

static char *
export_spans_by_cli (Fixture *f)
{
  g_autofree char *cli_path = g_build_filename (f->dir, "cli.jsonl", NULL);
  g_autofree char *project = g_build_filename (f->dir, "p.sitrep", NULL);
  char *cli = NULL;
  int status;

  status = sitrep_test_run_cli ((const char *[]) { "export", project, "-f", "spans-jsonl", "-o", cli_path,
                                                   "--include-suggestions", NULL }, NULL, NULL, NULL);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_file_get_contents (cli_path, &cli, NULL, NULL));
  return cli;
}

/* The Export dialog's spans JSON Lines carry the pending suggestions only
 * when asked, exactly as sitrep-cli export --include-suggestions writes them.
 *
 * Each export is the project as it was when it ran, and the window writes
 * on its own while the test runs: showing the article, it links its place
 * spans to the gazetteer's place (one edit, whenever the article's places
 * are refreshed, which under load came between the two exports once in nine
 * runs: "entity": null in the dialog's, "جاسم" in the CLI's). So the CLI's
 * export is compared with the dialog's just before it and just after it;
 * one of the two pairs has no edit between them. */
static void
test_export_spans_suggestions (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GPtrArray) suggestions = sitrep_test_suggest_stored (f->store, f->article);
  g_autofree char *without = NULL;
  g_autofree char *with = NULL;
  g_autofree char *with_after = NULL;
  g_autofree char *cli = NULL;

  g_assert_cmpuint (suggestions->len, >, 0);
  without = export_spans_by_dialog (f, "without.jsonl", FALSE);
  g_assert_null (strstr (without, "\"suggested\""));
  with = export_spans_by_dialog (f, "with.jsonl", TRUE);
  g_assert_nonnull (strstr (with, "\"status\":\"suggested\""));

  cli = export_spans_by_cli (f);
  if (g_strcmp0 (with, cli) == 0)
    return;
  g_test_message ("the project changed between the dialog's export and the CLI's; exporting again");
  with_after = export_spans_by_dialog (f, "with-after.jsonl", TRUE);
  g_assert_cmpstr (with_after, ==, cli);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/sitrep/gui/datasets/export-import", Fixture, NULL, fixture_setup, test_export_import, fixture_teardown);
  g_test_add ("/sitrep/gui/datasets/dialogs-in-project-folder", Fixture, NULL, fixture_setup,
              test_dialogs_in_project_folder, fixture_teardown);
  g_test_add ("/sitrep/gui/datasets/dialogs-out-of-data-folder", Fixture, NULL, fixture_setup,
              test_dialogs_out_of_data_folder, fixture_teardown);
  g_test_add ("/sitrep/gui/datasets/import-folder-remembered", Fixture, NULL, fixture_setup,
              test_import_folder_remembered, fixture_teardown);
  g_test_add ("/sitrep/gui/datasets/dialogs-leave-out-side-files", Fixture, NULL, fixture_setup,
              test_dialogs_leave_out_side_files, fixture_teardown);
  g_test_add ("/sitrep/gui/datasets/export-spans-suggestions", Fixture, NULL, fixture_setup,
              test_export_spans_suggestions, fixture_teardown);
  g_test_add ("/sitrep/gui/datasets/agreement", Fixture, NULL, fixture_setup, test_agreement_window, fixture_teardown);
  g_test_add ("/sitrep/gui/datasets/adjudicate-by-key", Fixture, NULL, fixture_setup, test_adjudicate_by_key,
              fixture_teardown);
  g_test_add ("/sitrep/gui/datasets/adjudicate-edit", Fixture, NULL, fixture_setup, test_adjudicate_edit,
              fixture_teardown);
  g_test_add ("/sitrep/gui/datasets/adjudicate-events", Fixture, NULL, fixture_setup, test_adjudicate_events,
              fixture_teardown);
  g_test_add ("/sitrep/gui/datasets/copy-and-merge", Fixture, NULL, fixture_setup, test_copy_and_merge, fixture_teardown);
  g_test_add ("/sitrep/gui/datasets/merge-progress-cancel", Fixture, NULL, fixture_setup, test_merge_progress_cancel,
              fixture_teardown);

  return g_test_run ();
}

/* test-gui.c — the Sitrep window driven through its actions, under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "sitrep-test-util.h"
#include "sitrep-article-row.h"
#include "sitrep-import-job.h"
#include "sitrep-metadata-dialog.h"
#include "sitrep-reader.h"
#include "sitrep-store.h"
#include "sitrep-window.h"
#include "sitrep-articles-private.h"
#include "sitrep-reader-test-private.h"
#include "sitrep-window-test-private.h"


typedef struct
{
  char         *dir;
  char         *path;
  SitrepStore  *store;
  SitrepWindow *window;
} Fixture;

static const char *fixture_texts[] = {
  "Shelling reported near the river crossing\n\n"
  "Residents said the shelling began at dawn and lasted two hours near the tamarisk groves.\n\n"
  "Local officials reported damage to houses.\n",
  "Convoy reaches the northern villages\n\n"
  "A convoy of trucks carrying food reached the northern villages on Tuesday after a juniper-lined "
  "road was reopened.\n\n"
  "Aid workers said more convoys would follow.\n",
  "Talks resume in the capital\n\n"
  "Delegations met in the capital to resume talks, and an obsidian-black car carried the envoy "
  "to the meeting.\n\n"
  "No agreement was announced.\n",
};

static char *
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

static void
import_paths (SitrepStore *store,
              char       **paths,
              guint        n_paths)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) results = NULL;

  for (guint i = 0; i < n_paths; i++)
    g_ptr_array_add (files, g_file_new_for_path (paths[i]));

  results = sitrep_import_files (store, (GFile **) files->pdata, files->len,
                                 SITREP_IMPORT_FORMAT_AUTO, NULL, NULL);
  g_assert_nonnull (results);

  for (guint i = 0; i < results->len; i++)
    {
      SitrepImportResult *r = g_ptr_array_index (results, i);

      g_assert_cmpint (r->outcome, ==, SITREP_IMPORT_OUTCOME_IMPORTED);
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  char *paths[G_N_ELEMENTS (fixture_texts)];

  f->dir = g_dir_make_tmp ("sitrep-gui-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.sitrep", NULL);
  f->store = sitrep_store_create (f->path, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (fixture_texts); i++)
    {
      g_autofree char *name = g_strdup_printf ("article-%u.txt", i + 1);

      paths[i] = write_file (f->dir, name, fixture_texts[i]);
    }
  import_paths (f->store, paths, G_N_ELEMENTS (fixture_texts));
  for (guint i = 0; i < G_N_ELEMENTS (fixture_texts); i++)
    g_free (paths[i]);

  /* Each test starts from the default settings (the memory backend lives
   * as long as the test program). */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_settings_reset (settings, "article-sort");
    g_settings_reset (settings, "reader-font-scale");
    g_settings_reset (settings, "import-encoding");
    g_settings_reset (settings, "map-visible");
    /* Wide enough for the article list to stay beside the reader: at the
     * laptop size it folds away, and these tests count its rows. */
    g_settings_set_int (settings, "window-width", 1600);
    g_settings_set_int (settings, "window-height", 1000);
    g_settings_set_boolean (settings, "window-maximized", FALSE);
  }

  f->window = g_object_ref (sitrep_window_new (NULL));
  /* The layout tests give the size of a laptop's screen. */
  if (data != NULL)
    {
      const int *size = data;

      gtk_window_set_default_size (GTK_WINDOW (f->window), size[0], size[1]);
    }
  gtk_window_present (GTK_WINDOW (f->window));
}

static gboolean
not_importing (gpointer data)
{
  return !sitrep_window_is_importing (data);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sitrep_test_wait_until (not_importing, f->window, "the import to end");
  sitrep_test_close_window (f->window);
  g_clear_object (&f->store);
  sitrep_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Conditions */

typedef struct
{
  SitrepWindow *window;
  guint         n;
} CountData;

static guint
count_rows (GtkWidget *widget)
{
  guint n = 0;

  if (SITREP_IS_ARTICLE_ROW (widget))
    return sitrep_article_row_get_article (SITREP_ARTICLE_ROW (widget)) != NULL &&
           gtk_widget_get_mapped (widget) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_rows (child);

  return n;
}

static gboolean
has_n_rows (gpointer data)
{
  CountData *c = data;
  GListModel *model = sitrep_window_get_article_model (c->window);

  return model != NULL && g_list_model_get_n_items (model) == c->n &&
         count_rows (GTK_WIDGET (c->window)) == c->n;
}

/* Only the model: a list view makes rows for what fits on screen. */
static gboolean
model_has_n_items (gpointer data)
{
  CountData *c = data;
  GListModel *model = sitrep_window_get_article_model (c->window);

  return model != NULL && g_list_model_get_n_items (model) == c->n &&
         count_rows (GTK_WIDGET (c->window)) > 0;
}

static gboolean
reader_shows_selected (gpointer data)
{
  SitrepWindow *window = data;
  SitrepArticle *article = sitrep_reader_get_article (sitrep_window_get_reader (window));

  return article != NULL && sitrep_article_get_id (article) == sitrep_window_get_selected_id (window);
}

static void
open_fixture (Fixture *f)
{
  CountData c = { f->window, G_N_ELEMENTS (fixture_texts) };

  sitrep_window_set_store (f->window, f->store);
  sitrep_test_wait_until (has_n_rows, &c, "the rows of the project");
}

static SitrepArticle *
get_item (SitrepWindow *window,
          guint         position)
{
  return g_list_model_get_item (sitrep_window_get_article_model (window), position);
}

/* Tests */

static void
test_window_create_destroy (void)
{
  SitrepWindow *window = g_object_ref (sitrep_window_new (NULL));

  gtk_window_present (GTK_WINDOW (window));
  /* Shown with no project: no read-only banner. */
  sitrep_test_wait_until (sitrep_test_widget_mapped, window, "the window shown");
  g_assert_null (sitrep_window_get_store (window));
  g_assert_false (sitrep_window_get_read_only_banner_visible (window));
  sitrep_test_close_window (window);
}

static void
test_open_project (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  CountData c = { f->window, G_N_ELEMENTS (fixture_texts) };
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) recent = NULL;

  /* The fixture holds the project open: let the window open it from its file. */
  g_clear_object (&f->store);
  g_assert_true (sitrep_window_open_project (f->window, file, &error));
  g_assert_no_error (error);
  f->store = g_object_ref (sitrep_window_get_store (f->window));

  sitrep_test_wait_until (has_n_rows, &c, "three rows");
  sitrep_test_wait_until (reader_shows_selected, f->window, "the first article in the reader");

  recent = g_settings_get_strv (settings, "recent-projects");
  g_assert_cmpstr (recent[0], ==, f->path);
}

static void
test_select_shows_body (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SitrepArticle) second = NULL;
  g_autofree char *body = NULL;
  g_autofree char *shown = NULL;
  GtkSelectionModel *model;

  open_fixture (f);
  model = GTK_SELECTION_MODEL (sitrep_window_get_article_model (f->window));
  gtk_selection_model_select_item (model, 1, TRUE);
  second = get_item (f->window, 1);

  g_assert_cmpint (sitrep_window_get_selected_id (f->window), ==, sitrep_article_get_id (second));
  sitrep_test_wait_until (reader_shows_selected, f->window, "the second article in the reader");

  body = sitrep_store_get_article_body (f->store, sitrep_article_get_id (second), NULL);
  shown = sitrep_reader_dup_text (sitrep_window_get_reader (f->window));
  g_assert_nonnull (body);
  g_assert_cmpstr (shown, ==, body);
  g_assert_cmpstr (sitrep_reader_get_title_text (sitrep_window_get_reader (f->window)), ==,
                   sitrep_article_get_title (second));
}

static gboolean
has_highlights (gpointer data)
{
  return sitrep_reader_count_highlights (sitrep_window_get_reader (data)) > 0;
}

/* The notice under the search row of the article list. */
static GtkWidget *
shortened_notice (SitrepWindow *window)
{
  GtkWidget *entry = GTK_WIDGET (sitrep_window_get_search_entry (window));
  GtkWidget *notice = gtk_widget_get_next_sibling (gtk_widget_get_parent (entry));

  g_assert_true (GTK_IS_LABEL (notice));
  return notice;
}

static gboolean
notice_visible (gpointer data)
{
  return gtk_widget_get_visible (shortened_notice (data));
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  CountData one = { f->window, 1 };
  CountData all = { f->window, G_N_ELEMENTS (fixture_texts) };
  g_autoptr(SitrepArticle) match = NULL;
  g_autofree char *body = NULL;
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextTag *tag;
  GtkTextIter iter;
  const char *found;

  open_fixture (f);
  gtk_editable_set_text (sitrep_window_get_search_entry (f->window), "obsidian");
  sitrep_test_wait_until (has_n_rows, &one, "the search to narrow the list");

  match = get_item (f->window, 0);
  body = sitrep_store_get_article_body (f->store, sitrep_article_get_id (match), NULL);
  g_assert_nonnull (strstr (body, "obsidian"));

  sitrep_test_wait_until (reader_shows_selected, f->window, "the match in the reader");
  g_assert_cmpint (sitrep_window_get_selected_id (f->window), ==, sitrep_article_get_id (match));
  sitrep_test_wait_until (has_highlights, f->window, "highlights");

  /* The highlight covers the word searched for. */
  view = sitrep_reader_get_text_view (sitrep_window_get_reader (f->window));
  buffer = gtk_text_view_get_buffer (view);
  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "match");
  g_assert_nonnull (tag);
  found = strstr (body, "obsidian");
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) g_utf8_pointer_to_offset (body, found));
  g_assert_true (gtk_text_iter_has_tag (&iter, tag));

  gtk_editable_set_text (sitrep_window_get_search_entry (f->window), "");
  sitrep_test_wait_until (has_n_rows, &all, "the full list again");
  g_assert_cmpuint (sitrep_reader_count_highlights (sitrep_window_get_reader (f->window)), ==, 0);
  g_assert_false (gtk_widget_get_visible (shortened_notice (f->window)));

  /* A query past the search's 32 different words says what was searched. */
  {
    g_autoptr(GString) query = g_string_new ("obsidian");

    for (guint i = 0; i < 40; i++)
      g_string_append_printf (query, " word%c%c", 'a' + i / 26, 'a' + i % 26);
    gtk_editable_set_text (sitrep_window_get_search_entry (f->window), query->str);
    sitrep_test_wait_until (notice_visible, f->window, "the notice that the search was shortened");
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (shortened_notice (f->window))), "32"));
    gtk_editable_set_text (sitrep_window_get_search_entry (f->window), "obsidian");
    sitrep_test_wait_until (has_n_rows, &one, "the search to narrow the list");
    g_assert_false (gtk_widget_get_visible (shortened_notice (f->window)));
  }
}

static void
test_import_action (Fixture       *f,
                    gconstpointer  data)
{
  CountData c = { f->window, G_N_ELEMENTS (fixture_texts) + 2 };
  g_autofree char *a = write_file (f->dir, "new-1.txt",
                                   "Bridge repaired\n\nEngineers repaired the bridge over the canal.\n");
  g_autofree char *b = write_file (f->dir, "new-2.txt",
                                   "Market reopens\n\nThe central market reopened after a week.\n");
  const char *paths[] = { a, b, NULL };

  open_fixture (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import-paths",
                                             "^as", paths));
  g_assert_true (sitrep_window_is_importing (f->window));
  sitrep_test_wait_until (not_importing, f->window, "the import to finish");
  sitrep_test_wait_until (has_n_rows, &c, "the imported rows");
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, c.n);
  g_assert_nonnull (strstr (sitrep_window_get_last_toast (f->window), "Imported 2 articles"));

  /* The same files again add nothing and say so. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import-paths",
                                             "^as", paths));
  sitrep_test_wait_until (not_importing, f->window, "the second import to finish");
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, c.n);
  g_assert_nonnull (strstr (sitrep_window_get_last_toast (f->window), "already in the project"));
}

static void
test_set_status (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SitrepArticle) stored = NULL;
  g_autofree char *status = NULL;
  gint64 id;

  open_fixture (f);
  sitrep_test_wait_until (reader_shows_selected, f->window, "an article in the reader");
  id = sitrep_window_get_selected_id (f->window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.set-status", "s", "done"));
  stored = sitrep_store_get_article (f->store, id, NULL);
  g_assert_cmpint (sitrep_article_get_status (stored), ==, SITREP_ARTICLE_STATUS_DONE);

  g_object_get (f->window, "article-status", &status, NULL);
  g_assert_cmpstr (status, ==, "done");
}

static gboolean
source_listed (gpointer data)
{
  GListModel *sources = gtk_drop_down_get_model (GTK_DROP_DOWN (sitrep_test_template_child (data, "source_dropdown")));

  for (guint i = 1; i < g_list_model_get_n_items (sources); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (sources), i), "Example Agency") == 0)
      return TRUE;
  return FALSE;
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CountData one = { f->window, 1 };
  CountData two = { f->window, 2 };
  CountData all = { f->window, G_N_ELEMENTS (fixture_texts) };
  g_autoptr(SitrepArticle) first = NULL;
  GListModel *sources;
  guint agency = G_MAXUINT;

  open_fixture (f);
  first = get_item (f->window, 0);
  g_assert_true (sitrep_store_set_article_status (f->store, sitrep_article_get_id (first),
                                                  SITREP_ARTICLE_STATUS_DONE, &error));
  g_assert_no_error (error);

  /* Status: "Done" is the fourth entry (Any, New, In Progress, Done). */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (sitrep_test_template_child (f->window, "status_dropdown")), 3);
  sitrep_test_wait_until (has_n_rows, &one, "only the article done");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (sitrep_test_template_child (f->window, "status_dropdown")), 1);
  sitrep_test_wait_until (has_n_rows, &two, "the new articles");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (sitrep_test_template_child (f->window, "status_dropdown")), 0);
  sitrep_test_wait_until (has_n_rows, &all, "every article");

  /* Source: the dropdown lists the project's sources after "All Sources". */
  g_assert_true (sitrep_store_set_article_metadata (f->store, sitrep_article_get_id (first),
                                                    sitrep_article_get_title (first), "Example Agency",
                                                    NULL, NULL, SITREP_DATE_PRECISION_UNKNOWN, NULL,
                                                    &error));
  g_assert_no_error (error);
  sitrep_test_wait_until (source_listed, f->window, "the new source in the sources dropdown");
  sources = gtk_drop_down_get_model (GTK_DROP_DOWN (sitrep_test_template_child (f->window, "source_dropdown")));
  for (guint i = 1; i < g_list_model_get_n_items (sources); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (sources), i), "Example Agency") == 0)
      agency = i;
  g_assert_cmpuint (agency, !=, G_MAXUINT);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (sitrep_test_template_child (f->window, "source_dropdown")), agency);
  sitrep_test_wait_until (has_n_rows, &one, "the article of the source");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (sitrep_test_template_child (f->window, "source_dropdown")), 0);
  sitrep_test_wait_until (has_n_rows, &all, "every source again");

  /* Sorting by title keeps every row and puts them in order. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.sort", "s", "title"));
  sitrep_test_wait_until (has_n_rows, &all, "the sorted rows");
  {
    g_autoptr(SitrepArticle) a = get_item (f->window, 0);
    g_autoptr(SitrepArticle) b = get_item (f->window, 1);

    g_assert_cmpint (g_utf8_collate (sitrep_article_get_title (a), sitrep_article_get_title (b)), <=, 0);
  }
}

static void
test_zoom (Fixture       *f,
           gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);

  open_fixture (f);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-reset", NULL);
  g_assert_cmpfloat_with_epsilon (sitrep_reader_get_font_scale (reader), 1.0, 0.001);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (sitrep_reader_get_font_scale (reader), 1.1, 0.001);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-reset", NULL);
  g_assert_cmpfloat_with_epsilon (sitrep_reader_get_font_scale (reader), 1.0, 0.001);
}

static gboolean
header_shows_title (gpointer data)
{
  return g_strcmp0 (sitrep_reader_get_title_text (sitrep_window_get_reader (data)),
                    "Ceasefire holds") == 0;
}

static gboolean
header_shows_unknown_year (gpointer data)
{
  return strstr (sitrep_reader_get_meta_text (sitrep_window_get_reader (data)),
                 "19 October — year unknown") != NULL;
}

static void
test_edit_metadata (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepArticle) stored = NULL;
  g_autoptr(SitrepArticle) again = NULL;
  SitrepMetadataDialog *dialog;
  SitrepArticle *current;
  gint64 id;

  open_fixture (f);
  sitrep_test_wait_until (reader_shows_selected, f->window, "an article in the reader");
  id = sitrep_window_get_selected_id (f->window);

  /* A change made in the store shows in the header. */
  g_assert_true (sitrep_store_set_article_metadata (f->store, id, "Ceasefire holds", "Example Agency",
                                                    "https://example.org/a", "2020-08-25",
                                                    SITREP_DATE_PRECISION_DAY, NULL, &error));
  g_assert_no_error (error);
  sitrep_test_wait_until (header_shows_title, f->window, "the new title in the header");
  g_assert_nonnull (strstr (sitrep_reader_get_meta_text (sitrep_window_get_reader (f->window)),
                            "Example Agency"));

  current = sitrep_reader_get_article (sitrep_window_get_reader (f->window));
  dialog = g_object_ref_sink (sitrep_metadata_dialog_new (f->store, current));

  /* A day without a year is refused, and nothing is saved. */
  sitrep_metadata_dialog_set_fields (dialog, "Ceasefire holds", "Example Agency", NULL,
                                     "10-19", SITREP_DATE_PRECISION_DAY, NULL);
  g_assert_false (sitrep_metadata_dialog_save (dialog, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  stored = sitrep_store_get_article (f->store, id, NULL);
  g_assert_cmpstr (sitrep_article_get_published (stored), ==, "2020-08-25");

  /* Unknown year: kept as a note, never guessed. */
  sitrep_metadata_dialog_set_fields (dialog, "Ceasefire holds", "Example Agency",
                                     "https://example.org/a", NULL,
                                     SITREP_DATE_PRECISION_UNKNOWN, "19 October");
  g_assert_true (sitrep_metadata_dialog_save (dialog, &error));
  g_assert_no_error (error);
  again = sitrep_store_get_article (f->store, id, NULL);
  g_assert_null (sitrep_article_get_published (again));
  g_assert_cmpint (sitrep_article_get_published_precision (again), ==, SITREP_DATE_PRECISION_UNKNOWN);
  g_assert_cmpstr (sitrep_article_get_published_note (again), ==, "19 October");
  sitrep_test_wait_until (header_shows_unknown_year, f->window, "the date without a year in the header");

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) ro = NULL;
  g_autoptr(SitrepArticle) stored = NULL;
  CountData c = { f->window, G_N_ELEMENTS (fixture_texts) };
  gint64 id;

  g_clear_object (&f->store);
  ro = sitrep_store_open (f->path, SITREP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  f->store = g_object_ref (ro);

  sitrep_window_set_store (f->window, ro);
  sitrep_test_wait_until (has_n_rows, &c, "the rows of the read-only project");
  g_assert_true (sitrep_window_get_read_only_banner_visible (f->window));

  /* Editing is off: setting a status changes nothing. */
  sitrep_test_wait_until (reader_shows_selected, f->window, "an article in the reader");
  id = sitrep_window_get_selected_id (f->window);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.set-status", "s", "done");
  stored = sitrep_store_get_article (ro, id, NULL);
  g_assert_cmpint (sitrep_article_get_status (stored), ==, SITREP_ARTICLE_STATUS_NEW);
}

static void
test_paste (Fixture       *f,
            gconstpointer  data)
{
  CountData c = { f->window, G_N_ELEMENTS (fixture_texts) + 1 };
  const char *text = "Checkpoint closed\n\nThe checkpoint on the coastal road was closed on Friday.\n";
  g_autofree char *body = NULL;
  gint64 pasted;

  open_fixture (f);
  sitrep_window_paste_text (f->window, text);
  sitrep_test_wait_until (has_n_rows, &c, "the pasted article");
  sitrep_test_wait_until (reader_shows_selected, f->window, "the pasted article in the reader");
  pasted = sitrep_window_get_selected_id (f->window);
  body = sitrep_store_get_article_body (f->store, pasted, NULL);
  g_assert_nonnull (strstr (body, "coastal road"));
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==, "Pasted as a new article");

  /* Select another one, then paste the same text: the original is selected. */
  {
    g_autoptr(SitrepArticle) top = get_item (f->window, 0);

    gtk_selection_model_select_item (GTK_SELECTION_MODEL (sitrep_window_get_article_model (f->window)),
                                     sitrep_article_get_id (top) == pasted ? 1 : 0, TRUE);
  }
  g_assert_cmpint (sitrep_window_get_selected_id (f->window), !=, pasted);
  sitrep_window_paste_text (f->window, text);
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==, "Already in the project");
  g_assert_cmpint (sitrep_window_get_selected_id (f->window), ==, pasted);
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, c.n);
}

static gboolean
reader_shows_arabic (gpointer data)
{
  g_autofree char *shown = sitrep_reader_dup_text (sitrep_window_get_reader (data));

  return strstr (shown, "قال") != NULL;
}

static void
test_arabic_rtl (Fixture       *f,
                 gconstpointer  data)
{
  const char *text = "قصف قرب المعبر\n\n"
                     "قال السكان إن القصف بدأ عند الفجر واستمر ساعتين قرب ضفة النهر.\n";
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextTag *rtl;
  GtkTextIter iter;
  int offset;
  g_autofree char *shown = NULL;

  open_fixture (f);
  sitrep_window_paste_text (f->window, text);
  sitrep_test_wait_until (reader_shows_arabic, f->window, "the Arabic article in the reader");

  view = sitrep_reader_get_text_view (sitrep_window_get_reader (f->window));
  buffer = gtk_text_view_get_buffer (view);
  rtl = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "rtl");
  shown = sitrep_reader_dup_text (sitrep_window_get_reader (f->window));
  offset = (int) g_utf8_pointer_to_offset (shown, strstr (shown, "قال"));
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  g_assert_true (gtk_text_iter_has_tag (&iter, rtl));
  g_assert_cmpint (sitrep_text_find_base_dir ("قال السكان", -1), ==, PANGO_DIRECTION_RTL);
  g_assert_cmpint (sitrep_text_find_base_dir ("12 — Reuters", -1), ==, PANGO_DIRECTION_LTR);
  g_assert_cmpint (sitrep_text_find_base_dir ("12 — 34", -1), ==, PANGO_DIRECTION_NEUTRAL);
}

static void
test_open_errors (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *not_project = write_file (f->dir, "notes.sitrep", "just some notes\n");
  g_autofree char *missing = g_build_filename (f->dir, "missing.sitrep", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (not_project);
  g_autoptr(GFile) gone = g_file_new_for_path (missing);
  g_autofree char *after = NULL;

  g_assert_false (sitrep_window_open_project (f->window, file, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_A_PROJECT);
  g_clear_error (&error);
  g_assert_null (sitrep_window_get_store (f->window));
  g_file_get_contents (not_project, &after, NULL, NULL);
  g_assert_cmpstr (after, ==, "just some notes\n");

  g_assert_false (sitrep_window_open_project (f->window, gone, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w))
        return ADW_MESSAGE_DIALOG (w);
    }

  return NULL;
}

static gboolean
has_salvaged_store (gpointer data)
{
  SitrepStore *store = sitrep_window_get_store (data);

  return store != NULL && g_str_has_suffix (sitrep_store_get_path (store), "(salvaged).sitrep");
}

static void
test_corrupt_salvage (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  gsize length;
  AdwMessageDialog *dialog;

  /* Scribble over pages two thirds in, keeping the header and the schema,
   * as a bad disk would (the same damage as test-store's salvage test). */
  g_clear_object (&f->store);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192);
  for (gsize i = length * 2 / 3; i < length * 2 / 3 + 12000 && i < length; i++)
    contents[i] = (char) (i * 7);
  g_assert_true (g_file_set_contents (f->path, contents, (gssize) length, NULL));
  before = g_memdup2 (contents, length);

  g_assert_false (sitrep_window_open_project (f->window, file, &error));
  if (!g_error_matches (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_CORRUPT))
    {
      g_test_skip ("This damage is not reported as corrupt by the store");
      return;
    }
  g_clear_error (&error);

  sitrep_window_open_project_interactive (f->window, file);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "salvage"));
  adw_message_dialog_response (dialog, "salvage");
  gtk_window_destroy (GTK_WINDOW (dialog));

  sitrep_test_wait_until (has_salvaged_store, f->window, "the salvaged copy to open");

  /* The damaged file is left as it was. */
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, before, length);
}

static void
test_import_cancel (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  CountData c = { f->window, 0 };

  open_fixture (f);
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("bulk-%03u.txt", i);
      g_autofree char *text = g_strdup_printf ("Report number %u\n\nA distinct report, number %u, "
                                               "about events on day %u.\n", i, i, i);

      g_ptr_array_add (paths, write_file (f->dir, name, text));
    }
  g_ptr_array_add (paths, NULL);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import-paths", "^as", paths->pdata);
  g_assert_true (sitrep_window_is_importing (f->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.cancel-import", NULL));
  sitrep_test_wait_until (not_importing, f->window, "the cancelled import to end");

  g_assert_true (g_str_has_prefix (sitrep_window_get_last_toast (f->window), "Import cancelled"));
  /* The cancel races the import's two threads: on a fast machine every file
   * may be in before it lands. What must hold is that the list shows exactly
   * what the project kept. */
  c.n = sitrep_store_count_articles (f->store);
  g_assert_cmpuint (c.n, <=, G_N_ELEMENTS (fixture_texts) + 300);
  sitrep_test_wait_until (model_has_n_items, &c, "the articles kept in the list");
}

static void
test_parse_date (void)
{
  static const struct
  {
    const char          *text;
    SitrepDatePrecision  precision;
    const char          *iso;     /* NULL: refused */
  } cases[] = {
    { "2020-08-25", SITREP_DATE_PRECISION_DAY, "2020-08-25" },
    { "2020-8-5", SITREP_DATE_PRECISION_DAY, "2020-08-05" },
    { "2020-08", SITREP_DATE_PRECISION_MONTH, "2020-08" },
    { "2020", SITREP_DATE_PRECISION_YEAR, "2020" },
    { "2020-02-30", SITREP_DATE_PRECISION_DAY, NULL },
    { "2020-13", SITREP_DATE_PRECISION_MONTH, NULL },
    { "10-19", SITREP_DATE_PRECISION_DAY, NULL },
    { "19 October", SITREP_DATE_PRECISION_DAY, NULL },
    { "2020-08", SITREP_DATE_PRECISION_DAY, NULL },
    { "2020-08-25", SITREP_DATE_PRECISION_YEAR, NULL },
    { "", SITREP_DATE_PRECISION_YEAR, NULL },
    { "20x0", SITREP_DATE_PRECISION_YEAR, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;
      gboolean ok = sitrep_metadata_parse_date (cases[i].text, cases[i].precision, &iso, &error);

      if (cases[i].iso != NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpstr (iso, ==, cases[i].iso);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
          g_assert_null (iso);
        }
    }

  {
    g_autofree char *iso = NULL;

    g_assert_true (sitrep_metadata_parse_date ("anything", SITREP_DATE_PRECISION_UNKNOWN, &iso, NULL));
    g_assert_null (iso);
  }
}

/* Reader, annotation panel and map side by side on a laptop's screen */

typedef struct
{
  SitrepWindow *window;
  int           width;
} LayoutData;

static gboolean
three_panes_shown (gpointer data)
{
  LayoutData *l = data;

  return gtk_widget_get_width (GTK_WIDGET (l->window)) <= l->width &&
         sitrep_test_has_size (GTK_WIDGET (sitrep_window_get_reader (l->window))) &&
         sitrep_test_has_size (GTK_WIDGET (sitrep_window_get_annotation_panel (l->window))) &&
         sitrep_test_has_size (GTK_WIDGET (sitrep_window_get_map_view (l->window)));
}

static gboolean
events_shown (gpointer data)
{
  LayoutData *l = data;

  return !gtk_widget_get_mapped (GTK_WIDGET (sitrep_window_get_reader (l->window)));
}

static void
test_layout (Fixture       *f,
             gconstpointer  data)
{
  const int *size = data;
  LayoutData l = { f->window, size[0] };
  int minimum = 0;

  open_fixture (f);

  /* A new window shows the map at once, beside the reader and the panel,
   * without growing past the screen. */
  sitrep_test_wait_until (three_panes_shown, &l, "reader, panel and map side by side");
  gtk_widget_measure (GTK_WIDGET (f->window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, size[0]);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (f->window)), <=, size[1]);

  /* Switching to the Events view and back keeps them (once, the content went blank). */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
  sitrep_test_wait_until (events_shown, &l, "the Events view");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-articles", NULL);
  sitrep_test_wait_until (three_panes_shown, &l, "reader, panel and map again");

  /* Turning the map off and on again does not grow the window either. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-map", NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (sitrep_window_get_map_view (f->window))));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-map", NULL);
  sitrep_test_wait_until (three_panes_shown, &l, "the map back");
}

static void
on_dialog_map (GtkWidget *dialog,
               gboolean  *parent_shown)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  GdkSurface *surface = parent != NULL ? gtk_native_get_surface (GTK_NATIVE (parent)) : NULL;

  *parent_shown = surface != NULL && gdk_surface_get_mapped (surface);
}

/* The project is open elsewhere (f->store holds it): the window named on
 * the command line says so over itself, once it is on screen — not before,
 * when the window manager put the dialog at the screen's corner. */
static void
test_already_open_dialog (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  SitrepWindow *window = g_object_ref (sitrep_window_new (NULL));
  AdwMessageDialog *dialog;
  gboolean parent_shown = FALSE;

  sitrep_window_open_project_interactive (window, file);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Project Already Open");
  /* Not shown before its window. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_signal_connect (dialog, "map", G_CALLBACK (on_dialog_map), &parent_shown);
  gtk_window_present (GTK_WINDOW (window));
  sitrep_test_wait_until (sitrep_test_widget_mapped, dialog, "the dialog on screen");
  g_assert_true (parent_shown);

  /* "Close it there, or open it read-only": the dialog offers the second
   * (it had only Close), and the project opens read-only in this window. */
  g_assert_true (adw_message_dialog_has_response (dialog, "read-only"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "read-only");
  g_assert_null (sitrep_window_get_store (window));
  adw_message_dialog_response (dialog, "read-only");
  g_assert_nonnull (sitrep_window_get_store (window));
  g_assert_true (sitrep_store_is_read_only (sitrep_window_get_store (window)));
  g_assert_cmpstr (sitrep_store_get_path (sitrep_window_get_store (window)), ==, f->path);
  g_assert_null (find_message_dialog () == dialog ? NULL : find_message_dialog ());

  gtk_window_destroy (GTK_WINDOW (dialog));
  sitrep_test_close_window (window);
}

static const int size_1280x800[] = { 1280, 800 };
static const int size_1366x768[] = { 1366, 768 };

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/gui/window/create-destroy", test_window_create_destroy);
  g_test_add_func ("/gui/metadata/parse-date", test_parse_date);
  ADD ("/gui/window/open-project", test_open_project);
  ADD ("/gui/window/select-shows-body", test_select_shows_body);
  ADD ("/gui/window/search-highlights", test_search);
  ADD ("/gui/window/import-action", test_import_action);
  ADD ("/gui/window/set-status", test_set_status);
  ADD ("/gui/window/filters-and-sort", test_filters);
  ADD ("/gui/window/zoom", test_zoom);
  ADD ("/gui/window/edit-metadata", test_edit_metadata);
  ADD ("/gui/window/read-only-banner", test_read_only);
  ADD ("/gui/window/paste", test_paste);
  ADD ("/gui/window/arabic-rtl", test_arabic_rtl);
  ADD ("/gui/window/open-errors", test_open_errors);
  ADD ("/gui/window/corrupt-salvage", test_corrupt_salvage);
  ADD ("/gui/window/already-open-dialog", test_already_open_dialog);
  ADD ("/gui/window/import-cancel", test_import_cancel);
  g_test_add ("/gui/window/layout/1280x800", Fixture, size_1280x800, fixture_set_up, test_layout, fixture_tear_down);
  g_test_add ("/gui/window/layout/1366x768", Fixture, size_1366x768, fixture_set_up, test_layout, fixture_tear_down);

#undef ADD

  return g_test_run ();
}

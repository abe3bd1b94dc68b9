/* test-gui-reader.c — deleting articles and merging sources from the window, under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-delete-articles-dialog.h"
#include "sitrep-sources-dialog.h"
#include "sitrep-store.h"
#include "sitrep-window.h"

typedef struct
{
  char         *dir;
  char         *path;
  SitrepStore  *store;
  SitrepWindow *window;
  gint64        articles[4];
  gint64        event;
} Fixture;

static const struct
{
  const char *title;
  const char *source;
  const char *body;
} articles[] = {
  { "Operation in Jasim", "SouthFront", "At least 20 terrorists were killed in Jasim.\n" },
  { "Curfew in Jasim", "SouthFront", "A curfew is still in effect in the town.\n" },
  { "Security forces uproot ISIS", "South Front", "The clashes left 20 ISIS militants dead.\n" },
  { "Bus bombing near Damascus", "thecradle", "A bus carrying soldiers was hit near Damascus.\n" },
};

static gint64
add_article (Fixture *f,
             guint    i)
{
  SitrepImportRecord *record = sitrep_import_record_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  record->title = g_strdup (articles[i].title);
  record->source = g_strdup (articles[i].source);
  record->body = g_strdup (articles[i].body);
  record->original_name = g_strdup ("clipboard");
  record->original_type = g_strdup ("text/plain");
  id = sitrep_store_add_article (f->store, record, NULL, &error);
  g_assert_no_error (error);
  sitrep_import_record_free (record);
  return id;
}

static gint64
label_id (SitrepStore *store,
          const char  *name)
{
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (store, NULL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (sitrep_label_get_name (labels->pdata[i]), name) == 0)
      return sitrep_label_get_id (labels->pdata[i]);
  g_assert_not_reached ();
}

/* An event with a claim read from article 2 ("20 ISIS militants dead"). */
static void
add_event (Fixture *f)
{
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  g_autoptr(GError) error = NULL;
  gint64 killed;

  draft.date_start = "2022-10-16";
  draft.date_precision = 1;
  draft.event_type = "Battles";
  f->event = sitrep_store_create_event (f->store, &draft, &error);
  g_assert_no_error (error);
  killed = sitrep_store_add_annotation (f->store, f->articles[2], label_id (f->store, "Killed"), 21, 38, 0, 0,
                                        "{\"count\":20}", &error);
  g_assert_no_error (error);
  sitrep_store_add_claim_from_annotation (f->store, f->event, killed, SITREP_VICTIM_UNKNOWN, 0, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  f->dir = g_dir_make_tmp ("sitrep-reader-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.sitrep", NULL);
  f->store = sitrep_store_create (f->path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    f->articles[i] = add_article (f, i);
  add_event (f);
  g_settings_set_string (settings, "annotator-name", "Tester");

  f->window = sitrep_test_open_window (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GList *toplevels = gtk_window_list_toplevels ();

  /* Destroying a dialog destroys the questions on it: hold them all first. */
  g_list_foreach (toplevels, (GFunc) g_object_ref, NULL);
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != (gpointer) f->window)
      gtk_window_destroy (l->data);
  g_list_free_full (toplevels, g_object_unref);
  sitrep_test_close_window (f->window);
  g_clear_object (&f->store);
  sitrep_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static GtkWindow *
find_toplevel (GType type)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWindow *found = NULL;

  for (GList *l = toplevels; l != NULL && found == NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static gboolean
shown (gpointer data)
{
  return find_toplevel ((GType) GPOINTER_TO_SIZE (data)) != NULL;
}

static gboolean
gone (gpointer data)
{
  return find_toplevel ((GType) GPOINTER_TO_SIZE (data)) == NULL;
}

static gboolean
has_article (SitrepStore *store,
             gint64       id)
{
  g_autoptr(SitrepArticle) a = sitrep_store_get_article (store, id, NULL);

  return a != NULL;
}

typedef struct
{
  Fixture *f;
  guint    n;
} ListWait;

static gboolean
list_has_n (gpointer data)
{
  ListWait *w = data;

  return g_list_model_get_n_items (sitrep_window_get_article_model (w->f->window)) == w->n;
}

static gboolean
article_shown (gpointer data)
{
  Fixture *f = data;

  return sitrep_window_get_selected_id (f->window) == f->articles[1];
}

/* Delete Articles (Ctrl+Delete): the shown article is ticked, another is
 * ticked by hand, the question says it cannot be undone; Cancel keeps
 * them, Delete removes both with their claims. */
static void
test_delete_articles (Fixture       *f,
                      gconstpointer  data)
{
  GType type = SITREP_TYPE_DELETE_ARTICLES_DIALOG;
  SitrepDeleteArticlesDialog *dialog;
  g_autoptr(GArray) checked = NULL;
  g_autoptr(SitrepEvent) event = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  GtkWidget *question;
  ListWait lw = { f, 4 };

  sitrep_test_wait_until (list_has_n, &lw, "the four articles listed");
  g_assert_true (sitrep_window_select_article (f->window, f->articles[1]));
  sitrep_test_wait_until (article_shown, f, "the second article shown");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-articles", NULL));
  sitrep_test_wait_until (shown, GSIZE_TO_POINTER (type), "the Delete Articles dialog");
  dialog = SITREP_DELETE_ARTICLES_DIALOG (find_toplevel (type));
  checked = sitrep_delete_articles_dialog_dup_checked (dialog);
  g_assert_cmpuint (checked->len, ==, 1);
  g_assert_cmpint (g_array_index (checked, gint64, 0), ==, f->articles[1]);

  sitrep_delete_articles_dialog_set_checked (dialog, f->articles[2], TRUE);
  question = sitrep_delete_articles_dialog_confirm (dialog);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (question));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (question)), ==, "Delete 2 Articles?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (question)), "cannot be undone"));

  /* Cancel: nothing goes. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "cancel");
  g_assert_true (has_article (f->store, f->articles[1]));
  g_assert_true (has_article (f->store, f->articles[2]));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  question = sitrep_delete_articles_dialog_confirm (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "delete");
  g_assert_false (has_article (f->store, f->articles[1]));
  g_assert_false (has_article (f->store, f->articles[2]));
  g_assert_true (has_article (f->store, f->articles[0]));
  g_assert_true (has_article (f->store, f->articles[3]));
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==, "2 articles deleted");
  sitrep_test_wait_until (gone, GSIZE_TO_POINTER (type), "the dialog to close");
  lw.n = 2;
  sitrep_test_wait_until (list_has_n, &lw, "the two articles left in the list");

  /* A figure recorded as a claim stays in its event, without its article, as the question said. */
  event = sitrep_store_get_event (f->store, f->event, NULL);
  g_assert_cmpint (sitrep_event_get_fatalities (event), ==, 20);
  claims = sitrep_store_list_claims (f->store, f->event, NULL);
  g_assert_cmpuint (claims->len, ==, 1);
  g_assert_cmpint (sitrep_claim_get_article_id (claims->pdata[0]), ==, 0);
}

/* From the article list's menu: the article right-clicked is ticked; with
 * one article the question names it. */
static void
test_delete_from_row (Fixture       *f,
                      gconstpointer  data)
{
  GType type = SITREP_TYPE_DELETE_ARTICLES_DIALOG;
  SitrepDeleteArticlesDialog *dialog;
  g_autoptr(GArray) checked = NULL;
  GtkWidget *question;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-article", "x", f->articles[3]));
  sitrep_test_wait_until (shown, GSIZE_TO_POINTER (type), "the Delete Articles dialog");
  dialog = SITREP_DELETE_ARTICLES_DIALOG (find_toplevel (type));
  checked = sitrep_delete_articles_dialog_dup_checked (dialog);
  g_assert_cmpuint (checked->len, ==, 1);
  g_assert_cmpint (g_array_index (checked, gint64, 0), ==, f->articles[3]);

  question = sitrep_delete_articles_dialog_confirm (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (question)), ==, "Delete 1 Article?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (question)), "Bus bombing near Damascus"));

  /* Unticking the last one leaves nothing to ask about. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "cancel");
  sitrep_delete_articles_dialog_set_checked (dialog, f->articles[3], FALSE);
  g_assert_null (sitrep_delete_articles_dialog_confirm (dialog));
  g_assert_true (has_article (f->store, f->articles[3]));
}

static guint
count_source (Fixture    *f,
              const char *source)
{
  SitrepArticleQuery query = { .status = -1, .source = source };
  g_autoptr(GArray) ids = sitrep_store_query_article_ids (f->store, &query, NULL);

  return ids->len;
}

/* Sources (Ctrl+Alt+S): two spellings of one outlet ticked, the spelling
 * to keep chosen, one undo step. */
static void
test_merge_sources (Fixture       *f,
                    gconstpointer  data)
{
  GType type = SITREP_TYPE_SOURCES_DIALOG;
  SitrepSourcesDialog *dialog;
  g_auto(GStrv) sources = NULL;
  GtkWidget *question;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-sources", NULL));
  sitrep_test_wait_until (shown, GSIZE_TO_POINTER (type), "the Sources dialog");
  dialog = SITREP_SOURCES_DIALOG (find_toplevel (type));
  g_assert_cmpuint (sitrep_sources_dialog_get_n_sources (dialog), ==, 3);

  /* One ticked: nothing to merge. */
  sitrep_sources_dialog_set_checked (dialog, "South Front", TRUE);
  g_assert_null (sitrep_sources_dialog_merge (dialog));

  sitrep_sources_dialog_set_checked (dialog, "SouthFront", TRUE);
  question = sitrep_sources_dialog_merge (dialog);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (question));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (question)), ==, "Merge 2 Sources?");
  /* The spelling with most articles is offered to stay; the user may pick the other. */
  g_assert_true (sitrep_sources_dialog_set_keep (dialog, "SouthFront"));
  g_assert_false (sitrep_sources_dialog_set_keep (dialog, "thecradle"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "merge");

  g_assert_cmpuint (count_source (f, "SouthFront"), ==, 3);
  sources = sitrep_store_list_sources (f->store);
  g_assert_cmpuint (g_strv_length (sources), ==, 2);
  g_assert_cmpuint (sitrep_sources_dialog_get_n_sources (dialog), ==, 2);
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==, "1 spelling merged into “SouthFront”");
  g_assert_cmpstr (sitrep_window_get_last_toast_action (f->window), ==, "win.undo");

  /* Undo: both spellings again, with their articles. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  g_assert_cmpuint (count_source (f, "SouthFront"), ==, 2);
  g_assert_cmpuint (count_source (f, "South Front"), ==, 1);
  g_assert_cmpuint (sitrep_sources_dialog_get_n_sources (dialog), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/gui/reader/delete-articles", test_delete_articles);
  ADD ("/gui/reader/delete-from-row", test_delete_from_row);
  ADD ("/gui/reader/merge-sources", test_merge_sources);

#undef ADD

  return g_test_run ();
}

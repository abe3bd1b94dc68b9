/* test-gui-reader.c — deleting articles and merging sources from the window, under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-application.h"
#include "sitrep-delete-articles-dialog.h"
#include "sitrep-sources-dialog.h"
#include "sitrep-store-articles.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-suggestion-review.h"
#include "sitrep-reader-test-private.h"
#include "sitrep-reader.h"
#include "sitrep-store.h"
#include "sitrep-window.h"
#include "sitrep-coding-private.h"
#include "sitrep-delete-articles-dialog-private.h"
#include "sitrep-sources-dialog-private.h"
#include "sitrep-window-test-private.h"

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
  killed = sitrep_store_add_annotation (f->store, f->articles[2], sitrep_test_label_id (f->store, "Killed"), 21, 38, 0, 0,
                                        "{\"count\":20}", &error);
  g_assert_no_error (error);
  sitrep_store_add_claim_from_annotation (f->store, f->event, killed, SITREP_VICTIM_UNKNOWN, 0, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  f->store = sitrep_test_create_project ("sitrep-reader-XXXXXX", &f->dir, &f->path);
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    f->articles[i] = sitrep_test_add_article_full (f->store, articles[i].title, articles[i].body,
                                                   articles[i].source, NULL);
  add_event (f);
  g_settings_set_string (settings, "annotator-name", "Tester");

  f->window = sitrep_test_open_window (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* The dialogs a test left open first (destroying one destroys the
   * questions on it: sitrep_test_close_all_windows() holds them all). */
  sitrep_test_close_all_windows (f->window);
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
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
  sitrep_test_wait_until (sitrep_test_toplevel_shown, GSIZE_TO_POINTER (type), "the Delete Articles dialog");
  dialog = SITREP_DELETE_ARTICLES_DIALOG (sitrep_test_find_toplevel (type));
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
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (type), "the dialog to close");
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
  sitrep_test_wait_until (sitrep_test_toplevel_shown, GSIZE_TO_POINTER (type), "the Delete Articles dialog");
  dialog = SITREP_DELETE_ARTICLES_DIALOG (sitrep_test_find_toplevel (type));
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
  sitrep_test_wait_until (sitrep_test_toplevel_shown, GSIZE_TO_POINTER (type), "the Sources dialog");
  dialog = SITREP_SOURCES_DIALOG (sitrep_test_find_toplevel (type));
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

/* The window's article list: the GtkListView showing its article model. */
static GtkWidget *
find_list_view (GtkWidget  *widget,
                GListModel *model)
{
  if (GTK_IS_LIST_VIEW (widget) &&
      (GListModel *) gtk_list_view_get_model (GTK_LIST_VIEW (widget)) == model)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_list_view (child, model);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gint64
id_at (Fixture *f,
       guint    pos)
{
  g_autoptr(SitrepArticle) article = g_list_model_get_item (sitrep_window_get_article_model (f->window), pos);

  return sitrep_article_get_id (article);
}

/* A click as the list view takes it: Ctrl adds or removes, Shift extends. */
static void
click_row (GtkWidget *list_view,
           guint      pos,
           gboolean   ctrl,
           gboolean   shift)
{
  g_assert_true (gtk_widget_activate_action (list_view, "list.select-item", "(ubb)", pos, ctrl, shift));
}

static void
assert_selected (Fixture      *f,
                 const gint64 *expected,
                 guint         n)
{
  g_autoptr(GArray) ids = sitrep_window_dup_selected_ids (f->window);

  g_assert_cmpuint (ids->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), ==, expected[i]);
}

static SitrepArticleStatus
status_of (Fixture *f,
           gint64   id)
{
  g_autoptr(SitrepArticle) a = sitrep_store_get_article (f->store, id, NULL);

  g_assert_nonnull (a);
  return sitrep_article_get_status (a);
}

/* Ctrl+click, Shift+click and Ctrl+A select several articles; the reader
 * shows the row last clicked; Mark as Done and Delete act on them all. */
static void
test_multi_select (Fixture       *f,
                   gconstpointer  data)
{
  ListWait lw = { f, 4 };
  GtkWidget *list_view;
  SitrepDeleteArticlesDialog *dialog;
  g_autoptr(GArray) checked = NULL;
  SitrepArticleStatus before[4];
  gint64 row[4];

  sitrep_test_wait_until (list_has_n, &lw, "the four articles listed");
  list_view = find_list_view (GTK_WIDGET (f->window), sitrep_window_get_article_model (f->window));
  g_assert_nonnull (list_view);
  for (guint i = 0; i < 4; i++)
    row[i] = id_at (f, i);

  click_row (list_view, 0, FALSE, FALSE);
  assert_selected (f, (gint64[]) { row[0] }, 1);
  g_assert_cmpint (sitrep_window_get_selected_id (f->window), ==, row[0]);

  /* Ctrl+click adds a row and shows it. */
  click_row (list_view, 2, TRUE, FALSE);
  assert_selected (f, (gint64[]) { row[0], row[2] }, 2);
  g_assert_cmpint (sitrep_window_get_selected_id (f->window), ==, row[2]);

  /* Shift+click: from the row last clicked to this one, and shows this one. */
  click_row (list_view, 3, FALSE, TRUE);
  assert_selected (f, (gint64[]) { row[2], row[3] }, 2);
  g_assert_cmpint (sitrep_window_get_selected_id (f->window), ==, row[3]);

  /* Ctrl+click on a selected row takes it out; the reader moves to one still selected. */
  click_row (list_view, 3, TRUE, FALSE);
  assert_selected (f, (gint64[]) { row[2] }, 1);
  g_assert_cmpint (sitrep_window_get_selected_id (f->window), ==, row[2]);

  /* Ctrl+A in the list selects them all; the reader stays. */
  g_assert_true (gtk_widget_activate_action (list_view, "list.select-all", NULL));
  assert_selected (f, row, 4);
  g_assert_cmpint (sitrep_window_get_selected_id (f->window), ==, row[2]);

  /* Mark as Done: all four, one undo step (back to what each was). */
  for (guint i = 0; i < 4; i++)
    before[i] = status_of (f, row[i]);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.mark-selected", "s", "done"));
  for (guint i = 0; i < 4; i++)
    g_assert_cmpint (status_of (f, row[i]), ==, SITREP_ARTICLE_STATUS_DONE);
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==, "4 articles marked as done.");
  g_assert_cmpstr (sitrep_window_get_last_toast_action (f->window), ==, "win.undo");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  for (guint i = 0; i < 4; i++)
    g_assert_cmpint (status_of (f, row[i]), ==, before[i]);
  /* The list kept the selection through the store's updates. */
  assert_selected (f, row, 4);

  /* Delete: the dialog has the four ticked. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-articles", NULL));
  sitrep_test_wait_until (sitrep_test_toplevel_shown, GSIZE_TO_POINTER (SITREP_TYPE_DELETE_ARTICLES_DIALOG), "the Delete Articles dialog");
  dialog = SITREP_DELETE_ARTICLES_DIALOG (sitrep_test_find_toplevel (SITREP_TYPE_DELETE_ARTICLES_DIALOG));
  checked = sitrep_delete_articles_dialog_dup_checked (dialog);
  g_assert_cmpuint (checked->len, ==, 4);
}

typedef struct
{
  gboolean done;
  guint    n_articles;
  gboolean cancelled;
} SuggestRun;

static void
on_suggest_finished (SitrepSuggestionReview *review,
                     guint                   n_suggested,
                     guint                   n_articles,
                     gboolean                cancelled,
                     const char             *error_message,
                     SuggestRun             *run)
{
  g_assert_null (error_message);
  run->done = TRUE;
  run->n_articles = n_articles;
  run->cancelled = cancelled;
}

static gboolean
suggest_done (gpointer data)
{
  return ((SuggestRun *) data)->done;
}

/* Suggest in Selected Articles: the run covers the selected articles, and
 * only those get suggestions. */
static void
test_suggest_selected (Fixture       *f,
                       gconstpointer  data)
{
  ListWait lw = { f, 4 };
  SitrepSuggestionReview *review = sitrep_reader_get_suggestion_review (sitrep_window_get_reader (f->window));
  SuggestRun run = { 0 };
  GtkWidget *list_view;
  gint64 row[4];
  gulong handler;

  sitrep_test_wait_until (list_has_n, &lw, "the four articles listed");
  list_view = find_list_view (GTK_WIDGET (f->window), sitrep_window_get_article_model (f->window));
  for (guint i = 0; i < 4; i++)
    {
      row[i] = id_at (f, i);
      g_assert_cmpuint (sitrep_store_count_suggestions (f->store, row[i], NULL), ==, 0);
    }
  /* The two articles that report figures ("20 … killed", "20 … dead"). */
  for (guint i = 0, n = 0; i < 4; i++)
    {
      if (row[i] != f->articles[0] && row[i] != f->articles[2])
        continue;
      click_row (list_view, i, n > 0, FALSE);
      n++;
    }
  {
    g_autoptr(GArray) ids = sitrep_window_dup_selected_ids (f->window);

    g_assert_cmpuint (ids->len, ==, 2);
  }
  handler = g_signal_connect (review, "finished", G_CALLBACK (on_suggest_finished), &run);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.suggest-selected", NULL));
  g_assert_true (sitrep_suggestion_review_get_running (review));
  sitrep_test_wait_until (suggest_done, &run, "Suggest in the selected articles to finish");
  g_signal_handler_disconnect (review, handler);

  g_assert_false (run.cancelled);
  g_assert_cmpuint (run.n_articles, ==, 2);
  g_assert_cmpuint (sitrep_store_count_suggestions (f->store, f->articles[0], NULL), >, 0);
  g_assert_cmpuint (sitrep_store_count_suggestions (f->store, f->articles[2], NULL), >, 0);
  g_assert_cmpuint (sitrep_store_count_suggestions (f->store, f->articles[1], NULL) +
                    sitrep_store_count_suggestions (f->store, f->articles[3], NULL), ==, 0);
}

#ifdef GDK_WINDOWING_X11
/* Whether the focus is in @data (grabbing it there when it is not). */
static gboolean
focus_in (gpointer data)
{
  GtkWidget *widget = data;
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  if (focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget)))
    return TRUE;
  gtk_widget_grab_focus (widget);
  return FALSE;
}
#endif

/* Real key presses through the X server: in the article list Ctrl+Delete
 * asks to delete the selected articles; no accelerator of the application
 * takes Ctrl+Delete, which deletes the next word in text entries. */
static void
test_ctrl_delete_keys (Fixture       *f,
                       gconstpointer  data)
{
#ifdef GDK_WINDOWING_X11
  ListWait lw = { f, 4 };
  GtkWidget *list_view;
  g_autoptr(GArray) checked = NULL;
  g_autoptr(GApplication) app = NULL;
  g_autoptr(GError) error = NULL;

  if (!sitrep_test_can_press_keys (GTK_WIDGET (f->window)))
    return;
  /* With the application's accelerators, as a user has them. */
  app = G_APPLICATION (sitrep_application_new ());
  g_application_set_flags (app, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (app, NULL, &error));
  g_assert_no_error (error);
  gtk_window_set_application (GTK_WINDOW (f->window), GTK_APPLICATION (app));

  sitrep_test_wait_until (list_has_n, &lw, "the four articles listed");
  sitrep_test_focus_window (GTK_WINDOW (f->window));

  /* No window-wide accelerator takes Ctrl+Delete from text entries (it
   * deletes the next word there). */
  {
    g_auto(GStrv) taken = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "<Control>Delete");

    g_assert_cmpuint (g_strv_length (taken), ==, 0);
  }

  /* In the list, Ctrl+Delete asks to delete the selected article. */
  list_view = find_list_view (GTK_WIDGET (f->window), sitrep_window_get_article_model (f->window));
  click_row (list_view, 1, FALSE, FALSE);
  /* The list rebuilds its rows after the search is cleared: focus it once they are there. */
  sitrep_test_wait_until (focus_in, list_view, "the keyboard focus in the article list");
  sitrep_test_wait_frames (list_view, 2);
  sitrep_test_wait_until (focus_in, list_view, "the keyboard focus to stay in the article list");
  sitrep_test_press_keys ("ctrl+Delete");
  sitrep_test_wait_until (sitrep_test_toplevel_shown, GSIZE_TO_POINTER (SITREP_TYPE_DELETE_ARTICLES_DIALOG), "Ctrl+Delete in the list");
  checked = sitrep_delete_articles_dialog_dup_checked (SITREP_DELETE_ARTICLES_DIALOG (sitrep_test_find_toplevel (SITREP_TYPE_DELETE_ARTICLES_DIALOG)));
  g_assert_cmpuint (checked->len, ==, 1);
  g_assert_cmpint (g_array_index (checked, gint64, 0), ==, id_at (f, 1));
  gtk_window_set_application (GTK_WINDOW (f->window), NULL);
#else
  g_test_skip ("Needs the X11 backend to press real keys");
#endif
}

/* The reader's page */

typedef struct
{
  SitrepReader *reader;
  const char   *title;
} Shown;

static gboolean
reader_shows (gpointer data)
{
  Shown *shown = data;

  return g_strcmp0 (sitrep_reader_get_title_text (shown->reader), shown->title) == 0 &&
         sitrep_test_has_size (GTK_WIDGET (shown->reader));
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_label (c, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
can_scroll_far (gpointer data)
{
  GtkAdjustment *vadj = data;

  return gtk_adjustment_get_upper (vadj) > gtk_adjustment_get_page_size (vadj) + 2000;
}

static double
y_in (GtkWidget *widget,
      GtkWidget *target)
{
  graphene_point_t p;

  g_assert_true (gtk_widget_compute_point (widget, target, &GRAPHENE_POINT_INIT (0, 0), &p));
  return p.y;
}

/* A long article: the text view is the scroller's own child, as tall as
 * the scroller, not as the whole text (inside a viewport GTK laid out and
 * measured all of it, 20 s for 1 MB); the title, details and buttons are
 * above the first line in the text's column and scroll away with it; Tab
 * goes through them before the text, Shift+Tab from the text back into
 * them, which scrolls them into view. */
static void
test_header_scrolls (Fixture       *f,
                     gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  g_autoptr(GString) body = g_string_new (NULL);
  Shown shown = { reader, "A long report from the front" };
  GtkWidget *view, *scroller, *title, *focus;
  GtkAdjustment *vadj;
  GtkTextIter start;
  GdkRectangle first;
  gint64 id;
  double title_y;
  int wx, wy;

  for (guint i = 0; i < 400; i++)
    g_string_append_printf (body, "Paragraph %u: shelling was reported in the north of the town again.\n", i);
  id = sitrep_test_add_article (f->store, shown.title, body->str);
  {
    ListWait lw = { f, G_N_ELEMENTS (articles) + 1 };

    sitrep_test_wait_until (list_has_n, &lw, "the long article listed");
  }
  g_assert_true (sitrep_window_select_article (f->window, id));
  sitrep_test_wait_until (reader_shows, &shown, "the long article in the reader");

  view = GTK_WIDGET (sitrep_reader_get_text_view (reader));
  scroller = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
  vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  sitrep_test_wait_until (can_scroll_far, vadj, "the text to be laid out");
  sitrep_test_wait_frames (view, 2);
  g_assert_cmpint (gtk_widget_get_height (view), <=, gtk_widget_get_height (scroller));

  /* The title above the first line, in its column. */
  title = find_label (view, shown.title);
  g_assert_nonnull (title);
  gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &start);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (view), &start, &first);
  gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (view), GTK_TEXT_WINDOW_WIDGET, first.x, first.y, &wx, &wy);
  title_y = y_in (title, view);
  g_assert_cmpfloat (title_y, >, 0);
  g_assert_cmpfloat (title_y + gtk_widget_get_height (title), <, wy);
  {
    graphene_point_t p;

    g_assert_true (gtk_widget_compute_point (title, view, &GRAPHENE_POINT_INIT (0, 0), &p));
    g_assert_cmpfloat (fabs (p.x - wx), <=, 1);
  }

  /* Scrolled down, the title goes up with the text. */
  gtk_adjustment_set_value (vadj, 600);
  sitrep_test_wait_frames (view, 2);
  g_assert_cmpfloat (fabs (y_in (title, view) - (title_y - 600)), <=, 1);

  /* Focus: Shift+Tab from the text goes to the header's last button and
   * brings it into view; Tab from there back to the text. */
  gtk_widget_grab_focus (view);
  g_assert_true (gtk_widget_has_focus (view));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_BACKWARD));
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, view));
  g_assert_nonnull (gtk_widget_get_ancestor (focus, ADW_TYPE_SPLIT_BUTTON));
  sitrep_test_wait_frames (view, 2);
  g_assert_cmpfloat (y_in (focus, view), >=, 0);
  g_assert_cmpfloat (y_in (focus, view) + gtk_widget_get_height (focus), <=, gtk_widget_get_height (view));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  if (focus != view)
    {
      /* The split button's arrow comes after its main part. */
      g_assert_nonnull (gtk_widget_get_ancestor (focus, ADW_TYPE_SPLIT_BUTTON));
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
    }
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == view);
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
  ADD ("/gui/reader/multi-select", test_multi_select);
  ADD ("/gui/reader/ctrl-delete-keys", test_ctrl_delete_keys);
  ADD ("/gui/reader/suggest-selected", test_suggest_selected);
  ADD ("/gui/reader/header-scrolls", test_header_scrolls);

#undef ADD

  return g_test_run ();
}

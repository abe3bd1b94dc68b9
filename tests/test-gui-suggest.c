/* test-gui-suggest.c — Suggest in the reader and reviewing it by keyboard and click, with undo, under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>
#include <string.h>

#include "sitrep-reader.h"
#include "sitrep-annotation-panel.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-store.h"
#include "sitrep-suggestion-list.h"
#include "sitrep-suggestion-model.h"
#include "sitrep-suggestion-review-private.h"
#include "sitrep-suggestion-review.h"
#include "sitrep-suggestion-text-view.h"
#include "sitrep-test-util.h"
#include "sitrep-window.h"
#include "sitrep-coding-private.h"
#include "sitrep-suggestion-list-private.h"
#include "sitrep-suggestion-review-private.h"
#include "sitrep-suggestion-text-view-private.h"
#include "sitrep-reader-test-private.h"
#include "sitrep-suggest-tasks-private.h"
#include "sitrep-span-row.h"

static const char *body_text =
  "At least 20 civilians were killed in an airstrike on Daraa on Saturday, according to the "
  "Syrian Observatory for Human Rights.\n\n"
  "The Islamic State claimed an attack near Homs that left 7 soldiers dead and wounded 12 others.\n";

typedef struct
{
  char                   *dir;
  SitrepStore            *store;
  SitrepWindow           *window;
  SitrepReader           *reader;
  SitrepSuggestionReview *review;
  gint64                  article;
  guint                   n_finished;
  guint                   finished_before;
  guint                   last_articles;
  gboolean                last_cancelled;
  gboolean                expect_failure;
  char                   *last_message;
} Fixture;

static gint64
add_article (SitrepStore *store,
             const char  *title)
{
  g_autoptr(GError) error = NULL;
  SitrepImportRecord *record = sitrep_import_record_new ();
  gint64 id;

  record->title = g_strdup_printf ("Airstrike on Daraa%s", title);
  /* The same report again is a duplicate: each copy ends differently. */
  record->body = g_strdup_printf ("%s%s", body_text, title);
  record->original_name = g_strdup ("clipboard");
  record->original_type = g_strdup ("text/plain");
  id = sitrep_store_add_article (store, record, NULL, &error);
  g_assert_no_error (error);
  sitrep_import_record_free (record);
  return id;
}

static gboolean
reader_has_article (gpointer data)
{
  Fixture *f = data;
  SitrepArticle *a = sitrep_reader_get_article (f->reader);

  return a != NULL && sitrep_article_get_id (a) == f->article;
}

static void
on_finished (SitrepSuggestionReview *review,
             guint                   n_suggested,
             guint                   n_articles,
             gboolean                cancelled,
             const char             *message,
             Fixture                *f)
{
  if (message != NULL && !f->expect_failure)
    g_error ("Suggest failed: %s", message);
  g_free (f->last_message);
  f->last_message = g_strdup (message);
  f->n_finished++;
  f->last_articles = n_articles;
  f->last_cancelled = cancelled;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("sitrep-suggest-gui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.sitrep", NULL);
  f->store = sitrep_store_create (path, &error);
  g_assert_no_error (error);
  f->article = add_article (f->store, "");

  g_settings_set_string (settings, "annotator-name", "Tester");
  g_settings_reset (settings, "annotation-filter");

  f->window = g_object_ref (sitrep_window_new (NULL));
  gtk_window_present (GTK_WINDOW (f->window));
  sitrep_window_set_store (f->window, f->store);
  f->reader = sitrep_window_get_reader (f->window);
  f->review = sitrep_reader_get_suggestion_review (f->reader);
  g_signal_connect (f->review, "finished", G_CALLBACK (on_finished), f);
  sitrep_test_wait_until (reader_has_article, f, "the article in the reader");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_signal_handlers_disconnect_by_data (f->review, f);
  gtk_window_destroy (GTK_WINDOW (f->window));
  /* An idle or a frame may hold the window a moment after it is destroyed. */
  sitrep_test_wait_finalized (f->window, "the window");
  g_clear_object (&f->store);
  sitrep_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->last_message);
}

static gboolean
finished_again (gpointer data)
{
  Fixture *f = data;

  return f->n_finished > f->finished_before && !sitrep_suggestion_review_get_running (f->review);
}

static guint
n_pending (Fixture *f)
{
  return g_list_model_get_n_items (sitrep_suggestion_review_get_model (f->review));
}

typedef struct
{
  Fixture *f;
  guint    pending;
  int      shown;     /* annotations in the reader, -1: any */
} Settled;

static gboolean
is_settled (gpointer data)
{
  Settled *w = data;

  return n_pending (w->f) == w->pending &&
         (w->shown < 0 || sitrep_reader_count_annotations (w->f->reader) == (guint) w->shown);
}

/* Waits until the panel's model has @pending suggestions and the reader
 * shows @shown annotations (-1: any): both follow the store in an idle. */
static void
settle (Fixture    *f,
        guint       pending,
        int         shown,
        const char *what)
{
  Settled w = { f, pending, shown };

  sitrep_test_wait_until (is_settled, &w, what);
}

static const SitrepStoredSuggestion *
current (Fixture *f)
{
  gint64 id = sitrep_suggestion_review_get_current (f->review);

  return id != 0 ? sitrep_suggestion_review_lookup (f->review, id) : NULL;
}

static guint
count_annotations (Fixture *f)
{
  g_autoptr(GPtrArray) list = sitrep_store_list_annotations (f->store, f->article, 0, NULL);

  return list != NULL ? list->len : 0;
}

/* Whether the text view draws the suggestion under review over @offset. */
static gboolean
current_drawn_at (Fixture *f,
                  guint    offset)
{
  GtkTextView *view = sitrep_reader_get_text_view (f->reader);
  guint start, end;

  sitrep_suggestion_text_view_get_current (SITREP_SUGGESTION_TEXT_VIEW (view), &start, &end);
  return offset >= start && offset < end;
}

static void
suggest_here (Fixture *f)
{
  f->finished_before = f->n_finished;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.suggest", NULL));
  g_assert_true (sitrep_suggestion_review_get_running (f->review));
  sitrep_test_wait_until (finished_again, f, "Suggest to finish");
}

static guint
count_with_text (Fixture    *f,
                 const char *text)
{
  GListModel *model = sitrep_suggestion_review_get_model (f->review);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SitrepSuggestionItem) item = g_list_model_get_item (model, i);

      n += g_strcmp0 (sitrep_suggestion_item_get (item)->text, text) == 0;
    }
  return n;
}

static void
test_review_by_keyboard (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepSuggestionList *list = SITREP_SUGGESTION_LIST (sitrep_test_template_child (f->window, "suggestion_list"));
  GtkListView *rows = sitrep_suggestion_list_get_list_view (list);
  const SitrepStoredSuggestion *s;
  g_autofree char *first_text = NULL, *second_text = NULL;
  guint first_start, first_end, second_start, n;
  gint64 second_id;

  g_assert_cmpuint (n_pending (f), ==, 0);
  suggest_here (f);
  n = n_pending (f);
  g_assert_cmpuint (n, >=, 4);
  /* Listed in the panel, one row each. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (rows))), ==, n);
  /* Proposals, not annotations yet. */
  g_assert_cmpuint (sitrep_reader_count_annotations (f->reader), ==, 0);

  /* The first is up for review after Suggest; Tab from the top of the text
   * goes to the second, Shift+Tab back to the first. */
  sitrep_suggestion_review_set_current (f->review, 0);
  g_assert_true (_sitrep_reader_suggestions_handle_key (f->reader, GDK_KEY_Tab, 0));
  s = current (f);
  g_assert_nonnull (s);
  first_text = g_strdup (s->text);
  first_start = s->start;
  first_end = s->end;
  g_assert_true (current_drawn_at (f, first_start));
  g_assert_true (_sitrep_reader_suggestions_handle_key (f->reader, GDK_KEY_Tab, 0));
  g_assert_cmpuint (current (f)->start, >, first_start);
  g_assert_false (current_drawn_at (f, first_start));
  g_assert_true (_sitrep_reader_suggestions_handle_key (f->reader, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_cmpuint (current (f)->start, ==, first_start);
  /* Shift+Tab at the first leaves the text, as Tab does elsewhere. */
  g_assert_false (_sitrep_reader_suggestions_handle_key (f->reader, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));

  /* Enter accepts: an annotation of the annotator, and the next is up. */
  g_assert_true (_sitrep_reader_suggestions_handle_key (f->reader, GDK_KEY_Return, 0));
  settle (f, n - 1, 1, "the accepted suggestion shown as an annotation");
  g_assert_cmpint (sitrep_test_annotation_over (f->store, f->article, first_start, first_end), !=, 0);
  {
    g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (f->store, sitrep_test_annotation_over (f->store, f->article, first_start, first_end),
                                                                 &error);
    g_assert_no_error (error);
    g_assert_cmpstr (sitrep_annotation_get_annotator (a), ==, "Tester");
  }
  s = current (f);
  g_assert_nonnull (s);
  g_assert_cmpuint (s->start, >=, first_end);
  second_id = s->id;
  second_text = g_strdup (s->text);
  second_start = s->start;

  /* Delete rejects it; it is kept as rejected. */
  g_assert_true (_sitrep_reader_suggestions_handle_key (f->reader, GDK_KEY_Delete, 0));
  /* The list follows as it rejects: no waiting. */
  g_assert_cmpuint (n_pending (f), ==, n - 2);
  g_assert_null (sitrep_suggestion_review_lookup (f->review, second_id));
  {
    g_autoptr(SitrepStoredSuggestion) stored = sitrep_store_get_suggestion (f->store, second_id, &error);
    g_assert_no_error (error);
    g_assert_cmpint (stored->status, ==, SITREP_SUGGESTION_REJECTED);
  }
  g_assert_cmpint (sitrep_test_annotation_over (f->store, f->article, second_start, second_start + g_utf8_strlen (second_text, -1)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (rows))), ==, n - 2);

  /* Undo takes back the rejection, then the acceptance. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  settle (f, n - 1, 1, "the rejection undone");
  g_assert_nonnull (sitrep_suggestion_review_lookup (f->review, second_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  settle (f, n, 0, "the acceptance undone");
  g_assert_cmpint (sitrep_test_annotation_over (f->store, f->article, first_start, first_end), ==, 0);

  /* Redo both; a rejected string is not proposed again on the next Suggest. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  settle (f, n - 2, 1, "both redone");
  g_assert_cmpint (sitrep_test_annotation_over (f->store, f->article, first_start, first_end), !=, 0);
  suggest_here (f);
  g_assert_cmpuint (count_with_text (f, second_text), ==, 0);
  g_assert_cmpuint (n_pending (f), ==, n - 2);
  g_assert_cmpuint (count_with_text (f, first_text), ==, 0);
}

static void
test_accept_all (Fixture       *f,
                 gconstpointer  data)
{
  GListModel *model = sitrep_suggestion_review_get_model (f->review);
  guint n, places = 0;

  suggest_here (f);
  n = n_pending (f);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SitrepSuggestionItem) item = g_list_model_get_item (model, i);

      places += sitrep_suggestion_item_get (item)->kind == SITREP_SUGGEST_PLACE;
    }
  g_assert_cmpuint (places, >=, 2);

  /* All of one label, as one undo step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.accept-suggestions-of", "s", "place"));
  settle (f, n - places, (int) places, "the places accepted");
  g_assert_cmpuint (count_annotations (f), ==, places);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  settle (f, n, 0, "the places taken back in one undo");
  g_assert_cmpuint (count_annotations (f), ==, 0);

  /* All in the article, from the panel's menu. */
  g_assert_true (gtk_widget_activate_action (sitrep_test_template_child (f->window, "suggestion_list"),
                                             "suggestions.accept-all", NULL));
  settle (f, 0, (int) n, "every suggestion accepted");
  g_assert_cmpuint (count_annotations (f), ==, n);
}

static void
test_click_accepts (Fixture       *f,
                    gconstpointer  data)
{
  const SitrepStoredSuggestion *s;
  g_autoptr(SitrepSuggestionItem) item = NULL;
  guint start, end, n;

  suggest_here (f);
  n = n_pending (f);
  item = g_list_model_get_item (sitrep_suggestion_review_get_model (f->review), n - 1);
  s = sitrep_suggestion_item_get (item);
  start = s->start;
  end = s->end;

  /* Between suggestions nothing happens; on one it becomes an annotation. */
  /* (The click accepts at once: the model reads the store as it accepts.) */
  _sitrep_reader_suggestions_click (f->reader, (guint) g_utf8_strlen (body_text, -1) - 1);
  g_assert_cmpuint (n_pending (f), ==, n);
  g_assert_cmpuint (count_annotations (f), ==, 0);
  _sitrep_reader_suggestions_click (f->reader, start + (end - start) / 2);
  g_assert_cmpuint (n_pending (f), ==, n - 1);
  g_assert_cmpint (sitrep_test_annotation_over (f->store, f->article, start, end), !=, 0);
  settle (f, n - 1, 1, "the clicked suggestion shown as an annotation");
}

/* The button of @action under @widget, or NULL. */
static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *action)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_actionable (c, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A click on the page's header (the title, details and buttons, inside the
 * text view above the text) is not a click in the text: the suggestion
 * under the text's cursor stays as it is. */
static void
test_header_click (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (sitrep_reader_get_text_view (f->reader));
  const SitrepStoredSuggestion *s;
  g_autoptr(SitrepSuggestionItem) item = NULL;
  GtkTextIter iter;
  guint n;

  if (!sitrep_test_can_press_keys (view))
    return;
  suggest_here (f);
  n = n_pending (f);
  item = g_list_model_get_item (sitrep_suggestion_review_get_model (f->review), 0);
  s = sitrep_suggestion_item_get (item);
  /* The text's cursor on the first suggestion, as a click there leaves it. */
  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &iter,
                                      (int) (s->start + (s->end - s->start) / 2));
  gtk_text_buffer_place_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &iter);

  /* Above the title, in the header's top margin. */
  sitrep_test_wait_frames (view, 2);
  g_assert_true (sitrep_suggestion_text_view_in_header (SITREP_SUGGESTION_TEXT_VIEW (view),
                                                        gtk_widget_get_width (view) / 2.0, 12));
  sitrep_test_click_at (view, gtk_widget_get_width (view) / 2.0, 12);

  g_assert_cmpuint (n_pending (f), ==, n);
  g_assert_cmpuint (count_annotations (f), ==, 0);
}

static gboolean
has_focus_now (gpointer data)
{
  GtkWidget *widget = data;

  if (gtk_widget_has_focus (widget))
    return TRUE;
  gtk_widget_grab_focus (widget);
  return FALSE;
}

static gboolean
has_focus_only (gpointer data)
{
  return gtk_widget_has_focus (GTK_WIDGET (data));
}

static gboolean
focus_left (gpointer data)
{
  return !gtk_widget_has_focus (GTK_WIDGET (data));
}

/* Keys on a button of the page's header (inside the text view) are the
 * button's: Tab goes on to the next button, it does not take the review to
 * the next suggestion; the arrows move along the row, not the text. */
static void
test_header_keys (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (sitrep_reader_get_text_view (f->reader));
  GtkWidget *edit, *original, *focus;
  gint64 current;

  if (!sitrep_test_can_press_keys (view))
    return;
  suggest_here (f);
  g_assert_true (sitrep_suggestion_review_move (f->review, TRUE, 0));
  current = sitrep_suggestion_review_get_current (f->review);
  g_assert_cmpint (current, !=, 0);
  edit = find_actionable (view, "win.edit-metadata");
  original = find_actionable (view, "win.show-original");
  g_assert_nonnull (edit);
  g_assert_nonnull (original);

  sitrep_test_focus_window (GTK_WINDOW (f->window));
  sitrep_test_wait_until (has_focus_now, edit, "the focus on Edit Details");
  sitrep_test_press_keys ("Tab");
  sitrep_test_wait_until (focus_left, edit, "Tab to move the focus on");
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (focus == original || gtk_widget_is_ancestor (focus, original));
  g_assert_cmpint (sitrep_suggestion_review_get_current (f->review), ==, current);
  /* Left goes back along the row, as in any row of buttons. */
  sitrep_test_press_keys ("Left");
  sitrep_test_wait_until (has_focus_only, edit, "Left to move the focus back");

  /* A label's key with words selected: not a label while a button has
   * the focus. */
  {
    g_autoptr(GPtrArray) labels = sitrep_store_list_labels (f->store, NULL);
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    const char *key = NULL;
    GtkTextIter a, b;

    for (guint i = 0; i < labels->len; i++)
      if (g_str_equal (sitrep_label_get_name (labels->pdata[i]), "Place"))
        key = sitrep_label_get_shortcut (labels->pdata[i]);
    g_assert_nonnull (key);
    gtk_text_buffer_get_iter_at_offset (buffer, &a, 0);
    gtk_text_buffer_get_iter_at_offset (buffer, &b, 8);
    gtk_text_buffer_select_range (buffer, &a, &b);
    sitrep_test_press_keys_handled (GTK_WINDOW (f->window), key);
    g_assert_cmpint (count_annotations (f), ==, 0);
  }
}

static gboolean
running_stopped (gpointer data)
{
  Fixture *f = data;

  return !sitrep_suggestion_review_get_running (f->review) && f->n_finished > 0;
}

static void
test_suggest_all_and_cancel (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkWidget *list = sitrep_test_template_child (f->window, "suggestion_list");

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *title = g_strdup_printf ("\nCopy %u.", i);
      gint64 id = add_article (f->store, title);

      g_array_append_val (ids, id);
    }

  /* Every article, in the background, with progress. */
  g_assert_true (gtk_widget_activate_action (list, "suggestions.suggest-all", NULL));
  g_assert_true (sitrep_suggestion_review_get_running (f->review));
  g_assert_nonnull (sitrep_suggestion_review_get_progress_text (f->review));
  sitrep_test_wait_until (running_stopped, f, "Suggest in all articles");
  g_assert_false (f->last_cancelled);
  g_assert_cmpuint (f->last_articles, ==, 4);
  for (guint i = 0; i < ids->len; i++)
    g_assert_cmpuint (sitrep_store_count_suggestions (f->store, g_array_index (ids, gint64, i), NULL), >=, 4);
  g_assert_cmpuint (n_pending (f), >=, 4);

  /* Cancel stops it between articles; what was made stays. */
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *title = g_strdup_printf ("\nCopy %u.", 100 + i);

      add_article (f->store, title);
    }
  f->n_finished = 0;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.suggest-all", NULL));
  g_assert_true (sitrep_suggestion_review_get_running (f->review));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.cancel-suggest", NULL));
  sitrep_test_wait_until (running_stopped, f, "Suggest to stop");
  g_assert_true (f->last_cancelled);
  g_assert_cmpuint (f->last_articles, <, 64);
}

static gboolean
revealer_hidden (gpointer data)
{
  return !gtk_revealer_get_child_revealed (data);
}

/* The progress line is there as Suggest starts and gone as it ends, at
 * once: each frame of a slide drew the whole window again while the
 * suggester worked on the same cores. Checked before the main loop runs
 * again, so a slide (child-revealed only at its end) fails it. */
static void
test_progress_at_once (Fixture       *f,
                       gconstpointer  data)
{
  SitrepSuggestionList *list = SITREP_SUGGESTION_LIST (sitrep_test_template_child (f->window, "suggestion_list"));
  GtkWidget *revealer = gtk_widget_get_ancestor (GTK_WIDGET (sitrep_suggestion_list_get_progress_label (list)),
                                                 GTK_TYPE_REVEALER);
  guint delay;

  g_assert_nonnull (revealer);
  /* Shown as soon as the run is (a quick run on the article in review is
   * not shown at all: /gui/suggest/quick-run-draws-nothing). */
  delay = _sitrep_suggestion_review_set_busy_delay (0);
  /* The second time, the panel is in view already (its suggestions). */
  for (guint i = 0; i < 2; i++)
    {
      sitrep_test_wait_until (revealer_hidden, revealer, "no progress line before Suggest");
      f->finished_before = f->n_finished;
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.suggest", NULL));
      g_assert_true (gtk_widget_get_mapped (revealer));
      g_assert_true (gtk_revealer_get_child_revealed (GTK_REVEALER (revealer)));
      sitrep_test_wait_until (finished_again, f, "Suggest to finish");
      g_assert_true (gtk_widget_get_mapped (revealer));
      g_assert_false (gtk_revealer_get_child_revealed (GTK_REVEALER (revealer)));
    }
  _sitrep_suggestion_review_set_busy_delay (delay);
}

static void
on_reveal_child (GtkRevealer *revealer,
                 GParamSpec  *pspec,
                 gboolean    *revealed)
{
  *revealed |= gtk_revealer_get_reveal_child (revealer);
}

static gboolean
review_busy (gpointer data)
{
  return sitrep_suggestion_review_get_busy (data);
}

static int hold_first_released;

static void
hold_first_article (guint         i,
                    GCancellable *cancellable,
                    gpointer      data)
{
  gint64 deadline = g_get_monotonic_time () + 2 * SITREP_TEST_TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;

  while (i == 0 && !g_atomic_int_get (&hold_first_released) && !g_cancellable_is_cancelled (cancellable) &&
         g_get_monotonic_time () < deadline)
    g_usleep (1000);
}

/* Suggest on the article in review changes nothing on screen until its
 * suggestions come when they come soon: no progress line, Suggest not
 * greyed (each frame is the whole window drawn again, and one for the
 * press alone took the cores the suggester needed). A run that goes on
 * past the delay shows both then; a second press meanwhile does nothing. */
static void
test_quick_run_draws_nothing (Fixture       *f,
                              gconstpointer  data)
{
  SitrepSuggestionList *list = SITREP_SUGGESTION_LIST (sitrep_test_template_child (f->window, "suggestion_list"));
  GtkWidget *revealer = gtk_widget_get_ancestor (GTK_WIDGET (sitrep_suggestion_list_get_progress_label (list)),
                                                 GTK_TYPE_REVEALER);
  GtkWidget *split = sitrep_test_find_descendant (GTK_WIDGET (f->reader), ADW_TYPE_SPLIT_BUTTON);
  /* The split button's own button is the one its action greys. */
  GtkWidget *button = split != NULL ? sitrep_test_find_descendant (split, GTK_TYPE_BUTTON) : NULL;
  gboolean revealed = FALSE;
  gulong handler;
  guint delay;

  g_assert_nonnull (revealer);
  g_assert_nonnull (button);
  /* Longer than any run here, however loaded the machine. */
  delay = _sitrep_suggestion_review_set_busy_delay (600 * 1000);
  handler = g_signal_connect (revealer, "notify::reveal-child", G_CALLBACK (on_reveal_child), &revealed);
  for (guint i = 0; i < 2; i++)
    {
      f->finished_before = f->n_finished;
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.suggest", NULL));
      g_assert_true (sitrep_suggestion_review_get_running (f->review));
      g_assert_false (sitrep_suggestion_review_get_busy (f->review));
      g_assert_true (gtk_widget_get_sensitive (button));
      /* Pressed again meanwhile: nothing, and no second run. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.suggest", NULL));
      /* Cancel still stops it, though nothing shows it. */
      g_assert_true (sitrep_suggestion_review_get_can_cancel (f->review));
      sitrep_test_wait_until (finished_again, f, "Suggest to finish");
      g_assert_cmpuint (f->n_finished, ==, f->finished_before + 1);
      g_assert_cmpuint (n_pending (f), >, 0);
      g_assert_false (revealed);
      g_assert_false (sitrep_suggestion_review_get_busy (f->review));
      g_assert_true (gtk_widget_get_sensitive (button));
    }

  /* A run that goes on past the delay: its progress shows then, at once. */
  _sitrep_suggestion_review_set_busy_delay (20);
  g_atomic_int_set (&hold_first_released, FALSE);
  _sitrep_suggest_tasks_set_before_article (hold_first_article, NULL);
  f->finished_before = f->n_finished;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.suggest", NULL));
  g_assert_false (sitrep_suggestion_review_get_busy (f->review));
  sitrep_test_wait_until (review_busy, f->review, "the run to show as busy");
  g_assert_true (revealed);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_false (gtk_widget_get_sensitive (button));
  g_atomic_int_set (&hold_first_released, TRUE);
  sitrep_test_wait_until (finished_again, f, "the held Suggest to finish");
  _sitrep_suggest_tasks_set_before_article (NULL, NULL);
  g_assert_false (sitrep_suggestion_review_get_busy (f->review));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_handler_disconnect (revealer, handler);
  _sitrep_suggestion_review_set_busy_delay (delay);
}

typedef struct
{
  GThread *main_thread;
  int      off_thread;     /* atomic: handlers run on another thread */
  int      on_main;        /* atomic: handlers run on the main thread */
} ThreadWatch;

static void
watch_thread (ThreadWatch *w)
{
  if (g_thread_self () == w->main_thread)
    g_atomic_int_inc (&w->on_main);
  else
    g_atomic_int_inc (&w->off_thread);
}

static void
on_review_notify_watch (GObject     *object,
                        GParamSpec  *pspec,
                        ThreadWatch *w)
{
  watch_thread (w);
}

static void
on_annotations_changed_watch (SitrepStore *store,
                              gint64       article_id,
                              ThreadWatch *w)
{
  watch_thread (w);
}

/* Whether every article of @ids has suggestions in the project, read while
 * the main thread stays out of its loop. */
static gboolean
all_suggested (Fixture *f,
               GArray  *ids)
{
  for (guint i = 0; i < ids->len; i++)
    if (sitrep_store_count_suggestions (f->store, g_array_index (ids, gint64, i), NULL) == 0)
      return FALSE;
  return TRUE;
}

/* Progress and the project's signals reach the window on its own thread,
 * even when the worker reports while the main thread is busy outside its
 * loop (they ran on the worker then, and the panel rebuilt its menu there
 * while GTK used it: a crash about one run in six). */
static void
test_progress_in_main_thread (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  ThreadWatch w = { g_thread_self (), 0, 0 };
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  gulong notify_id, changed_id;

  g_array_append_val (ids, f->article);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *title = g_strdup_printf ("\nCopy %u.", i);
      gint64 id = add_article (f->store, title);

      g_array_append_val (ids, id);
    }
  notify_id = g_signal_connect (f->review, "notify", G_CALLBACK (on_review_notify_watch), &w);
  changed_id = g_signal_connect (f->store, "annotations-changed", G_CALLBACK (on_annotations_changed_watch), &w);
  sitrep_suggestion_review_suggest_articles (f->review, (const gint64 *) ids->data, ids->len);
  g_assert_true (sitrep_suggestion_review_get_running (f->review));

  /* The main thread busy, out of its loop, until the worker has written
   * every article (it reports progress after each). */
  while (!all_suggested (f, ids))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Suggest did not write the articles within a minute");
      g_usleep (1000);
    }
  g_assert_cmpint (g_atomic_int_get (&w.off_thread), ==, 0);

  sitrep_test_wait_until (running_stopped, f, "Suggest to finish");
  g_assert_false (f->last_cancelled);
  g_assert_cmpuint (f->last_articles, ==, ids->len);
  g_assert_cmpint (g_atomic_int_get (&w.off_thread), ==, 0);
  g_assert_cmpint (g_atomic_int_get (&w.on_main), >, 0);
  g_signal_handler_disconnect (f->review, notify_id);
  g_signal_handler_disconnect (f->store, changed_id);
}

/* Cancel while the worker is inside a long article: a cancelled run that
 * says how far it got ("Suggest was cancelled after 1 article."), not a
 * failure "Suggest stopped: Operation was cancelled". */
static void
test_cancel_inside_article (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  SitrepImportRecord *record = sitrep_import_record_new ();
  gint64 ids[2] = { f->article, 0 };
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  for (guint i = 0; body->len < 2 * 1024 * 1024; i++)
    g_string_append_printf (body, "Paragraph %u. %s\n", i, body_text);
  record->title = g_strdup ("A long report");
  record->body = g_string_free (g_steal_pointer (&body), FALSE);
  record->original_name = g_strdup ("clipboard");
  record->original_type = g_strdup ("text/plain");
  ids[1] = sitrep_store_add_article (f->store, record, NULL, &error);
  g_assert_no_error (error);
  sitrep_import_record_free (record);

  /* Cancel once the short one is written: the worker is then reading the
   * long one, which takes it far longer than this takes to notice. */
  sitrep_suggestion_review_suggest_articles (f->review, ids, G_N_ELEMENTS (ids));
  while (sitrep_store_count_suggestions (f->store, ids[0], NULL) == 0)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Suggest did not write the first article within a minute");
      g_usleep (500);
    }
  sitrep_suggestion_review_cancel (f->review);
  sitrep_test_wait_until (running_stopped, f, "Suggest to stop");
  g_assert_true (f->last_cancelled);
  g_assert_cmpuint (f->last_articles, ==, 1);
  g_assert_cmpuint (sitrep_store_count_suggestions (f->store, ids[1], NULL), ==, 0);
}

/* Whether the text view drew a suggestion's outline over the character at
 * @offset in its last frame (suggestions are drawn, not tagged). */
static gboolean
suggestion_drawn_at (Fixture *f,
                     guint    offset)
{
  GtkTextView *view = sitrep_reader_get_text_view (f->reader);

  g_assert_true (SITREP_IS_SUGGESTION_TEXT_VIEW (view));
  return sitrep_suggestion_text_view_drawn_at (SITREP_SUGGESTION_TEXT_VIEW (view), offset);
}

typedef struct
{
  Fixture *f;
  guint    offset;
} DrawnAt;

static gboolean
is_drawn_at (gpointer data)
{
  DrawnAt *d = data;


  return suggestion_drawn_at (d->f, d->offset);
}

static gboolean
long_article_selected (gpointer data)
{
  Fixture *f = data;

  return sitrep_window_select_article (f->window, f->article);
}

/* A 400-paragraph article added, chosen and in the reader. */
static void
add_long_article (Fixture *f)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  SitrepImportRecord *record = sitrep_import_record_new ();

  for (guint i = 0; i < 400; i++)
    g_string_append_printf (body, "Report %u. %s\n", i, body_text);
  record->title = g_strdup ("A long report");
  record->body = g_strdup (body->str);
  record->original_name = g_strdup ("clipboard");
  record->original_type = g_strdup ("text/plain");
  f->article = sitrep_store_add_article (f->store, record, NULL, &error);
  g_assert_no_error (error);
  sitrep_import_record_free (record);
  sitrep_test_wait_until (long_article_selected, f, "the long article in the list");
  sitrep_test_wait_until (reader_has_article, f, "the long article in the reader");
}

/* A long report: the suggestions in view are drawn at the next frame, the
 * others not, and none of the text is tagged for them (tagging thousands
 * re-laid out the whole text). */
static void
test_long_article_drawn (Fixture       *f,
                         gconstpointer  data)
{
  GListModel *model = sitrep_suggestion_review_get_model (f->review);
  g_autoptr(SitrepSuggestionItem) first = NULL;
  g_autoptr(SitrepSuggestionItem) last = NULL;
  GtkTextView *view;
  GtkTextIter iter;
  g_autoptr(GSList) tags = NULL;
  DrawnAt d = { f, 0 };
  guint n;

  add_long_article (f);
  g_assert_cmpint (sitrep_suggestion_review_get_article (f->review), ==, f->article);

  suggest_here (f);
  n = n_pending (f);
  g_assert_cmpuint (n, >=, 400 * 4);
  first = g_list_model_get_item (model, 0);
  last = g_list_model_get_item (model, n - 1);
  view = sitrep_reader_get_text_view (f->reader);

  /* The top of the text is in view: drawn at the next frame; the end,
   * some 80,000 characters further, is not in view and not drawn. */
  d.offset = sitrep_suggestion_item_get (first)->start;
  sitrep_test_wait_until (is_drawn_at, &d, "the first suggestion drawn");
  g_assert_false (suggestion_drawn_at (f, sitrep_suggestion_item_get (last)->start));
  g_assert_cmpuint (sitrep_suggestion_text_view_get_n_drawn (SITREP_SUGGESTION_TEXT_VIEW (view)), <, n / 4);
  /* No suggestion is a tag on the text: only the reader's own named tags
   * (the body's style) are there; label tags have no name. */
  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (view), &iter,
                                      (int) sitrep_suggestion_item_get (last)->start);
  tags = gtk_text_iter_get_tags (&iter);
  for (GSList *l = tags; l != NULL; l = l->next)
    {
      g_autofree char *name = NULL;

      g_object_get (l->data, "name", &name, NULL);
      g_assert_nonnull (name);
    }
}

/* The review's model: positions by binary search, items made on demand,
 * a new reading told to the views as the one range that differs. */
static SitrepStoredSuggestion *
stored (gint64 id,
        guint  start,
        guint  end)
{
  SitrepStoredSuggestion *s = g_new0 (SitrepStoredSuggestion, 1);

  s->id = id;
  s->start = start;
  s->end = end;
  s->kind = id % 2 ? SITREP_SUGGEST_PLACE : SITREP_SUGGEST_KILLED;
  s->text = g_strdup_printf ("s%" G_GINT64_FORMAT, id);
  return s;
}

/* Suggestions 1…@n, each 3 long, ten apart; @skip left out (0: none). */
static GPtrArray *
stored_list (guint  n,
             gint64 skip)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_stored_suggestion_free);

  for (guint i = 1; i <= n; i++)
    if ((gint64) i != skip)
      g_ptr_array_add (list, stored (i, i * 10, i * 10 + 3));
  return list;
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint n;
} Changed;

static void
on_model_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changed    *c)
{
  c->position = position;
  c->removed = removed;
  c->added = added;
  c->n++;
}

static void
test_model (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SitrepSuggestionModel) model = sitrep_suggestion_model_new ();
  g_autoptr(SitrepSuggestionItem) item = NULL;
  g_autoptr(SitrepSuggestionItem) again = NULL;
  guint counts[SITREP_SUGGEST_N_KINDS], position = 0;
  Changed c = { 0 };

  g_signal_connect (model, "items-changed", G_CALLBACK (on_model_changed), &c);
  sitrep_suggestion_model_replace (model, stored_list (1000, 0));
  g_assert_cmpuint (c.n, ==, 1);
  g_assert_cmpuint (c.added, ==, 1000);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1000);

  /* Found by id and by offset. */
  g_assert_nonnull (sitrep_suggestion_model_find (model, 700, &position));
  g_assert_cmpuint (position, ==, 699);
  g_assert_null (sitrep_suggestion_model_find (model, 1001, &position));
  g_assert_cmpuint (sitrep_suggestion_model_first_from (model, 7000), ==, 699);
  g_assert_cmpuint (sitrep_suggestion_model_first_from (model, 7001), ==, 700);
  g_assert_cmpuint (sitrep_suggestion_model_first_from (model, 100000), ==, 1000);
  g_assert_cmpuint (sitrep_suggestion_model_get_max_length (model), ==, 3);
  sitrep_suggestion_model_count_kinds (model, counts);
  g_assert_cmpuint (counts[SITREP_SUGGEST_PLACE], ==, 500);
  g_assert_cmpuint (counts[SITREP_SUGGEST_KILLED], ==, 500);

  /* One item per position, kept while the model holds it. */
  item = g_list_model_get_item (G_LIST_MODEL (model), 699);
  again = g_list_model_get_item (G_LIST_MODEL (model), 699);
  g_assert_true (item == again);
  g_assert_cmpint (sitrep_suggestion_item_get_id (item), ==, 700);

  /* The same list read again: no change told. */
  sitrep_suggestion_model_replace (model, stored_list (1000, 0));
  g_assert_cmpuint (c.n, ==, 1);
  /* One gone (an accept elsewhere): told as that one. */
  sitrep_suggestion_model_replace (model, stored_list (1000, 500));
  g_assert_cmpuint (c.n, ==, 2);
  g_assert_cmpuint (c.position, ==, 499);
  g_assert_cmpuint (c.removed, ==, 1);
  g_assert_cmpuint (c.added, ==, 0);
  g_assert_nonnull (sitrep_suggestion_model_find (model, 700, &position));
  g_assert_cmpuint (position, ==, 698);
  g_clear_object (&again);
  again = g_list_model_get_item (G_LIST_MODEL (model), 698);
  g_assert_true (item == again);
  /* Back again (an undo). */
  sitrep_suggestion_model_replace (model, stored_list (1000, 0));
  g_assert_cmpuint (c.position, ==, 499);
  g_assert_cmpuint (c.removed, ==, 0);
  g_assert_cmpuint (c.added, ==, 1);
  g_assert_cmpint (((const SitrepStoredSuggestion *) sitrep_suggestion_model_peek (model, 499))->id, ==, 500);

  /* Taken out by id; the item a view holds stays whole. */
  g_assert_true (sitrep_suggestion_model_remove (model, 700));
  g_assert_false (sitrep_suggestion_model_remove (model, 700));
  g_assert_cmpuint (c.position, ==, 699);
  g_assert_cmpuint (c.removed, ==, 1);
  g_assert_cmpstr (sitrep_suggestion_item_get (item)->text, ==, "s700");
  sitrep_suggestion_model_replace (model, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_cmpuint (sitrep_suggestion_item_get (item)->start, ==, 7000);
}

static gboolean
text_view_drawn_current (gpointer data)
{
  Fixture *f = data;
  const SitrepStoredSuggestion *s = current (f);

  return s != NULL && current_drawn_at (f, s->start) &&
         sitrep_suggestion_text_view_get_n_drawn (SITREP_SUGGESTION_TEXT_VIEW (sitrep_reader_get_text_view (f->reader))) > 0;
}

static gboolean
scrolled_down (gpointer data)
{
  Fixture *f = data;
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (sitrep_reader_get_text_view (f->reader)),
                                                 GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  return gtk_adjustment_get_value (adjustment) > gtk_adjustment_get_page_size (adjustment) &&
         gtk_adjustment_get_value (adjustment) + 2 * gtk_adjustment_get_page_size (adjustment) >=
           gtk_adjustment_get_upper (adjustment);
}

/* A report with more than 10,000 suggestions: the panel does not widen
 * (its header asked for more than the panel's width with a five-digit
 * count, and the reader's 1 MB text was laid out again: seconds), the
 * text view draws only what is in view, and review by key reaches the
 * last suggestion, far out of view, with accept and undo told to the
 * views as that one suggestion, not as the whole list again. */
static void
test_many_suggestions (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  SitrepImportRecord *record = sitrep_import_record_new ();
  GListModel *model = sitrep_suggestion_review_get_model (f->review);
  GtkWidget *view = GTK_WIDGET (sitrep_reader_get_text_view (f->reader));
  SitrepSuggestionList *list = SITREP_SUGGESTION_LIST (sitrep_test_template_child (f->window, "suggestion_list"));
  GtkListView *rows = sitrep_suggestion_list_get_list_view (list);
  const SitrepStoredSuggestion *s;
  guint n, last_start, last_end, n_chars, position;
  gint64 last_id;
  int width;
  Changed c = { 0 };
  gulong changed_id;

  for (guint i = 0; i < 1300; i++)
    g_string_append_printf (body, "Report %u. %s\n", i, body_text);
  record->title = g_strdup ("A very long report");
  record->body = g_strdup (body->str);
  record->original_name = g_strdup ("clipboard");
  record->original_type = g_strdup ("text/plain");
  f->article = sitrep_store_add_article (f->store, record, NULL, &error);
  g_assert_no_error (error);
  sitrep_import_record_free (record);
  n_chars = (guint) g_utf8_strlen (body->str, -1);
  sitrep_test_wait_until (long_article_selected, f, "the long article in the list");
  sitrep_test_wait_until (reader_has_article, f, "the long article in the reader");
  sitrep_test_wait_frames (view, 2);
  width = gtk_widget_get_width (view);

  suggest_here (f);
  n = n_pending (f);
  g_assert_cmpuint (n, >=, 10000);
  sitrep_test_wait_until (text_view_drawn_current, f, "the first suggestion drawn as under review");
  sitrep_test_wait_frames (view, 2);
  g_assert_cmpint (gtk_widget_get_width (view), ==, width);
  /* The panel lists a window of them, not ten thousand rows. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (rows))), <=, 50);
  g_assert_cmpuint (sitrep_suggestion_text_view_get_n_drawn (SITREP_SUGGESTION_TEXT_VIEW (view)), <, n / 10);

  /* From the end of the text Shift+Tab goes to the last suggestion, never drawn yet. */
  s = sitrep_suggestion_model_peek (SITREP_SUGGESTION_MODEL (model), n - 1);
  last_id = s->id;
  last_start = s->start;
  last_end = s->end;
  g_assert_false (sitrep_suggestion_text_view_drawn_at (SITREP_SUGGESTION_TEXT_VIEW (view), last_start));
  sitrep_suggestion_review_set_current (f->review, 0);
  {
    GtkTextIter end;

    gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &end, (int) n_chars);
    gtk_text_buffer_place_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &end);
  }
  g_assert_true (_sitrep_reader_suggestions_handle_key (f->reader, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_cmpint (sitrep_suggestion_review_get_current (f->review), ==, last_id);
  /* The text scrolls down to it (and keeps following it while the text
   * is still being laid out); the panel's list moved to it and selects it. */
  g_assert_true (current_drawn_at (f, last_start));
  sitrep_test_wait_until (scrolled_down, f, "the text scrolled down to the last suggestion");
  {
    g_autoptr(SitrepSuggestionItem) selected = NULL;
    GtkSelectionModel *selection = gtk_list_view_get_model (rows);

    position = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection));
    g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
    selected = g_list_model_get_item (G_LIST_MODEL (selection), position);
    g_assert_cmpint (sitrep_suggestion_item_get_id (selected), ==, last_id);
  }

  /* Enter accepts it: told as that one row gone, not as the list read again. */
  changed_id = g_signal_connect (model, "items-changed", G_CALLBACK (on_model_changed), &c);
  g_assert_true (_sitrep_reader_suggestions_handle_key (f->reader, GDK_KEY_Return, 0));
  g_assert_cmpuint (n_pending (f), ==, n - 1);
  g_assert_cmpint (sitrep_test_annotation_over (f->store, f->article, last_start, last_end), !=, 0);
  g_assert_cmpuint (c.n, ==, 1);
  g_assert_cmpuint (c.position, ==, n - 1);
  g_assert_cmpuint (c.removed, ==, 1);
  g_assert_cmpuint (c.added, ==, 0);
  /* No later one: the one before it comes up. */
  g_assert_cmpuint (current (f)->start, <, last_start);

  /* Undo brings it back as one row. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  settle (f, n, -1, "the acceptance undone");
  g_assert_cmpint (sitrep_test_annotation_over (f->store, f->article, last_start, last_end), ==, 0);
  g_assert_cmpuint (c.position, ==, n - 1);
  g_assert_cmpuint (c.removed, ==, 0);
  g_assert_cmpuint (c.added, ==, 1);
  g_assert_nonnull (sitrep_suggestion_review_lookup (f->review, last_id));
  g_signal_handler_disconnect (model, changed_id);
}

static gboolean
warm_up_not_running (gpointer data)
{
  return _sitrep_suggestion_review_get_warm_up_state () != SITREP_WARM_UP_RUNNING;
}

/* Run in a process of its own: the read-ahead happens once a program. A
 * window closed while its review reads ahead lets the read go (or it ends
 * on its own) without touching the review; a read cancelled before it began
 * is begun again by the next review given a store. */
static void
test_warm_up_closed_subprocess (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-warm-up-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "test.sitrep", NULL);
  g_autoptr(SitrepStore) store = sitrep_store_create (path, &error);
  SitrepWindow *window;
  SitrepWarmUpState state;

  g_assert_no_error (error);
  add_article (store, "");
  g_assert_cmpint (_sitrep_suggestion_review_get_warm_up_state (), ==, SITREP_WARM_UP_COLD);

  window = g_object_ref (sitrep_window_new (NULL));
  gtk_window_present (GTK_WINDOW (window));
  sitrep_window_set_store (window, store);
  g_assert_cmpint (_sitrep_suggestion_review_get_warm_up_state (), ==, SITREP_WARM_UP_RUNNING);
  sitrep_test_close_window (window);
  sitrep_test_wait_until (warm_up_not_running, NULL, "the read-ahead to end");
  state = _sitrep_suggestion_review_get_warm_up_state ();
  g_test_message ("read-ahead after the window closed: %s", state == SITREP_WARM_UP_DONE ? "done" : "cancelled");

  /* A review of its own, dropped at once, the same. */
  {
    SitrepSuggestionReview *review = sitrep_suggestion_review_new ();

    sitrep_suggestion_review_set_article (review, store, 0);
    sitrep_test_wait_finalized (review, "the review");
    sitrep_test_wait_until (warm_up_not_running, NULL, "the read-ahead to end");
  }

  /* Whichever way they ended, the next review reads ahead if need be. */
  {
    g_autoptr(SitrepSuggestionReview) review = sitrep_suggestion_review_new ();

    sitrep_suggestion_review_set_article (review, store, 0);
    sitrep_test_wait_until (warm_up_not_running, NULL, "the read-ahead to end");
    g_assert_cmpint (_sitrep_suggestion_review_get_warm_up_state (), ==, SITREP_WARM_UP_DONE);
    sitrep_suggestion_review_set_article (review, NULL, 0);
  }
  sitrep_store_close (store);
  sitrep_test_remove_tree (dir);
}

static void
test_warm_up_closed (void)
{
  g_test_trap_subprocess ("/gui/suggest/warm-up-closed/subprocess", 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Suggestions shown before they are saved */


typedef struct
{
  Fixture   *f;
  gboolean   cancel;       /* press Cancel once they are shown */
  guint      key;          /* then this review key on the first */
  gboolean   undo;         /* then Undo */
  gboolean   could_cancel; /* Cancel was on when they were shown */
  gboolean   cancel_shown_on; /* the panel's Cancel button was sensitive then */
  guint      after_undo;   /* listed after the Undo */
  gint64     current_after_undo;
  gboolean   done;
  guint      shown;        /* suggestions listed when they came */
  guint      left;         /* listed after the key */
  guint      annotations;  /* in the store when the key was pressed */
  gboolean   before_end;   /* they came before the run's end */
  guint      start;        /* the span the key was on */
  guint      end;
  gint64     id;
  char       text[128];    /* of the suggestion the key was on */
  gboolean   undo_on;      /* the Undo button was sensitive before the Undo */
  char      *undo_tip;     /* and its tooltip */
  gboolean   redo;         /* after the Undo, Redo */
  gboolean   redo_on;      /* the Redo button was sensitive before the Redo */
  char      *redo_tip;     /* and its tooltip */
  guint      after_redo;   /* listed after the Redo */
  gint64     current_after_redo;
} Early;

/* The first is up for review as soon as they are listed: the run has not
 * ended (its end comes after the list, on the same main context). */
static void
on_current_early (SitrepSuggestionReview *review,
                  GParamSpec             *pspec,
                  Early                  *e)
{
  const SitrepStoredSuggestion *s = current (e->f);

  if (e->done || s == NULL || !sitrep_suggestion_review_get_running (review))
    return;
  e->done = TRUE;
  e->before_end = e->f->n_finished == e->f->finished_before;
  e->shown = n_pending (e->f);
  e->start = s->start;
  e->end = s->end;
  e->id = s->id;
  g_strlcpy (e->text, s->text, sizeof e->text);
  e->annotations = count_annotations (e->f);
  e->could_cancel = sitrep_suggestion_review_get_can_cancel (review);
  {
    GtkWidget *button = find_actionable (GTK_WIDGET (e->f->window), "suggestions.cancel");

    g_assert_nonnull (button);
    e->cancel_shown_on = gtk_widget_get_sensitive (button);
  }
  if (e->cancel)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (e->f->reader), "reader.cancel-suggest", NULL));
  g_assert_true (_sitrep_reader_suggestions_handle_key (e->f->reader, e->key, 0));
  e->left = n_pending (e->f);
  if (e->undo)
    {
      GtkWidget *button = find_actionable (GTK_WIDGET (e->f->window), "win.undo");

      g_assert_nonnull (button);
      e->undo_on = gtk_widget_get_sensitive (button);
      e->undo_tip = g_strdup (gtk_widget_get_tooltip_text (button));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (e->f->window), "win.undo", NULL));
      e->after_undo = n_pending (e->f);
      e->current_after_undo = sitrep_suggestion_review_get_current (review);
    }
  if (e->redo)
    {
      GtkWidget *button = find_actionable (GTK_WIDGET (e->f->window), "win.redo");

      g_assert_nonnull (button);
      e->redo_on = gtk_widget_get_sensitive (button);
      e->redo_tip = g_strdup (gtk_widget_get_tooltip_text (button));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (e->f->window), "win.redo", NULL));
      e->after_redo = n_pending (e->f);
      e->current_after_redo = sitrep_suggestion_review_get_current (review);
    }
}

/* Presses Suggest and @key on the first suggestion as soon as it is up. */
static void
suggest_and_press (Fixture *f,
                   Early   *e)
{
  gulong handler = g_signal_connect (f->review, "notify::current", G_CALLBACK (on_current_early), e);

  e->f = f;
  f->finished_before = f->n_finished;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.suggest", NULL));
  /* Until they are shown, Cancel stops the run. */
  g_assert_true (sitrep_suggestion_review_get_can_cancel (f->review));
  sitrep_test_wait_until (finished_again, f, "Suggest to finish");
  g_signal_handler_disconnect (f->review, handler);
  g_assert_true (e->done);
  g_assert_true (e->before_end);
  g_assert_cmpuint (e->shown, >=, 4);
  /* Shown and being saved, nothing would stop: Cancel is off. */
  g_assert_false (e->could_cancel);
  g_assert_false (e->cancel_shown_on);
  /* The key acts on the list at once; the store has nothing of it yet. */
  g_assert_cmpuint (e->left, ==, e->shown - 1);
  g_assert_cmpuint (e->annotations, ==, 0);
}

/* What the review lists is what the store has, ids and all. */
static void
assert_listed_as_stored (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stored = sitrep_store_list_suggestions (f->store, f->article, &error);
  GListModel *model = sitrep_suggestion_review_get_model (f->review);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, stored->len);
  for (guint i = 0; i < stored->len; i++)
    {
      g_autoptr(SitrepSuggestionItem) item = g_list_model_get_item (model, i);
      const SitrepStoredSuggestion *a = sitrep_suggestion_item_get (item), *b = stored->pdata[i];

      g_assert_cmpint (a->id, ==, b->id);
      g_assert_cmpuint (a->start, ==, b->start);
      g_assert_cmpuint (a->end, ==, b->end);
      g_assert_cmpint (a->kind, ==, b->kind);
      g_assert_cmpstr (a->text, ==, b->text);
      g_assert_cmpstr (a->attributes, ==, b->attributes);
      g_assert_cmpint (a->entity_id, ==, b->entity_id);
      g_assert_cmpstr (a->entity_name, ==, b->entity_name);
      g_assert_cmpint (a->incident, ==, b->incident);
      g_assert_cmpint (a->doubtful, ==, b->doubtful);
    }
}

/* Enter on a suggestion shown but not yet saved: accepted once saved, one
 * undo step as any other. */
static void
test_early_accept (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Early e = { .key = GDK_KEY_Return };

  suggest_and_press (f, &e);
  g_assert_false (f->last_cancelled);
  settle (f, e.shown - 1, 1, "the accepted suggestion shown as an annotation");
  g_assert_cmpint (sitrep_test_annotation_over (f->store, f->article, e.start, e.end), !=, 0);
  {
    g_autoptr(SitrepStoredSuggestion) stored = sitrep_store_get_suggestion (f->store, e.id, &error);
    g_assert_no_error (error);
    g_assert_cmpint (stored->status, ==, SITREP_SUGGESTION_ACCEPTED);
  }
  assert_listed_as_stored (f);
  /* The next is up, and Undo takes the acceptance back. */
  g_assert_nonnull (current (f));
  g_assert_cmpuint (current (f)->start, >=, e.start);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  settle (f, e.shown, 0, "the acceptance undone");
  g_assert_cmpint (sitrep_test_annotation_over (f->store, f->article, e.start, e.end), ==, 0);
  assert_listed_as_stored (f);
}

/* Cancel once they are shown: nothing left to cancel, they are saved, and
 * a rejection taken meanwhile is kept. */
static void
test_early_cancel (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Early e = { .cancel = TRUE, .key = GDK_KEY_Delete };

  suggest_and_press (f, &e);
  g_assert_false (f->last_cancelled);
  g_assert_null (f->last_message);
  g_assert_cmpuint (n_pending (f), ==, e.shown - 1);
  {
    g_autoptr(SitrepStoredSuggestion) stored = sitrep_store_get_suggestion (f->store, e.id, &error);
    g_assert_no_error (error);
    g_assert_cmpint (stored->status, ==, SITREP_SUGGESTION_REJECTED);
  }
  assert_listed_as_stored (f);
}

/* Undo right after Enter while they are being saved takes the acceptance
 * back (it was not in the store yet), not the edit before it; the
 * suggestion is listed and under review again, and stays pending once
 * saved. */
static void
test_early_undo (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepArticle) article = NULL;
  Early e = { .key = GDK_KEY_Return, .undo = TRUE };

  gboolean empty_history = GPOINTER_TO_INT (data);

  /* An edit to undo before (the article's status), or (@data) none: then
   * Undo's only step is the decision queued, and it must still be on. */
  if (!empty_history)
    {
      g_assert_true (sitrep_store_set_article_status (f->store, f->article, SITREP_ARTICLE_STATUS_IN_PROGRESS,
                                                      &error));
      g_assert_no_error (error);
    }
  g_assert_cmpint (sitrep_store_dup_undo_description (f->store) != NULL, ==, !empty_history);
  suggest_and_press (f, &e);
  g_assert_false (f->last_cancelled);
  g_assert_cmpuint (e.after_undo, ==, e.shown);
  g_assert_cmpint (e.current_after_undo, ==, e.id);
  /* Undo was on and said what it takes back. */
  g_assert_true (e.undo_on);
  {
    g_autofree char *tip = g_strdup_printf ("Undo Accept “%s” (Ctrl+Z)", e.text);

    g_assert_cmpstr (e.undo_tip, ==, tip);
  }
  g_free (e.undo_tip);
  article = sitrep_store_get_article (f->store, f->article, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sitrep_article_get_status (article),
                   ==, empty_history ? SITREP_ARTICLE_STATUS_NEW : SITREP_ARTICLE_STATUS_IN_PROGRESS);
  g_assert_cmpint (count_annotations (f), ==, 0);
  {
    g_autoptr(SitrepStoredSuggestion) stored = sitrep_store_get_suggestion (f->store, e.id, &error);
    g_assert_no_error (error);
    g_assert_cmpint (stored->status, ==, SITREP_SUGGESTION_PENDING);
  }
  g_assert_cmpuint (n_pending (f), ==, e.shown);
  assert_listed_as_stored (f);
}

/* Redo right after that Undo, while they are still being saved, takes the
 * acceptance again: it is made once they are saved. */
static void
test_early_redo (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStoredSuggestion) stored = NULL;
  Early e = { .key = GDK_KEY_Return, .undo = TRUE, .redo = TRUE };
  g_autofree char *tip = NULL;

  suggest_and_press (f, &e);
  g_assert_false (f->last_cancelled);
  g_assert_cmpuint (e.after_undo, ==, e.shown);
  /* Redo was on and said what it takes again. */
  g_assert_true (e.redo_on);
  tip = g_strdup_printf ("Redo Accept “%s” (Shift+Ctrl+Z)", e.text);
  g_assert_cmpstr (e.redo_tip, ==, tip);
  g_free (e.undo_tip);
  g_free (e.redo_tip);
  g_assert_cmpuint (e.after_redo, ==, e.shown - 1);
  g_assert_cmpint (e.current_after_redo, !=, e.id);
  /* Made once saved: an annotation over it, the suggestion accepted. */
  g_assert_cmpint (sitrep_test_annotation_over (f->store, f->article, e.start, e.end), !=, 0);
  stored = sitrep_store_get_suggestion (f->store, e.id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stored->status, ==, SITREP_SUGGESTION_ACCEPTED);
  g_assert_cmpuint (n_pending (f), ==, e.shown - 1);
  assert_listed_as_stored (f);
}

/* An Undo during the save, then Redo once they are saved: the store's Redo
 * makes the acceptance taken back — not an older step undone before the
 * Suggest, which the decision would have dropped. */
static void
test_early_redo_after_save (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStoredSuggestion) stored = NULL;
  Early e = { .key = GDK_KEY_Return, .undo = TRUE };
  g_autofree char *tip = NULL;
  GtkWidget *button = find_actionable (GTK_WIDGET (f->window), "win.redo");

  /* An older step to redo: the article's status set and undone. */
  g_assert_true (sitrep_store_set_article_status (f->store, f->article, SITREP_ARTICLE_STATUS_IN_PROGRESS,
                                                  &error));
  g_assert_no_error (error);
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_nonnull (sitrep_store_dup_redo_description (f->store));

  suggest_and_press (f, &e);
  g_free (e.undo_tip);
  g_assert_false (f->last_cancelled);
  g_assert_cmpuint (e.after_undo, ==, e.shown);
  settle (f, e.shown, 0, "the acceptance taken back once saved");
  /* Redo says it makes the acceptance again, and does. */
  tip = g_strdup_printf ("Redo Accept “%s” (Shift+Ctrl+Z)", e.text);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, tip);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  settle (f, e.shown - 1, 1, "the acceptance made again");
  g_assert_cmpint (sitrep_test_annotation_over (f->store, f->article, e.start, e.end), !=, 0);
  stored = sitrep_store_get_suggestion (f->store, e.id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stored->status, ==, SITREP_SUGGESTION_ACCEPTED);
  /* The older step is gone, as after any new edit. */
  g_assert_null (sitrep_store_dup_redo_description (f->store));
  assert_listed_as_stored (f);
  /* And it is one undo step, as any acceptance. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  settle (f, e.shown, 0, "the acceptance undone");
  assert_listed_as_stored (f);
}

/* Those in view first */

typedef struct
{
  Fixture  *f;
  guint     view_top;      /* the first character in view */
  gboolean  seen;          /* the first part came */
  gboolean  partial;       /* and the review said it was only part */
  guint     first_n;       /* listed then */
  guint     first_start;   /* the first under review then */
  gint64    rejected;      /* Delete on it */
  gint64    taken_back;    /* Enter on it, then Undo */
  guint     after_keys;    /* listed after the keys */
  gboolean  accept_all_off; /* Accept All was off */
  guint     complete_n;    /* listed when all came */
  guint     drawn_before;  /* suggestions drawn by then */
  guint     first_min;     /* the first part's first start */
  guint     first_max;     /* and its last */
  guint     view_bottom;   /* the end of the last line in view then */
} InView;

/* The end of the last line in view, as the reader tells the review. */
static guint
view_bottom (Fixture *f)
{
  GtkTextView *view = sitrep_reader_get_text_view (f->reader);
  GdkRectangle rect;
  GtkTextIter iter;

  gtk_text_view_get_visible_rect (view, &rect);
  gtk_text_view_get_iter_at_location (view, &iter, rect.x + rect.width, rect.y + rect.height);
  gtk_text_iter_forward_to_line_end (&iter);
  return (guint) gtk_text_iter_get_offset (&iter);
}

static void
on_in_view_current (SitrepSuggestionReview *review,
                    GParamSpec             *pspec,
                    InView                 *v)
{
  const SitrepStoredSuggestion *s = current (v->f);

  if (v->seen || s == NULL || !sitrep_suggestion_review_get_running (review))
    return;
  v->seen = TRUE;
  v->partial = sitrep_suggestion_review_get_partial (review);
  v->first_n = n_pending (v->f);
  v->first_start = s->start;
  v->first_min = G_MAXUINT;
  for (guint i = 0; i < v->first_n; i++)
    {
      g_autoptr(SitrepSuggestionItem) item = g_list_model_get_item (sitrep_suggestion_review_get_model (review), i);

      v->first_min = MIN (v->first_min, sitrep_suggestion_item_get (item)->start);
      v->first_max = MAX (v->first_max, sitrep_suggestion_item_get (item)->start);
    }
  v->view_bottom = view_bottom (v->f);
  v->rejected = s->id;
  /* Accept All waits for all of them: nothing accepted, nothing taken out. */
  gtk_widget_activate_action (GTK_WIDGET (v->f->reader), "reader.accept-all-suggestions", NULL);
  v->accept_all_off = n_pending (v->f) == v->first_n;
  g_assert_true (_sitrep_reader_suggestions_handle_key (v->f->reader, GDK_KEY_Delete, 0));
  v->taken_back = sitrep_suggestion_review_get_current (review);
  g_assert_cmpint (v->taken_back, !=, 0);
  g_assert_true (_sitrep_reader_suggestions_handle_key (v->f->reader, GDK_KEY_Return, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (v->f->window), "win.undo", NULL));
  v->after_keys = n_pending (v->f);
}

static void
on_in_view_items (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  InView     *v)
{
  GtkTextView *view = sitrep_reader_get_text_view (v->f->reader);

  if (!v->seen || v->complete_n != 0 || sitrep_suggestion_review_get_partial (v->f->review))
    return;
  v->complete_n = n_pending (v->f);
  v->drawn_before = sitrep_suggestion_text_view_get_n_drawn (SITREP_SUGGESTION_TEXT_VIEW (view));
}

static guint
view_top (Fixture *f)
{
  GtkTextView *view = sitrep_reader_get_text_view (f->reader);
  GdkRectangle rect;
  GtkTextIter iter;

  gtk_text_view_get_visible_rect (view, &rect);
  gtk_text_view_get_iter_at_location (view, &iter, rect.x, rect.y);
  return rect.height > 0 ? (guint) gtk_text_iter_get_offset (&iter) : 0;
}

static gboolean
scrolled_to_middle (gpointer data)
{
  Fixture *f = data;
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (sitrep_reader_get_text_view (f->reader)),
                                                 GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  /* Set again as the text is measured and grows, until well inside it. */
  if (view_top (f) < 20000)
    gtk_adjustment_set_value (adj, (gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj)) / 2);
  return view_top (f) >= 20000;
}

/* Suggest in all articles while reading the middle of a long one: the
 * first under review afterwards is the first in view, the text is not
 * taken back to its top. */
static void
test_all_keeps_view (Fixture       *f,
                     gconstpointer  data)
{
  guint top;

  add_long_article (f);
  sitrep_test_wait_until (scrolled_to_middle, f, "the text scrolled to its middle");
  top = view_top (f);

  f->finished_before = f->n_finished;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.suggest-all", NULL));
  sitrep_test_wait_until (finished_again, f, "Suggest in all articles to finish");
  g_assert_cmpuint (f->last_articles, ==, 2);
  g_assert_nonnull (current (f));
  g_assert_cmpuint (current (f)->start, >=, top);
  g_assert_cmpuint (current (f)->start, <, top + 2000);
}

/* A long report scrolled to its middle: Suggest lists those in view
 * first (only those), the first in view under review; keys act on
 * them at once, Accept All waits; then, once a frame has drawn them, all
 * the others come, without the one rejected meanwhile, and the store ends
 * as listed. */
static void
test_first_in_view (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *model = sitrep_suggestion_review_get_model (f->review);
  InView v = { f };
  gulong current_id, items_id;

  add_long_article (f);
  sitrep_test_wait_until (scrolled_to_middle, f, "the text scrolled to its middle");
  v.view_top = view_top (f);

  current_id = g_signal_connect (f->review, "notify::current", G_CALLBACK (on_in_view_current), &v);
  items_id = g_signal_connect (model, "items-changed", G_CALLBACK (on_in_view_items), &v);
  suggest_here (f);
  g_signal_handler_disconnect (f->review, current_id);
  g_signal_handler_disconnect (model, items_id);

  g_assert_true (v.seen);
  g_assert_true (v.partial);
  g_assert_cmpuint (v.first_n, >=, 4);
  g_assert_cmpuint (v.first_n, <, n_pending (f) / 4);
  /* Only those in view: the panel's first frame makes a row for each (a
   * screen above and below them too were twice as many new rows). */
  g_assert_cmpuint (v.view_bottom, >, v.view_top);
  g_assert_cmpuint (v.first_min + (v.view_bottom - v.view_top) / 2, >=, v.view_top);
  g_assert_cmpuint (v.first_max, <, v.view_bottom + (v.view_bottom - v.view_top) / 2);
  /* The first under review is the first in view, not the article's first. */
  g_assert_cmpuint (v.first_start, >=, v.view_top);
  g_assert_cmpuint (v.first_start, <, v.view_top + 2000);
  g_assert_true (v.accept_all_off);
  /* Delete took one out; Enter took one out, Undo put it back. */
  g_assert_cmpuint (v.after_keys, ==, v.first_n - 1);
  /* All came after a frame drew the first part, without the rejected one. */
  g_assert_cmpuint (v.complete_n, >, v.first_n);
  g_assert_cmpuint (v.drawn_before, >, 0);
  g_assert_null (sitrep_suggestion_review_lookup (f->review, v.rejected));
  g_assert_nonnull (sitrep_suggestion_review_lookup (f->review, v.taken_back));
  g_assert_cmpuint (count_annotations (f), ==, 0);
  {
    g_autoptr(SitrepStoredSuggestion) rejected = sitrep_store_get_suggestion (f->store, v.rejected, &error);
    g_autoptr(SitrepStoredSuggestion) pending = sitrep_store_get_suggestion (f->store, v.taken_back, &error);

    g_assert_no_error (error);
    g_assert_cmpint (rejected->status, ==, SITREP_SUGGESTION_REJECTED);
    g_assert_cmpint (pending->status, ==, SITREP_SUGGESTION_PENDING);
  }
  assert_listed_as_stored (f);
  /* Accept All is on again. */
  v.complete_n = n_pending (f);
  g_assert_cmpint (sitrep_suggestion_review_accept_all (f->review, FALSE, 0, 0, &error), ==, v.complete_n);
  g_assert_no_error (error);
}

/* Suggest again on a long article nothing has changed in: its suggestions
 * in view are the ones shown already, ids and all: the list is not
 * touched. When one in view has changed (annotated meanwhile), those in
 * view come first, in place of the ones listed there: the others stay
 * listed (the list emptied but for them, the counts and the one under
 * review with it, before). */
typedef struct
{
  Fixture  *f;
  guint     n_changes;
  gboolean  partial;
  guint     fewest;    /* listed after a change */
} Again;

static void
on_again_items (GListModel *model,
                guint       position,
                guint       removed,
                guint       added,
                Again      *a)
{
  a->n_changes++;
  a->partial |= sitrep_suggestion_review_get_partial (a->f->review);
  a->fewest = MIN (a->fewest, g_list_model_get_n_items (model));
}

static void
test_again_at_once (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *model = sitrep_suggestion_review_get_model (f->review);
  const SitrepStoredSuggestion *place = NULL;
  Again a = { f };
  guint n, top;
  gulong id;

  add_long_article (f);
  sitrep_test_wait_until (scrolled_to_middle, f, "the text scrolled to its middle");
  top = view_top (f);
  suggest_here (f);
  n = n_pending (f);
  g_assert_cmpuint (n, >, 0);

  id = g_signal_connect (model, "items-changed", G_CALLBACK (on_again_items), &a);
  suggest_here (f);
  g_assert_cmpuint (a.n_changes, ==, 0);
  g_assert_false (a.partial);
  g_assert_cmpuint (n_pending (f), ==, n);
  assert_listed_as_stored (f);

  /* A place in view annotated: Suggest lists those in view first again. */
  for (guint i = 0; i < n && place == NULL; i++)
    {
      const SitrepStoredSuggestion *s = sitrep_suggestion_model_peek (SITREP_SUGGESTION_MODEL (model), i);

      if (s->kind == SITREP_SUGGEST_PLACE && s->start >= top)
        place = s;
    }
  g_assert_nonnull (place);
  g_assert_cmpint (sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Place"),
                                                place->start, place->end, 0, 0, NULL, &error), >, 0);
  g_assert_no_error (error);
  place = NULL;
  a.n_changes = 0;
  a.fewest = G_MAXUINT;
  suggest_here (f);
  g_signal_handler_disconnect (model, id);
  /* The annotated one goes with the part, never before it: a read of the
   * list queued by the annotation raced the run's hand-over, and when it
   * came first the part changed nothing. Never fewer than the rows kept. */
  g_assert_true (a.partial);
  g_assert_cmpuint (a.fewest, ==, n - 1);
  g_assert_cmpuint (n_pending (f), ==, n - 1);
  assert_listed_as_stored (f);
}

/* Suggest again when what it says of a span has changed, the span not:
 * the row keeps its id (an incident or the history may name it) and must
 * show the new details, not the copy listed before. Here an actor proposed
 * as new is the project's entity by the next Suggest. */
static const SitrepStoredSuggestion *
listed_actor (Fixture *f,
              gint64   id)
{
  SitrepSuggestionModel *model = SITREP_SUGGESTION_MODEL (sitrep_suggestion_review_get_model (f->review));

  for (guint i = 0; i < sitrep_suggestion_model_get_n (model); i++)
    {
      const SitrepStoredSuggestion *s = sitrep_suggestion_model_peek (model, i);

      if (s->kind == SITREP_SUGGEST_ACTOR && (id != 0 ? s->id == id : s->entity_id == 0))
        return s;
    }
  return NULL;
}

static void
test_again_new_details (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *model = sitrep_suggestion_review_get_model (f->review);
  const SitrepStoredSuggestion *actor;
  g_autoptr(SitrepSuggestionItem) before = NULL;
  g_autoptr(SitrepSuggestionItem) after = NULL;
  g_autofree char *text = NULL;
  gint64 id, entity;
  guint position;

  suggest_here (f);
  actor = listed_actor (f, 0);
  g_assert_nonnull (actor);
  id = actor->id;
  text = g_strdup (actor->text);
  g_assert_nonnull (sitrep_suggestion_model_find (SITREP_SUGGESTION_MODEL (model), id, &position));
  /* A view holds the row's item meanwhile. */
  before = g_list_model_get_item (model, position);
  g_assert_cmpint (sitrep_suggestion_item_get (before)->entity_id, ==, 0);

  entity = sitrep_store_add_entity (f->store, "actor", text, &error);
  g_assert_no_error (error);
  suggest_here (f);
  actor = listed_actor (f, id);
  g_assert_nonnull (actor);
  g_assert_cmpint (actor->entity_id, ==, entity);
  g_assert_cmpstr (actor->entity_name, ==, text);
  g_assert_nonnull (sitrep_suggestion_model_find (SITREP_SUGGESTION_MODEL (model), id, &position));
  after = g_list_model_get_item (model, position);
  g_assert_true (after != before);
  g_assert_cmpint (sitrep_suggestion_item_get (after)->entity_id, ==, entity);
  assert_listed_as_stored (f);

  /* And nothing changes on a third Suggest with nothing new. */
  g_clear_object (&after);
  after = g_list_model_get_item (model, position);
  suggest_here (f);
  {
    g_autoptr(SitrepSuggestionItem) again = g_list_model_get_item (model, position);

    g_assert_true (again == after);
  }
  assert_listed_as_stored (f);
}

typedef struct
{
  char    *text;
  guint    n;
} Messages;

static void
on_show_message (SitrepReader *reader,
                 const char   *text,
                 gboolean      undo,
                 Messages     *m)
{
  g_free (m->text);
  m->text = g_strdup (text);
  m->n++;
}

/* The save fails after they were shown: the user is told, with the
 * decision it cost; the list is the store's again. */
static void
test_early_save_fails (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "test.sitrep", NULL);
  Messages m = { 0 };
  Early e = { .key = GDK_KEY_Return };
  sqlite3 *db = NULL;
  guint before;

  suggest_here (f);
  before = n_pending (f);
  /* Rows of suggestions can no longer be written, as on a full disk; one
   * is gone, so that the next save has a row to write (a Suggest again on
   * an unchanged article writes none). */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM suggestions WHERE id = (SELECT max (id) FROM suggestions "
                                     "  WHERE status = 0);"
                                     "CREATE TRIGGER test_no_room BEFORE INSERT ON suggestions "
                                     "BEGIN SELECT RAISE (ABORT, 'database or disk is full'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_signal_connect (f->reader, "show-message", G_CALLBACK (on_show_message), &m);
  f->expect_failure = TRUE;
  suggest_and_press (f, &e);
  g_signal_handlers_disconnect_by_data (f->reader, &m);
  g_assert_nonnull (f->last_message);
  g_assert_nonnull (strstr (f->last_message, "could not be saved"));
  g_assert_nonnull (strstr (f->last_message, "1 decision taken on them meanwhile was not kept"));
  /* Told to the user, not only logged. */
  g_assert_cmpuint (m.n, >=, 1);
  g_assert_nonnull (strstr (m.text, f->last_message));
  /* Nothing of it kept: the earlier suggestions are listed again (but
   * the one deleted above). */
  g_assert_cmpuint (count_annotations (f), ==, 0);
  g_assert_cmpuint (n_pending (f), ==, before - 1);
  assert_listed_as_stored (f);
  g_free (m.text);
}

/* The Suggest button says what it does: an icon the theme has that is not a
 * star (a star read as "favourite"), a tooltip with its shortcut (its name
 * for screen readers is checked by test-a11y). (No word beside the icon: the reader's row would ask
 * more than a 1280 px window leaves it beside the panel and the map.) */
static void
test_suggest_button (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *button = sitrep_test_find_descendant (GTK_WIDGET (f->reader), ADW_TYPE_SPLIT_BUTTON);
  GtkIconTheme *theme;
  const char *icon;

  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "reader.suggest");
  theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (button));
  icon = adw_split_button_get_icon_name (ADW_SPLIT_BUTTON (button));
  g_assert_nonnull (icon);
  g_assert_null (strstr (icon, "star"));
  g_assert_true (gtk_icon_theme_has_icon (theme, icon));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), "Shift+Ctrl+S"));
}

typedef struct
{
  GtkWidget *panel;
  GtkWidget *stack;
  GtkWidget *scroller;
  gboolean   filled;   /* waiting for the suggestions to fill the panel, or to give it back */
} SpaceWait;

static gboolean
panel_space_settled (gpointer data)
{
  SpaceWait *w = data;
  int panel = gtk_widget_get_height (w->panel);
  int rows = gtk_widget_get_height (w->scroller);

  if (w->filled)
    return !gtk_widget_get_mapped (w->stack) && rows >= panel / 2;
  return gtk_widget_get_mapped (w->stack) && sitrep_test_has_size (w->stack) && rows <= 220;
}

/* With suggestions and no annotation yet, the suggestions get the panel's
 * height: they showed five rows while a big "No Annotations" placeholder
 * filled the rest. With an annotation, its list has the room again. */
static void
test_suggestions_fill_panel (Fixture       *f,
                             gconstpointer  data)
{
  SitrepSuggestionList *list = SITREP_SUGGESTION_LIST (sitrep_test_template_child (f->window, "suggestion_list"));
  GtkWidget *panel = GTK_WIDGET (sitrep_window_get_annotation_panel (f->window));
  SpaceWait w = { panel, NULL, NULL, TRUE };
  g_autoptr(GError) error = NULL;

  w.stack = GTK_WIDGET (gtk_widget_get_template_child (panel, SITREP_TYPE_ANNOTATION_PANEL, "stack"));
  w.scroller = gtk_widget_get_ancestor (GTK_WIDGET (sitrep_suggestion_list_get_list_view (list)),
                                        GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (w.stack);
  g_assert_nonnull (w.scroller);
  sitrep_test_wait_until (panel_space_settled, (w.filled = FALSE, &w), "the placeholder with no suggestion");

  suggest_here (f);
  g_assert_cmpuint (n_pending (f), >, 0);
  w.filled = TRUE;
  sitrep_test_wait_until (panel_space_settled, &w, "the suggestions to take the panel");
  g_assert_cmpint (gtk_widget_get_height (w.scroller), >, 220);

  g_assert_cmpint (sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Place"),
                                                0, 5, 0, 0, NULL, &error), >, 0);
  g_assert_no_error (error);
  w.filled = FALSE;
  sitrep_test_wait_until (panel_space_settled, &w, "the annotations' list back");
}

/* Held before the second article of a run until the test lets it go (or
 * the run is cancelled, as the window's end does). */
static int hold_released;

static void
hold_second_article (guint         i,
                     GCancellable *cancellable,
                     gpointer      data)
{
  gint64 deadline = g_get_monotonic_time () + 2 * SITREP_TEST_TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;

  if (i != 1)
    return;
  while (!g_atomic_int_get (&hold_released) && !g_cancellable_is_cancelled (cancellable) &&
         g_get_monotonic_time () < deadline)
    g_usleep (1000);
}

/* Whether the panel's count says "0" (what it said while Suggest worked). */
static gboolean
count_says_zero (GtkLabel *count)
{
  return gtk_widget_get_visible (GTK_WIDGET (count)) && g_str_equal (gtk_label_get_text (count), "0");
}

static gboolean
has_pending (gpointer data)
{
  return n_pending (data) > 0;
}

static void
assert_count_is_pending (Fixture  *f,
                         GtkLabel *count)
{
  g_autofree char *text = g_strdup_printf ("%u", n_pending (f));

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (count)));
  g_assert_cmpstr (gtk_label_get_text (count), ==, text);
}

/* While Suggest works on the article in review the panel does not say
 * "Suggestions 0"; in a run over several articles the one in review shows
 * its suggestions once it is done, not once every article is. */
static void
test_count_while_running (Fixture       *f,
                          gconstpointer  data)
{
  SitrepSuggestionList *list = SITREP_SUGGESTION_LIST (sitrep_test_template_child (f->window, "suggestion_list"));
  GtkLabel *count = sitrep_suggestion_list_get_count_label (list);
  gint64 ids[3];

  f->finished_before = f->n_finished;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.suggest", NULL));
  g_assert_true (sitrep_suggestion_review_get_running (f->review));
  g_assert_true (sitrep_suggestion_review_get_waiting (f->review));
  g_assert_false (count_says_zero (count));
  sitrep_test_wait_until (finished_again, f, "Suggest to finish");
  g_assert_false (sitrep_suggestion_review_get_waiting (f->review));
  g_assert_cmpuint (n_pending (f), >, 0);
  assert_count_is_pending (f, count);

  /* Three articles, the one in review first; the run held before the second. */
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *title = g_strdup_printf ("\nCopy %u.", i);

      ids[i] = add_article (f->store, title);
    }
  f->article = ids[0];
  sitrep_test_show_article (f->window, ids[0]);
  sitrep_test_wait_until (reader_has_article, f, "the new article in the reader");
  g_assert_cmpuint (n_pending (f), ==, 0);
  g_atomic_int_set (&hold_released, FALSE);
  _sitrep_suggest_tasks_set_before_article (hold_second_article, NULL);
  f->finished_before = f->n_finished;
  sitrep_suggestion_review_suggest_articles (f->review, ids, G_N_ELEMENTS (ids));
  g_assert_true (sitrep_suggestion_review_get_waiting (f->review));
  g_assert_false (count_says_zero (count));
  sitrep_test_wait_until (has_pending, f, "the article in review's suggestions while the run goes on");
  g_assert_true (sitrep_suggestion_review_get_running (f->review));
  g_assert_false (sitrep_suggestion_review_get_waiting (f->review));
  assert_count_is_pending (f, count);
  g_atomic_int_set (&hold_released, TRUE);
  sitrep_test_wait_until (finished_again, f, "Suggest in the three articles to finish");
  _sitrep_suggest_tasks_set_before_article (NULL, NULL);
  g_assert_cmpuint (f->last_articles, ==, G_N_ELEMENTS (ids));
  assert_count_is_pending (f, count);
}

/* Ctrl+Z after a decision brings the suggestion back under review, as an
 * editor's Undo goes back to the change: Enter accepts it again at once. */
static void
test_undo_back_under_review (Fixture       *f,
                             gconstpointer  data)
{
  gint64 first, second, next;
  guint n;

  suggest_here (f);
  n = n_pending (f);
  g_assert_cmpuint (n, >=, 3);
  sitrep_suggestion_review_set_current (f->review, 0);
  g_assert_true (_sitrep_reader_suggestions_handle_key (f->reader, GDK_KEY_Tab, 0));
  first = sitrep_suggestion_review_get_current (f->review);
  g_assert_cmpint (first, !=, 0);

  /* Rejected, then undone: the first is under review again. */
  g_assert_true (_sitrep_reader_suggestions_handle_key (f->reader, GDK_KEY_Delete, 0));
  next = sitrep_suggestion_review_get_current (f->review);
  g_assert_cmpint (next, !=, first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  settle (f, n, 0, "the rejection undone");
  g_assert_cmpint (sitrep_suggestion_review_get_current (f->review), ==, first);

  /* Accepted, then undone: the same. */
  g_assert_true (_sitrep_reader_suggestions_handle_key (f->reader, GDK_KEY_Return, 0));
  settle (f, n - 1, 1, "the first accepted");
  g_assert_cmpint (sitrep_suggestion_review_get_current (f->review), !=, first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  settle (f, n, 0, "the acceptance undone");
  g_assert_cmpint (sitrep_suggestion_review_get_current (f->review), ==, first);

  /* Redo takes it out again and moves on; Undo once more brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  settle (f, n - 1, 1, "the acceptance redone");
  g_assert_cmpint (sitrep_suggestion_review_get_current (f->review), !=, first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  settle (f, n, 0, "the acceptance undone again");
  g_assert_cmpint (sitrep_suggestion_review_get_current (f->review), ==, first);

  /* Review goes on from there: Tab goes to the one after it. */
  g_assert_true (_sitrep_reader_suggestions_handle_key (f->reader, GDK_KEY_Tab, 0));
  second = sitrep_suggestion_review_get_current (f->review);
  g_assert_cmpuint (sitrep_suggestion_review_lookup (f->review, second)->start, >=,
                    sitrep_suggestion_review_lookup (f->review, first)->start);
  g_assert_cmpint (second, !=, first);
}

/* The first row of the panel's suggestion list, or NULL. */
static GtkWidget *
first_suggestion_row (GtkWidget *widget)
{
  if (gtk_widget_has_css_class (widget, "suggestion-row"))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = first_suggestion_row (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_suggestion_row (gpointer list)
{
  GtkWidget *row = first_suggestion_row (list);

  return row != NULL && gtk_widget_get_mapped (row);
}

/* The annotation panel's list of suggestions. */
static GtkWidget *
suggestion_list_view (Fixture *f)
{
  return GTK_WIDGET (sitrep_suggestion_list_get_list_view (
    SITREP_SUGGESTION_LIST (sitrep_test_template_child (f->window, "suggestion_list"))));
}

/* A doubtful place suggested at Baghdad's coordinates, in @admin1 of
 * @country (either NULL: the gazetteer gave none). */
static SitrepSuggestionItem *
doubtful_place_item (const char *admin1,
                     const char *country)
{
  SitrepStoredSuggestion *s = stored (1, 0, 5);

  s->doubtful = TRUE;
  s->latitude = 33.341;
  s->longitude = 44.401;
  s->admin1 = g_strdup (admin1);
  s->country = g_strdup (country);
  return sitrep_suggestion_item_new (s);
}

/* A place's doubtful flag comes before its coordinates (the row cuts the
 * end of a long detail off at the panel's width, the flag went with it);
 * the row's tooltip has its words and detail whole. */
static void
test_row_detail (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *list = suggestion_list_view (f);
  g_autoptr(SitrepSuggestionItem) item = doubtful_place_item (NULL, NULL);
  g_autofree char *detail = NULL, *tooltip = NULL, *whole = NULL;
  GtkWidget *row, *text_label;
  const char *text;

  detail = sitrep_suggestion_item_dup_detail (item);
  g_assert_cmpstr (detail, ==, "Place · doubtful · 33.341, 44.401");

  suggest_here (f);
  sitrep_test_wait_until (has_suggestion_row, list, "the first suggestion's row");
  row = first_suggestion_row (list);
  text_label = g_object_get_data (G_OBJECT (row), "text");
  text = gtk_label_get_text (GTK_LABEL (text_label));
  tooltip = g_strdup_printf ("%s\n%s", text, gtk_label_get_text (GTK_LABEL (g_object_get_data (G_OBJECT (row), "detail"))));
  /* (Read when it shows, not set at each bind.) */
  g_assert_true (gtk_widget_get_has_tooltip (gtk_widget_get_parent (text_label)));
  whole = sitrep_span_row_dup_whole_text (row);
  g_assert_cmpstr (whole, ==, tooltip);
}

/* The panel's row of the suggestion whose words are @text, or NULL. */
static GtkWidget *
suggestion_row_with_text (GtkWidget  *widget,
                          const char *text)
{
  if (gtk_widget_has_css_class (widget, "suggestion-row"))
    {
      GtkWidget *label = g_object_get_data (G_OBJECT (widget), "text");

      return g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0 ? widget : NULL;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = suggestion_row_with_text (c, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_daraa_row (gpointer list)
{
  GtkWidget *row = suggestion_row_with_text (list, "Daraa");

  return row != NULL && gtk_widget_get_mapped (row);
}

/* A place's row says where it is as the entity chooser and the Entities
 * window do, its governorate and country ("Doura — Baghdad, Iraq" and
 * "Doura — Daraa, Syria" read apart; "33.51, 36.29" did not), after
 * "doubtful", which the row keeps; coordinates only where the gazetteer
 * gave neither. */
static void
test_place_row_where (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *list = suggestion_list_view (f);
  g_autoptr(SitrepSuggestionItem) item = doubtful_place_item ("Baghdad", "IQ");
  g_autofree char *detail = NULL;
  GListModel *model;
  GtkWidget *row;
  const char *shown;

  detail = sitrep_suggestion_item_dup_detail (item);
  g_assert_cmpstr (detail, ==, "Place · doubtful · Baghdad, Iraq");

  /* Suggest's own rows: Daraa as the gazetteer places it, in the panel. */
  suggest_here (f);
  sitrep_test_wait_until (has_daraa_row, list, "Daraa's row");
  row = suggestion_row_with_text (list, "Daraa");
  shown = gtk_label_get_text (GTK_LABEL (g_object_get_data (G_OBJECT (row), "detail")));
  g_test_message ("Daraa's row: %s", shown);
  g_assert_true (g_str_has_suffix (shown, " · Daraa, Syria"));
  g_assert_null (strstr (shown, "32."));

  /* The same where the model hands the rows over after a save, and where it reads them back. */
  model = sitrep_suggestion_review_get_model (f->review);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SitrepSuggestionItem) it = g_list_model_get_item (model, i);
      const SitrepStoredSuggestion *listed = sitrep_suggestion_item_get (it);
      g_autoptr(SitrepStoredSuggestion) read = NULL;
      g_autoptr(GError) error = NULL;

      if (listed->kind != SITREP_SUGGEST_PLACE)
        continue;
      read = sitrep_store_get_suggestion (f->store, listed->id, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (read->admin1, ==, listed->admin1);
      g_assert_cmpstr (read->country, ==, listed->country);
    }
}

static gboolean
widget_has_height (gpointer widget)
{
  return gtk_widget_get_height (widget) > 0;
}

/* A place's row at the panel's width: its detail ("Place → Dar‘ā ·
 * Daraa, Syria") wraps rather than losing where the place is; the row is
 * taller than one line of it, and the tooltip still has it whole. */
static void
test_place_row_wraps (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *list = suggestion_list_view (f);
  GtkWidget *row, *detail;
  PangoLayout *layout;
  g_autofree char *whole = NULL;
  int one_line, laid_out;

  suggest_here (f);
  sitrep_test_wait_until (has_daraa_row, list, "Daraa's row");
  row = suggestion_row_with_text (list, "Daraa");
  detail = g_object_get_data (G_OBJECT (row), "detail");
  sitrep_test_wait_until (widget_has_height, detail, "Daraa's row laid out");
  g_test_message ("Daraa's row: %s, %d px wide", gtk_label_get_text (GTK_LABEL (detail)),
                  gtk_widget_get_width (detail));
  gtk_widget_measure (detail, GTK_ORIENTATION_VERTICAL, G_MAXINT / 4, &one_line, NULL, NULL, NULL);
  layout = gtk_label_get_layout (GTK_LABEL (detail));
  /* Too long for one line here: what the test is about. */
  g_assert_cmpint (gtk_widget_get_height (detail), >, one_line);
  g_assert_false (pango_layout_is_ellipsized (layout));
  g_assert_cmpint (pango_layout_get_line_count (layout), >=, 2);
  /* In the height GTK gave it, not over the row under it. */
  pango_layout_get_pixel_size (layout, NULL, &laid_out);
  g_assert_cmpint (laid_out, <=, gtk_widget_get_height (detail));
  whole = sitrep_span_row_dup_whole_text (row);
  g_assert_true (g_str_has_suffix (whole, " · Daraa, Syria"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  /* Those in view are drawn before the rest comes (first-in-view): the
   * window waits 1 s for that frame, which a machine at load 20 may not
   * draw in time; the order, not the second, is what is tested. */
  _sitrep_suggest_gate_set_timeout (60 * G_USEC_PER_SEC);
  g_test_add ("/gui/suggest/review-by-keyboard", Fixture, NULL, fixture_set_up, test_review_by_keyboard,
              fixture_tear_down);
  g_test_add ("/gui/suggest/accept-all", Fixture, NULL, fixture_set_up, test_accept_all, fixture_tear_down);
  g_test_add ("/gui/suggest/click-accepts", Fixture, NULL, fixture_set_up, test_click_accepts, fixture_tear_down);
  g_test_add ("/gui/suggest/undo-back-under-review", Fixture, NULL, fixture_set_up, test_undo_back_under_review,
              fixture_tear_down);
  g_test_add ("/gui/suggest/row-detail", Fixture, NULL, fixture_set_up, test_row_detail, fixture_tear_down);
  g_test_add ("/gui/suggest/place-row-where", Fixture, NULL, fixture_set_up, test_place_row_where, fixture_tear_down);
  g_test_add ("/gui/suggest/place-row-wraps", Fixture, NULL, fixture_set_up, test_place_row_wraps, fixture_tear_down);
  g_test_add ("/gui/suggest/count-while-running", Fixture, NULL, fixture_set_up, test_count_while_running,
              fixture_tear_down);
  g_test_add ("/gui/suggest/suggest-all-and-cancel", Fixture, NULL, fixture_set_up, test_suggest_all_and_cancel,
              fixture_tear_down);
  g_test_add ("/gui/suggest/progress-in-main-thread", Fixture, NULL, fixture_set_up, test_progress_in_main_thread,
              fixture_tear_down);
  g_test_add ("/gui/suggest/cancel-inside-article", Fixture, NULL, fixture_set_up, test_cancel_inside_article,
              fixture_tear_down);
  g_test_add ("/gui/suggest/long-article-drawn", Fixture, NULL, fixture_set_up, test_long_article_drawn,
              fixture_tear_down);
  g_test_add ("/gui/suggest/suggest-button", Fixture, NULL, fixture_set_up, test_suggest_button, fixture_tear_down);
  g_test_add ("/gui/suggest/progress-at-once", Fixture, NULL, fixture_set_up, test_progress_at_once,
              fixture_tear_down);
  g_test_add ("/gui/suggest/quick-run-draws-nothing", Fixture, NULL, fixture_set_up, test_quick_run_draws_nothing,
              fixture_tear_down);
  g_test_add ("/gui/suggest/suggestions-fill-panel", Fixture, NULL, fixture_set_up, test_suggestions_fill_panel,
              fixture_tear_down);
  g_test_add ("/gui/suggest/model", Fixture, NULL, NULL, test_model, NULL);
  g_test_add ("/gui/suggest/many-suggestions", Fixture, NULL, fixture_set_up, test_many_suggestions,
              fixture_tear_down);

  g_test_add ("/gui/suggest/early-accept", Fixture, NULL, fixture_set_up, test_early_accept, fixture_tear_down);
  g_test_add ("/gui/suggest/early-cancel", Fixture, NULL, fixture_set_up, test_early_cancel, fixture_tear_down);
  g_test_add ("/gui/suggest/header-click", Fixture, NULL, fixture_set_up, test_header_click, fixture_tear_down);
  g_test_add ("/gui/suggest/header-keys", Fixture, NULL, fixture_set_up, test_header_keys, fixture_tear_down);
  g_test_add ("/gui/suggest/early-undo", Fixture, NULL, fixture_set_up, test_early_undo, fixture_tear_down);
  g_test_add ("/gui/suggest/early-redo", Fixture, NULL, fixture_set_up, test_early_redo, fixture_tear_down);
  g_test_add ("/gui/suggest/early-redo-after-save", Fixture, NULL, fixture_set_up, test_early_redo_after_save,
              fixture_tear_down);
  g_test_add ("/gui/suggest/again-at-once", Fixture, NULL, fixture_set_up, test_again_at_once, fixture_tear_down);
  g_test_add ("/gui/suggest/again-new-details", Fixture, NULL, fixture_set_up, test_again_new_details,
              fixture_tear_down);
  g_test_add ("/gui/suggest/first-in-view", Fixture, NULL, fixture_set_up, test_first_in_view, fixture_tear_down);
  g_test_add ("/gui/suggest/all-keeps-view", Fixture, NULL, fixture_set_up, test_all_keeps_view, fixture_tear_down);
  g_test_add ("/gui/suggest/early-undo-empty-history", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_early_undo, fixture_tear_down);
  g_test_add ("/gui/suggest/early-save-fails", Fixture, NULL, fixture_set_up, test_early_save_fails,
              fixture_tear_down);

  g_test_add_func ("/gui/suggest/warm-up-closed", test_warm_up_closed);
  g_test_add_func ("/gui/suggest/warm-up-closed/subprocess", test_warm_up_closed_subprocess);

  return g_test_run ();
}

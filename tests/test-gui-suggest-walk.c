/* test-gui-suggest-walk.c — the joints a walk of Suggest at laptop size tripped on, under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sitrep-reader.h"
#include "sitrep-store.h"
#include "sitrep-suggest-tasks-private.h"
#include "sitrep-suggestion-list-private.h"
#include "sitrep-suggestion-item.h"
#include "sitrep-suggestion-incidents.h"
#include "sitrep-suggestion-list.h"
#include "sitrep-suggestion-review.h"
#include "sitrep-test-util.h"
#include "sitrep-window.h"

#define N_ARTICLES 120

static const char *body_text =
  "At least 20 civilians were killed in an airstrike on Daraa on Saturday, according to the "
  "Syrian Observatory for Human Rights.\n";

/* Held before the second article of a run until the test lets it go (or
 * the run is cancelled). */
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

static gboolean
progress_shown (gpointer data)
{
  GtkLabel *label = data;

  return sitrep_test_has_size (GTK_WIDGET (label)) && strstr (gtk_label_get_text (label), " of ") != NULL;
}

static gboolean
stopped (gpointer data)
{
  return !sitrep_suggestion_review_get_running (data);
}

/* Suggest in All Articles at 1280×800: the panel is about 260 px wide, and
 * "Suggesting… 1 of 120 articles" beside Cancel was cut to "Suggesting…
 * 1 of …" — how many articles there are was lost. The whole text shows,
 * and the panel does not widen for it. */
static void
test_progress_whole (void)
{
  char *dir = NULL;
  char *path = NULL;
  SitrepStore *store = sitrep_test_create_project ("sitrep-suggest-walk-XXXXXX", &dir, &path);
  SitrepSuggestionReview *review;
  SitrepSuggestionList *list;
  SitrepWindow *window;
  GtkLabel *label;
  int list_width;
  gint64 first = 0;

  for (guint i = 0; i < N_ARTICLES; i++)
    {
      g_autofree char *title = g_strdup_printf ("Airstrike on Daraa %u", i);
      g_autofree char *body = g_strdup_printf ("%sBulletin %u.\n", body_text, i);
      gint64 id = sitrep_test_add_article (store, title, body);

      first = first == 0 ? id : first;
    }

  sitrep_test_set_window_size (1280, 800);
  window = sitrep_test_open_window (store);
  sitrep_test_show_article (window, first);
  list = SITREP_SUGGESTION_LIST (sitrep_test_template_child (window, "suggestion_list"));
  label = sitrep_suggestion_list_get_progress_label (list);
  review = sitrep_reader_get_suggestion_review (sitrep_window_get_reader (window));
  list_width = gtk_widget_get_width (GTK_WIDGET (list));

  g_atomic_int_set (&hold_released, 0);
  _sitrep_suggest_tasks_set_before_article (hold_second_article, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sitrep_window_get_reader (window)), "reader.suggest-all",
                                             NULL));
  sitrep_test_wait_until (progress_shown, label, "the progress of Suggest in All Articles");
  sitrep_test_wait_frames (GTK_WIDGET (window), 2);

  g_test_message ("panel %d px (was %d), progress “%s” in %d px", gtk_widget_get_width (GTK_WIDGET (list)),
                  list_width, gtk_label_get_text (label), gtk_widget_get_width (GTK_WIDGET (label)));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "120"));
  /* The laptop's panel, not a wide one that would fit anything. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (list)), <=, 320);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (list)), ==, list_width);

  g_atomic_int_set (&hold_released, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sitrep_window_get_reader (window)), "reader.cancel-suggest",
                                             NULL));
  sitrep_test_wait_until (stopped, review, "Suggest to stop");
  _sitrep_suggest_tasks_set_before_article (NULL, NULL);

  sitrep_test_close_window (window);
  sitrep_test_remove_project (&store, &dir, &path);
}

static gboolean
revealer_gone (gpointer data)
{
  return !gtk_revealer_get_child_revealed (data);
}

/* The panel's suggestions' place in the window. */
static double
list_top (SitrepSuggestionList *list)
{
  graphene_point_t p;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (sitrep_suggestion_list_get_list_view (list)),
                                           GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (list))),
                                           &GRAPHENE_POINT_INIT (0, 0), &p));
  return p.y;
}

/* Suggest in All Articles ends while the pointer is on its Cancel: the
 * progress line left and the incidents and suggestions moved up ≈ 60 px
 * under the pointer, and the click meant for Cancel rejected a proposed
 * incident. The line keeps its place (saying the run is over, no Cancel
 * to click) until the pointer leaves the panel. */
static void
test_progress_stays_under_pointer (void)
{
  char *dir = NULL;
  char *path = NULL;
  SitrepStore *store = sitrep_test_create_project ("sitrep-suggest-walk-XXXXXX", &dir, &path);
  SitrepSuggestionReview *review;
  SitrepSuggestionList *list;
  SitrepWindow *window;
  GtkWidget *revealer, *cancel;
  GtkLabel *label;
  gint64 first = 0;
  double top;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *title = g_strdup_printf ("Airstrike on Daraa %u", i);
      g_autofree char *body = g_strdup_printf ("%sBulletin %u.\n", body_text, i);
      gint64 id = sitrep_test_add_article (store, title, body);

      first = first == 0 ? id : first;
    }
  sitrep_test_set_window_size (1280, 800);
  window = sitrep_test_open_window (store);
  sitrep_test_show_article (window, first);
  if (!sitrep_test_can_press_keys (GTK_WIDGET (window)))
    {
      sitrep_test_close_window (window);
      sitrep_test_remove_project (&store, &dir, &path);
      return;
    }
  list = SITREP_SUGGESTION_LIST (sitrep_test_template_child (window, "suggestion_list"));
  label = sitrep_suggestion_list_get_progress_label (list);
  revealer = gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_REVEALER);
  cancel = sitrep_test_find_descendant (revealer, GTK_TYPE_BUTTON);
  review = sitrep_reader_get_suggestion_review (sitrep_window_get_reader (window));

  /* The article's suggestions, listed below the line. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sitrep_window_get_reader (window)), "reader.suggest", NULL));
  sitrep_test_wait_until (sitrep_test_review_all_listed, review, "the article's suggestions");
  sitrep_test_wait_until (sitrep_test_widget_mapped, sitrep_suggestion_list_get_list_view (list),
                          "the article's suggestions shown");
  g_atomic_int_set (&hold_released, 0);
  _sitrep_suggest_tasks_set_before_article (hold_second_article, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sitrep_window_get_reader (window)), "reader.suggest-all",
                                             NULL));
  sitrep_test_wait_until (progress_shown, label, "the progress of Suggest in All Articles");
  sitrep_test_wait_frames (GTK_WIDGET (window), 2);
  top = list_top (list);

  /* The run ends as the pointer comes onto Cancel: GTK hands the motion
   * over at its next frame, after the run's end (the walk's case: frames
   * came late while Suggest ran, and the line left under the pointer). */
  sitrep_test_mouse_at (cancel, gtk_widget_get_width (cancel) / 2.0, gtk_widget_get_height (cancel) / 2.0, NULL);
  g_atomic_int_set (&hold_released, 1);
  sitrep_test_wait_until (stopped, review, "Suggest to end");
  _sitrep_suggest_tasks_set_before_article (NULL, NULL);
  sitrep_test_wait_frames (GTK_WIDGET (window), 3);
  g_test_message ("suggestions at %.0f px, then %.0f px; line “%s”", top, list_top (list), gtk_label_get_text (label));
  g_assert_cmpfloat (list_top (list), ==, top);
  g_assert_true (gtk_revealer_get_child_revealed (GTK_REVEALER (revealer)));
  g_assert_false (gtk_widget_get_mapped (cancel));
  g_assert_null (strstr (gtk_label_get_text (label), " of "));

  /* The pointer leaves the panel: so does the line. */
  sitrep_test_mouse_at (GTK_WIDGET (sitrep_reader_get_text_view (sitrep_window_get_reader (window))), 20, 20, NULL);
  sitrep_test_wait_until (revealer_gone, revealer, "the progress line to leave");
  sitrep_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpfloat (list_top (list), <, top);

  sitrep_test_close_window (window);
  sitrep_test_remove_project (&store, &dir, &path);
}

/* A new coder's first decision: the window asks who is annotating. */

typedef struct
{
  char         *dir;
  char         *path;
  SitrepStore  *store;
  SitrepWindow *window;
  SitrepReader *reader;
  gint64        article;
} Coder;

static void
coder_open (Coder *c)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  c->store = sitrep_test_create_project ("sitrep-suggest-coder-XXXXXX", &c->dir, &c->path);
  c->article = sitrep_test_add_article (c->store, "Airstrike on Daraa", body_text);
  sitrep_test_set_window_size (1280, 800);
  /* Nobody has said who is annotating. */
  g_settings_set_string (settings, "annotator-name", "");
  c->window = sitrep_test_open_window (c->store);
  sitrep_test_show_article (c->window, c->article);
  c->reader = sitrep_window_get_reader (c->window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (c->reader), "reader.suggest", NULL));
  sitrep_test_wait_until (sitrep_test_review_all_listed, sitrep_reader_get_suggestion_review (c->reader), "the article's suggestions");
}

static void
coder_close (Coder *c)
{
  sitrep_test_destroy_toplevels (ADW_TYPE_MESSAGE_DIALOG);
  sitrep_test_close_window (c->window);
  sitrep_test_remove_project (&c->store, &c->dir, &c->path);
  sitrep_test_reset_coder ();
}

static gboolean
annotator_asked (gpointer data)
{
  return sitrep_test_find_window (data, ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* Answers "Who Is Annotating?" with @name, or Not Now when NULL. */
static void
answer (Coder      *c,
        const char *name)
{
  AdwMessageDialog *dialog;

  sitrep_test_wait_until (annotator_asked, c->window, "Who Is Annotating?");
  dialog = ADW_MESSAGE_DIALOG (sitrep_test_find_window (GTK_WINDOW (c->window), ADW_TYPE_MESSAGE_DIALOG));
  if (name != NULL)
    gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), name);
  adw_message_dialog_response (dialog, name != NULL ? "save" : "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static guint
n_pending (Coder *c)
{
  return g_list_model_get_n_items (sitrep_suggestion_review_get_model (sitrep_reader_get_suggestion_review (c->reader)));
}

static gboolean
none_pending (gpointer data)
{
  return n_pending (data) == 0;
}

/* How many of the article's annotations have the label @kind ("place"). */
static guint
n_annotated (Coder      *c,
             const char *kind)
{
  g_autoptr(GPtrArray) list = sitrep_store_list_annotations (c->store, c->article, 0, NULL);
  gint64 label = sitrep_test_label_id (c->store, kind);
  guint n = 0;

  for (guint i = 0; list != NULL && i < list->len; i++)
    n += sitrep_annotation_get_label_id (list->pdata[i]) == label;
  return n;
}

static gboolean
places_annotated (gpointer data)
{
  return n_annotated (data, "Place") > 0;
}

/* Accept All in This Article (the Suggest button's menu) as the first
 * decision: after the name is given, every suggestion is accepted — it was
 * dropped, and the user had to find the menu again. */
static void
test_accept_all_waits_for_annotator (void)
{
  Coder c = { 0 };

  coder_open (&c);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (c.reader), "reader.accept-all-suggestions", NULL));
  answer (&c, "Nour");
  sitrep_test_wait_until (none_pending, &c, "every suggestion accepted");
  g_assert_cmpuint (n_annotated (&c, "Place"), >, 0);
  g_assert_cmpuint (n_annotated (&c, "Killed"), >, 0);
  coder_close (&c);
}

/* The panel's Accept All of one label, and its ✓, as the first decision:
 * done once the name is given; Not Now drops them, and a later answer
 * does not bring them back. */
static void
test_panel_accept_waits_for_annotator (void)
{
  Coder c = { 0 };
  GtkWidget *list;
  guint before;

  coder_open (&c);
  list = sitrep_test_template_child (c.window, "suggestion_list");
  before = n_pending (&c);

  g_assert_true (gtk_widget_activate_action (list, "suggestions.accept-kind", "s", "place"));
  answer (&c, NULL);
  g_assert_cmpuint (n_annotated (&c, "Place"), ==, 0);
  g_assert_cmpuint (n_pending (&c), ==, before);

  g_assert_true (gtk_widget_activate_action (list, "suggestions.accept-kind", "s", "place"));
  answer (&c, "Nour");
  sitrep_test_wait_until (places_annotated, &c, "the places accepted");
  g_assert_cmpuint (n_annotated (&c, "Killed"), ==, 0);
  coder_close (&c);
}

static gboolean
focus_in_view (gpointer data)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (data));

  return focus != NULL && gtk_widget_is_ancestor (focus, data);
}

/* Enter on a suggestion row as the first decision: once the name is given,
 * the keys are back in the suggestion list. Under a window manager the row
 * that had them left with the accept, and the window, active again, gave
 * them to its first widget (Import: the next Enter opened the import
 * dialog); here that move is made by hand, as the window manager's
 * activation made it, before the window's idle runs. */
static void
test_focus_after_annotator (void)
{
  Coder c = { 0 };
  GtkWidget *list, *view;
  g_autoptr(SitrepSuggestionItem) first = NULL;
  guint before;

  coder_open (&c);
  list = sitrep_test_template_child (c.window, "suggestion_list");
  view = GTK_WIDGET (sitrep_suggestion_list_get_list_view (SITREP_SUGGESTION_LIST (list)));
  before = n_pending (&c);
  first = g_list_model_get_item (sitrep_suggestion_review_get_model (sitrep_reader_get_suggestion_review (c.reader)), 0);
  sitrep_test_wait_until (sitrep_test_widget_mapped, view, "the suggestion list shown");
  g_assert_true (gtk_widget_grab_focus (view));
  g_assert_true (gtk_widget_activate_action (list, "suggestions.accept", "x", sitrep_suggestion_item_get_id (first)));
  answer (&c, "Nour");
  g_assert_true (gtk_widget_grab_focus (sitrep_test_template_child (c.window, "status_dropdown")));
  sitrep_test_wait_until (focus_in_view, view, "the keys back in the suggestion list");
  g_assert_cmpuint (n_pending (&c), ==, before - 1);
  coder_close (&c);
}

/* A click in the text, and Suggest drawn before the click's idle ran. */
typedef struct
{
  SitrepReader *reader;
  SitrepStore  *store;
  gint64        article;
  guint         start;   /* the clicked word's */
  guint         end;
  gboolean      shown;
} LateRun;

/* Ahead of the reader's idle (a higher priority): once the press has put
 * the cursor in the clicked word, Suggest's suggestions are shown, as a
 * run that ends just then does. */
static gboolean
show_after_press (gpointer data)
{
  LateRun *r = data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (sitrep_reader_get_text_view (r->reader));
  g_autoptr(GPtrArray) list = NULL;
  GtkTextIter iter;
  guint at;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  at = (guint) gtk_text_iter_get_offset (&iter);
  if (at <= r->start || at >= r->end)
    return G_SOURCE_CONTINUE;
  list = sitrep_test_suggest_stored (r->store, r->article);
  g_assert_cmpuint (list->len, >, 0);
  sitrep_suggestion_review_reload (sitrep_reader_get_suggestion_review (r->reader));
  r->shown = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
late_run_shown (gpointer data)
{
  return ((LateRun *) data)->shown;
}

/* A click in the text, then Shift+Ctrl+S at once: on a busy machine the
 * suggestions were drawn before the click's idle ran, and the idle
 * accepted the one under the cursor ("Who Is Annotating?" came up on the
 * walk, and "Russian-backed groups of local fighters" was an annotation
 * the coder never clicked). A click accepts only what was drawn under it. */
static void
test_click_before_suggest (void)
{
  Coder c = { 0 };
  LateRun r = { 0 };
  SitrepSuggestionReview *review;
  GtkWidget *view;
  GdkRectangle area;
  double x, y;

  c.store = sitrep_test_create_project ("sitrep-suggest-click-XXXXXX", &c.dir, &c.path);
  c.article = sitrep_test_add_article (c.store, "Airstrike on Daraa", body_text);
  c.window = sitrep_test_open_article_window (c.store, c.article);
  c.reader = sitrep_window_get_reader (c.window);
  view = GTK_WIDGET (sitrep_reader_get_text_view (c.reader));
  review = sitrep_reader_get_suggestion_review (c.reader);
  if (!sitrep_test_can_press_keys (view))
    {
      coder_close (&c);
      return;
    }
  sitrep_test_wait_until (sitrep_test_text_laid_out, c.window, "the text laid out");
  sitrep_test_focus_window (GTK_WINDOW (c.window));
  g_assert_cmpuint (n_pending (&c), ==, 0);

  r.reader = c.reader;
  r.store = c.store;
  r.article = c.article;
  r.start = sitrep_test_offset_of (body_text, "Daraa");
  r.end = r.start + 5;
  sitrep_test_char_area (GTK_TEXT_VIEW (view), r.start + 2, &area);
  x = area.x + area.width / 2.0;
  y = area.y + area.height / 2.0;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE - 10, show_after_press, &r, NULL);
  sitrep_test_mouse_at (view, x, y, "click 1");
  sitrep_test_wait_until (late_run_shown, &r, "the suggestions shown after the press");
  g_assert_cmpint (sitrep_suggestion_review_at (review, r.start + 2), !=, 0);
  sitrep_test_wait_frames (view, 2);
  sitrep_test_spin (200);

  g_assert_cmpuint (n_annotated (&c, "Place"), ==, 0);
  g_assert_cmpint (sitrep_suggestion_review_at (review, r.start + 2), !=, 0);
  g_assert_null (sitrep_test_find_window (GTK_WINDOW (c.window), ADW_TYPE_MESSAGE_DIALOG));

  /* A click on it now that it is drawn accepts it. */
  sitrep_test_click_at (view, x, y);
  sitrep_test_wait_until (places_annotated, &c, "the clicked place accepted");
  g_assert_cmpint (sitrep_suggestion_review_at (review, r.start + 2), ==, 0);
  coder_close (&c);
}

/* The first list view in @widget that is shown: the article list (the
 * Events view's lists are on a page not shown). */
static GtkWidget *
shown_list_view (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget) && gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = shown_list_view (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
list_shown (gpointer data)
{
  return shown_list_view (data) != NULL;
}

static gboolean
some_pending (gpointer data)
{
  return n_pending (data) > 0;
}

/* Suggest has finished with rows to review (and said so in its toast): the
 * rows come while it still reads, its toast only at the end. */
static gboolean
suggest_done (gpointer data)
{
  Coder *c = data;

  return some_pending (c) && !sitrep_suggestion_review_get_running (sitrep_reader_get_suggestion_review (c->reader));
}

/* Shift+Ctrl+S with the keys in the article list (the article just picked
 * there): Suggest on the article in the reader, as with the keys in its
 * text. The key was the reader's alone and did nothing from the list. */
static void
test_suggest_key_from_list (void)
{
  Coder c = { 0 };
  GtkWidget *list, *view, *focus;

  c.store = sitrep_test_create_project ("sitrep-suggest-list-key-XXXXXX", &c.dir, &c.path);
  c.article = sitrep_test_add_article (c.store, "Airstrike on Daraa", body_text);
  c.window = sitrep_test_open_article_window (c.store, c.article);
  c.reader = sitrep_window_get_reader (c.window);
  view = GTK_WIDGET (sitrep_reader_get_text_view (c.reader));
  if (!sitrep_test_can_press_keys (view))
    {
      coder_close (&c);
      return;
    }
  sitrep_test_wait_until (sitrep_test_text_laid_out, c.window, "the text laid out");
  sitrep_test_focus_window (GTK_WINDOW (c.window));
  /* At a narrow window the list is in the folded sidebar: shown first. */
  if (shown_list_view (GTK_WIDGET (c.window)) == NULL)
    gtk_widget_activate_action (GTK_WIDGET (c.window), "win.toggle-sidebar", NULL);
  sitrep_test_wait_until (list_shown, c.window, "the article list shown");
  list = shown_list_view (GTK_WIDGET (c.window));
  g_assert_false (gtk_widget_is_ancestor (list, GTK_WIDGET (c.reader)));
  g_assert_true (gtk_widget_grab_focus (list));
  sitrep_test_wait_frames (GTK_WIDGET (c.window), 2);
  focus = gtk_root_get_focus (GTK_ROOT (c.window));
  g_assert_nonnull (focus);
  g_assert_false (focus == view || gtk_widget_is_ancestor (focus, GTK_WIDGET (c.reader)));
  g_assert_cmpuint (n_pending (&c), ==, 0);

  sitrep_test_press_keys_handled (GTK_WINDOW (c.window), "shift+ctrl+s");
  sitrep_test_wait_until (some_pending, &c, "the article's suggestions after Shift+Ctrl+S in the list");
  /* and the keys go to the text, to review them */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (c.window)) == view);
  coder_close (&c);
}

#define BUS_BOMBING \
  "At least 18 soldiers were killed and more than 20 others wounded in a bus bombing in Damascus " \
  "on 13 October 2022, the Syrian Observatory for Human Rights said.\n"

typedef struct
{
  GtkListBox *rows;
} IncidentRows;

/* The first incident row's words, laid out. */
static GtkLabel *
incident_title (GtkListBox *rows)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (rows, 0);
  GtkWidget *box, *texts;

  if (row == NULL || !sitrep_test_has_size (GTK_WIDGET (row)))
    return NULL;
  box = gtk_list_box_row_get_child (row);
  texts = box != NULL ? gtk_widget_get_first_child (box) : NULL;
  return texts != NULL && GTK_IS_LABEL (gtk_widget_get_first_child (texts))
         ? GTK_LABEL (gtk_widget_get_first_child (texts)) : NULL;
}

static gboolean
incident_row_shown (gpointer data)
{
  return incident_title (data) != NULL;
}

/* An incident's words in the 260 px panel of a 1280×800 window: its
 * figures, place and date all read, on up to three lines, the panel no wider (the
 * walk's row read "at least 20 killed, at l…" on one line, its place and
 * date only in the tooltip). */
static void
test_incident_row_whole (void)
{
  Coder c = { 0 };
  SitrepSuggestionList *list;
  GtkListBox *rows;
  GtkLabel *title, *detail;
  int panel_width, detail_height;

  c.store = sitrep_test_create_project ("sitrep-suggest-incident-row-XXXXXX", &c.dir, &c.path);
  c.article = sitrep_test_add_article (c.store, "Bus bombing in Damascus", BUS_BOMBING);
  sitrep_test_set_window_size (1280, 800);
  c.window = sitrep_test_open_article_window (c.store, c.article);
  c.reader = sitrep_window_get_reader (c.window);
  list = SITREP_SUGGESTION_LIST (sitrep_test_template_child (c.window, "suggestion_list"));
  rows = sitrep_suggestion_incidents_get_list (sitrep_suggestion_list_get_incidents (list));
  panel_width = gtk_widget_get_width (GTK_WIDGET (list));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (c.reader), "reader.suggest", NULL));
  sitrep_test_wait_until (incident_row_shown, rows, "the incident's row");
  sitrep_test_wait_frames (GTK_WIDGET (c.window), 2);
  title = incident_title (rows);
  g_test_message ("“%s” in %d px, panel %d px (was %d)", gtk_label_get_text (title),
                  gtk_widget_get_width (GTK_WIDGET (title)), gtk_widget_get_width (GTK_WIDGET (list)), panel_width);
  g_assert_nonnull (strstr (gtk_label_get_text (title), "Damascus"));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (title)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (list)), <=, 320);
  /* Under it, what the incident becomes ("New event · Explosions/Remote
   * violence") is laid out in the height it has: a label with "lines" and
   * no "wrap" was wrapped by Pango over the line GTK gave it, on the title. */
  detail = GTK_LABEL (gtk_widget_get_last_child (gtk_widget_get_parent (GTK_WIDGET (title))));
  pango_layout_get_pixel_size (gtk_label_get_layout (detail), NULL, &detail_height);
  g_test_message ("“%s”: %d px laid out in %d px", gtk_label_get_text (detail), detail_height,
                  gtk_widget_get_height (GTK_WIDGET (detail)));
  g_assert_cmpint (detail_height, <=, gtk_widget_get_height (GTK_WIDGET (detail)));
  coder_close (&c);
}

static GtkWidget *
find_suggest_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)),
                                           "win.suggest-in-reader") == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_suggest_button (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
suggest_button_mapped (gpointer data)
{
  GtkWidget *button = find_suggest_button (data);

  return button != NULL && gtk_widget_get_mapped (button) && gtk_widget_is_sensitive (button);
}

/* The panel of an article not yet coded has a Suggest button where it
 * says Sitrep suggests (the walk found only the reader's icon, "ab"); it
 * puts the keys in the text, where the suggestions are reviewed. */
static void
test_suggest_button_in_panel (void)
{
  Coder c = { 0 };
  GtkWidget *panel;

  c.store = sitrep_test_create_project ("sitrep-suggest-panel-button-XXXXXX", &c.dir, &c.path);
  c.article = sitrep_test_add_article (c.store, "Airstrike on Daraa", body_text);
  sitrep_test_set_window_size (1280, 800);
  c.window = sitrep_test_open_article_window (c.store, c.article);
  c.reader = sitrep_window_get_reader (c.window);
  panel = sitrep_test_template_child (c.window, "annotation_panel");
  sitrep_test_wait_until (suggest_button_mapped, panel, "the panel's Suggest button");
  g_assert_cmpuint (n_pending (&c), ==, 0);
  gtk_widget_grab_focus (find_suggest_button (panel));
  g_signal_emit_by_name (find_suggest_button (panel), "clicked");
  sitrep_test_wait_until (some_pending, &c, "the article's suggestions after the panel's Suggest");
  /* The keys are in the text, where Tab, Enter and Delete review the
   * suggestions: left on the button, which goes, Enter did nothing. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (c.window)) == GTK_WIDGET (sitrep_reader_get_text_view (c.reader)));
  coder_close (&c);
}

static gboolean
suggest_button_insensitive (gpointer data)
{
  GtkWidget *button = find_suggest_button (data);

  return button != NULL && gtk_widget_get_mapped (button) && !gtk_widget_is_sensitive (button);
}

/* In a new project, before anything is imported, the panel's Suggest
 * button is greyed out: it was blue and did nothing when clicked (the
 * walk of session 38). The project's first article makes it active. */
static void
test_suggest_button_without_article (void)
{
  Coder c = { 0 };
  GtkWidget *panel;

  c.store = sitrep_test_create_project ("sitrep-suggest-panel-empty-XXXXXX", &c.dir, &c.path);
  sitrep_test_set_window_size (1280, 800);
  c.window = sitrep_test_open_window (c.store);
  c.reader = sitrep_window_get_reader (c.window);
  panel = sitrep_test_template_child (c.window, "annotation_panel");
  sitrep_test_wait_until (suggest_button_insensitive, panel, "the panel's Suggest button, greyed out");
  c.article = sitrep_test_add_article (c.store, "Airstrike on Daraa", body_text);
  sitrep_test_show_article (c.window, c.article);
  sitrep_test_wait_until (suggest_button_mapped, panel, "the panel's Suggest button, active");
  coder_close (&c);
}

/* The toast's widget under the window's toast overlay, once laid out. */
static GtkWidget *
shown_toast (SitrepWindow *window)
{
  GtkWidget *overlay = sitrep_test_template_child (window, "toast_overlay");

  for (GtkWidget *c = gtk_widget_get_first_child (overlay); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (g_str_equal (gtk_widget_get_css_name (c), "toast") && sitrep_test_has_size (c))
      return c;
  return NULL;
}

static gboolean
toast_shown (gpointer data)
{
  return shown_toast (data) != NULL;
}

static gboolean
toast_gone (gpointer data)
{
  GtkWidget *overlay = sitrep_test_template_child (data, "toast_overlay");

  for (GtkWidget *c = gtk_widget_get_first_child (overlay); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (g_str_equal (gtk_widget_get_css_name (c), "toast"))
      return FALSE;
  return TRUE;
}

/* Dismisses the toasts shown or waiting, and waits until they are gone. */
static void
dismiss_toasts (SitrepWindow *window)
{
  for (GtkWidget *t; (t = shown_toast (window)) != NULL || !toast_gone (window);)
    {
      if (t != NULL)
        gtk_widget_activate_action (t, "toast.dismiss", NULL);
      sitrep_test_wait_frames (GTK_WIDGET (window), 1);
    }
  sitrep_test_wait_frames (GTK_WIDGET (window), 3);
}

/* The suggestions' scrolled list, in the window. */
static graphene_rect_t
list_bounds (SitrepSuggestionList *list)
{
  GtkWidget *scroller = gtk_widget_get_parent (GTK_WIDGET (sitrep_suggestion_list_get_list_view (list)));
  graphene_rect_t bounds;

  while (!GTK_IS_SCROLLED_WINDOW (scroller))
    scroller = gtk_widget_get_parent (scroller);
  g_assert_true (gtk_widget_compute_bounds (scroller, GTK_WIDGET (gtk_widget_get_root (scroller)), &bounds));
  return bounds;
}

/* A toast at 1280×800 ("3014 new suggestions in 301 articles.") came up
 * over the panel's last rows, their ✓ and ✕ out of reach while it showed:
 * the suggestions' list ends above the toast while one is up (the rows
 * under it scroll into sight), and has its room back once it is gone. */
static void
test_toast_clears_panel (void)
{
  Coder c = { 0 };
  SitrepSuggestionList *list;
  GString *body = g_string_new (NULL);
  graphene_rect_t rows, toast, before, panel;
  GtkWidget *panel_widget;

  for (guint i = 0; i < 6; i++)
    g_string_append (body, BUS_BOMBING);
  c.store = sitrep_test_create_project ("sitrep-suggest-toast-XXXXXX", &c.dir, &c.path);
  c.article = sitrep_test_add_article (c.store, "Bus bombing in Damascus", body->str);
  g_string_free (body, TRUE);
  sitrep_test_set_window_size (1280, 800);
  c.window = sitrep_test_open_article_window (c.store, c.article);
  c.reader = sitrep_window_get_reader (c.window);
  list = SITREP_SUGGESTION_LIST (sitrep_test_template_child (c.window, "suggestion_list"));
  /* The panel's content (its background reaches the window's bottom). */
  panel_widget = gtk_widget_get_first_child (sitrep_test_template_child (c.window, "annotation_panel"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (c.reader), "reader.suggest", NULL));
  /* Under the sanitizers the rows came before Suggest's toast, which then
   * came up after the toasts were dismissed (CI, stop 43). */
  sitrep_test_wait_until (suggest_done, &c, "the article's suggestions, and Suggest's toast");
  /* Suggest's own toast gone, the panel reaches the window's bottom. */
  dismiss_toasts (c.window);
  g_assert_true (gtk_widget_compute_bounds (panel_widget, GTK_WIDGET (c.window), &before));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (c.window), "win.show-message", "(sb)",
                                             "3,014 new suggestions in 301 articles.", FALSE));
  sitrep_test_wait_until (toast_shown, c.window, "the toast");
  sitrep_test_wait_frames (GTK_WIDGET (c.window), 3);
  g_assert_true (gtk_widget_compute_bounds (shown_toast (c.window), GTK_WIDGET (c.window), &toast));
  rows = list_bounds (list);
  g_assert_true (gtk_widget_compute_bounds (panel_widget, GTK_WIDGET (c.window), &panel));
  g_test_message ("list %g–%g, panel to %g (was to %g), toast from %g, over x %g–%g, the panel's x %g–%g",
                  rows.origin.y, rows.origin.y + rows.size.height, panel.origin.y + panel.size.height,
                  before.origin.y + before.size.height, toast.origin.y, toast.origin.x,
                  toast.origin.x + toast.size.width, panel.origin.x, panel.origin.x + panel.size.width);
  /* The toast is over the panel's column at this size, and was over its
   * bottom (the panel reached further down than the toast's top). */
  g_assert_cmpfloat (toast.origin.x, <, panel.origin.x + panel.size.width);
  g_assert_cmpfloat (toast.origin.x + toast.size.width, >, panel.origin.x);
  g_assert_cmpfloat (before.origin.y + before.size.height, >, toast.origin.y);
  /* now the panel, its list and their last row stop above it */
  g_assert_cmpfloat (panel.origin.y + panel.size.height, <=, toast.origin.y);
  g_assert_cmpfloat (rows.origin.y + rows.size.height, <=, toast.origin.y);

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (sitrep_test_template_child (c.window, "toast_overlay")),
                               adw_toast_new ("second"));
  /* Dismissed, the toasts go and the panel has its room back. */
  dismiss_toasts (c.window);
  g_assert_true (gtk_widget_compute_bounds (panel_widget, GTK_WIDGET (c.window), &panel));
  g_assert_cmpfloat (panel.origin.y + panel.size.height, ==, before.origin.y + before.size.height);
  coder_close (&c);
}

/* The "No Annotations" placeholder's Suggest button stays where it is
 * while a toast comes and goes ("Imported 1 article"): it moved 40 px
 * when the toast went, and the walk's click on it fell on nothing. The
 * rows still end above a toast once there are suggestions. */
static void
test_toast_keeps_suggest_button (void)
{
  Coder c = { 0 };
  graphene_rect_t before, during, after, toast, rows;
  SitrepSuggestionList *list;
  GtkWidget *panel, *button;

  c.store = sitrep_test_create_project ("sitrep-suggest-toast-button-XXXXXX", &c.dir, &c.path);
  c.article = sitrep_test_add_article (c.store, "Airstrike on Daraa", body_text);
  sitrep_test_set_window_size (1280, 800);
  c.window = sitrep_test_open_article_window (c.store, c.article);
  c.reader = sitrep_window_get_reader (c.window);
  panel = sitrep_test_template_child (c.window, "annotation_panel");
  list = SITREP_SUGGESTION_LIST (sitrep_test_template_child (c.window, "suggestion_list"));
  sitrep_test_wait_until (suggest_button_mapped, panel, "the panel's Suggest button");
  dismiss_toasts (c.window);
  button = find_suggest_button (panel);
  g_assert_true (gtk_widget_compute_bounds (button, GTK_WIDGET (c.window), &before));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (c.window), "win.show-message", "(sb)",
                                             "Imported 1 article", FALSE));
  sitrep_test_wait_until (toast_shown, c.window, "the toast");
  sitrep_test_wait_frames (GTK_WIDGET (c.window), 3);
  g_assert_true (gtk_widget_compute_bounds (button, GTK_WIDGET (c.window), &during));
  g_assert_cmpfloat (during.origin.y, ==, before.origin.y);
  dismiss_toasts (c.window);
  g_assert_true (gtk_widget_compute_bounds (button, GTK_WIDGET (c.window), &after));
  g_assert_cmpfloat (after.origin.y, ==, before.origin.y);

  /* With suggestions listed, a toast still leaves their rows above it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (c.reader), "reader.suggest", NULL));
  sitrep_test_wait_until (suggest_done, &c, "the article's suggestions, and Suggest's toast");
  dismiss_toasts (c.window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (c.window), "win.show-message", "(sb)",
                                             "Imported 1 article", FALSE));
  sitrep_test_wait_until (toast_shown, c.window, "the toast over the suggestions");
  sitrep_test_wait_frames (GTK_WIDGET (c.window), 3);
  g_assert_true (gtk_widget_compute_bounds (shown_toast (c.window), GTK_WIDGET (c.window), &toast));
  rows = list_bounds (list);
  g_assert_cmpfloat (rows.origin.y + rows.size.height, <=, toast.origin.y);
  coder_close (&c);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/gui/suggest-walk/progress-whole", test_progress_whole);
  g_test_add_func ("/gui/suggest-walk/progress-stays-under-pointer", test_progress_stays_under_pointer);
  g_test_add_func ("/gui/suggest-walk/accept-all-waits-for-annotator", test_accept_all_waits_for_annotator);
  g_test_add_func ("/gui/suggest-walk/panel-accept-waits-for-annotator", test_panel_accept_waits_for_annotator);
  g_test_add_func ("/gui/suggest-walk/focus-after-annotator", test_focus_after_annotator);
  g_test_add_func ("/gui/suggest-walk/click-before-suggest", test_click_before_suggest);
  g_test_add_func ("/gui/suggest-walk/suggest-key-from-list", test_suggest_key_from_list);
  g_test_add_func ("/gui/suggest-walk/incident-row-whole", test_incident_row_whole);
  g_test_add_func ("/gui/suggest-walk/suggest-button-in-panel", test_suggest_button_in_panel);
  g_test_add_func ("/gui/suggest-walk/suggest-button-without-article", test_suggest_button_without_article);
  g_test_add_func ("/gui/suggest-walk/toast-clears-panel", test_toast_clears_panel);
  g_test_add_func ("/gui/suggest-walk/toast-keeps-suggest-button", test_toast_keeps_suggest_button);
  return g_test_run ();
}

/* test-gui-suggest-burst.c — Enter pressed in a burst on a busy window accepts the suggestions in order, under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>

#include "sitrep-reader.h"
#include "sitrep-store.h"
#include "sitrep-suggestion-item.h"
#include "sitrep-suggestion-list-private.h"
#include "sitrep-suggestion-list.h"
#include "sitrep-suggestion-model.h"
#include "sitrep-suggestion-review.h"
#include "sitrep-test-util.h"
#include "sitrep-window.h"

static const char *body_text =
  "At least 20 civilians were killed in an airstrike on Daraa on Saturday, according to the "
  "Syrian Observatory for Human Rights.\n\n"
  "The Islamic State claimed an attack near Homs that left 7 soldiers dead and wounded 12 others.\n";

#define N_KEYS 3

typedef struct
{
  char                   *dir;
  char                   *path;
  SitrepStore            *store;
  SitrepWindow           *window;
  SitrepReader           *reader;
  SitrepSuggestionReview *review;
  gint64                  article;
  guint                   n;          /* pending before the keys */
  gint64                  ids[N_KEYS + 1];
  guint                   starts[N_KEYS + 1];
  guint                   ends[N_KEYS + 1];
} Burst;

static guint
n_pending (Burst *b)
{
  return g_list_model_get_n_items (sitrep_suggestion_review_get_model (b->review));
}

static gboolean
burst_open (Burst *b)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  SitrepSuggestionModel *model;

  b->store = sitrep_test_create_project ("sitrep-suggest-burst-XXXXXX", &b->dir, &b->path);
  b->article = sitrep_test_add_article (b->store, "Airstrike on Daraa", body_text);
  sitrep_test_set_window_size (1280, 800);
  g_settings_set_string (settings, "annotator-name", "Tester");
  b->window = sitrep_test_open_window (b->store);
  if (!sitrep_test_can_press_keys (GTK_WIDGET (b->window)))
    return FALSE;
  sitrep_test_show_article (b->window, b->article);
  b->reader = sitrep_window_get_reader (b->window);
  b->review = sitrep_reader_get_suggestion_review (b->reader);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (b->reader), "reader.suggest", NULL));
  sitrep_test_wait_until (sitrep_test_review_all_listed, b->review, "the article's suggestions");

  /* The first ones in reading order, each over a span of its own (an
   * accept also takes out others of its span and label). */
  model = SITREP_SUGGESTION_MODEL (sitrep_suggestion_review_get_model (b->review));
  b->n = n_pending (b);
  g_assert_cmpuint (b->n, >, N_KEYS + 1);
  for (guint i = 0; i <= N_KEYS; i++)
    {
      const SitrepStoredSuggestion *s = sitrep_suggestion_model_peek (model, i);

      b->ids[i] = s->id;
      b->starts[i] = s->start;
      b->ends[i] = s->end;
      if (i > 0)
        g_assert_cmpuint (b->starts[i], >=, b->ends[i - 1]);
    }
  sitrep_suggestion_review_set_current (b->review, b->ids[0]);
  sitrep_test_focus_window (GTK_WINDOW (b->window));
  return TRUE;
}

static void
burst_close (Burst *b)
{
  sitrep_test_close_window (b->window);
  sitrep_test_remove_project (&b->store, &b->dir, &b->path);
}

/* A loaded machine's main loop: always something ahead of the idles (a
 * frame's work, another window's), the events still taken first. */
static gboolean
hold_busy (gpointer data)
{
  g_usleep (2000);
  return G_SOURCE_CONTINUE;
}

static gboolean
keys_done (gpointer data)
{
  Burst *b = data;

  return n_pending (b) <= b->n - N_KEYS;
}

/* Presses Enter N_KEYS times at once on a busy main loop (no idle runs
 * meanwhile); each accepts the next suggestion in reading order, and the
 * next one is under review and selected in the panel without an idle. */
static void
press_burst (Burst *b)
{
  GtkSingleSelection *selection;
  SitrepSuggestionItem *selected;
  guint busy;

  /* The keys queue in the X server, all there by the next iteration. */
  busy = g_idle_add_full (G_PRIORITY_DEFAULT + 1, hold_busy, NULL, NULL);
  for (guint i = 0; i < N_KEYS; i++)
    sitrep_test_press_keys ("Return");
  for (gint64 t0 = g_get_monotonic_time (); g_get_monotonic_time () - t0 < 3 * G_USEC_PER_SEC && !keys_done (b);)
    g_main_context_iteration (NULL, FALSE);
  sitrep_test_wait_until (keys_done, b, "the keys handled");

  /* Still busy: nothing at idle has run. */
  for (guint i = 0; i < N_KEYS; i++)
    {
      g_test_message ("key %u: [%u, %u)", i, b->starts[i], b->ends[i]);
      g_assert_cmpint (sitrep_test_annotation_over (b->store, b->article, b->starts[i], b->ends[i]), >, 0);
    }
  g_assert_cmpint (sitrep_test_annotation_over (b->store, b->article, b->starts[N_KEYS], b->ends[N_KEYS]), ==, 0);
  g_assert_cmpuint (n_pending (b), ==, b->n - N_KEYS);
  g_assert_cmpint (sitrep_suggestion_review_get_current (b->review), ==, b->ids[N_KEYS]);
  selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (sitrep_suggestion_list_get_list_view (
    SITREP_SUGGESTION_LIST (sitrep_test_template_child (b->window, "suggestion_list")))));
  selected = gtk_single_selection_get_selected_item (selection);
  g_assert_nonnull (selected);
  g_assert_cmpint (sitrep_suggestion_item_get_id (selected), ==, b->ids[N_KEYS]);
  g_source_remove (busy);
}

/* The keys in the text. */
static void
test_burst_in_text (void)
{
  Burst b = { 0 };

  if (burst_open (&b))
    {
      g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (sitrep_reader_get_text_view (b.reader))));
      sitrep_test_wait_frames (GTK_WIDGET (b.window), 2);
      press_burst (&b);
    }
  burst_close (&b);
}

static gboolean
row_focused (gpointer data)
{
  GtkWidget *list = data;
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (list));

  return focus != NULL && gtk_widget_is_ancestor (focus, list);
}

/* The keys in the panel's list, on the row under review. */
static void
test_burst_in_panel (void)
{
  Burst b = { 0 };
  GtkWidget *list;

  if (burst_open (&b))
    {
      list = GTK_WIDGET (sitrep_suggestion_list_get_list_view (
        SITREP_SUGGESTION_LIST (sitrep_test_template_child (b.window, "suggestion_list"))));
      sitrep_test_wait_until (sitrep_test_widget_mapped, list, "the suggestion list shown");
      g_assert_true (gtk_widget_grab_focus (list));
      sitrep_test_wait_until (row_focused, list, "a row focused");
      sitrep_test_wait_frames (GTK_WIDGET (b.window), 2);
      press_burst (&b);
      /* The keys stay in the list for the next. */
      g_assert_true (row_focused (list));
    }
  burst_close (&b);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/gui/suggest-burst/in-text", test_burst_in_text);
  g_test_add_func ("/gui/suggest-burst/in-panel", test_burst_in_panel);

  return g_test_run ();
}

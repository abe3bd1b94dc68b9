/* test-gui-choose-focus.c — where the keys go when an article is chosen from the
 * article list by keyboard at a laptop's size, with real key events under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>

#include "sitrep-test-util.h"
#include "sitrep-application.h"
#include "sitrep-reader.h"
#include "sitrep-store.h"
#include "sitrep-window.h"

typedef struct
{
  char         *dir;
  char         *path;
  SitrepStore  *store;
  SitrepWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_string (settings, "annotator-name", "Tester");
  sitrep_test_set_window_size (1280, 800);
  f->store = sitrep_test_create_project ("sitrep-choose-focus-XXXXXX", &f->dir, &f->path);
  sitrep_test_add_article (f->store, "Shelling in Daraa",
                           "Shelling hit Daraa on Saturday, the Observatory said.\n");
  sitrep_test_add_article (f->store, "Clashes in Homs",
                           "Clashes near Homs killed four fighters on Sunday.\n");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    sitrep_test_close_window (g_steal_pointer (&f->window));
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
}

static gboolean
flap_folded (gpointer flap)
{
  return adw_flap_get_folded (flap);
}

static gboolean
flap_revealed (gpointer flap)
{
  return adw_flap_get_folded (flap) && adw_flap_get_reveal_flap (flap);
}

typedef struct
{
  GtkWindow *window;
  GtkWidget *within;
} FocusWait;

static gboolean
focus_within (gpointer data)
{
  FocusWait *w = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (w->window));

  return focus != NULL && (focus == w->within || gtk_widget_is_ancestor (focus, w->within));
}

static gboolean
focus_on_text (gpointer data)
{
  FocusWait *w = data;

  return !adw_flap_get_reveal_flap (ADW_FLAP (sitrep_test_template_child (SITREP_WINDOW (w->window), "sidebar_flap"))) &&
         gtk_root_get_focus (GTK_ROOT (w->window)) == w->within;
}

/* At 1280×800 the article list lies over the reader (F9). Enter on a row
 * chooses its article: the list folds away and the keys go to the article's
 * text, where the user reads and labels — not to the reader's status button,
 * its first focusable widget (issue 10). */
static void
test_enter_focuses_text (Fixture       *f,
                         gconstpointer  data)
{
  AdwFlap *flap;
  GtkWidget *list_view, *text_view;

  f->window = sitrep_test_open_window (f->store);
  if (!sitrep_test_can_press_keys (GTK_WIDGET (f->window)))
    return;
  flap = ADW_FLAP (sitrep_test_template_child (f->window, "sidebar_flap"));
  list_view = sitrep_test_template_child (f->window, "list_view");
  text_view = GTK_WIDGET (sitrep_reader_get_text_view (sitrep_window_get_reader (f->window)));
  sitrep_test_focus_window (GTK_WINDOW (f->window));
  sitrep_test_wait_until (flap_folded, flap, "the article list to fold at 1280 px");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.toggle-sidebar", NULL));
  sitrep_test_wait_until (flap_revealed, flap, "the article list over the reader");
  /* On the first article's row, as Tab from the header would put it. */
  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_first_child (list_view)));
  sitrep_test_wait_until (focus_within, &(FocusWait) { GTK_WINDOW (f->window), list_view },
                          "the keys in the article list");
  sitrep_test_press_keys ("Return");
  sitrep_test_wait_until (focus_on_text, &(FocusWait) { GTK_WINDOW (f->window), text_view },
                          "Enter to fold the list away and put the keys in the article's text");
  g_assert_cmpint (sitrep_window_get_selected_id (f->window), !=, 0);
}

static gboolean
focus_on_selected_row (gpointer data)
{
  FocusWait *w = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (w->window));

  while (focus != NULL && gtk_widget_get_parent (focus) != w->within)
    focus = gtk_widget_get_parent (focus);
  return focus != NULL && (gtk_widget_get_state_flags (focus) & GTK_STATE_FLAG_SELECTED) != 0;
}

/* F9 at 1280×800 brings the article list out over the reader: the keys go
 * to the row of the article being read, so Up/Down and Enter choose
 * another at once; they stayed in the text under the list (issue 11). */
static void
test_f9_focuses_selected_row (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  AdwFlap *flap;
  GtkWidget *list_view, *text_view;
  gint64 first;

  f->window = sitrep_test_open_window (f->store);
  if (!sitrep_test_can_press_keys (GTK_WIDGET (f->window)))
    return;
  /* With the application's accelerators (F9), as a user has them. */
  app = G_APPLICATION (sitrep_application_new ());
  g_application_set_flags (app, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (app, NULL, &error));
  g_assert_no_error (error);
  gtk_window_set_application (GTK_WINDOW (f->window), GTK_APPLICATION (app));
  flap = ADW_FLAP (sitrep_test_template_child (f->window, "sidebar_flap"));
  list_view = sitrep_test_template_child (f->window, "list_view");
  text_view = GTK_WIDGET (sitrep_reader_get_text_view (sitrep_window_get_reader (f->window)));
  sitrep_test_focus_window (GTK_WINDOW (f->window));
  sitrep_test_wait_until (flap_folded, flap, "the article list to fold at 1280 px");
  g_assert_true (gtk_widget_grab_focus (text_view));
  first = sitrep_window_get_selected_id (f->window);
  g_assert_cmpint (first, !=, 0);

  sitrep_test_press_keys ("F9");
  sitrep_test_wait_until (flap_revealed, flap, "F9 to bring the article list over the reader");
  sitrep_test_wait_until (focus_on_selected_row, &(FocusWait) { GTK_WINDOW (f->window), list_view },
                          "the keys on the selected article's row");
  /* Down, Enter: the other article is chosen, the list folds away. */
  sitrep_test_press_keys ("Down");
  sitrep_test_press_keys ("Return");
  sitrep_test_wait_until (focus_on_text, &(FocusWait) { GTK_WINDOW (f->window), text_view },
                          "Enter to fold the list away and put the keys in the article's text");
  g_assert_cmpint (sitrep_window_get_selected_id (f->window), !=, first);

  /* F9 again, and again: the list comes and goes; the keys come back to the text. */
  sitrep_test_press_keys ("F9");
  sitrep_test_wait_until (focus_on_selected_row, &(FocusWait) { GTK_WINDOW (f->window), list_view },
                          "the keys on the newly chosen article's row");
  sitrep_test_press_keys ("F9");
  sitrep_test_wait_until (focus_on_text, &(FocusWait) { GTK_WINDOW (f->window), text_view },
                          "F9 to fold the list away and give the keys back to the text");
  gtk_window_set_application (GTK_WINDOW (f->window), NULL);
}

/* The row of the selected article, laid out in @list_view. */
static GtkWidget *
selected_row (GtkWidget *list_view)
{
  for (GtkWidget *c = gtk_widget_get_first_child (list_view); c != NULL; c = gtk_widget_get_next_sibling (c))
    if ((gtk_widget_get_state_flags (c) & GTK_STATE_FLAG_SELECTED) != 0 && sitrep_test_has_size (c))
      return c;
  return NULL;
}

static gboolean
has_selected_row (gpointer list_view)
{
  return selected_row (list_view) != NULL;
}

static gboolean
flap_hidden (gpointer flap)
{
  return !adw_flap_get_reveal_flap (flap);
}

/* A click on the row of the article already shown chooses it, as a click
 * on another does: the list folds away (after a search that left one
 * article, shown at once, a click on its row left the list over it). A
 * click on the list's blank below the rows keeps it. */
static void
test_click_shown_article_folds (Fixture       *f,
                                gconstpointer  data)
{
  AdwFlap *flap;
  GtkWidget *list_view, *row, *text_view;
  gint64 first;
  graphene_point_t p;

  f->window = sitrep_test_open_window (f->store);
  if (!sitrep_test_can_press_keys (GTK_WIDGET (f->window)))
    return;
  flap = ADW_FLAP (sitrep_test_template_child (f->window, "sidebar_flap"));
  list_view = sitrep_test_template_child (f->window, "list_view");
  text_view = GTK_WIDGET (sitrep_reader_get_text_view (sitrep_window_get_reader (f->window)));
  sitrep_test_focus_window (GTK_WINDOW (f->window));
  sitrep_test_wait_until (flap_folded, flap, "the article list to fold at 1280 px");
  first = sitrep_window_get_selected_id (f->window);
  g_assert_cmpint (first, !=, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.toggle-sidebar", NULL));
  sitrep_test_wait_until (flap_revealed, flap, "the article list over the reader");
  sitrep_test_wait_until (has_selected_row, list_view, "the shown article's row");
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 3);

  /* Below the last row: nothing chosen, the list stays. */
  sitrep_test_click_at (list_view, gtk_widget_get_width (list_view) / 2.0, gtk_widget_get_height (list_view) - 4);
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 3);
  g_assert_true (adw_flap_get_reveal_flap (flap));

  row = selected_row (list_view);
  g_assert_true (gtk_widget_compute_point (row, list_view, &GRAPHENE_POINT_INIT (gtk_widget_get_width (row) / 2.0,
                                                                                  gtk_widget_get_height (row) / 2.0), &p));
  sitrep_test_click_at (list_view, p.x, p.y);
  sitrep_test_wait_until (flap_hidden, flap, "the list to fold away after a click on the shown article");
  sitrep_test_wait_until (focus_on_text, &(FocusWait) { GTK_WINDOW (f->window), text_view },
                          "the keys in the article's text");
  g_assert_cmpint (sitrep_window_get_selected_id (f->window), ==, first);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add ("/gui/choose-focus/enter-focuses-text", Fixture, NULL, fixture_set_up,
              test_enter_focuses_text, fixture_tear_down);
  g_test_add ("/gui/choose-focus/f9-focuses-selected-row", Fixture, NULL, fixture_set_up,
              test_f9_focuses_selected_row, fixture_tear_down);
  g_test_add ("/gui/choose-focus/click-shown-article-folds", Fixture, NULL, fixture_set_up,
              test_click_shown_article_folds, fixture_tear_down);

  return g_test_run ();
}

/* test-gui-timeline.c — the timeline pane in the window: its height, brushing, playback and selection, under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-events-view.h"
#include "sitrep-map-points-layer.h"
#include "sitrep-store.h"
#include "sitrep-timeline-pane.h"
#include "sitrep-timeline-view.h"
#include "sitrep-window.h"
#include "sitrep-events-view-private.h"
#include "sitrep-timeline-pane-private.h"
#include "sitrep-timeline-view-test-private.h"

typedef struct
{
  char         *dir;
  char         *path;
  SitrepStore  *store;
  SitrepWindow *window;
  GSettings    *settings;
  gint64        articles[4];  /* published 2 Mar, 8 Mar, 2 Apr 2022, and undated */
  gint64        events[4];    /* Daraa 1 Mar, Jasim 5 Mar, Homs 9 Mar, Aleppo some day in March 2022 */
} Fixture;

static gint64
add_article (SitrepStore *store,
             const char  *title,
             const char  *published)
{
  g_autofree char *body = g_strdup_printf ("%s: shelling hit the town on Saturday, the Observatory said.\n", title);

  return sitrep_test_add_article_full (store, title, body, "SOHR", published);
}

static guint32
day (const char *iso)
{
  guint32 d = 0;

  g_assert_true (sitrep_timeline_parse_day (iso, &d));

  return d;
}

static gpointer
child (Fixture    *f,
       const char *id)
{
  return sitrep_test_template_child (f->window, id);
}

static SitrepTimelineView *
timeline (Fixture *f)
{
  return sitrep_window_get_timeline_view (f->window);
}

static void
open_window (Fixture *f)
{
  f->window = sitrep_test_open_window (f->store);
}

static void
close_window (Fixture *f)
{
  sitrep_test_close_window (g_steal_pointer (&f->window));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gint64 daraa, jasim, homs, aleppo;

  f->settings = g_settings_new (APP_ID);
  g_settings_set_string (f->settings, "annotator-name", "Tester");
  g_settings_reset (f->settings, "timeline-height");
  g_settings_reset (f->settings, "timeline-lanes");
  g_settings_reset (f->settings, "window-width");
  g_settings_reset (f->settings, "window-height");
  g_settings_reset (f->settings, "window-maximized");

  f->store = sitrep_test_create_project ("sitrep-timeline-XXXXXX", &f->dir, &f->path);

  f->articles[0] = add_article (f->store, "Shelling in Daraa", "2022-03-02");
  f->articles[1] = add_article (f->store, "Clashes in Homs", "2022-03-08");
  f->articles[2] = add_article (f->store, "A month of fighting", "2022-04-02");
  f->articles[3] = add_article (f->store, "Undated report", NULL);

  daraa = sitrep_test_add_place (f->store, "Daraa", 32.6189, 36.1021, "Daraa");
  jasim = sitrep_test_add_place (f->store, "Jasim", 32.9924, 36.0603, "Jasim");
  homs = sitrep_test_add_place (f->store, "Homs", 34.7308, 36.7094, "Homs");
  aleppo = sitrep_test_add_place (f->store, "Aleppo", 36.2021, 37.1343, "Aleppo");
  f->events[0] = sitrep_test_add_event (f->store, "2022-03-01", NULL, 1, daraa, "Explosions/Remote violence", 4);
  f->events[1] = sitrep_test_add_event (f->store, "2022-03-05", NULL, 1, jasim, "Battles", 12);
  f->events[2] = sitrep_test_add_event (f->store, "2022-03-09", NULL, 1, homs, "Battles", 7);
  f->events[3] = sitrep_test_add_event (f->store, "2022-03-01", "2022-03-31", 4, aleppo, "Violence against civilians", 2);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    close_window (f);
  g_clear_object (&f->settings);
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
}

/* The pane's height, its handle included: what "timeline-height" keeps. */
static int
pane_height (Fixture *f)
{
  GtkPaned *paned = child (f, "timeline_paned");

  return gtk_widget_get_height (GTK_WIDGET (paned)) - gtk_paned_get_position (paned);
}

typedef struct
{
  Fixture *f;
  int      height;
} HeightWanted;

/* The pane has laid out its height and saved any the user chose: what
 * "timeline-height" holds then is all it will hold. */
static gboolean
height_settled (gpointer data)
{
  Fixture *f = data;

  return !sitrep_timeline_pane_is_height_pending (sitrep_window_get_timeline_pane (f->window));
}

static gboolean
pane_is_height (gpointer data)
{
  HeightWanted *w = data;
  GtkWidget *revealer = child (w->f, "timeline_revealer");

  return gtk_widget_get_mapped (revealer) && gtk_widget_get_height (revealer) > 0 &&
         pane_height (w->f) == w->height;
}

static gboolean
timeline_shown (gpointer data)
{
  Fixture *f = data;
  SitrepTimelineView *view = timeline (f);

  return gtk_widget_get_mapped (GTK_WIDGET (view)) && gtk_widget_get_height (GTK_WIDGET (view)) > 0 &&
         sitrep_timeline_view_get_n_events (view) == 4;
}

static void
show_timeline (Fixture *f)
{
  g_assert_false (gtk_revealer_get_reveal_child (child (f, "timeline_revealer")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-timeline", NULL));
  sitrep_test_wait_until (timeline_shown, f, "the timeline pane to show");
}

typedef struct
{
  SitrepTimelineView *view;
  guint32             first;
  guint32             last;
} RangeWanted;

static gboolean
range_is (gpointer data)
{
  RangeWanted *w = data;
  guint32 first = 0, last = 0;

  sitrep_timeline_view_get_range (w->view, &first, &last);
  return first == w->first && last == w->last;
}

static gboolean
timeline_focused (gpointer data)
{
  return gtk_widget_has_focus (data);
}

/* A range of dates by keyboard from the focused timeline: Shift+Right and
 * Shift+Left move its end from the selected event's day, as they select
 * text; Escape clears it; the description for screen readers says so. */
static void
test_range_by_keyboard (Fixture       *f,
                        gconstpointer  data)
{
  SitrepTimelineView *view;
  RangeWanted w;

  open_window (f);
  if (!sitrep_test_can_press_keys (GTK_WIDGET (f->window)))
    return;
  view = timeline (f);
  show_timeline (f);
  sitrep_timeline_view_zoom_to_fit (view);
  sitrep_timeline_view_set_selected_event (view, f->events[1]);   /* Jasim, 5 March */
  sitrep_test_focus_window (GTK_WINDOW (f->window));
  gtk_widget_grab_focus (GTK_WIDGET (view));
  sitrep_test_wait_until (timeline_focused, view, "the timeline to have the keyboard focus");

  w = (RangeWanted) { view, day ("2022-03-05"), day ("2022-03-05") };
  sitrep_test_press_keys_handled (GTK_WINDOW (f->window), "shift+Right");
  sitrep_test_wait_until (range_is, &w, "5 March alone");
  w.last = day ("2022-03-07");
  for (int i = 0; i < 2; i++)
    sitrep_test_press_keys_handled (GTK_WINDOW (f->window), "shift+Right");
  sitrep_test_wait_until (range_is, &w, "5 to 7 March");
  /* Back past where it began: the range turns round its first day. */
  w = (RangeWanted) { view, day ("2022-03-04"), day ("2022-03-05") };
  for (int i = 0; i < 3; i++)
    sitrep_test_press_keys_handled (GTK_WINDOW (f->window), "shift+Left");
  sitrep_test_wait_until (range_is, &w, "4 to 5 March");
  /* A range brushed by mouse grows from its last day. */
  sitrep_timeline_view_set_range (view, day ("2022-03-10"), day ("2022-03-12"));
  w = (RangeWanted) { view, day ("2022-03-10"), day ("2022-03-13") };
  sitrep_test_press_keys_handled (GTK_WINDOW (f->window), "shift+Right");
  sitrep_test_wait_until (range_is, &w, "10 to 13 March");
  w = (RangeWanted) { view, 0, 0 };
  sitrep_test_press_keys_handled (GTK_WINDOW (f->window), "Escape");
  sitrep_test_wait_until (range_is, &w, "no range after Escape");

  {
    g_autofree char *first = sitrep_timeline_format_day (day ("2022-03-01"));
    g_autofree char *last = sitrep_timeline_format_day (day ("2022-03-31"));
    g_autofree char *said = g_strdup_printf ("4 events from %s to %s. Shift+Left and Shift+Right select a range "
                                             "of dates, Escape clears it.", first, last);
    g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view),
                                                                 GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, said);

    g_assert_null (wrong);
  }
}

static void
test_pane_restored (Fixture       *f,
                    gconstpointer  data)
{
  HeightWanted wanted = { f, 333 };
  GtkWidget *revealer;

  g_settings_set_int (f->settings, "timeline-height", 333);
  open_window (f);
  revealer = child (f, "timeline_revealer");

  /* Hidden, the pane takes no room and the paned shows no handle. */
  g_assert_false (gtk_widget_get_visible (revealer));
  g_assert_cmpint (gtk_widget_get_height (sitrep_test_template_child (f->window, "main_stack")), ==,
                   gtk_widget_get_height (child (f, "timeline_paned")));

  show_timeline (f);
  sitrep_test_wait_until (pane_is_height, &wanted, "the pane to take the height in the settings");
  /* The pane below the handle is that height, less the handle's few pixels. */
  g_assert_cmpint (gtk_widget_get_height (revealer), <=, 333);
  g_assert_cmpint (gtk_widget_get_height (revealer), >=, 333 - 12);
  /* Showing it did not count as the user choosing a height. */
  sitrep_test_wait_until (height_settled, f, "the pane to settle and save what it saves");
  g_assert_cmpint (g_settings_get_int (f->settings, "timeline-height"), ==, 333);
}

/* At least that tall, give or take the frame the size request counts in. */
static gboolean
window_height_is (gpointer data)
{
  HeightWanted *w = data;

  return gtk_widget_get_height (GTK_WIDGET (w->f->window)) >= w->height - 20;
}

static gboolean
setting_is_height (gpointer data)
{
  HeightWanted *w = data;

  return g_settings_get_int (w->f->settings, "timeline-height") == w->height;
}

static void
test_pane_saved (Fixture       *f,
                 gconstpointer  data)
{
  GtkPaned *paned;
  HeightWanted wanted = { f, 220 };
  int window_height;

  g_assert_cmpint (g_settings_get_int (f->settings, "timeline-height"), ==, 220);
  /* Tall enough for the default height beside the room the views above keep
   * (test-gui-layout's review-room tests a laptop's screen). */
  g_settings_set_int (f->settings, "window-height", 960);
  open_window (f);
  paned = child (f, "timeline_paned");
  show_timeline (f);
  sitrep_test_wait_until (pane_is_height, &wanted, "the pane to take the default height");
  /* (No hand reaches the handle before the pane has settled at its height.) */
  sitrep_test_wait_until (height_settled, f, "the pane to settle at its height");

  /* The user drags the handle 40 pixels up (the handle moves the position). */
  gtk_paned_set_position (paned, gtk_paned_get_position (paned) - 40);
  wanted.height = 260;
  sitrep_test_wait_until (setting_is_height, &wanted, "the new height to be saved");
  g_assert_cmpint (pane_height (f), ==, 260);

  /* Hidden, the window made taller, shown again: the same height, the
   * window's new room given to the views above. (Without a window manager
   * a window only grows when it must: a size request makes it.) */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-timeline", NULL));
  window_height = gtk_widget_get_height (GTK_WIDGET (f->window));
  gtk_widget_set_size_request (GTK_WIDGET (f->window), -1, window_height + 90);
  {
    HeightWanted taller = { f, window_height + 90 };

    sitrep_test_wait_until (window_height_is, &taller, "the window to grow");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-timeline", NULL));
  sitrep_test_wait_until (pane_is_height, &wanted, "the pane to come back at the height the user chose");

  /* A window resized while the pane shows keeps its height too, and that
   * does not change what is remembered. */
  gtk_widget_set_size_request (GTK_WIDGET (f->window), -1, window_height + 150);
  {
    HeightWanted taller = { f, window_height + 150 };

    sitrep_test_wait_until (window_height_is, &taller, "the window to grow again");
  }
  sitrep_test_wait_until (pane_is_height, &wanted, "the pane to keep its height");
  /* The resizes did not count as the user choosing a height. */
  sitrep_test_wait_until (height_settled, f, "the pane to settle and save what it saves");
  g_assert_cmpint (g_settings_get_int (f->settings, "timeline-height"), ==, 260);

  /* Closing the window right after a drag still saves it. */
  gtk_paned_set_position (paned, gtk_paned_get_position (paned) + 30);
  close_window (f);
  g_assert_cmpint (g_settings_get_int (f->settings, "timeline-height"), ==, 230);
}

static void
test_pane_minimum (Fixture       *f,
                   gconstpointer  data)
{
  GtkPaned *paned;
  GtkWidget *revealer;
  GtkWidget *stack;
  SitrepTimelineView *view;
  int stack_min, pane_min;

  /* A height too small to be useful is raised to what the pane needs. */
  g_settings_set_int (f->settings, "timeline-height", 5);
  open_window (f);
  paned = child (f, "timeline_paned");
  revealer = child (f, "timeline_revealer");
  stack = sitrep_test_template_child (f->window, "main_stack");
  view = timeline (f);
  show_timeline (f);
  sitrep_test_wait_until (height_settled, f, "the pane to settle at its height");
  sitrep_test_wait_frames (GTK_WIDGET (paned), 2);

  gtk_widget_measure (revealer, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (revealer),
                      &pane_min, NULL, NULL, NULL);
  gtk_widget_measure (stack, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (stack), &stack_min, NULL, NULL, NULL);
  g_test_message ("minimum heights: views %d, timeline pane %d", stack_min, pane_min);
  /* The pane keeps its tool bar, the chart, the axis and two lanes … */
  g_assert_cmpint (pane_min, >=, 150);
  g_assert_cmpint (gtk_widget_get_height (revealer), >=, pane_min);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >=, 64 + 22 + 2 * 26);

  /* … and dragged all the way up, the views above keep theirs. */
  gtk_paned_set_position (paned, 0);
  sitrep_test_wait_frames (GTK_WIDGET (paned), 2);
  g_assert_cmpint (stack_min, >=, 150);
  g_assert_cmpint (gtk_widget_get_height (stack), >=, stack_min);
  g_assert_cmpint (gtk_paned_get_position (paned), >=, stack_min);

  /* Dragged all the way down, the pane does not vanish. */
  gtk_paned_set_position (paned, gtk_widget_get_height (GTK_WIDGET (paned)));
  sitrep_test_wait_frames (GTK_WIDGET (paned), 2);
  g_assert_cmpint (gtk_widget_get_height (revealer), >=, pane_min);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
}

static guint
n_items (gpointer model)
{
  return model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (model)) : 0;
}

typedef struct
{
  Fixture *f;
  guint    events;
  guint    articles;
  guint    points;
} Counts;

static gboolean
counts_are (gpointer data)
{
  Counts *c = data;
  SitrepEventsView *events = sitrep_window_get_events_view (c->f->window);
  SitrepMapPointsLayer *layer = sitrep_map_view_get_events_layer (sitrep_window_get_map_view (c->f->window));

  return n_items (sitrep_events_view_get_list (events)) == c->events &&
         n_items (sitrep_window_get_article_model (c->f->window)) == c->articles &&
         sitrep_map_points_layer_get_n_points (layer) == c->points;
}

static void
test_brush (Fixture       *f,
            gconstpointer  data)
{
  Counts all = { f, 4, 4, 4 }, march = { f, 3, 1, 3 }, none = { f, 0, 0, 0 };
  GtkRevealer *range_bar;
  const char *label;

  open_window (f);
  range_bar = child (f, "article_range_revealer");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-map", NULL));
  show_timeline (f);
  sitrep_test_wait_until (counts_are, &all, "every event, article and point");
  g_assert_false (gtk_revealer_get_reveal_child (range_bar));

  /* 4–10 March: the Jasim and Homs events and the month-long one; the one
   * article published in those days; their points on the map. */
  sitrep_timeline_view_set_range (timeline (f), day ("2022-03-04"), day ("2022-03-10"));
  sitrep_test_wait_until (counts_are, &march, "the lists and the map to follow the range");
  g_assert_cmpint (sitrep_window_get_selected_id (f->window), ==, f->articles[1]);
  /* Above the article list, what narrows it and a way back. */
  g_assert_true (gtk_revealer_get_reveal_child (range_bar));
  label = gtk_label_get_text (child (f, "article_range_label"));
  g_assert_nonnull (strstr (label, "4 Mar 2022"));
  g_assert_nonnull (strstr (label, "10 Mar 2022"));
  g_assert_cmpstr (gtk_label_get_text (child (f, "timeline_count_label")), ==, "4–10 Mar 2022: 3 events");

  /* Days with nothing: the list says there are no results, not that the
   * project has no articles. */
  sitrep_timeline_view_set_range (timeline (f), day ("2022-04-10"), day ("2022-04-12"));
  sitrep_test_wait_until (counts_are, &none, "the lists and the map to empty");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (sitrep_test_template_child (f->window, "list_stack"))), ==, "no-results");

  /* The clear button (Esc in the timeline) shows everything again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.clear-timeline-range", NULL));
  sitrep_test_wait_until (counts_are, &all, "every event, article and point again");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (sitrep_test_template_child (f->window, "list_stack"))), ==, "list");
  g_assert_false (gtk_revealer_get_reveal_child (range_bar));
  g_assert_false (sitrep_timeline_view_get_range (timeline (f), NULL, NULL));
}

static void
test_select_hidden_article (Fixture       *f,
                            gconstpointer  data)
{
  Counts march = { f, 3, 1, 3 };

  open_window (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-map", NULL));
  show_timeline (f);
  sitrep_timeline_view_set_range (timeline (f), day ("2022-03-04"), day ("2022-03-10"));
  sitrep_test_wait_until (counts_are, &march, "the range to apply");

  /* Going to an article the range hides (from an event's evidence, say)
   * lifts the range rather than failing. */
  g_assert_true (sitrep_window_select_article (f->window, f->articles[2]));
  g_assert_cmpint (sitrep_window_get_selected_id (f->window), ==, f->articles[2]);
  g_assert_false (sitrep_timeline_view_get_range (timeline (f), NULL, NULL));
  g_assert_cmpuint (n_items (sitrep_window_get_article_model (f->window)), ==, 4);
}

static gboolean
playback_over (gpointer data)
{
  Fixture *f = data;

  return !gtk_toggle_button_get_active (child (f, "timeline_play_button"));
}

static gboolean
map_has_all_points (gpointer data)
{
  Fixture *f = data;

  return sitrep_map_points_layer_get_n_points (sitrep_map_view_get_events_layer (sitrep_window_get_map_view (f->window))) == 4;
}

static void
test_play_to_end (Fixture       *f,
                  gconstpointer  data)
{
  GtkToggleButton *play;

  open_window (f);
  play = child (f, "timeline_play_button");
  show_timeline (f);
  /* Three months a second: March is over in a few ticks. */
  gtk_drop_down_set_selected (child (f, "timeline_speed_dropdown"), 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.timeline-play", NULL));
  g_assert_true (gtk_toggle_button_get_active (play));
  g_assert_true (sitrep_timeline_view_get_window (timeline (f), NULL, NULL));
  g_assert_nonnull (strstr (gtk_label_get_text (child (f, "timeline_count_label")), "Playing"));

  /* At the end, playback stops by itself, and everything shows again. */
  sitrep_test_wait_until (playback_over, f, "playback to stop at the end");
  g_assert_false (sitrep_timeline_view_get_window (timeline (f), NULL, NULL));
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (play)), ==, "media-playback-start-symbolic");
  g_assert_null (strstr (gtk_label_get_text (child (f, "timeline_count_label")), "Playing"));
  sitrep_test_wait_until (map_has_all_points, f, "every point on the map");

  /* Play again starts over, from the first event when every event is in sight. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.timeline-zoom-fit", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.timeline-play", NULL));
  {
    guint32 start = 0;

    g_assert_true (sitrep_timeline_view_get_window (timeline (f), &start, NULL));
    g_assert_cmpuint (start, ==, day ("2022-03-01"));
  }
  /* Pausing holds the window; stopping ends it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.timeline-play", NULL));
  g_assert_true (sitrep_timeline_view_get_window (timeline (f), NULL, NULL));
  g_assert_nonnull (strstr (gtk_label_get_text (child (f, "timeline_count_label")), "Paused"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.timeline-stop", NULL));
  g_assert_false (sitrep_timeline_view_get_window (timeline (f), NULL, NULL));
  sitrep_test_wait_until (map_has_all_points, f, "every point on the map after stopping");
}

typedef struct
{
  guint  n_points;   /* "show-on-map" with the playback's points: a tick, a pause */
  guint  last_len;   /* how many points the last of them had */
} Shown;

static void
on_show_on_map (SitrepTimelinePane *pane,
                guint               first,
                guint               last,
                gboolean            redraw,
                GArray             *points,
                Shown              *shown)
{
  if (points == NULL)
    return;
  shown->n_points++;
  shown->last_len = points->len;
}

typedef struct
{
  Shown *shown;
  guint  n;
} ShownWait;

static gboolean
shown_at_least (gpointer data)
{
  ShownWait *w = data;

  return w->shown->n_points >= w->n;
}

static void
test_play_from_view (Fixture       *f,
                     gconstpointer  data)
{
  SitrepTimelinePane *pane;
  SitrepMapPointsLayer *layer;
  guint32 start = 0, paused = 0, resumed = 0;
  Shown shown = { 0 };
  ShownWait ticks = { &shown, 0 };
  gulong handler;

  open_window (f);
  show_timeline (f);
  pane = sitrep_window_get_timeline_pane (f->window);
  layer = sitrep_map_view_get_events_layer (sitrep_window_get_map_view (f->window));
  handler = g_signal_connect (pane, "show-on-map", G_CALLBACK (on_show_on_map), &shown);

  /* A day a second: the test pauses long before the end. */
  gtk_drop_down_set_selected (child (f, "timeline_speed_dropdown"), 0);
  /* Zoomed in on 9–20 March: playback starts there, not at 1 March. */
  sitrep_timeline_view_set_visible (timeline (f), day ("2022-03-09"), day ("2022-03-21"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.timeline-play", NULL));
  g_assert_true (sitrep_timeline_view_get_window (timeline (f), &start, NULL));
  g_assert_cmpuint (start, ==, day ("2022-03-09"));
  /* The week from 9 March: Homs, and the event of some day in March. */
  g_assert_cmpuint (sitrep_map_points_layer_get_n_points (layer), ==, 2);
  /* Two ticks of playback go by, each putting the window's events on the map. */
  ticks.n = shown.n_points + 2;
  sitrep_test_wait_until (shown_at_least, &ticks, "two ticks of playback");
  g_assert_cmpuint (shown.last_len, ==, 2);

  /* Paused, the map keeps the window's events (not every event) once it
   * has drawn them; played again, it goes on from where it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.timeline-play", NULL));
  g_assert_true (sitrep_timeline_pane_is_playing (pane));
  g_assert_nonnull (strstr (gtk_label_get_text (child (f, "timeline_count_label")), "Paused"));
  g_assert_true (sitrep_timeline_view_get_window (timeline (f), &paused, NULL));
  g_assert_cmpuint (paused, >=, start);
  sitrep_test_wait_frames (GTK_WIDGET (sitrep_window_get_map_view (f->window)), 2);
  g_assert_cmpuint (sitrep_map_points_layer_get_n_points (layer), ==, shown.last_len);
  g_assert_cmpuint (sitrep_map_points_layer_get_n_points (layer), <, 4);
  g_assert_true (sitrep_timeline_view_get_window (timeline (f), &resumed, NULL));
  g_assert_cmpuint (resumed, ==, paused);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.timeline-play", NULL));
  g_assert_true (sitrep_timeline_view_get_window (timeline (f), &resumed, NULL));
  g_assert_cmpuint (resumed, ==, paused);
  g_assert_nonnull (strstr (gtk_label_get_text (child (f, "timeline_count_label")), "Playing"));
  ticks.n = shown.n_points + 1;
  sitrep_test_wait_until (shown_at_least, &ticks, "playback to go on");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.timeline-play", NULL));
  g_signal_handler_disconnect (pane, handler);
}

/* The y in the lanes where the description at @x says @text, or -1. */
static double
find_row (SitrepTimelineView *view,
          double              x,
          const char         *text)
{
  for (double y = 0; y < gtk_widget_get_height (GTK_WIDGET (view)); y += 2)
    {
      g_autofree char *d = sitrep_timeline_view_dup_description_at (view, x, y);

      if (d != NULL && strstr (d, text) != NULL)
        return y;
    }

  return -1;
}

static void
test_describe (Fixture       *f,
               gconstpointer  data)
{
  SitrepTimelineView *view;
  double x, y;
  g_autofree char *jasim = NULL;
  g_autofree char *month = NULL;

  open_window (f);
  show_timeline (f);
  view = timeline (f);
  sitrep_timeline_view_set_visible (view, day ("2022-02-27"), day ("2022-04-03"));

  /* A mark known to the day: its type, its day, its dead. */
  x = sitrep_timeline_view_day_to_x (view, day ("2022-03-05") + 0.5);
  y = find_row (view, x, "Battles");
  g_assert_cmpfloat (y, >=, 0);
  jasim = sitrep_timeline_view_dup_description_at (view, x, y);
  g_assert_nonnull (strstr (jasim, "5 Mar 2022"));
  g_assert_nonnull (strstr (jasim, "12 killed"));

  /* The chart's bar of that day. */
  g_assert_cmpint (sitrep_timeline_view_get_unit (view), ==, SITREP_TIMELINE_DAY);
  y = find_row (view, x, "12 killed in 1 event dated within it");
  g_assert_cmpfloat (y, >=, 0);
  g_assert_cmpfloat (y, <, find_row (view, x, "Battles"));

  /* A span says what is known of its date. */
  x = sitrep_timeline_view_day_to_x (view, day ("2022-03-20"));
  y = find_row (view, x, "known to the month");
  g_assert_cmpfloat (y, >=, 0);
  month = sitrep_timeline_view_dup_description_at (view, x, y);
  g_assert_nonnull (strstr (month, "Violence against civilians"));
  g_assert_nonnull (strstr (month, "1 Mar 2022 – 31 Mar 2022"));
  g_assert_nonnull (strstr (month, "2 killed"));

  /* Nothing over a day without events. */
  x = sitrep_timeline_view_day_to_x (view, day ("2022-04-02") + 0.5);
  g_assert_cmpfloat (find_row (view, x, ""), <, 0);
}

static gboolean
events_view_selected (gpointer data)
{
  Fixture *f = data;

  return sitrep_events_view_get_selected_event (sitrep_window_get_events_view (f->window)) == f->events[1];
}

static gboolean
timeline_selected (gpointer data)
{
  Fixture *f = data;

  return sitrep_timeline_view_get_selected_event (timeline (f)) == f->events[2];
}

static void
test_click_selects (Fixture       *f,
                    gconstpointer  data)
{
  SitrepTimelineView *view;
  GtkGesture *drag = NULL;
  GListModel *controllers;
  double x, y;

  open_window (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL));
  show_timeline (f);
  view = timeline (f);

  x = sitrep_timeline_view_day_to_x (view, day ("2022-03-05") + 0.5);
  y = find_row (view, x, "Battles");
  g_assert_cmpfloat (y, >=, 0);
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_DRAG (c))
        drag = GTK_GESTURE (c);
    }
  g_object_unref (controllers);
  g_assert_nonnull (drag);

  /* A click on the Jasim mark, as the drag gesture reports it. */
  g_signal_emit_by_name (drag, "drag-begin", x, y);
  g_signal_emit_by_name (drag, "drag-end", 0.0, 0.0);
  g_assert_cmpint (sitrep_timeline_view_get_selected_event (view), ==, f->events[1]);
  g_assert_cmpint (sitrep_window_get_current_event (f->window), ==, f->events[1]);
  sitrep_test_wait_until (events_view_selected, f, "the Events view to select it");

  /* And the other way: chosen in the Events view, ringed on the timeline. */
  sitrep_events_view_select_event (sitrep_window_get_events_view (f->window), f->events[2]);
  sitrep_test_wait_until (timeline_selected, f, "the timeline to ring it");
  g_assert_cmpint (sitrep_window_get_current_event (f->window), ==, f->events[2]);
}

/* The keyboard's way to an event: . and , step through them in date order,
 * and the window follows as it does a click. */
static void
test_keys_select (Fixture       *f,
                  gconstpointer  data)
{
  SitrepTimelineView *view;

  open_window (f);
  show_timeline (f);
  view = timeline (f);
  sitrep_timeline_view_zoom_to_fit (view);
  g_assert_cmpint (sitrep_timeline_view_get_selected_event (view), ==, 0);

  /* None selected: the first in view, Daraa on 1 March. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.next-event", NULL));
  g_assert_cmpint (sitrep_timeline_view_get_selected_event (view), ==, f->events[0]);
  g_assert_cmpint (sitrep_window_get_current_event (f->window), ==, f->events[0]);
  /* Then by first day: Aleppo (some day from 1 March), Jasim (5 March). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.next-event", NULL));
  g_assert_cmpint (sitrep_timeline_view_get_selected_event (view), ==, f->events[3]);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.next-event", NULL));
  g_assert_cmpint (sitrep_timeline_view_get_selected_event (view), ==, f->events[1]);
  g_assert_cmpint (sitrep_window_get_current_event (f->window), ==, f->events[1]);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.previous-event", NULL));
  g_assert_cmpint (sitrep_timeline_view_get_selected_event (view), ==, f->events[3]);

  /* At the ends it stays. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.previous-event", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.previous-event", NULL));
  g_assert_cmpint (sitrep_timeline_view_get_selected_event (view), ==, f->events[0]);
}

static void
test_lanes_remembered (Fixture       *f,
                       gconstpointer  data)
{
  SitrepTimelineView *view;

  open_window (f);
  show_timeline (f);
  view = timeline (f);
  g_assert_cmpstr (sitrep_timeline_view_get_lane_names (view)[0], ==, "Battles");

  gtk_drop_down_set_selected (child (f, "timeline_lanes_dropdown"), 1);
  g_assert_cmpint (sitrep_timeline_view_get_lanes (view), ==, SITREP_TIMELINE_LANES_ACTOR);
  g_assert_cmpstr (sitrep_timeline_view_get_lane_names (view)[0], ==, "No actor");
  close_window (f);
  g_assert_cmpstr (g_settings_get_string (f->settings, "timeline-lanes"), ==, "actor");

  open_window (f);
  g_assert_cmpuint (gtk_drop_down_get_selected (child (f, "timeline_lanes_dropdown")), ==, 1);
  g_assert_cmpint (sitrep_timeline_view_get_lanes (timeline (f)), ==, SITREP_TIMELINE_LANES_ACTOR);
}

/* Drawing: a day is a point at any zoom; an extent of days is a span. */

typedef struct
{
  guchar *pixels;
  gsize   stride;
  int     width;
  int     height;
} Picture;

static void
render (GtkWidget *widget,
        Picture   *picture)
{
  GdkPaintable *paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  picture->width = gtk_widget_get_width (widget);
  picture->height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, snapshot, picture->width, picture->height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, picture->width, picture->height));
  picture->stride = (gsize) picture->width * 4;
  g_free (picture->pixels);
  picture->pixels = g_malloc (picture->stride * picture->height);
  gdk_texture_download (texture, picture->pixels, picture->stride);
  g_object_unref (paintable);
}

/* The most a pixel of column @x differs from the same pixel of column
 * @ref, below the axis. */
static int
column_difference (Picture *picture,
                   int      x,
                   int      ref)
{
  int most = 0;

  for (int y = 90; y < picture->height; y++)
    for (int c = 0; c < 3; c++)
      most = MAX (most, abs (picture->pixels[y * picture->stride + x * 4 + c] -
                             picture->pixels[y * picture->stride + ref * 4 + c]));

  return most;
}

static gboolean
widget_sized (gpointer data)
{
  return gtk_widget_get_width (data) > 0;
}

/* Drawn at a zoom of days: the label begins with the day of the month. */
static gboolean
axis_shows_days (gpointer data)
{
  const char *label = _sitrep_timeline_view_get_first_axis_label (data);

  return label != NULL && g_ascii_isdigit (label[0]) && strstr (label, "Mar") != NULL;
}

/* Zoomed in to days of March, the axis still says which year. */
static void
test_axis_year (void)
{
  g_autoptr(GArray) events = sitrep_timeline_events_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = g_object_ref_sink (sitrep_timeline_view_new ());
  const char *dates[] = { "2022-03-01", "2022-03-05", "2022-03-09", "2022-06-20" };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      SitrepTimelineEvent e = { 0 };

      e.event_id = i + 1;
      e.first = e.last = day (dates[i]);
      e.fatalities = -1;
      g_array_append_val (events, e);
    }
  sitrep_timeline_view_set_events (SITREP_TIMELINE_VIEW (view), events);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 240);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  sitrep_test_wait_until (widget_sized, view, "the timeline on screen");
  sitrep_timeline_view_set_visible (SITREP_TIMELINE_VIEW (view), day ("2022-03-04"), day ("2022-03-12"));
  sitrep_test_wait_until (axis_shows_days, view, "the axis drawn at a zoom of days");
  g_assert_nonnull (strstr (_sitrep_timeline_view_get_first_axis_label (SITREP_TIMELINE_VIEW (view)), "2022"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
}

static gboolean
frame_drawn (gpointer data)
{
  return sitrep_timeline_view_get_n_drawn (data) > 0;
}

/* Lanes by type: the label column follows the longest label, so a codebook
 * value such as "Explosions/Remote violence" reads whole (issue 10, item 11);
 * a label longer than the column's limit is cut, the plot keeps its room. */
static void
test_lane_labels_whole (void)
{
  const char *types[] = { "Battles", "Explosions/Remote violence", "Violence against civilians",
                          "Strategic developments",
                          "A codebook value far longer than any lane label column should ever give room to, "
                          "so that it has to be cut" };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = g_object_ref_sink (sitrep_timeline_view_new ());
  g_autoptr(GArray) events = sitrep_timeline_events_new ();
  double left;

  for (guint i = 0; i < G_N_ELEMENTS (types) - 1; i++)
    {
      SitrepTimelineEvent e = { 0 };

      e.event_id = i + 1;
      e.first = e.last = day ("2022-03-01") + i;
      e.fatalities = 2;
      e.event_type = g_strdup (types[i]);
      g_array_append_val (events, e);
    }
  sitrep_timeline_view_set_events (SITREP_TIMELINE_VIEW (view), events);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 260);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  sitrep_test_wait_until (widget_sized, view, "the timeline on screen");
  sitrep_test_wait_until (frame_drawn, view, "the lanes drawn");
  g_assert_cmpuint (g_strv_length ((GStrv) sitrep_timeline_view_get_lane_names (SITREP_TIMELINE_VIEW (view))), ==, 4);
  g_assert_cmpuint (_sitrep_timeline_view_get_n_labels_cut (SITREP_TIMELINE_VIEW (view)), ==, 0);
  sitrep_timeline_view_set_visible (SITREP_TIMELINE_VIEW (view), day ("2022-03-01"), day ("2022-03-10"));
  left = sitrep_timeline_view_day_to_x (SITREP_TIMELINE_VIEW (view), day ("2022-03-01"));
  g_assert_cmpfloat (left, >, 180);
  g_assert_cmpfloat (left, <, 320);

  /* A value longer than the limit: cut (whole in the lane's tooltip), the column at its limit. */
  {
    SitrepTimelineEvent e = { 0 };
    g_autoptr(GArray) more = sitrep_timeline_events_new ();

    for (guint i = 0; i < events->len; i++)
      {
        SitrepTimelineEvent c = g_array_index (events, SitrepTimelineEvent, i);

        c.event_type = g_strdup (c.event_type);
        g_array_append_val (more, c);
      }
    e.event_id = 99;
    e.first = e.last = day ("2022-03-09");
    e.fatalities = 1;
    e.event_type = g_strdup (types[G_N_ELEMENTS (types) - 1]);
    g_array_append_val (more, e);
    sitrep_timeline_view_set_events (SITREP_TIMELINE_VIEW (view), more);
  }
  sitrep_timeline_view_set_visible (SITREP_TIMELINE_VIEW (view), day ("2022-03-01"), day ("2022-03-10"));
  sitrep_test_wait_frames (view, 2);
  g_assert_cmpuint (_sitrep_timeline_view_get_n_labels_cut (SITREP_TIMELINE_VIEW (view)), ==, 1);
  left = sitrep_timeline_view_day_to_x (SITREP_TIMELINE_VIEW (view), day ("2022-03-01"));
  g_assert_cmpfloat (left, <=, 300.5);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
}

static gboolean
widget_laid_out (gpointer data)
{
  return sitrep_test_has_size (data);
}

static void
test_day_is_point (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = sitrep_timeline_view_new ();
  g_autoptr(GArray) events = sitrep_timeline_events_new ();
  Picture picture = { 0 };
  SitrepTimelineEvent e = { 0 };
  guint32 d = day ("2022-03-05");
  double x0, x1;

  e.event_id = 1;
  e.first = e.last = d;
  e.fatalities = 3;
  e.date_precision = 1;
  e.event_type = g_strdup ("Battles");
  g_array_append_val (events, e);
  memset (&e, 0, sizeof e);
  e.event_id = 2;
  e.first = day ("2022-03-14");
  e.last = day ("2022-03-20");
  e.fatalities = 3;
  e.date_precision = 3;
  e.event_type = g_strdup ("Battles");
  g_array_append_val (events, e);

  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 300);
  sitrep_timeline_view_set_events (SITREP_TIMELINE_VIEW (view), events);
  g_object_ref (view);
  gtk_window_present (GTK_WINDOW (window));
  sitrep_test_wait_until (widget_laid_out, view, "the timeline laid out");
  sitrep_test_wait_frames (window, 2);

  /* Zoomed in to about 300 pixels a day: the day's mark stays a mark,
   * nothing is drawn a third of the way into the day. */
  /* The view takes the new scale at once; render() snapshots what it last
   * drew, so it draws once more first. */
  sitrep_timeline_view_set_visible (SITREP_TIMELINE_VIEW (view), d - 1, d + 2);
  sitrep_test_wait_frames (view, 2);
  x0 = sitrep_timeline_view_day_to_x (SITREP_TIMELINE_VIEW (view), d);
  x1 = sitrep_timeline_view_day_to_x (SITREP_TIMELINE_VIEW (view), d + 1);
  g_assert_cmpfloat (x1 - x0, >, 200);
  render (view, &picture);
  g_assert_cmpint (column_difference (&picture, (int) (x0 + (x1 - x0) / 3),
                                      (int) sitrep_timeline_view_day_to_x (SITREP_TIMELINE_VIEW (view),
                                                                           d + 1.5)), <, 8);
  /* … while its middle holds the mark. */
  g_assert_cmpint (column_difference (&picture, (int) ((x0 + x1) / 2),
                                      (int) sitrep_timeline_view_day_to_x (SITREP_TIMELINE_VIEW (view),
                                                                           d + 1.5)), >, 40);

  /* A week known only as a week is a span: drawn across its days. */
  sitrep_timeline_view_set_visible (SITREP_TIMELINE_VIEW (view), day ("2022-03-12"), day ("2022-03-23"));
  sitrep_test_wait_frames (view, 2);
  render (view, &picture);
  x0 = sitrep_timeline_view_day_to_x (SITREP_TIMELINE_VIEW (view), day ("2022-03-14"));
  x1 = sitrep_timeline_view_day_to_x (SITREP_TIMELINE_VIEW (view), day ("2022-03-21"));
  g_assert_cmpint (column_difference (&picture, (int) (x0 + (x1 - x0) / 3),
                                      (int) sitrep_timeline_view_day_to_x (SITREP_TIMELINE_VIEW (view),
                                                                           day ("2022-03-22") + 0.5)), >, 20);

  g_free (picture.pixels);
  gtk_window_destroy (GTK_WINDOW (window));
  sitrep_test_wait_finalized (view, "the timeline view");
}

typedef struct
{
  Fixture    *f;
  GtkWidget  *label;
  const char *text;
} LabelWanted;

static gboolean
count_reads (gpointer data)
{
  LabelWanted *w = data;

  return g_strcmp0 (gtk_label_get_text (GTK_LABEL (w->label)), w->text) == 0;
}

/* The label is laid out with the width its text needs, all of it. */
static gboolean
label_fits (gpointer data)
{
  LabelWanted *w = data;
  int natural = 0;

  if (!sitrep_test_has_size (w->label))
    return FALSE;
  gtk_widget_measure (w->label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  /* What measuring gives has the margins in it; the width does not. */
  return gtk_widget_get_width (w->label) + gtk_widget_get_margin_start (w->label) +
         gtk_widget_get_margin_end (w->label) >= natural;
}

static gboolean
widget_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

/* At a laptop's 1280×800 the brushed range's days and the count of events
 * in it stay whole however long the rest of the status is: they have a
 * label of their own, laid out at its whole width; only the totals after it
 * give way, and the whole status is in the tooltips (issue 10). */
static void
test_status_fits (Fixture       *f,
                  gconstpointer  data)
{
  LabelWanted count;
  GtkWidget *status;
  const char *tooltip;

  sitrep_test_set_window_size (1280, 800);
  open_window (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-map", NULL));
  show_timeline (f);
  status = child (f, "timeline_status_label");

  sitrep_timeline_view_set_range (timeline (f), day ("2022-02-27"), day ("2022-03-03"));
  count = (LabelWanted) { f, child (f, "timeline_count_label"), "27 Feb – 3 Mar 2022: 2 events" };
  sitrep_test_wait_until (count_reads, &count, "the range and its count of events");
  sitrep_test_wait_until (label_fits, &count, "the range and its count to have their whole width");
  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (count.label)), ==, PANGO_ELLIPSIZE_NONE);
  /* The totals follow; the range is not said twice. */
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (status)), "· 4 dated events"));
  g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (status)), "Mar"));
  tooltip = gtk_widget_get_tooltip_text (status);
  g_assert_nonnull (strstr (tooltip, "Range 27 Feb 2022 – 3 Mar 2022: 2 events"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (count.label), ==, tooltip);

  sitrep_timeline_view_set_range (timeline (f), day ("2022-03-04"), day ("2022-03-10"));
  count.text = "4–10 Mar 2022: 3 events";
  sitrep_test_wait_until (count_reads, &count, "the new range and its count");
  sitrep_test_wait_until (label_fits, &count, "the new range to keep its whole width");

  sitrep_timeline_view_set_range (timeline (f), day ("2021-12-30"), day ("2022-03-01"));
  count.text = "30 Dec 2021 – 1 Mar 2022: 2 events";
  sitrep_test_wait_until (count_reads, &count, "a range across two years and its count");
  sitrep_test_wait_until (label_fits, &count, "a range across two years to keep its whole width");

  /* Narrower than any laptop: the rest of the status gives way, not the range. */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 600);
  sitrep_test_wait_until (label_fits, &count, "the range to keep its width in a narrow window");

  /* Cleared: no range, the totals alone. */
  g_assert_true (gtk_widget_activate_action (count.label, "timeline.clear-range", NULL));
  sitrep_test_wait_until (widget_hidden, count.label, "the range's label to go");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (status)), "4 dated events"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* the timeline's description readable by the test (GTK's test backend) */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_init ();
  adw_init ();

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/gui/timeline/day-is-point", test_day_is_point);
  g_test_add_func ("/gui/timeline/axis-year", test_axis_year);
  g_test_add_func ("/gui/timeline/lane-labels-whole", test_lane_labels_whole);
  ADD ("/gui/timeline/pane-restored", test_pane_restored);
  ADD ("/gui/timeline/range-by-keyboard", test_range_by_keyboard);
  ADD ("/gui/timeline/pane-saved", test_pane_saved);
  ADD ("/gui/timeline/pane-minimum", test_pane_minimum);
  ADD ("/gui/timeline/brush", test_brush);
  ADD ("/gui/timeline/status-fits", test_status_fits);
  ADD ("/gui/timeline/select-hidden-article", test_select_hidden_article);
  ADD ("/gui/timeline/play-to-end", test_play_to_end);
  ADD ("/gui/timeline/play-from-view", test_play_from_view);
  ADD ("/gui/timeline/describe", test_describe);
  ADD ("/gui/timeline/click-selects", test_click_selects);
  ADD ("/gui/timeline/keys-select", test_keys_select);
  ADD ("/gui/timeline/lanes-remembered", test_lanes_remembered);

#undef ADD

  return g_test_run ();
}

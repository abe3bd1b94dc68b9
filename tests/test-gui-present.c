/* test-gui-present.c — the timeline pane, presentation mode, stories and the story handout, under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-events-view.h"
#include "sitrep-map-points-layer.h"
#include "sitrep-presentation.h"
#include "sitrep-stories-dialog.h"
#include "sitrep-store.h"
#include "sitrep-story-export.h"
#include "sitrep-timeline-view.h"
#include "sitrep-window.h"
#include "sitrep-events-view-private.h"
#include "sitrep-map-points-layer-private.h"
#include "sitrep-presentation-test-private.h"
#include "sitrep-stories-dialog-private.h"
#include "sitrep-timeline-view-test-private.h"
#include "sitrep-window-test-private.h"


static const char *body_text =
  "Fighting resumed in the south.\n\n"
  "At least 12 people were killed in clashes in Jasim on Wednesday, the Observatory said.\n\n"
  "Shelling hit Daraa later in the week.\n";

typedef struct
{
  char         *dir;
  char         *path;
  SitrepStore  *store;
  SitrepWindow *window;
  gint64        article;
  gint64        events[4];   /* by date: Daraa 1 Mar, Jasim 5 Mar, Homs 9 Mar, Aleppo 20 Mar 2022 */
} Fixture;

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
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  gint64 daraa, jasim, homs, aleppo;
  const char *quote = "At least 12 people were killed in clashes in Jasim on Wednesday, the Observatory said.";

  f->store = sitrep_test_create_project ("sitrep-present-XXXXXX", &f->dir, &f->path);

  f->article = sitrep_test_add_article_full (f->store, "Clashes in the south", body_text, "SOHR", NULL);

  daraa = sitrep_test_add_place (f->store, "Daraa", 32.6189, 36.1021, "Daraa");
  jasim = sitrep_test_add_place (f->store, "Jasim", 32.9924, 36.0603, "Daraa");
  homs = sitrep_test_add_place (f->store, "Homs", 34.7308, 36.7094, "Homs");
  aleppo = sitrep_test_add_place (f->store, "Aleppo", 36.2021, 37.1343, "Aleppo");
  f->events[0] = sitrep_test_add_event (f->store, "2022-03-01", NULL, 1, daraa, "Explosions/Remote violence", 4);
  f->events[1] = sitrep_test_add_event (f->store, "2022-03-05", NULL, 1, jasim, "Battles", 12);
  f->events[2] = sitrep_test_add_event (f->store, "2022-03-09", NULL, 1, homs, "Battles", 7);
  f->events[3] = sitrep_test_add_event (f->store, "2022-03-20", NULL, 1, aleppo, "Violence against civilians", 2);
  {
    const char *start = strstr (body_text, quote);

    sitrep_store_add_event_evidence (f->store, f->events[1], f->article,
                                     (guint) g_utf8_pointer_to_offset (body_text, start),
                                     (guint) g_utf8_pointer_to_offset (body_text, start + strlen (quote)),
                                     &error);
    g_assert_no_error (error);
  }

  g_settings_set_string (settings, "annotator-name", "Tester");
  open_window (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    close_window (f);
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
}

static gboolean
presentation_open (gpointer data)
{
  Fixture *f = data;
  GtkWidget *p = sitrep_test_find_window (GTK_WINDOW (f->window), SITREP_TYPE_PRESENTATION);

  return p != NULL && gtk_widget_get_mapped (p);
}

static gboolean
presentation_gone (gpointer data)
{
  Fixture *f = data;
  GtkWidget *p = sitrep_test_find_window (GTK_WINDOW (f->window), SITREP_TYPE_PRESENTATION);

  return p == NULL || !gtk_widget_get_visible (p);
}

static gboolean
presentation_landed (gpointer data)
{
  return !sitrep_presentation_get_flying (data);
}

static void
test_present_steps (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SitrepStoryCard) third = NULL;
  g_autoptr(GError) error = NULL;
  SitrepPresentation *p;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL));
  sitrep_test_wait_until (presentation_open, f, "the presentation");
  p = g_object_ref (SITREP_PRESENTATION (sitrep_test_find_window (GTK_WINDOW (f->window), SITREP_TYPE_PRESENTATION)));
  g_assert_cmpuint (sitrep_presentation_get_n_steps (p), ==, 4);
  g_assert_cmpuint (sitrep_presentation_get_step (p), ==, 0);
  g_assert_cmpint (sitrep_presentation_get_event (p), ==, f->events[0]);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p), "presentation.next", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p), "presentation.next", NULL));
  g_assert_cmpuint (sitrep_presentation_get_step (p), ==, 2);
  g_assert_cmpint (sitrep_presentation_get_event (p), ==, f->events[2]);

  /* The card shows the third event, in the handout's words. */
  third = sitrep_story_card_new (f->store, f->events[2], &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sitrep_presentation_get_card_text (p, "date"), ==, third->date);
  g_assert_cmpstr (sitrep_presentation_get_card_text (p, "place"), ==, third->place);
  g_assert_nonnull (strstr (sitrep_presentation_get_card_text (p, "date"), "9"));
  g_assert_nonnull (strstr (sitrep_presentation_get_card_text (p, "place"), "Homs"));
  sitrep_test_wait_until (presentation_landed, p, "the map to land on the third event");

  /* Back one: the quote of the Jasim clash and its outlet. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p), "presentation.previous", NULL));
  g_assert_nonnull (strstr (sitrep_presentation_get_card_text (p, "quote"), "12 people were killed"));
  g_assert_nonnull (strstr (sitrep_presentation_get_card_text (p, "place"), "Jasim"));

  /* The arrow keys step the way the controls point: Right goes on in a
   * left-to-right layout, Left goes on in a right-to-left one. */
  g_assert_cmpuint (sitrep_presentation_get_step (p), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p), "presentation.arrow-right", NULL));
  g_assert_cmpuint (sitrep_presentation_get_step (p), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p), "presentation.arrow-left", NULL));
  g_assert_cmpuint (sitrep_presentation_get_step (p), ==, 1);
  gtk_widget_set_direction (GTK_WIDGET (p), GTK_TEXT_DIR_RTL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p), "presentation.arrow-left", NULL));
  g_assert_cmpuint (sitrep_presentation_get_step (p), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p), "presentation.arrow-right", NULL));
  g_assert_cmpuint (sitrep_presentation_get_step (p), ==, 1);
  gtk_widget_set_direction (GTK_WIDGET (p), GTK_TEXT_DIR_NONE);

  /* C hides the card, T shows the strip. */
  g_assert_true (sitrep_presentation_get_card_visible (p));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p), "presentation.toggle-card", NULL));
  g_assert_false (sitrep_presentation_get_card_visible (p));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p), "presentation.toggle-strip", NULL));
  g_assert_true (sitrep_presentation_get_strip_visible (p));

  /* Esc leaves. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p), "presentation.leave", NULL));
  sitrep_test_wait_until (presentation_gone, f, "the presentation to close");
  g_assert_finalize_object (p);
  g_assert_null (sitrep_test_find_window (GTK_WINDOW (f->window), SITREP_TYPE_PRESENTATION));
}

static gboolean
presentation_ready (gpointer data)
{
  return sitrep_presentation_get_ready (data);
}

static GtkWidget *
find_widget_of_type (GtkWidget *widget,
                     GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_widget_of_type (child, type)) != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  SitrepPresentation *p;
  SitrepStore        *store;
} RingCheck;

/* The current incident's ring is drawn where its place is on the map as it
 * is now, not where it was mid-flight. */
static gboolean
ring_on_place (gpointer data)
{
  RingCheck *check = data;
  SitrepMapPointsLayer *layer = SITREP_MAP_POINTS_LAYER (find_widget_of_type (GTK_WIDGET (check->p),
                                                                              SITREP_TYPE_MAP_POINTS_LAYER));
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (layer));
  g_autoptr(SitrepEvent) event = sitrep_store_get_event (check->store, sitrep_presentation_get_event (check->p), NULL);
  double x, y, want_x, want_y;

  if (!sitrep_map_points_layer_get_highlight_drawn (layer, &x, &y))
    return FALSE;
  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (layer), sitrep_event_get_latitude (event),
                                              sitrep_event_get_longitude (event), &want_x, &want_y);

  return fabs (x - want_x) < 1.0 && fabs (y - want_y) < 1.0;
}

/* Flying from step to step shows no blank tile: the tiles along the way are
 * drawn while the presenter speaks, and the map finds each one at once. */
static void
test_present_flights (Fixture       *f,
                      gconstpointer  data)
{
  SitrepPresentation *p;
  guint n_flights = 0, n_late = G_MAXUINT, n_tiles = 0;
  double wait_ms = -1;
  RingCheck check;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL));
  sitrep_test_wait_until (presentation_open, f, "the presentation");
  p = g_object_ref (SITREP_PRESENTATION (sitrep_test_find_window (GTK_WINDOW (f->window), SITREP_TYPE_PRESENTATION)));
  sitrep_test_wait_until (presentation_ready, p, "the way to the second step to be drawn");

  /* Daraa → Jasim → Homs → Aleppo: 45 km, 250 km, 170 km. */
  for (guint i = 1; i <= 3; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p), "presentation.next", NULL));
      g_assert_true (sitrep_presentation_get_flying (p));
      sitrep_test_wait_until (presentation_ready, p, "the flight to land");
      g_assert_cmpuint (sitrep_presentation_get_step (p), ==, i);
      /* Landed, the marks are drawn where the map now is (they used to
       * stay at their mid-flight places). */
      check.p = p;
      check.store = f->store;
      sitrep_test_wait_until (ring_on_place, &check, "the incident's ring on its place");
    }

  sitrep_presentation_get_flight_stats (p, &n_flights, &n_late, &n_tiles, &wait_ms);
  g_test_message ("last flight: %u tiles, waited %.1f ms", n_tiles, wait_ms);
  g_assert_cmpuint (n_flights, ==, 3);
  g_assert_cmpuint (n_tiles, >, 10);
  /* Drawn ahead: the flight did not wait for its tiles … */
  g_assert_cmpfloat (wait_ms, <, 50);
  /* … and the map never had to wait for one. */
  g_assert_cmpuint (n_late, ==, 0);

  /* A jump back to the first step and on again: the same way, drawn. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p), "presentation.first", NULL));
  sitrep_test_wait_until (presentation_ready, p, "the flight back to land");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p), "presentation.next", NULL));
  sitrep_test_wait_until (presentation_ready, p, "the flight to land");
  sitrep_presentation_get_flight_stats (p, &n_flights, &n_late, NULL, NULL);
  g_assert_cmpuint (n_flights, ==, 5);
  g_assert_cmpuint (n_late, ==, 0);

  gtk_window_destroy (GTK_WINDOW (p));
  sitrep_test_wait_until (presentation_gone, f, "the presentation to close");
  g_assert_finalize_object (p);
}

/* The first ShumateMap in @widget's tree. */
static ShumateMap *
find_map (GtkWidget *widget)
{
  if (SHUMATE_IS_MAP (widget))
    return SHUMATE_MAP (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      ShumateMap *map = find_map (c);

      if (map != NULL)
        return map;
    }
  return NULL;
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Closed while it draws the way to the next step: the drawing stops (the
 * map source, which each run of it holds, goes soon after) and nothing
 * reaches the closed presentation (under ASan, a use after free). */
static void
test_present_close_while_drawing (Fixture       *f,
                                  gconstpointer  data)
{
  SitrepPresentation *p;
  ShumateMapSource *source;
  ShumateMap *map;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL));
  sitrep_test_wait_until (presentation_open, f, "the presentation");
  p = g_object_ref (SITREP_PRESENTATION (sitrep_test_find_window (GTK_WINDOW (f->window), SITREP_TYPE_PRESENTATION)));
  map = find_map (GTK_WIDGET (p));
  g_assert_nonnull (map);
  source = shumate_viewport_get_reference_map_source (shumate_map_get_viewport (map));
  g_assert_nonnull (source);
  g_object_add_weak_pointer (G_OBJECT (source), (gpointer *) &source);
  /* Laid out, it rests on the first step and draws the way to the second
   * (an idle after the size is known): not ready until that is drawn. */
  sitrep_test_wait_until ((SitrepTestCondition) sitrep_test_has_size, map, "the map laid out");
  sitrep_test_wait_frames (GTK_WIDGET (map), 2);
  g_test_message ("closed %s", sitrep_presentation_get_ready (p) ? "after the drawing" : "while drawing");

  gtk_window_destroy (GTK_WINDOW (p));
  sitrep_test_wait_until (presentation_gone, f, "the presentation to close");
  sitrep_test_wait_finalized (p, "the presentation");
  sitrep_test_wait_until (is_null, &source, "the map source, its drawing stopped");
}

typedef struct
{
  guint   n;
  guint32 first;
  guint32 last;
} RangeSeen;

static void
on_range_changed (SitrepTimelineView *view,
                  guint               first,
                  guint               last,
                  RangeSeen          *seen)
{
  seen->n++;
  seen->first = first;
  seen->last = last;
}

static gboolean
timeline_loaded (gpointer data)
{
  Fixture *f = data;
  SitrepTimelineView *view = sitrep_window_get_timeline_view (f->window);

  return sitrep_timeline_view_get_n_events (view) == 4 && gtk_widget_get_mapped (GTK_WIDGET (view));
}

static gboolean
timeline_drawn (gpointer data)
{
  return sitrep_timeline_view_get_n_drawn (data) > 0;
}

typedef struct
{
  Fixture *f;
  guint    most;
  guint    least;
} PointsWait;

static gboolean
map_points_within (gpointer data)
{
  PointsWait *w = data;
  guint n = sitrep_map_points_layer_get_n_points (sitrep_map_view_get_events_layer (sitrep_window_get_map_view (w->f->window)));

  return n >= w->least && n <= w->most;
}

static gboolean
events_list_is_two (gpointer data)
{
  Fixture *f = data;
  SitrepEventsView *view = sitrep_window_get_events_view (f->window);
  SitrepEventList *list = sitrep_events_view_get_list (view);

  return list != NULL && g_list_model_get_n_items (G_LIST_MODEL (list)) == 2;
}

static void
test_timeline (Fixture       *f,
               gconstpointer  data)
{
  SitrepTimelineView *view = sitrep_window_get_timeline_view (f->window);
  RangeSeen seen = { 0 };
  guint32 first, last;
  double x0, x1;
  int width;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-timeline", NULL));
  sitrep_test_wait_until (timeline_loaded, f, "the timeline");
  sitrep_test_wait_until (timeline_drawn, view, "the timeline's marks drawn");
  g_assert_cmpuint (sitrep_timeline_view_get_n_events (view), ==, 4);
  g_assert_cmpstr (sitrep_timeline_view_get_lane_names (view)[0], ==, "Battles");
  g_assert_cmpuint (sitrep_timeline_view_get_n_drawn (view), >, 0);
  g_assert_cmpint (sitrep_timeline_view_get_unit (view), ==, SITREP_TIMELINE_DAY);

  /* Lanes by actor. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.timeline-zoom-in", NULL);
  g_object_set (view, "lanes", SITREP_TIMELINE_LANES_ACTOR, NULL);
  g_assert_cmpstr (sitrep_timeline_view_get_lane_names (view)[0], ==, "No actor");
  g_object_set (view, "lanes", SITREP_TIMELINE_LANES_TYPE, NULL);

  /* A brush over 4–10 March: two events, in the Events view as well. */
  g_signal_connect (view, "range-changed", G_CALLBACK (on_range_changed), &seen);
  g_assert_true (sitrep_timeline_parse_day ("2022-03-04", &first));
  g_assert_true (sitrep_timeline_parse_day ("2022-03-10", &last));
  sitrep_timeline_view_set_range (view, first, last);
  g_assert_cmpuint (seen.n, ==, 1);
  g_assert_cmpuint (seen.first, ==, first);
  g_assert_cmpuint (seen.last, ==, last);
  sitrep_test_wait_until (events_list_is_two, f, "the events list to follow the range");

  /* Clearing emits too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.clear-timeline-range", NULL));
  g_assert_cmpuint (seen.n, ==, 2);
  g_assert_cmpuint (seen.first, ==, 0);
  g_assert_false (sitrep_timeline_view_get_range (view, NULL, NULL));

  /* A brush by dragging with Shift, as the user does. */
  sitrep_timeline_view_zoom_to_fit (view);
  sitrep_timeline_view_get_visible (view, &x0, &x1);
  width = gtk_widget_get_width (GTK_WIDGET (view));
  g_assert_cmpint (width, >, 200);
  sitrep_timeline_view_set_brush_mode (view, TRUE);
  {
    GtkGesture *drag = NULL;
    GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

        if (GTK_IS_GESTURE_DRAG (c))
          drag = GTK_GESTURE (c);
      }
    g_object_unref (controllers);
    g_assert_nonnull (drag);
    /* The controller's signals are what a pointer drag emits. */
    g_signal_emit_by_name (drag, "drag-begin", 300.0, 150.0);
    g_signal_emit_by_name (drag, "drag-update", 100.0, 0.0);
    g_signal_emit_by_name (drag, "drag-end", 100.0, 0.0);
  }
  g_assert_cmpuint (seen.n, ==, 3);
  g_assert_cmpuint (seen.first, >, 0);
  g_assert_cmpuint (seen.last, >=, seen.first);
  sitrep_timeline_view_set_brush_mode (view, FALSE);
  sitrep_timeline_view_set_range (view, 0, 0);

  /* In step with the window: selecting elsewhere rings it here, and a click here selects everywhere. */
  sitrep_window_select_event (f->window, f->events[1]);
  g_assert_cmpint (sitrep_timeline_view_get_selected_event (view), ==, f->events[1]);
  g_signal_emit_by_name (view, "event-activated", f->events[3]);
  g_assert_cmpint (sitrep_window_get_current_event (f->window), ==, f->events[3]);

  /* Keyboard zoom and pan keep the view sane. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.timeline-zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.timeline-zoom-fit", NULL);

  /* Playback: a window moves; the map shows only its events. */
  {
    PointsWait playing = { f, 2, 0 }, all = { f, 4, 4 };
    SitrepTimelinePane *pane = sitrep_window_get_timeline_pane (f->window);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.timeline-play", NULL));
    sitrep_test_wait_until (map_points_within, &playing, "playback to show its window on the map");
    /* Pause holds the window on the map (no tick is left to move it);
     * stopping shows every event again. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.timeline-play", NULL));
    g_assert_true (sitrep_timeline_pane_is_playing (pane));
    g_assert_true (map_points_within (&playing));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.timeline-stop", NULL));
    g_assert_false (sitrep_timeline_pane_is_playing (pane));
    sitrep_test_wait_until (map_points_within, &all, "every event back on the map");
  }
}

static GArray *
steps_of (SitrepStore *store,
          const char  *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = sitrep_store_find_story (store, name, &error);
  GArray *steps;

  g_assert_no_error (error);
  steps = sitrep_store_list_story_steps (store, id, &error);
  g_assert_no_error (error);

  return steps;
}

static void
test_stories (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  SitrepStoriesDialog *dialog;
  SitrepPresentation *p;
  gint64 story;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-stories", NULL));
  dialog = SITREP_STORIES_DIALOG (sitrep_test_find_window (GTK_WINDOW (f->window), SITREP_TYPE_STORIES_DIALOG));
  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  /* The dialog lists the project's stories as it opens: none. */
  sitrep_test_wait_until (sitrep_test_widget_mapped, dialog, "the stories dialog");
  g_assert_cmpuint (sitrep_stories_dialog_get_n_stories (dialog), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "stories.new", "s", "The south"));
  g_assert_cmpuint (sitrep_stories_dialog_get_n_stories (dialog), ==, 1);
  story = sitrep_stories_dialog_get_selected (dialog);
  g_assert_cmpint (story, >, 0);
  for (guint i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "stories.add-step", "(xx)",
                                               story, f->events[i]));
  /* The window's current event, from the button. */
  sitrep_window_select_event (f->window, f->events[3]);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "stories.add-current", NULL));
  g_assert_cmpuint (sitrep_stories_dialog_get_n_steps (dialog), ==, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "stories.remove-step", "(xu)", story, 3u));
  /* Reorder: the Homs step first, as a drag to the top does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "stories.move-step", "(xuu)", story, 2u, 0u));
  g_assert_cmpuint (sitrep_stories_dialog_get_n_steps (dialog), ==, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "stories.rename", "(xs)", story, "Southern front"));

  /* A second story, then deleted. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "stories.new", "s", "Scratch"));
  g_assert_cmpuint (sitrep_stories_dialog_get_n_stories (dialog), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "stories.delete", "x",
                                             sitrep_stories_dialog_get_selected (dialog)));
  g_assert_cmpuint (sitrep_stories_dialog_get_n_stories (dialog), ==, 1);

  /* Present the story: its order, not the dates'. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present-story", "s", "Southern front"));
  sitrep_test_wait_until (presentation_open, f, "the presentation of the story");
  p = SITREP_PRESENTATION (sitrep_test_find_window (GTK_WINDOW (f->window), SITREP_TYPE_PRESENTATION));
  g_assert_cmpuint (sitrep_presentation_get_n_steps (p), ==, 3);
  g_assert_cmpint (sitrep_presentation_get_event (p), ==, f->events[2]);
  gtk_widget_activate_action (GTK_WIDGET (p), "presentation.leave", NULL);
  sitrep_test_wait_until (presentation_gone, f, "the presentation to close");

  /* Closing the window closes the dialog; the story stays in the file. */
  close_window (f);
  g_assert_finalize_object (dialog);
  g_clear_object (&f->store);
  f->store = sitrep_store_open (f->path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  steps = steps_of (f->store, "Southern front");
  g_assert_cmpuint (steps->len, ==, 3);
  g_assert_cmpint (g_array_index (steps, gint64, 0), ==, f->events[2]);
  g_assert_cmpint (g_array_index (steps, gint64, 1), ==, f->events[0]);
  g_assert_cmpint (g_array_index (steps, gint64, 2), ==, f->events[1]);
  g_assert_cmpint (sitrep_store_find_story (f->store, "Scratch", NULL), ==, 0);
}

static gboolean
not_exporting (gpointer data)
{
  Fixture *f = data;

  return !sitrep_window_is_exporting (f->window);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "handout.pdf", NULL);
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *out = NULL;
  g_autofree char *command = NULL;
  gint64 story;
  int status;

  story = sitrep_store_create_story (f->store, "Handout", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      sitrep_store_add_story_step (f->store, story, f->events[i], -1, &error);
      g_assert_no_error (error);
    }

  /* A title page first, and a PNG a step beside the PDF, as the export
   * dialog's two choices ask. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-story-to", "(ssbb)",
                                             "Handout", pdf, TRUE, TRUE));
  g_assert_true (sitrep_window_is_exporting (f->window));
  sitrep_test_wait_until (not_exporting, f, "the export");
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
  /* What was written where, with Open (the walk's toast said "Story
   * exported: 2 steps", no file, no folder). */
  {
    const char *toast = sitrep_window_get_last_toast (f->window);
    g_autofree char *folder = g_path_get_basename (f->dir);

    g_assert_nonnull (strstr (toast, "“handout.pdf”"));
    g_assert_nonnull (strstr (toast, folder));
    g_assert_nonnull (strstr (toast, "a title page and 3 steps"));
    g_assert_nonnull (strstr (toast, "“handout (pages)”"));
    g_assert_cmpstr (sitrep_window_get_last_toast_action (f->window), ==, "win.open-exported");
  }
  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *name = g_strdup_printf ("step-%03u.png", i);
      g_autofree char *png = g_build_filename (f->dir, "handout (pages)", name, NULL);

      /* Three steps, three images: the title page is the PDF's only. */
      g_assert_cmpint (g_file_test (png, G_FILE_TEST_EXISTS), ==, i <= 3);
    }

  if (pdfinfo == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed");
      return;
    }
  command = g_strdup_printf ("pdfinfo '%s'", pdf);
  g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (out, "Pages:"));
  {
    const char *pages = strstr (out, "Pages:") + strlen ("Pages:");

    /* The title page and one page a step. */
    g_assert_cmpint (atoi (pages), ==, 4);
  }
}

static gboolean
chooser_has_folder (gpointer data)
{
  g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (data);

  return folder != NULL;
}

/* The name the export dialog offers for @story ("" for all events). */
static char *
dup_suggested_handout_name (Fixture    *f,
                            const char *story)
{
  GtkWindow *dialog;
  char *name;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-story", "s", story));
  sitrep_test_wait_until (sitrep_test_toplevel_shown, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG),
                          "the export dialog");
  dialog = sitrep_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  sitrep_test_wait_until (chooser_has_folder, dialog, "the export dialog's folder");
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (dialog));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG),
                          "the export dialog to close");
  return name;
}

/* The handout of all events is named after the project ("incidents.pdf"
 * whatever the project, the walk found), a story's after the story. */
static void
test_export_name (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *all = NULL;
  g_autofree char *story = NULL;

  sitrep_store_create_story (f->store, "Daraa, March", &error);
  g_assert_no_error (error);
  all = dup_suggested_handout_name (f, "");
  g_assert_cmpstr (all, ==, "project.pdf");
  story = dup_suggested_handout_name (f, "Daraa, March");
  g_assert_cmpstr (story, ==, "Daraa, March.pdf");
}

/* A range brushed on the timeline is what the presentation presents. */
static void
test_present_range (Fixture       *f,
                    gconstpointer  data)
{
  SitrepTimelineView *view = sitrep_window_get_timeline_view (f->window);
  SitrepPresentation *p;
  guint32 first = 0, last = 0;

  g_assert_true (sitrep_timeline_parse_day ("2022-03-04", &first));
  g_assert_true (sitrep_timeline_parse_day ("2022-03-10", &last));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-timeline", NULL);
  sitrep_test_wait_until (timeline_loaded, f, "the timeline");
  sitrep_timeline_view_set_range (view, first, last);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL));
  sitrep_test_wait_until (presentation_open, f, "the presentation");
  p = g_object_ref (SITREP_PRESENTATION (sitrep_test_find_window (GTK_WINDOW (f->window), SITREP_TYPE_PRESENTATION)));
  /* Jasim (5 Mar) and Homs (9 Mar), not Daraa (1 Mar) nor Aleppo (20 Mar). */
  g_assert_cmpuint (sitrep_presentation_get_n_steps (p), ==, 2);
  g_assert_cmpint (sitrep_presentation_get_event (p), ==, f->events[1]);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p), "presentation.next", NULL));
  g_assert_cmpint (sitrep_presentation_get_event (p), ==, f->events[2]);

  gtk_window_destroy (GTK_WINDOW (p));
  sitrep_test_wait_until (presentation_gone, f, "the presentation to close");
  g_assert_finalize_object (p);

  /* Cleared: every event again. */
  sitrep_timeline_view_set_range (view, 0, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL));
  sitrep_test_wait_until (presentation_open, f, "the presentation");
  p = SITREP_PRESENTATION (sitrep_test_find_window (GTK_WINDOW (f->window), SITREP_TYPE_PRESENTATION));
  g_assert_cmpuint (sitrep_presentation_get_n_steps (p), ==, 4);
  gtk_window_destroy (GTK_WINDOW (p));
  sitrep_test_wait_until (presentation_gone, f, "the presentation to close");
}

static void
test_timeline_view_lifecycle (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = sitrep_timeline_view_new ();
  g_autoptr(GArray) events = sitrep_timeline_events_new ();

  for (guint i = 0; i < 1000; i++)
    {
      SitrepTimelineEvent e = { 0 };

      e.event_id = i + 1;
      e.first = 738000 + i / 3;
      e.last = e.first + (i % 10 == 0 ? 30 : 0);
      e.fatalities = i % 7;
      e.event_type = g_strdup (i % 2 ? "Battles" : "Protests");
      g_array_append_val (events, e);
    }
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 300);
  sitrep_timeline_view_set_events (SITREP_TIMELINE_VIEW (view), events);
  g_object_ref (view);
  gtk_window_present (GTK_WINDOW (window));
  sitrep_test_wait_until (timeline_drawn, view, "the timeline's marks drawn");
  /* Marks are aggregated: fewer than the events. */
  g_assert_cmpuint (sitrep_timeline_view_get_n_drawn (SITREP_TIMELINE_VIEW (view)), <, 1000);
  for (guint i = 0; i < 10; i++)
    sitrep_timeline_view_zoom (SITREP_TIMELINE_VIEW (view), 1.6, -1);
  g_assert_cmpint (sitrep_timeline_view_get_unit (SITREP_TIMELINE_VIEW (view)), ==, SITREP_TIMELINE_DAY);
  gtk_window_destroy (GTK_WINDOW (window));
  sitrep_test_wait_finalized (view, "the timeline view");
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

  g_test_add_func ("/gui/present/timeline-view", test_timeline_view_lifecycle);
  ADD ("/gui/present/steps", test_present_steps);
  ADD ("/gui/present/flights", test_present_flights);
  ADD ("/gui/present/close-while-drawing", test_present_close_while_drawing);
  ADD ("/gui/present/timeline", test_timeline);
  ADD ("/gui/present/stories", test_stories);
  ADD ("/gui/present/export", test_export);
  ADD ("/gui/present/export-name", test_export_name);
  ADD ("/gui/present/range", test_present_range);

#undef ADD

  return g_test_run ();
}

/* test-event-index-gui.c — the window's one event index: editing one event updates the map and the timeline by id, never by a full reload
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-event-index.h"
#include "sitrep-map-view.h"
#include "sitrep-presentation.h"
#include "sitrep-store.h"
#include "sitrep-timeline-view.h"
#include "sitrep-window.h"
#include "sitrep-workspace.h"
#include "sitrep-timeline-view-private.h"
#include "sitrep-timeline-pane.h"
#include "sitrep-event-private.h"
#include "sitrep-map-events-private.h"
#include "sitrep-presentation-test-private.h"
#include "sitrep-timeline-view-test-private.h"

#define N_EVENTS 120

typedef struct
{
  char         *dir;
  char         *path;
  SitrepStore  *store;
  SitrepWindow *window;
  gint64        place;        /* Jasim, a place entity with coordinates */
  gint64        edited;       /* an event with coordinates of its own */
  gint64        at_place;     /* an event with none, at Jasim */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  sitrep_test_reset_coder ();
  g_settings_reset (settings, "map-visible");
  f->store = sitrep_test_create_project ("sitrep-event-index-XXXXXX", &f->dir, &f->path);

  f->place = sitrep_test_add_place (f->store, "Jasim", 32.99, 36.06, "Daraa");
  for (guint i = 0; i < N_EVENTS; i++)
    {
      g_autofree char *day = g_strdup_printf ("2022-%02u-%02u", 1 + i % 12, 1 + i % 28);
      gint64 id = sitrep_test_add_event (f->store, day, NULL, 1, 0, i % 2 ? "Battles" : "Protests", i % 5);

      g_assert_true (sitrep_store_set_event_coordinates (f->store, id, 33 + (i % 30) * 0.1,
                                                         36 + (i % 20) * 0.1, &error));
      g_assert_no_error (error);
      if (i == 7)
        f->edited = id;
    }
  f->at_place = sitrep_test_add_event (f->store, "2022-10-14", NULL, 1, f->place, "Battles", 20);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    sitrep_test_close_window (g_steal_pointer (&f->window));
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
}

static const SitrepMapPoint *
find_point (SitrepMapPointsLayer *layer,
            gint64                id)
{
  for (guint i = 0; i < sitrep_map_points_layer_get_n_points (layer); i++)
    if (sitrep_map_points_layer_get_point (layer, i)->id == id)
      return sitrep_map_points_layer_get_point (layer, i);

  return NULL;
}

static const SitrepTimelineEvent *
find_timeline_event (SitrepTimelineView *view,
                     gint64              id)
{
  GArray *events = sitrep_timeline_view_get_events (view);

  for (guint i = 0; events != NULL && i < events->len; i++)
    if (g_array_index (events, SitrepTimelineEvent, i).event_id == id)
      return &g_array_index (events, SitrepTimelineEvent, i);
  return NULL;
}

static guint32
day (const char *text)
{
  guint32 d = 0;

  g_assert_true (sitrep_timeline_parse_day (text, &d));
  return d;
}

static gboolean
timeline_has_n (gpointer data)
{
  gpointer *args = data;

  return sitrep_timeline_view_get_n_events (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static gboolean
layer_has_n (gpointer data)
{
  gpointer *args = data;

  return sitrep_map_points_layer_get_n_points (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static void
assert_point_at (SitrepMapPointsLayer *layer,
                 gint64                id,
                 double                latitude,
                 double                longitude)
{
  const SitrepMapPoint *p = find_point (layer, id);

  g_assert_nonnull (p);
  g_assert_cmpfloat_with_epsilon (p->latitude, latitude, 1e-9);
  g_assert_cmpfloat_with_epsilon (p->longitude, longitude, 1e-9);
}

static gboolean
set_true (gpointer data)
{
  *(gboolean *) data = TRUE;

  return G_SOURCE_REMOVE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Runs everything queued at a higher priority than G_PRIORITY_LOW, such
 * as the index's idle reload. */
static void
drain_idles (void)
{
  gboolean done = FALSE;

  g_idle_add_full (G_PRIORITY_LOW, set_true, &done, NULL);
  sitrep_test_wait_until (is_true, &done, "the idle callbacks run");
}

/* Editing one event, moving its place, and undoing both: the map follows
 * each edit at once, through the index, which reads only that event. */
static void
test_map_follows_edits (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepMapView *map;
  SitrepMapPointsLayer *layer;
  SitrepEventIndex *index;
  gpointer args[2];
  guint reloads, resets;

  f->window = sitrep_test_open_window (f->store);
  map = sitrep_window_get_map_view (f->window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (map)));
  layer = sitrep_map_view_get_events_layer (map);
  index = sitrep_window_get_event_index (f->window);
  g_assert_nonnull (index);
  g_assert_true (sitrep_map_view_get_event_index (map) == index);
  args[0] = layer;
  args[1] = GUINT_TO_POINTER (N_EVENTS + 1);
  sitrep_test_wait_until (layer_has_n, args, "every event on the map");
  /* The event without coordinates of its own is at its place. */
  assert_point_at (layer, f->at_place, 32.99, 36.06);

  reloads = sitrep_event_index_get_n_reloads (index);
  resets = sitrep_map_events_get_n_resets (sitrep_map_view_get_map_events (map));

  /* One event moves: its point moves, nothing is read again in full. */
  g_assert_true (sitrep_store_set_event_coordinates (f->store, f->edited, 34.5, 38.25, &error));
  g_assert_no_error (error);
  assert_point_at (layer, f->edited, 34.5, 38.25);
  g_assert_cmpuint (sitrep_map_points_layer_get_n_points (layer), ==, N_EVENTS + 1);

  /* The place moves: the event placed by it follows. */
  g_assert_true (sitrep_store_set_entity_place (f->store, f->place, 32.70, 36.20, "Daraa", "Syria", NULL, &error));
  g_assert_no_error (error);
  assert_point_at (layer, f->at_place, 32.70, 36.20);

  /* Undo, twice: back where they were. */
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  assert_point_at (layer, f->at_place, 32.99, 36.06);
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  {
    const SitrepEventIndexEntry *e = sitrep_event_index_lookup (index, f->edited);

    g_assert_nonnull (e);
    assert_point_at (layer, f->edited, e->latitude, e->longitude);
    g_assert_cmpfloat (fabs (e->latitude - 34.5), >, 0.01);
  }

  /* A deleted event leaves the map; undo brings it back. */
  g_assert_true (sitrep_store_delete_event (f->store, f->edited, &error));
  g_assert_no_error (error);
  g_assert_null (find_point (layer, f->edited));
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_nonnull (find_point (layer, f->edited));

  /* A reload queued for later would run before this low-priority idle. */
  drain_idles ();
  g_assert_cmpuint (sitrep_event_index_get_n_reloads (index), ==, reloads);
  g_assert_cmpuint (sitrep_map_events_get_n_resets (sitrep_map_view_get_map_events (map)), ==, resets);
}

/* The timeline takes the edited dates (a new bucket of the chart, a new
 * place in its order) and undo takes them back, without a full reload. */
static void
test_timeline_follows_edits (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepTimelineView *timeline;
  SitrepEventIndex *index;
  const SitrepTimelineEvent *e;
  gpointer args[2];
  guint reloads, resets, before_first, before_last;

  f->window = sitrep_test_open_window (f->store);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-timeline", NULL));
  timeline = SITREP_TIMELINE_VIEW (sitrep_test_find_descendant (GTK_WIDGET (f->window), SITREP_TYPE_TIMELINE_VIEW));
  g_assert_nonnull (timeline);
  index = sitrep_window_get_event_index (f->window);
  args[0] = timeline;
  args[1] = GUINT_TO_POINTER (N_EVENTS + 1);
  sitrep_test_wait_until (timeline_has_n, args, "every event on the timeline");
  g_assert_true (sitrep_timeline_view_get_event_index (timeline) == index);

  reloads = sitrep_event_index_get_n_reloads (index);
  resets = sitrep_timeline_view_get_n_resets (timeline);
  e = find_timeline_event (timeline, f->edited);
  g_assert_nonnull (e);
  before_first = e->first;
  before_last = e->last;

  /* Moved to 2024, a year no other event has: it is the last one now. */
  g_assert_true (sitrep_store_set_event_dates (f->store, f->edited, "2024-05-03", "2024-05-04", 1, &error));
  g_assert_no_error (error);
  e = find_timeline_event (timeline, f->edited);
  g_assert_nonnull (e);
  g_assert_cmpuint (e->first, ==, day ("2024-05-03"));
  g_assert_cmpuint (e->last, ==, day ("2024-05-04"));
  {
    GArray *events = sitrep_timeline_view_get_events (timeline);

    g_assert_cmpuint (events->len, ==, N_EVENTS + 1);
    g_assert_cmpint (g_array_index (events, SitrepTimelineEvent, events->len - 1).event_id, ==, f->edited);
    for (guint i = 1; i < events->len; i++)
      g_assert_cmpuint (g_array_index (events, SitrepTimelineEvent, i - 1).first, <=,
                        g_array_index (events, SitrepTimelineEvent, i).first);
  }
  /* Undo: back to its old days, in its old place. */
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  e = find_timeline_event (timeline, f->edited);
  g_assert_nonnull (e);
  g_assert_cmpuint (e->first, ==, before_first);
  g_assert_cmpuint (e->last, ==, before_last);

  /* Undated now: it leaves the timeline and is counted as undated. */
  g_assert_cmpuint (sitrep_timeline_view_get_n_undated (timeline), ==, 0);
  g_assert_true (sitrep_store_set_event_dates (f->store, f->edited, NULL, NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_null (find_timeline_event (timeline, f->edited));
  g_assert_cmpuint (sitrep_timeline_view_get_n_events (timeline), ==, N_EVENTS);
  g_assert_cmpuint (sitrep_timeline_view_get_n_undated (timeline), ==, 1);
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_nonnull (find_timeline_event (timeline, f->edited));
  g_assert_cmpuint (sitrep_timeline_view_get_n_undated (timeline), ==, 0);

  drain_idles ();
  g_assert_cmpuint (sitrep_event_index_get_n_reloads (index), ==, reloads);
  g_assert_cmpuint (sitrep_timeline_view_get_n_resets (timeline), ==, resets);
}

/* The presentation takes its steps from the index too: the card of the
 * step shown follows an edit of its event, and undo. */
static void
test_presentation_follows_edits (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepPresentation) presentation = NULL;
  g_autofree char *before = NULL;
  SitrepEventIndex *index;
  guint reloads;

  f->window = sitrep_test_open_window (f->store);
  index = sitrep_window_get_event_index (f->window);
  reloads = sitrep_event_index_get_n_reloads (index);
  presentation = sitrep_presentation_new_for_index (GTK_WINDOW (f->window), index, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sitrep_presentation_get_n_steps (presentation), ==, N_EVENTS + 1);
  for (guint i = 0; i < sitrep_presentation_get_n_steps (presentation); i++)
    {
      sitrep_presentation_set_step (presentation, i);
      if (sitrep_presentation_get_event (presentation) == f->at_place)
        break;
    }
  g_assert_cmpint (sitrep_presentation_get_event (presentation), ==, f->at_place);
  before = g_strdup (sitrep_presentation_get_card_text (presentation, "date"));
  g_assert_nonnull (strstr (before, "2022"));

  g_assert_true (sitrep_store_set_event_dates (f->store, f->at_place, "2023-02-11", NULL, 1, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (sitrep_presentation_get_card_text (presentation, "date"), "2023"));
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sitrep_presentation_get_card_text (presentation, "date"), ==, before);

  drain_idles ();
  g_assert_cmpuint (sitrep_event_index_get_n_reloads (index), ==, reloads);
  gtk_window_destroy (GTK_WINDOW (presentation));
}

static gboolean
timeline_built (gpointer data)
{
  return !sitrep_timeline_view_get_building (data);
}

static gboolean
timeline_in_view (gpointer data)
{
  double v0, v1;

  sitrep_timeline_view_get_visible (data, &v0, &v1);
  return gtk_widget_get_width (data) > 0 && v0 > 0 && v1 > v0;
}

static gboolean
timeline_building (gpointer data)
{
  return sitrep_timeline_view_get_building (data);
}

/* Playback (paused) over a brushed range while the timeline lays out all
 * its events again in a worker, as after a change of many events at
 * 500,000: the layout it swaps in keeps the playback window, the range,
 * the part in view and the playback itself. */
static void
test_timeline_rebuild_keeps_playback (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) coordinates = g_array_new (FALSE, FALSE, sizeof (double));
  SitrepTimelinePane *pane;
  SitrepTimelineView *timeline;
  SitrepEventIndex *index;
  guint32 range_first, range_last, window_start, start_after, first_after, last_after;
  guint length, length_after, resets;
  double v0, v1, v0_after, v1_after;
  gpointer args[2];

  f->window = sitrep_test_open_window (f->store);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-timeline", NULL));
  pane = sitrep_window_get_timeline_pane (f->window);
  timeline = sitrep_timeline_pane_get_view (pane);
  index = sitrep_window_get_event_index (f->window);
  args[0] = timeline;
  args[1] = GUINT_TO_POINTER (N_EVENTS + 1);
  sitrep_test_wait_until (timeline_has_n, args, "every event on the timeline");
  sitrep_test_wait_until (timeline_in_view, timeline, "the timeline shows its events");
  /* Laid out in a worker whatever the size, as at 500,000. */
  _sitrep_timeline_view_set_build_threshold (timeline, 0);

  /* A range brushed, playback started in it and paused there. */
  sitrep_workspace_set_range (sitrep_window_get_workspace (f->window), day ("2022-03-01"), day ("2022-09-30"));
  sitrep_timeline_pane_toggle_play (pane);
  g_assert_true (sitrep_timeline_pane_is_playing (pane));
  sitrep_timeline_pane_toggle_play (pane);
  g_assert_true (sitrep_timeline_pane_is_playing (pane));
  g_assert_true (sitrep_timeline_view_get_window (timeline, &window_start, &length));
  g_assert_true (sitrep_timeline_view_get_range (timeline, &range_first, &range_last));
  g_assert_cmpuint (range_first, ==, day ("2022-03-01"));
  g_assert_cmpuint (window_start, >=, range_first);
  sitrep_timeline_view_get_visible (timeline, &v0, &v1);

  /* 80 events placed at once: more than the timeline moves one by one. */
  for (guint i = 0; i < sitrep_event_index_get_n_entries (index) && ids->len < 80; i++)
    {
      const SitrepEventIndexEntry *e = sitrep_event_index_get_entry (index, i);
      double c[2] = { 33.3, 36.4 };

      g_array_append_val (ids, e->id);
      g_array_append_vals (coordinates, c, 2);
    }
  resets = sitrep_timeline_view_get_n_resets (timeline);
  g_assert_true (sitrep_store_place_events (f->store, (const gint64 *) (gpointer) ids->data,
                                            (const double *) (gpointer) coordinates->data, ids->len,
                                            "Placed", &error));
  g_assert_no_error (error);
  sitrep_test_wait_until (timeline_building, timeline, "the timeline lays its events out in a worker");
  sitrep_test_wait_until (timeline_built, timeline, "the new layout is in");
  g_assert_cmpuint (sitrep_timeline_view_get_n_resets (timeline), ==, resets + 1);
  drain_idles ();

  g_assert_true (sitrep_timeline_pane_is_playing (pane));
  g_assert_true (sitrep_timeline_view_get_window (timeline, &start_after, &length_after));
  g_assert_cmpuint (start_after, ==, window_start);
  g_assert_cmpuint (length_after, ==, length);
  g_assert_true (sitrep_timeline_view_get_range (timeline, &first_after, &last_after));
  g_assert_cmpuint (first_after, ==, range_first);
  g_assert_cmpuint (last_after, ==, range_last);
  sitrep_timeline_view_get_visible (timeline, &v0_after, &v1_after);
  g_assert_cmpfloat (v0_after, ==, v0);
  g_assert_cmpfloat (v1_after, ==, v1);
  sitrep_timeline_pane_stop (pane);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/sitrep/gui/event-index/map-follows-edits", test_map_follows_edits);
  ADD ("/sitrep/gui/event-index/timeline-follows-edits", test_timeline_follows_edits);
  ADD ("/sitrep/gui/event-index/presentation-follows-edits", test_presentation_follows_edits);
  ADD ("/sitrep/gui/event-index/timeline-rebuild-keeps-playback", test_timeline_rebuild_keeps_playback);
#undef ADD

  return g_test_run ();
}

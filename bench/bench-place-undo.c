/* bench-place-undo.c — "Place Unplaced Events" on the demo and its undo, with the window's views following
 *
 * Builds the demo project (in a temporary data folder), follows it as the
 * window does (the event index, the map's points, the timeline, the Events
 * view's list), then places its unplaced events through the gazetteer (the
 * window's action, on the bulk writer) and undoes that. Prints, for each:
 * the store signals the views received ("changed" records, coarse
 * signals) and the time from the call to every view being up to date.
 * Run under Xvfb: `xvfb-run -a build/bench/bench-place-undo`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sitrep-bench"

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdio.h>
#include <time.h>

#include <glib/gstdio.h>

#include "sitrep-demo.h"
#include "sitrep-event-private.h"   /* sitrep_store_place_events */
#include "sitrep-event-index.h"
#include "sitrep-event-list.h"
#include "sitrep-gazetteer.h"
#include "sitrep-store-gazetteer.h"
#include "sitrep-map-events.h"
#include "sitrep-store.h"
#include "sitrep-timeline-view.h"

typedef struct
{
  guint changed;       /* "changed" emissions (one per kind and operation) */
  guint event_ids;     /* event ids they named */
  guint coarse;        /* events-changed, entities-changed, history-changed … */
  gint64 first;        /* when the first signal came: the write is done */
} Count;

static void
on_changed (SitrepStore       *store,
            SitrepStoreChange *change,
            Count             *count)
{
  if (count->first == 0)
    count->first = g_get_monotonic_time ();
  count->changed++;
  if (sitrep_store_change_get_kind (change) == SITREP_STORE_CHANGE_EVENT)
    count->event_ids += sitrep_store_change_get_n_ids (change);
}

static void
on_coarse (SitrepStore *store,
           Count       *count)
{
  count->coarse++;
}

static void
on_coarse_id (SitrepStore *store,
              gint64       id,
              Count       *count)
{
  count->coarse++;
}

/* The process's CPU time, ms: steadier than wall time on a shared machine. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
settle (SitrepEventList *list)
{
  /* The list folds a burst into one refresh, from an idle. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_list_model_get_n_items (G_LIST_MODEL (list));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = g_dir_make_tmp ("bench-place-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(SitrepEventIndex) index = NULL;
  g_autoptr(SitrepGazetteer) gazetteer = NULL;
  g_autoptr(SitrepEventList) list = NULL;
  g_autoptr(SitrepMapEvents) map = NULL;
  g_autoptr(ShumateViewport) viewport = NULL;
  GtkWidget *timeline, *layer;
  SitrepPlacementCounts counts = { 0 };
  static const char *coarse[] = { "entities-changed", "history-changed", "labels-changed" };
  static const char *coarse_id[] = { "events-changed", "annotations-changed", "stories-changed" };
  Count count = { 0 };
  gint64 start;
  double cpu;

  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  gtk_init ();
  adw_init ();

  path = sitrep_demo_ensure (&error);
  if (path == NULL)
    g_error ("%s", error->message);
  store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  gazetteer = sitrep_gazetteer_new (store, &error);
  if (gazetteer == NULL)
    g_error ("%s", error->message);

  /* The demo as it was when the issue was filed: no event placed, by its
   * own coordinates or its place's. */
  {
    g_autoptr(GArray) ids = sitrep_store_query_event_ids (store, NULL, &error);
    g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(GPtrArray) places = sitrep_store_list_entities (store, "place", &error);
    double nan2[2] = { NAN, NAN };

    for (guint i = 0; i < ids->len; i++)
      g_array_append_vals (none, nan2, 2);
    if (!sitrep_store_place_events (store, (const gint64 *) (gpointer) ids->data,
                                    (const double *) (gpointer) none->data, ids->len, "Unplace", &error))
      g_error ("%s", error->message);
    for (guint i = 0; i < places->len; i++)
      {
        SitrepEntity *place = places->pdata[i];

        if (!sitrep_store_set_entity_place (store, sitrep_entity_get_id (place), NAN, NAN,
                                            sitrep_entity_get_admin1 (place), sitrep_entity_get_country (place),
                                            NULL, &error))
          g_error ("%s", error->message);
      }
  }

  /* Before the views': the first to hear, so the write's end is timed. */
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &count);
  for (guint i = 0; i < G_N_ELEMENTS (coarse); i++)
    g_signal_connect (store, coarse[i], G_CALLBACK (on_coarse), &count);
  for (guint i = 0; i < G_N_ELEMENTS (coarse_id); i++)
    g_signal_connect (store, coarse_id[i], G_CALLBACK (on_coarse_id), &count);

  /* The window's views. */
  index = sitrep_event_index_new (store, &error);
  if (index == NULL)
    g_error ("%s", error->message);
  viewport = shumate_viewport_new ();
  layer = g_object_ref_sink (GTK_WIDGET (sitrep_map_points_layer_new (viewport)));
  map = sitrep_map_events_new (SITREP_MAP_POINTS_LAYER (layer));
  sitrep_map_events_set_index (map, index);
  timeline = g_object_ref_sink (sitrep_timeline_view_new ());
  sitrep_timeline_view_set_event_index (SITREP_TIMELINE_VIEW (timeline), index);
  list = sitrep_event_list_new (store);
  settle (list);
  printf ("demo-events %u unplaced %u\n", sitrep_event_index_get_n_entries (index),
          sitrep_map_events_get_n_unplaced (map));

  count = (Count) { 0 };

  start = g_get_monotonic_time ();
  if (!sitrep_store_place_unplaced_events (store, gazetteer, &counts, NULL, NULL, NULL, &error))
    g_error ("%s", error->message);
  settle (list);
  printf ("place-unplaced %.0f ms (placed %u of %u named; write and views), of which the write %.0f ms\n",
          (g_get_monotonic_time () - start) / 1000.0, counts.n_placed, counts.n_named,
          (count.first - start) / 1000.0);
  printf ("place-unplaced-signals changed %u (event ids %u) coarse %u\n", count.changed, count.event_ids,
          count.coarse);
  printf ("place-unplaced-unplaced-left %u\n", sitrep_map_events_get_n_unplaced (map));

  count = (Count) { 0 };
  cpu = cpu_ms ();
  start = g_get_monotonic_time ();
  if (!sitrep_store_undo (store, &error))
    g_error ("%s", error->message);
  settle (list);
  printf ("place-unplaced-undo %.0f ms (undo and views; target < 500), of which the write %.0f ms\n",
          (g_get_monotonic_time () - start) / 1000.0, (count.first - start) / 1000.0);
  printf ("place-unplaced-undo-cpu %.0f ms (process CPU time)\n", cpu_ms () - cpu);
  printf ("place-unplaced-undo-signals changed %u (event ids %u) coarse %u\n", count.changed, count.event_ids,
          count.coarse);
  printf ("place-unplaced-undo-unplaced-again %u\n", sitrep_map_events_get_n_unplaced (map));

  g_object_unref (timeline);
  g_clear_object (&map);
  g_object_unref (layer);
  g_clear_object (&list);
  g_clear_object (&index);
  sitrep_store_close (store);

  return 0;
}

/* bench-event-index.c — the shared event index at 500,000 events: loading it, and one edit reaching the map by id
 *
 * Generates N events (default 500,000) through sitrep_store_import_events,
 * then measures, each the median of RUNS runs:
 *   - loading the index (one light query) against what each view does
 *     today on a change, reading 50,000 events in full (sitrep_store_get_events);
 *   - one edit (the dates, then the place of one event, each a write of
 *     its own) from the store's write to the index, the map's mark and the
 *     timeline's mark, with both views mapped as in the window: total, and
 *     the part after the commit (the views), with the full reloads counted
 *     (the index's, the map's, the timeline's: 0 expected);
 *   - what the timeline paid for any change before: set_events with every
 *     event again.
 * `bench-event-index N PROJECT` keeps the generated project at PROJECT and,
 * when PROJECT already exists, opens it instead of generating it again
 * (importing 500,000 events takes minutes).
 * Prints `name value unit` lines. Run under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sitrep-bench"

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sitrep-event-index.h"
#include "sitrep-event-index-build.h"
#include "sitrep-map-view.h"
#include "sitrep-store-change.h"
#include "sitrep-store.h"
#include "sitrep-timeline-view.h"
#include "sitrep-map-events.h"
#include "sitrep-event-list.h"
#include "sitrep-event-private.h"
#include "sitrep-paged-list-private.h"
#include "sitrep-map-events-private.h"
#include "sitrep-map-points-layer-private.h"
#include "sitrep-timeline-view-test-private.h"

#define RUNS 61
#define REFERENCE 50000

typedef struct
{
  gint64  written;   /* when the store said what changed */
} Edit;

/* The list's lookup before: every id held tested against a 4,096-bit
 * filter of the ids sought, then compared (the reference for the table). */
static guint
scan_for (const gint64 *held,
          guint         n_held,
          gint64        id)
{
  guint32 bits[4096 / 32] = { 0 };

  bits[(id & 4095) / 32] |= 1u << (id & 31);
  for (guint i = 0; i < n_held; i++)
    if ((bits[(held[i] & 4095) / 32] & (1u << (held[i] & 31))) && held[i] == id)
      return i;
  return G_MAXUINT;
}

static void
on_entries_changed_mark (SitrepEventIndex *index,
                         const gint64     *ids,
                         guint             n_ids,
                         Edit             *mark)
{
  mark->written = g_get_monotonic_time ();
}

/* The main loop's longest wait between two ticks of a 2-ms timer; and,
 * when frames are drawn meanwhile, the longest wait less the frames drawn
 * in it (the main thread's own work: swapping arrays in, freeing), and the
 * longest frame. A frame of this window costs 100–200 ms here (llvmpipe
 * under Xvfb, on a loaded machine) whatever it shows. */
typedef struct
{
  gint64 last;
  gint64 longest;
  gint64 frame_start;
  gint64 frames_in_gap;
  gint64 longest_work;
  gint64 longest_frame;
  gint64 layout_start;       /* this frame's layout and paint handlers were done */
  gint64 paint_start;        /* (ours run after the window's) */
  gint64 longest_frame_at;   /* the longest frame: when, and its phases */
  gint64 longest_update;
  gint64 longest_layout;
  gint64 longest_paint;
} Stall;

static gboolean
on_stall_tick (gpointer data)
{
  Stall *stall = data;
  gint64 now = g_get_monotonic_time ();

  if (stall->last != 0)
    {
      stall->longest = MAX (stall->longest, now - stall->last);
      stall->longest_work = MAX (stall->longest_work, now - stall->last - stall->frames_in_gap);
    }
  stall->frames_in_gap = 0;
  stall->last = now;
  return G_SOURCE_CONTINUE;
}

static void
on_frame_start (GdkFrameClock *clock,
                Stall         *stall)
{
  stall->frame_start = g_get_monotonic_time ();
}

static void
on_layout_start (GdkFrameClock *clock,
                 Stall         *stall)
{
  stall->layout_start = g_get_monotonic_time ();
}

static void
on_paint_start (GdkFrameClock *clock,
                Stall         *stall)
{
  stall->paint_start = g_get_monotonic_time ();
}

static void
on_frame_end (GdkFrameClock *clock,
              Stall         *stall)
{
  gint64 took;

  if (stall->frame_start == 0)
    return;
  took = g_get_monotonic_time () - stall->frame_start;
  stall->frames_in_gap += took;
  if (took > stall->longest_frame && stall->layout_start >= stall->frame_start &&
      stall->paint_start >= stall->layout_start)
    {
      stall->longest_frame_at = stall->frame_start;
      stall->longest_update = stall->layout_start - stall->frame_start;
      stall->longest_layout = stall->paint_start - stall->layout_start;
      stall->longest_paint = stall->frame_start + took - stall->paint_start;
    }
  stall->longest_frame = MAX (stall->longest_frame, took);
  stall->frame_start = 0;
}

static void
watch_frames (GtkWidget *window,
              Stall     *stall)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "before-paint", G_CALLBACK (on_frame_start), stall);
  g_signal_connect (clock, "layout", G_CALLBACK (on_layout_start), stall);
  g_signal_connect (clock, "paint", G_CALLBACK (on_paint_start), stall);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_frame_end), stall);
}

static void
unwatch_frames (GtkWidget *window,
                Stall     *stall)
{
  g_signal_handlers_disconnect_by_data (gtk_widget_get_frame_clock (window), stall);
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *v,
        guint   n)
{
  qsort (v, n, sizeof *v, compare_double);
  return v[n / 2];
}

static void
on_store_changed (SitrepStore       *store,
                  SitrepStoreChange *change,
                  Edit              *edit)
{
  edit->written = g_get_monotonic_time ();
}

static void
spin (double seconds)
{
  gint64 until = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static guint32
day (const char *text)
{
  guint32 d = 0;

  sitrep_timeline_parse_day (text, &d);
  return d;
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

static gboolean
map_has (SitrepMapPointsLayer *layer,
         gint64                id,
         double                lat,
         double                lon)
{
  for (guint i = 0; i < sitrep_map_points_layer_get_n_points (layer); i++)
    {
      const SitrepMapPoint *p = sitrep_map_points_layer_get_point (layer, i);

      if (p->id == id)
        return fabs (p->latitude - lat) < 1e-9 && fabs (p->longitude - lon) < 1e-9;
    }
  return FALSE;
}

static SitrepStore *
generate (const char *path,
          guint       n_events)
{
  static const char *actors[] = { "Government of Syria", "IS", "SDF", "HTS", "SNA", "Civilians" };
  static const char *types[] = { "Battles", "Explosions/Remote violence", "Violence against civilians" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) items = g_array_sized_new (FALSE, TRUE, sizeof (SitrepEventImport), n_events);
  g_autoptr(GArray) claims = g_array_sized_new (FALSE, TRUE, sizeof (SitrepClaimDraft), n_events);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  GRand *rand = g_rand_new_with_seed (42);
  SitrepStore *store = sitrep_store_create (path, &error);
  gint64 start;

  if (store == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < n_events; i++)
    {
      SitrepEventImport item = { 0 };
      SitrepClaimDraft c = SITREP_CLAIM_DRAFT_INIT;
      char *date = g_strdup_printf ("%04d-%02d-%02d", 2011 + g_rand_int_range (rand, 0, 13),
                                    g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));

      g_ptr_array_add (strings, date);
      item.draft = (SitrepEventDraft) SITREP_EVENT_DRAFT_INIT;
      item.draft.event_type = types[g_rand_int_range (rand, 0, G_N_ELEMENTS (types))];
      item.draft.date_start = date;
      item.draft.date_precision = 1;
      item.draft.latitude = 32.3 + g_rand_double (rand) * 5;
      item.draft.longitude = 35.7 + g_rand_double (rand) * 6.7;
      item.actor1_name = actors[g_rand_int_range (rand, 0, G_N_ELEMENTS (actors))];
      item.low_override = item.high_override = -1;
      item.claimant_name = "UCDP";
      c.count_low = g_rand_int_range (rand, 0, 60);
      g_array_append_val (claims, c);
      item.n_claims = 1;
      g_array_append_val (items, item);
    }
  for (guint i = 0; i < n_events; i++)
    g_array_index (items, SitrepEventImport, i).claims = &g_array_index (claims, SitrepClaimDraft, i);
  g_rand_free (rand);

  start = g_get_monotonic_time ();
  if (sitrep_store_import_events (store, (SitrepEventImport *) (gpointer) items->data, n_events,
                                  NULL, NULL, NULL, &error) != n_events)
    g_error ("%s", error->message);
  printf ("index-import-%u %.0f ms\n", n_events, (g_get_monotonic_time () - start) / 1000.0);

  return store;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bench-index-XXXXXX", NULL);
  g_autofree char *path = NULL;
  gboolean keep = argc > 2;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(SitrepEventIndex) index = NULL;
  g_autoptr(GArray) ids = NULL;
  guint n_events = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 500000;
  double t[RUNS], views[RUNS], t2[RUNS], views2[RUNS];
  GtkWidget *window, *view, *timeline, *box;
  SitrepMapPointsLayer *layer;
  guint reloads, map_resets, timeline_resets;
  Edit edit = { 0 }, list_edit = { 0 }, index_done = { 0 }, map_done = { 0 }, views_done = { 0 };
  double index_t[RUNS], map_t[RUNS], views_t[RUNS];
  g_autoptr(SitrepEventList) list = NULL;
  double list_t[RUNS];
  guint list_reads;
  gint64 start;

  g_setenv ("GTK_A11Y", "none", FALSE);
  gtk_init ();
  adw_init ();
  path = keep ? g_strdup (argv[2]) : g_build_filename (dir, "bench.sitrep", NULL);
  if (keep && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
      if (store == NULL)
        g_error ("%s", error->message);
    }
  else
    store = generate (path, n_events);
  /* Before the index's own handler: written → updated is the index and the map. */
  g_signal_connect (store, "changed::event", G_CALLBACK (on_store_changed), &edit);

  /* Loading: the index, against one view's full read of 50,000 today. */
  for (guint r = 0; r < 3; r++)
    {
      g_clear_object (&index);
      start = g_get_monotonic_time ();
      index = sitrep_event_index_new (store, &error);
      if (index == NULL)
        g_error ("%s", error->message);
      t[r] = (g_get_monotonic_time () - start) / 1000.0;
    }
  printf ("index-load-%u %.0f ms\n", n_events, median (t, 3));
  /* Before the views follow it: the index's own part of an edit ends here. */
  g_signal_connect (index, "entries-changed", G_CALLBACK (on_entries_changed_mark), &index_done);
  /* The same read in the background, as the window does: how long until
   * it is in, and the main loop's longest stall meanwhile. */
  {
    g_autoptr(SitrepEventIndex) loading = NULL;
    Stall stall = { 0 };
    guint timer = g_timeout_add (2, on_stall_tick, &stall);

    start = g_get_monotonic_time ();
    loading = sitrep_event_index_new_loading (store, NULL);
    while (sitrep_event_index_get_loading (loading))
      g_main_context_iteration (NULL, TRUE);
    printf ("index-load-background-%u %.0f ms (until in)\n", n_events, (g_get_monotonic_time () - start) / 1000.0);
    printf ("index-load-background-longest-stall %.1f ms (main loop, 2-ms timer)\n", stall.longest / 1000.0);
    g_source_remove (timer);
  }
  /* The Events view's list when the window opens: its ids read on the
   * main thread (as before) against in a worker, same run. It then follows
   * the edits below, by id. */
  {
    _sitrep_event_list_set_read_in_worker_from (G_MAXUINT);
    start = g_get_monotonic_time ();
    list = sitrep_event_list_new (store);
    printf ("event-list-new-main-thread-%u %.0f ms (as before: one stall)\n", n_events,
            (g_get_monotonic_time () - start) / 1000.0);
    g_clear_object (&list);
    _sitrep_event_list_set_read_in_worker_from (20000);
    /* Its handler runs after this one: written → done is the list's part. */
    g_signal_connect (store, "changed::event", G_CALLBACK (on_store_changed), &list_edit);
    start = g_get_monotonic_time ();
    list = sitrep_event_list_new (store);
    printf ("event-list-new-in-worker %.1f ms (main thread: counting the events)\n",
            (g_get_monotonic_time () - start) / 1000.0);
    while (sitrep_event_list_get_reading (list))
      g_main_context_iteration (NULL, TRUE);
    printf ("event-list-in-worker-%u %.0f ms (until in, %u items)\n", n_events,
            (g_get_monotonic_time () - start) / 1000.0, g_list_model_get_n_items (G_LIST_MODEL (list)));
  }
  ids = sitrep_store_query_event_ids (store, NULL, NULL);
  for (guint r = 0; r < 3; r++)
    {
      g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);

      start = g_get_monotonic_time ();
      sitrep_store_get_events (store, (const gint64 *) (gpointer) ids->data, MIN (REFERENCE, ids->len), events, NULL);
      t[r] = (g_get_monotonic_time () - start) / 1000.0;
    }
  printf ("full-events-read-%u %.0f ms\n", REFERENCE, median (t, 3));

  /* The views as the window has them, mapped: the map (clustered at zoom
   * 6) and the timeline, both following the index. */
  window = gtk_window_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  view = sitrep_map_view_new ();
  timeline = sitrep_timeline_view_new ();
  gtk_widget_set_vexpand (view, TRUE);
  gtk_widget_set_size_request (timeline, -1, 240);
  gtk_box_append (GTK_BOX (box), view);
  gtk_box_append (GTK_BOX (box), timeline);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  gtk_window_set_child (GTK_WINDOW (window), box);

  /* Reference, same run: the views build their arrays on the main thread,
   * as before (thresholds out of reach). */
  {
    GtkWidget *ref_view = g_object_ref_sink (sitrep_map_view_new ());
    GtkWidget *ref_timeline = g_object_ref_sink (sitrep_timeline_view_new ());

    sitrep_map_events_set_build_threshold (sitrep_map_view_get_map_events (SITREP_MAP_VIEW (ref_view)), G_MAXUINT);
    _sitrep_timeline_view_set_build_threshold (SITREP_TIMELINE_VIEW (ref_timeline), G_MAXUINT);
    start = g_get_monotonic_time ();
    sitrep_map_view_set_event_index (SITREP_MAP_VIEW (ref_view), index);
    printf ("map-from-index-main-thread-%u %.0f ms (as before: one stall)\n", n_events,
            (g_get_monotonic_time () - start) / 1000.0);
    start = g_get_monotonic_time ();
    sitrep_timeline_view_set_event_index (SITREP_TIMELINE_VIEW (ref_timeline), index);
    printf ("timeline-from-index-main-thread-%u %.0f ms (as before: one stall)\n", n_events,
            (g_get_monotonic_time () - start) / 1000.0);
    g_object_unref (ref_view);
    g_object_unref (ref_timeline);
    spin (0.5);
  }

  /* Now: both views mapped, their arrays built in workers and swapped in;
   * the main loop's longest stall from the views' start to their first
   * frames with every point. */
  layer = sitrep_map_view_get_events_layer (SITREP_MAP_VIEW (view));
  gtk_window_present (GTK_WINDOW (window));
  spin (1);
  /* Twice, same run: the build workers at the main thread's priority (as
   * before; a thread cannot take its priority back up, so this one comes
   * first), then below it. */
  for (guint pass = 0; pass < 2; pass++)
  {
    Stall stall = { 0 };
    guint timer;
    SitrepMapEvents *map_events = sitrep_map_view_get_map_events (SITREP_MAP_VIEW (view));
    const char *how = pass == 0 ? "workers-same-priority (as before)" : "workers-lower-priority (now)";

    _sitrep_index_build_set_low_priority (pass == 1);
    if (pass == 1)
      {
        sitrep_map_view_set_event_index (SITREP_MAP_VIEW (view), NULL);
        sitrep_timeline_view_set_event_index (SITREP_TIMELINE_VIEW (timeline), NULL);
        spin (1);
      }
    watch_frames (window, &stall);
    timer = g_timeout_add (2, on_stall_tick, &stall);

    start = g_get_monotonic_time ();
    sitrep_map_view_set_event_index (SITREP_MAP_VIEW (view), index);
    /* Between the map's handler and the timeline's: the map's part of an edit. */
    if (pass == 1)
      g_signal_connect (index, "entries-changed", G_CALLBACK (on_entries_changed_mark), &map_done);
    sitrep_timeline_view_set_event_index (SITREP_TIMELINE_VIEW (timeline), index);
    printf ("views-start-in-workers %.1f ms (main thread) %s\n", (g_get_monotonic_time () - start) / 1000.0, how);
    while (sitrep_map_events_get_building (map_events) ||
           sitrep_timeline_view_get_building (SITREP_TIMELINE_VIEW (timeline)))
      g_main_context_iteration (NULL, TRUE);
    printf ("views-from-index-in-workers-%u %.0f ms (until in) %s\n", n_events,
            (g_get_monotonic_time () - start) / 1000.0, how);
    spin (2);
    g_source_remove (timer);
    /* For `perf record -k CLOCK_MONOTONIC` … `perf report --time A,B`. */
    printf ("views-from-index-monotonic %.6f,%.6f s\n", start / 1e6, g_get_monotonic_time () / 1e6);
    printf ("views-from-index-longest-stall %.1f ms (main loop, 2-ms timer, until 2 s after) %s\n",
            stall.longest / 1000.0, how);
    printf ("views-from-index-longest-frame %.1f ms (against the reference frame below) %s\n",
            stall.longest_frame / 1000.0, how);
    printf ("views-from-index-work-outside-frames %.1f ms (longest stall less its frames; target < 50) %s\n",
            stall.longest_work / 1000.0, how);
    printf ("views-from-index-longest-frame-phases to-layout-done %.1f paint %.1f after-paint %.1f ms, at %.6f s %s\n",
            stall.longest_update / 1000.0, stall.longest_layout / 1000.0, stall.longest_paint / 1000.0,
            stall.longest_frame_at / 1e6, how);
    if (pass == 0)
      {
        unwatch_frames (window, &stall);
        continue;
      }
    /* Reference, same window, same data: frames of both views redrawn with
     * nothing changed. */
    stall = (Stall) { 0 };
    timer = g_timeout_add (2, on_stall_tick, &stall);
    for (guint r = 0; r < 5; r++)
      {
        gtk_widget_queue_draw (view);
        gtk_widget_queue_draw (timeline);
        spin (0.3);
      }
    g_source_remove (timer);
    unwatch_frames (window, &stall);
    printf ("reference-redraw-500000-longest-stall %.1f ms, longest frame %.1f ms, work outside frames %.1f ms\n",
            stall.longest / 1000.0, stall.longest_frame / 1000.0, stall.longest_work / 1000.0);
    printf ("views-points %u timeline-events %u\n", sitrep_map_points_layer_get_n_points (layer),
            sitrep_timeline_view_get_n_events (SITREP_TIMELINE_VIEW (timeline)));
  }
  spin (1);
  printf ("map-marks-drawn %u marks\n", sitrep_map_points_layer_get_n_drawn (layer));

  /* Edits: the dates and the coordinates of one event, each its own write.
   * The index's part ends when it tells the views (a handler before
   * theirs), the views' when the last of them is done (one after). */
  g_signal_connect (index, "entries-changed", G_CALLBACK (on_entries_changed_mark), &views_done);
  reloads = sitrep_event_index_get_n_reloads (index);
  map_resets = sitrep_map_events_get_n_resets (sitrep_map_view_get_map_events (SITREP_MAP_VIEW (view)));
  timeline_resets = sitrep_timeline_view_get_n_resets (SITREP_TIMELINE_VIEW (timeline));
  list_reads = _sitrep_paged_list_get_n_reads (SITREP_PAGED_LIST (list));
  for (guint r = 0; r < RUNS; r++)
    {
      gint64 id = g_array_index (ids, gint64, (r * 7919) % ids->len);
      g_autofree char *date = g_strdup_printf ("2016-0%u-1%u", 1 + r % 9, r % 10);
      double lat = 33.0 + r * 0.3, lon = 36.5 + r * 0.4;
      gint64 end;
      const SitrepTimelineEvent *te;

      edit.written = 0;
      start = g_get_monotonic_time ();
      if (!sitrep_store_set_event_dates (store, id, date, NULL, 1, &error))
        g_error ("%s", error->message);
      end = g_get_monotonic_time ();
      t[r] = (end - start) / 1000.0;
      views[r] = (end - edit.written) / 1000.0;
      list_t[r] = (end - list_edit.written) / 1000.0;
      index_t[r] = (index_done.written - edit.written) / 1000.0;
      map_t[r] = (map_done.written - index_done.written) / 1000.0;
      views_t[r] = (views_done.written - map_done.written) / 1000.0;
      if (sitrep_event_list_get_reading (list) || sitrep_event_list_find (list, id) == G_MAXUINT)
        g_error ("the Events view's list does not hold the edit of event %" G_GINT64_FORMAT, id);
      edit.written = 0;
      start = g_get_monotonic_time ();
      if (!sitrep_store_set_event_coordinates (store, id, lat, lon, &error))
        g_error ("%s", error->message);
      end = g_get_monotonic_time ();
      t2[r] = (end - start) / 1000.0;
      views2[r] = (end - edit.written) / 1000.0;
      /* Both views have it, the moment the write returns. */
      te = find_timeline_event (SITREP_TIMELINE_VIEW (timeline), id);
      if (te == NULL || te->first != day (date) || !map_has (layer, id, lat, lon))
        g_error ("the views do not show the edit of event %" G_GINT64_FORMAT, id);
      spin (0.05);
    }
  printf ("edit-monotonic %.6f s\n", g_get_monotonic_time () / 1e6);
  printf ("edit-dates-write-and-views %.2f ms\n", median (t, RUNS));
  printf ("edit-dates-views %.2f ms (index, map and timeline, after the commit)\n", median (views, RUNS));
  printf ("edit-place-write-and-views %.2f ms\n", median (t2, RUNS));
  printf ("edit-place-views %.2f ms (index, map and timeline, after the commit)\n", median (views2, RUNS));
  printf ("edit-dates-event-list %.2f ms (the Events view's list moving the event, by id; part of the above)\n",
          median (list_t, RUNS));
  printf ("edit-dates-index %.2f ms (the index reading the event again; part of the above)\n", median (index_t, RUNS));
  printf ("edit-dates-map %.2f ms (the map following the index; part of the above)\n", median (map_t, RUNS));
  printf ("edit-dates-timeline %.2f ms (the timeline following the index; part of the above)\n",
          median (views_t, RUNS));
  /* The list's lookup of an edited event's old position, same run: the
   * scan it made before against its table now. */
  {
    g_autoptr(GArray) held = sitrep_paged_list_copy_ids (SITREP_PAGED_LIST (list), 0, G_MAXUINT);
    double scan_t[RUNS], table_t[RUNS];

    for (guint r = 0; r < RUNS; r++)
      {
        gint64 id = g_array_index (ids, gint64, (r * 7919) % ids->len);
        guint a, b;

        start = g_get_monotonic_time ();
        a = scan_for ((const gint64 *) (gpointer) held->data, held->len, id);
        scan_t[r] = (g_get_monotonic_time () - start) / 1000.0;
        start = g_get_monotonic_time ();
        b = sitrep_paged_list_find (SITREP_PAGED_LIST (list), id);
        table_t[r] = (g_get_monotonic_time () - start) / 1000.0;
        if (a != b)
          g_error ("the list's table puts event %" G_GINT64_FORMAT " at %u, a scan at %u", id, b, a);
      }
    printf ("edit-list-old-position-scan %.3f ms (as before: a filtered scan of every id)\n", median (scan_t, RUNS));
    printf ("edit-list-old-position-table %.3f ms (now: id -> block, one block scanned)\n", median (table_t, RUNS));
  }
  printf ("edit-full-reloads %u (index) %u (map) %u (timeline) %u (list, main thread) %s (list, worker)\n",
          sitrep_event_index_get_n_reloads (index) - reloads,
          sitrep_map_events_get_n_resets (sitrep_map_view_get_map_events (SITREP_MAP_VIEW (view))) - map_resets,
          sitrep_timeline_view_get_n_resets (SITREP_TIMELINE_VIEW (timeline)) - timeline_resets,
          _sitrep_paged_list_get_n_reads (SITREP_PAGED_LIST (list)) - list_reads,
          sitrep_event_list_get_reading (list) ? "reading" : "0");
  /* The list after the 14 edits, against a fresh query. */
  {
    g_autoptr(GArray) fresh = sitrep_store_query_event_ids (store, NULL, NULL);
    g_autoptr(GArray) held = sitrep_paged_list_copy_ids (SITREP_PAGED_LIST (list), 0, G_MAXUINT);

    printf ("edit-event-list-equals-fresh-query %s\n",
            held->len == fresh->len &&
            (held->len == 0 || memcmp (held->data, fresh->data, held->len * sizeof (gint64)) == 0) ? "yes" : "NO");
  }

  /* What a change cost the views before the index: every event again. */
  {
    g_autoptr(GArray) copy = g_array_ref (sitrep_timeline_view_get_events (SITREP_TIMELINE_VIEW (timeline)));
    GtkWidget *probe = g_object_ref_sink (sitrep_timeline_view_new ());

    for (guint r = 0; r < 3; r++)
      {
        start = g_get_monotonic_time ();
        sitrep_timeline_view_set_events (SITREP_TIMELINE_VIEW (probe), copy);
        t[r] = (g_get_monotonic_time () - start) / 1000.0;
      }
    printf ("timeline-set-all-events-%u %.0f ms (a full reload's cost, without the read)\n", copy->len, median (t, 3));
    g_object_unref (probe);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&index);
  sitrep_store_close (store);
  if (!keep)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
    }
  g_rmdir (dir);

  return 0;
}

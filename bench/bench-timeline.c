/* bench-timeline.c — frame time of the timeline with 50,000 events while zooming, against drawing every event
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run under Xvfb: xvfb-run -a -s '-screen 0 1600x1000x24' BUILDDIR/bench/bench-timeline [N_EVENTS]
 * Prints "name value unit" lines. The frame time is the paint phase of the
 * frame clock (snapshot and GSK render: "before-paint" to "after-paint")
 * of frames where the timeline changed; at N other than 50,000 the frames
 * of N and of 50,000 events alternate over BENCH_TIMELINE_ROUNDS rounds
 * (3). "snapshot-cpu" is the view's own snapshot code alone over the same
 * zoom steps (no rendering): steadier on a shared machine.
 * BENCH_TIMELINE_CLIP_NODES=1 draws every way under clip nodes over the
 * widget and the plot, as before 2026-12-05 (the "before" way always does).
 * `bench-timeline N PROJECT` then times what one edit of an event's dates
 * costs the timeline following PROJECT's event index (made by
 * `bench-event-index N PROJECT`), with the summaries of the zoom drawn,
 * then with those of 16 zooms (bars of 2 to 17 days) for every lane. */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdlib.h>
#include <time.h>

#include "bench-corpus.h"
#include "sitrep-event-index.h"
#include "sitrep-store.h"
#include "sitrep-timeline-view.h"
#include "sitrep-timeline-view-test-private.h"

#define N_FRAMES 240

typedef struct
{
  SitrepTimelineView *view;
  GArray             *times;     /* double, ms */
  GArray             *cpu_times; /* double, ms of CPU in every thread (llvmpipe's too) */
  GArray             *main_times; /* double, ms of CPU in this thread */
  double              main_start;
  gint64              paint_start;
  double              cpu_start;
  guint               frame;
  double              zoom;
  gboolean            done;
  guint               max_drawn;
  guint64             sum_drawn;
} Run;

static GArray *
generate (guint n)
{
  static const char *types[] = {
    "Battles", "Explosions/Remote violence", "Violence against civilians",
    "Protests", "Riots", "Strategic developments",
  };
  GArray *events = sitrep_timeline_events_new ();
  GRand *rand = g_rand_new_with_seed (42);
  guint32 start = 734138;   /* 2011-01-01 */

  for (guint i = 0; i < n; i++)
    {
      SitrepTimelineEvent e = { 0 };
      double r = g_rand_double (rand);

      e.event_id = i + 1;
      /* Denser in the middle years, as conflicts are. */
      e.first = start + (guint32) (3650 * (g_rand_double (rand) + g_rand_double (rand)) / 2);
      if (r < 0.7)
        e.last = e.first;
      else if (r < 0.85)
        e.last = e.first + 6;
      else if (r < 0.95)
        e.last = e.first + 29;
      else
        e.last = e.first + g_rand_int_range (rand, 1, 90);
      e.date_precision = r < 0.7 ? 1 : (r < 0.85 ? 2 : 3);
      e.fatalities = g_rand_double (rand) < 0.3 ? -1 : g_rand_int_range (rand, 0, 80);
      e.event_type = g_strdup (types[g_rand_int_range (rand, 0, G_N_ELEMENTS (types))]);
      e.actor1 = g_strdup_printf ("Actor %d", g_rand_int_range (rand, 0, 40));
      g_array_append_val (events, e);
    }
  g_rand_free (rand);

  return events;
}

static int
compare_first (gconstpointer a,
               gconstpointer b)
{
  const SitrepTimelineEvent *x = a, *y = b;

  return x->first < y->first ? -1 : (x->first > y->first ? 1 : 0);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : (x > y ? 1 : 0);
}

/* CPU time of the whole process (every thread, the renderer's too), ms. */
static double
process_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
on_before_paint (GdkFrameClock *clock,
                 Run           *run)
{
  run->paint_start = g_get_monotonic_time ();
  run->cpu_start = process_cpu_ms ();
  run->main_start = bench_thread_cpu_ms ();
}

static void
on_after_paint (GdkFrameClock *clock,
                Run           *run)
{
  double ms;

  if (run->paint_start == 0 || run->frame < 5)
    return;
  ms = (g_get_monotonic_time () - run->paint_start) / 1000.0;
  g_array_append_val (run->times, ms);
  ms = process_cpu_ms () - run->cpu_start;
  g_array_append_val (run->cpu_times, ms);
  ms = bench_thread_cpu_ms () - run->main_start;
  g_array_append_val (run->main_times, ms);
  run->max_drawn = MAX (run->max_drawn, sitrep_timeline_view_get_n_drawn (run->view));
  run->sum_drawn += sitrep_timeline_view_get_n_drawn (run->view);
}

/* Zooms in from the whole span to a week, then out again, a step a frame. */
static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  Run *run = data;
  guint half = N_FRAMES / 2;
  double factor = pow (3650.0 / 7.0, 1.0 / half);

  if (run->frame == 0)
    sitrep_timeline_view_zoom_to_fit (run->view);
  else if (run->frame <= half)
    sitrep_timeline_view_zoom (run->view, factor, -1);
  else
    sitrep_timeline_view_zoom (run->view, 1 / factor, -1);
  run->frame++;
  if (run->frame > N_FRAMES)
    {
      run->done = TRUE;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

/* What a frame asks of GSK: nodes by kind, and the area the marks'
 * textures and the colour rectangles cover (pixels blended, overlaps
 * counted each time). */
typedef struct
{
  guint64 nodes;
  guint64 textures;
  guint64 colours;
  guint64 texts;
  double  texture_area;
  double  colour_area;
  guint   frames;
} NodeStats;

static void
count_nodes (GskRenderNode *node,
             NodeStats     *stats)
{
  graphene_rect_t b;

  stats->nodes++;
  gsk_render_node_get_bounds (node, &b);
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        count_nodes (gsk_container_node_get_child (node, i), stats);
      break;
    case GSK_CLIP_NODE:
      count_nodes (gsk_clip_node_get_child (node), stats);
      break;
    case GSK_ROUNDED_CLIP_NODE:
      count_nodes (gsk_rounded_clip_node_get_child (node), stats);
      break;
    case GSK_TRANSFORM_NODE:
      count_nodes (gsk_transform_node_get_child (node), stats);
      break;
    case GSK_TEXTURE_NODE:
      stats->textures++;
      stats->texture_area += b.size.width * b.size.height;
      break;
    case GSK_COLOR_NODE:
      stats->colours++;
      stats->colour_area += b.size.width * b.size.height;
      break;
    case GSK_TEXT_NODE:
      stats->texts++;
      break;
    default:
      break;
    }
}

static void
print_node_stats (const char      *prefix,
                  const NodeStats *s)
{
  guint f = MAX (s->frames, 1);

  g_print ("%snodes-per-frame %.0f nodes (textures %.0f, colours %.0f, texts %.0f)\n", prefix,
           (double) s->nodes / f, (double) s->textures / f, (double) s->colours / f, (double) s->texts / f);
  g_print ("%stexture-px-per-frame %.0f px (colour rectangles %.0f px)\n", prefix,
           s->texture_area / f, s->colour_area / f);
}

/* The view's own snapshot code alone, no GSK rendering: the same 240 zoom
 * steps, each snapshot timed on the CPU (median, and the median of the
 * frames zoomed out to under 1.5 px a day, where a frame once walked every
 * extent of the lanes). Steadier than the frame clock on a shared machine. */
static void
measure_snapshot (GArray *events,
                  double *median,
                  double *median_out,
                  double *longest,
                  double *raster,
                  NodeStats *stats)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = sitrep_timeline_view_new ();
  SitrepTimelineView *tv = SITREP_TIMELINE_VIEW (view);
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rasters = g_array_new (FALSE, FALSE, sizeof (double));
  GskRenderer *cairo = gsk_cairo_renderer_new ();
  guint half = N_FRAMES / 2;
  double factor = pow (3650.0 / 7.0, 1.0 / half);

  gtk_window_set_default_size (GTK_WINDOW (window), 1500, 360);
  gtk_window_set_child (GTK_WINDOW (window), view);
  sitrep_timeline_view_set_events (tv, events);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (view) || gtk_widget_get_width (view) <= 0)
    g_main_context_iteration (NULL, TRUE);
  if (!gsk_renderer_realize (cairo, NULL, NULL))
    g_error ("no cairo renderer");
  sitrep_timeline_view_zoom_to_fit (tv);

  for (guint frame = 0; frame <= N_FRAMES; frame++)
    {
      GtkSnapshot *snapshot;
      GskRenderNode *node;
      double first, last, ms;
      gint64 t0;

      if (frame > 0)
        sitrep_timeline_view_zoom (tv, frame <= half ? factor : 1 / factor, -1);
      sitrep_timeline_view_get_visible (tv, &first, &last);
      snapshot = gtk_snapshot_new ();
      t0 = g_get_monotonic_time ();
      GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      /* The first frame also makes the fonts' glyphs, the marks' textures
       * and the first zoom's summaries: apart. */
      if (frame == 0)
        g_print ("timeline-%u-snapshot-cpu-first %.3f ms\n", events->len, ms);
      else
        g_array_append_val (all, ms);
      if (frame > 0 && (gtk_widget_get_width (view) - 180) / MAX (last - first, 1.0) < 1.5)
        g_array_append_val (out, ms);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node != NULL)
        {
          count_nodes (node, stats);
          stats->frames++;
        }
      /* The same picture rasterized by cairo on this thread: what the
       * drawing asks of a renderer, apart from GL threads and the load. */
      if (node != NULL && frame % 4 == 0)
        {
          GdkTexture *texture;

          t0 = g_get_monotonic_time ();
          texture = gsk_renderer_render_texture (cairo, node, &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (view),
                                                                                   gtk_widget_get_height (view)));
          ms = (g_get_monotonic_time () - t0) / 1000.0;
          g_array_append_val (rasters, ms);
          g_object_unref (texture);
        }
      g_clear_pointer (&node, gsk_render_node_unref);
      /* Between frames, what the main loop does when idle (the summaries
       * of the zooms next to this one made ahead). */
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
    }
  g_print ("timeline-%u-summaries-made-drawing %u (in %u frames)\n", events->len,
           _sitrep_timeline_view_get_n_built_drawing (tv), N_FRAMES + 1);
  g_array_sort (all, compare_double);
  g_array_sort (out, compare_double);
  *median = g_array_index (all, double, all->len / 2);
  *median_out = out->len > 0 ? g_array_index (out, double, out->len / 2) : 0;
  *longest = g_array_index (all, double, all->len - 1);
  g_array_sort (rasters, compare_double);
  *raster = g_array_index (rasters, double, rasters->len / 2);
  gsk_renderer_unrealize (cairo);
  g_object_unref (cairo);
  gtk_window_destroy (GTK_WINDOW (window));
}

static double last_cpu_median;   /* of the last measure_as() */
static double last_main_median;

static double
measure_as (GArray             *events,
            gboolean            naive,
            SitrepTimelineDraw  path,
            guint              *max_drawn)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = sitrep_timeline_view_new ();
  Run run = { 0 };
  GdkFrameClock *clock;
  double median;
  double sum = 0;

  run.view = SITREP_TIMELINE_VIEW (view);
  run.times = g_array_new (FALSE, FALSE, sizeof (double));
  run.cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  run.main_times = g_array_new (FALSE, FALSE, sizeof (double));
  gtk_window_set_default_size (GTK_WINDOW (window), 1500, 360);
  gtk_window_set_child (GTK_WINDOW (window), view);
  sitrep_timeline_view_set_events (run.view, events);
  _sitrep_timeline_view_set_naive (run.view, naive);
  _sitrep_timeline_view_set_draw_path (run.view, path);
  /* BENCH_TIMELINE_CLIP_NODES=1: clip nodes over the widget and the plot,
   * as before 2026-12-05, for the ways drawn by today's code too. */
  _sitrep_timeline_view_set_clip_nodes (run.view, g_strcmp0 (g_getenv ("BENCH_TIMELINE_CLIP_NODES"), "1") == 0);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (view))
    g_main_context_iteration (NULL, TRUE);

  clock = gtk_widget_get_frame_clock (view);
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), &run);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &run);
  gtk_widget_add_tick_callback (view, on_tick, &run, NULL);
  while (!run.done)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handlers_disconnect_by_data (clock, &run);

  g_array_sort (run.times, compare_double);
  median = run.times->len > 0 ? g_array_index (run.times, double, run.times->len / 2) : 0;
  *max_drawn = run.max_drawn;
  sum = run.times->len > 0 ? (double) run.sum_drawn / run.times->len : 0;
  g_array_sort (run.cpu_times, compare_double);
  last_cpu_median = run.cpu_times->len > 0 ? g_array_index (run.cpu_times, double, run.cpu_times->len / 2) : 0;
  g_array_unref (run.cpu_times);
  g_array_sort (run.main_times, compare_double);
  last_main_median = run.main_times->len > 0 ? g_array_index (run.main_times, double, run.main_times->len / 2) : 0;
  g_array_unref (run.main_times);
  g_print ("timeline-%s-mean-marks %.0f marks a frame\n", naive ? "naive" : "zoom", sum);
  g_array_unref (run.times);
  gtk_window_destroy (GTK_WINDOW (window));

  return median;
}

static double
measure (GArray   *events,
         gboolean  naive,
         guint    *max_drawn)
{
  return measure_as (events, naive, SITREP_TIMELINE_DRAW_AUTO, max_drawn);
}

static gint64 edit_start;
static GArray *edit_times;

static void
on_edit_before (SitrepEventIndex *index,
                gpointer          ids,
                guint             n_ids,
                gpointer          data)
{
  edit_start = g_get_monotonic_time ();
}

static void
on_edit_after (SitrepEventIndex *index,
               gpointer          ids,
               guint             n_ids,
               gpointer          data)
{
  double ms = (g_get_monotonic_time () - edit_start) / 1000.0;

  g_array_append_val (edit_times, ms);
}

static double
edit_dates (SitrepStore      *store,
            SitrepEventIndex *index,
            GtkWidget        *view,
            guint             seed)
{
  guint n = sitrep_event_index_get_n_entries (index);

  g_array_set_size (edit_times, 0);
  for (guint r = 0; r < 25; r++)
    {
      g_autoptr(GError) error = NULL;
      gint64 id = sitrep_event_index_get_entry (index, (r * 7919 + seed) % n)->id;
      g_autofree char *date = g_strdup_printf ("201%u-0%u-1%u", 2 + r % 6, 1 + (r + seed) % 9, r % 10);

      if (!sitrep_store_set_event_dates (store, id, date, NULL, 1 + r % 3, &error))
        g_error ("%s", error->message);
      gtk_widget_queue_draw (view);
      for (guint i = 0; i < 5; i++)
        g_main_context_iteration (NULL, FALSE);
    }
  g_array_sort (edit_times, compare_double);
  return g_array_index (edit_times, double, edit_times->len / 2);
}

/* One edit of an event's dates, as the timeline takes it from the index. */
static void
measure_edits (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_autoptr(SitrepEventIndex) index = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = sitrep_timeline_view_new ();
  double walked, drawn, many;

  if (store == NULL)
    g_error ("%s", error->message);
  index = sitrep_event_index_new (store, &error);
  if (index == NULL)
    g_error ("%s", error->message);
  edit_times = g_array_new (FALSE, FALSE, sizeof (double));
  /* Before the view's own handler, and after it. */
  g_signal_connect (index, "entries-changed", G_CALLBACK (on_edit_before), NULL);
  sitrep_timeline_view_set_event_index (SITREP_TIMELINE_VIEW (view), index);
  g_signal_connect (index, "entries-changed", G_CALLBACK (on_edit_after), NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1500, 360);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (view) || sitrep_timeline_view_get_building (SITREP_TIMELINE_VIEW (view)) ||
         sitrep_timeline_view_get_n_events (SITREP_TIMELINE_VIEW (view)) == 0)
    g_main_context_iteration (NULL, TRUE);
  sitrep_timeline_view_zoom_to_fit (SITREP_TIMELINE_VIEW (view));
  /* The reference: frames that walk the extents keep no summaries, as before. */
  _sitrep_timeline_view_set_draw_path (SITREP_TIMELINE_VIEW (view), SITREP_TIMELINE_DRAW_WALK);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  walked = edit_dates (store, index, view, 1);
  g_print ("timeline-edit-dates-%u-no-summaries %.3f ms (the view's part, as before; median of 25)\n",
           sitrep_timeline_view_get_n_events (SITREP_TIMELINE_VIEW (view)), walked);
  _sitrep_timeline_view_set_draw_path (SITREP_TIMELINE_VIEW (view), SITREP_TIMELINE_DRAW_AUTO);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  drawn = edit_dates (store, index, view, 2);
  g_print ("timeline-edit-dates-%u %.3f ms (the view's part, the summaries of the zoom drawn)\n",
           sitrep_timeline_view_get_n_events (SITREP_TIMELINE_VIEW (view)), drawn);
  _sitrep_timeline_view_summarize (SITREP_TIMELINE_VIEW (view), 2, 17);
  many = edit_dates (store, index, view, 3);
  g_print ("timeline-edit-dates-16-summaries %.3f ms (summaries of bars of 2 to 17 days in every lane)\n", many);
  g_print ("timeline-edit-resets %u\n", sitrep_timeline_view_get_n_resets (SITREP_TIMELINE_VIEW (view)));
  {
    g_autofree char *problem = _sitrep_timeline_view_check (SITREP_TIMELINE_VIEW (view));

    if (problem != NULL)
      g_error ("after the edits: %s", problem);
  }
  sitrep_timeline_view_set_event_index (SITREP_TIMELINE_VIEW (view), NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  g_array_unref (edit_times);
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 50000;
  g_autoptr(GArray) events = NULL;
  guint drawn = 0, naive_drawn;
  double culled, naive;
  gint64 t0;

  gtk_init ();
  adw_init ();

  t0 = g_get_monotonic_time ();
  events = generate (n);
  g_array_sort (events, compare_first);
  g_print ("timeline-events %u events\n", n);

  {
    GtkWidget *probe = sitrep_timeline_view_new ();

    g_object_ref_sink (probe);
    t0 = g_get_monotonic_time ();
    sitrep_timeline_view_set_events (SITREP_TIMELINE_VIEW (probe), events);
    g_print ("timeline-set-events %.1f ms\n", (g_get_monotonic_time () - t0) / 1000.0);
    g_object_unref (probe);
  }

  if (g_getenv ("BENCH_TIMELINE_WAY") == NULL)
  {
    double cpu, cpu_out, cpu_max, cpu_raster;
    NodeStats stats = { 0 };

    measure_snapshot (events, &cpu, &cpu_out, &cpu_max, &cpu_raster, &stats);
    print_node_stats ("timeline-", &stats);
    g_print ("timeline-raster-cairo-median %.3f ms (every fourth zoom step)\n", cpu_raster);
    g_print ("timeline-snapshot-cpu-median %.3f ms\n", cpu);
    g_print ("timeline-snapshot-cpu-zoomed-out-median %.3f ms\n", cpu_out);
    g_print ("timeline-snapshot-cpu-longest %.3f ms (after the first)\n", cpu_max);
    if (n != 50000)
      {
        g_autoptr(GArray) reference = generate (50000);
        double ref, ref_out, ref_max, ref_raster;
        NodeStats ref_stats = { 0 };

        g_array_sort (reference, compare_first);
        measure_snapshot (reference, &ref, &ref_out, &ref_max, &ref_raster, &ref_stats);
        print_node_stats ("timeline-50000-", &ref_stats);
        g_print ("timeline-50000-raster-cairo-median %.3f ms\n", ref_raster);
        g_print ("timeline-%u-vs-50000-raster-cairo-ratio %.2f x\n", n, cpu_raster / MAX (ref_raster, 0.001));
        g_print ("timeline-50000-snapshot-cpu-median %.3f ms\n", ref);
        g_print ("timeline-50000-snapshot-cpu-zoomed-out-median %.3f ms\n", ref_out);
        g_print ("timeline-50000-snapshot-cpu-longest %.3f ms\n", ref_max);
        g_print ("timeline-%u-vs-50000-snapshot-cpu-ratio %.2f x (zoomed out %.2f x)\n", n,
                 cpu / MAX (ref, 0.001), cpu_out / MAX (ref_out, 0.001));
      }
  }

  /* The same frames with 50,000 events, in the same run: the target is a
   * frame at N no slower than at 50,000. The two alternate, ROUNDS times
   * (BENCH_TIMELINE_ROUNDS), so neither gains from going first or from a
   * quieter minute; each round's median, then the median of those. */
  {
    /* N events; 50,000 drawn the same way as N; 50,000 as main drew them
     * before the summaries and the marks' textures. */
    static const char *names[] = { "", "50000-", "50000-before-" };
    g_autoptr(GArray) reference = n != 50000 ? generate (50000) : NULL;
    GArray *wall[3], *cpu[3];
    double wall_median[3], cpu_median[3];
    guint rounds = g_getenv ("BENCH_TIMELINE_ROUNDS") != NULL ? MAX (1, atoi (g_getenv ("BENCH_TIMELINE_ROUNDS"))) : 3;
    guint n_ways = reference != NULL ? 3 : 1;
    int only_way = g_getenv ("BENCH_TIMELINE_WAY") != NULL ? atoi (g_getenv ("BENCH_TIMELINE_WAY")) : -1;
    guint reference_drawn = 0;

    if (reference != NULL)
      g_array_sort (reference, compare_first);
    for (guint w = 0; w < n_ways; w++)
      {
        wall[w] = g_array_new (FALSE, FALSE, sizeof (double));
        cpu[w] = g_array_new (FALSE, FALSE, sizeof (double));
      }
    for (guint r = 0; r < rounds; r++)
      for (guint w = 0; w < n_ways; w++)
        {
          double ms;

          /* BENCH_TIMELINE_WAY=w: only that way (0 to 2), for a profiler. */
          if (only_way >= 0 && (int) w != only_way)
            {
              double none = 0;

              g_array_append_val (wall[w], none);
              g_array_append_val (cpu[w], none);
              continue;
            }
          ms = measure_as (w == 0 ? events : reference, FALSE,
                           w == 2 ? SITREP_TIMELINE_DRAW_BEFORE : SITREP_TIMELINE_DRAW_AUTO,
                           w == 0 ? &drawn : &reference_drawn);
          g_array_append_val (wall[w], ms);
          g_array_append_val (cpu[w], last_cpu_median);
          g_print ("timeline-%szoom-frame-median-round-%u %.2f ms (CPU %.2f ms, of which the main thread %.2f ms)\n",
                   names[w], r + 1, ms, last_cpu_median, last_main_median);
        }
    for (guint w = 0; w < n_ways; w++)
      {
        g_array_sort (wall[w], compare_double);
        g_array_sort (cpu[w], compare_double);
        wall_median[w] = g_array_index (wall[w], double, rounds / 2);
        cpu_median[w] = g_array_index (cpu[w], double, rounds / 2);
        g_print ("timeline-%szoom-frame-median %.2f ms (CPU of every thread %.2f ms)\n", names[w],
                 wall_median[w], cpu_median[w]);
        g_array_unref (wall[w]);
        g_array_unref (cpu[w]);
      }
    culled = wall_median[0];
    g_print ("timeline-zoom-max-marks %u marks\n", drawn);
    if (reference != NULL)
      {
        g_print ("timeline-50000-zoom-max-marks %u marks\n", reference_drawn);
        g_print ("timeline-%u-vs-50000-ratio %.2f x (CPU %.2f x)\n", n, wall_median[0] / MAX (wall_median[1], 0.01),
                 cpu_median[0] / MAX (cpu_median[1], 0.01));
        g_print ("timeline-%u-vs-50000-before-ratio %.2f x (CPU %.2f x; before: the walk and rounded clips, "
                 "as main drew)\n", n, wall_median[0] / MAX (wall_median[2], 0.01),
                 cpu_median[0] / MAX (cpu_median[2], 0.01));
      }
  }
  /* Drawing every one of hundreds of thousands takes seconds a frame:
   * the naive reference is for 50,000 and below. */
  if (n <= 100000 && g_getenv ("BENCH_TIMELINE_WAY") == NULL)
    {
      naive = measure (events, TRUE, &naive_drawn);
      g_print ("timeline-naive-zoom-frame-median %.2f ms\n", naive);
      g_print ("timeline-naive-max-marks %u marks\n", naive_drawn);
      g_print ("timeline-speedup %.1f x\n", culled > 0 ? naive / culled : 0);
    }
  if (argc > 2)
    measure_edits (argv[2]);
  g_print ("renderer %s\n", g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "default");

  return 0;
}

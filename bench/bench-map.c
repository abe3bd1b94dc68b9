/* bench-map.c — frame times of the events layer with 50,000 points against
 * the stock ShumateMarkerLayer with 10,000 markers, panning and zooming
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run under Xvfb: xvfb-run -a -s '-screen 0 1600x1000x24' BUILDDIR/bench/bench-map
 * Frame times are the intervals between the frame clock's "after-paint"
 * while a tick callback moves the viewport every frame.
 * BENCH_MAP_ONLY=N runs only N points' frames, once; BENCH_MAP_FRAMES the
 * number of frames measured (300): for a profiler, or two counts under
 * `perf stat -e instructions` whose difference is what the frames cost. */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "sitrep-map-view.h"
#include "sitrep-map-source.h"
#include "sitrep-map-points-layer-private.h"

#define N_EVENTS 50000   /* the reference; a larger count may be given as argument */
#define N_MARKERS 10000
#define N_FRAMES 300     /* BENCH_MAP_FRAMES may give another count */
#define WARMUP_FRAMES 30

typedef struct
{
  ShumateViewport *viewport;
  GArray          *intervals;   /* of double, ms: paint to paint */
  GArray          *work;        /* of double, ms: a frame's update to its paint's end */
  GArray          *cpu;         /* of double, ms: the CPU every thread spent on it (the renderer's too) */
  gint64           frame_start;
  double           cpu_start;
  gint64           last_paint;
  guint            frame;
  gboolean         done;
} Run;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return values->len > 0 ? g_array_index (values, double, values->len / 2) : 0;
}

/* CPU time of the whole process, every thread, ms: steadier than the
 * wall clock on a shared machine. */
static double
process_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
on_after_paint (GdkFrameClock *clock,
                Run           *run)
{
  gint64 now = g_get_monotonic_time ();

  if (run->last_paint != 0 && run->frame > WARMUP_FRAMES)
    {
      double ms = (now - run->last_paint) / 1000.0;

      g_array_append_val (run->intervals, ms);
      if (run->frame_start != 0)
        {
          ms = (now - run->frame_start) / 1000.0;
          g_array_append_val (run->work, ms);
          ms = process_cpu_ms () - run->cpu_start;
          g_array_append_val (run->cpu, ms);
        }
    }
  run->last_paint = now;
  run->frame_start = 0;
}

/* The frame's work starts with its update phase (the tick that moves the map). */
static void
on_update (GdkFrameClock *clock,
           Run           *run)
{
  run->frame_start = g_get_monotonic_time ();
  run->cpu_start = process_cpu_ms ();
}

static guint n_frames = N_FRAMES;

/* Pans in a circle around Syria and zooms between 5 and 9, a step a frame. */
static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  Run *run = data;
  double t = run->frame / 60.0;

  shumate_location_set_location (SHUMATE_LOCATION (run->viewport),
                                 35.0 + 1.2 * sin (t * 2.0), 38.5 + 1.8 * cos (t * 2.0));
  shumate_viewport_set_zoom_level (run->viewport, 7.0 + 2.0 * sin (t * 1.3));
  if (++run->frame >= n_frames + WARMUP_FRAMES)
    {
      run->done = TRUE;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

/* Returns the median frame time (the work of a frame, from its update to the
 * end of its paint); @interval gets the median time from paint to paint,
 * which the frame clock paces at 60 Hz at best. */
static double last_cpu;   /* the last measure()'s median CPU a frame */

static double
measure (GtkWidget       *window,
         GtkWidget       *map,
         ShumateViewport *viewport,
         double          *interval)
{
  Run run = { 0 };
  GdkFrameClock *clock;
  gulong handler, update_handler;
  double result;

  run.viewport = viewport;
  run.intervals = g_array_new (FALSE, FALSE, sizeof (double));
  run.work = g_array_new (FALSE, FALSE, sizeof (double));
  run.cpu = g_array_new (FALSE, FALSE, sizeof (double));
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (map))
    g_main_context_iteration (NULL, TRUE);

  /* Let the first tiles arrive so both runs draw the same base map. */
  {
    gint64 until = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }

  clock = gtk_widget_get_frame_clock (map);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &run);
  update_handler = g_signal_connect (clock, "update", G_CALLBACK (on_update), &run);
  gtk_widget_add_tick_callback (map, on_tick, &run, NULL);
  while (!run.done)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  g_signal_handler_disconnect (clock, update_handler);

  result = median (run.work);
  *interval = median (run.intervals);
  last_cpu = median (run.cpu);
  g_array_unref (run.cpu);
  g_array_unref (run.intervals);
  g_array_unref (run.work);

  return result;
}

static double
run_points (guint   n_events,
            guint  *n_drawn,
            double *interval)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = sitrep_map_view_new ();
  SitrepMapPointsLayer *layer = sitrep_map_view_get_events_layer (SITREP_MAP_VIEW (view));
  g_autoptr(GArray) points = g_array_sized_new (FALSE, FALSE, sizeof (SitrepMapPoint), n_events);
  GRand *rand = g_rand_new_with_seed (42);
  double ms;

  for (guint i = 0; i < n_events; i++)
    {
      SitrepMapPoint p = { 0 };

      p.id = i + 1;
      p.latitude = g_rand_double_range (rand, 32.3, 37.3);
      p.longitude = g_rand_double_range (rand, 35.7, 42.4);
      p.size = 8 + 3 * log2 (1 + g_rand_int_range (rand, 0, 50));
      gdk_rgba_parse (&p.colour, i % 3 == 0 ? "#c01c28" : i % 3 == 1 ? "#e66100" : "#813d9c");
      p.colour.alpha = 0.85f;
      g_array_append_val (points, p);
    }
  g_rand_free (rand);
  sitrep_map_points_layer_set_points (layer, (const SitrepMapPoint *) (gpointer) points->data, points->len);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_set_child (GTK_WINDOW (window), view);
  ms = measure (window, GTK_WIDGET (sitrep_map_view_get_map (SITREP_MAP_VIEW (view))),
                sitrep_map_view_get_viewport (SITREP_MAP_VIEW (view)), interval);
  *n_drawn = sitrep_map_points_layer_get_n_drawn (layer);
  gtk_window_destroy (GTK_WINDOW (window));

  return ms;
}

static double
run_markers (double *create_ms,
             double *interval)
{
  GtkWidget *window = gtk_window_new ();
  ShumateMap *map = shumate_map_new ();
  ShumateViewport *viewport = shumate_map_get_viewport (map);
  g_autoptr(ShumateMapSource) source = SHUMATE_MAP_SOURCE (sitrep_map_source_new ());
  ShumateMarkerLayer *markers;
  GRand *rand = g_rand_new_with_seed (42);
  gint64 start;
  double ms;

  shumate_map_set_map_source (map, source);
  shumate_map_add_layer (map, SHUMATE_LAYER (shumate_map_layer_new (source, viewport)));
  markers = shumate_marker_layer_new (viewport);
  shumate_map_add_layer (map, SHUMATE_LAYER (markers));
  shumate_map_go_to_full_with_duration (map, 35.0, 38.5, 7, 0);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < N_MARKERS; i++)
    {
      ShumateMarker *marker = shumate_marker_new ();
      GtkWidget *dot = gtk_image_new_from_icon_name ("media-record-symbolic");

      shumate_marker_set_child (marker, dot);
      shumate_location_set_location (SHUMATE_LOCATION (marker), g_rand_double_range (rand, 32.3, 37.3),
                                     g_rand_double_range (rand, 35.7, 42.4));
      shumate_marker_layer_add_marker (markers, marker);
    }
  *create_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_rand_free (rand);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (map));
  ms = measure (window, GTK_WIDGET (map), viewport, interval);
  gtk_window_destroy (GTK_WINDOW (window));

  return ms;
}

int
main (int   argc,
      char *argv[])
{
  struct rusage usage;
  double points_ms, markers_ms, create_ms, points_interval, markers_interval;
  guint n_drawn = 0;

  g_setenv ("GTK_A11Y", "none", FALSE);
  /* E.g. two counts under `perf stat`: the difference is what the frames cost. */
  if (g_getenv ("BENCH_MAP_FRAMES") != NULL)
    n_frames = MAX (10, atoi (g_getenv ("BENCH_MAP_FRAMES")));
  gtk_init ();
  adw_init ();

  /* With a count given, its frames and those of 50,000 alternate over
   * BENCH_MAP_ROUNDS rounds (3): the median of the rounds' medians. */
  /* BENCH_MAP_ONLY=N: only N points' frames, once (e.g. under a profiler). */
  if (g_getenv ("BENCH_MAP_ONLY") != NULL)
    {
      guint n = (guint) g_ascii_strtoull (g_getenv ("BENCH_MAP_ONLY"), NULL, 10);

      points_ms = run_points (n, &n_drawn, &points_interval);
      g_print ("map-points-%u-frame-median %.2f ms (CPU of every thread %.2f ms)\n", n, points_ms, last_cpu);
      g_print ("map-points-%u-marks-last-frame %u marks\n", n, n_drawn);
      return 0;
    }
  if (argc > 1)
    {
      guint n = (guint) g_ascii_strtoull (argv[1], NULL, 10);
      guint rounds = g_getenv ("BENCH_MAP_ROUNDS") != NULL ? MAX (1, atoi (g_getenv ("BENCH_MAP_ROUNDS"))) : 3;
      g_autoptr(GArray) big = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) big_cpu = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) ref = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) ref_cpu = g_array_new (FALSE, FALSE, sizeof (double));
      double big_interval = 0, big_ms, big_cpu_ms, ref_cpu_ms;
      guint big_drawn = 0;

      for (guint r = 0; r < rounds; r++)
        {
          double ms = run_points (N_EVENTS, &n_drawn, &points_interval);

          g_array_append_val (ref, ms);
          g_array_append_val (ref_cpu, last_cpu);
          g_print ("map-points-50k-frame-median-round-%u %.2f ms (CPU %.2f ms)\n", r + 1, ms, last_cpu);
          ms = run_points (n, &big_drawn, &big_interval);
          g_array_append_val (big, ms);
          g_array_append_val (big_cpu, last_cpu);
          g_print ("map-points-%u-frame-median-round-%u %.2f ms (CPU %.2f ms)\n", n, r + 1, ms, last_cpu);
        }
      points_ms = median (ref);
      ref_cpu_ms = median (ref_cpu);
      big_ms = median (big);
      big_cpu_ms = median (big_cpu);
      g_print ("map-points-%u-frame-median %.2f ms (CPU of every thread %.2f ms)\n", n, big_ms, big_cpu_ms);
      g_print ("map-points-%u-frame-interval-median %.2f ms\n", n, big_interval);
      g_print ("map-points-%u-marks-last-frame %u marks\n", n, big_drawn);
      g_print ("map-points-%u-vs-50k-ratio %.2f x (CPU %.2f x)\n", n, big_ms / MAX (points_ms, 0.01),
               big_cpu_ms / MAX (ref_cpu_ms, 0.01));
    }
  else
    points_ms = run_points (N_EVENTS, &n_drawn, &points_interval);
  /* BENCH_MAP_MARKERS=0: without the stock markers' run (slow), e.g. under a profiler. */
  if (g_strcmp0 (g_getenv ("BENCH_MAP_MARKERS"), "0") == 0)
    {
      g_print ("map-points-50k-frame-median %.2f ms\n", points_ms);
      return 0;
    }
  markers_ms = run_markers (&create_ms, &markers_interval);
  getrusage (RUSAGE_SELF, &usage);

  g_print ("map-points-50k-frame-median %.2f ms\n", points_ms);
  g_print ("map-points-50k-frame-interval-median %.2f ms\n", points_interval);
  g_print ("map-points-50k-marks-last-frame %u marks\n", n_drawn);
  g_print ("map-markers-10k-frame-median %.2f ms\n", markers_ms);
  g_print ("map-markers-10k-frame-interval-median %.2f ms\n", markers_interval);
  g_print ("map-markers-10k-create %.0f ms\n", create_ms);
  g_print ("map-markers-10k-vs-points-50k-ratio %.2f x\n", markers_ms / MAX (points_ms, 0.01));
  g_print ("map-peak-rss %ld KiB\n", usage.ru_maxrss);

  return 0;
}

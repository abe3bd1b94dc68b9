/* bench-flight.c — presentation flights over the offline map: tiles the map
 * had to wait for (each blank for a frame or more), with the way drawn
 * ahead and, as the reference in the same run, without; frame times while
 * flying; how long the drawing ahead takes
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run under Xvfb: xvfb-run -a -s '-screen 0 1600x1000x24' BUILDDIR/bench/bench-flight
 * The presentation is a 1600 × 1000 window (not full screen: Xvfb has no
 * window manager); twelve incidents across Syria, in date order. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sys/resource.h>

#include "sitrep-presentation.h"
#include "sitrep-store.h"
#include "sitrep-presentation-test-private.h"

static const struct
{
  const char *name;
  double      latitude;
  double      longitude;
} places[] = {
  { "Aleppo", 36.2021, 37.1343 },
  { "Raqqa", 35.9528, 39.0079 },
  { "Deir ez-Zor", 35.3359, 40.1408 },
  { "Al-Bukamal", 34.4537, 40.9186 },
  { "Palmyra", 34.5560, 38.2840 },
  { "Homs", 34.7308, 36.7094 },
  { "Hama", 35.1318, 36.7578 },
  { "Idlib", 35.9306, 36.6339 },
  { "Latakia", 35.5317, 35.7901 },
  { "Damascus", 33.5102, 36.2913 },
  { "Daraa", 32.6189, 36.1021 },
  { "Qamishli", 37.0522, 41.2317 },
};

typedef struct
{
  SitrepPresentation *presentation;
  GArray             *frames;     /* of double, ms: a flying frame's update to its paint's end */
  gint64              frame_start;
} Run;

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : (x > y ? 1 : 0);
}

static double
percentile (GArray *values,
            double  p)
{
  if (values->len == 0)
    return 0;
  g_array_sort (values, compare_double);
  return g_array_index (values, double, MIN ((guint) (p * values->len), values->len - 1));
}

static SitrepStore *
make_project (const char *path)
{
  g_autoptr(GError) error = NULL;
  SitrepStore *store = sitrep_store_create (path, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
      SitrepClaimDraft claim = SITREP_CLAIM_DRAFT_INIT;
      g_autofree char *date = g_strdup_printf ("2016-%02u-15", i + 1);
      gint64 place, event;

      place = sitrep_store_add_entity (store, "place", places[i].name, &error);
      g_assert_no_error (error);
      sitrep_store_set_entity_place (store, place, places[i].latitude, places[i].longitude, NULL, "Syria",
                                     NULL, &error);
      g_assert_no_error (error);
      draft.date_start = date;
      draft.date_precision = 1;
      draft.place_id = place;
      draft.event_type = "Battles";
      event = sitrep_store_create_event (store, &draft, &error);
      g_assert_no_error (error);
      claim.count_low = 3 + i;
      claim.claimant_text = "SOHR";
      sitrep_store_add_claim (store, event, &claim, &error);
      g_assert_no_error (error);
    }

  return store;
}

/* A frame's work starts with its update phase (the tick that moves the map). */
static void
on_update (GdkFrameClock *clock,
           Run           *run)
{
  run->frame_start = sitrep_presentation_get_flying (run->presentation) ? g_get_monotonic_time () : 0;
}

static void
on_after_paint (GdkFrameClock *clock,
                Run           *run)
{
  if (run->frame_start != 0)
    {
      double ms = (g_get_monotonic_time () - run->frame_start) / 1000.0;

      g_array_append_val (run->frames, ms);
    }
  run->frame_start = 0;
}

static void
wait_ready (SitrepPresentation *presentation)
{
  while (!sitrep_presentation_get_ready (presentation))
    g_main_context_iteration (NULL, TRUE);
}

/* Steps through every incident; returns the tiles the map waited for. */
static guint
fly_all (SitrepStore *store,
         gboolean     prefetch,
         GArray      *frames,
         GArray      *waits,
         GArray      *ahead,
         GArray      *tiles)
{
  g_autoptr(GError) error = NULL;
  SitrepPresentation *presentation = sitrep_presentation_new (NULL, store, NULL, &error);
  GdkFrameClock *clock;
  Run run = { 0 };
  guint n_steps, n_late = 0;

  g_assert_no_error (error);
  run.presentation = presentation;
  run.frames = frames;
  sitrep_presentation_set_prefetch (presentation, prefetch);
  gtk_window_set_default_size (GTK_WINDOW (presentation), 1600, 1000);
  gtk_window_present (GTK_WINDOW (presentation));
  while (!gtk_widget_get_mapped (GTK_WIDGET (presentation)))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (presentation));
  g_signal_connect (clock, "update", G_CALLBACK (on_update), &run);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &run);
  wait_ready (presentation);

  n_steps = sitrep_presentation_get_n_steps (presentation);
  for (guint step = 1; step < n_steps; step++)
    {
      gint64 landed;
      guint n_tiles;
      double wait_ms, ms;

      gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.next", NULL);
      while (sitrep_presentation_get_flying (presentation))
        g_main_context_iteration (NULL, TRUE);
      sitrep_presentation_get_flight_stats (presentation, NULL, NULL, &n_tiles, &wait_ms);
      g_array_append_val (waits, wait_ms);
      ms = n_tiles;
      g_array_append_val (tiles, ms);

      /* The presenter speaks until the way ahead is drawn. */
      landed = g_get_monotonic_time ();
      wait_ready (presentation);
      ms = (g_get_monotonic_time () - landed) / 1000.0;
      if (prefetch && step + 1 < n_steps)
        g_array_append_val (ahead, ms);
    }
  sitrep_presentation_get_flight_stats (presentation, NULL, &n_late, NULL, NULL);

  g_signal_handlers_disconnect_by_data (clock, &run);
  gtk_window_destroy (GTK_WINDOW (presentation));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  return n_late;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ref_frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) waits = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ref_waits = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ahead = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) tiles = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ref_tiles = g_array_new (FALSE, FALSE, sizeof (double));
  struct rusage usage;
  guint late, ref_late;
  guint n_flights = G_N_ELEMENTS (places) - 1;

  gtk_init ();
  adw_init ();

  dir = g_dir_make_tmp ("bench-flight-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "flights.sitrep", NULL);
  store = make_project (path);

  /* The reference first, so that nothing it draws is left for ours: each
   * presentation has a map source of its own anyway. */
  ref_late = fly_all (store, FALSE, ref_frames, ref_waits, NULL, ref_tiles);
  late = fly_all (store, TRUE, frames, waits, ahead, tiles);

  g_print ("flight-steps %u flights\n", n_flights);
  g_print ("flight-tiles-median %.0f tiles\n", percentile (tiles, 0.5));
  g_print ("flight-late-tiles %u tiles\n", late);
  g_print ("flight-late-tiles-reference %u tiles\n", ref_late);
  g_print ("flight-wait-median %.1f ms\n", percentile (waits, 0.5));
  g_print ("flight-wait-max %.1f ms\n", percentile (waits, 1.0));
  g_print ("flight-draw-ahead-median %.0f ms\n", percentile (ahead, 0.5));
  g_print ("flight-frame-median %.2f ms\n", percentile (frames, 0.5));
  g_print ("flight-frame-p95 %.2f ms\n", percentile (frames, 0.95));
  g_print ("flight-frame-median-reference %.2f ms\n", percentile (ref_frames, 0.5));
  g_print ("flight-frame-p95-reference %.2f ms\n", percentile (ref_frames, 0.95));
  getrusage (RUSAGE_SELF, &usage);
  g_print ("flight-peak-rss %ld KiB\n", usage.ru_maxrss);

  g_clear_object (&store);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);

  return late == 0 ? 0 : 1;
}

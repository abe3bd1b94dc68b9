/* bench-event-index.c — the shared event index at 500,000 events: loading it, and one edit reaching the map by id
 *
 * Generates N events (default 500,000) through sitrep_store_import_events,
 * then measures, each the median of RUNS runs:
 *   - loading the index (one light query) against what each view does
 *     today on a change, reading 50,000 events in full (sitrep_store_get_events);
 *   - one edit (the dates and place of one event) from the store's write
 *     to the index entry and the map's mark, with the events layer mapped
 *     and clustered: total, and the part after the write (the views);
 *   - the timeline's only way to take a change today: set_events with
 *     every event again.
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

#include <glib/gstdio.h>

#include "sitrep-event-index.h"
#include "sitrep-map-view.h"
#include "sitrep-store-change.h"
#include "sitrep-store.h"
#include "sitrep-timeline-view.h"

#define RUNS 7
#define REFERENCE 50000

typedef struct
{
  SitrepEventIndex     *index;
  SitrepMapPointsLayer *layer;
  gint64                written;   /* when the store said what changed */
  gint64                updated;   /* when the map had it */
  guint                 reloads;
} Edit;

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
point_from_entry (SitrepMapPoint              *p,
                  const SitrepEventIndexEntry *e)
{
  p->id = e->id;
  p->latitude = e->latitude;
  p->longitude = e->longitude;
  p->size = e->fatalities > 0 ? MIN (8 + 3 * log2 (1 + (double) e->fatalities), 32) : 8;
  gdk_rgba_parse (&p->colour, "#c01c28");
}

static void
on_store_changed (SitrepStore       *store,
                  SitrepStoreChange *change,
                  Edit              *edit)
{
  edit->written = g_get_monotonic_time ();
}

static void
on_entries_changed (SitrepEventIndex *index,
                    const gint64     *ids,
                    guint             n_ids,
                    Edit             *edit)
{
  for (guint i = 0; i < n_ids; i++)
    {
      const SitrepEventIndexEntry *e = sitrep_event_index_lookup (index, ids[i]);
      SitrepMapPoint p;

      if (e == NULL || isnan (e->latitude))
        {
          sitrep_map_points_layer_remove_point (edit->layer, ids[i]);
          continue;
        }
      point_from_entry (&p, e);
      sitrep_map_points_layer_update_point (edit->layer, &p);
    }
  edit->updated = g_get_monotonic_time ();
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
  g_autofree char *path = g_build_filename (dir, "bench.sitrep", NULL);
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(SitrepEventIndex) index = NULL;
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (SitrepMapPoint));
  g_autoptr(GArray) ids = NULL;
  guint n_events = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 500000;
  double t[RUNS], views[RUNS];
  GtkWidget *window, *view;
  Edit edit = { 0 };
  gint64 start;

  g_setenv ("GTK_A11Y", "none", FALSE);
  gtk_init ();
  adw_init ();
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
  ids = sitrep_store_query_event_ids (store, NULL, NULL);
  for (guint r = 0; r < 3; r++)
    {
      g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);

      start = g_get_monotonic_time ();
      sitrep_store_get_events (store, (const gint64 *) (gpointer) ids->data, MIN (REFERENCE, ids->len), events, NULL);
      t[r] = (g_get_monotonic_time () - start) / 1000.0;
    }
  printf ("full-events-read-%u %.0f ms\n", REFERENCE, median (t, 3));

  /* The map, mapped and clustered at zoom 6, fed from the index. */
  for (guint i = 0; i < sitrep_event_index_get_n_entries (index); i++)
    {
      const SitrepEventIndexEntry *e = sitrep_event_index_get_entry (index, i);
      SitrepMapPoint p;

      if (isnan (e->latitude))
        continue;
      point_from_entry (&p, e);
      g_array_append_val (points, p);
    }
  window = gtk_window_new ();
  view = sitrep_map_view_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_set_child (GTK_WINDOW (window), view);
  edit.index = index;
  edit.layer = sitrep_map_view_get_events_layer (SITREP_MAP_VIEW (view));
  sitrep_map_points_layer_set_points (edit.layer, (const SitrepMapPoint *) (gpointer) points->data, points->len);
  gtk_window_present (GTK_WINDOW (window));
  {
    gint64 until = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  printf ("map-marks-drawn %u marks\n", sitrep_map_points_layer_get_n_drawn (edit.layer));

  /* Edits. */
  g_signal_connect (index, "entries-changed", G_CALLBACK (on_entries_changed), &edit);
  edit.reloads = sitrep_event_index_get_n_reloads (index);
  for (guint r = 0; r < RUNS; r++)
    {
      gint64 id = g_array_index (ids, gint64, (r * 7919) % ids->len);
      g_autofree char *date = g_strdup_printf ("2016-0%u-1%u", 1 + r % 9, r % 10);

      edit.updated = 0;
      start = g_get_monotonic_time ();
      if (!sitrep_store_set_event_dates (store, id, date, NULL, 1, &error) ||
          !sitrep_store_set_event_coordinates (store, id, 33.0 + r * 0.3, 36.5 + r * 0.4, &error))
        g_error ("%s", error->message);
      t[r] = (edit.updated - start) / 1000.0;
      views[r] = (edit.updated - edit.written) / 1000.0;
      g_assert (edit.updated != 0);
    }
  printf ("edit-one-event-total %.2f ms (two writes: dates, then coordinates)\n", median (t, RUNS));
  printf ("edit-one-event-index-and-map %.3f ms\n", median (views, RUNS));
  printf ("edit-full-reloads %u\n", sitrep_event_index_get_n_reloads (index) - edit.reloads);

  /* The timeline takes a change only as all its events again, today. */
  {
    g_autoptr(GArray) timeline = sitrep_timeline_events_new ();
    GtkWidget *probe = g_object_ref_sink (sitrep_timeline_view_new ());

    for (guint i = 0; i < sitrep_event_index_get_n_entries (index); i++)
      {
        const SitrepEventIndexEntry *e = sitrep_event_index_get_entry (index, i);
        SitrepTimelineEvent te = { 0 };

        if (e->first == 0)
          continue;
        te.event_id = e->id;
        te.first = e->first;
        te.last = e->last;
        te.fatalities = e->fatalities;
        te.event_type = g_strdup (e->event_type);
        g_array_append_val (timeline, te);
      }
    for (guint r = 0; r < 3; r++)
      {
        start = g_get_monotonic_time ();
        sitrep_timeline_view_set_events (SITREP_TIMELINE_VIEW (probe), timeline);
        t[r] = (g_get_monotonic_time () - start) / 1000.0;
      }
    printf ("timeline-set-events-%u %.0f ms\n", timeline->len, median (t, 3));
    g_object_unref (probe);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&index);
  sitrep_store_close (store);
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

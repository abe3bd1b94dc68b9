/* test-event-index.c — the light event index the map, timeline and presentation share
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "sitrep-event-index.h"
#include "sitrep-store.h"
#include "sitrep-timeline.h"
#include "sitrep-event-private.h"

typedef struct
{
  char        *dir;
  SitrepStore *store;
  gint64       daraa;
  gint64       saa;
} Fixture;

typedef struct
{
  guint   n_resets;
  guint   n_changes;
  GArray *ids;    /* gint64, every id reported changed */
} Seen;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("sitrep-index-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.sitrep", NULL);
  f->store = sitrep_store_create (path, &error);
  g_assert_no_error (error);

  f->daraa = sitrep_store_add_entity (f->store, "place", "Daraa", &error);
  g_assert_no_error (error);
  sitrep_store_set_entity_place (f->store, f->daraa, 32.6189, 36.1021, "Daraa", "Syria", NULL, &error);
  g_assert_no_error (error);
  f->saa = sitrep_store_add_entity (f->store, "actor", "Syrian Arab Army", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "test.sitrep", NULL);

  g_clear_object (&f->store);
  g_unlink (path);
  g_rmdir (f->dir);
  g_free (f->dir);
}

static gint64
add_event (Fixture    *f,
           const char *start,
           const char *end,
           int         precision,
           gint64      place,
           const char *type)
{
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  g_autoptr(GError) error = NULL;
  gint64 id;

  draft.date_start = start;
  draft.date_end = end;
  draft.date_precision = precision;
  draft.place_id = place;
  draft.event_type = type;
  id = sitrep_store_create_event (f->store, &draft, &error);
  g_assert_no_error (error);

  return id;
}

static void
on_reset (SitrepEventIndex *index,
          Seen             *seen)
{
  seen->n_resets++;
}

static void
on_entries_changed (SitrepEventIndex *index,
                    const gint64     *ids,
                    guint             n_ids,
                    Seen             *seen)
{
  seen->n_changes++;
  g_array_append_vals (seen->ids, ids, n_ids);
}

static guint32
day (const char *iso)
{
  guint32 d = 0;

  g_assert_true (sitrep_timeline_parse_day (iso, &d));
  return d;
}

/* Read once: place (its entity's coordinates when the event has none),
 * dates as the timeline spans them, type, side, region, toll. */
static void
test_load (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(SitrepEventIndex) index = NULL;
  g_autoptr(GError) error = NULL;
  SitrepClaimDraft claim = SITREP_CLAIM_DRAFT_INIT;
  const SitrepEventIndexEntry *e;
  gint64 placed, month, undated;

  placed = add_event (f, "2022-10-15", NULL, 1, f->daraa, "Battles");
  month = add_event (f, "2022-03-01", NULL, 4, 0, NULL);
  undated = add_event (f, NULL, NULL, 0, 0, NULL);
  sitrep_store_set_event_actors (f->store, placed, f->saa, 0, NULL, 0, NULL, 0, &error);
  g_assert_no_error (error);
  claim.count_low = 12;
  claim.claimant_text = "SOHR";
  sitrep_store_add_claim (f->store, placed, &claim, &error);
  g_assert_no_error (error);

  index = sitrep_event_index_new (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sitrep_event_index_get_n_entries (index), ==, 3);
  g_assert_cmpuint (sitrep_event_index_get_n_reloads (index), ==, 1);

  e = sitrep_event_index_lookup (index, placed);
  g_assert_nonnull (e);
  g_assert_cmpfloat_with_epsilon (e->latitude, 32.6189, 1e-6);
  g_assert_cmpfloat_with_epsilon (e->longitude, 36.1021, 1e-6);
  g_assert_cmpuint (e->first, ==, day ("2022-10-15"));
  g_assert_cmpuint (e->last, ==, day ("2022-10-15"));
  g_assert_cmpint (e->fatalities, ==, 12);
  g_assert_true (e->event_type == g_intern_static_string ("Battles"));
  g_assert_cmpstr (e->side, ==, "Syrian Arab Army");
  g_assert_cmpstr (e->region, ==, "Daraa");

  e = sitrep_event_index_lookup (index, month);
  g_assert_true (isnan (e->latitude) && isnan (e->longitude));
  g_assert_cmpuint (e->first, ==, day ("2022-03-01"));
  g_assert_cmpuint (e->last, ==, day ("2022-03-31"));
  g_assert_cmpint (e->fatalities, ==, -1);
  g_assert_null (e->event_type);
  g_assert_null (e->side);
  g_assert_null (e->region);

  e = sitrep_event_index_lookup (index, undated);
  g_assert_cmpuint (e->first, ==, 0);
  g_assert_null (sitrep_event_index_lookup (index, 9999));
}

/* An edit reads that event again, alone; add and delete are told by id. */
static void
test_update_by_id (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SitrepEventIndex) index = NULL;
  g_autoptr(GError) error = NULL;
  Seen seen = { 0 };
  gint64 a, b, c;

  a = add_event (f, "2022-10-15", NULL, 1, 0, NULL);
  b = add_event (f, "2022-10-16", NULL, 1, 0, NULL);
  index = sitrep_event_index_new (f->store, &error);
  g_assert_no_error (error);
  seen.ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect (index, "reset", G_CALLBACK (on_reset), &seen);
  g_signal_connect (index, "entries-changed", G_CALLBACK (on_entries_changed), &seen);

  /* Dates, type and place of one event. */
  g_assert_true (sitrep_store_set_event_dates (f->store, a, "2022-10-14", "2022-10-16", 2, &error));
  g_assert_true (sitrep_store_set_event_type (f->store, a, "Battles", "Armed clash", &error));
  g_assert_true (sitrep_store_set_event_place (f->store, a, f->daraa, 1, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sitrep_event_index_lookup (index, a)->first, ==, day ("2022-10-14"));
  g_assert_cmpuint (sitrep_event_index_lookup (index, a)->last, ==, day ("2022-10-16"));
  g_assert_cmpstr (sitrep_event_index_lookup (index, a)->event_type, ==, "Battles");
  g_assert_cmpfloat_with_epsilon (sitrep_event_index_lookup (index, a)->latitude, 32.6189, 1e-6);
  g_assert_cmpuint (seen.n_changes, ==, 3);
  for (guint i = 0; i < seen.ids->len; i++)
    g_assert_cmpint (g_array_index (seen.ids, gint64, i), ==, a);
  /* The other one untouched, nothing read in full. */
  g_assert_cmpuint (sitrep_event_index_lookup (index, b)->first, ==, day ("2022-10-16"));
  g_assert_cmpuint (sitrep_event_index_get_n_reloads (index), ==, 1);
  g_assert_cmpuint (seen.n_resets, ==, 0);

  /* Added: present; deleted: absent, and the rest still found by id. */
  c = add_event (f, "2022-11-01", NULL, 1, 0, "Protests");
  g_assert_nonnull (sitrep_event_index_lookup (index, c));
  g_assert_cmpuint (sitrep_event_index_get_n_entries (index), ==, 3);
  g_assert_true (sitrep_store_delete_event (f->store, a, &error));
  g_assert_no_error (error);
  g_assert_null (sitrep_event_index_lookup (index, a));
  g_assert_cmpuint (sitrep_event_index_get_n_entries (index), ==, 2);
  g_assert_cmpint (sitrep_event_index_lookup (index, b)->id, ==, b);
  g_assert_cmpint (sitrep_event_index_lookup (index, c)->id, ==, c);
  g_assert_cmpint (g_array_index (seen.ids, gint64, seen.ids->len - 1), ==, a);
  g_assert_cmpuint (sitrep_event_index_get_n_reloads (index), ==, 1);

  /* Undo brings it back, by id. */
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_nonnull (sitrep_event_index_lookup (index, a));
  g_assert_cmpuint (sitrep_event_index_get_n_entries (index), ==, 3);

  /* Its place moves: it moves with it, still without reading all. */
  sitrep_store_set_entity_place (f->store, f->daraa, 32.70, 36.20, "Daraa", "Syria", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (sitrep_event_index_lookup (index, a)->latitude, 32.70, 1e-6);
  g_assert_cmpuint (sitrep_event_index_get_n_reloads (index), ==, 1);

  g_array_unref (seen.ids);
}

static gboolean
index_loaded (gpointer data)
{
  return !sitrep_event_index_get_loading (data);
}

static void
wait_loaded (SitrepEventIndex *index)
{
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!index_loaded (index) && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (sitrep_event_index_get_loading (index));
}

static void
assert_same_entries (SitrepEventIndex *fresh,
                     SitrepEventIndex *loaded)
{
  g_assert_cmpuint (sitrep_event_index_get_n_entries (loaded), ==, sitrep_event_index_get_n_entries (fresh));
  for (guint i = 0; i < sitrep_event_index_get_n_entries (fresh); i++)
    {
      const SitrepEventIndexEntry *a = sitrep_event_index_get_entry (fresh, i);
      const SitrepEventIndexEntry *b = sitrep_event_index_lookup (loaded, a->id);

      g_assert_nonnull (b);
      g_assert_cmpuint (a->first, ==, b->first);
      g_assert_cmpuint (a->last, ==, b->last);
      g_assert_true (a->event_type == b->event_type);
      g_assert_cmpint (a->place_id, ==, b->place_id);
      g_assert_true ((isnan (a->latitude) && isnan (b->latitude)) || a->latitude == b->latitude);
    }
}

/* Read in a worker thread on a connection of its own: empty and loading
 * at first, then everything, with the edits made meanwhile. */
static void
test_load_in_background (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SitrepEventIndex) index = NULL;
  g_autoptr(SitrepEventIndex) fresh = NULL;
  g_autoptr(GError) error = NULL;
  Seen seen = { 0 };
  gint64 first = 0, second = 0, added;

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *start = g_strdup_printf ("2021-%02u-%02u", 1 + i % 12, 1 + i % 28);
      gint64 id = add_event (f, start, NULL, 1, i % 3 == 0 ? f->daraa : 0, i % 2 ? "Battles" : NULL);

      if (i == 10)
        first = id;
      if (i == 20)
        second = id;
    }
  index = sitrep_event_index_new_loading (f->store, NULL);
  seen.ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect (index, "reset", G_CALLBACK (on_reset), &seen);
  g_assert_true (sitrep_event_index_get_loading (index));
  g_assert_cmpuint (sitrep_event_index_get_n_entries (index), ==, 0);

  /* The main thread goes on writing while the worker reads. */
  g_assert_true (sitrep_store_set_event_dates (f->store, first, "2020-01-05", NULL, 1, &error));
  g_assert_true (sitrep_store_delete_event (f->store, second, &error));
  added = add_event (f, "2019-06-01", NULL, 1, f->daraa, "Protests");
  g_assert_true (sitrep_store_set_entity_place (f->store, f->daraa, 32.7, 36.2, "Daraa", "Syria", NULL, &error));
  g_assert_no_error (error);

  wait_loaded (index);
  g_assert_cmpuint (seen.n_resets, ==, 1);
  g_assert_cmpuint (sitrep_event_index_lookup (index, first)->first, ==, day ("2020-01-05"));
  g_assert_null (sitrep_event_index_lookup (index, second));
  g_assert_nonnull (sitrep_event_index_lookup (index, added));
  g_assert_cmpfloat_with_epsilon (sitrep_event_index_lookup (index, added)->latitude, 32.7, 1e-9);
  fresh = sitrep_event_index_new (f->store, &error);
  g_assert_no_error (error);
  assert_same_entries (fresh, index);

  /* Followed by id afterwards, as an index read at once. */
  g_assert_true (sitrep_store_set_event_type (f->store, first, "Riots", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sitrep_event_index_lookup (index, first)->event_type, ==, "Riots");
  g_assert_cmpuint (sitrep_event_index_get_n_reloads (index), ==, 1);
  g_array_unref (seen.ids);
}

/* Dropped or cancelled while it reads: no entries, no warning, nothing left behind. */
static void
test_load_cancelled (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  SitrepEventIndex *index;

  for (guint i = 0; i < 500; i++)
    add_event (f, "2021-03-04", NULL, 1, 0, NULL);
  index = sitrep_event_index_new_loading (f->store, cancellable);
  g_cancellable_cancel (cancellable);
  wait_loaded (index);
  g_assert_finalize_object (index);

  /* Let go of at once: the load ends on its own. */
  index = sitrep_event_index_new_loading (f->store, NULL);
  g_assert_finalize_object (index);
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* The background load runs in the build workers below the main thread's
 * priority, as the views' builds do, not in GLib's pool at the same. */
static void
test_load_below_main_thread (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SitrepEventIndex) index = NULL;

#ifndef __linux__
  g_test_skip ("thread priorities are set on Linux only");
  return;
#endif
  for (guint i = 0; i < 50; i++)
    add_event (f, "2021-03-04", NULL, 1, 0, NULL);
  index = sitrep_event_index_new_loading (f->store, NULL);
  wait_loaded (index);
  g_assert_cmpuint (sitrep_event_index_get_n_entries (index), ==, 50);
  g_assert_cmpint (_sitrep_event_index_get_load_niceness (index), >, 0);
}

/* A closed project: a clear error, no index. */
static void
test_closed (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepEventIndex *index;

  add_event (f, "2022-10-15", NULL, 1, 0, NULL);
  sitrep_store_close (f->store);
  index = sitrep_event_index_new (f->store, &error);
  g_assert_null (index);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_IO);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/sitrep/event-index/load", test_load);
  ADD ("/sitrep/event-index/update-by-id", test_update_by_id);
  ADD ("/sitrep/event-index/closed", test_closed);
  ADD ("/sitrep/event-index/load-in-background", test_load_in_background);
  ADD ("/sitrep/event-index/load-cancelled", test_load_cancelled);
  ADD ("/sitrep/event-index/load-below-main-thread", test_load_below_main_thread);
#undef ADD

  return g_test_run ();
}

/* test-event-index-random.c — random edits on a real project: what the index, the timeline and the map make of them event by event equals a fresh load
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-event-index.h"
#include "sitrep-event-list.h"
#include "sitrep-map-events.h"
#include "sitrep-store-entities.h"
#include "sitrep-store.h"
#include "sitrep-event-private.h"
#include "sitrep-map-events-private.h"
#include "sitrep-paged-list-private.h"
#include "sitrep-timeline-view-test-private.h"

#define N_START  240
#define N_EDITS  600
#define CHECK_EVERY 25

/* The Events view's queries the lists follow: each order, with filters. */
static const struct
{
  SitrepEventSort  sort;
  gboolean         descending;
  const char      *event_type;
  const char      *date_from;
  const char      *date_to;
  int              place;        /* index in Fixture.places, -1 none */
  int              actor;        /* index in Fixture.actors, -1 none */
  int              disputed;
  const char      *search;
} list_queries[] = {
  { SITREP_EVENT_SORT_DATE, FALSE, NULL, NULL, NULL, -1, -1, -1, NULL },
  { SITREP_EVENT_SORT_DATE, TRUE, "Battles", NULL, NULL, -1, -1, -1, NULL },
  { SITREP_EVENT_SORT_TYPE, FALSE, NULL, "2020-01-01", "2021-12-31", -1, -1, -1, NULL },
  { SITREP_EVENT_SORT_PLACE, FALSE, NULL, NULL, NULL, -1, -1, -1, NULL },
  { SITREP_EVENT_SORT_ACTOR, TRUE, NULL, NULL, NULL, -1, -1, -1, NULL },
  { SITREP_EVENT_SORT_FATALITIES, TRUE, NULL, NULL, NULL, -1, -1, 0, NULL },
  { SITREP_EVENT_SORT_SOURCES, FALSE, NULL, NULL, "2021-06-30", -1, -1, -1, NULL },
  { SITREP_EVENT_SORT_DISPUTED, TRUE, NULL, NULL, NULL, 1, -1, -1, NULL },
  { SITREP_EVENT_SORT_CREATED, TRUE, NULL, NULL, NULL, -1, 2, -1, NULL },
  { SITREP_EVENT_SORT_DATE, FALSE, NULL, NULL, NULL, -1, -1, -1, "Actor 1" },
};
#define N_LISTS G_N_ELEMENTS (list_queries)

static const char *types[] = { NULL, "Battles", "Protests", "Riots", "Explosions/Remote violence" };

typedef struct
{
  char                 *dir;
  SitrepStore          *store;
  GRand                *rand;
  GArray               *places;    /* gint64 */
  GArray               *actors;    /* gint64 */

  /* followed by id, never reloaded */
  SitrepEventIndex     *index;
  GtkWidget            *timeline;
  SitrepMapPointsLayer *layer;
  SitrepMapEvents      *map;
  SitrepEventList      *lists[N_LISTS];
  guint                 n_current[N_LISTS];  /* edits after which each list was current at once */
  guint                 many_steps;          /* edits (or their undo/redo) that move many events */
} Fixture;

static void
get_list_query (Fixture          *f,
                guint             i,
                SitrepEventQuery *q)
{
  *q = (SitrepEventQuery) SITREP_EVENT_QUERY_INIT;
  q->sort = list_queries[i].sort;
  q->descending = list_queries[i].descending;
  q->event_type = list_queries[i].event_type;
  q->date_from = list_queries[i].date_from;
  q->date_to = list_queries[i].date_to;
  q->place_id = list_queries[i].place >= 0 ? g_array_index (f->places, gint64, list_queries[i].place) : 0;
  q->actor_id = list_queries[i].actor >= 0 ? g_array_index (f->actors, gint64, list_queries[i].actor) : 0;
  q->disputed = list_queries[i].disputed;
  q->search = list_queries[i].search;
}

static gint64
random_event (Fixture *f)
{
  guint n = sitrep_event_index_get_n_entries (f->index);

  if (n == 0)
    return 0;
  return sitrep_event_index_get_entry (f->index, g_rand_int_range (f->rand, 0, n))->id;
}

static char *
random_day (Fixture *f)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (f->rand, 2018, 2024),
                          g_rand_int_range (f->rand, 1, 13), g_rand_int_range (f->rand, 1, 29));
}

static gint64
add_random_event (Fixture *f)
{
  g_autofree char *start = random_day (f);
  gint64 place = g_rand_boolean (f->rand)
                 ? g_array_index (f->places, gint64, g_rand_int_range (f->rand, 0, f->places->len)) : 0;

  return sitrep_test_add_event (f->store, g_rand_int_range (f->rand, 0, 10) == 0 ? NULL : start, NULL,
                                g_rand_int_range (f->rand, 1, 5), place,
                                types[g_rand_int_range (f->rand, 0, G_N_ELEMENTS (types))],
                                g_rand_int_range (f->rand, 0, 40));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  ShumateViewport *viewport = shumate_viewport_new ();
  guint32 seed = g_test_rand_int ();

  g_test_message ("seed %u", seed);
  f->rand = g_rand_new_with_seed (seed);
  f->dir = g_dir_make_tmp ("sitrep-index-random-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.sitrep", NULL);
  f->store = sitrep_store_create (path, &error);
  g_assert_no_error (error);

  f->places = g_array_new (FALSE, FALSE, sizeof (gint64));
  f->actors = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *name = g_strdup_printf ("Place %u", i);
      gint64 id = sitrep_test_add_place (f->store, name, 32.5 + i * 0.3, 36 + i * 0.4,
                                         i % 2 ? "Daraa" : "Homs");

      g_array_append_val (f->places, id);
    }
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("Actor %u", i);
      gint64 id = sitrep_store_add_entity (f->store, "actor", name, &error);

      g_assert_no_error (error);
      g_array_append_val (f->actors, id);
    }
  for (guint i = 0; i < N_START; i++)
    add_random_event (f);

  f->index = sitrep_event_index_new (f->store, &error);
  g_assert_no_error (error);
  f->timeline = g_object_ref_sink (sitrep_timeline_view_new ());
  f->layer = g_object_ref_sink (sitrep_map_points_layer_new (viewport));
  f->map = sitrep_map_events_new (f->layer);
  /* As for half a million events: laid out in a worker, whatever the size,
   * while the edits go on. */
  if (GPOINTER_TO_INT (data))
    {
      _sitrep_timeline_view_set_build_threshold (SITREP_TIMELINE_VIEW (f->timeline), 0);
      sitrep_map_events_set_build_threshold (f->map, 0);
    }
  sitrep_timeline_view_set_event_index (SITREP_TIMELINE_VIEW (f->timeline), f->index);
  sitrep_map_events_set_index (f->map, f->index);
  g_assert_true (sitrep_timeline_view_get_building (SITREP_TIMELINE_VIEW (f->timeline)) == GPOINTER_TO_INT (data));
  g_assert_true (sitrep_map_events_get_building (f->map) == GPOINTER_TO_INT (data));
  /* The lists too read their ids in workers in the second run. */
  _sitrep_event_list_set_read_in_worker_from (GPOINTER_TO_INT (data) ? 1 : 20000);
  for (guint i = 0; i < N_LISTS; i++)
    {
      SitrepEventQuery q;

      get_list_query (f, i, &q);
      f->lists[i] = sitrep_event_list_new (f->store);
      sitrep_event_list_set_query (f->lists[i], &q);
    }
  _sitrep_event_list_set_read_in_worker_from (20000);
  g_object_unref (viewport);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  for (guint i = 0; i < N_LISTS; i++)
    g_clear_object (&f->lists[i]);
  g_clear_object (&f->map);
  g_clear_object (&f->layer);
  g_clear_object (&f->timeline);
  g_clear_object (&f->index);
  g_clear_object (&f->store);
  g_array_unref (f->places);
  g_array_unref (f->actors);
  g_rand_free (f->rand);
  sitrep_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gboolean
same_double (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

static void
assert_index_equal (SitrepEventIndex *fresh,
                    SitrepEventIndex *followed)
{
  g_assert_cmpuint (sitrep_event_index_get_n_entries (followed), ==, sitrep_event_index_get_n_entries (fresh));
  for (guint i = 0; i < sitrep_event_index_get_n_entries (fresh); i++)
    {
      const SitrepEventIndexEntry *a = sitrep_event_index_get_entry (fresh, i);
      const SitrepEventIndexEntry *b = sitrep_event_index_lookup (followed, a->id);

      g_assert_nonnull (b);
      g_assert_true (same_double (a->latitude, b->latitude));
      g_assert_true (same_double (a->longitude, b->longitude));
      g_assert_cmpuint (a->first, ==, b->first);
      g_assert_cmpuint (a->last, ==, b->last);
      g_assert_cmpint (a->date_precision, ==, b->date_precision);
      g_assert_cmpint (a->fatalities, ==, b->fatalities);
      /* Interned: the same pointer. */
      g_assert_true (a->event_type == b->event_type);
      g_assert_true (a->side == b->side);
      g_assert_true (a->region == b->region);
      g_assert_cmpint (a->place_id, ==, b->place_id);
      g_assert_cmpint (a->actor1_id, ==, b->actor1_id);
      g_assert_true (a->external_source == b->external_source);
    }
}

static const char *
lane_name (SitrepTimelineView        *view,
           const SitrepTimelineEvent *e)
{
  const char * const *names = sitrep_timeline_view_get_lane_names (view);

  g_assert_nonnull (names);
  g_assert_cmpuint (e->lane, <, g_strv_length ((char **) names));
  return names[e->lane];
}

/* What the view keeps beside its events (lanes, extents, first days)
 * agrees with them. */
static void
assert_timeline_consistent (SitrepTimelineView *view)
{
  g_autofree char *problem = _sitrep_timeline_view_check (view);

  g_assert_null (problem);
}

static void
assert_timeline_equal (SitrepTimelineView *fresh,
                       SitrepTimelineView *followed)
{
  GArray *a = sitrep_timeline_view_get_events (fresh);
  GArray *b = sitrep_timeline_view_get_events (followed);
  g_autofree char *fresh_summary = NULL;
  g_autofree char *followed_summary = NULL;

  assert_timeline_consistent (followed);
  g_assert_cmpuint (sitrep_timeline_view_get_n_undated (followed), ==, sitrep_timeline_view_get_n_undated (fresh));
  g_assert_cmpuint (a->len, ==, b->len);
  if (a->len == 0)
    return;
  for (guint i = 0; i < a->len; i++)
    {
      const SitrepTimelineEvent *x = &g_array_index (a, SitrepTimelineEvent, i);
      const SitrepTimelineEvent *y = &g_array_index (b, SitrepTimelineEvent, i);

      /* The same order, by first day and id. */
      g_assert_cmpint (x->event_id, ==, y->event_id);
      g_assert_cmpuint (x->first, ==, y->first);
      g_assert_cmpuint (x->last, ==, y->last);
      g_assert_cmpint (x->fatalities, ==, y->fatalities);
      g_assert_cmpstr (x->event_type, ==, y->event_type);
      g_assert_cmpstr (x->actor1, ==, y->actor1);
      g_assert_cmpstr (x->region, ==, y->region);
      /* Lanes may stand in another order (a fresh load sorts them by
       * size); each event is in the lane of the same name. */
      g_assert_cmpstr (lane_name (fresh, x), ==, lane_name (followed, y));
    }
  /* The days spanned and every bucket of the bar chart. */
  fresh_summary = _sitrep_timeline_view_dup_summary (fresh);
  followed_summary = _sitrep_timeline_view_dup_summary (followed);
  g_assert_cmpstr (fresh_summary, ==, followed_summary);
}

static void
assert_map_equal (SitrepMapPointsLayer *fresh,
                  SitrepMapPointsLayer *followed)
{
  g_autoptr(GHashTable) points = g_hash_table_new (g_int64_hash, g_int64_equal);

  g_assert_cmpuint (sitrep_map_points_layer_get_n_points (followed), ==,
                    sitrep_map_points_layer_get_n_points (fresh));
  for (guint i = 0; i < sitrep_map_points_layer_get_n_points (followed); i++)
    {
      const SitrepMapPoint *p = sitrep_map_points_layer_get_point (followed, i);

      g_hash_table_insert (points, (gpointer) &p->id, (gpointer) p);
    }
  for (guint i = 0; i < sitrep_map_points_layer_get_n_points (fresh); i++)
    {
      const SitrepMapPoint *p = sitrep_map_points_layer_get_point (fresh, i);
      const SitrepMapPoint *q = g_hash_table_lookup (points, &p->id);

      g_assert_nonnull (q);
      g_assert_cmpfloat (p->latitude, ==, q->latitude);
      g_assert_cmpfloat (p->longitude, ==, q->longitude);
      g_assert_cmpfloat (p->size, ==, q->size);
      g_assert_true (gdk_rgba_equal (&p->colour, &q->colour));
    }
}

typedef struct
{
  Fixture         *f;
  guint            i;
} ListCheck;

/* The ids of list @i are those a fresh query gives, in its order. */
static gboolean
list_ids_match (Fixture *f,
                guint    i)
{
  SitrepEventQuery q;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) held = NULL;

  get_list_query (f, i, &q);
  ids = sitrep_store_query_event_ids (f->store, &q, NULL);
  held = sitrep_paged_list_copy_ids (SITREP_PAGED_LIST (f->lists[i]), 0, G_MAXUINT);
  if (held->len != ids->len || (held->len > 0 && memcmp (held->data, ids->data, held->len * sizeof (gint64)) != 0))
    return FALSE;
  /* Every id found where it is, by the list's table. */
  for (guint k = 0; k < held->len; k++)
    if (sitrep_paged_list_find (SITREP_PAGED_LIST (f->lists[i]), g_array_index (held, gint64, k)) != k)
      return FALSE;
  return TRUE;
}

static gboolean
list_matches (gpointer data)
{
  ListCheck *check = data;

  return !sitrep_event_list_get_reading (check->f->lists[check->i]) && list_ids_match (check->f, check->i);
}

static void
assert_list_equal (Fixture *f,
                   guint    i)
{
  SitrepEventList *followed = f->lists[i];
  ListCheck check = { f, i };

  /* A change it could not place by id reads every id, a little later. */
  sitrep_test_wait_until (list_matches, &check, "the event list shows its events in order");
  for (guint p = 0; p < g_list_model_get_n_items (G_LIST_MODEL (followed)); p++)
    {
      g_autoptr(SitrepEvent) b = g_list_model_get_item (G_LIST_MODEL (followed), p);
      g_autoptr(SitrepEvent) a = sitrep_store_get_event (f->store, sitrep_event_get_id (b), NULL);

      /* No stale object: what it hands out is what the store has now. */
      g_assert_cmpstr (sitrep_event_get_date_start (a), ==, sitrep_event_get_date_start (b));
      g_assert_cmpstr (sitrep_event_get_event_type (a), ==, sitrep_event_get_event_type (b));
      g_assert_cmpint (sitrep_event_get_place_id (a), ==, sitrep_event_get_place_id (b));
      g_assert_cmpstr (sitrep_event_get_place_name (a), ==, sitrep_event_get_place_name (b));
      g_assert_cmpstr (sitrep_event_get_actor1 (a), ==, sitrep_event_get_actor1 (b));
    }
}

/* Right after an edit, a list that says it is current (no read of every id
 * queued or on its way) holds exactly what a fresh query gives. */
static void
assert_lists_current (Fixture *f)
{
  for (guint i = 0; i < N_LISTS; i++)
    {
      if (sitrep_event_list_get_reading (f->lists[i]) ||
          !sitrep_paged_list_is_current (SITREP_PAGED_LIST (f->lists[i])))
        continue;
      if (!list_ids_match (f, i))
        g_error ("list %u (order %d) is out of date right after an edit", i, list_queries[i].sort);
      f->n_current[i]++;
    }
}

static gboolean
flag_set (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_set (gpointer data)
{
  return *(gboolean *) data;
}

static gboolean
views_built (gpointer data)
{
  Fixture *f = data;

  return !sitrep_timeline_view_get_building (SITREP_TIMELINE_VIEW (f->timeline)) &&
         !sitrep_map_events_get_building (f->map);
}

/* What the followed index, timeline, map and list show equals a fresh
 * load of the project. */
static void
assert_same_as_fresh (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepEventIndex) fresh = NULL;
  g_autoptr(GtkWidget) timeline = g_object_ref_sink (sitrep_timeline_view_new ());
  g_autoptr(ShumateViewport) viewport = shumate_viewport_new ();
  g_autoptr(SitrepMapPointsLayer) layer = g_object_ref_sink (sitrep_map_points_layer_new (viewport));
  g_autoptr(SitrepMapEvents) map = sitrep_map_events_new (layer);
  gboolean idle = FALSE;

  g_idle_add_full (G_PRIORITY_LOW, flag_set, &idle, NULL);
  sitrep_test_wait_until (is_set, &idle, "the main loop is idle");
  sitrep_test_wait_until (views_built, f, "the views' workers are done");

  fresh = sitrep_event_index_new (f->store, &error);
  g_assert_no_error (error);
  assert_index_equal (fresh, f->index);
  sitrep_timeline_view_set_event_index (SITREP_TIMELINE_VIEW (timeline), fresh);
  assert_timeline_equal (SITREP_TIMELINE_VIEW (timeline), SITREP_TIMELINE_VIEW (f->timeline));
  sitrep_map_events_set_index (map, fresh);
  assert_map_equal (layer, f->layer);
  g_assert_cmpuint (sitrep_map_events_get_n_unplaced (map), ==, sitrep_map_events_get_n_unplaced (f->map));
  for (guint i = 0; i < N_LISTS; i++)
    assert_list_equal (f, i);
  /* Summaries for bars of 2 to 17 days and more, as frames at zooms under
   * 1.5 pixels a day make them: the next edits must keep them up to date
   * (the check above compares them with their extents). */
  _sitrep_timeline_view_summarize (SITREP_TIMELINE_VIEW (f->timeline), 2, 17);
}

/* One random edit of the kinds a user (or an undo) makes. */
static void
random_edit (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 id = random_event (f);
  guint kind = g_rand_int_range (f->rand, 0, 13);
  g_autofree char *start = random_day (f);

  if (id == 0)
    kind = 6;
  switch (kind)
    {
    case 0:
      sitrep_store_set_event_dates (f->store, id, g_rand_int_range (f->rand, 0, 8) == 0 ? NULL : start, NULL,
                                    g_rand_int_range (f->rand, 1, 5), &error);
      break;
    case 1:
      sitrep_store_set_event_type (f->store, id, types[g_rand_int_range (f->rand, 0, G_N_ELEMENTS (types))],
                                   NULL, &error);
      break;
    case 2:
      if (g_rand_boolean (f->rand))
        sitrep_store_set_event_coordinates (f->store, id, NAN, NAN, &error);
      else
        sitrep_store_set_event_coordinates (f->store, id, g_rand_double_range (f->rand, 32, 37),
                                            g_rand_double_range (f->rand, 35, 42), &error);
      break;
    case 3:
      sitrep_store_set_event_place (f->store, id,
                                    g_rand_boolean (f->rand)
                                    ? g_array_index (f->places, gint64, g_rand_int_range (f->rand, 0, f->places->len))
                                    : 0, 1, 1, &error);
      break;
    case 4:
      sitrep_store_set_event_actors (f->store, id,
                                     g_rand_int_range (f->rand, 0, 4) == 0
                                     ? 0 : g_array_index (f->actors, gint64, g_rand_int_range (f->rand, 0, f->actors->len)),
                                     0, NULL, 0, NULL, 0, &error);
      break;
    case 5:
      sitrep_store_delete_event (f->store, id, &error);
      break;
    case 6:
      add_random_event (f);
      break;
    case 7:
      sitrep_store_set_entity_place (f->store,
                                     g_array_index (f->places, gint64, g_rand_int_range (f->rand, 0, f->places->len)),
                                     g_rand_double_range (f->rand, 32, 37), g_rand_double_range (f->rand, 35, 42),
                                     g_rand_boolean (f->rand) ? "Daraa" : "Idlib", "Syria", NULL, &error);
      break;
    case 8:
      {
        g_autofree char *name = g_strdup_printf ("Actor %d", g_rand_int_range (f->rand, 0, 1000));

        sitrep_store_rename_entity (f->store,
                                    g_array_index (f->actors, gint64, g_rand_int_range (f->rand, 0, f->actors->len)),
                                    name, &error);
      }
      break;
    case 9:
    case 10:
      {
        g_autofree char *step = kind == 9 ? sitrep_store_dup_undo_description (f->store)
                                          : sitrep_store_dup_redo_description (f->store);

        if (step != NULL)
          (kind == 9 ? sitrep_store_undo : sitrep_store_redo) (f->store, &error);
        if (g_strcmp0 (step, "Placed") == 0)
          f->many_steps++;
      }
      break;
    case 11:
      {
        /* Many events at once: more than the timeline moves one by one. */
        g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
        g_autoptr(GArray) coordinates = g_array_new (FALSE, FALSE, sizeof (double));

        for (guint i = 0; i < 80; i++)
          {
            gint64 one = random_event (f);
            double c[2] = { g_rand_double_range (f->rand, 32, 37), g_rand_double_range (f->rand, 35, 42) };

            g_array_append_val (ids, one);
            g_array_append_vals (coordinates, c, 2);
          }
        sitrep_store_place_events (f->store, (const gint64 *) (gpointer) ids->data,
                                   (const double *) (gpointer) coordinates->data, ids->len,
                                   "Placed", &error);
        f->many_steps++;
      }
      break;
    default:
      sitrep_store_set_event_dates (f->store, id, start, start, g_rand_int_range (f->rand, 1, 5), &error);
      break;
    }
  g_assert_no_error (error);
}

/* Every kind of edit, in a random order on a real project file: what
 * follows the store by id equals a fresh load each CHECK_EVERY edits,
 * and nothing was read in full on the way. */
static void
test_random_edits (Fixture       *f,
                   gconstpointer  data)
{
  guint resets = sitrep_timeline_view_get_n_resets (SITREP_TIMELINE_VIEW (f->timeline));

  assert_same_as_fresh (f);
  for (guint i = 1; i <= N_EDITS; i++)
    {
      random_edit (f);
      assert_lists_current (f);
      if (i % CHECK_EVERY == 0)
        assert_same_as_fresh (f);
    }
  g_assert_cmpuint (sitrep_event_index_get_n_reloads (f->index), ==, 1);
  /* Only the many-event edits lay the timeline out again from the index. */
  g_test_message ("%u many-event steps, %u timeline resets", f->many_steps,
                  sitrep_timeline_view_get_n_resets (SITREP_TIMELINE_VIEW (f->timeline)) - resets);
  g_assert_cmpuint (sitrep_timeline_view_get_n_resets (SITREP_TIMELINE_VIEW (f->timeline)) - resets, <=,
                    f->many_steps + 12);
  /* The lists take an edit in by id, at once. Only many-event edits and, for
   * the orders and filters that read names and places, an entity's change
   * read every id again, a little later: the main loop runs only at the
   * checks here, so a list waits for its read until the next one. Before,
   * every edit waited for a read. */
  for (guint i = 0; i < N_LISTS; i++)
    {
      g_test_message ("list %u: current right after %u of %u edits", i, f->n_current[i], N_EDITS);
      g_assert_cmpuint (f->n_current[i], >=, N_EDITS / 10);
    }
}

/* The Events view's selection over its list: editing the selected event's
 * date moves it across the whole list, and the selection must not make
 * the events between (GtkSingleSelection asks for every added row of a
 * change holding its row until it finds its item; a change over the rows
 * between made hundreds of thousands of events at 500,000). */
static void
test_selected_event_moves (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sitrep-index-select-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "test.sitrep", NULL);
  g_autoptr(SitrepStore) store = sitrep_store_create (path, &error);
  g_autoptr(SitrepEventList) list = NULL;
  g_autoptr(GtkSingleSelection) selection = NULL;
  gint64 first = 0;
  guint made, pos;

  g_assert_no_error (error);
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *day = g_strdup_printf ("2020-%02u-%02u", 1 + i / 28, 1 + i % 28);
      gint64 id = sitrep_test_add_event (store, day, NULL, 1, 0, "Battles", 1);

      if (i == 0)
        first = id;
    }
  list = sitrep_event_list_new (store);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (list)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_single_selection_set_selected (selection, 0);
  g_assert_nonnull (gtk_single_selection_get_selected_item (selection));
  made = _sitrep_paged_list_get_n_made (SITREP_PAGED_LIST (list));

  /* From the first row to the last. */
  g_assert_true (sitrep_store_set_event_dates (store, first, "2030-01-01", NULL, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sitrep_event_list_find (list, first), ==, 299);
  /* No row between was made; at most the moved event's page again. */
  g_assert_cmpuint (_sitrep_paged_list_get_n_made (SITREP_PAGED_LIST (list)) - made, <=, 64);
  /* The selection let go of the old object (the view selects it again by id)
   * or follows it; it never points at another event. */
  pos = gtk_single_selection_get_selected (selection);
  g_assert_true (pos == GTK_INVALID_LIST_POSITION || pos == 299);

  g_clear_object (&selection);
  g_clear_object (&list);
  sitrep_store_close (store);
  sitrep_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* The lists keep their ids in blocks of four: a hundred events span many,
   * so moves and splices cross blocks, split and merge them. */
  _sitrep_id_seq_set_block_size (4);

  g_test_add_func ("/sitrep/event-index/selected-event-moves", test_selected_event_moves);
  g_test_add ("/sitrep/event-index/random-edits", Fixture, GINT_TO_POINTER (FALSE), fixture_set_up,
              test_random_edits, fixture_tear_down);
  g_test_add ("/sitrep/event-index/random-edits-in-worker", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_random_edits, fixture_tear_down);

  return g_test_run ();
}

/* sitrep-map-events.c — keeps the map's event points in step with the event index, event by event
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-map"

#include "config.h"

#include <math.h>

#include "sitrep-map-events.h"
#include "sitrep-event-colour.h"
#include "sitrep-event-index-build.h"
#include "sitrep-map-events-private.h"

/*
 * The map used to read every event in full, and again after any edit. It
 * now draws from the window's one event index: all points when the index
 * is (re)loaded, then only the points of the events the index names.
 */

struct _SitrepMapEvents
{
  GObject               parent_instance;

  /* owned references */
  SitrepMapPointsLayer *layer;
  SitrepEventIndex     *index;
  GHashTable           *unplaced;   /* ids (gint64 *) */
  GHashTable           *credited;   /* ids (gint64 *) → credit */

  /* state */
  guint32               range_first;
  guint32               range_last;
  gboolean              active;
  gboolean              dirty;
  guint                 n_resets;
  SitrepIndexBuild      build;           /* points made in a worker, for a large index */
  guint                 build_threshold;
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SitrepMapEvents, sitrep_map_events, G_TYPE_OBJECT)

static gboolean
in_days (guint32                      range_first,
         guint32                      range_last,
         const SitrepEventIndexEntry *entry)
{
  if (range_first == 0 && range_last == 0)
    return TRUE;

  return entry->first != 0 && entry->first <= range_last && entry->last >= range_first;
}

static gboolean
in_range (SitrepMapEvents             *self,
          const SitrepEventIndexEntry *entry)
{
  return in_days (self->range_first, self->range_last, entry);
}

/* Notes in @unplaced and @credited what they hold of @entry (NULL: gone). */
static void
note_entry_in (GHashTable                  *unplaced,
               GHashTable                  *credited,
               gint64                       id,
               const SitrepEventIndexEntry *entry)
{
  const char *credit = entry != NULL ? sitrep_event_index_entry_get_dataset_credit (entry) : NULL;

  if (entry != NULL && isnan (entry->latitude))
    g_hash_table_add (unplaced, g_memdup2 (&id, sizeof id));
  else
    g_hash_table_remove (unplaced, &id);
  if (credit != NULL)
    g_hash_table_insert (credited, g_memdup2 (&id, sizeof id), (gpointer) credit);
  else
    g_hash_table_remove (credited, &id);
}

static void
note_entry (SitrepMapEvents             *self,
            gint64                       id,
            const SitrepEventIndexEntry *entry)
{
  note_entry_in (self->unplaced, self->credited, id, entry);
}

static void on_index_entries_changed (SitrepEventIndex *index,
                                      const gint64     *ids,
                                      guint             n_ids,
                                      SitrepMapEvents  *self);

/* The points of a large index, made in a worker. */
typedef struct
{
  GArray              *entries;
  guint32              range_first;
  guint32              range_last;
  int                  zoom;
  double               tile_size;
  SitrepMapPointsData *data;
  GHashTable          *unplaced;
  GHashTable          *credited;
} Build;

static void
build_free (gpointer user_data)
{
  Build *b = user_data;

  g_clear_pointer (&b->entries, g_array_unref);
  g_clear_pointer (&b->data, sitrep_map_points_data_free);
  g_clear_pointer (&b->unplaced, g_hash_table_unref);
  g_clear_pointer (&b->credited, g_hash_table_unref);
  g_free (b);
}

static void
build_thread (gpointer      data,
              GCancellable *cancellable)
{
  Build *b = data;
  GArray *points = g_array_sized_new (FALSE, FALSE, sizeof (SitrepMapPoint), b->entries->len);

  for (guint i = 0; i < b->entries->len; i++)
    {
      const SitrepEventIndexEntry *e = &g_array_index (b->entries, SitrepEventIndexEntry, i);
      SitrepMapPoint p;

      note_entry_in (b->unplaced, b->credited, e->id, e);
      if (in_days (b->range_first, b->range_last, e) && sitrep_map_events_point_for_entry (e, &p))
        g_array_append_val (points, p);
    }
  b->data = sitrep_map_points_data_new (points, b->zoom, b->tile_size);
}

static void
points_in (SitrepMapEvents *self)
{
  self->n_resets++;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, NULL, 0);
}

/* The points are in: swapped in at once, the old ones freed in a worker;
 * then what changed meanwhile, by id. */
static void
on_built (gpointer      owner,
          gpointer      data,
          const gint64 *pending,
          guint         n_pending)
{
  SitrepMapEvents *self = owner;
  Build *b = data;

  sitrep_index_build_free_later (sitrep_map_points_layer_swap_data (self->layer, g_steal_pointer (&b->data)),
                                 (GDestroyNotify) sitrep_map_points_data_free);
  g_hash_table_unref (self->unplaced);
  self->unplaced = g_steal_pointer (&b->unplaced);
  g_hash_table_unref (self->credited);
  self->credited = g_steal_pointer (&b->credited);
  points_in (self);
  if (n_pending > 0 && self->index != NULL)
    on_index_entries_changed (self->index, pending, n_pending, self);
}

static void
build_in_worker (SitrepMapEvents *self)
{
  Build *b = g_new0 (Build, 1);

  /* Loaded here, once, before the worker reads it. */
  sitrep_codebook_get_default ();
  b->entries = sitrep_event_index_ref_entries (self->index);
  b->range_first = self->range_first;
  b->range_last = self->range_last;
  sitrep_map_points_layer_get_cluster_hint (self->layer, &b->zoom, &b->tile_size);
  b->unplaced = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  b->credited = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sitrep_index_build_start (&self->build, self, b, build_free, build_thread, on_built);
}

static void
reset_points (SitrepMapEvents *self)
{
  g_autoptr(GArray) points = NULL;
  guint n = self->index != NULL ? sitrep_event_index_get_n_entries (self->index) : 0;

  self->dirty = FALSE;
  /* Half a million points are made in a worker; the layer keeps the old
   * ones until they are in. */
  if (self->index != NULL && n >= self->build_threshold)
    {
      build_in_worker (self);
      return;
    }
  sitrep_index_build_cancel (&self->build);
  points = g_array_sized_new (FALSE, FALSE, sizeof (SitrepMapPoint), n);
  g_hash_table_remove_all (self->unplaced);
  g_hash_table_remove_all (self->credited);
  for (guint i = 0; i < n; i++)
    {
      const SitrepEventIndexEntry *e = sitrep_event_index_get_entry (self->index, i);
      SitrepMapPoint p;

      note_entry (self, e->id, e);
      if (in_range (self, e) && sitrep_map_events_point_for_entry (e, &p))
        g_array_append_val (points, p);
    }
  sitrep_map_points_layer_set_points (self->layer, (const SitrepMapPoint *) (gpointer) points->data, points->len);
  points_in (self);
}

static void
on_index_reset (SitrepMapEvents *self)
{
  if (self->active)
    reset_points (self);
  else
    self->dirty = TRUE;
}

static void
on_index_entries_changed (SitrepEventIndex *index,
                          const gint64     *ids,
                          guint             n_ids,
                          SitrepMapEvents  *self)
{
  /* A reload is waiting for the map to be shown: it reads these too. */
  if (self->dirty)
    return;
  /* Read once the points being made are in. */
  if (sitrep_index_build_hold (&self->build, ids, n_ids))
    return;
  for (guint i = 0; i < n_ids; i++)
    {
      const SitrepEventIndexEntry *e = sitrep_event_index_lookup (index, ids[i]);
      SitrepMapPoint p;

      note_entry (self, ids[i], e);
      if (e != NULL && in_range (self, e) && sitrep_map_events_point_for_entry (e, &p))
        sitrep_map_points_layer_update_point (self->layer, &p);
      else
        sitrep_map_points_layer_remove_point (self->layer, ids[i]);
    }
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, ids, n_ids);
}

static void
sitrep_map_events_dispose (GObject *object)
{
  SitrepMapEvents *self = SITREP_MAP_EVENTS (object);

  sitrep_index_build_cancel (&self->build);
  if (self->index != NULL)
    g_signal_handlers_disconnect_by_data (self->index, self);
  g_clear_object (&self->index);
  g_clear_object (&self->layer);

  G_OBJECT_CLASS (sitrep_map_events_parent_class)->dispose (object);
}

static void
sitrep_map_events_finalize (GObject *object)
{
  SitrepMapEvents *self = SITREP_MAP_EVENTS (object);

  g_clear_pointer (&self->unplaced, g_hash_table_unref);
  g_clear_pointer (&self->credited, g_hash_table_unref);
  sitrep_index_build_clear (&self->build);

  G_OBJECT_CLASS (sitrep_map_events_parent_class)->finalize (object);
}

static void
sitrep_map_events_class_init (SitrepMapEventsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sitrep_map_events_dispose;
  object_class->finalize = sitrep_map_events_finalize;

  /**
   * SitrepMapEvents::changed:
   * @ids: (array length=n_ids) (nullable): the events (gint64) whose points changed; NULL: all
   * @n_ids: how many
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_POINTER, G_TYPE_UINT);
}

static void
sitrep_map_events_init (SitrepMapEvents *self)
{
  self->unplaced = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->credited = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sitrep_index_build_init (&self->build);
  self->build_threshold = 20000;
  self->active = TRUE;
}

/* Public API */

SitrepMapEvents *
sitrep_map_events_new (SitrepMapPointsLayer *layer)
{
  SitrepMapEvents *self;

  g_return_val_if_fail (SITREP_IS_MAP_POINTS_LAYER (layer), NULL);

  self = g_object_new (SITREP_TYPE_MAP_EVENTS, NULL);
  self->layer = g_object_ref (layer);

  return self;
}

void
sitrep_map_events_set_index (SitrepMapEvents  *self,
                             SitrepEventIndex *index)
{
  g_return_if_fail (SITREP_IS_MAP_EVENTS (self));
  g_return_if_fail (index == NULL || SITREP_IS_EVENT_INDEX (index));

  if (!sitrep_event_index_follow (&self->index, index, self,
                                  G_CALLBACK (on_index_reset),
                                  G_CALLBACK (on_index_entries_changed)))
    return;
  on_index_reset (self);
}

SitrepEventIndex *
sitrep_map_events_get_index (SitrepMapEvents *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_EVENTS (self), NULL);

  return self->index;
}

void
sitrep_map_events_set_day_range (SitrepMapEvents *self,
                                 guint32          first,
                                 guint32          last)
{
  g_return_if_fail (SITREP_IS_MAP_EVENTS (self));

  if (first == 0 || last == 0)
    first = last = 0;
  if (self->range_first == first && self->range_last == last)
    return;
  self->range_first = first;
  self->range_last = last;
  /* Asked for now, shown or not (the counts of what is in range follow). */
  reset_points (self);
}

void
sitrep_map_events_redraw (SitrepMapEvents *self)
{
  g_return_if_fail (SITREP_IS_MAP_EVENTS (self));

  reset_points (self);
}

void
sitrep_map_events_set_active (SitrepMapEvents *self,
                              gboolean         active)
{
  g_return_if_fail (SITREP_IS_MAP_EVENTS (self));

  self->active = active;
  if (active && self->dirty)
    reset_points (self);
}

GArray *
sitrep_map_events_dup_unplaced (SitrepMapEvents *self)
{
  GHashTableIter iter;
  gpointer key;
  GArray *ids;

  g_return_val_if_fail (SITREP_IS_MAP_EVENTS (self), NULL);

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), g_hash_table_size (self->unplaced));
  g_hash_table_iter_init (&iter, self->unplaced);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_vals (ids, key, 1);

  return ids;
}

guint
sitrep_map_events_get_n_unplaced (SitrepMapEvents *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_EVENTS (self), 0);

  return g_hash_table_size (self->unplaced);
}

const char *
sitrep_map_events_get_credit (SitrepMapEvents *self)
{
  GHashTableIter iter;
  gpointer credit;

  g_return_val_if_fail (SITREP_IS_MAP_EVENTS (self), NULL);

  g_hash_table_iter_init (&iter, self->credited);
  if (g_hash_table_iter_next (&iter, NULL, &credit))
    return credit;
  return NULL;
}

gboolean
sitrep_map_events_point_for_entry (const SitrepEventIndexEntry *entry,
                                   SitrepMapPoint              *point)
{
  g_return_val_if_fail (entry != NULL, FALSE);
  g_return_val_if_fail (point != NULL, FALSE);

  if (isnan (entry->latitude) || isnan (entry->longitude))
    return FALSE;
  point->id = entry->id;
  point->latitude = entry->latitude;
  point->longitude = entry->longitude;
  point->size = entry->fatalities > 0 ? MIN (8 + 3 * log2 (1 + (double) entry->fatalities), 26) : 8;
  sitrep_event_type_rgba (entry->event_type, &point->colour);
  point->colour.alpha = 0.85f;

  return TRUE;
}

guint
sitrep_map_events_get_n_resets (SitrepMapEvents *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_EVENTS (self), 0);

  return self->n_resets;
}

gboolean
sitrep_map_events_get_building (SitrepMapEvents *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_EVENTS (self), FALSE);

  return sitrep_index_build_is_running (&self->build);
}

void
sitrep_map_events_set_build_threshold (SitrepMapEvents *self,
                                       guint            n_entries)
{
  g_return_if_fail (SITREP_IS_MAP_EVENTS (self));

  self->build_threshold = n_entries;
}

/* sitrep-event-index.c — one light index of every event that the map, the timeline and the presentation share
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-event-index"

#include "config.h"

#include "sitrep-event-index.h"
#include "sitrep-store-change.h"

/* A change of more events than this reads everything again, in one query,
 * rather than one query per event. */
#define MAX_UPDATE_IDS 2000

/*
 * Each view used to read every event in full (claims, evidence, actors)
 * and keep its own copy, again on any change. The index reads only what
 * they draw, once, and then one event at a time as the store says which
 * changed. Entries sit in one array; a hash finds an id's position, and a
 * removal moves the last entry into the hole. Another hash names the
 * events of each place and actor, so a renamed place reads only its own.
 */

struct _SitrepEventIndex
{
  GObject      parent_instance;

  /* owned references */
  SitrepStore *store;
  GArray      *entries;      /* SitrepEventIndexEntry */
  GHashTable  *positions;    /* id (gint64 *) → position + 1 */
  GHashTable  *by_entity;    /* place or actor 1 (gint64 *) → set of event ids (gint64 *) */

  /* state */
  guint        reload_idle;
  guint        n_reloads;
};

enum {
  SIGNAL_RESET,
  SIGNAL_ENTRIES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SitrepEventIndex, sitrep_event_index, G_TYPE_OBJECT)

static void
link_entity (SitrepEventIndex *self,
             gint64            entity,
             gint64            id)
{
  GHashTable *events;

  if (entity == 0)
    return;
  events = g_hash_table_lookup (self->by_entity, &entity);
  if (events == NULL)
    {
      events = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_hash_table_insert (self->by_entity, g_memdup2 (&entity, sizeof entity), events);
    }
  g_hash_table_add (events, g_memdup2 (&id, sizeof id));
}

static void
unlink_entity (SitrepEventIndex *self,
               gint64            entity,
               gint64            id)
{
  GHashTable *events;

  if (entity == 0 || (events = g_hash_table_lookup (self->by_entity, &entity)) == NULL)
    return;
  g_hash_table_remove (events, &id);
  if (g_hash_table_size (events) == 0)
    g_hash_table_remove (self->by_entity, &entity);
}

static void
link_entry (SitrepEventIndex            *self,
            const SitrepEventIndexEntry *entry,
            gboolean                     link)
{
  void (*func) (SitrepEventIndex *, gint64, gint64) = link ? link_entity : unlink_entity;

  func (self, entry->place_id, entry->id);
  if (entry->actor1_id != entry->place_id)
    func (self, entry->actor1_id, entry->id);
}

static void
put_entry (SitrepEventIndex            *self,
           const SitrepEventIndexEntry *entry)
{
  gpointer found = g_hash_table_lookup (self->positions, &entry->id);

  if (found != NULL)
    {
      SitrepEventIndexEntry *old = &g_array_index (self->entries, SitrepEventIndexEntry,
                                                   GPOINTER_TO_UINT (found) - 1);

      link_entry (self, old, FALSE);
      *old = *entry;
      link_entry (self, old, TRUE);
      return;
    }
  link_entry (self, entry, TRUE);
  g_array_append_vals (self->entries, entry, 1);
  g_hash_table_insert (self->positions, g_memdup2 (&entry->id, sizeof entry->id),
                       GUINT_TO_POINTER (self->entries->len));
}

static void
on_entry_read (const SitrepEventIndexEntry *entry,
               gpointer                     user_data)
{
  put_entry (user_data, entry);
}

static void
remove_entry (SitrepEventIndex *self,
              gint64            id)
{
  gpointer found = g_hash_table_lookup (self->positions, &id);
  guint position, last;

  if (found == NULL)
    return;
  position = GPOINTER_TO_UINT (found) - 1;
  last = self->entries->len - 1;
  link_entry (self, &g_array_index (self->entries, SitrepEventIndexEntry, position), FALSE);
  g_hash_table_remove (self->positions, &id);
  if (position != last)
    {
      SitrepEventIndexEntry *moved = &g_array_index (self->entries, SitrepEventIndexEntry, last);

      g_array_index (self->entries, SitrepEventIndexEntry, position) = *moved;
      g_hash_table_insert (self->positions, g_memdup2 (&moved->id, sizeof moved->id),
                           GUINT_TO_POINTER (position + 1));
    }
  g_array_set_size (self->entries, last);
}

static gboolean
reload_in_idle (gpointer user_data)
{
  SitrepEventIndex *self = user_data;
  g_autoptr(GError) error = NULL;

  self->reload_idle = 0;
  if (!sitrep_event_index_reload (self, &error))
    g_warning ("The events could not be read again: %s", error->message);

  return G_SOURCE_REMOVE;
}

static void
queue_reload (SitrepEventIndex *self)
{
  if (self->reload_idle == 0)
    self->reload_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reload_in_idle, self, NULL);
}

static void
update_or_reload (SitrepEventIndex *self,
                  GArray           *ids)
{
  g_autoptr(GError) error = NULL;

  /* A whole reload is coming anyway. */
  if (self->reload_idle != 0 || ids->len == 0)
    return;
  if (ids->len > MAX_UPDATE_IDS)
    {
      queue_reload (self);
      return;
    }
  if (!sitrep_event_index_update (self, (const gint64 *) (gpointer) ids->data, ids->len, &error))
    {
      g_warning ("Events could not be read again: %s", error->message);
      queue_reload (self);
    }
}

/* Events added, changed or removed (their actors, evidence and claims
 * included): those are read again, by id. */
static void
on_store_event_changed (SitrepStore       *store,
                        SitrepStoreChange *change,
                        SitrepEventIndex  *self)
{
  guint n = sitrep_store_change_get_n_ids (change);
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);

  for (guint i = 0; i < n; i++)
    {
      gint64 id = sitrep_store_change_get_id (change, i);

      g_array_append_val (ids, id);
    }
  update_or_reload (self, ids);
}

/* A place (or an actor) renamed, moved or removed: the events that name
 * it are read again. */
static void
on_store_entity_changed (SitrepStore       *store,
                         SitrepStoreChange *change,
                         SitrepEventIndex  *self)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = sitrep_store_change_get_n_ids (change);

  if (self->reload_idle != 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      gint64 entity = sitrep_store_change_get_id (change, i);
      GHashTable *events = g_hash_table_lookup (self->by_entity, &entity);
      GHashTableIter iter;
      gpointer key;

      if (events == NULL)
        continue;
      g_hash_table_iter_init (&iter, events);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_array_append_vals (ids, key, 1);
    }
  update_or_reload (self, ids);
}

static void
sitrep_event_index_dispose (GObject *object)
{
  SitrepEventIndex *self = SITREP_EVENT_INDEX (object);

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sitrep_event_index_parent_class)->dispose (object);
}

static void
sitrep_event_index_finalize (GObject *object)
{
  SitrepEventIndex *self = SITREP_EVENT_INDEX (object);

  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_pointer (&self->by_entity, g_hash_table_unref);

  G_OBJECT_CLASS (sitrep_event_index_parent_class)->finalize (object);
}

static void
sitrep_event_index_class_init (SitrepEventIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sitrep_event_index_dispose;
  object_class->finalize = sitrep_event_index_finalize;

  /**
   * SitrepEventIndex::reset:
   *
   * Everything was read again: any entry may have changed.
   */
  signals[SIGNAL_RESET] =
    g_signal_new ("reset", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * SitrepEventIndex::entries-changed:
   * @ids: (array length=n_ids): the events (gint64) that changed, were added or removed
   * @n_ids: how many
   */
  signals[SIGNAL_ENTRIES_CHANGED] =
    g_signal_new ("entries-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_POINTER, G_TYPE_UINT);
}

static void
sitrep_event_index_init (SitrepEventIndex *self)
{
  self->entries = g_array_new (FALSE, FALSE, sizeof (SitrepEventIndexEntry));
  self->positions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->by_entity = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                           (GDestroyNotify) g_hash_table_unref);
}

/* Public API */

SitrepEventIndex *
sitrep_event_index_new (SitrepStore  *store,
                        GError      **error)
{
  g_autoptr(SitrepEventIndex) self = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  self = g_object_new (SITREP_TYPE_EVENT_INDEX, NULL);
  self->store = g_object_ref (store);
  if (!sitrep_event_index_reload (self, error))
    return NULL;
  g_signal_connect (store, "changed::event", G_CALLBACK (on_store_event_changed), self);
  g_signal_connect (store, "changed::entity", G_CALLBACK (on_store_entity_changed), self);

  return g_steal_pointer (&self);
}

SitrepStore *
sitrep_event_index_get_store (SitrepEventIndex *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_INDEX (self), NULL);

  return self->store;
}

guint
sitrep_event_index_get_n_entries (SitrepEventIndex *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_INDEX (self), 0);

  return self->entries->len;
}

const SitrepEventIndexEntry *
sitrep_event_index_get_entry (SitrepEventIndex *self,
                              guint             position)
{
  g_return_val_if_fail (SITREP_IS_EVENT_INDEX (self), NULL);
  g_return_val_if_fail (position < self->entries->len, NULL);

  return &g_array_index (self->entries, SitrepEventIndexEntry, position);
}

const SitrepEventIndexEntry *
sitrep_event_index_lookup (SitrepEventIndex *self,
                           gint64            id)
{
  gpointer found;

  g_return_val_if_fail (SITREP_IS_EVENT_INDEX (self), NULL);

  found = g_hash_table_lookup (self->positions, &id);
  if (found == NULL)
    return NULL;

  return &g_array_index (self->entries, SitrepEventIndexEntry, GPOINTER_TO_UINT (found) - 1);
}

gboolean
sitrep_event_index_reload (SitrepEventIndex  *self,
                           GError           **error)
{
  g_return_val_if_fail (SITREP_IS_EVENT_INDEX (self), FALSE);

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  g_array_set_size (self->entries, 0);
  g_hash_table_remove_all (self->positions);
  g_hash_table_remove_all (self->by_entity);
  if (!_sitrep_store_read_event_index (self->store, NULL, 0, on_entry_read, self, error))
    return FALSE;
  self->n_reloads++;
  g_signal_emit (self, signals[SIGNAL_RESET], 0);

  return TRUE;
}

gboolean
sitrep_event_index_update (SitrepEventIndex  *self,
                           const gint64      *ids,
                           guint              n_ids,
                           GError           **error)
{
  g_return_val_if_fail (SITREP_IS_EVENT_INDEX (self), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  /* Gone unless read again. */
  for (guint i = 0; i < n_ids; i++)
    remove_entry (self, ids[i]);
  if (!_sitrep_store_read_event_index (self->store, ids, n_ids, on_entry_read, self, error))
    return FALSE;
  g_signal_emit (self, signals[SIGNAL_ENTRIES_CHANGED], 0, ids, n_ids);

  return TRUE;
}

const char *
sitrep_event_index_entry_get_dataset_credit (const SitrepEventIndexEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  /* UCDP GED is CC BY 4.0. */
  if (g_strcmp0 (entry->external_source, "UCDP GED") == 0)
    return "UCDP GED (CC BY 4.0)";
  return NULL;
}

guint
sitrep_event_index_get_n_reloads (SitrepEventIndex *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_INDEX (self), 0);

  return self->n_reloads;
}

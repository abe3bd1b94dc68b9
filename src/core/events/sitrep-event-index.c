/* sitrep-event-index.c — one light index of every event that the map, the timeline and the presentation share
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-event-index"

#include "config.h"

#include "sitrep-event-index.h"
#include "sitrep-event-index-build.h"
#include "sitrep-store-change.h"
#include "sitrep-event-private.h"

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

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
 *
 * A whole read of 500,000 events takes seconds: it runs in a worker
 * thread, on a connection of its own, which builds a new set of tables;
 * the main thread swaps them in and reads again the events that changed
 * meanwhile.
 */

typedef struct
{
  GArray     *entries;      /* SitrepEventIndexEntry */
  GHashTable *positions;    /* id (gint64 *) → position + 1 */
  GHashTable *by_entity;    /* place or actor 1 (gint64 *) → set of event ids (gint64 *) */
  gboolean    shared;       /* entries handed out (ref_entries): copy before changing them */
} Tables;

struct _SitrepEventIndex
{
  GObject       parent_instance;

  /* owned references */
  SitrepStore  *store;
  Tables       *t;
  GCancellable *cancellable;       /* the load's: cancelled when the index goes */
  GCancellable *owner_cancellable; /* the window's, which cancels the load too */
  gulong        owner_handler;
  SitrepIndexBuild load;           /* the load in a worker below the main thread's priority */
  GHashTable   *pending_events;    /* ids (gint64 *) changed while loading */
  GHashTable   *pending_entities;  /* ids (gint64 *) changed while loading */

  /* state */
  guint         reload_idle;
  guint         n_reloads;
  gboolean      loading;
  gboolean      load_again;        /* thousands changed while loading */
  int           load_niceness;
};

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_RESET,
  SIGNAL_ENTRIES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SitrepEventIndex, sitrep_event_index, G_TYPE_OBJECT)

static void start_load (SitrepEventIndex *self);

static void
on_owner_cancelled (GCancellable *owner,
                    gpointer      data)
{
  g_cancellable_cancel (data);
}

/* Tables */

static Tables *
tables_new (void)
{
  Tables *t = g_new0 (Tables, 1);

  t->entries = g_array_new (FALSE, FALSE, sizeof (SitrepEventIndexEntry));
  t->positions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  t->by_entity = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                        (GDestroyNotify) g_hash_table_unref);
  return t;
}

static void
tables_free (gpointer data)
{
  Tables *t = data;

  if (t == NULL)
    return;
  g_array_unref (t->entries);
  g_hash_table_unref (t->positions);
  g_hash_table_unref (t->by_entity);
  g_free (t);
}

/* A view's worker may be reading the entries handed out: the next change
 * goes to a copy, and the worker's array stays as it was. */
static void
unshare (Tables *t)
{
  GArray *copy;

  if (!t->shared)
    return;
  copy = g_array_copy (t->entries);
  g_array_unref (t->entries);
  t->entries = copy;
  t->shared = FALSE;
}

static void
link_entity (Tables *t,
             gint64  entity,
             gint64  id)
{
  GHashTable *events;

  if (entity == 0)
    return;
  events = g_hash_table_lookup (t->by_entity, &entity);
  if (events == NULL)
    {
      events = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_hash_table_insert (t->by_entity, g_memdup2 (&entity, sizeof entity), events);
    }
  g_hash_table_add (events, g_memdup2 (&id, sizeof id));
}

static void
unlink_entity (Tables *t,
               gint64  entity,
               gint64  id)
{
  GHashTable *events;

  if (entity == 0 || (events = g_hash_table_lookup (t->by_entity, &entity)) == NULL)
    return;
  g_hash_table_remove (events, &id);
  if (g_hash_table_size (events) == 0)
    g_hash_table_remove (t->by_entity, &entity);
}

static void
link_entry (Tables                      *t,
            const SitrepEventIndexEntry *entry,
            gboolean                     link)
{
  void (*func) (Tables *, gint64, gint64) = link ? link_entity : unlink_entity;

  func (t, entry->place_id, entry->id);
  if (entry->actor1_id != entry->place_id)
    func (t, entry->actor1_id, entry->id);
}

static void
put_entry (Tables                      *t,
           const SitrepEventIndexEntry *entry)
{
  gpointer found = g_hash_table_lookup (t->positions, &entry->id);

  unshare (t);
  if (found != NULL)
    {
      SitrepEventIndexEntry *old = &g_array_index (t->entries, SitrepEventIndexEntry,
                                                   GPOINTER_TO_UINT (found) - 1);

      link_entry (t, old, FALSE);
      *old = *entry;
      link_entry (t, old, TRUE);
      return;
    }
  link_entry (t, entry, TRUE);
  g_array_append_vals (t->entries, entry, 1);
  g_hash_table_insert (t->positions, g_memdup2 (&entry->id, sizeof entry->id),
                       GUINT_TO_POINTER (t->entries->len));
}

static void
on_entry_read (const SitrepEventIndexEntry *entry,
               gpointer                     user_data)
{
  put_entry (user_data, entry);
}

static void
remove_entry (Tables *t,
              gint64  id)
{
  gpointer found = g_hash_table_lookup (t->positions, &id);
  guint position, last;

  if (found == NULL)
    return;
  unshare (t);
  position = GPOINTER_TO_UINT (found) - 1;
  last = t->entries->len - 1;
  link_entry (t, &g_array_index (t->entries, SitrepEventIndexEntry, position), FALSE);
  g_hash_table_remove (t->positions, &id);
  if (position != last)
    {
      SitrepEventIndexEntry *moved = &g_array_index (t->entries, SitrepEventIndexEntry, last);

      g_array_index (t->entries, SitrepEventIndexEntry, position) = *moved;
      g_hash_table_insert (t->positions, g_memdup2 (&moved->id, sizeof moved->id),
                           GUINT_TO_POINTER (position + 1));
    }
  g_array_set_size (t->entries, last);
}

/* Adds the events of the entities in @entities to @ids. */
static void
collect_entity_events (Tables     *t,
                       GHashTable *entities,
                       GHashTable *ids)
{
  GHashTableIter iter;
  gpointer entity;

  g_hash_table_iter_init (&iter, entities);
  while (g_hash_table_iter_next (&iter, &entity, NULL))
    {
      GHashTable *events = g_hash_table_lookup (t->by_entity, entity);
      GHashTableIter inner;
      gpointer id;

      if (events == NULL)
        continue;
      g_hash_table_iter_init (&inner, events);
      while (g_hash_table_iter_next (&inner, &id, NULL))
        g_hash_table_add (ids, g_memdup2 (id, sizeof (gint64)));
    }
}

/* Loading in a worker thread */

typedef struct
{
  SitrepStore  *store;
  GCancellable *cancellable;   /* the index's: cancelled when it goes or the window says */
  Tables       *t;
  GError       *error;
  int           niceness;      /* the worker's, above the process's (tests) */
} Load;

static void
load_free (gpointer data)
{
  Load *load = data;

  g_clear_object (&load->store);
  g_clear_object (&load->cancellable);
  g_clear_pointer (&load->t, tables_free);
  g_clear_error (&load->error);
  g_free (load);
}

/* In one of SitrepIndexBuild's workers, which run below the main thread's
 * priority: on two busy cores a read at the same priority took the
 * window's frames' share. */
static void
load_in_thread (gpointer      data,
                GCancellable *unused)
{
  Load *load = data;

#ifdef __linux__
  load->niceness = getpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid)) - getpriority (PRIO_PROCESS, (id_t) getpid ());
#endif
  load->t = tables_new ();
  if (!_sitrep_store_read_event_index_apart (load->store, on_entry_read, load->t, load->cancellable,
                                             &load->error))
    g_clear_pointer (&load->t, tables_free);
  /* Let go of the project here: closing it then finds no reference left
   * in a worker. */
  g_clear_object (&load->store);
}

static void
set_loading (SitrepEventIndex *self,
             gboolean          loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* The events named while the load ran, read again by id now. */
static void
apply_pending (SitrepEventIndex *self)
{
  g_autoptr(GHashTable) ids = g_steal_pointer (&self->pending_events);
  g_autoptr(GArray) list = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer id;

  self->pending_events = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  collect_entity_events (self->t, self->pending_entities, ids);
  g_hash_table_remove_all (self->pending_entities);
  if (g_hash_table_size (ids) == 0)
    return;
  list = g_array_sized_new (FALSE, FALSE, sizeof (gint64), g_hash_table_size (ids));
  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    g_array_append_vals (list, id, 1);
  if (!sitrep_event_index_update (self, (const gint64 *) (gpointer) list->data, list->len, &error))
    g_warning ("Events could not be read again: %s", error->message);
}

static void
on_loaded (gpointer      owner,
           gpointer      data,
           const gint64 *unused,
           guint         n_unused)
{
  SitrepEventIndex *self = owner;
  Load *load = data;

  self->load_niceness = load->niceness;
  if (load->t == NULL)
    {
      if (!g_error_matches (load->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("The events could not be read: %s", load->error->message);
      set_loading (self, FALSE);
      return;
    }
  if (self->load_again)
    {
      self->load_again = FALSE;
      self->loading = FALSE;
      start_load (self);
      return;
    }

  /* Half a million hashed entries take a while to free, too: in a worker. */
  sitrep_index_build_free_later (g_steal_pointer (&self->t), tables_free);
  self->t = g_steal_pointer (&load->t);
  self->n_reloads++;
  set_loading (self, FALSE);
  g_signal_emit (self, signals[SIGNAL_RESET], 0);
  apply_pending (self);
}

static void
start_load (SitrepEventIndex *self)
{
  Load *load;

  if (self->loading)
    {
      self->load_again = TRUE;
      return;
    }
  g_hash_table_remove_all (self->pending_events);
  g_hash_table_remove_all (self->pending_entities);
  set_loading (self, TRUE);
  /* The build does not keep the index: closing the project drops it, and
   * the load stops at its next check of the cancellable. */
  load = g_new0 (Load, 1);
  load->store = g_object_ref (self->store);
  load->cancellable = g_object_ref (self->cancellable);
  sitrep_index_build_start (&self->load, self, load, load_free, load_in_thread, on_loaded);
}

/* Following the store */

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
  /* An index that loads in the background reloads there too. */
  if (self->cancellable != NULL)
    start_load (self);
  else if (self->reload_idle == 0)
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

/* Noted while loading: read again once the load is in. */
static void
note_pending (SitrepEventIndex  *self,
              GHashTable        *pending,
              SitrepStoreChange *change)
{
  guint n = sitrep_store_change_get_n_ids (change);

  for (guint i = 0; i < n; i++)
    {
      gint64 id = sitrep_store_change_get_id (change, i);

      g_hash_table_add (pending, g_memdup2 (&id, sizeof id));
    }
  if (g_hash_table_size (self->pending_events) + g_hash_table_size (self->pending_entities) > MAX_UPDATE_IDS)
    self->load_again = TRUE;
}

/* Events added, changed or removed (their actors, evidence and claims
 * included): those are read again, by id. */
static void
on_store_event_changed (SitrepStore       *store,
                        SitrepStoreChange *change,
                        SitrepEventIndex  *self)
{
  guint n = sitrep_store_change_get_n_ids (change);
  g_autoptr(GArray) ids = NULL;

  if (self->loading)
    {
      note_pending (self, self->pending_events, change);
      return;
    }
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
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

  if (self->loading)
    {
      note_pending (self, self->pending_entities, change);
      return;
    }
  if (self->reload_idle != 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      gint64 entity = sitrep_store_change_get_id (change, i);
      GHashTable *events = g_hash_table_lookup (self->t->by_entity, &entity);
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
connect_store (SitrepEventIndex *self)
{
  g_signal_connect (self->store, "changed::event", G_CALLBACK (on_store_event_changed), self);
  g_signal_connect (self->store, "changed::entity", G_CALLBACK (on_store_entity_changed), self);
}

static void
sitrep_event_index_dispose (GObject *object)
{
  SitrepEventIndex *self = SITREP_EVENT_INDEX (object);

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  sitrep_index_build_cancel (&self->load);
  if (self->owner_cancellable != NULL)
    g_cancellable_disconnect (self->owner_cancellable, self->owner_handler);
  self->owner_handler = 0;
  g_clear_object (&self->owner_cancellable);

  G_OBJECT_CLASS (sitrep_event_index_parent_class)->dispose (object);
}

static void
sitrep_event_index_finalize (GObject *object)
{
  SitrepEventIndex *self = SITREP_EVENT_INDEX (object);

  g_clear_pointer (&self->t, tables_free);
  g_clear_pointer (&self->pending_events, g_hash_table_unref);
  g_clear_pointer (&self->pending_entities, g_hash_table_unref);
  sitrep_index_build_clear (&self->load);

  G_OBJECT_CLASS (sitrep_event_index_parent_class)->finalize (object);
}

static void
sitrep_event_index_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SitrepEventIndex *self = SITREP_EVENT_INDEX (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_event_index_class_init (SitrepEventIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sitrep_event_index_dispose;
  object_class->finalize = sitrep_event_index_finalize;
  object_class->get_property = sitrep_event_index_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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
  self->t = tables_new ();
  sitrep_index_build_init (&self->load);
  self->pending_events = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->pending_entities = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
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
  connect_store (self);

  return g_steal_pointer (&self);
}

SitrepEventIndex *
sitrep_event_index_new_loading (SitrepStore  *store,
                                GCancellable *cancellable)
{
  SitrepEventIndex *self;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  self = g_object_new (SITREP_TYPE_EVENT_INDEX, NULL);
  self->store = g_object_ref (store);
  self->cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    {
      self->owner_cancellable = g_object_ref (cancellable);
      self->owner_handler = g_cancellable_connect (cancellable, G_CALLBACK (on_owner_cancelled),
                                                   self->cancellable, NULL);
    }
  /* Before the load starts: what changes meanwhile is noted. */
  connect_store (self);
  start_load (self);

  return self;
}

gboolean
sitrep_event_index_get_loading (SitrepEventIndex *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_INDEX (self), FALSE);

  return self->loading;
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

  return self->t->entries->len;
}

const SitrepEventIndexEntry *
sitrep_event_index_get_entry (SitrepEventIndex *self,
                              guint             position)
{
  g_return_val_if_fail (SITREP_IS_EVENT_INDEX (self), NULL);
  g_return_val_if_fail (position < self->t->entries->len, NULL);

  return &g_array_index (self->t->entries, SitrepEventIndexEntry, position);
}

/**
 * sitrep_event_index_ref_entries:
 *
 * Returns: (transfer full): the entries as they are now, for a view to lay
 * out in a worker thread: the index never changes this array again (its
 * next change goes to a copy), so it may be read from any thread while the
 * index follows the store. The views hear of later changes as usual.
 */
GArray *
sitrep_event_index_ref_entries (SitrepEventIndex *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_INDEX (self), NULL);

  self->t->shared = TRUE;
  return g_array_ref (self->t->entries);
}

const SitrepEventIndexEntry *
sitrep_event_index_lookup (SitrepEventIndex *self,
                           gint64            id)
{
  gpointer found;

  g_return_val_if_fail (SITREP_IS_EVENT_INDEX (self), NULL);

  found = g_hash_table_lookup (self->t->positions, &id);
  if (found == NULL)
    return NULL;

  return &g_array_index (self->t->entries, SitrepEventIndexEntry, GPOINTER_TO_UINT (found) - 1);
}

gboolean
sitrep_event_index_reload (SitrepEventIndex  *self,
                           GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  Tables *t;

  g_return_val_if_fail (SITREP_IS_EVENT_INDEX (self), FALSE);

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  t = tables_new ();
  if (!_sitrep_store_read_event_index (self->store, NULL, 0, on_entry_read, t, error))
    {
      tables_free (t);
      return FALSE;
    }
  tables_free (self->t);
  self->t = t;
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
    {
      remove_entry (self->t, ids[i]);
      /* The load under way may have read it before. */
      if (self->loading)
        g_hash_table_add (self->pending_events, g_memdup2 (&ids[i], sizeof ids[i]));
    }
  if (!_sitrep_store_read_event_index (self->store, ids, n_ids, on_entry_read, self->t, error))
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

gboolean
sitrep_event_index_follow (SitrepEventIndex **slot,
                           SitrepEventIndex  *index,
                           gpointer           follower,
                           GCallback          on_reset,
                           GCallback          on_entries_changed)
{
  g_return_val_if_fail (slot != NULL, FALSE);
  g_return_val_if_fail (index == NULL || SITREP_IS_EVENT_INDEX (index), FALSE);

  if (*slot == index)
    return FALSE;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, follower);
  g_set_object (slot, index);
  if (index != NULL)
    {
      g_signal_connect_swapped (index, "reset", on_reset, follower);
      g_signal_connect (index, "entries-changed", on_entries_changed, follower);
    }
  return TRUE;
}

int
_sitrep_event_index_get_load_niceness (SitrepEventIndex *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_INDEX (self), 0);

  return self->load_niceness;
}

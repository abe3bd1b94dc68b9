/* sitrep-event-list.c — a GListModel of events over a store query, loaded in pages
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-event-list"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sitrep-event-list.h"
#include "sitrep-event-private.h"

struct _SitrepEventList
{
  SitrepPagedList parent_instance;

  /* owned */
  SitrepStore *store;
  char *event_type;
  char *date_from;
  char *date_to;
  char *search;

  GCancellable *reading;    /* ids read in a worker, for a large project */
  GHashTable *loaded;       /* ids whose objects were made (a superset of the cache's) */

  /* state */
  SitrepEventQuery query;   /* its strings point at the fields above */
  gboolean in_worker;       /* a large project: the ids are always read in a worker */
  gboolean read_again;      /* changed while they were read */
  guint reread_id;
};

/* From this many events the ids are read in a worker (tests set it lower). */
static guint read_in_worker_from = 20000;
/* A change naming more events than this reads every id again: placing each
 * takes a few lookups of its neighbours. */
#define MAX_UPDATE_IDS 64

enum {
  PROP_0,
  PROP_STORE,
  PROP_SORT,
  PROP_DESCENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SitrepEventList, sitrep_event_list, SITREP_TYPE_PAGED_LIST)

static GArray *
query_ids (SitrepPagedList  *list,
           GError          **error)
{
  SitrepEventList *self = SITREP_EVENT_LIST (list);

  /* Disposed: nothing left to list. */
  if (self->store == NULL)
    return g_array_new (FALSE, FALSE, sizeof (gint64));
  return sitrep_store_query_event_ids (self->store, &self->query, error);
}

static gboolean
load_objects (SitrepPagedList  *list,
              const gint64     *ids,
              guint             n_ids,
              GPtrArray        *out,
              GError          **error)
{
  SitrepEventList *self = SITREP_EVENT_LIST (list);

  if (self->store == NULL)
    return TRUE;
  for (guint i = 0; i < n_ids; i++)
    g_hash_table_add (self->loaded, g_memdup2 (&ids[i], sizeof ids[i]));
  return sitrep_store_get_events (self->store, ids, n_ids, out, error);
}

static gint64
object_id (gpointer object)
{
  return sitrep_event_get_id (object);
}

/* Deleted meanwhile, until the refresh on its way. */
static gpointer
make_placeholder (SitrepPagedList *list,
                  gint64           id)
{
  return g_object_new (SITREP_TYPE_EVENT, "id", id, NULL);
}

/* Reading in a worker: the query copied, its strings its own. */
typedef struct
{
  SitrepStore      *store;
  SitrepEventQuery  query;
  char             *strings[4];
} Read;

static void
read_free (gpointer data)
{
  Read *r = data;

  g_clear_object (&r->store);
  for (guint i = 0; i < G_N_ELEMENTS (r->strings); i++)
    g_free (r->strings[i]);
  g_free (r);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Read *r = task_data;
  GError *error = NULL;
  g_autoptr(GArray) ids = sitrep_store_query_event_ids_apart (r->store, &r->query, &error);

  /* Let go of the project here, before the list hears: closing it then
   * finds no reference left in a worker. */
  g_clear_object (&r->store);
  if (ids == NULL)
    g_task_return_error (task, error);
  else
    /* The list's own form too (its table id → position), off the main thread. */
    g_task_return_pointer (task, sitrep_id_seq_new ((const gint64 *) (gpointer) ids->data, ids->len),
                           (GDestroyNotify) sitrep_id_seq_free);
}

static void read_in_worker (SitrepEventList *self);

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(SitrepEventList) self = g_weak_ref_get (weak);
  g_autoptr(GError) error = NULL;
  SitrepIdSeq *ids = g_task_propagate_pointer (G_TASK (result), &error);

  g_weak_ref_clear (weak);
  g_free (weak);
  /* Gone, or a newer read took its place. */
  if (self == NULL || g_task_get_cancellable (G_TASK (result)) != self->reading)
    {
      g_clear_pointer (&ids, sitrep_id_seq_free);
      return;
    }
  g_clear_object (&self->reading);
  if (ids == NULL)
    {
      g_warning ("The events could not be listed: %s", error->message);
      ids = sitrep_id_seq_new (NULL, 0);
    }
  sitrep_paged_list_set_id_seq (SITREP_PAGED_LIST (self), ids);
  if (self->read_again)
    {
      self->read_again = FALSE;
      read_in_worker (self);
    }
}

/* The ids of a large project, read in a worker: the window never waits
 * seconds for 500,000 of them. The list keeps what it has until then. */
static void
read_in_worker (SitrepEventList *self)
{
  g_autoptr(GTask) task = NULL;
  GWeakRef *weak = g_new0 (GWeakRef, 1);
  Read *r = g_new0 (Read, 1);

  if (self->reading != NULL)
    g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  g_clear_handle_id (&self->reread_id, g_source_remove);
  self->read_again = FALSE;
  self->reading = g_cancellable_new ();
  r->store = g_object_ref (self->store);
  r->query = self->query;
  r->query.event_type = r->strings[0] = g_strdup (self->query.event_type);
  r->query.date_from = r->strings[1] = g_strdup (self->query.date_from);
  r->query.date_to = r->strings[2] = g_strdup (self->query.date_to);
  r->query.search = r->strings[3] = g_strdup (self->query.search);
  g_weak_ref_init (weak, self);
  task = g_task_new (NULL, self->reading, on_read, weak);
  g_task_set_source_tag (task, read_in_worker);
  g_task_set_task_data (task, r, read_free);
  g_task_run_in_thread (task, read_thread);
}

static gboolean
reread_cb (gpointer data)
{
  SitrepEventList *self = data;

  self->reread_id = 0;
  read_in_worker (self);
  return G_SOURCE_REMOVE;
}

/* The ids again now: in a worker for a large project. */
static void
reread (SitrepEventList *self)
{
  if (self->in_worker)
    read_in_worker (self);
  else
    sitrep_paged_list_refresh (SITREP_PAGED_LIST (self));
}

/* The ids again a little later, once for a burst of changes. */
static void
queue_reread (SitrepEventList *self)
{
  if (!self->in_worker)
    sitrep_paged_list_queue_refresh (SITREP_PAGED_LIST (self));
  else if (self->reading != NULL)
    self->read_again = TRUE;
  else if (self->reread_id == 0)
    self->reread_id = g_timeout_add (150, reread_cb, self);
}

/* A read of every id is queued or on its way: it will take in the change. */
static gboolean
full_read_pending (SitrepEventList *self)
{
  if (self->in_worker)
    return self->reading != NULL || self->reread_id != 0;
  return !sitrep_paged_list_is_current (SITREP_PAGED_LIST (self));
}

static int
compare_position (gconstpointer a,
                  gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* The positions in the list of those of @ids it holds, in order: each
 * found by the list's table of ids, not by a scan of 500,000. */
static GArray *
find_positions (SitrepEventList *self,
                const gint64    *ids,
                guint            n_ids)
{
  GArray *positions = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_ids);

  for (guint k = 0; k < n_ids; k++)
    {
      guint at = sitrep_paged_list_find (SITREP_PAGED_LIST (self), ids[k]);

      if (at != G_MAXUINT)
        g_array_append_val (positions, at);
    }
  g_array_sort (positions, compare_position);
  return positions;
}

/* Position @k of the list without the positions @removed (in order). */
static guint
old_position (GArray *removed,
              guint   k)
{
  for (guint r = 0; r < removed->len && g_array_index (removed, guint, r) <= k; r++)
    k++;
  return k;
}

/* How many of the others one look-up sorts with the event being placed. */
#define PROBES 64

/* The first of the others (positions @lo to @n_rest of the list without
 * @removed) that comes after event @id, in *@at: a search that sorts @id
 * with up to PROBES of them at a time in the query's own order (four
 * look-ups among 500,000). FALSE when one of them is no longer in the
 * project. */
static gboolean
place_one (SitrepEventList        *self,
           const SitrepEventQuery *order,
           gint64                  id,
           GArray                 *removed,
           guint                   lo,
           guint                   n_rest,
           guint                  *at)
{
  guint hi = n_rest;

  while (lo < hi)
    {
      gint64 sample[PROBES + 1];
      guint index[PROBES];
      guint n = MIN (hi - lo, PROBES), c = 0;
      g_autoptr(GArray) sorted = NULL;

      sample[0] = id;
      for (guint k = 0; k < n; k++)
        {
          index[k] = lo + (guint) ((guint64) (hi - lo) * k / n);
          sample[k + 1] = sitrep_paged_list_get_id (SITREP_PAGED_LIST (self), old_position (removed, index[k]));
        }
      sorted = sitrep_store_query_event_ids_among (self->store, order, sample, n + 1, NULL);
      if (sorted == NULL || sorted->len != n + 1)
        return FALSE;
      while (g_array_index (sorted, gint64, c) != id)
        c++;
      /* The first c of the sample come before it. */
      if (n == hi - lo)
        {
          lo += c;
          break;
        }
      hi = c < n ? index[c] : hi;
      lo = c > 0 ? index[c - 1] + 1 : lo;
    }
  *at = lo;
  return TRUE;
}

/* The list after events @changed were added, edited or removed: the others
 * keep their order, so each of @changed that matches the query goes where a
 * search among them puts it (place_one), and views hear of the positions between
 * the first and the last that changed (the edited events' own included).
 * FALSE when that cannot be worked out (the caller reads every id again). */
static gboolean
update_by_ids (SitrepEventList *self,
               const gint64    *changed,
               guint            n_changed)
{
  SitrepEventQuery order = SITREP_EVENT_QUERY_INIT;
  g_autoptr(GArray) matching = NULL;
  g_autoptr(GArray) removed = NULL;
  g_autoptr(GArray) before = NULL;    /* where each of @matching goes: before this old position */
  g_autoptr(GArray) content = NULL;
  g_autoptr(GArray) held = NULL;
  guint n_held, n_rest, lo = 0, start, end;

  matching = sitrep_store_query_event_ids_among (self->store, &self->query, changed, n_changed, NULL);
  if (matching == NULL)
    return FALSE;
  removed = find_positions (self, changed, n_changed);
  n_held = g_list_model_get_n_items (G_LIST_MODEL (self));
  n_rest = n_held - removed->len;

  order.sort = self->query.sort;
  order.descending = self->query.descending;
  before = g_array_sized_new (FALSE, FALSE, sizeof (guint), matching->len);
  for (guint m = 0; m < matching->len; m++)
    {
      gint64 id = g_array_index (matching, gint64, m);
      guint at;

      /* @matching is in order: past the last one placed. */
      if (!place_one (self, &order, id, removed, lo, n_rest, &lo))
        return FALSE;
      at = lo < n_rest ? old_position (removed, lo) : n_held;
      g_array_append_val (before, at);
    }
  if (removed->len == 0 && before->len == 0)
    return TRUE;
  /* One event edited, still listed: the ids between shift in place. */
  if (removed->len == 1 && matching->len == 1 &&
      sitrep_paged_list_get_id (SITREP_PAGED_LIST (self), g_array_index (removed, guint, 0)) ==
      g_array_index (matching, gint64, 0))
    {
      sitrep_paged_list_move (SITREP_PAGED_LIST (self), g_array_index (removed, guint, 0),
                              g_array_index (before, guint, 0));
      return TRUE;
    }

  /* The old positions [start, end) and what takes their place. */
  start = G_MAXUINT;
  end = 0;
  if (removed->len > 0)
    {
      start = g_array_index (removed, guint, 0);
      end = g_array_index (removed, guint, removed->len - 1) + 1;
    }
  if (before->len > 0)
    {
      start = MIN (start, g_array_index (before, guint, 0));
      end = MAX (end, g_array_index (before, guint, before->len - 1));
    }
  held = sitrep_paged_list_copy_ids (SITREP_PAGED_LIST (self), start, end - start);
  content = g_array_sized_new (FALSE, FALSE, sizeof (gint64), end - start + matching->len);
  for (guint i = start, m = 0, r = 0; i <= end; i++)
    {
      while (m < before->len && g_array_index (before, guint, m) == i)
        g_array_append_val (content, g_array_index (matching, gint64, m++));
      while (r < removed->len && g_array_index (removed, guint, r) < i)
        r++;
      if (i < end && !(r < removed->len && g_array_index (removed, guint, r) == i))
        g_array_append_val (content, g_array_index (held, gint64, i - start));
    }
  sitrep_paged_list_splice (SITREP_PAGED_LIST (self), start, end - start,
                            (const gint64 *) (gpointer) content->data, content->len, changed, n_changed);
  return TRUE;
}

/* Events added, edited or removed (with their actors, evidence and claims):
 * the list moves those, by id; a larger change reads every id again. */
static void
on_store_event_changed (SitrepStore       *store,
                        SitrepStoreChange *change,
                        SitrepEventList   *self)
{
  guint n = sitrep_store_change_get_n_ids (change);
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  gboolean pending = full_read_pending (self);

  if (self->store == NULL)
    return;
  for (guint i = 0; i < n; i++)
    {
      gint64 id = sitrep_store_change_get_id (change, i);

      g_array_append_val (ids, id);
    }
  if (pending || n > MAX_UPDATE_IDS ||
      !update_by_ids (self, (const gint64 *) (gpointer) ids->data, ids->len))
    {
      for (guint i = 0; i < n; i++)
        sitrep_paged_list_drop_cached (SITREP_PAGED_LIST (self), g_array_index (ids, gint64, i));
      queue_reread (self);
    }
}

/* The filter or the order reads names, places or coordinates of entities. */
static gboolean
query_reads_entities (const SitrepEventQuery *q)
{
  return q->sort == SITREP_EVENT_SORT_PLACE || q->sort == SITREP_EVENT_SORT_ACTOR ||
         q->search != NULL || q->place_id != 0 || q->actor_id != 0 || q->in_area;
}

static gboolean
names_entity (SitrepEvent       *event,
              SitrepStoreChange *change)
{
  GArray *assoc[2] = { sitrep_event_get_assoc_actor1_ids (event), sitrep_event_get_assoc_actor2_ids (event) };

  if (sitrep_store_change_has_id (change, sitrep_event_get_place_id (event)) ||
      sitrep_store_change_has_id (change, sitrep_event_get_actor1_id (event)) ||
      sitrep_store_change_has_id (change, sitrep_event_get_actor2_id (event)))
    return TRUE;
  for (guint s = 0; s < G_N_ELEMENTS (assoc); s++)
    for (guint i = 0; assoc[s] != NULL && i < assoc[s]->len; i++)
      if (sitrep_store_change_has_id (change, g_array_index (assoc[s], gint64, i)))
        return TRUE;
  return FALSE;
}

/* A place or an actor renamed, moved, merged or removed: when the query
 * reads entities, every id again; otherwise the list keeps its ids and only
 * the events made with the old names are made again. */
static void
on_store_entity_changed (SitrepStore       *store,
                         SitrepStoreChange *change,
                         SitrepEventList   *self)
{
  SitrepPagedList *list = SITREP_PAGED_LIST (self);
  gboolean pending = full_read_pending (self);
  g_autoptr(GArray) dropped = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) positions = NULL;
  g_autoptr(GArray) same = NULL;
  guint first, n;
  GHashTableIter iter;
  gint64 *id;

  if (self->store == NULL)
    return;
  if (query_reads_entities (&self->query))
    {
      g_autoptr(GArray) entities = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(GArray) naming = NULL;

      for (guint i = 0; i < sitrep_store_change_get_n_ids (change); i++)
        {
          gint64 entity = sitrep_store_change_get_id (change, i);

          g_array_append_val (entities, entity);
        }
      /* The events that name them move (or leave, or come in) by id. */
      if (!pending)
        naming = sitrep_store_query_events_naming (self->store, (const gint64 *) (gpointer) entities->data,
                                                   entities->len, MAX_UPDATE_IDS, NULL);
      if (naming == NULL ||
          !update_by_ids (self, (const gint64 *) (gpointer) naming->data, naming->len))
        {
          sitrep_paged_list_drop_all (list);
          queue_reread (self);
        }
      return;
    }
  g_hash_table_iter_init (&iter, self->loaded);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    {
      SitrepEvent *event = sitrep_paged_list_lookup_cached (list, *id);

      if (event == NULL)
        g_hash_table_iter_remove (&iter);
      else if (names_entity (event, change))
        g_array_append_val (dropped, *id);
    }
  /* A read on its way tells views about them. */
  if (pending)
    for (guint i = 0; i < dropped->len; i++)
      sitrep_paged_list_drop_cached (list, g_array_index (dropped, gint64, i));
  if (dropped->len == 0 || pending)
    return;
  /* Views hear of the positions between the first and the last. */
  positions = find_positions (self, (const gint64 *) (gpointer) dropped->data, dropped->len);
  if (positions->len == 0)
    return;
  first = g_array_index (positions, guint, 0);
  n = g_array_index (positions, guint, positions->len - 1) + 1 - first;
  same = sitrep_paged_list_copy_ids (list, first, n);
  sitrep_paged_list_splice (list, first, n, (const gint64 *) (gpointer) same->data, n,
                            (const gint64 *) (gpointer) dropped->data, dropped->len);
}

static void
sitrep_event_list_dispose (GObject *object)
{
  SitrepEventList *self = (SitrepEventList *) object;

  if (self->reading != NULL)
    g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  g_clear_handle_id (&self->reread_id, g_source_remove);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sitrep_event_list_parent_class)->dispose (object);
}

static void
sitrep_event_list_finalize (GObject *object)
{
  SitrepEventList *self = (SitrepEventList *) object;

  g_free (self->event_type);
  g_free (self->date_from);
  g_free (self->date_to);
  g_free (self->search);
  g_hash_table_unref (self->loaded);

  G_OBJECT_CLASS (sitrep_event_list_parent_class)->finalize (object);
}

static void
sitrep_event_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SitrepEventList *self = SITREP_EVENT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SORT:
      g_value_set_int (value, self->query.sort);
      break;
    case PROP_DESCENDING:
      g_value_set_boolean (value, self->query.descending);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_event_list_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SitrepEventList *self = SITREP_EVENT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SORT:
      sitrep_event_list_set_sort (self, g_value_get_int (value), self->query.descending);
      break;
    case PROP_DESCENDING:
      sitrep_event_list_set_sort (self, self->query.sort, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_event_list_constructed (GObject *object)
{
  SitrepEventList *self = (SitrepEventList *) object;

  G_OBJECT_CLASS (sitrep_event_list_parent_class)->constructed (object);

  g_return_if_fail (SITREP_IS_STORE (self->store));

  /* Every write, undo and redo tells which events and entities it changed. */
  g_signal_connect_object (self->store, "changed::event",
                           G_CALLBACK (on_store_event_changed), self, 0);
  g_signal_connect_object (self->store, "changed::entity",
                           G_CALLBACK (on_store_entity_changed), self, 0);
  /* Counting is quick; reading 500,000 ids is not. */
  self->in_worker = sitrep_store_count_events (self->store) >= read_in_worker_from;
  reread (self);
}

static void
sitrep_event_list_class_init (SitrepEventListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SitrepPagedListClass *list_class = SITREP_PAGED_LIST_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->constructed = sitrep_event_list_constructed;
  object_class->dispose = sitrep_event_list_dispose;
  object_class->finalize = sitrep_event_list_finalize;
  object_class->get_property = sitrep_event_list_get_property;
  object_class->set_property = sitrep_event_list_set_property;

  list_class->item_type = SITREP_TYPE_EVENT;
  list_class->query_ids = query_ids;
  list_class->load_objects = load_objects;
  list_class->object_id = object_id;
  list_class->make_placeholder = make_placeholder;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SITREP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT] =
    g_param_spec_int ("sort", NULL, NULL, SITREP_EVENT_SORT_DATE, SITREP_EVENT_SORT_CREATED,
                      SITREP_EVENT_SORT_DATE, rw);
  properties[PROP_DESCENDING] = g_param_spec_boolean ("descending", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sitrep_event_list_init (SitrepEventList *self)
{
  self->query = (SitrepEventQuery) SITREP_EVENT_QUERY_INIT;
  self->loaded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

SitrepEventList *
sitrep_event_list_new (SitrepStore *store)
{
  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);
  return g_object_new (SITREP_TYPE_EVENT_LIST, "store", store, NULL);
}

static char *
dup_nonempty (const char *s)
{
  return s != NULL && *s != '\0' ? g_strdup (s) : NULL;
}

/* A string of a query as the list keeps it: "" is none. */
static const char *
or_null_if_empty (const char *s)
{
  return s != NULL && *s != '\0' ? s : NULL;
}

static gboolean
same_query (const SitrepEventQuery *a,
            const SitrepEventQuery *b)
{
  return g_strcmp0 (a->event_type, or_null_if_empty (b->event_type)) == 0 &&
         g_strcmp0 (a->date_from, or_null_if_empty (b->date_from)) == 0 &&
         g_strcmp0 (a->date_to, or_null_if_empty (b->date_to)) == 0 &&
         g_strcmp0 (a->search, or_null_if_empty (b->search)) == 0 &&
         a->place_id == b->place_id && a->actor_id == b->actor_id && a->disputed == b->disputed &&
         a->sort == b->sort && !a->descending == !b->descending && !a->in_area == !b->in_area &&
         (!a->in_area || (a->west == b->west && a->south == b->south && a->east == b->east &&
                          a->north == b->north));
}

void
sitrep_event_list_set_query (SitrepEventList        *self,
                             const SitrepEventQuery *query)
{
  static const SitrepEventQuery all = SITREP_EVENT_QUERY_INIT;
  SitrepEventSort old_sort;
  gboolean old_descending;

  g_return_if_fail (SITREP_IS_EVENT_LIST (self));

  if (query == NULL)
    query = &all;
  /* The same query again (the Events view sets its filters when it is built,
   * after the list read every id once): at 500,000 events reading them again
   * held the window for seconds. A change since the last read still reads. */
  if (same_query (&self->query, query) && sitrep_paged_list_is_current (SITREP_PAGED_LIST (self)))
    return;
  old_sort = self->query.sort;
  old_descending = self->query.descending;

  g_free (self->event_type);
  g_free (self->date_from);
  g_free (self->date_to);
  g_free (self->search);
  self->event_type = dup_nonempty (query->event_type);
  self->date_from = dup_nonempty (query->date_from);
  self->date_to = dup_nonempty (query->date_to);
  self->search = dup_nonempty (query->search);
  self->query = *query;
  self->query.event_type = self->event_type;
  self->query.date_from = self->date_from;
  self->query.date_to = self->date_to;
  self->query.search = self->search;

  reread (self);
  if (old_sort != self->query.sort)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
  if (old_descending != self->query.descending)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCENDING]);
}

void
sitrep_event_list_set_sort (SitrepEventList *self,
                            SitrepEventSort  sort,
                            gboolean         descending)
{
  gboolean sort_changed, dir_changed;

  g_return_if_fail (SITREP_IS_EVENT_LIST (self));

  descending = !!descending;
  sort_changed = self->query.sort != sort;
  dir_changed = self->query.descending != descending;
  if (!sort_changed && !dir_changed)
    return;
  self->query.sort = sort;
  self->query.descending = descending;
  if (self->store != NULL)
    reread (self);
  if (sort_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
  if (dir_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCENDING]);
}

SitrepEventSort
sitrep_event_list_get_sort (SitrepEventList *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_LIST (self), SITREP_EVENT_SORT_DATE);
  return self->query.sort;
}

gboolean
sitrep_event_list_get_descending (SitrepEventList *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_LIST (self), FALSE);
  return self->query.descending;
}

guint
sitrep_event_list_find (SitrepEventList *self,
                        gint64           id)
{
  g_return_val_if_fail (SITREP_IS_EVENT_LIST (self), G_MAXUINT);

  return sitrep_paged_list_find (SITREP_PAGED_LIST (self), id);
}

char *
sitrep_event_dup_title (SitrepEvent *event)
{
  const char *type, *place, *date;

  g_return_val_if_fail (SITREP_IS_EVENT (event), NULL);

  type = sitrep_event_get_event_type (event);
  place = sitrep_event_get_place_name (event) != NULL ? sitrep_event_get_place_name (event)
                                                     : sitrep_event_get_location (event);
  date = sitrep_event_get_date_start (event);
  if (type == NULL)
    type = _("Uncoded event");
  if (place != NULL && *place != '\0' && date != NULL)
    /* Translators: an event's type, place and date: "Battles in Jasim, 2022-10-14" */
    return g_strdup_printf (_("%s in %s, %s"), type, place, date);
  if (place != NULL && *place != '\0')
    /* Translators: an event's type and place: "Battles in Jasim" */
    return g_strdup_printf (_("%s in %s"), type, place);
  if (date != NULL)
    /* Translators: an event's type and date: "Battles, 2022-10-14" */
    return g_strdup_printf (_("%s, %s"), type, date);
  return g_strdup (type);
}

gboolean
sitrep_event_list_get_reading (SitrepEventList *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_LIST (self), FALSE);

  return self->reading != NULL || self->reread_id != 0;
}

void
_sitrep_event_list_set_read_in_worker_from (guint n_events)
{
  read_in_worker_from = n_events;
}

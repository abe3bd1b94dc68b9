/* sitrep-event-list.c — a GListModel of events over a store query, loaded in pages
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-event-list"

#include "config.h"

#include "sitrep-event-list.h"

/* Objects are made this many at a time, as a view scrolls to them. */
#define PAGE_SIZE 64
/* Bursts of store changes (an import of thousands of events) are folded
 * into one refresh. */
#define REFRESH_DELAY_MS 150

struct _SitrepEventList
{
  GObject parent_instance;

  /* owned */
  SitrepStore *store;
  GArray *ids;              /* gint64, in list order */
  GHashTable *cache;        /* id → SitrepEvent */
  char *event_type;
  char *date_from;
  char *date_to;
  char *search;

  /* state */
  SitrepEventQuery query;   /* its strings point at the fields above */
  guint refresh_id;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_SORT,
  PROP_DESCENDING,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SitrepEventList, sitrep_event_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static gint64 *
id_at (SitrepEventList *self,
       guint            position)
{
  return &g_array_index (self->ids, gint64, position);
}

/* Replaces the id list, telling views only about the range that changed. */
static void
refresh (SitrepEventList *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  guint old_n, new_n, prefix = 0, suffix = 0;

  g_clear_handle_id (&self->refresh_id, g_source_remove);

  ids = sitrep_store_query_event_ids (self->store, &self->query, &error);
  if (ids == NULL)
    {
      g_warning ("Could not list events: %s", error->message);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }

  old_n = self->ids->len;
  new_n = ids->len;
  while (prefix < old_n && prefix < new_n && *id_at (self, prefix) == g_array_index (ids, gint64, prefix) &&
         g_hash_table_contains (self->cache, id_at (self, prefix)))
    prefix++;
  while (suffix < old_n - prefix && suffix < new_n - prefix &&
         *id_at (self, old_n - 1 - suffix) == g_array_index (ids, gint64, new_n - 1 - suffix) &&
         g_hash_table_contains (self->cache, id_at (self, old_n - 1 - suffix)))
    suffix++;

  g_array_unref (self->ids);
  self->ids = g_steal_pointer (&ids);

  if (prefix == old_n && prefix == new_n)
    return;
  g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                              old_n - prefix - suffix, new_n - prefix - suffix);
  if (old_n != new_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static gboolean
refresh_cb (gpointer data)
{
  SitrepEventList *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (SitrepEventList *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_cb, self);
}

static void
load_page (SitrepEventList *self,
           guint            position)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) wanted = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  guint start = position - position % PAGE_SIZE;
  guint end = MIN (start + PAGE_SIZE, self->ids->len);

  for (guint i = start; i < end; i++)
    {
      if (!g_hash_table_contains (self->cache, id_at (self, i)))
        g_array_append_val (wanted, *id_at (self, i));
    }
  if (wanted->len == 0)
    return;

  if (!sitrep_store_get_events (self->store, (const gint64 *) (gpointer) wanted->data, wanted->len,
                                events, &error))
    {
      g_warning ("Could not read events: %s", error->message);
      return;
    }
  for (guint i = 0; i < events->len; i++)
    {
      SitrepEvent *event = g_ptr_array_index (events, i);
      gint64 *key = g_new (gint64, 1);

      *key = sitrep_event_get_id (event);
      g_hash_table_insert (self->cache, key, g_object_ref (event));
    }
}

/* An event's snapshot is stale: drop it and ask for the ids again, which
 * also tells the view to fetch the new snapshot at its position. */
static void
on_store_events_changed (SitrepEventList *self,
                         gint64           id,
                         SitrepStore     *store)
{
  if (id == 0)
    g_hash_table_remove_all (self->cache);
  else
    g_hash_table_remove (self->cache, &id);
  queue_refresh (self);
}

static void
on_store_changed (SitrepEventList *self,
                  SitrepStore     *store)
{
  g_hash_table_remove_all (self->cache);
  queue_refresh (self);
}

static GType
list_get_item_type (GListModel *model)
{
  return SITREP_TYPE_EVENT;
}

static guint
list_get_n_items (GListModel *model)
{
  return SITREP_EVENT_LIST (model)->ids->len;
}

static gpointer
list_get_item (GListModel *model,
               guint       position)
{
  SitrepEventList *self = SITREP_EVENT_LIST (model);
  SitrepEvent *event;

  if (position >= self->ids->len)
    return NULL;
  event = g_hash_table_lookup (self->cache, id_at (self, position));
  if (event == NULL)
    {
      load_page (self, position);
      event = g_hash_table_lookup (self->cache, id_at (self, position));
    }
  /* Deleted meanwhile: an empty placeholder until the refresh on its way. */
  if (event == NULL)
    return g_object_new (SITREP_TYPE_EVENT, "id", *id_at (self, position), NULL);
  return g_object_ref (event);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_get_item_type;
  iface->get_n_items = list_get_n_items;
  iface->get_item = list_get_item;
}

static void
sitrep_event_list_dispose (GObject *object)
{
  SitrepEventList *self = (SitrepEventList *) object;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_object (&self->store);
  if (self->cache != NULL)
    g_hash_table_remove_all (self->cache);

  G_OBJECT_CLASS (sitrep_event_list_parent_class)->dispose (object);
}

static void
sitrep_event_list_finalize (GObject *object)
{
  SitrepEventList *self = (SitrepEventList *) object;

  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_free (self->event_type);
  g_free (self->date_from);
  g_free (self->date_to);
  g_free (self->search);

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
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
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

  g_signal_connect_object (self->store, "events-changed",
                           G_CALLBACK (on_store_events_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "entities-changed",
                           G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  /* Undo and redo say only that the history changed. */
  g_signal_connect_object (self->store, "history-changed",
                           G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
sitrep_event_list_class_init (SitrepEventListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->constructed = sitrep_event_list_constructed;
  object_class->dispose = sitrep_event_list_dispose;
  object_class->finalize = sitrep_event_list_finalize;
  object_class->get_property = sitrep_event_list_get_property;
  object_class->set_property = sitrep_event_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SITREP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT] =
    g_param_spec_int ("sort", NULL, NULL, SITREP_EVENT_SORT_DATE, SITREP_EVENT_SORT_CREATED,
                      SITREP_EVENT_SORT_DATE, rw);
  properties[PROP_DESCENDING] = g_param_spec_boolean ("descending", NULL, NULL, FALSE, rw);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sitrep_event_list_init (SitrepEventList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->query = (SitrepEventQuery) SITREP_EVENT_QUERY_INIT;
}

SitrepEventList *
sitrep_event_list_new (SitrepStore *store)
{
  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);
  return g_object_new (SITREP_TYPE_EVENT_LIST, "store", store, NULL);
}

SitrepStore *
sitrep_event_list_get_store (SitrepEventList *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_LIST (self), NULL);
  return self->store;
}

static char *
dup_nonempty (const char *s)
{
  return s != NULL && *s != '\0' ? g_strdup (s) : NULL;
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

  refresh (self);
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
    refresh (self);
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

  for (guint i = 0; i < self->ids->len; i++)
    {
      if (*id_at (self, i) == id)
        return i;
    }
  return G_MAXUINT;
}

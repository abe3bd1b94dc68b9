/* sitrep-paged-list.c — base of the GListModels that hold a query's ids and load objects in pages
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-paged-list"

#include "config.h"

#include <string.h>

#include "sitrep-paged-list.h"
#include "sitrep-paged-list-private.h"
#include "sitrep-paged-list-ids.h"

/* Objects are made this many at a time, as a view scrolls to them. */
#define PAGE_SIZE 64
/* Bursts of store changes (an import of thousands of files) are folded
 * into one refresh. */
#define REFRESH_DELAY_MS 150

typedef struct
{
  /* owned */
  SitrepIdSeq *ids;         /* in list order */
  GHashTable *cache;        /* id → object */
  GHashTable *stale;        /* set of ids whose handed-out objects are out of date */

  /* state */
  gboolean all_stale;
  guint refresh_id;
  guint n_reads;            /* how many times the ids were asked for (tests) */
  guint n_made;             /* how many objects were made (tests) */
} SitrepPagedListPrivate;

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (SitrepPagedList, sitrep_paged_list, G_TYPE_OBJECT,
                                  G_ADD_PRIVATE (SitrepPagedList)
                                  G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static gint64
id_at (SitrepPagedListPrivate *priv,
       guint                   position)
{
  return sitrep_id_seq_get (priv->ids, position);
}

static guint
n_ids (SitrepPagedListPrivate *priv)
{
  return sitrep_id_seq_get_length (priv->ids);
}

static void
mark_stale (SitrepPagedListPrivate *priv,
            gint64                  id)
{
  if (!priv->all_stale)
    g_hash_table_add (priv->stale, g_memdup2 (&id, sizeof id));
}

static void
load_page (SitrepPagedList *self,
           guint            position)
{
  SitrepPagedListPrivate *priv = sitrep_paged_list_get_instance_private (self);
  SitrepPagedListClass *klass = SITREP_PAGED_LIST_GET_CLASS (self);
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) wanted = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  guint start = position - position % PAGE_SIZE;
  guint end = MIN (start + PAGE_SIZE, n_ids (priv));
  gint64 page[PAGE_SIZE];

  sitrep_id_seq_copy (priv->ids, start, end - start, page);
  for (guint i = 0; i < end - start; i++)
    {
      if (!g_hash_table_contains (priv->cache, &page[i]))
        g_array_append_val (wanted, page[i]);
    }
  if (wanted->len == 0)
    return;

  if (!klass->load_objects (self, (const gint64 *) (gpointer) wanted->data, wanted->len,
                            objects, &error))
    {
      g_warning ("%s: could not read a page of the list: %s",
                 G_OBJECT_TYPE_NAME (self), error->message);
      return;
    }

  priv->n_made += objects->len;
  for (guint i = 0; i < objects->len; i++)
    {
      gpointer object = g_ptr_array_index (objects, i);
      gint64 *key = g_new (gint64, 1);

      *key = klass->object_id (object);
      g_hash_table_insert (priv->cache, key, g_object_ref (object));
    }
}

static gboolean
refresh_cb (gpointer data)
{
  SitrepPagedList *self = data;
  SitrepPagedListPrivate *priv = sitrep_paged_list_get_instance_private (self);

  priv->refresh_id = 0;
  sitrep_paged_list_refresh (self);

  return G_SOURCE_REMOVE;
}

static GType
list_get_item_type (GListModel *model)
{
  return SITREP_PAGED_LIST_GET_CLASS (model)->item_type;
}

static guint
list_get_n_items (GListModel *model)
{
  SitrepPagedList *self = SITREP_PAGED_LIST (model);
  SitrepPagedListPrivate *priv = sitrep_paged_list_get_instance_private (self);

  return n_ids (priv);
}

static gpointer
list_get_item (GListModel *model,
               guint       position)
{
  SitrepPagedList *self = SITREP_PAGED_LIST (model);
  SitrepPagedListPrivate *priv = sitrep_paged_list_get_instance_private (self);
  gpointer object;
  gint64 id;

  if (position >= n_ids (priv))
    return NULL;

  id = id_at (priv, position);
  object = g_hash_table_lookup (priv->cache, &id);
  if (object == NULL)
    {
      load_page (self, position);
      object = g_hash_table_lookup (priv->cache, &id);
    }

  /* Deleted by another connection: an empty placeholder until the refresh
   * that is on its way, which then tells the view to ask again. */
  if (object == NULL)
    {
      mark_stale (priv, id);
      return SITREP_PAGED_LIST_GET_CLASS (self)->make_placeholder (self, id);
    }

  return g_object_ref (object);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_get_item_type;
  iface->get_n_items = list_get_n_items;
  iface->get_item = list_get_item;
}

static void
sitrep_paged_list_dispose (GObject *object)
{
  SitrepPagedList *self = SITREP_PAGED_LIST (object);
  SitrepPagedListPrivate *priv = sitrep_paged_list_get_instance_private (self);

  g_clear_handle_id (&priv->refresh_id, g_source_remove);
  if (priv->cache != NULL)
    g_hash_table_remove_all (priv->cache);

  G_OBJECT_CLASS (sitrep_paged_list_parent_class)->dispose (object);
}

static void
sitrep_paged_list_finalize (GObject *object)
{
  SitrepPagedList *self = SITREP_PAGED_LIST (object);
  SitrepPagedListPrivate *priv = sitrep_paged_list_get_instance_private (self);

  g_clear_pointer (&priv->ids, sitrep_id_seq_free);
  g_clear_pointer (&priv->cache, g_hash_table_unref);
  g_clear_pointer (&priv->stale, g_hash_table_unref);

  G_OBJECT_CLASS (sitrep_paged_list_parent_class)->finalize (object);
}

static void
sitrep_paged_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SitrepPagedList *self = SITREP_PAGED_LIST (object);
  SitrepPagedListPrivate *priv = sitrep_paged_list_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, n_ids (priv));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_paged_list_class_init (SitrepPagedListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sitrep_paged_list_dispose;
  object_class->finalize = sitrep_paged_list_finalize;
  object_class->get_property = sitrep_paged_list_get_property;

  klass->item_type = G_TYPE_OBJECT;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sitrep_paged_list_init (SitrepPagedList *self)
{
  SitrepPagedListPrivate *priv = sitrep_paged_list_get_instance_private (self);

  priv->ids = sitrep_id_seq_new (NULL, 0);
  priv->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  priv->stale = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/**
 * sitrep_paged_list_refresh:
 *
 * Asks for the ids again now and replaces the list, telling views only about
 * the range that changed (and any position whose object was dropped) so
 * selections and scroll positions outside it survive.
 */
void
sitrep_paged_list_refresh (SitrepPagedList *self)
{
  SitrepPagedListPrivate *priv;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  g_return_if_fail (SITREP_IS_PAGED_LIST (self));

  priv = sitrep_paged_list_get_instance_private (self);
  g_clear_handle_id (&priv->refresh_id, g_source_remove);

  priv->n_reads++;
  ids = SITREP_PAGED_LIST_GET_CLASS (self)->query_ids (self, &error);
  if (ids == NULL)
    {
      g_warning ("%s: could not read the list: %s", G_OBJECT_TYPE_NAME (self), error->message);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  sitrep_paged_list_set_ids (self, g_steal_pointer (&ids));
}

/**
 * sitrep_paged_list_set_ids:
 * @ids: (transfer full): the query's ids, read elsewhere (in a worker)
 *
 * Replaces the list as sitrep_paged_list_refresh() does with ids it read.
 */
void
sitrep_paged_list_set_ids (SitrepPagedList *self,
                           GArray          *ids)
{
  g_return_if_fail (SITREP_IS_PAGED_LIST (self));
  g_return_if_fail (ids != NULL);

  sitrep_paged_list_set_id_seq (self, sitrep_id_seq_new ((const gint64 *) (gpointer) ids->data, ids->len));
  g_array_unref (ids);
}

/* Whether the old id @old_id is the new @new_id and its object still good. */
static gboolean
same_at (SitrepPagedListPrivate *priv,
         gboolean                any_stale,
         gint64                  old_id,
         gint64                  new_id)
{
  return old_id == new_id &&
         (!any_stale || (!priv->all_stale && !g_hash_table_contains (priv->stale, &old_id)));
}

/* How many ids the two lists share at their start (@back: at their end). */
static guint
common_run (SitrepPagedListPrivate *priv,
            gboolean                any_stale,
            SitrepIdSeq            *ids,
            gboolean                back)
{
  guint old_n = n_ids (priv), new_n = sitrep_id_seq_get_length (ids), common = 0;

  while (common < old_n && common < new_n)
    {
      guint n_old, n_new, n;
      const gint64 *o, *w;

      if (back)
        {
          o = sitrep_id_seq_peek_back (priv->ids, old_n - common, &n_old);
          w = sitrep_id_seq_peek_back (ids, new_n - common, &n_new);
          n = MIN (n_old, n_new);
          for (guint k = 1; k <= n; k++)
            if (!same_at (priv, any_stale, o[n_old - k], w[n_new - k]))
              return common + k - 1;
        }
      else
        {
          o = sitrep_id_seq_peek_run (priv->ids, common, &n_old);
          w = sitrep_id_seq_peek_run (ids, common, &n_new);
          n = MIN (n_old, n_new);
          for (guint k = 0; k < n; k++)
            if (!same_at (priv, any_stale, o[k], w[k]))
              return common + k;
        }
      common += n;
    }
  return common;
}

/**
 * sitrep_paged_list_set_id_seq:
 * @ids: (transfer full): the query's ids, made elsewhere (in a worker)
 *
 * As sitrep_paged_list_set_ids(), with the ids already in the list's own
 * form: making it for 500,000 ids takes tens of milliseconds.
 */
void
sitrep_paged_list_set_id_seq (SitrepPagedList *self,
                              SitrepIdSeq     *ids)
{
  SitrepPagedListPrivate *priv;
  gboolean any_stale;
  guint old_n, new_n, prefix, suffix;

  g_return_if_fail (SITREP_IS_PAGED_LIST (self));
  g_return_if_fail (ids != NULL);

  priv = sitrep_paged_list_get_instance_private (self);
  old_n = n_ids (priv);
  new_n = sitrep_id_seq_get_length (ids);
  any_stale = priv->all_stale || g_hash_table_size (priv->stale) > 0;

  prefix = common_run (priv, any_stale, ids, FALSE);
  suffix = MIN (common_run (priv, any_stale, ids, TRUE), MIN (old_n, new_n) - prefix);

  sitrep_id_seq_free (priv->ids);
  priv->ids = ids;
  priv->all_stale = FALSE;
  if (any_stale)
    g_hash_table_remove_all (priv->stale);

  if (prefix == old_n && prefix == new_n)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                              old_n - prefix - suffix, new_n - prefix - suffix);
  if (old_n != new_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/**
 * sitrep_paged_list_is_current:
 *
 * Whether the list holds the answer to its query as of the store's last
 * change: no refresh is queued and no object is out of date. A subclass
 * whose query is set again unchanged need not ask for the ids again then.
 */
gboolean
sitrep_paged_list_is_current (SitrepPagedList *self)
{
  SitrepPagedListPrivate *priv;

  g_return_val_if_fail (SITREP_IS_PAGED_LIST (self), FALSE);

  priv = sitrep_paged_list_get_instance_private (self);
  return priv->refresh_id == 0 && !priv->all_stale && g_hash_table_size (priv->stale) == 0;
}

/**
 * sitrep_paged_list_queue_refresh:
 *
 * Refreshes the list a little later, once for a burst of calls.
 */
void
sitrep_paged_list_queue_refresh (SitrepPagedList *self)
{
  SitrepPagedListPrivate *priv;

  g_return_if_fail (SITREP_IS_PAGED_LIST (self));

  priv = sitrep_paged_list_get_instance_private (self);
  if (priv->refresh_id == 0)
    priv->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_cb, self);
}

/**
 * sitrep_paged_list_drop_cached:
 * @id: the object that is out of date
 *
 * Forgets the object of @id, so that it is read again when asked for, and
 * makes the next refresh tell views about its position.
 */
void
sitrep_paged_list_drop_cached (SitrepPagedList *self,
                               gint64           id)
{
  SitrepPagedListPrivate *priv;

  g_return_if_fail (SITREP_IS_PAGED_LIST (self));

  priv = sitrep_paged_list_get_instance_private (self);
  g_hash_table_remove (priv->cache, &id);
  mark_stale (priv, id);
}

/**
 * sitrep_paged_list_drop_all:
 *
 * Forgets every object, as sitrep_paged_list_drop_cached() for each: the
 * next refresh tells views that every position changed.
 */
void
sitrep_paged_list_drop_all (SitrepPagedList *self)
{
  SitrepPagedListPrivate *priv;

  g_return_if_fail (SITREP_IS_PAGED_LIST (self));

  priv = sitrep_paged_list_get_instance_private (self);
  g_hash_table_remove_all (priv->cache);
  g_hash_table_remove_all (priv->stale);
  priv->all_stale = TRUE;
}

/**
 * sitrep_paged_list_reset:
 *
 * Forgets every object, empties the list (telling views) and refreshes it
 * now: for a change after which no object of the old list is valid.
 */
void
sitrep_paged_list_reset (SitrepPagedList *self)
{
  SitrepPagedListPrivate *priv;
  guint n;

  g_return_if_fail (SITREP_IS_PAGED_LIST (self));

  priv = sitrep_paged_list_get_instance_private (self);
  n = n_ids (priv);
  g_hash_table_remove_all (priv->cache);
  g_hash_table_remove_all (priv->stale);
  priv->all_stale = FALSE;
  sitrep_id_seq_remove (priv->ids, 0, n);
  if (n > 0)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), 0, n, 0);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
  sitrep_paged_list_refresh (self);
}

/**
 * sitrep_paged_list_lookup_cached:
 *
 * Returns: (transfer none) (nullable): the object of @id if it is loaded
 */
gpointer
sitrep_paged_list_lookup_cached (SitrepPagedList *self,
                                 gint64           id)
{
  SitrepPagedListPrivate *priv;

  g_return_val_if_fail (SITREP_IS_PAGED_LIST (self), NULL);

  priv = sitrep_paged_list_get_instance_private (self);
  return g_hash_table_lookup (priv->cache, &id);
}

/**
 * sitrep_paged_list_find:
 *
 * Finds @id by a table of ids → blocks of positions: no scan of the list.
 *
 * Returns: the position of @id in the list, or G_MAXUINT
 */
guint
sitrep_paged_list_find (SitrepPagedList *self,
                        gint64           id)
{
  SitrepPagedListPrivate *priv;

  g_return_val_if_fail (SITREP_IS_PAGED_LIST (self), G_MAXUINT);

  priv = sitrep_paged_list_get_instance_private (self);
  return sitrep_id_seq_find (priv->ids, id);
}

/**
 * sitrep_paged_list_splice:
 * @position: the first position that changes
 * @n_removed: how many ids go from there
 * @added: (array length=n_added): the ids that take their place
 * @stale: (array length=n_stale): ids whose objects are out of date
 *
 * Changes the list in place and tells views about that range only, for a
 * subclass that works out what a change of a few objects does to its
 * query by itself (no read, no comparison of the whole list): the objects
 * of @stale are made again when asked for.
 */
void
sitrep_paged_list_splice (SitrepPagedList *self,
                          guint            position,
                          guint            n_removed,
                          const gint64    *added,
                          guint            n_added,
                          const gint64    *stale,
                          guint            n_stale)
{
  SitrepPagedListPrivate *priv;

  g_return_if_fail (SITREP_IS_PAGED_LIST (self));
  g_return_if_fail (added != NULL || n_added == 0);
  g_return_if_fail (stale != NULL || n_stale == 0);

  priv = sitrep_paged_list_get_instance_private (self);
  g_return_if_fail (position <= n_ids (priv) && n_removed <= n_ids (priv) - position);

  for (guint i = 0; i < n_stale; i++)
    {
      g_hash_table_remove (priv->cache, &stale[i]);
      g_hash_table_remove (priv->stale, &stale[i]);
    }
  if (n_removed == 0 && n_added == 0)
    return;
  if (n_removed == n_added)
    sitrep_id_seq_replace (priv->ids, position, added, n_added);
  else
    {
      sitrep_id_seq_remove (priv->ids, position, n_removed);
      sitrep_id_seq_insert (priv->ids, position, added, n_added);
    }
  g_list_model_items_changed (G_LIST_MODEL (self), position, n_removed, n_added);
  if (n_removed != n_added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/**
 * sitrep_paged_list_move:
 * @from: the position of an object whose place in the order changed
 * @before: the position it goes before (the length: the end), counted
 *   before the move
 *
 * For one object that moved (or stayed): its object is made again. Views
 * hear of its removal from its old place and its insertion at the new one
 * (or of a change of its row when it stays).
 */
void
sitrep_paged_list_move (SitrepPagedList *self,
                        guint            from,
                        guint            before)
{
  SitrepPagedListPrivate *priv;
  gint64 id;
  guint to;

  g_return_if_fail (SITREP_IS_PAGED_LIST (self));

  priv = sitrep_paged_list_get_instance_private (self);
  g_return_if_fail (from < n_ids (priv) && before <= n_ids (priv));

  id = id_at (priv, from);
  g_hash_table_remove (priv->cache, &id);
  g_hash_table_remove (priv->stale, &id);
  if (before == from || before == from + 1)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), from, 1, 1);
      return;
    }
  /* Out of its old place, then into its new one: two one-row changes, not
   * one over every row between. A GtkSingleSelection whose selected row
   * is inside a change asks for each added row until it finds its item:
   * over the rows between, that made every event between the two places
   * (hundreds of thousands at 500,000) when the selected event was edited. */
  to = before > from ? before - 1 : before;
  sitrep_id_seq_remove (priv->ids, from, 1);
  g_list_model_items_changed (G_LIST_MODEL (self), from, 1, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  sitrep_id_seq_insert (priv->ids, to, &id, 1);
  g_list_model_items_changed (G_LIST_MODEL (self), to, 0, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/**
 * sitrep_paged_list_get_id:
 *
 * Returns: the id at @position (which must be in the list)
 */
gint64
sitrep_paged_list_get_id (SitrepPagedList *self,
                          guint            position)
{
  SitrepPagedListPrivate *priv;

  g_return_val_if_fail (SITREP_IS_PAGED_LIST (self), 0);

  priv = sitrep_paged_list_get_instance_private (self);
  g_return_val_if_fail (position < n_ids (priv), 0);
  return id_at (priv, position);
}

/**
 * sitrep_paged_list_copy_ids:
 * @position: the first
 * @n: how many (G_MAXUINT: to the end)
 *
 * Returns: (transfer full): the ids of the list from @position, in its
 * order: for a subclass that works out its next ids from a change.
 */
GArray *
sitrep_paged_list_copy_ids (SitrepPagedList *self,
                            guint            position,
                            guint            n)
{
  SitrepPagedListPrivate *priv;
  GArray *ids;

  g_return_val_if_fail (SITREP_IS_PAGED_LIST (self), NULL);

  priv = sitrep_paged_list_get_instance_private (self);
  g_return_val_if_fail (position <= n_ids (priv), NULL);
  n = MIN (n, n_ids (priv) - position);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  g_array_set_size (ids, n);
  sitrep_id_seq_copy (priv->ids, position, n, (gint64 *) (gpointer) ids->data);
  return ids;
}

guint
_sitrep_paged_list_get_n_reads (SitrepPagedList *self)
{
  SitrepPagedListPrivate *priv;

  g_return_val_if_fail (SITREP_IS_PAGED_LIST (self), 0);

  priv = sitrep_paged_list_get_instance_private (self);
  return priv->n_reads;
}

guint
_sitrep_paged_list_get_n_made (SitrepPagedList *self)
{
  SitrepPagedListPrivate *priv;

  g_return_val_if_fail (SITREP_IS_PAGED_LIST (self), 0);

  priv = sitrep_paged_list_get_instance_private (self);
  return priv->n_made;
}

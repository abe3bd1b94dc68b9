/* sitrep-article-list.c — a GListModel of articles over a store query, loaded in pages
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-article-list"

#include "config.h"

#include "sitrep-article-list.h"

struct _SitrepArticleList
{
  SitrepPagedList parent_instance;

  /* owned */
  SitrepStore *store;
  char *source_filter;
  char *search;
  char *date_from;
  char *date_to;

  /* state */
  gboolean in_area;
  double west, south, east, north;
  int status_filter;
  SitrepArticleSort sort;
  gint64 feed_filter;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_STATUS_FILTER,
  PROP_SOURCE_FILTER,
  PROP_SEARCH,
  PROP_SORT,
  PROP_FEED_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SitrepArticleList, sitrep_article_list, SITREP_TYPE_PAGED_LIST)

static void
refresh (SitrepArticleList *self)
{
  sitrep_paged_list_refresh (SITREP_PAGED_LIST (self));
}

static void
queue_refresh (SitrepArticleList *self)
{
  sitrep_paged_list_queue_refresh (SITREP_PAGED_LIST (self));
}

static GArray *
query_ids (SitrepPagedList  *list,
           GError          **error)
{
  SitrepArticleList *self = SITREP_ARTICLE_LIST (list);
  SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;

  /* Disposed: nothing left to list. */
  if (self->store == NULL)
    return g_array_new (FALSE, FALSE, sizeof (gint64));

  query.status = self->status_filter;
  query.source = self->source_filter;
  query.search = self->search;
  query.sort = self->sort;
  query.in_area = self->in_area;
  query.west = self->west;
  query.south = self->south;
  query.east = self->east;
  query.north = self->north;
  query.date_from = self->date_from;
  query.date_to = self->date_to;
  query.feed_id = self->feed_filter;

  return sitrep_store_query_article_ids (self->store, &query, error);
}

static gboolean
load_objects (SitrepPagedList  *list,
              const gint64     *ids,
              guint             n_ids,
              GPtrArray        *out,
              GError          **error)
{
  SitrepArticleList *self = SITREP_ARTICLE_LIST (list);
  guint first = out->len;

  if (self->store == NULL)
    return TRUE;
  if (!sitrep_store_get_articles (self->store, ids, n_ids, out, error))
    return FALSE;

  if (self->search != NULL)
    {
      for (guint i = first; i < out->len; i++)
        {
          SitrepArticle *article = g_ptr_array_index (out, i);
          g_autofree char *snippet = sitrep_store_get_snippet (self->store,
                                                               sitrep_article_get_id (article),
                                                               self->search);

          sitrep_article_set_snippet (article, snippet);
        }
    }

  return TRUE;
}

static gint64
object_id (gpointer object)
{
  return sitrep_article_get_id (object);
}

/* An article deleted by another connection, until the refresh on its way. */
static gpointer
make_placeholder (SitrepPagedList *list,
                  gint64           id)
{
  return sitrep_article_new (id);
}

static void
on_store_articles_changed (SitrepArticleList *self,
                           SitrepStore       *store)
{
  queue_refresh (self);
}

static void
on_store_article_updated (SitrepArticleList *self,
                          gint64             id,
                          SitrepStore       *store)
{
  SitrepArticle *cached = sitrep_paged_list_lookup_cached (SITREP_PAGED_LIST (self), id);

  if (cached != NULL)
    {
      g_autoptr(SitrepArticle) fresh = sitrep_store_get_article (self->store, id, NULL);

      if (fresh != NULL)
        sitrep_article_update (cached, fresh);
    }

  /* Filters and orders that depend on what changed need the ids again. */
  if (self->status_filter >= 0 || self->source_filter != NULL || self->search != NULL ||
      self->sort != SITREP_ARTICLE_SORT_IMPORTED)
    queue_refresh (self);
}

/* A check may give the feed an article the project had already: the
 * articles of the feed filtered on are read again. */
static void
on_store_feed_changed (SitrepArticleList *self,
                       SitrepStoreChange *change,
                       SitrepStore       *store)
{
  if (self->feed_filter != 0 && sitrep_store_change_has_id (change, self->feed_filter))
    queue_refresh (self);
}

static void
sitrep_article_list_dispose (GObject *object)
{
  SitrepArticleList *self = (SitrepArticleList *) object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (sitrep_article_list_parent_class)->dispose (object);
}

static void
sitrep_article_list_finalize (GObject *object)
{
  SitrepArticleList *self = (SitrepArticleList *) object;

  g_free (self->source_filter);
  g_free (self->search);
  g_free (self->date_from);
  g_free (self->date_to);

  G_OBJECT_CLASS (sitrep_article_list_parent_class)->finalize (object);
}

static void
sitrep_article_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SitrepArticleList *self = SITREP_ARTICLE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_STATUS_FILTER:
      g_value_set_int (value, self->status_filter);
      break;
    case PROP_SOURCE_FILTER:
      g_value_set_string (value, self->source_filter);
      break;
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;
    case PROP_SORT:
      g_value_set_int (value, self->sort);
      break;
    case PROP_FEED_FILTER:
      g_value_set_int64 (value, self->feed_filter);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_article_list_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SitrepArticleList *self = SITREP_ARTICLE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_STATUS_FILTER:
      sitrep_article_list_set_status_filter (self, g_value_get_int (value));
      break;
    case PROP_SOURCE_FILTER:
      sitrep_article_list_set_source_filter (self, g_value_get_string (value));
      break;
    case PROP_SEARCH:
      sitrep_article_list_set_search (self, g_value_get_string (value));
      break;
    case PROP_SORT:
      sitrep_article_list_set_sort (self, g_value_get_int (value));
      break;
    case PROP_FEED_FILTER:
      sitrep_article_list_set_feed_filter (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_article_list_constructed (GObject *object)
{
  SitrepArticleList *self = (SitrepArticleList *) object;

  G_OBJECT_CLASS (sitrep_article_list_parent_class)->constructed (object);

  g_return_if_fail (SITREP_IS_STORE (self->store));

  g_signal_connect_object (self->store, "articles-changed",
                           G_CALLBACK (on_store_articles_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "article-updated",
                           G_CALLBACK (on_store_article_updated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed::feed",
                           G_CALLBACK (on_store_feed_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
sitrep_article_list_class_init (SitrepArticleListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SitrepPagedListClass *list_class = SITREP_PAGED_LIST_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->constructed = sitrep_article_list_constructed;
  object_class->dispose = sitrep_article_list_dispose;
  object_class->finalize = sitrep_article_list_finalize;
  object_class->get_property = sitrep_article_list_get_property;
  object_class->set_property = sitrep_article_list_set_property;

  list_class->item_type = SITREP_TYPE_ARTICLE;
  list_class->query_ids = query_ids;
  list_class->load_objects = load_objects;
  list_class->object_id = object_id;
  list_class->make_placeholder = make_placeholder;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SITREP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS_FILTER] =
    g_param_spec_int ("status-filter", NULL, NULL, -1, SITREP_ARTICLE_STATUS_DONE, -1, rw);
  properties[PROP_SOURCE_FILTER] = g_param_spec_string ("source-filter", NULL, NULL, NULL, rw);
  properties[PROP_SEARCH] = g_param_spec_string ("search", NULL, NULL, NULL, rw);
  properties[PROP_SORT] =
    g_param_spec_int ("sort", NULL, NULL, SITREP_ARTICLE_SORT_IMPORTED,
                      SITREP_ARTICLE_SORT_RELEVANCE, SITREP_ARTICLE_SORT_IMPORTED, rw);
  properties[PROP_FEED_FILTER] = g_param_spec_int64 ("feed-filter", NULL, NULL, 0, G_MAXINT64, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sitrep_article_list_init (SitrepArticleList *self)
{
  self->status_filter = -1;
  self->sort = SITREP_ARTICLE_SORT_IMPORTED;
}

SitrepArticleList *
sitrep_article_list_new (SitrepStore *store)
{
  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  return g_object_new (SITREP_TYPE_ARTICLE_LIST, "store", store, NULL);
}

void
sitrep_article_list_set_status_filter (SitrepArticleList *self,
                                       int                status)
{
  g_return_if_fail (SITREP_IS_ARTICLE_LIST (self));

  status = CLAMP (status, -1, SITREP_ARTICLE_STATUS_DONE);
  if (self->status_filter == status)
    return;
  self->status_filter = status;
  if (self->store != NULL)
    refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_FILTER]);
}

void
sitrep_article_list_set_source_filter (SitrepArticleList *self,
                                       const char        *source)
{
  g_return_if_fail (SITREP_IS_ARTICLE_LIST (self));

  if (source != NULL && *source == '\0')
    source = NULL;
  if (g_strcmp0 (self->source_filter, source) == 0)
    return;
  g_free (self->source_filter);
  self->source_filter = g_strdup (source);
  if (self->store != NULL)
    refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_FILTER]);
}

const char *
sitrep_article_list_get_source_filter (SitrepArticleList *self)
{
  g_return_val_if_fail (SITREP_IS_ARTICLE_LIST (self), NULL);
  return self->source_filter;
}

void
sitrep_article_list_set_search (SitrepArticleList *self,
                                const char        *search)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (SITREP_IS_ARTICLE_LIST (self));

  if (search != NULL)
    {
      stripped = g_strstrip (g_strdup (search));
      if (*stripped == '\0')
        g_clear_pointer (&stripped, g_free);
    }
  if (g_strcmp0 (self->search, stripped) == 0)
    return;
  g_free (self->search);
  self->search = g_steal_pointer (&stripped);

  /* Snippets belong to the old search: make the objects again. */
  if (self->store != NULL)
    sitrep_paged_list_reset (SITREP_PAGED_LIST (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

void
sitrep_article_list_set_sort (SitrepArticleList *self,
                              SitrepArticleSort  sort)
{
  g_return_if_fail (SITREP_IS_ARTICLE_LIST (self));

  if (self->sort == sort)
    return;
  self->sort = sort;
  if (self->store != NULL)
    refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

SitrepArticleSort
sitrep_article_list_get_sort (SitrepArticleList *self)
{
  g_return_val_if_fail (SITREP_IS_ARTICLE_LIST (self), SITREP_ARTICLE_SORT_IMPORTED);
  return self->sort;
}

/**
 * sitrep_article_list_set_feed_filter:
 * @feed_id: a feed's id, or 0 for articles from anywhere
 *
 * Keeps only the articles feed @feed_id brought.
 */
void
sitrep_article_list_set_feed_filter (SitrepArticleList *self,
                                     gint64             feed_id)
{
  g_return_if_fail (SITREP_IS_ARTICLE_LIST (self));

  feed_id = MAX (feed_id, 0);
  if (self->feed_filter == feed_id)
    return;
  self->feed_filter = feed_id;
  if (self->store != NULL)
    refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FEED_FILTER]);
}

gint64
sitrep_article_list_get_feed_filter (SitrepArticleList *self)
{
  g_return_val_if_fail (SITREP_IS_ARTICLE_LIST (self), 0);
  return self->feed_filter;
}

guint
sitrep_article_list_find (SitrepArticleList *self,
                          gint64             id)
{
  g_return_val_if_fail (SITREP_IS_ARTICLE_LIST (self), G_MAXUINT);

  return sitrep_paged_list_find (SITREP_PAGED_LIST (self), id);
}

/**
 * sitrep_article_list_set_area:
 * @enabled: %FALSE to show articles wherever their places are
 *
 * Keeps only articles that name a placed entity inside the area
 * ("only what is in view" on the map).
 */
void
sitrep_article_list_set_area (SitrepArticleList *self,
                              gboolean           enabled,
                              double             west,
                              double             south,
                              double             east,
                              double             north)
{
  g_return_if_fail (SITREP_IS_ARTICLE_LIST (self));

  if (self->in_area == enabled &&
      (!enabled || (self->west == west && self->south == south &&
                    self->east == east && self->north == north)))
    return;
  self->in_area = enabled;
  self->west = west;
  self->south = south;
  self->east = east;
  self->north = north;
  if (self->store != NULL)
    refresh (self);
}

/**
 * sitrep_article_list_set_date_range:
 * @from: (nullable): first day (ISO), or %NULL with @to for any date
 * @to: (nullable): last day (ISO)
 *
 * Keeps only articles published within the range (a timeline brush).
 */
void
sitrep_article_list_set_date_range (SitrepArticleList *self,
                                    const char        *from,
                                    const char        *to)
{
  g_return_if_fail (SITREP_IS_ARTICLE_LIST (self));

  if (from == NULL || to == NULL)
    from = to = NULL;
  if (g_strcmp0 (self->date_from, from) == 0 && g_strcmp0 (self->date_to, to) == 0)
    return;
  g_free (self->date_from);
  g_free (self->date_to);
  self->date_from = g_strdup (from);
  self->date_to = g_strdup (to);
  if (self->store != NULL)
    refresh (self);
}

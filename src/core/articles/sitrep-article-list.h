/* sitrep-article-list.h — a GListModel of articles over a store query, loaded in pages
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-paged-list.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_ARTICLE_LIST (sitrep_article_list_get_type ())
G_DECLARE_FINAL_TYPE (SitrepArticleList, sitrep_article_list, SITREP, ARTICLE_LIST, SitrepPagedList)

/* Items are SitrepArticle. Only the ids of the matching articles are read at
 * once; objects are made a page at a time as the view asks for them.
 * Properties: "store", "status-filter" (int, -1 any), "source-filter"
 * (string, NULL any), "search" (string), "sort" (SitrepArticleSort as int),
 * "feed-filter" (gint64, 0 any),
 * "n-items" (from SitrepPagedList).
 * The list follows the store's signals by itself. */
SitrepArticleList *sitrep_article_list_new                (SitrepStore       *store);
void               sitrep_article_list_set_status_filter  (SitrepArticleList *self,
                                                           int                status);
void               sitrep_article_list_set_source_filter  (SitrepArticleList *self,
                                                           const char        *source);
const char        *sitrep_article_list_get_source_filter  (SitrepArticleList *self);
void               sitrep_article_list_set_search         (SitrepArticleList *self,
                                                           const char        *search);
void               sitrep_article_list_set_sort           (SitrepArticleList *self,
                                                           SitrepArticleSort  sort);
SitrepArticleSort  sitrep_article_list_get_sort           (SitrepArticleList *self);
void               sitrep_article_list_set_area           (SitrepArticleList *self,
                                                           gboolean           enabled,
                                                           double             west,
                                                           double             south,
                                                           double             east,
                                                           double             north);
void               sitrep_article_list_set_date_range     (SitrepArticleList *self,
                                                           const char        *from,
                                                           const char        *to);
void               sitrep_article_list_set_feed_filter    (SitrepArticleList *self,
                                                           gint64             feed_id);
gint64             sitrep_article_list_get_feed_filter    (SitrepArticleList *self);
/* Position of article @id in the list, or G_MAXUINT. */
guint              sitrep_article_list_find               (SitrepArticleList *self,
                                                           gint64             id);

G_END_DECLS

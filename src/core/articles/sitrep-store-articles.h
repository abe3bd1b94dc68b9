/* sitrep-store-articles.h — the store's articles: add, read, edit, delete, list and search
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-types.h"
#include "sitrep-article.h"
#include "sitrep-article-query.h"
#include "sitrep-import-record.h"

G_BEGIN_DECLS

/* Articles. Every write is one transaction, committed before return. */
gint64        sitrep_store_add_article          (SitrepStore           *self,
                                                 const SitrepImportRecord *record,
                                                 gint64                *duplicate_of,
                                                 GError               **error);
/* Adds @n_records in one transaction. results[i] is the new id, or
 * -(id of the article it duplicates), or 0 on error (errors[i] set, may be NULL). */
gboolean      sitrep_store_add_articles         (SitrepStore           *self,
                                                 SitrepImportRecord   **records,
                                                 guint                  n_records,
                                                 gint64                *results,
                                                 GError               **errors,
                                                 GError               **error);
/* The id of an article whose clean body has the same content, or 0. */
gint64        sitrep_store_find_duplicate       (SitrepStore           *self,
                                                 const char            *body);
SitrepArticle *sitrep_store_get_article         (SitrepStore           *self,
                                                 gint64                 id,
                                                 GError               **error);
/* Fills @articles (SitrepArticle*) for @ids in the given order; missing ids are skipped. */
gboolean      sitrep_store_get_articles         (SitrepStore           *self,
                                                 const gint64          *ids,
                                                 guint                  n_ids,
                                                 GPtrArray             *articles,
                                                 GError               **error);
char         *sitrep_store_get_article_body     (SitrepStore           *self,
                                                 gint64                 id,
                                                 GError               **error);
/* The body of article @id for an export: refused with
 * SITREP_STORE_ERROR_CORRUPT and a message naming the article when bytes of
 * its text or title in the project file are damaged (not UTF-8), since an
 * export must neither write them on nor mend them and shift the offsets of
 * the spans after them. */
char         *sitrep_store_get_article_body_to_export (SitrepStore     *self,
                                                       gint64           id,
                                                       GError         **error);
GBytes       *sitrep_store_get_article_original (SitrepStore           *self,
                                                 gint64                 id,
                                                 char                 **encoding,
                                                 GError               **error);
/* Changes title, source, URL and publication date of an article. A date
 * without a year must be passed as precision UNKNOWN with a note. */
gboolean      sitrep_store_set_article_metadata (SitrepStore           *self,
                                                 gint64                 id,
                                                 const char            *title,
                                                 const char            *source,
                                                 const char            *url,
                                                 const char            *published,
                                                 SitrepDatePrecision    precision,
                                                 const char            *published_note,
                                                 GError               **error);
gboolean      sitrep_store_set_article_status   (SitrepStore           *self,
                                                 gint64                 id,
                                                 SitrepArticleStatus    status,
                                                 GError               **error);
/* Deletes @n_ids articles with their annotations and evidence, all or none
 * (NOT_FOUND names a missing one). Not undoable. */
gboolean      sitrep_store_delete_articles      (SitrepStore           *self,
                                                 const gint64          *ids,
                                                 guint                  n_ids,
                                                 GError               **error);

GArray       *sitrep_store_query_article_ids    (SitrepStore           *self,
                                                 const SitrepArticleQuery *query,
                                                 GError               **error);
/* Ranked full-text search: SitrepArticle objects with their snippet set
 * (matches wrapped in <b></b>, text escaped for Pango markup). */
GPtrArray    *sitrep_store_search               (SitrepStore           *self,
                                                 const char            *search,
                                                 guint                  limit,
                                                 GError               **error);
/* Whether only the first words of @search are searched (a pasted paragraph). */
gboolean      sitrep_search_is_shortened        (const char            *search);
/* Pango-markup snippet of @id for @search, or NULL. */
char         *sitrep_store_get_snippet          (SitrepStore           *self,
                                                 gint64                 id,
                                                 const char            *search);
/* Where @search matches in the body of @id: pairs of (start, end) offsets
 * in Unicode code points, as guint in the array. */
GArray       *sitrep_store_get_match_ranges     (SitrepStore           *self,
                                                 gint64                 id,
                                                 const char            *search,
                                                 GError               **error);
/* Names of the sources used by articles, sorted. */
GStrv         sitrep_store_list_sources         (SitrepStore           *self);
/* Merges two spellings of one outlet: @merge's articles get @keep, @merge
 * goes (sitrep-store-sources.c). One undo step. */
gboolean      sitrep_store_merge_sources        (SitrepStore           *self,
                                                 const char            *keep,
                                                 const char            *merge,
                                                 guint                 *n_moved,
                                                 GError               **error);

G_END_DECLS

/* sitrep-article.h — an article's metadata as shown in lists and the reader header
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-types.h"

G_BEGIN_DECLS

#define SITREP_TYPE_ARTICLE (sitrep_article_get_type ())
G_DECLARE_FINAL_TYPE (SitrepArticle, sitrep_article, SITREP, ARTICLE, GObject)

/* Bodies and originals are not held here: ask the store for them
 * (sitrep_store_get_article_body ()), so a list of 100,000 stays small. */
SitrepArticle       *sitrep_article_new                     (gint64               id);
gint64               sitrep_article_get_id                  (SitrepArticle       *self);
const char          *sitrep_article_get_title               (SitrepArticle       *self);
const char          *sitrep_article_get_source              (SitrepArticle       *self);
const char          *sitrep_article_get_url                 (SitrepArticle       *self);
const char          *sitrep_article_get_author              (SitrepArticle       *self);
const char          *sitrep_article_get_published           (SitrepArticle       *self);
SitrepDatePrecision  sitrep_article_get_published_precision (SitrepArticle       *self);
const char          *sitrep_article_get_published_note      (SitrepArticle       *self);
const char          *sitrep_article_get_language            (SitrepArticle       *self);
SitrepArticleStatus  sitrep_article_get_status              (SitrepArticle       *self);
const char          *sitrep_article_get_imported_at         (SitrepArticle       *self);
const char          *sitrep_article_get_snippet             (SitrepArticle       *self);
void                 sitrep_article_set_snippet             (SitrepArticle       *self,
                                                             const char          *snippet);
char                *sitrep_article_dup_date_label          (SitrepArticle       *self);

/* Used by the store to fill an article read from the database. */
void                 sitrep_article_update                  (SitrepArticle       *self,
                                                             SitrepArticle       *from);

G_END_DECLS

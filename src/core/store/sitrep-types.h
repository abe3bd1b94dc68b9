/* sitrep-types.h — forward declarations and shared enums of the core
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _SitrepStore        SitrepStore;
typedef struct _SitrepArticle      SitrepArticle;
typedef struct _SitrepArticleList  SitrepArticleList;
typedef struct _SitrepImportRecord SitrepImportRecord;
typedef struct _SitrepImportResult SitrepImportResult;

typedef enum
{
  SITREP_ARTICLE_STATUS_NEW = 0,
  SITREP_ARTICLE_STATUS_IN_PROGRESS = 1,
  SITREP_ARTICLE_STATUS_DONE = 2,
} SitrepArticleStatus;

/* How much of a date is known. A date whose year is unknown is stored with
 * precision UNKNOWN (and the words found kept in a note), never guessed. */
typedef enum
{
  SITREP_DATE_PRECISION_UNKNOWN = 0,
  SITREP_DATE_PRECISION_YEAR = 1,
  SITREP_DATE_PRECISION_MONTH = 2,
  SITREP_DATE_PRECISION_DAY = 3,
} SitrepDatePrecision;

typedef enum
{
  SITREP_ARTICLE_SORT_IMPORTED = 0,   /* newest import first */
  SITREP_ARTICLE_SORT_PUBLISHED = 1,  /* newest publication first, unknown last */
  SITREP_ARTICLE_SORT_TITLE = 2,
  SITREP_ARTICLE_SORT_SOURCE = 3,
  SITREP_ARTICLE_SORT_RELEVANCE = 4,  /* only with a search */
} SitrepArticleSort;

const char          *sitrep_article_status_to_string    (SitrepArticleStatus status);
gboolean             sitrep_article_status_from_string  (const char          *str,
                                                         SitrepArticleStatus *status);
const char          *sitrep_article_status_to_label     (SitrepArticleStatus status);
const char          *sitrep_date_precision_to_string    (SitrepDatePrecision precision);

G_END_DECLS

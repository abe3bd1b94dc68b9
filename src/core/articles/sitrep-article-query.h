/* sitrep-article-query.h — which articles to list, and in what order
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "sitrep-types.h"

G_BEGIN_DECLS

/* Listing and search. @status < 0 and @source == NULL mean "any";
 * @search is what the user typed (made safe for FTS5 here). */
typedef struct
{
  int                status;
  const char        *source;
  const char        *search;
  SitrepArticleSort  sort;
  /* Only articles naming a placed entity inside [west, east] × [south, north]. */
  gboolean           in_area;
  double             west, south, east, north;
  /* Only articles published within [date_from, date_to] (ISO days); a date
   * known to the month or year counts when its month or year overlaps. */
  const char        *date_from;
  const char        *date_to;
  /* Only articles this feed brought (0: any). */
  gint64             feed_id;
} SitrepArticleQuery;

#define SITREP_ARTICLE_QUERY_INIT { -1, NULL, NULL, SITREP_ARTICLE_SORT_IMPORTED, FALSE, 0, 0, 0, 0, NULL, NULL, 0 }

G_END_DECLS

/* sitrep-date-attributes.c — the attributes a new Date span gets from its article
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-spans"

#include "config.h"

#include "sitrep-article.h"
#include "sitrep-dateparse.h"
#include "sitrep-date-attributes.h"

char *
sitrep_date_attributes_for_span (SitrepStore *store,
                                 gint64       article_id,
                                 const char  *span_text)
{
  g_autoptr(SitrepArticle) article = NULL;
  g_auto(SitrepResolvedDate) resolved = { 0 };
  SitrepDatePrecision precision = SITREP_DATE_PRECISION_UNKNOWN;
  const char *published = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);
  g_return_val_if_fail (span_text != NULL, NULL);

  /* An article that cannot be read leaves the span to be placed without a
   * publication date rather than not at all. */
  article = sitrep_store_get_article (store, article_id, NULL);
  if (article != NULL)
    {
      precision = sitrep_article_get_published_precision (article);
      published = sitrep_article_get_published (article);
      /* With no year the note still tells the month and day of publication. */
      if (published == NULL || precision == SITREP_DATE_PRECISION_UNKNOWN)
        {
          published = sitrep_article_get_published_note (article);
          precision = SITREP_DATE_PRECISION_UNKNOWN;
        }
    }

  if (!sitrep_date_resolve (span_text, published, precision, &resolved))
    return NULL;
  return sitrep_resolved_date_to_attributes_json (&resolved);
}

/* sitrep-articles-private.h — what the articles part offers its own files and the tests only
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-store.h"
#include "sitrep-fetch.h"
#include "sitrep-import-record.h"

G_BEGIN_DECLS

/* Whether @address is a Wayback Machine address (…/web/TIMESTAMP/URL). */
gboolean           sitrep_fetch_is_archive_address (const char  *address);

/* How many articles the project holds. */
guint         sitrep_store_count_articles       (SitrepStore           *self);

/* As sitrep_fetch_import_from, for a feed's item: when the page says less of its
 * publication date than @published (the item's date, RFC 822 or ISO 8601), the
 * item's date is the article's. */
gint64        _sitrep_fetch_import_item         (SitrepFetcher         *fetcher,
                                                 SitrepStore           *store,
                                                 const char            *address,
                                                 const char            *source,
                                                 const char            *published,
                                                 GCancellable          *cancellable,
                                                 GError               **error);

/* Gives @record the date @date when that says more than the record's own. */
void          _sitrep_import_record_prefer_date (SitrepImportRecord    *record,
                                                 const char            *date);

G_END_DECLS

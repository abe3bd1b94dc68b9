/* sitrep-articles-private.h — what the articles part offers its own files and the tests only
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-store.h"

G_BEGIN_DECLS

/* Whether @address is a Wayback Machine address (…/web/TIMESTAMP/URL). */
gboolean           sitrep_fetch_is_archive_address (const char  *address);

/* How many articles the project holds. */
guint         sitrep_store_count_articles       (SitrepStore           *self);

G_END_DECLS

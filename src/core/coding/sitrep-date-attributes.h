/* sitrep-date-attributes.h — the attributes a new Date span gets from its article
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-store.h"

G_BEGIN_DECLS

/* The attributes JSON of a Date span reading @span_text in article
 * @article_id, resolved against the article's publication date (see
 * sitrep_date_resolve ()): {"date", "date_end", "precision", "year_unknown",
 * "text"}. NULL when @span_text is not a date that can be read. */
char *sitrep_date_attributes_for_span (SitrepStore *store,
                                       gint64       article_id,
                                       const char  *span_text);

G_END_DECLS

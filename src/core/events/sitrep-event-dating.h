/* sitrep-event-dating.h — an event's date read from the Date span of its evidence, and given once its article is dated
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-store.h"

G_BEGIN_DECLS

/* Reads a Date span's attributes ("date", "date_end", "precision") into
 * YYYY-MM-DD dates and a UCDP date_prec (1 a day … 5 longer). FALSE, with
 * nothing set, when they date no event: no date, or a day without its
 * year ("year_unknown"). */
gboolean sitrep_event_dating_read  (const char  *attributes,
                                    char       **date_start,
                                    char       **date_end,
                                    int         *date_precision);

/* The events article @article_id is evidence of that have no date, given
 * the date of the first Date span of their evidence in it that now reads
 * as a full date (as New Event dates an event it drafts): after the
 * article was given its publication date, a day once without its year
 * ("on October 13") has it. Each is an undoable edit (put them in the
 * caller's undo group). *@n_dated is how many were dated. */
gboolean sitrep_event_dating_apply (SitrepStore *store,
                                    gint64       article_id,
                                    guint       *n_dated,
                                    GError     **error);

G_END_DECLS

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

/* What the reports of event @event_id, still undated, say of its day when
 * they give it without its year: *@day "--MM-DD" or "--MM" and *@day_end
 * (NULL, or its last day), from the Date span its incident named, else
 * the first Date span inside its evidence; and *@year, a year to offer
 * for it, 0 when there is none to offer: the publication year of one of
 * its reports, else the year of a full date one of its reports gives on
 * the same day, else the year that puts the day within a month of another
 * event one of its reports tells, already dated. FALSE, with nothing set, when the event has a date or
 * none of its reports gives a day without a year. */
gboolean sitrep_event_dating_reported_day (SitrepStore  *store,
                                           gint64        event_id,
                                           char        **day,
                                           char        **day_end,
                                           int          *year);

/* Dates event @event_id, undated, on the day its reports give
 * (sitrep_event_dating_reported_day ()) in @year: "--10-13" and 2022 make
 * 2022-10-13, a day; "--10" makes October 2022, a month. One undo step.
 * FALSE with SITREP_STORE_ERROR_INVALID when the event has a date already,
 * its reports give no day, or @year is not a year from 1 to 9999. */
gboolean sitrep_event_dating_set_year     (SitrepStore  *store,
                                           gint64        event_id,
                                           int           year,
                                           GError      **error);

G_END_DECLS

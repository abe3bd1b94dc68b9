/* sitrep-event-day.h — the day an undated event's reports give without a year, as the Events view shows it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-store.h"

G_BEGIN_DECLS

/* A day without its year ("--10-13", or "--10" for a month) as the user
 * reads it: "13 October" (@brief: "13 Oct"), "October" ("Oct"); NULL when
 * @day is not one. */
char *sitrep_event_day_format           (const char  *day,
                                         gboolean     brief);

/* Event @event_id's day as its reports give it without a year, for the
 * Events table ("13 Oct, no year", @brief) or its card ("13 October, year
 * not known", "13 October – 14 October, year not known"); *@year (may be
 * NULL) the year offered for it, 0 for none. NULL when the event has a
 * date or its reports give no day. */
char *sitrep_event_day_dup_without_year (SitrepStore *store,
                                         gint64       event_id,
                                         gboolean     brief,
                                         int         *year);

/* The Date cell of event @e in the Events table: "2015-01-05",
 * "2015-01-05–06", "13 Oct, no year" (its reports give its day without a
 * year, *@tooltip then says what to do) or "—". */
char *sitrep_event_day_dup_cell         (SitrepStore  *store,
                                         SitrepEvent  *e,
                                         const char  **tooltip);

G_END_DECLS

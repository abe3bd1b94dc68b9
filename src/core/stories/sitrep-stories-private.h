/* sitrep-stories-private.h — what the stories part offers its own files and the tests only
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-timeline.h"

G_BEGIN_DECLS

/* The dated events matching @query (NULL: all), by first day then id;
 * undated events are left out and counted in @n_undated. */
GArray   *sitrep_timeline_load             (SitrepStore               *store,
                                            const SitrepEventQuery    *query,
                                            guint                     *n_undated,
                                            GError                   **error);
/* "2022-01-03", "2021-W52" (ISO week-numbering year) or "2022-01". */
char     *sitrep_timeline_bucket_label     (guint32                    start,
                                            SitrepTimelineUnit         unit);

G_END_DECLS

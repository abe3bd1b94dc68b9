/* sitrep-ucdp.h — importing events from a UCDP GED CSV file
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

/* The external source of the events a UCDP import adds. */
#define SITREP_UCDP_EXTERNAL_SOURCE "UCDP GED"

typedef struct
{
  guint      n_rows;        /* data rows read */
  guint      n_imported;    /* events added */
  GPtrArray *problems;      /* "line N: reason" for each row skipped (char*) */
} SitrepUcdpReport;

void     sitrep_ucdp_report_clear  (SitrepUcdpReport           *report);

/* Imports a UCDP GED CSV (the GED columns side_a, side_b, date_start, …,
 * deaths_a, deaths_b, deaths_civilians, deaths_unknown, low, best, high,
 * or the AEC names side_a_name, start_date, deaths_side_a, deaths_low …).
 * Each row becomes an event: sides as actor entities, place names kept
 * (where name, adm 1, adm 2, country) for the gazetteer to place later,
 * each side's deaths a killed claim with "UCDP" as claimant, and low/high
 * kept when they differ from best. All rows go in one transaction, not
 * journaled: an import is not undone, and a failure or a cancel leaves the
 * project as it was. Rows that cannot be read are skipped and reported. */
gboolean sitrep_ucdp_import_data   (SitrepStore                *store,
                                    const char                 *text,
                                    gsize                       length,
                                    SitrepUcdpReport           *report,
                                    SitrepEventImportProgress   progress,
                                    gpointer                    user_data,
                                    GCancellable               *cancellable,
                                    GError                    **error);
gboolean sitrep_ucdp_import_file   (SitrepStore                *store,
                                    GFile                      *file,
                                    SitrepUcdpReport           *report,
                                    SitrepEventImportProgress   progress,
                                    gpointer                    user_data,
                                    GCancellable               *cancellable,
                                    GError                    **error);

/* The same on a worker thread and a connection of its own, so reads from
 * the window go on meanwhile; @progress comes on the caller's main context.
 * The report is handed over by _finish. */
void     sitrep_ucdp_import_file_async  (SitrepStore                *store,
                                         GFile                      *file,
                                         SitrepEventImportProgress   progress,
                                         gpointer                    progress_data,
                                         GDestroyNotify              progress_destroy,
                                         GCancellable               *cancellable,
                                         GAsyncReadyCallback         callback,
                                         gpointer                    user_data);
gboolean sitrep_ucdp_import_file_finish (SitrepStore                *store,
                                         GAsyncResult               *result,
                                         SitrepUcdpReport           *report,
                                         GError                    **error);

G_END_DECLS

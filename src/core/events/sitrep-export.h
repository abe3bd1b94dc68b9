/* sitrep-export.h — events to ACLED CSV, UCDP GED CSV, GeoJSON and JSONL
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

typedef enum
{
  SITREP_EXPORT_ACLED_CSV,
  SITREP_EXPORT_UCDP_CSV,
  SITREP_EXPORT_GEOJSON,
  SITREP_EXPORT_EVENTS_JSONL,
} SitrepExportFormat;

gboolean    sitrep_export_format_from_string (const char         *str,
                                              SitrepExportFormat *format);

/* Writes every event of the project, by date, to @out (columns in
 * docs-events.md). CSVs are RFC 4180 (quoted where needed, CRLF line ends,
 * UTF-8) and leave out the events without a date (ACLED's event_date and
 * UCDP's date_start are required). GeoJSON has one Point feature per event
 * with coordinates (an undated one has "event_date": null). The number of
 * events left out (CSV: undated; GeoJSON: without coordinates) is stored in
 * @n_left_out (may be NULL) so the caller can warn. */
gboolean    sitrep_export_events             (SitrepStore        *store,
                                              SitrepExportFormat  format,
                                              GOutputStream      *out,
                                              guint              *n_left_out,
                                              GCancellable       *cancellable,
                                              GError            **error);

/* The same to a file on a worker thread (sitrep-export-file.c): @format is one of the
 * above or "spans-jsonl"; the file is replaced only when the export is complete, and a
 * cancel or a failure leaves it as it was. */
void        sitrep_export_to_file_async      (SitrepStore         *store,
                                              const char          *format,
                                              GFile               *file,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
/* The same; @include_suggestions adds, to a "spans-jsonl" export, the pending
 * suggestions marked "status": "suggested" (the CLI's --include-suggestions). */
void        sitrep_export_to_file_full_async (SitrepStore         *store,
                                              const char          *format,
                                              gboolean             include_suggestions,
                                              GFile               *file,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean    sitrep_export_to_file_finish     (SitrepStore         *store,
                                              GAsyncResult        *result,
                                              guint               *n_events,
                                              guint               *n_left_out,
                                              GError             **error);

gboolean    sitrep_export_acled_csv          (SitrepStore        *store,
                                              GOutputStream      *out,
                                              guint              *n_undated,
                                              GCancellable       *cancellable,
                                              GError            **error);
gboolean    sitrep_export_ucdp_csv           (SitrepStore        *store,
                                              GOutputStream      *out,
                                              guint              *n_undated,
                                              GCancellable       *cancellable,
                                              GError            **error);
gboolean    sitrep_export_geojson            (SitrepStore        *store,
                                              GOutputStream      *out,
                                              guint              *n_unplaced,
                                              GCancellable       *cancellable,
                                              GError            **error);
gboolean    sitrep_export_events_jsonl       (SitrepStore        *store,
                                              GOutputStream      *out,
                                              GCancellable       *cancellable,
                                              GError            **error);

/* One CSV field as RFC 4180 wants it, appended to @line. */
void        sitrep_export_append_csv_field   (GString            *line,
                                              const char         *field);

G_END_DECLS

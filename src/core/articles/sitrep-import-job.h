/* sitrep-import-job.h — importing many files into a project off the main thread
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-store.h"
#include "sitrep-import.h"

G_BEGIN_DECLS

typedef enum
{
  SITREP_IMPORT_OUTCOME_IMPORTED,
  SITREP_IMPORT_OUTCOME_DUPLICATE,
  SITREP_IMPORT_OUTCOME_FAILED,
} SitrepImportOutcome;

/* One line of an import report: a whole file, or one row of a CSV/JSONL file. */
struct _SitrepImportResult
{
  char                *path;       /* the file as the user named it */
  guint                line;       /* row of a multi-record file, 0 for the whole file */
  SitrepImportOutcome  outcome;
  gint64               id;         /* new id, or the id it duplicates */
  char                *title;
  char                *message;    /* the reason, in the user's words, when FAILED; a warning or NULL when IMPORTED */
};

void sitrep_import_result_free (SitrepImportResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepImportResult, sitrep_import_result_free)

/* Called on the caller's main context. */
typedef void (*SitrepImportProgressFunc) (guint     files_done,
                                          guint     files_total,
                                          gpointer  user_data);

/* Imports every file synchronously (used by the CLI and tests).
 * Returns SitrepImportResult* in file order; each file is committed as a whole
 * or not at all. */
GPtrArray *sitrep_import_files             (SitrepStore              *store,
                                            GFile                   **files,
                                            guint                     n_files,
                                            SitrepImportFormat        format,
                                            const char               *encoding,
                                            GCancellable             *cancellable);

/* The same in a worker thread with progress. On cancel the files already
 * committed stay; the one being read is not partly stored. */
void       sitrep_import_files_async       (SitrepStore              *store,
                                            GFile                   **files,
                                            guint                     n_files,
                                            SitrepImportFormat        format,
                                            const char               *encoding,
                                            SitrepImportProgressFunc  progress,
                                            gpointer                  progress_data,
                                            GDestroyNotify            progress_destroy,
                                            GCancellable             *cancellable,
                                            GAsyncReadyCallback       callback,
                                            gpointer                  user_data);
GPtrArray *sitrep_import_files_finish      (SitrepStore              *store,
                                            GAsyncResult             *result,
                                            GError                  **error);

/* Imports pasted text as one article. Returns the new id, or 0 with
 * SITREP_STORE_ERROR_DUPLICATE (and *duplicate_of set). */
gint64     sitrep_import_text              (SitrepStore              *store,
                                            const char               *text,
                                            gint64                   *duplicate_of,
                                            GError                  **error);

G_END_DECLS

/* sitrep-merge.h — bringing a coder's copy of a project back into it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint      articles_added;
  guint      articles_present;
  guint      entities_added;
  guint      entities_present;
  guint      annotations_added;
  guint      annotations_present;
  guint      events_added;
  guint      events_present;
  guint      claims_added;
  guint      claims_present;
  /* Sentences saying what differs, both versions side by side; both are
   * kept in the project (neither overwrites the other). */
  GPtrArray *conflicts;
} SitrepMergeReport;

void     sitrep_merge_report_clear  (SitrepMergeReport  *report);

/* Brings the work in the project at @other_path (a coder's copy, opened
 * read-only) into @store: articles matched by their text, entities by
 * their names as normalised for matching (a new spelling becomes an alias),
 * annotations with their annotators, entity links and figures, events
 * matched by start date, place and type, with their claims and evidence.
 * Nothing is added twice. Where the two disagree (a span's label, an
 * event's field) both versions are kept and the difference is reported.
 * The whole merge is one undoable step; when it fails or is cancelled the
 * project is left as it was. */
gboolean sitrep_store_merge_project (SitrepStore        *store,
                                     const char         *other_path,
                                     SitrepMergeReport  *report,
                                     GCancellable       *cancellable,
                                     GError            **error);
/* The same on a worker thread; the report is handed over by _finish. */
void     sitrep_store_merge_project_async  (SitrepStore          *store,
                                            const char           *other_path,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean sitrep_store_merge_project_finish (SitrepStore          *store,
                                            GAsyncResult         *result,
                                            SitrepMergeReport    *report,
                                            GError              **error);

G_END_DECLS

G_BEGIN_DECLS

/* Writes a copy of the project to @path (which must not exist) for
 * @annotator to code apart; with @blind, the copy holds no other
 * annotator's annotations (claims and evidence keep their figures and
 * places but lose the link to those spans). The copy's undo history
 * starts empty. */
gboolean sitrep_store_save_coder_copy (SitrepStore  *store,
                                       const char   *path,
                                       const char   *annotator,
                                       gboolean      blind,
                                       GError      **error);
/* The same on a worker thread. */
void     sitrep_store_save_coder_copy_async  (SitrepStore          *store,
                                              const char           *path,
                                              const char           *annotator,
                                              gboolean              blind,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean sitrep_store_save_coder_copy_finish (SitrepStore          *store,
                                              GAsyncResult         *result,
                                              GError              **error);

G_END_DECLS

/* sitrep-store.h — the project file: opening, checks, settings, undo and signals
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-types.h"
#include "sitrep-store-change.h"
/* The store's API by domain; including sitrep-store.h brings them all. */
#include "sitrep-store-articles.h"
#include "sitrep-store-coding.h"
#include "sitrep-store-entities.h"
#include "sitrep-store-events.h"
#include "sitrep-store-claims.h"
#include "sitrep-store-stories.h"

G_BEGIN_DECLS

#define SITREP_STORE_ERROR (sitrep_store_error_quark ())

typedef enum
{
  SITREP_STORE_ERROR_NOT_A_PROJECT,
  SITREP_STORE_ERROR_SCHEMA_TOO_NEW,
  SITREP_STORE_ERROR_CORRUPT,
  SITREP_STORE_ERROR_LOCKED,
  SITREP_STORE_ERROR_READ_ONLY,
  SITREP_STORE_ERROR_NOT_FOUND,
  SITREP_STORE_ERROR_EXISTS,
  SITREP_STORE_ERROR_DUPLICATE,
  SITREP_STORE_ERROR_INVALID,
  SITREP_STORE_ERROR_IO,
  SITREP_STORE_ERROR_BUSY,       /* a bulk write (an import) holds the project: try again after it */
} SitrepStoreError;

typedef enum
{
  SITREP_STORE_OPEN_DEFAULT   = 0,
  SITREP_STORE_OPEN_READ_ONLY = 1 << 0, /* never write; take no lock */
} SitrepStoreOpenFlags;

/* Bump with every migration step added in sitrep-store-schema.c. */
#define SITREP_STORE_SCHEMA_VERSION 11
/* PRAGMA application_id of every Sitrep project: "SITR". */
#define SITREP_STORE_APPLICATION_ID 0x53495452

#define SITREP_TYPE_STORE (sitrep_store_get_type ())
G_DECLARE_FINAL_TYPE (SitrepStore, sitrep_store, SITREP, STORE, GObject)

GQuark        sitrep_store_error_quark          (void);

/* Creates a new project at @path; fails with EXISTS when a file is there. */
SitrepStore  *sitrep_store_create               (const char            *path,
                                                 GError               **error);
/* Opens a project, migrating an older schema. Fails with NOT_A_PROJECT,
 * SCHEMA_TOO_NEW, CORRUPT or LOCKED and then leaves the file untouched.
 * A file the user may not write is opened read-only (see is_read_only). */
SitrepStore  *sitrep_store_open                 (const char            *path,
                                                 SitrepStoreOpenFlags   flags,
                                                 GError               **error);
/* Copies a damaged project to @dest_path, keeping every row that can still be
 * read; the damaged file is not changed. */
gboolean      sitrep_store_salvage              (const char            *path,
                                                 const char            *dest_path,
                                                 GError               **error);
/* The same on a worker thread (sitrep-store-tasks.c); finish returns what the copy
 * could not keep ("" when everything was kept). */
void          sitrep_store_salvage_async        (const char            *path,
                                                 const char            *dest_path,
                                                 GCancellable          *cancellable,
                                                 GAsyncReadyCallback    callback,
                                                 gpointer               user_data);
char         *sitrep_store_salvage_finish       (GAsyncResult          *result,
                                                 GError               **error);
const char   *sitrep_store_get_path             (SitrepStore           *self);
gboolean      sitrep_store_is_read_only         (SitrepStore           *self);
/* Runs SQLite's integrity check and the project's own checks. */
gboolean      sitrep_store_check                (SitrepStore           *self,
                                                 char                 **report,
                                                 GError               **error);
void          sitrep_store_close                (SitrepStore           *self);

/* Project settings kept in the file (key/value). */
char         *sitrep_store_get_meta             (SitrepStore           *self,
                                                 const char            *key);
gboolean      sitrep_store_set_meta             (SitrepStore           *self,
                                                 const char            *key,
                                                 const char            *value,
                                                 GError               **error);

/* Undo and redo of this session's edits (sitrep-store-journal.c). */
gboolean      sitrep_store_undo                 (SitrepStore           *self,
                                                 GError               **error);
gboolean      sitrep_store_redo                 (SitrepStore           *self,
                                                 GError               **error);
char         *sitrep_store_dup_undo_description (SitrepStore           *self);
char         *sitrep_store_dup_redo_description (SitrepStore           *self);
/* Edits between these two are undone and redone as one step. */
void          sitrep_store_begin_group          (SitrepStore           *self,
                                                 const char            *description);
void          sitrep_store_join_last_group      (SitrepStore           *self,
                                                 const char            *description);
gboolean      sitrep_store_end_group            (SitrepStore           *self);

/* Signals, always emitted on the main context the store was opened in,
 * whatever thread made the change, after the change is committed:
 *   "changed" (SitrepStoreChange *change), detailed by kind: what one write,
 *     undo or redo added, changed or removed, with the ids. Views connect
 *     to the kinds they show ("changed::annotation") and update those rows;
 *     see sitrep-store-change.h. The signals below are older and coarser;
 *     they are still emitted while views move to "changed".
 *   "articles-changed" (void): articles were added or deleted
 *   "article-updated"  (gint64 id): one article's metadata or status changed
 *   "annotations-changed" (gint64 article id, 0 for many), "labels-changed",
 *   "entities-changed", "history-changed" (what undo/redo would do changed) */

G_END_DECLS

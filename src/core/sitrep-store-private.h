/* sitrep-store-private.h — internals shared by the store's files and its tests
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

/* Brings a database at version @from up to @to (each step in its own
 * transaction). Used by open and by the migration tests, which build
 * projects of every older version with it. */
gboolean _sitrep_store_schema_migrate (sqlite3     *db,
                                       int          from,
                                       int          to,
                                       GError     **error);

/* Sets application_id and runs every step up to @version on an empty database. */
gboolean _sitrep_store_schema_create  (sqlite3     *db,
                                       int          version,
                                       GError     **error);

/* SQL functions of the events' date extent (sitrep-store-events.c). */
gboolean _sitrep_store_events_register_functions (sqlite3  *db,
                                                  GError  **error);
gboolean _sitrep_store_exec           (sqlite3     *db,
                                       const char  *sql,
                                       GError     **error);

void     _sitrep_store_set_sqlite_error (GError    **error,
                                         sqlite3    *db,
                                         int         rc,
                                         const char *what);

void     _sitrep_article_fill         (SitrepArticle       *self,
                                       const char          *title,
                                       const char          *source,
                                       const char          *url,
                                       const char          *author,
                                       const char          *published,
                                       SitrepDatePrecision  precision,
                                       const char          *published_note,
                                       const char          *language,
                                       SitrepArticleStatus  status,
                                       const char          *imported_at);

/* Used by the store's files; each public call takes the lock first. */
sqlite3      *_sitrep_store_lock           (SitrepStore   *self,
                                            GError       **error);
void          _sitrep_store_unlock         (SitrepStore   *self);
sqlite3_stmt *_sitrep_store_statement      (SitrepStore   *self,
                                            const char    *sql,
                                            GError       **error);
void          _sitrep_store_bind_text      (sqlite3_stmt  *stmt,
                                            int            index,
                                            const char    *text);
gboolean      _sitrep_store_check_writable (SitrepStore   *self,
                                            GError       **error);
gboolean      _sitrep_store_begin          (SitrepStore   *self,
                                            GError       **error);
gboolean      _sitrep_store_commit         (SitrepStore   *self,
                                            GError       **error);
void          _sitrep_store_rollback       (SitrepStore   *self);
char         *_sitrep_store_now            (void);
const char   *_sitrep_store_get_session    (SitrepStore   *self);

/* The edit journal (sitrep-store-journal.c). An edit touches each row before
 * changing it (or after inserting it, with touch_new), then finishes inside
 * its transaction. */
typedef struct _SitrepJournalEdit SitrepJournalEdit;

SitrepJournalEdit *_sitrep_journal_begin     (SitrepStore        *store,
                                              const char         *kind,
                                              const char         *description);
gboolean           _sitrep_journal_touch     (SitrepJournalEdit  *edit,
                                              sqlite3            *db,
                                              const char         *table,
                                              gint64              id,
                                              GError            **error);
void               _sitrep_journal_touch_new (SitrepJournalEdit  *edit,
                                              const char         *table,
                                              gint64              id);
gboolean           _sitrep_journal_finish    (SitrepJournalEdit  *edit,
                                              sqlite3            *db,
                                              const char         *session,
                                              GError            **error);
void               _sitrep_journal_free      (SitrepJournalEdit  *edit);
char              *_sitrep_journal_set_description (SitrepJournalEdit *edit,
                                                    const char        *description);
gboolean           _sitrep_journal_apply     (sqlite3            *db,
                                              const char         *steps_json,
                                              GHashTable         *tables,
                                              GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepJournalEdit, _sitrep_journal_free)

/* One user edit (sitrep-store-edit.c): lock, transaction, journal entry. */
typedef struct
{
  SitrepStore *store;
  sqlite3 *db;
  SitrepJournalEdit *journal;
} SitrepEdit;

gboolean      _sitrep_edit_begin           (SitrepEdit    *edit,
                                            SitrepStore   *store,
                                            const char    *kind,
                                            const char    *description,
                                            GError       **error);
gboolean      _sitrep_edit_end             (SitrepEdit    *edit,
                                            gboolean       ok,
                                            const char    *signal,
                                            gint64         id,
                                            GError       **error);
gboolean      _sitrep_edit_touch           (SitrepEdit    *edit,
                                            const char    *table,
                                            gint64         id,
                                            GError       **error);
gboolean      _sitrep_store_step_done      (sqlite3       *db,
                                            sqlite3_stmt  *stmt,
                                            const char    *what,
                                            GError       **error);

/* Gives a project without labels the default set (sitrep-store-coding.c). */
gboolean      _sitrep_store_ensure_default_labels (SitrepStore  *self,
                                                   GError      **error);

/* Emits a store signal by name on the store's main context. */
void          _sitrep_store_emit           (SitrepStore   *self,
                                            const char    *name,
                                            gint64         id);

G_END_DECLS

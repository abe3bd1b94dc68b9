/* sitrep-store-private.h — internals shared by the store's files and its tests
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>
#include <json-glib/json-glib.h>

#include "sitrep-store.h"
#include "sitrep-store-change.h"
#include "sitrep-store-bulk-private.h"

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

/* SQL functions of the events' date extent (sitrep-store-event-query.c). */
gboolean _sitrep_store_events_register_functions (sqlite3  *db,
                                                  GError  **error);
gboolean _sitrep_store_exec           (sqlite3     *db,
                                       const char  *sql,
                                       GError     **error);

/* Sets @error from SQLite's @rc: @what is a whole sentence saying what
 * failed ("The label could not be saved."), followed by what the user can do. */
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

/* The store (sitrep-store.c). Its files share the instance: the connection,
 * the lock and the session. */
struct _SitrepStore
{
  GObject parent_instance;

  /* owned */
  sqlite3 *db;
  GHashTable *statements;   /* SQL text → sqlite3_stmt* */
  GMainContext *context;    /* where signals are emitted */
  GThread *thread;          /* the thread that opened the store and runs that context */
  char *path;
  char *session;            /* this opening's id in the edit journal */

  /* state */
  GRecMutex lock;           /* one caller at a time, from any thread */
  int lock_fd;              /* flock()ed while open for writing */
  int shm_guard_fd;         /* the -shm file, for _sitrep_store_guard_locks () */
  int schema_version;
  guint read_only : 1;
  char *private_dir;        /* a read-only opening's private copy (sitrep-store-open.c) */
  char *private_path;
  guint unit_depth;         /* > 0 inside _sitrep_store_unit_begin (): edits nest as savepoints */
  GPtrArray *held;          /* signals of an open unit, emitted once it commits (dropped if not) */
  SitrepStore *owner;       /* a worker's store: its signals are the owner's (sitrep-store.c) */
  gint bulk_writes;         /* the owner's: its workers inside a transaction (atomic) */
  guint in_bulk_write : 1;  /* a worker's: counted in its owner's bulk_writes */
};

/* Every public entry point takes the lock and checks the store is open
 * (sitrep-store.c, sitrep-store-articles.c, sitrep-store-search.c). */
#define LOCK_OR_RETURN(val)                                                   \
  G_STMT_START {                                                              \
    g_rec_mutex_lock (&self->lock);                                           \
    if (self->db == NULL)                                                     \
      {                                                                       \
        g_rec_mutex_unlock (&self->lock);                                     \
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_IO,        \
                     _("The project is closed."));                            \
        return val;                                                           \
      }                                                                       \
  } G_STMT_END
#define UNLOCK() g_rec_mutex_unlock (&self->lock)

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
/* The project's locks (sitrep-store-locks.c): flock () against a second
 * Sitrep, guards of SQLite's locks while open, released before it closes. */
gboolean      _sitrep_store_open_lock      (SitrepStore   *self,
                                            GError       **error);
void          _sitrep_store_guard_locks    (SitrepStore   *self);
void          _sitrep_store_release_guard  (SitrepStore   *self);
void          _sitrep_store_close_locks    (SitrepStore   *self);
gboolean      _sitrep_store_begin          (SitrepStore   *self,
                                            GError       **error);
gboolean      _sitrep_store_commit         (SitrepStore   *self,
                                            GError       **error);
void          _sitrep_store_rollback       (SitrepStore   *self);
/* A worker's bulk write is over (sitrep-store-transaction.c): its owner's edits are no
 * longer refused as SITREP_STORE_ERROR_BUSY. */
void          _sitrep_store_end_bulk_write (SitrepStore   *self);
/* One unit the user sees (a line of an annotation file): the edits between
 * these two are kept together or not at all. Holds the store's lock. */
gboolean      _sitrep_store_unit_begin     (SitrepStore   *self,
                                            GError       **error);
gboolean      _sitrep_store_unit_end       (SitrepStore   *self,
                                            gboolean       keep,
                                            GError       **error);
/* Emits the signals held during a unit that committed, or drops them. */
void          _sitrep_store_release_held   (SitrepStore   *self,
                                            gboolean       emit);
/* Records who coded the events row @event_id, inside an edit of it
 * (sitrep-store-datasets.c); @annotator_id 0: no one. */
gboolean      _sitrep_store_write_event_coder (SitrepStore *self,
                                               sqlite3     *db,
                                               gint64       event_id,
                                               gint64       annotator_id,
                                               GError     **error);
char         *_sitrep_store_now            (void);
const char   *_sitrep_store_get_session    (SitrepStore   *self);

/* What one write changed (sitrep-store-change.c), emitted as the store's
 * `changed` signal once committed. Journaled edits collect it from the rows
 * they touch; other writes (imports, deletions) add to it by hand. */
typedef struct _SitrepChangeSet SitrepChangeSet;

SitrepChangeSet *_sitrep_change_set_new      (void);
void             _sitrep_change_set_free     (SitrepChangeSet       *self);
gboolean         _sitrep_change_set_is_empty (SitrepChangeSet       *self);
void             _sitrep_change_set_add      (SitrepChangeSet       *self,
                                              SitrepStoreChangeKind  kind,
                                              SitrepStoreChangeOp    op,
                                              gint64                 id,
                                              gint64                 owner);
void             _sitrep_change_set_add_row  (SitrepChangeSet       *self,
                                              const char            *table,
                                              gint64                 id,
                                              JsonObject            *before,
                                              JsonObject            *after);
GPtrArray       *_sitrep_change_set_to_changes (SitrepChangeSet     *self);
/* Adds what @records (SitrepStoreChange) record, as if their write were
 * part of this one, in order. */
void             _sitrep_change_set_add_changes (SitrepChangeSet       *self,
                                                 GPtrArray             *records);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepChangeSet, _sitrep_change_set_free)

/* Emits the `changed` signal once per record of @changes (may be NULL), on
 * the store's main context. */
void             _sitrep_store_emit_changes  (SitrepStore           *self,
                                              SitrepChangeSet       *changes);

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
/* Statements and table columns prepared once for the many rows of one
 * undo or redo (sitrep-store-journal.c). Free it before the connection
 * closes. */
typedef struct _SitrepJournalCache SitrepJournalCache;
SitrepJournalCache *_sitrep_journal_cache_new  (void);
void               _sitrep_journal_cache_free (SitrepJournalCache *cache);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepJournalCache, _sitrep_journal_cache_free)
/* A statement for @sql from @cache (NULL: prepared for this use only);
 * given back with _sitrep_journal_release (). */
int                _sitrep_journal_prepare    (sqlite3            *db,
                                               SitrepJournalCache *cache,
                                               const char         *sql,
                                               sqlite3_stmt      **stmt);
void               _sitrep_journal_release    (SitrepJournalCache *cache,
                                               sqlite3_stmt       *stmt);
/* Whether @table has @column, its columns read once per @cache. */
gboolean           _sitrep_journal_has_column (sqlite3            *db,
                                               SitrepJournalCache *cache,
                                               const char         *table,
                                               const char         *column);

gboolean           _sitrep_journal_apply     (sqlite3            *db,
                                              SitrepJournalCache *cache,
                                              const char         *steps_json,
                                              GHashTable         *tables,
                                              SitrepChangeSet    *changes,
                                              GError            **error);
SitrepChangeSet   *_sitrep_journal_steal_changes (SitrepJournalEdit *edit);

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

/* Events (sitrep-store-events.c), for the claims and the queries. invalid
 * and not_found set the store's error and return FALSE; empty is TRUE for
 * NULL and "". */
gboolean      _sitrep_store_invalid        (GError       **error,
                                            const char    *format,
                                            ...) G_GNUC_PRINTF (2, 3);
gboolean      _sitrep_store_not_found      (GError       **error,
                                            const char    *message);
gboolean      _sitrep_store_empty          (const char    *s);
gboolean      _sitrep_store_parse_date     (const char    *str,
                                            GDate         *date);
GArray       *_sitrep_store_select_ids     (SitrepStore   *self,
                                            const char    *sql,
                                            gint64         param,
                                            GError       **error);
gboolean      _sitrep_store_touch_all      (SitrepEdit    *edit,
                                            const char    *table,
                                            GArray        *ids,
                                            GError       **error);
gboolean      _sitrep_store_event_exists   (SitrepStore   *self,
                                            gint64         id);
char         *_sitrep_store_entity_kind    (SitrepStore   *self,
                                            gint64         id);
gboolean      _sitrep_store_place_coordinates (SitrepStore  *self,
                                               gint64        place_id,
                                               double       *latitude,
                                               double       *longitude);
void          _sitrep_store_bind_optional_int (sqlite3_stmt *stmt,
                                               int           index,
                                               gint64        value);
void          _sitrep_store_bind_nonempty  (sqlite3_stmt  *stmt,
                                            int            index,
                                            const char    *text);

/* Claims and the figures derived from them (sitrep-store-claims.c), for the
 * events' edits, merges and imports. */
void          _sitrep_store_bind_figure    (sqlite3_stmt  *stmt,
                                            int            index,
                                            gint64         value);
gboolean      _sitrep_store_refresh_derived (SitrepStore  *self,
                                             sqlite3      *db,
                                             gint64        event_id,
                                             GError      **error);
gboolean      _sitrep_store_validate_claim (SitrepStore             *self,
                                            const SitrepClaimDraft  *draft,
                                            GError                 **error);
gboolean      _sitrep_store_touch_event_modified (SitrepStore  *self,
                                                  sqlite3      *db,
                                                  gint64        event_id,
                                                  GError      **error);
gint64        _sitrep_store_insert_claim   (SitrepStore             *self,
                                            sqlite3                 *db,
                                            SitrepEdit              *edit,
                                            gint64                   event_id,
                                            const SitrepClaimDraft  *draft,
                                            GError                 **error);

/* The text of column @i of the row `stmt` is on (the events' files). */
#define COL_TEXT(i) ((const char *) sqlite3_column_text (stmt, (i)))

/* Articles (sitrep-store-articles.c), for the search: reads one row of the
 * article columns into a new SitrepArticle. */
#define ARTICLE_COLUMNS \
  "a.id, a.title, s.name, a.url, a.author, a.published, a.published_precision," \
  " a.published_note, a.language, a.status, a.imported_at"
SitrepArticle *_sitrep_store_article_from_row (sqlite3_stmt *stmt);
/* Steps an UPDATE or DELETE of article @id (sitrep-store-articles.c): an error when it
 * fails or finds no such article. */
gboolean       _sitrep_store_run_article_update (SitrepStore   *self,
                                                 sqlite3_stmt  *stmt,
                                                 gint64         id,
                                                 GError       **error);

/* The identity of an article's text (sitrep-store-content-hash.c), which
 * finds duplicates. */
char         *_sitrep_store_content_hash   (const char    *body);
/* FALSE with @error set when @path is there but is no regular file. */
gboolean      _sitrep_store_check_regular  (const char    *path,
                                            GError       **error);
gboolean      _sitrep_store_check_header   (const char    *path,
                                            gboolean       recovered,
                                            int           *user_version,
                                            GError       **error);
gboolean      _sitrep_store_open_private_copy (SitrepStore *self,
                                            const char   **path,
                                            GError       **error);
void          _sitrep_store_drop_private_copy (SitrepStore *self);
char         *_sitrep_store_copy_recovered (const char   *path,
                                            char        **dir,
                                            GError      **error);
void          _sitrep_store_remove_private_dir (const char *dir);
/* A new project file at @path, put in place whole (sitrep-store-create.c). */
gboolean      _sitrep_store_create_file    (const char   *path,
                                            GError      **error);
/* Names the complete project @tmp @path (which must not exist) and drops @tmp. */
gboolean      _sitrep_store_link_new       (const char   *tmp,
                                            const char   *path,
                                            GError      **error);
/* A rollback journal beside @path (left by a creation cut short) is
 * looked at in a private copy: an error when it says the project was never
 * finished (sitrep-store-open.c). */
gboolean      _sitrep_store_check_journal  (const char   *path,
                                            GError      **error);
gboolean      _sitrep_store_check_texts    (SitrepStore   *self,
                                            GString       *out);
/* The check's "Map index" line (sitrep-store-check-map.c). */
gboolean      _sitrep_store_check_map_index (SitrepStore  *self,
                                             GString      *out);

/* Whether @value is one of the @n strings of @list (sitrep-store-labels.c),
 * for the kinds of labels and entities. */
gboolean      _sitrep_store_in_list        (const char         *value,
                                            const char * const *list,
                                            gsize               n);

/* Gives a project without labels the default set (sitrep-store-labels.c). */
gboolean      _sitrep_store_ensure_default_labels (SitrepStore  *self,
                                                   GError      **error);

/* Emits a store signal by name on the store's main context. */
void          _sitrep_store_emit           (SitrepStore   *self,
                                            const char    *name,
                                            gint64         id);

/* What only the tests call. */

int           sitrep_store_get_schema_version   (SitrepStore           *self);

G_END_DECLS

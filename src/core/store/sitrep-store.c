/* sitrep-store.c — the project file: opening, locking, transactions, checks, salvage
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sitrep-store-private.h"
#include "sitrep-store.h"

/* Above this size, opening skips the full quick_check (it reads every page)
 * so large projects open at once; `sitrep-cli check` runs the full check. */
#define QUICK_CHECK_MAX_BYTES (64 * 1024 * 1024)

enum {
  ARTICLES_CHANGED,
  ARTICLE_UPDATED,
  ANNOTATIONS_CHANGED,
  LABELS_CHANGED,
  ENTITIES_CHANGED,
  HISTORY_CHANGED,
  EVENTS_CHANGED,
  STORIES_CHANGED,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SitrepStore, sitrep_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (sitrep-store-error-quark, sitrep_store_error)

typedef struct
{
  SitrepStore *store;
  guint signal_id;
  gint64 id;
  GPtrArray *changes;   /* SitrepStoreChange, for the changed signal */
} Emission;

static gboolean
emit_in_context (gpointer data)
{
  Emission *e = data;

  if (e->changes != NULL)
    {
      for (guint i = 0; i < e->changes->len; i++)
        {
          SitrepStoreChange *change = g_ptr_array_index (e->changes, i);
          const char *detail =
            sitrep_store_change_kind_to_string (sitrep_store_change_get_kind (change));

          g_signal_emit (e->store, signals[CHANGED], g_quark_from_static_string (detail), change);
        }
    }
  else if (e->signal_id == signals[ARTICLE_UPDATED] || e->signal_id == signals[ANNOTATIONS_CHANGED] ||
      e->signal_id == signals[EVENTS_CHANGED] || e->signal_id == signals[STORIES_CHANGED])
    g_signal_emit (e->store, e->signal_id, 0, e->id);
  else
    g_signal_emit (e->store, e->signal_id, 0);

  return G_SOURCE_REMOVE;
}

static void
emission_free (gpointer data)
{
  Emission *e = data;

  g_object_unref (e->store);
  g_clear_pointer (&e->changes, g_ptr_array_unref);
  g_free (e);
}

/* Signals reach the views on the store's main context whatever thread wrote:
 * directly when the caller is on that context's thread, else through it. */
static void dispatch (Emission *e);

static void
emit_full (SitrepStore *self,
           guint        signal_id,
           gint64       id,
           GPtrArray   *changes)
{
  Emission *e = g_new0 (Emission, 1);
  SitrepStore *writer = self;

  /* A worker's changes are the owner's: the views listen there. */
  while (self->owner != NULL)
    self = self->owner;
  e->store = g_object_ref (self);
  e->signal_id = signal_id;
  e->id = id;
  e->changes = changes;

  /* Inside a unit nothing is committed yet, and a unit rolled back must
   * not have told the views about rows that never were. */
  if (writer->unit_depth > 0)
    {
      if (writer->held == NULL)
        writer->held = g_ptr_array_new_with_free_func (emission_free);
      g_ptr_array_add (writer->held, e);
      return;
    }
  dispatch (e);
}

static void
dispatch (Emission *e)
{
  SitrepStore *self = e->store;
  g_autoptr(GSource) source = NULL;

  if (g_thread_self () == self->thread)
    {
      emit_in_context (e);
      emission_free (e);
      return;
    }

  /* Queued on the owner's context, never g_main_context_invoke(): that runs
   * the handlers right here, on the worker, whenever the owner's thread is
   * not inside its loop at that moment (views then repaint off the main
   * thread, and the owner's connection is used from two threads). */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, emit_in_context, e, emission_free);
  g_source_set_static_name (source, "[sitrep] store signal");
  g_source_attach (source, self->context);
}

static void
emit (SitrepStore *self,
      guint        signal_id,
      gint64       id)
{
  emit_full (self, signal_id, id, NULL);
}

void
_sitrep_store_release_held (SitrepStore *self,
                            gboolean     emit_them)
{
  g_autoptr(GPtrArray) held = g_steal_pointer (&self->held);
  g_autoptr(SitrepChangeSet) changes = _sitrep_change_set_new ();
  g_autoptr(GHashTable) once = g_hash_table_new (NULL, NULL);   /* signal id → the Emission sent */

  if (held == NULL || !emit_them)
    return;
  /* A unit is one write to the views, however many edits it made (placing
   * 500 events is 500): one `changed` per kind and operation, each coarse
   * signal once, with id 0 ("any") when the edits gave it different ids. */
  for (guint i = 0; i < held->len; i++)
    {
      Emission *e = g_ptr_array_index (held, i);
      Emission *kept;

      if (e->changes != NULL)
        _sitrep_change_set_add_changes (changes, e->changes);
      else if ((kept = g_hash_table_lookup (once, GUINT_TO_POINTER (e->signal_id))) == NULL)
        g_hash_table_insert (once, GUINT_TO_POINTER (e->signal_id), e);
      else if (kept->id != e->id)
        kept->id = 0;
    }
  if (!_sitrep_change_set_is_empty (changes))
    {
      Emission *e = g_new0 (Emission, 1);

      e->store = g_object_ref (((Emission *) held->pdata[0])->store);
      e->signal_id = signals[CHANGED];
      e->changes = _sitrep_change_set_to_changes (changes);
      dispatch (e);
    }
  g_ptr_array_set_free_func (held, NULL);
  for (guint i = 0; i < held->len; i++)
    {
      Emission *e = g_ptr_array_index (held, i);

      if (g_hash_table_lookup (once, GUINT_TO_POINTER (e->signal_id)) == e)
        dispatch (e);
      else
        emission_free (e);
    }
}

sqlite3_stmt *
_sitrep_store_statement (SitrepStore  *self,
               const char   *sql,
               GError      **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The project could not be read."));
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

void
_sitrep_store_bind_text (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text != NULL && *text != '\0')
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

gboolean
_sitrep_store_check_writable (SitrepStore  *self,
                GError      **error)
{
  if (self->read_only)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_READ_ONLY,
                   _("The project is open read-only: nothing can be changed in it."));
      return FALSE;
    }
  return TRUE;
}

char *
_sitrep_store_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static gboolean
configure_connection (SitrepStore  *self,
                      GError      **error)
{
  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_extended_result_codes (self->db, TRUE);

  if (!_sitrep_store_exec (self->db, "PRAGMA foreign_keys = ON;", error))
    return FALSE;
  if (!_sitrep_store_events_register_functions (self->db, error))
    return FALSE;

  if (!self->read_only)
    {
      /* WAL: readers never wait for the writer. synchronous=NORMAL keeps every
       * committed transaction when the process is killed. */
      if (!_sitrep_store_exec (self->db, "PRAGMA journal_mode = WAL;", error) ||
          !_sitrep_store_exec (self->db, "PRAGMA synchronous = NORMAL;", error))
        return FALSE;
    }

  return _sitrep_store_exec (self->db, "PRAGMA cache_size = -16000; PRAGMA temp_store = MEMORY;",
                             error);
}

static int
query_int (sqlite3    *db,
           const char *sql,
           int        *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  int value = 0;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  if (rc_out != NULL)
    *rc_out = rc;

  return value;
}

static void
sitrep_store_dispose (GObject *object)
{
  sitrep_store_close (SITREP_STORE (object));

  G_OBJECT_CLASS (sitrep_store_parent_class)->dispose (object);
}

static void
sitrep_store_finalize (GObject *object)
{
  SitrepStore *self = (SitrepStore *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_pointer (&self->held, g_ptr_array_unref);
  _sitrep_store_drop_private_copy (self);
  _sitrep_store_end_bulk_write (self);
  g_clear_object (&self->owner);
  g_free (self->path);
  g_free (self->session);
  g_rec_mutex_clear (&self->lock);

  G_OBJECT_CLASS (sitrep_store_parent_class)->finalize (object);
}

static void
sitrep_store_class_init (SitrepStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sitrep_store_dispose;
  object_class->finalize = sitrep_store_finalize;

  /**
   * SitrepStore::articles-changed:
   *
   * Articles were added or removed.
   */
  signals[ARTICLES_CHANGED] =
    g_signal_new ("articles-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * SitrepStore::article-updated:
   * @id: the article
   *
   * An article's metadata or status changed.
   */
  signals[ARTICLE_UPDATED] =
    g_signal_new ("article-updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * SitrepStore::annotations-changed:
   * @article_id: the article whose annotations changed, or 0 for many
   */
  signals[ANNOTATIONS_CHANGED] =
    g_signal_new ("annotations-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[LABELS_CHANGED] =
    g_signal_new ("labels-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[ENTITIES_CHANGED] =
    g_signal_new ("entities-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * SitrepStore::history-changed:
   *
   * What undo and redo would do has changed.
   */
  signals[HISTORY_CHANGED] =
    g_signal_new ("history-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * SitrepStore::events-changed:
   * @event_id: the event that changed, or 0 for many
   *
   * Events, their claims or their evidence were added, changed or removed.
   */
  signals[EVENTS_CHANGED] =
    g_signal_new ("events-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * SitrepStore::stories-changed:
   * @story_id: the story that changed, or 0 for many
   *
   * Stories or their steps were added, changed or removed.
   */
  signals[STORIES_CHANGED] =
    g_signal_new ("stories-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * SitrepStore::changed:
   * @change: what changed: one kind, one operation, the ids
   *
   * Records were added, changed or removed; emitted once per kind and
   * operation of each committed write, undo and redo, after the commit and
   * on the thread that opened the store. The detail is the kind
   * ("changed::event"); see #SitrepStoreChange. The older signals above
   * (articles-changed and the others) are still emitted as well.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  SITREP_TYPE_STORE_CHANGE | G_SIGNAL_TYPE_STATIC_SCOPE);
}

/* Opening needs a little room for the -wal and -shm files beside the
 * project: on a full disk that is what to say, not "could not be saved". */
static void
set_open_error (GError  **error,
                sqlite3  *db,
                int       rc)
{
  if (db != NULL && (rc & 0xff) != SQLITE_CORRUPT && (rc & 0xff) != SQLITE_NOTADB &&
      (sqlite3_system_errno (db) == ENOSPC || sqlite3_system_errno (db) == EDQUOT))
    g_set_error_literal (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_IO,
                         _("The disk is full: Sitrep needs a little room beside the project to "
                           "open it. Free some space and try again."));
  else
    _sitrep_store_set_sqlite_error (error, db, rc, _("The project could not be opened."));
}

static void
sitrep_store_init (SitrepStore *self)
{
  g_rec_mutex_init (&self->lock);
  self->lock_fd = -1;
  self->shm_guard_fd = -1;
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
  self->context = g_main_context_ref_thread_default ();
  self->thread = g_thread_self ();
  self->session = g_uuid_string_random ();
}

/**
 * sitrep_store_create:
 * @path: where to create the project
 *
 * Never replaces an existing file. The file appears at @path only once it
 * is a whole project: a creation cut short leaves nothing there.
 *
 * Returns: (transfer full): a new, empty project open for writing.
 */
SitrepStore *
sitrep_store_create (const char  *path,
                     GError     **error)
{
  g_autoptr(SitrepStore) self = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  /* Built whole under another name first: a creation cut short never
   * leaves a file under this one. */
  if (!_sitrep_store_create_file (path, error))
    return NULL;

  self = g_object_new (SITREP_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  if (!_sitrep_store_open_lock (self, error))
    goto failed;
  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The project could not be created."));
      goto failed;
    }
  if (!configure_connection (self, error))
    goto failed;
  _sitrep_store_guard_locks (self);

  self->schema_version = SITREP_STORE_SCHEMA_VERSION;
  if (!_sitrep_store_ensure_default_labels (self, error))
    goto failed;
  return g_steal_pointer (&self);

failed:
  sitrep_store_close (self);
  g_unlink (path);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *side = g_strconcat (path, i == 0 ? "-wal" : "-shm", NULL);
      g_unlink (side);
    }
  return NULL;
}

/* Reads the schema and walks the article table before changing anything:
 * a damaged file is reported, not "repaired" by a migration. */
static gboolean
check_readable (SitrepStore  *self,
                goffset       size,
                const char   *name,
                GError      **error)
{
  int rc;

  query_int (self->db, "SELECT count(*) FROM sqlite_master", &rc);
  if (rc == SQLITE_OK)
    query_int (self->db, "SELECT count(*) FROM articles", &rc);
  if (rc == SQLITE_OK && size <= QUICK_CHECK_MAX_BYTES)
    {
      sqlite3_stmt *stmt = NULL;
      rc = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check (1)", -1, &stmt, NULL);
      if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *result = (const char *) sqlite3_column_text (stmt, 0);
          rc = g_strcmp0 (result, "ok") == 0 ? SQLITE_OK : SQLITE_CORRUPT;
        }
      else if (rc == SQLITE_OK)
        rc = sqlite3_errcode (self->db);
      sqlite3_finalize (stmt);
    }
  if (rc != SQLITE_OK)
    {
      if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_ERROR)
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_CORRUPT,
                     _("“%s” is damaged and cannot be opened as it is. Sitrep can open a "
                       "salvaged copy with everything that can still be read; the damaged "
                       "file is left untouched."), name);
      else
        set_open_error (error, self->db, rc);
      return FALSE;
    }

  return TRUE;
}

/* A folder, a FIFO or a device is no project; said before anything opens
 * it (SQLite would wait on a FIFO forever). */
gboolean
_sitrep_store_check_regular (const char  *path,
                             GError     **error)
{
  g_autofree char *name = g_path_get_basename (path);
  GStatBuf st;

  if (g_stat (path, &st) != 0 || S_ISREG (st.st_mode))
    return TRUE;
  if (S_ISDIR (st.st_mode))
    g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_A_PROJECT,
                 _("“%s” is a folder, not a Sitrep project."), name);
  else
    g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_A_PROJECT,
                 _("“%s” is not a regular file, so it is not a Sitrep project."), name);
  return FALSE;
}

/**
 * sitrep_store_open:
 * @path: a project file
 * @flags: %SITREP_STORE_OPEN_READ_ONLY to never write
 *
 * Opens a project. When it cannot be opened the file is left as it was.
 *
 * Returns: (transfer full): the store, or %NULL with @error set.
 */
SitrepStore *
sitrep_store_open (const char            *path,
                   SitrepStoreOpenFlags   flags,
                   GError               **error)
{
  g_autoptr(SitrepStore) self = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  GStatBuf st;
  int version = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  name = g_path_get_basename (path);

  if (!_sitrep_store_check_regular (path, error))
    return NULL;
  g_stat (path, &st);

  self = g_object_new (SITREP_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  dir = g_path_get_dirname (path);
  self->read_only = (flags & SITREP_STORE_OPEN_READ_ONLY) != 0 ||
                    g_access (path, W_OK) != 0 || g_access (dir, W_OK) != 0;
  /* Read-only, commits still in the WAL or a creation cut short: read a
   * private copy brought up to its last commit. */
  if (self->read_only && !_sitrep_store_open_private_copy (self, &path, error))
    return NULL;
  if (!self->read_only && !_sitrep_store_check_journal (path, error))
    return NULL;

  if (!_sitrep_store_check_header (path, self->private_dir != NULL, &version, error))
    return NULL;

  if (self->read_only && version < SITREP_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_READ_ONLY,
                   _("“%s” was made by an older Sitrep and must be updated before it can be "
                     "opened, but it is read-only. Copy it somewhere you can write to."), name);
      return NULL;
    }

  if (!self->read_only && !_sitrep_store_open_lock (self, error))
    return NULL;

  if (self->read_only)
    {
      g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
      /* A file nobody may write cannot change under us: immutable avoids the
       * WAL side files, which could not be created next to it anyway. */
      gboolean immutable = self->private_dir != NULL || g_access (path, W_OK) != 0 ||
                           g_access (dir, W_OK) != 0;
      uri = g_strdup_printf ("file:%s?mode=ro%s", escaped, immutable ? "&immutable=1" : "");
      rc = sqlite3_open_v2 (uri, &self->db,
                            SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX, NULL);
    }
  else
    rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX, NULL);

  if (rc != SQLITE_OK)
    {
      set_open_error (error, self->db, rc);
      return NULL;
    }

  if (!check_readable (self, st.st_size, name, error))
    return NULL;

  /* The header may lag behind a WAL that was not checkpointed: ask SQLite. */
  version = query_int (self->db, "PRAGMA user_version", &rc);
  if (rc == SQLITE_OK && version > SITREP_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_SCHEMA_TOO_NEW,
                   _("“%s” was made by a newer Sitrep (project format %d); this version "
                     "reads up to format %d. Update Sitrep to open it."),
                   name, version, SITREP_STORE_SCHEMA_VERSION);
      return NULL;
    }

  if (!configure_connection (self, error))
    return NULL;
  _sitrep_store_guard_locks (self);

  if (version < SITREP_STORE_SCHEMA_VERSION &&
      !_sitrep_store_schema_migrate (self->db, version, SITREP_STORE_SCHEMA_VERSION, error))
    return NULL;

  self->schema_version = SITREP_STORE_SCHEMA_VERSION;
  if (!self->read_only && !_sitrep_store_ensure_default_labels (self, error))
    return NULL;
  /* Undo reaches back to this opening only: what earlier openings could
   * undo went with them, and would otherwise pile up in the file. */
  if (!self->read_only && !_sitrep_store_exec (self->db, "DELETE FROM journal;", error))
    return NULL;
  return g_steal_pointer (&self);
}

SitrepStore *
_sitrep_store_open_worker (SitrepStore  *owner,
                           GError      **error)
{
  g_autoptr(SitrepStore) self = NULL;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (owner), NULL);

  while (owner->owner != NULL)
    owner = owner->owner;
  if (!_sitrep_store_check_writable (owner, error))
    return NULL;
  if (_sitrep_store_lock (owner, error) == NULL)
    return NULL;
  _sitrep_store_unlock (owner);

  self = g_object_new (SITREP_TYPE_STORE, NULL);
  self->owner = g_object_ref (owner);
  self->path = g_strdup (owner->path);
  g_free (self->session);
  self->session = g_strdup (owner->session);
  self->schema_version = owner->schema_version;

  /* No flock (): the owner holds it for this process. */
  rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The project could not be opened."));
      return NULL;
    }
  if (!configure_connection (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

SitrepStore *
_sitrep_store_bulk_writer (SitrepStore  *self,
                           GError      **error)
{
  sqlite3 *db;
  gboolean in_transaction;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return NULL;
  in_transaction = self->owner != NULL || self->unit_depth > 0 || !sqlite3_get_autocommit (db);
  _sitrep_store_unlock (self);

  if (in_transaction)
    return g_object_ref (self);
  return _sitrep_store_open_worker (self, error);
}

/**
 * sitrep_store_close:
 *
 * Closes the database and releases the lock. Later calls fail gracefully.
 */
void
sitrep_store_close (SitrepStore *self)
{
  g_return_if_fail (SITREP_IS_STORE (self));

  g_rec_mutex_lock (&self->lock);
  if (self->statements != NULL)
    g_hash_table_remove_all (self->statements);
  _sitrep_store_release_guard (self);
  if (self->db != NULL)
    {
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  _sitrep_store_close_locks (self);
  g_rec_mutex_unlock (&self->lock);
}

const char *
sitrep_store_get_path (SitrepStore *self)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);
  return self->path;
}

gboolean
sitrep_store_is_read_only (SitrepStore *self)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), TRUE);
  return self->read_only;
}

int
sitrep_store_get_schema_version (SitrepStore *self)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), 0);
  return self->schema_version;
}

gboolean
sitrep_store_check (SitrepStore  *self,
                    char        **report,
                    GError      **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;
  int rc;
  int app_id;
  int version;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  LOCK_OR_RETURN (FALSE);

  app_id = query_int (self->db, "PRAGMA application_id", NULL);
  version = query_int (self->db, "PRAGMA user_version", NULL);
  if (app_id == (int) SITREP_STORE_APPLICATION_ID)
    g_string_append_printf (out, "%s\n", _("Project format: Sitrep"));
  else
    g_string_append_printf (out, "%s\n", _("Project format: unknown (not made by Sitrep)"));
  g_string_append_printf (out, _("Schema version: %d (this Sitrep writes %d)"), version,
                          SITREP_STORE_SCHEMA_VERSION);
  g_string_append_c (out, '\n');
  if (app_id != (int) SITREP_STORE_APPLICATION_ID || version != SITREP_STORE_SCHEMA_VERSION)
    ok = FALSE;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check (20)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *line = (const char *) sqlite3_column_text (stmt, 0);
          if (g_strcmp0 (line, "ok") != 0)
            ok = FALSE;
          /* Translators: %s is SQLite's own report, in English */
          g_string_append_printf (out, _("Integrity: %s"), line);
          g_string_append_c (out, '\n');
        }
    }
  if (rc != SQLITE_DONE)
    {
      ok = FALSE;
      g_string_append_printf (out, _("Integrity: %s"), sqlite3_errmsg (self->db));
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    {
      ok = FALSE;
      g_string_append_printf (out, "%s\n", _("References: some records point to records that are missing"));
    }
  else
    g_string_append_printf (out, "%s\n", _("References: ok"));
  sqlite3_finalize (stmt);

  /* The index must agree with the texts it was built from. */
  rc = sqlite3_exec (self->db,
                     "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)",
                     NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    g_string_append_printf (out, "%s\n", _("Search index: ok"));
  else if ((rc & 0xff) == SQLITE_READONLY)
    g_string_append_printf (out, "%s\n", _("Search index: not checked (the project is read-only)"));
  else
    {
      ok = FALSE;
      /* Translators: %s is SQLite's own report, in English */
      g_string_append_printf (out, _("Search index: %s"), sqlite3_errmsg (self->db));
      g_string_append_c (out, '\n');
    }

  ok = _sitrep_store_check_texts (self, out) && ok;
  ok = _sitrep_store_check_map_index (self, out) && ok;
  g_string_append_printf (out, _("Articles: %d"), query_int (self->db, "SELECT count(*) FROM articles", NULL));
  g_string_append_c (out, '\n');
  UNLOCK ();

  if (report != NULL)
    *report = g_string_free (g_steal_pointer (&out), FALSE);

  return ok;
}

char *
sitrep_store_get_meta (SitrepStore *self,
                       const char  *key)
{
  sqlite3_stmt *stmt;
  char *value = NULL;
  GError **error = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  LOCK_OR_RETURN (NULL);
  stmt = _sitrep_store_statement (self, "SELECT value FROM meta WHERE key = ?1", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  UNLOCK ();

  return value;
}

gboolean
sitrep_store_set_meta (SitrepStore  *self,
                       const char   *key,
                       const char   *value,
                       GError      **error)
{
  sqlite3_stmt *stmt;
  int rc = SQLITE_ERROR;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (!_sitrep_store_check_writable (self, error))
    return FALSE;

  LOCK_OR_RETURN (FALSE);
  stmt = _sitrep_store_statement (self, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
      _sitrep_store_bind_text (stmt, 2, value);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        _sitrep_store_set_sqlite_error (error, self->db, rc, _("The project settings could not be saved."));
    }
  UNLOCK ();

  return rc == SQLITE_DONE;
}

/* Internals for the store's other files (sitrep-store-private.h). */

sqlite3 *
_sitrep_store_lock (SitrepStore  *self,
                    GError      **error)
{
  g_rec_mutex_lock (&self->lock);
  if (self->db == NULL)
    {
      g_rec_mutex_unlock (&self->lock);
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_IO, _("The project is closed."));
      return NULL;
    }
  return self->db;
}

void
_sitrep_store_unlock (SitrepStore *self)
{
  g_rec_mutex_unlock (&self->lock);
}

void
_sitrep_store_emit (SitrepStore *self,
                    const char  *name,
                    gint64       id)
{
  guint signal_id = g_signal_lookup (name, SITREP_TYPE_STORE);

  g_return_if_fail (signal_id != 0);
  emit (self, signal_id, id);
}

void
_sitrep_store_emit_changes (SitrepStore     *self,
                            SitrepChangeSet *changes)
{
  GPtrArray *records;

  if (_sitrep_change_set_is_empty (changes))
    return;
  records = _sitrep_change_set_to_changes (changes);
  if (records->len == 0)
    {
      g_ptr_array_unref (records);
      return;
    }
  emit_full (self, signals[CHANGED], 0, records);
}

const char *
_sitrep_store_get_session (SitrepStore *self)
{
  return self->session;
}

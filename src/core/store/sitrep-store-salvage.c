/* sitrep-store-salvage.c — a new project from every row of a damaged one that can still be read
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sitrep-io.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"

/* Tables copied by salvage, parents before children, with what the user
 * calls their rows. The search index and the spatial index are rebuilt from
 * what was kept. */
static const struct
{
  const char *table;
  const char *what;   /* NULL: not reported */
} salvage_tables[] = {
  { "meta", NULL },
  { "sources", N_("Sources") },
  { "articles", N_("Articles") },
  { "article_texts", N_("Article texts") },
  { "annotators", N_("Annotators") },
  { "labels", N_("Labels") },
  { "entities", N_("Actors, persons and places") },
  { "entity_aliases", N_("Other names of actors, persons and places") },
  { "annotations", N_("Annotations") },
  { "events", N_("Events") },
  { "event_actors", N_("Actors of events") },
  { "event_evidence", N_("Evidence of events") },
  { "claims", N_("Casualty claims") },
  { "stories", N_("Stories") },
  { "story_steps", N_("Steps of stories") },
  { "journal", N_("Undo history") },
  { "gazetteer_places", N_("Gazetteer places") },
  { "gazetteer_names", N_("Gazetteer names") },
  { "feeds", N_("Feeds") },
  { "feed_items", N_("Feed items") },
  { "article_archives", N_("Archive addresses of articles") },
  { "adjudication_rejections", N_("Adjudication decisions that rejected every version") },
  { "suggestions", N_("Suggestions") },
  { "suggestion_rejections", N_("Rejected suggestions") },
  { "suggestion_places", N_("Place choices learnt from accepted suggestions") },
  { "suggested_incidents", N_("Incidents made into events from suggestions") },
  { "proposed_incidents", N_("Proposed incidents") },
};

/* References that let go of a lost row (ON DELETE SET NULL) rather than go
 * with it: a suggestion whose entity or annotation was lost is kept. */
static const char salvage_set_null[] =
  "UPDATE main.suggestions SET entity_id = NULL"
  "  WHERE entity_id IS NOT NULL AND entity_id NOT IN (SELECT id FROM main.entities);"
  "UPDATE main.suggestions SET annotation_id = NULL"
  "  WHERE annotation_id IS NOT NULL AND annotation_id NOT IN (SELECT id FROM main.annotations);"
  "UPDATE main.proposed_incidents SET event_id = NULL"
  "  WHERE event_id IS NOT NULL AND event_id NOT IN (SELECT id FROM main.events);";

static const char *
table_what (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (salvage_tables); i++)
    if (g_str_equal (salvage_tables[i].table, table))
      return salvage_tables[i].what != NULL ? g_dgettext (GETTEXT_PACKAGE, salvage_tables[i].what) : NULL;
  return table;
}

static gint64
query_int64 (sqlite3    *db,
             const char *sql,
             gboolean   *ok)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  *ok = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW;
  if (*ok)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
common_columns (sqlite3    *db,
                const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info ('%s') WHERE name IN"
                                          " (SELECT name FROM pragma_table_info ('%s', 'old'))",
                                          table, table);
  g_autoptr(GString) cols = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (cols->len > 0)
        g_string_append_c (cols, ',');
      g_string_append_printf (cols, "\"%s\"", sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);

  return cols->len > 0 ? g_string_free (g_steal_pointer (&cols), FALSE) : NULL;
}

/* Row by row over the rowids that can still be found. */
static void
copy_rows_one_by_one (sqlite3    *db,
                      const char *table,
                      const char *cols)
{
  g_autofree char *max_sql = g_strdup_printf ("SELECT max(rowid) FROM old.\"%s\"", table);
  g_autofree char *one = g_strdup_printf ("INSERT OR IGNORE INTO main.\"%s\" (%s)"
                                          " SELECT %s FROM old.\"%s\" WHERE rowid = ?1",
                                          table, cols, cols, table);
  sqlite3_stmt *stmt = NULL;
  gboolean ok;
  gint64 max_rowid = query_int64 (db, max_sql, &ok);
  gint64 last_found = 0;

  if (!ok || max_rowid <= 0)
    max_rowid = G_MAXINT64;
  if (sqlite3_prepare_v2 (db, one, -1, &stmt, NULL) != SQLITE_OK)
    return;
  /* up to the last rowid, or (when that cannot be read) until a long run
   * of rowids holds nothing */
  for (gint64 r = 1; r <= max_rowid && r - last_found <= 20000; r++)
    {
      sqlite3_bind_int64 (stmt, 1, r);
      sqlite3_step (stmt);
      if (sqlite3_changes (db) > 0)
        last_found = r;
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
}

/* Copies one table; says in @report, in the user's words, what of it could
 * not be kept. */
static void
copy_table (sqlite3    *db,
            const char *table,
            GString    *report)
{
  g_autofree char *cols = common_columns (db, table);
  g_autofree char *bulk = NULL;
  g_autofree char *count_old = g_strdup_printf ("SELECT count(*) FROM old.\"%s\"", table);
  g_autofree char *count_new = g_strdup_printf ("SELECT count(*) FROM main.\"%s\"", table);
  const char *what = table_what (table);
  gboolean old_known, new_known;
  gint64 n_old, n_new;

  if (cols == NULL)
    {
      g_autofree char *known = g_strdup_printf ("SELECT count(*) FROM old.sqlite_master WHERE type = 'table' "
                                                "AND name = '%s'", table);
      gboolean ok;

      /* a project older than the table has nothing of it to lose */
      if (query_int64 (db, known, &ok) == 0 && ok)
        return;
      if (what != NULL)
        g_string_append_printf (report, _("%s: none could be read.\n"), what);
      return;
    }
  bulk = g_strdup_printf ("INSERT OR IGNORE INTO main.\"%s\" (%s) SELECT %s FROM old.\"%s\"",
                          table, cols, cols, table);
  if (sqlite3_exec (db, bulk, NULL, NULL, NULL) != SQLITE_OK)
    copy_rows_one_by_one (db, table, cols);

  n_old = query_int64 (db, count_old, &old_known);
  n_new = query_int64 (db, count_new, &new_known);
  if (what == NULL)
    return;
  if (!old_known)
    g_string_append_printf (report, _("%s: %" PRId64 " kept; the rest could not be read.\n"),
                            what, n_new);
  else if (n_new < n_old)
    g_string_append_printf (report, _("%s: %" PRId64 " of %" PRId64 " kept; the rest "
                                      "could not be read.\n"), what, n_new, n_old);
}

/* Rows whose parent was lost (the claims of a lost event, the spans of a
 * lost article) go too, until every reference holds. */
static void
drop_orphans (sqlite3 *db,
              GString *report)
{
  g_autoptr(GHashTable) dropped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;

  for (guint round = 0; round < 16; round++)
    {
      g_autoptr(GPtrArray) deletes = g_ptr_array_new_with_free_func (g_free);
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (db, "PRAGMA main.foreign_key_check", -1, &stmt, NULL) != SQLITE_OK)
        break;
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *table = (const char *) sqlite3_column_text (stmt, 0);

          g_ptr_array_add (deletes, g_strdup_printf ("DELETE FROM main.\"%s\" WHERE rowid = %" G_GINT64_FORMAT,
                                                     table, (gint64) sqlite3_column_int64 (stmt, 1)));
          g_hash_table_insert (dropped, g_strdup (table),
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (dropped, table)) + 1));
        }
      sqlite3_finalize (stmt);
      if (deletes->len == 0)
        break;
      for (guint i = 0; i < deletes->len; i++)
        sqlite3_exec (db, g_ptr_array_index (deletes, i), NULL, NULL, NULL);
    }

  g_hash_table_iter_init (&iter, dropped);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint n = GPOINTER_TO_UINT (value);
      const char *what = table_what (key);

      if (what != NULL)
        g_string_append_printf (report, g_dngettext (GETTEXT_PACKAGE,
                                                     "%s: %u left out, because what it belonged to was lost.\n",
                                                     "%s: %u left out, because what they belonged to was lost.\n",
                                                     n), what, n);
    }
}

/* Texts kept as found, made valid UTF-8 where bytes were damaged, and their
 * hashes made to match them again, so the copy checks sound. */
static void
repair_texts (sqlite3 *db,
              GString *report)
{
  sqlite3_stmt *stmt = NULL;
  guint repaired = 0;

  if (sqlite3_prepare_v2 (db, "SELECT a.id, a.content_hash, t.body FROM main.articles a "
                              "JOIN main.article_texts t ON t.article_id = a.id", -1, &stmt, NULL) != SQLITE_OK)
    return;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *stored = (const char *) sqlite3_column_text (stmt, 1);
      const char *body = (const char *) sqlite3_column_text (stmt, 2);
      int len = sqlite3_column_bytes (stmt, 2);
      g_autofree char *valid = body != NULL ? g_utf8_make_valid (body, len) : g_strdup ("");
      g_autofree char *hash = _sitrep_store_content_hash (valid);
      sqlite3_stmt *fix = NULL;

      if (body != NULL && g_utf8_validate_len (body, len, NULL) && g_strcmp0 (hash, stored) == 0)
        continue;
      repaired++;
      if (sqlite3_prepare_v2 (db, "UPDATE main.article_texts SET body = ?2 WHERE article_id = ?1;",
                              -1, &fix, NULL) == SQLITE_OK)
        {
          sqlite3_bind_int64 (fix, 1, id);
          sqlite3_bind_text (fix, 2, valid, -1, SQLITE_TRANSIENT);
          sqlite3_step (fix);
        }
      sqlite3_finalize (fix);
      fix = NULL;
      if (sqlite3_prepare_v2 (db, "UPDATE OR IGNORE main.articles SET content_hash = ?2 WHERE id = ?1;",
                              -1, &fix, NULL) == SQLITE_OK)
        {
          sqlite3_bind_int64 (fix, 1, id);
          sqlite3_bind_text (fix, 2, hash, -1, SQLITE_TRANSIENT);
          sqlite3_step (fix);
        }
      sqlite3_finalize (fix);
    }
  sqlite3_finalize (stmt);
  if (repaired > 0)
    g_string_append_printf (report, g_dngettext (GETTEXT_PACKAGE,
                                                 "Article texts: %u had damaged bytes; it was kept with "
                                                 "the character � where bytes were not text.\n",
                                                 "Article texts: %u had damaged bytes; they were kept with "
                                                 "the character � where bytes were not text.\n", repaired),
                            repaired);
}

static gboolean
attach_old (sqlite3     *db,
            const char  *source,
            GError     **error)
{
  g_autofree char *escaped = g_uri_escape_string (source, "/", FALSE);
  g_autofree char *attach = g_strdup_printf ("ATTACH 'file:%s?mode=ro&immutable=1' AS old", escaped);
  gboolean ok, known = FALSE;

  /* A file cut short still has its tables' rows up to the cut: reading its
   * schema without the strict checks lets them be found (until DETACH). */
  sqlite3_db_config (db, SQLITE_DBCONFIG_WRITABLE_SCHEMA, 1, NULL);
  /* The tables whose descriptions could be read are known even where the
   * rest of sqlite_master is cut off (a file cut at 40 % still holds most
   * articles): salvage goes on as long as the articles table is known. */
  ok = sqlite3_exec (db, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL) == SQLITE_OK &&
       sqlite3_exec (db, attach, NULL, NULL, NULL) == SQLITE_OK &&
       query_int64 (db, "SELECT count(*) FROM pragma_table_info ('articles', 'old')", &known) > 0 && known;
  if (!ok)
    g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_CORRUPT,
                 _("The damage reaches the part of the file that describes its tables, so "
                   "nothing could be salvaged from it. A backup copy of the project is the "
                   "way back."));
  return ok;
}

static gboolean
salvage_into (sqlite3     *db,
              const char  *source,
              GError     **error)
{
  g_autoptr(GString) report = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  if (!attach_old (db, source, error))
    {
      sqlite3_db_config (db, SQLITE_DBCONFIG_WRITABLE_SCHEMA, 0, NULL);
      return FALSE;
    }

  sqlite3_exec (db, "DELETE FROM main.meta", NULL, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (salvage_tables); i++)
    copy_table (db, salvage_tables[i].table, report);

  sqlite3_exec (db, "DELETE FROM article_texts WHERE article_id NOT IN (SELECT id FROM articles);",
                NULL, NULL, NULL);
  {
    gboolean ok;
    gint64 n_before = query_int64 (db, "SELECT count(*) FROM main.articles", &ok);
    gint64 n_lost;

    sqlite3_exec (db, "DELETE FROM articles WHERE id NOT IN (SELECT article_id FROM article_texts);",
                  NULL, NULL, NULL);
    n_lost = n_before - query_int64 (db, "SELECT count(*) FROM main.articles", &ok);
    if (n_lost > 0)
      g_string_append_printf (report, g_dngettext (GETTEXT_PACKAGE,
                                                   "Articles: %u left out, because its text was lost.\n",
                                                   "Articles: %u left out, because their texts were lost.\n",
                                                   (gulong) n_lost), (guint) n_lost);
  }
  sqlite3_exec (db, "DETACH old;", NULL, NULL, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_WRITABLE_SCHEMA, 0, NULL);
  sqlite3_exec (db, salvage_set_null, NULL, NULL, NULL);
  drop_orphans (db, report);
  repair_texts (db, report);
  sqlite3_exec (db,
                "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');"
                "DELETE FROM events_rtree;"
                "INSERT INTO events_rtree SELECT id, longitude, longitude, latitude, latitude FROM events"
                "  WHERE latitude IS NOT NULL AND longitude IS NOT NULL;"
                "PRAGMA foreign_keys = ON;",
                NULL, NULL, NULL);

  /* What could not be kept stays written in the copy (meta "salvage_report"). */
  if (report->len == 0)
    g_string_append (report, _("Everything was kept.\n"));
  else
    g_string_prepend (report, _("Not everything could be kept as it was:\n"));
  if (sqlite3_prepare_v2 (db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('salvage_report', ?1)",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, report->str, -1, SQLITE_TRANSIENT);
      sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);

  return _sitrep_store_exec (db, "PRAGMA user_version = " G_STRINGIFY (SITREP_STORE_SCHEMA_VERSION),
                             error);
}

/* ".sitrep-part.NAME.XXXXXX" beside @path: a name the clean-up of killed
 * exports and creations recognises (sitrep_io_remove_stale_temporaries). */
static char *
temporary_name (const char *path)
{
  static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  char suffix[7];

  for (guint i = 0; i < 6; i++)
    suffix[i] = chars[g_random_int_range (0, sizeof chars - 1)];
  suffix[6] = '\0';
  return g_strdup_printf ("%s" G_DIR_SEPARATOR_S ".sitrep-part.%s.%s", dir, base, suffix);
}

/* The new project @tmp, open on its own connection with its journal in
 * memory: nothing lies beside it while it is written, and a failure throws
 * it away anyway. Holds @fd locked (flock) so that the clean-up of stale
 * temporaries leaves it alone. */
static sqlite3 *
open_new_copy (const char  *tmp,
               int         *fd,
               GError     **error)
{
  sqlite3 *db = NULL;
  int rc;

  *fd = -1;
  if (!_sitrep_store_create_file (tmp, error))
    return NULL;
  *fd = g_open (tmp, O_RDWR | O_CLOEXEC, 0);
  if (*fd >= 0)
    flock (*fd, LOCK_EX);
  rc = sqlite3_open_v2 (tmp, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (db, TRUE);
      sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
      if (_sitrep_store_exec (db, "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;", error))
        return db;
    }
  else
    _sitrep_store_set_sqlite_error (error, db, rc, _("The salvaged copy could not be written."));
  sqlite3_close_v2 (db);
  return NULL;
}

/* Syncs and closes the copy (closing @fd last: it holds the lock). */
static gboolean
finish_copy (sqlite3     *db,
             int          fd,
             const char  *dest_path,
             GError     **error)
{
  int saved = 0;

  if (sqlite3_close (db) != SQLITE_OK)
    saved = EIO;
  else if (fd < 0 || fsync (fd) != 0)
    saved = fd < 0 ? EBADF : errno;
  if (saved != 0)
    sitrep_io_set_write_error (error, dest_path, saved);
  return saved == 0;
}

/**
 * sitrep_store_salvage:
 * @path: a damaged project
 * @dest_path: a new file to write
 *
 * Builds a new project from every row of @path that can still be read, row by
 * row where a whole table cannot be read, with the commits still in its WAL;
 * rows whose parents were lost are left out, so the copy checks sound. The
 * copy's meta "salvage_report" says what could not be kept
 * (sitrep_store_get_meta ()). @path is not changed. The copy takes the
 * name @dest_path (which must not exist) only once it is whole.
 */
gboolean
sitrep_store_salvage (const char  *path,
                      const char  *dest_path,
                      GError     **error)
{
  g_autofree char *private_dir = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *tmp = NULL;
  sqlite3 *db;
  gboolean ok;
  int fd;

  g_return_val_if_fail (path != NULL && dest_path != NULL, FALSE);

  if (!_sitrep_store_check_regular (path, error))
    return FALSE;

  if (g_file_test (dest_path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_path_get_basename (dest_path);

      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_EXISTS,
                   _("“%s” already exists. Choose another name, or open it."), name);
      return FALSE;
    }

  /* Commits still in the WAL are part of the project: read a private copy
   * with them folded in. */
  wal = g_strconcat (path, "-wal", NULL);
  journal = g_strconcat (path, "-journal", NULL);
  if (g_file_test (wal, G_FILE_TEST_IS_REGULAR) || g_file_test (journal, G_FILE_TEST_IS_REGULAR))
    {
      g_autoptr(GError) local = NULL;

      copy = _sitrep_store_copy_recovered (path, &private_dir, &local);
      if (copy == NULL)
        g_debug ("Salvaging without the WAL: %s", local->message);
    }

  /* Built under a temporary name and named only when whole: a salvage
   * that is killed never leaves half a copy that looks whole. */
  tmp = temporary_name (dest_path);
  db = open_new_copy (tmp, &fd, error);
  ok = db != NULL && salvage_into (db, copy != NULL ? copy : path, error);
  if (db != NULL)
    ok = finish_copy (db, fd, dest_path, ok ? error : NULL) && ok;
  _sitrep_store_remove_private_dir (private_dir);
  ok = ok && _sitrep_store_link_new (tmp, dest_path, error);
  if (!ok)
    g_unlink (tmp);
  if (fd >= 0)
    close (fd);
  return ok;
}

/* sitrep-store-articles.c — articles: adding, reading, editing and deleting them
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-import-private.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"

static gboolean
has_text (const char *s)
{
  for (; s != NULL && *s != '\0'; s = g_utf8_next_char (s))
    {
      if (!g_unichar_isspace (g_utf8_get_char (s)))
        return TRUE;
    }
  return FALSE;
}

/* Validates an ISO date of the given precision. */
static gboolean
date_is_valid (const char          *iso,
               SitrepDatePrecision  precision)
{
  int y = 0, m = 0, d = 0;
  int n;
  char extra = 0;

  if (iso == NULL)
    return precision == SITREP_DATE_PRECISION_UNKNOWN;

  switch (precision)
    {
    case SITREP_DATE_PRECISION_DAY:
      n = sscanf (iso, "%4d-%2d-%2d%c", &y, &m, &d, &extra);
      return n == 3 && strlen (iso) == 10 && y >= 1 && y <= 9999 &&
             g_date_valid_dmy (d, m, y);
    case SITREP_DATE_PRECISION_MONTH:
      n = sscanf (iso, "%4d-%2d%c", &y, &m, &extra);
      return n == 2 && strlen (iso) == 7 && y >= 1 && m >= 1 && m <= 12;
    case SITREP_DATE_PRECISION_YEAR:
      n = sscanf (iso, "%4d%c", &y, &extra);
      return n == 1 && strlen (iso) == 4 && y >= 1;
    case SITREP_DATE_PRECISION_UNKNOWN:
    default:
      return FALSE;
    }
}

static char *
title_from_body (const char *body)
{
  const char *p = body;
  const char *end;
  g_autofree char *line = NULL;

  while (*p != '\0' && g_ascii_isspace (*p))
    p++;
  end = strchr (p, '\n');
  line = end != NULL ? g_strndup (p, end - p) : g_strdup (p);
  g_strstrip (line);

  if (g_utf8_strlen (line, -1) > 120)
    {
      char *cut = g_utf8_offset_to_pointer (line, 117);
      g_autofree char *head = g_strndup (line, cut - line);
      return g_strconcat (head, "…", NULL);
    }

  return g_steal_pointer (&line);
}

static gint64
ensure_source (SitrepStore  *self,
               const char   *name,
               GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (name == NULL || !has_text (name))
    return 0;

  stmt = _sitrep_store_statement (self, "SELECT id FROM sources WHERE name = ?1", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      return id;
    }
  sqlite3_reset (stmt);

  stmt = _sitrep_store_statement (self, "INSERT INTO sources (name) VALUES (?1)", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The source could not be saved."));
      return -1;
    }

  return sqlite3_last_insert_rowid (self->db);
}

static gint64
find_duplicate_locked (SitrepStore *self,
                       const char  *hash)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "SELECT id FROM articles WHERE content_hash = ?1", NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, hash, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return id;
}

/* Writes the text and original of article @id, just inserted. */
static gboolean
insert_article_text (SitrepStore               *self,
                     gint64                     id,
                     const SitrepImportRecord  *record,
                     GError                   **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _sitrep_store_statement (self,
                        "INSERT INTO article_texts (article_id, body, original, original_name,"
                        " original_type, original_encoding) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, record->body, -1, SQLITE_STATIC);
  if (record->original != NULL)
    {
      gsize len;
      gconstpointer data = g_bytes_get_data (record->original, &len);
      sqlite3_bind_blob64 (stmt, 3, len > 0 ? data : "", len, SQLITE_STATIC);
    }
  else
    sqlite3_bind_blob (stmt, 3, record->body, strlen (record->body), SQLITE_STATIC);
  _sitrep_store_bind_text (stmt, 4, record->original_name);
  _sitrep_store_bind_text (stmt, 5, record->original_type);
  _sitrep_store_bind_text (stmt, 6, record->original_encoding);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      /* The article row is written: this record cannot be refused alone. */
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The article text could not be saved."));
      if (error != NULL && *error != NULL)
        (*error)->code = SITREP_STORE_ERROR_IO;
      return FALSE;
    }

  return TRUE;
}

/* Adds article @id, just inserted, to the search index. */
static gboolean
index_article (SitrepStore               *self,
               gint64                     id,
               const char                *title,
               const SitrepImportRecord  *record,
               GError                   **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _sitrep_store_statement (self, "INSERT INTO articles_fts (rowid, title, body) VALUES (?1, ?2, ?3)",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, record->body, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      /* The article row is written: this record cannot be refused alone. */
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The article could not be added to the search index."));
      if (error != NULL && *error != NULL)
        (*error)->code = SITREP_STORE_ERROR_IO;
      return FALSE;
    }

  return TRUE;
}

/* Inserts one record inside the current transaction. */
static gint64
insert_article (SitrepStore               *self,
                const SitrepImportRecord  *record,
                gint64                    *duplicate_of,
                GError                   **error)
{
  g_autofree char *hash = NULL;
  g_autofree char *title = NULL;
  g_autofree char *now = _sitrep_store_now ();
  const char *published = record->published;
  SitrepDatePrecision precision = record->published_precision;
  sqlite3_stmt *stmt;
  gint64 source_id;
  gint64 dup;
  gint64 id;
  int rc;

  if (duplicate_of != NULL)
    *duplicate_of = 0;

  if (record->body == NULL || !has_text (record->body))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("There is no article text in it."));
      return 0;
    }

  if (!g_utf8_validate (record->body, -1, NULL) ||
      (record->title != NULL && !g_utf8_validate (record->title, -1, NULL)))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("The text is not valid UTF-8."));
      return 0;
    }

  hash = _sitrep_store_content_hash (record->body);
  dup = find_duplicate_locked (self, hash);
  if (dup != 0)
    {
      if (duplicate_of != NULL)
        *duplicate_of = dup;
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_DUPLICATE,
                   _("Already in the project as article %" PRId64 "."), dup);
      return 0;
    }

  if (record->title != NULL && has_text (record->title))
    title = g_strstrip (g_strdup (record->title));
  else
    title = title_from_body (record->body);

  /* A date that does not fit its precision is not guessed at: it is dropped
   * and the words kept as a note. */
  if (!date_is_valid (published, precision))
    {
      published = NULL;
      precision = SITREP_DATE_PRECISION_UNKNOWN;
    }

  source_id = ensure_source (self, record->source, error);
  if (source_id < 0)
    return 0;

  stmt = _sitrep_store_statement (self,
                        "INSERT INTO articles (source_id, title, url, author, published,"
                        " published_precision, published_note, language, status, content_hash,"
                        " imported_at, modified_at)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, ?9, ?10, ?10)", error);
  if (stmt == NULL)
    return 0;
  if (source_id > 0)
    sqlite3_bind_int64 (stmt, 1, source_id);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_TRANSIENT);
  _sitrep_store_bind_text (stmt, 3, record->url);
  _sitrep_store_bind_text (stmt, 4, record->author);
  _sitrep_store_bind_text (stmt, 5, published);
  sqlite3_bind_int (stmt, 6, precision);
  _sitrep_store_bind_text (stmt, 7, record->published_note);
  _sitrep_store_bind_text (stmt, 8, record->language);
  sqlite3_bind_text (stmt, 9, hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, now, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The article could not be saved."));
      return 0;
    }
  id = sqlite3_last_insert_rowid (self->db);

  if (!insert_article_text (self, id, record, error))
    return 0;
  if (record->archive_url != NULL && !_sitrep_store_insert_archive (self, id, record, error))
    return 0;

  if (!index_article (self, id, title, record, error))
    return 0;

  return id;
}

#define ARTICLE_FROM " FROM articles a LEFT JOIN sources s ON s.id = a.source_id"

SitrepArticle *
_sitrep_store_article_from_row (sqlite3_stmt *stmt)
{
  SitrepArticle *article = sitrep_article_new (sqlite3_column_int64 (stmt, 0));

  _sitrep_article_fill (article,
                        (const char *) sqlite3_column_text (stmt, 1),
                        (const char *) sqlite3_column_text (stmt, 2),
                        (const char *) sqlite3_column_text (stmt, 3),
                        (const char *) sqlite3_column_text (stmt, 4),
                        (const char *) sqlite3_column_text (stmt, 5),
                        CLAMP (sqlite3_column_int (stmt, 6), 0, 3),
                        (const char *) sqlite3_column_text (stmt, 7),
                        (const char *) sqlite3_column_text (stmt, 8),
                        CLAMP (sqlite3_column_int (stmt, 9), 0, 2),
                        (const char *) sqlite3_column_text (stmt, 10));
  return article;
}

static SitrepArticle *
get_article_locked (SitrepStore  *self,
                    gint64        id,
                    GError      **error)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "SELECT " ARTICLE_COLUMNS ARTICLE_FROM " WHERE a.id = ?1",
                                      error);
  SitrepArticle *article = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    article = _sitrep_store_article_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                 _("There is no article %" PRId64 " in this project."), id);
  else
    _sitrep_store_set_sqlite_error (error, self->db, rc, _("The article could not be read."));
  sqlite3_reset (stmt);

  return article;
}

/* Tells the views about new articles; @ids may hold 0 and negative
 * (duplicate) entries, which are skipped. */
static void
emit_added (SitrepStore  *self,
            const gint64 *ids,
            guint         n_ids)
{
  g_autoptr(SitrepChangeSet) changes = _sitrep_change_set_new ();

  for (guint i = 0; i < n_ids; i++)
    {
      if (ids[i] > 0)
        _sitrep_change_set_add (changes, SITREP_STORE_CHANGE_ARTICLE, SITREP_STORE_CHANGE_ADDED,
                                ids[i], 0);
    }
  _sitrep_store_emit_changes (self, changes);
}

gint64
sitrep_store_add_article (SitrepStore               *self,
                          const SitrepImportRecord  *record,
                          gint64                    *duplicate_of,
                          GError                   **error)
{
  gint64 id;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);
  g_return_val_if_fail (record != NULL, 0);

  if (duplicate_of != NULL)
    *duplicate_of = 0;
  if (!_sitrep_store_check_writable (self, error))
    return 0;

  LOCK_OR_RETURN (0);
  if (!_sitrep_store_begin (self, error))
    {
      UNLOCK ();
      return 0;
    }
  id = insert_article (self, record, duplicate_of, error);
  if (id == 0 || !_sitrep_store_commit (self, error))
    {
      _sitrep_store_rollback (self);
      UNLOCK ();
      return 0;
    }
  UNLOCK ();

  emit_added (self, &id, 1);
  _sitrep_store_emit (self, "articles-changed", 0);
  return id;
}

gboolean
sitrep_store_add_articles (SitrepStore          *self,
                           SitrepImportRecord  **records,
                           guint                 n_records,
                           gint64               *results,
                           GError              **errors,
                           GError              **error)
{
  guint added = 0;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (n_records == 0 || records != NULL, FALSE);
  g_return_val_if_fail (n_records == 0 || results != NULL, FALSE);

  if (!_sitrep_store_check_writable (self, error))
    return FALSE;

  LOCK_OR_RETURN (FALSE);
  if (!_sitrep_store_begin (self, error))
    {
      UNLOCK ();
      return FALSE;
    }

  /* No savepoint per record: FTS5 flushes its pending index at each one, which
   * halves import speed. insert_article () checks everything that can be wrong
   * with a record before it writes, so a record either goes in whole or is
   * refused untouched; anything failing later (a full disk) fails the batch. */
  for (guint i = 0; i < n_records; i++)
    {
      g_autoptr(GError) local_error = NULL;
      gint64 dup = 0;
      gint64 id;

      id = insert_article (self, records[i], &dup, &local_error);
      if (id > 0)
        {
          results[i] = id;
          added++;
          continue;
        }

      results[i] = dup > 0 ? -dup : 0;
      if (local_error != NULL && local_error->domain == SITREP_STORE_ERROR &&
          (local_error->code == SITREP_STORE_ERROR_INVALID ||
           local_error->code == SITREP_STORE_ERROR_DUPLICATE))
        {
          if (errors != NULL)
            errors[i] = g_steal_pointer (&local_error);
          continue;
        }

      g_propagate_error (error, g_steal_pointer (&local_error));
      goto failed;
    }

  if (!_sitrep_store_commit (self, error))
    goto failed;
  UNLOCK ();

  if (added > 0)
    {
      emit_added (self, results, n_records);
      _sitrep_store_emit (self, "articles-changed", 0);
    }
  return TRUE;

failed:
  _sitrep_store_rollback (self);
  UNLOCK ();
  for (guint i = 0; i < n_records; i++)
    {
      results[i] = 0;
      if (errors != NULL)
        g_clear_error (&errors[i]);
    }
  return FALSE;
}

gint64
sitrep_store_find_duplicate (SitrepStore *self,
                             const char  *body)
{
  g_autofree char *hash = NULL;
  gint64 id;
  GError **error = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);
  g_return_val_if_fail (body != NULL, 0);

  hash = _sitrep_store_content_hash (body);
  LOCK_OR_RETURN (0);
  id = find_duplicate_locked (self, hash);
  UNLOCK ();

  return id;
}

guint
sitrep_store_count_articles (SitrepStore *self)
{
  sqlite3_stmt *stmt;
  guint n = 0;
  GError **error = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  LOCK_OR_RETURN (0);
  stmt = _sitrep_store_statement (self, "SELECT count(*) FROM articles", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint) sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  UNLOCK ();

  return n;
}

SitrepArticle *
sitrep_store_get_article (SitrepStore  *self,
                          gint64        id,
                          GError      **error)
{
  SitrepArticle *article;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  LOCK_OR_RETURN (NULL);
  article = get_article_locked (self, id, error);
  UNLOCK ();

  return article;
}

gboolean
sitrep_store_get_articles (SitrepStore   *self,
                           const gint64  *ids,
                           guint          n_ids,
                           GPtrArray     *articles,
                           GError       **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (articles != NULL, FALSE);

  LOCK_OR_RETURN (FALSE);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(GError) local_error = NULL;
      SitrepArticle *article = get_article_locked (self, ids[i], &local_error);

      if (article != NULL)
        g_ptr_array_add (articles, article);
      else if (!g_error_matches (local_error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND))
        {
          UNLOCK ();
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  UNLOCK ();

  return TRUE;
}

char *
sitrep_store_get_article_body (SitrepStore  *self,
                               gint64        id,
                               GError      **error)
{
  sqlite3_stmt *stmt;
  char *body = NULL;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  LOCK_OR_RETURN (NULL);
  stmt = _sitrep_store_statement (self, "SELECT body FROM article_texts WHERE article_id = ?1", error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        body = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      else if (rc == SQLITE_DONE)
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                     _("There is no article %" PRId64 " in this project."), id);
      else
        _sitrep_store_set_sqlite_error (error, self->db, rc, _("The article could not be read."));
      sqlite3_reset (stmt);
    }
  UNLOCK ();

  return body;
}

GBytes *
sitrep_store_get_article_original (SitrepStore  *self,
                                   gint64        id,
                                   char        **encoding,
                                   GError      **error)
{
  sqlite3_stmt *stmt;
  GBytes *bytes = NULL;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  if (encoding != NULL)
    *encoding = NULL;

  LOCK_OR_RETURN (NULL);
  stmt = _sitrep_store_statement (self,
                        "SELECT original, original_encoding FROM article_texts WHERE article_id = ?1",
                        error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
          if (encoding != NULL)
            *encoding = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
        }
      else if (rc == SQLITE_DONE)
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                     _("There is no article %" PRId64 " in this project."), id);
      else
        _sitrep_store_set_sqlite_error (error, self->db, rc, _("The article could not be read."));
      sqlite3_reset (stmt);
    }
  UNLOCK ();

  return bytes;
}

gboolean
_sitrep_store_run_article_update (SitrepStore   *self,
                                  sqlite3_stmt  *stmt,
                                  gint64         id,
                                  GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The article could not be saved."));
      return FALSE;
    }
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                   _("There is no article %" PRId64 " in this project."), id);
      return FALSE;
    }
  return TRUE;
}

/* The external-content index must drop the old title before it changes: re-indexes article
 * @id under @new_title when its title changes. */
static gboolean
reindex_title (SitrepStore  *self,
               gint64        id,
               const char   *new_title,
               GError      **error)
{
  g_autofree char *old_title = NULL;
  sqlite3_stmt *old = _sitrep_store_statement (self,
                                     "SELECT a.title, t.body FROM articles a JOIN article_texts t"
                                     " ON t.article_id = a.id WHERE a.id = ?1", error);
  sqlite3_stmt *del;
  int rc;

  if (old == NULL)
    return FALSE;
  sqlite3_bind_int64 (old, 1, id);
  if (sqlite3_step (old) != SQLITE_ROW)
    {
      sqlite3_reset (old);
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                   _("There is no article %" PRId64 " in this project."), id);
      return FALSE;
    }
  old_title = g_strdup ((const char *) sqlite3_column_text (old, 0));
  if (g_strcmp0 (old_title, new_title) != 0)
    {
      del = _sitrep_store_statement (self,
                           "INSERT INTO articles_fts (articles_fts, rowid, title, body)"
                           " VALUES ('delete', ?1, ?2, ?3)", error);
      if (del == NULL)
        {
          sqlite3_reset (old);
          return FALSE;
        }
      sqlite3_bind_int64 (del, 1, id);
      sqlite3_bind_text (del, 2, old_title, -1, SQLITE_TRANSIENT);
      sqlite3_bind_value (del, 3, sqlite3_column_value (old, 1));
      rc = sqlite3_step (del);
      sqlite3_reset (del);
      if (rc != SQLITE_DONE)
        {
          sqlite3_reset (old);
          _sitrep_store_set_sqlite_error (error, self->db, rc, _("The search index could not be updated."));
          return FALSE;
        }
      del = _sitrep_store_statement (self,
                           "INSERT INTO articles_fts (rowid, title, body) VALUES (?1, ?2, ?3)",
                           error);
      if (del == NULL)
        {
          sqlite3_reset (old);
          return FALSE;
        }
      sqlite3_bind_int64 (del, 1, id);
      sqlite3_bind_text (del, 2, new_title, -1, SQLITE_TRANSIENT);
      sqlite3_bind_value (del, 3, sqlite3_column_value (old, 1));
      rc = sqlite3_step (del);
      sqlite3_reset (del);
      sqlite3_clear_bindings (del);
      if (rc != SQLITE_DONE)
        {
          sqlite3_reset (old);
          _sitrep_store_set_sqlite_error (error, self->db, rc, _("The search index could not be updated."));
          return FALSE;
        }
    }
  sqlite3_reset (old);
  return TRUE;
}

gboolean
sitrep_store_set_article_metadata (SitrepStore          *self,
                                   gint64                id,
                                   const char           *title,
                                   const char           *source,
                                   const char           *url,
                                   const char           *published,
                                   SitrepDatePrecision   precision,
                                   const char           *published_note,
                                   GError              **error)
{
  g_autofree char *now = _sitrep_store_now ();
  g_autofree char *clean_title = NULL;
  g_autoptr(SitrepJournalEdit) edit = NULL;
  sqlite3_stmt *stmt;
  gint64 source_id;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (!_sitrep_store_check_writable (self, error))
    return FALSE;

  if (title == NULL || !has_text (title))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("An article needs a title."));
      return FALSE;
    }
  if (precision == SITREP_DATE_PRECISION_UNKNOWN)
    published = NULL;
  else if (!date_is_valid (published, precision))
    {
      const char *form = precision == SITREP_DATE_PRECISION_DAY ? "YYYY-MM-DD"
                         : precision == SITREP_DATE_PRECISION_MONTH ? "YYYY-MM" : "YYYY";
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("“%s” is not a valid date; write it as %s."),
                   published != NULL ? published : "", form);
      return FALSE;
    }
  if (url != NULL && *url != '\0' && strpbrk (url, " \t\n") != NULL)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("A web address cannot contain spaces."));
      return FALSE;
    }

  clean_title = g_strstrip (g_strdup (title));

  LOCK_OR_RETURN (FALSE);
  if (!_sitrep_store_begin (self, error))
    goto failed;

  {
    g_autofree char *what = g_strdup_printf (_("Edit “%s”"), clean_title);
    edit = _sitrep_journal_begin (self, "article-metadata", what);
  }
  if (!_sitrep_journal_touch (edit, self->db, "articles", id, error))
    goto failed;

  source_id = ensure_source (self, source, error);
  if (source_id < 0)
    goto failed;

  stmt = _sitrep_store_statement (self,
                        "UPDATE articles SET title = ?2, source_id = ?3, url = ?4, published = ?5,"
                        " published_precision = ?6, published_note = ?7, modified_at = ?8"
                        " WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;

  if (!reindex_title (self, id, clean_title, error))
    goto failed;

  stmt = _sitrep_store_statement (self,
                        "UPDATE articles SET title = ?2, source_id = ?3, url = ?4, published = ?5,"
                        " published_precision = ?6, published_note = ?7, modified_at = ?8"
                        " WHERE id = ?1", error);
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, clean_title, -1, SQLITE_TRANSIENT);
  if (source_id > 0)
    sqlite3_bind_int64 (stmt, 3, source_id);
  else
    sqlite3_bind_null (stmt, 3);
  _sitrep_store_bind_text (stmt, 4, url);
  _sitrep_store_bind_text (stmt, 5, published);
  sqlite3_bind_int (stmt, 6, precision);
  _sitrep_store_bind_text (stmt, 7, precision == SITREP_DATE_PRECISION_UNKNOWN ? published_note : NULL);
  sqlite3_bind_text (stmt, 8, now, -1, SQLITE_TRANSIENT);
  if (!_sitrep_store_run_article_update (self, stmt, id, error) ||
      !_sitrep_journal_finish (edit, self->db, self->session, error) ||
      !_sitrep_store_commit (self, error))
    goto failed;
  UNLOCK ();

  {
    g_autoptr(SitrepChangeSet) changes = _sitrep_journal_steal_changes (edit);

    _sitrep_store_emit_changes (self, changes);
  }
  _sitrep_store_emit (self, "article-updated", id);
  _sitrep_store_emit (self, "history-changed", 0);
  return TRUE;

failed:
  _sitrep_store_rollback (self);
  UNLOCK ();
  return FALSE;
}

gboolean
sitrep_store_set_article_status (SitrepStore          *self,
                                 gint64                id,
                                 SitrepArticleStatus   status,
                                 GError              **error)
{
  g_autofree char *now = _sitrep_store_now ();
  g_autoptr(SitrepJournalEdit) edit = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if ((guint) status > SITREP_ARTICLE_STATUS_DONE)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("Unknown article status."));
      return FALSE;
    }
  if (!_sitrep_store_check_writable (self, error))
    return FALSE;

  LOCK_OR_RETURN (FALSE);
  ok = _sitrep_store_begin (self, error);
  if (ok)
    {
      g_autofree char *what = g_strdup_printf (_("Mark as %s"), sitrep_article_status_to_label (status));
      edit = _sitrep_journal_begin (self, "article-status", what);
      ok = _sitrep_journal_touch (edit, self->db, "articles", id, error);
    }
  if (ok)
    {
      stmt = _sitrep_store_statement (self, "UPDATE articles SET status = ?2, modified_at = ?3 WHERE id = ?1",
                                      error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, status);
      sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
      ok = _sitrep_store_run_article_update (self, stmt, id, error) &&
           _sitrep_journal_finish (edit, self->db, self->session, error) &&
           _sitrep_store_commit (self, error);
    }
  if (!ok)
    _sitrep_store_rollback (self);
  UNLOCK ();

  if (ok)
    {
      g_autoptr(SitrepChangeSet) changes = _sitrep_journal_steal_changes (edit);

      _sitrep_store_emit_changes (self, changes);
      _sitrep_store_emit (self, "article-updated", id);
      _sitrep_store_emit (self, "history-changed", 0);
    }
  return ok;
}

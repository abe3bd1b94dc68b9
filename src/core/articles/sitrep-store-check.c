/* sitrep-store-check.c — the project's own check of its texts: content hashes and UTF-8
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <inttypes.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-store-private.h"
#include "sitrep-store.h"

/* How many damaged rows are named; the rest are counted. */
#define MAX_NAMED 10

static void
name_damage (GString    *named,
             guint       n,
             const char *what)
{
  if (n > MAX_NAMED)
    return;
  if (named->len > 0)
    g_string_append (named, "; ");
  g_string_append (named, what);
}

/* Every body against the hash stored when it was written: bytes damaged
 * on disk (bit rot, a bad copy) change one without the other. */
static guint
check_bodies (sqlite3 *db,
              GString *named)
{
  sqlite3_stmt *stmt = NULL;
  guint damaged = 0;

  if (sqlite3_prepare_v2 (db, "SELECT a.id, a.content_hash, t.body FROM articles a "
                              "JOIN article_texts t ON t.article_id = a.id", -1, &stmt, NULL) != SQLITE_OK)
    return 0;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *stored = (const char *) sqlite3_column_text (stmt, 1);
      const char *body = (const char *) sqlite3_column_text (stmt, 2);
      int len = sqlite3_column_bytes (stmt, 2);
      g_autofree char *what = NULL;

      if (body == NULL || !g_utf8_validate_len (body, len, NULL) || memchr (body, '\0', len) != NULL)
        what = g_strdup_printf (_("the text of article %" PRId64 " is not valid UTF-8"), id);
      else
        {
          g_autofree char *hash = _sitrep_store_content_hash (body);

          if (g_strcmp0 (hash, stored) != 0)
            what = g_strdup_printf (_("the text of article %" PRId64 " differs from the one "
                                      "stored (its hash does not match)"), id);
        }
      if (what != NULL)
        name_damage (named, ++damaged, what);
    }
  sqlite3_finalize (stmt);
  return damaged;
}

static guint
check_column (sqlite3    *db,
              const char *table,
              const char *column,
              GString    *named,
              guint       damaged)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  char *quoted_table = sqlite3_mprintf ("%w", table);
  char *quoted_column = sqlite3_mprintf ("%w", column);

  sql = g_strdup_printf ("SELECT rowid, \"%s\" FROM \"%s\" WHERE typeof (\"%s\") = 'text'",
                         quoted_column, quoted_table, quoted_column);
  sqlite3_free (quoted_table);
  sqlite3_free (quoted_column);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return damaged;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 1);
      int len = sqlite3_column_bytes (stmt, 1);

      if (text != NULL && !g_utf8_validate_len (text, len, NULL))
        {
          g_autofree char *what = g_strdup_printf (_("the “%s” of row %" PRId64 " in “%s” is not valid UTF-8"),
                                                   column, (gint64) sqlite3_column_int64 (stmt, 0), table);
          name_damage (named, ++damaged, what);
        }
    }
  sqlite3_finalize (stmt);
  return damaged;
}

/* Every text column of every table (the search index's shadow tables and
 * SQLite's own aside): a damaged title or name shows as one. */
static guint
check_all_texts (sqlite3 *db,
                 GString *named,
                 guint    damaged)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%' "
                              "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name <> 'article_texts' "
                              "AND sql NOT LIKE '%WITHOUT ROWID%'", -1, &stmt, NULL) != SQLITE_OK)
    return damaged;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = g_ptr_array_index (tables, i);

      if (sqlite3_prepare_v2 (db, "SELECT name, type FROM pragma_table_info (?1)", -1, &stmt, NULL) != SQLITE_OK)
        continue;
      sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *type = (const char *) sqlite3_column_text (stmt, 1);

          if (type != NULL && g_ascii_strcasecmp (type, "BLOB") == 0)
            continue;
          damaged = check_column (db, table, (const char *) sqlite3_column_text (stmt, 0), named, damaged);
        }
      sqlite3_finalize (stmt);
    }
  return damaged;
}

/* Whether @len bytes are text a file can hold: UTF-8 with no NUL in it. */
static gboolean
is_sound_text (const char *text,
               gsize       len)
{
  return text != NULL && g_utf8_validate_len (text, len, NULL) && memchr (text, '\0', len) == NULL;
}

static char *
damaged_message (gint64      id,
                 const char *title,
                 gsize       title_len,
                 gboolean    body_sound)
{
  g_autofree char *shown = g_utf8_make_valid (title != NULL ? title : "", title_len);

  if (!body_sound)
    return g_strdup_printf (_("The text of article %" PRId64 " (“%s”) is damaged in the project file: "
                              "some of its bytes are no longer valid UTF-8, so it cannot be exported. "
                              "A salvaged copy of the project (sitrep-cli salvage) keeps the text "
                              "with the character � where the bytes were damaged."),
                            id, shown);
  return g_strdup_printf (_("The title of article %" PRId64 " (“%s”) is damaged in the project file: "
                            "some of its bytes are no longer valid UTF-8, so it cannot be exported. "
                            "A salvaged copy of the project (sitrep-cli salvage) keeps the title "
                            "with the character � where the bytes were damaged."),
                          id, shown);
}

char *
sitrep_store_get_article_body_to_export (SitrepStore  *self,
                                         gint64        id,
                                         GError      **error)
{
  sqlite3_stmt *stmt;
  char *body = NULL;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  LOCK_OR_RETURN (NULL);
  stmt = _sitrep_store_statement (self, "SELECT a.title, t.body FROM articles a JOIN article_texts t "
                                        "ON t.article_id = a.id WHERE a.id = ?1", error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          const char *title = (const char *) sqlite3_column_text (stmt, 0);
          gsize title_len = sqlite3_column_bytes (stmt, 0);
          const char *text = (const char *) sqlite3_column_text (stmt, 1);
          gsize len = sqlite3_column_bytes (stmt, 1);
          gboolean body_sound = is_sound_text (text, len);

          if (body_sound && (title == NULL || is_sound_text (title, title_len)))
            body = g_strndup (text, len);
          else
            {
              g_autofree char *message = damaged_message (id, title, title_len, body_sound);

              g_set_error_literal (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_CORRUPT, message);
            }
        }
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

/**
 * _sitrep_store_check_texts:
 *
 * Appends the "Texts" line of the check to @out: each article's body
 * against its stored content hash, and the UTF-8 of every text in the
 * project. Call with the store locked. Returns FALSE when anything is damaged.
 */
gboolean
_sitrep_store_check_texts (SitrepStore *self,
                           GString     *out)
{
  g_autoptr(GString) named = g_string_new (NULL);
  guint damaged;

  damaged = check_bodies (self->db, named);
  damaged = check_all_texts (self->db, named, damaged);
  if (damaged == 0)
    {
      g_string_append_printf (out, "%s\n", _("Texts: ok"));
      return TRUE;
    }
  if (damaged > MAX_NAMED)
    g_string_append (named, "; …");
  /* Translators: %u is a count of damaged texts; %s names them ("article 3: its body no longer matches …") */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "Texts: %u damaged (%s)", "Texts: %u damaged (%s)",
                                            damaged), damaged, named->str);
  g_string_append_c (out, '\n');
  return FALSE;
}

/* sitrep-store-coding.c — annotators and annotations: the spans coded in articles
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-store-private.h"
#include "sitrep-store.h"
#include "sitrep-label-kind.h"

/* ------------------------------------------------------------ annotators */

gint64
sitrep_store_ensure_annotator (SitrepStore  *self,
                               const char   *name,
                               GError      **error)
{
  g_autofree char *clean = NULL;
  sqlite3_stmt *stmt;
  sqlite3 *db;
  gint64 id = 0;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  clean = g_strstrip (g_strdup (name != NULL ? name : ""));
  if (*clean == '\0')
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("An annotator needs a name."));
      return 0;
    }

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return 0;
  stmt = _sitrep_store_statement (self, "SELECT id FROM annotators WHERE name = ?1", error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, clean, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  if (id == 0 && stmt != NULL && _sitrep_store_check_writable (self, error))
    {
      stmt = _sitrep_store_statement (self, "INSERT INTO annotators (name) VALUES (?1)", error);
      if (stmt != NULL)
        {
          sqlite3_bind_text (stmt, 1, clean, -1, SQLITE_TRANSIENT);
          if (_sitrep_store_step_done (db, stmt, _("The annotator could not be saved."), error))
            id = sqlite3_last_insert_rowid (db);
        }
    }
  _sitrep_store_unlock (self);

  return id;
}

GStrv
sitrep_store_list_annotators (SitrepStore *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  if (_sitrep_store_lock (self, NULL) == NULL)
    return g_strv_builder_end (builder);
  stmt = _sitrep_store_statement (self, "SELECT name FROM annotators ORDER BY name", NULL);
  if (stmt != NULL)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);

  return g_strv_builder_end (builder);
}

gint64
sitrep_store_find_annotator (SitrepStore *self,
                             const char  *name)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  if (name == NULL || _sitrep_store_lock (self, NULL) == NULL)
    return 0;
  stmt = _sitrep_store_statement (self, "SELECT id FROM annotators WHERE name = ?1", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);

  return id;
}

/* ----------------------------------------------------------- annotations */

#define ANNOTATION_SELECT \
  "SELECT an.id, an.article_id, an.label_id, l.name, an.start, an.\"end\", an.text," \
  " an.annotator_id, p.name, an.entity_id, e.name, an.attributes, an.created_at" \
  " FROM annotations an JOIN labels l ON l.id = an.label_id" \
  " LEFT JOIN annotators p ON p.id = an.annotator_id" \
  " LEFT JOIN entities e ON e.id = an.entity_id"

static SitrepAnnotation *
annotation_from_row (sqlite3_stmt *stmt)
{
  return g_object_new (SITREP_TYPE_ANNOTATION,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "article-id", sqlite3_column_int64 (stmt, 1),
                       "label-id", sqlite3_column_int64 (stmt, 2),
                       "label", sqlite3_column_text (stmt, 3),
                       "start", (guint) sqlite3_column_int64 (stmt, 4),
                       "end", (guint) sqlite3_column_int64 (stmt, 5),
                       "text", sqlite3_column_text (stmt, 6),
                       "annotator-id", sqlite3_column_int64 (stmt, 7),
                       "annotator", sqlite3_column_text (stmt, 8),
                       "entity-id", sqlite3_column_int64 (stmt, 9),
                       "entity", sqlite3_column_text (stmt, 10),
                       "attributes", sqlite3_column_text (stmt, 11),
                       "created-at", sqlite3_column_text (stmt, 12),
                       NULL);
}

/* The span's text from the stored body, by code point offsets. */
static char *
span_text (SitrepStore  *self,
           sqlite3      *db,
           gint64        article_id,
           guint         start,
           guint         end,
           GError      **error)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self,
                                                "SELECT body FROM article_texts WHERE article_id = ?1",
                                                error);
  char *text = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *body = (const char *) sqlite3_column_text (stmt, 0);
      glong len = g_utf8_strlen (body, -1);

      if (start < end && (glong) end <= len)
        {
          const char *a = g_utf8_offset_to_pointer (body, start);
          const char *b = g_utf8_offset_to_pointer (a, end - start);
          text = g_strndup (a, b - a);
        }
      else
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                     _("The span %u–%u is outside the article (%ld characters)."), start, end, len);
    }
  else
    g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                 _("There is no article %" PRId64 " in this project."), article_id);
  sqlite3_reset (stmt);

  return text;
}

static gboolean
valid_attributes (const char  *json,
                  GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;

  if (json == NULL)
    return TRUE;
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, json, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("Annotation attributes must be a JSON object."));
      return FALSE;
    }
  return TRUE;
}

/* The name the user reads of label @label_id (for the undo entry), or NULL. */
static char *
label_name (SitrepStore *self,
            gint64       label_id)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "SELECT name, kind FROM labels WHERE id = ?1", NULL);
  char *name = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, label_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup (sitrep_label_display_name ((const char *) sqlite3_column_text (stmt, 0),
                                                (const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_reset (stmt);
  return name;
}

static gint64
annotation_article (SitrepStore *self,
                    gint64       id)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "SELECT article_id FROM annotations WHERE id = ?1",
                                                NULL);
  gint64 article = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    article = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return article;
}

/**
 * sitrep_store_add_annotation:
 * @start: first code point of the span in the article body
 * @end: code point after the span
 * @attributes: (nullable): JSON object of typed attributes
 *
 * Adds a span, committed before return, as one undoable edit.
 *
 * Returns: the new annotation's id, or 0 with @error set.
 */
gint64
sitrep_store_add_annotation (SitrepStore  *self,
                             gint64        article_id,
                             gint64        label_id,
                             guint         start,
                             guint         end,
                             gint64        annotator_id,
                             gint64        entity_id,
                             const char   *attributes,
                             GError      **error)
{
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;
  g_autofree char *what = NULL;
  g_autofree char *shown = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;
  gint64 id = 0;
  gboolean started = FALSE;
  SitrepEdit edit;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  if (start >= end)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("Select some text to label."));
      return 0;
    }
  if (!valid_attributes (attributes, error))
    return 0;

  if (!_sitrep_edit_begin (&edit, self, "annotation-add", "", error))
    return 0;

  text = span_text (self, edit.db, article_id, start, end, error);
  label = label_name (self, label_id);
  ok = text != NULL;
  if (ok && label == NULL)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                   _("That label no longer exists."));
      ok = FALSE;
    }
  if (ok)
    {
      stmt = _sitrep_store_statement (self,
                                      "INSERT INTO annotations (article_id, label_id, start, \"end\", text,"
                                      " annotator_id, entity_id, attributes) VALUES (?1, ?2, ?3, ?4, ?5,"
                                      " ?6, ?7, ?8)", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, article_id);
          sqlite3_bind_int64 (stmt, 2, label_id);
          sqlite3_bind_int64 (stmt, 3, start);
          sqlite3_bind_int64 (stmt, 4, end);
          sqlite3_bind_text (stmt, 5, text, -1, SQLITE_TRANSIENT);
          if (annotator_id > 0)
            sqlite3_bind_int64 (stmt, 6, annotator_id);
          if (entity_id > 0)
            sqlite3_bind_int64 (stmt, 7, entity_id);
          _sitrep_store_bind_text (stmt, 8, attributes);
          ok = _sitrep_store_step_done (edit.db, stmt, _("The annotation could not be saved."), error);
        }
      if (ok)
        {
          id = sqlite3_last_insert_rowid (edit.db);
          _sitrep_journal_touch_new (edit.journal, "annotations", id);
        }
    }
  /* A first annotation starts the article: New becomes In progress (the
   * user can still set any status; undo takes both back). */
  if (ok)
    {
      g_autoptr(GArray) fresh =
        _sitrep_store_select_ids (self, "SELECT id FROM articles WHERE id = ?1 AND status = 0", article_id, error);

      ok = fresh != NULL && _sitrep_store_touch_all (&edit, "articles", fresh, error);
      if (ok && fresh->len > 0)
        {
          stmt = _sitrep_store_statement (self, "UPDATE articles SET status = 1 WHERE id = ?1 AND status = 0", error);
          ok = stmt != NULL;
          if (ok)
            {
              sqlite3_bind_int64 (stmt, 1, article_id);
              ok = _sitrep_store_step_done (edit.db, stmt, _("The article’s status could not be saved."), error);
              started = ok;
            }
        }
    }
  if (ok)
    {
      shown = g_utf8_strlen (text, -1) > 40 ? g_strdup_printf ("%.*s…", (int) (g_utf8_offset_to_pointer (text, 39) - text), text)
                                            : g_strdup (text);
      what = g_strdup_printf (_("Label “%s” as %s"), shown, label);
      g_free (_sitrep_journal_set_description (edit.journal, what));
    }
  if (!_sitrep_edit_end (&edit, ok, NULL, 0, error))
    return 0;

  _sitrep_store_emit (self, "annotations-changed", article_id);
  if (started)
    _sitrep_store_emit (self, "article-updated", article_id);
  return id;
}

static gboolean
update_annotation (SitrepStore  *self,
                   gint64        id,
                   const char   *kind,
                   const char   *description,
                   const char   *sql,
                   gint64        int_value,
                   const char   *text_value,
                   GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;
  gint64 article = 0;
  SitrepEdit edit;

  if (!_sitrep_edit_begin (&edit, self, kind, description, error))
    return FALSE;
  article = annotation_article (self, id);
  ok = article != 0;
  if (!ok)
    g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                 _("That annotation no longer exists."));
  ok = ok && _sitrep_edit_touch (&edit, "annotations", id, error);
  if (ok)
    {
      stmt = _sitrep_store_statement (self, sql, error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          if (text_value != NULL)
            sqlite3_bind_text (stmt, 2, text_value, -1, SQLITE_TRANSIENT);
          else if (int_value > 0)
            sqlite3_bind_int64 (stmt, 2, int_value);
          else
            sqlite3_bind_null (stmt, 2);
          ok = _sitrep_store_step_done (edit.db, stmt, _("The annotation could not be saved."), error);
        }
    }
  if (!_sitrep_edit_end (&edit, ok, NULL, 0, error))
    return FALSE;

  _sitrep_store_emit (self, "annotations-changed", article);
  return TRUE;
}

gboolean
sitrep_store_delete_annotation (SitrepStore  *self,
                                gint64        id,
                                GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;
  gint64 article;
  SitrepEdit edit;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (!_sitrep_edit_begin (&edit, self, "annotation-delete", _("Delete annotation"), error))
    return FALSE;
  article = annotation_article (self, id);
  ok = article != 0;
  if (!ok)
    g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                 _("That annotation no longer exists."));
  ok = ok && _sitrep_edit_touch (&edit, "annotations", id, error);
  if (ok)
    {
      stmt = _sitrep_store_statement (self, "DELETE FROM annotations WHERE id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          ok = _sitrep_store_step_done (edit.db, stmt, _("The annotation could not be deleted."), error);
        }
    }
  if (!_sitrep_edit_end (&edit, ok, NULL, 0, error))
    return FALSE;

  _sitrep_store_emit (self, "annotations-changed", article);
  return TRUE;
}

gboolean
sitrep_store_set_annotation_label (SitrepStore  *self,
                                   gint64        id,
                                   gint64        label_id,
                                   GError      **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  return update_annotation (self, id, "annotation-label", _("Change label"),
                            "UPDATE annotations SET label_id = ?2, modified_at ="
                            " strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
                            label_id, NULL, error);
}

gboolean
sitrep_store_set_annotation_entity (SitrepStore  *self,
                                    gint64        id,
                                    gint64        entity_id,
                                    GError      **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  return update_annotation (self, id, "annotation-link",
                            entity_id > 0 ? _("Link to entity") : _("Unlink entity"),
                            "UPDATE annotations SET entity_id = ?2, modified_at ="
                            " strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
                            entity_id, NULL, error);
}

gboolean
sitrep_store_set_annotation_attributes (SitrepStore  *self,
                                        gint64        id,
                                        const char   *attributes,
                                        GError      **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (!valid_attributes (attributes, error))
    return FALSE;
  if (attributes == NULL)
    attributes = "{}";
  return update_annotation (self, id, "annotation-attributes", _("Change figure or date"),
                            "UPDATE annotations SET attributes = ?2, modified_at ="
                            " strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
                            0, attributes, error);
}

/**
 * sitrep_store_set_annotation_span:
 * @start: first code point of the new span in the article body
 * @end: code point after it
 *
 * Moves the ends of annotation @id (widening or narrowing it) and stores the
 * text it now covers, as one undoable edit. Label, entity and attributes stay.
 *
 * Returns: %TRUE when saved, %FALSE with @error set.
 */
gboolean
sitrep_store_set_annotation_span (SitrepStore  *self,
                                  gint64        id,
                                  guint         start,
                                  guint         end,
                                  GError      **error)
{
  g_autofree char *text = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;
  gint64 article;
  SitrepEdit edit;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (start >= end)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("An annotation must cover at least one character."));
      return FALSE;
    }

  if (!_sitrep_edit_begin (&edit, self, "annotation-span", _("Change the extent of an annotation"), error))
    return FALSE;
  article = annotation_article (self, id);
  ok = article != 0;
  if (!ok)
    g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                 _("That annotation no longer exists."));
  if (ok)
    text = span_text (self, edit.db, article, start, end, error);
  ok = ok && text != NULL && _sitrep_edit_touch (&edit, "annotations", id, error);
  if (ok)
    {
      stmt = _sitrep_store_statement (self,
                                      "UPDATE annotations SET start = ?2, \"end\" = ?3, text = ?4,"
                                      " modified_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
                                      error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_int64 (stmt, 2, start);
          sqlite3_bind_int64 (stmt, 3, end);
          sqlite3_bind_text (stmt, 4, text, -1, SQLITE_TRANSIENT);
          ok = _sitrep_store_step_done (edit.db, stmt, _("The annotation could not be saved."), error);
        }
    }
  if (!_sitrep_edit_end (&edit, ok, NULL, 0, error))
    return FALSE;

  _sitrep_store_emit (self, "annotations-changed", article);
  return TRUE;
}

/**
 * sitrep_store_list_annotations:
 * @annotator_id: 0 for everyone's
 *
 * Returns: (transfer container): the article's annotations (SitrepAnnotation) by position.
 */
GPtrArray *
sitrep_store_list_annotations (SitrepStore  *self,
                               gint64        article_id,
                               gint64        annotator_id,
                               GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self,
                                  ANNOTATION_SELECT " WHERE an.article_id = ?1"
                                  " AND (?2 = 0 OR an.annotator_id = ?2)"
                                  " ORDER BY an.start, an.\"end\" DESC, an.id", error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, article_id);
  sqlite3_bind_int64 (stmt, 2, annotator_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, annotation_from_row (stmt));
  sqlite3_reset (stmt);
  _sitrep_store_unlock (self);

  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("The annotations could not be read."));
      return NULL;
    }
  return g_steal_pointer (&list);
}

SitrepAnnotation *
sitrep_store_get_annotation (SitrepStore  *self,
                             gint64        id,
                             GError      **error)
{
  SitrepAnnotation *annotation = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  if (_sitrep_store_lock (self, error) == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self, ANNOTATION_SELECT " WHERE an.id = ?1", error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        annotation = annotation_from_row (stmt);
      else
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                     _("That annotation no longer exists."));
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);

  return annotation;
}

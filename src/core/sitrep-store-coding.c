/* sitrep-store-coding.c — labels, annotators, annotations, entities and their aliases
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-normalize.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"

#define DEFAULT_LABELS "/org/sitrep/Sitrep/core/codebooks/labels-default.json"

static const char * const label_kinds[] = {
  "actor", "person", "place", "date", "killed", "wounded", "captured", "weapon", "claimant",
  "trigger", "other",
};

static const char * const entity_kinds[] = { "actor", "person", "place" };

/* ACLED's actor types. */
static const char * const actor_types[] = {
  "state_forces", "rebel_group", "political_militia", "identity_militia", "rioters",
  "protesters", "civilians", "external_other",
};

static gboolean
in_list (const char         *value,
         const char * const *list,
         gsize               n)
{
  for (gsize i = 0; value != NULL && i < n; i++)
    {
      if (strcmp (value, list[i]) == 0)
        return TRUE;
    }
  return FALSE;
}

/* ---------------------------------------------------------------- labels */

static SitrepLabel *
label_from_row (sqlite3_stmt *stmt)
{
  return g_object_new (SITREP_TYPE_LABEL,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "name", sqlite3_column_text (stmt, 1),
                       "kind", sqlite3_column_text (stmt, 2),
                       "color", sqlite3_column_text (stmt, 3),
                       "shortcut", sqlite3_column_text (stmt, 4),
                       "description", sqlite3_column_text (stmt, 5),
                       "position", sqlite3_column_int (stmt, 6),
                       NULL);
}

static gboolean
valid_color (const char *color)
{
  if (color == NULL || color[0] != '#' || strlen (color) != 7)
    return FALSE;
  for (int i = 1; i < 7; i++)
    {
      if (!g_ascii_isxdigit (color[i]))
        return FALSE;
    }
  return TRUE;
}

static gboolean
validate_label (const char  *name,
                const char  *kind,
                const char  *color,
                const char  *shortcut,
                GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (*stripped == '\0')
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID, _("A label needs a name."));
      return FALSE;
    }
  if (!in_list (kind, label_kinds, G_N_ELEMENTS (label_kinds)))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("“%s” is not a kind of label."), kind != NULL ? kind : "");
      return FALSE;
    }
  if (!valid_color (color))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("A label colour is written #rrggbb."));
      return FALSE;
    }
  if (shortcut != NULL && *shortcut != '\0' &&
      (g_utf8_strlen (shortcut, -1) != 1 || !g_unichar_isalnum (g_utf8_get_char (shortcut))))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("A label key is one letter or digit."));
      return FALSE;
    }
  return TRUE;
}

static gint64
insert_label (SitrepStore  *self,
              sqlite3      *db,
              const char   *name,
              const char   *kind,
              const char   *color,
              const char   *shortcut,
              const char   *description,
              GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = _sitrep_store_statement (self,
                                  "INSERT INTO labels (name, kind, color, shortcut, description, position)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5,"
                                  " (SELECT coalesce (max (position), -1) + 1 FROM labels))", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, color, -1, SQLITE_TRANSIENT);
  _sitrep_store_bind_text (stmt, 4, shortcut);
  _sitrep_store_bind_text (stmt, 5, description);
  if (!_sitrep_store_step_done (db, stmt, _("save the label"), error))
    {
      if (error != NULL && *error != NULL && (*error)->code == SITREP_STORE_ERROR_INVALID)
        {
          g_clear_error (error);
          g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_EXISTS,
                       _("There is already a label called “%s”."), name);
        }
      return 0;
    }
  return sqlite3_last_insert_rowid (db);
}

/* Loads a label set (the JSON of sitrep_store_export_labels) inside the
 * current transaction: labels are matched by name, new ones added. */
static gboolean
load_labels_json (SitrepStore  *self,
                  sqlite3      *db,
                  SitrepEdit         *edit,
                  const char   *json,
                  GError      **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;
  JsonArray *labels;

  if (!json_parser_load_from_data (parser, json, -1, &parse_error))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("The label set is not valid JSON: %s"), parse_error->message);
      return FALSE;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member (json_node_get_object (root), "labels") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "labels")))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("This is not a Sitrep label set (it has no list of labels)."));
      return FALSE;
    }

  labels = json_object_get_array_member (json_node_get_object (root), "labels");
  for (guint i = 0; i < json_array_get_length (labels); i++)
    {
      JsonObject *o = json_array_get_object_element (labels, i);
      const char *name, *kind, *color, *key, *desc;
      sqlite3_stmt *stmt;
      gint64 existing = 0;

      if (o == NULL)
        {
          g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                       _("Label %u of the set is not an object."), i + 1);
          return FALSE;
        }
      name = json_object_get_string_member_with_default (o, "name", NULL);
      kind = json_object_get_string_member_with_default (o, "kind", "other");
      color = json_object_get_string_member_with_default (o, "color", "#3584e4");
      key = json_object_get_string_member_with_default (o, "key", NULL);
      desc = json_object_get_string_member_with_default (o, "description", NULL);
      if (!validate_label (name, kind, color, key, error))
        {
          g_prefix_error (error, _("Label %u of the set: "), i + 1);
          return FALSE;
        }

      stmt = _sitrep_store_statement (self, "SELECT id FROM labels WHERE name = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        existing = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);

      if (existing != 0)
        {
          if (edit != NULL && !_sitrep_edit_touch (edit, "labels", existing, error))
            return FALSE;
          stmt = _sitrep_store_statement (self,
                                          "UPDATE labels SET kind = ?2, color = ?3, shortcut = ?4,"
                                          " description = ?5 WHERE id = ?1", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, existing);
          sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 3, color, -1, SQLITE_TRANSIENT);
          _sitrep_store_bind_text (stmt, 4, key);
          _sitrep_store_bind_text (stmt, 5, desc);
          if (!_sitrep_store_step_done (db, stmt, _("save the label"), error))
            return FALSE;
        }
      else
        {
          gint64 id = insert_label (self, db, name, kind, color, key, desc, error);
          if (id == 0)
            return FALSE;
          if (edit != NULL)
            _sitrep_journal_touch_new (edit->journal, "labels", id);
        }
    }

  return TRUE;
}

/* Called when a project is created or opened for writing: a project with no
 * labels yet gets the default set (data/codebooks/labels-default.json). */
gboolean
_sitrep_store_ensure_default_labels (SitrepStore  *self,
                                     GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  sqlite3_stmt *stmt;
  sqlite3 *db;
  gboolean empty = FALSE;
  gboolean ok;

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return FALSE;
  stmt = _sitrep_store_statement (self, "SELECT NOT EXISTS (SELECT 1 FROM labels)"
                                        " AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'labels')",
                                  error);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    empty = sqlite3_column_int (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (!empty)
    {
      _sitrep_store_unlock (self);
      return stmt != NULL;
    }

  bytes = g_resources_lookup_data (DEFAULT_LABELS, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  ok = bytes != NULL && _sitrep_store_begin (self, error);
  if (ok)
    {
      g_autofree char *json = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      ok = load_labels_json (self, db, NULL, json, error) &&
           _sitrep_store_exec (db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('labels', 'default')",
                               error) &&
           _sitrep_store_commit (self, error);
      if (!ok)
        _sitrep_store_rollback (self);
    }
  _sitrep_store_unlock (self);

  return ok;
}

/**
 * sitrep_store_list_labels:
 *
 * Returns: (transfer container): the project's labels (SitrepLabel) in order.
 */
GPtrArray *
sitrep_store_list_labels (SitrepStore  *self,
                          GError      **error)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self,
                                  "SELECT id, name, kind, color, shortcut, description, position"
                                  " FROM labels ORDER BY position, id", error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (labels, label_from_row (stmt));
  sqlite3_reset (stmt);
  _sitrep_store_unlock (self);

  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("read the labels"));
      return NULL;
    }
  return g_steal_pointer (&labels);
}

gint64
sitrep_store_add_label (SitrepStore  *self,
                        const char   *name,
                        const char   *kind,
                        const char   *color,
                        const char   *shortcut,
                        const char   *description,
                        GError      **error)
{
  g_autofree char *what = NULL;
  SitrepEdit edit;
  gint64 id;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  if (!validate_label (name, kind, color, shortcut, error))
    return 0;

  what = g_strdup_printf (_("Add label “%s”"), name);
  if (!_sitrep_edit_begin (&edit, self, "label-add", what, error))
    return 0;
  id = insert_label (self, edit.db, name, kind, color, shortcut, description, error);
  if (id != 0)
    _sitrep_journal_touch_new (edit.journal, "labels", id);
  if (!_sitrep_edit_end (&edit, id != 0, NULL, 0, error))
    return 0;

  _sitrep_store_emit (self, "labels-changed", 0);
  return id;
}

gboolean
sitrep_store_update_label (SitrepStore  *self,
                           gint64        id,
                           const char   *name,
                           const char   *kind,
                           const char   *color,
                           const char   *shortcut,
                           const char   *description,
                           GError      **error)
{
  g_autofree char *what = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;
  SitrepEdit edit;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (!validate_label (name, kind, color, shortcut, error))
    return FALSE;

  what = g_strdup_printf (_("Edit label “%s”"), name);
  if (!_sitrep_edit_begin (&edit, self, "label-edit", what, error))
    return FALSE;
  ok = _sitrep_edit_touch (&edit, "labels", id, error);
  if (ok)
    {
      stmt = _sitrep_store_statement (self,
                                      "UPDATE labels SET name = ?2, kind = ?3, color = ?4, shortcut = ?5,"
                                      " description = ?6 WHERE id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 3, kind, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 4, color, -1, SQLITE_TRANSIENT);
          _sitrep_store_bind_text (stmt, 5, shortcut);
          _sitrep_store_bind_text (stmt, 6, description);
          ok = _sitrep_store_step_done (edit.db, stmt, _("save the label"), error);
          if (ok && sqlite3_changes (edit.db) == 0)
            {
              g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                           _("That label no longer exists."));
              ok = FALSE;
            }
        }
    }
  if (!_sitrep_edit_end (&edit, ok, NULL, 0, error))
    return FALSE;

  _sitrep_store_emit (self, "labels-changed", 0);
  _sitrep_store_emit (self, "annotations-changed", 0);
  return TRUE;
}

guint
sitrep_store_count_label_uses (SitrepStore *self,
                               gint64       id)
{
  sqlite3_stmt *stmt;
  guint n = 0;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  if (_sitrep_store_lock (self, NULL) == NULL)
    return 0;
  stmt = _sitrep_store_statement (self, "SELECT count(*) FROM annotations WHERE label_id = ?1", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        n = (guint) sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);

  return n;
}

/* Deletes a label and every annotation with it, as one undoable edit. */
gboolean
sitrep_store_delete_label (SitrepStore  *self,
                           gint64        id,
                           GError      **error)
{
  g_autoptr(GArray) uses = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *name = NULL;
  g_autofree char *what = NULL;
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  SitrepEdit edit;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (_sitrep_store_lock (self, error) == NULL)
    return FALSE;
  stmt = _sitrep_store_statement (self, "SELECT name FROM labels WHERE id = ?1", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);
  if (name == NULL)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                   _("That label no longer exists."));
      return FALSE;
    }

  what = g_strdup_printf (_("Delete label “%s”"), name);
  if (!_sitrep_edit_begin (&edit, self, "label-delete", what, error))
    return FALSE;

  stmt = _sitrep_store_statement (self, "SELECT id FROM annotations WHERE label_id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          gint64 a = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (uses, a);
        }
      sqlite3_reset (stmt);
    }
  for (guint i = 0; ok && i < uses->len; i++)
    ok = _sitrep_edit_touch (&edit, "annotations", g_array_index (uses, gint64, i), error);
  ok = ok && _sitrep_edit_touch (&edit, "labels", id, error);
  if (ok)
    ok = _sitrep_store_exec (edit.db, "SAVEPOINT label_delete", error);
  if (ok)
    {
      stmt = _sitrep_store_statement (self, "DELETE FROM annotations WHERE label_id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          ok = _sitrep_store_step_done (edit.db, stmt, _("delete the label"), error);
        }
      if (ok)
        {
          stmt = _sitrep_store_statement (self, "DELETE FROM labels WHERE id = ?1", error);
          ok = stmt != NULL;
          if (ok)
            {
              sqlite3_bind_int64 (stmt, 1, id);
              ok = _sitrep_store_step_done (edit.db, stmt, _("delete the label"), error);
            }
        }
      ok = ok && _sitrep_store_exec (edit.db, "RELEASE label_delete", error);
    }
  if (!_sitrep_edit_end (&edit, ok, NULL, 0, error))
    return FALSE;

  _sitrep_store_emit (self, "labels-changed", 0);
  _sitrep_store_emit (self, "annotations-changed", 0);
  return TRUE;
}

/* The label set as JSON: {"format": "sitrep-labels", "version": 1, "labels": [...]}. */
char *
sitrep_store_export_labels (SitrepStore  *self,
                            GError      **error)
{
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (self, error);
  g_autoptr(JsonBuilder) b = NULL;
  g_autoptr(JsonNode) root = NULL;

  if (labels == NULL)
    return NULL;

  b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_string_value (b, "sitrep-labels");
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, 1);
  json_builder_set_member_name (b, "labels");
  json_builder_begin_array (b);
  for (guint i = 0; i < labels->len; i++)
    {
      SitrepLabel *l = g_ptr_array_index (labels, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, sitrep_label_get_name (l));
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, sitrep_label_get_kind (l));
      json_builder_set_member_name (b, "color");
      json_builder_add_string_value (b, sitrep_label_get_color (l));
      json_builder_set_member_name (b, "key");
      if (sitrep_label_get_shortcut (l) != NULL)
        json_builder_add_string_value (b, sitrep_label_get_shortcut (l));
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "description");
      json_builder_add_string_value (b, sitrep_label_get_description (l) != NULL
                                          ? sitrep_label_get_description (l) : "");
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  return json_to_string (root, TRUE);
}

gboolean
sitrep_store_import_labels (SitrepStore  *self,
                            const char   *json,
                            GError      **error)
{
  gboolean ok;
  SitrepEdit edit;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);

  if (!_sitrep_edit_begin (&edit, self, "label-import", _("Import labels"), error))
    return FALSE;
  ok = load_labels_json (self, edit.db, &edit, json, error);
  if (!_sitrep_edit_end (&edit, ok, NULL, 0, error))
    return FALSE;

  _sitrep_store_emit (self, "labels-changed", 0);
  _sitrep_store_emit (self, "annotations-changed", 0);
  return TRUE;
}

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
          if (_sitrep_store_step_done (db, stmt, _("save the annotator"), error))
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
                 _("There is no article %" G_GINT64_FORMAT " in this project."), article_id);
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

static char *
label_name (SitrepStore *self,
            gint64       label_id)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "SELECT name FROM labels WHERE id = ?1", NULL);
  char *name = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, label_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
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
          ok = _sitrep_store_step_done (edit.db, stmt, _("save the annotation"), error);
        }
      if (ok)
        {
          id = sqlite3_last_insert_rowid (edit.db);
          _sitrep_journal_touch_new (edit.journal, "annotations", id);
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
          ok = _sitrep_store_step_done (edit.db, stmt, _("save the annotation"), error);
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
          ok = _sitrep_store_step_done (edit.db, stmt, _("delete the annotation"), error);
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
      _sitrep_store_set_sqlite_error (error, db, rc, _("read the annotations"));
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

/* -------------------------------------------------------------- entities */

static GStrv
entity_aliases (SitrepStore *self,
                gint64       id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt = _sitrep_store_statement (self,
                                                "SELECT alias FROM entity_aliases WHERE entity_id = ?1"
                                                " ORDER BY id", NULL);

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  return g_strv_builder_end (builder);
}

#define ENTITY_SELECT \
  "SELECT e.id, e.kind, e.name, e.actor_type, e.latitude, e.longitude, e.admin1, e.country," \
  " (SELECT count(*) FROM annotations a WHERE a.entity_id = e.id) FROM entities e"

static SitrepEntity *
entity_from_row (SitrepStore  *self,
                 sqlite3_stmt *stmt)
{
  g_auto(GStrv) aliases = NULL;
  gint64 id = sqlite3_column_int64 (stmt, 0);

  SitrepEntity *entity;

  aliases = entity_aliases (self, id);
  entity = g_object_new (SITREP_TYPE_ENTITY,
                       "id", id,
                       "kind", sqlite3_column_text (stmt, 1),
                       "name", sqlite3_column_text (stmt, 2),
                       "actor-type", sqlite3_column_text (stmt, 3),
                       "admin1", sqlite3_column_text (stmt, 6),
                       "country", sqlite3_column_text (stmt, 7),
                       "mentions", (guint) sqlite3_column_int64 (stmt, 8),
                       "aliases", aliases,
                       NULL);
  /* Unplaced entities keep NaN coordinates. */
  if (sqlite3_column_type (stmt, 4) != SQLITE_NULL && sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    g_object_set (entity,
                  "latitude", sqlite3_column_double (stmt, 4),
                  "longitude", sqlite3_column_double (stmt, 5),
                  NULL);
  return entity;
}

static gint64
insert_alias (SitrepStore  *self,
              sqlite3      *db,
              SitrepEdit         *edit,
              gint64        entity_id,
              const char   *alias,
              GError      **error)
{
  g_autofree char *key = sitrep_normalize_name (alias);
  sqlite3_stmt *stmt;
  gint64 id = 0;

  stmt = _sitrep_store_statement (self,
                                  "SELECT id FROM entity_aliases WHERE entity_id = ?1 AND alias = ?2",
                                  error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, entity_id);
  sqlite3_bind_text (stmt, 2, alias, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id != 0)
    return 0;  /* already there */

  stmt = _sitrep_store_statement (self,
                                  "INSERT INTO entity_aliases (entity_id, alias, normalized)"
                                  " VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, entity_id);
  sqlite3_bind_text (stmt, 2, alias, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, key, -1, SQLITE_TRANSIENT);
  if (!_sitrep_store_step_done (db, stmt, _("save the name"), error))
    return -1;
  id = sqlite3_last_insert_rowid (db);
  _sitrep_journal_touch_new (edit->journal, "entity_aliases", id);
  return id;
}

static char *
clean_name (const char *name)
{
  g_autofree char *copy = g_strdup (name != NULL ? name : "");
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (copy), " \t\n\r", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * sitrep_store_add_entity:
 * @kind: "actor", "person" or "place"
 *
 * Creates an entity whose first alias is its name.
 */
gint64
sitrep_store_add_entity (SitrepStore  *self,
                         const char   *kind,
                         const char   *name,
                         GError      **error)
{
  g_autofree char *clean = clean_name (name);
  g_autofree char *what = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;
  gint64 id = 0;
  SitrepEdit edit;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  if (!in_list (kind, entity_kinds, G_N_ELEMENTS (entity_kinds)))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("An entity is an actor, a person or a place."));
      return 0;
    }
  if (*clean == '\0')
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("An entity needs a name."));
      return 0;
    }

  what = g_strdup_printf (_("Add “%s”"), clean);
  if (!_sitrep_edit_begin (&edit, self, "entity-add", what, error))
    return 0;
  stmt = _sitrep_store_statement (self, "INSERT INTO entities (kind, name) VALUES (?1, ?2)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
      ok = _sitrep_store_step_done (edit.db, stmt, _("save the entity"), error);
    }
  if (ok)
    {
      id = sqlite3_last_insert_rowid (edit.db);
      _sitrep_journal_touch_new (edit.journal, "entities", id);
      ok = insert_alias (self, edit.db, &edit, id, clean, error) >= 0;
    }
  if (!_sitrep_edit_end (&edit, ok, NULL, 0, error))
    return 0;

  _sitrep_store_emit (self, "entities-changed", 0);
  return id;
}

gboolean
sitrep_store_add_alias (SitrepStore  *self,
                        gint64        entity_id,
                        const char   *alias,
                        GError      **error)
{
  g_autofree char *clean = clean_name (alias);
  g_autofree char *what = NULL;
  gboolean ok;
  SitrepEdit edit;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (*clean == '\0')
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID, _("A name cannot be empty."));
      return FALSE;
    }
  what = g_strdup_printf (_("Add the name “%s”"), clean);
  if (!_sitrep_edit_begin (&edit, self, "alias-add", what, error))
    return FALSE;
  ok = _sitrep_edit_touch (&edit, "entities", entity_id, error) &&
       insert_alias (self, edit.db, &edit, entity_id, clean, error) >= 0;
  if (!_sitrep_edit_end (&edit, ok, NULL, 0, error))
    return FALSE;

  _sitrep_store_emit (self, "entities-changed", 0);
  return TRUE;
}

SitrepEntity *
sitrep_store_get_entity (SitrepStore  *self,
                         gint64        id,
                         GError      **error)
{
  SitrepEntity *entity = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  if (_sitrep_store_lock (self, error) == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self, ENTITY_SELECT " WHERE e.id = ?1", error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        entity = entity_from_row (self, stmt);
      else
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                     _("That entity no longer exists."));
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);

  return entity;
}

/**
 * sitrep_store_list_entities:
 * @kind: (nullable): "actor", "person", "place", or %NULL for all
 *
 * Returns: (transfer container): SitrepEntity by name, with aliases and mention counts.
 */
GPtrArray *
sitrep_store_list_entities (SitrepStore  *self,
                            const char   *kind,
                            GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self, ENTITY_SELECT " WHERE ?1 IS NULL OR e.kind = ?1"
                                        " ORDER BY e.name COLLATE NOCASE, e.id", error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return NULL;
    }
  _sitrep_store_bind_text (stmt, 1, kind);
  /* Rows first, aliases after: the alias query shares the connection. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  _sitrep_store_unlock (self);

  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("read the entities"));
      return NULL;
    }
  for (guint i = 0; i < ids->len; i++)
    {
      SitrepEntity *e = sitrep_store_get_entity (self, g_array_index (ids, gint64, i), NULL);
      if (e != NULL)
        g_ptr_array_add (list, e);
    }
  return g_steal_pointer (&list);
}

/**
 * sitrep_store_find_entities:
 * @kind: (nullable): restrict to one kind
 *
 * Entities with a name that matches @name after normalisation (Jassim finds
 * Jasim), most mentioned first.
 */
GPtrArray *
sitrep_store_find_entities (SitrepStore  *self,
                            const char   *kind,
                            const char   *name,
                            GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  key = sitrep_normalize_name (name);
  if (*key == '\0')
    return g_steal_pointer (&list);

  if (_sitrep_store_lock (self, error) == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self,
                                  "SELECT DISTINCT e.id FROM entity_aliases a JOIN entities e"
                                  " ON e.id = a.entity_id WHERE a.normalized = ?1"
                                  " AND (?2 IS NULL OR e.kind = ?2)"
                                  " ORDER BY (SELECT count(*) FROM annotations n WHERE n.entity_id = e.id)"
                                  " DESC, e.id", error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
      _sitrep_store_bind_text (stmt, 2, kind);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (ids, id);
        }
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);
  if (stmt == NULL)
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      SitrepEntity *e = sitrep_store_get_entity (self, g_array_index (ids, gint64, i), NULL);
      if (e != NULL)
        g_ptr_array_add (list, e);
    }
  return g_steal_pointer (&list);
}

gboolean
sitrep_store_rename_entity (SitrepStore  *self,
                            gint64        id,
                            const char   *name,
                            GError      **error)
{
  g_autofree char *clean = clean_name (name);
  g_autofree char *what = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;
  SitrepEdit edit;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (*clean == '\0')
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID, _("A name cannot be empty."));
      return FALSE;
    }
  what = g_strdup_printf (_("Rename to “%s”"), clean);
  if (!_sitrep_edit_begin (&edit, self, "entity-rename", what, error))
    return FALSE;
  ok = _sitrep_edit_touch (&edit, "entities", id, error);
  if (ok)
    {
      stmt = _sitrep_store_statement (self, "UPDATE entities SET name = ?2 WHERE id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
          ok = _sitrep_store_step_done (edit.db, stmt, _("rename the entity"), error);
          if (ok && sqlite3_changes (edit.db) == 0)
            {
              g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                           _("That entity no longer exists."));
              ok = FALSE;
            }
        }
    }
  /* The new name is one more way to find it. */
  ok = ok && insert_alias (self, edit.db, &edit, id, clean, error) >= 0;
  if (!_sitrep_edit_end (&edit, ok, NULL, 0, error))
    return FALSE;

  _sitrep_store_emit (self, "entities-changed", 0);
  _sitrep_store_emit (self, "annotations-changed", 0);
  return TRUE;
}

gboolean
sitrep_store_set_entity_actor_type (SitrepStore  *self,
                                    gint64        id,
                                    const char   *actor_type,
                                    GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;
  SitrepEdit edit;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (actor_type != NULL && !in_list (actor_type, actor_types, G_N_ELEMENTS (actor_types)))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("“%s” is not an ACLED actor type."), actor_type);
      return FALSE;
    }
  if (!_sitrep_edit_begin (&edit, self, "entity-actor-type", _("Set actor type"), error))
    return FALSE;
  ok = _sitrep_edit_touch (&edit, "entities", id, error);
  if (ok)
    {
      stmt = _sitrep_store_statement (self,
                                      "UPDATE entities SET actor_type = ?2 WHERE id = ?1 AND kind = 'actor'",
                                      error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          _sitrep_store_bind_text (stmt, 2, actor_type);
          ok = _sitrep_store_step_done (edit.db, stmt, _("save the actor type"), error);
          if (ok && sqlite3_changes (edit.db) == 0)
            {
              g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                           _("Only actors have an actor type."));
              ok = FALSE;
            }
        }
    }
  if (!_sitrep_edit_end (&edit, ok, NULL, 0, error))
    return FALSE;

  _sitrep_store_emit (self, "entities-changed", 0);
  return TRUE;
}

/* Touches every row of @sql's result (ids) in @table, then runs @update. */
static gboolean
move_rows (SitrepEdit        *edit,
           const char  *table,
           const char  *select_sql,
           const char  *update_sql,
           gint64       keep,
           gint64       merge,
           GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = _sitrep_store_statement (edit->store, select_sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, merge);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < ids->len; i++)
    {
      if (!_sitrep_edit_touch (edit, table, g_array_index (ids, gint64, i), error))
        return FALSE;
    }
  if (ids->len == 0)
    return TRUE;

  stmt = _sitrep_store_statement (edit->store, update_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, merge);
  sqlite3_bind_int64 (stmt, 2, keep);
  return _sitrep_store_step_done (edit->db, stmt, _("merge the entities"), error);
}

/**
 * sitrep_store_merge_entities:
 * @keep: the entity that stays
 * @merge: the entity folded into it
 *
 * Moves every name, mention, event role and claim of @merge to @keep and
 * removes @merge, as one undoable edit. Nothing is lost: @merge's name
 * becomes an alias of @keep.
 */
gboolean
sitrep_store_merge_entities (SitrepStore  *self,
                             gint64        keep,
                             gint64        merge,
                             GError      **error)
{
  g_autoptr(SitrepEntity) a = NULL;
  g_autoptr(SitrepEntity) b = NULL;
  g_autofree char *what = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;
  SitrepEdit edit;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (keep == merge)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("An entity cannot be merged with itself."));
      return FALSE;
    }
  a = sitrep_store_get_entity (self, keep, error);
  if (a == NULL)
    return FALSE;
  b = sitrep_store_get_entity (self, merge, error);
  if (b == NULL)
    return FALSE;
  if (g_strcmp0 (sitrep_entity_get_kind (a), sitrep_entity_get_kind (b)) != 0)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("“%s” and “%s” are not the same kind of entity."),
                   sitrep_entity_get_name (a), sitrep_entity_get_name (b));
      return FALSE;
    }

  what = g_strdup_printf (_("Merge “%s” into “%s”"), sitrep_entity_get_name (b),
                          sitrep_entity_get_name (a));
  if (!_sitrep_edit_begin (&edit, self, "entity-merge", what, error))
    return FALSE;

  ok = _sitrep_edit_touch (&edit, "entities", keep, error) && _sitrep_edit_touch (&edit, "entities", merge, error);
  /* Names @keep already has are dropped; the rest move. */
  ok = ok && move_rows (&edit, "entity_aliases",
                        "SELECT id FROM entity_aliases WHERE entity_id = ?1",
                        "DELETE FROM entity_aliases WHERE entity_id = ?1 AND alias IN"
                        " (SELECT alias FROM entity_aliases WHERE entity_id = ?2)", keep, merge, error);
  ok = ok && move_rows (&edit, "entity_aliases",
                        "SELECT id FROM entity_aliases WHERE entity_id = ?1",
                        "UPDATE entity_aliases SET entity_id = ?2 WHERE entity_id = ?1", keep, merge, error);
  ok = ok && move_rows (&edit, "annotations",
                        "SELECT id FROM annotations WHERE entity_id = ?1",
                        "UPDATE annotations SET entity_id = ?2 WHERE entity_id = ?1", keep, merge, error);
  ok = ok && move_rows (&edit, "events",
                        "SELECT id FROM events WHERE place_id = ?1",
                        "UPDATE events SET place_id = ?2 WHERE place_id = ?1", keep, merge, error);
  ok = ok && move_rows (&edit, "event_actors",
                        "SELECT id FROM event_actors WHERE entity_id = ?1",
                        "DELETE FROM event_actors WHERE entity_id = ?1 AND (event_id, role) IN"
                        " (SELECT event_id, role FROM event_actors WHERE entity_id = ?2)", keep, merge, error);
  ok = ok && move_rows (&edit, "event_actors",
                        "SELECT id FROM event_actors WHERE entity_id = ?1",
                        "UPDATE event_actors SET entity_id = ?2 WHERE entity_id = ?1", keep, merge, error);
  ok = ok && move_rows (&edit, "claims",
                        "SELECT id FROM claims WHERE claimant_id = ?1",
                        "UPDATE claims SET claimant_id = ?2 WHERE claimant_id = ?1", keep, merge, error);
  if (ok)
    {
      /* Fill what @keep does not know from @merge (coordinates, actor type). */
      stmt = _sitrep_store_statement (self,
                                      "UPDATE entities SET"
                                      " actor_type = coalesce (actor_type, (SELECT actor_type FROM entities WHERE id = ?1)),"
                                      " latitude = coalesce (latitude, (SELECT latitude FROM entities WHERE id = ?1)),"
                                      " longitude = coalesce (longitude, (SELECT longitude FROM entities WHERE id = ?1)),"
                                      " admin1 = coalesce (admin1, (SELECT admin1 FROM entities WHERE id = ?1)),"
                                      " country = coalesce (country, (SELECT country FROM entities WHERE id = ?1)),"
                                      " gazetteer_id = coalesce (gazetteer_id, (SELECT gazetteer_id FROM entities WHERE id = ?1))"
                                      " WHERE id = ?2", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, merge);
          sqlite3_bind_int64 (stmt, 2, keep);
          ok = _sitrep_store_step_done (edit.db, stmt, _("merge the entities"), error);
        }
    }
  if (ok)
    {
      stmt = _sitrep_store_statement (self, "DELETE FROM entities WHERE id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, merge);
          ok = _sitrep_store_step_done (edit.db, stmt, _("merge the entities"), error);
        }
    }
  if (!_sitrep_edit_end (&edit, ok, NULL, 0, error))
    return FALSE;

  _sitrep_store_emit (self, "entities-changed", 0);
  _sitrep_store_emit (self, "annotations-changed", 0);
  return TRUE;
}

static gint64 link_mention_grouped (SitrepStore  *self,
                                    gint64        annotation_id,
                                    const char   *kind,
                                    const char   *text,
                                    GError      **error);

/**
 * sitrep_store_link_mention:
 * @annotation_id: an Actor, Person or Place span
 * @kind: the entity kind for it
 *
 * Links the span as the chooser would by default: to the most mentioned
 * entity whose names match the span's text after normalisation, adding the
 * span's spelling as an alias when it is new; else to a new entity.
 *
 * Returns: the entity id, or 0 with @error set.
 */
gint64
sitrep_store_link_mention (SitrepStore  *self,
                           gint64        annotation_id,
                           const char   *kind,
                           GError      **error)
{
  g_autoptr(SitrepAnnotation) annotation = NULL;
  g_autofree char *text = NULL;
  gint64 entity_id;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  annotation = sitrep_store_get_annotation (self, annotation_id, error);
  if (annotation == NULL)
    return 0;
  text = clean_name (sitrep_annotation_get_text (annotation));

  {
    g_autofree char *what = g_strdup_printf (_("Link “%s”"), text);
    sitrep_store_begin_group (self, what);
    entity_id = link_mention_grouped (self, annotation_id, kind, text, error);
    sitrep_store_end_group (self);
  }
  return entity_id;
}

static gint64
link_mention_grouped (SitrepStore  *self,
                      gint64        annotation_id,
                      const char   *kind,
                      const char   *text,
                      GError      **error)
{
  g_autoptr(GPtrArray) matches = NULL;
  gint64 entity_id;

  matches = sitrep_store_find_entities (self, kind, text, error);
  if (matches == NULL)
    return 0;

  if (matches->len > 0)
    {
      SitrepEntity *e = g_ptr_array_index (matches, 0);
      entity_id = sitrep_entity_get_id (e);
      if (!g_strv_contains ((const char * const *) sitrep_entity_get_aliases (e), text) &&
          !sitrep_store_add_alias (self, entity_id, text, error))
        return 0;
    }
  else
    {
      entity_id = sitrep_store_add_entity (self, kind, text, error);
      if (entity_id == 0)
        return 0;
    }

  if (!sitrep_store_set_annotation_entity (self, annotation_id, entity_id, error))
    return 0;
  return entity_id;
}

/**
 * sitrep_store_set_entity_place:
 * @latitude: NaN with @longitude to clear
 * @gazetteer_id: (nullable): where the coordinates came from ("geonames:170654"),
 *   or %NULL for a place pinned by hand
 *
 * Places an entity on the map, as one undoable edit. Coordinates out of range
 * are refused. Events whose place it is follow (their coordinates are the
 * place's unless set by hand).
 */
gboolean
sitrep_store_set_entity_place (SitrepStore  *self,
                               gint64        id,
                               double        latitude,
                               double        longitude,
                               const char   *admin1,
                               const char   *country,
                               const char   *gazetteer_id,
                               GError      **error)
{
  gboolean clear = isnan (latitude) || isnan (longitude);
  sqlite3_stmt *stmt;
  gboolean ok;
  SitrepEdit edit;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (!clear && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("%.4f, %.4f is not a place on Earth: latitude runs from -90 to 90, "
                     "longitude from -180 to 180."), latitude, longitude);
      return FALSE;
    }

  if (!_sitrep_edit_begin (&edit, self, "entity-place", clear ? _("Remove from the map") : _("Place on the map"),
                   error))
    return FALSE;
  ok = _sitrep_edit_touch (&edit, "entities", id, error);
  if (ok)
    {
      stmt = _sitrep_store_statement (self,
                                      "UPDATE entities SET latitude = ?2, longitude = ?3, admin1 = ?4,"
                                      " country = ?5, gazetteer_id = ?6 WHERE id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          if (!clear)
            {
              sqlite3_bind_double (stmt, 2, latitude);
              sqlite3_bind_double (stmt, 3, longitude);
            }
          _sitrep_store_bind_text (stmt, 4, admin1);
          _sitrep_store_bind_text (stmt, 5, country);
          _sitrep_store_bind_text (stmt, 6, gazetteer_id);
          ok = _sitrep_store_step_done (edit.db, stmt, _("place the entity"), error);
          if (ok && sqlite3_changes (edit.db) == 0)
            {
              g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                           _("That entity no longer exists."));
              ok = FALSE;
            }
        }
    }
  if (!_sitrep_edit_end (&edit, ok, NULL, 0, error))
    return FALSE;

  _sitrep_store_emit (self, "entities-changed", 0);
  return TRUE;
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

/* sitrep-store-labels.c — labels: the project’s label set, its defaults, import and export
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-io.h"
#include "sitrep-label-kind.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"

#define DEFAULT_LABELS "/org/sitrep/Sitrep/core/codebooks/labels-default.json"

gboolean
_sitrep_store_in_list (const char         *value,
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
  if (!sitrep_label_kind_from_string (kind, NULL))
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
  if (!_sitrep_store_step_done (db, stmt, _("The label could not be saved."), error))
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
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(JsonNode) root = sitrep_json_parse (json, -1, &parse_error);
  JsonArray *labels;

  if (root == NULL)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("The label set cannot be read: %s"), parse_error->message);
      return FALSE;
    }
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member (json_node_get_object (root), "labels") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "labels")))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("This is not a Sitrep label set (it has no list of labels)."));
      return FALSE;
    }

  labels = sitrep_json_get_array (json_node_get_object (root), "labels");
  for (guint i = 0; i < json_array_get_length (labels); i++)
    {
      JsonObject *o = sitrep_json_array_get_object (labels, i);
      const char *name, *kind, *color, *key, *desc;
      sqlite3_stmt *stmt;
      gint64 existing = 0;

      if (o == NULL)
        {
          g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                       _("Label %u of the set is not an object."), i + 1);
          return FALSE;
        }
      name = sitrep_json_get_string (o, "name", NULL);
      kind = sitrep_json_get_string (o, "kind", "other");
      color = sitrep_json_get_string (o, "color", "#3584e4");
      key = sitrep_json_get_string (o, "key", NULL);
      desc = sitrep_json_get_string (o, "description", NULL);
      if (!validate_label (name, kind, color, key, error))
        {
          /* Translators: a sentence put before the reason the label was refused */
          g_prefix_error (error, _("Label %u of the set cannot be used. "), i + 1);
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
          if (!_sitrep_store_step_done (db, stmt, _("The label could not be saved."), error))
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
      _sitrep_store_set_sqlite_error (error, db, rc, _("The labels could not be read."));
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
          ok = _sitrep_store_step_done (edit.db, stmt, _("The label could not be saved."), error);
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
          ok = _sitrep_store_step_done (edit.db, stmt, _("The label could not be deleted."), error);
        }
      if (ok)
        {
          stmt = _sitrep_store_statement (self, "DELETE FROM labels WHERE id = ?1", error);
          ok = stmt != NULL;
          if (ok)
            {
              sqlite3_bind_int64 (stmt, 1, id);
              ok = _sitrep_store_step_done (edit.db, stmt, _("The label could not be deleted."), error);
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

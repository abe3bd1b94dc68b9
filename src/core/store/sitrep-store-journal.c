/* sitrep-store-journal.c — the edit journal behind undo and redo
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-journal"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-store-private.h"

/*
 * Each user edit is one transaction and one journal row. While the edit runs
 * it "touches" every row it is about to change; the journal keeps each row's
 * image before and after. Undo writes the before images back in reverse
 * order, redo the after images in order. Images are whole rows, so any edit
 * — a label, a merge of two entities, a title — undoes the same way, and the
 * journal lives in the project file with the data it describes.
 */

/* Tables an edit may touch, each keyed by its integer "id". */
static const char * const journaled_tables[] = {
  "articles", "sources", "labels", "annotators", "annotations", "entities", "entity_aliases",
  "events", "event_actors", "event_evidence", "claims", "stories", "story_steps",
  "suggestions", "suggestion_rejections", "suggestion_places", "adjudication_rejections",
  "proposed_incidents", "suggested_incidents",
};

typedef struct
{
  char *table;
  gint64 id;
  JsonNode *before;   /* NULL: the row did not exist */
} Touched;

struct _SitrepJournalEdit
{
  SitrepStore *store;
  char *kind;
  char *description;
  GArray *touched;    /* Touched, in first-touch order */
  SitrepChangeSet *changes;  /* what the edit changed, once finished */
};

static gboolean
is_journaled (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (journaled_tables); i++)
    {
      if (strcmp (journaled_tables[i], table) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
touched_clear (gpointer data)
{
  Touched *t = data;

  g_free (t->table);
  g_clear_pointer (&t->before, json_node_unref);
}

/* The row as a JSON object, or NULL when there is no such row. */
static JsonNode *
read_image (sqlite3            *db,
            SitrepJournalCache *cache,
            const char         *table,
            gint64              id,
            GError            **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" WHERE id = ?1", table);
  g_autoptr(JsonObject) object = NULL;
  sqlite3_stmt *stmt = NULL;
  JsonNode *node = NULL;
  int rc;

  rc = _sitrep_journal_prepare (db, cache, sql, &stmt);
  if (rc != SQLITE_OK)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("The change could not be recorded."));
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      object = json_object_new ();
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *name = sqlite3_column_name (stmt, i);

          switch (sqlite3_column_type (stmt, i))
            {
            case SQLITE_INTEGER:
              json_object_set_int_member (object, name, sqlite3_column_int64 (stmt, i));
              break;
            case SQLITE_FLOAT:
              json_object_set_double_member (object, name, sqlite3_column_double (stmt, i));
              break;
            case SQLITE_TEXT:
              json_object_set_string_member (object, name, (const char *) sqlite3_column_text (stmt, i));
              break;
            default:
              json_object_set_null_member (object, name);
              break;
            }
        }
      node = json_node_init_object (json_node_alloc (), object);
    }
  else if (rc != SQLITE_DONE)
    _sitrep_store_set_sqlite_error (error, db, rc, _("The change could not be recorded."));
  _sitrep_journal_release (cache, stmt);

  return node;
}

static void
bind_json (sqlite3_stmt *stmt,
           int           index,
           JsonNode     *value)
{
  if (value == NULL || JSON_NODE_HOLDS_NULL (value))
    sqlite3_bind_null (stmt, index);
  else if (json_node_get_value_type (value) == G_TYPE_INT64)
    sqlite3_bind_int64 (stmt, index, json_node_get_int (value));
  else if (json_node_get_value_type (value) == G_TYPE_DOUBLE)
    sqlite3_bind_double (stmt, index, json_node_get_double (value));
  else if (json_node_get_value_type (value) == G_TYPE_BOOLEAN)
    sqlite3_bind_int (stmt, index, json_node_get_boolean (value));
  else
    sqlite3_bind_text (stmt, index, json_node_get_string (value), -1, SQLITE_TRANSIENT);
}

static gboolean
exec_bound (sqlite3            *db,
            SitrepJournalCache *cache,
            const char         *sql,
            JsonObject         *object,
            GList              *columns,
            gint64              id,
            GError            **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = _sitrep_journal_prepare (db, cache, sql, &stmt);
  int i = 1;

  if (rc == SQLITE_OK)
    {
      for (GList *l = columns; l != NULL; l = l->next)
        bind_json (stmt, i++, json_object_get_member (object, l->data));
      if (id != 0)
        sqlite3_bind_int64 (stmt, i, id);
      rc = sqlite3_step (stmt);
    }
  _sitrep_journal_release (cache, stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("The change could not be undone or redone."));
      return FALSE;
    }
  return TRUE;
}

/* The search index follows article titles; bodies never change. */
static gboolean
reindex_article (sqlite3     *db,
                 gint64       id,
                 const char  *old_title,
                 GError     **error)
{
  static const char sql[] =
    "INSERT INTO articles_fts (articles_fts, rowid, title, body)"
    " SELECT 'delete', ?1, ?2, body FROM article_texts WHERE article_id = ?1;"
    "INSERT INTO articles_fts (rowid, title, body)"
    " SELECT a.id, a.title, t.body FROM articles a JOIN article_texts t"
    " ON t.article_id = a.id WHERE a.id = ?1;";
  const char *tail = sql;

  while (tail != NULL && *tail != '\0')
    {
      sqlite3_stmt *stmt = NULL;
      int rc = sqlite3_prepare_v2 (db, tail, -1, &stmt, &tail);

      if (rc != SQLITE_OK)
        {
          _sitrep_store_set_sqlite_error (error, db, rc, _("The search index could not be updated."));
          return FALSE;
        }
      if (stmt == NULL)
        break;
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_bind_parameter_count (stmt) >= 2)
        sqlite3_bind_text (stmt, 2, old_title, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        {
          _sitrep_store_set_sqlite_error (error, db, rc, _("The search index could not be updated."));
          return FALSE;
        }
    }
  return TRUE;
}

/* Makes row @id of @table look like @image (or not exist, for NULL). */
static gboolean
restore_row (sqlite3            *db,
             SitrepJournalCache *cache,
             const char         *table,
             gint64            id,
             JsonNode         *image,
             SitrepChangeSet  *changes,
             GError          **error)
{
  g_autoptr(JsonNode) current = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GList) columns = NULL;
  g_autofree char *old_title = NULL;
  JsonObject *object;

  if (!is_journaled (table))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("The edit history names a table Sitrep does not know."));
      return FALSE;
    }

  current = read_image (db, cache, table, id, error);
  if (current == NULL && error != NULL && *error != NULL)
    return FALSE;
  if (changes != NULL)
    _sitrep_change_set_add_row (changes, table, id,
                                current != NULL ? json_node_get_object (current) : NULL,
                                image != NULL && JSON_NODE_HOLDS_OBJECT (image)
                                  ? json_node_get_object (image) : NULL);
  if (current != NULL && strcmp (table, "articles") == 0)
    old_title = g_strdup (json_object_get_string_member_with_default (json_node_get_object (current),
                                                                      "title", ""));

  if (image == NULL || JSON_NODE_HOLDS_NULL (image))
    {
      g_autofree char *del = g_strdup_printf ("DELETE FROM \"%s\" WHERE id = ?1", table);
      sqlite3_stmt *stmt = NULL;
      int rc;

      if (current == NULL)
        return TRUE;
      if (strcmp (table, "articles") == 0)
        {
          g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                       _("Articles are not removed by undo."));
          return FALSE;
        }
      rc = _sitrep_journal_prepare (db, cache, del, &stmt);
      if (rc == SQLITE_OK)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          rc = sqlite3_step (stmt);
        }
      _sitrep_journal_release (cache, stmt);
      if (rc != SQLITE_DONE)
        {
          _sitrep_store_set_sqlite_error (error, db, rc, _("The change could not be undone or redone."));
          return FALSE;
        }
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_OBJECT (image))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_CORRUPT,
                   _("The edit history of this project is damaged."));
      return FALSE;
    }
  object = json_node_get_object (image);
  columns = json_object_get_members (object);
  for (GList *l = columns; l != NULL; l = l->next)
    {
      const char *col = l->data;

      for (const char *p = col; *p != '\0'; p++)
        {
          if (!g_ascii_isalnum (*p) && *p != '_')
            {
              g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_CORRUPT,
                           _("The edit history of this project is damaged."));
              return FALSE;
            }
        }
      if (!_sitrep_journal_has_column (db, cache, table, col))
        {
          g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_CORRUPT,
                       _("The edit history of this project is damaged."));
          return FALSE;
        }
    }

  if (current != NULL)
    {
      g_string_append_printf (sql, "UPDATE \"%s\" SET ", table);
      for (GList *l = columns; l != NULL; l = l->next)
        g_string_append_printf (sql, "%s\"%s\" = ?", l == columns ? "" : ", ", (char *) l->data);
      g_string_append (sql, " WHERE id = ?");
      if (!exec_bound (db, cache, sql->str, object, columns, id, error))
        return FALSE;
    }
  else
    {
      g_string_append_printf (sql, "INSERT INTO \"%s\" (", table);
      for (GList *l = columns; l != NULL; l = l->next)
        g_string_append_printf (sql, "%s\"%s\"", l == columns ? "" : ", ", (char *) l->data);
      g_string_append (sql, ") VALUES (");
      for (GList *l = columns; l != NULL; l = l->next)
        g_string_append (sql, l == columns ? "?" : ", ?");
      g_string_append (sql, ")");
      if (!exec_bound (db, cache, sql->str, object, columns, 0, error))
        return FALSE;
    }

  if (old_title != NULL &&
      g_strcmp0 (old_title, json_object_get_string_member_with_default (object, "title", "")) != 0)
    return reindex_article (db, id, old_title, error);

  return TRUE;
}

/* An open group of edits ("label and link"): its id and description. */
typedef struct
{
  gint64 id;
  char *description;
  guint depth;
  gboolean wrote;   /* an edit was recorded in the group */
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->description);
  g_free (group);
}

static Group *
current_group (SitrepStore *store)
{
  return g_object_get_data (G_OBJECT (store), "sitrep-journal-group");
}

/**
 * sitrep_store_begin_group:
 * @description: what Undo will say for the whole group
 *
 * Edits made until sitrep_store_end_group () are undone and redone as one
 * step. Each edit is still committed on its own. Groups nest; the outermost
 * description is used.
 */
void
sitrep_store_begin_group (SitrepStore *self,
                          const char  *description)
{
  static gint64 counter;
  Group *group;

  g_return_if_fail (SITREP_IS_STORE (self));

  group = current_group (self);
  if (group != NULL)
    {
      group->depth++;
      return;
    }

  group = g_new0 (Group, 1);
  /* Unique within the session: time-based, then counted. */
  group->id = MAX (g_get_real_time (), counter + 1);
  counter = group->id;
  group->description = g_strdup (description);
  group->depth = 1;
  g_object_set_data_full (G_OBJECT (self), "sitrep-journal-group", group, group_free);
}

/**
 * sitrep_store_join_last_group:
 * @description: what Undo says when there is no step to join
 *
 * As sitrep_store_begin_group (), but the edits join the latest step of this
 * session that can be undone, so that what follows from an edit by itself
 * (the map linking and placing a new place span) is undone with it. End with
 * sitrep_store_end_group ().
 */
void
sitrep_store_join_last_group (SitrepStore *self,
                              const char  *description)
{
  sqlite3_stmt *stmt;
  gint64 last_id = 0, last_group = 0;
  g_autofree char *last_description = NULL;
  Group *group;

  g_return_if_fail (SITREP_IS_STORE (self));

  group = current_group (self);
  if (group != NULL)
    {
      group->depth++;
      return;
    }

  if (_sitrep_store_lock (self, NULL) != NULL)
    {
      stmt = _sitrep_store_statement (self,
                                      "SELECT id, coalesce (group_id, -id), description FROM journal"
                                      " WHERE session = ?1 AND undone = 0 ORDER BY id DESC LIMIT 1", NULL);
      if (stmt != NULL)
        {
          sqlite3_bind_text (stmt, 1, _sitrep_store_get_session (self), -1, SQLITE_TRANSIENT);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            {
              last_id = sqlite3_column_int64 (stmt, 0);
              last_group = sqlite3_column_int64 (stmt, 1);
              last_description = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
            }
          sqlite3_reset (stmt);
        }
      _sitrep_store_unlock (self);
    }

  if (last_id == 0)
    {
      sitrep_store_begin_group (self, description);
      return;
    }

  /* A step without a group is grouped by -id (see undo_or_redo): taking
   * that as the group id joins it without rewriting it. */
  group = g_new0 (Group, 1);
  group->id = last_group;
  group->description = g_steal_pointer (&last_description);
  group->depth = 1;
  g_object_set_data_full (G_OBJECT (self), "sitrep-journal-group", group, group_free);
}

/* Returns whether the group recorded an edit, so that a caller taking back
 * a failed group undoes only when there is something of its own to undo. */
gboolean
sitrep_store_end_group (SitrepStore *self)
{
  Group *group;
  gboolean wrote;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  group = current_group (self);
  g_return_val_if_fail (group != NULL, FALSE);
  wrote = group->wrote;
  if (--group->depth == 0)
    g_object_set_data (G_OBJECT (self), "sitrep-journal-group", NULL);
  return wrote;
}

SitrepJournalEdit *
_sitrep_journal_begin (SitrepStore *store,
                       const char  *kind,
                       const char  *description)
{
  SitrepJournalEdit *edit = g_new0 (SitrepJournalEdit, 1);

  edit->store = store;
  edit->kind = g_strdup (kind);
  edit->description = g_strdup (description);
  edit->touched = g_array_new (FALSE, TRUE, sizeof (Touched));
  g_array_set_clear_func (edit->touched, touched_clear);

  return edit;
}

/* Returns the old description, to free. */
char *
_sitrep_journal_set_description (SitrepJournalEdit *edit,
                                 const char        *description)
{
  char *old = edit->description;

  edit->description = g_strdup (description);
  return old;
}

void
_sitrep_journal_free (SitrepJournalEdit *edit)
{
  if (edit == NULL)
    return;
  g_array_unref (edit->touched);
  _sitrep_change_set_free (edit->changes);
  g_free (edit->kind);
  g_free (edit->description);
  g_free (edit);
}

gboolean
_sitrep_journal_touch (SitrepJournalEdit  *edit,
                       sqlite3            *db,
                       const char         *table,
                       gint64              id,
                       GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  Touched t = { NULL, id, NULL };

  g_return_val_if_fail (is_journaled (table), FALSE);

  for (guint i = 0; i < edit->touched->len; i++)
    {
      Touched *old = &g_array_index (edit->touched, Touched, i);
      if (old->id == id && strcmp (old->table, table) == 0)
        return TRUE;
    }

  t.before = read_image (db, NULL, table, id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  t.table = g_strdup (table);
  g_array_append_val (edit->touched, t);

  return TRUE;
}

void
_sitrep_journal_touch_new (SitrepJournalEdit *edit,
                           const char        *table,
                           gint64             id)
{
  Touched t = { g_strdup (table), id, NULL };

  g_return_if_fail (is_journaled (table));
  g_array_append_val (edit->touched, t);
}

/* What the finished edit changed, for the caller to emit once it is
 * committed; NULL when it changed nothing. */
SitrepChangeSet *
_sitrep_journal_steal_changes (SitrepJournalEdit *edit)
{
  return g_steal_pointer (&edit->changes);
}

/* Writes the journal row; call inside the edit's transaction, last. */
gboolean
_sitrep_journal_finish (SitrepJournalEdit  *edit,
                        sqlite3            *db,
                        const char         *session,
                        GError            **error)
{
  g_autoptr(JsonArray) undo = json_array_new ();
  g_autoptr(JsonArray) redo = json_array_new ();
  g_autoptr(JsonNode) undo_node = NULL;
  g_autoptr(JsonNode) redo_node = NULL;
  g_autofree char *undo_text = NULL;
  g_autofree char *redo_text = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (edit->touched->len == 0)
    return TRUE;

  g_clear_pointer (&edit->changes, _sitrep_change_set_free);
  edit->changes = _sitrep_change_set_new ();
  for (guint i = 0; i < edit->touched->len; i++)
    {
      Touched *t = &g_array_index (edit->touched, Touched, i);
      g_autoptr(GError) local_error = NULL;
      JsonNode *after = read_image (db, NULL, t->table, t->id, &local_error);
      JsonObject *step;

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      _sitrep_change_set_add_row (edit->changes, t->table, t->id,
                                  t->before != NULL ? json_node_get_object (t->before) : NULL,
                                  after != NULL ? json_node_get_object (after) : NULL);

      step = json_object_new ();
      json_object_set_string_member (step, "table", t->table);
      json_object_set_int_member (step, "id", t->id);
      if (after != NULL)
        json_object_set_member (step, "image", after);
      else
        json_object_set_null_member (step, "image");
      json_array_add_object_element (redo, step);

      step = json_object_new ();
      json_object_set_string_member (step, "table", t->table);
      json_object_set_int_member (step, "id", t->id);
      if (t->before != NULL)
        json_object_set_member (step, "image", json_node_copy (t->before));
      else
        json_object_set_null_member (step, "image");
      /* undo runs backwards */
      json_array_add_object_element (undo, step);
    }

  {
    /* reverse the undo list */
    g_autoptr(JsonArray) reversed = json_array_new ();
    for (guint i = json_array_get_length (undo); i > 0; i--)
      json_array_add_element (reversed, json_node_copy (json_array_get_element (undo, i - 1)));
    undo_node = json_node_init_array (json_node_alloc (), reversed);
  }
  redo_node = json_node_init_array (json_node_alloc (), redo);
  undo_text = json_to_string (undo_node, FALSE);
  redo_text = json_to_string (redo_node, FALSE);

  /* A new edit ends what could be redone. */
  stmt = _sitrep_store_statement (edit->store,
                                  "DELETE FROM journal WHERE session = ?1 AND undone = 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, session, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("The change could not be recorded."));
      return FALSE;
    }

  stmt = _sitrep_store_statement (edit->store,
                                  "INSERT INTO journal (session, kind, description, undo, redo, group_id)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, session, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, edit->kind, -1, SQLITE_TRANSIENT);
  {
    Group *group = current_group (edit->store);

    sqlite3_bind_text (stmt, 3, group != NULL && group->description != NULL ? group->description
                                                                           : edit->description,
                       -1, SQLITE_TRANSIENT);
    if (group != NULL)
      {
        sqlite3_bind_int64 (stmt, 6, group->id);
        group->wrote = TRUE;
      }
    else
      sqlite3_bind_null (stmt, 6);
  }
  sqlite3_bind_text (stmt, 4, undo_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, redo_text, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("The change could not be recorded."));
      return FALSE;
    }

  return TRUE;
}

/* Applies a list of steps; collects the tables it touched into @tables. */
gboolean
_sitrep_journal_apply (sqlite3            *db,
                       SitrepJournalCache *cache,
                       const char         *steps_json,
                       GHashTable       *tables,
                       SitrepChangeSet  *changes,
                       GError          **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(SitrepJournalCache) own = NULL;
  JsonNode *root;
  JsonArray *steps;

  if (cache == NULL)
    cache = own = _sitrep_journal_cache_new ();

  if (!json_parser_load_from_data (parser, steps_json, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_CORRUPT,
                   _("The edit history of this project is damaged."));
      return FALSE;
    }

  steps = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (steps); i++)
    {
      JsonObject *step = json_array_get_object_element (steps, i);
      const char *table;
      gint64 id;

      if (step == NULL || !json_object_has_member (step, "table") ||
          !json_object_has_member (step, "id"))
        {
          g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_CORRUPT,
                       _("The edit history of this project is damaged."));
          return FALSE;
        }
      table = json_object_get_string_member (step, "table");
      id = json_object_get_int_member (step, "id");
      if (table == NULL ||
          !restore_row (db, cache, table, id, json_object_get_member (step, "image"), changes, error))
        return FALSE;
      if (tables != NULL)
        {
          if (strcmp (table, "articles") == 0)
            g_hash_table_add (tables, g_strdup_printf ("articles:%" G_GINT64_FORMAT, id));
          else
            g_hash_table_add (tables, g_strdup (table));
        }
    }

  return TRUE;
}

/* Tells the views what an undo or redo changed. */
static void
emit_for_tables (SitrepStore *self,
                 GHashTable  *tables)
{
  GHashTableIter iter;
  const char *key;
  gboolean annotations = FALSE, labels = FALSE, entities = FALSE, events = FALSE, stories = FALSE;

  g_hash_table_iter_init (&iter, tables);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    {
      if (g_str_has_prefix (key, "articles:"))
        _sitrep_store_emit (self, "article-updated", g_ascii_strtoll (key + 9, NULL, 10));
      else if (strcmp (key, "annotations") == 0 || strcmp (key, "suggestions") == 0 ||
               strcmp (key, "proposed_incidents") == 0)
        annotations = TRUE;
      else if (strcmp (key, "labels") == 0)
        labels = TRUE;
      else if (strcmp (key, "entities") == 0 || strcmp (key, "entity_aliases") == 0)
        entities = TRUE;
      else if (strcmp (key, "events") == 0 || strcmp (key, "event_actors") == 0 ||
               strcmp (key, "event_evidence") == 0 || strcmp (key, "claims") == 0)
        events = TRUE;
      else if (strcmp (key, "stories") == 0 || strcmp (key, "story_steps") == 0)
        stories = TRUE;
    }
  if (labels)
    _sitrep_store_emit (self, "labels-changed", 0);
  if (entities)
    _sitrep_store_emit (self, "entities-changed", 0);
  if (annotations || entities || labels)
    _sitrep_store_emit (self, "annotations-changed", 0);
  if (events || entities)
    _sitrep_store_emit (self, "events-changed", 0);
  if (stories || events)
    _sitrep_store_emit (self, "stories-changed", 0);
  _sitrep_store_emit (self, "history-changed", 0);
}

static gboolean
step_history (SitrepStore  *self,
              gboolean      undo,
              GError      **error)
{
  g_autoptr(GHashTable) tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(SitrepChangeSet) changes = _sitrep_change_set_new ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) all_steps = g_ptr_array_new_with_free_func (g_free);
  /* Before the lock goes: its statements belong to the connection. */
  g_autoptr(SitrepJournalCache) cache = NULL;
  sqlite3_stmt *stmt;
  sqlite3 *db;
  gint64 journal_id = 0;
  gint64 group = 0;
  int rc;

  if (!_sitrep_store_check_writable (self, error))
    return FALSE;
  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return FALSE;
  if (!_sitrep_store_begin (self, error))
    goto failed;
  cache = _sitrep_journal_cache_new ();

  /* The latest step: one edit, or every edit of its group. */
  stmt = _sitrep_store_statement (self,
                                  undo ? "SELECT coalesce (group_id, -id) FROM journal WHERE session = ?1"
                                         " AND undone = 0 ORDER BY id DESC LIMIT 1"
                                       : "SELECT coalesce (group_id, -id) FROM journal WHERE session = ?1"
                                         " AND undone = 1 ORDER BY id ASC LIMIT 1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, _sitrep_store_get_session (self), -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      group = sqlite3_column_int64 (stmt, 0);
      journal_id = 1;
    }
  sqlite3_reset (stmt);
  if (journal_id == 0)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                   undo ? _("There is nothing to undo.") : _("There is nothing to redo."));
      goto failed;
    }

  /* Rows come back in an order that may briefly point at rows still to come. */
  if (!_sitrep_store_exec (db, "PRAGMA defer_foreign_keys = ON;", error))
    goto failed;

  stmt = _sitrep_store_statement (self,
                                  undo ? "SELECT id, undo FROM journal WHERE session = ?1 AND undone = 0"
                                         " AND coalesce (group_id, -id) = ?2 ORDER BY id DESC"
                                       : "SELECT id, redo FROM journal WHERE session = ?1 AND undone = 1"
                                         " AND coalesce (group_id, -id) = ?2 ORDER BY id ASC", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, _sitrep_store_get_session (self), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, group);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
      g_ptr_array_add (all_steps, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < ids->len; i++)
    {
      if (!_sitrep_journal_apply (db, cache, g_ptr_array_index (all_steps, i), tables, changes, error))
        goto failed;

      stmt = _sitrep_store_statement (self, "UPDATE journal SET undone = ?2 WHERE id = ?1", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      sqlite3_bind_int (stmt, 2, undo ? 1 : 0);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          _sitrep_store_set_sqlite_error (error, db, rc, _("The change could not be recorded."));
          goto failed;
        }
    }
  g_clear_pointer (&cache, _sitrep_journal_cache_free);
  if (!_sitrep_store_commit (self, error))
    goto failed;
  _sitrep_store_unlock (self);

  _sitrep_store_emit_changes (self, changes);
  emit_for_tables (self, tables);
  return TRUE;

failed:
  g_clear_pointer (&cache, _sitrep_journal_cache_free);
  _sitrep_store_rollback (self);
  _sitrep_store_unlock (self);
  return FALSE;
}

/**
 * sitrep_store_undo:
 *
 * Undoes the latest edit of this session, in one transaction.
 */
gboolean
sitrep_store_undo (SitrepStore  *self,
                   GError      **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  return step_history (self, TRUE, error);
}

/**
 * sitrep_store_redo:
 *
 * Redoes the edit undone last, in one transaction.
 */
gboolean
sitrep_store_redo (SitrepStore  *self,
                   GError      **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  return step_history (self, FALSE, error);
}

static char *
history_description (SitrepStore *self,
                     gboolean     undo)
{
  sqlite3_stmt *stmt;
  char *description = NULL;

  if (_sitrep_store_lock (self, NULL) == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self,
                                  undo ? "SELECT description FROM journal WHERE session = ?1"
                                         " AND undone = 0 ORDER BY id DESC LIMIT 1"
                                       : "SELECT description FROM journal WHERE session = ?1"
                                         " AND undone = 1 ORDER BY id ASC LIMIT 1", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, _sitrep_store_get_session (self), -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        description = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);

  return description;
}

/* What Undo would undo ("Label “Jasim” as Place"), or NULL. */
char *
sitrep_store_dup_undo_description (SitrepStore *self)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);
  return history_description (self, TRUE);
}

char *
sitrep_store_dup_redo_description (SitrepStore *self)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);
  return history_description (self, FALSE);
}

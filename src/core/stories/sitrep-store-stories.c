/* sitrep-store-stories.c — stories: hand-picked, ordered lists of events for presentation
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-store-private.h"
#include "sitrep-store.h"

/* Steps keep positions 0 … n-1 with no gaps: every edit below renumbers
 * what it moves, so the order read back is the order the user made. */

G_DEFINE_BOXED_TYPE (SitrepStory, sitrep_story, sitrep_story_copy, sitrep_story_free)

SitrepStory *
sitrep_story_copy (const SitrepStory *story)
{
  SitrepStory *copy;

  g_return_val_if_fail (story != NULL, NULL);

  copy = g_memdup2 (story, sizeof *story);
  copy->name = g_strdup (story->name);
  copy->created_at = g_strdup (story->created_at);
  return copy;
}

void
sitrep_story_free (SitrepStory *story)
{
  if (story == NULL)
    return;
  g_free (story->name);
  g_free (story->created_at);
  g_free (story);
}

/* ---------------------------------------------------------------- edits */

static gboolean
fail (GError     **error,
      int          code,
      const char  *message)
{
  g_set_error_literal (error, SITREP_STORE_ERROR, code, message);
  return FALSE;
}

/* The name stripped, or NULL (and INVALID) when nothing is left. */
static char *
clean_name (const char  *name,
            GError     **error)
{
  g_autofree char *stripped = NULL;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    {
      fail (error, SITREP_STORE_ERROR_INVALID, _("A story needs a name."));
      return NULL;
    }
  stripped = g_strstrip (g_strdup (name));
  if (*stripped == '\0')
    {
      fail (error, SITREP_STORE_ERROR_INVALID, _("A story needs a name."));
      return NULL;
    }
  return g_steal_pointer (&stripped);
}

/* The id of the story called @name (0: none); -1 on a database error. */
static gint64
story_by_name (SitrepStore  *self,
               const char   *name,
               GError      **error)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "SELECT id FROM stories WHERE name = ?1", error);
  gint64 id = 0;

  if (stmt == NULL)
    return -1;
  _sitrep_store_bind_text (stmt, 1, name);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return id;
}

static gboolean
story_exists (SitrepStore  *self,
              gint64        id,
              GError      **error)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "SELECT 1 FROM stories WHERE id = ?1", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (!found)
    fail (error, SITREP_STORE_ERROR_NOT_FOUND, _("That story is no longer in the project."));
  return found;
}

static gboolean
name_free (SitrepStore  *self,
           const char   *name,
           gint64        except_id,
           GError      **error)
{
  gint64 other = story_by_name (self, name, error);

  if (other < 0)
    return FALSE;
  if (other != 0 && other != except_id)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_EXISTS,
                   _("There is already a story called “%s”. Choose another name."), name);
      return FALSE;
    }
  return TRUE;
}

/* The steps of a story: step row ids (gint64) in order. */
static GArray *
step_rows (SitrepStore  *self,
           gint64        story_id,
           GError      **error)
{
  sqlite3_stmt *stmt;
  GArray *rows;
  int rc;

  stmt = _sitrep_store_statement (self,
                                  "SELECT id FROM story_steps WHERE story_id = ?1 ORDER BY position, id",
                                  error);
  if (stmt == NULL)
    return NULL;
  rows = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_bind_int64 (stmt, 1, story_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (rows, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, _sitrep_store_lock (self, NULL), rc, _("The story could not be read."));
      _sitrep_store_unlock (self);
      g_array_unref (rows);
      return NULL;
    }
  return rows;
}

/* Writes positions 0 … n-1 in the order of @rows, touching only the rows
 * whose position changes. */
static gboolean
renumber (SitrepEdit     *edit,
          GArray   *rows,
          GError  **error)
{
  sqlite3_stmt *read, *write;

  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = g_array_index (rows, gint64, i);
      gint64 position = -1;

      read = _sitrep_store_statement (edit->store, "SELECT position FROM story_steps WHERE id = ?1", error);
      if (read == NULL)
        return FALSE;
      sqlite3_bind_int64 (read, 1, id);
      if (sqlite3_step (read) == SQLITE_ROW)
        position = sqlite3_column_int64 (read, 0);
      sqlite3_reset (read);
      if (position == i)
        continue;

      if (!_sitrep_edit_touch (edit, "story_steps", id, error))
        return FALSE;
      write = _sitrep_store_statement (edit->store, "UPDATE story_steps SET position = ?2 WHERE id = ?1",
                                       error);
      if (write == NULL)
        return FALSE;
      sqlite3_bind_int64 (write, 1, id);
      sqlite3_bind_int64 (write, 2, i);
      if (!_sitrep_store_step_done (edit->db, write, _("reorder the story"), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
event_exists (SitrepStore  *self,
              gint64        event_id,
              GError      **error)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "SELECT 1 FROM events WHERE id = ?1", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (!found)
    fail (error, SITREP_STORE_ERROR_NOT_FOUND, _("That event is no longer in the project."));
  return found;
}

static gboolean
event_in_story (SitrepStore *self,
                gint64       story_id,
                gint64       event_id)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self,
                                                "SELECT 1 FROM story_steps WHERE story_id = ?1 AND event_id = ?2",
                                                NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, story_id);
  sqlite3_bind_int64 (stmt, 2, event_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

/* Inserts a step at the end (position = current count) and returns its row id. */
static gint64
insert_step (SitrepEdit     *edit,
             gint64    story_id,
             gint64    event_id,
             gint64    position,
             GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = _sitrep_store_statement (edit->store,
                                  "INSERT INTO story_steps (story_id, position, event_id) VALUES (?1, ?2, ?3)",
                                  error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, story_id);
  sqlite3_bind_int64 (stmt, 2, position);
  sqlite3_bind_int64 (stmt, 3, event_id);
  if (!_sitrep_store_step_done (edit->db, stmt, _("The step could not be added."), error))
    return 0;
  id = sqlite3_last_insert_rowid (edit->db);
  _sitrep_journal_touch_new (edit->journal, "story_steps", id);
  return id;
}

static gboolean
delete_step (SitrepEdit     *edit,
             gint64    step_id,
             GError  **error)
{
  sqlite3_stmt *stmt;

  if (!_sitrep_edit_touch (edit, "story_steps", step_id, error))
    return FALSE;
  stmt = _sitrep_store_statement (edit->store, "DELETE FROM story_steps WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, step_id);
  return _sitrep_store_step_done (edit->db, stmt, _("The step could not be removed."), error);
}

/* ---------------------------------------------------------------- public API */

/**
 * sitrep_store_create_story:
 * @name: what the user calls it; unique in the project
 *
 * Returns: the new story's id, or 0 with @error set (INVALID, EXISTS).
 */
gint64
sitrep_store_create_story (SitrepStore  *self,
                           const char   *name,
                           GError      **error)
{
  g_autofree char *clean = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  clean = clean_name (name, error);
  if (clean == NULL)
    return 0;
  if (!_sitrep_edit_begin (&edit, self, "story", _("New story"), error))
    return 0;
  ok = name_free (self, clean, 0, error);
  stmt = ok ? _sitrep_store_statement (self, "INSERT INTO stories (name) VALUES (?1)", error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      _sitrep_store_bind_text (stmt, 1, clean);
      ok = _sitrep_store_step_done (edit.db, stmt, _("The story could not be created."), error);
    }
  if (ok)
    {
      id = sqlite3_last_insert_rowid (edit.db);
      _sitrep_journal_touch_new (edit.journal, "stories", id);
    }
  return _sitrep_edit_end (&edit, ok, "stories-changed", id, error) ? id : 0;
}

gboolean
sitrep_store_rename_story (SitrepStore  *self,
                           gint64        story_id,
                           const char   *name,
                           GError      **error)
{
  g_autofree char *clean = NULL;
  sqlite3_stmt *stmt;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  clean = clean_name (name, error);
  if (clean == NULL)
    return FALSE;
  if (!_sitrep_edit_begin (&edit, self, "story", _("Rename story"), error))
    return FALSE;
  ok = story_exists (self, story_id, error) && name_free (self, clean, story_id, error) &&
       _sitrep_edit_touch (&edit, "stories", story_id, error);
  stmt = ok ? _sitrep_store_statement (self, "UPDATE stories SET name = ?2 WHERE id = ?1", error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, story_id);
      _sitrep_store_bind_text (stmt, 2, clean);
      ok = _sitrep_store_step_done (edit.db, stmt, _("The story could not be renamed."), error);
    }
  return _sitrep_edit_end (&edit, ok, "stories-changed", story_id, error);
}

gboolean
sitrep_store_delete_story (SitrepStore  *self,
                           gint64        story_id,
                           GError      **error)
{
  g_autoptr(GArray) rows = NULL;
  sqlite3_stmt *stmt;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (!_sitrep_edit_begin (&edit, self, "story", _("Delete story"), error))
    return FALSE;
  ok = story_exists (self, story_id, error) && (rows = step_rows (self, story_id, error)) != NULL;
  /* The steps go first, each journaled, so undo brings them back too. */
  for (guint i = 0; ok && i < rows->len; i++)
    ok = delete_step (&edit, g_array_index (rows, gint64, i), error);
  ok = ok && _sitrep_edit_touch (&edit, "stories", story_id, error);
  stmt = ok ? _sitrep_store_statement (self, "DELETE FROM stories WHERE id = ?1", error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, story_id);
      ok = _sitrep_store_step_done (edit.db, stmt, _("The story could not be deleted."), error);
    }
  return _sitrep_edit_end (&edit, ok, "stories-changed", story_id, error);
}

GPtrArray *
sitrep_store_list_stories (SitrepStore  *self,
                           GError      **error)
{
  g_autoptr(GPtrArray) stories = NULL;
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self,
                                  "SELECT s.id, s.name, s.created_at,"
                                  " (SELECT count (*) FROM story_steps t WHERE t.story_id = s.id)"
                                  " FROM stories s ORDER BY s.name COLLATE NOCASE, s.id",
                                  error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return NULL;
    }
  stories = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_story_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SitrepStory *story = g_new0 (SitrepStory, 1);

      story->id = sqlite3_column_int64 (stmt, 0);
      story->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      story->created_at = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      story->n_steps = (guint) sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (stories, story);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("The stories could not be listed."));
      g_clear_pointer (&stories, g_ptr_array_unref);
    }
  _sitrep_store_unlock (self);
  return g_steal_pointer (&stories);
}

gint64
sitrep_store_find_story (SitrepStore  *self,
                         const char   *name,
                         GError      **error)
{
  g_autofree char *clean = NULL;
  gint64 id;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  clean = clean_name (name, error);
  if (clean == NULL)
    return 0;
  if (_sitrep_store_lock (self, error) == NULL)
    return 0;
  id = story_by_name (self, clean, error);
  _sitrep_store_unlock (self);
  if (id < 0)
    return 0;
  if (id == 0)
    g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                 _("There is no story called “%s” in this project."), clean);
  return id;
}

GArray *
sitrep_store_list_story_steps (SitrepStore  *self,
                               gint64        story_id,
                               GError      **error)
{
  g_autoptr(GArray) events = NULL;
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return NULL;
  if (!story_exists (self, story_id, error))
    {
      _sitrep_store_unlock (self);
      return NULL;
    }
  stmt = _sitrep_store_statement (self,
                                  "SELECT event_id FROM story_steps WHERE story_id = ?1"
                                  " ORDER BY position, id",
                                  error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return NULL;
    }
  events = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_bind_int64 (stmt, 1, story_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (events, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("The story could not be read."));
      g_clear_pointer (&events, g_array_unref);
    }
  _sitrep_store_unlock (self);
  return g_steal_pointer (&events);
}

gboolean
sitrep_store_add_story_step (SitrepStore  *self,
                             gint64        story_id,
                             gint64        event_id,
                             int           position,
                             GError      **error)
{
  g_autoptr(GArray) rows = NULL;
  gint64 id;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (!_sitrep_edit_begin (&edit, self, "story", _("Add event to story"), error))
    return FALSE;
  ok = story_exists (self, story_id, error) && event_exists (self, event_id, error);
  if (ok && event_in_story (self, story_id, event_id))
    ok = fail (error, SITREP_STORE_ERROR_DUPLICATE, _("That event is already a step of this story."));
  ok = ok && (rows = step_rows (self, story_id, error)) != NULL;
  if (ok && (position < 0 || (guint) position > rows->len))
    position = (int) rows->len;
  id = ok ? insert_step (&edit, story_id, event_id, rows->len, error) : 0;
  ok = id != 0;
  if (ok)
    {
      g_array_insert_val (rows, position, id);
      /* The new row was touched as new: renumbering it journals nothing more. */
      ok = renumber (&edit, rows, error);
    }
  return _sitrep_edit_end (&edit, ok, "stories-changed", story_id, error);
}

gboolean
sitrep_store_remove_story_step (SitrepStore  *self,
                                gint64        story_id,
                                guint         position,
                                GError      **error)
{
  g_autoptr(GArray) rows = NULL;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (!_sitrep_edit_begin (&edit, self, "story", _("Remove event from story"), error))
    return FALSE;
  ok = story_exists (self, story_id, error) && (rows = step_rows (self, story_id, error)) != NULL;
  if (ok && position >= rows->len)
    ok = fail (error, SITREP_STORE_ERROR_NOT_FOUND, _("The story has no such step."));
  ok = ok && delete_step (&edit, g_array_index (rows, gint64, position), error);
  if (ok)
    {
      g_array_remove_index (rows, position);
      ok = renumber (&edit, rows, error);
    }
  return _sitrep_edit_end (&edit, ok, "stories-changed", story_id, error);
}

gboolean
sitrep_store_move_story_step (SitrepStore  *self,
                              gint64        story_id,
                              guint         from,
                              guint         to,
                              GError      **error)
{
  g_autoptr(GArray) rows = NULL;
  gint64 id;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (!_sitrep_edit_begin (&edit, self, "story", _("Move step"), error))
    return FALSE;
  ok = story_exists (self, story_id, error) && (rows = step_rows (self, story_id, error)) != NULL;
  if (ok && (from >= rows->len || to >= rows->len))
    ok = fail (error, SITREP_STORE_ERROR_NOT_FOUND, _("The story has no such step."));
  if (ok)
    {
      id = g_array_index (rows, gint64, from);
      g_array_remove_index (rows, from);
      g_array_insert_val (rows, to, id);
      ok = renumber (&edit, rows, error);
    }
  return _sitrep_edit_end (&edit, ok, "stories-changed", story_id, error);
}

gboolean
sitrep_store_set_story_steps (SitrepStore   *self,
                              gint64         story_id,
                              const gint64  *event_ids,
                              guint          n_event_ids,
                              GError       **error)
{
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (event_ids != NULL || n_event_ids == 0, FALSE);

  if (!_sitrep_edit_begin (&edit, self, "story", _("Reorder story"), error))
    return FALSE;
  ok = story_exists (self, story_id, error) && (rows = step_rows (self, story_id, error)) != NULL;
  for (guint i = 0; ok && i < n_event_ids; i++)
    {
      ok = event_exists (self, event_ids[i], error);
      if (ok && !g_hash_table_add (seen, g_memdup2 (&event_ids[i], sizeof (gint64))))
        ok = fail (error, SITREP_STORE_ERROR_DUPLICATE, _("An event can be only one step of a story."));
    }
  for (guint i = 0; ok && i < rows->len; i++)
    ok = delete_step (&edit, g_array_index (rows, gint64, i), error);
  for (guint i = 0; ok && i < n_event_ids; i++)
    ok = insert_step (&edit, story_id, event_ids[i], i, error) != 0;
  return _sitrep_edit_end (&edit, ok, "stories-changed", story_id, error);
}

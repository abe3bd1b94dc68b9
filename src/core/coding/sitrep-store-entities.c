/* sitrep-store-entities.c — entities: actors, persons and places, their names, merges and places
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sitrep-normalize.h"
#include "sitrep-codebook.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"

static const char * const entity_kinds[] = { "actor", "person", "place" };

/* ACLED's actor types. */
static const char * const actor_types[] = {
  "state_forces", "rebel_group", "political_militia", "identity_militia", "rioters",
  "protesters", "civilians", "external_other",
};

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
  if (!_sitrep_store_step_done (db, stmt, _("The name could not be saved."), error))
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

  if (!_sitrep_store_in_list (kind, entity_kinds, G_N_ELEMENTS (entity_kinds)))
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
      ok = _sitrep_store_step_done (edit.db, stmt, _("The entity could not be saved."), error);
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
 * sitrep_store_count_entity_events:
 *
 * How many events name each entity, as their place or as one of their actors
 * (an event that names it both ways counts once). One pass over the events,
 * for views that list every entity; entities no event names are left out.
 *
 * Returns: (transfer full): entity id (gint64 *) to count (GUINT_TO_POINTER).
 */
GHashTable *
sitrep_store_count_entity_events (SitrepStore  *self,
                                  GError      **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self,
                                  "SELECT entity_id, count(DISTINCT event_id) FROM"
                                  " (SELECT place_id AS entity_id, id AS event_id FROM events"
                                  "  WHERE place_id IS NOT NULL"
                                  "  UNION ALL SELECT entity_id, event_id FROM event_actors)"
                                  " GROUP BY entity_id", error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (counts, g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 0) }, sizeof (gint64)),
                         GUINT_TO_POINTER ((guint) sqlite3_column_int64 (stmt, 1)));
  sqlite3_reset (stmt);
  _sitrep_store_unlock (self);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("The entities could not be read."));
      return NULL;
    }
  return g_steal_pointer (&counts);
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
      _sitrep_store_set_sqlite_error (error, db, rc, _("The entities could not be read."));
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

/* Whether an event names @id (as place, actor or claimant): what the Events
 * views show of it changes with it. */
static gboolean
entity_has_events (SitrepStore *self,
                   gint64       id)
{
  sqlite3_stmt *stmt;
  gboolean found = TRUE;

  if (_sitrep_store_lock (self, NULL) == NULL)
    return TRUE;
  stmt = _sitrep_store_statement (self,
                                  "SELECT EXISTS (SELECT 1 FROM events WHERE place_id = ?1)"
                                  " OR EXISTS (SELECT 1 FROM event_actors WHERE entity_id = ?1)"
                                  " OR EXISTS (SELECT 1 FROM claims WHERE claimant_id = ?1)", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        found = sqlite3_column_int (stmt, 0) != 0;
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);
  return found;
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
          ok = _sitrep_store_step_done (edit.db, stmt, _("The entity could not be renamed."), error);
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
  if (entity_has_events (self, id))
    _sitrep_store_emit (self, "events-changed", 0);
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

  if (actor_type != NULL &&
      !_sitrep_store_in_list (actor_type, actor_types, G_N_ELEMENTS (actor_types)))
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
          ok = _sitrep_store_step_done (edit.db, stmt, _("The actor type could not be saved."), error);
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
  if (entity_has_events (self, id))
    _sitrep_store_emit (self, "events-changed", 0);
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
  return _sitrep_store_step_done (edit->db, stmt, _("The entities could not be merged."), error);
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
          ok = _sitrep_store_step_done (edit.db, stmt, _("The entities could not be merged."), error);
        }
    }
  if (ok)
    {
      stmt = _sitrep_store_statement (self, "DELETE FROM entities WHERE id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, merge);
          ok = _sitrep_store_step_done (edit.db, stmt, _("The entities could not be merged."), error);
        }
    }
  if (!_sitrep_edit_end (&edit, ok, NULL, 0, error))
    return FALSE;

  _sitrep_store_emit (self, "entities-changed", 0);
  _sitrep_store_emit (self, "annotations-changed", 0);
  if (entity_has_events (self, keep))
    _sitrep_store_emit (self, "events-changed", 0);
  return TRUE;
}

/* Links the span to @e, keeping its spelling @text as an alias when new. */
static gint64
link_to_match (SitrepStore   *self,
               gint64         annotation_id,
               SitrepEntity  *e,
               const char    *text,
               GError       **error)
{
  gint64 entity_id = sitrep_entity_get_id (e);

  if (!g_strv_contains ((const char * const *) sitrep_entity_get_aliases (e), text) &&
      !sitrep_store_add_alias (self, entity_id, text, error))
    return 0;
  if (!sitrep_store_set_annotation_entity (self, annotation_id, entity_id, error))
    return 0;
  return entity_id;
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

  /* Who claims a figure is an actor (SOHR, a ministry, a reconciliation center). */
  if (g_strcmp0 (kind, "claimant") == 0)
    kind = "actor";
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

/**
 * sitrep_store_link_known_mention:
 * @annotation_id: an Actor, Person, Claimant or Place span
 * @kind: the entity kind for it ("claimant" links to an actor)
 *
 * Links the span to the most mentioned entity of @kind whose names match
 * its text after normalisation (case, "al-" forms, aliases), adding the
 * span's spelling as an alias when it is new, as one undoable step (or in
 * the caller's group). Unlike sitrep_store_link_mention (), a span that no
 * entity of @kind matches stays unlinked: no entity is made for it.
 *
 * Returns: the entity id; 0 when none matches (@error unset) or on error.
 */
gint64
sitrep_store_link_known_mention (SitrepStore  *self,
                                 gint64        annotation_id,
                                 const char   *kind,
                                 GError      **error)
{
  g_autoptr(SitrepAnnotation) annotation = NULL;
  g_autoptr(GPtrArray) matches = NULL;
  g_autofree char *text = NULL;
  g_autofree char *what = NULL;
  gint64 entity_id;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);
  g_return_val_if_fail (kind != NULL, 0);

  if (g_strcmp0 (kind, "claimant") == 0)
    kind = "actor";
  annotation = sitrep_store_get_annotation (self, annotation_id, error);
  if (annotation == NULL)
    return 0;
  text = clean_name (sitrep_annotation_get_text (annotation));
  matches = sitrep_store_find_entities (self, kind, text, error);
  if (matches == NULL || matches->len == 0)
    return 0;

  what = g_strdup_printf (_("Link “%s”"), text);
  sitrep_store_begin_group (self, what);
  entity_id = link_to_match (self, annotation_id, g_ptr_array_index (matches, 0), text, error);
  sitrep_store_end_group (self);
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
  const char *guess;
  gint64 entity_id;

  matches = sitrep_store_find_entities (self, kind, text, error);
  if (matches == NULL)
    return 0;

  if (matches->len > 0)
    return link_to_match (self, annotation_id, g_ptr_array_index (matches, 0), text, error);

  guess = g_strcmp0 (kind, "actor") == 0
          ? sitrep_codebook_guess_actor_type (sitrep_codebook_get_default (), text) : NULL;
  entity_id = sitrep_store_add_entity (self, kind, text, error);
  if (entity_id == 0)
    return 0;
  /* An actor whose name says its type gets it, for the inter codes;
   * the coder can change it in the Entities window. */
  if (guess != NULL && !sitrep_store_set_entity_actor_type (self, entity_id, guess, error))
    return 0;

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
      /* Its events follow it (a trigger of the schema moves them): they are
       * part of this edit, for undo and for the views told what changed. */
      g_autoptr(GArray) followers =
        _sitrep_store_select_ids (self, "SELECT id FROM events WHERE place_id = ?1 AND coordinates_manual = 0",
                                  id, error);
      ok = followers != NULL && _sitrep_store_touch_all (&edit, "events", followers, error);
    }
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
          ok = _sitrep_store_step_done (edit.db, stmt, _("The entity could not be placed."), error);
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
  if (entity_has_events (self, id))
    _sitrep_store_emit (self, "events-changed", 0);
  return TRUE;
}

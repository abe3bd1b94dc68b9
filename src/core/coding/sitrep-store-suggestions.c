/* sitrep-store-suggestions.c — suggestions kept in the project: pending, accepted, rejected; what the project learnt
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-codebook.h"
#include "sitrep-date-attributes.h"
#include "sitrep-event-dating.h"
#include "sitrep-gazetteer.h"
#include "sitrep-label.h"
#include "sitrep-label-kind.h"
#include "sitrep-normalize.h"
#include "sitrep-store-private.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-store-suggested-incidents.h"
#include "sitrep-suggest-private.h"
#include "sitrep-coding-private.h"

void
sitrep_stored_suggestion_free (SitrepStoredSuggestion *s)
{
  if (s == NULL)
    return;
  g_free (s->text);
  g_free (s->attributes);
  g_free (s->entity_name);
  g_free (s->admin1);
  g_free (s->country);
  g_free (s);
}

const char *
_sitrep_suggestion_label_kind (SitrepSuggestKind kind)
{
  switch (kind)
    {
    case SITREP_SUGGEST_MISSING:
      return "captured";
    default:
      return sitrep_suggest_kind_to_string (kind);
    }
}

char *
_sitrep_suggestion_key (SitrepSuggestKind  kind,
                        const char        *text)
{
  /* Dates are rejected as written; names under every spelling. */
  if (kind == SITREP_SUGGEST_DATE || kind == SITREP_SUGGEST_KILLED || kind == SITREP_SUGGEST_WOUNDED ||
      kind == SITREP_SUGGEST_CAPTURED || kind == SITREP_SUGGEST_MISSING)
    return g_utf8_strdown (text, -1);
  return sitrep_normalize_name (text);
}

#define SUGGESTION_COLUMNS \
  "s.id, s.article_id, s.kind, s.start, s.\"end\", s.text, s.attributes, s.entity_id, s.entity_name, " \
  "s.latitude, s.longitude, s.doubtful, s.score, s.incident, s.status, s.admin1, s.country"

static SitrepStoredSuggestion *
read_row (sqlite3_stmt *stmt)
{
  SitrepStoredSuggestion *s = g_new0 (SitrepStoredSuggestion, 1);

  s->id = sqlite3_column_int64 (stmt, 0);
  s->article_id = sqlite3_column_int64 (stmt, 1);
  if (!sitrep_suggest_kind_from_string (COL_TEXT (2), &s->kind))
    s->kind = SITREP_SUGGEST_ACTOR;
  s->start = sqlite3_column_int (stmt, 3);
  s->end = sqlite3_column_int (stmt, 4);
  s->text = g_strdup (COL_TEXT (5));
  s->attributes = g_strdup (COL_TEXT (6));
  s->entity_id = sqlite3_column_int64 (stmt, 7);
  s->entity_name = g_strdup (COL_TEXT (8));
  s->latitude = sqlite3_column_type (stmt, 9) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 9);
  s->longitude = sqlite3_column_type (stmt, 10) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 10);
  s->doubtful = sqlite3_column_int (stmt, 11);
  s->score = sqlite3_column_double (stmt, 12);
  s->incident = sqlite3_column_type (stmt, 13) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 13);
  s->status = sqlite3_column_int (stmt, 14);
  s->admin1 = g_strdup (COL_TEXT (15));
  s->country = g_strdup (COL_TEXT (16));
  return s;
}

GPtrArray *
sitrep_store_list_suggestions (SitrepStore  *self,
                               gint64        article_id,
                               GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_stored_suggestion_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  if (_sitrep_store_lock (self, error) == NULL)
    return NULL;
  /* An accepted suggestion whose annotation was undone is pending again. */
  stmt = _sitrep_store_statement (self,
                                  "SELECT " SUGGESTION_COLUMNS " FROM suggestions s "
                                  "WHERE s.article_id = ?1 AND s.status = 0 "
                                  "AND NOT EXISTS (SELECT 1 FROM annotations a JOIN labels l ON l.id = a.label_id "
                                  "  WHERE a.article_id = s.article_id AND a.start = s.start AND a.\"end\" = s.\"end\" "
                                  "  AND l.kind = (CASE s.kind WHEN 'missing' THEN 'captured' ELSE s.kind END)) "
                                  "ORDER BY s.start, s.\"end\" DESC, s.id", error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, article_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, read_row (stmt));
  sqlite3_reset (stmt);
  _sitrep_store_unlock (self);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The suggestions could not be read."));
      return NULL;
    }
  return g_steal_pointer (&list);
}

guint
sitrep_store_count_suggestions (SitrepStore  *self,
                                gint64        article_id,
                                GError      **error)
{
  sqlite3_stmt *stmt;
  guint n = 0;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  if (_sitrep_store_lock (self, error) == NULL)
    return 0;
  stmt = _sitrep_store_statement (self,
                                  "SELECT count(*) FROM suggestions WHERE status = 0 AND (?1 = 0 OR article_id = ?1)",
                                  error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, article_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        n = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);
  return n;
}

SitrepStoredSuggestion *
sitrep_store_get_suggestion (SitrepStore  *self,
                             gint64        id,
                             GError      **error)
{
  SitrepStoredSuggestion *s = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  if (_sitrep_store_lock (self, error) == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self, "SELECT " SUGGESTION_COLUMNS " FROM suggestions s WHERE s.id = ?1", error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        s = read_row (stmt);
      else
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                     _("That suggestion no longer exists."));
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);
  return s;
}

static gint64
label_for (SitrepStore       *self,
           SitrepSuggestKind  kind,
           GError           **error)
{
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (self, error);

  if (labels == NULL)
    return 0;
  for (guint i = 0; i < labels->len; i++)
    {
      if (g_strcmp0 (sitrep_label_get_kind (labels->pdata[i]), _sitrep_suggestion_label_kind (kind)) == 0)
        return sitrep_label_get_id (labels->pdata[i]);
    }
  g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
               _("The project has no label for “%s” spans; add one in the label set to accept this suggestion."),
               sitrep_label_display_name (sitrep_suggest_kind_to_label (kind),
                                          _sitrep_suggestion_label_kind (kind)));
  return 0;
}

/* Status, annotation and (for places) the resolution to prefer next time,
 * as one journaled edit inside the accept's group. */
static gboolean
mark (SitrepStore                  *self,
      const SitrepStoredSuggestion *s,
      SitrepSuggestionStatus        status,
      gint64                        annotation_id,
      const char                   *kind,
      const char                   *description,
      GError                      **error)
{
  g_autofree char *key = _sitrep_suggestion_key (s->kind, s->text);
  SitrepEdit edit;
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!_sitrep_edit_begin (&edit, self, kind, description, error))
    return FALSE;
  ok = _sitrep_edit_touch (&edit, "suggestions", s->id, error);
  stmt = ok ? _sitrep_store_statement (self, "UPDATE suggestions SET status = ?2, annotation_id = NULLIF (?3, 0) "
                                             "WHERE id = ?1", error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, s->id);
      sqlite3_bind_int (stmt, 2, status);
      sqlite3_bind_int64 (stmt, 3, annotation_id);
      ok = _sitrep_store_step_done (edit.db, stmt, _("The suggestion could not be saved."), error);
    }
  if (ok && status == SITREP_SUGGESTION_REJECTED)
    {
      stmt = _sitrep_store_statement (self, "INSERT OR IGNORE INTO suggestion_rejections (kind, key) VALUES (?1, ?2)",
                                      error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_text (stmt, 1, sitrep_suggest_kind_to_string (s->kind), -1, SQLITE_STATIC);
          _sitrep_store_bind_text (stmt, 2, key);
          ok = _sitrep_store_step_done (edit.db, stmt, _("The suggestion could not be saved."), error);
          if (ok && sqlite3_changes (edit.db) > 0)
            _sitrep_journal_touch_new (edit.journal, "suggestion_rejections", sqlite3_last_insert_rowid (edit.db));
        }
    }
  if (ok && status == SITREP_SUGGESTION_ACCEPTED && s->kind == SITREP_SUGGEST_PLACE && !isnan (s->latitude))
    {
      stmt = _sitrep_store_statement (self, "SELECT id FROM suggestion_places WHERE key = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          _sitrep_store_bind_text (stmt, 1, key);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            ok = _sitrep_edit_touch (&edit, "suggestion_places", sqlite3_column_int64 (stmt, 0), error);
          sqlite3_reset (stmt);
        }
      stmt = ok ? _sitrep_store_statement (self, "INSERT INTO suggestion_places (key, latitude, longitude) "
                                                 "VALUES (?1, ?2, ?3) ON CONFLICT (key) DO UPDATE "
                                                 "SET latitude = ?2, longitude = ?3", error) : NULL;
      ok = stmt != NULL;
      if (ok)
        {
          _sitrep_store_bind_text (stmt, 1, key);
          sqlite3_bind_double (stmt, 2, s->latitude);
          sqlite3_bind_double (stmt, 3, s->longitude);
          ok = _sitrep_store_step_done (edit.db, stmt, _("The suggestion could not be saved."), error);
          if (ok && sqlite3_changes (edit.db) > 0)
            _sitrep_journal_touch_new (edit.journal, "suggestion_places", sqlite3_last_insert_rowid (edit.db));
        }
    }
  if (!_sitrep_edit_end (&edit, ok, NULL, 0, error))
    return FALSE;
  _sitrep_store_emit (self, "annotations-changed", s->article_id);
  return TRUE;
}

/* "ISIL" proposed as the bundled list's "IS": linked to the project's
 * actor of that name (made on the first accept), with "ISIL" as one more
 * of its aliases, not to a new actor named "ISIL". Returns the entity, 0
 * when the suggestion names no other canonical name (or on error). */
static gint64
link_canonical (SitrepStore                  *self,
                const SitrepStoredSuggestion *s,
                gint64                        annotation_id,
                GError                      **error)
{
  g_autofree char *text_key = sitrep_normalize_name (s->text);
  g_autofree char *name_key = s->entity_name != NULL ? sitrep_normalize_name (s->entity_name) : NULL;
  g_autoptr(GPtrArray) found = NULL;
  gint64 entity_id = 0;

  if (name_key == NULL || *name_key == '\0' || g_strcmp0 (text_key, name_key) == 0)
    return 0;
  found = sitrep_store_find_entities (self, "actor", s->entity_name, error);
  if (found == NULL)
    return -1;
  for (guint k = 0; k < found->len && entity_id == 0; k++)
    {
      if (g_strcmp0 (sitrep_entity_get_name (found->pdata[k]), s->entity_name) == 0)
        entity_id = sitrep_entity_get_id (found->pdata[k]);
    }
  if (entity_id == 0)
    {
      const char *guess = sitrep_codebook_guess_actor_type (sitrep_codebook_get_default (), s->text);

      entity_id = sitrep_store_add_entity (self, "actor", s->entity_name, error);
      if (entity_id == 0 ||
          (guess != NULL && !sitrep_store_set_entity_actor_type (self, entity_id, guess, error)))
        return -1;
    }
  else
    {
      g_autoptr(SitrepEntity) entity = sitrep_store_get_entity (self, entity_id, error);

      if (entity == NULL)
        return -1;
      if (g_strv_contains ((const char * const *) sitrep_entity_get_aliases (entity), s->text))
        return sitrep_store_set_annotation_entity (self, annotation_id, entity_id, error) ? entity_id : -1;
    }
  if (!sitrep_store_add_alias (self, entity_id, s->text, error) ||
      !sitrep_store_set_annotation_entity (self, annotation_id, entity_id, error))
    return -1;
  return entity_id;
}

/* Links the span to the entity of @kind @found holds first, else to a new
 * one named @name; the span's own spelling becomes one more of its names,
 * so both find it. Returns the entity, -1 on error. */
static gint64
link_named (SitrepStore                  *self,
            const SitrepStoredSuggestion *s,
            gint64                        annotation_id,
            const char                   *kind,
            const char                   *name,
            GPtrArray                    *found,
            GError                      **error)
{
  gint64 entity_id = found->len > 0 ? sitrep_entity_get_id (found->pdata[0])
                                    : sitrep_store_add_entity (self, kind, name, error);

  if (entity_id == 0 || !sitrep_store_add_alias (self, entity_id, s->text, error) ||
      !sitrep_store_set_annotation_entity (self, annotation_id, entity_id, error))
    return -1;
  return entity_id;
}

/* How far a placed place may lie from a project place of the same name
 * key and still be taken for it; a doubtful pin (a district's seat, a
 * city a quarter is named with) lies farther from its place. */
#define NAMESAKE_KM 50.0
#define DOUBTFUL_NAMESAKE_KM (2 * SITREP_GAZETTEER_DOUBTFUL_KM)

/* Whether @s is a doubtful pin that no gazetteer place of its name is
 * behind: a holder's ("Baghdad's Dora district" at Baghdad), shown under
 * its own text. A doubtful gazetteer guess ("Dora" matched loosely as
 * Daraa) yields to the project's place of its name, wherever it lies. */
static gboolean
holder_pin (const SitrepStoredSuggestion *s)
{
  return s->doubtful && (s->entity_name == NULL || *s->entity_name == '\0' || strcmp (s->entity_name, s->text) == 0);
}

/* How far @s's pin lies from the placed @e (-1: either is unplaced). */
static double
km_from_entity (const SitrepStoredSuggestion *s,
                SitrepEntity                 *e)
{
  if (isnan (s->latitude) || isnan (sitrep_entity_get_latitude (e)))
    return -1;
  return sitrep_gazetteer_distance_km (s->latitude, s->longitude, sitrep_entity_get_latitude (e),
                                       sitrep_entity_get_longitude (e));
}

/* Drops from @found the project places a sure pin @s cannot be: farther
 * than NAMESAKE_KM ("درعا" shown as Daraa's gazetteer name is no "Doura"
 * of Baghdad whose name folds to the same key). A doubtful guess yields to
 * them. */
static void
drop_far_namesakes (const SitrepStoredSuggestion *s,
                    GPtrArray                    *found)
{
  for (guint k = found->len; k-- > 0 && !s->doubtful;)
    {
      if (km_from_entity (s, found->pdata[k]) > NAMESAKE_KM)
        g_ptr_array_remove_index (found, k);
    }
}

/* A place the row showed under the gazetteer's name ("Jasim" → "Jāsim"):
 * the place the project knows by the text's spelling, else by the
 * gazetteer's, else a new one named as the row promised. A rank or title
 * opening an actor, claimant or person ("Major General Oleg Yegorov"):
 * the person without it. 0 when neither applies, -1 on error. */
static gint64
link_renamed (SitrepStore                  *self,
              const SitrepStoredSuggestion *s,
              gint64                        annotation_id,
              GError                      **error)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *person = NULL;

  if (s->kind == SITREP_SUGGEST_PLACE)
    {
      if (s->entity_name == NULL || *s->entity_name == '\0' || g_strcmp0 (s->entity_name, s->text) == 0)
        return 0;
      found = sitrep_store_find_entities (self, "place", s->text, error);
      if (found != NULL && found->len == 0)
        {
          g_ptr_array_unref (found);
          found = sitrep_store_find_entities (self, "place", s->entity_name, error);
        }
      if (found != NULL)
        drop_far_namesakes (s, found);
      return found != NULL ? link_named (self, s, annotation_id, "place", s->entity_name, found, error) : -1;
    }
  person = _sitrep_suggest_person_without_title (s->text, NULL);
  if (person == NULL)
    return 0;
  found = sitrep_store_find_entities (self, "person", person, error);
  return found != NULL ? link_named (self, s, annotation_id, "person", person, found, error) : -1;
}

/* "KIRBY" shown as "Person → Kirby": the span's name written another way
 * (its case; the same normalisation key): linked to the entity the
 * project knows by either, else to a new one named as the row showed, not
 * after the capitals of a transcript's speaker tag. 0 when the row showed
 * no other name of the same key, -1 on error. */
static gint64
link_as_shown (SitrepStore                  *self,
               const SitrepStoredSuggestion *s,
               gint64                        annotation_id,
               const char                   *kind,
               GError                      **error)
{
  g_autofree char *text_key = NULL;
  g_autofree char *name_key = NULL;
  g_autoptr(GPtrArray) found = NULL;

  if (s->entity_name == NULL || *s->entity_name == '\0' || g_strcmp0 (s->entity_name, s->text) == 0)
    return 0;
  text_key = sitrep_normalize_name (s->text);
  name_key = sitrep_normalize_name (s->entity_name);
  if (*text_key == '\0' || strcmp (text_key, name_key) != 0)
    return 0;
  found = sitrep_store_find_entities (self, kind, s->entity_name, error);
  return found != NULL ? link_named (self, s, annotation_id, kind, s->entity_name, found, error) : -1;
}

/* Places a new place entity where its suggestion was, with the region,
 * country and gazetteer entry the suggestion found (as a place the window
 * geocodes gets them): events made of it export their country and admin1. */
static gboolean
place_as_suggested (SitrepStore                  *self,
                    const SitrepStoredSuggestion *s,
                    gint64                        entity_id,
                    GError                      **error)
{
  g_autofree char *admin1 = NULL, *country = NULL, *gid = NULL;
  sqlite3_stmt *stmt;

  if (_sitrep_store_lock (self, error) == NULL)
    return FALSE;
  stmt = _sitrep_store_statement (self, "SELECT admin1, country, geonameid, doubtful FROM suggestions WHERE id = ?1", error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, s->id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      admin1 = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      country = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      /* A doubtful match is no gazetteer link (the window links only sure ones). */
      if (sqlite3_column_int64 (stmt, 2) > 0 && sqlite3_column_int (stmt, 3) == 0)
        gid = g_strdup_printf ("geonames:%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 2));
    }
  sqlite3_reset (stmt);
  _sitrep_store_unlock (self);
  return sitrep_store_set_entity_place (self, entity_id, s->latitude, s->longitude, admin1, country, gid, error);
}

/* A suggestion linked to an entity the project knows, written in a way
 * none of its names is ("KERRY" for the project's "Kerry", "Jassim" for
 * "Jasim town"): once accepted, the spelling is one more of its names, as
 * a new entity's is (link_named ()), so the entity's names list it and
 * the next report's spelling finds the entity by the project's names,
 * whatever the gazetteer or the bundled list make of it there. A rank or
 * title opening a person's name stays out of it. In the accept's
 * transaction (and its undo step). */
static gboolean
learn_spelling (SitrepStore                  *self,
                const SitrepStoredSuggestion *s,
                GError                      **error)
{
  g_autoptr(SitrepEntity) entity = sitrep_store_get_entity (self, s->entity_id, error);
  g_autofree char *person = s->kind != SITREP_SUGGEST_PLACE ? _sitrep_suggest_person_without_title (s->text, NULL)
                                                             : NULL;
  g_autofree char *spelling = g_strstrip (g_strdup (person != NULL ? person : s->text));

  if (entity == NULL)
    return FALSE;
  if (*spelling == '\0' || g_strcmp0 (sitrep_entity_get_name (entity), spelling) == 0 ||
      (sitrep_entity_get_aliases (entity) != NULL && g_strv_contains (sitrep_entity_get_aliases (entity), spelling)))
    return TRUE;
  return sitrep_store_add_alias (self, s->entity_id, spelling, error);
}


/* Whether @s, a placed place, lies more than NAMESAKE_KM (a holder's
 * doubtful pin: DOUBTFUL_NAMESAKE_KM) from the placed project place it
 * was linked to by its name's key (a Daraa of Syria linked to the
 * project's Doura of Baghdad; "Baghdad's Dora district", pinned at
 * Baghdad, to the project's Daraa). */
static gboolean
far_from_entity (SitrepStore                  *self,
                 const SitrepStoredSuggestion *s)
{
  g_autoptr(SitrepEntity) e = NULL;

  if (s->kind != SITREP_SUGGEST_PLACE || isnan (s->latitude) || (s->doubtful && !holder_pin (s)))
    return FALSE;
  e = sitrep_store_get_entity (self, s->entity_id, NULL);
  return e != NULL && km_from_entity (s, e) > (s->doubtful ? DOUBTFUL_NAMESAKE_KM : NAMESAKE_KM);
}

/* A placed place whose spelling folds to the name of
 * project places that all lie far from its pin ("Doura" of Baghdad and
 * "Daraa" of Syria share one key) is a namesake, not one of them: the
 * nearest within NAMESAKE_KM when there is one, else a new place named as
 * the row showed (the caller places it where the suggestion was); a
 * holder's doubtful pin the same within DOUBTFUL_NAMESAKE_KM ("Baghdad's
 * Dora district", pinned at Baghdad, is no Daraa of Syria); a doubtful
 * gazetteer guess yields to the project's place. 0 when a project place of the name
 * is unplaced or none has it (the other ways link it), -1 on error. */
static gint64
link_near_namesake (SitrepStore                  *self,
                    const SitrepStoredSuggestion *s,
                    gint64                        annotation_id,
                    GError                      **error)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) pick = g_ptr_array_new ();
  const char *name = s->entity_name != NULL && *s->entity_name != '\0' ? s->entity_name : s->text;
  SitrepEntity *near = NULL;
  /* A doubtful pin (a district's seat, the city a quarter is named with)
   * strays farther from its place. */
  double near_km = s->doubtful ? DOUBTFUL_NAMESAKE_KM : NAMESAKE_KM;

  if (s->kind != SITREP_SUGGEST_PLACE || isnan (s->latitude) || (s->doubtful && !holder_pin (s)))
    return 0;
  found = sitrep_store_find_entities (self, "place", s->text, error);
  if (found == NULL)
    return -1;
  if (found->len == 0)
    return 0;
  for (guint k = 0; k < found->len; k++)
    {
      SitrepEntity *e = found->pdata[k];
      double km;

      if (isnan (sitrep_entity_get_latitude (e)))
        return 0;
      km = sitrep_gazetteer_distance_km (s->latitude, s->longitude, sitrep_entity_get_latitude (e),
                                         sitrep_entity_get_longitude (e));
      if (km <= near_km)
        near = e, near_km = km;
    }
  if (near == found->pdata[0] && !s->doubtful)
    return 0;
  /* link_named () takes the first it is given: the near one, or none */
  if (near != NULL)
    g_ptr_array_add (pick, near);
  return link_named (self, s, annotation_id, "place", name, pick, error);
}

static gboolean
link_entity (SitrepStore                  *self,
             const SitrepStoredSuggestion *s,
             gint64                        annotation_id,
             GError                      **error)
{
  const char *kind;
  gint64 entity_id;

  switch (s->kind)
    {
    case SITREP_SUGGEST_PLACE:
      kind = "place";
      break;
    case SITREP_SUGGEST_PERSON:
      kind = "person";
      break;
    case SITREP_SUGGEST_ACTOR:
    case SITREP_SUGGEST_CLAIMANT:
      kind = "actor";
      break;
    default:
      return TRUE;
    }
  if (s->entity_id != 0 && !far_from_entity (self, s))
    return sitrep_store_set_annotation_entity (self, annotation_id, s->entity_id, error) &&
           learn_spelling (self, s, error);
  entity_id = link_near_namesake (self, s, annotation_id, error);
  if (entity_id == 0)
    entity_id = link_renamed (self, s, annotation_id, error);
  if (entity_id == 0 && g_strcmp0 (kind, "actor") == 0)
    entity_id = link_canonical (self, s, annotation_id, error);
  if (entity_id == 0)
    entity_id = link_as_shown (self, s, annotation_id, kind, error);
  if (entity_id < 0)
    return FALSE;

  if (entity_id == 0)
    entity_id = sitrep_store_link_mention (self, annotation_id, kind, error);
  if (entity_id == 0)
    return FALSE;
  if (s->kind == SITREP_SUGGEST_PLACE && !isnan (s->latitude))
    {
      g_autoptr(SitrepEntity) entity = sitrep_store_get_entity (self, entity_id, error);

      if (entity == NULL)
        return FALSE;
      if (isnan (sitrep_entity_get_latitude (entity)) && !place_as_suggested (self, s, entity_id, error))
        return FALSE;
    }
  return TRUE;
}

/* Whether a Date span's attributes read a day or month without its year. */
static gboolean
date_lacks_year (const char *attributes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (attributes == NULL || !json_parser_load_from_data (parser, attributes, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (root = json_parser_get_root (parser)))
    return FALSE;
  return json_object_get_boolean_member_with_default (json_node_get_object (root), "year_unknown", FALSE);
}

gint64
sitrep_store_accept_suggestion (SitrepStore  *self,
                                gint64        id,
                                gint64        annotator_id,
                                GError      **error)
{
  g_autoptr(SitrepStoredSuggestion) s = NULL;
  g_autofree char *what = NULL;
  gint64 label_id, annotation_id;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  s = sitrep_store_get_suggestion (self, id, error);
  if (s == NULL)
    return 0;
  label_id = label_for (self, s->kind, error);
  if (label_id == 0)
    return 0;

  /* A day read without its year when the article had no date takes the
   * year the article has been given since. */
  if (s->kind == SITREP_SUGGEST_DATE && date_lacks_year (s->attributes))
    {
      g_autofree char *fresh = sitrep_date_attributes_for_span (self, s->article_id, s->text);

      if (fresh != NULL && !date_lacks_year (fresh))
        {
          g_free (s->attributes);
          s->attributes = g_steal_pointer (&fresh);
        }
    }

  what = g_strdup_printf (_("Accept “%s”"), s->text);
  sitrep_store_begin_group (self, what);
  /* One transaction: the annotation, its entity and the suggestion's mark
   * reach the file together or not at all, so a Sitrep killed right after
   * an accept never leaves the span annotated and still proposed. */
  ok = _sitrep_store_unit_begin (self, error);
  if (ok)
    {
      annotation_id = sitrep_store_add_annotation (self, s->article_id, label_id, s->start, s->end, annotator_id,
                                                   0, s->attributes, error);
      ok = annotation_id != 0 && link_entity (self, s, annotation_id, error) &&
           mark (self, s, SITREP_SUGGESTION_ACCEPTED, annotation_id, "suggestion-accept", what, error);
      ok = _sitrep_store_unit_end (self, ok, ok ? error : NULL);
    }
  sitrep_store_end_group (self);
  return ok ? annotation_id : 0;
}

typedef struct
{
  gint64 id;
  char  *attributes;
} Redated;

static void
redated_clear (gpointer data)
{
  g_free (((Redated *) data)->attributes);
}

/* The pending Date suggestions of @article_id read without a year that
 * the article's date now gives one, with their new attributes. */
static GArray *
find_redated (SitrepStore  *self,
              gint64        article_id,
              GError      **error)
{
  g_autoptr(GArray) found = g_array_new (FALSE, TRUE, sizeof (Redated));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (found, redated_clear);
  LOCK_OR_RETURN (NULL);
  stmt = _sitrep_store_statement (self, "SELECT id, text, attributes FROM suggestions WHERE article_id = ?1 "
                                        "AND kind = 'date' AND status = 0 ORDER BY id", error);
  if (stmt == NULL)
    {
      UNLOCK ();
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, article_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (date_lacks_year ((const char *) sqlite3_column_text (stmt, 2)))
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);

        g_array_append_val (ids, id);
        g_ptr_array_add (texts, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
      }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    _sitrep_store_set_sqlite_error (error, self->db, rc, _("The suggestions could not be read."));
  UNLOCK ();
  if (rc != SQLITE_DONE)
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      char *fresh = sitrep_date_attributes_for_span (self, article_id, texts->pdata[i]);

      if (fresh != NULL && !date_lacks_year (fresh))
        g_array_append_val (found, ((Redated) { g_array_index (ids, gint64, i), fresh }));
      else
        g_free (fresh);
    }
  return g_steal_pointer (&found);
}

/* Suggestion @r's new reading, and the pending incidents that name it
 * take its dates, inside @edit. */
static gboolean
redate_one (SitrepStore    *self,
            SitrepEdit     *edit,
            const Redated  *r,
            GError        **error)
{
  g_autoptr(GArray) incidents = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  int precision = 0;
  sqlite3_stmt *stmt;

  if (!_sitrep_edit_touch (edit, "suggestions", r->id, error) ||
      (stmt = _sitrep_store_statement (self, "UPDATE suggestions SET attributes = ?2 WHERE id = ?1", error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, r->id);
  _sitrep_store_bind_text (stmt, 2, r->attributes);
  if (!_sitrep_store_step_done (edit->db, stmt, _("The suggestion could not be saved."), error))
    return FALSE;
  if (!sitrep_event_dating_read (r->attributes, &start, &end, &precision))
    return TRUE;
  stmt = _sitrep_store_statement (self, "SELECT id FROM proposed_incidents WHERE date = ?1 AND status = 0", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, r->id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (incidents, id);
    }
  sqlite3_reset (stmt);
  for (guint i = 0; i < incidents->len; i++)
    {
      if (!_sitrep_edit_touch (edit, "proposed_incidents", g_array_index (incidents, gint64, i), error) ||
          (stmt = _sitrep_store_statement (self, "UPDATE proposed_incidents SET date_start = ?2, date_end = ?3, "
                                                 "date_precision = ?4 WHERE id = ?1", error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (incidents, gint64, i));
      _sitrep_store_bind_text (stmt, 2, start);
      _sitrep_store_bind_text (stmt, 3, end != NULL ? end : start);
      sqlite3_bind_int (stmt, 4, precision);
      if (!_sitrep_store_step_done (edit->db, stmt, _("The incident could not be saved."), error))
        return FALSE;
    }
  return TRUE;
}

gboolean
sitrep_store_redate_suggestions (SitrepStore  *self,
                                 gint64        article_id,
                                 guint        *n_redated,
                                 GError      **error)
{
  g_autoptr(GArray) redated = NULL;
  SitrepEdit edit;
  gboolean ok = TRUE;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (n_redated != NULL)
    *n_redated = 0;
  redated = find_redated (self, article_id, error);
  if (redated == NULL)
    return FALSE;
  if (redated->len == 0)
    return TRUE;
  if (!_sitrep_edit_begin (&edit, self, "suggestion-redate", _("Date suggestions"), error))
    return FALSE;
  for (guint i = 0; ok && i < redated->len; i++)
    ok = redate_one (self, &edit, &g_array_index (redated, Redated, i), error);
  if (!_sitrep_edit_end (&edit, ok, "annotations-changed", article_id, error))
    return FALSE;
  if (n_redated != NULL)
    *n_redated = redated->len;
  return TRUE;
}

gboolean
sitrep_store_reject_suggestion (SitrepStore  *self,
                                gint64        id,
                                GError      **error)
{
  g_autoptr(SitrepStoredSuggestion) s = NULL;
  g_autofree char *what = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  s = sitrep_store_get_suggestion (self, id, error);
  if (s == NULL)
    return FALSE;
  what = g_strdup_printf (_("Reject “%s”"), s->text);
  return mark (self, s, SITREP_SUGGESTION_REJECTED, 0, "suggestion-reject", what, error);
}

gboolean
_sitrep_store_load_suggest_memory (SitrepStore  *self,
                                   GHashTable   *rejected,
                                   GHashTable   *learned,
                                   GHashTable   *place_keys,
                                   GError      **error)
{
  sqlite3_stmt *stmt;
  int rc = SQLITE_DONE;

  if (_sitrep_store_lock (self, error) == NULL)
    return FALSE;
  stmt = _sitrep_store_statement (self, "SELECT kind, key FROM suggestion_rejections", error);
  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (rejected, g_strdup_printf ("%s\x1f%s", COL_TEXT (0), COL_TEXT (1)));
  if (stmt != NULL)
    sqlite3_reset (stmt);
  stmt = rc == SQLITE_DONE ? _sitrep_store_statement (self, "SELECT key, latitude, longitude, geonameid "
                                                            "FROM suggestion_places", error) : NULL;
  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LearnedPlace *place = g_new0 (LearnedPlace, 1);

      place->latitude = sqlite3_column_double (stmt, 1);
      place->longitude = sqlite3_column_double (stmt, 2);
      place->geonameid = sqlite3_column_int64 (stmt, 3);
      g_hash_table_insert (learned, g_strdup (COL_TEXT (0)), place);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  stmt = rc == SQLITE_DONE ? _sitrep_store_statement (self, "SELECT DISTINCT normalized FROM gazetteer_names", error) : NULL;
  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (place_keys, g_strdup (COL_TEXT (0)));
  if (stmt != NULL)
    sqlite3_reset (stmt);
  _sitrep_store_unlock (self);
  if (stmt == NULL)
    return FALSE;
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The suggestions could not be read."));
      return FALSE;
    }
  return TRUE;
}

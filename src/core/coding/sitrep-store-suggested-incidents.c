/* sitrep-store-suggested-incidents.c — incidents Suggest proposes: kept with the run, accepted as an event (or as evidence of one) or rejected
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-annotation.h"
#include "sitrep-annotation-format.h"
#include "sitrep-figures.h"
#include "sitrep-gazetteer.h"
#include "sitrep-label.h"
#include "sitrep-normalize.h"
#include "sitrep-store-articles.h"
#include "sitrep-store-private.h"
#include "sitrep-store-suggested-incidents.h"
#include "sitrep-suggest-roles.h"
#include "sitrep-event-dating.h"

#define SAME_PLACE_KM 25.0
#define SIMILAR_MIN_SCORE 0.5

#define INCIDENT_COLUMNS \
  "id, article_id, start, \"end\", status, figures, actors, place, date, place_text, latitude, longitude, " \
  "geonameid, geo_precision, date_start, date_end, date_precision, event_id"

void
sitrep_proposed_incident_free (SitrepProposedIncident *incident)
{
  if (incident == NULL)
    return;
  g_clear_pointer (&incident->figures, g_array_unref);
  g_clear_pointer (&incident->claimants, g_array_unref);
  g_clear_pointer (&incident->parts, g_array_unref);
  g_clear_pointer (&incident->actors, g_array_unref);
  g_strfreev (incident->figure_texts);
  g_strfreev (incident->figure_words);
  g_strfreev (incident->actor_texts);
  g_free (incident->place_text);
  g_free (incident->date_start);
  g_free (incident->date_end);
  g_free (incident);
}

char *
sitrep_proposed_incident_summary (const SitrepProposedIncident *incident)
{
  g_autofree char *figures = NULL;
  g_autofree char *actors = NULL;
  GString *s = g_string_new (NULL);

  g_return_val_if_fail (incident != NULL, NULL);

  /* Translators: what separates the figures of one incident ("12 killed, 30 wounded") */
  figures = g_strjoinv (_(", "), incident->figure_words);
  g_string_append (s, figures);
  if (incident->place_text != NULL)
    g_string_append_printf (s, " · %s", incident->place_text);
  if (incident->actor_texts != NULL && incident->actor_texts[0] != NULL)
    {
      actors = g_strjoinv (_(", "), incident->actor_texts);
      g_string_append_printf (s, " · %s", actors);
    }
  return g_string_free (s, FALSE);
}

/* A member suggestion as it reads now. */
typedef struct
{
  gboolean found;
  SitrepSuggestKind kind;
  SitrepSuggestionStatus status;
  gint64 annotation_id;
  gint64 entity_id;
  char *text;
  char *attributes;
} Member;

static void
member_clear (Member *m)
{
  g_clear_pointer (&m->text, g_free);
  g_clear_pointer (&m->attributes, g_free);
}

static gboolean
read_member (SitrepStore  *self,
             gint64        id,
             Member       *m,
             GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  memset (m, 0, sizeof *m);
  if (id == 0)
    return TRUE;
  stmt = _sitrep_store_statement (self, "SELECT kind, text, status, annotation_id, entity_id, attributes FROM suggestions "
                                        "WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      m->found = sitrep_suggest_kind_from_string (COL_TEXT (0), &m->kind);
      m->text = g_strdup (COL_TEXT (1));
      m->status = sqlite3_column_int (stmt, 2);
      m->annotation_id = sqlite3_column_int64 (stmt, 3);
      m->entity_id = sqlite3_column_int64 (stmt, 4);
      m->attributes = g_strdup (COL_TEXT (5));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The proposed incidents could not be read."));
      return FALSE;
    }
  return TRUE;
}

/* A member still there and not rejected. */
static gboolean
member_usable (const Member *m)
{
  return m->found && m->status != SITREP_SUGGESTION_REJECTED &&
         (m->status != SITREP_SUGGESTION_ACCEPTED || m->annotation_id != 0);
}

static GArray *
ids_from_json (JsonArray *array,
               int        index)
{
  GArray *ids = g_array_new (FALSE, TRUE, sizeof (gint64));

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gint64 id = 0;

      if (index >= 0 && JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > (guint) index)
        id = json_array_get_int_element (json_node_get_array (node), index);
      else if (index < 0 && JSON_NODE_HOLDS_VALUE (node))
        id = json_node_get_int (node);
      g_array_append_val (ids, id);
    }
  return ids;
}

static SitrepProposedIncident *
read_incident (sqlite3_stmt *stmt)
{
  SitrepProposedIncident *inc = g_new0 (SitrepProposedIncident, 1);
  g_autoptr(JsonNode) figures = json_from_string (COL_TEXT (5), NULL);
  g_autoptr(JsonNode) actors = json_from_string (COL_TEXT (6), NULL);

  inc->id = sqlite3_column_int64 (stmt, 0);
  inc->article_id = sqlite3_column_int64 (stmt, 1);
  inc->start = sqlite3_column_int (stmt, 2);
  inc->end = sqlite3_column_int (stmt, 3);
  inc->status = sqlite3_column_int (stmt, 4);
  inc->figures = ids_from_json (figures != NULL && JSON_NODE_HOLDS_ARRAY (figures) ? json_node_get_array (figures) : NULL, 0);
  inc->claimants = ids_from_json (figures != NULL && JSON_NODE_HOLDS_ARRAY (figures) ? json_node_get_array (figures) : NULL, 1);
  inc->parts = ids_from_json (figures != NULL && JSON_NODE_HOLDS_ARRAY (figures) ? json_node_get_array (figures) : NULL, 4);
  inc->actors = ids_from_json (actors != NULL && JSON_NODE_HOLDS_ARRAY (actors) ? json_node_get_array (actors) : NULL, -1);
  inc->place = sqlite3_column_int64 (stmt, 7);
  inc->date = sqlite3_column_int64 (stmt, 8);
  inc->place_text = g_strdup (COL_TEXT (9));
  inc->latitude = sqlite3_column_type (stmt, 10) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 10);
  inc->longitude = sqlite3_column_type (stmt, 11) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 11);
  inc->geonameid = sqlite3_column_int64 (stmt, 12);
  inc->geo_precision = sqlite3_column_int (stmt, 13);
  inc->date_start = g_strdup (COL_TEXT (14));
  inc->date_end = g_strdup (COL_TEXT (15));
  inc->date_precision = sqlite3_column_int (stmt, 16);
  inc->event_id = sqlite3_column_int64 (stmt, 17);
  return inc;
}

/* A figure as a row reads it: its count and kind ("at least 20 killed",
 * "18–20 wounded"), or the person it names ("Abu X killed") when @name;
 * its words as written when it codes no count. */
static char *
figure_words (const Member *m,
              const char   *name)
{
  gint64 count = 1;
  g_autofree char *number = name != NULL ? g_strdup (name) : _sitrep_incident_count_words (m->attributes, &count);

  if (number == NULL)
    return g_strdup (m->text);
  switch (m->kind)
    {
    case SITREP_SUGGEST_KILLED:
      /* Translators: "%s" is a number of people killed */
      return g_strdup_printf (ngettext ("%s killed", "%s killed", (gulong) MIN (count, G_MAXINT)), number);
    case SITREP_SUGGEST_WOUNDED:
      return g_strdup_printf (_("%s wounded"), number);
    case SITREP_SUGGEST_CAPTURED:
      return g_strdup_printf (_("%s captured"), number);
    case SITREP_SUGGEST_MISSING:
      return g_strdup_printf (_("%s missing"), number);
    default:
      return g_strdup (m->text);
    }
}

/* The actor (of @texts) a figure of one person names, as the figure's
 * words are that actor's name and state no number ("Abu X" killed); -1. */
static int
named_actor (const Member *figure,
             GPtrArray    *texts)
{
  SitrepFigure parsed;
  g_autofree char *key = NULL;

  if (figure->text == NULL || sitrep_figure_parse (figure->text, &parsed))
    return -1;
  key = g_utf8_casefold (figure->text, -1);
  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *other = g_utf8_casefold (texts->pdata[i], -1);

      if (g_strcmp0 (key, other) == 0)
        return (int) i;
    }
  return -1;
}

/* The actors' words, each actor once (by its entity, else its words), and
 * none a figure of the incident names. */
static GStrv
actor_words (GPtrArray *texts,
             GArray    *entities,
             GArray    *named)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_null_terminated (texts->len, g_free, TRUE);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < texts->len; i++)
    {
      gint64 entity = g_array_index (entities, gint64, i);
      char *key = entity != 0 ? g_strdup_printf ("#%" G_GINT64_FORMAT, entity) : g_utf8_casefold (texts->pdata[i], -1);
      char *words = g_utf8_casefold (texts->pdata[i], -1);
      gboolean again = g_hash_table_contains (seen, key) || g_hash_table_contains (seen, words);

      g_hash_table_add (seen, key);
      g_hash_table_add (seen, words);
      if (!again && !g_array_index (named, gboolean, i))
        g_ptr_array_add (out, g_strdup (texts->pdata[i]));
    }
  return (GStrv) g_ptr_array_free (g_steal_pointer (&out), FALSE);
}

/* Leaves out the members rejected (or gone) since the run and reads the
 * words of the rest. Returns FALSE on error; *@empty when no figure is left. */
static gboolean
refine (SitrepStore            *self,
        SitrepProposedIncident *inc,
        gboolean               *empty,
        GError                **error)
{
  g_autoptr(GPtrArray) figure_texts = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  g_autoptr(GPtrArray) words = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  g_autoptr(GPtrArray) actor_texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) actor_entities = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autoptr(GArray) named = NULL;
  g_autoptr(GArray) figures = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autoptr(GArray) claimants = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autoptr(GArray) parts = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autoptr(GArray) actors = g_array_new (FALSE, TRUE, sizeof (gint64));
  guint wholes = 0;
  Member m;

  for (guint i = 0; i < inc->actors->len; i++)
    {
      if (!read_member (self, g_array_index (inc->actors, gint64, i), &m, error))
        return FALSE;
      if (member_usable (&m))
        {
          g_array_append_val (actor_entities, m.entity_id);
          g_ptr_array_add (actor_texts, g_steal_pointer (&m.text));
          g_array_append_val (actors, g_array_index (inc->actors, gint64, i));
        }
      member_clear (&m);
    }
  named = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), actor_texts->len);
  g_array_set_size (named, actor_texts->len);
  for (guint i = 0; i < inc->figures->len; i++)
    {
      gint64 claimant = g_array_index (inc->claimants, gint64, i);

      if (!read_member (self, g_array_index (inc->figures, gint64, i), &m, error))
        return FALSE;
      if (member_usable (&m))
        {
          int actor = named_actor (&m, actor_texts);

          gint64 part = i < inc->parts->len ? g_array_index (inc->parts, gint64, i) : 0;

          if (actor >= 0)
            g_array_index (named, gboolean, actor) = TRUE;
          /* a part of a figure kept before it is said in that figure's words: "4 killed", not "4 killed, 2 killed";
           * a figure told again (the lead's, then the body's) is said once: "2 killed, 4 wounded", not
           * "2 killed, 4 wounded, 2 killed, 4 wounded" (the event counts the largest, not their sum) */
          if (part == 0 || (wholes & 1u << MIN ((guint) m.kind, 31u)) == 0)
            {
              char *said = figure_words (&m, actor >= 0 ? actor_texts->pdata[actor] : NULL);

              if (g_ptr_array_find_with_equal_func (words, said, g_str_equal, NULL))
                g_free (said);
              else
                g_ptr_array_add (words, said);
            }
          wholes |= part == 0 ? 1u << MIN ((guint) m.kind, 31u) : 0;
          g_ptr_array_add (figure_texts, g_steal_pointer (&m.text));
          g_array_append_val (figures, g_array_index (inc->figures, gint64, i));
          g_array_append_val (parts, part);
          member_clear (&m);
          if (!read_member (self, claimant, &m, error))
            return FALSE;
          claimant = member_usable (&m) ? claimant : 0;
          g_array_append_val (claimants, claimant);
        }
      member_clear (&m);
    }
  inc->actor_texts = actor_words (actor_texts, actor_entities, named);
  inc->figure_words = (GStrv) g_ptr_array_free (g_steal_pointer (&words), FALSE);
  if (!read_member (self, inc->place, &m, error))
    return FALSE;
  if (inc->place != 0 && !member_usable (&m))
    {
      inc->place = 0;
      g_clear_pointer (&inc->place_text, g_free);
      inc->latitude = inc->longitude = NAN;
      inc->geonameid = 0;
      inc->geo_precision = 0;
    }
  member_clear (&m);
  if (!read_member (self, inc->date, &m, error))
    return FALSE;
  if (inc->date != 0 && !member_usable (&m))
    {
      inc->date = 0;
      g_clear_pointer (&inc->date_start, g_free);
      g_clear_pointer (&inc->date_end, g_free);
      inc->date_precision = 0;
    }
  member_clear (&m);

  g_array_unref (inc->figures);
  inc->figures = g_steal_pointer (&figures);
  g_array_unref (inc->claimants);
  inc->claimants = g_steal_pointer (&claimants);
  g_array_unref (inc->parts);
  inc->parts = g_steal_pointer (&parts);
  g_array_unref (inc->actors);
  inc->actors = g_steal_pointer (&actors);
  inc->figure_texts = (GStrv) g_ptr_array_free (g_steal_pointer (&figure_texts), FALSE);
  *empty = inc->figures->len == 0;
  return TRUE;
}

/* The entity a member stands for: its annotation's once accepted, else
 * the one it was proposed with (0: none yet). */
static gint64
member_entity (SitrepStore *self,
               gint64       id)
{
  g_autoptr(SitrepAnnotation) a = NULL;
  Member m;
  gint64 entity_id;

  if (!read_member (self, id, &m, NULL) || !m.found)
    return 0;
  entity_id = m.entity_id;
  if (m.status == SITREP_SUGGESTION_ACCEPTED && m.annotation_id != 0 &&
      (a = sitrep_store_get_annotation (self, m.annotation_id, NULL)) != NULL)
    entity_id = sitrep_annotation_get_entity_id (a);
  member_clear (&m);
  return entity_id;
}

/* The draft event of @inc (strings borrowed from it; @notes kept by the caller). */
static void
draft_from (SitrepStore                  *self,
            const SitrepProposedIncident *inc,
            SitrepEventDraft             *draft,
            const char                   *notes,
            SitrepIncidentText           *text)
{
  *draft = (SitrepEventDraft) SITREP_EVENT_DRAFT_INIT;
  for (guint a = 0; a < inc->actors->len && (draft->actor1_id == 0 || draft->actor2_id == 0); a++)
    {
      gint64 id = g_array_index (inc->actors, gint64, a);
      Member m;

      /* The one attacked ("a bus carrying Syrian soldiers was hit") is actor 2, never actor 1; an outlet told none. */
      if (read_member (self, id, &m, NULL) && m.kind == SITREP_SUGGEST_ACTOR)
        {
          SitrepActorRole role = _sitrep_store_incident_actor_role (self, inc, id, text);

          if (role == SITREP_ACTOR_ROLE_PARTY && draft->actor1_id == 0)
            draft->actor1_id = member_entity (self, id);
          else if (role == SITREP_ACTOR_ROLE_VICTIM && draft->actor2_id == 0)
            draft->actor2_id = member_entity (self, id);
        }
      member_clear (&m);
    }
  /* One entity both attacking and attacked ("the SDF … SDF fighters were killed") is actor 1 alone. */
  if (draft->actor2_id == draft->actor1_id)
    draft->actor2_id = 0;
  if (inc->date_precision > 0)
    {
      draft->date_start = inc->date_start;
      draft->date_end = inc->date_end;
      draft->date_precision = inc->date_precision;
    }
  draft->place_id = inc->place != 0 ? member_entity (self, inc->place) : 0;
  draft->location = inc->place_text;
  if (inc->place != 0 && draft->place_id == 0 && !isnan (inc->latitude))
    {
      draft->latitude = inc->latitude;
      draft->longitude = inc->longitude;
    }
  draft->geo_precision = inc->geo_precision;
  draft->notes = notes;
}

/* A similar event an incident joins by itself (the window's New Event only
 * offers them): the same place or one within 25 km, on dates that agree.
 * An actor in common is not enough: "ISIS" joined a sailor killed in
 * northern Syria to an undated operation in Jasim, 300 km away. */
static gboolean
joins_as_similar (const SitrepEventMatch *m)
{
  return m->score >= SIMILAR_MIN_SCORE && (m->same_place || m->distance_km <= SAME_PLACE_KM) &&
         m->days_apart != G_MAXINT;
}

/* The event a second report of this incident should join: one made from
 * another article's proposed incidents at the same place and date, else
 * one the similar-incident rule finds at the same place or within 25 km,
 * within 3 days (joins_as_similar); none for an incident placed only in a
 * country or region. 0: a new event; -1 on error. */
static gint64
match_event (SitrepStore                  *self,
             const SitrepProposedIncident *inc,
             const SitrepEventDraft       *draft,
             GError                      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GArray) similar = NULL;
  SitrepSuggestion place = { 0 };
  gint64 id;

  /* A country or a governorate (ACLED precision 3) is no place to say two
   * reports tell one incident: the coder merges them if they do. */
  if (inc->place != 0 && inc->geo_precision >= 3)
    return 0;
  place.text = inc->place_text;
  place.latitude = inc->latitude;
  place.longitude = inc->longitude;
  place.geonameid = inc->geonameid;
  id = _sitrep_store_match_suggested_incident (self, inc->article_id, inc->place != 0 ? &place : NULL,
                                               inc->date_start, inc->figures, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return -1;
    }
  if (id != 0 || draft->date_start == NULL)
    return id;
  similar = sitrep_store_find_similar_events (self, draft, 0, NULL);
  /* Not an event made from another incident of this report: the report
   * told them apart ("On Jan. 2 … in Daraa", "On Jan. 4 … in Daraa"). */
  if (similar != NULL && similar->len > 0 && joins_as_similar (&g_array_index (similar, SitrepEventMatch, 0)) &&
      !_sitrep_store_event_from_article (self, g_array_index (similar, SitrepEventMatch, 0).event_id, inc->article_id))
    return g_array_index (similar, SitrepEventMatch, 0).event_id;
  return 0;
}

/* The pending incident's event to join, worked out again now. */
static gboolean
rematch (SitrepStore            *self,
         SitrepProposedIncident *inc,
         SitrepIncidentText     *text,
         GError                **error)
{
  SitrepEventDraft draft;
  gint64 id;

  if (inc->status != SITREP_SUGGESTION_PENDING)
    return TRUE;
  draft_from (self, inc, &draft, NULL, text);
  id = match_event (self, inc, &draft, error);
  inc->event_id = MAX (id, 0);
  inc->event_type = inc->event_id == 0 ? _sitrep_store_proposed_incident_type (self, inc, text) : NULL;
  return id >= 0;
}

static void
end_read (SitrepStore *self)
{
  sqlite3_exec (self->db, "RELEASE sitrep_list_incidents;", NULL, NULL, NULL);
  _sitrep_store_unlock (self);
}

/* Rows of @sql (bound to @param), read and refined; those without figures
 * left out unless @keep_empty. */
static GPtrArray *
select_incidents (SitrepStore  *self,
                  const char   *sql,
                  gint64        param,
                  gboolean      keep_empty,
                  GError      **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_proposed_incident_free);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_proposed_incident_free);
  g_autoptr(SitrepIncidentText) text = _sitrep_incident_text_new ();
  sqlite3_stmt *stmt;
  int rc;

  if (_sitrep_store_lock (self, error) == NULL)
    return NULL;
  /* One read of the project for the hundreds of small queries that
   * follow, rather than one each. */
  if (!_sitrep_store_exec (self->db, "SAVEPOINT sitrep_list_incidents;", error))
    {
      _sitrep_store_unlock (self);
      return NULL;
    }
  stmt = _sitrep_store_statement (self, sql, error);
  if (stmt == NULL)
    {
      end_read (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, param);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, read_incident (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The proposed incidents could not be read."));
      end_read (self);
      return NULL;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      SitrepProposedIncident *inc = rows->pdata[i];
      gboolean empty;

      if (!refine (self, inc, &empty, error) || !rematch (self, inc, text, error))
        {
          end_read (self);
          return NULL;
        }
      if (!empty || keep_empty)
        g_ptr_array_add (kept, g_steal_pointer (&rows->pdata[i]));
    }
  end_read (self);
  return g_steal_pointer (&kept);
}

GPtrArray *
sitrep_store_list_proposed_incidents (SitrepStore  *self,
                                      gint64        article_id,
                                      GError      **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  return select_incidents (self, "SELECT " INCIDENT_COLUMNS " FROM proposed_incidents "
                                 "WHERE article_id = ?1 AND status = 0 ORDER BY id", article_id, FALSE, error);
}

SitrepProposedIncident *
sitrep_store_get_proposed_incident (SitrepStore  *self,
                                    gint64        id,
                                    GError      **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  found = select_incidents (self, "SELECT " INCIDENT_COLUMNS " FROM proposed_incidents WHERE id = ?1",
                            id, TRUE, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                   _("That proposed incident no longer exists."));
      return NULL;
    }
  return g_steal_pointer (&found->pdata[0]);
}

/* The label kind a suggestion of @kind takes (Missing is a Captured span). */
static const char *
label_kind (SitrepSuggestKind kind)
{
  return kind == SITREP_SUGGEST_MISSING ? "captured" : sitrep_suggest_kind_to_string (kind);
}

/* Every pending member can be accepted: the project has its label. */
static gboolean
check_labels (SitrepStore                  *self,
              const SitrepProposedIncident *inc,
              GError                      **error)
{
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (self, error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (labels == NULL)
    return FALSE;
  g_array_append_vals (ids, inc->figures->data, inc->figures->len);
  g_array_append_vals (ids, inc->claimants->data, inc->claimants->len);
  g_array_append_vals (ids, inc->actors->data, inc->actors->len);
  g_array_append_vals (ids, &inc->place, 1);
  g_array_append_vals (ids, &inc->date, 1);
  for (guint i = 0; i < ids->len; i++)
    {
      gboolean has = FALSE;
      Member m;

      if (!read_member (self, g_array_index (ids, gint64, i), &m, error))
        return FALSE;
      for (guint l = 0; m.found && m.status == SITREP_SUGGESTION_PENDING && !has && l < labels->len; l++)
        has = g_strcmp0 (sitrep_label_get_kind (labels->pdata[l]), label_kind (m.kind)) == 0;
      if (m.found && m.status == SITREP_SUGGESTION_PENDING && !has)
        {
          g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                       _("The project has no label for “%s” spans; add one in the label set to accept this incident."),
                       sitrep_label_display_name (sitrep_suggest_kind_to_label (m.kind), label_kind (m.kind)));
          member_clear (&m);
          return FALSE;
        }
      member_clear (&m);
    }
  return TRUE;
}

/* Accepts member @id if still pending; its annotation (0: none). */
static gboolean
accept_member (SitrepStore  *self,
               gint64        id,
               gint64        annotator_id,
               gint64       *annotation_id,
               GError      **error)
{
  Member m;

  *annotation_id = 0;
  if (id == 0)
    return TRUE;
  if (!read_member (self, id, &m, error))
    return FALSE;
  if (m.found && m.status == SITREP_SUGGESTION_PENDING)
    *annotation_id = sitrep_store_accept_suggestion (self, id, annotator_id, error);
  else if (m.found && m.status == SITREP_SUGGESTION_ACCEPTED)
    *annotation_id = m.annotation_id;
  else
    {
      member_clear (&m);
      return TRUE;
    }
  member_clear (&m);
  return *annotation_id != 0 || m.status != SITREP_SUGGESTION_PENDING;
}

/* The incident's row marked accepted (with its event) and the incident
 * remembered for the next report of it, as one journaled edit. */
static gboolean
mark_incident (SitrepStore                  *self,
               const SitrepProposedIncident *inc,
               SitrepSuggestionStatus        status,
               gint64                        event_id,
               const char                   *description,
               GError                      **error)
{
  g_autofree char *key = inc->place_text != NULL ? sitrep_normalize_name (inc->place_text) : NULL;
  SitrepEdit edit;
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!_sitrep_edit_begin (&edit, self, status == SITREP_SUGGESTION_ACCEPTED ? "incident-accept" : "incident-reject",
                           description, error))
    return FALSE;
  ok = _sitrep_edit_touch (&edit, "proposed_incidents", inc->id, error);
  stmt = ok ? _sitrep_store_statement (self, "UPDATE proposed_incidents SET status = ?2, event_id = NULLIF (?3, 0) "
                                             "WHERE id = ?1", error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, inc->id);
      sqlite3_bind_int (stmt, 2, status);
      sqlite3_bind_int64 (stmt, 3, event_id);
      ok = _sitrep_store_step_done (edit.db, stmt, _("The incident could not be saved."), error);
    }
  stmt = ok && status == SITREP_SUGGESTION_ACCEPTED
           ? _sitrep_store_statement (self, "INSERT INTO suggested_incidents (event_id, article_id, place_key, "
                                            "  latitude, longitude, geonameid, date) VALUES (?1, ?2, ?3, ?4, ?5, "
                                            "  NULLIF (?6, 0), ?7)", error) : NULL;
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, event_id);
      sqlite3_bind_int64 (stmt, 2, inc->article_id);
      _sitrep_store_bind_text (stmt, 3, key);
      if (!isnan (inc->latitude))
        {
          sqlite3_bind_double (stmt, 4, inc->latitude);
          sqlite3_bind_double (stmt, 5, inc->longitude);
        }
      else
        {
          sqlite3_bind_null (stmt, 4);
          sqlite3_bind_null (stmt, 5);
        }
      sqlite3_bind_int64 (stmt, 6, inc->geonameid);
      _sitrep_store_bind_text (stmt, 7, inc->date_start);
      ok = _sitrep_store_step_done (edit.db, stmt, _("The incident could not be saved."), error);
      if (ok)
        _sitrep_journal_touch_new (edit.journal, "suggested_incidents", sqlite3_last_insert_rowid (edit.db));
    }
  else if (status == SITREP_SUGGESTION_ACCEPTED)
    ok = FALSE;
  return _sitrep_edit_end (&edit, ok, "annotations-changed", inc->article_id, error);
}

/* Inside the accept's group: members, event, claims, the incident's row. */
static gint64
accept_in_group (SitrepStore                  *self,
                 const SitrepProposedIncident *inc,
                 gint64                        annotator_id,
                 gboolean                     *joined,
                 const char                   *description,
                 GError                      **error)
{
  g_autoptr(GArray) figure_annotations = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autofree char *notes = _sitrep_store_proposed_incident_notes (self, inc, FALSE);
  g_autofree char *report_start = NULL;
  g_autofree char *report_end = NULL;
  g_autofree char *dated_notes = NULL;
  g_autofree char *member_start = NULL;
  g_autofree char *member_end = NULL;
  g_autofree char *date_attributes = NULL;
  SitrepEventDraft draft;
  gint64 annotation_id, event_id;
  guint n_figures = 0;

  for (guint i = 0; i < inc->figures->len; i++)
    {
      if (!accept_member (self, g_array_index (inc->figures, gint64, i), annotator_id, &annotation_id, error))
        return 0;
      g_array_append_val (figure_annotations, annotation_id);
      n_figures += annotation_id != 0;
    }
  if (n_figures == 0)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("This incident has no figure left to make a claim of."));
      return 0;
    }
  for (guint i = 0; i < inc->claimants->len + inc->actors->len + 2; i++)
    {
      gint64 id = i < inc->claimants->len ? g_array_index (inc->claimants, gint64, i)
                : i < inc->claimants->len + inc->actors->len ? g_array_index (inc->actors, gint64, i - inc->claimants->len)
                : i == inc->claimants->len + inc->actors->len ? inc->place : inc->date;

      if (!accept_member (self, id, annotator_id, &annotation_id, error))
        return 0;
    }

  draft_from (self, inc, &draft, notes, NULL);
  /* Proposed while the article had no date ("13 October", no year), the
   * incident takes the day its Date span reads once the article is dated. */
  if (draft.date_start == NULL && inc->date != 0 &&
      sitrep_event_dating_read (date_attributes = _sitrep_store_accepted_attributes (self, inc->date),
                                &member_start, &member_end, &draft.date_precision))
    {
      draft.date_start = member_start;
      draft.date_end = member_end;
    }
  event_id = match_event (self, inc, &draft, error);
  if (event_id < 0)
    return 0;
  *joined = event_id != 0;
  /* A new event takes the type its words suggest; one joined keeps its own. */
  if (event_id == 0)
    draft.event_type = _sitrep_store_proposed_incident_type (self, inc, NULL);
  if (event_id == 0 && draft.date_start == NULL &&
      _sitrep_store_report_dates (self, inc->article_id, &report_start, &report_end, &draft.date_precision))
    {
      draft.date_start = report_start;
      draft.date_end = report_end;
      draft.notes = dated_notes = _sitrep_store_proposed_incident_notes (self, inc, TRUE);
    }
  if (event_id == 0 && (event_id = sitrep_store_create_event (self, &draft, error)) == 0)
    return 0;
  for (guint i = 0; i < inc->figures->len; i++)
    {
      gint64 figure = g_array_index (figure_annotations, gint64, i);
      gint64 claimant = g_array_index (inc->claimants, gint64, i);

      if (figure != 0 &&
          sitrep_store_add_claim_from_annotation (self, event_id, figure, SITREP_VICTIM_UNKNOWN,
                                                  claimant != 0 ? member_entity (self, claimant) : 0, error) == 0)
        return 0;
    }
  if (!mark_incident (self, inc, SITREP_SUGGESTION_ACCEPTED, event_id, description, error))
    return 0;
  return event_id;
}

/* The newest step of this session that can be undone (0: none). */
static gint64
journal_top (SitrepStore *self)
{
  sqlite3_stmt *stmt;
  gint64 top = 0;

  if (_sitrep_store_lock (self, NULL) == NULL)
    return 0;
  stmt = _sitrep_store_statement (self, "SELECT coalesce (max (id), 0) FROM journal WHERE session = ?1 AND undone = 0",
                                  NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, _sitrep_store_get_session (self), -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        top = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);
  return top;
}

static SitrepProposedIncident *
get_pending (SitrepStore  *self,
             gint64        id,
             GError      **error)
{
  g_autoptr(SitrepProposedIncident) inc = sitrep_store_get_proposed_incident (self, id, error);

  if (inc != NULL && inc->status != SITREP_SUGGESTION_PENDING)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   inc->status == SITREP_SUGGESTION_ACCEPTED ? _("This incident was accepted already.")
                                                             : _("This incident was rejected already."));
      return NULL;
    }
  return g_steal_pointer (&inc);
}

gint64
sitrep_store_accept_proposed_incident (SitrepStore  *self,
                                       gint64        id,
                                       gint64        annotator_id,
                                       gboolean     *joined,
                                       GError      **error)
{
  g_autoptr(SitrepProposedIncident) inc = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *what = NULL;
  gboolean unused;
  gint64 top, event_id;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  inc = get_pending (self, id, error);
  if (inc == NULL || !check_labels (self, inc, error))
    return 0;
  summary = sitrep_proposed_incident_summary (inc);
  what = g_strdup_printf (_("Accept incident “%s”"), summary);
  top = journal_top (self);
  sitrep_store_begin_group (self, what);
  /* One transaction: the members, the event and its claims reach the file
   * together (a Sitrep killed mid-accept left the members annotated and
   * the incident pending, with no event). */
  event_id = 0;
  if (_sitrep_store_unit_begin (self, error))
    {
      event_id = accept_in_group (self, inc, annotator_id, joined != NULL ? joined : &unused, what, error);
      if (!_sitrep_store_unit_end (self, event_id != 0, event_id != 0 ? error : NULL))
        event_id = 0;
    }
  sitrep_store_end_group (self);
  /* Take back what was made of it, and nothing before it (a member's
   * accept that failed has taken back the group already). */
  if (event_id == 0 && journal_top (self) != top)
    sitrep_store_undo (self, NULL);
  return event_id;
}

gboolean
sitrep_store_reject_proposed_incident (SitrepStore  *self,
                                       gint64        id,
                                       GError      **error)
{
  g_autoptr(SitrepProposedIncident) inc = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *what = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  inc = get_pending (self, id, error);
  if (inc == NULL)
    return FALSE;
  summary = sitrep_proposed_incident_summary (inc);
  what = g_strdup_printf (_("Reject incident “%s”"), summary);
  return mark_incident (self, inc, SITREP_SUGGESTION_REJECTED, 0, what, error);
}

gboolean
sitrep_store_accept_article_suggestions (SitrepStore  *self,
                                         gint64        article_id,
                                         const gint64 *ids,
                                         guint         n_ids,
                                         const char   *description,
                                         gint64        annotator_id,
                                         guint        *n_created,
                                         guint        *n_joined,
                                         GError      **error)
{
  g_autoptr(GPtrArray) incidents = NULL;
  gboolean ok = TRUE, in_unit;
  guint created = 0, joined_n = 0;
  gint64 top;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  top = journal_top (self);
  sitrep_store_begin_group (self, description);
  ok = in_unit = _sitrep_store_unit_begin (self, error);
  for (guint i = 0; ok && i < n_ids; i++)
    ok = sitrep_store_accept_suggestion (self, ids[i], annotator_id, error) != 0;
  if (ok)
    ok = (incidents = sitrep_store_list_proposed_incidents (self, article_id, error)) != NULL;
  for (guint i = 0; ok && i < incidents->len; i++)
    {
      gboolean joined = FALSE;

      ok = sitrep_store_accept_proposed_incident (self, ((SitrepProposedIncident *) incidents->pdata[i])->id,
                                                  annotator_id, &joined, error) != 0;
      if (ok && joined)
        joined_n++;
      else if (ok)
        created++;
    }
  if (in_unit)
    ok = _sitrep_store_unit_end (self, ok, ok ? error : NULL);
  sitrep_store_end_group (self);
  /* All or none; a failed step has taken back the group already. */
  if (!ok && journal_top (self) != top)
    sitrep_store_undo (self, NULL);
  if (n_created != NULL)
    *n_created = ok ? created : 0;
  if (n_joined != NULL)
    *n_joined = ok ? joined_n : 0;
  return ok;
}

/* sitrep-store-evidence.c — evidence of events, and claims made from casualty spans
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-store-private.h"
#include "sitrep-store.h"
#include "sitrep-label-kind.h"
#include "sitrep-event-private.h"

/* ---------------------------------------------------------------- evidence */

static gint64
find_evidence (SitrepStore *self,
               gint64       event_id,
               gint64       article_id,
               guint        start,
               guint        end)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  stmt = _sitrep_store_statement (self, "SELECT id FROM event_evidence WHERE event_id = ?1"
                                        " AND article_id = ?2 AND start = ?3 AND \"end\" = ?4", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, article_id);
  sqlite3_bind_int (stmt, 3, (int) start);
  sqlite3_bind_int (stmt, 4, (int) end);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

/* Adds a span as evidence inside an edit; returns its id (an existing one
 * when the span is already there), 0 on error. */
static gint64
insert_evidence (SitrepStore  *self,
                 SitrepEdit         *edit,
                 gint64        event_id,
                 gint64        article_id,
                 gint64        annotation_id,
                 guint         start,
                 guint         end,
                 GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  if (end <= start)
    {
      _sitrep_store_invalid (error, _("Select some text to add as evidence."));
      return 0;
    }
  id = find_evidence (self, event_id, article_id, start, end);
  if (id != 0)
    return id;

  /* substr () and length () count characters, as the offsets do. */
  stmt = _sitrep_store_statement (self,
                                  "INSERT INTO event_evidence (event_id, article_id, annotation_id, start, \"end\", text)"
                                  " SELECT ?1, ?2, ?3, ?4, ?5, substr (body, ?4 + 1, ?5 - ?4)"
                                  " FROM article_texts WHERE article_id = ?2 AND length (body) >= ?5", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, article_id);
  _sitrep_store_bind_optional_int (stmt, 3, annotation_id);
  sqlite3_bind_int (stmt, 4, (int) start);
  sqlite3_bind_int (stmt, 5, (int) end);
  if (!_sitrep_store_step_done (edit->db, stmt, _("The evidence could not be saved."), error))
    return 0;
  if (sqlite3_changes (edit->db) == 0)
    {
      _sitrep_store_not_found (error,
                               _("That span is not in the article (it may have been deleted)."));
      return 0;
    }
  id = sqlite3_last_insert_rowid (edit->db);
  _sitrep_journal_touch_new (edit->journal, "event_evidence", id);
  return id;
}

gint64
sitrep_store_add_event_evidence (SitrepStore  *self,
                                 gint64        event_id,
                                 gint64        article_id,
                                 guint         start,
                                 guint         end,
                                 GError      **error)
{
  SitrepEdit edit;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  if (!_sitrep_edit_begin (&edit, self, "event", _("Add evidence"), error))
    return 0;
  ok = _sitrep_store_event_exists (self, event_id) ||
       _sitrep_store_not_found (error, _("That event is no longer in the project."));
  ok = ok && _sitrep_edit_touch (&edit, "events", event_id, error);
  if (ok)
    {
      id = insert_evidence (self, &edit, event_id, article_id, 0, start, end, error);
      /* A report with no figure is one more source of the event. */
      ok = id != 0 && _sitrep_store_touch_event_modified (self, edit.db, event_id, error) &&
           _sitrep_store_refresh_derived (self, edit.db, event_id, error);
    }
  if (!_sitrep_edit_end (&edit, ok, "events-changed", event_id, error))
    return 0;
  return id;
}

/* Article, span, text, attributes and label kind of an annotation. */
typedef struct
{
  gint64 article_id;
  guint start;
  guint end;
  char *text;
  char *attributes;
  char *label_kind;
  char *label_name;
} AnnotationInfo;

static void
annotation_info_clear (AnnotationInfo *info)
{
  g_free (info->text);
  g_free (info->attributes);
  g_free (info->label_kind);
  g_free (info->label_name);
}

static gboolean
read_annotation (SitrepStore     *self,
                 gint64           annotation_id,
                 AnnotationInfo  *info,
                 GError         **error)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  memset (info, 0, sizeof *info);
  stmt = _sitrep_store_statement (self,
                                  "SELECT a.article_id, a.start, a.\"end\", a.text, a.attributes, l.kind, l.name"
                                  " FROM annotations a JOIN labels l ON l.id = a.label_id WHERE a.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, annotation_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      info->article_id = sqlite3_column_int64 (stmt, 0);
      info->start = (guint) sqlite3_column_int (stmt, 1);
      info->end = (guint) sqlite3_column_int (stmt, 2);
      info->text = g_strdup (COL_TEXT (3));
      info->attributes = g_strdup (COL_TEXT (4));
      info->label_kind = g_strdup (COL_TEXT (5));
      info->label_name = g_strdup (COL_TEXT (6));
    }
  sqlite3_reset (stmt);
  if (!found)
    return _sitrep_store_not_found (error, _("That annotation is no longer in the project."));
  return TRUE;
}

gboolean
sitrep_store_remove_event_evidence (SitrepStore  *self,
                                    gint64        evidence_id,
                                    GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 event_id = 0;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (!_sitrep_edit_begin (&edit, self, "event", _("Remove evidence"), error))
    return FALSE;
  stmt = _sitrep_store_statement (self, "SELECT event_id FROM event_evidence WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, evidence_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        event_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      ok = event_id != 0 ||
           _sitrep_store_not_found (error,
                                    _("That piece of evidence is no longer in the project."));
    }
  ok = ok && _sitrep_edit_touch (&edit, "events", event_id, error) && _sitrep_edit_touch (&edit, "event_evidence", evidence_id, error);
  stmt = ok ? _sitrep_store_statement (self, "DELETE FROM event_evidence WHERE id = ?1", error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, evidence_id);
      ok = _sitrep_store_step_done (edit.db, stmt, _("The evidence could not be removed."), error) &&
           _sitrep_store_touch_event_modified (self, edit.db, event_id, error) &&
           _sitrep_store_refresh_derived (self, edit.db, event_id, error);
    }
  return _sitrep_edit_end (&edit, ok, "events-changed", event_id, error);
}

GArray *
sitrep_store_list_article_events (SitrepStore  *self,
                                  gint64        article_id,
                                  GError      **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  return _sitrep_store_select_ids (self,
                                   "SELECT event_id FROM event_evidence WHERE article_id = ?1"
                                   " UNION SELECT c.event_id FROM annotations a JOIN claims c ON c.annotation_id = a.id"
                                   " WHERE a.article_id = ?1"
                                   " ORDER BY 1", article_id, error);
}

/**
 * sitrep_store_list_event_evidence:
 *
 * Returns: (transfer container): SitrepEvidence of the event.
 */
GPtrArray *
sitrep_store_list_event_evidence (SitrepStore  *self,
                                  gint64        event_id,
                                  GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_evidence_free);
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self,
                                  "SELECT v.id, v.event_id, v.article_id, coalesce (v.annotation_id, 0), v.start,"
                                  " v.\"end\", v.text, a.title, s.name, a.url, a.published FROM event_evidence v"
                                  " JOIN articles a ON a.id = v.article_id LEFT JOIN sources s ON s.id = a.source_id"
                                  " WHERE v.event_id = ?1"
                                  " ORDER BY v.article_id, v.start, v.id", error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, event_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SitrepEvidence *e = g_new0 (SitrepEvidence, 1);

      e->id = sqlite3_column_int64 (stmt, 0);
      e->event_id = sqlite3_column_int64 (stmt, 1);
      e->article_id = sqlite3_column_int64 (stmt, 2);
      e->annotation_id = sqlite3_column_int64 (stmt, 3);
      e->start = (guint) sqlite3_column_int (stmt, 4);
      e->end = (guint) sqlite3_column_int (stmt, 5);
      e->text = g_strdup (COL_TEXT (6));
      e->article_title = g_strdup (COL_TEXT (7));
      e->source = g_strdup (COL_TEXT (8));
      e->report_name = sitrep_report_name (e->source, COL_TEXT (9), e->article_title, COL_TEXT (10));
      g_ptr_array_add (list, e);
    }
  sqlite3_reset (stmt);
  _sitrep_store_unlock (self);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("The evidence could not be read."));
      return NULL;
    }
  return g_steal_pointer (&list);
}

/* The figure of a casualty annotation: its attributes, else its words. */
static gboolean
annotation_figure (const AnnotationInfo *info,
                   SitrepFigure         *figure)
{
  if (info->attributes != NULL)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonNode *root;

      if (json_parser_load_from_data (parser, info->attributes, -1, NULL) &&
          (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_OBJECT (root))
        {
          JsonObject *o = json_node_get_object (root);

          if (json_object_has_member (o, "count") || json_object_has_member (o, "low"))
            {
              SitrepQualifier q = SITREP_QUALIFIER_EXACT;

              figure->count = json_object_get_int_member_with_default (o, "count",
                                                                       json_object_get_int_member_with_default (o, "low", 0));
              figure->low = json_object_get_int_member_with_default (o, "low", figure->count);
              figure->high = json_object_get_int_member_with_default (o, "high", figure->low);
              sitrep_qualifier_from_string (json_object_get_string_member_with_default (o, "qualifier", "exact"), &q);
              figure->qualifier = q;
              return figure->low >= 0 && figure->high >= figure->low;
            }
        }
    }
  return sitrep_figure_parse (info->text, figure);
}

/* The sentence around [@start, @end) of @body, in code points: from after
 * the last full stop, question or exclamation mark or line break before it
 * to the first one after it. */
static void
sentence_bounds (const char *body,
                 guint       start,
                 guint       end,
                 guint      *sentence_start,
                 guint      *sentence_end)
{
  guint i = 0;

  *sentence_start = 0;
  *sentence_end = G_MAXUINT;
  for (const char *p = body; *p != '\0'; p = g_utf8_next_char (p), i++)
    {
      gunichar c = g_utf8_get_char (p);
      gboolean stop = c == '\n' || ((c == '.' || c == '!' || c == '?') &&
                                     (p[1] == '\0' || g_unichar_isspace (g_utf8_get_char (p + 1))));

      if (!stop)
        continue;
      if (i < start)
        *sentence_start = i + 1;
      else if (i >= end)
        {
          *sentence_end = i;
          return;
        }
    }
}

/* The Claimant span nearest the casualty span in its sentence ("…, the
 * Russian Reconciliation Center in Syria claimed …, leaving 20 ISIS militants
 * dead"): its entity, or its words in @text when it is linked to none (the
 * coder closed the chooser); 0 and no text when there is none. A span that
 * reaches into the sentence counts: "Maj. Gen. Yegorov said that at least
 * 20 …" is cut into sentences at "Maj." and "Gen.", as a text view's
 * sentences are too. */
static gint64
sentence_claimant (SitrepStore          *self,
                   const AnnotationInfo *info,
                   char                **text)
{
  g_autofree char *body = NULL;
  sqlite3_stmt *stmt;
  guint from, to;
  gint64 claimant = 0;

  *text = NULL;
  stmt = _sitrep_store_statement (self, "SELECT body FROM article_texts WHERE article_id = ?1", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, info->article_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    body = g_strdup (COL_TEXT (0));
  sqlite3_reset (stmt);
  if (body == NULL)
    return 0;
  sentence_bounds (body, info->start, info->end, &from, &to);

  stmt = _sitrep_store_statement (self,
                                  "SELECT n.id, a.start, a.\"end\" FROM annotations a JOIN labels l ON l.id = a.label_id"
                                  " LEFT JOIN entities n ON n.id = a.entity_id"
                                  " WHERE a.article_id = ?1 AND l.kind = 'claimant' AND a.\"end\" > ?2"
                                  " AND a.start < ?3 ORDER BY abs (a.start - ?4), a.id LIMIT 1", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, info->article_id);
  sqlite3_bind_int64 (stmt, 2, from);
  sqlite3_bind_int64 (stmt, 3, to);
  sqlite3_bind_int64 (stmt, 4, info->start);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      claimant = sqlite3_column_int64 (stmt, 0);
      if (claimant == 0)
        {
          glong n = g_utf8_strlen (body, -1);
          glong a = MIN (sqlite3_column_int64 (stmt, 1), n);
          glong b = CLAMP (sqlite3_column_int64 (stmt, 2), a, n);
          const char *p = g_utf8_offset_to_pointer (body, a);

          *text = g_strstrip (g_strndup (p, g_utf8_offset_to_pointer (body, b) - p));
        }
    }
  sqlite3_reset (stmt);
  return claimant;
}

/* The claim of @event_id made from @annotation_id, or 0. */
static gint64
find_annotation_claim (SitrepStore *self,
                       gint64       event_id,
                       gint64       annotation_id)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (_sitrep_store_lock (self, NULL) == NULL)
    return 0;
  stmt = _sitrep_store_statement (self, "SELECT id FROM claims WHERE event_id = ?1 AND annotation_id = ?2"
                                        " ORDER BY id LIMIT 1", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, event_id);
      sqlite3_bind_int64 (stmt, 2, annotation_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);
  return id;
}

gint64
sitrep_store_add_claim_from_annotation (SitrepStore       *self,
                                        gint64             event_id,
                                        gint64             annotation_id,
                                        SitrepVictimSide   victim_side,
                                        gint64             claimant_id,
                                        GError           **error)
{
  return sitrep_store_make_claim (self, event_id, annotation_id, victim_side, claimant_id, NULL, error);
}

/**
 * sitrep_store_make_claim:
 * @added: (out) (optional): FALSE when the span already was a claim of the event
 *
 * sitrep_store_add_claim_from_annotation(), once: a span that is already a
 * claim of @event_id is not added again (nothing is changed and its claim
 * is returned).
 *
 * Returns: the claim's id, or 0 with @error set.
 */
gint64
sitrep_store_make_claim (SitrepStore       *self,
                         gint64             event_id,
                         gint64             annotation_id,
                         SitrepVictimSide   victim_side,
                         gint64             claimant_id,
                         gboolean          *added,
                         GError           **error)
{
  SitrepClaimDraft draft = SITREP_CLAIM_DRAFT_INIT;
  AnnotationInfo info = { 0 };
  g_autofree char *claimant_text = NULL;
  SitrepFigure figure;
  SitrepClaimKind kind;
  SitrepEdit edit;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  if (added != NULL)
    *added = FALSE;
  id = find_annotation_claim (self, event_id, annotation_id);
  if (id != 0)
    return id;
  if (added != NULL)
    *added = TRUE;

  if (!_sitrep_edit_begin (&edit, self, "event", _("Add claim"), error))
    return 0;
  ok = _sitrep_store_event_exists (self, event_id) ||
       _sitrep_store_not_found (error, _("That event is no longer in the project."));
  ok = ok && read_annotation (self, annotation_id, &info, error);
  if (ok && !sitrep_claim_kind_from_label_kind (info.label_kind, &kind))
    ok = _sitrep_store_invalid (error,
                                _("“%s” is a %s span, not a casualty figure: only Killed, Wounded "
                                  "and Captured/Missing spans become claims."),
                                info.text, sitrep_label_display_name (info.label_name, info.label_kind));
  if (ok && !annotation_figure (&info, &figure))
    ok = _sitrep_store_invalid (error,
                                _("No number could be read in “%s”: enter the claim by hand."),
                                info.text);
  if (ok)
    {
      draft.kind = kind;
      draft.qualifier = figure.qualifier;
      draft.count_low = figure.low;
      draft.count_high = figure.high;
      draft.victim_side = victim_side;
      /* Who says it, when the caller does not: the sentence's Claimant. */
      draft.claimant_id = claimant_id != 0 ? claimant_id : sentence_claimant (self, &info, &claimant_text);
      draft.claimant_text = claimant_text != NULL && *claimant_text != '\0' ? claimant_text : NULL;
      draft.article_id = info.article_id;
      draft.annotation_id = annotation_id;
      ok = _sitrep_store_validate_claim (self, &draft, error) && _sitrep_edit_touch (&edit, "events", event_id, error);
    }
  if (ok)
    {
      id = _sitrep_store_insert_claim (self, edit.db, &edit, event_id, &draft, error);
      ok = id != 0 &&
           insert_evidence (self, &edit, event_id, info.article_id, annotation_id, info.start, info.end,
                            error) != 0 &&
           _sitrep_store_touch_event_modified (self, edit.db, event_id, error) &&
           _sitrep_store_refresh_derived (self, edit.db, event_id, error);
    }
  annotation_info_clear (&info);
  if (!_sitrep_edit_end (&edit, ok, "events-changed", event_id, error))
    return 0;
  return id;
}

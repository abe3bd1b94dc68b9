/* sitrep-store-claims.c — casualty claims, their evidence and the figures derived from them
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <inttypes.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-store-private.h"
#include "sitrep-store.h"
#include "sitrep-event-private.h"

G_DEFINE_BOXED_TYPE (SitrepEvidence, sitrep_evidence, sitrep_evidence_copy, sitrep_evidence_free)

SitrepEvidence *
sitrep_evidence_copy (const SitrepEvidence *evidence)
{
  SitrepEvidence *copy;

  g_return_val_if_fail (evidence != NULL, NULL);

  copy = g_memdup2 (evidence, sizeof *evidence);
  copy->text = g_strdup (evidence->text);
  copy->article_title = g_strdup (evidence->article_title);
  copy->source = g_strdup (evidence->source);
  copy->report_name = g_strdup (evidence->report_name);
  return copy;
}

void
sitrep_evidence_free (SitrepEvidence *evidence)
{
  if (evidence == NULL)
    return;
  g_free (evidence->text);
  g_free (evidence->article_title);
  g_free (evidence->source);
  g_free (evidence->report_name);
  g_free (evidence);
}

/* ---------------------------------------------------------------- derived figures */

static const char *
dup_in (GPtrArray  *strings,
        const char *s)
{
  if (s == NULL)
    return NULL;
  g_ptr_array_add (strings, g_strdup (s));
  return g_ptr_array_index (strings, strings->len - 1);
}

/* Reads the claims of @event_id as the derivation wants them; the strings
 * they point to live in @strings. */
static GArray *
claim_figures (SitrepStore  *self,
               gint64        event_id,
               GPtrArray    *strings,
               GError      **error)
{
  g_autoptr(GArray) figures = g_array_new (FALSE, TRUE, sizeof (SitrepClaimFigure));
  sqlite3_stmt *stmt;
  int rc;

  stmt = _sitrep_store_statement (self,
                                  "SELECT c.kind, c.qualifier, c.count_low, coalesce (c.count_high, c.count_low),"
                                  " c.victim_side,"
                                  " CASE WHEN c.claimant_id IS NOT NULL THEN 'claimant:' || c.claimant_id"
                                  "  WHEN c.claimant_text IS NOT NULL THEN 'claimant:' || lower (c.claimant_text)"
                                  "  WHEN c.article_id IS NOT NULL THEN 'article:' || c.article_id END,"
                                  " coalesce (n.name, c.claimant_text), s.name, a.url, a.title, a.published"
                                  " FROM claims c LEFT JOIN entities n ON n.id = c.claimant_id"
                                  " LEFT JOIN articles a ON a.id = c.article_id"
                                  " LEFT JOIN sources s ON s.id = a.source_id"
                                  " WHERE c.event_id = ?1 AND c.count_low IS NOT NULL ORDER BY c.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, event_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SitrepClaimFigure f = { 0 };
      SitrepClaimKind kind = SITREP_CLAIM_KILLED;
      SitrepQualifier qualifier = SITREP_QUALIFIER_EXACT;
      SitrepVictimSide side = SITREP_VICTIM_UNKNOWN;

      sitrep_claim_kind_from_string ((const char *) sqlite3_column_text (stmt, 0), &kind);
      sitrep_qualifier_from_string ((const char *) sqlite3_column_text (stmt, 1), &qualifier);
      sitrep_victim_side_from_string ((const char *) sqlite3_column_text (stmt, 4), &side);
      f.kind = kind;
      f.qualifier = qualifier;
      f.low = sqlite3_column_int64 (stmt, 2);
      f.high = sqlite3_column_int64 (stmt, 3);
      f.victim_side = side;
      f.source = dup_in (strings, (const char *) sqlite3_column_text (stmt, 5));
      if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
        f.source_label = dup_in (strings, (const char *) sqlite3_column_text (stmt, 6));
      else if (sqlite3_column_type (stmt, 9) != SQLITE_NULL)
        {
          /* an article's figure: said by the report, named short (never its whole title) */
          char *name = sitrep_report_name ((const char *) sqlite3_column_text (stmt, 7),
                                           (const char *) sqlite3_column_text (stmt, 8),
                                           (const char *) sqlite3_column_text (stmt, 9),
                                           (const char *) sqlite3_column_text (stmt, 10));
          g_ptr_array_add (strings, name);
          f.source_label = name;
        }
      g_array_append_val (figures, f);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, NULL, rc, _("The claims could not be read."));
      return NULL;
    }
  return g_steal_pointer (&figures);
}

/* The articles in @event_id's evidence that give it no figure: each is one
 * more source reporting the event. */
static gboolean
count_reports_without_figures (SitrepStore  *self,
                               gint64        event_id,
                               guint        *n_reports,
                               GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _sitrep_store_statement (self,
                                  "SELECT count (DISTINCT v.article_id) FROM event_evidence v"
                                  " WHERE v.event_id = ?1 AND v.article_id IS NOT NULL AND NOT EXISTS"
                                  " (SELECT 1 FROM claims c WHERE c.event_id = ?1"
                                  "  AND c.article_id = v.article_id AND c.count_low IS NOT NULL)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  rc = sqlite3_step (stmt);
  *n_reports = rc == SQLITE_ROW ? (guint) sqlite3_column_int (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      _sitrep_store_set_sqlite_error (error, NULL, rc, _("The event’s evidence could not be read."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
derive_figures (SitrepStore           *self,
                gint64                 event_id,
                SitrepDerivedFigures  *out,
                GError               **error)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) figures = NULL;
  g_autofree char *best_reason = NULL;
  g_autofree char *range_reason = NULL;
  gint64 best = -1, low = -1, high = -1;
  guint reports = 0;
  sqlite3_stmt *stmt;

  stmt = _sitrep_store_statement (self,
                                  "SELECT coalesce (best_override, -1), best_override_reason,"
                                  " coalesce (low_override, -1), coalesce (high_override, -1),"
                                  " range_override_reason FROM events WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return _sitrep_store_not_found (error, _("That event is no longer in the project."));
    }
  best = sqlite3_column_int64 (stmt, 0);
  best_reason = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  low = sqlite3_column_int64 (stmt, 2);
  high = sqlite3_column_int64 (stmt, 3);
  range_reason = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  sqlite3_reset (stmt);

  figures = claim_figures (self, event_id, strings, error);
  if (figures == NULL || !count_reports_without_figures (self, event_id, &reports, error))
    return FALSE;
  sitrep_claims_derive_with_reports ((const SitrepClaimFigure *) (gpointer) figures->data, figures->len,
                                     reports, best, best_reason, low, high, range_reason, out);
  return TRUE;
}

void
_sitrep_store_bind_figure (sqlite3_stmt *stmt,
                           int           index,
                           gint64        value)
{
  if (value >= 0)
    sqlite3_bind_int64 (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

/* Recomputes the cached figures of @event_id (the caller touched the row). */
gboolean
_sitrep_store_refresh_derived (SitrepStore  *self,
                               sqlite3      *db,
                               gint64        event_id,
                               GError      **error)
{
  SitrepDerivedFigures f;
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!derive_figures (self, event_id, &f, error))
    return FALSE;
  stmt = _sitrep_store_statement (self,
                                  "UPDATE events SET derived_fatalities = ?2, derived_low = ?3,"
                                  " derived_best = ?4, derived_high = ?5, derived_sources = ?6,"
                                  " derived_disputed = ?7 WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, event_id);
      _sitrep_store_bind_figure (stmt, 2, f.fatalities);
      _sitrep_store_bind_figure (stmt, 3, f.low);
      _sitrep_store_bind_figure (stmt, 4, f.best);
      _sitrep_store_bind_figure (stmt, 5, f.high);
      sqlite3_bind_int (stmt, 6, (int) f.n_sources);
      sqlite3_bind_int (stmt, 7, f.disputed ? 1 : 0);
      ok = _sitrep_store_step_done (db, stmt, _("The event’s figures could not be saved."), error);
    }
  sitrep_derived_figures_clear (&f);
  return ok;
}

gboolean
_sitrep_store_touch_event_modified (SitrepStore  *self,
                                    sqlite3      *db,
                                    gint64        event_id,
                                    GError      **error)
{
  g_autofree char *now = _sitrep_store_now ();
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "UPDATE events SET modified_at = ?2 WHERE id = ?1",
                                                error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  return _sitrep_store_step_done (db, stmt, _("The event could not be saved."), error);
}

gboolean
sitrep_store_set_event_best_override (SitrepStore  *self,
                                      gint64        id,
                                      gint64        best,
                                      const char   *reason,
                                      GError      **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  sqlite3_stmt *stmt;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (best >= 0 && *stripped == '\0')
    return _sitrep_store_invalid (error,
                                  _("Say why best is set by hand: the reason is kept with the figure."));
  if (!_sitrep_edit_begin (&edit, self, "event", best >= 0 ? _("Set best figure") : _("Clear best figure"), error))
    return FALSE;
  ok = _sitrep_store_event_exists (self, id) ||
       _sitrep_store_not_found (error, _("That event is no longer in the project."));
  ok = ok && _sitrep_edit_touch (&edit, "events", id, error);
  stmt = ok ? _sitrep_store_statement (self, "UPDATE events SET best_override = ?2,"
                                             " best_override_reason = ?3 WHERE id = ?1", error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      _sitrep_store_bind_figure (stmt, 2, best);
      _sitrep_store_bind_text (stmt, 3, best >= 0 ? stripped : NULL);
      ok = _sitrep_store_step_done (edit.db, stmt, _("The event could not be saved."), error) &&
           _sitrep_store_touch_event_modified (self, edit.db, id, error) &&
           _sitrep_store_refresh_derived (self, edit.db, id, error);
    }
  return _sitrep_edit_end (&edit, ok, "events-changed", id, error);
}

gboolean
sitrep_store_set_event_range_override (SitrepStore  *self,
                                       gint64        id,
                                       gint64        low,
                                       gint64        high,
                                       const char   *reason,
                                       GError      **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  gboolean set = low >= 0 || high >= 0;
  sqlite3_stmt *stmt;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (set && (low < 0 || high < 0))
    return _sitrep_store_invalid (error, _("Give both low and high, or clear both."));
  if (set && low > high)
    return _sitrep_store_invalid (error, _("Low (%" PRId64 ") is above high (%" PRId64 ")."), low, high);
  if (set && *stripped == '\0')
    return _sitrep_store_invalid (error, _("Say why low and high are set by hand: the reason is kept with the figures."));
  if (!_sitrep_edit_begin (&edit, self, "event", set ? _("Set low and high") : _("Clear low and high"), error))
    return FALSE;
  ok = _sitrep_store_event_exists (self, id) ||
       _sitrep_store_not_found (error, _("That event is no longer in the project."));
  ok = ok && _sitrep_edit_touch (&edit, "events", id, error);
  stmt = ok ? _sitrep_store_statement (self, "UPDATE events SET low_override = ?2, high_override = ?3,"
                                             " range_override_reason = ?4 WHERE id = ?1", error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      _sitrep_store_bind_figure (stmt, 2, set ? low : -1);
      _sitrep_store_bind_figure (stmt, 3, set ? high : -1);
      _sitrep_store_bind_text (stmt, 4, set ? stripped : NULL);
      ok = _sitrep_store_step_done (edit.db, stmt, _("The event could not be saved."), error) &&
           _sitrep_store_touch_event_modified (self, edit.db, id, error) &&
           _sitrep_store_refresh_derived (self, edit.db, id, error);
    }
  return _sitrep_edit_end (&edit, ok, "events-changed", id, error);
}

/* ---------------------------------------------------------------- claims */

gboolean
_sitrep_store_validate_claim (SitrepStore             *self,
                              const SitrepClaimDraft  *draft,
                              GError                 **error)
{
  gint64 high = draft->count_high < 0 ? draft->count_low : draft->count_high;

  if ((guint) draft->kind >= SITREP_CLAIM_N_KINDS)
    return _sitrep_store_invalid (error, _("A claim is of killed, wounded, captured or missing."));
  if ((guint) draft->victim_side >= SITREP_VICTIM_N_SIDES)
    return _sitrep_store_invalid (error,
                                  _("The victims are of actor 1, actor 2, civilians or unknown."));
  if ((guint) draft->qualifier > SITREP_QUALIFIER_RANGE)
    return _sitrep_store_invalid (error, _("That is not a qualifier of a figure."));
  if (draft->count_low < 0 || draft->count_high < -1)
    return _sitrep_store_invalid (error, _("A count cannot be negative."));
  if (draft->count_low > high)
    return _sitrep_store_invalid (error, _("The low figure (%" PRId64 ") is above the high one (%" PRId64 ")."),
                                  draft->count_low, high);
  if (draft->claimant_id != 0)
    {
      g_autofree char *kind = _sitrep_store_entity_kind (self, draft->claimant_id);
      if (kind == NULL)
        return _sitrep_store_not_found (error, _("That claimant is no longer in the project."));
    }
  return TRUE;
}

static gboolean
bind_claim (sqlite3_stmt            *stmt,
            const SitrepClaimDraft  *draft)
{
  g_autofree char *text = draft->claimant_text != NULL ? g_strstrip (g_strdup (draft->claimant_text)) : NULL;

  sqlite3_bind_text (stmt, 2, sitrep_claim_kind_to_string (draft->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, sitrep_qualifier_to_string (draft->qualifier), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, draft->count_low);
  sqlite3_bind_int64 (stmt, 5, draft->count_high < 0 ? draft->count_low : draft->count_high);
  sqlite3_bind_text (stmt, 6, sitrep_victim_side_to_string (draft->victim_side), -1, SQLITE_STATIC);
  _sitrep_store_bind_optional_int (stmt, 7, draft->claimant_id);
  _sitrep_store_bind_nonempty (stmt, 8, text);
  _sitrep_store_bind_optional_int (stmt, 9, draft->article_id);
  _sitrep_store_bind_optional_int (stmt, 10, draft->annotation_id);
  return TRUE;
}

gint64
_sitrep_store_insert_claim (SitrepStore             *self,
                            sqlite3                 *db,
                            SitrepEdit                    *edit,
                            gint64                   event_id,
                            const SitrepClaimDraft  *draft,
                            GError                 **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = _sitrep_store_statement (self,
                                  "INSERT INTO claims (event_id, kind, qualifier, count_low, count_high, victim_side,"
                                  " claimant_id, claimant_text, article_id, annotation_id)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, event_id);
  bind_claim (stmt, draft);
  if (!_sitrep_store_step_done (db, stmt, _("The claim could not be saved."), error))
    return 0;
  id = sqlite3_last_insert_rowid (db);
  if (edit != NULL)
    _sitrep_journal_touch_new (edit->journal, "claims", id);
  return id;
}

gint64
sitrep_store_add_claim (SitrepStore             *self,
                        gint64                   event_id,
                        const SitrepClaimDraft  *draft,
                        GError                 **error)
{
  SitrepEdit edit;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);
  g_return_val_if_fail (draft != NULL, 0);

  if (!_sitrep_store_validate_claim (self, draft, error))
    return 0;
  if (!_sitrep_edit_begin (&edit, self, "event", _("Add claim"), error))
    return 0;
  ok = _sitrep_store_event_exists (self, event_id) ||
       _sitrep_store_not_found (error, _("That event is no longer in the project."));
  ok = ok && _sitrep_edit_touch (&edit, "events", event_id, error);
  if (ok)
    {
      id = _sitrep_store_insert_claim (self, edit.db, &edit, event_id, draft, error);
      ok = id != 0 && _sitrep_store_touch_event_modified (self, edit.db, event_id, error) &&
           _sitrep_store_refresh_derived (self, edit.db, event_id, error);
    }
  if (!_sitrep_edit_end (&edit, ok, "events-changed", event_id, error))
    return 0;
  return id;
}

static gint64
claim_event (SitrepStore *self,
             gint64       claim_id)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "SELECT event_id FROM claims WHERE id = ?1", NULL);
  gint64 event_id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, claim_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    event_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return event_id;
}

gboolean
sitrep_store_update_claim (SitrepStore             *self,
                           gint64                   claim_id,
                           const SitrepClaimDraft  *draft,
                           GError                 **error)
{
  sqlite3_stmt *stmt;
  gint64 event_id;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);

  if (!_sitrep_store_validate_claim (self, draft, error))
    return FALSE;
  if (!_sitrep_edit_begin (&edit, self, "event", _("Edit claim"), error))
    return FALSE;
  event_id = claim_event (self, claim_id);
  ok = event_id != 0 ||
       _sitrep_store_not_found (error, _("That claim is no longer in the project."));
  ok = ok && _sitrep_edit_touch (&edit, "events", event_id, error) && _sitrep_edit_touch (&edit, "claims", claim_id, error);
  stmt = ok ? _sitrep_store_statement (self,
                                       "UPDATE claims SET kind = ?2, qualifier = ?3, count_low = ?4, count_high = ?5,"
                                       " victim_side = ?6, claimant_id = ?7, claimant_text = ?8, article_id = ?9,"
                                       " annotation_id = ?10 WHERE id = ?1", error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, claim_id);
      bind_claim (stmt, draft);
      ok = _sitrep_store_step_done (edit.db, stmt, _("The claim could not be saved."), error) &&
           _sitrep_store_touch_event_modified (self, edit.db, event_id, error) &&
           _sitrep_store_refresh_derived (self, edit.db, event_id, error);
    }
  return _sitrep_edit_end (&edit, ok, "events-changed", event_id, error);
}

gboolean
sitrep_store_delete_claim (SitrepStore  *self,
                           gint64        claim_id,
                           GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 event_id;
  SitrepEdit edit;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (!_sitrep_edit_begin (&edit, self, "event", _("Delete claim"), error))
    return FALSE;
  event_id = claim_event (self, claim_id);
  ok = event_id != 0 ||
       _sitrep_store_not_found (error, _("That claim is no longer in the project."));
  ok = ok && _sitrep_edit_touch (&edit, "events", event_id, error) && _sitrep_edit_touch (&edit, "claims", claim_id, error);
  stmt = ok ? _sitrep_store_statement (self, "DELETE FROM claims WHERE id = ?1", error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, claim_id);
      ok = _sitrep_store_step_done (edit.db, stmt, _("The claim could not be deleted."), error) &&
           _sitrep_store_touch_event_modified (self, edit.db, event_id, error) &&
           _sitrep_store_refresh_derived (self, edit.db, event_id, error);
    }
  return _sitrep_edit_end (&edit, ok, "events-changed", event_id, error);
}

#define CLAIM_COLUMNS \
  "SELECT c.id, c.event_id, c.kind, c.qualifier, coalesce (c.count_low, -1), coalesce (c.count_high, -1)," \
  " c.victim_side, coalesce (c.claimant_id, 0), coalesce (n.name, c.claimant_text), c.claimant_text," \
  " coalesce (c.article_id, 0), a.title, coalesce (c.annotation_id, 0), an.text, c.created_at" \
  " FROM claims c LEFT JOIN entities n ON n.id = c.claimant_id" \
  " LEFT JOIN articles a ON a.id = c.article_id LEFT JOIN annotations an ON an.id = c.annotation_id"

static SitrepClaim *
claim_from_row (sqlite3_stmt *stmt)
{
  return g_object_new (SITREP_TYPE_CLAIM,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "event-id", sqlite3_column_int64 (stmt, 1),
                       "kind", COL_TEXT (2),
                       "qualifier", COL_TEXT (3),
                       "count-low", sqlite3_column_int64 (stmt, 4),
                       "count-high", sqlite3_column_int64 (stmt, 5),
                       "victim-side", COL_TEXT (6),
                       "claimant-id", sqlite3_column_int64 (stmt, 7),
                       "claimant", COL_TEXT (8),
                       "claimant-text", COL_TEXT (9),
                       "article-id", sqlite3_column_int64 (stmt, 10),
                       "article-title", COL_TEXT (11),
                       "annotation-id", sqlite3_column_int64 (stmt, 12),
                       "text", COL_TEXT (13),
                       "created-at", COL_TEXT (14),
                       NULL);
}

static GPtrArray *
read_claims (SitrepStore  *self,
             const char   *where,
             gint64        param,
             GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = g_strconcat (CLAIM_COLUMNS, where, NULL);
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  db = _sitrep_store_lock (self, error);
  if (db == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self, sql, error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, param);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, claim_from_row (stmt));
  sqlite3_reset (stmt);
  _sitrep_store_unlock (self);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("The claims could not be read."));
      return NULL;
    }
  return g_steal_pointer (&list);
}

/**
 * sitrep_store_list_claims:
 *
 * Returns: (transfer container): the SitrepClaim ledger of the event.
 */
GPtrArray *
sitrep_store_list_claims (SitrepStore  *self,
                          gint64        event_id,
                          GError      **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);
  return read_claims (self, " WHERE c.event_id = ?1 ORDER BY c.id", event_id, error);
}

SitrepClaim *
sitrep_store_get_claim (SitrepStore  *self,
                        gint64        claim_id,
                        GError      **error)
{
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  list = read_claims (self, " WHERE c.id = ?1", claim_id, error);
  if (list == NULL)
    return NULL;
  if (list->len == 0)
    {
      _sitrep_store_not_found (error, _("That claim is no longer in the project."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (list, 0));
}

gboolean
sitrep_store_get_event_figures (SitrepStore           *self,
                                gint64                 event_id,
                                SitrepDerivedFigures  *figures,
                                GError               **error)
{
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (figures != NULL, FALSE);

  if (_sitrep_store_lock (self, error) == NULL)
    return FALSE;
  ok = derive_figures (self, event_id, figures, error);
  _sitrep_store_unlock (self);
  return ok;
}

/* sitrep-store-suggestions.c — suggestions kept in the project: pending, accepted, rejected; what the project learnt
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sitrep-codebook.h"
#include "sitrep-label.h"
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
  g_free (s);
}

/* The label kind a suggestion takes. */
static const char *
label_kind (SitrepSuggestKind kind)
{
  switch (kind)
    {
    case SITREP_SUGGEST_MISSING:
      return "captured";
    default:
      return sitrep_suggest_kind_to_string (kind);
    }
}

static char *
suggestion_key (SitrepSuggestKind  kind,
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
  "s.latitude, s.longitude, s.doubtful, s.score, s.incident, s.status"

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
  return s;
}

/* What a save needs of the article before writing: the spans already
 * annotated or decided, by kind, so each suggestion is checked in memory
 * (a long article has tens of thousands) instead of by a query each. */
typedef struct
{
  GHashTable *decided;   /* gint64 (start << 32 | end) → kind bits */
  GHashTable *keys[2];   /* text → key: [0] as written, [1] normalised */
} SaveContext;

static void
mark_decided (GHashTable *decided,
              guint       start,
              guint       end,
              guint       bits)
{
  gint64 span = ((gint64) start << 32) | end;
  guint old = GPOINTER_TO_UINT (g_hash_table_lookup (decided, &span));

  g_hash_table_insert (decided, g_memdup2 (&span, sizeof span), GUINT_TO_POINTER (old | bits));
}

static gboolean
is_decided (GHashTable        *decided,
            guint              start,
            guint              end,
            SitrepSuggestKind  kind)
{
  gint64 span = ((gint64) start << 32) | end;

  return (GPOINTER_TO_UINT (g_hash_table_lookup (decided, &span)) & (1u << kind)) != 0;
}

static gboolean
load_decided (SitrepStore  *self,
              gint64        article_id,
              GHashTable   *decided,
              GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* Annotated with the label a suggestion of that kind becomes. */
  stmt = _sitrep_store_statement (self,
                                  "SELECT a.start, a.\"end\", l.kind FROM annotations a JOIN labels l ON l.id = a.label_id "
                                  "WHERE a.article_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *label = (const char *) sqlite3_column_text (stmt, 2);
      guint bits = 0;

      for (SitrepSuggestKind k = 0; k < SITREP_SUGGEST_N_KINDS; k++)
        bits |= g_strcmp0 (label, label_kind (k)) == 0 ? 1u << k : 0;
      if (bits != 0)
        mark_decided (decided, sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1), bits);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The suggestions could not be saved."));
      return FALSE;
    }

  /* Accepted or rejected before, with the same kind. */
  stmt = _sitrep_store_statement (self,
                                  "SELECT start, \"end\", kind FROM suggestions "
                                  "WHERE article_id = ?1 AND status IN (1, 2)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SitrepSuggestKind kind;

      if (sitrep_suggest_kind_from_string ((const char *) sqlite3_column_text (stmt, 2), &kind))
        mark_decided (decided, sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1), 1u << kind);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The suggestions could not be saved."));
      return FALSE;
    }
  return TRUE;
}

/* suggestion_key, once per distinct text of a save. */
static const char *
cached_key (SaveContext            *ctx,
            const SitrepSuggestion *s)
{
  gboolean as_written = s->kind == SITREP_SUGGEST_DATE || s->kind == SITREP_SUGGEST_KILLED ||
                        s->kind == SITREP_SUGGEST_WOUNDED || s->kind == SITREP_SUGGEST_CAPTURED ||
                        s->kind == SITREP_SUGGEST_MISSING;
  GHashTable *keys = ctx->keys[as_written ? 0 : 1];
  char *key = g_hash_table_lookup (keys, s->text);

  if (key == NULL)
    {
      key = suggestion_key (s->kind, s->text);
      g_hash_table_insert (keys, g_strdup (s->text), key);
    }
  return key;
}

/* Suggestions are inserted this many rows to a statement: a long article
 * saves tens of thousands, and a statement's step costs more than its row. */
#define INSERT_BATCH 32
#define INSERT_PARAMS 19

static gpointer
build_insert_sql (gpointer data)
{
  GString *sql = g_string_new ("INSERT INTO suggestions (id, article_id, kind, start, \"end\", text, key, attributes, "
                               "  entity_id, entity_name, actor_type, latitude, longitude, geonameid, admin1, "
                               "  country, doubtful, score, incident) VALUES ");
  guint rows = GPOINTER_TO_UINT (data);

  for (guint r = 0; r < rows; r++)
    {
      guint b = r * INSERT_PARAMS;

      g_string_append_printf (sql, "%s(?%u, ?%u, ?%u, ?%u, ?%u, ?%u, ?%u, ?%u, NULLIF (?%u, 0), ?%u, ?%u, ?%u, "
                              "?%u, NULLIF (?%u, 0), ?%u, ?%u, ?%u, ?%u, ?%u)", r > 0 ? ", " : "",
                              b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7, b + 8, b + 9, b + 10, b + 11,
                              b + 12, b + 13, b + 14, b + 15, b + 16, b + 17, b + 18, b + 19);
    }
  return g_string_free (sql, FALSE);
}

/* The statement inserting one row, or INSERT_BATCH rows. */
static const char *
insert_sql (gboolean batch)
{
  static GOnce one = G_ONCE_INIT;
  static GOnce many = G_ONCE_INIT;

  if (batch)
    return g_once (&many, build_insert_sql, GUINT_TO_POINTER (INSERT_BATCH));
  return g_once (&one, build_insert_sql, GUINT_TO_POINTER (1));
}

/* One row to save: the suggester's suggestion and the row as it will read. */
typedef struct
{
  const SitrepSuggestion *suggestion;
  guint                   index;      /* in the result */
  gint64                  id;         /* once prepared, else 0 */
  char                   *attributes; /* once prepared */
} SaveRow;

static void
save_row_clear (gpointer data)
{
  g_free (((SaveRow *) data)->attributes);
}

/* The order sitrep_store_list_suggestions () reads them in: start, the
 * longer first, then the order they were made in (their ids). */
static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const SaveRow *x = a, *y = b;

  if (x->suggestion->start != y->suggestion->start)
    return x->suggestion->start < y->suggestion->start ? -1 : 1;
  if (x->suggestion->end != y->suggestion->end)
    return x->suggestion->end > y->suggestion->end ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static SitrepStoredSuggestion *
stored_from (const SitrepSuggestion *s,
             gint64                  id,
             gint64                  article_id,
             const char             *attributes)
{
  SitrepStoredSuggestion *stored = g_new0 (SitrepStoredSuggestion, 1);

  stored->id = id;
  stored->article_id = article_id;
  stored->kind = s->kind;
  stored->start = s->start;
  stored->end = s->end;
  stored->text = g_strdup (s->text);
  stored->attributes = g_strdup (attributes);
  stored->entity_id = s->entity_id;
  stored->entity_name = g_strdup (s->entity_name);
  stored->latitude = isnan (s->latitude) ? NAN : s->latitude;
  stored->longitude = isnan (s->latitude) ? NAN : s->longitude;
  stored->doubtful = s->doubtful != FALSE;
  stored->score = s->score;
  stored->incident = s->incident >= 0 ? s->incident : -1;
  stored->status = SITREP_SUGGESTION_PENDING;
  return stored;
}

/* The rows of @result not decided before, in the store's reading order
 * (their rows as they will read are made by prepare_rows). */
static GArray *
plan_rows (SaveContext               *ctx,
           const SitrepSuggestResult *result)
{
  GArray *rows = g_array_sized_new (FALSE, FALSE, sizeof (SaveRow), result->suggestions->len);

  g_array_set_clear_func (rows, save_row_clear);
  for (guint i = 0; i < result->suggestions->len; i++)
    {
      const SitrepSuggestion *s = result->suggestions->pdata[i];
      SaveRow row = { s, i, 0, NULL };

      if (!is_decided (ctx->decided, s->start, s->end, s->kind))
        g_array_append_val (rows, row);
    }
  g_array_sort (rows, compare_rows);
  return rows;
}

/* Gives the rows over [@start, @end) the ids they are saved under (after
 * @last_id) and their attributes; the rows as they will read into @listed
 * (may be NULL). Copies: @listed goes to another thread, which may free
 * them while the rows are written. */
static void
prepare_rows (GArray    *rows,
              gint64     article_id,
              gint64     last_id,
              guint      start,
              guint      end,
              GPtrArray *listed)
{
  for (guint i = 0; i < rows->len; i++)
    {
      SaveRow *row = &g_array_index (rows, SaveRow, i);

      if (row->suggestion->start >= end || row->suggestion->end <= start)
        continue;
      if (row->id == 0)
        {
          row->id = last_id + 1 + i;
          row->attributes = sitrep_suggestion_to_attributes (row->suggestion);
        }
      if (listed != NULL)
        g_ptr_array_add (listed, stored_from (row->suggestion, row->id, article_id, row->attributes));
    }
}

/* Binds @row as the row whose parameters start after @base. */
static void
bind_row (sqlite3_stmt  *stmt,
          int            base,
          SaveContext   *ctx,
          gint64         article_id,
          const SaveRow *row)
{
  const SitrepSuggestion *s = row->suggestion;

  sqlite3_bind_int64 (stmt, base + 1, row->id);
  sqlite3_bind_int64 (stmt, base + 2, article_id);
  sqlite3_bind_text (stmt, base + 3, sitrep_suggest_kind_to_string (s->kind), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, base + 4, s->start);
  sqlite3_bind_int (stmt, base + 5, s->end);
  _sitrep_store_bind_text (stmt, base + 6, s->text);
  _sitrep_store_bind_text (stmt, base + 7, cached_key (ctx, s));
  _sitrep_store_bind_text (stmt, base + 8, row->attributes);
  sqlite3_bind_int64 (stmt, base + 9, s->entity_id);
  _sitrep_store_bind_text (stmt, base + 10, s->entity_name);
  _sitrep_store_bind_text (stmt, base + 11, s->actor_type);
  if (!isnan (s->latitude))
    {
      sqlite3_bind_double (stmt, base + 12, s->latitude);
      sqlite3_bind_double (stmt, base + 13, s->longitude);
    }
  else
    {
      sqlite3_bind_null (stmt, base + 12);
      sqlite3_bind_null (stmt, base + 13);
    }
  sqlite3_bind_int64 (stmt, base + 14, s->geonameid);
  _sitrep_store_bind_text (stmt, base + 15, s->admin1);
  _sitrep_store_bind_text (stmt, base + 16, s->country);
  sqlite3_bind_int (stmt, base + 17, s->doubtful);
  sqlite3_bind_double (stmt, base + 18, s->score);
  if (s->incident >= 0)
    sqlite3_bind_int (stmt, base + 19, s->incident);
  else
    sqlite3_bind_null (stmt, base + 19);
}

/* Inserts @rows (INSERT_BATCH rows a statement, the rest one by one). */
static gboolean
insert_all (SitrepStore  *self,
            SaveContext  *ctx,
            gint64        article_id,
            GArray       *rows,
            GError      **error)
{
  guint done = 0;

  while (done < rows->len)
    {
      gboolean batch = rows->len - done >= INSERT_BATCH;
      guint n = batch ? INSERT_BATCH : 1;
      sqlite3_stmt *stmt = _sitrep_store_statement (self, insert_sql (batch), error);

      if (stmt == NULL)
        return FALSE;
      for (guint r = 0; r < n; r++)
        bind_row (stmt, r * INSERT_PARAMS, ctx, article_id, &g_array_index (rows, SaveRow, done + r));
      if (!_sitrep_store_step_done (sqlite3_db_handle (stmt), stmt, _("The suggestions could not be saved."), error))
        return FALSE;
      done += n;
    }
  return TRUE;
}

/* The highest suggestion id in the project (0: none). */
static gboolean
last_suggestion_id (SitrepStore  *self,
                    gint64       *last_id,
                    GError      **error)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "SELECT COALESCE (MAX (id), 0) FROM suggestions", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  *last_id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The suggestions could not be saved."));
      return FALSE;
    }
  return TRUE;
}

/* Inside the save's transaction: works out the rows and their ids, tells
 * @handover's listed_func (the first range's, then all), replaces the
 * article's pending rows with them. */
static gboolean
save_in_transaction (SitrepStore                     *self,
                     SaveContext                     *ctx,
                     gint64                           article_id,
                     const SitrepSuggestResult       *result,
                     guint                           *saved,
                     const SitrepSuggestionsHandover *handover,
                     GError                         **error)
{
  gboolean tell = handover != NULL && handover->listed_func != NULL;
  g_autoptr(GPtrArray) listed = tell ? g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_stored_suggestion_free)
                                     : NULL;
  g_autoptr(GArray) rows = NULL;
  g_autofree gint64 *ids = NULL;
  sqlite3_stmt *stmt;
  gint64 last_id = 0;

  /* The ids are taken under the write lock, after every id the project
   * has had: what @listed_func is given is what the commit saves. */
  if (!last_suggestion_id (self, &last_id, error) || !load_decided (self, article_id, ctx->decided, error))
    return FALSE;
  rows = plan_rows (ctx, result);
  *saved = rows->len;
  if (tell && handover->first_end > handover->first_start)
    {
      GPtrArray *part = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_stored_suggestion_free);

      prepare_rows (rows, article_id, last_id, handover->first_start, handover->first_end, part);
      /* Apart only when they are some of the rows, not all. */
      if (part->len > 0 && part->len < rows->len)
        handover->listed_func (g_steal_pointer (&part), FALSE, handover->listed_data);
      g_clear_pointer (&part, g_ptr_array_unref);
    }
  prepare_rows (rows, article_id, last_id, 0, G_MAXUINT, listed);
  if (tell)
    handover->listed_func (g_steal_pointer (&listed), TRUE, handover->listed_data);

  stmt = _sitrep_store_statement (self, "DELETE FROM suggestions WHERE article_id = ?1 AND status = 0", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  if (!_sitrep_store_step_done (self->db, stmt, _("The suggestions could not be saved."), error) ||
      !insert_all (self, ctx, article_id, rows, error))
    return FALSE;
  /* The run's incidents, by the ids their members are saved under. */
  ids = g_new0 (gint64, result->suggestions->len + 1);
  for (guint i = 0; i < rows->len; i++)
    ids[g_array_index (rows, SaveRow, i).index] = g_array_index (rows, SaveRow, i).id;
  return _sitrep_store_save_proposed_incidents (self, article_id, result, ids, error);
}

gboolean
sitrep_store_save_suggestions_full (SitrepStore                     *self,
                                    gint64                           article_id,
                                    const SitrepSuggestResult       *result,
                                    guint                           *n_saved,
                                    const SitrepSuggestionsHandover *handover,
                                    GError                         **error)
{
  SaveContext ctx = {
    g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL),
    { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
      g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free) },
  };
  gboolean ok;
  guint saved = 0;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  if (_sitrep_store_lock (self, error) == NULL)
    ok = FALSE;
  else if (!(ok = _sitrep_store_check_writable (self, error) && _sitrep_store_begin (self, error)))
    _sitrep_store_unlock (self);
  if (!ok)
    goto out;
  ok = save_in_transaction (self, &ctx, article_id, result, &saved, handover, error);
  if (ok)
    ok = _sitrep_store_commit (self, error);
  else
    _sitrep_store_rollback (self);
  _sitrep_store_unlock (self);
  if (ok)
    _sitrep_store_emit (self, "annotations-changed", article_id);

out:
  g_hash_table_unref (ctx.decided);
  g_hash_table_unref (ctx.keys[0]);
  g_hash_table_unref (ctx.keys[1]);
  if (n_saved != NULL)
    *n_saved = ok ? saved : 0;
  return ok;
}

gboolean
sitrep_store_save_suggestions (SitrepStore               *self,
                               gint64                     article_id,
                               const SitrepSuggestResult *result,
                               guint                     *n_saved,
                               GError                   **error)
{
  return sitrep_store_save_suggestions_full (self, article_id, result, n_saved, NULL, error);
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
      if (g_strcmp0 (sitrep_label_get_kind (labels->pdata[i]), label_kind (kind)) == 0)
        return sitrep_label_get_id (labels->pdata[i]);
    }
  g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
               _("The project has no label for “%s” spans; add one in the label set to accept this suggestion."),
               sitrep_suggest_kind_to_label (kind));
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
  g_autofree char *key = suggestion_key (s->kind, s->text);
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
      return found != NULL ? link_named (self, s, annotation_id, "place", s->entity_name, found, error) : -1;
    }
  person = _sitrep_suggest_person_without_title (s->text, NULL);
  if (person == NULL)
    return 0;
  found = sitrep_store_find_entities (self, "person", person, error);
  return found != NULL ? link_named (self, s, annotation_id, "person", person, found, error) : -1;
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
  stmt = _sitrep_store_statement (self, "SELECT admin1, country, geonameid FROM suggestions WHERE id = ?1", error);
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
      if (sqlite3_column_int64 (stmt, 2) > 0)
        gid = g_strdup_printf ("geonames:%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 2));
    }
  sqlite3_reset (stmt);
  _sitrep_store_unlock (self);
  return sitrep_store_set_entity_place (self, entity_id, s->latitude, s->longitude, admin1, country, gid, error);
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
  if (s->entity_id != 0)
    return sitrep_store_set_annotation_entity (self, annotation_id, s->entity_id, error);
  entity_id = link_renamed (self, s, annotation_id, error);
  if (entity_id == 0 && g_strcmp0 (kind, "actor") == 0)
    entity_id = link_canonical (self, s, annotation_id, error);
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

  what = g_strdup_printf (_("Accept “%s”"), s->text);
  sitrep_store_begin_group (self, what);
  annotation_id = sitrep_store_add_annotation (self, s->article_id, label_id, s->start, s->end, annotator_id,
                                               0, s->attributes, error);
  ok = annotation_id != 0 && link_entity (self, s, annotation_id, error) &&
       mark (self, s, SITREP_SUGGESTION_ACCEPTED, annotation_id, "suggestion-accept", what, error);
  sitrep_store_end_group (self);
  if (!ok && annotation_id != 0)
    {
      /* Take back the half-made step. */
      sitrep_store_undo (self, NULL);
      return 0;
    }
  return ok ? annotation_id : 0;
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

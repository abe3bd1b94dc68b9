/* sitrep-store-suggestions-save.c — a Suggest run's suggestions saved in the project: what is decided left out, a span proposed again under its id
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-store-private.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-store-suggested-incidents.h"
#include "sitrep-suggest-private.h"
#include "sitrep-coding-private.h"

/* What a save needs of the article before writing: the spans already
 * annotated or decided, by kind, so each suggestion is checked in memory
 * (a long article has tens of thousands) instead of by a query each; the
 * ranges rejected; the ids of the spans pending, kept by a span the run
 * proposes again (an incident decided, or the undo history, names them). */
typedef struct
{
  GHashTable *decided;   /* gint64 (start << 32 | end) → kind bits */
  GHashTable *keys[2];   /* text → key: [0] as written, [1] normalised */
  GArray     *pending;   /* PendingRow, by start */
  GArray     *rejected;  /* RejectedRange */
  /* A save that hands over the rows in view first reads in @pending only
   * the pending rows starting in [near_first, near_last] (where the rows
   * in view start) before it hands them over, the others in @more after
   * (by start; NULL until then, and in a save read at once). */
  GArray     *more;
  guint       near_first;
  guint       near_last;
} SaveContext;

/* A pending suggestion of the article (id 0 once a row of the run took it)
 * and how its row reads (reading_of_columns), to write only what changed. */
typedef struct
{
  guint             start;
  guint             end;
  SitrepSuggestKind kind;
  gint64            id;
  guint8           *reading;
  gsize             reading_len;
} PendingRow;

static void
pending_row_clear (gpointer data)
{
  g_clear_pointer (&((PendingRow *) data)->reading, g_free);
}

typedef struct
{
  SitrepSuggestKind kind;
  guint             start;
  guint             end;
} RejectedRange;

static void
save_context_init (SaveContext *ctx)
{
  ctx->decided = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  ctx->keys[0] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->keys[1] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->pending = g_array_new (FALSE, FALSE, sizeof (PendingRow));
  g_array_set_clear_func (ctx->pending, pending_row_clear);
  ctx->rejected = g_array_new (FALSE, FALSE, sizeof (RejectedRange));
  ctx->more = NULL;
}

static void
save_context_clear (SaveContext *ctx)
{
  g_hash_table_unref (ctx->decided);
  g_hash_table_unref (ctx->keys[0]);
  g_hash_table_unref (ctx->keys[1]);
  g_array_unref (ctx->pending);
  g_array_unref (ctx->rejected);
  g_clear_pointer (&ctx->more, g_array_unref);
}

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

/* The kinds a span annotated or accepted as @kind is not proposed again
 * as: its own, and for a name the other roles of that name — "the
 * Observatory" accepted as the Claimant of "according to the Observatory"
 * is not then proposed as an Actor over the same words (the coder has coded
 * that name there). A reading of another kind (a place, a date, a figure
 * over the same words) still is; a rejection covers only its own kind. */
static guint
taken_bits (SitrepSuggestKind kind)
{
  const guint names = 1u << SITREP_SUGGEST_ACTOR | 1u << SITREP_SUGGEST_PERSON | 1u << SITREP_SUGGEST_CLAIMANT;

  return (names & (1u << kind)) != 0 ? names : 1u << kind;
}

/* Annotated, accepted or rejected with that label — or inside a span
 * rejected with it ("Syrian" of a rejected "the Syrian Democratic
 * Forces"): the coder said no to those words as that label there. */
static gboolean
is_decided (SaveContext       *ctx,
            guint              start,
            guint              end,
            SitrepSuggestKind  kind)
{
  gint64 span = ((gint64) start << 32) | end;

  if ((GPOINTER_TO_UINT (g_hash_table_lookup (ctx->decided, &span)) & (1u << kind)) != 0)
    return TRUE;
  for (guint i = 0; i < ctx->rejected->len; i++)
    {
      const RejectedRange *r = &g_array_index (ctx->rejected, RejectedRange, i);

      if (r->kind == kind && r->start <= start && end <= r->end)
        return TRUE;
    }
  return FALSE;
}

static int
compare_pending (gconstpointer a,
                 gconstpointer b)
{
  const PendingRow *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

/* A row's reading, the columns a save writes beyond its span and kind, as
 * bytes: a text as its length and bytes (NULL and "" alike, as
 * _sitrep_store_bind_text writes them), a number as its 8 bytes, NULL
 * apart. Made of a row read back (@was NULL: kept in @data), or of a row
 * about to be written and compared on the way with @was, the row's
 * reading then: the same bytes mean it would be written as it is. */
typedef struct
{
  const guint8 *was;
  gsize         was_len;
  gboolean      same;
  guint8       *data;
  gsize         len;
  gsize         size;
} Reading;

static void
reading_put (Reading    *r,
             const void *bytes,
             gsize       n)
{
  if (r->was != NULL)
    r->same = r->same && r->len + n <= r->was_len && memcmp (r->was + r->len, bytes, n) == 0;
  else
    {
      if (r->len + n > r->size)
        {
          r->size = MAX (r->size * 2, r->len + n + 128);
          r->data = g_realloc (r->data, r->size);
        }
      memcpy (r->data + r->len, bytes, n);
    }
  r->len += n;
}

static void
reading_add_text (Reading    *r,
                  const char *text)
{
  guint32 len = text != NULL ? (guint32) strlen (text) : 0;

  reading_put (r, &len, sizeof len);
  if (len > 0)
    reading_put (r, text, len);
}

static void
reading_add_int (Reading *r,
                 gint64   value)
{
  reading_put (r, &value, sizeof value);
}

static void
reading_add_double (Reading  *r,
                    gboolean  null,
                    double    value)
{
  guint8 tag = null ? 0 : 1;

  reading_put (r, &tag, 1);
  if (!null)
    reading_put (r, &value, sizeof value);
}

/* The reading of the row @stmt is on into @p, its columns from @first:
 * text, key, attributes, entity_id, entity_name, actor_type, latitude,
 * longitude, geonameid, admin1, country, doubtful, score, incident. */
static void
reading_of_columns (sqlite3_stmt *stmt,
                    int           first,
                    PendingRow   *p)
{
  Reading r = { NULL, 0, TRUE, NULL, 0, 0 };

  for (int c = first; c < first + 3; c++)
    reading_add_text (&r, (const char *) sqlite3_column_text (stmt, c));
  reading_add_int (&r, sqlite3_column_int64 (stmt, first + 3));
  reading_add_text (&r, (const char *) sqlite3_column_text (stmt, first + 4));
  reading_add_text (&r, (const char *) sqlite3_column_text (stmt, first + 5));
  for (int c = first + 6; c < first + 8; c++)
    reading_add_double (&r, sqlite3_column_type (stmt, c) == SQLITE_NULL, sqlite3_column_double (stmt, c));
  reading_add_int (&r, sqlite3_column_int64 (stmt, first + 8));
  reading_add_text (&r, (const char *) sqlite3_column_text (stmt, first + 9));
  reading_add_text (&r, (const char *) sqlite3_column_text (stmt, first + 10));
  reading_add_int (&r, sqlite3_column_int64 (stmt, first + 11));
  reading_add_double (&r, sqlite3_column_type (stmt, first + 12) == SQLITE_NULL,
                      sqlite3_column_double (stmt, first + 12));
  reading_add_double (&r, sqlite3_column_type (stmt, first + 13) == SQLITE_NULL,
                      (double) sqlite3_column_int64 (stmt, first + 13));
  p->reading = r.data;
  p->reading_len = r.len;
}

/* Which of the article's suggestions load_suggested () reads. */
typedef enum
{
  READ_ALL,             /* every one */
  READ_DECIDED,         /* the accepted and rejected */
  READ_PENDING_NEAR,    /* the pending ones starting in [near_first, near_last] */
  READ_PENDING_BEFORE,  /* … before near_first */
  READ_PENDING_AFTER,   /* … after near_last */
} ReadSuggested;

/* The statuses in the query's bounds. */
G_STATIC_ASSERT (SITREP_SUGGESTION_PENDING == 0 && SITREP_SUGGESTION_ACCEPTED > 0 && SITREP_SUGGESTION_REJECTED > 0);

#define SUGGESTED_COLUMNS \
  "SELECT start, \"end\", kind, status, id, text, key, attributes, entity_id, " \
  "  entity_name, actor_type, latitude, longitude, geonameid, admin1, country, " \
  "  doubtful, score, incident FROM suggestions "

/* The article's suggestions (@what of them): pending ones by start into
 * @into, the accepted and rejected as decided, the rejected ranges. */
static gboolean
load_suggested (SitrepStore    *self,
                gint64          article_id,
                SaveContext    *ctx,
                ReadSuggested   what,
                GArray         *into,
                GError        **error)
{
  /* Pending rows come by start already (the index by article, status
   * and start): no hash of tens of thousands of spans to build. */
  static const char * const queries[] = {
    SUGGESTED_COLUMNS "WHERE article_id = ?1",
    SUGGESTED_COLUMNS "WHERE article_id = ?1 AND status > 0",
    SUGGESTED_COLUMNS "WHERE article_id = ?1 AND status = 0 AND start BETWEEN ?2 AND ?3",
    SUGGESTED_COLUMNS "WHERE article_id = ?1 AND status = 0 AND start < ?2",
    SUGGESTED_COLUMNS "WHERE article_id = ?1 AND status = 0 AND start > ?3",
  };
  sqlite3_stmt *stmt;
  gboolean sorted = TRUE;
  guint first = into->len;
  int rc;

  stmt = _sitrep_store_statement (self, queries[what], error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  if (what != READ_ALL && what != READ_DECIDED)
    {
      sqlite3_bind_int64 (stmt, 2, ctx->near_first);
      sqlite3_bind_int64 (stmt, 3, ctx->near_last);
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RejectedRange r = { 0, sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1) };
      int status = sqlite3_column_int (stmt, 3);

      gboolean known = sitrep_suggest_kind_from_string ((const char *) sqlite3_column_text (stmt, 2), &r.kind);

      /* A pending row of a kind this version does not know is one to
       * delete: no row of the run takes it. */
      if (!known && status == SITREP_SUGGESTION_PENDING)
        r.kind = SITREP_SUGGEST_N_KINDS;
      else if (!known)
        continue;
      if (status == SITREP_SUGGESTION_PENDING)
        {
          PendingRow p = { r.start, r.end, r.kind, sqlite3_column_int64 (stmt, 4), NULL, 0 };

          reading_of_columns (stmt, 5, &p);

          sorted = sorted && (into->len == first ||
                              g_array_index (into, PendingRow, into->len - 1).start <= p.start);
          g_array_append_val (into, p);
          continue;
        }
      mark_decided (ctx->decided, r.start, r.end,
                    status == SITREP_SUGGESTION_REJECTED ? 1u << r.kind : taken_bits (r.kind));
      if (status == SITREP_SUGGESTION_REJECTED && r.end > r.start)
        g_array_append_val (ctx->rejected, r);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The suggestions could not be saved."));
      return FALSE;
    }
  /* Each read's own rows (one read's are all before or after another's). */
  if (!sorted)
    {
      GArray *read = g_array_new (FALSE, FALSE, sizeof (PendingRow));

      g_array_append_vals (read, &g_array_index (into, PendingRow, first), into->len - first);
      g_array_sort (read, compare_pending);
      memcpy (&g_array_index (into, PendingRow, first), read->data, (gsize) read->len * sizeof (PendingRow));
      g_array_unref (read);
    }
  return TRUE;
}

/* The article's pending suggestion of @kind over [@start, @end), its id
 * taken (a second row of that span and kind takes a new id), or NULL. */
static PendingRow *
take_pending (SaveContext       *ctx,
              guint              start,
              guint              end,
              SitrepSuggestKind  kind)
{
  /* Every pending row starting there is in one of the two. */
  GArray *pending = ctx->more != NULL && (start < ctx->near_first || start > ctx->near_last) ? ctx->more : ctx->pending;
  guint lo = 0, hi = pending->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (pending, PendingRow, mid).start < start)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (; lo < pending->len && g_array_index (pending, PendingRow, lo).start == start; lo++)
    {
      PendingRow *p = &g_array_index (pending, PendingRow, lo);

      if (p->end == end && p->kind == kind && p->id != 0)
        return p;
    }
  return NULL;
}

/* The article's annotations and suggestions: all of them, or (@near)
 * those the rows in view need, the pending ones starting in [near_first,
 * near_last] (the others: load_pending_more ()). */
static gboolean
load_decided (SitrepStore  *self,
              gint64        article_id,
              SaveContext  *ctx,
              gboolean      near,
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
        bits |= g_strcmp0 (label, _sitrep_suggestion_label_kind (k)) == 0 ? taken_bits (k) : 0;
      if (bits != 0)
        mark_decided (ctx->decided, sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1), bits);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The suggestions could not be saved."));
      return FALSE;
    }
  if (near)
    return load_suggested (self, article_id, ctx, READ_DECIDED, ctx->pending, error) &&
           load_suggested (self, article_id, ctx, READ_PENDING_NEAR, ctx->pending, error);
  return load_suggested (self, article_id, ctx, READ_ALL, ctx->pending, error);
}

/* After load_decided (@near): the pending rows before and after those read. */
static gboolean
load_pending_more (SitrepStore  *self,
                   gint64        article_id,
                   SaveContext  *ctx,
                   GError      **error)
{
  ctx->more = g_array_new (FALSE, FALSE, sizeof (PendingRow));
  g_array_set_clear_func (ctx->more, pending_row_clear);
  return load_suggested (self, article_id, ctx, READ_PENDING_BEFORE, ctx->more, error) &&
         load_suggested (self, article_id, ctx, READ_PENDING_AFTER, ctx->more, error);
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
      key = _sitrep_suggestion_key (s->kind, s->text);
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
  gint64                  id;         /* the id it is saved under */
  gboolean                kept;       /* pending before under that id */
  const PendingRow       *was;        /* the row then (the context's) */
  char                   *attributes; /* once prepared */
} SaveRow;

static void
save_row_clear (gpointer data)
{
  g_free (((SaveRow *) data)->attributes);
}

/* The order sitrep_store_list_suggestions () reads them in: start, the
 * longer first, then their ids. */
static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const SaveRow *x = a, *y = b;

  if (x->suggestion->start != y->suggestion->start)
    return x->suggestion->start < y->suggestion->start ? -1 : 1;
  if (x->suggestion->end != y->suggestion->end)
    return x->suggestion->end > y->suggestion->end ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
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
  stored->admin1 = g_strdup (s->admin1);
  stored->country = g_strdup (s->country);
  stored->doubtful = s->doubtful != FALSE;
  stored->score = s->score;
  stored->incident = s->incident >= 0 ? s->incident : -1;
  stored->status = SITREP_SUGGESTION_PENDING;
  return stored;
}

/* The rows of @result not decided before, with the ids they are saved
 * under — a span of a kind pending before keeps its id, the others come
 * after @last_id — in the store's reading order (their rows as they will
 * read are made by prepare_rows). */
/* Which rows plan_rows () plans. */
typedef enum
{
  PLAN_ALL,
  PLAN_OVER,    /* those over the range */
  PLAN_OTHERS,  /* the others */
} PlanRows;

static GArray *
plan_rows (SaveContext               *ctx,
           const SitrepSuggestResult *result,
           gint64                     last_id,
           PlanRows                   which,
           guint                      start,
           guint                      end,
           GArray                    *rows,
           guint                     *n_others)
{
  if (rows == NULL)
    {
      rows = g_array_sized_new (FALSE, FALSE, sizeof (SaveRow), result->suggestions->len);
      g_array_set_clear_func (rows, save_row_clear);
    }
  for (guint i = 0; i < result->suggestions->len; i++)
    {
      const SitrepSuggestion *s = result->suggestions->pdata[i];
      SaveRow row = { s, i, 0, FALSE, NULL, NULL };
      PendingRow *kept;

      /* The coder's annotations given to the run are no suggestions. */
      if (s->annotation_id != 0 || is_decided (ctx, s->start, s->end, s->kind))
        continue;
      /* A row and the pending row of its span it would take are both over
       * the range or both not: the two parts take the ids one plan would. */
      if (which != PLAN_ALL && (s->start < end && s->end > start) != (which == PLAN_OVER))
        {
          if (n_others != NULL)
            (*n_others)++;
          continue;
        }
      kept = take_pending (ctx, s->start, s->end, s->kind);
      row.id = kept != NULL ? kept->id : last_id + 1 + i;
      row.kept = kept != NULL;
      row.was = kept;
      if (kept != NULL)
        kept->id = 0;
      g_array_append_val (rows, row);
    }
  g_array_sort (rows, compare_rows);
  return rows;
}

/* Gives the rows over [@start, @end) their attributes; the rows as they
 * will read into @listed (may be NULL). Copies: @listed goes to another
 * thread, which may free them while the rows are written. */
static void
prepare_rows (GArray    *rows,
              gint64     article_id,
              guint      start,
              guint      end,
              GPtrArray *listed)
{
  for (guint i = 0; i < rows->len; i++)
    {
      SaveRow *row = &g_array_index (rows, SaveRow, i);

      if (row->suggestion->start >= end || row->suggestion->end <= start)
        continue;
      if (row->attributes == NULL)
        row->attributes = sitrep_suggestion_to_attributes (row->suggestion);
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

/* Inserts @rows, SaveRow pointers (INSERT_BATCH rows a statement, the
 * rest one by one). */
static gboolean
insert_all (SitrepStore  *self,
            SaveContext  *ctx,
            gint64        article_id,
            GPtrArray    *rows,
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
        bind_row (stmt, r * INSERT_PARAMS, ctx, article_id, rows->pdata[done + r]);
      if (!_sitrep_store_step_done (sqlite3_db_handle (stmt), stmt, _("The suggestions could not be saved."), error))
        return FALSE;
      done += n;
    }
  return TRUE;
}

/* The reading of @row as bind_row writes it (see reading_of_columns). */
static gboolean
reads_as_before (SaveContext   *ctx,
                 const SaveRow *row)
{
  const SitrepSuggestion *s = row->suggestion;
  gboolean placed = !isnan (s->latitude);
  Reading r = { NULL, 0, TRUE, NULL, 0, 0 };

  if (row->was == NULL)
    return FALSE;
  r.was = row->was->reading;
  r.was_len = row->was->reading_len;
  reading_add_text (&r, s->text);
  reading_add_text (&r, cached_key (ctx, s));
  reading_add_text (&r, row->attributes);
  reading_add_int (&r, s->entity_id);
  reading_add_text (&r, s->entity_name);
  reading_add_text (&r, s->actor_type);
  reading_add_double (&r, !placed, s->latitude);
  reading_add_double (&r, !placed, s->longitude);
  reading_add_int (&r, s->geonameid);
  reading_add_text (&r, s->admin1);
  reading_add_text (&r, s->country);
  reading_add_int (&r, s->doubtful);
  reading_add_double (&r, FALSE, s->score);
  reading_add_double (&r, s->incident < 0, s->incident);
  return r.same && r.len == r.was_len;
}

/* Deletes the rows of @ids. */
static gboolean
delete_ids (SitrepStore  *self,
            GArray       *ids,
            GError      **error)
{
  sqlite3_stmt *stmt = NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      stmt = _sitrep_store_statement (self, "DELETE FROM suggestions WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      if (!_sitrep_store_step_done (self->db, stmt, _("The suggestions could not be saved."), error))
        return FALSE;
    }
  return TRUE;
}

/* Makes the article's pending rows @rows (prepared), writing only the
 * difference: the pending rows not among them deleted, those that read
 * otherwise now written again under their id, the new ones inserted; a
 * row that reads as it did is left as it is (a Suggest again on an
 * unchanged article writes next to nothing). In the save's transaction,
 * so the old rows or the new ones are saved, never a mix. */
static gboolean
write_difference (SitrepStore  *self,
                  SaveContext  *ctx,
                  gint64        article_id,
                  GArray       *rows,
                  GError      **error)
{
  g_autoptr(GArray) gone = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) written = g_ptr_array_new ();

  for (guint i = 0; i < ctx->pending->len; i++)
    {
      const PendingRow *p = &g_array_index (ctx->pending, PendingRow, i);

      if (p->id != 0)
        g_array_append_val (gone, p->id);
    }
  for (guint i = 0; ctx->more != NULL && i < ctx->more->len; i++)
    {
      const PendingRow *p = &g_array_index (ctx->more, PendingRow, i);

      if (p->id != 0)
        g_array_append_val (gone, p->id);
    }
  for (guint i = 0; i < rows->len; i++)
    {
      SaveRow *row = &g_array_index (rows, SaveRow, i);

      if (row->kept && reads_as_before (ctx, row))
        continue;
      if (row->kept)
        g_array_append_val (gone, row->id);
      g_ptr_array_add (written, row);
    }
  return delete_ids (self, gone, error) && insert_all (self, ctx, article_id, written, error);
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

/* The first and last start of @result's suggestions over [@start, @end),
 * if any is. */
static gboolean
starts_over (const SitrepSuggestResult *result,
             guint                      start,
             guint                      end,
             guint                     *first,
             guint                     *last)
{
  gboolean any = FALSE;

  for (guint i = 0; i < result->suggestions->len; i++)
    {
      const SitrepSuggestion *s = result->suggestions->pdata[i];

      if (s->start < end && s->end > start)
        {
          *first = any ? MIN (*first, s->start) : s->start;
          *last = any ? MAX (*last, s->start) : s->start;
          any = TRUE;
        }
    }
  return any;
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
  gint64 last_id = 0;

  /* The ids are taken under the write lock, after every id the project
   * has had: what @listed_func is given is what the commit saves. */
  if (!last_suggestion_id (self, &last_id, error))
    return FALSE;
  /* The rows in view first: the others (preparing 20,000 took 28 ms) once
   * the caller has drawn them, or at once when they are what it shows
   * already (Suggest again on an unchanged article). Before them only the
   * pending rows that may keep their ids are read, those starting where
   * they start: the article's others (20,000 took 29 ms, a repeat press
   * waited for them) after. */
  if (tell && handover->first_end > handover->first_start &&
      starts_over (result, handover->first_start, handover->first_end, &ctx->near_first, &ctx->near_last))
    {
      GPtrArray *part = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_stored_suggestion_free);
      guint n_others = 0;

      if (!load_decided (self, article_id, ctx, TRUE, error))
        return FALSE;
      rows = plan_rows (ctx, result, last_id, PLAN_OVER, handover->first_start, handover->first_end, NULL, &n_others);
      prepare_rows (rows, article_id, handover->first_start, handover->first_end, part);
      /* Apart only when they are some of the rows, not all. */
      if (part->len > 0 && n_others > 0)
        handover->listed_func (g_steal_pointer (&part), FALSE, handover->listed_data);
      g_clear_pointer (&part, g_ptr_array_unref);
      if (!load_pending_more (self, article_id, ctx, error))
        return FALSE;
      plan_rows (ctx, result, last_id, PLAN_OTHERS, handover->first_start, handover->first_end, rows, NULL);
    }
  else
    {
      if (!load_decided (self, article_id, ctx, FALSE, error))
        return FALSE;
      rows = plan_rows (ctx, result, last_id, PLAN_ALL, 0, 0, NULL, NULL);
    }
  *saved = rows->len;
  prepare_rows (rows, article_id, 0, G_MAXUINT, listed);
  if (tell)
    handover->listed_func (g_steal_pointer (&listed), TRUE, handover->listed_data);

  if (!write_difference (self, ctx, article_id, rows, error))
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
  SaveContext ctx;
  gboolean ok;
  guint saved = 0;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  save_context_init (&ctx);
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
  save_context_clear (&ctx);
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

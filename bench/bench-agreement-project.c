/* bench-agreement-project.c — generated projects of annotated articles for the datasets benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sitrep-bench"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "bench-agreement-project.h"
#include "bench-corpus.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"
#include "sitrep-tokens.h"

#define BATCH 1000

long
bench_agreement_peak_rss_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static gboolean
add_articles (SitrepStore *store,
              guint        n,
              gsize        bytes,
              GArray      *ids)
{
  g_autoptr(BenchCorpus) corpus = bench_corpus_new (BENCH_DEFAULT_SEED);
  g_autofree gint64 *results = g_new0 (gint64, BATCH);
  g_autofree GError **errors = g_new0 (GError *, BATCH);
  g_autoptr(GError) error = NULL;

  for (guint done = 0; done < n;)
    {
      g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_import_record_free);
      guint batch = MIN (BATCH, n - done);

      for (guint i = 0; i < batch; i++)
        {
          g_autoptr(BenchArticle) article = bench_corpus_next (corpus, bytes);
          SitrepImportRecord *record = sitrep_import_record_new ();

          record->title = g_strdup (article->title);
          record->body = g_strdup_printf ("%s\n[%u]", article->body, done + i + 1);   /* never a duplicate */
          record->url = g_strdup (article->url);
          record->source = g_strdup (article->source);
          record->published = g_strdup (article->published);
          record->published_precision = SITREP_DATE_PRECISION_DAY;
          record->language = g_strdup ("en");
          g_ptr_array_add (records, record);
        }
      memset (errors, 0, sizeof (GError *) * BATCH);
      if (!sitrep_store_add_articles (store, (SitrepImportRecord **) records->pdata, batch, results, errors, &error))
        {
          fprintf (stderr, "bench: adding articles: %s\n", error->message);
          return FALSE;
        }
      for (guint i = 0; i < batch; i++)
        {
          if (results[i] > 0)
            g_array_append_val (ids, results[i]);
          g_clear_error (&errors[i]);
        }
      done += batch;
    }
  return ids->len == n;
}

typedef struct
{
  guint   start, end;
  gint64  label;
} Span;

/* The first coder's spans: @n single- or two-token spans spread over the text. */
static GArray *
random_spans (GRand   *rand,
              GArray  *tokens,
              GArray  *labels,
              guint    n)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (Span));
  guint step = MAX (tokens->len / MAX (n, 1), 3);

  for (guint k = 0; k + 2 < tokens->len && spans->len < n; k += step)
    {
      guint width = g_rand_int_range (rand, 1, 3);
      Span s = { g_array_index (tokens, SitrepToken, k).start,
                 g_array_index (tokens, SitrepToken, k + width - 1).end,
                 g_array_index (labels, gint64, g_rand_int_range (rand, 0, labels->len)) };
      g_array_append_val (spans, s);
    }
  return spans;
}

static gboolean
insert_span (sqlite3     *db,
             gint64       article,
             gint64       annotator,
             const Span  *s,
             const char  *body)
{
  static const char sql[] = "INSERT INTO annotations (article_id, label_id, start, \"end\", text, annotator_id) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
  sqlite3_stmt *stmt = NULL;
  g_autofree char *text = g_utf8_substring (body, s->start, s->end);
  int rc;

  if (sqlite3_prepare_v3 (db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article);
  sqlite3_bind_int64 (stmt, 2, s->label);
  sqlite3_bind_int (stmt, 3, s->start);
  sqlite3_bind_int (stmt, 4, s->end);
  sqlite3_bind_text (stmt, 5, text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, annotator);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE;
}

/* Another coder's version of @mine: the known disagreements. */
static guint
write_coder (sqlite3 *db, GRand *rand, gint64 article, gint64 coder, GArray *mine, GArray *tokens,
             GArray *labels, const char *body, gboolean first)
{
  guint written = 0;

  for (guint i = 0; i < mine->len; i++)
    {
      Span s = g_array_index (mine, Span, i);
      guint roll = g_rand_int_range (rand, 0, 100);

      if (!first && roll < 5)
        continue;                                   /* left out */
      if (!first && roll < 10)
        s.label = g_array_index (labels, gint64, (g_rand_int_range (rand, 1, labels->len)));
      else if (!first && roll < 20)
        for (guint k = 0; k + 1 < tokens->len; k++)
          if (g_array_index (tokens, SitrepToken, k).end == s.end)
            {
              s.end = g_array_index (tokens, SitrepToken, k + 1).end;   /* one more token */
              break;
            }
      written += insert_span (db, article, coder, &s, body);
      if (!first && roll >= 95 && tokens->len > 0)
        {
          SitrepToken *t = &g_array_index (tokens, SitrepToken, g_rand_int_range (rand, 0, tokens->len));
          Span extra = { t->start, t->end, s.label };
          written += insert_span (db, article, coder, &extra, body);   /* added */
        }
    }
  return written;
}

guint
bench_agreement_project_build (const char         *path,
                               guint               n_articles,
                               gsize               article_bytes,
                               const char * const *coders,
                               guint               spans_per_article)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (path, &error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) labels = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) coder_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) label_list = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261203);
  guint written = 0;
  sqlite3 *db;

  if (store == NULL || !add_articles (store, n_articles, article_bytes, ids))
    {
      fprintf (stderr, "bench: could not make %s: %s\n", path, error != NULL ? error->message : "articles missing");
      return 0;
    }
  label_list = sitrep_store_list_labels (store, NULL);
  for (guint i = 0; i < label_list->len; i++)
    {
      gint64 id = sitrep_label_get_id (g_ptr_array_index (label_list, i));
      g_array_append_val (labels, id);
    }
  for (guint c = 0; coders != NULL && coders[c] != NULL; c++)
    {
      gint64 id = sitrep_store_ensure_annotator (store, coders[c], NULL);
      g_array_append_val (coder_ids, id);
    }

  db = _sitrep_store_lock (store, NULL);
  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autofree char *body = sitrep_store_get_article_body (store, id, NULL);
      g_autoptr(GArray) tokens = sitrep_tokenize (body);
      g_autoptr(GArray) mine = random_spans (rand, tokens, labels, spans_per_article);

      for (guint c = 0; c < coder_ids->len; c++)
        written += write_coder (db, rand, id, g_array_index (coder_ids, gint64, c), mine, tokens, labels, body, c == 0);
    }
  if (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    {
      fprintf (stderr, "bench: could not write the spans: %s\n", sqlite3_errmsg (db));
      written = 0;
    }
  _sitrep_store_unlock (store);
  sitrep_store_close (store);
  return written;
}

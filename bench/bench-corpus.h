/* bench-corpus.h — deterministic generator of news-like articles for the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _BenchCorpus BenchCorpus;

typedef struct
{
  char *title;
  char *text;       /* title line, blank line, dateline and paragraphs: what a capture holds */
  char *body;       /* the text without the title line */
  char *source;     /* the outlet named in the text */
  char *published;  /* ISO date of the dateline */
  char *url;
} BenchArticle;

/* The same @seed always gives the same articles, in the same order. */
BenchCorpus  *bench_corpus_new          (guint64       seed);
void          bench_corpus_free         (BenchCorpus  *self);
/* The next article, of about @target_bytes bytes (0 for the default ~3 KB). */
BenchArticle *bench_corpus_next         (BenchCorpus  *self,
                                         gsize         target_bytes);
void          bench_article_free        (BenchArticle *article);

/* Writes @n articles as DIR/article-NNNNNN.txt; returns the file names
 * (relative to @dir) in order. */
GPtrArray    *bench_corpus_write_files  (guint         n,
                                         const char   *dir,
                                         guint64       seed,
                                         GError      **error);
/* Writes @n articles as one JSONL file (title, text, source, url, published). */
gboolean      bench_corpus_write_jsonl  (guint         n,
                                         const char   *path,
                                         guint64       seed,
                                         GError      **error);

/* Shared by the benchmark programs. */
double        bench_now                 (void);
double        bench_thread_cpu_ms       (void);
double        bench_median              (double       *values,
                                         guint         n);
double        bench_percentile          (double       *values,
                                         guint         n,
                                         double        p);
void          bench_result              (const char   *name,
                                         double        value,
                                         const char   *unit);
gboolean      bench_rm_rf               (const char   *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BenchCorpus, bench_corpus_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BenchArticle, bench_article_free)

#define BENCH_DEFAULT_SEED G_GUINT64_CONSTANT (0x5174e9a1c0ffee42)

G_END_DECLS

/* bench-agreement.c — agreement between two coders over 1,000 articles with 20,000 spans each
 *
 * Builds a project of N generated ~3 KB articles (default 1,000) with two
 * coders' spans (default 20 an article, so 20,000 each; the second coder's
 * with known disagreements, see bench-agreement-project.h), then measures
 * sitrep_agreement_compute over both coders (median of 5 runs; the target
 * in issue 13 is under 1 s) and, in the same run, the reference: reading
 * the same spans and article bodies with plain SQL, the least any agreement
 * figure needs. Prints one `name value unit` line per figure.
 *
 * Usage: bench-agreement [--articles N] [--spans-per-article S] [--project PATH]
 * (--project keeps the generated project at PATH and reuses it when there).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sitrep-bench"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "bench-agreement-project.h"
#include "bench-corpus.h"
#include "sitrep-agreement.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"

#define RUNS 5

/* CPU seconds of this process (user and system): steadier than the wall
 * clock on a machine others share. */
static double
cpu_now (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/* The reference: every span of both coders and the body of every article
 * they annotated, each read once with plain SQL. */
static double
read_with_sql (SitrepStore *store,
               guint       *n_spans)
{
  static const char spans_sql[] =
    "SELECT article_id, start, \"end\", label_id, annotator_id FROM annotations ORDER BY article_id, start";
  static const char bodies_sql[] =
    "SELECT body FROM article_texts WHERE article_id IN (SELECT article_id FROM annotations)";
  sqlite3 *db = _sitrep_store_lock (store, NULL);
  sqlite3_stmt *stmt = NULL;
  double start = bench_now ();
  guint64 sum = 0;

  *n_spans = 0;
  if (sqlite3_prepare_v2 (db, spans_sql, -1, &stmt, NULL) != SQLITE_OK)
    fprintf (stderr, "bench-agreement: %s\n", sqlite3_errmsg (db));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      sum += sqlite3_column_int (stmt, 1) + sqlite3_column_int (stmt, 3);
      (*n_spans)++;
    }
  sqlite3_finalize (stmt);
  if (sqlite3_prepare_v2 (db, bodies_sql, -1, &stmt, NULL) != SQLITE_OK)
    fprintf (stderr, "bench-agreement: %s\n", sqlite3_errmsg (db));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    sum += strlen ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  _sitrep_store_unlock (store);
  if (sum == 0)
    fprintf (stderr, "bench-agreement: the reference read nothing\n");
  return bench_now () - start;
}

static guint
count_spans (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_open (path, SITREP_STORE_OPEN_READ_ONLY, &error);
  guint n = 0;

  if (store == NULL)
    fprintf (stderr, "bench-agreement: %s (remove it to make a new one)\n", error->message);
  else
    read_with_sql (store, &n);
  return n;
}

int
main (int   argc,
      char *argv[])
{
  guint n_articles = 1000, per_article = 20;
  const char *coders[] = { "ana", "bo", NULL };
  g_autofree char *dir = g_dir_make_tmp ("bench-agreement-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "agreement.sitrep", NULL);
  gboolean keep = FALSE;
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = NULL;
  double times[RUNS], refs[RUNS], cpus[RUNS], ref_cpus[RUNS], build_start, kappa = NAN, f1 = NAN;
  guint spans, ref_spans = 0;

  for (int i = 1; i + 1 < argc; i += 2)
    {
      if (g_strcmp0 (argv[i], "--articles") == 0)
        n_articles = atoi (argv[i + 1]);
      else if (g_strcmp0 (argv[i], "--spans-per-article") == 0)
        per_article = atoi (argv[i + 1]);
      else if (g_strcmp0 (argv[i], "--project") == 0)
        {
          g_free (path);
          path = g_strdup (argv[i + 1]);
          keep = TRUE;
        }
    }

  build_start = bench_now ();
  if (keep && g_file_test (path, G_FILE_TEST_EXISTS))
    spans = count_spans (path);
  else
    spans = bench_agreement_project_build (path, n_articles, 0, coders, per_article);
  if (spans == 0)
    return 1;
  fprintf (stderr, "# %u articles, %u spans of two coders, made in %.1f s\n", n_articles, spans,
           bench_now () - build_start);

  store = sitrep_store_open (path, SITREP_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    {
      fprintf (stderr, "bench-agreement: %s\n", error->message);
      return 1;
    }
  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr(SitrepAgreement) agreement = NULL;
      double start = bench_now (), cpu = cpu_now ();

      agreement = sitrep_agreement_compute (store, coders, NULL, &error);
      times[r] = bench_now () - start;
      cpus[r] = cpu_now () - cpu;
      if (agreement == NULL || agreement->pairs->len != 1)
        {
          fprintf (stderr, "bench-agreement: %s\n", error != NULL ? error->message : "no pair");
          return 1;
        }
      kappa = ((SitrepAgreementPair *) g_ptr_array_index (agreement->pairs, 0))->overall.kappa_tokens;
      f1 = ((SitrepAgreementPair *) g_ptr_array_index (agreement->pairs, 0))->overall.span_f1_exact;
      cpu = cpu_now ();
      refs[r] = read_with_sql (store, &ref_spans);
      ref_cpus[r] = cpu_now () - cpu;
    }

  bench_result ("agreement_articles", n_articles, "articles");
  bench_result ("agreement_spans_per_coder", spans / 2.0, "spans");
  bench_result ("agreement_compute_median", bench_median (times, RUNS) * 1000, "ms");
  bench_result ("agreement_reference_sql_read_median", bench_median (refs, RUNS) * 1000, "ms");
  bench_result ("agreement_vs_sql_read", bench_median (times, RUNS) / bench_median (refs, RUNS), "ratio");
  bench_result ("agreement_compute_cpu_median", bench_median (cpus, RUNS) * 1000, "ms");
  bench_result ("agreement_reference_cpu_median", bench_median (ref_cpus, RUNS) * 1000, "ms");
  bench_result ("agreement_cpu_vs_sql_read", bench_median (cpus, RUNS) / bench_median (ref_cpus, RUNS), "ratio");
  bench_result ("agreement_peak_rss", bench_agreement_peak_rss_kb () / 1024.0, "MB");
  /* The generated disagreements fix these figures; a change here is a change of the figures. */
  bench_result ("agreement_kappa_tokens", kappa, "");
  bench_result ("agreement_span_f1_exact", f1, "");
  if (ref_spans != spans)
    fprintf (stderr, "bench-agreement: the reference read %u spans, not %u\n", ref_spans, spans);

  sitrep_store_close (store);
  if (!keep)
    bench_rm_rf (dir);
  else
    g_rmdir (dir);
  return bench_median (times, RUNS) < 1.0 ? 0 : 2;
}

/* bench-export.c — exporting 100,000 annotated articles: time and peak memory of each format
 *
 * Builds two projects of generated ~1 KB articles with one coder's spans
 * (default 5 an article): one of N articles (default 100,000) and one of
 * N/10. Each export runs in a child process of its own, so its peak RSS is
 * the export's alone (wait4's ru_maxrss); the reference, run the same way,
 * writes every body and span of the project with plain SQL and stdio. An
 * export streams when its peak RSS at N is about that at N/10 (the
 * `_rss_growth` lines: target 1.0, constant memory). Ratios to the
 * reference are of CPU time. Prints one
 * `name value unit` line per figure.
 *
 * Usage: bench-export [--articles N] [--spans-per-article S] [--keep DIR]
 * (--keep makes the projects in DIR and reuses them when there).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sitrep-bench"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "bench-agreement-project.h"
#include "bench-corpus.h"
#include "sitrep-exchange.h"
#include "sitrep-io.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"

typedef enum
{
  RUN_REFERENCE = -1,
  RUN_BRAT_ZIP = -2,
} RunKind;

/* The reference: bodies and spans with plain SQL, written with stdio. */
static gboolean
write_reference (SitrepStore *store,
                 const char  *path)
{
  static const char sql[] =
    "SELECT t.article_id, t.body, (SELECT group_concat (a.start || ' ' || a.\"end\" || ' ' || a.label_id, ';') "
    "FROM annotations a WHERE a.article_id = t.article_id) FROM article_texts t ORDER BY t.article_id";
  sqlite3 *db = _sitrep_store_lock (store, NULL);
  sqlite3_stmt *stmt = NULL;
  FILE *out = fopen (path, "w");
  gboolean ok;

  if (out == NULL || sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    fprintf (out, "%lld\t%s\t%s\n", (long long) sqlite3_column_int64 (stmt, 0),
             (const char *) sqlite3_column_text (stmt, 1), (const char *) sqlite3_column_text (stmt, 2));
  sqlite3_finalize (stmt);
  _sitrep_store_unlock (store);
  ok = fclose (out) == 0;
  return ok;
}

/* What `sitrep-cli export` does for a file format: a buffered stream into
 * a new file renamed over the target when complete. */
static gboolean
write_export (SitrepStore           *store,
              SitrepExchangeFormat   format,
              const char            *path,
              GError               **error)
{
  g_autoptr(SitrepAtomicFile) out = sitrep_atomic_file_new (path, error);
  g_autoptr(GOutputStream) buffered = NULL;

  if (out == NULL)
    return FALSE;
  buffered = g_buffered_output_stream_new_sized (sitrep_atomic_file_get_stream (out), 256 * 1024);
  g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (buffered), FALSE);
  return sitrep_exchange_export (store, format, "ana", buffered, NULL, error) &&
         g_output_stream_close (buffered, NULL, error) &&
         sitrep_atomic_file_commit (g_steal_pointer (&out), error);
}

static int
child (const char *project,
       int         kind,
       const char *target)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_open (project, SITREP_STORE_OPEN_READ_ONLY, &error);
  gboolean ok;

  if (store == NULL)
    ok = FALSE;
  else if (kind == RUN_REFERENCE)
    ok = write_reference (store, target);
  else if (kind == RUN_BRAT_ZIP)
    {
      g_autoptr(GFile) file = g_file_new_for_path (target);
      ok = sitrep_exchange_export_zip (store, SITREP_EXCHANGE_BRAT, "ana", file, NULL, &error);
    }
  else
    ok = write_export (store, kind, target, &error);
  if (!ok)
    fprintf (stderr, "bench-export: %s\n", error != NULL ? error->message : "the reference failed");
  return ok ? 0 : 1;
}

/* Runs one export in a child; its wall time, CPU time (user and system:
 * steadier on a shared machine) and peak RSS (kB), and the size written. */
static gboolean
measure (const char *project,
         int         kind,
         const char *target,
         double     *seconds,
         double     *cpu,
         long       *rss_kb,
         goffset    *bytes)
{
  struct rusage usage;
  double start = bench_now ();
  int status = 0;
  pid_t pid;
  GStatBuf st;

  fflush (stdout);
  pid = fork ();
  if (pid == 0)
    _exit (child (project, kind, target));
  if (pid < 0 || wait4 (pid, &status, 0, &usage) != pid || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    return FALSE;
  *seconds = bench_now () - start;
  *cpu = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  *rss_kb = usage.ru_maxrss;
  *bytes = g_stat (target, &st) == 0 ? st.st_size : 0;
  g_remove (target);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  guint n = 100000, per_article = 5;
  const char *coders[] = { "ana", NULL };
  g_autofree char *dir = NULL;
  gboolean keep = FALSE;
  struct { const char *name; int kind; const char *suffix; } runs[] = {
    { "reference_sql", RUN_REFERENCE, ".tsv" },
    { "doccano", SITREP_EXCHANGE_DOCCANO, ".jsonl" },
    { "label_studio", SITREP_EXCHANGE_LABEL_STUDIO, ".json" },
    { "conll", SITREP_EXCHANGE_CONLL, ".conll" },
    { "brat_zip", RUN_BRAT_ZIP, ".zip" },
  };
  long rss_of[2][G_N_ELEMENTS (runs)] = { { 0 } };
  double ref_seconds = 0;   /* the reference's CPU time */
  int status = 0;

  for (int i = 1; i + 1 < argc; i += 2)
    {
      if (g_strcmp0 (argv[i], "--articles") == 0)
        n = atoi (argv[i + 1]);
      else if (g_strcmp0 (argv[i], "--spans-per-article") == 0)
        per_article = atoi (argv[i + 1]);
      else if (g_strcmp0 (argv[i], "--keep") == 0)
        {
          dir = g_strdup (argv[i + 1]);
          keep = TRUE;
          g_mkdir_with_parents (dir, 0700);
        }
    }
  if (dir == NULL)
    dir = g_dir_make_tmp ("bench-export-XXXXXX", NULL);

  for (guint size = 0; size < 2; size++)
    {
      guint articles = size == 0 ? MAX (n / 10, 1) : n;
      g_autofree char *name = g_strdup_printf ("export-%u.sitrep", articles);
      g_autofree char *project = g_build_filename (dir, name, NULL);
      double start = bench_now ();

      if (!g_file_test (project, G_FILE_TEST_EXISTS) &&
          bench_agreement_project_build (project, articles, 1024, coders, per_article) == 0)
        return 1;
      fprintf (stderr, "# %u articles ready in %.0f s\n", articles, bench_now () - start);

      for (guint r = 0; r < G_N_ELEMENTS (runs); r++)
        {
          g_autofree char *target = g_strdup_printf ("%s/out-%s%s", dir, runs[r].name, runs[r].suffix);
          g_autofree char *line = NULL;
          g_autofree char *name_seconds = NULL, *name_rss = NULL, *name_output = NULL, *name_ratio = NULL;
          g_autofree char *name_cpu = NULL;
          double seconds, cpu;
          long rss;
          goffset bytes;

          if (!measure (project, runs[r].kind, target, &seconds, &cpu, &rss, &bytes))
            {
              fprintf (stderr, "bench-export: %s of %u articles failed\n", runs[r].name, articles);
              status = 1;
              continue;
            }
          if (r == 0)
            ref_seconds = cpu;
          rss_of[size][r] = rss;
          line = g_strdup_printf ("export_%s_%u", runs[r].name, articles);
          name_seconds = g_strconcat (line, "_seconds", NULL);
          name_cpu = g_strconcat (line, "_cpu_seconds", NULL);
          name_rss = g_strconcat (line, "_peak_rss", NULL);
          name_output = g_strconcat (line, "_output", NULL);
          name_ratio = g_strconcat (line, "_vs_reference", NULL);
          bench_result (name_seconds, seconds, "s");
          bench_result (name_cpu, cpu, "s");
          bench_result (name_rss, rss / 1024.0, "MB");
          bench_result (name_output, bytes / 1048576.0, "MB");
          if (r > 0)
            bench_result (name_ratio, cpu / ref_seconds, "ratio");
        }
    }

  for (guint r = 0; r < G_N_ELEMENTS (runs); r++)
    if (rss_of[0][r] > 0 && rss_of[1][r] > 0)
      {
        g_autofree char *name = g_strdup_printf ("export_%s_rss_growth_10x", runs[r].name);
        bench_result (name, (double) rss_of[1][r] / rss_of[0][r], "ratio");
      }

  if (!keep)
    bench_rm_rf (dir);
  return status;
}

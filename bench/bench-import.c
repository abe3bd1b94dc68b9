/* bench-import.c — import throughput of sitrep-cli against a bare SQLite + FTS5 insert
 *
 * Generates N ~3 KB articles as text files, then, in the same run:
 *  - times `sitrep-cli new` + `sitrep-cli import PROJECT FILE…` (median of R runs),
 *    with the peak RSS of the import process;
 *  - times a reference program doing the least work a full-text store needs: read
 *    each file, insert title and text into a table with an external-content FTS5
 *    index, one transaction, prepared statements (median of R runs);
 *  - does the same for one JSONL file of the same articles;
 * and prints one `name value unit` line per figure, with the ratio (target ≥ 0.5).
 *
 * Then it splits Sitrep's time in its parts, in this process through the core
 * API: reading and cleaning the files alone, then storing the records one
 * transaction per file (as an import of text files does) and 1,000 per
 * transaction, so a low ratio points at its cause.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sitrep-bench"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <gio/gio.h>

#include "bench-corpus.h"
#include "sitrep-import.h"
#include "sitrep-store.h"

#ifndef SITREP_CLI_PATH
#define SITREP_CLI_PATH "sitrep-cli"
#endif

typedef struct
{
  double seconds;
  long   max_rss_kb;
  int    status;
} RunResult;

/* Runs argv in @cwd with stdout to @out_path, waits, and measures it. */
static gboolean
run_child (char       **argv,
           const char  *cwd,
           const char  *out_path,
           RunResult   *result)
{
  struct rusage usage;
  double start = bench_now ();
  int status;
  pid_t pid;

  fflush (stdout);
  pid = fork ();
  if (pid < 0)
    return FALSE;
  if (pid == 0)
    {
      int fd = open (out_path != NULL ? out_path : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0644);

      if (fd >= 0)
        {
          dup2 (fd, STDOUT_FILENO);
          close (fd);
        }
      if (cwd != NULL && chdir (cwd) != 0)
        _exit (127);
      execv (argv[0], argv);
      _exit (127);
    }
  while (wait4 (pid, &status, 0, &usage) < 0)
    if (errno != EINTR)
      return FALSE;

  result->seconds = bench_now () - start;
  result->max_rss_kb = usage.ru_maxrss;
  result->status = WIFEXITED (status) ? WEXITSTATUS (status) : 128 + WTERMSIG (status);
  return TRUE;
}

static guint
count_lines_containing (const char *path,
                        const char *needle)
{
  g_autofree char *contents = NULL;
  guint n = 0;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return 0;
  for (const char *p = contents; (p = strstr (p, needle)) != NULL; p += strlen (needle))
    n++;
  return n;
}

static gboolean
exec_sql (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      fprintf (stderr, "bench-import: %s: %s\n", sql, message);
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

/* How the reference groups its writes. ONE_TRANSACTION is the reference;
 * the others show what per-article savepoints and commits cost in SQLite
 * alone (FTS5 flushes its pending index at each of them). */
typedef enum
{
  ONE_TRANSACTION,
  SAVEPOINT_PER_ROW,
  COMMIT_PER_ROW,
} Grouping;

/* The reference: read every file and insert it, with an FTS5 index, in one
 * transaction. Returns the seconds taken, or a negative value on error. */
static double
reference_files (const char *dir,
                 GPtrArray  *names,
                 const char *db_path,
                 Grouping    grouping)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *insert = NULL;
  sqlite3_stmt *index = NULL;
  double start = bench_now ();
  double seconds = -1;

  g_unlink (db_path);
  if (sqlite3_open (db_path, &db) != SQLITE_OK)
    goto out;
  if (!exec_sql (db, "PRAGMA journal_mode=WAL") ||
      !exec_sql (db, "CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, body TEXT)") ||
      !exec_sql (db, "CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, content='articles', content_rowid='id')") ||
      !exec_sql (db, "BEGIN"))
    goto out;
  if (sqlite3_prepare_v2 (db, "INSERT INTO articles (title, body) VALUES (?, ?)", -1, &insert, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)", -1, &index, NULL) != SQLITE_OK)
    goto out;

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_autofree char *text = NULL;
      const char *nl;
      gsize len;
      gint64 id;

      if (!g_file_get_contents (path, &text, &len, NULL))
        goto out;
      if (grouping == SAVEPOINT_PER_ROW && !exec_sql (db, "SAVEPOINT row"))
        goto out;
      nl = strchr (text, '\n');
      sqlite3_bind_text (insert, 1, text, nl != NULL ? (int) (nl - text) : (int) len, SQLITE_STATIC);
      sqlite3_bind_text (insert, 2, text, (int) len, SQLITE_STATIC);
      if (sqlite3_step (insert) != SQLITE_DONE)
        goto out;
      sqlite3_reset (insert);
      id = sqlite3_last_insert_rowid (db);

      sqlite3_bind_int64 (index, 1, id);
      sqlite3_bind_text (index, 2, text, nl != NULL ? (int) (nl - text) : (int) len, SQLITE_STATIC);
      sqlite3_bind_text (index, 3, text, (int) len, SQLITE_STATIC);
      if (sqlite3_step (index) != SQLITE_DONE)
        goto out;
      sqlite3_reset (index);
      if (grouping == SAVEPOINT_PER_ROW && !exec_sql (db, "RELEASE row"))
        goto out;
      if (grouping == COMMIT_PER_ROW && !exec_sql (db, "COMMIT; BEGIN"))
        goto out;
    }
  if (!exec_sql (db, "COMMIT"))
    goto out;
  /* The close checkpoints the WAL into the database file: part of the work,
   * as it is of sitrep-cli's run, so it is inside the timing on both sides. */
  sqlite3_finalize (insert);
  sqlite3_finalize (index);
  insert = index = NULL;
  if (sqlite3_close (db) != SQLITE_OK)
    goto out;
  db = NULL;
  seconds = bench_now () - start;

out:
  if (seconds < 0 && db != NULL)
    fprintf (stderr, "bench-import: reference failed: %s\n", sqlite3_errmsg (db));
  sqlite3_finalize (insert);
  sqlite3_finalize (index);
  sqlite3_close (db);
  return seconds;
}

/* The same from one JSONL file: the reference reads the file and inserts
 * the texts that the generator wrote into it. */
static double
reference_jsonl (guint       n,
                 guint64     seed,
                 const char *jsonl_path,
                 const char *db_path)
{
  g_autofree char *contents = NULL;
  g_autoptr(BenchCorpus) corpus = bench_corpus_new (seed);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) bench_article_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *insert = NULL;
  sqlite3_stmt *index = NULL;
  double start;
  double seconds = -1;

  /* Decoding JSON is not what is compared: the texts are made beforehand,
   * only reading the file is timed with the inserts. */
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (articles, bench_corpus_next (corpus, 0));

  start = bench_now ();
  if (!g_file_get_contents (jsonl_path, &contents, NULL, NULL))
    return -1;
  g_unlink (db_path);
  if (sqlite3_open (db_path, &db) != SQLITE_OK)
    goto out;
  if (!exec_sql (db, "PRAGMA journal_mode=WAL") ||
      !exec_sql (db, "CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, body TEXT)") ||
      !exec_sql (db, "CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, content='articles', content_rowid='id')") ||
      !exec_sql (db, "BEGIN"))
    goto out;
  if (sqlite3_prepare_v2 (db, "INSERT INTO articles (title, body) VALUES (?, ?)", -1, &insert, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)", -1, &index, NULL) != SQLITE_OK)
    goto out;
  for (guint i = 0; i < articles->len; i++)
    {
      BenchArticle *a = g_ptr_array_index (articles, i);
      gint64 id;

      sqlite3_bind_text (insert, 1, a->title, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 2, a->body, -1, SQLITE_STATIC);
      if (sqlite3_step (insert) != SQLITE_DONE)
        goto out;
      sqlite3_reset (insert);
      id = sqlite3_last_insert_rowid (db);
      sqlite3_bind_int64 (index, 1, id);
      sqlite3_bind_text (index, 2, a->title, -1, SQLITE_STATIC);
      sqlite3_bind_text (index, 3, a->body, -1, SQLITE_STATIC);
      if (sqlite3_step (index) != SQLITE_DONE)
        goto out;
      sqlite3_reset (index);
    }
  if (!exec_sql (db, "COMMIT"))
    goto out;
  /* As above: the close's checkpoint is inside the timing. */
  sqlite3_finalize (insert);
  sqlite3_finalize (index);
  insert = index = NULL;
  if (sqlite3_close (db) != SQLITE_OK)
    goto out;
  db = NULL;
  seconds = bench_now () - start;

out:
  sqlite3_finalize (insert);
  sqlite3_finalize (index);
  sqlite3_close (db);
  return seconds;
}

static void remove_project (const char *path);

/* Where Sitrep's import time goes. */
static gboolean
breakdown (const char *dir,
           GPtrArray  *names,
           const char *workdir)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_import_record_free);
  g_autofree gint64 *results = NULL;
  g_autofree GError **errors = NULL;
  const guint batch = 1000;
  double start;
  double parse_s;

  start = bench_now ();
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GPtrArray) parsed = NULL;
      g_autoptr(GError) error = NULL;

      parsed = sitrep_import_parse_file (file, SITREP_IMPORT_FORMAT_AUTO, NULL, NULL, NULL, &error);
      if (parsed == NULL)
        {
          fprintf (stderr, "bench-import: %s: %s\n", path, error->message);
          return FALSE;
        }
      g_ptr_array_set_free_func (parsed, NULL);
      g_ptr_array_extend_and_steal (records, g_steal_pointer (&parsed));
    }
  parse_s = bench_now () - start;
  bench_result ("import_breakdown_parse_clean_articles_per_s", names->len / parse_s, "articles/s");

  results = g_new0 (gint64, batch);
  errors = g_new0 (GError *, batch);
  for (guint per_transaction = 1; per_transaction <= batch; per_transaction *= batch)
    {
      g_autofree char *path = g_build_filename (workdir, "breakdown.sitrep", NULL);
      g_autoptr(SitrepStore) store = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *name = NULL;

      remove_project (path);
      store = sitrep_store_create (path, &error);
      if (store == NULL)
        {
          fprintf (stderr, "bench-import: %s\n", error->message);
          return FALSE;
        }
      start = bench_now ();
      for (guint i = 0; i < records->len; i += per_transaction)
        {
          guint n = MIN (per_transaction, records->len - i);

          if (!sitrep_store_add_articles (store, (SitrepImportRecord **) records->pdata + i, n,
                                          results, errors, &error))
            {
              fprintf (stderr, "bench-import: %s\n", error->message);
              return FALSE;
            }
          for (guint k = 0; k < n; k++)
            g_clear_error (&errors[k]);
        }
      sitrep_store_close (store);
      name = g_strdup_printf ("import_breakdown_store_%u_per_transaction_articles_per_s", per_transaction);
      bench_result (name, records->len / (bench_now () - start), "articles/s");
      remove_project (path);
    }
  return TRUE;
}

static void
remove_project (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal", ".lock" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *p = g_strconcat (path, suffixes[i], NULL);

      g_unlink (p);
    }
}

/* Times new + import of @import_args (relative to @cwd). Returns FALSE if a
 * run did not import @expected articles. */
static gboolean
time_sitrep (const char  *cli,
             const char  *project,
             const char  *cwd,
             GPtrArray   *import_args,
             guint        runs,
             guint        expected,
             const char  *expect_text,
             const char  *out_path,
             double      *median_seconds,
             long        *peak_rss_kb)
{
  g_autofree double *times = g_new0 (double, runs);

  *peak_rss_kb = 0;
  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();
      char *new_argv[] = { (char *) cli, (char *) "new", (char *) project, NULL };
      RunResult new_result, import_result;
      guint imported;

      remove_project (project);
      g_ptr_array_add (argv, (char *) cli);
      g_ptr_array_add (argv, (char *) "import");
      g_ptr_array_add (argv, (char *) project);
      for (guint i = 0; i < import_args->len; i++)
        g_ptr_array_add (argv, g_ptr_array_index (import_args, i));
      g_ptr_array_add (argv, NULL);

      if (!run_child (new_argv, cwd, NULL, &new_result) || new_result.status != 0)
        {
          fprintf (stderr, "bench-import: `%s new` failed (status %d)\n", cli, new_result.status);
          return FALSE;
        }
      if (!run_child ((char **) argv->pdata, cwd, out_path, &import_result))
        return FALSE;
      imported = count_lines_containing (out_path, expect_text);
      if (import_result.status != 0 || (expected > 0 && imported != expected))
        {
          fprintf (stderr, "bench-import: import exited with %d and reported %u of %u imported; see %s\n",
                   import_result.status, imported, expected, out_path);
          return FALSE;
        }
      times[r] = new_result.seconds + import_result.seconds;
      *peak_rss_kb = MAX (*peak_rss_kb, import_result.max_rss_kb);
      fprintf (stderr, "  sitrep run %u: %.2f s, %ld MB peak\n", r + 1, times[r], import_result.max_rss_kb / 1024);
    }
  *median_seconds = bench_median (times, runs);
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cli = NULL;
  g_autofree char *workdir = NULL;
  g_autofree char *corpus_dir = NULL;
  g_autofree char *jsonl_path = NULL;
  g_autofree char *project = NULL;
  g_autofree char *reference_db = NULL;
  g_autofree char *out_path = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) jsonl_args = g_ptr_array_new ();
  g_autofree double *ref_times = NULL;
  g_autofree double *ref_jsonl_times = NULL;
  int n_articles = 10000;
  int runs = 3;
  gboolean keep = FALSE;
  gboolean skip_jsonl = FALSE;
  gboolean skip_breakdown = FALSE;
  char *dir_option = NULL;
  char *cli_option = NULL;
  double sitrep_s, sitrep_jsonl_s = 0, ref_s, ref_jsonl_s;
  long rss_kb, rss_jsonl_kb = 0;
  double start;
  GOptionEntry entries[] = {
    { "articles", 'n', 0, G_OPTION_ARG_INT, &n_articles, "Number of articles (default 10000)", "N" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Runs of each measurement; the median is reported (default 3)", "R" },
    { "cli", 0, 0, G_OPTION_ARG_FILENAME, &cli_option, "The sitrep-cli to measure", "PATH" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir_option, "Work in this folder (default: a new one in the temp folder)", "DIR" },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the corpus and projects afterwards", NULL },
    { "no-jsonl", 0, 0, G_OPTION_ARG_NONE, &skip_jsonl, "Skip the JSONL measurement", NULL },
    { "no-breakdown", 0, 0, G_OPTION_ARG_NONE, &skip_breakdown, "Skip splitting Sitrep's time in parts", NULL },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, "Import throughput of sitrep-cli against a bare SQLite + FTS5 insert.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_articles < 1 || runs < 1)
    {
      fprintf (stderr, "bench-import: %s\n", error != NULL ? error->message : "bad arguments");
      return 2;
    }

  cli = g_strdup (cli_option != NULL ? cli_option : SITREP_CLI_PATH);
  if (!g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      fprintf (stderr, "bench-import: %s is not built (ninja -C BUILDDIR src/cli/sitrep-cli)\n", cli);
      return 1;
    }
  if (dir_option != NULL)
    {
      workdir = g_strdup (dir_option);
      g_mkdir_with_parents (workdir, 0755);
    }
  else if ((workdir = g_dir_make_tmp ("sitrep-bench-import-XXXXXX", &error)) == NULL)
    {
      fprintf (stderr, "bench-import: %s\n", error->message);
      return 1;
    }
  corpus_dir = g_build_filename (workdir, "corpus", NULL);
  jsonl_path = g_build_filename (workdir, "corpus.jsonl", NULL);
  project = g_build_filename (workdir, "bench.sitrep", NULL);
  reference_db = g_build_filename (workdir, "reference.db", NULL);
  out_path = g_build_filename (workdir, "import-output.txt", NULL);

  start = bench_now ();
  names = bench_corpus_write_files (n_articles, corpus_dir, BENCH_DEFAULT_SEED, &error);
  if (names == NULL || !bench_corpus_write_jsonl (n_articles, jsonl_path, BENCH_DEFAULT_SEED, &error))
    {
      fprintf (stderr, "bench-import: %s\n", error->message);
      return 1;
    }
  fprintf (stderr, "bench-import: %d articles generated in %s (%.1f s)\n", n_articles, workdir, bench_now () - start);

  /* Warm the page cache so neither side pays for the first read. */
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (corpus_dir, g_ptr_array_index (names, i), NULL);
      g_autofree char *text = NULL;

      g_file_get_contents (path, &text, NULL, NULL);
    }

  ref_times = g_new0 (double, runs);
  for (int r = 0; r < runs; r++)
    {
      ref_times[r] = reference_files (corpus_dir, names, reference_db, ONE_TRANSACTION);
      if (ref_times[r] < 0)
        return 1;
      fprintf (stderr, "  reference run %d: %.2f s\n", r + 1, ref_times[r]);
    }
  ref_s = bench_median (ref_times, runs);

  if (!time_sitrep (cli, project, corpus_dir, names, runs, n_articles, ": imported as id ",
                    out_path, &sitrep_s, &rss_kb))
    return 1;

  bench_result ("import_articles", n_articles, "articles");
  bench_result ("import_sitrep_seconds", sitrep_s, "s");
  bench_result ("import_sitrep_articles_per_s", n_articles / sitrep_s, "articles/s");
  bench_result ("import_sitrep_peak_rss", rss_kb / 1024.0, "MB");
  bench_result ("import_sqlite_reference_seconds", ref_s, "s");
  bench_result ("import_sqlite_reference_articles_per_s", n_articles / ref_s, "articles/s");
  bench_result ("import_ratio", ref_s / sitrep_s, "ratio");

  if (!skip_jsonl)
    {
      g_autofree char *expect = g_strdup_printf (": imported %d articles", n_articles);

      g_ptr_array_add (jsonl_args, jsonl_path);
      ref_jsonl_times = g_new0 (double, runs);
      for (int r = 0; r < runs; r++)
        {
          ref_jsonl_times[r] = reference_jsonl (n_articles, BENCH_DEFAULT_SEED, jsonl_path, reference_db);
          if (ref_jsonl_times[r] < 0)
            return 1;
        }
      ref_jsonl_s = bench_median (ref_jsonl_times, runs);
      if (!time_sitrep (cli, project, workdir, jsonl_args, runs, 1, expect,
                        out_path, &sitrep_jsonl_s, &rss_jsonl_kb))
        return 1;
      bench_result ("import_jsonl_sitrep_articles_per_s", n_articles / sitrep_jsonl_s, "articles/s");
      bench_result ("import_jsonl_sitrep_peak_rss", rss_jsonl_kb / 1024.0, "MB");
      bench_result ("import_jsonl_sqlite_reference_articles_per_s", n_articles / ref_jsonl_s, "articles/s");
      bench_result ("import_jsonl_ratio", ref_jsonl_s / sitrep_jsonl_s, "ratio");
    }

  if (!skip_breakdown)
    {
      static const struct { Grouping grouping; const char *name; } variants[] = {
        { SAVEPOINT_PER_ROW, "import_sqlite_savepoint_per_row_articles_per_s" },
        { COMMIT_PER_ROW, "import_sqlite_commit_per_row_articles_per_s" },
      };

      for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
        {
          g_autofree double *times = g_new0 (double, runs);

          for (int r = 0; r < runs; r++)
            if ((times[r] = reference_files (corpus_dir, names, reference_db, variants[v].grouping)) < 0)
              return 1;
          bench_result (variants[v].name, n_articles / bench_median (times, runs), "articles/s");
        }
      if (!breakdown (corpus_dir, names, workdir))
        return 1;
    }

  if (!keep)
    bench_rm_rf (workdir);
  else
    fprintf (stderr, "bench-import: kept %s\n", workdir);

  g_free (dir_option);
  g_free (cli_option);
  return 0;
}

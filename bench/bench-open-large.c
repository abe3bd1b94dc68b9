/* bench-open-large.c — opening and searching a project of 100,000 articles
 *
 * Builds a project of N generated ~3 KB articles through the core API
 * (sitrep_store_add_articles in batches), then measures in fresh processes
 * what a user waits for when the window opens it:
 *  - time from sitrep_store_open () to the first page of a SitrepArticleList
 *    (the first 50 items made with g_list_model_get_item ()), target < 0.5 s;
 *  - peak RSS of that process, target < 200 MB;
 *  - ranked search with snippets (sitrep_store_search, limit 20) over 20
 *    queries, median, target < 50 ms;
 * and prints one `name value unit` line per figure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sitrep-bench"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "bench-corpus.h"
#include "sitrep-article-list.h"
#include "sitrep-store.h"
#include "sitrep-articles-private.h"

#define FIRST_PAGE 50
#define SEARCH_LIMIT 20
#define BATCH 1000

/* What a user of this corpus would type: place names (common and rare),
 * two-word queries, phrases, prefixes, and words in few articles. */
static const char *queries[] = {
  "Idlib",
  "Deir ez-Zor",
  "Daraa",
  "Jasim",
  "Palmyra",
  "Tell Rifaat",
  "Baghuz",
  "car bomb",
  "drone strike Idlib",
  "\"barrel bomb\"",
  "ceasefire collapsed",
  "Yegorov",
  "Hayat Tahrir al-Sham",
  "hospital wounded critical",
  "displaced villages",
  "SOHR death toll",
  "checkpoint ambush",
  "Qamishli",
  "grain silo",
  "convoy medicine",
};

static long
peak_rss_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static int
build_project (const char *path,
               guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(BenchCorpus) corpus = bench_corpus_new (BENCH_DEFAULT_SEED);
  g_autofree gint64 *results = g_new0 (gint64, BATCH);
  g_autofree GError **errors = g_new0 (GError *, BATCH);
  double start = bench_now ();
  guint done = 0;

  store = sitrep_store_create (path, &error);
  if (store == NULL)
    {
      fprintf (stderr, "bench-open-large: %s\n", error->message);
      return 1;
    }

  while (done < n)
    {
      g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_import_record_free);
      guint batch = MIN (BATCH, n - done);

      for (guint i = 0; i < batch; i++)
        {
          g_autoptr(BenchArticle) article = bench_corpus_next (corpus, 0);
          SitrepImportRecord *record = sitrep_import_record_new ();

          record->title = g_strdup (article->title);
          record->body = g_strdup (article->body);
          record->original = g_bytes_new (article->text, strlen (article->text));
          record->original_name = g_strdup_printf ("article-%06u.txt", done + i + 1);
          record->original_type = g_strdup ("text/plain");
          record->original_encoding = g_strdup ("UTF-8");
          record->url = g_strdup (article->url);
          record->source = g_strdup (article->source);
          record->published = g_strdup (article->published);
          record->published_precision = SITREP_DATE_PRECISION_DAY;
          record->language = g_strdup ("en");
          g_ptr_array_add (records, record);
        }

      memset (errors, 0, sizeof (GError *) * BATCH);
      if (!sitrep_store_add_articles (store, (SitrepImportRecord **) records->pdata, batch,
                                      results, errors, &error))
        {
          fprintf (stderr, "bench-open-large: adding articles: %s\n", error->message);
          return 1;
        }
      for (guint i = 0; i < batch; i++)
        {
          if (results[i] <= 0)
            fprintf (stderr, "bench-open-large: article %u not added: %s\n", done + i + 1,
                     errors[i] != NULL ? errors[i]->message : (results[i] < 0 ? "duplicate" : "?"));
          g_clear_error (&errors[i]);
        }
      done += batch;
      if (done % 10000 == 0)
        fprintf (stderr, "  %u articles (%.0f s)\n", done, bench_now () - start);
    }

  if (sitrep_store_count_articles (store) != n)
    {
      fprintf (stderr, "bench-open-large: the project holds %u articles, not %u\n",
               sitrep_store_count_articles (store), n);
      return 1;
    }
  sitrep_store_close (store);

  bench_result ("open_large_build_seconds", bench_now () - start, "s");
  bench_result ("open_large_build_articles_per_s", n / (bench_now () - start), "articles/s");
  return 0;
}

/* One fresh process: open, first page, searches. Prints raw figures on
 * stdout for the parent: "first_page S", "rss_first_page KB",
 * "search S" (one per query and pass), "rss_end KB", "items N". */
static int
measure (const char *path,
         guint       passes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(SitrepArticleList) list = NULL;
  double start = bench_now ();
  guint n_items;
  gsize title_bytes = 0;

  store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      fprintf (stderr, "bench-open-large: %s\n", error->message);
      return 1;
    }
  list = sitrep_article_list_new (store);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < MIN (FIRST_PAGE, n_items); i++)
    {
      g_autoptr(SitrepArticle) article = g_list_model_get_item (G_LIST_MODEL (list), i);

      /* What a row shows. */
      title_bytes += strlen (sitrep_article_get_title (article) ? sitrep_article_get_title (article) : "");
      title_bytes += strlen (sitrep_article_get_source (article) ? sitrep_article_get_source (article) : "");
    }
  printf ("first_page %f\n", bench_now () - start);
  printf ("rss_first_page %ld\n", peak_rss_kb ());
  printf ("items %u\n", n_items);

  for (guint pass = 0; pass < passes; pass++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      {
        g_autoptr(GPtrArray) hits = NULL;
        double t = bench_now ();

        hits = sitrep_store_search (store, queries[q], SEARCH_LIMIT, &error);
        if (hits == NULL)
          {
            fprintf (stderr, "bench-open-large: search “%s”: %s\n", queries[q], error->message);
            return 1;
          }
        for (guint i = 0; i < hits->len; i++)
          title_bytes += strlen (sitrep_article_get_snippet (g_ptr_array_index (hits, i)) ?: "");
        t = bench_now () - t;
        if (pass == 0)
          {
            /* How many articles match, for the record (not timed). */
            SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;
            g_autoptr(GArray) ids = NULL;

            query.search = queries[q];
            ids = sitrep_store_query_article_ids (store, &query, NULL);
            printf ("search %f %u hits, %u matching: %s\n", t, hits->len, ids != NULL ? ids->len : 0, queries[q]);
          }
        else
          printf ("search %f %u\n", t, hits->len);
      }

  /* The list narrowed by a search, as the sidebar does it. */
  start = bench_now ();
  sitrep_article_list_set_search (list, "Idlib");
  n_items = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < MIN (FIRST_PAGE, n_items); i++)
    {
      g_autoptr(SitrepArticle) article = g_list_model_get_item (G_LIST_MODEL (list), i);

      title_bytes += strlen (sitrep_article_get_title (article) ?: "");
    }
  printf ("list_search_first_page %f %u\n", bench_now () - start, n_items);
  printf ("rss_end %ld\n", peak_rss_kb ());
  printf ("text_bytes %zu\n", title_bytes);
  return 0;
}

static int
run_measurements (const char *self_path,
                  const char *project,
                  guint       runs)
{
  g_autoptr(GArray) first_page = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) searches = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) list_search = g_array_new (FALSE, FALSE, sizeof (double));
  long rss_first_page = 0;
  long rss_end = 0;

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *out = NULL;
      g_auto(GStrv) lines = NULL;
      const char *argv[] = { self_path, "--measure", project, NULL };
      int status;

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                         &out, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        {
          fprintf (stderr, "bench-open-large: measuring failed: %s\n", error->message);
          return 1;
        }
      lines = g_strsplit (out, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          double v;

          if (sscanf (lines[i], "first_page %lf", &v) == 1)
            {
              g_array_append_val (first_page, v);
              fprintf (stderr, "  run %u: first page %.3f s\n", r + 1, v);
            }
          else if (sscanf (lines[i], "search %lf", &v) == 1)
            g_array_append_val (searches, v);
          else if (sscanf (lines[i], "list_search_first_page %lf", &v) == 1)
            g_array_append_val (list_search, v);
          else if (g_str_has_prefix (lines[i], "rss_first_page "))
            rss_first_page = MAX (rss_first_page, atol (lines[i] + 15));
          else if (g_str_has_prefix (lines[i], "rss_end "))
            rss_end = MAX (rss_end, atol (lines[i] + 8));
          if (r == 0 && g_str_has_prefix (lines[i], "search ") && searches->len <= G_N_ELEMENTS (queries))
            fprintf (stderr, "  %s\n", lines[i]);
          else if (r == 0 && g_str_has_prefix (lines[i], "items "))
            fprintf (stderr, "  %s in the list\n", lines[i] + 6);
        }
    }

  bench_result ("open_large_first_page_seconds",
                bench_median ((double *) first_page->data, first_page->len), "s");
  bench_result ("open_large_peak_rss_first_page", rss_first_page / 1024.0, "MB");
  bench_result ("open_large_search_median_ms",
                1000 * bench_median ((double *) searches->data, searches->len), "ms");
  bench_result ("open_large_search_p90_ms",
                1000 * bench_percentile ((double *) searches->data, searches->len, 0.9), "ms");
  bench_result ("open_large_search_max_ms",
                1000 * bench_percentile ((double *) searches->data, searches->len, 1.0), "ms");
  bench_result ("open_large_list_search_first_page_seconds",
                bench_median ((double *) list_search->data, list_search->len), "s");
  bench_result ("open_large_peak_rss_after_searches", rss_end / 1024.0, "MB");
  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *workdir = NULL;
  g_autofree char *project = NULL;
  g_autofree char *self_path = NULL;
  char *measure_path = NULL;
  char *project_option = NULL;
  gboolean reuse = FALSE;
  gboolean keep = FALSE;
  int n_articles = 100000;
  int runs = 5;
  int status;
  GOptionEntry entries[] = {
    { "articles", 'n', 0, G_OPTION_ARG_INT, &n_articles, "Articles in the project (default 100000)", "N" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Fresh processes measured; medians are reported (default 5)", "R" },
    { "project", 0, 0, G_OPTION_ARG_FILENAME, &project_option, "Build (or reuse) the project at this path", "PATH" },
    { "reuse", 0, 0, G_OPTION_ARG_NONE, &reuse, "With --project: reuse it if it exists", NULL },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the generated project", NULL },
    { "measure", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &measure_path, NULL, NULL },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, "Opening, listing and searching a project of 100,000 articles.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_articles < 1 || runs < 1)
    {
      fprintf (stderr, "bench-open-large: %s\n", error != NULL ? error->message : "bad arguments");
      return 2;
    }

  if (measure_path != NULL)
    {
      status = measure (measure_path, 2);
      g_free (measure_path);
      return status;
    }

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  if (self_path == NULL)
    self_path = g_strdup (argv[0]);

  if (project_option != NULL)
    project = g_strdup (project_option);
  else
    {
      workdir = g_dir_make_tmp ("sitrep-bench-open-XXXXXX", &error);
      if (workdir == NULL)
        {
          fprintf (stderr, "bench-open-large: %s\n", error->message);
          return 1;
        }
      project = g_build_filename (workdir, "large.sitrep", NULL);
    }

  if (!(reuse && g_file_test (project, G_FILE_TEST_EXISTS)))
    {
      fprintf (stderr, "bench-open-large: building %d articles in %s\n", n_articles, project);
      g_unlink (project);
      status = build_project (project, n_articles);
      if (status != 0)
        return status;
    }
  bench_result ("open_large_articles", n_articles, "articles");
  {
    GStatBuf st;

    if (g_stat (project, &st) == 0)
      bench_result ("open_large_file_size", st.st_size / (1024.0 * 1024.0), "MB");
  }

  status = run_measurements (self_path, project, runs);

  if (workdir != NULL && !keep)
    bench_rm_rf (workdir);
  else if (keep)
    fprintf (stderr, "bench-open-large: kept %s\n", project);
  g_free (project_option);
  return status;
}

/* bench-search.c — what a search with snippets costs at the query's caps: a pasted paragraph,
 * 32 words, 32 names with 8 other spellings each, against a one-word query and against
 * FTS5's own snippet () (what Sitrep used before) in the same run; CPU seconds, median of 5
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <time.h>

#include "sitrep-store.h"

#define N_ARTICLES 300
#define N_RUNS 5

static const char * const words[] = {
  "killed", "shelling", "market", "town", "people", "residents", "said", "airstrike", "village",
  "wounded", "civilians", "forces", "fighters", "attack", "road", "checkpoint", "hospital", "school",
  "mortar", "drone", "convoy", "clashes", "bridge", "district", "governorate", "morning", "night",
  "reported", "sources", "local", "group", "army",
};

static double
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
sort_runs (double *runs)
{
  for (guint i = 1; i < N_RUNS; i++)
    for (guint j = i; j > 0 && runs[j - 1] > runs[j]; j--)
      {
        double t = runs[j];
        runs[j] = runs[j - 1];
        runs[j - 1] = t;
      }
}

/* The reference: the same search with FTS5's snippet (), as before. */
static double
fts5_snippet_seconds (const char *path,
                      const char *fts,
                      guint      *n_hits)
{
  double runs[N_RUNS];
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT a.id, snippet (articles_fts, -1, '<b>', '</b>', '…', 16)"
                                       " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
                                       " WHERE articles_fts MATCH ?1 ORDER BY rank LIMIT 50", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  for (guint r = 0; r < N_RUNS; r++)
    {
      double t0 = cpu_now ();

      *n_hits = 0;
      sqlite3_bind_text (stmt, 1, fts, -1, SQLITE_STATIC);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        (*n_hits)++;
      sqlite3_reset (stmt);
      runs[r] = cpu_now () - t0;
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  sort_runs (runs);
  return runs[N_RUNS / 2];
}

static double
search_seconds (SitrepStore *store,
                const char  *query,
                guint       *n_hits)
{
  double runs[N_RUNS];

  for (guint r = 0; r < N_RUNS; r++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) hits = NULL;
      double t0 = cpu_now ();

      /* sitrep_store_search () makes a snippet for every hit */
      hits = sitrep_store_search (store, query, 50, &error);
      g_assert_no_error (error);
      runs[r] = cpu_now () - t0;
      *n_hits = hits->len;
    }
  sort_runs (runs);
  return runs[N_RUNS / 2];
}

int
main (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sitrep-bench-search-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.sitrep", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (path, &error);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) words32 = g_string_new (NULL);
  g_autoptr(GString) pasted = g_string_new (NULL);
  GRand *rand = g_rand_new_with_seed (7);
  struct { const char *name; const char *query; } cases[4];
  double reference;
  struct rusage usage;
  guint n;

  g_assert_no_error (error);
  for (guint e = 0; e < G_N_ELEMENTS (words); e++)
    {
      g_autofree char *name = g_strdup_printf ("Qaryat%c%c", 'A' + e / 26, 'a' + e % 26);
      gint64 id = sitrep_store_add_entity (store, "place", name, &error);

      g_assert_no_error (error);
      for (guint a = 0; a < 8; a++)
        {
          g_autofree char *alias = g_strdup_printf ("Tal %s %u", name, a);
          g_assert_true (sitrep_store_add_alias (store, id, alias, &error));
        }
      g_string_append_printf (names, "%s ", name);
      g_string_append_printf (words32, "%s ", words[e]);
    }
  for (guint i = 0; i < N_ARTICLES; i++)
    {
      g_autoptr(GString) body = g_string_new (NULL);
      SitrepImportRecord record = { 0 };
      g_autofree char *title = g_strdup_printf ("Report %u", i);
      gint64 dup = 0;

      for (guint w = 0; w < 1500; w++)
        {
          guint k = g_rand_int_range (rand, 0, G_N_ELEMENTS (words));

          if (w % 40 == 0)
            g_string_append_printf (body, "Tal QaryatA%c %u ", 'a' + k % 26, k % 8);
          g_string_append_printf (body, "%s%s", words[k], w % 15 == 14 ? ". " : " ");
        }
      record.title = title;
      record.body = body->str;
      g_assert_cmpint (sitrep_store_add_article (store, &record, &dup, &error), >, 0);
    }
  while (pasted->len < 100 * 1024)
    g_string_append_printf (pasted, "%s ", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
  g_rand_free (rand);

  cases[0].name = "search_32_words";
  cases[0].query = words32->str;
  cases[1].name = "search_32_names_8_spellings";
  cases[1].query = names->str;
  cases[2].name = "search_pasted_100kb";
  cases[2].query = pasted->str;
  cases[3].name = "search_1000_words";
  {
    g_autoptr(GString) q = g_string_new (NULL);
    for (guint i = 0; i < 1000; i++)
      g_string_append_printf (q, "w%u ", i);
    cases[3].query = g_string_free (g_steal_pointer (&q), FALSE);
  }

  {
    g_autoptr(GString) fts = g_string_new (NULL);
    double t;

    for (guint e = 0; e < G_N_ELEMENTS (words); e++)
      g_string_append_printf (fts, "%s\"%s\"%s", e > 0 ? " AND " : "", words[e],
                              e + 1 == G_N_ELEMENTS (words) ? "*" : "");
    t = fts5_snippet_seconds (path, "\"killed\"*", &n);
    printf ("search_1_word_fts5_snippet %.4f s (%u hits)\n", t, n);
    t = fts5_snippet_seconds (path, fts->str, &n);
    printf ("search_32_words_fts5_snippet %.4f s (%u hits)\n", t, n);
  }
  reference = search_seconds (store, "killed", &n);
  printf ("search_1_word %.4f s (%u hits; the reference)\n", reference, n);
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      double t = search_seconds (store, cases[c].query, &n);

      printf ("%s %.4f s (%u hits) ratio %.1f\n", cases[c].name, t, n, t / reference);
    }
  getrusage (RUSAGE_SELF, &usage);
  printf ("search_peak_rss %ld MB\n", usage.ru_maxrss / 1024);

  g_free ((char *) cases[3].query);
  g_clear_object (&store);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
  return 0;
}

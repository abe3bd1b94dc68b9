/* bench-suggest-save.c — how long a Suggest run's save takes on a 1 MB article: the first save, and a save again of the same suggestions (Suggest pressed again)
 *
 * A project with one generated 1 MB article (bench-corpus); the
 * suggester's result saved first into an empty table, then the same
 * result saved again (a repeat press on an unchanged article), then a
 * result of the text with its first paragraph changed. Each: wall time
 * and the thread's CPU time (steadier on a shared machine), median of
 * BENCH_SUGGEST_RUNS (5). One line per figure: name value unit.
 * Also the save again as the window makes it (a repeat press): told to
 * hand over the rows of the text's first screen (HANDOVER_CHARS) before
 * the others: the time to that first hand-over, which a repeat press
 * waits for before it can show anything, and to the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib/gstdio.h>

#include "bench-corpus.h"
#include "sitrep-import-record.h"
#include "sitrep-store.h"
#include "sitrep-suggest.h"
#include "sitrep-store-suggestions.h"

#define MAX_RUNS 9
#define RUNS ((guint) (g_getenv ("BENCH_SUGGEST_RUNS") ? CLAMP (atoi (g_getenv ("BENCH_SUGGEST_RUNS")), 1, MAX_RUNS) : 5))

/* The first screen of the text, as the window asks for it (characters). */
#define HANDOVER_CHARS 4000

typedef struct
{
  double wall0, cpu0;  /* at the save's start */
  double part_wall, part_cpu;  /* at the first hand-over, ms since */
  gboolean told;
} Told;

static void
on_listed (GPtrArray *listed,
           gboolean   complete,
           gpointer   data)
{
  Told *t = data;

  if (!t->told)
    {
      t->part_wall = g_get_monotonic_time () / 1000.0 - t->wall0;
      t->part_cpu = bench_thread_cpu_ms () - t->cpu0;
      t->told = TRUE;
    }
  g_ptr_array_unref (listed);
}

/* Saves @result for @article as a repeat press in the window does; the
 * time to the first hand-over in @part_wall and @part_cpu, the whole in
 * @wall and @cpu (ms). */
static void
timed_save_told (SitrepStore               *store,
                 gint64                     article,
                 const SitrepSuggestResult *result,
                 double                    *part_wall,
                 double                    *part_cpu,
                 double                    *wall,
                 double                    *cpu)
{
  g_autoptr(GError) error = NULL;
  Told t = { g_get_monotonic_time () / 1000.0, bench_thread_cpu_ms (), 0, 0, FALSE };
  SitrepSuggestionsHandover handover = { on_listed, &t, 0, HANDOVER_CHARS };
  guint n = 0;

  if (!sitrep_store_save_suggestions_full (store, article, result, &n, &handover, &error))
    g_error ("%s", error->message);
  *wall = g_get_monotonic_time () / 1000.0 - t.wall0;
  *cpu = bench_thread_cpu_ms () - t.cpu0;
  *part_wall = t.part_wall;
  *part_cpu = t.part_cpu;
}

/* Saves @result for @article; its wall and CPU time in ms. */
static void
timed_save (SitrepStore               *store,
            gint64                     article,
            const SitrepSuggestResult *result,
            double                    *wall,
            double                    *cpu)
{
  g_autoptr(GError) error = NULL;
  gint64 t0 = g_get_monotonic_time ();
  double c0 = bench_thread_cpu_ms ();
  guint n = 0;

  if (!sitrep_store_save_suggestions (store, article, result, &n, &error))
    g_error ("%s", error->message);
  *wall = (g_get_monotonic_time () - t0) / 1000.0;
  *cpu = bench_thread_cpu_ms () - c0;
}

int
main (int    argc,
      char **argv)
{
  BenchCorpus *corpus = bench_corpus_new (11);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *edited = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(SitrepSuggester) suggester = NULL;
  SitrepSuggestResult *result, *changed;
  double first_w[MAX_RUNS], first_c[MAX_RUNS], again_w[MAX_RUNS], again_c[MAX_RUNS];
  double edit_w[MAX_RUNS], edit_c[MAX_RUNS];
  double told_w[MAX_RUNS], told_c[MAX_RUNS], part_w[MAX_RUNS], part_c[MAX_RUNS], back_w, back_c;
  gint64 article;
  const char *para;

  while (text->len < 1024 * 1024)
    {
      BenchArticle *a = bench_corpus_next (corpus, 0);

      g_string_append (text, a->body);
      g_string_append (text, "\n\n");
      bench_article_free (a);
    }
  bench_corpus_free (corpus);
  /* The same text but its first paragraph: the same length, other words. */
  edited = g_strdup (text->str);
  para = strstr (edited, "\n\n");
  for (char *p = edited; p < para; p++)
    if (g_ascii_isalpha (*p))
      *p = 'x';

  dir = g_dir_make_tmp ("bench-suggest-save-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.sitrep", NULL);
  store = sitrep_store_create (path, &error);
  g_assert_no_error (error);
  suggester = sitrep_suggester_new (store, &error);
  g_assert_no_error (error);
  result = sitrep_suggester_run (suggester, text->str, "2022-10-19", SITREP_DATE_PRECISION_DAY, NULL);
  changed = sitrep_suggester_run (suggester, edited, "2022-10-19", SITREP_DATE_PRECISION_DAY, NULL);

  for (guint r = 0; r < RUNS; r++)
    {
      SitrepImportRecord *record = sitrep_import_record_new ();

      /* A new article each round: its first save is into no rows. */
      record->title = g_strdup ("A long report");
      /* Its own last words: the project takes no article twice. */
      record->body = g_strdup_printf ("%s\n\nRound %u.", text->str, r);
      record->published = g_strdup ("2022-10-19");
      record->original_name = g_strdup_printf ("long-%u.txt", r);
      record->original_type = g_strdup ("text/plain");
      article = sitrep_store_add_article (store, record, NULL, &error);
      g_assert_no_error (error);
      sitrep_import_record_free (record);
      timed_save (store, article, result, &first_w[r], &first_c[r]);
      timed_save (store, article, result, &again_w[r], &again_c[r]);
      timed_save (store, article, changed, &edit_w[r], &edit_c[r]);
      /* Back to the first result's rows, then that again as the window saves it. */
      timed_save (store, article, result, &back_w, &back_c);
      timed_save_told (store, article, result, &part_w[r], &part_c[r], &told_w[r], &told_c[r]);
    }
  printf ("suggest-save-article %.2f MB (%u suggestions)\n", text->len / (1024.0 * 1024.0), result->suggestions->len);
  printf ("suggest-save-first %.0f ms (%.0f ms CPU)\n", bench_median (first_w, RUNS), bench_median (first_c, RUNS));
  printf ("suggest-save-again-unchanged %.0f ms (%.0f ms CPU)\n", bench_median (again_w, RUNS), bench_median (again_c, RUNS));
  printf ("suggest-save-again-first-paragraph-changed %.0f ms (%.0f ms CPU)\n", bench_median (edit_w, RUNS), bench_median (edit_c, RUNS));
  printf ("suggest-save-again-told-first-part %.1f ms (%.1f ms CPU) (the window's repeat press: its first %u characters' rows handed over)\n",
          bench_median (part_w, RUNS), bench_median (part_c, RUNS), HANDOVER_CHARS);
  printf ("suggest-save-again-told %.0f ms (%.0f ms CPU)\n", bench_median (told_w, RUNS), bench_median (told_c, RUNS));
  sitrep_suggest_result_free (result);
  sitrep_suggest_result_free (changed);
  g_clear_object (&store);
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}

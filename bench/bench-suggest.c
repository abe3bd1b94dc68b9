/* bench-suggest.c — how fast Suggest reads text, against a plain UTF-8 word scan of the same text
 *
 * Measures, on generated news-like articles (bench-corpus):
 *   - the suggester over ~3 KB articles, MB/s, and a plain word scan of the
 *     same bytes in the same run (the ratio is what to compare over time);
 *   - one 1 MB article, in ms (the reader's Suggest on a long text);
 *   - making a suggester (no gazetteer read) and its first run (the
 *     gazetteer's index read then, not at start-up).
 * Median of 5 runs each. One line per figure: name value unit. The -cpu
 * figures are the thread's CPU time, steadier than wall time on a shared
 * machine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench-corpus.h"
#include "sitrep-suggest.h"

#define MAX_RUNS 5
/* BENCH_SUGGEST_RUNS=1 for a profile under callgrind. */
#define RUNS ((guint) (g_getenv ("BENCH_SUGGEST_RUNS") ? CLAMP (atoi (g_getenv ("BENCH_SUGGEST_RUNS")), 1, MAX_RUNS) : MAX_RUNS))
#define CORPUS_BYTES ((gsize) g_ascii_strtoull (g_getenv ("BENCH_SUGGEST_MB") ? g_getenv ("BENCH_SUGGEST_MB") : "8", NULL, 10) * 1024 * 1024)

/* BENCH_SUGGEST_DUMP=FILE writes every suggestion of one pass, so two
 * builds can be compared for identical output (speed work must not change
 * what is proposed). */
static void
dump_result (FILE                      *out,
             guint                      article,
             const SitrepSuggestResult *result)
{
  for (guint i = 0; out != NULL && i < result->suggestions->len; i++)
    {
      const SitrepSuggestion *s = result->suggestions->pdata[i];
      g_autofree char *attributes = sitrep_suggestion_to_attributes (s);

      fprintf (out, "%u %s %u %u %.5f %.5f %d %.3f %s %d %s\n", article, sitrep_suggest_kind_to_string (s->kind),
               s->start, s->end, s->latitude, s->longitude, s->doubtful, s->score,
               s->entity_name != NULL ? s->entity_name : "-", s->incident,
               attributes != NULL ? attributes : "-");
    }
}

/* The reference: every word of the text found, as any tokenizer must. */
static guint64
word_scan (const char *text)
{
  guint64 words = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean alnum = g_unichar_isalnum (c);

      if (alnum && !in_word)
        words++;
      in_word = alnum;
    }
  return words;
}

/* One pass of the suggester over @articles; the suggestions made. Its own
 * function, so that a profile can collect it alone
 * (valgrind --tool=callgrind --collect-atstart=no --toggle-collect=suggest_pass). */
static G_GNUC_NO_INLINE guint64
suggest_pass (SitrepSuggester *suggester,
              GPtrArray       *articles,
              FILE            *dump)
{
  guint64 n_suggestions = 0;

  for (guint i = 0; i < articles->len; i++)
    {
      SitrepSuggestResult *result = sitrep_suggester_run (suggester, articles->pdata[i], "2022-10-19",
                                                          SITREP_DATE_PRECISION_DAY, NULL);
      n_suggestions += result->suggestions->len;
      dump_result (dump, i, result);
      sitrep_suggest_result_free (result);
    }
  return n_suggestions;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(SitrepSuggester) suggester = NULL;
  BenchCorpus *corpus = bench_corpus_new (11);
  double t_suggest[MAX_RUNS], t_scan[MAX_RUNS], t_long[MAX_RUNS];
  double c_suggest[MAX_RUNS], c_scan[MAX_RUNS], c_long[MAX_RUNS];
  double c0;
  gsize total = 0;
  guint64 n_suggestions = 0, n_words = 0;
  g_autoptr(GString) long_text = g_string_new (NULL);
  gint64 t0;
  double t_new, t_first;
  FILE *dump = g_getenv ("BENCH_SUGGEST_DUMP") != NULL ? fopen (g_getenv ("BENCH_SUGGEST_DUMP"), "w") : NULL;

  while (total < CORPUS_BYTES)
    {
      BenchArticle *a = bench_corpus_next (corpus, 0);

      total += strlen (a->body);
      g_ptr_array_add (articles, g_strdup (a->body));
      bench_article_free (a);
    }
  while (long_text->len < (g_getenv ("BENCH_SUGGEST_LONG_KB") ? g_ascii_strtoull (g_getenv ("BENCH_SUGGEST_LONG_KB"), NULL, 10) : 1024) * 1024)
    {
      BenchArticle *a = bench_corpus_next (corpus, 0);

      g_string_append (long_text, a->body);
      g_string_append (long_text, "\n\n");
      bench_article_free (a);
    }
  bench_corpus_free (corpus);

  t0 = g_get_monotonic_time ();
  suggester = sitrep_suggester_new (NULL, NULL);
  t_new = (g_get_monotonic_time () - t0) / 1000.0;
  t0 = g_get_monotonic_time ();
  sitrep_suggest_result_free (sitrep_suggester_run (suggester, articles->pdata[0], "2022-10-19",
                                                    SITREP_DATE_PRECISION_DAY, NULL));
  t_first = (g_get_monotonic_time () - t0) / 1000.0;

  for (guint r = 0; r < RUNS; r++)
    {
      n_words = 0;
      t0 = g_get_monotonic_time ();
      c0 = bench_thread_cpu_ms ();
      for (guint i = 0; i < articles->len; i++)
        n_words += word_scan (articles->pdata[i]);
      t_scan[r] = (g_get_monotonic_time () - t0) / 1e6;
      c_scan[r] = (bench_thread_cpu_ms () - c0) / 1000;

      t0 = g_get_monotonic_time ();
      c0 = bench_thread_cpu_ms ();
      n_suggestions = suggest_pass (suggester, articles, r == 0 ? dump : NULL);
      t_suggest[r] = (g_get_monotonic_time () - t0) / 1e6;
      c_suggest[r] = (bench_thread_cpu_ms () - c0) / 1000;

      t0 = g_get_monotonic_time ();
      c0 = bench_thread_cpu_ms ();
      {
        SitrepSuggestResult *result = sitrep_suggester_run (suggester, long_text->str, "2022-10-19",
                                                            SITREP_DATE_PRECISION_DAY, NULL);

        t_long[r] = (g_get_monotonic_time () - t0) / 1000.0;
        c_long[r] = bench_thread_cpu_ms () - c0;
        if (r == 0)
          dump_result (dump, G_MAXUINT, result);
        sitrep_suggest_result_free (result);
      }
    }

  {
    double mb = total / (1024.0 * 1024.0);
    double suggest = mb / bench_median (t_suggest, RUNS);
    double scan = mb / bench_median (t_scan, RUNS);

    printf ("suggest-corpus %.1f MB (%u articles, %" G_GUINT64_FORMAT " words, %" G_GUINT64_FORMAT " suggestions)\n",
            mb, articles->len, n_words, n_suggestions);
    printf ("suggest-throughput %.1f MB/s\n", suggest);
    printf ("word-scan-throughput %.1f MB/s\n", scan);
    printf ("suggest-vs-word-scan %.2f ratio\n", suggest / scan);
    printf ("suggest-1mb-article %.0f ms\n", bench_median (t_long, RUNS));
    printf ("suggest-cpu-throughput %.2f MB/s\n", mb / bench_median (c_suggest, RUNS));
    printf ("word-scan-cpu-throughput %.2f MB/s\n", mb / bench_median (c_scan, RUNS));
    printf ("suggest-vs-word-scan-cpu %.3f ratio\n", bench_median (c_scan, RUNS) / bench_median (c_suggest, RUNS));
    printf ("suggest-long-article-cpu %.0f ms (%.0f KB)\n", bench_median (c_long, RUNS), long_text->len / 1024.0);
    printf ("suggester-new %.1f ms\n", t_new);
    printf ("suggester-first-run %.1f ms\n", t_first);
  }
  if (dump != NULL)
    fclose (dump);
  return 0;
}

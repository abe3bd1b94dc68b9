/* bench-suggest-gui.c — pressing Suggest on a 1 MB article in the real window, until its suggestions are drawn
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run under Xvfb:
 *   xvfb-run -a -s '-screen 0 1280x800x24' build/bench/bench-suggest-gui
 *
 * A project with one generated article of about 1 MB (BENCH_SUGGEST_LONG_KB
 * to change it), opened in a SitrepWindow. Each run activates reader.suggest
 * (what the button and Shift+Ctrl+S do) and waits until the review says it
 * has finished (suggestions written, read back, listed and tagged in the
 * text) and the next frame is drawn. The first press of a process is
 * reported apart (it may wait for the gazetteer's index), then the median
 * of the others, in wall time and in the process's CPU time (steadier on a
 * shared machine: what the press cost, whoever else ran meanwhile).
 * References in the same run: a frame of the same window with nothing
 * changed, a plain UTF-8 word scan of the text, and the suggester alone on
 * it (sitrep_suggester_run, no store, no view). One line per figure. */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench-corpus.h"
#include "sitrep-reader.h"
#include "sitrep-store.h"
#include "sitrep-suggest.h"
#include "sitrep-suggestion-review.h"
#include "sitrep-window.h"

#define RUNS (g_getenv ("BENCH_SUGGEST_RUNS") ? (guint) atoi (g_getenv ("BENCH_SUGGEST_RUNS")) : 5)

typedef struct
{
  SitrepReader *reader;
  gint64        article;
  guint         n_finished;
  guint         n_suggested;
} Bench;

static gboolean
on_frame (GtkWidget     *widget,
          GdkFrameClock *clock,
          gpointer       data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_frame (GtkWidget *widget)
{
  gboolean done = FALSE;

  gtk_widget_add_tick_callback (widget, on_frame, &done, NULL);
  gtk_widget_queue_draw (widget);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
on_finished (SitrepSuggestionReview *review,
             guint                   n_suggested,
             guint                   n_articles,
             gboolean                cancelled,
             const char             *message,
             Bench                  *b)
{
  if (message != NULL)
    g_error ("Suggest failed: %s", message);
  b->n_suggested = n_suggested;
  b->n_finished++;
}

static gboolean
on_timeout (gpointer data)
{
  g_error ("Timed out waiting for %s", (const char *) data);
  return G_SOURCE_REMOVE;
}

static void
wait_for (gboolean   (*cond) (Bench *b),
          Bench       *b,
          const char  *what)
{
  guint id = g_timeout_add_seconds (120, on_timeout, (gpointer) what);

  while (!cond (b))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (id);
}

static gboolean
has_article (Bench *b)
{
  SitrepArticle *a = sitrep_reader_get_article (b->reader);

  return a != NULL && sitrep_article_get_id (a) == b->article;
}

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* The reference any reader of the text pays: every word found. */
static guint64
word_scan (const char *text)
{
  guint64 words = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean alnum = g_unichar_isalnum (g_utf8_get_char (p));

      words += alnum && !in_word;
      in_word = alnum;
    }
  return words;
}

static guint finished_before;

static gboolean
has_finished (Bench *b)
{
  return b->n_finished > finished_before;
}

/* Press Suggest; the time until the suggestions are drawn, in ms (and the
 * process's CPU time meanwhile in @cpu). */
static double
press (Bench  *b,
       double *cpu)
{
  gint64 t0 = g_get_monotonic_time ();
  double c0 = cpu_ms ();

  finished_before = b->n_finished;
  if (!gtk_widget_activate_action (GTK_WIDGET (b->reader), "reader.suggest", NULL))
    g_error ("reader.suggest is not enabled");
  wait_for (has_finished, b, "Suggest to finish");
  wait_frame (GTK_WIDGET (sitrep_reader_get_text_view (b->reader)));
  *cpu = cpu_ms () - c0;
  return (g_get_monotonic_time () - t0) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(BenchCorpus) corpus = bench_corpus_new (11);
  g_autoptr(SitrepSuggester) suggester = NULL;
  gsize target = (g_getenv ("BENCH_SUGGEST_LONG_KB") ? g_ascii_strtoull (g_getenv ("BENCH_SUGGEST_LONG_KB"), NULL, 10) : 1024) * 1024;
  SitrepImportRecord *record;
  SitrepWindow *window;
  Bench b = { 0 };
  g_autofree double *gui = g_new0 (double, RUNS), *core = g_new0 (double, RUNS);
  g_autofree double *cpu = g_new0 (double, RUNS), *scan = g_new0 (double, RUNS);
  double first, first_cpu, idle[5];
  guint64 words = 0;
  gint64 t0;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
    g_setenv ("GSETTINGS_SCHEMA_DIR", BENCH_SCHEMA_DIR, TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", TRUE);
  gtk_init ();
  adw_init ();

  while (text->len < target)
    {
      g_autoptr(BenchArticle) a = bench_corpus_next (corpus, 0);

      g_string_append (text, a->body);
      g_string_append (text, "\n\n");
    }

  dir = g_dir_make_tmp ("bench-suggest-gui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.sitrep", NULL);
  store = sitrep_store_create (path, &error);
  g_assert_no_error (error);
  record = sitrep_import_record_new ();
  record->title = g_strdup ("A long report");
  record->body = g_strdup (text->str);
  record->published = g_strdup ("2022-10-19");
  record->original_name = g_strdup ("long.txt");
  record->original_type = g_strdup ("text/plain");
  b.article = sitrep_store_add_article (store, record, NULL, &error);
  g_assert_no_error (error);
  sitrep_import_record_free (record);

  t0 = g_get_monotonic_time ();
  window = sitrep_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  sitrep_window_set_store (window, store);
  b.reader = sitrep_window_get_reader (window);
  g_signal_connect (sitrep_reader_get_suggestion_review (b.reader), "finished", G_CALLBACK (on_finished), &b);
  wait_for (has_article, &b, "the article in the reader");
  wait_frame (GTK_WIDGET (b.reader));
  g_print ("suggest-gui-window-with-article %.0f ms\n", (g_get_monotonic_time () - t0) / 1000.0);

  /* A user reads a moment before pressing Suggest. */
  t0 = g_get_monotonic_time ();
  while (g_get_monotonic_time () - t0 < 1000 * 1000)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (5000), TRUE);

  for (guint r = 0; r < G_N_ELEMENTS (idle); r++)
    {
      t0 = g_get_monotonic_time ();
      wait_frame (GTK_WIDGET (sitrep_reader_get_text_view (b.reader)));
      idle[r] = (g_get_monotonic_time () - t0) / 1000.0;
    }

  first = press (&b, &first_cpu);
  for (guint r = 0; r < RUNS; r++)
    gui[r] = press (&b, &cpu[r]);

  suggester = sitrep_suggester_new (NULL, NULL);
  for (guint r = 0; r < RUNS; r++)
    {
      SitrepSuggestResult *result;

      t0 = g_get_monotonic_time ();
      result = sitrep_suggester_run (suggester, text->str, "2022-10-19", SITREP_DATE_PRECISION_DAY, NULL);
      core[r] = (g_get_monotonic_time () - t0) / 1000.0;
      sitrep_suggest_result_free (result);
      t0 = g_get_monotonic_time ();
      words = word_scan (text->str);
      scan[r] = (g_get_monotonic_time () - t0) / 1000.0;
    }

  g_print ("suggest-gui-article %.2f MB (%u suggestions)\n", text->len / (1024.0 * 1024.0), b.n_suggested);
  g_print ("suggest-gui-first-press %.0f ms (%.0f ms CPU)\n", first, first_cpu);
  g_print ("suggest-gui-press-to-drawn %.0f ms\n", bench_median (gui, RUNS));
  g_print ("suggest-gui-press-cpu %.0f ms\n", bench_median (cpu, RUNS));
  g_print ("suggest-gui-frame-unchanged %.1f ms (reference)\n", bench_median (idle, G_N_ELEMENTS (idle)));
  g_print ("suggest-core-same-text %.0f ms (reference)\n", bench_median (core, RUNS));
  g_print ("word-scan-same-text %.1f ms (reference, %" G_GUINT64_FORMAT " words)\n", bench_median (scan, RUNS), words);

  gtk_window_destroy (GTK_WINDOW (window));
  sitrep_store_close (store);
  bench_rm_rf (dir);
  return 0;
}

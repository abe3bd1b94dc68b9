/* bench-suggest-gui.c — pressing Suggest on a 1 MB article in the real window, until its suggestions are drawn
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run under Xvfb:
 *   xvfb-run -a -s '-screen 0 1280x800x24' build/bench/bench-suggest-gui
 *
 * A project with one generated article of about 1 MB (BENCH_SUGGEST_LONG_KB
 * to change it), opened in a SitrepWindow; the bench waits until the text
 * view has laid out the whole text (BENCH_SUGGEST_SETTLE_S at most), as a
 * reader's window has by the time anyone presses Suggest. Each run
 * activates reader.suggest (what the button and Shift+Ctrl+S do) and waits
 * until the review says it has finished and a frame has drawn suggestions
 * in the text and listed them in the panel ("visible"). Meanwhile a tick
 * callback asks for every frame, as an animation would: the longest time
 * between two frames is the longest stall a user sees. The first press of
 * a process is reported apart (it may wait for the gazetteer's index),
 * then the median of the others, in wall time and in the process's CPU
 * time (steadier on a shared machine). Then review by key on the same
 * article: Enter (reader.accept-suggestion) and Delete (reject) until the
 * next is up and drawn, and Tab.
 * References in the same run: the longest stall over the same time with
 * nothing pressed, a plain GtkTextBuffer insert of the same text, a plain
 * UTF-8 word scan of it, and the suggester alone on it
 * (sitrep_suggester_run, no store, no view). One line per figure.
 * Also, from press to visible: the CPU time of each kind of thread (the
 * main one, the workers, the GL renderer's, which under Xvfb is Mesa's
 * llvmpipe drawing the whole window each frame) and the frames drawn;
 * the main thread's CPU time and its longest stretch between two frames
 * (what the window's own work held a frame back, however busy the
 * machine). BENCH_SUGGEST_NO_ANIMATIONS=1: with animations off;
 * BENCH_SUGGEST_BUSY_DELAY_MS: how long a run goes on before it shows its
 * progress (500 ms; longer, on a loaded machine, for a quiet one's frames). */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bench-corpus.h"
#include "sitrep-reader.h"
#include "sitrep-store.h"
#include "sitrep-suggest.h"
#include "sitrep-suggestion-review.h"
#include "sitrep-suggestion-list.h"
#include "sitrep-suggestion-text-view.h"
#include "sitrep-window.h"
#include "sitrep-suggestion-list-private.h"
#include "sitrep-suggestion-review-private.h"
#include "sitrep-suggestion-text-view-private.h"

#define RUNS (g_getenv ("BENCH_SUGGEST_RUNS") ? (guint) atoi (g_getenv ("BENCH_SUGGEST_RUNS")) : 5)

typedef struct
{
  SitrepReader *reader;
  GtkWidget    *text_view;
  GtkListView  *panel_rows;
  gint64        article;
  guint         n_finished;
  guint         n_suggested;
  gboolean      listed;        /* the review's list changed since the press */
  gint64        listed_at;     /* when (monotonic µs) */
  double        listed_cpu;    /* the main thread's CPU time then (ms), the list's own handlers run */
  gint64        last_listed_at; /* the last change that added to it (all of them listed) */
  /* frames watched */
  gint64        last_tick;
  gint64        longest_gap;   /* µs */
  /* the same in the main thread's CPU time: what the window's own work
   * held a frame back, whatever else the machine was doing */
  double        last_tick_cpu;
  double        longest_cpu_gap; /* ms */
  guint         n_painted;     /* frames that drew the window (its clock's "paint") */
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
  /* A run that lists them only at its end: listed now. */
  if (!b->listed)
    {
      b->listed_at = g_get_monotonic_time ();
      b->listed_cpu = bench_thread_cpu_ms ();
    }
  b->listed = TRUE;
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

/* Keeps frames coming and notes the longest time between two. */
static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  Bench *b = data;
  gint64 now = g_get_monotonic_time ();
  double cpu = bench_thread_cpu_ms ();

  if (b->last_tick != 0)
    {
      b->longest_gap = MAX (b->longest_gap, now - b->last_tick);
      b->longest_cpu_gap = MAX (b->longest_cpu_gap, cpu - b->last_tick_cpu);
    }
  b->last_tick = now;
  b->last_tick_cpu = cpu;
  return G_SOURCE_CONTINUE;
}

static guint
watch_frames (Bench *b)
{
  b->last_tick = 0;
  b->longest_gap = 0;
  b->longest_cpu_gap = 0;
  return gtk_widget_add_tick_callback (b->text_view, on_tick, b, NULL);
}

static double
unwatch_frames (Bench *b,
                guint  id)
{
  /* The time since the last frame counts too. */
  b->longest_gap = MAX (b->longest_gap, g_get_monotonic_time () - b->last_tick);
  b->longest_cpu_gap = MAX (b->longest_cpu_gap, bench_thread_cpu_ms () - b->last_tick_cpu);
  gtk_widget_remove_tick_callback (b->text_view, id);
  return b->longest_gap / 1000.0;
}

static void
on_paint (GdkFrameClock *clock,
          Bench         *b)
{
  b->n_painted++;
}

/* A frame has drawn suggestions in the text and the panel lists them. */
static gboolean
suggestions_visible (Bench *b)
{
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (b->panel_rows));

  return sitrep_suggestion_text_view_get_n_drawn (SITREP_SUGGESTION_TEXT_VIEW (b->text_view)) > 0 &&
         row != NULL && gtk_widget_get_mapped (row);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
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

/* The CPU time (ms) of the process's threads so far, by who they are:
 * [0] the main thread, [1] the workers (GTask's "pool"), [2] the GL
 * renderer's (Mesa's "llvmpipe" under Xvfb), [3] the others. From
 * /proc/self/task/<tid>/schedstat (ns), zeros where it is not there. */
enum { BY_MAIN, BY_WORKERS, BY_RENDERER, BY_OTHERS, N_BY };

static void
cpu_by_thread (double out[N_BY])
{
  g_autoptr(GDir) dir = g_dir_open ("/proc/self/task", 0, NULL);
  g_autofree char *self_tid = g_strdup_printf ("%d", (int) getpid ());
  const char *tid;

  memset (out, 0, N_BY * sizeof (double));
  while (dir != NULL && (tid = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *comm_path = g_build_filename ("/proc/self/task", tid, "comm", NULL);
      g_autofree char *stat_path = g_build_filename ("/proc/self/task", tid, "schedstat", NULL);
      g_autofree char *comm = NULL;
      g_autofree char *stat = NULL;
      int by = BY_OTHERS;

      if (!g_file_get_contents (comm_path, &comm, NULL, NULL) || !g_file_get_contents (stat_path, &stat, NULL, NULL))
        continue;
      if (g_str_equal (tid, self_tid))
        by = BY_MAIN;
      else if (g_str_has_prefix (comm, "pool"))
        by = BY_WORKERS;
      else if (g_str_has_prefix (comm, "llvmpipe"))
        by = BY_RENDERER;
      out[by] += g_ascii_strtod (stat, NULL) / 1e6;
    }
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

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Bench      *b)
{
  if (added > 0 && !b->listed)
    {
      b->listed_at = g_get_monotonic_time ();
      b->listed_cpu = bench_thread_cpu_ms ();
    }
  if (added > 0)
    b->last_listed_at = g_get_monotonic_time ();
  b->listed |= added > 0;
}

/* The run has handed over its list, or the part in view and a screen
 * around it (the others come once a frame has drawn it): listed, though
 * the list may not change (Suggest again on an unchanged article lists the
 * same suggestions under the same ids). */
static void
on_progress_notify (SitrepSuggestionReview *review,
                    GParamSpec             *pspec,
                    Bench                  *b)
{
  if (b->listed || !sitrep_suggestion_review_get_running (review) || sitrep_suggestion_review_get_can_cancel (review))
    return;
  b->listed_at = g_get_monotonic_time ();
  b->listed_cpu = bench_thread_cpu_ms ();
  b->listed = TRUE;
}

static gboolean
has_listed (Bench *b)
{
  return b->listed;
}

/* Press Suggest; the time until this run's suggestions are visible, in ms
 * (the process's CPU time until then in @cpu; until the run has ended,
 * its suggestions saved, in @saved, with the longest stall until then in
 * @stall). Visible may come before the end: the window shows them as soon
 * as they are made. */
typedef struct
{
  guint  painted;  /* frames drawn, press to visible */
  guint  painted_saved; /* press to saved */
  double visible;  /* ms of the main thread's CPU, press to visible */
  double listed;   /* of it, press to listed (the hand-over's handlers run) */
  double saved;    /* press to saved */
  double stall;    /* the longest between two frames */
  double by_thread[N_BY]; /* press to visible, each kind of thread's */
} MainCpu;

static double
press (Bench   *b,
       double  *cpu,
       double  *stall,
       double  *saved,
       double  *listed,
       double  *all_listed,
       MainCpu *main_cpu)
{
  gint64 t0 = g_get_monotonic_time ();
  double c0 = cpu_ms (), m0 = bench_thread_cpu_ms (), visible, by0[N_BY];
  guint watch = watch_frames (b);

  cpu_by_thread (by0);
  b->n_painted = 0;
  finished_before = b->n_finished;
  b->listed = FALSE;
  b->last_listed_at = 0;
  if (!gtk_widget_activate_action (GTK_WIDGET (b->reader), "reader.suggest", NULL))
    g_error ("reader.suggest is not enabled");
  /* The frame that starts the run may still show the last run's marks:
   * this run's list first, then a frame drawn after it. */
  wait_for (has_listed, b, "this run's suggestions listed");
  wait_frame (b->text_view);
  wait_for (suggestions_visible, b, "the suggestions drawn and listed");
  visible = (g_get_monotonic_time () - t0) / 1000.0;
  *listed = (b->listed_at - t0) / 1000.0;
  *cpu = cpu_ms () - c0;
  main_cpu->visible = bench_thread_cpu_ms () - m0;
  main_cpu->listed = b->listed_cpu - m0;
  main_cpu->painted = b->n_painted;
  cpu_by_thread (main_cpu->by_thread);
  for (guint i = 0; i < N_BY; i++)
    main_cpu->by_thread[i] -= by0[i];
  wait_for (has_finished, b, "Suggest to finish");
  *saved = (g_get_monotonic_time () - t0) / 1000.0;
  main_cpu->saved = bench_thread_cpu_ms () - m0;
  main_cpu->painted_saved = b->n_painted;
  *stall = unwatch_frames (b, watch);
  main_cpu->stall = b->longest_cpu_gap;
  /* The last hand-over (all of them), or the end of a run that listed none. */
  *all_listed = ((b->last_listed_at != 0 ? b->last_listed_at : b->listed_at) - t0) / 1000.0;
  return visible;
}

/* Scrolling: a wheel's step each frame, as a user reading down the text. */
#define SCROLL_FRAMES 60

typedef struct
{
  double median;   /* ms between frames */
  double longest;
  double cpu;      /* the main thread's CPU a frame, ms */
  double all_cpu;  /* the process's (GL rendering threads too) */
  guint  n;
} ScrollFrames;

typedef struct
{
  Bench         *b;
  GtkAdjustment *adj;
  double         step;
  gboolean       bounce;   /* down and back up: the header stays in view */
  guint          n;
  gint64         last;
  double         gaps[SCROLL_FRAMES];
} Scrolling;

static gboolean
on_scroll_tick (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  Scrolling *s = data;
  gint64 now = g_get_monotonic_time ();

  if (s->last != 0 && s->n < SCROLL_FRAMES)
    s->gaps[s->n++] = (now - s->last) / 1000.0;
  s->last = now;
  gtk_adjustment_set_value (s->adj, gtk_adjustment_get_value (s->adj) + s->step);
  if (s->bounce)
    s->step = -s->step;
  return s->n < SCROLL_FRAMES ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static GtkAdjustment *
vadjustment (Bench *b)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (b->text_view, GTK_TYPE_SCROLLED_WINDOW);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

static void
scroll_to (Bench  *b,
           double  where)
{
  GtkAdjustment *adj = vadjustment (b);

  gtk_adjustment_set_value (adj, (gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj)) * where);
  wait_frame (b->text_view);
  wait_frame (b->text_view);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* SCROLL_FRAMES frames scrolling down by a wheel step (50 px) each, from
 * @where of the text; at the top (0), down and up again, the header in view. */
static void
scroll_frames (Bench        *b,
               double        where,
               ScrollFrames *out)
{
  Scrolling s = { b, vadjustment (b), 50.0, where == 0.0 };
  double c0, p0;
  guint id;

  scroll_to (b, where);
  c0 = bench_thread_cpu_ms ();
  p0 = cpu_ms ();
  id = gtk_widget_add_tick_callback (b->text_view, on_scroll_tick, &s, NULL);
  while (s.n < SCROLL_FRAMES)
    g_main_context_iteration (NULL, TRUE);
  out->cpu = (bench_thread_cpu_ms () - c0) / SCROLL_FRAMES;
  out->all_cpu = (cpu_ms () - p0) / SCROLL_FRAMES;
  (void) id;
  qsort (s.gaps, SCROLL_FRAMES, sizeof (double), compare_double);
  out->median = s.gaps[SCROLL_FRAMES / 2];
  out->longest = s.gaps[SCROLL_FRAMES - 1];
  out->n = SCROLL_FRAMES;
}

static gint64
current_of (Bench *b)
{
  return sitrep_suggestion_review_get_current (sitrep_reader_get_suggestion_review (b->reader));
}

/* One key of review (@action on the current suggestion) until the next is
 * up and a frame has drawn it; in ms, the longest stall in @stall. */
static double
review_key (Bench      *b,
            const char *action,
            double     *stall)
{
  gint64 before = current_of (b), t0 = g_get_monotonic_time ();
  guint watch = watch_frames (b);

  if (g_str_equal (action, "reader.next-suggestion")
        ? !gtk_widget_activate_action (GTK_WIDGET (b->reader), action, NULL)
        : !gtk_widget_activate_action (GTK_WIDGET (b->reader), action, "x", (gint64) 0))
    g_error ("%s is not enabled", action);
  if (current_of (b) == before || current_of (b) == 0)
    g_error ("%s did not bring up the next suggestion", action);
  wait_frame (b->text_view);
  *stall = unwatch_frames (b, watch);
  return (g_get_monotonic_time () - t0) / 1000.0;
}

/* How tall the scrolled page is: the text view's own height when it sits
 * in a viewport, its scroll range when it scrolls itself. */
static double
page_height (Bench *b)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (b->text_view, GTK_TYPE_SCROLLED_WINDOW);

  return gtk_adjustment_get_upper (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)));
}

static gboolean
text_laid_out (Bench *b)
{
  double height = page_height (b);

  /* The text view measures its lines in the background, growing as it
   * goes: laid out when the page has stayed as tall for two seconds. */
  for (gint64 t0 = g_get_monotonic_time (); g_get_monotonic_time () - t0 < 2 * G_USEC_PER_SEC;)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (5000), TRUE);
  return page_height (b) == height;
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
  g_autofree double *stall = g_new0 (double, RUNS), *insert = g_new0 (double, RUNS);
  g_autofree double *accept = g_new0 (double, RUNS), *accept_stall = g_new0 (double, RUNS);
  g_autofree double *reject = g_new0 (double, RUNS), *tab = g_new0 (double, RUNS);
  g_autofree double *saved = g_new0 (double, RUNS), *listed = g_new0 (double, RUNS);
  g_autofree double *all_listed = g_new0 (double, RUNS);
  g_autofree double *main_visible = g_new0 (double, RUNS), *main_saved = g_new0 (double, RUNS);
  g_autofree double *main_stall = g_new0 (double, RUNS), *main_listed = g_new0 (double, RUNS);
  MainCpu first_main;
  g_autofree double *painted = g_new0 (double, RUNS), *painted_saved = g_new0 (double, RUNS);
  double *by_thread[N_BY];
  double idle_cpu_stall;
  g_autoptr(GSettings) settings = NULL;
  double first, first_cpu, first_stall, first_saved, first_listed, first_all, idle_stall, key_stall;
  ScrollFrames top_frames, middle_frames;
  guint settle_s = g_getenv ("BENCH_SUGGEST_SETTLE_S") ? (guint) atoi (g_getenv ("BENCH_SUGGEST_SETTLE_S")) : 120;
  guint64 words = 0;
  gint64 t0;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
    g_setenv ("GSETTINGS_SCHEMA_DIR", BENCH_SCHEMA_DIR, TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", TRUE);
  gtk_init ();
  adw_init ();
  /* A reference: the same with the user's "animations off". */
  if (g_getenv ("BENCH_SUGGEST_NO_ANIMATIONS"))
    g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* A loaded machine's press outlasts the half second after which a run
   * shows its progress (a frame of its own); a longer delay shows what a
   * quiet machine's press draws. */
  if (g_getenv ("BENCH_SUGGEST_BUSY_DELAY_MS"))
    _sitrep_suggestion_review_set_busy_delay ((guint) atoi (g_getenv ("BENCH_SUGGEST_BUSY_DELAY_MS")));
  /* Who accepts, so that Enter is not a question. */
  settings = g_settings_new (APP_ID);
  g_settings_set_string (settings, "annotator-name", "Bench");

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
  b.text_view = GTK_WIDGET (sitrep_reader_get_text_view (b.reader));
  g_signal_connect (sitrep_reader_get_suggestion_review (b.reader), "finished", G_CALLBACK (on_finished), &b);
  g_signal_connect (sitrep_suggestion_review_get_model (sitrep_reader_get_suggestion_review (b.reader)),
                    "items-changed", G_CALLBACK (on_items_changed), &b);
  g_signal_connect (sitrep_reader_get_suggestion_review (b.reader), "notify::progress-text",
                    G_CALLBACK (on_progress_notify), &b);
  wait_for (has_article, &b, "the article in the reader");
  wait_frame (GTK_WIDGET (b.reader));
  g_print ("suggest-gui-window-with-article %.0f ms\n", (g_get_monotonic_time () - t0) / 1000.0);

  b.panel_rows = sitrep_suggestion_list_get_list_view (SITREP_SUGGESTION_LIST (find_widget (GTK_WIDGET (window),
                                                                                         SITREP_TYPE_SUGGESTION_LIST)));

  /* A user reads a while before pressing Suggest: the text is laid out by then. */
  t0 = g_get_monotonic_time ();
  while (!text_laid_out (&b) && g_get_monotonic_time () - t0 < settle_s * G_USEC_PER_SEC)
    ;
  g_print ("suggest-gui-text-laid-out %.0f ms\n", (g_get_monotonic_time () - t0) / 1000.0);

  /* Scrolling the long text, before any suggestion: at its top (the
   * header in view) and in its middle. */
  scroll_frames (&b, 0.0, &top_frames);
  scroll_frames (&b, 0.5, &middle_frames);
  scroll_to (&b, 0.0);

  for (guint i = 0; i < N_BY; i++)
    by_thread[i] = g_new0 (double, RUNS);
  g_signal_connect (gtk_widget_get_frame_clock (b.text_view), "paint", G_CALLBACK (on_paint), &b);
  first = press (&b, &first_cpu, &first_stall, &first_saved, &first_listed, &first_all, &first_main);
  for (guint r = 0; r < RUNS; r++)
    {
      MainCpu m;

      gui[r] = press (&b, &cpu[r], &stall[r], &saved[r], &listed[r], &all_listed[r], &m);
      main_visible[r] = m.visible;
      main_listed[r] = m.listed;
      main_saved[r] = m.saved;
      main_stall[r] = m.stall;
      painted[r] = m.painted;
      painted_saved[r] = m.painted_saved;
      for (guint i = 0; i < N_BY; i++)
        by_thread[i][r] = m.by_thread[i];
    }

  /* The reference stall: as long as a press, nothing pressed. */
  {
    guint watch = watch_frames (&b);

    t0 = g_get_monotonic_time ();
    while (g_get_monotonic_time () - t0 < (gint64) (bench_median (gui, RUNS) * 1000))
      g_main_context_iteration (NULL, TRUE);
    idle_stall = unwatch_frames (&b, watch);
    idle_cpu_stall = b.longest_cpu_gap;
  }

  /* Review by key, on the article's first suggestions. */
  for (guint r = 0; r < RUNS; r++)
    {
      accept[r] = review_key (&b, "reader.accept-suggestion", &accept_stall[r]);
      reject[r] = review_key (&b, "reader.reject-suggestion", &key_stall);
      accept_stall[r] = MAX (accept_stall[r], key_stall);
      tab[r] = review_key (&b, "reader.next-suggestion", &key_stall);
      accept_stall[r] = MAX (accept_stall[r], key_stall);
    }

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
      {
        g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);

        t0 = g_get_monotonic_time ();
        gtk_text_buffer_set_text (buffer, text->str, (int) text->len);
        insert[r] = (g_get_monotonic_time () - t0) / 1000.0;
      }
    }

  g_print ("suggest-gui-article %.2f MB (%u suggestions)\n", text->len / (1024.0 * 1024.0), b.n_suggested);
  g_print ("suggest-gui-first-press %.0f ms (%.0f ms CPU, listed at %.0f ms, saved at %.0f ms, longest stall %.0f ms)\n",
           first, first_cpu, first_listed, first_saved, first_stall);
  g_print ("suggest-gui-first-press-all-listed %.0f ms\n", first_all);
  /* What the first press waited for: the suggester's first run of the
   * process (the workers) and the frames, each the whole window (the GL
   * renderer's). */
  g_print ("suggest-gui-first-press-cpu-by-thread main %.0f ms, workers %.0f ms, GL renderer %.0f ms, others %.0f ms "
           "(%u frames drawn to visible)\n", first_main.by_thread[BY_MAIN], first_main.by_thread[BY_WORKERS],
           first_main.by_thread[BY_RENDERER], first_main.by_thread[BY_OTHERS], first_main.painted);
  g_print ("suggest-gui-press-to-listed %.0f ms (the review has them, before the frame)\n", bench_median (listed, RUNS));
  g_print ("suggest-gui-press-to-all-listed %.0f ms (the last hand-over)\n", bench_median (all_listed, RUNS));
  g_print ("scroll-frames-top median %.1f ms, longest %.1f ms, CPU a frame %.1f ms main thread, %.1f ms process "
           "(%u frames)\n", top_frames.median, top_frames.longest, top_frames.cpu, top_frames.all_cpu, top_frames.n);
  g_print ("scroll-frames-middle median %.1f ms, longest %.1f ms, CPU a frame %.1f ms main thread, %.1f ms process "
           "(%u frames)\n", middle_frames.median, middle_frames.longest, middle_frames.cpu, middle_frames.all_cpu,
           middle_frames.n);
  g_print ("suggest-gui-press-to-visible %.0f ms\n", bench_median (gui, RUNS));
  g_print ("suggest-gui-press-cpu %.0f ms (until visible)\n", bench_median (cpu, RUNS));
  g_print ("suggest-gui-press-to-saved %.0f ms\n", bench_median (saved, RUNS));
  g_print ("suggest-gui-press-longest-stall %.0f ms\n", bench_median (stall, RUNS));
  g_print ("suggest-gui-idle-longest-stall %.0f ms (reference, nothing pressed)\n", idle_stall);
  /* The main thread's own CPU time: what the window does, apart from how
   * busy the machine is (the worker's is not in it). */
  g_print ("suggest-gui-first-press-main-thread %.0f ms CPU to visible, %.0f ms to saved, longest stall %.0f ms CPU\n",
           first_main.visible, first_main.saved, first_main.stall);
  /* Where the first press's one-time costs fall: the hand-over (the
   * list's handlers) or the frames that draw it. */
  g_print ("suggest-gui-first-press-main-thread-split %.0f ms CPU press to listed, %.0f ms listed to visible "
           "(later presses: %.0f / %.0f)\n", first_main.listed, first_main.visible - first_main.listed,
           bench_median (main_listed, RUNS), bench_median (main_visible, RUNS) - bench_median (main_listed, RUNS));
  g_print ("suggest-gui-press-main-thread-cpu %.0f ms to visible, %.0f ms to saved\n",
           bench_median (main_visible, RUNS), bench_median (main_saved, RUNS));
  g_print ("suggest-gui-press-longest-stall-main-thread-cpu %.0f ms (reference, nothing pressed: %.0f ms)\n",
           bench_median (main_stall, RUNS), idle_cpu_stall);
  g_print ("suggest-gui-press-to-visible-cpu-by-thread main %.0f ms, workers %.0f ms, GL renderer %.0f ms, "
           "others %.0f ms\n", bench_median (by_thread[BY_MAIN], RUNS), bench_median (by_thread[BY_WORKERS], RUNS),
           bench_median (by_thread[BY_RENDERER], RUNS), bench_median (by_thread[BY_OTHERS], RUNS));
  g_print ("suggest-gui-press-frames-drawn %.0f to visible, %.0f to saved (each draws the whole window: under Xvfb, "
           "the GL renderer's CPU above)\n", bench_median (painted, RUNS), bench_median (painted_saved, RUNS));
  for (guint i = 0; i < N_BY; i++)
    g_free (by_thread[i]);
  g_print ("suggest-gui-accept-key %.1f ms\n", bench_median (accept, RUNS));
  g_print ("suggest-gui-reject-key %.1f ms\n", bench_median (reject, RUNS));
  g_print ("suggest-gui-tab-key %.1f ms\n", bench_median (tab, RUNS));
  g_print ("suggest-gui-review-longest-stall %.0f ms\n", bench_median (accept_stall, RUNS));
  g_print ("text-buffer-insert-same-text %.0f ms (reference)\n", bench_median (insert, RUNS));
  g_print ("suggest-core-same-text %.0f ms (reference)\n", bench_median (core, RUNS));
  g_print ("word-scan-same-text %.1f ms (reference, %" G_GUINT64_FORMAT " words)\n", bench_median (scan, RUNS), words);

  gtk_window_destroy (GTK_WINDOW (window));
  sitrep_store_close (store);
  bench_rm_rf (dir);
  return 0;
}

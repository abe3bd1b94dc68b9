/* bench-annotate.c — opening a 1 MB article with 10,000 annotations in the real reader, and adding one
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run under Xvfb: xvfb-run -a bench-annotate [N_ANNOTATIONS]. Prints one
 * `name value unit` line per figure (median of the runs). */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sitrep-reader.h"
#include "sitrep-store.h"
#include "sitrep-reader-test-private.h"

#define OPEN_RUNS 7
#define ADD_RUNS 25

static const char *words[] = {
  "forces", "shelled", "the", "village", "near", "Daraa", "on", "Saturday", "and", "at",
  "least", "20", "fighters", "were", "killed", "according", "to", "local", "sources", "said",
  "Jasim", "militia", "convoy", "reached", "Deir", "ez-Zor", "province", "after", "clashes", "with",
};

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
on_frame (GtkWidget     *widget,
          GdkFrameClock *clock,
          gpointer       data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Waits for the next frame the widget draws. */
static void
wait_frame (GtkWidget *widget)
{
  gboolean done = FALSE;

  gtk_widget_add_tick_callback (widget, on_frame, &done, NULL);
  gtk_widget_queue_draw (widget);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(SitrepArticle) article = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GArray) open_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) open_frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) add_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) store_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  SitrepImportRecord *record;
  GtkWidget *window;
  SitrepReader *reader;
  GtkTextBuffer *buffer;
  guint n_annotations = argc > 1 ? (guint) atoi (argv[1]) : 10000;
  guint n_chars = 0;
  gint64 article_id;
  gint64 t0;
  GRand *rand = g_rand_new_with_seed (42);

  gtk_init ();
  adw_init ();

  dir = g_dir_make_tmp ("bench-annotate-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.sitrep", NULL);
  store = sitrep_store_create (path, &error);
  g_assert_no_error (error);

  /* 1 MB of prose in paragraphs; word starts remembered for spans. */
  while (body->len < 1024 * 1024)
    {
      for (guint i = 0; i < 60; i++)
        {
          const char *w = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

          g_array_append_val (starts, n_chars);
          g_string_append (body, w);
          g_string_append_c (body, ' ');
          n_chars += strlen (w) + 1;
        }
      g_string_append (body, "\n\n");
      n_chars += 2;
    }

  record = sitrep_import_record_new ();
  record->title = g_strdup ("Benchmark article");
  record->body = g_strdup (body->str);
  record->original_name = g_strdup ("bench.txt");
  record->original_type = g_strdup ("text/plain");
  article_id = sitrep_store_add_article (store, record, NULL, &error);
  g_assert_no_error (error);
  sitrep_import_record_free (record);

  labels = sitrep_store_list_labels (store, &error);
  g_assert_no_error (error);

  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < n_annotations; i++)
    {
      guint w = (guint) ((guint64) i * starts->len / n_annotations);
      guint start = g_array_index (starts, guint, w);
      guint end = w + 2 < starts->len ? g_array_index (starts, guint, w + 2) - 1 : start + 3;
      SitrepLabel *label = g_ptr_array_index (labels, i % labels->len);

      /* Every fifth span nests inside a longer one. */
      if (i % 5 == 4)
        end = start + 3;
      if (sitrep_store_add_annotation (store, article_id, sitrep_label_get_id (label), start, end,
                                       0, 0, NULL, &error) == 0)
        g_error ("add: %s", error->message);
    }
  g_printerr ("# made %u annotations in %.1f s\n", n_annotations,
              (g_get_monotonic_time () - t0) / 1e6);

  article = sitrep_store_get_article (store, article_id, &error);
  g_assert_no_error (error);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  reader = SITREP_READER (sitrep_reader_new ());
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (reader));
  gtk_window_present (GTK_WINDOW (window));
  wait_frame (GTK_WIDGET (reader));
  buffer = gtk_text_view_get_buffer (sitrep_reader_get_text_view (reader));

  for (guint run = 0; run < OPEN_RUNS; run++)
    {
      double ms, frame_ms;

      sitrep_reader_set_article (reader, NULL, NULL);
      wait_frame (GTK_WIDGET (reader));
      drain ();

      t0 = g_get_monotonic_time ();
      sitrep_reader_set_article (reader, store, article);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      wait_frame (GTK_WIDGET (reader));
      frame_ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_assert_cmpuint (sitrep_reader_count_annotations (reader), ==, n_annotations);
      g_array_append_val (open_ms, ms);
      g_array_append_val (open_frame_ms, frame_ms);
    }

  for (guint run = 0; run < ADD_RUNS; run++)
    {
      guint w = g_rand_int_range (rand, 0, starts->len - 1);
      guint start = g_array_index (starts, guint, w);
      GtkTextIter a, b;
      double ms;

      gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) start);
      gtk_text_buffer_get_iter_at_offset (buffer, &b, (int) start + 4);
      gtk_text_buffer_select_range (buffer, &a, &b);

      t0 = g_get_monotonic_time ();
      if (sitrep_reader_apply_label (reader, sitrep_label_get_id (g_ptr_array_index (labels, run % labels->len)),
                                     &error) == 0)
        g_error ("label: %s", error ? error->message : "nothing labelled");
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (add_ms, ms);
      wait_frame (GTK_WIDGET (reader));
      drain ();
    }

  /* The reference: the store's own commit of one span, without any view. */
  for (guint run = 0; run < ADD_RUNS; run++)
    {
      guint w = g_rand_int_range (rand, 0, starts->len - 1);
      guint start = g_array_index (starts, guint, w);
      double ms;

      t0 = g_get_monotonic_time ();
      if (sitrep_store_add_annotation (store, article_id, sitrep_label_get_id (g_ptr_array_index (labels, 0)),
                                       start, start + 4, 0, 0, NULL, &error) == 0)
        g_error ("add: %s", error->message);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (store_ms, ms);
    }

  g_print ("annotate-open-1mb-%uk %.1f ms\n", n_annotations / 1000, median (open_ms));
  g_print ("annotate-open-1mb-%uk-first-frame %.1f ms\n", n_annotations / 1000, median (open_frame_ms));
  g_print ("annotate-add-one %.2f ms\n", median (add_ms));
  g_print ("annotate-add-one-store-only %.2f ms\n", median (store_ms));
  g_print ("annotate-add-one-view-share %.2f ms\n", median (add_ms) - median (store_ms));
  g_print ("annotate-label-tags %u tags\n", sitrep_reader_count_label_tags (reader));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_clear_object (&article);
  sitrep_store_close (store);
  g_clear_object (&store);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
  g_rand_free (rand);

  return 0;
}

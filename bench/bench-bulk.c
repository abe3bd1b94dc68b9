/* bench-bulk.c — how long a read from the window waits while a bulk import writes
 *
 * A 5,000-event UCDP import runs on a worker thread while the main thread
 * reads the project every 2 ms, as the window's views do (count the events,
 * read one). Two runs, in the same process on the same kind of project:
 *
 *   shared-lock   the reference: the import holds the store's own lock for its
 *                 whole run, as every bulk write did before it got a
 *                 connection of its own, so each read waits for it;
 *   own-connection the import on its own connection (what core does now):
 *                 reads go on and see the project as it was until the commit.
 *
 * Prints one line per figure ("name value unit"): the median, 99th percentile
 * and longest read, and how long the import took, for each run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sitrep-store-private.h"
#include "sitrep-store.h"
#include "sitrep-ucdp.h"

#define N_EVENTS 5000
#define READ_EVERY_US 2000

typedef struct
{
  SitrepStore *store;
  GFile       *file;
  gboolean     hold_lock;
  gint64       elapsed_us;
  guint        imported;
  gint         done;
} Import;

static char *
write_ged (const char *dir,
           guint       n_rows,
           guint       first_id)
{
  g_autoptr(GString) csv = g_string_new ("id,side_a,side_b,date_start,date_end,where_coordinates,adm_1,"
                                         "country,deaths_a,deaths_b,deaths_civilians,deaths_unknown,"
                                         "low,best,high\n");
  g_autofree char *name = g_strdup_printf ("ged-%u.csv", first_id);
  char *path = g_build_filename (dir, name, NULL);

  for (guint i = 0; i < n_rows; i++)
    {
      guint a = i % 5, b = i % 3, c = i % 4;

      g_string_append_printf (csv, "%u,Government of Syria,IS,2017-%02u-%02u,2017-%02u-%02u,"
                              "Village %u,Homs,Syria,%u,%u,%u,0,%u,%u,%u\n",
                              first_id + i, i % 12 + 1, i % 28 + 1, i % 12 + 1, i % 28 + 1, i % 700,
                              a, b, c, a + b + c, a + b + c, a + b + c + 3);
    }
  if (!g_file_set_contents (path, csv->str, csv->len, NULL))
    g_error ("could not write %s", path);
  return path;
}

static gpointer
import_thread (gpointer data)
{
  Import *imp = data;
  SitrepUcdpReport report = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (imp->hold_lock)
    _sitrep_store_lock (imp->store, NULL);
  if (!sitrep_ucdp_import_file (imp->store, imp->file, &report, NULL, NULL, NULL, &error))
    g_error ("import failed: %s", error->message);
  if (imp->hold_lock)
    _sitrep_store_unlock (imp->store);
  imp->elapsed_us = g_get_monotonic_time () - start;
  imp->imported = report.n_imported;
  sitrep_ucdp_report_clear (&report);
  g_atomic_int_set (&imp->done, TRUE);
  return NULL;
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static void
run (const char *label,
     const char *dir,
     gboolean    hold_lock,
     guint       first_id)
{
  g_autofree char *path = g_build_filename (dir, label, NULL);
  g_autofree char *seed_csv = write_ged (dir, 2000, 1);
  g_autofree char *csv = write_ged (dir, N_EVENTS, first_id);
  g_autoptr(GFile) seed = g_file_new_for_path (seed_csv);
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (path, &error);
  g_autoptr(GArray) waits = g_array_new (FALSE, FALSE, sizeof (gint64));
  SitrepUcdpReport report = { 0 };
  GThread *thread;
  Import imp = { 0 };
  gint64 sum = 0;

  if (store == NULL || !sitrep_ucdp_import_file (store, seed, &report, NULL, NULL, NULL, &error))
    g_error ("setup: %s", error->message);
  sitrep_ucdp_report_clear (&report);

  imp.store = store;
  imp.file = g_file_new_for_path (csv);
  imp.hold_lock = hold_lock;
  thread = g_thread_new ("bulk-import", import_thread, &imp);
  /* Let the import start before the first read. */
  g_usleep (20000);

  while (!g_atomic_int_get (&imp.done))
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(SitrepEvent) event = NULL;
      gint64 wait;

      if (sitrep_store_count_events (store) == 0)
        g_error ("no events read");
      event = sitrep_store_get_event (store, 1, NULL);
      if (event == NULL)
        g_error ("event 1 not read");
      wait = g_get_monotonic_time () - t0;
      g_array_append_val (waits, wait);
      sum += wait;
      g_usleep (READ_EVERY_US);
    }
  g_thread_join (thread);
  g_object_unref (imp.file);
  if (imp.imported != N_EVENTS)
    g_error ("imported %u of %u", imp.imported, N_EVENTS);

  g_array_sort (waits, compare_gint64);
  printf ("bulk_import_%s_reads %u reads\n", label, waits->len);
  printf ("bulk_import_%s_read_median %.2f ms\n", label,
          g_array_index (waits, gint64, waits->len / 2) / 1000.0);
  printf ("bulk_import_%s_read_p99 %.2f ms\n", label,
          g_array_index (waits, gint64, MIN (waits->len - 1, waits->len * 99 / 100)) / 1000.0);
  printf ("bulk_import_%s_read_max %.2f ms\n", label, g_array_index (waits, gint64, waits->len - 1) / 1000.0);
  printf ("bulk_import_%s_import %.0f ms\n", label, imp.elapsed_us / 1000.0);
  fflush (stdout);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("sitrep-bench-bulk-XXXXXX", NULL);
  g_autoptr(GDir) d = NULL;
  const char *name;
  guint repeat = argc > 1 ? (guint) atoi (argv[1]) : 1;

  printf ("# %u-event UCDP import while the main thread reads every %d ms\n", N_EVENTS,
          READ_EVERY_US / 1000);
  for (guint i = 0; i < MAX (repeat, 1); i++)
    {
      g_autofree char *a = g_strdup_printf ("shared-lock-%u", i);
      g_autofree char *b = g_strdup_printf ("own-connection-%u", i);

      run (a, dir, TRUE, 100000);
      run (b, dir, FALSE, 100000);
    }

  d = g_dir_open (dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (dir);
  return 0;
}

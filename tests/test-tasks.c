/* test-tasks.c — core's long work as _async/_finish pairs: each done, and each cancelled
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sitrep-export.h"
#include "sitrep-store.h"
#include "sitrep-test-util.h"

typedef struct
{
  char *dir;
  char *path;
  SitrepStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;

  f->store = sitrep_test_create_project ("sitrep-tasks-XXXXXX", &f->dir, &f->path);

  draft.date_start = "2021-03-04";
  draft.location = "Daraa";
  draft.latitude = 32.62;
  draft.longitude = 36.10;
  g_assert_cmpint (sitrep_store_create_event (f->store, &draft, &error), >, 0);
  g_assert_no_error (error);
  draft.location = "Somewhere";
  draft.latitude = draft.longitude = NAN;
  g_assert_cmpint (sitrep_store_create_event (f->store, &draft, &error), >, 0);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  GAsyncResult **out = data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (*result == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (*result);
  return *result;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_export_to_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *target = g_build_filename (f->dir, "events.geojson", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *contents = NULL;
  guint n_events = 0, n_unplaced = 0;

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  sitrep_export_to_file_async (f->store, "geojson", file, NULL, on_done, &result);
  g_assert_true (sitrep_export_to_file_finish (f->store, wait_for (&result), &n_events, &n_unplaced,
                                               &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_events, ==, 2);
  g_assert_cmpuint (n_unplaced, ==, 1);
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"FeatureCollection\""));
  g_assert_nonnull (strstr (contents, "Daraa"));
  g_assert_null (strstr (contents, "Somewhere"));
  /* The project, its journal files and the export: no temporary file left beside it. */
  g_assert_cmpuint (count_files (f->dir), <=, 4);
}

static void
test_export_cancelled (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *target = g_build_filename (f->dir, "events.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *contents = NULL;
  guint before;

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  before = count_files (f->dir);
  g_cancellable_cancel (cancellable);
  sitrep_export_to_file_async (f->store, "acled-csv", file, cancellable, on_done, &result);
  g_assert_false (sitrep_export_to_file_finish (f->store, wait_for (&result), NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* The file is as it was, and nothing was left beside it. */
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_assert_cmpuint (count_files (f->dir), ==, before);
}

static void
test_export_unwritable (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *target = g_build_filename (f->dir, "no-such-folder", "events.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(GAsyncResult) result = NULL;

  sitrep_export_to_file_async (f->store, "ucdp-csv", file, NULL, on_done, &result);
  g_assert_false (sitrep_export_to_file_finish (f->store, wait_for (&result), NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
}

static void
test_salvage (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.sitrep", NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(SitrepStore) copy = NULL;
  g_autofree char *report = NULL;

  sitrep_store_close (f->store);
  sitrep_store_salvage_async (f->path, copy_path, NULL, on_done, &result);
  report = sitrep_store_salvage_finish (wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  copy = sitrep_store_open (copy_path, SITREP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sitrep_store_count_events (copy), ==, 2);
}

static void
test_salvage_cancelled (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.sitrep", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *report = NULL;

  sitrep_store_close (f->store);
  g_cancellable_cancel (cancellable);
  sitrep_store_salvage_async (f->path, copy_path, cancellable, on_done, &result);
  report = sitrep_store_salvage_finish (wait_for (&result), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (report);
  g_assert_false (g_file_test (copy_path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/sitrep/tasks/export-to-file", test_export_to_file);
  ADD ("/sitrep/tasks/export-cancelled", test_export_cancelled);
  ADD ("/sitrep/tasks/export-unwritable", test_export_unwritable);
  ADD ("/sitrep/tasks/salvage", test_salvage);
  ADD ("/sitrep/tasks/salvage-cancelled", test_salvage_cancelled);

  return g_test_run ();
}

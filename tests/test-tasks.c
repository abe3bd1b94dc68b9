/* test-tasks.c — core's long work as _async/_finish pairs: each done, and each cancelled
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sitrep-articles-private.h"   /* sitrep_store_count_articles */
#include "sitrep-agreement.h"
#include "sitrep-basemap.h"
#include "sitrep-export.h"
#include "sitrep-feeds.h"
#include "sitrep-fetch.h"
#include "sitrep-gazetteer.h"
#include "sitrep-import-job.h"
#include "sitrep-merge.h"
#include "sitrep-store-events.h"
#include "sitrep-store-gazetteer.h"
#include "sitrep-store.h"
#include "sitrep-story-export.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-suggest-events.h"
#include "sitrep-test-util.h"
#include "sitrep-suggest-tasks-private.h"
#include "sitrep-ucdp.h"

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

/* Placing events */

static void
import_ucdp (Fixture *f)
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  g_autofree char *path = g_build_filename (srcdir != NULL ? srcdir : "tests", "..", "data", "events",
                                            "ucdp_ged_syria_region_2015_2017.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SitrepUcdpReport report = { 0 };

  g_assert_true (sitrep_ucdp_import_file (f->store, file, &report, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_imported, >, 500);
  sitrep_ucdp_report_clear (&report);
}

/* Every event's position and how precise it is, and what undo would do:
 * what placing changes, as text to compare. */
static char *
describe_places (SitrepStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = sitrep_store_query_event_ids (store, NULL, &error);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *undo = sitrep_store_dup_undo_description (store);

  g_assert_no_error (error);
  g_assert_true (sitrep_store_get_events (store, (const gint64 *) (gpointer) ids->data, ids->len, events, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < events->len; i++)
    {
      SitrepEvent *event = events->pdata[i];

      g_string_append_printf (text, "%" G_GINT64_FORMAT " %.6f %.6f %d %d\n", sitrep_event_get_id (event),
                              sitrep_event_get_latitude (event), sitrep_event_get_longitude (event),
                              sitrep_event_get_where_prec (event), sitrep_event_get_geo_precision (event));
    }
  g_string_append_printf (text, "undo: %s\n", undo != NULL ? undo : "(nothing)");
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static guint
count_placed (SitrepStore *store)
{
  g_autoptr(GArray) ids = sitrep_store_query_event_ids (store, NULL, NULL);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = 0;

  g_assert_true (sitrep_store_get_events (store, (const gint64 *) (gpointer) ids->data, ids->len, events, NULL));
  for (guint i = 0; i < events->len; i++)
    n += !isnan (sitrep_event_get_latitude (events->pdata[i]));
  return n;
}

typedef struct
{
  guint                  calls;
  guint                  last_done;
  guint                  total;
  SitrepPlacementCounts  last;
  GCancellable          *cancel_at_first;
} Progress;

static void
on_place_progress (guint                        done,
                   guint                        total,
                   const SitrepPlacementCounts *counts,
                   gpointer                     data)
{
  Progress *progress = data;

  g_assert_cmpuint (done, >, progress->last_done);
  g_assert_cmpuint (done, <=, total);
  g_assert_cmpuint (counts->n_placed + counts->n_doubtful + counts->n_unplaced, ==, done);
  progress->calls++;
  progress->last_done = done;
  progress->total = total;
  progress->last = *counts;
  if (progress->cancel_at_first != NULL)
    g_cancellable_cancel (progress->cancel_at_first);
}

static void
test_place_events (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepGazetteer) gazetteer = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  SitrepPlacementCounts counts = { 0 };
  Progress progress = { 0 };
  guint before;

  import_ucdp (f);
  before = count_placed (f->store);
  gazetteer = sitrep_gazetteer_new (f->store, &error);
  g_assert_no_error (error);

  sitrep_store_place_unplaced_events_async (f->store, gazetteer, on_place_progress, &progress, NULL, cancellable,
                                            on_done, &result);
  g_assert_true (sitrep_store_place_unplaced_events_finish (f->store, wait_for (&result), &counts, &error));
  g_assert_no_error (error);
  /* The fixture's "Somewhere" and the UCDP events (the demo's: 555 of 563 placed). */
  g_assert_cmpuint (counts.n_named, >=, 560);
  g_assert_cmpuint (counts.n_placed + counts.n_doubtful + counts.n_unplaced, ==, counts.n_named);
  g_assert_cmpuint (counts.n_placed, >=, 550);
  g_assert_cmpuint (counts.n_region, >, 0);
  g_assert_cmpuint (count_placed (f->store), ==, before + counts.n_placed);
  /* Progress came on this thread, up to the last event. */
  while (progress.last_done < progress.total || progress.calls == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (progress.total, ==, counts.n_named);
  g_assert_cmpuint (progress.last.n_placed, ==, counts.n_placed);
  g_assert_cmpuint (progress.last.n_doubtful, ==, counts.n_doubtful);

  /* One undo step (test-demo's place-by-region undoes one; undoing 555 takes
   * seconds). */
  {
    g_autofree char *undo = sitrep_store_dup_undo_description (f->store);

    g_assert_cmpstr (undo, ==, "Place events");
  }
}

/* Cancelled midway, on a worker thread: the project, in the window's store
 * and on disk, is exactly as it was. */
static void
test_place_events_cancelled (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepGazetteer) gazetteer = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(SitrepStore) reopened = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *on_disk = NULL;
  SitrepPlacementCounts counts = { 1, 1, 1, 1, 1 };
  Progress progress = { 0 };

  import_ucdp (f);
  before = describe_places (f->store);
  gazetteer = sitrep_gazetteer_new (f->store, &error);
  g_assert_no_error (error);

  progress.cancel_at_first = cancellable;
  sitrep_store_place_unplaced_events_async (f->store, gazetteer, on_place_progress, &progress, NULL, cancellable,
                                            on_done, &result);
  g_assert_false (sitrep_store_place_unplaced_events_finish (f->store, wait_for (&result), &counts, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (progress.calls, >=, 1);
  g_assert_cmpuint (progress.last_done, <, 560);
  g_assert_cmpuint (counts.n_placed, ==, 0);

  after = describe_places (f->store);
  g_assert_cmpstr (after, ==, before);
  sitrep_store_close (f->store);
  g_clear_object (&f->store);
  reopened = sitrep_store_open (f->path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  on_disk = describe_places (reopened);
  /* The file's events as they were (undo history is the session's). */
  *strstr (on_disk, "undo:") = '\0';
  *strstr (before, "undo:") = '\0';
  g_assert_cmpstr (on_disk, ==, before);
  g_assert_cmpuint (count_placed (reopened), ==, 1);
}

typedef struct
{
  SitrepStore     *store;
  SitrepGazetteer *gazetteer;
  Progress         progress;
  GCancellable    *cancellable;
  guint            cancel_at;
  GError          *error;
  gboolean         ok;
} SyncRun;

static void
on_sync_progress (guint                        done,
                  guint                        total,
                  const SitrepPlacementCounts *counts,
                  gpointer                     data)
{
  SyncRun *run = data;

  run->progress.calls++;
  run->progress.last_done = done;
  run->progress.total = total;
  if (done >= run->cancel_at || done == total)
    g_cancellable_cancel (run->cancellable);
}

static gpointer
place_in_thread (gpointer data)
{
  SyncRun *run = data;

  run->ok = sitrep_store_place_unplaced_events (run->store, run->gazetteer, NULL, on_sync_progress, run,
                                                run->cancellable, &run->error);
  return NULL;
}

/* The same without a main loop (the CLI's and the demo's way), cancelled
 * halfway through the lookups, then once all are looked up and before
 * anything is written: nothing changes either time. */
static void
test_place_events_cancelled_sync (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepGazetteer) gazetteer = NULL;
  g_autofree char *before = NULL;
  const guint cancel_points[] = { 280, G_MAXUINT };

  import_ucdp (f);
  before = describe_places (f->store);
  gazetteer = sitrep_gazetteer_new (f->store, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cancel_points); i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autofree char *after = NULL;
      SyncRun run = { f->store, gazetteer, { 0 }, cancellable, cancel_points[i], NULL, TRUE };
      GThread *thread = g_thread_new ("place", place_in_thread, &run);

      g_thread_join (thread);
      g_assert_false (run.ok);
      g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&run.error);
      /* Progress comes every 50 ms: the cancel is at the first report past
       * the point, which on a fast machine may be the last lookup's (all
       * 563 looked up in under 50 ms); either way nothing is written. */
      if (cancel_points[i] < run.progress.total)
        {
          g_assert_cmpuint (run.progress.last_done, >=, cancel_points[i]);
          g_assert_cmpuint (run.progress.last_done, <=, run.progress.total);
        }
      else
        g_assert_cmpuint (run.progress.last_done, ==, run.progress.total);
      after = describe_places (f->store);
      g_assert_cmpstr (after, ==, before);
    }
}

/* Merging a coder's copy */

/* A coder's copy of the fixture's project with @n_new events of its own. */
static char *
make_coder_copy (Fixture *f,
                 guint    n_new)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(SitrepStore) copy = NULL;
  char *path = g_build_filename (f->dir, "coder.sitrep", NULL);

  sitrep_store_save_coder_copy_async (f->store, path, "Coder", FALSE, NULL, on_done, &result);
  g_assert_true (sitrep_store_save_coder_copy_finish (f->store, wait_for (&result), &error));
  g_assert_no_error (error);
  copy = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sitrep_store_count_events (copy), ==, 2);
  for (guint i = 0; i < n_new; i++)
    {
      SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
      g_autofree char *date = g_strdup_printf ("2022-%02u-%02u", 1 + i / 28 % 12, 1 + i % 28);
      g_autofree char *place = g_strdup_printf ("Village %u", i);

      draft.date_start = date;
      draft.location = place;
      draft.latitude = draft.longitude = NAN;
      g_assert_cmpint (sitrep_store_create_event (copy, &draft, &error), >, 0);
      g_assert_no_error (error);
    }
  sitrep_store_close (copy);
  return path;
}

static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *copy = make_coder_copy (f, 3);
  SitrepMergeReport report = { 0 };

  sitrep_store_merge_project_async (f->store, copy, NULL, on_done, &result);
  g_assert_true (sitrep_store_merge_project_finish (f->store, wait_for (&result), &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.events_added, ==, 3);
  g_assert_cmpuint (report.events_present, ==, 2);
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 5);
  sitrep_merge_report_clear (&report);

  /* A second merge adds nothing twice. */
  g_clear_object (&result);
  sitrep_store_merge_project_async (f->store, copy, NULL, on_done, &result);
  g_assert_true (sitrep_store_merge_project_finish (f->store, wait_for (&result), &report, &error));
  g_assert_cmpuint (report.events_added, ==, 0);
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 5);
  sitrep_merge_report_clear (&report);
}

/* Cancelled while it runs (the window closed): the project, in the store
 * and on disk, is as it was, and the report says nothing was merged. */
static void
test_merge_cancelled (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = make_coder_copy (f, 400);
  g_autofree char *before = describe_places (f->store);
  g_autofree char *after = NULL;
  g_autoptr(SitrepStore) reopened = NULL;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      SitrepMergeReport report = { 0 };

      /* Before the worker starts, then once it runs: merging the 400
       * events takes about 0.5 s on an idle machine, so 10 ms in is midway. */
      if (i == 0)
        g_cancellable_cancel (cancellable);
      sitrep_store_merge_project_async (f->store, copy, cancellable, on_done, &result);
      if (i == 1)
        {
          g_usleep (G_USEC_PER_SEC / 100);
          g_cancellable_cancel (cancellable);
        }
      g_assert_false (sitrep_store_merge_project_finish (f->store, wait_for (&result), &report, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&error);
      g_assert_cmpuint (report.events_added, ==, 0);
      g_assert_cmpuint (report.conflicts->len, ==, 0);
      sitrep_merge_report_clear (&report);
      after = describe_places (f->store);
      g_assert_cmpstr (after, ==, before);
      g_clear_pointer (&after, g_free);
    }

  sitrep_store_close (f->store);
  g_clear_object (&f->store);
  reopened = sitrep_store_open (f->path, SITREP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sitrep_store_count_events (reopened), ==, 2);
}

static void
test_coder_copy_cancelled (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = g_build_filename (f->dir, "coder.sitrep", NULL);

  g_cancellable_cancel (cancellable);
  sitrep_store_save_coder_copy_async (f->store, path, NULL, TRUE, cancellable, on_done, &result);
  g_assert_false (sitrep_store_save_coder_copy_finish (f->store, wait_for (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* UCDP import */

static GFile *
ucdp_file (void)
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  g_autofree char *path = g_build_filename (srcdir != NULL ? srcdir : "tests", "..", "data", "events",
                                            "ucdp_ged_syria_region_2015_2017.csv", NULL);

  return g_file_new_for_path (path);
}

static void
on_progress (guint    done,
             guint    total,
             gpointer data)
{
  Progress *p = data;

  /* On the main context, in order. */
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  g_assert_cmpuint (done, >=, p->last_done);
  p->calls++;
  p->last_done = done;
  p->total = total;
  if (p->cancel_at_first != NULL)
    g_cancellable_cancel (p->cancel_at_first);
}

static void
test_ucdp_import (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GFile) file = ucdp_file ();
  SitrepUcdpReport report = { 0 };
  Progress progress = { 0 };

  sitrep_ucdp_import_file_async (f->store, file, on_progress, &progress, NULL, NULL, on_done, &result);
  g_assert_true (sitrep_ucdp_import_file_finish (f->store, wait_for (&result), &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_imported, >, 500);
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 2 + report.n_imported);
  g_assert_cmpuint (progress.calls, >, 0);
  sitrep_ucdp_report_clear (&report);
}

/* Cancelled before it starts and while it stores rows: nothing is added. */
static void
test_ucdp_import_cancelled (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GFile) file = ucdp_file ();

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      SitrepUcdpReport report = { 0 };
      Progress progress = { 0 };

      if (i == 0)
        g_cancellable_cancel (cancellable);
      else
        progress.cancel_at_first = cancellable;
      sitrep_ucdp_import_file_async (f->store, file, on_progress, &progress, NULL, cancellable, on_done,
                                     &result);
      g_assert_false (sitrep_ucdp_import_file_finish (f->store, wait_for (&result), &report, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_cmpuint (report.n_imported, ==, 0);
      g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 2);
      sitrep_ucdp_report_clear (&report);
    }
}

/* Story handout */

static void
test_story_export (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "handout.pdf", NULL);
  g_autofree char *contents = NULL;
  SitrepStoryExportOptions options = SITREP_STORY_EXPORT_OPTIONS_INIT;
  Progress progress = { 0 };
  gsize length = 0;
  guint n_steps = 0;

  options.pdf_path = pdf;
  options.title = "All events";
  sitrep_story_export_async (f->store, &options, on_progress, &progress, NULL, NULL, on_done, &result);
  g_assert_true (sitrep_story_export_finish (f->store, wait_for (&result), &n_steps, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_steps, ==, 2);
  g_assert_cmpuint (progress.last_done, ==, progress.total);
  g_assert_cmpuint (progress.calls, >=, 2);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4);
  g_assert_cmpmem (contents, 4, "%PDF", 4);
}

/* Cancelled before it starts and after the first page: no PDF, nothing
 * left beside where it would have been. */
static void
test_story_export_cancelled (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "handout.pdf", NULL);
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  guint n_files;

  /* Enough pages that the first one's progress reaches the main context
   * long before the last is drawn. */
  draft.location = "Daraa";
  draft.latitude = 32.62;
  draft.longitude = 36.10;
  for (guint i = 0; i < 60; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *date = g_strdup_printf ("2021-04-%02u", 1 + i % 28);

      draft.date_start = date;
      g_assert_cmpint (sitrep_store_create_event (f->store, &draft, &error), >, 0);
      g_assert_no_error (error);
    }
  n_files = count_files (f->dir);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      SitrepStoryExportOptions options = SITREP_STORY_EXPORT_OPTIONS_INIT;
      Progress progress = { 0 };

      options.pdf_path = pdf;
      if (i == 0)
        g_cancellable_cancel (cancellable);
      else
        progress.cancel_at_first = cancellable;
      sitrep_story_export_async (f->store, &options, on_progress, &progress, NULL, cancellable, on_done,
                                 &result);
      g_assert_false (sitrep_story_export_finish (f->store, wait_for (&result), NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
      g_assert_cmpuint (count_files (f->dir), ==, n_files);
    }
}

/* Import from Web: a real server on 127.0.0.1 */

#define WEB_ARTICLE \
  "<!doctype html><html><head><title>Shelling in Daraa</title></head><body>" \
  "<article><h1>Shelling in Daraa</h1>" \
  "<p>Shelling hit the western countryside of Daraa on Monday, killing three people, " \
  "local sources said, as talks between the parties stalled.</p>" \
  "<p>Residents said the strikes continued into the night and families left the town.</p>" \
  "</article></body></html>"

#define WEB_ARTICLE_HELD \
  "<!doctype html><html><head><title>Convoy in Tafas</title></head><body>" \
  "<article><h1>Convoy in Tafas</h1><p>An aid convoy reached Tafas on Sunday morning after two days " \
  "on the road, aid workers said, and unloaded flour and medicine at the council building.</p>" \
  "</article></body></html>"

static char *web_base;
static GCancellable *web_hold;   /* /hold answers once it is cancelled */

static void
on_web_request (SoupServer        *server,
                SoupServerMessage *msg,
                const char        *path,
                GHashTable        *query,
                gpointer           data)
{
  if (g_str_equal (path, "/hold"))
    {
      gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

      /* In the server's thread: the client is cancelled meanwhile. */
      while (web_hold != NULL && !g_cancellable_is_cancelled (web_hold) && g_get_monotonic_time () < deadline)
        g_usleep (G_USEC_PER_SEC / 100);
    }
  if (g_str_equal (path, "/feed"))
    {
      g_autofree char *rss = g_strdup_printf (
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Daraa Wire</title><link>%s/</link>"
        "<item><title>One</title><link>%s/article</link><guid>1</guid></item>"
        "<item><title>Two</title><link>%s/hold</link><guid>2</guid></item>"
        "</channel></rss>", web_base, web_base, web_base);

      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "application/rss+xml", SOUP_MEMORY_COPY, rss, strlen (rss));
    }
  else if (g_str_equal (path, "/article") || g_str_equal (path, "/hold"))
    {
      const char *page = g_str_equal (path, "/hold") ? WEB_ARTICLE_HELD : WEB_ARTICLE;

      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, page, strlen (page));
    }
  else
    soup_server_message_set_status (msg, 404, NULL);
}

static GStrv
web_addresses (const char *first,
               ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  va_list args;

  if (web_base == NULL)
    web_base = sitrep_test_serve (on_web_request);
  va_start (args, first);
  for (const char *path = first; path != NULL; path = va_arg (args, const char *))
    {
      g_autofree char *address = g_strconcat (web_base, path, NULL);

      g_strv_builder_add (builder, address);
    }
  va_end (args);
  return g_strv_builder_end (builder);
}

static void
test_web_import (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(GStrv) addresses = web_addresses ("/article", "/missing", "/article", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) outcomes = NULL;
  Progress progress = { 0 };
  SitrepFetchOutcome *o;

  sitrep_fetch_import_all_async (f->store, (const char * const *) addresses, on_progress, &progress, NULL,
                                 NULL, on_done, &result);
  g_assert_true (sitrep_fetch_import_all_finish (f->store, wait_for (&result), &outcomes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (outcomes->len, ==, 3);
  o = outcomes->pdata[0];
  g_assert_cmpstr (o->address, ==, addresses[0]);
  g_assert_cmpint (o->id, >, 0);
  g_assert_null (o->message);
  o = outcomes->pdata[1];
  g_assert_cmpint (o->id, ==, 0);
  g_assert_nonnull (strstr (o->message, "404"));
  /* The same page again: the article already there. */
  o = outcomes->pdata[2];
  g_assert_cmpint (o->id, ==, -((SitrepFetchOutcome *) outcomes->pdata[0])->id);
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 1);
  g_assert_cmpuint (progress.calls, ==, 3);
  g_assert_cmpuint (progress.total, ==, 3);
}

/* Cancelled before it starts: nothing fetched; during the second fetch:
 * the first article stays and is reported, the rest is not fetched. */
static void
test_web_import_cancelled (Fixture       *f,
                           gconstpointer  data)
{
  g_auto(GStrv) addresses = web_addresses ("/article", "/hold", "/missing", NULL);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GPtrArray) outcomes = NULL;
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();

      if (i == 0)
        g_cancellable_cancel (cancellable);
      web_hold = cancellable;
      sitrep_fetch_import_all_async (f->store, (const char * const *) addresses, NULL, NULL, NULL,
                                     cancellable, on_done, &result);
      if (i == 1)
        {
          /* Wait until the first article is in, then cancel during /hold. */
          gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

          while (sitrep_store_count_articles (f->store) == 0 && g_get_monotonic_time () < deadline)
            g_main_context_iteration (NULL, FALSE);
          g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 1);
          g_cancellable_cancel (cancellable);
        }
      g_assert_false (sitrep_fetch_import_all_finish (f->store, wait_for (&result), &outcomes, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      web_hold = NULL;
      g_assert_cmpuint (outcomes->len, ==, i);
      g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, i);
    }
}

/* Feeds */

static void
on_feed_started (guint       index,
                 guint       total,
                 const char *feed_title,
                 gpointer    data)
{
  Progress *p = data;

  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  g_assert_cmpstr (feed_title, ==, "Daraa Wire");
  p->calls++;
  p->total = total;
  if (p->cancel_at_first != NULL)
    g_cancellable_cancel (p->cancel_at_first);
}

static gint64
add_feed (Fixture      *f,
          GCancellable *cancellable,
          GError      **error)
{
  g_auto(GStrv) feed = web_addresses ("/feed", NULL);
  g_autoptr(GAsyncResult) result = NULL;

  sitrep_feeds_add_async (f->store, feed[0], cancellable, on_done, &result);
  return sitrep_feeds_add_finish (f->store, wait_for (&result), error);
}

static guint
count_feeds (Fixture *f)
{
  g_autoptr(GPtrArray) feeds = sitrep_feeds_list (f->store, NULL);

  return feeds->len;
}

static void
test_feeds_add (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  g_cancellable_cancel (cancellable);
  g_assert_cmpint (add_feed (f, cancellable, &error), ==, 0);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_feeds (f), ==, 0);
  g_clear_error (&error);

  g_assert_cmpint (add_feed (f, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (count_feeds (f), ==, 1);
  /* Twice: refused, with a reason. */
  g_assert_cmpint (add_feed (f, NULL, &error), ==, 0);
  g_assert_nonnull (error);
  g_assert_cmpuint (count_feeds (f), ==, 1);
}

static void
test_feeds_check (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GCancellable) hold = g_cancellable_new ();
  Progress progress = { 0 };
  guint added = 0;

  g_assert_cmpint (add_feed (f, NULL, &error), >, 0);
  /* /hold answers at once. */
  g_cancellable_cancel (hold);
  web_hold = hold;
  sitrep_feeds_check_async (f->store, 0, 0, on_feed_started, &progress, NULL, NULL, on_done, &result);
  g_assert_true (sitrep_feeds_check_finish (f->store, wait_for (&result), &added, &items, &error));
  web_hold = NULL;
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_cmpint (((SitrepFeedItemOutcome *) items->pdata[0])->article_id, >, 0);
  g_assert_cmpstr (((SitrepFeedItemOutcome *) items->pdata[0])->feed_title, ==, "Daraa Wire");
  g_assert_cmpuint (progress.calls, ==, 1);
  g_assert_cmpuint (progress.total, ==, 1);
}

/* Cancelled before it starts: nothing imported; while it fetches the
 * second item: that item is not imported, not even from the feed's text. */
static void
test_feeds_check_cancelled (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (add_feed (f, NULL, &error), >, 0);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GPtrArray) items = NULL;
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      guint added = G_MAXUINT;

      if (i == 0)
        g_cancellable_cancel (cancellable);
      web_hold = cancellable;
      sitrep_feeds_check_async (f->store, 0, 0, NULL, NULL, NULL, cancellable, on_done, &result);
      if (i == 1)
        {
          gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

          while (sitrep_store_count_articles (f->store) == 0 && g_get_monotonic_time () < deadline)
            g_main_context_iteration (NULL, FALSE);
          g_cancellable_cancel (cancellable);
        }
      g_assert_false (sitrep_feeds_check_finish (f->store, wait_for (&result), &added, &items, &error));
      web_hold = NULL;
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&error);
      g_assert_cmpuint (added, ==, i);
      g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, i);
    }
}

/* Suggest */

static GArray *
add_reports (Fixture *f,
             guint    n)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *title = g_strdup_printf ("Report %u", i);
      g_autofree char *body = g_strdup_printf ("Shelling hit Daraa on Monday, killing %u people, local "
                                               "sources said. Clashes were reported in Tafas.", i + 2);
      SitrepImportRecord record = { 0 };
      gint64 id;

      record.title = title;
      record.body = body;
      record.original = g_bytes_new_static (body, strlen (body));
      id = sitrep_store_add_article (f->store, &record, NULL, &error);
      g_bytes_unref (record.original);
      g_assert_no_error (error);
      g_assert_cmpint (id, >, 0);
      g_array_append_val (ids, id);
    }
  return ids;
}

static guint
count_pending (Fixture *f,
               GArray  *ids)
{
  guint n = 0;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GPtrArray) list = sitrep_store_list_suggestions (f->store, g_array_index (ids, gint64, i), NULL);

      n += list != NULL ? list->len : 0;
    }
  return n;
}

static void
test_suggest (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GArray) ids = add_reports (f, 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  Progress progress = { 0 };
  guint n_suggested = 0, n_done = 0;

  for (guint one = 0; one < 2; one++)
    {
      g_autoptr(GAsyncResult) result = NULL;

      progress = (Progress) { 0 };
      sitrep_suggest_articles_async (f->store, (const gint64 *) (gpointer) ids->data, one ? 1 : ids->len,
                                     on_progress, &progress, NULL, NULL, on_done, &result);
      g_assert_true (sitrep_suggest_articles_finish (f->store, wait_for (&result), &n_suggested, &n_done,
                                                     &listed, &error));
      g_assert_no_error (error);
      if (!one)
        {
          g_assert_cmpuint (n_done, ==, 3);
          g_assert_cmpuint (n_suggested, >, 3);
          g_assert_cmpuint (count_pending (f, ids), ==, n_suggested);
          g_assert_cmpuint (progress.last_done, ==, 3);
          g_assert_null (listed);
        }
      else
        {
          /* Again on the first: nothing new; its list read by the worker. */
          g_assert_cmpuint (n_done, ==, 1);
          g_assert_nonnull (listed);
          g_assert_cmpuint (listed->len, >, 0);
        }
    }
}

/* One article: its suggestions are handed over before the save, with the
 * ids and fields the store then reads, and before the run's end. */
typedef struct
{
  GPtrArray         *listed;
  GAsyncResult     **result;
  gboolean           before_end;
  GPtrArray         *first;     /* the first range's, when handed over apart */
  SitrepSuggestGate *gate;      /* opened once the first range's came */
} Listed;

static void
on_listed (GPtrArray *listed,
           gboolean   complete,
           gpointer   data)
{
  Listed *l = data;

  g_assert_null (l->listed);
  if (!complete)
    {
      /* Once, before all of them. */
      g_assert_null (l->first);
      l->first = listed;
      if (l->gate != NULL)
        sitrep_suggest_gate_open (l->gate);
      return;
    }
  l->listed = listed;
  l->before_end = *l->result == NULL;
}

static void
test_suggest_listed_early (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GArray) ids = add_reports (f, 1);
  gint64 id = g_array_index (ids, gint64, 0);

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GPtrArray) stored = NULL;
      g_autoptr(GPtrArray) listed = NULL;
      g_autoptr(GError) error = NULL;
      Listed l = { NULL, &result, FALSE, NULL, NULL };
      guint n_suggested = 0, n_done = 0;

      /* The second round replaces the first's pending ones, one rejected. */
      if (round == 1)
        {
          g_autoptr(GPtrArray) before = sitrep_store_list_suggestions (f->store, id, &error);
          g_assert_true (sitrep_store_reject_suggestion (f->store, ((SitrepStoredSuggestion *) before->pdata[0])->id,
                                                         &error));
          g_assert_no_error (error);
        }
      sitrep_suggest_article_async (f->store, id, 0, 0, NULL, on_listed, &l, NULL, on_done, &result);
      g_assert_true (sitrep_suggest_articles_finish (f->store, wait_for (&result), &n_suggested, &n_done, &listed,
                                                     &error));
      g_assert_no_error (error);
      g_assert_null (listed);
      g_assert_nonnull (l.listed);
      g_assert_true (l.before_end);
      g_assert_cmpuint (n_done, ==, 1);
      g_assert_cmpuint (n_suggested, ==, l.listed->len);
      stored = sitrep_store_list_suggestions (f->store, id, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (stored->len, ==, l.listed->len);
      g_assert_cmpuint (stored->len, >=, 3);
      for (guint i = 0; i < stored->len; i++)
        {
          const SitrepStoredSuggestion *a = l.listed->pdata[i], *b = stored->pdata[i];

          g_assert_cmpint (a->id, ==, b->id);
          g_assert_cmpint (a->article_id, ==, b->article_id);
          g_assert_cmpint (a->kind, ==, b->kind);
          g_assert_cmpuint (a->start, ==, b->start);
          g_assert_cmpuint (a->end, ==, b->end);
          g_assert_cmpstr (a->text, ==, b->text);
          g_assert_cmpstr (a->attributes, ==, b->attributes);
          g_assert_cmpint (a->entity_id, ==, b->entity_id);
          g_assert_cmpstr (a->entity_name, ==, b->entity_name);
          g_assert_true ((isnan (a->latitude) && isnan (b->latitude)) || a->latitude == b->latitude);
          g_assert_true ((isnan (a->longitude) && isnan (b->longitude)) || a->longitude == b->longitude);
          g_assert_cmpint (a->doubtful, ==, b->doubtful);
          g_assert_cmpfloat (a->score, ==, b->score);
          g_assert_cmpint (a->incident, ==, b->incident);
          g_assert_cmpint (a->status, ==, b->status);
        }
      g_ptr_array_unref (l.listed);
    }
}

/* One article with a first range (the part of the text in view): the
 * suggestions over it come first, with the ids and fields they have in the
 * whole list and in the store, then the whole list once the gate is open;
 * a range over all of them, or over none, hands nothing over first. */
static void
test_suggest_listed_first_range (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GArray) ids = add_reports (f, 1);
  gint64 id = g_array_index (ids, gint64, 0);
  g_autoptr(SitrepSuggestGate) gate = sitrep_suggest_gate_new ();
  /* "Daraa" of "Shelling hit Daraa on Monday, …" and what overlaps it;
   * last, the same range again: the rows there are the ones pending there
   * already, ids and all (the reader shows them), and still come first:
   * the others are prepared after (28 ms on a 1 MB article). */
  const guint ranges[][3] = { { 13, 18, TRUE }, { 0, G_MAXUINT, FALSE }, { 0, 0, FALSE }, { 3, 5, FALSE },
                              { 13, 18, TRUE } };

  for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GPtrArray) stored = NULL;
      g_autoptr(GError) error = NULL;
      Listed l = { NULL, &result, FALSE, NULL, gate };
      guint start = ranges[r][0], end = ranges[r][1], n_over = 0;

      sitrep_suggest_article_async (f->store, id, start, end, gate, on_listed, &l, NULL, on_done, &result);
      g_assert_true (sitrep_suggest_articles_finish (f->store, wait_for (&result), NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_nonnull (l.listed);
      g_assert_true (l.before_end);
      stored = sitrep_store_list_suggestions (f->store, id, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (stored->len, ==, l.listed->len);
      g_assert_cmpuint (stored->len, >=, 3);
      for (guint i = 0; i < stored->len; i++)
        {
          const SitrepStoredSuggestion *s = stored->pdata[i];

          g_assert_cmpint (s->id, ==, ((SitrepStoredSuggestion *) l.listed->pdata[i])->id);
          n_over += s->start < end && s->end > start;
        }
      if (!ranges[r][2])
        {
          /* All of them, or none of them, in range (or no range): no
           * first part. */
          g_assert_null (l.first);
          g_ptr_array_unref (l.listed);
          continue;
        }
      g_assert_nonnull (l.first);
      g_assert_cmpuint (l.first->len, ==, n_over);
      g_assert_cmpuint (l.first->len, >=, 1);
      g_assert_cmpuint (l.first->len, <, stored->len);
      for (guint i = 0, j = 0; i < l.first->len; i++)
        {
          const SitrepStoredSuggestion *a = l.first->pdata[i], *b;

          g_assert_true (a->start < end && a->end > start);
          /* In the whole list's order, as stored. */
          while (j < stored->len && ((SitrepStoredSuggestion *) stored->pdata[j])->id != a->id)
            j++;
          g_assert_cmpuint (j, <, stored->len);
          b = stored->pdata[j];
          g_assert_cmpuint (a->start, ==, b->start);
          g_assert_cmpuint (a->end, ==, b->end);
          g_assert_cmpint (a->kind, ==, b->kind);
          g_assert_cmpstr (a->text, ==, b->text);
          g_assert_cmpstr (a->attributes, ==, b->attributes);
          g_assert_cmpint (a->status, ==, SITREP_SUGGESTION_PENDING);
        }
      g_ptr_array_unref (l.first);
      g_ptr_array_unref (l.listed);
    }
}

/* One article, cancelled before it starts: nothing handed over, nothing
 * saved, the run ends cancelled. */
static void
test_suggest_listed_cancelled (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GArray) ids = add_reports (f, 1);
  gint64 id = g_array_index (ids, gint64, 0);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  Listed l = { NULL, &result, FALSE, NULL, NULL };
  guint n_done = G_MAXUINT;

  g_cancellable_cancel (cancellable);
  sitrep_suggest_article_async (f->store, id, 0, 0, NULL, on_listed, &l, cancellable, on_done, &result);
  g_assert_false (sitrep_suggest_articles_finish (f->store, wait_for (&result), NULL, &n_done, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (n_done, ==, 0);
  g_assert_null (l.listed);
  g_clear_error (&error);
  stored = sitrep_store_list_suggestions (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 0);
}

/* The worker waits before the second article until the main context has had
 * the first article's progress and cancelled (or 20 s): on two busy cores it
 * used to suggest all 40 before the main thread ran the progress callback. */
static void
hold_second_article (guint         i,
                     GCancellable *cancellable,
                     gpointer      data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  if (i != 1)
    return;
  while (!g_cancellable_is_cancelled (cancellable) && g_get_monotonic_time () < deadline)
    g_usleep (1000);
}

/* Cancelled before it starts and after the first article: the rest have
 * no suggestions. */
static void
test_suggest_cancelled (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GArray) ids = add_reports (f, 40);

  _sitrep_suggest_tasks_set_before_article (hold_second_article, NULL);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      Progress progress = { 0 };
      guint n_done = G_MAXUINT;

      if (i == 0)
        g_cancellable_cancel (cancellable);
      else
        progress.cancel_at_first = cancellable;
      sitrep_suggest_articles_async (f->store, (const gint64 *) (gpointer) ids->data, ids->len, on_progress,
                                     &progress, NULL, cancellable, on_done, &result);
      g_assert_false (sitrep_suggest_articles_finish (f->store, wait_for (&result), NULL, &n_done, NULL,
                                                      &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      if (i == 0)
        g_assert_cmpuint (n_done, ==, 0);
      else
        g_assert_cmpuint (n_done, ==, 1);
      {
        g_autoptr(GPtrArray) last = sitrep_store_list_suggestions (f->store, g_array_index (ids, gint64, ids->len - 1),
                                                                  NULL);
        g_assert_cmpuint (last->len, ==, 0);
      }
    }
  _sitrep_suggest_tasks_set_before_article (NULL, NULL);
}

/* Agreement */

static void
annotate_twice (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (f->store, &error);
  SitrepImportRecord record = { 0 };
  gint64 article, ana, bo, place = 0;

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (sitrep_label_get_name (labels->pdata[i]), "Place") == 0)
      place = sitrep_label_get_id (labels->pdata[i]);
  g_assert_cmpint (place, >, 0);
  record.title = (char *) "Jasim";
  record.body = (char *) "Jasim was hit in Daraa today.";
  article = sitrep_store_add_article (f->store, &record, NULL, &error);
  g_assert_no_error (error);
  ana = sitrep_store_ensure_annotator (f->store, "ana", &error);
  bo = sitrep_store_ensure_annotator (f->store, "bo", &error);
  g_assert_no_error (error);
  sitrep_store_add_annotation (f->store, article, place, 17, 22, ana, 0, NULL, &error);
  g_assert_no_error (error);
  sitrep_store_add_annotation (f->store, article, place, 17, 22, bo, 0, NULL, &error);
  g_assert_no_error (error);
}

static void
test_agreement (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(SitrepAgreement) agreement = NULL;
  SitrepAgreementPair *pair;

  annotate_twice (f);
  sitrep_agreement_compute_async (f->store, NULL, NULL, on_done, &result);
  agreement = sitrep_agreement_compute_finish (f->store, wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (agreement->pairs->len, ==, 1);
  pair = agreement->pairs->pdata[0];
  g_assert_cmpuint (pair->articles, ==, 1);
  g_assert_cmpfloat (pair->overall.span_f1_exact, ==, 1.0);
}

static void
test_agreement_cancelled (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  const char *unknown[] = { "ana", "zed", NULL };

  annotate_twice (f);
  g_cancellable_cancel (cancellable);
  sitrep_agreement_compute_async (f->store, NULL, cancellable, on_done, &result);
  g_assert_null (sitrep_agreement_compute_finish (f->store, wait_for (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_clear_object (&result);

  /* A failure comes back the same way, in the user's words. */
  sitrep_agreement_compute_async (f->store, unknown, NULL, on_done, &result);
  g_assert_null (sitrep_agreement_compute_finish (f->store, wait_for (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "zed"));
}

/* A cancel that comes after the work is done does not hide it: the merge
 * is reported (the window says what was merged, not "as it was"). */
static void
test_merge_cancelled_late (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *copy = make_coder_copy (f, 3);
  SitrepMergeReport report = { 0 };

  sitrep_store_merge_project_async (f->store, copy, cancellable, on_done, &result);
  wait_for (&result);
  g_cancellable_cancel (cancellable);
  g_assert_true (sitrep_store_merge_project_finish (f->store, result, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.events_added, ==, 3);
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 5);
  sitrep_merge_report_clear (&report);
}

static void
test_ucdp_import_cancelled_late (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GFile) file = ucdp_file ();
  SitrepUcdpReport report = { 0 };

  sitrep_ucdp_import_file_async (f->store, file, NULL, NULL, NULL, cancellable, on_done, &result);
  wait_for (&result);
  g_cancellable_cancel (cancellable);
  g_assert_true (sitrep_ucdp_import_file_finish (f->store, result, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 2 + report.n_imported);
  sitrep_ucdp_report_clear (&report);
}

/* Importing files */

typedef struct
{
  GThread *main_thread;
  guint    calls;
  guint    calls_elsewhere;   /* progress run on another thread */
  guint    last_done;
  guint    total;
  gboolean destroyed;
  gboolean destroyed_elsewhere;
} FilesProgress;

static void
on_files_progress (guint    done,
                   guint    total,
                   gpointer data)
{
  FilesProgress *p = data;

  p->calls++;
  p->calls_elsewhere += g_thread_self () != p->main_thread;
  g_assert_cmpuint (done, >, p->last_done);
  p->last_done = done;
  p->total = total;
}

static void
on_files_progress_destroy (gpointer data)
{
  FilesProgress *p = data;

  p->destroyed = TRUE;
  p->destroyed_elsewhere = g_thread_self () != p->main_thread;
}

/* The import's progress and the release of its data come on the caller's
 * context, where it was asked, and only when that context runs: a main
 * thread busy elsewhere (not in its loop) while the worker imports must
 * not find its callback run on the worker (GTK code, in the window). */
static void
test_import_files_progress (Fixture       *f,
                            gconstpointer  data)
{
  const guint n_files = 12;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  FilesProgress progress = { g_thread_self () };
  gint64 deadline = g_get_monotonic_time () + SITREP_TEST_TIMEOUT_MS * 1000;

  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_strdup_printf ("report-%02u.csv", i);
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_autofree char *csv = g_strdup_printf ("title,text\nReport %u,\"Shelling hit village %u at dawn, "
                                              "residents said, and two houses burned.\"\n", i, i * 7);

      g_assert_true (g_file_set_contents (path, csv, -1, NULL));
      g_ptr_array_add (files, g_file_new_for_path (path));
    }

  sitrep_import_files_async (f->store, (GFile **) files->pdata, files->len, SITREP_IMPORT_FORMAT_AUTO, NULL,
                             on_files_progress, &progress, on_files_progress_destroy, NULL, on_done, &result);
  /* Not in the loop until every file is in the project (WAL: this
   * connection sees the worker's commit). */
  while (sitrep_store_count_articles (f->store) < n_files && g_get_monotonic_time () < deadline)
    g_usleep (10 * 1000);
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, n_files);
  g_assert_cmpuint (progress.calls_elsewhere, ==, 0);

  results = sitrep_import_files_finish (f->store, wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, n_files);
  g_clear_object (&result);
  while (!progress.destroyed && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (progress.destroyed);
  g_assert_false (progress.destroyed_elsewhere);
  g_assert_cmpuint (progress.calls, ==, n_files);
  g_assert_cmpuint (progress.calls_elsewhere, ==, 0);
  g_assert_cmpuint (progress.last_done, ==, n_files);
  g_assert_cmpuint (progress.total, ==, n_files);
}

/* Offline map tiles */

static const SitrepTileId map_tiles[] = {
  { 6, 38, 25 }, { 8, 153, 102 }, { 10, 615, 410 }, { 10, 616, 410 },
};

static void
assert_same_surface (cairo_surface_t *a,
                     cairo_surface_t *b)
{
  g_assert_cmpint (cairo_image_surface_get_width (a), ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (cairo_image_surface_get_height (a), ==, cairo_image_surface_get_height (b));
  g_assert_cmpint (cairo_image_surface_get_stride (a), ==, cairo_image_surface_get_stride (b));
  cairo_surface_flush (a);
  cairo_surface_flush (b);
  g_assert_cmpmem (cairo_image_surface_get_data (a),
                   cairo_image_surface_get_stride (a) * cairo_image_surface_get_height (a),
                   cairo_image_surface_get_data (b),
                   cairo_image_surface_get_stride (b) * cairo_image_surface_get_height (b));
}

/* Drawn on a worker, in the order asked, the same pixels as drawn here. */
static void
test_basemap_render (Fixture       *f,
                     gconstpointer  data)
{
  SitrepBasemap *basemap = sitrep_basemap_get_default ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) surfaces = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  g_assert_nonnull (basemap);
  sitrep_basemap_render_tiles_async (basemap, map_tiles, G_N_ELEMENTS (map_tiles), 128, SITREP_BASEMAP_STYLE_DARK,
                                     cancellable, on_done, &result);
  g_assert_true (sitrep_basemap_render_tiles_finish (basemap, wait_for (&result), &surfaces, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (surfaces->len, ==, G_N_ELEMENTS (map_tiles));
  for (guint i = 0; i < surfaces->len; i++)
    {
      cairo_surface_t *here = sitrep_basemap_render_tile_surface_styled (basemap, map_tiles[i].zoom, map_tiles[i].x,
                                                                          map_tiles[i].y, 128,
                                                                          SITREP_BASEMAP_STYLE_DARK);

      g_assert_cmpint (cairo_image_surface_get_width (surfaces->pdata[i]), ==, 128);
      assert_same_surface (surfaces->pdata[i], here);
      cairo_surface_destroy (here);
    }
}

/* Cancelled before it starts: nothing drawn, said so; cancelled while it
 * draws many: those drawn are the first asked, each whole. */
static void
test_basemap_render_cancelled (Fixture       *f,
                               gconstpointer  data)
{
  SitrepBasemap *basemap = sitrep_basemap_get_default ();
  g_autoptr(GArray) many = g_array_new (FALSE, FALSE, sizeof (SitrepTileId));

  for (guint x = 600; x < 640; x++)
    for (guint y = 400; y < 410; y++)
      {
        SitrepTileId id = { 10, x, y };

        g_array_append_val (many, id);
      }
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GPtrArray) surfaces = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();

      if (i == 0)
        g_cancellable_cancel (cancellable);
      sitrep_basemap_render_tiles_async (basemap, (const SitrepTileId *) (gpointer) many->data, many->len, 256,
                                         SITREP_BASEMAP_STYLE_LIGHT, cancellable, on_done, &result);
      if (i == 1)
        g_cancellable_cancel (cancellable);
      if (sitrep_basemap_render_tiles_finish (basemap, wait_for (&result), &surfaces, &error))
        {
          /* a machine this loaded drew them all before the cancel came */
          g_assert_cmpuint (i, ==, 1);
          g_assert_cmpuint (surfaces->len, ==, many->len);
          g_test_message ("every tile was drawn before the cancel arrived");
        }
      else
        {
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
          g_assert_cmpuint (surfaces->len, <, many->len);
        }
      if (i == 0)
        g_assert_cmpuint (surfaces->len, ==, 0);
      /* the first few and the last: the tiles asked first, in order */
      for (guint t = 0; t < surfaces->len; t = t < 2 ? t + 1 : MAX (t + 1, surfaces->len - 1))
        {
          const SitrepTileId *id = &g_array_index (many, SitrepTileId, t);
          cairo_surface_t *here = sitrep_basemap_render_tile_surface_styled (basemap, id->zoom, id->x, id->y, 256,
                                                                              SITREP_BASEMAP_STYLE_LIGHT);

          assert_same_surface (surfaces->pdata[t], here);
          cairo_surface_destroy (here);
        }
    }
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
  ADD ("/sitrep/tasks/place-events", test_place_events);
  ADD ("/sitrep/tasks/place-events-cancelled", test_place_events_cancelled);
  ADD ("/sitrep/tasks/place-events-cancelled-sync", test_place_events_cancelled_sync);
  ADD ("/sitrep/tasks/merge", test_merge);
  ADD ("/sitrep/tasks/merge-cancelled", test_merge_cancelled);
  ADD ("/sitrep/tasks/coder-copy-cancelled", test_coder_copy_cancelled);
  ADD ("/sitrep/tasks/ucdp-import", test_ucdp_import);
  ADD ("/sitrep/tasks/ucdp-import-cancelled", test_ucdp_import_cancelled);
  ADD ("/sitrep/tasks/story-export", test_story_export);
  ADD ("/sitrep/tasks/story-export-cancelled", test_story_export_cancelled);
  ADD ("/sitrep/tasks/web-import", test_web_import);
  ADD ("/sitrep/tasks/web-import-cancelled", test_web_import_cancelled);
  ADD ("/sitrep/tasks/feeds-add", test_feeds_add);
  ADD ("/sitrep/tasks/feeds-check", test_feeds_check);
  ADD ("/sitrep/tasks/feeds-check-cancelled", test_feeds_check_cancelled);
  ADD ("/sitrep/tasks/suggest", test_suggest);
  ADD ("/sitrep/tasks/suggest-cancelled", test_suggest_cancelled);
  ADD ("/sitrep/tasks/suggest-listed-early", test_suggest_listed_early);
  ADD ("/sitrep/tasks/suggest-listed-cancelled", test_suggest_listed_cancelled);
  ADD ("/sitrep/tasks/suggest-listed-first-range", test_suggest_listed_first_range);
  ADD ("/sitrep/tasks/agreement", test_agreement);
  ADD ("/sitrep/tasks/agreement-cancelled", test_agreement_cancelled);
  ADD ("/sitrep/tasks/merge-cancelled-late", test_merge_cancelled_late);
  ADD ("/sitrep/tasks/ucdp-import-cancelled-late", test_ucdp_import_cancelled_late);
  ADD ("/sitrep/tasks/import-files-progress", test_import_files_progress);
  ADD ("/sitrep/tasks/basemap-render", test_basemap_render);
  ADD ("/sitrep/tasks/basemap-render-cancelled", test_basemap_render_cancelled);

  return g_test_run ();
}

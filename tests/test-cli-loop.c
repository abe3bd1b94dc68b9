/* test-cli-loop.c — sitrep-cli on the loop between the parts: events placed, entities typed, outlets merged
 *
 * Runs $SITREP_CLI as a user does, in a fresh temporary folder, and checks
 * what it prints, its exit status and the files it writes (with ogrinfo and
 * python3, the tools the files' users use).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-cli-loop"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sitrep-gazetteer.h"
#include "sitrep-store-events.h"
#include "sitrep-store-gazetteer.h"
#include "sitrep-store.h"

typedef struct
{
  char *dir;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_free (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_free)

/* Runs @argv[0] with the rest in the fixture's folder. */
static void
run_argv (Fixture     *f,
          const char **argv,
          Run         *run)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_subprocess_launcher_set_cwd (launcher, f->dir);
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
  g_test_message ("$ %s %s → %d\n%s%s", argv[0], argv[1], run->status, run->out, run->err);
}

/* cli (f, &run, "events", "p.sitrep", NULL) */
G_GNUC_NULL_TERMINATED
static void
cli (Fixture    *f,
     Run        *run,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *path = g_getenv ("SITREP_CLI");
  va_list ap;

  if (path == NULL)
    g_error ("SITREP_CLI is not set: run this suite with meson test");
  run_free (run);
  g_ptr_array_add (args, (char *) path);
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  run_argv (f, (const char **) args->pdata, run);
}

static gboolean
has_line (const char *out,
          const char *line)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  return g_strv_contains ((const char * const *) lines, line);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sitrep-cli-loop-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

/* The first @n rows of the bundled UCDP GED sample, as a user's file. */
static void
write_ucdp_sample (Fixture *f,
                   guint    n)
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  g_autofree char *path = g_build_filename (srcdir != NULL ? srcdir : "tests", "..", "data", "events",
                                            "ucdp_ged_syria_region_2015_2017.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *out = g_build_filename (f->dir, "ucdp.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) sample = g_string_new (NULL);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", n + 2);
  for (guint i = 0; i <= n && lines[i] != NULL; i++)
    g_string_append_printf (sample, "%s\n", lines[i]);
  g_file_set_contents (out, sample->str, -1, &error);
  g_assert_no_error (error);
}

static guint
count_after (const char *out,
             const char *suffix)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], suffix) != NULL)
      return (guint) g_ascii_strtoull (lines[i], NULL, 10);
  g_error ("no line with “%s” in:\n%s", suffix, out);
  return 0;
}

/* An imported UCDP file reaches GeoJSON from the command line. */
static void
test_place_events_geojson (Fixture       *f,
                           gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *geojson = g_build_filename (f->dir, "events.geojson", NULL);
  g_autofree char *python_out = NULL;
  guint placed, doubtful, unplaced;

  write_ucdp_sample (f, 40);
  cli (f, &run, "new", "p.sitrep", NULL);
  g_assert_cmpint (run.status, ==, 0);
  cli (f, &run, "import-events", "p.sitrep", "ucdp.csv", "--format", "ucdp", NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* Before placing, nothing reaches the GeoJSON and the CLI says so. */
  cli (f, &run, "export", "p.sitrep", "--format", "geojson", "-o", "before.geojson", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "40 events have no coordinates"));

  cli (f, &run, "place-events", "p.sitrep", NULL);
  g_assert_cmpint (run.status, ==, 0);
  placed = count_after (run.out, " placed");
  doubtful = count_after (run.out, " doubtful");
  unplaced = count_after (run.out, " unplaced");
  g_assert_cmpuint (placed + doubtful + unplaced, <=, 40);
  g_assert_cmpuint (placed, >=, 15);

  /* A second run finds only what was left. */
  cli (f, &run, "place-events", "p.sitrep", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_after (run.out, " placed"), ==, 0);
  g_assert_cmpuint (count_after (run.out, " doubtful") + count_after (run.out, " unplaced"), ==,
                    doubtful + unplaced);

  cli (f, &run, "export", "p.sitrep", "--format", "geojson", "-o", "events.geojson", NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* it says what it wrote where (it printed nothing before) */
  g_assert_nonnull (strstr (run.out, "Wrote events.geojson"));

  {
    g_autofree char *count_line = g_strdup_printf ("Feature Count: %u", placed);
    const char *argv[] = { "ogrinfo", "-ro", "-so", "-al", geojson, NULL };

    if (g_find_program_in_path ("ogrinfo") == NULL)
      g_test_message ("ogrinfo (gdal-bin) is not installed: the GeoJSON was checked with python only");
    else
      {
        run_argv (f, argv, &run);
        g_assert_cmpint (run.status, ==, 0);
        g_assert_true (has_line (run.out, count_line));
        g_assert_nonnull (strstr (run.out, "Point"));
      }
  }
  {
    const char *argv[] = { "/usr/bin/python3", "-c",
                           "import json,sys\n"
                           "g=json.load(open(sys.argv[1]))\n"
                           "assert g['type']=='FeatureCollection'\n"
                           "for ft in g['features']:\n"
                           "  lon,lat=ft['geometry']['coordinates']\n"
                           "  assert 32<lat<38 and 35<lon<43, (lat,lon)\n"
                           "  assert ft['properties']['latitude']==lat\n"
                           "print(len(g['features']))\n", geojson, NULL };

    run_argv (f, argv, &run);
    g_assert_cmpint (run.status, ==, 0);
    python_out = g_strdup_printf ("%u\n", placed);
    g_assert_cmpstr (run.out, ==, python_out);
  }
}

static void
on_placed (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  GAsyncResult **out = data;

  *out = g_object_ref (result);
}

/* Every event's external id and position, in id order: what placing did. */
static char *
describe_positions (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_open (path, SITREP_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  ids = sitrep_store_query_event_ids (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sitrep_store_get_events (store, (const gint64 *) (gpointer) ids->data, ids->len, events, &error));
  for (guint i = 0; i < events->len; i++)
    g_string_append_printf (text, "%s %.5f %.5f %d\n", sitrep_event_get_external_id (events->pdata[i]),
                            sitrep_event_get_latitude (events->pdata[i]),
                            sitrep_event_get_longitude (events->pdata[i]),
                            sitrep_event_get_where_prec (events->pdata[i]));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* sitrep-cli place-events and the window's Place Unplaced Events (the core
 * call it makes, with the window's cancellable) place an imported UCDP file
 * alike: the same counts, the same positions. */
static void
test_place_events_as_window (Fixture       *f,
                             gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *cli_path = g_build_filename (f->dir, "cli.sitrep", NULL);
  g_autofree char *window_path = g_build_filename (f->dir, "window.sitrep", NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *by_cli = NULL;
  g_autofree char *by_window = NULL;
  SitrepPlacementCounts counts = { 0 };

  write_ucdp_sample (f, 1000);
  for (guint i = 0; i < 2; i++)
    {
      const char *name = i == 0 ? "cli.sitrep" : "window.sitrep";

      cli (f, &run, "new", name, NULL);
      g_assert_cmpint (run.status, ==, 0);
      cli (f, &run, "import-events", name, "ucdp.csv", "--format", "ucdp", NULL);
      g_assert_cmpint (run.status, ==, 0);
    }

  cli (f, &run, "place-events", "cli.sitrep", NULL);
  g_assert_cmpint (run.status, ==, 0);

  {
    g_autoptr(SitrepStore) store = sitrep_store_open (window_path, SITREP_STORE_OPEN_DEFAULT, &error);
    g_autoptr(SitrepGazetteer) gazetteer = NULL;

    g_assert_no_error (error);
    gazetteer = sitrep_gazetteer_new (store, &error);
    g_assert_no_error (error);
    sitrep_store_place_unplaced_events_async (store, gazetteer, NULL, NULL, NULL, cancellable, on_placed, &result);
    while (result == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_assert_true (sitrep_store_place_unplaced_events_finish (store, result, &counts, &error));
    g_assert_no_error (error);
    sitrep_store_close (store);
  }

  /* The demo's events: 555 of 563 placed. */
  g_assert_cmpuint (counts.n_placed, >=, 550);
  g_assert_cmpuint (count_after (run.out, " placed"), ==, counts.n_placed);
  g_assert_cmpuint (count_after (run.out, " doubtful"), ==, counts.n_doubtful);
  g_assert_cmpuint (count_after (run.out, " unplaced"), ==, counts.n_unplaced);
  {
    const char *region = strstr (run.out, "  (");
    guint n_region = 0;

    g_assert_nonnull (region);
    g_assert_cmpint (sscanf (region, "  (%u of them", &n_region), ==, 1);
    g_assert_cmpuint (n_region, ==, counts.n_region);
    g_assert_cmpuint (n_region, >, 0);
  }

  by_cli = describe_positions (cli_path);
  by_window = describe_positions (window_path);
  g_assert_cmpstr (by_cli, ==, by_window);
}

static void
test_place_events_bad_input (Fixture       *f,
                             gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  cli (f, &run, "place-events", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli (f, &run, "place-events", "missing.sitrep", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_false (g_file_test ("missing.sitrep", G_FILE_TEST_EXISTS));
  /* A project with no events: nothing to place, and it says so in counts. */
  cli (f, &run, "new", "empty.sitrep", NULL);
  cli (f, &run, "place-events", "empty.sitrep", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_after (run.out, " placed"), ==, 0);
}

/* An actor's type set from the command line gives its events their inter codes. */
static void
test_actor_type (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  write_ucdp_sample (f, 3);
  cli (f, &run, "new", "p.sitrep", NULL);
  cli (f, &run, "import-events", "p.sitrep", "ucdp.csv", "--format", "ucdp", NULL);
  g_assert_cmpint (run.status, ==, 0);

  cli (f, &run, "actor-type", "p.sitrep", "IS", "rebel_group", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (has_line (run.out, "IS: Rebel group (inter code 2)"));
  /* By its label, any case. */
  cli (f, &run, "actor-type", "p.sitrep", "Euphrates Vulcano", "political militia", NULL);
  g_assert_cmpint (run.status, ==, 0);

  cli (f, &run, "entities", "p.sitrep", "--kind", "actor", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(GError) error = NULL;
    JsonArray *array;
    guint typed = 0;

    json_parser_load_from_data (parser, run.out, -1, &error);
    g_assert_no_error (error);
    array = json_node_get_array (json_parser_get_root (parser));
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *o = json_array_get_object_element (array, i);
        const char *name = json_object_get_string_member (o, "name");
        const char *type = json_object_get_string_member_with_default (o, "actor_type", NULL);

        if (g_strcmp0 (name, "IS") == 0)
          {
            g_assert_cmpstr (type, ==, "rebel_group");
            typed++;
          }
        else if (g_strcmp0 (name, "Euphrates Vulcano") == 0)
          {
            g_assert_cmpstr (type, ==, "political_militia");
            typed++;
          }
      }
    g_assert_cmpuint (typed, ==, 2);
  }

  cli (f, &run, "export", "p.sitrep", "--format", "acled-csv", "-o", "acled.csv", NULL);
  g_assert_cmpint (run.status, ==, 0);
  {
    g_autofree char *csv = g_build_filename (f->dir, "acled.csv", NULL);
    const char *argv[] = { "/usr/bin/python3", "-c",
                           "import csv,sys\n"
                           "rows=list(csv.DictReader(open(sys.argv[1],newline='',encoding='utf-8')))\n"
                           "r=[x for x in rows if x['actor1']=='Euphrates Vulcano'][0]\n"
                           "assert r['actor2']=='IS' and r['inter1']=='3' and r['inter2']=='2' and r['interaction']=='23', r\n"
                           "print('ok')\n", csv, NULL };

    run_argv (f, argv, &run);
    g_assert_cmpstr (run.out, ==, "ok\n");
  }

  /* Clearing it, and what is refused. */
  cli (f, &run, "actor-type", "p.sitrep", "IS", "none", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (has_line (run.out, "IS: no actor type"));
  cli (f, &run, "actor-type", "p.sitrep", "IS", "warlords", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "state_forces"));
  cli (f, &run, "actor-type", "p.sitrep", "Nobody At All", "state_forces", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "No actor called"));
  cli (f, &run, "actor-type", "p.sitrep", "IS", NULL);
  g_assert_cmpint (run.status, ==, 2);
}

/* A report that gives its incident's day without a year: `events` shows
 * the day ("--10-16", as ISO 8601 writes a day of no known year; in --json
 * "day_without_year") instead of "–", so the coder knows what to date
 * (issue 11: seeds 000 and 001 gave only undated events). */
static void
test_day_without_year (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *text = g_build_filename (f->dir, "jasim.txt", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (text, "Clashes in Jasim on 16 October left 4 soldiers dead.\n", -1, &error);
  g_assert_no_error (error);
  cli (f, &run, "new", "p.sitrep", NULL);
  cli (f, &run, "import", "p.sitrep", "jasim.txt", NULL);
  g_assert_cmpint (run.status, ==, 0);
  cli (f, &run, "suggest", "p.sitrep", "--all", "--accept", "--annotator", "Rana", NULL);
  g_assert_cmpint (run.status, ==, 0);
  cli (f, &run, "events", "p.sitrep", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\n1       --10-16    "));
  cli (f, &run, "events", "p.sitrep", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\"day_without_year\":\"--10-16\""));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/sitrep/cli-loop/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("place-events-geojson", test_place_events_geojson);
  ADD ("place-events-as-window", test_place_events_as_window);
  ADD ("place-events-bad-input", test_place_events_bad_input);
  ADD ("actor-type", test_actor_type);
  ADD ("day-without-year", test_day_without_year);

#undef ADD

  return g_test_run ();
}

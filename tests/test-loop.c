/* test-loop.c — the joints of the coding loop on the two Jasim captures: places, claims, coding fields, search
 *
 * Each test imports the seed captures 000 and 001 from $SITREP_SHARED_DIR
 * (skipped with a message when they are absent), labels them as a coder
 * would, and checks what every part downstream sees.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "sitrep-event-list.h"
#include "sitrep-export.h"
#include "sitrep-gazetteer.h"
#include "sitrep-import.h"
#include "sitrep-store-gazetteer.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"
#include "sitrep-test-util.h"
#include "sitrep-event-private.h"

#define SEED_JASIM "000_feacdd9686b0e318.txt"
#define SEED_JASSIM "001_83f4b91b4dbfd024.txt"

/* GeoNames 165997, Jāsim (the gold file's coordinates). */
#define JASIM_LAT 32.9913
#define JASIM_LON 36.0609

typedef struct
{
  char *dir;
  char *path;
  SitrepStore *store;
  gint64 southfront;   /* article of seed 000 */
  gint64 cradle;       /* article of seed 001 */
  char *body1;
  char *body2;
} Fixture;

static char *
seed_path (const char *name)
{
  const char *shared = g_getenv ("SITREP_SHARED_DIR");

  return g_build_filename (shared != NULL ? shared : "../shared", "corpus", "seeds", name, NULL);
}

static gint64
import_seed (Fixture     *f,
             const char  *name,
             char       **body)
{
  g_autofree char *path = seed_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  records = sitrep_import_parse_file (file, SITREP_IMPORT_FORMAT_AUTO, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 1);
  id = sitrep_store_add_article (f->store, records->pdata[0], NULL, &error);
  g_assert_no_error (error);
  *body = sitrep_store_get_article_body (f->store, id, &error);
  g_assert_no_error (error);
  return id;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *probe = seed_path (SEED_JASIM);
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sitrep-loop-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "loop.sitrep", NULL);
  f->store = sitrep_store_create (f->path, &error);
  g_assert_no_error (error);
  if (!g_file_test (probe, G_FILE_TEST_EXISTS))
    return;
  f->southfront = import_seed (f, SEED_JASIM, &f->body1);
  f->cradle = import_seed (f, SEED_JASSIM, &f->body2);
}

static gboolean
seeds_missing (Fixture *f)
{
  if (f->southfront != 0)
    return FALSE;
  g_test_skip ("The seed captures (../shared/corpus/seeds) are not here: the loop was not tested");
  return TRUE;
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->body1);
  g_free (f->body2);
}

/* Helpers: labelling as a coder does */

/* Labels the @nth occurrence (from 0) of @words in @body. */
static gint64
label (Fixture    *f,
       gint64      article,
       const char *body,
       const char *label_name,
       const char *words,
       guint       nth)
{
  g_autoptr(GError) error = NULL;
  const char *p = body;
  guint start;
  gint64 id;

  for (guint i = 0; i <= nth; i++)
    {
      p = strstr (i == 0 ? p : p + 1, words);
      g_assert_nonnull (p);
    }
  start = (guint) g_utf8_pointer_to_offset (body, p);
  id = sitrep_store_add_annotation (f->store, article, sitrep_test_label_id (f->store, label_name), start,
                                    start + (guint) g_utf8_strlen (words, -1), 0, 0, NULL, &error);
  g_assert_no_error (error);
  return id;
}

/* Labels @words as a Place and links it as the entity chooser does. */
static gint64
label_place (Fixture    *f,
             gint64      article,
             const char *body,
             const char *words)
{
  g_autoptr(GError) error = NULL;
  gint64 annotation = label (f, article, body, "Place", words, 0);
  gint64 entity = sitrep_store_link_mention (f->store, annotation, "place", &error);

  g_assert_no_error (error);
  return entity;
}

/* Places @entity as the map does when it turns on: the gazetteer's best sure candidate. */
static void
geocode_entity (Fixture *f,
                gint64   entity_id,
                const char *context)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepGazetteer) gaz = sitrep_gazetteer_new (f->store, &error);
  g_autoptr(SitrepEntity) entity = sitrep_store_get_entity (f->store, entity_id, &error);
  g_autoptr(GPtrArray) found = NULL;
  SitrepGazetteerPlace *best;

  g_assert_no_error (error);
  found = sitrep_gazetteer_lookup (gaz, sitrep_entity_get_name (entity), context, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, >, 0);
  best = found->pdata[0];
  g_assert_false (best->doubtful);
  g_assert_true (sitrep_store_set_entity_place (f->store, entity_id, best->latitude, best->longitude,
                                                best->admin1_name, best->country, NULL, &error));
  g_assert_no_error (error);
}

static gint64
create_event (Fixture    *f,
              const char *type,
              const char *sub_type,
              const char *date,
              gint64      place_id)
{
  g_autoptr(GError) error = NULL;
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  gint64 id;

  draft.event_type = type;
  draft.sub_event_type = sub_type;
  draft.date_start = date;
  draft.place_id = place_id;
  id = sitrep_store_create_event (f->store, &draft, &error);
  g_assert_no_error (error);
  return id;
}

static SitrepEvent *
get_event (Fixture *f,
           gint64   id)
{
  g_autoptr(GError) error = NULL;
  SitrepEvent *event = sitrep_store_get_event (f->store, id, &error);

  g_assert_no_error (error);
  return event;
}

static void
assert_at_jasim (Fixture *f,
                 gint64   event_id)
{
  g_autoptr(SitrepEvent) event = get_event (f, event_id);

  g_assert_cmpfloat_with_epsilon (sitrep_event_get_latitude (event), JASIM_LAT, 0.01);
  g_assert_cmpfloat_with_epsilon (sitrep_event_get_longitude (event), JASIM_LON, 0.01);
}

static char *
export_to (Fixture            *f,
           SitrepExportFormat  format,
           guint              *n_unplaced)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("out.%s", sitrep_export_format_to_string (format));
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (sitrep_export_events (f->store, format, G_OUTPUT_STREAM (out), n_unplaced, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error));
  return path;
}

/* Runs python3 -c @script @path and asserts it succeeds; returns its output. */
static char *
python (const char *script,
        const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("python failed: %s", err);
  return out;
}

/* 1. An event takes its place's coordinates */

/* The loop as the issue tells it: the event is recorded with Jasim as its
 * place before the map has geocoded Jasim; then the map places Jasim. */
static void
test_event_follows_place (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *acled = NULL, *geojson = NULL, *ucdp = NULL, *jsonl = NULL, *out = NULL;
  gint64 jasim, op;
  guint unplaced = 99;

  if (seeds_missing (f))
    return;
  jasim = label_place (f, f->southfront, f->body1, "Jasim");
  op = create_event (f, "Battles", "Armed clash", "2022-10-14", jasim);
  {
    g_autoptr(SitrepEvent) before = get_event (f, op);
    g_assert_true (isnan (sitrep_event_get_latitude (before)));
  }

  geocode_entity (f, jasim, f->body1);
  assert_at_jasim (f, op);

  /* The area query of the map finds it there. */
  {
    SitrepEventQuery query = SITREP_EVENT_QUERY_INIT;
    g_autoptr(GArray) ids = NULL;

    query.in_area = TRUE;
    query.west = 35.9, query.east = 36.2, query.south = 32.9, query.north = 33.1;
    ids = sitrep_store_query_event_ids (f->store, &query, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ids->len, ==, 1);
    g_assert_cmpint (g_array_index (ids, gint64, 0), ==, op);
  }

  acled = export_to (f, SITREP_EXPORT_ACLED_CSV, NULL);
  ucdp = export_to (f, SITREP_EXPORT_UCDP_CSV, NULL);
  geojson = export_to (f, SITREP_EXPORT_GEOJSON, &unplaced);
  jsonl = export_to (f, SITREP_EXPORT_EVENTS_JSONL, NULL);
  g_assert_cmpuint (unplaced, ==, 0);
  out = python ("import csv,json,sys\n"
                "d=sys.argv[1]\n"
                "a=list(csv.DictReader(open(d+'/out.acled-csv',newline='',encoding='utf-8')))\n"
                "assert len(a)==1 and a[0]['latitude'].startswith('32.99') and a[0]['longitude'].startswith('36.06'), a\n"
                "assert a[0]['location'].startswith('Jasim') or a[0]['location'].startswith('J'), a\n"
                "u=list(csv.DictReader(open(d+'/out.ucdp-csv',newline='',encoding='utf-8')))\n"
                "assert u[0]['latitude'].startswith('32.99'), u\n"
                "g=json.load(open(d+'/out.geojson'))\n"
                "assert len(g['features'])==1, g\n"
                "c=g['features'][0]['geometry']['coordinates']\n"
                "assert abs(c[0]-36.06)<0.01 and abs(c[1]-32.99)<0.01, c\n"
                "j=[json.loads(l) for l in open(d+'/out.events-jsonl')]\n"
                "assert abs(j[0]['latitude']-32.99)<0.01, j[0]\n"
                "print('ok')\n", f->dir);
  g_assert_cmpstr (out, ==, "ok\n");

  /* Undo of the placing takes the event off the map with its place; redo puts it back. */
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  {
    g_autoptr(SitrepEvent) undone = get_event (f, op);
    g_assert_true (isnan (sitrep_event_get_latitude (undone)));
  }
  g_assert_true (sitrep_store_redo (f->store, &error));
  g_assert_no_error (error);
  assert_at_jasim (f, op);

  /* The place moved by hand: its events follow, but not one pinned on its own. */
  {
    gint64 pinned = create_event (f, "Battles", "Armed clash", "2022-10-15", jasim);
    g_autoptr(SitrepEvent) moved = NULL;
    g_autoptr(SitrepEvent) kept = NULL;

    g_assert_true (sitrep_store_set_event_coordinates (f->store, pinned, 33.0, 36.1, &error));
    g_assert_true (sitrep_store_set_entity_place (f->store, jasim, 32.95, 36.05, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    moved = get_event (f, op);
    kept = get_event (f, pinned);
    g_assert_cmpfloat (sitrep_event_get_latitude (moved), ==, 32.95);
    g_assert_cmpfloat (sitrep_event_get_latitude (kept), ==, 33.0);
  }
}

/* A project made before events followed their places is brought up to date. */
static void
test_migration_places_events (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "v3.sitrep", NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (_sitrep_store_schema_create (db, 3, &error));
  g_assert_no_error (error);
  g_assert_true (_sitrep_store_exec (db,
                                     "INSERT INTO entities (id, kind, name, latitude, longitude)"
                                     " VALUES (1, 'place', 'Jasim', 32.9913, 36.0609);"
                                     "INSERT INTO entities (id, kind, name) VALUES (2, 'place', 'Nowhere');"
                                     "INSERT INTO events (id, place_id) VALUES (1, 1);"
                                     "INSERT INTO events (id, place_id) VALUES (2, 2);"
                                     "INSERT INTO events (id, place_id, latitude, longitude, coordinates_manual)"
                                     " VALUES (3, 1, 33.5, 36.3, 1);", &error));
  g_assert_no_error (error);
  sqlite3_close (db);

  g_clear_object (&f->store);
  f->store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  assert_at_jasim (f, 1);
  {
    g_autoptr(SitrepEvent) nowhere = get_event (f, 2);
    g_autoptr(SitrepEvent) pinned = get_event (f, 3);

    g_assert_true (isnan (sitrep_event_get_latitude (nowhere)));
    g_assert_cmpfloat (sitrep_event_get_latitude (pinned), ==, 33.5);
  }
  /* The R*Tree the map queries followed too. */
  {
    SitrepEventQuery query = SITREP_EVENT_QUERY_INIT;
    g_autoptr(GArray) ids = NULL;

    query.in_area = TRUE;
    query.west = 35.9, query.east = 36.2, query.south = 32.9, query.north = 33.1;
    ids = sitrep_store_query_event_ids (f->store, &query, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ids->len, ==, 1);
  }
}

/* Place Unplaced Events sees an event whose place entity names a place,
 * and places the entity (so its other events follow). */
static void
test_place_events_by_entity (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepGazetteer) gaz = NULL;
  SitrepPlacementCounts counts = { 0 };
  gint64 jassim, op, nowhere, other;

  if (seeds_missing (f))
    return;
  jassim = label_place (f, f->cradle, f->body2, "Jassim");
  op = create_event (f, "Battles", "Armed clash", "2022-10-14", jassim);
  other = create_event (f, "Battles", "Armed clash", "2022-10-16", jassim);
  nowhere = create_event (f, "Battles", "Armed clash", "2022-10-16",
                          sitrep_store_add_entity (f->store, "place", "Qaryat Xyzzy al-Maʿdum", &error));
  g_assert_no_error (error);

  gaz = sitrep_gazetteer_new (f->store, &error);
  g_assert_no_error (error);
  g_assert_true (sitrep_store_place_unplaced_events (f->store, gaz, &counts, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.n_named, ==, 3);
  g_assert_cmpuint (counts.n_placed, ==, 2);
  g_assert_cmpuint (counts.n_doubtful + counts.n_unplaced, ==, 1);
  assert_at_jasim (f, op);
  assert_at_jasim (f, other);
  {
    g_autoptr(SitrepEntity) entity = sitrep_store_get_entity (f->store, jassim, &error);
    g_autoptr(SitrepEvent) left = get_event (f, nowhere);

    g_assert_cmpfloat_with_epsilon (sitrep_entity_get_latitude (entity), JASIM_LAT, 0.01);
    g_assert_true (isnan (sitrep_event_get_latitude (left)));
  }
  /* One undo step takes it all back. */
  g_assert_true (sitrep_store_undo (f->store, &error));
  {
    g_autoptr(SitrepEvent) undone = get_event (f, op);
    g_assert_true (isnan (sitrep_event_get_latitude (undone)));
  }
}

/* 2. Make Claim is idempotent and says where the claim went */

static void
test_make_claim_once (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(SitrepEvent) event = NULL;
  g_autofree char *title = NULL;
  g_autofree char *undo_before = NULL;
  g_autofree char *undo_after = NULL;
  gint64 jasim, bus, killed, first, second;
  gboolean added = FALSE;

  if (seeds_missing (f))
    return;
  jasim = label_place (f, f->southfront, f->body1, "Jasim");
  bus = create_event (f, "Explosions/Remote violence", "Remote explosive/landmine/IED", "2022-10-13", jasim);
  killed = label (f, f->southfront, f->body1, "Killed", "claimed the lives of 18 soldiers", 0);

  first = sitrep_store_make_claim (f->store, bus, killed, SITREP_VICTIM_ACTOR2, 0, &added, &error);
  g_assert_no_error (error);
  g_assert_cmpint (first, !=, 0);
  g_assert_true (added);
  undo_before = sitrep_store_dup_undo_description (f->store);

  /* The (+) of the figure row again: nothing added, the same claim named. */
  second = sitrep_store_make_claim (f->store, bus, killed, SITREP_VICTIM_ACTOR2, 0, &added, &error);
  g_assert_no_error (error);
  g_assert_cmpint (second, ==, first);
  g_assert_false (added);
  g_assert_cmpint (sitrep_store_add_claim_from_annotation (f->store, bus, killed, SITREP_VICTIM_UNKNOWN, 0,
                                                           &error), ==, first);
  claims = sitrep_store_list_claims (f->store, bus, &error);
  g_assert_cmpuint (claims->len, ==, 1);
  undo_after = sitrep_store_dup_undo_description (f->store);
  g_assert_cmpstr (undo_after, ==, undo_before);

  event = get_event (f, bus);
  g_assert_cmpint (sitrep_event_get_fatalities (event), ==, 18);
  g_assert_cmpuint (sitrep_event_get_n_evidence (event), ==, 1);
  title = sitrep_event_dup_title (event);
  g_assert_cmpstr (title, ==, "Explosions/Remote violence in Jasim, 2022-10-13");
}

/* 3. Coding fields that said nothing */

/* Labels @words as an Actor and links it as the entity chooser does. */
static gint64
label_actor (Fixture    *f,
             gint64      article,
             const char *body,
             const char *words)
{
  g_autoptr(GError) error = NULL;
  gint64 annotation = label (f, article, body, "Actor", words, 0);
  gint64 entity = sitrep_store_link_mention (f->store, annotation, "actor", &error);

  g_assert_no_error (error);
  return entity;
}

static void
test_coding_fields (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepEvent) op = NULL;
  g_autoptr(SitrepEvent) bus = NULL;
  g_autoptr(SitrepEntity) center = NULL;
  g_autofree char *acled = NULL;
  g_autofree char *out = NULL;
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  gint64 jasim, army, isis, rcc, op_id, bus_id, k1, k2;

  if (seeds_missing (f))
    return;
  jasim = label_place (f, f->southfront, f->body1, "Jasim");
  army = label_actor (f, f->southfront, f->body1, "Syrian military");
  isis = label_actor (f, f->southfront, f->body1, "ISIS");
  rcc = label_actor (f, f->southfront, f->body1, "Russian Coordination Center in Syria");

  /* The names say the types of two actors; not of the coordination center. */
  center = sitrep_store_get_entity (f->store, rcc, &error);
  g_assert_null (sitrep_entity_get_actor_type (center));

  /* The operation: six days, its precision never set. */
  draft.event_type = "Battles";
  draft.sub_event_type = "Armed clash";
  draft.date_start = "2022-10-14";
  draft.date_end = "2022-10-19";
  draft.place_id = jasim;
  draft.actor1_id = army;
  draft.actor2_id = isis;
  op_id = sitrep_store_create_event (f->store, &draft, &error);
  g_assert_no_error (error);
  /* The bombing: one day. */
  draft.event_type = "Explosions/Remote violence";
  draft.sub_event_type = "Remote explosive/landmine/IED";
  draft.date_start = draft.date_end = "2022-10-13";
  draft.actor1_id = isis;
  draft.actor2_id = army;
  bus_id = sitrep_store_create_event (f->store, &draft, &error);
  g_assert_no_error (error);

  op = get_event (f, op_id);
  bus = get_event (f, bus_id);
  g_assert_cmpint (sitrep_event_get_time_precision (op), ==, 2);
  g_assert_cmpint (sitrep_event_get_date_precision (op), ==, 2);
  g_assert_cmpint (sitrep_event_get_time_precision (bus), ==, 1);
  g_assert_cmpint (sitrep_event_get_inter1 (op), ==, 1);
  g_assert_cmpint (sitrep_event_get_inter2 (op), ==, 2);
  g_assert_cmpint (sitrep_event_get_interaction (op), ==, 12);
  g_assert_cmpint (sitrep_event_get_interaction (bus), ==, 12);

  /* The coder retypes an actor: its events follow. */
  g_assert_true (sitrep_store_set_entity_actor_type (f->store, rcc, "external_other", &error));
  g_assert_no_error (error);

  /* "More than 20 others wounded" and "over 27" in words, not codes. */
  k1 = label (f, f->southfront, f->body1, "Wounded", "more than 20 others wounded", 0);
  k2 = label (f, f->cradle, f->body2, "Wounded", "wounding over 27 others", 0);
  g_assert_cmpint (sitrep_store_make_claim (f->store, bus_id, k1, SITREP_VICTIM_ACTOR2, 0, NULL, &error), >, 0);
  g_assert_cmpint (sitrep_store_make_claim (f->store, bus_id, k2, SITREP_VICTIM_ACTOR2, 0, NULL, &error), >, 0);
  g_assert_no_error (error);
  {
    SitrepDerivedFigures figures = { 0 };

    g_assert_true (sitrep_store_get_event_figures (f->store, bus_id, &figures, &error));
    g_test_message ("%s", figures.explanation);
    g_assert_nonnull (strstr (figures.explanation, "more than 20"));
    g_assert_nonnull (strstr (figures.explanation, "more than 27"));
    g_assert_null (strstr (figures.explanation, "more_than"));
    g_assert_null (strstr (figures.explanation, "at_least"));
    sitrep_derived_figures_clear (&figures);
  }

  acled = export_to (f, SITREP_EXPORT_ACLED_CSV, NULL);
  out = python ("import csv,sys\n"
                "rows=list(csv.DictReader(open(sys.argv[1]+'/out.acled-csv',newline='',encoding='utf-8')))\n"
                "bus,op=rows[0],rows[1]\n"
                "assert bus['time_precision']=='1' and op['time_precision']=='2', rows\n"
                "assert bus['inter1']=='2' and bus['inter2']=='1' and bus['interaction']=='12', bus\n"
                "print('ok')\n", f->dir);
  g_assert_cmpstr (out, ==, "ok\n");
}

/* 4. Claimants and the second report of one incident */

static void
test_sentence_claimant (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepClaim) claim = NULL;
  g_autoptr(SitrepClaim) other = NULL;
  g_autoptr(SitrepAnnotation) span = NULL;
  gint64 jassim, op, center_span, center, dead, soldiers, claim_id, other_id;

  if (seeds_missing (f))
    return;
  jassim = label_place (f, f->cradle, f->body2, "Jassim");
  op = create_event (f, "Battles", "Armed clash", "2022-10-14", jassim);

  /* The Claimant span links to an actor, as Actor spans do. */
  center_span = label (f, f->cradle, f->body2, "Claimant", "Russian Reconciliation Center in Syria", 0);
  center = sitrep_store_link_mention (f->store, center_span, "claimant", &error);
  g_assert_no_error (error);
  g_assert_cmpint (center, >, 0);
  span = sitrep_store_get_annotation (f->store, center_span, &error);
  g_assert_cmpint (sitrep_annotation_get_entity_id (span), ==, center);
  {
    g_autoptr(SitrepEntity) entity = sitrep_store_get_entity (f->store, center, &error);
    g_assert_cmpstr (sitrep_entity_get_kind (entity), ==, "actor");
  }

  /* A figure of its sentence takes it as claimant; one of another sentence does not. */
  dead = label (f, f->cradle, f->body2, "Killed", "20 ISIS militants dead", 0);
  soldiers = label (f, f->cradle, f->body2, "Killed", "killing at least 18 service members", 0);
  claim_id = sitrep_store_make_claim (f->store, op, dead, SITREP_VICTIM_ACTOR2, 0, NULL, &error);
  other_id = sitrep_store_make_claim (f->store, op, soldiers, SITREP_VICTIM_ACTOR1, 0, NULL, &error);
  g_assert_no_error (error);
  claim = sitrep_store_get_claim (f->store, claim_id, &error);
  other = sitrep_store_get_claim (f->store, other_id, &error);
  g_assert_cmpint (sitrep_claim_get_claimant_id (claim), ==, center);
  g_assert_cmpint (sitrep_claim_get_claimant_id (other), ==, 0);

  /* A claimant with a rank: "Maj. Gen. Yegorov said that at least 20
   * terrorists … were killed" is cut into sentences at "Maj." and "Gen.";
   * the figure still takes him as claimant, linked or not. */
  {
    g_autoptr(SitrepClaim) unlinked = NULL;
    g_autoptr(SitrepClaim) ranked = NULL;
    gint64 yegorov_span, yegorov, twenty, unlinked_id, ranked_id, op2;

    yegorov_span = label (f, f->southfront, f->body1, "Claimant", "Maj. Gen. Yegorov", 0);
    twenty = label (f, f->southfront, f->body1, "Killed", "at least 20 terrorists, including the organizer", 0);

    /* Not linked yet (the coder closed the chooser): his words are the claimant. */
    unlinked_id = sitrep_store_make_claim (f->store, op, twenty, SITREP_VICTIM_ACTOR2, 0, NULL, &error);
    g_assert_no_error (error);
    unlinked = sitrep_store_get_claim (f->store, unlinked_id, &error);
    g_assert_cmpint (sitrep_claim_get_claimant_id (unlinked), ==, 0);
    g_assert_cmpstr (sitrep_claim_get_claimant_text (unlinked), ==, "Maj. Gen. Yegorov");

    /* Linked: the actor. */
    yegorov = sitrep_store_link_mention (f->store, yegorov_span, "claimant", &error);
    g_assert_no_error (error);
    op2 = create_event (f, "Battles", "Armed clash", "2022-10-15", jassim);
    ranked_id = sitrep_store_make_claim (f->store, op2, twenty, SITREP_VICTIM_ACTOR2, 0, NULL, &error);
    g_assert_no_error (error);
    ranked = sitrep_store_get_claim (f->store, ranked_id, &error);
    g_assert_cmpint (sitrep_claim_get_claimant_id (ranked), ==, yegorov);
    g_assert_null (sitrep_claim_get_claimant_text (ranked));
  }
}

/* The bus bombing told by SouthFront (000) is suggested when The Cradle's
 * report (001) of it is recorded: same day and type, though The Cradle
 * names the place "Sabbourah" and no actor. */
static void
test_second_report_suggested (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GArray) other_day = NULL;
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  gint64 damascus, sabbourah, isis, army, bus;

  if (seeds_missing (f))
    return;
  damascus = label_place (f, f->southfront, f->body1, "Damascus");
  geocode_entity (f, damascus, f->body1);
  isis = label_actor (f, f->southfront, f->body1, "ISIS");
  army = label_actor (f, f->southfront, f->body1, "Syrian military");
  draft.event_type = "Explosions/Remote violence";
  draft.sub_event_type = "Remote explosive/landmine/IED";
  draft.date_start = "2022-10-13";
  draft.place_id = damascus;
  draft.actor1_id = isis;
  draft.actor2_id = army;
  bus = sitrep_store_create_event (f->store, &draft, &error);
  g_assert_no_error (error);

  sabbourah = label_place (f, f->cradle, f->body2, "Sabbourah");
  draft = (SitrepEventDraft) SITREP_EVENT_DRAFT_INIT;
  draft.event_type = "Explosions/Remote violence";
  draft.sub_event_type = "Remote explosive/landmine/IED";
  draft.date_start = "2022-10-13";
  draft.place_id = sabbourah;
  matches = sitrep_store_find_similar_events (f->store, &draft, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_cmpint (g_array_index (matches, SitrepEventMatch, 0).event_id, ==, bus);

  /* A week later it is another incident. */
  draft.date_start = "2022-10-20";
  other_day = sitrep_store_find_similar_events (f->store, &draft, 0, &error);
  g_assert_cmpuint (other_day->len, ==, 0);
}

/* The span @words (its first occurrence) labelled Date as a capture with no
 * publication date has it: a day without its year. */
static void
label_undated_day (Fixture    *f,
                   gint64      article,
                   const char *body,
                   const char *words,
                   const char *day)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *attributes = g_strdup_printf ("{\"date\":\"%s\",\"precision\":\"day\","
                                                 "\"year_unknown\":true,\"text\":\"%s\"}", day, words);
  gint64 id = label (f, article, body, "Date", words, 0);

  g_assert_true (sitrep_store_set_annotation_attributes (f->store, id, attributes, &error));
  g_assert_no_error (error);
}

static void
add_evidence (Fixture    *f,
              gint64      event,
              gint64      article,
              const char *body,
              const char *words)
{
  g_autoptr(GError) error = NULL;
  const char *p = strstr (body, words);
  guint start;

  g_assert_nonnull (p);
  start = (guint) g_utf8_pointer_to_offset (body, p);
  g_assert_cmpint (sitrep_store_add_event_evidence (f->store, event, article, start,
                                                    start + (guint) g_utf8_strlen (words, -1), &error), >, 0);
  g_assert_no_error (error);
}

/* Undated reports (captures without a publication date): The Cradle's bus
 * bombing near Sabbourah (no coordinates, no actor, no type yet) is
 * offered SouthFront's, recorded undated at Damascus, for the day both
 * reports give; not the operation in Jasim a day later; not on another
 * day. Unknown dates rank below dates that agree. */
static void
test_undated_reports_suggested (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) matches = NULL;
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  gint64 damascus, jasim, sabbourah, bus, op, twin;
  const char *ied = "Remote explosive/landmine/IED";
  const char *explosions = "Explosions/Remote violence";

  if (seeds_missing (f))
    return;
  damascus = label_place (f, f->southfront, f->body1, "Damascus");
  jasim = label_place (f, f->southfront, f->body1, "Jasim");
  geocode_entity (f, jasim, f->body1);
  label_undated_day (f, f->southfront, f->body1, "October 13", "--10-13");
  label_undated_day (f, f->southfront, f->body1, "October 14", "--10-14");
  bus = create_event (f, explosions, ied, NULL, damascus);
  add_evidence (f, bus, f->southfront, f->body1, "behind the October 13 bus bombing near the Syrian capital");
  op = create_event (f, "Battles", "Armed clash", NULL, jasim);
  add_evidence (f, op, f->southfront, f->body1, "launched the security operation on October 14");

  /* The day alone: the bus bombing, not the operation a day later. */
  sabbourah = label_place (f, f->cradle, f->body2, "Sabbourah");
  draft.place_id = sabbourah;
  matches = sitrep_store_find_similar_to_report (f->store, &draft, "--10-13", NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_cmpint (g_array_index (matches, SitrepEventMatch, 0).event_id, ==, bus);
  g_assert_cmpint (g_array_index (matches, SitrepEventMatch, 0).days_apart, ==, 0);
  g_assert_true (g_array_index (matches, SitrepEventMatch, 0).year_unknown);
  g_clear_pointer (&matches, g_array_unref);

  /* Another day (a week on): nothing. */
  matches = sitrep_store_find_similar_to_report (f->store, &draft, "--10-20", NULL, 0, &error);
  g_assert_cmpuint (matches->len, ==, 0);
  g_clear_pointer (&matches, g_array_unref);
  /* No day at all, nothing else in common: nothing. */
  matches = sitrep_store_find_similar_to_report (f->store, &draft, NULL, NULL, 0, &error);
  g_assert_cmpuint (matches->len, ==, 0);
  g_clear_pointer (&matches, g_array_unref);

  /* Both undated, the same place and type: offered. */
  draft.place_id = damascus;
  draft.event_type = explosions;
  draft.sub_event_type = ied;
  matches = sitrep_store_find_similar_to_report (f->store, &draft, NULL, NULL, 0, &error);
  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_cmpint (g_array_index (matches, SitrepEventMatch, 0).event_id, ==, bus);
  g_assert_true (g_array_index (matches, SitrepEventMatch, 0).same_type);
  g_clear_pointer (&matches, g_array_unref);

  /* A dated report of the same day: the dated twin first, the undated
   * bus bombing (its report's day, year unknown) after it. */
  twin = create_event (f, explosions, ied, "2022-10-13", damascus);
  draft.date_start = "2022-10-13";
  matches = sitrep_store_find_similar_events (f->store, &draft, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 2);
  g_assert_cmpint (g_array_index (matches, SitrepEventMatch, 0).event_id, ==, twin);
  g_assert_cmpint (g_array_index (matches, SitrepEventMatch, 1).event_id, ==, bus);
  g_assert_true (g_array_index (matches, SitrepEventMatch, 1).year_unknown);
  g_clear_pointer (&matches, g_array_unref);

  /* The undated bus bombing finds its dated twin by its report's day. */
  matches = sitrep_store_find_events_like (f->store, bus, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_cmpint (g_array_index (matches, SitrepEventMatch, 0).event_id, ==, twin);
  g_assert_cmpint (g_array_index (matches, SitrepEventMatch, 0).days_apart, ==, 0);
  (void) op;
}

/* 5. Smaller joints */

/* SouthFront's capture names its outlet only in "Support SouthFront". */
static void
test_support_source (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepArticle) southfront = NULL;
  g_autoptr(SitrepArticle) cradle = NULL;

  if (seeds_missing (f))
    return;
  southfront = sitrep_store_get_article (f->store, f->southfront, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sitrep_article_get_source (southfront), ==, "SouthFront");
  /* The other names itself in a "Source:" line, which still wins. */
  cradle = sitrep_store_get_article (f->store, f->cradle, &error);
  g_assert_cmpstr (sitrep_article_get_source (cradle), ==, "thecradle");
  /* The appeal itself is not part of the body. */
  g_assert_null (strstr (f->body1, "Support SouthFront"));
}

/* An article being coded is no longer New; the user's own status stays. */
static void
test_status_in_progress (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepArticleStatus status;

  if (seeds_missing (f))
    return;
  {
    g_autoptr(SitrepArticle) a = sitrep_store_get_article (f->store, f->southfront, &error);
    g_assert_cmpint (sitrep_article_get_status (a), ==, SITREP_ARTICLE_STATUS_NEW);
  }
  label_place (f, f->southfront, f->body1, "Jasim");
  {
    g_autoptr(SitrepArticle) a = sitrep_store_get_article (f->store, f->southfront, &error);
    g_assert_cmpint (sitrep_article_get_status (a), ==, SITREP_ARTICLE_STATUS_IN_PROGRESS);
  }
  /* Marked done by the user, a further label leaves it done. */
  g_assert_true (sitrep_store_set_article_status (f->store, f->southfront, SITREP_ARTICLE_STATUS_DONE, &error));
  g_assert_no_error (error);
  label (f, f->southfront, f->body1, "Actor", "ISIS", 0);
  {
    g_autoptr(SitrepArticle) a = sitrep_store_get_article (f->store, f->southfront, &error);
    status = sitrep_article_get_status (a);
  }
  g_assert_cmpint (status, ==, SITREP_ARTICLE_STATUS_DONE);
}

/* Searching a place finds the articles that spell it otherwise. */
static void
test_search_spellings (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) jasim_hits = NULL;
  g_autoptr(GPtrArray) jassim_hits = NULL;
  g_autoptr(GArray) ranges = NULL;
  gint64 jasim, jassim;

  if (seeds_missing (f))
    return;
  before = sitrep_store_search (f->store, "Jasim", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before->len, ==, 1);

  /* The coder links Jassim to Jasim. */
  jasim = label_place (f, f->southfront, f->body1, "Jasim");
  jassim = label_place (f, f->cradle, f->body2, "Jassim");
  if (jassim != jasim)
    g_assert_true (sitrep_store_merge_entities (f->store, jasim, jassim, &error));
  g_assert_no_error (error);

  jasim_hits = sitrep_store_search (f->store, "Jasim", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jasim_hits->len, ==, 2);
  jassim_hits = sitrep_store_search (f->store, "jassim operation", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jassim_hits->len, ==, 2);
  /* The reader highlights the other spelling too. */
  ranges = sitrep_store_get_match_ranges (f->store, f->cradle, "Jasim", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ranges->len, >=, 2);
  /* A hostile word is still only a word. */
  g_clear_pointer (&before, g_ptr_array_unref);
  before = sitrep_store_search (f->store, "Jasim\" OR body:*", 10, &error);
  g_assert_no_error (error);
}

/* Two spellings of one outlet become one. */
static void
test_merge_sources (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) sources = NULL;
  g_auto(GStrv) after = NULL;
  g_auto(GStrv) undone = NULL;
  guint moved = 0;

  if (seeds_missing (f))
    return;
  /* A second capture of the outlet, its name spelt apart. */
  g_assert_true (sitrep_store_set_article_metadata (f->store, f->cradle, "Uprooting ISIS from Deraa",
                                                    "South Front", NULL, NULL, SITREP_DATE_PRECISION_UNKNOWN,
                                                    NULL, &error));
  g_assert_no_error (error);
  sources = sitrep_store_list_sources (f->store);
  g_assert_true (g_strv_contains ((const char * const *) sources, "South Front"));

  g_assert_true (sitrep_store_merge_sources (f->store, "SouthFront", "South Front", &moved, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (moved, ==, 1);
  after = sitrep_store_list_sources (f->store);
  g_assert_false (g_strv_contains ((const char * const *) after, "South Front"));
  {
    g_autoptr(SitrepArticle) a = sitrep_store_get_article (f->store, f->cradle, &error);
    g_assert_cmpstr (sitrep_article_get_source (a), ==, "SouthFront");
  }
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  undone = sitrep_store_list_sources (f->store);
  g_assert_true (g_strv_contains ((const char * const *) undone, "South Front"));

  /* What is refused leaves the project as it was. */
  g_assert_false (sitrep_store_merge_sources (f->store, "SouthFront", "No Such Outlet", NULL, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sitrep_store_merge_sources (f->store, "SouthFront", "southfront", NULL, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/sitrep/loop/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("event-follows-place", test_event_follows_place);
  ADD ("migration-places-events", test_migration_places_events);
  ADD ("place-events-by-entity", test_place_events_by_entity);
  ADD ("make-claim-once", test_make_claim_once);
  ADD ("coding-fields", test_coding_fields);
  ADD ("sentence-claimant", test_sentence_claimant);
  ADD ("second-report-suggested", test_second_report_suggested);
  ADD ("undated-reports-suggested", test_undated_reports_suggested);
  ADD ("support-source", test_support_source);
  ADD ("status-in-progress", test_status_in_progress);
  ADD ("search-spellings", test_search_spellings);
  ADD ("merge-sources", test_merge_sources);

#undef ADD

  return g_test_run ();
}

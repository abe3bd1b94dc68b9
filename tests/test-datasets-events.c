/* test-datasets-events.c — who coded an event (schema 9), two coders' events compared, kept,
 * merged and salvaged
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "sitrep-adjudication.h"
#include "sitrep-agreement-events.h"
#include "sitrep-event-draft.h"
#include "sitrep-import-record.h"
#include "sitrep-merge.h"
#include "sitrep-store-claims.h"
#include "sitrep-store-coding.h"
#include "sitrep-store-datasets.h"
#include "sitrep-store-events.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"
#include "sitrep-coding-private.h"

static const char body[] = "Shelling killed 7 people in Homs on Friday, the Observatory said. "
                           "Protesters gathered in Hama the next day.";

typedef struct
{
  char        *dir;
  char        *path;
  SitrepStore *store;
  gint64       article;
  gint64       ann;
  gint64       bo;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepImportRecord record = { 0 };

  f->dir = g_dir_make_tmp ("sitrep-events-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "p.sitrep", NULL);
  f->store = sitrep_store_create (f->path, &error);
  g_assert_no_error (error);
  record.title = (char *) "Shelling in Homs";
  record.body = (char *) body;
  f->article = sitrep_store_add_article (f->store, &record, NULL, &error);
  g_assert_no_error (error);
  f->ann = sitrep_store_ensure_annotator (f->store, "ann", &error);
  f->bo = sitrep_store_ensure_annotator (f->store, "bo", &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* An event of @coder in the fixture's article, with evidence and a claim. */
static gint64
code_event (SitrepStore *store,
            gint64       article,
            gint64       coder,
            const char  *type,
            const char  *date,
            int          precision,
            double       lat,
            double       lon,
            const char  *description,
            gint64       killed)
{
  g_autoptr(GError) error = NULL;
  SitrepEventDraft d = SITREP_EVENT_DRAFT_INIT;
  SitrepClaimDraft c = SITREP_CLAIM_DRAFT_INIT;
  gint64 id;

  sitrep_store_set_event_coder_default (store, coder);
  d.event_type = type;
  d.date_start = date;
  d.date_precision = precision;
  d.location = "Homs";
  d.latitude = lat;
  d.longitude = lon;
  d.description = description;
  id = sitrep_store_create_event (store, &d, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sitrep_store_add_event_evidence (store, id, article, 0, 15, &error), >, 0);
  g_assert_no_error (error);
  c.count_low = killed;
  c.article_id = article;
  g_assert_cmpint (sitrep_store_add_claim (store, id, &c, &error), >, 0);
  g_assert_no_error (error);
  return id;
}

static const char *
fields_of (SitrepEventPair *p,
           GString         *out)
{
  g_string_truncate (out, 0);
  for (guint i = 0; i < p->differences->len; i++)
    {
      SitrepEventDifference *d = g_ptr_array_index (p->differences, i);
      g_string_append_printf (out, "%s%s", out->len > 0 ? "," : "", d->field);
    }
  return out->str;
}

/* Two coders code the same shelling a day apart, 5 km apart, with another
 * description and figure; each also codes an event the other did not. */
static void
test_compare (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepEventComparison) c = NULL;
  g_autoptr(SitrepEventComparison) strict = NULL;
  g_autoptr(GString) fields = g_string_new (NULL);
  g_autofree char *name = NULL;
  gint64 a1, b1, a2, b2;
  SitrepEventPair *p;

  a1 = code_event (f->store, f->article, f->ann, "Explosions/Remote violence", "2024-03-01", 1, 34.73, 36.71,
                   "Shelling of a market.", 7);
  b1 = code_event (f->store, f->article, f->bo, "Explosions/Remote violence", "2024-03-02", 2, 34.765, 36.73,
                   "Artillery hit the market.", 9);
  /* the same day and place, another type: not one event */
  b2 = code_event (f->store, f->article, f->bo, "Protests", "2024-03-01", 1, 34.73, 36.71, NULL, 0);
  /* the same type and day, 60 km away: not one event */
  a2 = code_event (f->store, f->article, f->ann, "Explosions/Remote violence", "2024-03-01", 1, 35.13, 36.75,
                   NULL, 0);

  /* who coded each is recorded */
  g_assert_cmpint (sitrep_store_get_event_coder (f->store, a1, &name, &error), ==, f->ann);
  g_assert_cmpstr (name, ==, "ann");
  g_clear_pointer (&name, g_free);
  g_assert_cmpint (sitrep_store_get_event_coder (f->store, b1, &name, &error), ==, f->bo);
  g_assert_cmpstr (name, ==, "bo");
  g_assert_no_error (error);

  c = sitrep_event_comparison_compute (f->store, f->article, "ann", "bo", SITREP_EVENT_MATCH_KM, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (c->events_a, ==, 2);
  g_assert_cmpuint (c->events_b, ==, 2);
  g_assert_cmpuint (c->matched, ==, 1);
  g_assert_cmpuint (c->agreed, ==, 0);
  g_assert_cmpuint (c->pairs->len, ==, 3);
  p = g_ptr_array_index (c->pairs, 0);
  g_assert_cmpint (p->event_a, ==, a1);
  g_assert_cmpint (p->event_b, ==, b1);
  g_assert_cmpstr (fields_of (p, fields), ==, "date_start,date_end,date_precision,fatalities,description");
  {
    SitrepEventDifference *d = g_ptr_array_index (p->differences, 3);
    g_assert_cmpstr (d->a, ==, "7");
    g_assert_cmpstr (d->b, ==, "9");
  }
  p = g_ptr_array_index (c->pairs, 1);
  g_assert_cmpint (p->event_a, ==, a2);
  g_assert_cmpint (p->event_b, ==, 0);
  p = g_ptr_array_index (c->pairs, 2);
  g_assert_cmpint (p->event_a, ==, 0);
  g_assert_cmpint (p->event_b, ==, b2);

  /* 5 km apart is too far at 1 km; a day apart too far when both are exact */
  strict = sitrep_event_comparison_compute (f->store, f->article, "ann", "bo", 1.0, &error);
  g_assert_cmpuint (strict->matched, ==, 0);
  {
    g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
    gint64 ids[2] = { a1, b1 };
    g_assert_true (sitrep_store_get_events (f->store, ids, 2, events, &error));
    g_assert_true (sitrep_events_match (g_ptr_array_index (events, 0), g_ptr_array_index (events, 1), 10));
    g_assert_true (sitrep_store_set_event_dates (f->store, b1, "2024-03-02", NULL, 1, &error));
    g_ptr_array_set_size (events, 0);
    g_assert_true (sitrep_store_get_events (f->store, ids, 2, events, &error));
    g_assert_false (sitrep_events_match (g_ptr_array_index (events, 0), g_ptr_array_index (events, 1), 10));
  }

  /* an unknown coder is named */
  g_assert_null (sitrep_event_comparison_compute (f->store, f->article, "ann", "cy", 10, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "cy"));
}

/* Keeping one version copies it into the adjudicated layer, with its
 * evidence and claims, as one undo step; the pair then reads as settled. */
static void
test_keep (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepEventComparison) before = NULL;
  g_autoptr(SitrepEventComparison) after = NULL;
  g_autoptr(SitrepEventComparison) undone = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autofree char *who = NULL;
  gint64 b1, kept;

  code_event (f->store, f->article, f->ann, "Battles", "2024-03-01", 1, 34.73, 36.71, "A clash.", 3);
  b1 = code_event (f->store, f->article, f->bo, "Battles", "2024-03-01", 1, 34.73, 36.71, "Heavy clashes.", 4);
  before = sitrep_event_comparison_compute (f->store, f->article, "ann", "bo", 10, &error);
  g_assert_cmpint (((SitrepEventPair *) g_ptr_array_index (before->pairs, 0))->kept, ==, 0);

  kept = sitrep_event_comparison_keep (f->store, b1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kept, >, 0);
  g_assert_cmpint (sitrep_store_get_event_coder (f->store, kept, &who, &error), >, 0);
  g_assert_cmpstr (who, ==, SITREP_ADJUDICATED_ANNOTATOR);
  claims = sitrep_store_list_claims (f->store, kept, &error);
  g_assert_cmpuint (claims->len, ==, 1);
  g_assert_cmpint (sitrep_claim_get_count_low (g_ptr_array_index (claims, 0)), ==, 4);
  evidence = sitrep_store_list_event_evidence (f->store, kept, &error);
  g_assert_cmpuint (evidence->len, ==, 1);

  after = sitrep_event_comparison_compute (f->store, f->article, "ann", "bo", 10, &error);
  g_assert_cmpint (((SitrepEventPair *) g_ptr_array_index (after->pairs, 0))->kept, ==, kept);
  /* the adjudicated layer is no coder to compare */
  {
    g_autoptr(GPtrArray) all = sitrep_event_comparison_compute_all (f->store, NULL, 10, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (all->len, ==, 1);
  }

  g_assert_true (sitrep_store_undo (f->store, &error));
  undone = sitrep_event_comparison_compute (f->store, f->article, "ann", "bo", 10, &error);
  g_assert_cmpint (((SitrepEventPair *) g_ptr_array_index (undone->pairs, 0))->kept, ==, 0);
  g_assert_cmpint (sitrep_store_get_event_coder (f->store, kept, NULL, NULL), ==, -1);
}

static gboolean
run_cli (const char * const *argv,
         char              **out)
{
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, out, NULL,
                               &status, NULL));
  return g_spawn_check_wait_status (status, NULL);
}

/* agreement --events --json: the pairs with the fields that differ. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  const char *cli = g_getenv ("SITREP_CLI");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *text = NULL;
  JsonObject *root, *cmp, *pair, *diff;
  JsonArray *diffs;

  if (cli == NULL)
    {
      g_test_skip ("SITREP_CLI is not set (run through meson test)");
      return;
    }
  code_event (f->store, f->article, f->ann, "Battles", "2024-03-01", 1, 34.73, 36.71, "A clash.", 3);
  code_event (f->store, f->article, f->bo, "Battles", "2024-03-01", 1, 34.73, 36.71, "Heavy clashes.", 3);
  g_clear_object (&f->store);

  g_assert_true (run_cli ((const char *[]) { cli, "agreement", f->path, "--events", "--json", NULL }, &out));
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "articles"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (root, "matched"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (root, "agreed"), ==, 0);
  cmp = json_array_get_object_element (json_object_get_array_member (root, "comparisons"), 0);
  g_assert_cmpstr (json_object_get_string_member (cmp, "a"), ==, "ann");
  g_assert_cmpstr (json_object_get_string_member (cmp, "b"), ==, "bo");
  pair = json_array_get_object_element (json_object_get_array_member (cmp, "pairs"), 0);
  g_assert_true (json_object_get_null_member (pair, "kept"));
  diffs = json_object_get_array_member (pair, "differences");
  g_assert_cmpuint (json_array_get_length (diffs), ==, 1);
  diff = json_array_get_object_element (diffs, 0);
  g_assert_cmpstr (json_object_get_string_member (diff, "field"), ==, "description");
  g_assert_cmpstr (json_object_get_string_member (diff, "a"), ==, "A clash.");
  g_assert_cmpstr (json_object_get_string_member (diff, "b"), ==, "Heavy clashes.");

  /* the text form names the field and both coders */
  g_assert_true (run_cli ((const char *[]) { cli, "agreement", f->path, "--events", NULL }, &text));
  g_assert_nonnull (strstr (text, "“A clash.” (ann), “Heavy clashes.” (bo)"));
  g_clear_pointer (&text, g_free);
  /* a coder the project does not know: a clear failure */
  g_assert_false (run_cli ((const char *[]) { cli, "agreement", f->path, "--events", "--annotators", "ann,cy",
                                              NULL }, &text));
}

/* A coder's copy comes back with the coder's events as theirs (the same
 * incident as ours is not "already here"), and the adjudicator's
 * rejections come along; salvage keeps both. */
static void
test_merge_and_salvage (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, "bo.sitrep", NULL);
  g_autofree char *saved = g_build_filename (f->dir, "salvaged.sitrep", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rejected = NULL;
  g_autoptr(GPtrArray) all = NULL;
  SitrepMergeReport report = { 0 };

  code_event (f->store, f->article, f->ann, "Battles", "2024-03-01", 1, 34.73, 36.71, "A clash.", 3);
  g_assert_true (sitrep_store_save_coder_copy (f->store, copy, "bo", TRUE, &error));
  g_assert_no_error (error);
  {
    g_autoptr(SitrepStore) theirs = sitrep_store_open (copy, SITREP_STORE_OPEN_DEFAULT, &error);
    gint64 bo = sitrep_store_ensure_annotator (theirs, "bo", &error);
    g_autoptr(GArray) codings = sitrep_store_list_event_codings (theirs, 0, &error);

    /* blind: ann's event is not in bo's copy */
    g_assert_cmpuint (codings->len, ==, 0);
    code_event (theirs, f->article, bo, "Battles", "2024-03-01", 1, 34.73, 36.71, "Heavy clashes.", 3);
    g_assert_true (sitrep_store_add_adjudication_rejection (theirs, f->article, 0, 8, &error));
  }
  /* the window works as ann: the merged event stays bo's */
  sitrep_store_set_event_coder_default (f->store, f->ann);
  g_assert_true (sitrep_store_merge_project (f->store, copy, &report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.events_added, ==, 1);
  g_assert_cmpuint (report.events_present, ==, 0);
  sitrep_merge_report_clear (&report);
  all = sitrep_event_comparison_compute_all (f->store, NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 1);
  g_assert_cmpuint (((SitrepEventComparison *) g_ptr_array_index (all, 0))->matched, ==, 1);
  rejected = sitrep_store_list_adjudication_rejections (f->store, f->article, &error);
  g_assert_cmpuint (rejected->len, ==, 1);
  /* merging again adds nothing */
  g_assert_true (sitrep_store_merge_project (f->store, copy, &report, NULL, &error));
  g_assert_cmpuint (report.events_added, ==, 0);
  g_assert_cmpuint (report.events_present, ==, 1);
  sitrep_merge_report_clear (&report);

  g_clear_object (&f->store);
  g_assert_true (sitrep_store_salvage (f->path, saved, &error));
  g_assert_no_error (error);
  {
    g_autoptr(SitrepStore) s = sitrep_store_open (saved, SITREP_STORE_OPEN_READ_ONLY, &error);
    g_autoptr(GPtrArray) again = NULL;
    g_autoptr(GArray) kept = NULL;

    g_assert_no_error (error);
    again = sitrep_event_comparison_compute_all (s, NULL, 10, &error);
    g_assert_cmpuint (again->len, ==, 1);
    kept = sitrep_store_list_adjudication_rejections (s, f->article, &error);
    g_assert_cmpuint (kept->len, ==, 1);
  }
}

/* A project of schema 8 with an event opens with the event's coder unknown. */
static void
test_migrate (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "v8.sitrep", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GArray) codings = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (_sitrep_store_schema_create (db, 8, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO annotators (id, name) VALUES (1, 'ann');"
                                     "INSERT INTO events (id, event_type, date_start) VALUES (5, 'Battles', '2020-01-01');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sitrep_store_get_schema_version (store), ==, SITREP_STORE_SCHEMA_VERSION);
  g_assert_cmpint (sitrep_store_get_event_coder (store, 5, NULL, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_true (sitrep_store_set_event_coder (store, 5, 1, &error));
  g_assert_cmpint (sitrep_store_get_event_coder (store, 5, NULL, &error), ==, 1);
  g_assert_true (sitrep_store_undo (store, &error));
  g_assert_cmpint (sitrep_store_get_event_coder (store, 5, NULL, &error), ==, 0);
  codings = sitrep_store_list_event_codings (store, 0, &error);
  g_assert_cmpuint (codings->len, ==, 0);
  {
    g_autofree char *report = NULL;
    g_assert_true (sitrep_store_check (store, &report, &error));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sitrep/events-agreement/compare", Fixture, NULL, fixture_set_up, test_compare, fixture_tear_down);
  g_test_add ("/sitrep/events-agreement/keep", Fixture, NULL, fixture_set_up, test_keep, fixture_tear_down);
  g_test_add ("/sitrep/events-agreement/cli", Fixture, NULL, fixture_set_up, test_cli, fixture_tear_down);
  g_test_add ("/sitrep/events-agreement/merge-and-salvage", Fixture, NULL, fixture_set_up, test_merge_and_salvage,
              fixture_tear_down);
  g_test_add ("/sitrep/events-agreement/migrate", Fixture, NULL, fixture_set_up, test_migrate, fixture_tear_down);

  return g_test_run ();
}

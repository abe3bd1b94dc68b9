/* test-events.c — events, claims ledger, suggestions, merge, undo, exports, UCDP import
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sitrep-event-list.h"
#include "sitrep-export.h"
#include "sitrep-gazetteer.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"
#include "sitrep-ucdp.h"
#include "sitrep-paged-list-private.h"
#include "sitrep-event-private.h"
#include "sitrep-test-util.h"

typedef struct
{
  char *dir;
  char *path;
  SitrepStore *store;
  gint64 article1;
  gint64 article2;
  gint64 isis;
  gint64 army;
  gint64 sohr;
  gint64 damascus;
  gint64 jasim;
  gint64 daraa;
} Fixture;

/* The bus bombing as two outlets tell it (gold 000 and its twin). */
static const char body1[] =
  "A bomb attack on a military bus near Damascus claimed the lives of 18 soldiers, "
  "with more than 20 others wounded. ISIS claimed the attack.";
static const char body2[] =
  "Eighteen soldiers were killed and over 27 wounded when a bus was bombed near Damascus, "
  "state media said.";

static guint
offset_of (const char *text,
           const char *needle)
{
  const char *p = strstr (text, needle);

  g_assert_nonnull (p);
  return (guint) g_utf8_pointer_to_offset (text, p);
}

static void
place_at (SitrepStore *store,
          gint64       id,
          double       lat,
          double       lon)
{
  g_autofree char *sql = NULL;
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];
  sqlite3 *db = _sitrep_store_lock (store, NULL);

  /* The gazetteer places entities; here the test does. */
  sql = g_strdup_printf ("UPDATE entities SET latitude = %s, longitude = %s, admin1 = 'Rif Dimashq',"
                         " country = 'Syria' WHERE id = %" G_GINT64_FORMAT,
                         g_ascii_dtostr (a, sizeof a, lat), g_ascii_dtostr (b, sizeof b, lon), id);
  g_assert_true (_sitrep_store_exec (db, sql, NULL));
  _sitrep_store_unlock (store);
}

static gint64
actor (SitrepStore *store,
       const char  *name,
       const char  *type)
{
  g_autoptr(GError) error = NULL;
  gint64 id = sitrep_store_add_entity (store, "actor", name, &error);

  g_assert_no_error (error);
  if (type != NULL)
    {
      sitrep_store_set_entity_actor_type (store, id, type, &error);
      g_assert_no_error (error);
    }
  return id;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepImportRecord record = { 0 };

  f->dir = g_dir_make_tmp ("sitrep-events-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "p.sitrep", NULL);
  f->store = sitrep_store_create (f->path, &error);
  g_assert_no_error (error);

  record.title = (char *) "Bus bombing near Damascus";
  record.body = (char *) body1;
  record.source = (char *) "SouthFront";
  f->article1 = sitrep_store_add_article (f->store, &record, NULL, &error);
  g_assert_no_error (error);
  record.title = (char *) "Eighteen soldiers killed";
  record.body = (char *) body2;
  record.source = (char *) "Al-Masdar";
  f->article2 = sitrep_store_add_article (f->store, &record, NULL, &error);
  g_assert_no_error (error);

  f->isis = actor (f->store, "ISIS", "rebel_group");
  f->army = actor (f->store, "Syrian Arab Army", "state_forces");
  f->sohr = actor (f->store, "SOHR", NULL);
  f->damascus = sitrep_store_add_entity (f->store, "place", "Damascus", &error);
  g_assert_no_error (error);
  f->jasim = sitrep_store_add_entity (f->store, "place", "Jasim", &error);
  g_assert_no_error (error);
  f->daraa = sitrep_store_add_entity (f->store, "place", "Daraa", &error);
  g_assert_no_error (error);
  place_at (f->store, f->damascus, 33.5102, 36.2913);
  place_at (f->store, f->jasim, 32.9913, 36.0609);
  place_at (f->store, f->daraa, 32.6189, 36.1021);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_assert_finalize_object (f->store);
  d = g_dir_open (f->dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
bus_bombing (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  SitrepEventDraft d = SITREP_EVENT_DRAFT_INIT;
  gint64 id;

  d.event_type = "Explosions/Remote violence";
  d.sub_event_type = "Remote explosive/landmine/IED";
  d.date_start = "2022-10-13";
  d.date_precision = 1;
  d.place_id = f->damascus;
  d.geo_precision = 2;
  d.where_prec = 2;
  d.actor1_id = f->isis;
  d.actor2_id = f->army;
  d.description = "IED attack on a military bus near Damascus.";
  id = sitrep_store_create_event (f->store, &d, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
on_events_changed (SitrepStore *store,
                   gint64       id,
                   guint       *count)
{
  (*count)++;
}

static void
test_create_edit (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepEvent) event = NULL;
  g_autoptr(SitrepEvent) empty = NULL;
  gint64 id = bus_bombing (f);
  gint64 blank;
  guint changed = 0;

  event = sitrep_store_get_event (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sitrep_event_get_disorder_type (event), ==, "Political violence");
  g_assert_cmpstr (sitrep_event_get_date_end (event), ==, "2022-10-13");
  g_assert_cmpint (sitrep_event_get_time_precision (event), ==, 1);
  g_assert_cmpstr (sitrep_event_get_place_name (event), ==, "Damascus");
  g_assert_cmpstr (sitrep_event_get_admin1 (event), ==, "Rif Dimashq");
  g_assert_cmpfloat_with_epsilon (sitrep_event_get_latitude (event), 33.5102, 1e-6);
  g_assert_false (sitrep_event_get_coordinates_set (event));
  g_assert_cmpstr (sitrep_event_get_actor1 (event), ==, "ISIS");
  g_assert_cmpstr (sitrep_event_get_actor2 (event), ==, "Syrian Arab Army");
  g_assert_cmpint (sitrep_event_get_inter1 (event), ==, 2);
  g_assert_cmpint (sitrep_event_get_inter2 (event), ==, 1);
  g_assert_cmpint (sitrep_event_get_interaction (event), ==, 12);
  g_assert_cmpint (sitrep_event_get_fatalities (event), ==, -1);

  blank = sitrep_store_create_event (f->store, NULL, &error);
  g_assert_no_error (error);
  empty = sitrep_store_get_event (f->store, blank, &error);
  g_assert_null (sitrep_event_get_event_type (empty));
  g_assert_true (isnan (sitrep_event_get_latitude (empty)));
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 2);

  g_signal_connect (f->store, "events-changed", G_CALLBACK (on_events_changed), &changed);

  /* Field edits, each one undo step. */
  g_assert_true (sitrep_store_set_event_type (f->store, blank, "Battles", "Armed clash", &error));
  g_assert_no_error (error);
  g_assert_true (sitrep_store_set_event_dates (f->store, blank, "2022-10-14", "2022-10-19", 2, &error));
  g_assert_true (sitrep_store_set_event_place (f->store, blank, f->jasim, 1, 1, &error));
  g_assert_true (sitrep_store_set_event_actors (f->store, blank, f->army, f->isis, &f->sohr, 1, NULL, 0, &error));
  g_assert_true (sitrep_store_set_event_text (f->store, blank, TRUE, "Operation in Jasim", "from gold 000", &error));
  g_assert_no_error (error);
  g_clear_object (&empty);
  empty = sitrep_store_get_event (f->store, blank, &error);
  g_assert_cmpstr (sitrep_event_get_sub_event_type (empty), ==, "Armed clash");
  g_assert_cmpstr (sitrep_event_get_date_end (empty), ==, "2022-10-19");
  g_assert_cmpint (sitrep_event_get_time_precision (empty), ==, 2);
  g_assert_cmpstr (sitrep_event_get_place_name (empty), ==, "Jasim");
  g_assert_cmpstr (sitrep_event_get_assoc_actor1 (empty)[0], ==, "SOHR");
  g_assert_true (sitrep_event_get_civilian_targeting (empty));

  /* Coordinates set directly win over the place's, and the R*Tree follows. */
  g_assert_true (sitrep_store_set_event_coordinates (f->store, blank, 33.0, 36.1, &error));
  g_clear_object (&empty);
  empty = sitrep_store_get_event (f->store, blank, &error);
  g_assert_true (sitrep_event_get_coordinates_set (empty));
  g_assert_cmpfloat_with_epsilon (sitrep_event_get_latitude (empty), 33.0, 1e-9);
  {
    sqlite3 *db = _sitrep_store_lock (f->store, NULL);
    sqlite3_stmt *stmt = NULL;

    sqlite3_prepare_v2 (db, "SELECT min_lat FROM events_rtree WHERE id = ?1", -1, &stmt, NULL);
    sqlite3_bind_int64 (stmt, 1, blank);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpfloat_with_epsilon (sqlite3_column_double (stmt, 0), 33.0, 1e-4);
    sqlite3_finalize (stmt);
    _sitrep_store_unlock (f->store);
  }
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_clear_object (&empty);
  empty = sitrep_store_get_event (f->store, blank, &error);
  g_assert_cmpfloat_with_epsilon (sitrep_event_get_latitude (empty), 32.9913, 1e-6);
  {
    sqlite3 *db = _sitrep_store_lock (f->store, NULL);
    sqlite3_stmt *stmt = NULL;

    sqlite3_prepare_v2 (db, "SELECT min_lat FROM events_rtree WHERE id = ?1", -1, &stmt, NULL);
    sqlite3_bind_int64 (stmt, 1, blank);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpfloat_with_epsilon (sqlite3_column_double (stmt, 0), 32.9913, 1e-4);
    sqlite3_finalize (stmt);
    _sitrep_store_unlock (f->store);
  }

  /* Delete, undo, redo. */
  g_assert_true (sitrep_store_delete_event (f->store, id, &error));
  g_assert_null (sitrep_store_get_event (f->store, id, NULL));
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_clear_object (&event);
  event = sitrep_store_get_event (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sitrep_event_get_actor2 (event), ==, "Syrian Arab Army");
  g_assert_true (sitrep_store_redo (f->store, &error));
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 1);
  /* Six field edits and a delete, then undo and redo, each said at least once. */
  g_assert_cmpuint (changed, >=, 9);
  g_signal_handlers_disconnect_by_func (f->store, on_events_changed, &changed);
}

/* Every field is also a read-only property with the getter's value, and an
 * event made with only an id has every "unknown" the getters document. */
static void
test_properties (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepEvent) event = NULL;
  g_autoptr(SitrepEvent) bare = NULL;
  g_autofree char *place_name = NULL;
  g_auto(GStrv) assoc = NULL;
  g_autoptr(GArray) assoc_ids = NULL;
  gint64 id = bus_bombing (f);
  gint64 prop_id = 0;
  gint64 fatalities = 0;
  gint64 actor1_id = 0;
  int geo_precision = 0;
  guint n_claims = 99;
  double latitude = 0;
  gboolean coordinates_set = TRUE;

  g_assert_true (sitrep_store_set_event_actors (f->store, id, f->isis, f->army, &f->sohr, 1, NULL, 0, &error));
  g_assert_no_error (error);
  event = sitrep_store_get_event (f->store, id, &error);
  g_assert_no_error (error);
  g_object_get (event,
                "id", &prop_id,
                "place-name", &place_name,
                "fatalities", &fatalities,
                "actor1-id", &actor1_id,
                "geo-precision", &geo_precision,
                "n-claims", &n_claims,
                "latitude", &latitude,
                "coordinates-set", &coordinates_set,
                "assoc-actor1", &assoc,
                "assoc-actor1-ids", &assoc_ids,
                NULL);
  g_assert_cmpint (prop_id, ==, id);
  g_assert_cmpstr (place_name, ==, "Damascus");
  g_assert_cmpstr (place_name, ==, sitrep_event_get_place_name (event));
  g_assert_cmpint (fatalities, ==, -1);
  g_assert_cmpint (actor1_id, ==, f->isis);
  g_assert_cmpint (geo_precision, ==, 2);
  g_assert_cmpuint (n_claims, ==, 0);
  g_assert_cmpfloat_with_epsilon (latitude, 33.5102, 1e-6);
  g_assert_false (coordinates_set);
  g_assert_nonnull (assoc);
  g_assert_cmpstr (assoc[0], ==, "SOHR");
  g_assert_null (assoc[1]);
  g_assert_nonnull (assoc_ids);
  g_assert_cmpuint (assoc_ids->len, ==, 1);
  g_assert_cmpint (g_array_index (assoc_ids, gint64, 0), ==, f->sohr);
  g_assert_true (assoc_ids == sitrep_event_get_assoc_actor1_ids (event));

  bare = g_object_new (SITREP_TYPE_EVENT, "id", (gint64) 7, NULL);
  g_assert_cmpint (sitrep_event_get_id (bare), ==, 7);
  g_assert_null (sitrep_event_get_event_type (bare));
  g_assert_null (sitrep_event_get_assoc_actor2 (bare));
  g_assert_true (isnan (sitrep_event_get_longitude (bare)));
  g_assert_cmpint (sitrep_event_get_best_override (bare), ==, -1);
  g_assert_cmpint (sitrep_event_get_best (bare), ==, -1);
  g_assert_cmpint (sitrep_event_get_inter1 (bare), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&bare));
}

static void
expect_invalid (Fixture                *f,
                const SitrepEventDraft *d,
                const char             *words)
{
  g_autoptr(GError) error = NULL;
  guint before = sitrep_store_count_events (f->store);

  g_assert_cmpint (sitrep_store_create_event (f->store, d, &error), ==, 0);
  g_assert_nonnull (error);
  g_test_message ("refused: %s", error->message);
  if (strstr (error->message, words) == NULL)
    g_error ("“%s” not in “%s”", words, error->message);
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, before);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepEventDraft d = SITREP_EVENT_DRAFT_INIT;
  SitrepClaimDraft c = SITREP_CLAIM_DRAFT_INIT;
  gint64 id;

  d.date_start = "2022-10-13";
  d.date_end = "2022-10-12";
  expect_invalid (f, &d, "before the start date");
  d.date_end = "2022-13-01";
  expect_invalid (f, &d, "is not a date");
  d = (SitrepEventDraft) SITREP_EVENT_DRAFT_INIT;
  d.event_type = "Picnic";
  expect_invalid (f, &d, "not an event type");
  d.event_type = "Battles";
  d.sub_event_type = "Peaceful protest";
  expect_invalid (f, &d, "is a kind of Protests, not of Battles");
  d.sub_event_type = "Lunch";
  expect_invalid (f, &d, "not a sub-event type");
  d = (SitrepEventDraft) SITREP_EVENT_DRAFT_INIT;
  d.sub_event_type = "Armed clash";
  expect_invalid (f, &d, "Choose the event type");
  d = (SitrepEventDraft) SITREP_EVENT_DRAFT_INIT;
  d.geo_precision = 4;
  expect_invalid (f, &d, "Geo precision");
  d.geo_precision = 0;
  d.where_prec = 8;
  expect_invalid (f, &d, "Where precision");
  d.where_prec = 0;
  d.place_id = f->isis;
  expect_invalid (f, &d, "must be a place");
  d.place_id = 0;
  d.actor1_id = f->damascus;
  expect_invalid (f, &d, "cannot be an actor");
  d.actor1_id = f->isis;
  d.actor2_id = f->isis;
  expect_invalid (f, &d, "different actors");

  id = bus_bombing (f);
  c.count_low = -3;
  g_assert_cmpint (sitrep_store_add_claim (f->store, id, &c, &error), ==, 0);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "negative"));
  g_clear_error (&error);
  c.count_low = 30;
  c.count_high = 20;
  c.qualifier = SITREP_QUALIFIER_RANGE;
  g_assert_cmpint (sitrep_store_add_claim (f->store, id, &c, &error), ==, 0);
  g_assert_nonnull (strstr (error->message, "above the high"));
  g_clear_error (&error);
  g_assert_false (sitrep_store_set_event_best_override (f->store, id, 12, "  ", &error));
  g_assert_nonnull (strstr (error->message, "Say why"));
  g_clear_error (&error);
  g_assert_false (sitrep_store_set_event_range_override (f->store, id, 9, 3, "x", &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sitrep_store_set_event_dates (f->store, id, "2022-10-13", "2022-10-01", 2, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sitrep_store_update_event (f->store, 99999, &d, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
}

static gint64
annotate (Fixture    *f,
          gint64      article,
          const char *body,
          const char *label,
          const char *words)
{
  g_autoptr(GError) error = NULL;
  guint start = offset_of (body, words);
  gint64 id = sitrep_store_add_annotation (f->store, article, sitrep_test_label_id (f->store, label), start,
                                           start + g_utf8_strlen (words, -1), 0, 0, NULL, &error);

  g_assert_no_error (error);
  return id;
}

/* The bus bombing with claims from both outlets, from their casualty spans. */
static gint64
bus_bombing_with_claims (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 id = bus_bombing (f);
  gint64 a;

  a = annotate (f, f->article1, body1, "Killed", "claimed the lives of 18 soldiers");
  g_assert_cmpint (sitrep_store_add_claim_from_annotation (f->store, id, a, SITREP_VICTIM_ACTOR2, 0, &error), >, 0);
  g_assert_no_error (error);
  a = annotate (f, f->article1, body1, "Wounded", "more than 20 others wounded");
  g_assert_cmpint (sitrep_store_add_claim_from_annotation (f->store, id, a, SITREP_VICTIM_ACTOR2, 0, &error), >, 0);
  a = annotate (f, f->article2, body2, "Killed", "Eighteen soldiers were killed");
  g_assert_cmpint (sitrep_store_add_claim_from_annotation (f->store, id, a, SITREP_VICTIM_ACTOR2, 0, &error), >, 0);
  a = annotate (f, f->article2, body2, "Wounded", "over 27 wounded");
  g_assert_cmpint (sitrep_store_add_claim_from_annotation (f->store, id, a, SITREP_VICTIM_ACTOR2, 0, &error), >, 0);
  g_assert_no_error (error);
  return id;
}

static void
test_claims_ledger (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(SitrepEvent) event = NULL;
  SitrepDerivedFigures fig;
  SitrepClaimDraft c = SITREP_CLAIM_DRAFT_INIT;
  gint64 id = bus_bombing_with_claims (f);
  gint64 place, manual;
  SitrepClaim *first;

  claims = sitrep_store_list_claims (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (claims->len, ==, 4);
  first = g_ptr_array_index (claims, 0);
  g_assert_cmpstr (sitrep_claim_get_kind (first), ==, "killed");
  g_assert_cmpint (sitrep_claim_get_count_low (first), ==, 18);
  g_assert_cmpstr (sitrep_claim_get_qualifier (first), ==, "exact");
  g_assert_cmpint (sitrep_claim_get_article_id (first), ==, f->article1);
  g_assert_cmpstr (sitrep_claim_get_text (first), ==, "claimed the lives of 18 soldiers");
  g_assert_cmpstr (sitrep_claim_get_qualifier (g_ptr_array_index (claims, 1)), ==, "more_than");
  g_assert_cmpint (sitrep_claim_get_count_low (g_ptr_array_index (claims, 3)), ==, 27);

  /* Each casualty span became evidence too. */
  evidence = sitrep_store_list_event_evidence (f->store, id, &error);
  g_assert_cmpuint (evidence->len, ==, 4);
  g_assert_cmpstr (((SitrepEvidence *) g_ptr_array_index (evidence, 0))->text, ==,
                   "claimed the lives of 18 soldiers");

  g_assert_true (sitrep_store_get_event_figures (f->store, id, &fig, &error));
  g_assert_cmpint (fig.fatalities, ==, 18);
  g_assert_cmpint (fig.best, ==, 18);
  g_assert_cmpuint (fig.n_sources, ==, 2);
  g_assert_true (fig.disputed);
  g_assert_cmpint (fig.wounded, ==, 20);
  g_test_message ("%s", fig.explanation);
  g_assert_nonnull (strstr (fig.explanation, "SouthFront"));
  sitrep_derived_figures_clear (&fig);

  event = sitrep_store_get_event (f->store, id, &error);
  g_assert_true (sitrep_event_get_disputed (event));
  g_assert_cmpint (sitrep_event_get_fatalities (event), ==, 18);
  g_assert_cmpuint (sitrep_event_get_n_claims (event), ==, 4);

  /* A place span is not a claim. */
  place = annotate (f, f->article1, body1, "Place", "Damascus");
  g_assert_cmpint (sitrep_store_add_claim_from_annotation (f->store, id, place, SITREP_VICTIM_UNKNOWN, 0, &error), ==, 0);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A claim by hand, attributed to SOHR; edit it; delete it; undo. */
  c.count_low = 20;
  c.qualifier = SITREP_QUALIFIER_AT_LEAST;
  c.victim_side = SITREP_VICTIM_ACTOR2;
  c.claimant_id = f->sohr;
  manual = sitrep_store_add_claim (f->store, id, &c, &error);
  g_assert_no_error (error);
  g_assert_true (sitrep_store_get_event_figures (f->store, id, &fig, &error));
  g_assert_cmpuint (fig.n_sources, ==, 3);
  g_assert_cmpint (fig.high, ==, 20);
  g_assert_cmpint (fig.best, ==, 18);
  sitrep_derived_figures_clear (&fig);
  c.count_low = 25;
  g_assert_true (sitrep_store_update_claim (f->store, manual, &c, &error));
  {
    g_autoptr(SitrepClaim) claim = sitrep_store_get_claim (f->store, manual, &error);
    g_assert_cmpint (sitrep_claim_get_count_low (claim), ==, 25);
    g_assert_cmpstr (sitrep_claim_get_claimant (claim), ==, "SOHR");
  }
  g_assert_true (sitrep_store_delete_claim (f->store, manual, &error));
  g_assert_null (sitrep_store_get_claim (f->store, manual, NULL));
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  {
    g_autoptr(SitrepClaim) claim = sitrep_store_get_claim (f->store, manual, &error);
    g_assert_cmpint (sitrep_claim_get_count_low (claim), ==, 25);
  }
  g_clear_object (&event);
  event = sitrep_store_get_event (f->store, id, &error);
  g_assert_cmpint (sitrep_event_get_high (event), ==, 25);

  /* Evidence from a span, and removed. */
  {
    gint64 ev = sitrep_store_add_event_evidence (f->store, id, f->article2, 0, 8, &error);
    g_autoptr(GPtrArray) list = NULL;

    g_assert_no_error (error);
    list = sitrep_store_list_event_evidence (f->store, id, &error);
    g_assert_cmpuint (list->len, ==, 5);
    g_assert_cmpint (sitrep_store_add_event_evidence (f->store, id, f->article2, 0, 8, &error), ==, ev);
    g_assert_cmpint (sitrep_store_add_event_evidence (f->store, id, f->article2, 0, 100000, &error), ==, 0);
    g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_true (sitrep_store_remove_event_evidence (f->store, ev, &error));
    g_clear_pointer (&list, g_ptr_array_unref);
    list = sitrep_store_list_event_evidence (f->store, id, &error);
    g_assert_cmpuint (list->len, ==, 4);
  }
}

/* A report in the evidence that gives no figure still reports the event:
 * it counts among the sources in the figures, the event and its row, and
 * stops counting when it is removed or undone. */
static void
test_sources_count_evidence (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepEvent) event = NULL;
  SitrepDerivedFigures fig;
  gint64 id = bus_bombing (f);
  gint64 ev;

  g_assert_true (sitrep_store_get_event_figures (f->store, id, &fig, &error));
  g_assert_cmpuint (fig.n_sources, ==, 0);
  sitrep_derived_figures_clear (&fig);

  ev = sitrep_store_add_event_evidence (f->store, id, f->article1, 0, 20, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ev, >, 0);
  g_assert_true (sitrep_store_get_event_figures (f->store, id, &fig, &error));
  g_assert_cmpuint (fig.n_sources, ==, 1);
  g_assert_nonnull (strstr (fig.explanation, "1 source."));
  sitrep_derived_figures_clear (&fig);
  event = sitrep_store_get_event (f->store, id, &error);
  g_assert_cmpuint (sitrep_event_get_n_sources (event), ==, 1);

  /* A second outlet's report, and the first's figure: still one source each. */
  g_assert_cmpint (sitrep_store_add_event_evidence (f->store, id, f->article2, 0, 8, &error), >, 0);
  {
    SitrepClaimDraft c = SITREP_CLAIM_DRAFT_INIT;

    c.kind = SITREP_CLAIM_KILLED;
    c.count_low = 18;
    c.article_id = f->article1;
    g_assert_cmpint (sitrep_store_add_claim (f->store, id, &c, &error), >, 0);
    g_assert_no_error (error);
  }
  g_clear_object (&event);
  event = sitrep_store_get_event (f->store, id, &error);
  g_assert_cmpuint (sitrep_event_get_n_sources (event), ==, 2);

  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_true (sitrep_store_remove_event_evidence (f->store, ev, &error));
  g_clear_object (&event);
  event = sitrep_store_get_event (f->store, id, &error);
  g_assert_cmpuint (sitrep_event_get_n_sources (event), ==, 0);
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_clear_object (&event);
  event = sitrep_store_get_event (f->store, id, &error);
  g_assert_cmpuint (sitrep_event_get_n_sources (event), ==, 1);
}

static void
test_best_override (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepEvent) event = NULL;
  SitrepDerivedFigures fig;
  gint64 id = bus_bombing_with_claims (f);

  g_assert_true (sitrep_store_set_event_best_override (f->store, id, 19,
                                                       "Hospital list names 19 dead", &error));
  g_assert_no_error (error);
  event = sitrep_store_get_event (f->store, id, &error);
  g_assert_cmpint (sitrep_event_get_best (event), ==, 19);
  g_assert_cmpint (sitrep_event_get_best_override (event), ==, 19);
  g_assert_cmpstr (sitrep_event_get_best_override_reason (event), ==, "Hospital list names 19 dead");
  g_assert_true (sitrep_store_get_event_figures (f->store, id, &fig, &error));
  g_assert_true (fig.best_overridden);
  g_assert_cmpint (fig.fatalities, ==, 18);
  g_assert_nonnull (strstr (fig.explanation, "Hospital list names 19 dead"));
  sitrep_derived_figures_clear (&fig);

  g_assert_true (sitrep_store_set_event_best_override (f->store, id, -1, NULL, &error));
  g_clear_object (&event);
  event = sitrep_store_get_event (f->store, id, &error);
  g_assert_cmpint (sitrep_event_get_best (event), ==, 18);
  g_assert_null (sitrep_event_get_best_override_reason (event));
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_clear_object (&event);
  event = sitrep_store_get_event (f->store, id, &error);
  g_assert_cmpint (sitrep_event_get_best (event), ==, 19);
}

static void
test_similar_and_merge (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(SitrepEvent) kept = NULL;
  SitrepEventDraft d = SITREP_EVENT_DRAFT_INIT;
  gint64 bus = bus_bombing_with_claims (f);
  gint64 same_place, near, far_away, other_day, jasim_op, shared_actor, twin;
  SitrepClaimDraft c = SITREP_CLAIM_DRAFT_INIT;

  /* Same place entity, two days later. */
  d.date_start = "2022-10-15";
  d.place_id = f->damascus;
  same_place = sitrep_store_create_event (f->store, &d, &error);
  /* 10 km away, no entity, the same day. */
  d = (SitrepEventDraft) SITREP_EVENT_DRAFT_INIT;
  d.date_start = "2022-10-13";
  d.latitude = 33.5102 + 0.09;
  d.longitude = 36.2913;
  near = sitrep_store_create_event (f->store, &d, &error);
  /* Jasim, ~60 km away, no common actor. */
  d = (SitrepEventDraft) SITREP_EVENT_DRAFT_INIT;
  d.date_start = "2022-10-13";
  d.place_id = f->jasim;
  far_away = sitrep_store_create_event (f->store, &d, &error);
  /* Same place, 5 days later: too late. */
  d = (SitrepEventDraft) SITREP_EVENT_DRAFT_INIT;
  d.date_start = "2022-10-18";
  d.place_id = f->damascus;
  other_day = sitrep_store_create_event (f->store, &d, &error);
  /* Daraa, an actor in common, within the window (a range overlapping). */
  d = (SitrepEventDraft) SITREP_EVENT_DRAFT_INIT;
  d.date_start = "2022-10-14";
  d.date_end = "2022-10-19";
  d.place_id = f->daraa;
  d.actor1_id = f->army;
  jasim_op = sitrep_store_create_event (f->store, &d, &error);
  g_assert_no_error (error);
  shared_actor = jasim_op;

  matches = sitrep_store_find_events_like (f->store, bus, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 3);
  for (guint i = 0; i < matches->len; i++)
    {
      SitrepEventMatch *m = &g_array_index (matches, SitrepEventMatch, i);
      g_assert_cmpint (m->event_id, !=, far_away);
      g_assert_cmpint (m->event_id, !=, other_day);
      g_assert_cmpint (m->event_id, !=, bus);
    }
  /* Ranked: the same place first. */
  g_assert_cmpint (g_array_index (matches, SitrepEventMatch, 0).event_id, ==, same_place);
  g_assert_true (g_array_index (matches, SitrepEventMatch, 0).same_place);
  {
    gboolean saw_near = FALSE, saw_actor = FALSE;
    for (guint i = 0; i < matches->len; i++)
      {
        SitrepEventMatch *m = &g_array_index (matches, SitrepEventMatch, i);
        if (m->event_id == near)
          {
            saw_near = TRUE;
            g_assert_cmpfloat (m->distance_km, <, 11.0);
            g_assert_cmpfloat (m->distance_km, >, 9.0);
          }
        if (m->event_id == shared_actor)
          {
            saw_actor = TRUE;
            g_assert_cmpuint (m->common_actors, ==, 1);
            g_assert_cmpint (m->days_apart, ==, 1);
          }
      }
    g_assert_true (saw_near);
    g_assert_true (saw_actor);
  }

  /* A draft (New Event) finds the bus bombing. */
  d = (SitrepEventDraft) SITREP_EVENT_DRAFT_INIT;
  d.date_start = "2022-10-12";
  d.actor1_id = f->isis;
  g_clear_pointer (&matches, g_array_unref);
  matches = sitrep_store_find_similar_events (f->store, &d, 0, &error);
  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_cmpint (g_array_index (matches, SitrepEventMatch, 0).event_id, ==, bus);

  /* The twin: the second outlet's report entered as its own event. */
  d = (SitrepEventDraft) SITREP_EVENT_DRAFT_INIT;
  d.event_type = "Explosions/Remote violence";
  d.date_start = "2022-10-12";
  d.date_end = "2022-10-13";
  d.place_id = f->damascus;
  d.actor1_id = f->isis;
  d.notes = "Second outlet";
  twin = sitrep_store_create_event (f->store, &d, &error);
  c.count_low = 3;
  c.kind = SITREP_CLAIM_MISSING;
  c.article_id = f->article2;
  g_assert_cmpint (sitrep_store_add_claim (f->store, twin, &c, &error), >, 0);
  g_assert_cmpint (sitrep_store_add_event_evidence (f->store, twin, f->article2, 0, 8, &error), >, 0);
  /* A span both events already hold is kept once. */
  g_assert_cmpint (sitrep_store_add_event_evidence (f->store, twin, f->article1,
                                                    offset_of (body1, "claimed the lives of 18 soldiers"),
                                                    offset_of (body1, "claimed the lives of 18 soldiers") + 32,
                                                    &error), >, 0);
  g_assert_no_error (error);

  g_assert_true (sitrep_store_merge_events (f->store, bus, twin, &error));
  g_assert_no_error (error);
  g_assert_null (sitrep_store_get_event (f->store, twin, NULL));
  kept = sitrep_store_get_event (f->store, bus, &error);
  g_assert_cmpstr (sitrep_event_get_date_start (kept), ==, "2022-10-12");
  g_assert_cmpstr (sitrep_event_get_date_end (kept), ==, "2022-10-13");
  g_assert_cmpstr (sitrep_event_get_notes (kept), ==, "Second outlet");
  g_assert_cmpstr (sitrep_event_get_actor1 (kept), ==, "ISIS");
  claims = sitrep_store_list_claims (f->store, bus, &error);
  g_assert_cmpuint (claims->len, ==, 5);
  evidence = sitrep_store_list_event_evidence (f->store, bus, &error);
  g_assert_cmpuint (evidence->len, ==, 5);

  /* Undo brings both back as they were. */
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  {
    g_autoptr(SitrepEvent) back = sitrep_store_get_event (f->store, twin, &error);
    g_autoptr(GPtrArray) twin_claims = sitrep_store_list_claims (f->store, twin, NULL);
    g_autoptr(GPtrArray) bus_claims = sitrep_store_list_claims (f->store, bus, NULL);
    g_autoptr(GPtrArray) twin_evidence = sitrep_store_list_event_evidence (f->store, twin, NULL);
    g_autoptr(SitrepEvent) bus_again = sitrep_store_get_event (f->store, bus, NULL);

    g_assert_no_error (error);
    g_assert_cmpstr (sitrep_event_get_actor1 (back), ==, "ISIS");
    g_assert_cmpuint (twin_claims->len, ==, 1);
    g_assert_cmpuint (bus_claims->len, ==, 4);
    g_assert_cmpuint (twin_evidence->len, ==, 2);
    g_assert_cmpstr (sitrep_event_get_date_start (bus_again), ==, "2022-10-13");
    g_assert_null (sitrep_event_get_notes (bus_again));
  }
  g_assert_false (sitrep_store_merge_events (f->store, bus, bus, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
}

static gboolean
array_has (GArray *ids,
           gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static void
test_query (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(SitrepEventList) list = NULL;
  SitrepEventQuery q = SITREP_EVENT_QUERY_INIT;
  SitrepEventDraft d = SITREP_EVENT_DRAFT_INIT;
  gint64 bus = bus_bombing_with_claims (f);
  gint64 later, undated;

  d.event_type = "Battles";
  d.date_start = "2022-10-20";
  d.place_id = f->jasim;
  d.actor1_id = f->army;
  later = sitrep_store_create_event (f->store, &d, &error);
  undated = sitrep_store_create_event (f->store, NULL, &error);
  g_assert_no_error (error);

  ids = sitrep_store_query_event_ids (f->store, NULL, &error);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, bus);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, undated);
  g_clear_pointer (&ids, g_array_unref);

  q.sort = SITREP_EVENT_SORT_FATALITIES;
  q.descending = TRUE;
  ids = sitrep_store_query_event_ids (f->store, &q, &error);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, bus);
  g_clear_pointer (&ids, g_array_unref);

  q = (SitrepEventQuery) SITREP_EVENT_QUERY_INIT;
  q.event_type = "Battles";
  ids = sitrep_store_query_event_ids (f->store, &q, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, later);
  g_clear_pointer (&ids, g_array_unref);

  q = (SitrepEventQuery) SITREP_EVENT_QUERY_INIT;
  q.disputed = 1;
  ids = sitrep_store_query_event_ids (f->store, &q, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);

  q = (SitrepEventQuery) SITREP_EVENT_QUERY_INIT;
  q.actor_id = f->army;
  q.date_from = "2022-10-14";
  ids = sitrep_store_query_event_ids (f->store, &q, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);

  /* Dates meet an event's whole extent, as the timeline draws it: an event
   * known only to its month is in any range within that month; a day
   * outside the range is not. */
  {
    SitrepEventDraft m = SITREP_EVENT_DRAFT_INIT;
    gint64 month, day;

    m.date_start = "2021-03-01";
    m.date_precision = 4;
    month = sitrep_store_create_event (f->store, &m, &error);
    m.date_start = "2021-03-01";
    m.date_precision = 1;
    day = sitrep_store_create_event (f->store, &m, &error);
    g_assert_no_error (error);

    q = (SitrepEventQuery) SITREP_EVENT_QUERY_INIT;
    q.date_from = "2021-03-05";
    q.date_to = "2021-03-10";
    ids = sitrep_store_query_event_ids (f->store, &q, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ids->len, ==, 1);
    g_assert_cmpint (g_array_index (ids, gint64, 0), ==, month);
    g_clear_pointer (&ids, g_array_unref);

    q.date_from = "2021-02-20";
    q.date_to = "2021-03-01";
    ids = sitrep_store_query_event_ids (f->store, &q, &error);
    g_assert_cmpuint (ids->len, ==, 2);
    g_clear_pointer (&ids, g_array_unref);

    q.date_from = "2021-04-01";
    q.date_to = NULL;
    ids = sitrep_store_query_event_ids (f->store, &q, &error);
    g_assert_false (array_has (ids, month));
    g_assert_false (array_has (ids, day));
    g_clear_pointer (&ids, g_array_unref);

    g_assert_true (sitrep_store_delete_event (f->store, month, &error));
    g_assert_true (sitrep_store_delete_event (f->store, day, &error));
    g_assert_no_error (error);
  }

  q = (SitrepEventQuery) SITREP_EVENT_QUERY_INIT;
  q.search = "bus%";
  ids = sitrep_store_query_event_ids (f->store, &q, &error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);
  q.search = "military bus";
  ids = sitrep_store_query_event_ids (f->store, &q, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);

  for (int s = SITREP_EVENT_SORT_DATE; s <= SITREP_EVENT_SORT_CREATED; s++)
    {
      q = (SitrepEventQuery) SITREP_EVENT_QUERY_INIT;
      q.sort = s;
      ids = sitrep_store_query_event_ids (f->store, &q, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (ids->len, ==, 3);
      g_clear_pointer (&ids, g_array_unref);
    }

  list = sitrep_event_list_new (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  {
    g_autoptr(SitrepEvent) first = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_assert_cmpint (sitrep_event_get_id (first), ==, bus);
  }
  sitrep_event_list_set_sort (list, SITREP_EVENT_SORT_DATE, TRUE);
  g_assert_cmpuint (sitrep_event_list_find (list, bus), ==, 1);
  q = (SitrepEventQuery) SITREP_EVENT_QUERY_INIT;
  q.event_type = "Battles";
  sitrep_event_list_set_query (list, &q);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_finalize_object (g_steal_pointer (&list));
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

static void
on_list_items_changed (GListModel *model,
                       guint       position,
                       guint       removed,
                       guint       added,
                       GArray     *changes)
{
  Change c = { position, removed, added };

  g_array_append_val (changes, c);
}

/* Runs the main loop until @changes has an entry, then for longer than a
 * refresh waits, so that a second refresh would be seen. */
static void
spin_until_changed (GArray *changes)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (changes->len == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  deadline = g_get_monotonic_time () + 400 * G_TIME_SPAN_MILLISECOND;
  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

/* The paged list under the event list: objects beyond the first page, one
 * refresh for a burst of edits, and fresh snapshots after it. */
static void
test_event_list_paging (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepEventList) list = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(SitrepEvent) held = NULL;
  g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_JANUARY, 2022);
  gint64 ids[150];
  Change *c;

  for (int i = 0; i < 150; i++)
    {
      SitrepEventDraft d = SITREP_EVENT_DRAFT_INIT;
      char day[16];
      g_autofree char *description = g_strdup_printf ("Event %03d", i);

      g_date_strftime (day, sizeof day, "%Y-%m-%d", date);
      g_date_add_days (date, 1);
      d.event_type = "Battles";
      d.date_start = day;
      d.date_precision = 1;
      d.description = description;
      ids[i] = sitrep_store_create_event (f->store, &d, &error);
      g_assert_no_error (error);
    }

  list = sitrep_event_list_new (f->store);
  g_assert_true (SITREP_IS_PAGED_LIST (list));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == SITREP_TYPE_EVENT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 150);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_list_items_changed), changes);

  /* By date; positions beyond the first page (64) load their own page. */
  for (guint pos = 149; pos < 150; pos = pos >= 37 ? pos - 37 : G_MAXUINT)
    {
      g_autoptr(SitrepEvent) event = g_list_model_get_item (G_LIST_MODEL (list), pos);
      g_autofree char *description = g_strdup_printf ("Event %03u", pos);

      g_assert_cmpint (sitrep_event_get_id (event), ==, ids[pos]);
      g_assert_cmpstr (sitrep_event_get_description (event), ==, description);
      g_assert_cmpuint (sitrep_event_list_find (list, ids[pos]), ==, pos);
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 150));
  held = g_list_model_get_item (G_LIST_MODEL (list), 100);

  /* Edits that keep the order: each tells views of its own position at
   * once, and the list reads no id; the edited events are made again. */
  {
    guint reads = _sitrep_paged_list_get_n_reads (SITREP_PAGED_LIST (list));
    static const guint positions[] = { 100, 101, 3 };

    g_assert_true (sitrep_store_set_event_text (f->store, ids[100], FALSE, "Edited 100", NULL, &error));
    g_assert_true (sitrep_store_set_event_text (f->store, ids[101], FALSE, "Edited 101", NULL, &error));
    g_assert_true (sitrep_store_set_event_text (f->store, ids[3], FALSE, "Edited 3", NULL, &error));
    g_assert_no_error (error);
    spin_until_changed (changes);
    g_assert_cmpuint (changes->len, ==, 3);
    for (guint i = 0; i < 3; i++)
      {
        c = &g_array_index (changes, Change, i);
        g_assert_cmpuint (c->position, ==, positions[i]);
        g_assert_cmpuint (c->removed, ==, 1);
        g_assert_cmpuint (c->added, ==, 1);
      }
    g_assert_cmpuint (_sitrep_paged_list_get_n_reads (SITREP_PAGED_LIST (list)), ==, reads);
  }
  g_assert_cmpstr (sitrep_event_get_description (held), ==, "Event 100");
  {
    g_autoptr(SitrepEvent) fresh = g_list_model_get_item (G_LIST_MODEL (list), 100);
    g_autoptr(SitrepEvent) other = g_list_model_get_item (G_LIST_MODEL (list), 3);

    g_assert_true (fresh != held);
    g_assert_cmpstr (sitrep_event_get_description (fresh), ==, "Edited 100");
    g_assert_cmpstr (sitrep_event_get_description (other), ==, "Edited 3");
  }

  /* An edit that moves an event: its row out of its old place, then into
   * its new one (not one change over the rows between), still without
   * reading the ids. */
  g_array_set_size (changes, 0);
  {
    guint reads = _sitrep_paged_list_get_n_reads (SITREP_PAGED_LIST (list));

    g_assert_true (sitrep_store_set_event_dates (f->store, ids[10], "2022-02-10", NULL, 1, &error));
    g_assert_no_error (error);
    spin_until_changed (changes);
    g_assert_cmpuint (changes->len, ==, 2);
    c = &g_array_index (changes, Change, 0);
    g_assert_cmpuint (c->position, ==, 10);
    g_assert_cmpuint (c->removed, ==, 1);
    g_assert_cmpuint (c->added, ==, 0);
    c = &g_array_index (changes, Change, 1);
    g_assert_cmpuint (c->position, ==, 39);
    g_assert_cmpuint (c->removed, ==, 0);
    g_assert_cmpuint (c->added, ==, 1);
    /* 2022-02-10 is event 40's day: the older id comes first. */
    g_assert_cmpuint (sitrep_event_list_find (list, ids[10]), ==, 39);
    g_assert_cmpuint (sitrep_event_list_find (list, ids[40]), ==, 40);
    g_assert_cmpuint (sitrep_event_list_find (list, ids[11]), ==, 10);
    g_assert_cmpuint (_sitrep_paged_list_get_n_reads (SITREP_PAGED_LIST (list)), ==, reads);
    /* and back, by undo */
    g_assert_true (sitrep_store_undo (f->store, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (sitrep_event_list_find (list, ids[10]), ==, 10);
    g_assert_cmpuint (_sitrep_paged_list_get_n_reads (SITREP_PAGED_LIST (list)), ==, reads);
  }

  /* A query that keeps the same ids tells views nothing. */
  g_array_set_size (changes, 0);
  {
    SitrepEventQuery q = SITREP_EVENT_QUERY_INIT;
    guint reads;

    q.event_type = "Battles";
    sitrep_event_list_set_query (list, &q);
    reads = _sitrep_paged_list_get_n_reads (SITREP_PAGED_LIST (list));
    /* the same query again (a view setting its filters as it is built): the
     * ids are not read again — at 500,000 events that held the window */
    q.search = "";
    sitrep_event_list_set_query (list, &q);
    g_assert_cmpuint (_sitrep_paged_list_get_n_reads (SITREP_PAGED_LIST (list)), ==, reads);
    /* nor after an edit, which the list took in by id */
    g_assert_true (sitrep_store_set_event_text (f->store, ids[5], FALSE, "Edited 5", NULL, &error));
    g_assert_no_error (error);
    sitrep_event_list_set_query (list, &q);
    g_assert_cmpuint (_sitrep_paged_list_get_n_reads (SITREP_PAGED_LIST (list)), ==, reads);
    {
      g_autoptr(SitrepEvent) fresh = g_list_model_get_item (G_LIST_MODEL (list), 5);

      g_assert_cmpstr (sitrep_event_get_description (fresh), ==, "Edited 5");
    }
    /* an event the filter no longer takes leaves the list by id too */
    g_assert_true (sitrep_store_set_event_type (f->store, ids[7], "Riots", NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 149);
    g_assert_cmpuint (sitrep_event_list_find (list, ids[7]), ==, G_MAXUINT);
    g_assert_true (sitrep_store_undo (f->store, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (sitrep_event_list_find (list, ids[7]), ==, 7);
    g_assert_cmpuint (_sitrep_paged_list_get_n_reads (SITREP_PAGED_LIST (list)), ==, reads);
    /* and a different query reads */
    q.event_type = NULL;
    sitrep_event_list_set_query (list, &q);
    g_assert_cmpuint (_sitrep_paged_list_get_n_reads (SITREP_PAGED_LIST (list)), ==, reads + 1);
  }
  g_array_set_size (changes, 0);

  /* A deletion: one change, and the event is gone. */
  g_assert_true (sitrep_store_delete_event (f->store, ids[120], &error));
  g_assert_no_error (error);
  spin_until_changed (changes);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 149);
  g_assert_cmpuint (sitrep_event_list_find (list, ids[120]), ==, G_MAXUINT);
  g_assert_cmpuint (sitrep_event_list_find (list, ids[121]), ==, 120);

  g_clear_object (&held);
  g_assert_finalize_object (g_steal_pointer (&list));
}

/* ---------------------------------------------------------------- exports */

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

/* Runs python3 with @script on @path; returns its stdout. */
static char *
python (const char *script,
        const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };
  int status;

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                               &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("python3 failed: %s", err);
  return g_steal_pointer (&out);
}

static void
test_exports (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *acled = NULL;
  g_autofree char *ucdp = NULL;
  g_autofree char *geojson = NULL;
  g_autofree char *jsonl = NULL;
  g_autofree char *out = NULL;
  g_autofree char *ogrinfo = NULL;
  SitrepEventDraft d = SITREP_EVENT_DRAFT_INIT;
  gint64 bus = bus_bombing_with_claims (f);
  guint unplaced = 99;

  /* An unplaced event with awkward text. */
  d.event_type = "Battles";
  d.sub_event_type = "Armed clash";
  d.date_start = "2022-10-20";
  d.location = "Palmyra-Deir Ezzor-Al-Mayadin \"triangle\"";
  d.description = "Clashes, then\nshelling; \"heavy\" losses";
  d.actor1_id = f->army;
  d.actor2_id = f->isis;
  g_assert_cmpint (sitrep_store_create_event (f->store, &d, &error), >, 0);
  g_assert_no_error (error);

  acled = export_to (f, SITREP_EXPORT_ACLED_CSV, NULL);
  out = python ("import csv,sys\n"
                "rows=list(csv.DictReader(open(sys.argv[1],newline='',encoding='utf-8')))\n"
                "need=['event_date','time_precision','disorder_type','event_type','sub_event_type','actor1',"
                "'assoc_actor_1','inter1','actor2','assoc_actor_2','inter2','interaction','civilian_targeting',"
                "'admin1','location','latitude','longitude','geo_precision','source','source_scale','notes',"
                "'fatalities']\n"
                "assert all(n in rows[0] for n in need), rows[0].keys()\n"
                "b=rows[0]\n"
                "assert b['event_date']=='2022-10-13' and b['fatalities']=='18', b\n"
                "assert b['interaction']=='12' and b['inter1']=='2' and b['inter2']=='1', b\n"
                "assert b['location']=='Damascus' and b['geo_precision']=='2' and b['latitude']=='33.51020', b\n"
                "assert b['source']=='SouthFront; Al-Masdar', b['source']\n"
                "t=rows[1]\n"
                "assert t['notes']=='Clashes, then\\nshelling; \"heavy\" losses', t['notes']\n"
                "assert t['location']=='Palmyra-Deir Ezzor-Al-Mayadin \"triangle\"'\n"
                "assert t['fatalities']=='0' and t['latitude']==''\n"
                "print(len(rows))\n", acled);
  if (out == NULL)
    {
      g_test_skip ("/usr/bin/python3 is not installed: the CSV exports were not read back");
      return;
    }
  g_assert_cmpstr (out, ==, "2\n");
  g_clear_pointer (&out, g_free);

  ucdp = export_to (f, SITREP_EXPORT_UCDP_CSV, NULL);
  out = python ("import csv,sys\n"
                "rows=list(csv.DictReader(open(sys.argv[1],newline='',encoding='utf-8')))\n"
                "need=['type_of_violence','side_a','side_b','date_start','date_end','date_prec','where_prec',"
                "'latitude','longitude','deaths_a','deaths_b','deaths_civilians','deaths_unknown','low','best',"
                "'high','number_of_sources','source_article']\n"
                "assert all(n in rows[0] for n in need)\n"
                "b=rows[0]\n"
                "assert (b['low'],b['best'],b['high'],b['deaths_b'])==('18','18','18','18'), b\n"
                "assert b['type_of_violence']=='1' and b['number_of_sources']=='2' and b['disputed']=='1', b\n"
                "assert b['where_prec']=='2' and b['date_prec']=='1'\n"
                "assert b['source_article']=='Bus bombing near Damascus; Eighteen soldiers killed', b\n"
                "assert rows[1]['best']=='' and rows[1]['low']==''\n"
                "print('ok')\n", ucdp);
  g_assert_cmpstr (out, ==, "ok\n");
  g_clear_pointer (&out, g_free);

  jsonl = export_to (f, SITREP_EXPORT_EVENTS_JSONL, NULL);
  out = python ("import json,sys\n"
                "lines=[json.loads(l) for l in open(sys.argv[1],encoding='utf-8')]\n"
                "b=lines[0]\n"
                "assert len(b['claims'])==4 and len(b['evidence'])==4\n"
                "e=b['evidence'][0]\n"
                "assert set(['article_id','start','end','text'])<=set(e)\n"
                "assert b['disputed'] is True and b['fatalities']==18\n"
                "print(len(lines), e['article_id'], e['start'], e['end'], e['text'])\n", jsonl);
  {
    g_autofree char *expect = g_strdup_printf ("2 %" G_GINT64_FORMAT " %u %u claimed the lives of 18 soldiers\n",
                                               f->article1, offset_of (body1, "claimed the lives"),
                                               offset_of (body1, "claimed the lives") + 32);
    g_assert_cmpstr (out, ==, expect);
  }
  g_clear_pointer (&out, g_free);

  geojson = export_to (f, SITREP_EXPORT_GEOJSON, &unplaced);
  g_assert_cmpuint (unplaced, ==, 1);
  out = python ("import json,sys\n"
                "g=json.load(open(sys.argv[1],encoding='utf-8'))\n"
                "assert g['type']=='FeatureCollection' and len(g['features'])==1\n"
                "p=g['features'][0]\n"
                "assert p['geometry']['coordinates']==[36.2913,33.5102], p['geometry']\n"
                "assert p['properties']['event_type']=='Explosions/Remote violence'\n"
                "print('ok')\n", geojson);
  g_assert_cmpstr (out, ==, "ok\n");

  ogrinfo = g_find_program_in_path ("ogrinfo");
  if (ogrinfo == NULL)
    {
      g_test_message ("ogrinfo (gdal-bin) is not installed: the GeoJSON was read back by Python only");
    }
  else
    {
      g_autofree char *ogr = NULL;
      g_autofree char *ogr_err = NULL;
      const char *argv[] = { ogrinfo, "-ro", "-al", "-q", geojson, NULL };
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &ogr, &ogr_err,
                                   &status, &error));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_nonnull (strstr (ogr, "POINT (36.2913 33.5102)"));
      g_assert_nonnull (strstr (ogr, "fatalities (Integer) = 18"));
      g_assert_nonnull (strstr (ogr, "event_type (String) = Explosions/Remote violence"));
    }
  (void) bus;
}

/* An undated event (a report with no date the coder has not dated yet) cannot
 * be an ACLED or UCDP row, whose date is required: it is left out of both CSVs
 * and counted, so the caller can say so; GeoJSON carries it with a null date. */
static void
test_export_undated (Fixture       *f,
                     gconstpointer  data)
{
  const SitrepExportFormat formats[] = { SITREP_EXPORT_ACLED_CSV, SITREP_EXPORT_UCDP_CSV };
  const char *date_column[] = { "event_date", "date_start" };
  g_autoptr(GError) error = NULL;
  SitrepEventDraft d = SITREP_EVENT_DRAFT_INIT;
  guint left_out = 99;

  bus_bombing (f);
  d.event_type = "Battles";
  d.sub_event_type = "Armed clash";
  d.place_id = f->damascus;
  d.actor1_id = f->army;
  d.description = "Clashes on a day the report does not give.";
  g_assert_cmpint (sitrep_store_create_event (f->store, &d, &error), >, 0);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = export_to (f, formats[i], &left_out);
      g_autofree char *script = g_strdup_printf ("import csv,sys\n"
                                                 "rows=list(csv.DictReader(open(sys.argv[1],newline='',"
                                                 "encoding='utf-8')))\n"
                                                 "assert all(len(r['%s'])==10 for r in rows), rows\n"
                                                 "print(len(rows))\n", date_column[i]);
      g_autofree char *out = python (script, path);

      g_assert_cmpuint (left_out, ==, 1);
      if (out == NULL)
        {
          g_test_skip ("/usr/bin/python3 is not installed: the CSV export was not read back");
          return;
        }
      g_assert_cmpstr (out, ==, "1\n");
    }
  {
    g_autofree char *path = export_to (f, SITREP_EXPORT_GEOJSON, &left_out);
    g_autofree char *out = python ("import json,sys\n"
                                   "g=json.load(open(sys.argv[1],encoding='utf-8'))\n"
                                   "print(sorted(str(x['properties']['event_date']) for x in g['features']))\n",
                                   path);

    g_assert_cmpuint (left_out, ==, 0);
    g_assert_cmpstr (out, ==, "['2022-10-13', 'None']\n");
  }
}

/* An event placed from the gazetteer keeps the country's ISO code ("SY"); the
 * datasets write its name, as UCDP's events already have it ("Syria"). */
static void
test_export_country_name (Fixture       *f,
                          gconstpointer  data)
{
  const SitrepExportFormat formats[] = { SITREP_EXPORT_ACLED_CSV, SITREP_EXPORT_UCDP_CSV };
  gint64 id = bus_bombing (f);
  g_autofree char *sql = g_strdup_printf ("UPDATE events SET country = 'SY' WHERE id = %" G_GINT64_FORMAT, id);
  sqlite3 *db = _sitrep_store_lock (f->store, NULL);

  g_assert_true (_sitrep_store_exec (db, sql, NULL));
  _sitrep_store_unlock (f->store);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = export_to (f, formats[i], NULL);
      g_autofree char *out = python ("import csv,sys\n"
                                     "rows=list(csv.DictReader(open(sys.argv[1],newline='',encoding='utf-8')))\n"
                                     "print(rows[0]['country'])\n", path);

      if (out == NULL)
        {
          g_test_skip ("/usr/bin/python3 is not installed: the CSV export was not read back");
          return;
        }
      g_assert_cmpstr (out, ==, "Syria\n");
    }
  {
    g_autofree char *path = export_to (f, SITREP_EXPORT_EVENTS_JSONL, NULL);
    g_autofree char *out = python ("import json,sys\n"
                                   "print(json.loads(open(sys.argv[1],encoding='utf-8').readline())['country'])\n", path);

    g_assert_cmpstr (out, ==, "Syria\n");
  }
  /* A name no code stands for is written as it is. */
  g_assert_null (sitrep_gazetteer_country_name ("Syria"));
  g_assert_cmpstr (sitrep_gazetteer_country_name ("IQ"), ==, "Iraq");
}

/* ACLED's `source` is "the source(s) used to code the event": the outlets read.
 * A claimant quoted in an article (SOHR, in SouthFront's report) is not one;
 * a claim read from no article is, its claimant being where the figure came from. */
static void
test_export_acled_source (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *acled = NULL;
  g_autofree char *jsonl = NULL;
  g_autofree char *out = NULL;
  SitrepClaimDraft c = SITREP_CLAIM_DRAFT_INIT;
  gint64 id = bus_bombing (f);
  gint64 a;

  a = annotate (f, f->article1, body1, "Killed", "claimed the lives of 18 soldiers");
  g_assert_cmpint (sitrep_store_add_claim_from_annotation (f->store, id, a, SITREP_VICTIM_ACTOR2, f->sohr,
                                                           &error), >, 0);
  g_assert_no_error (error);
  acled = export_to (f, SITREP_EXPORT_ACLED_CSV, NULL);
  out = python ("import csv,sys\n"
                "rows=list(csv.DictReader(open(sys.argv[1],newline='',encoding='utf-8')))\n"
                "print(rows[0]['source'])\n", acled);
  if (out == NULL)
    {
      g_test_skip ("/usr/bin/python3 is not installed: the CSV export was not read back");
      return;
    }
  g_assert_cmpstr (out, ==, "SouthFront\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&acled, g_free);

  c.count_low = 20;
  c.victim_side = SITREP_VICTIM_ACTOR2;
  c.claimant_text = "Step News Agency";
  g_assert_cmpint (sitrep_store_add_claim (f->store, id, &c, &error), >, 0);
  g_assert_no_error (error);
  acled = export_to (f, SITREP_EXPORT_ACLED_CSV, NULL);
  out = python ("import csv,sys\n"
                "rows=list(csv.DictReader(open(sys.argv[1],newline='',encoding='utf-8')))\n"
                "print(rows[0]['source'])\n", acled);
  g_assert_cmpstr (out, ==, "SouthFront; Step News Agency\n");
  g_clear_pointer (&out, g_free);

  /* The events' JSON Lines keep the same meaning; SOHR stays its claim's claimant. */
  jsonl = export_to (f, SITREP_EXPORT_EVENTS_JSONL, NULL);
  out = python ("import json,sys\n"
                "b=json.loads(open(sys.argv[1],encoding='utf-8').readline())\n"
                "print(b['source'], '|', sorted(c.get('claimant') or '' for c in b['claims']))\n", jsonl);
  g_assert_cmpstr (out, ==, "SouthFront; Step News Agency | ['SOHR', 'Step News Agency']\n");
}

/* An article with no outlet is not named by its whole title as the source
 * of its figures (the card's "Killed, by source: …" and the exports' source
 * were the title): its URL's host, else its title's first words and date. */
static void
test_report_without_outlet (Fixture       *f,
                            gconstpointer  data)
{
  static const char body3[] = "A convoy was ambushed at dawn and the attack killed 7 soldiers on the road.";
  static const char title3[] = "Convoy ambushed on the desert road east of the oil fields as the fighting spreads";
  static const char short3[] = "“Convoy ambushed on the desert road…” (2020-10-13)";
  g_autoptr(GError) error = NULL;
  g_autofree char *acled = NULL;
  g_autofree char *out = NULL;
  g_autofree char *name = NULL;
  SitrepImportRecord record = { 0 };
  SitrepDerivedFigures fig = { 0 };
  gint64 article3, article4, id, a;

  /* the rule itself */
  name = sitrep_report_name ("  Reuters ", "https://www.example.org/a", title3, NULL);
  g_assert_cmpstr (name, ==, "Reuters");
  g_clear_pointer (&name, g_free);
  name = sitrep_report_name (NULL, "https://WWW.Example.org/news/1", title3, "2020-10-13");
  g_assert_cmpstr (name, ==, "example.org");
  g_clear_pointer (&name, g_free);
  name = sitrep_report_name ("", "not a url", title3, "2020-10-13T08:00:00Z");
  g_assert_cmpstr (name, ==, short3);
  g_clear_pointer (&name, g_free);
  name = sitrep_report_name (NULL, NULL, "Short title", NULL);
  g_assert_cmpstr (name, ==, "“Short title”");
  g_clear_pointer (&name, g_free);
  name = sitrep_report_name (NULL, NULL, " ", NULL);
  g_assert_cmpstr (name, ==, "untitled report");
  g_clear_pointer (&name, g_free);

  record.title = (char *) title3;
  record.body = (char *) body3;
  record.published = (char *) "2020-10-13";
  record.published_precision = SITREP_DATE_PRECISION_DAY;
  article3 = sitrep_store_add_article (f->store, &record, NULL, &error);
  g_assert_no_error (error);

  id = bus_bombing (f);
  a = annotate (f, article3, body3, "Killed", "killed 7 soldiers");
  g_assert_cmpint (sitrep_store_add_claim_from_annotation (f->store, id, a, SITREP_VICTIM_ACTOR2, 0, &error), >, 0);
  g_assert_no_error (error);

  g_assert_true (sitrep_store_get_event_figures (f->store, id, &fig, &error));
  g_assert_no_error (error);
  g_test_message ("%s", fig.explanation);
  g_assert_null (strstr (fig.explanation, title3));
  g_assert_nonnull (strstr (fig.explanation, short3));
  sitrep_derived_figures_clear (&fig);

  acled = export_to (f, SITREP_EXPORT_ACLED_CSV, NULL);
  out = python ("import csv,sys\n"
                "rows=list(csv.DictReader(open(sys.argv[1],newline='',encoding='utf-8')))\n"
                "print(rows[0]['source'])\n", acled);
  if (out == NULL)
    {
      g_test_skip ("/usr/bin/python3 is not installed: the CSV export was not read back");
      return;
    }
  g_assert_cmpstr (out, ==, "“Convoy ambushed on the desert road…” (2020-10-13)\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&acled, g_free);

  /* with an address: its host, in the figures and the export alike */
  record.title = (char *) "Another convoy hit";
  record.body = (char *) "Another convoy was hit and the strike killed 9 soldiers there.";
  record.url = (char *) "https://www.example.org/news/2020/10/convoy";
  record.published = NULL;
  record.published_precision = SITREP_DATE_PRECISION_UNKNOWN;
  article4 = sitrep_store_add_article (f->store, &record, NULL, &error);
  g_assert_no_error (error);
  a = annotate (f, article4, record.body, "Killed", "killed 9 soldiers");
  g_assert_cmpint (sitrep_store_add_claim_from_annotation (f->store, id, a, SITREP_VICTIM_ACTOR2, 0, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (sitrep_store_get_event_figures (f->store, id, &fig, &error));
  g_test_message ("%s", fig.explanation);
  g_assert_nonnull (strstr (fig.explanation, "example.org 9"));
  sitrep_derived_figures_clear (&fig);
  acled = export_to (f, SITREP_EXPORT_ACLED_CSV, NULL);
  out = python ("import csv,sys\n"
                "rows=list(csv.DictReader(open(sys.argv[1],newline='',encoding='utf-8')))\n"
                "print(rows[0]['source'])\n", acled);
  g_assert_cmpstr (out, ==, "“Convoy ambushed on the desert road…” (2020-10-13); example.org\n");
}

/* Coordinates go out to 6 decimals (about 0.1 m), not json-glib's 17 digits,
 * in the geometry and the properties of the GeoJSON and in the JSON Lines. */
static void
test_export_coordinate_digits (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *geojson = NULL;
  g_autofree char *jsonl = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GRegex) long_number = g_regex_new ("[0-9]\\.[0-9]{7,}", 0, 0, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *feature, *props;
  JsonArray *coordinates;
  gint64 place = sitrep_test_add_place (f->store, "Nawa", 32.891234567891, 36.04321098765, "Daraa");

  sitrep_test_add_event (f->store, "2022-10-14", NULL, 1, place, "Battles", 3);

  geojson = export_to (f, SITREP_EXPORT_GEOJSON, NULL);
  g_assert_true (g_file_get_contents (geojson, &text, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_regex_match (long_number, text, 0, NULL));
  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  feature = json_array_get_object_element (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                                         "features"), 0);
  coordinates = json_object_get_array_member (json_object_get_object_member (feature, "geometry"), "coordinates");
  g_assert_cmpfloat_with_epsilon (json_array_get_double_element (coordinates, 0), 36.043211, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_array_get_double_element (coordinates, 1), 32.891235, 1e-9);
  props = json_object_get_object_member (feature, "properties");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (props, "latitude"), 32.891235, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (props, "longitude"), 36.043211, 1e-9);
  g_assert_cmpstr (json_object_get_string_member (props, "event_type"), ==, "Battles");
  g_clear_pointer (&text, g_free);

  jsonl = export_to (f, SITREP_EXPORT_EVENTS_JSONL, NULL);
  g_assert_true (g_file_get_contents (jsonl, &text, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "\"latitude\":32.891235,\"longitude\":36.043211}"));
  g_assert_false (g_regex_match (long_number, text, 0, NULL));
}

/* ---------------------------------------------------------------- UCDP import */

typedef struct
{
  SitrepStore *store;
  guint        before;
  guint        n_progress;
  guint        n_saw_before;   /* reads during the import that saw the project as it was */
  guint        n_saw_partial;  /* reads that saw part of the import: must never happen */
  guint        n_changed;
  gboolean     done;
  gboolean     ok;
  SitrepUcdpReport report;
  GError      *error;
} AsyncImport;

static void
on_async_progress (guint    done,
                   guint    total,
                   gpointer data)
{
  AsyncImport *a = data;
  guint now = sitrep_store_count_events (a->store);

  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  a->n_progress++;
  if (done < total && now == a->before)
    a->n_saw_before++;
  else if (now != a->before && now != a->before + total)
    a->n_saw_partial++;
}

static void
on_async_changed (SitrepStore       *store,
                  SitrepStoreChange *change,
                  gpointer           data)
{
  AsyncImport *a = data;

  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  a->n_changed++;
}

static void
on_async_imported (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  AsyncImport *a = data;

  a->ok = sitrep_ucdp_import_file_finish (SITREP_STORE (source), result, &a->report, &a->error);
  a->done = TRUE;
}

static char *
write_ucdp_rows (const char *dir,
                 guint       n_rows)
{
  g_autoptr(GString) csv = g_string_new ("id,side_a,side_b,date_start,date_end,where_coordinates,"
                                         "deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high\n");
  char *path = g_build_filename (dir, "ged.csv", NULL);

  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (csv, "%u,Government of Syria,IS,2017-%02u-%02u,2017-%02u-%02u,Village %u,"
                            "%u,%u,0,0,%u,%u,%u\n", i + 1, i % 12 + 1, i % 28 + 1, i % 12 + 1,
                            i % 28 + 1, i % 400, i % 5, i % 3, i % 5 + i % 3, i % 5 + i % 3,
                            i % 5 + i % 3 + 2);
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));
  return path;
}

/* A UCDP import from the window runs on a connection of its own: reads on
 * the window's store during it return at once and see the project as it was
 * (under one shared lock they would wait, and see everything after the
 * commit), never half an import; the change signals come on the main thread. */
static void
test_ucdp_async_reads_go_on (Fixture       *f,
                             gconstpointer  data)
{
  const guint n_rows = 4000;
  g_autofree char *path = write_ucdp_rows (f->dir, n_rows);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncImport a = { 0 };
  gulong handler;

  bus_bombing (f);
  a.store = f->store;
  a.before = sitrep_store_count_events (f->store);
  handler = g_signal_connect (f->store, "changed::event", G_CALLBACK (on_async_changed), &a);

  sitrep_ucdp_import_file_async (f->store, file, on_async_progress, &a, NULL, cancellable,
                                 on_async_imported, &a);
  while (!a.done)
    g_main_context_iteration (NULL, TRUE);
  /* Changes queued by the worker before it returned. */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_no_error (a.error);
  g_assert_true (a.ok);
  g_assert_cmpuint (a.report.n_rows, ==, n_rows);
  if (a.report.problems != NULL && a.report.problems->len > 0)
    g_test_message ("%s", (char *) g_ptr_array_index (a.report.problems, 0));
  g_assert_cmpuint (a.report.n_imported, ==, n_rows);
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, a.before + n_rows);
  g_test_message ("%u progress reports, %u saw the project as it was", a.n_progress, a.n_saw_before);
  g_assert_cmpuint (a.n_progress, >, 1);
  g_assert_cmpuint (a.n_saw_before, >, 0);
  g_assert_cmpuint (a.n_saw_partial, ==, 0);
  g_assert_cmpuint (a.n_changed, >, 0);
  sitrep_ucdp_report_clear (&a.report);
  g_signal_handler_disconnect (f->store, handler);

  /* A cancel leaves the project as it was. */
  {
    AsyncImport b = { 0 };

    b.store = f->store;
    b.before = sitrep_store_count_events (f->store);
    g_cancellable_cancel (cancellable);
    sitrep_ucdp_import_file_async (f->store, file, NULL, NULL, NULL, cancellable, on_async_imported, &b);
    while (!b.done)
      g_main_context_iteration (NULL, TRUE);
    g_assert_false (b.ok);
    g_assert_error (b.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&b.error);
    sitrep_ucdp_report_clear (&b.report);
    g_assert_cmpuint (sitrep_store_count_events (f->store), ==, b.before);
  }

  /* The worker threads drop their tasks (and the store) just after the
   * callbacks ran. */
  {
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (g_atomic_int_get (&G_OBJECT (f->store)->ref_count) > 1 && g_get_monotonic_time () < end)
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (1000);
      }
  }
}

static void
test_ucdp_bad_rows (Fixture       *f,
                    gconstpointer  data)
{
  static const char csv[] =
    "id,side_a,side_b,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high\n"
    "1,Government of Syria,IS,2017-05-01,2017-05-02,3,4,0,1,6,8,12\n"
    "2,IS,Civilians,2017-05-03,2017-05-01,0,0,2,0,2,2,2\n"
    "3,IS,Civilians,2017-05-03,2017-05-03,0,0,-2,0,2,2,2\n"
    "4,IS,Civilians,soon,2017-05-03,0,0,2,0,2,2,2\n"
    "5,IS,Civilians,2017-05-03,2017-05-03,0,0,2,0,2,3,2\n"
    "6,\"IS, Wilayat Dimashq\",Civilians,2017-05-04,2017-05-04,0,0,0,0,0,0,0\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  SitrepUcdpReport report = { 0 };
  SitrepDerivedFigures fig;
  SitrepEvent *first;

  g_assert_true (sitrep_ucdp_import_data (f->store, csv, strlen (csv), &report, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_rows, ==, 6);
  g_assert_cmpuint (report.n_imported, ==, 2);
  g_assert_cmpuint (report.problems->len, ==, 4);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (report.problems, 0), "line 3: "));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (report.problems, 3), "line 6: "));
  sitrep_ucdp_report_clear (&report);

  ids = sitrep_store_query_event_ids (f->store, NULL, &error);
  g_assert_true (sitrep_store_get_events (f->store, (gint64 *) (gpointer) ids->data, ids->len, events, &error));
  first = g_ptr_array_index (events, 0);
  g_assert_cmpstr (sitrep_event_get_actor1 (first), ==, "Government of Syria");
  g_assert_cmpstr (sitrep_event_get_actor1_type (first), ==, "state_forces");
  g_assert_cmpint (sitrep_event_get_date_precision (first), ==, 2);
  g_assert_true (sitrep_store_get_event_figures (f->store, sitrep_event_get_id (first), &fig, &error));
  g_assert_cmpint (fig.best, ==, 8);
  g_assert_cmpint (fig.low, ==, 6);
  g_assert_cmpint (fig.high, ==, 12);
  g_assert_cmpint (fig.deaths[SITREP_VICTIM_ACTOR2], ==, 4);
  sitrep_derived_figures_clear (&fig);
  g_assert_cmpstr (sitrep_event_get_actor1 (g_ptr_array_index (events, 1)), ==, "IS, Wilayat Dimashq");
  g_assert_cmpint (sitrep_event_get_best (g_ptr_array_index (events, 1)), ==, 0);

  /* Not a UCDP file; binary; empty: refused whole, nothing added. */
  g_assert_false (sitrep_ucdp_import_data (f->store, "a,b\n1,2\n", 8, &report, NULL, NULL, NULL, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sitrep_ucdp_import_data (f->store, "\xff\xfe\x00", 3, &report, NULL, NULL, NULL, &error));
  g_clear_error (&error);
  g_assert_false (sitrep_ucdp_import_data (f->store, "", 0, &report, NULL, NULL, NULL, &error));
  g_clear_error (&error);
  sitrep_ucdp_report_clear (&report);
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 2);

  /* Cancelled: nothing added. */
  {
    g_autoptr(GCancellable) cancel = g_cancellable_new ();
    g_cancellable_cancel (cancel);
    g_assert_false (sitrep_ucdp_import_data (f->store, csv, strlen (csv), &report, NULL, NULL, cancel, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    sitrep_ucdp_report_clear (&report);
    g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 2);
  }
}

static void
on_progress (guint    done,
             guint    total,
             gpointer data)
{
  guint *last = data;

  g_assert_cmpuint (done, >=, *last);
  g_assert_cmpuint (done, <=, total);
  *last = done;
}

static void
test_ucdp_real_file (Fixture       *f,
                     gconstpointer  data)
{
  const char *shared = g_getenv ("SITREP_SHARED_DIR");
  g_autofree char *path = NULL;
  g_autofree char *ucdp = NULL;
  g_autofree char *out = NULL;
  g_autofree char *script = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  SitrepUcdpReport report = { 0 };
  guint last = 0;

  path = g_build_filename (shared != NULL ? shared : "../shared", "data", "events",
                           "ucdp_aec_events_syria_region.csv", NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *msg = g_strdup_printf ("%s is not here: the real UCDP import was not tested", path);
      g_test_skip (msg);
      return;
    }

  file = g_file_new_for_path (path);
  g_assert_true (sitrep_ucdp_import_file (f->store, file, &report, on_progress, &last, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_rows, ==, 5332);
  g_assert_cmpuint (report.problems->len, ==, 0);
  g_assert_cmpuint (report.n_imported, ==, 5332);
  g_assert_cmpuint (last, ==, 5332);
  sitrep_ucdp_report_clear (&report);
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 5332);

  ucdp = export_to (f, SITREP_EXPORT_UCDP_CSV, NULL);
  script = g_strdup_printf ("import csv,sys\n"
                            "ours=list(csv.DictReader(open(sys.argv[1],newline='',encoding='utf-8')))\n"
                            "src={r['ucdp_ged_id']:r for r in csv.DictReader(open('%s',newline='',encoding='utf-8'))}\n"
                            "assert len(ours)==len(src)==5332\n"
                            "d=lambda r:sum(int(r[k]) for k in ('deaths_side_a','deaths_side_b','deaths_civilian','deaths_unknown'))\n"
                            "assert sum(int(r['best']) for r in ours)==sum(d(r) for r in src.values())\n"
                            "for r in ours:\n"
                            "  s=src[r['id']]\n"
                            "  assert int(r['best'])==d(s), (r,s)\n"
                            "  assert (r['low'],r['high'])==(s['deaths_low'],s['deaths_high']), (r,s)\n"
                            "  assert (r['deaths_a'],r['deaths_b'],r['deaths_civilians'],r['deaths_unknown'])=="
                            "(s['deaths_side_a'],s['deaths_side_b'],s['deaths_civilian'],s['deaths_unknown']), (r,s)\n"
                            "  assert r['where_coordinates']==s['location_where_name'] and r['adm_1']==s['location_adm1_name']\n"
                            "  assert (r['side_a'],r['side_b'],r['date_start'],r['date_end'])=="
                            "(s['side_a_name'],s['side_b_name'],s['start_date'],s['end_date'])\n"
                            "print(sum(int(r['best']) for r in ours))\n", path);
  out = python (script, ucdp);
  if (out == NULL)
    {
      g_test_skip ("/usr/bin/python3 is not installed: the UCDP export was not read back");
      return;
    }
  g_test_message ("sum of best: %s", out);
}

typedef struct
{
  SitrepEventList *list;
  guint            n;
} ListWait;

static gboolean
list_read (gpointer data)
{
  ListWait *w = data;

  return !sitrep_event_list_get_reading (w->list) &&
         g_list_model_get_n_items (G_LIST_MODEL (w->list)) == w->n;
}

/* A large project's list reads its ids in a worker (here from 1 event):
 * when made, after a change of many events and for a new query, the main
 * thread never reads them; the list keeps what it had meanwhile. A change
 * of a few events is taken in by id, at once. */
static void
test_event_list_in_worker (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepEventList) list = NULL;
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) coordinates = g_array_new (FALSE, FALSE, sizeof (double));
  SitrepEventQuery query = SITREP_EVENT_QUERY_INIT;
  ListWait w = { NULL, 100 };
  gint64 first = 0;

  for (guint i = 0; i < 100; i++)
    {
      SitrepEventDraft d = SITREP_EVENT_DRAFT_INIT;
      g_autofree char *day = g_strdup_printf ("2022-01-%02u", 1 + i % 28);
      double c[2] = { 32.5, 36.0 + i * 0.01 };
      gint64 id;

      d.event_type = i % 3 == 0 ? "Riots" : "Battles";
      d.date_start = day;
      d.date_precision = 1;
      id = sitrep_store_create_event (f->store, &d, &error);
      g_assert_no_error (error);
      if (first == 0)
        first = id;
      else if (placed->len < 80)
        {
          g_array_append_val (placed, id);
          g_array_append_vals (coordinates, c, 2);
        }
    }

  _sitrep_event_list_set_read_in_worker_from (1);
  list = w.list = sitrep_event_list_new (f->store);
  _sitrep_event_list_set_read_in_worker_from (20000);
  /* Nothing yet: the ids are on their way. */
  g_assert_true (sitrep_event_list_get_reading (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  sitrep_test_wait_until (list_read, &w, "the list has read its ids in a worker");

  /* The same query again does not read; a deletion is taken in at once. */
  sitrep_event_list_set_query (list, NULL);
  g_assert_false (sitrep_event_list_get_reading (list));
  g_assert_true (sitrep_store_delete_event (f->store, first, &error));
  g_assert_no_error (error);
  g_assert_false (sitrep_event_list_get_reading (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 99);
  g_assert_cmpuint (sitrep_event_list_find (list, first), ==, G_MAXUINT);

  /* 80 events placed at once: every id again, in a worker. */
  g_assert_true (sitrep_store_place_events (f->store, (const gint64 *) (gpointer) placed->data,
                                            (const double *) (gpointer) coordinates->data, placed->len,
                                            "Placed", &error));
  g_assert_no_error (error);
  g_assert_true (sitrep_event_list_get_reading (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 99);
  w.n = 99;
  sitrep_test_wait_until (list_read, &w, "the list has read its ids again after a change");

  /* A new query: 33 riots remain of the 34. */
  query.event_type = "Riots";
  sitrep_event_list_set_query (list, &query);
  g_assert_true (sitrep_event_list_get_reading (list));
  w.n = 33;
  sitrep_test_wait_until (list_read, &w, "the list has read the riots");
  for (guint i = 0; i < 33; i++)
    {
      g_autoptr(SitrepEvent) event = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_cmpstr (sitrep_event_get_event_type (event), ==, "Riots");
    }
  /* Never on the main thread. */
  g_assert_cmpuint (_sitrep_paged_list_get_n_reads (SITREP_PAGED_LIST (list)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/sitrep/events/create-edit-undo", test_create_edit);
  ADD ("/sitrep/events/properties", test_properties);
  ADD ("/sitrep/events/validation", test_validation);
  ADD ("/sitrep/events/claims-ledger", test_claims_ledger);
  ADD ("/sitrep/events/best-override", test_best_override);
  ADD ("/sitrep/events/sources-count-evidence", test_sources_count_evidence);
  ADD ("/sitrep/events/similar-and-merge", test_similar_and_merge);
  ADD ("/sitrep/events/query-and-list", test_query);
  ADD ("/sitrep/events/list-paging", test_event_list_paging);
  ADD ("/sitrep/events/list-in-worker", test_event_list_in_worker);
  ADD ("/sitrep/events/exports", test_exports);
  ADD ("/sitrep/events/export-coordinate-digits", test_export_coordinate_digits);
  ADD ("/sitrep/events/export-acled-source", test_export_acled_source);
  ADD ("/sitrep/events/report-without-outlet", test_report_without_outlet);
  ADD ("/sitrep/events/export-country-name", test_export_country_name);
  ADD ("/sitrep/events/export-undated", test_export_undated);
  ADD ("/sitrep/events/ucdp-bad-rows", test_ucdp_bad_rows);
  ADD ("/sitrep/events/ucdp-async-reads-go-on", test_ucdp_async_reads_go_on);
  ADD ("/sitrep/events/ucdp-real-file", test_ucdp_real_file);

  return g_test_run ();
}

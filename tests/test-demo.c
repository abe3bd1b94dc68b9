/* test-demo.c — the bundled demo project: articles, UCDP events placed on the map, a story
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sitrep-article.h"
#include "sitrep-demo.h"
#include "sitrep-event.h"
#include "sitrep-gazetteer.h"
#include "sitrep-store-gazetteer.h"
#include "sitrep-store.h"
#include "sitrep-ucdp.h"

#define DEMO_CSV "ucdp_ged_syria_region_2015_2017.csv"
#define STORY_NAME "The deadliest mapped incidents of 2016"

/* What this build places through the bundled gazetteer: 342 of the 563
 * events (516 name a place; the rest of those name a border, a road, an
 * oil field or a village GeoNames cities500 does not have, only a
 * governorate, or a homonym outside the governorate UCDP gives). Room for
 * gazetteer tuning, none for a collapse. */
#define MIN_PLACED 335

/* Rows of the CSV as shipped in data/events, counted line by line (the file
 * has no line break inside a field), header excluded. */
static guint
count_csv_rows (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "events", DEMO_CSV, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  guint rows = 0;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      if (*g_strstrip (lines[i]) != '\0')
        rows++;
    }

  return rows;
}

static GPtrArray *
all_events (SitrepStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = sitrep_store_query_event_ids (store, NULL, &error);
  GPtrArray *events = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  g_assert_true (sitrep_store_get_events (store, (const gint64 *) (gpointer) ids->data, ids->len, events, &error));
  g_assert_no_error (error);

  return events;
}

static gboolean
array_contains (GArray *ids,
                gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    {
      if (g_array_index (ids, gint64, i) == id)
        return TRUE;
    }
  return FALSE;
}

/* The releases give no date in their text; the State Department's
 * addresses do (".../2016/12/264967.htm"), to the month. */
static void
assert_article_dates (SitrepStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = sitrep_store_query_article_ids (store, NULL, &error);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_dated = 0;
  gboolean seen = FALSE;

  g_assert_no_error (error);
  g_assert_true (sitrep_store_get_articles (store, (const gint64 *) (gpointer) ids->data, ids->len,
                                            articles, &error));
  g_assert_cmpuint (articles->len, ==, 45);
  for (guint i = 0; i < articles->len; i++)
    {
      SitrepArticle *article = articles->pdata[i];
      const char *url = sitrep_article_get_url (article);

      g_assert_nonnull (url);
      if (strstr (url, "www.state.gov/") != NULL)
        {
          g_assert_nonnull (sitrep_article_get_published (article));
          g_assert_cmpint (sitrep_article_get_published_precision (article), ==, SITREP_DATE_PRECISION_MONTH);
          g_assert_nonnull (sitrep_article_get_published_note (article));
          n_dated++;
        }
      else
        g_assert_null (sitrep_article_get_published (article));
      if (g_str_has_suffix (url, "/2016/12/264967.htm"))
        {
          g_assert_cmpstr (sitrep_article_get_published (article), ==, "2016-12");
          seen = TRUE;
        }
    }
  g_assert_cmpuint (n_dated, ==, 21);
  g_assert_true (seen);
}

/* Every event the gazetteer could not place by name is placed in its
 * district or governorate; only those naming neither a district nor a
 * governorate the gazetteer knows (a country, "Northern Iraq") are left. */
static void
assert_unplaced_name_no_region (SitrepStore *store,
                                GPtrArray   *events)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepGazetteer) gazetteer = sitrep_gazetteer_new (store, &error);
  guint n_region = 0, n_unplaced = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < events->len; i++)
    {
      SitrepEvent *event = events->pdata[i];
      const char *code = sitrep_gazetteer_country_code (sitrep_event_get_country (event));
      g_autofree char *admin1 = NULL;

      if (!isnan (sitrep_event_get_latitude (event)))
        {
          if (sitrep_event_get_where_prec (event) >= 3)
            {
              g_assert_cmpint (sitrep_event_get_where_prec (event), <=, 4);
              g_assert_cmpint (sitrep_event_get_geo_precision (event), ==, 3);
              n_region++;
            }
          continue;
        }
      n_unplaced++;
      if (code != NULL && sitrep_event_get_admin1 (event) != NULL)
        admin1 = sitrep_gazetteer_match_admin1 (gazetteer, code, sitrep_event_get_admin1 (event), NULL, NULL);
      if (admin1 != NULL)
        g_error ("event %" G_GINT64_FORMAT " (“%s”, %s) is unplaced though the gazetteer knows its governorate",
                 sitrep_event_get_id (event), sitrep_event_get_location (event), sitrep_event_get_admin1 (event));
    }
  g_test_message ("%u demo events placed in their district or governorate, %u unplaced", n_region, n_unplaced);
  g_assert_cmpuint (n_region, >, 0);
  g_assert_cmpuint (n_unplaced, <=, 10);
}

static void
test_build (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *demo = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GArray) steps = NULL;
  g_autoptr(GPtrArray) step_events = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  guint n_placed = 0;
  gint64 least_in_story = G_MAXINT64;
  gint64 most_left_out = -1;
  SitrepStory *story;

  path = sitrep_demo_ensure (&error);
  g_assert_no_error (error);
  g_test_message ("demo built in %.2f s", g_timer_elapsed (timer, NULL));
  g_assert_nonnull (path);
  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  partial = g_strconcat (path, ".partial", NULL);
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));

  store = sitrep_store_open (path, SITREP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  demo = sitrep_store_get_meta (store, "demo");
  g_assert_cmpstr (demo, ==, "1");

  /* The 45 press releases, and every UCDP row as an event. */
  g_assert_cmpuint (sitrep_store_count_articles (store), ==, 45);
  assert_article_dates (store);
  g_assert_cmpuint (sitrep_store_count_events (store), ==, count_csv_rows ());
  g_assert_cmpuint (sitrep_store_count_events (store), >=, 300);

  /* Most are placed, and all of those in the region the gazetteer covers. */
  events = all_events (store);
  for (guint i = 0; i < events->len; i++)
    {
      SitrepEvent *event = events->pdata[i];
      double lat = sitrep_event_get_latitude (event);
      double lon = sitrep_event_get_longitude (event);

      g_assert_cmpstr (sitrep_event_get_external_source (event), ==, "UCDP GED");
      if (isnan (lat))
        continue;
      n_placed++;
      g_assert_cmpfloat (lat, >=, 28.5);
      g_assert_cmpfloat (lat, <=, 42.5);
      g_assert_cmpfloat (lon, >=, 24.5);
      g_assert_cmpfloat (lon, <=, 49.0);
      /* In the country UCDP says, not at a homonym across a border. */
      if (g_strcmp0 (sitrep_event_get_country (event), "Syria") == 0)
        {
          g_assert_cmpfloat (lat, >=, 32.3);
          g_assert_cmpfloat (lat, <=, 37.4);
          g_assert_cmpfloat (lon, >=, 35.6);
          g_assert_cmpfloat (lon, <=, 42.4);
        }
      else if (g_strcmp0 (sitrep_event_get_country (event), "Iraq") == 0)
        {
          g_assert_cmpfloat (lat, >=, 29.0);
          g_assert_cmpfloat (lat, <=, 37.4);
          g_assert_cmpfloat (lon, >=, 38.7);
          g_assert_cmpfloat (lon, <=, 48.7);
        }
    }
  g_test_message ("%u of %u demo events placed", n_placed, events->len);
  g_assert_cmpuint (n_placed, >=, MIN_PLACED);
  assert_unplaced_name_no_region (store, events);

  /* One story: the eight deadliest events on the map that started in 2016, by date. */
  stories = sitrep_store_list_stories (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stories->len, ==, 1);
  story = stories->pdata[0];
  g_assert_cmpstr (story->name, ==, STORY_NAME);
  g_assert_cmpuint (story->n_steps, ==, 8);
  steps = sitrep_store_list_story_steps (store, story->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, 8);
  step_events = g_ptr_array_new_with_free_func (g_object_unref);
  g_assert_true (sitrep_store_get_events (store, (const gint64 *) (gpointer) steps->data, steps->len,
                                          step_events, &error));
  g_assert_cmpuint (step_events->len, ==, 8);
  for (guint i = 0; i < step_events->len; i++)
    {
      SitrepEvent *event = step_events->pdata[i];
      const char *date = sitrep_event_get_date_start (event);

      g_assert_true (g_str_has_prefix (date, "2016-"));
      g_assert_false (isnan (sitrep_event_get_latitude (event)));
      if (i > 0)
        g_assert_cmpstr (sitrep_event_get_date_start (step_events->pdata[i - 1]), <=, date);
      least_in_story = MIN (least_in_story, sitrep_event_get_fatalities (event));
    }
  for (guint i = 0; i < events->len; i++)
    {
      SitrepEvent *event = events->pdata[i];

      if (g_str_has_prefix (sitrep_event_get_date_start (event), "2016-") &&
          !isnan (sitrep_event_get_latitude (event)) && sitrep_event_get_where_prec (event) < 3 &&
          !array_contains (steps, sitrep_event_get_id (event)))
        most_left_out = MAX (most_left_out, sitrep_event_get_fatalities (event));
    }
  g_assert_cmpint (most_left_out, >=, 0);
  g_assert_cmpint (least_in_story, >=, most_left_out);
  g_test_message ("story: %" G_GINT64_FORMAT " killed or more a step, %" G_GINT64_FORMAT
                  " at most left out", least_in_story, most_left_out);
  g_assert_cmpint (least_in_story, >=, 40);

  sitrep_store_close (store);
}

static void
test_reuse (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *marker = NULL;
  g_autoptr(SitrepStore) store = NULL;

  first = sitrep_demo_ensure (&error);
  g_assert_no_error (error);

  /* Mark the project: a rebuilt demo would not have the mark. */
  store = sitrep_store_open (first, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (sitrep_store_set_meta (store, "test-mark", "kept", &error));
  g_assert_no_error (error);
  sitrep_store_close (store);
  g_clear_object (&store);

  second = sitrep_demo_ensure (&error);
  g_assert_no_error (error);
  g_assert_cmpstr (second, ==, first);
  store = sitrep_store_open (second, SITREP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  marker = sitrep_store_get_meta (store, "test-mark");
  g_assert_cmpstr (marker, ==, "kept");
  g_assert_cmpuint (sitrep_store_count_articles (store), ==, 45);
  sitrep_store_close (store);
}

/* What a crash half-way through the first build leaves behind is thrown away. */
static void
test_stale_partial (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "sitrep", NULL);
  g_autofree char *partial = g_build_filename (dir, "Demo.sitrep.partial", NULL);
  g_autofree char *path = NULL;
  g_autoptr(SitrepStore) store = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (partial, "half a demo", -1, NULL));

  path = sitrep_demo_ensure (&error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  store = sitrep_store_open (path, SITREP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sitrep_store_count_articles (store), ==, 45);
  g_assert_cmpuint (sitrep_store_count_events (store), ==, count_csv_rows ());
  sitrep_store_close (store);
}

static gint64
add_event (SitrepStore *store,
           const char  *location,
           const char  *admin1,
           const char  *country,
           double       latitude,
           double       longitude)
{
  g_autoptr(GError) error = NULL;
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  gint64 id;

  draft.date_start = "2016-06-01";
  draft.location = location;
  draft.admin1 = admin1;
  draft.country = country;
  draft.latitude = latitude;
  draft.longitude = longitude;
  id = sitrep_store_create_event (store, &draft, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

static SitrepEvent *
get_event (SitrepStore *store,
           gint64       id)
{
  g_autoptr(GError) error = NULL;
  SitrepEvent *event = sitrep_store_get_event (store, id, &error);

  g_assert_no_error (error);
  return event;
}

/* The placing the demo relies on, which the map's Place Events shares:
 * UCDP spellings, homonyms across borders, what is left alone, one undo step. */
static void
test_place_by_name (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "place", NULL);
  g_autofree char *path = g_build_filename (dir, "place.sitrep", NULL);
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(SitrepGazetteer) gazetteer = NULL;
  g_autoptr(SitrepEvent) manbij = NULL;
  g_autoptr(SitrepEvent) palmyra = NULL;
  g_autoptr(SitrepEvent) jallayn = NULL;
  g_autoptr(SitrepEvent) pinned = NULL;
  g_autoptr(SitrepEvent) governorate = NULL;
  g_autoptr(SitrepEvent) after_undo = NULL;
  gint64 manbij_id, palmyra_id, jallayn_id, pinned_id, governorate_id;
  SitrepPlacementCounts counts = { 0 };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  store = sitrep_store_create (path, &error);
  g_assert_no_error (error);
  manbij_id = add_event (store, "Manbij town", "Aleppo governorate", "Syria", NAN, NAN);
  palmyra_id = add_event (store, "Tadmur/Palmyra town", "Homs governorate", "Syria", NAN, NAN);
  /* GeoNames cities500 has no Jallayn in Syria, but a Holon in Israel. */
  jallayn_id = add_event (store, "Jallayn town", "Daraa governorate", "Syria", NAN, NAN);
  pinned_id = add_event (store, "Manbij town", "Aleppo governorate", "Syria", 36.0, 38.0);
  governorate_id = add_event (store, "Aleppo governorate", "Aleppo governorate", "Syria", NAN, NAN);
  add_event (store, NULL, "Aleppo governorate", "Syria", NAN, NAN);

  gazetteer = sitrep_gazetteer_new (store, &error);
  g_assert_no_error (error);
  g_assert_true (sitrep_store_place_unplaced_events (store, gazetteer, &counts, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.n_named, ==, 4);
  g_assert_cmpuint (counts.n_placed, ==, 2);

  manbij = get_event (store, manbij_id);
  g_assert_cmpfloat_with_epsilon (sitrep_event_get_latitude (manbij), 36.53, 0.05);
  g_assert_cmpfloat_with_epsilon (sitrep_event_get_longitude (manbij), 37.95, 0.05);
  palmyra = get_event (store, palmyra_id);
  g_assert_cmpfloat_with_epsilon (sitrep_event_get_latitude (palmyra), 34.56, 0.05);
  g_assert_cmpfloat_with_epsilon (sitrep_event_get_longitude (palmyra), 38.28, 0.05);
  jallayn = get_event (store, jallayn_id);
  g_assert_true (isnan (sitrep_event_get_latitude (jallayn)));
  pinned = get_event (store, pinned_id);
  g_assert_cmpfloat (sitrep_event_get_latitude (pinned), ==, 36.0);
  g_assert_cmpfloat (sitrep_event_get_longitude (pinned), ==, 38.0);
  governorate = get_event (store, governorate_id);
  g_assert_true (isnan (sitrep_event_get_latitude (governorate)));

  /* One undo step takes every placement back. */
  g_assert_true (sitrep_store_undo (store, &error));
  g_assert_no_error (error);
  after_undo = get_event (store, manbij_id);
  g_assert_true (isnan (sitrep_event_get_latitude (after_undo)));
  g_clear_object (&after_undo);
  after_undo = get_event (store, palmyra_id);
  g_assert_true (isnan (sitrep_event_get_latitude (after_undo)));

  sitrep_store_close (store);
}

/* UCDP rows whose village the gazetteer lacks go to their district's seat
 * (where_prec 3) or their governorate (4); the rest stay as they were. */
static void
test_place_by_region (void)
{
  static const char csv[] =
    "ucdp_ged_id,start_date,end_date,side_a_name,side_b_name,location_root_name,location_adm1_name,"
    "location_adm2_name,location_where_name,deaths_side_a,deaths_side_b,deaths_civilian,deaths_unknown\n"
    "1,2016-06-01,2016-06-01,Government of Syria,IS,Syria,Daraa governorate,Markaz Daraa district,Jallayn town,1,0,0,0\n"
    "2,2016-06-02,2016-06-02,Government of Syria,IS,Syria,Hamah governorate,,Khanafis village,2,0,0,0\n"
    "3,2016-06-03,2016-06-03,Government of Iraq,IS,Iraq,Nīnawá province,Qaḑā’ al Mawşil,Hajj Ali village,3,0,0,0\n"
    "4,2016-06-04,2016-06-04,Government of Iraq,IS,Iraq,,,Northern Iraq,4,0,0,0\n"
    "5,2016-06-05,2016-06-05,Government of Syria,IS,Syria,Aleppo governorate,Manbij district,Manbij town,5,0,0,0\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "region", NULL);
  g_autofree char *path = g_build_filename (dir, "region.sitrep", NULL);
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(SitrepGazetteer) gazetteer = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) undone = NULL;
  SitrepUcdpReport report = { 0 };
  SitrepPlacementCounts counts = { 0 };
  gint64 manual_id;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  store = sitrep_store_create (path, &error);
  g_assert_no_error (error);
  g_assert_true (sitrep_ucdp_import_data (store, csv, sizeof csv - 1, &report, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_imported, ==, 5);
  sitrep_ucdp_report_clear (&report);
  /* Not a UCDP event: the user's own, left for the user to place. */
  manual_id = add_event (store, "Jallayn town", "Daraa governorate", "Syria", NAN, NAN);

  gazetteer = sitrep_gazetteer_new (store, &error);
  g_assert_no_error (error);
  /* One call places by name, then by region. */
  g_assert_true (sitrep_store_place_unplaced_events (store, gazetteer, &counts, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.n_placed, ==, 4);
  g_assert_cmpuint (counts.n_region, ==, 3);

  events = all_events (store);
  g_assert_cmpuint (events->len, ==, 6);
  for (guint i = 0; i < events->len; i++)
    {
      SitrepEvent *event = events->pdata[i];
      const char *id = sitrep_event_get_external_id (event);
      double lat = sitrep_event_get_latitude (event), lon = sitrep_event_get_longitude (event);

      if (sitrep_event_get_id (event) == manual_id || g_strcmp0 (id, "4") == 0)
        {
          g_assert_true (isnan (lat));
          continue;
        }
      g_assert_false (isnan (lat));
      if (g_strcmp0 (id, "1") == 0)
        {
          /* Daraa, the seat of Markaz Daraa district. */
          g_assert_cmpint (sitrep_event_get_where_prec (event), ==, 3);
          g_assert_cmpfloat_with_epsilon (lat, 32.62, 0.05);
          g_assert_cmpfloat_with_epsilon (lon, 36.10, 0.05);
        }
      else if (g_strcmp0 (id, "2") == 0)
        {
          /* Somewhere in Hama governorate, not at a homonym. */
          g_assert_cmpint (sitrep_event_get_where_prec (event), ==, 4);
          g_assert_cmpfloat (lat, >, 34.6);
          g_assert_cmpfloat (lat, <, 35.8);
          g_assert_cmpfloat (lon, >, 36.0);
          g_assert_cmpfloat (lon, <, 38.0);
        }
      else if (g_strcmp0 (id, "3") == 0)
        {
          /* Mosul, the seat of Qaḑā’ al Mawşil. */
          g_assert_cmpint (sitrep_event_get_where_prec (event), ==, 3);
          g_assert_cmpfloat_with_epsilon (lat, 36.34, 0.05);
          g_assert_cmpfloat_with_epsilon (lon, 43.12, 0.05);
        }
      else
        {
          /* Manbij by its own name: exact, not moved. */
          g_assert_cmpstr (id, ==, "5");
          g_assert_cmpint (sitrep_event_get_where_prec (event), <, 3);
          g_assert_cmpfloat_with_epsilon (lat, 36.53, 0.05);
        }
      if (sitrep_event_get_where_prec (event) >= 3)
        g_assert_cmpint (sitrep_event_get_geo_precision (event), ==, 3);
    }

  /* One undo step takes every placement back, by name and by region. */
  g_assert_true (sitrep_store_undo (store, &error));
  g_assert_no_error (error);
  undone = all_events (store);
  for (guint i = 0; i < undone->len; i++)
    g_assert_true (isnan (sitrep_event_get_latitude (undone->pdata[i])));

  sitrep_store_close (store);
}

int
main (int   argc,
      char *argv[])
{
  /* Each test gets its own XDG folders: the demo is built afresh in each. */
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sitrep/demo/build", test_build);
  g_test_add_func ("/sitrep/demo/reuse", test_reuse);
  g_test_add_func ("/sitrep/demo/stale-partial", test_stale_partial);
  g_test_add_func ("/sitrep/demo/place-by-name", test_place_by_name);
  g_test_add_func ("/sitrep/demo/place-by-region", test_place_by_region);

  return g_test_run ();
}

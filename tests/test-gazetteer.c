/* test-gazetteer.c — place lookups, context ranking and GeoNames dumps
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sitrep-event.h"
#include "sitrep-gazetteer.h"
#include "sitrep-store-gazetteer.h"
#include "sitrep-test-util.h"
#include "sitrep-geography-private.h"   /* the gazetteer's counts, a test hook */

typedef struct
{
  char        *dir;
  char        *path;
  SitrepStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->store = sitrep_test_create_project ("sitrep-gaz-XXXXXX", &f->dir, &f->path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
}

static SitrepGazetteerPlace *
lookup_top (SitrepGazetteer *gaz,
            const char      *name,
            const char      *context)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = sitrep_gazetteer_lookup (gaz, name, context, &error);

  g_assert_no_error (error);
  g_assert_nonnull (found);
  if (found->len == 0)
    return NULL;
  return sitrep_gazetteer_place_copy (found->pdata[0]);
}

static void
assert_near (const SitrepGazetteerPlace *place,
             double                      lat,
             double                      lon,
             double                      km)
{
  double d;

  g_assert_nonnull (place);
  d = sitrep_gazetteer_distance_km (place->latitude, place->longitude, lat, lon);
  if (d > km)
    g_error ("%s at %.4f,%.4f is %.1f km from %.4f,%.4f", place->name, place->latitude,
             place->longitude, d, lat, lon);
}

static void
test_distance (void)
{
  /* Damascus to Daraa, about 100 km. */
  double d = sitrep_gazetteer_distance_km (33.5102, 36.2913, 32.6189, 36.1021);

  g_assert_cmpfloat (d, >, 95);
  g_assert_cmpfloat (d, <, 105);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (1, 2, 1, 2), ==, 0);
}

static void
test_lookup_table (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepGazetteer) gaz = sitrep_gazetteer_new (NULL, &error);
  static const struct
  {
    const char *query;
    const char *context;
    const char *name;
    double lat;
    double lon;
  } table[] = {
    { "Jassim", "Syrian troops deployed around Jassim in Daraa.", "Jāsim", 32.99, 36.06 },
    { "Jasim", NULL, "Jāsim", 32.99, 36.06 },
    { "جاسم", NULL, "Jāsim", 32.99, 36.06 },
    { "Deraa", NULL, "Dar‘ā", 32.62, 36.10 },
    { "Daraa", NULL, "Dar‘ā", 32.62, 36.10 },
    { "Deir Ezzor", NULL, "Deir ez-Zor", 35.34, 40.14 },
    { "Dayr az Zawr", NULL, "Deir ez-Zor", 35.34, 40.14 },
    { "Raqa", NULL, "Ar Raqqah", 35.95, 39.01 },
    { "Raqqa", NULL, "Ar Raqqah", 35.95, 39.01 },
    { "Damascus", NULL, "Damascus", 33.51, 36.29 },
    { "دمشق", NULL, "Damascus", 33.51, 36.29 },
    { "Idlib", NULL, "Idlib", 35.93, 36.63 },
    { "Aleppo", NULL, "Aleppo", 36.20, 37.16 },
  };

  g_assert_no_error (error);
  g_assert_cmpuint (sitrep_gazetteer_get_n_bundled (gaz), >, 3000);

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_autoptr(SitrepGazetteerPlace) top = lookup_top (gaz, table[i].query, table[i].context);

      if (top == NULL)
        g_error ("nothing found for %s", table[i].query);
      if (g_strcmp0 (top->name, table[i].name) != 0)
        g_error ("%s → %s, expected %s", table[i].query, top->name, table[i].name);
      assert_near (top, table[i].lat, table[i].lon, 3);
      g_assert_false (top->doubtful);
      g_assert_cmpfloat (top->score, >, 0);
    }

  /* Nothing at all. */
  {
    g_autoptr(GPtrArray) none = sitrep_gazetteer_lookup (gaz, "Xqzzyvv", NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (none->len, ==, 0);
    g_clear_pointer (&none, g_ptr_array_unref);
    none = sitrep_gazetteer_lookup (gaz, "", "Daraa", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (none->len, ==, 0);
  }
}

/* The governorate an article names decides between homonyms and lifts the
 * right candidate's score. */
static void
test_context_admin1 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepGazetteer) gaz = sitrep_gazetteer_new (NULL, &error);
  g_autoptr(SitrepGazetteerPlace) bare = NULL;
  g_autoptr(SitrepGazetteerPlace) in_daraa = NULL;

  g_assert_no_error (error);
  bare = lookup_top (gaz, "Jassim", NULL);
  in_daraa = lookup_top (gaz, "Jassim",
                         "The Syrian military deployed a large force around Jassim, in the "
                         "western countryside of Daraa, after clashes with ISIS cells.");
  g_assert_cmpstr (in_daraa->admin1_name, ==, "Daraa");
  g_assert_cmpstr (in_daraa->country, ==, "SY");
  assert_near (in_daraa, 32.9913, 36.0609, 2);
  g_assert_cmpfloat (in_daraa->score, >, bare->score);
  g_assert_false (in_daraa->doubtful);
  g_assert_cmpfloat (in_daraa->context_km, >, 0);
  g_assert_cmpfloat (in_daraa->context_km, <, 100);
}

/* An Arabic text names a governorate by its Arabic name ("غربي درعا",
 * "بريف درعا الغربي", "بريف حماة"): its town outranks a namesake across
 * the border (Jordan's larger Ash Shajarah, nearer Daraa city), as "west
 * of Daraa" makes it rank in English. */
static void
test_context_admin1_arabic (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepGazetteer) gaz = sitrep_gazetteer_new (NULL, &error);
  g_autoptr(SitrepGazetteerPlace) west = NULL;
  g_autoptr(SitrepGazetteerPlace) countryside = NULL;
  g_autoptr(SitrepGazetteerPlace) english = NULL;
  g_autoptr(SitrepGazetteerPlace) hama = NULL;

  g_assert_no_error (error);
  west = lookup_top (gaz, "الشجرة", "قتل شاب برصاص مجهولين في بلدة الشجرة غربي درعا، مساء الأحد.");
  g_assert_cmpstr (west->country, ==, "SY");
  assert_near (west, 32.7741, 35.8820, 2);
  countryside = lookup_top (gaz, "الشجرة", "أصيب ثلاثة مدنيين بقصف مدفعي على بلدة الشجرة في ريف درعا الغربي.");
  g_assert_cmpstr (countryside->country, ==, "SY");
  english = lookup_top (gaz, "al-Shajara", "A young man was shot dead in the town of al-Shajara, west of Daraa.");
  g_assert_cmpstr (english->country, ==, "SY");
  hama = lookup_top (gaz, "الحمراء", "قتل راعيان بانفجار لغم أرضي قرب قرية الحمراء بريف حماة الشرقي.");
  g_assert_cmpstr (hama->country, ==, "SY");
  g_assert_cmpstr (hama->admin1_name, ==, "Hama");
}

/* as-Sabboura west of Damascus is not the Sabburah near Hama, the only one
 * the bundled gazetteer knows: with Damascus in the text it is doubtful. */
static void
test_doubtful (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepGazetteer) gaz = sitrep_gazetteer_new (NULL, &error);
  g_autoptr(SitrepGazetteerPlace) near_damascus = NULL;
  g_autoptr(SitrepGazetteerPlace) near_hama = NULL;

  g_assert_no_error (error);
  near_damascus = lookup_top (gaz, "Sabbourah",
                              "A bus was hit near Sabbourah, west of Damascus, on the road "
                              "to the Lebanese border.");
  g_assert_nonnull (near_damascus);
  g_assert_cmpstr (near_damascus->asciiname, ==, "Sabburah");
  g_assert_true (near_damascus->doubtful);
  g_assert_cmpfloat (near_damascus->context_km, >, SITREP_GAZETTEER_DOUBTFUL_KM);

  near_hama = lookup_top (gaz, "Sabbourah", "Shelling hit Sabbourah, east of Salamiyah in Hama.");
  g_assert_false (near_hama->doubtful);
}

/* UCDP GED's spellings of governorates and provinces find GeoNames' regions. */
static void
test_match_admin1 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepGazetteer) gaz = sitrep_gazetteer_new (NULL, &error);
  static const struct
  {
    const char *country;
    const char *name;
    const char *code;
  } table[] = {
    { "IQ", "Nīnawá province", "IQ.15" },
    { NULL, "Nīnawá province", "IQ.15" },
    { "IQ", "Nineveh", "IQ.15" },
    { "IQ", "Al Anbār province", "IQ.01" },
    { "IQ", "Şalāḩ ad Dīn province", "IQ.18" },
    { "IQ", "Diyālá province", "IQ.10" },
    { "IQ", "Kirkūk province", "IQ.13" },
    { "IQ", "Arbīl province", "IQ.11" },
    { "SY", "Dayr az Zawr governorate", "SY.07" },
    { "SY", "Deir ez Zor governorate", "SY.07" },
    { "SY", "Muhafazat Dayr az Zawr", "SY.07" },
    { "SY", "Hamah governorate", "SY.10" },
    { "SY", "Homs governorate", "SY.11" },
    { "SY", "Rif Dimashq governorate", "SY.08" },
    { "SY", "Damascus governorate", "SY.13" },
    { "LB", "Baalbek-Hermel province", "LB.11" },
    { "TR", "Şırnak province", "TR.80" },
    { "TR", "Diyarbakır province", "TR.21" },
    /* Not in that country, not a region, or a name rather than a spelling. */
    { "SY", "Nīnawá province", NULL },
    { "IQ", "province", NULL },
    { "IQ", "At Ta’mīm", NULL },
    { "SY", "", NULL },
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_autofree char *code = sitrep_gazetteer_match_admin1 (gaz, table[i].country, table[i].name,
                                                             NULL, NULL);

      if (g_strcmp0 (code, table[i].code) != 0)
        g_error ("%s in %s → %s, expected %s", table[i].name, table[i].country, code,
                 table[i].code);
    }

  /* The centre of Nineveh's places lies in Nineveh, near Mosul. */
  {
    double lat = 0, lon = 0;
    g_autofree char *code = sitrep_gazetteer_match_admin1 (gaz, "IQ", "Nīnawá province",
                                                           &lat, &lon);

    g_assert_cmpstr (code, ==, "IQ.15");
    g_assert_cmpfloat (sitrep_gazetteer_distance_km (lat, lon, 36.335, 43.119), <, 60);
  }
}

static SitrepGazetteerPlace *
lookup_in_top (SitrepGazetteer *gaz,
               const char      *name,
               const char      *country,
               const char      *admin1,
               const char      *admin2,
               guint           *n_found)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *context = g_strjoin (", ", name, admin1, NULL);
  g_autoptr(GPtrArray) found = sitrep_gazetteer_lookup_in (gaz, name, context, country, admin1,
                                                           admin2, &error);

  g_assert_no_error (error);
  g_assert_nonnull (found);
  for (guint i = 0; i < found->len; i++)
    g_assert_cmpstr (((SitrepGazetteerPlace *) found->pdata[i])->country, ==, country);
  if (n_found != NULL)
    *n_found = found->len;
  if (found->len == 0)
    return NULL;
  return sitrep_gazetteer_place_copy (found->pdata[0]);
}

/* A place whose region a coder gave: the region vouches for a small town far
 * from everything else the text names, and the district's seat decides
 * between homonyms of one governorate. */
static void
test_lookup_in_region (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepGazetteer) gaz = sitrep_gazetteer_new (NULL, &error);
  g_autoptr(SitrepGazetteerPlace) tall_afar = NULL;
  g_autoptr(SitrepGazetteerPlace) qayyarah = NULL;
  g_autoptr(SitrepGazetteerPlace) sarrin = NULL;
  g_autoptr(SitrepGazetteerPlace) mosul = NULL;

  g_assert_no_error (error);

  tall_afar = lookup_in_top (gaz, "Tall ‘Afar", "IQ", "Nīnawá province", "Qaḑā’ Tall ‘Afar", NULL);
  g_assert_nonnull (tall_afar);
  g_assert_cmpstr (tall_afar->admin1_name, ==, "Nineveh");
  assert_near (tall_afar, 36.3791, 42.4481, 2);
  g_assert_false (tall_afar->doubtful);

  /* Its best match anywhere is Sarız in Turkey. */
  qayyarah = lookup_in_top (gaz, "Al Qayyārah", "IQ", "Nīnawá province", "Qaḑā’ al Mawşil", NULL);
  g_assert_nonnull (qayyarah);
  g_assert_cmpstr (qayyarah->admin1_name, ==, "Nineveh");
  assert_near (qayyarah, 35.7993, 43.2945, 2);
  g_assert_false (qayyarah->doubtful);

  /* Sarrin and Suran share a key, both in Aleppo governorate: the district
   * of Ayn al Arab (Kobani) says which. */
  sarrin = lookup_in_top (gaz, "Sarrin", "SY", "Aleppo governorate", "Ayn al Arab district", NULL);
  g_assert_nonnull (sarrin);
  assert_near (sarrin, 36.5884, 38.2979, 2);
  g_assert_false (sarrin->doubtful);
  g_assert_cmpfloat (sarrin->context_km, <, 50);

  /* No admin 2, no context text: the region alone still ranks. */
  {
    g_autoptr(GPtrArray) found = sitrep_gazetteer_lookup_in (gaz, "Mosul", NULL, "IQ",
                                                             "Nīnawá province", NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (found->len, >, 0);
    mosul = sitrep_gazetteer_place_copy (found->pdata[0]);
    assert_near (mosul, 36.335, 43.119, 5);
    g_assert_false (mosul->doubtful);
  }
}

/* Homonyms outside the region a coder names are never taken, however well
 * their names match. */
static void
test_lookup_in_far (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepGazetteer) gaz = sitrep_gazetteer_new (NULL, &error);
  g_autoptr(SitrepGazetteerPlace) seneia = NULL;
  g_autoptr(SitrepGazetteerPlace) qarah = NULL;
  g_autoptr(SitrepGazetteerPlace) qarah_rif = NULL;
  g_autoptr(SitrepGazetteerPlace) cross_border = NULL;
  guint n = 0;

  g_assert_no_error (error);

  /* Seneia near Bayji is not Sinah in Duhok, 145 km north of Salah ad Din's
   * nearest place. */
  seneia = lookup_in_top (gaz, "Seneia", "IQ", "Şalāḩ ad Dīn province", "Qaḑā’ Bayjī", NULL);
  g_assert_nonnull (seneia);
  g_assert_cmpstr (seneia->admin1_name, ==, "Duhok");
  g_assert_true (seneia->doubtful);

  /* Qarah near Hama is not Qarah in the Qalamoun, 88 km from Hama
   * governorate's nearest place and 108 km from Hama, the district's seat. */
  qarah = lookup_in_top (gaz, "Qarah", "SY", "Hamah governorate",
                         "Mintaqat Markaz Hamah district", NULL);
  g_assert_nonnull (qarah);
  g_assert_cmpstr (qarah->admin1_name, ==, "Rif-dimashq");
  g_assert_true (qarah->doubtful);
  /* Without the district, the governorate's edge alone rules it out. */
  qarah_rif = lookup_in_top (gaz, "Qarah", "SY", "Hamah governorate", NULL, NULL);
  g_assert_true (qarah_rif->doubtful);
  /* Where it is, it is the place. */
  g_clear_pointer (&qarah_rif, sitrep_gazetteer_place_free);
  qarah_rif = lookup_in_top (gaz, "Qarah", "SY", "Rif Dimashq governorate",
                             "Al Qutayfah district", NULL);
  g_assert_false (qarah_rif->doubtful);
  assert_near (qarah_rif, 34.1556, 36.7428, 1);

  /* Nothing across a border: Holon in Israel is no Jallayn in Daraa. */
  cross_border = lookup_in_top (gaz, "Jallayn", "SY", "Daraa governorate",
                                "Markaz Daraa district", &n);
  g_assert_null (cross_border);
  g_assert_cmpuint (n, ==, 0);
}

/* UCDP events placed through the project: what the region vouches for is
 * placed, what it rules out is left to the user. */
static void
test_place_events_in_region (Fixture       *f,
                             gconstpointer  data)
{
  static const struct
  {
    const char *location;
    const char *admin1;
    const char *admin2;
    const char *country;
    double      lat;  /* NAN: left unplaced */
    double      lon;
  } events[] = {
    { "Tall ‘Afar town", "Nīnawá province", "Qaḑā’ Tall ‘Afar", "Iraq", 36.3791, 42.4481 },
    { "Al Qayyārah town", "Nīnawá province", "Qaḑā’ al Mawşil", "Iraq", 35.7993, 43.2945 },
    { "Sarrin town", "Aleppo governorate", "Ayn al Arab district", "Syria", 36.5884, 38.2979 },
    { "Manbij town", "Aleppo governorate", "Manbij district", "Syria", 36.5282, 37.9550 },
    { "Seneia town", "Şalāḩ ad Dīn province", "Qaḑā’ Bayjī", "Iraq", NAN, NAN },
    { "Qarah village", "Hamah governorate", "Mintaqat Markaz Hamah district", "Syria", NAN, NAN },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepGazetteer) gaz = sitrep_gazetteer_new (f->store, &error);
  gint64 ids[G_N_ELEMENTS (events)];
  SitrepPlacementCounts counts = { 0 };
  guint n_expected = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    {
      SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;

      draft.date_start = "2016-10-20";
      draft.location = events[i].location;
      draft.admin1 = events[i].admin1;
      draft.admin2 = events[i].admin2;
      draft.country = events[i].country;
      draft.latitude = NAN;
      draft.longitude = NAN;
      ids[i] = sitrep_store_create_event (f->store, &draft, &error);
      g_assert_no_error (error);
      n_expected += !isnan (events[i].lat);
    }

  g_assert_true (sitrep_store_place_unplaced_events (f->store, gaz, &counts, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.n_named, ==, G_N_ELEMENTS (events));
  g_assert_cmpuint (counts.n_placed, ==, n_expected);
  g_assert_cmpuint (counts.n_region, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    {
      g_autoptr(SitrepEvent) event = sitrep_store_get_event (f->store, ids[i], &error);
      double lat, lon;

      g_assert_no_error (error);
      lat = sitrep_event_get_latitude (event);
      lon = sitrep_event_get_longitude (event);
      if (isnan (events[i].lat))
        {
          if (!isnan (lat))
            g_error ("%s placed at %.4f,%.4f", events[i].location, lat, lon);
          continue;
        }
      if (isnan (lat) || sitrep_gazetteer_distance_km (lat, lon, events[i].lat, events[i].lon) > 2)
        g_error ("%s placed at %.4f,%.4f, expected %.4f,%.4f", events[i].location, lat, lon,
                 events[i].lat, events[i].lon);
    }
}

static char *
shared_dir (void)
{
  const char *dir = g_getenv ("SITREP_SHARED_DIR");

  return g_strdup (dir != NULL ? dir : "../shared");
}

/* The places a careful human coder pinned in the gold files. */
static void
test_gold (void)
{
  g_autofree char *shared = shared_dir ();
  g_autofree char *gold_dir = g_build_filename (shared, "gold", NULL);
  g_autoptr(GDir) dir = g_dir_open (gold_dir, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepGazetteer) gaz = NULL;
  const char *name;
  guint checked = 0;

  if (dir == NULL)
    {
      g_test_skip ("No gold files (SITREP_SHARED_DIR/gold is absent)");
      return;
    }
  gaz = sitrep_gazetteer_new (NULL, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (gold_dir, name, NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autofree char *article_path = NULL;
      g_autofree char *context = NULL;
      JsonObject *root;
      JsonArray *places;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      g_assert_true (json_parser_load_from_file (parser, path, &error));
      g_assert_no_error (error);
      root = json_node_get_object (json_parser_get_root (parser));
      if (!json_object_has_member (root, "places"))
        continue;
      article_path = g_build_filename (shared, "corpus", "seeds",
                                       json_object_get_string_member (root, "article"), NULL);
      g_file_get_contents (article_path, &context, NULL, NULL);

      places = json_object_get_array_member (root, "places");
      for (guint i = 0; i < json_array_get_length (places); i++)
        {
          JsonObject *place = json_array_get_object_element (places, i);
          const char *mention = json_object_get_string_member (place, "mention");
          g_autoptr(SitrepGazetteerPlace) top = NULL;

          /* A tolerance marks places GeoNames' cities lack (villages, mountains, rivers). */
          if (json_object_has_member (place, "tolerance_km"))
            continue;
          top = lookup_top (gaz, mention, context);
          if (top == NULL)
            g_error ("%s: nothing found for %s", name, mention);
          g_test_message ("%s → %s (%s) score %.2f", mention, top->name, top->admin1_name, top->score);
          assert_near (top, json_object_get_double_member (place, "lat"),
                       json_object_get_double_member (place, "lon"), 5);
          g_assert_false (top->doubtful);
          checked++;
        }
    }
  g_assert_cmpuint (checked, >=, 8);
}

static const char good_lines[] =
  "170907\tBaghuz\tBaghuz\tAl Baghuz,Al Bāghūz,Baghouz,الباغوز\t34.4578\t40.9378\tP\tPPL\tSY\t\t07\t\t\t\t0\t\t180\tAsia/Damascus\t2020-06-10\n"
  "173193\tJabal az Zāwiyah\tJabal az Zawiyah\tJabal al-Zawiya,Jebel Zawiye,جبل الزاوية\t35.68\t36.50\tT\tMTS\tSY\t\t12\t\t\t\t0\t\t700\tAsia/Damascus\t2012-01-18\n"
  "169999\tAt Tanf\tAt Tanf\tal-Tanf,Al Tanf,التنف\t33.5133\t38.6192\tS\tPSTB\tSY\t\t13\t\t\t\t0\t\t700\tAsia/Damascus\t2012-01-18\n"
  "165997\tJāsim\tJasim\tJassim,Jasem,جاسم\t32.99125\t36.06093\tP\tPPLA3\tSY\t\t06\t\t\t\t30283\t\t\tAsia/Damascus\t2021-01-07\n"
  "163806\tKansafrah\tKansafrah\tKansafra,Kafr Nasfra,كنصفرة\t35.6204\t36.5117\tP\tPPL\tSY\t\t12\t\t\t\t0\t\t600\tAsia/Damascus\t2012-01-18\n";

static const char bad_lines[] =
  "not a geonames line at all\n"
  "170000\tNorth Pole Town\tNorth Pole Town\t\t95.0\t36.0\tP\tPPL\tSY\t\t12\t\t\t\t0\t\t600\tAsia/Damascus\t2012-01-18\n"
  "170001\tBroken\tBroken\t\tabc\t36.0\tP\tPPL\tSY\t\t12\t\t\t\t0\t\t600\tAsia/Damascus\t2012-01-18\n";

static GFile *
write_dump (Fixture    *f,
            const char *name,
            const char *contents,
            gssize      len)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
count_progress (guint64  lines,
                guint64  bytes,
                guint64  total,
                gpointer user_data)
{
  guint *calls = user_data;

  g_assert_cmpuint (bytes, <=, total + 1);
  (*calls)++;
}

static void
test_load_dump (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *contents = g_strconcat (good_lines, bad_lines, NULL);
  g_autoptr(GFile) file = write_dump (f, "SY.txt", contents, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepGazetteer) gaz = NULL;
  g_autoptr(SitrepGazetteerPlace) baghuz = NULL;
  g_autoptr(SitrepGazetteerPlace) zawiya = NULL;
  g_autoptr(SitrepGazetteerPlace) jasim = NULL;
  guint64 loaded = 0, skipped = 0;
  guint calls = 0;

  g_assert_true (sitrep_gazetteer_load_file (f->store, file, count_progress, &calls, &loaded,
                                             &skipped, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (loaded, ==, 5);
  g_assert_cmpuint (skipped, ==, 3);
  g_assert_cmpuint (calls, >=, 1);
  g_assert_cmpint (sitrep_store_count_gazetteer_places (f->store, NULL), ==, 5);

  /* Loading it again replaces rather than doubles. */
  g_assert_true (sitrep_gazetteer_load_file (f->store, file, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_cmpint (sitrep_store_count_gazetteer_places (f->store, NULL), ==, 5);

  /* Persisted in the project: reopen it. */
  g_clear_object (&f->store);
  f->store = sitrep_store_open (f->path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  gaz = sitrep_gazetteer_new (f->store, &error);
  g_assert_no_error (error);

  baghuz = lookup_top (gaz, "al-Baghouz", NULL);
  g_assert_nonnull (baghuz);
  g_assert_cmpstr (baghuz->source, ==, "SY.txt");
  g_assert_cmpstr (baghuz->admin1_name, ==, "Deir ez-Zor");
  assert_near (baghuz, 34.4578, 40.9378, 1);

  zawiya = lookup_top (gaz, "Jabal al-Zawiya", "Russian jets struck Jabal al-Zawiya in Idlib.");
  g_assert_nonnull (zawiya);
  g_assert_cmpstr (zawiya->feature_class, ==, "T");
  g_assert_false (zawiya->doubtful);

  /* In both: one candidate, not two. */
  {
    g_autoptr(GPtrArray) found = sitrep_gazetteer_lookup (gaz, "Jasim", NULL, &error);
    guint n = 0;
    for (guint i = 0; i < found->len; i++)
      n += ((SitrepGazetteerPlace *) found->pdata[i])->geonameid == 165997;
    g_assert_cmpuint (n, ==, 1);
  }
  jasim = lookup_top (gaz, "التنف", NULL);
  g_assert_cmpstr (jasim->asciiname, ==, "At Tanf");

  g_assert_finalize_object (g_steal_pointer (&gaz));
}

static void
test_load_bad_files (Fixture       *f,
                     gconstpointer  data)
{
  static const char binary[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe\t\t\t\n";
  g_autoptr(GFile) empty = write_dump (f, "empty.txt", "", 0);
  g_autoptr(GFile) bin = write_dump (f, "image.txt", binary, sizeof binary);
  g_autoptr(GFile) csv = write_dump (f, "cities.csv", "geonameid,name,lat\n1,Foo,3\n", -1);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/SY.txt");
  g_autoptr(GError) error = NULL;
  guint64 skipped = 0;

  g_assert_false (sitrep_gazetteer_load_file (f->store, empty, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, SITREP_GAZETTEER_ERROR, SITREP_GAZETTEER_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_false (sitrep_gazetteer_load_file (f->store, bin, NULL, NULL, NULL, &skipped, NULL, &error));
  g_assert_error (error, SITREP_GAZETTEER_ERROR, SITREP_GAZETTEER_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_false (sitrep_gazetteer_load_file (f->store, csv, NULL, NULL, NULL, &skipped, NULL, &error));
  g_assert_error (error, SITREP_GAZETTEER_ERROR, SITREP_GAZETTEER_ERROR_EMPTY);
  g_assert_cmpuint (skipped, ==, 2);
  g_assert_nonnull (strstr (error->message, "2 lines skipped"));
  g_clear_error (&error);

  g_assert_false (sitrep_gazetteer_load_file (f->store, missing, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (sitrep_store_count_gazetteer_places (f->store, NULL), ==, 0);
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  guint64   loaded;
  guint64   skipped;
  guint     progress;
  GError   *error;
} AsyncResult;

static void
on_progress (guint64  lines,
             guint64  bytes,
             guint64  total,
             gpointer user_data)
{
  AsyncResult *r = user_data;

  g_assert_cmpuint (total, >, 0);
  r->progress++;
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncResult *r = user_data;

  r->ok = sitrep_gazetteer_load_file_finish (result, &r->loaded, &r->skipped, &r->error);
  r->done = TRUE;
}

/* Many rows through the worker thread with progress; then the same file
 * cancelled, which keeps nothing. */
static void
test_load_async (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GCancellable) cancel = g_cancellable_new ();
  AsyncResult r = { 0 };
  AsyncResult c = { 0 };

  for (guint i = 0; i < 12000; i++)
    g_string_append_printf (big, "%u\tVillage %u\tVillage %u\tQaryat %u\t%.4f\t%.4f\tP\tPPL\tSY\t\t%02u\t\t\t\t%u\t\t\tAsia/Damascus\t2020-01-01\n",
                            5000000 + i, i, i, i, 32.5 + (i % 500) / 100.0, 36.0 + (i / 500) / 10.0,
                            1 + i % 14, i);
  g_string_append (big, bad_lines);
  file = write_dump (f, "big.txt", big->str, big->len);

  sitrep_gazetteer_load_file_async (f->store, file, on_progress, &r, NULL, NULL, on_loaded, &r);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  g_assert_cmpuint (r.loaded, ==, 12000);
  g_assert_cmpuint (r.skipped, ==, 3);
  g_assert_cmpuint (r.progress, >=, 2);
  g_assert_cmpint (sitrep_store_count_gazetteer_places (f->store, NULL), ==, 12000);

  /* Cancelled before it starts: nothing of a second file stays. */
  {
    g_autoptr(GFile) other = write_dump (f, "other.txt", good_lines, -1);
    g_cancellable_cancel (cancel);
    sitrep_gazetteer_load_file_async (f->store, other, NULL, NULL, NULL, cancel, on_loaded, &c);
    while (!c.done)
      g_main_context_iteration (NULL, TRUE);
    g_assert_error (c.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&c.error);
    g_assert_cmpint (sitrep_store_count_gazetteer_places (f->store, NULL), ==, 12000);
  }
}

static void
test_parse_line (void)
{
  g_autoptr(SitrepGazetteerPlace) ok = NULL;
  g_autoptr(SitrepGazetteerPlace) copy = NULL;

  g_autofree char *first = g_strndup (good_lines, strchr (good_lines, '\n') - good_lines + 1);

  ok = sitrep_gazetteer_parse_geonames_line (first, "SY.txt");
  g_assert_nonnull (ok);
  g_assert_cmpint (ok->geonameid, ==, 170907);
  g_assert_cmpstr (ok->name, ==, "Baghuz");
  g_assert_cmpuint (g_strv_length (ok->names), ==, 4);
  copy = sitrep_gazetteer_place_copy (ok);
  g_assert_cmpstr (copy->names[3], ==, "الباغوز");

  g_assert_null (sitrep_gazetteer_parse_geonames_line ("", NULL));
  g_assert_null (sitrep_gazetteer_parse_geonames_line ("1\tA\tA\t\t10\t200\tP\tPPL\tSY\t\t1\t\t\t\t0\t\t\t\t\n", NULL));
  g_assert_null (sitrep_gazetteer_parse_geonames_line ("1\tA\tA\t\t-91\t20\tP\tPPL\tSY\t\t1\t\t\t\t0\t\t\t\t\n", NULL));
  g_assert_null (sitrep_gazetteer_parse_geonames_line ("1\tA\tA\t\tnan\t20\tP\tPPL\tSY\t\t1\t\t\t\t0\t\t\t\t\n", NULL));
  g_assert_null (sitrep_gazetteer_parse_geonames_line ("x\tA\tA\t\t10\t20\tP\tPPL\tSY\t\t1\t\t\t\t0\t\t\t\t\n", NULL));
  g_assert_null (sitrep_gazetteer_parse_geonames_line ("1\t\tA\t\t10\t20\tP\tPPL\tSY\t\t1\t\t\t\t0\t\t\t\t\n", NULL));
  g_assert_null (sitrep_gazetteer_parse_geonames_line ("1\tA\t\xff\xfe\t\t10\t20\tP\tPPL\tSY\t\t1\t\t\t\t0\t\t\t\t\n", NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/gazetteer/distance", test_distance);
  g_test_add_func ("/sitrep/gazetteer/parse-line", test_parse_line);
  g_test_add_func ("/sitrep/gazetteer/lookup-table", test_lookup_table);
  g_test_add_func ("/sitrep/gazetteer/context-admin1", test_context_admin1);
  g_test_add_func ("/sitrep/gazetteer/context-admin1-arabic", test_context_admin1_arabic);
  g_test_add_func ("/sitrep/gazetteer/doubtful", test_doubtful);
  g_test_add_func ("/sitrep/gazetteer/match-admin1", test_match_admin1);
  g_test_add_func ("/sitrep/gazetteer/lookup-in-region", test_lookup_in_region);
  g_test_add_func ("/sitrep/gazetteer/lookup-in-far", test_lookup_in_far);
  g_test_add_func ("/sitrep/gazetteer/gold", test_gold);
  g_test_add ("/sitrep/gazetteer/load-dump", Fixture, NULL, fixture_setup, test_load_dump,
              fixture_teardown);
  g_test_add ("/sitrep/gazetteer/load-bad-files", Fixture, NULL, fixture_setup,
              test_load_bad_files, fixture_teardown);
  g_test_add ("/sitrep/gazetteer/load-async", Fixture, NULL, fixture_setup, test_load_async,
              fixture_teardown);
  g_test_add ("/sitrep/gazetteer/place-events-in-region", Fixture, NULL, fixture_setup,
              test_place_events_in_region, fixture_teardown);

  return g_test_run ();
}

/* test-coding.c — labels, annotations, entities, merge, undo, crash safety
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <signal.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sitrep-spans.h"
#include "sitrep-store.h"
#include "sitrep-test-util.h"
#include "sitrep-event-private.h"   /* sitrep_store_place_events, a test hook */

typedef struct
{
  char *dir;
  char *path;
  SitrepStore *store;
  gint64 article;
} Fixture;

static const char body[] =
  "At least 20 terrorists of ISIS were killed in Jasim, in the western countryside of Daraa. "
  "Russian-backed groups of local fighters took part. "
  "قُتل ٢٠ مسلحاً في جاسم 🙂 e\xcc\x81 end.";

static guint
offset_of (const char *needle)
{
  const char *p = strstr (body, needle);

  g_assert_nonnull (p);
  return (guint) g_utf8_pointer_to_offset (body, p);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepImportRecord record = { 0 };

  f->dir = g_dir_make_tmp ("sitrep-coding-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "p.sitrep", NULL);
  f->store = sitrep_store_create (f->path, &error);
  g_assert_no_error (error);

  record.title = (char *) "Jasim";
  record.body = (char *) body;
  f->article = sitrep_store_add_article (f->store, &record, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_clear_object (&f->store);
  d = g_dir_open (f->dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
test_default_labels (Fixture       *f,
                     gconstpointer  data)
{
  const char *expected[] = { "Actor", "Person", "Place", "Date", "Killed", "Wounded",
                             "Captured/Missing", "Weapon", "Claimant", "Event trigger" };
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (f->store, NULL);

  g_assert_cmpuint (labels->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < labels->len; i++)
    {
      SitrepLabel *l = g_ptr_array_index (labels, i);
      g_assert_cmpstr (sitrep_label_get_name (l), ==, expected[i]);
      g_assert_nonnull (sitrep_label_get_shortcut (l));
      g_assert_cmpuint (strlen (sitrep_label_get_color (l)), ==, 7);
    }
}

static void
test_annotate_undo_redo (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 me = sitrep_store_ensure_annotator (f->store, "Rana", &error);
  guint s = offset_of ("Jasim");
  gint64 id;

  id = sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Place"), s, s + 5,
                                    me, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  list = sitrep_store_list_annotations (f->store, f->article, 0, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (sitrep_annotation_get_text (g_ptr_array_index (list, 0)), ==, "Jasim");
  g_assert_cmpstr (sitrep_annotation_get_annotator (g_ptr_array_index (list, 0)), ==, "Rana");
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Relabel, undo the relabel, undo the label, redo both. */
  g_assert_true (sitrep_store_set_annotation_label (f->store, id, sitrep_test_label_id (f->store, "Actor"), &error));
  g_assert_true (sitrep_store_undo (f->store, &error));
  {
    g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (f->store, id, &error);
    g_assert_cmpstr (sitrep_annotation_get_label (a), ==, "Place");
  }
  g_assert_true (sitrep_store_undo (f->store, &error));
  list = sitrep_store_list_annotations (f->store, f->article, 0, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);
  g_assert_true (sitrep_store_redo (f->store, &error));
  g_assert_true (sitrep_store_redo (f->store, &error));
  {
    g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (f->store, id, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (sitrep_annotation_get_label (a), ==, "Actor");
  }

  /* Delete, then undo the delete. */
  g_assert_true (sitrep_store_delete_annotation (f->store, id, &error));
  g_assert_null (sitrep_store_get_annotation (f->store, id, NULL));
  g_assert_true (sitrep_store_undo (f->store, &error));
  {
    g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (f->store, id, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (sitrep_annotation_get_start (a), ==, s);
  }
}

static void
test_offsets_code_points (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint s = offset_of ("جاسم");
  gint64 id = sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Place"),
                                           s, s + 4, 0, 0, NULL, &error);
  g_autoptr(SitrepAnnotation) a = NULL;

  g_assert_no_error (error);
  a = sitrep_store_get_annotation (f->store, id, &error);
  g_assert_cmpstr (sitrep_annotation_get_text (a), ==, "جاسم");

  /* After an emoji and a combining mark, offsets still count code points. */
  s = offset_of ("end.");
  g_clear_object (&a);
  id = sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Date"), s, s + 3,
                                    0, 0, "{\"date\": null}", &error);
  g_assert_no_error (error);
  a = sitrep_store_get_annotation (f->store, id, &error);
  g_assert_cmpstr (sitrep_annotation_get_text (a), ==, "end");
}

static void
test_bad_spans (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  glong len = g_utf8_strlen (body, -1);

  g_assert_cmpint (sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Place"),
                                                5, 5, 0, 0, NULL, &error), ==, 0);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Place"),
                                                len - 2, len + 3, 0, 0, NULL, &error), ==, 0);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (sitrep_store_add_annotation (f->store, 999, sitrep_test_label_id (f->store, "Place"),
                                                0, 3, 0, 0, NULL, &error), ==, 0);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (sitrep_store_add_annotation (f->store, f->article, 999, 0, 3, 0, 0, NULL,
                                                &error), ==, 0);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Place"),
                                                0, 3, 0, 0, "not json", &error), ==, 0);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(GPtrArray) list = sitrep_store_list_annotations (f->store, f->article, 0, &error);
    g_assert_cmpuint (list->len, ==, 0);
  }
  g_assert_null (sitrep_store_dup_undo_description (f->store));
}

static void
test_entities_link_merge (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(SitrepEntity) e = NULL;
  gint64 jasim, jassim_place, a1, a2, linked;
  guint s = offset_of ("Jasim");

  jasim = sitrep_store_add_entity (f->store, "place", "Jasim", &error);
  g_assert_no_error (error);

  /* "Jassim" finds "Jasim"; "Jisr" does not. */
  found = sitrep_store_find_entities (f->store, "place", "Jassim", &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (sitrep_entity_get_id (g_ptr_array_index (found, 0)), ==, jasim);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = sitrep_store_find_entities (f->store, "place", "Jisr", &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Linking a new spelling adds it as an alias. */
  a1 = sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Place"), s, s + 5,
                                    0, 0, NULL, &error);
  linked = sitrep_store_link_mention (f->store, a1, "place", &error);
  g_assert_no_error (error);
  g_assert_cmpint (linked, ==, jasim);
  g_assert_true (sitrep_store_add_alias (f->store, jasim, "جاسم", &error));
  e = sitrep_store_get_entity (f->store, jasim, &error);
  g_assert_cmpuint (sitrep_entity_get_mentions (e), ==, 1);
  g_assert_true (g_strv_contains (sitrep_entity_get_aliases (e), "جاسم"));
  g_clear_object (&e);

  /* A second entity for the same town, made by someone else, merged back. */
  jassim_place = sitrep_store_add_entity (f->store, "place", "Jassim town", &error);
  g_assert_true (sitrep_store_add_alias (f->store, jassim_place, "Tasil road", &error));
  s = offset_of ("جاسم");
  a2 = sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Place"), s, s + 4,
                                    0, jassim_place, NULL, &error);
  g_assert_cmpint (a2, >, 0);

  g_assert_true (sitrep_store_merge_entities (f->store, jasim, jassim_place, &error));
  g_assert_no_error (error);
  g_assert_null (sitrep_store_get_entity (f->store, jassim_place, NULL));
  e = sitrep_store_get_entity (f->store, jasim, &error);
  g_assert_cmpuint (sitrep_entity_get_mentions (e), ==, 2);
  g_assert_true (g_strv_contains (sitrep_entity_get_aliases (e), "Jassim town"));
  g_assert_true (g_strv_contains (sitrep_entity_get_aliases (e), "Tasil road"));
  g_clear_object (&e);

  /* Undo brings both back exactly. */
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  e = sitrep_store_get_entity (f->store, jassim_place, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sitrep_entity_get_mentions (e), ==, 1);
  g_assert_true (g_strv_contains (sitrep_entity_get_aliases (e), "Tasil road"));
  g_clear_object (&e);
  e = sitrep_store_get_entity (f->store, jasim, &error);
  g_assert_cmpuint (sitrep_entity_get_mentions (e), ==, 1);
  g_assert_false (g_strv_contains (sitrep_entity_get_aliases (e), "Tasil road"));
  g_clear_object (&e);

  g_assert_true (sitrep_store_set_entity_actor_type (f->store, jasim, "rebel_group", &error) == FALSE);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autofree char *report = NULL;
    g_assert_true (sitrep_store_check (f->store, &report, &error));
  }
}

static void
test_group_undo (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *desc = NULL;
  guint s = offset_of ("Jasim");
  gint64 a, e;

  /* Label and link as one step, as the reader does. */
  sitrep_store_begin_group (f->store, "Label “Jasim” as Place");
  a = sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Place"), s, s + 5,
                                   0, 0, NULL, &error);
  e = sitrep_store_link_mention (f->store, a, "place", &error);
  sitrep_store_end_group (f->store);
  g_assert_no_error (error);
  g_assert_cmpint (e, >, 0);

  desc = sitrep_store_dup_undo_description (f->store);
  g_assert_cmpstr (desc, ==, "Label “Jasim” as Place");
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_null (sitrep_store_get_annotation (f->store, a, NULL));
  g_assert_null (sitrep_store_get_entity (f->store, e, NULL));
  g_assert_null (sitrep_store_dup_undo_description (f->store));

  g_assert_true (sitrep_store_redo (f->store, &error));
  {
    g_autoptr(SitrepAnnotation) an = sitrep_store_get_annotation (f->store, a, &error);
    g_assert_no_error (error);
    g_assert_cmpint (sitrep_annotation_get_entity_id (an), ==, e);
  }
  g_assert_null (sitrep_store_dup_redo_description (f->store));
  g_assert_cmpint (sitrep_store_find_annotator (f->store, "Nobody"), ==, 0);
  g_assert_cmpint (sitrep_store_find_annotator (f->store, "Nobody"), ==, 0);
}

/* What follows from an edit by itself joins it: one Undo takes both away. */
static void
test_join_last_group (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *desc = NULL;
  guint s = offset_of ("Jasim");
  gint64 a, e;

  a = sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Place"), s, s + 5,
                                   0, 0, NULL, &error);
  g_assert_no_error (error);
  sitrep_store_join_last_group (f->store, "Place the article’s places on the map");
  e = sitrep_store_link_mention (f->store, a, "place", &error);
  g_assert_true (sitrep_store_set_entity_place (f->store, e, 32.99, 36.06, "Daraa", "SY", NULL, &error));
  g_assert_true (sitrep_store_end_group (f->store));
  g_assert_no_error (error);

  desc = sitrep_store_dup_undo_description (f->store);
  g_assert_true (g_str_has_prefix (desc, "Label"));
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_null (sitrep_store_get_annotation (f->store, a, NULL));
  g_assert_null (sitrep_store_get_entity (f->store, e, NULL));
  g_assert_null (sitrep_store_dup_undo_description (f->store));

  g_assert_true (sitrep_store_redo (f->store, &error));
  {
    g_autoptr(SitrepEntity) en = sitrep_store_get_entity (f->store, e, &error);

    g_assert_no_error (error);
    g_assert_cmpfloat_with_epsilon (sitrep_entity_get_latitude (en), 32.99, 1e-6);
  }
  g_assert_null (sitrep_store_dup_redo_description (f->store));

  /* With nothing to join, it is a step of its own. */
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_clear_pointer (&desc, g_free);
  sitrep_store_join_last_group (f->store, "Place the article’s places on the map");
  /* A group that wrote nothing says so: its caller has nothing to take back. */
  g_assert_false (sitrep_store_end_group (f->store));
  g_assert_null (sitrep_store_dup_undo_description (f->store));
}

static void
test_articles_in_area (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;
  guint s = offset_of ("Jasim");
  gint64 a = sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Place"),
                                          s, s + 5, 0, 0, NULL, &error);
  gint64 e = sitrep_store_link_mention (f->store, a, "place", &error);

  g_assert_true (sitrep_store_set_entity_place (f->store, e, 32.9913, 36.0609, "Daraa", "SY",
                                                "geonames:test", &error));
  g_assert_false (sitrep_store_set_entity_place (f->store, e, 95.0, 36.0, NULL, NULL, NULL, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_clear_error (&error);

  query.in_area = TRUE;
  query.west = 35.5; query.east = 36.5; query.south = 32.5; query.north = 33.5;
  ids = sitrep_store_query_article_ids (f->store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);

  query.west = 38.0; query.east = 40.0;
  ids = sitrep_store_query_article_ids (f->store, &query, &error);
  g_assert_cmpuint (ids->len, ==, 0);

  /* Events by area through the R*Tree; many placed as one undo step. */
  {
    SitrepEventQuery eq = SITREP_EVENT_QUERY_INIT;
    gint64 ev[2];
    double coords[4] = { 32.99, 36.06, 35.95, 39.01 };
    g_autoptr(GArray) found = NULL;

    ev[0] = sitrep_store_create_event (f->store, NULL, &error);
    ev[1] = sitrep_store_create_event (f->store, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (sitrep_store_place_events (f->store, ev, coords, 2, NULL, &error));
    eq.in_area = TRUE;
    eq.west = 35.5; eq.east = 36.5; eq.south = 32.5; eq.north = 33.5;
    found = sitrep_store_query_event_ids (f->store, &eq, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (found->len, ==, 1);
    g_assert_cmpint (g_array_index (found, gint64, 0), ==, ev[0]);
    g_clear_pointer (&found, g_array_unref);

    g_assert_true (sitrep_store_undo (f->store, &error));
    found = sitrep_store_query_event_ids (f->store, &eq, &error);
    g_assert_cmpuint (found->len, ==, 0);
  }
}

static void
test_label_delete_and_json (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  gint64 weapon = sitrep_test_label_id (f->store, "Weapon");
  guint s = offset_of ("fighters");
  g_autoptr(GPtrArray) labels = NULL;

  g_assert_cmpint (sitrep_store_add_annotation (f->store, f->article, weapon, s, s + 8, 0, 0, NULL,
                                                &error), >, 0);
  g_assert_cmpuint (sitrep_store_count_label_uses (f->store, weapon), ==, 1);
  g_assert_true (sitrep_store_delete_label (f->store, weapon, &error));
  g_assert_cmpuint (sitrep_store_count_label_uses (f->store, weapon), ==, 0);
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_cmpuint (sitrep_store_count_label_uses (f->store, weapon), ==, 1);

  json = sitrep_store_export_labels (f->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, "\"Event trigger\""));
  g_assert_cmpint (sitrep_store_add_label (f->store, "Vehicle", "other", "#123456", "v", NULL, &error), >, 0);
  g_assert_cmpint (sitrep_store_add_label (f->store, "Vehicle", "other", "#123456", NULL, NULL, &error), ==, 0);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (sitrep_store_add_label (f->store, "Bad", "other", "red", NULL, NULL, &error), ==, 0);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sitrep_store_import_labels (f->store, "{\"labels\": [{\"name\": \"X\", \"kind\": \"nope\"}]}",
                                              &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (sitrep_store_import_labels (f->store, json, &error));
  labels = sitrep_store_list_labels (f->store, &error);
  g_assert_cmpuint (labels->len, ==, 11);
}

static char *
export_spans (SitrepStore *store)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (sitrep_spans_export (store, out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
}

static void
test_spans_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *other_path = g_build_filename (f->dir, "other.sitrep", NULL);
  g_autoptr(SitrepStore) other = NULL;
  g_autoptr(GInputStream) in = NULL;
  SitrepSpansReport report;
  gint64 me = sitrep_store_ensure_annotator (f->store, "Rana", &error);
  guint s;

  s = offset_of ("At least 20 terrorists");
  g_assert_cmpint (sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Killed"),
                                                s, s + 22, me, 0,
                                                "{\"count\": 20, \"qualifier\": \"at_least\"}",
                                                &error), >, 0);
  s = offset_of ("جاسم");
  {
    gint64 place = sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Place"),
                                                s, s + 4, me, 0, NULL, &error);
    g_assert_cmpint (sitrep_store_link_mention (f->store, place, "place", &error), >, 0);
  }
  s = offset_of ("e\xcc\x81 end");
  g_assert_cmpint (sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Weapon"),
                                                s, s + 6, me, 0, NULL, &error), >, 0);
  first = export_spans (f->store);
  g_assert_nonnull (strstr (first, "\"label\":\"Killed\""));

  other = sitrep_store_create (other_path, &error);
  in = g_memory_input_stream_new_from_data (first, -1, NULL);
  g_assert_true (sitrep_spans_import (other, in, &report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.articles_created, ==, 1);
  g_assert_cmpuint (report.spans_added, ==, 3);
  g_assert_cmpuint (report.problems->len, ==, 0);
  sitrep_spans_report_clear (&report);
  second = export_spans (other);
  g_assert_cmpstr (first, ==, second);

  /* Importing again adds nothing; a casualty span without attributes is parsed. */
  g_clear_object (&in);
  in = g_memory_input_stream_new_from_data (first, -1, NULL);
  g_assert_true (sitrep_spans_import (other, in, &report, NULL, &error));
  g_assert_cmpuint (report.spans_present, ==, 3);
  g_assert_cmpuint (report.spans_added, ==, 0);
  sitrep_spans_report_clear (&report);

  {
    const char *jsonl =
      "{\"title\": \"New\", \"text\": \"The attack claimed the lives of 18 soldiers near Jassim.\","
      " \"spans\": [{\"start\": 11, \"end\": 43, \"label\": \"Killed\"},"
      " {\"start\": 49, \"end\": 55, \"label\": \"Place\"},"
      " {\"start\": 49, \"end\": 99, \"label\": \"Place\"},"
      " {\"start\": 1, \"end\": 3, \"label\": \"Nope\"}]}\n"
      "not json\n";
    g_autoptr(GInputStream) in2 = g_memory_input_stream_new_from_data (jsonl, -1, NULL);
    g_autoptr(GPtrArray) spans = NULL;
    g_autoptr(GPtrArray) found = NULL;

    g_assert_true (sitrep_spans_import (other, in2, &report, NULL, &error));
    g_assert_cmpuint (report.articles_created, ==, 1);
    g_assert_cmpuint (report.spans_added, ==, 2);
    g_assert_cmpuint (report.problems->len, ==, 3);
    sitrep_spans_report_clear (&report);

    /* "Jassim" became a place that "Jasim" finds; the Killed span has its figure. */
    found = sitrep_store_find_entities (other, "place", "Jasim", &error);
    g_assert_cmpuint (found->len, ==, 1);
    spans = sitrep_store_list_annotations (other, 2, 0, &error);
    g_assert_cmpuint (spans->len, ==, 2);
    g_assert_cmpstr (sitrep_annotation_get_text (g_ptr_array_index (spans, 0)), ==,
                     "claimed the lives of 18 soldiers");
    g_assert_nonnull (strstr (sitrep_annotation_get_attributes (g_ptr_array_index (spans, 0)),
                              "\"count\":18"));
    g_assert_nonnull (strstr (sitrep_annotation_get_attributes (g_ptr_array_index (spans, 0)),
                              "\"qualifier\":\"exact\""));
  }
}

/* The child: annotate as fast as it can, saying each id once it is confirmed. */
static int
run_child (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  gint64 place;

  if (store == NULL)
    return 2;
  place = sitrep_test_label_id (store, "Place");
  for (guint i = 0; i < 100000; i++)
    {
      guint start = i % 80;
      gint64 id = sitrep_store_add_annotation (store, 1, place, start, start + 3, 0, 0, NULL, &error);
      if (id == 0)
        return 3;
      g_print ("%" G_GINT64_FORMAT "\n", id);
      fflush (stdout);
    }
  return 0;
}

static void
test_sigkill_keeps_confirmed (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GArray) confirmed = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GPtrArray) list = NULL;
  char *line;

  g_clear_object (&f->store);   /* release the lock for the child */

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_setenv (launcher, "SITREP_TEST_CHILD", f->path, TRUE);
  child = g_subprocess_launcher_spawn (launcher, &error, g_test_get_filename (G_TEST_BUILT, "test-coding", NULL), NULL);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));

  while ((line = g_data_input_stream_read_line (lines, NULL, NULL, NULL)) != NULL)
    {
      gint64 id = g_ascii_strtoll (line, NULL, 10);
      g_free (line);
      g_array_append_val (confirmed, id);
      if (confirmed->len == 300)
        break;
    }
  kill (atoi (g_subprocess_get_identifier (child)), SIGKILL);
  g_subprocess_wait (child, NULL, NULL);
  g_assert_cmpuint (confirmed->len, ==, 300);

  f->store = sitrep_store_open (f->path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < confirmed->len; i++)
    {
      g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (f->store,
                                                                   g_array_index (confirmed, gint64, i),
                                                                   &error);
      g_assert_no_error (error);
      g_assert_nonnull (a);
    }
  list = sitrep_store_list_annotations (f->store, f->article, 0, &error);
  g_assert_cmpuint (list->len, >=, 300);
  {
    g_autofree char *report = NULL;
    g_assert_true (sitrep_store_check (f->store, &report, &error));
  }
}

static void
test_resize_span_undo (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint s = offset_of ("20 terrorists");
  guint arabic = offset_of ("جاسم");
  gint64 id;

  id = sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Killed"), s, s + 2,
                                    0, 0, "{\"count\":20}", &error);
  g_assert_no_error (error);

  /* Widened to "20 terrorists": one edit, label and attributes kept. */
  g_assert_true (sitrep_store_set_annotation_span (f->store, id, s, s + 13, &error));
  g_assert_no_error (error);
  {
    g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (f->store, id, &error);

    g_assert_cmpstr (sitrep_annotation_get_text (a), ==, "20 terrorists");
    g_assert_cmpuint (sitrep_annotation_get_end (a), ==, s + 13);
    g_assert_cmpstr (sitrep_annotation_get_label (a), ==, "Killed");
    g_assert_nonnull (strstr (sitrep_annotation_get_attributes (a), "\"count\":20"));
  }

  g_assert_true (sitrep_store_undo (f->store, &error));
  {
    g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (f->store, id, &error);

    g_assert_cmpstr (sitrep_annotation_get_text (a), ==, "20");
    g_assert_cmpuint (sitrep_annotation_get_end (a), ==, s + 2);
  }
  g_assert_true (sitrep_store_redo (f->store, &error));
  {
    g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (f->store, id, &error);

    g_assert_cmpstr (sitrep_annotation_get_text (a), ==, "20 terrorists");
  }

  /* Code points, not bytes: "جاسم 🙂" is six of them. */
  g_assert_true (sitrep_store_set_annotation_span (f->store, id, arabic, arabic + 6, &error));
  {
    g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (f->store, id, &error);

    g_assert_cmpstr (sitrep_annotation_get_text (a), ==, "جاسم 🙂");
  }

  /* Bad ends are refused and leave the span as it was. */
  g_assert_false (sitrep_store_set_annotation_span (f->store, id, 5, 5, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sitrep_store_set_annotation_span (f->store, id, 0, 100000, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sitrep_store_set_annotation_span (f->store, 99999, 0, 3, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (f->store, id, &error);

    g_assert_cmpstr (sitrep_annotation_get_text (a), ==, "جاسم 🙂");
  }
}

/* The Entities window counts an entity's events, as their place or as an actor
 * (an actor named on both sides of one event counts once); an imported
 * dataset has events and no spans. */
static void
test_entity_event_counts (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) counts = NULL;
  gint64 town = sitrep_store_add_entity (f->store, "place", "Jasim", &error);
  gint64 army = sitrep_store_add_entity (f->store, "actor", "Syrian Arab Army", &error);
  gint64 isis = sitrep_store_add_entity (f->store, "actor", "Islamic State", &error);
  gint64 idle = sitrep_store_add_entity (f->store, "actor", "Nobody", &error);
  gint64 e1, e2;

  g_assert_no_error (error);
  e1 = sitrep_test_add_event (f->store, "2022-10-14", NULL, 1, town, "Battles", 3);
  e2 = sitrep_test_add_event (f->store, "2022-10-15", NULL, 1, 0, "Battles", 2);
  sitrep_test_add_event (f->store, "2022-10-16", NULL, 1, town, "Battles", 1);
  g_assert_true (sitrep_store_set_event_actors (f->store, e1, army, isis, NULL, 0, &army, 1, &error));
  g_assert_no_error (error);
  g_assert_true (sitrep_store_set_event_actors (f->store, e2, army, 0, NULL, 0, NULL, 0, &error));
  g_assert_no_error (error);

  counts = sitrep_store_count_entity_events (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, &town)), ==, 2);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, &army)), ==, 2);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, &isis)), ==, 1);
  g_assert_false (g_hash_table_contains (counts, &idle));
}

int
main (int   argc,
      char *argv[])
{
  const char *child = g_getenv ("SITREP_TEST_CHILD");

  if (child != NULL)
    return run_child (child);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/sitrep/coding/default-labels", test_default_labels);
  ADD ("/sitrep/coding/annotate-undo-redo", test_annotate_undo_redo);
  ADD ("/sitrep/coding/offsets-code-points", test_offsets_code_points);
  ADD ("/sitrep/coding/bad-spans", test_bad_spans);
  ADD ("/sitrep/coding/resize-span-undo", test_resize_span_undo);
  ADD ("/sitrep/coding/entities-link-merge", test_entities_link_merge);
  ADD ("/sitrep/coding/entity-event-counts", test_entity_event_counts);
  ADD ("/sitrep/coding/label-delete-and-json", test_label_delete_and_json);
  ADD ("/sitrep/coding/group-undo", test_group_undo);
  ADD ("/sitrep/coding/join-last-group", test_join_last_group);
  ADD ("/sitrep/coding/articles-in-area", test_articles_in_area);
  ADD ("/sitrep/coding/spans-round-trip", test_spans_round_trip);
  ADD ("/sitrep/coding/sigkill-keeps-confirmed", test_sigkill_keeps_confirmed);

  return g_test_run ();
}

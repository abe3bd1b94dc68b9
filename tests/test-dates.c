/* test-dates.c — Date spans get their resolved date from the article
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sitrep-date-attributes.h"
#include "sitrep-spans.h"
#include "sitrep-store.h"

typedef struct
{
  char *dir;
  SitrepStore *store;
  gint64 dated;     /* published 19 October 2022 */
  gint64 no_year;   /* published "19 October (year unknown)" */
} Fixture;

static const char dated_body[] =
  "On Saturday, gunmen attacked a checkpoint near Jasim. A week ago, on October 14, "
  "a similar attack killed two.";
static const char no_year_body[] = "Yesterday, shelling hit Tafas, the second time since March 2019.";

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  SitrepImportRecord record = { 0 };

  f->dir = g_dir_make_tmp ("sitrep-dates-XXXXXX", NULL);
  path = g_build_filename (f->dir, "p.sitrep", NULL);
  f->store = sitrep_store_create (path, &error);
  g_assert_no_error (error);

  record.title = (char *) "Jasim";
  record.body = (char *) dated_body;
  record.published = (char *) "2022-10-19";
  record.published_precision = SITREP_DATE_PRECISION_DAY;
  f->dated = sitrep_store_add_article (f->store, &record, NULL, &error);
  g_assert_no_error (error);

  record.title = (char *) "Tafas";
  record.body = (char *) no_year_body;
  record.published = NULL;
  record.published_precision = SITREP_DATE_PRECISION_UNKNOWN;
  record.published_note = (char *) "19 October (year unknown)";
  f->no_year = sitrep_store_add_article (f->store, &record, NULL, &error);
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
}

static glong
offset_in (const char *body,
           const char *needle)
{
  const char *p = strstr (body, needle);

  g_assert_nonnull (p);
  return g_utf8_pointer_to_offset (body, p);
}

/* A spans JSONL line for @body with Date spans over each of @phrases. */
static char *
spans_line (const char  *body,
            const char **phrases)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, body);
  json_builder_set_member_name (b, "spans");
  json_builder_begin_array (b);
  for (guint i = 0; phrases[i] != NULL; i++)
    {
      glong start = offset_in (body, phrases[i]);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "start");
      json_builder_add_int_value (b, start);
      json_builder_set_member_name (b, "end");
      json_builder_add_int_value (b, start + g_utf8_strlen (phrases[i], -1));
      json_builder_set_member_name (b, "label");
      json_builder_add_string_value (b, "Date");
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  return json_to_string (root, FALSE);
}

static void
import_line (SitrepStore *store,
             const char  *line)
{
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (line, -1, NULL);
  g_autoptr(GError) error = NULL;
  SitrepSpansReport report;

  g_assert_true (sitrep_spans_import (store, in, &report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.problems->len, ==, 0);
  sitrep_spans_report_clear (&report);
}

/* The attributes of the span of @article whose text is @text. */
static JsonObject *
attributes_of (SitrepStore *store,
               gint64       article,
               const char  *text,
               JsonParser  *parser)
{
  g_autoptr(GPtrArray) spans = sitrep_store_list_annotations (store, article, 0, NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      SitrepAnnotation *a = g_ptr_array_index (spans, i);

      if (g_strcmp0 (sitrep_annotation_get_text (a), text) != 0)
        continue;
      g_assert_nonnull (sitrep_annotation_get_attributes (a));
      g_assert_true (json_parser_load_from_data (parser, sitrep_annotation_get_attributes (a), -1, NULL));
      return json_node_get_object (json_parser_get_root (parser));
    }
  g_assert_not_reached ();
  return NULL;
}

static void
test_import_resolves_dates (Fixture       *f,
                            gconstpointer  data)
{
  const char *dated_phrases[] = { "On Saturday", "A week ago", "on October 14", NULL };
  const char *no_year_phrases[] = { "Yesterday", "since March 2019", NULL };
  g_autofree char *dated_line = spans_line (dated_body, dated_phrases);
  g_autofree char *no_year_line = spans_line (no_year_body, no_year_phrases);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *o;

  import_line (f->store, dated_line);
  import_line (f->store, no_year_line);

  o = attributes_of (f->store, f->dated, "On Saturday", parser);
  g_assert_cmpstr (json_object_get_string_member (o, "date"), ==, "2022-10-15");
  g_assert_cmpstr (json_object_get_string_member (o, "precision"), ==, "day");
  g_assert_false (json_object_get_boolean_member (o, "year_unknown"));
  g_assert_false (json_object_has_member (o, "date_end"));

  o = attributes_of (f->store, f->dated, "A week ago", parser);
  g_assert_cmpstr (json_object_get_string_member (o, "date"), ==, "2022-10-12");
  g_assert_cmpstr (json_object_get_string_member (o, "date_end"), ==, "2022-10-18");
  g_assert_cmpstr (json_object_get_string_member (o, "precision"), ==, "week");

  o = attributes_of (f->store, f->dated, "on October 14", parser);
  g_assert_cmpstr (json_object_get_string_member (o, "date"), ==, "2022-10-14");
  g_assert_cmpstr (json_object_get_string_member (o, "text"), ==, "on October 14");

  /* the publication note gives month and day; the year stays unknown */
  o = attributes_of (f->store, f->no_year, "Yesterday", parser);
  g_assert_cmpstr (json_object_get_string_member (o, "date"), ==, "--10-18");
  g_assert_cmpstr (json_object_get_string_member (o, "precision"), ==, "day");
  g_assert_true (json_object_get_boolean_member (o, "year_unknown"));

  o = attributes_of (f->store, f->no_year, "since March 2019", parser);
  g_assert_cmpstr (json_object_get_string_member (o, "date"), ==, "2019-03");
  g_assert_true (json_object_get_boolean_member (o, "open_end"));
  g_assert_false (json_object_get_boolean_member (o, "year_unknown"));
}

static void
test_import_keeps_given_attributes (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *line = NULL;
  glong start = offset_in (dated_body, "On Saturday");
  JsonObject *o;

  line = g_strdup_printf ("{\"text\": \"%s\", \"spans\": [{\"start\": %ld, \"end\": %ld, \"label\": \"Date\","
                          " \"attributes\": {\"date\": \"2022-10-08\", \"precision\": \"day\"}},"
                          " {\"start\": 0, \"end\": 2, \"label\": \"Date\"}]}",
                          dated_body, start, start + 11);
  import_line (f->store, line);

  o = attributes_of (f->store, f->dated, "On Saturday", parser);
  g_assert_cmpstr (json_object_get_string_member (o, "date"), ==, "2022-10-08");

  /* "On" is no date: the span is kept without attributes */
  {
    g_autoptr(GPtrArray) spans = sitrep_store_list_annotations (f->store, f->dated, 0, NULL);
    gboolean found = FALSE;

    for (guint i = 0; i < spans->len; i++)
      {
        SitrepAnnotation *a = g_ptr_array_index (spans, i);
        if (g_strcmp0 (sitrep_annotation_get_text (a), "On") == 0)
          {
            found = TRUE;
            g_assert_null (sitrep_annotation_get_attributes (a));
          }
      }
    g_assert_true (found);
  }
}

static void
test_attributes_for_span (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *dated = sitrep_date_attributes_for_span (f->store, f->dated, "on the 13th");
  g_autofree char *no_year = sitrep_date_attributes_for_span (f->store, f->no_year, "on Saturday");
  g_autofree char *missing = sitrep_date_attributes_for_span (f->store, 9999, "on October 14");
  g_autofree char *not_date = sitrep_date_attributes_for_span (f->store, f->dated, "gunmen");

  g_assert_cmpstr (dated, ==,
                   "{\"date\":\"2022-10-13\",\"precision\":\"day\",\"year_unknown\":false,"
                   "\"text\":\"on the 13th\"}");
  /* a weekday needs the year */
  g_assert_cmpstr (no_year, ==,
                   "{\"date\":null,\"precision\":\"unknown\",\"year_unknown\":true,"
                   "\"text\":\"on Saturday\"}");
  /* no such article: placed as if its publication date were unknown */
  g_assert_cmpstr (missing, ==,
                   "{\"date\":\"--10-14\",\"precision\":\"day\",\"year_unknown\":true,"
                   "\"text\":\"on October 14\"}");
  g_assert_null (not_date);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/sitrep/dates/import-resolves-dates", test_import_resolves_dates);
  ADD ("/sitrep/dates/import-keeps-given-attributes", test_import_keeps_given_attributes);
  ADD ("/sitrep/dates/attributes-for-span", test_attributes_for_span);

  return g_test_run ();
}

/* test-reliab-input.c — outside JSON as json-glib 1.6 really reads it: nesting hidden in
 * 'single-quoted' strings and /comments/, octal escapes that stand for NUL; figures whose
 * count lies outside their own low and high; QA's reproducers (issue 14)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-exchange.h"
#include "sitrep-figures.h"
#include "sitrep-import.h"
#include "sitrep-io.h"
#include "sitrep-spans.h"
#include "sitrep-store.h"
#include "sitrep-test-util.h"

/* Deep enough that json-glib's recursion runs out of stack, in every build. */
#define HIDDEN_DEPTH 200000

/* Before each, something json-glib skips but a plain JSON scan does not: a
 * '"' in a single-quoted string, or in a comment (all from one '/' to the
 * next). A scan that takes the '"' for the start of a string sees the
 * brackets after it as text and lets json-glib recurse into them. */
static const char * const hiders[] = { "'\"'", "/\"/", "/*\"*/", "'\"' /\"/" };

static char *
hidden_nesting (const char *prefix,
                const char *hider,
                const char *suffix)
{
  GString *s = g_string_new (prefix);

  g_string_append_printf (s, "\"h\":%s,\"deep\":", hider);
  for (guint i = 0; i < HIDDEN_DEPTH; i++)
    g_string_append_c (s, '[');
  for (guint i = 0; i < HIDDEN_DEPTH; i++)
    g_string_append_c (s, ']');
  g_string_append (s, suffix);
  return g_string_free (s, FALSE);
}

static SitrepStore *
new_store (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "p.sitrep", NULL);
  g_autoptr(GError) error = NULL;
  SitrepStore *store = sitrep_store_create (path, &error);

  g_assert_no_error (error);
  return store;
}

static SitrepSpansReport
import_spans (SitrepStore *store,
              const char  *jsonl)
{
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (jsonl, strlen (jsonl), NULL);
  g_autoptr(GError) error = NULL;
  SitrepSpansReport report;

  g_assert_true (sitrep_spans_import (store, in, &report, NULL, &error));
  g_assert_no_error (error);
  return report;
}

static gboolean
problems_have (SitrepSpansReport *report,
               const char        *needle)
{
  for (guint i = 0; i < report->problems->len; i++)
    if (strstr (g_ptr_array_index (report->problems, i), needle) != NULL)
      return TRUE;
  return FALSE;
}

static guint
count_articles (SitrepStore *store)
{
  SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;
  g_autoptr(GArray) ids = sitrep_store_query_article_ids (store, &query, NULL);

  return ids->len;
}

/* JSON lines read as article records: the warnings, and the records there are. */
static GPtrArray *
parse_records (const char  *jsonl,
               GPtrArray  **warnings)
{
  g_autoptr(GBytes) bytes = g_bytes_new (jsonl, strlen (jsonl));

  return sitrep_import_parse_bytes (bytes, "rows.jsonl", SITREP_IMPORT_FORMAT_JSONL, NULL, warnings, NULL);
}

static gboolean
warnings_have (GPtrArray  *warnings,
               const char *needle)
{
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    if (strstr (g_ptr_array_index (warnings, i), needle) != NULL)
      return TRUE;
  return FALSE;
}

/* Nesting hidden behind a '"' that json-glib does not read as a string is
 * refused like any other, by every JSON importer, before json-glib recurses. */
static void
test_hidden_nesting (void)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-input-XXXXXX");
  g_autoptr(SitrepStore) store = new_store (dir);
  g_autoptr(GPtrArray) labels_before = sitrep_store_list_labels (store, NULL);

  for (guint h = 0; h < G_N_ELEMENTS (hiders); h++)
    {
      g_autofree char *bare = hidden_nesting ("{", hiders[h], "}");
      g_autofree char *labels = hidden_nesting ("{\"labels\":[{\"name\":\"Deep\",", hiders[h], "}]}");
      g_autofree char *spans = hidden_nesting ("{\"text\":\"Deep text, 3 killed.\",", hiders[h], "}\n");
      g_autofree char *records = hidden_nesting ("{\"title\":\"Deep\",\"text\":\"Deep text.\",", hiders[h], "}\n");
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) root = NULL;
      g_autoptr(GPtrArray) labels_after = NULL;
      g_autoptr(GPtrArray) warnings = NULL;
      g_autoptr(GPtrArray) read = NULL;
      SitrepSpansReport report;

      g_test_message ("hidden behind %s", hiders[h]);
      g_assert_false (sitrep_json_nesting_ok (bare, strlen (bare)));
      root = sitrep_json_parse (bare, -1, &error);
      g_assert_null (root);
      g_assert_error (error, SITREP_IO_ERROR, SITREP_IO_ERROR_JSON_DEPTH);
      g_clear_error (&error);

      g_assert_false (sitrep_store_import_labels (store, labels, &error));
      g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "nested"));
      g_clear_error (&error);
      labels_after = sitrep_store_list_labels (store, NULL);
      g_assert_cmpuint (labels_after->len, ==, labels_before->len);

      report = import_spans (store, spans);
      g_assert_cmpuint (report.problems->len, ==, 1);
      g_assert_true (problems_have (&report, "line 1: The JSON is nested more than 256 levels deep"));
      g_assert_cmpuint (report.articles_created, ==, 0);
      sitrep_spans_report_clear (&report);

      read = parse_records (records, &warnings);
      g_assert_null (read);
      g_assert_true (warnings_have (warnings, "nested"));
    }
  g_assert_cmpuint (count_articles (store), ==, 0);

  g_clear_object (&store);
  sitrep_test_remove_tree (dir);
}

/* What json-glib reads leniently is still read, and read exactly: quotes and
 * slashes inside strings, an escaped backslash before a digit, octal escapes
 * that are not NUL, comments between members, nesting up to the limit. */
static void
test_lenient_json_still_read (void)
{
  struct { const char *json; const char *text; } cases[] = {
    { "{\"text\":\"a/b 'c' [[[ {{ \\\"q\\\" //\"}", "a/b 'c' [[[ {{ \"q\" //" },
    { "{\"text\":\"C:\\\\0 and \\\\400\"}", "C:\\0 and \\400" },
    { "{\"text\":\"\\101 and \\u0041\"}", "A and A" },
    { "{\"text\":'single [ quoted \\'}", "single [ quoted \\" },
    { "{/ a comment [[ /\"text\":/*[*/\"x\"}", "x" },
  };
  GString *deep = g_string_new ("{\"text\":\"/'\",\"d\":");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) root = sitrep_json_parse (cases[i].json, -1, &error);

      g_test_message ("%s", cases[i].json);
      g_assert_no_error (error);
      g_assert_cmpstr (sitrep_json_get_string (json_node_get_object (root), "text", NULL), ==, cases[i].text);
    }

  for (guint i = 1; i < SITREP_JSON_MAX_DEPTH; i++)
    g_string_append (deep, i % 2 ? "['/'," : "[\"'\",");
  g_string_append_c (deep, '1');
  for (guint i = 1; i < SITREP_JSON_MAX_DEPTH; i++)
    g_string_append_c (deep, ']');
  g_string_append_c (deep, '}');
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(JsonNode) root = sitrep_json_parse (deep->str, -1, &error);

    g_assert_no_error (error);
    g_assert_nonnull (root);
  }
  g_string_free (deep, TRUE);
}

/* json-glib also takes octal escapes; "\0", "\000" and "\400" (kept modulo
 * 256) stand for NUL and cut the text there, as "\u0000" does: refused. */
static void
test_octal_nul (void)
{
  const char *escapes[] = { "\\0", "\\00", "\\000", "\\400", "\\0009", "\\08" };
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-input-XXXXXX");
  g_autoptr(SitrepStore) store = new_store (dir);

  for (guint e = 0; e < G_N_ELEMENTS (escapes); e++)
    {
      g_autofree char *json = g_strdup_printf ("{\"title\":\"NUL\",\"text\":\"Before the NUL: 3 killed.%s"
                                               " After the NUL: this sentence is kept.\"}\n",
                                               escapes[e]);
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) root = sitrep_json_parse (json, -1, &error);
      g_autoptr(GPtrArray) warnings = NULL;
      g_autoptr(GPtrArray) read = NULL;
      SitrepSpansReport report;

      g_test_message ("%s", json);
      g_assert_null (root);
      g_assert_error (error, SITREP_IO_ERROR, SITREP_IO_ERROR_JSON_NUL);

      report = import_spans (store, json);
      g_assert_cmpuint (report.problems->len, ==, 1);
      g_assert_true (problems_have (&report, "line 1: A text in the JSON holds a NUL character"));
      g_assert_cmpuint (report.articles_created, ==, 0);
      sitrep_spans_report_clear (&report);

      read = parse_records (json, &warnings);
      g_assert_null (read);
      g_assert_true (warnings_have (warnings, "NUL"));
    }
  g_assert_cmpuint (count_articles (store), ==, 0);

  g_clear_object (&store);
  sitrep_test_remove_tree (dir);
}

/* Escapes json-glib decodes into bytes that are no character ("\377", "\303"
 * at the end of a text, a lone "\udc00") are refused: stored, they made
 * `check` call the project damaged. */
static void
test_escape_not_utf8 (void)
{
  const char *escapes[] = { "\\377", "\\303", "\\200x", "\\udc00x" };
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-input-XXXXXX");
  g_autoptr(SitrepStore) store = new_store (dir);
  g_autoptr(GPtrArray) labels_before = sitrep_store_list_labels (store, NULL);

  for (guint e = 0; e < G_N_ELEMENTS (escapes); e++)
    {
      g_autofree char *name = g_strdup_printf ("{\"Bad%s\":1}", escapes[e]);
      g_autofree char *text = g_strdup_printf ("{\"text\":\"Bad text %s\"}\n", escapes[e]);
      g_autofree char *spans = g_strdup_printf ("{\"text\":\"Rana saw 3 killed.\",\"spans\":[{\"start\":0,"
                                                "\"end\":4,\"label\":\"Person\",\"annotator\":\"R%s\"}]}\n",
                                                escapes[e]);
      g_autofree char *labels = g_strdup_printf ("{\"labels\":[{\"name\":\"Bad%s\",\"kind\":\"actor\"}]}",
                                                 escapes[e]);
      const char *inputs[] = { name, text, spans };
      g_autoptr(GPtrArray) labels_after = NULL;
      g_autoptr(GPtrArray) warnings = NULL;
      g_autoptr(GPtrArray) read = NULL;
      g_autoptr(GError) error = NULL;
      SitrepSpansReport report;

      for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
        {
          g_autoptr(JsonNode) root = sitrep_json_parse (inputs[i], -1, &error);

          g_test_message ("%s", inputs[i]);
          g_assert_null (root);
          g_assert_error (error, SITREP_IO_ERROR, SITREP_IO_ERROR_JSON_ENCODING);
          g_clear_error (&error);
        }

      report = import_spans (store, spans);
      g_assert_cmpuint (report.problems->len, ==, 1);
      g_assert_true (problems_have (&report, "line 1: A text in the JSON holds an escape that stands for no character"));
      g_assert_cmpuint (report.spans_added, ==, 0);
      g_assert_cmpuint (report.articles_created, ==, 0);
      sitrep_spans_report_clear (&report);

      read = parse_records (text, &warnings);
      g_assert_null (read);
      g_assert_true (warnings_have (warnings, "no character"));

      g_assert_false (sitrep_store_import_labels (store, labels, &error));
      g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
      labels_after = sitrep_store_list_labels (store, NULL);
      g_assert_cmpuint (labels_after->len, ==, labels_before->len);
    }
  g_assert_cmpuint (count_articles (store), ==, 0);
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *check = NULL;
    g_auto(GStrv) annotators = sitrep_store_list_annotators (store);

    g_assert_cmpuint (annotators != NULL ? g_strv_length (annotators) : 0, ==, 0);
    g_assert_true (sitrep_store_check (store, &check, &error));
    g_assert_no_error (error);
  }

  g_clear_object (&store);
  sitrep_test_remove_tree (dir);
}

static SitrepSpansReport
import_exchange (SitrepStore          *store,
                 SitrepExchangeFormat  format,
                 const char           *dir,
                 const char           *contents,
                 GError              **error)
{
  g_autofree char *path = g_build_filename (dir, "exchange.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SitrepSpansReport report = { 0 };

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  if (!sitrep_exchange_import (store, format, file, "Rana", &report, NULL, error))
    sitrep_spans_report_clear (&report);
  return report;
}

/* doccano and Label Studio offsets are read whole: 2³² + 20 is outside the
 * text (it was wrapped to 20 and stored as a span over the first words), a
 * negative one is said as it is; a line or file refused by the JSON checks
 * says why. */
static void
test_exchange_offsets_whole (void)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-input-XXXXXX");
  g_autoptr(SitrepStore) store = new_store (dir);
  g_autofree char *deep = hidden_nesting ("[{", hiders[0], "}]");
  g_autoptr(GError) error = NULL;
  SitrepSpansReport r;

  r = import_exchange (store, SITREP_EXCHANGE_DOCCANO, dir,
                       "{\"text\":\"At least 20 soldiers were killed.\",\"label\":"
                       "[[0,4294967316,\"Killed\"],[-1,20,\"Killed\"],[4294967296,4294967316,\"Killed\"]]}\n"
                       "{\"text\":\"Cut \\0 here.\",\"label\":[]}\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (r.spans_added, ==, 0);
  g_assert_true (problems_have (&r, "line 1: span 1 (0–4294967316) is outside the text"));
  g_assert_true (problems_have (&r, "line 1: span 2 (-1–20) is outside the text"));
  g_assert_true (problems_have (&r, "line 1: span 3 (4294967296–4294967316) is outside the text"));
  g_assert_true (problems_have (&r, "line 2: A text in the JSON holds a NUL character"));
  sitrep_spans_report_clear (&r);

  r = import_exchange (store, SITREP_EXCHANGE_LABEL_STUDIO, dir,
                       "[{\"data\":{\"text\":\"At least 20 soldiers were killed.\"},\"annotations\":[{\"result\":["
                       "{\"from_name\":\"label\",\"to_name\":\"text\",\"type\":\"labels\","
                       "\"value\":{\"start\":0,\"end\":4294967316,\"labels\":[\"Killed\"]}},"
                       "{\"from_name\":\"label\",\"to_name\":\"text\",\"type\":\"labels\","
                       "\"value\":{\"start\":-4294967296,\"end\":20,\"labels\":[\"Killed\"]}}]}]}]", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (r.spans_added, ==, 0);
  g_assert_true (problems_have (&r, "span 1 (0–4294967316) is outside the text"));
  g_assert_true (problems_have (&r, "span 2 (-4294967296–20) is outside the text"));
  sitrep_spans_report_clear (&r);

  r = import_exchange (store, SITREP_EXCHANGE_LABEL_STUDIO, dir, deep, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "nested more than 256 levels"));

  g_clear_object (&store);
  sitrep_test_remove_tree (dir);
}

/* A figure's count lies between its low and its high, as the events read
 * them (a missing low is the count, a missing high the low). */
static void
test_figure_count_in_range (void)
{
  struct { const char *attributes; gboolean kept; } cases[] = {
    { "{\"count\":19,\"qualifier\":\"at_least\",\"low\":0}", FALSE },
    { "{\"count\":19,\"low\":0,\"high\":10}", FALSE },
    { "{\"count\":5,\"low\":9,\"high\":20}", FALSE },
    { "{\"count\":20,\"qualifier\":\"at_least\"}", TRUE },
    { "{\"count\":20,\"qualifier\":\"about\",\"low\":15,\"high\":25}", TRUE },
    { "{\"count\":20,\"high\":30,\"qualifier\":\"range\"}", TRUE },
  };
  SitrepFigure outside = { 19, 0, 0, SITREP_QUALIFIER_AT_LEAST };
  SitrepFigure inside = { 19, 10, 30, SITREP_QUALIFIER_ABOUT };
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-input-XXXXXX");
  g_autoptr(SitrepStore) store = new_store (dir);

  g_assert_false (sitrep_figure_is_valid (&outside));
  g_assert_true (sitrep_figure_is_valid (&inside));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *line = g_strdup_printf ("{\"text\":\"Case %u: 20 soldiers were killed.\",\"spans\":"
                                               "[{\"start\":8,\"end\":28,\"label\":\"Killed\","
                                               "\"attributes\":%s}]}\n", i, cases[i].attributes);
      SitrepSpansReport report = import_spans (store, line);

      g_test_message ("%s", cases[i].attributes);
      g_assert_cmpuint (report.spans_added, ==, cases[i].kept ? 1 : 0);
      g_assert_cmpuint (report.problems->len, ==, cases[i].kept ? 0 : 1);
      if (!cases[i].kept)
        g_assert_true (problems_have (&report, "span 1: the figure is not a whole number from 0 to 1000000000 "
                                               "lying between its low and its high"));
      sitrep_spans_report_clear (&report);
    }

  g_clear_object (&store);
  sitrep_test_remove_tree (dir);
}

/* A span given twice on a line, or already in the project, is there: it
 * is counted as such and is no failure. */
static void
test_repeats_not_failures (void)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-input-XXXXXX");
  g_autoptr(SitrepStore) store = new_store (dir);
  const char *line = "{\"text\":\"At least 20 soldiers were killed in Damascus.\",\"spans\":["
                     "{\"start\":0,\"end\":20,\"label\":\"Killed\"},"
                     "{\"start\":0,\"end\":20,\"label\":\"Killed\"}]}\n";
  SitrepSpansReport report;

  report = import_spans (store, line);
  g_assert_cmpuint (report.spans_added, ==, 1);
  g_assert_cmpuint (report.spans_present, ==, 1);
  g_assert_cmpuint (report.problems->len, ==, 0);
  sitrep_spans_report_clear (&report);

  /* again: every span is already stored */
  report = import_spans (store, line);
  g_assert_cmpuint (report.spans_added, ==, 0);
  g_assert_cmpuint (report.spans_present, ==, 2);
  g_assert_cmpuint (report.articles_matched, ==, 1);
  g_assert_cmpuint (report.problems->len, ==, 0);
  sitrep_spans_report_clear (&report);

  g_clear_object (&store);
  sitrep_test_remove_tree (dir);
}

/* A bad span is left out and the message says so, and that the line's
 * other spans were stored. */
static void
test_skipped_span_says_so (void)
{
  g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-input-XXXXXX");
  g_autoptr(SitrepStore) store = new_store (dir);
  SitrepSpansReport report;

  report = import_spans (store,
                         "{\"text\":\"At least 20 soldiers were killed in Damascus.\",\"spans\":["
                         "{\"start\":0,\"end\":20,\"label\":\"Killed\",\"annotator\":\"Rana\"},"
                         "{\"start\":35,\"end\":43,\"label\":\"Place\",\"annotator\":{\"x\":1}}]}\n"
                         "{\"text\":\"Shelling in Jasim.\",\"spans\":["
                         "{\"start\":12,\"end\":17,\"label\":\"Place\",\"annotator\":7}]}\n");
  g_assert_cmpuint (report.spans_added, ==, 1);
  g_assert_cmpuint (report.articles_created, ==, 2);
  g_assert_cmpuint (report.problems->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (report.problems, 0), ==,
                   "line 1: span 2: the annotator is not a text; this span was skipped, "
                   "the line’s other spans were stored");
  /* nothing else on the line: no other spans to speak of */
  g_assert_cmpstr (g_ptr_array_index (report.problems, 1), ==,
                   "line 2: span 1: the annotator is not a text; this span was skipped");
  g_assert_true (problems_have (&report, "skipped"));
  sitrep_spans_report_clear (&report);

  g_clear_object (&store);
  sitrep_test_remove_tree (dir);
}

/* QA's reproducers from ../shared/reliability, where they are: no crash, a
 * message for each refusal, nothing stored twice, no figure out of bounds. */
static void
test_qa_reproducers (void)
{
  const char *shared = g_getenv ("SITREP_SHARED_DIR");
  g_autofree char *qa = shared != NULL ? g_build_filename (shared, "reliability", NULL) : NULL;
  struct { const char *file; guint spans; guint problems; } spans_files[] = {
    { "spans-deep-openers.jsonl", 0, 1 },
    { "jsonl-u0000-truncates.jsonl", 0, 1 },
    { "spans-annotator-object.jsonl", 1, 2 },
    { "spans-nonstring-members.jsonl", 0, 4 },
    { "spans-comment-line.jsonl", 0, 1 },
    { "spans-dup-within-line.jsonl", 2, 0 },
    { "spans-figure-overflow.jsonl", 3, 0 },
  };

  if (qa == NULL || !g_file_test (qa, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("QA's reproducers are not here: set SITREP_SHARED_DIR to the shared/ folder "
                   "that holds reliability/");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (spans_files); i++)
    {
      g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-input-XXXXXX");
      g_autoptr(SitrepStore) store = new_store (dir);
      g_autofree char *path = g_build_filename (qa, spans_files[i].file, NULL);
      g_autofree char *contents = NULL;
      SitrepSpansReport report;

      g_test_message ("%s", spans_files[i].file);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      report = import_spans (store, contents);
      for (guint k = 0; k < report.problems->len; k++)
        g_test_message ("  %s", (const char *) g_ptr_array_index (report.problems, k));
      g_assert_cmpuint (report.spans_added, ==, spans_files[i].spans);
      g_assert_cmpuint (report.problems->len, ==, spans_files[i].problems);
      sitrep_spans_report_clear (&report);
      g_clear_object (&store);
      sitrep_test_remove_tree (dir);
    }

  {
    g_autofree char *dir = sitrep_test_make_tmp_dir ("sitrep-input-XXXXXX");
    g_autoptr(SitrepStore) store = new_store (dir);
    g_autofree char *path = g_build_filename (qa, "labels-deep-openers.json", NULL);
    g_autofree char *contents = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_false (sitrep_store_import_labels (store, contents, &error));
    g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
    g_clear_object (&store);
    sitrep_test_remove_tree (dir);
  }

  {
    const char *figure_files[] = { "figures-overflow-hundreds.txt", "figures-overflow-number-scale.txt" };

    for (guint i = 0; i < G_N_ELEMENTS (figure_files); i++)
      {
        g_autofree char *path = g_build_filename (qa, figure_files[i], NULL);
        g_autofree char *contents = NULL;
        SitrepFigure f;

        g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
        g_assert_false (sitrep_figure_parse (contents, &f));
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/reliab/input/hidden-nesting", test_hidden_nesting);
  g_test_add_func ("/sitrep/reliab/input/lenient-json-still-read", test_lenient_json_still_read);
  g_test_add_func ("/sitrep/reliab/input/octal-nul", test_octal_nul);
  g_test_add_func ("/sitrep/reliab/input/escape-not-utf8", test_escape_not_utf8);
  g_test_add_func ("/sitrep/reliab/input/exchange-offsets-whole", test_exchange_offsets_whole);
  g_test_add_func ("/sitrep/reliab/input/figure-count-in-range", test_figure_count_in_range);
  g_test_add_func ("/sitrep/reliab/input/repeats-not-failures", test_repeats_not_failures);
  g_test_add_func ("/sitrep/reliab/input/skipped-span-says-so", test_skipped_span_says_so);
  g_test_add_func ("/sitrep/reliab/input/qa-reproducers", test_qa_reproducers);

  return g_test_run ();
}

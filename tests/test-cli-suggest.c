/* test-cli-suggest.c — sitrep-cli suggest on real captures: one incident told by two outlets becomes one event
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sitrep-normalize.h"
#include "sitrep-store.h"
#include "sitrep-store-coding.h"
#include "sitrep-store-suggested-incidents.h"
#include "sitrep-test-util.h"

typedef struct
{
  char *dir;
  char *project;
} Fixture;

static char *
run_cli (const char * const *args,
         int                *status)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  g_autofree char *err = NULL;

  g_ptr_array_add (argv, (gpointer) g_getenv ("SITREP_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, status, &error));
  g_assert_no_error (error);
  *status = WIFEXITED (*status) ? WEXITSTATUS (*status) : -1;
  if (err != NULL && *err != '\0')
    g_test_message ("stderr: %s", err);
  return out;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("sitrep-cli-suggest-XXXXXX", NULL);
  f->project = g_build_filename (f->dir, "p.sitrep", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->project);
  g_free (f->dir);
}

static void
test_seeds_incidents (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *s0 = sitrep_test_seed_path ("000_");
  g_autofree char *s1 = sitrep_test_seed_path ("001_");
  g_autofree char *out = NULL;
  g_autofree char *spans = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  guint n_jasim = 0, n_bus = 0;
  int status;

  if (s0 == NULL || s1 == NULL)
    {
      g_test_skip ("$SITREP_SHARED_DIR/corpus/seeds is not here; suggest is not tested on real captures");
      return;
    }

  g_free (run_cli ((const char *[]) { "new", f->project, NULL }, &status));
  g_assert_cmpint (status, ==, 0);
  g_free (run_cli ((const char *[]) { "import", f->project, s0, s1, NULL }, &status));
  g_assert_cmpint (status, ==, 0);
  out = run_cli ((const char *[]) { "suggest", f->project, "--all", "--accept", "--json", NULL }, &status);
  g_assert_cmpint (status, ==, 0);
  {
    g_autoptr(JsonNode) root = json_from_string (out, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 2);
  }

  store = sitrep_store_open (f->project, SITREP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  ids = sitrep_store_query_event_ids (store, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(SitrepEvent) event = sitrep_store_get_event (store, id, &error);
      g_autoptr(GPtrArray) evidence = sitrep_store_list_event_evidence (store, id, &error);
      g_autofree char *key = NULL;
      gboolean art1 = FALSE, art2 = FALSE;
      const char *location;

      g_assert_no_error (error);
      location = sitrep_event_get_location (event);
      key = sitrep_normalize_name (location != NULL ? location : "");
      for (guint k = 0; k < evidence->len; k++)
        {
          SitrepEvidence *e = evidence->pdata[k];
          art1 |= e->article_id == 1;
          art2 |= e->article_id == 2;
        }
      g_test_message ("event %" G_GINT64_FORMAT " at %s: evidence from %s%s", id, location,
                      art1 ? "1 " : "", art2 ? "2" : "");
      /* The operation in Jasim (Jassim in the second report). */
      if (g_strcmp0 (key, "jasam") == 0)
        {
          n_jasim++;
          g_assert_true (art1 && art2);
        }
      /* The bus bombing near Damascus. */
      if (location != NULL && g_str_has_prefix (location, "Damascus"))
        {
          n_bus++;
          g_assert_true (art1 && art2);
        }
    }
  g_assert_cmpuint (n_jasim, ==, 1);
  g_assert_cmpuint (n_bus, ==, 1);

  /* Everything was accepted: no suggestion is left for the export to add. */
  {
    g_autofree char *jsonl = g_build_filename (f->dir, "spans.jsonl", NULL);
    g_autofree char *text = NULL;

    g_free (run_cli ((const char *[]) { "export", f->project, "-f", "spans-jsonl", "-o", jsonl,
                                        "--include-suggestions", NULL }, &status));
    g_assert_cmpint (status, ==, 0);
    g_assert_true (g_file_get_contents (jsonl, &text, NULL, NULL));
    g_assert_null (strstr (text, "\"suggested\""));
    /* Named as the suggestion's row showed it, the gazetteer's "Jāsim"
     * ("Jasim" stays one of its names). */
    g_assert_nonnull (strstr (text, "\"label\":\"Place\",\"entity\":\"J\u0101sim\""));
  }
}

/* Suggestions without --accept stay pending; the spans export carries them
 * only when asked, marked as suggested. */
static void
test_pending_export (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *text = g_build_filename (f->dir, "a.txt", NULL);
  g_autofree char *plain = g_build_filename (f->dir, "plain.jsonl", NULL);
  g_autofree char *with = g_build_filename (f->dir, "with.jsonl", NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *out = NULL;
  int status;

  g_assert_true (g_file_set_contents (text, "Clashes in Jasim on Tuesday left 4 soldiers dead, "
                                            "according to the Syrian Observatory for Human Rights.\n", -1, NULL));
  g_free (run_cli ((const char *[]) { "new", f->project, NULL }, &status));
  g_free (run_cli ((const char *[]) { "import", f->project, text, NULL }, &status));
  out = run_cli ((const char *[]) { "suggest", f->project, "1", NULL }, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "Place\tJasim\t32.99"));
  g_assert_nonnull (strstr (out, "Killed\t4 soldiers"));
  /* The incident is in the text output too (it was only in --json's), in
   * the same columns, labelled "Incident", with its draft event as JSON. */
  g_assert_nonnull (strstr (out, "\tIncident\t4 soldiers\t{\"place\":\"Jasim\""));

  g_free (run_cli ((const char *[]) { "export", f->project, "-f", "spans-jsonl", "-o", plain, NULL }, &status));
  g_free (run_cli ((const char *[]) { "export", f->project, "-f", "spans-jsonl", "-o", with,
                                      "--include-suggestions", NULL }, &status));
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (plain, &a, NULL, NULL));
  g_assert_true (g_file_get_contents (with, &b, NULL, NULL));
  g_assert_nonnull (strstr (a, "\"spans\":[]"));
  g_assert_nonnull (strstr (b, "\"status\":\"suggested\""));
  g_assert_nonnull (strstr (b, "\"label\":\"Killed\""));

  /* Once decided, Suggest again saves nothing new for that article, and
   * its lines are what it saved: not the accepted spans again under
   * "Article 1: 0 suggestions saved". */
  /* --include-suggestions with a format that holds none was ignored
   * without a word: it is refused, saying which format carries them, and
   * nothing is written. */
  {
    g_autofree char *geojson = g_build_filename (f->dir, "events.geojson", NULL);
    g_autofree char *err = NULL;
    int st = sitrep_test_run_cli ((const char *[]) { "export", f->project, "-f", "geojson", "-o", geojson,
                                                     "--include-suggestions", NULL }, NULL, NULL, &err);

    g_assert_true (WIFEXITED (st));
    g_assert_cmpint (WEXITSTATUS (st), ==, 2);
    g_assert_nonnull (strstr (err, "Only spans-jsonl carries the pending suggestions"));
    g_assert_false (g_file_test (geojson, G_FILE_TEST_EXISTS));
  }

  /* What --accept did, in words that agree with the numbers: "1 new
   * event", and no "0 reports added" (it read "1 new events, 0 reports
   * added to events already there"). */
  g_free (out);
  out = run_cli ((const char *[]) { "suggest", f->project, "1", "--accept", "--annotator", "Rana", NULL }, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, " accepted, 1 new event.\n"));
  g_assert_null (strstr (out, "0 reports"));
  g_free (out);
  out = run_cli ((const char *[]) { "suggest", f->project, "1", NULL }, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "Article 1: 0 suggestions saved."));
  g_assert_null (strstr (out, "\tPlace\tJasim"));
  g_assert_null (strstr (out, "\tIncident\t"));

  /* Bad input: an id that is not an article leaves the project as it was. */
  g_free (run_cli ((const char *[]) { "suggest", f->project, "99", NULL }, &status));
  g_assert_cmpint (status, ==, 1);
  g_free (run_cli ((const char *[]) { "suggest", f->project, NULL }, &status));
  g_assert_cmpint (status, ==, 2);
}

/* The incidents of the JSON, in the order listed, as "figure; figure" strings. */
static GPtrArray *
json_incidents (const char *out,
                GArray     *ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = json_from_string (out, &error);
  JsonArray *incidents;
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 1);
  incidents = json_object_get_array_member (json_array_get_object_element (json_node_get_array (root), 0),
                                            "incidents");
  for (guint i = 0; i < json_array_get_length (incidents); i++)
    {
      JsonObject *o = json_array_get_object_element (incidents, i);
      JsonArray *figures = json_object_get_array_member (o, "figures");
      GString *s = g_string_new (NULL);
      gint64 id = json_object_get_int_member_with_default (o, "id", 0);

      for (guint k = 0; k < json_array_get_length (figures); k++)
        g_string_append_printf (s, "%s%s", k > 0 ? "; " : "", json_array_get_string_element (figures, k));
      g_ptr_array_add (list, g_string_free (s, FALSE));
      g_array_append_val (ids, id);
    }
  return list;
}

/* The incidents the window lists for article 1 (its review reads them so). */
static GPtrArray *
listed_incidents (const char *project,
                  GArray     *ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_open (project, SITREP_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(GPtrArray) incidents = NULL;
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  incidents = sitrep_store_list_proposed_incidents (store, 1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < incidents->len; i++)
    {
      const SitrepProposedIncident *incident = incidents->pdata[i];

      g_ptr_array_add (list, g_strjoinv ("; ", incident->figure_texts));
      g_array_append_val (ids, incident->id);
    }
  return list;
}

static void
assert_same_incidents (const char *out,
                       const char *project)
{
  g_autoptr(GArray) json_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) listed_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) json = json_incidents (out, json_ids);
  g_autoptr(GPtrArray) listed = listed_incidents (project, listed_ids);

  for (guint i = 0; i < listed->len; i++)
    g_test_message ("listed: %s", (const char *) listed->pdata[i]);
  g_assert_cmpuint (json->len, ==, listed->len);
  for (guint i = 0; i < json->len; i++)
    {
      g_assert_cmpstr (json->pdata[i], ==, listed->pdata[i]);
      g_assert_cmpint (g_array_index (json_ids, gint64, i), ==, g_array_index (listed_ids, gint64, i));
    }
}

/* suggest --json gives the incidents the window lists: the coder's own
 * figure among their members (with the coder's qualifier), and not one
 * the coder rejected in the window since. */
static void
test_annotated_incidents (Fixture       *f,
                          gconstpointer  data)
{
  const char *body = "Shelling hit Jasim on Tuesday and left 4 soldiers dead, according to the Syrian "
                     "Observatory.\n\nOn October 3, a number of fighters lost their lives in clashes with the army "
                     "in Raqqa, 400 km away.\n";
  g_autofree char *out = NULL;
  g_autofree char *annotated = NULL;
  g_autoptr(GError) error = NULL;
  gint64 annotation, first;
  int status;

  g_free (run_cli ((const char *[]) { "new", f->project, NULL }, &status));
  g_assert_cmpint (status, ==, 0);
  {
    g_autoptr(SitrepStore) store = sitrep_store_open (f->project, SITREP_STORE_OPEN_DEFAULT, &error);
    const char *words = "a number of fighters";
    guint start;

    g_assert_no_error (error);
    g_assert_cmpint (sitrep_test_add_article_full (store, "Shelling", body, "SOHR", "2022-10-20"), ==, 1);
    start = sitrep_test_offset_of (body, words);
    annotation = sitrep_store_add_annotation (store, 1, sitrep_test_label_id (store, "Killed"), start,
                                              start + g_utf8_strlen (words, -1),
                                              sitrep_store_ensure_annotator (store, "Rana", NULL), 0,
                                              "{\"count\":5,\"qualifier\":\"at_least\"}", &error);
    g_assert_no_error (error);
  }

  out = run_cli ((const char *[]) { "suggest", f->project, "1", "--json", NULL }, &status);
  g_assert_cmpint (status, ==, 0);
  assert_same_incidents (out, f->project);
  /* The coder's figure is in an incident, and said to be theirs. */
  g_assert_nonnull (strstr (out, "\"a number of fighters\""));
  annotated = g_strdup_printf ("\"attributes\":{\"count\":5,\"qualifier\":\"at_least\"},\"incident\":1,"
                               "\"annotation\":%" G_GINT64_FORMAT "}", annotation);
  g_assert_nonnull (strstr (out, annotated));

  /* Reject the first in the window; the next run lists the other only. */
  {
    g_autoptr(SitrepStore) store = sitrep_store_open (f->project, SITREP_STORE_OPEN_DEFAULT, &error);
    g_autoptr(GPtrArray) incidents = NULL;

    g_assert_no_error (error);
    incidents = sitrep_store_list_proposed_incidents (store, 1, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (incidents->len, ==, 2);
    first = ((SitrepProposedIncident *) incidents->pdata[0])->id;
    g_assert_true (sitrep_store_reject_proposed_incident (store, first, &error));
    g_assert_no_error (error);
  }
  g_free (out);
  out = run_cli ((const char *[]) { "suggest", f->project, "1", "--json", NULL }, &status);
  g_assert_cmpint (status, ==, 0);
  assert_same_incidents (out, f->project);
  g_assert_null (strstr (out, "\"figures\":[\"4 soldiers\"]"));
  g_assert_nonnull (strstr (out, "\"figures\":[\"a number of fighters\"]"));

  /* Accepted, the incident says which event it became. */
  g_free (out);
  out = run_cli ((const char *[]) { "suggest", f->project, "1", "--json", "--accept", "--annotator", "Rana", NULL },
                 &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "\"status\":\"accepted\",\"event\":"));
}

/* Scores and coordinates print in the fewest digits that read back the
 * same ("0.8"), not json-glib's 17 (0.80000000000000004), in suggest's
 * --json and in the --json of what accepting makes. */
static void
assert_short_numbers (const char *json)
{
  g_autoptr(GRegex) long_number = g_regex_new ("[0-9]\\.[0-9]{16,}", 0, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = json_from_string (json, &error);

  g_assert_no_error (error);
  g_assert_nonnull (root);
  g_assert_false (g_regex_match (long_number, json, 0, NULL));
}

static void
test_json_numbers (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *s0 = sitrep_test_seed_path ("000_");
  g_autofree char *suggested = NULL;
  g_autofree char *entities = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *list;
  guint n_scores = 0;
  int status;

  if (s0 == NULL)
    {
      g_test_skip ("$SITREP_SHARED_DIR/corpus/seeds is not here");
      return;
    }
  g_free (run_cli ((const char *[]) { "new", f->project, NULL }, &status));
  g_assert_cmpint (status, ==, 0);
  g_free (run_cli ((const char *[]) { "import", f->project, s0, NULL }, &status));
  g_assert_cmpint (status, ==, 0);
  suggested = run_cli ((const char *[]) { "suggest", f->project, "--all", "--accept", "--json", NULL }, &status);
  g_assert_cmpint (status, ==, 0);
  assert_short_numbers (suggested);
  /* Every score is still a number. */
  root = json_from_string (suggested, &error);
  list = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonArray *suggestions = json_object_get_array_member (json_array_get_object_element (list, i), "suggestions");

      for (guint k = 0; suggestions != NULL && k < json_array_get_length (suggestions); k++)
        {
          JsonObject *o = json_array_get_object_element (suggestions, k);

          g_assert_true (JSON_NODE_HOLDS_VALUE (json_object_get_member (o, "score")));
          g_assert_true (isfinite (json_object_get_double_member (o, "score")));
          n_scores++;
        }
    }
  g_assert_cmpuint (n_scores, >, 10);
  entities = run_cli ((const char *[]) { "entities", f->project, "--json", NULL }, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (entities, "\"lat\""));
  assert_short_numbers (entities);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sitrep/cli/suggest/json-numbers", Fixture, NULL, fixture_set_up, test_json_numbers,
              fixture_tear_down);
  g_test_add ("/sitrep/cli/suggest/seeds-incidents", Fixture, NULL, fixture_set_up, test_seeds_incidents,
              fixture_tear_down);
  g_test_add ("/sitrep/cli/suggest/pending-export", Fixture, NULL, fixture_set_up, test_pending_export,
              fixture_tear_down);
  g_test_add ("/sitrep/cli/suggest/annotated-incidents", Fixture, NULL, fixture_set_up, test_annotated_incidents,
              fixture_tear_down);
  return g_test_run ();
}

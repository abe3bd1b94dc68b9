/* test-cli.c — sitrep-cli driven as a user drives it: a real binary, real files
 *
 * Every test runs $SITREP_CLI in a fresh temporary folder and checks what the
 * user sees (output lines, exit status) and what is in the project afterwards
 * (through `list --json` and `show --json`, parsed as JSON).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <string.h>

#include <cairo.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "sitrep-store.h"
#include "sitrep-ucdp.h"
#include "sitrep-articles-private.h"
#include "sitrep-event-private.h"   /* sitrep_store_place_events, a test hook */

#define HOSTILE_TITLE "'); DROP TABLE articles; -- $(rm -rf /) `x`"

typedef struct
{
  char *dir;
  char *project;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

/* Fixtures: small, realistic, each with a different body. */

static const char capture_txt[] =
  "Russian-Backed Operation In Daraa Claims More Than 20 Fighters\n"
  "\n"
  "Tuesday 25 August 2020\n"
  "\n"
  "At least 20 fighters, including senior commanders, have been reportedly killed since the "
  "start of the Russian-backed security operation in the town of Jasim in the western "
  "countryside of Daraa — درعا — according to local sources.\n"
  "\n"
  "The Syrian military, intelligence and several Russian-backed groups of local fighters "
  "launched the operation on October 14. A statement released on October 17 said the cells "
  "in Jasim were behind the bus bombing near Damascus, which killed 18 soldiers.\n"
  "\n"
  "Residents said the siege of the town had lasted for weeks and that food was running short "
  "in several neighbourhoods, while the roads to Nawa and Tafas stayed closed.\n";

static const char page_html[] =
  "<!DOCTYPE html>\n"
  "<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
  "<title>Shelling hits Idlib market | Example News</title>\n"
  "<meta property=\"og:title\" content=\"Shelling hits Idlib market\">\n"
  "<meta property=\"og:site_name\" content=\"Example News\">\n"
  "<meta property=\"article:published_time\" content=\"2021-03-21T10:00:00Z\">\n"
  "</head><body>\n"
  "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n"
  "<article><h1>Shelling hits Idlib market</h1>\n"
  "<p>Artillery shells struck a crowded market in the southern part of Idlib on Sunday morning, "
  "killing at least seven civilians and wounding 23 others, according to the civil defence.</p>\n"
  "<p>Rescue workers pulled survivors from the rubble of two shops while ambulances took the "
  "wounded to the national hospital, where doctors reported a shortage of blood.</p>\n"
  "<p>No side has claimed the shelling. Government forces and opposition factions have traded "
  "fire along the front line south of the city for several weeks.</p>\n"
  "</article>\n"
  "<footer>Subscribe to our newsletter</footer>\n"
  "</body></html>\n";

static const char rows_csv[] =
  "title,text,url,date,source\n"
  "Convoy reaches Tafas,\"Aid workers said 14 trucks carrying food and medicine reached Tafas on "
  "Monday, the first convoy in six weeks. The road from Daraa had been closed since the clashes "
  "began.\",https://example.org/tafas,2021-05-03,North Press\n"
  "Drone strike near Raqqa,\"A drone struck a car on the road east of Raqqa, killing two men "
  "described by the coalition as members of a cell that planned attacks on checkpoints.\","
  "https://example.org/raqqa,2021-05-04,SOHR\n";

static const char items_jsonl[] =
  "{\"title\": \"Clashes in Deir ez-Zor countryside\", \"text\": \"Fighting broke out between "
  "tribal fighters and the SDF in the eastern countryside of Deir ez-Zor, where three villages "
  "were cut off for two days.\", \"source\": \"Deir ez-Zor 24\", \"url\": \"https://example.org/dez\"}\n"
  "{\"title\": \"Broken line\", \"text\": \"this line is not valid JSON\n"
  "{\"title\": \"Ceasefire holds in Idlib\", \"text\": \"The ceasefire in Idlib held for a third "
  "day on Wednesday, with only sporadic shelling reported near Saraqib and Ariha.\", "
  "\"source\": \"Enab Baladi\"}\n";

static const char other_txt[] =
  "Mortar fire on Palmyra outskirts\n"
  "\n"
  "Mortar rounds fell on the outskirts of Palmyra overnight, damaging a water station that "
  "serves several thousand residents. Engineers said repairs would take at least a week.\n";

/* Running the CLI */

static const char *
cli_path (void)
{
  const char *path = g_getenv ("SITREP_CLI");

  if (path == NULL)
    g_error ("SITREP_CLI is not set: run this suite with meson test");
  return path;
}

static void
run_free (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_free)

static void
run_argv (Fixture     *fixture,
          const char  *stdin_text,
          const char **args,
          Run         *run)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GBytes) in = NULL;
  GSubprocessFlags flags = G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE;

  g_ptr_array_add (argv, (char *) cli_path ());
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  if (stdin_text != NULL)
    {
      flags |= G_SUBPROCESS_FLAGS_STDIN_PIPE;
      in = g_bytes_new (stdin_text, strlen (stdin_text));
    }
  launcher = g_subprocess_launcher_new (flags);
  g_subprocess_launcher_set_cwd (launcher, fixture->dir);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, in, NULL, &out, &err, &error);
  g_assert_no_error (error);

  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
  run->out = g_bytes_get_size (out) > 0 ? g_strndup (g_bytes_get_data (out, NULL), g_bytes_get_size (out))
                                         : g_strdup ("");
  run->err = g_bytes_get_size (err) > 0 ? g_strndup (g_bytes_get_data (err, NULL), g_bytes_get_size (err))
                                         : g_strdup ("");
  g_test_message ("$ sitrep-cli %s → %d\n%s%s", args[0], run->status, run->out, run->err);
  g_assert_true (g_utf8_validate (run->out, -1, NULL));
}

/* cli (fixture, &run, "list", project, NULL) */
G_GNUC_NULL_TERMINATED
static void
cli (Fixture    *fixture,
     Run        *run,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  run_argv (fixture, NULL, (const char **) args->pdata, run);
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents,
            gssize      len)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);
  return path;
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

static gboolean
has_line (const char *out,
          const char *line)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  return g_strv_contains ((const char * const *) lines, line);
}

static gboolean
has_line_prefix (const char *out,
                 const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return TRUE;
  return FALSE;
}

/* The id at the end of the line starting with @prefix ("FILE: imported as id "). */
static gint64
id_after (const char *out,
          const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_ascii_strtoll (lines[i] + strlen (prefix), NULL, 10);
  g_assert_not_reached ();
  return 0;
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* `list --json` of the fixture's project, checked to be an array. */
static JsonNode *
list_json (Fixture *fixture)
{
  g_auto(Run) run = { 0 };
  JsonNode *root;

  cli (fixture, &run, "list", fixture->project, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  return root;
}

static guint
count_articles (Fixture *fixture)
{
  g_autoptr(JsonNode) root = list_json (fixture);

  return json_array_get_length (json_node_get_array (root));
}

static void
new_project (Fixture *fixture)
{
  g_auto(Run) run = { 0 };

  cli (fixture, &run, "new", fixture->project, NULL);
  g_assert_cmpint (run.status, ==, 0);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("sitrep-test-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->project = g_build_filename (fixture->dir, "project.sitrep", NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          remove_tree (child);
        else
          g_unlink (child);
      }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->project);
}

/* Tests */

static void
test_usage (Fixture       *fixture,
            gconstpointer  data)
{
  static const char *commands[] = { "new", "import", "list", "show", "search", "check" };

  {
    g_auto(Run) run = { 0 };

    cli (fixture, &run, "--help", NULL);
    g_assert_cmpint (run.status, ==, 0);
    for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
      g_assert_nonnull (strstr (run.out, commands[i]));
    /* What a command takes is said whole, however long ("export PROJECT
     * --form…", "suggest PROJECT [ID…|…" were cut to a column), and its
     * summary follows on the next line, indented. */
    g_assert_nonnull (strstr (run.out, "  export PROJECT --format F -o FILE\n"));
    g_assert_nonnull (strstr (run.out, "  suggest PROJECT [ID…|--all]\n"));
    g_assert_nonnull (strstr (run.out, "  feeds PROJECT add|list|check|remove|import-opml|export-opml\n"
                                       "                         Follow news feeds"));
    g_assert_nonnull (strstr (run.out, "  new PROJECT            Create a new project file\n"));
  }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) run = { 0 };

      cli (fixture, &run, commands[i], "--help", NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_nonnull (strstr (run.out, commands[i]));
    }
  {
    g_auto(Run) run = { 0 };

    cli (fixture, &run, "import", "--help", NULL);
    g_assert_nonnull (strstr (run.out, "--encoding"));
    g_assert_nonnull (strstr (run.out, "--format"));
  }

  /* Usage errors: exit 2, a message on stderr, nothing on stdout. */
  {
    g_auto(Run) run = { 0 };

    cli (fixture, &run, "frobnicate", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "frobnicate"));
  }
  {
    g_auto(Run) run = { 0 };
    const char *none[] = { NULL };

    run_argv (fixture, NULL, none, &run);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = { 0 };

    cli (fixture, &run, "show", fixture->project, "not-a-number", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_nonnull (strstr (run.err, "not-a-number"));
  }
  {
    g_auto(Run) run = { 0 };

    cli (fixture, &run, "list", fixture->project, "--status", "sleeping", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = { 0 };

    cli (fixture, &run, "import", fixture->project, NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = { 0 };

    cli (fixture, &run, "import", fixture->project, "a.txt", "--format", "pdf", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = { 0 };

    cli (fixture, &run, "list", fixture->project, "--bogus", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  /* None of that created the project. */
  g_assert_false (g_file_test (fixture->project, G_FILE_TEST_EXISTS));
}

static void
test_new (Fixture       *fixture,
          gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;

  cli (fixture, &run, "new", fixture->project, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (fixture->project, G_FILE_TEST_IS_REGULAR));

  root = list_json (fixture);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 0);
}

static void
test_new_existing (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "notes.sitrep", "my notes, not a project\n", -1);
  g_autoptr(GBytes) before = read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) again = { 0 };

  cli (fixture, &run, "new", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, !=, "");
  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));

  /* An existing project is not replaced either. */
  new_project (fixture);
  cli (fixture, &again, "new", fixture->project, NULL);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_cmpstr (again.err, !=, "");
}

static void
test_import_mixed (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *txt = write_file (fixture, "capture.txt", capture_txt, -1);
  g_autofree char *html = write_file (fixture, "page.html", page_html, -1);
  g_autofree char *csv = write_file (fixture, "rows.csv", rows_csv, -1);
  g_autofree char *jsonl = write_file (fixture, "items.jsonl", items_jsonl, -1);
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;
  gboolean found_html = FALSE;

  new_project (fixture);
  /* Relative names, as a user types them: the report repeats them. */
  cli (fixture, &run, "import", "project.sitrep", "capture.txt", "page.html", "rows.csv", "items.jsonl", NULL);

  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (has_line_prefix (run.out, "capture.txt: imported as id "));
  g_assert_true (has_line_prefix (run.out, "page.html: imported as id "));
  g_assert_true (has_line_prefix (run.out, "rows.csv: imported 2 articles (ids "));
  g_assert_true (has_line_prefix (run.out, "items.jsonl: imported 2 articles (ids "));
  /* The broken JSONL line is reported with its number. */
  g_assert_true (has_line_prefix (run.out, "items.jsonl:2: error: "));
  g_assert_false (has_line_prefix (run.out, "items.jsonl:1:"));
  g_assert_false (has_line_prefix (run.out, "items.jsonl:3:"));

  root = list_json (fixture);
  array = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (array), ==, 6);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);

      if (o != NULL && g_strcmp0 (json_object_get_string_member (o, "title"), "Shelling hits Idlib market") == 0)
        found_html = TRUE;
    }
  g_assert_true (found_html);
}

/* The annotation import's summary: one sentence a count, each in its
 * plural; a line whose spans are all there already is no failure. */
static void
test_import_annotations_summary (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *spans = write_file (fixture, "spans.jsonl",
                                       "{\"text\":\"At least 20 soldiers were killed in Damascus.\",\"spans\":["
                                       "{\"start\":0,\"end\":20,\"label\":\"Killed\"},"
                                       "{\"start\":0,\"end\":20,\"label\":\"Killed\"}]}\n", -1);
  g_auto(Run) first = { 0 };
  g_auto(Run) second = { 0 };

  new_project (fixture);
  cli (fixture, &first, "import-annotations", fixture->project, "spans.jsonl", NULL);
  g_assert_cmpint (first.status, ==, 0);
  g_assert_true (has_line (first.out, "spans.jsonl: 1 span added. 1 span was already there. "
                                      "1 article created. 0 articles matched."));

  cli (fixture, &second, "import-annotations", fixture->project, "spans.jsonl", NULL);
  g_assert_cmpint (second.status, ==, 0);
  g_assert_true (has_line (second.out, "spans.jsonl: 0 spans added. 2 spans were already there. "
                                       "0 articles created. 1 article matched."));
}

static void
test_import_duplicate (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *txt = write_file (fixture, "capture.txt", capture_txt, -1);
  g_autofree char *copy = write_file (fixture, "copy-of-capture.txt", capture_txt, -1);
  g_autofree char *expected = NULL;
  g_auto(Run) first = { 0 };
  g_auto(Run) second = { 0 };
  gint64 id;

  new_project (fixture);
  cli (fixture, &first, "import", fixture->project, "capture.txt", NULL);
  g_assert_cmpint (first.status, ==, 0);
  id = id_after (first.out, "capture.txt: imported as id ");
  g_assert_cmpint (id, >, 0);

  cli (fixture, &second, "import", fixture->project, "capture.txt", "copy-of-capture.txt", NULL);
  g_assert_cmpint (second.status, ==, 0);
  expected = g_strdup_printf ("capture.txt: duplicate of id %" G_GINT64_FORMAT, id);
  g_assert_true (has_line (second.out, expected));
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("copy-of-capture.txt: duplicate of id %" G_GINT64_FORMAT, id);
  g_assert_true (has_line (second.out, expected));

  g_assert_cmpuint (count_articles (fixture), ==, 1);
}

static void
test_import_missing_and_directory (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autofree char *good = write_file (fixture, "good.txt", other_txt, -1);
  g_autofree char *subdir = g_build_filename (fixture->dir, "a-folder", NULL);
  g_auto(Run) run = { 0 };

  g_assert_cmpint (g_mkdir (subdir, 0755), ==, 0);
  new_project (fixture);
  cli (fixture, &run, "import", fixture->project, "missing.txt", "a-folder", "good.txt", NULL);

  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (has_line_prefix (run.out, "missing.txt: error: "));
  g_assert_true (has_line_prefix (run.out, "a-folder: error: "));
  g_assert_true (has_line_prefix (run.out, "good.txt: imported as id "));
  /* One line per file, in the order given. */
  g_assert_true (g_str_has_prefix (run.out, "missing.txt: error: "));
  g_assert_cmpuint (count_articles (fixture), ==, 1);
}

static void
test_import_into_missing_project (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *good = write_file (fixture, "good.txt", other_txt, -1);
  g_auto(Run) run = { 0 };

  cli (fixture, &run, "import", fixture->project, "good.txt", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, !=, "");
  g_assert_false (g_file_test (fixture->project, G_FILE_TEST_EXISTS));
}

static void
test_list_json (Fixture       *fixture,
                gconstpointer  data)
{
  static const char *keys[] = { "id", "title", "source", "published", "published_precision", "status", "url" };
  g_autofree char *csv = write_file (fixture, "rows.csv", rows_csv, -1);
  g_autofree char *txt = write_file (fixture, "other.txt", other_txt, -1);
  g_autoptr(JsonNode) root = NULL;
  g_auto(Run) import = { 0 };
  JsonArray *array;

  new_project (fixture);
  cli (fixture, &import, "import", fixture->project, "rows.csv", "other.txt", NULL);
  g_assert_cmpint (import.status, ==, 0);

  root = list_json (fixture);
  array = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (array), ==, 3);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      const char *precision;
      const char *status;

      g_assert_nonnull (o);
      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        g_assert_true (json_object_has_member (o, keys[k]));
      g_assert_cmpint (json_node_get_value_type (json_object_get_member (o, "id")), ==, G_TYPE_INT64);
      g_assert_cmpint (json_object_get_int_member (o, "id"), >, 0);
      status = json_object_get_string_member (o, "status");
      g_assert_cmpstr (status, ==, "new");
      precision = json_object_get_string_member (o, "published_precision");
      g_assert_true (g_strcmp0 (precision, "day") == 0 || g_strcmp0 (precision, "month") == 0 ||
                     g_strcmp0 (precision, "year") == 0 || g_strcmp0 (precision, "unknown") == 0);
      /* published is an ISO date or null, never an empty string. */
      if (!json_object_get_null_member (o, "published"))
        {
          const char *published = json_object_get_string_member (o, "published");

          g_assert_true (g_regex_match_simple ("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", published, 0, 0));
        }
      else
        g_assert_cmpstr (precision, ==, "unknown");

      if (g_strcmp0 (json_object_get_string_member (o, "title"), "Convoy reaches Tafas") == 0)
        {
          g_assert_cmpstr (json_object_get_string_member (o, "source"), ==, "North Press");
          g_assert_cmpstr (json_object_get_string_member (o, "published"), ==, "2021-05-03");
          g_assert_cmpstr (precision, ==, "day");
          g_assert_cmpstr (json_object_get_string_member (o, "url"), ==, "https://example.org/tafas");
        }
    }

  /* Filters and order. */
  {
    g_auto(Run) run = { 0 };
    g_autoptr(JsonNode) filtered = NULL;

    cli (fixture, &run, "list", fixture->project, "--json", "--status", "done", NULL);
    g_assert_cmpint (run.status, ==, 0);
    filtered = parse_json (run.out);
    g_assert_cmpuint (json_array_get_length (json_node_get_array (filtered)), ==, 0);
  }
  {
    g_auto(Run) run = { 0 };
    g_autoptr(JsonNode) filtered = NULL;
    JsonArray *a;

    cli (fixture, &run, "list", fixture->project, "--json", "--source", "SOHR", NULL);
    g_assert_cmpint (run.status, ==, 0);
    filtered = parse_json (run.out);
    a = json_node_get_array (filtered);
    g_assert_cmpuint (json_array_get_length (a), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (a, 0), "title"), ==,
                     "Drone strike near Raqqa");
  }
  {
    g_auto(Run) run = { 0 };
    g_autoptr(JsonNode) sorted = NULL;
    JsonArray *a;

    cli (fixture, &run, "list", fixture->project, "--json", "--sort", "title", NULL);
    g_assert_cmpint (run.status, ==, 0);
    sorted = parse_json (run.out);
    a = json_node_get_array (sorted);
    g_assert_cmpuint (json_array_get_length (a), ==, 3);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (a, 0), "title"), ==,
                     "Convoy reaches Tafas");
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (a, 1), "title"), ==,
                     "Drone strike near Raqqa");
  }
  /* The table form: a header and one line per article. */
  {
    g_auto(Run) run = { 0 };
    g_auto(GStrv) lines = NULL;

    cli (fixture, &run, "list", fixture->project, NULL);
    g_assert_cmpint (run.status, ==, 0);
    lines = g_strsplit (g_strchomp (run.out), "\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, 4);
    g_assert_nonnull (strstr (run.out, "Convoy reaches Tafas"));
  }
}

static void
test_show_json (Fixture       *fixture,
                gconstpointer  data)
{
  static const char *keys[] = { "id", "title", "source", "url", "author", "published",
                                "published_precision", "published_note", "status", "language",
                                "body", "original" };
  g_autofree char *txt = write_file (fixture, "capture.txt", capture_txt, -1);
  g_autofree char *id_str = NULL;
  g_auto(Run) import = { 0 };
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *o;
  const char *body;
  gint64 id;

  new_project (fixture);
  cli (fixture, &import, "import", fixture->project, "capture.txt", NULL);
  g_assert_cmpint (import.status, ==, 0);
  id = id_after (import.out, "capture.txt: imported as id ");
  id_str = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  cli (fixture, &run, "show", fixture->project, id_str, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  o = json_node_get_object (root);
  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    g_assert_true (json_object_has_member (o, keys[k]));
  g_assert_cmpint (json_object_get_int_member (o, "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (o, "title"), ==,
                   "Russian-Backed Operation In Daraa Claims More Than 20 Fighters");
  body = json_object_get_string_member (o, "body");
  g_assert_nonnull (strstr (body, "Jasim"));
  g_assert_nonnull (strstr (body, "درعا"));
  /* The original is the file, byte for byte. */
  g_assert_cmpstr (json_object_get_string_member (o, "original"), ==, capture_txt);

  /* The text form, and --original. */
  {
    g_auto(Run) text = { 0 };
    g_auto(Run) original = { 0 };

    cli (fixture, &text, "show", fixture->project, id_str, NULL);
    g_assert_cmpint (text.status, ==, 0);
    g_assert_true (has_line (text.out, "Title: Russian-Backed Operation In Daraa Claims More Than 20 Fighters"));
    g_assert_nonnull (strstr (text.out, "Jasim"));

    cli (fixture, &original, "show", fixture->project, id_str, "--original", NULL);
    g_assert_cmpint (original.status, ==, 0);
    g_assert_true (g_str_has_suffix (original.out, capture_txt));
  }

  /* An id that is not there. */
  {
    g_auto(Run) missing = { 0 };

    cli (fixture, &missing, "show", fixture->project, "999", "--json", NULL);
    g_assert_cmpint (missing.status, ==, 1);
    g_assert_cmpstr (missing.out, ==, "");
    g_assert_cmpstr (missing.err, !=, "");
  }
}

static void
test_search_json (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *a = write_file (fixture, "capture.txt", capture_txt, -1);
  g_autofree char *b = write_file (fixture, "other.txt", other_txt, -1);
  g_autofree char *c = write_file (fixture, "page.html", page_html, -1);
  g_auto(Run) import = { 0 };
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *hits;
  JsonObject *hit;
  gint64 palmyra_id;

  new_project (fixture);
  cli (fixture, &import, "import", fixture->project, "capture.txt", "other.txt", "page.html", NULL);
  g_assert_cmpint (import.status, ==, 0);
  palmyra_id = id_after (import.out, "other.txt: imported as id ");

  cli (fixture, &run, "search", fixture->project, "Palmyra", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  hits = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (hits), ==, 1);
  hit = json_array_get_object_element (hits, 0);
  g_assert_cmpint (json_object_get_int_member (hit, "id"), ==, palmyra_id);
  g_assert_cmpstr (json_object_get_string_member (hit, "title"), ==, "Mortar fire on Palmyra outskirts");
  g_assert_cmpint (json_object_get_int_member (hit, "rank"), ==, 1);
  g_assert_true (json_object_has_member (hit, "source"));
  g_assert_nonnull (strstr (json_object_get_string_member (hit, "snippet"), "<b>"));

  /* Text form: matches in brackets. */
  {
    g_auto(Run) text = { 0 };
    g_autofree char *prefix = g_strdup_printf ("%" G_GINT64_FORMAT "  Mortar fire", palmyra_id);

    cli (fixture, &text, "search", fixture->project, "Palmyra", NULL);
    g_assert_cmpint (text.status, ==, 0);
    g_assert_true (has_line_prefix (text.out, prefix));
    g_assert_nonnull (strstr (text.out, "[Palmyra]"));
    g_assert_null (strstr (text.out, "<b>"));
  }
  /* Two words, both required; and a miss gives an empty array. */
  {
    g_auto(Run) two = { 0 };
    g_auto(Run) miss = { 0 };
    g_autoptr(JsonNode) two_root = NULL;
    g_autoptr(JsonNode) miss_root = NULL;

    cli (fixture, &two, "search", fixture->project, "market shelling", "--json", NULL);
    g_assert_cmpint (two.status, ==, 0);
    two_root = parse_json (two.out);
    g_assert_cmpuint (json_array_get_length (json_node_get_array (two_root)), ==, 1);

    cli (fixture, &miss, "search", fixture->project, "Qamishli", "--json", NULL);
    g_assert_cmpint (miss.status, ==, 0);
    miss_root = parse_json (miss.out);
    g_assert_cmpuint (json_array_get_length (json_node_get_array (miss_root)), ==, 0);
  }
  /* What users type is never an FTS5 syntax error. */
  {
    g_auto(Run) odd = { 0 };

    cli (fixture, &odd, "search", fixture->project, "\"unbalanced AND (", "--json", NULL);
    g_assert_cmpint (odd.status, ==, 0);
  }
}

static void
test_check (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *txt = write_file (fixture, "capture.txt", capture_txt, -1);
  g_auto(Run) import = { 0 };
  g_auto(Run) run = { 0 };

  new_project (fixture);
  cli (fixture, &import, "import", fixture->project, "capture.txt", NULL);
  cli (fixture, &run, "check", fixture->project, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (has_line_prefix (run.out, "Schema version: "));
  g_assert_true (has_line (run.out, "Project format: Sitrep"));
  g_assert_true (has_line (run.out, "Integrity: ok"));
  g_assert_true (has_line (run.out, "Articles: 1"));
  g_assert_true (has_line_prefix (run.out, "Result: the project is sound"));
}

/* Files that are not sound projects: every command refuses them with a
 * message and exit 1, and the file is byte for byte what it was. */
static void
assert_refused_untouched (Fixture    *fixture,
                          const char *path,
                          const char *expect_in_message)
{
  static const char *commands[][3] = {
    { "check", NULL, NULL },
    { "list", "--json", NULL },
    { "show", "1", NULL },
    { "search", "Daraa", NULL },
    { "import", "capture.txt", NULL },
  };
  g_autofree char *txt = write_file (fixture, "capture.txt", capture_txt, -1);
  g_autoptr(GBytes) before = read_bytes (path);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) run = { 0 };
      g_autoptr(GBytes) after = NULL;
      const char *args[] = { commands[i][0], path, commands[i][1], NULL };
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *journal = g_strconcat (path, "-journal", NULL);

      run_argv (fixture, NULL, args, &run);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.err, !=, "");
      if (expect_in_message != NULL)
        {
          g_autofree char *lower = g_utf8_strdown (run.err, -1);

          g_assert_nonnull (strstr (lower, expect_in_message));
        }
      after = read_bytes (path);
      g_assert_true (g_bytes_equal (before, after));
      g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
      if (g_file_test (wal, G_FILE_TEST_EXISTS))
        {
          GStatBuf st;

          g_assert_cmpint (g_stat (wal, &st), ==, 0);
          g_assert_cmpint (st.st_size, ==, 0);
        }
    }
}

static void
test_check_not_a_project (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "notes.sitrep", "Shopping list\neggs\nmilk\n", -1);

  assert_refused_untouched (fixture, path, NULL);
}

static void
test_check_foreign_sqlite (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "other-app.sitrep", NULL);
  sqlite3 *db = NULL;

  /* A SQLite database of another program. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT);"
                                     "INSERT INTO articles (title) VALUES ('not ours');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  assert_refused_untouched (fixture, path, NULL);
}

static void
test_check_newer_schema (Fixture       *fixture,
                         gconstpointer  data)
{
  sqlite3 *db = NULL;

  new_project (fixture);
  g_assert_cmpint (sqlite3_open (fixture->project, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 999", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  assert_refused_untouched (fixture, fixture->project, "newer");
}

static void
test_check_corrupt (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *txt = write_file (fixture, "capture.txt", capture_txt, -1);
  g_autofree char *csv = write_file (fixture, "rows.csv", rows_csv, -1);
  g_autofree char *html = write_file (fixture, "page.html", page_html, -1);
  g_auto(Run) import = { 0 };
  g_auto(Run) run = { 0 };
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  new_project (fixture);
  cli (fixture, &import, "import", fixture->project, "capture.txt", "rows.csv", "page.html", NULL);
  g_assert_cmpint (import.status, ==, 0);

  /* Scribble over everything after the first two pages: the header still
   * says SQLite, the tables are garbage. */
  g_assert_true (g_file_get_contents (fixture->project, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 3 * 4096);
  for (gsize i = 2 * 4096; i < len; i++)
    contents[i] = (char) (0xA5 ^ (i * 31));
  g_assert_true (g_file_set_contents (fixture->project, contents, len, NULL));
  before = read_bytes (fixture->project);

  cli (fixture, &run, "check", fixture->project, NULL);
  g_assert_cmpint (run.status, ==, 1);
  after = read_bytes (fixture->project);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_import_locked (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *txt = write_file (fixture, "capture.txt", capture_txt, -1);
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) list = { 0 };

  new_project (fixture);
  /* Another Sitrep has the project open for writing. */
  store = sitrep_store_open (fixture->project, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  cli (fixture, &run, "import", fixture->project, "capture.txt", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, !=, "");
  g_assert_cmpuint (sitrep_store_count_articles (store), ==, 0);

  /* Reading takes no lock. */
  cli (fixture, &list, "list", fixture->project, "--json", NULL);
  g_assert_cmpint (list.status, ==, 0);

  sitrep_store_close (store);
}

static void
test_hostile_title (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char *titles[] = {
    HOSTILE_TITLE,
    "\"quoted\" \\back\\slash\\ $(touch PWNED) ; echo $HOME | cat /etc/passwd > x",
    "عنوان عربي — with “curly” quotes, <b>tags</b> & emoji 🚀",
  };
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GString) jsonl = g_string_new (NULL);
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pwned = g_build_filename (fixture->dir, "PWNED", NULL);
  g_auto(Run) import = { 0 };
  JsonArray *array;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) node = NULL;
      g_autofree char *line = NULL;
      g_autofree char *text = g_strdup_printf ("Article number %u about the hostile title test, "
                                               "reported from Daraa and Idlib with %u casualties.", i, 10 + i);

      builder = json_builder_new ();
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, titles[i]);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, text);
      json_builder_set_member_name (builder, "source");
      json_builder_add_string_value (builder, titles[i]);
      json_builder_end_object (builder);
      node = json_builder_get_root (builder);
      json_generator_set_root (generator, node);
      line = json_generator_to_data (generator, NULL);
      g_string_append_printf (jsonl, "%s\n", line);
      g_clear_object (&builder);
    }
  path = write_file (fixture, "hostile.jsonl", jsonl->str, jsonl->len);

  new_project (fixture);
  cli (fixture, &import, "import", fixture->project, "hostile.jsonl", NULL);
  g_assert_cmpint (import.status, ==, 0);

  root = list_json (fixture);
  array = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (array), ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < json_array_get_length (array); j++)
        {
          JsonObject *o = json_array_get_object_element (array, j);

          if (g_strcmp0 (json_object_get_string_member (o, "title"), titles[i]) == 0)
            {
              g_assert_cmpstr (json_object_get_string_member (o, "source"), ==, titles[i]);
              found = TRUE;
            }
        }
      if (!found)
        g_error ("title did not round-trip: %s", titles[i]);
    }
  g_assert_false (g_file_test (pwned, G_FILE_TEST_EXISTS));

  /* The table is still there, and searching for the SQL finds it as text. */
  {
    g_auto(Run) run = { 0 };
    g_autoptr(JsonNode) hits = NULL;

    cli (fixture, &run, "search", fixture->project, "DROP TABLE articles", "--json", NULL);
    g_assert_cmpint (run.status, ==, 0);
    hits = parse_json (run.out);
    g_assert_true (JSON_NODE_HOLDS_ARRAY (hits));
  }
  g_assert_cmpuint (count_articles (fixture), ==, G_N_ELEMENTS (titles));
}

static void
test_public_domain_corpus (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *shared = g_getenv ("SITREP_SHARED_DIR");
  g_autofree char *dir = NULL;
  g_autofree char *centcom = NULL;
  g_autofree char *state = NULL;
  g_auto(Run) run = { 0 };

  if (shared != NULL)
    dir = g_build_filename (shared, "corpus", "public-domain", NULL);
  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("$SITREP_SHARED_DIR/corpus/public-domain is not here; the real corpus is not tested");
      return;
    }
  centcom = g_build_filename (dir, "centcom.jsonl", NULL);
  state = g_build_filename (dir, "us-state-department.jsonl", NULL);

  new_project (fixture);
  cli (fixture, &run, "import", fixture->project, centcom, state, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (has_line_prefix (run.out, centcom));
  g_assert_cmpuint (count_articles (fixture), ==, 45);

  {
    g_auto(Run) search = { 0 };
    g_autoptr(JsonNode) hits = NULL;

    cli (fixture, &search, "search", fixture->project, "Daesh", "--json", "--limit", "5", NULL);
    g_assert_cmpint (search.status, ==, 0);
    hits = parse_json (search.out);
    g_assert_cmpuint (json_array_get_length (json_node_get_array (hits)), ==, 5);
  }
}

/* Python's json module is what many users will read the output with. */
static void
test_json_python (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char script[] =
    "import json, sys\n"
    "data = json.load(sys.stdin)\n"
    "assert isinstance(data, list), type(data)\n"
    "for item in data:\n"
    "    assert isinstance(item['id'], int)\n"
    "    for key in ('title', 'source', 'published', 'published_precision', 'status', 'url'):\n"
    "        assert key in item, key\n"
    "print(len(data), json.dumps(sorted(i['title'] for i in data), ensure_ascii=False))\n";
  g_autofree char *jsonl = write_file (fixture, "items.jsonl",
                                       "{\"title\": \"" "'); DROP TABLE articles; -- $(rm -rf /) `x`" "\", "
                                       "\"text\": \"Line one\\nline two\\ttabbed \\u0001 \\u001f \\u007f controls and \\\"quotes\\\" in Idlib\"}\n"
                                       "{\"title\": \"عنوان عربي\", \"text\": \"نص عربي عن إدلب ودرعا\"}\n", -1);
  g_autofree char *txt = write_file (fixture, "capture.txt", capture_txt, -1);
  g_auto(Run) import = { 0 };
  g_auto(Run) list = { 0 };
  g_auto(Run) show = { 0 };

  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("/usr/bin/python3 is not installed");
      return;
    }

  new_project (fixture);
  cli (fixture, &import, "import", fixture->project, "items.jsonl", "capture.txt", NULL);
  g_assert_cmpint (import.status, ==, 0);
  cli (fixture, &list, "list", fixture->project, "--json", NULL);
  g_assert_cmpint (list.status, ==, 0);

  {
    g_autoptr(GSubprocess) process = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                                "/usr/bin/python3", "-c", script, NULL);
    g_assert_no_error (error);
    g_subprocess_communicate_utf8 (process, list.out, NULL, &out, &err, &error);
    g_assert_no_error (error);
    g_test_message ("python3: %s%s", out, err);
    g_assert_true (g_subprocess_get_successful (process));
    g_assert_true (g_str_has_prefix (out, "3 "));
    g_assert_nonnull (strstr (out, HOSTILE_TITLE));
    g_assert_nonnull (strstr (out, "عنوان عربي"));
  }

  /* show --json too, with its control characters and Arabic. */
  cli (fixture, &show, "show", fixture->project, "1", "--json", NULL);
  g_assert_cmpint (show.status, ==, 0);
  {
    g_autoptr(GSubprocess) process = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *out = NULL;

    process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                "/usr/bin/python3", "-c",
                                "import json, sys; d = json.load(sys.stdin); "
                                "assert isinstance(d['body'], str) and isinstance(d['original'], str); "
                                "print(d['id'])", NULL);
    g_assert_no_error (error);
    g_subprocess_communicate_utf8 (process, show.out, NULL, &out, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (g_subprocess_get_successful (process));
    g_assert_cmpstr (g_strchomp (out), ==, "1");
  }
}

/* A map of a CC BY dataset's events credits the dataset (read back from the
 * PDF with pdftotext); a map of the project's own events does not. */
static void
test_export_map_credit (Fixture       *fixture,
                        gconstpointer  data)
{
  static const char ucdp[] =
    "ucdp_ged_id,split,start_date,end_date,source_date,source_article_hplt_id,side_a_name,side_b_name,"
    "location_root_name,location_adm1_name,location_adm2_name,location_where_name,deaths_side_a,"
    "deaths_side_b,deaths_civilian,deaths_unknown,deaths_low,deaths_high\n"
    "187051,train,2011-03-30,2011-03-30,2011-03-31,x,Government of Syria,Civilians,Syria,"
    "Latakia governorate,Latakia district,Latakia town,0,0,25,0,25,25\n";
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *project = g_build_filename (fixture->dir, "ucdp.sitrep", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "ucdp.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *command = NULL;
  int status;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  {
    g_autoptr(SitrepStore) store = sitrep_store_create (project, &error);
    SitrepUcdpReport report = { 0 };
    SitrepEventQuery query = SITREP_EVENT_QUERY_INIT;
    g_autoptr(GArray) ids = NULL;
    double coordinates[2] = { 35.53, 35.79 };

    g_assert_no_error (error);
    g_assert_true (sitrep_ucdp_import_data (store, ucdp, strlen (ucdp), &report, NULL, NULL, NULL, &error));
    sitrep_ucdp_report_clear (&report);
    ids = sitrep_store_query_event_ids (store, &query, &error);
    g_assert_cmpuint (ids->len, ==, 1);
    g_assert_true (sitrep_store_place_events (store, (const gint64 *) (gpointer) ids->data, coordinates, 1,
                                              NULL, &error));
    g_assert_no_error (error);
  }

  cli (fixture, &run, "export-map", "ucdp.sitrep", "--bbox", "35,33,41,37", "--size", "800x600",
       "-o", "ucdp.pdf", NULL);
  g_assert_cmpint (run.status, ==, 0);
  command = g_strdup_printf ("'%s' '%s' -", pdftotext, pdf);
  g_assert_true (g_spawn_command_line_sync (command, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "Events: UCDP GED (CC BY 4.0)"));
  g_assert_nonnull (strstr (text, "Natural Earth"));
}

/* export-map draws the project's events in the area over the base map. */
static void
test_export_map_events (Fixture       *fixture,
                        gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *project = g_build_filename (fixture->dir, "map.sitrep", NULL);
  g_autofree char *png = g_build_filename (fixture->dir, "map.png", NULL);
  g_autofree char *empty_png = g_build_filename (fixture->dir, "empty.png", NULL);
  cairo_surface_t *with, *without;
  int differing = 0;

  {
    g_autoptr(SitrepStore) store = sitrep_store_create (project, &error);
    SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
    gint64 ids[2];
    double coordinates[4] = { 34.73, 36.72, 35.95, 39.01 };

    g_assert_no_error (error);
    draft.event_type = "Battles";
    draft.sub_event_type = "Armed clash";
    ids[0] = sitrep_store_create_event (store, &draft, &error);
    ids[1] = sitrep_store_create_event (store, &draft, &error);
    g_assert_no_error (error);
    g_assert_true (sitrep_store_place_events (store, ids, coordinates, 2, NULL, &error));
  }

  cli (fixture, &run, "export-map", "map.sitrep", "--bbox", "35,33,41,37", "--size", "400x300",
       "-o", "map.png", NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_free (&run);
  cli (fixture, &run, "new", "empty.sitrep", NULL);
  run_free (&run);
  cli (fixture, &run, "export-map", "empty.sitrep", "--bbox", "35,33,41,37", "--size", "400x300",
       "-o", "empty.png", NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* The same map, but with the two events' marks on it. */
  with = cairo_image_surface_create_from_png (png);
  without = cairo_image_surface_create_from_png (empty_png);
  g_assert_cmpint (cairo_surface_status (with), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_surface_status (without), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (with);
  cairo_surface_flush (without);
  for (int y = 0; y < 300; y++)
    {
      const guint32 *a = (const guint32 *) (gpointer) (cairo_image_surface_get_data (with) +
                                                       y * cairo_image_surface_get_stride (with));
      const guint32 *b = (const guint32 *) (gpointer) (cairo_image_surface_get_data (without) +
                                                       y * cairo_image_surface_get_stride (without));
      for (int x = 0; x < 400; x++)
        differing += a[x] != b[x];
    }
  cairo_surface_destroy (with);
  cairo_surface_destroy (without);
  g_test_message ("%d pixels differ", differing);
  g_assert_cmpint (differing, >, 40);
  g_assert_cmpint (differing, <, 2000);
}

/* delete: all the ids or none; the article's annotations go with it. */
static gint64
add_article (SitrepStore *store,
             const char  *title,
             const char  *body)
{
  g_autoptr(SitrepImportRecord) r = sitrep_import_record_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  r->title = g_strdup (title);
  r->body = g_strdup (body);
  r->original = g_bytes_new (body, strlen (body));
  r->original_name = g_strdup ("test.txt");
  r->original_type = g_strdup ("text/plain");
  id = sitrep_store_add_article (store, r, NULL, &error);
  g_assert_no_error (error);
  return id;
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL;
  gint64 ids[3], label = 0;

  {
    g_autoptr(SitrepStore) store = sitrep_store_create (fixture->project, &error);
    g_autoptr(GPtrArray) labels = NULL;

    g_assert_no_error (error);
    ids[0] = add_article (store, "One", "Eighteen soldiers were killed near Damascus.");
    ids[1] = add_article (store, "Two", "Over 27 were wounded in Daraa.");
    ids[2] = add_article (store, "Three", "Shelling was reported in Idlib.");
    labels = sitrep_store_list_labels (store, &error);
    g_assert_no_error (error);
    label = sitrep_label_get_id (g_ptr_array_index (labels, 0));
    g_assert_cmpint (sitrep_store_add_annotation (store, ids[0], label, 0, 8, 0, 0, NULL, &error), >, 0);
    g_assert_no_error (error);
    sitrep_store_close (store);
  }
  a = g_strdup_printf ("%" G_GINT64_FORMAT, ids[0]);
  b = g_strdup_printf ("%" G_GINT64_FORMAT, ids[1]);
  c = g_strdup_printf ("%" G_GINT64_FORMAT, ids[2]);

  /* Usage errors change nothing. */
  {
    g_auto(Run) run = { 0 };

    cli (fixture, &run, "delete", fixture->project, NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = { 0 };

    cli (fixture, &run, "delete", fixture->project, a, "first", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "first"));
  }
  /* A missing id: nothing is deleted, not even the ids before it. */
  {
    g_auto(Run) run = { 0 };

    cli (fixture, &run, "delete", fixture->project, a, "999", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "999"));
    g_assert_cmpstr (run.out, ==, "");
  }
  {
    g_autoptr(SitrepStore) store = sitrep_store_open (fixture->project, SITREP_STORE_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (sitrep_store_count_articles (store), ==, 3);
  }

  {
    g_auto(Run) run = { 0 };

    cli (fixture, &run, "delete", fixture->project, a, c, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "Deleted 2 articles.\n");
  }
  {
    g_autoptr(SitrepStore) store = sitrep_store_open (fixture->project, SITREP_STORE_OPEN_READ_ONLY, &error);
    g_autoptr(SitrepArticle) gone = NULL;
    g_autoptr(SitrepArticle) kept = NULL;
    g_autoptr(GPtrArray) annotations = NULL;
    g_autofree char *report = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (sitrep_store_count_articles (store), ==, 1);
    gone = sitrep_store_get_article (store, ids[0], &error);
    g_assert_null (gone);
    g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    kept = sitrep_store_get_article (store, ids[1], &error);
    g_assert_no_error (error);
    g_assert_cmpstr (sitrep_article_get_title (kept), ==, "Two");
    annotations = sitrep_store_list_annotations (store, ids[0], 0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (annotations->len, ==, 0);
    /* The search index forgot them too. */
    g_assert_true (sitrep_store_check (store, &report, &error));
    g_assert_no_error (error);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/sitrep/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("usage", test_usage);
  ADD ("new", test_new);
  ADD ("new-existing", test_new_existing);
  ADD ("import-mixed", test_import_mixed);
  ADD ("import-annotations-summary", test_import_annotations_summary);
  ADD ("import-duplicate", test_import_duplicate);
  ADD ("import-missing-and-directory", test_import_missing_and_directory);
  ADD ("import-into-missing-project", test_import_into_missing_project);
  ADD ("import-locked", test_import_locked);
  ADD ("list-json", test_list_json);
  ADD ("show-json", test_show_json);
  ADD ("search-json", test_search_json);
  ADD ("check", test_check);
  ADD ("check-not-a-project", test_check_not_a_project);
  ADD ("check-foreign-sqlite", test_check_foreign_sqlite);
  ADD ("check-newer-schema", test_check_newer_schema);
  ADD ("check-corrupt", test_check_corrupt);
  ADD ("hostile-title", test_hostile_title);
  ADD ("public-domain-corpus", test_public_domain_corpus);
  ADD ("json-python", test_json_python);
  ADD ("export-map-events", test_export_map_events);
  ADD ("export-map-credit", test_export_map_credit);
  ADD ("delete", test_delete);

#undef ADD

  return g_test_run ();
}

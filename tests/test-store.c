/* test-store.c — the project file: create, open, refuse, migrate, articles, search
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sitrep-article-list.h"
#include "sitrep-merge.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"
#include "sitrep-articles-private.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("sitrep-test-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "project.sitrep", NULL);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      g_chmod (child, 0644);
      g_unlink (child);
    }
  g_chmod (dir, 0755);
  g_rmdir (dir);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static SitrepImportRecord *
make_record (const char *title,
             const char *body,
             const char *source)
{
  SitrepImportRecord *r = sitrep_import_record_new ();

  r->title = g_strdup (title);
  r->body = g_strdup (body);
  r->source = g_strdup (source);
  r->original = g_bytes_new (body, strlen (body));
  r->original_name = g_strdup ("test.txt");
  r->original_type = g_strdup ("text/plain");
  return r;
}

static gint64
add (SitrepStore *store,
     const char  *title,
     const char  *body,
     const char  *source)
{
  g_autoptr(SitrepImportRecord) r = make_record (title, body, source);
  g_autoptr(GError) error = NULL;
  gint64 id = sitrep_store_add_article (store, r, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static GBytes *
read_file_bytes (const char *path)
{
  char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_bytes_new_take (contents, len);
}

static void
test_create_and_reopen (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (f->path, &error);
  g_autoptr(SitrepStore) again = NULL;
  g_autoptr(SitrepArticle) article = NULL;
  g_autofree char *body = NULL;
  gint64 id;

  g_assert_no_error (error);
  g_assert_false (sitrep_store_is_read_only (store));
  g_assert_cmpint (sitrep_store_get_schema_version (store), ==, SITREP_STORE_SCHEMA_VERSION);

  id = add (store, "Bus bombing near Damascus", "A bus was hit near Damascus.\n\nEighteen died.",
            "thecradle");
  sitrep_store_close (store);

  again = sitrep_store_open (f->path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  article = sitrep_store_get_article (again, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sitrep_article_get_title (article), ==, "Bus bombing near Damascus");
  g_assert_cmpstr (sitrep_article_get_source (article), ==, "thecradle");
  g_assert_cmpint (sitrep_article_get_status (article), ==, SITREP_ARTICLE_STATUS_NEW);
  body = sitrep_store_get_article_body (again, id, &error);
  g_assert_cmpstr (body, ==, "A bus was hit near Damascus.\n\nEighteen died.");
  g_assert_cmpuint (sitrep_store_count_articles (again), ==, 1);
}

static void
test_create_existing (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  g_assert_true (g_file_set_contents (f->path, "precious", -1, NULL));
  before = read_file_bytes (f->path);
  store = sitrep_store_create (f->path, &error);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_EXISTS);
  g_assert_null (store);
  after = read_file_bytes (f->path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
assert_open_fails_unchanged (const char *path,
                             int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = read_file_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  g_assert_null (store);
  g_assert_error (error, SITREP_STORE_ERROR, code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_test_message ("%s", error->message);
  after = read_file_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_open_not_a_project (Fixture       *f,
                         gconstpointer  data)
{
  sqlite3 *db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = NULL;

  /* A text file. */
  g_assert_true (g_file_set_contents (f->path, "Just some notes\n", -1, NULL));
  assert_open_fails_unchanged (f->path, SITREP_STORE_ERROR_NOT_A_PROJECT);

  /* An empty file. */
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  store = sitrep_store_open (f->path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_A_PROJECT);
  g_clear_error (&error);

  /* Another program's SQLite database. */
  g_unlink (f->path);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);", NULL, NULL,
                                 NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_open_fails_unchanged (f->path, SITREP_STORE_ERROR_NOT_A_PROJECT);

  /* A folder. */
  store = sitrep_store_open (f->dir, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_A_PROJECT);
  g_clear_error (&error);

  /* Nothing there. */
  g_unlink (f->path);
  store = sitrep_store_open (f->path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

static void
test_open_newer_schema (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (f->path, &error);
  sqlite3 *db = NULL;

  g_assert_no_error (error);
  add (store, "One", "Text one.", NULL);
  sitrep_store_close (store);

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  assert_open_fails_unchanged (f->path, SITREP_STORE_ERROR_SCHEMA_TOO_NEW);
}

static void
test_open_read_only (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (f->path, &error);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(SitrepImportRecord) r = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 id;

  g_assert_no_error (error);
  id = add (store, "One", "Text one about Idlib.", NULL);
  sitrep_store_close (store);
  g_clear_object (&store);

  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  if (access (f->path, W_OK) == 0)
    {
      g_test_skip ("running as root: a read-only file is still writable");
      return;
    }
  before = read_file_bytes (f->path);

  store = sitrep_store_open (f->path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (sitrep_store_is_read_only (store));

  ids = sitrep_store_query_article_ids (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);

  r = make_record ("Two", "Text two.", NULL);
  g_assert_cmpint (sitrep_store_add_article (store, r, NULL, &error), ==, 0);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (sitrep_store_set_article_status (store, id, SITREP_ARTICLE_STATUS_DONE, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_READ_ONLY);
  sitrep_store_close (store);

  after = read_file_bytes (f->path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_open_read_only_flag (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (f->path, &error);
  g_autoptr(SitrepStore) reader = NULL;

  g_assert_no_error (error);
  add (store, "One", "Text one.", NULL);

  /* A reader (the CLI's list, show, search) works while the project is open. */
  reader = sitrep_store_open (f->path, SITREP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (sitrep_store_is_read_only (reader));
  g_assert_cmpuint (sitrep_store_count_articles (reader), ==, 1);
}

static void
test_open_locked (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (f->path, &error);
  g_autoptr(SitrepStore) second = NULL;
  g_autoptr(SitrepStore) third = NULL;

  g_assert_no_error (error);
  add (store, "One", "Text one.", NULL);

  /* flock () conflicts between open file descriptions, so a second open in
   * this process stands in for another Sitrep process. */
  second = sitrep_store_open (f->path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_null (second);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_LOCKED);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  sitrep_store_close (store);
  third = sitrep_store_open (f->path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sitrep_store_count_articles (third), ==, 1);
}

static void
test_open_locked_other_process (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (f->path, &error);
  g_autoptr(GSubprocess) holder = NULL;
  g_autoptr(SitrepStore) second = NULL;
  g_autofree char *script = NULL;

  g_assert_no_error (error);
  sitrep_store_close (store);

  /* A real second process holding the lock, as a running Sitrep does. */
  script = g_strdup_printf ("exec 9<>'%s'; flock -x 9; echo locked; exec sleep 30", f->path);
  holder = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, "sh", "-c", script, NULL);
  g_assert_no_error (error);
  {
    GInputStream *out = g_subprocess_get_stdout_pipe (holder);
    char buf[8] = { 0 };
    gsize n = 0;
    g_input_stream_read_all (out, buf, 7, &n, NULL, NULL);
    g_assert_cmpstr (buf, ==, "locked\n");
  }

  second = sitrep_store_open (f->path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_null (second);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_LOCKED);
  g_subprocess_force_exit (holder);
  g_subprocess_wait (holder, NULL, NULL);
}

static void
test_open_corrupt_and_salvage (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (f->path, &error);
  g_autoptr(SitrepStore) salvaged = NULL;
  g_autofree char *copy = g_build_filename (f->dir, "salvaged.sitrep", NULL);
  g_autofree char *contents = NULL;
  gsize len;
  sqlite3 *db;

  g_assert_no_error (error);
  for (int i = 0; i < 200; i++)
    {
      g_autofree char *title = g_strdup_printf ("Article %d", i);
      g_autofree char *body = g_strdup_printf ("Body of article %d. %s", i,
                                               "Clashes were reported near Deir ez-Zor. ");
      add (store, title, body, "Source");
    }
  sitrep_store_close (store);
  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  sqlite3_close (db);

  /* Scribble over pages in the middle, keeping the header. */
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 40000);
  for (gsize i = len * 3 / 4; i < len * 3 / 4 + 12000 && i < len; i++)
    contents[i] = (char) (i * 7);
  g_assert_true (g_file_set_contents (f->path, contents, len, NULL));

  assert_open_fails_unchanged (f->path, SITREP_STORE_ERROR_CORRUPT);

  sitrep_store_salvage (f->path, copy, &error);
  g_assert_no_error (error);
  salvaged = sitrep_store_open (copy, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_test_message ("salvaged %u of 200 articles", sitrep_store_count_articles (salvaged));
  g_assert_cmpuint (sitrep_store_count_articles (salvaged), >, 0);
  {
    g_autofree char *report = NULL;
    g_assert_true (sitrep_store_check (salvaged, &report, &error));
    g_assert_no_error (error);
  }
}

/* Builds a project at each older version with the real migration steps,
 * with rows in it, and opens it with this version. */
static void
test_migrate_every_version (Fixture       *f,
                            gconstpointer  data)
{
  for (int version = 1; version < SITREP_STORE_SCHEMA_VERSION; version++)
    {
      g_autofree char *path = g_strdup_printf ("%s/v%d.sitrep", f->dir, version);
      g_autoptr(GError) error = NULL;
      g_autoptr(SitrepStore) store = NULL;
      g_autoptr(SitrepArticle) article = NULL;
      g_autoptr(GPtrArray) hits = NULL;
      sqlite3 *db = NULL;

      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      g_assert_true (_sitrep_store_schema_create (db, version, &error));
      g_assert_no_error (error);
      /* the body's real hash: check compares them */
      g_autofree char *hash = _sitrep_store_content_hash ("Baghuz fell in March.");
      g_autofree char *insert = g_strdup_printf (
                                     "INSERT INTO sources (id, name) VALUES (1, 'CENTCOM');"
                                     "INSERT INTO articles (id, source_id, title, published,"
                                     " published_precision, status, content_hash, imported_at,"
                                     " modified_at) VALUES (7, 1, 'Old article', '2019-03-23', 3,"
                                     " 2, '%s', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z');"
                                     "INSERT INTO article_texts (article_id, body, original)"
                                     " VALUES (7, 'Baghuz fell in March.', 'Baghuz fell in March.');"
                                     "INSERT INTO articles_fts (rowid, title, body)"
                                     " VALUES (7, 'Old article', 'Baghuz fell in March.');", hash);

      g_assert_cmpint (sqlite3_exec (db, insert, NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);

      store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_cmpint (sitrep_store_get_schema_version (store), ==, SITREP_STORE_SCHEMA_VERSION);
      article = sitrep_store_get_article (store, 7, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (sitrep_article_get_title (article), ==, "Old article");
      g_assert_cmpstr (sitrep_article_get_published (article), ==, "2019-03-23");
      g_assert_cmpint (sitrep_article_get_status (article), ==, SITREP_ARTICLE_STATUS_DONE);
      hits = sitrep_store_search (store, "baghuz", 10, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (hits->len, ==, 1);
      {
        g_autofree char *report = NULL;
        g_assert_true (sitrep_store_check (store, &report, &error));
      }
    }
}

/* A project of version 9 cached an event's number of sources from its
 * claims only; opened now, an event whose evidence names a report with no
 * figure counts that report, as a new project's would. */
static void
test_migrate_sources_count (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *path = g_strdup_printf ("%s/v9-sources.sitrep", f->dir);
  g_autofree char *hash = _sitrep_store_content_hash ("Fighting in Jasim.");
  g_autofree char *insert = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(SitrepEvent) evidence_only = NULL;
  g_autoptr(SitrepEvent) claimed = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (_sitrep_store_schema_create (db, 9, &error));
  g_assert_no_error (error);
  insert = g_strdup_printf (
    "INSERT INTO articles (id, title, published, published_precision, status, content_hash,"
    " imported_at, modified_at) VALUES (7, 'Report', '2022-10-17', 3, 0, '%s',"
    " '2022-10-17T00:00:00Z', '2022-10-17T00:00:00Z');"
    "INSERT INTO article_texts (article_id, body, original)"
    " VALUES (7, 'Fighting in Jasim.', 'Fighting in Jasim.');"
    "INSERT INTO articles_fts (rowid, title, body) VALUES (7, 'Report', 'Fighting in Jasim.');"
    /* recorded from a sentence with no figure: cached as 0 sources */
    "INSERT INTO events (id, event_type, date_start, derived_sources) VALUES (1, 'Battles', '2022-10-14', 0);"
    "INSERT INTO event_evidence (event_id, article_id, start, \"end\", text)"
    " VALUES (1, 7, 0, 8, 'Fighting');"
    /* a claim with a figure from the same report: already 1, stays 1 */
    "INSERT INTO events (id, event_type, date_start, derived_sources) VALUES (2, 'Battles', '2022-10-14', 1);"
    "INSERT INTO event_evidence (event_id, article_id, start, \"end\", text)"
    " VALUES (2, 7, 0, 8, 'Fighting');"
    "INSERT INTO claims (event_id, kind, count_low, count_high, article_id)"
    " VALUES (2, 'killed', 20, 20, 7);", hash);
  g_assert_cmpint (sqlite3_exec (db, insert, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  evidence_only = sitrep_store_get_event (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sitrep_event_get_n_sources (evidence_only), ==, 1);
  claimed = sitrep_store_get_event (store, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sitrep_event_get_n_sources (claimed), ==, 1);
}

static void
test_duplicates (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (f->path, &error);
  g_autoptr(SitrepImportRecord) again = make_record ("Other title", "Same  text\nhere.", NULL);
  gint64 id, dup = 0;

  id = add (store, "Title", "Same text here.", NULL);
  g_assert_cmpint (sitrep_store_add_article (store, again, &dup, &error), ==, 0);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_DUPLICATE);
  g_assert_cmpint (dup, ==, id);
  g_assert_cmpuint (sitrep_store_count_articles (store), ==, 1);
  g_assert_cmpint (sitrep_store_find_duplicate (store, "Same text here."), ==, id);
}

static void
test_batch (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (f->path, &error);
  SitrepImportRecord *records[4];
  gint64 results[4];
  GError *errors[4] = { NULL };

  records[0] = make_record ("A", "First text.", "X");
  records[1] = make_record ("B", "Second text.", "Y");
  records[2] = make_record ("C", "First  text.", "X");   /* duplicate of the first */
  records[3] = make_record ("D", "   ", "X");            /* no text */

  g_assert_true (sitrep_store_add_articles (store, records, 4, results, errors, &error));
  g_assert_no_error (error);
  g_assert_cmpint (results[0], >, 0);
  g_assert_cmpint (results[1], >, 0);
  g_assert_cmpint (results[2], ==, -results[0]);
  g_assert_cmpint (results[3], ==, 0);
  g_assert_error (errors[3], SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_assert_cmpuint (sitrep_store_count_articles (store), ==, 2);

  for (guint i = 0; i < 4; i++)
    {
      sitrep_import_record_free (records[i]);
      g_clear_error (&errors[i]);
    }
}

static void
test_hostile_title (Fixture       *f,
                    gconstpointer  data)
{
  const char *title = "'); DROP TABLE articles; -- $(rm -rf /) `x` \"; <b>&amp;";
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (f->path, &error);
  g_autoptr(SitrepArticle) article = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  gint64 id = add (store, title, "DROP TABLE articles; SELECT * FROM sources; \" ' ( ) * NEAR",
                   "'; DELETE FROM sources; --");

  article = sitrep_store_get_article (store, id, &error);
  g_assert_cmpstr (sitrep_article_get_title (article), ==, title);
  /* Search text with FTS5 syntax in it is taken as words, never as syntax. */
  hits = sitrep_store_search (store, "DROP \"TABLE ( * NEAR AND OR", 10, &error);
  g_assert_no_error (error);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = sitrep_store_search (store, "drop table", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpuint (sitrep_store_count_articles (store), ==, 1);
}

static void
test_metadata_and_status (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (f->path, &error);
  g_autoptr(SitrepArticle) article = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  gint64 id = add (store, "Old headline", "Jasim operation text.", NULL);

  g_assert_true (sitrep_store_set_article_metadata (store, id, "New headline", "SouthFront",
                                                    "https://example.org/a", "2022-10-19",
                                                    SITREP_DATE_PRECISION_DAY, NULL, &error));
  g_assert_no_error (error);
  article = sitrep_store_get_article (store, id, &error);
  g_assert_cmpstr (sitrep_article_get_title (article), ==, "New headline");
  g_assert_cmpstr (sitrep_article_get_source (article), ==, "SouthFront");
  g_assert_cmpstr (sitrep_article_get_published (article), ==, "2022-10-19");
  g_assert_cmpint (sitrep_article_get_published_precision (article), ==, SITREP_DATE_PRECISION_DAY);
  g_clear_object (&article);

  /* The index follows the new title, and no longer finds the old one. */
  hits = sitrep_store_search (store, "headline new", 10, &error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = sitrep_store_search (store, "old", 10, &error);
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* A day-month without a year stays unknown, with its note. */
  g_assert_true (sitrep_store_set_article_metadata (store, id, "New headline", "SouthFront", NULL,
                                                    NULL, SITREP_DATE_PRECISION_UNKNOWN,
                                                    "19 October, year unknown", &error));
  article = sitrep_store_get_article (store, id, &error);
  g_assert_null (sitrep_article_get_published (article));
  g_assert_cmpint (sitrep_article_get_published_precision (article), ==,
                   SITREP_DATE_PRECISION_UNKNOWN);
  {
    g_autofree char *label = sitrep_article_dup_date_label (article);
    g_assert_cmpstr (label, ==, "19 October, year unknown");
  }
  g_clear_object (&article);

  /* Bad values are refused and change nothing. */
  g_assert_false (sitrep_store_set_article_metadata (store, id, "X", NULL, NULL, "2022-02-30",
                                                     SITREP_DATE_PRECISION_DAY, NULL, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sitrep_store_set_article_metadata (store, id, "  ", NULL, NULL, NULL,
                                                     SITREP_DATE_PRECISION_UNKNOWN, NULL, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sitrep_store_set_article_metadata (store, 999, "X", NULL, NULL, NULL,
                                                     SITREP_DATE_PRECISION_UNKNOWN, NULL, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  article = sitrep_store_get_article (store, id, &error);
  g_assert_cmpstr (sitrep_article_get_title (article), ==, "New headline");
  g_clear_object (&article);

  g_assert_true (sitrep_store_set_article_status (store, id, SITREP_ARTICLE_STATUS_IN_PROGRESS,
                                                  &error));
  article = sitrep_store_get_article (store, id, &error);
  g_assert_cmpint (sitrep_article_get_status (article), ==, SITREP_ARTICLE_STATUS_IN_PROGRESS);
}

static void
test_query_and_search (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (f->path, &error);
  SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GArray) ranges = NULL;
  g_auto(GStrv) sources = NULL;
  gint64 a, b, c;

  a = add (store, "Alpha", "Strikes on Idlib and Jabal al-Zawiya.", "SouthFront");
  b = add (store, "Beta", "An operation in Jassim, Deraa governorate.", "thecradle");
  c = add (store, "Gamma", "Café owners in Dayr az Zawr said strikes hit Idlib.", "SouthFront");
  g_assert_true (sitrep_store_set_article_status (store, b, SITREP_ARTICLE_STATUS_DONE, NULL));

  ids = sitrep_store_query_article_ids (store, &query, &error);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, c);   /* newest import first */
  g_clear_pointer (&ids, g_array_unref);

  query.status = SITREP_ARTICLE_STATUS_DONE;
  ids = sitrep_store_query_article_ids (store, &query, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, b);
  g_clear_pointer (&ids, g_array_unref);

  query.status = -1;
  query.source = "SouthFront";
  query.sort = SITREP_ARTICLE_SORT_TITLE;
  ids = sitrep_store_query_article_ids (store, &query, &error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, a);
  g_clear_pointer (&ids, g_array_unref);

  query.source = NULL;
  query.search = "idlib";
  ids = sitrep_store_query_article_ids (store, &query, &error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_clear_pointer (&ids, g_array_unref);

  /* Diacritics are folded; the last word is a prefix. */
  hits = sitrep_store_search (store, "cafe own", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_nonnull (strstr (sitrep_article_get_snippet (g_ptr_array_index (hits, 0)), "<b>Café</b>"));

  ranges = sitrep_store_get_match_ranges (store, c, "idlib", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ranges->len, ==, 2);
  /* "Café owners in Dayr az Zawr said strikes hit " is 45 code points. */
  g_assert_cmpuint (g_array_index (ranges, guint, 0), ==, 45);
  g_assert_cmpuint (g_array_index (ranges, guint, 1), ==, 50);

  /* Published within a range; a month-precision date counts when its month overlaps. */
  g_assert_true (sitrep_store_set_article_metadata (store, a, "Alpha", "SouthFront", NULL,
                                                    "2022-10-19", SITREP_DATE_PRECISION_DAY, NULL, NULL));
  g_assert_true (sitrep_store_set_article_metadata (store, b, "Beta", "thecradle", NULL,
                                                    "2022-10", SITREP_DATE_PRECISION_MONTH, NULL, NULL));
  g_assert_true (sitrep_store_set_article_metadata (store, c, "Gamma", "SouthFront", NULL,
                                                    "2021", SITREP_DATE_PRECISION_YEAR, NULL, NULL));
  {
    SitrepArticleQuery dq = SITREP_ARTICLE_QUERY_INIT;

    dq.date_from = "2022-10-01";
    dq.date_to = "2022-10-15";
    ids = sitrep_store_query_article_ids (store, &dq, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ids->len, ==, 1);
    g_assert_cmpint (g_array_index (ids, gint64, 0), ==, b);
    g_clear_pointer (&ids, g_array_unref);
    dq.date_to = "2022-10-31";
    ids = sitrep_store_query_article_ids (store, &dq, &error);
    g_assert_cmpuint (ids->len, ==, 2);
    g_clear_pointer (&ids, g_array_unref);
  }

  sources = sitrep_store_list_sources (store);
  g_assert_cmpuint (g_strv_length (sources), ==, 2);
  g_assert_cmpstr (sources[0], ==, "SouthFront");
}

static void
spin_until_items (GListModel *model,
                  guint       n)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_list_model_get_n_items (model) != n && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
test_article_list (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (f->path, &error);
  g_autoptr(SitrepArticleList) list = NULL;
  g_autoptr(SitrepArticle) first = NULL;
  guint changes = 0;
  gint64 id;

  for (int i = 0; i < 150; i++)
    {
      g_autofree char *title = g_strdup_printf ("Report %03d", i);
      g_autofree char *body = g_strdup_printf ("Report number %d from %s.", i,
                                               i % 2 ? "Raqqa" : "Hama");
      add (store, title, body, i % 3 ? "A" : "B");
    }

  list = sitrep_article_list_new (store);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &changes);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 150);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (sitrep_article_get_title (first), ==, "Report 149");
  {
    g_autoptr(SitrepArticle) last = g_list_model_get_item (G_LIST_MODEL (list), 149);
    g_assert_cmpstr (sitrep_article_get_title (last), ==, "Report 000");
    g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 150));
  }

  sitrep_article_list_set_search (list, "raqqa");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 75);
  {
    g_autoptr(SitrepArticle) hit = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_assert_nonnull (strstr (sitrep_article_get_snippet (hit), "<b>Raqqa</b>"));
  }
  sitrep_article_list_set_source_filter (list, "B");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 25);
  sitrep_article_list_set_search (list, NULL);
  sitrep_article_list_set_source_filter (list, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 150);

  /* Changes in the store reach the list by themselves. */
  id = add (store, "Newest", "A new report from Manbij.", NULL);
  spin_until_items (G_LIST_MODEL (list), 151);
  g_assert_cmpuint (sitrep_article_list_find (list, id), ==, 0);

  sitrep_article_list_set_status_filter (list, SITREP_ARTICLE_STATUS_DONE);
  spin_until_items (G_LIST_MODEL (list), 0);
  g_assert_true (sitrep_store_set_article_status (store, id, SITREP_ARTICLE_STATUS_DONE, NULL));
  spin_until_items (G_LIST_MODEL (list), 1);

  /* An update of an article in view is seen in the same object. */
  sitrep_article_list_set_status_filter (list, -1);
  g_clear_object (&first);
  first = g_list_model_get_item (G_LIST_MODEL (list), 1);
  g_assert_true (sitrep_store_set_article_metadata (store, sitrep_article_get_id (first),
                                                    "Renamed", NULL, NULL, NULL,
                                                    SITREP_DATE_PRECISION_UNKNOWN, NULL, NULL));
  g_assert_cmpstr (sitrep_article_get_title (first), ==, "Renamed");
  g_assert_cmpuint (changes, >, 0);

  g_clear_object (&first);
  g_assert_finalize_object (g_steal_pointer (&list));
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

static void
on_items_changed_record (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         GArray     *changes)
{
  Change c = { position, removed, added };

  g_array_append_val (changes, c);
}

static void
on_notify_count (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Runs the main loop for longer than a refresh waits. */
static void
spin_for (guint ms)
{
  gint64 deadline = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

/* The paged list under the article list: objects beyond the first page,
 * one refresh for a burst of changes, and only the changed range told. */
static void
test_article_list_paging (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (f->path, &error);
  g_autoptr(SitrepArticleList) list = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(SitrepArticle) kept = NULL;
  gint64 ids[150];
  guint n_notify = 0;
  Change *c;

  for (int i = 0; i < 150; i++)
    {
      g_autofree char *title = g_strdup_printf ("Report %03d", i);
      g_autofree char *body = g_strdup_printf ("Report number %d from Hama.", i);

      ids[i] = add (store, title, body, "A");
    }

  list = sitrep_article_list_new (store);
  g_assert_true (SITREP_IS_PAGED_LIST (list));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == SITREP_TYPE_ARTICLE);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_record), changes);
  g_signal_connect (list, "notify::n-items", G_CALLBACK (on_notify_count), &n_notify);

  /* Newest first; positions beyond the first page (64) load their own page. */
  for (guint pos = 0; pos < 150; pos += 37)
    {
      g_autoptr(SitrepArticle) article = g_list_model_get_item (G_LIST_MODEL (list), pos);
      g_autofree char *title = g_strdup_printf ("Report %03u", 149 - pos);

      g_assert_cmpint (sitrep_article_get_id (article), ==, ids[149 - pos]);
      g_assert_cmpstr (sitrep_article_get_title (article), ==, title);
      g_assert_cmpuint (sitrep_article_list_find (list, ids[149 - pos]), ==, pos);
    }
  {
    g_autoptr(SitrepArticle) last = g_list_model_get_item (G_LIST_MODEL (list), 149);
    g_assert_cmpstr (sitrep_article_get_title (last), ==, "Report 000");
  }
  kept = g_list_model_get_item (G_LIST_MODEL (list), 100);

  /* Two deletions in a burst: nothing until the refresh, then one change
   * that spans positions 10 to 20 and leaves the rest alone. */
  g_assert_true (sitrep_store_delete_articles (store, &ids[149 - 10], 1, &error));
  g_assert_true (sitrep_store_delete_articles (store, &ids[149 - 20], 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 150);
  spin_until_items (G_LIST_MODEL (list), 148);
  spin_for (400);
  g_assert_cmpuint (changes->len, ==, 1);
  c = &g_array_index (changes, Change, 0);
  g_assert_cmpuint (c->position, ==, 10);
  g_assert_cmpuint (c->removed, ==, 11);
  g_assert_cmpuint (c->added, ==, 9);
  g_assert_cmpuint (n_notify, ==, 1);
  g_assert_cmpuint (sitrep_article_list_find (list, ids[149 - 10]), ==, G_MAXUINT);
  g_assert_cmpuint (sitrep_article_list_find (list, ids[149 - 21]), ==, 19);

  /* Objects outside the changed range are still the ones the view holds. */
  {
    g_autoptr(SitrepArticle) again = g_list_model_get_item (G_LIST_MODEL (list), 98);
    g_assert_true (again == kept);
  }

  /* A new article: one insertion at the top. */
  g_array_set_size (changes, 0);
  add (store, "Newest", "A new report from Manbij.", "A");
  spin_until_items (G_LIST_MODEL (list), 149);
  spin_for (400);
  g_assert_cmpuint (changes->len, ==, 1);
  c = &g_array_index (changes, Change, 0);
  g_assert_cmpuint (c->position, ==, 0);
  g_assert_cmpuint (c->removed, ==, 0);
  g_assert_cmpuint (c->added, ==, 1);

  /* A new search makes every object again: the list empties, then fills. */
  g_array_set_size (changes, 0);
  sitrep_article_list_set_search (list, "hama");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 148);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpuint (g_array_index (changes, Change, 0).removed, ==, 149);
  g_assert_cmpuint (g_array_index (changes, Change, 1).added, ==, 148);
  {
    g_autoptr(SitrepArticle) hit = g_list_model_get_item (G_LIST_MODEL (list), 140);
    g_assert_nonnull (strstr (sitrep_article_get_snippet (hit), "<b>Hama</b>"));
  }

  g_clear_object (&kept);
  g_assert_finalize_object (g_steal_pointer (&list));
}

static void
test_undo_metadata (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (f->path, &error);
  g_autoptr(SitrepArticle) article = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *desc = NULL;
  gint64 id = add (store, "First title", "Clashes in Manbij.", "A");

  g_assert_null (sitrep_store_dup_undo_description (store));
  g_assert_true (sitrep_store_set_article_metadata (store, id, "Second title", "B", NULL,
                                                    "2020-08", SITREP_DATE_PRECISION_MONTH, NULL,
                                                    &error));
  g_assert_true (sitrep_store_set_article_status (store, id, SITREP_ARTICLE_STATUS_DONE, &error));
  desc = sitrep_store_dup_undo_description (store);
  g_assert_cmpstr (desc, ==, "Mark as Done");

  g_assert_true (sitrep_store_undo (store, &error));
  g_assert_true (sitrep_store_undo (store, &error));
  g_assert_no_error (error);
  article = sitrep_store_get_article (store, id, &error);
  g_assert_cmpstr (sitrep_article_get_title (article), ==, "First title");
  g_assert_cmpstr (sitrep_article_get_source (article), ==, "A");
  g_assert_null (sitrep_article_get_published (article));
  g_assert_cmpint (sitrep_article_get_status (article), ==, SITREP_ARTICLE_STATUS_NEW);
  g_clear_object (&article);
  hits = sitrep_store_search (store, "first", 10, &error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);

  g_assert_false (sitrep_store_undo (store, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (sitrep_store_redo (store, &error));
  article = sitrep_store_get_article (store, id, &error);
  g_assert_cmpstr (sitrep_article_get_title (article), ==, "Second title");
  g_assert_cmpstr (sitrep_article_get_published (article), ==, "2020-08");
  g_assert_cmpint (sitrep_article_get_status (article), ==, SITREP_ARTICLE_STATUS_NEW);
  g_clear_object (&article);
  hits = sitrep_store_search (store, "second", 10, &error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = sitrep_store_search (store, "first", 10, &error);
  g_assert_cmpuint (hits->len, ==, 0);

  /* A new edit ends the redo list. */
  g_assert_true (sitrep_store_set_article_status (store, id, SITREP_ARTICLE_STATUS_IN_PROGRESS, &error));
  g_assert_null (sitrep_store_dup_redo_description (store));
  {
    g_autofree char *report = NULL;
    g_assert_true (sitrep_store_check (store, &report, &error));
  }
}

/* Undo reaches back to this opening only, and earlier openings' history
 * does not pile up in the file. */
static void
test_undo_per_opening (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepStore *store = sitrep_store_create (f->path, &error);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 id = add (store, "A title", "Clashes in Manbij.", "A");

  g_assert_true (sitrep_store_set_article_status (store, id, SITREP_ARTICLE_STATUS_DONE, &error));
  {
    g_autofree char *desc = sitrep_store_dup_undo_description (store);

    g_assert_nonnull (desc);
  }
  g_assert_finalize_object (store);

  store = sitrep_store_open (f->path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_null (sitrep_store_dup_undo_description (store));
  g_assert_false (sitrep_store_undo (store, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_finalize_object (store);

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM journal", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* A write the database refuses is told in whole sentences: what failed,
 * then what the user can do, never "Could not <verb phrase>". */
static void
test_error_sentences (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (f->path, &error);
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "copy.sitrep", NULL);

  g_assert_no_error (error);
  add (store, "A title", "A body of text long enough to be an article.", "Example");

  g_assert_false (sitrep_store_save_coder_copy (store, missing, "amal", FALSE, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "The coder’s copy could not be written. "));
  g_assert_null (strstr (error->message, "Could not"));
  g_assert_true (g_str_has_suffix (error->message, "."));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

static void
test_store_finalizes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepStore *store = sitrep_store_create (f->path, &error);

  g_assert_no_error (error);
  g_assert_finalize_object (store);
}

/* An edit made while an import holds the project is refused at once with a sentence that
 * says why, instead of waiting five seconds for SQLite and blaming "another program"; once
 * the import is over the same edit goes through. */
typedef struct
{
  SitrepStore *store;
  GMutex mutex;
  GCond cond;
  gboolean importing;     /* the import is inside its transaction */
  gboolean edited;        /* the main thread has tried its edit */
  guint imported;
  GError *error;
} BulkRun;

static void
bulk_progress (guint    done,
               guint    total,
               gpointer user_data)
{
  BulkRun *run = user_data;

  if (done == total)
    return;
  g_mutex_lock (&run->mutex);
  run->importing = TRUE;
  g_cond_broadcast (&run->cond);
  while (!run->edited)
    g_cond_wait (&run->cond, &run->mutex);
  g_mutex_unlock (&run->mutex);
}

static gpointer
bulk_import (gpointer data)
{
  BulkRun *run = data;
  SitrepEventImport *items = g_new0 (SitrepEventImport, 300);

  for (guint i = 0; i < 300; i++)
    {
      items[i].draft = (SitrepEventDraft) SITREP_EVENT_DRAFT_INIT;
      items[i].draft.date_start = "2021-03-04";
      items[i].actor1_name = "Government of Syria";
      items[i].low_override = items[i].high_override = -1;
    }
  run->imported = sitrep_store_import_events (run->store, items, 300, bulk_progress, run, NULL,
                                              &run->error);
  g_free (items);
  return NULL;
}

static void
test_edit_during_bulk_write (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (f->path, &error);
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  BulkRun run = { 0 };
  GThread *thread;
  gint64 event, started;
  gboolean ok;

  g_assert_no_error (error);
  draft.date_start = "2021-03-01";
  event = sitrep_store_create_event (store, &draft, &error);
  g_assert_no_error (error);
  g_assert_cmpint (event, >, 0);

  run.store = store;
  g_mutex_init (&run.mutex);
  g_cond_init (&run.cond);
  thread = g_thread_new ("bulk-import", bulk_import, &run);

  g_mutex_lock (&run.mutex);
  while (!run.importing)
    g_cond_wait (&run.cond, &run.mutex);
  g_mutex_unlock (&run.mutex);

  started = g_get_monotonic_time ();
  ok = sitrep_store_set_event_type (store, event, "Battles", "Armed clash", &error);
  g_assert_false (ok);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "importing"));
  g_assert_null (strstr (error->message, "another program"));
  /* At once: SQLite's own wait would be five seconds. */
  g_assert_cmpint (g_get_monotonic_time () - started, <, 2 * G_USEC_PER_SEC);
  g_clear_error (&error);

  g_mutex_lock (&run.mutex);
  run.edited = TRUE;
  g_cond_broadcast (&run.cond);
  g_mutex_unlock (&run.mutex);
  g_thread_join (thread);
  g_assert_no_error (run.error);
  g_assert_cmpuint (run.imported, ==, 300);

  /* The refused edit left the event as it was; made again, it is saved. */
  {
    g_autoptr(SitrepEvent) before = sitrep_store_get_event (store, event, &error);

    g_assert_no_error (error);
    g_assert_null (sitrep_event_get_event_type (before));
  }
  g_assert_true (sitrep_store_set_event_type (store, event, "Battles", "Armed clash", &error));
  g_assert_no_error (error);
  {
    g_autoptr(SitrepEvent) after = sitrep_store_get_event (store, event, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (sitrep_event_get_event_type (after), ==, "Battles");
  }
  g_mutex_clear (&run.mutex);
  g_cond_clear (&run.cond);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/sitrep/store/create-and-reopen", test_create_and_reopen);
  ADD ("/sitrep/store/create-existing", test_create_existing);
  ADD ("/sitrep/store/open-not-a-project", test_open_not_a_project);
  ADD ("/sitrep/store/open-newer-schema", test_open_newer_schema);
  ADD ("/sitrep/store/open-read-only", test_open_read_only);
  ADD ("/sitrep/store/open-read-only-flag", test_open_read_only_flag);
  ADD ("/sitrep/store/open-locked", test_open_locked);
  ADD ("/sitrep/store/open-locked-other-process", test_open_locked_other_process);
  ADD ("/sitrep/store/open-corrupt-and-salvage", test_open_corrupt_and_salvage);
  ADD ("/sitrep/store/migrate-every-version", test_migrate_every_version);
  ADD ("/sitrep/store/migrate-sources-count", test_migrate_sources_count);
  ADD ("/sitrep/store/duplicates", test_duplicates);
  ADD ("/sitrep/store/batch", test_batch);
  ADD ("/sitrep/store/hostile-title", test_hostile_title);
  ADD ("/sitrep/store/metadata-and-status", test_metadata_and_status);
  ADD ("/sitrep/store/query-and-search", test_query_and_search);
  ADD ("/sitrep/store/article-list", test_article_list);
  ADD ("/sitrep/store/article-list-paging", test_article_list_paging);
  ADD ("/sitrep/store/undo-metadata", test_undo_metadata);
  ADD ("/sitrep/store/undo-per-opening", test_undo_per_opening);
  ADD ("/sitrep/store/error-sentences", test_error_sentences);
  ADD ("/sitrep/store/finalizes", test_store_finalizes);
  ADD ("/sitrep/store/edit-during-bulk-write", test_edit_during_bulk_write);

  return g_test_run ();
}

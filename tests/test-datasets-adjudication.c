/* test-datasets-adjudication.c — rejections that stay rejected, edited versions, and the schema step that keeps them
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "sitrep-adjudication.h"
#include "sitrep-store-datasets.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"
#include "sitrep-test-util.h"

static const char body[] = "A car bomb killed 12 people in Jasim on Monday, the Observatory said.";

typedef struct
{
  char        *dir;
  SitrepStore *store;
  gint64       article;
} Fixture;

static void
code (Fixture    *f,
      const char *who,
      const char *label,
      guint       start,
      guint       end)
{
  g_autoptr(GError) error = NULL;
  gint64 coder = sitrep_store_ensure_annotator (f->store, who, &error);

  g_assert_cmpint (sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, label), start, end, coder, 0,
                                                NULL, &error), >, 0);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  SitrepImportRecord record = { 0 };

  f->dir = g_dir_make_tmp ("sitrep-adjudication-XXXXXX", &error);
  path = g_build_filename (f->dir, "p.sitrep", NULL);
  f->store = sitrep_store_create (path, &error);
  g_assert_no_error (error);
  record.title = (char *) "Car bomb";
  record.body = (char *) body;
  f->article = sitrep_store_add_article (f->store, &record, NULL, &error);
  g_assert_no_error (error);
  /* Jasim agreed; the figure and the claimant disputed. */
  code (f, "ana", "Place", 31, 36);
  code (f, "bo", "Place", 31, 36);
  code (f, "ana", "Killed", 11, 27);
  code (f, "bo", "Killed", 18, 27);
  code (f, "ana", "Claimant", 48, 63);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_clear_object (&f->store);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_remove (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static guint
n_gold (Fixture *f)
{
  g_autoptr(GPtrArray) gold = sitrep_store_list_annotations (f->store, f->article,
                                                             sitrep_store_find_annotator (f->store, SITREP_ADJUDICATED_ANNOTATOR),
                                                             NULL);
  return gold->len;
}

/* A rejected stretch stays rejected when the article is adjudicated again,
 * even in a new opening of the project; undo brings it back. */
static void
test_reject_persists (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepAdjudication) first = sitrep_adjudication_start (f->store, f->article, NULL, &error);
  g_autoptr(SitrepAdjudication) again = NULL;
  g_autoptr(SitrepAdjudication) undone = NULL;
  g_autoptr(SitrepAdjudication) reopened = NULL;
  g_autofree char *path = g_strdup (sitrep_store_get_path (f->store));
  SitrepDisagreement *claimant;

  g_assert_no_error (error);
  g_assert_cmpuint (first->disagreements->len, ==, 2);
  claimant = g_ptr_array_index (first->disagreements, 1);
  g_assert_cmpuint (claimant->start, ==, 48);
  g_assert_true (sitrep_adjudication_reject (f->store, f->article, claimant, &error));
  g_assert_no_error (error);
  /* Twice is once. */
  g_assert_true (sitrep_adjudication_reject (f->store, f->article, claimant, &error));

  again = sitrep_adjudication_start (f->store, f->article, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->disagreements->len, ==, 1);
  g_assert_cmpuint (((SitrepDisagreement *) g_ptr_array_index (again->disagreements, 0))->start, ==, 11);
  g_assert_cmpuint (n_gold (f), ==, 1);

  /* The rejection is one step of the journal. */
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  undone = sitrep_adjudication_start (f->store, f->article, NULL, &error);
  g_assert_cmpuint (undone->disagreements->len, ==, 2);
  g_assert_true (sitrep_store_redo (f->store, &error));
  g_assert_no_error (error);

  /* In a new opening of the project it is still rejected. */
  g_clear_object (&f->store);
  f->store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  reopened = sitrep_adjudication_start (f->store, f->article, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reopened->disagreements->len, ==, 1);
}

/* The adjudicator moves an end and changes the label of a coder's version. */
static void
test_keep_edited (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepAdjudication) adj = sitrep_adjudication_start (f->store, f->article, NULL, &error);
  g_autoptr(SitrepAdjudication) again = NULL;
  g_autoptr(SitrepAnnotation) kept = NULL;
  SitrepDisagreement *figure = g_ptr_array_index (adj->disagreements, 0);
  SitrepVersion *ana = g_ptr_array_index (figure->versions, 0);
  gint64 id;

  g_assert_cmpstr (ana->annotator, ==, "ana");
  /* Outside the text, or empty: refused, nothing kept. */
  g_assert_cmpint (sitrep_adjudication_keep_edited (f->store, ana, 18, 500, 0, &error), ==, 0);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpint (sitrep_adjudication_keep_edited (f->store, ana, 20, 20, 0, &error), ==, 0);
  g_clear_error (&error);
  g_assert_cmpuint (n_gold (f), ==, 1);

  id = sitrep_adjudication_keep_edited (f->store, ana, 18, 20, sitrep_test_label_id (f->store, "Wounded"), &error);
  g_assert_no_error (error);
  kept = sitrep_store_get_annotation (f->store, id, &error);
  g_assert_cmpstr (sitrep_annotation_get_annotator (kept), ==, SITREP_ADJUDICATED_ANNOTATOR);
  g_assert_cmpstr (sitrep_annotation_get_label (kept), ==, "Wounded");
  g_assert_cmpstr (sitrep_annotation_get_text (kept), ==, "12");
  g_assert_cmpuint (n_gold (f), ==, 2);

  again = sitrep_adjudication_start (f->store, f->article, NULL, &error);
  g_assert_cmpuint (again->disagreements->len, ==, 1);

  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_cmpuint (n_gold (f), ==, 1);
}

/* A version 7 project gains the table and opens with its data. */
static void
test_migrate_v7 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sitrep-adjudication-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "v7.sitrep", NULL);
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GArray) rejected = NULL;
  SitrepImportRecord record = { 0 };
  gint64 article;
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (_sitrep_store_schema_create (db, 7, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db, "SELECT 1 FROM adjudication_rejections", NULL, NULL, NULL), !=, SQLITE_OK);
  sqlite3_close (db);

  store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sitrep_store_get_schema_version (store), ==, SITREP_STORE_SCHEMA_VERSION);
  record.title = (char *) "T";
  record.body = (char *) body;
  article = sitrep_store_add_article (store, &record, NULL, &error);
  g_assert_true (sitrep_store_add_adjudication_rejection (store, article, 3, 9, &error));
  g_assert_no_error (error);
  rejected = sitrep_store_list_adjudication_rejections (store, article, &error);
  g_assert_cmpuint (rejected->len, ==, 1);
  g_assert_cmpuint (g_array_index (rejected, SitrepStretch, 0).end, ==, 9);

  g_clear_object (&store);
  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sitrep/adjudication/reject-persists", Fixture, NULL, fixture_set_up, test_reject_persists,
              fixture_tear_down);
  g_test_add ("/sitrep/adjudication/keep-edited", Fixture, NULL, fixture_set_up, test_keep_edited, fixture_tear_down);
  g_test_add_func ("/sitrep/adjudication/migrate-v7", test_migrate_v7);

  return g_test_run ();
}

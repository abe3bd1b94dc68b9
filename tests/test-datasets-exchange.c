/* test-datasets-exchange.c — brat as a zip both ways and WebAnno TSV files with several layers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "sitrep-exchange.h"
#include "sitrep-store.h"

typedef struct
{
  char        *dir;
  SitrepStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sitrep-exchange-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "p.sitrep", NULL);
  f->store = sitrep_store_create (path, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (path, name, NULL);
      if (g_file_test (p, G_FILE_TEST_IS_DIR))
        remove_tree (p);
      else
        g_remove (p);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->dir);
}

static GPtrArray *
all_spans (SitrepStore *store)
{
  g_autoptr(GArray) ids = NULL;
  SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;
  GPtrArray *spans = g_ptr_array_new_with_free_func (g_object_unref);

  ids = sitrep_store_query_article_ids (store, &query, NULL);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GPtrArray) some = sitrep_store_list_annotations (store, g_array_index (ids, gint64, i), 0, NULL);
      for (guint k = 0; k < some->len; k++)
        g_ptr_array_add (spans, g_object_ref (g_ptr_array_index (some, k)));
    }
  return spans;
}

/* INCEpTION writes every layer of a project; the label is the NamedEntity
 * layer's "value" however many feature columns come before it. */
static void
test_webanno_layers (Fixture       *f,
                     gconstpointer  data)
{
  const char *tsv =
    "#FORMAT=WebAnno TSV 3.3\n"
    "#T_SP=de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS|PosValue|coarseValue\n"
    "#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value\n"
    "#T_SP=webanno.custom.Note|value\n"
    "\n\n"
    "#Text=Shelling hit Daraa .\n"
    "1-1\t0-8\tShelling\tNN\tNOUN\t_\t_\tnote\t\n"
    "1-2\t9-12\thit\tVBD\tVERB\t_\t_\t_\t\n"
    "1-3\t13-18\tDaraa\tNNP\tPROPN\t*\tPlace\t_\t\n"
    "1-4\t19-20\t.\t.\tPUNCT\t_\t_\t_\t\n";
  g_autofree char *path = g_build_filename (f->dir, "doc.tsv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) spans = NULL;
  SitrepSpansReport report = { 0 };
  SitrepAnnotation *a;

  g_assert_true (g_file_set_contents (path, tsv, -1, NULL));
  g_assert_true (sitrep_exchange_import (f->store, SITREP_EXCHANGE_WEBANNO_TSV, file, "ana", &report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.spans_added, ==, 1);
  sitrep_spans_report_clear (&report);

  spans = all_spans (f->store);
  g_assert_cmpuint (spans->len, ==, 1);
  a = g_ptr_array_index (spans, 0);
  g_assert_cmpstr (sitrep_annotation_get_label (a), ==, "Place");
  g_assert_cmpstr (sitrep_annotation_get_text (a), ==, "Daraa");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sitrep/exchange/webanno-layers", Fixture, NULL, fixture_set_up, test_webanno_layers,
              fixture_tear_down);

  return g_test_run ();
}

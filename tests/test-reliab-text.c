/* test-reliab-text.c — a project whose stored text holds bytes that are not UTF-8 (bit rot,
 * a bad copy): the story handout (PDF and PNG) and the map export still write whole, valid
 * text, with U+FFFD for the damaged bytes and nothing after them lost.
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "sitrep-figures.h"
#include "sitrep-basemap.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"
#include "sitrep-story-export.h"

static const char body[] =
  "Damascus — A bomb attack on a military bus near Damascus claimed the lives of 18 soldiers, "
  "with more than 20 others wounded. ISIS claimed the attack in a statement.";

static guint n_utf8_warnings;

static GLogWriterOutput
count_utf8_warnings (GLogLevelFlags   level,
                     const GLogField *fields,
                     gsize            n_fields,
                     gpointer         data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0 &&
        strstr (fields[i].value, "UTF-8") != NULL)
      n_utf8_warnings++;
  return g_log_writer_default (level, fields, n_fields, data);
}

static void
exec_sql (SitrepStore *store,
          const char  *sql)
{
  sqlite3 *db = _sitrep_store_lock (store, NULL);

  g_assert_true (_sitrep_store_exec (db, sql, NULL));
  _sitrep_store_unlock (store);
}

static guint
offset_of (const char *needle)
{
  return (guint) g_utf8_pointer_to_offset (body, strstr (body, needle));
}

static char *
pdf_text (const char *pdf)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *argv[] = { NULL, "-enc", "UTF-8", pdf, "-", NULL };
  char *out = NULL;
  int status;

  if (pdftotext == NULL)
    return NULL;
  argv[0] = pdftotext;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                               NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_damaged_text_in_handouts (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sitrep-reliab-text-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.sitrep", NULL);
  g_autofree char *pdf = g_build_filename (dir, "story.pdf", NULL);
  g_autofree char *png_dir = g_build_filename (dir, "png", NULL);
  g_autofree char *png = g_build_filename (png_dir, "step-001.png", NULL);
  g_autofree char *text = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (path, &error);
  SitrepStoryExportOptions options = SITREP_STORY_EXPORT_OPTIONS_INIT;
  SitrepImportRecord record = { 0 };
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  SitrepClaimDraft claim = SITREP_CLAIM_DRAFT_INIT;
  gint64 article, place, actor, event, story;
  g_autofree char *sql = NULL;
  cairo_surface_t *surface;
  guint n = 0;

  g_assert_no_error (error);
  record.title = (char *) "Bus bombing near Damascus";
  record.body = (char *) body;
  record.source = (char *) "SouthFront";
  article = sitrep_store_add_article (store, &record, NULL, &error);
  g_assert_no_error (error);
  place = sitrep_store_add_entity (store, "place", "Damascus", &error);
  actor = sitrep_store_add_entity (store, "actor", "Islamic State (ISIS)", &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("UPDATE entities SET latitude = 33.51, longitude = 36.29, admin1 = 'Damascus', "
                         "country = 'Syria' WHERE id = %" G_GINT64_FORMAT, place);
  exec_sql (store, sql);
  draft.event_type = "Explosions/Remote violence";
  draft.sub_event_type = "Remote explosive/landmine/IED";
  draft.date_start = "2021-12-31";
  draft.date_precision = 1;
  draft.place_id = place;
  draft.actor1_id = actor;
  event = sitrep_store_create_event (store, &draft, &error);
  g_assert_no_error (error);
  claim.kind = SITREP_CLAIM_KILLED;
  claim.qualifier = SITREP_QUALIFIER_EXACT;
  claim.count_low = 18;
  claim.claimant_text = "SOHR";
  claim.article_id = article;
  sitrep_store_add_claim (store, event, &claim, &error);
  g_assert_no_error (error);
  sitrep_store_add_event_evidence (store, event, article, offset_of ("claimed the lives"),
                                   offset_of (" soldiers,"), &error);
  g_assert_no_error (error);
  story = sitrep_store_create_story (store, "Winter", &error);
  g_assert_true (sitrep_store_add_story_step (store, story, event, -1, &error));
  g_assert_no_error (error);

  /* Bit rot: bytes that are no UTF-8 in the body (same length), the place,
   * the actor, the claimant, the source and the story's name. */
  exec_sql (store, "UPDATE article_texts SET body = CAST(replace(CAST(body AS BLOB), CAST('bus' AS BLOB), "
                   "x'fffe98') AS TEXT);"
                   "UPDATE article_texts SET body = CAST(replace(CAST(body AS BLOB), CAST('lives' AS BLOB), "
                   "x'6c69c376') || x'' AS TEXT);"
                   "UPDATE entities SET name = CAST(x'44616dff7363757320436974' AS TEXT) WHERE kind = 'place';"
                   "UPDATE entities SET name = CAST(x'49536953c3' AS TEXT) WHERE kind = 'actor';"
                   "UPDATE claims SET claimant_text = CAST(x'534fc052' AS TEXT);"
                   "UPDATE sources SET name = CAST(x'536f757468e046726f6e74' AS TEXT);"
                   "UPDATE stories SET name = CAST(x'57696e746572ff' AS TEXT);");

  options.pdf_path = pdf;
  options.png_dir = png_dir;
  options.png_dpi = 72;
  options.title = "Title";
  g_assert_true (sitrep_story_export (store, &options, NULL, NULL, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (n_utf8_warnings, ==, 0);

  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  text = pdf_text (pdf);
  if (text == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed: the PDF's text not read");
    }
  else
    {
      g_assert_true (g_utf8_validate (text, -1, NULL));
      /* the damaged bytes shown as U+FFFD, the text after them all there */
      g_assert_nonnull (strstr (text, "\xef\xbf\xbd"));
      g_assert_nonnull (strstr (text, "scus"));
      g_assert_nonnull (strstr (text, "soldiers, with more than 20"));
    }

  sitrep_store_close (store);
  if (g_getenv ("SITREP_TEST_KEEP") == NULL)
    {
      g_unlink (png);
      g_rmdir (png_dir);
      g_unlink (pdf);
      g_unlink (path);
      g_rmdir (dir);
    }
}

/* A scale after a scale multiplies: "ninety thousand thousand …" is far
 * past any count of people and is refused, never read as 96,000; the usual
 * compounds keep their values. */
static void
test_figure_scales (void)
{
  static const struct { const char *phrase; gint64 count; } cases[] = {
    { "ninety thousand thousand thousand thousand thousand thousand thousand people were killed", -1 },
    { "two thousand thousand people were killed", 2000000 },
    { "a hundred thousand people were killed", 100000 },
    { "twenty thousand people were killed", 20000 },
    { "one million two hundred thousand were displaced", 1200000 },
    { "three hundred and five were killed", 305 },
    { "ninety thousand thousand people were killed", 90000000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SitrepFigure f;
      gboolean ok = sitrep_figure_parse (cases[i].phrase, &f);

      g_test_message ("%s", cases[i].phrase);
      if (cases[i].count < 0)
        g_assert_false (ok);
      else
        {
          g_assert_true (ok);
          g_assert_cmpint (f.count, ==, cases[i].count);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (count_utf8_warnings, NULL, NULL);

  g_test_add_func ("/sitrep/reliab/text/damaged-text-in-handouts", test_damaged_text_in_handouts);
  g_test_add_func ("/sitrep/reliab/text/figure-scales", test_figure_scales);

  return g_test_run ();
}

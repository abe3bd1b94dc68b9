/* test-suggest-annotated.c — figures, places and dates the coder annotated by hand join the incidents Suggest proposes
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-annotation.h"
#include "sitrep-store-suggested-incidents.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-suggest-events.h"
#include "sitrep-test-util.h"

typedef SitrepTestProject Fixture;

#define REPORT \
  "An airstrike hit a market in Raqqa on 14 October 2022, killing 12 civilians.\n\n" \
  "In Jasim on 16 October 2022, the names of the dead were read out at the mosque.\n"

static gint64
annotate (Fixture    *f,
          gint64      article,
          const char *text,
          const char *label,
          const char *words,
          const char *attributes)
{
  g_autoptr(GError) error = NULL;
  guint start = sitrep_test_offset_of (text, words);
  gint64 id = sitrep_store_add_annotation (f->store, article, sitrep_test_label_id (f->store, label), start,
                                           start + (guint) g_utf8_strlen (words, -1), f->annotator, 0,
                                           attributes, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gboolean
strv_has (GStrv       strv,
          const char *str)
{
  return strv != NULL && g_strv_contains ((const char * const *) strv, str);
}

/* The coder labelled the figure Suggest would propose before pressing
 * it: that span is no suggestion (it is decided), but the incident it
 * belongs to is still proposed, with the coder's figure. Before, the
 * figure was left out as no kept member, and the incident with it. */
static void
test_labelled_figure_forms_incident (Fixture       *f,
                                     gconstpointer  data)
{
  gint64 article = sitrep_test_add_article (f->store, "Raqqa", REPORT);
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GPtrArray) list = NULL;
  SitrepProposedIncident *inc;

  annotate (f, article, REPORT, "Killed", "12 civilians", "{\"count\":12,\"qualifier\":\"exact\"}");
  stored = sitrep_test_suggest_stored (f->store, article);
  /* Not proposed again as a suggestion. */
  g_assert_null (sitrep_test_find_stored (stored, SITREP_SUGGEST_KILLED, "12 civilians"));
  list = sitrep_test_list_incidents (f->store, article);
  g_assert_cmpuint (list->len, ==, 1);
  inc = list->pdata[0];
  g_assert_cmpstr (inc->place_text, ==, "Raqqa");
  g_assert_true (strv_has (inc->figure_texts, "12 civilians"));
  g_assert_cmpstr (inc->date_start, ==, "2022-10-14");
}

/* A figure Suggest does not propose at all ("the names of the dead" is no
 * number), labelled by hand with its count: it forms an incident with the
 * place and date of its sentence like a suggested one, apart from the
 * Raqqa airstrike's. */
static void
test_hand_figure_joins (Fixture       *f,
                        gconstpointer  data)
{
  gint64 article = sitrep_test_add_article (f->store, "Raqqa", REPORT);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  gboolean found = FALSE;

  stored = sitrep_test_suggest_stored (f->store, article);
  g_assert_null (sitrep_test_find_stored (stored, SITREP_SUGGEST_KILLED, "the dead"));
  before = sitrep_test_list_incidents (f->store, article);
  g_assert_cmpuint (before->len, ==, 1);

  annotate (f, article, REPORT, "Killed", "the dead", "{\"count\":9,\"qualifier\":\"exact\"}");
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = sitrep_test_suggest_stored (f->store, article);
  list = sitrep_test_list_incidents (f->store, article);
  g_assert_cmpuint (list->len, ==, 2);
  for (guint i = 0; i < list->len; i++)
    {
      SitrepProposedIncident *inc = list->pdata[i];

      if (strv_has (inc->figure_texts, "the dead"))
        {
          g_assert_false (found);
          found = TRUE;
          g_assert_false (strv_has (inc->figure_texts, "12 civilians"));
          g_assert_cmpstr (inc->place_text, ==, "Jasim");
          g_assert_cmpstr (inc->date_start, ==, "2022-10-16");
        }
    }
  g_assert_true (found);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/suggest-annotated/labelled-figure-forms-incident", Fixture, "sitrep-annotated-XXXXXX", sitrep_test_project_set_up,
              test_labelled_figure_forms_incident, sitrep_test_project_tear_down);
  g_test_add ("/suggest-annotated/hand-figure-joins", Fixture, "sitrep-annotated-XXXXXX", sitrep_test_project_set_up,
              test_hand_figure_joins, sitrep_test_project_tear_down);

  return g_test_run ();
}

/* test-suggest-accuracy.c — the suggester on held-out misses: year-less dates, claimants that are places, acronyms and their canonical actor, Arabic kunyas, countries and world cities
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-suggest.h"
#include "sitrep-suggest-events.h"
#include "sitrep-test-util.h"

static SitrepSuggestResult *
run_at (const char          *text,
        const char          *published,
        SitrepDatePrecision  precision)
{
  g_autoptr(SitrepSuggester) suggester = sitrep_suggester_new (NULL, NULL);

  g_assert_nonnull (suggester);
  return sitrep_suggester_run (suggester, text, published, precision, NULL);
}

static const SitrepSuggestion *
find (SitrepSuggestResult *result,
      SitrepSuggestKind    kind,
      const char          *text)
{
  return sitrep_test_find_suggestion (result, kind, text);
}

/* ---------------------------------------------------------------- dates */

/* A report dated only to its month ("2016-11", from its address): a day
 * and month take the year that puts them on or before publication. */
static void
test_dates_month_published (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run_at ("Ministers met on November 17. They had met on December 5 and on October 2.", "2016-11",
            SITREP_DATE_PRECISION_MONTH);
  g_autoptr(SitrepSuggestResult) y =
    run_at ("Ministers met on November 17.", "2016", SITREP_DATE_PRECISION_YEAR);
  g_autoptr(SitrepSuggestResult) none = run_at ("Ministers met on November 17.", NULL, SITREP_DATE_PRECISION_UNKNOWN);
  const SitrepSuggestion *nov = find (r, SITREP_SUGGEST_DATE, "November 17");
  const SitrepSuggestion *dec = find (r, SITREP_SUGGEST_DATE, "December 5");
  const SitrepSuggestion *oct = find (r, SITREP_SUGGEST_DATE, "October 2");
  const SitrepSuggestion *in_year = find (y, SITREP_SUGGEST_DATE, "November 17");
  const SitrepSuggestion *unknown = find (none, SITREP_SUGGEST_DATE, "November 17");

  g_assert_nonnull (nov);
  g_assert_cmpstr (nov->date_start, ==, "2016-11-17");
  g_assert_cmpstr (nov->date_end, ==, "2016-11-17");
  g_assert_cmpint (nov->date_precision, ==, SITREP_SPAN_PRECISION_DAY);
  g_assert_nonnull (dec);
  g_assert_cmpstr (dec->date_start, ==, "2015-12-05");
  g_assert_nonnull (oct);
  g_assert_cmpstr (oct->date_start, ==, "2016-10-02");
  g_assert_nonnull (in_year);
  g_assert_cmpstr (in_year->date_start, ==, "2016-11-17");
  /* No publication date: the year stays unknown. */
  g_assert_nonnull (unknown);
  g_assert_true (unknown->year_unknown);
}

/* ---------------------------------------------------------------- claimants */

static void
test_claimants_not_places (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run_at ("Saraqib said five people were killed. The Observatory said two more died.", NULL,
            SITREP_DATE_PRECISION_UNKNOWN);

  g_assert_nonnull (find (r, SITREP_SUGGEST_PLACE, "Saraqib"));
  g_assert_null (find (r, SITREP_SUGGEST_CLAIMANT, "Saraqib"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_CLAIMANT, "Observatory"));
}

/* ---------------------------------------------------------------- persons */

static void
test_persons_arabic_kunya (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run_at ("قال أبو محمد الجولاني إن مقاتليه تقدموا. وسيطرت القوات على أبو الظهور وأبو كمال.", NULL,
            SITREP_DATE_PRECISION_UNKNOWN);

  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "أبو محمد الجولاني"));
  /* "أبو" and one word: a place ("Abu al-Duhur") as often as a person. */
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "أبو الظهور"));
  for (guint i = 0; i < r->suggestions->len; i++)
    {
      const SitrepSuggestion *s = r->suggestions->pdata[i];

      g_assert_false (s->kind == SITREP_SUGGEST_PERSON && strstr (s->text, "الظهور") != NULL);
    }
}

/* ---------------------------------------------------------------- actors in a project */

static gint64
add_article (SitrepStore *store,
             const char  *body)
{
  g_autoptr(GError) error = NULL;
  SitrepImportRecord record = { 0 };
  gint64 id;

  record.title = (char *) "Report";
  record.body = (char *) body;
  record.original = g_bytes_new_static (body, strlen (body));
  id = sitrep_store_add_article (store, &record, NULL, &error);
  g_bytes_unref (record.original);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* "ISIL" accepted as the bundled list's "IS" joins the project's IS actor;
 * once the project has an actor named "IS", "Is" opening a question is
 * still not that actor. */
static void
test_actors_acronym_alias (void)
{
  g_autofree char *dir = NULL, *path = NULL;
  g_autoptr(GError) error = NULL;
  SitrepStore *store = sitrep_test_create_project ("sitrep-acc-XXXXXX", &dir, &path);
  gint64 annotator = sitrep_store_ensure_annotator (store, "ana", &error);
  gint64 first = add_article (store, "IS fighters attacked the town. ISIL later said it held it.");
  gint64 second;
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(SitrepSuggester) suggester = sitrep_suggester_new (store, &error);
  g_autoptr(SitrepSuggester) again = NULL;
  g_autoptr(SitrepSuggestResult) result = NULL;
  SitrepSuggestReport report = { 0 };
  const char * const *aliases;

  g_assert_no_error (error);
  g_assert_true (sitrep_suggest_article (store, suggester, first, TRUE, annotator, &report, NULL, NULL, &error));
  g_assert_no_error (error);
  actors = sitrep_store_list_entities (store, "actor", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actors->len, ==, 1);
  g_assert_cmpstr (sitrep_entity_get_name (actors->pdata[0]), ==, "IS");
  aliases = sitrep_entity_get_aliases (actors->pdata[0]);
  g_assert_true (g_strv_contains (aliases, "ISIL"));

  second = add_article (store, "Is this the end? Is it over?");
  again = sitrep_suggester_new (store, &error);
  g_assert_no_error (error);
  g_assert_true (sitrep_suggest_article (store, again, second, FALSE, 0, NULL, &result, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (find (result, SITREP_SUGGEST_ACTOR, NULL));

  sitrep_test_remove_project (&store, &dir, &path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-accuracy/dates/month-published", test_dates_month_published);
  g_test_add_func ("/sitrep/suggest-accuracy/claimants/not-places", test_claimants_not_places);
  g_test_add_func ("/sitrep/suggest-accuracy/persons/arabic-kunya", test_persons_arabic_kunya);
  g_test_add_func ("/sitrep/suggest-accuracy/actors/acronym-alias", test_actors_acronym_alias);
  return g_test_run ();
}

/* test-suggest.c — the suggester's detectors, positive and negative, and suggestions kept in a project
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <sqlite3.h>

#include <glib/gstdio.h>

#include <string.h>

#include <json-glib/json-glib.h>

#include "sitrep-annotation.h"
#include "sitrep-import-record.h"
#include "sitrep-store-private.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-suggest-events.h"
#include "sitrep-suggest.h"
#include "sitrep-coding-private.h"
#include "sitrep-suggest-private.h"
#include "sitrep-suggest-spans.h"
#include "sitrep-dateparse.h"
#include "sitrep-test-util.h"

static SitrepSuggestResult *
run (const char *text,
     const char *published)
{
  return sitrep_test_suggest (text, published);
}

/* Short, for the many look-ups below. */
static const SitrepSuggestion *
find (SitrepSuggestResult *result,
      SitrepSuggestKind    kind,
      const char          *text)
{
  return sitrep_test_find_suggestion (result, kind, text);
}

static guint
count_kind (SitrepSuggestResult *result,
            gboolean (*pred) (SitrepSuggestKind))
{
  guint n = 0;

  for (guint i = 0; i < result->suggestions->len; i++)
    n += pred (((SitrepSuggestion *) result->suggestions->pdata[i])->kind);
  return n;
}

/* ---------------------------------------------------------------- figures */

static void
test_figures_verbs (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("The shelling hit the market, killing at least 12 civilians and wounding over 30 others.", NULL);
  const SitrepSuggestion *killed = find (r, SITREP_SUGGEST_KILLED, NULL);
  const SitrepSuggestion *wounded = find (r, SITREP_SUGGEST_WOUNDED, NULL);

  g_assert_nonnull (killed);
  g_assert_cmpstr (killed->text, ==, "at least 12 civilians");
  g_assert_cmpint (killed->figure.count, ==, 12);
  g_assert_cmpint (killed->figure.qualifier, ==, SITREP_QUALIFIER_AT_LEAST);
  g_assert_cmpstr (killed->victims, ==, "civilians");
  g_assert_nonnull (wounded);
  g_assert_cmpint (wounded->figure.count, ==, 30);
  g_assert_cmpint (wounded->figure.qualifier, ==, SITREP_QUALIFIER_MORE_THAN);
  g_assert_false (killed->cumulative);
  g_assert_cmpuint (r->incidents->len, ==, 1);
}

static void
test_figures_phrases (void)
{
  struct { const char *text; SitrepSuggestKind kind; gint64 count; SitrepQualifier q; } cases[] = {
    { "The attack claimed the lives of 18 soldiers.", SITREP_SUGGEST_KILLED, 18, SITREP_QUALIFIER_EXACT },
    { "The raid ended, leaving 9 fighters dead.", SITREP_SUGGEST_KILLED, 9, SITREP_QUALIFIER_EXACT },
    { "At least 20 terrorists of ISIS, including senior commanders, have been reportedly killed.",
      SITREP_SUGGEST_KILLED, 20, SITREP_QUALIFIER_AT_LEAST },
    { "Eleven soldiers were killed in the ambush.", SITREP_SUGGEST_KILLED, 11, SITREP_QUALIFIER_EXACT },
    { "Dozens of people were wounded in the blast.", SITREP_SUGGEST_WOUNDED, 12, SITREP_QUALIFIER_AT_LEAST },
    { "Between 10 and 15 people were killed.", SITREP_SUGGEST_KILLED, 10, SITREP_QUALIFIER_RANGE },
    { "At least \u0661\u0662 civilians were killed.", SITREP_SUGGEST_KILLED, 12, SITREP_QUALIFIER_AT_LEAST },
    { "Police arrested 7 suspects after the bombing.", SITREP_SUGGEST_CAPTURED, 7, SITREP_QUALIFIER_EXACT },
    { "Three aid workers are still missing.", SITREP_SUGGEST_MISSING, 3, SITREP_QUALIFIER_EXACT },
    { "The strike left twenty-one people dead.", SITREP_SUGGEST_KILLED, 21, SITREP_QUALIFIER_EXACT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SitrepSuggestResult) r = run (cases[i].text, NULL);
      const SitrepSuggestion *s = find (r, cases[i].kind, NULL);

      g_test_message ("%s", cases[i].text);
      g_assert_nonnull (s);
      g_assert_cmpint (s->figure.count, ==, cases[i].count);
      g_assert_cmpint (s->figure.qualifier, ==, cases[i].q);
    }
}

static void
test_figures_not_casualties (void)
{
  const char *texts[] = {
    "Coalition forces conducted 16 airstrikes near Raqqa on Tuesday.",
    "Government troops said 40 villages cleared of mines were reopened.",
    "The army said 3,000 fighters deployed to the front line.",
    "The operation began in 2014 and 200 vehicles took part.",
    "On October 14, 5 km from the town, the convoy stopped.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(SitrepSuggestResult) r = run (texts[i], NULL);

      g_test_message ("%s", texts[i]);
      g_assert_cmpuint (count_kind (r, sitrep_test_is_figure_kind), ==, 0);
    }
}

static void
test_figures_cumulative (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("Since 2014, more than 500 civilians have been killed in the province.", NULL);
  const SitrepSuggestion *s = find (r, SITREP_SUGGEST_KILLED, NULL);

  g_assert_nonnull (s);
  g_assert_cmpint (s->figure.count, ==, 500);
  g_assert_true (s->cumulative);
  /* A running total is not one incident. */
  g_assert_cmpuint (r->incidents->len, ==, 0);
}

/* ---------------------------------------------------------------- places */

static void
test_places_spellings (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("Troops entered Jasim in Daraa. Jassim was quiet later. \u062c\u0627\u0633\u0645 \u0645\u062f\u064a\u0646\u0629.", NULL);
  const SitrepSuggestion *a = find (r, SITREP_SUGGEST_PLACE, "Jasim");
  const SitrepSuggestion *b = find (r, SITREP_SUGGEST_PLACE, "Jassim");
  const SitrepSuggestion *c = find (r, SITREP_SUGGEST_PLACE, "\u062c\u0627\u0633\u0645");

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_assert_cmpint (a->geonameid, ==, 165997);
  g_assert_cmpint (b->geonameid, ==, 165997);
  g_assert_cmpint (c->geonameid, ==, 165997);
  g_assert_cmpfloat_with_epsilon (a->latitude, 32.99, 0.01);
  g_assert_false (a->doubtful);
}

/* A long report: every place of every stretch read in its own context,
 * every figure tied to an incident (the suggester reads long texts by
 * stretches and paragraphs, not as a whole per place). */
static void
test_long_text (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(SitrepSuggestResult) r = NULL;
  guint n_places = 0, n_figures = 0;
  const guint n = 300;

  for (guint i = 0; i < n; i++)
    g_string_append (text, "Troops entered Jasim in Daraa. Shelling killed 12 civilians there.\n\n");
  g_assert_cmpuint (text->len, >, 16 * 1024);
  r = run (text->str, NULL);
  for (guint i = 0; i < r->suggestions->len; i++)
    {
      const SitrepSuggestion *s = r->suggestions->pdata[i];

      if (s->kind == SITREP_SUGGEST_PLACE && g_strcmp0 (s->text, "Jasim") == 0)
        {
          g_assert_cmpint (s->geonameid, ==, 165997);
          n_places++;
        }
      else if (s->kind == SITREP_SUGGEST_KILLED)
        {
          g_assert_cmpint (s->figure.low, ==, 12);
          g_assert_cmpint (s->incident, >=, 0);
          g_assert_cmpint (s->incident, <, (int) r->incidents->len);
          n_figures++;
        }
    }
  g_assert_cmpuint (n_places, ==, n);
  g_assert_cmpuint (n_figures, ==, n);
}

/* Two results are the same, field by field (what the context decides:
 * where a place is, how sure, which candidate). */
static void
assert_same_result (SitrepSuggestResult *a,
                    SitrepSuggestResult *b)
{
  g_assert_cmpuint (a->suggestions->len, ==, b->suggestions->len);
  for (guint i = 0; i < a->suggestions->len; i++)
    {
      const SitrepSuggestion *x = a->suggestions->pdata[i], *y = b->suggestions->pdata[i];

      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpuint (x->byte_start, ==, y->byte_start);
      g_assert_cmpstr (x->text, ==, y->text);
      g_assert_cmpint (x->geonameid, ==, y->geonameid);
      g_assert_true ((isnan (x->latitude) && isnan (y->latitude)) || x->latitude == y->latitude);
      g_assert_true ((isnan (x->longitude) && isnan (y->longitude)) || x->longitude == y->longitude);
      g_assert_cmpfloat (x->score, ==, y->score);
      g_assert_cmpint (x->doubtful, ==, y->doubtful);
      g_assert_cmpstr (x->country, ==, y->country);
      g_assert_cmpstr (x->entity_name, ==, y->entity_name);
    }
}

/* The suggester keeps its places' context from text to text, emptied for
 * each: what one text names never ranks the places of the next. Texts
 * naming Salamiyah with Hama and without, a long text (read in stretches,
 * its context grown past what is kept) between them, through one
 * suggester, give what a new suggester gives for each. */
static void
test_context_kept (void)
{
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(SitrepSuggester) kept = sitrep_suggester_new (NULL, NULL);
  const char *texts[] = {
    "Troops entered Salamiyah near Hama.",
    "Troops entered Salamiyah.",
    NULL,
    "Troops entered Salamiyah.",
    "Troops entered Salamiyah near Hama.",
    "Troops entered Salamiyah.",
  };

  /* Words the context keeps, many of them, in stretches. */
  for (guint i = 0; long_text->len < 64 * 1024; i++)
    g_string_append_printf (long_text, "Troops of Q%c%c%c entered Jasim in Daraa. ", 'a' + i % 26, 'a' + i / 26 % 26,
                            'a' + i / 676 % 26);
  texts[2] = long_text->str;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(SitrepSuggestResult) r = sitrep_suggester_run (kept, texts[i], NULL, SITREP_DATE_PRECISION_UNKNOWN, NULL);
      g_autoptr(SitrepSuggestResult) fresh = run (texts[i], NULL);

      assert_same_result (r, fresh);
    }
  /* Hama in the first text does move Salamiyah: a context left over would show. */
  {
    g_autoptr(SitrepSuggestResult) a = run (texts[0], NULL);
    g_autoptr(SitrepSuggestResult) b = run (texts[1], NULL);
    const SitrepSuggestion *ja = find (a, SITREP_SUGGEST_PLACE, "Salamiyah");
    const SitrepSuggestion *jb = find (b, SITREP_SUGGEST_PLACE, "Salamiyah");

    g_assert_nonnull (ja);
    g_assert_nonnull (jb);
    g_test_message ("with Hama %" G_GINT64_FORMAT " %g %d, without %" G_GINT64_FORMAT " %g %d",
                    ja->geonameid, ja->score, ja->doubtful, jb->geonameid, jb->score, jb->doubtful);
    g_assert_true (ja->geonameid != jb->geonameid || ja->score != jb->score || ja->doubtful != jb->doubtful);
  }
}

static void
test_places_common_word (void)
{
  g_autoptr(SitrepSuggestResult) r1 = run ("Hit by shelling, the houses burned. Heavy clashes erupted in Hit, in Anbar.", NULL);
  guint n_hit = 0;

  for (guint i = 0; i < r1->suggestions->len; i++)
    {
      const SitrepSuggestion *s = r1->suggestions->pdata[i];

      if (s->kind == SITREP_SUGGEST_PLACE && g_strcmp0 (s->text, "Hit") == 0)
        {
          n_hit++;
          /* Only the second: the town in Anbar. */
          g_assert_cmpuint (s->start, >, 10);
          g_assert_cmpfloat_with_epsilon (s->latitude, 33.64, 0.01);
        }
    }
  g_assert_cmpuint (n_hit, ==, 1);
}

static void
test_places_unplaced (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("Militants attacked the town of Zaghrabiyeh, then Qurnashiyeh village, the Omar oil field and "
         "positions near Xantheriyeh.", NULL);
  const SitrepSuggestion *a = find (r, SITREP_SUGGEST_PLACE, "Zaghrabiyeh");
  const SitrepSuggestion *b = find (r, SITREP_SUGGEST_PLACE, "Qurnashiyeh");
  const SitrepSuggestion *c = find (r, SITREP_SUGGEST_PLACE, "Omar oil field");
  const SitrepSuggestion *d = find (r, SITREP_SUGGEST_PLACE, "Xantheriyeh");

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_assert_nonnull (d);
  g_assert_true (isnan (a->latitude) || a->doubtful);
  g_assert_true (isnan (d->latitude) || d->doubtful);
  /* Month names and sentence openings are no places. */
  g_assert_null (find (r, SITREP_SUGGEST_PLACE, "Militants"));
}

/* ---------------------------------------------------------------- actors and persons */

static void
test_actors (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("Daesh fighters attacked positions held by the SDF. The Syrian Arab Army and Kurdish forces "
         "responded. Is that the end?", NULL);
  const SitrepSuggestion *daesh = find (r, SITREP_SUGGEST_ACTOR, "Daesh");
  const SitrepSuggestion *sdf = find (r, SITREP_SUGGEST_ACTOR, "SDF");
  const SitrepSuggestion *saa = find (r, SITREP_SUGGEST_ACTOR, "Syrian Arab Army");

  g_assert_nonnull (daesh);
  g_assert_cmpstr (daesh->entity_name, ==, "IS");
  g_assert_cmpstr (daesh->actor_type, ==, "rebel_group");
  g_assert_nonnull (sdf);
  g_assert_nonnull (saa);
  g_assert_cmpstr (saa->entity_name, ==, "Government of Syria");
  g_assert_cmpstr (saa->actor_type, ==, "state_forces");
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Kurdish forces"));
  /* "Is" opening a question is not the Islamic State. */
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "Is"));
}

/* Names whose first token is an article ("Al Qaeda": its key leaves the
 * article out), an acronym known only as written ("IS", whose lower-case
 * word is in no name), and a name of three words: found whichever way the
 * actor detector skips words that start no name. */
static void
test_actors_first_words (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("IS fighters attacked the town. Al Qaeda denied it. The Syrian Democratic Forces advanced.", NULL);
  const SitrepSuggestion *is = find (r, SITREP_SUGGEST_ACTOR, "IS");
  const SitrepSuggestion *aq = find (r, SITREP_SUGGEST_ACTOR, "Al Qaeda");
  const SitrepSuggestion *sdf = find (r, SITREP_SUGGEST_ACTOR, "Syrian Democratic Forces");

  g_assert_nonnull (is);
  g_assert_cmpstr (is->entity_name, ==, "IS");
  g_assert_nonnull (aq);
  g_assert_cmpstr (aq->entity_name, ==, "al-Qaida");
  g_assert_nonnull (sdf);
  g_assert_cmpstr (sdf->entity_name, ==, "SDF");
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "The"));
}

static void
test_persons (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("Maj. Gen. Oleg Yegorov said senior commander Abu Abdul Rahman al-Iraqi was killed with "
         "Abu Khaled al-Adelbi.", NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Oleg Yegorov"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Abu Abdul Rahman al-Iraqi"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Abu Khaled al-Adelbi"));
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Gen"));
}

/* ---------------------------------------------------------------- claimants */

static void
test_claimants (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("At least 5 civilians were killed, according to the Syrian Observatory for Human Rights. "
         "The Russian Coordination Center said 20 militants were killed. "
         "In a statement released by the Ministry of Defence, 3 soldiers were wounded.", NULL);
  const SitrepSuggestion *a = find (r, SITREP_SUGGEST_CLAIMANT, "Syrian Observatory for Human Rights");
  const SitrepSuggestion *b = find (r, SITREP_SUGGEST_CLAIMANT, "Russian Coordination Center");
  const SitrepSuggestion *c = find (r, SITREP_SUGGEST_CLAIMANT, "Ministry of Defence");
  const SitrepSuggestion *fig = find (r, SITREP_SUGGEST_KILLED, "At least 5 civilians");

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_assert_nonnull (fig);
  g_assert_cmpint (fig->claimant, >=, 0);
  g_assert_true (r->suggestions->pdata[fig->claimant] == a);
}

/* ---------------------------------------------------------------- dates */

static void
test_dates (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("The operation began on October 14. On Saturday troops entered. Two days ago a bomb went off; "
         "early last month the siege began.", "2022-10-19");
  const SitrepSuggestion *a = find (r, SITREP_SUGGEST_DATE, "October 14");
  const SitrepSuggestion *b = NULL;

  g_assert_nonnull (a);
  g_assert_cmpstr (a->date_start, ==, "2022-10-14");
  for (guint i = 0; i < r->suggestions->len; i++)
    {
      const SitrepSuggestion *s = r->suggestions->pdata[i];
      if (s->kind == SITREP_SUGGEST_DATE && g_str_has_suffix (s->text, "Saturday"))
        b = s;
    }
  g_assert_nonnull (b);
  g_assert_cmpstr (b->date_start, ==, "2022-10-15");
  g_assert_nonnull (find (r, SITREP_SUGGEST_DATE, "Two days ago"));
  g_assert_cmpstr (find (r, SITREP_SUGGEST_DATE, "Two days ago")->date_start, ==, "2022-10-17");
  g_assert_nonnull (find (r, SITREP_SUGGEST_DATE, "early last month"));
}

static void
test_dates_year_unknown (void)
{
  g_autoptr(SitrepSuggestResult) r = run ("The bombing on October 13 killed 18 soldiers.", NULL);
  const SitrepSuggestion *d = find (r, SITREP_SUGGEST_DATE, "October 13");

  g_assert_nonnull (d);
  g_assert_true (d->year_unknown);
  g_assert_cmpstr (d->date_start, ==, "--10-13");
  g_assert_true (sitrep_suggest_dates_close ("--10-13", "2022-10-14", 3));
  g_assert_false (sitrep_suggest_dates_close ("--10-13", "2022-11-14", 3));
}

/* sitrep_suggest_dates_close () reads "YYYY-MM-DD" and "--MM-DD" by hand,
 * and any other form as sscanf () does: both give the same days. */
static void
test_dates_close_forms (void)
{
  /* Across a month's and a year's end, by the full dates' days. */
  g_assert_true (sitrep_suggest_dates_close ("2022-02-27", "2022-03-01", 2));
  g_assert_false (sitrep_suggest_dates_close ("2022-02-26", "2022-03-01", 2));
  g_assert_true (sitrep_suggest_dates_close ("2021-12-31", "2022-01-02", 2));
  g_assert_false (sitrep_suggest_dates_close ("2021-12-30", "2022-01-02", 2));
  g_assert_false (sitrep_suggest_dates_close ("1922-01-01", "2022-01-01", 3));
  /* Year-less days against year-less days. */
  g_assert_true (sitrep_suggest_dates_close ("--03-01", "--03-03", 2));
  g_assert_false (sitrep_suggest_dates_close ("--03-01", "--03-05", 2));
  /* Not a day: compared as strings (a month is close to its days). */
  g_assert_true (sitrep_suggest_dates_close ("2022-03", "2022-03-15", 2));
  g_assert_false (sitrep_suggest_dates_close ("2022-02-30", "2022-03-01", 5));
  /* A form only sscanf () reads ("%4d-%2d-%2d" of ten bytes): still a day. */
  g_assert_true (sitrep_suggest_dates_close ("2022-3-1xx", "2022-03-02", 1));
  g_assert_false (sitrep_suggest_dates_close ("2022-3-1xx", "2022-03-04", 1));
}

/* Arabic days in words before a Levantine month of two words, with the
 * month's other name after a slash, and "من شهر" between. */
static void
test_dates_arabic_words (void)
{
  g_autoptr(SitrepSuggestResult) r = run ("وفي السابع عشر من تشرين الثاني/نوفمبر، قتل جنديان.", NULL);
  g_autoptr(SitrepSuggestResult) r2 = run ("وقع الهجوم في الحادي والعشرين من شهر كانون الثاني، وقتل فيه ثلاثة.", NULL);
  g_autoptr(SitrepSuggestResult) r3 = run ("وصل الفوج الثاني إلى البلدة في 3 آذار.", NULL);
  const SitrepSuggestion *d = find (r, SITREP_SUGGEST_DATE, "السابع عشر من تشرين الثاني");
  const SitrepSuggestion *d2 = find (r2, SITREP_SUGGEST_DATE, "الحادي والعشرين من شهر كانون الثاني");

  g_assert_nonnull (d);
  g_assert_cmpstr (d->date_start, ==, "--11-17");
  g_assert_nonnull (d2);
  g_assert_cmpstr (d2->date_start, ==, "--01-21");
  /* "the second regiment" is no day: the date is the 3rd of March alone */
  g_assert_nonnull (find (r3, SITREP_SUGGEST_DATE, "3 آذار"));
  g_assert_null (find (r3, SITREP_SUGGEST_DATE, "الثاني إلى البلدة في 3 آذار"));
}

/* ---------------------------------------------------------------- the project */

typedef struct
{
  char *dir;
  char *path;
  SitrepStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sitrep-suggest-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "p.sitrep", NULL);
  f->store = sitrep_store_create (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
add_article (SitrepStore *store,
             const char  *title,
             const char  *body)
{
  g_autoptr(GError) error = NULL;
  SitrepImportRecord record = { 0 };
  gint64 id;

  record.title = (char *) title;
  record.body = (char *) body;
  record.original = g_bytes_new_static (body, strlen (body));
  id = sitrep_store_add_article (store, &record, NULL, &error);
  g_bytes_unref (record.original);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static SitrepStoredSuggestion *
pending (GPtrArray         *list,
         SitrepSuggestKind  kind,
         const char        *text)
{
  for (guint i = 0; i < list->len; i++)
    {
      SitrepStoredSuggestion *s = list->pdata[i];
      if (s->kind == kind && g_strcmp0 (s->text, text) == 0)
        return s;
    }
  return NULL;
}

static void
suggest_into (Fixture *f,
              gint64   article)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepSuggester) suggester = sitrep_suggester_new (f->store, &error);
  SitrepSuggestReport report = { 0 };

  g_assert_no_error (error);
  g_assert_true (sitrep_suggest_article (f->store, suggester, article, FALSE, 0, &report, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* The project's own actors and persons, under their names and aliases
 * (words of no bundled name): each found and linked to its entity. */
static void
test_store_project_names (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 article = add_article (f->store, "Clashes",
                                "Fighters of Liwa Zulfiqar Tahir clashed with the Brigade of Tahir. "
                                "Commander Zafer Kobani said two were killed.");
  gint64 actor = sitrep_store_add_entity (f->store, "actor", "Liwa Zulfiqar Tahir", &error);
  gint64 person;
  SitrepStoredSuggestion *s;

  g_assert_no_error (error);
  g_assert_true (sitrep_store_add_alias (f->store, actor, "Brigade of Tahir", &error));
  g_assert_no_error (error);
  person = sitrep_store_add_entity (f->store, "person", "Zafer Kobani", &error);
  g_assert_no_error (error);

  suggest_into (f, article);
  list = sitrep_store_list_suggestions (f->store, article, &error);
  g_assert_no_error (error);
  s = pending (list, SITREP_SUGGEST_ACTOR, "Liwa Zulfiqar Tahir");
  g_assert_nonnull (s);
  g_assert_cmpint (s->entity_id, ==, actor);
  s = pending (list, SITREP_SUGGEST_ACTOR, "Brigade of Tahir");
  g_assert_nonnull (s);
  g_assert_cmpint (s->entity_id, ==, actor);
  s = pending (list, SITREP_SUGGEST_PERSON, "Zafer Kobani");
  g_assert_nonnull (s);
  g_assert_cmpint (s->entity_id, ==, person);
}

/* A word that starts one project name and stands inside many others:
 * the name it starts is still found from it, whichever of the names the
 * suggester reads first (the names are a hash table's: with eight names
 * holding each word inside and three such words, a word taken for "only
 * inside" by the order of reading would be missed). */
static void
test_store_name_first_words (Fixture       *f,
                             gconstpointer  data)
{
  static const char * const words[] = { "Zorblax", "Qelvin", "Drummet" };
  static const char * const before[] = { "Liwa", "Jaysh", "Harakat", "Kataib", "Saraya", "Ansar", "Faylaq", "Tajammu" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  gint64 starts[G_N_ELEMENTS (words)];
  gint64 article;

  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    {
      g_autofree char *name = g_strdup_printf ("%s Tamarind Oslek", words[w]);

      for (guint b = 0; b < G_N_ELEMENTS (before); b++)
        {
          g_autofree char *inside = g_strdup_printf ("%s %s Nadir", before[b], words[w]);

          sitrep_store_add_entity (f->store, "actor", inside, &error);
          g_assert_no_error (error);
        }
      starts[w] = sitrep_store_add_entity (f->store, "actor", name, &error);
      g_assert_no_error (error);
      g_string_append_printf (body, "Members of the %s met on Monday. ", name);
    }
  article = add_article (f->store, "Clashes", body->str);
  suggest_into (f, article);
  list = sitrep_store_list_suggestions (f->store, article, &error);
  g_assert_no_error (error);
  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    {
      g_autofree char *name = g_strdup_printf ("%s Tamarind Oslek", words[w]);
      SitrepStoredSuggestion *s = pending (list, SITREP_SUGGEST_ACTOR, name);

      g_test_message ("%s", name);
      g_assert_nonnull (s);
      g_assert_cmpint (s->entity_id, ==, starts[w]);
    }
}

/* A project's own place, a name no gazetteer has, is found under its
 * name; a project without places asks its names for none. */
static void
test_store_project_place (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 article = add_article (f->store, "Shelling",
                                "Shelling hit Jasim Zelbahiyya on Monday, and Zorblax Front fighters withdrew.");
  gint64 place = sitrep_test_add_place (f->store, "Jasim Zelbahiyya", 35.1, 36.7, "Hama");
  gint64 actor = sitrep_store_add_entity (f->store, "actor", "Zorblax Front", &error);
  SitrepStoredSuggestion *s;

  g_assert_no_error (error);
  suggest_into (f, article);
  list = sitrep_store_list_suggestions (f->store, article, &error);
  g_assert_no_error (error);
  s = pending (list, SITREP_SUGGEST_PLACE, "Jasim Zelbahiyya");
  g_assert_nonnull (s);
  g_assert_cmpint (s->entity_id, ==, place);
  /* An actor is no place. */
  g_assert_null (pending (list, SITREP_SUGGEST_PLACE, "Zorblax Front"));
  s = pending (list, SITREP_SUGGEST_ACTOR, "Zorblax Front");
  g_assert_nonnull (s);
  g_assert_cmpint (s->entity_id, ==, actor);
}

static void
test_store_accept_reject_undo (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  gint64 article = add_article (f->store, "Raid",
                                "Troops entered Jasim on Tuesday, killing at least 12 civilians.");
  gint64 annotator = sitrep_store_ensure_annotator (f->store, "ana", &error);
  SitrepStoredSuggestion *place, *killed;
  gint64 annotation;

  suggest_into (f, article);
  list = sitrep_store_list_suggestions (f->store, article, &error);
  g_assert_no_error (error);
  place = pending (list, SITREP_SUGGEST_PLACE, "Jasim");
  killed = pending (list, SITREP_SUGGEST_KILLED, "at least 12 civilians");
  g_assert_nonnull (place);
  g_assert_nonnull (killed);

  /* Accept: an annotation of the annotator, with its figure, linked to a placed entity. */
  annotation = sitrep_store_accept_suggestion (f->store, killed->id, annotator, &error);
  g_assert_no_error (error);
  g_assert_cmpint (annotation, >, 0);
  {
    g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (f->store, annotation, &error);
    g_assert_cmpstr (sitrep_annotation_get_label (a), ==, "Killed");
    g_assert_cmpint (sitrep_annotation_get_annotator_id (a), ==, annotator);
    g_assert_nonnull (strstr (sitrep_annotation_get_attributes (a), "\"count\":12"));
  }
  annotation = sitrep_store_accept_suggestion (f->store, place->id, annotator, &error);
  g_assert_no_error (error);
  {
    g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (f->store, annotation, &error);
    g_autoptr(SitrepEntity) e = sitrep_store_get_entity (f->store, sitrep_annotation_get_entity_id (a), &error);
    g_assert_nonnull (e);
    g_assert_cmpfloat_with_epsilon (sitrep_entity_get_latitude (e), 32.99, 0.01);
  }
  g_assert_cmpuint (sitrep_store_count_suggestions (f->store, article, NULL), ==, list->len - 2);

  /* Undo the place's accept: the suggestion is pending again, the annotation gone. */
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  again = sitrep_store_list_suggestions (f->store, article, &error);
  g_assert_nonnull (pending (again, SITREP_SUGGEST_PLACE, "Jasim"));
  annotations = sitrep_store_list_annotations (f->store, article, 0, &error);
  g_assert_cmpuint (annotations->len, ==, 1);

  /* Reject: not proposed again on the next Suggest. */
  g_assert_true (sitrep_store_reject_suggestion (f->store, pending (again, SITREP_SUGGEST_PLACE, "Jasim")->id, &error));
  g_assert_no_error (error);
  suggest_into (f, article);
  g_clear_pointer (&again, g_ptr_array_unref);
  again = sitrep_store_list_suggestions (f->store, article, &error);
  g_assert_null (pending (again, SITREP_SUGGEST_PLACE, "Jasim"));
  /* The accepted figure is not proposed again either. */
  g_assert_null (pending (again, SITREP_SUGGEST_KILLED, "at least 12 civilians"));
  /* Another spelling of the rejected name in another article is not proposed. */
  {
    gint64 other = add_article (f->store, "Other", "Shelling hit Jassim on Monday.");
    g_autoptr(GPtrArray) more = NULL;

    suggest_into (f, other);
    more = sitrep_store_list_suggestions (f->store, other, &error);
    g_assert_null (pending (more, SITREP_SUGGEST_PLACE, "Jassim"));
  }
}

static void
test_store_learned_place (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) later = NULL;
  g_autoptr(SitrepSuggester) suggester = NULL;
  gint64 article = add_article (f->store, "One", "Clashes were reported in Hit, in Anbar.");
  gint64 annotator = sitrep_store_ensure_annotator (f->store, "ana", &error);
  gint64 second;
  sqlite3 *db;

  suggest_into (f, article);
  list = sitrep_store_list_suggestions (f->store, article, &error);
  g_assert_nonnull (pending (list, SITREP_SUGGEST_PLACE, "Hit"));
  /* The coder moves the resolution: what they accepted is what comes next time. */
  db = _sitrep_store_lock (f->store, &error);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE suggestions SET latitude = 33.70, longitude = 42.90 WHERE text = 'Hit'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  _sitrep_store_unlock (f->store);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = sitrep_store_list_suggestions (f->store, article, &error);
  g_assert_cmpint (sitrep_store_accept_suggestion (f->store, pending (list, SITREP_SUGGEST_PLACE, "Hit")->id,
                                                   annotator, &error), >, 0);
  second = add_article (f->store, "Two", "Mortar fire fell in Hit again.");
  suggest_into (f, second);
  later = sitrep_store_list_suggestions (f->store, second, &error);
  g_assert_nonnull (pending (later, SITREP_SUGGEST_PLACE, "Hit"));
  g_assert_cmpfloat_with_epsilon (pending (later, SITREP_SUGGEST_PLACE, "Hit")->latitude, 33.70, 0.001);
  (void) suggester;
}

/* A project of the schema before suggestions opens with them and takes suggestions. */
static void
test_store_migrate_v3 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sitrep-suggest-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "old.sitrep", NULL);
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GPtrArray) list = NULL;
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (_sitrep_store_schema_create (db, SITREP_STORE_SCHEMA_VERSION - 1, &error));
  g_assert_no_error (error);
  sqlite3_close (db);

  store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sitrep_store_get_schema_version (store), ==, SITREP_STORE_SCHEMA_VERSION);
  {
    gint64 id = add_article (store, "T", "Fighting in Jasim left 4 soldiers dead.");
    g_autoptr(SitrepSuggester) suggester = sitrep_suggester_new (store, &error);

    g_assert_true (sitrep_suggest_article (store, suggester, id, FALSE, 0, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    list = sitrep_store_list_suggestions (store, id, &error);
    g_assert_nonnull (pending (list, SITREP_SUGGEST_KILLED, "4 soldiers"));
  }
  g_clear_object (&store);
  g_unlink (path);
  g_rmdir (dir);
}

/* The attributes as json-glib writes them: what the store kept before it
 * wrote them by hand, the reference they must equal byte for byte. */
static char *
reference_attributes (const SitrepSuggestion *s)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  gboolean figure = s->kind == SITREP_SUGGEST_KILLED || s->kind == SITREP_SUGGEST_WOUNDED ||
                    s->kind == SITREP_SUGGEST_CAPTURED || s->kind == SITREP_SUGGEST_MISSING;

  if (!figure && !(s->kind == SITREP_SUGGEST_DATE && s->date_start != NULL) &&
      !(s->kind == SITREP_SUGGEST_PLACE && !isnan (s->latitude)))
    return NULL;
  json_builder_begin_object (b);
  if (s->kind == SITREP_SUGGEST_PLACE)
    {
      static const char * const scopes[] = { "place", "region", "country" };

      json_builder_set_member_name (b, "precision");
      json_builder_add_string_value (b, scopes[s->scope]);
      json_builder_set_member_name (b, "doubtful");
      json_builder_add_boolean_value (b, s->doubtful);
    }
  else if (figure)
    {
      json_builder_set_member_name (b, "count");
      json_builder_add_int_value (b, s->figure.count);
      json_builder_set_member_name (b, "qualifier");
      json_builder_add_string_value (b, sitrep_qualifier_to_string (s->figure.qualifier));
      if (s->figure.high != s->figure.low)
        {
          json_builder_set_member_name (b, "low");
          json_builder_add_int_value (b, s->figure.low);
          json_builder_set_member_name (b, "high");
          json_builder_add_int_value (b, s->figure.high);
        }
      if (s->kind == SITREP_SUGGEST_MISSING)
        {
          json_builder_set_member_name (b, "missing");
          json_builder_add_boolean_value (b, TRUE);
        }
      if (s->cumulative)
        {
          json_builder_set_member_name (b, "cumulative");
          json_builder_add_boolean_value (b, TRUE);
        }
      if (s->victims != NULL)
        {
          json_builder_set_member_name (b, "victims");
          json_builder_add_string_value (b, s->victims);
        }
    }
  else
    {
      json_builder_set_member_name (b, "date");
      json_builder_add_string_value (b, s->date_start);
      if (s->date_end != NULL && g_strcmp0 (s->date_end, s->date_start) != 0)
        {
          json_builder_set_member_name (b, "date_end");
          json_builder_add_string_value (b, s->date_end);
        }
      json_builder_set_member_name (b, "precision");
      json_builder_add_string_value (b, sitrep_span_precision_to_string (s->date_precision));
      json_builder_set_member_name (b, "year_unknown");
      json_builder_add_boolean_value (b, s->year_unknown);
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, s->text);
    }
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  return json_to_string (root, FALSE);
}

static SitrepSuggestion *
made_suggestion (guint i)
{
  static const char * const victims[] = { "civilians", "\"fighters\"", "مدنيين", "a\tb\\c", NULL };
  static const SitrepSuggestKind kinds[] = {
    SITREP_SUGGEST_PLACE, SITREP_SUGGEST_KILLED, SITREP_SUGGEST_DATE, SITREP_SUGGEST_ACTOR,
    SITREP_SUGGEST_WOUNDED, SITREP_SUGGEST_MISSING, SITREP_SUGGEST_CLAIMANT, SITREP_SUGGEST_CAPTURED,
  };
  SitrepSuggestion *s = g_new0 (SitrepSuggestion, 1);

  s->kind = kinds[i % G_N_ELEMENTS (kinds)];
  s->start = i * 10;
  s->end = i * 10 + 7;
  s->byte_start = s->start;
  s->byte_end = s->end;
  s->text = i % 9 == 4 ? g_strdup_printf ("“%u” \"quoted\"\n", i) : g_strdup_printf ("Span %u", i);
  s->score = (i % 10) / 10.0;
  s->latitude = i % 3 == 0 ? 33.0 + i / 100.0 : NAN;
  s->longitude = i % 3 == 0 ? 36.0 + i / 100.0 : NAN;
  s->geonameid = i % 3 == 0 ? 1000 + i : 0;
  /* Placed places (every 24th): each scope, doubtful or not. */
  s->scope = (i / 24) % 3;
  s->doubtful = (i / 24) % 2 == 1;
  s->entity_name = i % 2 == 0 ? g_strdup_printf ("Entity %u", i) : NULL;
  s->figure.count = s->figure.low = i;
  s->figure.high = i % 4 == 0 ? i + 5 : i;
  s->figure.qualifier = i % 5;
  s->cumulative = i % 6 == 0;
  s->victims = g_strdup (victims[i % 5]);
  s->claimant = -1;
  if (s->kind == SITREP_SUGGEST_DATE && i % 4 != 2)
    {
      s->date_start = g_strdup_printf ("2022-10-%02u", 1 + i % 28);
      s->date_end = i % 5 == 0 ? g_strdup ("2022-10-30") : NULL;
      s->date_precision = SITREP_SPAN_PRECISION_DAY;
      s->year_unknown = i % 7 == 0;
    }
  s->incident = i % 4 == 0 ? (int) (i / 4) : -1;
  return s;
}

/* A save of many suggestions (rows inserted by the batch and one by one)
 * keeps each one as it was made: every column, attributes as json-glib
 * writes them, in order, none of those decided before. */
static void
test_store_save_many (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) again = NULL;
  SitrepSuggestResult result = { g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_suggestion_free),
                                 g_ptr_array_new () };
  gint64 annotator = sitrep_store_ensure_annotator (f->store, "ana", &error);
  const guint n = 3 * 32 + 5;
  guint n_saved = 0;
  gint64 article;

  for (guint i = 0; i < n * 10 + 10; i++)
    g_string_append_c (body, 'a' + i % 26);
  article = add_article (f->store, "Many", body->str);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (result.suggestions, made_suggestion (i));

  g_assert_true (sitrep_store_save_suggestions (f->store, article, &result, &n_saved, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_saved, ==, n);
  list = sitrep_store_list_suggestions (f->store, article, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      const SitrepSuggestion *s = result.suggestions->pdata[i];
      const SitrepStoredSuggestion *r = list->pdata[i];
      g_autofree char *expected = reference_attributes (s);

      g_assert_cmpint (r->kind, ==, s->kind);
      g_assert_cmpuint (r->start, ==, s->start);
      g_assert_cmpuint (r->end, ==, s->end);
      g_assert_cmpstr (r->text, ==, s->text);
      /* Written by hand, as json-glib writes them. */
      g_assert_cmpstr (r->attributes, ==, expected);
      g_assert_cmpstr (r->entity_name, ==, s->entity_name);
      g_assert_cmpint (isnan (r->latitude), ==, isnan (s->latitude));
      if (!isnan (s->latitude))
        g_assert_cmpfloat (r->longitude, ==, s->longitude);
      g_assert_cmpfloat (r->score, ==, s->score);
      g_assert_cmpint (r->incident, ==, s->incident);
      if (i > 0)
        g_assert_cmpint (r->id, >, ((SitrepStoredSuggestion *) list->pdata[i - 1])->id);
    }

  /* Saved again after one was accepted: all but that one, once each. */
  g_assert_cmpint (sitrep_store_accept_suggestion (f->store, ((SitrepStoredSuggestion *) list->pdata[1])->id,
                                                   annotator, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (sitrep_store_save_suggestions (f->store, article, &result, &n_saved, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_saved, ==, n - 1);
  again = sitrep_store_list_suggestions (f->store, article, &error);
  g_assert_cmpuint (again->len, ==, n - 1);
  g_ptr_array_unref (result.suggestions);
  g_ptr_array_unref (result.incidents);
}

/* How many rows of suggestions the store inserted and deleted since the
 * last call (triggers log them), and the log emptied. */
static void
written_rows (Fixture *f,
              guint   *inserted,
              guint   *deleted)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = _sitrep_store_lock (f->store, &error);
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE IF NOT EXISTS test_log (op TEXT);"
                                     "CREATE TRIGGER IF NOT EXISTS test_log_insert AFTER INSERT ON suggestions "
                                     "BEGIN INSERT INTO test_log VALUES ('i'); END;"
                                     "CREATE TRIGGER IF NOT EXISTS test_log_update AFTER UPDATE ON suggestions "
                                     "BEGIN INSERT INTO test_log VALUES ('i'), ('d'); END;"
                                     "CREATE TRIGGER IF NOT EXISTS test_log_delete AFTER DELETE ON suggestions "
                                     "BEGIN INSERT INTO test_log VALUES ('d'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT (SELECT count (*) FROM test_log WHERE op = 'i'), "
                                           "(SELECT count (*) FROM test_log WHERE op = 'd')", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  *inserted = sqlite3_column_int (stmt, 0);
  *deleted = sqlite3_column_int (stmt, 1);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM test_log", NULL, NULL, NULL), ==, SQLITE_OK);
  _sitrep_store_unlock (f->store);
}

static guint
count_rows (Fixture    *f,
            const char *sql)
{
  return sitrep_test_store_count (f->store, sql);
}

/* The article's pending suggestions read as @result's (but @skip): every
 * column, in order. */
static void
assert_saved_as (Fixture                   *f,
                 gint64                     article,
                 const SitrepSuggestResult *result,
                 guint                      skip,
                 GPtrArray                **saved)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = sitrep_store_list_suggestions (f->store, article, &error);
  guint j = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < result->suggestions->len; i++)
    {
      const SitrepSuggestion *s = result->suggestions->pdata[i];
      const SitrepStoredSuggestion *r;
      g_autofree char *attributes = sitrep_suggestion_to_attributes (s);

      if (i == skip)
        continue;
      g_assert_cmpuint (j, <, list->len);
      r = list->pdata[j++];
      g_assert_cmpint (r->status, ==, SITREP_SUGGESTION_PENDING);
      g_assert_cmpint (r->kind, ==, s->kind);
      g_assert_cmpuint (r->start, ==, s->start);
      g_assert_cmpuint (r->end, ==, s->end);
      g_assert_cmpstr (r->text, ==, s->text);
      g_assert_cmpstr (r->attributes, ==, attributes);
      g_assert_cmpstr (r->entity_name, ==, s->entity_name);
      g_assert_cmpint (isnan (r->latitude), ==, isnan (s->latitude));
      g_assert_cmpfloat (r->score, ==, s->score);
      g_assert_cmpint (r->incident, ==, s->incident);
    }
  g_assert_cmpuint (j, ==, list->len);
  if (saved != NULL)
    *saved = g_steal_pointer (&list);
}

/* A Suggest again writes only what changed: nothing for an unchanged
 * article, the rows that went, came or read otherwise (a changed one under
 * its id); a rejected suggestion does not come back, an accepted one stays
 * an annotation; a save that fails leaves the old rows, all of them. */
static void
test_store_save_difference (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  SitrepSuggestResult result = { g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_suggestion_free),
                                 g_ptr_array_new () };
  gint64 annotator = sitrep_store_ensure_annotator (f->store, "ana", &error);
  const guint n = 2 * 32 + 7;
  guint n_saved = 0, inserted, deleted;
  SitrepSuggestion *changed;
  sqlite3 *db;
  gint64 article;

  for (guint i = 0; i < n * 10 + 40; i++)
    g_string_append_c (body, 'a' + i % 26);
  article = add_article (f->store, "Again", body->str);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (result.suggestions, made_suggestion (i));
  written_rows (f, &inserted, &deleted);
  g_assert_true (sitrep_store_save_suggestions (f->store, article, &result, &n_saved, &error));
  g_assert_no_error (error);
  written_rows (f, &inserted, &deleted);
  g_assert_cmpuint (inserted, ==, n);
  g_assert_cmpuint (deleted, ==, 0);
  assert_saved_as (f, article, &result, G_MAXUINT, &first);

  /* The same again: no row written, the same ids. */
  g_assert_true (sitrep_store_save_suggestions (f->store, article, &result, &n_saved, &error));
  g_assert_cmpuint (n_saved, ==, n);
  written_rows (f, &inserted, &deleted);
  g_assert_cmpuint (inserted, ==, 0);
  g_assert_cmpuint (deleted, ==, 0);
  assert_saved_as (f, article, &result, G_MAXUINT, &second);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (((SitrepStoredSuggestion *) first->pdata[i])->id, ==,
                     ((SitrepStoredSuggestion *) second->pdata[i])->id);
  g_clear_pointer (&second, g_ptr_array_unref);

  /* One reads otherwise (its entity), one went, one came: three rows
   * written, two deleted; the changed one keeps its id. */
  changed = result.suggestions->pdata[5];
  g_free (changed->entity_name);
  changed->entity_name = g_strdup ("Another name");
  g_ptr_array_remove_index (result.suggestions, 9);
  g_ptr_array_add (result.suggestions, made_suggestion (n));
  g_assert_true (sitrep_store_save_suggestions (f->store, article, &result, &n_saved, &error));
  g_assert_no_error (error);
  written_rows (f, &inserted, &deleted);
  g_assert_cmpuint (inserted, ==, 2);
  g_assert_cmpuint (deleted, ==, 2);
  assert_saved_as (f, article, &result, G_MAXUINT, &second);
  g_assert_cmpint (((SitrepStoredSuggestion *) second->pdata[5])->id, ==,
                   ((SitrepStoredSuggestion *) first->pdata[5])->id);
  g_assert_cmpstr (((SitrepStoredSuggestion *) second->pdata[5])->entity_name, ==, "Another name");

  /* Rejected and accepted ones are not proposed again, nor written. */
  g_assert_true (sitrep_store_reject_suggestion (f->store, ((SitrepStoredSuggestion *) second->pdata[2])->id, &error));
  g_assert_cmpint (sitrep_store_accept_suggestion (f->store, ((SitrepStoredSuggestion *) second->pdata[3])->id,
                                                   annotator, &error), >, 0);
  g_assert_no_error (error);
  written_rows (f, &inserted, &deleted);
  g_assert_true (sitrep_store_save_suggestions (f->store, article, &result, &n_saved, &error));
  g_assert_cmpuint (n_saved, ==, n - 2);
  written_rows (f, &inserted, &deleted);
  g_assert_cmpuint (inserted, ==, 0);
  g_assert_cmpuint (deleted, ==, 0);
  g_assert_cmpuint (count_rows (f, "SELECT count (*) FROM suggestions WHERE status = 2"), ==, 1);
  g_assert_cmpuint (count_rows (f, "SELECT count (*) FROM annotations"), ==, 1);

  /* A save that fails half-way (a row cannot be written, as on a full
   * disk) leaves the rows as they were, not some of the new ones. */
  g_clear_pointer (&second, g_ptr_array_unref);
  second = sitrep_store_list_suggestions (f->store, article, &error);
  db = _sitrep_store_lock (f->store, &error);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TRIGGER test_no_room BEFORE INSERT ON suggestions WHEN NEW.text = 'last' "
                                     "BEGIN SELECT RAISE (ABORT, 'database or disk is full'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  _sitrep_store_unlock (f->store);
  g_ptr_array_remove_index (result.suggestions, 20);
  changed = made_suggestion (n + 1);
  g_free (changed->text);
  changed->text = g_strdup ("last");
  g_ptr_array_add (result.suggestions, changed);
  g_assert_false (sitrep_store_save_suggestions (f->store, article, &result, &n_saved, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  {
    g_autoptr(GPtrArray) after = sitrep_store_list_suggestions (f->store, article, &error);

    g_assert_cmpuint (after->len, ==, second->len);
    for (guint i = 0; i < after->len; i++)
      g_assert_cmpint (((SitrepStoredSuggestion *) after->pdata[i])->id, ==,
                       ((SitrepStoredSuggestion *) second->pdata[i])->id);
  }
  g_ptr_array_unref (result.suggestions);
  g_ptr_array_unref (result.incidents);
}

typedef struct
{
  GPtrArray *first;
  GPtrArray *all;
} ToldRows;

static void
on_told (GPtrArray *listed,
         gboolean   complete,
         gpointer   data)
{
  ToldRows *told = data;
  GPtrArray **into = complete ? &told->all : &told->first;

  g_assert_null (*into);
  g_assert_true (complete || told->all == NULL);
  *into = listed;
}

/* A save that hands over the rows in view first (as the window's Suggest
 * on one article) reads the pending rows where they start first, the
 * others after: it saves what a save told nothing saves, ids and all —
 * rows kept, read otherwise, gone, new, rejected, a span proposed twice
 * in view and out of it, a long row from before the range into it. */
static void
test_store_save_told_same (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *path = g_build_filename (f->dir, "q.sitrep", NULL);
  g_autoptr(SitrepStore) twin = sitrep_store_create (path, &error);
  SitrepStore *stores[2] = { f->store, twin };
  SitrepSuggestResult result = { g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_suggestion_free),
                                 g_ptr_array_new () };
  g_autoptr(GPtrArray) untold = NULL;
  g_autoptr(GPtrArray) told_list = NULL;
  ToldRows told = { NULL, NULL };
  SitrepSuggestionsHandover handover = { on_told, &told, 300, 400 };
  SitrepSuggestion *s;
  const guint n = 80;
  gint64 article = 0;
  guint n_saved = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < n * 10 + 40; i++)
    g_string_append_c (body, 'a' + i % 26);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (result.suggestions, made_suggestion (i));
  /* The same span and kind twice, in view and out of it; a long one into the range. */
  g_ptr_array_add (result.suggestions, made_suggestion (31));
  g_ptr_array_add (result.suggestions, made_suggestion (70));
  s = made_suggestion (25);
  s->end = s->byte_end = 330;
  g_ptr_array_add (result.suggestions, s);
  /* The same history in both projects, so the same ids. */
  for (guint k = 0; k < 2; k++)
    {
      g_autoptr(GPtrArray) list = NULL;

      article = add_article (stores[k], "Told", body->str);
      g_assert_true (sitrep_store_save_suggestions (stores[k], article, &result, &n_saved, &error));
      g_assert_no_error (error);
      list = sitrep_store_list_suggestions (stores[k], article, &error);
      g_assert_no_error (error);
      /* One rejected in the range, one out of it. */
      for (guint i = 0; i < list->len; i++)
        {
          const SitrepStoredSuggestion *r = list->pdata[i];

          if ((r->start == 320 || r->start == 600) &&
              !sitrep_store_reject_suggestion (stores[k], r->id, &error))
            g_assert_no_error (error);
        }
    }
  /* Read otherwise in view, gone in view and out of it, new in view, a
   * third of a span in view. */
  s = result.suggestions->pdata[33];
  g_free (s->entity_name);
  s->entity_name = g_strdup ("Another name");
  g_ptr_array_remove_index (result.suggestions, 34);
  g_ptr_array_remove_index (result.suggestions, 10);
  s = made_suggestion (30);
  s->kind = SITREP_SUGGEST_ACTOR;
  s->end = s->byte_end = 309;
  g_ptr_array_add (result.suggestions, s);
  g_ptr_array_add (result.suggestions, made_suggestion (31));

  g_assert_true (sitrep_store_save_suggestions (f->store, article, &result, &n_saved, &error));
  g_assert_no_error (error);
  g_assert_true (sitrep_store_save_suggestions_full (twin, article, &result, &n_saved, &handover, &error));
  g_assert_no_error (error);
  untold = sitrep_store_list_suggestions (f->store, article, &error);
  told_list = sitrep_store_list_suggestions (twin, article, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (untold->len, ==, told_list->len);
  g_assert_cmpuint (told.all->len, ==, told_list->len);
  for (guint i = 0; i < untold->len; i++)
    {
      const SitrepStoredSuggestion *a = untold->pdata[i], *b = told_list->pdata[i], *c = told.all->pdata[i];

      g_assert_cmpint (a->id, ==, b->id);
      g_assert_cmpint (c->id, ==, b->id);
      g_assert_cmpint (a->kind, ==, b->kind);
      g_assert_cmpuint (a->start, ==, b->start);
      g_assert_cmpuint (a->end, ==, b->end);
      g_assert_cmpstr (a->text, ==, b->text);
      g_assert_cmpstr (a->attributes, ==, b->attributes);
      g_assert_cmpstr (a->entity_name, ==, b->entity_name);
    }
  /* Those in view first: the same rows, ids and all. */
  g_assert_nonnull (told.first);
  g_assert_cmpuint (told.first->len, >=, 10);
  for (guint i = 0, j = 0; i < told.first->len; i++)
    {
      const SitrepStoredSuggestion *a = told.first->pdata[i];

      g_assert_true (a->start < 400 && a->end > 300);
      while (j < told_list->len && ((SitrepStoredSuggestion *) told_list->pdata[j])->id != a->id)
        j++;
      g_assert_cmpuint (j, <, told_list->len);
      g_assert_cmpuint (((SitrepStoredSuggestion *) told_list->pdata[j])->start, ==, a->start);
    }
  g_ptr_array_unref (told.first);
  g_ptr_array_unref (told.all);
  g_clear_object (&twin);
  g_unlink (path);
  g_ptr_array_unref (result.suggestions);
  g_ptr_array_unref (result.incidents);
}

/* The suggester resolves its dates without the explanation: the same
 * dates as sitrep_date_resolve() gives, for every kind of phrase and
 * publication date, and no explanation built. */
static void
test_dates_unexplained (void)
{
  static const char * const phrases[] = {
    "on October 14", "October 14, 2022", "3 March", "on Tuesday", "last Tuesday", "yesterday", "today",
    "two days ago", "a week ago", "last week", "last month", "early last month", "earlier this month",
    "late August", "between 10 and 12 October", "since March 2019", "February 30", "2021-05-06",
    "on the 14th", "this year", "3 years ago", "mid-September", "on Saturday", "Sunday",
  };
  static const struct { const char *date; SitrepDatePrecision precision; } published[] = {
    { "2022-10-19", SITREP_DATE_PRECISION_DAY }, { "2023-01-03", SITREP_DATE_PRECISION_DAY },
    { "2016-11", SITREP_DATE_PRECISION_MONTH }, { "2019", SITREP_DATE_PRECISION_YEAR },
    { NULL, SITREP_DATE_PRECISION_UNKNOWN },
  };
  guint n_explained = 0;

  for (guint p = 0; p < G_N_ELEMENTS (published); p++)
    {
      for (guint k = 0; k < G_N_ELEMENTS (phrases); k++)
        {
          g_auto(SitrepResolvedDate) a = { 0 };
          g_auto(SitrepResolvedDate) b = { 0 };
          gboolean ok_a = sitrep_date_resolve (phrases[k], published[p].date, published[p].precision, &a);
          gboolean ok_b = _sitrep_date_resolve_unexplained (phrases[k], published[p].date, published[p].precision, &b);

          g_test_message ("%s, published %s: %s", phrases[k], published[p].date, a.start);
          g_assert_cmpint (ok_a, ==, ok_b);
          g_assert_cmpstr (a.start, ==, b.start);
          g_assert_cmpstr (a.end, ==, b.end);
          g_assert_cmpstr (a.text, ==, b.text);
          g_assert_cmpint (a.precision, ==, b.precision);
          g_assert_cmpint (a.year_unknown, ==, b.year_unknown);
          g_assert_cmpint (a.open_end, ==, b.open_end);
          /* Where the publication year is unknown the reasons are kept (few, cheap). */
          if (published[p].date != NULL && published[p].precision != SITREP_DATE_PRECISION_UNKNOWN)
            g_assert_null (b.explanation);
          n_explained += a.explanation != NULL;
        }
    }
  g_assert_cmpuint (n_explained, >, G_N_ELEMENTS (phrases));
}

/* A run reads each date's words once and gives every repeat of them the
 * same date; a second run, against another publication date, reads them
 * again: every date is the one sitrep_date_resolve() gives its text. */
static void
test_dates_repeated (void)
{
  static const char *text =
    "On Saturday troops entered the town. On Saturday evening the shelling stopped. "
    "Yesterday a bomb went off; yesterday's toll rose. On October 14 a convoy was hit, "
    "and on October 14 another. Two days ago a drone struck; two days ago, officials said.";
  static const char * const published[] = { "2022-10-19", "2023-01-03", "2022-10-19" };
  g_autoptr(SitrepSuggester) suggester = sitrep_suggester_new (NULL, NULL);
  GHashTable *seen[G_N_ELEMENTS (published)];

  for (guint p = 0; p < G_N_ELEMENTS (published); p++)
    {
      g_autoptr(SitrepSuggestResult) r = sitrep_suggester_run (suggester, text, published[p],
                                                               SITREP_DATE_PRECISION_DAY, NULL);
      guint n_dates = 0;

      seen[p] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      for (guint i = 0; i < r->suggestions->len; i++)
        {
          const SitrepSuggestion *s = r->suggestions->pdata[i];
          g_auto(SitrepResolvedDate) d = { 0 };

          if (s->kind != SITREP_SUGGEST_DATE)
            continue;
          n_dates++;
          g_assert_true (sitrep_date_resolve (s->text, published[p], SITREP_DATE_PRECISION_DAY, &d));
          g_test_message ("%s, published %s: %s", s->text, published[p], s->date_start);
          g_assert_cmpstr (s->date_start, ==, d.start);
          g_assert_cmpstr (s->date_end, ==, d.end);
          g_assert_cmpint (s->date_precision, ==, d.precision);
          g_hash_table_insert (seen[p], g_ascii_strdown (s->text, -1), g_strdup (s->date_start));
        }
      g_assert_cmpuint (n_dates, ==, 8);
    }
  /* The two publication dates place "Saturday" and "yesterday" apart. */
  g_assert_cmpstr (g_hash_table_lookup (seen[0], "on saturday"), ==, "2022-10-15");
  g_assert_cmpstr (g_hash_table_lookup (seen[1], "on saturday"), ==, "2022-12-31");
  g_assert_cmpstr (g_hash_table_lookup (seen[1], "yesterday"), ==, "2023-01-02");
  g_assert_cmpstr (g_hash_table_lookup (seen[2], "yesterday"), ==, "2022-10-18");
  for (guint p = 0; p < G_N_ELEMENTS (published); p++)
    g_hash_table_unref (seen[p]);
}

/* The spelling guard's light key reads an ASCII name without Unicode
 * tables: the same key as the Unicode path gives, for articles, quotes,
 * separators, final "h" and doubled letters. */
static void
test_light_key_ascii (void)
{
  static const char * const names[] = {
    "al-Mayadin", "Al Mayadin", "Raqqa", "Raqa", "Sabbourah", "Sabboura", "Dar'a", "Tall `Afar",
    "al", "AL", "the Hague", "The", "Ash Shaddadi", "ash-Shaddadi ", "Qayyarah", "Hamah", "Ahh",
    "Bah", "x-y-z", "'al-'", "al-'Ayn", "", "  ", "-", "'", "A", "aa", "Deir ez-Zor", "Kobani 2",
    "T-4 airbase", "EL Bab", "el-bab", "Aleppo.", "Abu Kamal (Albu Kamal)", "ISE", "al al-Bab",
  };

  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_autofree char *fast = _sitrep_suggest_light_key (names[k]);
      g_autofree char *general = _sitrep_suggest_light_key_unicode (names[k]);

      g_test_message ("%s: %s", names[k], general);
      g_assert_cmpstr (fast, ==, general);
    }
  /* Not ASCII: the Unicode path, accents gone. */
  {
    g_autofree char *key = _sitrep_suggest_light_key ("Dayr az Zawr Īdlib");

    g_assert_cmpstr (key, ==, "dayrazawridlib");
  }
}

/* The spelling guard keys a place's names only as far as a question
 * needs: asked again, it must go on from where it stopped, keep what it
 * keyed (the name that answered too), skip airport codes and answer the
 * same as keying every name at once would. */
static void
test_spelled_as_lazy (void)
{
  char *alternates[] = { "ISE", "Tall Sabbur", "Ṣabbūrat al-Kabīrah", "Umm Sabbura", NULL };
  /* Asked in this order: the first name; an alternate (twice: kept once
   * it answered); the last, past one not yet keyed; that one; a code (once
   * every name is keyed); the last again; a spelling of none (twice). */
  static const struct { const char *surface; gboolean spelled; } asks[] = {
    { "Sabboura", TRUE }, { "Tall Sabbur", TRUE }, { "Tal Sabur", TRUE }, { "Umm Sabbura", TRUE },
    { "Sabburat al Kabira", TRUE }, { "ISE", FALSE }, { "Umm Sabbura", TRUE }, { "Subaura", FALSE },
    { "Subaura", FALSE }, { "Sabbourah", TRUE }, { "", FALSE },
  };

  for (guint round = 0; round < 2; round++)
    {
      SitrepGazetteerPlace place = {
        /* A geonameid no other test asks about (the keys are kept per
         * process), then none: keys made for this question only. */
        .geonameid = round == 0 ? G_GINT64_CONSTANT (990000001) : 0,
        .name = "Sabboura", .asciiname = "Sabboura", .names = alternates,
      };

      for (guint k = 0; k < G_N_ELEMENTS (asks); k++)
        {
          g_test_message ("round %u: %s", round, asks[k].surface);
          g_assert_cmpint (_sitrep_suggest_spelled_as (asks[k].surface, &place), ==, asks[k].spelled);
        }
    }
  /* No alternate names at all. */
  {
    SitrepGazetteerPlace place = { .geonameid = G_GINT64_CONSTANT (990000002), .name = "Raqqa", .asciiname = NULL };

    g_assert_false (_sitrep_suggest_spelled_as ("Tabqa", &place));
    g_assert_true (_sitrep_suggest_spelled_as ("Raqa", &place));
  }
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const guint *pa = a, *pb = b;

  if (pa[0] != pb[0])
    return pa[0] < pb[0] ? -1 : 1;
  return pa[1] < pb[1] ? -1 : pa[1] > pb[1];
}

/* The first of the pair alone: ties that only a stable sort keeps in order. */
static int
compare_first (gconstpointer a,
               gconstpointer b)
{
  const guint *pa = a, *pb = b;

  return pa[0] < pb[0] ? -1 : pa[0] > pb[0];
}

/* A run's arena: every block aligned for a struct, nothing cut from it
 * overlapping anything else, strings longer than a block kept whole, and
 * a string given to it freed (ASan says so). Fails with an allocation
 * that ignores the room left, or one that is not aligned. */
static void
test_arena (void)
{
  SuggestRun run = { 0 };
  g_autoptr(GPtrArray) chunks = g_ptr_array_new ();
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GString) long_text = g_string_new (NULL);
  guint32 seed = 7;

  for (guint i = 0; i < 300 * 1024; i++)
    g_string_append_c (long_text, 'a' + i % 26);
  run.arena = _sitrep_suggest_arena_new ();
  for (guint i = 0; i < 20000; i++)
    {
      gsize size;
      guchar *p;

      seed = seed * 1103515245u + 12345u;
      size = i == 5000 || i == 5001 ? long_text->len - 26 : 1 + (seed >> 16) % 300;
      if (i % 3 == 0)
        {
          p = _sitrep_suggest_arena_alloc (run.arena, size);
          g_assert_cmpuint ((guintptr) p % sizeof (double), ==, 0);
          g_assert_cmpuint ((guintptr) p % G_ALIGNOF (SitrepSuggestion), ==, 0);
          memset (p, i & 0xff, size);
        }
      else
        {
          p = (guchar *) (i % 3 == 1 ? _sitrep_suggest_strndup (&run, long_text->str + i % 26, size)
                                     : _sitrep_suggest_str_take (&run, g_strndup (long_text->str + i % 26, size)));
          g_assert_cmpuint (strlen ((char *) p), ==, size);
        }
      g_ptr_array_add (chunks, p);
      g_array_append_val (sizes, size);
    }
  g_assert_null (_sitrep_suggest_strdup (&run, NULL));
  g_assert_cmpstr (_sitrep_suggest_strdup (&run, ""), ==, "");
  for (guint i = 0; i < chunks->len; i++)
    {
      const guchar *p = chunks->pdata[i];
      gsize size = g_array_index (sizes, gsize, i);

      if (i % 3 == 0)
        {
          for (gsize k = 0; k < size; k++)
            g_assert_cmpuint (p[k], ==, i & 0xff);
        }
      else
        {
          g_assert_true (memcmp (p, long_text->str + i % 26, size) == 0);
          g_assert_cmpuint (p[size], ==, '\0');
        }
    }
  _sitrep_suggest_arena_free (run.arena);
}

/* Word lists past the 64 of run->lists: more lists than a token has bits
 * of in its first word, some met in the middle of a text, each answered as
 * a pass over the list would: the first 64 by one AND, the next 64 from
 * the token's word, the rest word by word. Fails when a list's bits are
 * read from the wrong word of a word's lists. */
#define WIDE_LISTS 150

static void
test_lexicon_wide (void)
{
  static const char * const *lists[WIDE_LISTS];
  g_autoptr(GString) text = g_string_new (NULL);
  SuggestRun run = { 0 };
  SuggestWords *words = _sitrep_suggest_words_new ();

  for (guint k = 0; k < WIDE_LISTS; k++)
    {
      if (lists[k] == NULL)
        {
          const char **list = g_new0 (const char *, 4);

          list[0] = g_strdup_printf ("wide%ua", k);
          list[1] = g_strdup_printf ("Wide%ub", k);
          list[2] = k % 7 == 0 ? "shared" : g_strdup_printf ("wide%uc", k);
          lists[k] = list;
        }
    }
  for (guint i = 0; i < 400; i++)
    g_string_append_printf (text, "%s wide%u%c, shared. ", i % 5 == 0 ? "Other" : "wide1a",
                            (i * 37) % (WIDE_LISTS + 3), "abcd"[i % 4]);
  run.text = text->str;
  run.text_len = text->len;
  run.tokens = _sitrep_suggest_tokenize (text->str, NULL);
  run.toks = (const SuggestToken *) (gconstpointer) run.tokens->data;
  run.n_tokens = run.tokens->len;
  run.lexicon = _sitrep_suggest_lexicon_new ();
  run.words = g_new (SuggestWord *, run.n_tokens);
  run.lists = g_new (guint64, run.n_tokens);
  run.caps = g_new (guint, run.n_tokens);
  run.arabic = g_new (guint, run.n_tokens);
  run.block_lists = g_new (guint64, SUGGEST_BLOCKS (run.n_tokens));
  run.block_flags = g_new (guint16, SUGGEST_BLOCKS (run.n_tokens));
  _sitrep_suggest_words_mark (words, &run);
  /* Twice: lists met first here, then lists the lexicon knows. */
  for (guint round = 0; round < 2; round++)
    {
      for (guint i = 0; i < run.n_tokens; i++)
        {
          for (guint k = 0; k < WIDE_LISTS; k++)
            {
              const SuggestToken *t = tok (&run, i);
              gboolean in = FALSE;

              for (guint w = 0; lists[k][w] != NULL; w++)
                in |= (t->flags & TOK_WORD) && strlen (lists[k][w]) == t->end - t->start &&
                      g_ascii_strncasecmp (lists[k][w], text->str + t->start, t->end - t->start) == 0;
              if (in != _sitrep_suggest_tok_in (&run, i, lists[k]))
                g_error ("token %u (%.*s), list %u: %d", i, (int) (t->end - t->start), text->str + t->start, k, in);
            }
        }
    }
  /* The walk by blocks (their ORs kept up to date when a list was met in
   * the middle of the text) stops where a walk token by token does: at the
   * first token of a list's bit or of a flag, or at the limit. */
  for (guint k = 0; k < WIDE_LISTS; k++)
    {
      guint64 bit = _sitrep_suggest_list_bit (&run, lists[k]);

      for (guint from = 0; bit != 0 && from < run.n_tokens; from += 7)
        for (guint limit = from; limit <= run.n_tokens; limit += 53)
          {
            guint want = from;

            while (want < limit && !(run.lists[want] & bit) && !(tok (&run, want)->flags & TOK_NUMBER))
              want++;
            g_assert_cmpuint (_sitrep_suggest_next_listed (&run, from, limit, bit, TOK_NUMBER), ==, want);
          }
    }
  g_array_unref (run.tokens);
  g_free (run.block_lists);
  g_free (run.block_flags);
  g_free (run.words);
  g_free (run.lists);
  g_free (run.caps);
  g_free (run.arabic);
  _sitrep_suggest_lexicon_free (run.lexicon);
  _sitrep_suggest_words_free (words);
}

/* Tokens' offsets and the whitespace before them, after one space (read
 * with the token before it), several, a tab, a line break, a no-break
 * space and none. */
static void
test_tokenize_spaces (void)
{
  static const char text[] = "Al  Bab\tfell. Then\n \xc3\xa9t\xc3\xa9 x\xc2\xa0y ,z ";
  static const struct { guint start, cp_start, space_before, sentence, paragraph; } want[] = {
    { 0, 0, 0, 0, 0 },     /* Al */
    { 4, 4, 2, 0, 0 },     /* Bab */
    { 8, 8, 1, 0, 0 },     /* fell */
    { 12, 12, 0, 0, 0 },   /* . */
    { 14, 14, 1, 1, 0 },   /* Then */
    { 20, 20, 2, 2, 1 },   /* été */
    { 26, 24, 1, 2, 1 },   /* x */
    { 29, 26, 1, 2, 1 },   /* y */
    { 31, 28, 1, 2, 1 },   /* , */
    { 32, 29, 0, 2, 1 },   /* z */
  };
  g_autoptr(GArray) tokens = _sitrep_suggest_tokenize (text, NULL);

  g_assert_cmpuint (tokens->len, ==, G_N_ELEMENTS (want));
  for (guint i = 0; i < tokens->len; i++)
    {
      const SuggestToken *t = &g_array_index (tokens, SuggestToken, i);

      g_test_message ("token %u", i);
      g_assert_cmpuint (t->start, ==, want[i].start);
      g_assert_cmpuint (t->cp_start, ==, want[i].cp_start);
      g_assert_cmpuint (t->space_before, ==, want[i].space_before);
      g_assert_cmpuint (t->sentence, ==, want[i].sentence);
      g_assert_cmpuint (t->paragraph, ==, want[i].paragraph);
    }
}

/* _sitrep_suggest_words_mark () sets every token's word and lists whatever
 * the arrays held before (they are reused from text to text): none for a
 * mark or a token of 256 bytes or more, the same word for the same bytes;
 * and the capitalised (and Arabic) words in order. */
static void
test_words_mark (void)
{
  static const char * const listed[] = { "killed", "Syria", NULL };
  g_autoptr(GString) text = g_string_new ("Killed killed KILLED, 3,000 in Syria \xd9\x85\xd9\x86\xd8\xb0 . Syria ");
  SuggestWords *words = _sitrep_suggest_words_new ();
  SuggestRun run = { 0 };
  guint n_caps = 0, n_arabic = 0;

  for (guint k = 0; k < 300; k++)
    g_string_append_c (text, 'x');
  g_string_append (text, " killed \xc3\x89t\xc3\xa9 - ");
  run.text = text->str;
  run.text_len = text->len;
  run.tokens = _sitrep_suggest_tokenize (text->str, NULL);
  run.toks = (const SuggestToken *) (gconstpointer) run.tokens->data;
  run.n_tokens = run.tokens->len;
  run.lexicon = _sitrep_suggest_lexicon_new ();
  run.words = g_new (SuggestWord *, run.n_tokens);
  run.lists = g_new (guint64, run.n_tokens);
  run.caps = g_new (guint, run.n_tokens);
  run.arabic = g_new (guint, run.n_tokens);
  /* Whatever the last text left in them. */
  memset (run.words, 0x5a, run.n_tokens * sizeof *run.words);
  memset (run.lists, 0xa5, run.n_tokens * sizeof *run.lists);
  _sitrep_suggest_words_mark (words, &run);
  /* A list met now: the words' lists are marked again. */
  _sitrep_suggest_list_bit (&run, listed);
  for (guint i = 0; i < run.n_tokens; i++)
    {
      const SuggestToken *t = tok (&run, i);
      gboolean has_word = (t->flags & (TOK_WORD | TOK_NUMBER)) && t->end - t->start < 256;

      g_assert_true ((run.words[i] != NULL) == has_word);
      if (!has_word)
        g_assert_cmphex (run.lists[i], ==, 0);
      else
        {
          g_assert_cmpuint (run.words[i]->len, ==, t->end - t->start);
          g_assert_true (memcmp (run.words[i]->text, text->str + t->start, t->end - t->start) == 0);
          g_assert_cmphex (run.lists[i], ==, run.words[i]->lists[0]);
          g_assert_true (_sitrep_suggest_tok_in (&run, i, listed) == _sitrep_suggest_tok_among (&run, i, listed));
          for (guint j = 0; j < i; j++)
            g_assert_true ((run.words[j] == run.words[i]) ==
                           (run.words[j] != NULL && t->end - t->start == tok (&run, j)->end - tok (&run, j)->start &&
                            memcmp (text->str + t->start, text->str + tok (&run, j)->start, t->end - t->start) == 0));
        }
      if ((t->flags & (TOK_WORD | TOK_CAP)) == (TOK_WORD | TOK_CAP))
        {
          g_assert_cmpuint (n_caps, <, run.n_caps);
          g_assert_cmpuint (run.caps[n_caps++], ==, i);
          if (t->flags & TOK_ARABIC)
            g_assert_cmpuint (run.arabic[n_arabic++], ==, i);
        }
    }
  g_assert_cmpuint (n_caps, ==, run.n_caps);
  g_assert_cmpuint (n_caps, ==, 6);
  g_assert_cmpuint (n_arabic, ==, run.n_arabic);
  g_assert_cmpuint (n_arabic, ==, 1);
  g_free (run.words);
  g_free (run.lists);
  g_free (run.caps);
  g_free (run.arabic);
  g_array_unref (run.tokens);
  _sitrep_suggest_lexicon_free (run.lexicon);
  _sitrep_suggest_words_free (words);
}

/* The hashes of every span's key, worked out word by word without
 * writing the keys, are g_str_hash () of the keys written: articles left
 * out but when every word is one, numbers kept, hyphens and marks skipped,
 * a word too long for a key left out. A filter of a table's keys has every
 * key's hash, and not most others'. Fails when an article is hashed into
 * a span of other words, or the space between words is not. */
static void
test_span_hashes (void)
{
  g_autoptr(GString) text = g_string_new ("al-Bab and Deir ez-Zor, Al Al 3,000 al Jabal Al Zawiya; "
                                           "Ras al-Ain \xd8\xa7\xd9\x84\xd8\xb1\xd9\x82\xd8\xa9 an as Raqqa ");
  SuggestWords *words = _sitrep_suggest_words_new ();
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  SuggestKeyFilter *filter;
  SuggestRun run = { 0 };
  guint misses = 0, others = 0;

  for (guint k = 0; k < 300; k++)
    g_string_append_c (text, 'x');
  g_string_append (text, " Raqqa al-Bab");
  run.text = text->str;
  run.text_len = text->len;
  run.tokens = _sitrep_suggest_tokenize (text->str, NULL);
  run.toks = (const SuggestToken *) (gconstpointer) run.tokens->data;
  run.n_tokens = run.tokens->len;
  run.lexicon = _sitrep_suggest_lexicon_new ();
  run.words = g_new (SuggestWord *, run.n_tokens);
  run.lists = g_new (guint64, run.n_tokens);
  run.caps = g_new (guint, run.n_tokens);
  run.arabic = g_new (guint, run.n_tokens);
  _sitrep_suggest_words_mark (words, &run);
  for (guint first = 0; first < run.n_tokens; first++)
    {
      guint ends[8], n_ends = 0;
      guint32 hashes[8];

      for (guint j = first; j < run.n_tokens && n_ends < G_N_ELEMENTS (ends); j++)
        {
          if (tok (&run, j)->flags & (TOK_WORD | TOK_NUMBER))
            ends[n_ends++] = j;
        }
      for (guint n = 1; n <= n_ends; n++)
        {
          /* Every prefix of the ends, and the last end alone. */
          _sitrep_suggest_span_hashes (&run, first, ends, n, hashes);
          for (guint e = 0; e < n; e++)
            g_assert_cmphex (hashes[e], ==, g_str_hash (_sitrep_suggest_span_key_tmp (&run, first, ends[e])));
          _sitrep_suggest_span_hashes (&run, first, ends + n - 1, 1, hashes);
          g_assert_cmphex (hashes[0], ==, g_str_hash (_sitrep_suggest_span_key_tmp (&run, first, ends[n - 1])));
          if ((first + n) % 3 == 0)
            g_hash_table_add (table, g_strdup (_sitrep_suggest_span_key_tmp (&run, first, ends[n - 1])));
        }
    }
  g_assert_cmphex (g_str_hash (_sitrep_suggest_span_key_tmp (&run, 0, 2)), ==, g_str_hash ("bab"));
  filter = _sitrep_suggest_key_filter_new (table);
  for (guint k = 0; k < 1000; k++)
    {
      g_autofree char *other = g_strdup_printf ("no such key %u", k);

      others += !g_hash_table_contains (table, other);
      misses += !_sitrep_suggest_key_filter_has (filter, g_str_hash (other));
    }
  {
    GHashTableIter iter;
    const char *key;

    g_hash_table_iter_init (&iter, table);
    while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
      g_assert_true (_sitrep_suggest_key_filter_has (filter, g_str_hash (key)));
  }
  g_assert_cmpuint (others, ==, 1000);
  g_assert_cmpuint (misses, >, 900);
  g_assert_true (_sitrep_suggest_key_filter_has (NULL, 0));
  g_free (filter);
  g_free (run.scratch);
  g_free (run.words);
  g_free (run.lists);
  g_free (run.caps);
  g_free (run.arabic);
  g_array_unref (run.tokens);
  _sitrep_suggest_lexicon_free (run.lexicon);
  _sitrep_suggest_words_free (words);
}

/* A word alone that is a bundled place's key is its word's to know
 * (WORD_FACT_PLACE_KEY), kept by the suggester from text to text: the
 * second and later "Jasim", in the same text and in the next, are places
 * as the first is, and the suggestions are a new suggester's. Fails when
 * the kept answer is not the first look-up's. */
static void
test_place_key_kept (void)
{
  g_autoptr(SitrepSuggester) kept = sitrep_suggester_new (NULL, NULL);
  const char *text = "Troops entered Jasim on Monday. Shelling hit Jasim and Nawa.";

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(SitrepSuggestResult) r = sitrep_suggester_run (kept, text, NULL, SITREP_DATE_PRECISION_UNKNOWN, NULL);
      g_autoptr(SitrepSuggestResult) fresh = run (text, NULL);
      guint jasim = 0;

      for (guint i = 0; i < r->suggestions->len; i++)
        {
          const SitrepSuggestion *s = r->suggestions->pdata[i];

          jasim += s->kind == SITREP_SUGGEST_PLACE && g_strcmp0 (s->text, "Jasim") == 0;
        }
      g_assert_cmpuint (jasim, ==, 2);
      g_assert_nonnull (find (r, SITREP_SUGGEST_PLACE, "Nawa"));
      assert_same_result (r, fresh);
    }
}

/* Random texts of words, numbers and marks in several scripts and spaces
 * of several kinds: every token's code point offsets are its bytes'
 * (g_utf8_pointer_to_offset ()), tokens follow each other with only
 * whitespace between them, a token's paragraph is the newlines before it
 * (but those that only wrap a sentence),
 * and a word's hash is _sitrep_suggest_word_hash () of its bytes. */
static void
test_tokenize_offsets (void)
{
  static const char * const pieces[] = {
    "Al", "bab", "Dar'a", "Ma\xca\xbf" "arrat", "regime's", "3,000", "2.5", "\xd9\xa3\xd9\xac\xd9\xa0\xd9\xa0",
    "\xc3\xa9t\xc3\xa9", "\xd9\x85\xd9\x86\xd8\xb0", "caf\xc3\xa9s", "Mr", ".", "!", "?", "\xd8\x9f", "-",
    "\xe2\x80\x90", "\xe2\x80\x94", ",", "'", "x\xcc\x81", "Abcdefghijklmnopqrstuvwxyz", "\xc4\xb0stanbul", "\xe2\x80\x9c",
  };
  static const char * const spaces[] = {
    " ", "", "  ", "\t", "\n", "\n\n", "\xc2\xa0", "\xe2\x80\x83", "\r\n", "\f", " \xc2\xa0 ",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (1111);

  for (guint round = 0; round < 200; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GArray) tokens = NULL;
      gsize at = 0;
      guint newlines = 0;

      for (guint k = 0, n = g_rand_int_range (rand, 1, 60); k < n; k++)
        {
          g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
          g_string_append (text, spaces[g_rand_int_range (rand, 0, G_N_ELEMENTS (spaces))]);
        }
      tokens = _sitrep_suggest_tokenize (text->str, NULL);
      for (guint i = 0; i < tokens->len; i++)
        {
          const SuggestToken *t = &g_array_index (tokens, SuggestToken, i);
          gunichar first = g_utf8_get_char (text->str + t->start);

          g_assert_cmpuint (t->start, >=, at);
          g_assert_cmpuint (t->end, >, t->start);
          guint between = 0;

          /* Only whitespace before it. */
          for (const char *p = text->str + at; p < text->str + t->start; p = g_utf8_next_char (p))
            {
              g_assert_true (g_unichar_isspace (g_utf8_get_char (p)) || g_utf8_get_char (p) == 0xA0);
              between += *p == '\n';
            }
          /* A single newline that only wraps a sentence (its next token in lower case or a number, in the
           * same sentence) starts no paragraph. */
          if (between == 1 && i > 0 && t->sentence == g_array_index (tokens, SuggestToken, i - 1).sentence)
            g_assert_true (g_unichar_islower (first) || g_unichar_isdigit (first));
          else
            newlines += between;
          g_assert_cmpuint (t->paragraph, ==, newlines);
          g_assert_cmpuint (t->cp_start, ==, g_utf8_pointer_to_offset (text->str, text->str + t->start));
          g_assert_cmpuint (t->cp_end, ==, g_utf8_pointer_to_offset (text->str, text->str + t->end));
          g_assert_true (i == 0 || t->sentence >= g_array_index (tokens, SuggestToken, i - 1).sentence);
          if (g_unichar_isdigit (first))
            g_assert_cmpuint (t->flags, ==, TOK_NUMBER);
          else if (g_unichar_isalpha (first) || g_unichar_ismark (first))
            {
              g_assert_true (t->flags & TOK_WORD);
              g_assert_true (!!(t->flags & TOK_CAP) == (g_unichar_isupper (first) || g_unichar_istitle (first) ||
                                                       (first >= 0x0600 && first <= 0x06FF)));
              g_assert_cmpuint (t->lhash, ==, t->end - t->start <= MAX_LISTED_WORD ?
                                _sitrep_suggest_word_hash (text->str + t->start, t->end - t->start) : 0);
            }
          else
            {
              g_assert_true (t->flags & TOK_PUNCT);
              g_assert_true (!!(t->flags & TOK_HYPHEN) == (first == '-' || first == 0x2010));
              g_assert_cmpuint (t->end, ==, g_utf8_next_char (text->str + t->start) - text->str);
            }
          at = t->end;
        }
      /* Only whitespace after the last. */
      for (const char *p = text->str + at; *p != '\0'; p = g_utf8_next_char (p))
        g_assert_true (g_unichar_isspace (g_utf8_get_char (p)) || g_utf8_get_char (p) == 0xA0);
    }
}

/* An ASCII word is read several letters a turn: whatever its length (each
 * way out of a turn) and whatever ends it (a space, the text's end, a mark,
 * a newline, or a letter beyond ASCII, which takes the word on), the
 * token ends where the word does and its hash is the word's. A word longer
 * than the lists' longest has no hash. */
static void
test_tokenize_word_lengths (void)
{
  static const char * const ends[] = { "", " x", ",", "-y", "\xc3\xa9s", "\n" };

  for (guint len = 1; len <= MAX_LISTED_WORD + 3; len++)
    for (guint e = 0; e < G_N_ELEMENTS (ends); e++)
      {
        g_autoptr(GString) text = g_string_new ("");
        g_autoptr(GArray) tokens = NULL;
        const SuggestToken *t;
        gsize end;

        for (guint k = 0; k < len; k++)
          g_string_append_c (text, "Ab3dEfGh9"[k % 9]);
        /* A letter beyond ASCII goes on with the word. */
        end = text->len + (e == 4 ? strlen (ends[e]) : 0);
        g_string_append (text, ends[e]);
        tokens = _sitrep_suggest_tokenize (text->str, NULL);
        g_assert_cmpuint (tokens->len, >=, 1);
        t = &g_array_index (tokens, SuggestToken, 0);
        g_assert_cmpuint (t->start, ==, 0);
        g_assert_cmpuint (t->end, ==, end);
        g_assert_true (t->flags & TOK_WORD);
        g_assert_true (t->flags & TOK_CAP);
        if (end <= MAX_LISTED_WORD)
          {
            g_autofree char *lower = g_ascii_strdown (text->str, end);

            g_assert_cmpuint (t->lhash, ==, _sitrep_suggest_word_hash (text->str, end));
            /* Folded: the word in lower case has the same hash. */
            g_assert_cmpuint (t->lhash, ==, _sitrep_suggest_word_hash (lower, end));
          }
        else
          g_assert_cmpuint (t->lhash, ==, 0);
        /* The token after the word starts past it. */
        if (tokens->len > 1)
          g_assert_cmpuint (g_array_index (tokens, SuggestToken, 1).start, >=, end);
      }
}

/* The run's suggestions (SuggestOut): appended past any first room (grown
 * by doubling, every one kept in order), inserted at the start, in the
 * middle and at the end, removed one and several at a time with the rest
 * moved down in order, cut short; a range of none removes nothing. */
static void
test_suggest_out (void)
{
  SuggestOut out = { 0 };
  SitrepSuggestion s[300];

  for (guint k = 0; k < G_N_ELEMENTS (s); k++)
    {
      s[k].start = k;
      _sitrep_suggest_out_append (&out, &s[k]);
    }
  g_assert_cmpuint (out.len, ==, 300);
  g_assert_cmpuint (out.cap, >=, 300);
  for (guint k = 0; k < out.len; k++)
    g_assert_true (out.pdata[k] == &s[k]);

  _sitrep_suggest_out_remove (&out, 0);
  _sitrep_suggest_out_remove (&out, out.len - 1);
  _sitrep_suggest_out_remove_range (&out, 10, 5);
  _sitrep_suggest_out_remove_range (&out, 20, 0);
  g_assert_cmpuint (out.len, ==, 293);
  g_assert_true (out.pdata[0] == &s[1]);
  g_assert_true (out.pdata[9] == &s[10]);
  g_assert_true (out.pdata[10] == &s[16]);
  g_assert_true (out.pdata[out.len - 1] == &s[298]);
  for (guint k = 1; k < out.len; k++)
    g_assert_cmpuint (out.pdata[k - 1]->start, <, out.pdata[k]->start);

  _sitrep_suggest_out_insert (&out, 0, &s[0]);
  _sitrep_suggest_out_insert (&out, 11, &s[11]);
  _sitrep_suggest_out_insert (&out, out.len, &s[299]);
  g_assert_cmpuint (out.len, ==, 296);
  g_assert_true (out.pdata[0] == &s[0]);
  g_assert_true (out.pdata[11] == &s[11]);
  g_assert_true (out.pdata[12] == &s[16]);
  g_assert_true (out.pdata[out.len - 1] == &s[299]);

  _sitrep_suggest_out_truncate (&out, 3);
  g_assert_cmpuint (out.len, ==, 3);
  g_assert_true (out.pdata[2] == &s[2]);
  _sitrep_suggest_out_truncate (&out, 0);
  _sitrep_suggest_out_insert (&out, 0, &s[7]);
  g_assert_cmpuint (out.len, ==, 1);
  g_assert_true (out.pdata[0] == &s[7]);
  _sitrep_suggest_out_clear (&out);
  g_assert_null (out.pdata);
  g_assert_cmpuint (out.len, ==, 0);
  g_assert_cmpuint (out.cap, ==, 0);
}

/* _sitrep_suggest_tok_is () with a literal word tells tokens apart by a
 * hash folded when compiling: it answers as a byte compare does, whatever
 * the case, script or kind of the token, and for a word given by pointer. */
static void
test_tok_is_literal (void)
{
  static const char text[] = "Last LAST last lasT U u US 2 \xd9\x85\xd9\x86\xd8\xb0 Dar'a - "
                             "Abcdefghijklmnopqrstuvwx Abcdefghijklmnopqrstuvwxy";
  static const char * const by_pointer[] = { "last", "U", "dar'a", NULL };
  SuggestRun run = { 0 };
  g_autoptr(GArray) tokens = _sitrep_suggest_tokenize (text, NULL);

  run.text = text;
  run.text_len = strlen (text);
  run.tokens = tokens;
  run.toks = (const SuggestToken *) (gconstpointer) tokens->data;
  run.n_tokens = tokens->len;
  for (guint i = 0; i <= run.n_tokens; i++)
    {
      const SuggestToken *t = i < run.n_tokens ? tok (&run, i) : NULL;
#define SAME(word) (t != NULL && t->end - t->start == strlen (word) && \
                    g_ascii_strncasecmp (text + t->start, word, strlen (word)) == 0)
#define CHECK(word) g_assert_true (_sitrep_suggest_tok_is (&run, i, word) == SAME (word))
      CHECK ("last");
      CHECK ("Last");
      CHECK ("LAST");
      CHECK ("u");
      CHECK ("U");
      CHECK ("us");
      CHECK ("2");
      CHECK ("-");
      CHECK ("\xd9\x85\xd9\x86\xd8\xb0");
      CHECK ("dar'a");
      CHECK ("abcdefghijklmnopqrstuvwx");
      CHECK ("abcdefghijklmnopqrstuvwxy");
      for (guint k = 0; by_pointer[k] != NULL; k++)
        CHECK (by_pointer[k]);
#undef CHECK
#undef SAME
    }
  g_assert_true (_sitrep_suggest_tok_is (&run, 0, "last"));
  g_assert_true (_sitrep_suggest_tok_is (&run, 1, "Last"));
  g_assert_true (_sitrep_suggest_tok_is (&run, 4, "U"));
  g_assert_true (_sitrep_suggest_tok_is (&run, 5, "U"));
}

/* _sitrep_suggest_tok_among() passes over a word token whose hash's bit
 * is not in its list's filter: every token of a text (capitals, Arabic,
 * numbers, marks, words past MAX_LISTED_WORD bytes, random words) is among
 * a list exactly when a plain compare finds it there, and the filter, at
 * hand after the first ask, holds the bit of each of the list's words. */
static const char * const among_short[] = { "abu", "Umm", "al", NULL };
static const char * const among_mixed[] = { "killed", "Dar'a", "-", "2", "\xd9\x85\xd9\x86\xd8\xb0",
                                            "abcdefghijklmnopqrstuvwxy", "us", NULL };

static void
test_tok_among_filter (void)
{
  const char * const *lists[] = { among_short, among_mixed, _sitrep_suggest_articles };
  g_autoptr(GString) text = g_string_new ("ABU Abu abu umm UMM Al al-Qaeda killed KILLED Killed killedx kille "
                                          "Dar'a dar'A - 2 22 \xd9\x85\xd9\x86\xd8\xb0 US us u "
                                          "abcdefghijklmnopqrstuvwxy ABCDEFGHIJKLMNOPQRSTUVWXY abcdefghijklmnopqrstuvwx The the THE a An ");
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(GArray) tokens = NULL;
  Lexicon *lexicon = _sitrep_suggest_lexicon_new ();
  SuggestRun run = { 0 };

  /* Random words of one to six letters, in both cases. */
  for (guint k = 0; k < 20000; k++)
    {
      guint len = g_rand_int_range (rand, 1, 7);

      for (guint c = 0; c < len; c++)
        g_string_append_c (text, (g_rand_boolean (rand) ? 'a' : 'A') + g_rand_int_range (rand, 0, 26));
      g_string_append_c (text, ' ');
    }
  tokens = _sitrep_suggest_tokenize (text->str, NULL);
  run.text = text->str;
  run.text_len = text->len;
  run.tokens = tokens;
  run.toks = (const SuggestToken *) (gconstpointer) tokens->data;
  run.n_tokens = tokens->len;
  run.lexicon = lexicon;
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      guint n_in = 0;

      for (guint i = 0; i <= run.n_tokens; i++)
        {
          const SuggestToken *t = i < run.n_tokens ? tok (&run, i) : NULL;
          gboolean plain = FALSE;

          for (guint k = 0; t != NULL && lists[l][k] != NULL; k++)
            plain |= t->end - t->start == strlen (lists[l][k]) &&
                     g_ascii_strncasecmp (text->str + t->start, lists[l][k], t->end - t->start) == 0;
          if (_sitrep_suggest_tok_among (&run, i, lists[l]) != plain)
            g_error ("token %u \"%.*s\" among list %u: %d", i, t != NULL ? (int) (t->end - t->start) : 0,
                     t != NULL ? text->str + t->start : "", l, !plain);
          n_in += plain;
        }
      g_assert_cmpuint (n_in, >, 0);
      {
        const AmongSlot *slot = &((const AmongSlot *) ((const LexiconSlot *) lexicon + LEXICON_SLOTS))[LEXICON_SLOT (lists[l])];
        guint64 bits[G_N_ELEMENTS (slot->bits)] = { 0 };

        g_assert_true (slot->list == lists[l]);
        for (guint k = 0; lists[l][k] != NULL; k++)
          {
            guint32 hash = _sitrep_suggest_word_hash (lists[l][k], strlen (lists[l][k]));

            bits[LEXICON_AMONG_WORD (hash)] |= LEXICON_AMONG_BIT (hash);
          }
        for (guint w = 0; w < G_N_ELEMENTS (bits); w++)
          g_assert_cmphex (slot->bits[w], ==, bits[w]);
      }
    }
  _sitrep_suggest_lexicon_free (lexicon);
}

/* Lists at hand are found by their address: the 130 or so lists of the
 * detectors, static arrays laid out one after another in each file, take
 * slots of their own, so none pushes another out to the slow way (a hash
 * table look-up at every test). 128 lists of 3 to 9 words, as a file lays
 * them out, take at least 124 slots. */
static const char * const slot_lists[1280 + 8192 / sizeof (char *)];

static void
test_lexicon_slots (void)
{
  /* From any of many places the lists may start at. */
  for (guint from = 0; from < 8192 / sizeof (char *); from += 37)
    {
      g_autoptr(GHashTable) slots = g_hash_table_new (NULL, NULL);
      const char * const *list = &slot_lists[from];

      for (guint k = 0; k < 128; k++)
        {
          g_hash_table_add (slots, GUINT_TO_POINTER (LEXICON_SLOT (list)));
          /* The next list, 4 to 10 pointers on (its words and its NULL). */
          list += 4 + (k * 5) % 7;
        }
      if (g_hash_table_size (slots) < 124)
        g_error ("lists from %u take %u slots", from, g_hash_table_size (slots));
    }
}

/* The word table tells words apart by their bytes, not by their hash: with
 * every token under one hash, words of 1 to 20 bytes that differ at any one
 * byte are each their own word, and the same word found again is the same. */
static void
test_words_same_hash (void)
{
  static const char base[] = "abcdefghijklmnopqrst";
  g_autoptr(GString) text = g_string_new (NULL);
  SuggestRun run = { 0 };
  SuggestWords *words = _sitrep_suggest_words_new ();
  GArray *tokens;

  for (guint round = 0; round < 2; round++)
    for (guint len = 1; len < sizeof base; len++)
      for (guint at = 0; at <= len; at++)
        {
          g_string_append_len (text, base, len);
          /* One byte changed (none when at == len). */
          if (at < len)
            text->str[text->len - len + at] = 'z' - (at % 3);
          g_string_append_c (text, ' ');
        }
  tokens = _sitrep_suggest_tokenize (text->str, NULL);
  for (guint i = 0; i < tokens->len; i++)
    g_array_index (tokens, SuggestToken, i).lhash = 7;
  run.text = text->str;
  run.text_len = text->len;
  run.tokens = tokens;
  run.toks = (const SuggestToken *) (gconstpointer) tokens->data;
  run.n_tokens = tokens->len;
  run.lexicon = _sitrep_suggest_lexicon_new ();
  run.words = g_new (SuggestWord *, run.n_tokens);
  run.lists = g_new (guint64, run.n_tokens);
  run.caps = g_new (guint, run.n_tokens);
  run.arabic = g_new (guint, run.n_tokens);
  _sitrep_suggest_words_mark (words, &run);
  for (guint i = 0; i < run.n_tokens; i++)
    {
      const SuggestToken *a = tok (&run, i);

      g_assert_nonnull (run.words[i]);
      g_assert_cmpuint (run.words[i]->len, ==, a->end - a->start);
      g_assert_cmpmem (run.words[i]->text, run.words[i]->len, text->str + a->start, a->end - a->start);
      for (guint j = 0; j < i; j++)
        {
          const SuggestToken *b = tok (&run, j);
          gboolean same = a->end - a->start == b->end - b->start &&
                          memcmp (text->str + a->start, text->str + b->start, a->end - a->start) == 0;

          g_assert_true (same == (run.words[i] == run.words[j]));
        }
    }
  g_array_unref (tokens);
  g_free (run.words);
  g_free (run.lists);
  g_free (run.caps);
  g_free (run.arabic);
  _sitrep_suggest_lexicon_free (run.lexicon);
  _sitrep_suggest_words_free (words);
}

/* Capitalised runs answered from the run's per-token memo equal those
 * worked out afresh, asked twice at every token (runs of one to five
 * words, articles, hyphens, sentence ends). Fails when the memo's
 * encoding of a run's end is off. */
static void
test_cap_run_memo (void)
{
  const char *text = "Troops at Camp Speicher met al-Zubaidah Tribe Elders in Ras al-Ain. "
                     "As Suwayda, Deir ez-Zor and Abu Kamal; The Free Syrian Army Of The North West "
                     "said. An Iraqi officer at Qayyarah Airfield West. X Y Z W V U T.";
  SuggestRun run = { 0 };
  SuggestWords *words = _sitrep_suggest_words_new ();
  guint8 *memo;

  run.text = text;
  run.text_len = strlen (text);
  run.tokens = _sitrep_suggest_tokenize (text, NULL);
  run.toks = (const SuggestToken *) (gconstpointer) run.tokens->data;
  run.n_tokens = run.tokens->len;
  run.lexicon = _sitrep_suggest_lexicon_new ();
  run.words = g_new (SuggestWord *, run.n_tokens);
  run.lists = g_new (guint64, run.n_tokens);
  run.caps = g_new (guint, run.n_tokens);
  run.arabic = g_new (guint, run.n_tokens);
  memo = g_new0 (guint8, run.n_tokens);
  _sitrep_suggest_words_mark (words, &run);
  for (guint round = 0; round < 2; round++)
    {
      for (guint i = 0; i < run.n_tokens; i++)
        {
          guint fresh_last = G_MAXUINT, memo_last = G_MAXUINT;
          gboolean fresh, memoed;

          run.cap_runs = NULL;
          fresh = _sitrep_suggest_cap_run (&run, i, &fresh_last);
          run.cap_runs = memo;
          memoed = _sitrep_suggest_cap_run (&run, i, &memo_last);
          g_assert_cmpint (fresh, ==, memoed);
          g_assert_cmpuint (fresh_last, ==, memo_last);
        }
    }
  g_array_unref (run.tokens);
  g_free (run.words);
  g_free (run.lists);
  g_free (run.caps);
  g_free (run.arabic);
  g_free (memo);
  _sitrep_suggest_lexicon_free (run.lexicon);
  _sitrep_suggest_words_free (words);
}

/* An empty text first (the suggester's token arrays not made yet), then a
 * text, then an empty one again: nothing proposed for the empty ones, and
 * no null array written to (UBSan halts on one in the sanitizer build). */
static void
test_empty_text (void)
{
  g_autoptr(SitrepSuggester) suggester = sitrep_suggester_new (NULL, NULL);
  const char *texts[] = { "", "Clashes in Raqqa on 3 May killed 4 civilians.", "" };

  for (guint k = 0; k < G_N_ELEMENTS (texts); k++)
    {
      g_autoptr(SitrepSuggestResult) r = sitrep_suggester_run (suggester, texts[k], "2022-10-19",
                                                                SITREP_DATE_PRECISION_DAY, NULL);

      if (*texts[k] == '\0')
        g_assert_cmpuint (r->suggestions->len, ==, 0);
      else
        g_assert_cmpuint (r->suggestions->len, >, 0);
    }
}

/* The suggester's sort of a few elements gives g_array_sort()'s order,
 * in order, reversed, shuffled, with equal first halves, few and many. */
static void
test_sort_few (void)
{
  GRand *rand = g_rand_new_with_seed (11);

  /* Past 32 elements, runs merged: in order, reversed, at random, and a
   * few ascending runs one after another (as passes append places). */
  static const guint lens[] = { 33, 34, 63, 64, 65, 100, 257, 1000 };

  for (guint l = 0; l < 41 + G_N_ELEMENTS (lens); l++)
    {
      guint len = l <= 40 ? l : lens[l - 41];

      for (guint round = 0; round < 20; round++)
        {
          g_autoptr(GArray) a = g_array_new (FALSE, FALSE, 2 * sizeof (guint));
          g_autoptr(GArray) b = NULL;
          guint runs = round < 3 ? 1 : 1 + round % 7;

          for (guint k = 0; k < len; k++)
            {
              guint pair[2] = { round == 0 ? k : round == 1 ? len - k : round == 2 || round >= 10 ?
                                (guint) g_rand_int_range (rand, 0, 8) :
                                (k % (len / runs + 1)) * 3 + (guint) g_rand_int_range (rand, 0, 3), k };

              g_array_append_val (a, pair);
            }
          g_autoptr(GArray) c = g_array_copy (a);
          g_autoptr(GArray) d = g_array_copy (a);

          b = g_array_copy (a);
          _sitrep_suggest_sort_few (a, compare_pairs);
          g_array_sort (b, compare_pairs);
          g_assert_cmpmem (a->data, a->len * 2 * sizeof (guint), b->data, b->len * 2 * sizeof (guint));
          /* Stable, as g_array_sort() is. */
          _sitrep_suggest_sort_few (c, compare_first);
          g_array_sort (d, compare_first);
          g_assert_cmpmem (c->data, c->len * 2 * sizeof (guint), d->data, d->len * 2 * sizeof (guint));
        }
    }
  g_rand_free (rand);
}

/* The great-circle distance as the gazetteer measured it before the cosine
 * of a latitude was computed once per point (issue 11, branch speed11c). */
static double
haversine_before (double lat1,
                  double lon1,
                  double lat2,
                  double lon2)
{
  double p1 = lat1 * G_PI / 180.0;
  double p2 = lat2 * G_PI / 180.0;
  double dp = p2 - p1;
  double dl = (lon2 - lon1) * G_PI / 180.0;
  double a = sin (dp / 2) * sin (dp / 2) + cos (p1) * cos (p2) * sin (dl / 2) * sin (dl / 2);

  return 6371.0088 * 2 * atan2 (sqrt (a), sqrt (1 - a));
}

/* A distance from cosines computed once per point is the one computed
 * from the two latitudes, to the last bit (doubt and ranking compare it
 * with thresholds, so a last-bit change could change a suggestion). */
static void
test_distance_cos (void)
{
  GRand *rand = g_rand_new_with_seed (11);

  /* Damascus to Aleppo, about 310 km. */
  g_assert_cmpfloat_with_epsilon (sitrep_gazetteer_distance_km (33.5102, 36.2913, 36.2021, 37.1343), 310, 5);
  for (guint i = 0; i < 20000; i++)
    {
      double lat1 = g_rand_double_range (rand, -90, 90), lon1 = g_rand_double_range (rand, -180, 180);
      double lat2 = i % 2 == 0 ? lat1 + g_rand_double_range (rand, -3, 3) : g_rand_double_range (rand, -90, 90);
      double lon2 = i % 2 == 0 ? lon1 + g_rand_double_range (rand, -3, 3) : g_rand_double_range (rand, -180, 180);
      double before = haversine_before (lat1, lon1, lat2, lon2);
      double plain = sitrep_gazetteer_distance_km (lat1, lon1, lat2, lon2);
      double with_cos = sitrep_gazetteer_distance_km_cos (lat1, lon1, sitrep_gazetteer_cos_lat (lat1),
                                                          lat2, lon2, sitrep_gazetteer_cos_lat (lat2));
      double near = _sitrep_suggest_near_km (lat1, lon1, sitrep_gazetteer_cos_lat (lat1),
                                             lat2, lon2, sitrep_gazetteer_cos_lat (lat2));

      g_assert_cmpmem (&plain, sizeof plain, &before, sizeof before);
      g_assert_cmpmem (&with_cos, sizeof with_cos, &before, sizeof before);
      double band = _sitrep_suggest_near_band_km (lat1, lon1, sitrep_gazetteer_cos_lat (lat1),
                                                  lat2, lon2, sitrep_gazetteer_cos_lat (lat2));

      if (before <= FAR_FROM_OTHERS_KM)
        g_assert_cmpmem (&near, sizeof near, &before, sizeof before);
      else
        g_assert_cmpfloat (near, >, FAR_FROM_OTHERS_KM);
      /* The band: what weigh_places compares with its two thresholds. */
      if (before <= VILLAGE_FAR_KM)
        g_assert_cmpfloat (band, ==, VILLAGE_FAR_KM);
      else if (before <= FAR_FROM_OTHERS_KM)
        g_assert_cmpfloat (band, ==, FAR_FROM_OTHERS_KM);
      else
        g_assert_cmpfloat (band, >, FAR_FROM_OTHERS_KM);
    }
  /* Points a hair either side of each threshold, due north. */
  for (guint t = 0; t < 2; t++)
    {
      double km = t == 0 ? VILLAGE_FAR_KM : FAR_FROM_OTHERS_KM;

      for (int step = -3; step <= 3; step++)
        {
          double lat2 = 35.0 + (km + step * 1e-7) / 111.19508;
          double before = haversine_before (35.0, 38.0, lat2, 38.0);
          double band = _sitrep_suggest_near_band_km (35.0, 38.0, sitrep_gazetteer_cos_lat (35.0),
                                                      lat2, 38.0, sitrep_gazetteer_cos_lat (lat2));

          if (before <= VILLAGE_FAR_KM)
            g_assert_cmpfloat (band, ==, VILLAGE_FAR_KM);
          else if (before <= FAR_FROM_OTHERS_KM)
            g_assert_cmpfloat (band, ==, FAR_FROM_OTHERS_KM);
          else
            g_assert_cmpfloat (band, >, FAR_FROM_OTHERS_KM);
        }
    }
  g_rand_free (rand);
}

/* ---------------------------------------------------------------- fixed output */

/* A text with some of everything, and every suggestion the suggester makes
 * of it, as it made them before the speed work of issue 11 (branch
 * speed11b): work on the suggester's speed must not change what it
 * proposes. The same suggester reads it twice (its caches warm the
 * second time) and a second text in between. */
static const char fixed_text[] =
  "DEIR EZ-ZOR, Syria (Reuters) - At least 12 civilians were killed and over 30 others wounded on Tuesday "
  "when Russian jets struck a market in the town of al-Mayadin, the Syrian Observatory for Human Rights said.\n"
  "Islamic State (ISIS) fighters attacked positions of the Syrian Democratic Forces (SDF) near Hajin early last "
  "month, killing nine fighters, according to a statement released by the SDF. Maj. Gen. Abu Mohammed al-Jolani "
  "was not among the dead. Two days ago, 16 airstrikes hit villages east of Raqqa and Aleppo; 40 villages were "
  "cleared.\n"
  "On October 14, 2022, a car bomb in Mosul, Iraq, claimed the lives of five people. Since 2014, more than 500 "
  "civilians have died in Nineveh governorate. The Omar oil field and Tabqa airbase were shelled on 3 March. "
  "Hit and Tell Abyad were quiet; Jassim and جاسم in درعا reported 3,000 fighters deployed, and ٢٠ قتيلا.\n";

static char *
describe (const SitrepSuggestResult *result)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < result->suggestions->len; i++)
    {
      const SitrepSuggestion *s = result->suggestions->pdata[i];
      g_autofree char *attributes = sitrep_suggestion_to_attributes (s);

      g_string_append_printf (out, "%s %u %u %.4f %.4f %d %.3f %s %s %d %s\n", sitrep_suggest_kind_to_string (s->kind),
                              s->start, s->end, s->latitude, s->longitude, s->doubtful, s->score, s->text,
                              s->entity_name != NULL ? s->entity_name : "-", s->incident,
                              attributes != NULL ? attributes : "-");
    }
  return g_string_free (out, FALSE);
}

static const char fixed_expected[] =
  "place 0 11 35.3359 40.1408 0 0.700 DEIR EZ-ZOR Deir ez-Zor -1 {\"precision\":\"place\",\"doubtful\":false}\n"
  "place 13 18 35.0254 38.5078 0 0.800 Syria Syria -1 {\"precision\":\"country\",\"doubtful\":false}\n"
  "actor 20 27 nan nan 0 0.800 Reuters Reuters -1 -\n"
  "killed 31 52 nan nan 0 0.800 At least 12 civilians - 0 {\"count\":12,\"qualifier\":\"at_least\",\"victims\":\"civilians\"}\n"
  "wounded 69 83 nan nan 0 0.800 over 30 others - 0 {\"count\":30,\"qualifier\":\"more_than\",\"victims\":\"others\"}\n"
  "date 92 102 nan nan 0 0.800 on Tuesday - -1 {\"date\":\"2022-10-18\",\"precision\":\"day\",\"year_unknown\":false,\"text\":\"on Tuesday\"}\n"
  "actor 108 120 nan nan 0 0.600 Russian jets Russian jets -1 -\n"
  "place 152 162 35.0198 40.4515 0 0.400 al-Mayadin al-Mayadin -1 {\"precision\":\"place\",\"doubtful\":false}\n"
  "actor 168 203 nan nan 0 0.800 Syrian Observatory for Human Rights Syrian Observatory for Human Rights -1 -\n"
  "claimant 168 203 nan nan 0 0.700 Syrian Observatory for Human Rights Syrian Observatory for Human Rights -1 -\n"
  "actor 210 223 nan nan 0 0.800 Islamic State IS -1 -\n"
  "actor 225 229 nan nan 0 0.800 ISIS IS -1 -\n"
  "actor 266 290 nan nan 0 0.800 Syrian Democratic Forces SDF -1 -\n"
  "actor 292 295 nan nan 0 0.800 SDF SDF -1 -\n"
  "place 302 307 34.6951 40.8314 0 0.810 Hajin Hajīn -1 {\"precision\":\"place\",\"doubtful\":false}\n"
  "date 308 324 nan nan 0 0.800 early last month - -1 {\"date\":\"2022-09-01\",\"date_end\":\"2022-09-10\",\"precision\":\"range\",\"year_unknown\":false,\"text\":\"early last month\"}\n"
  "killed 334 347 nan nan 0 0.800 nine fighters - 1 {\"count\":9,\"qualifier\":\"exact\",\"victims\":\"fighters\"}\n"
  "actor 390 393 nan nan 0 0.800 SDF SDF -1 -\n"
  "claimant 390 393 nan nan 0 0.700 SDF SDF -1 -\n"
  "person 405 427 nan nan 0 0.700 Abu Mohammed al-Jolani Abu Mohammed al-Jolani -1 -\n"
  "date 452 464 nan nan 0 0.800 Two days ago - -1 {\"date\":\"2022-10-17\",\"precision\":\"day\",\"year_unknown\":false,\"text\":\"Two days ago\"}\n"
  "place 501 506 35.9528 39.0079 0 0.899 Raqqa Ar Raqqah -1 {\"precision\":\"place\",\"doubtful\":false}\n"
  "place 511 517 36.2012 37.1612 0 0.700 Aleppo Aleppo -1 {\"precision\":\"place\",\"doubtful\":false}\n"
  "date 548 564 nan nan 0 0.800 October 14, 2022 - -1 {\"date\":\"2022-10-14\",\"precision\":\"day\",\"year_unknown\":false,\"text\":\"October 14, 2022\"}\n"
  "place 580 585 36.3350 43.1189 0 0.700 Mosul Mosul -1 {\"precision\":\"place\",\"doubtful\":false}\n"
  "place 587 591 33.0396 43.7436 0 0.800 Iraq Iraq -1 {\"precision\":\"country\",\"doubtful\":false}\n"
  "killed 614 625 nan nan 0 0.800 five people - 2 {\"count\":5,\"qualifier\":\"exact\",\"victims\":\"people\"}\n"
  "killed 639 662 nan nan 0 0.800 more than 500 civilians - -1 {\"count\":500,\"qualifier\":\"more_than\",\"cumulative\":true,\"victims\":\"civilians\"}\n"
  "place 676 695 36.2728 42.9126 0 0.700 Nineveh governorate Nineveh governorate -1 {\"precision\":\"region\",\"doubtful\":false}\n"
  "place 701 705 35.8376 38.5483 1 0.481 Omar Omar -1 {\"precision\":\"place\",\"doubtful\":true}\n"
  "place 720 733 35.8376 38.5483 0 0.400 Tabqa airbase Tabqa airbase -1 {\"precision\":\"place\",\"doubtful\":false}\n"
  "date 750 757 nan nan 0 0.800 3 March - -1 {\"date\":\"2022-03-03\",\"precision\":\"day\",\"year_unknown\":false,\"text\":\"3 March\"}\n"
  "place 767 777 36.6965 38.9538 0 0.700 Tell Abyad Tall Abyaḑ -1 {\"precision\":\"place\",\"doubtful\":false}\n"
  "place 790 796 32.9913 36.0609 0 0.700 Jassim Jāsim -1 {\"precision\":\"place\",\"doubtful\":false}\n"
  "place 801 805 32.9913 36.0609 0 0.700 جاسم Jāsim -1 {\"precision\":\"place\",\"doubtful\":false}\n"
  "place 809 813 32.6189 36.1021 0 0.700 درعا Dar‘ā -1 {\"precision\":\"place\",\"doubtful\":false}\n"
  "killed 852 854 nan nan 0 0.650 ٢٠ - 3 {\"count\":20,\"qualifier\":\"exact\"}\n";

static void
test_fixed_output (void)
{
  g_autoptr(SitrepSuggester) suggester = sitrep_suggester_new (NULL, NULL);

  for (guint pass = 0; pass < 2; pass++)
    {
      SitrepSuggestResult *r = sitrep_suggester_run (suggester, fixed_text, "2022-10-19", SITREP_DATE_PRECISION_DAY, NULL);
      g_autofree char *got = describe (r);

      if (g_strcmp0 (got, fixed_expected) != 0)
        g_test_message ("pass %u gave:\n%s", pass, got);
      g_assert_cmpstr (got, ==, fixed_expected);
      sitrep_suggest_result_free (r);
      sitrep_suggest_result_free (sitrep_suggester_run (suggester, "Fighting near Palmyra and in Homs killed 4 soldiers on Monday.",
                                                        "2022-10-19", SITREP_DATE_PRECISION_DAY, NULL));
    }
}

/* _sitrep_suggest_tok_among () with a lexicon (a filter, then only the
 * words of the token's hash compared) answers as a plain compare of every
 * word does: words in any case, marks, numbers, Arabic, a word longer than
 * the hashed ones, a list of many words and one whose words share a
 * first letter. And the tokenizer's abbreviations keep a sentence going
 * ("Gen.", "U.S.", "sept."), other full stops end it ("men."). */
static void
test_tok_among_hashed (void)
{
  static const char * const short_list[] = { "killed", "Syria", ",", "3", "\xd9\x82\xd8\xaa\xd9\x84", NULL };
  static const char * const same_start[] = { "kill", "killed", "killing", "kills", "k", NULL };
  static const char * const long_words[] = { "internationalisationssss", "internationalisationsssss", "-", NULL };
  const char * const *lists[] = { short_list, same_start, long_words, NULL };
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_free);
  const char *text = "Killed KILLED killing kill k, 3 3,000 Syria syria \xd9\x82\xd8\xaa\xd9\x84 - "
                     "internationalisationssss internationalisationsssss INTERNATIONALISATIONSSSSS word17 Word40 x";
  SuggestRun run = { 0 }, plain = { 0 };
  g_autoptr(GArray) tokens = NULL;
  GArray *sentences, *paragraphs;

  for (guint k = 0; k < 40; k++)
    g_ptr_array_add (many, g_strdup_printf ("word%u", k));
  g_ptr_array_add (many, NULL);
  run.text = plain.text = text;
  run.text_len = plain.text_len = strlen (text);
  run.tokens = plain.tokens = tokens = _sitrep_suggest_tokenize (text, NULL);
  run.toks = plain.toks = (const SuggestToken *) (gconstpointer) tokens->data;
  run.n_tokens = plain.n_tokens = tokens->len;
  run.lexicon = _sitrep_suggest_lexicon_new ();
  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i <= run.n_tokens; i++)
      {
        for (guint l = 0; lists[l] != NULL; l++)
          {
            gboolean expected = FALSE;

            for (guint k = 0; i < run.n_tokens && lists[l][k] != NULL; k++)
              expected = expected || (strlen (lists[l][k]) == tok (&run, i)->end - tok (&run, i)->start &&
                                      g_ascii_strncasecmp (text + tok (&run, i)->start, lists[l][k],
                                                           strlen (lists[l][k])) == 0);
            g_assert_true (_sitrep_suggest_tok_among (&run, i, lists[l]) == expected);
            g_assert_true (_sitrep_suggest_tok_among (&plain, i, lists[l]) == expected);
          }
        g_assert_true (_sitrep_suggest_tok_among (&run, i, (const char * const *) many->pdata) ==
                       _sitrep_suggest_tok_among (&plain, i, (const char * const *) many->pdata));
      }
  g_assert_true (_sitrep_suggest_tok_among (&run, 0, short_list));
  g_assert_false (_sitrep_suggest_tok_among (&run, 0, long_words));
  g_assert_true (_sitrep_suggest_tok_among (&run, run.n_tokens - 3, (const char * const *) many->pdata));
  g_assert_false (_sitrep_suggest_tok_among (&run, run.n_tokens - 2, (const char * const *) many->pdata));
  _sitrep_suggest_lexicon_free (run.lexicon);

  sentences = _sitrep_suggest_tokenize ("Gen. Smith met U.S. officials in sept. 2014 with Brig. Ali. "
                                        "Then 20 men. Later", NULL);
  for (guint i = 0; i < sentences->len; i++)
    g_assert_cmpuint (g_array_index (sentences, SuggestToken, i).sentence, ==,
                      i < 18 ? 0 : i < 22 ? 1 : 2);
  g_array_unref (sentences);

  /* The first token of each paragraph, and only those: after one line
   * break or several, none before the first token. */
  paragraphs = g_array_new (FALSE, FALSE, sizeof (guint));
  sentences = _sitrep_suggest_tokenize_paragraphs ("\n\nFirst line. Still\nSecond\n\n\nThird 3 .\n", NULL, paragraphs);
  g_assert_cmpuint (paragraphs->len, ==, 3);
  g_assert_cmpuint (g_array_index (paragraphs, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (paragraphs, guint, 1), ==, 4);
  g_assert_cmpuint (g_array_index (paragraphs, guint, 2), ==, 5);
  for (guint i = 0, p = 0; i < sentences->len; i++)
    {
      gboolean starts = i == 0 || g_array_index (sentences, SuggestToken, i).paragraph !=
                                  g_array_index (sentences, SuggestToken, i - 1).paragraph;

      g_assert_true (starts == (p < paragraphs->len && g_array_index (paragraphs, guint, p) == i));
      p += starts;
    }
  g_array_unref (sentences);
  g_array_unref (paragraphs);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  /* First: the word lists are met for the first time in this process
   * while its first text is read (a list met in the middle of a text must
   * still be known at every token of it). */
  g_test_add_func ("/sitrep/suggest/fixed-output", test_fixed_output);
  g_test_add_func ("/sitrep/suggest/figures/verbs", test_figures_verbs);
  g_test_add_func ("/sitrep/suggest/figures/phrases", test_figures_phrases);
  g_test_add_func ("/sitrep/suggest/figures/not-casualties", test_figures_not_casualties);
  g_test_add_func ("/sitrep/suggest/figures/cumulative", test_figures_cumulative);
  g_test_add_func ("/sitrep/suggest/places/spellings", test_places_spellings);
  g_test_add_func ("/sitrep/suggest/places/common-word", test_places_common_word);
  g_test_add_func ("/sitrep/suggest/places/unplaced", test_places_unplaced);
  g_test_add_func ("/sitrep/suggest/long-text", test_long_text);
  g_test_add_func ("/sitrep/suggest/places/context-kept", test_context_kept);
  g_test_add_func ("/sitrep/suggest/actors", test_actors);
  g_test_add_func ("/sitrep/suggest/actors/first-words", test_actors_first_words);
  g_test_add_func ("/sitrep/suggest/persons", test_persons);
  g_test_add_func ("/sitrep/suggest/claimants", test_claimants);
  g_test_add_func ("/sitrep/suggest/dates", test_dates);
  g_test_add_func ("/sitrep/suggest/dates/year-unknown", test_dates_year_unknown);
  g_test_add_func ("/sitrep/suggest/dates/close-forms", test_dates_close_forms);
  g_test_add_func ("/sitrep/suggest/dates/arabic-words", test_dates_arabic_words);
  g_test_add_func ("/sitrep/suggest/dates/unexplained", test_dates_unexplained);
  g_test_add_func ("/sitrep/suggest/dates/repeated", test_dates_repeated);
  g_test_add_func ("/sitrep/suggest/places/light-key-ascii", test_light_key_ascii);
  g_test_add_func ("/sitrep/suggest/places/spelled-as-lazy", test_spelled_as_lazy);
  g_test_add_func ("/sitrep/suggest/sort-few", test_sort_few);
  g_test_add_func ("/sitrep/suggest/arena", test_arena);
  g_test_add_func ("/sitrep/suggest/out", test_suggest_out);
  g_test_add_func ("/sitrep/suggest/cap-run-memo", test_cap_run_memo);
  g_test_add_func ("/sitrep/suggest/empty-text", test_empty_text);
  g_test_add_func ("/sitrep/suggest/distance-cos", test_distance_cos);
  g_test_add ("/sitrep/suggest/store/accept-reject-undo", Fixture, NULL, fixture_set_up,
              test_store_accept_reject_undo, fixture_tear_down);
  g_test_add ("/sitrep/suggest/store/project-names", Fixture, NULL, fixture_set_up,
              test_store_project_names, fixture_tear_down);
  g_test_add ("/sitrep/suggest/store/name-first-words", Fixture, NULL, fixture_set_up,
              test_store_name_first_words, fixture_tear_down);
  g_test_add ("/sitrep/suggest/store/project-place", Fixture, NULL, fixture_set_up,
              test_store_project_place, fixture_tear_down);
  g_test_add ("/sitrep/suggest/store/learned-place", Fixture, NULL, fixture_set_up,
              test_store_learned_place, fixture_tear_down);
  g_test_add_func ("/sitrep/suggest/store/migrate", test_store_migrate_v3);
  g_test_add ("/sitrep/suggest/store/save-many", Fixture, NULL, fixture_set_up, test_store_save_many,
              fixture_tear_down);
  g_test_add ("/sitrep/suggest/store/save-difference", Fixture, NULL, fixture_set_up, test_store_save_difference,
              fixture_tear_down);
  g_test_add ("/sitrep/suggest/store/save-told-same", Fixture, NULL, fixture_set_up, test_store_save_told_same,
              fixture_tear_down);
  /* Last: its word lists are every later suggester's too. */
  g_test_add_func ("/sitrep/suggest/zz/lexicon-wide", test_lexicon_wide);
  g_test_add_func ("/sitrep/suggest/zz/tokenize-spaces", test_tokenize_spaces);
  g_test_add_func ("/sitrep/suggest/zz/words-mark", test_words_mark);
  g_test_add_func ("/sitrep/suggest/zz/tok-among-hashed", test_tok_among_hashed);
  g_test_add_func ("/sitrep/suggest/zz/span-hashes", test_span_hashes);
  g_test_add_func ("/sitrep/suggest/zz/place-key-kept", test_place_key_kept);
  g_test_add_func ("/sitrep/suggest/zz/tokenize-offsets", test_tokenize_offsets);
  g_test_add_func ("/sitrep/suggest/zz/tokenize-word-lengths", test_tokenize_word_lengths);
  g_test_add_func ("/sitrep/suggest/zz/tok-is-literal", test_tok_is_literal);
  g_test_add_func ("/sitrep/suggest/zz/lexicon-slots", test_lexicon_slots);
  g_test_add_func ("/sitrep/suggest/zz/tok-among-filter", test_tok_among_filter);
  g_test_add_func ("/sitrep/suggest/zz/words-same-hash", test_words_same_hash);

  return g_test_run ();
}

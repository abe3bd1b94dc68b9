/* test-suggest-review.c — what a coder decided on suggestions outlives a new Suggest (undo after it, a
 * rejected span's inside) and a salvage of the damaged project
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sitrep-store-private.h"
#include "sitrep-store-suggested-incidents.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-suggest-events.h"
#include "sitrep-test-util.h"

typedef SitrepTestProject Fixture;

/* Two long actor names with words inside them. */
#define COVER_TEXT \
  "Syrian Arab Army troops shelled Deir ez-Zor on Monday. " \
  "Fighters of the Islamic State of Iraq and the Levant attacked a checkpoint.\n"
/* Two incidents, in two paragraphs. */
#define TWO_INCIDENTS \
  "An airstrike hit a market in Raqqa on 14 October 2022, killing 12 civilians.\n\n" \
  "Separately, clashes in Jasim on 16 October 2022 left 4 soldiers dead.\n"

static void
suggest (SitrepStore *store,
         gint64       article)
{
  g_autoptr(GPtrArray) list = sitrep_test_suggest_stored (store, article);
}

static GPtrArray *
pending (SitrepStore *store,
         gint64       article)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = sitrep_store_list_suggestions (store, article, &error);

  g_assert_no_error (error);
  return list;
}

/* How many pending suggestions of @kind read @text. */
static guint
count_pending (SitrepStore       *store,
               gint64             article,
               SitrepSuggestKind  kind,
               const char        *text)
{
  g_autoptr(GPtrArray) list = pending (store, article);
  guint n = 0;

  for (guint i = 0; i < list->len; i++)
    {
      SitrepStoredSuggestion *s = list->pdata[i];

      n += s->kind == kind && g_strcmp0 (s->text, text) == 0;
    }
  return n;
}

/* The pending incidents at @place: how many, and the first's id (0: none). */
static guint
count_incidents_at (SitrepStore *store,
                    gint64       article,
                    const char  *place,
                    gint64      *id)
{
  g_autoptr(GPtrArray) list = sitrep_test_list_incidents (store, article);
  guint n = 0;

  if (id != NULL)
    *id = 0;
  for (guint i = 0; i < list->len; i++)
    {
      SitrepProposedIncident *inc = list->pdata[i];

      if (g_strcmp0 (inc->place_text, place) != 0)
        continue;
      if (n++ == 0 && id != NULL)
        *id = inc->id;
    }
  return n;
}

/* Reject an incident, Suggest again, Undo: the coder expects the incident
 * back, pending, whole and once — as Undo does without the Suggest between
 * (it was hidden until the next Suggest: its members had been replaced). */
static void
test_undo_reject_incident_after_suggest (Fixture       *f,
                                         gconstpointer  data)
{
  gint64 article = sitrep_test_add_article_full (f->store, "Two", TWO_INCIDENTS, NULL, "2022-10-17");
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepProposedIncident) back = NULL;
  gint64 jasim, again;

  suggest (f->store, article);
  g_assert_cmpuint (count_incidents_at (f->store, article, "Jasim", &jasim), ==, 1);
  g_assert_true (sitrep_store_reject_proposed_incident (f->store, jasim, &error));
  g_assert_no_error (error);
  suggest (f->store, article);
  g_assert_cmpuint (count_incidents_at (f->store, article, "Jasim", NULL), ==, 0);

  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_incidents_at (f->store, article, "Jasim", &again), ==, 1);
  g_assert_cmpint (again, ==, jasim);
  back = sitrep_store_get_proposed_incident (f->store, jasim, &error);
  g_assert_no_error (error);
  g_assert_cmpint (back->status, ==, SITREP_SUGGESTION_PENDING);
  /* Whole: its figure and place are the article's pending suggestions. */
  g_assert_cmpuint (back->figures->len, ==, 1);
  g_assert_cmpstr (back->figure_texts[0], ==, "4 soldiers");
  g_assert_cmpint (back->place, !=, 0);
  g_assert_cmpuint (count_pending (f->store, article, SITREP_SUGGEST_KILLED, "4 soldiers"), ==, 1);
  /* And once after the next Suggest too. */
  suggest (f->store, article);
  g_assert_cmpuint (count_incidents_at (f->store, article, "Jasim", NULL), ==, 1);

  /* Accepted, Suggest again, Undo: the same. */
  g_assert_cmpuint (count_incidents_at (f->store, article, "Jasim", &jasim), ==, 1);
  g_assert_cmpint (sitrep_store_accept_proposed_incident (f->store, jasim, f->annotator, NULL, &error), >, 0);
  g_assert_no_error (error);
  suggest (f->store, article);
  g_assert_cmpuint (count_incidents_at (f->store, article, "Jasim", NULL), ==, 0);
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sitrep_test_count_events (f->store), ==, 0);
  g_assert_cmpuint (count_incidents_at (f->store, article, "Jasim", &again), ==, 1);
  g_assert_cmpint (again, ==, jasim);
  g_assert_cmpuint (count_pending (f->store, article, SITREP_SUGGEST_KILLED, "4 soldiers"), ==, 1);
  suggest (f->store, article);
  g_assert_cmpuint (count_incidents_at (f->store, article, "Jasim", NULL), ==, 1);
  g_assert_cmpuint (count_pending (f->store, article, SITREP_SUGGEST_KILLED, "4 soldiers"), ==, 1);
}

/* Reject a suggestion, Suggest again, Undo: it is pending again, once; and
 * Redo after another Suggest rejects the row the list shows, leaving no
 * copy of it pending. */
static void
test_undo_reject_suggestion_after_suggest (Fixture       *f,
                                           gconstpointer  data)
{
  gint64 article = sitrep_test_add_article_full (f->store, "Two", TWO_INCIDENTS, NULL, "2022-10-17");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  SitrepStoredSuggestion *raqqa;

  suggest (f->store, article);
  list = pending (f->store, article);
  raqqa = sitrep_test_find_stored (list, SITREP_SUGGEST_PLACE, "Raqqa");
  g_assert_nonnull (raqqa);
  g_assert_true (sitrep_store_reject_suggestion (f->store, raqqa->id, &error));
  g_assert_no_error (error);
  suggest (f->store, article);
  g_assert_cmpuint (count_pending (f->store, article, SITREP_SUGGEST_PLACE, "Raqqa"), ==, 0);

  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_pending (f->store, article, SITREP_SUGGEST_PLACE, "Raqqa"), ==, 1);
  suggest (f->store, article);
  g_assert_cmpuint (count_pending (f->store, article, SITREP_SUGGEST_PLACE, "Raqqa"), ==, 1);
  /* The Raqqa incident has its place again. */
  {
    g_autoptr(GPtrArray) incs = sitrep_test_list_incidents (f->store, article);
    gboolean placed = FALSE;

    for (guint i = 0; i < incs->len; i++)
      placed |= g_strcmp0 (((SitrepProposedIncident *) incs->pdata[i])->place_text, "Raqqa") == 0;
    g_assert_true (placed);
  }

  g_assert_true (sitrep_store_redo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_pending (f->store, article, SITREP_SUGGEST_PLACE, "Raqqa"), ==, 0);
}

/* A salvaged project keeps its pending suggestions, its incidents, what
 * was rejected and the place choices it learnt. */
static void
test_salvage_keeps_suggestions (Fixture       *f,
                                gconstpointer  data)
{
  gint64 article = sitrep_test_add_article_full (f->store, "Two", TWO_INCIDENTS, NULL, "2022-10-17");
  g_autofree char *copy = g_build_filename (f->dir, "salvaged.sitrep", NULL);
  g_autoptr(SitrepStore) salvaged = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *report = NULL;
  SitrepStoredSuggestion *s;
  gint64 jasim;
  guint n_pending;
  gsize len;
  sqlite3 *db;

  suggest (f->store, article);
  list = pending (f->store, article);
  /* Rejected: the date of the Raqqa strike; accepted: its place. */
  s = sitrep_test_find_stored (list, SITREP_SUGGEST_DATE, "14 October 2022");
  g_assert_nonnull (s);
  g_assert_true (sitrep_store_reject_suggestion (f->store, s->id, &error));
  g_assert_no_error (error);
  s = sitrep_test_find_stored (list, SITREP_SUGGEST_PLACE, "Raqqa");
  g_assert_nonnull (s);
  /* The coder moved its pin before accepting: the place choice to learn. */
  db = _sitrep_store_lock (f->store, &error);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE suggestions SET latitude = 35.5, longitude = 39.5 WHERE text = 'Raqqa'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  _sitrep_store_unlock (f->store);
  g_assert_cmpint (sitrep_store_accept_suggestion (f->store, s->id, f->annotator, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (count_incidents_at (f->store, article, "Jasim", &jasim), ==, 1);
  g_assert_true (sitrep_store_reject_proposed_incident (f->store, jasim, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) now = pending (f->store, article);

    n_pending = now->len;
  }
  g_assert_cmpuint (n_pending, >, 0);

  /* Later reports fill the file's last pages. */
  for (guint i = 0; i < 150; i++)
    {
      g_autofree char *title = g_strdup_printf ("Filler %u", i);
      g_autofree char *body = g_strdup_printf ("Filler report %u. Nothing happened in the town of Filler%u today. "
                                               "The market was open and the roads were quiet.", i, i);

      sitrep_test_add_article (f->store, title, body);
    }
  sitrep_store_close (f->store);
  g_clear_object (&f->store);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  /* Damaged: cut short, its last pages lost. */
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 20 * 4096);
  g_assert_true (g_file_set_contents (f->path, contents, (len - 4 * 4096) / 4096 * 4096, NULL));

  g_assert_true (sitrep_store_salvage (f->path, copy, &error));
  g_assert_no_error (error);
  salvaged = sitrep_store_open (copy, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (sitrep_store_check (salvaged, &report, &error));
  g_assert_no_error (error);
  report = sitrep_store_get_meta (salvaged, "salvage_report");
  g_test_message ("%s", report);

  /* Pending suggestions and the Raqqa incident are there to review. */
  {
    g_autoptr(GPtrArray) kept = pending (salvaged, article);

    g_assert_cmpuint (kept->len, ==, n_pending);
  }
  g_assert_cmpuint (count_incidents_at (salvaged, article, "Raqqa", NULL), ==, 1);
  /* A new Suggest keeps the rejections: neither the date nor the Jasim
   * incident comes back, nor the accepted place. */
  suggest (salvaged, article);
  g_assert_cmpuint (count_pending (salvaged, article, SITREP_SUGGEST_DATE, "14 October 2022"), ==, 0);
  g_assert_cmpuint (count_pending (salvaged, article, SITREP_SUGGEST_PLACE, "Raqqa"), ==, 0);
  g_assert_cmpuint (count_incidents_at (salvaged, article, "Jasim", NULL), ==, 0);
  g_assert_cmpuint (count_incidents_at (salvaged, article, "Raqqa", NULL), ==, 1);
  g_assert_cmpuint (count_pending (salvaged, article, SITREP_SUGGEST_KILLED, "4 soldiers"), ==, 1);
  /* The place choice learnt: Raqqa in another report takes the accepted point. */
  {
    gint64 second = sitrep_test_add_article (salvaged, "Again", "Shelling hit Raqqa again on Monday.");
    g_autoptr(GPtrArray) later = NULL;

    suggest (salvaged, second);
    later = pending (salvaged, second);
    s = sitrep_test_find_stored (later, SITREP_SUGGEST_PLACE, "Raqqa");
    g_assert_nonnull (s);
    g_assert_cmpfloat_with_epsilon (s->latitude, 35.5, 0.001);
  }
}

/* Rejecting a long span rejects the words inside it with that label: the
 * next Suggest proposes no shorter actor inside a rejected actor ("Arab
 * Army" of "Syrian Arab Army" came back), while another label inside it
 * (the place "Iraq" of "Islamic State of Iraq and the Levant") and the
 * rest of the article still come. */
static void
test_reject_covers_inside (Fixture       *f,
                           gconstpointer  data)
{
  gint64 article = sitrep_test_add_article_full (f->store, "Raid", COVER_TEXT, NULL, "2022-10-17");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  const char *long_spans[] = { "Syrian Arab Army", "Islamic State of Iraq and the Levant" };
  guint ranges[2][2];

  suggest (f->store, article);
  list = pending (f->store, article);
  g_assert_null (sitrep_test_find_stored (list, SITREP_SUGGEST_ACTOR, "Arab Army"));
  g_assert_null (sitrep_test_find_stored (list, SITREP_SUGGEST_PLACE, "Iraq"));
  for (guint i = 0; i < G_N_ELEMENTS (long_spans); i++)
    {
      SitrepStoredSuggestion *s = sitrep_test_find_stored (list, SITREP_SUGGEST_ACTOR, long_spans[i]);

      g_assert_nonnull (s);
      ranges[i][0] = s->start;
      ranges[i][1] = s->end;
      g_assert_true (sitrep_store_reject_suggestion (f->store, s->id, &error));
      g_assert_no_error (error);
    }

  suggest (f->store, article);
  after = pending (f->store, article);
  for (guint i = 0; i < after->len; i++)
    {
      SitrepStoredSuggestion *s = after->pdata[i];

      g_test_message ("%s “%s”", sitrep_suggest_kind_to_string (s->kind), s->text);
      for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
        g_assert_false (s->kind == SITREP_SUGGEST_ACTOR && s->start >= ranges[r][0] && s->end <= ranges[r][1]);
    }
  g_assert_cmpuint (count_pending (f->store, article, SITREP_SUGGEST_ACTOR, "Arab Army"), ==, 0);
  g_assert_cmpuint (count_pending (f->store, article, SITREP_SUGGEST_PLACE, "Iraq"), ==, 1);
  g_assert_cmpuint (count_pending (f->store, article, SITREP_SUGGEST_PLACE, "Deir ez-Zor"), ==, 1);
}

/* A name accepted in one role is not proposed again over the same words
 * in another: after "the Observatory" of "according to the Observatory" and
 * "Major General Oleg Yegorov" are accepted as claimants, the next Suggest
 * (the project now knowing them as actors) proposes neither as an Actor or a
 * Person over the same words; a reading of another kind is still proposed
 * (the place and the figure of the same article). */
static void
test_accepted_name_not_again (Fixture       *f,
                              gconstpointer  data)
{
  gint64 article = sitrep_test_add_article_full (f->store, "Raid",
                                                 "Shelling killed 12 civilians in Raqqa on Monday, according to the "
                                                 "Syrian Observatory for Human Rights.\n\n"
                                                 "“Terrorists attacked the checkpoint,” said Major General Oleg "
                                                 "Yegorov, who heads the centre.\n", NULL, "2022-10-17");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  guint ranges[8][2];
  guint n_ranges = 0;

  suggest (f->store, article);
  list = pending (f->store, article);
  for (guint i = 0; i < list->len; i++)
    {
      SitrepStoredSuggestion *s = list->pdata[i];

      g_test_message ("first: %s “%s”", sitrep_suggest_kind_to_string (s->kind), s->text);
      if (s->kind != SITREP_SUGGEST_CLAIMANT || n_ranges == G_N_ELEMENTS (ranges))
        continue;
      g_assert_cmpint (sitrep_store_accept_suggestion (f->store, s->id, f->annotator, &error), >, 0);
      g_assert_no_error (error);
      ranges[n_ranges][0] = s->start;
      ranges[n_ranges][1] = s->end;
      n_ranges++;
    }
  g_assert_cmpuint (n_ranges, >=, 2);

  suggest (f->store, article);
  after = pending (f->store, article);
  for (guint i = 0; i < after->len; i++)
    {
      SitrepStoredSuggestion *s = after->pdata[i];

      g_test_message ("again: %s “%s”", sitrep_suggest_kind_to_string (s->kind), s->text);
      for (guint r = 0; r < n_ranges; r++)
        g_assert_false ((s->kind == SITREP_SUGGEST_ACTOR || s->kind == SITREP_SUGGEST_PERSON ||
                         s->kind == SITREP_SUGGEST_CLAIMANT) &&
                        s->start == ranges[r][0] && s->end == ranges[r][1]);
    }
  g_assert_cmpuint (count_pending (f->store, article, SITREP_SUGGEST_PLACE, "Raqqa"), ==, 1);
  g_assert_cmpuint (count_pending (f->store, article, SITREP_SUGGEST_KILLED, "12 civilians"), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, "sitrep-review-XXXXXX", sitrep_test_project_set_up, fn, sitrep_test_project_tear_down)
  ADD ("/suggest-review/undo-reject-incident-after-suggest", test_undo_reject_incident_after_suggest);
  ADD ("/suggest-review/undo-reject-suggestion-after-suggest", test_undo_reject_suggestion_after_suggest);
  ADD ("/suggest-review/salvage-keeps-suggestions", test_salvage_keeps_suggestions);
  ADD ("/suggest-review/reject-covers-inside", test_reject_covers_inside);
  ADD ("/suggest-review/accepted-name-not-again", test_accepted_name_not_again);
#undef ADD

  return g_test_run ();
}

/* test-stories.c — stories: order, persistence, reorder and undo; the story handout (PDF, PNG, CLI)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sitrep-basemap.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"
#include "sitrep-story-export.h"
#include "sitrep-story-card-private.h"
#include "sitrep-ucdp.h"

typedef struct
{
  char *dir;
  char *path;
  SitrepStore *store;
  gint64 events[4];   /* bus bombing, Jasim clash, Daraa shelling, an event with no place */
  guint n_signals;
  gint64 last_story;
} Fixture;

static const char body1[] =
  "Damascus — A bomb attack on a military bus near Damascus claimed the lives of 18 soldiers, "
  "with more than 20 others wounded. ISIS claimed the attack in a statement.";
static const char body2[] =
  "Eighteen soldiers were killed and over 27 wounded when a bus was bombed near Damascus, "
  "state media said. Jassim saw clashes the week after.";

static void
place_at (SitrepStore *store,
          gint64       id,
          double       lat,
          double       lon,
          const char  *admin1)
{
  g_autofree char *sql = NULL;
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];
  sqlite3 *db = _sitrep_store_lock (store, NULL);

  /* The gazetteer places entities; here the test does. */
  sql = g_strdup_printf ("UPDATE entities SET latitude = %s, longitude = %s, admin1 = '%s',"
                         " country = 'Syria' WHERE id = %" G_GINT64_FORMAT,
                         g_ascii_dtostr (a, sizeof a, lat), g_ascii_dtostr (b, sizeof b, lon), admin1, id);
  g_assert_true (_sitrep_store_exec (db, sql, NULL));
  _sitrep_store_unlock (store);
}

static gint64
entity (SitrepStore *store,
        const char  *kind,
        const char  *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = sitrep_store_add_entity (store, kind, name, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
event (SitrepStore *store,
       const char  *type,
       const char  *sub,
       const char  *start,
       const char  *end,
       int          precision,
       gint64       place,
       gint64       actor1,
       gint64       actor2)
{
  g_autoptr(GError) error = NULL;
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  gint64 id;

  draft.event_type = type;
  draft.sub_event_type = sub;
  draft.date_start = start;
  draft.date_end = end;
  draft.date_precision = precision;
  draft.place_id = place;
  draft.actor1_id = actor1;
  draft.actor2_id = actor2;
  draft.location = place == 0 ? "somewhere in the Badia" : NULL;
  id = sitrep_store_create_event (store, &draft, &error);
  g_assert_no_error (error);
  return id;
}

static void
claim (SitrepStore *store,
       gint64       event_id,
       SitrepClaimKind kind,
       SitrepQualifier qualifier,
       gint64       count,
       const char  *claimant,
       gint64       article)
{
  g_autoptr(GError) error = NULL;
  SitrepClaimDraft draft = SITREP_CLAIM_DRAFT_INIT;

  draft.kind = kind;
  draft.qualifier = qualifier;
  draft.count_low = count;
  draft.claimant_text = claimant;
  draft.article_id = article;
  sitrep_store_add_claim (store, event_id, &draft, &error);
  g_assert_no_error (error);
}

static guint
offset_of (const char *text,
           const char *needle)
{
  const char *p = strstr (text, needle);

  g_assert_nonnull (p);
  return (guint) g_utf8_pointer_to_offset (text, p);
}

static void
on_stories_changed (SitrepStore *store,
                    gint64       story_id,
                    Fixture     *f)
{
  f->n_signals++;
  f->last_story = story_id;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepImportRecord record = { 0 };
  gint64 a1, a2, isis, army, rebels, damascus, jasim, daraa;

  f->dir = g_dir_make_tmp ("sitrep-stories-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "p.sitrep", NULL);
  f->store = sitrep_store_create (f->path, &error);
  g_assert_no_error (error);

  record.title = (char *) "Bus bombing near Damascus";
  record.body = (char *) body1;
  record.source = (char *) "SouthFront";
  a1 = sitrep_store_add_article (f->store, &record, NULL, &error);
  g_assert_no_error (error);
  record.title = (char *) "Eighteen soldiers killed";
  record.body = (char *) body2;
  record.source = (char *) "Al-Masdar";
  a2 = sitrep_store_add_article (f->store, &record, NULL, &error);
  g_assert_no_error (error);

  isis = entity (f->store, "actor", "Islamic State (ISIS)");
  army = entity (f->store, "actor", "Syrian Arab Army");
  rebels = entity (f->store, "actor", "Southern Operations Room");
  damascus = entity (f->store, "place", "Damascus");
  jasim = entity (f->store, "place", "Jasim");
  daraa = entity (f->store, "place", "Daraa");
  place_at (f->store, damascus, 33.5102, 36.2913, "Damascus");
  place_at (f->store, jasim, 32.9913, 36.0609, "Daraa");
  place_at (f->store, daraa, 32.6189, 36.1021, "Daraa");

  /* Across a year end, with a week and a month of uncertainty. */
  f->events[0] = event (f->store, "Explosions/Remote violence", "Remote explosive/landmine/IED",
                        "2021-12-31", NULL, 1, damascus, isis, army);
  f->events[1] = event (f->store, "Battles", "Armed clash", "2022-01-03", "2022-01-09", 3, jasim,
                        army, rebels);
  f->events[2] = event (f->store, "Explosions/Remote violence", "Shelling/artillery/missile attack",
                        "2022-02-01", NULL, 4, daraa, army, 0);
  f->events[3] = event (f->store, "Violence against civilians", "Attack", "2022-02-14", NULL, 1, 0,
                        isis, 0);

  claim (f->store, f->events[0], SITREP_CLAIM_KILLED, SITREP_QUALIFIER_EXACT, 18, "SOHR", a1);
  claim (f->store, f->events[0], SITREP_CLAIM_WOUNDED, SITREP_QUALIFIER_MORE_THAN, 20, "SOHR", a1);
  claim (f->store, f->events[0], SITREP_CLAIM_KILLED, SITREP_QUALIFIER_EXACT, 20, NULL, a2);
  claim (f->store, f->events[0], SITREP_CLAIM_WOUNDED, SITREP_QUALIFIER_MORE_THAN, 27, NULL, a2);
  claim (f->store, f->events[1], SITREP_CLAIM_KILLED, SITREP_QUALIFIER_AT_LEAST, 4, "Daraa 24", 0);
  sitrep_store_add_event_evidence (f->store, f->events[0], a1, offset_of (body1, "claimed the lives"),
                                   offset_of (body1, " soldiers,"), &error);
  g_assert_no_error (error);
  sitrep_store_add_event_evidence (f->store, f->events[1], a2, offset_of (body2, "Jassim saw"),
                                   offset_of (body2, " the week"), &error);
  g_assert_no_error (error);

  g_signal_connect (f->store, "stories-changed", G_CALLBACK (on_stories_changed), f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (f->store != NULL)
    {
      sitrep_store_close (f->store);
      g_assert_finalize_object (f->store);
    }
  /* Leave the exports for a look when asked. */
  if (g_getenv ("SITREP_TEST_KEEP") == NULL)
    {
      dir = g_dir_open (f->dir, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (f->dir, name, NULL);
          if (g_file_test (path, G_FILE_TEST_IS_DIR))
            {
              g_autoptr(GDir) sub = g_dir_open (path, 0, NULL);
              const char *child;
              while (sub != NULL && (child = g_dir_read_name (sub)) != NULL)
                {
                  g_autofree char *p = g_build_filename (path, child, NULL);
                  g_unlink (p);
                }
              g_rmdir (path);
            }
          else
            g_unlink (path);
        }
      g_rmdir (f->dir);
    }
  else
    g_test_message ("exports kept in %s", f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
assert_steps (SitrepStore  *store,
              gint64        story,
              const gint64 *expected,
              guint         n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) steps = sitrep_store_list_story_steps (store, story, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (g_array_index (steps, gint64, i), ==, expected[i]);
}

static void
test_order_persistence (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  gint64 story, other;
  guint signals;

  story = sitrep_store_create_story (f->store, "  Southern front  ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (story, >, 0);
  g_assert_cmpuint (f->n_signals, ==, 1);
  g_assert_cmpint (f->last_story, ==, story);

  /* Names: required, unique, stripped. */
  g_assert_cmpint (sitrep_store_create_story (f->store, "Southern front", &error), ==, 0);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (sitrep_store_create_story (f->store, "   ", &error), ==, 0);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  other = sitrep_store_create_story (f->store, "Al-Bab; DROP TABLE stories; --", &error);
  g_assert_no_error (error);

  /* Appended, inserted at the front, inserted in the middle. */
  g_assert_true (sitrep_store_add_story_step (f->store, story, f->events[2], -1, &error));
  g_assert_true (sitrep_store_add_story_step (f->store, story, f->events[0], 0, &error));
  g_assert_true (sitrep_store_add_story_step (f->store, story, f->events[1], 1, &error));
  g_assert_no_error (error);
  {
    const gint64 expected[] = { f->events[0], f->events[1], f->events[2] };
    assert_steps (f->store, story, expected, 3);
  }
  signals = f->n_signals;
  g_assert_false (sitrep_store_add_story_step (f->store, story, f->events[1], -1, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (sitrep_store_add_story_step (f->store, story, 9999, -1, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sitrep_store_add_story_step (f->store, 9999, f->events[1], -1, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (f->n_signals, ==, signals);

  g_assert_true (sitrep_store_add_story_step (f->store, other, f->events[3], -1, &error));
  g_assert_true (sitrep_store_rename_story (f->store, story, "The southern front", &error));
  g_assert_no_error (error);
  g_assert_false (sitrep_store_rename_story (f->store, story, "Al-Bab; DROP TABLE stories; --", &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  /* Reopen: the same stories, the same order. */
  sitrep_store_close (f->store);
  g_assert_finalize_object (f->store);
  f->store = sitrep_store_open (f->path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  stories = sitrep_store_list_stories (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stories->len, ==, 2);
  g_assert_cmpstr (((SitrepStory *) stories->pdata[0])->name, ==, "Al-Bab; DROP TABLE stories; --");
  g_assert_cmpstr (((SitrepStory *) stories->pdata[1])->name, ==, "The southern front");
  g_assert_cmpuint (((SitrepStory *) stories->pdata[1])->n_steps, ==, 3);
  g_assert_cmpint (sitrep_store_find_story (f->store, "The southern front", &error), ==, story);
  g_assert_cmpint (sitrep_store_find_story (f->store, "Nowhere", &error), ==, 0);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    const gint64 expected[] = { f->events[0], f->events[1], f->events[2] };
    assert_steps (f->store, story, expected, 3);
  }

  /* Deleting an event removes its step and keeps the others in order. */
  g_assert_true (sitrep_store_delete_event (f->store, f->events[1], &error));
  g_assert_no_error (error);
  {
    const gint64 expected[] = { f->events[0], f->events[2] };
    assert_steps (f->store, story, expected, 2);
  }
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  {
    const gint64 expected[] = { f->events[0], f->events[1], f->events[2] };
    assert_steps (f->store, story, expected, 3);
  }
}

static void
test_reorder_undo (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  g_autofree char *description = NULL;
  const gint64 *e = f->events;
  gint64 story;

  story = sitrep_store_create_story (f->store, "Winter", &error);
  for (guint i = 0; i < 4; i++)
    g_assert_true (sitrep_store_add_story_step (f->store, story, e[i], -1, &error));
  g_assert_no_error (error);

  /* The last to the front, then one step back. */
  g_assert_true (sitrep_store_move_story_step (f->store, story, 3, 0, &error));
  {
    const gint64 expected[] = { e[3], e[0], e[1], e[2] };
    assert_steps (f->store, story, expected, 4);
  }
  g_assert_true (sitrep_store_move_story_step (f->store, story, 0, 2, &error));
  g_assert_no_error (error);
  {
    const gint64 expected[] = { e[0], e[1], e[3], e[2] };
    assert_steps (f->store, story, expected, 4);
  }
  g_assert_false (sitrep_store_move_story_step (f->store, story, 0, 4, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Each move is one undo step. */
  description = sitrep_store_dup_undo_description (f->store);
  g_assert_cmpstr (description, ==, "Move step");
  g_assert_true (sitrep_store_undo (f->store, &error));
  {
    const gint64 expected[] = { e[3], e[0], e[1], e[2] };
    assert_steps (f->store, story, expected, 4);
  }
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  {
    const gint64 expected[] = { e[0], e[1], e[2], e[3] };
    assert_steps (f->store, story, expected, 4);
  }
  g_assert_true (sitrep_store_redo (f->store, &error));
  g_assert_no_error (error);
  {
    const gint64 expected[] = { e[3], e[0], e[1], e[2] };
    assert_steps (f->store, story, expected, 4);
  }

  /* Remove, then a whole new order, each undone. */
  g_assert_true (sitrep_store_remove_story_step (f->store, story, 1, &error));
  {
    const gint64 expected[] = { e[3], e[1], e[2] };
    assert_steps (f->store, story, expected, 3);
  }
  {
    const gint64 order[] = { e[2], e[0], e[1] };
    g_assert_true (sitrep_store_set_story_steps (f->store, story, order, 3, &error));
    g_assert_no_error (error);
    assert_steps (f->store, story, order, 3);
  }
  {
    const gint64 twice[] = { e[2], e[2] };
    g_assert_false (sitrep_store_set_story_steps (f->store, story, twice, 2, &error));
    g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_DUPLICATE);
    g_clear_error (&error);
  }
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  {
    const gint64 expected[] = { e[3], e[0], e[1], e[2] };
    assert_steps (f->store, story, expected, 4);
  }

  /* Delete the story; undo brings it back with its steps in order. */
  g_assert_true (sitrep_store_delete_story (f->store, story, &error));
  g_assert_no_error (error);
  stories = sitrep_store_list_stories (f->store, &error);
  g_assert_cmpuint (stories->len, ==, 0);
  g_assert_null (sitrep_store_list_story_steps (f->store, story, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  {
    const gint64 expected[] = { e[3], e[0], e[1], e[2] };
    assert_steps (f->store, story, expected, 4);
  }
  {
    char *check = NULL;
    g_assert_true (sitrep_store_check (f->store, &check, &error));
    g_assert_no_error (error);
    g_free (check);
  }
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) ro = NULL;
  gint64 story = sitrep_store_create_story (f->store, "Kept", &error);

  g_assert_no_error (error);
  sitrep_store_close (f->store);
  g_clear_object (&f->store);
  ro = sitrep_store_open (f->path, SITREP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (sitrep_store_add_story_step (ro, story, f->events[0], -1, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpint (sitrep_store_create_story (ro, "New", &error), ==, 0);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_READ_ONLY);
}

/* The card of the first event, its place and the event set in @country. */
static SitrepStoryCard *
card_in_country (Fixture    *f,
                 const char *country)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *places = g_strdup_printf ("UPDATE entities SET country = '%s'", country);
  g_autofree char *events = g_strdup_printf ("UPDATE events SET country = '%s'", country);
  sqlite3 *db = _sitrep_store_lock (f->store, NULL);
  SitrepStoryCard *card;

  g_assert_true (_sitrep_store_exec (db, places, NULL));
  g_assert_true (_sitrep_store_exec (db, events, NULL));
  _sitrep_store_unlock (f->store);
  card = sitrep_story_card_new (f->store, f->events[0], &error);
  g_assert_no_error (error);
  return card;
}

/* An event placed from the gazetteer holds its country's code ("SY"): the
 * card, read by an audience, names the country; a name no code stands
 * for is shown as it is. */
static void
test_card_country_name (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SitrepStoryCard) coded = card_in_country (f, "SY");
  g_autoptr(SitrepStoryCard) named = NULL;

  g_assert_cmpstr (coded->place, ==, "Damascus, Syria");
  named = card_in_country (f, "Ruritania");
  g_assert_cmpstr (named->place, ==, "Damascus, Ruritania");
}

static void
test_card (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStoryCard) card = sitrep_story_card_new (f->store, f->events[0], &error);
  g_autoptr(SitrepStoryCard) week = NULL;
  g_autoptr(SitrepStoryCard) month = NULL;
  g_autoptr(SitrepStoryCard) nowhere = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (card->date, ==, "31 December 2021");
  /* A step's map of a place known only as a region or a country (ACLED
   * geo-precision 3, "Syria") is wide enough to show it, not the blank
   * 2.6° around its centre a town gets. */
  {
    g_autoptr(SitrepEvent) event = sitrep_store_get_event (f->store, f->events[0], NULL);
    SitrepStoryCard town = { .geo_precision = 1 };
    SitrepStoryCard country = { .geo_precision = 3 };

    g_assert_cmpint (card->geo_precision, ==, sitrep_event_get_geo_precision (event));
    g_assert_cmpfloat (_sitrep_story_map_span (&town), <, 3);
    g_assert_cmpfloat (_sitrep_story_map_span (&country), >=, 8);
  }
  g_assert_cmpstr (card->headline, ==, "Remote explosive/landmine/IED");
  g_assert_cmpstr (card->place, ==, "Damascus, Syria");
  g_assert_cmpstr (card->actors, ==, "Islamic State (ISIS) against Syrian Arab Army");
  /* The figures keep the words of their source: SOHR's "more than 20"
   * wounded is not "20 wounded" (nor is "at least 4" killed "4 killed"). */
  g_assert_cmpstr (card->figures, ==, "18 killed (sources say 18–20) · more than 20 wounded");
  g_assert_nonnull (strstr (card->sources, "SOHR: 18 killed, more than 20 wounded"));
  g_assert_nonnull (strstr (card->sources, "Al-Masdar: 20 killed"));
  g_assert_nonnull (card->dispute);
  g_assert_cmpstr (card->quote, ==,
                   "Damascus — A bomb attack on a military bus near Damascus claimed the lives of 18 "
                   "soldiers, with more than 20 others wounded.");
  g_assert_cmpstr (card->quote_source, ==, "SouthFront");
  g_assert_false (isnan (card->latitude));

  week = sitrep_story_card_new (f->store, f->events[1], &error);
  g_assert_cmpstr (week->date, ==, "The week of 3 January 2022");
  g_assert_cmpstr (week->quote, ==, "Jassim saw clashes the week after.");
  g_assert_cmpstr (week->figures, ==, "at least 4 killed");
  g_assert_null (week->dispute);
  /* UCDP's dead by side: whose dead each figure counts. */
  {
    SitrepClaimDraft draft = SITREP_CLAIM_DRAFT_INIT;

    draft.claimant_text = "UCDP";
    draft.count_low = 6;
    draft.victim_side = SITREP_VICTIM_ACTOR1;
    sitrep_store_add_claim (f->store, f->events[1], &draft, &error);
    g_assert_no_error (error);
    draft.count_low = 14;
    draft.victim_side = SITREP_VICTIM_ACTOR2;
    sitrep_store_add_claim (f->store, f->events[1], &draft, &error);
    g_assert_no_error (error);
    draft.count_low = 3;
    draft.victim_side = SITREP_VICTIM_CIVILIANS;
    sitrep_store_add_claim (f->store, f->events[1], &draft, &error);
    g_assert_no_error (error);
  }
  {
    g_autoptr(SitrepStoryCard) sides = sitrep_story_card_new (f->store, f->events[1], &error);

    g_assert_no_error (error);
    g_assert_cmpstr (sides->sources, ==,
                     "Daraa 24: at least 4 killed · "
                     "UCDP: 6 killed (Syrian Arab Army), 14 killed (Southern Operations Room), 3 civilians killed");
    /* UCDP's 23 is a sum of three claims: a number, not "at least". */
    g_assert_cmpstr (sides->figures, ==, "at least 4 killed (sources say 4–23)");
  }
  month = sitrep_story_card_new (f->store, f->events[2], &error);
  g_assert_cmpstr (month->date, ==, "February 2022 (the month only)");
  g_assert_cmpstr (month->figures, ==, "No casualty figures reported");
  nowhere = sitrep_story_card_new (f->store, f->events[3], &error);
  g_assert_no_error (error);
  g_assert_true (isnan (nowhere->latitude));
  g_assert_cmpstr (nowhere->place, ==, "somewhere in the Badia");
  g_assert_null (nowhere->area);
  g_assert_true (isnan (nowhere->area_latitude));
  g_assert_null (nowhere->quote);

  /* An event of a CC BY dataset carries its credit onto the card. */
  g_assert_null (card->credit);
  {
    static const char ucdp[] =
      "ucdp_ged_id,split,start_date,end_date,source_date,source_article_hplt_id,side_a_name,side_b_name,"
      "location_root_name,location_adm1_name,location_adm2_name,location_where_name,deaths_side_a,"
      "deaths_side_b,deaths_civilian,deaths_unknown,deaths_low,deaths_high\n"
      "266027,train,2011-03-25,2011-03-25,2011-03-26,x,Government of Syria,Civilians,Syria,"
      "Rif Dimashq governorate,Darayya district,Moadamiyat al-Sham town,0,0,3,0,3,3\n";
    SitrepUcdpReport report = { 0 };
    SitrepEventQuery query = SITREP_EVENT_QUERY_INIT;
    g_autoptr(GArray) ids = NULL;
    g_autoptr(SitrepStoryCard) imported = NULL;

    g_assert_true (sitrep_ucdp_import_data (f->store, ucdp, strlen (ucdp), &report, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    sitrep_ucdp_report_clear (&report);
    query.date_to = "2011-12-31";
    ids = sitrep_store_query_event_ids (f->store, &query, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ids->len, ==, 1);
    imported = sitrep_story_card_new (f->store, g_array_index (ids, gint64, 0), &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (imported->credit, "UCDP Georeferenced Event Dataset"));
    g_assert_nonnull (strstr (imported->credit, "CC BY 4.0"));
    g_assert_cmpstr (imported->sources, ==, "UCDP: 3 civilians killed");
    /* Not placed, but its governorate is known: the card can show that. */
    g_assert_true (isnan (imported->latitude));
    g_assert_cmpstr (imported->area, ==, "Rif Dimashq governorate");
    g_assert_cmpfloat (fabs (imported->area_latitude - 33.5), <, 1.0);
    g_assert_cmpfloat (fabs (imported->area_longitude - 36.5), <, 1.0);
  }

  g_assert_null (sitrep_story_card_new (f->store, 9999, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
}

/* The page count pdfinfo reads, or -1 when pdfinfo is not installed. */
static int
pdf_pages (const char *path)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { NULL, path, NULL };
  const char *line;
  int status;

  if (pdfinfo == NULL)
    return -1;
  argv[0] = pdfinfo;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  line = strstr (out, "Pages:");
  g_assert_nonnull (line);
  return atoi (line + strlen ("Pages:"));
}

static void
check_png (const char *path,
           int         width,
           int         height)
{
  cairo_surface_t *png = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, height);
  cairo_surface_destroy (png);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "story.pdf", NULL);
  g_autofree char *titled = g_build_filename (f->dir, "titled.pdf", NULL);
  g_autofree char *all = g_build_filename (f->dir, "all.pdf", NULL);
  g_autofree char *png_dir = g_build_filename (f->dir, "png", NULL);
  g_autofree char *part = g_strdup_printf ("%s.part", pdf);
  SitrepStoryExportOptions options = SITREP_STORY_EXPORT_OPTIONS_INIT;
  gint64 story;
  guint n = 0;
  int pages;

  /* Three steps, one of them without coordinates, out of date order. */
  story = sitrep_store_create_story (f->store, "Winter 2021–22", &error);
  g_assert_true (sitrep_store_add_story_step (f->store, story, f->events[1], -1, &error));
  g_assert_true (sitrep_store_add_story_step (f->store, story, f->events[0], -1, &error));
  g_assert_true (sitrep_store_add_story_step (f->store, story, f->events[3], -1, &error));
  g_assert_no_error (error);

  options.story = "Winter 2021–22";
  options.pdf_path = pdf;
  options.png_dir = png_dir;
  options.png_dpi = 150;
  g_assert_true (sitrep_story_export (f->store, &options, NULL, NULL, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));

  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("step-%03u.png", i);
      g_autofree char *path = g_build_filename (png_dir, name, NULL);
      check_png (path, (int) ceil (SITREP_STORY_PAGE_WIDTH * 150 / 72),
                 (int) ceil (SITREP_STORY_PAGE_HEIGHT * 150 / 72));
    }

  options.png_dir = NULL;
  options.pdf_path = titled;
  options.title = "Southern Syria, winter 2021–22";
  g_assert_true (sitrep_story_export (f->store, &options, NULL, NULL, &n, NULL, &error));
  g_assert_no_error (error);

  /* No story named: every event in date order. */
  options.story = NULL;
  options.title = NULL;
  options.pdf_path = all;
  g_assert_true (sitrep_story_export (f->store, &options, NULL, NULL, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 4);

  pages = pdf_pages (pdf);
  if (pages < 0)
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed: page counts not checked");
      return;
    }
  g_assert_cmpint (pages, ==, 3);
  g_assert_cmpint (pdf_pages (titled), ==, 4);
  g_assert_cmpint (pdf_pages (all), ==, 4);
}

static void
test_export_bad (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "story.pdf", NULL);
  g_autofree char *blocked = g_build_filename (f->dir, "no-such-dir", "story.pdf", NULL);
  SitrepStoryExportOptions options = SITREP_STORY_EXPORT_OPTIONS_INIT;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  options.pdf_path = pdf;
  options.story = "Missing";
  g_assert_false (sitrep_story_export (f->store, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  options.story = "Empty";
  sitrep_store_create_story (f->store, "Empty", &error);
  g_assert_false (sitrep_story_export (f->store, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, SITREP_STORY_EXPORT_ERROR, SITREP_STORY_EXPORT_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  options.story = NULL;
  options.pdf_path = blocked;
  g_assert_false (sitrep_story_export (f->store, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, SITREP_STORY_EXPORT_ERROR, SITREP_STORY_EXPORT_ERROR_WRITE);
  g_clear_error (&error);

  options.pdf_path = pdf;
  g_cancellable_cancel (cancellable);
  g_assert_false (sitrep_story_export (f->store, &options, NULL, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  guint *n = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (sitrep_story_export_finish (SITREP_STORE (source), result, n, &error));
  g_assert_no_error (error);
}

static void
test_export_async (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "async.pdf", NULL);
  SitrepStoryExportOptions options = SITREP_STORY_EXPORT_OPTIONS_INIT;
  guint n = 0;

  options.pdf_path = pdf;
  sitrep_story_export_async (f->store, &options, NULL, NULL, NULL, NULL, on_exported, &n);
  while (n == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (n, ==, 4);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
}

/* A report with no outlet is named short on the card, under its figures and
 * its quote (the handout and the presentation showed its whole title). */
static void
test_card_report_without_outlet (Fixture       *f,
                                 gconstpointer  data)
{
  static const char body3[] = "Shells fell on the market at noon. Three people were killed in the shelling.";
  static const char title3[] = "Shells fall on the market in the south as the talks on a ceasefire stall again";
  static const char short3[] = "“Shells fall on the market in the…” (2022-02-02)";
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStoryCard) card = NULL;
  SitrepImportRecord record = { 0 };
  gint64 a3;

  record.title = (char *) title3;
  record.body = (char *) body3;
  record.published = (char *) "2022-02-02";
  record.published_precision = SITREP_DATE_PRECISION_DAY;
  a3 = sitrep_store_add_article (f->store, &record, NULL, &error);
  g_assert_no_error (error);
  claim (f->store, f->events[2], SITREP_CLAIM_KILLED, SITREP_QUALIFIER_EXACT, 3, NULL, a3);
  sitrep_store_add_event_evidence (f->store, f->events[2], a3, offset_of (body3, "Three people"),
                                   offset_of (body3, " in the shelling"), &error);
  g_assert_no_error (error);

  card = sitrep_story_card_new (f->store, f->events[2], &error);
  g_assert_no_error (error);
  g_test_message ("%s | %s", card->sources, card->quote_source);
  g_assert_null (strstr (card->sources, title3));
  g_assert_nonnull (strstr (card->sources, short3));
  g_assert_cmpstr (card->quote_source, ==, short3);
}

static char *
run_cli (const char * const *args,
         int                *status)
{
  const char *cli = g_getenv ("SITREP_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status;

  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &out, NULL, &wait_status, &error));
  g_assert_no_error (error);
  *status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  return out;
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "cli.pdf", NULL);
  g_autofree char *out = NULL;
  const char *cli = g_getenv ("SITREP_CLI");
  gint64 story;
  int status;

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("sitrep-cli is not built (SITREP_CLI)");
      return;
    }
  story = sitrep_store_create_story (f->store, "Three steps", &error);
  for (guint i = 0; i < 3; i++)
    g_assert_true (sitrep_store_add_story_step (f->store, story, f->events[2 - i], -1, &error));
  g_assert_no_error (error);
  sitrep_store_close (f->store);
  g_clear_object (&f->store);

  {
    const char *args[] = { "stories", f->path, "--json", NULL };
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonObject *object;
    JsonArray *steps;

    out = run_cli (args, &status);
    g_assert_cmpint (status, ==, 0);
    g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (json_array_get_length (json_node_get_array (json_parser_get_root (parser))), ==, 1);
    object = json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)), 0);
    g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "Three steps");
    steps = json_object_get_array_member (object, "events");
    g_assert_cmpuint (json_array_get_length (steps), ==, 3);
    for (guint i = 0; i < 3; i++)
      g_assert_cmpint (json_array_get_int_element (steps, i), ==, f->events[2 - i]);
    g_clear_pointer (&out, g_free);
  }
  {
    const char *args[] = { "export-story", f->path, "--story", "Three steps", "-o", pdf, NULL };
    g_autofree char *said = g_strdup_printf ("Wrote %s: 3 steps\n", pdf);

    out = run_cli (args, &status);
    g_assert_cmpint (status, ==, 0);
    /* it says what it wrote where (it said nothing) */
    g_assert_cmpstr (out, ==, said);
    g_clear_pointer (&out, g_free);
    if (pdf_pages (pdf) >= 0)
      g_assert_cmpint (pdf_pages (pdf), ==, 3);
  }
  {
    const char *args[] = { "export-story", f->path, "--story", "Three steps", "--title", "Handout", "-o", pdf, NULL };
    g_autofree char *said = g_strdup_printf ("Wrote %s: a title page and 3 steps\n", pdf);

    out = run_cli (args, &status);
    g_assert_cmpint (status, ==, 0);
    g_assert_cmpstr (out, ==, said);
    g_clear_pointer (&out, g_free);
    if (pdf_pages (pdf) >= 0)
      g_assert_cmpint (pdf_pages (pdf), ==, 4);
  }
  {
    g_autofree char *pngs = g_build_filename (f->dir, "cli-pages", NULL);
    const char *args[] = { "export-story", f->path, "--story", "Three steps", "--png-dir", pngs, "--dpi", "36", NULL };
    g_autofree char *said = g_strdup_printf ("Wrote 3 images in %s\n", pngs);

    out = run_cli (args, &status);
    g_assert_cmpint (status, ==, 0);
    g_assert_cmpstr (out, ==, said);
    g_clear_pointer (&out, g_free);
  }
  {
    const char *args[] = { "export-story", f->path, "--story", "Nope", "-o", pdf, NULL };
    out = run_cli (args, &status);
    g_assert_cmpint (status, ==, 1);
    g_clear_pointer (&out, g_free);
  }
  {
    const char *args[] = { "export-story", f->path, NULL };
    out = run_cli (args, &status);
    g_assert_cmpint (status, ==, 2);
  }
}

/* The text of page @page of @pdf, or NULL without pdftotext. */
static char *
pdf_page_text (const char *pdf,
               int         page)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *number = g_strdup_printf ("%d", page);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { NULL, "-f", number, "-l", number, pdf, "-", NULL };
  char *out = NULL;
  int status;

  if (pdftotext == NULL)
    return NULL;
  argv[0] = pdftotext;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Two steps in one place share one label on the title page's map and on
 * the other steps' maps, "1, 3"; the walk's handout drew the second's
 * number over the first's ("8" over "5", both at Syria's centre). */
static void
test_export_same_place (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepEvent) damascus = sitrep_store_get_event (f->store, f->events[0], NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "same.pdf", NULL);
  g_autofree char *title = NULL;
  g_autofree char *step = NULL;
  SitrepStoryExportOptions options = SITREP_STORY_EXPORT_OPTIONS_INIT;
  gint64 story, again;
  guint n = 0;

  again = event (f->store, "Battles", "Armed clash", "2022-01-20", NULL, 1, sitrep_event_get_place_id (damascus),
                 0, 0);
  story = sitrep_store_create_story (f->store, "Damascus twice", &error);
  g_assert_true (sitrep_store_add_story_step (f->store, story, f->events[0], -1, &error));
  g_assert_true (sitrep_store_add_story_step (f->store, story, f->events[1], -1, &error));
  g_assert_true (sitrep_store_add_story_step (f->store, story, again, -1, &error));
  g_assert_no_error (error);
  options.story = "Damascus twice";
  options.title = "Damascus twice";
  options.pdf_path = pdf;
  g_assert_true (sitrep_story_export (f->store, &options, NULL, NULL, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);

  title = pdf_page_text (pdf, 1);
  if (title == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  g_assert_nonnull (strstr (title, "1, 3"));
  /* Step 2's page (Jasim): the other two, at Damascus, as one label. */
  step = pdf_page_text (pdf, 3);
  g_assert_nonnull (strstr (step, "1, 3"));
}

/* A card made by hand: dated @day (Julian), at (@lat, @lon) or nowhere (NAN). */
static SitrepStoryCard *
hand_card (guint32 day,
           double  lat,
           double  lon)
{
  SitrepStoryCard *card = g_new0 (SitrepStoryCard, 1);
  GDate date;
  char text[64];

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_date_strftime (text, sizeof text, "%-d %B %Y", &date);
  card->date = g_strdup (text);
  card->headline = g_strdup ("Incident");
  card->place = g_strdup ("Somewhere");
  card->figures = g_strdup ("No casualty figures reported");
  card->latitude = lat;
  card->longitude = lon;
  card->area_latitude = NAN;
  card->area_longitude = NAN;
  card->fatalities = -1;
  card->first = card->last = day;
  return card;
}

/* Step @index of @cards drawn at twice the page's size. */
static cairo_surface_t *
draw_page (GPtrArray *cards,
           guint      index)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 2 * SITREP_STORY_PAGE_WIDTH,
                                                         2 * SITREP_STORY_PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, 2, 2);
  sitrep_story_draw_step (cr, (SitrepStoryCard * const *) cards->pdata, cards->len, index, "Test");
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y,
          double          *r,
          double          *g,
          double          *b)
{
  guint32 p = *(guint32 *) (cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface) + 4 * x);

  *r = ((p >> 16) & 0xff) / 255.0;
  *g = ((p >> 8) & 0xff) / 255.0;
  *b = (p & 0xff) / 255.0;
}

/* The timeline strip of a handout: the current step's label ("1 · 6 January
 * 2016") had the numbers of the steps a few days on written through it, in
 * grey ("2", "3", "4" in the demo's story); they are left out under it and
 * kept elsewhere. Read off the pixels: the label's rows are the first rows of
 * red under the map, and no grey is inside its width there. */
static void
test_strip_label_clear (Fixture       *f,
                        gconstpointer  data)
{
  const int days[] = { 0, 11, 49, 63, 156, 166, 330, 339 };
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_story_card_free);
  GDate start;
  cairo_surface_t *page;
  int width, height, top = -1, bottom = -1, x0 = G_MAXINT, x1 = -1;
  guint inside = 0, outside = 0;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 6, G_DATE_JANUARY, 2016);
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    g_ptr_array_add (cards, hand_card (g_date_get_julian (&start) + days[i], 33.5, 36.3));
  page = draw_page (cards, 0);
  width = cairo_image_surface_get_width (page);
  height = cairo_image_surface_get_height (page);

  /* below the map and the card (they end at 460 points) */
  for (int y = 2 * 464; y < height && (top < 0 || bottom < 0); y++)
    {
      gboolean red = FALSE;

      for (int x = 0; x < width; x++)
        {
          double r, g, b;

          pixel_at (page, x, y, &r, &g, &b);
          if (r > 0.5 && r - g > 0.3)
            {
              red = TRUE;
              x0 = MIN (x0, x);
              x1 = MAX (x1, x);
            }
        }
      if (red && top < 0)
        top = y;
      else if (!red && top >= 0)
        bottom = y;
    }
  g_assert_cmpint (top, >, 0);
  g_assert_cmpint (bottom, >, top);
  g_assert_cmpint (x1 - x0, >, 100);

  for (int y = top; y < bottom; y++)
    for (int x = 0; x < width; x++)
      {
        double r, g, b;

        pixel_at (page, x, y, &r, &g, &b);
        if (fabs (r - g) < 0.06 && fabs (b - r) < 0.1 && r < 0.7)
          {
            if (x >= x0 - 2 && x <= x1 + 2)
              inside++;
            else
              outside++;
          }
      }
  cairo_surface_destroy (page);
  g_assert_cmpuint (inside, ==, 0);
  /* "5" to "8" are still there */
  g_assert_cmpuint (outside, >, 20);
}

/* The map of a handout's step: another step's grey marker at the foot of the
 * map, on the credit line, was drawn over its words; it is left out there
 * (the pixels are those of the page without it), and drawn in open map. */
static void
test_markers_clear_of_credit (Fixture       *f,
                              gconstpointer  data)
{
  const double w = 470, h = 412, lat = 33.5, lon = 36.3;
  double mw = 2.6 / 360, mh = mw * h / w;
  double cx = sitrep_mercator_x (lon), cy = sitrep_mercator_y (lat);
  const double spots[][3] = { { w - 40, h - 8, 0 }, { w / 2 + 100, h / 2 - 60, 1 } };

  for (guint s = 0; s < G_N_ELEMENTS (spots); s++)
    {
      double x = spots[s][0], y = spots[s][1];
      double other_lon = sitrep_mercator_lon (cx - mw / 2 + x / w * mw);
      double other_lat = sitrep_mercator_lat (cy - mh / 2 + y / h * mh);
      g_autoptr(GPtrArray) with = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_story_card_free);
      g_autoptr(GPtrArray) without = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_story_card_free);
      cairo_surface_t *a, *b;
      double most = 0;

      g_ptr_array_add (with, hand_card (2457000, lat, lon));
      g_ptr_array_add (with, hand_card (2457010, other_lat, other_lon));
      g_ptr_array_add (without, hand_card (2457000, lat, lon));
      g_ptr_array_add (without, hand_card (2457010, NAN, NAN));
      a = draw_page (with, 0);
      b = draw_page (without, 0);
      /* around the other step's place, on the page (the map is at 28, 48) */
      for (int py = (int) (2 * (48 + y - 6)); py < 2 * (48 + y + 6); py++)
        for (int px = (int) (2 * (28 + x - 6)); px < 2 * (28 + x + 6); px++)
          {
            double r1, g1, b1, r2, g2, b2;

            pixel_at (a, px, py, &r1, &g1, &b1);
            pixel_at (b, px, py, &r2, &g2, &b2);
            most = MAX (most, MAX (fabs (r1 - r2), MAX (fabs (g1 - g2), fabs (b1 - b2))));
          }
      cairo_surface_destroy (a);
      cairo_surface_destroy (b);
      if (spots[s][2] == 0)
        g_assert_cmpfloat (most, ==, 0);
      else
        g_assert_cmpfloat (most, >, 0.3);
    }
}

/* The title map's numbers and a step's map's numbers go clear of the base
 * map's place names: the handout of the demo printed its "1" over "Ar
 * Ramadi" (a number went above and right of its marker, whatever lay there). */
static void
test_numbers_clear_of_names (Fixture       *f,
                             gconstpointer  data)
{
  /* Ar Ramadi, Al Fallujah, Baghdad, Hit: towns the map names. */
  static const double places[][2] = { { 33.4206, 43.3058 }, { 33.3539, 43.7868 }, { 33.3406, 44.4009 },
                                      { 33.6416, 42.8251 } };
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_story_card_free);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, SITREP_STORY_PAGE_WIDTH,
                                                         SITREP_STORY_PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    g_ptr_array_add (cards, hand_card (2457000 + 10 * i, places[i][0], places[i][1]));
  _sitrep_story_numbers_over_names ();
  sitrep_story_draw_title (cr, (SitrepStoryCard * const *) cards->pdata, cards->len, "Anbar");
  g_assert_cmpfloat (_sitrep_story_numbers_over_names (), ==, 0);
  for (guint i = 0; i < cards->len; i++)
    {
      sitrep_story_draw_step (cr, (SitrepStoryCard * const *) cards->pdata, cards->len, i, "Anbar");
      g_assert_cmpfloat (_sitrep_story_numbers_over_names (), ==, 0);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Step @index of @cards drawn as the handout's PDF draws it, at the page's
 * own size; how many texts were cut short on it ("…"). */
static guint
texts_cut_on_page (GPtrArray *cards,
                   guint      index)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, SITREP_STORY_PAGE_WIDTH,
                                                         SITREP_STORY_PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  _sitrep_story_texts_cut ();
  sitrep_story_draw_step (cr, (SitrepStoryCard * const *) cards->pdata, cards->len, index, "Test");
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return _sitrep_story_texts_cut ();
}

/* A step's quote from an Arabic report named by its title and day (no
 * outlet, no address): "— “…” (2024-04-03)" under the quote was one line,
 * cut before its day; it is drawn whole (on two lines), the quote above it
 * whole too. */
static void
test_arabic_source_line_whole (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_story_card_free);
  SitrepStoryCard *card;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 2, G_DATE_APRIL, 2024);
  card = hand_card (g_date_get_julian (&day), 32.89, 36.04);
  card->quote = g_strdup ("سقطت قذائف على سوق البلدة صباح الثلاثاء وأصيب خمسة مدنيين بجروح، "
                          "بحسب ما قال سكان من المنطقة لمراسل محلي.");
  card->quote_source = g_strdup ("“قصف مدفعي على سوق بلدة طفس في ريف درعا الغربي” (2024-04-03)");
  g_ptr_array_add (cards, card);
  g_assert_cmpuint (texts_cut_on_page (cards, 0), ==, 0);

  /* a name that does not fit on one line in English too */
  g_free (card->quote_source);
  card->quote_source = g_strdup ("“Shelling hits the market of Tafas in western Daraa…” (2024-04-03)");
  g_assert_cmpuint (texts_cut_on_page (cards, 0), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/sitrep/stories/order-persistence", test_order_persistence);
  ADD ("/sitrep/stories/reorder-undo", test_reorder_undo);
  ADD ("/sitrep/stories/read-only", test_read_only);
  ADD ("/sitrep/stories/card", test_card);
  ADD ("/sitrep/stories/card-country-name", test_card_country_name);
  ADD ("/sitrep/stories/card-report-without-outlet", test_card_report_without_outlet);
  ADD ("/sitrep/stories/export", test_export);
  ADD ("/sitrep/stories/export-same-place", test_export_same_place);
  ADD ("/sitrep/stories/export-bad", test_export_bad);
  ADD ("/sitrep/stories/export-async", test_export_async);
  ADD ("/sitrep/stories/cli", test_cli);
  ADD ("/sitrep/stories/strip-label-clear", test_strip_label_clear);
  ADD ("/sitrep/stories/markers-clear-of-credit", test_markers_clear_of_credit);
  ADD ("/sitrep/stories/numbers-clear-of-names", test_numbers_clear_of_names);
  ADD ("/sitrep/stories/arabic-source-line-whole", test_arabic_source_line_whole);

  return g_test_run ();
}

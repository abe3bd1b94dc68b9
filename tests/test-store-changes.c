/* test-store-changes.c — the store's typed change records for adds, edits, deletes, undo and redo
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sitrep-store.h"
#include "sitrep-test-util.h"
#include "sitrep-event-private.h"   /* sitrep_store_place_events, a test hook */

typedef struct
{
  char *dir;
  char *path;
  SitrepStore *store;
  GPtrArray *seen;     /* "detail: kind op ids", in emission order */
  gint64 article;
  gint64 place_label;
  GThread *main_thread;   /* where emissions must happen, when set */
} Fixture;

static const char body[] =
  "A bomb attack on a military bus near Damascus claimed the lives of 18 soldiers. "
  "ISIS claimed the attack.";

static void
on_changed (SitrepStore       *store,
            SitrepStoreChange *change,
            Fixture           *f)
{
  g_autofree char *text = sitrep_store_change_to_string (change);

  g_assert_true (store == f->store);
  if (f->main_thread != NULL)
    g_assert_true (g_thread_self () == f->main_thread);
  g_ptr_array_add (f->seen, g_steal_pointer (&text));
}

static gint64
add_article (SitrepStore *store,
             const char  *title,
             const char  *text)
{
  g_autoptr(SitrepImportRecord) r = sitrep_import_record_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  r->title = g_strdup (title);
  r->body = g_strdup (text);
  r->source = g_strdup ("SANA");
  r->original = g_bytes_new (text, strlen (text));
  r->original_name = g_strdup ("test.txt");
  r->original_type = g_strdup ("text/plain");
  id = sitrep_store_add_article (store, r, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sitrep-changes-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "p.sitrep", NULL);
  f->store = sitrep_store_create (f->path, &error);
  g_assert_no_error (error);
  f->article = add_article (f->store, "Bus bombing", body);
  f->place_label = sitrep_test_label_id (f->store, "Place");
  f->seen = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  sitrep_store_close (f->store);
  g_assert_finalize_object (f->store);
  g_ptr_array_unref (f->seen);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Asserts the records seen since the last call, then forgets them. */
static void
assert_seen (Fixture    *f,
             const char *first,
             ...)
{
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;
  va_list ap;

  va_start (ap, first);
  for (const char *s = first; s != NULL; s = va_arg (ap, const char *))
    g_ptr_array_add (expected, g_strdup (s));
  va_end (ap);
  g_ptr_array_add (expected, NULL);
  g_ptr_array_add (f->seen, NULL);

  want = g_strjoinv ("\n", (char **) expected->pdata);
  got = g_strjoinv ("\n", (char **) f->seen->pdata);
  g_assert_cmpstr (got, ==, want);
  g_ptr_array_set_size (f->seen, 0);
}

#define ID(x) ((long long) (x))

static void
test_article_changes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *added = NULL, *updated = NULL, *removed = NULL;
  gint64 second = add_article (f->store, "Second", "Eighteen soldiers were killed.");

  added = g_strdup_printf ("article added %lld", ID (second));
  assert_seen (f, added, NULL);

  g_assert_true (sitrep_store_set_article_status (f->store, second, SITREP_ARTICLE_STATUS_DONE,
                                                  &error));
  g_assert_no_error (error);
  updated = g_strdup_printf ("article changed %lld", ID (second));
  assert_seen (f, updated, NULL);

  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  assert_seen (f, updated, NULL);

  g_assert_true (sitrep_store_delete_articles (f->store, &second, 1, &error));
  g_assert_no_error (error);
  removed = g_strdup_printf ("article removed %lld", ID (second));
  assert_seen (f, removed, NULL);
}

static void
test_annotation_changes (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *added = NULL, *changed = NULL, *removed = NULL, *article_removed = NULL;
  g_autofree char *started = NULL;
  gint64 actor_label = sitrep_test_label_id (f->store, "Actor");
  gint64 id;

  id = sitrep_store_add_annotation (f->store, f->article, f->place_label, 48, 55, 0, 0, NULL, &error);
  g_assert_no_error (error);
  added = g_strdup_printf ("annotation added %lld@%lld", ID (id), ID (f->article));
  changed = g_strdup_printf ("annotation changed %lld@%lld", ID (id), ID (f->article));
  removed = g_strdup_printf ("annotation removed %lld@%lld", ID (id), ID (f->article));
  started = g_strdup_printf ("article changed %lld", ID (f->article));
  /* The first annotation also moves the article from New to In progress. */
  assert_seen (f, started, added, NULL);

  g_assert_true (sitrep_store_set_annotation_label (f->store, id, actor_label, &error));
  g_assert_no_error (error);
  assert_seen (f, changed, NULL);

  g_assert_true (sitrep_store_delete_annotation (f->store, id, &error));
  g_assert_no_error (error);
  assert_seen (f, removed, NULL);

  /* Undo brings it back, redo takes it away again. */
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  assert_seen (f, added, NULL);
  g_assert_true (sitrep_store_redo (f->store, &error));
  g_assert_no_error (error);
  assert_seen (f, removed, NULL);

  /* Undo past the delete and the label change. */
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  assert_seen (f, added, changed, NULL);

  /* Deleting the article takes its annotations with it. */
  g_assert_true (sitrep_store_delete_articles (f->store, &f->article, 1, &error));
  g_assert_no_error (error);
  article_removed = g_strdup_printf ("article removed %lld", ID (f->article));
  assert_seen (f, article_removed, removed, NULL);
}

static void
test_label_changes (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *added = NULL, *changed = NULL, *removed = NULL, *annotation = NULL;
  gint64 label, annotation_id;

  label = sitrep_store_add_label (f->store, "Vehicle", "other", "#336699", NULL, NULL, &error);
  g_assert_no_error (error);
  added = g_strdup_printf ("label added %lld", ID (label));
  changed = g_strdup_printf ("label changed %lld", ID (label));
  removed = g_strdup_printf ("label removed %lld", ID (label));
  assert_seen (f, added, NULL);

  g_assert_true (sitrep_store_update_label (f->store, label, "Vehicles", "other", "#336699", NULL,
                                            NULL, &error));
  g_assert_no_error (error);
  assert_seen (f, changed, NULL);

  annotation_id = sitrep_store_add_annotation (f->store, f->article, label, 28, 39, 0, 0, NULL, &error);
  g_assert_no_error (error);
  g_ptr_array_set_size (f->seen, 0);

  /* Deleting a label deletes its annotations, in one step. */
  g_assert_true (sitrep_store_delete_label (f->store, label, &error));
  g_assert_no_error (error);
  annotation = g_strdup_printf ("annotation removed %lld@%lld", ID (annotation_id), ID (f->article));
  assert_seen (f, removed, annotation, NULL);
}

static void
test_entity_changes (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a_added = NULL, *a_changed = NULL, *b_removed = NULL, *ann_changed = NULL;
  gint64 a, b, annotation;

  a = sitrep_store_add_entity (f->store, "place", "Damascus", &error);
  g_assert_no_error (error);
  a_added = g_strdup_printf ("entity added %lld", ID (a));
  a_changed = g_strdup_printf ("entity changed %lld", ID (a));
  assert_seen (f, a_added, NULL);

  /* An alias changes its entity. */
  g_assert_true (sitrep_store_add_alias (f->store, a, "Dimashq", &error));
  g_assert_no_error (error);
  assert_seen (f, a_changed, NULL);

  b = sitrep_store_add_entity (f->store, "place", "Damascus city", &error);
  g_assert_no_error (error);
  annotation = sitrep_store_add_annotation (f->store, f->article, f->place_label, 48, 55, 0, b, NULL,
                                            &error);
  g_assert_no_error (error);
  g_ptr_array_set_size (f->seen, 0);

  /* A merge: one entity changed, one gone, the mention moved. */
  g_assert_true (sitrep_store_merge_entities (f->store, a, b, &error));
  g_assert_no_error (error);
  b_removed = g_strdup_printf ("entity removed %lld", ID (b));
  ann_changed = g_strdup_printf ("annotation changed %lld@%lld", ID (annotation), ID (f->article));
  assert_seen (f, ann_changed, a_changed, b_removed, NULL);
}

static void
test_event_changes (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  SitrepClaimDraft claim = SITREP_CLAIM_DRAFT_INIT;
  g_autofree char *added = NULL, *changed = NULL, *removed = NULL;
  g_autofree char *claim_added = NULL, *claim_removed = NULL, *story_added = NULL;
  g_autofree char *story_changed = NULL;
  gint64 event, claim_id, story;

  draft.date_start = "2020-08-25";
  draft.description = "Bus bombed near Damascus";
  event = sitrep_store_create_event (f->store, &draft, &error);
  g_assert_no_error (error);
  added = g_strdup_printf ("event added %lld", ID (event));
  changed = g_strdup_printf ("event changed %lld", ID (event));
  removed = g_strdup_printf ("event removed %lld", ID (event));
  assert_seen (f, added, NULL);

  g_assert_true (sitrep_store_set_event_dates (f->store, event, "2020-08-24", NULL, 1, &error));
  g_assert_no_error (error);
  assert_seen (f, changed, NULL);

  /* A claim changes its event's figures. */
  claim.count_low = 18;
  claim_id = sitrep_store_add_claim (f->store, event, &claim, &error);
  g_assert_no_error (error);
  claim_added = g_strdup_printf ("claim added %lld@%lld", ID (claim_id), ID (event));
  claim_removed = g_strdup_printf ("claim removed %lld@%lld", ID (claim_id), ID (event));
  assert_seen (f, changed, claim_added, NULL);

  /* Evidence changes its event. */
  g_assert_cmpint (sitrep_store_add_event_evidence (f->store, event, f->article, 0, 12, &error), >, 0);
  g_assert_no_error (error);
  assert_seen (f, changed, NULL);

  story = sitrep_store_create_story (f->store, "Briefing", &error);
  g_assert_no_error (error);
  story_added = g_strdup_printf ("story added %lld", ID (story));
  story_changed = g_strdup_printf ("story changed %lld", ID (story));
  assert_seen (f, story_added, NULL);
  g_assert_true (sitrep_store_add_story_step (f->store, story, event, -1, &error));
  g_assert_no_error (error);
  assert_seen (f, story_changed, NULL);

  /* Deleting the event takes its claims and its step. */
  g_assert_true (sitrep_store_delete_event (f->store, event, &error));
  g_assert_no_error (error);
  assert_seen (f, removed, claim_removed, story_changed, NULL);

  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  assert_seen (f, added, claim_added, story_changed, NULL);
}

static void
test_import_changes (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepClaimDraft claim = SITREP_CLAIM_DRAFT_INIT;
  SitrepEventImport items[2] = { { SITREP_EVENT_DRAFT_INIT }, { SITREP_EVENT_DRAFT_INIT } };
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) actors = NULL;
  g_autofree char *events = NULL, *claims = NULL, *entities = NULL;
  g_autoptr(GPtrArray) claim_list = NULL;

  claim.count_low = 3;
  for (guint i = 0; i < 2; i++)
    {
      items[i].draft.date_start = i == 0 ? "2020-01-01" : "2020-01-02";
      items[i].actor1_name = "Government of Syria";
      items[i].low_override = items[i].high_override = -1;
    }
  items[1].claims = &claim;
  items[1].n_claims = 1;
  g_assert_cmpuint (sitrep_store_import_events (f->store, items, 2, NULL, NULL, NULL, &error), ==, 2);
  g_assert_no_error (error);

  ids = sitrep_store_query_event_ids (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  actors = sitrep_store_list_entities (f->store, "actor", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actors->len, ==, 1);
  claim_list = sitrep_store_list_claims (f->store, g_array_index (ids, gint64, 1), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (claim_list->len, ==, 1);

  entities = g_strdup_printf ("entity added %lld",
                              ID (sitrep_entity_get_id (g_ptr_array_index (actors, 0))));
  events = g_strdup_printf ("event added %lld %lld", ID (g_array_index (ids, gint64, 0)),
                            ID (g_array_index (ids, gint64, 1)));
  claims = g_strdup_printf ("claim added %lld@%lld",
                            ID (sitrep_claim_get_id (g_ptr_array_index (claim_list, 0))),
                            ID (g_array_index (ids, gint64, 1)));
  assert_seen (f, entities, events, claims, NULL);
}

static void
on_event_only (SitrepStore       *store,
               SitrepStoreChange *change,
               guint             *count)
{
  g_assert_cmpint (sitrep_store_change_get_kind (change), ==, SITREP_STORE_CHANGE_EVENT);
  (*count)++;
}

/* A view that connects with a detail hears only its kind. */
static void
test_detail (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  guint count = 0;
  gulong handler;
  gint64 event;

  handler = g_signal_connect (f->store, "changed::event", G_CALLBACK (on_event_only), &count);
  g_assert_cmpint (sitrep_store_add_entity (f->store, "actor", "ISIS", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 0);
  event = sitrep_store_create_event (f->store, &draft, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 1);
  g_signal_handler_disconnect (f->store, handler);
  g_assert_cmpint (event, >, 0);
}

/* A write that fails tells nobody anything. */
static void
test_failed_write (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (sitrep_store_delete_annotation (f->store, 999999, &error));
  g_assert_nonnull (error);
  g_assert_false (sitrep_store_set_event_dates (f->store, 999999, "2020-01-01", NULL, 1, NULL));
  assert_seen (f, NULL);
}

/* A write from another thread is heard on the store's own thread. */
static gpointer
add_in_thread (gpointer data)
{
  Fixture *f = data;

  return GSIZE_TO_POINTER ((gsize) sitrep_store_add_entity (f->store, "actor", "SOHR", NULL));
}

static void
test_thread (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *added = NULL;
  GThread *thread;
  gint64 id;

  /* Held by this thread, as a running main loop holds it in the app. */
  g_assert_true (g_main_context_acquire (NULL));
  f->main_thread = g_thread_self ();
  thread = g_thread_new ("writer", add_in_thread, f);
  id = (gint64) GPOINTER_TO_SIZE (g_thread_join (thread));
  added = g_strdup_printf ("entity added %lld", ID (id));
  g_assert_cmpint (id, >, 0);

  while (f->seen->len == 0)
    g_main_context_iteration (NULL, TRUE);
  g_main_context_release (NULL);
  assert_seen (f, added, NULL);
}

static void
count_signal (SitrepStore *store,
              gint64       id,
              GArray      *ids)
{
  g_array_append_val (ids, id);
}

static void
count_history (SitrepStore *store,
               guint       *n)
{
  (*n)++;
}

/* Many edits in one transaction (placing events in bulk) reach the views as
 * one write: one record of every event, one "events-changed" (id 0: more
 * than one) and one "history-changed", not one of each per edit. Its undo
 * is one write too. */
static void
test_unit_changes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) events_changed = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GString) changed = g_string_new ("event changed");
  gint64 ids[12];
  double coordinates[2 * G_N_ELEMENTS (ids)];
  guint n_history = 0;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;

      draft.date_start = "2020-08-25";
      draft.description = "Shelling";
      ids[i] = sitrep_store_create_event (f->store, &draft, &error);
      g_assert_no_error (error);
      coordinates[2 * i] = 33.0 + i * 0.1;
      coordinates[2 * i + 1] = 36.0;
      g_string_append_printf (changed, " %lld", ID (ids[i]));
    }
  g_ptr_array_set_size (f->seen, 0);
  g_signal_connect (f->store, "events-changed", G_CALLBACK (count_signal), events_changed);
  g_signal_connect (f->store, "history-changed", G_CALLBACK (count_history), &n_history);

  g_assert_true (sitrep_store_place_events (f->store, ids, coordinates, G_N_ELEMENTS (ids), "Place", &error));
  g_assert_no_error (error);
  assert_seen (f, changed->str, NULL);
  g_assert_cmpuint (events_changed->len, ==, 1);
  g_assert_cmpint (g_array_index (events_changed, gint64, 0), ==, 0);
  g_assert_cmpuint (n_history, ==, 1);

  g_array_set_size (events_changed, 0);
  n_history = 0;
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  assert_seen (f, changed->str, NULL);
  g_assert_cmpuint (n_history, ==, 1);

  /* One event in a unit keeps its id. */
  g_array_set_size (events_changed, 0);
  g_assert_true (sitrep_store_place_events (f->store, ids, coordinates, 1, "Place", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (events_changed->len, ==, 1);
  g_assert_cmpint (g_array_index (events_changed, gint64, 0), ==, ids[0]);
  g_ptr_array_set_size (f->seen, 0);

  /* A unit that fails tells nothing: nothing was placed. */
  g_array_set_size (events_changed, 0);
  ids[3] = G_MAXINT64;
  n_history = 0;
  g_assert_false (sitrep_store_place_events (f->store, ids, coordinates, G_N_ELEMENTS (ids), "Place", &error));
  g_assert_nonnull (error);
  assert_seen (f, NULL);
  g_assert_cmpuint (events_changed->len, ==, 0);
  g_assert_cmpuint (n_history, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/store/changes/article", test_article_changes);
  ADD ("/store/changes/annotation", test_annotation_changes);
  ADD ("/store/changes/label", test_label_changes);
  ADD ("/store/changes/entity", test_entity_changes);
  ADD ("/store/changes/event", test_event_changes);
  ADD ("/store/changes/import", test_import_changes);
  ADD ("/store/changes/detail", test_detail);
  ADD ("/store/changes/failed-write", test_failed_write);
  ADD ("/store/changes/thread", test_thread);
  ADD ("/store/changes/unit", test_unit_changes);
#undef ADD

  return g_test_run ();
}

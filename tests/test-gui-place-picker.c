/* test-gui-place-picker.c — the event editor's Place field offers the gazetteer's candidates, under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "sitrep-entity-picker.h"
#include "sitrep-event-editor.h"
#include "sitrep-event.h"
#include "sitrep-store-entities.h"
#include "sitrep-store-events.h"
#include "sitrep-store.h"
#include "sitrep-test-util.h"
#include "sitrep-entity-picker-private.h"
#include "sitrep-event-editor-private.h"

#define BODY "Government shelling hit Jasim in the Daraa countryside on Friday. " \
             "Two fighters were killed in Nawa the same day.\n"

typedef struct
{
  char        *dir;
  SitrepStore *store;
  gint64       event;
  GtkWidget   *editor;
  guint        n_picked;
} Fixture;

static void
on_picked (SitrepEntityPicker *picker,
           Fixture            *f)
{
  f->n_picked++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  gint64 article;

  f->dir = g_dir_make_tmp ("sitrep-place-picker-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.sitrep", NULL);
  f->store = sitrep_store_create (path, &error);
  g_assert_no_error (error);

  article = sitrep_test_add_article (f->store, "Shelling in Daraa", BODY);

  draft.date_start = "2022-10-14";
  f->event = sitrep_store_create_event (f->store, &draft, &error);
  g_assert_no_error (error);
  /* "Two fighters were killed in Nawa": the evidence, read in its article. */
  g_assert_cmpint (sitrep_store_add_event_evidence (f->store, f->event, article, 66, 98, &error), >, 0);
  g_assert_no_error (error);

  f->editor = sitrep_event_editor_new (NULL, f->store, f->event);
  g_object_ref_sink (f->editor);
  gtk_window_present (GTK_WINDOW (f->editor));
  g_signal_connect (sitrep_event_editor_get_place_picker (SITREP_EVENT_EDITOR (f->editor)), "picked",
                    G_CALLBACK (on_picked), f);
  /* The editor is mapped, laid out and drawn before a test clicks in it. */
  sitrep_test_wait_until ((SitrepTestCondition) sitrep_test_has_size, f->editor, "the event editor shown");
  sitrep_test_wait_frames (f->editor, 2);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->editor));
  /* Nothing of the editor's may touch the store after it is closed. */
  sitrep_test_wait_finalized (g_steal_pointer (&f->editor), "the event editor");
  sitrep_store_close (f->store);
  g_clear_object (&f->store);
  sitrep_test_remove_tree (f->dir);
  g_free (f->dir);
}

static guint
count_places (Fixture *f)
{
  g_autoptr(GPtrArray) places = sitrep_store_list_entities (f->store, "place", NULL);

  return places != NULL ? places->len : 0;
}

static SitrepEvent *
get_event (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  SitrepEvent *event = sitrep_store_get_event (f->store, f->event, &error);

  g_assert_no_error (error);
  return event;
}

/* Typing a name the project does not have lists the gazetteer's places of
 * that name, with their governorate, country and distance to the report's
 * other places; choosing one makes the place with its coordinates and puts
 * the event there, one undo step. */
static void
test_gazetteer_candidates (Fixture       *f,
                           gconstpointer  data)
{
  SitrepEntityPicker *picker = sitrep_event_editor_get_place_picker (SITREP_EVENT_EDITOR (f->editor));
  g_autoptr(SitrepEvent) placed = NULL;
  g_autoptr(SitrepEvent) undone = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;

  g_assert_cmpuint (count_places (f), ==, 0);
  sitrep_entity_picker_search (picker, "Nawa");
  g_assert_cmpuint (sitrep_entity_picker_get_n_candidates (picker), >, 0);
  text = sitrep_entity_picker_get_candidate_text (picker, 0);
  g_test_message ("Nawa: %s", text);
  g_assert_nonnull (strstr (text, "Daraa"));
  g_assert_nonnull (strstr (text, "SY"));
  /* Jasim, named in the report, is some 12 km away. */
  g_assert_nonnull (strstr (text, " km from the other places named"));

  sitrep_entity_picker_choose_candidate (picker, 0);
  g_assert_cmpuint (f->n_picked, ==, 1);
  g_assert_cmpuint (count_places (f), ==, 1);
  g_assert_cmpint (sitrep_entity_picker_get_entity_id (picker), >, 0);
  placed = get_event (f);
  g_assert_cmpint (sitrep_event_get_place_id (placed), ==, sitrep_entity_picker_get_entity_id (picker));
  g_assert_cmpfloat_with_epsilon (sitrep_event_get_latitude (placed), 32.886, 0.01);
  g_assert_cmpfloat_with_epsilon (sitrep_event_get_longitude (placed), 36.039, 0.01);
  g_assert_nonnull (strstr (sitrep_event_editor_get_place_text (SITREP_EVENT_EDITOR (f->editor)), "32.88"));

  /* One undo takes back both the new place and the event's use of it. */
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_places (f), ==, 0);
  undone = get_event (f);
  g_assert_cmpint (sitrep_event_get_place_id (undone), ==, 0);
  g_assert_true (isnan (sitrep_event_get_latitude (undone)));
}

/* A place the project already has at that spot is reused, not doubled;
 * the project's own places are still offered first. */
static void
test_reuse_existing (Fixture       *f,
                     gconstpointer  data)
{
  SitrepEntityPicker *picker = sitrep_event_editor_get_place_picker (SITREP_EVENT_EDITOR (f->editor));

  sitrep_entity_picker_search (picker, "Nawa");
  sitrep_entity_picker_choose_candidate (picker, 0);
  g_assert_cmpuint (count_places (f), ==, 1);
  sitrep_entity_picker_search (picker, "Nawa");
  g_assert_cmpuint (sitrep_entity_picker_get_n_candidates (picker), >, 0);
  sitrep_entity_picker_choose_candidate (picker, 0);
  g_assert_cmpuint (f->n_picked, ==, 2);
  g_assert_cmpuint (count_places (f), ==, 1);

  /* A name the gazetteer does not know lists nothing from it. */
  sitrep_entity_picker_search (picker, "Qqxzv");
  g_assert_cmpuint (sitrep_entity_picker_get_n_candidates (picker), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/gui/place-picker/gazetteer-candidates", Fixture, NULL, fixture_set_up,
              test_gazetteer_candidates, fixture_tear_down);
  g_test_add ("/gui/place-picker/reuse-existing", Fixture, NULL, fixture_set_up,
              test_reuse_existing, fixture_tear_down);

  return g_test_run ();
}

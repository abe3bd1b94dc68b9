/* test-gui-entity-picker.c — the event editor's entity pickers by keyboard: Enter on a name, a new actor's type
 *
 * The walk through the loop typed a new actor's name in the event editor's
 * Actor 1 picker and pressed Enter: nothing happened (only a click on New
 * Entity made it), and the actor made had no type, so its ACLED inter code
 * read 0 with no place to set it there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "sitrep-codebook.h"
#include "sitrep-entity-picker.h"
#include "sitrep-store-entities.h"
#include "sitrep-store.h"
#include "sitrep-test-util.h"
#include "sitrep-entity-picker-private.h"

typedef struct
{
  char               *dir;
  char               *path;
  SitrepStore        *store;
  GtkWindow          *window;
  SitrepEntityPicker *picker;
  guint               n_picked;
} Fixture;

static void
on_picked (SitrepEntityPicker *picker,
           Fixture            *f)
{
  f->n_picked++;
}

static void
open_picker (Fixture    *f,
             const char *kind)
{
  f->picker = SITREP_ENTITY_PICKER (g_object_new (SITREP_TYPE_ENTITY_PICKER, NULL));
  sitrep_entity_picker_set_store (f->picker, f->store, kind);
  g_signal_connect (f->picker, "picked", G_CALLBACK (on_picked), f);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->picker));
  gtk_window_present (f->window);
  sitrep_test_wait_until ((SitrepTestCondition) sitrep_test_has_size, f->picker, "the picker shown");
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = sitrep_test_create_project ("sitrep-entity-picker-XXXXXX", &f->dir, &f->path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    {
      GtkWindow *window = g_object_ref (g_steal_pointer (&f->window));

      gtk_window_destroy (window);
      sitrep_test_wait_finalized (window, "the picker's window");
    }
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
}

static GtkWidget *
child (Fixture    *f,
       const char *name)
{
  GtkWidget *widget = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->picker),
                                                                 SITREP_TYPE_ENTITY_PICKER, name));

  g_assert_nonnull (widget);
  return widget;
}

/* Types @text in the picker's search and presses Enter in it. */
static void
type_and_enter (Fixture    *f,
                const char *text)
{
  sitrep_entity_picker_search (f->picker, text);
  g_signal_emit_by_name (child (f, "search_entry"), "activate");
}

static SitrepEntity *
find_entity (Fixture    *f,
             const char *kind,
             const char *name)
{
  g_autoptr(GPtrArray) list = sitrep_store_list_entities (f->store, kind, NULL);

  for (guint i = 0; list != NULL && i < list->len; i++)
    if (g_strcmp0 (sitrep_entity_get_name (list->pdata[i]), name) == 0)
      return g_object_ref (list->pdata[i]);
  return NULL;
}

static guint
n_entities (Fixture    *f,
            const char *kind)
{
  g_autoptr(GPtrArray) list = sitrep_store_list_entities (f->store, kind, NULL);

  return list != NULL ? list->len : 0;
}

/* Enter on a name the project does not have makes the actor, with the type
 * the codebook reads in its name, offered beside it while it is typed; one
 * Undo takes both back. */
static void
test_enter_makes_actor (Fixture       *f,
                        gconstpointer  data)
{
  const char *name = "Military Forces of Syria";
  const char *guess = sitrep_codebook_guess_actor_type (sitrep_codebook_get_default (), name);
  g_autoptr(SitrepEntity) made = NULL;

  /* The case is about a name the codebook reads as a type. */
  g_assert_nonnull (guess);
  open_picker (f, "actor");
  sitrep_entity_picker_search (f->picker, name);
  g_assert_true (gtk_widget_get_visible (child (f, "actor_type_box")));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (child (f, "actor_type_dropdown"))), >, 0);

  g_signal_emit_by_name (child (f, "search_entry"), "activate");
  made = find_entity (f, "actor", name);
  g_assert_nonnull (made);
  g_assert_cmpstr (sitrep_entity_get_actor_type (made), ==, guess);
  g_assert_cmpint (sitrep_entity_picker_get_entity_id (f->picker), ==, sitrep_entity_get_id (made));
  g_assert_cmpuint (f->n_picked, ==, 1);

  g_assert_true (sitrep_store_undo (f->store, NULL));
  g_assert_cmpuint (n_entities (f, "actor"), ==, 0);
}

/* The type chosen in the dropdown wins over the codebook's reading. */
static void
test_type_chosen (Fixture       *f,
                  gconstpointer  data)
{
  GtkDropDown *dropdown;
  g_autoptr(SitrepEntity) made = NULL;
  g_auto(GStrv) types = sitrep_codebook_list_actor_types (sitrep_codebook_get_default ());
  const char *guess = sitrep_codebook_guess_actor_type (sitrep_codebook_get_default (), "Military Forces of Syria");
  guint other = 0;

  g_assert_nonnull (types);
  /* The dropdown lists "Type not set" and then the codebook's types in order. */
  while (types[other] != NULL && g_strcmp0 (types[other], guess) == 0)
    other++;
  g_assert_nonnull (types[other]);

  open_picker (f, "actor");
  sitrep_entity_picker_search (f->picker, "Military Forces");
  dropdown = GTK_DROP_DOWN (child (f, "actor_type_dropdown"));
  gtk_drop_down_set_selected (dropdown, other + 1);
  /* Typing on does not take the user's choice back. */
  type_and_enter (f, "Military Forces of Syria");
  made = find_entity (f, "actor", "Military Forces of Syria");
  g_assert_nonnull (made);
  g_assert_cmpstr (sitrep_entity_get_actor_type (made), ==, types[other]);
}

/* Enter on a name the project has picks that entity; nothing is made. */
static void
test_enter_picks_known (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 isis = sitrep_store_add_entity (f->store, "actor", "ISIS", &error);

  g_assert_no_error (error);
  open_picker (f, "actor");
  type_and_enter (f, "ISIS");
  g_assert_cmpint (sitrep_entity_picker_get_entity_id (f->picker), ==, isis);
  g_assert_cmpuint (n_entities (f, "actor"), ==, 1);
  g_assert_cmpuint (f->n_picked, ==, 1);
}

/* In a place picker, Enter on a name the project does not have takes the
 * gazetteer's first candidate, with its coordinates, rather than a place
 * with none. */
static void
test_enter_place_candidate (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SitrepEntity) place = NULL;

  open_picker (f, "place");
  sitrep_entity_picker_search (f->picker, "Nawa");
  /* Places are not given an actor's type. */
  g_assert_false (gtk_widget_get_visible (child (f, "actor_type_box")));
  if (sitrep_entity_picker_get_n_candidates (f->picker) == 0)
    {
      g_test_skip ("The gazetteer has no Nawa here");
      return;
    }
  g_signal_emit_by_name (child (f, "search_entry"), "activate");
  g_assert_cmpint (sitrep_entity_picker_get_entity_id (f->picker), >, 0);
  place = sitrep_store_get_entity (f->store, sitrep_entity_picker_get_entity_id (f->picker), NULL);
  g_assert_nonnull (place);
  g_assert_false (isnan (sitrep_entity_get_latitude (place)));
  g_assert_cmpuint (f->n_picked, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/gui/entity-picker/enter-makes-actor", test_enter_makes_actor);
  ADD ("/gui/entity-picker/type-chosen", test_type_chosen);
  ADD ("/gui/entity-picker/enter-picks-known", test_enter_picks_known);
  ADD ("/gui/entity-picker/enter-place-candidate", test_enter_place_candidate);
#undef ADD

  return g_test_run ();
}

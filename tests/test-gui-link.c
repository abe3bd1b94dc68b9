/* test-gui-link.c — a new Actor, Person or Claimant span whose words name an
 * entity the project knows is linked to it with the label, by key or mouse
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-entity-chooser.h"
#include "sitrep-label-bar.h"
#include "sitrep-reader.h"
#include "sitrep-store.h"
#include "sitrep-window.h"
#include "sitrep-annotation-panel.h"
#include "sitrep-label-bar-private.h"
#include "sitrep-annotation-panel-test-private.h"
#include "sitrep-reader-test-private.h"
#include "sitrep-window-test-private.h"

/* The walk: the Cradle's "ISIS" labelled an Actor stayed "Not linked"
 * although the actor ISIS was in the project. */
static const char *body_text =
  "Fighters of ISIS attacked the town of Jasim.\n\n"
  "The islamic state claimed it; Al Nusra Front denied it.\n\n"
  "Abu Ahmad said Russian-backed groups of local fighters lost 20 men.\n";

typedef struct
{
  char         *dir;
  char         *path;
  SitrepStore  *store;
  SitrepWindow *window;
  gint64        article;
  gint64        isis;       /* actor, also "Islamic State" */
  gint64        nusra;      /* actor "al-Nusra Front" */
  gint64        abu_ahmad;  /* person */
  gint64        jasim;      /* place */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = sitrep_test_create_project ("sitrep-link-XXXXXX", &f->dir, &f->path);
  f->isis = sitrep_store_add_entity (f->store, "actor", "ISIS", &error);
  g_assert_no_error (error);
  g_assert_true (sitrep_store_add_alias (f->store, f->isis, "Islamic State", &error));
  f->nusra = sitrep_store_add_entity (f->store, "actor", "al-Nusra Front", &error);
  f->abu_ahmad = sitrep_store_add_entity (f->store, "person", "Abu Ahmad", &error);
  g_assert_no_error (error);
  f->jasim = sitrep_test_add_place (f->store, "Jasim", 32.99125, 36.06093, "Daraa");
  f->article = sitrep_test_add_article (f->store, "Operation in Jasim", body_text);
  f->window = sitrep_test_open_article_window (f->store, f->article);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sitrep_test_close_all_windows (f->window);
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
}

static SitrepReader *
reader (Fixture *f)
{
  return sitrep_window_get_reader (f->window);
}

typedef struct
{
  Fixture    *f;
  const char *words;
  const char *label;
  gint64      id;
} SpanWait;

/* The span of @label on @words, once the store has it. */
static gboolean
span_made (gpointer data)
{
  SpanWait *w = data;
  g_autoptr(GPtrArray) spans = sitrep_store_list_annotations (w->f->store, w->f->article, 0, NULL);
  gint64 label = sitrep_test_label_id (w->f->store, w->label);
  guint start = sitrep_test_offset_of (body_text, w->words);

  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      SitrepAnnotation *a = spans->pdata[i];

      if (sitrep_annotation_get_label_id (a) == label && sitrep_annotation_get_start (a) == start &&
          g_strcmp0 (sitrep_annotation_get_text (a), w->words) == 0)
        {
          w->id = sitrep_annotation_get_id (a);
          return TRUE;
        }
    }
  return FALSE;
}

/* Labels @words by the label's key, as a press of it on a selection does. */
static gint64
label_by_key (Fixture    *f,
              const char *words,
              const char *label)
{
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (f->store, NULL);
  SpanWait w = { f, words, label, 0 };
  const char *key = NULL;

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (sitrep_label_get_name (labels->pdata[i]), label) == 0)
      key = sitrep_label_get_shortcut (labels->pdata[i]);
  g_assert_nonnull (key);
  sitrep_test_select_words (reader (f), body_text, words);
  gtk_widget_activate_action (GTK_WIDGET (reader (f)), "reader.label-key", "s", key);
  sitrep_test_wait_until (span_made, &w, "the span made by key");
  return w.id;
}

/* Labels @words from the bar of labels a mouse selection brings up. */
static gint64
label_by_mouse (Fixture    *f,
                const char *words,
                const char *label)
{
  SpanWait w = { f, words, label, 0 };
  GtkWidget *bar, *button;

  sitrep_test_select_words (reader (f), body_text, words);
  bar = sitrep_test_offer_labels (reader (f));
  button = sitrep_label_bar_get_button (SITREP_LABEL_BAR (bar), sitrep_test_label_id (f->store, label));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  sitrep_test_wait_until (span_made, &w, "the span made from the label bar");
  return w.id;
}

static gint64
entity_of (Fixture *f,
           gint64   span)
{
  g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (f->store, span, NULL);

  g_assert_nonnull (a);
  return sitrep_annotation_get_entity_id (a);
}

static guint
n_entities (Fixture    *f,
            const char *kind)
{
  g_autoptr(GPtrArray) list = sitrep_store_list_entities (f->store, kind, NULL);

  return list->len;
}

static void
assert_told (Fixture    *f,
             const char *text)
{
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==, text);
  g_assert_cmpstr (sitrep_window_get_last_toast_action (f->window), ==, "win.choose-entity");
}

#define MARK "(a message shown before the label)"

/* Shows a message of the test's own, so that a link toast after it is seen
 * whatever came before. */
static void
mark_toasts (Fixture *f)
{
  sitrep_window_show_toast (f->window, MARK);
}

/* The reader linked the span by itself and said nothing: the last message
 * is still the test's own. The link is told synchronously, in the label's
 * action, so nothing more is to come once the span is made. */
static void
assert_quiet (Fixture *f)
{
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==, MARK);
}

typedef struct
{
  Fixture    *f;
  gint64      span;
  const char *entity;
} PanelWait;

/* The annotation panel lists @span linked to @entity (its row says "→ entity"). */
static gboolean
panel_shows_link (gpointer data)
{
  PanelWait *w = data;
  SitrepAnnotationPanel *panel = sitrep_window_get_annotation_panel (w->f->window);
  GListModel *model = sitrep_annotation_panel_get_model (panel);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (SITREP_IS_ANNOTATION (item) && sitrep_annotation_get_id (SITREP_ANNOTATION (item)) == w->span)
        return g_strcmp0 (sitrep_annotation_get_entity (SITREP_ANNOTATION (item)), w->entity) == 0;
    }
  return FALSE;
}

static gboolean
span_gone (gpointer data)
{
  SpanWait *w = data;
  g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (w->f->store, w->id, NULL);

  return a == NULL;
}

/* An Actor span by key on a known actor's own name: linked with the label,
 * quietly (a message for each such span was chatter in a long labelling
 * session), the panel shows the link, one Undo takes back both; the same by
 * mouse, and in another case. Change… is still the panel's link button
 * (win.choose-entity). */
static void
test_actor_known (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SitrepEntity) isis = NULL;
  gint64 span;

  sitrep_test_wait_until (sitrep_test_text_laid_out, f->window, "the text on screen");
  mark_toasts (f);
  span = label_by_key (f, "ISIS", "Actor");
  g_assert_cmpint (entity_of (f, span), ==, f->isis);
  assert_quiet (f);
  sitrep_test_wait_until (panel_shows_link, &(PanelWait) { f, span, "ISIS" }, "the link in the panel");
  g_assert_cmpuint (n_entities (f, "actor"), ==, 2);

  /* The label and its link are one undo step. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  sitrep_test_wait_until (span_gone, &(SpanWait) { f, NULL, NULL, span }, "the label undone");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL);
  g_assert_cmpint (entity_of (f, span), ==, f->isis);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  sitrep_test_wait_until (span_gone, &(SpanWait) { f, NULL, NULL, span }, "the label undone again");

  /* By mouse: the same. */
  span = label_by_mouse (f, "ISIS", "Actor");
  g_assert_cmpint (entity_of (f, span), ==, f->isis);
  assert_quiet (f);
  isis = sitrep_store_get_entity (f->store, f->isis, NULL);
  g_assert_cmpstr (sitrep_entity_get_name (isis), ==, "ISIS");

  /* Change… opens the chooser on the span. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.choose-entity", "(xx)", span, f->isis);
  sitrep_test_wait_until (sitrep_test_chooser_shown, reader (f), "the chooser from the toast");
  g_assert_cmpint (sitrep_reader_get_selected_annotation (reader (f)), ==, span);

  /* The name in another case is still the name: "islamic state" is only
   * an alias of ISIS, so an entity called so is made for the test. */
  {
    g_autoptr(GError) error = NULL;
    gint64 nusra_span;

    g_assert_true (sitrep_store_rename_entity (f->store, f->nusra, "AL NUSRA FRONT", &error));
    g_assert_no_error (error);
    mark_toasts (f);
    nusra_span = label_by_key (f, "Al Nusra Front", "Actor");
    g_assert_cmpint (entity_of (f, nusra_span), ==, f->nusra);
    assert_quiet (f);
  }
}

/* Where the link is not obvious the user is told, with Change…: an alias in
 * another case is a Claimant's actor; "Al Nusra" is "al-Nusra"; a Claimant
 * span on an actor's own name (a rule of kinds, not the words, linked it).
 * A Person span on a person's own name is quiet. */
static void
test_other_forms (Fixture       *f,
                  gconstpointer  data)
{
  gint64 span;

  sitrep_test_wait_until (sitrep_test_text_laid_out, f->window, "the text on screen");
  span = label_by_mouse (f, "islamic state", "Claimant");
  g_assert_cmpint (entity_of (f, span), ==, f->isis);
  assert_told (f, "“islamic state” linked to the actor “ISIS”");

  span = label_by_key (f, "Al Nusra Front", "Actor");
  g_assert_cmpint (entity_of (f, span), ==, f->nusra);
  assert_told (f, "“Al Nusra Front” linked to the actor “al-Nusra Front”");

  span = label_by_key (f, "ISIS", "Claimant");
  g_assert_cmpint (entity_of (f, span), ==, f->isis);
  assert_told (f, "“ISIS” linked to the actor “ISIS”");

  mark_toasts (f);
  span = label_by_key (f, "Abu Ahmad", "Person");
  g_assert_cmpint (entity_of (f, span), ==, f->abu_ahmad);
  assert_quiet (f);
  sitrep_test_wait_until (panel_shows_link, &(PanelWait) { f, span, "Abu Ahmad" }, "the person's link in the panel");
  /* Nothing new was made for any of them. */
  g_assert_cmpuint (n_entities (f, "actor"), ==, 2);
  g_assert_cmpuint (n_entities (f, "person"), ==, 1);
}

/* No entity of the span's kind by that name: it stays unlinked, nothing is
 * made, the chooser is offered; a place of that name is not an actor. */
static void
test_no_match (Fixture       *f,
               gconstpointer  data)
{
  gint64 span;

  sitrep_test_wait_until (sitrep_test_text_laid_out, f->window, "the text on screen");
  span = label_by_key (f, "Russian-backed groups of local fighters", "Actor");
  g_assert_cmpint (entity_of (f, span), ==, 0);
  sitrep_test_wait_until (sitrep_test_chooser_shown, reader (f), "the chooser offered");
  g_assert_cmpuint (n_entities (f, "actor"), ==, 2);

  /* Never across kinds: the place Jasim, the actor ISIS, the person Abu Ahmad. */
  span = label_by_key (f, "Jasim", "Actor");
  g_assert_cmpint (entity_of (f, span), ==, 0);
  span = label_by_mouse (f, "ISIS", "Person");
  g_assert_cmpint (entity_of (f, span), ==, 0);
  span = label_by_key (f, "Abu Ahmad", "Claimant");
  g_assert_cmpint (entity_of (f, span), ==, 0);
  g_assert_cmpuint (n_entities (f, "actor"), ==, 2);
  g_assert_cmpuint (n_entities (f, "person"), ==, 1);
}

/* Relabels the selected span, as a label's key on it does. */
static void
relabel (Fixture    *f,
         gint64      span,
         const char *label)
{
  sitrep_reader_select_annotation (reader (f), span, FALSE);
  g_assert_cmpint (sitrep_reader_apply_label (reader (f), sitrep_test_label_id (f->store, label), NULL), ==, span);
}

static gint64
label_of (Fixture *f,
          gint64   span)
{
  g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (f->store, span, NULL);

  g_assert_nonnull (a);
  return sitrep_annotation_get_label_id (a);
}

/* Relabelled to another kind, a span's link goes with its old kind, and a
 * known entity of the new kind is linked, in the relabel's one undo step. */
static void
test_relabel (Fixture       *f,
              gconstpointer  data)
{
  gint64 span;

  sitrep_test_wait_until (sitrep_test_text_laid_out, f->window, "the text on screen");
  span = label_by_key (f, "ISIS", "Actor");
  g_assert_cmpint (entity_of (f, span), ==, f->isis);
  /* A Claimant is an actor too: the link stays. */
  relabel (f, span, "Claimant");
  g_assert_cmpint (entity_of (f, span), ==, f->isis);
  /* No person ISIS: unlinked, not a person linked to an actor. */
  relabel (f, span, "Person");
  g_assert_cmpint (entity_of (f, span), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  g_assert_cmpint (label_of (f, span), ==, sitrep_test_label_id (f->store, "Claimant"));
  g_assert_cmpint (entity_of (f, span), ==, f->isis);

  /* Abu Ahmad, an Actor (no such actor), made a Person: linked to him. */
  span = label_by_key (f, "Abu Ahmad", "Actor");
  g_assert_cmpint (entity_of (f, span), ==, 0);
  mark_toasts (f);
  relabel (f, span, "Person");
  g_assert_cmpint (entity_of (f, span), ==, f->abu_ahmad);
  /* The person's own name: linked quietly. */
  assert_quiet (f);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  g_assert_cmpint (label_of (f, span), ==, sitrep_test_label_id (f->store, "Actor"));
  g_assert_cmpint (entity_of (f, span), ==, 0);
}

#define STALE "Those words are no longer linked as the message said: they were relabelled, unlinked or undone since."

/* Change… on a toast whose span was undone: the next span took its id
 * (SQLite gives a deleted last row's id again) and the chooser opened on
 * those other words. It says the message no longer holds instead. */
static void
test_change_after_undo (Fixture       *f,
                        gconstpointer  data)
{
  gint64 told, span;

  sitrep_test_wait_until (sitrep_test_text_laid_out, f->window, "the text on screen");
  told = label_by_key (f, "ISIS", "Claimant");
  assert_told (f, "“ISIS” linked to the actor “ISIS”");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  sitrep_test_wait_until (span_gone, &(SpanWait) { f, NULL, NULL, told }, "the label undone");

  span = label_by_key (f, "Russian-backed groups of local fighters", "Actor");
  /* The case the test is about: the id came back. */
  g_assert_cmpint (span, ==, told);
  sitrep_reader_select_annotation (reader (f), 0, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.choose-entity", "(xx)", told, f->isis);
  g_assert_cmpint (sitrep_reader_get_selected_annotation (reader (f)), ==, 0);
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==, STALE);

  /* Relabelled away from the actor: the same. */
  span = label_by_mouse (f, "Al Nusra Front", "Actor");
  g_assert_cmpint (entity_of (f, span), ==, f->nusra);
  relabel (f, span, "Person");
  sitrep_reader_select_annotation (reader (f), 0, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.choose-entity", "(xx)", span, f->nusra);
  g_assert_cmpint (sitrep_reader_get_selected_annotation (reader (f)), ==, 0);
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==, STALE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/gui/link/actor-known", test_actor_known);
  ADD ("/gui/link/other-forms", test_other_forms);
  ADD ("/gui/link/no-match", test_no_match);
  ADD ("/gui/link/relabel", test_relabel);
  ADD ("/gui/link/change-after-undo", test_change_after_undo);
#undef ADD

  return g_test_run ();
}

/* test-gui-annotate.c — labelling, undo, linking, merging and labels, driven through actions under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-entities-window.h"
#include "sitrep-entity-chooser.h"
#include "sitrep-place-chooser.h"
#include "sitrep-label-bar.h"
#include "sitrep-labels-dialog.h"
#include "sitrep-reader.h"
#include "sitrep-store.h"
#include "sitrep-window.h"
#include "sitrep-annotation-panel-test-private.h"
#include "sitrep-entities-window-private.h"
#include "sitrep-entity-chooser-private.h"
#include "sitrep-label-bar-private.h"
#include "sitrep-map-view-private.h"
#include "sitrep-labels-dialog-private.h"
#include "sitrep-reader-test-private.h"
#include "sitrep-window-test-private.h"


static const char *body_text =
  "At least 20 terrorists were killed near Daraa on Saturday.\n\n"
  "Jassim al-Rifai said Russian-backed groups of local fighters attacked.\n";

typedef SitrepTestWindow Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sitrep_test_window_set_up (f, "sitrep-ann-XXXXXX", "Clashes near Daraa", body_text);
}

static gboolean
tag_covers (Fixture    *f,
            GtkTextTag *tag,
            guint       offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (sitrep_reader_get_text_view (sitrep_window_get_reader (f->window)));
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

typedef struct
{
  Fixture *f;
  guint    n;
} CountData;

static gboolean
reader_has_n (gpointer data)
{
  CountData *c = data;

  return sitrep_reader_count_annotations (sitrep_window_get_reader (c->f->window)) == c->n;
}

static void
test_label_undo_redo (Fixture       *f,
                      gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  gint64 killed = sitrep_test_label_id (f->store, "Killed");
  gint64 weapon = sitrep_test_label_id (f->store, "Weapon");
  g_autoptr(SitrepAnnotation) a = NULL;
  g_autoptr(GPtrArray) list = NULL;
  guint start = sitrep_test_offset_of (body_text, "20 terrorists");
  CountData c = { f, 0 };
  gint64 id;

  /* "20 terror" snaps to "20 terrorists". */
  sitrep_test_select_range (reader, start, start + 9);
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.label-key", "s", "5");

  list = sitrep_store_list_annotations (f->store, f->article, 0, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  a = g_object_ref (g_ptr_array_index (list, 0));
  id = sitrep_annotation_get_id (a);
  g_assert_cmpstr (sitrep_annotation_get_text (a), ==, "20 terrorists");
  g_assert_cmpint (sitrep_annotation_get_label_id (a), ==, killed);
  g_assert_cmpstr (sitrep_annotation_get_annotator (a), ==, "Tester");
  g_assert_nonnull (strstr (sitrep_annotation_get_attributes (a), "\"count\":20"));
  g_assert_true (tag_covers (f, sitrep_reader_get_label_tag (reader, killed), start + 3));
  g_assert_cmpint (sitrep_reader_get_selected_annotation (reader), ==, id);
  /* One tag per label, however many spans. */
  g_assert_cmpuint (sitrep_reader_count_label_tags (reader), ==, 2 * 10);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  g_assert_cmpuint (sitrep_test_count_annotations (f->store, f->article), ==, 0);
  sitrep_test_wait_until (reader_has_n, &c, "the span to go");
  g_assert_false (tag_covers (f, sitrep_reader_get_label_tag (reader, killed), start + 3));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL);
  g_assert_cmpuint (sitrep_test_count_annotations (f->store, f->article), ==, 1);
  c.n = 1;
  sitrep_test_wait_until (reader_has_n, &c, "the span to come back");
  g_assert_true (tag_covers (f, sitrep_reader_get_label_tag (reader, killed), start + 3));

  /* Relabel the selected annotation by key. */
  sitrep_reader_select_annotation (reader, id, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.label-key", "s", "8");
  g_clear_object (&a);
  a = sitrep_store_get_annotation (f->store, id, NULL);
  g_assert_cmpint (sitrep_annotation_get_label_id (a), ==, weapon);
  g_assert_true (tag_covers (f, sitrep_reader_get_label_tag (reader, weapon), start + 3));
  g_assert_false (tag_covers (f, sitrep_reader_get_label_tag (reader, killed), start + 3));
}

static void
test_delete_toast_undo (Fixture       *f,
                        gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  guint start = sitrep_test_offset_of (body_text, "Saturday");
  CountData c = { f, 1 };
  gint64 id;

  sitrep_test_select_range (reader, start, start + 8);
  id = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Date"), NULL);
  g_assert_cmpint (id, >, 0);

  /* A click inside the span selects it. */
  sitrep_reader_select_annotation (reader, 0, FALSE);
  g_assert_cmpint (sitrep_reader_annotation_at (reader, start + 2), ==, id);

  sitrep_reader_select_annotation (reader, id, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.delete-annotation", NULL);
  g_assert_cmpuint (sitrep_test_count_annotations (f->store, f->article), ==, 0);
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==, "Annotation deleted");
  g_assert_cmpstr (sitrep_window_get_last_toast_action (f->window), ==, "win.undo");

  gtk_widget_activate_action (GTK_WIDGET (f->window),
                              sitrep_window_get_last_toast_action (f->window), NULL);
  g_assert_cmpuint (sitrep_test_count_annotations (f->store, f->article), ==, 1);
  sitrep_test_wait_until (reader_has_n, &c, "the deleted span to come back");
}

static void
test_nested_spans (Fixture       *f,
                   gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  guint outer = sitrep_test_offset_of (body_text, "Russian-backed");
  guint outer_end = sitrep_test_offset_of (body_text, " attacked");
  gint64 actor = sitrep_test_label_id (f->store, "Actor");
  gint64 place = sitrep_test_label_id (f->store, "Place");
  gint64 inner_id, outer_id;

  sitrep_test_select_range (reader, outer, outer_end);
  outer_id = sitrep_reader_apply_label (reader, actor, NULL);
  sitrep_test_select_range (reader, outer, outer + 7);
  inner_id = sitrep_reader_apply_label (reader, place, NULL);
  g_assert_cmpint (outer_id, >, 0);
  g_assert_cmpint (inner_id, >, 0);

  /* The smallest span under the pointer wins. */
  g_assert_cmpint (sitrep_reader_annotation_at (reader, outer + 2), ==, inner_id);
  g_assert_cmpint (sitrep_reader_annotation_at (reader, outer + 20), ==, outer_id);
  g_assert_true (tag_covers (f, sitrep_reader_get_label_tag (reader, actor), outer + 20));
}

static void
test_link_alias (Fixture       *f,
                 gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  g_autoptr(SitrepEntity) entity = NULL;
  g_autoptr(SitrepAnnotation) a = NULL;
  g_autoptr(GPtrArray) found = NULL;
  guint start = sitrep_test_offset_of (body_text, "Jassim");
  gint64 jasim, id;

  jasim = sitrep_store_add_entity (f->store, "person", "Jasim", NULL);
  g_assert_cmpint (jasim, >, 0);

  sitrep_test_select_range (reader, start, start + 6);
  id = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Person"), NULL);
  g_assert_cmpint (id, >, 0);

  /* The chooser offers the existing Jasim for Jassim. */
  found = sitrep_store_find_entities (f->store, "person", "Jassim", NULL);
  g_assert_cmpuint (found->len, >=, 1);
  g_assert_cmpint (sitrep_entity_get_id (g_ptr_array_index (found, 0)), ==, jasim);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.link-entity", "(xx)", id, jasim);
  a = sitrep_store_get_annotation (f->store, id, NULL);
  g_assert_cmpint (sitrep_annotation_get_entity_id (a), ==, jasim);
  entity = sitrep_store_get_entity (f->store, jasim, NULL);
  g_assert_true (g_strv_contains (sitrep_entity_get_aliases (entity), "Jassim"));
}

/* The annotation panel's list of spans (its template child). */
static GtkWidget *
panel_list (SitrepAnnotationPanel *panel)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (panel), SITREP_TYPE_ANNOTATION_PANEL, "list_view"));
}

/* The figure or date editor the panel opens over a span: a popover of the panel. */
static GtkWidget *
panel_editor (SitrepAnnotationPanel *panel)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (panel)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      return child;
  return NULL;
}

/* The tag that shows where a dragged span edge would go. */
static GtkTextTag *
drag_tag (Fixture *f)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (sitrep_reader_get_text_view (sitrep_window_get_reader (f->window)));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), SITREP_READER_DRAG_TAG);

  g_assert_nonnull (tag);
  return tag;
}

/* A place span linked to a place the gazetteer could not find: its entity
 * chooser offers to find where it is, which opens the place chooser. */
static void
test_chooser_locates_place (Fixture       *f,
                            gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  guint start = sitrep_test_offset_of (body_text, "Saturday");
  g_autoptr(GArray) offers = NULL;
  GtkWidget *chooser;
  gint64 id;

  sitrep_test_wait_until (sitrep_test_text_laid_out, f->window, "the text on screen");
  sitrep_test_select_range (reader, start, start + 8);
  id = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Place"), NULL);
  g_assert_cmpint (id, >, 0);
  /* The map links the new place span to an entity; the gazetteer knows no "Saturday". */
  sitrep_test_wait_linked (f->store, id, "the place span linked");

  sitrep_reader_select_annotation (reader, id, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.link-entity", NULL);
  sitrep_test_wait_until (sitrep_test_chooser_shown, reader, "the entity chooser");
  chooser = sitrep_test_shown_chooser (reader);
  offers = sitrep_entity_chooser_dup_offers (SITREP_ENTITY_CHOOSER (chooser));
  g_assert_cmpuint (offers->len, >=, 2);
  g_assert_cmpint (g_array_index (offers, gint64, offers->len - 1), ==, -1);

  sitrep_entity_chooser_choose_offer (SITREP_ENTITY_CHOOSER (chooser), offers->len - 1);
  sitrep_test_wait_until (sitrep_test_toplevel_shown, GSIZE_TO_POINTER (SITREP_TYPE_PLACE_CHOOSER),
                          "the place chooser");
  sitrep_test_destroy_toplevels (SITREP_TYPE_PLACE_CHOOSER);
}

static gboolean
panel_has_rows (gpointer data)
{
  Fixture *f = data;
  GListModel *model = sitrep_annotation_panel_get_model (sitrep_window_get_annotation_panel (f->window));

  return g_list_model_get_n_items (model) == 2;
}

static void
test_panel (Fixture       *f,
            gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  SitrepAnnotationPanel *panel = sitrep_window_get_annotation_panel (f->window);
  g_autoptr(GObject) header = NULL;
  g_autoptr(GObject) row = NULL;
  guint start = sitrep_test_offset_of (body_text, "20 terrorists");
  gint64 id;

  sitrep_test_select_range (reader, start, start + 13);
  id = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Killed"), NULL);
  sitrep_reader_select_annotation (reader, 0, FALSE);
  sitrep_test_wait_until (panel_has_rows, f, "a header and a row in the panel");

  header = g_list_model_get_item (sitrep_annotation_panel_get_model (panel), 0);
  row = g_list_model_get_item (sitrep_annotation_panel_get_model (panel), 1);
  g_assert_true (SITREP_IS_LABEL (header));
  g_assert_true (SITREP_IS_ANNOTATION (row));

  /* Selecting the row selects the span in the reader. */
  sitrep_annotation_panel_set_selected (panel, id);
  g_assert_cmpint (sitrep_reader_get_selected_annotation (reader), ==, id);
}

typedef struct
{
  SitrepEntitiesWindow *window;
  gint64                entity;
  const char           *text;
} CountShown;

static gboolean
count_shown (gpointer data)
{
  CountShown *c = data;

  return g_strcmp0 (sitrep_entities_window_get_count_text (c->window, c->entity), c->text) == 0;
}

/* The Entities window's "N events" follows the events, not only the
 * entities: an event placed at a place, then removed by undo. */
static void
test_entity_event_counts (Fixture       *f,
                          gconstpointer  data)
{
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  g_autoptr(GError) error = NULL;
  SitrepEntitiesWindow *entities;
  CountShown c;
  gint64 daraa;

  daraa = sitrep_store_add_entity (f->store, "place", "Daraa", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-entities", NULL);
  entities = SITREP_ENTITIES_WINDOW (sitrep_test_find_window (GTK_WINDOW (f->window), SITREP_TYPE_ENTITIES_WINDOW));
  g_assert_nonnull (entities);
  c = (CountShown) { entities, daraa, "0 mentions" };
  sitrep_test_wait_until (count_shown, &c, "Daraa's row without events");

  draft.date_start = "2022-10-14";
  draft.date_precision = 1;
  draft.place_id = daraa;
  g_assert_cmpint (sitrep_store_create_event (f->store, &draft, &error), >, 0);
  g_assert_no_error (error);
  c.text = "0 mentions · 1 event";
  sitrep_test_wait_until (count_shown, &c, "Daraa's row counting its event");

  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  c.text = "0 mentions";
  sitrep_test_wait_until (count_shown, &c, "Daraa's row after the event was undone");
}

static void
test_merge_undo (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) places = NULL;
  SitrepEntitiesWindow *entities;
  gint64 daraa, deraa;

  daraa = sitrep_store_add_entity (f->store, "place", "Daraa", NULL);
  deraa = sitrep_store_add_entity (f->store, "place", "Deraa", NULL);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-entities", NULL);
  entities = SITREP_ENTITIES_WINDOW (sitrep_test_find_window (GTK_WINDOW (f->window), SITREP_TYPE_ENTITIES_WINDOW));
  g_assert_nonnull (entities);
  g_object_ref (entities);

  gtk_widget_activate_action (GTK_WIDGET (entities), "entities.merge", "(xx)", daraa, deraa);
  places = sitrep_store_list_entities (f->store, "place", NULL);
  g_assert_cmpuint (places->len, ==, 1);
  g_assert_cmpstr (sitrep_entities_window_get_last_toast (entities), ==, "Merged into “Daraa”");
  /* The window rebuilds its rows on the store's change when it next draws. */
  sitrep_test_wait_frames (GTK_WIDGET (entities), 2);

  gtk_widget_activate_action (GTK_WIDGET (entities), "entities.undo", NULL);
  g_clear_pointer (&places, g_ptr_array_unref);
  places = sitrep_store_list_entities (f->store, "place", NULL);
  g_assert_cmpuint (places->len, ==, 2);

  gtk_window_destroy (GTK_WINDOW (entities));
  sitrep_test_wait_finalized (entities, "the Entities window");
}

static gboolean
has_prefix (const char *text,
            const char *prefix)
{
  return text != NULL && g_str_has_prefix (text, prefix);
}

/* Two villages of one name far apart ("Tal Hamis" in Al-Hasakah and in
 * Aleppo) are told apart wherever the user picks one: the Entities
 * window's rows and its Merge into… list, the entity chooser's offers and
 * what the map says of their events. They read as the same name twice. */
static void
test_namesakes_told_apart (Fixture       *f,
                           gconstpointer  data)
{
  static const char *text = "Shelling hit Tal Hamis on Saturday.\n";
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) offers = NULL;
  g_auto(GStrv) targets = NULL;
  g_autofree char *said = NULL;
  SitrepEntitiesWindow *entities;
  SitrepReader *reader;
  GtkWidget *chooser;
  gint64 hasakah, aleppo, article, span, event;
  gboolean seen_hasakah = FALSE, seen_aleppo = FALSE;

  hasakah = sitrep_test_add_place (f->store, "Tal Hamis", 36.6486, 41.1269, "Al-Hasakah");
  aleppo = sitrep_test_add_place (f->store, "Tal Hamis", 36.3167, 37.5167, "Aleppo");

  /* The Entities window: where each is, under its name; Merge into… says it too. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-entities", NULL);
  entities = SITREP_ENTITIES_WINDOW (sitrep_test_find_window (GTK_WINDOW (f->window), SITREP_TYPE_ENTITIES_WINDOW));
  g_assert_nonnull (entities);
  g_assert_true (has_prefix (sitrep_entities_window_get_subtitle (entities, hasakah), "Al-Hasakah, Syria · "));
  g_assert_true (has_prefix (sitrep_entities_window_get_subtitle (entities, aleppo), "Aleppo, Syria · "));
  targets = sitrep_entities_window_dup_merge_targets (entities, hasakah);
  g_assert_true (g_strv_contains ((const char * const *) targets, "Tal Hamis — Aleppo, Syria"));
  gtk_window_destroy (GTK_WINDOW (entities));

  /* The chooser of a span "Tal Hamis": both offered, each with where it is. */
  article = sitrep_test_add_article (f->store, "Shelling of Tal Hamis", text);
  sitrep_test_show_article (f->window, article);
  reader = sitrep_window_get_reader (f->window);
  sitrep_test_wait_until (sitrep_test_text_laid_out, f->window, "the text on screen");
  sitrep_test_select_range (reader, sitrep_test_offset_of (text, "Tal Hamis"),
                            sitrep_test_offset_of (text, " on Saturday"));
  span = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Place"), NULL);
  g_assert_cmpint (span, >, 0);
  sitrep_test_wait_linked (f->store, span, "the place span linked");
  sitrep_reader_select_annotation (reader, span, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.link-entity", NULL);
  sitrep_test_wait_until (sitrep_test_chooser_shown, reader, "the entity chooser");
  chooser = sitrep_test_shown_chooser (reader);
  offers = sitrep_entity_chooser_dup_offers (SITREP_ENTITY_CHOOSER (chooser));
  for (guint i = 0; i < offers->len; i++)
    {
      g_autofree char *sub = sitrep_entity_chooser_dup_offer_subtitle (SITREP_ENTITY_CHOOSER (chooser), i);
      gint64 id = g_array_index (offers, gint64, i);

      if (id == hasakah)
        seen_hasakah = has_prefix (sub, "Al-Hasakah, Syria");
      else if (id == aleppo)
        seen_aleppo = has_prefix (sub, "Aleppo, Syria");
    }
  g_assert_true (seen_hasakah);
  g_assert_true (seen_aleppo);
  gtk_popover_popdown (GTK_POPOVER (chooser));

  /* The map's words for an event at one of them: the name and its governorate. */
  draft.date_start = "2022-10-14";
  draft.date_precision = 1;
  draft.place_id = aleppo;
  event = sitrep_store_create_event (f->store, &draft, &error);
  g_assert_no_error (error);
  said = sitrep_map_view_dup_event_text (sitrep_window_get_map_view (f->window), event);
  g_assert_nonnull (strstr (said, "\nTal Hamis, Aleppo"));
}

static void
test_labels_dialog (Fixture       *f,
                    gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  SitrepLabelsDialog *dialog;
  g_autoptr(GPtrArray) labels = NULL;
  AdwMessageDialog *question;
  guint start = sitrep_test_offset_of (body_text, "terrorists");
  gint64 weapon = sitrep_test_label_id (f->store, "Weapon");
  gint64 added;

  sitrep_test_select_range (reader, start, start + 10);
  g_assert_cmpint (sitrep_reader_apply_label (reader, weapon, NULL), >, 0);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-labels", NULL);
  dialog = SITREP_LABELS_DIALOG (sitrep_test_find_window (GTK_WINDOW (f->window), SITREP_TYPE_LABELS_DIALOG));
  g_assert_nonnull (dialog);
  g_object_ref (dialog);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "labels.add", NULL);
  labels = sitrep_store_list_labels (f->store, NULL);
  g_assert_cmpuint (labels->len, ==, 11);
  added = sitrep_test_label_id (f->store, "New Label");

  /* Unused: deleted at once. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "labels.delete", "x", added);
  g_assert_null (sitrep_labels_dialog_get_confirmation (dialog));
  g_clear_pointer (&labels, g_ptr_array_unref);
  labels = sitrep_store_list_labels (f->store, NULL);
  g_assert_cmpuint (labels->len, ==, 10);

  /* In use: asks first. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "labels.delete", "x", weapon);
  question = sitrep_labels_dialog_get_confirmation (dialog);
  g_assert_nonnull (question);
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Delete “Weapon” and its 1 annotation?");
  adw_message_dialog_response (question, "delete");
  g_assert_cmpuint (sitrep_test_count_annotations (f->store, f->article), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "labels.undo", NULL);
  g_assert_cmpuint (sitrep_test_count_annotations (f->store, f->article), ==, 1);

  gtk_window_destroy (GTK_WINDOW (dialog));
  sitrep_test_wait_finalized (dialog, "the Labels dialog");
}

typedef struct
{
  Fixture *f;
  guint    n;
} StoreCount;

static gboolean
store_has_n (gpointer data)
{
  StoreCount *c = data;

  return sitrep_test_count_annotations (c->f->store, c->f->article) == c->n;
}

static gboolean
widget_hidden (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (data));
}

/* A key as the text view's key controllers get it; TRUE when one took it. */
static gboolean
text_view_key (SitrepReader *reader,
               guint         keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (sitrep_reader_get_text_view (reader)));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);
      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        g_signal_emit_by_name (c, "key-pressed", keyval, 0, 0, &handled);
    }
  return handled;
}

/* A mouse selection offers the labels by the selection; a click on one labels it. */
static void
test_mouse_label_bar (Fixture       *f,
                      gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  gint64 killed = sitrep_test_label_id (f->store, "Killed");
  guint start = sitrep_test_offset_of (body_text, "20 terrorists");
  StoreCount c = { f, 1 };
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *text = NULL;
  GtkWidget *bar, *button;

  /* A user sees the text before selecting it. */
  sitrep_test_wait_until (sitrep_test_text_laid_out, f->window, "the text on screen");
  sitrep_test_select_range (reader, start, start + 9);
  bar = sitrep_test_offer_labels (reader);
  /* It points at the selection, not at the reader's corner. */
  {
    GdkRectangle rect;

    g_assert_true (gtk_popover_get_pointing_to (GTK_POPOVER (bar), &rect));
    g_assert_cmpint (rect.width, >, 1);
  }

  /* Escape closes the bar and keeps the selection, which New Event would
   * take; the bar comes back for it. */
  g_assert_true (text_view_key (reader, GDK_KEY_Escape));
  sitrep_test_wait_until (widget_hidden, bar, "Escape to close the label bar");
  g_assert_true (gtk_text_buffer_get_has_selection (gtk_text_view_get_buffer (sitrep_reader_get_text_view (reader))));
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.offer-labels", NULL);
  sitrep_test_wait_until (sitrep_test_widget_mapped, bar, "the label bar again");
  /* New Event takes the selection: the bar does not stay over the text. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-event", NULL);
  sitrep_test_wait_until (widget_hidden, bar, "New Event to close the label bar");
  sitrep_test_destroy_toplevels (ADW_TYPE_MESSAGE_DIALOG);
  sitrep_test_select_range (reader, start, start + 9);
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.offer-labels", NULL);
  sitrep_test_wait_until (sitrep_test_widget_mapped, bar, "the label bar a third time");

  button = sitrep_label_bar_get_button (SITREP_LABEL_BAR (bar), killed);
  g_assert_nonnull (button);
  sitrep_test_click (button);
  sitrep_test_wait_until (store_has_n, &c, "the span made from the bar");

  list = sitrep_store_list_annotations (f->store, f->article, 0, NULL);
  text = sitrep_test_annotation_text (f->store, sitrep_annotation_get_id (g_ptr_array_index (list, 0)));
  g_assert_cmpstr (text, ==, "20 terrorists");
  g_assert_cmpint (sitrep_annotation_get_label_id (g_ptr_array_index (list, 0)), ==, killed);
  sitrep_test_wait_until (widget_hidden, bar, "the label bar to go");
}

typedef struct
{
  Fixture  *f;
  guint     start;
  gboolean  released;  /* the button came up, in a frame's event flush */
  gboolean  painted;   /* that frame was drawn */
  gboolean  bar_drawn; /* ... with the label bar up */
} ReleaseFrame;

/* GTK hands the button's release to the reader in a frame's event flush;
 * the frame is laid out and drawn right after. */
static void
release_in_flush (GdkFrameClock *clock,
                  ReleaseFrame  *r)
{
  if (r->released)
    return;
  r->released = TRUE;
  sitrep_test_select_range (sitrep_window_get_reader (r->f->window), r->start, r->start + 9);
  _sitrep_reader_offer_after_release (sitrep_window_get_reader (r->f->window));
}

static void
frame_painted (GdkFrameClock *clock,
               ReleaseFrame  *r)
{
  GtkWidget *bar = _sitrep_reader_get_label_bar (sitrep_window_get_reader (r->f->window));

  if (!r->released || r->painted)
    return;
  r->painted = TRUE;
  r->bar_drawn = bar != NULL && gtk_widget_get_visible (bar);
}

static gboolean
release_painted (gpointer data)
{
  return ((ReleaseFrame *) data)->painted;
}

/* The label bar comes up in the frame that draws the mouse's selection, not
 * after it: that frame takes long to draw with the map beside the text (in
 * software, up to 700 ms), and a bar that came up after it came up late,
 * under the user's next click, which closed it at once (it "closed within
 * 300 ms of appearing"). */
static void
test_mouse_label_bar_same_frame (Fixture       *f,
                                 gconstpointer  data)
{
  GdkFrameClock *clock;
  ReleaseFrame r = { f, sitrep_test_offset_of (body_text, "20 terrorists"), FALSE, FALSE, FALSE };
  gulong flush, paint;

  sitrep_test_wait_until (sitrep_test_text_laid_out, f->window, "the text on screen");
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  flush = g_signal_connect (clock, "flush-events", G_CALLBACK (release_in_flush), &r);
  paint = g_signal_connect (clock, "paint", G_CALLBACK (frame_painted), &r);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_FLUSH_EVENTS | GDK_FRAME_CLOCK_PHASE_PAINT);
  sitrep_test_wait_until (release_painted, &r, "the frame of the release drawn");
  g_signal_handler_disconnect (clock, flush);
  g_signal_handler_disconnect (clock, paint);
  g_assert_true (r.bar_drawn);
}

/* The text's context menu offers every label and the span's verbs. */
static void
test_context_menu (Fixture       *f,
                   gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  GMenuModel *menu = gtk_text_view_get_extra_menu (sitrep_reader_get_text_view (reader));
  GMenuModel *section, *labels = NULL;
  gint64 place = sitrep_test_label_id (f->store, "Place");
  guint start = sitrep_test_offset_of (body_text, "Daraa");
  g_autoptr(GVariant) target = NULL;
  g_autofree char *action = NULL;
  guint n_labels = 0;
  gint64 id;

  g_assert_nonnull (menu);
  section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  g_assert_nonnull (section);
  labels = g_menu_model_get_item_link (section, 0, G_MENU_LINK_SUBMENU);
  g_assert_nonnull (labels);
  n_labels = (guint) g_menu_model_get_n_items (labels);
  g_assert_cmpuint (n_labels, ==, 10);
  for (guint i = 0; i < n_labels; i++)
    {
      g_autofree char *name = NULL;

      g_clear_pointer (&action, g_free);
      g_clear_pointer (&target, g_variant_unref);
      g_assert_true (g_menu_model_get_item_attribute (labels, (int) i, G_MENU_ATTRIBUTE_LABEL, "s", &name));
      g_assert_true (g_menu_model_get_item_attribute (labels, (int) i, G_MENU_ATTRIBUTE_ACTION, "s", &action));
      target = g_menu_model_get_item_attribute_value (labels, (int) i, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_INT64);
      g_assert_cmpstr (action, ==, "reader.label");
      if (g_strcmp0 (name, "Place") == 0)
        g_assert_cmpint (g_variant_get_int64 (target), ==, place);
    }
  g_object_unref (labels);
  g_object_unref (section);

  /* With nothing selected, labelling is offered but off. */
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.label", "x", place);
  g_assert_cmpuint (sitrep_test_count_annotations (f->store, f->article), ==, 0);

  /* What the menu item does, on a selection. */
  sitrep_test_select_range (reader, start, start + 5);
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.label", "x", place);
  g_assert_cmpuint (sitrep_test_count_annotations (f->store, f->article), ==, 1);
  id = sitrep_reader_get_selected_annotation (reader);
  g_assert_cmpint (id, >, 0);

  /* Right-clicking the span selects it; the menu deletes it. */
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.delete-annotation", NULL);
  g_assert_cmpuint (sitrep_test_count_annotations (f->store, f->article), ==, 0);
}

/* Shift+arrows widen or narrow the selected span, one undoable edit each. */
static void
test_resize_span (Fixture       *f,
                  gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  guint start = sitrep_test_offset_of (body_text, "20 terrorists");
  guint saturday = sitrep_test_offset_of (body_text, "Saturday");
  g_autofree char *text = NULL;
  gint64 id, date;

  sitrep_test_select_range (reader, start, start + 13);
  id = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Killed"), NULL);
  g_assert_cmpint (id, >, 0);

#define EXPECT(str) \
  G_STMT_START { g_free (text); text = sitrep_test_annotation_text (f->store, id); g_assert_cmpstr (text, ==, str); } G_STMT_END

  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-end", "i", -1);
  EXPECT ("20");
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-end", "i", 1);
  EXPECT ("20 terrorists");
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-end", "i", 1);
  EXPECT ("20 terrorists were");
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-start", "i", -1);
  EXPECT ("least 20 terrorists were");
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-start", "i", 1);
  EXPECT ("20 terrorists were");
  /* The reader's highlight follows the store. */
  g_assert_true (tag_covers (f, sitrep_reader_get_label_tag (reader, sitrep_test_label_id (f->store, "Killed")),
                             sitrep_test_offset_of (body_text, "were")));

  /* Each step is one edit. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  EXPECT ("least 20 terrorists were");

  /* Never across a paragraph, never to nothing. */
  sitrep_test_select_range (reader, saturday, saturday + 8);
  date = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Date"), NULL);
  g_assert_cmpint (date, >, 0);
  id = date;
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-end", "i", 1);
  EXPECT ("Saturday");
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==,
                   "A label cannot run across a paragraph break. Select words within one paragraph.");
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-end", "i", -1);
  EXPECT ("Saturday");
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==,
                   "The annotation cannot be narrowed further. Delete it to remove it.");
#undef EXPECT
}

typedef struct
{
  Fixture    *f;
  GtkTextTag *tag;
  guint       offset;
} TagWait;

static gboolean
tag_gone (gpointer data)
{
  TagWait *w = data;

  return !tag_covers (w->f, w->tag, w->offset);
}

/* Where a user puts the pointer: the middle of the character at @offset
 * (or, with @right_edge, the right side of it), in the text view's widget
 * coordinates. */
static void
point_at (Fixture *f,
          guint    offset,
          gboolean right_edge,
          double  *x,
          double  *y)
{
  GdkRectangle rect;

  sitrep_test_char_area (sitrep_reader_get_text_view (sitrep_window_get_reader (f->window)), offset, &rect);
  *x = rect.x + (right_edge ? rect.width : rect.width / 2);
  *y = rect.y + rect.height / 2;
}

static char *
annotation_attributes (Fixture *f,
                       gint64   id)
{
  g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (f->store, id, NULL);

  g_assert_nonnull (a);
  return g_strdup (sitrep_annotation_get_attributes (a));
}

/* A span's reading follows its new words when nobody changed it by hand
 * ("20 terrorists" widened to "At least 20 terrorists" reads "at least"),
 * in the same undo step; a reading set by hand stays. */
static void
test_resize_follows_reading (Fixture       *f,
                             gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  guint start = sitrep_test_offset_of (body_text, "20 terrorists");
  g_autofree char *attributes = NULL;
  g_autofree char *text = NULL;
  gint64 id;

  sitrep_test_select_range (reader, start, start + 13);
  id = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Killed"), NULL);
  g_assert_cmpint (id, >, 0);
  attributes = annotation_attributes (f, id);
  g_assert_null (strstr (attributes, "at_least"));

  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-start", "i", -1);
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-start", "i", -1);
  text = sitrep_test_annotation_text (f->store, id);
  g_assert_cmpstr (text, ==, "At least 20 terrorists");
  g_free (attributes);
  attributes = annotation_attributes (f, id);
  g_assert_nonnull (strstr (attributes, "at_least"));

  /* One undo step takes back the words and the reading together. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  g_free (text);
  text = sitrep_test_annotation_text (f->store, id);
  g_assert_cmpstr (text, ==, "least 20 terrorists");
  g_free (attributes);
  attributes = annotation_attributes (f, id);
  g_assert_null (strstr (attributes, "at_least"));

  /* Set by hand: kept whatever the words. */
  g_assert_true (sitrep_store_set_annotation_attributes (f->store, id, "{\"count\":25}", NULL));
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-start", "i", -1);
  g_free (attributes);
  attributes = annotation_attributes (f, id);
  g_assert_cmpstr (attributes, ==, "{\"count\":25}");
}

/* Dragging an end of the selected span widens or narrows it to whole words,
 * one undoable edit; never across a paragraph, never to nothing. */
static void
test_drag_span_ends (Fixture       *f,
                     gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  guint start = sitrep_test_offset_of (body_text, "20 terrorists");
  guint killed_word = sitrep_test_offset_of (body_text, "killed");
  g_autofree char *text = NULL;
  double x, y, tx, ty;
  gint64 id;

#define EXPECT(str) \
  G_STMT_START { g_free (text); text = sitrep_test_annotation_text (f->store, id); g_assert_cmpstr (text, ==, str); } G_STMT_END

  sitrep_test_wait_until (sitrep_test_text_laid_out, f->window, "the text on screen");
  sitrep_test_select_range (reader, start, start + 13);
  id = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Killed"), NULL);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (sitrep_reader_get_selected_annotation (reader), ==, id);

  /* Inside the span, away from its ends, a press selects text as ever. */
  point_at (f, start + 5, FALSE, &x, &y);
  g_assert_false (_sitrep_reader_is_on_edge (reader, x, y));
  g_assert_false (_sitrep_reader_drag_begin (reader, x, y));

  /* The end, dragged into "killed": the span takes the whole word. */
  point_at (f, start + 12, TRUE, &x, &y);
  g_assert_true (_sitrep_reader_is_on_edge (reader, x, y));
  g_assert_true (_sitrep_reader_drag_begin (reader, x, y));
  point_at (f, killed_word + 2, FALSE, &tx, &ty);
  _sitrep_reader_drag_update (reader, tx, ty);
  /* While dragging, the reader shows where the span would end. */
  g_assert_true (tag_covers (f, drag_tag (f), killed_word + 4));
  EXPECT ("20 terrorists");
  g_assert_true (_sitrep_reader_drag_end (reader, tx, ty));
  EXPECT ("20 terrorists were killed");
  g_assert_false (tag_covers (f, drag_tag (f), killed_word + 4));
  g_assert_true (tag_covers (f, sitrep_reader_get_label_tag (reader, sitrep_test_label_id (f->store, "Killed")),
                             killed_word + 4));

  /* One edit: Undo gives the old extent back. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  EXPECT ("20 terrorists");
  {
    TagWait w = { f, sitrep_reader_get_label_tag (reader, sitrep_test_label_id (f->store, "Killed")), killed_word + 4 };

    sitrep_test_wait_until (tag_gone, &w, "the reader to follow the undo");
  }
  sitrep_reader_select_annotation (reader, id, FALSE);

  /* The start, dragged back into "least". */
  point_at (f, start, FALSE, &x, &y);
  x -= 2;
  g_assert_true (_sitrep_reader_drag_begin (reader, x, y));
  point_at (f, sitrep_test_offset_of (body_text, "least") + 2, FALSE, &tx, &ty);
  g_assert_true (_sitrep_reader_drag_end (reader, tx, ty));
  EXPECT ("least 20 terrorists");

  /* Dropped on the blank after "were": the span ends with the word, not the blank. */
  point_at (f, start + 12, TRUE, &x, &y);
  g_assert_true (_sitrep_reader_drag_begin (reader, x, y));
  point_at (f, sitrep_test_offset_of (body_text, "were") + 4, FALSE, &tx, &ty);
  g_assert_true (_sitrep_reader_drag_end (reader, tx, ty));
  EXPECT ("least 20 terrorists were");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  EXPECT ("least 20 terrorists");
  {
    TagWait w = { f, sitrep_reader_get_label_tag (reader, sitrep_test_label_id (f->store, "Killed")), sitrep_test_offset_of (body_text, "were") + 1 };

    sitrep_test_wait_until (tag_gone, &w, "the reader to follow the undo");
  }
  sitrep_reader_select_annotation (reader, id, FALSE);

  /* Into the next paragraph: refused with the reason, the span as it was. */
  point_at (f, start + 12, TRUE, &x, &y);
  g_assert_true (_sitrep_reader_drag_begin (reader, x, y));
  point_at (f, sitrep_test_offset_of (body_text, "al-Rifai"), FALSE, &tx, &ty);
  g_assert_false (_sitrep_reader_drag_end (reader, tx, ty));
  EXPECT ("least 20 terrorists");
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==,
                   "A label cannot run across a paragraph break. Select words within one paragraph.");

  /* The end dragged before the start: nothing left, refused. */
  g_assert_true (_sitrep_reader_drag_begin (reader, x, y));
  point_at (f, sitrep_test_offset_of (body_text, "At least"), FALSE, &tx, &ty);
  g_assert_false (_sitrep_reader_drag_end (reader, tx, ty));
  EXPECT ("least 20 terrorists");
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==,
                   "The annotation cannot be narrowed further. Delete it to remove it.");
#undef EXPECT
}

/* A selection across paragraphs is refused with a reason. */
static void
test_paragraph_refused (Fixture       *f,
                        gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  g_autoptr(GError) error = NULL;
  guint start = sitrep_test_offset_of (body_text, "Saturday");
  guint end = sitrep_test_offset_of (body_text, "Jassim") + 6;

  sitrep_test_select_range (reader, start, end);
  g_assert_cmpint (sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Killed"), &error), ==, 0);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_assert_cmpuint (sitrep_test_count_annotations (f->store, f->article), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.label-key", "s", "5");
  g_assert_cmpuint (sitrep_test_count_annotations (f->store, f->article), ==, 0);
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==,
                   "A label cannot run across a paragraph break. Select words within one paragraph.");
}

static GtkAdjustment *
reader_vadjustment (Fixture *f)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (sitrep_reader_get_text_view (sitrep_window_get_reader (f->window))),
                                                 GTK_TYPE_SCROLLED_WINDOW);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

static gboolean
long_text_laid_out (gpointer data)
{
  Fixture *f = data;
  GtkAdjustment *vadj = reader_vadjustment (f);

  return gtk_adjustment_get_upper (vadj) > 4 * gtk_adjustment_get_page_size (vadj) &&
         gtk_adjustment_get_page_size (vadj) > 100;
}

/* Waits until the reader's text view has drawn a few frames, so that anything
 * the edit set off (idles, relayout, incremental validation) has run. */
static void
settle (Fixture *f)
{
  sitrep_test_wait_frames (GTK_WIDGET (sitrep_reader_get_text_view (sitrep_window_get_reader (f->window))), 6);
}

/* A long article in the reader, read down to its middle: the offset and end
 * of a "Daraa" in the middle of the view, and the view's place. */
static double
open_long_article (Fixture *f,
                   guint   *daraa_start,
                   guint   *daraa_end)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  GtkTextView *view = sitrep_reader_get_text_view (reader);
  GtkAdjustment *vadj = reader_vadjustment (f);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  SitrepImportRecord *record;
  GtkTextIter iter, end;
  graphene_point_t top = GRAPHENE_POINT_INIT (0, 0), in_content;
  double value;
  int bx, by;

  for (int i = 0; i < 120; i++)
    g_string_append_printf (body, "Paragraph %d: at least %d fighters were killed near Daraa on Saturday, "
                            "said the observatory in a statement.\n\n", i, i + 3);
  record = sitrep_import_record_new ();
  record->title = g_strdup ("A long report");
  record->body = g_string_free (g_steal_pointer (&body), FALSE);
  record->original_name = g_strdup ("long.txt");
  record->original_type = g_strdup ("text/plain");
  f->article = sitrep_store_add_article (f->store, record, NULL, &error);
  sitrep_import_record_free (record);
  g_assert_no_error (error);

  sitrep_test_show_article (f->window, f->article);
  sitrep_test_wait_until (long_text_laid_out, f, "the long article laid out");

  /* The text view lays out in steps: wait until its height holds still. */
  for (double upper = -1; upper != gtk_adjustment_get_upper (vadj); )
    {
      upper = gtk_adjustment_get_upper (vadj);
      settle (f);
    }

  /* Read down to the middle, as a user would. */
  value = gtk_adjustment_get_upper (vadj) / 2;
  gtk_adjustment_set_value (vadj, value);
  settle (f);
  value = gtk_adjustment_get_value (vadj);

  /* The words in the middle of the view (the viewport's coordinates are the view's). */
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (view), gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW))),
                                           &top, &in_content));
  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, 40,
                                         (int) (gtk_adjustment_get_page_size (vadj) / 2 - in_content.y),
                                         &bx, &by);
  gtk_text_view_get_iter_at_location (view, &iter, bx, by);
  gtk_text_iter_set_line_offset (&iter, 0);
  g_assert_true (gtk_text_iter_forward_search (&iter, "Daraa", 0, &iter, &end, NULL));
  *daraa_start = (guint) gtk_text_iter_get_offset (&iter);
  *daraa_end = (guint) gtk_text_iter_get_offset (&end);
  return value;
}

/* Labelling, undo and redo far down a long article leave the view where it was. */
static void
test_keeps_scroll (Fixture       *f,
                   gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  GtkAdjustment *vadj = reader_vadjustment (f);
  g_autoptr(GError) error = NULL;
  StoreCount c = { f, 0 };
  double value;
  guint offset, offset_end;

  value = open_long_article (f, &offset, &offset_end);
  sitrep_test_select_range (reader, offset, offset_end);
  g_assert_cmpint (sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Place"), &error), >, 0);
  g_assert_no_error (error);
  settle (f);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (vadj), value, 1.0);

  /* Labels edited elsewhere: the tags are made again, the view stays. */
  g_signal_emit_by_name (f->store, "labels-changed");
  settle (f);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (vadj), value, 1.0);

  /* The map links and places the new place span as part of the same step:
   * one Undo takes the label away, and Redo is still there after it. */
  {
    g_autofree char *undo = sitrep_store_dup_undo_description (f->store);

    g_assert_nonnull (undo);
    g_assert_true (g_str_has_prefix (undo, "Label"));
  }
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  sitrep_test_wait_until (store_has_n, &c, "the span undone");
  settle (f);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (vadj), value, 1.0);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL);
  c.n = 1;
  sitrep_test_wait_until (store_has_n, &c, "the span redone");
  settle (f);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (vadj), value, 1.0);
}

static gboolean
search_has_focus (gpointer data)
{
  GtkWidget *entry = sitrep_test_find_descendant (data, GTK_TYPE_SEARCH_ENTRY);

  return gtk_widget_has_focus (sitrep_test_find_descendant (entry, GTK_TYPE_TEXT));
}

static gboolean
chooser_guessed_army (gpointer data)
{
  return g_strcmp0 (sitrep_entity_chooser_get_new_actor_type (data), "state_forces") == 0;
}

/* The chooser's offers are for the name typed: "New entity" and nothing known. */
static gboolean
chooser_offers_new (gpointer data)
{
  g_autoptr(GArray) offers = sitrep_entity_chooser_dup_offers (data);

  return offers->len == 1 && g_array_index (offers, gint64, 0) == 0;
}
/* The first AdwComboRow under @widget that holds entity @id (the Entities window's type row). */
static AdwComboRow *
find_type_row (GtkWidget *widget,
               gint64     id)
{
  gint64 *row_id = g_object_get_data (G_OBJECT (widget), "entity-id");

  if (ADW_IS_COMBO_ROW (widget) && row_id != NULL && *row_id == id)
    return ADW_COMBO_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwComboRow *found = find_type_row (child, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *
actor_type_of (Fixture *f,
               gint64   id)
{
  g_autoptr(SitrepEntity) e = sitrep_store_get_entity (f->store, id, NULL);
  static char type[64];

  g_assert_nonnull (e);
  g_strlcpy (type, sitrep_entity_get_actor_type (e) != NULL ? sitrep_entity_get_actor_type (e) : "", sizeof type);
  return type;
}

/* An actor made in the entity chooser gets the codebook's type offered there
 * (guessed from the name, or picked), in the link's one undo step; the
 * Entities window changes it afterwards. */
static void
test_new_actor_type (Fixture       *f,
                     gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  SitrepEntityChooser *chooser;
  SitrepEntitiesWindow *entities;
  g_autoptr(GArray) offers = NULL;
  g_autoptr(SitrepAnnotation) a = NULL;
  g_autoptr(GPtrArray) actors = NULL;
  guint start = sitrep_test_offset_of (body_text, "Russian-backed groups");
  StoreCount c = { f, 1 };
  AdwComboRow *row;
  gint64 id, actor;

  sitrep_test_wait_until (sitrep_test_text_laid_out, f->window, "the text on screen");
  sitrep_test_select_range (reader, start, start + strlen ("Russian-backed groups of local fighters"));
  id = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Actor"), NULL);
  g_assert_cmpint (id, >, 0);
  sitrep_reader_select_annotation (reader, id, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.link-entity", NULL);
  sitrep_test_wait_until (sitrep_test_chooser_shown, reader, "the entity chooser");
  chooser = SITREP_ENTITY_CHOOSER (sitrep_test_shown_chooser (reader));
  /* Typing goes to the search field, not to the type's dropdown. */
  sitrep_test_wait_until (search_has_focus, chooser, "the search field focused");

  /* "local fighters" says no type; a name typed that says one is guessed. */
  g_assert_cmpstr (sitrep_entity_chooser_get_new_actor_type (chooser), ==, "");
  gtk_editable_set_text (GTK_EDITABLE (sitrep_test_find_descendant (GTK_WIDGET (chooser), GTK_TYPE_SEARCH_ENTRY)),
                         "Syrian Arab Army");
  sitrep_test_wait_until (chooser_guessed_army, chooser, "the type guessed from the name typed");
  /* The user's pick stands, whatever is typed next. */
  sitrep_entity_chooser_set_new_actor_type (chooser, "identity_militia");
  gtk_editable_set_text (GTK_EDITABLE (sitrep_test_find_descendant (GTK_WIDGET (chooser), GTK_TYPE_SEARCH_ENTRY)),
                         "Local Army Group");
  sitrep_test_wait_until (chooser_offers_new, chooser, "the new name offered");
  g_assert_cmpstr (sitrep_entity_chooser_get_new_actor_type (chooser), ==, "identity_militia");

  offers = sitrep_entity_chooser_dup_offers (chooser);
  for (guint i = 0; i < offers->len; i++)
    if (g_array_index (offers, gint64, i) == 0)
      sitrep_entity_chooser_choose_offer (chooser, i);
  a = sitrep_store_get_annotation (f->store, id, NULL);
  actor = sitrep_annotation_get_entity_id (a);
  g_assert_cmpint (actor, >, 0);
  g_assert_cmpstr (actor_type_of (f, actor), ==, "identity_militia");

  /* One Undo takes back the actor and the link, not the label. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  sitrep_test_wait_until (store_has_n, &c, "the label still there");
  g_clear_object (&a);
  a = sitrep_store_get_annotation (f->store, id, NULL);
  g_assert_cmpint (sitrep_annotation_get_entity_id (a), ==, 0);
  actors = sitrep_store_list_entities (f->store, "actor", NULL);
  g_assert_cmpuint (actors->len, ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL);
  g_clear_pointer (&actors, g_ptr_array_unref);
  actors = sitrep_store_list_entities (f->store, "actor", NULL);
  g_assert_cmpuint (actors->len, ==, 1);
  actor = sitrep_entity_get_id (g_ptr_array_index (actors, 0));
  g_assert_cmpstr (actor_type_of (f, actor), ==, "identity_militia");

  /* The Entities window sets it otherwise, as one undoable edit. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-entities", NULL);
  entities = SITREP_ENTITIES_WINDOW (sitrep_test_find_window (GTK_WINDOW (f->window), SITREP_TYPE_ENTITIES_WINDOW));
  g_assert_nonnull (entities);
  g_object_ref (entities);
  row = find_type_row (GTK_WIDGET (entities), actor);
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (row)), ==, "Identity militia");
  for (guint i = 0; i < g_list_model_get_n_items (adw_combo_row_get_model (row)); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (adw_combo_row_get_model (row), i);

      if (g_strcmp0 (gtk_string_object_get_string (item), "State forces") == 0)
        adw_combo_row_set_selected (row, i);
    }
  g_assert_cmpstr (actor_type_of (f, actor), ==, "state_forces");
  sitrep_test_wait_frames (GTK_WIDGET (entities), 2);
  gtk_widget_activate_action (GTK_WIDGET (entities), "entities.undo", NULL);
  g_assert_cmpstr (actor_type_of (f, actor), ==, "identity_militia");

  gtk_window_destroy (GTK_WINDOW (entities));
  sitrep_test_wait_finalized (entities, "the Entities window");
}

static guint
panel_position_of (SitrepAnnotationPanel *panel,
                   gint64                 id)
{
  GListModel *model = sitrep_annotation_panel_get_model (panel);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (SITREP_IS_ANNOTATION (item) && sitrep_annotation_get_id (SITREP_ANNOTATION (item)) == id)
        return i;
    }
  g_assert_not_reached ();
}

/* Far down a long article, the entity chooser of a new place span closed by
 * Escape or otherwise, and the span's row activated in the panel, leave the
 * view where it was (a click in the panel sent it near the top). */
static void
test_chooser_keeps_scroll (Fixture       *f,
                           gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  SitrepAnnotationPanel *panel = sitrep_window_get_annotation_panel (f->window);
  GtkAdjustment *vadj = reader_vadjustment (f);
  g_autoptr(GError) error = NULL;
  GtkWidget *chooser, *entry;
  double value;
  guint offset, offset_end;
  gint64 id;

  value = open_long_article (f, &offset, &offset_end);
  sitrep_test_select_range (reader, offset, offset_end);
  id = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Place"), &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  sitrep_reader_select_annotation (reader, id, FALSE);

  for (guint round = 0; round < 2; round++)
    {
      gtk_widget_activate_action (GTK_WIDGET (reader), "reader.link-entity", NULL);
      sitrep_test_wait_until (sitrep_test_chooser_shown, reader, "the entity chooser");
      chooser = sitrep_test_shown_chooser (reader);
      entry = sitrep_test_find_descendant (chooser, GTK_TYPE_SEARCH_ENTRY);
      g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_grab_focus (entry));
      settle (f);
      g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (vadj), value, 1.0);

      if (round == 0)
        {
          /* Escape in its empty search field closes it. */
          g_signal_emit_by_name (entry, "stop-search");
          g_assert_false (gtk_widget_get_visible (chooser));
        }
      else
        gtk_popover_popdown (GTK_POPOVER (chooser));
      settle (f);
      g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (vadj), value, 1.0);
    }

  /* Its row in the panel activated: the span is in view, nothing moves … */
  gtk_widget_activate_action (panel_list (panel), "list.activate-item", "u",
                              panel_position_of (panel, id));
  settle (f);
  g_assert_cmpint (sitrep_reader_get_selected_annotation (reader), ==, id);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (vadj), value, 1.0);

  /* … and from the article's end, the view comes back to the span (it went
   * to the top: the span's place was taken in the wrong coordinates). */
  gtk_adjustment_set_value (vadj, gtk_adjustment_get_upper (vadj) - gtk_adjustment_get_page_size (vadj));
  settle (f);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), >, value + gtk_adjustment_get_page_size (vadj));
  gtk_widget_activate_action (panel_list (panel), "list.activate-item", "u",
                              panel_position_of (panel, id));
  settle (f);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), >, value - gtk_adjustment_get_page_size (vadj) / 2);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), <, value + gtk_adjustment_get_page_size (vadj) / 2);
}

/* A Claimant span links to an actor entity, as the importers and claims take it. */
static void
test_claimant_links_actor (Fixture       *f,
                           gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  g_autoptr(SitrepAnnotation) a = NULL;
  g_autoptr(SitrepEntity) entity = NULL;
  guint start = sitrep_test_offset_of (body_text, "Jassim al-Rifai");
  gint64 id;

  sitrep_test_select_range (reader, start, start + 15);
  id = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Claimant"), NULL);
  g_assert_cmpint (id, >, 0);

  /* What the chooser's default ("link as the importers would") does. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.link-entity", "(xx)", id, (gint64) -1);
  a = sitrep_store_get_annotation (f->store, id, NULL);
  g_assert_cmpint (sitrep_annotation_get_entity_id (a), >, 0);
  entity = sitrep_store_get_entity (f->store, sitrep_annotation_get_entity_id (a), NULL);
  g_assert_cmpstr (sitrep_entity_get_kind (entity), ==, "actor");
  g_assert_cmpstr (sitrep_entity_get_name (entity), ==, "Jassim al-Rifai");
}


/* Activating a row shows and selects its span; Delete on a row deletes it with Undo. */
static void
test_panel_reveal_delete (Fixture       *f,
                          gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  SitrepAnnotationPanel *panel = sitrep_window_get_annotation_panel (f->window);
  guint start = sitrep_test_offset_of (body_text, "20 terrorists");
  StoreCount c = { f, 1 };
  gint64 id;

  sitrep_test_select_range (reader, start, start + 13);
  id = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Killed"), NULL);
  g_assert_cmpint (id, >, 0);
  sitrep_test_wait_until (panel_has_rows, f, "the row in the panel");

  /* The row is the selected one already: activating it still shows the span. */
  sitrep_reader_select_annotation (reader, 0, FALSE);
  gtk_widget_activate_action (panel_list (panel), "list.activate-item", "u",
                              panel_position_of (panel, id));
  g_assert_cmpint (sitrep_reader_get_selected_annotation (reader), ==, id);
  g_assert_cmpint (sitrep_annotation_panel_get_selected (panel), ==, id);

  gtk_widget_activate_action (GTK_WIDGET (panel), "annotation-panel.delete-annotation", NULL);
  g_assert_cmpuint (sitrep_test_count_annotations (f->store, f->article), ==, 0);
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==, "Annotation deleted");
  g_assert_cmpstr (sitrep_window_get_last_toast_action (f->window), ==, "win.undo");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  sitrep_test_wait_until (store_has_n, &c, "the deleted annotation back");
}

/* A figure that cannot be saved is said so, and the editor stays open. */
static void
test_panel_save_fails (Fixture       *f,
                       gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  SitrepAnnotationPanel *panel = sitrep_window_get_annotation_panel (f->window);
  guint start = sitrep_test_offset_of (body_text, "20 terrorists");
  gint64 id;

  sitrep_test_wait_until (sitrep_test_text_laid_out, f->window, "the text on screen");
  sitrep_test_select_range (reader, start, start + 13);
  id = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Killed"), NULL);
  sitrep_test_wait_until (panel_has_rows, f, "the row in the panel");

  sitrep_annotation_panel_edit_attributes (panel, id);
  g_assert_nonnull (panel_editor (panel));
  sitrep_test_wait_until (sitrep_test_widget_mapped, panel_editor (panel), "the figure editor");

  /* Gone meanwhile (another window, a merge): the save cannot happen. */
  g_assert_true (sitrep_store_delete_annotation (f->store, id, NULL));
  gtk_widget_activate_action (GTK_WIDGET (panel), "annotation-panel.save-attributes", NULL);
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==, "That annotation no longer exists.");
  g_assert_true (gtk_widget_get_visible (panel_editor (panel)));
}

static const char *mixed_text =
  "قُتل ٢٠ مسلحاً في جاسم 🙂 يوم السبت.\n\n"
  "The café 👨‍👩‍👧 in Jasim (e\xcc\x81te\xcc\x81) was hit.\n";

static gint64
label_by_bar (Fixture *f,
              gint64   label,
              guint    n_after)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  StoreCount c = { f, n_after };
  GtkWidget *bar = sitrep_test_offer_labels (reader);

  sitrep_test_click (sitrep_label_bar_get_button (SITREP_LABEL_BAR (bar), label));
  sitrep_test_wait_until (store_has_n, &c, "the span from the bar");
  /* The reader takes the new span in from the store's change, queued on the
   * main loop: the next selection is made once it has, or the reader's
   * catching up (it shows the new span selected) would take it away. */
  {
    CountData shown = { f, n_after };
    sitrep_test_wait_until (reader_has_n, &shown, "the span in the reader");
  }
  return sitrep_reader_get_selected_annotation (reader);
}

/* Arabic, emoji (with joiners) and combining marks: the mouse path stores
 * spans in code points of the body, exactly. */
static void
test_mixed_script_offsets (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepImportRecord *record;
  gint64 place = sitrep_test_label_id (f->store, "Place");
  gint64 other = sitrep_test_label_id (f->store, "Weapon");
  struct {
    const char *select;   /* what the mouse covers */
    guint       len;      /* in code points */
    const char *stored;   /* what the span says after snapping */
  } cases[] = {
    { "جاسم", 4, "جاسم" },
    /* Half a word, then past the emoji: snapped to the word, the emoji left out. */
    { "اسم 🙂", 5, "جاسم" },
    /* A letter without its combining accent takes it. */
    { "e\xcc\x81te", 3, "e\xcc\x81te\xcc\x81" },
    { "Jasim", 5, "Jasim" },
  };

  record = sitrep_import_record_new ();
  record->title = g_strdup ("Mixed scripts");
  record->body = g_strdup (mixed_text);
  record->original_name = g_strdup ("mixed.txt");
  record->original_type = g_strdup ("text/plain");
  f->article = sitrep_store_add_article (f->store, record, NULL, &error);
  sitrep_import_record_free (record);
  g_assert_no_error (error);
  sitrep_test_show_article (f->window, f->article);
  sitrep_test_wait_until (sitrep_test_text_laid_out, f->window, "the text on screen");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SitrepAnnotation) a = NULL;
      g_autofree char *expected = NULL;
      guint start = sitrep_test_offset_of (mixed_text, cases[i].select);
      guint stored_start = sitrep_test_offset_of (mixed_text, cases[i].stored);
      gint64 id;

      sitrep_test_select_range (sitrep_window_get_reader (f->window), start, start + cases[i].len);
      id = label_by_bar (f, i % 2 ? other : place, i + 1);
      g_assert_cmpint (id, >, 0);
      a = sitrep_store_get_annotation (f->store, id, NULL);
      g_assert_cmpstr (sitrep_annotation_get_text (a), ==, cases[i].stored);
      g_assert_cmpuint (sitrep_annotation_get_start (a), ==, stored_start);
      g_assert_cmpuint (sitrep_annotation_get_end (a), ==, stored_start + (guint) g_utf8_strlen (cases[i].stored, -1));

      /* The offsets are the body's code points. */
      expected = g_utf8_substring (mixed_text, sitrep_annotation_get_start (a), sitrep_annotation_get_end (a));
      g_assert_cmpstr (expected, ==, cases[i].stored);
      sitrep_reader_select_annotation (sitrep_window_get_reader (f->window), 0, FALSE);
    }
}

/* Escape closes the entity chooser and the keys go back to the text: the
 * first Ctrl+Z (win.undo, the window's shortcut) takes the label back.
 * Left in the hidden chooser's search field, it was that field's own Undo
 * (GtkText's text.undo takes Ctrl+Z before the window's shortcut). */
static void
test_chooser_escape_undo (Fixture       *f,
                          gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  GtkWidget *chooser, *entry, *focus;
  guint start = sitrep_test_offset_of (body_text, "Russian-backed groups");
  StoreCount none = { f, 0 };
  gint64 id;

  sitrep_test_wait_until (sitrep_test_text_laid_out, f->window, "the text on screen");
  gtk_widget_grab_focus (GTK_WIDGET (sitrep_reader_get_text_view (reader)));
  sitrep_test_select_range (reader, start, start + strlen ("Russian-backed groups"));
  id = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Actor"), NULL);
  g_assert_cmpint (id, >, 0);
  sitrep_reader_select_annotation (reader, id, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.link-entity", NULL);
  sitrep_test_wait_until (sitrep_test_chooser_shown, reader, "the entity chooser");
  chooser = sitrep_test_shown_chooser (reader);
  sitrep_test_wait_until (search_has_focus, chooser, "the search field focused");

  /* Escape in the search field, as GtkSearchEntry takes it. */
  entry = sitrep_test_find_descendant (chooser, GTK_TYPE_SEARCH_ENTRY);
  g_signal_emit_by_name (entry, "stop-search");
  sitrep_test_wait_until (widget_hidden, chooser, "Escape to close the chooser");

  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (focus == GTK_WIDGET (sitrep_reader_get_text_view (reader)));
  /* What Ctrl+Z reaches from there is the window's Undo. */
  g_assert_true (gtk_widget_activate_action (focus, "win.undo", NULL));
  sitrep_test_wait_until (store_has_n, &none, "the label taken back");
}

/* The text view's capture-phase press gesture that closes the chooser. */
static GtkGesture *
press_closing_chooser (SitrepReader *reader)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (sitrep_reader_get_text_view (reader)));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (c) &&
          gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (c)) == GTK_PHASE_CAPTURE &&
          g_strcmp0 (gtk_event_controller_get_name (GTK_EVENT_CONTROLLER (c)), "reader-press-closes-chooser") == 0)
        return GTK_GESTURE (c);
    }
  return NULL;
}

/* After an Actor label the entity chooser opens by itself, with the keys in
 * its search field; the user's next press in the text closes it and goes
 * on to the text to start the next selection. As an autohide popover it
 * took that press only to close, and the drag selected nothing. */
static void
test_chooser_yields_press (Fixture       *f,
                           gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  guint start = sitrep_test_offset_of (body_text, "Jassim");
  GtkWidget *chooser, *focus;
  GtkGesture *press;
  gboolean claimed_before;

  sitrep_test_wait_until (sitrep_test_text_laid_out, f->window, "the text on screen");
  sitrep_test_select_range (reader, start, start + 15);
  g_assert_cmpint (sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Actor"), NULL), >, 0);
  sitrep_test_wait_until (sitrep_test_chooser_shown, reader, "the entity chooser after the label");
  chooser = sitrep_test_shown_chooser (reader);
  sitrep_test_wait_until (search_has_focus, chooser, "the keys in the chooser's search field");
  /* A press outside does not go to the chooser first. */
  g_assert_false (gtk_popover_get_autohide (GTK_POPOVER (chooser)));

  press = press_closing_chooser (reader);
  g_assert_nonnull (press);
  claimed_before = gtk_gesture_is_recognized (press);
  g_signal_emit_by_name (press, "pressed", 1, 10.0, 10.0);
  sitrep_test_wait_until (sitrep_test_chooser_gone, reader, "the press to close the chooser");
  /* It leaves the press to the text view's own gestures. */
  g_assert_false (claimed_before);
  g_assert_false (gtk_gesture_is_recognized (press));
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (focus == GTK_WIDGET (sitrep_reader_get_text_view (reader)));

  /* Not autohide, it still closes when the user goes elsewhere in the
   * window: the keys to the annotation panel's list. */
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.link-entity", NULL);
  sitrep_test_wait_until (sitrep_test_chooser_shown, reader, "the entity chooser again");
  sitrep_test_wait_until (search_has_focus, sitrep_test_shown_chooser (reader), "the keys in the chooser again");
  g_assert_true (gtk_widget_grab_focus (panel_list (sitrep_window_get_annotation_panel (f->window))));
  sitrep_test_wait_until (sitrep_test_chooser_gone, reader, "the chooser to close as the keys go to the panel");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, sitrep_test_window_tear_down)

  ADD ("/gui/annotate/label-undo-redo-relabel", test_label_undo_redo);
  ADD ("/gui/annotate/delete-toast-undo", test_delete_toast_undo);
  ADD ("/gui/annotate/nested-spans", test_nested_spans);
  ADD ("/gui/annotate/link-alias", test_link_alias);
  ADD ("/gui/annotate/chooser-locates-place", test_chooser_locates_place);
  ADD ("/gui/annotate/panel", test_panel);
  ADD ("/gui/annotate/merge-undo", test_merge_undo);
  ADD ("/gui/annotate/labels-dialog", test_labels_dialog);
  ADD ("/gui/annotate/mouse-label-bar", test_mouse_label_bar);
  ADD ("/gui/annotate/mouse-label-bar-same-frame", test_mouse_label_bar_same_frame);
  ADD ("/gui/annotate/context-menu", test_context_menu);
  ADD ("/gui/annotate/resize-span", test_resize_span);
  ADD ("/gui/annotate/resize-follows-reading", test_resize_follows_reading);
  ADD ("/gui/annotate/drag-span-ends", test_drag_span_ends);
  ADD ("/gui/annotate/paragraph-refused", test_paragraph_refused);
  ADD ("/gui/annotate/keeps-scroll", test_keeps_scroll);
  ADD ("/gui/annotate/chooser-keeps-scroll", test_chooser_keeps_scroll);
  ADD ("/gui/annotate/claimant-links-actor", test_claimant_links_actor);
  ADD ("/gui/annotate/new-actor-type", test_new_actor_type);
  ADD ("/gui/annotate/chooser-yields-press", test_chooser_yields_press);
  ADD ("/gui/annotate/chooser-escape-undo", test_chooser_escape_undo);
  ADD ("/gui/annotate/panel-reveal-delete", test_panel_reveal_delete);
  ADD ("/gui/annotate/panel-save-fails", test_panel_save_fails);
  ADD ("/gui/annotate/mixed-script-offsets", test_mixed_script_offsets);
  ADD ("/gui/annotate/entity-event-counts", test_entity_event_counts);
  ADD ("/gui/annotate/namesakes-told-apart", test_namesakes_told_apart);

#undef ADD

  return g_test_run ();
}

/* test-gui-walk.c — what the walk of the loop found at the joints: stale toasts of span
 * resizing, the entity chooser by keyboard, a place linked to another spelling
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-entity-chooser.h"
#include "sitrep-event-card.h"
#include "sitrep-events-view.h"
#include "sitrep-annotation-panel.h"
#include "sitrep-event-list.h"
#include "sitrep-store-claims.h"
#include "sitrep-label-bar.h"
#include "sitrep-reader.h"
#include "sitrep-store.h"
#include "sitrep-window.h"
#include "sitrep-entity-chooser-private.h"
#include "sitrep-events-view-private.h"
#include "sitrep-reader-test-private.h"
#include "sitrep-window-test-private.h"

static const char *body_text =
  "At least 20 terrorists were killed near Jasim on Saturday.\n\n"
  "Fighters in Jassim said Russian-backed groups of local fighters attacked.\n";

#define NARROWED "The annotation cannot be narrowed further. Delete it to remove it."
#define PARAGRAPH "A label cannot run across a paragraph break. Select words within one paragraph."

typedef SitrepTestWindow Fixture;

/* "cannot be narrowed further", "cannot run across a paragraph break": once
 * the user has resized the span the other way, the toast no longer holds
 * and goes; one that still holds stays. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sitrep_test_window_set_up (f, "sitrep-walk-XXXXXX", "Operation in Jasim", body_text);
}

static void
test_resize_error_withdrawn (Fixture       *f,
                             gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  guint saturday = sitrep_test_offset_of (body_text, "Saturday");
  g_autofree char *text = NULL;
  gint64 id;

  sitrep_test_select_range (reader, saturday, saturday + 8);
  id = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Date"), NULL);
  g_assert_cmpint (id, >, 0);

  /* One word: narrowing it is refused and says so. */
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-end", "i", -1);
  g_assert_true (sitrep_window_has_message (f->window, NARROWED));

  /* Widened at its start: the span changed, the toast goes. */
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-start", "i", -1);
  text = sitrep_test_annotation_text (f->store, id);
  g_assert_cmpstr (text, ==, "on Saturday");
  g_assert_false (sitrep_window_has_message (f->window, NARROWED));

  /* Across the paragraph break: refused, told, and gone after a narrowing
   * that goes through (Ctrl+Shift+Right moves the start on a word). */
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-end", "i", 1);
  g_assert_true (sitrep_window_has_message (f->window, PARAGRAPH));
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-start", "i", 1);
  g_clear_pointer (&text, g_free);
  text = sitrep_test_annotation_text (f->store, id);
  g_assert_cmpstr (text, ==, "Saturday");
  g_assert_false (sitrep_window_has_message (f->window, PARAGRAPH));

  /* A refusal after a refusal: the later one is shown. */
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-end", "i", 1);
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-end", "i", -1);
  g_assert_true (sitrep_window_has_message (f->window, NARROWED));
}

#ifdef GDK_WINDOWING_X11
typedef struct
{
  GtkWidget *root_of;   /* a widget in the chooser */
  GtkWidget *in;        /* the focus is this widget or inside it */
  GType      type;      /* or, when @in is NULL, a widget of this type */
} FocusWait;

static GtkWidget *
focus_of (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return root != NULL ? gtk_root_get_focus (root) : NULL;
}

static gboolean
focus_is (gpointer data)
{
  FocusWait *w = data;
  GtkWidget *focus = focus_of (w->root_of);

  if (focus == NULL)
    return FALSE;
  if (w->in != NULL)
    return focus == w->in || gtk_widget_is_ancestor (focus, w->in);
  return g_type_is_a (G_OBJECT_TYPE (focus), w->type);
}

typedef struct
{
  Fixture *f;
  gint64   id;
  gint64   entity;
} LinkWait;

static gboolean
linked_to (gpointer data)
{
  LinkWait *w = data;
  g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (w->f->store, w->id, NULL);

  return a != NULL && sitrep_annotation_get_entity_id (a) == w->entity;
}
#endif

/* The entity chooser by keyboard alone, with real key presses: it opens
 * with the keys in the search field; Tab goes to the offers (the one
 * selected), Shift+Tab back; Down moves between offers; Enter links the
 * offer the focus is on. An actor's chooser has the type between the two. */
static void
test_chooser_keyboard (Fixture       *f,
                       gconstpointer  data)
{
#ifdef GDK_WINDOWING_X11
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  g_autoptr(GArray) offers = NULL;
  GtkWidget *chooser, *entry, *list, *dropdown;
  GtkListBoxRow *row;
  guint start = sitrep_test_offset_of (body_text, "Jassim");
  gint64 jasim, id;

  if (!sitrep_test_can_press_keys (GTK_WIDGET (f->window)))
    return;

  jasim = sitrep_test_add_place (f->store, "Jasim", 32.99125, 36.06093, "Daraa");
  sitrep_test_focus_window (GTK_WINDOW (f->window));

  /* "Jassim" labelled a place: the chooser offers Jasim first. */
  sitrep_test_select_range (reader, start, start + 6);
  id = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Place"), NULL);
  g_assert_cmpint (id, >, 0);
  sitrep_test_wait_until (sitrep_test_chooser_shown, reader, "the entity chooser after the label");
  chooser = sitrep_test_shown_chooser (reader);
  offers = sitrep_entity_chooser_dup_offers (SITREP_ENTITY_CHOOSER (chooser));
  g_assert_cmpuint (offers->len, >=, 2);
  g_assert_cmpint (g_array_index (offers, gint64, 0), ==, jasim);
  g_assert_cmpint (g_array_index (offers, gint64, 1), ==, 0);
  entry = sitrep_test_find_descendant (chooser, GTK_TYPE_SEARCH_ENTRY);
  list = sitrep_test_find_descendant (chooser, GTK_TYPE_LIST_BOX);
  dropdown = sitrep_test_find_descendant (chooser, GTK_TYPE_DROP_DOWN);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (dropdown)));

  {
    FocusWait in_entry = { chooser, entry, 0 };
    FocusWait in_list = { chooser, list, 0 };
    FocusWait on_row = { chooser, NULL, GTK_TYPE_LIST_BOX_ROW };

    sitrep_test_wait_until (focus_is, &in_entry, "the keys in the search field");
    sitrep_test_press_keys ("Tab");
    sitrep_test_wait_until (focus_is, &on_row, "Tab to the offers");
    /* On the offer that is selected: the first, Jasim. */
    g_assert_true (focus_of (chooser) == GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0)));
    sitrep_test_press_keys ("shift+Tab");
    sitrep_test_wait_until (focus_is, &in_entry, "Shift+Tab back to the search field");
    /* Round the popover and back: the focus stays inside the chooser. */
    sitrep_test_press_keys ("shift+Tab");
    sitrep_test_wait_until (focus_is, &in_list, "Shift+Tab from the search field round to the offers");
    sitrep_test_press_keys ("Tab");
    sitrep_test_wait_until (focus_is, &in_entry, "Tab from the offers round to the search field");
    g_assert_nonnull (sitrep_test_shown_chooser (reader));

    /* Down in the list goes to "New entity", Up back; Enter links Jasim. */
    sitrep_test_press_keys ("Tab");
    sitrep_test_wait_until (focus_is, &on_row, "Tab to the offers again");
    sitrep_test_press_keys ("Down");
    row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1);
    sitrep_test_wait_until (focus_is, &(FocusWait) { chooser, GTK_WIDGET (row), 0 }, "Down to New entity");
    sitrep_test_press_keys ("Up");
    row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
    sitrep_test_wait_until (focus_is, &(FocusWait) { chooser, GTK_WIDGET (row), 0 }, "Up to Jasim");
  }
  sitrep_test_press_keys ("Return");
  sitrep_test_wait_until (linked_to, &(LinkWait) { f, id, jasim }, "Enter to link Jassim to Jasim");
  sitrep_test_wait_until (sitrep_test_chooser_gone, reader, "the chooser closed after the choice");

  /* Enter in the search field links the offer selected there: typed
   * "Jas", the first offer is Jasim. An actor's chooser puts its type
   * between the search field and the offers. */
  {
    guint actor_start = sitrep_test_offset_of (body_text, "Russian-backed groups");
    g_autoptr(GPtrArray) actors = NULL;
    gint64 actor_span;

    sitrep_test_select_range (reader, actor_start, actor_start + strlen ("Russian-backed groups of local fighters"));
    actor_span = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Actor"), NULL);
    g_assert_cmpint (actor_span, >, 0);
    sitrep_test_wait_until (sitrep_test_chooser_shown, reader, "the actor's chooser");
    chooser = sitrep_test_shown_chooser (reader);
    entry = sitrep_test_find_descendant (chooser, GTK_TYPE_SEARCH_ENTRY);
    dropdown = sitrep_test_find_descendant (chooser, GTK_TYPE_DROP_DOWN);
    list = sitrep_test_find_descendant (chooser, GTK_TYPE_LIST_BOX);
    g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (dropdown)));
    sitrep_test_wait_until (focus_is, &(FocusWait) { chooser, entry, 0 }, "the actor's search field");
    sitrep_test_press_keys ("Tab");
    sitrep_test_wait_until (focus_is, &(FocusWait) { chooser, dropdown, 0 }, "Tab to the actor's type");
    sitrep_test_press_keys ("Tab");
    sitrep_test_wait_until (focus_is, &(FocusWait) { chooser, list, 0 }, "Tab on to the offers");
    sitrep_test_press_keys ("shift+Tab");
    sitrep_test_wait_until (focus_is, &(FocusWait) { chooser, dropdown, 0 }, "Shift+Tab back to the type");
    sitrep_test_press_keys ("shift+Tab");
    sitrep_test_wait_until (focus_is, &(FocusWait) { chooser, entry, 0 }, "Shift+Tab back to the search field");
    /* Enter in the search field makes the actor it offers first: New entity. */
    sitrep_test_press_keys ("Return");
    sitrep_test_wait_until (sitrep_test_chooser_gone, reader, "the actor's chooser closed after Enter");
    actors = sitrep_store_list_entities (f->store, "actor", NULL);
    g_assert_cmpuint (actors->len, ==, 1);
    g_assert_cmpstr (sitrep_entity_get_name (actors->pdata[0]), ==, "Russian-backed groups of local fighters");
  }
#else
  g_test_skip ("Needs the X11 backend to press real keys");
#endif
}

typedef struct
{
  Fixture *f;
  gint64   span;
} SpanWait;

typedef struct
{
  Fixture    *f;
  const char *name;
} PlaceWait;

static SitrepEntity *find_place (Fixture *f, const char *name);

static SitrepEntity *
find_place (Fixture    *f,
            const char *name)
{
  g_autoptr(GPtrArray) places = sitrep_store_list_entities (f->store, "place", NULL);

  for (guint i = 0; places != NULL && i < places->len; i++)
    if (g_strcmp0 (sitrep_entity_get_name (places->pdata[i]), name) == 0)
      return g_object_ref (places->pdata[i]);
  return NULL;
}

static gboolean
place_has_coordinates (gpointer data)
{
  PlaceWait *w = data;
  g_autoptr(SitrepEntity) e = find_place (w->f, w->name);

  return e != NULL && !isnan (sitrep_entity_get_latitude (e));
}

static gboolean
toast_is (gpointer data)
{
  PlaceWait *w = data;

  return g_strcmp0 (sitrep_window_get_last_toast (w->f->window), w->name) == 0;
}

static gboolean
places_settled (gpointer window)
{
  return !sitrep_window_get_places_queued (window);
}

/* A place span linked by itself to a place written otherwise: the user is
 * told which, and can change it from the toast; a place made while the
 * map is hidden is looked up in the gazetteer with the edit that made it
 * (it waited for the map, and then joined whatever edit came last). */
static void
test_place_other_spelling (Fixture       *f,
                           gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  g_autoptr(SitrepEntity) jassim = NULL;
  g_autoptr(SitrepEntity) jasim = NULL;
  g_autoptr(SitrepAnnotation) a = NULL;
  g_autoptr(GArray) offers = NULL;
  guint start = sitrep_test_offset_of (body_text, "Jassim");
  GtkWidget *chooser;
  gint64 span;

  /* The map hidden (Ctrl+M), "Jassim" labelled: linked and placed at once,
   * as with the map shown. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-map", NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (sitrep_window_get_map_pane (f->window))));
  /* What the window queued for the map on opening the article is done. */
  sitrep_test_wait_until (places_settled, f->window, "the article's places read");
  sitrep_test_select_range (reader, start, start + 6);
  span = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Place"), NULL);
  g_assert_cmpint (span, >, 0);
  sitrep_test_wait_linked (f->store, span, "Jassim linked with the map hidden");
  sitrep_test_wait_until (place_has_coordinates, &(PlaceWait) { f, "Jassim" }, "Jassim placed through the gazetteer");
  jassim = find_place (f, "Jassim");
  g_assert_cmpfloat_with_epsilon (sitrep_entity_get_latitude (jassim), 32.99125, 1e-4);
  /* One undo step takes back the label, the new place and where it is. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  g_assert_null (sitrep_store_get_annotation (f->store, span, NULL));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL);
  g_clear_object (&jassim);
  jassim = find_place (f, "Jassim");
  g_assert_nonnull (jassim);
  g_assert_false (isnan (sitrep_entity_get_latitude (jassim)));

  /* The map shown, "Jasim" labelled and the chooser left alone: linked to
   * Jassim by itself, and told. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-map", NULL);
  start = sitrep_test_offset_of (body_text, "Jasim");
  sitrep_test_select_range (reader, start, start + 5);
  span = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Place"), NULL);
  g_assert_cmpint (span, >, 0);
  sitrep_test_wait_linked (f->store, span, "Jasim linked by the map");
  a = sitrep_store_get_annotation (f->store, span, NULL);
  g_assert_cmpint (sitrep_annotation_get_entity_id (a), ==, sitrep_entity_get_id (jassim));
  sitrep_test_wait_until (toast_is, &(PlaceWait) { f, "“Jasim” linked to the place “Jassim”" }, "the toast naming Jassim");
  g_assert_cmpstr (sitrep_window_get_last_toast_action (f->window), ==, "win.choose-entity");

  /* Change…: the chooser on that span; a new place "Jasim" instead. */
  sitrep_test_wait_until (sitrep_test_chooser_gone, reader, "the chooser offered after the label closed");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.choose-entity", "(xx)", span,
                              sitrep_entity_get_id (jassim));
  sitrep_test_wait_until (sitrep_test_chooser_shown, reader, "the chooser from the toast");
  g_assert_cmpint (sitrep_reader_get_selected_annotation (reader), ==, span);
  chooser = sitrep_test_shown_chooser (reader);
  offers = sitrep_entity_chooser_dup_offers (SITREP_ENTITY_CHOOSER (chooser));
  for (guint i = 0; i < offers->len; i++)
    if (g_array_index (offers, gint64, i) == 0)
      sitrep_entity_chooser_choose_offer (SITREP_ENTITY_CHOOSER (chooser), i);
  sitrep_test_wait_until (place_has_coordinates, &(PlaceWait) { f, "Jasim" }, "the new Jasim placed");
  jasim = find_place (f, "Jasim");
  g_clear_object (&a);
  a = sitrep_store_get_annotation (f->store, span, NULL);
  g_assert_cmpint (sitrep_annotation_get_entity_id (a), ==, sitrep_entity_get_id (jasim));
}

static gboolean
undone (gpointer data)
{
  SpanWait *w = data;
  g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (w->f->store, w->span, NULL);

  return a == NULL && sitrep_reader_count_annotations (sitrep_window_get_reader (w->f->window)) == 0;
}

/* A place found nowhere ("Saturday" labelled a place by mistake), undone;
 * the next new place takes its id in the project: it is looked up all the
 * same. The walk found "Jassim" linked to a new place with no coordinates,
 * "Not found", the gazetteer never asked: the map had remembered the id. */
static void
test_place_id_reused (Fixture       *f,
                      gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  g_autoptr(SitrepEntity) saturday = NULL;
  g_autoptr(SitrepEntity) jasim = NULL;
  guint start = sitrep_test_offset_of (body_text, "Saturday");
  gint64 span;

  g_assert_true (sitrep_test_has_size (GTK_WIDGET (sitrep_window_get_map_pane (f->window))));
  sitrep_test_select_range (reader, start, start + 8);
  span = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Place"), NULL);
  sitrep_test_wait_linked (f->store, span, "Saturday linked to a new place");
  sitrep_test_wait_until (places_settled, f->window, "Saturday looked up");
  saturday = find_place (f, "Saturday");
  g_assert_nonnull (saturday);
  g_assert_true (isnan (sitrep_entity_get_latitude (saturday)));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  sitrep_test_wait_until (undone, &(SpanWait) { f, span }, "the label undone");
  sitrep_test_wait_until (places_settled, f->window, "the map after the undo");

  start = sitrep_test_offset_of (body_text, "Jasim");
  sitrep_test_select_range (reader, start, start + 5);
  span = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Place"), NULL);
  sitrep_test_wait_linked (f->store, span, "Jasim linked to a new place");
  jasim = find_place (f, "Jasim");
  g_assert_nonnull (jasim);
  /* The case the test is about: the id came back. */
  g_assert_cmpint (sitrep_entity_get_id (jasim), ==, sitrep_entity_get_id (saturday));
  sitrep_test_wait_until (place_has_coordinates, &(PlaceWait) { f, "Jasim" }, "Jasim looked up and placed");
}

static const char *wide_text =
  "The Syrian military, intelligence and several Russian-backed groups of local fighters launched the "
  "security operation in the town of Jasim in the western countryside of Daraa on October 14, and the "
  "operation went on for days across the farms and the hills around the town.\n\n"
  "قتل عشرون مسلحا في بلدة جاسم بريف درعا الغربي يوم السبت بحسب ما أفاد به المرصد السوري لحقوق الإنسان "
  "في بيان نشره على موقعه وقال إن العملية مستمرة في محيط البلدة.\n";

typedef struct
{
  Fixture *f;
  double   left, right;     /* the bar's contents, in the window */
} BarWait;

/* Where the bar's contents are in the window, once it is up and placed. */
static gboolean
bar_placed (gpointer data)
{
  BarWait *w = data;
  GtkWidget *bar = _sitrep_reader_get_label_bar (sitrep_window_get_reader (w->f->window));
  GtkWidget *flow = bar != NULL ? sitrep_test_find_descendant (bar, GTK_TYPE_FLOW_BOX) : NULL;
  GdkSurface *surface = bar != NULL ? gtk_native_get_surface (GTK_NATIVE (bar)) : NULL;
  graphene_rect_t r;
  double wx, wy, bx, by;

  if (flow == NULL || surface == NULL || !gtk_widget_get_mapped (bar) || gtk_widget_get_width (flow) <= 0 ||
      !gtk_widget_compute_bounds (gtk_widget_get_parent (flow), bar, &r))
    return FALSE;
  gtk_native_get_surface_transform (GTK_NATIVE (w->f->window), &wx, &wy);
  gtk_native_get_surface_transform (GTK_NATIVE (bar), &bx, &by);
  w->left = gdk_popup_get_position_x (GDK_POPUP (surface)) - wx + bx + r.origin.x;
  w->right = w->left + r.size.width;
  return TRUE;
}

static gboolean
bar_hidden (gpointer data)
{
  GtkWidget *bar = _sitrep_reader_get_label_bar (sitrep_window_get_reader (((Fixture *) data)->window));

  return bar == NULL || !gtk_widget_get_visible (bar);
}

/* Selects @from .. @to as a mouse does and checks the bar by it lies over
 * the text's column. */
static void
assert_bar_in_column (Fixture           *f,
                      const GtkTextIter *from,
                      const GtkTextIter *to,
                      const char        *what)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  GtkTextView *view = sitrep_reader_get_text_view (reader);
  BarWait w = { f, 0, 0 };
  graphene_rect_t column;
  double left, right;

  gtk_text_buffer_select_range (gtk_text_view_get_buffer (view), from, to);
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.offer-labels", NULL);
  sitrep_test_wait_until (bar_placed, &w, what);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (view), GTK_WIDGET (f->window), &column));
  left = column.origin.x + gtk_text_view_get_left_margin (view);
  right = column.origin.x + column.size.width - gtk_text_view_get_right_margin (view);
  if (w.left < left - 0.5 || w.right > right + 0.5)
    g_error ("%s: the label bar (%.0f–%.0f) sticks out of the text column (%.0f–%.0f)", what, w.left, w.right, left, right);
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.hide-label-bar", NULL);
  sitrep_test_wait_until (bar_hidden, f, "the label bar closed");
}

/* The bar of labels by a mouse selection lies over the text's column at
 * both ends of a line, left to right and right to left, at a laptop's
 * sizes: centred on words at the column's edge it stuck out by ~10 px. */
static void
test_label_bar_in_column (Fixture       *f,
                          gconstpointer  data)
{
  const int *size = data;
  SitrepReader *reader;
  GtkTextBuffer *buffer;
  GtkTextView *view;
  GtkTextIter a, b;
  gint64 article;

  sitrep_test_close_window (f->window);
  article = sitrep_test_add_article (f->store, "Operation in Jasim, in two languages", wide_text);
  sitrep_test_set_window_size (size[0], size[1]);
  sitrep_test_reset_coder ();
  f->window = sitrep_test_open_window (f->store);
  sitrep_test_show_article (f->window, article);
  reader = sitrep_window_get_reader (f->window);
  view = sitrep_reader_get_text_view (reader);
  buffer = gtk_text_view_get_buffer (view);
  sitrep_test_wait_until (sitrep_test_text_laid_out, f->window, "the text on screen");
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 2);

  /* The first word of the report, at the column's left edge. */
  gtk_text_buffer_get_start_iter (buffer, &a);
  b = a;
  gtk_text_iter_forward_word_end (&b);
  assert_bar_in_column (f, &a, &b, "the first word");

  /* The last word of its first line, at the right edge. */
  gtk_text_view_forward_display_line_end (view, &b);
  a = b;
  gtk_text_iter_backward_word_start (&a);
  assert_bar_in_column (f, &a, &b, "the last word of the first line");

  /* The first word of the Arabic paragraph: at the right edge, read right to left. */
  g_assert_true (gtk_text_iter_forward_search (&b, "قتل", 0, &a, &b, NULL));
  assert_bar_in_column (f, &a, &b, "the first Arabic word");
  /* And the last of its first line, at the left edge. */
  gtk_text_view_forward_display_line_end (view, &b);
  a = b;
  gtk_text_iter_backward_word_start (&a);
  assert_bar_in_column (f, &a, &b, "the last Arabic word of its first line");
}

typedef struct
{
  Fixture *f;
  gint64   event;
} CardWait;

static GtkAdjustment *
card_vadjustment (Fixture *f)
{
  SitrepEventCard *card = sitrep_events_view_get_card (sitrep_window_get_events_view (f->window));
  /* The card's own scroller, the page of its stack that shows an event. */
  GtkWidget *stack = sitrep_test_find_descendant (GTK_WIDGET (card), GTK_TYPE_STACK);
  GtkWidget *scroller = stack != NULL ? gtk_stack_get_child_by_name (GTK_STACK (stack), "event") : NULL;

  g_assert_true (GTK_IS_SCROLLED_WINDOW (scroller));
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

/* The card shows @event, laid out taller than its view, so it scrolls. */
static gboolean
card_scrolls (gpointer data)
{
  CardWait *w = data;
  SitrepEventCard *card = sitrep_events_view_get_card (sitrep_window_get_events_view (w->f->window));
  GtkAdjustment *adj = card_vadjustment (w->f);

  return sitrep_event_card_get_event_id (card) == w->event && gtk_widget_get_mapped (GTK_WIDGET (card)) &&
         gtk_adjustment_get_upper (adj) > gtk_adjustment_get_page_size (adj) + 50;
}

/* Choosing another event shows its card from the top: the walk scrolled one
 * card down to its evidence, chose the other event and saw its card with the
 * title cut off (the scroll was kept, clamped to the new card). */
static void
test_card_opens_at_top (Fixture       *f,
                        gconstpointer  data)
{
  const int *size = data;
  SitrepEventsView *view;
  GtkAdjustment *adj;
  gint64 jasim, first, second;

  sitrep_test_close_window (f->window);
  jasim = sitrep_test_add_place (f->store, "Jasim", 32.99125, 36.06093, "Daraa");
  first = sitrep_test_add_event (f->store, "2022-10-13", NULL, 1, jasim, "Explosions/Remote violence", 18);
  second = sitrep_test_add_event (f->store, "2022-10-16", NULL, 1, jasim, "Battles", 20);
  /* Enough claims that either card is taller than the window. */
  for (int i = 0; i < 24; i++)
    {
      SitrepClaimDraft claim = SITREP_CLAIM_DRAFT_INIT;
      g_autofree char *source = g_strdup_printf ("Outlet %d", i);

      claim.count_low = 18 + i % 3;
      claim.claimant_text = source;
      g_assert_cmpint (sitrep_store_add_claim (f->store, i % 2 ? second : first, &claim, NULL), >, 0);
    }
  sitrep_test_set_window_size (size[0], size[1]);
  sitrep_test_reset_coder ();
  f->window = sitrep_test_open_window (f->store);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
  view = sitrep_window_get_events_view (f->window);

  g_assert_true (sitrep_events_view_select_event (view, first));
  sitrep_test_wait_until (card_scrolls, &(CardWait) { f, first }, "the first event's card, taller than its view");
  adj = card_vadjustment (f);
  gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj));
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), >, 50);

  g_assert_true (sitrep_events_view_select_event (view, second));
  sitrep_test_wait_until (card_scrolls, &(CardWait) { f, second }, "the second event's card");
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), ==, 0);

  /* The same event chosen again (a reload) keeps where the user is. */
  gtk_adjustment_set_value (adj, 40);
  g_assert_true (sitrep_events_view_select_event (view, second));
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), ==, 40);
}

/* The Make Claim button of annotation @id's row in the annotation panel. */
static GtkWidget *
find_claim_button (GtkWidget *widget,
                   gint64     id)
{
  GVariant *target;

  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "annotation-panel.make-claim") == 0 &&
      (target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget))) != NULL &&
      g_variant_get_int64 (target) == id)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_claim_button (child, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  Fixture    *f;
  gint64      span;
  const char *tooltip;
} ClaimButtonWait;

/* The figure row's Make Claim button is on screen and says @tooltip. */
static gboolean
claim_button_says (gpointer data)
{
  ClaimButtonWait *w = data;
  GtkWidget *button = find_claim_button (GTK_WIDGET (sitrep_window_get_annotation_panel (w->f->window)), w->span);

  return button != NULL && gtk_widget_get_mapped (button) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (button), w->tooltip) == 0;
}

static char *
event_title (Fixture *f,
             gint64   id)
{
  g_autoptr(SitrepEvent) e = sitrep_store_get_event (f->store, id, NULL);

  g_assert_nonnull (e);
  return sitrep_event_dup_title (e);
}

/* A figure row's Make Claim button says which event its claim goes to
 * before it is pressed: the walk's figure went to an event chosen long
 * before in the Events view, told only by the toast after the click. It
 * follows the event chosen, and that event's title when it is edited. */
static void
test_claim_button_names_event (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bus = NULL;
  g_autofree char *operation = NULL;
  g_autofree char *retitled = NULL;
  g_autofree char *tip = NULL;
  SitrepEventsView *view = sitrep_window_get_events_view (f->window);
  gint64 jasim, first, second, span;

  jasim = sitrep_test_add_place (f->store, "Jasim", 32.99125, 36.06093, "Daraa");
  first = sitrep_test_add_event (f->store, "2022-10-13", NULL, 1, jasim, NULL, 18);
  second = sitrep_test_add_event (f->store, "2022-10-16", NULL, 1, jasim, "Battles", 20);
  span = sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Killed"),
                                      sitrep_test_offset_of (body_text, "At least 20"), sitrep_test_offset_of (body_text, " near Jasim"), 0, 0,
                                      "{\"count\":20,\"qualifier\":\"at_least\"}", &error);
  g_assert_no_error (error);

  /* No event chosen: the button asks which event (or a new one from its sentence). */
  sitrep_test_wait_until (claim_button_says, &(ClaimButtonWait) { f, span, "Make a claim of this figure: choose its event" },
                          "the figure's Make Claim button");

  g_assert_true (sitrep_events_view_select_event (view, first));
  bus = event_title (f, first);
  tip = g_strdup_printf ("Make a claim of this figure for “%s”", bus);
  sitrep_test_wait_until (claim_button_says, &(ClaimButtonWait) { f, span, tip }, "the button naming the first event");

  g_assert_true (sitrep_events_view_select_event (view, second));
  operation = event_title (f, second);
  g_free (tip);
  tip = g_strdup_printf ("Make a claim of this figure for “%s”", operation);
  sitrep_test_wait_until (claim_button_says, &(ClaimButtonWait) { f, span, tip }, "the button naming the second event");

  /* The chosen event edited: its new title. */
  g_assert_true (sitrep_store_set_event_type (f->store, second, "Explosions/Remote violence", NULL, &error));
  g_assert_no_error (error);
  retitled = event_title (f, second);
  g_assert_cmpstr (retitled, !=, operation);
  g_free (tip);
  tip = g_strdup_printf ("Make a claim of this figure for “%s”", retitled);
  sitrep_test_wait_until (claim_button_says, &(ClaimButtonWait) { f, span, tip }, "the button naming the edited event");

  /* What it names is where the claim goes. */
  g_assert_true (gtk_widget_activate_action (find_claim_button (GTK_WIDGET (sitrep_window_get_annotation_panel (f->window)), span),
                                             "win.make-claim-from", "x", span));
  {
    g_autoptr(GPtrArray) claims = sitrep_store_list_claims (f->store, second, NULL);
    gboolean found = FALSE;

    for (guint i = 0; claims != NULL && i < claims->len; i++)
      found |= sitrep_claim_get_annotation_id (claims->pdata[i]) == span;
    g_assert_true (found);
  }
}

static const int size_1280x800[] = { 1280, 720 };
static const int size_1366x768[] = { 1366, 700 };

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, sitrep_test_window_tear_down)
  ADD ("/gui/walk/resize-error-withdrawn", test_resize_error_withdrawn);
  ADD ("/gui/walk/chooser-keyboard", test_chooser_keyboard);
  ADD ("/gui/walk/place-other-spelling", test_place_other_spelling);
  ADD ("/gui/walk/place-id-reused", test_place_id_reused);
  ADD ("/gui/walk/claim-button-names-event", test_claim_button_names_event);
#undef ADD
  g_test_add ("/gui/walk/label-bar-in-column/1280x800", Fixture, size_1280x800,
              fixture_set_up, test_label_bar_in_column, sitrep_test_window_tear_down);
  g_test_add ("/gui/walk/label-bar-in-column/1366x768", Fixture, size_1366x768,
              fixture_set_up, test_label_bar_in_column, sitrep_test_window_tear_down);
  g_test_add ("/gui/walk/card-opens-at-top/1280x800", Fixture, size_1280x800,
              fixture_set_up, test_card_opens_at_top, sitrep_test_window_tear_down);

  return g_test_run ();
}

/* test-gui-laptop.c — the whole loop in one window at a laptop's size: what the welcome screen,
 * the reader, the panel, the map and the Events view show as a new user walks it (issue 10)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sitrep-application.h"
#include "sitrep-count-button.h"
#include "sitrep-event-editor.h"
#include "sitrep-events-pane.h"
#include "sitrep-events-view.h"
#include "sitrep-import-job.h"
#include "sitrep-label-bar.h"
#include "sitrep-map-view.h"
#include "sitrep-reader.h"
#include "sitrep-store.h"
#include "sitrep-suggestion-review.h"
#include "sitrep-test-util.h"
#include "sitrep-window.h"
#include "sitrep-label-bar-private.h"
#include "sitrep-events-view-private.h"
#include "sitrep-reader-test-private.h"

/* The second Jasim capture, shortened: the operation and its town. Its
 * first line is the title; the reader shows the body after it. */
#define REPORT_BODY \
  "In cooperation with local factions, the Syrian security forces conducted a two-day operation, " \
  "starting 14 October, to cleanse the city of Jassim from the ISIS extremist group in the " \
  "western countryside of the Deraa governorate.\n\n" \
  "The clashes left several ISIS militants and leaders dead.\n"
static const char *report = "Syrian security forces, local factions uproot ISIS from Deraa\n\n" REPORT_BODY;
static const char *report_body = REPORT_BODY;

typedef struct
{
  char         *dir;
  char         *path;
  SitrepStore  *store;
  SitrepWindow *window;
  int           width;
  int           height;
} Fixture;

static void
settings_for (const int *size,
              const char *annotator)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  sitrep_test_set_window_size (size[0], size[1]);
  g_settings_set_string (settings, "annotator-name", annotator);
  g_settings_reset (settings, "snap-to-words");
}

/* A new project with the report in it (or none when @data says so). */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const int *size = data;
  g_autoptr(GError) error = NULL;

  f->store = sitrep_test_create_project ("sitrep-laptop-XXXXXX", &f->dir, &f->path);
  if (size[2] != 0)
    {
      g_assert_cmpint (sitrep_import_text (f->store, report, NULL, &error), >, 0);
      g_assert_no_error (error);
    }
  settings_for (size, size[3] ? "" : "Tester");
  f->width = size[0];
  f->height = size[1];
  f->window = g_object_ref (sitrep_window_new (NULL));
  gtk_window_present (GTK_WINDOW (f->window));
  sitrep_window_set_store (f->window, f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sitrep_test_close_window (f->window);
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
}

static gboolean
loop_shown (gpointer data)
{
  Fixture *f = data;
  SitrepArticle *article = sitrep_reader_get_article (sitrep_window_get_reader (f->window));

  return article != NULL &&
         sitrep_test_has_size (GTK_WIDGET (sitrep_window_get_reader (f->window))) &&
         sitrep_test_has_size (GTK_WIDGET (sitrep_window_get_map_view (f->window))) &&
         sitrep_test_has_size (GTK_WIDGET (sitrep_window_get_annotation_panel (f->window)));
}

/* ------------------------------------------------------------ welcome */

/* No project: no map, timeline, present or import button in the header
 * (the map's used to look pressed, greyed, with nothing to map). */
static void
test_welcome_header (Fixture       *f,
                     gconstpointer  data)
{
  static const char *buttons[] = { "map_button", "timeline_button", "present_button", "import_button" };

  sitrep_test_wait_until (loop_shown, f, "reader, panel and map");
  sitrep_window_set_store (f->window, NULL);
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 3);
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      g_test_message ("%s", buttons[i]);
      g_assert_false (gtk_widget_get_visible (sitrep_test_template_child (f->window, buttons[i])));
    }
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (sitrep_window_get_map_pane (f->window))));

  sitrep_window_set_store (f->window, f->store);
  sitrep_test_wait_until (loop_shown, f, "reader, panel and map again");
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    g_assert_true (gtk_widget_get_visible (sitrep_test_template_child (f->window, buttons[i])));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (sitrep_test_template_child (f->window,
                                                                                            "map_button"))));
}

/* ------------------------------------------------------------ empty project */

static gboolean
reader_offers_import (gpointer data)
{
  Fixture *f = data;
  GObject *empty = gtk_widget_get_template_child (GTK_WIDGET (sitrep_window_get_reader (f->window)),
                                                  SITREP_TYPE_READER, "empty_stack");

  return sitrep_test_has_size (GTK_WIDGET (empty)) &&
         g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (empty)), "no-articles") == 0;
}

static gboolean
reader_asks_to_choose (gpointer data)
{
  Fixture *f = data;
  GObject *empty = gtk_widget_get_template_child (GTK_WIDGET (sitrep_window_get_reader (f->window)),
                                                  SITREP_TYPE_READER, "empty_stack");

  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (empty)), "no-selection") == 0;
}

/* The button of @action in @widget, if any. */
static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_action_button (c, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A new project's reader offers Import, not "Choose an article in the list"
 * from a list that is empty and folded away at this width: files, and pages
 * by their addresses (its words name web pages; a new user with an address
 * looked there for a way in), each with a key. */
static void
test_empty_project_offers_import (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GApplication) app = G_APPLICATION (sitrep_application_new ());
  GObject *empty = gtk_widget_get_template_child (GTK_WIDGET (sitrep_window_get_reader (f->window)),
                                                  SITREP_TYPE_READER, "empty_stack");

  g_application_set_flags (app, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (app, NULL, &error));
  g_assert_no_error (error);
  sitrep_test_wait_until (reader_offers_import, f, "the reader to offer Import");
  for (guint i = 0; i < 2; i++)
    {
      const char *action = i == 0 ? "win.import" : "win.import-web";
      GtkWidget *button = find_action_button (gtk_stack_get_visible_child (GTK_STACK (empty)), action);
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);

      g_assert_nonnull (button);
      g_assert_true (gtk_widget_get_mapped (button) && gtk_widget_is_sensitive (button));
      g_assert_true (accels != NULL && accels[0] != NULL);
    }
  g_assert_cmpint (sitrep_import_text (f->store, report, NULL, &error), >, 0);
  g_assert_no_error (error);
  sitrep_test_wait_until (reader_asks_to_choose, f, "the reader to stop offering Import");
}

/* ------------------------------------------------------------ label bar and dialog */

static gboolean
annotator_asked (gpointer data)
{
  return sitrep_test_find_window (data, ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* The label bar by a mouse selection goes down when a label in it asks
 * "Who Is Annotating?": a popover of its own, it stayed above the dialog. */
static void
test_label_bar_under_annotator_dialog (Fixture       *f,
                                       gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  GtkWidget *bar;

  sitrep_test_wait_until (loop_shown, f, "reader, panel and map");
  sitrep_test_select_words (reader, report_body, "Jassim");
  /* Mapped, not only visible: the click below asserts its button is mapped. */
  bar = sitrep_test_offer_labels (reader);

  sitrep_test_click (sitrep_label_bar_get_button (SITREP_LABEL_BAR (bar), sitrep_test_label_id (f->store, "Place")));
  sitrep_test_wait_until (annotator_asked, f->window, "Who Is Annotating?");
  g_assert_false (gtk_widget_get_visible (bar));
}

static gboolean
suggestion_current (gpointer data)
{
  return sitrep_suggestion_review_get_current (data) != 0 && !sitrep_suggestion_review_get_running (data);
}

static gboolean
annotation_made (gpointer data)
{
  Fixture *f = data;
  SitrepArticle *article = sitrep_reader_get_article (sitrep_window_get_reader (f->window));
  g_autoptr(GPtrArray) list = sitrep_store_list_annotations (f->store, sitrep_article_get_id (article), 0, NULL);

  return list != NULL && list->len > 0;
}

/* A new user's first act may be Suggest, then Enter: the window asks who is
 * annotating, and after Continue the suggestion is accepted (it stayed
 * pending: only a label waited for the answer). */
static void
test_accept_waits_for_annotator (Fixture       *f,
                                 gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  SitrepSuggestionReview *review = sitrep_reader_get_suggestion_review (reader);
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  gint64 id;

  sitrep_test_wait_until (loop_shown, f, "reader, panel and map");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (reader), "reader.suggest", NULL));
  sitrep_test_wait_until (suggestion_current, review, "a suggestion under review");
  id = sitrep_suggestion_review_get_current (review);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (reader), "reader.accept-suggestion", NULL));
  sitrep_test_wait_until (annotator_asked, f->window, "Who Is Annotating?");
  g_assert_false (annotation_made (f));
  dialog = ADW_MESSAGE_DIALOG (sitrep_test_find_window (GTK_WINDOW (f->window), ADW_TYPE_MESSAGE_DIALOG));
  entry = adw_message_dialog_get_extra_child (dialog);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Nour");
  adw_message_dialog_response (dialog, "save");
  gtk_window_destroy (GTK_WINDOW (dialog));

  sitrep_test_wait_until (annotation_made, f, "the accepted suggestion as an annotation");
  g_assert_null (sitrep_suggestion_review_lookup (review, id));
}

/* ------------------------------------------------------------ widths */

typedef struct
{
  int reader, panel, map;
} Widths;

static Widths
widths_of (Fixture *f)
{
  Widths w = {
    gtk_widget_get_width (GTK_WIDGET (sitrep_window_get_reader (f->window))),
    gtk_widget_get_width (GTK_WIDGET (sitrep_window_get_annotation_panel (f->window))),
    gtk_widget_get_width (GTK_WIDGET (sitrep_window_get_map_pane (f->window))),
  };

  return w;
}

static gboolean
status_in_progress (gpointer data)
{
  Fixture *f = data;
  SitrepArticle *a = sitrep_reader_get_article (sitrep_window_get_reader (f->window));

  return a != NULL && sitrep_article_get_status (a) == SITREP_ARTICLE_STATUS_IN_PROGRESS;
}

/* Reader, panel and map are all there at a laptop's size, and keep their
 * widths when the first label turns the article "In progress" and the
 * map's "Places" into "Places: 1/1". */
static void
test_widths_stay (Fixture       *f,
                  gconstpointer  data)
{
  Widths before, after;
  gint64 id;

  sitrep_test_wait_until (loop_shown, f, "reader, panel and map");
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 3);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, f->width);
  before = widths_of (f);
  g_test_message ("reader %d, panel %d, map %d", before.reader, before.panel, before.map);
  g_assert_cmpint (before.reader, >=, 400);
  g_assert_cmpint (before.map, >=, 300);

  sitrep_test_select_words (sitrep_window_get_reader (f->window), report_body, "Jassim");
  id = sitrep_reader_apply_label (sitrep_window_get_reader (f->window), sitrep_test_label_id (f->store, "Place"), NULL);
  g_assert_cmpint (id, >, 0);
  sitrep_test_wait_until (status_in_progress, f, "the article in progress");
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 3);

  after = widths_of (f);
  g_assert_true (loop_shown (f));
  g_assert_cmpint (after.reader, ==, before.reader);
  g_assert_cmpint (after.panel, ==, before.panel);
  g_assert_cmpint (after.map, ==, before.map);
}

/* ------------------------------------------------------------ Events view */

static gboolean
events_view_shown (gpointer data)
{
  Fixture *f = data;

  return sitrep_test_has_size (GTK_WIDGET (sitrep_window_get_events_view (f->window)));
}

/* The map stays beside the Events view, and so does New Event (a blank
 * one there): both used to leave with the reader. */
static void
test_events_view_keeps_map (Fixture       *f,
                            gconstpointer  data)
{
  GtkWidget *new_event = sitrep_test_template_child (f->window, "new_event_button");

  sitrep_test_wait_until (loop_shown, f, "reader, panel and map");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
  sitrep_test_wait_until (events_view_shown, f, "the Events view");
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 3);

  g_assert_true (sitrep_test_has_size (GTK_WIDGET (sitrep_window_get_map_view (f->window))));
  g_assert_true (gtk_widget_get_mapped (new_event));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (new_event)), ==, "win.new-empty-event");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, f->width);
  /* Only the reader's view folds the article list and the panel away. */
  g_assert_false (gtk_widget_get_visible (sitrep_test_template_child (f->window, "sidebar_button")));
  g_assert_false (gtk_widget_get_visible (sitrep_test_template_child (f->window, "panel_button")));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-articles", NULL);
  sitrep_test_wait_until (loop_shown, f, "reader, panel and map again");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (new_event)), ==, "win.new-event");
}

/* ------------------------------------------------------------ Events table */

static gboolean
editor_open (gpointer data)
{
  return sitrep_test_find_toplevel (SITREP_TYPE_EVENT_EDITOR) != NULL;
}

static GtkWidget *
find_by_id (GtkWidget  *widget,
            const char *id)
{
  if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_by_id (c, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The map's Places or Unplaced button (@id). */
static GtkMenuButton *
map_button (Fixture    *f,
            const char *id)
{
  return GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (sitrep_window_get_map_view (f->window)),
                                                         SITREP_TYPE_MAP_VIEW, id));
}

static gboolean
places_counted (gpointer data)
{
  Fixture *f = data;
  GtkMenuButton *places = map_button (f, "places_button");
  GtkWidget *label = GTK_WIDGET (sitrep_count_button_get_count (places));

  return gtk_widget_get_visible (label) && strchr (gtk_label_get_label (GTK_LABEL (label)), '/') != NULL;
}

static gboolean
table_compact (gpointer data)
{
  Fixture *f = data;

  return sitrep_events_pane_get_compact (sitrep_window_get_events_pane (f->window));
}

/* Every label shown in @widget whose text is one of @texts: none of them is cut. */
static guint
count_uncut (GtkWidget          *widget,
             const char * const *texts)
{
  guint n = 0;

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strv_contains (texts, gtk_label_get_label (GTK_LABEL (widget))))
    {
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))));
      n++;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += count_uncut (c, texts);
  return n;
}

static gboolean
no_sideways_scroll (GtkAdjustment *h)
{
  return gtk_adjustment_get_upper (h) <= gtk_adjustment_get_page_size (h) + 1;
}

/* With the map beside it at a laptop's width the Events table drops its
 * Actors and Disputed columns so that dates, places and figures read in
 * full, the card beside it fits without scrolling sideways, and Enter (a
 * row's activation) opens the event's editor. */
static void
test_events_table_reads (Fixture       *f,
                         gconstpointer  data)
{
  gint64 place = sitrep_test_add_place (f->store, "Jasim", 32.992, 36.06, "Daraa");
  const char *texts[] = { "2022-10-14–15", "2022-10-13", "Jasim", "18", "5", NULL };
  SitrepEventsView *view;
  GtkColumnView *table;
  GtkWidget *card_scroller;

  sitrep_test_add_event (f->store, "2022-10-14", "2022-10-15", 1, place, "Battles", 5);
  sitrep_test_add_event (f->store, "2022-10-13", NULL, 1, place, "Explosions/Remote violence", 18);
  sitrep_test_wait_until (loop_shown, f, "reader, panel and map");
  /* Jassim labelled: the Places button counts the article's places ("Places: 1/1"). */
  {
    g_autoptr(GError) error = NULL;
    gint64 article = sitrep_article_get_id (sitrep_reader_get_article (sitrep_window_get_reader (f->window)));
    guint jassim = sitrep_test_offset_of (report_body, "Jassim");

    g_assert_cmpint (sitrep_store_add_annotation (f->store, article, sitrep_test_label_id (f->store, "Place"),
                                                  jassim, jassim + 6, 0, place,
                                                  NULL, &error), >, 0);
    g_assert_no_error (error);
  }
  sitrep_test_wait_until (places_counted, f, "the article's place counted on the map");
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 3);
  /* The map's Places button says its whole label; Unplaced shows only when some are. */
  {
    GtkLabel *label = sitrep_count_button_get_words (map_button (f, "places_button"));

    g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (label)));
    g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
    g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (map_button (f, "unplaced_button"))));
  }
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
  sitrep_test_wait_until (events_view_shown, f, "the Events view");
  sitrep_test_wait_until (table_compact, f, "the table made compact beside the map");
  view = SITREP_EVENTS_VIEW (sitrep_window_get_events_view (f->window));
  table = sitrep_events_view_get_column_view (view);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (table)), 0);
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 3);

  g_assert_true (sitrep_test_has_size (GTK_WIDGET (sitrep_window_get_map_view (f->window))));
  g_assert_cmpuint (count_uncut (GTK_WIDGET (table), texts), >=, 6);
  g_assert_true (no_sideways_scroll (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (table))));
  card_scroller = find_by_id (GTK_WIDGET (sitrep_events_view_get_card (view)), "scroller");
  g_assert_true (GTK_IS_SCROLLED_WINDOW (card_scroller) && gtk_widget_get_mapped (card_scroller));
  g_assert_true (no_sideways_scroll (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (card_scroller))));

  /* Enter or a double click on a row: the editor of its event. */
  g_signal_emit_by_name (table, "activate", 0);
  sitrep_test_wait_until (editor_open, f, "the event editor");
}

/* ------------------------------------------------------------ timeline lanes */

static gboolean
lanes_say (gpointer data)
{
  void **pair = data;
  GtkDropDown *lanes = GTK_DROP_DOWN (sitrep_test_template_child (pair[0], "timeline_lanes_dropdown"));
  GtkStringList *list = GTK_STRING_LIST (gtk_drop_down_get_model (lanes));

  return gtk_drop_down_get_selected (lanes) == 0 && g_strcmp0 (gtk_string_list_get_string (list, 0), pair[1]) == 0;
}

/* Events with no type are laned by governorate: the lanes menu says so
 * rather than "By Event Type", and says "By Event Type" again once an event
 * has a type. */
static void
test_lanes_menu_says_region (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  gint64 place = sitrep_test_add_place (f->store, "Jasim", 32.992, 36.06, "Daraa");
  void *pair[2] = { f->window, (void *) "By Region, No Types Coded" };

  g_settings_set_string (settings, "timeline-lanes", "type");
  sitrep_test_add_event (f->store, "2022-10-14", "2022-10-15", 1, place, NULL, 5);
  sitrep_test_add_event (f->store, "2022-10-13", NULL, 1, place, NULL, 18);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-timeline", NULL);
  sitrep_test_wait_until (lanes_say, pair, "lanes by region said");

  sitrep_test_add_event (f->store, "2022-10-16", NULL, 1, place, "Battles", 2);
  pair[1] = (void *) "By Event Type";
  sitrep_test_wait_until (lanes_say, pair, "lanes by type said");
  g_assert_cmpstr (g_settings_get_string (settings, "timeline-lanes"), ==, "type");
}

/* width, height, with the report, annotator unknown */
static const int laptop_1280[] = { 1280, 720, 1, 0 };
static const int laptop_1366[] = { 1366, 700, 1, 0 };
static const int laptop_empty[] = { 1280, 720, 0, 0 };
static const int laptop_ask[] = { 1280, 720, 1, 1 };

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

#define ADD(name, size, func) \
  g_test_add (name, Fixture, size, fixture_set_up, func, fixture_tear_down)

  ADD ("/gui/laptop/welcome-header", laptop_1280, test_welcome_header);
  ADD ("/gui/laptop/empty-project-offers-import", laptop_empty, test_empty_project_offers_import);
  ADD ("/gui/laptop/label-bar-under-annotator-dialog", laptop_ask, test_label_bar_under_annotator_dialog);
  ADD ("/gui/laptop/accept-waits-for-annotator", laptop_ask, test_accept_waits_for_annotator);
  ADD ("/gui/laptop/widths-stay/1280x800", laptop_1280, test_widths_stay);
  ADD ("/gui/laptop/widths-stay/1366x768", laptop_1366, test_widths_stay);
  ADD ("/gui/laptop/events-view-keeps-map/1280x800", laptop_1280, test_events_view_keeps_map);
  ADD ("/gui/laptop/events-view-keeps-map/1366x768", laptop_1366, test_events_view_keeps_map);
  ADD ("/gui/laptop/lanes-menu-says-region", laptop_1280, test_lanes_menu_says_region);
  ADD ("/gui/laptop/events-table-reads/1280x800", laptop_1280, test_events_table_reads);

  return g_test_run ();
}

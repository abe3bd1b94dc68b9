/* test-gui-map-clicks.c — the article's places on the map under a real mouse (xdotool under Xvfb) at
 * 1280×800: a click on a place's pin opens its place chooser as its row in the Places list does, and a
 * click survives the list and the pins being refreshed between its press and its release (issue 10)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-map-view.h"
#include "sitrep-place-chooser.h"
#include "sitrep-store.h"
#include "sitrep-window.h"
#include "sitrep-window-test-private.h"

typedef struct
{
  char         *dir;
  char         *path;
  SitrepStore  *store;
  SitrepWindow *window;
  gint64        article;
  gint64        jasim;
  gint64        other;
} Fixture;

static const char *body_text =
  "Clashes broke out in Jasim on Friday, and government forces shelled Nawa.\n";

static gint64
annotate (Fixture    *f,
          const char *word,
          gint64      entity)
{
  g_autoptr(GError) error = NULL;
  guint start = sitrep_test_offset_of (body_text, word);
  gint64 id = sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Place"),
                                           start, start + (guint) strlen (word), 0, entity, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sitrep_test_set_window_size (1280, 800);
  f->store = sitrep_test_create_project ("sitrep-map-clicks-XXXXXX", &f->dir, &f->path);
  f->article = sitrep_test_add_article (f->store, "Clashes in Jasim", body_text);
  f->jasim = sitrep_test_add_place (f->store, "Jasim", 32.992, 36.06, "Daraa");
  f->other = sitrep_test_add_place (f->store, "Nawa", 32.89, 36.04, "Daraa");
  annotate (f, "Jasim", f->jasim);
  annotate (f, "Nawa", f->other);
  f->window = sitrep_test_open_article_window (f->store, f->article);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    sitrep_test_close_all_windows (g_steal_pointer (&f->window));
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
}

static GtkWidget *
first_of_type (GtkWidget *widget,
               GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = first_of_type (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The pin of the place named @name (its tooltip starts with it), or NULL. */
static GtkWidget *
pin_of (SitrepMapView *view,
        const char    *name)
{
  GtkWidget *layer = gtk_widget_get_parent (first_of_type (GTK_WIDGET (view), SHUMATE_TYPE_MARKER) ?: GTK_WIDGET (view));

  if (!SHUMATE_IS_MARKER_LAYER (layer))
    return NULL;
  for (GtkWidget *m = gtk_widget_get_first_child (layer); m != NULL; m = gtk_widget_get_next_sibling (m))
    {
      const char *tip = gtk_widget_get_tooltip_text (m);

      if (tip != NULL && g_str_has_prefix (tip, name) && gtk_widget_get_mapped (m) && gtk_widget_get_height (m) > 0)
        return m;
    }
  return NULL;
}

static gboolean
pins_shown (gpointer data)
{
  SitrepMapView *view = data;

  return pin_of (view, "Jasim") != NULL && pin_of (view, "Nawa") != NULL;
}

typedef struct
{
  ShumateViewport *viewport;
  double           latitude;
  double           longitude;
} ViewAt;

static gboolean
viewport_at (gpointer data)
{
  ViewAt *at = data;

  return fabs (shumate_location_get_latitude (SHUMATE_LOCATION (at->viewport)) - at->latitude) < 0.01 &&
         fabs (shumate_location_get_longitude (SHUMATE_LOCATION (at->viewport)) - at->longitude) < 0.01;
}

static SitrepMapView *
map_with_pins (Fixture *f)
{
  SitrepMapView *view = sitrep_window_get_map_view (f->window);
  ViewAt at = { sitrep_map_view_get_viewport (view), 32.94, 36.05 };

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view)));
  sitrep_map_view_center_on (view, at.latitude, at.longitude, 10);
  sitrep_test_wait_until (viewport_at, &at, "the map over Jasim and Nawa");
  sitrep_test_wait_until (pins_shown, view, "the pins of Jasim and Nawa");
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 2);
  return view;
}

/* The place chooser is open on @data's place ("Where Is “Nawa”?"). */
static gboolean
chooser_on (gpointer data)
{
  GtkWindow *chooser = sitrep_test_find_toplevel (SITREP_TYPE_PLACE_CHOOSER);
  GtkWidget *title = chooser != NULL ? first_of_type (GTK_WIDGET (chooser), ADW_TYPE_WINDOW_TITLE) : NULL;

  return title != NULL && gtk_widget_get_mapped (GTK_WIDGET (chooser)) &&
         strstr (adw_window_title_get_title (ADW_WINDOW_TITLE (title)), data) != NULL;
}

/* A click on a place's pin (its head, clear of any event's mark) opens the
 * place chooser on that place, as its row in the Places list does. */
static void
test_pin_click_opens_chooser (Fixture       *f,
                              gconstpointer  data)
{
  SitrepMapView *view;
  GtkWidget *pin;

  if (!sitrep_test_can_press_keys (GTK_WIDGET (f->window)))
    return;
  view = map_with_pins (f);
  sitrep_test_focus_window (GTK_WINDOW (f->window));

  pin = pin_of (view, "Nawa");
  sitrep_test_mouse_at (pin, gtk_widget_get_width (pin) / 2.0, 8, "click 1");
  sitrep_test_wait_until (chooser_on, (gpointer) "Nawa", "the place chooser on Nawa, from its pin");
  sitrep_test_destroy_toplevels (SITREP_TYPE_PLACE_CHOOSER);

  /* And the other pin, the other place. */
  pin = pin_of (view, "Jasim");
  sitrep_test_focus_window (GTK_WINDOW (f->window));
  sitrep_test_mouse_at (pin, gtk_widget_get_width (pin) / 2.0, 8, "click 1");
  sitrep_test_wait_until (chooser_on, (gpointer) "Jasim", "the place chooser on Jasim, from its pin");
}

static gboolean
refresh_done (gpointer data)
{
  return !sitrep_window_get_places_queued (data);
}

/* The map's places are drawn again, as when an entity changes (another
 * place linked, a name edited), and the test waits until they are. */
static void
refresh_places_meanwhile (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  /* Any change of an entity refreshes the article's places. */
  g_assert_cmpint (sitrep_store_add_entity (f->store, "place", "Tafas", &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (sitrep_window_get_places_queued (f->window));
  sitrep_test_wait_until (refresh_done, f->window, "the places drawn again");
}

static GtkWidget *
row_of (SitrepMapView *view,
        const char    *name)
{
  GtkWidget *list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (view), SITREP_TYPE_MAP_VIEW, "places_list"));

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_PREFERENCES_ROW (row) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), name) == 0)
      return row;
  return NULL;
}

static gboolean
row_on_screen (gpointer data)
{
  gpointer *args = data;
  GtkWidget *row = row_of (args[0], args[1]);

  return row != NULL && sitrep_test_has_size (row);
}

/* A click on a row of the Places list whose press and release the list's
 * refresh falls between (a place geocoded, an entity edited while the user
 * clicks) still opens the chooser: the rows are kept by place, not made
 * anew, so the release lands on the row the press did. */
static void
test_click_across_refresh (Fixture       *f,
                           gconstpointer  data)
{
  SitrepMapView *view;
  GtkMenuButton *places;
  GtkWidget *row, *pin;
  gpointer args[2];

  if (!sitrep_test_can_press_keys (GTK_WIDGET (f->window)))
    return;
  /* A list box forgets a press held longer than a double click takes
   * (GtkGestureClick::stopped): the user's click is short, the wait for the
   * refresh between press and release here may not be on a loaded machine. */
  g_object_set (gtk_settings_get_default (), "gtk-double-click-time", 30000, NULL);
  view = map_with_pins (f);
  sitrep_test_focus_window (GTK_WINDOW (f->window));

  places = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (view), SITREP_TYPE_MAP_VIEW, "places_button"));
  gtk_menu_button_popup (places);
  args[0] = view;
  args[1] = (gpointer) "Nawa";
  sitrep_test_wait_until (row_on_screen, args, "Nawa's row in the open Places list");
  row = row_of (view, "Nawa");
  sitrep_test_mouse_at (row, gtk_widget_get_width (row) / 2.0, gtk_widget_get_height (row) / 2.0, "mousedown 1");
  refresh_places_meanwhile (f);
  g_assert_true (row_of (view, "Nawa") == row);
  sitrep_test_mouse_at (row, gtk_widget_get_width (row) / 2.0, gtk_widget_get_height (row) / 2.0, "mouseup 1");
  sitrep_test_wait_until (chooser_on, (gpointer) "Nawa", "the place chooser on Nawa, from its row");
  sitrep_test_destroy_toplevels (SITREP_TYPE_PLACE_CHOOSER);

  /* A pin is kept the same way: the press on it is not lost either. (Held
   * over the map for longer than a long press, ~0.5 s, the X server's grab
   * of the press is broken, with or without a refresh; a click is shorter.) */
  pin = pin_of (view, "Jasim");
  refresh_places_meanwhile (f);
  g_assert_true (pin_of (view, "Jasim") == pin);
  sitrep_test_focus_window (GTK_WINDOW (f->window));
  sitrep_test_mouse_at (pin, gtk_widget_get_width (pin) / 2.0, 8, "click 1");
  sitrep_test_wait_until (chooser_on, (gpointer) "Jasim", "the place chooser on Jasim, from its pin");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/gui/map-clicks/pin-click-opens-chooser", test_pin_click_opens_chooser);
  ADD ("/gui/map-clicks/click-across-refresh", test_click_across_refresh);

  return g_test_run ();
}

/* test-gui-map.c — the map pane under Xvfb: tiles, places, pins, events, exports, online tiles
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <math.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-basemap.h"
#include "sitrep-map-source.h"
#include "sitrep-map-view.h"
#include "sitrep-store.h"
#include "sitrep-window.h"
#include "sitrep-events-view.h"
#include "sitrep-articles-private.h"
#include "sitrep-events-view-private.h"
#include "sitrep-map-points-layer-private.h"
#include "sitrep-map-source-private.h"
#include "sitrep-map-view-private.h"
#include "sitrep-place-chooser.h"
#include "sitrep-window-test-private.h"

/* Where the tip of a place pin's glyph is, down from the top of a pin @h
 * px tall: the 24-px mark-location-symbolic (tip at 15/16 of it) centred. */
#define PIN_TIP_Y(h) (((h) - 24.0) / 2.0 + 24.0 * 15.0 / 16.0)


typedef struct
{
  char         *dir;
  char         *path;
  SitrepStore  *store;
  SitrepWindow *window;
  gint64        article;
} Fixture;

static gint64
place_label (SitrepStore *store)
{
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (store, NULL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (sitrep_label_get_kind (labels->pdata[i]), "place") == 0)
      return sitrep_label_get_id (labels->pdata[i]);
  g_assert_not_reached ();
}

/* Labels @word (first occurrence) of @body as a Place linked to a new place entity. */
static gint64
annotate_place (SitrepStore *store,
                gint64       article,
                const char  *body,
                const char  *word)
{
  g_autoptr(GError) error = NULL;
  const char *at = strstr (body, word);
  glong start, end;
  gint64 entity, annotation;

  g_assert_nonnull (at);
  start = g_utf8_pointer_to_offset (body, at);
  end = start + g_utf8_strlen (word, -1);
  entity = sitrep_store_add_entity (store, "place", word, &error);
  g_assert_no_error (error);
  annotation = sitrep_store_add_annotation (store, article, place_label (store), start, end, 0, entity,
                                            NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (annotation, >, 0);

  return entity;
}

static gboolean
window_shows_project (gpointer data)
{
  Fixture *f = data;

  return sitrep_window_get_selected_id (f->window) != 0;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  f->store = sitrep_test_create_project ("sitrep-map-XXXXXX", &f->dir, &f->path);

  g_settings_set_string (settings, "annotator-name", "Tester");
  g_settings_reset (settings, "online-tiles");
  g_settings_reset (settings, "tile-url-template");
  g_settings_reset (settings, "map-visible");
}

static void
open_window (Fixture *f)
{
  f->window = g_object_ref (sitrep_window_new (NULL));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 900);
  gtk_window_present (GTK_WINDOW (f->window));
  sitrep_window_set_store (f->window, f->store);
  if (sitrep_store_count_articles (f->store) > 0)
    sitrep_test_wait_until (window_shows_project, f, "the article in the reader");
}

static gboolean
map_is_mapped (gpointer data)
{
  Fixture *f = data;

  return gtk_widget_get_mapped (GTK_WIDGET (sitrep_window_get_map_view (f->window))) &&
         gtk_widget_get_width (GTK_WIDGET (sitrep_map_view_get_map (sitrep_window_get_map_view (f->window)))) > 0;
}

/* The map is part of the window from the start. */
static void
show_map (Fixture *f)
{
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (sitrep_window_get_map_view (f->window))));
  sitrep_test_wait_until (map_is_mapped, f, "the map on screen");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    sitrep_test_close_window (f->window);
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
}

/* Tiles */

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} FillResult;

static void
on_tile_filled (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  FillResult *r = data;

  r->ok = shumate_map_source_fill_tile_finish (SHUMATE_MAP_SOURCE (source), result, &r->error);
  r->done = TRUE;
}

static gboolean
fill_done (gpointer data)
{
  return ((FillResult *) data)->done;
}

/* Fills tile (@zoom, over @lat, @lon) from @source and returns it, DONE. */
static ShumateTile *
fill_tile (ShumateMapSource *source,
           guint             zoom,
           double            lat,
           double            lon)
{
  guint n = 1u << zoom;
  guint x = (guint) (sitrep_mercator_x (lon) * n);
  guint y = (guint) (sitrep_mercator_y (lat) * n);
  ShumateTile *tile = shumate_tile_new_full (x, y, 256, zoom);
  FillResult r = { 0 };

  shumate_map_source_fill_tile_async (source, tile, NULL, on_tile_filled, &r);
  sitrep_test_wait_until (fill_done, &r, "a tile");
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  g_assert_cmpint (shumate_tile_get_state (tile), ==, SHUMATE_STATE_DONE);
  g_assert_nonnull (shumate_tile_get_paintable (tile));

  return tile;
}

/* The colour of the map widget at (@x, @y), rendered as the user sees it. */
static guint32
widget_pixel (GtkWidget *widget,
              int        x,
              int        y)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autofree guint32 *pixels = NULL;
  guint32 pixel;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  /* Nothing drawn yet. */
  if (node == NULL)
    return 0;
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_new (guint32, (gsize) width * height);
  gdk_texture_download (texture, (guchar *) pixels, width * 4);
  pixel = pixels[y * width + x];

  return pixel & 0xffffff;
}

static gboolean
map_centre_not_blank (gpointer data)
{
  Fixture *f = data;
  GtkWidget *map = GTK_WIDGET (sitrep_map_view_get_map (sitrep_window_get_map_view (f->window)));
  guint32 pixel = widget_pixel (map, gtk_widget_get_width (map) / 2, gtk_widget_get_height (map) / 2);

  /* The window background is #fafafa; the map draws land over it. */
  return pixel != 0xfafafa && pixel != 0xffffff && pixel != 0;
}

static void
test_tiles (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(ShumateTile) tile = NULL;
  ShumateMapSource *source;

  sitrep_test_add_article (f->store, "Nothing", "Nothing happened.");
  open_window (f);
  show_map (f);

  source = sitrep_map_view_get_map_source (sitrep_window_get_map_view (f->window));
  g_assert_true (SITREP_IS_MAP_SOURCE (source));
  g_assert_cmpstr (shumate_map_source_get_id (source), ==, "sitrep-offline-basemap");
  g_assert_null (sitrep_map_source_get_url_template (SITREP_MAP_SOURCE (source)));

  /* z=6 over Syria, from the offline source the map uses. */
  tile = fill_tile (source, 6, 35.0, 38.5);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (shumate_tile_get_paintable (tile)), ==, 256);

  /* And the map on screen shows it: the middle of Syria is not blank. */
  sitrep_test_wait_until (map_centre_not_blank, f, "tiles drawn on the map");

  /* Ctrl+M's action hides it again. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-map", NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (sitrep_window_get_map_view (f->window))));
}

/* Places of the article */

static gboolean
entity_placed (gpointer data)
{
  gpointer *args = data;
  g_autoptr(SitrepEntity) entity = sitrep_store_get_entity (args[0], *(gint64 *) args[1], NULL);

  return entity != NULL && !isnan (sitrep_entity_get_latitude (entity));
}

static gboolean
n_places_is (gpointer data)
{
  gpointer *args = data;

  return sitrep_map_view_get_n_places (args[0]) == GPOINTER_TO_UINT (args[1]);
}

/* The map's list of the article's places has a row for args[1]. */
static gboolean
place_row_listed (gpointer data)
{
  gpointer *args = data;
  GtkWidget *list = GTK_WIDGET (gtk_widget_get_template_child (args[0], SITREP_TYPE_MAP_VIEW, "places_list"));

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_PREFERENCES_ROW (row) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), args[1]) == 0)
      return TRUE;
  return FALSE;
}

static void
test_place_auto (Fixture       *f,
                 gconstpointer  data)
{
  const char *body = "The Syrian army deployed a large force around Jassim, in the north of Daraa "
                     "province, after clashes on Saturday.";
  g_autoptr(SitrepEntity) entity = NULL;
  gint64 jassim;
  gpointer args[2];

  f->article = sitrep_test_add_article (f->store, "Clashes near Daraa", body);
  jassim = annotate_place (f->store, f->article, body, "Jassim");
  open_window (f);
  show_map (f);

  args[0] = f->store;
  args[1] = &jassim;
  sitrep_test_wait_until (entity_placed, args, "Jassim placed");
  entity = sitrep_store_get_entity (f->store, jassim, NULL);
  g_assert_cmpfloat_with_epsilon (sitrep_entity_get_latitude (entity), 32.99, 0.02);
  g_assert_cmpfloat_with_epsilon (sitrep_entity_get_longitude (entity), 36.06, 0.02);
  g_assert_nonnull (sitrep_entity_get_country (entity));

  /* And it is a marker on the map. */
  args[0] = sitrep_window_get_map_view (f->window);
  args[1] = GUINT_TO_POINTER (1);
  sitrep_test_wait_until (n_places_is, args, "the Jassim marker");
}

static gboolean
chooser_over_closed_popover (gpointer data)
{
  GtkWindow *chooser = sitrep_test_find_toplevel (SITREP_TYPE_PLACE_CHOOSER);

  return chooser != NULL && gtk_widget_get_mapped (GTK_WIDGET (chooser)) && !gtk_widget_get_visible (data);
}

static gboolean
pinning (gpointer data)
{
  GtkRevealer *revealer = GTK_REVEALER (gtk_widget_get_template_child (data, SITREP_TYPE_MAP_VIEW, "pin_revealer"));

  return gtk_revealer_get_reveal_child (revealer) && sitrep_test_find_toplevel (SITREP_TYPE_PLACE_CHOOSER) == NULL;
}

/* The button under @widget labelled @label. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* From the map's list of places to "Pin on Map" with the mouse, through
 * the X server as a user clicks: the list's popover closes as the place
 * chooser opens (it stayed open, drawn over the chooser, and took the
 * clicks meant for "Pin on Map"); then by keyboard, Alt+P. */
static void
test_pin_from_places_list (Fixture       *f,
                           gconstpointer  data)
{
  const char *body = "The Syrian army deployed a large force around Jassim, in the north of Daraa "
                     "province, after clashes on Saturday.";
  SitrepMapView *view;
  GtkMenuButton *places;
  GtkWidget *popover, *list, *row = NULL, *pin;
  gint64 jassim;
  gpointer args[2];

  f->article = sitrep_test_add_article (f->store, "Clashes near Daraa", body);
  jassim = annotate_place (f->store, f->article, body, "Jassim");
  open_window (f);
  if (!sitrep_test_can_press_keys (GTK_WIDGET (f->window)))
    return;
  show_map (f);
  view = sitrep_window_get_map_view (f->window);
  args[0] = view;
  args[1] = (gpointer) "Jassim";
  sitrep_test_wait_until (place_row_listed, args, "Jassim in the map's list of places");
  sitrep_test_focus_window (GTK_WINDOW (f->window));

  places = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (view), SITREP_TYPE_MAP_VIEW, "places_button"));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (places));
  gtk_menu_button_popup (places);
  sitrep_test_wait_until ((SitrepTestCondition) sitrep_test_has_size, popover, "the list of places open");
  list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (view), SITREP_TYPE_MAP_VIEW, "places_list"));
  for (GtkWidget *c = gtk_widget_get_first_child (list); c != NULL && row == NULL; c = gtk_widget_get_next_sibling (c))
    if (ADW_IS_PREFERENCES_ROW (c) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (c)), "Jassim") == 0)
      row = c;
  g_assert_nonnull (row);
  sitrep_test_wait_until ((SitrepTestCondition) sitrep_test_has_size, row, "Jassim's row on screen");
  sitrep_test_mouse_at (row, gtk_widget_get_width (row) / 2.0, gtk_widget_get_height (row) / 2.0, "click 1");
  sitrep_test_wait_until (chooser_over_closed_popover, popover, "the place chooser, the list closed");

  pin = find_button (GTK_WIDGET (sitrep_test_find_toplevel (SITREP_TYPE_PLACE_CHOOSER)), "_Pin on Map");
  g_assert_nonnull (pin);
  sitrep_test_wait_until ((SitrepTestCondition) sitrep_test_has_size, pin, "Pin on Map on screen");
  sitrep_test_mouse_at (pin, gtk_widget_get_width (pin) / 2.0, gtk_widget_get_height (pin) / 2.0, "click 1");
  sitrep_test_wait_until (pinning, view, "the map asking where Jassim is");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.cancel-pin", NULL);

  /* By keyboard: the chooser's mnemonic. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.choose-place", "x", jassim);
  sitrep_test_wait_until (sitrep_test_toplevel_shown, GSIZE_TO_POINTER (SITREP_TYPE_PLACE_CHOOSER), "the chooser again");
  sitrep_test_focus_window (sitrep_test_find_toplevel (SITREP_TYPE_PLACE_CHOOSER));
  sitrep_test_press_keys ("alt+p");
  sitrep_test_wait_until (pinning, view, "the map asking where Jassim is, by keyboard");
}

static void
test_place_doubtful (Fixture       *f,
                     gconstpointer  data)
{
  const char *body = "A bus was hit near Sabbourah, west of Damascus, on the road to the Lebanese border.";
  g_autoptr(SitrepEntity) entity = NULL;
  gint64 sabbourah;
  gpointer args[2];

  f->article = sitrep_test_add_article (f->store, "Bus hit", body);
  sabbourah = annotate_place (f->store, f->article, body, "Sabbourah");
  open_window (f);
  show_map (f);

  /* The doubtful candidate is shown, greyed, but never linked. */
  args[0] = sitrep_window_get_map_view (f->window);
  args[1] = GUINT_TO_POINTER (1);
  sitrep_test_wait_until (n_places_is, args, "the doubtful Sabburah marker");
  /* The pass that drew the marker is the one that would have linked it. */
  entity = sitrep_store_get_entity (f->store, sabbourah, NULL);
  g_assert_true (isnan (sitrep_entity_get_latitude (entity)));
}

static void
test_pin (Fixture       *f,
          gconstpointer  data)
{
  const char *body = "Coalition forces at al-Tanf were attacked by drones.";
  g_autoptr(SitrepEntity) entity = NULL;
  g_autoptr(SitrepEntity) reused = NULL;
  gint64 tanf, article2;
  gpointer args[2];

  f->article = sitrep_test_add_article (f->store, "Drones at al-Tanf", body);
  tanf = annotate_place (f->store, f->article, body, "al-Tanf");
  open_window (f);
  show_map (f);
  /* The map has looked the place up (its row in the places list says so)
   * and found nothing it may place it with. */
  args[0] = sitrep_window_get_map_view (f->window);
  args[1] = (gpointer) "al-Tanf";
  sitrep_test_wait_until (place_row_listed, args, "al-Tanf in the map's list of places");
  entity = sitrep_store_get_entity (f->store, tanf, NULL);
  g_assert_true (isnan (sitrep_entity_get_latitude (entity)));
  g_clear_object (&entity);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.pin-place", "x", tanf);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.pin-at", "(dd)", 33.507, 38.618);
  entity = sitrep_store_get_entity (f->store, tanf, NULL);
  g_assert_cmpfloat_with_epsilon (sitrep_entity_get_latitude (entity), 33.507, 1e-6);
  g_assert_cmpfloat_with_epsilon (sitrep_entity_get_longitude (entity), 38.618, 1e-6);

  args[0] = sitrep_window_get_map_view (f->window);
  args[1] = GUINT_TO_POINTER (1);
  sitrep_test_wait_until (n_places_is, args, "the pinned marker");

  /* A later mention links to the same project place, coordinates and all. */
  article2 = sitrep_test_add_article (f->store, "More at al-Tanf", "Another attack at al-Tanf.");
  {
    g_autoptr(GError) error = NULL;
    gint64 annotation = sitrep_store_add_annotation (f->store, article2, place_label (f->store), 18, 25, 0, 0,
                                                     NULL, &error);
    gint64 linked;

    g_assert_no_error (error);
    linked = sitrep_store_link_mention (f->store, annotation, "place", &error);
    g_assert_no_error (error);
    g_assert_cmpint (linked, ==, tanf);
    reused = sitrep_store_get_entity (f->store, linked, NULL);
    g_assert_cmpfloat_with_epsilon (sitrep_entity_get_latitude (reused), 33.507, 1e-6);
  }

  /* A pin without a place being pinned does nothing. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.pin-at", "(dd)", 10.0, 10.0);
  g_clear_object (&entity);
  entity = sitrep_store_get_entity (f->store, tanf, NULL);
  g_assert_cmpfloat_with_epsilon (sitrep_entity_get_latitude (entity), 33.507, 1e-6);
}

/* Events */

static gint64
add_event (SitrepStore *store,
           const char  *type,
           const char  *location,
           const char  *admin1,
           double       lat,
           double       lon)
{
  g_autoptr(GError) error = NULL;
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  gint64 id;

  draft.event_type = type;
  draft.date_start = "2024-03-02";
  draft.location = location;
  draft.admin1 = admin1;
  draft.country = "Syria";
  draft.latitude = lat;
  draft.longitude = lon;
  id = sitrep_store_create_event (store, &draft, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

static gboolean
layer_has_points (gpointer data)
{
  gpointer *args = data;

  return sitrep_map_points_layer_get_n_points (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static gboolean
unplaced_is (gpointer data)
{
  gpointer *args = data;

  return sitrep_map_view_get_n_unplaced (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static void
on_workspace_event (SitrepWorkspace *workspace,
                    GParamSpec      *pspec,
                    gint64          *seen)
{
  *seen = sitrep_workspace_get_event (workspace);
}

static gboolean
model_has_n (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (G_LIST_MODEL (args[0])) == GPOINTER_TO_UINT (args[1]);
}

typedef struct
{
  ShumateViewport *viewport;
  double           latitude;
  double           longitude;
  double           zoom;        /* < 0: any */
} ViewAt;

/* The map has come to rest over (latitude, longitude). */
static gboolean
viewport_at (gpointer data)
{
  ViewAt *at = data;

  return fabs (shumate_location_get_latitude (SHUMATE_LOCATION (at->viewport)) - at->latitude) < 0.05 &&
         fabs (shumate_location_get_longitude (SHUMATE_LOCATION (at->viewport)) - at->longitude) < 0.05 &&
         (at->zoom < 0 || fabs (shumate_viewport_get_zoom_level (at->viewport) - at->zoom) < 0.01);
}

static void
test_events (Fixture       *f,
             gconstpointer  data)
{
  SitrepMapPointsLayer *layer;
  ShumateViewport *viewport;
  gint64 homs, raqqa, unplaced_jassim, seen = 0, picked;
  double x, y;
  gpointer args[2];
  g_autoptr(GArray) in_view = NULL;

  f->article = sitrep_test_add_article (f->store, "Events", "Events happened.");
  homs = add_event (f->store, "Battles", "Homs", "Homs", 34.73, 36.72);
  raqqa = add_event (f->store, "Explosions/Remote violence", "Ar Raqqah", "Raqqa", 35.95, 39.01);
  add_event (f->store, "Protests", "Daraa", "Daraa", 32.62, 36.10);
  unplaced_jassim = add_event (f->store, "Battles", "Jassim", "Daraa", NAN, NAN);
  add_event (f->store, NULL, NULL, NULL, NAN, NAN);
  open_window (f);
  g_signal_connect (sitrep_window_get_workspace (f->window), "notify::event",
                    G_CALLBACK (on_workspace_event), &seen);
  show_map (f);

  layer = sitrep_map_view_get_events_layer (sitrep_window_get_map_view (f->window));
  args[0] = layer;
  args[1] = GUINT_TO_POINTER (3);
  sitrep_test_wait_until (layer_has_points, args, "three events on the map");
  args[0] = sitrep_window_get_map_view (f->window);
  args[1] = GUINT_TO_POINTER (2);
  sitrep_test_wait_until (unplaced_is, args, "two unplaced events");

  /* Selecting an event elsewhere centres the map on it and rings it. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.select-event", "x", raqqa);
  g_assert_cmpint (sitrep_window_get_current_event (f->window), ==, raqqa);
  g_assert_cmpint (seen, ==, raqqa);
  g_assert_cmpint (sitrep_map_points_layer_get_highlight (layer), ==, raqqa);
  viewport = sitrep_map_view_get_viewport (sitrep_window_get_map_view (f->window));
  {
    ViewAt at = { viewport, 35.95, 39.01, -1 };

    sitrep_test_wait_until (viewport_at, &at, "the map over Raqqa");
  }

  /* Clicking Homs' mark on the map picks Homs and selects it. */
  /* Zoom 9: the map beside the reader is taller than wide, and at zoom 8 it
   * reaches down to Daraa. */
  sitrep_map_view_center_on (sitrep_window_get_map_view (f->window), 34.73, 36.72, 9);
  {
    ViewAt at = { viewport, 34.73, 36.72, 9 };

    sitrep_test_wait_until (viewport_at, &at, "the map over Homs at zoom 9");
  }
  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (layer), 34.73, 36.72, &x, &y);
  picked = sitrep_map_points_layer_pick (layer, x, y, NULL);
  g_assert_cmpint (picked, ==, homs);
  g_signal_emit_by_name (sitrep_window_get_map_view (f->window), "event-activated", picked);
  g_assert_cmpint (sitrep_window_get_current_event (f->window), ==, homs);
  g_assert_cmpint (seen, ==, homs);
  g_signal_handlers_disconnect_by_func (sitrep_window_get_workspace (f->window), on_workspace_event, &seen);
  /* Nothing there: no event. */
  g_assert_cmpint (sitrep_map_points_layer_pick (layer, x + 200, y + 200, NULL), ==, 0);

  /* Only what is in view: Homs at zoom 9, not Raqqa nor Daraa. */
  g_assert_null (sitrep_window_dup_event_ids_in_view (f->window));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.map-only-in-view", NULL);
  in_view = sitrep_window_dup_event_ids_in_view (f->window);
  g_assert_nonnull (in_view);
  g_assert_cmpuint (in_view->len, ==, 1);
  g_assert_cmpint (g_array_index (in_view, gint64, 0), ==, homs);
  /* The Events view follows the map (through the R*Tree), once the map rests. */
  {
    SitrepEventsView *events_view = SITREP_EVENTS_VIEW (sitrep_window_get_events_view (f->window));

    g_assert_nonnull (events_view);
    args[0] = sitrep_events_view_get_list (events_view);
    args[1] = GUINT_TO_POINTER (1);
    sitrep_test_wait_until (model_has_n, args, "the Events view narrowed to Homs");
  }

  /* The Jassim event is placed from its place name, in a thread. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.place-unplaced-events", NULL);
  args[0] = sitrep_window_get_map_view (f->window);
  args[1] = GUINT_TO_POINTER (1);
  sitrep_test_wait_until (unplaced_is, args, "the Jassim event placed");
  {
    g_autoptr(SitrepEvent) event = sitrep_store_get_event (f->store, unplaced_jassim, NULL);

    g_assert_cmpfloat_with_epsilon (sitrep_event_get_latitude (event), 32.99, 0.02);
  }
  args[0] = layer;
  args[1] = GUINT_TO_POINTER (4);
  sitrep_test_wait_until (layer_has_points, args, "four events on the map");
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

static gboolean
marker_allocated (gpointer data)
{
  GtkWidget *view = data;
  GtkWidget *marker = first_of_type (view, SHUMATE_TYPE_MARKER);

  return marker != NULL && gtk_widget_get_mapped (marker) && gtk_widget_get_height (marker) > 0;
}

/* An article's place pin and an event at the same place: the pin's tip sits
 * on the place, the event's mark is drawn over it, and both can be clicked. */
static void
test_pin_and_mark (Fixture       *f,
                   gconstpointer  data)
{
  const char *body = "The Syrian army deployed a large force around Jassim, in the north of Daraa "
                     "province, after clashes on Saturday.";
  g_autoptr(SitrepEntity) entity = NULL;
  SitrepMapView *view;
  SitrepMapPointsLayer *layer;
  ShumateViewport *viewport;
  GtkWidget *map, *marker, *pin, *picked;
  graphene_rect_t b;
  gint64 jassim, event;
  double lat, lon, x, y;
  int places_at = -1, events_at = -1, i = 0;
  gpointer args[2];

  f->article = sitrep_test_add_article (f->store, "Clashes near Daraa", body);
  jassim = annotate_place (f->store, f->article, body, "Jassim");
  open_window (f);
  show_map (f);
  args[0] = f->store;
  args[1] = &jassim;
  sitrep_test_wait_until (entity_placed, args, "Jassim placed");
  entity = sitrep_store_get_entity (f->store, jassim, NULL);
  lat = sitrep_entity_get_latitude (entity);
  lon = sitrep_entity_get_longitude (entity);
  event = add_event (f->store, "Battles", "Jassim", "Daraa", lat, lon);

  view = sitrep_window_get_map_view (f->window);
  layer = sitrep_map_view_get_events_layer (view);
  args[0] = layer;
  args[1] = GUINT_TO_POINTER (1);
  sitrep_test_wait_until (layer_has_points, args, "the event on the map");
  sitrep_map_view_center_on (view, lat, lon, 9);
  viewport = sitrep_map_view_get_viewport (view);
  {
    ViewAt at = { viewport, lat, lon, 9 };

    sitrep_test_wait_until (viewport_at, &at, "the map over Jassim at zoom 9");
  }
  sitrep_test_wait_until (marker_allocated, view, "the Jassim pin");
  map = GTK_WIDGET (sitrep_map_view_get_map (view));
  marker = first_of_type (GTK_WIDGET (view), SHUMATE_TYPE_MARKER);
  pin = shumate_marker_get_child (SHUMATE_MARKER (marker));
  shumate_viewport_location_to_widget_coords (viewport, map, lat, lon, &x, &y);

  /* The pin stands on the place: the tip of its glyph (15/16 down the
   * 24-px icon centred in the 28-px pin) there, its body above. */
  g_assert_true (gtk_widget_compute_bounds (pin, map, &b));
  g_assert_cmpfloat (fabs (b.origin.y + PIN_TIP_Y (b.size.height) - y), <=, 1.0);
  g_assert_cmpfloat (fabs (b.origin.x + b.size.width / 2 - x), <=, 1.0);

  /* The events' marks are drawn after (over) the places' pins. */
  for (GtkWidget *c = gtk_widget_get_first_child (map); c != NULL; c = gtk_widget_get_next_sibling (c), i++)
    {
      if (c == gtk_widget_get_parent (marker))
        places_at = i;
      if (c == GTK_WIDGET (layer))
        events_at = i;
    }
  g_assert_cmpint (places_at, >=, 0);
  g_assert_cmpint (events_at, >, places_at);

  /* Under the place, the mark: a click there is the event's, also where
   * the pin's box (below its tip) reaches. */
  g_assert_cmpint (sitrep_map_points_layer_pick (layer, x, y + 3, NULL), ==, event);
  picked = gtk_widget_pick (map, x, y + 3, GTK_PICK_DEFAULT);
  if (picked == pin || gtk_widget_is_ancestor (picked, pin))
    g_assert_cmpint (sitrep_map_view_event_over_pin (view, x, y + 3), ==, event);
  /* Where the mark lies over the pin's foot, the mark takes the click. */
  g_assert_cmpint (sitrep_map_view_event_over_pin (view, x, y - 2), ==, event);
  /* The pin's head is the place's. */
  picked = gtk_widget_pick (map, x, b.origin.y + 6, GTK_PICK_DEFAULT);
  g_assert_true (picked == pin || gtk_widget_is_ancestor (picked, pin));
  g_assert_cmpint (sitrep_map_view_event_over_pin (view, x, b.origin.y + 6), ==, 0);
}

typedef struct
{
  GtkWidget       *pin;
  GtkWidget       *map;
  ShumateViewport *viewport;
  SitrepMapPointsLayer *layer;
  SitrepStore     *store;
  gint64           place;
  double           lat, lon;
  double           head_x, head_y;   /* out: the pin's head, in the map's coordinates */
  gint64           cluster;          /* out: the mark drawn there */
  guint            n_points;
} PinAt;

/* The pin of place @at->place under the cluster of forty's mark, over its
 * head: while it is not (the map may still move, a cluster is drawn inside
 * its cell), the place is moved to where the cluster is drawn. */
static gboolean
cluster_over_pin_head (gpointer data)
{
  PinAt *at = data;
  graphene_rect_t b, disk, label;
  graphene_point_t in_layer;
  guint count = 0, i;
  double cx, cy;

  sitrep_map_points_layer_pick (at->layer, 0, 0, NULL);
  for (i = 0; sitrep_map_points_layer_get_drawn (at->layer, i, &disk, &label, &count) && count != 40; i++)
    ;
  if (count != 40 || !gtk_widget_compute_point (GTK_WIDGET (at->layer), at->map,
                                                &GRAPHENE_POINT_INIT (disk.origin.x + disk.size.width / 2,
                                                                      disk.origin.y + disk.size.height / 2), &in_layer))
    return FALSE;
  cx = in_layer.x;
  cy = in_layer.y;
  if (!gtk_widget_compute_bounds (at->pin, at->map, &b))
    return FALSE;
  if (fabs (b.origin.x + b.size.width / 2 - cx) > 2 || fabs (b.origin.y + PIN_TIP_Y (b.size.height) - cy) > 2)
    {
      double lat, lon;

      shumate_viewport_widget_coords_to_location (at->viewport, at->map, cx, cy, &lat, &lon);
      if (fabs (lat - at->lat) > 1e-7 || fabs (lon - at->lon) > 1e-7)
        {
          at->lat = lat;
          at->lon = lon;
          g_assert_true (sitrep_store_set_entity_place (at->store, at->place, lat, lon, NULL, NULL, NULL, NULL));
        }
      return FALSE;
    }
  at->head_x = b.origin.x + b.size.width / 2;
  at->head_y = b.origin.y + PIN_TIP_Y (b.size.height) - 14;
  if (!gtk_widget_compute_point (at->map, GTK_WIDGET (at->layer), &GRAPHENE_POINT_INIT (at->head_x, at->head_y),
                                 &in_layer))
    return FALSE;
  at->cluster = sitrep_map_points_layer_pick (at->layer, in_layer.x, in_layer.y, &at->n_points);
  return at->cluster != 0 && at->n_points == 40;
}

/* The popover a click on a cluster over pins opens, when shown. */
static GtkWidget *
here_popover (SitrepMapView *view)
{
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (view)); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_POPOVER (c) && gtk_widget_has_css_class (c, "map-here"))
      return c;
  return NULL;
}

static gboolean
here_shown (gpointer data)
{
  GtkWidget *popover = here_popover (data);

  return popover != NULL && gtk_widget_get_mapped (popover);
}

static gboolean
chooser_here_closed (gpointer data)
{
  GtkWindow *chooser = sitrep_test_find_toplevel (SITREP_TYPE_PLACE_CHOOSER);

  return chooser != NULL && gtk_widget_get_mapped (GTK_WIDGET (chooser)) && !here_shown (data);
}

static gboolean
workspace_event_is (gpointer data)
{
  gpointer *args = data;

  return sitrep_workspace_get_event (args[0]) == *(gint64 *) args[1];
}

/* A cluster of events at an article's place covers the place's pin, head
 * and all: a click there (the pin's head) offers both, the cluster's
 * events and the place; the place by keyboard opens its chooser, the
 * events by mouse select the cluster's event as a click on it did. */
static void
test_pin_under_cluster (Fixture       *f,
                        gconstpointer  data)
{
  const char *body = "The Syrian army deployed a large force around Jassim, in the north of Daraa "
                     "province, after clashes on Saturday.";
  g_autoptr(SitrepEntity) entity = NULL;
  SitrepMapView *view;
  SitrepMapPointsLayer *layer;
  GtkWidget *map, *marker, *pin, *popover, *list, *row;
  gint64 jassim, cluster;
  double lat, lon, x, y, head_y;
  gpointer args[2];
  guint n_points = 0, n_rows = 0;

  f->article = sitrep_test_add_article (f->store, "Clashes near Daraa", body);
  jassim = annotate_place (f->store, f->article, body, "Jassim");
  open_window (f);
  if (!sitrep_test_can_press_keys (GTK_WIDGET (f->window)))
    return;
  show_map (f);
  args[0] = f->store;
  args[1] = &jassim;
  sitrep_test_wait_until (entity_placed, args, "Jassim placed");
  entity = sitrep_store_get_entity (f->store, jassim, NULL);
  lat = sitrep_entity_get_latitude (entity);
  lon = sitrep_entity_get_longitude (entity);
  view = sitrep_window_get_map_view (f->window);
  layer = sitrep_map_view_get_events_layer (view);
  /* Zoom 8: events are drawn as clusters. */
  sitrep_map_view_center_on (view, lat, lon, 8);
  {
    ViewAt at = { sitrep_map_view_get_viewport (view), lat, lon, 8 };

    sitrep_test_wait_until (viewport_at, &at, "the map over Jassim at zoom 8");
  }
  sitrep_test_wait_until (marker_allocated, view, "the Jassim pin");
  map = GTK_WIDGET (sitrep_map_view_get_map (view));
  marker = first_of_type (GTK_WIDGET (view), SHUMATE_TYPE_MARKER);
  pin = shumate_marker_get_child (SHUMATE_MARKER (marker));
  /* Forty events at Jassim, drawn as one cluster. */
  for (guint i = 0; i < 40; i++)
    add_event (f->store, "Battles", "Jassim", "Daraa", lat, lon);
  args[0] = layer;
  args[1] = GUINT_TO_POINTER (40);
  sitrep_test_wait_until (layer_has_points, args, "the events on the map");
  {
    PinAt at = { 0 };

    at.pin = pin;
    at.map = map;
    at.viewport = sitrep_map_view_get_viewport (view);
    at.layer = layer;
    at.store = f->store;
    at.place = jassim;
    at.lat = lat;
    at.lon = lon;
    /* Jassim moved to where the cluster is drawn (a cluster is drawn
     * inside its cell, so a place near the cell's edge may lie outside
     * its disk): the cluster then lies over the whole of the pin's head. */
    sitrep_test_wait_until (cluster_over_pin_head, &at, "the pin's head under the cluster");
    x = at.head_x;
    head_y = at.head_y;
    cluster = at.cluster;
    n_points = at.n_points;
  }
  g_assert_cmpint (cluster, !=, 0);
  g_assert_cmpuint (n_points, ==, 40);
  {
    GtkWidget *picked = gtk_widget_pick (map, x, head_y, GTK_PICK_DEFAULT);

    g_assert_true (picked == pin || gtk_widget_is_ancestor (picked, pin));
  }
  y = head_y;

  sitrep_test_focus_window (GTK_WINDOW (f->window));
  sitrep_test_mouse_at (map, x, y, "click 1");
  sitrep_test_wait_until (here_shown, view, "what is here, offered");
  popover = here_popover (view);
  list = gtk_popover_get_child (GTK_POPOVER (popover));
  for (row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    n_rows++;
  g_assert_cmpuint (n_rows, ==, 2);
  row = gtk_widget_get_first_child (list);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "40 Events Here");
  row = gtk_widget_get_next_sibling (row);
  /* The pin's words, as its tooltip says them. */
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Jassim"));

  /* The place, by keyboard: the chooser comes, the popover goes. */
  sitrep_test_press_keys ("Down");
  sitrep_test_press_keys ("Return");
  sitrep_test_wait_until (chooser_here_closed, view, "Jassim's chooser, the popover closed");
  sitrep_test_destroy_toplevels (SITREP_TYPE_PLACE_CHOOSER);

  /* The events, by mouse: the cluster's event selected, as a click on it
   * (a pixel aside: the pointer moves, so the helper sees it arrive). */
  sitrep_test_focus_window (GTK_WINDOW (f->window));
  sitrep_test_mouse_at (map, x + 1, y, "click 1");
  sitrep_test_wait_until (here_shown, view, "what is here, offered again");
  row = gtk_widget_get_first_child (gtk_popover_get_child (GTK_POPOVER (here_popover (view))));
  sitrep_test_wait_until ((SitrepTestCondition) sitrep_test_has_size, row, "the events' row on screen");
  sitrep_test_mouse_at (row, gtk_widget_get_width (row) / 2.0, gtk_widget_get_height (row) / 2.0, "click 1");
  args[0] = sitrep_window_get_workspace (f->window);
  args[1] = &cluster;
  sitrep_test_wait_until (workspace_event_is, args, "the cluster's event selected");
  g_assert_false (here_shown (view));
}

/* Where a lone event's mark was drawn, in @layer's coordinates. */
static gboolean
lone_mark_at (SitrepMapPointsLayer *layer,
              double               *x,
              double               *y)
{
  graphene_rect_t disk, label;
  guint count;

  /* pick() lays the marks out for the viewport as it is now. */
  sitrep_map_points_layer_pick (layer, 0, 0, NULL);
  for (guint i = 0; sitrep_map_points_layer_get_drawn (layer, i, &disk, &label, &count); i++)
    if (count == 1)
      {
        *x = disk.origin.x + disk.size.width / 2;
        *y = disk.origin.y + disk.size.height / 2;
        return TRUE;
      }
  return FALSE;
}

/* At every zoom, clustered (below 9) or not, an event at a place is drawn
 * on the very point the place's pin stands on, not moved inside its
 * cluster cell (the Jasim mark sat 9 px right of Jasim's pin at zoom 6),
 * and the pin's tip is on that point too (it was 3.5 px above). */
static void
test_mark_on_pin_every_zoom (Fixture       *f,
                             gconstpointer  data)
{
  const char *body = "The Syrian army deployed a large force around Jassim, in the north of Daraa "
                     "province, after clashes on Saturday.";
  g_autoptr(SitrepEntity) entity = NULL;
  SitrepMapView *view;
  SitrepMapPointsLayer *layer;
  ShumateViewport *viewport;
  GtkWidget *map, *marker, *pin;
  gint64 jassim;
  double lat, lon;
  guint checked = 0;
  gpointer args[2];

  f->article = sitrep_test_add_article (f->store, "Clashes near Daraa", body);
  jassim = annotate_place (f->store, f->article, body, "Jassim");
  open_window (f);
  show_map (f);
  args[0] = f->store;
  args[1] = &jassim;
  sitrep_test_wait_until (entity_placed, args, "Jassim placed");
  entity = sitrep_store_get_entity (f->store, jassim, NULL);
  lat = sitrep_entity_get_latitude (entity);
  lon = sitrep_entity_get_longitude (entity);
  add_event (f->store, "Battles", "Jassim", "Daraa", lat, lon);
  /* A second event far enough not to share Jasim's cluster from zoom 4:
   * with two, marks cluster below zoom 9. */
  add_event (f->store, "Battles", "Baghdad", "Baghdad", 33.3152, 44.3661);
  view = sitrep_window_get_map_view (f->window);
  layer = sitrep_map_view_get_events_layer (view);
  viewport = sitrep_map_view_get_viewport (view);
  map = GTK_WIDGET (sitrep_map_view_get_map (view));
  args[0] = layer;
  args[1] = GUINT_TO_POINTER (2);
  sitrep_test_wait_until (layer_has_points, args, "both events on the map");

  for (double zoom = 4; zoom <= 12; zoom += 0.25)
    {
      ViewAt at = { viewport, lat + 0.05, lon - 0.05, zoom };
      graphene_rect_t b;
      double x, y, mx = 0, my = 0;

      sitrep_map_view_center_on (view, at.latitude, at.longitude, zoom);
      sitrep_test_wait_until (viewport_at, &at, "the map at the zoom");
      sitrep_test_wait_until (marker_allocated, view, "the Jasim pin");
      sitrep_test_wait_frames (map, 1);
      shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (layer), lat, lon, &x, &y);
      g_assert_true (lone_mark_at (layer, &mx, &my));
      if (fabs (mx - x) > 0.5 || fabs (my - y) > 0.5)
        g_error ("at zoom %.2f the mark is at %.2f, %.2f; Jasim at %.2f, %.2f", zoom, mx, my, x, y);
      marker = first_of_type (GTK_WIDGET (view), SHUMATE_TYPE_MARKER);
      pin = shumate_marker_get_child (SHUMATE_MARKER (marker));
      g_assert_true (gtk_widget_compute_bounds (pin, GTK_WIDGET (layer), &b));
      /* ShumateMarkerLayer floors the marker's corner: within a pixel. */
      if (fabs (b.origin.x + b.size.width / 2 - x) > 1.0 || fabs (b.origin.y + PIN_TIP_Y (b.size.height) - y) > 1.0)
        g_error ("at zoom %.2f the pin (%.1fx%.1f in %dx%d) has its tip at %.2f, %.2f; Jasim at %.2f, %.2f", zoom, b.size.width, b.size.height, gtk_widget_get_width (marker), gtk_widget_get_height (marker),
                 b.origin.x + b.size.width / 2, b.origin.y + PIN_TIP_Y (b.size.height), x, y);
      checked++;
    }
  g_assert_cmpuint (checked, ==, 33);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *png = NULL;
  g_autofree char *svg = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  sitrep_test_add_article (f->store, "Events", "Events happened.");
  add_event (f->store, "Battles", "Homs", "Homs", 34.73, 36.72);
  open_window (f);
  show_map (f);
  /* The view is laid out and drawn around the event before it is exported. */
  sitrep_test_wait_frames (GTK_WIDGET (sitrep_window_get_map_view (f->window)), 2);

  png = g_build_filename (f->dir, "view.png", NULL);
  svg = g_build_filename (f->dir, "view.svg", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-map-to", "(sii)", png, 800, 500);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-map-to", "(sii)", svg, 800, 500);

  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_clear_pointer (&contents, g_free);
  {
    g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (png, NULL);

    g_assert_cmpint (gdk_texture_get_width (texture), ==, 800);
    g_assert_cmpint (gdk_texture_get_height (texture), ==, 500);
  }
  g_assert_true (g_file_get_contents (svg, &contents, &length, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));

  /* A bad name gets a message, not a file. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-map-to", "(sii)", "/nonexistent/x.gif", 800, 500);
  g_assert_nonnull (strstr (sitrep_window_get_last_toast (f->window), ".png"));
}

/* Online tiles */

typedef struct
{
  GBytes *png;
  guint   status;
  guint   requests;
  char   *user_agent;
} TileServer;

static void
on_tile_request (SoupServer        *server,
                 SoupServerMessage *msg,
                 const char        *path,
                 GHashTable        *query,
                 gpointer           data)
{
  TileServer *ts = data;
  const char *ua = soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "User-Agent");

  ts->requests++;
  g_free (ts->user_agent);
  ts->user_agent = g_strdup (ua);
  if (ts->status != 200)
    {
      soup_server_message_set_status (msg, ts->status, NULL);
      return;
    }
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_COPY,
                                    g_bytes_get_data (ts->png, NULL), g_bytes_get_size (ts->png));
}

static GBytes *
make_png_tile (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 256, 256);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GdkTexture) texture = NULL;
  GBytes *bytes;

  cairo_set_source_rgb (cr, 1, 0, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  {
    g_autoptr(GBytes) data = g_bytes_new (cairo_image_surface_get_data (surface),
                                          (gsize) cairo_image_surface_get_stride (surface) * 256);

    texture = gdk_memory_texture_new (256, 256, GDK_MEMORY_DEFAULT, data,
                                      cairo_image_surface_get_stride (surface));
  }
  cairo_surface_destroy (surface);
  bytes = gdk_texture_save_to_png_bytes (texture);

  return bytes;
}

static void
test_online (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ShumateTile) tile = NULL;
  g_autoptr(ShumateTile) fallback = NULL;
  g_autoptr(GSList) uris = NULL;
  g_autofree char *url = NULL;
  TileServer ts = { 0 };
  ShumateMapSource *source;
  guint32 pixel;

  ts.png = make_png_tile ();
  ts.status = 200;
  soup_server_add_handler (server, "/tiles", on_tile_request, &ts, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  url = g_strdup_printf ("http://127.0.0.1:%d/tiles/{z}/{x}/{y}.png", g_uri_get_port (uris->data));
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);

  sitrep_test_add_article (f->store, "Nothing", "Nothing happened.");
  open_window (f);
  show_map (f);
  g_assert_cmpstr (shumate_map_source_get_id (sitrep_map_view_get_map_source (sitrep_window_get_map_view (f->window))), ==,
                   "sitrep-offline-basemap");

  /* Switched on in Preferences: the map uses the server. */
  g_settings_set_string (settings, "tile-url-template", url);
  g_settings_set_boolean (settings, "online-tiles", TRUE);
  source = sitrep_map_view_get_map_source (sitrep_window_get_map_view (f->window));
  g_assert_cmpstr (sitrep_map_source_get_url_template (SITREP_MAP_SOURCE (source)), ==, url);
  g_assert_nonnull (strstr (shumate_map_source_get_license (source), "OpenStreetMap contributors"));

  tile = fill_tile (source, 7, 34.0, 37.0);
  g_assert_cmpuint (ts.requests, >, 0);
  g_assert_cmpuint (sitrep_map_source_get_n_fetched (SITREP_MAP_SOURCE (source)), >, 0);
  g_assert_nonnull (strstr (ts.user_agent, "Sitrep/"));
  /* The magenta tile from the server, not the offline map. */
  {
    g_autofree guint32 *pixels = g_new (guint32, 256 * 256);

    gdk_texture_download (GDK_TEXTURE (shumate_tile_get_paintable (tile)), (guchar *) pixels, 256 * 4);
    pixel = pixels[128 * 256 + 128] & 0xffffff;
    g_assert_cmphex (pixel, ==, 0xff00ff);
  }

  /* The server fails: the tile comes from the offline map, quietly. */
  ts.status = 500;
  fallback = fill_tile (source, 8, 33.0, 36.0);
  g_assert_cmpuint (sitrep_map_source_get_n_fallbacks (SITREP_MAP_SOURCE (source)), >, 0);
  {
    g_autofree guint32 *pixels = g_new (guint32, 256 * 256);

    gdk_texture_download (GDK_TEXTURE (shumate_tile_get_paintable (fallback)), (guchar *) pixels, 256 * 4);
    pixel = pixels[128 * 256 + 128] & 0xffffff;
    g_assert_cmphex (pixel, !=, 0xff00ff);
  }

  /* Off again: the offline map. */
  g_settings_set_boolean (settings, "online-tiles", FALSE);
  g_assert_cmpstr (shumate_map_source_get_id (sitrep_map_view_get_map_source (sitrep_window_get_map_view (f->window))), ==,
                   "sitrep-offline-basemap");

  g_bytes_unref (ts.png);
  g_free (ts.user_agent);
}

/* The tool bar's popovers: wide enough to read a row and pin a place (they
 * used to collapse to a sliver, one letter per line). */

/* The text of a map's counting button: its words and its count, labels of
 * their own ("Places:" and "1/2"), as read ("Places: 1/2"). */
static char *
dup_button_text (GtkMenuButton *button)
{
  GtkWidget *child = gtk_menu_button_get_child (button);
  GString *text = g_string_new (NULL);

  if (child == NULL)
    return g_strdup (gtk_menu_button_get_label (button));
  if (GTK_IS_LABEL (child))
    return g_strdup (gtk_label_get_text (GTK_LABEL (child)));
  for (GtkWidget *c = gtk_widget_get_first_child (child); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_LABEL (c) && gtk_widget_get_visible (c))
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", gtk_label_get_text (GTK_LABEL (c)));
  return g_string_free (text, FALSE);
}

static GtkMenuButton *
find_menu_button (GtkWidget  *widget,
                  const char *label_prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found;

      /* The map's counts are labels of their own (ellipsized, issue 10). */
      g_autofree char *text = GTK_IS_MENU_BUTTON (child) ? dup_button_text (GTK_MENU_BUTTON (child)) : NULL;

      if (GTK_IS_MENU_BUTTON (child) && g_str_has_prefix (text ?: "", label_prefix))
        return GTK_MENU_BUTTON (child);
      if ((found = find_menu_button (child, label_prefix)) != NULL)
        return found;
    }

  return NULL;
}

static gboolean
popover_shown (gpointer data)
{
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (data));

  return gtk_widget_get_mapped (popover) && gtk_widget_get_width (popover) > 0;
}

static GtkWidget *
first_row_title (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "title"))
        return child;
      if ((found = first_row_title (child)) != NULL)
        return found;
    }

  return NULL;
}

static void
assert_popover_readable (GtkMenuButton *button)
{
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  GtkWidget *title;

  gtk_menu_button_popup (button);
  sitrep_test_wait_until (popover_shown, button, "the popover on screen");
  g_assert_cmpint (gtk_widget_get_width (popover), >=, 300);
  /* The row's title sits on one line, not a letter per line. */
  title = first_row_title (popover);
  g_assert_nonnull (title);
  g_assert_cmpint (gtk_widget_get_width (title), >=, 150);
  g_assert_cmpint (gtk_widget_get_height (title), <, 3 * gtk_widget_get_width (title));
  gtk_menu_button_popdown (button);
}

static void
test_popovers (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = sitrep_map_view_new ();
  SitrepMapPlaceRow rows[2] = {
    { 1, "Jasim", "Daraa, Syria", TRUE },
    { 2, "The Palmyra-Deir Ezzor-Al-Mayadin triangle", NULL, FALSE },
  };
  gint64 ids[2];
  GtkMenuButton *button;

  ids[0] = sitrep_test_add_event (f->store, "2022-10-14", NULL, 1, 0, NULL, 3);
  ids[1] = sitrep_test_add_event (f->store, "2022-10-16", NULL, 1, 0, NULL, 1);
  sitrep_store_get_events (f->store, ids, 2, events, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 2);

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  sitrep_map_view_set_unplaced (SITREP_MAP_VIEW (view), events);
  sitrep_map_view_set_place_rows (SITREP_MAP_VIEW (view), rows, G_N_ELEMENTS (rows));

  button = find_menu_button (view, "Unplaced");
  g_assert_nonnull (button);
  assert_popover_readable (button);
  button = find_menu_button (view, "Places");
  g_assert_nonnull (button);
  {
    g_autofree char *text = dup_button_text (button);

    g_assert_cmpstr (text, ==, "Places: 1/2");
  }
  assert_popover_readable (button);

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_widget_of_type (GtkWidget *widget,
                     GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_widget_of_type (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static gboolean
widget_has_width (gpointer data)
{
  return gtk_widget_get_width (data) > 0;
}

/* At a laptop's size the scale bar and the credits sit under the map, not
 * over it: its place names are drawn into the tiles wherever the towns are,
 * and over the map's corner the scale hid one ("As Samawah" at 1280 × 800). */
static void
test_scale_clear_of_names (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *view, *map, *scale, *license;
  graphene_rect_t map_box, scale_box, license_box;

  sitrep_test_add_article (f->store, "Nothing", "Nothing happened.");
  f->window = g_object_ref (sitrep_window_new (NULL));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 720);
  gtk_window_present (GTK_WINDOW (f->window));
  sitrep_window_set_store (f->window, f->store);
  sitrep_test_wait_until (window_shows_project, f, "the article in the reader");
  show_map (f);
  view = GTK_WIDGET (sitrep_window_get_map_view (f->window));
  map = GTK_WIDGET (sitrep_map_view_get_map (SITREP_MAP_VIEW (view)));
  scale = find_widget_of_type (view, SHUMATE_TYPE_SCALE);
  license = find_widget_of_type (view, SHUMATE_TYPE_LICENSE);
  g_assert_nonnull (scale);
  g_assert_nonnull (license);
  sitrep_test_wait_until (widget_has_width, scale, "the scale on screen");
  sitrep_test_wait_until (widget_has_width, license, "the credits on screen");

  /* The scale measures this map. */
  g_assert_true (shumate_scale_get_viewport (SHUMATE_SCALE (scale)) == shumate_map_get_viewport (SHUMATE_MAP (map)));
  g_assert_true (gtk_widget_compute_bounds (map, view, &map_box));
  g_assert_true (gtk_widget_compute_bounds (scale, view, &scale_box));
  g_assert_true (gtk_widget_compute_bounds (license, view, &license_box));
  g_test_message ("map %.0f×%.0f at %.0f,%.0f; scale at %.0f,%.0f; credits at %.0f,%.0f",
                  map_box.size.width, map_box.size.height, map_box.origin.x, map_box.origin.y,
                  scale_box.origin.x, scale_box.origin.y, license_box.origin.x, license_box.origin.y);
  g_assert_cmpfloat (map_box.size.height, >, 300);
  g_assert_false (graphene_rect_intersection (&map_box, &scale_box, NULL));
  g_assert_false (graphene_rect_intersection (&map_box, &license_box, NULL));
  g_assert_false (graphene_rect_intersection (&scale_box, &license_box, NULL));
  /* Under it, and inside the map view. */
  g_assert_cmpfloat (scale_box.origin.y, >=, map_box.origin.y + map_box.size.height);
  g_assert_cmpfloat (scale_box.origin.y + scale_box.size.height, <=, gtk_widget_get_height (view));
  g_assert_cmpfloat (license_box.origin.x + license_box.size.width, <=, gtk_widget_get_width (view));
}

/* On a narrow map the scale bar sits beside the credits, not over them. */
static void
test_scale_beside_credits (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = sitrep_map_view_new ();
  GtkWidget *scale, *license;
  graphene_rect_t scale_box, license_box;

  gtk_window_set_default_size (GTK_WINDOW (window), 460, 400);
  gtk_window_set_child (GTK_WINDOW (window), view);
  sitrep_map_view_set_data_credit (SITREP_MAP_VIEW (view), "UCDP GED (CC BY 4.0)");
  gtk_window_present (GTK_WINDOW (window));
  scale = find_widget_of_type (view, SHUMATE_TYPE_SCALE);
  license = find_widget_of_type (view, SHUMATE_TYPE_LICENSE);
  g_assert_nonnull (scale);
  g_assert_nonnull (license);
  sitrep_test_wait_until (widget_has_width, license, "the credits on screen");

  g_assert_true (gtk_widget_compute_bounds (scale, view, &scale_box));
  g_assert_true (gtk_widget_compute_bounds (license, view, &license_box));
  g_assert_cmpfloat (scale_box.size.width, >, 0);
  g_assert_false (graphene_rect_intersection (&scale_box, &license_box, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The strip under the map holds the credits, then the scale, and is
 * named for assistive technology; the view fills it once, at init (no
 * field keeps it). */
static void
test_footer (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *view = g_object_ref_sink (sitrep_map_view_new ());
  GtkWidget *footer = GTK_WIDGET (gtk_widget_get_template_child (view, SITREP_TYPE_MAP_VIEW, "footer"));

  g_assert_true (GTK_IS_BOX (footer));
  g_assert_true (SHUMATE_IS_LICENSE (gtk_widget_get_first_child (footer)));
  g_assert_true (SHUMATE_IS_SCALE (gtk_widget_get_last_child (footer)));
  g_assert_true (gtk_widget_get_next_sibling (gtk_widget_get_first_child (footer)) ==
                 gtk_widget_get_last_child (footer));
  g_assert_true (gtk_widget_is_ancestor (footer, view));
  g_assert_finalize_object (view);
}

/* The mean brightness (0–255) of the middle 64 × 64 pixels of the map as
 * the user sees it, or -1 while nothing is drawn: a mean, so a border or a
 * label under the centre does not decide it. */
static int
map_centre_brightness (SitrepMapView *view)
{
  GtkWidget *map = GTK_WIDGET (sitrep_map_view_get_map (view));
  int cx = gtk_widget_get_width (map) / 2, cy = gtk_widget_get_height (map) / 2;
  guint64 sum = 0;

  if (cx < 32 || cy < 32)
    return -1;
  for (int y = cy - 32; y < cy + 32; y += 8)
    for (int x = cx - 32; x < cx + 32; x += 8)
      {
        guint32 pixel = widget_pixel (map, x, y);

        if (pixel == 0)
          return -1;
        sum += (((pixel >> 16) & 0xff) + ((pixel >> 8) & 0xff) + (pixel & 0xff)) / 3;
      }

  return (int) (sum / 64);
}

static gboolean
map_centre_dark (gpointer data)
{
  int brightness = map_centre_brightness (data);

  return brightness >= 0 && brightness < 96;
}

static gboolean
map_centre_light (gpointer data)
{
  return map_centre_brightness (data) > 192;
}

/* The brightness of the map just inside the ring of the highlighted event
 * (on its right), or -1 while the ring is not drawn. */
static int
ring_brightness (SitrepMapView *view)
{
  SitrepMapPointsLayer *layer = sitrep_map_view_get_events_layer (view);
  GtkWidget *map = GTK_WIDGET (sitrep_map_view_get_map (view));
  const SitrepMapPoint *p = sitrep_map_points_layer_get_point (layer, 0);
  double x, y;
  graphene_point_t at;
  guint32 pixel;

  if (!sitrep_map_points_layer_get_highlight_drawn (layer, &x, &y) ||
      !gtk_widget_compute_point (GTK_WIDGET (layer), map, &GRAPHENE_POINT_INIT (x, y), &at))
    return -1;
  /* The ring is 3 px wide, (size + 10) / 2 from the centre. */
  pixel = widget_pixel (map, (int) (at.x + (MAX (p->size, 10) + 10) / 2 - 1.5), (int) at.y);
  return (int) ((((pixel >> 16) & 0xff) + ((pixel >> 8) & 0xff) + (pixel & 0xff)) / 3);
}

static gboolean
ring_light (gpointer data)
{
  return ring_brightness (data) > 160;
}

static gboolean
ring_dark (gpointer data)
{
  int brightness = ring_brightness (data);

  return brightness >= 0 && brightness < 96;
}

/* The ring round the selected event stands out in both styles: a dark ring
 * on the dark map would not be seen. */
static void
test_dark_ring (Fixture       *f,
                gconstpointer  data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = sitrep_map_view_new ();
  SitrepMapPointsLayer *layer = sitrep_map_view_get_events_layer (SITREP_MAP_VIEW (view));
  SitrepMapPoint point = { .id = 7, .latitude = 35.0, .longitude = 38.5, .size = 12,
                           .colour = { 0.5f, 0.5f, 0.5f, 1 } };

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  sitrep_map_points_layer_set_points (layer, &point, 1);
  sitrep_map_points_layer_set_highlight (layer, 7);
  sitrep_test_wait_until (ring_dark, view, "a dark ring on the light map");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  sitrep_test_wait_until (ring_light, view, "a light ring on the dark map");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The offline base map follows the style: dark land and sea in the dark
 * style, redrawn when the user switches back and forth. */
static void
test_dark_style (Fixture       *f,
                 gconstpointer  data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = sitrep_map_view_new ();
  ShumateMapSource *source;

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  sitrep_test_wait_until (map_centre_light, view, "the light map drawn");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  sitrep_test_wait_until (map_centre_dark, view, "the map drawn dark in the dark style");
  source = sitrep_map_view_get_map_source (SITREP_MAP_VIEW (view));
  g_assert_cmpint (sitrep_map_source_get_style (SITREP_MAP_SOURCE (source)), ==, SITREP_BASEMAP_STYLE_DARK);
  g_assert_cmpstr (shumate_map_source_get_id (source), ==, "sitrep-offline-basemap-dark");

  /* Online tiles stay as the server draws them, whatever the style. */
  sitrep_map_view_set_online (SITREP_MAP_VIEW (view), "http://127.0.0.1:9/{z}/{x}/{y}.png");
  source = sitrep_map_view_get_map_source (SITREP_MAP_VIEW (view));
  g_assert_nonnull (sitrep_map_source_get_url_template (SITREP_MAP_SOURCE (source)));
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_true (sitrep_map_view_get_map_source (SITREP_MAP_VIEW (view)) == source);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (sitrep_map_view_get_map_source (SITREP_MAP_VIEW (view)) == source);

  /* Back offline in the dark style: the dark offline map. */
  sitrep_map_view_set_online (SITREP_MAP_VIEW (view), NULL);
  sitrep_test_wait_until (map_centre_dark, view, "the dark map again after online tiles");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  sitrep_test_wait_until (map_centre_light, view, "the map drawn light again");
  g_assert_cmpstr (shumate_map_source_get_id (sitrep_map_view_get_map_source (SITREP_MAP_VIEW (view))), ==,
                   "sitrep-offline-basemap");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
n_drawn_is (gpointer data)
{
  gpointer *args = data;

  return sitrep_map_points_layer_get_n_drawn (args[0]) == GPOINTER_TO_UINT (args[1]);
}

/* One event moves: its mark (and its cluster) follows, the others are not
 * read again; one is deleted: gone. */
static void
test_update_point (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = sitrep_map_view_new ();
  SitrepMapPointsLayer *layer = sitrep_map_view_get_events_layer (SITREP_MAP_VIEW (view));
  ShumateViewport *viewport = sitrep_map_view_get_viewport (SITREP_MAP_VIEW (view));
  SitrepMapPoint points[3] = {
    { 1, 34.73, 36.72, 12, { 0.75, 0.1, 0.15, 1 } },   /* Homs */
    { 2, 34.74, 36.73, 12, { 0.75, 0.1, 0.15, 1 } },   /* Homs, a street away */
    { 3, 35.95, 39.01, 12, { 0.75, 0.1, 0.15, 1 } },   /* Raqqa */
  };
  SitrepMapPoint moved = points[1];
  gpointer args[2] = { layer, NULL };
  double x, y;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  sitrep_map_view_center_on (SITREP_MAP_VIEW (view), 35.2, 37.8, 6);
  sitrep_map_points_layer_set_points (layer, points, 3);
  /* At zoom 6 the two in Homs are one cluster. */
  args[1] = GUINT_TO_POINTER (2);
  sitrep_test_wait_until (n_drawn_is, args, "Homs as one cluster and Raqqa");

  /* The second moves to Aleppo: three marks. */
  moved.latitude = 36.20;
  moved.longitude = 37.13;
  sitrep_map_points_layer_update_point (layer, &moved);
  g_assert_cmpuint (sitrep_map_points_layer_get_n_points (layer), ==, 3);
  args[1] = GUINT_TO_POINTER (3);
  sitrep_test_wait_until (n_drawn_is, args, "the moved event's own mark");
  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (layer), 36.20, 37.13, &x, &y);
  g_assert_cmpint (sitrep_map_points_layer_pick (layer, x, y, NULL), ==, 2);
  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (layer), 34.73, 36.72, &x, &y);
  g_assert_cmpint (sitrep_map_points_layer_pick (layer, x, y, NULL), ==, 1);

  /* Raqqa's is deleted; a new one is added in Homs, joining the first. */
  sitrep_map_points_layer_remove_point (layer, 3);
  moved.id = 4;
  moved.latitude = 34.72;
  moved.longitude = 36.71;
  sitrep_map_points_layer_update_point (layer, &moved);
  g_assert_cmpuint (sitrep_map_points_layer_get_n_points (layer), ==, 3);
  args[1] = GUINT_TO_POINTER (2);
  sitrep_test_wait_until (n_drawn_is, args, "Homs as one cluster and Aleppo");
  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (layer), 35.95, 39.01, &x, &y);
  g_assert_cmpint (sitrep_map_points_layer_pick (layer, x, y, NULL), ==, 0);
  {
    guint n = 0;

    shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (layer), 34.725, 36.715, &x, &y);
    g_assert_cmpint (sitrep_map_points_layer_pick (layer, x, y, &n), !=, 0);
    g_assert_cmpuint (n, ==, 2);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("sitrep-map-cache-XXXXXX", NULL);
  int status;

  /* The online source's disk cache goes to the user's cache folder. */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/sitrep/gui/map/tiles", test_tiles);
  ADD ("/sitrep/gui/map/place-auto", test_place_auto);
  ADD ("/sitrep/gui/map/place-doubtful", test_place_doubtful);
  ADD ("/sitrep/gui/map/pin", test_pin);
  ADD ("/sitrep/gui/map/events", test_events);
  ADD ("/sitrep/gui/map/pin-and-mark", test_pin_and_mark);
  ADD ("/sitrep/gui/map/pin-under-cluster", test_pin_under_cluster);
  ADD ("/sitrep/gui/map/mark-on-pin-every-zoom", test_mark_on_pin_every_zoom);
  ADD ("/sitrep/gui/map/pin-from-places-list", test_pin_from_places_list);
  ADD ("/sitrep/gui/map/export", test_export);
  ADD ("/sitrep/gui/map/online", test_online);
  ADD ("/sitrep/gui/map/popovers", test_popovers);
  ADD ("/sitrep/gui/map/scale-beside-credits", test_scale_beside_credits);
  ADD ("/sitrep/gui/map/footer", test_footer);
  ADD ("/sitrep/gui/map/scale-clear-of-names", test_scale_clear_of_names);
  ADD ("/sitrep/gui/map/update-point", test_update_point);
  ADD ("/sitrep/gui/map/dark-style", test_dark_style);
  ADD ("/sitrep/gui/map/dark-ring", test_dark_ring);
#undef ADD

  status = g_test_run ();
  sitrep_test_remove_tree (cache);

  return status;
}

/* sitrep-map-view.c — the map pane: offline base map, the article's places, events
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-map"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <math.h>
#include <glib/gi18n.h>
#include <shumate/shumate.h>

#include "sitrep-codebook.h"
#include "sitrep-basemap.h"
#include "sitrep-event.h"
#include "sitrep-map-events.h"
#include "sitrep-map-places.h"
#include "sitrep-map-source.h"
#include "sitrep-map-view.h"
#include "sitrep-count-button.h"
#include "sitrep-map-view-private.h"

#define MAX_UNPLACED_ROWS 500
#define VIEW_SETTLE_MS 250

struct _SitrepMapView
{
  GtkWidget             parent_instance;

  /* template widgets */
  GtkWidget            *box;
  GtkOverlay           *overlay;
  GtkMenuButton        *unplaced_button;
  GtkListBox           *unplaced_list;
  GtkLabel             *status_label;
  GtkMenuButton        *places_button;
  GtkListBox           *places_list;
  GtkRevealer          *pin_revealer;
  GtkLabel             *pin_label;
  GtkRevealer          *progress_revealer;
  GtkProgressBar       *progress_bar;
  GtkLabel             *progress_label;

  /* owned references */
  ShumateMap           *map;
  ShumateMarkerLayer   *places_layer;
  SitrepMapPointsLayer *events_layer;
  SitrepMapEvents      *events;
  ShumateMapSource     *offline_source;
  ShumateMapSource     *source;
  ShumateMapLayer      *base_layer;
  ShumateLicense       *license;
  ShumateScale         *scale;
  char                 *data_credit;

  /* state */
  GtkPopover           *here_popover; /* what lies under a cluster: its events, the pins it covers */
  GtkListBox           *here_list;
  SitrepMapTooltipFunc  tooltip_func;
  gpointer              tooltip_data;
  guint                 n_unplaced;
  guint                 settle_id;
  gboolean              only_in_view;
};

enum {
  PROP_0,
  PROP_ONLY_IN_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_EVENT_ACTIVATED,
  SIGNAL_LOCATION_CLICKED,
  SIGNAL_VIEW_CHANGED,
  SIGNAL_EVENTS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SitrepMapView, sitrep_map_view, GTK_TYPE_WIDGET)

static gboolean
emit_view_changed (gpointer data)
{
  SitrepMapView *self = data;

  self->settle_id = 0;
  g_signal_emit (self, signals[SIGNAL_VIEW_CHANGED], 0);

  return G_SOURCE_REMOVE;
}

static void
on_viewport_notify (SitrepMapView *self)
{
  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->settle_id = g_timeout_add (VIEW_SETTLE_MS, emit_view_changed, self);
}

/* Events from the index */

/* The list of unplaced events: their titles are read from the store, a
 * bounded page of them, only when that list changed. */
static void
refresh_unplaced (SitrepMapView *self)
{
  SitrepEventIndex *index = sitrep_map_events_get_index (self->events);
  g_autoptr(GArray) ids = sitrep_map_events_dup_unplaced (self->events);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  if (index != NULL && ids->len > 0 &&
      !sitrep_store_get_events (sitrep_event_index_get_store (index), (const gint64 *) (gpointer) ids->data,
                                MIN (ids->len, MAX_UNPLACED_ROWS), events, &error))
    g_warning ("The unplaced events could not be read: %s", error->message);
  sitrep_map_view_set_unplaced (self, events);
  /* The button counts them all, the list shows a page. */
  if (ids->len != self->n_unplaced)
    {
      g_autofree char *label = g_strdup_printf (_("Unplaced: %'u"), ids->len);
      g_autofree char *count = g_strdup_printf ("%'u", ids->len);

      self->n_unplaced = ids->len;
      sitrep_count_button_set (self->unplaced_button, label, count);
      gtk_widget_set_visible (GTK_WIDGET (self->unplaced_button), ids->len > 0);
    }
}

static void
on_events_changed (SitrepMapEvents *events,
                   const gint64    *ids,
                   guint            n_ids,
                   SitrepMapView   *self)
{
  gboolean unplaced = ids == NULL || sitrep_map_events_get_n_unplaced (events) != self->n_unplaced;
  SitrepEventIndex *index = sitrep_map_events_get_index (events);

  for (guint i = 0; !unplaced && i < n_ids; i++)
    {
      const SitrepEventIndexEntry *e = sitrep_event_index_lookup (index, ids[i]);

      unplaced = e != NULL && isnan (e->latitude);
    }
  if (unplaced)
    refresh_unplaced (self);
  sitrep_map_view_set_data_credit (self, sitrep_map_events_get_credit (events));
  g_signal_emit (self, signals[SIGNAL_EVENTS_CHANGED], 0, ids, n_ids);
}

static void
on_visible_notify (SitrepMapView *self)
{
  sitrep_map_events_set_active (self->events, gtk_widget_get_visible (GTK_WIDGET (self)));
}

static void
on_map_click_released (GtkGestureClick *gesture,
                       int              n_press,
                       double           x,
                       double           y,
                       SitrepMapView   *self)
{
  ShumateViewport *viewport = shumate_map_get_viewport (self->map);
  graphene_point_t in_layer;
  double latitude, longitude;
  gint64 id;

  if (n_press != 1)
    return;

  if (!gtk_widget_compute_point (GTK_WIDGET (self->map), GTK_WIDGET (self->events_layer),
                                 &GRAPHENE_POINT_INIT (x, y), &in_layer))
    in_layer = GRAPHENE_POINT_INIT (x, y);
  id = sitrep_map_points_layer_pick (self->events_layer, in_layer.x, in_layer.y, NULL);
  if (id != 0)
    {
      g_signal_emit (self, signals[SIGNAL_EVENT_ACTIVATED], 0, id);
      return;
    }

  shumate_viewport_widget_coords_to_location (viewport, GTK_WIDGET (self->map), x, y,
                                              &latitude, &longitude);
  g_signal_emit (self, signals[SIGNAL_LOCATION_CLICKED], 0, latitude, longitude);
}

/**
 * sitrep_map_view_event_over_pin:
 * @x: (in): @y: in the map's coordinates
 *
 * Returns: the id of the event whose mark is drawn at (@x, @y) over one of
 * the article's place pins (a click there is the event's), or 0.
 */
gint64
sitrep_map_view_event_over_pin (SitrepMapView *self,
                                double         x,
                                double         y)
{
  graphene_point_t in_layer;
  GtkWidget *picked;

  g_return_val_if_fail (SITREP_IS_MAP_VIEW (self), 0);

  picked = gtk_widget_pick (GTK_WIDGET (self->map), x, y, GTK_PICK_DEFAULT);
  if (picked == NULL || !gtk_widget_is_ancestor (picked, GTK_WIDGET (self->places_layer)))
    return 0;
  if (!gtk_widget_compute_point (GTK_WIDGET (self->map), GTK_WIDGET (self->events_layer),
                                 &GRAPHENE_POINT_INIT (x, y), &in_layer))
    return 0;
  return sitrep_map_points_layer_pick (self->events_layer, in_layer.x, in_layer.y, NULL);
}

static void
on_here_row_activated (GtkListBox    *list,
                       GtkListBoxRow *row,
                       SitrepMapView *self)
{
  gint64 event = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "event-id"));
  gint64 place = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "entity-id"));

  /* Gone before the place chooser comes, as the Places list's popover. */
  gtk_popover_popdown (self->here_popover);
  if (event != 0)
    g_signal_emit (self, signals[SIGNAL_EVENT_ACTIVATED], 0, event);
  else if (place != 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.choose-place", "x", place);
}

static GtkWidget *
here_row (const char *title,
          const char *subtitle,
          const char *icon_name,
          const char *key,
          gint64      id)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon_name));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), key, GSIZE_TO_POINTER ((gsize) id));
  return row;
}

static void
ensure_here_popover (SitrepMapView *self)
{
  if (self->here_popover != NULL)
    return;
  self->here_popover = GTK_POPOVER (gtk_popover_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->here_popover), "map-here");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->here_popover), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What Is Here"), -1);
  self->here_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->here_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->here_list), "boxed-list");
  gtk_widget_set_size_request (GTK_WIDGET (self->here_list), 260, -1);
  g_signal_connect (self->here_list, "row-activated", G_CALLBACK (on_here_row_activated), self);
  gtk_popover_set_child (self->here_popover, GTK_WIDGET (self->here_list));
  gtk_widget_set_parent (GTK_WIDGET (self->here_popover), GTK_WIDGET (self));
}

/* A cluster's mark hides the pins under it, and a click on it was its
 * events' only: a popover at (@x, @y) of the map offers both, the events
 * (as a click on the mark) and each place whose pin lies there (as a click
 * on the pin), by mouse or keyboard. */
static void
offer_what_is_here (SitrepMapView *self,
                    gint64         event_id,
                    guint          n_points,
                    GArray        *places,
                    double         x,
                    double         y)
{
  g_autofree char *events_text = self->tooltip_func != NULL ? self->tooltip_func (event_id, n_points, self->tooltip_data)
                                                            : NULL;
  g_autofree char *events_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u Event Here", "%'u Events Here",
                                                                n_points), n_points);
  graphene_point_t at;
  GtkWidget *child;

  ensure_here_popover (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->here_list))) != NULL)
    gtk_list_box_remove (self->here_list, child);
  gtk_list_box_append (self->here_list, here_row (events_title, events_text, "find-location-symbolic",
                                                  "event-id", event_id));
  for (guint i = 0; i < places->len; i++)
    {
      gint64 place = g_array_index (places, gint64, i);
      g_autofree char *name = sitrep_map_places_dup_pin_name (self->places_layer, place);

      gtk_list_box_append (self->here_list, here_row (name != NULL ? name : _("Place"),
                                                      _("Place of the article: choose where it is"),
                                                      "mark-location-symbolic", "entity-id", place));
    }
  if (!gtk_widget_compute_point (GTK_WIDGET (self->map), GTK_WIDGET (self), &GRAPHENE_POINT_INIT (x, y), &at))
    at = GRAPHENE_POINT_INIT (x, y);
  gtk_popover_set_pointing_to (self->here_popover, &(GdkRectangle) { (int) at.x, (int) at.y, 1, 1 });
  gtk_popover_popup (self->here_popover);
  gtk_widget_grab_focus (gtk_widget_get_first_child (GTK_WIDGET (self->here_list)));
}

static void
on_mark_over_pin_pressed (GtkGestureClick *gesture,
                          int              n_press,
                          double           x,
                          double           y,
                          SitrepMapView   *self)
{
  gint64 id = n_press == 1 ? sitrep_map_view_event_over_pin (self, x, y) : 0;

  g_object_set_data (G_OBJECT (gesture), "event-id", GSIZE_TO_POINTER ((gsize) id));
  if (id != 0)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  else
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static void
on_mark_over_pin_released (GtkGestureClick *gesture,
                           int              n_press,
                           double           x,
                           double           y,
                           SitrepMapView   *self)
{
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (gesture), "event-id"));
  graphene_point_t in_layer;
  guint n_points = 0;

  g_object_set_data (G_OBJECT (gesture), "event-id", NULL);
  if (id == 0)
    return;
  if (gtk_widget_compute_point (GTK_WIDGET (self->map), GTK_WIDGET (self->events_layer),
                                &GRAPHENE_POINT_INIT (x, y), &in_layer))
    sitrep_map_points_layer_pick (self->events_layer, in_layer.x, in_layer.y, &n_points);
  /* A lone event's mark sits on its own place's pin, whose head stays
   * clear: the click is the event's. A cluster's covers whole pins. */
  if (n_points > 1)
    {
      g_autoptr(GArray) places = sitrep_map_places_pins_at (self->places_layer, GTK_WIDGET (self->map), x, y);

      if (places->len > 0)
        {
          offer_what_is_here (self, id, n_points, places, x, y);
          return;
        }
    }
  g_signal_emit (self, signals[SIGNAL_EVENT_ACTIVATED], 0, id);
}

static gboolean
on_map_query_tooltip (GtkWidget     *widget,
                      int            x,
                      int            y,
                      gboolean       keyboard,
                      GtkTooltip    *tooltip,
                      SitrepMapView *self)
{
  g_autofree char *text = NULL;
  graphene_point_t in_layer;
  guint n_points = 0;
  gint64 id;

  if (keyboard || self->tooltip_func == NULL)
    return FALSE;

  if (!gtk_widget_compute_point (widget, GTK_WIDGET (self->events_layer),
                                 &GRAPHENE_POINT_INIT (x, y), &in_layer))
    return FALSE;
  id = sitrep_map_points_layer_pick (self->events_layer, in_layer.x, in_layer.y, &n_points);
  if (id == 0)
    return FALSE;

  text = self->tooltip_func (id, n_points, self->tooltip_data);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
on_unplaced_row_activated (GtkListBox    *list,
                           GtkListBoxRow *row,
                           SitrepMapView *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "event-id"));

  gtk_menu_button_popdown (self->unplaced_button);
  if (id != 0)
    g_signal_emit (self, signals[SIGNAL_EVENT_ACTIVATED], 0, id);
}

/* The popover goes before the place chooser comes: left open, it stayed
 * over the chooser (a popover is drawn above every window) and took the
 * clicks meant for the chooser's "Pin on Map". An actionable row emits no
 * row-activated, so the row only holds the entity. */
static void
on_places_row_activated (GtkListBox    *list,
                         GtkListBoxRow *row,
                         SitrepMapView *self)
{
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "entity-id"));

  gtk_menu_button_popdown (self->places_button);
  if (id != 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.choose-place", "x", id);
}

static void
use_source (SitrepMapView    *self,
            ShumateMapSource *source)
{
  if (self->source != NULL)
    shumate_license_remove_map_source (self->license, self->source);
  g_set_object (&self->source, source);
  shumate_map_set_map_source (self->map, source);
  /* In libshumate 1.0 the map only takes the source as its reference;
   * the tiles are drawn by a map layer of our own, under the others. */
  if (self->base_layer != NULL)
    shumate_map_remove_layer (self->map, SHUMATE_LAYER (self->base_layer));
  self->base_layer = shumate_map_layer_new (source, shumate_map_get_viewport (self->map));
  shumate_map_insert_layer_behind (self->map, SHUMATE_LAYER (self->base_layer),
                                   self->places_layer != NULL ? SHUMATE_LAYER (self->places_layer) : NULL);
  shumate_license_append_map_source (self->license, source);
}

/* The offline base map follows the window's style (the user's preference
 * or the system's); an online source's tiles stay as the server draws them. */
static void
on_style_dark_notify (SitrepMapView *self)
{
  SitrepBasemapStyle style = sitrep_map_source_style_for_display ();
  gboolean showing_offline = self->source == self->offline_source;

  if (sitrep_map_source_get_style (SITREP_MAP_SOURCE (self->offline_source)) == style)
    return;
  g_clear_object (&self->offline_source);
  self->offline_source = SHUMATE_MAP_SOURCE (sitrep_map_source_new_styled (style));
  if (showing_offline)
    use_source (self, self->offline_source);
}

static void
sitrep_map_view_dispose (GObject *object)
{
  SitrepMapView *self = SITREP_MAP_VIEW (object);

  g_signal_handlers_disconnect_by_func (adw_style_manager_get_default (), on_style_dark_notify, self);

  g_clear_handle_id (&self->settle_id, g_source_remove);
  if (self->events != NULL)
    g_signal_handlers_disconnect_by_data (self->events, self);
  g_clear_object (&self->events);
  if (self->map != NULL)
    g_signal_handlers_disconnect_by_data (shumate_map_get_viewport (self->map), self);
  g_clear_pointer ((GtkWidget **) &self->here_popover, gtk_widget_unparent);
  self->here_list = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_MAP_VIEW);
  self->map = NULL;
  self->license = NULL;
  self->events_layer = NULL;
  self->places_layer = NULL;
  self->base_layer = NULL;
  g_clear_object (&self->source);
  g_clear_object (&self->offline_source);

  g_clear_pointer (&self->data_credit, g_free);
  G_OBJECT_CLASS (sitrep_map_view_parent_class)->dispose (object);
}

static void
sitrep_map_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SitrepMapView *self = SITREP_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_ONLY_IN_VIEW:
      g_value_set_boolean (value, self->only_in_view);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_map_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SitrepMapView *self = SITREP_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_ONLY_IN_VIEW:
      sitrep_map_view_set_only_in_view (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_map_view_class_init (SitrepMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_map_view_dispose;
  object_class->get_property = sitrep_map_view_get_property;
  object_class->set_property = sitrep_map_view_set_property;

  properties[PROP_ONLY_IN_VIEW] =
    g_param_spec_boolean ("only-in-view", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_EVENT_ACTIVATED] =
    g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[SIGNAL_LOCATION_CLICKED] =
    g_signal_new ("location-clicked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_DOUBLE, G_TYPE_DOUBLE);
  signals[SIGNAL_VIEW_CHANGED] =
    g_signal_new ("view-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_EVENTS_CHANGED] =
    g_signal_new ("events-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_POINTER, G_TYPE_UINT);

  g_type_ensure (SITREP_TYPE_COUNT_LABEL);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-map-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepMapView, box);
  gtk_widget_class_bind_template_child (widget_class, SitrepMapView, overlay);
  /* Filled once at init: looked up there, no field. */
  gtk_widget_class_bind_template_child_full (widget_class, "footer", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, SitrepMapView, unplaced_button);
  gtk_widget_class_bind_template_child (widget_class, SitrepMapView, unplaced_list);
  gtk_widget_class_bind_template_child (widget_class, SitrepMapView, status_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepMapView, places_button);
  gtk_widget_class_bind_template_child (widget_class, SitrepMapView, places_list);
  gtk_widget_class_bind_template_child (widget_class, SitrepMapView, pin_revealer);
  gtk_widget_class_bind_template_child (widget_class, SitrepMapView, pin_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepMapView, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, SitrepMapView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SitrepMapView, progress_label);
  gtk_widget_class_bind_template_callback (widget_class, on_unplaced_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_places_row_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sitrep-map-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sitrep_map_view_init (SitrepMapView *self)
{
  ShumateViewport *viewport;
  ShumateScale *scale;
  GtkGesture *click;
  GtkBox *footer;

  gtk_widget_init_template (GTK_WIDGET (self));
  footer = GTK_BOX (gtk_widget_get_template_child (GTK_WIDGET (self), SITREP_TYPE_MAP_VIEW, "footer"));

  self->offline_source = SHUMATE_MAP_SOURCE (sitrep_map_source_new_styled (sitrep_map_source_style_for_display ()));
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_dark_notify), self, G_CONNECT_SWAPPED);
  self->map = shumate_map_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->map), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Map"), -1);
  viewport = shumate_map_get_viewport (self->map);
  self->license = shumate_license_new ();
  shumate_viewport_set_min_zoom_level (viewport, 2);
  shumate_viewport_set_max_zoom_level (viewport, SITREP_BASEMAP_MAX_ZOOM);

  /* The article's place pins under the events' marks: a pin points at its
   * place with its tip, so an event there stays in sight on top of it. */
  self->places_layer = shumate_marker_layer_new (viewport);
  shumate_map_add_layer (self->map, SHUMATE_LAYER (self->places_layer));
  self->events_layer = sitrep_map_points_layer_new (viewport);
  shumate_map_add_layer (self->map, SHUMATE_LAYER (self->events_layer));
  self->events = sitrep_map_events_new (self->events_layer);
  g_signal_connect (self->events, "changed", G_CALLBACK (on_events_changed), self);
  g_signal_connect (self, "notify::visible", G_CALLBACK (on_visible_notify), NULL);
  use_source (self, self->offline_source);
  /* Syria. */
  shumate_map_go_to_full_with_duration (self->map, 35.0, 38.5, 6.0, 0);

  gtk_overlay_set_child (self->overlay, GTK_WIDGET (self->map));

  /* The credits and the scale in the strip under the map (the template's
   * footer), where they cover no place name: the names are drawn into the
   * tiles, anywhere in the view. The credits wrap beside a narrow map. The
   * scale at the right end: the window's toasts rise from the middle of its
   * bottom edge, and the map, on the window's right, is there at its left
   * edge ("41 suggestions to review ..." hid a scale there at 1280 pixels). */
  gtk_widget_set_hexpand (GTK_WIDGET (self->license), TRUE);
  gtk_widget_set_halign (GTK_WIDGET (self->license), GTK_ALIGN_END);
  gtk_widget_set_valign (GTK_WIDGET (self->license), GTK_ALIGN_CENTER);
  gtk_box_append (footer, GTK_WIDGET (self->license));
  scale = shumate_scale_new (viewport);
  gtk_widget_set_valign (GTK_WIDGET (scale), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map scale"), -1);
  gtk_box_append (footer, GTK_WIDGET (scale));
  self->scale = scale;

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_map_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->map), GTK_EVENT_CONTROLLER (click));
  /* Where an event's mark lies on a place's pin, the mark (drawn on top) takes the click. */
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_mark_over_pin_pressed), self);
  g_signal_connect (click, "released", G_CALLBACK (on_mark_over_pin_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->map), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->map), TRUE);
  g_signal_connect (self->map, "query-tooltip", G_CALLBACK (on_map_query_tooltip), self);

  g_signal_connect_swapped (viewport, "notify::latitude", G_CALLBACK (on_viewport_notify), self);
  g_signal_connect_swapped (viewport, "notify::longitude", G_CALLBACK (on_viewport_notify), self);
  g_signal_connect_swapped (viewport, "notify::zoom-level", G_CALLBACK (on_viewport_notify), self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map"), -1);
  /* Narrow enough to leave the reader and the annotation panel beside it
   * at 1024 pixels (its toolbar fits, its labels cut in the middle). */
  gtk_widget_set_size_request (GTK_WIDGET (self), 240, 200);
}

GtkWidget *
sitrep_map_view_new (void)
{
  return g_object_new (SITREP_TYPE_MAP_VIEW, NULL);
}

void
sitrep_map_view_set_places (SitrepMapView *self,
                            GPtrArray     *places,
                            const gint64  *entity_ids)
{
  g_return_if_fail (SITREP_IS_MAP_VIEW (self));

  sitrep_map_places_sync_pins (self->places_layer, places, entity_ids);
}

guint
sitrep_map_view_get_n_places (SitrepMapView *self)
{
  g_autoptr(GList) markers = NULL;

  g_return_val_if_fail (SITREP_IS_MAP_VIEW (self), 0);

  markers = shumate_marker_layer_get_markers (self->places_layer);
  return g_list_length (markers);
}

SitrepMapPointsLayer *
sitrep_map_view_get_events_layer (SitrepMapView *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_VIEW (self), NULL);

  return self->events_layer;
}

ShumateMap *
sitrep_map_view_get_map (SitrepMapView *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_VIEW (self), NULL);

  return self->map;
}

ShumateViewport *
sitrep_map_view_get_viewport (SitrepMapView *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_VIEW (self), NULL);

  return shumate_map_get_viewport (self->map);
}

ShumateMapSource *
sitrep_map_view_get_map_source (SitrepMapView *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_VIEW (self), NULL);

  return self->source;
}

void
sitrep_map_view_center_on (SitrepMapView *self,
                           double         latitude,
                           double         longitude,
                           double         zoom)
{
  g_return_if_fail (SITREP_IS_MAP_VIEW (self));

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    shumate_map_go_to_full (self->map, latitude, longitude, zoom);
  else
    shumate_map_go_to_full_with_duration (self->map, latitude, longitude, zoom, 0);
}

gboolean
sitrep_map_view_get_bounds (SitrepMapView *self,
                            double        *west,
                            double        *south,
                            double        *east,
                            double        *north)
{
  ShumateViewport *viewport;
  GtkWidget *map;
  int width, height;

  g_return_val_if_fail (SITREP_IS_MAP_VIEW (self), FALSE);

  map = GTK_WIDGET (self->map);
  width = gtk_widget_get_width (map);
  height = gtk_widget_get_height (map);
  if (width <= 0 || height <= 0)
    return FALSE;

  viewport = shumate_map_get_viewport (self->map);
  shumate_viewport_widget_coords_to_location (viewport, map, 0, 0, north, west);
  shumate_viewport_widget_coords_to_location (viewport, map, width, height, south, east);

  return TRUE;
}

char *
sitrep_map_view_dup_event_text (SitrepMapView *self,
                                gint64         event_id)
{
  g_return_val_if_fail (SITREP_IS_MAP_VIEW (self), NULL);

  return self->tooltip_func != NULL ? self->tooltip_func (event_id, 1, self->tooltip_data) : NULL;
}

void
sitrep_map_view_set_tooltip_func (SitrepMapView        *self,
                                  SitrepMapTooltipFunc  func,
                                  gpointer              user_data)
{
  g_return_if_fail (SITREP_IS_MAP_VIEW (self));

  self->tooltip_func = func;
  self->tooltip_data = user_data;
}

void
sitrep_map_view_set_unplaced (SitrepMapView *self,
                              GPtrArray     *events)
{
  g_autofree char *label = NULL;
  g_autofree char *count = NULL;
  GtkWidget *child;
  guint n = events != NULL ? events->len : 0;

  g_return_if_fail (SITREP_IS_MAP_VIEW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->unplaced_list))) != NULL)
    gtk_list_box_remove (self->unplaced_list, child);

  for (guint i = 0; i < n && i < MAX_UNPLACED_ROWS; i++)
    {
      SitrepEvent *event = events->pdata[i];
      /* Its place entity (which has no coordinates yet), else the place as reported. */
      const char *where = sitrep_event_get_place_name (event) != NULL ? sitrep_event_get_place_name (event)
                                                                      : sitrep_event_get_location (event);
      const char *what = sitrep_codebook_event_type_display_name (sitrep_event_get_event_type (event));
      const char *date = sitrep_event_get_date_start (event);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      title = g_strdup (where != NULL && *where != '\0' ? where : _("No place given"));
      subtitle = g_strdup_printf ("%s · %s", date != NULL ? date : _("undated"),
                                  what != NULL ? what : _("not coded"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "event-id", GSIZE_TO_POINTER (sitrep_event_get_id (event)));
      gtk_list_box_append (self->unplaced_list, row);
    }

  self->n_unplaced = n;
  /* Translators: the button listing the events without coordinates */
  label = g_strdup_printf (_("Unplaced: %'u"), n);
  count = g_strdup_printf ("%'u", n);
  sitrep_count_button_set (self->unplaced_button, label, count);
  /* Shown only when there are some: the map's toolbar is narrow beside the reader. */
  gtk_widget_set_visible (GTK_WIDGET (self->unplaced_button), n > 0);
}

guint
sitrep_map_view_get_n_unplaced (SitrepMapView *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_VIEW (self), 0);

  return self->n_unplaced;
}

void
sitrep_map_view_set_pin_prompt (SitrepMapView *self,
                                const char    *text)
{
  g_return_if_fail (SITREP_IS_MAP_VIEW (self));

  if (text != NULL)
    gtk_label_set_text (self->pin_label, text);
  gtk_revealer_set_reveal_child (self->pin_revealer, text != NULL);
  if (text != NULL)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self->map), "crosshair");
  else
    gtk_widget_set_cursor (GTK_WIDGET (self->map), NULL);
}

void
sitrep_map_view_set_progress (SitrepMapView *self,
                              const char    *text,
                              double         fraction)
{
  g_return_if_fail (SITREP_IS_MAP_VIEW (self));

  gtk_revealer_set_reveal_child (self->progress_revealer, text != NULL);
  if (text == NULL)
    return;
  gtk_label_set_text (self->progress_label, text);
  if (fraction < 0)
    gtk_progress_bar_pulse (self->progress_bar);
  else
    gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0, 1));
}

void
sitrep_map_view_set_status (SitrepMapView *self,
                            const char    *text)
{
  g_return_if_fail (SITREP_IS_MAP_VIEW (self));

  gtk_label_set_text (self->status_label, text != NULL ? text : "");
}

void
sitrep_map_view_set_data_credit (SitrepMapView *self,
                                 const char    *credit)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SITREP_IS_MAP_VIEW (self));

  if (g_strcmp0 (self->data_credit, credit) == 0)
    return;
  g_free (self->data_credit);
  self->data_credit = g_strdup (credit);
  if (credit != NULL)
    /* Translators: under a map, the dataset its events come from */
    text = g_strdup_printf (_("Events: %s"), credit);
  shumate_license_set_extra_text (self->license, text);
}

const char *
sitrep_map_view_get_data_credit (SitrepMapView *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_VIEW (self), NULL);

  return self->data_credit;
}

void
sitrep_map_view_set_online (SitrepMapView *self,
                            const char    *url_template)
{
  g_autoptr(ShumateMapSource) online = NULL;

  g_return_if_fail (SITREP_IS_MAP_VIEW (self));

  if (url_template == NULL || *url_template == '\0')
    {
      if (self->source != self->offline_source)
        use_source (self, self->offline_source);
      return;
    }

  online = SHUMATE_MAP_SOURCE (sitrep_map_source_new_online (url_template));
  use_source (self, online);
}

void
sitrep_map_view_set_place_rows (SitrepMapView           *self,
                                const SitrepMapPlaceRow *rows,
                                guint                    n_rows)
{
  g_autofree char *label = NULL;
  g_autofree char *count = NULL;
  guint n_placed;

  g_return_if_fail (SITREP_IS_MAP_VIEW (self));

  n_placed = sitrep_map_places_sync_rows (self->places_list, rows, n_rows);

  /* Translators: the tool bar button listing an article's places: placed / named */
  label = n_rows > 0 ? g_strdup_printf (_("Places: %'u/%'u"), n_placed, n_rows) : g_strdup (_("Places"));
  count = n_rows > 0 ? g_strdup_printf ("%'u/%'u", n_placed, n_rows) : g_strdup ("");
  sitrep_count_button_set (self->places_button, label, count);
  gtk_widget_set_sensitive (GTK_WIDGET (self->places_button), n_rows > 0);
}

gboolean
sitrep_map_view_get_only_in_view (SitrepMapView *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_VIEW (self), FALSE);

  return self->only_in_view;
}

void
sitrep_map_view_set_only_in_view (SitrepMapView *self,
                                  gboolean       only_in_view)
{
  g_return_if_fail (SITREP_IS_MAP_VIEW (self));

  only_in_view = !!only_in_view;
  if (self->only_in_view == only_in_view)
    return;
  self->only_in_view = only_in_view;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLY_IN_VIEW]);
}

/**
 * sitrep_map_view_set_event_index:
 *
 * Draws the events of @index (NULL: none) and follows it: an edit moves or
 * restyles only the points of the events it names.
 */
void
sitrep_map_view_set_event_index (SitrepMapView    *self,
                                 SitrepEventIndex *index)
{
  g_return_if_fail (SITREP_IS_MAP_VIEW (self));

  sitrep_map_events_set_index (self->events, index);
}

SitrepEventIndex *
sitrep_map_view_get_event_index (SitrepMapView *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_VIEW (self), NULL);

  return sitrep_map_events_get_index (self->events);
}

SitrepMapEvents *
sitrep_map_view_get_map_events (SitrepMapView *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_VIEW (self), NULL);

  return self->events;
}

void
sitrep_map_view_set_day_range (SitrepMapView *self,
                               guint32        first,
                               guint32        last)
{
  g_return_if_fail (SITREP_IS_MAP_VIEW (self));

  sitrep_map_events_set_day_range (self->events, first, last);
}

void
sitrep_map_view_redraw_events (SitrepMapView *self)
{
  g_return_if_fail (SITREP_IS_MAP_VIEW (self));

  sitrep_map_events_redraw (self->events);
}

/* sitrep-map-view.c — the map pane: offline base map, the article's places, events
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-map"

#include "config.h"

#include <glib/gi18n.h>
#include <shumate/shumate.h>

#include "sitrep-basemap.h"
#include "sitrep-map-source.h"
#include "sitrep-map-view.h"

struct _SitrepMapView
{
  GtkWidget             parent_instance;

  GtkWidget            *overlay;
  ShumateMap           *map;
  ShumateMarkerLayer   *places_layer;
  SitrepMapPointsLayer *events_layer;
  ShumateMapSource     *source;
};

G_DEFINE_FINAL_TYPE (SitrepMapView, sitrep_map_view, GTK_TYPE_WIDGET)

static void
sitrep_map_view_dispose (GObject *object)
{
  SitrepMapView *self = SITREP_MAP_VIEW (object);

  g_clear_pointer (&self->overlay, gtk_widget_unparent);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (sitrep_map_view_parent_class)->dispose (object);
}

static void
sitrep_map_view_class_init (SitrepMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_map_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sitrep-map-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sitrep_map_view_init (SitrepMapView *self)
{
  ShumateViewport *viewport;
  ShumateLicense *license;
  ShumateScale *scale;

  self->source = SHUMATE_MAP_SOURCE (sitrep_map_source_new ());
  self->map = shumate_map_new ();
  shumate_map_set_map_source (self->map, self->source);
  viewport = shumate_map_get_viewport (self->map);
  shumate_viewport_set_min_zoom_level (viewport, 2);
  shumate_viewport_set_max_zoom_level (viewport, SITREP_BASEMAP_MAX_ZOOM);

  self->events_layer = sitrep_map_points_layer_new (viewport);
  shumate_map_add_layer (self->map, SHUMATE_LAYER (self->events_layer));
  self->places_layer = shumate_marker_layer_new (viewport);
  shumate_map_add_layer (self->map, SHUMATE_LAYER (self->places_layer));
  /* Syria. */
  shumate_map_go_to_full_with_duration (self->map, 35.0, 38.5, 6.0, 0);

  self->overlay = gtk_overlay_new ();
  gtk_overlay_set_child (GTK_OVERLAY (self->overlay), GTK_WIDGET (self->map));

  license = shumate_license_new ();
  shumate_license_append_map_source (license, self->source);
  gtk_widget_set_halign (GTK_WIDGET (license), GTK_ALIGN_END);
  gtk_widget_set_valign (GTK_WIDGET (license), GTK_ALIGN_END);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), GTK_WIDGET (license));

  scale = shumate_scale_new (viewport);
  gtk_widget_set_halign (GTK_WIDGET (scale), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (scale), GTK_ALIGN_END);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), GTK_WIDGET (scale));

  gtk_widget_set_parent (self->overlay, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map"), -1);
  gtk_widget_set_size_request (GTK_WIDGET (self), 280, 200);
}

GtkWidget *
sitrep_map_view_new (void)
{
  return g_object_new (SITREP_TYPE_MAP_VIEW, NULL);
}

void
sitrep_map_view_set_places (SitrepMapView *self,
                            GPtrArray     *places)
{
  g_return_if_fail (SITREP_IS_MAP_VIEW (self));

  shumate_marker_layer_remove_all (self->places_layer);
  for (guint i = 0; places != NULL && i < places->len; i++)
    {
      SitrepGazetteerPlace *place = places->pdata[i];
      ShumateMarker *marker = shumate_marker_new ();
      GtkWidget *image = gtk_image_new_from_icon_name ("mark-location-symbolic");
      g_autofree char *tip = NULL;

      tip = g_strdup_printf ("%s — %s, %s%s", place->name,
                             place->admin1_name != NULL ? place->admin1_name : "",
                             place->country != NULL ? place->country : "",
                             place->doubtful ? _(" (doubtful)") : "");
      gtk_widget_set_tooltip_text (GTK_WIDGET (marker), tip);
      gtk_widget_add_css_class (image, place->doubtful ? "dim-label" : "accent");
      gtk_image_set_pixel_size (GTK_IMAGE (image), 24);
      shumate_marker_set_child (marker, image);
      shumate_location_set_location (SHUMATE_LOCATION (marker), place->latitude, place->longitude);
      shumate_marker_layer_add_marker (self->places_layer, marker);
    }
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

void
sitrep_map_view_center_on (SitrepMapView *self,
                           double         latitude,
                           double         longitude,
                           double         zoom)
{
  g_return_if_fail (SITREP_IS_MAP_VIEW (self));

  shumate_map_go_to_full (self->map, latitude, longitude, zoom);
}

/* sitrep-map-points-layer.c — many points (events) on the map, one snapshot node each
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-map"

#include "config.h"

#include "sitrep-map-points-layer.h"

/*
 * ShumateMarker widgets cost 39 ms a frame at 10,000; one colour node per
 * point costs 12.7 ms (DESIGN.md), so events are drawn here, not as markers.
 */

struct _SitrepMapPointsLayer
{
  ShumateLayer  parent_instance;

  GArray       *points;   /* of SitrepMapPoint */
};

G_DEFINE_FINAL_TYPE (SitrepMapPointsLayer, sitrep_map_points_layer, SHUMATE_TYPE_LAYER)

static void
on_viewport_changed (SitrepMapPointsLayer *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sitrep_map_points_layer_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  SitrepMapPointsLayer *self = SITREP_MAP_POINTS_LAYER (widget);
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  for (guint i = 0; i < self->points->len; i++)
    {
      const SitrepMapPoint *p = &g_array_index (self->points, SitrepMapPoint, i);
      double x, y;
      float half = p->size / 2;

      shumate_viewport_location_to_widget_coords (viewport, widget, p->latitude, p->longitude, &x, &y);
      if (x + half < 0 || y + half < 0 || x - half > width || y - half > height)
        continue;
      gtk_snapshot_append_color (snapshot, &p->colour,
                                 &GRAPHENE_RECT_INIT (x - half, y - half, p->size, p->size));
    }
}

static void
sitrep_map_points_layer_constructed (GObject *object)
{
  SitrepMapPointsLayer *self = SITREP_MAP_POINTS_LAYER (object);
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));

  G_OBJECT_CLASS (sitrep_map_points_layer_parent_class)->constructed (object);

  g_signal_connect_object (viewport, "notify::longitude", G_CALLBACK (on_viewport_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::latitude", G_CALLBACK (on_viewport_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::zoom-level", G_CALLBACK (on_viewport_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::rotation", G_CALLBACK (on_viewport_changed), self,
                           G_CONNECT_SWAPPED);
}

static void
sitrep_map_points_layer_finalize (GObject *object)
{
  SitrepMapPointsLayer *self = SITREP_MAP_POINTS_LAYER (object);

  g_clear_pointer (&self->points, g_array_unref);

  G_OBJECT_CLASS (sitrep_map_points_layer_parent_class)->finalize (object);
}

static void
sitrep_map_points_layer_class_init (SitrepMapPointsLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sitrep_map_points_layer_constructed;
  object_class->finalize = sitrep_map_points_layer_finalize;
  widget_class->snapshot = sitrep_map_points_layer_snapshot;
}

static void
sitrep_map_points_layer_init (SitrepMapPointsLayer *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (SitrepMapPoint));
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

SitrepMapPointsLayer *
sitrep_map_points_layer_new (ShumateViewport *viewport)
{
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);

  return g_object_new (SITREP_TYPE_MAP_POINTS_LAYER, "viewport", viewport, NULL);
}

void
sitrep_map_points_layer_set_points (SitrepMapPointsLayer *self,
                                    const SitrepMapPoint *points,
                                    guint                 n_points)
{
  g_return_if_fail (SITREP_IS_MAP_POINTS_LAYER (self));
  g_return_if_fail (points != NULL || n_points == 0);

  g_array_set_size (self->points, 0);
  g_array_append_vals (self->points, points, n_points);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
sitrep_map_points_layer_get_n_points (SitrepMapPointsLayer *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_POINTS_LAYER (self), 0);

  return self->points->len;
}

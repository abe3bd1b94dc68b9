/* sitrep-map-points-layer.h — many points (events) on the map, one snapshot node each
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

typedef struct
{
  double  latitude;
  double  longitude;
  float   size;      /* side in pixels */
  GdkRGBA colour;
} SitrepMapPoint;

#define SITREP_TYPE_MAP_POINTS_LAYER (sitrep_map_points_layer_get_type ())
G_DECLARE_FINAL_TYPE (SitrepMapPointsLayer, sitrep_map_points_layer, SITREP, MAP_POINTS_LAYER, ShumateLayer)

SitrepMapPointsLayer *sitrep_map_points_layer_new        (ShumateViewport      *viewport);
/* Replaces every point; @points is copied. */
void                  sitrep_map_points_layer_set_points (SitrepMapPointsLayer *self,
                                                          const SitrepMapPoint *points,
                                                          guint                 n_points);
guint                 sitrep_map_points_layer_get_n_points (SitrepMapPointsLayer *self);

G_END_DECLS

/* sitrep-map-points-layer.h — many points (events) on the map, one snapshot node each
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

typedef struct
{
  gint64  id;        /* what a pick returns (an event id) */
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
/* Adds the point, or moves and restyles the one with its id, without
 * reading the others again (clusters follow it). */
void                  sitrep_map_points_layer_update_point (SitrepMapPointsLayer *self,
                                                            const SitrepMapPoint *point);
/* Removes the point with this id, if any. */
void                  sitrep_map_points_layer_remove_point (SitrepMapPointsLayer *self,
                                                            gint64                id);
guint                 sitrep_map_points_layer_get_n_points (SitrepMapPointsLayer *self);

/* Points with what the layer keeps beside them (their marks, an id → point
 * table, the clusters of one zoom level), made on any thread so that half a
 * million points reach a layer without stalling the main loop. */
typedef struct _SitrepMapPointsData SitrepMapPointsData;

/* Takes @points (SitrepMapPoint); clusters them for whole zoom level @zoom
 * (< 0: none) with tiles of @tile_size pixels. Any thread. */
SitrepMapPointsData  *sitrep_map_points_data_new   (GArray               *points,
                                                    int                   zoom,
                                                    double                tile_size);
void                  sitrep_map_points_data_free  (SitrepMapPointsData  *data);
/* The zoom level and tile size to give sitrep_map_points_data_new() for
 * what the layer shows now. */
void                  sitrep_map_points_layer_get_cluster_hint (SitrepMapPointsLayer *self,
                                                                int                  *zoom,
                                                                double               *tile_size);
/* Replaces every point with @data's (taken) at once; returns the old ones,
 * for the caller to free (in a worker, when many). */
SitrepMapPointsData  *sitrep_map_points_layer_swap_data (SitrepMapPointsLayer *self,
                                                         SitrepMapPointsData  *data);
const SitrepMapPoint *sitrep_map_points_layer_get_point  (SitrepMapPointsLayer *self,
                                                          guint                 index);
/* Rings the point with this id (0: none). */
void                  sitrep_map_points_layer_set_highlight (SitrepMapPointsLayer *self,
                                                             gint64                id);
gint64                sitrep_map_points_layer_get_highlight (SitrepMapPointsLayer *self);
/* The point or cluster drawn under (@x, @y) in the layer's coordinates:
 * returns the id of its first point, or 0, and how many points it holds. */
gint64                sitrep_map_points_layer_pick       (SitrepMapPointsLayer *self,
                                                          double                x,
                                                          double                y,
                                                          guint                *n_points);


G_END_DECLS

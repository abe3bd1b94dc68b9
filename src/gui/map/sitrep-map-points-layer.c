/* sitrep-map-points-layer.c — many points (events) on the map, one snapshot node each
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-map"

#include "config.h"

#include <math.h>

#include "sitrep-basemap.h"
#include "sitrep-count-labels.h"
#include "sitrep-map-points-layer.h"
#include "sitrep-map-points-layer-private.h"
#include "sitrep-mark-textures.h"

/*
 * ShumateMarker widgets cost 39 ms a frame at 10,000; one colour node per
 * point costs 12.7 ms (DESIGN.md), so events are drawn here, not as markers.
 * At low zoom, points that fall in one grid cell are drawn as one cluster;
 * the clusters of each whole zoom level are computed once and cached.
 *
 * No cluster may hide another's count: a disk is at most CLUSTER_MAX_PX
 * wide (room for a four-digit count), a cell at least that and a gap, and
 * a disk is drawn at its points' mean moved just enough to stay inside its
 * own cell. Cells tile the world exactly, so this holds across the
 * antimeridian too, at any zoom and any number of points.
 */

#define CLUSTER_MAX_PX 34.0
#define CLUSTER_GAP_PX 2.0
#define CLUSTER_CELL_PX (CLUSTER_MAX_PX + CLUSTER_GAP_PX)
/* Above this many points, they cluster at every zoom: a street-level view
 * of 500,000 events would otherwise walk them all, every frame. */
#define MAX_UNCLUSTERED 20000
/* Above this many marks in view, plain squares: rounding costs two more nodes. */
#define MAX_ROUNDED 2500

typedef struct
{
  double  mx;        /* Web Mercator, 0 … 1 */
  double  my;
  float   size;
  GdkRGBA colour;
  gint64  id;
  guint   count;
} Mark;

typedef struct
{
  float        x;
  float        y;
  const Mark  *mark;
} Drawn;

/* A disk of the frame and its texture, to draw the disks grouped by texture. */
typedef struct
{
  GdkTexture  *texture;
  const Drawn *drawn;
} Disk;

/* The clusters of one whole zoom level, kept up to date point by point:
 * a point that moves leaves its cell's sums and joins another's. */
typedef struct
{
  GArray     *clusters;   /* of Mark: the mean position, count, colour */
  GArray     *sums;       /* of double[2]: the cluster's summed mx, my */
  GArray     *largest;    /* of float: its largest point */
  GArray     *member;     /* of guint, one per point: its cluster */
  GArray     *keys;       /* of gint64: the cluster's cell key */
  GHashTable *cells;      /* cell key (gint64 *) → cluster + 1 */
  double      cells_per_world;   /* a whole number */
  double      cell_px;    /* a cell's side at this level, >= CLUSTER_CELL_PX */
} Level;

struct _SitrepMapPointsLayer
{
  ShumateLayer  parent_instance;

  GArray       *points;     /* of SitrepMapPoint */
  GArray       *marks;      /* of Mark, one per point */
  GHashTable   *index;      /* id (gint64 *) → position + 1 in points and marks */
  GHashTable   *clusters;   /* whole zoom level → Level */
  GArray       *drawn;      /* of Drawn, the last frame's */
  /* they are clusters: no two overlap (but a lone event's, drawn on its
   * place, may reach into the next cell) */
  gboolean      drawn_apart;
  GArray       *disks;      /* of Disk: the frame's, sorted (kept between frames) */
  PangoLayout  *layout;
  SitrepCountLabels *labels;
  GHashTable   *textures;   /* colour and pixel size → GdkTexture of a round mark */

  double        cluster_below;
  gint64        highlight;
  gboolean      highlight_drawn;   /* in the last frame, at: */
  double        highlight_x;
  double        highlight_y;
};

G_DEFINE_FINAL_TYPE (SitrepMapPointsLayer, sitrep_map_points_layer, SHUMATE_TYPE_LAYER)

static double
world_size (SitrepMapPointsLayer *self,
            double                zoom)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  ShumateMapSource *source = shumate_viewport_get_reference_map_source (viewport);
  double tile_size = source != NULL ? shumate_map_source_get_tile_size (source) : 256;

  return tile_size * exp2 (zoom);
}

static void
level_free (gpointer data)
{
  Level *level = data;

  g_array_unref (level->clusters);
  g_array_unref (level->sums);
  g_array_unref (level->largest);
  g_array_unref (level->member);
  g_array_unref (level->keys);
  g_hash_table_unref (level->cells);
  g_free (level);
}

static void
cluster_refresh (Level *level,
                 guint  c)
{
  Mark *cluster = &g_array_index (level->clusters, Mark, c);
  const double *sum = &g_array_index (level->sums, double, 2 * c);
  float largest = g_array_index (level->largest, float, c);
  gint64 key = g_array_index (level->keys, gint64, c);
  double cell_x = (gint32) (key & 0xffffffff);
  double cell_y = key >> 32;
  double half;

  if (cluster->count == 0)
    return;
  cluster->size = cluster->count > 1 ? MAX (largest, 12.0 + 4.0 * log2 (cluster->count)) : largest;
  cluster->size = MIN (cluster->size, CLUSTER_MAX_PX);
  /* The mean, moved into its cell far enough for the whole disk to be in
   * it (in cells); a cell is as wide or wider at the zooms above. A lone
   * event is not moved: its mark stays on its place (and its place's pin). */
  half = cluster->count > 1 ? cluster->size / 2.0 / level->cell_px : 0;
  cluster->mx = CLAMP (sum[0] / cluster->count * level->cells_per_world, cell_x + half, cell_x + 1 - half) /
                level->cells_per_world;
  cluster->my = CLAMP (sum[1] / cluster->count * level->cells_per_world, cell_y + half, cell_y + 1 - half) /
                level->cells_per_world;
}

static gint64
cell_key (const Level *level,
          const Mark  *m)
{
  /* Longitude 180° is the first cell's edge, as -180° is. */
  gint64 n = (gint64) level->cells_per_world;
  gint64 cx = (((gint64) floor (m->mx * level->cells_per_world) % n) + n) % n;
  gint64 cy = (gint64) floor (CLAMP (m->my, 0, 1) * level->cells_per_world);

  cy = MIN (cy, n - 1);
  return (cy << 32) | (cx & 0xffffffff);
}

/* Adds @m to the cluster of its cell, making one if need be; returns it. */
static guint
level_add (Level      *level,
           const Mark *m)
{
  gint64 key = cell_key (level, m);
  gpointer found = g_hash_table_lookup (level->cells, &key);
  guint c;
  Mark *cluster;
  double *sum;

  if (found == NULL)
    {
      Mark fresh = *m;
      double zero[2] = { 0, 0 };
      float none = 0;

      fresh.count = 0;
      g_array_append_val (level->clusters, fresh);
      g_array_append_vals (level->sums, zero, 2);
      g_array_append_val (level->largest, none);
      g_array_append_val (level->keys, key);
      found = GUINT_TO_POINTER (level->clusters->len);
      g_hash_table_insert (level->cells, g_memdup2 (&key, sizeof key), found);
    }
  c = GPOINTER_TO_UINT (found) - 1;
  cluster = &g_array_index (level->clusters, Mark, c);
  sum = &g_array_index (level->sums, double, 2 * c);
  sum[0] += m->mx;
  sum[1] += m->my;
  cluster->count++;
  /* A cluster wears the colour of its weightiest event. */
  if (m->size > g_array_index (level->largest, float, c) || cluster->count == 1)
    {
      g_array_index (level->largest, float, c) = m->size;
      cluster->colour = m->colour;
      cluster->id = m->id;
    }
  return c;
}

/* Takes @m out of cluster @c. Its colour stays that of the weightiest
 * point it had until the level is built again (a rare, small blemish
 * against reading every point again). */
static void
level_remove (Level      *level,
              guint       c,
              const Mark *m)
{
  Mark *cluster = &g_array_index (level->clusters, Mark, c);
  double *sum = &g_array_index (level->sums, double, 2 * c);

  sum[0] -= m->mx;
  sum[1] -= m->my;
  cluster->count--;
  if (cluster->count == 0)
    {
      sum[0] = sum[1] = 0;
      g_array_index (level->largest, float, c) = 0;
    }
}

/* The clusters of @marks at a world @world pixels wide: any thread. */
static Level *
build_level_of (GArray *marks,
                double  world)
{
  Level *level = g_new0 (Level, 1);

  level->cells_per_world = MAX (1, floor (world / CLUSTER_CELL_PX));
  level->cell_px = world / level->cells_per_world;
  level->clusters = g_array_new (FALSE, FALSE, sizeof (Mark));
  level->sums = g_array_new (FALSE, FALSE, sizeof (double));
  level->largest = g_array_new (FALSE, FALSE, sizeof (float));
  level->member = g_array_sized_new (FALSE, FALSE, sizeof (guint), marks->len);
  level->keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  level->cells = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < marks->len; i++)
    {
      guint c = level_add (level, &g_array_index (marks, Mark, i));

      g_array_append_val (level->member, c);
    }
  for (guint c = 0; c < level->clusters->len; c++)
    cluster_refresh (level, c);

  return level;
}

static Level *
build_level (SitrepMapPointsLayer *self,
             int                   zoom)
{
  return build_level_of (self->marks, world_size (self, zoom));
}

/* The clusters to draw at @zoom, or NULL for the points themselves. */
static Level *
get_level (SitrepMapPointsLayer *self,
           double                zoom)
{
  int whole = (int) floor (zoom);
  Level *level;

  if ((zoom >= self->cluster_below && self->marks->len <= MAX_UNCLUSTERED) || self->marks->len < 2)
    return NULL;

  level = g_hash_table_lookup (self->clusters, GINT_TO_POINTER (whole));
  if (level == NULL)
    {
      /* Near street level nearly every point is a cluster of its own: keep
       * one such level, not one per zoom the user went through. */
      if (zoom >= self->cluster_below)
        {
          GHashTableIter iter;
          gpointer key;

          g_hash_table_iter_init (&iter, self->clusters);
          while (g_hash_table_iter_next (&iter, &key, NULL))
            if (GPOINTER_TO_INT (key) >= self->cluster_below)
              g_hash_table_iter_remove (&iter);
        }
      level = build_level (self, whole);
      g_hash_table_insert (self->clusters, GINT_TO_POINTER (whole), level);
    }

  return level;
}

typedef struct
{
  double cx;      /* the view's centre, Web Mercator */
  double cy;
  double world;   /* pixels across the world */
  double cos_r;
  double sin_r;
  int    width;
  int    height;
} View;

/* Puts @m in self->drawn when it shows in @view. */
static void
layout_mark (SitrepMapPointsLayer *self,
             const View           *view,
             const Mark           *m)
{
  double dx = (m->mx - view->cx) * view->world;
  double dy = (m->my - view->cy) * view->world;
  double x, y;
  float half = m->size / 2;
  Drawn d;

  /* A cluster whose points all moved away. */
  if (m->count == 0)
    return;
  /* The world wraps: take the copy nearest the centre. */
  if (dx > view->world / 2)
    dx -= view->world;
  else if (dx < -view->world / 2)
    dx += view->world;
  x = dx * view->cos_r - dy * view->sin_r + view->width / 2.0;
  y = dx * view->sin_r + dy * view->cos_r + view->height / 2.0;
  if (x + half < 0 || y + half < 0 || x - half > view->width || y - half > view->height)
    return;
  d.x = x;
  d.y = y;
  d.mark = m;
  g_array_append_val (self->drawn, d);
}

/* Goes through only the cells of @level under the widget (with a margin
 * for the largest cluster); FALSE when going through every cluster is as
 * cheap, or the view crosses the antimeridian. */
static gboolean
layout_cells (SitrepMapPointsLayer *self,
              const View           *view,
              const Level          *level)
{
  const double margin = 40;
  double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  gint64 x0, x1, y0, y1;

  for (int k = 0; k < 4; k++)
    {
      double px = (k & 1 ? view->width + margin : -margin) - view->width / 2.0;
      double py = (k & 2 ? view->height + margin : -margin) - view->height / 2.0;
      /* Widget to world: the inverse of layout_mark's rotation. */
      double mx = view->cx + (px * view->cos_r + py * view->sin_r) / view->world;
      double my = view->cy + (-px * view->sin_r + py * view->cos_r) / view->world;

      min_x = MIN (min_x, mx);
      max_x = MAX (max_x, mx);
      min_y = MIN (min_y, my);
      max_y = MAX (max_y, my);
    }
  if (min_x < 0 || max_x >= 1)
    return FALSE;
  x0 = (gint64) floor (min_x * level->cells_per_world);
  x1 = (gint64) floor (max_x * level->cells_per_world);
  y0 = (gint64) floor (CLAMP (min_y, 0, 1) * level->cells_per_world);
  y1 = (gint64) floor (CLAMP (max_y, 0, 1) * level->cells_per_world);
  if ((x1 - x0 + 1) * (y1 - y0 + 1) >= (gint64) level->clusters->len)
    return FALSE;

  for (gint64 cy = y0; cy <= y1; cy++)
    for (gint64 cx = x0; cx <= x1; cx++)
      {
        gint64 key = (cy << 32) | (cx & 0xffffffff);
        gpointer found = g_hash_table_lookup (level->cells, &key);

        if (found != NULL)
          layout_mark (self, view, &g_array_index (level->clusters, Mark, GPOINTER_TO_UINT (found) - 1));
      }
  return TRUE;
}

/* Fills self->drawn with the marks in view, in widget coordinates. */
static void
layout_marks (SitrepMapPointsLayer *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  double zoom = shumate_viewport_get_zoom_level (viewport);
  double rotation = shumate_viewport_get_rotation (viewport);
  Level *level = get_level (self, zoom);
  const GArray *marks = level != NULL ? level->clusters : self->marks;
  View view;

  view.world = world_size (self, zoom);
  view.cx = sitrep_mercator_x (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)));
  view.cy = sitrep_mercator_y (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)));
  view.width = gtk_widget_get_width (widget);
  view.height = gtk_widget_get_height (widget);
  view.cos_r = cos (rotation);
  view.sin_r = sin (rotation);

  g_array_set_size (self->drawn, 0);
  self->drawn_apart = level != NULL;
  if (level != NULL && layout_cells (self, &view, level))
    return;
  for (guint i = 0; i < marks->len; i++)
    layout_mark (self, &view, &g_array_index (marks, Mark, i));
}

static void
mark_init (Mark                 *m,
           const SitrepMapPoint *p)
{
  m->mx = sitrep_mercator_x (p->longitude);
  m->my = sitrep_mercator_y (p->latitude);
  m->size = p->size;
  m->colour = p->colour;
  m->id = p->id;
  m->count = 1;
}

/* The size of @d's count; FALSE when it does not fit in the disk (and is
 * not drawn). */
static gboolean
label_layout (SitrepMapPointsLayer *self,
              const Drawn          *d,
              int                  *w,
              int                  *h)
{
  sitrep_count_labels_size (self->labels, d->mark->count, w, h);
  return *w <= d->mark->size;
}

static void
draw_label (SitrepMapPointsLayer *self,
            GtkSnapshot          *snapshot,
            const Drawn          *d)
{
  static const GdkRGBA white = { 1, 1, 1, 1 };
  int w, h;

  if (!label_layout (self, d, &w, &h))
    return;

  sitrep_count_labels_append (self->labels, snapshot, d->mark->count, d->x - w / 2.0f, d->y - h / 2.0f, &white);
}

static GdkTexture *
mark_texture (SitrepMapPointsLayer *self,
              const GdkRGBA        *colour,
              float                 size)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  return sitrep_mark_texture (self->textures, colour, MAX (2, (int) ceilf (size)) * scale, 1.0 * scale);
}

static int
compare_disks (gconstpointer a,
               gconstpointer b)
{
  const Disk *x = a, *y = b;

  if (x->texture != y->texture)
    return x->texture < y->texture ? -1 : 1;
  return x->drawn < y->drawn ? -1 : x->drawn > y->drawn;
}

/* Marks that may overlap (points), each over the ones before it. */
static void
snapshot_in_order (SitrepMapPointsLayer *self,
                   GtkSnapshot          *snapshot,
                   gboolean              rounded)
{
  for (guint i = 0; i < self->drawn->len; i++)
    {
      const Drawn *d = &g_array_index (self->drawn, Drawn, i);
      float size = d->mark->size;
      graphene_rect_t rect = GRAPHENE_RECT_INIT (d->x - size / 2, d->y - size / 2, size, size);

      if (!rounded)
        {
          gtk_snapshot_append_color (snapshot, &d->mark->colour, &rect);
          continue;
        }

      gtk_snapshot_append_texture (snapshot, mark_texture (self, &d->mark->colour, size), &rect);
      if (d->mark->count > 1)
        draw_label (self, snapshot, d);
    }
}

/* Clusters never overlap (nor a count another's disk): their disks are
 * drawn grouped by texture and their counts after them, which draws the
 * same pixels as disk, count, disk, count … but lets GSK draw each group
 * and all the counts in one batch instead of switching textures twice
 * per cluster. */
static void
snapshot_apart (SitrepMapPointsLayer *self,
                GtkSnapshot          *snapshot)
{
  g_array_set_size (self->disks, self->drawn->len);
  for (guint i = 0; i < self->drawn->len; i++)
    {
      Disk *disk = &g_array_index (self->disks, Disk, i);

      disk->drawn = &g_array_index (self->drawn, Drawn, i);
      disk->texture = mark_texture (self, &disk->drawn->mark->colour, disk->drawn->mark->size);
    }
  g_array_sort (self->disks, compare_disks);
  for (guint i = 0; i < self->disks->len; i++)
    {
      const Disk *disk = &g_array_index (self->disks, Disk, i);
      const Drawn *d = disk->drawn;
      float size = d->mark->size;

      gtk_snapshot_append_texture (snapshot, disk->texture,
                                   &GRAPHENE_RECT_INIT (d->x - size / 2, d->y - size / 2, size, size));
    }
  for (guint i = 0; i < self->drawn->len; i++)
    {
      const Drawn *d = &g_array_index (self->drawn, Drawn, i);

      if (d->mark->count > 1)
        draw_label (self, snapshot, d);
    }
}

static void
sitrep_map_points_layer_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  SitrepMapPointsLayer *self = SITREP_MAP_POINTS_LAYER (widget);
  gboolean rounded;
  GdkRGBA ring;

  /* The selected event's ring in the text colour of the style: dark on the
   * light map, light on the dark one. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &ring);

  layout_marks (self);
  rounded = self->drawn->len <= MAX_ROUNDED;
  self->highlight_drawn = FALSE;

  if (rounded && self->drawn_apart)
    snapshot_apart (self, snapshot);
  else
    snapshot_in_order (self, snapshot, rounded);

  /* The selected event, ringed where it really is (not where its cluster is). */
  if (self->highlight != 0)
    {
      gpointer found = g_hash_table_lookup (self->index, &self->highlight);

      if (found != NULL)
        {
          ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
          const SitrepMapPoint *p = &g_array_index (self->points, SitrepMapPoint, GPOINTER_TO_UINT (found) - 1);
          const Mark *m = &g_array_index (self->marks, Mark, GPOINTER_TO_UINT (found) - 1);
          const float widths[4] = { 3, 3, 3, 3 };
          const GdkRGBA colours[4] = { ring, ring, ring, ring };
          GskRoundedRect round;
          double x, y;
          float size;

          shumate_viewport_location_to_widget_coords (viewport, widget, p->latitude, p->longitude, &x, &y);
          size = MAX (m->size, 10) + 10;
          gsk_rounded_rect_init_from_rect (&round, &GRAPHENE_RECT_INIT (x - size / 2, y - size / 2, size, size),
                                           size / 2);
          gtk_snapshot_append_border (snapshot, &round, widths, colours);
          self->highlight_drawn = TRUE;
          self->highlight_x = x;
          self->highlight_y = y;
        }
    }
}

static void
on_viewport_changed (SitrepMapPointsLayer *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
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
sitrep_map_points_layer_dispose (GObject *object)
{
  SitrepMapPointsLayer *self = SITREP_MAP_POINTS_LAYER (object);

  g_clear_pointer (&self->labels, sitrep_count_labels_free);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->textures, g_hash_table_unref);

  G_OBJECT_CLASS (sitrep_map_points_layer_parent_class)->dispose (object);
}

static void
sitrep_map_points_layer_finalize (GObject *object)
{
  SitrepMapPointsLayer *self = SITREP_MAP_POINTS_LAYER (object);

  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_pointer (&self->drawn, g_array_unref);
  g_clear_pointer (&self->disks, g_array_unref);
  g_clear_pointer (&self->clusters, g_hash_table_unref);

  G_OBJECT_CLASS (sitrep_map_points_layer_parent_class)->finalize (object);
}

static void
sitrep_map_points_layer_class_init (SitrepMapPointsLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sitrep_map_points_layer_constructed;
  object_class->dispose = sitrep_map_points_layer_dispose;
  object_class->finalize = sitrep_map_points_layer_finalize;
  widget_class->snapshot = sitrep_map_points_layer_snapshot;
  gtk_widget_class_set_css_name (widget_class, "sitrep-map-points");
}

static void
sitrep_map_points_layer_init (SitrepMapPointsLayer *self)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  self->points = g_array_new (FALSE, FALSE, sizeof (SitrepMapPoint));
  self->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  self->drawn = g_array_new (FALSE, FALSE, sizeof (Drawn));
  self->disks = g_array_new (FALSE, FALSE, sizeof (Disk));
  self->index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->clusters = g_hash_table_new_full (NULL, NULL, NULL, level_free);
  self->cluster_below = 9;
  self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  self->textures = sitrep_mark_textures_new ();
  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_attr_list_insert (attrs, pango_attr_scale_new (0.75));
  pango_layout_set_attributes (self->layout, attrs);
  pango_attr_list_unref (attrs);
  self->labels = sitrep_count_labels_new (self->layout);
  /* The map view picks points itself: the layer must not eat the map's drags. */
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
  g_array_set_size (self->marks, n_points);
  g_hash_table_remove_all (self->index);
  for (guint i = 0; i < n_points; i++)
    {
      mark_init (&g_array_index (self->marks, Mark, i), &points[i]);
      g_hash_table_insert (self->index, g_memdup2 (&points[i].id, sizeof points[i].id), GUINT_TO_POINTER (i + 1));
    }
  g_hash_table_remove_all (self->clusters);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
sitrep_map_points_layer_get_n_points (SitrepMapPointsLayer *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_POINTS_LAYER (self), 0);

  return self->points->len;
}

const SitrepMapPoint *
sitrep_map_points_layer_get_point (SitrepMapPointsLayer *self,
                                   guint                 index)
{
  g_return_val_if_fail (SITREP_IS_MAP_POINTS_LAYER (self), NULL);
  g_return_val_if_fail (index < self->points->len, NULL);

  return &g_array_index (self->points, SitrepMapPoint, index);
}

void
sitrep_map_points_layer_set_highlight (SitrepMapPointsLayer *self,
                                       gint64                id)
{
  g_return_if_fail (SITREP_IS_MAP_POINTS_LAYER (self));

  if (self->highlight == id)
    return;
  self->highlight = id;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gint64
sitrep_map_points_layer_get_highlight (SitrepMapPointsLayer *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_POINTS_LAYER (self), 0);

  return self->highlight;
}

gint64
sitrep_map_points_layer_pick (SitrepMapPointsLayer *self,
                              double                x,
                              double                y,
                              guint                *n_points)
{
  const Drawn *best = NULL;
  double best_d2 = G_MAXDOUBLE;

  g_return_val_if_fail (SITREP_IS_MAP_POINTS_LAYER (self), 0);

  layout_marks (self);
  /* Drawn last is on top; a small slop makes small points easy to hit. */
  for (guint i = self->drawn->len; i-- > 0;)
    {
      const Drawn *d = &g_array_index (self->drawn, Drawn, i);
      double r = MAX (d->mark->size / 2 + 3, 6);
      double d2 = (d->x - x) * (d->x - x) + (d->y - y) * (d->y - y);

      if (d2 <= r * r && d2 < best_d2)
        {
          best = d;
          best_d2 = d2;
        }
    }

  if (n_points != NULL)
    *n_points = best != NULL ? best->mark->count : 0;

  return best != NULL ? best->mark->id : 0;
}

guint
sitrep_map_points_layer_get_n_drawn (SitrepMapPointsLayer *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_POINTS_LAYER (self), 0);

  return self->drawn->len;
}

gboolean
sitrep_map_points_layer_get_drawn (SitrepMapPointsLayer *self,
                                   guint                 index,
                                   graphene_rect_t      *disk,
                                   graphene_rect_t      *label,
                                   guint                *count)
{
  const Drawn *d;
  int w = 0, h = 0;

  g_return_val_if_fail (SITREP_IS_MAP_POINTS_LAYER (self), FALSE);

  if (index >= self->drawn->len)
    return FALSE;
  d = &g_array_index (self->drawn, Drawn, index);
  graphene_rect_init (disk, d->x - d->mark->size / 2, d->y - d->mark->size / 2, d->mark->size, d->mark->size);
  if (d->mark->count < 2 || self->drawn->len > MAX_ROUNDED || !label_layout (self, d, &w, &h))
    w = h = 0;
  graphene_rect_init (label, d->x - w / 2.0f, d->y - h / 2.0f, w, h);
  *count = d->mark->count;
  return TRUE;
}

gboolean
sitrep_map_points_layer_get_highlight_drawn (SitrepMapPointsLayer *self,
                                             double               *x,
                                             double               *y)
{
  g_return_val_if_fail (SITREP_IS_MAP_POINTS_LAYER (self), FALSE);

  if (x != NULL)
    *x = self->highlight_x;
  if (y != NULL)
    *y = self->highlight_y;

  return self->highlight_drawn;
}

void
sitrep_map_points_layer_update_point (SitrepMapPointsLayer *self,
                                      const SitrepMapPoint *point)
{
  GHashTableIter iter;
  gpointer found, value;
  guint i;
  Mark mark;

  g_return_if_fail (SITREP_IS_MAP_POINTS_LAYER (self));
  g_return_if_fail (point != NULL);

  mark_init (&mark, point);
  found = g_hash_table_lookup (self->index, &point->id);
  if (found == NULL)
    {
      i = self->points->len;
      g_array_append_vals (self->points, point, 1);
      g_array_append_val (self->marks, mark);
      g_hash_table_insert (self->index, g_memdup2 (&point->id, sizeof point->id), GUINT_TO_POINTER (i + 1));
      g_hash_table_iter_init (&iter, self->clusters);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          Level *level = value;
          guint c = level_add (level, &mark);

          g_array_append_val (level->member, c);
          cluster_refresh (level, c);
        }
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  i = GPOINTER_TO_UINT (found) - 1;
  g_hash_table_iter_init (&iter, self->clusters);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Level *level = value;
      guint *c = &g_array_index (level->member, guint, i);

      level_remove (level, *c, &g_array_index (self->marks, Mark, i));
      cluster_refresh (level, *c);
      *c = level_add (level, &mark);
      cluster_refresh (level, *c);
    }
  g_array_index (self->points, SitrepMapPoint, i) = *point;
  g_array_index (self->marks, Mark, i) = mark;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sitrep_map_points_layer_remove_point (SitrepMapPointsLayer *self,
                                      gint64                id)
{
  GHashTableIter iter;
  gpointer found, value;
  guint i, last;

  g_return_if_fail (SITREP_IS_MAP_POINTS_LAYER (self));

  found = g_hash_table_lookup (self->index, &id);
  if (found == NULL)
    return;
  i = GPOINTER_TO_UINT (found) - 1;
  last = self->points->len - 1;

  g_hash_table_iter_init (&iter, self->clusters);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Level *level = value;
      guint c = g_array_index (level->member, guint, i);

      level_remove (level, c, &g_array_index (self->marks, Mark, i));
      cluster_refresh (level, c);
      g_array_index (level->member, guint, i) = g_array_index (level->member, guint, last);
      g_array_set_size (level->member, last);
    }
  g_hash_table_remove (self->index, &id);
  /* The last point fills the hole. */
  if (i != last)
    {
      const SitrepMapPoint *moved = &g_array_index (self->points, SitrepMapPoint, last);

      g_hash_table_insert (self->index, g_memdup2 (&moved->id, sizeof moved->id), GUINT_TO_POINTER (i + 1));
      g_array_index (self->points, SitrepMapPoint, i) = *moved;
      g_array_index (self->marks, Mark, i) = g_array_index (self->marks, Mark, last);
    }
  g_array_set_size (self->points, last);
  g_array_set_size (self->marks, last);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Points prepared on any thread */

struct _SitrepMapPointsData
{
  GArray     *points;     /* SitrepMapPoint */
  GArray     *marks;      /* Mark */
  GHashTable *index;      /* id (gint64 *) → position + 1 */
  GHashTable *clusters;   /* whole zoom level → Level */
};

SitrepMapPointsData *
sitrep_map_points_data_new (GArray *points,
                            int     zoom,
                            double  tile_size)
{
  SitrepMapPointsData *data = g_new0 (SitrepMapPointsData, 1);

  g_return_val_if_fail (points != NULL, NULL);

  data->points = points;
  data->marks = g_array_sized_new (FALSE, FALSE, sizeof (Mark), points->len);
  g_array_set_size (data->marks, points->len);
  data->index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  data->clusters = g_hash_table_new_full (NULL, NULL, NULL, level_free);
  for (guint i = 0; i < points->len; i++)
    {
      const SitrepMapPoint *p = &g_array_index (points, SitrepMapPoint, i);

      mark_init (&g_array_index (data->marks, Mark, i), p);
      g_hash_table_insert (data->index, g_memdup2 (&p->id, sizeof p->id), GUINT_TO_POINTER (i + 1));
    }
  /* The level the first frame would otherwise build on the main thread. */
  if (zoom >= 0 && points->len >= 2)
    g_hash_table_insert (data->clusters, GINT_TO_POINTER (zoom),
                         build_level_of (data->marks, tile_size * exp2 (zoom)));

  return data;
}

void
sitrep_map_points_data_free (SitrepMapPointsData *data)
{
  if (data == NULL)
    return;
  g_clear_pointer (&data->points, g_array_unref);
  g_clear_pointer (&data->marks, g_array_unref);
  g_clear_pointer (&data->index, g_hash_table_unref);
  g_clear_pointer (&data->clusters, g_hash_table_unref);
  g_free (data);
}

void
sitrep_map_points_layer_get_cluster_hint (SitrepMapPointsLayer *self,
                                          int                  *zoom,
                                          double               *tile_size)
{
  ShumateViewport *viewport;
  ShumateMapSource *source;

  g_return_if_fail (SITREP_IS_MAP_POINTS_LAYER (self));

  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  source = shumate_viewport_get_reference_map_source (viewport);
  *zoom = (int) floor (shumate_viewport_get_zoom_level (viewport));
  *tile_size = source != NULL ? shumate_map_source_get_tile_size (source) : 256;
}

SitrepMapPointsData *
sitrep_map_points_layer_swap_data (SitrepMapPointsLayer *self,
                                   SitrepMapPointsData  *data)
{
  SitrepMapPointsData *old;

  g_return_val_if_fail (SITREP_IS_MAP_POINTS_LAYER (self), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  old = g_new0 (SitrepMapPointsData, 1);
  old->points = g_steal_pointer (&self->points);
  old->marks = g_steal_pointer (&self->marks);
  old->index = g_steal_pointer (&self->index);
  old->clusters = g_steal_pointer (&self->clusters);
  self->points = g_steal_pointer (&data->points);
  self->marks = g_steal_pointer (&data->marks);
  self->index = g_steal_pointer (&data->index);
  self->clusters = g_steal_pointer (&data->clusters);
  sitrep_map_points_data_free (data);
  /* The last frame's marks pointed into the old arrays. */
  g_array_set_size (self->drawn, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  return old;
}

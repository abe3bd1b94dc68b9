/* test-event-index-map.c — the map's points at scale: tens of thousands cluster at every zoom, and a frame goes through only the cells in view
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "sitrep-test-util.h"
#include "sitrep-map-points-layer.h"
#include "sitrep-map-view.h"
#include "sitrep-map-points-layer-private.h"
#include "sitrep-count-labels.h"

#define N_CLOUD 30000
#define N_LONE  8
/* The layer's MAX_UNCLUSTERED: above it, points cluster at every zoom. */
#define MAX_UNCLUSTERED_TEST 20000

static gboolean
has_width (gpointer data)
{
  return gtk_widget_get_width (data) > 100 && gtk_widget_get_height (data) > 100;
}

static void
add_point (GArray *points,
           gint64  id,
           double  latitude,
           double  longitude)
{
  SitrepMapPoint p = { 0 };

  p.id = id;
  p.latitude = latitude;
  p.longitude = longitude;
  p.size = 8;
  gdk_rgba_parse (&p.colour, "#c01c28");
  g_array_append_val (points, p);
}

/* Thousands of points near street level: what is drawn is bounded by the
 * cells in view, and points alone in theirs are still found where they are. */
static void
test_many_points_near_street_level (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = sitrep_map_view_new ();
  SitrepMapPointsLayer *layer = sitrep_map_view_get_events_layer (SITREP_MAP_VIEW (view));
  ShumateViewport *viewport = sitrep_map_view_get_viewport (SITREP_MAP_VIEW (view));
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (SitrepMapPoint));
  GRand *rand = g_rand_new_with_seed (7);
  GtkWidget *layer_widget = GTK_WIDGET (layer);
  guint bound;

  /* A cloud over Damascus, and lone points east of it, 0.02° of longitude
   * and of latitude apart (58 and 70 px at zoom 12, whose clusters are
   * drawn at 12.4: each sits in a 36-px cell of its own). */
  for (guint i = 0; i < N_CLOUD; i++)
    add_point (points, i + 1, 33.45 + g_rand_double (rand) * 0.1, 36.20 + g_rand_double (rand) * 0.1);
  for (guint i = 0; i < N_LONE; i++)
    add_point (points, 100000 + i, 33.50 + (i % 2) * 0.02, 36.32 + (i / 2) * 0.02);
  g_rand_free (rand);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  sitrep_test_wait_until (has_width, layer_widget, "the map is laid out");
  sitrep_map_points_layer_set_points (layer, (const SitrepMapPoint *) (gpointer) points->data, points->len);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), 33.50, 36.30);
  shumate_viewport_set_zoom_level (viewport, 12.4);

  for (guint i = 0; i < N_LONE; i++)
    {
      const SitrepMapPoint *p = &g_array_index (points, SitrepMapPoint, N_CLOUD + i);
      double x, y;
      guint n = 0;

      shumate_viewport_location_to_widget_coords (viewport, layer_widget, p->latitude, p->longitude, &x, &y);
      g_assert_true (x > 0 && y > 0 && x < gtk_widget_get_width (layer_widget) &&
                     y < gtk_widget_get_height (layer_widget));
      g_assert_cmpint (sitrep_map_points_layer_pick (layer, x, y, &n), ==, p->id);
      g_assert_cmpuint (n, ==, 1);
    }
  /* One mark per 36-px cell at most, whatever the number of points. */
  bound = (guint) ((gtk_widget_get_width (layer_widget) / 36 + 4) * (gtk_widget_get_height (layer_widget) / 36 + 4));
  g_assert_cmpuint (sitrep_map_points_layer_get_n_drawn (layer), >, N_LONE);
  g_assert_cmpuint (sitrep_map_points_layer_get_n_drawn (layer), <=, bound);

  /* Rotated, the cells in view are found all the same. */
  shumate_viewport_set_rotation (viewport, G_PI / 5);
  for (guint i = 0; i < N_LONE; i++)
    {
      const SitrepMapPoint *p = &g_array_index (points, SitrepMapPoint, N_CLOUD + i);
      double x, y;

      shumate_viewport_location_to_widget_coords (viewport, layer_widget, p->latitude, p->longitude, &x, &y);
      if (x > 10 && y > 10 && x < gtk_widget_get_width (layer_widget) - 10 &&
          y < gtk_widget_get_height (layer_widget) - 10)
        g_assert_cmpint (sitrep_map_points_layer_pick (layer, x, y, NULL), ==, p->id);
    }

  /* Few points stay points, each where it is. */
  g_array_set_size (points, 200);
  sitrep_map_points_layer_set_points (layer, (const SitrepMapPoint *) (gpointer) points->data, points->len);
  shumate_viewport_set_rotation (viewport, 0);
  sitrep_map_points_layer_pick (layer, 0, 0, NULL);
  {
    guint in_view = 0;

    for (guint i = 0; i < points->len; i++)
      {
        const SitrepMapPoint *p = &g_array_index (points, SitrepMapPoint, i);
        double x, y;

        shumate_viewport_location_to_widget_coords (viewport, layer_widget, p->latitude, p->longitude, &x, &y);
        if (x + 4 >= 0 && y + 4 >= 0 && x - 4 <= gtk_widget_get_width (layer_widget) &&
            y - 4 <= gtk_widget_get_height (layer_widget))
          in_view++;
      }
    g_assert_cmpuint (sitrep_map_points_layer_get_n_drawn (layer), ==, in_view);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
rects_overlap (const graphene_rect_t *a,
               const graphene_rect_t *b)
{
  /* Touching is not overlapping (a thousandth of a pixel of rounding). */
  return a->size.width > 0 && b->size.width > 0 &&
         a->origin.x + a->size.width > b->origin.x + 0.001 && b->origin.x + b->size.width > a->origin.x + 0.001 &&
         a->origin.y + a->size.height > b->origin.y + 0.001 && b->origin.y + b->size.height > a->origin.y + 0.001;
}

static gboolean
rect_inside (const graphene_rect_t *inner,
             const graphene_rect_t *outer)
{
  return inner->origin.x >= outer->origin.x - 0.001 && inner->origin.y >= outer->origin.y - 0.001 &&
         inner->origin.x + inner->size.width <= outer->origin.x + outer->size.width + 0.001 &&
         inner->origin.y + inner->size.height <= outer->origin.y + outer->size.height + 0.001;
}

/* Every mark drawn in the last layout: no cluster's disk overlaps another
 * cluster's (a lone event's mark stays on its place, 005ae73, and may
 * touch a neighbour's disk — counts are drawn after every disk), every
 * cluster's count is drawn inside its own disk, and (unrotated) no count
 * is under another mark. Returns the largest count drawn. */
static guint
assert_counts_readable (SitrepMapPointsLayer *layer,
                        gboolean              rotated)
{
  guint n = sitrep_map_points_layer_get_n_drawn (layer);
  g_autofree graphene_rect_t *disks = g_new (graphene_rect_t, n);
  g_autofree graphene_rect_t *labels = g_new (graphene_rect_t, n);
  g_autofree guint *counts = g_new0 (guint, n);
  guint largest = 0;

  for (guint i = 0; i < n; i++)
    {
      guint count = 0;

      g_assert_true (sitrep_map_points_layer_get_drawn (layer, i, &disks[i], &labels[i], &count));
      counts[i] = count;
      if (count > 1)
        {
          g_assert_cmpfloat (labels[i].size.width, >, 0);
          g_assert_true (rect_inside (&labels[i], &disks[i]));
        }
      largest = MAX (largest, count);
    }
  g_assert_false (sitrep_map_points_layer_get_drawn (layer, n, &disks[0], &labels[0], &largest));

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        double dx = disks[i].origin.x + disks[i].size.width / 2 - disks[j].origin.x - disks[j].size.width / 2;
        double dy = disks[i].origin.y + disks[i].size.height / 2 - disks[j].origin.y - disks[j].size.height / 2;
        double reach = (disks[i].size.width + disks[j].size.width) / 2;

        if (counts[i] > 1 && counts[j] > 1 && dx * dx + dy * dy < reach * reach - 0.01)
          g_error ("disks %u and %u overlap: %.1f,%.1f %.1f px and %.1f,%.1f %.1f px", i, j,
                   disks[i].origin.x, disks[i].origin.y, disks[i].size.width,
                   disks[j].origin.x, disks[j].origin.y, disks[j].size.width);
        if (!rotated)
          {
            g_assert_false (rects_overlap (&labels[i], &disks[j]));
            g_assert_false (rects_overlap (&labels[j], &disks[i]));
          }
      }

  return largest;
}

/* The text and texture nodes under @node, in the order they are drawn. */
static void
collect_texts (GskRenderNode *node,
               GPtrArray     *texts)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_TEXT_NODE:
    case GSK_TEXTURE_NODE:
      g_ptr_array_add (texts, node);
      break;
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        collect_texts (gsk_container_node_get_child (node, i), texts);
      break;
    case GSK_TRANSFORM_NODE:
      collect_texts (gsk_transform_node_get_child (node), texts);
      break;
    case GSK_CLIP_NODE:
      collect_texts (gsk_clip_node_get_child (node), texts);
      break;
    case GSK_OPACITY_NODE:
      collect_texts (gsk_opacity_node_get_child (node), texts);
      break;
    case GSK_DEBUG_NODE:
      collect_texts (gsk_debug_node_get_child (node), texts);
      break;
    default:
      break;
    }
}

/* What the layer draws now: its text nodes, one per count shown, each
 * where sitrep_map_points_layer_get_drawn () says its count is (the layer
 * is at the map's origin) and with as many glyphs as the count's text. */
/* The disks (textures) are drawn first, those of one texture one after
 * another, then the counts: GSK draws each run in one batch. Takes the
 * disks out of @nodes, leaving the counts. */
static void
assert_disks_grouped (GPtrArray *nodes)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GdkTexture *last = NULL;
  guint n_disks = 0;

  while (n_disks < nodes->len && gsk_render_node_get_node_type (nodes->pdata[n_disks]) == GSK_TEXTURE_NODE)
    {
      GdkTexture *texture = gsk_texture_node_get_texture (nodes->pdata[n_disks++]);

      if (texture != last)
        {
          g_assert_false (g_hash_table_contains (seen, texture));
          g_hash_table_add (seen, texture);
          last = texture;
        }
    }
  g_assert_cmpuint (n_disks, >, 0);
  g_ptr_array_remove_range (nodes, 0, n_disks);
  for (guint i = 0; i < nodes->len; i++)
    g_assert_cmpint (gsk_render_node_get_node_type (nodes->pdata[i]), ==, GSK_TEXT_NODE);
}

typedef struct
{
  GtkWidget     *widget;
  GskRenderNode *node;
} Painted;

/* A widget's paintable draws nothing until the widget has been drawn at
 * its size: take its picture when it does. */
static gboolean
layer_painted (gpointer data)
{
  Painted *p = data;
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (p->widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (p->widget), gtk_widget_get_height (p->widget));
  p->node = gtk_snapshot_free_to_node (snapshot);
  return p->node != NULL;
}

static void
assert_counts_drawn (SitrepMapPointsLayer *layer)
{
  Painted painted = { GTK_WIDGET (layer), NULL };
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  guint n, shown = 0;

  sitrep_test_wait_until (layer_painted, &painted, "the layer to be drawn");
  node = painted.node;
  /* The paintable's snapshot laid the marks out again, as drawn. */
  n = sitrep_map_points_layer_get_n_drawn (layer);
  collect_texts (node, texts);
  assert_disks_grouped (texts);
  for (guint i = 0; i < n; i++)
    {
      graphene_rect_t disk, label;
      guint count = 0;
      gboolean found = FALSE;
      char text[16];

      g_assert_true (sitrep_map_points_layer_get_drawn (layer, i, &disk, &label, &count));
      if (count < 2)
        continue;
      shown++;
      g_snprintf (text, sizeof text, count > 9999 ? "%uk" : "%u", count > 9999 ? count / 1000 : count);
      for (guint t = 0; t < texts->len && !found; t++)
        {
          graphene_rect_t bounds;

          gsk_render_node_get_bounds (texts->pdata[t], &bounds);
          found = gsk_text_node_get_num_glyphs (texts->pdata[t]) == strlen (text) && rect_inside (&bounds, &disk) &&
                  graphene_rect_contains_point (&label, &GRAPHENE_POINT_INIT (bounds.origin.x + bounds.size.width / 2,
                                                                              bounds.origin.y + bounds.size.height / 2));
        }
      if (!found)
        g_error ("the count %s at %.0f,%.0f is not drawn (%u text nodes)", text, label.origin.x, label.origin.y,
                 texts->len);
    }
  g_assert_cmpuint (texts->len, ==, shown);
}

/* Half a million events' worth of density in a tenth of the points: at
 * every zoom, clusters (up to four-digit counts) are drawn apart, each
 * count readable, none under another cluster (issue 10: at 500,000 the
 * disks overlapped and hid each other's counts). */
static void
test_cluster_counts_readable (void)
{
  const double zooms[] = { 3.0, 4.6, 5.5, 6.3, 7.0, 7.8, 8.5, 9.9, 11.2 };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = sitrep_map_view_new ();
  SitrepMapPointsLayer *layer = sitrep_map_view_get_events_layer (SITREP_MAP_VIEW (view));
  ShumateViewport *viewport = sitrep_map_view_get_viewport (SITREP_MAP_VIEW (view));
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (SitrepMapPoint));
  GRand *rand = g_rand_new_with_seed (11);
  guint largest = 0;

  /* Towns of every size over Syria and Iraq, each a cloud of points around
   * it, and sizes from 8 to 26 px as the map gives them. */
  for (guint t = 0; t < 400; t++)
    {
      double lat = g_rand_double_range (rand, 32.5, 37.0);
      double lon = g_rand_double_range (rand, 35.8, 44.0);
      guint n = (guint) exp2 (g_rand_double_range (rand, 0, 10.5));
      double spread = g_rand_double_range (rand, 0.005, 0.3);

      for (guint i = 0; i < n; i++)
        {
          add_point (points, points->len + 1, lat + g_rand_double_range (rand, -spread, spread),
                     lon + g_rand_double_range (rand, -spread, spread));
          g_array_index (points, SitrepMapPoint, points->len - 1).size = g_rand_int_range (rand, 8, 27);
        }
    }
  g_rand_free (rand);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  sitrep_test_wait_until (has_width, GTK_WIDGET (layer), "the map is laid out");
  sitrep_map_points_layer_set_points (layer, (const SitrepMapPoint *) (gpointer) points->data, points->len);
  g_assert_cmpuint (points->len, >, MAX_UNCLUSTERED_TEST);

  for (guint rotated = 0; rotated < 2; rotated++)
    for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
      {
        shumate_viewport_set_rotation (viewport, rotated ? G_PI / 5 : 0);
        shumate_location_set_location (SHUMATE_LOCATION (viewport), 34.6, 39.5);
        shumate_viewport_set_zoom_level (viewport, zooms[z]);
        sitrep_map_points_layer_pick (layer, -100, -100, NULL);
        g_assert_cmpuint (sitrep_map_points_layer_get_n_drawn (layer), >, 1);
        largest = MAX (largest, assert_counts_readable (layer, rotated));
        assert_counts_drawn (layer);
      }
  /* Four-digit counts were drawn (and read). */
  g_assert_cmpuint (largest, >=, 1000);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A count drawn from its kept glyphs is the text node its layout makes
 * there, and a count is shaped once however often it is drawn. */
static void
test_count_labels_shaped_once (void)
{
  static const GdkRGBA white = { 1, 1, 1, 1 };
  const guint counts[] = { 2, 387, 4524, 33786, 387 };
  GtkWidget *widget = gtk_label_new (NULL);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);
  PangoAttrList *attrs = pango_attr_list_new ();
  SitrepCountLabels *labels;

  g_object_ref_sink (widget);
  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_attr_list_insert (attrs, pango_attr_scale_new (0.75));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  labels = sitrep_count_labels_new (layout);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autoptr(PangoLayout) reference = pango_layout_copy (layout);
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      g_autoptr(GskRenderNode) kept = NULL, made = NULL;
      g_autoptr(GBytes) kept_bytes = NULL, made_bytes = NULL;
      g_autofree char *text = counts[i] > 9999 ? g_strdup_printf ("%uk", counts[i] / 1000)
                                               : g_strdup_printf ("%u", counts[i]);
      int w, h, ref_w, ref_h;

      sitrep_count_labels_append (labels, snapshot, counts[i], 10.5f, 20.25f, &white);
      kept = gtk_snapshot_free_to_node (snapshot);
      pango_layout_set_text (reference, text, -1);
      snapshot = gtk_snapshot_new ();
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (10.5f, 20.25f));
      gtk_snapshot_append_layout (snapshot, reference, &white);
      made = gtk_snapshot_free_to_node (snapshot);
      g_assert_nonnull (kept);
      g_assert_cmpint (gsk_render_node_get_node_type (kept), ==, GSK_TEXT_NODE);
      g_assert_cmpuint (gsk_text_node_get_num_glyphs (kept), ==, strlen (text));
      kept_bytes = gsk_render_node_serialize (kept);
      made_bytes = gsk_render_node_serialize (made);
      g_assert_true (g_bytes_equal (kept_bytes, made_bytes));

      sitrep_count_labels_size (labels, counts[i], &w, &h);
      pango_layout_get_pixel_size (reference, &ref_w, &ref_h);
      g_assert_cmpint (w, ==, ref_w);
      g_assert_cmpint (h, ==, ref_h);
    }
  /* 387 came twice. */
  g_assert_cmpuint (sitrep_count_labels_get_n_shaped (labels), ==, G_N_ELEMENTS (counts) - 1);

  sitrep_count_labels_free (labels);
  g_object_unref (widget);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/sitrep/event-index/map-near-street-level", test_many_points_near_street_level);
  g_test_add_func ("/sitrep/event-index/map-cluster-counts-readable", test_cluster_counts_readable);
  g_test_add_func ("/sitrep/event-index/map-count-labels-shaped-once", test_count_labels_shaped_once);

  return g_test_run ();
}

/* test-event-index-map.c — the map's points at scale: tens of thousands cluster at every zoom, and a frame goes through only the cells in view
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "sitrep-test-util.h"
#include "sitrep-map-points-layer.h"
#include "sitrep-map-view.h"
#include "sitrep-map-points-layer-private.h"

#define N_CLOUD 30000
#define N_LONE  8

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

  /* A cloud over Damascus, and lone points east of it, 0.01° of longitude
   * and 0.02° of latitude apart (38 and 110 px at zoom 12.4: each sits in
   * a 28-px cell of its own). */
  for (guint i = 0; i < N_CLOUD; i++)
    add_point (points, i + 1, 33.45 + g_rand_double (rand) * 0.1, 36.20 + g_rand_double (rand) * 0.1);
  for (guint i = 0; i < N_LONE; i++)
    add_point (points, 100000 + i, 33.50 + (i % 2) * 0.02, 36.32 + (i / 2) * 0.01);
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
  /* One mark per 28-px cell at most, whatever the number of points. */
  bound = (guint) ((gtk_widget_get_width (layer_widget) / 28 + 4) * (gtk_widget_get_height (layer_widget) / 28 + 4));
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

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/sitrep/event-index/map-near-street-level", test_many_points_near_street_level);

  return g_test_run ();
}

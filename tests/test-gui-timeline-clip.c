/* test-gui-timeline-clip.c — the timeline clips to its plot without a clip node over it and draws the same pixels as under one, under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-timeline-view.h"
#include "sitrep-timeline-view-test-private.h"

#define N_VIEWS 40
#define WIDTH 900
#define HEIGHT 360

/* Events over @n_days from 2019 in four types: points, weeks, months and
 * ranges of any length, tolls unknown or up to thousands. */
static GArray *
generate (GRand *rand,
          guint  n,
          guint  n_days)
{
  static const char *types[] = { "Battles", "Explosions/Remote violence", "Violence against civilians",
                                 "Protests" };
  GArray *events = sitrep_timeline_events_new ();
  guint32 start = 737060;   /* 2019-01-01 */

  for (guint i = 0; i < n; i++)
    {
      SitrepTimelineEvent e = { 0 };
      double r = g_rand_double (rand);

      e.event_id = i + 1;
      e.first = start + g_rand_int_range (rand, 0, n_days);
      if (r < 0.6)
        e.last = e.first;
      else if (r < 0.75)
        e.last = e.first + 6;
      else if (r < 0.85)
        e.last = e.first + g_rand_int_range (rand, 27, 31);
      else
        e.last = e.first + g_rand_int_range (rand, 1, 200);
      e.date_precision = e.last == e.first ? 1 : 3;
      e.fatalities = g_rand_double (rand) < 0.3 ? -1 : g_rand_int_range (rand, 0, 3000);
      e.event_type = g_strdup (types[g_rand_int_range (rand, 0, G_N_ELEMENTS (types))]);
      g_array_append_val (events, e);
    }

  return events;
}

static int
compare_first (gconstpointer a,
               gconstpointer b)
{
  const SitrepTimelineEvent *x = a, *y = b;

  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return x->event_id < y->event_id ? -1 : (x->event_id > y->event_id ? 1 : 0);
}

static gboolean
view_sized (gpointer data)
{
  return gtk_widget_get_width (data) >= WIDTH - 10;
}

static GskRenderNode *
snapshot_view (GtkWidget *view,
               gboolean   clip_nodes)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;

  _sitrep_timeline_view_set_clip_nodes (SITREP_TIMELINE_VIEW (view), clip_nodes);
  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  return node;
}

/* @node's pixels as the window's own renderer (GL under Xvfb) draws them
 * over white, premultiplied BGRA, @width × @height. */
static guchar *
render (GtkWidget     *view,
        GskRenderNode *node,
        int            width,
        int            height)
{
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (view));
  GdkRGBA white = { 1, 1, 1, 1 };
  graphene_rect_t viewport = GRAPHENE_RECT_INIT (0, 0, width, height);
  GskRenderNode *parts[2];
  g_autoptr(GskRenderNode) over = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guchar *pixels = g_malloc ((gsize) width * height * 4);

  parts[0] = gsk_color_node_new (&white, &viewport);
  parts[1] = gsk_render_node_ref (node);
  over = gsk_container_node_new (parts, 2);
  gsk_render_node_unref (parts[0]);
  gsk_render_node_unref (parts[1]);
  texture = gsk_renderer_render_texture (renderer, over, &viewport);
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  return pixels;
}

typedef enum
{
  LAYOUT_LTR,
  LAYOUT_COMPACT,
  LAYOUT_RTL,
} Layout;

/* Marks, bars, coverage bands, axis labels, the brushed range, the
 * playback window and the selection ring at N_VIEWS zooms and places, many
 * of them across the plot's edges: drawn with clip nodes over the widget
 * and the plot (as before) and without, the pixels are the same. */
static void
test_same_pixels (gconstpointer data)
{
  Layout layout = GPOINTER_TO_INT (data);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261205 + layout);
  g_autoptr(GArray) events = generate (rand, 30000, 4 * 365);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = sitrep_timeline_view_new ();
  SitrepTimelineView *tv = SITREP_TIMELINE_VIEW (view);
  double span = 4 * 365;
  guint n_differing_views = 0, n_inked = 0;

  g_array_sort (events, compare_first);
  if (layout == LAYOUT_RTL)
    gtk_widget_set_direction (view, GTK_TEXT_DIR_RTL);
  if (layout == LAYOUT_COMPACT)
    sitrep_timeline_view_set_compact (tv, TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_set_child (GTK_WINDOW (window), view);
  sitrep_timeline_view_set_events (tv, events);
  g_object_ref (view);
  gtk_window_present (GTK_WINDOW (window));
  sitrep_test_wait_until (view_sized, view, "the timeline laid out");

  for (guint i = 0; i < N_VIEWS; i++)
    {
      double days = exp (g_rand_double_range (rand, log (3.5), log (2 * span)));
      double first = 737060 + g_rand_double_range (rand, -0.3 * span, 1.1 * span);
      const SitrepTimelineEvent *e = &g_array_index (events, SitrepTimelineEvent,
                                                     g_rand_int_range (rand, 0, events->len));
      int width = gtk_widget_get_width (view), height = gtk_widget_get_height (view);
      g_autoptr(GskRenderNode) clipped = NULL;
      g_autoptr(GskRenderNode) cut = NULL;
      g_autofree guchar *a = NULL;
      g_autofree guchar *b = NULL;
      guint n_differ = 0, max_diff = 0, n_ink = 0;

      /* Every third view starts a few days before a selected event, so
       * its ring crosses the plot's left edge; the range and the window
       * run past the edges of some. */
      sitrep_timeline_view_set_selected_event (tv, i % 3 == 0 ? e->event_id : 0);
      if (i % 3 == 0)
        first = e->first - g_rand_double_range (rand, 0, 0.02 * days);
      sitrep_timeline_view_set_visible (tv, first, first + days);
      sitrep_timeline_view_set_range (tv, i % 2 == 0 ? (guint32) (first - days / 4) : 0,
                                      i % 2 == 0 ? (guint32) (first + days / 3) : 0);
      sitrep_timeline_view_set_window (tv, (guint32) (first + days * 0.8), i % 4 == 1 ? (guint) days : 0);

      clipped = snapshot_view (view, TRUE);
      cut = snapshot_view (view, FALSE);
      a = render (view, clipped, width, height);
      b = render (view, cut, width, height);
      for (gsize p = 0; p < (gsize) width * height * 4; p++)
        {
          guint d = (guint) ABS ((int) a[p] - (int) b[p]);

          if (a[p] != 255)
            n_ink++;
          if (d > 0)
            n_differ++;
          max_diff = MAX (max_diff, d);
        }
      if (max_diff > 2)
        {
          g_test_message ("view %u (from day %.3f, %.3f days): %u of %d channels differ, by up to %u",
                          i, first, days, n_differ, width * height * 4, max_diff);
          n_differing_views++;
        }
      if (n_ink > (guint) (width * height))
        n_inked++;
    }
  g_assert_cmpuint (n_differing_views, ==, 0);
  /* Not blank pictures compared with each other. */
  g_assert_cmpuint (n_inked, >=, N_VIEWS / 2);

  sitrep_timeline_view_set_range (tv, 0, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  sitrep_test_wait_finalized (view, "the timeline view");
}

/* Leaves of @node (nodes that draw) under a clip node, and all of them. */
static void
count_leaves (GskRenderNode *node,
              gboolean       under_clip,
              guint         *n_clipped,
              guint         *n_leaves)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        count_leaves (gsk_container_node_get_child (node, i), under_clip, n_clipped, n_leaves);
      break;
    case GSK_CLIP_NODE:
      count_leaves (gsk_clip_node_get_child (node), TRUE, n_clipped, n_leaves);
      break;
    case GSK_ROUNDED_CLIP_NODE:
      count_leaves (gsk_rounded_clip_node_get_child (node), under_clip, n_clipped, n_leaves);
      break;
    case GSK_TRANSFORM_NODE:
      count_leaves (gsk_transform_node_get_child (node), under_clip, n_clipped, n_leaves);
      break;
    default:
      (*n_leaves)++;
      if (under_clip)
        (*n_clipped)++;
      break;
    }
}

/* Left to right, a frame full of marks and bars puts only the few nodes
 * that cross the plot's edges under clip nodes (a clip over the whole
 * plot costs GSK's GL renderer for every node under it); with
 * _sitrep_timeline_view_set_clip_nodes, as before, nearly all of them. */
static void
test_few_clips (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261206);
  g_autoptr(GArray) events = generate (rand, 30000, 4 * 365);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = sitrep_timeline_view_new ();
  SitrepTimelineView *tv = SITREP_TIMELINE_VIEW (view);
  g_autoptr(GskRenderNode) before = NULL;
  g_autoptr(GskRenderNode) now = NULL;
  guint n_clipped = 0, n_leaves = 0;

  g_array_sort (events, compare_first);
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_set_child (GTK_WINDOW (window), view);
  sitrep_timeline_view_set_events (tv, events);
  g_object_ref (view);
  gtk_window_present (GTK_WINDOW (window));
  sitrep_test_wait_until (view_sized, view, "the timeline laid out");
  sitrep_timeline_view_set_visible (tv, 737060 + 200, 737060 + 320);

  before = snapshot_view (view, TRUE);
  count_leaves (before, FALSE, &n_clipped, &n_leaves);
  g_assert_cmpuint (n_leaves, >, 300);
  g_assert_cmpuint (n_clipped, >, n_leaves * 3 / 4);

  n_clipped = n_leaves = 0;
  now = snapshot_view (view, FALSE);
  count_leaves (now, FALSE, &n_clipped, &n_leaves);
  g_test_message ("%u of %u nodes under a clip", n_clipped, n_leaves);
  g_assert_cmpuint (n_leaves, >, 300);
  g_assert_cmpuint (n_clipped, <, n_leaves / 10);

  gtk_window_destroy (GTK_WINDOW (window));
  sitrep_test_wait_finalized (view, "the timeline view");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add_data_func ("/gui/timeline-clip/same-pixels", GINT_TO_POINTER (LAYOUT_LTR), test_same_pixels);
  g_test_add_data_func ("/gui/timeline-clip/same-pixels-compact", GINT_TO_POINTER (LAYOUT_COMPACT),
                        test_same_pixels);
  g_test_add_data_func ("/gui/timeline-clip/same-pixels-rtl", GINT_TO_POINTER (LAYOUT_RTL), test_same_pixels);
  g_test_add_func ("/gui/timeline-clip/few-clips", test_few_clips);

  return g_test_run ();
}

/* test-gui-timeline-summary.c — the timeline draws the same from its lanes' summaries by day as from walking their extents, at any zoom, left to right, right to left and compact, under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-timeline-view.h"
#include "sitrep-timeline-view-test-private.h"

#define N_VIEWS 120

/* Events over @n_days from 2019 in five types, four dense and one of a
 * few events: points, weeks, months, years and ranges of any length, tolls
 * unknown or up to thousands (past the largest mark). */
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
      if (r < 0.55)
        e.last = e.first;
      else if (r < 0.70)
        e.last = e.first + 6;
      else if (r < 0.80)
        e.last = e.first + g_rand_int_range (rand, 27, 31);
      else if (r < 0.90)
        e.last = e.first + g_rand_int_range (rand, 1, 200);
      else if (r < 0.95)
        e.last = e.first + 364;
      else
        e.last = e.first + g_rand_int_range (rand, 1, 10);
      e.date_precision = e.last == e.first ? 1 : 3;
      e.fatalities = g_rand_double (rand) < 0.3 ? -1 : g_rand_int_range (rand, 0, 3000);
      e.event_type = g_strdup (i % 400 == 7 ? "Riots" : types[g_rand_int_range (rand, 0, G_N_ELEMENTS (types))]);
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

/* @node as text, each texture by its address (a round mark's texture is
 * made once and reused; its pixels as PNG would make the text long). */
static void
describe_node (GskRenderNode *node,
               GString       *out)
{
  graphene_rect_t b;

  gsk_render_node_get_bounds (node, &b);
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      g_string_append (out, "container {\n");
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        describe_node (gsk_container_node_get_child (node, i), out);
      g_string_append (out, "}\n");
      break;
    case GSK_CLIP_NODE:
      {
        const graphene_rect_t *clip = gsk_clip_node_get_clip (node);

        g_string_append_printf (out, "clip %g %g %g %g {\n", clip->origin.x, clip->origin.y,
                                clip->size.width, clip->size.height);
        describe_node (gsk_clip_node_get_child (node), out);
        g_string_append (out, "}\n");
      }
      break;
    case GSK_TRANSFORM_NODE:
      {
        g_autofree char *transform = gsk_transform_to_string (gsk_transform_node_get_transform (node));

        g_string_append_printf (out, "transform %s {\n", transform);
        describe_node (gsk_transform_node_get_child (node), out);
        g_string_append (out, "}\n");
      }
      break;
    case GSK_TEXTURE_NODE:
      g_string_append_printf (out, "texture %p %g %g %g %g\n", (gpointer) gsk_texture_node_get_texture (node),
                              b.origin.x, b.origin.y, b.size.width, b.size.height);
      break;
    default:
      {
        g_autoptr(GBytes) bytes = gsk_render_node_serialize (node);
        gsize n;
        const char *text = g_bytes_get_data (bytes, &n);

        g_string_append_len (out, text, n);
      }
      break;
    }
}

/* What the view draws now, by @path, as text. */
static GBytes *
draw (GtkWidget          *view,
      SitrepTimelineDraw  path,
      guint              *n_drawn)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  _sitrep_timeline_view_set_draw_path (SITREP_TIMELINE_VIEW (view), path);
  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  *n_drawn = sitrep_timeline_view_get_n_drawn (SITREP_TIMELINE_VIEW (view));
  {
    GString *out = g_string_new (NULL);

    describe_node (node, out);
    return g_string_free_to_bytes (out);
  }
}

static gsize
first_difference (GBytes *a,
                  GBytes *b)
{
  gsize na, nb, i;
  const char *x = g_bytes_get_data (a, &na);
  const char *y = g_bytes_get_data (b, &nb);

  for (i = 0; i < MIN (na, nb) && x[i] == y[i]; i++)
    ;
  return i;
}

static gboolean
view_sized (gpointer data)
{
  return gtk_widget_get_width (data) > 200;
}

typedef enum
{
  LAYOUT_LTR,
  LAYOUT_RTL,
  LAYOUT_COMPACT,
} Layout;

/* At N_VIEWS zooms from the whole span (and past it) down to hours, and as
 * many places, the marks, bars and coverage bands read off the summaries
 * are the walk's, node for node. */
static void
test_same_as_walk (gconstpointer data)
{
  Layout layout = GPOINTER_TO_INT (data);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261204 + layout);
  g_autoptr(GArray) events = generate (rand, 40000, 6 * 365);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = sitrep_timeline_view_new ();
  guint n_points = 0, n_dense = 0;
  double span = 6 * 365;

  g_array_sort (events, compare_first);
  if (layout == LAYOUT_RTL)
    gtk_widget_set_direction (view, GTK_TEXT_DIR_RTL);
  if (layout == LAYOUT_COMPACT)
    sitrep_timeline_view_set_compact (SITREP_TIMELINE_VIEW (view), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 400);
  gtk_window_set_child (GTK_WINDOW (window), view);
  sitrep_timeline_view_set_events (SITREP_TIMELINE_VIEW (view), events);
  g_object_ref (view);
  gtk_window_present (GTK_WINDOW (window));
  sitrep_test_wait_until (view_sized, view, "the timeline laid out");

  for (guint i = 0; i < N_VIEWS; i++)
    {
      /* From a third of a pixel a day (the view shows the span three
       * times over at most) to 300 pixels a day, by equal ratios. */
      double days = exp (g_rand_double_range (rand, log (3.5), log (3 * span)));
      double first = 737060 + g_rand_double_range (rand, -0.5 * span, 1.2 * span);
      g_autoptr(GBytes) walked = NULL;
      g_autoptr(GBytes) read = NULL;
      guint n_walked, n_read;

      sitrep_timeline_view_set_visible (SITREP_TIMELINE_VIEW (view), first, first + days);
      sitrep_timeline_view_get_visible (SITREP_TIMELINE_VIEW (view), &first, NULL);
      walked = draw (view, SITREP_TIMELINE_DRAW_WALK, &n_walked);
      read = draw (view, SITREP_TIMELINE_DRAW_SUMMARY, &n_read);
      if (!g_bytes_equal (walked, read))
        {
          gsize at = first_difference (walked, read);
          gsize n;
          const char *text = g_bytes_get_data (walked, &n);

          g_test_message ("view %u: from day %.4f, %.3f days: the drawings differ at byte %zu of %zu: %.200s",
                          i, first, days, at, n, text + MIN (n, at > 100 ? at - 100 : 0));
          g_assert_not_reached ();
        }
      g_assert_cmpuint (n_walked, ==, n_read);
      if (n_read > 0)
        n_points++;
      if (n_read > 400)
        n_dense++;
    }
  /* Not a blank view compared with itself. */
  g_assert_cmpuint (n_points, >=, N_VIEWS * 3 / 4);
  g_assert_cmpuint (n_dense, >=, N_VIEWS / 4);

  _sitrep_timeline_view_set_draw_path (SITREP_TIMELINE_VIEW (view), SITREP_TIMELINE_DRAW_AUTO);
  gtk_window_destroy (GTK_WINDOW (window));
  sitrep_test_wait_finalized (view, "the timeline view");
}

static gboolean
prebuilt (gpointer data)
{
  return !_sitrep_timeline_view_get_prebuilding (data);
}

/* A step of zoom by the keys (1.5 ×) or the wheel (e^0.25 ×), in or out,
 * or a pinch's small one, after the view sat idle: the frame finds the
 * summaries it reads made ahead, at idle, and makes none itself. */
static void
test_made_ahead (void)
{
  static const double steps[] = { 1 / 1.5, 1 / 1.5, 1 / 1.2840254166877414, 1.5, 1.05, 1.05, 1 / 1.5,
                                  1 / 1.2840254166877414, 1 / 1.05, 1.2840254166877414, 1.5, 1.5 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261205);
  g_autoptr(GArray) events = generate (rand, 40000, 6 * 365);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = sitrep_timeline_view_new ();
  SitrepTimelineView *tv = SITREP_TIMELINE_VIEW (view);
  guint made, made_drawing;
  guint n_drawn = 0;

  g_array_sort (events, compare_first);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 400);
  gtk_window_set_child (GTK_WINDOW (window), view);
  sitrep_timeline_view_set_events (tv, events);
  g_object_ref (view);
  gtk_window_present (GTK_WINDOW (window));
  sitrep_test_wait_until (view_sized, view, "the timeline laid out");
  /* The whole span and more: bars of a week or more. */
  sitrep_timeline_view_set_visible (tv, 737060 - 365, 737060 + 8 * 365);
  g_bytes_unref (draw (view, SITREP_TIMELINE_DRAW_AUTO, &n_drawn));
  g_assert_cmpuint (n_drawn, >, 100);
  sitrep_test_wait_until (prebuilt, view, "the next zooms' summaries made");
  made_drawing = _sitrep_timeline_view_get_n_built_drawing (tv);
  made = _sitrep_timeline_view_get_n_summaries (tv);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      sitrep_timeline_view_zoom (tv, steps[i], -1);
      g_bytes_unref (draw (view, SITREP_TIMELINE_DRAW_AUTO, &n_drawn));
      g_assert_cmpuint (_sitrep_timeline_view_get_n_built_drawing (tv), ==, made_drawing);
      sitrep_test_wait_until (prebuilt, view, "the next zooms' summaries made");
      /* Frames of the window itself, besides these, made none either. */
      g_assert_cmpuint (_sitrep_timeline_view_get_n_built_drawing (tv), ==, made_drawing);
    }
  /* The steps went through zooms that needed new summaries: at least one
   * per lane of four and each zoom out by the keys. */
  g_assert_cmpuint (_sitrep_timeline_view_get_n_summaries (tv) - made, >=, 4 * 4);

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

  g_test_add_data_func ("/gui/timeline-summary/same-as-walk", GINT_TO_POINTER (LAYOUT_LTR), test_same_as_walk);
  g_test_add_data_func ("/gui/timeline-summary/same-as-walk-rtl", GINT_TO_POINTER (LAYOUT_RTL), test_same_as_walk);
  g_test_add_data_func ("/gui/timeline-summary/same-as-walk-compact", GINT_TO_POINTER (LAYOUT_COMPACT),
                        test_same_as_walk);
  g_test_add_func ("/gui/timeline-summary/made-ahead", test_made_ahead);

  return g_test_run ();
}

/* test-gui-events-compact.c — the compact Events table beside the map at a laptop's size reads whole:
 * long event types and places take a second line instead of losing their ends (issue 10)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <shumate/shumate.h>
#include <string.h>

#include "sitrep-events-pane.h"
#include "sitrep-events-view.h"
#include "sitrep-map-view.h"
#include "sitrep-store.h"
#include "sitrep-test-util.h"
#include "sitrep-window.h"

typedef struct
{
  char           *dir;
  char           *path;
  SitrepStore    *store;
  SitrepWindow   *window;
  GtkCssProvider *css;
} Fixture;

/* Every ACLED event type, the longest first, and places of many letters. */
static const char *types[] = { "Explosions/Remote violence", "Violence against civilians", "Strategic developments",
                               "Battles", "Protests", "Riots", NULL };
static const char *places[] = { "Moadamiyat al-Sham", "Kobane/Ayn al Arab", "Deir ez Zor", "Jasim", "Nawa",
                                "Homs", NULL };

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const int *size = data;
  gint64 article;

  /* The app's style sheet, as AdwApplication loads it: the cells' padding. */
  f->css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (f->css, "/org/sitrep/Sitrep/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (f->css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  sitrep_test_set_window_size (size[0], size[1]);
  f->store = sitrep_test_create_project ("sitrep-events-compact-XXXXXX", &f->dir, &f->path);
  for (guint i = 0; types[i] != NULL; i++)
    {
      gint64 place = sitrep_test_add_place (f->store, places[i], 33.5 + i * 0.1, 36.3, "Rif Dimashq");
      g_autofree char *day = g_strdup_printf ("2022-10-%02u", i + 10);

      sitrep_test_add_event (f->store, day, NULL, 1, place, types[i], 5 + i);
    }
  article = sitrep_test_add_article (f->store, "Clashes in Jasim", "Clashes broke out in Jasim on Friday.\n");
  f->window = sitrep_test_open_article_window (f->store, article);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    sitrep_test_close_all_windows (g_steal_pointer (&f->window));
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (f->css));
  g_clear_object (&f->css);
}

static gboolean
table_compact_shown (gpointer data)
{
  Fixture *f = data;

  return sitrep_test_has_size (GTK_WIDGET (sitrep_window_get_events_view (f->window))) &&
         sitrep_events_pane_get_compact (sitrep_window_get_events_pane (f->window));
}

/* The labels shown under @widget whose text is one of @texts. */
static void
collect (GtkWidget          *widget,
         const char * const *texts,
         GPtrArray          *found)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strv_contains (texts, gtk_label_get_label (GTK_LABEL (widget))))
    g_ptr_array_add (found, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect (c, texts, found);
}

typedef struct
{
  GtkWidget          *table;
  const char * const *texts;
} Shown;

/* Every one of @texts is in a cell on screen. */
static gboolean
all_shown (gpointer data)
{
  Shown *s = data;
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (s->table, s->texts, found);
  return found->len >= g_strv_length ((char **) s->texts);
}

/* Beside the map at 1280×800 and 1366×768 the compact table shows every
 * type and place whole (the Type column cut "Explosions/Re…" to 95 px; its
 * tooltip and the card had it), without scrolling sideways, and the map
 * stays beside it. */
static void
test_types_read_whole (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  SitrepEventsView *view;
  GtkColumnView *table;
  GtkAdjustment *h;
  Shown s;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
  sitrep_test_wait_until (table_compact_shown, f, "the compact Events table beside the map");
  view = SITREP_EVENTS_VIEW (sitrep_window_get_events_view (f->window));
  table = sitrep_events_view_get_column_view (view);
  s.table = GTK_WIDGET (table);
  s.texts = types;
  sitrep_test_wait_until (all_shown, &s, "every type in the table");
  s.texts = places;
  sitrep_test_wait_until (all_shown, &s, "every place in the table");
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 3);
  g_assert_true (sitrep_test_has_size (GTK_WIDGET (sitrep_window_get_map_view (f->window))));

  collect (GTK_WIDGET (table), types, found);
  collect (GTK_WIDGET (table), places, found);
  for (guint i = 0; i < found->len; i++)
    {
      GtkLabel *label = found->pdata[i];

      if (pango_layout_is_ellipsized (gtk_label_get_layout (label)))
        g_error ("“%s” is cut in the compact table (%d px wide)", gtk_label_get_label (label),
                 gtk_widget_get_width (GTK_WIDGET (label)));
      g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (label)), <=, 2);
    }
  h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (table));
  g_assert_cmpfloat (gtk_adjustment_get_upper (h), <=, gtk_adjustment_get_page_size (h) + 1);
}

/* The first widget under @widget of @type, or with the CSS name @css_name. */
static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *css_name)
{
  if ((type != G_TYPE_INVALID && G_TYPE_CHECK_INSTANCE_TYPE (widget, type)) ||
      (css_name != NULL && g_strcmp0 (gtk_widget_get_css_name (widget), css_name) == 0))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_widget (c, type, css_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
toast_shown (gpointer data)
{
  GtkWidget *toast = find_widget (data, G_TYPE_INVALID, "toast");

  return toast != NULL && gtk_widget_get_mapped (toast) && gtk_widget_get_width (toast) > 0;
}

static gboolean
map_shown (gpointer data)
{
  Fixture *f = data;

  return sitrep_test_has_size (GTK_WIDGET (sitrep_window_get_map_view (f->window)));
}

/* The window's longest everyday toast (Suggest's "N suggestions to review:
 * Tab goes to the next ...") leaves the map's scale in sight: at 1280×800
 * it lay over the scale in the map's bottom left corner (issue 11's walk
 * of the whole loop). */
static void
test_toast_clear_of_scale (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  GtkWidget *map = GTK_WIDGET (sitrep_window_get_map_view (f->window));
  GtkWidget *scale, *toast;
  graphene_rect_t scale_box, toast_box, map_box;

  sitrep_test_wait_until (map_shown, f, "the map beside the reader");
  gtk_widget_activate_action (window, "win.show-message", "(sb)",
                              "45 suggestions to review: Tab goes to the next, Enter accepts, Delete rejects.",
                              FALSE);
  sitrep_test_wait_until (toast_shown, window, "the toast");
  sitrep_test_wait_frames (window, 30);
  scale = find_widget (map, SHUMATE_TYPE_SCALE, NULL);
  toast = find_widget (window, G_TYPE_INVALID, "toast");
  g_assert_nonnull (scale);
  g_assert_true (gtk_widget_get_mapped (scale));
  g_assert_true (gtk_widget_compute_bounds (scale, window, &scale_box));
  g_assert_true (gtk_widget_compute_bounds (toast, window, &toast_box));
  g_assert_true (gtk_widget_compute_bounds (map, window, &map_box));
  g_test_message ("scale %.0f,%.0f %.0fx%.0f; toast %.0f,%.0f %.0fx%.0f", scale_box.origin.x, scale_box.origin.y,
                  scale_box.size.width, scale_box.size.height, toast_box.origin.x, toast_box.origin.y,
                  toast_box.size.width, toast_box.size.height);
  /* On the map, and clear of the toast. */
  g_assert_true (graphene_rect_contains_rect (&map_box, &scale_box));
  g_assert_false (graphene_rect_intersection (&scale_box, &toast_box, NULL));
}

static const int laptop_1280[] = { 1280, 800 };
static const int laptop_1366[] = { 1366, 768 };

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/gui/events-compact/types-read-whole/1280x800", Fixture, laptop_1280, fixture_set_up,
              test_types_read_whole, fixture_tear_down);
  g_test_add ("/gui/events-compact/types-read-whole/1366x768", Fixture, laptop_1366, fixture_set_up,
              test_types_read_whole, fixture_tear_down);
  g_test_add ("/gui/events-compact/toast-clear-of-scale/1280x800", Fixture, laptop_1280, fixture_set_up,
              test_toast_clear_of_scale, fixture_tear_down);
  g_test_add ("/gui/events-compact/toast-clear-of-scale/1366x768", Fixture, laptop_1366, fixture_set_up,
              test_toast_clear_of_scale, fixture_tear_down);

  return g_test_run ();
}

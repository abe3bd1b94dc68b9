/* test-gui-arabic.c — Sitrep under an Arabic locale: the window mirrors, the
 * timeline keeps time left to right, Arabic and mixed reports read and label
 * exactly; under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-reader.h"
#include "sitrep-store.h"
#include "sitrep-timeline-view.h"
#include "sitrep-timeline-view-private.h"
#include "sitrep-window.h"
#include "sitrep-window-private.h"

/* The locale the suite runs in; build-aux/sitrep-dev generates it. */
#define ARABIC_LOCALE "ar_SY.UTF-8"

static gboolean locale_ok;

typedef struct
{
  char         *dir;
  char         *path;
  SitrepStore  *store;
  SitrepWindow *window;
  GSettings    *settings;
  gint64        events[3];
} Fixture;

static gint64
add_article (SitrepStore *store,
             const char  *title,
             const char  *body)
{
  g_autoptr(GError) error = NULL;
  SitrepImportRecord *record = sitrep_import_record_new ();
  gint64 id;

  record->title = g_strdup (title);
  record->body = g_strdup (body);
  record->source = g_strdup ("SOHR");
  record->original_name = g_strdup ("clipboard");
  record->original_type = g_strdup ("text/plain");
  record->published = g_strdup ("2022-03-05");
  record->published_precision = SITREP_DATE_PRECISION_DAY;
  id = sitrep_store_add_article (store, record, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  sitrep_import_record_free (record);

  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 daraa, aleppo;

  if (!locale_ok)
    {
      g_test_fail_printf ("The locale %s is missing: run build-aux/sitrep-dev deps "
                          "(or locale-gen %s) before this suite", ARABIC_LOCALE, ARABIC_LOCALE);
      return;
    }
  f->settings = g_settings_new (APP_ID);
  g_settings_set_string (f->settings, "annotator-name", "Tester");
  g_settings_set_int (f->settings, "window-width", 1280);
  g_settings_set_int (f->settings, "window-height", 800);
  g_settings_set_boolean (f->settings, "window-maximized", FALSE);
  g_settings_reset (f->settings, "timeline-height");
  g_settings_reset (f->settings, "timeline-lanes");

  f->dir = g_dir_make_tmp ("sitrep-arabic-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.sitrep", NULL);
  f->store = sitrep_store_create (f->path, &error);
  g_assert_no_error (error);

  add_article (f->store, "قصف على درعا", "قُتل ٣ مدنيين في قصف على درعا البلد.\n");
  add_article (f->store, "اشتباكات في حلب", "اشتباكات عنيفة في ريف حلب الشمالي.\n");

  daraa = sitrep_test_add_place (f->store, "درعا", 32.6189, 36.1021, "Daraa");
  aleppo = sitrep_test_add_place (f->store, "حلب", 36.2021, 37.1343, "Aleppo");
  f->events[0] = sitrep_test_add_event (f->store, "2022-01-10", NULL, 1, daraa, "Battles", 4);
  f->events[1] = sitrep_test_add_event (f->store, "2022-06-15", NULL, 1, aleppo, "Battles", 12);
  f->events[2] = sitrep_test_add_event (f->store, "2022-12-20", NULL, 1, daraa,
                                        "Explosions/Remote violence", 7);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    sitrep_test_close_window (g_steal_pointer (&f->window));
  g_clear_object (&f->store);
  g_clear_object (&f->settings);
  if (f->dir != NULL)
    sitrep_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static GtkWidget *
template_child (SitrepWindow *window,
                const char   *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (window), SITREP_TYPE_WINDOW, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

static graphene_rect_t
bounds_in_window (SitrepWindow *window,
                  GtkWidget    *widget)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds));
  return bounds;
}

static gboolean
list_shown (gpointer data)
{
  GtkWidget *list = template_child (data, "list_view");

  return gtk_widget_get_mapped (list) && gtk_widget_get_width (list) > 100;
}

/* Saves what the window shows as a PNG beside the test, for a person to
 * look at; returns its width. */
static int
save_window_png (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL
                                            ? g_getenv ("G_TEST_BUILDDIR") : ".", name, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gdk_paintable_get_intrinsic_width (paintable);
  int height = gdk_paintable_get_intrinsic_height (paintable);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("The window under %s: %s", ARABIC_LOCALE, path);

  return gdk_texture_get_width (texture);
}

/* GTK takes its direction from the translation of "default:LTR" in gtk40,
 * and GLib only translates a library's strings when the program itself is
 * translated into the user's language: without po/ar.po the window stayed
 * left to right under an Arabic locale. */
static void
test_locale_direction (Fixture       *f,
                       gconstpointer  data)
{
  if (!locale_ok)
    return;
  g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, ARABIC_LOCALE);
  g_assert_nonnull (strstr (gettext (""), "Language: ar"));
  g_assert_cmpstr (g_dgettext ("gtk40", "default:LTR"), ==, "default:RTL");
  g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_RTL);
}

static void
test_window_mirrored (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *list, *reader, *panel, *search;
  graphene_rect_t list_box, reader_box, panel_box;
  int width;

  if (!locale_ok)
    return;
  f->window = sitrep_test_open_window (f->store);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (f->window)), ==, GTK_TEXT_DIR_RTL);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (template_child (f->window, "sidebar_button")), TRUE);
  sitrep_test_wait_until (list_shown, f->window, "the article list");
  sitrep_test_spin (300);

  width = gtk_widget_get_width (GTK_WIDGET (f->window));
  g_assert_cmpint (width, <=, 1280);
  list = template_child (f->window, "list_view");
  reader = GTK_WIDGET (sitrep_window_get_reader (f->window));
  panel = GTK_WIDGET (sitrep_window_get_annotation_panel (f->window));
  search = template_child (f->window, "search_entry");
  list_box = bounds_in_window (f->window, list);
  reader_box = bounds_in_window (f->window, reader);

  /* The article list, at the start of the window, is on the right. */
  g_assert_cmpfloat (list_box.origin.x, >, width / 2.0);
  g_assert_cmpfloat (list_box.origin.x + list_box.size.width, >=, width - 40);
  g_assert_cmpfloat (reader_box.origin.x + reader_box.size.width, <=, list_box.origin.x + 1);
  g_assert_cmpfloat (bounds_in_window (f->window, search).origin.x, >, width / 2.0);
  /* The annotation panel, at the end, is on the left when it is shown. */
  if (gtk_widget_get_mapped (panel))
    {
      panel_box = bounds_in_window (f->window, panel);
      g_assert_cmpfloat (panel_box.origin.x + panel_box.size.width, <=, reader_box.origin.x + 1);
    }

  g_assert_cmpint (save_window_png (GTK_WIDGET (f->window), "arabic-window.png"), >, 0);
}

static gboolean
timeline_ready (gpointer data)
{
  SitrepTimelineView *view = _sitrep_window_get_timeline_view (data);

  return gtk_widget_get_mapped (GTK_WIDGET (view)) && gtk_widget_get_width (GTK_WIDGET (view)) > 400 &&
         sitrep_timeline_view_get_n_events (view) == 3;
}

static guint32
julian (const char *iso)
{
  GDate d;
  int y, m, dd;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &dd), ==, 3);
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, dd, m, y);
  return g_date_get_julian (&d);
}

/* Time runs left to right as on any calendar; the lane names stand at the
 * right edge, where an Arabic reader starts. */
static void
test_timeline_mirrored (Fixture       *f,
                        gconstpointer  data)
{
  SitrepTimelineView *view;
  double width, jan, jun, dec, lane_y;
  g_autofree char *lane = NULL;
  g_autofree char *left = NULL;
  g_autofree char *mark = NULL;

  if (!locale_ok)
    return;
  f->window = sitrep_test_open_window (f->store);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-timeline", NULL));
  sitrep_test_wait_until (timeline_ready, f->window, "the timeline with three events");
  view = _sitrep_window_get_timeline_view (f->window);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (view)), ==, GTK_TEXT_DIR_RTL);
  sitrep_timeline_view_zoom_to_fit (view);
  sitrep_test_spin (100);

  width = gtk_widget_get_width (GTK_WIDGET (view));
  jan = sitrep_timeline_view_day_to_x (view, julian ("2022-01-10"));
  jun = sitrep_timeline_view_day_to_x (view, julian ("2022-06-15"));
  dec = sitrep_timeline_view_day_to_x (view, julian ("2022-12-20"));
  g_assert_cmpfloat (jan, <, jun);
  g_assert_cmpfloat (jun, <, dec);
  /* The plot starts at the left edge and ends before the lane names. */
  g_assert_cmpfloat (jan, <, 60);
  g_assert_cmpfloat (dec, <, width - GUTTER);

  /* The lane names, in the gutter at the right; the plot at the left. */
  lane_y = CHART_HEIGHT + AXIS_HEIGHT + lane_height (view) / 2;
  lane = sitrep_timeline_view_dup_description_at (view, width - GUTTER / 2, lane_y);
  g_assert_nonnull (lane);
  left = sitrep_timeline_view_dup_description_at (view, 5, lane_y);
  g_assert_true (left == NULL || g_strcmp0 (left, lane) != 0);

  /* A click on the first event's mark, in widget coordinates, finds it. */
  for (guint row = 0; row < 3 && mark == NULL; row++)
    {
      double y = CHART_HEIGHT + AXIS_HEIGHT + lane_height (view) * (row + 0.5);

      mark = sitrep_timeline_view_dup_description_at (view, jan, y);
    }
  g_assert_nonnull (mark);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *localedir = NULL;

  /* The Arabic locale and translations, set before GTK starts, as a user's
   * session would: GTK decides the direction at gtk_init (). */
  g_setenv ("LC_ALL", ARABIC_LOCALE, TRUE);
  g_setenv ("LANGUAGE", "ar", TRUE);
  g_test_init (&argc, &argv, NULL);
  localedir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_init ();
  adw_init ();
  locale_ok = g_strcmp0 (setlocale (LC_MESSAGES, NULL), ARABIC_LOCALE) == 0;

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/gui/arabic/locale-direction", test_locale_direction);
  ADD ("/gui/arabic/window-mirrored", test_window_mirrored);
  ADD ("/gui/arabic/timeline-mirrored", test_timeline_mirrored);

#undef ADD

  return g_test_run ();
}

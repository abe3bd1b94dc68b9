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
#include "sitrep-suggestion-incident-item.h"
#include "sitrep-suggestion-item.h"
#include "sitrep-suggestion-review.h"
#include "sitrep-store.h"
#include "sitrep-store-claims.h"
#include "sitrep-story-export.h"
#include "sitrep-timeline-view.h"
#include "sitrep-window.h"
#include "sitrep-reader-test-private.h"
#include "sitrep-suggestion-list-private.h"
#include "sitrep-window-test-private.h"

/* The locale the suite runs in; build-aux/sitrep-dev generates it. */
#define ARABIC_LOCALE "ar_SY.UTF-8"

static gboolean locale_ok;

typedef struct _Shown Shown;
static void shown_clear (Shown *s);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Shown, shown_clear)

typedef struct
{
  char         *dir;
  char         *path;
  SitrepStore  *store;
  SitrepWindow *window;
  GSettings    *settings;
  gint64        events[3];
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
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

  f->store = sitrep_test_create_project ("sitrep-arabic-XXXXXX", &f->dir, &f->path);

  sitrep_test_add_article_full (f->store, "قصف على درعا", "قُتل ٣ مدنيين في قصف على درعا البلد.\n", "SOHR", "2022-03-05");
  sitrep_test_add_article_full (f->store, "اشتباكات في حلب", "اشتباكات عنيفة في ريف حلب الشمالي.\n", "SOHR", "2022-03-05");

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
  g_clear_object (&f->settings);
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
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

  return gtk_widget_get_mapped (list) && gtk_widget_get_width (list) > 100 &&
         adw_flap_get_reveal_progress (ADW_FLAP (template_child (data, "sidebar_flap"))) >= 1.0;
}

typedef struct
{
  GtkWidget     *widget;
  GskRenderNode *node;
  int            width;
  int            height;
} Painted;

/* The window's paintable draws nothing until the window has been drawn
 * once at its size: take its picture when it does. */
static gboolean
window_painted (gpointer data)
{
  Painted *p = data;
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (p->widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

  p->width = gdk_paintable_get_intrinsic_width (paintable);
  p->height = gdk_paintable_get_intrinsic_height (paintable);
  if (p->width <= 0 || p->height <= 0)
    return FALSE;
  gdk_paintable_snapshot (paintable, snapshot, p->width, p->height);
  g_clear_pointer (&p->node, gsk_render_node_unref);
  p->node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  return p->node != NULL;
}

/* Saves what the window shows as a PNG beside the test, for a person to
 * look at; returns its width. */
static int
save_window_png (GtkWidget  *widget,
                 const char *name)
{
  Painted painted = { widget, NULL, 0, 0 };
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL
                                            ? g_getenv ("G_TEST_BUILDDIR") : ".", name, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  sitrep_test_wait_until (window_painted, &painted, "the window to be drawn");
  texture = gsk_renderer_render_texture (renderer, painted.node,
                                         &GRAPHENE_RECT_INIT (0, 0, painted.width, painted.height));
  gsk_render_node_unref (painted.node);
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
  /* the empty annotation panel's button, the first a new user presses */
  g_assert_cmpstr (gettext ("_Suggest"), ==, "ا_قترح");
}

/* A message with a 64-bit number in it is translated: such strings are written
 * with <inttypes.h>'s PRId64, which xgettext and gettext understand, where
 * G_GINT64_FORMAT cut the string and left it in English. */
static void
test_numbered_message (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepArticle) missing = NULL;

  if (!locale_ok)
    return;
  missing = sitrep_store_get_article (f->store, 9999, &error);
  g_assert_null (missing);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, "لا يوجد مقال 9999 في هذا المشروع.");
}

static gboolean
review_listed (gpointer data)
{
  return sitrep_test_review_all_listed (sitrep_reader_get_suggestion_review (sitrep_window_get_reader (data)));
}

/* A count for people in the locale's grouping (ar_SY: "1,234"): the toast
 * of Suggest said "202917 new suggestions in 404 articles". The panel's
 * count and the toast, over a thousand suggestions. */
static void
test_counts_grouped (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GString) body = g_string_new (NULL);
  GtkLabel *count;
  const char *toast;
  gint64 article;

  if (!locale_ok)
    return;
  for (guint i = 0; i < 400; i++)
    g_string_append_printf (body, "Report %u. At least 20 civilians were killed in an airstrike on Daraa on "
                            "Saturday, according to the Syrian Observatory for Human Rights.\n", i);
  article = sitrep_test_add_article (f->store, "Many reports", body->str);
  f->window = sitrep_test_open_window (f->store);
  sitrep_test_show_article (f->window, article);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sitrep_window_get_reader (f->window)), "reader.suggest",
                                             NULL));
  sitrep_test_wait_until (review_listed, f->window, "the suggestions");
  count = sitrep_suggestion_list_get_count_label (SITREP_SUGGESTION_LIST (sitrep_test_template_child (f->window,
                                                                                                        "suggestion_list")));
  toast = sitrep_window_get_last_toast (f->window);
  g_test_message ("count “%s”, toast “%s”", gtk_label_get_text (count), toast);
  g_assert_true (g_regex_match_simple ("^[0-9]{1,3}(,[0-9]{3})+$", gtk_label_get_text (count), 0, 0));
  g_assert_nonnull (toast);
  g_assert_true (g_regex_match_simple ("[0-9],[0-9]{3}", toast, 0, 0));
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
  /* The list has slid all the way in and the window is laid out around it. */
  sitrep_test_wait_until (list_shown, f->window, "the article list");
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 2);

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
  /* Beside the reader, or over it from the right when the window is too
   * narrow for both beside the panel and the map (issue 10). */
  if (adw_flap_get_folded (ADW_FLAP (template_child (f->window, "sidebar_flap"))))
    g_assert_cmpfloat (reader_box.origin.x, <, list_box.origin.x);
  else
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
  SitrepTimelineView *view = sitrep_window_get_timeline_view (data);

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
  double width, jan, jun, dec, lane_y, lane_top = 0, lane_bottom, gutter_left;
  g_autofree char *lane = NULL;
  g_autofree char *left = NULL;
  g_autofree char *mark = NULL;

  if (!locale_ok)
    return;
  f->window = sitrep_test_open_window (f->store);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-timeline", NULL));
  sitrep_test_wait_until (timeline_ready, f->window, "the timeline with three events");
  view = sitrep_window_get_timeline_view (f->window);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (view)), ==, GTK_TEXT_DIR_RTL);
  /* Zooming sets the view's scale at once: day_to_x() reads it. */
  sitrep_timeline_view_zoom_to_fit (view);

  width = gtk_widget_get_width (GTK_WIDGET (view));
  jan = sitrep_timeline_view_day_to_x (view, julian ("2022-01-10"));
  jun = sitrep_timeline_view_day_to_x (view, julian ("2022-06-15"));
  dec = sitrep_timeline_view_day_to_x (view, julian ("2022-12-20"));
  g_assert_cmpfloat (jan, <, jun);
  g_assert_cmpfloat (jun, <, dec);
  /* The lane names, in the gutter at the right: the first row, from the top,
   * that the view describes at its right edge is the first lane's name. */
  for (double y = 1; y < gtk_widget_get_height (GTK_WIDGET (view)) && lane == NULL; y += 1)
    {
      lane = sitrep_timeline_view_dup_description_at (view, width - 3, y);
      lane_top = y;
    }
  g_assert_nonnull (lane);
  for (lane_bottom = lane_top; ; lane_bottom += 1)
    {
      g_autofree char *here = sitrep_timeline_view_dup_description_at (view, width - 3, lane_bottom + 1);

      if (g_strcmp0 (here, lane) != 0)
        break;
    }
  lane_y = (lane_top + lane_bottom) / 2;
  /* The gutter is where that row still says the lane's name; the plot, at
   * the left, says something else. */
  for (gutter_left = width - 3; gutter_left > 0; gutter_left -= 1)
    {
      g_autofree char *here = sitrep_timeline_view_dup_description_at (view, gutter_left - 1, lane_y);

      if (g_strcmp0 (here, lane) != 0)
        break;
    }
  g_assert_cmpfloat (gutter_left, >, width / 2);
  left = sitrep_timeline_view_dup_description_at (view, 5, lane_y);
  g_assert_true (left == NULL || g_strcmp0 (left, lane) != 0);

  /* The plot starts at the left edge and ends before the lane names. */
  g_assert_cmpfloat (jan, <, 60);
  g_assert_cmpfloat (dec, <, gutter_left);

  /* A click on the first event's mark, in widget coordinates, finds it. */
  for (double y = lane_top; y < gtk_widget_get_height (GTK_WIDGET (view)) && mark == NULL; y += 1)
    mark = sitrep_timeline_view_dup_description_at (view, jan, y);
  g_assert_nonnull (mark);
}

/* Reading and labelling Arabic and mixed reports */

struct _Shown
{
  Fixture *f;
  gint64   article;
  char    *body;
};

static void
shown_clear (Shown *s)
{
  g_free (s->body);
}

static gint64
import_fixture (Fixture    *f,
                const char *name,
                char      **body)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  char *nl;
  gint64 id;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  nl = strstr (text, "\n\n");
  g_assert_nonnull (nl);
  *nl = '\0';
  id = sitrep_test_add_article_full (f->store, text, nl + 2, "SOHR", "2022-03-05");
  *body = sitrep_store_get_article_body (f->store, id, NULL);
  g_assert_cmpstr (*body, ==, nl + 2);
  return id;
}

static gboolean
select_shown (gpointer data)
{
  Shown *s = data;

  return sitrep_window_select_article (s->f->window, s->article);
}

static gboolean
reader_shows (gpointer data)
{
  Shown *s = data;
  SitrepReader *reader = sitrep_window_get_reader (s->f->window);
  g_autofree char *text = sitrep_reader_dup_text (reader);
  GtkWidget *view = GTK_WIDGET (sitrep_reader_get_text_view (reader));

  return g_strcmp0 (text, s->body) == 0 && gtk_widget_get_mapped (view) && gtk_widget_get_width (view) > 200;
}

static void
show_fixture (Fixture    *f,
              Shown      *s,
              const char *name)
{
  s->f = f;
  s->article = import_fixture (f, name, &s->body);
  if (f->window == NULL)
    f->window = sitrep_test_open_window (f->store);
  sitrep_test_wait_until (select_shown, s, "the article in the list");
  sitrep_test_wait_until (reader_shows, s, "the article in the reader");
  /* The text view lays its lines out when it draws: glyph positions are final after. */
  sitrep_test_wait_frames (GTK_WIDGET (sitrep_reader_get_text_view (sitrep_window_get_reader (f->window))), 3);
}

static guint
offset_in (const char *body,
           const char *needle,
           guint       nth)
{
  const char *p = body;

  for (guint i = 0; i <= nth; i++)
    {
      p = strstr (i == 0 ? p : p + 1, needle);
      g_assert_nonnull (p);
    }
  return (guint) g_utf8_pointer_to_offset (body, p);
}

/* Where character @offset is drawn, in the text view's buffer coordinates. */
static GdkRectangle
glyph_at (GtkTextView *view,
          guint        offset)
{
  GtkTextIter iter;
  GdkRectangle rect;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (view), &iter, (int) offset);
  gtk_text_view_get_iter_location (view, &iter, &rect);
  return rect;
}

/* Each paragraph takes its direction from its own text: an Arabic one
 * starts at the right edge, an English one at the left, in a window that
 * runs right to left. */
static void
test_paragraph_direction (Fixture       *f,
                          gconstpointer  data)
{
  g_auto(Shown) ar = { 0 };
  g_auto(Shown) en = { 0 };
  GtkTextView *view;
  GdkRectangle visible, first, last;
  guint start, end;

  if (!locale_ok)
    return;
  show_fixture (f, &ar, "arabic-daraa.txt");
  view = sitrep_reader_get_text_view (sitrep_window_get_reader (f->window));
  gtk_text_view_get_visible_rect (view, &visible);

  /* The Arabic paragraph: its first letter at the right, its last word further left. */
  start = offset_in (ar.body, "قُتل", 0);
  first = glyph_at (view, start);
  last = glyph_at (view, start + 8);
  g_assert_cmpint (first.x, >, visible.width / 2);
  g_assert_cmpint (first.x, >, last.x);

  /* The English article: left to right from the left edge, and the Arabic
   * name it quotes runs right to left inside its line. */
  show_fixture (f, &en, "arabic-mixed-en.txt");
  start = offset_in (en.body, "At least", 0);
  first = glyph_at (view, start);
  g_assert_cmpint (first.x, <, visible.width / 4);
  g_assert_cmpint (glyph_at (view, start + 3).x, >, first.x);
  start = offset_in (en.body, "جاسم", 0);
  end = start + 3;
  g_assert_cmpint (glyph_at (view, start).y, ==, glyph_at (view, end).y);
  g_assert_cmpint (glyph_at (view, start).x, >, glyph_at (view, end).x);
  /* …and the English around it still runs left to right on both sides. */
  g_assert_cmpint (glyph_at (view, offset_in (en.body, "Jasim", 0)).x, <, glyph_at (view, end).x);
}

/* A selection in Arabic text becomes a span with the body's exact code
 * points, and its highlight covers those letters and no others. */
static void
test_selection_offsets (Fixture       *f,
                        gconstpointer  data)
{
  g_auto(Shown) s = { 0 };
  SitrepReader *reader;
  GtkTextBuffer *buffer;
  GtkTextTag *tag;
  const struct {
    const char *file;
    const char *text;      /* selected, and stored as it is */
    guint       nth;
    const char *label;
  } cases[] = {
    { "arabic-daraa.txt", "جاسم", 0, "Place" },
    { "arabic-daraa.txt", "٣٥ مدنياً", 0, "Killed" },
    { "arabic-daraa.txt", "تل الجـمـوع", 0, "Place" },
    { "arabic-mixed-ar.txt", "SAMS", 0, "Actor" },
    { "arabic-mixed-ar.txt", "12 شخصاً", 0, "Killed" },
    { "arabic-mixed-en.txt", "المرصد السوري لحقوق الإنسان", 0, "Actor" },
  };

  if (!locale_ok)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SitrepAnnotation) a = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *stored = NULL;
      guint start, len;
      GtkTextIter from, to, iter;
      gint64 id;

      g_test_message ("%s in %s", cases[i].text, cases[i].file);
      if (i == 0 || g_strcmp0 (cases[i].file, cases[i - 1].file) != 0)
        {
          shown_clear (&s);
          s.body = NULL;
          show_fixture (f, &s, cases[i].file);
        }
      reader = sitrep_window_get_reader (f->window);
      buffer = gtk_text_view_get_buffer (sitrep_reader_get_text_view (reader));
      start = offset_in (s.body, cases[i].text, cases[i].nth);
      len = (guint) g_utf8_strlen (cases[i].text, -1);
      gtk_text_buffer_get_iter_at_offset (buffer, &from, (int) start);
      gtk_text_buffer_get_iter_at_offset (buffer, &to, (int) (start + len));
      gtk_text_buffer_select_range (buffer, &from, &to);

      id = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, cases[i].label), &error);
      g_assert_no_error (error);
      g_assert_cmpint (id, >, 0);
      a = sitrep_store_get_annotation (f->store, id, NULL);
      g_assert_cmpuint (sitrep_annotation_get_start (a), ==, start);
      g_assert_cmpuint (sitrep_annotation_get_end (a), ==, start + len);
      g_assert_cmpstr (sitrep_annotation_get_text (a), ==, cases[i].text);
      stored = g_utf8_substring (s.body, sitrep_annotation_get_start (a), sitrep_annotation_get_end (a));
      g_assert_cmpstr (stored, ==, cases[i].text);

      /* The highlight: on every letter of the span, on none beside it. */
      tag = sitrep_reader_get_label_tag (reader, sitrep_test_label_id (f->store, cases[i].label));
      g_assert_nonnull (tag);
      for (guint o = start; o < start + len; o++)
        {
          gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) o);
          g_assert_true (gtk_text_iter_has_tag (&iter, tag));
        }
      gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) (start + len));
      g_assert_false (gtk_text_iter_has_tag (&iter, tag));
      if (start > 0)
        {
          gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) start - 1);
          g_assert_false (gtk_text_iter_has_tag (&iter, tag));
        }
      sitrep_reader_select_annotation (reader, 0, FALSE);
    }
}

static void
send_key (GtkWidget       *widget,
          guint            keyval,
          GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        g_signal_emit_by_name (c, "key-pressed", keyval, 0, state, &handled);
    }
  g_assert_true (handled);
}

/* Keyboard only, as with F7: in Arabic the Left key moves on through the
 * text, Shift+Left selects the next letters, a label key labels them and
 * Shift+Left widens the span by the next word. */
static void
test_caret_keys (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(Shown) s = { 0 };
  g_autoptr(SitrepAnnotation) a = NULL;
  g_autoptr(SitrepAnnotation) wider = NULL;
  SitrepReader *reader;
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextIter iter, sel_start, sel_end;
  guint start;
  gint64 id;

  if (!locale_ok)
    return;
  show_fixture (f, &s, "arabic-daraa.txt");
  reader = sitrep_window_get_reader (f->window);
  view = sitrep_reader_get_text_view (reader);
  buffer = gtk_text_view_get_buffer (view);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (reader), "reader.caret-browsing", NULL));
  g_assert_true (gtk_text_view_get_cursor_visible (view));
  start = offset_in (s.body, "بلدة جاسم", 0);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) start);
  gtk_text_buffer_place_cursor (buffer, &iter);

  /* Shift+Left four times: the first word, "بلدة", logically forward. */
  for (guint i = 0; i < 4; i++)
    g_signal_emit_by_name (view, "move-cursor", GTK_MOVEMENT_VISUAL_POSITIONS, -1, TRUE);
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &sel_start, &sel_end));
  g_assert_cmpint (gtk_text_iter_get_offset (&sel_start), ==, (int) start);
  g_assert_cmpint (gtk_text_iter_get_offset (&sel_end), ==, (int) start + 4);

  id = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Place"), NULL);
  g_assert_cmpint (id, >, 0);
  a = sitrep_store_get_annotation (f->store, id, NULL);
  g_assert_cmpstr (sitrep_annotation_get_text (a), ==, "بلدة");
  /* The label taken, the text selection goes and the span stays selected. */
  g_assert_false (gtk_text_buffer_get_has_selection (buffer));
  g_assert_cmpint (sitrep_reader_get_selected_annotation (reader), ==, id);

  /* Shift+Left on the selected span: its end takes the next word. */
  send_key (GTK_WIDGET (view), GDK_KEY_Left, GDK_SHIFT_MASK);
  wider = sitrep_store_get_annotation (f->store, id, NULL);
  g_assert_cmpstr (sitrep_annotation_get_text (wider), ==, "بلدة جاسم");
  g_assert_cmpuint (sitrep_annotation_get_start (wider), ==, start);
}

/* Whether @text has a Latin letter (an English word left untranslated). */
static gboolean
has_latin (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isalpha (*p))
      return TRUE;
  return FALSE;
}

static char *
suggestion_detail (SitrepSuggestKind kind,
                   const char       *text,
                   const char       *attributes,
                   gboolean          doubtful)
{
  SitrepStoredSuggestion *s = g_new0 (SitrepStoredSuggestion, 1);
  g_autoptr(SitrepSuggestionItem) item = NULL;

  s->id = 1;
  s->kind = kind;
  s->text = g_strdup (text);
  s->attributes = g_strdup (attributes);
  s->latitude = kind == SITREP_SUGGEST_PLACE ? 32.6189 : NAN;
  s->longitude = kind == SITREP_SUGGEST_PLACE ? 36.1021 : NAN;
  s->doubtful = doubtful;
  s->incident = -1;
  item = sitrep_suggestion_item_new (s);
  return sitrep_suggestion_item_dup_detail (item);
}

/* Every word of a suggestion row's line under its text is Arabic: the
 * label, the date's precision, the figure's qualifier, "doubtful", "new
 * entity" (the numbers and coordinates are numbers). */
static void
test_suggestion_rows (Fixture       *f,
                      gconstpointer  data)
{
  static const struct
  {
    SitrepSuggestKind kind;
    const char       *text;
    const char       *attributes;
  } cases[] = {
    { SITREP_SUGGEST_PLACE, "درعا", NULL },
    { SITREP_SUGGEST_ACTOR, "المرصد السوري", NULL },
    { SITREP_SUGGEST_PERSON, "أبو محمد", NULL },
    { SITREP_SUGGEST_KILLED, "١٢ مدنياً", "{\"count\":12,\"qualifier\":\"at_least\"}" },
    { SITREP_SUGGEST_WOUNDED, "٣٠ آخرون", "{\"count\":30,\"qualifier\":\"exact\"}" },
    { SITREP_SUGGEST_CAPTURED, "٥ أسرى", "{\"count\":5,\"qualifier\":\"about\"}" },
    { SITREP_SUGGEST_MISSING, "٣ مفقودين", "{\"count\":3,\"qualifier\":\"range\",\"low\":3,\"high\":4}" },
    { SITREP_SUGGEST_DATE, "يوم الثلاثاء", "{\"text\":\"يوم الثلاثاء\",\"date\":\"2022-10-14\",\"precision\":\"day\"}" },
    { SITREP_SUGGEST_DATE, "الشهر الماضي", "{\"text\":\"الشهر الماضي\",\"date\":\"2022-09-01\",\"date_end\":\"2022-09-30\",\"precision\":\"month\"}" },
    { SITREP_SUGGEST_CLAIMANT, "المرصد", NULL },
  };

  if (!locale_ok)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *detail = suggestion_detail (cases[i].kind, cases[i].text, cases[i].attributes, i == 0);

      g_test_message ("%s: %s", sitrep_suggest_kind_to_string (cases[i].kind), detail);
      g_assert_false (has_latin (detail));
      g_assert_null (strstr (detail, "· ·"));
    }
  /* A place linked to the gazetteer's Latin name: the name stays as it is,
   * and the parts are isolated so the Latin name moves nothing. */
  {
    SitrepStoredSuggestion *s = g_new0 (SitrepStoredSuggestion, 1);
    g_autoptr(SitrepSuggestionItem) item = NULL;
    g_autofree char *detail = NULL;

    s->kind = SITREP_SUGGEST_PLACE;
    s->text = g_strdup ("درعا");
    s->entity_name = g_strdup ("Dar‘ā");
    s->latitude = 32.6189;
    s->longitude = 36.1021;
    item = sitrep_suggestion_item_new (s);
    detail = sitrep_suggestion_item_dup_detail (item);
    g_assert_true (g_str_has_prefix (detail, "\u2068مكان\u2069 ← \u2068Dar‘ā\u2069 · \u2068\u206632.619, 36.102\u2069\u2069"));
  }
}

static SitrepProposedIncident *
incident_new (const char * const *figures,
              const char         *place,
              const char         *date,
              const char * const *actors)
{
  SitrepProposedIncident *incident = g_new0 (SitrepProposedIncident, 1);

  incident->id = 1;
  incident->figure_words = g_strdupv ((char **) figures);
  incident->figure_texts = g_strdupv ((char **) figures);
  incident->actor_texts = g_strdupv ((char **) actors);
  incident->place_text = g_strdup (place);
  incident->date_start = g_strdup (date);
  incident->latitude = incident->longitude = NAN;
  incident->event_type = "Battles";
  return incident;
}

static char *
incident_title (const char * const *figures,
                const char         *place,
                const char         *date,
                const char * const *actors,
                char              **detail)
{
  g_autoptr(SitrepSuggestionIncidentItem) item =
    sitrep_suggestion_incident_item_new (incident_new (figures, place, date, actors), NULL);

  if (detail != NULL)
    *detail = g_strdup (sitrep_suggestion_incident_item_get_detail (item));
  return g_strdup (sitrep_suggestion_incident_item_get_title (item));
}

/* An incident's title: its parts once each, however many are missing or
 * empty, each isolated where Arabic and Latin parts mix; the new event's
 * type in Arabic. */
static void
test_incident_title (Fixture       *f,
                     gconstpointer  data)
{
  const char *none[] = { NULL };
  const char *empty[] = { "", NULL };
  const char *marks[] = { "\u200f", NULL };
  const char *arabic[] = { "١٢ قتيلاً", "٣٠ جريحاً", NULL };
  const char *actors[] = { "داعش", NULL };
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL, *e = NULL, *detail = NULL;

  if (!locale_ok)
    return;
  /* No figure's words: the title starts with the place, no "·" before it. */
  a = incident_title (empty, "درعا", NULL, actors, &detail);
  g_assert_cmpstr (a, ==, "درعا · داعش");
  g_assert_false (has_latin (detail));
  g_assert_nonnull (strstr (detail, "معارك"));
  b = incident_title (none, "\u200f", "2022-10-14", actors, NULL);
  g_assert_null (strstr (b, "· ·"));
  g_assert_false (g_str_has_prefix (b, " ·"));
  /* Arabic figures, a Latin place: each part isolated, each once. */
  c = incident_title (arabic, "Jasim", NULL, actors, NULL);
  g_assert_cmpstr (c, ==, "\u2068١٢ قتيلاً\u2069، \u2068٣٠ جريحاً\u2069 · \u2068Jasim\u2069 · \u2068داعش\u2069");
  /* All Arabic: no marks. */
  d = incident_title (arabic, "درعا", NULL, marks, NULL);
  g_assert_cmpstr (d, ==, "١٢ قتيلاً، ٣٠ جريحاً · درعا");
  /* In a left-to-right interface, English parts are left alone. */
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
  e = incident_title ((const char *[]) { "12 killed", NULL }, "Jasim", NULL, (const char *[]) { "ISIS", NULL }, NULL);
  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  g_assert_cmpstr (e, ==, "12 killed · Jasim · ISIS");
}

static gboolean
suggest_finished (gpointer data)
{
  SitrepSuggestionReview *review = data;

  return !sitrep_suggestion_review_get_running (review) &&
         g_list_model_get_n_items (sitrep_suggestion_review_get_model (review)) > 0;
}

/* Pixels of the text view's last frame, premultiplied BGRA, a row each
 * @stride bytes. */
static guchar *
render_view (GtkWidget *view,
             int       *width,
             int       *height,
             gsize     *stride)
{
  Painted painted = { view, NULL, 0, 0 };
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (view));
  guchar *pixels;

  sitrep_test_wait_until (window_painted, &painted, "the text view to be drawn");
  texture = gsk_renderer_render_texture (renderer, painted.node,
                                         &GRAPHENE_RECT_INIT (0, 0, painted.width, painted.height));
  gsk_render_node_unref (painted.node);
  *width = gdk_texture_get_width (texture);
  *height = gdk_texture_get_height (texture);
  *stride = (gsize) *width * 4;
  pixels = g_malloc (*stride * (gsize) *height);
  gdk_texture_download (texture, pixels, *stride);
  return pixels;
}

/* How many strongly coloured pixels (an outline's dashes, not the grey
 * letters or the page) lie in the box around characters @start to @end,
 * a few pixels wider. */
static guint
coloured_around (GtkTextView *view,
                 guint        start,
                 guint        end)
{
  int width, height, x0 = G_MAXINT, x1 = G_MININT, y0 = G_MAXINT, y1 = G_MININT;
  gsize stride;
  g_autofree guchar *pixels = render_view (GTK_WIDGET (view), &width, &height, &stride);
  guint n = 0;

  for (guint i = start; i < end; i++)
    {
      GdkRectangle r = glyph_at (view, i);
      int wx, wy;

      gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, r.x, r.y, &wx, &wy);
      x0 = MIN (x0, MIN (wx, wx + r.width));
      x1 = MAX (x1, MAX (wx, wx + r.width));
      y0 = MIN (y0, wy);
      y1 = MAX (y1, wy + r.height);
    }
  for (int y = MAX (y0, 0); y < MIN (y1, height); y++)
    for (int x = MAX (x0 - 4, 0); x < MIN (x1 + 4, width); x++)
      {
        const guchar *p = pixels + (gsize) y * stride + (gsize) x * 4;
        int hi = MAX (p[0], MAX (p[1], p[2])), lo = MIN (p[0], MIN (p[1], p[2]));

        n += hi - lo > 60;
      }
  return n;
}

/* Suggest on an Arabic report: the figures at the start of its first line
 * are outlined like the rest. The first line in view was taken from its
 * left end, which in right to left text is where it ends, so the
 * suggestions before that end, less the longest suggestion, were not drawn
 * ("ثمانية"); and a number in an Arabic line ("٣٥") got a box of no width,
 * its start and the letter after it being at the same x. */
static void
test_suggestions_outlined (Fixture       *f,
                           gconstpointer  data)
{
  g_auto(Shown) ar = { 0 };
  SitrepReader *reader;
  GtkTextView *view;
  const char *words[] = { "٣٥", "ثمانية", "درعا" };

  if (!locale_ok)
    return;
  show_fixture (f, &ar, "arabic-daraa.txt");
  reader = sitrep_window_get_reader (f->window);
  view = sitrep_reader_get_text_view (reader);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (reader), "reader.suggest", NULL));
  sitrep_test_wait_until (suggest_finished, sitrep_reader_get_suggestion_review (reader), "Suggest to finish");
  sitrep_test_wait_frames (GTK_WIDGET (view), 3);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      guint start = offset_in (ar.body, words[i], 0);
      guint end = start + (guint) g_utf8_strlen (words[i], -1);
      guint n = coloured_around (view, start, end);

      g_test_message ("%s: %u coloured pixels around it", words[i], n);
      g_assert_cmpuint (n, >, 10);
    }
}

/* The card of an incident (presentation mode, story handouts) in Arabic:
 * an ACLED type in the interface's language, a source's figures joined
 * with the Arabic comma. It showed "Explosions/Remote violence" and
 * "SOHR: 7 قتيل, 3 جرحى". */
static void
test_card_translated (Fixture       *f,
                      gconstpointer  data)
{
  SitrepClaimDraft claim = SITREP_CLAIM_DRAFT_INIT;
  g_autoptr(SitrepStoryCard) card = NULL;
  g_autoptr(GError) error = NULL;

  if (!locale_ok)
    return;
  claim.kind = SITREP_CLAIM_WOUNDED;
  claim.count_low = 3;
  claim.claimant_text = "SOHR";
  sitrep_store_add_claim (f->store, f->events[2], &claim, &error);
  g_assert_no_error (error);

  card = sitrep_story_card_new (f->store, f->events[2], &error);
  g_assert_no_error (error);
  g_test_message ("%s | %s | %s", card->headline, card->event_type, card->sources);
  g_assert_cmpstr (card->headline, ==, g_dpgettext2 (GETTEXT_PACKAGE, "ACLED event type", "Explosions/Remote violence"));
  g_assert_cmpstr (card->headline, !=, "Explosions/Remote violence");
  g_assert_nonnull (strstr (card->sources, "، "));
  g_assert_null (strstr (card->sources, ", "));
}

int
main (int   argc,
      char *argv[])
{
  /* The Arabic locale and translations, set before GTK starts, as a user's
   * session would: GTK decides the direction at gtk_init (). */
  sitrep_test_init_in_locale (&argc, &argv, ARABIC_LOCALE);
  gtk_init ();
  adw_init ();
  locale_ok = g_strcmp0 (setlocale (LC_MESSAGES, NULL), ARABIC_LOCALE) == 0;

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/gui/arabic/locale-direction", test_locale_direction);
  ADD ("/gui/arabic/numbered-message", test_numbered_message);
  ADD ("/gui/arabic/counts-grouped", test_counts_grouped);
  ADD ("/gui/arabic/window-mirrored", test_window_mirrored);
  ADD ("/gui/arabic/timeline-mirrored", test_timeline_mirrored);
  ADD ("/gui/arabic/paragraph-direction", test_paragraph_direction);
  ADD ("/gui/arabic/selection-offsets", test_selection_offsets);
  ADD ("/gui/arabic/caret-keys", test_caret_keys);
  ADD ("/gui/arabic/suggestion-rows", test_suggestion_rows);
  ADD ("/gui/arabic/incident-title", test_incident_title);
  ADD ("/gui/arabic/suggestions-outlined", test_suggestions_outlined);
  ADD ("/gui/arabic/card-translated", test_card_translated);

#undef ADD

  return g_test_run ();
}

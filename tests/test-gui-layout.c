/* test-gui-layout.c — the window's content stays laid out and drawn as the user switches views at a laptop's size
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include <stdio.h>
#include <string.h>

#include "sitrep-article.h"
#include "sitrep-count-button.h"
#include "sitrep-import-job.h"
#include "sitrep-map-view-private.h"
#include "sitrep-reader.h"
#include "sitrep-reader-test-private.h"
#include "sitrep-test-util.h"
#include "sitrep-timeline-pane-private.h"
#include "sitrep-store.h"
#include "sitrep-window.h"

typedef struct
{
  char         *dir;
  SitrepStore  *store;
  SitrepWindow *window;
  int           width;
  int           height;
} Fixture;

/* A project like the demo: articles, and events at a few places, some
 * with no coordinates, so that the map, its "Unplaced" button, the Events
 * view and the timeline all have something to show. */
static const char *articles[] = {
  "Shelling reported near Jasim\n\n"
  "Residents said the shelling began at dawn near Jasim and lasted two hours; more than 20 "
  "were wounded.\n\nLocal officials reported damage to houses.\n",
  "Convoy reaches the northern villages\n\n"
  "A convoy of trucks carrying food reached the villages north of Aleppo on Tuesday after the "
  "road was reopened.\n\nAid workers said more convoys would follow.\n",
};

static void
fill_project (SitrepStore *store)
{
  static const struct { const char *name; double lat, lon; const char *admin1; } places[] = {
    { "Jasim", 32.9920, 36.0600, "Daraa" },
    { "Daraa", 32.6189, 36.1021, "Daraa" },
    { "Aleppo", 36.2021, 37.1343, "Aleppo" },
    { "Palmyra", 34.5560, 38.2670, "Homs" },
  };
  g_autoptr(GError) error = NULL;
  gint64 ids[G_N_ELEMENTS (places)];

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    ids[i] = sitrep_test_add_place (store, places[i].name, places[i].lat, places[i].lon, places[i].admin1);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *date = g_strdup_printf ("2016-%02u-%02u", 1 + i % 12, 1 + i % 28);

      sitrep_test_add_event (store, date, NULL, 1, i % 5 == 4 ? 0 : ids[i % 4],
                             i % 3 == 0 ? "Battles" : NULL, 1 + i % 17);
    }
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_assert_cmpint (sitrep_import_text (store, articles[i], NULL, &error), >, 0);
      g_assert_no_error (error);
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const int *size = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("sitrep-layout-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "layout.sitrep", NULL);
  f->store = sitrep_store_create (path, &error);
  g_assert_no_error (error);
  fill_project (f->store);

  sitrep_test_set_window_size (size[0], size[1]);
  f->width = size[0];
  f->height = size[1];
  f->window = g_object_ref (sitrep_window_new (NULL));
  gtk_window_present (GTK_WINDOW (f->window));
  sitrep_window_set_store (f->window, f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sitrep_test_close_window (f->window);
  g_clear_object (&f->store);
  sitrep_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gboolean
reader_shown (gpointer data)
{
  SitrepWindow *window = data;

  return sitrep_test_has_size (GTK_WIDGET (sitrep_window_get_reader (window))) &&
         sitrep_test_has_size (GTK_WIDGET (sitrep_window_get_map_view (window))) &&
         sitrep_test_has_size (GTK_WIDGET (sitrep_window_get_annotation_panel (window)));
}

static gboolean
reader_hidden (gpointer data)
{
  SitrepWindow *window = data;

  return !gtk_widget_get_mapped (GTK_WIDGET (sitrep_window_get_reader (window)));
}

/* A content area that is never laid out again is never drawn again either,
 * whatever its old allocation says. The content area is drawn: its snapshot holds a render node that covers
 * the area, which a widget GTK refuses to snapshot ("without a current
 * allocation") does not. */
static gboolean
content_draws (GtkWidget *content)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (content);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  graphene_rect_t bounds;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (content), gtk_widget_get_height (content));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return FALSE;
  gsk_render_node_get_bounds (node, &bounds);

  return bounds.size.width >= gtk_widget_get_width (content) / 2 &&
         bounds.size.height >= gtk_widget_get_height (content) / 2;
}

static void
switch_views (Fixture *f)
{
  GtkWidget *reader = GTK_WIDGET (sitrep_window_get_reader (f->window));
  GtkWidget *content;

  sitrep_test_wait_until (reader_shown, f->window, "reader, map and panel shown");
  content = gtk_widget_get_ancestor (reader, GTK_TYPE_PANED);
  while (gtk_widget_get_ancestor (gtk_widget_get_parent (content), GTK_TYPE_PANED) != NULL)
    content = gtk_widget_get_ancestor (gtk_widget_get_parent (content), GTK_TYPE_PANED);

  for (guint round = 0; round < 3; round++)
    {
      gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
      sitrep_test_wait_until (reader_hidden, f->window, "the Events view");
      gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-articles", NULL);
      sitrep_test_wait_until (reader_shown, f->window, "reader, map and panel again");
      sitrep_test_wait_frames (GTK_WIDGET (f->window), 3);
      g_assert_true (sitrep_test_has_size (content));
      g_assert_true (content_draws (content));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, f->width);
    }
}

static void
test_switch_views (Fixture       *f,
                   gconstpointer  data)
{
  switch_views (f);
}

/* The user goes to the Events view as the project opens and comes back
 * a moment later: meanwhile the hidden reader, panel and map took in the
 * first article. Coming back used to leave timeline_paned, which holds the
 * views, waiting for an allocation no frame gave it ("Trying to snapshot
 * GtkPaned … without a current allocation"): the content area stayed blank. */
static void
test_switch_views_while_opening (Fixture       *f,
                                 gconstpointer  data)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
  sitrep_test_wait_until (sitrep_test_reader_has_text, f->window, "the hidden reader to take in the first article");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-articles", NULL);
  switch_views (f);
}

static gboolean
events_shown (gpointer data)
{
  SitrepWindow *window = data;

  return sitrep_test_has_size (GTK_WIDGET (sitrep_window_get_events_view (window))) &&
         sitrep_test_has_size (GTK_WIDGET (sitrep_window_get_map_view (window)));
}

/* The Events view beside the map fits the screen it was opened on: at
 * 1024 px its table, card and map asked for 1,041 px, and the window grew
 * past the screen's edge (the close button and the map's menu cut off). */
static void
test_events_fit (Fixture       *f,
                 gconstpointer  data)
{
  int minimum = 0;

  sitrep_test_wait_until (reader_shown, f->window, "reader, map and panel shown");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
  sitrep_test_wait_until (events_shown, f->window, "the Events view beside the map");
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 3);
  gtk_widget_measure (GTK_WIDGET (f->window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_test_message ("the window needs %d px across", minimum);
  g_assert_cmpint (minimum, <=, f->width);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, f->width);
}

/* Beside the map, the annotation panel stays in the window, not folded away
 * over the text: at 1024 px the map took a third of the width and the panel
 * (and the list Suggest fills) was out of sight. The map gives way first and
 * keeps the least width it asks for. */
static void
test_panel_beside_map (Fixture       *f,
                       gconstpointer  data)
{
  AdwFlap *flap = ADW_FLAP (sitrep_test_template_child (f->window, "panel_flap"));
  GtkWidget *panel = GTK_WIDGET (sitrep_window_get_annotation_panel (f->window));
  GtkWidget *map = GTK_WIDGET (sitrep_window_get_map_view (f->window));
  graphene_rect_t bounds;
  int map_min = 0;

  sitrep_test_wait_until (reader_shown, f->window, "reader, map and panel shown");
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 3);
  gtk_widget_measure (map, GTK_ORIENTATION_HORIZONTAL, -1, &map_min, NULL, NULL, NULL);
  g_assert_true (gtk_widget_compute_bounds (panel, GTK_WIDGET (f->window), &bounds));
  g_test_message ("panel at %.0f, %.0f px wide; map %d px (at least %d); window %d px", bounds.origin.x,
                  bounds.size.width, gtk_widget_get_width (map), map_min, gtk_widget_get_width (GTK_WIDGET (f->window)));
  g_assert_false (adw_flap_get_folded (flap));
  g_assert_true (gtk_widget_get_mapped (panel));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (f->window)));
  g_assert_cmpint (gtk_widget_get_width (map), >=, map_min);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, f->width);
}

static gboolean
list_says_no_results (gpointer data)
{
  GtkStack *stack = GTK_STACK (sitrep_test_template_child (data, "list_stack"));

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "no-results") == 0;
}

/* "Only what is in view" on the map, and none of the project's articles
 * there: the reader said "Nothing to Read Yet — Import the reports you
 * want to code" over a project of 404 articles. It is a filter that left
 * nothing, as a search is: the list says so, the reader offers no import. */
static void
test_only_in_view_not_empty (Fixture       *f,
                             gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  GtkStack *empty = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (reader), SITREP_TYPE_READER, "empty_stack"));

  sitrep_test_wait_until (reader_shown, f->window, "reader, map and panel shown");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.map-only-in-view", NULL);
  sitrep_test_wait_until (list_says_no_results, f->window, "no article in view");
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (empty), !=, "no-articles");
}

/* A search that leaves nothing in the list, cleared: the article read before
 * it comes back, not the list's first (the reader jumped to the newest of
 * 404 articles after the map's Only What Is in View was turned off again). */
static void
test_filter_keeps_article (Fixture       *f,
                           gconstpointer  data)
{
  GListModel *model = sitrep_window_get_article_model (f->window);
  GtkEditable *search = GTK_EDITABLE (sitrep_test_template_child (f->window, "search_entry"));
  g_autoptr(SitrepArticle) last = NULL;
  SitrepTestArticleShown shown = { f->window, 0 };

  sitrep_test_wait_until (reader_shown, f->window, "reader, map and panel shown");
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 2);
  last = g_list_model_get_item (model, g_list_model_get_n_items (model) - 1);
  shown.article = sitrep_article_get_id (last);
  g_assert_true (sitrep_window_select_article (f->window, shown.article));
  sitrep_test_wait_until (sitrep_test_reader_shows, &shown, "the list's last article in the reader");

  gtk_editable_set_text (search, "zzqqxx");
  sitrep_test_wait_until (list_says_no_results, f->window, "no article found");
  gtk_editable_set_text (search, "");
  sitrep_test_wait_until (sitrep_test_reader_shows, &shown, "the same article back in the reader");
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 2);
  g_assert_true (sitrep_test_reader_shows (&shown));
}

static void
test_switch_views_timeline (Fixture       *f,
                            gconstpointer  data)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-timeline", NULL);
  switch_views (f);
}

static gboolean
timeline_settled (gpointer data)
{
  SitrepWindow *window = data;
  SitrepTimelinePane *pane = sitrep_window_get_timeline_pane (window);

  return sitrep_test_has_size (GTK_WIDGET (pane)) && !sitrep_timeline_pane_is_height_pending (pane);
}

/* With the timeline open on a laptop's screen, the reader and the panel's
 * review list above it keep the room a coder needs: the timeline's default
 * height (220 px) left the panel three proposed incidents and a row or two
 * of suggestions at 1280 × 800. A height the user chose is theirs. */
static void
test_review_room (Fixture       *f,
                  gconstpointer  data)
{
  GtkPaned *paned = GTK_PANED (sitrep_test_template_child (f->window, "timeline_paned"));
  GtkWidget *stack = sitrep_test_template_child (f->window, "main_stack");
  GtkWidget *end;
  int end_min = 0, room;

  sitrep_test_wait_until (reader_shown, f->window, "the reader, the panel and the map");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-timeline", NULL);
  sitrep_test_wait_until (timeline_settled, f->window, "the timeline to settle at its height");
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 2);
  end = gtk_paned_get_end_child (paned);
  gtk_widget_measure (end, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (end), &end_min, NULL, NULL, NULL);
  room = MIN (600, gtk_widget_get_height (GTK_WIDGET (paned)) - end_min) - 8;
  g_test_message ("views above %d px (want %d), timeline %d px (at least %d)", gtk_widget_get_height (stack), room,
                  gtk_widget_get_height (end), end_min);
  g_assert_cmpint (gtk_widget_get_height (stack), >=, room);
  g_assert_cmpint (gtk_widget_get_height (end), >=, end_min);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (sitrep_window_get_reader (f->window))), >=, 300);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (sitrep_window_get_annotation_panel (f->window))), >=, room - 60);
}

/* Every colour style.css names exists in the libadwaita it runs on, light
 * and dark: a name from a later libadwaita (@sidebar_bg_color is 1.4's)
 * makes its rule draw nothing, and the folded sidebar showed the reader
 * through it. */
static void
test_style_colors (void)
{
  g_autoptr(GBytes) css = g_resources_lookup_data ("/org/sitrep/Sitrep/style.css", 0, NULL);
  g_autoptr(GRegex) named = g_regex_new ("@([a-z_]+)", 0, 0, NULL);
  g_autoptr(GRegex) defined = g_regex_new ("@define-color\\s+([a-z_]+)", 0, 0, NULL);
  g_autoptr(GHashTable) own = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  GtkWidget *label = gtk_label_new ("x");
  GtkWidget *window = gtk_window_new ();
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GMatchInfo) match = NULL;
  const char *text;
  guint n = 0;

  g_assert_nonnull (css);
  text = g_bytes_get_data (css, NULL);
  gtk_css_provider_load_from_data (provider, text, (gssize) g_bytes_get_size (css));
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_window_set_child (GTK_WINDOW (window), label);
  for (g_regex_match (defined, text, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    g_hash_table_add (own, g_match_info_fetch (match, 1));
  g_clear_pointer (&match, g_match_info_unref);

  for (int dark = 0; dark < 2; dark++)
    {
      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      for (g_regex_match (named, text, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
        {
          g_autofree char *name = g_match_info_fetch (match, 1);
          GdkRGBA rgba;

          if (g_str_equal (name, "define") || g_str_equal (name, "media") || g_str_equal (name, "import"))
            continue;
          G_GNUC_BEGIN_IGNORE_DEPRECATIONS
          if (!g_hash_table_contains (own, name) &&
              !gtk_style_context_lookup_color (gtk_widget_get_style_context (label), name, &rgba))
            g_error ("style.css uses @%s, which libadwaita %d.%d does not define (%s style)", name,
                     adw_get_major_version (), adw_get_minor_version (), dark ? "dark" : "light");
          G_GNUC_END_IGNORE_DEPRECATIONS
          n++;
        }
      g_clear_pointer (&match, g_match_info_unref);
    }
  g_assert_cmpuint (n, >, 20);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window opens at the size it was closed at, and maximized if it was:
 * GtkWindow's construct properties once undid a maximize made while the
 * window was initialised, so a window closed maximized came back at its
 * old size. */
static void
test_window_state (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWindow *window;
  int width = 0, height = 0;

  g_settings_set_int (settings, "window-width", 1000);
  g_settings_set_int (settings, "window-height", 600);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  window = GTK_WINDOW (sitrep_window_new (NULL));
  gtk_window_get_default_size (window, &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 600);
  g_assert_false (gtk_window_is_maximized (window));
  gtk_window_destroy (window);

  g_settings_set_boolean (settings, "window-maximized", TRUE);
  window = GTK_WINDOW (sitrep_window_new (NULL));
  g_assert_true (gtk_window_is_maximized (window));
  gtk_window_destroy (window);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");
}

typedef struct
{
  SitrepWindow *window;
  gint64        article;
  guint         top;      /* the first character in view, when set */
  gboolean      check_top;
} ReadWait;

static gboolean
reader_at (gpointer data)
{
  ReadWait *w = data;
  SitrepReader *reader = sitrep_window_get_reader (w->window);
  SitrepArticle *a = sitrep_reader_get_article (reader);
  guint top;

  if (a == NULL || sitrep_article_get_id (a) != w->article || !sitrep_test_has_size (GTK_WIDGET (reader)))
    return FALSE;
  top = sitrep_reader_get_top_offset (reader);
  /* The same line at the top (a line is a few dozen characters). */
  return !w->check_top || (top <= w->top + 80 && top + 80 >= w->top);
}

/* The text view lays out its lines a few at a time: 150 paragraphs are
 * far more than a page. */
static gboolean
laid_out (gpointer data)
{
  GtkAdjustment *vadj = data;

  return gtk_adjustment_get_upper (vadj) > 8 * gtk_adjustment_get_page_size (vadj);
}

static GtkScrolledWindow *
reader_scroller (SitrepReader *reader)
{
  GtkWidget *w = gtk_widget_get_ancestor (GTK_WIDGET (sitrep_reader_get_text_view (reader)),
                                          GTK_TYPE_SCROLLED_WINDOW);

  g_assert_nonnull (w);
  return GTK_SCROLLED_WINDOW (w);
}

typedef struct
{
  SitrepStore *store;
  ReadWait    *w;
} SavedWait;

/* The project itself holds the article and the line in view. */
static gboolean
position_in_project (gpointer data)
{
  SavedWait *s = data;
  g_autofree char *value = sitrep_store_get_meta (s->store, "reading-position");
  gint64 id;
  guint top;

  if (value == NULL || sscanf (value, "%" G_GINT64_FORMAT " %u", &id, &top) != 2)
    return FALSE;
  return id == s->w->article && top <= s->w->top + 80 && top + 80 >= s->w->top;
}

/* A project reopens on the article last read in it, where it was read, not
 * on the list's first (the newest) at its top. With @in_project, from
 * what the project holds: where the reader rests is saved in it while the
 * window is open (a crash lost the place), and read back with the
 * settings forgotten (another machine; settings kept in memory lost the
 * article the walk was reading). */
static void
reopen_where_read (Fixture  *f,
                   gboolean  in_project)
{
  g_autoptr(GString) body = g_string_new ("A long report from Daraa\n\n");
  g_autoptr(GError) error = NULL;
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  GtkAdjustment *vadj;
  GListModel *model;
  ReadWait w = { f->window, 0, 0, FALSE };
  gint64 newest;

  /* Paragraphs of several lines each: the place read is a line, not the
   * start of its paragraph. */
  for (guint i = 0; i < 40; i++)
    {
      g_string_append_printf (body, "Paragraph %u of the report:", i);
      for (guint k = 0; k < 6; k++)
        g_string_append_printf (body, " Residents of the town said the shelling went on through night %u and "
                                "that the roads out of it were closed.", k);
      g_string_append (body, "\n\n");
    }
  w.article = sitrep_import_text (f->store, body->str, NULL, &error);
  g_assert_no_error (error);
  newest = sitrep_import_text (f->store, "The newest report\n\nA short one, imported last.\n", NULL, &error);
  g_assert_no_error (error);

  sitrep_test_wait_until (reader_shown, f->window, "reader, map and panel shown");
  while (!sitrep_window_select_article (f->window, w.article))
    g_main_context_iteration (NULL, TRUE);
  sitrep_test_wait_until (reader_at, &w, "the long report in the reader");
  model = sitrep_window_get_article_model (f->window);
  {
    g_autoptr(SitrepArticle) first = g_list_model_get_item (model, 0);

    /* The list's first is another article: opening there is not remembering. */
    g_assert_cmpint (sitrep_article_get_id (first), !=, w.article);
    (void) newest;
  }

  /* Read down to two thirds of it, once it is laid out. */
  vadj = gtk_scrolled_window_get_vadjustment (reader_scroller (reader));
  sitrep_test_wait_until (laid_out, vadj, "the long report laid out");
  gtk_adjustment_set_value (vadj, gtk_adjustment_get_upper (vadj) * 2 / 3);
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 2);
  w.top = sitrep_reader_get_top_offset (reader);
  g_assert_cmpuint (w.top, >, body->len / 2);
  {
    GtkTextView *view = sitrep_reader_get_text_view (reader);
    GtkTextIter at;
    int bx, by;

    /* The line at the top, not its paragraph's first line pages above. */
    gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, 0, 0, &bx, &by);
    gtk_text_view_get_iter_at_location (view, &at, bx, by);
    g_assert_cmpint (ABS ((int) w.top - gtk_text_iter_get_offset (&at)), <, 80);
  }

  if (in_project)
    {
      SavedWait saved = { f->store, &w };

      sitrep_test_wait_until (position_in_project, &saved, "where the reader rests saved in the project");
    }
  /* Closed and opened again. */
  sitrep_window_set_store (f->window, NULL);
  if (in_project)
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);

      g_settings_reset (settings, "reading-positions");
    }
  sitrep_window_set_store (f->window, f->store);
  w.check_top = TRUE;
  sitrep_test_wait_until (reader_at, &w, "the long report again, where it was read");
}

static void
test_reopen_where_read (Fixture       *f,
                        gconstpointer  data)
{
  reopen_where_read (f, FALSE);
}

static void
test_reopen_from_project (Fixture       *f,
                          gconstpointer  data)
{
  reopen_where_read (f, TRUE);
}

/* ------------------------------------------------------------ map toolbar */

static GtkWidget *
find_with_class (GtkWidget  *widget,
                 const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_with_class (c, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Labels under @widget that Pango cut short ("Unplac…", "Pla…"). */
static guint
count_ellipsized (GtkWidget *widget)
{
  guint n = 0;

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
    n++;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += count_ellipsized (c);
  return n;
}

/* A label under @widget shows @text whole. */
static gboolean
shows_whole (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text) &&
      !pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (shows_whole (c, text))
      return TRUE;
  return FALSE;
}

typedef struct
{
  SitrepWindow *window;
  guint         n_controls;  /* mapped controls of the map's toolbar, at least */
} ToolbarWait;

/* Both counting buttons are up and the toolbar is laid out with them. */
static gboolean
toolbar_counts_shown (gpointer data)
{
  ToolbarWait *w = data;
  GtkWidget *map = GTK_WIDGET (sitrep_window_get_map_view (w->window));
  GtkWidget *toolbar = find_with_class (map, "map-toolbar");
  guint n = 0;

  if (toolbar == NULL || !sitrep_test_has_size (toolbar))
    return FALSE;
  for (GtkWidget *c = gtk_widget_get_first_child (toolbar); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_BUTTON (c) || GTK_IS_MENU_BUTTON (c))
      n += gtk_widget_get_mapped (c) && gtk_widget_is_sensitive (c);
  return n >= w->n_controls;
}

/* With the article list shown at a laptop's size, the map's toolbar reads in
 * full: In View, the unplaced events' count, the article's places placed of
 * named and the menu each get the width they ask for, no label is cut
 * short ("Unplaced: …" and "Places: …" were, at 1280 px), and each holds
 * a name for a screen reader and a tooltip. At 1024 px the words give way
 * to an icon, whole, the counts in sight ("Unpla… 12", "Unplac…" and
 * "… laced: 12" were). */
static void
test_map_toolbar_fits (Fixture       *f,
                       gconstpointer  data)
{
  ToolbarWait w = { f->window, 4 };
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkWidget *map, *toolbar;
  const char *at;
  gint64 place;

  sitrep_test_wait_until (reader_shown, f->window, "reader, map and panel shown");
  /* A place named in the article: the Places button counts it. */
  text = sitrep_reader_dup_text (reader);
  at = strstr (text, "Jasim") != NULL ? "Jasim" : "Aleppo";
  place = sitrep_test_add_place (f->store, at, 36.2, 37.1, NULL);
  {
    glong start = g_utf8_pointer_to_offset (text, strstr (text, at));

    g_assert_cmpint (sitrep_store_add_annotation (f->store, sitrep_article_get_id (sitrep_reader_get_article (reader)),
                                                  sitrep_test_label_id (f->store, "Place"), start,
                                                  start + (glong) strlen (at), 0, place, NULL, &error), >, 0);
    g_assert_no_error (error);
  }
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.toggle-sidebar", NULL);
  sitrep_test_wait_until (toolbar_counts_shown, &w, "the map's toolbar with both counts");
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 3);

  map = GTK_WIDGET (sitrep_window_get_map_view (f->window));
  toolbar = find_with_class (map, "map-toolbar");
  g_assert_cmpuint (sitrep_map_view_get_n_unplaced (sitrep_window_get_map_view (f->window)), >, 0);
  for (GtkWidget *c = gtk_widget_get_first_child (toolbar); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkAllocation allocation;
      graphene_rect_t bounds;
      int natural = 0;

      if (!gtk_widget_get_mapped (c) || GTK_IS_LABEL (c))
        continue;
      gtk_widget_measure (c, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      /* The allocation holds what the natural size measures (the CSS box, not just the content). */
      gtk_widget_get_allocation (c, &allocation);
      if (f->width >= 1280)
        g_assert_cmpint (allocation.width, >=, natural);
      g_assert_true (gtk_widget_compute_bounds (c, map, &bounds));
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (map));
      g_assert_nonnull (gtk_widget_get_tooltip_text (c));
      /* No word is cut at any size ("Unplac…" hid the count, "… laced: 8"
       * cut the words' start, "Unpla… 8" read badly at 1024 px): where the
       * words have no room, an icon stands for them, the count beside it. */
      g_assert_cmpuint (count_ellipsized (c), ==, 0);
      if (GTK_IS_MENU_BUTTON (c) && SITREP_IS_COUNT_LABEL (gtk_menu_button_get_child (GTK_MENU_BUTTON (c))))
        {
          GtkWidget *label = gtk_menu_button_get_child (GTK_MENU_BUTTON (c));
          gboolean icon = FALSE;

          for (GtkWidget *k = gtk_widget_get_first_child (label); k != NULL; k = gtk_widget_get_next_sibling (k))
            icon |= GTK_IS_IMAGE (k) && gtk_widget_get_mapped (k);
          g_test_message ("%s: words %s", gtk_widget_get_tooltip_text (c),
                          sitrep_count_button_shows_words (GTK_MENU_BUTTON (c)) ? "whole" : "as an icon");
          g_assert_true (icon != sitrep_count_button_shows_words (GTK_MENU_BUTTON (c)));
          if (f->width >= 1280)
            g_assert_true (sitrep_count_button_shows_words (GTK_MENU_BUTTON (c)));
        }
    }
  {
    g_autofree char *unplaced = g_strdup_printf ("%u", sitrep_map_view_get_n_unplaced (sitrep_window_get_map_view (f->window)));

    g_assert_true (shows_whole (toolbar, unplaced));
    g_assert_true (shows_whole (toolbar, "1/1"));
  }
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, f->width);
}

/* ------------------------------------------------------------ first focus */

static gboolean
text_has_article_and_focus (gpointer data)
{
  SitrepWindow *window = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return sitrep_test_reader_has_text (window) && focus != NULL &&
         (focus == GTK_WIDGET (sitrep_reader_get_text_view (sitrep_window_get_reader (window))) ||
          gtk_widget_is_ancestor (focus, GTK_WIDGET (sitrep_reader_get_text_view (sitrep_window_get_reader (window)))));
}

/* A project opens with the keys in its text: Shift+Ctrl+S (Suggest), Tab
 * through suggestions, a label's key went to no widget (or the map's
 * toolbar), so the reader's keys did nothing until the user clicked the
 * text. Once the user is somewhere (the article list), choosing another
 * article leaves the keys there. */
static void
test_keys_in_text (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *model;
  GtkWidget *search;

  sitrep_test_wait_until (reader_shown, f->window, "reader, map and panel shown");
  sitrep_test_wait_until (text_has_article_and_focus, f->window, "the keys in the article's text");

  /* The user goes to the search field and picks the other article: the keys stay there. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.find", NULL);
  search = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (search);
  g_assert_false (text_has_article_and_focus (f->window));
  model = sitrep_window_get_article_model (f->window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  {
    g_autoptr(SitrepArticle) second = g_list_model_get_item (model, 1);

    while (!sitrep_window_select_article (f->window, sitrep_article_get_id (second)))
      g_main_context_iteration (NULL, TRUE);
  }
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 3);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == search ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), search) ||
                 gtk_widget_is_ancestor (search, gtk_root_get_focus (GTK_ROOT (f->window))));
}

/* ------------------------------------------------------------ label bar */

static gboolean
bar_laid_out (gpointer data)
{
  return gtk_widget_get_mapped (data) && sitrep_test_has_size (data);
}

/* The bar of labels by a mouse selection fits the reader's column at a
 * laptop's size: it was 665 px wide beside a 590 px column and covered the
 * annotation panel. Every label is still on it (and "more"), in view. */
static void
test_label_bar_fits (Fixture       *f,
                     gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  g_autoptr(GPtrArray) labels = NULL;
  GtkWidget *bar, *flow;
  guint n_buttons = 0;

  sitrep_test_wait_until (reader_shown, f->window, "reader, map and panel shown");
  sitrep_test_wait_until (sitrep_test_reader_has_text, f->window, "the article in the reader");
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 2);
  sitrep_test_select_range (reader, 0, 8);
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.offer-labels", NULL);
  bar = _sitrep_reader_get_label_bar (reader);
  g_assert_nonnull (bar);
  sitrep_test_wait_until (bar_laid_out, bar, "the label bar laid out");

  labels = sitrep_store_list_labels (f->store, NULL);
  flow = sitrep_test_find_descendant (bar, GTK_TYPE_FLOW_BOX);
  g_assert_nonnull (flow);
  /* What the user sees of the bar: its contents box (the popover's
   * allocation adds its transparent shadow). */
  g_assert_cmpint (gtk_widget_get_width (gtk_widget_get_parent (flow)), <=, gtk_widget_get_width (GTK_WIDGET (reader)));
  g_assert_cmpint (gtk_widget_get_width (flow), >, 0);
  for (GtkWidget *c = gtk_widget_get_first_child (flow); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      g_assert_true (gtk_widget_get_mapped (c));
      g_assert_true (sitrep_test_has_size (c));
      n_buttons++;
    }
  g_assert_cmpuint (n_buttons, ==, labels->len + 1);
}

static const int size_1280x800[] = { 1280, 720 };
static const int size_1366x768[] = { 1366, 700 };
static const int size_1024x700[] = { 1024, 700 };

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* As G_DEBUG=fatal-warnings: GTK's "Trying to snapshot … without a
   * current allocation" is a warning, and it is the bug these tests catch. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/gui/layout/style-colors", test_style_colors);
  g_test_add_func ("/gui/layout/window-state", test_window_state);
  g_test_add ("/gui/layout/switch-views/1280x800", Fixture, size_1280x800,
              fixture_set_up, test_switch_views, fixture_tear_down);
  g_test_add ("/gui/layout/switch-views/1366x768", Fixture, size_1366x768,
              fixture_set_up, test_switch_views, fixture_tear_down);
  g_test_add ("/gui/layout/switch-views-while-opening/1280x800", Fixture, size_1280x800,
              fixture_set_up, test_switch_views_while_opening, fixture_tear_down);
  g_test_add ("/gui/layout/switch-views-while-opening/1366x768", Fixture, size_1366x768,
              fixture_set_up, test_switch_views_while_opening, fixture_tear_down);
  g_test_add ("/gui/layout/reopen-where-read/1280x800", Fixture, size_1280x800,
              fixture_set_up, test_reopen_where_read, fixture_tear_down);
  g_test_add ("/gui/layout/reopen-from-project/1280x800", Fixture, size_1280x800,
              fixture_set_up, test_reopen_from_project, fixture_tear_down);
  g_test_add ("/gui/layout/map-toolbar-fits/1280x800", Fixture, size_1280x800,
              fixture_set_up, test_map_toolbar_fits, fixture_tear_down);
  g_test_add ("/gui/layout/map-toolbar-fits/1366x768", Fixture, size_1366x768,
              fixture_set_up, test_map_toolbar_fits, fixture_tear_down);
  g_test_add ("/gui/layout/map-toolbar-fits/1024x700", Fixture, size_1024x700,
              fixture_set_up, test_map_toolbar_fits, fixture_tear_down);
  g_test_add ("/gui/layout/events-fit/1024x700", Fixture, size_1024x700,
              fixture_set_up, test_events_fit, fixture_tear_down);
  g_test_add ("/gui/layout/panel-beside-map/1024x700", Fixture, size_1024x700,
              fixture_set_up, test_panel_beside_map, fixture_tear_down);
  g_test_add ("/gui/layout/panel-beside-map/1280x800", Fixture, size_1280x800,
              fixture_set_up, test_panel_beside_map, fixture_tear_down);
  g_test_add ("/gui/layout/only-in-view-not-empty/1280x800", Fixture, size_1280x800,
              fixture_set_up, test_only_in_view_not_empty, fixture_tear_down);
  g_test_add ("/gui/layout/filter-keeps-article/1280x800", Fixture, size_1280x800,
              fixture_set_up, test_filter_keeps_article, fixture_tear_down);
  g_test_add ("/gui/layout/keys-in-text/1280x800", Fixture, size_1280x800,
              fixture_set_up, test_keys_in_text, fixture_tear_down);
  g_test_add ("/gui/layout/label-bar-fits/1280x800", Fixture, size_1280x800,
              fixture_set_up, test_label_bar_fits, fixture_tear_down);
  g_test_add ("/gui/layout/label-bar-fits/1366x768", Fixture, size_1366x768,
              fixture_set_up, test_label_bar_fits, fixture_tear_down);
  g_test_add ("/gui/layout/review-room/1280x800", Fixture, size_1280x800,
              fixture_set_up, test_review_room, fixture_tear_down);
  g_test_add ("/gui/layout/review-room/1366x768", Fixture, size_1366x768,
              fixture_set_up, test_review_room, fixture_tear_down);
  g_test_add ("/gui/layout/switch-views-timeline/1280x800", Fixture, size_1280x800,
              fixture_set_up, test_switch_views_timeline, fixture_tear_down);

  return g_test_run ();
}

/* test-gui-joints.c — joints of the window the walk of the loop tripped on: the main menu the GNOME way
 * (short, in sections and submenus, every action kept, every shortcut listed), the map's pin bar
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>

#include <string.h>

#include "sitrep-application.h"
#include "sitrep-map-view.h"
#include "sitrep-map-view-private.h"
#include "sitrep-test-util.h"
#include "sitrep-store.h"
#include "sitrep-window.h"

typedef struct
{
  char         *dir;
  char         *path;
  SitrepStore  *store;
  SitrepWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = sitrep_test_create_project ("sitrep-joints-XXXXXX", &f->dir, &f->path);
  sitrep_test_add_article (f->store, "Shelling near Jasim", "Shelling near Jasim on Tuesday.\n");
  f->window = sitrep_test_open_window (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sitrep_test_close_all_windows (g_steal_pointer (&f->window));
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
}

/* "win.export::geojson" for an item with a target, else its action. */
static char *
item_action (GMenuModel *model,
             int         i)
{
  g_autofree char *action = NULL;
  g_autoptr(GVariant) target = NULL;

  if (!g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
    return NULL;
  target = g_menu_model_get_item_attribute_value (model, i, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
  if (target != NULL && *g_variant_get_string (target, NULL) != '\0')
    return g_strdup_printf ("%s::%s", action, g_variant_get_string (target, NULL));
  return g_steal_pointer (&action);
}

/* Every action @model reaches, through its sections and submenus, into @actions. */
static void
collect_actions (GMenuModel *model,
                 GHashTable *actions)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (model, i, G_MENU_LINK_SUBMENU);
      char *action = item_action (model, i);

      if (action != NULL)
        g_hash_table_add (actions, action);
      if (section != NULL)
        collect_actions (section, actions);
      if (submenu != NULL)
        collect_actions (submenu, actions);
    }
}

/* What the user sees at the menu's first level: the items and submenus of its sections. */
static guint
count_first_level (GMenuModel *model)
{
  guint n = 0;

  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      n += section != NULL ? count_first_level (section) : 1;
    }
  return n;
}

static gboolean
menu_has (GMenuModel *model,
          const char *action)
{
  g_autoptr(GHashTable) actions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  collect_actions (model, actions);
  return g_hash_table_contains (actions, action);
}

/* The menu button whose menu reaches @action, or NULL. */
static GtkWidget *
find_menu_button (GtkWidget  *widget,
                  const char *action)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL &&
      menu_has (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)), action))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_menu_button (c, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Every action the main menu held before it was grouped (2026-12-05):
 * each keeps a way in a menu. */
static const char *kept[] = {
  "win.new-project", "win.open-project", "app.new-window", "win.close-project",
  "win.import", "win.import-web", "win.feeds", "win.paste-article", "win.delete-articles",
  "win.import-events",
  "win.export::acled-csv", "win.export::ucdp-csv", "win.export::geojson", "win.export::events-jsonl",
  "win.export::spans-jsonl",
  "win.export-annotations::doccano", "win.export-annotations::label-studio", "win.export-annotations::conll",
  "win.export-annotations::brat", "win.export-annotations::brat-zip", "win.export-annotations::webanno-tsv",
  "win.import-annotations::doccano", "win.import-annotations::label-studio", "win.import-annotations::conll",
  "win.import-annotations::brat", "win.import-annotations::brat-zip", "win.import-annotations::webanno-tsv",
  "win.show-agreement", "win.adjudicate", "win.save-coder-copy", "win.merge-project",
  "win.show-labels", "win.show-entities", "win.show-sources", "win.set-annotator",
  "win.show-help-overlay", "app.about",
};

/* The main menu shows about a dozen entries in a few sections; Import and
 * Export are submenus; every action it held is still in it or in the menu
 * of the view it belongs to (Delete Articles… in the article list's). */
static void
test_grouped (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *primary = find_menu_button (GTK_WIDGET (f->window), "app.about");
  GtkWidget *list_menu = find_menu_button (GTK_WIDGET (f->window), "win.sort::title");
  g_autoptr(GHashTable) reached = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GMenuModel *model;
  guint n_first;
  gboolean import_submenu = FALSE, export_submenu = FALSE;

  g_assert_nonnull (primary);
  g_assert_nonnull (list_menu);
  model = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (primary));
  n_first = count_first_level (model);
  g_test_message ("main menu: %u entries at its first level", n_first);
  g_assert_cmpuint (n_first, <=, 14);

  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (section, j, G_MENU_LINK_SUBMENU);
          g_autofree char *label = NULL;

          g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_LABEL, "s", &label);
          if (submenu != NULL && g_strcmp0 (label, "_Import") == 0)
            import_submenu = menu_has (submenu, "win.import") && menu_has (submenu, "win.import-events") &&
                             menu_has (submenu, "win.import-annotations::conll");
          if (submenu != NULL && g_strcmp0 (label, "E_xport") == 0)
            export_submenu = menu_has (submenu, "win.export::acled-csv") &&
                             menu_has (submenu, "win.export-annotations::conll");
        }
    }
  g_assert_true (import_submenu);
  g_assert_true (export_submenu);
  /* Preferences, Keyboard Shortcuts and About close the menu, as in every GNOME app. */
  g_assert_true (menu_has (model, "win.map-preferences"));

  collect_actions (model, reached);
  collect_actions (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (list_menu)), reached);
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    if (!g_hash_table_contains (reached, kept[i]))
      g_error ("%s is in no menu any more", kept[i]);
  g_assert_false (menu_has (model, "win.delete-articles"));
  g_assert_true (menu_has (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (list_menu)), "win.delete-articles"));
  /* Each of them is an action the window has (not a name left over in a menu);
   * win.show-help-overlay is GtkApplicationWindow's own. */
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    if (g_str_has_prefix (kept[i], "win.") && strcmp (kept[i], "win.show-help-overlay") != 0)
      {
        g_auto(GStrv) parts = g_strsplit (kept[i], "::", 2);
        gboolean installed = FALSE;
        const GVariantType *type;
        const char *name, *property;
        GType owner;

        /* GTK 4.8 wants every out argument. */
        for (guint a = 0; !installed && gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (f->window), a, &owner,
                                                                       &name, &type, &property); a++)
          installed = g_strcmp0 (name, parts[0]) == 0;
        if (!installed)
          g_error ("the window has no action %s", parts[0]);
      }
}

/* Every shortcut of the application is in the Keyboard Shortcuts window
 * (Ctrl+?), by its action or by its keys. */
static void
test_shortcuts_listed (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GApplication) app = G_APPLICATION (sitrep_application_new ());
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/org/sitrep/Sitrep/gtk/help-overlay.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) actions = NULL;
  GtkWidget *w;

  g_application_set_flags (app, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (app, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (overlay);

  /* Every shortcut row: its action, and each of its keys. */
  for (w = overlay; w != NULL; )
    {
      if (GTK_IS_SHORTCUTS_SHORTCUT (w))
        {
          g_autofree char *action = NULL;
          g_autofree char *accel = NULL;

          g_object_get (w, "action-name", &action, "accelerator", &accel, NULL);
          if (action != NULL)
            g_hash_table_add (listed, g_steal_pointer (&action));
          if (accel != NULL)
            {
              g_auto(GStrv) keys = g_strsplit (accel, " ", -1);

              for (guint k = 0; keys[k] != NULL; k++)
                g_hash_table_add (listed, g_strdup (keys[k]));
            }
        }
      /* Depth first over the overlay's widgets. */
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && w != overlay && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w != NULL && w != overlay ? gtk_widget_get_next_sibling (w) : NULL;
        }
    }

  actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  g_assert_cmpuint (g_strv_length (actions), >, 20);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);
      g_autofree char *name = g_strdup (actions[i]);
      gboolean found = g_hash_table_contains (listed, name);

      if (strstr (name, "::") != NULL)
        *strstr (name, "::") = '\0';
      found = found || g_hash_table_contains (listed, name);
      for (guint k = 0; !found && accels[k] != NULL; k++)
        found = g_hash_table_contains (listed, accels[k]);
      if (!found)
        g_error ("%s (%s) is not in the Keyboard Shortcuts window", actions[i], accels[0]);
    }
  gtk_window_destroy (GTK_WINDOW (overlay));
  g_application_quit (app);
}

/* @widget or the first of its descendants with the style class @name. */
static GtkWidget *
find_styled (GtkWidget  *widget,
             const char *name)
{
  if (gtk_widget_has_css_class (widget, name))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_styled (c, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
save_png (GtkWidget  *widget,
          const char *dir,
          const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  sitrep_test_wait_frames (widget, 3);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static gboolean
revealed (gpointer data)
{
  return gtk_revealer_get_child_revealed (data) && sitrep_test_has_size (gtk_revealer_get_child (data));
}

/* Pinning a place by hand: the bar that says "Click the map where … is"
 * floats over the map, whole and clear of the map's tool bar, not with its
 * top edge under it (issue 10's walk). */
static void
test_pin_bar (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *map_view = GTK_WIDGET (sitrep_window_get_map_view (f->window));
  GtkWidget *revealer = GTK_WIDGET (gtk_widget_get_template_child (map_view, SITREP_TYPE_MAP_VIEW,
                                                                   "pin_revealer"));
  GtkWidget *toolbar = find_styled (map_view, "map-toolbar");
  GtkWidget *bar;
  graphene_rect_t tools, pin, map;
  gint64 place = sitrep_store_add_entity (f->store, "place", "Tall Shihab", &error);

  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.pin-place", "x", place));
  sitrep_test_wait_until (revealed, revealer, "the pin bar to show");
  g_assert_nonnull (toolbar);
  bar = gtk_revealer_get_child (GTK_REVEALER (revealer));
  /* For a look at it: the map pane as drawn, in $SITREP_TEST_SHOT_DIR/pin-bar.png. */
  if (g_getenv ("SITREP_TEST_SHOT_DIR") != NULL)
    save_png (map_view, g_getenv ("SITREP_TEST_SHOT_DIR"), "pin-bar.png");

  g_assert_true (gtk_widget_compute_bounds (toolbar, GTK_WIDGET (f->window), &tools));
  g_assert_true (gtk_widget_compute_bounds (bar, GTK_WIDGET (f->window), &pin));
  g_assert_true (gtk_widget_compute_bounds (map_view, GTK_WIDGET (f->window), &map));
  g_test_message ("tool bar bottom %g, pin bar top %g", tools.origin.y + tools.size.height, pin.origin.y);
  /* A clear gap below the tool bar, and the bar within the map. */
  g_assert_cmpfloat (pin.origin.y, >=, tools.origin.y + tools.size.height + 6);
  g_assert_cmpfloat (pin.origin.x, >=, map.origin.x);
  g_assert_cmpfloat (pin.origin.x + pin.size.width, <=, map.origin.x + map.size.width);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.cancel-pin", NULL));
}

static gboolean
unplaced_listed (gpointer data)
{
  return sitrep_map_view_get_n_unplaced (data) == 2;
}

/* The Unplaced button lists an event by its place entity's name when the
 * place has no coordinates yet ("Tall Shihab"), not as "No place given";
 * an event that names no place at all says so. */
static void
test_unplaced_names (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepMapView *map_view = sitrep_window_get_map_view (f->window);
  GtkWidget *list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (map_view), SITREP_TYPE_MAP_VIEW,
                                                               "unplaced_list"));
  gint64 place = sitrep_store_add_entity (f->store, "place", "Tall Shihab", &error);
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  g_assert_no_error (error);
  sitrep_test_add_event (f->store, "2022-10-14", NULL, 1, place, "Battles", 3);
  sitrep_test_add_event (f->store, "2022-10-15", NULL, 1, 0, "Battles", 2);
  sitrep_test_wait_until (unplaced_listed, map_view, "both events listed as unplaced");
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_PREFERENCES_ROW (row))
      g_ptr_array_add (titles, (gpointer) adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  g_assert_cmpuint (titles->len, ==, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (titles, "Tall Shihab", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (titles, "No place given", g_str_equal, NULL));
}

static gboolean
popover_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* Under Xvfb, as under openbox, no compositing manager: a popover's room
 * for its shadow, corners and arrow came out as a black frame around every
 * menu. There, the menus pop up without an arrow (and, by the style, square
 * and without a shadow: seen in screenshots under openbox). */
static void
test_solid_popovers (Fixture       *f,
                     gconstpointer  data)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (f->window));
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *window = gtk_window_new ();
  GtkPopover *popover;

  if (gdk_display_is_composited (display))
    {
      g_test_skip ("a compositing manager is running");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  sitrep_application_solid_popovers (display);
  g_menu_append (menu, "Open Project…", "win.open-project");
  g_menu_append (menu, "Close Project", "win.close-project");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_window_set_child (GTK_WINDOW (window), button);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 300);
  gtk_window_present (GTK_WINDOW (window));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  sitrep_test_wait_until (popover_mapped, popover, "the menu to pop up");
  sitrep_test_wait_frames (GTK_WIDGET (popover), 2);

  g_assert_false (gtk_popover_get_has_arrow (popover));
  gtk_popover_popdown (popover);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The header's Import: a click imports files; its arrow offers the other
 * ways in — a page by its address was only in the main menu's Import,
 * where the walk of session 39, as a new user, did not look. */
static void
test_import_ways (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *import = sitrep_test_template_child (f->window, "import_button");
  GMenuModel *model;

  g_assert_true (ADW_IS_SPLIT_BUTTON (import));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (import)), ==, "win.import");
  model = adw_split_button_get_menu_model (ADW_SPLIT_BUTTON (import));
  g_assert_nonnull (model);
  g_assert_true (menu_has (model, "win.import"));
  g_assert_true (menu_has (model, "win.import-web"));
  g_assert_true (menu_has (model, "win.feeds"));
  g_assert_true (menu_has (model, "win.paste-article"));
  g_assert_cmpstr (adw_split_button_get_dropdown_tooltip (ADW_SPLIT_BUTTON (import)), ==,
                   "More Ways to Import Articles");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/gui/menu/grouped", test_grouped);
  ADD ("/gui/menu/shortcuts-listed", test_shortcuts_listed);
  ADD ("/gui/map/pin-bar", test_pin_bar);
  ADD ("/gui/popover/solid-without-compositor", test_solid_popovers);
  ADD ("/gui/map/unplaced-names", test_unplaced_names);
  ADD ("/gui/header/import-ways", test_import_ways);

#undef ADD

  return g_test_run ();
}

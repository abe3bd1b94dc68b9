/* sitrep-window-map.c — the window routes its map pane (SitrepMapPane): the event index, places, exports
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-window"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "sitrep-basemap.h"
#include "sitrep-map-source.h"
#include "sitrep-preferences-window.h"
#include "sitrep-codebook.h"
#include "sitrep-events-view.h"
#include "sitrep-accessible.h"
#include "sitrep-window-private.h"
#include "sitrep-window-test-private.h"

gboolean
_sitrep_window_map_shown (SitrepWindow *self)
{
  return self->map_pane != NULL && gtk_widget_get_visible (GTK_WIDGET (self->map_pane));
}

char *
_sitrep_window_format_count (guint64 n)
{
  return sitrep_map_pane_format_count (n);
}

/* Store and view signals */

static void
on_store_entities_changed (SitrepStore  *store,
                           SitrepWindow *self)
{
  _sitrep_window_places_queue_refresh (self);
}

/* The map view set its points from the index again: playback draws its
 * own over them. */
static void
on_map_events_changed (SitrepWindow *self)
{
  _sitrep_window_timeline_map_refreshed (self);
}

static void
on_store_annotations_changed (SitrepStore  *store,
                              gint64        article_id,
                              SitrepWindow *self)
{
  /* A new place span is linked and placed as part of the edit that made it. */
  if (article_id == 0 || article_id == self->current_id)
    {
      self->map->annotations_edited = TRUE;
      _sitrep_window_places_queue_refresh_writing (self, SITREP_PLACES_WRITE_JOIN_LAST);
    }
}

static void
on_store_history_changed (SitrepStore  *store,
                          SitrepWindow *self)
{
  g_autofree char *redo = sitrep_store_dup_redo_description (store);

  /* After undo (something to redo), writing would make a new step and lose
   * what Redo would bring back. Every new edit says history-changed too,
   * right after annotations-changed: its place spans must still be linked. */
  if (redo != NULL)
    _sitrep_window_places_queue_refresh_writing (self, SITREP_PLACES_WRITE_NOTHING);
  /* A new edit of the article's spans after an undo whose refresh is still
   * queued (the map hidden): the undo's "write nothing" no longer holds, the
   * new span is linked with its edit. */
  else if (self->map->annotations_edited && self->map->places_write == SITREP_PLACES_WRITE_NOTHING)
    {
      self->map->places_write = SITREP_PLACES_WRITE_JOIN_LAST;
      _sitrep_window_places_queue_refresh (self);
    }
  self->map->annotations_edited = FALSE;
}

static void
on_map_visible_notify (SitrepWindow *self)
{
  if (!_sitrep_window_map_shown (self))
    return;
  if (self->map->places_dirty)
    _sitrep_window_places_queue_refresh (self);
}

static void
on_map_location_clicked (SitrepMapView *view,
                         double         latitude,
                         double         longitude,
                         SitrepWindow  *self)
{
  if (self->map->pin_entity != 0)
    _sitrep_window_places_pin_at (self, latitude, longitude);
}

/* The map sits beside the project's views, the articles' and the Events
 * view alike, whenever its button is down; the welcome screen has none. */
static void
sync_map_visible (SitrepWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->main_stack);
  gboolean shown = gtk_toggle_button_get_active (self->map_button) && self->store != NULL &&
                   g_strcmp0 (page, "welcome") != 0;

  gtk_widget_set_visible (GTK_WIDGET (self->map_pane), shown);
}

/* Until the user moves the handle, the map takes a third of the width,
 * and less where that would fold the annotation panel away over the text:
 * beside a 1024-pixel window's map the panel (and Suggest's list in it)
 * was out of sight; the map gives way first, down to its least width. The
 * split is set again when the width changes (the window resized, the map
 * shown), not when what the panes would like does (that changed with the
 * first label). */
static void
split_map_paned (SitrepWindow *self)
{
  GtkWidget *paned = gtk_widget_get_parent (GTK_WIDGET (self->map_pane));
  int width = gtk_widget_get_width (paned);
  int flap = 0, content = 0, map = 0, position;

  if (self->map->split_by_user || width <= 0 || !gtk_widget_get_visible (GTK_WIDGET (self->map_pane)) ||
      width == self->map->split_width)
    return;
  gtk_widget_measure (adw_flap_get_flap (self->panel_flap), GTK_ORIENTATION_HORIZONTAL, -1, &flap, NULL, NULL, NULL);
  gtk_widget_measure (adw_flap_get_content (self->panel_flap), GTK_ORIENTATION_HORIZONTAL, -1, &content, NULL, NULL,
                      NULL);
  gtk_widget_measure (GTK_WIDGET (self->map_pane), GTK_ORIENTATION_HORIZONTAL, -1, &map, NULL, NULL, NULL);
  position = width * 2 / 3;
  /* the handle's pixel, and one to spare */
  if (position < flap + content + 2 && flap + content + 2 + map <= width)
    position = flap + content + 2;
  self->map->split_width = width;
  gtk_paned_set_position (GTK_PANED (paned), position);
}

static void
on_map_pane_visible (SitrepWindow *self)
{
  /* shown again: split for the width it is shown at */
  self->map->split_width = 0;
  split_map_paned (self);
}

/* A press on the map's handle (or its keys) makes the split the user's. */
static void
on_map_paned_pressed (GtkGestureClick *click,
                      int              n_press,
                      double           x,
                      double           y,
                      SitrepWindow    *self)
{
  GtkWidget *paned = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (click));
  GtkWidget *start = gtk_paned_get_start_child (GTK_PANED (paned));
  GtkWidget *end = gtk_paned_get_end_child (GTK_PANED (paned));
  graphene_rect_t a, b;
  double from, to;

  if (!gtk_widget_get_visible (end) || !gtk_widget_compute_bounds (start, paned, &a) ||
      !gtk_widget_compute_bounds (end, paned, &b))
    return;
  /* the gap between the two, either way round (right to left too), and the
   * few pixels GTK lets the handle be grabbed by on each side */
  from = MIN (a.origin.x + a.size.width, b.origin.x + b.size.width);
  to = MAX (a.origin.x, b.origin.x);
  if (x >= MIN (from, to) - 8 && x <= MAX (from, to) + 8)
    self->map->split_by_user = TRUE;
}

static gboolean
on_map_paned_move_handle (SitrepWindow *self)
{
  self->map->split_by_user = TRUE;
  return FALSE;
}

/* Actions */

static void
show_map_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  gtk_toggle_button_set_active (self->map_button, !gtk_toggle_button_get_active (self->map_button));
}

static void
select_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  sitrep_window_select_event (SITREP_WINDOW (widget), g_variant_get_int64 (param));
}

static void
only_in_view_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  sitrep_workspace_set_only_in_view (self->workspace, !sitrep_workspace_get_only_in_view (self->workspace));
}

static void
update_map_actions (SitrepWindow *self)
{
  _sitrep_window_places_update_actions (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->map_button), self->store != NULL);
}

/* Exporting the view */

/* Draws the map's event points for an export (SitrepBasemapOverlayFunc). */
static void
draw_event_points (cairo_t  *cr,
                   double    ox,
                   double    oy,
                   double    scale,
                   gpointer  user_data)
{
  SitrepMapPointsLayer *layer = user_data;
  double x0, y0, x1, y1;

  cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
  for (guint i = 0; i < sitrep_map_points_layer_get_n_points (layer); i++)
    {
      const SitrepMapPoint *p = sitrep_map_points_layer_get_point (layer, i);
      double x = (sitrep_mercator_x (p->longitude) - ox) * scale;
      double y = (sitrep_mercator_y (p->latitude) - oy) * scale;

      if (x < x0 - p->size || y < y0 - p->size || x > x1 + p->size || y > y1 + p->size)
        continue;
      cairo_new_path (cr);
      cairo_arc (cr, x, y, p->size / 2, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, p->colour.red, p->colour.green, p->colour.blue, p->colour.alpha);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
}

/* The view as shown, with its events, through the core's export (which
 * writes beside the target and renames, and refuses bad sizes and names). */
static gboolean
export_view (SitrepWindow  *self,
             const char    *path,
             int            width,
             int            height,
             GError       **error)
{
  SitrepBasemap *basemap = sitrep_basemap_get_default ();
  double west, south, east, north;

  if (basemap == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The offline map data could not be read."));
      return FALSE;
    }
  if (!sitrep_map_view_get_bounds (self->map_view, &west, &south, &east, &north) || west >= east)
    {
      /* Not shown yet, or across the date line: Syria and its neighbours. */
      west = 34.5; south = 31.5; east = 43.0; north = 37.5;
    }
  /* Events sit on the base map, under the scale bar and the attribution. */
  return sitrep_basemap_export_view_with_overlay (basemap, MAX (west, -180), MAX (south, -85), MIN (east, 180),
                                                  MIN (north, 85), width, height, path, draw_event_points,
                                                  sitrep_map_view_get_events_layer (self->map_view),
                                                  sitrep_map_view_get_data_credit (self->map_view), error);
}

static void
export_to (SitrepWindow *self,
           const char   *path,
           int           width,
           int           height)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *toast = NULL;

  if (!export_view (self, path, width, height, &error))
    {
      sitrep_window_show_toast (self, error->message);
      return;
    }
  /* Translators: after exporting the map; %s is the file name */
  toast = g_strdup_printf (_("Map exported to %s"), basename);
  sitrep_window_show_toast (self, toast);
}

static void
on_export_chooser_response (GtkNativeDialog *chooser,
                            int              response,
                            SitrepWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
      const char *format = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "format");
      const char *size = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "size");
      g_autofree char *lower = path != NULL ? g_ascii_strdown (path, -1) : NULL;
      int width = 1600, height = 1000;

      if (size != NULL)
        sscanf (size, "%dx%d", &width, &height);
      if (path != NULL && format != NULL &&
          !g_str_has_suffix (lower, ".png") && !g_str_has_suffix (lower, ".svg") &&
          !g_str_has_suffix (lower, ".pdf"))
        {
          char *with_ext = g_strconcat (path, ".", format, NULL);

          g_free (path);
          path = with_ext;
        }
      if (path != NULL)
        export_to (self, path, width, height);
    }
  g_object_unref (chooser);
}

static void
export_map_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  GtkFileChooserNative *chooser;
  const char *formats[] = { "png", "svg", "pdf", NULL };
  const char *format_labels[] = { N_("PNG image"), N_("SVG drawing"), N_("PDF document"), NULL };
  const char *sizes[] = { "1600x1000", "1200x800", "2400x1600", "3200x2000", "1000x1000", NULL };
  const char *size_labels[] = { "1600 × 1000", "1200 × 800", "2400 × 1600", "3200 × 2000", "1000 × 1000", NULL };
  const char *translated[4];

  for (guint i = 0; i < 3; i++)
    translated[i] = _(format_labels[i]);
  translated[3] = NULL;

  chooser = gtk_file_chooser_native_new (_("Export Map View"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  _sitrep_window_start_in_project_folder (self, GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("map.png"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "format", _("Format"), formats, translated);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "format", "png");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "size", _("Size"), sizes, size_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "size", "1600x1000");
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_map_to_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  const char *path;
  int width, height;

  g_variant_get (param, "(&sii)", &path, &width, &height);
  export_to (SITREP_WINDOW (widget), path, width, height);
}

static void
map_preferences_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  GtkWidget *prefs = sitrep_preferences_window_new ();

  gtk_window_set_transient_for (GTK_WINDOW (prefs), GTK_WINDOW (widget));
  gtk_window_present (GTK_WINDOW (prefs));
}

/* Window parts */

void
_sitrep_window_class_map_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (SITREP_TYPE_MAP_PANE);

  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, map_pane);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, map_button);

  gtk_widget_class_install_action (widget_class, "win.show-map", NULL, show_map_action);
  gtk_widget_class_install_action (widget_class, "win.select-event", "x", select_event_action);
  gtk_widget_class_install_action (widget_class, "win.map-only-in-view", NULL, only_in_view_action);
  _sitrep_window_class_places_init (widget_class);
  gtk_widget_class_install_action (widget_class, "win.export-map", NULL, export_map_action);
  gtk_widget_class_install_action (widget_class, "win.export-map-to", "(sii)", export_map_to_action);
  gtk_widget_class_install_action (widget_class, "win.map-preferences", NULL, map_preferences_action);
}

void
_sitrep_window_map_init (SitrepWindow *self)
{
  SitrepWindowMap *map = g_new0 (SitrepWindowMap, 1);

  map->tried = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->map = map;

  /* The pane's view: sitrep-window-places.c shows the article's places on it. */
  self->map_view = sitrep_map_pane_get_view (self->map_pane);
  sitrep_pane_set_workspace (SITREP_PANE (self->map_pane), self->workspace);
  g_signal_connect_swapped (self->map_pane, "notify::visible", G_CALLBACK (on_map_visible_notify), self);
  g_signal_connect_swapped (self->map_button, "notify::active", G_CALLBACK (sync_map_visible), self);
  g_signal_connect_swapped (self->main_stack, "notify::visible-child-name", G_CALLBACK (sync_map_visible), self);
  g_signal_connect_swapped (gtk_widget_get_parent (GTK_WIDGET (self->map_pane)), "notify::max-position",
                            G_CALLBACK (split_map_paned), self);
  g_signal_connect_swapped (self->map_pane, "notify::visible", G_CALLBACK (on_map_pane_visible), self);
  {
    GtkWidget *paned = gtk_widget_get_parent (GTK_WIDGET (self->map_pane));
    GtkGesture *click = gtk_gesture_click_new ();

    gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
    g_signal_connect (click, "pressed", G_CALLBACK (on_map_paned_pressed), self);
    gtk_widget_add_controller (paned, GTK_EVENT_CONTROLLER (click));
    g_signal_connect_swapped (paned, "move-handle", G_CALLBACK (on_map_paned_move_handle), self);
  }
  sync_map_visible (self);
  g_signal_connect (self->map_view, "location-clicked", G_CALLBACK (on_map_location_clicked), self);
  g_signal_connect_swapped (self->map_view, "events-changed", G_CALLBACK (on_map_events_changed), self);
  update_map_actions (self);
}

void
_sitrep_window_map_connect (SitrepWindow *self)
{
  /* One index of the project's events, which the map, the timeline and
   * the presentation read and which follows the store event by event. It
   * reads them in a worker thread: the views fill in when it is done, and
   * the window is usable meanwhile. */
  self->event_index = sitrep_event_index_new_loading (self->store, self->cancellable);
  g_signal_connect (self->store, "entities-changed", G_CALLBACK (on_store_entities_changed), self);
  g_signal_connect (self->store, "annotations-changed", G_CALLBACK (on_store_annotations_changed), self);
  g_signal_connect (self->store, "history-changed", G_CALLBACK (on_store_history_changed), self);
  sitrep_pane_set_event_index (SITREP_PANE (self->map_pane), self->event_index);
  _sitrep_window_places_queue_refresh (self);
  update_map_actions (self);
  sync_map_visible (self);
}

void
_sitrep_window_map_disconnect (SitrepWindow *self)
{
  SitrepWindowMap *map = self->map;

  if (map == NULL)
    return;
  if (map->task_cancellable != NULL)
    g_cancellable_cancel (map->task_cancellable);
  g_clear_handle_id (&map->places_idle, g_source_remove);
  g_clear_object (&map->gazetteer);
  map->gazetteer_failed = FALSE;
  g_hash_table_remove_all (map->tried);
  map->pin_entity = 0;
  if (self->map_view != NULL)
    {
      sitrep_map_view_set_pin_prompt (self->map_view, NULL);
      sitrep_map_view_set_places (self->map_view, NULL, NULL);
      sitrep_map_view_set_place_rows (self->map_view, NULL, 0);
      sitrep_pane_set_event_index (SITREP_PANE (self->map_pane), NULL);
      sitrep_map_view_set_unplaced (self->map_view, NULL);
      update_map_actions (self);
    }
  g_clear_object (&self->event_index);
}

void
_sitrep_window_map_article_changed (SitrepWindow *self)
{
  if (self->map != NULL)
    _sitrep_window_places_queue_refresh (self);
}

void
_sitrep_window_map_dispose (SitrepWindow *self)
{
  SitrepWindowMap *map = self->map;

  if (map == NULL)
    return;
  if (self->map_view != NULL)
    g_signal_handlers_disconnect_by_data (self->map_view, self);
  if (self->map_pane != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->map_pane, self);
      if (gtk_widget_get_parent (GTK_WIDGET (self->map_pane)) != NULL)
        g_signal_handlers_disconnect_by_data (gtk_widget_get_parent (GTK_WIDGET (self->map_pane)), self);
    }
  if (self->map_button != NULL)
    g_signal_handlers_disconnect_by_data (self->map_button, self);
  if (self->main_stack != NULL)
    g_signal_handlers_disconnect_by_func (self->main_stack, sync_map_visible, self);
  _sitrep_window_map_disconnect (self);
  g_clear_object (&map->task_cancellable);
  g_clear_pointer (&map->tried, g_hash_table_unref);
  g_clear_pointer (&self->map, g_free);
}

/* Public API */

gint64
sitrep_window_get_current_event (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), 0);

  return sitrep_workspace_get_event (self->workspace);
}

/**
 * sitrep_window_select_event:
 *
 * Makes @id the workspace's current event, when the event index has it:
 * the map rings it and pans to it when it is out of sight, and the other
 * views follow the workspace's "event".
 */
void
sitrep_window_select_event (SitrepWindow *self,
                            gint64        id)
{
  const SitrepEventIndexEntry *entry;

  g_return_if_fail (SITREP_IS_WINDOW (self));

  if (self->map == NULL || sitrep_workspace_get_event (self->workspace) == id)
    return;

  entry = id != 0 && self->event_index != NULL ? sitrep_event_index_lookup (self->event_index, id) : NULL;
  if (id != 0 && entry == NULL)
    return;

  sitrep_workspace_set_event (self->workspace, id);
}

GArray *
sitrep_window_dup_event_ids_in_view (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), NULL);

  if (self->map == NULL)
    return NULL;
  return sitrep_map_pane_dup_event_ids_in_view (self->map_pane);
}

/**
 * sitrep_window_get_event_index:
 *
 * Returns: (transfer none) (nullable): the one index of the open project's
 * events that the map, the timeline and the presentation share.
 */
SitrepEventIndex *
sitrep_window_get_event_index (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), NULL);

  return self->event_index;
}

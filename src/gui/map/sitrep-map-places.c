/* sitrep-map-places.c — the map view's article places: their pins and the rows of the Places list, kept by entity
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-map"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "sitrep-gazetteer.h"
#include "sitrep-map-places.h"

/* A place's pin: its icon, in a square that many pixels tall. */
#define PIN_ICON_SIZE 24
#define PIN_SIZE 28

/* Where the tip of a pin @height px tall is, down from its top: the tip of
 * mark-location-symbolic is at 15/16 of it, and the icon is centred. */
static double
pin_tip_y (int height)
{
  return (height - PIN_ICON_SIZE) / 2.0 + PIN_ICON_SIZE * 15.0 / 16.0;
}

/* ShumateMarkerLayer centres a marker on its place, as the events layer
 * centres an event's mark: the place marker is twice as tall as down to
 * its pin's tip, the pin at its top, which stands the tip on the very
 * point an event there is drawn on, whatever size the theme gives the pin. */
static void
pin_measure (GtkWidget      *widget,
             GtkOrientation  orientation,
             int             for_size,
             int            *minimum,
             int            *natural,
             int            *minimum_baseline,
             int            *natural_baseline)
{
  gtk_widget_measure (gtk_widget_get_first_child (widget), orientation, -1, minimum, natural, NULL, NULL);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = (int) ceil (2 * pin_tip_y (*minimum));
      *natural = (int) ceil (2 * pin_tip_y (*natural));
    }
}

static void
pin_allocate (GtkWidget *widget,
              int        width,
              int        height,
              int        baseline)
{
  GtkWidget *pin = gtk_widget_get_first_child (widget);
  int h;

  gtk_widget_measure (pin, GTK_ORIENTATION_VERTICAL, width, NULL, &h, NULL, NULL);
  gtk_widget_allocate (pin, width, h, -1, NULL);
}

static gint64
entity_of (gpointer object)
{
  return (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (object), "entity-id"));
}

/* Says on @marker where @place is and whether it is sure. */
static void
tell_pin (ShumateMarker              *marker,
          const SitrepGazetteerPlace *place)
{
  GtkWidget *child = shumate_marker_get_child (marker);
  GtkWidget *image = GTK_IS_BUTTON (child) ? gtk_button_get_child (GTK_BUTTON (child)) : child;
  g_autofree char *tip = NULL;
  g_autofree char *where = NULL;

  if (place->admin1_name != NULL && place->country != NULL)
    where = g_strdup_printf ("%s, %s", place->admin1_name, place->country);
  else
    where = g_strdup (place->admin1_name != NULL ? place->admin1_name
                      : place->country != NULL ? place->country : "");
  if (place->doubtful)
    /* Translators: a place marker's tooltip: name — region (doubtful) */
    tip = g_strdup_printf (_("%s — %s (doubtful)"), place->name, where);
  else if (*where != '\0')
    tip = g_strdup_printf ("%s — %s", place->name, where);
  else
    tip = g_strdup (place->name);
  if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (marker)), tip) != 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (marker), tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (marker), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
  if (child != image)
    gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
  gtk_widget_remove_css_class (image, place->doubtful ? "accent" : "dim-label");
  gtk_widget_add_css_class (image, place->doubtful ? "dim-label" : "accent");
  shumate_location_set_location (SHUMATE_LOCATION (marker), place->latitude, place->longitude);
}

static ShumateMarker *
new_pin (gint64 entity_id)
{
  ShumateMarker *marker = shumate_marker_new ();
  GtkWidget *image = gtk_image_new_from_icon_name ("mark-location-symbolic");

  gtk_widget_add_css_class (GTK_WIDGET (marker), "map-place");
  gtk_image_set_pixel_size (GTK_IMAGE (image), PIN_ICON_SIZE);
  if (entity_id != 0)
    {
      GtkWidget *button = gtk_button_new ();

      gtk_button_set_child (GTK_BUTTON (button), image);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "circular");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.choose-place");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", entity_id);
      image = button;
    }
  g_object_set_data (G_OBJECT (marker), "entity-id", GSIZE_TO_POINTER ((gsize) entity_id));
  gtk_widget_set_size_request (image, PIN_SIZE, PIN_SIZE);
  shumate_marker_set_child (marker, image);
  gtk_widget_set_layout_manager (GTK_WIDGET (marker), gtk_custom_layout_new (NULL, pin_measure, pin_allocate));

  return marker;
}

void
sitrep_map_places_sync_pins (ShumateMarkerLayer *layer,
                             GPtrArray          *places,
                             const gint64       *entity_ids)
{
  g_autoptr(GHashTable) kept = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GList *markers;

  g_return_if_fail (SHUMATE_IS_MARKER_LAYER (layer));

  /* Pins by entity; one without an entity is drawn anew. */
  markers = shumate_marker_layer_get_markers (layer);
  for (GList *l = markers; l != NULL; l = l->next)
    {
      gint64 id = entity_of (l->data);

      if (id == 0)
        shumate_marker_layer_remove_marker (layer, l->data);
      else
        g_hash_table_insert (kept, g_memdup2 (&id, sizeof id), l->data);
    }
  g_list_free (markers);

  for (guint i = 0; places != NULL && i < places->len; i++)
    {
      gint64 id = entity_ids != NULL ? entity_ids[i] : 0;
      ShumateMarker *marker = id != 0 ? g_hash_table_lookup (kept, &id) : NULL;

      if (marker != NULL)
        g_hash_table_remove (kept, &id);
      else
        {
          marker = new_pin (id);
          shumate_marker_layer_add_marker (layer, marker);
        }
      tell_pin (marker, places->pdata[i]);
    }

  /* What is left is no longer a place of the article. */
  {
    GHashTableIter iter;
    gpointer marker;

    g_hash_table_iter_init (&iter, kept);
    while (g_hash_table_iter_next (&iter, NULL, &marker))
      shumate_marker_layer_remove_marker (layer, marker);
  }
}

GArray *
sitrep_map_places_pins_at (ShumateMarkerLayer *layer,
                           GtkWidget          *map,
                           double              x,
                           double              y)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (gint64));
  GList *markers;

  g_return_val_if_fail (SHUMATE_IS_MARKER_LAYER (layer), found);

  markers = shumate_marker_layer_get_markers (layer);
  for (GList *l = g_list_last (markers); l != NULL; l = l->prev)
    {
      GtkWidget *pin = shumate_marker_get_child (l->data);
      gint64 id = entity_of (l->data);
      graphene_rect_t b;

      if (id != 0 && gtk_widget_get_mapped (pin) && gtk_widget_compute_bounds (pin, map, &b) &&
          graphene_rect_contains_point (&b, &GRAPHENE_POINT_INIT (x, y)))
        g_array_append_val (found, id);
    }
  g_list_free (markers);
  return found;
}

char *
sitrep_map_places_dup_pin_name (ShumateMarkerLayer *layer,
                                gint64              entity_id)
{
  GList *markers;
  char *name = NULL;

  g_return_val_if_fail (SHUMATE_IS_MARKER_LAYER (layer), NULL);

  markers = shumate_marker_layer_get_markers (layer);
  for (GList *l = markers; l != NULL && name == NULL; l = l->next)
    if (entity_of (l->data) == entity_id)
      name = g_strdup (gtk_widget_get_tooltip_text (GTK_WIDGET (l->data)));
  g_list_free (markers);
  return name;
}

/* Places list */

static void
tell_row (AdwActionRow            *row,
          const SitrepMapPlaceRow *place)
{
  GtkImage *icon = g_object_get_data (G_OBJECT (row), "icon");
  const char *icon_name = place->placed ? "mark-location-symbolic" : "dialog-question-symbolic";

  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), place->name) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), place->name);
  if (g_strcmp0 (adw_action_row_get_subtitle (row), place->detail != NULL ? place->detail : "") != 0)
    adw_action_row_set_subtitle (row, place->detail != NULL ? place->detail : "");
  if (g_strcmp0 (gtk_image_get_icon_name (icon), icon_name) != 0)
    gtk_image_set_from_icon_name (icon, icon_name);
}

static GtkWidget *
new_row (gint64 entity_id)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "icon", icon);
  g_object_set_data (G_OBJECT (row), "entity-id", GSIZE_TO_POINTER ((gsize) entity_id));

  return row;
}

guint
sitrep_map_places_sync_rows (GtkListBox              *list,
                             const SitrepMapPlaceRow *rows,
                             guint                    n_rows)
{
  GtkWidget *next = gtk_widget_get_first_child (GTK_WIDGET (list));
  guint n_placed = 0;

  g_return_val_if_fail (GTK_IS_LIST_BOX (list), 0);

  /* Row by row in order: the row there already is kept when it lists the
   * same entity, one listing it further down is brought up, and only a
   * place not listed yet gets a new row. */
  for (guint i = 0; i < n_rows; i++)
    {
      GtkWidget *row = next;

      while (row != NULL && entity_of (row) != rows[i].entity_id)
        row = gtk_widget_get_next_sibling (row);
      if (row == NULL)
        {
          row = new_row (rows[i].entity_id);
          gtk_list_box_insert (list, row, (int) i);
        }
      else if (row != next)
        {
          g_object_ref (row);
          gtk_list_box_remove (list, row);
          gtk_list_box_insert (list, row, (int) i);
          g_object_unref (row);
        }
      tell_row (ADW_ACTION_ROW (row), &rows[i]);
      next = gtk_widget_get_next_sibling (row);
      if (rows[i].placed)
        n_placed++;
    }

  while (next != NULL)
    {
      GtkWidget *gone = next;

      next = gtk_widget_get_next_sibling (gone);
      gtk_list_box_remove (list, gone);
    }

  return n_placed;
}

/* sitrep-place-chooser.c — choose where a place is: gazetteer candidates with a map preview, or pin it
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-place-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-basemap.h"
#include "sitrep-place-chooser.h"
#include "sitrep-place-chooser-private.h"

#define PREVIEW_WIDTH 96
#define PREVIEW_HEIGHT 64
#define MAX_CANDIDATES 30

struct _SitrepPlaceChooser
{
  AdwWindow        parent_instance;

  /* template widgets */
  AdwWindowTitle  *window_title;
  GtkSearchEntry  *search_entry;
  GtkStack        *stack;
  GtkListBox      *list;

  /* owned references */
  SitrepStore     *store;
  SitrepGazetteer *gazetteer;
  GPtrArray       *candidates;   /* SitrepGazetteerPlace */
  char            *context;

  /* state */
  gint64           entity_id;
};

G_DEFINE_FINAL_TYPE (SitrepPlaceChooser, sitrep_place_chooser, ADW_TYPE_WINDOW)

/* A small map around the candidate, drawn by the base map, with a dot on it. */
static GdkTexture *
render_preview (const SitrepGazetteerPlace *place,
                int                         scale_factor)
{
  SitrepBasemap *basemap = sitrep_basemap_get_default ();
  int width = PREVIEW_WIDTH * scale_factor;
  int height = PREVIEW_HEIGHT * scale_factor;
  cairo_surface_t *surface;
  g_autoptr(GBytes) bytes = NULL;
  cairo_t *cr;
  double half_lon = 1.2, half_lat = 0.8;

  if (basemap == NULL)
    return NULL;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  sitrep_basemap_render_view (basemap, cr,
                              CLAMP (place->longitude - half_lon, -180, 180),
                              CLAMP (place->latitude - half_lat, -85, 85),
                              CLAMP (place->longitude + half_lon, -180, 180),
                              CLAMP (place->latitude + half_lat, -85, 85),
                              width, height);
  /* The box is centred on the place: the dot goes in the middle. */
  cairo_arc (cr, width / 2.0, height / 2.0, 4 * scale_factor, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 0.75, 0.11, 0.16);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 1.5 * scale_factor);
  cairo_stroke (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * height,
                                      (GDestroyNotify) cairo_surface_destroy, surface);

  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                 cairo_image_surface_get_stride (surface));
}

static GtkWidget *
make_row (SitrepPlaceChooser         *self,
          const SitrepGazetteerPlace *place)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GdkTexture) preview = render_preview (place, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  g_autofree char *where = sitrep_gazetteer_dup_where (place->admin1_name, place->country);
  g_autoptr(GString) subtitle = g_string_new (where);

  g_string_append_printf (subtitle, "%s%.4f, %.4f", subtitle->len > 0 ? " · " : "", place->latitude, place->longitude);
  /* How far it lies from the article's other places tells the likely one. */
  if (place->doubtful && place->context_km >= 0)
    /* Translators: a doubtful gazetteer candidate; %.0f is a distance in km */
    g_string_append_printf (subtitle, _(" · doubtful: %.0f km from the other places named"),
                            place->context_km);
  else if (place->doubtful)
    g_string_append (subtitle, _(" · doubtful"));
  else if (place->context_km >= 0)
    /* Translators: a gazetteer candidate; %.0f is a distance in km */
    g_string_append_printf (subtitle, _(" · %.0f km from the other places named"), place->context_km);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), place->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  if (preview != NULL)
    {
      GtkWidget *picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (preview));

      gtk_widget_set_size_request (picture, PREVIEW_WIDTH, PREVIEW_HEIGHT);
      gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
      gtk_widget_set_valign (picture, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (picture, "place-preview");
      gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Map preview"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), picture);
    }
  if (place->doubtful)
    gtk_widget_add_css_class (row, "doubtful-place");

  return row;
}

static void
look_up (SitrepPlaceChooser *self,
         const char         *name)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);

  if (name != NULL && *name != '\0')
    self->candidates = sitrep_gazetteer_lookup (self->gazetteer, name, self->context, &error);
  if (self->candidates == NULL)
    self->candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_gazetteer_place_free);
  if (self->candidates->len > MAX_CANDIDATES)
    g_ptr_array_set_size (self->candidates, MAX_CANDIDATES);

  for (guint i = 0; i < self->candidates->len; i++)
    gtk_list_box_append (self->list, make_row (self, self->candidates->pdata[i]));

  gtk_stack_set_visible_child_name (self->stack, self->candidates->len > 0 ? "list" : "empty");
}

static void
on_search_changed (SitrepPlaceChooser *self)
{
  look_up (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_row_activated (SitrepPlaceChooser *self,
                  GtkListBoxRow      *row)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (!sitrep_place_chooser_choose (self, gtk_list_box_row_get_index (row), &error) && parent != NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (parent, _("The Place Was Not Set"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
on_pin_clicked (SitrepPlaceChooser *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.pin-place", "x", self->entity_id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
sitrep_place_chooser_dispose (GObject *object)
{
  SitrepPlaceChooser *self = SITREP_PLACE_CHOOSER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_PLACE_CHOOSER);
  g_clear_object (&self->store);
  g_clear_object (&self->gazetteer);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);

  G_OBJECT_CLASS (sitrep_place_chooser_parent_class)->dispose (object);
}

static void
sitrep_place_chooser_finalize (GObject *object)
{
  SitrepPlaceChooser *self = SITREP_PLACE_CHOOSER (object);

  g_free (self->context);

  G_OBJECT_CLASS (sitrep_place_chooser_parent_class)->finalize (object);
}

static void
sitrep_place_chooser_class_init (SitrepPlaceChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_place_chooser_dispose;
  object_class->finalize = sitrep_place_chooser_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-place-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepPlaceChooser, window_title);
  gtk_widget_class_bind_template_child (widget_class, SitrepPlaceChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SitrepPlaceChooser, stack);
  gtk_widget_class_bind_template_child (widget_class, SitrepPlaceChooser, list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_pin_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sitrep_place_chooser_init (SitrepPlaceChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sitrep_place_chooser_new (SitrepStore     *store,
                          SitrepGazetteer *gazetteer,
                          gint64           entity_id,
                          const char      *context_text)
{
  SitrepPlaceChooser *self;
  g_autoptr(SitrepEntity) entity = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);
  g_return_val_if_fail (SITREP_IS_GAZETTEER (gazetteer), NULL);

  self = g_object_new (SITREP_TYPE_PLACE_CHOOSER, NULL);
  self->store = g_object_ref (store);
  self->gazetteer = g_object_ref (gazetteer);
  self->entity_id = entity_id;
  self->context = g_strdup (context_text);

  entity = sitrep_store_get_entity (store, entity_id, NULL);
  if (entity != NULL)
    {
      /* Translators: title of the place chooser; %s is the place's name */
      title = g_strdup_printf (_("Where Is “%s”?"), sitrep_entity_get_name (entity));
      adw_window_title_set_title (self->window_title, title);
      gtk_window_set_title (GTK_WINDOW (self), title);
      /* Setting the text looks it up (after the entry's delay); do it now too. */
      g_signal_handlers_block_by_func (self->search_entry, on_search_changed, self);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), sitrep_entity_get_name (entity));
      g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed, self);
      look_up (self, sitrep_entity_get_name (entity));
    }
  gtk_widget_set_sensitive (gtk_widget_get_parent (GTK_WIDGET (self->list)), !sitrep_store_is_read_only (store));

  return GTK_WIDGET (self);
}

guint
sitrep_place_chooser_get_n_candidates (SitrepPlaceChooser *self)
{
  g_return_val_if_fail (SITREP_IS_PLACE_CHOOSER (self), 0);

  return self->candidates != NULL ? self->candidates->len : 0;
}

gboolean
sitrep_place_chooser_choose (SitrepPlaceChooser  *self,
                             guint                index,
                             GError             **error)
{
  SitrepGazetteerPlace *place;
  g_autofree char *gid = NULL;

  g_return_val_if_fail (SITREP_IS_PLACE_CHOOSER (self), FALSE);
  g_return_val_if_fail (self->candidates != NULL && index < self->candidates->len, FALSE);

  place = self->candidates->pdata[index];
  gid = place->geonameid != 0 ? g_strdup_printf ("geonames:%" G_GINT64_FORMAT, place->geonameid) : NULL;
  if (!sitrep_store_set_entity_place (self->store, self->entity_id, place->latitude, place->longitude,
                                      place->admin1_name, place->country, gid, error))
    return FALSE;

  gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}

const char *
sitrep_place_chooser_get_candidate_text (SitrepPlaceChooser *self,
                                         guint               index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (SITREP_IS_PLACE_CHOOSER (self), NULL);

  row = gtk_list_box_get_row_at_index (self->list, (int) index);
  return row != NULL ? adw_action_row_get_subtitle (ADW_ACTION_ROW (row)) : NULL;
}

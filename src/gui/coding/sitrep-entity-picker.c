/* sitrep-entity-picker.c — a button that picks one entity of a kind (place, actor) from the project
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-entity-picker"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include <adwaita.h>

#include "sitrep-accessible.h"
#include "sitrep-codebook.h"
#include "sitrep-entity-picker.h"
#include "sitrep-gazetteer.h"
#include "sitrep-store-entities.h"
#include "sitrep-user-message.h"
#include "sitrep-entity-picker-private.h"

/* Enough to choose from while typing; the place chooser lists more. */
#define MAX_CANDIDATES 8

struct _SitrepEntityPicker
{
  GtkWidget           parent_instance;

  /* template widgets */
  GtkMenuButton      *button;
  GtkLabel           *button_label;
  GtkPopover         *popover;
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  GtkButton          *create_button;
  GtkWidget          *gazetteer_heading;
  GtkWidget          *gazetteer_scroller;
  GtkListBox         *gazetteer_list;
  GtkWidget          *actor_type_box;
  GtkDropDown        *actor_type_dropdown;

  /* owned references */
  SitrepStore        *store;
  GListStore         *entities;
  GtkStringFilter    *filter;
  GtkSingleSelection *selection;
  SitrepGazetteer    *gazetteer;    /* loaded when a place is first looked up */
  GPtrArray          *candidates;   /* SitrepGazetteerPlace, as listed */
  char               *context;      /* the text the place is read in */
  GStrv               actor_types;  /* the codebook's, "" first for none */

  /* state */
  char               *kind;
  char               *name;
  char               *placeholder;
  gint64              entity_id;
  gboolean            type_chosen;  /* the user picked the new actor's type */
};

enum {
  PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SitrepEntityPicker, sitrep_entity_picker, GTK_TYPE_WIDGET)

static void
update_label (SitrepEntityPicker *self)
{
  const char *text = self->entity_id != 0 && self->name != NULL
                     ? self->name
                     : (self->placeholder ? self->placeholder : _("None"));

  gtk_label_set_label (self->button_label, text);
  if (self->entity_id != 0)
    gtk_widget_remove_css_class (GTK_WIDGET (self->button_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->button_label), "dim-label");
  /* The menu button and the toggle inside it, which is what takes focus. */
  sitrep_accessible_set_name (GTK_WIDGET (self->button), text);
}

static void
choose (SitrepEntityPicker *self,
        gint64              entity_id,
        const char         *name)
{
  self->entity_id = entity_id;
  g_free (self->name);
  self->name = g_strdup (name);
  update_label (self);
  gtk_popover_popdown (self->popover);
  g_signal_emit (self, signals[PICKED], 0);
}

static void
reload (SitrepEntityPicker *self)
{
  g_autoptr(GPtrArray) list = NULL;

  g_list_store_remove_all (self->entities);
  if (self->store == NULL)
    return;

  list = sitrep_store_list_entities (self->store, self->kind, NULL);
  if (list != NULL)
    g_list_store_splice (self->entities, 0, 0, list->pdata, list->len);
}

static void
on_popover_show (SitrepEntityPicker *self)
{
  reload (self);
  self->type_chosen = FALSE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* A new actor's type */

/* The codebook's actor types as the dropdown offers them: "Type not set" first. */
static void
load_actor_types (SitrepEntityPicker *self)
{
  SitrepCodebook *codebook = sitrep_codebook_get_default ();
  g_auto(GStrv) types = sitrep_codebook_list_actor_types (codebook);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_strv_builder_add (ids, "");
  gtk_string_list_append (names, _("Type not set"));
  for (guint i = 0; types != NULL && types[i] != NULL; i++)
    {
      const char *label = sitrep_codebook_get_actor_type_label (codebook, types[i]);

      g_strv_builder_add (ids, types[i]);
      gtk_string_list_append (names, label != NULL ? label : types[i]);
    }
  g_strfreev (self->actor_types);
  self->actor_types = g_strv_builder_end (ids);
  gtk_drop_down_set_model (self->actor_type_dropdown, G_LIST_MODEL (names));
}

static void
on_actor_type_selected (GtkDropDown        *dropdown,
                        GParamSpec         *pspec,
                        SitrepEntityPicker *self)
{
  self->type_chosen = TRUE;
}

/* While a new actor's name is typed, the type it will get: the codebook's
 * reading of the name ("Military Forces of Syria": state forces) until the
 * user picks one, as the reader's entity chooser offers it. */
static void
offer_actor_type (SitrepEntityPicker *self,
                  const char         *name)
{
  gboolean offer = g_strcmp0 (self->kind, "actor") == 0 && *name != '\0';
  const char *guess;
  guint index = 0;

  gtk_widget_set_visible (self->actor_type_box, offer);
  if (!offer || self->type_chosen)
    return;
  if (self->actor_types == NULL)
    load_actor_types (self);
  guess = sitrep_codebook_guess_actor_type (sitrep_codebook_get_default (), name);
  for (guint i = 0; guess != NULL && self->actor_types[i] != NULL; i++)
    if (g_strcmp0 (self->actor_types[i], guess) == 0)
      index = i;
  g_signal_handlers_block_by_func (self->actor_type_dropdown, on_actor_type_selected, self);
  gtk_drop_down_set_selected (self->actor_type_dropdown, index);
  g_signal_handlers_unblock_by_func (self->actor_type_dropdown, on_actor_type_selected, self);
}

/* The type the dropdown gives a new actor, or NULL for none. */
static const char *
chosen_actor_type (SitrepEntityPicker *self)
{
  guint index = gtk_drop_down_get_selected (self->actor_type_dropdown);

  if (g_strcmp0 (self->kind, "actor") != 0 || self->actor_types == NULL ||
      index >= g_strv_length (self->actor_types) || *self->actor_types[index] == '\0')
    return NULL;
  return self->actor_types[index];
}

/* Gazetteer candidates */

static char *
describe_candidate (const SitrepGazetteerPlace *place)
{
  GString *text = g_string_new (NULL);

  if (place->admin1_name != NULL && *place->admin1_name != '\0')
    g_string_append (text, place->admin1_name);
  if (place->country != NULL)
    g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", place->country);
  /* How far it lies from the article's other places tells the likely one. */
  if (place->doubtful && place->context_km >= 0)
    /* Translators: a doubtful gazetteer candidate; %.0f is a distance in km */
    g_string_append_printf (text, _(" · doubtful: %.0f km from the other places named"), place->context_km);
  else if (place->doubtful)
    g_string_append (text, _(" · doubtful"));
  else if (place->context_km >= 0)
    /* Translators: a gazetteer candidate; %.0f is a distance in km */
    g_string_append_printf (text, _(" · %.0f km from the other places named"), place->context_km);
  return g_string_free (text, FALSE);
}

static void
clear_candidates (SitrepEntityPicker *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->gazetteer_list))) != NULL)
    gtk_list_box_remove (self->gazetteer_list, child);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  gtk_widget_set_visible (self->gazetteer_heading, FALSE);
  gtk_widget_set_visible (self->gazetteer_scroller, FALSE);
}

/* A place picker also lists what the gazetteer knows by the name typed, so
 * a place the project does not have yet comes with its coordinates. */
static void
look_up_places (SitrepEntityPicker *self,
                const char         *name)
{
  g_autoptr(GError) error = NULL;

  clear_candidates (self);
  if (self->store == NULL || g_strcmp0 (self->kind, "place") != 0 || g_utf8_strlen (name, -1) < 2)
    return;
  if (self->gazetteer == NULL)
    self->gazetteer = sitrep_gazetteer_new (self->store, &error);
  /* Without a gazetteer the project's own places are still there. */
  if (self->gazetteer == NULL)
    {
      g_debug ("No gazetteer for the place picker: %s", error->message);
      return;
    }
  self->candidates = sitrep_gazetteer_lookup (self->gazetteer, name, self->context, NULL);
  if (self->candidates == NULL || self->candidates->len == 0)
    return;
  if (self->candidates->len > MAX_CANDIDATES)
    g_ptr_array_set_size (self->candidates, MAX_CANDIDATES);

  for (guint i = 0; i < self->candidates->len; i++)
    {
      const SitrepGazetteerPlace *place = self->candidates->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = describe_candidate (place);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), place->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      if (place->doubtful)
        gtk_widget_add_css_class (row, "doubtful-place");
      gtk_list_box_append (self->gazetteer_list, row);
    }
  gtk_widget_set_visible (self->gazetteer_heading, TRUE);
  gtk_widget_set_visible (self->gazetteer_scroller, TRUE);
}

/* The project's place of that name at that spot, if it has one already. */
static gint64
existing_place (SitrepEntityPicker         *self,
                const SitrepGazetteerPlace *place)
{
  g_autoptr(GPtrArray) places = sitrep_store_list_entities (self->store, "place", NULL);

  for (guint i = 0; places != NULL && i < places->len; i++)
    {
      SitrepEntity *entity = places->pdata[i];

      if (g_utf8_collate (sitrep_entity_get_name (entity), place->name) == 0 &&
          fabs (sitrep_entity_get_latitude (entity) - place->latitude) < 0.01 &&
          fabs (sitrep_entity_get_longitude (entity) - place->longitude) < 0.01)
        return sitrep_entity_get_id (entity);
    }
  return 0;
}

static gboolean
choose_candidate (SitrepEntityPicker          *self,
                  const SitrepGazetteerPlace  *place,
                  GError                     **error)
{
  g_autofree char *gid = NULL;
  g_autofree char *name = g_strdup (place->name);
  gint64 id;

  if (self->store == NULL || sitrep_store_is_read_only (self->store))
    return FALSE;
  /* The new place and the use made of it ("picked") are one undo step. */
  sitrep_store_begin_group (self->store, _("Choose a place from the gazetteer"));
  id = existing_place (self, place);
  if (id == 0)
    {
      gid = place->geonameid != 0 ? g_strdup_printf ("geonames:%" G_GINT64_FORMAT, place->geonameid) : NULL;
      id = sitrep_store_add_entity (self->store, "place", place->name, error);
      if (id != 0 &&
          !sitrep_store_set_entity_place (self->store, id, place->latitude, place->longitude,
                                          place->admin1_name, place->country, gid, error))
        id = 0;
    }
  if (id != 0)
    choose (self, id, name);
  sitrep_store_end_group (self->store);
  return id != 0;
}

static void
on_gazetteer_row_activated (SitrepEntityPicker *self,
                            GtkListBoxRow      *row)
{
  g_autoptr(GError) error = NULL;
  int index = gtk_list_box_row_get_index (row);

  if (self->candidates == NULL || index < 0 || (guint) index >= self->candidates->len)
    return;
  if (!choose_candidate (self, self->candidates->pdata[index], &error) && error != NULL)
    sitrep_show_error (GTK_WIDGET (self), error);
}

static void
on_search_changed (SitrepEntityPicker *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *name = g_strstrip (g_strdup (text));
  gboolean writable = self->store != NULL && !sitrep_store_is_read_only (self->store);

  gtk_string_filter_set_search (self->filter, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->create_button), writable && *name != '\0');
  offer_actor_type (self, name);
  look_up_places (self, name);
}

static void
on_list_activate (SitrepEntityPicker *self,
                  guint               position)
{
  g_autoptr(SitrepEntity) entity = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (entity != NULL)
    choose (self, sitrep_entity_get_id (entity), sitrep_entity_get_name (entity));
}

static void on_create_clicked (SitrepEntityPicker *self);

/* Enter in the search: the first entity listed; else, for a place, the
 * gazetteer's first candidate; else a new entity of the name typed, as
 * New Entity would make it. Enter on a new name did nothing. */
static void
on_search_activate (SitrepEntityPicker *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    on_list_activate (self, 0);
  else if (self->candidates != NULL && self->candidates->len > 0)
    on_gazetteer_row_activated (self, gtk_list_box_get_row_at_index (self->gazetteer_list, 0));
  else if (gtk_widget_get_sensitive (GTK_WIDGET (self->create_button)))
    on_create_clicked (self);
}

static void
on_create_clicked (SitrepEntityPicker *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  g_autofree char *what = NULL;
  g_autoptr(GError) error = NULL;
  const char *type = chosen_actor_type (self);
  gint64 id;

  if (self->store == NULL || *name == '\0')
    return;

  /* The entity, its type and the use made of it ("picked") are one undo step. */
  what = g_strdup_printf (_("New entity “%s”"), name);
  sitrep_store_begin_group (self->store, what);
  id = sitrep_store_add_entity (self->store, self->kind ? self->kind : "actor", name, &error);
  if (id != 0 && type != NULL && !sitrep_store_set_entity_actor_type (self->store, id, type, &error))
    id = 0;
  if (id != 0)
    choose (self, id, name);
  /* Not made: nothing is left half made; say why and leave the name as typed. */
  if (sitrep_store_end_group (self->store) && id == 0)
    sitrep_store_undo (self->store, NULL);
  if (id == 0)
    sitrep_show_error (GTK_WIDGET (self), error);
}

static void
on_clear_clicked (SitrepEntityPicker *self)
{
  choose (self, 0, NULL);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  SitrepEntity *entity = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), sitrep_entity_get_name (entity));
}

static void
sitrep_entity_picker_dispose (GObject *object)
{
  SitrepEntityPicker *self = SITREP_ENTITY_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_ENTITY_PICKER);
  g_clear_object (&self->selection);
  g_clear_object (&self->entities);
  g_clear_object (&self->store);
  g_clear_object (&self->gazetteer);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->actor_types, g_strfreev);

  G_OBJECT_CLASS (sitrep_entity_picker_parent_class)->dispose (object);
}

static void
sitrep_entity_picker_finalize (GObject *object)
{
  SitrepEntityPicker *self = SITREP_ENTITY_PICKER (object);

  g_free (self->kind);
  g_free (self->name);
  g_free (self->placeholder);
  g_free (self->context);

  G_OBJECT_CLASS (sitrep_entity_picker_parent_class)->finalize (object);
}

static void
sitrep_entity_picker_class_init (SitrepEntityPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_entity_picker_dispose;
  object_class->finalize = sitrep_entity_picker_finalize;

  /**
   * SitrepEntityPicker::picked:
   *
   * The user chose an entity, or none.
   */
  signals[PICKED] = g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-entity-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepEntityPicker, button);
  gtk_widget_class_bind_template_child (widget_class, SitrepEntityPicker, button_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepEntityPicker, popover);
  gtk_widget_class_bind_template_child (widget_class, SitrepEntityPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SitrepEntityPicker, list_view);
  gtk_widget_class_bind_template_child (widget_class, SitrepEntityPicker, create_button);
  gtk_widget_class_bind_template_child (widget_class, SitrepEntityPicker, gazetteer_heading);
  gtk_widget_class_bind_template_child (widget_class, SitrepEntityPicker, gazetteer_scroller);
  gtk_widget_class_bind_template_child (widget_class, SitrepEntityPicker, gazetteer_list);
  gtk_widget_class_bind_template_child (widget_class, SitrepEntityPicker, actor_type_box);
  gtk_widget_class_bind_template_child (widget_class, SitrepEntityPicker, actor_type_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_create_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_gazetteer_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_actor_type_selected);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sitrep_entity_picker_init (SitrepEntityPicker *self)
{
  GtkListItemFactory *factory;
  GtkFilterListModel *filtered;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->entities = g_list_store_new (SITREP_TYPE_ENTITY);
  self->filter = gtk_string_filter_new (gtk_property_expression_new (SITREP_TYPE_ENTITY, NULL, "name"));
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->entities)),
                                        GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  update_label (self);
}

void
sitrep_entity_picker_set_store (SitrepEntityPicker *self,
                                SitrepStore        *store,
                                const char         *kind)
{
  g_return_if_fail (SITREP_IS_ENTITY_PICKER (self));
  g_return_if_fail (store == NULL || SITREP_IS_STORE (store));

  if (self->store != store)
    g_clear_object (&self->gazetteer);
  g_set_object (&self->store, store);
  g_free (self->kind);
  self->kind = g_strdup (kind);
  g_list_store_remove_all (self->entities);
}

gint64
sitrep_entity_picker_get_entity_id (SitrepEntityPicker *self)
{
  g_return_val_if_fail (SITREP_IS_ENTITY_PICKER (self), 0);

  return self->entity_id;
}

void
sitrep_entity_picker_set_entity (SitrepEntityPicker *self,
                                 gint64              entity_id,
                                 const char         *name)
{
  g_return_if_fail (SITREP_IS_ENTITY_PICKER (self));

  self->entity_id = entity_id;
  g_free (self->name);
  self->name = g_strdup (name);
  update_label (self);
}

void
sitrep_entity_picker_set_placeholder (SitrepEntityPicker *self,
                                      const char         *placeholder)
{
  g_return_if_fail (SITREP_IS_ENTITY_PICKER (self));

  g_free (self->placeholder);
  self->placeholder = g_strdup (placeholder);
  update_label (self);
}

void
sitrep_entity_picker_set_context (SitrepEntityPicker *self,
                                  const char         *context_text)
{
  g_return_if_fail (SITREP_IS_ENTITY_PICKER (self));

  g_free (self->context);
  self->context = g_strdup (context_text);
}

void
sitrep_entity_picker_search (SitrepEntityPicker *self,
                             const char         *text)
{
  g_return_if_fail (SITREP_IS_ENTITY_PICKER (self));

  gtk_popover_popup (self->popover);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  on_search_changed (self);
}

guint
sitrep_entity_picker_get_n_candidates (SitrepEntityPicker *self)
{
  g_return_val_if_fail (SITREP_IS_ENTITY_PICKER (self), 0);

  return self->candidates != NULL ? self->candidates->len : 0;
}

const char *
sitrep_entity_picker_get_candidate_text (SitrepEntityPicker *self,
                                         guint               index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (SITREP_IS_ENTITY_PICKER (self), NULL);

  row = gtk_list_box_get_row_at_index (self->gazetteer_list, (int) index);
  return row != NULL ? adw_action_row_get_subtitle (ADW_ACTION_ROW (row)) : NULL;
}

void
sitrep_entity_picker_choose_candidate (SitrepEntityPicker *self,
                                       guint               index)
{
  GtkListBoxRow *row;

  g_return_if_fail (SITREP_IS_ENTITY_PICKER (self));

  row = gtk_list_box_get_row_at_index (self->gazetteer_list, (int) index);
  g_return_if_fail (row != NULL);
  g_signal_emit_by_name (self->gazetteer_list, "row-activated", row);
}

/* sitrep-entity-picker.c — a button that picks one entity of a kind (place, actor) from the project
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-entity-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-accessible.h"
#include "sitrep-entity-picker.h"
#include "sitrep-user-message.h"

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

  /* owned references */
  SitrepStore        *store;
  GListStore         *entities;
  GtkStringFilter    *filter;
  GtkSingleSelection *selection;

  /* state */
  char               *kind;
  char               *name;
  char               *placeholder;
  gint64              entity_id;
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
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_search_changed (SitrepEntityPicker *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *name = g_strstrip (g_strdup (text));
  gboolean writable = self->store != NULL && !sitrep_store_is_read_only (self->store);

  gtk_string_filter_set_search (self->filter, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->create_button), writable && *name != '\0');
}

static void
on_list_activate (SitrepEntityPicker *self,
                  guint               position)
{
  g_autoptr(SitrepEntity) entity = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (entity != NULL)
    choose (self, sitrep_entity_get_id (entity), sitrep_entity_get_name (entity));
}

static void
on_search_activate (SitrepEntityPicker *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    on_list_activate (self, 0);
}

static void
on_create_clicked (SitrepEntityPicker *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->store == NULL || *name == '\0')
    return;

  id = sitrep_store_add_entity (self->store, self->kind ? self->kind : "actor", name, &error);
  /* Not made: say why and leave the name as typed. */
  if (id == 0)
    {
      sitrep_show_error (GTK_WIDGET (self), error);
      return;
    }
  choose (self, id, name);
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

  G_OBJECT_CLASS (sitrep_entity_picker_parent_class)->dispose (object);
}

static void
sitrep_entity_picker_finalize (GObject *object)
{
  SitrepEntityPicker *self = SITREP_ENTITY_PICKER (object);

  g_free (self->kind);
  g_free (self->name);
  g_free (self->placeholder);

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
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_create_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked);
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

GtkWidget *
sitrep_entity_picker_new (void)
{
  return g_object_new (SITREP_TYPE_ENTITY_PICKER, NULL);
}

void
sitrep_entity_picker_set_store (SitrepEntityPicker *self,
                                SitrepStore        *store,
                                const char         *kind)
{
  g_return_if_fail (SITREP_IS_ENTITY_PICKER (self));
  g_return_if_fail (store == NULL || SITREP_IS_STORE (store));

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
sitrep_entity_picker_pick (SitrepEntityPicker *self,
                           gint64              entity_id)
{
  g_autoptr(SitrepEntity) entity = NULL;

  g_return_if_fail (SITREP_IS_ENTITY_PICKER (self));

  if (entity_id != 0 && self->store != NULL)
    entity = sitrep_store_get_entity (self->store, entity_id, NULL);
  choose (self, entity ? entity_id : 0, entity ? sitrep_entity_get_name (entity) : NULL);
}

/* sitrep-entities-window.c — actors, persons and places: names, aliases, merging
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-entities"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-entities-window.h"
#include "sitrep-entities-window-private.h"
#include "sitrep-entity-chooser.h"

struct _SitrepEntitiesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* owned references */
  SitrepStore          *store;
  AdwPreferencesGroup  *groups[3];
  AdwPreferencesPage   *pages[3];
  char                 *last_toast;

  /* state */
  guint                 rebuild_id;
  guint                 counts_id;  /* idle: the counts again after events changed */
  GHashTable           *counts;     /* entity id → its row's count label (owned by the row) */
};

G_DEFINE_FINAL_TYPE (SitrepEntitiesWindow, sitrep_entities_window, ADW_TYPE_PREFERENCES_WINDOW)

static const char *kinds[] = { "actor", "person", "place" };
static const char *kind_titles[] = { N_("Actors"), N_("Persons"), N_("Places") };
static const char *kind_icons[] = { "system-users-symbolic", "avatar-default-symbolic", "mark-location-symbolic" };

static const char *actor_types[] = {
  "", "state_forces", "rebel_group", "political_militia", "identity_militia",
  "rioters", "protesters", "civilians", "external_other",
};
static const char *actor_type_names[] = {
  N_("Not set"), N_("State forces"), N_("Rebel group"), N_("Political militia"),
  N_("Identity militia"), N_("Rioters"), N_("Protesters"), N_("Civilians"), N_("External/Other"),
};

static void
toast (SitrepEntitiesWindow *self,
       const char           *title,
       gboolean              undo)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  AdwToast *t = adw_toast_new (escaped);

  g_free (self->last_toast);
  self->last_toast = g_strdup (title);
  if (undo)
    {
      adw_toast_set_button_label (t, _("_Undo"));
      adw_toast_set_action_name (t, "entities.undo");
    }
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), t);
}

static gint64
widget_id (gpointer widget)
{
  gint64 *id = g_object_get_data (G_OBJECT (widget), "entity-id");

  return id ? *id : 0;
}

static void
set_widget_id (gpointer widget,
               gint64   id)
{
  g_object_set_data_full (G_OBJECT (widget), "entity-id", g_memdup2 (&id, sizeof id), g_free);
}

static void
on_name_apply (AdwEntryRow          *row,
               SitrepEntitiesWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "entities.rename", "(xs)", widget_id (row),
                              gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
on_actor_type_selected (AdwComboRow          *row,
                        GParamSpec           *pspec,
                        SitrepEntitiesWindow *self)
{
  guint i = adw_combo_row_get_selected (row);

  if (i < G_N_ELEMENTS (actor_types) && !g_object_get_data (G_OBJECT (row), "loading"))
    gtk_widget_activate_action (GTK_WIDGET (self), "entities.set-actor-type", "(xs)",
                                widget_id (row), actor_types[i]);
}

static void
on_merge_clicked (GtkButton            *button,
                  SitrepEntitiesWindow *self)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (button), "targets");
  GArray *ids = g_object_get_data (G_OBJECT (dropdown), "ids");
  guint i = gtk_drop_down_get_selected (dropdown);

  if (ids == NULL || i >= ids->len)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "entities.merge", "(xx)",
                              g_array_index (ids, gint64, i), widget_id (button));
}

/* "3 mentions · 2 events": an imported dataset's actors and places have
 * events but no spans in any article. */
static char *
count_text (guint n_mentions,
            guint n_events)
{
  g_autofree char *mentions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u mention", "%'u mentions",
                                                            n_mentions), n_mentions);
  g_autofree char *events = NULL;

  if (n_events == 0)
    return g_steal_pointer (&mentions);
  events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u event", "%'u events", n_events), n_events);
  return g_strdup_printf ("%s · %s", mentions, events);
}

static guint
events_of (GHashTable *event_counts,
           gint64      id)
{
  return event_counts != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (event_counts, &id)) : 0;
}

/* "Daraa, Syria · Deraa, Dar'a": where a place is, an actor's type, the other spellings. */
static char *
dup_subtitle (SitrepEntity *entity)
{
  const char * const *aliases = sitrep_entity_get_aliases (entity);
  GString *subtitle = g_string_new (NULL);

  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    {
      if (g_strcmp0 (aliases[i], sitrep_entity_get_name (entity)) == 0)
        continue;
      g_string_append_printf (subtitle, "%s%s", subtitle->len ? ", " : "", aliases[i]);
    }
  if (subtitle->len == 0)
    g_string_append (subtitle, _("No other spellings"));
  /* An actor's type gives its events their inter codes: show it, or that it is missing. */
  if (g_strcmp0 (sitrep_entity_get_kind (entity), "actor") == 0)
    {
      const char *type = sitrep_entity_get_actor_type (entity);

      for (guint i = 1; i < G_N_ELEMENTS (actor_types); i++)
        if (g_strcmp0 (actor_types[i], type) == 0)
          type = _(actor_type_names[i]);
      g_string_prepend (subtitle, " · ");
      g_string_prepend (subtitle, type != NULL ? type : _("No actor type"));
    }
  /* Where a place is tells two of one name apart ("Tal Hamis" in two
   * governorates), as its rows in the chooser do. */
  if (g_strcmp0 (sitrep_entity_get_kind (entity), "place") == 0)
    {
      g_autofree char *where = sitrep_entity_dup_where (entity);

      g_string_prepend (subtitle, " · ");
      g_string_prepend (subtitle, where);
    }

  return g_string_free (subtitle, FALSE);
}

/* Whether another place of @same_kind has @entity's name: the merge
 * targets say where each of them is. */
static gboolean
shares_name (GPtrArray    *same_kind,
             SitrepEntity *entity)
{
  if (g_strcmp0 (sitrep_entity_get_kind (entity), "place") != 0)
    return FALSE;
  for (guint i = 0; i < same_kind->len; i++)
    {
      SitrepEntity *other = g_ptr_array_index (same_kind, i);

      if (other != entity && sitrep_entity_get_id (other) != sitrep_entity_get_id (entity) &&
          g_strcmp0 (sitrep_entity_get_name (other), sitrep_entity_get_name (entity)) == 0)
        return TRUE;
    }
  return FALSE;
}

static GtkWidget *
make_entity_row (SitrepEntitiesWindow *self,
                 SitrepEntity         *entity,
                 GPtrArray            *same_kind,
                 GHashTable           *event_counts)
{
  gint64 id = sitrep_entity_get_id (entity);
  g_autofree char *subtitle = dup_subtitle (entity);
  g_autofree char *mentions = NULL;
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *name = adw_entry_row_new ();
  GtkWidget *merge_row = adw_action_row_new ();
  GtkStringList *names = gtk_string_list_new (NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkWidget *targets;
  GtkWidget *merge = gtk_button_new_with_mnemonic (_("_Merge"));
  guint n = sitrep_entity_get_mentions (entity);
  guint n_events = events_of (event_counts, id);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), sitrep_entity_get_name (entity));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  mentions = count_text (n, n_events);
  g_object_set_data (G_OBJECT (count), "mentions", GUINT_TO_POINTER (n));
  g_hash_table_insert (self->counts, g_memdup2 (&id, sizeof id), count);
  gtk_label_set_text (GTK_LABEL (count), mentions);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), count);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name), _("Name"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (name), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (name), sitrep_entity_get_name (entity));
  set_widget_id (name, id);
  g_signal_connect (name, "apply", G_CALLBACK (on_name_apply), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), name);

  if (g_strcmp0 (sitrep_entity_get_kind (entity), "actor") == 0)
    {
      GtkWidget *type = adw_combo_row_new ();
      GtkStringList *types = gtk_string_list_new (NULL);

      for (guint i = 0; i < G_N_ELEMENTS (actor_type_names); i++)
        gtk_string_list_append (types, _(actor_type_names[i]));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (type), _("Actor type"));
      adw_combo_row_set_model (ADW_COMBO_ROW (type), G_LIST_MODEL (types));
      g_object_unref (types);
      g_object_set_data (G_OBJECT (type), "loading", GINT_TO_POINTER (1));
      for (guint i = 1; i < G_N_ELEMENTS (actor_types); i++)
        if (g_strcmp0 (actor_types[i], sitrep_entity_get_actor_type (entity)) == 0)
          adw_combo_row_set_selected (ADW_COMBO_ROW (type), i);
      g_object_set_data (G_OBJECT (type), "loading", NULL);
      set_widget_id (type, id);
      g_signal_connect (type, "notify::selected", G_CALLBACK (on_actor_type_selected), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), type);
    }

  for (guint i = 0; i < same_kind->len; i++)
    {
      SitrepEntity *other = g_ptr_array_index (same_kind, i);
      gint64 other_id = sitrep_entity_get_id (other);

      if (other_id == id)
        continue;
      if (shares_name (same_kind, other))
        {
          g_autofree char *where = sitrep_entity_dup_where (other);
          g_autofree char *both = g_strdup_printf ("%s — %s", sitrep_entity_get_name (other), where);

          gtk_string_list_append (names, both);
        }
      else
        gtk_string_list_append (names, sitrep_entity_get_name (other));
      g_array_append_val (ids, other_id);
    }
  targets = gtk_drop_down_new (G_LIST_MODEL (names), NULL);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (targets), TRUE);
  gtk_drop_down_set_expression (GTK_DROP_DOWN (targets),
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  g_object_set_data_full (G_OBJECT (targets), "ids", ids, (GDestroyNotify) g_array_unref);
  gtk_widget_set_valign (targets, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (targets), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Entity to merge into"), -1);
  gtk_widget_set_valign (merge, GTK_ALIGN_CENTER);
  set_widget_id (merge, id);
  g_object_set_data (G_OBJECT (merge), "targets", targets);
  g_signal_connect (merge, "clicked", G_CALLBACK (on_merge_clicked), self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (merge_row), _("Merge into…"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (merge_row),
                               _("Its names and mentions move to the other entity"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (merge_row), targets);
  adw_action_row_add_suffix (ADW_ACTION_ROW (merge_row), merge);
  gtk_widget_set_sensitive (merge_row, ids->len > 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), merge_row);

  return expander;
}

static void
rebuild (SitrepEntitiesWindow *self)
{
  g_autoptr(GHashTable) event_counts = NULL;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_handle_id (&self->counts_id, g_source_remove);
  g_hash_table_remove_all (self->counts);
  event_counts = sitrep_store_count_entity_events (self->store, NULL);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GPtrArray) entities = sitrep_store_list_entities (self->store, kinds[k], NULL);
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

      if (self->groups[k] != NULL)
        adw_preferences_page_remove (self->pages[k], self->groups[k]);
      self->groups[k] = group;

      if (entities == NULL || entities->len == 0)
        adw_preferences_group_set_description (group, _("None yet: link a span in the reader to add one"));
      for (guint i = 0; entities != NULL && i < entities->len; i++)
        adw_preferences_group_add (group, make_entity_row (self, g_ptr_array_index (entities, i), entities,
                                                            event_counts));
      adw_preferences_page_add (self->pages[k], group);
    }
}

static gboolean
rebuild_in_idle (gpointer data)
{
  SitrepEntitiesWindow *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
on_entities_changed (SitrepStore          *store,
                     SitrepEntitiesWindow *self)
{
  /* Rows may be the ones that asked for the change: not from inside their handler. */
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_in_idle, self);
}

/* Events changed (an event's place or actors, an event added or removed):
 * only the counts of events change, so the rows stay as the user left them
 * (expanded, a name being edited). */
static gboolean
update_counts_in_idle (gpointer data)
{
  SitrepEntitiesWindow *self = data;
  g_autoptr(GHashTable) event_counts = NULL;
  GHashTableIter iter;
  gpointer key, label;

  self->counts_id = 0;
  event_counts = sitrep_store_count_entity_events (self->store, NULL);
  g_hash_table_iter_init (&iter, self->counts);
  while (g_hash_table_iter_next (&iter, &key, &label))
    {
      guint n = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), "mentions"));
      g_autofree char *text = count_text (n, events_of (event_counts, *(gint64 *) key));

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) != 0)
        gtk_label_set_text (GTK_LABEL (label), text);
    }
  return G_SOURCE_REMOVE;
}

static void
on_events_changed (SitrepStore          *store,
                   gint64                event_id,
                   SitrepEntitiesWindow *self)
{
  if (self->counts_id == 0 && self->rebuild_id == 0)
    self->counts_id = g_idle_add (update_counts_in_idle, self);
}

/* Actions */

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  SitrepEntitiesWindow *self = SITREP_ENTITIES_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepEntity) keep_entity = NULL;
  g_autofree char *title = NULL;
  gint64 keep, merge;

  g_variant_get (param, "(xx)", &keep, &merge);
  keep_entity = sitrep_store_get_entity (self->store, keep, NULL);
  if (!sitrep_store_merge_entities (self->store, keep, merge, &error))
    {
      toast (self, error->message, FALSE);
      return;
    }
  /* Translators: toast after merging; %s is the entity kept */
  title = g_strdup_printf (_("Merged into “%s”"), keep_entity ? sitrep_entity_get_name (keep_entity) : "");
  toast (self, title, TRUE);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SitrepEntitiesWindow *self = SITREP_ENTITIES_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  const char *name;
  gint64 id;

  g_variant_get (param, "(x&s)", &id, &name);
  if (!sitrep_store_rename_entity (self->store, id, name, &error))
    toast (self, error->message, FALSE);
}

static void
set_actor_type_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  SitrepEntitiesWindow *self = SITREP_ENTITIES_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  const char *type;
  gint64 id;

  g_variant_get (param, "(x&s)", &id, &type);
  if (!sitrep_store_set_entity_actor_type (self->store, id, *type != '\0' ? type : NULL, &error))
    toast (self, error->message, FALSE);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SitrepEntitiesWindow *self = SITREP_ENTITIES_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!sitrep_store_undo (self->store, &error))
    toast (self, error->message, FALSE);
}

static void
sitrep_entities_window_dispose (GObject *object)
{
  SitrepEntitiesWindow *self = SITREP_ENTITIES_WINDOW (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_handle_id (&self->counts_id, g_source_remove);
  g_hash_table_remove_all (self->counts);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sitrep_entities_window_parent_class)->dispose (object);
}

static void
sitrep_entities_window_finalize (GObject *object)
{
  SitrepEntitiesWindow *self = SITREP_ENTITIES_WINDOW (object);

  g_free (self->last_toast);
  g_hash_table_unref (self->counts);

  G_OBJECT_CLASS (sitrep_entities_window_parent_class)->finalize (object);
}

static void
sitrep_entities_window_class_init (SitrepEntitiesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_entities_window_dispose;
  object_class->finalize = sitrep_entities_window_finalize;

  gtk_widget_class_install_action (widget_class, "entities.merge", "(xx)", merge_action);
  gtk_widget_class_install_action (widget_class, "entities.rename", "(xs)", rename_action);
  gtk_widget_class_install_action (widget_class, "entities.set-actor-type", "(xs)", set_actor_type_action);
  gtk_widget_class_install_action (widget_class, "entities.undo", NULL, undo_action);
}

static void
sitrep_entities_window_init (SitrepEntitiesWindow *self)
{
  self->counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gtk_window_set_title (GTK_WINDOW (self), _("Entities"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 720);
  gtk_window_set_modal (GTK_WINDOW (self), FALSE);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      self->pages[k] = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
      adw_preferences_page_set_title (self->pages[k], _(kind_titles[k]));
      adw_preferences_page_set_icon_name (self->pages[k], kind_icons[k]);
      adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), self->pages[k]);
    }
}

SitrepEntitiesWindow *
sitrep_entities_window_new (SitrepStore *store)
{
  SitrepEntitiesWindow *self;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  self = g_object_new (SITREP_TYPE_ENTITIES_WINDOW, NULL);
  self->store = g_object_ref (store);
  g_signal_connect (store, "entities-changed", G_CALLBACK (on_entities_changed), self);
  g_signal_connect (store, "events-changed", G_CALLBACK (on_events_changed), self);
  rebuild (self);

  return self;
}

const char *
sitrep_entities_window_get_last_toast (SitrepEntitiesWindow *self)
{
  g_return_val_if_fail (SITREP_IS_ENTITIES_WINDOW (self), NULL);

  return self->last_toast;
}

/* The count shown on @entity_id's row ("1 mention · 2 events"), or NULL. */
const char *
sitrep_entities_window_get_count_text (SitrepEntitiesWindow *self,
                                       gint64                entity_id)
{
  GtkLabel *label;

  g_return_val_if_fail (SITREP_IS_ENTITIES_WINDOW (self), NULL);

  label = g_hash_table_lookup (self->counts, &entity_id);
  return label != NULL ? gtk_label_get_text (label) : NULL;
}

static GtkWidget *
row_of (SitrepEntitiesWindow *self,
        gint64                entity_id)
{
  GtkWidget *count = g_hash_table_lookup (self->counts, &entity_id);

  return count != NULL ? gtk_widget_get_ancestor (count, ADW_TYPE_EXPANDER_ROW) : NULL;
}

const char *
sitrep_entities_window_get_subtitle (SitrepEntitiesWindow *self,
                                     gint64                entity_id)
{
  GtkWidget *row;

  g_return_val_if_fail (SITREP_IS_ENTITIES_WINDOW (self), NULL);

  row = row_of (self, entity_id);
  return row != NULL ? adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)) : NULL;
}

static GtkWidget *
find_drop_down (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget) && g_object_get_data (G_OBJECT (widget), "ids") != NULL)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_drop_down (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GStrv
sitrep_entities_window_dup_merge_targets (SitrepEntitiesWindow *self,
                                          gint64                entity_id)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  GtkWidget *row, *targets;
  GListModel *model;

  g_return_val_if_fail (SITREP_IS_ENTITIES_WINDOW (self), NULL);

  row = row_of (self, entity_id);
  targets = row != NULL ? find_drop_down (row) : NULL;
  model = targets != NULL ? gtk_drop_down_get_model (GTK_DROP_DOWN (targets)) : NULL;
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    g_strv_builder_add (names, gtk_string_list_get_string (GTK_STRING_LIST (model), i));
  return g_strv_builder_end (names);
}

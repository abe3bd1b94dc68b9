/* sitrep-entity-chooser.c — link a span to an actor, person or place
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-entity-chooser"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sitrep-entity-chooser.h"
#include "sitrep-gazetteer.h"
#include "sitrep-label-kind.h"
#include "sitrep-user-message.h"
#include "sitrep-entity-chooser-private.h"

#define MAX_OFFERS 50
/* The row that looks the linked place up in the gazetteer (win.choose-place). */
#define LOCATE_ROW_ID -1

struct _SitrepEntityChooser
{
  GtkPopover      parent_instance;

  /* template widgets */
  GtkLabel       *heading;
  GtkSearchEntry *search_entry;
  GtkListBox     *list_box;
  GtkWidget      *actor_type_box;
  GtkDropDown    *actor_type_dropdown;

  /* owned references */
  SitrepStore    *store;
  char           *kind;
  char           *text;
  GStrv           actor_types;     /* the codebook's, "" first for none */

  /* state */
  gint64          annotation_id;
  gint64          linked_id;
  gboolean        type_chosen;     /* the user picked a type: no more guessing */
};

G_DEFINE_FINAL_TYPE (SitrepEntityChooser, sitrep_entity_chooser, GTK_TYPE_POPOVER)

static GtkWidget *
make_row (gint64      entity_id,
          const char *title,
          const char *subtitle,
          gboolean    current)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (title);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (texts), name);
  if (subtitle != NULL && *subtitle != '\0')
    {
      GtkWidget *sub = gtk_label_new (subtitle);

      gtk_label_set_xalign (GTK_LABEL (sub), 0);
      gtk_label_set_ellipsize (GTK_LABEL (sub), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (sub, "dim-label");
      gtk_widget_add_css_class (sub, "caption");
      gtk_box_append (GTK_BOX (texts), sub);
    }
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_set_visible (check, current);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  /* Read out too: two places of one name differ only in it. */
  if (subtitle != NULL && *subtitle != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
  g_object_set_data_full (G_OBJECT (row), "subtitle", g_strdup (subtitle), g_free);
  g_object_set_data_full (G_OBJECT (row), "entity-id", g_memdup2 (&entity_id, sizeof entity_id), g_free);

  return row;
}

static char *
dup_aliases_text (SitrepEntity *entity)
{
  const char * const *aliases = sitrep_entity_get_aliases (entity);
  g_autoptr(GString) s = g_string_new (NULL);
  guint mentions = sitrep_entity_get_mentions (entity);

  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    {
      if (g_strcmp0 (aliases[i], sitrep_entity_get_name (entity)) == 0)
        continue;
      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append (s, aliases[i]);
    }
  if (s->len > 0)
    g_string_append (s, " · ");
  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%u mention", "%u mentions", mentions),
                          mentions);

  return g_string_free (g_steal_pointer (&s), FALSE);
}

char *
sitrep_entity_dup_where (SitrepEntity *e)
{
  char *where;

  g_return_val_if_fail (SITREP_IS_ENTITY (e), NULL);

  if (isnan (sitrep_entity_get_latitude (e)))
    return g_strdup (_("no coordinates"));
  where = sitrep_gazetteer_dup_where (sitrep_entity_get_admin1 (e), sitrep_entity_get_country (e));
  if (where != NULL)
    return where;
  return g_strdup_printf ("%.4f, %.4f", sitrep_entity_get_latitude (e), sitrep_entity_get_longitude (e));
}

/* A linked place without coordinates is on no map: offer the gazetteer's
 * candidates for it, not only a pin. */
static void
append_locate_row (SitrepEntityChooser *self)
{
  g_autoptr(SitrepEntity) linked = NULL;
  g_autofree char *title = NULL;

  if (g_strcmp0 (self->kind, "place") != 0 || self->linked_id == 0 || self->store == NULL)
    return;
  linked = sitrep_store_get_entity (self->store, self->linked_id, NULL);
  if (linked == NULL || !isnan (sitrep_entity_get_latitude (linked)))
    return;
  /* Translators: a choice in the entity chooser; %s is a place's name */
  title = g_strdup_printf (_("Find Where “%s” Is…"), sitrep_entity_get_name (linked));
  gtk_list_box_append (self->list_box,
                       make_row (LOCATE_ROW_ID, title, _("Candidates from the gazetteer, or a pin on the map"), FALSE));
}

/* The codebook's actor types as the dropdown offers them: "Not set" first. */
static void
load_actor_types (SitrepEntityChooser *self)
{
  SitrepCodebook *codebook = sitrep_codebook_get_default ();
  g_auto(GStrv) types = sitrep_codebook_list_actor_types (codebook);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  GtkStringList *names = gtk_string_list_new (NULL);

  g_strv_builder_add (ids, "");
  gtk_string_list_append (names, _("Type not set"));
  for (guint i = 0; types != NULL && types[i] != NULL; i++)
    {
      const char *label = sitrep_codebook_get_actor_type_label (codebook, types[i]);

      g_strv_builder_add (ids, types[i]);
      gtk_string_list_append (names, label != NULL ? label : types[i]);
    }
  self->actor_types = g_strv_builder_end (ids);
  gtk_drop_down_set_model (self->actor_type_dropdown, G_LIST_MODEL (names));
  g_object_unref (names);
}

static void
on_actor_type_selected (GtkDropDown         *dropdown,
                        GParamSpec          *pspec,
                        SitrepEntityChooser *self);

static void
select_actor_type (SitrepEntityChooser *self,
                   const char          *type)
{
  guint index = 0;

  for (guint i = 0; self->actor_types != NULL && self->actor_types[i] != NULL; i++)
    if (g_strcmp0 (self->actor_types[i], type) == 0)
      index = i;
  g_signal_handlers_block_by_func (self->actor_type_dropdown, on_actor_type_selected, self);
  gtk_drop_down_set_selected (self->actor_type_dropdown, index);
  g_signal_handlers_unblock_by_func (self->actor_type_dropdown, on_actor_type_selected, self);
}

/* A new actor's type as the codebook reads it from the name ("Syrian Arab
 * Army": state forces), until the user picks one. */
static void
guess_actor_type (SitrepEntityChooser *self,
                  const char          *name)
{
  gboolean actor = g_strcmp0 (self->kind, "actor") == 0;

  gtk_widget_set_visible (self->actor_type_box, actor);
  if (!actor || self->type_chosen)
    return;
  select_actor_type (self, name != NULL ? sitrep_codebook_guess_actor_type (sitrep_codebook_get_default (), name)
                                        : NULL);
}

static void
on_actor_type_selected (GtkDropDown         *dropdown,
                        GParamSpec          *pspec,
                        SitrepEntityChooser *self)
{
  self->type_chosen = TRUE;
}

/* Makes the actor “New entity” stands for, with the type offered, as part of
 * the link's undo step. 0 with @error set when it could not be saved. */
static gint64
add_new_actor (SitrepEntityChooser *self,
               const char          *name,
               GError             **error)
{
  guint index = gtk_drop_down_get_selected (self->actor_type_dropdown);
  const char *type = NULL;
  gint64 id;

  if (self->actor_types != NULL && index < g_strv_length (self->actor_types) && *self->actor_types[index] != '\0')
    type = self->actor_types[index];
  id = sitrep_store_add_entity (self->store, "actor", name, error);
  if (id != 0 && type != NULL && !sitrep_store_set_entity_actor_type (self->store, id, type, error))
    return 0;
  return id;
}

static void
fill (SitrepEntityChooser *self,
      const char          *search)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree char *new_title = NULL;
  const char *name = search != NULL && *search != '\0' ? search : self->text;
  GtkWidget *child;
  GtkWidget *first = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  if (self->store == NULL || name == NULL)
    return;

  /* Names that match after normalisation first, then any containing the words typed. */
  found = sitrep_store_find_entities (self->store, self->kind, name, NULL);
  if (search != NULL && *search != '\0')
    {
      g_autoptr(GPtrArray) all = sitrep_store_list_entities (self->store, self->kind, NULL);
      g_autofree char *needle = g_utf8_casefold (search, -1);

      for (guint i = 0; all != NULL && i < all->len; i++)
        {
          SitrepEntity *e = g_ptr_array_index (all, i);
          g_autofree char *hay = g_utf8_casefold (sitrep_entity_get_name (e), -1);

          if (strstr (hay, needle) != NULL && found != NULL)
            g_ptr_array_add (found, g_object_ref (e));
        }
    }

  for (guint i = 0; found != NULL && i < found->len && i < MAX_OFFERS; i++)
    {
      SitrepEntity *e = g_ptr_array_index (found, i);
      gint64 id = sitrep_entity_get_id (e);
      g_autofree char *aliases = NULL;
      GtkWidget *row;

      if (g_hash_table_contains (seen, &id))
        continue;
      g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
      aliases = dup_aliases_text (e);
      if (g_strcmp0 (self->kind, "place") == 0)
        {
          /* Where each place is tells two of one name apart. */
          g_autofree char *where = sitrep_entity_dup_where (e);
          char *both = aliases != NULL && *aliases != '\0' ? g_strdup_printf ("%s · %s", where, aliases)
                                                         : g_strdup (where);

          g_free (aliases);
          aliases = both;
        }
      row = make_row (id, sitrep_entity_get_name (e), aliases, id == self->linked_id);
      gtk_list_box_append (self->list_box, row);
      if (first == NULL)
        first = row;
    }

  /* Translators: a choice in the entity chooser; %s is the name as written */
  new_title = g_strdup_printf (_("New entity “%s”"), name);
  child = make_row (0, new_title, NULL, FALSE);
  gtk_list_box_append (self->list_box, child);
  if (first == NULL)
    first = child;

  append_locate_row (self);
  gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (first));
  guess_actor_type (self, name);
}

static void
choose (SitrepEntityChooser *self,
        GtkListBoxRow       *row)
{
  gint64 *id = row ? g_object_get_data (G_OBJECT (row), "entity-id") : NULL;
  gint64 entity_id;

  if (id == NULL || self->annotation_id == 0)
    return;

  entity_id = *id;
  if (entity_id == LOCATE_ROW_ID)
    {
      gtk_popover_popdown (GTK_POPOVER (self));
      gtk_widget_activate_action (GTK_WIDGET (self), "win.choose-place", "x", self->linked_id);
      return;
    }
  /* “New entity” named as typed, when something was typed; a new actor
   * with the type offered. Made and linked as one undo step. */
  if (entity_id == 0 && self->store != NULL)
    {
      const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
      gboolean named = typed != NULL && *typed != '\0';
      const char *name = named ? typed : self->text;
      gboolean actor = g_strcmp0 (self->kind, "actor") == 0;
      g_autofree char *what = g_strdup_printf (_("Link “%s”"), self->text);
      g_autoptr(GError) error = NULL;

      if (actor || named)
        {
          sitrep_store_begin_group (self->store, what);
          entity_id = actor ? add_new_actor (self, name, &error)
                            : sitrep_store_add_entity (self->store, self->kind, name, &error);
          if (entity_id != 0)
            gtk_widget_activate_action (GTK_WIDGET (self), "win.link-entity", "(xx)",
                                        self->annotation_id, entity_id);
          sitrep_store_end_group (self->store);
          /* Not made: say why and stay open with what was typed. */
          if (entity_id == 0)
            {
              sitrep_show_error (GTK_WIDGET (self), error);
              return;
            }
          gtk_popover_popdown (GTK_POPOVER (self));
          return;
        }
    }

  gtk_widget_activate_action (GTK_WIDGET (self), "win.link-entity", "(xx)",
                              self->annotation_id, entity_id);
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
on_search_changed (GtkSearchEntry      *entry,
                   SitrepEntityChooser *self)
{
  fill (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_search_activate (GtkSearchEntry      *entry,
                    SitrepEntityChooser *self)
{
  choose (self, gtk_list_box_get_selected_row (self->list_box));
}

/* Escape in the search field (which takes the key from the popover) closes
 * the chooser, as it closes any popover. */
static void
on_stop_search (GtkSearchEntry      *entry,
                SitrepEntityChooser *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
on_row_activated (GtkListBox          *box,
                  GtkListBoxRow       *row,
                  SitrepEntityChooser *self)
{
  choose (self, row);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SitrepEntityChooser   *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list_box);
  int index = row ? gtk_list_box_row_get_index (row) : -1;
  GtkListBoxRow *next;

  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    next = gtk_list_box_get_row_at_index (self->list_box, index + 1);
  else if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    next = index > 0 ? gtk_list_box_get_row_at_index (self->list_box, index - 1) : NULL;
  else
    return FALSE;

  if (next != NULL)
    gtk_list_box_select_row (self->list_box, next);
  return TRUE;
}

/* Where Tab stops in the chooser, in order: the search field, the new
 * actor's type (when shown), the offers (the selected one). */
static guint
focus_stops (SitrepEntityChooser *self,
             GtkWidget          **stops)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list_box);
  guint n = 0;

  stops[n++] = GTK_WIDGET (self->search_entry);
  if (gtk_widget_get_visible (self->actor_type_box))
    stops[n++] = GTK_WIDGET (self->actor_type_dropdown);
  stops[n++] = row != NULL ? GTK_WIDGET (row) : GTK_WIDGET (self->list_box);
  return n;
}

/* Tab and Shift+Tab go round the chooser's stops. GTK 4.8 hands Tab in a
 * popover to the window, which took the keys out of the chooser to the
 * header bar (and the chooser closed); a list box would take Tab from row
 * to row, where the arrows go. The keys of a popup inside (the type's
 * list) are left to it. */
static gboolean
on_tab_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SitrepEntityChooser   *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *stops[3];
  guint n, at = 0;
  gboolean back;

  if (keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab && keyval != GDK_KEY_ISO_Left_Tab)
    return FALSE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 ||
      (focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != GTK_WIDGET (self)))
    return FALSE;

  back = (state & GDK_SHIFT_MASK) != 0 || keyval == GDK_KEY_ISO_Left_Tab;
  n = focus_stops (self, stops);
  for (guint i = 0; i < n; i++)
    if (focus != NULL && (focus == stops[i] || gtk_widget_is_ancestor (focus, stops[i]) ||
                          (i == n - 1 && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_box)))))
      at = i;
  gtk_widget_grab_focus (stops[back ? (at + n - 1) % n : (at + 1) % n]);
  return TRUE;
}

/* Typing goes to the search field, whatever else the chooser shows (the
 * actor type's dropdown took the first focus). */
static void
on_map (GtkWidget *widget)
{
  SitrepEntityChooser *self = SITREP_ENTITY_CHOOSER (widget);

  GTK_WIDGET_CLASS (sitrep_entity_chooser_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
sitrep_entity_chooser_dispose (GObject *object)
{
  SitrepEntityChooser *self = SITREP_ENTITY_CHOOSER (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (sitrep_entity_chooser_parent_class)->dispose (object);
}

static void
sitrep_entity_chooser_finalize (GObject *object)
{
  SitrepEntityChooser *self = SITREP_ENTITY_CHOOSER (object);

  g_free (self->kind);
  g_free (self->text);
  g_strfreev (self->actor_types);

  G_OBJECT_CLASS (sitrep_entity_chooser_parent_class)->finalize (object);
}

static void
sitrep_entity_chooser_class_init (SitrepEntityChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_entity_chooser_dispose;
  object_class->finalize = sitrep_entity_chooser_finalize;
  widget_class->map = on_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sitrep/Sitrep/sitrep-entity-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepEntityChooser, heading);
  gtk_widget_class_bind_template_child (widget_class, SitrepEntityChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SitrepEntityChooser, list_box);
  gtk_widget_class_bind_template_child (widget_class, SitrepEntityChooser, actor_type_box);
  gtk_widget_class_bind_template_child (widget_class, SitrepEntityChooser, actor_type_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
sitrep_entity_chooser_init (SitrepEntityChooser *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  load_actor_types (self);
  g_signal_connect (self->actor_type_dropdown, "notify::selected", G_CALLBACK (on_actor_type_selected), self);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_tab_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
sitrep_entity_chooser_new (void)
{
  return g_object_new (SITREP_TYPE_ENTITY_CHOOSER, NULL);
}

void
sitrep_entity_chooser_set_annotation (SitrepEntityChooser *self,
                                      SitrepStore         *store,
                                      SitrepAnnotation    *annotation,
                                      const char          *kind)
{
  g_autofree char *heading = NULL;

  g_return_if_fail (SITREP_IS_ENTITY_CHOOSER (self));
  g_return_if_fail (SITREP_IS_STORE (store));
  g_return_if_fail (SITREP_IS_ANNOTATION (annotation));

  g_set_object (&self->store, store);
  g_free (self->kind);
  /* A label kind ("claimant") or an entity kind ("actor"): entities are kept by the latter. */
  self->kind = g_strdup (sitrep_label_kind_entity_kind (kind) != NULL ? sitrep_label_kind_entity_kind (kind) : kind);
  g_free (self->text);
  self->text = g_strstrip (g_strdup (sitrep_annotation_get_text (annotation)));
  self->annotation_id = sitrep_annotation_get_id (annotation);
  self->linked_id = sitrep_annotation_get_entity_id (annotation);
  self->type_chosen = FALSE;

  /* Translators: heading of the entity chooser; %s is the span's text */
  heading = g_strdup_printf (_("Link “%s” to"), self->text);
  gtk_label_set_text (self->heading, heading);

  g_signal_handlers_block_by_func (self->search_entry, on_search_changed, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed, self);
  fill (self, NULL);
}

GArray *
sitrep_entity_chooser_dup_offers (SitrepEntityChooser *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (SITREP_IS_ENTITY_CHOOSER (self), ids);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gint64 *id = g_object_get_data (G_OBJECT (child), "entity-id");

      if (id != NULL)
        g_array_append_val (ids, *id);
    }

  return ids;
}

char *
sitrep_entity_chooser_dup_offer_subtitle (SitrepEntityChooser *self,
                                          guint                index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (SITREP_IS_ENTITY_CHOOSER (self), NULL);

  row = gtk_list_box_get_row_at_index (self->list_box, (int) index);
  return row != NULL ? g_strdup (g_object_get_data (G_OBJECT (row), "subtitle")) : NULL;
}

void
sitrep_entity_chooser_choose_offer (SitrepEntityChooser *self,
                                    guint                index)
{
  g_return_if_fail (SITREP_IS_ENTITY_CHOOSER (self));

  choose (self, gtk_list_box_get_row_at_index (self->list_box, (int) index));
}

/* The actor type a new actor gets ("" for none): the codebook's guess from
 * the name until the user picks one in the chooser. */
const char *
sitrep_entity_chooser_get_new_actor_type (SitrepEntityChooser *self)
{
  guint index;

  g_return_val_if_fail (SITREP_IS_ENTITY_CHOOSER (self), "");

  index = gtk_drop_down_get_selected (self->actor_type_dropdown);
  if (self->actor_types == NULL || index >= g_strv_length (self->actor_types))
    return "";
  return self->actor_types[index];
}

/* Picks @actor_type for a new actor, as the user does in the chooser's dropdown. */
void
sitrep_entity_chooser_set_new_actor_type (SitrepEntityChooser *self,
                                          const char          *actor_type)
{
  g_return_if_fail (SITREP_IS_ENTITY_CHOOSER (self));

  for (guint i = 0; self->actor_types != NULL && self->actor_types[i] != NULL; i++)
    if (g_strcmp0 (self->actor_types[i], actor_type != NULL ? actor_type : "") == 0)
      gtk_drop_down_set_selected (self->actor_type_dropdown, i);
}

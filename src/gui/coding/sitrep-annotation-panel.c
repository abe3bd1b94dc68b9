/* sitrep-annotation-panel.c — the article's annotations grouped by label
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-annotation-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sitrep-annotation-format.h"
#include "sitrep-entity-chooser.h"
#include "sitrep-annotation-panel.h"

struct _SitrepAnnotationPanel
{
  GtkWidget           parent_instance;

  /* template widgets */
  GtkLabel           *count_label;
  GtkDropDown        *filter_dropdown;
  GtkStack           *stack;
  GtkListView        *list_view;

  /* owned references */
  SitrepStore        *store;
  GListStore         *items;
  GtkSingleSelection *selection;
  GtkStringList      *filters;
  GHashTable         *label_kinds;      /* label id → kind */
  GHashTable         *label_counts;     /* label id → spans shown */
  GtkWidget          *popover;
  char               *filter;

  /* state */
  gint64              article_id;
  gint64              annotator_id;
  gint64              selected_id;
  gint64              editing_id;
  guint               refresh_id;
  gboolean            updating;
};

enum {
  PROP_0,
  PROP_SELECTED_ANNOTATION,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SitrepAnnotationPanel, sitrep_annotation_panel, GTK_TYPE_WIDGET)

static const char *qualifier_ids[] = { "exact", "at_least", "more_than", "up_to", "about", "range" };
static const char *precision_ids[] = { "day", "month", "year", "unknown" };

static const char *
kind_of (SitrepAnnotationPanel *self,
         gint64                 label_id)
{
  return g_hash_table_lookup (self->label_kinds, &label_id);
}

static void
select_position_of (SitrepAnnotationPanel *self,
                    gint64                 id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  self->updating = TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (SITREP_IS_ANNOTATION (item) && sitrep_annotation_get_id (SITREP_ANNOTATION (item)) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          self->updating = FALSE;
          return;
        }
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->updating = FALSE;
}

static void
refresh_filters (SitrepAnnotationPanel *self)
{
  g_auto(GStrv) names = self->store ? sitrep_store_list_annotators (self->store) : NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filters));
  guint select = 0;

  self->updating = TRUE;
  gtk_string_list_splice (self->filters, 0, n,
                          (const char * const[]) { _("Everyone"), _("Mine"), NULL });
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      gtk_string_list_append (self->filters, names[i]);
      if (g_strcmp0 (names[i], self->filter) == 0)
        select = i + 2;
    }
  if (g_strcmp0 (self->filter, "mine") == 0)
    select = 1;
  gtk_drop_down_set_selected (self->filter_dropdown, select);
  self->updating = FALSE;
}

static void
rebuild (SitrepAnnotationPanel *self)
{
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autofree char *count = NULL;
  guint n;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_hash_table_remove_all (self->label_kinds);
  g_hash_table_remove_all (self->label_counts);

  if (self->store != NULL && self->article_id != 0)
    {
      labels = sitrep_store_list_labels (self->store, NULL);
      annotations = sitrep_store_list_annotations (self->store, self->article_id,
                                                   self->annotator_id, NULL);
    }

  for (guint i = 0; labels != NULL && i < labels->len; i++)
    {
      SitrepLabel *label = g_ptr_array_index (labels, i);
      gint64 *key = g_new (gint64, 1);
      gboolean header = FALSE;

      *key = sitrep_label_get_id (label);
      g_hash_table_insert (self->label_kinds, key, g_strdup (sitrep_label_get_kind (label)));

      /* Grouped by label in the project's order; within a label, in reading order. */
      for (guint j = 0; annotations != NULL && j < annotations->len; j++)
        {
          SitrepAnnotation *a = g_ptr_array_index (annotations, j);

          if (sitrep_annotation_get_label_id (a) != *key)
            continue;
          if (!header)
            {
              g_ptr_array_add (items, label);
              header = TRUE;
            }
          g_ptr_array_add (items, a);
          g_hash_table_insert (self->label_counts, g_memdup2 (key, sizeof *key),
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (self->label_counts, key)) + 1));
        }
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  self->updating = TRUE;
  g_list_store_splice (self->items, 0, n, items->pdata, items->len);
  self->updating = FALSE;

  n = annotations ? annotations->len : 0;
  count = n > 0 ? g_strdup_printf ("%u", n) : g_strdup ("");
  gtk_label_set_text (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
  select_position_of (self, self->selected_id);
}

static gboolean
refresh_in_idle (gpointer data)
{
  SitrepAnnotationPanel *self = data;

  self->refresh_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_refresh (SitrepAnnotationPanel *self)
{
  /* After the reader has painted: the list is second in line. */
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_in_idle, self, NULL);
}

static void
on_annotations_changed (SitrepStore           *store,
                        gint64                 article_id,
                        SitrepAnnotationPanel *self)
{
  if (article_id == 0 || article_id == self->article_id)
    schedule_refresh (self);
}

static void
on_store_changed (SitrepStore           *store,
                  SitrepAnnotationPanel *self)
{
  schedule_refresh (self);
}

/* Figure and date editor */

static void
on_qualifier_notify (GtkDropDown *dropdown,
                     GParamSpec  *pspec,
                     GtkWidget   *high_row)
{
  gtk_widget_set_visible (high_row, gtk_drop_down_get_selected (dropdown) == 5);
}

static void
on_save_clicked (GtkButton             *button,
                 SitrepAnnotationPanel *self)
{
  GtkWidget *popover = self->popover;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  if (popover == NULL || self->store == NULL || self->editing_id == 0)
    return;

  if (g_object_get_data (G_OBJECT (popover), "count") != NULL)
    {
      GtkSpinButton *count = g_object_get_data (G_OBJECT (popover), "count");
      GtkSpinButton *high = g_object_get_data (G_OBJECT (popover), "high");
      GtkDropDown *qualifier = g_object_get_data (G_OBJECT (popover), "qualifier");
      guint q = gtk_drop_down_get_selected (qualifier);
      gint64 c = (gint64) gtk_spin_button_get_value (count);
      gint64 h = q == 5 ? MAX ((gint64) gtk_spin_button_get_value (high), c) : c;

      json = sitrep_figure_to_attributes (c, qualifier_ids[MIN (q, G_N_ELEMENTS (qualifier_ids) - 1)], c, h);
    }
  else
    {
      GtkEditable *date = g_object_get_data (G_OBJECT (popover), "date");
      GtkDropDown *precision = g_object_get_data (G_OBJECT (popover), "precision");
      const char *text = g_object_get_data (G_OBJECT (popover), "text");
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      const char *iso = gtk_editable_get_text (date);
      guint p = gtk_drop_down_get_selected (precision);

      json_builder_begin_object (b);
      if (text != NULL)
        {
          json_builder_set_member_name (b, "text");
          json_builder_add_string_value (b, text);
        }
      if (iso != NULL && *iso != '\0')
        {
          json_builder_set_member_name (b, "date");
          json_builder_add_string_value (b, iso);
        }
      json_builder_set_member_name (b, "precision");
      json_builder_add_string_value (b, precision_ids[MIN (p, G_N_ELEMENTS (precision_ids) - 1)]);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      json = json_to_string (root, FALSE);
    }

  if (!sitrep_store_set_annotation_attributes (self->store, self->editing_id, json, &error))
    g_warning ("Cannot save: %s", error->message);
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static GtkWidget *
make_field (GtkWidget  *grid,
            int         row,
            const char *title,
            GtkWidget  *field)
{
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_grid_attach (GTK_GRID (grid), label, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), field, 1, row, 1, 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  return label;
}

static void
on_popover_closed (GtkPopover            *popover,
                   SitrepAnnotationPanel *self)
{
  self->editing_id = 0;
}

static void
set_popover (SitrepAnnotationPanel *self,
             GtkWidget             *popover)
{
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  self->popover = popover;
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  g_signal_connect (popover, "closed", G_CALLBACK (on_popover_closed), self);
}

static void
point_at (SitrepAnnotationPanel *self,
          GtkWidget             *anchor)
{
  graphene_rect_t bounds;

  if (anchor != NULL && gtk_widget_compute_bounds (anchor, GTK_WIDGET (self), &bounds))
    gtk_popover_set_pointing_to (GTK_POPOVER (self->popover),
                                 &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                   bounds.size.width, bounds.size.height });
}

static void
open_editor (SitrepAnnotationPanel *self,
             SitrepAnnotation      *annotation,
             GtkWidget             *anchor)
{
  const char *kind = kind_of (self, sitrep_annotation_get_label_id (annotation));
  const char *attributes = sitrep_annotation_get_attributes (annotation);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *heading = gtk_label_new (sitrep_annotation_get_text (annotation));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));

  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (heading), 36);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), grid);

  if (sitrep_label_kind_is_casualty (kind))
    {
      GtkWidget *count = gtk_spin_button_new_with_range (0, 1000000, 1);
      GtkWidget *high = gtk_spin_button_new_with_range (0, 1000000, 1);
      GtkStringList *names = gtk_string_list_new (NULL);
      GtkWidget *qualifier;
      GtkWidget *high_label;
      g_autofree char *q = NULL;
      gint64 c = 0, lo = 0, hi = 0;
      guint selected = 0;

      for (guint i = 0; i < G_N_ELEMENTS (qualifier_ids); i++)
        gtk_string_list_append (names, sitrep_qualifier_display_name (qualifier_ids[i]));
      qualifier = gtk_drop_down_new (G_LIST_MODEL (names), NULL);

      if (sitrep_figure_from_attributes (attributes, &c, &q, &lo, &hi))
        for (guint i = 0; i < G_N_ELEMENTS (qualifier_ids); i++)
          if (g_strcmp0 (q, qualifier_ids[i]) == 0)
            selected = i;
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (count), (double) c);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (high), (double) hi);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (qualifier), selected);

      make_field (grid, 0, _("Qualifier"), qualifier);
      make_field (grid, 1, _("Count"), count);
      high_label = make_field (grid, 2, _("Up to"), high);
      gtk_widget_set_visible (high, selected == 5);
      g_object_bind_property (high, "visible", high_label, "visible", G_BINDING_SYNC_CREATE);
      g_signal_connect (qualifier, "notify::selected", G_CALLBACK (on_qualifier_notify), high);

      g_object_set_data (G_OBJECT (popover), "count", count);
      g_object_set_data (G_OBJECT (popover), "high", high);
      g_object_set_data (G_OBJECT (popover), "qualifier", qualifier);
      g_signal_connect_swapped (count, "activate", G_CALLBACK (gtk_widget_activate), save);
    }
  else
    {
      GtkWidget *date = gtk_entry_new ();
      GtkStringList *names = gtk_string_list_new ((const char * const[]) {
        _("Day"), _("Month"), _("Year"), _("Unknown"), NULL });
      GtkWidget *precision = gtk_drop_down_new (G_LIST_MODEL (names), NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      const char *p = NULL;

      if (attributes != NULL && json_parser_load_from_data (parser, attributes, -1, NULL) &&
          JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        {
          JsonObject *o = json_node_get_object (json_parser_get_root (parser));

          gtk_editable_set_text (GTK_EDITABLE (date),
                                 json_object_get_string_member_with_default (o, "date", ""));
          p = json_object_get_string_member_with_default (o, "precision", NULL);
        }
      for (guint i = 0; p != NULL && i < G_N_ELEMENTS (precision_ids); i++)
        if (g_strcmp0 (p, precision_ids[i]) == 0)
          gtk_drop_down_set_selected (GTK_DROP_DOWN (precision), i);
      gtk_entry_set_placeholder_text (GTK_ENTRY (date), _("YYYY-MM-DD"));
      gtk_entry_set_activates_default (GTK_ENTRY (date), TRUE);

      make_field (grid, 0, _("Date"), date);
      make_field (grid, 1, _("Precision"), precision);
      g_object_set_data (G_OBJECT (popover), "date", date);
      g_object_set_data (G_OBJECT (popover), "precision", precision);
      g_object_set_data_full (G_OBJECT (popover), "text",
                              g_strdup (sitrep_annotation_get_text (annotation)), g_free);
      g_signal_connect_swapped (date, "activate", G_CALLBACK (gtk_widget_activate), save);
    }

  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_halign (save, GTK_ALIGN_END);
  g_signal_connect (save, "clicked", G_CALLBACK (on_save_clicked), self);
  gtk_box_append (GTK_BOX (box), save);
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  set_popover (self, popover);
  self->editing_id = sitrep_annotation_get_id (annotation);
  point_at (self, anchor);
  gtk_popover_popup (GTK_POPOVER (popover));
}

static void
open_chooser (SitrepAnnotationPanel *self,
              SitrepAnnotation      *annotation,
              GtkWidget             *anchor)
{
  GtkWidget *chooser = sitrep_entity_chooser_new ();

  sitrep_entity_chooser_set_annotation (SITREP_ENTITY_CHOOSER (chooser), self->store, annotation,
                                        kind_of (self, sitrep_annotation_get_label_id (annotation)));
  set_popover (self, chooser);
  point_at (self, anchor);
  gtk_popover_popup (GTK_POPOVER (chooser));
}

static void
on_edit_clicked (GtkButton             *button,
                 SitrepAnnotationPanel *self)
{
  SitrepAnnotation *a = g_object_get_data (G_OBJECT (button), "annotation");

  if (a != NULL)
    open_editor (self, a, GTK_WIDGET (button));
}

static void
on_link_clicked (GtkButton             *button,
                 SitrepAnnotationPanel *self)
{
  SitrepAnnotation *a = g_object_get_data (G_OBJECT (button), "annotation");

  if (a != NULL)
    open_chooser (self, a, GTK_WIDGET (button));
}

/* List rows */

static GtkWidget *
make_icon_button (const char *icon,
                  const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);

  return button;
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  SitrepAnnotationPanel    *self)
{
  GtkWidget *root = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *swatch = gtk_label_new (NULL);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *key = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);
  GtkWidget *edit = make_icon_button ("document-edit-symbolic", _("Correct the figure or date"));
  GtkWidget *claim = make_icon_button ("list-add-symbolic", _("Make a claim of this figure"));
  GtkWidget *link = make_icon_button ("insert-link-symbolic", _("Link to an entity"));

  gtk_widget_add_css_class (header, "annotation-group");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (key, "label-key");
  gtk_widget_add_css_class (key, "dim-label");
  gtk_box_append (GTK_BOX (header), swatch);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_set_tooltip_text (key, _("Key that applies this label"));
  gtk_box_append (GTK_BOX (header), name);
  gtk_box_append (GTK_BOX (header), count);
  gtk_box_append (GTK_BOX (header), key);

  gtk_widget_add_css_class (row, "annotation-row");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_box_append (GTK_BOX (texts), text);
  gtk_box_append (GTK_BOX (texts), detail);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (row), texts);
  gtk_box_append (GTK_BOX (row), edit);
  gtk_box_append (GTK_BOX (row), claim);
  gtk_box_append (GTK_BOX (row), link);
  g_signal_connect (edit, "clicked", G_CALLBACK (on_edit_clicked), self);
  /* The window's Make Claim for this row's span. The target goes first so the
   * action, which takes an annotation id, never sees the button without one;
   * bind sets the row's own. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (claim), "x", (gint64) 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (claim), "win.make-claim-from");
  g_signal_connect (link, "clicked", G_CALLBACK (on_link_clicked), self);

  gtk_box_append (GTK_BOX (root), header);
  gtk_box_append (GTK_BOX (root), row);

  g_object_set_data (G_OBJECT (root), "header", header);
  g_object_set_data (G_OBJECT (root), "swatch", swatch);
  g_object_set_data (G_OBJECT (root), "name", name);
  g_object_set_data (G_OBJECT (root), "key", key);
  g_object_set_data (G_OBJECT (root), "count", count);
  g_object_set_data (G_OBJECT (root), "row", row);
  g_object_set_data (G_OBJECT (root), "text", text);
  g_object_set_data (G_OBJECT (root), "detail", detail);
  g_object_set_data (G_OBJECT (root), "edit", edit);
  g_object_set_data (G_OBJECT (root), "claim", claim);
  g_object_set_data (G_OBJECT (root), "link", link);
  gtk_list_item_set_child (item, root);
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 SitrepAnnotationPanel    *self)
{
  GObject *object = gtk_list_item_get_item (item);
  GtkWidget *root = gtk_list_item_get_child (item);
  GtkWidget *header = g_object_get_data (G_OBJECT (root), "header");
  GtkWidget *row = g_object_get_data (G_OBJECT (root), "row");

  gtk_widget_set_visible (header, SITREP_IS_LABEL (object));
  gtk_widget_set_visible (row, SITREP_IS_ANNOTATION (object));
  gtk_list_item_set_selectable (item, SITREP_IS_ANNOTATION (object));
  gtk_list_item_set_activatable (item, SITREP_IS_ANNOTATION (object));

  if (SITREP_IS_LABEL (object))
    {
      SitrepLabel *label = SITREP_LABEL (object);
      g_autofree char *markup = g_markup_printf_escaped ("<span foreground=\"%s\">⬤</span>",
                                                         sitrep_label_get_color (label));

      gtk_label_set_markup (g_object_get_data (G_OBJECT (root), "swatch"), markup);
      gtk_label_set_text (g_object_get_data (G_OBJECT (root), "name"), sitrep_label_get_name (label));
      gint64 label_id = sitrep_label_get_id (label);
      g_autofree char *count = g_strdup_printf ("%u", GPOINTER_TO_UINT (g_hash_table_lookup (self->label_counts, &label_id)));

      gtk_label_set_text (g_object_get_data (G_OBJECT (root), "key"), sitrep_label_get_shortcut (label));
      gtk_label_set_text (g_object_get_data (G_OBJECT (root), "count"), count);
      gtk_widget_remove_css_class (root, "annotation-item");
      gtk_widget_add_css_class (root, "annotation-header-item");
    }
  else if (SITREP_IS_ANNOTATION (object))
    {
      SitrepAnnotation *a = SITREP_ANNOTATION (object);
      const char *kind = kind_of (self, sitrep_annotation_get_label_id (a));
      g_autofree char *figure = sitrep_annotation_dup_attributes_text (sitrep_annotation_get_attributes (a));
      g_autoptr(GString) detail = g_string_new (NULL);
      GtkWidget *edit = g_object_get_data (G_OBJECT (root), "edit");
      GtkWidget *link = g_object_get_data (G_OBJECT (root), "link");
      GtkWidget *claim = g_object_get_data (G_OBJECT (root), "claim");
      g_autofree char *accessible = NULL;

      if (sitrep_label_kind_is_entity (kind))
        {
          const char *entity = sitrep_annotation_get_entity (a);

          if (entity != NULL && *entity != '\0')
            g_string_append_printf (detail, "→ %s", entity);
          else
            g_string_append (detail, _("Not linked"));
        }
      if (figure != NULL)
        g_string_append_printf (detail, "%s%s", detail->len ? " · " : "", figure);

      gtk_label_set_text (g_object_get_data (G_OBJECT (root), "text"), sitrep_annotation_get_text (a));
      gtk_label_set_text (g_object_get_data (G_OBJECT (root), "detail"), detail->str);
      gtk_widget_set_visible (g_object_get_data (G_OBJECT (root), "detail"), detail->len > 0);
      gtk_widget_set_visible (edit, sitrep_label_kind_is_casualty (kind) || g_strcmp0 (kind, "date") == 0);
      gtk_widget_set_visible (link, sitrep_label_kind_is_entity (kind));
      gtk_widget_set_visible (claim, sitrep_label_kind_is_casualty (kind));
      gtk_actionable_set_action_target (GTK_ACTIONABLE (claim), "x", sitrep_annotation_get_id (a));
      g_object_set_data_full (G_OBJECT (edit), "annotation", g_object_ref (a), g_object_unref);
      g_object_set_data_full (G_OBJECT (link), "annotation", g_object_ref (a), g_object_unref);
      gtk_widget_remove_css_class (root, "annotation-header-item");
      gtk_widget_add_css_class (root, "annotation-item");

      accessible = detail->len ? g_strdup_printf ("%s, %s", sitrep_annotation_get_text (a), detail->str)
                               : g_strdup (sitrep_annotation_get_text (a));
      gtk_accessible_update_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
    }
}

static void
on_factory_unbind (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   SitrepAnnotationPanel    *self)
{
  GtkWidget *root = gtk_list_item_get_child (item);

  g_object_set_data (g_object_get_data (G_OBJECT (root), "edit"), "annotation", NULL);
  g_object_set_data (g_object_get_data (G_OBJECT (root), "link"), "annotation", NULL);
}

static void
on_selection_changed (GtkSelectionModel     *model,
                      guint                  position,
                      guint                  n_items,
                      SitrepAnnotationPanel *self)
{
  g_autoptr(GObject) item = NULL;
  gint64 id = 0;

  if (self->updating)
    return;

  item = gtk_single_selection_get_selected_item (self->selection)
           ? g_object_ref (gtk_single_selection_get_selected_item (self->selection)) : NULL;
  if (item != NULL && SITREP_IS_ANNOTATION (item))
    id = sitrep_annotation_get_id (SITREP_ANNOTATION (item));

  if (id == self->selected_id || id == 0)
    return;
  self->selected_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ANNOTATION]);
}

static void
on_filter_selected (GtkDropDown           *dropdown,
                    GParamSpec            *pspec,
                    SitrepAnnotationPanel *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  const char *filter;

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (selected == 0)
    filter = "all";
  else if (selected == 1)
    filter = "mine";
  else
    filter = gtk_string_list_get_string (self->filters, selected);

  sitrep_annotation_panel_set_filter (self, filter);
}

static void
sitrep_annotation_panel_dispose (GObject *object)
{
  SitrepAnnotationPanel *self = SITREP_ANNOTATION_PANEL (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->popover, gtk_widget_unparent);

  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_ANNOTATION_PANEL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_object (&self->filters);

  G_OBJECT_CLASS (sitrep_annotation_panel_parent_class)->dispose (object);
}

static void
sitrep_annotation_panel_finalize (GObject *object)
{
  SitrepAnnotationPanel *self = SITREP_ANNOTATION_PANEL (object);

  g_hash_table_unref (self->label_kinds);
  g_hash_table_unref (self->label_counts);
  g_free (self->filter);

  G_OBJECT_CLASS (sitrep_annotation_panel_parent_class)->finalize (object);
}

static void
sitrep_annotation_panel_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  SitrepAnnotationPanel *self = SITREP_ANNOTATION_PANEL (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ANNOTATION:
      g_value_set_int64 (value, self->selected_id);
      break;

    case PROP_FILTER:
      g_value_set_string (value, self->filter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_annotation_panel_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  SitrepAnnotationPanel *self = SITREP_ANNOTATION_PANEL (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ANNOTATION:
      sitrep_annotation_panel_set_selected (self, g_value_get_int64 (value));
      break;

    case PROP_FILTER:
      sitrep_annotation_panel_set_filter (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_annotation_panel_class_init (SitrepAnnotationPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_annotation_panel_dispose;
  object_class->finalize = sitrep_annotation_panel_finalize;
  object_class->get_property = sitrep_annotation_panel_get_property;
  object_class->set_property = sitrep_annotation_panel_set_property;

  properties[PROP_SELECTED_ANNOTATION] =
    g_param_spec_int64 ("selected-annotation", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FILTER] =
    g_param_spec_string ("filter", NULL, NULL,
                         "all",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sitrep/Sitrep/sitrep-annotation-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepAnnotationPanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepAnnotationPanel, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SitrepAnnotationPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, SitrepAnnotationPanel, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_unbind);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_selected);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "annotationpanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sitrep_annotation_panel_init (SitrepAnnotationPanel *self)
{
  self->filter = g_strdup ("all");
  self->label_kinds = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->label_counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->filters = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (G_TYPE_OBJECT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (self->selection, "selection-changed", G_CALLBACK (on_selection_changed), self);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_drop_down_set_model (self->filter_dropdown, G_LIST_MODEL (self->filters));
  refresh_filters (self);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

GtkWidget *
sitrep_annotation_panel_new (void)
{
  return g_object_new (SITREP_TYPE_ANNOTATION_PANEL, NULL);
}

void
sitrep_annotation_panel_set_article (SitrepAnnotationPanel *self,
                                     SitrepStore           *store,
                                     gint64                 article_id)
{
  g_return_if_fail (SITREP_IS_ANNOTATION_PANEL (self));
  g_return_if_fail (store == NULL || SITREP_IS_STORE (store));

  if (store != self->store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      if (store != NULL)
        {
          g_signal_connect (store, "annotations-changed", G_CALLBACK (on_annotations_changed), self);
          g_signal_connect (store, "labels-changed", G_CALLBACK (on_store_changed), self);
          g_signal_connect (store, "entities-changed", G_CALLBACK (on_store_changed), self);
        }
      refresh_filters (self);
    }

  if (article_id != self->article_id)
    {
      self->article_id = article_id;
      self->selected_id = 0;
    }
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  rebuild (self);
}

void
sitrep_annotation_panel_set_annotator_filter (SitrepAnnotationPanel *self,
                                              gint64                 annotator_id)
{
  g_return_if_fail (SITREP_IS_ANNOTATION_PANEL (self));

  if (annotator_id == self->annotator_id)
    return;
  self->annotator_id = annotator_id;
  refresh_filters (self);
  rebuild (self);
}

gint64
sitrep_annotation_panel_get_selected (SitrepAnnotationPanel *self)
{
  g_return_val_if_fail (SITREP_IS_ANNOTATION_PANEL (self), 0);

  return self->selected_id;
}

void
sitrep_annotation_panel_set_selected (SitrepAnnotationPanel *self,
                                      gint64                 annotation_id)
{
  g_return_if_fail (SITREP_IS_ANNOTATION_PANEL (self));

  if (annotation_id == self->selected_id)
    return;

  self->selected_id = annotation_id;
  if (self->refresh_id == 0)
    select_position_of (self, annotation_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ANNOTATION]);
}

const char *
sitrep_annotation_panel_get_filter (SitrepAnnotationPanel *self)
{
  g_return_val_if_fail (SITREP_IS_ANNOTATION_PANEL (self), NULL);

  return self->filter;
}

void
sitrep_annotation_panel_set_filter (SitrepAnnotationPanel *self,
                                    const char            *filter)
{
  g_return_if_fail (SITREP_IS_ANNOTATION_PANEL (self));

  if (filter == NULL || *filter == '\0')
    filter = "all";
  if (g_strcmp0 (filter, self->filter) == 0)
    return;

  g_free (self->filter);
  self->filter = g_strdup (filter);
  refresh_filters (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

void
sitrep_annotation_panel_edit_attributes (SitrepAnnotationPanel *self,
                                         gint64                 id)
{
  g_autoptr(SitrepAnnotation) a = NULL;

  g_return_if_fail (SITREP_IS_ANNOTATION_PANEL (self));

  if (self->store == NULL || (a = sitrep_store_get_annotation (self->store, id, NULL)) == NULL)
    return;
  open_editor (self, a, GTK_WIDGET (self->list_view));
}

GListModel *
sitrep_annotation_panel_get_model (SitrepAnnotationPanel *self)
{
  g_return_val_if_fail (SITREP_IS_ANNOTATION_PANEL (self), NULL);

  return G_LIST_MODEL (self->items);
}

void
sitrep_annotation_panel_refresh (SitrepAnnotationPanel *self)
{
  g_return_if_fail (SITREP_IS_ANNOTATION_PANEL (self));

  rebuild (self);
}

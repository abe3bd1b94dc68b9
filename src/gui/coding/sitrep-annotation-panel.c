/* sitrep-annotation-panel.c — the article's annotations grouped by label
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-annotation-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sitrep-accessible.h"
#include "sitrep-annotation-format.h"
#include "sitrep-entity-chooser.h"
#include "sitrep-annotation-panel-private.h"
#include "sitrep-user-message.h"
#include "sitrep-span-row.h"
#include "sitrep-annotation-panel-test-private.h"


enum {
  PROP_0,
  PROP_SELECTED_ANNOTATION,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ANNOTATION_ACTIVATED,
  ANNOTATOR_NEEDED,
  MOVE_EDGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SitrepAnnotationPanel, sitrep_annotation_panel, GTK_TYPE_WIDGET)

const char *
_sitrep_annotation_panel_kind_of (SitrepAnnotationPanel *self,
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

/* The content ends above a toast (sitrep_annotation_panel_set_bottom_clear ())
 * when it shows rows, whose ✓ and ✕ the toast would hide; "No Annotations"
 * keeps its place, centred in the whole panel: its Suggest button moved
 * 40 px when an import's toast went, and the walk's click on it, aimed a
 * moment before, fell on nothing. */
static void
apply_bottom_clear (SitrepAnnotationPanel *self)
{
  GtkWidget *content = gtk_widget_get_first_child (GTK_WIDGET (self));
  gboolean placeholder = gtk_widget_get_visible (GTK_WIDGET (self->stack)) &&
                         g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0;
  int clear = placeholder ? 0 : self->bottom_clear;

  if (content != NULL && gtk_widget_get_margin_bottom (content) != clear)
    gtk_widget_set_margin_bottom (content, clear);
}

void
sitrep_annotation_panel_set_bottom_clear (SitrepAnnotationPanel *self,
                                          int                    clear)
{
  g_return_if_fail (SITREP_IS_ANNOTATION_PANEL (self));

  self->bottom_clear = clear;
  apply_bottom_clear (self);
}

/* With suggestions and no annotation yet, the suggestions are what the
 * panel has to show: they get its height, and the "No Annotations"
 * placeholder goes (it filled the panel under five rows of them). */
static void
update_space (SitrepAnnotationPanel *self)
{
  GListModel *model = self->review != NULL ? sitrep_suggestion_review_get_model (self->review) : NULL;
  gboolean fill = model != NULL && g_list_model_get_n_items (model) > 0 &&
                  g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0;

  sitrep_suggestion_list_set_fill (self->suggestion_list, fill);
  gtk_widget_set_visible (GTK_WIDGET (self->stack), !fill);
  apply_bottom_clear (self);
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
  count = n > 0 ? g_strdup_printf ("%'u", n) : g_strdup ("");
  gtk_label_set_text (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
  update_space (self);
  select_position_of (self, self->selected_id);
  /* The article's events may have changed with its spans. */
  _sitrep_annotation_panel_describe_claims (self);
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


/* List rows */

/* Every Make Claim button of the rows made so far. */
static void
describe_claim_buttons (SitrepAnnotationPanel *self,
                        GtkWidget             *widget)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "annotation-panel.make-claim") == 0)
    _sitrep_annotation_panel_describe_claim_button (self, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    describe_claim_buttons (self, child);
}

void
_sitrep_annotation_panel_describe_claims (SitrepAnnotationPanel *self)
{
  _sitrep_annotation_panel_update_claim_asks (self);
  describe_claim_buttons (self, GTK_WIDGET (self->list_view));
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
  GtkWidget *text, *detail;
  GtkWidget *row = sitrep_span_row_new (&text, &detail);
  GtkWidget *edit = sitrep_span_row_add_button (row, "document-edit-symbolic", _("Correct the figure or date"));
  GtkWidget *claim = sitrep_span_row_add_button (row, "list-add-symbolic", _("Make a claim of this figure"));
  GtkWidget *link = sitrep_span_row_add_button (row, "insert-link-symbolic", _("Link to an entity"));

  gtk_widget_add_css_class (header, "annotation-group");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (key, "label-key");
  gtk_widget_add_css_class (key, "dim-label");
  /* The dot is colour only; read aloud it is "black large circle". */
  gtk_accessible_update_state (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (header), swatch);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_set_tooltip_text (key, _("Key that applies this label"));
  gtk_box_append (GTK_BOX (header), name);
  gtk_box_append (GTK_BOX (header), count);
  gtk_box_append (GTK_BOX (header), key);

  gtk_widget_add_css_class (row, "annotation-row");
  g_signal_connect (edit, "clicked", G_CALLBACK (_sitrep_annotation_panel_on_edit_clicked), self);
  /* Make Claim for this row's span (sitrep-annotation-panel-claim.c). The
   * target goes first so the action, which takes an annotation id, never
   * sees the button without one; bind sets the row's own. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (claim), "x", (gint64) 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (claim), "annotation-panel.make-claim");
  _sitrep_annotation_panel_describe_claim_button (self, claim);
  g_signal_connect (link, "clicked", G_CALLBACK (_sitrep_annotation_panel_on_link_clicked), self);

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
      gtk_label_set_text (g_object_get_data (G_OBJECT (root), "name"), sitrep_label_get_display_name (label));
      gint64 label_id = sitrep_label_get_id (label);
      g_autofree char *count = g_strdup_printf ("%'u", GPOINTER_TO_UINT (g_hash_table_lookup (self->label_counts, &label_id)));

      gtk_label_set_text (g_object_get_data (G_OBJECT (root), "key"), sitrep_label_get_shortcut (label));
      gtk_label_set_text (g_object_get_data (G_OBJECT (root), "count"), count);
      {
        g_autofree char *heading = NULL;
        guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->label_counts, &label_id));

        /* Translators: a label's heading in the annotation panel, read by a screen reader */
        heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %'u span", "%s, %'u spans", n),
                                   sitrep_label_get_display_name (label), n);
        sitrep_accessible_name_item (root, 1, heading);
      }
      gtk_widget_remove_css_class (root, "annotation-item");
      gtk_widget_add_css_class (root, "annotation-header-item");
    }
  else if (SITREP_IS_ANNOTATION (object))
    {
      SitrepAnnotation *a = SITREP_ANNOTATION (object);
      const char *kind = _sitrep_annotation_panel_kind_of (self, sitrep_annotation_get_label_id (a));
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
            /* Translators: the entity a span links to ("→ Government of Syria"); point the arrow the way your language reads */
            g_string_append_printf (detail, _("→ %s"), entity);
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
      sitrep_accessible_name_item (root, 1, accessible);
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

/* Deletes the selected row's annotation (Delete on the list), with Undo in a toast. */
static void
delete_annotation_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  SitrepAnnotationPanel *self = SITREP_ANNOTATION_PANEL (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = self->selected_id;

  if (self->store == NULL || id == 0 || sitrep_store_is_read_only (self->store))
    return;

  if (!sitrep_store_delete_annotation (self->store, id, &error))
    {
      sitrep_show_error (widget, error);
      return;
    }
  self->selected_id = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ANNOTATION]);
  sitrep_show_undo_toast (widget, _("Annotation deleted"));
}

static void
emit_activated (SitrepAnnotationPanel *self)
{
  if (self->selected_id != 0)
    g_signal_emit (self, signals[ANNOTATION_ACTIVATED], 0, self->selected_id);
}

static void
on_list_activate (GtkListView           *list,
                  guint                  position,
                  SitrepAnnotationPanel *self)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  if (item == NULL || !SITREP_IS_ANNOTATION (item))
    return;
  sitrep_annotation_panel_set_selected (self, sitrep_annotation_get_id (SITREP_ANNOTATION (item)));
  emit_activated (self);
}

static gboolean
activate_in_idle (gpointer data)
{
  SitrepAnnotationPanel *self = data;

  self->activate_id = 0;
  emit_activated (self);
  return G_SOURCE_REMOVE;
}

/* Whether @event happened over one of the list's rows, not the empty space
 * below them (a click there, or the one that closes a popover over the
 * list, shows no span). */
static gboolean
event_on_row (GtkWidget *list,
              GdkEvent  *event)
{
  GtkNative *native = gtk_widget_get_native (list);
  graphene_point_t in_list;
  double x, y, nx, ny;
  GtkWidget *picked;

  if (native == NULL || !gdk_event_get_position (event, &x, &y))
    return FALSE;
  gtk_native_get_surface_transform (native, &nx, &ny);
  if (!gtk_widget_compute_point (GTK_WIDGET (native), list, &GRAPHENE_POINT_INIT (x - nx, y - ny), &in_list))
    return FALSE;
  picked = gtk_widget_pick (list, in_list.x, in_list.y, GTK_PICK_DEFAULT);
  return picked != NULL && picked != list;
}

/* A click on a row shows its span, even when the row was selected already;
 * the row has taken the selection by the time an idle runs. */
static gboolean
on_list_event (GtkEventControllerLegacy *controller,
               GdkEvent                 *event,
               SitrepAnnotationPanel    *self)
{
  if (gdk_event_get_event_type (event) == GDK_BUTTON_RELEASE &&
      gdk_button_event_get_button (event) == GDK_BUTTON_PRIMARY && self->activate_id == 0 &&
      event_on_row (GTK_WIDGET (self->list_view), event))
    self->activate_id = g_idle_add (activate_in_idle, self);

  return GDK_EVENT_PROPAGATE;
}

static gboolean
on_list_key_pressed (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     SitrepAnnotationPanel *self)
{
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 || self->selected_id == 0)
    return FALSE;
  if (keyval != GDK_KEY_Delete && keyval != GDK_KEY_KP_Delete && keyval != GDK_KEY_BackSpace)
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (self), "annotation-panel.delete-annotation", NULL);
  return TRUE;
}

/* Shift+Right and Shift+Left on the selected span's row widen or narrow
 * its end as they do on the span in the text, with Ctrl its start: the
 * row's span is what the user chose. Caught before the list, whose own
 * Shift+arrows would move its cursor. */
static gboolean
on_list_extent_key (GtkEventControllerKey *controller,
                    guint                  keyval,
                    guint                  keycode,
                    GdkModifierType        state,
                    SitrepAnnotationPanel *self)
{
  int direction;

  if ((state & GDK_SHIFT_MASK) == 0 || (state & (GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 || self->selected_id == 0)
    return FALSE;
  if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
    direction = 1;
  else if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
    direction = -1;
  else
    return FALSE;

  g_signal_emit (self, signals[MOVE_EDGE], 0, self->selected_id, (state & GDK_CONTROL_MASK) != 0, direction);
  return TRUE;
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
  g_clear_handle_id (&self->activate_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (sitrep_suggestion_review_get_model (self->review), self);
  g_clear_object (&self->review);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  _sitrep_annotation_panel_claim_dispose (self);

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
  g_free (self->claim_target);

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

/* The list's question is the panel's: the window answers it. */
static gboolean
on_suggestions_annotator_needed (SitrepSuggestionList  *list,
                                 SitrepAnnotationPanel *self)
{
  gboolean asking = FALSE;

  g_signal_emit (self, signals[ANNOTATOR_NEEDED], 0, &asking);

  return asking;
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

  /**
   * SitrepAnnotationPanel::annotation-activated:
   * @id: the annotation of the row
   *
   * A row was clicked or activated: its span should be shown.
   */
  signals[ANNOTATION_ACTIVATED] = g_signal_new ("annotation-activated",
                                                G_TYPE_FROM_CLASS (klass),
                                                G_SIGNAL_RUN_LAST,
                                                0, NULL, NULL, NULL,
                                                G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * SitrepAnnotationPanel::annotator-needed:
   *
   * A suggestion in the panel is about to be accepted and nobody may have
   * said who is annotating. A handler that asks returns TRUE; one that knows
   * sets sitrep_annotation_panel_set_annotator and returns FALSE.
   */
  signals[ANNOTATOR_NEEDED] = g_signal_new ("annotator-needed",
                                            G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST,
                                            0, g_signal_accumulator_true_handled, NULL, NULL,
                                            G_TYPE_BOOLEAN, 0);

  /**
   * SitrepAnnotationPanel::move-edge:
   * @id: the annotation of the selected row
   * @start: its start (Ctrl held), else its end
   * @direction: 1 toward the right of the screen, -1 toward the left
   *
   * Shift+Right or Shift+Left on the row: its span should widen or narrow
   * there by a word, as the same keys do on the span in the reader.
   */
  signals[MOVE_EDGE] = g_signal_new ("move-edge",
                                     G_TYPE_FROM_CLASS (klass),
                                     G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL,
                                     G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_BOOLEAN, G_TYPE_INT);

  gtk_widget_class_install_action (widget_class, "annotation-panel.delete-annotation", NULL,
                                   delete_annotation_action);
  _sitrep_annotation_panel_editor_class_init (widget_class);
  _sitrep_annotation_panel_claim_class_init (widget_class);

  g_type_ensure (SITREP_TYPE_SUGGESTION_LIST);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sitrep/Sitrep/sitrep-annotation-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepAnnotationPanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepAnnotationPanel, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SitrepAnnotationPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, SitrepAnnotationPanel, list_view);
  gtk_widget_class_bind_template_child (widget_class, SitrepAnnotationPanel, suggestion_list);
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
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_list_activate), self);

  {
    GtkEventController *legacy = gtk_event_controller_legacy_new ();
    GtkEventController *keys = gtk_event_controller_key_new ();

    gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
    g_signal_connect (legacy, "event", G_CALLBACK (on_list_event), self);
    gtk_widget_add_controller (GTK_WIDGET (self->list_view), legacy);

    g_signal_connect (keys, "key-pressed", G_CALLBACK (on_list_key_pressed), self);
    gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);

    keys = gtk_event_controller_key_new ();
    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect (keys, "key-pressed", G_CALLBACK (on_list_extent_key), self);
    gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);
  }
  gtk_drop_down_set_model (self->filter_dropdown, G_LIST_MODEL (self->filters));
  refresh_filters (self);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  g_signal_connect (self->suggestion_list, "annotator-needed", G_CALLBACK (on_suggestions_annotator_needed), self);
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
  _sitrep_annotation_panel_open_editor (self, a, GTK_WIDGET (self->list_view));
}

GListModel *
sitrep_annotation_panel_get_model (SitrepAnnotationPanel *self)
{
  g_return_val_if_fail (SITREP_IS_ANNOTATION_PANEL (self), NULL);

  return G_LIST_MODEL (self->items);
}

void
sitrep_annotation_panel_set_suggestion_review (SitrepAnnotationPanel  *self,
                                               SitrepSuggestionReview *review)
{
  g_return_if_fail (SITREP_IS_ANNOTATION_PANEL (self));

  sitrep_suggestion_list_set_review (self->suggestion_list, review);
  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (sitrep_suggestion_review_get_model (self->review), self);
  g_set_object (&self->review, review);
  if (review != NULL)
    g_signal_connect_swapped (sitrep_suggestion_review_get_model (review), "items-changed",
                              G_CALLBACK (update_space), self);
  update_space (self);
}

void
sitrep_annotation_panel_set_annotator (SitrepAnnotationPanel *self,
                                       gint64                 annotator_id)
{
  g_return_if_fail (SITREP_IS_ANNOTATION_PANEL (self));

  sitrep_suggestion_list_set_annotator (self->suggestion_list, annotator_id);
}

void
sitrep_annotation_panel_set_claim_target (SitrepAnnotationPanel *self,
                                          gint64                 event_id,
                                          const char            *event_title)
{
  g_return_if_fail (SITREP_IS_ANNOTATION_PANEL (self));

  /* Called again when any event changes: the article may report another. */
  self->claim_event_id = event_id;
  g_free (self->claim_target);
  self->claim_target = g_strdup (event_title);
  _sitrep_annotation_panel_describe_claims (self);
}

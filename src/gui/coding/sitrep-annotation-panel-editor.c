/* sitrep-annotation-panel-editor.c — the panel's figure and date editor and its entity chooser
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-annotation-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sitrep-annotation-format.h"
#include "sitrep-entity-chooser.h"
#include "sitrep-annotation-panel-private.h"
#include "sitrep-user-message.h"

static const char *qualifier_ids[] = { "exact", "at_least", "more_than", "up_to", "about", "range" };
static const char *precision_ids[] = { "day", "month", "year", "unknown" };

/* Figure and date editor */

static void
on_qualifier_notify (GtkDropDown *dropdown,
                     GParamSpec  *pspec,
                     GtkWidget   *high_row)
{
  gtk_widget_set_visible (high_row, gtk_drop_down_get_selected (dropdown) == 5);
}

static void
save_attributes_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  SitrepAnnotationPanel *self = SITREP_ANNOTATION_PANEL (widget);
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

  /* Not saved: say so, and leave the editor open with what was typed. */
  if (!sitrep_store_set_annotation_attributes (self->store, self->editing_id, json, &error))
    {
      sitrep_show_error (widget, error);
      return;
    }
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static gboolean
on_count_key_pressed (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkWidget             *save)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;
  gtk_widget_activate (save);
  return TRUE;
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
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GWeakRef *ref = g_object_get_data (G_OBJECT (popover), "anchor");
  g_autoptr(GtkWidget) anchor = ref != NULL ? g_weak_ref_get (ref) : NULL;

  self->editing_id = 0;
  /* The keys go back to the button that opened it (else the panel), not
   * to the hidden popover's field: Ctrl+Z there was its own Undo. */
  if (focus == NULL || !gtk_widget_get_mapped (focus) || gtk_widget_is_ancestor (focus, GTK_WIDGET (popover)))
    {
      if (anchor == NULL || !gtk_widget_get_mapped (anchor) || !gtk_widget_grab_focus (anchor))
        gtk_widget_grab_focus (GTK_WIDGET (self));
    }
}

static void
weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
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
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, anchor);
  g_object_set_data_full (G_OBJECT (self->popover), "anchor", ref, (GDestroyNotify) weak_ref_free);
  if (anchor != NULL && gtk_widget_compute_bounds (anchor, GTK_WIDGET (self), &bounds))
    gtk_popover_set_pointing_to (GTK_POPOVER (self->popover),
                                 &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                   bounds.size.width, bounds.size.height });
}

void
_sitrep_annotation_panel_open_editor (SitrepAnnotationPanel *self,
                                      SitrepAnnotation      *annotation,
                                      GtkWidget             *anchor)
{
  const char *kind = _sitrep_annotation_panel_kind_of (self, sitrep_annotation_get_label_id (annotation));
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
      /* GTK 4.8's spin button has no "activate": Enter is caught here. */
      {
        GtkEventController *keys = gtk_event_controller_key_new ();

        g_signal_connect (keys, "key-pressed", G_CALLBACK (on_count_key_pressed), save);
        gtk_widget_add_controller (count, keys);
      }
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
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "annotation-panel.save-attributes");
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
                                        _sitrep_annotation_panel_kind_of (self, sitrep_annotation_get_label_id (annotation)));
  set_popover (self, chooser);
  point_at (self, anchor);
  gtk_popover_popup (GTK_POPOVER (chooser));
}

void
_sitrep_annotation_panel_on_edit_clicked (GtkButton             *button,
                                          SitrepAnnotationPanel *self)
{
  SitrepAnnotation *a = g_object_get_data (G_OBJECT (button), "annotation");

  if (a != NULL)
    _sitrep_annotation_panel_open_editor (self, a, GTK_WIDGET (button));
}

void
_sitrep_annotation_panel_on_link_clicked (GtkButton             *button,
                                          SitrepAnnotationPanel *self)
{
  SitrepAnnotation *a = g_object_get_data (G_OBJECT (button), "annotation");

  if (a != NULL)
    open_chooser (self, a, GTK_WIDGET (button));
}

void
_sitrep_annotation_panel_editor_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "annotation-panel.save-attributes", NULL,
                                   save_attributes_action);
}

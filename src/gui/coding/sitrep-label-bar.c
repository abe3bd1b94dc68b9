/* sitrep-label-bar.c — a small bar of the labels by a mouse selection
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-label-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-label-bar.h"
#include "sitrep-label-bar-private.h"

/* Ten labels and "more" in three short rows by the selection: a single
 * column would cover the text it is about. Fewer to a row when the text's
 * column is narrower than that (sitrep_label_bar_fit_width): at 1280×800
 * four to a row made the bar 673 px wide over a 585 px column, and it
 * covered the annotation panel. */
#define PER_LINE 4

struct _SitrepLabelBar
{
  GtkPopover  parent_instance;

  /* child widgets */
  GtkWidget  *flow;

  /* state */
  char       *action_name;
  char       *more_action;
  GHashTable *buttons;   /* label id → GtkButton (borrowed) */
};

G_DEFINE_FINAL_TYPE (SitrepLabelBar, sitrep_label_bar, GTK_TYPE_POPOVER)

static GtkWidget *
make_button (SitrepLabelBar *self,
             SitrepLabel    *label)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *swatch = gtk_label_new (NULL);
  GtkWidget *name = gtk_label_new (sitrep_label_get_display_name (label));
  const char *shortcut = sitrep_label_get_shortcut (label);
  const char *color = sitrep_label_get_color (label);
  g_autofree char *markup = NULL;
  g_autofree char *tooltip = NULL;

  markup = g_markup_printf_escaped ("<span foreground=\"%s\">⬤</span>", color ? color : "#77767b");
  gtk_label_set_markup (GTK_LABEL (swatch), markup);
  gtk_accessible_update_state (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), name);
  if (shortcut != NULL && *shortcut != '\0')
    {
      GtkWidget *key = gtk_label_new (shortcut);

      gtk_widget_add_css_class (key, "dim-label");
      gtk_widget_add_css_class (key, "label-key");
      gtk_box_append (GTK_BOX (box), key);
      /* Translators: tooltip of a label's button by a selection; %s is its key */
      tooltip = g_strdup_printf (_("Label the selection (key %s)"), shortcut);
    }
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip != NULL ? tooltip : _("Label the selection"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sitrep_label_get_display_name (label), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), self->action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", sitrep_label_get_id (label));

  return button;
}

static void
sitrep_label_bar_dispose (GObject *object)
{
  SitrepLabelBar *self = SITREP_LABEL_BAR (object);

  if (self->buttons != NULL)
    g_hash_table_remove_all (self->buttons);

  G_OBJECT_CLASS (sitrep_label_bar_parent_class)->dispose (object);
}

static void
sitrep_label_bar_finalize (GObject *object)
{
  SitrepLabelBar *self = SITREP_LABEL_BAR (object);

  g_free (self->action_name);
  g_free (self->more_action);
  g_hash_table_unref (self->buttons);

  G_OBJECT_CLASS (sitrep_label_bar_parent_class)->finalize (object);
}

static void
sitrep_label_bar_class_init (SitrepLabelBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sitrep_label_bar_dispose;
  object_class->finalize = sitrep_label_bar_finalize;
}

static void
sitrep_label_bar_init (SitrepLabelBar *self)
{
  self->buttons = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  /* Offered, not imposed: the text keeps the focus and the keys still label. */
  gtk_popover_set_autohide (GTK_POPOVER (self), FALSE);
  gtk_popover_set_has_arrow (GTK_POPOVER (self), TRUE);
  gtk_popover_set_position (GTK_POPOVER (self), GTK_POS_TOP);
  gtk_widget_add_css_class (GTK_WIDGET (self), "label-bar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Labels for the selection"), -1);

  self->flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (self->flow), FALSE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->flow), PER_LINE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->flow), PER_LINE);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->flow), 0);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->flow), 0);
  gtk_widget_set_can_focus (self->flow, FALSE);
  gtk_popover_set_child (GTK_POPOVER (self), self->flow);
}

GtkWidget *
sitrep_label_bar_new (const char *action_name,
                      const char *more_action)
{
  SitrepLabelBar *self;

  g_return_val_if_fail (action_name != NULL, NULL);

  self = g_object_new (SITREP_TYPE_LABEL_BAR, NULL);
  self->action_name = g_strdup (action_name);
  self->more_action = g_strdup (more_action);

  return GTK_WIDGET (self);
}

void
sitrep_label_bar_set_labels (SitrepLabelBar *self,
                             GPtrArray      *labels)
{
  GtkWidget *child;

  g_return_if_fail (SITREP_IS_LABEL_BAR (self));

  g_hash_table_remove_all (self->buttons);
  while ((child = gtk_widget_get_first_child (self->flow)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->flow), child);

  for (guint i = 0; labels != NULL && i < labels->len; i++)
    {
      SitrepLabel *label = g_ptr_array_index (labels, i);
      GtkWidget *button = make_button (self, label);
      gint64 id = sitrep_label_get_id (label);

      gtk_flow_box_append (GTK_FLOW_BOX (self->flow), button);
      gtk_widget_set_can_focus (gtk_widget_get_parent (button), FALSE);
      g_hash_table_insert (self->buttons, g_memdup2 (&id, sizeof id), button);
    }

  if (self->more_action != NULL)
    {
      GtkWidget *more = gtk_button_new_from_icon_name ("view-more-symbolic");

      gtk_widget_add_css_class (more, "flat");
      gtk_widget_set_tooltip_text (more, _("Find a label by name (Enter)"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (more), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("More labels"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (more), self->more_action);
      gtk_flow_box_append (GTK_FLOW_BOX (self->flow), more);
      gtk_widget_set_can_focus (gtk_widget_get_parent (more), FALSE);
    }
}

GtkWidget *
sitrep_label_bar_get_button (SitrepLabelBar *self,
                             gint64          label_id)
{
  g_return_val_if_fail (SITREP_IS_LABEL_BAR (self), NULL);

  return g_hash_table_lookup (self->buttons, &label_id);
}

void
sitrep_label_bar_fit_width (SitrepLabelBar *self,
                            int             width)
{
  guint per_line;

  g_return_if_fail (SITREP_IS_LABEL_BAR (self));

  for (per_line = PER_LINE; per_line > 1; per_line--)
    {
      int natural = 0;

      gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->flow), 1);
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->flow), per_line);
      gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->flow), per_line);
      /* The popover itself measures nothing while hidden; its contents box
       * is what the user sees of it (the rest is its shadow). */
      gtk_widget_measure (gtk_widget_get_parent (self->flow), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      if (natural <= width)
        break;
    }
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->flow), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->flow), per_line);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->flow), per_line);
}

/* sitrep-label-popover.c — choose a label by typing part of its name
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-label-popover"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sitrep-label-popover.h"

struct _SitrepLabelPopover
{
  GtkPopover      parent_instance;

  /* template widgets */
  GtkSearchEntry *search_entry;
  GtkListBox     *list_box;

  /* state */
  char           *needle;
};

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SitrepLabelPopover, sitrep_label_popover, GTK_TYPE_POPOVER)

static GtkWidget *
make_row (SitrepLabel *label)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *swatch = gtk_label_new (NULL);
  GtkWidget *name = gtk_label_new (sitrep_label_get_display_name (label));
  GtkWidget *key = gtk_label_new (sitrep_label_get_shortcut (label));
  g_autofree char *markup = NULL;
  const char *color = sitrep_label_get_color (label);

  markup = g_markup_printf_escaped ("<span foreground=\"%s\">⬤</span>", color ? color : "#777777");
  gtk_label_set_markup (GTK_LABEL (swatch), markup);
  /* The dot is colour only; read aloud it is "black large circle". */
  gtk_accessible_update_state (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (key, "dim-label");
  gtk_widget_add_css_class (key, "label-key");
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), key);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, sitrep_label_get_description (label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, sitrep_label_get_display_name (label),
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "label", g_object_ref (label), g_object_unref);

  return row;
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  SitrepLabelPopover *self = user_data;
  SitrepLabel *label = g_object_get_data (G_OBJECT (row), "label");
  g_autofree char *name = NULL;
  g_autofree char *shown = NULL;

  if (self->needle == NULL || *self->needle == '\0' || label == NULL)
    return TRUE;

  /* The name shown (a built-in label's translated) or the one stored. */
  name = g_utf8_casefold (sitrep_label_get_name (label), -1);
  shown = g_utf8_casefold (sitrep_label_get_display_name (label), -1);
  return strstr (name, self->needle) != NULL || strstr (shown, self->needle) != NULL ||
         g_strcmp0 (sitrep_label_get_shortcut (label), self->needle) == 0;
}

static GtkListBoxRow *
first_visible_row (SitrepLabelPopover *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_child_visible (child) &&
        filter_row (GTK_LIST_BOX_ROW (child), self))
      return GTK_LIST_BOX_ROW (child);

  return NULL;
}

static void
choose (SitrepLabelPopover *self,
        GtkListBoxRow      *row)
{
  SitrepLabel *label = row ? g_object_get_data (G_OBJECT (row), "label") : NULL;
  gint64 id;

  if (label == NULL)
    return;

  id = sitrep_label_get_id (label);
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[CHOSEN], 0, id);
}

static void
on_search_changed (GtkSearchEntry     *entry,
                   SitrepLabelPopover *self)
{
  sitrep_label_popover_set_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_search_activate (GtkSearchEntry     *entry,
                    SitrepLabelPopover *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list_box);

  if (row == NULL || !filter_row (row, self))
    row = first_visible_row (self);
  choose (self, row);
}

static void
on_stop_search (GtkSearchEntry     *entry,
                SitrepLabelPopover *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
on_row_activated (GtkListBox         *box,
                  GtkListBoxRow      *row,
                  SitrepLabelPopover *self)
{
  choose (self, row);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SitrepLabelPopover    *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list_box);
  int index = row ? gtk_list_box_row_get_index (row) : -1;
  int step;

  /* Up and down move through the labels while typing goes on in the entry. */
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    step = 1;
  else if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    step = -1;
  else
    return FALSE;

  for (int i = index + step; ; i += step)
    {
      GtkListBoxRow *next = gtk_list_box_get_row_at_index (self->list_box, i);

      if (next == NULL)
        return TRUE;
      if (filter_row (next, self))
        {
          gtk_list_box_select_row (self->list_box, next);
          return TRUE;
        }
    }
}

static void
sitrep_label_popover_finalize (GObject *object)
{
  SitrepLabelPopover *self = SITREP_LABEL_POPOVER (object);

  g_free (self->needle);

  G_OBJECT_CLASS (sitrep_label_popover_parent_class)->finalize (object);
}

static void
sitrep_label_popover_class_init (SitrepLabelPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sitrep_label_popover_finalize;

  /**
   * SitrepLabelPopover::chosen:
   * @label_id: the label picked
   */
  signals[CHOSEN] = g_signal_new ("chosen",
                                  G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sitrep/Sitrep/sitrep-label-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepLabelPopover, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SitrepLabelPopover, list_box);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
sitrep_label_popover_init (SitrepLabelPopover *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->list_box, filter_row, self, NULL);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

GtkWidget *
sitrep_label_popover_new (void)
{
  return g_object_new (SITREP_TYPE_LABEL_POPOVER, NULL);
}

void
sitrep_label_popover_set_labels (SitrepLabelPopover *self,
                                 GPtrArray          *labels,
                                 gint64              current)
{
  GtkWidget *child;
  GtkWidget *select = NULL;

  g_return_if_fail (SITREP_IS_LABEL_POPOVER (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_clear_pointer (&self->needle, g_free);

  for (guint i = 0; labels != NULL && i < labels->len; i++)
    {
      SitrepLabel *label = g_ptr_array_index (labels, i);
      GtkWidget *row = make_row (label);

      gtk_list_box_append (self->list_box, row);
      if (select == NULL || sitrep_label_get_id (label) == current)
        select = row;
    }

  if (select != NULL)
    gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (select));
}

void
sitrep_label_popover_set_search (SitrepLabelPopover *self,
                                 const char         *search)
{
  GtkListBoxRow *row;

  g_return_if_fail (SITREP_IS_LABEL_POPOVER (self));

  g_free (self->needle);
  self->needle = search != NULL && *search != '\0' ? g_utf8_casefold (search, -1) : NULL;
  gtk_list_box_invalidate_filter (self->list_box);

  row = first_visible_row (self);
  if (row != NULL)
    gtk_list_box_select_row (self->list_box, row);
}

/* sitrep-span-row.c — the row the annotation panel and the suggestion list show for a span
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-span-row"

#include "config.h"

#include "sitrep-span-row.h"

static GtkWidget *
ellipsized_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);

  return label;
}

GtkWidget *
sitrep_span_row_new (GtkWidget **text,
                     GtkWidget **detail)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  g_return_val_if_fail (text != NULL && detail != NULL, NULL);

  *text = ellipsized_label ();
  *detail = ellipsized_label ();
  gtk_widget_add_css_class (*detail, "dim-label");
  gtk_widget_add_css_class (*detail, "caption");
  gtk_box_append (GTK_BOX (texts), *text);
  gtk_box_append (GTK_BOX (texts), *detail);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (row), texts);

  return row;
}

GtkWidget *
sitrep_span_row_add_button (GtkWidget  *row,
                            const char *icon,
                            const char *tooltip)
{
  GtkWidget *button;

  g_return_val_if_fail (GTK_IS_BOX (row), NULL);

  button = gtk_button_new_from_icon_name (icon);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_box_append (GTK_BOX (row), button);

  return button;
}

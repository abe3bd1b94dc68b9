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

void
sitrep_span_row_set_tooltip (GtkWidget  *widget,
                             const char *tooltip)
{
  gboolean visible;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  /* Set on a shown widget, a tooltip asks the X server where the pointer
   * is, to update one shown (GTK 4.8): a round trip for each button of
   * each new row, most of the first Suggest's hand-over on a busy machine.
   * Hidden meanwhile, it asks nothing. */
  visible = gtk_widget_get_visible (widget);
  gtk_widget_set_visible (widget, FALSE);
  gtk_widget_set_tooltip_text (widget, tooltip);
  gtk_widget_set_visible (widget, visible);
}

char *
sitrep_span_row_dup_whole_text (GtkWidget *row)
{
  GtkWidget *texts;
  const char *text, *detail;

  g_return_val_if_fail (GTK_IS_WIDGET (row), NULL);

  texts = gtk_widget_get_first_child (row);
  if (texts == NULL || !GTK_IS_LABEL (gtk_widget_get_first_child (texts)) ||
      !GTK_IS_LABEL (gtk_widget_get_last_child (texts)))
    return NULL;
  text = gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (texts)));
  detail = gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (texts)));
  if (*text == '\0' && *detail == '\0')
    return NULL;
  return g_strdup_printf ("%s\n%s", text, detail);
}

static gboolean
on_query_whole_text (GtkWidget  *texts,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     gpointer    data)
{
  g_autofree char *whole = sitrep_span_row_dup_whole_text (gtk_widget_get_parent (texts));

  if (whole == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, whole);
  return TRUE;
}

void
sitrep_span_row_show_whole_in_tooltip (GtkWidget *row)
{
  GtkWidget *texts;

  g_return_if_fail (GTK_IS_BOX (row));

  /* Read when the tooltip shows: a text set at each bind asked the X
   * server where the pointer was, a round trip a row. */
  texts = gtk_widget_get_first_child (row);
  gtk_widget_set_has_tooltip (texts, TRUE);
  g_signal_connect (texts, "query-tooltip", G_CALLBACK (on_query_whole_text), NULL);
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
  /* The detail wraps: cut at the panel's width, a place's ("Place → Jāsim
   * · doubtful · Daraa, Syria") lost its "doubtful" or where it is. Three
   * lines at most, the rest in the tooltip. */
  gtk_label_set_wrap (GTK_LABEL (*detail), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (*detail), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (*detail), 3);
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
  sitrep_span_row_set_tooltip (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_box_append (GTK_BOX (row), button);

  return button;
}

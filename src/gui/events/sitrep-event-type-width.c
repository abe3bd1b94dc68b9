/* sitrep-event-type-width.c — how wide the Events table's Type column must be to show every event type whole
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-codebook.h"
#include "sitrep-event-type-width.h"

static int
text_width (GtkWidget  *widget,
            const char *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int width = 0;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

int
sitrep_event_type_width (GtkWidget  *widget,
                         int         padding,
                         int         max)
{
  g_auto(GStrv) types = sitrep_codebook_list_event_types (sitrep_codebook_get_default ());
  int widest = text_width (widget, _("Not coded"));

  for (guint i = 0; types != NULL && types[i] != NULL; i++)
    widest = MAX (widest, text_width (widget, types[i]));
  return MIN (widest + padding, max);
}

void
sitrep_event_type_column_fit (GtkColumnView *view,
                              guint          type_col,
                              guint          actors_col,
                              int            padding,
                              int            max)
{
  GListModel *cols = gtk_column_view_get_columns (view);
  g_autoptr(GtkColumnViewColumn) type = g_list_model_get_item (cols, type_col);
  g_autoptr(GtkColumnViewColumn) actors = g_list_model_get_item (cols, actors_col);

  if (!gtk_column_view_column_get_visible (actors))
    gtk_column_view_column_set_fixed_width (type, -1);
  else if (gtk_column_view_column_get_fixed_width (type) < 0 && gtk_widget_get_mapped (GTK_WIDGET (view)))
    gtk_column_view_column_set_fixed_width (type, sitrep_event_type_width (GTK_WIDGET (view), padding, max));
}

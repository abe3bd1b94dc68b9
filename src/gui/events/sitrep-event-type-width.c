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

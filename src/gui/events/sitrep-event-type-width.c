/* sitrep-event-type-width.c — the Events table's Type column as wide as its types need, on one line or two, and cells that wrap
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-codebook.h"
#include "sitrep-event.h"
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
    widest = MAX (widest, text_width (widget, sitrep_codebook_event_type_display_name (types[i])));
  return MIN (widest + padding, max);
}

/* The width @text takes on two lines at best, broken after a blank or a
 * slash ("Explosions/" "Remote violence"), or on one if it has no break. */
static int
two_line_width (GtkWidget  *widget,
                const char *text)
{
  int best = text_width (widget, text);

  for (const char *p = text; *p != '\0'; p++)
    if (*p == ' ' || *p == '/')
      {
        g_autofree char *first = g_strndup (text, (gsize) (p - text) + (*p == '/' ? 1 : 0));
        int w = MAX (text_width (widget, first), text_width (widget, p + 1));

        best = MIN (best, w);
      }
  return best;
}

int
sitrep_event_type_two_line_width (GtkWidget *widget,
                                  int        padding,
                                  int        max)
{
  g_auto(GStrv) types = sitrep_codebook_list_event_types (sitrep_codebook_get_default ());
  int widest = two_line_width (widget, _("Not coded"));

  for (guint i = 0; types != NULL && types[i] != NULL; i++)
    widest = MAX (widest, two_line_width (widget, sitrep_codebook_event_type_display_name (types[i])));
  return MIN (widest + padding, max);
}

void
sitrep_event_cell_wrap (GtkLabel *label)
{
  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD);
  gtk_label_set_lines (label, 2);
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

  if (!gtk_widget_get_mapped (GTK_WIDGET (view)))
    return;
  /* Compact: every type on at most two lines; else on one. The width the
   * user dragged stays until the table changes between the two. */
  if (!gtk_column_view_column_get_visible (actors))
    {
      if (!g_object_get_data (G_OBJECT (type), "sitrep-compact"))
        gtk_column_view_column_set_fixed_width (type, sitrep_event_type_two_line_width (GTK_WIDGET (view), padding, max));
      g_object_set_data (G_OBJECT (type), "sitrep-compact", GINT_TO_POINTER (1));
    }
  else
    {
      if (gtk_column_view_column_get_fixed_width (type) < 0 || g_object_get_data (G_OBJECT (type), "sitrep-compact"))
        gtk_column_view_column_set_fixed_width (type, sitrep_event_type_width (GTK_WIDGET (view), padding, max));
      g_object_set_data (G_OBJECT (type), "sitrep-compact", NULL);
    }
}

static char *
display_string (GtkStringObject *item,
                gpointer         sub)
{
  const char *name = item != NULL ? gtk_string_object_get_string (item) : NULL;

  return g_strdup (sub ? sitrep_codebook_sub_event_type_display_name (name)
                       : sitrep_codebook_event_type_display_name (name));
}

GtkExpression *
sitrep_event_type_display_expression (gboolean sub)
{
  /* The item itself is the closure's first argument (a string object never changes). */
  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (display_string),
                                      GINT_TO_POINTER (sub), NULL);
}

const char *
sitrep_event_type_shown (SitrepEvent *event)
{
  const char *type = sitrep_event_get_event_type (event);

  return type != NULL ? sitrep_codebook_event_type_display_name (type) : _("Not coded");
}

const char *
sitrep_event_sub_type_shown (SitrepEvent *event)
{
  return sitrep_codebook_sub_event_type_display_name (sitrep_event_get_sub_event_type (event));
}

/* The bundled codebook's precision scales (data/codebooks/acled.json), in
 * the interface's language. */
static const char * const precision_labels[] = {
  NC_("precision scale", "Exact day"),
  NC_("precision scale", "A range of 2 to 6 days"),
  NC_("precision scale", "The week"),
  NC_("precision scale", "The month"),
  NC_("precision scale", "The year, or a range longer than a month"),
  NC_("precision scale", "Exact location"),
  NC_("precision scale", "Within 25 km of a known point"),
  NC_("precision scale", "Second-order administrative division (district)"),
  NC_("precision scale", "First-order administrative division (governorate)"),
  NC_("precision scale", "A linear feature or between places (road, river, front)"),
  NC_("precision scale", "Only the country"),
  NC_("precision scale", "International waters or airspace"),
  NC_("precision scale", "The town or a point within it"),
  NC_("precision scale", "Near a town, or part of a region: the nearest town"),
  NC_("precision scale", "Only a larger region: its capital"),
  NC_("precision scale", "Within a week: its middle"),
  NC_("precision scale", "Within a month: its middle"),
};

const char *
sitrep_precision_label_shown (const char *label)
{
  for (guint i = 0; label != NULL && i < G_N_ELEMENTS (precision_labels); i++)
    if (g_str_equal (label, precision_labels[i]))
      return g_dpgettext2 (GETTEXT_PACKAGE, "precision scale", label);
  return label;
}

/* sitrep-span-row.h — the row the annotation panel and the suggestion list show for a span
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A horizontal row holding the span's words (@text) over a dim caption
 * (@detail), both ellipsized, taking the row's spare width; buttons go
 * after them with sitrep_span_row_add_button(). */
GtkWidget *sitrep_span_row_new        (GtkWidget  **text,
                                       GtkWidget  **detail);
/* Appends a flat icon button to @row; @tooltip is its accessible name too. */
GtkWidget *sitrep_span_row_add_button (GtkWidget   *row,
                                       const char  *icon,
                                       const char  *tooltip);

/* gtk_widget_set_tooltip_text () without the X round trip GTK makes when
 * the widget is shown: for widgets not yet in a window (a new row's). */
void       sitrep_span_row_set_tooltip          (GtkWidget   *widget,
                                                 const char  *tooltip);
/* The row's tooltip is its words then its detail, whole (the row cuts
 * them to its width), read when it shows. */
void       sitrep_span_row_show_whole_in_tooltip (GtkWidget  *row);
/* That tooltip's text ("words\ndetail"), or NULL when the row has none. */
char      *sitrep_span_row_dup_whole_text       (GtkWidget   *row);

G_END_DECLS

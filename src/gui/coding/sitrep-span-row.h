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

G_END_DECLS

/* sitrep-event-type-width.h — how wide the Events table's Type column must be to show every event type whole
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The width of the widest of the codebook's event types and "Not coded"
 * in @widget's font, plus @padding, at most @max pixels. */
int sitrep_event_type_width (GtkWidget  *widget,
                             int         padding,
                             int         max);

/* The same for every type broken over at most two lines. */
int sitrep_event_type_two_line_width (GtkWidget *widget,
                                      int        padding,
                                      int        max);

/* The Events table's Type column (@type_col of @view): once @view is
 * mapped, as wide as the widest type (a width the user dragged stays);
 * while the table is compact (its Actors column, @actors_col, hidden
 * beside the map) as wide as the widest type takes on two lines (the
 * cell's label wraps), so the table never scrolls sideways and the type
 * is still read whole. */
void sitrep_event_type_column_fit (GtkColumnView *view,
                                   guint          type_col,
                                   guint          actors_col,
                                   int            padding,
                                   int            max);

G_END_DECLS

/* sitrep-event-type-width.h — the Events table's Type column as wide as its types need, on one line or two, and cells that wrap
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-event.h"

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

/* A cell's @label (a type, a place) takes a second line in a narrow table
 * (beside the map) rather than losing its end: "Explosions/Remote violence";
 * ellipsized only past two lines. */
void sitrep_event_cell_wrap (GtkLabel *label);

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

/* For a drop-down or combo row whose model holds the codebook's event types
 * (or, with @sub, sub-event types) as stored: the name the user reads. */
GtkExpression *sitrep_event_type_display_expression (gboolean sub);

/* @event's type as the user reads it ("Not coded" when it has none), and
 * its sub-type (NULL when it has none). */
const char    *sitrep_event_type_shown              (SitrepEvent *event);
const char    *sitrep_event_sub_type_shown          (SitrepEvent *event);

/* A precision label of the bundled codebook ("The week") as the user reads it. */
const char    *sitrep_precision_label_shown         (const char  *label);

G_END_DECLS

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

G_END_DECLS

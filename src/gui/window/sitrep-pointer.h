/* sitrep-pointer.h — where the pointer is now, asked of the display
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Whether the pointer is over @widget (mapped) now, as the display says,
 * not as the last crossing events said: GTK hands motion over at the next
 * frame, and a frame may come late (a busy window, drawn on the CPU under
 * Xvfb), so a pointer moved onto a widget is not yet there for its event
 * controllers. */
gboolean sitrep_pointer_is_over (GtkWidget *widget);

G_END_DECLS

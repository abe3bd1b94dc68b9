/* sitrep-count-button.h — the map's Unplaced and Places buttons: words cut at their end, the count whole
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Sets @button's label (a box of two labels, the words cut at their end
 * and the count: ui/sitrep-map-view.ui) to @text as translated
 * ("Unplaced: 12"), @count its count as written in it ("12"; "" for none). */
void sitrep_count_button_set (GtkMenuButton *button,
                              const char    *text,
                              const char    *count);

G_END_DECLS

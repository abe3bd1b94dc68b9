/* sitrep-count-button.h — the map's Unplaced and Places buttons: their words whole, or an icon and the count
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A button's label of words and a count ("Unplaced: 12"): the words whole
 * when there is room for them, else an icon (icon-name) and the count. */
#define SITREP_TYPE_COUNT_LABEL (sitrep_count_label_get_type ())
G_DECLARE_FINAL_TYPE (SitrepCountLabel, sitrep_count_label, SITREP, COUNT_LABEL, GtkWidget)

/* Sets @button's label (a SitrepCountLabel: ui/sitrep-map-view.ui) to
 * @text as translated ("Unplaced: 12"), @count its count as written in it
 * ("12"; "" for none). */
void     sitrep_count_button_set        (GtkMenuButton *button,
                                         const char    *text,
                                         const char    *count);
gboolean sitrep_count_button_shows_words (GtkMenuButton *button);
GtkLabel *sitrep_count_button_get_words  (GtkMenuButton *button);
GtkLabel *sitrep_count_button_get_count  (GtkMenuButton *button);

G_END_DECLS

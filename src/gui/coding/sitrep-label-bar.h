/* sitrep-label-bar.h — a small bar of the labels by a mouse selection
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_LABEL_BAR (sitrep_label_bar_get_type ())
G_DECLARE_FINAL_TYPE (SitrepLabelBar, sitrep_label_bar, SITREP, LABEL_BAR, GtkPopover)

/* Each label's button activates @action_name (an "x" action) with the label's id;
 * @more_action (no parameter) opens the full list. */
GtkWidget *sitrep_label_bar_new        (const char     *action_name,
                                        const char     *more_action);
/* @labels: SitrepLabel in the order shown. */
void       sitrep_label_bar_set_labels (SitrepLabelBar *self,
                                        GPtrArray      *labels);
/* Lays the labels out in as many to a row (at most four) as keep the bar
 * within @width pixels, the text's column it stands over. */
void       sitrep_label_bar_fit_width  (SitrepLabelBar *self,
                                        int             width);

G_END_DECLS

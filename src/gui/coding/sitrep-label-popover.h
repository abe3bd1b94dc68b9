/* sitrep-label-popover.h — choose a label by typing part of its name
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_LABEL_POPOVER (sitrep_label_popover_get_type ())
G_DECLARE_FINAL_TYPE (SitrepLabelPopover, sitrep_label_popover, SITREP, LABEL_POPOVER, GtkPopover)

GtkWidget *sitrep_label_popover_new        (void);
/* @labels: SitrepLabel in the order shown; @current: the label to preselect (0 for the first). */
void       sitrep_label_popover_set_labels (SitrepLabelPopover *self,
                                            GPtrArray          *labels,
                                            gint64              current);
/* Filters the list as typing in the search entry does. */
void       sitrep_label_popover_set_search (SitrepLabelPopover *self,
                                            const char         *search);

G_END_DECLS

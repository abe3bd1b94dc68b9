/* sitrep-label-bar-private.h — test hooks of the label bar: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-label-bar.h"

G_BEGIN_DECLS

/* The button of label @label_id, or NULL (for tests and assistive code). */
GtkWidget *sitrep_label_bar_get_button (SitrepLabelBar *self,
                                        gint64          label_id);
G_END_DECLS

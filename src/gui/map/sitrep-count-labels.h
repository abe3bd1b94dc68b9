/* sitrep-count-labels.h — a cluster's count ("387", "12k"), shaped once and drawn as one text node per frame
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _SitrepCountLabels SitrepCountLabels;

/* Counts drawn with @layout's font and attributes (a reference is kept). */
SitrepCountLabels *sitrep_count_labels_new    (PangoLayout       *layout);
void               sitrep_count_labels_free   (SitrepCountLabels *self);
/* The size in pixels of @count's label, as pango_layout_get_pixel_size ()
 * gives it for the same text. */
void               sitrep_count_labels_size   (SitrepCountLabels *self,
                                               guint              count,
                                               int               *width,
                                               int               *height);
/* Draws @count's label with its top left at (@x, @y): the same text node
 * gtk_snapshot_append_layout () would make there, without shaping the
 * text again. */
void               sitrep_count_labels_append (SitrepCountLabels *self,
                                               GtkSnapshot       *snapshot,
                                               guint              count,
                                               float              x,
                                               float              y,
                                               const GdkRGBA     *colour);
/* Labels shaped since the last font change (for tests and benchmarks). */
guint              sitrep_count_labels_get_n_shaped (SitrepCountLabels *self);

G_END_DECLS

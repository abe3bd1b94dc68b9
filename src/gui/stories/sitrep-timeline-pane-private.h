/* sitrep-timeline-pane-private.h — test hooks of the timeline pane: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-timeline-pane.h"

G_BEGIN_DECLS

/* The pane still lays out the height it was shown at, or holds a height the
 * user chose that is saved a moment after the handle stops moving. Once
 * FALSE, "timeline-height" says all it will (tests wait on this). */
gboolean            sitrep_timeline_pane_is_height_pending (SitrepTimelinePane *self);
G_END_DECLS

/* sitrep-event-colour.h — the one colour of each event type, on the map, the timeline and in the presentation
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The colour events of @event_type are drawn in everywhere: the codebook's
 * colour of the type, or one grey for events not coded (@event_type %NULL
 * or not in the codebook). Opaque; callers set the alpha they draw with. */
void sitrep_event_type_rgba (const char *event_type,
                             GdkRGBA    *rgba);

G_END_DECLS

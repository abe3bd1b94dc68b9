/* sitrep-event-colour.c — the one colour of each event type, on the map, the timeline and in the presentation
 *
 * The map's marks, the timeline's type lanes and the presentation's marks
 * all ask here, so an event wears the same colour in each of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-codebook.h"
#include "sitrep-event-colour.h"

/* Events with no type (or one the codebook does not know). */
#define NOT_CODED_COLOUR "#77767b"

void
sitrep_event_type_rgba (const char *event_type,
                        GdkRGBA    *rgba)
{
  const char *hex = NULL;

  g_return_if_fail (rgba != NULL);

  if (event_type != NULL)
    hex = sitrep_codebook_get_event_type_color (sitrep_codebook_get_default (), event_type);
  if (hex == NULL || !gdk_rgba_parse (rgba, hex))
    gdk_rgba_parse (rgba, NOT_CODED_COLOUR);
  rgba->alpha = 1.0f;
}

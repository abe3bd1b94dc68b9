/* sitrep-story-card-private.h — what the incident cards share with the story handout; not for use outside them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "sitrep-story-export.h"

G_BEGIN_DECLS

/* The date of an extent of Julian days at a date precision, for people:
 * "3 March 2022", "1–3 March 2022", "March 2022 (the month only)" … */
char *_sitrep_story_format_extent (guint32 first,
                                   guint32 last,
                                   int     precision);

/* How many degrees of longitude a step's map of @card shows (the handout's
 * and test-stories' hook): wider the vaguer its place. */
double _sitrep_story_map_span (const SitrepStoryCard *card);

/* How many texts the pages drawn on this thread cut short with "…" since the
 * last call (test-stories' hook). */
guint _sitrep_story_texts_cut (void);

G_END_DECLS

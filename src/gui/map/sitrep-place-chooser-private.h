/* sitrep-place-chooser-private.h — test hooks of the place chooser: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-place-chooser.h"

G_BEGIN_DECLS

/* What the row of candidate @index says under its name (admin area,
 * country, coordinates, distance to the article's other places). */
const char *sitrep_place_chooser_get_candidate_text (SitrepPlaceChooser *self,
                                                     guint               index);
guint      sitrep_place_chooser_get_n_candidates (SitrepPlaceChooser *self);
G_END_DECLS

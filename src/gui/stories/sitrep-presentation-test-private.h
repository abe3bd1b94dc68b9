/* sitrep-presentation-test-private.h — test hooks of the presentation: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-presentation.h"

G_BEGIN_DECLS

/* The card's texts as shown ("date", "place", "headline", "figures", "quote"). */
const char         *sitrep_presentation_get_card_text  (SitrepPresentation *self,
                                                        const char         *field);
void                sitrep_presentation_set_prefetch      (SitrepPresentation *self,
                                                           gboolean            prefetch);
G_END_DECLS

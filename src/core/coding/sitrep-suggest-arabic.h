/* sitrep-suggest-arabic.h — Arabic words the places and the actors both read
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "sitrep-suggest-private.h"

G_BEGIN_DECLS

/* Whether Arabic word @i names fighters or an armed body ("الفصائل",
 * "المسلحين", "القوات", with a prefix or not): no place, even where a
 * village has that name (sitrep-suggest-actors-arabic.c). */
gboolean    _sitrep_suggest_is_arabic_body_noun (SuggestRun *run,
                                                 guint       i);

G_END_DECLS

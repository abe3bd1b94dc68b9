/* sitrep-suggest-annotated.h — the coder's figures, places and dates given to a run's incidents
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-suggest-private.h"

G_BEGIN_DECLS

/* sitrep-suggest-annotated.c: an article's figure, place and date
 * annotations (an array the run reads), and their joining a run's
 * suggestions before the incidents are drawn. */
GArray     *_sitrep_suggest_load_annotated (SitrepStore  *store,
                                            gint64        article_id,
                                            GError      **error);
/* Adds *@annotated to the run's suggestions (in their order) and frees it. */
void        _sitrep_suggest_add_annotated  (SuggestRun   *run,
                                            GArray      **annotated);

G_END_DECLS

/* sitrep-suggest-dates-private.h — what the dates' files share
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "sitrep-suggest-private.h"

G_BEGIN_DECLS

/* Dates in numbers ("13/05/2024", "5-11-2016", "13.05.2024", "2024/05/13"), proposed to the day
 * (sitrep-suggest-dates-numeric.c). */
void        _sitrep_suggest_numeric_dates (SuggestRun        *run);

G_END_DECLS

/* sitrep-demo.h — the bundled demo project
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-store.h"

G_BEGIN_DECLS

/* Returns the path of the demo project in the user's data folder, creating it
 * when it does not exist yet from the bundled public-domain press releases and
 * UCDP GED events of the same years, placed through the gazetteer, with one
 * story: the deadliest incidents of 2016. */
char *sitrep_demo_ensure (GError **error);

G_END_DECLS

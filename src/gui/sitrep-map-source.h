/* sitrep-map-source.h — offline map tiles drawn by the core base map in worker threads
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

#define SITREP_TYPE_MAP_SOURCE (sitrep_map_source_get_type ())
G_DECLARE_FINAL_TYPE (SitrepMapSource, sitrep_map_source, SITREP, MAP_SOURCE, ShumateMapSource)

SitrepMapSource *sitrep_map_source_new (void);

G_END_DECLS

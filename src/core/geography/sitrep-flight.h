/* sitrep-flight.h — a smooth zoom-and-pan path between two map views, and the
 * tiles a map will ask for along it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One map tile. */
typedef struct
{
  guint zoom;
  guint x;
  guint y;
} SitrepTileId;

typedef struct _SitrepFlight SitrepFlight;

/* A flight from one view to another on a map @width × @height pixels whose
 * tiles are @tile_size pixels: it rises to show both places when they are
 * far apart and comes down on the second (van Wijk and Nuij's "optimal"
 * path, which keeps the apparent speed even). */
SitrepFlight *sitrep_flight_new           (double              from_latitude,
                                           double              from_longitude,
                                           double              from_zoom,
                                           double              to_latitude,
                                           double              to_longitude,
                                           double              to_zoom,
                                           double              width,
                                           double              height,
                                           guint               tile_size);
void          sitrep_flight_free          (SitrepFlight       *self);

/* How long the flight should take, in milliseconds: longer for longer
 * paths, within bounds a viewer can follow. */
guint         sitrep_flight_get_duration  (const SitrepFlight *self);
/* The view at @progress (0 to 1, in time): eased in and out. */
void          sitrep_flight_get_view      (const SitrepFlight *self,
                                           double              progress,
                                           double             *latitude,
                                           double             *longitude,
                                           double             *zoom);

/* Every tile a map widget of the flight's size shows along the way, at the
 * whole zoom levels it draws (clamped to @min_zoom … @max_zoom), with a
 * margin of one tile all round, in the order the flight needs them.
 * Returns: (transfer full): an array of SitrepTileId, each once. */
GArray       *sitrep_flight_get_tiles     (const SitrepFlight *self,
                                           guint               min_zoom,
                                           guint               max_zoom);

/* A key for hash tables of tiles (g_int64_hash / g_int64_equal on a gint64). */
gint64        sitrep_tile_id_key          (guint               zoom,
                                           guint               x,
                                           guint               y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepFlight, sitrep_flight_free)

G_END_DECLS

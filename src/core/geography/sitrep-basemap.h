/* sitrep-basemap.h — the offline base map, drawn with cairo from bundled vector data
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "sitrep-flight.h"

G_BEGIN_DECLS

#define SITREP_BASEMAP_TILE_SIZE 256
#define SITREP_BASEMAP_MAX_ZOOM 14

#define SITREP_BASEMAP_ERROR (sitrep_basemap_error_quark ())

typedef enum
{
  SITREP_BASEMAP_ERROR_DATA,
  SITREP_BASEMAP_ERROR_ARGUMENT,
  SITREP_BASEMAP_ERROR_WRITE,
} SitrepBasemapError;

/* Web Mercator in units of the whole world: x and y from 0 to 1, y down. */
double sitrep_mercator_x   (double longitude);
double sitrep_mercator_y   (double latitude);
double sitrep_mercator_lon (double x);
double sitrep_mercator_lat (double y);

/* The credit every rendering must carry. */
const char *sitrep_basemap_get_attribution (void);

#define SITREP_TYPE_BASEMAP (sitrep_basemap_get_type ())
G_DECLARE_FINAL_TYPE (SitrepBasemap, sitrep_basemap, SITREP, BASEMAP, GObject)

GQuark          sitrep_basemap_error_quark   (void);

/* Loads the bundled GeoJSON once. A layer that fails to parse is left out
 * (and named in @error's message when nothing could be read at all): the
 * map still shows what it can. The object is immutable and every render
 * function may be called from any thread. */
SitrepBasemap  *sitrep_basemap_new           (GError        **error);
/* One shared instance, loaded on first use. */
SitrepBasemap  *sitrep_basemap_get_default   (void);

/* The colours a tile is drawn in: the light atlas palette, or a dark one for
 * a window in the dark style. Exports are always light. */
typedef enum
{
  SITREP_BASEMAP_STYLE_LIGHT,
  SITREP_BASEMAP_STYLE_DARK,
} SitrepBasemapStyle;

/* Draws tile (@zoom, @x, @y) into a new ARGB32 image surface of @tile_size
 * pixels a side (256 for a standard tile), in the light style. */
cairo_surface_t *sitrep_basemap_render_tile_surface (SitrepBasemap *self,
                                                     guint          zoom,
                                                     guint          x,
                                                     guint          y,
                                                     guint          tile_size);

/* Draws the tile onto @cr, whose origin is the tile's top-left corner, in
 * the colours of @style; and the same into a new image surface. */
void            sitrep_basemap_render_tile_styled (SitrepBasemap      *self,
                                                   cairo_t            *cr,
                                                   guint               zoom,
                                                   guint               x,
                                                   guint               y,
                                                   guint               tile_size,
                                                   SitrepBasemapStyle  style);
cairo_surface_t *sitrep_basemap_render_tile_surface_styled (SitrepBasemap      *self,
                                                            guint               zoom,
                                                            guint               x,
                                                            guint               y,
                                                            guint               tile_size,
                                                            SitrepBasemapStyle  style);

/* The same for @tiles on a worker thread, in order, @tile_size pixels a
 * side; a cancel stops before the next tile. *@surfaces: an image surface
 * for each tile drawn, given also after a cancel (FALSE with
 * G_IO_ERROR_CANCELLED) with those drawn before it. */
void            sitrep_basemap_render_tiles_async  (SitrepBasemap       *self,
                                                    const SitrepTileId  *tiles,
                                                    guint                n_tiles,
                                                    guint                tile_size,
                                                    SitrepBasemapStyle   style,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean        sitrep_basemap_render_tiles_finish (SitrepBasemap       *self,
                                                    GAsyncResult        *result,
                                                    GPtrArray          **surfaces,
                                                    GError             **error);

/* Draws the area @west, @south, @east, @north (degrees) fitted into
 * @width × @height on @cr, with a scale bar and the attribution. */
void            sitrep_basemap_render_view   (SitrepBasemap  *self,
                                              cairo_t        *cr,
                                              double          west,
                                              double          south,
                                              double          east,
                                              double          north,
                                              int             width,
                                              int             height);
/* Draws what goes on the map (events) after the base layers and before the
 * scale bar and attribution; @credit, when not NULL, is the credit of the
 * events' dataset, written above the map's own. Mercator x of a longitude is
 * (sitrep_mercator_x (lon) - ox) * scale pixels from the left; y likewise. */
typedef void (*SitrepBasemapOverlayFunc) (cairo_t  *cr,
                                          double    ox,
                                          double    oy,
                                          double    scale,
                                          gpointer  user_data);

void            sitrep_basemap_render_view_with_overlay (SitrepBasemap            *self,
                                                         cairo_t                  *cr,
                                                         double                    west,
                                                         double                    south,
                                                         double                    east,
                                                         double                    north,
                                                         int                       width,
                                                         int                       height,
                                                         SitrepBasemapOverlayFunc  overlay,
                                                         gpointer                  user_data,
                                                         const char               *credit);
/* The boxes (x0, y0, x1, y1 each, in @width × @height) that the scale bar
 * and the credit lines of this view cover, as render_view_with_overlay draws
 * them (@credit as it is given): the scale bar's first, then one per credit
 * line; returns how many (2 or 3). What is drawn over the view goes clear of
 * them, or is left out. */
guint           sitrep_basemap_view_furniture (SitrepBasemap *self,
                                               double         west,
                                               double         south,
                                               double         east,
                                               double         north,
                                               int            width,
                                               int            height,
                                               const char    *credit,
                                               double         boxes[12]);
/* Draws the view as sitrep_basemap_render_view () does, with no place name
 * on the @n_boxes @boxes (x0, y0, x1, y1 each, in @width × @height): a name
 * there goes to the left of its dot, or is left out. What is drawn over the
 * view (a handout's marks and their numbers) stays readable, and so do the
 * names. */
void            sitrep_basemap_render_view_clear_of (SitrepBasemap *self,
                                                     cairo_t       *cr,
                                                     double         west,
                                                     double         south,
                                                     double         east,
                                                     double         north,
                                                     int            width,
                                                     int            height,
                                                     const double  *boxes,
                                                     guint          n_boxes);
/* The boxes (x0, y0, x1, y1 each, in @width × @height; 4 doubles a box) of
 * the place names render_view_with_overlay writes on this view (@credit as
 * it is given): what is drawn over the view may go clear of them. */
GArray         *sitrep_basemap_view_label_boxes (SitrepBasemap *self,
                                                 double         west,
                                                 double         south,
                                                 double         east,
                                                 double         north,
                                                 int            width,
                                                 int            height,
                                                 const char    *credit);
gboolean        sitrep_basemap_export_view_with_overlay (SitrepBasemap            *self,
                                                         double                    west,
                                                         double                    south,
                                                         double                    east,
                                                         double                    north,
                                                         int                       width,
                                                         int                       height,
                                                         const char               *path,
                                                         SitrepBasemapOverlayFunc  overlay,
                                                         gpointer                  user_data,
                                                         const char               *credit,
                                                         GError                  **error);

G_END_DECLS

/* sitrep-basemap-private.h — what the base map's loading and its drawing share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-basemap.h"

G_BEGIN_DECLS

/* A calm atlas palette: pale sea, warm paper land, muted purple borders.
 * These are the light style's colours; exports always use them. */
#define SEA         0.737, 0.839, 0.890
#define LAND        0.961, 0.945, 0.910
#define LAND_OTHER  0.929, 0.914, 0.878
#define COAST       0.498, 0.655, 0.741
#define RIVER       0.541, 0.722, 0.827
#define BORDER      0.541, 0.431, 0.561
#define ADMIN1      0.655, 0.569, 0.667
#define TEXT_DARK   0.200, 0.196, 0.212
#define TEXT_COUNTRY 0.431, 0.337, 0.455
#define TEXT_ADMIN1 0.541, 0.459, 0.557
#define TEXT_WATER  0.290, 0.478, 0.600
#define HALO        0.988, 0.984, 0.965

typedef enum
{
  LAYER_LAND_110,
  LAYER_LAND_50,
  LAYER_COUNTRIES,
  LAYER_LAKES,
  LAYER_RIVERS,
  LAYER_COAST_10,
  LAYER_BORDERS_110,
  LAYER_BORDERS_50,
  LAYER_BORDERS_10,
  LAYER_ADMIN1,
  N_LAYERS
} LayerId;

/* One polygon (outer ring and holes) or one line, projected to Mercator units. */
typedef struct
{
  double  x0, y0, x1, y1;   /* bounding box */
  guint   n_parts;
  guint  *parts;            /* n_parts + 1 offsets into xy, in points */
  double *xy;
  char   *name;
  char   *code;
  double  min_zoom;
} Feature;

typedef struct
{
  GPtrArray *features;
} Layer;

typedef enum
{
  LABEL_COUNTRY,
  LABEL_ADMIN1,
  LABEL_CAPITAL,
  LABEL_CITY,
  LABEL_TOWN,
} LabelKind;

typedef struct
{
  double     x, y;          /* anchor, Mercator units */
  char      *text;
  LabelKind  kind;
  double     priority;      /* larger first */
  double     min_zoom;
  double     max_zoom;
} Label;

struct _SitrepBasemap
{
  GObject  parent_instance;

  Layer    layers[N_LAYERS];
  GArray  *labels;          /* of Label */
  char    *problems;

  GMutex   placement_lock;
  GArray  *placements[SITREP_BASEMAP_MAX_ZOOM + 1];
};

/* sitrep-basemap-load.c */
void _sitrep_basemap_label_clear (Label *label);

/* An exported view's scale bar, its box's top left corner at @x, @y (in the
 * corner that covers the fewest map labels), and credits at the bottom right. */
#define SITREP_BASEMAP_SCALE_BAR_HEIGHT 26
#define SITREP_BASEMAP_CREDIT_HEIGHT    17
double _sitrep_basemap_scale_bar_width (double      metres_per_pixel);
double _sitrep_basemap_place_scale_bar (const double *boxes,
                                        guint         n_boxes,
                                        int           width,
                                        int           height,
                                        double        bar_width,
                                        guint         n_credit_lines,
                                        double       *x,
                                        double       *y);
void _sitrep_basemap_draw_scale_bar   (cairo_t    *cr,
                                       double      metres_per_pixel,
                                       double      x,
                                       double      y);
void _sitrep_basemap_draw_attribution (cairo_t    *cr,
                                       int         width,
                                       int         height,
                                       const char *credit);
/* The boxes (x0, y0, x1, y1 each) the credit lines cover; returns how many. */
guint _sitrep_basemap_credit_boxes    (int         width,
                                       int         height,
                                       const char *credit,
                                       double      boxes[8]);

/* What only the tests call. */

/* The area, in square pixels, of the map's labels that the scale bar's box
 * of this view covers (0: it sits clear of every name). */
double          _sitrep_basemap_scale_bar_covers (SitrepBasemap *self,
                                                  double         west,
                                                  double         south,
                                                  double         east,
                                                  double         north,
                                                  int            width,
                                                  int            height);

/* The area, in square pixels, of the map's labels of this view that its
 * credit lines (@credit: the events', may be NULL) cover or its edges cut
 * (0: every name shows whole). */
double          _sitrep_basemap_names_hidden     (SitrepBasemap *self,
                                                  double         west,
                                                  double         south,
                                                  double         east,
                                                  double         north,
                                                  int            width,
                                                  int            height,
                                                  const char    *credit);

/* Layers that failed to load, or NULL. */
const char     *sitrep_basemap_get_problems  (SitrepBasemap  *self);
/* Writes the view to @path as PNG, SVG or PDF, chosen by its extension. */
gboolean        sitrep_basemap_export_view   (SitrepBasemap  *self,
                                              double          west,
                                              double          south,
                                              double          east,
                                              double          north,
                                              int             width,
                                              int             height,
                                              const char     *path,
                                              GError        **error);

G_END_DECLS

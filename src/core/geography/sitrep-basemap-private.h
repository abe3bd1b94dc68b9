/* sitrep-basemap-private.h — what the base map's loading and its drawing share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-basemap.h"

G_BEGIN_DECLS

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

/* What only the tests call. */

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

/* sitrep-gazetteer-private.h — what the gazetteer's lookup and its loading share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double lat;
  double lon;
} Point;

/* A first-level region (governorate, province) as the bundled data knows
 * it, and where its places lie. */
typedef struct
{
  char   *country;      /* "SY" */
  char   *admin1_code;  /* "07" */
  char   *key;          /* sitrep_normalize_region_name() of its name */
  Point   centre;       /* mean of its places: a rough centre */
  GArray *points;       /* of Point: its places */
} Region;

/* The bundled gazetteer is parsed once per process and never changes, so
 * every SitrepGazetteer (and every thread) shares it without locking. */
typedef struct
{
  GPtrArray  *places;   /* SitrepGazetteerPlace */
  GHashTable *by_key;   /* normalised name → GArray of guint indices into places */
  GHashTable *admin1;   /* "SY.06" → admin-1 name */
  GPtrArray  *regions;  /* Region, in the order of the file */
} Bundled;

/* sitrep-gazetteer-load.c: the bundled data, parsed on first use. */
Bundled *_sitrep_gazetteer_get_bundled (void);

G_END_DECLS

/* sitrep-suggest-places-narrow.c — a village pinned, doubtful, at the middle of the governorate that
 * holds it moved to the town of that governorate the report names nearest it
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>

#include "sitrep-gazetteer.h"
#include "sitrep-suggest-places-private.h"

/*
 * "the village of X in Diyala province …, police in Baquba said": a village the bundled data lacks is
 * held, doubtful, at the middle of the governorate that holds it (the mean of its towns, which may lie
 * far from any of them), while a coder pins it near the town of that governorate the report names. A
 * place pinned, doubtful, at the very spot of a governorate of the report (a region of a country; a
 * landform or a river is narrow already) with no entry of its own is moved to the bundled town of
 * the report nearest it in the words that the text is sure of and that lies within NARROW_KM of the
 * governorate's middle (inside its area). It stays doubtful. A report naming no such town keeps the
 * pin. A governorate's city (Idlib, Baghdad) is no holder to move from: the quarters of a city lie at
 * it (session 45 on the tuning sets: moving them lost 20.5 pins within 10 km). Quadratic in the places of one
 * report, which are few.
 */
#define NARROW_KM 50.0

/* Whether @o is a place of the report's own words at an entry of its own: a bundled town (its
 * GeoNames id) or a governorate or landform at its centre; not a country. */
static gboolean
own_spot (const SitrepSuggestion *o)
{
  return o->kind == SITREP_SUGGEST_PLACE && !isnan (o->latitude) && o->byte_end > o->byte_start &&
         (o->geonameid != 0 || o->scope == SITREP_PLACE_SCOPE_REGION) && o->scope != SITREP_PLACE_SCOPE_COUNTRY;
}

/* Whether @o is a governorate or a province of the report at its middle: a region of a country (a
 * landform or a river has none). */
static gboolean
governorate (const SitrepSuggestion *o)
{
  return own_spot (o) && o->scope == SITREP_PLACE_SCOPE_REGION && o->country != NULL;
}

/* Whether @s is pinned, doubtful, at what holds it, with no entry of its own. */
static gboolean
held_only (const SitrepSuggestion *s)
{
  return s->kind == SITREP_SUGGEST_PLACE && !isnan (s->latitude) && s->doubtful && s->geonameid == 0 &&
         s->population == 0 && s->scope != SITREP_PLACE_SCOPE_COUNTRY && s->entity_id == 0 &&
         s->byte_end > s->byte_start;
}

/* Whether @p is a sure bundled town inside the area of @wide. */
static gboolean
narrower (const SitrepSuggestion *p,
          const SitrepSuggestion *wide)
{
  if (p->doubtful || (p->latitude == wide->latitude && p->longitude == wide->longitude))
    return FALSE;
  if (p->scope != SITREP_PLACE_SCOPE_PLACE || p->geonameid == 0)
    return FALSE;
  return sitrep_gazetteer_distance_km (p->latitude, p->longitude, wide->latitude, wide->longitude) <= NARROW_KM;
}

void
_sitrep_suggest_narrow_holders (SuggestRun *run,
                                guint       from)
{
  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      const SitrepSuggestion *wide = NULL, *pick = NULL;
      gsize pick_gap = G_MAXSIZE;

      if (!held_only (s))
        continue;
      for (guint m = from; m < run->out->len && wide == NULL; m++)
        {
          const SitrepSuggestion *o = run->out->pdata[m];

          if (o != s && governorate (o) && o->latitude == s->latitude && o->longitude == s->longitude)
            wide = o;
        }
      for (guint m = from; wide != NULL && m < run->out->len; m++)
        {
          const SitrepSuggestion *p = run->out->pdata[m];
          gsize gap;

          if (p == s || !own_spot (p) || !narrower (p, wide))
            continue;
          gap = p->byte_start > s->byte_start ? p->byte_start - s->byte_end : s->byte_start - p->byte_end;
          if (gap < pick_gap)
            pick = p, pick_gap = gap;
        }
      if (pick == NULL)
        continue;
      _sitrep_suggest_pin_doubtful (run, s, pick->latitude, pick->longitude, pick->country, pick->admin1);
    }
}

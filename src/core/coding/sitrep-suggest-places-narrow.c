/* sitrep-suggest-places-narrow.c — a village pinned, doubtful, at the middle of the governorate that
 * holds it moved to the town of that governorate the report names nearest it
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

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
 * it (session 45 on the tuning sets: moving them lost 20.5 pins within 10 km). Linear:
 * each held place asks its NARROW_LOOK nearest sure towns.
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
 * landform or a river has none), with a region's people (a village held at a region's spot has none:
 * it may be a governorate's part, "the southern Idlib countryside", narrow already). */
static gboolean
governorate (const SitrepSuggestion *o)
{
  return own_spot (o) && o->scope == SITREP_PLACE_SCOPE_REGION && o->country != NULL && o->population != 0;
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
  return sitrep_gazetteer_distance_km (p->latitude, p->longitude, wide->latitude, wide->longitude) <= NARROW_KM;
}

/* How many of the report's sure towns nearest a held place in the words are asked: linear in a long text. */
#define NARROW_LOOK 16

/* A suggestion's spot as a key: two are equal where they pin the same point (the governorate a held place was
 * pinned at). */
static guint
spot_hash (gconstpointer p)
{
  const SitrepSuggestion *s = p;
  guint64 a, b;

  memcpy (&a, &s->latitude, sizeof a);
  memcpy (&b, &s->longitude, sizeof b);
  a ^= b * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return (guint) (a ^ (a >> 32));
}

static gboolean
spot_equal (gconstpointer x,
            gconstpointer y)
{
  const SitrepSuggestion *a = x, *b = y;

  return a->latitude == b->latitude && a->longitude == b->longitude;
}

/* The town of @towns nearest @s in the words (of the NARROW_LOOK nearest) inside @wide's area. */
static const SitrepSuggestion *
nearest_town (GPtrArray              *towns,
              const SitrepSuggestion *s,
              const SitrepSuggestion *wide)
{
  guint after = _sitrep_suggest_first_from (towns, s->byte_start), before = after;

  for (guint n = 0; n < NARROW_LOOK && (before > 0 || after < towns->len); n++)
    {
      const SitrepSuggestion *b = before > 0 ? towns->pdata[before - 1] : NULL;
      const SitrepSuggestion *a = after < towns->len ? towns->pdata[after] : NULL;
      const SitrepSuggestion *p;

      if (a != NULL && (b == NULL || a->byte_start - s->byte_end < s->byte_start - MIN (b->byte_end, s->byte_start)))
        p = a, after++;
      else
        p = b, before--;
      if (narrower (p, wide))
        return p;
    }
  return NULL;
}

void
_sitrep_suggest_narrow_holders (SuggestRun *run,
                                guint       from)
{
  g_autoptr(GHashTable) wides = NULL;   /* spot (a suggestion there) → the governorate there */
  g_autoptr(GPtrArray) towns = NULL;    /* the sure bundled towns, by start */

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      const SitrepSuggestion *wide, *pick;

      if (!held_only (s))
        continue;
      if (wides == NULL)
        {
          wides = g_hash_table_new (spot_hash, spot_equal);
          towns = g_ptr_array_new ();
          for (guint m = from; m < run->out->len; m++)
            {
              SitrepSuggestion *o = run->out->pdata[m];

              if (governorate (o))
                g_hash_table_insert (wides, o, o);
              else if (own_spot (o) && !o->doubtful && o->scope == SITREP_PLACE_SCOPE_PLACE && o->geonameid != 0)
                g_ptr_array_add (towns, o);
            }
          g_ptr_array_sort (towns, _sitrep_suggest_by_start);
        }
      wide = g_hash_table_lookup (wides, s);
      pick = wide != NULL ? nearest_town (towns, s, wide) : NULL;
      if (pick == NULL || (pick->latitude == wide->latitude && pick->longitude == wide->longitude))
        continue;
      _sitrep_suggest_pin_doubtful (run, s, pick->latitude, pick->longitude, pick->country, pick->admin1);
    }
}

/* sitrep-suggest-places-ar-latin.c — an Arabic place pinned only at what holds it (its governorate's
 * centre, its district's town) moved to the bundled place whose Latin names share its consonants
 * ("الدجيل" Ad Dujayl, "طوزخرماتو" Tuz Khurmatu, "كفرزيتا" Kafr Zayta): GeoNames gives many towns no
 * Arabic name, or one spelled otherwise ("توز خورماتو")
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-gazetteer-private.h"
#include "sitrep-suggest-places-private.h"

/*
 * The consonant skeletons of sitrep-suggest-places-translit.c, asked of
 * every bundled place's Latin names (GeoNames' name, ASCII name and Latin
 * alternate names; UCDP's localities). A place the text's grammar already
 * holds to be a place, pinned in the governorate that holds it (at its
 * centre or its side's, doubtful, no gazetteer entry of its own), is moved to the place of its skeleton nearest that
 * pin, in the same country and within HOLDER_REACH_KM: a governorate's
 * centre lies that far from its towns. The pin stays doubtful: a
 * consonant skeleton is no spelling. Skeletons of three consonants are
 * asked too ("djl"): the reach, not the skeleton, keeps them apart.
 */
#define LATIN_SKELETON_MIN 3
#define HOLDER_REACH_KM 150.0
#define LOCALITY_REACH_KM 60.0

typedef struct
{
  double      latitude;
  double      longitude;
  gint64      geonameid;   /* 0 for a locality */
  gint64      population;
  const char *country;     /* the bundled data's, kept for the process's life */
  const char *admin1;      /* GeoNames' admin1 name; NULL for a locality */
} LatinSpot;

static void
add_latin_spot (GHashTable      *by_skeleton,
                const char      *name,
                const LatinSpot *spot)
{
  g_autofree char *skeleton = _sitrep_suggest_latin_skeleton (name);
  GArray *spots;

  if (skeleton == NULL || strlen (skeleton) < LATIN_SKELETON_MIN)
    return;
  spots = g_hash_table_lookup (by_skeleton, skeleton);
  if (spots == NULL)
    {
      spots = g_array_new (FALSE, FALSE, sizeof (LatinSpot));
      g_hash_table_insert (by_skeleton, g_steal_pointer (&skeleton), spots);
    }
  /* A place's names share skeletons: once is enough. */
  if (spots->len > 0 && g_array_index (spots, LatinSpot, spots->len - 1).latitude == spot->latitude &&
      g_array_index (spots, LatinSpot, spots->len - 1).longitude == spot->longitude)
    return;
  g_array_append_val (spots, *spot);
}

/* Whether @name is written in Latin letters (its first letter tells: a
 * name in another script has none). */
static gboolean
latin_name (const char *name)
{
  return name != NULL && (guchar) name[0] < 0xC9;
}

static gpointer
build_spots (gpointer data)
{
  GHashTable *by_skeleton = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  Bundled *bundled = _sitrep_gazetteer_get_bundled ();
  GHashTableIter iter;
  gpointer value;

  for (guint m = 0; m < bundled->places->len; m++)
    {
      const SitrepGazetteerPlace *place = bundled->places->pdata[m];
      LatinSpot spot = { place->latitude, place->longitude, place->geonameid, place->population, place->country,
                        place->admin1_name };

      add_latin_spot (by_skeleton, place->name, &spot);
      if (g_strcmp0 (place->asciiname, place->name) != 0)
        add_latin_spot (by_skeleton, place->asciiname, &spot);
      for (guint k = 0; place->names != NULL && place->names[k] != NULL; k++)
        {
          if (latin_name (place->names[k]))
            add_latin_spot (by_skeleton, place->names[k], &spot);
        }
    }
  g_hash_table_iter_init (&iter, _sitrep_suggest_localities ());
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const Locality *locality = value;
      LatinSpot spot = { locality->latitude, locality->longitude, 0, 0, locality->country, NULL };

      add_latin_spot (by_skeleton, locality->name, &spot);
    }
  return by_skeleton;
}

/* The spot of @skeleton nearest (@latitude, @longitude), in @country and
 * @admin1 when known, within HOLDER_REACH_KM; a locality, whose
 * governorate is not kept, within LOCALITY_REACH_KM. NULL when none. */
static const LatinSpot *
nearest_latin_spot (GHashTable *by_skeleton,
                    const char *skeleton,
                    double      latitude,
                    double      longitude,
                    const char *country,
                    const char *admin1)
{
  GArray *spots = g_hash_table_lookup (by_skeleton, skeleton);
  const LatinSpot *best = NULL;
  double best_km = HOLDER_REACH_KM;

  for (guint m = 0; spots != NULL && m < spots->len; m++)
    {
      const LatinSpot *spot = &g_array_index (spots, LatinSpot, m);
      double km;

      if (country != NULL && *country != '\0' && g_strcmp0 (spot->country, country) != 0)
        continue;
      if (admin1 != NULL && spot->admin1 != NULL && g_strcmp0 (spot->admin1, admin1) != 0)
        continue;
      km = sitrep_gazetteer_distance_km (latitude, longitude, spot->latitude, spot->longitude);
      if (km <= best_km && (spot->admin1 != NULL || admin1 == NULL || km <= LOCALITY_REACH_KM))
        {
          best = spot;
          best_km = km;
        }
    }
  return best;
}

/* Whether (@latitude, @longitude) is a bundled town's spot, not a point
 * drawn from a governorate's towns (its centre, the centre of its side
 * that "the northern countryside" names). Damascus's governorate is its
 * city alone: its centre is the city's spot. */
static gboolean
at_town (double latitude,
         double longitude)
{
  GPtrArray *places = _sitrep_gazetteer_get_bundled ()->places;

  for (guint m = 0; m < places->len; m++)
    {
      const SitrepGazetteerPlace *place = places->pdata[m];

      if (fabs (place->latitude - latitude) < 0.005 && fabs (place->longitude - longitude) < 0.005)
        return TRUE;
    }
  return FALSE;
}

/* Whether @s is an Arabic place pinned in the governorate that holds it:
 * doubtful, with no gazetteer entry of its own nor the project's. Not one
 * a town holds: that is a quarter or a village of the town, which the
 * town's pin serves better than a namesake elsewhere ("جوبر" in Damascus);
 * but a town's countryside (a region's scope: "كفرزيتا بريف حماة", pinned
 * at Hama, the centre of its governorate's towns) is no town. */
static gboolean
held_arabic_place (SuggestRun             *run,
                   const SitrepSuggestion *s)
{
  return s->kind == SITREP_SUGGEST_PLACE && s->doubtful && s->geonameid == 0 && s->entity_id == 0 &&
         !isnan (s->latitude) && s->scope != SITREP_PLACE_SCOPE_COUNTRY && s->byte_end > s->byte_start &&
         (guchar) run->text[s->byte_start] >= 0xD8 && (guchar) run->text[s->byte_start] <= 0xDB &&
         (s->scope == SITREP_PLACE_SCOPE_REGION || !at_town (s->latitude, s->longitude));
}

void
_sitrep_suggest_arabic_latin_names (SuggestRun *run,
                                    guint       from)
{
  static GOnce once = G_ONCE_INIT;
  GHashTable *by_skeleton = NULL;

  if (run->n_arabic == 0)
    return;
  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      g_autofree char *skeleton = NULL;
      const LatinSpot *spot;

      if (!held_arabic_place (run, s) || (skeleton = _sitrep_suggest_arabic_skeleton (s->text)) == NULL ||
          strlen (skeleton) < LATIN_SKELETON_MIN)
        continue;
      /* Built on the first Arabic place held, never for a text without one. */
      if (by_skeleton == NULL)
        by_skeleton = g_once (&once, build_spots, NULL);
      spot = nearest_latin_spot (by_skeleton, skeleton, s->latitude, s->longitude, s->country, s->admin1);
      if (spot == NULL)
        continue;
      s->latitude = spot->latitude;
      s->longitude = spot->longitude;
      s->population = spot->population;
      s->country = _sitrep_suggest_strdup (run, spot->country);
      /* A village the countryside held is a place again, no region. */
      s->scope = SITREP_PLACE_SCOPE_PLACE;
    }
}

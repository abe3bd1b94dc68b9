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
/* A settlement named so ("بلدة الهول", Al Hawl) is asked by a skeleton of
 * two consonants too, of the towns of its governorate only. */
#define SETTLEMENT_SKELETON_MIN 2
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

  if (skeleton == NULL || strlen (skeleton) < SETTLEMENT_SKELETON_MIN)
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
 * governorate is not kept, within LOCALITY_REACH_KM; for a skeleton of two
 * consonants, a town of @admin1 only. NULL when none. */
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

      if ((country != NULL && *country != '\0' && g_strcmp0 (spot->country, country) != 0) ||
          (strlen (skeleton) < LATIN_SKELETON_MIN && (spot->admin1 == NULL || admin1 == NULL)))
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

/* Arabic nouns of a settlement: a place so named is a town or village of
 * its own, never a quarter of the town it was pinned at ("لمدينة
 * الشدادي", "بلدة الهول"). */
static const char * const settlements[] = { "مدينة", "بلدة", "قرية", NULL };

/* Arabic sides a clause after a place may give it from what holds it
 * ("الشدادي جنوبي محافظة الحسكة", "بلدة X في الريف الشمالي"), as bearings. */
static const struct { const char *word; double bearing; } ar_sides[] = {
  { "شمال", 0 }, { "شمالي", 0 }, { "الشمالي", 0 }, { "الشمالية", 0 },
  { "شرق", 90 }, { "شرقي", 90 }, { "الشرقي", 90 }, { "الشرقية", 90 },
  { "جنوب", 180 }, { "جنوبي", 180 }, { "الجنوبي", 180 }, { "الجنوبية", 180 },
  { "غرب", 270 }, { "غربي", 270 }, { "الغربي", 270 }, { "الغربية", 270 },
};

/* How many words after a place its side is looked for. */
#define SIDE_WORDS 6
/* How far a bearing may be from the side the words give. */
#define SIDE_SLACK 67.5

/* Whether Arabic token @i is one of @words, bare or after a glued
 * "و"/"ب"/"ل"/"ف". */
static gboolean
ar_token_in (SuggestRun         *run,
             guint               i,
             const char * const *words)
{
  return _sitrep_suggest_ar_place_word_in (run, i, words, TRUE);
}

/* The side the words after token @last give the place from what holds it
 * (a second side after the first makes it a corner: "جنوب شرقي"), or NAN. */
static double
side_after (SuggestRun *run,
            guint       last)
{
  guint n = run->tokens->len;

  for (guint j = last + 1; j < n && j <= last + SIDE_WORDS && tok (run, j)->sentence == tok (run, last)->sentence; j++)
    {
      for (guint m = 0; m < G_N_ELEMENTS (ar_sides); m++)
        {
          const char *words[] = { ar_sides[m].word, NULL };
          double bearing = ar_sides[m].bearing;

          if (!ar_token_in (run, j, words))
            continue;
          for (guint m2 = 0; j + 1 < n && (bearing == 0 || bearing == 180) && m2 < G_N_ELEMENTS (ar_sides); m2++)
            {
              const char *second[] = { ar_sides[m2].word, NULL };

              if ((ar_sides[m2].bearing == 90 || ar_sides[m2].bearing == 270) && ar_token_in (run, j + 1, second))
                return bearing == 0 ? (ar_sides[m2].bearing == 90 ? 45 : 315) : (ar_sides[m2].bearing == 90 ? 135 : 225);
            }
          return bearing;
        }
    }
  return NAN;
}

/* The bearing from (@lat1, @lon1) to (@lat2, @lon2), 0–360 degrees. */
static double
bearing_to (double lat1,
            double lon1,
            double lat2,
            double lon2)
{
  double p1 = lat1 * G_PI / 180, p2 = lat2 * G_PI / 180, dl = (lon2 - lon1) * G_PI / 180;
  double b = atan2 (sin (dl) * cos (p2), cos (p1) * sin (p2) - sin (p1) * cos (p2) * cos (dl)) * 180 / G_PI;

  return b < 0 ? b + 360 : b;
}

/* Whether Arabic place @s, pinned at a town's spot, is named a settlement
 * of its own ("مدينة X", "بلدة X", "قرية X"): no quarter of that town, but
 * a town its clause placed at the one it lies by. */
static gboolean
settlement_at_town (SuggestRun             *run,
                    const SitrepSuggestion *s)
{
  guint first = _sitrep_suggest_token_holding (run, s->byte_start);

  return first > 0 && tok (run, first - 1)->sentence == tok (run, first)->sentence &&
         ar_token_in (run, first - 1, settlements);
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
         (s->scope == SITREP_PLACE_SCOPE_REGION || !at_town (s->latitude, s->longitude) || settlement_at_town (run, s));
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
      double side;

      if (!held_arabic_place (run, s) || (skeleton = _sitrep_suggest_arabic_skeleton (s->text)) == NULL ||
          strlen (skeleton) < (settlement_at_town (run, s) ? SETTLEMENT_SKELETON_MIN : LATIN_SKELETON_MIN))
        continue;
      /* Built on the first Arabic place held, never for a text without one. */
      if (by_skeleton == NULL)
        by_skeleton = g_once (&once, build_spots, NULL);
      spot = nearest_latin_spot (by_skeleton, skeleton, s->latitude, s->longitude, s->country, s->admin1);
      if (spot == NULL)
        continue;
      /* A settlement pinned at a town ("بلدة X في الريف الشمالي"), on the
       * side its clause gives it from that town, when one does: a place
       * of the same consonants on another side is another place. */
      side = s->scope == SITREP_PLACE_SCOPE_REGION || !at_town (s->latitude, s->longitude) ? NAN :
             side_after (run, _sitrep_suggest_token_holding (run, s->byte_end - 1));
      if (!isnan (side) && sitrep_gazetteer_distance_km (s->latitude, s->longitude, spot->latitude, spot->longitude) > 1.0)
        {
          double off = fabs (bearing_to (s->latitude, s->longitude, spot->latitude, spot->longitude) - side);

          if (MIN (off, 360 - off) > SIDE_SLACK)
            continue;
        }
      s->latitude = spot->latitude;
      s->longitude = spot->longitude;
      s->population = spot->population;
      s->country = _sitrep_suggest_strdup (run, spot->country);
      /* A village the countryside held is a place again, no region. */
      s->scope = SITREP_PLACE_SCOPE_PLACE;
    }
}

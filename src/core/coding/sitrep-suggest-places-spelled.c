/* sitrep-suggest-places-spelled.c — a Latin place name the bundled data spells with other
 * consonants ("Thiban" for Dhībān, "Qamisli" for Al Qāmishlī), met by a loose consonant skeleton
 * near the places the text is sure of
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-gazetteer-private.h"
#include "sitrep-normalize.h"
#include "sitrep-suggest-places-private.h"

/*
 * English reports write one Arabic consonant several ways: ذ as dh, th, d
 * or z (Dhiban, Thiban), ث as th, t or s, ش as sh or s (Qamishli,
 * Qamisli), ق as q, k or g, a voiced or voiceless stop either way (Tuz,
 * Duz). The name key (sitrep-normalize.c) joins the vowels, doubled
 * letters, q/k and dh/z; the loose skeleton joins the rest: the key with
 * "w" and "y" read as its vowels (a run of them one "a": where they stand
 * is kept, so "Thiban" is no "Tibni"), each consonant of a class written as one
 * letter (t d z th dh → t; s sh ch → s; k g c gh → k; kh → x; b p → b;
 * f v → f). Many names share such a skeleton, so it is asked only for a
 * Latin place the exact keys left unplaced or pinned at what holds it
 * (doubtful, with no entry of its own), only of the bundled places of Syria
 * and Iraq and UCDP's localities, and only within SPELLED_REACH_KM of the
 * holder's pin or of a place the text is sure of, in its country. The
 * place found is a guess: its pin stays doubtful.
 */
#define SPELLED_SKELETON_MIN 3
#define SPELLED_REACH_KM 60.0

typedef struct
{
  double      latitude;
  double      longitude;
  const char *country;   /* the bundled data's, kept for the process's life */
  const char *admin1;    /* GeoNames' admin1 name; NULL for a locality */
} SpelledSpot;

/* The loose skeleton of @name (a new string), or NULL when it holds a
 * digit or a letter outside ASCII's. */
static char *
loose_skeleton (const char *name)
{
  g_autofree char *key = sitrep_normalize_name (name);
  GString *out = g_string_sized_new (strlen (key));
  char prev = 0;

  for (const char *p = key; *p != '\0'; p++)
    {
      char c = *p, next = p[1];

      if (c == ' ')
        continue;
      /* Where the vowels stand stays ("Thiban" is no "Tibni"). */
      if (c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'w' || c == 'y')
        c = 'a';
      if (c < 'a' || c > 'z')
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      if (next == 'h' && strchr ("tdszckg", c) != NULL)
        {
          c = c == 'k' ? 'x' : c == 'g' ? 'k' : c == 'c' ? 's' : c;
          p++;
        }
      if (c == 'd' || c == 'z')
        c = 't';
      else if (c == 'c' || c == 'g' || c == 'q')
        c = 'k';
      else if (c == 'p')
        c = 'b';
      else if (c == 'v')
        c = 'f';
      if (c == prev)
        continue;
      g_string_append_c (out, c);
      prev = c;
    }
  return g_string_free (out, FALSE);
}

static gsize
consonants (const char *skeleton)
{
  gsize n = 0;

  for (const char *p = skeleton; *p != '\0'; p++)
    n += *p != 'a';
  return n;
}

static void
add_spot (GHashTable        *by_skeleton,
          const char        *name,
          const SpelledSpot *spot)
{
  g_autofree char *skeleton = NULL;
  GArray *spots;

  /* Latin names only: a name in another script begins with a byte above Latin's. */
  if (name == NULL || (guchar) name[0] >= 0xC9 || (skeleton = loose_skeleton (name)) == NULL ||
      consonants (skeleton) < SPELLED_SKELETON_MIN)
    return;
  spots = g_hash_table_lookup (by_skeleton, skeleton);
  if (spots == NULL)
    {
      spots = g_array_new (FALSE, FALSE, sizeof (SpelledSpot));
      g_hash_table_insert (by_skeleton, g_steal_pointer (&skeleton), spots);
    }
  /* A place's names share skeletons: once is enough. */
  if (spots->len > 0 && g_array_index (spots, SpelledSpot, spots->len - 1).latitude == spot->latitude &&
      g_array_index (spots, SpelledSpot, spots->len - 1).longitude == spot->longitude)
    return;
  g_array_append_val (spots, *spot);
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
      SpelledSpot spot = { place->latitude, place->longitude, place->country, place->admin1_name };

      if (strcmp (place->country, "SY") != 0 && strcmp (place->country, "IQ") != 0)
        continue;
      add_spot (by_skeleton, place->name, &spot);
      add_spot (by_skeleton, place->asciiname, &spot);
      for (guint k = 0; place->names != NULL && place->names[k] != NULL; k++)
        add_spot (by_skeleton, place->names[k], &spot);
    }
  g_hash_table_iter_init (&iter, _sitrep_suggest_localities ());
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const Locality *locality = value;
      SpelledSpot spot = { locality->latitude, locality->longitude, locality->country, NULL };

      add_spot (by_skeleton, locality->name, &spot);
    }
  return by_skeleton;
}

/* Whether @s is a Latin place the keys left unplaced, or pinned, doubtful,
 * at what holds it with no entry of its own. */
static gboolean
spelled_candidate (SuggestRun             *run,
                   const SitrepSuggestion *s)
{
  if (s->kind != SITREP_SUGGEST_PLACE || s->byte_end <= s->byte_start || s->entity_id != 0 ||
      !g_ascii_isalpha (run->text[s->byte_start]))
    return FALSE;
  if (isnan (s->latitude))
    return TRUE;
  if (!s->doubtful || s->scope != SITREP_PLACE_SCOPE_PLACE)
    return FALSE;
  /* A guess outside Syria and Iraq is asked as an unplaced name is. */
  return s->geonameid == 0 || (s->country != NULL && strcmp (s->country, "SY") != 0 && strcmp (s->country, "IQ") != 0);
}

/* The spot of @spots nearest (@latitude, @longitude), in @country, within
 * *@best_km (lowered to its distance), a GeoNames town's or (@localities)
 * a locality's; NULL when none is nearer. */
static const SpelledSpot *
nearest_spot (GArray     *spots,
              double      latitude,
              double      longitude,
              const char *country,
              gboolean    localities,
              double     *best_km)
{
  const SpelledSpot *best = NULL;

  for (guint m = 0; m < spots->len; m++)
    {
      const SpelledSpot *spot = &g_array_index (spots, SpelledSpot, m);
      double km;

      if (country == NULL || strcmp (spot->country, country) != 0 || (spot->admin1 == NULL) != localities)
        continue;
      km = sitrep_gazetteer_distance_km (latitude, longitude, spot->latitude, spot->longitude);
      if (km <= *best_km)
        {
          best = spot;
          *best_km = km;
        }
    }
  return best;
}

/* Whether the bundled data holds @name under its own key: the keys have
 * spoken ("Khales, southwest of Baghdad" was Khalis, and yielded to the
 * words), and the skeleton is not asked. */
static gboolean
keys_know (const char *name)
{
  g_autofree char *key = sitrep_normalize_name (name);

  return g_hash_table_contains (_sitrep_gazetteer_get_bundled ()->by_key, key) ||
         g_hash_table_contains (_sitrep_suggest_localities (), key);
}

/* The places from @from on the text is sure of (a town or a region), as
 * reference points for the skeleton's spots. */
static GPtrArray *
sure_points (SuggestRun *run,
             guint       from)
{
  GPtrArray *sure = g_ptr_array_new ();

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *o = run->out->pdata[k];

      if (o->kind == SITREP_SUGGEST_PLACE && !isnan (o->latitude) && !o->doubtful && o->country != NULL &&
          (o->scope == SITREP_PLACE_SCOPE_PLACE || o->scope == SITREP_PLACE_SCOPE_REGION))
        g_ptr_array_add (sure, o);
    }
  return sure;
}

void
_sitrep_suggest_places_spelled (SuggestRun *run,
                                guint       from)
{
  static GOnce once = G_ONCE_INIT;
  GHashTable *by_skeleton = NULL;
  g_autoptr(GPtrArray) sure = NULL;
  g_autoptr(GHashTable) asked = NULL;   /* text → its spot, or &none */
  static const char none = 0;

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      const SpelledSpot *spot = NULL;
      gpointer found;
      gboolean held;

      if (!spelled_candidate (run, s))
        continue;
      held = !isnan (s->latitude) && s->geonameid == 0;
      /* An unplaced name is asked once a text; a held one by its pin. */
      if (!held && asked != NULL && g_hash_table_lookup_extended (asked, s->text, NULL, &found))
        spot = found == &none ? NULL : found;
      else
        {
          g_autofree char *skeleton = loose_skeleton (s->text);
          GArray *spots;
          double best_km = SPELLED_REACH_KM;

          if (skeleton == NULL || consonants (skeleton) < SPELLED_SKELETON_MIN || keys_know (s->text))
            continue;
          /* Built on the first name asked, never for a text without one. */
          if (by_skeleton == NULL)
            by_skeleton = g_once (&once, build_spots, NULL);
          spots = g_hash_table_lookup (by_skeleton, skeleton);
          /* A held name moves only to a town of its own; an unplaced one
           * takes a locality (at its district's seat) when no town is near. */
          if (spots != NULL && held)
            spot = nearest_spot (spots, s->latitude, s->longitude, s->country, FALSE, &best_km);
          else if (spots != NULL)
            {
              if (sure == NULL)
                sure = sure_points (run, from);
              for (guint pass = 0; pass < 2 && spot == NULL; pass++)
                {
                  for (guint m = 0; m < sure->len; m++)
                    {
                      const SitrepSuggestion *o = sure->pdata[m];
                      const SpelledSpot *near = nearest_spot (spots, o->latitude, o->longitude, o->country, pass == 1,
                                                              &best_km);

                      spot = near != NULL ? near : spot;
                    }
                }
            }
          if (!held)
            {
              if (asked == NULL)
                asked = g_hash_table_new (g_str_hash, g_str_equal);
              g_hash_table_insert (asked, (gpointer) s->text, spot != NULL ? (gpointer) spot : (gpointer) &none);
            }
        }
      if (spot == NULL)
        continue;
      _sitrep_suggest_pin_doubtful (run, s, spot->latitude, spot->longitude, spot->country, spot->admin1);
    }
}

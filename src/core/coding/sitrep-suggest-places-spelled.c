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
 * (doubtful, with no entry of its own) or guessed outside Syria and Iraq,
 * only of the bundled towns of Syria and Iraq, and only within SPELLED_REACH_KM of the
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
  const char *admin1;    /* GeoNames' admin1 name */
} SpelledSpot;

static const char * const articles[] = {
  "al", "el", "il", "ul", "as", "es", "ad", "ed", "ash", "esh", "az", "ez", "an", "en",
  "ar", "er", "at", "et", "ath", "eth", "adh", "edh", NULL
};

static gboolean
is_article (const char *word,
            gsize       len)
{
  for (guint k = 0; articles[k] != NULL; k++)
    {
      if (strlen (articles[k]) == len && strncmp (articles[k], word, len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Appends the loose letters of one lower-case word (@len bytes) to @out
 * (*@n bytes so far, *@prev its last letter). */
static void
loose_word (const char *word,
            gsize       len,
            char       *out,
            gsize      *n,
            char       *prev)
{
  /* The final ta marbuta: "Raqqah" is "Raqqa". */
  if (len > 3 && word[len - 1] == 'h' && strchr ("aeiou", word[len - 2]) != NULL)
    len--;
  for (gsize i = 0; i < len; i++)
    {
      char c = word[i], next = i + 1 < len ? word[i + 1] : 0;

      /* Where the vowels stand stays ("Thiban" is no "Tibni"). */
      if (strchr ("eiouwy", c) != NULL)
        c = 'a';
      if (next == 'h' && strchr ("tdszckgp", c) != NULL)
        {
          c = c == 'k' ? 'x' : c == 'g' ? 'k' : c == 'c' ? 's' : c == 'p' ? 'f' : c;
          i++;
        }
      if (c == 'd' || c == 'z')
        c = 't';
      else if (c == 'c' || c == 'g' || c == 'q')
        c = 'k';
      else if (c == 'p')
        c = 'b';
      else if (c == 'v')
        c = 'f';
      if (c == *prev)
        continue;
      out[(*n)++] = c;
      *prev = c;
    }
}

/* The loose skeleton of @name in @out (@size bytes): its words in lower
 * case without their articles, folded as above; FALSE when it holds a
 * digit, is too long, or (@ascii) a byte outside ASCII. The same for a
 * name and its key (sitrep_normalize_name ()), which a name outside ASCII
 * is read through. */
static gboolean
loose_skeleton (const char *name,
                char       *out,
                gsize       size)
{
  char word[64];
  gsize n = 0, len = 0, words = 0;
  char prev = 0;

  if (strlen (name) >= MIN (size, sizeof word))
    return FALSE;
  for (const char *p = name;; p++)
    {
      char c = g_ascii_tolower (*p);

      if ((guchar) c >= 0x80 || g_ascii_isdigit (c))
        return FALSE;
      /* An apostrophe or a backtick is no letter: "Ma'arrat". */
      if (c == '\'' || c == '`')
        continue;
      if (c >= 'a' && c <= 'z')
        {
          word[len++] = c;
          continue;
        }
      if (len > 0 && !(is_article (word, len) && *p != '\0'))
        loose_word (word, len, out, &n, &prev);
      words += len > 0;
      len = 0;
      if (*p == '\0')
        break;
    }
  out[n] = '\0';
  return words > 0;
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
  char skeleton[64];
  GArray *spots;

  /* Latin names only: a key in another script begins with a byte above ASCII's. */
  if (!loose_skeleton (name, skeleton, sizeof skeleton) || consonants (skeleton) < SPELLED_SKELETON_MIN)
    return;
  spots = g_hash_table_lookup (by_skeleton, skeleton);
  if (spots == NULL)
    {
      spots = g_array_new (FALSE, FALSE, sizeof (SpelledSpot));
      g_hash_table_insert (by_skeleton, g_strdup (skeleton), spots);
    }
  /* A place's names share skeletons: once is enough. */
  for (guint m = 0; m < spots->len; m++)
    {
      if (g_array_index (spots, SpelledSpot, m).latitude == spot->latitude &&
          g_array_index (spots, SpelledSpot, m).longitude == spot->longitude)
        return;
    }
  g_array_append_val (spots, *spot);
}

/* Each Syrian and Iraqi town under its ASCII name (its own name folds to
 * the same key; its alternate names are many, and the keys of a text's
 * own spellings meet them first). UCDP's localities are not asked: they
 * lie at their district's seat, no nearer than a place of the text. */
static gpointer
build_spots (gpointer data)
{
  GHashTable *by_skeleton = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  GPtrArray *places = _sitrep_gazetteer_get_bundled ()->places;
  for (guint m = 0; m < places->len; m++)
    {
      const SitrepGazetteerPlace *place = places->pdata[m];
      SpelledSpot spot = { place->latitude, place->longitude, place->country, place->admin1_name };
      if (strcmp (place->country, "SY") != 0 && strcmp (place->country, "IQ") != 0)
        continue;
      if (place->asciiname != NULL)
        add_spot (by_skeleton, place->asciiname, &spot);
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
 * *@best_km (lowered to its distance); NULL when none is nearer. */
static const SpelledSpot *
nearest_spot (GArray     *spots,
              double      latitude,
              double      longitude,
              const char *country,
              double     *best_km)
{
  const SpelledSpot *best = NULL;

  for (guint m = 0; m < spots->len; m++)
    {
      const SpelledSpot *spot = &g_array_index (spots, SpelledSpot, m);
      double km;

      if (country == NULL || strcmp (spot->country, country) != 0)
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
keys_know (const char *key)
{
  return g_hash_table_contains (_sitrep_gazetteer_get_bundled ()->by_key, key) ||
         _sitrep_suggest_locality_of (key) != NULL;
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

/* The spots of the skeleton of @text, or NULL: none, or the keys know it. */
static GArray *
spots_of (const char *text)
{
  static GOnce once = G_ONCE_INIT;
  char skeleton[64];
  g_autofree char *key = NULL;
  GArray *spots;

  if (!loose_skeleton (text, skeleton, sizeof skeleton))
    {
      key = sitrep_normalize_name (text);
      if (!loose_skeleton (key, skeleton, sizeof skeleton))
        return NULL;
    }
  if (consonants (skeleton) < SPELLED_SKELETON_MIN)
    return NULL;
  /* Built on the first name asked, never for a text without one. */
  spots = g_hash_table_lookup (g_once (&once, build_spots, NULL), skeleton);
  if (spots != NULL && key == NULL)
    key = sitrep_normalize_name (text);
  return spots != NULL && !keys_know (key) ? spots : NULL;
}

void
_sitrep_suggest_places_spelled (SuggestRun *run,
                                guint       from)
{
  g_autoptr(GPtrArray) sure = NULL;
  g_autoptr(GHashTable) asked = NULL;   /* text → its spots, or &none: each name's key is folded once a text */
  static const char none = 0;

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      const SpelledSpot *spot = NULL;
      double best_km = SPELLED_REACH_KM;
      GArray *spots;
      gpointer found;

      if (!spelled_candidate (run, s))
        continue;
      if (asked != NULL && g_hash_table_lookup_extended (asked, s->text, NULL, &found))
        spots = found == &none ? NULL : found;
      else
        {
          spots = spots_of (s->text);
          if (asked == NULL)
            asked = g_hash_table_new (g_str_hash, g_str_equal);
          g_hash_table_insert (asked, (gpointer) s->text, spots != NULL ? (gpointer) spots : (gpointer) &none);
        }
      if (spots == NULL)
        continue;
      /* A name held at its holder is asked near its pin; an unplaced one,
       * or one guessed abroad, near the places the text is sure of. */
      if (!isnan (s->latitude) && s->geonameid == 0)
        spot = nearest_spot (spots, s->latitude, s->longitude, s->country, &best_km);
      else
        {
          if (sure == NULL)
            sure = sure_points (run, from);
          for (guint m = 0; m < sure->len; m++)
            {
              const SitrepSuggestion *o = sure->pdata[m];
              const SpelledSpot *near = nearest_spot (spots, o->latitude, o->longitude, o->country, &best_km);

              spot = near != NULL ? near : spot;
            }
        }
      if (spot == NULL)
        continue;
      _sitrep_suggest_pin_doubtful (run, s, spot->latitude, spot->longitude, spot->country, spot->admin1);
    }
}

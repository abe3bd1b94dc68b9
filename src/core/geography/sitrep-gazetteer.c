/* sitrep-gazetteer.c — place names to coordinates: lookup and ranking in bundled GeoNames plus dumps the user loads
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-gazetteer"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-normalize.h"
#include "sitrep-store-gazetteer.h"
#include "sitrep-gazetteer.h"
#include "sitrep-gazetteer-private.h"
#include "sitrep-geography-private.h"

typedef GazetteerContext Context;

/* Where a coder says a place is (UCDP GED's country, admin 1 and admin 2):
 * stronger evidence than what else a text names. */
typedef struct
{
  const char   *country;    /* ISO 3166 alpha-2; NULL when unknown */
  const Region *admin1;     /* NULL when not named or not known */
  gboolean      has_seat;
  Point         seat;       /* the place the district is named after */
} Where;

struct _SitrepGazetteer
{
  GObject      parent_instance;

  SitrepStore *store;

  GHashTable  *project_keys;   /* borrowed: keys of the project's places, NULL when unknown */

  /* Under context_lock: the last context and the keys of names scored. */
  GMutex       context_lock;
  char        *context_text;
  Context     *context;
  GHashTable  *name_keys;      /* name → sitrep_normalize_name (name) */
  GHashTable  *region_keys;    /* name → sitrep_normalize_region_name (name) */
  /* The last keys asked, by the name's address (its text checked too). */
  struct _KeyMemo *name_memo;
  struct _KeyMemo *admin1_memo;
};

G_DEFINE_FINAL_TYPE (SitrepGazetteer, sitrep_gazetteer, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (SitrepGazetteerPlace, sitrep_gazetteer_place,
                     sitrep_gazetteer_place_copy, sitrep_gazetteer_place_free)

G_DEFINE_QUARK (sitrep-gazetteer-error-quark, sitrep_gazetteer_error)

/* ---------------------------------------------------------------- places */

SitrepGazetteerPlace *
sitrep_gazetteer_place_new (void)
{
  SitrepGazetteerPlace *place = g_new0 (SitrepGazetteerPlace, 1);

  place->context_km = -1;
  return place;
}

SitrepGazetteerPlace *
sitrep_gazetteer_place_copy (const SitrepGazetteerPlace *place)
{
  SitrepGazetteerPlace *copy;

  g_return_val_if_fail (place != NULL, NULL);

  copy = g_memdup2 (place, sizeof *place);
  copy->name = g_strdup (place->name);
  copy->asciiname = g_strdup (place->asciiname);
  copy->names = g_strdupv (place->names);
  copy->feature_class = g_strdup (place->feature_class);
  copy->feature_code = g_strdup (place->feature_code);
  copy->country = g_strdup (place->country);
  copy->admin1_code = g_strdup (place->admin1_code);
  copy->admin1_name = g_strdup (place->admin1_name);
  copy->source = g_strdup (place->source);
  return copy;
}

void
sitrep_gazetteer_place_free (SitrepGazetteerPlace *place)
{
  if (place == NULL)
    return;
  g_free (place->name);
  g_free (place->asciiname);
  g_strfreev (place->names);
  g_free (place->feature_class);
  g_free (place->feature_code);
  g_free (place->country);
  g_free (place->admin1_code);
  g_free (place->admin1_name);
  g_free (place->source);
  g_free (place);
}

/* ---------------------------------------------------------------- lookup */

static double
feature_weight (const SitrepGazetteerPlace *place)
{
  const char *code = place->feature_code != NULL ? place->feature_code : "";
  const char *klass = place->feature_class != NULL ? place->feature_class : "";

  if (strcmp (code, "PPLC") == 0)
    return 1.0;
  if (strcmp (code, "PPLA") == 0)
    return 0.85;
  if (strcmp (code, "PPLA2") == 0)
    return 0.7;
  if (strcmp (code, "PPLA3") == 0)
    return 0.55;
  if (strcmp (code, "PPLA4") == 0)
    return 0.45;
  if (strcmp (code, "PPL") == 0)
    return 0.4;
  if (strcmp (klass, "P") == 0)
    return 0.3;
  if (strcmp (klass, "A") == 0)
    return 0.5;
  return 0.25;
}

static double
population_weight (gint64 population)
{
  return MIN (1.0, log10 ((double) population + 1.0) / 6.5);
}

/* A capital or large city is named across a whole country; a village far
 * from everything else an article names is probably another village. */
static gboolean
is_major (const SitrepGazetteerPlace *place)
{
  return g_strcmp0 (place->feature_code, "PPLC") == 0 ||
         g_strcmp0 (place->feature_code, "PPLA") == 0 ||
         place->population >= 100000;
}

static double
prominence (const SitrepGazetteerPlace *place)
{
  return feature_weight (place) + population_weight (place->population);
}

/* Every place whose names include @key, as shallow copies into @found
 * (their strings belong to the bundled data or to *@stored): bundled first,
 * then the project's (which replace a bundled place with the same
 * geonameid). The project is asked only for keys its places have, when
 * those are known. */
static gboolean
gather_shallow (SitrepGazetteer  *self,
                const char       *key,
                GArray           *found,
                GPtrArray       **stored,
                GError          **error)
{
  Bundled *bundled = _sitrep_gazetteer_get_bundled ();
  GArray *list = g_hash_table_lookup (bundled->by_key, key);

  *stored = NULL;
  /* Room for all at once: appended one by one, the array grew in steps. */
  if (list != NULL)
    {
      guint at = found->len;

      g_array_set_size (found, at + list->len);
      for (guint i = 0; i < list->len; i++)
        g_array_index (found, SitrepGazetteerPlace, at + i) =
          *(SitrepGazetteerPlace *) bundled->places->pdata[g_array_index (list, guint, i)];
    }

  if (self->store != NULL && (self->project_keys == NULL || g_hash_table_contains (self->project_keys, key)))
    {
      *stored = sitrep_store_find_gazetteer_places (self->store, key, error);
      if (*stored == NULL)
        return FALSE;
      for (guint i = 0; i < (*stored)->len; i++)
        {
          SitrepGazetteerPlace *place = (*stored)->pdata[i];

          for (guint j = 0; j < found->len; j++)
            {
              SitrepGazetteerPlace *old = &g_array_index (found, SitrepGazetteerPlace, j);
              if (old->geonameid == place->geonameid)
                {
                  if (place->admin1_name == NULL)
                    place->admin1_name = g_strdup (old->admin1_name);
                  g_array_remove_index_fast (found, j);
                  break;
                }
            }
          g_array_append_val (found, *place);
        }
    }
  return TRUE;
}

/* The same as copies of their own. */
static GPtrArray *
gather (SitrepGazetteer  *self,
        const char       *key,
        GError          **error)
{
  g_autoptr(GArray) shallow = g_array_new (FALSE, FALSE, sizeof (SitrepGazetteerPlace));
  g_autoptr(GPtrArray) stored = NULL;
  GPtrArray *found;

  if (!gather_shallow (self, key, shallow, &stored, error))
    return NULL;
  found = g_ptr_array_new_full (shallow->len, (GDestroyNotify) sitrep_gazetteer_place_free);
  for (guint i = 0; i < shallow->len; i++)
    g_ptr_array_add (found, sitrep_gazetteer_place_copy (&g_array_index (shallow, SitrepGazetteerPlace, i)));
  return found;
}

/* Only places an article would name without saying where they are. */
static gboolean
is_context_point (const SitrepGazetteerPlace *best)
{
  return best != NULL &&
         (best->population >= 1000 || feature_weight (best) >= 0.7 ||
          g_strcmp0 (best->feature_class, "A") == 0);
}

/* The place of @key, as _sitrep_gazetteer_context_add() adds it, from the
 * gazetteer's places and the project's. */
static void
context_place_find (SitrepGazetteer     *self,
                    const char          *key,
                    GazetteerKeyPlace   *found_place)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (SitrepGazetteerPlace));
  g_autoptr(GPtrArray) stored = NULL;
  const SitrepGazetteerPlace *best = NULL;

  found_place->known = TRUE;
  found_place->has_point = FALSE;
  if (!gather_shallow (self, key, found, &stored, NULL))
    return;
  for (guint k = 0; k < found->len; k++)
    {
      const SitrepGazetteerPlace *place = &g_array_index (found, SitrepGazetteerPlace, k);

      if (best == NULL || prominence (place) > prominence (best))
        best = place;
    }
  if (is_context_point (best))
    {
      found_place->has_point = TRUE;
      found_place->point.lat = best->latitude;
      found_place->point.lon = best->longitude;
      found_place->point.cos_lat = sitrep_gazetteer_cos_lat (best->latitude);
    }
}

/* The same from the bundled places alone, read where they lie. */
static void
context_place_bundled (const char        *key,
                       GazetteerKeyPlace *found_place)
{
  Bundled *bundled = _sitrep_gazetteer_get_bundled ();
  GArray *list = g_hash_table_lookup (bundled->by_key, key);
  const SitrepGazetteerPlace *best = NULL;
  double best_prominence = 0;

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      const SitrepGazetteerPlace *place = bundled->places->pdata[g_array_index (list, guint, i)];
      double p = prominence (place);

      if (best == NULL || p > best_prominence)
        {
          best = place;
          best_prominence = p;
        }
    }
  found_place->known = TRUE;
  found_place->has_point = is_context_point (best);
  if (found_place->has_point)
    {
      found_place->point.lat = best->latitude;
      found_place->point.lon = best->longitude;
      found_place->point.cos_lat = sitrep_gazetteer_cos_lat (best->latitude);
    }
}

/* Whether the project's places may hold @key (then they are asked each
 * time: they are not the caller's to remember). */
static gboolean
project_may_have (SitrepGazetteer *self,
                  const char      *key)
{
  return self->store != NULL && (self->project_keys == NULL || g_hash_table_contains (self->project_keys, key));
}

/* The key of one capitalised word run of the text: named, and a place of
 * it when its most prominent place is one an article names without saying
 * where it is. */
void
_sitrep_gazetteer_context_add (SitrepGazetteer  *self,
                               GazetteerContext *context,
                               const char       *key)
{
  _sitrep_gazetteer_context_add_kept (self, context, key, FALSE, NULL);
}

/* Whether no place of the project can be a candidate: its places are
 * asked only for the keys they have, and it has none (or there is no
 * project). Then every name a context is asked for is a bundled place's. */
static gboolean
no_project_places (SitrepGazetteer *self)
{
  return self->store == NULL || (self->project_keys != NULL && g_hash_table_size (self->project_keys) == 0);
}

void
_sitrep_gazetteer_context_add_kept (SitrepGazetteer   *self,
                                    GazetteerContext  *context,
                                    const char        *key,
                                    gboolean           lasting,
                                    GazetteerKeyPlace *kept)
{
  GazetteerKeyPlace fresh = { 0 };
  GazetteerKeyPlace *place = &fresh;

  if (key[0] == '\0' || key[1] == '\0' || key[2] == '\0')
    return;
  /* Most runs of capitalised words are no place with a point, and no
   * region's or country's name, the only names a context is asked whether
   * it holds (context_names_admin1 (), context_names_country ()): such a
   * key changes no ranking, and is not added (its place, worked out as
   * below, is kept all the same). */
  if (no_project_places (self))
    {
      GazetteerKeyPlace *known = kept != NULL ? kept : &fresh;

      if (!known->hashed)
        {
          known->hash = g_str_hash (key);
          known->hashed = TRUE;
        }
      if (!known->known)
        context_place_bundled (key, known);
      if (!known->has_point && !_sitrep_gazetteer_may_be_asked (known->hash))
        return;
    }
  key = _sitrep_gazetteer_context_take_key (context, key, lasting, kept != NULL ? kept : &fresh);
  if (key == NULL)
    return;

  if (project_may_have (self, key))
    context_place_find (self, key, place);
  else
    {
      if (kept != NULL)
        place = kept;
      if (!place->known)
        context_place_bundled (key, place);
    }
  if (place->has_point)
    {
      g_array_append_val (context->points, place->point);
      g_ptr_array_add (context->point_keys, (gpointer) key);
    }
}

/* A name's key with its g_str_hash (), which the context's table asks
 * (one block: freed by g_free ()). */
typedef struct
{
  guint hash;
  char  key[];
} FoldedKey;

static FoldedKey *
folded_key_take (char *key)
{
  gsize len = strlen (key);
  FoldedKey *folded = g_malloc (sizeof (FoldedKey) + len + 1);

  folded->hash = g_str_hash (key);
  memcpy (folded->key, key, len + 1);
  g_free (key);
  return folded;
}

/* The keys of the names candidates carry: each name is folded once (the
 * same few governorates and spellings come back in every lookup), and
 * hashed once; *@stored is the table's copy of @name. Under context_lock. */
static const FoldedKey *
folded_key (GHashTable  *table,
            char      *(*fold) (const char *),
            const char  *name,
            const char **stored)
{
  gpointer kept, key;

  if (!g_hash_table_lookup_extended (table, name, &kept, &key))
    {
      key = folded_key_take (fold (name));
      kept = g_strdup (name);
      g_hash_table_insert (table, kept, key);
    }
  *stored = kept;
  return key;
}

/* The candidates of a name share their strings with the bundled places:
 * a name's keys are kept by its address (KEY_MEMO slots), and given again
 * while the text there is still the name's (the table's copy, kept as
 * long as the gazetteer, is compared). An admin1's region key and other
 * names are kept with its key. */
#define KEY_MEMO 128
struct _KeyMemo
{
  const char              *name;
  const char              *stored;
  const FoldedKey         *key;
  const FoldedKey         *region;
  const GazetteerOtherKey *others;
};

static const struct _KeyMemo *
memo_keys (SitrepGazetteer  *self,
           struct _KeyMemo **memos,
           const char       *name,
           gboolean          admin1)
{
  guintptr at = (guintptr) name;
  struct _KeyMemo *memo;
  const char *stored;

  if (*memos == NULL)
    *memos = g_new0 (struct _KeyMemo, KEY_MEMO);
  memo = &(*memos)[((at >> 4) ^ (at >> 12)) & (KEY_MEMO - 1)];
  if (memo->name == name && memo->stored[0] == name[0] && strcmp (memo->stored, name) == 0)
    return memo;
  memo->key = folded_key (self->name_keys, sitrep_normalize_name, name, &memo->stored);
  if (admin1)
    {
      memo->region = folded_key (self->region_keys, sitrep_normalize_region_name, name, &stored);
      memo->others = _sitrep_gazetteer_admin1_other_keys (name);
    }
  memo->name = name;
  return memo;
}

static const FoldedKey *
name_key (SitrepGazetteer *self,
          const char      *name)
{
  return memo_keys (self, &self->name_memo, name, FALSE)->key;
}

/* Whether the text names the region @admin1, with or without a word such as
 * "Governorate". Only the same key counts: a spelling one letter away may be
 * another name in free text (Qayyarah and Kayseri are). */
static gboolean
context_names_admin1 (SitrepGazetteer *self,
                      Context         *context,
                      const char      *admin1)
{
  const struct _KeyMemo *keys;
  const FoldedKey *key;

  if (admin1 == NULL)
    return FALSE;
  /* context_names (), region_key () and the other names, asked at once. */
  keys = memo_keys (self, &self->admin1_memo, admin1, TRUE);
  if (keys->key->key[0] != '\0' && _sitrep_gazetteer_context_names_hashed (context, keys->key->key, keys->key->hash))
    return TRUE;
  key = keys->region;
  if (key->key[0] != '\0' && _sitrep_gazetteer_context_names_hashed (context, key->key, key->hash))
    return TRUE;
  /* Its other names: "غربي درعا" names Daraa as "west of Daraa" does. */
  for (const GazetteerOtherKey *other = keys->others; other != NULL && other->key != NULL; other++)
    {
      if (_sitrep_gazetteer_context_names_hashed (context, other->key, other->hash))
        return TRUE;
    }
  return FALSE;
}

gboolean
_sitrep_gazetteer_context_names_region (SitrepGazetteer  *self,
                                        GazetteerContext *context,
                                        const char       *admin1)
{
  gboolean named;

  if (context == NULL)
    return FALSE;
  g_mutex_lock (&self->context_lock);
  named = context_names_admin1 (self, context, admin1);
  g_mutex_unlock (&self->context_lock);
  return named;
}

/* The region @name names (in @country when given): the one whose name has
 * the same key, else the one alone in coming closest. Close spellings are
 * safe here, among a country's few governorates, as they are not in free
 * text. */
static const Region *
find_region (const char *country,
             const char *name)
{
  Bundled *bundled = _sitrep_gazetteer_get_bundled ();
  g_autofree char *key = NULL;
  const Region *exact = NULL;
  const Region *closest = NULL;
  guint n_exact = 0;
  guint best = G_MAXUINT;
  gboolean tie = FALSE;

  if (name == NULL || *name == '\0')
    return NULL;
  key = sitrep_normalize_region_name (name);
  if (*key == '\0')
    return NULL;

  for (guint i = 0; i < bundled->regions->len; i++)
    {
      const Region *region = bundled->regions->pdata[i];
      guint d;

      if (country != NULL && g_strcmp0 (region->country, country) != 0)
        continue;
      if (strcmp (region->key, key) == 0)
        {
          exact = region;
          n_exact++;
          continue;
        }
      if (!sitrep_normalize_keys_close (region->key, key))
        continue;
      d = sitrep_normalize_key_distance (region->key, key);
      if (d < best)
        {
          best = d;
          closest = region;
          tie = FALSE;
        }
      else if (d == best)
        tie = TRUE;
    }

  if (n_exact > 0)
    return n_exact == 1 ? exact : NULL;
  return tie ? NULL : closest;
}

static gboolean
in_region (const Region               *region,
           const SitrepGazetteerPlace *place)
{
  return g_strcmp0 (place->country, region->country) == 0 &&
         g_strcmp0 (place->admin1_code, region->admin1_code) == 0;
}

/* How far @place is from @region: 0 inside it, else to the nearest of its
 * places (more than to its border, where places are sparse). */
static double
region_km (const Region               *region,
           const SitrepGazetteerPlace *place)
{
  double km = G_MAXDOUBLE;
  double cos_place;

  if (in_region (region, place))
    return 0;
  cos_place = sitrep_gazetteer_cos_lat (place->latitude);
  for (guint i = 0; i < region->points->len; i++)
    {
      const Point *p = &g_array_index (region->points, Point, i);

      km = MIN (km, sitrep_gazetteer_distance_km_cos (place->latitude, place->longitude, cos_place,
                                                      p->lat, p->lon, p->cos_lat));
    }
  return km;
}

/* The place a district is named after ("Qaḑā’ Tall ‘Afar", "Manbij
 * district"), when the gazetteer has it in the district's region: the most
 * prominent of that name there. */
static gboolean
find_seat (SitrepGazetteer *self,
           const Where     *where,
           const char      *admin2,
           Point           *seat)
{
  g_autofree char *key = NULL;
  g_autoptr(GPtrArray) found = NULL;
  const SitrepGazetteerPlace *best = NULL;

  if (where->admin1 == NULL || admin2 == NULL || *admin2 == '\0')
    return FALSE;
  key = sitrep_normalize_region_name (admin2);
  if (*key == '\0')
    return FALSE;
  found = gather (self, key, NULL);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      const SitrepGazetteerPlace *place = found->pdata[i];

      if (in_region (where->admin1, place) &&
          (best == NULL || prominence (place) > prominence (best)))
        best = place;
    }
  if (best == NULL)
    return FALSE;
  seat->lat = best->latitude;
  seat->lon = best->longitude;
  seat->cos_lat = sitrep_gazetteer_cos_lat (best->latitude);
  return TRUE;
}

/* The keys of each country's names (a NULL-terminated array of
 * FoldedKey each), in the order of country_names. */
/* Whether the text names country @code by any of its names. */
static gboolean
context_names_country (Context    *context,
                       const char *code)
{
  for (const GazetteerOtherKey *name = code != NULL ? _sitrep_gazetteer_country_keys (code) : NULL;
       name != NULL && name->key != NULL; name++)
    {
      if (_sitrep_gazetteer_context_names_hashed (context, name->key, name->hash))
        return TRUE;
    }
  return FALSE;
}

gboolean
_sitrep_gazetteer_context_skips (SitrepGazetteer *self,
                                 guint            hash)
{
  return no_project_places (self) && !_sitrep_gazetteer_may_be_asked (hash);
}

static gboolean
key_is_name_of (SitrepGazetteer *self,
                const char      *key,
                const char      *name)
{
  return name != NULL && strcmp (name_key (self, name)->key, key) == 0;
}

/* Under context_lock (for the name keys). */
static void
score_place (SitrepGazetteer      *self,
             SitrepGazetteerPlace *place,
             const char           *key,
             Context              *context,
             const Where          *where)
{
  double name_match = key_is_name_of (self, key, place->name) || key_is_name_of (self, key, place->asciiname) ?
                      1.0 : 0.85;
  double admin = 0, country = 0, proximity = 0;
  double cos_place = sitrep_gazetteer_cos_lat (place->latitude);

  place->context_km = -1;
  place->doubtful = FALSE;

  if (context != NULL)
    {
      admin = context_names_admin1 (self, context, place->admin1_name) ? 1.0 : 0.0;
      country = context_names_country (context, place->country) ? 1.0 : 0.0;
      for (guint i = 0; i < context->points->len; i++)
        {
          Point *p = &g_array_index (context->points, Point, i);
          double d;

          /* A point whose latitude alone lies farther than the nearest
           * so far is no nearer (a great circle is no shorter than the
           * meridian's arc between the latitudes; the margin stays clear
           * of rounding): its distance is not worked out. */
          if (place->context_km >= 0 &&
              fabs (p->lat - place->latitude) * (G_PI / 180.0 * 6371.0088) > place->context_km * 1.000001 + 0.001)
            continue;
          /* The name looked up, named again in its own text. */
          if (strcmp (context->point_keys->pdata[i], key) == 0)
            continue;
          d = sitrep_gazetteer_distance_km_cos (place->latitude, place->longitude, cos_place,
                                                p->lat, p->lon, p->cos_lat);

          /* The place itself, named again under another spelling. */
          if (d < 1.0)
            continue;
          if (place->context_km < 0 || d < place->context_km)
            place->context_km = d;
        }
      if (place->context_km >= 0)
        {
          proximity = MAX (0.0, 1.0 - place->context_km / (2 * SITREP_GAZETTEER_DOUBTFUL_KM));
          place->doubtful = place->context_km > SITREP_GAZETTEER_DOUBTFUL_KM && !is_major (place) &&
                            admin == 0;
        }
    }

  /* The region a coder gives overrules whatever else a text names: a
   * candidate outside it is a homonym unless it lies at its edge, and the
   * district's seat says where in it to look. */
  if (where != NULL && where->admin1 != NULL)
    {
      double admin1_km = region_km (where->admin1, place);

      admin = admin1_km == 0 ? 1.0 : 0.0;
      if (where->has_seat)
        {
          place->context_km = sitrep_gazetteer_distance_km_cos (place->latitude, place->longitude, cos_place,
                                                                where->seat.lat, where->seat.lon,
                                                                where->seat.cos_lat);
          proximity = MAX (0.0, 1.0 - place->context_km / (2 * SITREP_GAZETTEER_DOUBTFUL_KM));
        }
      place->doubtful = admin1_km > SITREP_GAZETTEER_REGION_EDGE_KM ||
                        (where->has_seat && admin == 0 &&
                         place->context_km > SITREP_GAZETTEER_DOUBTFUL_KM);
    }

  place->score = 0.20 * name_match + 0.20 * feature_weight (place) +
                 0.20 * population_weight (place->population) + 0.20 * admin + 0.05 * country +
                 0.15 * proximity;
  if (place->doubtful)
    place->score *= 0.5;
}

static int
compare_places (gconstpointer a,
                gconstpointer b)
{
  const SitrepGazetteerPlace *pa = *(SitrepGazetteerPlace * const *) a;
  const SitrepGazetteerPlace *pb = *(SitrepGazetteerPlace * const *) b;

  if (pa->doubtful != pb->doubtful)
    return pa->doubtful ? 1 : -1;
  if (pa->score != pb->score)
    return pa->score > pb->score ? -1 : 1;
  if (pa->population != pb->population)
    return pa->population > pb->population ? -1 : 1;
  return pa->geonameid < pb->geonameid ? -1 : pa->geonameid > pb->geonameid;
}

/* ---------------------------------------------------------------- object */

static void
sitrep_gazetteer_finalize (GObject *object)
{
  SitrepGazetteer *self = SITREP_GAZETTEER (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->context_text, g_free);
  g_clear_pointer (&self->context, _sitrep_gazetteer_context_free);
  g_clear_pointer (&self->name_keys, g_hash_table_unref);
  g_clear_pointer (&self->region_keys, g_hash_table_unref);
  g_clear_pointer (&self->name_memo, g_free);
  g_clear_pointer (&self->admin1_memo, g_free);
  g_mutex_clear (&self->context_lock);

  G_OBJECT_CLASS (sitrep_gazetteer_parent_class)->finalize (object);
}

static void
sitrep_gazetteer_class_init (SitrepGazetteerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sitrep_gazetteer_finalize;
}

static void
sitrep_gazetteer_init (SitrepGazetteer *self)
{
  g_mutex_init (&self->context_lock);
  self->name_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->region_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* ---------------------------------------------------------------- public API */

/**
 * sitrep_gazetteer_new:
 * @store: (nullable): a project whose loaded GeoNames places are searched too
 *
 * The bundled data is parsed on first use (once per process).
 */
SitrepGazetteer *
sitrep_gazetteer_new (SitrepStore  *store,
                      GError      **error)
{
  SitrepGazetteer *self;

  g_return_val_if_fail (store == NULL || SITREP_IS_STORE (store), NULL);

  self = g_object_new (SITREP_TYPE_GAZETTEER, NULL);
  if (store != NULL)
    self->store = g_object_ref (store);
  if (_sitrep_gazetteer_get_bundled ()->places->len == 0)
    {
      g_set_error (error, SITREP_GAZETTEER_ERROR, SITREP_GAZETTEER_ERROR_PARSE,
                   _("The bundled gazetteer could not be read; place names cannot be looked up "
                     "until a GeoNames file is loaded."));
      g_object_unref (self);
      return NULL;
    }
  return self;
}

guint
sitrep_gazetteer_get_n_bundled (SitrepGazetteer *self)
{
  g_return_val_if_fail (SITREP_IS_GAZETTEER (self), 0);

  return _sitrep_gazetteer_get_bundled ()->places->len;
}

static GPtrArray *
lookup_where (SitrepGazetteer  *self,
              const char       *name,
              const char       *context_text,
              const Where      *where,
              GError          **error)
{
  g_autofree char *key = NULL;
  g_autoptr(GPtrArray) found = NULL;
  gboolean has_context = context_text != NULL && *context_text != '\0';

  key = sitrep_normalize_name (name);
  if (*key == '\0')
    return g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_gazetteer_place_free);

  found = gather (self, key, error);
  if (found == NULL)
    return NULL;
  for (guint i = found->len; where != NULL && where->country != NULL && i > 0; i--)
    {
      SitrepGazetteerPlace *place = found->pdata[i - 1];

      if (g_strcmp0 (place->country, where->country) != 0)
        g_ptr_array_remove_index (found, i - 1);
    }
  if (found->len == 0)
    return g_steal_pointer (&found);

  g_mutex_lock (&self->context_lock);
  if (has_context)
    {
      /* Every place of one article is looked up against the same text. */
      if (self->context == NULL || g_strcmp0 (self->context_text, context_text) != 0)
        {
          g_clear_pointer (&self->context, _sitrep_gazetteer_context_free);
          g_free (self->context_text);
          self->context_text = g_strdup (context_text);
          self->context = _sitrep_gazetteer_context_read (self, context_text);
        }
    }
  for (guint i = 0; i < found->len; i++)
    score_place (self, found->pdata[i], key, has_context ? self->context : NULL, where);
  g_mutex_unlock (&self->context_lock);

  g_ptr_array_sort (found, compare_places);
  return g_steal_pointer (&found);
}

void
_sitrep_gazetteer_set_project_keys (SitrepGazetteer *self,
                                    GHashTable      *keys)
{
  g_return_if_fail (SITREP_IS_GAZETTEER (self));

  self->project_keys = keys;
}

static int
compare_shallow (gconstpointer a,
                 gconstpointer b)
{
  const SitrepGazetteerPlace *pa = a, *pb = b;

  return compare_places (&pa, &pb);
}

/* As sitrep_gazetteer_lookup() for a name already folded to @key, in a
 * context already read: the candidates are scored where they lie (no copy
 * of every homonym), and only the best @max are copied out. */
GPtrArray *
_sitrep_gazetteer_rank (SitrepGazetteer  *self,
                        const char       *key,
                        GazetteerContext *context,
                        guint             max)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (SitrepGazetteerPlace));
  g_autoptr(GPtrArray) stored = NULL;
  GPtrArray *ranked;

  g_return_val_if_fail (SITREP_IS_GAZETTEER (self), g_ptr_array_new ());

  if (*key == '\0' || !gather_shallow (self, key, found, &stored, NULL) || found->len == 0)
    return g_ptr_array_new ();
  g_mutex_lock (&self->context_lock);
  for (guint i = 0; i < found->len; i++)
    score_place (self, &g_array_index (found, SitrepGazetteerPlace, i), key, context, NULL);
  g_mutex_unlock (&self->context_lock);
  g_array_sort (found, compare_shallow);
  /* Bundled places only: their strings are the bundled data's, which
   * lives as long as the process (a deep copy of a town's hundreds of
   * alternate names was most of a look-up). */
  if (stored == NULL || stored->len == 0)
    {
      ranked = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < found->len && i < max; i++)
        g_ptr_array_add (ranked, g_memdup2 (&g_array_index (found, SitrepGazetteerPlace, i), sizeof (SitrepGazetteerPlace)));
      return ranked;
    }
  ranked = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_gazetteer_place_free);
  for (guint i = 0; i < found->len && i < max; i++)
    g_ptr_array_add (ranked, sitrep_gazetteer_place_copy (&g_array_index (found, SitrepGazetteerPlace, i)));
  return ranked;
}

GPtrArray *
sitrep_gazetteer_lookup (SitrepGazetteer  *self,
                         const char       *name,
                         const char       *context_text,
                         GError          **error)
{
  g_return_val_if_fail (SITREP_IS_GAZETTEER (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return lookup_where (self, name, context_text, NULL, error);
}

/**
 * sitrep_gazetteer_lookup_in:
 * @country_code: (nullable): ISO 3166 alpha-2 code of the place's country
 * @admin1: (nullable): its governorate or province, as the source spells it
 * @admin2: (nullable): its district, as the source spells it
 *
 * For a place whose country and regions a coder gave (UCDP GED does).
 */
GPtrArray *
sitrep_gazetteer_lookup_in (SitrepGazetteer  *self,
                            const char       *name,
                            const char       *context_text,
                            const char       *country_code,
                            const char       *admin1,
                            const char       *admin2,
                            GError          **error)
{
  Where where = { 0 };

  g_return_val_if_fail (SITREP_IS_GAZETTEER (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  where.country = country_code;
  where.admin1 = find_region (country_code, admin1);
  where.has_seat = find_seat (self, &where, admin2, &where.seat);
  return lookup_where (self, name, context_text, &where, error);
}

char *
sitrep_gazetteer_match_admin1 (SitrepGazetteer *self,
                               const char      *country_code,
                               const char      *name,
                               double          *latitude,
                               double          *longitude)
{
  const Region *region;

  g_return_val_if_fail (SITREP_IS_GAZETTEER (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  region = find_region (country_code, name);
  if (region == NULL)
    return NULL;
  if (latitude != NULL)
    *latitude = region->centre.lat;
  if (longitude != NULL)
    *longitude = region->centre.lon;
  return g_strdup_printf ("%s.%s", region->country, region->admin1_code);
}

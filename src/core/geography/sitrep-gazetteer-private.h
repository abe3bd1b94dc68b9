/* sitrep-gazetteer-private.h — what the gazetteer's lookup and its loading share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "sitrep-gazetteer.h"

G_BEGIN_DECLS

typedef struct
{
  double lat;
  double lon;
  double cos_lat;  /* sitrep_gazetteer_cos_lat (lat): a point is measured against many */
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

/* sitrep-gazetteer-context.c: the mean of the bundled places of a
 * governorate (@country, @admin1_name) on one side (@bearing, degrees from
 * north, ±45°) of a place, within @radius_km of it — "the northern Hama
 * countryside". FALSE when fewer than two places are there. */
gboolean _sitrep_gazetteer_side_centre (const char *country,
                                        const char *admin1_name,
                                        double      latitude,
                                        double      longitude,
                                        double      bearing,
                                        double      radius_km,
                                        double     *out_latitude,
                                        double     *out_longitude);

/* A key a context holds, and its hash. */
typedef struct
{
  const char *key;
  guint       hash;
} ContextKey;

/* What a text names, read once and used to rank every name in it (the
 * suggester builds one per article from its own tokens): the normalised
 * keys of its capitalised word runs, and the places among them. */
typedef struct _GazetteerContext GazetteerContext;
struct _GazetteerContext
{
  ContextKey   *slots;      /* open addressing: a set of keys (in strings, or the caller's) */
  guint         mask;       /* slots - 1 */
  guint         n_keys;
  guint        *used;       /* the slots holding them, n_keys of mask + 1: cleared one by one */
  GArray       *points;     /* of Point: places the text names */
  GPtrArray    *point_keys; /* their keys */
  GStringChunk *strings;    /* the keys it copied */
};

GazetteerContext *_sitrep_gazetteer_context_new   (void);
void              _sitrep_gazetteer_context_free  (GazetteerContext *context);
/* Empties @context (as new) for another text, keeping its allocations. */
void              _sitrep_gazetteer_context_clear (GazetteerContext *context);
/* Adds the key (sitrep_normalize_name()) of one run of words the text
 * names: up to four words from a capitalised one that is no stop word, to
 * a capitalised one. */
void              _sitrep_gazetteer_context_add   (SitrepGazetteer  *self,
                                                   GazetteerContext *context,
                                                   const char       *key);
/* What _sitrep_gazetteer_context_add() finds of a key in the bundled
 * places (which never change): a caller that reads the same keys in text
 * after text keeps it, zeroed at first, to find it once. */
typedef struct
{
  gboolean known;
  gboolean has_point;  /* its most prominent place is one named without saying where */
  Point    point;
  gboolean hashed;     /* hash is g_str_hash() of the key */
  guint    hash;
} GazetteerKeyPlace;
/* sitrep-gazetteer-context.c: the set of keys. Whether @context holds @key. */
gboolean          _sitrep_gazetteer_context_names (GazetteerContext *context,
                                                   const char       *key);
/* The same, @hash the key's g_str_hash () (a key asked again and again). */
gboolean          _sitrep_gazetteer_context_names_hashed (GazetteerContext *context,
                                                          const char       *key,
                                                          guint             hash);
/* Adds @key (its hash in @kept, filled in when not known yet): the key
 * held (@key itself when @lasting, else a copy), or NULL when @context
 * holds it already. */
const char       *_sitrep_gazetteer_context_take_key (GazetteerContext  *context,
                                                      const char        *key,
                                                      gboolean           lasting,
                                                      GazetteerKeyPlace *kept);
/* As _sitrep_gazetteer_context_add(). @lasting: @key outlives @context
 * (it is not copied). @kept (may be NULL): what the bundled places say of
 * @key, filled in when not known yet; the project's places are still
 * asked when they may have @key. */
void              _sitrep_gazetteer_context_add_kept (SitrepGazetteer   *self,
                                                      GazetteerContext  *context,
                                                      const char        *key,
                                                      gboolean           lasting,
                                                      GazetteerKeyPlace *kept);
/* Whether a key of g_str_hash () @hash that no bundled place has with a
 * point is left out of any context (_sitrep_gazetteer_context_add_kept ()
 * adds no such key while no project place can be a candidate: no region's
 * or country's name has its hash). */
gboolean          _sitrep_gazetteer_context_skips (SitrepGazetteer *self,
                                                   guint            hash);
/* sitrep-gazetteer-context.c: whether a context may be asked whether it
 * holds a key of g_str_hash () @hash (a bundled region's or a country's
 * name), while no project place can be a candidate. */
gboolean          _sitrep_gazetteer_may_be_asked  (guint            hash);
/* sitrep-gazetteer-countries.c: the names articles call country @i by
 * ("Syria|Syrian|…"), and its code; NULL past the last. */
const char       *_sitrep_gazetteer_country_names (guint            i);
const char       *_sitrep_gazetteer_country_code_at (guint          i);
/* Whether @context names the admin-1 region @admin1, by its name, as a
 * region's name or by one of its other names ("درعا"), as a candidate's
 * score asks. */
gboolean          _sitrep_gazetteer_context_names_region (SitrepGazetteer  *self,
                                                          GazetteerContext *context,
                                                          const char       *admin1);
/* sitrep-gazetteer-countries.c: the other names of the admin-1 regions
 * (@i-th: its country, GeoNames' admin-1 name and the other name: the
 * Arabic "درعا", "نينوى", the UN's "Ninewa"); FALSE past the last. */
gboolean          _sitrep_gazetteer_admin1_other_name (guint        i,
                                                       const char **country,
                                                       const char **admin1,
                                                       const char **other);
/* The keys of @admin1's other names (sitrep_normalize_name () and its
 * g_str_hash ()), ended by one with no key; NULL when it has none. */
typedef struct
{
  guint       hash;
  const char *key;
} GazetteerOtherKey;
const GazetteerOtherKey *_sitrep_gazetteer_admin1_other_keys (const char *admin1);
/* The keys of every name of country @code (as the admin1's other names'),
 * NULL when it has none. */
const GazetteerOtherKey *_sitrep_gazetteer_country_keys (const char *code);
/* Reads @text as sitrep_gazetteer_lookup() does its context text
 * (sitrep-gazetteer-context.c). */
GazetteerContext *_sitrep_gazetteer_context_read  (SitrepGazetteer  *self,
                                                   const char       *text);
/* Whether a capitalised word (in lower case) starts sentences rather than
 * names a place: a run of words starting with it is named only with more. */
gboolean          _sitrep_gazetteer_is_stop_word  (const char       *lower);
/* The best @max candidates for the name whose key is @key, ranked as
 * sitrep_gazetteer_lookup() ranks them against @context (may be NULL).
 * Their strings may be the bundled data's: read them, never free or
 * replace them (the array frees what it owns). */
GPtrArray        *_sitrep_gazetteer_rank          (SitrepGazetteer  *self,
                                                   const char       *key,
                                                   GazetteerContext *context,
                                                   guint             max);
/* The keys of the places loaded into the project (borrowed; must outlive
 * @self or be unset): other keys are not looked up in the project. */
void              _sitrep_gazetteer_set_project_keys (SitrepGazetteer *self,
                                                      GHashTable      *keys);

G_END_DECLS

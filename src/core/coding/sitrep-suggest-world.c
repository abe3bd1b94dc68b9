/* sitrep-suggest-world.c — proposing the countries of the world and the capitals and large cities the bundled gazetteer lacks
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sitrep-gazetteer-private.h"
#include "sitrep-normalize.h"
#include "sitrep-suggest-private.h"
#include "sitrep-suggest-places-private.h"
#include "sitrep-suggest-spans.h"

/* Written by build-aux/gen-world-places.py from Natural Earth and GeoNames. */
#define WORLD_TSV "/org/sitrep/Sitrep/core/gazetteer/world-places.tsv"
/* Longest name looked for, in tokens ("Democratic Republic of the Congo"). */
#define MAX_WORLD_TOKENS 6

typedef struct
{
  char     *name;
  double    latitude;
  double    longitude;
  char     *country;      /* ISO code, or NULL */
  gint64    population;
  gint64    geonameid;    /* 0: a country */
} WorldPlace;

typedef struct
{
  GPtrArray  *places;     /* WorldPlace */
  GHashTable *by_key;     /* name key → WorldPlace (a country before a city) */
  GHashTable *acronyms;   /* names written in capitals ("UK") → WorldPlace */
  GHashTable *first_words;
  GHashTable *article_keys;  /* keys of the Arabic names written with the article ("العراق") */
  SuggestKeyFilter *filter;  /* of by_key */
} World;

static void
world_place_free (gpointer data)
{
  WorldPlace *place = data;

  g_free (place->name);
  g_free (place->country);
  g_free (place);
}

static gboolean
is_capitals (const char *name)
{
  for (const char *p = name; *p != '\0'; p++)
    {
      if (!g_ascii_isupper (*p))
        return FALSE;
    }
  return *name != '\0';
}

static void
add_key (World      *world,
         WorldPlace *place,
         const char *name)
{
  g_autofree char *key = NULL;
  WorldPlace *there;
  const char *space;

  /* "UK", "UAE": only as written; their keys would meet any short word's. */
  if (is_capitals (name))
    {
      if (!g_hash_table_contains (world->acronyms, name))
        g_hash_table_insert (world->acronyms, g_strdup (name), place);
      return;
    }
  key = sitrep_normalize_name (name);
  if (*key == '\0')
    return;
  if (_sitrep_suggest_has_prefix (name, "ال"))
    g_hash_table_add (world->article_keys, g_strdup (key));
  there = g_hash_table_lookup (world->by_key, key);
  /* A country's name is the country ("Jordan", "Georgia"); else the larger. */
  if (there != NULL && (there->geonameid == 0 || (place->geonameid != 0 && there->population >= place->population)))
    return;
  space = strchr (key, ' ');
  g_hash_table_add (world->first_words, space != NULL ? g_strndup (key, space - key) : g_strdup (key));
  g_hash_table_insert (world->by_key, g_steal_pointer (&key), place);
}

static gpointer
load_world (gpointer data)
{
  World *world = g_new0 (World, 1);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (WORLD_TSV, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_auto(GStrv) lines = NULL;

  world->places = g_ptr_array_new_with_free_func (world_place_free);
  world->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  world->acronyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  world->first_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  world->article_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (bytes == NULL)
    return world;
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  /* Countries first: their names win over a city's of the same spelling. */
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_auto(GStrv) f = g_strsplit (lines[i], "\t", 8);
          WorldPlace *place;

          if (g_strv_length (f) < 7 || (pass == 0) != (strcmp (f[0], "country") == 0))
            continue;
          place = g_new0 (WorldPlace, 1);
          place->name = g_strdup (f[1]);
          place->latitude = g_ascii_strtod (f[2], NULL);
          place->longitude = g_ascii_strtod (f[3], NULL);
          place->country = *f[4] != '\0' ? g_strdup (f[4]) : NULL;
          place->population = g_ascii_strtoll (f[5], NULL, 10);
          place->geonameid = g_ascii_strtoll (f[6], NULL, 10);
          g_ptr_array_add (world->places, place);
          add_key (world, place, place->name);
          if (f[7] != NULL && *f[7] != '\0')
            {
              g_auto(GStrv) others = g_strsplit (f[7], "|", -1);

              for (guint k = 0; others[k] != NULL; k++)
                add_key (world, place, others[k]);
            }
        }
    }
  world->filter = _sitrep_suggest_key_filter_new (world->by_key);
  return world;
}

static World *
get_world (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, load_world, NULL);
  return once.retval;
}

gboolean
_sitrep_suggest_world_city (const char *name,
                            double     *latitude,
                            double     *longitude,
                            char      **country)
{
  g_autofree char *key = sitrep_normalize_name (name);
  const WorldPlace *place = g_hash_table_lookup (get_world ()->by_key, key);

  if (place == NULL || place->geonameid == 0)
    return FALSE;
  *latitude = place->latitude;
  *longitude = place->longitude;
  *country = g_strdup (place->country);
  return TRUE;
}

/* Whether @key names a country: the world pass makes such a name the
 * country whatever the project learned of it. */
gboolean
_sitrep_suggest_is_country_key (const char *key)
{
  const WorldPlace *place = g_hash_table_lookup (get_world ()->by_key, key);

  return place != NULL && place->geonameid == 0;
}

static gboolean
is_capitalised_word (SuggestRun *run,
                     guint       i)
{
  const SuggestToken *t = tok (run, i);

  return (t->flags & TOK_WORD) && (t->flags & TOK_CAP) && !(t->flags & TOK_ARABIC);
}

static gboolean
all_caps (SuggestRun *run,
          guint       first,
          guint       last)
{
  for (guint k = tok (run, first)->start; k < tok (run, last)->end; k++)
    {
      if (g_ascii_islower (run->text[k]))
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_all_caps_word (SuggestRun *run,
                  guint       i)
{
  const SuggestToken *t = tok (run, i);

  return (t->flags & TOK_WORD) && t->end - t->start >= 2 && t->end - t->start < 8 && all_caps (run, i, i);
}

/* The longest world name from token @i; its last token in @last. */
static WorldPlace *
world_at (SuggestRun *run,
          World      *world,
          guint       i,
          guint      *last)
{
  guint n = run->tokens->len;
  guint ends[MAX_WORLD_TOKENS];
  guint32 hashes[MAX_WORLD_TOKENS];
  guint n_ends = 0;
  gboolean first;

  if (is_all_caps_word (run, i))
    {
      g_autofree char *word = g_strndup (run->text + tok (run, i)->start, tok (run, i)->end - tok (run, i)->start);
      WorldPlace *place = g_hash_table_lookup (world->acronyms, word);

      if (place != NULL)
        {
          *last = i;
          return place;
        }
      /* "SANA" is an agency, not Sanaa: a word in capitals is a name in
       * capitals only as a dateline, at a paragraph's start. */
      if (!_sitrep_suggest_opens_paragraph (run, i))
        return NULL;
    }
  if (!_sitrep_suggest_word_fact (run, i, WORD_FACT_WORLD_FIRST, &first))
    first = _sitrep_suggest_word_fact_set (run, i, WORD_FACT_WORLD_FIRST,
                                           g_hash_table_contains (world->first_words, _sitrep_suggest_tok_key (run, i)));
  if (!first)
    return NULL;
  for (guint j = i; j < n && j < i + MAX_WORLD_TOKENS; j++)
    {
      const SuggestToken *t = tok (run, j);

      if (j > i && (t->sentence != tok (run, i)->sentence || t->space_before > 1))
        break;
      if (t->flags & TOK_HYPHEN)
        {
          if (t->space_before > 0)
            break;
          continue;
        }
      if (!(t->flags & TOK_WORD))
        break;
      if (!(t->flags & TOK_CAP) && !_sitrep_suggest_tok_is (run, j, "of") && !_sitrep_suggest_tok_is (run, j, "and") &&
          !_sitrep_suggest_tok_is (run, j, "the"))
        break;
      if (t->flags & TOK_CAP)
        ends[n_ends++] = j;
    }
  /* Each span's key is written and asked only when its hash may be a name's. */
  _sitrep_suggest_span_hashes (run, i, ends, n_ends, hashes);
  for (guint e = n_ends; e > 0; e--)
    {
      const char *key;
      WorldPlace *place;

      if (!_sitrep_suggest_key_filter_has (world->filter, hashes[e - 1]))
        continue;
      key = _sitrep_suggest_span_key_tmp (run, i, ends[e - 1]);
      place = g_hash_table_lookup (world->by_key, key);
      if (place == NULL)
        continue;
      *last = ends[e - 1];
      return place;
    }
  return NULL;
}

/* "Michael Jordan", "Washington Post", "Syria Recovery Trust Fund": one
 * word of a longer capitalised name is not the country or city. */
static gboolean
inside_other_name (SuggestRun *run,
                   guint       first,
                   guint       last)
{
  guint n = run->tokens->len;
  const SuggestToken *t = tok (run, first);

  /* Not "In Rome", "The Hague" at a sentence's start: a cue or an article. */
  if (first > 0 && is_capitalised_word (run, first - 1) && tok (run, first - 1)->sentence == t->sentence &&
      !_sitrep_suggest_has_place_cue (run, first) && !_sitrep_suggest_is_article (run, first - 1) &&
      !_sitrep_suggest_tok_is (run, first - 1, "the"))
    return TRUE;
  return last + 1 < n && is_capitalised_word (run, last + 1) && tok (run, last + 1)->sentence == t->sentence &&
         tok (run, last + 1)->space_before == 1;
}

/* "Gulf of Oman", "Sea of Japan": a water named after a country or city,
 * from token @i - 2 on, when @i is the name after "of". */
static gboolean
water_before (SuggestRun *run,
              guint       i)
{
  static const char * const waters[] = { "gulf", "sea", "bay", "strait", "straits", NULL };

  return i >= 2 && _sitrep_suggest_tok_is (run, i - 1, "of") && is_capitalised_word (run, i - 2) &&
         _sitrep_suggest_tok_in (run, i - 2, waters);
}

static void
place_there (SuggestRun       *run,
             SitrepSuggestion *s,
             const WorldPlace *place)
{
  s->latitude = place->latitude;
  s->longitude = place->longitude;
  s->geonameid = place->geonameid;
  s->country = _sitrep_suggest_strdup (run, place->country);
  s->admin1 = NULL;
  s->doubtful = FALSE;
  s->population = place->geonameid == 0 ? G_MAXINT32 : place->population;
  s->scope = place->geonameid == 0 ? SITREP_PLACE_SCOPE_COUNTRY : SITREP_PLACE_SCOPE_PLACE;
  s->score = 0.8;
  if (s->entity_id == 0)
    s->entity_name = _sitrep_suggest_strdup (run, place->name);
}

static gboolean
world_named (SuggestRun *run, const WorldPlace *place, guint i, guint last)
{
  g_autofree char *text = g_strndup (run->text + tok (run, i)->start, tok (run, last)->end - tok (run, i)->start);
  g_autofree char *own = _sitrep_suggest_light_key (place->name), *theirs = _sitrep_suggest_light_key (text);
  return strcmp (own, theirs) == 0;
}

/* Whether bundled place @s is named by its text as its entity is. */
static gboolean
spelled_as_entity (SuggestRun             *run,
                   const SitrepSuggestion *s)
{
  g_autofree char *text = g_strndup (run->text + s->byte_start, s->byte_end - s->byte_start);
  g_autofree char *own = _sitrep_suggest_light_key (s->entity_name), *theirs = _sitrep_suggest_light_key (text);

  return *own != '\0' && strcmp (own, theirs) == 0;
}

/* Whether Arabic word @i, of key @key, is a country's adjective: "السورية" (Syrian, the
 * article before a feminine nisba) and "سورية" (Syria) share a key, but the country's
 * name takes no article ("الحدود السورية" is the Syrian border); "العراق" does. */
static gboolean
arabic_adjective (SuggestRun *run,
                  World      *world,
                  guint       i,
                  const char *key)
{
  return (tok (run, i)->flags & TOK_ARABIC) && _sitrep_suggest_has_prefix (run->text + tok (run, i)->start, "ال") &&
         !g_hash_table_contains (world->article_keys, key);
}

void
_sitrep_suggest_world_places (SuggestRun *run)
{
  World *world = get_world ();
  g_autoptr(GArray) places = NULL;
  gsize longest = 0;

  if (g_hash_table_size (world->by_key) == 0)
    return;
  /* Capitalised words only (run->caps), from @next on. */
  for (guint c = 0, next = 0; c < run->n_caps; c++)
    {
      guint i = run->caps[c];
      WorldPlace *place;
      SitrepSuggestion *s;
      guint last = i;
      gboolean country;

      if (i < next)
        continue;
      place = world_at (run, world, i, &last);
      if (place == NULL)
        continue;
      /* Declared past the tests almost every word fails: no g_free() at each. */
      g_autofree char *key = NULL;
      country = place->geonameid == 0;
      /* "Male", "Victoria": a city that is also a word or a given name
       * only where a place is expected. */
      if (last == i && !country && _sitrep_suggest_is_lower_common (run, i) && !_sitrep_suggest_has_place_cue (run, i))
        continue;
      /* Placed by the country or city it is named after, and doubtful:
       * the water is not there. */
      if (water_before (run, i))
        {
          if (places == NULL)
            places = _sitrep_suggest_places_by_start (run, &longest);
          if (_sitrep_suggest_place_over (run, places, longest, tok (run, i - 2)->start, tok (run, last)->end) == NULL)
            {
              s = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, i - 2, last);
              place_there (run, s, place);
              s->scope = SITREP_PLACE_SCOPE_PLACE;
              s->doubtful = TRUE;
              s->entity_name = _sitrep_suggest_strdup (run, s->text);
            }
          next = last + 1;
          continue;
        }
      if (inside_other_name (run, i, last))
        {
          next = last + 1;
          continue;
        }
      key = _sitrep_suggest_span_key (run, i, last);
      /* "Hanan al-Zoubi": a given or family name is no city spelled otherwise (Huainan, Zibo). */
      if ((strlen (key) < 3 && !(tok (run, i)->flags & TOK_ARABIC) && !is_all_caps_word (run, i)) ||
          _sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PLACE, key) ||
          (country && last == i && arabic_adjective (run, world, i, key)) ||
          (!country && (_sitrep_suggest_is_other_name (run, i, last) || _sitrep_suggest_is_family_name (run, i)) &&
           !world_named (run, place, i, last)))
        {
          next = last + 1;
          continue;
        }
      if (places == NULL)
        places = _sitrep_suggest_places_by_start (run, &longest);
      s = _sitrep_suggest_place_over (run, places, longest, tok (run, i)->start, tok (run, last)->end);
      if (s != NULL && (s->byte_start != tok (run, i)->start || s->byte_end != tok (run, last)->end))
        {
          /* Part of a longer place's name ("Rome Airport"). */
          next = last + 1;
          continue;
        }
      /* A bundled place stays unless doubtful ("Rome"), and then near the report's places ("Beiji", not Baoji). */
      if (s != NULL && !country && !isnan (s->latitude) && (s->score >= 0.95 || !s->doubtful ||
          (!world_named (run, place, i, last) && _sitrep_suggest_keep_guess (run, s, place->name))))
        {
          next = last + 1;
          continue;
        }
      /* "Amman" is Jordan's capital, sure and named as it is, not Oman,
       * whose key it shares: a country named otherwise takes no such place. */
      if (s != NULL && country && !isnan (s->latitude) && !s->doubtful && s->entity_name != NULL &&
          !world_named (run, place, i, last) && spelled_as_entity (run, s))
        {
          next = last + 1;
          continue;
        }
      if (s == NULL)
        s = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, i, last);
      if (s->score < 0.95 || country)
        place_there (run, s, place);
      next = last + 1;
    }
}

/* ---------------------------------------------------------------- waters */

/* Written by build-aux/gen-waters.py from Natural Earth's rivers and lakes. */
#define WATERS_TSV "/org/sitrep/Sitrep/core/gazetteer/waters.tsv"
/* Seas, gulfs, straits and oceans at their approximate centres (Natural
 * Earth's region layers have none): written by hand, same columns. */
#define SEAS_TSV "/org/sitrep/Sitrep/core/gazetteer/seas.tsv"
/* The conflict area's regions and landforms (the Eastern Ghouta, the Badia,
 * the Nineveh Plains …) at the mean of their towns in GeoNames, and rivers
 * Natural Earth's region layer lacks (the Khabur): build-aux/gen-regions.py. */
#define REGIONS_TSV "/org/sitrep/Sitrep/core/gazetteer/regions.tsv"

typedef struct
{
  char   *name;
  double  latitude;
  double  longitude;
  GArray *points;     /* of double pairs (lat, lon) along a river; empty for a lake */
  gboolean sea;       /* a sea, gulf, strait or ocean (seas.tsv) */
  gboolean region;    /* a region or a landform (regions.tsv's "region") */
} Water;

/* The waters of the resource @path into @by_key (name key → Water); the
 * first water of a key keeps it. */
static void
load_waters_from (GHashTable *by_key,
                  const char *path)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_auto(GStrv) lines = NULL;

  if (bytes == NULL)
    return;
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], "\t", 6);
      g_autofree char *names = NULL;
      g_auto(GStrv) each = NULL;
      Water *water;
      gboolean kept;

      if (g_strv_length (f) < 4)
        continue;
      water = g_new0 (Water, 1);
      water->name = g_strdup (f[1]);
      water->sea = g_strcmp0 (f[0], "sea") == 0;
      water->region = g_strcmp0 (f[0], "region") == 0;
      water->latitude = g_ascii_strtod (f[2], NULL);
      water->longitude = g_ascii_strtod (f[3], NULL);
      water->points = g_array_new (FALSE, FALSE, sizeof (double));
      if (f[4] != NULL && f[5] != NULL)
        {
          g_auto(GStrv) points = g_strsplit (f[5], ";", -1);

          for (guint m = 0; points[m] != NULL; m++)
            {
              char *end = NULL;
              double pair[2];

              pair[0] = g_ascii_strtod (points[m], &end);
              if (end == NULL || *end != ',')
                continue;
              pair[1] = g_ascii_strtod (end + 1, NULL);
              g_array_append_vals (water->points, pair, 2);
            }
        }
      names = f[4] != NULL && *f[4] != '\0' ? g_strconcat (f[1], "|", f[4], NULL) : g_strdup (f[1]);
      each = g_strsplit (names, "|", -1);
      kept = FALSE;
      for (guint m = 0; each[m] != NULL; m++)
        {
          char *key = sitrep_normalize_name (each[m]);

          if (*key != '\0' && !g_hash_table_contains (by_key, key))
            g_hash_table_insert (by_key, key, water), kept = TRUE;
          else
            g_free (key);
        }
      /* Every name already another's ("Firat", the Euphrates' Turkish
       * name, has a row of its own): nothing would find it. */
      if (!kept)
        {
          g_array_unref (water->points);
          g_free (water->name);
          g_free (water);
        }
    }
}

/* Name key → Water, kept for the process's life as the world's places are. */
static gpointer
load_waters (gpointer data)
{
  GHashTable *by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) firsts = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  load_waters_from (by_key, WATERS_TSV);
  load_waters_from (by_key, SEAS_TSV);
  load_waters_from (by_key, REGIONS_TSV);
  /* The first words of names of more than one word, without a water. */
  g_hash_table_iter_init (&iter, by_key);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (strchr (key, ' ') != NULL)
      g_ptr_array_add (firsts, g_strndup (key, strchr (key, ' ') - (const char *) key));
  for (guint m = 0; m < firsts->len; m++)
    if (!g_hash_table_contains (by_key, firsts->pdata[m]))
      g_hash_table_insert (by_key, g_strdup (firsts->pdata[m]), NULL);
  return by_key;
}

static GHashTable *
waters (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_waters, NULL);
}

static const Water *
water_of (const char *key)
{
  return *key != '\0' ? g_hash_table_lookup (waters (), key) : NULL;
}

static gpointer
build_waters_filter (gpointer data)
{
  return _sitrep_suggest_key_filter_new (waters ());
}

/* Whether token @i's key is a name's first word ("sahl" of "Sahl al-Ghab"),
 * by the waters' filter of its hash (kept with it) first. */
static gboolean
is_first_word (SuggestRun *run,
               guint       i)
{
  static GOnce once = G_ONCE_INIT;
  const char *key = _sitrep_suggest_tok_key (run, i);

  return *key != '\0' &&
         (run->words[i] == NULL ||
          _sitrep_suggest_key_filter_has (g_once (&once, build_waters_filter, NULL), run->words[i]->key_hash)) &&
         g_hash_table_contains (waters (), key);
}

/* Nouns a water's or a region's name may carry or not: "the Euphrates
 * river", "Lake Assad", "the Qalamoun mountains", "the Anbar desert". */
static const char * const water_nouns[] = {
  "river", "lake", "reservoir", "dam", "desert", "basin", "valley", "plain", "plains", "mountains",
  "mountain", "mount", "heights", "region", NULL
};

/* Words for a mountain, Arabic "jabal": "al-Zawiya mount", "Mount Sinjar". */
static const char * const mount_words[] = {
  "mount", "mountain", "mountains", "mt", NULL
};

/* Words naming a part of a water. */
static const char * const water_sides[] = {
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
  "upper", "lower", NULL
};

/* Whether token @i - 1 is a side in lower case ("eastern", "west"): its
 * length and first letter first, as most words before a name fail them. */
static gboolean
side_word_before (SuggestRun *run,
                  guint       i)
{
  const SuggestToken *t = tok (run, i - 1);
  const char c = run->text[t->start];

  return t->end - t->start >= 4 && t->end - t->start <= 8 &&
         (c == 'n' || c == 's' || c == 'e' || c == 'w' || c == 'c' || c == 'u' || c == 'l') &&
         (t->flags & TOK_WORD) && _sitrep_suggest_tok_in (run, i - 1, water_sides);
}

/* The water named at tokens @first … @last, with or without its noun. */
static const Water *
water_at (SuggestRun *run,
          guint       first,
          guint       last)
{
  const Water *water = water_of (_sitrep_suggest_span_key_tmp (run, first, last));

  if (water == NULL && last > first && _sitrep_suggest_tok_in (run, last, water_nouns))
    water = water_of (_sitrep_suggest_span_key_tmp (run, first, last - 1));
  if (water == NULL && last > first && _sitrep_suggest_tok_in (run, first, water_nouns))
    water = water_of (_sitrep_suggest_span_key_tmp (run, first + 1, last));
  /* "al-Zawiya mount", "Mount Sinjar": the region named "Jabal …". */
  if (water == NULL && last > first &&
      (_sitrep_suggest_tok_in (run, last, mount_words) || _sitrep_suggest_tok_in (run, first, mount_words)))
    {
      gboolean after = _sitrep_suggest_tok_in (run, last, mount_words);
      const SuggestToken *a = tok (run, after ? first : first + 1);
      const SuggestToken *b = tok (run, after ? last - 1 : last);
      g_autofree char *name = g_strdup_printf ("Jabal %.*s", (int) (b->end - a->start), run->text + a->start);
      g_autofree char *key = sitrep_normalize_name (name);

      water = water_of (key);
    }
  /* "the North Arabian Sea", "the southern Red Sea": a part of the water,
   * placed with the whole at a region's precision. */
  if (water == NULL && last > first && _sitrep_suggest_tok_in (run, first, water_sides))
    water = water_at (run, first + 1, last);
  return water;
}

static gint
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Where the text's places are: the median latitude and longitude of those
 * placed with some confidence (no country, no region), or FALSE when
 * there is none. The median, not the mean: a capital abroad the report
 * names ("officials in Washington said") does not pull a Baghdad report's
 * Tigris to Turkey. */
static gboolean
text_centre (SuggestRun *run,
             double     *lat,
             double     *lon)
{
  g_autoptr(GArray) lats = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) lons = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint k = 0; k < run->out->len; k++)
    {
      SitrepSuggestion *o = run->out->pdata[k];

      if (o->kind == SITREP_SUGGEST_PLACE && !isnan (o->latitude) && !o->doubtful &&
          o->scope == SITREP_PLACE_SCOPE_PLACE)
        {
          g_array_append_val (lats, o->latitude);
          g_array_append_val (lons, o->longitude);
        }
    }
  if (lats->len == 0)
    return FALSE;
  g_array_sort (lats, compare_doubles);
  g_array_sort (lons, compare_doubles);
  /* Of an even count, the mean of the middle two. */
  *lat = (g_array_index (lats, double, (lats->len - 1) / 2) + g_array_index (lats, double, lats->len / 2)) / 2;
  *lon = (g_array_index (lons, double, (lons->len - 1) / 2) + g_array_index (lons, double, lons->len / 2)) / 2;
  return TRUE;
}

/* Where the report's places are, asked once per pass (NAN: not yet). */
typedef struct
{
  double lat;
  double lon;
  gboolean any;
} Centre;

static void
place_water (SuggestRun       *run,
             SitrepSuggestion *s,
             const Water      *water,
             Centre           *centre)
{
  s->latitude = water->latitude;
  s->longitude = water->longitude;
  if (water->points->len > 0 && isnan (centre->lat))
    {
      centre->any = text_centre (run, &centre->lat, &centre->lon);
      if (!centre->any)
        centre->lat = 0;
    }
  /* A river where it passes nearest the report's places. */
  if (water->points->len > 0 && centre->any)
    {
      double best = G_MAXDOUBLE;

      for (guint m = 0; m + 1 < water->points->len; m += 2)
        {
          double plat = g_array_index (water->points, double, m);
          double plon = g_array_index (water->points, double, m + 1);
          double d;

          /* A point whose latitude alone lies farther than the nearest so
           * far is no nearer (as score_place () skips one: a great circle
           * is no shorter than the meridian's arc between the latitudes,
           * the margin clear of rounding): its distance is not worked out. */
          if (best < G_MAXDOUBLE && fabs (plat - centre->lat) * (G_PI / 180.0 * 6371.0088) > best * 1.000001 + 0.001)
            continue;
          d = sitrep_gazetteer_distance_km (plat, plon, centre->lat, centre->lon);

          if (d < best)
            {
              best = d;
              s->latitude = plat;
              s->longitude = plon;
            }
        }
    }
  s->geonameid = 0;
  s->country = NULL;
  s->admin1 = NULL;
  s->doubtful = FALSE;
  /* A river or a lake is no point: placed with a region's precision. */
  s->scope = SITREP_PLACE_SCOPE_REGION;
  s->population = G_MAXINT32;
  s->score = 0.7;
  if (s->entity_id == 0)
    {
      s->entity_name = _sitrep_suggest_strdup (run, water->name);
    }
}

/* Whether one of water_nouns follows the suggestion, read off its bytes
 * (most places are followed by none: no token search for them). */
static gboolean
noun_follows (SuggestRun             *run,
              const SitrepSuggestion *s)
{
  const char *after = run->text + s->byte_end;
  char first, second;

  /* The nouns' first letters: most words after a place start otherwise (a
   * byte OR 0x20 is g_ascii_tolower () of a letter, and no other's). */
  if (after[0] != ' ' || !g_ascii_isalpha (after[1]))
    return FALSE;
  first = after[1] | 0x20;
  second = after[2] | 0x20;
  if (first != 'r' && first != 'l' && first != 'd' && first != 'b' && first != 'v' && first != 'p' && first != 'm' &&
      first != 'h')
    return FALSE;
  for (guint m = 0; water_nouns[m] != NULL; m++)
    {
      gsize len;

      /* The nouns are in lower case: most differ at the first two letters. */
      if (first != water_nouns[m][0] || second != water_nouns[m][1])
        continue;
      len = strlen (water_nouns[m]);
      if (_sitrep_suggest_ascii_caseeq (after + 1, water_nouns[m], len) && !g_ascii_isalnum (after[1 + len]))
        return TRUE;
    }
  return FALSE;
}

static gint
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* The geonameids of the bundled towns one of whose names is a region's
 * ("Jazira" of Aş Şuwayrah): the sure places the waters' pass asks again,
 * made once, in order (asked of every sure place: halved, not walked). */
static gpointer
build_region_named_towns (gpointer data)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  Bundled *bundled = _sitrep_gazetteer_get_bundled ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, waters ());
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *indices = value != NULL && ((const Water *) value)->region ? g_hash_table_lookup (bundled->by_key, key) : NULL;

      for (guint m = 0; indices != NULL && m < indices->len; m++)
        g_array_append_val (ids, ((const SitrepGazetteerPlace *) bundled->places->pdata[g_array_index (indices, guint, m)])->geonameid);
    }
  g_array_sort (ids, compare_ids);
  return ids;
}

static gboolean
region_named_town (gint64 geonameid)
{
  static GOnce once = G_ONCE_INIT;
  GArray *ids = g_once (&once, build_region_named_towns, NULL);

  guint lo = 0, hi = ids->len;

  if (geonameid <= 0)
    return FALSE;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (ids, gint64, mid) < geonameid)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < ids->len && g_array_index (ids, gint64, lo) == geonameid;
}

/* Whether @s is a town the gazetteer is sure of by a name that is neither
 * its own nor its ASCII name (one of its other names). */
static gboolean
town_by_other_name (const SitrepSuggestion *s)
{
  g_autofree char *own = NULL;
  g_autofree char *theirs = NULL;

  if (s->geonameid <= 0 || s->entity_name == NULL || s->scope != SITREP_PLACE_SCOPE_PLACE)
    return FALSE;
  own = _sitrep_suggest_light_key (s->entity_name);
  theirs = _sitrep_suggest_light_key (s->text);
  return strcmp (own, theirs) != 0;
}

/* Grows @s over the noun after it when the two name a region or a water
 * ("Nineveh" and "Plains"), placed there; FALSE when they name none. */
static gboolean
grow_to_region (SuggestRun       *run,
                SitrepSuggestion *s,
                Centre           *centre)
{
  guint first = _sitrep_suggest_token_holding (run, s->byte_start);
  guint last = _sitrep_suggest_token_holding (run, s->byte_end - 1);
  const SuggestToken *noun;
  const Water *water;

  if (last < first || last + 1 >= run->tokens->len)
    return FALSE;
  noun = tok (run, last + 1);
  if (noun->sentence != tok (run, last)->sentence || (water = water_at (run, first, last + 1)) == NULL)
    return FALSE;
  s->byte_end = noun->end;
  s->end = noun->cp_end;
  s->text = _sitrep_suggest_strndup (run, run->text + s->byte_start, s->byte_end - s->byte_start);
  /* Linked to the region, not to the project's entity of the place alone. */
  s->entity_id = 0;
  s->entity_name = NULL;
  place_water (run, s, water, centre);
  return TRUE;
}

/* Rivers and lakes placed where Natural Earth has them: the waters proposed
 * from @from on ("the Euphrates river", "Lake Assad", "the Dead Sea"), and a
 * river named alone after "the" ("crossed the Tigris"). */
void
_sitrep_suggest_waters (SuggestRun *run,
                        guint       from)
{
  guint n = run->tokens->len;
  g_autoptr(GArray) places = NULL;
  gsize longest = 0;
  Centre centre = { NAN, NAN, FALSE };

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      guint first, last;
      const Water *water;
      gboolean sure;

      if (s->kind != SITREP_SUGGEST_PLACE)
        continue;
      /* "the Nineveh Plains", "the Anbar desert": a place and a landform's
       * noun after it name the region, whatever the place alone was. */
      if (noun_follows (run, s) && grow_to_region (run, s, &centre))
        continue;
      /* Unplaced, or placed by a loose match ("Lake Assad" by a village
       * that shares a word); not a town or a country of the same name, but
       * a town only one of whose other names is a region's ("Jazira", an old
       * name of Wasit's Aş Şuwayrah). */
      sure = !isnan (s->latitude) && !s->doubtful;
      if (sure && !region_named_town (s->geonameid))
        continue;
      first = _sitrep_suggest_token_holding (run, s->byte_start);
      last = _sitrep_suggest_token_holding (run, s->byte_end - 1);
      /* A sure town: by its span's key alone, asked first (most are none). */
      water = last < first ? NULL : sure ? water_of (_sitrep_suggest_span_key_tmp (run, first, last)) :
              water_at (run, first, last);
      if (water != NULL && sure && (!water->region || !town_by_other_name (s)))
        continue;
      if (water != NULL && !_sitrep_suggest_far_river (run, s, water->name, water->points))
        place_water (run, s, water, &centre);
    }
  /* is_capitalised_word () holds of run->caps only. */
  for (guint c = 0, last = 0, upto = 0; c < run->n_caps; c++)
    {
      guint i = run->caps[c];
      const Water *water;
      SitrepSuggestion *s;

      /* "in Sahl al-Ghab", "Eastern Ghouta": a region's name of more than
       * one word, whatever stands before it, that no place covers. */
      if (i < upto)
        continue;
      /* "eastern Ghouta": the side in lower case is the name's first word. */
      if (i > 0 && side_word_before (run, i) && tok (run, i - 1)->sentence == tok (run, i)->sentence &&
          (water = water_of (_sitrep_suggest_span_key_tmp (run, i - 1, i))) != NULL)
        {
          if (places == NULL)
            places = _sitrep_suggest_places_by_start (run, &longest);
          if (_sitrep_suggest_place_over (run, places, longest, tok (run, i)->start, tok (run, i)->end) == NULL &&
              !_sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PLACE, _sitrep_suggest_span_key_tmp (run, i - 1, i)))
            place_water (run, _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, i - 1, i), water, &centre);
          upto = i + 1;
          continue;
        }
      if (i + 1 < n && tok (run, i + 1)->sentence == tok (run, i)->sentence &&
          (is_capitalised_word (run, i + 1) || _sitrep_suggest_is_article (run, i + 1)) &&
          !(i > 0 && is_capitalised_word (run, i - 1) && tok (run, i - 1)->sentence == tok (run, i)->sentence) &&
          is_first_word (run, i) &&
          _sitrep_suggest_cap_run (run, i, &last) && last > i && (water = water_at (run, i, last)) != NULL)
        {
          if (places == NULL)
            places = _sitrep_suggest_places_by_start (run, &longest);
          if (_sitrep_suggest_place_over (run, places, longest, tok (run, i)->start, tok (run, last)->end) == NULL &&
              !_sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PLACE, _sitrep_suggest_span_key_tmp (run, i, last)))
            place_water (run, _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, i, last), water, &centre);
          upto = last + 1;
          continue;
        }
      if (i < 1 || !is_capitalised_word (run, i) || !_sitrep_suggest_tok_is (run, i - 1, "the") ||
          (i + 1 < n && is_capitalised_word (run, i + 1) && tok (run, i + 1)->sentence == tok (run, i)->sentence))
        continue;
      water = water_of (_sitrep_suggest_tok_key (run, i));
      /* "the Atlantic", "the Caspian" alone are seas where nothing follows
       * them; "the Atlantic alliance", "the Caspian states" are not. */
      if (water == NULL ||
          (water->sea && i + 1 < n && (tok (run, i + 1)->flags & TOK_WORD) &&
           tok (run, i + 1)->sentence == tok (run, i)->sentence))
        continue;
      if (places == NULL)
        places = _sitrep_suggest_places_by_start (run, &longest);
      if (_sitrep_suggest_place_over (run, places, longest, tok (run, i)->start, tok (run, i)->end) != NULL ||
          _sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PLACE, _sitrep_suggest_tok_key (run, i)))
        continue;
      s = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, i, i);
      place_water (run, s, water, &centre);
    }
}

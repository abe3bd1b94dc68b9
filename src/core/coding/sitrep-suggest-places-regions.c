/* sitrep-suggest-places-regions.c — governorates and provinces named in a report ("Anbar Province", "Diyala"), placed at the centre of their places; seats of government named as buildings ("at the Pentagon")
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-gazetteer-private.h"
#include "sitrep-normalize.h"
#include "sitrep-suggest-private.h"
#include "sitrep-suggest-places-private.h"

static const char * const region_words[] = {
  "province", "governorate", "provinces", "governorates", "muhafazat", "محافظة", NULL
};


/* The key an Arabic region name is asked by: as a capitalised run's key
 * (sitrep_normalize_name ()) made a region key. */
static char *
arabic_region_key (const char *arabic)
{
  g_autofree char *key = sitrep_normalize_name (arabic);

  return sitrep_normalize_region_name (key);
}

/* The bundled regions by key (the first of a key, as a pass in the
 * file's order finds it), and by their Arabic names. */
static gpointer
build_regions_by_key (gpointer data)
{
  Bundled *bundled = _sitrep_gazetteer_get_bundled ();
  GHashTable *by_key = g_hash_table_new (g_str_hash, g_str_equal);
  const char *country, *name, *other;

  for (guint r = 0; r < bundled->regions->len; r++)
    {
      Region *region = bundled->regions->pdata[r];

      if (region->key != NULL && !g_hash_table_contains (by_key, region->key))
        g_hash_table_insert (by_key, region->key, region);
    }
  for (guint m = 0; _sitrep_gazetteer_admin1_other_name (m, &country, &name, &other); m++)
    {
      g_autofree char *english = sitrep_normalize_region_name (name);

      for (guint r = 0; r < bundled->regions->len; r++)
        {
          Region *region = bundled->regions->pdata[r];
          char *key;

          if (g_strcmp0 (region->key, english) != 0 || strcmp (region->country, country) != 0)
            continue;
          /* Kept for the process's life, as the table is. */
          key = arabic_region_key (other);
          if (*key != '\0' && !g_hash_table_contains (by_key, key))
            g_hash_table_insert (by_key, key, region);
          else
            g_free (key);
          break;
        }
    }
  return by_key;
}

static const Region *
region_of_key (const char *key)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, build_regions_by_key, NULL);
  return g_hash_table_lookup (once.retval, key);
}

/* The region of regions.tsv that a name key names, by
 * sitrep_normalize_region_name() of it, or NULL: worked out once per
 * suggester (every capitalised run of every text asks), the answer kept
 * rather than the folded key, so a second look-up is not made. */
static const Region *
region_named (GHashTable *cache,
              const char *key)
{
  gpointer found;
  char *surface;
  const Region *region;

  if (g_hash_table_lookup_extended (cache, key, NULL, &found))
    return found;
  surface = sitrep_normalize_region_name (key);
  region = region_of_key (surface);
  /* "Salahuddin", "Salahaddin": "Salah ad-Din" written as one word
   * (-uddin, -addin, -eddin fold to "adan"), when the word alone
   * names no region. */
  if (region == NULL && strchr (surface, ' ') == NULL && strlen (surface) > 6 &&
      g_str_has_suffix (surface, "adan"))
    {
      g_autofree char *stem = g_strndup (surface, strlen (surface) - 4);
      g_autofree char *parted = g_strconcat (stem, " din", NULL);
      g_autofree char *split = sitrep_normalize_region_name (parted);

      region = region_of_key (split);
    }
  g_free (surface);
  g_hash_table_insert (cache, g_strdup (key), (gpointer) region);
  return region;
}

/* region_named () of the key of tokens @i … @last, a capitalised run;
 * *@key the key when it was made (NULL when the run's words answered:
 * see sitrep-suggest-word-runs.c). */
static const Region *
region_of_run (SuggestRun  *run,
               GHashTable  *cache,
               guint        i,
               guint        last,
               const char **key)
{
  SuggestRunWords words;
  gboolean by_words = run->region_runs != NULL && _sitrep_suggest_run_words (run, i, last, &words);
  gconstpointer found;
  const Region *region;

  if (by_words && _sitrep_suggest_word_runs_find (run->region_runs, &words, &found))
    {
      *key = NULL;
      return found;
    }
  *key = _sitrep_suggest_span_key_tmp (run, i, last);
  region = region_named (cache, *key);
  if (by_words)
    _sitrep_suggest_word_runs_add (run->region_runs, &words, region);
  return region;
}

/* The region named by Arabic words from token @i: two words ("صلاح
 * الدين") or one ("نينوى"), the last in @last, also with a conjunction or
 * preposition glued before them ("وصلاح الدين", "بنينوى"): *@trim is set
 * to its bytes; NULL: none. */
static const Region *
arabic_region_at (SuggestRun *run,
                  guint       i,
                  guint      *last,
                  gsize      *trim)
{
  gsize skip = _sitrep_suggest_arabic_proclitic (run, i);

  *trim = 0;
  for (guint end = MIN (*last, i + 1); end + 1 > i; end--)
    {
      g_autofree char *key = _sitrep_suggest_span_key (run, i, end);
      const Region *region = *key != '\0' ? region_named (run->region_cache, key) : NULL;

      if (region == NULL && skip > 0)
        {
          g_free (key);
          key = _sitrep_suggest_arabic_rest_key (run, i, skip, end);
          region = *key != '\0' ? region_named (run->region_cache, key) : NULL;
          *trim = region != NULL ? skip : 0;
        }
      if (region != NULL)
        {
          *last = end;
          return region;
        }
    }
  return NULL;
}

/* Whether @key (a name key) names a region of regions.tsv. */
gboolean
_sitrep_suggest_is_region_key (SuggestRun *run,
                               const char *key)
{
  return region_named (run->region_cache, key) != NULL;
}

/* Whether the lower-case article @j inside a capitalised run from @i joins
 * the name, as GeoNames writes it: "Salah ad Din", "Ras an Naqurah". The
 * English words of the same forms ("Mosul as Iraqi forces", "Raqqa at
 * Tabqa") are told apart by the article taking the next word's first
 * letter, as Arabic's sun letters do ("as S…", "ad D…", "at T…", "an N…"),
 * and by the words with it naming a known place or region. */
gboolean
_sitrep_suggest_inner_article (SuggestRun *run,
                               guint       i,
                               guint       j)
{
  guint n = run->tokens->len;
  const SuggestToken *t = tok (run, j);
  char consonant;

  if (j + 1 >= n || t->space_before != 1 || (t->flags & TOK_CAP) || t->end - t->start != 2 ||
      !(tok (run, j - 1)->flags & TOK_CAP) || !(tok (run, j + 1)->flags & TOK_CAP) ||
      !(tok (run, j + 1)->flags & TOK_WORD) || tok (run, j + 1)->space_before != 1 ||
      tok (run, j + 1)->sentence != t->sentence)
    return FALSE;
  consonant = g_ascii_tolower (run->text[t->start + 1]);
  if (g_ascii_tolower (run->text[tok (run, j + 1)->start]) != consonant)
    return FALSE;
  /* The name may go on after the word the article leads. */
  for (guint k = j + 1; k < n && k < i + 5; k++)
    {
      g_autofree char *key = NULL;

      if (k > j + 1 && (!(tok (run, k)->flags & TOK_CAP) || !(tok (run, k)->flags & TOK_WORD) ||
                        tok (run, k)->space_before != 1 || tok (run, k)->sentence != t->sentence))
        break;
      /* Not the _tmp key: a caller may hold one. */
      key = _sitrep_suggest_span_key (run, i, k);
      if (*key != '\0' && (_sitrep_suggest_is_place_key (run, key) || _sitrep_suggest_is_region_key (run, key)))
        return TRUE;
    }
  return FALSE;
}

/* Whether the Arabic word before token @i says a governorate follows:
 * "محافظة", the dual "محافظتي", with a preposition or conjunction glued
 * before it or not ("بمحافظة", "ومحافظة"). */
static gboolean
ar_region_worded (SuggestRun *run,
                  guint       i)
{
  static const char * const words[] = { "محافظة", "محافظتي", "المحافظة", NULL };
  const SuggestToken *t = tok (run, i - 1);
  const char *p = run->text + t->start;
  gsize len = t->end - t->start;
  gsize skip;

  if (!(t->flags & TOK_ARABIC) || t->sentence != tok (run, i)->sentence)
    return FALSE;
  skip = _sitrep_suggest_arabic_proclitic (run, i - 1);
  for (guint k = 0; words[k] != NULL; k++)
    {
      gsize wlen = strlen (words[k]);

      if ((len == wlen && memcmp (p, words[k], wlen) == 0) ||
          (skip > 0 && len - skip == wlen && memcmp (p + skip, words[k], wlen) == 0))
        return TRUE;
    }
  return FALSE;
}

/* Whether the name ending at token @last is listed before a plural region
 * word: "Salahuddin and Anbar provinces", "Idlib, Hama and Latakia
 * governorates". */
static gboolean
listed_before_regions (SuggestRun *run,
                       guint       last)
{
  guint n = run->tokens->len, j = last + 1;

  for (guint items = 0; items < 4 && j < n && tok (run, j)->sentence == tok (run, last)->sentence; items++)
    {
      guint end;

      if ((tok (run, j)->flags & TOK_PUNCT) && run->text[tok (run, j)->start] == ',')
        j++;
      if (j < n && _sitrep_suggest_tok_is (run, j, "and"))
        j++;
      if (j == last + 1 || j >= n || !_sitrep_suggest_cap_run (run, j, &end))
        return FALSE;
      j = end + 1;
      if (j < n && (_sitrep_suggest_tok_is (run, j, "provinces") || _sitrep_suggest_tok_is (run, j, "governorates")))
        return TRUE;
    }
  return FALSE;
}

/* Whether an article is glued by a hyphen before token @i ("Al-Anbar
 * Governorate"): the name's, in its span. */
static gboolean
glued_article (SuggestRun *run,
               guint       i)
{
  return i >= 2 && (tok (run, i - 1)->flags & TOK_HYPHEN) && tok (run, i - 1)->space_before == 0 &&
         tok (run, i)->space_before == 0 && _sitrep_suggest_is_article (run, i - 2) &&
         tok (run, i - 2)->sentence == tok (run, i)->sentence;
}

/* Whether @text is written as one of the English names of @region the
 * table above gives ("Ninewa"), not only folded to one. */
static gboolean
other_english_name (const char   *text,
                    const Region *region)
{
  g_autofree char *key = _sitrep_suggest_light_key (text);
  g_autofree char *english = sitrep_normalize_region_name (region->key);

  const char *country, *admin1, *other;

  for (guint m = 0; _sitrep_gazetteer_admin1_other_name (m, &country, &admin1, &other); m++)
    {
      g_autofree char *name = NULL;
      g_autofree char *variant = NULL;

      if (strcmp (region->country, country) != 0 || (guchar) other[0] >= 0x80)
        continue;
      name = sitrep_normalize_region_name (admin1);
      variant = _sitrep_suggest_light_key (other);
      if (strcmp (name, english) == 0 && strcmp (variant, key) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "A bomb exploded in Anbar": a place of another country matched by
 * another spelling (Turkey's Ambar) yields to the region spelled as the
 * text is; so does a doubtful one of the region's country matched by an
 * old or other name ("Ninewa": Karbala's "Ninawa"). */
static gboolean
guess_yields (const SitrepSuggestion *s,
              const Region           *region)
{
  g_autofree char *own = NULL, *theirs = NULL;

  if (s->entity_id != 0 || s->entity_name == NULL || s->scope != SITREP_PLACE_SCOPE_PLACE)
    return FALSE;
  if (g_strcmp0 (s->country, region->country) == 0 ? !s->doubtful || !other_english_name (s->text, region)
                                                     : !_sitrep_suggest_region_spelled_as (s->text, region))
    return FALSE;
  own = _sitrep_suggest_light_key (s->entity_name);
  theirs = _sitrep_suggest_light_key (s->text);
  return strcmp (own, theirs) != 0;
}

/* Words of a side of a region before its name ("northern Saladin"): the
 * name is the region's, however loosely spelled. */
static const char * const side_words[] = {
  "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
  "southwestern", "north", "south", "east", "west", NULL
};

/* "Anbar Province", "Diyala", "Idlib province": governorates and provinces
 * placed at the centre of their places. A place of the same name followed
 * by "province" is the province. */
void
_sitrep_suggest_region_places (SuggestRun *run)
{
  guint n = run->tokens->len;
  gsize longest;
  g_autoptr(GArray) places = _sitrep_suggest_places_by_start (run, &longest);
  GHashTable *region_keys = run->region_cache;

  /* Capitalised words only (run->caps), from @next on. */
  for (guint c = 0, next = 0; c < run->n_caps; c++)
    {
      guint i = run->caps[c];
      guint last = i;
      const char *key;
      const Region *region;
      SitrepSuggestion *s = NULL;
      gboolean worded, worded_after, loose, named;
      gsize trim;
      guint j;

      if (i < next || !_sitrep_suggest_cap_run (run, i, &last))
        continue;
      /* One word: whether it names a region is its word's to know. */
      if (last == i && _sitrep_suggest_word_fact (run, i, WORD_FACT_REGION, &named) && !named)
        continue;
      /* "Anbar Province", "Idlib province" */
      worded_after = _sitrep_suggest_tok_in (run, last, region_words) ||
                     (last + 1 < n && _sitrep_suggest_tok_in (run, last + 1, region_words));
      region = region_of_run (run, region_keys, i, last, &key);
      /* The key is asked below of a region, and of Arabic words. */
      if (key == NULL && (region != NULL || (tok (run, i)->flags & TOK_ARABIC)))
        key = _sitrep_suggest_span_key_tmp (run, i, last);
      /* Arabic words run on as one capitalised run ("وانفجرت عبوة في
       * نينوى"): a region of one or two words from each of them. */
      trim = 0;
      if (region == NULL && (tok (run, i)->flags & TOK_ARABIC))
        region = arabic_region_at (run, i, &last, &trim);
      if (last == i)
        _sitrep_suggest_word_fact_set (run, i, WORD_FACT_REGION, region != NULL);
      if (region == NULL)
        {
          next = (tok (run, i)->flags & TOK_ARABIC) ? i + 1 : last + 1;
          continue;
        }
      /* "محافظة صلاح الدين", "محافظتي كركوك وصلاح الدين": the Arabic word
       * before the name; no word after it is the region's. */
      if (tok (run, i)->flags & TOK_ARABIC)
        worded_after = FALSE;
      worded = worded_after ||
               (i > 0 && (tok (run, i)->flags & TOK_ARABIC) && ar_region_worded (run, i)) ||
               (!(tok (run, i)->flags & TOK_ARABIC) && listed_before_regions (run, last));
      s = _sitrep_suggest_place_over (run, places, longest, tok (run, last)->start, tok (run, i)->end);
      if (s != NULL && !worded && !guess_yields (s, region))
        {
          next = last + 1;
          continue;
        }
      if (s != NULL && !worded)
        s->entity_name = _sitrep_suggest_strdup (run, s->text);
      loose = FALSE;
      if (s == NULL)
        {
          if (_sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PLACE, key) || (!worded && _sitrep_suggest_is_other_name (run, i, last)) ||
              (last == i && _sitrep_suggest_is_all_caps (run, i)))
            {
              next = last + 1;
              continue;
            }
          s = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, i, last);
          if (trim > 0)
            _sitrep_suggest_trim_start (run, s, trim);
          s->entity_name = _sitrep_suggest_strdup (run, s->text);
          /* "Aden" is Aydın province only under the folded key: a region
           * so loosely named is proposed where a word says a place
           * follows, and flagged doubtful. */
          if (!worded && !(tok (run, i)->flags & TOK_ARABIC) && !_sitrep_suggest_region_spelled_as (s->text, region))
            {
              if (!_sitrep_suggest_has_place_cue (run, i) &&
                  !(i > 0 && !(tok (run, i - 1)->flags & TOK_CAP) && _sitrep_suggest_tok_among (run, i - 1, side_words)))
                {
                  _sitrep_suggest_out_remove (run->out, run->out->len - 1);
                  next = last + 1;
                  continue;
                }
              loose = TRUE;
            }
        }
      /* "Al-Anbar Governorate": the glued article is the name's. */
      if ((j = _sitrep_suggest_token_holding (run, s->byte_start)) >= 2 && tok (run, j)->start == s->byte_start &&
          glued_article (run, j))
        {
          s->byte_start = tok (run, j - 2)->start;
          s->start = tok (run, j - 2)->cp_start;
          s->text = _sitrep_suggest_strndup (run, run->text + s->byte_start, s->byte_end - s->byte_start);
          if (s->entity_id == 0)
            s->entity_name = _sitrep_suggest_strdup (run, s->text);
        }
      /* "Hasaka Province", "Idlib province": the region's name, not the
       * city's, to link and to learn its centre under. */
      if (worded_after && s->byte_end < tok (run, last + !_sitrep_suggest_tok_in (run, last, region_words))->end)
        {
          const SuggestToken *w = tok (run, last + !_sitrep_suggest_tok_in (run, last, region_words));

          s->byte_end = w->end;
          s->end = w->cp_end;
          s->text = _sitrep_suggest_strndup (run, run->text + s->byte_start, s->byte_end - s->byte_start);
          if (s->entity_id == 0)
            s->entity_name = _sitrep_suggest_strdup (run, s->text);
        }
      s->latitude = region->centre.lat;
      s->longitude = region->centre.lon;
      s->geonameid = 0;
      s->country = _sitrep_suggest_strdup (run, region->country);
      s->doubtful = loose;
      s->population = G_MAXINT32;
      s->scope = SITREP_PLACE_SCOPE_REGION;
      s->score = 0.7;
      next = last + 1;
    }
}

/* ---------------------------------------------------------------- villages at their district's seat */

/* Written by build-aux/gen-localities.py from UCDP GED's Syrian and Iraqi
 * place names: the towns and villages the bundled GeoNames cut lacks, each
 * at the seat of its district. */
#define LOCALITIES_TSV "/org/sitrep/Sitrep/core/gazetteer/localities.tsv"

/* Name key → Locality, kept for the process's life as the gazetteer is. */
static gpointer
load_localities (gpointer data)
{
  GHashTable *by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (LOCALITIES_TSV, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_auto(GStrv) lines = NULL;

  if (bytes == NULL)
    return by_key;
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], "\t", 8);
      char *key;
      Locality *locality;

      if (g_strv_length (f) < 6)
        continue;
      key = sitrep_normalize_name (f[0]);
      if (*key == '\0' || g_hash_table_contains (by_key, key))
        {
          g_free (key);
          continue;
        }
      locality = g_malloc (sizeof (Locality) + strlen (f[0]) + 1);
      strcpy (locality->name, f[0]);
      locality->latitude = g_ascii_strtod (f[4], NULL);
      locality->longitude = g_ascii_strtod (f[5], NULL);
      g_strlcpy (locality->country, f[6] != NULL && f[7] != NULL ? f[7] : "SY", sizeof locality->country);
      g_hash_table_insert (by_key, key, locality);
    }
  return by_key;
}

static GHashTable *
localities (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_localities, NULL);
}

GHashTable *
_sitrep_suggest_localities (void)
{
  return localities ();
}

static const Locality *
locality_of (const char *key)
{
  return *key != '\0' ? g_hash_table_lookup (localities (), key) : NULL;
}

const Locality *
_sitrep_suggest_locality_of (const char *key)
{
  return locality_of (key);
}

/* Whether @s is pinned at the seat of the district UCDP's coders put the
 * locality of its name in, and that seat lies in governorate @admin1 of
 * @country ("Baghouz" at Albu Kamal, in Deir ez-Zor's). */
gboolean
_sitrep_suggest_locality_seat_in (const SitrepSuggestion *s,
                                  const char             *country,
                                  const char             *admin1)
{
  g_autofree char *key = s->text != NULL ? sitrep_normalize_name (s->text) : NULL;
  const Locality *locality = key != NULL ? locality_of (key) : NULL;
  GPtrArray *places = _sitrep_gazetteer_get_bundled ()->places;

  if (locality == NULL || admin1 == NULL || locality->latitude != s->latitude || locality->longitude != s->longitude)
    return FALSE;
  for (guint m = 0; m < places->len; m++)
    {
      const SitrepGazetteerPlace *place = places->pdata[m];

      if (place->latitude == locality->latitude && place->longitude == locality->longitude)
        return g_strcmp0 (place->country, country) == 0 && g_strcmp0 (place->admin1_name, admin1) == 0;
    }
  return FALSE;
}

/* How near a sure place of the text a locality spelled a little
 * differently must lie to be taken for the name. */
#define CLOSE_LOCALITY_KM 40.0

/* The localities' keys by their first byte (a GPtrArray of keys each), for
 * the look for a key spelled a little differently. */
static gpointer
build_by_first (gpointer data)
{
  GPtrArray **by_first = g_new0 (GPtrArray *, 256);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, localities ());
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guchar first = *(const guchar *) key;

      if (by_first[first] == NULL)
        by_first[first] = g_ptr_array_new ();
      g_ptr_array_add (by_first[first], key);
    }
  return by_first;
}

/* The locality whose key is close to @key ("Latamnah", "Lataminah": one
 * vowel apart), at a district seat within CLOSE_LOCALITY_KM of a place the
 * text is sure of, or NULL. */
static const Locality *
close_locality (SuggestRun *run,
                const char *key)
{
  static GOnce once = G_ONCE_INIT;
  GPtrArray **by_first = g_once (&once, build_by_first, NULL);
  GPtrArray *keys = by_first[*(const guchar *) key];
  gsize len = strlen (key);

  for (guint m = 0; keys != NULL && len >= 5 && m < keys->len; m++)
    {
      const char *other = keys->pdata[m];
      const Locality *locality;
      gsize other_len = strlen (other);

      /* The edit distance for the few that begin and end alike. */
      if ((other_len > len ? other_len - len : len - other_len) > 2 || other[1] != key[1] ||
          other[other_len - 1] != key[len - 1] || !sitrep_normalize_keys_close (key, other))
        continue;
      locality = g_hash_table_lookup (localities (), other);
      for (guint k = 0; k < run->out->len; k++)
        {
          const SitrepSuggestion *o = run->out->pdata[k];

          if (o->kind == SITREP_SUGGEST_PLACE && !isnan (o->latitude) && !o->doubtful &&
              o->scope == SITREP_PLACE_SCOPE_PLACE &&
              sitrep_gazetteer_distance_km (o->latitude, o->longitude, locality->latitude, locality->longitude) <=
              CLOSE_LOCALITY_KM)
            return locality;
        }
    }
  return NULL;
}

/* The countries of the places @run's text is sure of, as "SYIQ…" (two
 * letters each; at most SURE_COUNTRIES), made at the first ask. */
#define SURE_COUNTRIES 16
/* Names whose locality _sitrep_suggest_district_villages () keeps. */
#define LOCALITY_MEMO 4

static gboolean
sure_in_country (SuggestRun *run,
                 char       *sure,
                 const char *country)
{
  if (sure[0] == '\0')
    {
      gsize len = 0;

      sure[len++] = '-';
      for (guint k = 0; k < run->out->len && len + 2 < 2 * SURE_COUNTRIES; k++)
        {
          const SitrepSuggestion *o = run->out->pdata[k];

          if (o->kind == SITREP_SUGGEST_PLACE && !isnan (o->latitude) && !o->doubtful &&
              o->scope == SITREP_PLACE_SCOPE_PLACE && o->country != NULL && strlen (o->country) == 2 &&
              !sure_in_country (run, sure, o->country))
            {
              memcpy (sure + len, o->country, 2);
              len += 2;
              sure[len] = '\0';
            }
        }
      sure[len] = '\0';
    }
  for (const char *c = sure + 1; country != NULL && *c != '\0'; c += 2)
    {
      if (c[0] == country[0] && c[1] == country[1] && country[1] != '\0' && country[2] == '\0')
        return TRUE;
    }
  return FALSE;
}

/* The first words of Arabic place names that a text may glue to the next
 * one ("Kafrnobl", "Kafartakharim", "Tellrifaat"). */
static const char * const glued_heads[] = {
  "kafr", "kafar", "kfar", "tell", "tall", "deir", "dayr", "beit", "bayt", "jisr", "khirbet", "khirbat",
  "maarat", "qasr", "ras", "ain", "ayn", NULL
};

/* "the town of Kafrnobl": an unplaced word that starts with such a head
 * is looked up as two words ("Kafr Nobl", the gazetteer's Kafr Nabl) and
 * placed there, doubtful: the text's own spelling is not the gazetteer's. */
static gboolean
place_glued (SuggestRun       *run,
             SitrepSuggestion *s)
{
  gsize len = s->byte_end - s->byte_start;

  if (strchr (s->text, ' ') != NULL || strchr (s->text, '-') != NULL || !g_ascii_isupper (s->text[0]))
    return FALSE;
  for (guint m = 0; glued_heads[m] != NULL; m++)
    {
      gsize head;
      g_autofree char *parted = NULL, *key = NULL;

      /* Most names start with none of the heads' letters. */
      if (g_ascii_tolower (s->text[0]) != glued_heads[m][0])
        continue;
      head = strlen (glued_heads[m]);
      if (len < head + 3 || g_ascii_strncasecmp (s->text, glued_heads[m], head) != 0 ||
          !g_ascii_isalpha (s->text[head]))
        continue;
      parted = g_strdup_printf ("%.*s %s", (int) head, s->text, s->text + head);
      key = sitrep_normalize_name (parted);
      if (g_hash_table_lookup (_sitrep_gazetteer_get_bundled ()->by_key, key) == NULL ||
          !_sitrep_suggest_resolve_place (run, s, key) || isnan (s->latitude))
        continue;
      s->doubtful = TRUE;
      if (s->entity_name == NULL && s->entity_id == 0)
        s->entity_name = _sitrep_suggest_strdup (run, s->text);
      return TRUE;
    }
  return FALSE;
}

/* Places proposed unplaced from @from on that UCDP's coders name in Syria or Iraq
 * ("Kansafra", "al-Tanf", "Jabal Al Zawiya", "Baghuz"): placed at the seat
 * of their district, doubtful — where a coder pins a village the gazetteer
 * lacks (ACLED's precision 2) until it is moved by hand. A doubtful guess
 * in a country none of the text's sure places is in ("Zummar" at Israel's
 * Zemer in a report about Mosul) yields to the locality spelled as the text
 * is, when the text is sure of a place in the locality's country. */
/* The locality a name read before was found as (a report names a village
 * again and again): its text, and what its key led to. */
typedef struct
{
  const char     *text;
  const Locality *locality;
  gboolean        respelled;
  gboolean        twin;
} LocalityMemo;

/* The locality of name @text (a suggestion's) as UCDP's coders spell it,
 * near a place the text is sure of, or as its twin; *@respelled and
 * *@twin say which. The same for the same name: the last few are kept in
 * @memo (the text's sure places do not change meanwhile: the pins given
 * are doubtful). */
static const Locality *
locality_of_name (SuggestRun   *run,
                  const char   *text,
                  LocalityMemo *memo,
                  guint        *n_memo,
                  gboolean     *respelled,
                  gboolean     *twin)
{
  g_autofree char *key = NULL;
  const Locality *locality;
  LocalityMemo *m;

  for (guint i = 0; i < MIN (*n_memo, LOCALITY_MEMO); i++)
    if (strcmp (memo[i].text, text) == 0)
      {
        *respelled = memo[i].respelled;
        *twin = memo[i].twin;
        return memo[i].locality;
      }
  key = sitrep_normalize_name (text);
  locality = locality_of (key);
  /* Spelled a little differently, near a place the text is sure of: for a
   * name unplaced, or guessed abroad ("Al-Salihiyah" as Iraq's Salihiyah
   * among villages of Deir ez-Zor, UCDP's Al Salhiyyah). */
  *respelled = FALSE;
  if (locality == NULL && (locality = close_locality (run, key)) != NULL)
    *respelled = TRUE;
  /* "Orem al-Soghra" by "Urum al-Kubra", its twin. */
  *twin = FALSE;
  if (locality == NULL && (locality = _sitrep_suggest_twin_locality (key)) != NULL)
    *twin = TRUE;
  m = &memo[(*n_memo)++ % LOCALITY_MEMO];
  *m = (LocalityMemo) { text, locality, *respelled, *twin };
  return locality;
}

void
_sitrep_suggest_district_villages (SuggestRun *run,
                                   guint       from)
{
  char sure[1 + 2 * SURE_COUNTRIES + 1] = "";
  LocalityMemo memo[LOCALITY_MEMO];
  guint n_memo = 0;

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      const Locality *locality;
      gboolean placed, twin, respelled;

      if (s->kind != SITREP_SUGGEST_PLACE)
        continue;
      placed = !isnan (s->latitude);
      if (placed && (!s->doubtful || s->scope != SITREP_PLACE_SCOPE_PLACE || s->entity_id != 0 ||
                     sure_in_country (run, sure, s->country)))
        continue;
      if (!placed && place_glued (run, s))
        continue;
      locality = locality_of_name (run, s->text, memo, &n_memo, &respelled, &twin);
      /* A twin: in a country of the text, a guess abroad yields to it. */
      if (twin && !sure_in_country (run, sure, locality->country))
        continue;
      if (locality == NULL)
        continue;
      /* A guess yields only to the locality spelled as the text is, in a
       * country of the text ("June" is no "Al Jinah"). */
      if (placed && !twin && !respelled)
        {
          g_autofree char *light = _sitrep_suggest_light_key (s->text);
          g_autofree char *theirs = _sitrep_suggest_light_key (locality->name);

          if (strcmp (light, theirs) != 0 || !sure_in_country (run, sure, locality->country))
            continue;
        }
      if (placed)
        s->entity_name = _sitrep_suggest_strdup (run, s->text);
      _sitrep_suggest_pin_doubtful (run, s, locality->latitude, locality->longitude, locality->country, NULL);
    }
}

/* Gives @to the pin of @from, doubtful: one place under two names. */
static void
share_pin (SuggestRun             *run,
           SitrepSuggestion       *to,
           const SitrepSuggestion *from)
{
  to->latitude = from->latitude;
  to->longitude = from->longitude;
  to->geonameid = 0;
  to->country = _sitrep_suggest_strdup (run, from->country);
  to->admin1 = _sitrep_suggest_strdup (run, from->admin1);
  to->doubtful = TRUE;
  to->population = 0;
  to->scope = from->scope;
  if (to->entity_name == NULL && to->entity_id == 0)
    to->entity_name = _sitrep_suggest_strdup (run, to->text);
}

/* "the villages of Zirgan (Abu Rasin)": a place with its other name in
 * brackets. The other name is proposed too when UCDP's coders name it (a
 * locality, at its district's seat, doubtful); a pin one of the two names
 * has is given to the other, doubtful. */
void
_sitrep_suggest_bracket_names (SuggestRun *run,
                               guint       from)
{
  guint n = run->tokens->len;
  guint len = run->out->len;

  for (guint k = from; k < len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k], *o = NULL;
      const char *after = run->text + s->byte_end;
      guint first, last;

      if (s->kind != SITREP_SUGGEST_PLACE || s->byte_end == 0 || after[0] != ' ' || after[1] != '(')
        continue;
      first = _sitrep_suggest_token_from (run, s->byte_end + 2);
      if (first >= n || tok (run, first)->start != s->byte_end + 2 || !_sitrep_suggest_cap_run (run, first, &last) ||
          last + 1 >= n || run->text[tok (run, last + 1)->start] != ')' || _sitrep_suggest_is_all_caps (run, first))
        continue;
      for (guint m = from; m < run->out->len && o == NULL; m++)
        {
          SitrepSuggestion *other = run->out->pdata[m];

          if (other->kind == SITREP_SUGGEST_PLACE && other->byte_start == tok (run, first)->start)
            o = other;
        }
      if (o == NULL)
        {
          g_autofree char *key = _sitrep_suggest_span_key (run, first, last);
          const Locality *locality = locality_of (key);

          if (locality == NULL || _sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PLACE, key))
            continue;
          o = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, first, last);
          o->score = 0.7;
          o->latitude = locality->latitude;
          o->longitude = locality->longitude;
          o->country = _sitrep_suggest_strdup (run, locality->country);
          o->doubtful = TRUE;
          o->scope = SITREP_PLACE_SCOPE_PLACE;
          o->entity_name = _sitrep_suggest_strdup (run, o->text);
        }
      if (isnan (s->latitude) && !isnan (o->latitude))
        share_pin (run, s, o);
      else if (isnan (o->latitude) && !isnan (s->latitude))
        share_pin (run, o, s);
    }
}

/* ---------------------------------------------------------------- seats of government */

/* Buildings whose name stands for a government. Used as its subject ("the
 * Pentagon said", "Pentagon officials") the name is the government, as
 * "Damascus aims to …" is (no place); after a word that says where ("in the
 * room at the Pentagon", "journalists outside the Kremlin") it is the
 * building: a place, at its city (the Pentagon faces Washington across the
 * Potomac, 3 km from its centre). */
static const struct
{
  const char *name;
  guint       words;
  const char *city;   /* in world-places.tsv */
} seats[] = {
  { "Pentagon", 1, "Washington" },
  { "White House", 2, "Washington" },
  { "Kremlin", 1, "Moscow" },
  { "Elysee", 1, "Paris" },
  { "Elysee Palace", 2, "Paris" },
  { "Downing Street", 2, "London" },
};

/* The seats' name keys, made once per process. */
static gpointer
build_seat_keys (gpointer data)
{
  char **keys = g_new0 (char *, G_N_ELEMENTS (seats) + 1);

  for (guint m = 0; m < G_N_ELEMENTS (seats); m++)
    keys[m] = sitrep_normalize_name (seats[m].name);
  return keys;
}

static const char * const *
seat_keys (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, build_seat_keys, NULL);
  return once.retval;
}

static const char * const seat_cues[] = {
  "at", "in", "inside", "outside", "near", "into", "around", NULL
};

static gboolean
proposed_over (SuggestRun *run,
               gsize       start,
               gsize       end)
{
  for (guint k = 0; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];

      if (o->kind == SITREP_SUGGEST_PLACE && o->byte_start < end && o->byte_end > start)
        return TRUE;
    }
  return FALSE;
}

void
_sitrep_suggest_government_seats (SuggestRun *run)
{
  guint n = run->tokens->len;

  for (guint c = 0; c < run->n_caps; c++)
    {
      guint i = run->caps[c];

      /* "at the Pentagon": a cue, "the", then the name. */
      if (i < 2 || !_sitrep_suggest_tok_is (run, i - 1, "the") || !_sitrep_suggest_tok_in (run, i - 2, seat_cues) ||
          tok (run, i - 1)->sentence != tok (run, i)->sentence)
        continue;
      for (guint m = 0; m < G_N_ELEMENTS (seats); m++)
        {
          guint last = i + seats[m].words - 1;
          double lat, lon;
          g_autofree char *country = NULL;
          const char *key = seat_keys ()[m];
          SitrepSuggestion *s;

          if (last >= n || tok (run, last)->sentence != tok (run, i)->sentence ||
              strcmp (_sitrep_suggest_span_key_tmp (run, i, last), key) != 0 ||
              (last + 1 < n && (tok (run, last + 1)->flags & TOK_CAP) && (tok (run, last + 1)->flags & TOK_WORD) &&
               tok (run, last + 1)->sentence == tok (run, i)->sentence && tok (run, last + 1)->space_before == 1) ||
              proposed_over (run, tok (run, i)->start, tok (run, last)->end) ||
              _sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PLACE, key) ||
              !_sitrep_suggest_world_city (seats[m].city, &lat, &lon, &country))
            continue;
          s = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, i, last);
          s->latitude = lat;
          s->longitude = lon;
          s->country = _sitrep_suggest_str_take (run, g_steal_pointer (&country));
          /* Over the government's name the actors' list gives the same words. */
          s->score = 0.85;
          s->entity_name = _sitrep_suggest_strdup (run, s->text);
          break;
        }
    }
}

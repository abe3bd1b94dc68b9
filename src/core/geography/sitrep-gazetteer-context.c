/* sitrep-gazetteer-context.c — what a text names, read for ranking a place's candidates
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-gazetteer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-normalize.h"
#include "sitrep-gazetteer-private.h"

#define MAX_NGRAM 4

/* Capitalised words that start sentences rather than name places. */
static const char * const stop_words[] = {
  "a", "an", "and", "as", "at", "but", "by", "for", "from", "he", "her", "his", "in", "it", "its",
  "of", "on", "or", "our", "she", "that", "the", "their", "there", "these", "they", "this",
  "to", "we", "with", "according", "after", "also", "before", "during", "however", "meanwhile",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs",
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "isis", "army", "forces", "russian", "north", "south",
  "east", "west", "central", "new", "city", "sam", "cham",
};

typedef struct
{
  char     *text;
  gboolean  capital;
} Token;

/* ---------------------------------------------------------------- the set of keys */

GazetteerContext *
_sitrep_gazetteer_context_new (void)
{
  GazetteerContext *context = g_new0 (GazetteerContext, 1);

  context->mask = 256 - 1;
  context->slots = g_new0 (ContextKey, context->mask + 1);
  context->used = g_new (guint, context->mask + 1);
  context->points = g_array_new (FALSE, FALSE, sizeof (Point));
  context->point_keys = g_ptr_array_new ();
  context->strings = g_string_chunk_new (4096);
  return context;
}

/* Empties @context for another text, keeping its room: a new context per
 * text cleared a fresh block of slots and made a string chunk each time.
 * Slots a long text grew beyond this many go back to the first size. */
#define KEPT_SLOTS 1024

void
_sitrep_gazetteer_context_clear (GazetteerContext *context)
{
  if (context->mask + 1 > KEPT_SLOTS)
    {
      g_free (context->slots);
      g_free (context->used);
      context->mask = 256 - 1;
      context->slots = g_new0 (ContextKey, context->mask + 1);
      context->used = g_new (guint, context->mask + 1);
    }
  else
    {
      /* The slots a short text took, not all the room a longer one left. */
      for (guint k = 0; k < context->n_keys; k++)
        context->slots[context->used[k]] = (ContextKey) { NULL, 0 };
    }
  context->n_keys = 0;
  g_array_set_size (context->points, 0);
  g_ptr_array_set_size (context->point_keys, 0);
  g_string_chunk_clear (context->strings);
}

void
_sitrep_gazetteer_context_free (GazetteerContext *context)
{
  if (context == NULL)
    return;
  g_free (context->slots);
  g_free (context->used);
  g_array_unref (context->points);
  g_ptr_array_unref (context->point_keys);
  g_string_chunk_free (context->strings);
  g_free (context);
}

/* The slot holding @key, or the empty one where it would go. */
static ContextKey *
keys_find (GazetteerContext *context,
           const char       *key,
           guint             hash)
{
  for (guint at = hash & context->mask; ; at = (at + 1) & context->mask)
    {
      ContextKey *slot = &context->slots[at];

      if (slot->key == NULL ||
          (slot->hash == hash && (slot->key == key || strcmp (slot->key, key) == 0)))
        return slot;
    }
}

static void
keys_grow (GazetteerContext *context)
{
  ContextKey *old = context->slots;
  guint old_mask = context->mask;
  guint n = 0;

  context->mask = (old_mask + 1) * 2 - 1;
  context->slots = g_new0 (ContextKey, context->mask + 1);
  g_free (context->used);
  context->used = g_new (guint, context->mask + 1);
  for (guint k = 0; k <= old_mask; k++)
    {
      if (old[k].key != NULL)
        {
          ContextKey *slot = keys_find (context, old[k].key, old[k].hash);

          *slot = old[k];
          context->used[n++] = slot - context->slots;
        }
    }
  g_free (old);
}

gboolean
_sitrep_gazetteer_context_names (GazetteerContext *context,
                                 const char       *key)
{
  return keys_find (context, key, g_str_hash (key))->key != NULL;
}

gboolean
_sitrep_gazetteer_context_names_hashed (GazetteerContext *context,
                                        const char       *key,
                                        guint             hash)
{
  return keys_find (context, key, hash)->key != NULL;
}

const char *
_sitrep_gazetteer_context_take_key (GazetteerContext  *context,
                                    const char        *key,
                                    gboolean           lasting,
                                    GazetteerKeyPlace *kept)
{
  ContextKey *slot;

  if (!kept->hashed)
    {
      kept->hash = g_str_hash (key);
      kept->hashed = TRUE;
    }
  slot = keys_find (context, key, kept->hash);
  if (slot->key != NULL)
    return NULL;
  slot->key = lasting ? key : g_string_chunk_insert (context->strings, key);
  slot->hash = kept->hash;
  key = slot->key;
  context->used[context->n_keys] = slot - context->slots;
  /* At most half full. */
  if (++context->n_keys * 2 > context->mask + 1)
    keys_grow (context);
  return key;
}

static gpointer
build_stop_words (gpointer data)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (stop_words); i++)
    g_hash_table_add (set, (gpointer) stop_words[i]);
  return set;
}

gboolean
_sitrep_gazetteer_is_stop_word (const char *lower)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, build_stop_words, NULL);
  return g_hash_table_contains (once.retval, lower);
}

static gboolean
is_stop_word (const char *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);

  return _sitrep_gazetteer_is_stop_word (lower);
}

static GArray *
tokenize (const char *text)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  g_autoptr(GString) word = g_string_new (NULL);
  gboolean capital = FALSE;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean inner_quote = (c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BF || c == 0x02BE) &&
                             word->len > 0;

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c) || inner_quote))
        {
          if (word->len == 0)
            capital = g_unichar_isupper (c) || (c >= 0x0600 && c <= 0x06FF);
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        {
          Token t = { g_strdup (word->str), capital };
          g_array_append_val (tokens, t);
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
      /* A sentence break ends every word run. */
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '\n' || c == '(' || c == ')' ||
          c == '"' || c == 0x201C || c == 0x201D || c == 0x060C)
        {
          Token t = { NULL, FALSE };
          g_array_append_val (tokens, t);
        }
    }
  return tokens;
}

GazetteerContext *
_sitrep_gazetteer_context_read (SitrepGazetteer *self,
                                const char      *text)
{
  GazetteerContext *context = _sitrep_gazetteer_context_new ();
  g_autoptr(GArray) tokens = tokenize (text);

  for (guint i = 0; i < tokens->len; i++)
    {
      Token *first = &g_array_index (tokens, Token, i);
      g_autoptr(GString) gram = g_string_new (NULL);

      if (first->text == NULL || !first->capital)
        continue;

      for (guint n = 0; n < MAX_NGRAM && i + n < tokens->len; n++)
        {
          Token *last = &g_array_index (tokens, Token, i + n);
          g_autofree char *key = NULL;

          if (last->text == NULL)
            break;
          if (n > 0)
            g_string_append_c (gram, ' ');
          g_string_append (gram, last->text);
          if (!last->capital || (n == 0 && is_stop_word (gram->str)))
            continue;

          key = sitrep_normalize_name (gram->str);
          _sitrep_gazetteer_context_add (self, context, key);
        }
    }

  for (guint i = 0; i < tokens->len; i++)
    g_free (g_array_index (tokens, Token, i).text);
  return context;
}

/* ---------------------------------------------------------------- a side of a place's governorate */

gboolean
_sitrep_gazetteer_side_centre (const char *country,
                               const char *admin1_name,
                               double      latitude,
                               double      longitude,
                               double      bearing,
                               double      radius_km,
                               double     *out_latitude,
                               double     *out_longitude)
{
  Bundled *bundled;
  double dy = cos (bearing * G_PI / 180.0);
  double dx = sin (bearing * G_PI / 180.0);
  double cos_lat = cos (latitude * G_PI / 180.0);
  double sum_lat = 0, sum_lon = 0;
  guint count = 0;

  if (country == NULL || admin1_name == NULL)
    return FALSE;
  bundled = _sitrep_gazetteer_get_bundled ();
  for (guint i = 0; i < bundled->places->len; i++)
    {
      const SitrepGazetteerPlace *p = bundled->places->pdata[i];
      double y, x, d;

      if (g_strcmp0 (p->admin1_name, admin1_name) != 0 || g_strcmp0 (p->country, country) != 0)
        continue;
      y = p->latitude - latitude;
      x = (p->longitude - longitude) * cos_lat;
      d = sitrep_gazetteer_distance_km (latitude, longitude, p->latitude, p->longitude);
      /* Within 45° of the side asked, past the place itself. */
      if (d < 1.0 || d > radius_km || y * dy + x * dx < sqrt (x * x + y * y) * G_SQRT2 / 2)
        continue;
      sum_lat += p->latitude;
      sum_lon += p->longitude;
      count++;
    }
  if (count < 2)
    return FALSE;
  *out_latitude = sum_lat / count;
  *out_longitude = sum_lon / count;
  return TRUE;
}

/* ---------------------------------------------------------------- distances */

/* The cosines of the latitudes asked last, per thread: a report's few
 * places are weighed against one another thousands of times. A slot holds
 * the latitude's bits and its cosine, the very value cos () gave. */
typedef struct
{
  guint64 bits;
  double  cos_lat;
  gboolean set;
} CosLatMemo;
#define COS_LAT_MEMO 64
static _Thread_local CosLatMemo cos_lat_memo[COS_LAT_MEMO] __attribute__ ((tls_model ("initial-exec")));

double
sitrep_gazetteer_cos_lat (double lat)
{
  guint64 bits;
  CosLatMemo *memo;

  memcpy (&bits, &lat, sizeof bits);
  memo = &cos_lat_memo[(bits * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 58];
  if (!memo->set || memo->bits != bits)
    {
      memo->bits = bits;
      memo->cos_lat = cos (lat * G_PI / 180.0);
      memo->set = TRUE;
    }
  return memo->cos_lat;
}

/* The cosines are those of the same radians as p1 and p2, so the figure
 * is the one sitrep_gazetteer_distance_km gives, to the last bit. */
double
sitrep_gazetteer_distance_km_cos (double lat1,
                                  double lon1,
                                  double cos1,
                                  double lat2,
                                  double lon2,
                                  double cos2)
{
  double p1 = lat1 * G_PI / 180.0;
  double p2 = lat2 * G_PI / 180.0;
  double dp = p2 - p1;
  double dl = (lon2 - lon1) * G_PI / 180.0;
  /* Each sine once (the same value squared, as before). */
  double sin_dp = sin (dp / 2), sin_dl = sin (dl / 2);
  double a = sin_dp * sin_dp + cos1 * cos2 * sin_dl * sin_dl;

  return 6371.0088 * 2 * atan2 (sqrt (a), sqrt (1 - a));
}

double
sitrep_gazetteer_distance_km (double lat1,
                              double lon1,
                              double lat2,
                              double lon2)
{
  return sitrep_gazetteer_distance_km_cos (lat1, lon1, sitrep_gazetteer_cos_lat (lat1),
                                           lat2, lon2, sitrep_gazetteer_cos_lat (lat2));
}

/* ---------------------------------------------------------------- the names a context is asked for */

/* The names a context is ever asked whether it holds, while no project
 * place can be a candidate (sitrep-gazetteer.c's context_names_admin1 ()
 * and context_names_country ()): the keys of the bundled places' regions,
 * by name and as a region's name, and of the countries' names. A bit per
 * hash (modulo ASKED_BITS): a key of another hash is never asked. */
#define ASKED_BITS 65536

static void
asked_add (guint64    *bits,
           const char *key)
{
  guint hash = g_str_hash (key);

  if (*key != '\0')
    bits[(hash % ASKED_BITS) / 64] |= G_GUINT64_CONSTANT (1) << (hash % 64);
}

static gpointer
build_asked (gpointer data)
{
  Bundled *bundled = _sitrep_gazetteer_get_bundled ();
  guint64 *bits = g_new0 (guint64, ASKED_BITS / 64);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const char *country, *admin1, *other;

  for (guint i = 0; i < bundled->places->len; i++)
    {
      const SitrepGazetteerPlace *place = bundled->places->pdata[i];
      g_autofree char *name = NULL;
      g_autofree char *region = NULL;

      if (place->admin1_name == NULL || !g_hash_table_add (seen, place->admin1_name))
        continue;
      name = sitrep_normalize_name (place->admin1_name);
      region = sitrep_normalize_region_name (place->admin1_name);
      asked_add (bits, name);
      asked_add (bits, region);
    }
  for (guint m = 0; _sitrep_gazetteer_admin1_other_name (m, &country, &admin1, &other); m++)
    {
      g_autofree char *key = sitrep_normalize_name (other);

      asked_add (bits, key);
    }
  for (guint i = 0; (country = _sitrep_gazetteer_country_names (i)) != NULL; i++)
    {
      g_auto(GStrv) names = g_strsplit (country, "|", 0);

      for (guint j = 0; names[j] != NULL; j++)
        {
          g_autofree char *key = sitrep_normalize_name (names[j]);

          asked_add (bits, key);
        }
    }
  return bits;
}

gboolean
_sitrep_gazetteer_may_be_asked (guint hash)
{
  static GOnce once = G_ONCE_INIT;
  const guint64 *bits = g_once (&once, build_asked, NULL);

  return (bits[(hash % ASKED_BITS) / 64] >> (hash % 64)) & 1;
}

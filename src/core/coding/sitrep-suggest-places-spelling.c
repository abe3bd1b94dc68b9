/* sitrep-suggest-places-spelling.c — telling a place's own spelling from a loose match: the light key a
 * reader compares spellings by, and the words transliterations write many ways ("Ain"/"Ayn", "Tel"/"Tall")
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-gazetteer-private.h"
#include "sitrep-suggest-private.h"

/* ---------------------------------------------------------------- spelling */

static const char * const light_articles[] = {
  "al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "ath", "the", NULL
};

static gboolean
is_light_article (const char *word)
{
  for (guint k = 0; light_articles[k] != NULL; k++)
    {
      if (strcmp (word, light_articles[k]) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The end of light_key(): no final "h" after a vowel, doubled letters as
 * one; @out holds @len bytes. Returns the new length. */
G_ALWAYS_INLINE static inline gsize
light_key_finish (char  *out,
                  gsize  len)
{
  gsize w = 1;

  if (len > 3 && out[len - 1] == 'h' && strchr ("aeiou", out[len - 2]) != NULL)
    len--;
  /* Doubled letters are one ("Raqa", "Raqqa"). */
  if (len == 0)
    {
      out[0] = '\0';
      return 0;
    }
  for (gsize r = 1; r < len; r++)
    {
      if (out[r] != out[w - 1])
        out[w++] = out[r];
    }
  out[w] = '\0';
  return w;
}

static gboolean
is_inner_quote (gunichar c)
{
  return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x02BF || c == 0x02BE || c == '`';
}

/* The words and endings transliterations of one Arabic word spell many
 * ways, as one: "Ain", "Ayn", "Ein" (عين); "Tel", "Tell", "Tall", "Tal"
 * (تل); "-iyah", "-iya", "-iyeh", "-iyyah", "-ieh" (ـية: "Saadiyah",
 * "Sa'diyeh"). In place in the @len bytes of lower-case word @w; returns
 * its new length. Vowels elsewhere stay: "Aden" is still no "Aydın". */
static gsize
fold_word (char     *w,
           gsize     len,
           gboolean *changed)
{
  static const struct { const char *ending; gsize len; } endings[] = {
    { "iyyah", 5 }, { "iyyeh", 5 }, { "iyah", 4 }, { "iyeh", 4 }, { "iyya", 4 }, { "iyye", 4 }, { "iye", 3 }, { "ieh", 3 },
  };
  char last;
  gsize o = 0;

  /* The diphthong "ay" written "ai", "ei", "ey" ("Beiji", "Baiji", Bayji;
   * "Sheikh", Shaykh), the long "u" written "ou", "oo" ("Baghouz"): one. */
  for (gsize r = 0; r < len; r++, o++)
    {
      char next = r + 1 < len ? w[r + 1] : '\0';

      w[o] = w[r];
      if ((w[r] == 'a' && next == 'i') || (w[r] == 'e' && (next == 'i' || next == 'y')))
        {
          w[o++] = 'a';
          w[o] = 'y';
          r++;
          *changed = TRUE;
        }
      else if (w[r] == 'o' && (next == 'u' || next == 'o'))
        {
          w[o] = 'u';
          r++;
          *changed = TRUE;
        }
    }
  len = o;
  /* Most words are none of these: their length and last letter tell. */
  if (len == 3 && w[2] == 'n' && ((w[0] == 'a' && w[1] == 'y') || (w[0] == 'e' && (w[1] == 'i' || w[1] == 'y'))))
    {
      memcpy (w, "ain", 3);
      *changed = TRUE;
      return 3;
    }
  if (w[0] == 't' && ((len == 3 && w[1] == 'a' && w[2] == 'l') ||
                      (len == 4 && (w[1] == 'a' || w[1] == 'e') && w[2] == 'l' && w[3] == 'l')))
    {
      memcpy (w, "tel", 3);
      *changed = TRUE;
      return 3;
    }
  last = len >= 5 ? w[len - 1] : '\0';
  if (last != 'h' && last != 'a' && last != 'e')
    return len;
  for (guint k = 0; k < G_N_ELEMENTS (endings); k++)
    {
      gsize e = endings[k].len;

      /* A stem of two letters at least before it: "Kafriyah", not "Iyah". */
      if (len >= e + 2 && memcmp (w + len - e, endings[k].ending, e) == 0)
        {
          memcpy (w + len - e, "iya", 3);
          *changed = TRUE;
          return len - e + 3;
        }
    }
  return len;
}

/* light_key() of an ASCII name, which NFKD leaves as it is: the same
 * words, without a Unicode table or a GString (most names asked are
 * ASCII, and a place's alternate names are asked by the hundred). */
static char *
light_key_ascii (const char *name,
                 gsize       len,
                 gboolean   *folded)
{
  char *out = g_malloc (len + 1);
  gsize o = 0, word_start = 0;
  guint n_words = 0;

  for (gsize k = 0; ; k++)
    {
      guchar c = (guchar) name[k];

      if (g_ascii_isalnum (c))
        {
          out[o++] = g_ascii_tolower (c);
          continue;
        }
      if (c != 0 && o > word_start && is_inner_quote (c))
        continue;
      if (o > word_start)
        {
          if (folded != NULL)
            o = word_start + fold_word (out + word_start, o - word_start, folded);
          out[o] = '\0';
          /* A leading article alone is dropped: "al-Mayadin" is "Mayadin". */
          if (n_words == 0 && c != 0 && is_light_article (out + word_start))
            o = word_start;
          n_words++;
          word_start = o;
        }
      if (c == 0)
        break;
    }
  light_key_finish (out, o);
  return out;
}

static gboolean
is_ascii (const char *s,
          gsize      *len)
{
  const char *p = s;

  while (*p != '\0' && (guchar) *p < 0x80)
    p++;
  *len = p - s;
  return *p == '\0';
}

/* @name as a reader compares spellings: no case, accents, articles or
 * separators, and no final "h" after a vowel ("Sabboura", "Sabbourah").
 * Unlike sitrep_normalize_name() it keeps the vowels and the letters a
 * transliteration may change: "Aden" is not spelled as "Aydın". */
static char *
light_key_unicode (const char *name,
                   gboolean   *folded)
{
  g_autofree char *decomposed = g_utf8_normalize (name, -1, G_NORMALIZE_NFKD);
  g_autoptr(GString) out = NULL;
  g_autoptr(GString) word = NULL;
  guint n_words = 0;

  if (decomposed == NULL)
    return g_strdup ("");
  out = g_string_new (NULL);
  word = g_string_new (NULL);
  for (const char *p = decomposed; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_ismark (c))
        continue;
      if (c != 0 && g_unichar_isalnum (c))
        {
          c = g_unichar_tolower (c);
          g_string_append_unichar (word, c == 0x0131 ? 'i' : c);
          continue;
        }
      /* Apostrophes and ‘ayn marks inside a word are no separators ("Dar‘ā"). */
      if (c != 0 && word->len > 0 && is_inner_quote (c))
        continue;
      if (word->len > 0)
        {
          if (folded != NULL)
            g_string_truncate (word, fold_word (word->str, word->len, folded));
          /* A leading article alone is dropped: "al-Mayadin" is "Mayadin". */
          if (!(n_words == 0 && is_light_article (word->str) && c != 0))
            g_string_append (out, word->str);
          n_words++;
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }
  g_string_truncate (out, light_key_finish (out->str, out->len));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
_sitrep_suggest_light_key_unicode (const char *name)
{
  return light_key_unicode (name, NULL);
}

/* The light key of @name; with @folded, its words folded by fold_word ()
 * too, and *@folded set when one was. */
static char *
light_key (const char *name,
           gboolean   *folded)
{
  gsize len;

  if (is_ascii (name, &len))
    return light_key_ascii (name, len, folded);
  return light_key_unicode (name, folded);
}

char *
_sitrep_suggest_light_key (const char *name)
{
  return light_key (name, NULL);
}

static gboolean
is_code (const char *name)
{
  gsize len = strlen (name);

  if (len < 2 || len > 4)
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    {
      if (!g_ascii_isupper (*p) && !g_ascii_isdigit (*p))
        return FALSE;
    }
  return TRUE;
}

/* The light keys of the names of @place (its name, ASCII name and
 * alternate names) made so far, as a set, and the next name to key: -2
 * its name, -1 its ASCII name, k ≥ 0 names[k]. A place's name is asked
 * by the same spelling again and again; its hundreds of alternate names,
 * in every script, are keyed only when the ones before do not answer. */
typedef struct
{
  GHashTable *keys;
  gint        next;
  char       *folded[2];   /* fold_word () keys of its name and ASCII name, made when first asked */
} LightKeys;

static void
light_keys_free (LightKeys *lk)
{
  g_hash_table_unref (lk->keys);
  g_free (lk->folded[0]);
  g_free (lk->folded[1]);
  g_free (lk);
}

/* Whether @folded (a surface's key with its words folded) is the folded
 * key of @place's own name or ASCII name. Its alternate names are not
 * folded: they hold the other spellings already, and some are another
 * place's ("Ras al-‘Ayn" of Rosh Ha‘Ayin is no "Ras al-Ain" of Syria's
 * Ra’s al ‘Ayn). */
static gboolean
light_keys_have_folded (LightKeys                  *lk,
                        const SitrepGazetteerPlace *place,
                        const char                 *folded)
{
  for (guint k = 0; k < 2; k++)
    {
      const char *name = k == 0 ? place->name : place->asciiname;

      if (name == NULL)
        continue;
      gboolean changed = FALSE;

      if (lk->folded[k] == NULL)
        lk->folded[k] = light_key (name, &changed);
      if (strcmp (lk->folded[k], folded) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether @key is the light key of a name of @place (the place @lk keys):
 * the keys made so far, then the names not yet keyed, one by one, until
 * one has it. */
static gboolean
light_keys_have (LightKeys                  *lk,
                 const SitrepGazetteerPlace *place,
                 const char                 *key)
{
  if (g_hash_table_contains (lk->keys, key))
    return TRUE;
  for (; lk->next < 0 || (place->names != NULL && place->names[lk->next] != NULL); )
    {
      gint k = lk->next++;
      const char *name = k == -2 ? place->name : k == -1 ? place->asciiname : place->names[k];
      char *own;
      gboolean same;

      /* "ISE" (Isparta), "ISU": an airport's code among the alternate
       * names is no spelling of the town. */
      if (name == NULL || (k >= 0 && is_code (name)))
        continue;
      own = _sitrep_suggest_light_key (name);
      same = strcmp (own, key) == 0;
      g_hash_table_add (lk->keys, own);
      if (same)
        return TRUE;
    }
  return FALSE;
}

/* Light keys by geonameid, made once per process for the places asked
 * about (a report names the same few hundred again and again). */
static GMutex light_lock;
static GHashTable *light_cache;

/* The keys of the surfaces asked last, by the surface's hash (under
 * light_lock): a name is asked of each of its candidates, and named again
 * and again. */
#define SURFACE_SLOTS 256
typedef struct
{
  char *surface;
  char *folded;  /* light_key () folding its words */
  char *plain;   /* _sitrep_suggest_light_key (), when not the same */
} SurfaceKeys;
static SurfaceKeys surface_keys[SURFACE_SLOTS];

static const SurfaceKeys *
surface_keys_of (const char *surface)
{
  SurfaceKeys *slot = &surface_keys[g_str_hash (surface) % SURFACE_SLOTS];
  gboolean changed = FALSE;

  if (slot->surface != NULL && strcmp (slot->surface, surface) == 0)
    return slot;
  g_free (slot->surface);
  g_free (slot->folded);
  g_free (slot->plain);
  slot->surface = g_strdup (surface);
  /* Folded first: most surfaces have no word to fold, and their key is
   * the plain one too. */
  slot->folded = light_key (surface, &changed);
  slot->plain = changed ? _sitrep_suggest_light_key (surface) : NULL;
  return slot;
}

gboolean
_sitrep_suggest_spelled_as (const char                 *surface,
                            const SitrepGazetteerPlace *place)
{
  const SurfaceKeys *keys;
  const char *folded, *key;
  LightKeys *lk;
  gboolean spelled;

  g_mutex_lock (&light_lock);
  keys = surface_keys_of (surface);
  folded = keys->folded;
  key = keys->plain != NULL ? keys->plain : keys->folded;
  if (*key == '\0')
    {
      g_mutex_unlock (&light_lock);
      return FALSE;
    }
  if (place->geonameid <= 0)
    {
      LightKeys own = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL), -2, { NULL, NULL } };

      spelled = light_keys_have (&own, place, key) || light_keys_have_folded (&own, place, folded);
      g_mutex_unlock (&light_lock);
      g_hash_table_unref (own.keys);
      g_free (own.folded[0]);
      g_free (own.folded[1]);
      return spelled;
    }
  if (light_cache == NULL)
    light_cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) light_keys_free);
  lk = g_hash_table_lookup (light_cache, &place->geonameid);
  if (lk == NULL)
    {
      gint64 *id = g_new (gint64, 1);

      *id = place->geonameid;
      lk = g_new (LightKeys, 1);
      lk->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      lk->next = -2;
      lk->folded[0] = lk->folded[1] = NULL;
      g_hash_table_insert (light_cache, id, lk);
    }
  spelled = light_keys_have (lk, place, key) || light_keys_have_folded (lk, place, folded);
  g_mutex_unlock (&light_lock);
  return spelled;
}

/* Whether @surface spells the name of @region (its governorate or
 * province, as the bundled data names it) as a reader would, not only
 * under the folded key ("Aden" is no spelling of Aydın province). */
gboolean
_sitrep_suggest_region_spelled_as (const char   *surface,
                                   const Region *region)
{
  g_autofree char *code = g_strdup_printf ("%s.%s", region->country, region->admin1_code);
  const char *name = g_hash_table_lookup (_sitrep_gazetteer_get_bundled ()->admin1, code);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (name == NULL)
    return FALSE;
  a = _sitrep_suggest_light_key (surface);
  b = _sitrep_suggest_light_key (name);
  return *a != '\0' && strcmp (a, b) == 0;
}


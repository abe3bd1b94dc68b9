/* sitrep-suggest-places-translit.c — an Arabic village name the bundled data holds only in Latin
 * letters (UCDP's localities: "Talmenes", "Masaran"), met by the consonants both spellings share
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-gazetteer-private.h"
#include "sitrep-normalize.h"
#include "sitrep-suggest-places-private.h"

/*
 * A Latin transliteration writes the consonants of an Arabic name and adds
 * vowels of its own (تلمنس: Talmenes, Tal Minis; معصران: Masaran, Maasran).
 * Both are read as their consonant skeleton: Arabic letters by the Latin
 * letters a transliteration gives them, the long vowels, "و", "ي", the ain,
 * hamza and the final ta marbuta dropped; the Latin name by its key
 * (sitrep-normalize.c: q → k, dh → z, the article dropped) without its
 * vowels, "w" and "y". A skeleton so short that many names share it says
 * nothing: only one of SKELETON_MIN letters or more is asked.
 */
#define SKELETON_MIN 4

/* The Latin letters of an Arabic consonant; "" for a letter a Latin
 * spelling writes as a vowel or not at all; NULL for no Arabic letter. */
static const char *
latin_of (gunichar c)
{
  switch (c)
    {
    case 0x0621: case 0x0622: case 0x0623: case 0x0624: case 0x0625: case 0x0626: case 0x0627:
    case 0x0629: case 0x0648: case 0x0649: case 0x064A: case 0x0639: case 0x0671:
      return "";
    case 0x0628: case 0x067E: return "b";
    case 0x062A: case 0x0637: return "t";
    case 0x062B: return "th";
    case 0x062C: return "j";
    case 0x062D: case 0x0647: return "h";
    case 0x062E: return "kh";
    case 0x062F: case 0x0636: return "d";
    case 0x0630: case 0x0632: case 0x0638: return "z";
    case 0x0631: return "r";
    case 0x0633: case 0x0635: return "s";
    case 0x0634: return "sh";
    case 0x063A: return "gh";
    case 0x0641: return "f";
    case 0x0642: case 0x0643: case 0x06A9: case 0x06AF: return "k";
    case 0x0644: return "l";
    case 0x0645: return "m";
    case 0x0646: return "n";
    default:
      /* Marks and tatweel are no letter of the name. */
      if ((c >= 0x064B && c <= 0x065F) || c == 0x0640)
        return "";
      return NULL;
    }
}

/* The skeleton of Arabic @text ("الدير الشرقي" → "drshrk": the words run
 * together, as a name glued into one word is written too, "معرشمارين" as
 * "Maar Shamarin"); NULL when a character is neither an Arabic letter nor
 * a space. */
char *
_sitrep_suggest_arabic_skeleton (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      const char *end = p;
      gunichar prev = 0;

      while (*end != '\0' && *end != ' ')
        end = g_utf8_next_char (end);
      /* The article: "ال" before a name of two letters or more. */
      if (_sitrep_suggest_has_prefix (p, "ال") && g_utf8_strlen (p, end - p) > 3)
        p += strlen ("ال");
      for (const char *q = p; q < end; q = g_utf8_next_char (q))
        {
          gunichar c = g_utf8_get_char (q);
          const char *letters = latin_of (c);

          if (letters == NULL)
            return NULL;
          /* A last "ه" is a ta marbuta written without its dots; a letter
           * written twice, one consonant. */
          if ((c == 0x0647 && g_utf8_next_char (q) == end && q > p) || c == prev)
            continue;
          g_string_append (out, letters);
          prev = c;
        }
      p = *end == ' ' ? end + 1 : end;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The skeleton of Latin name @name, from its key (where a doubled letter is
 * one already); NULL when it holds a letter no Arabic consonant gives (a
 * "g", a "p", a digit …). */
char *
_sitrep_suggest_latin_skeleton (const char *name)
{
  g_autofree char *key = sitrep_normalize_name (name);
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = key; *p != '\0'; p++)
    {
      if (*p == ' ')
        continue;
      if (strchr ("bdfhjklmnrstz", *p) != NULL)
        g_string_append_c (out, *p);
      /* Arabic writes a "g" as "ك" or "گ" ("شنكال" Shingal). */
      else if (*p == 'g')
        g_string_append_c (out, 'k');
      else if (strchr ("aeiouwy", *p) == NULL)
        return NULL;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Skeleton → the localities (GPtrArray of const Locality *) that have it. */
static gpointer
build_skeletons (gpointer data)
{
  GHashTable *by_skeleton = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                   (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, _sitrep_suggest_localities ());
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const Locality *locality = value;
      g_autofree char *skeleton = _sitrep_suggest_latin_skeleton (locality->name);
      GPtrArray *same;

      if (skeleton == NULL || strlen (skeleton) < SKELETON_MIN)
        continue;
      same = g_hash_table_lookup (by_skeleton, skeleton);
      if (same == NULL)
        {
          same = g_ptr_array_new ();
          g_hash_table_insert (by_skeleton, g_steal_pointer (&skeleton), same);
        }
      g_ptr_array_add (same, (gpointer) locality);
    }
  return by_skeleton;
}

/* How near a place the text is sure of a locality met by its skeleton must
 * lie: a report names the villages around the towns it names. */
#define SKELETON_NEAR_KM 60.0

/* The locality whose skeleton is @arabic's, nearest a place @run's text
 * is sure of (a town or a region) and within SKELETON_NEAR_KM of it, or
 * NULL. */
static const Locality *
skeleton_locality (SuggestRun *run,
                   const char *arabic)
{
  static GOnce once = G_ONCE_INIT;
  GHashTable *by_skeleton = g_once (&once, build_skeletons, NULL);
  g_autofree char *skeleton = _sitrep_suggest_arabic_skeleton (arabic);
  GPtrArray *same;
  const Locality *best = NULL;
  double best_km = SKELETON_NEAR_KM;

  if (skeleton == NULL || strlen (skeleton) < SKELETON_MIN ||
      (same = g_hash_table_lookup (by_skeleton, skeleton)) == NULL)
    return NULL;
  for (guint m = 0; m < same->len; m++)
    {
      const Locality *locality = same->pdata[m];

      for (guint k = 0; k < run->out->len; k++)
        {
          const SitrepSuggestion *o = run->out->pdata[k];
          double km;

          if (o->kind != SITREP_SUGGEST_PLACE || isnan (o->latitude) || o->doubtful ||
              (o->scope != SITREP_PLACE_SCOPE_PLACE && o->scope != SITREP_PLACE_SCOPE_REGION))
            continue;
          km = sitrep_gazetteer_distance_km (o->latitude, o->longitude, locality->latitude, locality->longitude);
          if (km <= best_km)
            {
              best = locality;
              best_km = km;
            }
        }
    }
  return best;
}

gboolean
_sitrep_suggest_out_place_at (SuggestRun *run,
                              gsize       byte)
{
  for (guint k = 0; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];

      if (o->kind == SITREP_SUGGEST_PLACE && o->byte_start <= byte && o->byte_end > byte)
        return TRUE;
    }
  return FALSE;
}

/* An Arabic word after "في" ("غارات في تلمنس") that is a locality's name in
 * Arabic letters, near the text's places, is proposed as that place. */
static void
after_in (SuggestRun *run)
{
  for (guint a = 0; a < run->n_arabic; a++)
    {
      guint i = run->arabic[a];
      const SuggestToken *t = tok (run, i);
      g_autofree char *word = NULL;
      g_autofree char *key = NULL;
      const Locality *locality;
      SitrepSuggestion *s;

      if (i == 0 || !_sitrep_suggest_tok_is (run, i - 1, "في") || tok (run, i - 1)->sentence != t->sentence)
        continue;
      /* The skeleton's look-up first: few words name a locality. */
      word = g_strndup (run->text + t->start, t->end - t->start);
      if ((locality = skeleton_locality (run, word)) == NULL || _sitrep_suggest_out_place_at (run, t->start))
        continue;
      key = sitrep_normalize_name (word);
      if (_sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PLACE, key))
        continue;
      s = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, i, i);
      _sitrep_suggest_pin_doubtful (run, s, locality->latitude, locality->longitude, locality->country, NULL);
    }
}

/* Arabic place names proposed unplaced from @from on ("بلدة معصران"), and
 * Arabic words after "في", that UCDP's coders name in Latin letters: placed
 * at the locality's district seat, doubtful, as a locality met by its
 * Latin name is. */
void
_sitrep_suggest_arabic_localities (SuggestRun *run,
                                   guint       from)
{
  if (run->n_arabic == 0)
    return;
  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      const Locality *locality;

      if (s->kind != SITREP_SUGGEST_PLACE || !isnan (s->latitude) || !(tok (run, _sitrep_suggest_token_holding (run, s->byte_start))->flags & TOK_ARABIC) ||
          (locality = skeleton_locality (run, s->text)) == NULL)
        continue;
      _sitrep_suggest_pin_doubtful (run, s, locality->latitude, locality->longitude, locality->country, NULL);
    }
  after_in (run);
}

/* ---------------------------------------------------------------- twin villages */

/* Words after a village's name that tell it from its twin nearby: big and
 * small, east and west, north and south, upper and lower ("Urum al-Kubra"
 * and "Urum al-Sughra", "Qastun al-Gharbi"). */
static const char * const twin_words[] = {
  "kubra", "kabira", "kabir", "kebir", "sughra", "soghra", "saghira", "saghir", "zghir",
  "sharqi", "sharqiya", "sharqiyah", "sharqiyyah", "gharbi", "gharbiya", "gharbiyah", "gharbiyyah",
  "shamali", "shamaliya", "shamaliyah", "janubi", "janubiya", "janubiyah", "wusta",
  "fawqani", "fouqani", "tahtani", "tahtan", NULL
};

typedef struct
{
  GHashTable *words;    /* the keys of twin_words */
  GHashTable *by_stem;  /* a locality's key without its twin word (or its key) → Locality */
} Twins;

/* The key @key without its last word when that is a twin word (a new
 * string), or NULL. */
static char *
twin_stem (GHashTable *words,
           const char *key)
{
  const char *space = strrchr (key, ' ');

  if (space == NULL || space == key || !g_hash_table_contains (words, space + 1))
    return NULL;
  return g_strndup (key, space - key);
}

static gpointer
build_twins (gpointer data)
{
  Twins *twins = g_new0 (Twins, 1);
  GHashTableIter iter;
  gpointer key, value;

  twins->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  twins->by_stem = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint m = 0; twin_words[m] != NULL; m++)
    g_hash_table_add (twins->words, sitrep_normalize_name (twin_words[m]));
  g_hash_table_iter_init (&iter, _sitrep_suggest_localities ());
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      char *stem = twin_stem (twins->words, key);

      if (stem == NULL)
        stem = g_strdup (key);
      /* The first keeps a stem ("Urum al-Kubra" for "Urum"). */
      if (!g_hash_table_contains (twins->by_stem, stem))
        g_hash_table_insert (twins->by_stem, stem, value);
      else
        g_free (stem);
    }
  return twins;
}

const Locality *
_sitrep_suggest_twin_locality (const char *key)
{
  static GOnce once = G_ONCE_INIT;
  Twins *twins = g_once (&once, build_twins, NULL);
  g_autofree char *stem = twin_stem (twins->words, key);

  return stem != NULL ? g_hash_table_lookup (twins->by_stem, stem) : NULL;
}

/* sitrep-suggest-airports.c — airfields placed where OurAirports has them, not at the town they are named after
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sitrep-normalize.h"
#include "sitrep-suggest-private.h"

/* The medium and large airports and air bases of the region (OurAirports):
 * build-aux/gen-airports.py. */
#define AIRPORTS_TSV "/org/sitrep/Sitrep/core/gazetteer/airports.tsv"

/* Words naming the kind of an airfield, left out of its key: "Qayyarah
 * Airfield West" and "Qayyarah West Airport" are one, and so are "Camp
 * Speicher" and "the Speicher base". */
static const char * const facility_words[] = {
  "airport", "international", "air", "base", "airbase", "airfield", "field", "afb", "army", "military",
  "airstrip", "aerodrome", "camp", "مطار", "قاعدة", "الجوية", "العسكري", "العسكرية", NULL
};

typedef struct
{
  char   *name;
  double  latitude;
  double  longitude;
} Airport;

static int
compare_words (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The key of an airfield's name: its normalised words but the kind's, in
 * order of the alphabet. @had: whether a word of the kind was there. */
static char *
facility_key (const char *name,
              gboolean   *had)
{
  g_auto(GStrv) words = g_strsplit_set (name, " /", -1);
  g_autoptr(GString) rest = g_string_new (NULL);
  g_autofree char *key = NULL;
  g_auto(GStrv) parts = NULL;

  *had = FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *w = g_utf8_strdown (words[i], -1);

      g_strchomp (g_strdelimit (w, ",.;:()", ' '));
      if (*w == '\0')
        continue;
      if (g_strv_contains (facility_words, w))
        {
          *had = TRUE;
          continue;
        }
      if (rest->len > 0)
        g_string_append_c (rest, ' ');
      g_string_append (rest, words[i]);
    }
  key = sitrep_normalize_name (rest->str);
  parts = g_strsplit (key, " ", -1);
  qsort (parts, g_strv_length (parts), sizeof (char *), compare_words);
  return g_strjoinv (" ", parts);
}

static gpointer
load_airports (gpointer data)
{
  GHashTable *by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (AIRPORTS_TSV, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_auto(GStrv) lines = NULL;

  if (bytes == NULL)
    return by_key;
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], "\t", 4);
      g_autofree char *names = NULL;
      g_auto(GStrv) each = NULL;
      Airport *airport;

      if (g_strv_length (f) < 3)
        continue;
      /* Kept for the process's life, as the waters are. */
      airport = g_new0 (Airport, 1);
      airport->name = g_strdup (f[0]);
      airport->latitude = g_ascii_strtod (f[1], NULL);
      airport->longitude = g_ascii_strtod (f[2], NULL);
      names = f[3] != NULL && *f[3] != '\0' ? g_strconcat (f[0], "|", f[3], NULL) : g_strdup (f[0]);
      each = g_strsplit (names, "|", -1);
      for (guint m = 0; each[m] != NULL; m++)
        {
          gboolean had;
          char *key = facility_key (each[m], &had);

          /* The first (a larger airport) keeps a key. */
          if (*key != '\0' && !g_hash_table_contains (by_key, key))
            g_hash_table_insert (by_key, key, airport);
          else
            g_free (key);
        }
    }
  return by_key;
}

/* Whether the bytes of a place or the word after it may name an airfield
 * ("… Air Base", "… airport", "… base", "Camp …", "مطار …"): a look before
 * any key is made. */
static gboolean
may_be_airfield (SuggestRun             *run,
                 const SitrepSuggestion *s)
{
  const char *after = run->text + s->byte_end;
  char next = after[0] == ' ' ? after[1] | 0x20 : 0;

  /* The next word's first letter before any compare. */
  if ((next == 'a' && (after[2] | 0x20) == 'i' && _sitrep_suggest_ascii_caseeq (after + 1, "air", 3)) ||
      (next == 'b' && _sitrep_suggest_ascii_caseeq (after + 1, "base", 4) && !g_ascii_isalpha (after[5])) ||
      (next == 'm' && _sitrep_suggest_ascii_caseeq (after + 1, "military air", 12)) ||
      (next == 'i' && _sitrep_suggest_ascii_caseeq (after + 1, "international air", 17)))
    return TRUE;
  /* Each byte tested against the three first letters before any compare. */
  for (const char *p = s->text; *p != '\0'; p++)
    {
      char c = *p | 0x20;

      /* Two letters before a compare: many names have an "a", few an "ai". */
      if ((c == 'a' && (p[1] | 0x20) == 'i' && _sitrep_suggest_ascii_caseeq (p, "air", 3)) || (c == 'c' && _sitrep_suggest_ascii_caseeq (p, "camp ", 5)) ||
          (c == 'b' && p > s->text && p[-1] == ' ' && g_ascii_strcasecmp (p, "base") == 0) ||
          ((guchar) *p == 0xd9 && strncmp (p, "مطار", strlen ("مطار")) == 0))
        return TRUE;
    }
  return FALSE;
}

/* Airfields placed where OurAirports has them, not at the town they are
 * named after: the place proposed grows over the kind's words after it
 * ("Al Asad" and "Air Base") and loses words before the name ("Troops at
 * Qayyarah Airfield West"). One pass over the place suggestions from
 * @from on; keys are made only for those may_be_airfield() lets through. */
void
_sitrep_suggest_airports (SuggestRun *run,
                          guint       from)
{
  static GOnce once = G_ONCE_INIT;
  guint n = run->tokens->len;

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      guint first, last;
      const Airport *airport = NULL;

      if (s->kind != SITREP_SUGGEST_PLACE || s->byte_end == 0 || s->entity_id != 0 || s->score >= 0.95 ||
          !may_be_airfield (run, s))
        continue;
      g_once (&once, load_airports, NULL);
      first = _sitrep_suggest_token_holding (run, s->byte_start);
      last = _sitrep_suggest_token_holding (run, s->byte_end - 1);
      /* A weak guess grows ("Al Asad", a village in Israel, and "Air
       * Base"); a town placed with confidence keeps its name ("near Deir
       * ez-Zor airport" names the city, as coders mark it). */
      for (guint m = 0; m < 3 && (isnan (s->latitude) || s->doubtful) && last + 1 < n &&
                        tok (run, last + 1)->sentence == tok (run, last)->sentence &&
                        (tok (run, last + 1)->flags & TOK_WORD) && _sitrep_suggest_tok_in (run, last + 1, facility_words);
           m++)
        last++;
      /* From the whole span, then without its first words. */
      for (guint f = first; f <= last && f < first + 4 && airport == NULL; f++)
        {
          g_autofree char *name = g_strndup (run->text + tok (run, f)->start, tok (run, last)->end - tok (run, f)->start);
          gboolean had;
          g_autofree char *key = facility_key (name, &had);

          /* "Camp Speicher": a camp's name says a base without the kind's words. */
          if ((had || _sitrep_suggest_ascii_caseeq (name, "camp ", 5)) && *key != '\0' &&
              (airport = g_hash_table_lookup (once.retval, key)) != NULL)
            first = f;
        }
      if (airport == NULL)
        continue;
      /* "at Qayyarah Airfield West": no lower-case word opens the name but
       * an article ("al-Asad airbase"). */
      while (first < last && !(tok (run, first)->flags & TOK_CAP) &&
             !(_sitrep_suggest_is_article (run, first) && (tok (run, first + 1)->flags & TOK_HYPHEN) &&
               tok (run, first + 1)->space_before == 0))
        first++;
      s->byte_start = tok (run, first)->start;
      s->start = tok (run, first)->cp_start;
      s->byte_end = tok (run, last)->end;
      s->end = tok (run, last)->cp_end;
      s->text = _sitrep_suggest_strndup (run, run->text + s->byte_start, s->byte_end - s->byte_start);
      s->latitude = airport->latitude;
      s->longitude = airport->longitude;
      s->geonameid = 0;
      s->country = NULL;
      s->admin1 = NULL;
      s->doubtful = FALSE;
      s->scope = SITREP_PLACE_SCOPE_PLACE;
      s->population = 0;
      s->score = 0.7;
      s->entity_name = _sitrep_suggest_strdup (run, airport->name);
    }
}

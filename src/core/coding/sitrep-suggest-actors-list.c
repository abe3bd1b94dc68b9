/* sitrep-suggest-actors-list.c — the bundled actor list (data/actors/actors.tsv, written by
 * build-aux/gen-actors.py): its names and aliases as keys, and where a match of it is none
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-gazetteer-private.h"
#include "sitrep-normalize.h"
#include "sitrep-suggest-private.h"

#define ACTORS_TSV "/org/sitrep/Sitrep/core/actors/actors.tsv"

void
_sitrep_known_name_free (gpointer data)
{
  KnownName *name = data;

  g_free (name->name);
  g_free (name->kind);
  g_free (name->actor_type);
  g_free (name->written);
  g_free (name);
}

/* An acronym ("IS", "SDF") is only itself written in capitals: "Is" at the
 * start of a question is not the Islamic State. */
static gboolean
is_acronym (const char *alias)
{
  gsize len = strlen (alias);

  if (len == 0 || len > 6)
    return FALSE;
  for (const char *p = alias; *p != '\0'; p++)
    {
      if (!g_ascii_isupper (*p) && *p != '-')
        return FALSE;
    }
  return TRUE;
}

char *
_sitrep_suggest_name_key (const char *alias)
{
  return is_acronym (alias) ? g_strconcat ("=", alias, NULL) : sitrep_normalize_name (alias);
}

/* Inserts @key (taken) for @canonical unless a name has it already. */
static void
insert_name (GHashTable *names,
             char       *key,
             const char *alias,
             const char *canonical,
             const char *actor_type)
{
  KnownName *name;

  if (*key == '\0' || g_hash_table_contains (names, key))
    {
      g_free (key);
      return;
    }
  name = g_new0 (KnownName, 1);
  name->name = g_strdup (canonical);
  name->kind = g_strdup ("actor");
  name->actor_type = g_strdup (actor_type);
  name->written = g_strdup (alias);
  g_hash_table_insert (names, key, name);
}

static gboolean
is_key_consonant (char c)
{
  return c >= 'b' && c <= 'z' && c != 'e' && c != 'i' && c != 'o' && c != 'u';
}

/* Transliterations of a name of several words differ by one vowel between
 * two consonants ("Hashd", "Hashed", "Hashid al-Shaabi"): the key (where
 * every vowel run is "a", see sitrep-normalize.c) with one "a" put between
 * two consonants of a word, or one "a" between two consonants taken out,
 * also names it. One word alone is left as it is: one vowel more or less
 * makes another word of many short names. */
static void
add_vowel_variants (GHashTable *names,
                    const char *key,
                    const char *alias,
                    const char *canonical,
                    const char *actor_type)
{
  gsize len = strlen (key);

  if (strchr (key, ' ') == NULL)
    return;
  for (gsize p = 0; p + 1 < len; p++)
    {
      if (is_key_consonant (key[p]) && is_key_consonant (key[p + 1]) && key[p] != key[p + 1])
        insert_name (names, g_strdup_printf ("%.*sa%s", (int) (p + 1), key, key + p + 1), alias, canonical, actor_type);
      else if (p > 0 && key[p] == 'a' && is_key_consonant (key[p - 1]) && is_key_consonant (key[p + 1]) &&
               key[p - 1] != key[p + 1])
        insert_name (names, g_strdup_printf ("%.*s%s", (int) p, key, key + p + 1), alias, canonical, actor_type);
    }
}

/* The key of @alias (@variants FALSE), or its vowel variants (TRUE: after
 * every name's own key, which a variant never takes). */
static void
add_name (GHashTable *names,
          const char *alias,
          const char *canonical,
          const char *actor_type,
          gboolean    variants)
{
  char *key = _sitrep_suggest_name_key (alias);

  if (!variants)
    {
      insert_name (names, key, alias, canonical, actor_type);
      return;
    }
  if (*key != '=')
    add_vowel_variants (names, key, alias, canonical, actor_type);
  g_free (key);
}

/* The bundled list: UCDP GED's actor names with common forms (see
 * build-aux/gen-actors.py). Names the project already has are kept. */
void
_sitrep_suggest_add_bundled_actors (GHashTable *names)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (ACTORS_TSV, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_auto(GStrv) lines = NULL;

  if (bytes == NULL)
    return;
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_auto(GStrv) fields = NULL;

          if (lines[i][0] == '#' || lines[i][0] == '\0')
            continue;
          fields = g_strsplit (lines[i], "\t", 3);
          if (g_strv_length (fields) < 2)
            continue;
          add_name (names, fields[0], fields[0], fields[1], pass == 1);
          if (fields[2] != NULL && *fields[2] != '\0')
            {
              g_auto(GStrv) aliases = g_strsplit (fields[2], "|", -1);

              for (guint a = 0; aliases[a] != NULL; a++)
                add_name (names, aliases[a], fields[0], fields[1], pass == 1);
            }
        }
    }
}

/* A name of the bundled list whose key is a place's the gazetteer knows
 * ("Alsumaria" and Samarra, "Al Mayadeen" and Al-Mayadin fold alike) is the
 * place, unless the text writes the list's own name; one word that only
 * folds as a listed word is none. The project's names are the project's. */
gboolean
_sitrep_suggest_bundled_not_here (SuggestRun      *run,
                                  const KnownName *name,
                                  guint            first,
                                  guint            last,
                                  const char      *key)
{
  const char *text = run->text + tok (run, first)->start;
  gsize len = tok (run, last)->end - tok (run, first)->start;
  gboolean capitals = TRUE;

  /* An acronym ("IS", "SDF") is matched as written: no place's. */
  for (gsize k = 0; k < len && capitals; k++)
    capitals = g_ascii_isupper (text[k]);
  if (name->entity_id != 0 || capitals)
    return FALSE;
  /* One word the key folds loosely: "Photo" is no "Fatah". A word of the
   * list is written with its first letter. */
  if (first == last && name->written != NULL)
    {
      /* "al-Bakkara", "al-Qaida": the article is a token of its own. */
      const char *w = name->written;

      if (g_ascii_strncasecmp (w, "al-", 3) == 0 || g_ascii_strncasecmp (w, "el-", 3) == 0)
        w += 3;
      if (g_ascii_tolower (*text) != g_ascii_tolower (*w))
        return TRUE;
    }
  if (!g_hash_table_contains (_sitrep_gazetteer_get_bundled ()->by_key, key))
    return FALSE;
  return strlen (name->name) != len || g_ascii_strncasecmp (name->name, text, len) != 0;
}

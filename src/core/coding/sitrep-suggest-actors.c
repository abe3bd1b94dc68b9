/* sitrep-suggest-actors.c — proposing actors (the project's, the bundled list's, "Syrian forces") and persons (ranks, titles, kunyas)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-normalize.h"
#include "sitrep-suggest-private.h"

#define ACTORS_TSV "/org/sitrep/Sitrep/core/actors/actors.tsv"
/* Longest name, in tokens (words, hyphens, joining words), looked for. */
#define MAX_NAME_TOKENS 9

void
_sitrep_known_name_free (gpointer data)
{
  KnownName *name = data;

  g_free (name->name);
  g_free (name->kind);
  g_free (name->actor_type);
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

static void
add_name (GHashTable *names,
          const char *alias,
          const char *canonical,
          const char *actor_type)
{
  KnownName *name;
  char *key;

  if (is_acronym (alias))
    key = g_strconcat ("=", alias, NULL);
  else
    key = sitrep_normalize_name (alias);
  if (*key == '\0' || g_hash_table_contains (names, key))
    {
      g_free (key);
      return;
    }
  name = g_new0 (KnownName, 1);
  name->name = g_strdup (canonical);
  name->kind = g_strdup ("actor");
  name->actor_type = g_strdup (actor_type);
  g_hash_table_insert (names, key, name);
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
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 3);
      if (g_strv_length (fields) < 2)
        continue;
      add_name (names, fields[0], fields[0], fields[1]);
      if (fields[2] != NULL && *fields[2] != '\0')
        {
          g_auto(GStrv) aliases = g_strsplit (fields[2], "|", -1);

          for (guint a = 0; aliases[a] != NULL; a++)
            add_name (names, aliases[a], fields[0], fields[1]);
        }
    }
}

/* Small words that may stand inside a name: "Government of Syria",
 * "Syrian Observatory for Human Rights", "Deir ez-Zor". */
static const char * const joining_words[] = {
  "of", "for", "the", "and", "al", "el", "ez", "az", "as", "ad", "ash", "an", "ar", "at",
  "bin", "ibn", "de", "in", NULL
};

static gboolean
same_sentence (SuggestRun *run,
               guint       a,
               guint       b)
{
  return tok (run, a)->sentence == tok (run, b)->sentence;
}

/* Whether token @i may continue a name begun before it. */
static gboolean
continues_name (SuggestRun *run,
                guint       i)
{
  const SuggestToken *t = tok (run, i);

  if (t->flags & TOK_WORD)
    return TRUE;
  /* "al-Sham", "U.S.", "Hay'at": marks glued to the words around them. */
  if ((t->flags & TOK_PUNCT) && t->space_before == 0 && i + 1 < run->tokens->len &&
      tok (run, i + 1)->space_before == 0 &&
      ((t->flags & TOK_HYPHEN) || run->text[t->start] == '.' || run->text[t->start] == '\''))
    return TRUE;
  return FALSE;
}

static KnownName *
lookup_name (SuggestRun *run,
             guint       first,
             guint       last)
{
  const SuggestToken *t = tok (run, first);
  g_autofree char *key = NULL;

  if (first == last && (t->flags & TOK_WORD))
    {
      char buf[16];
      gsize len = t->end - t->start;
      KnownName *name;

      if (len < sizeof buf - 1)
        {
          buf[0] = '=';
          memcpy (buf + 1, run->text + t->start, len);
          buf[len + 1] = '\0';
          name = g_hash_table_lookup (run->names, buf);
          if (name != NULL)
            return name;
        }
    }
  key = _sitrep_suggest_span_key (run, first, last);
  if (*key == '\0')
    return NULL;
  return g_hash_table_lookup (run->names, key);
}

static const char * const force_nouns[] = {
  "forces", "force", "army", "military", "troops", "soldiers", "militia", "militias",
  "militants", "fighters", "rebels", "authorities", "government", "regime", "police",
  "warplanes", "jets", "aircraft", "air", "navy", "gunmen", "insurgents", "units",
  "battalions", "brigades", "groups", "tribes", "officials", "jihadists", "artillery",
  "dictatorship", NULL
};

/* The longest known name starting at @i; its last token in @last. */
static KnownName *
known_name_at (SuggestRun *run,
               guint       i,
               guint      *last)
{
  guint n = run->tokens->len;
  guint ends[MAX_NAME_TOKENS];
  guint n_ends = 0;

  /* Where a name starting here could end: after a word, before a break. */
  for (guint j = i; j < n && j < i + MAX_NAME_TOKENS && same_sentence (run, i, j); j++)
    {
      const SuggestToken *t = tok (run, j);

      if (j > i && !continues_name (run, j))
        break;
      if (!(t->flags & TOK_WORD))
        continue;
      /* A lower-case word ends the name, a force's noun as its last word
       * ("Syrian army", "Kurdish forces"). */
      if (j > i && !(t->flags & TOK_CAP) && !_sitrep_suggest_tok_in (run, j, joining_words))
        {
          if (_sitrep_suggest_tok_in (run, j, force_nouns))
            ends[n_ends++] = j;
          break;
        }
      ends[n_ends++] = j;
    }
  for (guint e = n_ends; e > 0; e--)
    {
      KnownName *name = lookup_name (run, i, ends[e - 1]);

      if (name != NULL)
        {
          *last = ends[e - 1];
          return name;
        }
    }
  return NULL;
}

static const char * const nationalities[] = {
  "syrian", "russian", "iraqi", "turkish", "kurdish", "iranian", "american", "israeli",
  "lebanese", "jordanian", "british", "french", "coalition", "government", "regime",
  "pro-government", "opposition", "rebel", "tribal", "local", "arab", "sunni", "shia",
  "shiite", "afghan", "pakistani", "saudi", "emirati", "qatari", "u.s", "us", "assyrian",
  "yazidi", "egyptian", "palestinian", "asad", "assad", NULL
};


/* "Syrian forces", "Russian-backed groups of local fighters", "local militias". */
static gboolean
generic_force (SuggestRun *run,
               guint       i,
               guint      *last)
{
  guint n = run->tokens->len;
  guint j = i + 1;

  if (!_sitrep_suggest_tok_in (run, i, nationalities))
    return FALSE;
  /* "Russian-backed", "Turkish-backed", "US-led". */
  if (j + 1 < n && (tok (run, j)->flags & TOK_HYPHEN) &&
      (_sitrep_suggest_tok_is (run, j + 1, "backed") || _sitrep_suggest_tok_is (run, j + 1, "led")))
    j += 2;
  for (guint k = j; k < n && k < j + 4 && same_sentence (run, i, k); k++)
    {
      if (!(tok (run, k)->flags & TOK_WORD))
        return FALSE;
      if (_sitrep_suggest_tok_in (run, k, force_nouns))
        {
          /* "groups of local fighters" */
          if (k + 3 < n && _sitrep_suggest_tok_is (run, k + 1, "of") &&
              _sitrep_suggest_tok_in (run, k + 3, force_nouns))
            k += 3;
          else if (k + 2 < n && _sitrep_suggest_tok_is (run, k + 1, "of") &&
                   _sitrep_suggest_tok_in (run, k + 2, force_nouns))
            k += 2;
          *last = k;
          return TRUE;
        }
      if (k > j && !(tok (run, k)->flags & TOK_CAP))
        return FALSE;
    }
  return FALSE;
}

static const char * const titles[] = {
  "president", "minister", "general", "gen", "major", "maj", "brigadier", "brig", "lieutenant",
  "lt", "colonel", "col", "captain", "capt", "sergeant", "sgt", "commander", "spokesman",
  "spokeswoman", "spokesperson", "secretary", "ambassador", "admiral", "rear", "sheikh",
  "shaykh", "dr", "mr", "mrs", "ms", "leader", "chief", "emir", "amir", "deputy", "envoy",
  "senator", "king", "prince", "governor", "mayor", "imam", "director", "advisor", "adviser",
  "representative", "cpl", "corporal", "pvt", "private", "specialist", "spc", "staff", "first",
  "class", "officer", "operator", "chairman", "head", "marshal", "mullah", "mufti", NULL
};

static gboolean
is_title (SuggestRun *run,
          guint       i)
{
  return (tok (run, i)->flags & TOK_WORD) && _sitrep_suggest_tok_in (run, i, titles);
}

static const char * const name_particles[] = {
  "al", "el", "bin", "ibn", "abu", "umm", "abd", "abdul", "de", "van", "von", "ad", "as", "ash",
  "az", "ar", NULL
};

/* Capitalised words (and particles: "al-", "bin") from @i on, at most
 * @max of them; the last capitalised one in @last. */
static guint
name_words (SuggestRun *run,
            guint       i,
            guint       max,
            guint      *last)
{
  guint n = run->tokens->len;
  guint count = 0;

  for (guint j = i; j < n && count < max && same_sentence (run, i, j); j++)
    {
      const SuggestToken *t = tok (run, j);

      if ((t->flags & TOK_HYPHEN) && t->space_before == 0 && j > i)
        continue;
      if (!(t->flags & TOK_WORD) || (t->space_before > 1 && j > i))
        break;
      if (j > i && (t->flags & TOK_CAP) && is_title (run, j))
        break;
      if (t->flags & TOK_CAP)
        {
          count++;
          *last = j;
        }
      else if (!_sitrep_suggest_tok_in (run, j, name_particles))
        break;
    }
  return count;
}

/* "Major General Oleg Yegorov", "commander Abu Khaled", "Abu Abdul Rahman al-Iraqi". */
static gboolean
person_at (SuggestRun *run,
           guint       i,
           guint      *first,
           guint      *last)
{
  guint n = run->tokens->len;
  guint j = i;

  if (_sitrep_suggest_tok_is (run, i, "abu") || _sitrep_suggest_tok_is (run, i, "umm"))
    {
      if ((tok (run, i)->flags & TOK_CAP) && name_words (run, i, 5, last) >= 2)
        {
          *first = i;
          return TRUE;
        }
      return FALSE;
    }
  if (!is_title (run, i))
    return FALSE;
  /* Every title word, with the full stops of "Maj. Gen.". */
  while (j < n && (is_title (run, j) || (tok (run, j)->flags & TOK_PUNCT && run->text[tok (run, j)->start] == '.')))
    j++;
  if (j >= n || !(tok (run, j)->flags & TOK_CAP) || !(tok (run, j)->flags & TOK_WORD) ||
      !same_sentence (run, i, j))
    return FALSE;
  if (name_words (run, j, 4, last) == 0)
    return FALSE;
  /* One capitalised word after "President" may be a country ("President Obama" is
   * a person, "the Syrian President" is not followed by one). */
  *first = j;
  return TRUE;
}

void
_sitrep_suggest_actors (SuggestRun *run)
{
  guint n = run->tokens->len;

  for (guint i = 0; i < n; i++)
    {
      const SuggestToken *t = tok (run, i);
      KnownName *name;
      guint first = i, last = i;

      if (!(t->flags & TOK_WORD))
        continue;
      if ((i & 0x3ff) == 0 && g_cancellable_is_cancelled (run->cancellable))
        return;

      if (person_at (run, i, &first, &last))
        {
          SitrepSuggestion *s;
          g_autofree char *key = _sitrep_suggest_span_key (run, first, last);
          KnownName *known = g_hash_table_lookup (run->names, key);

          if (!_sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PERSON, key))
            {
              s = _sitrep_suggest_add (run, SITREP_SUGGEST_PERSON, first, last);
              s->score = 0.7;
              if (known != NULL && g_strcmp0 (known->kind, "person") == 0)
                s->entity_id = known->entity_id;
              s->entity_name = g_strdup (known != NULL ? known->name : s->text);
            }
          i = last;
          continue;
        }

      if (!(t->flags & TOK_CAP))
        continue;
      name = known_name_at (run, i, &last);
      if (name == NULL && generic_force (run, i, &last))
        {
          g_autofree char *key = _sitrep_suggest_span_key (run, i, last);
          SitrepSuggestion *s;

          if (_sitrep_suggest_is_rejected (run, SITREP_SUGGEST_ACTOR, key))
            continue;
          s = _sitrep_suggest_add (run, SITREP_SUGGEST_ACTOR, i, last);
          s->score = 0.6;
          s->entity_name = g_strdup (s->text);
          i = last;
          continue;
        }
      if (name != NULL && g_strcmp0 (name->kind, "place") != 0)
        {
          g_autofree char *key = _sitrep_suggest_span_key (run, i, last);
          SitrepSuggestKind kind = g_strcmp0 (name->kind, "person") == 0 ?
                                   SITREP_SUGGEST_PERSON : SITREP_SUGGEST_ACTOR;
          SitrepSuggestion *s;

          if (_sitrep_suggest_is_rejected (run, kind, key))
            continue;
          s = _sitrep_suggest_add (run, kind, i, last);
          s->score = name->entity_id != 0 ? 0.9 : 0.8;
          s->entity_id = name->entity_id;
          s->entity_name = g_strdup (name->name);
          s->actor_type = g_strdup (name->actor_type);
          i = last;
        }
    }
}

/* sitrep-suggest-places.c — proposing places: gazetteer names in any spelling, resolved in context, and place phrases the gazetteer lacks
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-gazetteer-private.h"
#include "sitrep-normalize.h"
#include "sitrep-suggest-private.h"

/* Longest place name looked for, in tokens (words and hyphens). */
#define MAX_PLACE_TOKENS 7
/* A long article is resolved against the text around each name, not all of it. */
#define CONTEXT_WINDOW 4096
/* The gazetteer reads runs of up to this many words as names. */
#define MAX_CONTEXT_WORDS 4
/* Two candidates this close in score and this far apart: the name is doubtful. */
#define CLOSE_SCORE 0.03
#define FAR_APART_KM 50.0

/* The first word of every bundled name's key: most capitalised words are
 * not the start of any place name, and need no longer key built. */
static gpointer
build_first_words (gpointer data)
{
  Bundled *bundled = _sitrep_gazetteer_get_bundled ();
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  const char *key;

  g_hash_table_iter_init (&iter, bundled->by_key);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    {
      const char *space = strchr (key, ' ');

      g_hash_table_add (set, space != NULL ? g_strndup (key, space - key) : g_strdup (key));
    }
  return set;
}

static GHashTable *
first_words (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, build_first_words, NULL);
  return once.retval;
}

/* Words before a name that say a place follows. */
static const char * const place_cues[] = {
  "in", "near", "at", "from", "to", "outside", "around", "into", "of", "toward", "towards",
  "village", "town", "city", "district", "province", "governorate", "between", "and", NULL
};

static gboolean
has_place_cue (SuggestRun *run,
               guint       i)
{
  return i > 0 && (tok (run, i - 1)->flags & TOK_WORD) && _sitrep_suggest_tok_in (run, i - 1, place_cues);
}

static gboolean
is_lower_common (SuggestRun *run,
                 guint       i)
{
  const SuggestToken *t = tok (run, i);
  char buf[32];
  gsize len = t->end - t->start;

  if (len >= sizeof buf)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    buf[k] = g_ascii_tolower (run->text[t->start + k]);
  buf[len] = '\0';
  return _sitrep_suggest_is_common_word (buf);
}

static const char * const directions[] = {
  "east", "west", "north", "south", "eastern", "western", "northern", "southern", "central",
  "upper", "lower", "greater", "old", "new", "northeast", "northwest", "southeast", "southwest", NULL
};

static gboolean
is_all_caps (SuggestRun *run,
             guint       i)
{
  const SuggestToken *t = tok (run, i);

  if (t->end - t->start < 2)
    return FALSE;
  for (guint k = t->start; k < t->end; k++)
    {
      if (!g_ascii_isupper (run->text[k]))
        return FALSE;
    }
  return TRUE;
}

static gboolean
known_place_key (SuggestRun *run,
                 const char *key,
                 KnownName **entity)
{
  KnownName *name = g_hash_table_lookup (run->names, key);

  *entity = NULL;
  if (name != NULL && g_strcmp0 (name->kind, "place") == 0)
    {
      *entity = name;
      return TRUE;
    }
  return g_hash_table_contains (_sitrep_gazetteer_get_bundled ()->by_key, key) ||
         g_hash_table_contains (run->place_keys, key) ||
         g_hash_table_contains (run->learned, key);
}

/* The longest place name starting at @i (capitalised words, with articles
 * and hyphens between them: "Deir ez-Zor", "Jabal Al Zawiya"). */
static char *
place_at (SuggestRun  *run,
          guint        i,
          guint       *last,
          KnownName  **entity)
{
  guint n = run->tokens->len;
  guint ends[MAX_PLACE_TOKENS];
  guint n_ends = 0;
  guint first_word = i;
  gboolean any_project = g_hash_table_size (run->place_keys) > 0 || g_hash_table_size (run->learned) > 0;

  while (first_word < n && _sitrep_suggest_is_article (run, first_word) && first_word < i + 2)
    first_word++;
  if (first_word >= n || !(tok (run, first_word)->flags & TOK_WORD))
    return NULL;
  if (!any_project && !(tok (run, first_word)->flags & TOK_ARABIC) &&
      !g_hash_table_contains (first_words (), _sitrep_suggest_tok_key (run, first_word)))
    return NULL;

  for (guint j = i; j < n && j < i + MAX_PLACE_TOKENS; j++)
    {
      const SuggestToken *t = tok (run, j);

      if (j > i && t->sentence != tok (run, i)->sentence)
        break;
      if (t->flags & TOK_HYPHEN)
        {
          if (t->space_before > 0 || j + 1 >= n || tok (run, j + 1)->space_before > 0)
            break;
          continue;
        }
      if (!(t->flags & TOK_WORD) || (j > i && t->space_before > 1))
        break;
      if (!(t->flags & TOK_CAP) && !_sitrep_suggest_is_article (run, j))
        break;
      if (j >= first_word && !_sitrep_suggest_is_article (run, j))
        ends[n_ends++] = j;
    }
  for (guint e = n_ends; e > 0; e--)
    {
      char *key = _sitrep_suggest_span_key (run, i, ends[e - 1]);

      if (*key != '\0' && known_place_key (run, key, entity))
        {
          *last = ends[e - 1];
          return key;
        }
      g_free (key);
    }
  return NULL;
}

/* ---------------------------------------------------------------- context */

/* Where the gazetteer's reading of a text breaks a run of words: these
 * marks, a new paragraph, and a number with a separator in it. */
static gboolean
breaks_run (SuggestRun *run,
            guint       j)
{
  const SuggestToken *t = tok (run, j);

  if (j > 0 && t->paragraph != tok (run, j - 1)->paragraph)
    return TRUE;
  if (t->flags & TOK_NUMBER)
    return memchr (run->text + t->start, ',', t->end - t->start) != NULL ||
           memchr (run->text + t->start, '.', t->end - t->start) != NULL;
  if (t->flags & TOK_PUNCT)
    {
      gunichar c = g_utf8_get_char (run->text + t->start);

      return c == '.' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' ||
             c == 0x201C || c == 0x201D || c == 0x060C;
    }
  return FALSE;
}

static gboolean
is_context_stop_word (SuggestRun *run,
                      guint       i)
{
  const SuggestToken *t = tok (run, i);
  char buf[32];
  gsize len = t->end - t->start;

  if (len >= sizeof buf)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    buf[k] = g_ascii_tolower (run->text[t->start + k]);
  buf[len] = '\0';
  return _sitrep_gazetteer_is_stop_word (buf);
}

/* The key of the words @gram[0 … n-1], as sitrep_normalize_name() gives
 * for their text: token keys (already cached) joined, articles left out of
 * a name of more than one word. */
static void
gram_key (SuggestRun  *run,
          const guint *gram,
          guint        n,
          GString     *key)
{
  g_string_truncate (key, 0);
  for (guint k = 0; k < n; k++)
    {
      const char *part;

      if (n > 1 && _sitrep_suggest_is_article (run, gram[k]))
        continue;
      part = _sitrep_suggest_tok_key (run, gram[k]);
      if (*part == '\0')
        continue;
      if (key->len > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, part);
    }
}

/* The gazetteer's context of tokens @from … @to - 1, read from the
 * suggester's tokens and keys rather than from the text again: runs of up
 * to four words from a capitalised one to a capitalised one. */
static GazetteerContext *
read_context (SuggestRun *run,
              guint       from,
              guint       to)
{
  GazetteerContext *context = _sitrep_gazetteer_context_new ();
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = from; i < to; i++)
    {
      guint gram[MAX_CONTEXT_WORDS];
      guint n = 0;

      if (!(tok (run, i)->flags & TOK_CAP))
        continue;
      for (guint j = i; j < to && n < MAX_CONTEXT_WORDS; j++)
        {
          const SuggestToken *t = tok (run, j);

          if (j > i && breaks_run (run, j))
            break;
          if (!(t->flags & (TOK_WORD | TOK_NUMBER)))
            continue;
          gram[n++] = j;
          if (!(t->flags & TOK_CAP) || (n == 1 && is_context_stop_word (run, j)))
            continue;
          gram_key (run, gram, n, key);
          _sitrep_gazetteer_context_add (run->gazetteer, context, key->str);
        }
    }
  return context;
}

/* The first token starting at or after byte @at. */
static guint
token_at (SuggestRun *run,
          gsize       at)
{
  guint lo = 0, hi = run->tokens->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (tok (run, mid)->start < at)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* What the text around byte @at names. A long text is read in stretches
 * of CONTEXT_WINDOW bytes: a place is ranked against its own stretch and
 * one either side, read once for all the places of the stretch; a short
 * text is read once, whole. */
static GazetteerContext *
context_at (SuggestRun *run,
            gsize       at)
{
  gsize chunk = run->text_len > 3 * CONTEXT_WINDOW ? at / CONTEXT_WINDOW + 1 : 0;

  if (run->context == NULL || run->context_chunk != chunk)
    {
      guint from = 0, to = run->tokens->len;

      g_clear_pointer (&run->context, _sitrep_gazetteer_context_free);
      if (chunk > 0)
        {
          from = token_at (run, chunk >= 2 ? (chunk - 2) * CONTEXT_WINDOW : 0);
          to = token_at (run, (chunk + 1) * CONTEXT_WINDOW);
        }
      run->context = read_context (run, from, to);
      run->context_chunk = chunk;
    }
  return run->context;
}

/* Where @key (read as @surface) is, in the text around it. */
static void
resolve (SuggestRun       *run,
         SitrepSuggestion *s,
         const char       *key)
{
  LearnedPlace *learned = g_hash_table_lookup (run->learned, key);
  g_autoptr(GPtrArray) found = NULL;
  SitrepGazetteerPlace *best;

  if (learned != NULL)
    {
      s->latitude = learned->latitude;
      s->longitude = learned->longitude;
      s->geonameid = learned->geonameid;
      s->score = 0.95;
      return;
    }
  if (run->gazetteer == NULL)
    return;
  /* A name only one bundled place has, in a project that loaded no other,
   * needs no context to rank its candidates. */
  if (g_hash_table_size (run->place_keys) == 0)
    {
      GArray *list = g_hash_table_lookup (_sitrep_gazetteer_get_bundled ()->by_key, key);

      if (list != NULL && list->len == 1)
        {
          SitrepGazetteerPlace *only = _sitrep_gazetteer_get_bundled ()->places->pdata[g_array_index (list, guint, 0)];

          s->latitude = only->latitude;
          s->longitude = only->longitude;
          s->geonameid = only->geonameid;
          s->country = g_strdup (only->country);
          s->admin1 = g_strdup (only->admin1_name);
          s->population = only->population;
          s->score = 0.7;
          if (s->entity_name == NULL)
            s->entity_name = g_strdup (only->name);
          return;
        }
    }
  found = _sitrep_gazetteer_rank (run->gazetteer, key, context_at (run, s->byte_start), 2);
  if (found->len == 0)
    return;
  best = found->pdata[0];
  s->latitude = best->latitude;
  s->longitude = best->longitude;
  s->geonameid = best->geonameid;
  s->country = g_strdup (best->country);
  s->admin1 = g_strdup (best->admin1_name);
  s->doubtful = best->doubtful;
  s->population = best->population;
  s->score = best->score;
  s->entity_name = s->entity_name != NULL ? s->entity_name : g_strdup (best->name);
  /* Two places of this name, far apart, that the text does not tell apart. */
  if (found->len > 1)
    {
      SitrepGazetteerPlace *second = found->pdata[1];

      if (!second->doubtful && best->score - second->score < CLOSE_SCORE &&
          sitrep_gazetteer_distance_km (best->latitude, best->longitude,
                                        second->latitude, second->longitude) > FAR_APART_KM)
        s->doubtful = TRUE;
    }
}

static void
gazetteer_places (SuggestRun *run,
                  GHashTable *resolved)
{
  guint n = run->tokens->len;

  for (guint i = 0; i < n; i++)
    {
      const SuggestToken *t = tok (run, i);
      g_autofree char *key = NULL;
      KnownName *entity = NULL;
      SitrepSuggestion *s, *same;
      guint last = i;

      if (!(t->flags & TOK_WORD) || !(t->flags & TOK_CAP))
        continue;
      if ((i & 0x3ff) == 0 && g_cancellable_is_cancelled (run->cancellable))
        return;
      key = place_at (run, i, &last, &entity);
      if (key == NULL)
        continue;
      /* One word that is also a common English word ("Hit", "Tell") is a
       * place only where the sentence says a place follows. */
      if (last == i && is_lower_common (run, i) && !has_place_cue (run, i))
        continue;
      /* "East Mosul": a direction alone is no place. */
      if (last == i && _sitrep_suggest_tok_in (run, i, directions))
        continue;
      /* One word in capitals is an acronym ("ISIL", "SAC"), not a village of that name. */
      if (last == i && is_all_caps (run, i))
        continue;
      if (strlen (key) < 3 && !(t->flags & TOK_ARABIC))
        continue;
      if (_sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PLACE, key))
        {
          i = last;
          continue;
        }
      s = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, i, last);
      if (entity != NULL)
        {
          s->entity_id = entity->entity_id;
          s->entity_name = g_strdup (entity->name);
        }
      same = g_hash_table_lookup (resolved, key);
      if (same != NULL)
        {
          s->latitude = same->latitude;
          s->longitude = same->longitude;
          s->geonameid = same->geonameid;
          s->country = g_strdup (same->country);
          s->admin1 = g_strdup (same->admin1);
          s->doubtful = same->doubtful;
          s->population = same->population;
          s->score = same->score;
          if (s->entity_name == NULL)
            s->entity_name = g_strdup (same->entity_name);
        }
      else
        {
          resolve (run, s, key);
          g_hash_table_insert (resolved, g_steal_pointer (&key), s);
        }
      i = last;
    }
}

/* ---------------------------------------------------------------- phrases */

static const char * const place_kinds[] = {
  "town", "city", "village", "villages", "district", "area", "region", "neighbourhood",
  "neighborhood", "suburb", "province", "governorate", "countryside", "outskirts", NULL
};

/* Features whose noun belongs to the name: "the Omar oil field", "Tabqa airbase". */
static const char * const feature_nouns[] = {
  "field", "airport", "airbase", "dam", "camp", "river", "desert", "mountains", "mountain",
  "bridge", "highway", "crossing", "base", "prison", "hospital", "refinery", "valley", "plain",
  "plains", NULL
};

static const char * const direction_cues[] = {
  "near", "outside", "around", NULL
};

static const char * const not_places[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "the", "a", "an", "this", "that", "its", "their", NULL
};

/* Capitalised words from @i on (with articles and hyphens); the last in @last. */
static gboolean
cap_run (SuggestRun *run,
         guint       i,
         guint      *last)
{
  guint n = run->tokens->len;
  gboolean any = FALSE;

  for (guint j = i; j < n && j < i + 5; j++)
    {
      const SuggestToken *t = tok (run, j);

      if (j > i && t->sentence != tok (run, i)->sentence)
        break;
      if ((t->flags & TOK_HYPHEN) && t->space_before == 0 && any)
        continue;
      if (!(t->flags & TOK_WORD) || (j > i && t->space_before > 1))
        break;
      if (t->flags & TOK_CAP)
        {
          if (!any && _sitrep_suggest_tok_in (run, j, not_places))
            return FALSE;
          *last = j;
          any = TRUE;
        }
      else if (!_sitrep_suggest_is_article (run, j))
        break;
    }
  return any;
}

static void
add_unplaced (SuggestRun *run,
              GHashTable *resolved,
              guint       first,
              guint       last)
{
  g_autofree char *key = _sitrep_suggest_span_key (run, first, last);
  SitrepSuggestion *s, *known;

  if (*key == '\0' || _sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PLACE, key))
    return;
  s = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, first, last);
  s->score = 0.4;
  known = g_hash_table_lookup (resolved, key);
  /* "the Damascus-Beirut highway" lies by the place it starts with. */
  for (guint k = 0; known == NULL && k + 1 < run->out->len; k++)
    {
      SitrepSuggestion *other = run->out->pdata[k];

      if (other->kind == SITREP_SUGGEST_PLACE && other->byte_start == s->byte_start && !isnan (other->latitude))
        known = other;
    }
  if (known != NULL && !isnan (known->latitude))
    {
      s->latitude = known->latitude;
      s->longitude = known->longitude;
      s->geonameid = known->geonameid;
      s->doubtful = known->doubtful;
    }
  s->entity_name = g_strdup (s->text);
}

/* "the town of X", "X village", "the X oil field", "near Y": a place even
 * when the gazetteer lacks it, proposed unplaced, ready for a pin. */
static void
place_phrases (SuggestRun *run,
               GHashTable *resolved)
{
  guint n = run->tokens->len;

  for (guint i = 0; i + 1 < n; i++)
    {
      guint last = i;

      /* "the town of X" */
      if (_sitrep_suggest_tok_in (run, i, place_kinds) && _sitrep_suggest_tok_is (run, i + 1, "of") &&
          i + 2 < n && cap_run (run, i + 2, &last))
        {
          add_unplaced (run, resolved, i + 2, last);
          i = last;
          continue;
        }
      /* "near Y" */
      if (_sitrep_suggest_tok_in (run, i, direction_cues) && !(tok (run, i)->flags & TOK_CAP) &&
          cap_run (run, i + 1, &last))
        {
          add_unplaced (run, resolved, i + 1, last);
          i = last;
          continue;
        }
      /* "X village", "the X oil field" */
      if ((tok (run, i)->flags & TOK_CAP) && cap_run (run, i, &last) && last + 1 < n &&
          !(i > 0 && (tok (run, i - 1)->flags & TOK_CAP) && (tok (run, i - 1)->flags & TOK_WORD)))
        {
          guint noun = last + 1;

          if (_sitrep_suggest_tok_in (run, noun, place_kinds) && !(tok (run, noun)->flags & TOK_CAP))
            {
              add_unplaced (run, resolved, i, last);
              i = noun;
              continue;
            }
          if ((_sitrep_suggest_tok_is (run, noun, "oil") || _sitrep_suggest_tok_is (run, noun, "gas")) &&
              _sitrep_suggest_tok_is (run, noun + 1, "field"))
            noun++;
          if (_sitrep_suggest_tok_in (run, noun, feature_nouns))
            {
              add_unplaced (run, resolved, i, noun);
              i = noun;
              continue;
            }
        }
    }
}

void
_sitrep_suggest_places (SuggestRun *run)
{
  g_autoptr(GHashTable) resolved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gazetteer_places (run, resolved);
  place_phrases (run, resolved);
}

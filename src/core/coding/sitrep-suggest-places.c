/* sitrep-suggest-places.c — proposing places: gazetteer names in any spelling, resolved in context, and place phrases the gazetteer lacks
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-gazetteer-private.h"
#include "sitrep-normalize.h"
#include "sitrep-suggest-private.h"
#include "sitrep-suggest-arabic.h"
#include "sitrep-suggest-places-private.h"
#include "sitrep-suggest-spans.h"


/* Longest place name looked for, in tokens (words and hyphens). */
#define MAX_PLACE_TOKENS 7
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

void
_sitrep_suggest_places_warm_up (void)
{
  first_words ();
}

/* Words before a name that say a place follows. */
static const char * const place_cues[] = {
  "in", "near", "at", "from", "to", "outside", "around", "into", "of", "toward", "towards",
  "village", "town", "city", "district", "province", "governorate", "between", "and", NULL
};

gboolean
_sitrep_suggest_has_place_cue (SuggestRun *run,
                               guint       i)
{
  return i > 0 && (tok (run, i - 1)->flags & TOK_WORD) && _sitrep_suggest_tok_in (run, i - 1, place_cues);
}

gboolean
_sitrep_suggest_is_lower_common (SuggestRun *run,
                                 guint       i)
{
  return _sitrep_suggest_tok_is_common (run, i);
}

/* Number words that open a sentence ("Five", "Dozens") and are also the
 * alternate name of some town. */
static const char * const number_words[] = {
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands",
  "dozen", "dozens", "several", NULL
};

static gboolean ar_word_in (SuggestRun *run, guint i, const char * const *words);

/* Arabic particles "that", "if", "because" with what glues before them:
 * "وأن" folds to "وان", Van's Arabic name ("وأن عبوة ناسفة انفجرت"). */
static const char * const ar_particles[] = {
  "أن", "إن", "ان", "وأن", "وإن", "وان", "فإن", "فان", "بأن", "بان", "لأن", "لان", "كأن", NULL
};

/* Months and days of the calendar ("in June", "since Ramadan"): a loose
 * match for some village ("June" for Yavné), never a place alone. */
static const char * const calendar_words[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "ramadan", "muharram", "shawwal", NULL
};

/* Kinds of place before "of" and a name ("the town of June"). */
static const char * const kind_words[] = {
  "town", "village", "city", "district", "area", "neighbourhood", "neighborhood", "suburb", NULL
};

/* English prepositions that open a sentence ("In Iraq, …", "On Tuesday"):
 * never the first word of a place's name, whatever name folds to the two
 * words ("‘Ayn ‘Arīk"). Not "at", "as", "an": Arabic articles ("At Tanf"). */
static const char * const opening_prepositions[] = {
  "in", "on", "near", "from", "into", "for", "by", "with", "of", "to", "during", "since", "after", "before",
  NULL
};

/* Words of a side or an age before a name ("East Mosul", "Old City"); also
 * -places-names.c's. */
const char * const _sitrep_suggest_place_directions[] = {
  "east", "west", "north", "south", "eastern", "western", "northern", "southern", "central",
  "upper", "lower", "greater", "old", "new", "northeast", "northwest", "southeast", "southwest", NULL
};

static gboolean
known_place_key (SuggestRun *run,
                 const char *key,
                 KnownName **entity)
{
  /* Only the project's places are places among the names: without any,
   * the look-up (a hash of the key) would find none. */
  KnownName *name = run->place_names ? g_hash_table_lookup (run->names, key) : NULL;

  *entity = NULL;
  if (name != NULL && g_strcmp0 (name->kind, "place") == 0)
    {
      *entity = name;
      return TRUE;
    }
  /* A look-up hashes the key even in an empty table: the project's places
   * and learned ones are often none. */
  return g_hash_table_contains (_sitrep_gazetteer_get_bundled ()->by_key, key) ||
         (g_hash_table_size (run->place_keys) > 0 && g_hash_table_contains (run->place_keys, key)) ||
         (g_hash_table_size (run->learned) > 0 && g_hash_table_contains (run->learned, key));
}

gboolean
_sitrep_suggest_is_place_key (SuggestRun *run,
                              const char *key)
{
  KnownName *entity;

  return known_place_key (run, key, &entity);
}

/* Whether token @i's key is the first word of a bundled place's key. */
static gboolean
is_place_first_word (SuggestRun *run,
                     guint       i)
{
  gboolean answer;

  if (_sitrep_suggest_word_fact (run, i, WORD_FACT_PLACE_FIRST, &answer))
    return answer;
  answer = g_hash_table_contains (first_words (), _sitrep_suggest_tok_key (run, i));
  return _sitrep_suggest_word_fact_set (run, i, WORD_FACT_PLACE_FIRST, answer);
}

/* Drops the first @trim bytes (a glued prefix) of @s's span. */
void
_sitrep_suggest_trim_start (SuggestRun       *run,
                            SitrepSuggestion *s,
                            gsize             trim)
{
  s->start += g_utf8_strlen (run->text + s->byte_start, trim);
  s->byte_start += trim;
  s->text = _sitrep_suggest_strndup (run, run->text + s->byte_start, s->byte_end - s->byte_start);
}

/* The key of Arabic word @i without its first @skip bytes (its glued
 * prefix), and of the words after it up to @last. "للموصل" is "ل" +
 * "الموصل", the article's alif dropped: its key is "الموصل"'s. */
char *
_sitrep_suggest_arabic_rest_key (SuggestRun *run,
                                 guint       i,
                                 gsize       skip,
                                 guint       last)
{
  const SuggestToken *t = tok (run, i);
  const char *rest = run->text + t->start + skip;
  gsize len = t->end - t->start - skip;
  g_autofree char *word = NULL;
  g_autofree char *first = NULL;
  g_autofree char *rest_key = NULL;

  if (skip >= 2 && memcmp (rest - 2, "ل", 2) == 0 && len > 2 && memcmp (rest, "ل", 2) == 0)
    word = g_strdup_printf ("ا%.*s", (int) len, rest);
  else
    word = g_strndup (rest, len);
  first = sitrep_normalize_name (word);
  if (*first == '\0' || last == i)
    return g_steal_pointer (&first);
  /* Not the scratch key: a caller may hold it (the regions' pass does). */
  rest_key = _sitrep_suggest_span_key (run, i + 1, last);
  return g_strconcat (first, " ", rest_key, NULL);
}

/* The longest place name starting at @i (capitalised words, with articles
 * and hyphens between them: "Deir ez-Zor", "Jabal Al Zawiya"). An Arabic
 * name may come with a conjunction or preposition glued before it
 * ("والموصل", "بحلب"): *@trim is set to the bytes of that prefix. The
 * name's key, in the run's arena. */
static const char *
place_at (SuggestRun  *run,
          guint        i,
          gboolean     any_project,
          guint       *last,
          KnownName  **entity,
          gsize       *trim,
          guint32     *hash)
{
  guint n = run->tokens->len;
  guint ends[MAX_PLACE_TOKENS];
  guint32 hashes[MAX_PLACE_TOKENS];
  guint n_ends = 0;
  guint first_word = i;
  gsize skip;

  *trim = 0;
  /* "An Iraqi officer" opening a sentence: no article, no name. */
  if (_sitrep_suggest_is_article (run, i) && !_sitrep_suggest_is_name_article (run, i))
    return NULL;
  while (first_word < n && _sitrep_suggest_is_article (run, first_word) && first_word < i + 2)
    first_word++;
  if (first_word >= n || !(tok (run, first_word)->flags & TOK_WORD))
    return NULL;
  if (!any_project && !(tok (run, first_word)->flags & TOK_ARABIC) && !is_place_first_word (run, first_word))
    return NULL;

  for (guint j = i; j < n && j < i + MAX_PLACE_TOKENS; j++)
    {
      const SuggestToken *t = tok (run, j);

      if (j > i && t->sentence != tok (run, i)->sentence)
        break;
      /* "Deir ez-Zor"; "Sahl al- Ghab", as the Observatory writes the
       * article before a name, with a space after its hyphen. */
      if (t->flags & TOK_HYPHEN)
        {
          if (t->space_before > 0 || j + 1 >= n || tok (run, j + 1)->space_before > 1 ||
              (tok (run, j + 1)->space_before == 1 && !(j > i && _sitrep_suggest_is_article (run, j - 1))))
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
  /* Without the project's places and learned ones, the keys that may
   * answer are the bundled gazetteer's and the project's places among
   * the names: a span whose hash is neither's is not written. */
  if (!any_project)
    _sitrep_suggest_span_hashes (run, i, ends, n_ends, hashes);
  for (guint e = n_ends; e > 0; e--)
    {
      const char *key;

      if (!any_project && !_sitrep_suggest_key_filter_has (_sitrep_suggest_bundled_key_filter (), hashes[e - 1]) &&
          !(run->place_names && _sitrep_suggest_key_filter_has (run->names_filter, hashes[e - 1])))
        continue;
      key = _sitrep_suggest_span_key_tmp (run, i, ends[e - 1]);
      /* A word alone, when only the bundled keys may answer: its word's to know. */
      if (ends[e - 1] == i && !any_project && !run->place_names && *key != '\0')
        {
          gboolean bundled;

          if (!_sitrep_suggest_word_fact (run, i, WORD_FACT_PLACE_KEY, &bundled))
            bundled = _sitrep_suggest_word_fact_set (run, i, WORD_FACT_PLACE_KEY, known_place_key (run, key, entity));
          *entity = NULL;
          if (!bundled)
            continue;
          *last = i;
          *hash = hashes[e - 1];
          return _sitrep_suggest_strdup (run, key);
        }
      if (*key != '\0' && known_place_key (run, key, entity))
        {
          *last = ends[e - 1];
          *hash = !any_project ? hashes[e - 1] : g_str_hash (key);
          return _sitrep_suggest_strdup (run, key);
        }
    }
  skip = n_ends > 0 && ends[0] == i ? _sitrep_suggest_arabic_proclitic (run, i) : 0;
  /* "و"/"ف" and a second glued letter that may be the name's own first: "وبحلب" is "وب" + "حلب", but
   * "وبغداد" "و" + "بغداد", "ولبنان" "و" + "لبنان" (not the village Bnan): the name with its letter first. */
  for (guint pass = skip == 4 ? 0 : 1; pass < 2 && skip > 0; pass++)
    for (guint e = n_ends; e > 0; e--)
      {
        gsize strip = pass == 0 ? 2 : skip;
        g_autofree char *key = _sitrep_suggest_arabic_rest_key (run, i, strip, ends[e - 1]);

        /* A country's name is the world pass's to propose. */
        if (pass == 0 && ends[e - 1] == i && _sitrep_suggest_is_country_key (key))
          return NULL;
        if (*key != '\0' && known_place_key (run, key, entity))
          {
            *last = ends[e - 1];
            /* "للموصل": the span keeps its "ل" rather than show "لموصل". */
            *trim = memcmp (run->text + tok (run, i)->start + strip, "ل", 2) == 0 &&
                    memcmp (run->text + tok (run, i)->start + strip - 2, "ل", 2) == 0 ? 0 : strip;
            *hash = g_str_hash (key);
            return _sitrep_suggest_str_take (run, g_steal_pointer (&key));
          }
      }
  return NULL;
}

/* Whether a loose match (a candidate not spelled as the text spells it,
 * only under the folded key: "Aden" for Aydın, "Levant" for Levent) has the
 * text's support: another place it names lies near. */
static gboolean
supported (const SitrepGazetteerPlace *place)
{
  return place->context_km >= 0 && place->context_km <= 2 * SITREP_GAZETTEER_DOUBTFUL_KM;
}

/* Whether a loose match of Latin @s is in a country of the conflicts the
 * reports are about (Syria, Iraq): elsewhere, a name so loosely matched
 * ("Amir" for ‘Omer, "June" for Yavné, "Delil" for Az̧ Z̧ulayl) is a word or a
 * person a place word happens to stand before, unless the text's other
 * places lie near it. An Arabic name is the Arabic detectors'. */
static gboolean
home_or_arabic (SuggestRun                 *run,
                const SitrepSuggestion     *s,
                const SitrepGazetteerPlace *best)
{
  guint i;

  if (((guchar) s->text[0] >= 0xd8 && (guchar) s->text[0] <= 0xdb) || g_strcmp0 (best->country, "SY") == 0 ||
      g_strcmp0 (best->country, "IQ") == 0)
    return TRUE;
  /* "al-Alan", "Al-Azraq", "al- Nile": an Arabic name by its article. */
  i = _sitrep_suggest_token_holding (run, s->byte_start);
  return _sitrep_suggest_is_article (run, i) ||
         (i >= 2 && (tok (run, i - 1)->flags & TOK_HYPHEN) && _sitrep_suggest_is_article (run, i - 2));
}

/* Whether a kind of place is said of @s: "the town of X", "the X
 * neighbourhood". */
static gboolean
kind_said (SuggestRun             *run,
           const SitrepSuggestion *s)
{
  guint first = _sitrep_suggest_token_holding (run, s->byte_start);

  return (first >= 2 && _sitrep_suggest_tok_is (run, first - 1, "of") && _sitrep_suggest_tok_among (run, first - 2, kind_words)) ||
         _sitrep_suggest_tok_among (run, _sitrep_suggest_token_holding (run, s->byte_end - 1) + 1, kind_words);
}

/* The population of the gazetteer's place a learned resolution is (by its
 * id, or at its spot), for the weighing of its distance to the report's
 * other places (0, a village's threshold, for a pin placed by hand). */
static void
learned_population (SuggestRun       *run,
                    SitrepSuggestion *s,
                    const char       *key)
{
  Bundled *bundled;
  GArray *list;

  if (run->gazetteer == NULL)
    return;
  bundled = _sitrep_gazetteer_get_bundled ();
  list = g_hash_table_lookup (bundled->by_key, key);
  for (guint m = 0; list != NULL && m < list->len; m++)
    {
      const SitrepGazetteerPlace *place = bundled->places->pdata[g_array_index (list, guint, m)];

      /* The learned pin may carry no id (a place accepted as the city a
       * region's name stands for): the candidate at the same spot. */
      if (s->geonameid != 0 ? place->geonameid == s->geonameid :
          sitrep_gazetteer_distance_km (place->latitude, place->longitude, s->latitude, s->longitude) < 1.0)
        {
          s->population = place->population;
          return;
        }
    }
}

/* Where @key (read as @surface) is, in the text around it. FALSE when the
 * name is no place to propose: a loose match nothing in the text supports,
 * and no word before it that says a place follows. */
gboolean
_sitrep_suggest_resolve_place (SuggestRun       *run,
                               SitrepSuggestion *s,
                               const char       *key)
{
  LearnedPlace *learned = g_hash_table_size (run->learned) > 0 ? g_hash_table_lookup (run->learned, key) : NULL;
  g_autoptr(GPtrArray) found = NULL;
  SitrepGazetteerPlace *best;
  gboolean spelled;

  /* A country the project accepted is learned at its centre: it is no
   * town to weigh the others by (the world pass makes it the country). */
  if (learned != NULL && !_sitrep_suggest_is_country_key (key) && _sitrep_suggest_learned_yields (run, s, key, learned))
    {
      s->entity_id = 0;
      s->entity_name = NULL;
    }
  else if (learned != NULL && !_sitrep_suggest_is_country_key (key))
    {
      s->latitude = learned->latitude;
      s->longitude = learned->longitude;
      s->geonameid = learned->geonameid;
      s->score = 0.95;
      learned_population (run, s, key);
      return TRUE;
    }
  if (run->gazetteer == NULL)
    return TRUE;
  /* A name only one bundled place has, in a project that loaded no other,
   * needs no context to rank its candidates. */
  if (g_hash_table_size (run->place_keys) == 0)
    {
      GArray *list = g_hash_table_lookup (_sitrep_gazetteer_get_bundled ()->by_key, key);

      SitrepGazetteerPlace *only = list != NULL && list->len == 1 ?
                                   _sitrep_gazetteer_get_bundled ()->places->pdata[g_array_index (list, guint, 0)] : NULL;

      /* A loose match is weighed in context below. */
      if (only != NULL && _sitrep_suggest_spelled_as (s->text, only))
        {
          s->latitude = only->latitude;
          s->longitude = only->longitude;
          s->geonameid = only->geonameid;
          s->country = _sitrep_suggest_strdup (run, only->country);
          s->admin1 = _sitrep_suggest_strdup (run, only->admin1_name);
          s->population = only->population;
          s->score = 0.7;
          if (s->entity_name == NULL)
            s->entity_name = _sitrep_suggest_strdup (run, only->name);
          return TRUE;
        }
    }
  /* Ranked once, the first eight: the first two unless the first is a
   * loose match (the same two as a ranking of two: one sort of the same
   * candidates, the same scores). */
  found = _sitrep_gazetteer_rank (run->gazetteer, key, _sitrep_suggest_context_at (run, s->byte_start), 8);
  if (found->len == 0)
    return TRUE;
  /* A loose match first: the place spelled as the text may rank lower. */
  if (found->len > 2 && _sitrep_suggest_spelled_as (s->text, found->pdata[0]))
    g_ptr_array_set_size (found, 2);
  spelled = _sitrep_suggest_spelled_first (found, s->text);
  best = found->pdata[0];
  /* A loose match is a weak one: flagged doubtful; and dropped where
   * neither the text's other places nor a word before it say it is a place. */
  if (!spelled)
    {
      if (!supported (best) && (!_sitrep_suggest_has_place_cue (run, _sitrep_suggest_token_holding (run, s->byte_start)) ||
                                (!home_or_arabic (run, s, best) && !kind_said (run, s))))
        return FALSE;
      best->doubtful = TRUE;
    }
  s->latitude = best->latitude;
  s->longitude = best->longitude;
  s->geonameid = best->geonameid;
  s->country = _sitrep_suggest_strdup (run, best->country);
  s->admin1 = _sitrep_suggest_strdup (run, best->admin1_name);
  s->doubtful = best->doubtful;
  s->population = best->population;
  s->score = best->score;
  s->entity_name = s->entity_name != NULL ? s->entity_name : _sitrep_suggest_strdup (run, best->name);
  /* Two places of this name, far apart, that the text does not tell apart. */
  if (found->len > 1)
    {
      SitrepGazetteerPlace *second = found->pdata[1];

      if (!second->doubtful && best->score - second->score < CLOSE_SCORE &&
          sitrep_gazetteer_distance_km (best->latitude, best->longitude,
                                        second->latitude, second->longitude) > FAR_APART_KM)
        s->doubtful = TRUE;
    }
  /* "Riyadh Abdul-Amir", "the mainly Shi'ite south": a village abroad
   * ("Amir", an other name of ‘Omer; Bet HaShitta) the text cannot tell
   * from another, with no word saying a place follows, nor a kind of place
   * after it ("the Jeddah neighbourhood": the clause's pass places it). */
  if (s->doubtful && best->population < 100000 && !home_or_arabic (run, s, best) &&
      !_sitrep_suggest_has_place_cue (run, _sitrep_suggest_token_holding (run, s->byte_start)) && !kind_said (run, s))
    return FALSE;
  return TRUE;
}

/* Words before a place that hold it: "In Amiriyat al-Falluja". */
static const char * const holding_words[] = { "in", "near", "outside", "around", NULL };

/* "In Amiriyat al-Falluja", "near Qaryat al-Rayyan": a word the gazetteer
 * does not know before a town's name with its article, after a word that
 * says a place follows, is a place named after the town (the Amiriya of
 * Falluja), not a person's given name before a family name: proposed
 * whole, doubtful, at the town (it lies near it, a coder moves the pin).
 * "in Bashar al-Assad's" stays a person. TRUE when proposed. */
static gboolean
named_after_town (SuggestRun *run,
                  guint       i,
                  guint       last,
                  const char *key)
{
  guint article = i;
  SitrepSuggestion *s;
  const char *after = run->text + tok (run, last)->end;

  if (i >= 2 && !_sitrep_suggest_is_article (run, i) && (tok (run, i - 1)->flags & TOK_HYPHEN))
    article = i - 2;
  if (article < 2 || !_sitrep_suggest_tok_among (run, article - 2, holding_words) ||
      _sitrep_suggest_has_prefix (after, "'s") || _sitrep_suggest_has_prefix (after, "\xe2\x80\x99s"))
    return FALSE;
  s = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, article - 1, last);
  if (!_sitrep_suggest_resolve_place (run, s, key) || isnan (s->latitude))
    {
      _sitrep_suggest_out_remove (run->out, run->out->len - 1);
      return FALSE;
    }
  s->doubtful = TRUE;
  s->geonameid = 0;
  s->population = 0;
  s->entity_name = _sitrep_suggest_strdup (run, s->text);
  return TRUE;
}

static void
gazetteer_places (SuggestRun *run,
                  GHashTable *resolved)
{
  /* Names whose match was too loose to propose, in this text (keys in the run's arena). */
  g_autoptr(GHashTable) unproposed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) homonyms = _sitrep_suggest_homonyms_new ();
  g_auto(ResolvedIndex) by_hash = { NULL, 0, 0 };
  /* Whether the project has places of its own (asked once, not per word). */
  gboolean any_project = g_hash_table_size (run->place_keys) > 0 || g_hash_table_size (run->learned) > 0;

  /* Capitalised words only (run->caps), from @next on. */
  for (guint c = 0, next = 0; c < run->n_caps; c++)
    {
      guint i = run->caps[c];
      const SuggestToken *t = tok (run, i);
      KnownName *entity = NULL;
      SitrepSuggestion *s, *same;
      guint last = i;

      if (i < next)
        continue;
      if ((c & 0xff) == 0 && g_cancellable_is_cancelled (run->cancellable))
        return;
      gsize trim;
      guint32 hash;
      const char *key = place_at (run, i, any_project, &last, &entity, &trim, &hash);
      if (key == NULL)
        continue;
      /* "Bashar al-Assad", "Issa Al-Janati": a family name, here and
       * wherever else the text names it. */
      if (_sitrep_suggest_may_be_family_name (run, i) && _sitrep_suggest_is_family_name (run, i))
        {
          if (named_after_town (run, i, last, key))
            {
              next = last + 1;
              continue;
            }
          g_hash_table_add (unproposed, (gpointer) key);
          next = last + 1;
          continue;
        }
      /* One word that is also a common English word ("Hit", "Tell") is a
       * place only where the sentence says a place follows. */
      if (last == i && _sitrep_suggest_is_lower_common (run, i) && !_sitrep_suggest_has_place_cue (run, i))
        continue;
      /* "In Iraq": the place, if any, starts after the preposition. */
      if (last > i && (t->flags & TOK_CAP) && !(t->flags & TOK_ARABIC) &&
          _sitrep_suggest_tok_among (run, i, opening_prepositions))
        continue;
      /* "in June", "Ramadan": the calendar's; not "the town of June". */
      if (last == i && _sitrep_suggest_tok_among (run, i, calendar_words) &&
          !(i >= 2 && _sitrep_suggest_tok_is (run, i - 1, "of") && _sitrep_suggest_tok_among (run, i - 2, kind_words)))
        continue;
      /* "Five civilians were killed": a number is no place. */
      if (last == i && _sitrep_suggest_tok_in (run, i, number_words))
        continue;
      /* "East Mosul": a direction alone is no place. */
      if (last == i && _sitrep_suggest_tok_in (run, i, _sitrep_suggest_place_directions))
        continue;
      /* "قالت الفصائل": the factions, not the village Al Faşāyil. */
      if (last == i && (t->flags & TOK_ARABIC) && _sitrep_suggest_is_arabic_body_noun (run, i))
        continue;
      if (last == i && (t->flags & TOK_ARABIC) && ar_word_in (run, i, ar_particles))
        continue;
      /* One word in capitals is an acronym ("ISIL", "SAC"), not a village of that name. */
      if (last == i && t->end - t->start >= 2 && g_ascii_isupper (run->text[t->start + 1]) &&
          _sitrep_suggest_is_all_caps (run, i))
        continue;
      if ((key[0] == '\0' || key[1] == '\0' || key[2] == '\0') && !(t->flags & TOK_ARABIC))
        continue;
      if (_sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PLACE, key))
        {
          next = last + 1;
          continue;
        }
      s = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, i, last);
      if (trim > 0)
        _sitrep_suggest_trim_start (run, s, trim);
      if (entity != NULL)
        {
          s->entity_id = entity->entity_id;
          s->entity_name = _sitrep_suggest_strdup (run, entity->name);
        }
      /* resolved's entries so far are this pass's: asked by the hash known. */
      same = _sitrep_suggest_resolved_find (&by_hash, hash, key);
      if (same != NULL)
        {
          s->latitude = same->latitude;
          s->longitude = same->longitude;
          s->geonameid = same->geonameid;
          s->country = _sitrep_suggest_strdup (run, same->country);
          s->admin1 = _sitrep_suggest_strdup (run, same->admin1);
          s->doubtful = same->doubtful;
          s->population = same->population;
          s->score = same->score;
          if (s->entity_name == NULL)
            s->entity_name = _sitrep_suggest_strdup (run, same->entity_name);
          _sitrep_suggest_homonym_again (run, homonyms, key, s, same);
        }
      else if (g_hash_table_size (unproposed) > 0 && g_hash_table_contains (unproposed, key))
        _sitrep_suggest_out_remove (run->out, run->out->len - 1);
      else if (!_sitrep_suggest_resolve_place (run, s, key))
        {
          _sitrep_suggest_out_remove (run->out, run->out->len - 1);
          g_hash_table_add (unproposed, (gpointer) key);
        }
      else
        {
          _sitrep_suggest_homonym_first (run, homonyms, key, s);
          g_hash_table_insert (resolved, g_strdup (key), s);
          _sitrep_suggest_resolved_add (&by_hash, hash, key, s);
        }
      next = last + 1;
    }
}


/* Arabic nouns of places: "بلدة خان شيخون" (the town of), "قرية", "حي" … */
static const char * const ar_place_kinds[] = {
  "بلدة", "قرية", "قرى", "مدينة", "حي", "منطقة", "مخيم", "ناحية", "قضاء", "محافظة", "ريف",
  "سهل", "جبل", "وادي", "قرب", "بالقرب", "شمال", "جنوب", "شرق", "غرب", "محيط", "بادية",
  /* "مفرق الدشيشة": the junction of a village's road; "سجن صيدنايا": the prison of a town. */
  "مفرق", "سجن", NULL
};

static const char * const ar_duals[] = { "بلدتي", "قريتي", "مدينتي", "حيي", "منطقتي", NULL };

/* Arabic directions after a name: "ريف إدلب الجنوبي" is Idlib's countryside. */
static const char * const ar_directions[] = {
  "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الشمالية", "الجنوبية", "الغربية", "الشرقية",
  "الشمالي،", NULL
};

/* Adjectives after a name that open a clause about it, not part of it:
 * "قرية X التابعة لناحية Y", "الواقعة شرق Y", "المجاورة لـ Y". */
static const char * const ar_relatives[] = {
  "التابعة", "التابع", "الواقعة", "الواقع", "المجاورة", "المجاور", "القريبة", "القريب", "المحاذية", "المحاذي",
  "الخاضعة", "الخاضع", NULL
};

/* Words that begin no place's name after a kind of place or a side ("شمال
 * البلاد", "قرب أحد المطاعم", "بالقرب من", "العاصمة العراقية"): prepositions,
 * "one of", "each", and nouns that stand for a place named elsewhere. */
static const char * const ar_not_names[] = {
  "من", "إلى", "الى", "على", "عن", "في", "مع", "أحد", "احد", "إحدى", "احدى", "كل", "بعض", "جميع", "عدد", "عدة",
  "عديدة", "أخرى", "اخرى",
  "هذه", "هذا", "ذلك", "تلك", "البلاد", "العاصمة", "المدينة", "المنطقة", "القرية", "البلدة", "الحدود",
  "المحافظة", "الحي", "المخيم", "البلدات", "القرى", "المناطق",
  /* "قرب مقر للجيش", "قرب النقطتين التركيتين", "قرب ثلاثة مساجد": a building, a post, a count. */
  "مقر", "مقرا", "مبنى", "نقطة", "النقطة", "النقطتين", "نقاط", "ثلاثة", "ثلاث", "أربعة", "اربعة", "أربع", "خمسة",
  "خمس", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "عشرات", NULL
};

/* "قرى وبلدات سهل الغاب", "ريفي إدلب وحماة", "منطقتي تقاد ومحيط الفوج",
 * "في قرية بوسط سوريا", "شمال شرقي بغداد", "منطقة قريبة", "قرب منزله":
 * places of a kind, counted or in the dual, sides, "in the middle of",
 * "near" and the like, never a name of their own. */
static const char * const ar_kind_forms[] = {
  "بلدات", "مدن", "مناطق", "أحياء", "احياء", "ريفي", "أرياف", "ارياف", "أريافها", "اريافها", "منطقتي",
  "مدينتي", "بلدتي", "وسط", "شرقي", "غربي", "شمالي", "جنوبي", "قريبة", "قريب", "منزل", "منزله", "منازل",
  "مطار", "مصرف",
  /* A junction, a prison, a headquarters: "مفرق" without its article is no Mafraq. */
  "مفرق", "سجن", "مقر", "مقرا", NULL
};

/* Whether Arabic token @i is @words' member, bare or after a glued "و"/"ب"/"ل" (and "ف" when
 * @fa_too): the Arabic word test of the places' readers (sitrep-suggest-places-ar-latin.c too). */
gboolean
_sitrep_suggest_ar_place_word_in (SuggestRun         *run,
                                  guint               i,
                                  const char * const *words,
                                  gboolean            fa_too)
{
  const SuggestToken *t = tok (run, i);
  const char *p = run->text + t->start;
  gsize len = t->end - t->start;
  char bare[64];

  if (!(t->flags & TOK_ARABIC))
    return FALSE;
  /* "بلدةِ", "حيَ": the word without its marks and tatweel. */
  if (len < sizeof bare && _sitrep_suggest_arabic_bare (p, len, bare, &len))
    p = bare;
  for (guint strip = 0; strip < 2; strip++)
    {
      for (guint k = 0; words[k] != NULL; k++)
        {
          if (strlen (words[k]) == len && memcmp (words[k], p, len) == 0)
            return TRUE;
        }
      if (len > 4 && (memcmp (p, "و", 2) == 0 || memcmp (p, "ب", 2) == 0 || memcmp (p, "ل", 2) == 0 ||
                      (fa_too && memcmp (p, "ف", 2) == 0)))
        p += 2, len -= 2;
      else
        break;
    }
  return FALSE;
}

static gboolean
ar_word_in (SuggestRun         *run,
            guint               i,
            const char * const *words)
{
  /* A word not in Arabic is none, told without a call. */
  return (tok (run, i)->flags & TOK_ARABIC) && _sitrep_suggest_ar_place_word_in (run, i, words, FALSE);
}

/* Whether Arabic token @i is a kind of place ("بلدة", "قرية", "قرب", "ريف" …),
 * bare or with "و"/"ب"/"ل" glued before it. */
gboolean
_sitrep_suggest_is_ar_place_kind (SuggestRun *run,
                                  guint       i)
{
  return ar_word_in (run, i, ar_place_kinds);
}

/* Whether Arabic token @i is a form of a kind of place, a side or a
 * common noun of where ("ريفي", "وبلدات", "بوسط", "شرقي", "منزله"), bare
 * or with "و"/"ب"/"ل" glued before it: no name of its own. */
gboolean
_sitrep_suggest_is_ar_kind_form (SuggestRun *run,
                                 guint       i)
{
  return ar_word_in (run, i, ar_kind_forms) || ar_word_in (run, i, ar_particles);
}


static gboolean
has_place_at (SuggestRun *run,
              gsize       byte)
{
  for (guint k = 0; k < run->out->len; k++)
    {
      SitrepSuggestion *o = run->out->pdata[k];

      if (o->kind == SITREP_SUGGEST_PLACE && o->byte_start <= byte && o->byte_end > byte)
        return TRUE;
    }
  return FALSE;
}

/* The bracketed names after the one that closes at token @close, each
 * after "و" ("بلدة “قسطون” و”الدقمام”", "بلدتي (بنش) و(طعوم)"), proposed
 * unless placed (only counted without @resolved); *@next: the token after
 * the last. */
static guint
bracketed_list (SuggestRun *run,
                GHashTable *resolved,
                guint       close,
                guint      *next)
{
  guint count = 0, first;

  for (*next = close + 1; (first = _sitrep_suggest_ar_bracketed_next (run, close, &close)) != 0; *next = close + 1)
    {
      if (ar_word_in (run, first, ar_place_kinds) || ar_word_in (run, first, ar_not_names))
        break;
      if (resolved != NULL && !has_place_at (run, tok (run, first)->start))
        _sitrep_suggest_add_unplaced (run, resolved, first, close - 1);
      count++;
    }
  return count;
}

/* "بلدة X", "قرية X", "قرب X": the Arabic "the town of X", "near X". The
 * name is the next word and the words with "ال" after it ("معرة النعمان",
 * "جبل الزاوية"), not a direction; a name in brackets goes on by "و" and
 * the next ("بلدة “قسطون” و”الدقمام”"), as two in brackets after "في" do
 * ("في (الفوعة) و(كفريا)"). */
static void
arabic_place_phrases (SuggestRun *run,
                      GHashTable *resolved)
{
  guint n = run->tokens->len;

  /* ar_word_in () holds of Arabic words only. */
  for (guint a = 0, next = 0; a < run->n_arabic; a++)
    {
      guint i = run->arabic[a];
      guint first = i + 1, last = i + 1, close;
      gboolean in;

      if (i < next || i + 1 >= n)
        continue;
      /* Two in brackets after "في" or a dual ("بلدتي (بنش) و(طعوم)"). */
      in = (_sitrep_suggest_tok_is (run, i, "في") || ar_word_in (run, i, ar_duals)) &&
           (run->text[tok (run, i + 1)->start] == '(' || _sitrep_suggest_is_quote_mark (run, i + 1));
      if (!in && !ar_word_in (run, i, ar_place_kinds))
        continue;
      /* "قرية (الفلاحات)", "بناحية (ابو خشب)": the name in brackets. */
      close = G_MAXUINT;
      first = last = _sitrep_suggest_ar_bracketed (run, i + 1, &close);
      if (!(tok (run, first)->flags & TOK_ARABIC) ||
          tok (run, first)->sentence != tok (run, i)->sentence || ar_word_in (run, first, ar_place_kinds) ||
          ar_word_in (run, first, ar_not_names) || ar_word_in (run, first, ar_kind_forms) ||
          (in && (close == G_MAXUINT || bracketed_list (run, NULL, close, &next) == 0)))
        continue;
      if (has_place_at (run, tok (run, first)->start))
        {
          if (close != G_MAXUINT)
            bracketed_list (run, resolved, close, &next);
          continue;
        }
      if (close != G_MAXUINT)
        last = close - 1;
      while (close == G_MAXUINT && last + 1 < n && last < first + 2 && (tok (run, last + 1)->flags & TOK_ARABIC) &&
             tok (run, last + 1)->sentence == tok (run, first)->sentence &&
             _sitrep_suggest_has_prefix (run->text + tok (run, last + 1)->start, "ال") &&
             !_sitrep_suggest_tok_in (run, last + 1, ar_directions) && !_sitrep_suggest_tok_in (run, last + 1, ar_relatives))
        last++;
      _sitrep_suggest_add_unplaced (run, resolved, first, last);
      next = last + 1;
      if (close != G_MAXUINT)
        bracketed_list (run, resolved, close, &next);
    }
}

/* Whether token @i opens its paragraph, alone or after a dash that does
 * ("— LONDON -- One woman …": a dateline). */
G_ALWAYS_INLINE static inline gboolean
opens_paragraph (SuggestRun *run,
                 guint       i)
{
  const guchar *mark;

  if (i == 0 || tok (run, i - 1)->paragraph != tok (run, i)->paragraph)
    return TRUE;
  /* The mark first opens the paragraph: most marks before a word do not. */
  if (!(tok (run, i - 1)->flags & TOK_PUNCT) || (i >= 2 && tok (run, i - 2)->paragraph == tok (run, i - 1)->paragraph))
    return FALSE;
  /* "—" or "–" (U+2014, U+2013). */
  mark = (const guchar *) run->text + tok (run, i - 1)->start;
  return tok (run, i - 1)->end - tok (run, i - 1)->start == 3 && mark[0] == 0xE2 && mark[1] == 0x80 &&
         (mark[2] == 0x94 || mark[2] == 0x93);
}

gboolean
_sitrep_suggest_opens_paragraph (SuggestRun *run,
                                 guint       i)
{
  return opens_paragraph (run, i);
}

/* "BEIRUT, March 18 (Reuters) -": a dateline in capitals names a place. */
static void
dateline_places (SuggestRun *run,
                 GHashTable *resolved)
{
  guint n = run->tokens->len;

  /* A word in capitals is a capitalised word (run->caps). */
  for (guint c = 0; c < run->n_caps; c++)
    {
      guint i = run->caps[c];
      guint last = i;
      KnownName *entity = NULL;
      SitrepSuggestion *s;

      if (i + 1 >= n || !opens_paragraph (run, i) || !_sitrep_suggest_is_all_caps (run, i))
        continue;
      /* Declared after the test nearly every token fails: its g_free (NULL)
       * at every token was 0.6 % of the pass. */
      g_autofree char *key = NULL;
      while (last + 1 < n && last < i + 3 && _sitrep_suggest_is_all_caps (run, last + 1) && tok (run, last + 1)->space_before == 1)
        last++;
      /* "BEIRUT, …", "BEIRUT (Reuters)", "BAGHDAD - …", "BAGHDAD — …", "BEIRUT Jan 14 …" */
      if (last + 1 >= n)
        continue;
      if (!(tok (run, last + 1)->flags & TOK_PUNCT) ? !_sitrep_suggest_dateline_date_at (run, last + 1) :
          (strchr (",(", run->text[tok (run, last + 1)->start]) == NULL &&
           !(tok (run, last + 1)->space_before > 0 &&
             ((tok (run, last + 1)->flags & TOK_HYPHEN) || _sitrep_suggest_has_prefix (run->text + tok (run, last + 1)->start, "\xe2\x80\x93") ||
              _sitrep_suggest_has_prefix (run->text + tok (run, last + 1)->start, "\xe2\x80\x94")))))
        continue;
      for (guint k = 0; k < run->out->len && key == NULL; k++)
        {
          SitrepSuggestion *o = run->out->pdata[k];

          if (o->kind == SITREP_SUGGEST_PLACE && o->byte_start == tok (run, i)->start)
            key = g_strdup ("");
        }
      if (key != NULL)
        continue;
      key = _sitrep_suggest_span_key (run, i, last);
      if (*key == '\0' || !known_place_key (run, key, &entity) || _sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PLACE, key))
        continue;
      s = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, i, last);
      if (entity != NULL)
        {
          s->entity_id = entity->entity_id;
          s->entity_name = _sitrep_suggest_strdup (run, entity->name);
        }
      _sitrep_suggest_resolve_place (run, s, key);
      /* A dateline names where the reporter is, often a capital far away. */
      s->doubtful = FALSE;
    }
}

void
_sitrep_suggest_places (SuggestRun *run)
{
  g_autoptr(GHashTable) resolved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint from = run->out->len;

  gazetteer_places (run, resolved);
  dateline_places (run, resolved);
  _sitrep_suggest_region_places (run);
  _sitrep_suggest_place_phrases (run, resolved);
  _sitrep_suggest_listed_places (run, resolved);
  _sitrep_suggest_incident_places (run, resolved);
  _sitrep_suggest_named_sites (run, resolved);
  _sitrep_suggest_headed_names (run, resolved, from);
  arabic_place_phrases (run, resolved);
  _sitrep_suggest_arabic_listed (run, resolved);
  _sitrep_suggest_arabic_bracket_lists (run, resolved);
  _sitrep_suggest_place_objects (run);
  _sitrep_suggest_arabic_sides (run);
  _sitrep_suggest_drop_other_names (run, resolved, from);
  _sitrep_suggest_places_in_sense (run, from);
  _sitrep_suggest_weigh_places (run, from);
  _sitrep_suggest_world_places (run);
  _sitrep_suggest_far_spellings (run, from);
  _sitrep_suggest_government_seats (run);
  _sitrep_suggest_places_abroad (run, from);
  _sitrep_suggest_landforms (run, from);
  _sitrep_suggest_waters (run, from);
  _sitrep_suggest_airports (run, from);
  _sitrep_suggest_district_villages (run, from);
  _sitrep_suggest_arabic_localities (run, from);
  _sitrep_suggest_bracket_names (run, from);
  _sitrep_suggest_places_within (run, from);
  _sitrep_suggest_english_names (run, from);
  _sitrep_suggest_arabic_common_words (run, from);
  _sitrep_suggest_arabic_plain_words (run, from);
  /* After the common words: a name its clause places is no common word. */
  _sitrep_suggest_places_by_clause (run, from);
  _sitrep_suggest_arabic_holders (run, from);
  _sitrep_suggest_arabic_latin_names (run, from);
  _sitrep_suggest_places_spelled (run, from);
  _sitrep_suggest_us_towns (run, from);
  _sitrep_suggest_drop_non_places (run, from);
  _sitrep_suggest_short_names (run, from);
  _sitrep_suggest_person_places (run, from);
  _sitrep_suggest_drop_hospitals (run, from);
  _sitrep_suggest_city_parts (run, from);
  _sitrep_suggest_pin_nearby (run, from);
  _sitrep_suggest_holder_localities (run, from);
  _sitrep_suggest_narrow_holders (run, from);
  /* Last: a body's town still places the quarter its sentence names ("X neighborhood, Baghdad police said"). */
  _sitrep_suggest_drop_body_towns (run, from);
}

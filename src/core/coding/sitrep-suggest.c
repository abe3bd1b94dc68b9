/* sitrep-suggest.c — the suggester: tokens, what the project knows, running the detectors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-normalize.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-suggest-annotated.h"
#include "sitrep-suggest-private.h"
#include "sitrep-suggest-spans.h"
#include "sitrep-suggest.h"

#define LOWER(c) ((c) >= 'A' && (c) <= 'Z' ? (c) + ('a' - 'A') : (c))

/* The words read are dropped when they grow past this many. */
#define MAX_CACHED_KEYS 200000

struct _SitrepSuggester
{
  GObject parent_instance;

  /* owned */
  SitrepStore *store;
  SitrepGazetteer *gazetteer;   /* made on first run */
  GHashTable *names;            /* key → KnownName */
  gboolean    place_names;      /* whether some of names are the project's places */
  GHashTable *name_words;       /* the words of the keys in names */
  SuggestKeyFilter *names_filter; /* of the keys in names */
  GHashTable *place_keys;       /* key set */
  GHashTable *learned;          /* key → LearnedPlace */
  GHashTable *rejected;         /* "kind\x1fkey" set */
  SuggestWords *words;          /* every word read, with its key and facts */
  Lexicon    *lexicon;
  GHashTable *month_cache;      /* word → month + 1, 1 for none */
  GHashTable *region_cache;     /* name key → the region it names, or NULL */
  SuggestWordRuns *region_runs;  /* a capitalised run's words → the region it names (SuggestRun.region_runs) */
  /* A date's words → how they resolved against date_memo_published at
   * date_memo_precision (sitrep-suggest-dates.c), kept from text to text
   * while the publication date is the same; emptied when it changes. */
  GHashTable *date_memo;
  char       *date_memo_published;
  SitrepDatePrecision date_memo_precision;
  /* A run's per-token arrays, kept for the next text while small (a
   * large allocation per text made malloc consolidate its free lists). */
  GArray     *tokens;
  SuggestWord **token_words;
  guint64    *token_lists;
  guint      *token_caps;       /* a run's caps and arabic */
  guint      *token_arabic;
  guint8     *token_cap_runs;
  guint       token_room;       /* of token_words, token_lists, token_caps, token_arabic and token_cap_runs */
  guint64    *block_lists;      /* a run's, SUGGEST_BLOCKS (token_room) */
  guint16    *block_flags;
  GArray     *byte_tokens;      /* a run's (guint) */
  GArray     *paragraphs;       /* a run's first tokens of paragraphs */
  SuggestOut  out;              /* a run's suggestions, copied to its result; the room kept */
  GazetteerContext *context;    /* the places' context, emptied for each text */
  struct _SuggestGramSeen *grams;  /* the context's runs of words seen (SuggestRun.grams), kept */
  guint       grams_mask;
  GArray     *annotated;        /* the next run's article's annotations, or NULL */
  char       *title;            /* the next run's article's title, or NULL */
};

/* Texts up to this many bytes leave their arrays (a few MB at most) for
 * the next one. */
#define MAX_KEPT_TEXT (256 * 1024)

G_DEFINE_FINAL_TYPE (SitrepSuggester, sitrep_suggester, G_TYPE_OBJECT)

static const char * const kind_labels[] = {
  "Place", "Actor", "Person", "Killed", "Wounded", "Captured/Missing", "Captured/Missing",
  "Date", "Claimant",
};
static const char * const kind_names[] = {
  "place", "actor", "person", "killed", "wounded", "captured", "missing", "date", "claimant",
};
G_STATIC_ASSERT (G_N_ELEMENTS (kind_labels) == SITREP_SUGGEST_N_KINDS);
G_STATIC_ASSERT (G_N_ELEMENTS (kind_names) == SITREP_SUGGEST_N_KINDS);

/* Frequent English words: a capitalised one at the start of a sentence or in
 * a headline is not a place, however many villages share its name. */
const char * const _sitrep_suggest_common_words[] = {
  "a", "about", "after", "again", "against", "all", "also", "an", "and", "any", "are", "army",
  "as", "at", "attack", "attacks", "back", "bad", "bank", "be", "because", "been", "before",
  "being", "between", "big", "black", "both", "but", "by", "camp", "can", "center", "centre",
  "city", "coalition", "come", "command", "could", "country", "day", "days", "did", "do",
  "down", "during", "each", "east", "eastern", "even", "every", "few", "field", "first",
  "for", "force", "forces", "free", "from", "front", "further", "general", "get", "go",
  "good", "government", "great", "group", "had", "has", "have", "he", "her", "here", "high",
  "him", "his", "hit", "home", "how", "however", "if", "in", "into", "is", "it", "its",
  "just", "key", "kill", "killed", "killing", "land", "last", "later", "leader", "left",
  "like", "line", "local", "long", "made", "main", "make", "man", "many", "march", "may",
  "me", "men", "military", "ministry", "mission", "more", "most", "much", "must", "my",
  "national", "near", "new", "news", "next", "no", "north", "northern", "not", "now", "of",
  "off", "old", "on", "once", "one", "only", "operation", "operations", "or", "other", "our",
  "out", "over", "own", "party", "people", "police", "press", "read", "red", "report",
  "reported", "reports", "republic", "right", "said", "same", "saturday", "security", "see",
  "she", "should", "since", "so", "some", "source", "sources", "south", "southern", "special",
  "state", "still", "strike", "strikes", "such", "sunday", "support", "than", "that", "the",
  "their", "them", "then", "there", "these", "they", "this", "those", "through", "thursday",
  "time", "to", "today", "tuesday", "two", "under", "united", "up", "us", "very", "village",
  "wadi", "war", "was", "we", "wednesday", "well", "were", "west", "western", "what", "when",
  "where", "which", "while", "white", "who", "why", "will", "with", "world", "would", "year",
  "years", "yet", "you", "your", "monday", "friday", "january", "february", "april", "june",
  "july", "august", "september", "october", "november", "december", "tell", "bab", "sheikh",
  "abu", "umm", "bin", "ibn", "mount", "river", "lake", "valley", "al", "el", "islamic",
  "syrian", "iraqi", "russian", "turkish", "kurdish", "american", "arab", "democratic",
  "liberation", "brigade", "division", "regiment", "battalion", "corps", "gen", "col",
  "maj", "lt", "sgt", "capt", "brig", "mr", "ms", "dr", "minister", "president", "spokesman",
  "commander", "official", "officials", "statement", "according", "observatory", "human",
  "rights", "office", "department", "daily", "times", "post", "agency", "media", "star",
  "sun", "moon", "hope", "peace", "victory", "martyr", "martyrs", "north", "rocket", "fire",
  "mine", "gas", "oil", "water", "bridge", "road", "highway", "airport", "base", "dam", "hill",
  "ash", "center", "border", "crossing", "check", "point", "gate", "square", "market",
  "mean", "means", "saudi", "arabia", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "near", "middle", "upper", "lower", "old", "great", "little",
  NULL
};

static gpointer
build_common_words (gpointer data)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; _sitrep_suggest_common_words[i] != NULL; i++)
    g_hash_table_add (set, (gpointer) _sitrep_suggest_common_words[i]);
  return set;
}

static GHashTable *
common_word_set (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, build_common_words, NULL);
  return once.retval;
}

gboolean
_sitrep_suggest_is_common_word (const char *lower)
{
  return g_hash_table_contains (common_word_set (), lower);
}

/* ---------------------------------------------------------------- tokens */

gboolean
_sitrep_suggest_tok_prefix (const SuggestRun *run,
                            guint             i,
                            const char       *prefix)
{
  const SuggestToken *t;
  gsize len = strlen (prefix);

  if (i >= run->tokens->len)
    return FALSE;
  t = tok (run, i);
  return t->end - t->start >= len && g_ascii_strncasecmp (run->text + t->start, prefix, len) == 0;
}

const char * const _sitrep_suggest_articles[] = {
  "al", "el", "il", "ul", "as", "es", "ad", "ed", "ash", "esh", "az", "ez", "an", "en",
  "ar", "er", "at", "et", "ath", "eth", "adh", "edh", NULL
};

const char * const _sitrep_suggest_english_articles[] = {
  "at", "as", "an", "ad", NULL
};

/* A natural merge sort: the ascending runs of @array merged pairwise
 * until one is left, stable, in n log r steps for r runs (a detector's
 * places come in one run per pass that added them). */
G_ALWAYS_INLINE static inline void
sort_runs_inline (char         *data,
                  guint         n,
                  guint         size,
                  GCompareFunc  compare)
{
  guint n_runs = 0;
  g_autofree char *buf = g_malloc ((gsize) n * size);
  g_autofree guint *bounds = g_new (guint, n + 1);
  char *src = data, *dst = buf;

  bounds[n_runs++] = 0;
  for (guint i = 1; i < n; i++)
    {
      if (compare (src + (gsize) (i - 1) * size, src + (gsize) i * size) > 0)
        bounds[n_runs++] = i;
    }
  bounds[n_runs] = n;
  while (n_runs > 1)
    {
      guint out_runs = 0;

      for (guint r = 0; r < n_runs; r += 2)
        {
          guint a = bounds[r], mid = bounds[r + 1], b = r + 2 <= n_runs ? bounds[MIN (r + 2, n_runs)] : mid;
          guint i = a, j = mid, k = a;

          bounds[out_runs++] = a;
          if (r + 1 == n_runs)
            {
              memcpy (dst + (gsize) a * size, src + (gsize) a * size, (gsize) (mid - a) * size);
              continue;
            }
          /* A tie takes the left run's first: stable. An element of a
           * pointer's size (suggestions) is moved without a call. */
          while (i < mid && j < b)
            {
              guint from = compare (src + (gsize) j * size, src + (gsize) i * size) < 0 ? j++ : i++;

              if (size == sizeof (gpointer))
                ((gpointer *) dst)[k++] = ((gpointer *) src)[from];
              else
                memcpy (dst + (gsize) k++ * size, src + (gsize) from * size, size);
            }
          memcpy (dst + (gsize) k * size, src + (gsize) i * size, (gsize) (mid - i) * size);
          k += mid - i;
          memcpy (dst + (gsize) k * size, src + (gsize) j * size, (gsize) (b - j) * size);
        }
      bounds[out_runs] = n;
      n_runs = out_runs;
      {
        char *t = src;

        src = dst;
        dst = t;
      }
    }
  if (src != data)
    memcpy (data, src, (gsize) n * size);
}

/* The same, the element's size and the compare not known when compiling. */
static void
sort_runs (char         *data,
           guint         n,
           guint         size,
           GCompareFunc  compare)
{
  sort_runs_inline (data, n, size, compare);
}

void
_sitrep_suggest_sort_few (GArray       *array,
                          GCompareFunc  compare)
{
  guint size = g_array_get_element_size (array);
  char *data = array->data;
  char tmp[64];

  if (array->len > 32 || size > sizeof tmp)
    {
      if (array->len > 1)
        sort_runs (array->data, array->len, size, compare);
      return;
    }
  /* Insertion: a few elements, mostly in order already. */
  for (guint i = 1; i < array->len; i++)
    {
      guint j = i;

      while (j > 0 && compare (data + (j - 1) * size, data + i * size) > 0)
        j--;
      if (j == i)
        continue;
      memcpy (tmp, data + i * size, size);
      memmove (data + (j + 1) * size, data + j * size, (i - j) * size);
      memcpy (data + j * size, tmp, size);
    }
}

SitrepSuggestion *
_sitrep_suggest_add (SuggestRun        *run,
                     SitrepSuggestKind  kind,
                     guint              first,
                     guint              last)
{
  SitrepSuggestion *s = _sitrep_suggest_arena_alloc (run->arena, sizeof (SitrepSuggestion));
  const SuggestToken *a = tok (run, first);
  const SuggestToken *b = tok (run, last);

  /* Every field not named here is zero (NULL, FALSE). */
  *s = (SitrepSuggestion) {
    .kind = kind,
    .byte_start = a->start,
    .byte_end = b->end,
    .start = a->cp_start,
    .end = b->cp_end,
    .text = _sitrep_suggest_strndup (run, run->text + a->start, b->end - a->start),
    .latitude = NAN,
    .longitude = NAN,
    .claimant = -1,
    .incident = -1,
    .score = 0.5,
    .sentence = a->sentence,
    .paragraph = a->paragraph,
  };
  _sitrep_suggest_out_append (run->out, s);
  return s;
}

gboolean
_sitrep_suggest_is_rejected_slow (SuggestRun        *run,
                                  SitrepSuggestKind  kind,
                                  const char        *key)
{
  g_autofree char *k = g_strdup_printf ("%s\x1f%s", kind_names[kind], key);

  return g_hash_table_contains (run->rejected, k);
}

/* ---------------------------------------------------------------- suggestions */

void
sitrep_suggestion_free (SitrepSuggestion *s)
{
  if (s == NULL)
    return;
  g_free (s->text);
  g_free (s->entity_name);
  g_free (s->actor_type);
  g_free (s->country);
  g_free (s->admin1);
  g_free (s->victims);
  g_free (s->date_start);
  g_free (s->date_end);
  g_free (s);
}

const char *
sitrep_suggest_kind_to_label (SitrepSuggestKind kind)
{
  g_return_val_if_fail (kind < SITREP_SUGGEST_N_KINDS, NULL);
  return kind_labels[kind];
}

const char *
sitrep_suggest_kind_to_string (SitrepSuggestKind kind)
{
  g_return_val_if_fail (kind < SITREP_SUGGEST_N_KINDS, NULL);
  return kind_names[kind];
}

gboolean
sitrep_suggest_kind_from_string (const char        *str,
                                 SitrepSuggestKind *kind)
{
  for (guint i = 0; i < SITREP_SUGGEST_N_KINDS; i++)
    {
      if (g_strcmp0 (str, kind_names[i]) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
sitrep_suggest_kind_is_figure (SitrepSuggestKind kind)
{
  return kind == SITREP_SUGGEST_KILLED || kind == SITREP_SUGGEST_WOUNDED ||
         kind == SITREP_SUGGEST_CAPTURED || kind == SITREP_SUGGEST_MISSING;
}

static void
incident_free (SitrepSuggestIncident *incident)
{
  g_clear_pointer (&incident->figures, g_array_unref);
  g_clear_pointer (&incident->actors, g_array_unref);
  g_free (incident);
}

void
sitrep_suggest_result_free (SitrepSuggestResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->suggestions, g_ptr_array_unref);
  g_clear_pointer (&result->incidents, g_ptr_array_unref);
  g_clear_pointer ((SuggestArena **) &result->memory, _sitrep_suggest_arena_free);
  g_free (result);
}

/* ---------------------------------------------------------------- overlaps */

/* Names (places, actors, persons) do not overlap one another: the longer
 * wins ("Free Syrian Army" over "Syrian"; "Abu Khaled al-Adelbi" over a
 * village called Adelbi), but for the place an actor is named after
 * ("Kirkuk" of "Kirkuk police"), which is both. Figures, dates and
 * claimants may cover names. */
static gboolean
is_name (SitrepSuggestKind kind)
{
  return kind == SITREP_SUGGEST_PLACE || kind == SITREP_SUGGEST_ACTOR || kind == SITREP_SUGGEST_PERSON;
}

G_ALWAYS_INLINE static inline int
compare_by_start (gconstpointer a,
                  gconstpointer b)
{
  const SitrepSuggestion *sa = *(SitrepSuggestion * const *) a;
  const SitrepSuggestion *sb = *(SitrepSuggestion * const *) b;

  if (sa->byte_start != sb->byte_start)
    return sa->byte_start < sb->byte_start ? -1 : 1;
  if (sa->byte_end != sb->byte_end)
    return sa->byte_end > sb->byte_end ? -1 : 1;
  /* One span, two names: the surer reading ("ISIL" the group over a village). */
  if (sa->kind != sb->kind && is_name (sa->kind) && is_name (sb->kind) && sa->score != sb->score &&
      (sa->kind != SITREP_SUGGEST_PLACE || !isnan (sa->latitude)) &&
      (sb->kind != SITREP_SUGGEST_PLACE || !isnan (sb->latitude)))
    return sa->score > sb->score ? -1 : 1;
  if (sa->kind != sb->kind)
    return (int) sa->kind - (int) sb->kind;
  /* A place the gazetteer knows before the same words unplaced. */
  if (isnan (sa->latitude) != isnan (sb->latitude))
    return isnan (sa->latitude) ? 1 : -1;
  return sa->score > sb->score ? -1 : sa->score < sb->score;
}

/* sort_runs() of suggestions by compare_by_start(), the compare inlined:
 * every text's suggestions are sorted so. */
static void
sort_suggestions (SitrepSuggestion **data,
                  guint              n)
{
  sort_runs_inline ((char *) data, n, sizeof (gpointer), compare_by_start);
}

static void
resolve_overlaps (SuggestOut *out)
{
  gsize name_end = 0;
  gsize other_end[SITREP_SUGGEST_N_KINDS] = { 0 };
  const SitrepSuggestion *last_name = NULL;
  guint n_kept = 0;

  /* Stable, as g_ptr_array_sort(): each detector added its suggestions in
   * order, so they are a few runs to merge. */
  if (out->len > 1)
    sort_suggestions (out->pdata, out->len);
  /* The kept ones are moved down in place (never past the one read). */
  for (guint i = 0; i < out->len; i++)
    {
      SitrepSuggestion *s = out->pdata[i];
      gboolean drop;

      if (is_name (s->kind))
        drop = s->byte_start < name_end;
      else
        drop = s->byte_start < other_end[s->kind];
      if (drop && s->kind == SITREP_SUGGEST_PLACE && last_name != NULL && last_name->holds_place &&
          s->byte_end <= last_name->byte_end && s->byte_start >= last_name->byte_start)
        {
          out->pdata[n_kept++] = s;
          continue;
        }
      /* A dropped suggestion's memory is the run's arena. */
      if (drop)
        continue;
      if (is_name (s->kind))
        {
          name_end = s->byte_end;
          last_name = s;
        }
      else
        other_end[s->kind] = s->byte_end;
      out->pdata[n_kept++] = s;
    }
  _sitrep_suggest_out_truncate (out, n_kept);
}

/* ---------------------------------------------------------------- object */

static void
sitrep_suggester_finalize (GObject *object)
{
  SitrepSuggester *self = SITREP_SUGGESTER (object);

  g_clear_object (&self->store);
  g_clear_object (&self->gazetteer);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->name_words, g_hash_table_unref);
  g_clear_pointer (&self->names_filter, g_free);
  g_clear_pointer (&self->place_keys, g_hash_table_unref);
  g_clear_pointer (&self->learned, g_hash_table_unref);
  g_clear_pointer (&self->rejected, g_hash_table_unref);
  g_clear_pointer (&self->words, _sitrep_suggest_words_free);
  g_clear_pointer (&self->lexicon, _sitrep_suggest_lexicon_free);
  g_clear_pointer (&self->month_cache, g_hash_table_unref);
  g_clear_pointer (&self->region_cache, g_hash_table_unref);
  g_clear_pointer (&self->region_runs, _sitrep_suggest_word_runs_free);
  g_clear_pointer (&self->date_memo, g_hash_table_unref);
  g_clear_pointer (&self->date_memo_published, g_free);
  g_clear_pointer (&self->tokens, g_array_unref);
  g_clear_pointer (&self->token_words, g_free);
  g_clear_pointer (&self->token_lists, g_free);
  g_clear_pointer (&self->grams, g_free);
  g_clear_pointer (&self->token_caps, g_free);
  g_clear_pointer (&self->token_arabic, g_free);
  g_clear_pointer (&self->token_cap_runs, g_free);
  g_clear_pointer (&self->block_lists, g_free);
  g_clear_pointer (&self->block_flags, g_free);
  g_clear_pointer (&self->byte_tokens, g_array_unref);
  g_clear_pointer (&self->paragraphs, g_array_unref);
  _sitrep_suggest_out_clear (&self->out);
  g_clear_pointer (&self->annotated, g_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->context, _sitrep_gazetteer_context_free);

  G_OBJECT_CLASS (sitrep_suggester_parent_class)->finalize (object);
}

static void
sitrep_suggester_class_init (SitrepSuggesterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sitrep_suggester_finalize;
}

static void
sitrep_suggester_init (SitrepSuggester *self)
{
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, _sitrep_known_name_free);
  self->place_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->learned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->rejected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->words = _sitrep_suggest_words_new ();
  self->byte_tokens = g_array_new (FALSE, FALSE, sizeof (guint));
  self->lexicon = _sitrep_suggest_lexicon_new ();
  self->month_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->region_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->region_runs = _sitrep_suggest_word_runs_new ();
  self->date_memo = _sitrep_suggest_date_memo_new ();
}

/* The project's entities under every alias's key; they come before the
 * bundled list, so a project's own actor keeps its name. */
static gboolean
load_entities (SitrepSuggester  *self,
               GError          **error)
{
  static const char * const kinds[] = { "actor", "person", "place" };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GPtrArray) entities = sitrep_store_list_entities (self->store, kinds[k], error);

      if (entities == NULL)
        return FALSE;
      for (guint i = 0; i < entities->len; i++)
        {
          SitrepEntity *e = entities->pdata[i];
          const char * const *aliases = sitrep_entity_get_aliases (e);
          g_autoptr(GPtrArray) all = g_ptr_array_new ();

          g_ptr_array_add (all, (gpointer) sitrep_entity_get_name (e));
          for (guint a = 0; aliases != NULL && aliases[a] != NULL; a++)
            g_ptr_array_add (all, (gpointer) aliases[a]);
          for (guint a = 0; a < all->len; a++)
            {
              char *key = _sitrep_suggest_name_key (all->pdata[a]);
              KnownName *name;

              if (*key == '\0' || g_hash_table_contains (self->names, key))
                {
                  g_free (key);
                  continue;
                }
              name = g_new0 (KnownName, 1);
              name->entity_id = sitrep_entity_get_id (e);
              name->name = g_strdup (sitrep_entity_get_name (e));
              name->kind = g_strdup (kinds[k]);
              self->place_names |= strcmp (kinds[k], "place") == 0;
              name->actor_type = g_strdup (sitrep_entity_get_actor_type (e));
              g_hash_table_insert (self->names, key, name);
            }
        }
    }
  return TRUE;
}

/* Every word of every key of @names (split at spaces): NAME_WORD_FIRST
 * when a key starts with it, else NAME_WORD_INSIDE. */
static GHashTable *
name_words_of (GHashTable *names)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  const char *key;

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    {
      for (const char *p = key; *p != '\0';)
        {
          const char *space = strchr (p, ' ');
          gsize len = space != NULL ? (gsize) (space - p) : strlen (p);
          char *word = g_strndup (p, len);

          /* A first word is first whatever other keys hold it inside. */
          if (p == key)
            g_hash_table_insert (words, word, NAME_WORD_FIRST);
          else if (!g_hash_table_contains (words, word))
            g_hash_table_insert (words, word, NAME_WORD_INSIDE);
          else
            g_free (word);
          p += len;
          while (*p == ' ')
            p++;
        }
    }
  return words;
}

void
sitrep_suggest_warm_up (void)
{
  _sitrep_gazetteer_get_bundled ();
  _sitrep_suggest_places_warm_up ();
  common_word_set ();
}

SitrepSuggester *
sitrep_suggester_new (SitrepStore  *store,
                      GError      **error)
{
  g_autoptr(SitrepSuggester) self = NULL;

  g_return_val_if_fail (store == NULL || SITREP_IS_STORE (store), NULL);

  self = g_object_new (SITREP_TYPE_SUGGESTER, NULL);
  if (store != NULL)
    {
      self->store = g_object_ref (store);
      if (!load_entities (self, error) ||
          !_sitrep_store_load_suggest_memory (store, self->rejected, self->learned,
                                              self->place_keys, error))
        return NULL;
    }
  _sitrep_suggest_add_bundled_actors (self->names);
  self->name_words = name_words_of (self->names);
  self->names_filter = _sitrep_suggest_key_filter_new (self->names);
  return g_steal_pointer (&self);
}

gboolean
sitrep_suggester_use_annotations (SitrepSuggester  *self,
                                  gint64            article_id,
                                  GError          **error)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTER (self), FALSE);
  g_clear_pointer (&self->annotated, g_array_unref);
  self->annotated = self->store != NULL ? _sitrep_suggest_load_annotated (self->store, article_id, error) : NULL;
  return self->store == NULL || self->annotated != NULL;
}

void
sitrep_suggester_set_title (SitrepSuggester *self,
                            const char      *title)
{
  g_return_if_fail (SITREP_IS_SUGGESTER (self));
  g_free (self->title);
  self->title = g_strdup (title);
}

/* Room in the per-token tables for @n_tokens tokens. */
static void
grow_token_room (SitrepSuggester *self,
                 guint            n_tokens)
{
  self->token_room = MAX (n_tokens, 1024);
  self->token_words = g_renew (SuggestWord *, self->token_words, self->token_room);
  self->token_lists = g_renew (guint64, self->token_lists, self->token_room);
  self->token_caps = g_renew (guint, self->token_caps, self->token_room);
  self->token_arabic = g_renew (guint, self->token_arabic, self->token_room);
  self->token_cap_runs = g_renew (guint8, self->token_cap_runs, self->token_room);
  self->block_lists = g_renew (guint64, self->block_lists, SUGGEST_BLOCKS (self->token_room));
  self->block_flags = g_renew (guint16, self->block_flags, SUGGEST_BLOCKS (self->token_room));
}

/* The per-token tables given back after a text too long to keep them for. */
static void
drop_token_room (SitrepSuggester *self)
{
  g_clear_pointer (&self->token_words, g_free);
  g_clear_pointer (&self->token_lists, g_free);
  g_clear_pointer (&self->token_caps, g_free);
  g_clear_pointer (&self->token_arabic, g_free);
  g_clear_pointer (&self->token_cap_runs, g_free);
  g_clear_pointer (&self->block_lists, g_free);
  g_clear_pointer (&self->block_flags, g_free);
  g_array_unref (self->byte_tokens);
  self->byte_tokens = g_array_new (FALSE, FALSE, sizeof (guint));
  self->token_room = 0;
  _sitrep_suggest_out_clear (&self->out);
}

SitrepSuggestResult *
sitrep_suggester_run (SitrepSuggester     *self,
                      const char          *text,
                      const char          *published,
                      SitrepDatePrecision  precision,
                      GCancellable        *cancellable)
{
  SuggestRun run = { 0 };
  SitrepSuggestResult *result;

  g_return_val_if_fail (SITREP_IS_SUGGESTER (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (self->gazetteer == NULL)
    {
      self->gazetteer = sitrep_gazetteer_new (self->store, NULL);
      /* The project's places are looked up only under the keys they have. */
      if (self->gazetteer != NULL && self->store != NULL)
        _sitrep_gazetteer_set_project_keys (self->gazetteer, self->place_keys);
    }

  run.text = text;
  run.text_len = strlen (text);
  if (self->paragraphs == NULL)
    self->paragraphs = g_array_new (FALSE, FALSE, sizeof (guint));
  run.tokens = _sitrep_suggest_tokenize_run (text, g_steal_pointer (&self->tokens), self->paragraphs, self->byte_tokens);
  run.byte_tokens = (const guint *) (gconstpointer) self->byte_tokens->data;
  run.n_byte_blocks = self->byte_tokens->len;
  run.paragraphs = (const guint *) (gconstpointer) self->paragraphs->data;
  run.n_paragraphs = self->paragraphs->len;
  run.toks = (const SuggestToken *) (gconstpointer) run.tokens->data;
  run.n_tokens = run.tokens->len;
  if (self->token_room < run.n_tokens)
    grow_token_room (self, run.n_tokens);
  /* The regions' memo by words holds words no more. */
  if (_sitrep_suggest_words_trim (self->words, MAX_CACHED_KEYS))
    _sitrep_suggest_word_runs_clear (self->region_runs);
  if (g_hash_table_size (self->region_cache) > MAX_CACHED_KEYS)
    g_hash_table_remove_all (self->region_cache);
  run.region_cache = self->region_cache;
  run.region_runs = self->region_runs;
  run.words = self->token_words;
  run.lexicon = self->lexicon;
  run.lists = self->token_lists;
  run.caps = self->token_caps;
  run.arabic = self->token_arabic;
  run.cap_runs = self->token_cap_runs;
  run.block_lists = self->block_lists;
  run.block_flags = self->block_flags;
  if (run.n_tokens > 0)
    memset (run.cap_runs, 0, run.n_tokens);
  _sitrep_suggest_words_mark (self->words, &run);
  run.month_cache = self->month_cache;
  /* The dates' memo holds this publication date's resolutions only. */
  if (self->date_memo_precision != precision || g_strcmp0 (self->date_memo_published, published) != 0)
    {
      g_hash_table_remove_all (self->date_memo);
      g_free (self->date_memo_published);
      self->date_memo_published = g_strdup (published);
      self->date_memo_precision = precision;
    }
  run.date_memo = self->date_memo;
  /* The suggestions are the arena's, which the result frees. */
  self->out.len = 0;
  run.out = &self->out;
  run.arena = _sitrep_suggest_arena_new ();
  run.published = published;
  run.precision = precision;
  run.title = self->title;
  run.gazetteer = self->gazetteer;
  run.names = self->names;
  run.place_names = self->place_names;
  run.name_words = self->name_words;
  run.names_filter = self->names_filter;
  run.place_keys = self->place_keys;
  run.learned = self->learned;
  run.rejected = self->rejected != NULL && g_hash_table_size (self->rejected) > 0 ? self->rejected : NULL;
  run.cancellable = cancellable;
  run.context = g_steal_pointer (&self->context);
  run.grams = g_steal_pointer (&self->grams);
  run.grams_mask = self->grams_mask;

  _sitrep_suggest_actors (&run);
  if (!g_cancellable_is_cancelled (cancellable))
    _sitrep_suggest_places (&run);
  if (!g_cancellable_is_cancelled (cancellable))
    _sitrep_suggest_figures (&run);
  if (!g_cancellable_is_cancelled (cancellable))
    _sitrep_suggest_dates (&run);
  if (!g_cancellable_is_cancelled (cancellable))
    _sitrep_suggest_claimants (&run);

  resolve_overlaps (run.out);
  _sitrep_suggest_add_annotated (&run, &self->annotated);

  result = g_new0 (SitrepSuggestResult, 1);
  result->suggestions = g_ptr_array_sized_new (run.out->len);
  g_ptr_array_set_size (result->suggestions, run.out->len);
  if (run.out->len > 0)
    memcpy (result->suggestions->pdata, run.out->pdata, run.out->len * sizeof (gpointer));
  result->memory = run.arena;
  result->incidents = _sitrep_suggest_incidents (result->suggestions);
  _sitrep_suggest_incidents_report_day (result->suggestions, result->incidents, published, precision);
  g_ptr_array_set_free_func (result->incidents, (GDestroyNotify) incident_free);
  self->context = run.context;
  if (run.text_len <= MAX_KEPT_TEXT)
    self->tokens = run.tokens;
  else
    {
      g_array_unref (run.tokens);
      drop_token_room (self);
    }
  g_free (run.scratch);
  self->grams = run.grams;
  self->grams_mask = run.grams_mask;
  g_clear_pointer (&self->title, g_free);
  return result;
}

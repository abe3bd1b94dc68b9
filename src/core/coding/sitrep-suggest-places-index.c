/* sitrep-suggest-places-index.c — what the place detector looks up, read once per text: placed mentions by spot and by position; places made doubtful by the rest of the article (the gazetteer's context: sitrep-suggest-places-context.c)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-gazetteer-private.h"
#include "sitrep-suggest-private.h"
#include "sitrep-suggest-places-private.h"
#include "sitrep-suggest-spans.h"

/* A long article is resolved against the text around each name, not all of it. */
#define CONTEXT_WINDOW 4096
/* Two places of a name this far apart are homonyms a text must tell apart
 * (FAR_APART_KM of sitrep-suggest-places.c). */
#define HOMONYMS_APART_KM 50.0

/* ------------------------------------------------ what weigh_places asks, in linear time */

/* The placed mentions of an article grouped by where they are: a long report
 * names a few hundred places thousands of times, and weigh_places asks of
 * each mention how far the nearest other place is and how many mentions
 * are of others; asked of every pair of mentions that was quadratic. */
gboolean
_sitrep_suggest_is_placed (const SitrepSuggestion *o)
{
  return o->kind == SITREP_SUGGEST_PLACE && !isnan (o->latitude);
}

static void
count_in (GHashTable *table,
          char       *key)
{
  g_hash_table_insert (table, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (table, key)) + 1));
}

void
_sitrep_suggest_spots_init (Spots      *spots,
                            SuggestRun *run,
                            guint       from)
{
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  spots->spots = g_array_new (FALSE, FALSE, sizeof (Spot));
  spots->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  spots->by_text = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  spots->by_both = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  spots->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  spots->n = 0;
  for (guint m = from; m < run->out->len; m++)
    {
      SitrepSuggestion *o = run->out->pdata[m];
      g_autofree char *where = NULL;
      gpointer at;
      Spot *spot;

      if (!_sitrep_suggest_is_placed (o))
        continue;
      spots->n++;
      where = g_strdup_printf ("%" G_GINT64_FORMAT " %a %a", o->geonameid, o->latitude, o->longitude);
      if (!g_hash_table_lookup_extended (index, where, NULL, &at))
        {
          Spot fresh = { o->geonameid, o->latitude, o->longitude, sitrep_gazetteer_cos_lat (o->latitude), 0,
                         g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) };

          g_array_append_val (spots->spots, fresh);
          at = GUINT_TO_POINTER (spots->spots->len - 1);
          g_hash_table_insert (index, g_steal_pointer (&where), at);
        }
      spot = &g_array_index (spots->spots, Spot, GPOINTER_TO_UINT (at));
      spot->n++;
      count_in (spot->texts, g_strdup (o->text));
      count_in (spots->by_id, g_strdup_printf ("%" G_GINT64_FORMAT, o->geonameid));
      count_in (spots->by_text, g_strdup (o->text));
      count_in (spots->by_both, g_strdup_printf ("%" G_GINT64_FORMAT " %s", o->geonameid, o->text));
    }
}

void
_sitrep_suggest_spots_clear (Spots *spots)
{
  for (guint i = 0; i < spots->spots->len; i++)
    g_hash_table_unref (g_array_index (spots->spots, Spot, i).texts);
  g_array_unref (spots->spots);
  g_hash_table_unref (spots->by_id);
  g_hash_table_unref (spots->by_text);
  g_hash_table_unref (spots->by_both);
  g_hash_table_unref (spots->answers);
}

static guint
count_of (GHashTable *table,
          const char *key)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (table, key));
}

/* For @s: the distance to the nearest placed mention of another place
 * under another text, and how many such mentions there are — as a pass
 * over every other mention would find them. */
SpotsAnswer
_sitrep_suggest_spots_ask (Spots                  *spots,
                           const SitrepSuggestion *s)
{
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT " %a %a %s", s->geonameid, s->latitude,
                                          s->longitude, s->text);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, s->geonameid);
  g_autofree char *both = g_strdup_printf ("%" G_GINT64_FORMAT " %s", s->geonameid, s->text);
  SpotsAnswer *answer = g_hash_table_lookup (spots->answers, key);
  double cos_lat;

  if (answer != NULL)
    return *answer;
  cos_lat = sitrep_gazetteer_cos_lat (s->latitude);
  answer = g_new (SpotsAnswer, 1);
  answer->nearest = G_MAXDOUBLE;
  /* Id 0 is no place's: places pinned without one (learned, regions)
   * are told apart by their text only. */
  answer->others = s->geonameid == 0 ? spots->n - count_of (spots->by_text, s->text) :
                   spots->n - count_of (spots->by_id, id) - count_of (spots->by_text, s->text) +
                   count_of (spots->by_both, both);
  for (guint i = 0; i < spots->spots->len; i++)
    {
      const Spot *spot = &g_array_index (spots->spots, Spot, i);

      /* Another place, named here by some other text. */
      if ((spot->geonameid != 0 && spot->geonameid == s->geonameid) || spot->n == count_of (spot->texts, s->text))
        continue;
      answer->nearest = MIN (answer->nearest, _sitrep_suggest_near_band_km (s->latitude, s->longitude, cos_lat,
                                                                            spot->latitude, spot->longitude,
                                                                            spot->cos_lat));
      /* One near place is enough (only "far from all" is asked, and for a
       * village, whether it is within VILLAGE_FAR_KM of one). */
      if (answer->nearest <= VILLAGE_FAR_KM)
        break;
    }
  g_hash_table_insert (spots->answers, g_steal_pointer (&key), answer);
  return *answer;
}

/* ---------------------------------------------------------------- resolved by hash */

struct _ResolvedSlot
{
  guint32           hash;
  const char       *key;   /* NULL: an empty slot */
  SitrepSuggestion *s;
};

SitrepSuggestion *
_sitrep_suggest_resolved_find (const ResolvedIndex *index,
                               guint32              hash,
                               const char          *key)
{
  for (guint at = hash & index->mask; index->slots != NULL && index->slots[at].key != NULL; at = (at + 1) & index->mask)
    {
      const struct _ResolvedSlot *slot = &index->slots[at];

      if (slot->hash == hash && strcmp (slot->key, key) == 0)
        return slot->s;
    }
  return NULL;
}

/* Adds @key (not held yet; kept by the caller as long as @index) and @s. */
void
_sitrep_suggest_resolved_add (ResolvedIndex    *index,
                              guint32           hash,
                              const char       *key,
                              SitrepSuggestion *s)
{
  guint at;

  /* At most half full: grown by doubling, its slots put back. */
  if (index->slots == NULL || (index->n + 1) * 2 > index->mask + 1)
    {
      struct _ResolvedSlot *old = index->slots;
      guint old_size = old != NULL ? index->mask + 1 : 0;

      index->mask = old != NULL ? 2 * old_size - 1 : 63;
      index->slots = g_new0 (struct _ResolvedSlot, index->mask + 1);
      for (guint k = 0; k < old_size; k++)
        {
          if (old[k].key == NULL)
            continue;
          for (at = old[k].hash & index->mask; index->slots[at].key != NULL; at = (at + 1) & index->mask)
            ;
          index->slots[at] = old[k];
        }
      g_free (old);
    }
  for (at = hash & index->mask; index->slots[at].key != NULL; at = (at + 1) & index->mask)
    ;
  index->slots[at] = (struct _ResolvedSlot) { hash, key, s };
  index->n++;
}

void
_sitrep_suggest_resolved_clear (ResolvedIndex *index)
{
  g_clear_pointer (&index->slots, g_free);
  index->mask = 0;
  index->n = 0;
}

/* ---------------------------------------------------------------- places by position */

/* The places proposed so far, by where they start, for region_places to
 * find the one over a region's name without a pass over all of them for
 * each name (quadratic in a long report). */
typedef struct
{
  gsize byte_start;
  guint index;     /* in run->out */
} PlaceAt;

/* Whether @a comes before @b: by start, then by index. */
static inline gboolean
place_at_before (const PlaceAt *a,
                 const PlaceAt *b)
{
  return a->byte_start < b->byte_start || (a->byte_start == b->byte_start && a->index < b->index);
}

/* _sitrep_suggest_sort_few () of a few PlaceAt (by insertion, as it sorts
 * as many), the compare inlined: the places are sorted so for every pass
 * that asks what place a span is in. */
#define FEW_TO_INSERT 32
static void
insert_place_at (PlaceAt *at,
                 guint    n)
{
  for (guint i = 1; i < n; i++)
    {
      PlaceAt moved = at[i];
      guint j = i;

      while (j > 0 && place_at_before (&moved, &at[j - 1]))
        {
          at[j] = at[j - 1];
          j--;
        }
      at[j] = moved;
    }
}

/* The same of more, by merging their ascending runs (a few: each pass
 * adds its places in order), the compare inlined (no two compare equal:
 * indices differ). */
static void
merge_place_at (PlaceAt *at,
                guint    n)
{
  g_autofree PlaceAt *buf = g_new (PlaceAt, n);
  g_autofree guint *bounds = g_new (guint, n + 1);
  PlaceAt *src = at, *dst = buf;
  guint n_runs = 0;

  bounds[n_runs++] = 0;
  for (guint i = 1; i < n; i++)
    {
      if (place_at_before (&src[i], &src[i - 1]))
        bounds[n_runs++] = i;
    }
  bounds[n_runs] = n;
  while (n_runs > 1)
    {
      guint out_runs = 0;
      PlaceAt *swap;

      for (guint r = 0; r < n_runs; r += 2)
        {
          guint a = bounds[r], mid = bounds[r + 1], b = r + 2 <= n_runs ? bounds[r + 2] : mid;
          guint i = a, j = mid, k = a;

          bounds[out_runs++] = a;
          while (i < mid && j < b)
            dst[k++] = place_at_before (&src[j], &src[i]) ? src[j++] : src[i++];
          memcpy (dst + k, src + i, (mid - i) * sizeof *src);
          k += mid - i;
          memcpy (dst + k, src + j, (b - j) * sizeof *src);
        }
      bounds[out_runs] = n;
      n_runs = out_runs;
      swap = src;
      src = dst;
      dst = swap;
    }
  if (src != at)
    memcpy (at, src, n * sizeof *at);
}

GArray *
_sitrep_suggest_places_by_start (SuggestRun *run,
                                 gsize      *longest)
{
  GArray *places = g_array_sized_new (FALSE, FALSE, sizeof (PlaceAt), run->out->len);
  PlaceAt *at = (PlaceAt *) (gpointer) places->data;
  guint n = 0;
  gboolean sorted = TRUE;

  *longest = 0;
  for (guint k = 0; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];

      if (o->kind != SITREP_SUGGEST_PLACE)
        continue;
      at[n].byte_start = o->byte_start;
      at[n].index = k;
      /* Indices grow: in order unless a start goes back. */
      sorted = sorted && (n == 0 || at[n - 1].byte_start <= o->byte_start);
      n++;
      *longest = MAX (*longest, o->byte_end - o->byte_start);
    }
  g_array_set_size (places, n);
  if (!sorted && n <= FEW_TO_INSERT)
    insert_place_at ((PlaceAt *) (gpointer) places->data, n);
  else if (!sorted)
    merge_place_at ((PlaceAt *) (gpointer) places->data, n);
  return places;
}

/* The first place proposed (in run->out's order) that starts by @start_by
 * and ends at or after @end_from, or NULL. */
SitrepSuggestion *
_sitrep_suggest_place_over (SuggestRun *run,
                            GArray     *places,
                            gsize       longest,
                            gsize       start_by,
                            gsize       end_from)
{
  guint lo = 0, hi = places->len;
  SitrepSuggestion *found = NULL;
  guint found_index = G_MAXUINT;

  /* Past the last one starting by @start_by … */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (places, PlaceAt, mid).byte_start <= start_by)
        lo = mid + 1;
      else
        hi = mid;
    }
  /* … back to the first that can still reach @end_from. */
  for (guint k = lo; k > 0; k--)
    {
      const PlaceAt *at = &g_array_index (places, PlaceAt, k - 1);
      SitrepSuggestion *o = run->out->pdata[at->index];

      if (at->byte_start + longest < end_from)
        break;
      if (o->byte_end >= end_from && at->index < found_index)
        {
          found = o;
          found_index = at->index;
        }
    }
  return found;
}

/* ------------------------------------------------ doubtful by the rest of the article */


/* The countries the article names (ISO codes, as the gazetteer's). */
static const char * const country_names[][2] = {
  { "syria", "SY" }, { "syrian", "SY" }, { "iraq", "IQ" }, { "iraqi", "IQ" }, { "turkey", "TR" },
  { "turkish", "TR" }, { "lebanon", "LB" }, { "lebanese", "LB" }, { "jordan", "JO" },
  { "jordanian", "JO" }, { "israel", "IL" }, { "israeli", "IL" }, { "palestinian", "PS" },
  { "gaza", "PS" }, { "سوريا", "SY" }, { "سورية", "SY" }, { "السوري", "SY" }, { "العراق", "IQ" },
  { "العراقي", "IQ" }, { "تركيا", "TR" }, { "لبنان", "LB" }, { "الأردن", "JO" },
};
/* The same words as one list: a word in none of them is passed by one AND. */
static const char * const country_words[] = {
  "syria", "syrian", "iraq", "iraqi", "turkey", "turkish", "lebanon", "lebanese", "jordan",
  "jordanian", "israel", "israeli", "palestinian", "gaza", "سوريا", "سورية", "السوري", "العراق",
  "العراقي", "تركيا", "لبنان", "الأردن", NULL
};
G_STATIC_ASSERT (G_N_ELEMENTS (country_words) == G_N_ELEMENTS (country_names) + 1);

/* The codes of country_names, each a bit of a set of them. */
static const char country_codes[][3] = { "SY", "IQ", "TR", "LB", "JO", "IL", "PS" };

/* The bit of @code among country_codes, 0 when it is none of them. */
static guint
country_code_bit (const char *code)
{
  for (guint k = 0; k < G_N_ELEMENTS (country_codes); k++)
    {
      if (code[0] == country_codes[k][0] && code[0] != '\0' && code[1] == country_codes[k][1] && code[2] == '\0')
        return 1u << k;
    }
  return 0;
}

/* The set (country_code_bit ()) of the countries the article names. */
static guint
countries_named (SuggestRun *run)
{
  const char * const (*names)[2] = country_names;
  guint codes = 0;

  /* TOK_CAP is a word's: run->caps. */
  for (guint c = 0; c < run->n_caps; c++)
    {
      guint i = run->caps[c];
      guchar first;

      if (!_sitrep_suggest_tok_in (run, i, country_words))
        continue;
      /* A name whose first byte is not the word's (ASCII case folded) is
       * not the word: the rest is compared only of the others. */
      first = g_ascii_tolower (run->text[tok (run, i)->start]);
      for (guint k = 0; k < G_N_ELEMENTS (country_names); k++)
        {
          if ((guchar) names[k][0][0] == first && _sitrep_suggest_tok_is (run, i, names[k][0]))
            codes |= country_code_bit (names[k][1]);
        }
    }
  return codes;
}

/* A small place in a country the article never names, or far from all the
 * article's other places, is flagged doubtful: the name matched, the
 * context did not. */
/* The same by a pass over every mention: for the few of a short report,
 * quicker than grouping them. */
/* g_strcmp0 (@a's text, @b's) == 0, its first byte compared inline (most
 * pairs of mentions differ there). */
static inline gboolean
same_text (const SitrepSuggestion *a,
           const SitrepSuggestion *b)
{
  if (a->text == NULL || b->text == NULL)
    return a->text == b->text;
  return a->text[0] == b->text[0] && strcmp (a->text, b->text) == 0;
}

static SpotsAnswer
pass_ask (SitrepSuggestion * const *placed,
          const double             *placed_cos,
          guint                     n_placed,
          const SitrepSuggestion   *s)
{
  SpotsAnswer answer = { G_MAXDOUBLE, 0 };
  double cos_lat = sitrep_gazetteer_cos_lat (s->latitude);

  for (guint m = 0; m < n_placed; m++)
    {
      const SitrepSuggestion *o = placed[m];

      /* Id 0 is no place's (a learned pin, a region): told apart by text. */
      if ((o->geonameid != 0 && o->geonameid == s->geonameid) || same_text (o, s))
        continue;
      answer.others++;
      /* One near place is enough: the others are only counted. */
      if (answer.nearest > VILLAGE_FAR_KM)
        answer.nearest = MIN (answer.nearest, _sitrep_suggest_near_band_km (s->latitude, s->longitude, cos_lat,
                                                                            o->latitude, o->longitude,
                                                                            placed_cos[m]));
    }
  return answer;
}

#define FEW_PLACES 64

/* The last few mentions pass_ask () answered of, in a pass: a report
 * names the same place again and again, and the answer is a function of
 * the mention's id, point and text alone. */
#define ASK_MEMO 8
typedef struct
{
  const SitrepSuggestion *asked[ASK_MEMO];
  SpotsAnswer             answer[ASK_MEMO];
  guint                   next;
} AskMemo;

static SpotsAnswer
pass_ask_memo (SitrepSuggestion * const *placed,
               const double             *placed_cos,
               guint                     n_placed,
               const SitrepSuggestion   *s,
               AskMemo                  *memo)
{
  SpotsAnswer answer;

  for (guint k = 0; k < ASK_MEMO; k++)
    {
      const SitrepSuggestion *o = memo->asked[k];

      if (o != NULL && o->geonameid == s->geonameid && o->latitude == s->latitude &&
          o->longitude == s->longitude && same_text (o, s))
        return memo->answer[k];
    }
  answer = pass_ask (placed, placed_cos, n_placed, s);
  memo->asked[memo->next] = s;
  memo->answer[memo->next] = answer;
  memo->next = (memo->next + 1) % ASK_MEMO;
  return answer;
}

/* The last few cities city_spelled_otherwise () answered of, in a pass:
 * a text names the same city many times, and each answer folds two names. */
#define CITY_MEMO 4
typedef struct
{
  const SitrepSuggestion *asked[CITY_MEMO];
  gboolean                answer[CITY_MEMO];
  guint                   next;
} CityMemo;

/* Whether the text names @s, a city, by another name than its own. */
static gboolean
city_spelled_otherwise (const SitrepSuggestion *s,
                        CityMemo               *memo)
{
  g_autofree char *own = NULL;
  g_autofree char *theirs = NULL;
  gboolean answer;

  if (s->entity_id != 0)
    return FALSE;
  for (guint k = 0; k < CITY_MEMO; k++)
    {
      const SitrepSuggestion *o = memo->asked[k];

      if (o != NULL && strcmp (o->entity_name, s->entity_name) == 0 && strcmp (o->text, s->text) == 0)
        return memo->answer[k];
    }
  own = _sitrep_suggest_light_key (s->entity_name);
  theirs = _sitrep_suggest_light_key (s->text);
  answer = strcmp (own, theirs) != 0;
  memo->asked[memo->next] = s;
  memo->answer[memo->next] = answer;
  memo->next = (memo->next + 1) % CITY_MEMO;
  return answer;
}

void
_sitrep_suggest_weigh_places (SuggestRun *run,
                              guint       from)
{
  Spots spots = { 0 };
  /* The placed mentions, in order: the few of a short report are asked of
   * in a pass over them rather than over every suggestion. */
  SitrepSuggestion *placed[FEW_PLACES];
  double placed_cos[FEW_PLACES];
  guint n_placed = 0;
  guint codes = countries_named (run);
  CityMemo memo = { { NULL } };
  AskMemo asked = { { NULL } };

  for (guint m = from; m < run->out->len; m++)
    {
      if (!_sitrep_suggest_is_placed (run->out->pdata[m]))
        continue;
      if (n_placed < FEW_PLACES)
        {
          placed[n_placed] = run->out->pdata[m];
          placed_cos[n_placed] = sitrep_gazetteer_cos_lat (placed[n_placed]->latitude);
        }
      n_placed++;
    }
  if (n_placed > FEW_PLACES)
    _sitrep_suggest_spots_init (&spots, run, from);
  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      double nearest;
      guint others;
      SpotsAnswer answer;
      gboolean city;

      /* A city is named across a region, unless the text's name is only
       * another of its names far from all its other places ("Iskandariyah"
       * of Iraq is no İskenderun): the country the text names is not asked. */
      if (s->kind != SITREP_SUGGEST_PLACE || isnan (s->latitude) || s->doubtful ||
          (s->population >= 100000 && (s->entity_name == NULL || strcmp (s->entity_name, s->text) == 0 ||
                                        !city_spelled_otherwise (s, &memo))))
        continue;
      city = s->population >= 100000;
      /* A learned resolution (score 0.95) is the project's own choice of
       * where the name is, so no country the article names overrules it;
       * but the project may have accepted it in another report, unchecked
       * ("Sabbourah" near Hama, GeoNames' only one, accepted as proposed):
       * far from all this report's other places it is doubtful here too. */
      if (!city && s->score < 0.95 && s->country != NULL && codes != 0 && !(codes & country_code_bit (s->country)))
        {
          s->doubtful = TRUE;
          continue;
        }
      answer = spots.spots != NULL ? _sitrep_suggest_spots_ask (&spots, s) :
               pass_ask_memo (placed, placed_cos, n_placed, s, &asked);
      nearest = answer.nearest;
      others = answer.others;
      if (others >= 2 && nearest > (s->population < VILLAGE_POPULATION ? VILLAGE_FAR_KM : FAR_FROM_OTHERS_KM))
        s->doubtful = TRUE;
    }
  if (spots.spots != NULL)
    _sitrep_suggest_spots_clear (&spots);
}

/* ---------------------------------------------------------------- homonyms of a long text */

/* A long text is ranked by stretches (_sitrep_suggest_context_at()), and a
 * name is resolved at its first mention, the others copying it. Where the
 * name has homonyms far apart ("Ariha" in Idlib, and Jericho), the first
 * stretch may say little ("forces from Damascus shelled Ariha") while a
 * later one names Idlib and Saraqib beside it: a homonym is ranked again
 * in each stretch of its mentions that shares no text with the last it was
 * ranked in, and the best-supported answer (the highest score) becomes
 * every mention's. */
typedef struct
{
  gsize      chunk;      /* the stretch last ranked in */
  GPtrArray *mentions;   /* SitrepSuggestion, not owned */
} Homonym;

static void
homonym_free (gpointer data)
{
  Homonym *h = data;

  g_ptr_array_unref (h->mentions);
  g_free (h);
}

/* Whether the bundled places of @key include two far apart. */
static gboolean
has_far_homonyms (const char *key)
{
  Bundled *bundled = _sitrep_gazetteer_get_bundled ();
  GArray *list = g_hash_table_lookup (bundled->by_key, key);

  for (guint a = 0; list != NULL && a < list->len; a++)
    {
      const SitrepGazetteerPlace *p = bundled->places->pdata[g_array_index (list, guint, a)];

      for (guint b = a + 1; b < list->len; b++)
        {
          const SitrepGazetteerPlace *q = bundled->places->pdata[g_array_index (list, guint, b)];

          if (sitrep_gazetteer_distance_km (p->latitude, p->longitude, q->latitude, q->longitude) > HOMONYMS_APART_KM)
            return TRUE;
        }
    }
  return FALSE;
}

static void
take_place (SuggestRun             *run,
            SitrepSuggestion       *to,
            const SitrepSuggestion *from)
{
  to->latitude = from->latitude;
  to->longitude = from->longitude;
  to->geonameid = from->geonameid;
  to->country = _sitrep_suggest_strdup (run, from->country);
  to->admin1 = _sitrep_suggest_strdup (run, from->admin1);
  to->doubtful = from->doubtful;
  to->population = from->population;
  to->score = from->score;
  if (to->entity_id == 0)
    to->entity_name = _sitrep_suggest_strdup (run, from->entity_name);
}

GHashTable *
_sitrep_suggest_homonyms_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, homonym_free);
}

void
_sitrep_suggest_homonym_first (SuggestRun       *run,
                               GHashTable       *homonyms,
                               const char       *key,
                               SitrepSuggestion *s)
{
  Homonym *h;

  if (_sitrep_suggest_context_chunk (run, s->byte_start) == 0 || s->score >= 0.95 || !has_far_homonyms (key))
    return;
  h = g_new0 (Homonym, 1);
  h->chunk = _sitrep_suggest_context_chunk (run, s->byte_start);
  h->mentions = g_ptr_array_new ();
  g_ptr_array_add (h->mentions, s);
  g_hash_table_insert (homonyms, g_strdup (key), h);
}

/* Whether the places proposed just before @s (up to NEIGHBOURS of them, in
 * its window) all lie far from @same's answer: the stretch then says
 * something else, worth a ranking; none there, or one near, and the answer
 * stands without reading the stretch again. */
#define NEIGHBOURS 3

static gboolean
neighbours_far (SuggestRun             *run,
                const SitrepSuggestion *s,
                const SitrepSuggestion *same)
{
  guint seen = 0;

  for (guint k = run->out->len; k > 0 && seen < NEIGHBOURS; k--)
    {
      const SitrepSuggestion *o = run->out->pdata[k - 1];

      if (o == s || !_sitrep_suggest_is_placed (o) || strcmp (o->text, s->text) == 0)
        continue;
      if (o->byte_start + CONTEXT_WINDOW < s->byte_start)
        break;
      if (sitrep_gazetteer_distance_km (o->latitude, o->longitude, same->latitude, same->longitude) <=
          SITREP_GAZETTEER_DOUBTFUL_KM)
        return FALSE;
      seen++;
    }
  return seen > 0;
}

void
_sitrep_suggest_homonym_again (SuggestRun       *run,
                               GHashTable       *homonyms,
                               const char       *key,
                               SitrepSuggestion *s,
                               SitrepSuggestion *same)
{
  Homonym *h;
  gsize chunk;
  SitrepSuggestion here;

  /* A short text (one stretch) has none: its key is not hashed. */
  if (g_hash_table_size (homonyms) == 0)
    return;
  h = g_hash_table_lookup (homonyms, key);
  if (h == NULL)
    return;
  g_ptr_array_add (h->mentions, s);
  chunk = _sitrep_suggest_context_chunk (run, s->byte_start);
  /* A stretch is its window and the two before it: one that shares no
   * text with the last ranked (every third) says something new. */
  if (chunk < h->chunk + 3 || !neighbours_far (run, s, same))
    return;
  h->chunk = chunk;
  /* Ranked again in this stretch; its strings are the arena's, as every
   * suggestion's (s's text is kept as long). */
  here = (SitrepSuggestion) {
    .kind = SITREP_SUGGEST_PLACE,
    .text = s->text,
    .byte_start = s->byte_start,
    .byte_end = s->byte_end,
    .latitude = NAN,
    .longitude = NAN,
  };
  if (_sitrep_suggest_resolve_place (run, &here, key) && !isnan (here.latitude) && here.geonameid != same->geonameid &&
      here.score > same->score)
    {
      for (guint m = 0; m < h->mentions->len; m++)
        take_place (run, h->mentions->pdata[m], &here);
    }
}

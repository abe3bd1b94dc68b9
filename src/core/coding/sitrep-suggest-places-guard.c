/* sitrep-suggest-places-guard.c — names that are no place: regions of the world, waters and landforms, towns of the United States, short names (a place's own spelling: -places-spelling.c)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-gazetteer-private.h"
#include "sitrep-suggest-private.h"

/* ---------------------------------------------------------------- regions of the world */

/* Continents and the regions of the world named by direction: not places a
 * coder pins ("the Near East and South and Central Asia", "the Levant"). */
static const char * const world_regions[] = {
  "asia", "europe", "africa", "america", "americas", "oceania", "levant", "mideast", "eurasia",
  "maghreb", "mashriq", "balkans", "caucasus", "arctic", "antarctica", "sahel", NULL
};

static const char * const region_directions[] = {
  "near", "middle", "far", "east", "west", "north", "south", "central", "southeast", "southwest",
  "northeast", "northwest", "eastern", "western", "northern", "southern", "sub", "saharan", "latin",
  "and", NULL
};

gboolean
_sitrep_suggest_is_world_region (SuggestRun *run,
                                 guint       first,
                                 guint       last)
{
  gboolean region = FALSE;

  /* "Asia", "Central Asia", "South and Central Asia", "the Middle East", "Near East". */
  for (guint i = first; i <= last; i++)
    {
      const SuggestToken *t = tok (run, i);

      if (t->flags & TOK_HYPHEN)
        continue;
      if (!(t->flags & TOK_WORD))
        return FALSE;
      if (i == last && (_sitrep_suggest_tok_in (run, i, world_regions) ||
                        (i > first && _sitrep_suggest_tok_is (run, i, "east"))))
        region = TRUE;
      else if (!_sitrep_suggest_tok_in (run, i, region_directions) && !_sitrep_suggest_is_article (run, i))
        return FALSE;
    }
  return region;
}

/* "South and Central Asia": a direction before "and" and a region of the
 * world is part of it. */
gboolean
_sitrep_suggest_before_world_region (SuggestRun *run,
                                     guint       i)
{
  guint n = run->tokens->len;

  for (guint j = i + 1; j < n && j < i + 5; j++)
    {
      if (tok (run, j)->sentence != tok (run, i)->sentence || !(tok (run, j)->flags & TOK_WORD))
        return FALSE;
      if (_sitrep_suggest_tok_in (run, j, world_regions))
        return TRUE;
      if (!_sitrep_suggest_tok_in (run, j, region_directions))
        return FALSE;
    }
  return FALSE;
}

/* ---------------------------------------------------------------- waters and landforms */

/* Nouns that end the name of a water or a landform ("the Red Sea", "the
 * Khabur River", "the Badiya Desert", "the Yarmouk Basin"): the name is
 * the feature, not the town it shares a word with. */
static const char * const landform_nouns[] = {
  "sea", "gulf", "ocean", "river", "lake", "strait", "straits", "bay", "canal", "desert", "basin",
  "valley", "plain", "plains", "mountains", "mountain", "mount", "hills", "heights", "plateau",
  "peninsula", "island", "islands", "marshes", "steppe", NULL
};

static const char * const landform_heads[] = {
  "jabal", "jebel", "jabel", "mount", "lake", NULL
};

static const char * const water_heads[] = {
  "gulf", "sea", "bay", "strait", "straits", "lake", NULL
};

static gboolean
is_cap_word (SuggestRun *run,
             guint       i)
{
  return (tok (run, i)->flags & TOK_WORD) && (tok (run, i)->flags & TOK_CAP) && !(tok (run, i)->flags & TOK_ARABIC);
}

/* The landform named at tokens @i …; its last token in @last. */
static gboolean
landform_at (SuggestRun *run,
             guint       i,
             guint      *last)
{
  guint n = run->tokens->len;
  guint j = i;

  if (!is_cap_word (run, i) || (i > 0 && is_cap_word (run, i - 1) && tok (run, i - 1)->sentence == tok (run, i)->sentence))
    return FALSE;
  /* "HMS Ocean", "USS Mahan": a ship's name after its prefix in capitals. */
  for (guint k = tok (run, i)->start; k < tok (run, i)->end && tok (run, i)->end - tok (run, i)->start > 1; k++)
    {
      if (!g_ascii_isupper (run->text[k]))
        break;
      if (k + 1 == tok (run, i)->end)
        return FALSE;
    }
  /* "Gulf of Aden", "Sea of Galilee", "Lake of Homs" */
  if (_sitrep_suggest_tok_in (run, i, water_heads) && i + 2 < n && _sitrep_suggest_tok_is (run, i + 1, "of") &&
      is_cap_word (run, i + 2) && tok (run, i + 2)->sentence == tok (run, i)->sentence)
    {
      *last = i + 2;
      return TRUE;
    }
  /* "Jabal Al Zawiya", "Jebel al-Arba'in", "Mount Hermon": a height named by its first word. */
  if (_sitrep_suggest_tok_in (run, i, landform_heads))
    {
      guint k = i + 1;

      while (k < n && k < i + 4 && tok (run, k)->sentence == tok (run, i)->sentence &&
             (_sitrep_suggest_is_article (run, k) ||
              ((tok (run, k)->flags & TOK_HYPHEN) && tok (run, k)->space_before == 0 && _sitrep_suggest_is_article (run, k - 1))))
        k++;
      if (k < n && k > i && is_cap_word (run, k) && tok (run, k)->sentence == tok (run, i)->sentence &&
          !_sitrep_suggest_is_article (run, k))
        {
          *last = k;
          return TRUE;
        }
    }
  /* "North Arabian Sea", "Khabur River", "Badiya Desert": capitalised words up to the noun. */
  for (; j < n && j < i + 4 && is_cap_word (run, j) && tok (run, j)->sentence == tok (run, i)->sentence &&
         (j == i || tok (run, j)->space_before == 1); j++)
    {
      if (j > i && _sitrep_suggest_tok_in (run, j, landform_nouns))
        {
          *last = j;
          return TRUE;
        }
    }
  return FALSE;
}

typedef struct {
  gsize    start, end;   /* bytes */
  guint    first, last;  /* tokens */
  gboolean covered;      /* a place proposed over all of it stays */
} Landform;

/* The first landform of @forms (sorted, disjoint) that starts at or after @pos. */
static guint
landform_from (const GArray *forms,
               gsize         pos)
{
  guint lo = 0, hi = forms->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (forms, Landform, mid).start < pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Whether the place @o lies inside a landform no place covers. The
 * landforms are disjoint and sorted, so their ends rise with their starts:
 * those holding @o are just before the first that starts after it. */
static gboolean
inside_free_landform (const GArray           *forms,
                      const SitrepSuggestion *o)
{
  for (guint k = landform_from (forms, o->byte_start + 1); k > 0; k--)
    {
      const Landform *f = &g_array_index (forms, Landform, k - 1);

      if (f->end < o->byte_end)
        break;
      if (!f->covered)
        return TRUE;
    }
  return FALSE;
}

/* Proposes the waters and landforms of the text as places of their own:
 * those the gazetteer names keep its place ("Euphrates River" is no town);
 * the others, unplaced, ready for a pin. The places found inside them
 * ("Arabian" in "the Arabian Gulf", "Aden" in "the Gulf of Aden") give way
 * to them. The landforms are found first, then each place is set against
 * them by a binary search: one pass over the places, not one per landform
 * (a text dense with landforms was quadratic). */
void
_sitrep_suggest_landforms (SuggestRun *run,
                           guint       from)
{
  g_autoptr(GArray) forms = NULL;
  g_autoptr(GPtrArray) dropped = NULL;
  guint kept, n = run->tokens->len;
  /* A landform opens with a head ("Gulf", "Jabal") or has a noun among
   * its next three words ("Khabur River"): landform_at () is asked only
   * there, found by the words' list bits (when all three lists have one). */
  guint64 heads = _sitrep_suggest_list_bit (run, water_heads);
  guint64 land_heads = _sitrep_suggest_list_bit (run, landform_heads);
  guint64 nouns = _sitrep_suggest_list_bit (run, landform_nouns);
  gboolean by_bits = heads != 0 && land_heads != 0 && nouns != 0;

  heads |= land_heads;
  /* landform_at () starts at a capitalised word (run->caps) only. */
  for (guint c = 0, after = 0; c < run->n_caps; c++)
    {
      guint i = run->caps[c];
      Landform f = { 0, };

      if (i < after)
        continue;
      if (by_bits && !(run->lists[i] & heads) && !(i + 1 < n && (run->lists[i + 1] & nouns)) &&
          !(i + 2 < n && (run->lists[i + 2] & nouns)) && !(i + 3 < n && (run->lists[i + 3] & nouns)))
        continue;
      if (!landform_at (run, i, &f.last))
        continue;
      f.first = i;
      f.start = tok (run, i)->start;
      f.end = tok (run, f.last)->end;
      if (forms == NULL)
        forms = g_array_new (FALSE, FALSE, sizeof (Landform));
      g_array_append_val (forms, f);
      after = f.last + 1;
    }
  if (forms == NULL)
    return;
  /* A place proposed over all of a landform keeps it (and what is in it). */
  for (guint k = from; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];

      if (o->kind != SITREP_SUGGEST_PLACE)
        continue;
      for (guint m = landform_from (forms, o->byte_start);
           m < forms->len && g_array_index (forms, Landform, m).end <= o->byte_end; m++)
        g_array_index (forms, Landform, m).covered = TRUE;
    }
  /* The places inside the other landforms give way: the kept ones moved
   * up in order, the others after them, freed at once. */
  dropped = g_ptr_array_new ();
  kept = from;
  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *o = run->out->pdata[k];

      if (o->kind == SITREP_SUGGEST_PLACE && inside_free_landform (forms, o))
        g_ptr_array_add (dropped, o);
      else
        run->out->pdata[kept++] = o;
    }
  for (guint m = 0; m < dropped->len; m++)
    run->out->pdata[kept + m] = dropped->pdata[m];
  _sitrep_suggest_out_remove_range (run->out, kept, dropped->len);
  for (guint m = 0; m < forms->len; m++)
    {
      const Landform *f = &g_array_index (forms, Landform, m);
      g_autofree char *key = NULL;
      SitrepSuggestion *s;

      if (f->covered)
        continue;
      key = _sitrep_suggest_span_key (run, f->first, f->last);
      if (*key == '\0' || _sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PLACE, key))
        continue;
      s = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, f->first, f->last);
      s->score = 0.4;
      s->entity_name = _sitrep_suggest_strdup (run, s->text);
    }
}

/* ---------------------------------------------------------------- names that are no place */

/* Whether word @i is in capitals, of two letters or more. */
gboolean
_sitrep_suggest_is_all_caps (SuggestRun *run,
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

/* "pro-Damascus militiamen", "anti-Baghdad": a side, not a place. */
static inline gboolean
after_side_prefix (SuggestRun *run,
                   guint       first)
{
  /* Glued to what is before it first: most words have a space before. */
  return first >= 2 && tok (run, first)->space_before == 0 && (tok (run, first - 1)->flags & TOK_HYPHEN) &&
         tok (run, first - 1)->space_before == 0 &&
         (_sitrep_suggest_tok_is (run, first - 2, "pro") || _sitrep_suggest_tok_is (run, first - 2, "anti"));
}

/* Drops the places proposed from @from on that name a region of the world
 * ("Asia", "the Levant", "South" of "South and Central Asia") or a side
 * ("pro-Damascus"). */
void
_sitrep_suggest_drop_non_places (SuggestRun *run,
                                 guint       from)
{
  gboolean any = FALSE;

  /* Most reports name no region of the world and no side: one pass over
   * the words (one AND each) spares every place its look-ups. */
  /* TOK_CAP is a word's: run->caps. */
  for (guint c = 0; c < run->n_caps && !any; c++)
    {
      guint i = run->caps[c];

      any = _sitrep_suggest_tok_in (run, i, world_regions) || (i > 0 && _sitrep_suggest_tok_is (run, i, "east")) ||
            (i >= 2 && after_side_prefix (run, i));
    }
  if (!any)
    return;
  for (guint k = run->out->len; k > from; k--)
    {
      SitrepSuggestion *s = run->out->pdata[k - 1];
      guint first, last;

      if (s->kind != SITREP_SUGGEST_PLACE || s->byte_end <= s->byte_start)
        continue;
      first = _sitrep_suggest_token_from (run, s->byte_start);
      last = _sitrep_suggest_token_from (run, s->byte_end) - 1;
      if (first >= run->tokens->len || last < first)
        continue;
      if (_sitrep_suggest_is_world_region (run, first, last) ||
          (first == last && _sitrep_suggest_tok_in (run, first, region_directions) &&
           _sitrep_suggest_before_world_region (run, first)) ||
          after_side_prefix (run, first))
        _sitrep_suggest_out_remove (run->out, k - 1);
    }
}

/* Whether the name at token @i is a family name: "al-Assad" or "Al-Janati"
 * after a given name ("Bashar al-Assad", "Issa Al-Janati"). */
gboolean
_sitrep_suggest_is_family_name (SuggestRun *run,
                                guint       i)
{
  guint given;

  /* From the name after the article ("Assad" of "al-Assad") back to it. */
  if (i >= 2 && !_sitrep_suggest_is_article (run, i) && (tok (run, i - 1)->flags & TOK_HYPHEN) &&
      _sitrep_suggest_is_article (run, i - 2))
    i -= 2;
  if (!_sitrep_suggest_is_article (run, i) || i + 2 >= run->tokens->len || !(tok (run, i + 1)->flags & TOK_HYPHEN) ||
      tok (run, i + 1)->space_before > 0 || tok (run, i + 2)->space_before > 0 || i == 0)
    return FALSE;
  given = i - 1;
  return tok (run, given)->sentence == tok (run, i)->sentence && tok (run, i)->space_before == 1 &&
         is_cap_word (run, given) && !_sitrep_suggest_is_article (run, given) &&
         !_sitrep_suggest_tok_in (run, given, region_directions) &&
         !_sitrep_suggest_has_place_cue (run, i) && !_sitrep_suggest_is_lower_common (run, given);
}

/* ---------------------------------------------------------------- towns of the United States */

/* The states of the United States: "a native of Vermillion, South Dakota"
 * names a town by its state, as reports on the soldiers of a coalition do. */
static const char * const us_states[] = {
  "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
  "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
  "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
  "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
  "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
  "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
  "virginia", "washington", "west virginia", "wisconsin", "wyoming", NULL
};
/* Their postal codes, in the same order (GeoNames' admin-1 codes). */
static const char us_codes[][3] = {
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
  "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
  "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"
};
G_STATIC_ASSERT (G_N_ELEMENTS (us_codes) + 1 == G_N_ELEMENTS (us_states));

/* The towns of the United States in GeoNames cities500, by state:
 * build-aux/gen-us-towns.py. */
#define US_TOWNS_TSV "/org/sitrep/Sitrep/core/gazetteer/us-towns.tsv"

typedef struct
{
  GHashTable *towns;    /* "SD vermillion" → double[2] */
  GHashTable *middles;  /* "SD" → double[2]: the mean of the state's towns */
} UsTowns;

static gpointer
load_us_towns (gpointer data)
{
  UsTowns *us = g_new0 (UsTowns, 1);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (US_TOWNS_TSV, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_auto(GStrv) lines = NULL;
  GHashTableIter iter;
  gpointer middle;

  us->towns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  us->middles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (bytes == NULL)
    return us;
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], "\t", 4);
      g_autofree char *lower = NULL;
      double *at, *sum;

      if (g_strv_length (f) < 4)
        continue;
      at = g_new (double, 2);
      at[0] = g_ascii_strtod (f[2], NULL);
      at[1] = g_ascii_strtod (f[3], NULL);
      /* Latitude, longitude and count of the state's towns. */
      sum = g_hash_table_lookup (us->middles, f[0]);
      if (sum == NULL)
        g_hash_table_insert (us->middles, g_strdup (f[0]), sum = g_new0 (double, 3));
      sum[0] += at[0];
      sum[1] += at[1];
      sum[2] += 1;
      lower = g_ascii_strdown (f[1], -1);
      g_hash_table_insert (us->towns, g_strdup_printf ("%s %s", f[0], lower), at);
    }
  g_hash_table_iter_init (&iter, us->middles);
  while (g_hash_table_iter_next (&iter, NULL, &middle))
    {
      double *m = middle;

      m[0] /= m[2];
      m[1] /= m[2];
    }
  return us;
}

/* Where a town of a state is: the town, TRUE; or, not in the file, the
 * state's middle, FALSE. */
static gboolean
us_town_place (const char *code,
               const char *town,
               gsize       town_len,
               double     *latitude,
               double     *longitude)
{
  static GOnce once = G_ONCE_INIT;
  UsTowns *us = g_once (&once, load_us_towns, NULL);
  g_autofree char *name = g_ascii_strdown (town, town_len);
  g_autofree char *key = g_strdup_printf ("%s %s", code, name);
  const double *at = g_hash_table_lookup (us->towns, key);

  if (at == NULL)
    at = g_hash_table_lookup (us->middles, code);
  if (at == NULL)
    return FALSE;
  *latitude = at[0];
  *longitude = at[1];
  return g_hash_table_contains (us->towns, key);
}

/* The state named from token @i on, its last token in @last. */
static gboolean
us_state_at (SuggestRun *run,
             guint       i,
             guint      *last,
             guint      *state)
{
  guint n = run->tokens->len;

  for (guint words = 2; words >= 1; words--)
    {
      char name[32];  /* longer than any state's name: none (no allocation per capitalised word) */
      gsize len = 0;
      guint j;

      if (i + words - 1 >= n)
        continue;
      for (j = i; j < i + words; j++)
        {
          const SuggestToken *t = tok (run, j);

          if (!is_cap_word (run, j) || t->sentence != tok (run, i)->sentence || (j > i && t->space_before != 1) ||
              len + 1 + (t->end - t->start) >= sizeof name)
            break;
          if (j > i)
            name[len++] = ' ';
          for (gsize b = t->start; b < t->end; b++)
            name[len++] = g_ascii_tolower (run->text[b]);
        }
      if (j < i + words)
        continue;
      name[len] = '\0';
      for (guint k = 0; us_states[k] != NULL; k++)
        {
          if (name[0] == us_states[k][0] && strcmp (name, us_states[k]) == 0)
            {
              *last = i + words - 1;
              *state = k;
              return TRUE;
            }
        }
    }
  return FALSE;
}

/* "Vermillion, South Dakota", "Woodbridge, Virginia": proposed whole, as
 * the town (unplaced: the bundled gazetteer has the region's towns and the
 * world's large cities only), and what was proposed inside it dropped. */
void
_sitrep_suggest_us_towns (SuggestRun *run,
                          guint       from)
{
  guint n = run->tokens->len;

  /* The town's last word is capitalised: run->caps, from @after on. */
  for (guint c = 0, after = 0; c < run->n_caps; c++)
    {
      guint town_last = run->caps[c], i = town_last + 2;
      guint state_last, first, state;
      gsize start, end;
      gboolean covered = FALSE;

      if (i < after || i >= n || run->text[tok (run, i - 1)->start] != ',' || !is_cap_word (run, town_last) ||
          !us_state_at (run, i, &state_last, &state))
        continue;
      first = town_last;
      while (first > 0 && first > town_last - 2 && is_cap_word (run, first - 1) &&
             tok (run, first - 1)->sentence == tok (run, first)->sentence && tok (run, first)->space_before == 1)
        first--;
      start = tok (run, first)->start;
      end = tok (run, state_last)->end;
      for (guint k = from; k < run->out->len; k++)
        {
          SitrepSuggestion *o = run->out->pdata[k];

          /* A place the gazetteer knows ("Washington, D.C.") or a name of another kind. */
          if (o->byte_start < end && o->byte_end > start && (o->kind != SITREP_SUGGEST_PLACE || !isnan (o->latitude)) &&
              o->byte_start <= tok (run, town_last)->start)
            covered = TRUE;
        }
      if (!covered)
        {
          g_autofree char *key = _sitrep_suggest_span_key (run, first, state_last);
          SitrepSuggestion *s;

          for (guint k = run->out->len; k > from; k--)
            {
              SitrepSuggestion *o = run->out->pdata[k - 1];

              if (o->kind == SITREP_SUGGEST_PLACE && o->byte_start >= start && o->byte_end <= end)
                _sitrep_suggest_out_remove (run->out, k - 1);
            }
          if (*key != '\0' && !_sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PLACE, key))
            {
              s = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, first, state_last);
              s->score = 0.4;
              s->entity_name = _sitrep_suggest_strdup (run, s->text);
              /* At the town (GeoNames cities500), or doubtful at the
               * middle of its state when the town is not there. */
              if (us_town_place (us_codes[state], run->text + start, tok (run, town_last)->end - start,
                                 &s->latitude, &s->longitude))
                s->score = 0.7;
              else if (!isnan (s->latitude))
                {
                  s->doubtful = TRUE;
                  s->scope = SITREP_PLACE_SCOPE_REGION;
                }
              if (!isnan (s->latitude))
                s->country = _sitrep_suggest_strdup (run, "US");
            }
        }
      after = state_last + 1;
    }
}

/* ---------------------------------------------------------------- short names */

/* The placed places from @from on by where they end (the first of each
 * end), for the short names after them: a sorted array searched at each
 * token before a mark (a hash table of them cost more to build than the
 * few look-ups a text makes). */
typedef struct
{
  gsize end;
  guint index;   /* in run->out */
} PlacedEnd;

static int
compare_placed_end (gconstpointer a,
                    gconstpointer b)
{
  const PlacedEnd *pa = a, *pb = b;

  if (pa->end != pb->end)
    return pa->end < pb->end ? -1 : 1;
  return pa->index < pb->index ? -1 : pa->index > pb->index;
}

static GArray *
placed_by_end (SuggestRun *run,
               guint       from)
{
  /* Room for every suggestion from @from on, written in place; the length set after. */
  GArray *by_end = g_array_sized_new (FALSE, FALSE, sizeof (PlacedEnd), run->out->len - MIN (from, run->out->len));
  PlacedEnd *ends = (PlacedEnd *) (gpointer) g_array_set_size (by_end, run->out->len - MIN (from, run->out->len))->data;
  guint n = 0;
  gboolean sorted = TRUE;

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *o = run->out->pdata[k];
      PlacedEnd at = { o->byte_end, k };

      if (o->kind != SITREP_SUGGEST_PLACE || isnan (o->latitude))
        continue;
      sorted = sorted && (n == 0 || ends[n - 1].end <= at.end);
      ends[n++] = at;
    }
  g_array_set_size (by_end, n);
  if (!sorted)
    _sitrep_suggest_sort_few (by_end, compare_placed_end);
  return by_end;
}

/* "Qayyarah Airfield West, also called “Q-West”", "… (Q-West)": the short
 * name a report gives a place right after it is that place, proposed
 * where it stands and wherever the report uses it again. */
void
_sitrep_suggest_short_names (SuggestRun *run,
                             guint       from)
{
  guint n = run->tokens->len;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) places = g_ptr_array_new ();
  g_autoptr(GArray) by_end = placed_by_end (run, from);
  const PlacedEnd *ends = (const PlacedEnd *) (gconstpointer) by_end->data;
  guint i_from = 0;

  /* The tokens a placed place ends at, in order (the first place of each
   * end, in run->out's order), from @i_from on: a short name's tokens
   * are passed over. */
  for (guint e = 0; e < by_end->len; e++)
    {
      const SitrepSuggestion *place;
      guint i, j, first, last;
      const char *open;

      if ((e > 0 && ends[e - 1].end == ends[e].end) || ends[e].end == 0)
        continue;
      i = _sitrep_suggest_token_holding (run, ends[e].end - 1);
      if (i < i_from || i + 2 >= n || tok (run, i)->end != ends[e].end)
        continue;
      j = i + 1;
      if (!(tok (run, j)->flags & TOK_PUNCT) || tok (run, j)->space_before > 1)
        continue;
      place = run->out->pdata[ends[e].index];
      /* ", also called" / ", also known as" */
      if (run->text[tok (run, j)->start] == ',' && j + 2 < n && _sitrep_suggest_tok_is (run, j + 1, "also") &&
          (_sitrep_suggest_tok_is (run, j + 2, "called") ||
           (_sitrep_suggest_tok_is (run, j + 2, "known") && j + 3 < n && _sitrep_suggest_tok_is (run, j + 3, "as"))))
        j += _sitrep_suggest_tok_is (run, j + 2, "called") ? 3 : 4;
      if (j >= n)
        continue;
      open = run->text + tok (run, j)->start;
      if (open[0] != '(' && !((guchar) open[0] == 0xe2 && _sitrep_suggest_has_prefix (open, "\xe2\x80\x9c")) && open[0] != '"')
        continue;
      first = last = j + 1;
      /* One short name: capitalised words and hyphens, at most three tokens. */
      while (last + 1 < n && last < first + 2 && (tok (run, last + 1)->flags & TOK_HYPHEN) &&
             tok (run, last + 1)->space_before == 0 && last + 2 < n && is_cap_word (run, last + 2))
        last += 2;
      if (first >= n || !is_cap_word (run, first) || last + 1 >= n ||
          (strchr (")\"", run->text[tok (run, last + 1)->start]) == NULL &&
           !_sitrep_suggest_has_prefix (run->text + tok (run, last + 1)->start, "\xe2\x80\x9d")))
        continue;
      /* Its own initial: "Q-West" for Qayyarah, not "(Reuters)" after "BEIRUT". */
      if (g_ascii_toupper (run->text[tok (run, first)->start]) != g_ascii_toupper (place->text[0]))
        continue;
      g_ptr_array_add (names, g_strndup (run->text + tok (run, first)->start, tok (run, last)->end - tok (run, first)->start));
      g_ptr_array_add (places, (gpointer) place);
      i_from = last + 1;
    }
  /* Each use of a short name, as written. */
  for (guint k = 0; k < names->len; k++)
    {
      const char *name = names->pdata[k];
      gsize len = strlen (name);
      const SitrepSuggestion *place = places->pdata[k];
      double lat = place->latitude, lon = place->longitude;
      gboolean doubtful = place->doubtful;
      gint64 geonameid = place->geonameid;
      g_autofree char *entity = g_strdup (place->entity_name);
      g_autofree char *country = g_strdup (place->country);

      for (guint i = 0; i < n; i++)
        {
          guint last = i;
          SitrepSuggestion *s;

          if (memcmp (run->text + tok (run, i)->start, name, MIN (len, run->text_len - tok (run, i)->start)) != 0 ||
              tok (run, i)->start + len > run->text_len)
            continue;
          while (last + 1 < n && tok (run, last + 1)->end <= tok (run, i)->start + len)
            last++;
          if (tok (run, last)->end != tok (run, i)->start + len)
            continue;
          s = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, i, last);
          s->latitude = lat;
          s->longitude = lon;
          s->geonameid = geonameid;
          s->doubtful = doubtful;
          s->country = _sitrep_suggest_strdup (run, country);
          s->score = 0.6;
          s->entity_name = _sitrep_suggest_strdup (run, entity);
          i = last;
        }
    }
}

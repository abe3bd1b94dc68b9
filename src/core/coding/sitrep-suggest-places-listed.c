/* sitrep-suggest-places-listed.c — places the gazetteer lacks, or doubts, placed by the places listed with them ("Kansafra, Al-Fateera and Fleifel")
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-gazetteer-private.h"
#include "sitrep-suggest-private.h"
#include "sitrep-suggest-places-private.h"

static gboolean
same_sentence (SuggestRun *run,
               guint       a,
               guint       b)
{
  return b < run->tokens->len && tok (run, a)->sentence == tok (run, b)->sentence;
}

/* How far from the middle of its listed places a list's places may be for
 * the list to be of one area. */
#define LIST_AREA_KM 50.0
/* How many places of a list are looked at either way. */
#define LIST_ITEMS 6

/* Whether @s is a place this pass may place: unplaced, or a doubtful
 * guess (a loose match, a homonym) that is neither the project's entity
 * nor what it learned. */
static gboolean
unsure (const SitrepSuggestion *s)
{
  return s->kind == SITREP_SUGGEST_PLACE && s->byte_end > 0 &&
         (isnan (s->latitude) || (s->doubtful && s->score < 0.95 && s->entity_id == 0 &&
                                  s->scope == SITREP_PLACE_SCOPE_PLACE));
}

/* The token before the list separator that ends before token @i (", ",
 * " and ", ", and ", " or "), or G_MAXUINT. */
static guint
item_before (SuggestRun *run,
             guint       i)
{
  guint j = i;

  if (j > 0 && (_sitrep_suggest_tok_is (run, j - 1, "and") || _sitrep_suggest_tok_is (run, j - 1, "or")))
    j--;
  if (j > 0 && (tok (run, j - 1)->flags & TOK_PUNCT) && run->text[tok (run, j - 1)->start] == ',')
    j--;
  return j == i || j == 0 || !same_sentence (run, j - 1, i) ? G_MAXUINT : j - 1;
}

/* The token after the list separator that follows token @i, or G_MAXUINT. */
static guint
item_after (SuggestRun *run,
            guint       i)
{
  guint n = run->tokens->len;
  guint j = i + 1;

  if (j < n && (tok (run, j)->flags & TOK_PUNCT) && run->text[tok (run, j)->start] == ',')
    j++;
  if (j < n && (_sitrep_suggest_tok_is (run, j, "and") || _sitrep_suggest_tok_is (run, j, "or")))
    j++;
  return j == i + 1 || j >= n || !same_sentence (run, i, j) ? G_MAXUINT : j;
}

/* Adds to the sums the placed places listed with @s ("Kansafra, Al-Fateera
 * and Fleifel"), certain ones only when @certain; FALSE when one of them is
 * a country. */
static gboolean
listed_with (SuggestRun             *run,
             GArray                 *places,
             gsize                   longest,
             const SitrepSuggestion *s,
             gboolean                certain,
             GPtrArray              *anchors)
{
  guint first = _sitrep_suggest_token_holding (run, s->byte_start);
  guint last = _sitrep_suggest_token_holding (run, s->byte_end - 1);

  for (guint side = 0; side < 2; side++)
    {
      guint at = side == 0 ? first : last;

      for (guint items = 0; items < LIST_ITEMS; items++)
        {
          guint j = side == 0 ? item_before (run, at) : item_after (run, at);
          SitrepSuggestion *o;

          if (j == G_MAXUINT)
            break;
          o = _sitrep_suggest_place_over (run, places, longest, tok (run, j)->start, tok (run, j)->end);
          if (o == NULL || o == s)
            break;
          if (o->scope == SITREP_PLACE_SCOPE_COUNTRY)
            return FALSE;
          if (!isnan (o->latitude) && (!certain || !o->doubtful))
            g_ptr_array_add (anchors, o);
          at = _sitrep_suggest_token_holding (run, side == 0 ? o->byte_start : o->byte_end - 1);
        }
    }
  return TRUE;
}

/* Whether a list separator (",", "and", "or") is next to bytes @start …
 * @end: a look at the bytes before the tokens are searched. */
static gboolean
separator_next_to (SuggestRun *run,
                   gsize       start,
                   gsize       end)
{
  const char *text = run->text;
  gsize b = start;

  while (b > 0 && text[b - 1] == ' ')
    b--;
  if (b > 0 && text[b - 1] == ',')
    return TRUE;
  if ((b >= 4 && memcmp (text + b - 4, " and", 4) == 0) || (b >= 3 && memcmp (text + b - 3, " or", 3) == 0))
    return TRUE;
  return text[end] == ',' ||
         (text[end] == ' ' && ((text[end + 1] == 'a' && _sitrep_suggest_has_prefix (text + end, " and ")) ||
                               (text[end + 1] == 'o' && _sitrep_suggest_has_prefix (text + end, " or "))));
}

/* A place abroad this size is no village a list of villages names by
 * mistake ("Damascus, Aleppo and Beirut" keeps Beirut). */
#define ABROAD_VILLAGE_PEOPLE 50000

static gboolean
is_sure_place (const SitrepSuggestion *o)
{
  return o->kind == SITREP_SUGGEST_PLACE && !isnan (o->latitude) && !o->doubtful && o->country != NULL &&
         (o->scope == SITREP_PLACE_SCOPE_PLACE || o->scope == SITREP_PLACE_SCOPE_REGION);
}

/* Whether the text is sure of a place (a town or a region) in @country,
 * @besides aside: the sure places counted by country once a pass, in
 * @counts (made at the first ask). */
typedef struct
{
  const char *country;
  guint       n;
} CountryCount;

/* strcmp (@a, @b) == 0, a code's two letters and its end compared inline. */
static inline gboolean
same_country (const char *a,
              const char *b)
{
  if (a[0] != b[0] || a[0] == '\0')
    return a[0] == b[0];
  if (a[1] != b[1] || a[1] == '\0')
    return a[1] == b[1];
  if (a[2] != b[2] || a[2] == '\0')
    return a[2] == b[2];
  return strcmp (a + 3, b + 3) == 0;
}

/* The count of @country in @counts (CountryCount): a report's sure places
 * are of a few countries, passed over in a short walk. */
static CountryCount *
country_count (GArray     *counts,
               const char *country)
{
  for (guint k = 0; k < counts->len; k++)
    {
      CountryCount *c = &g_array_index (counts, CountryCount, k);

      if (same_country (c->country, country))
        return c;
    }
  return NULL;
}

static gboolean
sure_of_country (SuggestRun             *run,
                 GArray                **counts,
                 const char             *country,
                 const SitrepSuggestion *besides)
{
  CountryCount *c;
  guint n;

  if (country == NULL)
    return FALSE;
  if (*counts == NULL)
    {
      *counts = g_array_new (FALSE, FALSE, sizeof (CountryCount));
      for (guint k = 0; k < run->out->len; k++)
        {
          const SitrepSuggestion *o = run->out->pdata[k];

          if (!is_sure_place (o))
            continue;
          c = country_count (*counts, o->country);
          if (c != NULL)
            c->n++;
          else
            g_array_append_val (*counts, ((CountryCount) { o->country, 1 }));
        }
    }
  c = country_count (*counts, country);
  n = c != NULL ? c->n : 0;
  if (besides != NULL && n > 0 && is_sure_place (besides) && same_country (besides->country, country))
    n--;
  return n > 0;
}

/* The middle of @anchors in @lat, @lon; FALSE when they are not of one
 * area. With @trim, the anchors of a country the text is sure of only (or
 * of none), the farthest from the middle left out until the rest are of
 * one area, as long as they are two and more than half of them. */
static gboolean
area_of (SuggestRun  *run,
         GArray     **counts,
         GPtrArray   *anchors,
         gboolean     trim,
         double      *lat,
         double      *lon)
{
  guint all = anchors->len;

  for (guint m = anchors->len; trim && m > 0; m--)
    {
      const SitrepSuggestion *o = anchors->pdata[m - 1];

      /* A landform the text names ("Jabal al-Zawiya") has no country. */
      if (o->country != NULL && !sure_of_country (run, counts, o->country, NULL))
        g_ptr_array_remove_index (anchors, m - 1);
    }
  while (anchors->len > 0)
    {
      guint far = 0;
      double far_km = 0;

      *lat = *lon = 0;
      for (guint m = 0; m < anchors->len; m++)
        {
          const SitrepSuggestion *o = anchors->pdata[m];

          *lat += o->latitude / anchors->len;
          *lon += o->longitude / anchors->len;
        }
      for (guint m = 0; m < anchors->len; m++)
        {
          const SitrepSuggestion *o = anchors->pdata[m];
          double km = sitrep_gazetteer_distance_km (o->latitude, o->longitude, *lat, *lon);

          if (km > far_km)
            far = m, far_km = km;
        }
      if (far_km <= LIST_AREA_KM)
        return TRUE;
      if (!trim || anchors->len <= 2 || 2 * (anchors->len - 1) <= all)
        return FALSE;
      g_ptr_array_remove_index (anchors, far);
    }
  return FALSE;
}

/* After places/within, with its index of places by start: "The attack
 * took place in Bilion and Jabal Al Zawiya", "the offensive on Kansafra,
 * Al-Fateera and Fleifel": places listed together are of one area. A
 * place of such a list the gazetteer lacks, or guessed doubtfully far
 * from the others, is placed at the middle of the list's placed places
 * (certain ones, for a guess at home), doubtful, when they are all near it. */
void
_sitrep_suggest_list_siblings (SuggestRun *run,
                               guint       from,
                               GArray    **places,
                               gsize      *longest)
{
  g_autoptr(GPtrArray) anchors = NULL;
  g_autoptr(GPtrArray) sure = NULL;
  g_autoptr(GArray) counts = NULL;

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      const SitrepSuggestion *o;
      double lat = 0, lon = 0;
      gboolean abroad, home;

      /* A place in a country the text is sure of no other place in ("Al-Soor"
       * as Lebanon's Tyre, "Sabha" as Jordan's among villages of Deir
       * ez-Zor), a guess or a village the gazetteer was sure of, yields to
       * the area of its list's places in the text's countries, however
       * doubtful they are. */
      if (s->kind != SITREP_SUGGEST_PLACE || s->byte_end == 0 || !separator_next_to (run, s->byte_start, s->byte_end))
        continue;
      home = !isnan (s->latitude) && sure_of_country (run, &counts, s->country, s);
      abroad = !isnan (s->latitude) && s->entity_id == 0 && s->score < 0.95 && s->scope == SITREP_PLACE_SCOPE_PLACE &&
               (s->doubtful || s->population < ABROAD_VILLAGE_PEOPLE) && !home;
      if (!unsure (s) && !abroad)
        continue;
      if (*places == NULL)
        *places = _sitrep_suggest_places_by_start (run, longest);
      if (anchors == NULL)
        anchors = g_ptr_array_new ();
      g_ptr_array_set_size (anchors, 0);
      if (!listed_with (run, *places, *longest, s, !isnan (s->latitude) && !abroad, anchors))
        continue;
      /* A guess at home stays in its country, whatever its list's places
       * abroad. */
      for (guint m = anchors->len; home && m > 0; m--)
        {
          if (g_strcmp0 (((const SitrepSuggestion *) anchors->pdata[m - 1])->country, s->country) != 0)
            g_ptr_array_remove_index (anchors, m - 1);
        }
      if (anchors->len == 0 || !area_of (run, &counts, anchors, abroad, &lat, &lon))
        continue;
      /* A guess near the list may be right: it stays; so may one (or
       * another candidate of its name) near the report's sure places. */
      if (!isnan (s->latitude) &&
          (sitrep_gazetteer_distance_km (s->latitude, s->longitude, lat, lon) <= LIST_AREA_KM ||
           _sitrep_suggest_guess_near_sure (run, s, from, &sure)))
        continue;
      o = anchors->pdata[0];
      if (!isnan (s->latitude))
        s->entity_name = NULL;
      _sitrep_suggest_pin_doubtful (run, s, lat, lon, o->country, o->admin1);
    }
}

/* ---------------------------------------------------------------- Arabic lists */

/* Plural and dual nouns of places that head an Arabic list: "على مدن
 * وبلدات المنصورة ودوما والمعضمية", "في حيي القابون وبرزة". */
static const char * const ar_plural_kinds[] = {
  "مدن", "بلدات", "قرى", "أحياء", "احياء", "حيي", "بلدتي", "قريتي", "مدينتي", "مخيمي", "مخيمات", NULL
};

/* Words that end an Arabic list or name no place: prepositions, "several",
 * "other", "of the countryside". */
static const char * const ar_list_stops[] = {
  "في", "من", "على", "عن", "إلى", "الى", "مع", "عدة", "عديدة", "كثيرة", "أخرى", "اخرى", "مختلفة", "بين",
  "ريف", "محافظة", "مدينة", "بلدة", "قرية", "حي", "التابعة", "المحيطة", "المجاورة",
  /* Nouns that stand for a place named elsewhere: "the capital", "the north". */
  "العاصمة", "المدينة", "المنطقة", "البلدة", "القرية", "الحدود", "المحافظة", "البلاد", "الريف", "الشمال",
  "الجنوب", "الشرق", "الغرب", NULL
};

/* How many names an Arabic list is followed through. */
#define AR_LIST_NAMES 12

/* Whether Arabic word @i, less its first @skip bytes, is one of @words. */
static gboolean
ar_word_is (SuggestRun         *run,
            guint               i,
            gsize               skip,
            const char * const *words)
{
  const SuggestToken *t = tok (run, i);

  if (!(t->flags & TOK_ARABIC) || !(t->flags & TOK_WORD))
    return FALSE;
  for (guint k = 0; words[k] != NULL; k++)
    {
      if (strlen (words[k]) == t->end - t->start - skip && memcmp (words[k], run->text + t->start + skip, t->end - t->start - skip) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether @i begins with the conjunction "و" glued to a word of three
 * letters or more. */
static gboolean
ar_and (SuggestRun *run,
        guint       i)
{
  const SuggestToken *t = tok (run, i);

  return (t->flags & TOK_ARABIC) && (t->flags & TOK_WORD) && t->end - t->start > 2 &&
         memcmp (run->text + t->start, "و", 2) == 0 && g_utf8_strlen (run->text + t->start + 2, t->end - t->start - 2) >= 3;
}

/* Whether word @i (less @skip bytes) is no name: a verb in the plural
 * ("وتمركزوا", "they took up positions"), or, right after the plural
 * noun (@first), an adjective of it with no article ("أحياء سكنية",
 * residential neighbourhoods). */
static gboolean
ar_not_a_name (SuggestRun *run,
               guint       i,
               gsize       skip,
               gboolean    first)
{
  const char *w = run->text + tok (run, i)->start + skip;
  gsize len = tok (run, i)->end - tok (run, i)->start - skip;

  if (len >= 4 && memcmp (w + len - 4, "وا", 4) == 0)
    return TRUE;
  return first && len >= 4 && !_sitrep_suggest_has_prefix (w, "ال") && memcmp (w + len - 4, "ية", 4) == 0;
}

/* The end of the longest place proposed over byte @byte, or 0. */
static gsize
place_end_at (SuggestRun *run,
              gsize       byte)
{
  gsize end = 0;

  for (guint k = 0; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];

      if (o->kind == SITREP_SUGGEST_PLACE && o->byte_start <= byte && o->byte_end > byte)
        end = MAX (end, o->byte_end);
    }
  return end;
}

/* "مدن وبلدات المنصورة ودوما والمعضمية وحوش الفارة ويلدا في ريف دمشق",
 * "حيي القابون وبرزة": every name of a list an Arabic plural or dual noun
 * of places heads is a place, each after the "و" glued to it; a name goes
 * on by the words with "ال" after it ("حوش الفارة"). Names the gazetteer
 * lacks are proposed unplaced, for the passes after to place by the
 * sentence's places. */
void
_sitrep_suggest_arabic_listed (SuggestRun *run,
                               GHashTable *resolved)
{
  guint n = run->tokens->len;

  for (guint a = 0; a < run->n_arabic; a++)
    {
      guint i = run->arabic[a], j;

      if (i + 1 >= n || !(ar_word_is (run, i, 0, ar_plural_kinds) || (ar_and (run, i) && ar_word_is (run, i, 2, ar_plural_kinds))))
        continue;
      j = i + 1;
      /* "مدن وبلدات": more kinds before the names. */
      while (j < n && ar_and (run, j) && ar_word_is (run, j, 2, ar_plural_kinds))
        j++;
      for (guint items = 0; items < AR_LIST_NAMES && j < n; items++)
        {
          gsize skip = items == 0 ? 0 : 2, end;
          guint last = j, added = run->out->len;

          if (!(tok (run, j)->flags & TOK_ARABIC) || !(tok (run, j)->flags & TOK_WORD) ||
              tok (run, j)->sentence != tok (run, i)->sentence || (items > 0 && !ar_and (run, j)) ||
              ar_word_is (run, j, skip, ar_list_stops) || ar_word_is (run, j, skip, ar_plural_kinds) ||
              ar_not_a_name (run, j, skip, items == 0))
            break;
          while (last + 1 < n && last < j + 2 && (tok (run, last + 1)->flags & TOK_ARABIC) &&
                 (tok (run, last + 1)->flags & TOK_WORD) && tok (run, last + 1)->sentence == tok (run, j)->sentence &&
                 _sitrep_suggest_has_prefix (run->text + tok (run, last + 1)->start, "ال") &&
                 !ar_word_is (run, last + 1, 0, ar_list_stops))
            last++;
          end = place_end_at (run, tok (run, j)->start + skip);
          /* "بلدات تل رفعت وأحرص": a name of the gazetteer's goes on to its end. */
          if (end > 0)
            last = MAX (last, _sitrep_suggest_token_holding (run, end - 1));
          else
            {
              _sitrep_suggest_add_unplaced (run, resolved, j, last);
              if (skip > 0 && run->out->len > added)
                {
                  SitrepSuggestion *s = run->out->pdata[added];

                  _sitrep_suggest_trim_start (run, s, skip);
                  s->entity_name = _sitrep_suggest_strdup (run, s->text);
                }
            }
          j = last + 1;
        }
    }
}

/* How many tokens a bracketed Arabic list may hold, and words an item. */
#define AR_BRACKET_TOKENS 32
#define AR_ITEM_WORDS 3

/* Whether token @i is a list's comma, Arabic or Latin. */
static gboolean
ar_list_comma (SuggestRun *run,
               guint       i)
{
  const SuggestToken *t = tok (run, i);

  return (t->flags & TOK_PUNCT) && ((t->end - t->start == 1 && run->text[t->start] == ',') ||
                                    (t->end - t->start == 2 && memcmp (run->text + t->start, "،", 2) == 0));
}

/* "آخر جيوبه (A، B، C، D)", "قرى وبلدات (A، B، C)": names between brackets
 * parted by commas, one of them a place of the gazetteer's, are places;
 * those it lacks are proposed unplaced, for the passes after to place. An
 * item of more than AR_ITEM_WORDS words, or not in Arabic, is no list's. */
void
_sitrep_suggest_arabic_bracket_lists (SuggestRun *run,
                                      GHashTable *resolved)
{
  guint n = run->tokens->len, next = 0;

  /* The Arabic words after a bracket, passed over in the text's list of them. */
  for (guint a = 0; a < run->n_arabic; a++)
    {
      guint firsts[AR_LIST_NAMES], lasts[AR_LIST_NAMES], items = 0, placed = 0, j, start;
      guint i = run->arabic[a] - 1;
      gboolean list = TRUE;

      if (run->arabic[a] == 0 || run->arabic[a] < next || run->text[tok (run, i)->start] != '(')
        continue;
      for (j = i + 1, start = j; j < n && j < i + AR_BRACKET_TOKENS && list; j++)
        {
          gboolean close = run->text[tok (run, j)->start] == ')';

          if (tok (run, j)->sentence != tok (run, i)->sentence)
            list = FALSE;
          else if (close || ar_list_comma (run, j))
            {
              if (j == start || j - start > AR_ITEM_WORDS || items == AR_LIST_NAMES)
                list = FALSE;
              else
                {
                  firsts[items] = start, lasts[items] = j - 1, items++;
                  if (_sitrep_suggest_out_place_at (run, tok (run, start)->start))
                    placed++;
                }
              start = j + 1;
              if (close)
                break;
            }
          else if (!(tok (run, j)->flags & TOK_ARABIC) || !(tok (run, j)->flags & TOK_WORD))
            list = FALSE;
        }
      if (!list || j >= n || run->text[tok (run, j)->start] != ')' || items < 3 || placed == 0)
        continue;
      for (guint m = 0; m < items; m++)
        {
          if (!_sitrep_suggest_out_place_at (run, tok (run, firsts[m])->start))
            _sitrep_suggest_add_unplaced (run, resolved, firsts[m], lasts[m]);
        }
      next = j;
    }
}


/* sitrep-suggest-places-parts.c — a part of a city named with the city ("the Barzeh district of north
 * Damascus", "al-Muthana neighborhood in the eastern side of Mosul", "Baghdad's Dora district",
 * "منطقة الفيصلية شرق الموصل", "حي صلاح الدين جنوب غربي مدينة حلب"), pinned at that city when the
 * gazetteer put its name elsewhere: the gazetteer holds towns, not their quarters; and a town of the
 * gazetteer's own in the governorate its sentence names ("Ain Issa in northern Raqqa"), kept there
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-normalize.h"
#include "sitrep-suggest-private.h"
#include "sitrep-suggest-places-private.h"

/* A city whose quarters a report names: a place of this many people. */
#define PARTS_CITY_PEOPLE 100000
/* A part pinned this far from its city, doubtful or unplaced, is not
 * there: a quarter lies within its city. */
#define PART_NEAR_KM 15.0
/* A town of the city's governorate this near it is the one named. */
#define GOVERNORATE_TOWN_KM 60.0
/* How many words may stand between a part's noun and its city ("in the
 * eastern side of", "on the eastern edge of"). */
#define PART_FILLER_TOKENS 6
/* The score of a part placed by its city (HOLDER_SCORE of -places-within.c). */
#define PART_SCORE 0.7

/* English nouns of a part of a city after its name: "the Jobar neighborhood". */
static const char * const part_nouns[] = {
  "district", "neighbourhood", "neighborhood", "quarter", "area", "suburb", NULL
};

/* Words that lead from a part's noun to its city: "of north Damascus",
 * "in the eastern side of Mosul", "on the eastern edge of Damascus". */
static const char * const part_openers[] = { "of", "in", "on", NULL };
static const char * const part_fillers[] = {
  "the", "of", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
  "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast",
  "southwest", "side", "edge", "part", "outskirts", "heart", "centre", "center", "downtown", "city", NULL
};

/* Arabic nouns of a part of a city before its name ("في حي", "بمنطقة"). */
static const char * const ar_part_nouns[] = { "حي", "منطقة", "حيي", "منطقتي", "أحياء", "احياء", NULL };
/* Arabic words of a side between a part and its city: "شرق الموصل",
 * "بغرب الموصل", "جنوب غربي مدينة حلب", "وسط بغداد". */
static const char * const ar_part_sides[] = {
  "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "وسط", "مدينة", "العاصمة", NULL
};

/* The sure city (a place of PARTS_CITY_PEOPLE) suggested from token @j on; NULL: none. */
static SitrepSuggestion *
city_at (SuggestRun *run,
         GArray     *places,
         gsize       longest,
         guint       j)
{
  SitrepSuggestion *city;

  if (j >= run->tokens->len)
    return NULL;
  city = _sitrep_suggest_place_over (run, places, longest, tok (run, j)->start, tok (run, j)->end);
  if (city == NULL || city->byte_start < tok (run, j)->start || isnan (city->latitude) || city->doubtful ||
      city->scope != SITREP_PLACE_SCOPE_PLACE || city->population < PARTS_CITY_PEOPLE)
    return NULL;
  return city;
}

/* "X district of north Damascus", "X neighborhood in the eastern side of
 * Mosul city": the city after the part's noun at @last + 1. */
static SitrepSuggestion *
english_city_after (SuggestRun *run,
                    GArray     *places,
                    gsize       longest,
                    guint       last)
{
  guint n = run->tokens->len, sentence = tok (run, last)->sentence;
  guint j = last + 2;

  if (j >= n || tok (run, j)->sentence != sentence || !_sitrep_suggest_tok_in (run, j, part_openers))
    return NULL;
  for (guint taken = 0; ++j < n && taken < PART_FILLER_TOKENS && tok (run, j)->sentence == sentence; taken++)
    {
      if (!_sitrep_suggest_tok_in (run, j, part_fillers))
        return city_at (run, places, longest, j);
    }
  return NULL;
}

/* "Baghdad's Dora district": the city whose possessive stands right
 * before @s. */
static SitrepSuggestion *
english_city_before (SuggestRun             *run,
                     GArray                 *places,
                     gsize                   longest,
                     const SitrepSuggestion *s)
{
  gsize at = s->byte_start;
  SitrepSuggestion *city;

  if (at >= 3 && strncmp (run->text + at - 3, "'s ", 3) == 0)
    at -= 3;
  else if (at >= 5 && strncmp (run->text + at - 5, "\xe2\x80\x99s ", 5) == 0)
    at -= 5;
  else
    return NULL;
  city = _sitrep_suggest_place_over (run, places, longest, at - 1, at);
  if (city == NULL || city == s || city->byte_end != at || isnan (city->latitude) || city->doubtful ||
      city->scope != SITREP_PLACE_SCOPE_PLACE || city->population < PARTS_CITY_PEOPLE)
    return NULL;
  return city;
}

/* "منطقة X شرق الموصل", "حي X جنوب غربي مدينة حلب": the city after the
 * sides that follow @last; NULL: none, or no side (a bare "حي X الموصل"
 * is no such phrase). */
static SitrepSuggestion *
arabic_city_after (SuggestRun *run,
                   GArray     *places,
                   gsize       longest,
                   guint       last)
{
  guint n = run->tokens->len, sentence = tok (run, last)->sentence;
  guint j = last + 1, sides = 0;

  /* "منطقة دور العمال جنوبي بعقوبة": one word more of a name the
   * gazetteer read in part. */
  if (j + 1 < n && tok (run, j + 1)->sentence == sentence && (tok (run, j)->flags & TOK_ARABIC) &&
      !_sitrep_suggest_ar_place_word_in (run, j, ar_part_sides, FALSE) &&
      _sitrep_suggest_ar_place_word_in (run, j + 1, ar_part_sides, FALSE))
    j++;
  while (j < n && sides < 3 && tok (run, j)->sentence == sentence &&
         _sitrep_suggest_ar_place_word_in (run, j, ar_part_sides, FALSE))
    j++, sides++;
  return sides > 0 && j < n && tok (run, j)->sentence == sentence ? city_at (run, places, longest, j) : NULL;
}

/* Whether the bytes around @s may name it a part ("… district", "حي …",
 * "بمنطقة …"): a look before the tokens are asked, for every place of a
 * text is. */
static gboolean
may_be_part (SuggestRun             *run,
             const SitrepSuggestion *s)
{
  const char *after = run->text + s->byte_end;
  const char *text = run->text;
  gsize at = s->byte_start;

  if (after[0] == ' ')
    {
      switch (after[1])
        {
        case 'd':
          return strncmp (after + 1, "district", 8) == 0;
        case 'n':
          return strncmp (after + 1, "neighbo", 7) == 0;
        case 'q':
          return strncmp (after + 1, "quarter", 7) == 0;
        case 'a':
          return strncmp (after + 1, "area", 4) == 0;
        case 's':
          return strncmp (after + 1, "suburb", 6) == 0;
        default:
          break;
        }
    }
  if (at < 5 || text[at - 1] != ' ')
    return FALSE;
  /* The letter before the space: "حي ", "حيي ", "منطقتي " end in ي,
   * "منطقة " in ة, "أحياء " in ء. */
  if (memcmp (text + at - 3, "ي", 2) == 0)
    return memcmp (text + at - 5, "حي", 4) == 0 || (at >= 7 && memcmp (text + at - 7, "حيي", 6) == 0) ||
           (at >= 13 && memcmp (text + at - 13, "منطقتي", 12) == 0);
  if (memcmp (text + at - 3, "ة", 2) == 0)
    return at >= 11 && memcmp (text + at - 11, "منطقة", 10) == 0;
  return memcmp (text + at - 3, "ء", 2) == 0 && at >= 9 && memcmp (text + at - 9, "حياء", 8) == 0;
}

/* The city @s is named a part of, or NULL. */
static SitrepSuggestion *
city_of (SuggestRun             *run,
         GArray                 *places,
         gsize                   longest,
         const SitrepSuggestion *s)
{
  guint first = _sitrep_suggest_token_holding (run, s->byte_start);
  guint last = _sitrep_suggest_token_holding (run, s->byte_end - 1);
  guint n = run->tokens->len;
  SitrepSuggestion *city;

  if (tok (run, first)->flags & TOK_ARABIC)
    {
      if (first == 0 || tok (run, first - 1)->sentence != tok (run, first)->sentence ||
          !_sitrep_suggest_ar_place_word_in (run, first - 1, ar_part_nouns, FALSE))
        return NULL;
      return arabic_city_after (run, places, longest, last);
    }
  if (last + 1 >= n || tok (run, last + 1)->sentence != tok (run, last)->sentence ||
      !_sitrep_suggest_tok_in (run, last + 1, part_nouns))
    return NULL;
  city = english_city_before (run, places, longest, s);
  return city != NULL ? city : english_city_after (run, places, longest, last);
}

/* Whether @s, pinned where it is, may be the part of @city the text names. */
static gboolean
near_enough (const SitrepSuggestion *s,
             const SitrepSuggestion *city)
{
  double km;

  if (isnan (s->latitude))
    return FALSE;
  km = sitrep_gazetteer_distance_km (s->latitude, s->longitude, city->latitude, city->longitude);
  if (km <= PART_NEAR_KM)
    return TRUE;
  /* A town of the city's country the gazetteer is sure of is one named
   * as an area or a district by the city ("منطقة القيارة جنوب مدينة
   * الموصل", "Kirkuk's Dakuk district"), not a quarter of it. */
  if (!s->doubtful && s->scope == SITREP_PLACE_SCOPE_PLACE && g_strcmp0 (s->country, city->country) == 0)
    return TRUE;
  /* A town of the gazetteer's own in the city's governorate, near it,
   * however doubtful: Iraq's districts are named after their towns
   * ("Kirkuk's Dakuk district" is Daquq's). */
  return s->geonameid != 0 && s->scope == SITREP_PLACE_SCOPE_PLACE && g_strcmp0 (s->country, city->country) == 0 &&
         g_strcmp0 (s->admin1, city->admin1) == 0 && km <= GOVERNORATE_TOWN_KM;
}

/* A part of a city the text names with it, pinned far from it (at a
 * namesake, a province of its name) or not at all, is pinned at the city,
 * doubtful, for the coder to move within it. */
void
_sitrep_suggest_city_parts (SuggestRun *run,
                            guint       from)
{
  g_autoptr(GArray) places = NULL;
  gsize longest = 0;

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      SitrepSuggestion *city;

      /* A place the project knows stays where the project put it. */
      if (s->kind != SITREP_SUGGEST_PLACE || s->byte_end == 0 || s->entity_id != 0 ||
          s->scope == SITREP_PLACE_SCOPE_COUNTRY)
        continue;
      if (!may_be_part (run, s))
        continue;
      if (places == NULL)
        places = _sitrep_suggest_places_by_start (run, &longest);
      city = city_of (run, places, longest, s);
      if (city == NULL || city == s || near_enough (s, city))
        continue;
      /* Unplaced, it is weighed as a place its words and its city name. */
      if (isnan (s->latitude))
        s->score = MAX (s->score, PART_SCORE);
      s->latitude = city->latitude;
      s->longitude = city->longitude;
      s->geonameid = 0;
      s->population = 0;
      s->doubtful = TRUE;
      s->scope = SITREP_PLACE_SCOPE_PLACE;
      s->country = _sitrep_suggest_strdup (run, city->country);
      s->admin1 = _sitrep_suggest_strdup (run, city->admin1);
      /* No more the gazetteer's place of that name. */
      s->entity_name = _sitrep_suggest_strdup (run, s->text);
    }
}

/* Whether @s, a town of the gazetteer's own, lies in the governorate
 * @holder names: the governorate itself, or its seat named for it ("Tal
 * Abyad … in northern Raqqa", "Rutba in the western Anbar desert"). */
gboolean
_sitrep_suggest_in_named_governorate (const SitrepSuggestion *s,
                                      const SitrepSuggestion *holder)
{
  g_autofree char *name = NULL;
  g_autofree char *governorate = NULL;

  /* A region of the bundled list ("the Anbar desert") has no country
   * nor governorate of its own: its name says which. */
  if (s->geonameid == 0 || s->admin1 == NULL || holder->text == NULL ||
      (holder->country != NULL && g_strcmp0 (s->country, holder->country) != 0) ||
      (holder->admin1 != NULL && strcmp (s->admin1, holder->admin1) != 0))
    return FALSE;
  if (holder->admin1 != NULL && holder->scope == SITREP_PLACE_SCOPE_REGION)
    return TRUE;
  name = sitrep_normalize_name (holder->text);
  governorate = sitrep_normalize_name (s->admin1);
  return name != NULL && governorate != NULL && *governorate != '\0' && strstr (name, governorate) != NULL;
}

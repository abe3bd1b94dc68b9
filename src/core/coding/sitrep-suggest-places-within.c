/* sitrep-suggest-places-within.c — places the gazetteer lacks, or doubts, placed by the words around them: "X in the Y countryside", "X near Y", "in the northern Hama countryside", and  (the places listed with them: -places-listed.c)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-gazetteer-private.h"
#include "sitrep-normalize.h"
#include "sitrep-suggest-private.h"
#include "sitrep-suggest-places-private.h"

static gboolean
same_sentence (SuggestRun *run,
               guint       a,
               guint       b)
{
  return b < run->tokens->len && tok (run, a)->sentence == tok (run, b)->sentence;
}

/* ---------------------------------------------------------------- "X in the Y countryside", "X near Y" */

/* Token @j, or the one after it when @j closes a quote or a bracket the
 * name before it is in ("“Khwein”, south of Idlib", "(A, B and C)
 * villages"). */
static guint
past_closing (SuggestRun *run,
              guint       j)
{
  const char *mark;

  if (j >= run->tokens->len || !(tok (run, j)->flags & TOK_PUNCT) || tok (run, j)->space_before > 0)
    return j;
  mark = run->text + tok (run, j)->start;
  return *mark == ')' || *mark == '"' || _sitrep_suggest_has_prefix (mark, "\xe2\x80\x9d") ? j + 1 : j;
}

/* Words after which the next place holds or is near the one before. */
static const char * const within_words[] = { "in", "near", "outside", "around", NULL };

/* Words that may come between "in" and the place that holds: "in the
 * southern Idlib countryside", "near the town of Palmyra". */
static const char * const within_fillers[] = {
  "the", "a", "northern", "southern", "eastern", "western", "central", "rural", "town", "city", "village",
  "of", "downtown", "provincial", "capital", "northeastern", "northwestern", "southeastern", "southwestern",
  NULL
};

/* "and other areas in": the words between a list and the place holding it. */
static const char * const other_words[] = {
  "other", "nearby", "surrounding", "neighbouring", "neighboring", "several", "adjacent", NULL
};
static const char * const area_nouns[] = {
  "areas", "villages", "towns", "places", "parts", "positions", "sites", "locations", "neighbourhoods",
  "neighborhoods", "districts", NULL
};

/* A place placed doubtfully this far from the place the text says holds
 * it is not there: it is moved to the holder. */
#define HOLDER_FAR_KM 30.0
/* A place the gazetteer was sure of is moved to the place the text says
 * holds it when that lies in another country (and beyond HOLDER_FAR_KM),
 * or this far within one. */
#define SURE_FAR_KM 200.0
/* The score of a place named by words and placed by its holder ("X village
 * in Y"): above a person's read from the same words (a kunya "Umm X": 0.6),
 * below a name the project knows (0.8, 0.9). */
#define HOLDER_SCORE 0.7

/* The people of a city whose part a text may name without it: "the
 * al-Doura neighborhood"; "Shurja district" (a district of a town may be
 * one of its governorate's). */
#define PART_CITY_PEOPLE 100000
#define DISTRICT_CITY_PEOPLE 1000000

/* The place suggestion starting at token @i, or at the article glued
 * before it ("Al-Anbar Governorate" at "Anbar"), or NULL (@places: by
 * start). */
static SitrepSuggestion *
place_starting_at (SuggestRun *run,
                   GArray     *places,
                   gsize       longest,
                   guint       i)
{
  SitrepSuggestion *o = _sitrep_suggest_place_over (run, places, longest, tok (run, i)->start, tok (run, i)->end);

  if (o != NULL && o->byte_start != tok (run, i)->start && i >= 2 && o->byte_start == tok (run, i - 2)->start &&
      _sitrep_suggest_is_article (run, i - 2) && (tok (run, i - 1)->flags & TOK_HYPHEN) && tok (run, i)->space_before == 0)
    return o;
  return o != NULL && o->byte_start == tok (run, i)->start ? o : NULL;
}

/* Nouns of a kind of place between a place and what holds it: "Al-Bubali
 * village in Khalis district", "Sana'a neighbourhood of Qamishli". */
static const char * const kind_nouns[] = {
  "village", "villages", "town", "towns", "city", "area", "areas", "neighbourhood", "neighborhood",
  "district", "subdistrict", "suburb", "quarter", "camp", "neighbourhoods", "neighborhoods", "districts",
  "suburbs", "quarters", NULL
};

/* The kinds of place that are parts of a town: a neighbourhood's town
 * holds it, however doubtful the town's own match. */
static const char * const part_nouns[] = {
  "neighbourhood", "neighborhood", "suburb", "quarter", "neighbourhoods", "neighborhoods", "suburbs",
  "quarters", NULL
};

/* Bearings a place may be said to lie at from another: "Shorek, east of
 * Qamishli", "Al-Rashad, northeast of Baquba". */
static const struct { const char *word; double bearing; } directions[] = {
  { "north", 0 }, { "east", 90 }, { "south", 180 }, { "west", 270 },
  { "northeast", 45 }, { "southeast", 135 }, { "southwest", 225 }, { "northwest", 315 },
};

static double side_at (SuggestRun *run,
                       guint       i,
                       gboolean    arabic);

/* The bearing token @i names as a direction ("east" of "east of"), or NAN. */
static double
direction_at (SuggestRun *run,
              guint       i)
{
  for (guint m = 0; m < G_N_ELEMENTS (directions); m++)
    {
      if (_sitrep_suggest_tok_is (run, i, directions[m].word))
        return directions[m].bearing;
    }
  return NAN;
}

/* "in Diyala's Khalis district": the place the possessive after @holder
 * names, if any; else @holder. */
static SitrepSuggestion *
possessed (SuggestRun       *run,
           GArray           *places,
           gsize             longest,
           guint             last,
           SitrepSuggestion *holder)
{
  const char *after = run->text + holder->byte_end;
  gsize skip = _sitrep_suggest_has_prefix (after, "'s ") ? 3 : _sitrep_suggest_has_prefix (after, "\xe2\x80\x99s ") ? 5 : 0;
  guint k;
  SitrepSuggestion *inner;

  if (skip == 0)
    return holder;
  k = _sitrep_suggest_token_from (run, holder->byte_end + skip);
  inner = same_sentence (run, last, k) ? place_starting_at (run, places, longest, k) : NULL;
  return inner != NULL && !isnan (inner->latitude) && inner->scope != SITREP_PLACE_SCOPE_COUNTRY ? inner : holder;
}

/* Words between a place and the bearing to the place that holds it:
 * "Saqlawiya, just north of Falluja", "Buhriz, 35 miles north of
 * Baghdad", "Yangija, located to the west of …". */
static const char * const bearing_fillers[] = {
  "just", "some", "about", "roughly", "nearly", "located", "lying", "to", "the", "km", "kilometers",
  "kilometres", "kilometer", "kilometre", "miles", "mile", NULL
};

/* The token of the bearing ("east" of "east of") that the words from @j on
 * lead to, past a comma and bearing_fillers; @j when there is none. */
static guint
bearing_from (SuggestRun *run,
              guint       last,
              guint       j)
{
  guint k = j;

  if (k < run->tokens->len && (tok (run, k)->flags & TOK_PUNCT) && run->text[tok (run, k)->start] == ',')
    k++;
  while (k < j + 6 && same_sentence (run, last, k) &&
         (_sitrep_suggest_tok_in (run, k, bearing_fillers) || (tok (run, k)->flags & TOK_NUMBER)))
    k++;
  return k > j && same_sentence (run, last, k) && !isnan (direction_at (run, k)) ? k : j;
}

/* "Buhriz, 35 miles north of Baghdad": moves @s, placed at the place that
 * holds it, by the distance and bearing the words after token @last give,
 * if they give both (up to 300 km). */
static void
move_by_offset (SuggestRun       *run,
                guint             last,
                SitrepSuggestion *s)
{
  guint j = last + 1, k;
  double km = NAN, bearing, d, lat1 = s->latitude * G_PI / 180, lat2;

  if (j < run->tokens->len && _sitrep_suggest_tok_among (run, j, kind_nouns))
    j++;
  k = bearing_from (run, last, j);
  for (guint m = j; m + 1 < k; m++)
    {
      if ((tok (run, m)->flags & TOK_NUMBER) && _sitrep_suggest_tok_in (run, m + 1, bearing_fillers) &&
          (run->text[tok (run, m + 1)->start] == 'k' || run->text[tok (run, m + 1)->start] == 'm'))
        km = g_ascii_strtod (run->text + tok (run, m)->start, NULL) *
             (run->text[tok (run, m + 1)->start] == 'm' ? 1.609344 : 1.0);
    }
  if (k == j || isnan (km) || km <= 0 || km > 300)
    return;
  /* The point @km away on the great circle at the bearing. */
  bearing = direction_at (run, k) * G_PI / 180;
  d = km / 6371.0;
  lat2 = asin (sin (lat1) * cos (d) + cos (lat1) * sin (d) * cos (bearing));
  s->longitude += atan2 (sin (bearing) * sin (d) * cos (lat1), cos (d) - sin (lat1) * sin (lat2)) * 180 / G_PI;
  s->latitude = lat2 * 180 / G_PI;
}

/* How far from the place a text gives a bearing from ("Khales, northeast
 * of Baghdad") a guess that lies on that side may be. */
#define BEARING_FAR_KM 100.0

/* Whether @s, a guess @km from @holder, lies where the words after token
 * @last say it lies from @holder: on the side they name (within 45
 * degrees), in the same country, within BEARING_FAR_KM ("Khales, northeast of Baghdad": Diyala's
 * Khāliş, 53 km north-east, stays where it is). */
static gboolean
on_named_side (SuggestRun             *run,
               guint                   last,
               const SitrepSuggestion *s,
               const SitrepSuggestion *holder,
               double                  km)
{
  guint j = last + 1;
  double stated, actual, lat1, lat2, dlon;

  if (km > BEARING_FAR_KM || g_strcmp0 (s->country, holder->country) != 0)
    return FALSE;
  if (j < run->tokens->len && _sitrep_suggest_tok_among (run, j, kind_nouns))
    j++;
  stated = direction_at (run, bearing_from (run, last, j));
  if (isnan (stated))
    return FALSE;
  lat1 = holder->latitude * G_PI / 180;
  lat2 = s->latitude * G_PI / 180;
  dlon = (s->longitude - holder->longitude) * G_PI / 180;
  actual = atan2 (sin (dlon) * cos (lat2), cos (lat1) * sin (lat2) - sin (lat1) * cos (lat2) * cos (dlon)) * 180 / G_PI;
  return fabs (fmod (actual - stated + 540.0, 360.0) - 180.0) <= 45.0;
}

/* The place that holds or is near the unplaced place (or list of places)
 * ending at token @last: "al-Zubaidah in the al-Quneitra countryside",
 * "Tiyas Military Airfield near Palmyra", "Shorek, east of Qamishli",
 * "X village in Diyala's Khalis district"; with the side of it the words
 * name in @bearing ("in the western countryside of Daraa"; NAN: none).
 * @direct: only a holder right after the place (or its kind of place), not
 * after the rest of a list. */
static SitrepSuggestion *
holder_after (SuggestRun *run,
              GArray     *places,
              gsize       longest,
              guint       last,
              gboolean    direct,
              double     *bearing,
              gboolean   *rural,
              gboolean   *part)
{
  guint n = run->tokens->len;
  guint j = past_closing (run, last + 1);
  SitrepSuggestion *holder;
  gboolean kind = FALSE;
  double side = NAN;

  *bearing = NAN;
  *rural = FALSE;
  *part = FALSE;
  /* "Nazzal district, Fallujah": the town after the kind and a comma. */
  if (j + 2 < n && same_sentence (run, last, j + 2) && _sitrep_suggest_tok_among (run, j, kind_nouns) &&
      (tok (run, j + 1)->flags & TOK_PUNCT) && run->text[tok (run, j + 1)->start] == ',' &&
      (holder = place_starting_at (run, places, longest, j + 2)) != NULL && !isnan (holder->latitude) &&
      holder->scope != SITREP_PLACE_SCOPE_COUNTRY)
    return holder;
  /* Past the rest of a list: "Kansafra, Al-Fateera and Fleifel in …". */
  for (guint items = 0; !direct && items < 6 && j < n && same_sentence (run, last, j); items++)
    {
      guint next = j;
      SitrepSuggestion *o;

      /* "Damma village and Maliha town in …". */
      if (_sitrep_suggest_tok_among (run, next, kind_nouns) && next + 1 < n && !_sitrep_suggest_tok_is (run, next + 1, "of"))
        next++;
      if ((tok (run, next)->flags & TOK_PUNCT) && run->text[tok (run, next)->start] == ',')
        next++;
      if (next < n && _sitrep_suggest_tok_is (run, next, "and"))
        next++;
      if (next == j || next >= n || (next == j + 1 && _sitrep_suggest_tok_among (run, j, kind_nouns)))
        break;
      o = place_starting_at (run, places, longest, next);
      /* A name of the list no rule proposed ("al- Hwayja, al- Zyarah and
       * Qastoun in …"): its capitalised words. */
      if (o == NULL)
        {
          guint end;

          if (!_sitrep_suggest_cap_run (run, next, &end))
            break;
          j = end + 1;
          continue;
        }
      j = _sitrep_suggest_token_holding (run, o->byte_end - 1) + 1;
    }
  j = past_closing (run, j);
  /* "al-Bara and other areas in …", "X and nearby villages near …". */
  if (!direct && j + 2 < n && same_sentence (run, last, j + 2) && _sitrep_suggest_tok_is (run, j, "and"))
    {
      guint k = j + 1;

      if (_sitrep_suggest_tok_in (run, k, other_words))
        k++;
      if (k > j + 1 && k < n && _sitrep_suggest_tok_in (run, k, area_nouns))
        j = k + 1;
    }
  /* "Damma village in …", "Sana'a neighbourhood of Qamishli". */
  if (j < n && same_sentence (run, last, j) && _sitrep_suggest_tok_among (run, j, kind_nouns))
    {
      *part = _sitrep_suggest_tok_among (run, j, part_nouns);
      j++, kind = TRUE;
      /* "villages and towns in …" */
      if (j + 1 < n && _sitrep_suggest_tok_is (run, j, "and") && _sitrep_suggest_tok_among (run, j + 1, kind_nouns))
        j += 2;
    }
  /* "Shorek, east of Qamishli", "Saqlawiya, just north of Falluja". */
  j = bearing_from (run, last, j);
  /* "east of Qamishli": near the town, on no side of its countryside. */
  if (j + 1 < n && same_sentence (run, last, j + 1) && !isnan (direction_at (run, j)) &&
      _sitrep_suggest_tok_is (run, j + 1, "of"))
    j++;
  else if (j >= n || !same_sentence (run, last, j) ||
           !(_sitrep_suggest_tok_in (run, j, within_words) || (kind && _sitrep_suggest_tok_is (run, j, "of"))))
    return NULL;
  /* "in the al-Quneitra countryside", "in the western countryside of
   * Daraa": the place may be proposed without its article. A side is of
   * a countryside only ("in eastern Samarra" is in the town). */
  for (j++; j < n && same_sentence (run, last, j) &&
            (_sitrep_suggest_tok_in (run, j, within_fillers) || _sitrep_suggest_is_article (run, j) ||
             _sitrep_suggest_tok_is (run, j, "countryside") ||
             ((tok (run, j)->flags & TOK_HYPHEN) && tok (run, j)->space_before == 0));
       j++)
    {
      if (!isnan (side_at (run, j, FALSE)))
        side = side_at (run, j, FALSE);
      if (_sitrep_suggest_tok_is (run, j, "countryside"))
        *rural = TRUE;
    }
  if (j >= n || !same_sentence (run, last, j))
    return NULL;
  holder = place_starting_at (run, places, longest, j);
  /* "in the southern Idlib countryside". */
  if (holder != NULL)
    *rural = *rural || _sitrep_suggest_tok_is (run, _sitrep_suggest_token_holding (run, holder->byte_end - 1) + 1, "countryside");
  if (*rural)
    *bearing = side;
  /* "in Diyala's Khalis district": the place the possessive names. */
  if (holder != NULL)
    holder = possessed (run, places, longest, last, holder);
  return holder == NULL || holder->scope == SITREP_PLACE_SCOPE_COUNTRY ? NULL : holder;
}

/* holder_after past holders the gazetteer lacks: "the village of X in Y
 * town in the Z area" is at Z while Y is unplaced; NULL if none is placed. */
static SitrepSuggestion *
holder_chained (SuggestRun *run, GArray *places, gsize longest, guint last, gboolean direct,
                double *bearing, gboolean *rural, gboolean *part)
{
  SitrepSuggestion *holder = holder_after (run, places, longest, last, direct, bearing, rural, part);
  gboolean ignored;

  for (guint hop = 0, end; holder != NULL && isnan (holder->latitude) && hop < 3; hop++)
    {
      end = _sitrep_suggest_token_holding (run, holder->byte_end - 1);
      /* A holder before what it holds is no link of a chain. */
      holder = end > last ? holder_after (run, places, longest, last = end, TRUE, bearing, rural, &ignored) : NULL;
    }
  return holder == NULL || isnan (holder->latitude) ? NULL : holder;
}

/* Words that open a sentence set at a place: "In Baghdad, gunmen …". */
static const char * const frame_words[] = { "in", "near", "outside", "around", NULL };

/* How far back from a place the list that a plural kind of place opens is
 * looked for, in tokens ("the Idlib villages of A, B, C and D"). */
#define KIND_LIST_TOKENS 12

/* How many tokens of words describing a part of a town ("northern",
 * "Sunni-dominated") may stand between the town's possessive and its name. */
#define POSSESSED_WORDS 5

/* How many sentences of its paragraph before a place's own are looked at
 * for the scene they open with. */
#define SCENE_SENTENCES_BACK 4

/* The place the sentence starting at token @start opens with as its scene
 * ("In Baghdad, …"), before token @first; NULL: none. */
static SitrepSuggestion *
scene_at (SuggestRun *run,
          GArray     *places,
          gsize       longest,
          guint       start,
          guint       first)
{
  SitrepSuggestion *o;

  if (start + 2 >= first || !(tok (run, start)->flags & TOK_CAP) || !_sitrep_suggest_tok_in (run, start, frame_words))
    return NULL;
  o = place_starting_at (run, places, longest, start + 1);
  if (o == NULL || isnan (o->latitude) || o->scope == SITREP_PLACE_SCOPE_COUNTRY)
    return NULL;
  start = _sitrep_suggest_token_holding (run, o->byte_end - 1) + 1;
  return start < first && (tok (run, start)->flags & TOK_PUNCT) && run->text[tok (run, start)->start] == ',' ? o : NULL;
}

/* The place, not a country, the sentence of tokens @first … opens with
 * before them, as its scene: "In Baghdad, gunmen killed two policemen at a
 * checkpoint in Zayouna", "Near Kirkuk, …"; or the place before a kind of
 * place whose list holds them: "the Idlib villages of Sarja and Ehsin".
 * NULL: none. */
static SitrepSuggestion *
anchor_before (SuggestRun *run,
               GArray     *places,
               gsize       longest,
               guint       first,
               guint       last)
{
  guint start = first;
  SitrepSuggestion *o;

  while (start > 0 && same_sentence (run, first, start - 1))
    start--;
  /* "in Kirkuk's Shwan district": the place the possessive is of; past a
   * side and hyphenated words that describe a part of it named as one
   * ("Baghdad's northern Sunni-dominated Azamiyah neighborhood"). */
  for (guint j = first, words = 0; words <= POSSESSED_WORDS; words++)
    {
      guint at = tok (run, j)->start;
      guint back = at >= 3 && strncmp (run->text + at - 3, "'s ", 3) == 0 ? 3 :
                   at >= 5 && strncmp (run->text + at - 5, "\xe2\x80\x99s ", 5) == 0 ? 5 : 0;
      const SuggestToken *t;

      o = back > 0 && at > back ? _sitrep_suggest_place_over (run, places, longest, at - back - 1, at - back) : NULL;
      if (o != NULL && o->byte_end == at - back && !isnan (o->latitude) && o->scope != SITREP_PLACE_SCOPE_COUNTRY &&
          (words == 0 || (last + 1 < run->tokens->len && same_sentence (run, last, last + 1) &&
                          _sitrep_suggest_tok_among (run, last + 1, kind_nouns))))
        return o;
      if (back > 0 || j <= start)
        break;
      t = tok (run, --j);
      /* A side ("northern"), or a word of a hyphenated one ("Sunni-dominated"). */
      if (!(t->flags & TOK_HYPHEN) && !((t->flags & TOK_WORD) && !isnan (side_at (run, j, FALSE))) &&
          !((t->flags & TOK_WORD) && ((tok (run, j + 1)->flags & TOK_HYPHEN) ||
                                      (j > 0 && (tok (run, j - 1)->flags & TOK_HYPHEN)))))
        break;
    }
  /* "the Idlib villages of A, B and C": back over the list to its "of". */
  for (guint j = first; j >= start + 3 && first - j < KIND_LIST_TOKENS; j--)
    {
      const SuggestToken *t = tok (run, j - 1);

      if (_sitrep_suggest_tok_is (run, j - 1, "of") && _sitrep_suggest_tok_among (run, j - 2, kind_nouns))
        {
          guint before;

          o = _sitrep_suggest_place_over (run, places, longest, tok (run, j - 3)->start, tok (run, j - 3)->end);
          /* "the Idlib villages of …", not "the A and B villages of C" (C
           * holds them): the place alone after "the", and sure. */
          before = o != NULL ? _sitrep_suggest_token_holding (run, o->byte_start) : 0;
          if (o != NULL && !isnan (o->latitude) && !o->doubtful && o->scope != SITREP_PLACE_SCOPE_COUNTRY &&
              before > start && _sitrep_suggest_tok_is (run, before - 1, "the"))
            return o;
          break;
        }
      if (!(t->flags & (TOK_CAP | TOK_HYPHEN)) && !_sitrep_suggest_tok_is (run, j - 1, "and") &&
          !_sitrep_suggest_is_article (run, j - 1) && !((t->flags & TOK_PUNCT) && run->text[t->start] == ','))
        break;
    }
  /* "In Baghdad, …"; else the scene of a sentence of its paragraph before
   * it ("In Baghdad, gunmen … . An attack at a checkpoint in Amil …"),
   * the nearest that opens with one. */
  for (guint back = 0; back <= SCENE_SENTENCES_BACK; back++)
    {
      o = scene_at (run, places, longest, start, first);
      if (o != NULL || start == 0 ||
          memchr (run->text + tok (run, start - 1)->end, '\n', tok (run, start)->start - tok (run, start - 1)->end) != NULL)
        return o;
      for (start--; start > 0 && same_sentence (run, start, start - 1); start--)
        ;
    }
  return NULL;
}

/* How far a sentence's countryside is looked for, in tokens either way. */
#define COUNTRYSIDE_TOKENS 40

/* "ريف" (the countryside of), glued to "و" (and) or "ب" (in) or not. */
static const char * const ar_countryside[] = { "ريف", "وريف", "بريف", NULL };

/* Sides of a countryside and their bearings: "ريف حماة الشمالي", "the
 * northern Hama countryside". */
static const struct { const char *word; double bearing; } sides[] = {
  { "الشمالي", 0 }, { "الشرقي", 90 }, { "الجنوبي", 180 }, { "الغربي", 270 },
  { "northern", 0 }, { "eastern", 90 }, { "southern", 180 }, { "western", 270 },
  { "north", 0 }, { "east", 90 }, { "south", 180 }, { "west", 270 },
  { "northeastern", 45 }, { "southeastern", 135 }, { "southwestern", 225 }, { "northwestern", 315 },
};

/* The last side of a town's countryside asked for, and its middle. */
typedef struct
{
  double latitude;
  double longitude;
  double bearing;
  double centre_latitude;
  double centre_longitude;
} SideCentre;

/* How far from its town a side of the countryside is looked for. */
#define COUNTRYSIDE_KM 60.0

/* The bearing named by token @i (NAN: none); "الشمالي الغربي" (north
 * western) with the token after it. */
static double
side_at (SuggestRun *run,
         guint       i,
         gboolean    arabic)
{
  double bearing = NAN;

  if (i >= run->tokens->len || !(tok (run, i)->flags & TOK_WORD))
    return NAN;
  for (guint m = 0; m < G_N_ELEMENTS (sides); m++)
    {
      if (_sitrep_suggest_tok_is (run, i, sides[m].word))
        bearing = sides[m].bearing;
    }
  if (arabic && !isnan (bearing) && (bearing == 0 || bearing == 180) && same_sentence (run, i, i + 1))
    {
      double second = side_at (run, i + 1, FALSE);

      if (second == 90 || second == 270)
        bearing = bearing == 0 ? (second == 90 ? 45 : 315) : (second == 90 ? 135 : 225);
    }
  return bearing;
}

/* The placed place whose countryside frames the sentence of the place at
 * tokens @first … @last ("وفي ريف حماة الشمالي، … في قرية كفرنبودة", "In the
 * Idlib countryside, … shelled X"), the nearest to it, or NULL. */
static SitrepSuggestion *
countryside_of_sentence (SuggestRun *run,
                         GArray     *places,
                         gsize       longest,
                         guint       first,
                         guint       last,
                         double     *bearing)
{
  guint n = run->tokens->len;
  guint lo = first > COUNTRYSIDE_TOKENS ? first - COUNTRYSIDE_TOKENS : 0;
  guint hi = MIN (n, last + 1 + COUNTRYSIDE_TOKENS);
  SitrepSuggestion *best = NULL;
  guint best_gap = G_MAXUINT;

  for (guint j = lo; j < hi; j++)
    {
      SitrepSuggestion *o = NULL;
      guint gap;

      if ((j >= first && j <= last) || !same_sentence (run, first, j))
        continue;
      double side = NAN;

      if ((tok (run, j)->flags & TOK_ARABIC) && j + 1 < n && _sitrep_suggest_tok_in (run, j, ar_countryside))
        {
          o = place_starting_at (run, places, longest, j + 1);
          /* "ريف حماة الشمالي": the side after the town. */
          if (o != NULL)
            side = side_at (run, _sitrep_suggest_token_holding (run, o->byte_end - 1) + 1, TRUE);
        }
      else if (j > 0 && _sitrep_suggest_tok_is (run, j, "countryside"))
        {
          o = _sitrep_suggest_place_over (run, places, longest, tok (run, j - 1)->start, tok (run, j - 1)->end);
          /* "the northern Hama countryside": the side before the town. */
          if (o != NULL && _sitrep_suggest_token_holding (run, o->byte_start) > 0)
            side = side_at (run, _sitrep_suggest_token_holding (run, o->byte_start) - 1, FALSE);
        }
      if (o == NULL || isnan (o->latitude) || o->scope == SITREP_PLACE_SCOPE_COUNTRY)
        continue;
      gap = j < first ? first - j : j - last;
      if (gap < best_gap)
        best = o, best_gap = gap, *bearing = side;
    }
  return best;
}

#define STARTS(p, lit) (strncmp ((p), (lit), sizeof (lit) - 1) == 0)

/* Whether the word at @w (after a space) is a direction: "east of". */
static gboolean
direction_word (const char *w)
{
  /* By its first letter: most words are none. */
  switch (w[0])
    {
    case 'n':
      return STARTS (w, "north");
    case 's':
      return STARTS (w, "south");
    case 'e':
      return STARTS (w, "east");
    case 'w':
      return STARTS (w, "west");
    default:
      return FALSE;
    }
}

/* Whether the bytes after a place may lead to a place holding it: "in",
 * "near", "outside", "around", a kind of place ("village in",
 * "neighbourhood of"), a direction ("east of", ", east of"); or a list
 * ("and", ","), unless @sure (a place the gazetteer was sure of yields
 * only to a holder right after it). A look at the first letter first:
 * every place of a text is asked. */
static gboolean
holder_may_follow (const char *after,
                   gboolean    sure)
{
  const char *w = after + 1;

  if (after[0] == ',')
    return after[1] == ' ' && (!sure || direction_word (after + 2));
  if (after[0] != ' ')
    return FALSE;
  switch (w[0])
    {
    case 'i':
      return STARTS (w, "in ");
    case 'n':
      return STARTS (w, "near ") || STARTS (w, "neighbo") || direction_word (w);
    case 'o':
      return STARTS (w, "outside ");
    case 'a':
      return STARTS (w, "around ") || STARTS (w, "area") || (!sure && STARTS (w, "and "));
    case 'v':
      return STARTS (w, "village");
    case 't':
      return STARTS (w, "town");
    case 'c':
      return STARTS (w, "city ") || STARTS (w, "camp ");
    case 'd':
      return STARTS (w, "district");
    case 's':
      return STARTS (w, "suburb") || direction_word (w);
    case 'q':
      return STARTS (w, "quarter");
    case 'e':
    case 'w':
      return direction_word (w);
    default:
      return FALSE;
    }
}

/* How many tokens back a list of parts of a town is followed to its head:
 * "the neighborhoods of the New Siryan, the Old Siryan, Masaken al- Sabil,
 * al- Aziziyyi and al- Ramosi". */
#define PART_LIST_TOKENS 48

/* Whether token @j may stand inside a list of names: a capitalised word,
 * an article, a hyphen, an apostrophe, a comma, "and", "the". */
static gboolean
list_token (SuggestRun *run,
            guint       j)
{
  const SuggestToken *t = tok (run, j);
  const char *c = run->text + t->start;

  if (t->flags & TOK_WORD)
    return (t->flags & TOK_CAP) || _sitrep_suggest_is_article (run, j) || _sitrep_suggest_tok_is (run, j, "and") ||
           _sitrep_suggest_tok_is (run, j, "the");
  return (t->flags & TOK_HYPHEN) || *c == ',' || *c == '\'' || _sitrep_suggest_has_prefix (c, "\xe2\x80\x99");
}

/* Whether @s is named as a part of a town: "the neighbourhood of X", or an
 * item of a list such a noun heads ("the neighborhoods of A, B and X"; a
 * look at the bytes first). A town the gazetteer is @sure of is a part
 * only by the singular noun or as a later item of a list: "the
 * neighbourhoods of Saraqib" are Saraqib's, and a city is no part. */
static gboolean
named_part_of (SuggestRun             *run,
               const SitrepSuggestion *s,
               gboolean                sure)
{
  guint first;

  if (sure && s->population >= PART_CITY_PEOPLE)
    return FALSE;
  /* "the Old City", "the Old Town": every old city has one; the
   * gazetteer's (Jerusalem's) is a part of the city the report names. */
  if (s->byte_end - s->byte_start == 8 && (_sitrep_suggest_ascii_caseeq (run->text + s->byte_start, "old city", 8) ||
                                           _sitrep_suggest_ascii_caseeq (run->text + s->byte_start, "old town", 8)))
    return TRUE;
  if (s->byte_start > 4 && memcmp (run->text + s->byte_start - 4, " of ", 4) == 0 &&
      (first = _sitrep_suggest_token_holding (run, s->byte_start)) >= 2 &&
      _sitrep_suggest_tok_among (run, first - 2, part_nouns))
    return !sure || run->text[tok (run, first - 2)->end - 1] != 's';
  first = _sitrep_suggest_token_holding (run, s->byte_start);
  /* "al- Shahbaa" proposed from its name: its article is of the list. */
  if (first >= 2 && (tok (run, first - 1)->flags & TOK_HYPHEN) && _sitrep_suggest_is_article (run, first - 2))
    first -= 2;
  /* A list item ("Masaken al- Hamra" from "Hamra" on): names and
   * separators back to "of", past one separator at least for a town the
   * gazetteer is sure of ("the neighbourhoods of the X": X's). */
  for (guint j = first, separators = 0; j-- > 1 && j + PART_LIST_TOKENS > first;)
    {
      if (!same_sentence (run, j, first))
        return FALSE;
      if (_sitrep_suggest_tok_is (run, j, "of"))
        return (separators > 0 || !sure) && _sitrep_suggest_tok_among (run, j - 1, part_nouns) &&
               (tok (run, j - 1)->flags & TOK_CAP) == 0;
      if (!list_token (run, j))
        return FALSE;
      if (_sitrep_suggest_tok_is (run, j, "and") || run->text[tok (run, j)->start] == ',')
        separators++;
    }
  return FALSE;
}

/* The city a part of a town is said to be of later in its sentence ("the
 * neighborhoods of A and B in the city of Aleppo"): the first place after
 * @s there that the gazetteer is sure of, a city of @min_population, or
 * NULL. */
static SitrepSuggestion *
city_after_in_sentence (SuggestRun             *run,
                        guint                   from,
                        const SitrepSuggestion *s,
                        gint64                  min_population)
{
  SitrepSuggestion *best = NULL;
  guint sentence = tok (run, _sitrep_suggest_token_holding (run, s->byte_start))->sentence;

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *o = run->out->pdata[k];

      if (o->kind != SITREP_SUGGEST_PLACE || o == s || o->byte_start < s->byte_end || isnan (o->latitude) ||
          o->doubtful || o->scope != SITREP_PLACE_SCOPE_PLACE || o->population < min_population ||
          tok (run, _sitrep_suggest_token_holding (run, o->byte_start))->sentence != sentence)
        continue;
      if (best == NULL || o->byte_start < best->byte_start)
        best = o;
    }
  return best;
}

/* "the al-Doura neighborhood", "Shurja district" (@district), "the Shiite
 * neighbourhood of Kadhimiyah" (@part_of): a part of a town (a district of
 * a city of a million) with no town named with it is of the city the text
 * named before it. A part of a town the gazetteer was @sure of is a
 * namesake ("the neighborhoods of al- Khalidiyya and al- Rashidin" of
 * Aleppo are no towns of Jordan): the gazetteer holds towns, not their
 * parts. NULL: none. */
static SitrepSuggestion *
city_of_part (SuggestRun             *run,
              guint                   from,
              const SitrepSuggestion *s,
              guint                   last,
              gboolean                sure,
              gboolean                part_of,
              gboolean                district)
{
  SitrepSuggestion *holder = part_of ? city_after_in_sentence (run, from, s, PART_CITY_PEOPLE) : NULL;

  if (holder == NULL && (!sure || part_of) &&
      (district || part_of || (same_sentence (run, last, last + 1) && _sitrep_suggest_tok_among (run, last + 1, part_nouns))))
    holder = _sitrep_suggest_city_before (run, from, s, district ? DISTRICT_CITY_PEOPLE : PART_CITY_PEOPLE, !district);
  return holder;
}

/* Nouns of a part of a city a report names it by with the city before
 * them: "Baghdad's southern district of Doura". */
static const char * const city_part_nouns[] = {
  "district", "neighbourhood", "neighborhood", "quarter", "suburb", "area", NULL
};

/* "in Baghdad central district of Karrada", "Baghdad's southern district
 * of Doura": the city (a place of PART_CITY_PEOPLE, sure) named before the
 * noun of a part of it, and a side or two ("central", "southern") between
 * them, that @s is the part of; NULL: none. A district of a city the report
 * names is that city's, not a village of its name elsewhere. */
static SitrepSuggestion *
city_before_part (SuggestRun             *run,
                  GArray                **places,
                  gsize                  *longest,
                  const SitrepSuggestion *s)
{
  guint j;
  SitrepSuggestion *city;
  gsize at;

  /* A look at the bytes first. */
  if (s->byte_start <= 4 || memcmp (run->text + s->byte_start - 4, " of ", 4) != 0)
    return NULL;
  j = _sitrep_suggest_token_holding (run, s->byte_start);

  /* "of al-Doura": the article glued before the name. */
  if (j >= 2 && (tok (run, j - 1)->flags & TOK_HYPHEN) && _sitrep_suggest_is_article (run, j - 2))
    j -= 2;
  if (j < 3 || !_sitrep_suggest_tok_is (run, j - 1, "of") || !_sitrep_suggest_tok_in (run, j - 2, city_part_nouns) ||
      !same_sentence (run, j - 3, j))
    return NULL;
  j -= 2;
  for (guint sides = 0; sides < 2 && j > 0 && (!isnan (side_at (run, j - 1, FALSE)) || _sitrep_suggest_tok_is (run, j - 1, "central"));
       sides++)
    j--;
  if (j == 0)
    return NULL;
  at = tok (run, j)->start;
  /* The possessive's "'s", or the city right before. */
  if (at >= 3 && strncmp (run->text + at - 3, "'s ", 3) == 0)
    at -= 3;
  else if (at >= 5 && strncmp (run->text + at - 5, "\xe2\x80\x99s ", 5) == 0)
    at -= 5;
  else
    at = tok (run, j - 1)->end;
  if (*places == NULL)
    *places = _sitrep_suggest_places_by_start (run, longest);
  city = _sitrep_suggest_place_over (run, *places, *longest, at - 1, at);
  if (city == NULL || city == s || city->byte_end != at || isnan (city->latitude) || city->doubtful ||
      city->scope != SITREP_PLACE_SCOPE_PLACE || city->population < PART_CITY_PEOPLE)
    return NULL;
  return city;
}

/* @s placed at @holder (a side of it by @bearing, or by the words'
 * offset when @after it), doubtful, of its country and area; @side keeps
 * the last side's centre the gazetteer gave. */
static void
pin_at_holder (SuggestRun             *run,
               SitrepSuggestion       *s,
               const SitrepSuggestion *holder,
               guint                   last,
               double                  bearing,
               gboolean                after,
               gboolean                countryside,
               SideCentre             *side)
{
  gboolean guessed = !isnan (s->latitude);

  /* Unplaced, the words' place ("Umm Zayzafun village") came before a
   * person or actor of the same span; placed, it is weighed by its
   * score against them: that of a place the words and its holder name,
   * not of the bare phrase. */
  if (!guessed)
    s->score = MAX (s->score, HOLDER_SCORE);
  s->latitude = holder->latitude;
  s->longitude = holder->longitude;
  /* "the northern Hama countryside": the middle of the governorate's
   * places on that side of the town, not the town. */
  if (!isnan (bearing))
    {
      /* Asked of the gazetteer once per town and side in a pass: a
       * long text may set many villages in one countryside. */
      if (side->latitude != holder->latitude || side->longitude != holder->longitude || side->bearing != bearing)
        {
          *side = (SideCentre) { holder->latitude, holder->longitude, bearing, holder->latitude, holder->longitude };
          _sitrep_gazetteer_side_centre (holder->country, holder->admin1, holder->latitude, holder->longitude,
                                         bearing, COUNTRYSIDE_KM, &side->centre_latitude, &side->centre_longitude);
        }
      s->latitude = side->centre_latitude;
      s->longitude = side->centre_longitude;
    }
  else if (after)
    move_by_offset (run, last, s);
  s->geonameid = 0;
  s->country = _sitrep_suggest_strdup (run, holder->country);
  s->admin1 = _sitrep_suggest_strdup (run, holder->admin1);
  s->doubtful = TRUE;
  s->population = 0;
  /* A town's countryside is a region (ACLED's precision 3). */
  s->scope = holder->scope == SITREP_PLACE_SCOPE_REGION || countryside ? SITREP_PLACE_SCOPE_REGION :
             SITREP_PLACE_SCOPE_PLACE;
  /* A guess moved is no more the gazetteer's place of that name. */
  if (guessed)
    s->entity_name = NULL;
  if (s->entity_name == NULL && s->entity_id == 0)
    s->entity_name = _sitrep_suggest_strdup (run, s->text);
}

/* A place the gazetteer lacks, said to be in or near one it knows, or in
 * a sentence set in a known place's countryside, is placed there,
 * doubtful, as a coder does for a village missing from the gazetteer
 * (ACLED's precision 2 near a town, 3 in a region): the pin is the
 * holder's, for the user to move. */
void
_sitrep_suggest_places_within (SuggestRun *run,
                               guint       from)
{
  g_autoptr(GArray) places = NULL;
  gsize longest = 0;
  SideCentre side = { NAN, NAN, NAN, NAN, NAN };

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      SitrepSuggestion *holder, *city;
      guint first, last;
      double bearing = NAN;
      gboolean countryside, sure, rural = FALSE, part = FALSE, after, district, part_of;

      /* Unplaced, or placed by the gazetteer and not by the project
       * ("al-Bara" by a loose match of an alternate name of Aleppo). */
      if (s->kind != SITREP_SUGGEST_PLACE || s->byte_end == 0 ||
          (!isnan (s->latitude) && (s->score >= 0.95 || s->entity_id != 0 || s->scope != SITREP_PLACE_SCOPE_PLACE)))
        continue;
      sure = !isnan (s->latitude) && !s->doubtful;
      city = sure ? NULL : city_before_part (run, &places, &longest, s);
      /* A guess yields only to a holder right after it, or to the city
       * it is said to be a part of ("the neighbourhood of X"). */
      part_of = city != NULL || named_part_of (run, s, sure);
      if (!isnan (s->latitude) && !part_of && !holder_may_follow (run->text + s->byte_end, sure))
        continue;
      /* Suggestions are not added here: the index stays right. */
      if (places == NULL)
        places = _sitrep_suggest_places_by_start (run, &longest);
      first = _sitrep_suggest_token_holding (run, s->byte_start);
      last = _sitrep_suggest_token_holding (run, s->byte_end - 1);
      /* "families from Homs in Beirut": where a place's people are is not where it is. */
      if (sure && first > 0 && _sitrep_suggest_tok_is (run, first - 1, "from"))
        continue;
      countryside = FALSE;
      holder = city != NULL ? city : holder_chained (run, places, longest, last, sure, &bearing, &rural, &part);
      after = holder != NULL;
      /* A guess yields to a holder named right after it, not to a
       * countryside looked for around it. */
      if (holder == NULL && isnan (s->latitude))
        {
          holder = countryside_of_sentence (run, places, longest, first, last, &bearing);
          countryside = holder != NULL;
        }
      /* Nothing right after it: the scene the sentence opens with, or the
       * place its list's kind follows. */
      if (holder == NULL && isnan (s->latitude))
        holder = anchor_before (run, places, longest, first, last);
      district = holder == NULL && !sure && same_sentence (run, last, last + 1) &&
                 (_sitrep_suggest_tok_is (run, last + 1, "district") || _sitrep_suggest_tok_is (run, last + 1, "districts"));
      if (holder == NULL)
        holder = city_of_part (run, from, s, last, sure, part_of, district);
      /* A place the gazetteer was sure of yields to a holder as sure, or
       * to the town it is a neighbourhood of ("Sana'a neighbourhood of
       * Qamishli": the gazetteer holds towns, not their parts). A city it
       * is sure of is no part of a place it doubts in the same country:
       * "the Damascus suburb of Jobar" names the city first, then its
       * suburb (a city abroad is a neighbourhood's name: "the Jeddah
       * neighbourhood of Qamishli"). */
      if (holder == NULL || holder == s ||
          (sure && holder->doubtful &&
           (!part || (s->population >= PART_CITY_PEOPLE && g_strcmp0 (s->country, holder->country) == 0))))
        continue;
      /* A doubtful guess near what holds it may be right: it stays. A
       * place the gazetteer was sure of yields only to a holder far
       * beyond a slip of the words ("Saida in the eastern countryside of
       * Daraa" is no Sidon, "Sana'a neighbourhood of Qamishli" no capital
       * of Yemen; "Palmyra in Homs province" stays). */
      if (!isnan (s->latitude))
        {
          double km = sitrep_gazetteer_distance_km (s->latitude, s->longitude, holder->latitude, holder->longitude);

          /* A town's countryside reaches further than the town. */
          /* A city is where it is, however far the place it is said to
           * be near or north of in its country ("Taza, near Kirkuk, north
           * of Baghdad": 240 km). */
          if (km <= (rural ? COUNTRYSIDE_KM : HOLDER_FAR_KM) ||
              ((sure || district) && !part_of && km <= SURE_FAR_KM && g_strcmp0 (s->country, holder->country) == 0) ||
              (sure && !part_of && s->population >= PART_CITY_PEOPLE && g_strcmp0 (s->country, holder->country) == 0) ||
              (after && !part_of && on_named_side (run, last, s, holder, km)) ||
              /* "Baghouz in the eastern countryside of Deir ez-Zor": its
               * district's seat, in that governorate, is nearer than the
               * countryside's middle. */
              ((rural || !isnan (bearing)) && _sitrep_suggest_locality_seat_in (s, holder->country, holder->admin1)) ||
              /* A town the gazetteer holds in the governorate named:
               * the governorate's middle is no better pin. */
              (!part_of && _sitrep_suggest_in_named_governorate (s, holder)))
            continue;
        }
      pin_at_holder (run, s, holder, last, bearing, after, countryside, &side);
    }
  /* Suggestions were moved, not added: the index stays right. */
  _sitrep_suggest_list_siblings (run, from, &places, &longest);
  _sitrep_suggest_places_spelled_twice (run, from);
  _sitrep_suggest_pin_in_area (run, from);
}

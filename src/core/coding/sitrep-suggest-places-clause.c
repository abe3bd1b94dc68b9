/* sitrep-suggest-places-clause.c — a place the other rules left unplaced (or at a far namesake),
 * placed by the place its own clause says holds it, however the words between run ("Khilani
 * Square, a busy commercial area in central Baghdad", "قرية مطيق شمال قضاء داقوق"), or by the
 * capital of the report's country ("في حيي القابون وبرزة في العاصمة")
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-places-private.h"

/* How many tokens after a place its holder's word is looked for. */
#define CLAUSE_TOKENS 12
/* … and after a place the gazetteer guessed ("X, a village in Y"). */
#define GUESS_TOKENS 4
/* How many words may stand between the holder's word and the holder
 * ("in the northern countryside of the town of X"). */
#define FILLER_TOKENS 5
/* A doubtful guess this far from the place its clause says holds it is
 * no reading of it (as -places-within.c's HOLDER_FAR_KM), in another
 * country; a doubtful one this far in the same country. */
#define GUESS_FAR_KM 30.0
#define GUESS_FAR_KM_HOME 100.0
/* The score of a place placed by its clause, weighed against a person or
 * actor of the same words: as -places-within.c's HOLDER_SCORE. */
#define CLAUSE_SCORE 0.7

/* Words after which the next place holds the one before, or is near it. */
static const char * const holding_words[] = {
  "in", "near", "outside", "around", "inside", "في", "قرب", "بالقرب", "داخل", "وسط", "بمدينة", "ببلدة",
  "بقضاء", "بناحية", "بمحافظة", "بريف", "بمنطقة", NULL
};

/* Bearings that hold with "of" after them in English ("west of Al-Bab"),
 * alone in Arabic ("شمال قضاء داقوق"). */
static const char * const bearings[] = {
  "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "شمال", "جنوب",
  "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", NULL
};

/* Words between the holder's word and the holder. */
static const char * const fillers[] = {
  "the", "a", "an", "of", "central", "downtown", "northern", "southern", "eastern", "western", "northeastern",
  "northwestern", "southeastern", "southwestern", "rural", "countryside", "town", "city", "village",
  "province", "governorate", "district", "provincial", "capital", "area", "region", "from", "من", "قضاء", "ناحية",
  "مدينة", "بلدة", "قرية", "محافظة", "منطقة", "مركز", "ريف", "حي", "العاصمة", "شمال", "جنوب", "شرق", "غرب",
  "شمالي", "جنوبي", "شرقي", "غربي", NULL
};

/* Units of a distance: "20 km from the town of Khanaqin" is near it;
 * "fighters from Homs" are not in it. */
static const char * const distance_units[] = {
  "km", "kilometers", "kilometres", "kms", "miles", "mile", "كم", "كيلومترات", "كيلومتر", "كيلو", NULL
};

/* Words that end a clause's reach: what follows is said of another thing. */
static const char * const clause_ends[] = { "said", "says", "told", "while", "whereas", "وقال", "بينما", NULL };

static gboolean
same_sentence (SuggestRun *run,
               guint       a,
               guint       b)
{
  return b < run->tokens->len && tok (run, a)->sentence == tok (run, b)->sentence;
}

static gboolean
punct_is (SuggestRun *run,
          guint       j,
          const char *marks)
{
  return (tok (run, j)->flags & TOK_PUNCT) && strchr (marks, run->text[tok (run, j)->start]) != NULL;
}

static gboolean
is_capital_word (SuggestRun *run,
                 guint       j)
{
  return _sitrep_suggest_tok_is (run, j, "capital") || _sitrep_suggest_tok_is (run, j, "العاصمة");
}

/* The country most of the text's sure places lie in, or NULL; those
 * within @inside (a way named after a town) not counted. */
static const char *
report_country (SuggestRun             *run,
                guint                   from,
                const SitrepSuggestion *inside)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  const char *best = NULL;
  guint best_n = 0;

  for (guint k = from; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];
      guint n;

      if (o->kind != SITREP_SUGGEST_PLACE || isnan (o->latitude) || o->doubtful || o->country == NULL ||
          o->country[0] == '\0' ||
          (inside != NULL && o->byte_start >= inside->byte_start && o->byte_end <= inside->byte_end))
        continue;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, o->country)) + 1;
      g_hash_table_insert (counts, (gpointer) o->country, GUINT_TO_POINTER (n));
      if (n > best_n)
        best = o->country, best_n = n;
    }
  return best;
}

/* The bundled capital of country @code (GeoNames' PPLC), or NULL. */
static const SitrepGazetteerPlace *
capital_of (const char *code)
{
  GPtrArray *bundled = sitrep_gazetteer_get_bundled_places ();

  for (guint k = 0; code != NULL && bundled != NULL && k < bundled->len; k++)
    {
      const SitrepGazetteerPlace *p = bundled->pdata[k];

      if (g_strcmp0 (p->feature_code, "PPLC") == 0 && g_strcmp0 (p->country, code) == 0)
        return p;
    }
  return NULL;
}

/* Whether the guess @s lies too far from @holder to be the place its
 * clause says @holder holds: in another country, beyond GUESS_FAR_KM (in
 * the holder's country the words may be loose: "to the east of X" may be
 * 100 km east of it). */
static gboolean
guess_far (const SitrepSuggestion *s,
           const SitrepSuggestion *holder,
           gboolean                loose)
{
  double km = sitrep_gazetteer_distance_km (s->latitude, s->longitude, holder->latitude, holder->longitude);

  if (km <= GUESS_FAR_KM)
    return FALSE;
  if (g_strcmp0 (s->country, holder->country) != 0)
    return TRUE;
  /* A village at its district's seat in the holder's governorate ("Baghouz
   * in the eastern countryside of Deir ez-Zor", at Albu Kamal). */
  if (_sitrep_suggest_locality_seat_in (s, holder->country, holder->admin1))
    return FALSE;
  /* A doubtful guess in the holder's country, far beyond what "in" or a
   * sentence's scene may hold ("In Baghdad, … in Karada": no town 230 km
   * off); "to the east of X" may be 100 km east of it. */
  return s->doubtful && !loose && km > GUESS_FAR_KM_HOME;
}

/* Nouns of a street or a square named after something else. */
static const char * const street_nouns[] = {
  "street", "st", "road", "avenue", "square", "roundabout", "bridge", "highway", NULL
};

/* Whether @s is a river's name (a water: a region of no country) a street
 * noun follows: "al- Nile street … in the city of Aleppo" is no river. */
static gboolean
river_street (SuggestRun             *run,
              const SitrepSuggestion *s)
{
  guint after;

  if (s->scope != SITREP_PLACE_SCOPE_REGION || (s->country != NULL && s->country[0] != '\0'))
    return FALSE;
  after = _sitrep_suggest_token_holding (run, s->byte_end - 1) + 1;
  return after < run->tokens->len && _sitrep_suggest_tok_among (run, after, street_nouns);
}

/* Nouns of a kind of place a possessive may follow: "Hasaka city's X district". */
static const char * const possessed_kinds[] = { "city", "town", "province", "governorate", NULL };

/* The placed place before "city's" (or "town's" …) right before token
 * @first, or NULL. */
static SitrepSuggestion *
kind_possessive (SuggestRun *run,
                 GArray     *places,
                 gsize       longest,
                 guint       first)
{
  guint at, back;
  guint kind;
  SitrepSuggestion *o;

  /* "city's al-Nashwah district": before the article glued to the name. */
  if (first >= 2 && (tok (run, first - 1)->flags & TOK_HYPHEN) && tok (run, first - 1)->space_before == 0 &&
      _sitrep_suggest_is_article (run, first - 2))
    first -= 2;
  at = tok (run, first)->start;
  back = at >= 3 && strncmp (run->text + at - 3, "'s ", 3) == 0 ? 3 :
         at >= 5 && strncmp (run->text + at - 5, "\xe2\x80\x99s ", 5) == 0 ? 5 : 0;
  if (back == 0 || first < 2)
    return NULL;
  kind = _sitrep_suggest_token_holding (run, at - back - 1);
  if (kind == 0 || !_sitrep_suggest_tok_among (run, kind, possessed_kinds))
    return NULL;
  o = _sitrep_suggest_place_over (run, places, longest, tok (run, kind - 1)->end - 1, tok (run, kind - 1)->end);
  return o != NULL && !isnan (o->latitude) && o->scope != SITREP_PLACE_SCOPE_COUNTRY ? o : NULL;
}

/* The place the sentence of token @first opens with as its scene, before
 * it ("In Baghdad, … in X", "في مدينة حمص (وسط)، … في حي X"), or NULL. */
static SitrepSuggestion *
scene_of (SuggestRun *run,
          GArray     *places,
          gsize       longest,
          guint       first)
{
  guint start = first;

  while (start > 0 && same_sentence (run, first, start - 1))
    start--;
  if (!_sitrep_suggest_tok_is (run, start, "in") && !_sitrep_suggest_tok_is (run, start, "near") &&
      !_sitrep_suggest_tok_is (run, start, "في") && !_sitrep_suggest_tok_is (run, start, "وفي"))
    return NULL;
  for (guint k = start + 1; k < first && k <= start + 1 + FILLER_TOKENS; k++)
    {
      SitrepSuggestion *o = _sitrep_suggest_place_over (run, places, longest, tok (run, k)->end - 1, tok (run, k)->end);

      if (o != NULL)
        return !isnan (o->latitude) && o->scope != SITREP_PLACE_SCOPE_COUNTRY &&
               _sitrep_suggest_token_holding (run, o->byte_end - 1) < first ? o : NULL;
      if (!_sitrep_suggest_tok_among (run, k, fillers) && !_sitrep_suggest_is_article (run, k))
        return NULL;
    }
  return NULL;
}

/* Where the clause of the place ending at token @last says it is: the
 * placed place after a holding word within @reach tokens ("X, a village in
 * the countryside of Y", "X, west of Y", "X, 20 km from Y"), or after
 * "the capital" alone, the capital (*@capital set, NULL returned). */
static SitrepSuggestion *
clause_holder (SuggestRun *run,
               GArray     *places,
               gsize       longest,
               guint       last,
               guint       reach,
               gboolean   *capital,
               gboolean   *loose)
{
  guint n = run->tokens->len;

  *capital = FALSE;
  *loose = FALSE;
  for (guint j = last + 1; j < n && j <= last + reach && same_sentence (run, last, j); j++)
    {
      gboolean holds = _sitrep_suggest_tok_among (run, j, holding_words);
      guint k;

      if (punct_is (run, j, ";:()") || _sitrep_suggest_tok_among (run, j, clause_ends))
        return NULL;
      /* "west of Al-Bab City"; "شمال قضاء داقوق". */
      if (!holds && _sitrep_suggest_tok_among (run, j, bearings))
        holds = !(tok (run, j)->flags & TOK_ARABIC) ? _sitrep_suggest_tok_is (run, j + 1, "of") : TRUE;
      /* "20 km from the town of X". */
      if (!holds && (_sitrep_suggest_tok_is (run, j, "from") || _sitrep_suggest_tok_is (run, j, "من")))
        holds = (j >= 1 && _sitrep_suggest_tok_among (run, j - 1, distance_units)) ||
                (j >= 2 && _sitrep_suggest_tok_among (run, j - 2, distance_units));
      /* "في منطقة X بالخالص": "ب" (in) glued to the place that holds. */
      if (!holds && (tok (run, j)->flags & TOK_ARABIC) && memcmp (run->text + tok (run, j)->start, "ب", 2) == 0)
        {
          SitrepSuggestion *o = _sitrep_suggest_place_over (run, places, longest, tok (run, j)->end - 1, tok (run, j)->end);

          if (o != NULL && o->byte_start > tok (run, j)->start && !isnan (o->latitude) &&
              o->scope != SITREP_PLACE_SCOPE_COUNTRY)
            return o;
        }
      if (!holds)
        continue;
      /* "east of X", "20 km from X": near X, maybe far. */
      *loose = !_sitrep_suggest_tok_among (run, j, holding_words);
      for (k = j + 1; k < n && k <= j + FILLER_TOKENS && same_sentence (run, last, k); k++)
        {
          SitrepSuggestion *o = _sitrep_suggest_place_over (run, places, longest, tok (run, k)->end - 1, tok (run, k)->end);

          /* "X villages in the region of Y in Z": Y, unplaced, holds X. */
          if (o != NULL && (isnan (o->latitude) || o->scope == SITREP_PLACE_SCOPE_COUNTRY))
            return NULL;
          if (o != NULL)
            return o;
          /* "in the capital, Damascus". */
          if (punct_is (run, k, ",،") && k > j + 1 && is_capital_word (run, k - 1))
            continue;
          if (!_sitrep_suggest_tok_among (run, k, fillers) && !_sitrep_suggest_is_article (run, k) &&
              !(tok (run, k)->flags & TOK_HYPHEN))
            break;
        }
      /* "in the capital" and no name after it. */
      if (k > j + 1 && is_capital_word (run, k - 1) &&
          (k >= n || !same_sentence (run, last, k) || !(tok (run, k)->flags & TOK_CAP) || punct_is (run, k, ",،.")))
        {
          *capital = TRUE;
          return NULL;
        }
    }
  return NULL;
}

/* Whether only a list's joint lies between bytes @end and @start: a
 * comma, "and", or the "و" glued to the next name ("البومحمد وكوباني"). */
static gboolean
list_joint (SuggestRun *run,
            gsize       end,
            gsize       start)
{
  guint j = _sitrep_suggest_token_from (run, end);
  guint next = _sitrep_suggest_token_holding (run, start);

  if (j >= run->tokens->len || next < j || next > j + 2)
    return FALSE;
  for (; j < next; j++)
    if (!punct_is (run, j, ",") && !_sitrep_suggest_tok_is (run, j, "and") && !_sitrep_suggest_tok_is (run, j, "،"))
      return FALSE;
  /* Arabic: the name after the joint's "و", glued. */
  return start == tok (run, next)->start ||
         (start == tok (run, next)->start + 2 && memcmp (run->text + tok (run, next)->start, "و", 2) == 0);
}

/* The unplaced place over token @j, or NULL. */
static SitrepSuggestion *
unplaced_at (SuggestRun *run,
             GArray     *places,
             gsize       longest,
             guint       j)
{
  SitrepSuggestion *o;

  if (j >= run->tokens->len)
    return NULL;
  o = _sitrep_suggest_place_over (run, places, longest, tok (run, j)->end - 1, tok (run, j)->end);
  return o != NULL && isnan (o->latitude) && o->byte_end > 0 ? o : NULL;
}

/* Unplaced items of a list next to one this pass placed ("في قرى A وB وC"
 * with C placed by its clause, "A, B and C in Y"): its pin, doubtful. */
static void
share_in_lists (SuggestRun *run,
                GArray     *places,
                gsize       longest,
                GPtrArray  *placed)
{
  for (guint i = 0; i < placed->len; i++)
    {
      SitrepSuggestion *p = placed->pdata[i];
      guint first = _sitrep_suggest_token_holding (run, p->byte_start);
      guint last = _sitrep_suggest_token_holding (run, p->byte_end - 1);
      SitrepSuggestion *o;

      for (guint j = last + 1; j <= last + 3 && j < run->tokens->len; j++)
        if ((o = unplaced_at (run, places, longest, j)) != NULL)
          {
            if (list_joint (run, p->byte_end, o->byte_start))
              _sitrep_suggest_pin_doubtful (run, o, p->latitude, p->longitude, p->country, p->admin1),
                g_ptr_array_add (placed, o);
            break;
          }
      for (guint j = first; j > 0 && j + 3 > first; j--)
        if ((o = unplaced_at (run, places, longest, j - 1)) != NULL)
          {
            if (list_joint (run, o->byte_end, p->byte_start))
              _sitrep_suggest_pin_doubtful (run, o, p->latitude, p->longitude, p->country, p->admin1),
                g_ptr_array_add (placed, o);
            break;
          }
    }
}

/* Head nouns of Arabic place names made of a noun and a name with its
 * article ("Bab al-Salameh": the gate of Salameh; "Wadi al-Hajar"). */
static const char * const head_nouns[] = {
  "bab", "jisr", "ras", "bir", "qasr", "tal", "tel", "tell", "ain", "wadi", "khan", "deir", "kafr", "jabal",
  "jebel", "beit", NULL
};

/* Words after which a name is a place's ("south of Khan Bani Saad", "in
 * Wadi Hajar", "at Tel Sharaf"). */
static const char * const place_slots[] = {
  "in", "at", "near", "of", "outside", "around", "into", "from", "toward", "towards", NULL
};

/* Whether a head noun opens a name of its own at token @i, and the token
 * its name ends at in *@last: with the article ("Bab al-Sharqi", "Bab Al
 * Hawa"; not "al-Bab", a town's name), or without it after a word that
 * puts a place ("south of Khan Bani Saad"; not "Imran Khan Ahmed"), *@bare
 * set. */
static gboolean
headed_name (SuggestRun *run,
             guint       i,
             guint      *last,
             gboolean   *bare)
{
  guint n = run->tokens->len, j = i + 1;

  /* First the head noun: one AND of its list's lexicon bit. */
  if (j >= n || !_sitrep_suggest_tok_in (run, i, head_nouns) || !(tok (run, i)->flags & TOK_CAP) ||
      !same_sentence (run, i, j) || tok (run, j)->space_before == 0)
    return FALSE;
  if ((tok (run, i)->flags & TOK_ARABIC) ||
      (i > 0 && _sitrep_suggest_is_article (run, i - 1) && !_sitrep_suggest_tok_among (run, i - 1, place_slots)) ||
      (i > 1 && (tok (run, i - 1)->flags & TOK_HYPHEN) && _sitrep_suggest_is_article (run, i - 2)))
    return FALSE;
  *bare = tok (run, j)->end - tok (run, j)->start != 2 || !_sitrep_suggest_is_article (run, j);
  if (*bare)
    return i > 0 && (tok (run, j)->flags & TOK_CAP) && !(tok (run, j)->flags & TOK_ARABIC) &&
           _sitrep_suggest_tok_among (run, i - 1, place_slots) && _sitrep_suggest_cap_run (run, i, last) && *last > i;
  j++;
  if (j < n && (tok (run, j)->flags & TOK_HYPHEN) && tok (run, j)->space_before == 0)
    j++;
  if (j >= n || !same_sentence (run, i, j) || !(tok (run, j)->flags & TOK_CAP) || !(tok (run, j)->flags & TOK_WORD))
    return FALSE;
  *last = j;
  return TRUE;
}

/* Drops run->out[@k], and the names that copied its resolution. */
static void
drop_place (SuggestRun *run,
            GHashTable *resolved,
            guint       k)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, resolved);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (value == run->out->pdata[k])
      g_hash_table_iter_remove (&iter);
  _sitrep_suggest_out_remove (run->out, k);
}

/* Headed names a report names again and again, known to the gazetteer
 * whole: their head noun's and name's hashes (SuggestToken.lhash). */
typedef struct
{
  guint64 words[8];
  guint   n;
} HeadedKnown;

/* The headed name at token @i (its head noun's), if any: proposed whole
 * where the gazetteer knows only a part of it. */
static void
headed_name_at (SuggestRun *run,
                GHashTable *resolved,
                guint       from,
                guint       i,
                HeadedKnown *known)
{
  guint last;
  gsize start, end;
  const SitrepSuggestion *whole = NULL;
  SitrepSuggestion *tail = NULL;
  gboolean across = FALSE, bare, part = FALSE;
  g_autofree char *key = NULL;
  guint64 words;

  if (!headed_name (run, i, &last, &bare))
    return;
  /* A name met again ("Deir ez-Zor" a third time): known as before. */
  words = (guint64) tok (run, i)->lhash << 32 | tok (run, last)->lhash;
  for (guint m = 0; m < MIN (known->n, G_N_ELEMENTS (known->words)); m++)
    if (known->words[m] == words && tok (run, i)->lhash != 0 && tok (run, last)->lhash != 0)
      return;
  start = tok (run, i)->start;
  end = tok (run, last)->end;
  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *o = run->out->pdata[k];

      if (o->kind != SITREP_SUGGEST_PLACE || o->byte_end <= start || o->byte_start >= end)
        continue;
      if (o->byte_start == start && o->byte_end == end)
        whole = o;
      /* "the Bab al-Nour crossing" read as "Nour crossing": a phrase of
       * the name's last words and a kind after it (once). */
      else if (o->byte_start > start && o->byte_end > end && tail == NULL && o->entity_id == 0 && o->geonameid == 0)
        tail = o;
      else if (o->byte_start < start || o->byte_end > end)
        across = TRUE;
      else if (o->byte_start == tok (run, i + 1)->start && o->byte_end == end && o->geonameid != 0)
        part = TRUE;
    }
  if (across)
    return;
  /* Without the article, not a name whose name the gazetteer placed:
   * "Ras Baalbek" read as Baalbek is near it; its head alone ("Ras", a
   * town of its own) is no reading of it. */
  if (bare && part)
    {
      for (guint k = from; k < run->out->len; k++)
        {
          SitrepSuggestion *o = run->out->pdata[k];

          if (o->kind == SITREP_SUGGEST_PLACE && o->byte_start == start && o->byte_end == tok (run, i)->end &&
              o->entity_id == 0)
            {
              drop_place (run, resolved, k);
              break;
            }
        }
      return;
    }
  /* … is the phrase of the whole name: "Bab al-Nour crossing". */
  if (tail != NULL)
    {
      if (tail->entity_name != NULL && strcmp (tail->entity_name, tail->text) == 0)
        tail->entity_name = _sitrep_suggest_strndup (run, run->text + start, tail->byte_end - start);
      tail->text = _sitrep_suggest_strndup (run, run->text + start, tail->byte_end - start);
      tail->byte_start = start;
      whole = tail;
    }
  /* The gazetteer knows the whole ("Ras al-Ain"): its own pass has it,
   * here or at another mention (its key resolved). */
  if (whole == NULL || whole->geonameid == 0)
    key = _sitrep_suggest_span_key (run, i, last);
  if (key == NULL || *key == '\0' || g_hash_table_lookup (resolved, key) != NULL)
    {
      if (key == NULL || *key != '\0')
        known->words[known->n++ % G_N_ELEMENTS (known->words)] = words;
      return;
    }
  /* "Bab al-Salameh" read as "Salameh", "Bab al-Sharqi" as "Bab" (the town
   * of al-Bab): the whole name, unplaced; the clause passes place it where
   * its report says it is. */
  for (guint k = from; k < run->out->len;)
    {
      SitrepSuggestion *o = run->out->pdata[k];

      if (o->kind == SITREP_SUGGEST_PLACE && o->byte_start >= start && o->byte_end <= end &&
          !(o->byte_start == start && o->byte_end == end) && o->entity_id == 0)
        drop_place (run, resolved, k);
      else
        k++;
    }
  if (whole == NULL)
    _sitrep_suggest_add_unplaced (run, resolved, i, last);
  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *o = run->out->pdata[k];

      if (o->kind == SITREP_SUGGEST_PLACE && o->byte_start == start && o->byte_end == end && o->entity_id == 0)
        o->latitude = o->longitude = NAN, o->geonameid = 0, o->country = NULL, o->doubtful = FALSE;
    }
}

void
_sitrep_suggest_headed_names (SuggestRun *run,
                              GHashTable *resolved,
                              guint       from)
{
  /* Head nouns are rare: the tokens are walked by their list's lexicon
   * bit, a block of tokens none of which has it passed over at one test
   * (the capitalised words one by one when the lexicon has no bit left). */
  guint64 head_bit = _sitrep_suggest_list_bit (run, head_nouns);
  guint n = run->n_tokens;
  HeadedKnown known = { { 0 }, 0 };

  if (head_bit == 0 || run->block_lists == NULL)
    {
      for (guint c = 0; c < run->n_caps; c++)
        headed_name_at (run, resolved, from, run->caps[c], &known);
      return;
    }
  for (guint b = 0; b < SUGGEST_BLOCKS (n); b++)
    {
      if (!(run->block_lists[b] & head_bit))
        continue;
      for (guint i = b * SUGGEST_BLOCK; i < MIN ((b + 1) * SUGGEST_BLOCK, n); i++)
        if ((run->lists[i] & head_bit) && (run->toks[i].flags & TOK_CAP))
          headed_name_at (run, resolved, from, i, &known);
    }
}

/* Nouns of a way or an open space of a town, often named after another
 * town ("Haifa Street" in Baghdad). */
static const char * const way_nouns[] = { "street", "avenue", "roundabout", "square", NULL };

/* The town a way its clause left unplaced lies in: the last town of the
 * report's country the report names before it, sure ("… in Baghdad.
 * Later … on Haifa Street"; not Washington, where the news came from), or
 * NULL. */
static const SitrepSuggestion *
town_before (SuggestRun             *run,
             guint                   from,
             const SitrepSuggestion *s)
{
  const SitrepSuggestion *best = NULL;
  const char *country = report_country (run, from, s);

  for (guint k = from; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];

      if (o->kind != SITREP_SUGGEST_PLACE || o->byte_end > s->byte_start || o->byte_end == 0 ||
          isnan (o->latitude) || o->doubtful || o->scope != SITREP_PLACE_SCOPE_PLACE ||
          g_strcmp0 (o->country, country) != 0)
        continue;
      if (best == NULL || o->byte_start > best->byte_start)
        best = o;
    }
  return best;
}

/* The first place of the report named as @s is, alone or before a word
 * ("Bab al-Salameh crossing"), that a pass placed, or NULL. */
static const SitrepSuggestion *
same_name_placed (SuggestRun             *run,
                  guint                   from,
                  const SitrepSuggestion *s)
{
  gsize len = strlen (s->text);

  for (guint k = from; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];

      if (o != s && o->kind == SITREP_SUGGEST_PLACE && !isnan (o->latitude) && o->scope == SITREP_PLACE_SCOPE_PLACE &&
          strncmp (o->text, s->text, len) == 0 && (o->text[len] == '\0' || o->text[len] == ' '))
        return o;
    }
  return NULL;
}

/* Ways ("X Street", "X Square") and headed names ("Bab al-Sharqi") still
 * unplaced: in the town the report names before them, else in its
 * country's capital; doubtful. Never at the town a way is named after
 * (-places.c leaves them unplaced). */
static void
place_ways (SuggestRun *run,
            guint       from)
{
  const SitrepGazetteerPlace *capital = NULL;
  gboolean capital_asked = FALSE;

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      const SitrepSuggestion *town;
      guint first, last;
      gboolean headed, bare;

      /* Most are the gazetteer's towns: neither a way left unplaced nor a
       * headed name a pass guessed. */
      if (s->kind != SITREP_SUGGEST_PLACE || s->byte_end == 0 || s->entity_id != 0 ||
          (!isnan (s->latitude) && s->geonameid != 0))
        continue;
      first = _sitrep_suggest_token_holding (run, s->byte_start);
      /* "Bab al-Salameh" the gazetteer knows only a part of: wherever a
       * pass placed it, a guess. */
      headed = headed_name (run, first, &last, &bare) && tok (run, last)->end == s->byte_end && s->geonameid == 0;
      if (headed && !isnan (s->latitude))
        {
          s->doubtful = TRUE;
          continue;
        }
      if (!headed && (!isnan (s->latitude) ||
                      !_sitrep_suggest_tok_among (run, _sitrep_suggest_token_holding (run, s->byte_end - 1), way_nouns)))
        continue;
      s->score = MAX (s->score, CLAUSE_SCORE);
      /* "the Bab al-Salameh crossing about 30 miles north of Aleppo" placed
       * by its clause: the name alone elsewhere is the same place. */
      if (headed && (town = same_name_placed (run, from, s)) != NULL)
        {
          _sitrep_suggest_pin_doubtful (run, s, town->latitude, town->longitude, town->country, town->admin1);
          continue;
        }
      if ((town = town_before (run, from, s)) != NULL)
        {
          _sitrep_suggest_pin_doubtful (run, s, town->latitude, town->longitude, town->country, town->admin1);
          continue;
        }
      /* A headed name is no way of a capital's: left for a pin. */
      if (headed)
        continue;
      if (!capital_asked)
        capital = capital_of (report_country (run, from, s)), capital_asked = TRUE;
      if (capital != NULL)
        _sitrep_suggest_pin_doubtful (run, s, capital->latitude, capital->longitude, capital->country,
                                      capital->admin1_name);
    }
}

void
_sitrep_suggest_places_by_clause (SuggestRun *run,
                                  guint       from)
{
  g_autoptr(GArray) places = NULL;
  gsize longest = 0;
  const SitrepGazetteerPlace *capital = NULL;
  gboolean capital_asked = FALSE;
  g_autoptr(GPtrArray) placed = g_ptr_array_new ();

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      SitrepSuggestion *holder;
      gboolean guess, to_capital, loose;
      guint first, last;

      if (s->kind != SITREP_SUGGEST_PLACE || s->byte_end == 0 || s->scope == SITREP_PLACE_SCOPE_COUNTRY)
        continue;
      /* Unplaced, or a doubtful guess of the gazetteer's at a town (not
       * the project's, not a river's or a region's), or a river's name a
       * street noun follows. Sure towns are many and keep their pins. */
      guess = !isnan (s->latitude);
      if (guess && (s->entity_id != 0 || s->score >= 0.95 ||
                    (s->doubtful ? s->scope != SITREP_PLACE_SCOPE_PLACE : !river_street (run, s))))
        continue;
      first = _sitrep_suggest_token_holding (run, s->byte_start);
      last = _sitrep_suggest_token_holding (run, s->byte_end - 1);
      /* "fighters from Homs": where people come from. */
      if (first > 0 && (_sitrep_suggest_tok_is (run, first - 1, "from") || _sitrep_suggest_tok_is (run, first - 1, "من")))
        continue;
      if (places == NULL)
        places = _sitrep_suggest_places_by_start (run, &longest);
      /* A guess, by the words right after it only ("X Street in the city
       * of Y", "X, a village in Y"), or by the scene of its sentence. */
      holder = clause_holder (run, places, longest, last, guess ? GUESS_TOKENS : CLAUSE_TOKENS, &to_capital,
                             &loose);
      if (holder == NULL && !guess)
        holder = kind_possessive (run, places, longest, first);
      /* The sentence's scene: a guess's; an unplaced place's in Arabic
       * (-places-within.c reads the English scenes). */
      if (holder == NULL && (guess || (tok (run, first)->flags & TOK_ARABIC)))
        holder = scene_of (run, places, longest, first), loose = FALSE;
      if (holder == s)
        continue;
      if (holder != NULL)
        {
          /* A guess yields to a place as sure in another country, far from
           * it (a namesake abroad: "X, a village in Idlib province" is in
           * no Jordan). */
          if (guess && (holder->doubtful || !guess_far (s, holder, loose)))
            continue;
          if (guess)
            s->entity_name = NULL;
          else
            s->score = MAX (s->score, CLAUSE_SCORE);
          _sitrep_suggest_pin_doubtful (run, s, holder->latitude, holder->longitude, holder->country, holder->admin1);
          if (!guess)
            g_ptr_array_add (placed, s);
          continue;
        }
      if (!to_capital || guess)
        continue;
      if (!capital_asked)
        capital = capital_of (report_country (run, from, NULL)), capital_asked = TRUE;
      if (capital != NULL)
        s->score = MAX (s->score, CLAUSE_SCORE);
      if (capital != NULL)
        _sitrep_suggest_pin_doubtful (run, s, capital->latitude, capital->longitude, capital->country,
                                      capital->admin1_name);
      if (capital != NULL)
        g_ptr_array_add (placed, s);
    }
  place_ways (run, from);
  if (placed->len == 0)
    return;
  /* The same name unplaced elsewhere in the text: the same place. */
  for (guint k = from, n = placed->len; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];

      if (s->kind != SITREP_SUGGEST_PLACE || !isnan (s->latitude) || s->byte_end == 0)
        continue;
      for (guint m = 0; m < n; m++)
        {
          const SitrepSuggestion *p = placed->pdata[m];

          if (g_strcmp0 (p->text, s->text) == 0)
            {
              _sitrep_suggest_pin_doubtful (run, s, p->latitude, p->longitude, p->country, p->admin1);
              g_ptr_array_add (placed, s);
              break;
            }
        }
    }
  share_in_lists (run, places, longest, placed);
}

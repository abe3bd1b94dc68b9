/* sitrep-suggest-places-nearby.c — a place no rule could place, pinned, doubtful, at the place the
 * report is sure of nearest it in the words: its sentence's, its paragraph's, or the one the report
 * names most
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-gazetteer.h"
#include "sitrep-normalize.h"
#include "sitrep-suggest-places-private.h"

/*
 * A village the bundled data lacks ("Garma", "Chalal al-Matar", "قرية
 * الخضيرية") is left unplaced by every rule before this one; a coder who
 * meets it pins it near the town the report names beside it. So does this
 * pass, with the pin flagged doubtful for the coder to move: the sure place
 * (a town or a governorate, not a country nor a dateline's) nearest it in its sentence, else
 * the one before it in its paragraph (or after it there), else the place
 * the report names most often, if it names one place at least twice; not
 * where its sentence names another country than that place's.
 */

/* Whether @o opens a line in capitals: a dateline's place ("ERBIL
 * (Kurdistan 24) –") is where the reporter is, and holds nothing. */
static gboolean
dateline (SuggestRun             *run,
          const SitrepSuggestion *o)
{
  if (o->byte_start > 0 && run->text[o->byte_start - 1] != '\n')
    return FALSE;
  return _sitrep_suggest_is_all_caps (run, _sitrep_suggest_token_holding (run, o->byte_start));
}

/* A doubtful guess outside Syria and Iraq this far from every place the
 * report is sure of is a namesake chosen against them ("Hadid" in Israel
 * in a report about Baquba, "Al-Soor" at Tyre in one about Deir ez-Zor):
 * it is pinned near the place named beside it, as a name no rule could
 * place. */
#define NAMESAKE_FAR_KM 100.0
/* A town this big is the one meant, however far: only smaller guesses
 * are moved. */
#define NAMESAKE_TOWN_PEOPLE 50000

/* Whether the doubtful place @s lies beyond NAMESAKE_FAR_KM of each of
 * @sure (none of them a country). */
static gboolean
far_from_all (const SitrepSuggestion *s,
              GPtrArray              *sure)
{
  for (guint m = 0; m < sure->len; m++)
    {
      const SitrepSuggestion *o = sure->pdata[m];

      if (sitrep_gazetteer_distance_km (s->latitude, s->longitude, o->latitude, o->longitude) <= NAMESAKE_FAR_KM)
        return FALSE;
    }
  return TRUE;
}

/* Suggestions by their start in the text, for g_ptr_array_sort (). */
int
_sitrep_suggest_by_start (gconstpointer a,
                          gconstpointer b)
{
  const SitrepSuggestion *x = *(SitrepSuggestion * const *) a;
  const SitrepSuggestion *y = *(SitrepSuggestion * const *) b;

  return x->byte_start < y->byte_start ? -1 : x->byte_start > y->byte_start;
}

/* The index of the first of @sure (sorted by start) that starts at or
 * after @byte. */
guint
_sitrep_suggest_first_from (GPtrArray *sure,
                            gsize      byte)
{
  guint lo = 0, hi = sure->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (((const SitrepSuggestion *) sure->pdata[mid])->byte_start < byte)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static int
by_pin (gconstpointer a,
        gconstpointer b)
{
  const SitrepSuggestion *x = *(SitrepSuggestion * const *) a;
  const SitrepSuggestion *y = *(SitrepSuggestion * const *) b;

  if (x->latitude != y->latitude)
    return x->latitude < y->latitude ? -1 : 1;
  if (x->longitude != y->longitude)
    return x->longitude < y->longitude ? -1 : 1;
  return _sitrep_suggest_by_start (a, b);
}

/* The sure place named most often (by its pin; the first named of the
 * most), if one is named twice. */
static const SitrepSuggestion *
most_named (GPtrArray *sure)
{
  g_autoptr(GPtrArray) pins = g_ptr_array_copy (sure, NULL, NULL);
  const SitrepSuggestion *best = NULL;
  guint best_count = 1;

  g_ptr_array_sort (pins, by_pin);
  for (guint m = 0, n; m < pins->len; m = n)
    {
      const SitrepSuggestion *o = pins->pdata[m];

      for (n = m + 1; n < pins->len; n++)
        {
          const SitrepSuggestion *p = pins->pdata[n];

          if (p->latitude != o->latitude || p->longitude != o->longitude)
            break;
        }
      if (n - m > best_count || (n - m == best_count && best != NULL && o->byte_start < best->byte_start))
        {
          best = o;
          best_count = n - m;
        }
    }
  return best;
}

/* Whether the sentence of @s (its first token @t) names a country,
 * nearest it, other than @holder's ("Syria's Qurdan district" in a
 * report about Kirkuk). */
static gboolean
other_country (SuggestRun             *run,
               GPtrArray              *countries,
               const SitrepSuggestion *s,
               const SuggestToken     *t,
               const SitrepSuggestion *holder)
{
  guint at = _sitrep_suggest_first_from (countries, s->byte_start);

  for (guint m = at > 0 ? at - 1 : at; m < countries->len && m <= at; m++)
    {
      const SitrepSuggestion *c = countries->pdata[m];

      if (tok (run, _sitrep_suggest_token_holding (run, c->byte_start))->sentence == t->sentence)
        return g_strcmp0 (c->country, holder->country) != 0;
    }
  return FALSE;
}

void
_sitrep_suggest_pin_nearby (SuggestRun *run,
                            guint       from)
{
  g_autoptr(GPtrArray) sure = NULL;
  g_autoptr(GPtrArray) countries = NULL;
  const SitrepSuggestion *main_place = NULL;
  gboolean main_asked = FALSE;

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      const SitrepSuggestion *before = NULL, *after = NULL, *holder = NULL;
      const SuggestToken *t;
      guint at;

      if (s->kind != SITREP_SUGGEST_PLACE || s->byte_end <= s->byte_start ||
          (!isnan (s->latitude) && (!s->doubtful || s->scope != SITREP_PLACE_SCOPE_PLACE || s->entity_id != 0 ||
                                    s->country == NULL || s->population >= NAMESAKE_TOWN_PEOPLE ||
                                    strcmp (s->country, "SY") == 0 || strcmp (s->country, "IQ") == 0)))
        continue;
      if (sure == NULL)
        {
          gboolean sorted = TRUE;

          sure = g_ptr_array_sized_new (run->out->len - from);
          for (guint m = from; m < run->out->len; m++)
            {
              SitrepSuggestion *o = run->out->pdata[m];

              if (o->kind == SITREP_SUGGEST_PLACE && !isnan (o->latitude) && !o->doubtful &&
                  o->byte_end > o->byte_start &&
                  (o->scope == SITREP_PLACE_SCOPE_PLACE || o->scope == SITREP_PLACE_SCOPE_REGION) &&
                  !dateline (run, o))
                {
                  sorted = sorted && (sure->len == 0 ||
                                      ((SitrepSuggestion *) sure->pdata[sure->len - 1])->byte_start <= o->byte_start);
                  g_ptr_array_add (sure, o);
                }
            }
          /* Proposed mostly in the order of the text: sorted only if not. */
          if (!sorted)
            g_ptr_array_sort (sure, _sitrep_suggest_by_start);
        }
      if (sure->len == 0)
        return;
      if (countries == NULL)
        {
          countries = g_ptr_array_new ();
          /* Few: sorted as they are. */
          for (guint m = from; m < run->out->len; m++)
            {
              SitrepSuggestion *o = run->out->pdata[m];

              if (o->kind == SITREP_SUGGEST_PLACE && o->scope == SITREP_PLACE_SCOPE_COUNTRY && o->country != NULL &&
                  o->byte_end > o->byte_start)
                g_ptr_array_add (countries, o);
            }
          g_ptr_array_sort (countries, _sitrep_suggest_by_start);
        }
      t = tok (run, _sitrep_suggest_token_holding (run, s->byte_start));
      at = _sitrep_suggest_first_from (sure, s->byte_start);
      if (at > 0)
        before = sure->pdata[at - 1];
      if (at < sure->len)
        after = sure->pdata[at];
      {
        const SuggestToken *b = before != NULL ? tok (run, _sitrep_suggest_token_holding (run, before->byte_start)) : NULL;
        const SuggestToken *a = after != NULL ? tok (run, _sitrep_suggest_token_holding (run, after->byte_start)) : NULL;
        gboolean b_sentence = b != NULL && b->sentence == t->sentence;
        gboolean a_sentence = a != NULL && a->sentence == t->sentence;

        if (b_sentence && a_sentence)
          holder = s->byte_start - before->byte_end <= after->byte_start - s->byte_end ? before : after;
        else if (b_sentence || a_sentence)
          holder = b_sentence ? before : after;
        else if (b != NULL && b->paragraph == t->paragraph)
          holder = before;
        else if (a != NULL && a->paragraph == t->paragraph)
          holder = after;
      }
      if (holder == NULL)
        {
          if (!main_asked)
            main_place = most_named (sure), main_asked = TRUE;
          holder = main_place;
        }
      if (holder == NULL || other_country (run, countries, s, t, holder))
        continue;
      /* A guess in the holder's country may be a village far from the
       * others ("Baghuz" in a report about Raqqa); a town of 50,000 people
       * abroad is one the report means ("London", "Daraa" in a report
       * about Anbar); a place inside the guess's own words ("Haifa" of
       * "Haifa Street", placed in the capital) holds nothing. */
      if (!isnan (s->latitude) &&
          (holder->country == NULL || strcmp (s->country, holder->country) == 0 ||
           (holder->byte_start < s->byte_end && holder->byte_end > s->byte_start) || !far_from_all (s, sure)))
        continue;
      /* A namesake moved keeps the text's spelling, not the namesake's name. */
      if (!isnan (s->latitude))
        s->entity_name = NULL;
      _sitrep_suggest_pin_doubtful (run, s, holder->latitude, holder->longitude, holder->country, holder->admin1);
    }
}

/* How far from the pin its holder gave a village the seat of the district UCDP's coders put a
 * village of its name in may lie for the seat to be the village's. */
#define HOLDER_LOCALITY_KM 80.0

/* "the village of X in western Aleppo province": a Latin place pinned, doubtful, at the middle
 * of the governorate that holds it (the governorate's scope, no entry of its own), whose name is
 * a village of UCDP's coders in the holder's country within HOLDER_LOCALITY_KM of that pin, is
 * pinned at the seat of the village's district instead, still doubtful: nearer the village than
 * a governorate's middle, and a namesake's district across the country is not taken. */
void
_sitrep_suggest_holder_localities (SuggestRun *run,
                                   guint       from)
{
  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      g_autofree char *key = NULL;
      const Locality *locality;

      if (s->kind != SITREP_SUGGEST_PLACE || isnan (s->latitude) || !s->doubtful || s->geonameid != 0 ||
          s->entity_id != 0 || s->scope != SITREP_PLACE_SCOPE_REGION || s->country == NULL ||
          s->byte_end <= s->byte_start || !g_ascii_isalpha (run->text[s->byte_start]))
        continue;
      key = sitrep_normalize_name (s->text);
      locality = _sitrep_suggest_locality_of (key);
      if (locality == NULL || strcmp (locality->country, s->country) != 0 ||
          (locality->latitude == s->latitude && locality->longitude == s->longitude) ||
          sitrep_gazetteer_distance_km (s->latitude, s->longitude, locality->latitude, locality->longitude) >
          HOLDER_LOCALITY_KM)
        continue;
      s->entity_name = _sitrep_suggest_strdup (run, s->text);
      _sitrep_suggest_pin_doubtful (run, s, locality->latitude, locality->longitude, locality->country, NULL);
    }
}

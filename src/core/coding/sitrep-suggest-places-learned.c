/* sitrep-suggest-places-learned.c — a place the project accepted under a name, and a text that
 * names the governorate of another place of that name
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>

#include "sitrep-gazetteer.h"
#include "sitrep-gazetteer-private.h"
#include "sitrep-suggest-private.h"
#include "sitrep-suggest-places-private.h"

/* How far from the place the project accepted under a name another place
 * of that name lies to be a namesake, not the same town pinned elsewhere. */
#define LEARNED_NAMESAKE_KM 50.0

/* A gazetteer place outranks the project's this much in the text's
 * context to be the one meant. */
#define LEARNED_OUTRANKED 0.1

/* Whether the project's place of @key (@learned: Iraq's Sinjar, accepted
 * in an earlier report) yields to another of its name the text says is
 * meant: the gazetteer's best in its context, spelled as the text, not
 * doubtful, far from the project's place, and either ranked well above it
 * ("Sinjar, west of Tal Afar" once the project holds Idlib's) or, when no
 * candidate lies near the project's, in a governorate the text names
 * ("سنجار بريف إدلب الشرقي", "Sinjar in the eastern Idlib countryside").
 * The candidate the project's lies nearest (a coder's moved pin of Raqqa)
 * never yields to itself. */
gboolean
_sitrep_suggest_learned_yields (SuggestRun             *run,
                                const SitrepSuggestion *s,
                                const char             *key,
                                const LearnedPlace     *learned)
{
  GazetteerContext *context;
  g_autoptr(GPtrArray) found = NULL;
  const SitrepGazetteerPlace *best, *own = NULL;
  double own_km = 0;

  if (run->gazetteer == NULL || isnan (learned->latitude))
    return FALSE;
  context = _sitrep_suggest_context_at (run, s->byte_start);
  found = _sitrep_gazetteer_rank (run->gazetteer, key, context, 8);
  if (found->len == 0)
    return FALSE;
  best = found->pdata[0];
  /* The project's place among the candidates: by its gazetteer entry, or
   * the nearest where it lies (a coder may have moved its pin). */
  for (guint k = 0; k < found->len; k++)
    {
      const SitrepGazetteerPlace *c = found->pdata[k];
      double km = sitrep_gazetteer_distance_km (c->latitude, c->longitude, learned->latitude, learned->longitude);

      if (learned->geonameid != 0 && c->geonameid == learned->geonameid)
        {
          own = c;
          break;
        }
      if (km <= SITREP_GAZETTEER_DOUBTFUL_KM && (own == NULL || km < own_km))
        own = c, own_km = km;
    }
  if (own == best || best->doubtful || !_sitrep_suggest_spelled_as (s->text, best) ||
      sitrep_gazetteer_distance_km (best->latitude, best->longitude, learned->latitude, learned->longitude) <=
        LEARNED_NAMESAKE_KM)
    return FALSE;
  if (own != NULL)
    return own->doubtful || best->score - own->score >= LEARNED_OUTRANKED;
  return _sitrep_gazetteer_context_names_region (run->gazetteer, context, best->admin1_name);
}

/* sitrep-suggest-places-far.c — a world city matched by another spelling, in a report set elsewhere, is doubtful
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-suggest-private.h"

/* The countries of the bundled GeoNames cut, whose places are matched by
 * their own spellings before any world city. */
static const char * const gazetteer_countries[] = { "SY", "IQ", "LB", "JO", "TR", "IL", "PS", NULL };

static gboolean
in_gazetteer_country (const char *country)
{
  for (guint k = 0; gazetteer_countries[k] != NULL; k++)
    {
      if (strcmp (country, gazetteer_countries[k]) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether @s is placed at the world city of its entity's name (world-places.tsv). */
static gboolean
is_world_city (const SitrepSuggestion *s)
{
  g_autofree char *country = NULL;
  double latitude, longitude;

  return _sitrep_suggest_world_city (s->entity_name, &latitude, &longitude, &country) &&
         latitude == s->latitude && longitude == s->longitude;
}

/* "a checkpoint in Madaen" in a report about Kirkuk is no Medan of
 * Indonesia: a world city placed with confidence by a spelling other than
 * its name, in a country no other place of the report is in, is flagged
 * doubtful — a guess for the user to check, not a pin to trust. A city
 * written as its name ("Moscow", "Ankara") or beside another place of its
 * country stays sure. */
void
_sitrep_suggest_far_spellings (SuggestRun *run,
                               guint       from)
{
  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      gboolean neighbour = FALSE;

      if (s->kind != SITREP_SUGGEST_PLACE || isnan (s->latitude) || s->doubtful || s->entity_id != 0 ||
          s->entity_name == NULL || s->country == NULL || s->scope != SITREP_PLACE_SCOPE_PLACE ||
          in_gazetteer_country (s->country))
        continue;
      {
        g_autofree char *own = _sitrep_suggest_light_key (s->entity_name);
        g_autofree char *theirs = _sitrep_suggest_light_key (s->text);

        if (strcmp (own, theirs) == 0 || !is_world_city (s))
          continue;
      }
      for (guint m = from; m < run->out->len && !neighbour; m++)
        {
          const SitrepSuggestion *o = run->out->pdata[m];

          neighbour = m != k && o->kind == SITREP_SUGGEST_PLACE && !isnan (o->latitude) && !o->doubtful &&
                      g_strcmp0 (o->country, s->country) == 0 && g_strcmp0 (o->text, s->text) != 0;
        }
      if (!neighbour)
        s->doubtful = TRUE;
    }
}

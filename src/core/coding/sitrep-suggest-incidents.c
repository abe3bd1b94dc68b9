/* sitrep-suggest-incidents.c — figures, place, date, actors and claimant that belong together, as draft incidents
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sitrep-gazetteer.h"
#include "sitrep-normalize.h"
#include "sitrep-suggest-private.h"

/* Two mentions of one incident: places this close, dates this close. */
#define SAME_PLACE_KM 25.0
#define SAME_DAYS 3

static gboolean
is_figure (const SitrepSuggestion *s)
{
  return s->kind == SITREP_SUGGEST_KILLED || s->kind == SITREP_SUGGEST_WOUNDED ||
         s->kind == SITREP_SUGGEST_CAPTURED || s->kind == SITREP_SUGGEST_MISSING;
}

/* Day of a date as a number: days since 1 January 1 for a full date, the
 * day of a leap year for a year-less "--MM-DD"; FALSE for anything coarser. */
static gboolean
day_number (const char *iso,
            gboolean   *year_less,
            gint64     *day)
{
  int y = 2000, m, d;

  if (iso == NULL)
    return FALSE;
  if (sscanf (iso, "--%2d-%2d", &m, &d) == 2 && strlen (iso) == 7)
    *year_less = TRUE;
  else if (sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) == 3 && strlen (iso) == 10)
    *year_less = FALSE;
  else
    return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;
  {
    g_autoptr(GDate) date = g_date_new_dmy (d, m, y);
    *day = *year_less ? g_date_get_day_of_year (date) : g_date_get_julian (date);
  }
  return TRUE;
}

gboolean
sitrep_suggest_dates_close (const char *a,
                            const char *b,
                            int         max_days)
{
  gboolean la = FALSE, lb = FALSE;
  gint64 da, db;

  if (a == NULL || b == NULL)
    return TRUE;
  if (!day_number (a, &la, &da) || !day_number (b, &lb, &db))
    return g_strcmp0 (a, b) == 0 || g_str_has_prefix (a, b) || g_str_has_prefix (b, a);
  if (la != lb)
    {
      /* Compare a year-less day with the day of year of the full one. */
      const char *full = la ? b : a;
      const char *less = la ? a : b;
      gint64 df, dl;
      gboolean dummy;
      g_autofree char *as_less = g_strdup_printf ("--%s", full + 5);

      if (!day_number (as_less, &dummy, &df) || !day_number (less, &dummy, &dl))
        return FALSE;
      return ABS (df - dl) <= max_days;
    }
  return ABS (da - db) <= max_days;
}

gboolean
sitrep_suggest_places_same (const SitrepSuggestion *a,
                            const SitrepSuggestion *b)
{
  g_autofree char *ka = NULL;
  g_autofree char *kb = NULL;

  if (a == NULL || b == NULL)
    return a == b;
  if (a->geonameid != 0 && a->geonameid == b->geonameid)
    return TRUE;
  if (!isnan (a->latitude) && !isnan (b->latitude))
    return sitrep_gazetteer_distance_km (a->latitude, a->longitude, b->latitude, b->longitude) <= SAME_PLACE_KM;
  ka = sitrep_normalize_name (a->text);
  kb = sitrep_normalize_name (b->text);
  return strcmp (ka, kb) == 0;
}

typedef struct
{
  SitrepSuggestIncident *incident;
  const SitrepSuggestion *place;
  const SitrepSuggestion *date;
  guint paragraph;
} Draft;

/* Placed and sure, placed but doubtful, unplaced. */
static int
place_rank (const SitrepSuggestion *s)
{
  if (isnan (s->latitude))
    return 2;
  return s->doubtful ? 1 : 0;
}

/* The place a figure's incident happened: the most specific place of its
 * sentence (placed before unplaced; a village before its governorate), else
 * the last one named before it in its paragraph, else in the text. */
static int
place_for (GPtrArray *all,
           guint      f)
{
  const SitrepSuggestion *fig = all->pdata[f];
  int best = -1, before_para = -1, before_text = -1;

  for (guint i = 0; i < all->len; i++)
    {
      const SitrepSuggestion *s = all->pdata[i];

      if (s->kind != SITREP_SUGGEST_PLACE)
        continue;
      if (s->sentence == fig->sentence)
        {
          const SitrepSuggestion *b = best >= 0 ? all->pdata[best] : NULL;

          if (b == NULL || place_rank (s) < place_rank (b) ||
              (place_rank (s) == place_rank (b) && s->population < b->population))
            best = i;
        }
      else if (s->byte_start < fig->byte_start)
        {
          if (s->paragraph == fig->paragraph)
            before_para = i;
          before_text = i;
        }
    }
  if (best >= 0)
    return best;
  return before_para >= 0 ? before_para : before_text;
}

static int
nearest_of_kind (GPtrArray         *all,
                 guint              f,
                 SitrepSuggestKind  kind)
{
  const SitrepSuggestion *fig = all->pdata[f];
  int in_sentence = -1, before = -1;

  for (guint i = 0; i < all->len; i++)
    {
      const SitrepSuggestion *s = all->pdata[i];

      if (s->kind != kind)
        continue;
      if (s->sentence == fig->sentence && in_sentence < 0)
        in_sentence = i;
      else if (s->byte_start < fig->byte_start && s->paragraph == fig->paragraph)
        before = i;
    }
  return in_sentence >= 0 ? in_sentence : before;
}

static void
add_index (GArray *array,
           int     index)
{
  for (guint i = 0; i < array->len; i++)
    {
      if (g_array_index (array, int, i) == index)
        return;
    }
  g_array_append_val (array, index);
}

GPtrArray *
_sitrep_suggest_incidents (GPtrArray *all)
{
  GPtrArray *incidents = g_ptr_array_new ();
  g_autoptr(GArray) drafts = g_array_new (FALSE, TRUE, sizeof (Draft));

  for (guint f = 0; f < all->len; f++)
    {
      SitrepSuggestion *fig = all->pdata[f];
      int place, date, claimant;
      Draft *into = NULL;

      if (!is_figure (fig))
        continue;
      claimant = nearest_of_kind (all, f, SITREP_SUGGEST_CLAIMANT);
      fig->claimant = claimant;
      if (fig->cumulative)
        continue;

      place = place_for (all, f);
      date = nearest_of_kind (all, f, SITREP_SUGGEST_DATE);
      for (guint d = 0; d < drafts->len && into == NULL; d++)
        {
          Draft *draft = &g_array_index (drafts, Draft, d);
          const SitrepSuggestion *p = place >= 0 ? all->pdata[place] : NULL;
          const SitrepSuggestion *dt = date >= 0 ? all->pdata[date] : NULL;

          if (!sitrep_suggest_places_same (draft->place, p))
            continue;
          if (!sitrep_suggest_dates_close (draft->date != NULL ? draft->date->date_start : NULL,
                                           dt != NULL ? dt->date_start : NULL, SAME_DAYS))
            continue;
          into = draft;
          if (draft->date == NULL && dt != NULL)
            {
              draft->date = dt;
              draft->incident->date = date;
            }
        }
      if (into == NULL)
        {
          Draft draft = { 0 };

          draft.incident = g_new0 (SitrepSuggestIncident, 1);
          draft.incident->figures = g_array_new (FALSE, FALSE, sizeof (int));
          draft.incident->actors = g_array_new (FALSE, FALSE, sizeof (int));
          draft.incident->place = place;
          draft.incident->date = date;
          draft.incident->start = fig->start;
          draft.incident->end = fig->end;
          draft.place = place >= 0 ? all->pdata[place] : NULL;
          draft.date = date >= 0 ? all->pdata[date] : NULL;
          draft.paragraph = fig->paragraph;
          g_array_append_val (drafts, draft);
          g_ptr_array_add (incidents, draft.incident);
          into = &g_array_index (drafts, Draft, drafts->len - 1);
        }
      add_index (into->incident->figures, f);
      into->incident->start = MIN (into->incident->start, fig->start);
      into->incident->end = MAX (into->incident->end, fig->end);
      fig->incident = incidents->len - 1;
      for (guint d = 0; d < incidents->len; d++)
        {
          if (incidents->pdata[d] == into->incident)
            fig->incident = d;
        }
      for (guint i = 0; i < all->len; i++)
        {
          SitrepSuggestion *s = all->pdata[i];

          if ((s->kind == SITREP_SUGGEST_ACTOR || s->kind == SITREP_SUGGEST_PERSON) &&
              s->sentence == fig->sentence)
            add_index (into->incident->actors, i);
        }
    }
  return incidents;
}

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
  char                   *place_key;   /* of its place, once asked */
  guint paragraph;
  guint index;                         /* in the incidents */
} Draft;

/* The suggestions (sorted by start) around figure @f that share its
 * paragraph or its sentence: [*from, *to). Everything the figure is tied
 * to lies there, so each figure costs its paragraph, not the whole text. */
static void
paragraph_range (GPtrArray *all,
                 guint      f,
                 guint     *from,
                 guint     *to)
{
  const SitrepSuggestion *fig = all->pdata[f];
  guint a = f, b = f + 1;

  while (a > 0)
    {
      const SitrepSuggestion *s = all->pdata[a - 1];

      if (s->paragraph != fig->paragraph && s->sentence != fig->sentence)
        break;
      a--;
    }
  while (b < all->len)
    {
      const SitrepSuggestion *s = all->pdata[b];

      if (s->paragraph != fig->paragraph && s->sentence != fig->sentence)
        break;
      b++;
    }
  *from = a;
  *to = b;
}

static int
place_rank (const SitrepSuggestion *s)
{
  if (isnan (s->latitude))
    return 2;
  return s->doubtful ? 1 : 0;
}

/* The place of figure @f: the most specific of its sentence, else the last
 * one before it in its paragraph, else the last one before it at all
 * (@prev_place[i]: the last place suggestion before index i, or -1). */
static int
place_for (GPtrArray *all,
           guint      f,
           guint      from,
           guint      to,
           const int *prev_place)
{
  const SitrepSuggestion *fig = all->pdata[f];
  int best = -1, before_para = -1, before_text = -1;

  for (guint i = from; i < to; i++)
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
  if (before_para >= 0)
    return before_para;
  return before_text >= 0 ? before_text : prev_place[from];
}

static int
nearest_of_kind (GPtrArray         *all,
                 guint              f,
                 guint              from,
                 guint              to,
                 SitrepSuggestKind  kind)
{
  const SitrepSuggestion *fig = all->pdata[f];
  int in_sentence = -1, before = -1;

  for (guint i = from; i < to; i++)
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

/* sitrep_suggest_places_same () with each key made once, when first
 * compared (most places are told apart by where they are). */
static gboolean
same_place (Draft                  *draft,
            const SitrepSuggestion *p,
            char                  **p_key)
{
  const SitrepSuggestion *a = draft->place;

  if (a == NULL || p == NULL)
    return a == p;
  if (a->geonameid != 0 && a->geonameid == p->geonameid)
    return TRUE;
  if (!isnan (a->latitude) && !isnan (p->latitude))
    return sitrep_gazetteer_distance_km (a->latitude, a->longitude, p->latitude, p->longitude) <= SAME_PLACE_KM;
  if (draft->place_key == NULL)
    draft->place_key = sitrep_normalize_name (a->text);
  if (*p_key == NULL)
    *p_key = sitrep_normalize_name (p->text);
  return strcmp (draft->place_key, *p_key) == 0;
}

static void
draft_clear (gpointer data)
{
  g_free (((Draft *) data)->place_key);
}

static Draft *
find_draft (GArray                 *drafts,
            const SitrepSuggestion *p,
            const SitrepSuggestion *dt,
            int                     date)
{
  g_autofree char *p_key = NULL;

  for (guint d = 0; d < drafts->len; d++)
    {
      Draft *draft = &g_array_index (drafts, Draft, d);

      if (!same_place (draft, p, &p_key))
        continue;
      if (!sitrep_suggest_dates_close (draft->date != NULL ? draft->date->date_start : NULL,
                                       dt != NULL ? dt->date_start : NULL, SAME_DAYS))
        continue;
      if (draft->date == NULL && dt != NULL)
        {
          draft->date = dt;
          draft->incident->date = date;
        }
      return draft;
    }
  return NULL;
}

static Draft *
new_draft (GArray                 *drafts,
           GPtrArray              *incidents,
           GPtrArray              *all,
           const SitrepSuggestion *fig,
           int                     place,
           int                     date)
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
  draft.place_key = NULL;
  draft.date = date >= 0 ? all->pdata[date] : NULL;
  draft.paragraph = fig->paragraph;
  draft.index = incidents->len;
  g_array_append_val (drafts, draft);
  g_ptr_array_add (incidents, draft.incident);
  return &g_array_index (drafts, Draft, drafts->len - 1);
}

GPtrArray *
_sitrep_suggest_incidents (GPtrArray *all)
{
  GPtrArray *incidents = g_ptr_array_new ();
  g_autoptr(GArray) drafts = g_array_new (FALSE, TRUE, sizeof (Draft));
  g_autofree int *prev_place = g_new (int, all->len + 1);

  g_array_set_clear_func (drafts, draft_clear);
  prev_place[0] = -1;
  for (guint i = 0; i < all->len; i++)
    prev_place[i + 1] = ((SitrepSuggestion *) all->pdata[i])->kind == SITREP_SUGGEST_PLACE ? (int) i : prev_place[i];

  for (guint f = 0; f < all->len; f++)
    {
      SitrepSuggestion *fig = all->pdata[f];
      int place, date;
      guint from, to;
      Draft *into;

      if (!is_figure (fig))
        continue;
      paragraph_range (all, f, &from, &to);
      fig->claimant = nearest_of_kind (all, f, from, to, SITREP_SUGGEST_CLAIMANT);
      if (fig->cumulative)
        continue;

      place = place_for (all, f, from, to, prev_place);
      date = nearest_of_kind (all, f, from, to, SITREP_SUGGEST_DATE);
      into = find_draft (drafts, place >= 0 ? all->pdata[place] : NULL, date >= 0 ? all->pdata[date] : NULL, date);
      if (into == NULL)
        into = new_draft (drafts, incidents, all, fig, place, date);
      add_index (into->incident->figures, f);
      into->incident->start = MIN (into->incident->start, fig->start);
      into->incident->end = MAX (into->incident->end, fig->end);
      fig->incident = into->index;
      for (guint i = from; i < to; i++)
        {
          SitrepSuggestion *s = all->pdata[i];

          if ((s->kind == SITREP_SUGGEST_ACTOR || s->kind == SITREP_SUGGEST_PERSON) &&
              s->sentence == fig->sentence)
            add_index (into->incident->actors, i);
        }
    }
  return incidents;
}

/* sitrep-suggest-incidents-merge.c — a figure told twice, first where a country or governorate is named, then where the
 * place is: one incident
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-gazetteer-private.h"
#include "sitrep-normalize.h"
#include "sitrep-suggest-private.h"

/* How wide an incident's place is: a town or a site, a governorate, a
 * country, or nothing (no place, or only a dateline's: "ERBIL, Kurdistan
 * Region -" is where the reporter is). */
enum
{
  WIDE_PLACE,
  WIDE_REGION,
  WIDE_COUNTRY,
  WIDE_ANY,
};

/* Whether place @p is a dateline's, where the reporter was: the first of
 * @all in its paragraph, in capital letters ("BEIRUT (AP) —", "ERBIL,
 * Kurdistan Region -") or before a dateline's date ("Baghdad [Iraq], June
 * 16 (ANI/Xinhua):", "دمشق - 12 آذار 2019 -"). */
gboolean
_sitrep_suggest_place_is_dateline (GPtrArray *all,
                                   int        p)
{
  const SitrepSuggestion *s = all->pdata[p];
  guint letters = 0;
  gboolean caps = TRUE;

  for (int i = p - 1; i >= 0; i--)
    {
      const SitrepSuggestion *o = all->pdata[i];

      if (o->paragraph != s->paragraph)
        break;
      if (o->byte_start < s->byte_start)
        return FALSE;
    }
  for (const char *c = s->text; *c != '\0' && caps; c++)
    {
      if (g_ascii_islower (*c) || (guchar) *c >= 0x80)
        caps = FALSE;
      letters += g_ascii_isupper (*c) != 0;
    }
  if (caps && letters >= 3)
    return TRUE;
  for (guint i = (guint) p + 1; i < all->len; i++)
    {
      const SitrepSuggestion *o = all->pdata[i];

      if (o->paragraph != s->paragraph || o->byte_start > s->byte_end + 40)
        break;
      if (o->kind == SITREP_SUGGEST_DATE)
        return o->dateline;
    }
  return FALSE;
}

static int
wideness (GPtrArray                   *all,
          const SitrepSuggestIncident *inc)
{
  const SitrepSuggestion *p;

  if (inc->place < 0 || _sitrep_suggest_place_is_dateline (all, inc->place))
    return WIDE_ANY;
  p = all->pdata[inc->place];
  if (p->scope == SITREP_PLACE_SCOPE_COUNTRY)
    return WIDE_COUNTRY;
  return p->scope == SITREP_PLACE_SCOPE_REGION ? WIDE_REGION : WIDE_PLACE;
}

/* Whether the name key @text holds @key as whole words. */
static gboolean
key_holds (const char *text,
           const char *key)
{
  gsize n = strlen (key);

  for (const char *p = n > 0 ? strstr (text, key) : NULL; p != NULL; p = strstr (p + 1, key))
    if ((p == text || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
      return TRUE;
  return FALSE;
}

/* Whether governorate @region is the one named @admin1, by that name or
 * another ("Anbar", "Diyala province", "محافظة ديالى"): a governorate
 * of the bundled list has no admin-1 of its own to compare (session 43:
 * "Anbar" carried a stale one, "Diyala province" none, so a figure told at
 * the governorate and again at its town stayed two incidents). */
static gboolean
region_is_admin1 (const SitrepSuggestion *region,
                  const char             *admin1)
{
  g_autofree char *text = NULL;
  g_autofree char *own = NULL;

  if (admin1 == NULL || region->text == NULL)
    return FALSE;
  text = sitrep_normalize_name (region->text);
  own = sitrep_normalize_name (admin1);
  if (key_holds (text, own))
    return TRUE;
  for (const GazetteerOtherKey *k = _sitrep_gazetteer_admin1_other_keys (admin1); k != NULL && k->key != NULL; k++)
    if (key_holds (text, k->key))
      return TRUE;
  return FALSE;
}

/* Whether the place of @inner lies in the country or governorate @outer
 * names (@wide: how wide @outer's is). */
static gboolean
lies_in (GPtrArray                   *all,
         const SitrepSuggestIncident *outer,
         int                          wide,
         const SitrepSuggestIncident *inner)
{
  const SitrepSuggestion *o, *i;

  if (wide == WIDE_ANY)
    return TRUE;
  o = all->pdata[outer->place];
  i = all->pdata[inner->place];
  if (o->country == NULL || g_strcmp0 (o->country, i->country) != 0)
    return FALSE;
  return wide == WIDE_COUNTRY || (o->admin1 != NULL && g_strcmp0 (o->admin1, i->admin1) == 0) ||
         (wide == WIDE_REGION && region_is_admin1 (o, i->admin1));
}

/* Whether @a and @b hold a figure of the same kind and count. */
static gboolean
share_a_figure (GPtrArray                   *all,
                const SitrepSuggestIncident *a,
                const SitrepSuggestIncident *b)
{
  for (guint i = 0; i < a->figures->len; i++)
    {
      const SitrepSuggestion *x = all->pdata[g_array_index (a->figures, int, i)];

      for (guint j = 0; j < b->figures->len; j++)
        {
          const SitrepSuggestion *y = all->pdata[g_array_index (b->figures, int, j)];

          if (x->kind == y->kind && x->figure.count == y->figure.count)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
dates_agree (GPtrArray                   *all,
             const SitrepSuggestIncident *a,
             const SitrepSuggestIncident *b)
{
  if (a->date < 0 || b->date < 0)
    return TRUE;
  return sitrep_suggest_dates_close (((const SitrepSuggestion *) all->pdata[a->date])->date_start,
                                     ((const SitrepSuggestion *) all->pdata[b->date])->date_start, 3);
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* @from's figures and actors join @into. */
static void
merge_into (SitrepSuggestIncident *into,
            SitrepSuggestIncident *from)
{
  g_array_append_vals (into->figures, from->figures->data, from->figures->len);
  g_array_sort (into->figures, compare_int);
  for (guint i = 0; i < from->actors->len; i++)
    {
      int a = g_array_index (from->actors, int, i);
      gboolean has = FALSE;

      for (guint j = 0; j < into->actors->len && !has; j++)
        has = g_array_index (into->actors, int, j) == a;
      if (!has)
        g_array_append_val (into->actors, a);
    }
  if (into->date < 0)
    into->date = from->date;
  into->start = MIN (into->start, from->start);
  into->end = MAX (into->end, from->end);
}

/* A report that tells a figure twice, first with a country, a governorate
 * or no place ("killing five policemen" in "Iraq's western desert", the
 * dateline's "ERBIL … in Kirkuk province, killing two soldiers"), then
 * where it happened ("Five policemen were killed … near Ramadi", "attacked
 * Dibis town in Kirkuk, killing two Iraqi soldiers"), tells one incident:
 * the wider one joins the one placed inside it that has a figure of the
 * same kind and count, on dates that agree. Each was an incident before,
 * the figure counted in two events. */
void
_sitrep_suggest_incidents_merge_repeated (GPtrArray *all,
                                          GPtrArray *incidents)
{
  g_autofree int *wide = NULL;
  g_autofree int *moved = NULL;
  guint kept = 0;
  gboolean any = FALSE;

  if (incidents->len < 2)
    return;
  wide = g_new (int, incidents->len);
  moved = g_new (int, incidents->len);
  for (guint i = 0; i < incidents->len; i++)
    {
      wide[i] = wideness (all, incidents->pdata[i]);
      moved[i] = -1;
    }
  for (guint a = 0; a < incidents->len; a++)
    {
      SitrepSuggestIncident *outer = incidents->pdata[a];

      if (wide[a] == WIDE_PLACE)
        continue;
      for (guint b = 0; b < incidents->len; b++)
        {
          SitrepSuggestIncident *inner = incidents->pdata[b];

          if (b == a || moved[b] >= 0 || wide[b] >= wide[a] || !lies_in (all, outer, wide[a], inner) ||
              !dates_agree (all, outer, inner) || !share_a_figure (all, outer, inner))
            continue;
          merge_into (inner, outer);
          moved[a] = b;
          any = TRUE;
          break;
        }
    }
  if (!any)
    return;
  /* The incidents kept, in their order; each figure names its incident's new index. */
  {
    g_autofree int *index = g_new (int, incidents->len);

    for (guint i = 0; i < incidents->len; i++)
      index[i] = moved[i] < 0 ? (int) kept++ : -1;
    for (guint i = 0; i < incidents->len; i++)
      {
        int to = i;

        while (moved[to] >= 0)
          to = moved[to];
        if (index[i] < 0)
          index[i] = index[to];
      }
    for (guint i = 0; i < all->len; i++)
      {
        SitrepSuggestion *s = all->pdata[i];

        if (s->incident >= 0)
          s->incident = index[s->incident];
      }
    for (guint i = 0, k = 0; i < incidents->len; i++)
      {
        SitrepSuggestIncident *inc = incidents->pdata[i];

        if (moved[i] >= 0)
          {
            g_array_unref (inc->figures);
            g_array_unref (inc->actors);
            g_free (inc);
          }
        else
          incidents->pdata[k++] = inc;
      }
    g_ptr_array_set_size (incidents, kept);
  }
}

void
_sitrep_suggest_part_takes_claimant (GPtrArray                   *all,
                                     const SitrepSuggestIncident *incident,
                                     SitrepSuggestion            *part)
{
  for (guint k = incident->figures->len; k > 0; k--)
    {
      const SitrepSuggestion *whole = all->pdata[g_array_index (incident->figures, int, k - 1)];

      if (whole != part && whole->kind == part->kind && !whole->part && whole->start < part->start &&
          whole->figure.count > part->figure.count)
        {
          part->claimant = whole->claimant;
          return;
        }
    }
}

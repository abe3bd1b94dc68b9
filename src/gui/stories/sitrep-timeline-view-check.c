/* sitrep-timeline-view-check.c — test hooks of the timeline view: whether what it keeps beside
 * its events (lanes, their extents, the first days, the count of typed events) agrees with them,
 * and a summary of what a fresh load of the same events must equal; how frames find what a lane draws
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-timeline"

#include "config.h"

#include "sitrep-timeline-view-private.h"
#include "sitrep-timeline-view-test-private.h"

typedef struct
{
  guint  n;
  gint64 max;
} Expected;

static const SitrepTimelineEvent *
event_at (SitrepTimelineView *self,
          guint               position)
{
  return &g_array_index (self->events, SitrepTimelineEvent, position);
}

/* A lane's extents, kept up to date edit by edit, are those of its events,
 * sorted by first then last day. */
static char *
check_extents (SitrepTimelineView *self,
               guint               l,
               const Lane         *lane)
{
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint k = 0; k < lane->index->len; k++)
    {
      const SitrepTimelineEvent *e = event_at (self, g_array_index (lane->index, guint, k));
      gint64 key = ((gint64) e->first << 32) | e->last;
      Expected *x = g_hash_table_lookup (expected, &key);

      if (x == NULL)
        {
          x = g_new0 (Expected, 1);
          x->max = G_MININT64;
          g_hash_table_insert (expected, g_memdup2 (&key, sizeof key), x);
        }
      x->n++;
      x->max = MAX (x->max, e->fatalities);
    }
  if (lane->extents->len != g_hash_table_size (expected))
    return g_strdup_printf ("lane %u has %u extents for %u", l, lane->extents->len, g_hash_table_size (expected));
  for (guint k = 0; k < lane->extents->len; k++)
    {
      const Extent *x = &g_array_index (lane->extents, Extent, k);
      gint64 key = ((gint64) x->first << 32) | x->last;
      const Expected *want = g_hash_table_lookup (expected, &key);

      if (want == NULL || x->n != want->n || x->max != want->max || x->n_max < 1)
        return g_strdup_printf ("lane %u: extent %u (days %u to %u) does not match its events", l, k, x->first, x->last);
      if (k > 0)
        {
          const Extent *prev = &g_array_index (lane->extents, Extent, k - 1);

          if (!(x->first > prev->first || (x->first == prev->first && x->last > prev->last)))
            return g_strdup_printf ("lane %u: extents %u and %u out of order", l, k - 1, k);
        }
    }
  return NULL;
}

static char *
check_lanes (SitrepTimelineView *self)
{
  guint total = 0;

  for (guint l = 0; l < self->lanes->len; l++)
    {
      const Lane *lane = &g_array_index (self->lanes, Lane, l);
      char *problem;

      for (guint k = 0; k < lane->index->len; k++)
        {
          guint position = g_array_index (lane->index, guint, k);
          const SitrepTimelineEvent *e;

          if (position >= self->events->len)
            return g_strdup_printf ("lane %u names position %u of %u", l, position, self->events->len);
          if (k > 0 && g_array_index (lane->index, guint, k - 1) >= position)
            return g_strdup_printf ("lane %u: its index is out of order at %u", l, k);
          e = event_at (self, position);
          if (MIN (e->lane, self->lanes->len - 1) != l)
            return g_strdup_printf ("event %" G_GINT64_FORMAT " of lane %u is in lane %u", e->event_id, e->lane, l);
          if (e->last - e->first > lane->max_span)
            return g_strdup_printf ("event %" G_GINT64_FORMAT " spans more than its lane's longest", e->event_id);
        }
      total += lane->index->len;
      problem = check_extents (self, l, lane);
      if (problem == NULL)
        problem = _sitrep_timeline_lane_summaries_check (lane, l);
      if (problem != NULL)
        return problem;
    }
  if (total != self->events->len)
    return g_strdup_printf ("the lanes hold %u events of %u", total, self->events->len);
  return NULL;
}

char *
_sitrep_timeline_view_check (SitrepTimelineView *self)
{
  guint typed = 0;
  char *problem;

  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), NULL);

  if (self->events == NULL || self->events->len == 0)
    return NULL;
  if (g_hash_table_size (self->firsts) != self->events->len)
    return g_strdup_printf ("%u first days for %u events", g_hash_table_size (self->firsts), self->events->len);
  problem = check_lanes (self);
  if (problem != NULL)
    return problem;
  for (guint i = 0; i < self->events->len; i++)
    {
      const SitrepTimelineEvent *e = event_at (self, i);
      guint found = G_MAXUINT;

      if (e->event_type != NULL && *e->event_type != '\0')
        typed++;
      if (_sitrep_timeline_view_find_event (self, e->event_id, &found) != e || found != i)
        return g_strdup_printf ("event %" G_GINT64_FORMAT " is not found at %u", e->event_id, i);
    }
  if (typed != self->n_typed)
    return g_strdup_printf ("%u typed events counted, %u in the array", self->n_typed, typed);
  return NULL;
}

char *
_sitrep_timeline_view_dup_summary (SitrepTimelineView *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), NULL);

  g_string_append_printf (out, "days %u to %u\n", self->data_first, self->data_last);
  for (guint u = 0; u < N_UNITS; u++)
    for (guint k = 0; self->buckets[u] != NULL && k < self->buckets[u]->len; k++)
      {
        const SitrepTimelineBucket *b = &g_array_index (self->buckets[u], SitrepTimelineBucket, k);

        g_string_append_printf (out, "unit %u: %u to %u, %u + %u events, %" G_GINT64_FORMAT " + %"
                                G_GINT64_FORMAT " killed\n", u, b->start, b->end, b->n_events, b->n_spanning,
                                b->killed, b->killed_spanning);
      }
  return g_string_free (out, FALSE);
}

void
_sitrep_timeline_view_set_draw_path (SitrepTimelineView *self,
                                     SitrepTimelineDraw  path)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  self->draw_path = path;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_sitrep_timeline_view_summarize (SitrepTimelineView *self,
                                 guint               t_first,
                                 guint               t_last)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  for (guint l = 0; self->lanes != NULL && l < self->lanes->len; l++)
    for (guint t = MAX (t_first, 2); t <= t_last; t++)
      _sitrep_timeline_lane_summary (&g_array_index (self->lanes, Lane, l), t);
}

/* sitrep-timeline-view-layout.c — the timeline's lanes, extents, chart and look-ups: built on any thread, swapped in, kept up to date
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-timeline"

#include "config.h"

#include <string.h>

#include "sitrep-codebook.h"
#include "sitrep-timeline-view-private.h"

/*
 * Laying out half a million events (sorting them, filling the lanes, the
 * chart and the id → day table) takes seconds: it runs in a worker on an
 * array nobody else touches, and the main thread only swaps the result in.
 *
 * Each lane also keeps its events grouped by extent (first and last day):
 * a frame draws one mark per extent, with the largest toll among its
 * events, so zoomed out it walks the lane's distinct extents (a few per
 * day) rather than every event.
 */

/* Extents */

static int
compare_extent (guint32       first,
                guint32       last,
                const Extent *x)
{
  if (first != x->first)
    return first < x->first ? -1 : 1;
  return last < x->last ? -1 : (last > x->last ? 1 : 0);
}

/* Position of the first extent at or after (@first, @last). */
static guint
extent_bound (const Lane *lane,
              guint32     first,
              guint32     last)
{
  guint lo = 0, hi = lane->extents->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (compare_extent (first, last, &g_array_index (lane->extents, Extent, mid)) > 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

guint
_sitrep_timeline_lane_extent_bound (const Lane *lane,
                                    double      day)
{
  guint lo = 0, hi = lane->extents->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (lane->extents, Extent, mid).first < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
extent_note (Extent *x,
             gint64  fatalities)
{
  x->n++;
  if (x->n == 1 || fatalities > x->max)
    {
      x->max = fatalities;
      x->n_max = 1;
    }
  else if (fatalities == x->max)
    x->n_max++;
}

static void
extent_add (Lane                      *lane,
            const SitrepTimelineEvent *e)
{
  guint k = extent_bound (lane, e->first, e->last);
  Extent *x;

  if (k >= lane->extents->len || compare_extent (e->first, e->last, &g_array_index (lane->extents, Extent, k)) != 0)
    {
      Extent fresh = { e->first, e->last, 0, 0, -1 };

      g_array_insert_val (lane->extents, k, fresh);
    }
  x = &g_array_index (lane->extents, Extent, k);
  {
    gboolean fresh = x->n == 0;
    gint64 max = x->max;

    extent_note (x, e->fatalities);
    if (fresh || x->max != max)
      _sitrep_timeline_lane_summaries_update (lane, e->first, e->last, fresh ? 1 : 0);
  }
}

/* The lane's events of extent @x again, for its largest toll: a few. */
static void
extent_recount (SitrepTimelineView *self,
                const Lane         *lane,
                Extent             *x)
{
  guint lo = 0, hi = lane->index->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->events, SitrepTimelineEvent, g_array_index (lane->index, guint, mid)).first < x->first)
        lo = mid + 1;
      else
        hi = mid;
    }
  x->n = 0;
  x->n_max = 0;
  x->max = -1;
  for (guint k = lo; k < lane->index->len; k++)
    {
      const SitrepTimelineEvent *e = &g_array_index (self->events, SitrepTimelineEvent,
                                                     g_array_index (lane->index, guint, k));

      if (e->first != x->first)
        break;
      if (e->last == x->last)
        extent_note (x, e->fatalities);
    }
}

/* @e has left @lane->index already; the other positions are still valid. */
static void
extent_remove (SitrepTimelineView        *self,
               Lane                      *lane,
               const SitrepTimelineEvent *e)
{
  guint k = extent_bound (lane, e->first, e->last);
  Extent *x;

  if (k >= lane->extents->len)
    return;
  x = &g_array_index (lane->extents, Extent, k);
  if (compare_extent (e->first, e->last, x) != 0)
    return;
  if (x->n <= 1)
    {
      g_array_remove_index (lane->extents, k);
      _sitrep_timeline_lane_summaries_update (lane, e->first, e->last, -1);
      return;
    }
  x->n--;
  if (e->fatalities == x->max && --x->n_max == 0)
    {
      gint64 max = x->max;

      extent_recount (self, lane, x);
      if (x->max != max)
        _sitrep_timeline_lane_summaries_update (lane, e->first, e->last, 0);
    }
}

/* A lane's sorted positions */

/* The first entry of @lane at or past array position @position: a lane's
 * positions are sorted. */
guint
_sitrep_timeline_lane_bound (const Lane *lane,
                             guint       position)
{
  guint lo = 0, hi = lane->index->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (lane->index, guint, mid) < position)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

void
_sitrep_timeline_lane_insert (SitrepTimelineView        *self,
                              Lane                      *lane,
                              guint                      position,
                              const SitrepTimelineEvent *e)
{
  g_array_insert_val (lane->index, _sitrep_timeline_lane_bound (lane, position), position);
  extent_add (lane, e);
}

void
_sitrep_timeline_lane_remove (SitrepTimelineView        *self,
                              Lane                      *lane,
                              guint                      position,
                              const SitrepTimelineEvent *e)
{
  guint k = _sitrep_timeline_lane_bound (lane, position);

  if (k >= lane->index->len || g_array_index (lane->index, guint, k) != position)
    return;
  g_array_remove_index (lane->index, k);
  extent_remove (self, lane, e);
}

/* Building */

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const SitrepTimelineEvent *x = a, *y = b;

  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return x->event_id < y->event_id ? -1 : (x->event_id > y->event_id ? 1 : 0);
}

static int
compare_extents (gconstpointer a,
                 gconstpointer b)
{
  const Extent *y = b;
  const Extent *x = a;

  return compare_extent (x->first, x->last, y);
}

/* The extents of a lane whose positions are filled. */
static void
build_extents (Lane                      *lane,
               const SitrepTimelineEvent *events)
{
  GArray *all = lane->extents;
  guint n = 0;

  for (guint k = 0; k < lane->index->len; k++)
    {
      const SitrepTimelineEvent *e = &events[g_array_index (lane->index, guint, k)];
      Extent x = { e->first, e->last, 0, 0, -1 };

      extent_note (&x, e->fatalities);
      g_array_append_val (all, x);
    }
  g_array_sort (all, compare_extents);
  for (guint k = 0; k < all->len; k++)
    {
      const Extent *x = &g_array_index (all, Extent, k);
      Extent *last = n > 0 ? &g_array_index (all, Extent, n - 1) : NULL;

      if (last != NULL && compare_extent (x->first, x->last, last) == 0)
        {
          gint64 max = x->max;

          /* Each held one event. */
          extent_note (last, max);
        }
      else
        g_array_index (all, Extent, n++) = *x;
    }
  g_array_set_size (all, n);
}

static void
lanes_free (GArray *lanes)
{
  if (lanes == NULL)
    return;
  for (guint i = 0; i < lanes->len; i++)
    {
      Lane *lane = &g_array_index (lanes, Lane, i);

      g_clear_pointer (&lane->index, g_array_unref);
      g_clear_pointer (&lane->extents, g_array_unref);
      _sitrep_timeline_lane_summaries_free (lane);
    }
  g_array_unref (lanes);
}

void
_sitrep_timeline_layout_clear (SitrepTimelineLayout *layout)
{
  g_clear_pointer (&layout->events, g_array_unref);
  g_clear_pointer (&layout->undated, g_hash_table_unref);
  g_clear_pointer (&layout->lane_names, g_strfreev);
  g_clear_pointer (&layout->lanes, lanes_free);
  for (guint u = 0; u < N_UNITS; u++)
    g_clear_pointer (&layout->buckets[u], g_array_unref);
  g_clear_pointer (&layout->firsts, g_hash_table_unref);
}

/* Lanes hold the indices of their events in the order of the array (by
 * first day), so a binary search finds the visible ones. */
void
_sitrep_timeline_layout_build (SitrepTimelineLayout *layout,
                               SitrepTimelineLanes   mode)
{
  GArray *events = layout->events;
  const SitrepTimelineEvent *ev;
  guint n_lanes;

  g_clear_pointer (&layout->lane_names, g_strfreev);
  g_clear_pointer (&layout->lanes, lanes_free);
  for (guint u = 0; u < N_UNITS; u++)
    g_clear_pointer (&layout->buckets[u], g_array_unref);
  if (layout->firsts == NULL)
    layout->firsts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_hash_table_remove_all (layout->firsts);
  layout->none_lane = G_MAXUINT;
  layout->n_typed = 0;
  if (events == NULL || events->len == 0)
    return;

  ev = (const SitrepTimelineEvent *) (gpointer) events->data;
  layout->lane_names = sitrep_timeline_assign_lanes ((SitrepTimelineEvent *) (gpointer) events->data,
                                                     events->len, mode);
  n_lanes = g_strv_length (layout->lane_names);
  layout->lanes = g_array_sized_new (FALSE, TRUE, sizeof (Lane), MAX (n_lanes, 1));
  g_array_set_size (layout->lanes, MAX (n_lanes, 1));
  for (guint i = 0; i < layout->lanes->len; i++)
    {
      g_array_index (layout->lanes, Lane, i).index = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_index (layout->lanes, Lane, i).extents = g_array_new (FALSE, FALSE, sizeof (Extent));
    }

  for (guint i = 0; i < events->len; i++)
    if (_sitrep_timeline_lane_key (&ev[i], SITREP_TIMELINE_LANES_TYPE) != NULL)
      layout->n_typed++;
  /* As _sitrep_timeline_view_effective_lanes(). */
  if (mode == SITREP_TIMELINE_LANES_TYPE && layout->n_typed == 0)
    mode = SITREP_TIMELINE_LANES_REGION;
  layout->data_first = G_MAXUINT32;
  layout->data_last = 0;
  for (guint i = 0; i < events->len; i++)
    {
      const SitrepTimelineEvent *e = &ev[i];
      Lane *lane = &g_array_index (layout->lanes, Lane, MIN (e->lane, layout->lanes->len - 1));

      g_array_append_val (lane->index, i);
      lane->max_span = MAX (lane->max_span, e->last - e->first);
      layout->data_first = MIN (layout->data_first, e->first);
      layout->data_last = MAX (layout->data_last, e->last);
      g_hash_table_insert (layout->firsts, g_memdup2 (&e->event_id, sizeof e->event_id),
                           GUINT_TO_POINTER (e->first));
      if (layout->none_lane == G_MAXUINT && _sitrep_timeline_lane_key (e, mode) == NULL)
        layout->none_lane = e->lane;
    }
  for (guint i = 0; i < layout->lanes->len; i++)
    build_extents (&g_array_index (layout->lanes, Lane, i), ev);

  for (guint u = 0; u < N_UNITS; u++)
    layout->buckets[u] = sitrep_timeline_bucket (ev, events->len, u, 0, 0);
}

void
_sitrep_timeline_layout_from_entries (SitrepTimelineLayout *layout,
                                      GArray               *entries,
                                      SitrepTimelineLanes   mode)
{
  guint n = entries != NULL ? entries->len : 0;

  g_clear_pointer (&layout->events, g_array_unref);
  g_clear_pointer (&layout->undated, g_hash_table_unref);
  layout->events = sitrep_timeline_events_new ();
  layout->undated = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_array_set_size (layout->events, n);
  g_array_set_size (layout->events, 0);
  for (guint i = 0; i < n; i++)
    {
      const SitrepEventIndexEntry *entry = &g_array_index (entries, SitrepEventIndexEntry, i);
      SitrepTimelineEvent te;

      if (sitrep_timeline_event_init_from_entry (&te, entry))
        g_array_append_val (layout->events, te);
      else
        g_hash_table_add (layout->undated, g_memdup2 (&entry->id, sizeof entry->id));
    }
  g_array_sort (layout->events, compare_events);
  _sitrep_timeline_layout_build (layout, mode);
}

static void
layout_free (gpointer data)
{
  _sitrep_timeline_layout_clear (data);
  g_free (data);
}

void
_sitrep_timeline_layout_free_later (SitrepTimelineLayout *layout)
{
  sitrep_index_build_free_later (layout, layout_free);
}

static gboolean
same_names (GStrv a,
            GStrv b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strv_equal ((const char * const *) a, (const char * const *) b);
}

#define SWAP(a, b) G_STMT_START { gpointer tmp_ = (gpointer) (a); (a) = (gpointer) (b); (b) = tmp_; } G_STMT_END

void
_sitrep_timeline_view_swap_layout (SitrepTimelineView   *self,
                                   SitrepTimelineLayout *layout)
{
  guint none = self->none_lane, typed = self->n_typed;
  guint32 first = self->data_first, last = self->data_last;

  SWAP (self->events, layout->events);
  if (layout->undated != NULL)
    SWAP (self->undated, layout->undated);
  SWAP (self->lane_names, layout->lane_names);
  /* Other lanes: the labels' column is measured again (by the next frame or click). */
  if (!same_names (self->lane_names, layout->lane_names))
    self->gutter_width = 0;
  SWAP (self->lanes, layout->lanes);
  for (guint u = 0; u < N_UNITS; u++)
    SWAP (self->buckets[u], layout->buckets[u]);
  SWAP (self->firsts, layout->firsts);
  self->none_lane = layout->none_lane;
  self->n_typed = layout->n_typed;
  self->data_first = layout->data_first;
  self->data_last = layout->data_last;
  layout->none_lane = none;
  layout->n_typed = typed;
  layout->data_first = first;
  layout->data_last = last;
}

/* The lane labels' column fits the widest label of these lanes in the
 * view's font (swatch and margins included), between GUTTER and GUTTER_MAX. */
void
_sitrep_timeline_view_measure_gutter (SitrepTimelineView *self)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  int widest = 0;

  for (guint i = 0; self->lane_names != NULL && self->lane_names[i] != NULL; i++)
    {
      int w;

      pango_layout_set_text (layout, sitrep_codebook_event_type_display_name (self->lane_names[i]), -1);
      pango_layout_get_pixel_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }
  g_object_unref (layout);
  self->gutter_width = CLAMP (ceil (widest + GUTTER_LABEL_INSET + GUTTER_LABEL_END + 1), GUTTER, GUTTER_MAX);
}

/* sitrep-timeline-view-index.c — the timeline's events from the window's event index, updated event by event
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-timeline"

#include "config.h"

#include <string.h>

#include "sitrep-timeline-view-private.h"
#include "sitrep-timeline-view-test-private.h"

/*
 * The timeline used to read every event in full after any edit. It now
 * takes them from the one event index: all of them when the index is
 * loaded, then only the events the index names. One event moves in the
 * sorted array; the lanes' lists of positions shift past it, and the bar
 * chart's buckets take its dead out of one bucket and into another.
 */

/* More changed events than this: sort everything again, in memory. */
#define MAX_INCREMENTAL 64

/**
 * sitrep_timeline_event_init_from_entry:
 *
 * Fills @te from an entry of the event index; FALSE (and @te untouched)
 * when the event has no date. Clear it with sitrep_timeline_event_clear().
 */
gboolean
sitrep_timeline_event_init_from_entry (SitrepTimelineEvent         *te,
                                       const SitrepEventIndexEntry *entry)
{
  if (entry == NULL || entry->first == 0)
    return FALSE;
  memset (te, 0, sizeof *te);
  te->event_id = entry->id;
  te->first = entry->first;
  te->last = MAX (entry->last, entry->first);
  te->fatalities = entry->fatalities;
  te->date_precision = entry->date_precision;
  te->actor1_id = entry->actor1_id;
  te->event_type = g_strdup (entry->event_type);
  te->actor1 = g_strdup (entry->side);
  te->region = g_strdup (entry->region);

  return TRUE;
}

const char *
_sitrep_timeline_lane_key (const SitrepTimelineEvent *e,
                           SitrepTimelineLanes        mode)
{
  const char *key = mode == SITREP_TIMELINE_LANES_ACTOR ? e->actor1
                    : mode == SITREP_TIMELINE_LANES_REGION ? e->region : e->event_type;

  return key != NULL && *key != '\0' ? key : NULL;
}

SitrepTimelineLanes
_sitrep_timeline_view_effective_lanes (SitrepTimelineView *self)
{
  /* As sitrep_timeline_lanes_effective(), from a count kept up to date. */
  if (self->lane_mode == SITREP_TIMELINE_LANES_TYPE && self->n_typed == 0 &&
      self->events != NULL && self->events->len > 0)
    return SITREP_TIMELINE_LANES_REGION;
  return self->lane_mode;
}

SitrepTimelineLanes
sitrep_timeline_view_get_effective_lanes (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), SITREP_TIMELINE_LANES_TYPE);

  return _sitrep_timeline_view_effective_lanes (self);
}

guint
_sitrep_timeline_view_lower_bound (SitrepTimelineView *self,
                                   guint32             first,
                                   gint64              id)
{
  guint lo = 0, hi = self->events != NULL ? self->events->len : 0;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const SitrepTimelineEvent *e = &g_array_index (self->events, SitrepTimelineEvent, mid);

      if (e->first < first || (e->first == first && e->event_id < id))
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

const SitrepTimelineEvent *
_sitrep_timeline_view_find_event (SitrepTimelineView *self,
                                  gint64              id,
                                  guint              *index)
{
  gpointer first;
  guint i;

  if (self->events == NULL || !g_hash_table_lookup_extended (self->firsts, &id, NULL, &first))
    return NULL;
  /* Events of one day need not be in the order of their ids (a caller's
   * array is sorted by first day only): look through that day's. */
  for (i = _sitrep_timeline_view_lower_bound (self, GPOINTER_TO_UINT (first), G_MININT64);
       i < self->events->len; i++)
    {
      const SitrepTimelineEvent *e = &g_array_index (self->events, SitrepTimelineEvent, i);

      if (e->first != GPOINTER_TO_UINT (first))
        break;
      if (e->event_id == id)
        {
          if (index != NULL)
            *index = i;
          return e;
        }
    }

  return NULL;
}

/* The layout built in a worker, for an index of many events. */
typedef struct
{
  GArray               *entries;
  SitrepTimelineLanes   mode;
  SitrepTimelineLayout  layout;
} Build;

static void
build_free (gpointer data)
{
  Build *b = data;

  g_clear_pointer (&b->entries, g_array_unref);
  _sitrep_timeline_layout_clear (&b->layout);
  g_free (b);
}

static void
build_thread (gpointer      data,
              GCancellable *cancellable)
{
  Build *b = data;

  _sitrep_timeline_layout_from_entries (&b->layout, b->entries, b->mode);
}

static void on_index_entries_changed (SitrepEventIndex   *index,
                                      const gint64       *ids,
                                      guint               n_ids,
                                      SitrepTimelineView *self);

static void
loaded (SitrepTimelineView *self)
{
  self->n_resets++;
  _sitrep_timeline_view_events_updated (self);
}

static void
on_built (gpointer      owner,
          gpointer      data,
          const gint64 *pending,
          guint         n_pending)
{
  SitrepTimelineView *self = owner;
  SitrepTimelineLayout *old;
  Build *b = data;

  /* Laid out for other lanes, or the index went: again, from what is now. */
  if (b->mode != self->lane_mode || self->index == NULL)
    {
      _sitrep_timeline_view_load_all (self);
      return;
    }

  /* Swapped in at once; the old arrays are freed in a worker too. */
  old = g_new0 (SitrepTimelineLayout, 1);
  *old = b->layout;
  memset (&b->layout, 0, sizeof b->layout);
  _sitrep_timeline_view_swap_layout (self, old);
  _sitrep_timeline_layout_free_later (old);
  loaded (self);
  /* What changed while it was built. */
  if (n_pending > 0)
    on_index_entries_changed (self->index, pending, n_pending, self);
}

/* Sorting and laying out the index's entries in a worker: the main thread
 * keeps drawing the old layout (or "Loading events…") until it is in. */
static void
build_in_worker (SitrepTimelineView *self)
{
  Build *b = g_new0 (Build, 1);

  b->entries = sitrep_event_index_ref_entries (self->index);
  b->mode = self->lane_mode;
  sitrep_index_build_start (&self->build, self, b, build_free, build_thread, on_built);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Every event of the index, sorted, without reading the store: at once
 * for a few thousand, in a worker for more. */
void
_sitrep_timeline_view_load_all (SitrepTimelineView *self)
{
  g_autoptr(GArray) entries = NULL;
  SitrepTimelineLayout layout = { 0 };

  if (self->index != NULL && sitrep_event_index_get_n_entries (self->index) >= self->build_threshold)
    {
      build_in_worker (self);
      return;
    }
  sitrep_index_build_cancel (&self->build);
  entries = self->index != NULL ? sitrep_event_index_ref_entries (self->index) : NULL;
  layout.data_first = self->data_first;
  layout.data_last = self->data_last;
  _sitrep_timeline_layout_from_entries (&layout, entries, self->lane_mode);
  if (self->index == NULL)
    {
      g_clear_pointer (&layout.events, g_array_unref);
      _sitrep_timeline_layout_build (&layout, self->lane_mode);
    }
  _sitrep_timeline_view_swap_layout (self, &layout);
  _sitrep_timeline_layout_clear (&layout);
  loaded (self);
}

#define load_all _sitrep_timeline_view_load_all

void
_sitrep_timeline_view_set_build_threshold (SitrepTimelineView *self,
                                           guint               n_entries)
{
  self->build_threshold = n_entries;
}

gboolean
sitrep_timeline_view_get_building (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), FALSE);

  return sitrep_index_build_is_running (&self->build);
}

void
_sitrep_timeline_view_cancel_build (SitrepTimelineView *self)
{
  sitrep_index_build_cancel (&self->build);
}

#define lane_key _sitrep_timeline_lane_key

/* The lane @te belongs in among the lanes drawn now; FALSE when it needs
 * a lane there is none of yet. */
static gboolean
find_lane (SitrepTimelineView        *self,
           const SitrepTimelineEvent *te,
           SitrepTimelineLanes        mode,
           guint                     *lane)
{
  const char *key = lane_key (te, mode);

  if (self->lane_names == NULL || self->lanes == NULL)
    return FALSE;
  if (key == NULL)
    {
      /* The catch-all lane, if there is one. */
      *lane = self->none_lane;
      return self->none_lane != G_MAXUINT && self->none_lane < self->lanes->len;
    }
  for (guint i = 0; self->lane_names[i] != NULL && i < self->lanes->len; i++)
    if (i != self->none_lane && strcmp (self->lane_names[i], key) == 0)
      {
        *lane = i;
        return TRUE;
      }
  return FALSE;
}

/* Adds @sign × @e to the bar chart; FALSE when @e falls outside it. */
static gboolean
bucket_add (GArray                    *buckets,
            const SitrepTimelineEvent *e,
            int                        sign)
{
  gint64 killed = MAX (e->fatalities, 0) * sign;
  guint lo = 0, hi;

  if (buckets == NULL || buckets->len == 0 ||
      e->first < g_array_index (buckets, SitrepTimelineBucket, 0).start ||
      e->last >= g_array_index (buckets, SitrepTimelineBucket, buckets->len - 1).end)
    return FALSE;
  hi = buckets->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (buckets, SitrepTimelineBucket, mid).end <= e->first)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint k = lo; k < buckets->len; k++)
    {
      SitrepTimelineBucket *b = &g_array_index (buckets, SitrepTimelineBucket, k);

      if (b->start > e->last)
        break;
      if (e->first >= b->start && e->last < b->end)
        {
          b->n_events += sign;
          b->killed += killed;
        }
      else
        {
          b->n_spanning += sign;
          b->killed_spanning += killed;
        }
    }
  return TRUE;
}

static void
buckets_add (SitrepTimelineView        *self,
             const SitrepTimelineEvent *e,
             int                        sign,
             gboolean                  *rebucket)
{
  for (guint u = 0; u < N_UNITS; u++)
    if (!bucket_add (self->buckets[u], e, sign))
      *rebucket = TRUE;
}


/* Positions @from … @to (inclusive) move by @delta in every lane; in each
 * lane they are one run, found by a binary search, and stay sorted. */
static void
shift_lanes (SitrepTimelineView *self,
             guint               from,
             guint               to,
             int                 delta)
{
  for (guint l = 0; l < self->lanes->len; l++)
    {
      const Lane *lane = &g_array_index (self->lanes, Lane, l);
      guint *v = (guint *) (gpointer) lane->index->data;

      for (guint k = _sitrep_timeline_lane_bound (lane, from); k < lane->index->len && v[k] <= to; k++)
        v[k] += delta;
    }
}

/* What the view keeps beside the array, for @e coming (@sign 1) or going (-1). */
static void
note_event (SitrepTimelineView        *self,
            const SitrepTimelineEvent *e,
            int                        sign,
            gboolean                  *rebucket)
{
  buckets_add (self, e, sign, rebucket);
  if (lane_key (e, SITREP_TIMELINE_LANES_TYPE) != NULL)
    self->n_typed += sign;
  if (sign > 0)
    {
      Lane *l = &g_array_index (self->lanes, Lane, MIN (e->lane, self->lanes->len - 1));

      g_hash_table_insert (self->firsts, g_memdup2 (&e->event_id, sizeof e->event_id),
                           GUINT_TO_POINTER (e->first));
      l->max_span = MAX (l->max_span, e->last - e->first);
      self->data_first = MIN (self->data_first, e->first);
      self->data_last = MAX (self->data_last, e->last);
    }
  else
    {
      g_hash_table_remove (self->firsts, &e->event_id);
      /* The last day is read off the array again once the edits are in. */
      if (e->last >= self->data_last)
        *rebucket = TRUE;
    }
}

static void
remove_at (SitrepTimelineView *self,
           guint               i,
           gboolean           *rebucket)
{
  SitrepTimelineEvent *old = &g_array_index (self->events, SitrepTimelineEvent, i);

  note_event (self, old, -1, rebucket);
  _sitrep_timeline_lane_remove (self, &g_array_index (self->lanes, Lane, MIN (old->lane, self->lanes->len - 1)),
                                i, old);
  g_array_remove_index (self->events, i);
  shift_lanes (self, i + 1, G_MAXUINT, -1);
}

/* Takes @te's strings; FALSE when its lane is new (the caller lays out the
 * lanes again; @te is in the array meanwhile, in no lane). */
static gboolean
insert (SitrepTimelineView  *self,
        SitrepTimelineEvent *te,
        SitrepTimelineLanes  mode,
        gboolean            *rebucket)
{
  guint lane = 0, j;
  gboolean known = find_lane (self, te, mode, &lane);

  te->lane = lane;
  j = _sitrep_timeline_view_lower_bound (self, te->first, te->event_id);
  shift_lanes (self, j, G_MAXUINT, +1);
  g_array_insert_vals (self->events, j, te, 1);
  note_event (self, te, +1, rebucket);
  if (known)
    _sitrep_timeline_lane_insert (self, &g_array_index (self->lanes, Lane, lane), j,
                                  &g_array_index (self->events, SitrepTimelineEvent, j));

  return known;
}

/* Event @i becomes @te (taking its strings), moving only the events
 * between its old and its new place. */
static gboolean
move_to (SitrepTimelineView  *self,
         guint                i,
         SitrepTimelineEvent *te,
         SitrepTimelineLanes  mode,
         gboolean            *rebucket)
{
  SitrepTimelineEvent *ev = (SitrepTimelineEvent *) (gpointer) self->events->data;
  guint lane = 0, j;

  if (!find_lane (self, te, mode, &lane))
    {
      remove_at (self, i, rebucket);
      insert (self, te, mode, rebucket);
      return FALSE;
    }
  /* Where it goes, counted in the array without it. */
  j = _sitrep_timeline_view_lower_bound (self, te->first, te->event_id);
  if (j > i)
    j--;
  note_event (self, &ev[i], -1, rebucket);
  _sitrep_timeline_lane_remove (self, &g_array_index (self->lanes, Lane, MIN (ev[i].lane, self->lanes->len - 1)),
                                i, &ev[i]);
  sitrep_timeline_event_clear (&ev[i]);
  if (j > i)
    {
      memmove (&ev[i], &ev[i + 1], (j - i) * sizeof *ev);
      shift_lanes (self, i + 1, j, -1);
    }
  else if (j < i)
    {
      memmove (&ev[j + 1], &ev[j], (i - j) * sizeof *ev);
      shift_lanes (self, j, i - 1, +1);
    }
  te->lane = lane;
  ev[j] = *te;
  note_event (self, &ev[j], +1, rebucket);
  _sitrep_timeline_lane_insert (self, &g_array_index (self->lanes, Lane, lane), j, &ev[j]);

  return TRUE;
}

/* Reads event @id from the index into its place; FALSE when the lanes
 * must be laid out again. */
static gboolean
update_one (SitrepTimelineView *self,
            gint64              id,
            SitrepTimelineLanes mode,
            gboolean           *rebucket)
{
  const SitrepEventIndexEntry *entry = sitrep_event_index_lookup (self->index, id);
  SitrepTimelineEvent te;
  gboolean dated = sitrep_timeline_event_init_from_entry (&te, entry);
  guint old = G_MAXUINT;

  _sitrep_timeline_view_find_event (self, id, &old);
  g_hash_table_remove (self->undated, &id);
  if (!dated)
    {
      if (old != G_MAXUINT)
        remove_at (self, old, rebucket);
      /* Still there, without a date. */
      if (entry != NULL)
        g_hash_table_add (self->undated, g_memdup2 (&id, sizeof id));
      return TRUE;
    }
  if (old != G_MAXUINT)
    return move_to (self, old, &te, mode, rebucket);
  return insert (self, &te, mode, rebucket);
}

static void
on_index_reset (SitrepTimelineView *self)
{
  load_all (self);
}

static void
on_index_entries_changed (SitrepEventIndex   *index,
                          const gint64       *ids,
                          guint               n_ids,
                          SitrepTimelineView *self)
{
  SitrepTimelineLanes mode;
  gboolean relane = FALSE, rebucket = FALSE;
  guint32 old_first = self->data_first, old_last = self->data_last;

  /* Read once the layout being built is in. */
  if (sitrep_index_build_hold (&self->build, ids, n_ids))
    return;
  if (self->events == NULL || self->lanes == NULL || n_ids > MAX_INCREMENTAL)
    {
      load_all (self);
      return;
    }
  mode = _sitrep_timeline_view_effective_lanes (self);
  for (guint i = 0; i < n_ids; i++)
    if (!update_one (self, ids[i], mode, &rebucket))
      relane = TRUE;
  /* The first typed event, or the last one gone: lanes by another key. */
  if (_sitrep_timeline_view_effective_lanes (self) != mode)
    relane = TRUE;

  if (self->events->len == 0 || relane)
    {
      /* New lanes (or none left): lay them out again, in memory. */
      g_autoptr(GArray) events = g_array_ref (self->events);

      sitrep_timeline_view_set_events (self, events);
      return;
    }
  self->data_first = g_array_index (self->events, SitrepTimelineEvent, 0).first;
  if (rebucket)
    {
      /* An event at the last day went, or one fell outside the chart:
       * read the extent off the array and count the chart again. */
      self->data_last = 0;
      for (guint i = 0; i < self->events->len; i++)
        self->data_last = MAX (self->data_last, g_array_index (self->events, SitrepTimelineEvent, i).last);
    }
  if (rebucket || old_first != self->data_first || old_last != self->data_last)
    for (guint u = 0; u < N_UNITS; u++)
      {
        g_clear_pointer (&self->buckets[u], g_array_unref);
        self->buckets[u] = sitrep_timeline_bucket ((SitrepTimelineEvent *) (gpointer) self->events->data,
                                                   self->events->len, u, 0, 0);
      }
  _sitrep_timeline_view_events_updated (self);
}

/* Public API */

/**
 * sitrep_timeline_view_set_event_index:
 *
 * Shows the dated events of @index (NULL: none) and follows it: an edit
 * moves, restyles, adds or removes only the events it names.
 */
void
sitrep_timeline_view_set_event_index (SitrepTimelineView *self,
                                      SitrepEventIndex   *index)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));
  g_return_if_fail (index == NULL || SITREP_IS_EVENT_INDEX (index));

  if (!sitrep_event_index_follow (&self->index, index, self,
                                  G_CALLBACK (on_index_reset),
                                  G_CALLBACK (on_index_entries_changed)))
    return;
  load_all (self);
}

SitrepEventIndex *
sitrep_timeline_view_get_event_index (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), NULL);

  return self->index;
}

guint
sitrep_timeline_view_get_n_undated (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), 0);

  return g_hash_table_size (self->undated);
}

guint
sitrep_timeline_view_get_n_resets (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), 0);

  return self->n_resets;
}

/* sitrep-timeline-view-summary.c — what a lane draws at a zoom, by day: the largest toll of its points per half-day and the starts and ends of its bars per day, kept up to date by edits, so a frame's work follows the days and pixels in view, not the events
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-timeline"

#include "config.h"

#include <string.h>

#include "sitrep-timeline-view-private.h"

/*
 * Zoomed out, a lane holds many more extents (distinct first and last
 * days) than the view has pixels: half a million events give about 15,000
 * a lane, drawn in 1,300 columns. Which of them is a point and which a bar
 * depends only on its length and the zoom: at @ppd pixels a day, extents
 * of at least t = _sitrep_timeline_span_threshold (@ppd) days are bars.
 * For one t, a summary keeps per half-day the largest toll of the points
 * centred there, and per day how many bars start and end there; a frame
 * then reads the days in view (and blocks of them when many fall into one
 * column), whatever the number of events. One summary per t met, the
 * latest few kept; an edit of one event updates each by its days.
 */

#define NONE          G_MININT64
#define POINT_BLOCK   8     /* half-days a block of points' maxima covers */
#define COUNT_BLOCK   64    /* days a block of bar counts covers */
#define MAX_SUMMARIES 16    /* kept per lane, the most recently used */
#define MARGIN        64    /* days added around a lane's extents */

struct _LaneSummary
{
  guint    t;
  guint32  base;           /* the day of index 0 */
  guint    n_days;         /* starts and ends: days base to base + n_days */
  gint64  *points;         /* 2 n_days + 1 half-days: the largest toll, NONE */
  gint64  *point_blocks;
  guint32 *starts;         /* n_days + 1 */
  guint32 *ends;
  guint32 *start_blocks;
  guint32 *end_blocks;
};

guint
_sitrep_timeline_span_threshold (double ppd)
{
  double t = ceil (SPAN_MIN_PX / ppd);
  guint n;

  if (!(t > 2))
    return 2;
  n = t > G_MAXUINT / 4 ? G_MAXUINT / 4 : (guint) t;
  while (n > 2 && (n - 1) * ppd >= SPAN_MIN_PX)
    n--;
  while (n * ppd < SPAN_MIN_PX)
    n++;
  return n;
}

static inline guint
extent_length (const Extent *x)
{
  return x->last + 1 - x->first;
}

static inline guint
n_point_blocks (const LaneSummary *s)
{
  return (2 * s->n_days + 1 + POINT_BLOCK - 1) / POINT_BLOCK;
}

static inline guint
n_count_blocks (const LaneSummary *s)
{
  return (s->n_days + 1 + COUNT_BLOCK - 1) / COUNT_BLOCK;
}

static void
summary_free (gpointer data)
{
  LaneSummary *s = data;

  g_free (s->points);
  g_free (s->point_blocks);
  g_free (s->starts);
  g_free (s->ends);
  g_free (s->start_blocks);
  g_free (s->end_blocks);
  g_free (s);
}

static void
point_block_update (LaneSummary *s,
                    guint        block)
{
  guint end = MIN ((block + 1) * POINT_BLOCK, 2 * s->n_days + 1);
  gint64 max = NONE;

  for (guint h = block * POINT_BLOCK; h < end; h++)
    max = MAX (max, s->points[h]);
  s->point_blocks[block] = max;
}

static void
blocks_fill (LaneSummary *s)
{
  memset (s->start_blocks, 0, n_count_blocks (s) * sizeof *s->start_blocks);
  memset (s->end_blocks, 0, n_count_blocks (s) * sizeof *s->end_blocks);
  for (guint d = 0; d <= s->n_days; d++)
    {
      s->start_blocks[d / COUNT_BLOCK] += s->starts[d];
      s->end_blocks[d / COUNT_BLOCK] += s->ends[d];
    }
  for (guint b = 0; b < n_point_blocks (s); b++)
    point_block_update (s, b);
}

static void
summary_alloc (LaneSummary *s)
{
  s->points = g_new (gint64, 2 * s->n_days + 1);
  for (guint h = 0; h <= 2 * s->n_days; h++)
    s->points[h] = NONE;
  s->point_blocks = g_new (gint64, n_point_blocks (s));
  s->starts = g_new0 (guint32, s->n_days + 1);
  s->ends = g_new0 (guint32, s->n_days + 1);
  s->start_blocks = g_new0 (guint32, n_count_blocks (s));
  s->end_blocks = g_new0 (guint32, n_count_blocks (s));
}

/* The summary for @t of @lane's extents over days @base to @base + @n_days. */
static LaneSummary *
summary_new (const Lane *lane,
             guint       t,
             guint32     base,
             guint       n_days)
{
  LaneSummary *s = g_new0 (LaneSummary, 1);

  s->t = t;
  s->base = base;
  s->n_days = n_days;
  summary_alloc (s);
  for (guint k = 0; k < lane->extents->len; k++)
    {
      const Extent *x = &g_array_index (lane->extents, Extent, k);
      guint n = extent_length (x);

      if (n < t)
        {
          guint h = 2 * (x->first - base) + n;

          s->points[h] = MAX (s->points[h], x->max);
        }
      else
        {
          s->starts[x->first - base]++;
          s->ends[x->last + 1 - base]++;
        }
    }
  blocks_fill (s);
  return s;
}

/* The days of @lane's extents, with a margin for edits. */
static void
lane_days (const Lane *lane,
           guint32    *base,
           guint      *n_days)
{
  guint32 first = G_MAXUINT32, end = 0;

  for (guint k = 0; k < lane->extents->len; k++)
    {
      const Extent *x = &g_array_index (lane->extents, Extent, k);

      first = MIN (first, x->first);
      end = MAX (end, x->last + 1);
    }
  if (end == 0)
    first = end = MARGIN;
  *base = first > MARGIN ? first - MARGIN : 0;
  *n_days = end + MARGIN - *base;
}

/* Widens @s to hold days @first to @end, copying what it holds. */
static void
summary_grow (LaneSummary *s,
              guint32      first,
              guint32      end)
{
  LaneSummary old = *s;
  guint32 base = s->base;
  guint32 last = s->base + s->n_days;
  guint shift;

  if (first >= s->base && end <= last)
    return;
  if (first < base)
    base = first > MARGIN ? first - MARGIN : 0;
  if (end > last)
    last = end + MARGIN;
  s->base = base;
  s->n_days = last - base;
  summary_alloc (s);
  shift = old.base - base;
  memcpy (s->points + 2 * shift, old.points, (2 * old.n_days + 1) * sizeof *s->points);
  memcpy (s->starts + shift, old.starts, (old.n_days + 1) * sizeof *s->starts);
  memcpy (s->ends + shift, old.ends, (old.n_days + 1) * sizeof *s->ends);
  blocks_fill (s);
  g_free (old.points);
  g_free (old.point_blocks);
  g_free (old.starts);
  g_free (old.ends);
  g_free (old.start_blocks);
  g_free (old.end_blocks);
}

/* The largest toll of @lane's points centred at half-day @mid2 (twice the
 * day), read again from the few extents that can be centred there. */
static void
points_recount (LaneSummary *s,
                const Lane  *lane,
                guint64      mid2)
{
  guint64 lo = mid2 >= s->t ? (mid2 - s->t + 2) / 2 : 0;
  gint64 max = NONE;
  guint h;

  for (guint k = _sitrep_timeline_lane_extent_bound (lane, (double) lo); k < lane->extents->len; k++)
    {
      const Extent *x = &g_array_index (lane->extents, Extent, k);
      guint n = extent_length (x);

      if (2 * (guint64) x->first + 1 > mid2)
        break;
      if (n < s->t && 2 * (guint64) x->first + n == mid2)
        max = MAX (max, x->max);
    }
  h = (guint) (mid2 - 2 * (guint64) s->base);
  s->points[h] = max;
  point_block_update (s, h / POINT_BLOCK);
}

void
_sitrep_timeline_lane_summaries_update (Lane    *lane,
                                        guint32  first,
                                        guint32  last,
                                        int      delta)
{
  guint n = last + 1 - first;

  for (guint i = 0; lane->summaries != NULL && i < lane->summaries->len; i++)
    {
      LaneSummary *s = g_ptr_array_index (lane->summaries, i);

      summary_grow (s, first, last + 1);
      if (n < s->t)
        points_recount (s, lane, 2 * (guint64) first + n);
      else if (delta != 0)
        {
          s->starts[first - s->base] += delta;
          s->start_blocks[(first - s->base) / COUNT_BLOCK] += delta;
          s->ends[last + 1 - s->base] += delta;
          s->end_blocks[(last + 1 - s->base) / COUNT_BLOCK] += delta;
        }
    }
}

void
_sitrep_timeline_lane_summaries_free (Lane *lane)
{
  g_clear_pointer (&lane->summaries, g_ptr_array_unref);
}

gboolean
_sitrep_timeline_lane_has_summary (const Lane *lane,
                                   guint       t)
{
  for (guint i = 0; lane->summaries != NULL && i < lane->summaries->len; i++)
    if (((LaneSummary *) g_ptr_array_index (lane->summaries, i))->t == t)
      return TRUE;
  return FALSE;
}

const LaneSummary *
_sitrep_timeline_lane_summary (Lane  *lane,
                               guint  t)
{
  LaneSummary *s;
  guint32 base;
  guint n_days;

  if (lane->summaries == NULL)
    lane->summaries = g_ptr_array_new_with_free_func (summary_free);
  for (guint i = 0; i < lane->summaries->len; i++)
    {
      s = g_ptr_array_index (lane->summaries, i);
      if (s->t != t)
        continue;
      if (i > 0)
        {
          /* The most recently used first. */
          memmove (lane->summaries->pdata + 1, lane->summaries->pdata, i * sizeof (gpointer));
          lane->summaries->pdata[0] = s;
        }
      return s;
    }
  lane_days (lane, &base, &n_days);
  s = summary_new (lane, t, base, n_days);
  lane->n_built++;
  g_ptr_array_insert (lane->summaries, 0, s);
  if (lane->summaries->len > MAX_SUMMARIES)
    g_ptr_array_remove_index (lane->summaries, lane->summaries->len - 1);
  return s;
}

/* Reading */

/* The sum of @counts over indices 0 to @i, by blocks. */
static guint64
prefix (const guint32 *counts,
        const guint32 *blocks,
        guint          n,
        gint64         i)
{
  guint64 sum = 0;
  guint k;

  if (i < 0)
    return 0;
  i = MIN (i, (gint64) n - 1);
  for (k = 0; (k + 1) * COUNT_BLOCK <= (guint64) i + 1; k++)
    sum += blocks[k];
  for (guint d = k * COUNT_BLOCK; d <= (guint64) i; d++)
    sum += counts[d];
  return sum;
}

static inline int
point_column (SitrepTimelineView *self,
              const LaneSummary  *s,
              guint               h)
{
  return (int) floor (day_x (self, s->base + h / 2.0));
}

void
_sitrep_timeline_summary_points (SitrepTimelineView *self,
                                 const LaneSummary  *s,
                                 int                 c_lo,
                                 int                 c_hi,
                                 gint64             *columns)
{
  double lo = floor (2 * (x_day (self, c_lo) - s->base)) - 2;
  double hi = ceil (2 * (x_day (self, c_hi) - s->base)) + 2;
  guint h_lo = (guint) CLAMP (lo, 0, 2.0 * s->n_days);
  guint h_hi = (guint) CLAMP (hi, 0, 2.0 * s->n_days);
  /* Blocks narrower than a pixel: most lie in one column. */
  gboolean blocks = self->ppd * POINT_BLOCK / 2 < 1;

  for (guint h = h_lo; h <= h_hi;)
    {
      int c;

      /* A block of half-days all in one column reads as one. */
      if (blocks && h % POINT_BLOCK == 0 && h + POINT_BLOCK - 1 <= h_hi)
        {
          c = point_column (self, s, h);
          if (c == point_column (self, s, h + POINT_BLOCK - 1))
            {
              if (s->point_blocks[h / POINT_BLOCK] != NONE && c >= c_lo && c < c_hi)
                columns[c - c_lo] = MAX (columns[c - c_lo], s->point_blocks[h / POINT_BLOCK]);
              h += POINT_BLOCK;
              continue;
            }
        }
      if (s->points[h] != NONE)
        {
          c = point_column (self, s, h);
          if (c >= c_lo && c < c_hi)
            columns[c - c_lo] = MAX (columns[c - c_lo], s->points[h]);
        }
      h++;
    }
}

guint
_sitrep_timeline_summary_spans_in_view (SitrepTimelineView *self,
                                        const LaneSummary  *s,
                                        double              width)
{
  double v1 = x_day (self, width);
  gint64 last_first = (gint64) floor (v1) - s->base;
  gint64 last_end = (gint64) ceil (self->v0) - 1 - s->base;

  /* In view: first day <= v1 and last + 1 >= v0; a bar that ends before
   * v0 also starts before v1. */
  return (guint) (prefix (s->starts, s->start_blocks, s->n_days + 1, last_first) -
                  prefix (s->ends, s->end_blocks, s->n_days + 1, last_end));
}

/* The columns bars start and end in, as the bars of the walk compute them
 * (x clamped by the gutter and the width, stored as float). */
static inline int
start_column (SitrepTimelineView *self,
              guint32             day,
              guint               ncols)
{
  float x0 = MAX (day_x (self, day), gutter (self) - 2);

  return (int) CLAMP (floor (x0), 0, ncols);
}

static inline int
end_column (SitrepTimelineView *self,
            guint32             day,
            double              width,
            guint               ncols)
{
  float x1 = MIN (day_x (self, day), width + 2);

  return (int) CLAMP (ceil (x1), 0, ncols);
}

/* Adds @counts to @cover at the column of each day, those at or before
 * @c_start all at @c_start, up to the first day past @c_end or @last. */
static void
cover_add (SitrepTimelineView *self,
           const LaneSummary  *s,
           const guint32      *counts,
           const guint32      *blocks,
           gboolean            ends,
           double              width,
           guint               ncols,
           int                *cover,
           int                 c_start,
           int                 c_end,
           gint64              last,
           int                 sign)
{
  gint64 d = (gint64) floor (x_day (self, c_start + 1.0)) - s->base;

#define COLUMN(i) (ends ? end_column (self, s->base + (guint32) (i), width, ncols) \
                        : start_column (self, s->base + (guint32) (i), ncols))
  /* Days past the last column start or end past it too. */
  last = MIN (last, (gint64) s->n_days);
  last = MIN (last, (gint64) ceil (x_day (self, c_end + 1.0)) - (gint64) s->base + 1);
  /* The view ends before the lane's first day: nothing starts or ends in it. */
  if (last < 0)
    return;
  d = CLAMP (d, -1, last);
  while (d >= 0 && COLUMN (d) > c_start)
    d--;
  while (d + 1 <= last && COLUMN (d + 1) <= c_start)
    d++;
  cover[c_start] += sign * (int) prefix (counts, blocks, s->n_days + 1, d);
  for (d++; d <= last; d++)
    {
      int c;

      if (counts[d] == 0)
        continue;
      c = COLUMN (d);
      if (c > c_end)
        break;
      cover[c] += sign * (int) counts[d];
    }
#undef COLUMN
}

void
_sitrep_timeline_summary_cover (SitrepTimelineView *self,
                                const LaneSummary  *s,
                                double              width,
                                guint               ncols,
                                int                *cover,
                                int                 c_start,
                                int                 c_end)
{
  gint64 last_first = (gint64) floor (x_day (self, width)) - s->base;

  memset (cover + c_start, 0, (c_end - c_start + 1) * sizeof *cover);
  if (last_first >= 0)
    cover_add (self, s, s->starts, s->start_blocks, FALSE, width, ncols, cover, c_start, c_end,
               last_first, +1);
  cover_add (self, s, s->ends, s->end_blocks, TRUE, width, ncols, cover, c_start, c_end,
             G_MAXINT64, -1);
}

/* Checking */

char *
_sitrep_timeline_lane_summaries_check (const Lane *lane,
                                       guint       l)
{
  for (guint i = 0; lane->summaries != NULL && i < lane->summaries->len; i++)
    {
      const LaneSummary *s = g_ptr_array_index (lane->summaries, i);
      LaneSummary *fresh;
      gboolean same;

      for (guint k = 0; k < lane->extents->len; k++)
        {
          const Extent *x = &g_array_index (lane->extents, Extent, k);

          if (x->first < s->base || x->last + 1 > s->base + s->n_days)
            return g_strdup_printf ("lane %u: the summary for %u days misses days %u to %u", l, s->t,
                                    x->first, x->last);
        }
      fresh = summary_new (lane, s->t, s->base, s->n_days);
      same = memcmp (fresh->points, s->points, (2 * s->n_days + 1) * sizeof *s->points) == 0 &&
             memcmp (fresh->point_blocks, s->point_blocks, n_point_blocks (s) * sizeof *s->point_blocks) == 0 &&
             memcmp (fresh->starts, s->starts, (s->n_days + 1) * sizeof *s->starts) == 0 &&
             memcmp (fresh->ends, s->ends, (s->n_days + 1) * sizeof *s->ends) == 0 &&
             memcmp (fresh->start_blocks, s->start_blocks, n_count_blocks (s) * sizeof *s->start_blocks) == 0 &&
             memcmp (fresh->end_blocks, s->end_blocks, n_count_blocks (s) * sizeof *s->end_blocks) == 0;
      summary_free (fresh);
      if (!same)
        return g_strdup_printf ("lane %u: the summary for bars of %u days and more differs from its extents", l, s->t);
    }
  return NULL;
}

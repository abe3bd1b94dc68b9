/* sitrep-paged-list-ids.c — a paged list's ids, found by position and by id without a scan
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-paged-list"

#include "config.h"

#include <string.h>

#include "sitrep-paged-list-ids.h"

/* A block holds at most BLOCK_MAX ids; a full one is cut into blocks of
 * BLOCK_FILL, leaving room for the next insertions; one that falls under
 * BLOCK_LOW is merged with a neighbour when they fit in BLOCK_FILL. Tests
 * make blocks small, so that lists of a hundred events span many. */
static guint block_max = 1024;
#define BLOCK_MAX block_max
#define BLOCK_FILL (block_max / 4 * 3)
#define BLOCK_LOW (block_max / 4)
#define EMPTY G_MININT64

typedef struct
{
  guint  len;
  guint  index;              /* its place among the blocks, when clean */
  gint64 ids[];              /* BLOCK_MAX */
} Block;

static Block *
block_new (void)
{
  return g_malloc (sizeof (Block) + BLOCK_MAX * sizeof (gint64));
}

struct _SitrepIdSeq
{
  GPtrArray *blocks;         /* Block *, in order, none empty */
  GArray    *starts;         /* guint: the position of each block's first id */
  guint      clean;          /* starts and index are right for blocks [0, clean) */
  guint      length;

  /* id → its block: open addressing, linear probing */
  gint64    *keys;
  Block    **values;
  guint      mask;           /* capacity - 1 */
  guint      shift;          /* 64 - log2 (capacity) */
  guint      n_keys;
};

static guint
slot_of (SitrepIdSeq *self,
         gint64       id)
{
  return (guint) (((guint64) id * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> self->shift);
}

static void
map_alloc (SitrepIdSeq *self,
           guint        capacity)
{
  guint bits = 0;

  while ((1u << bits) < capacity)
    bits++;
  self->mask = (1u << bits) - 1;
  self->shift = 64 - bits;
  self->keys = g_new (gint64, self->mask + 1);
  self->values = g_new0 (Block *, self->mask + 1);
  for (guint i = 0; i <= self->mask; i++)
    self->keys[i] = EMPTY;
  self->n_keys = 0;
}

static void map_put (SitrepIdSeq *self, gint64 id, Block *block);

static void
map_grow (SitrepIdSeq *self)
{
  gint64 *keys = self->keys;
  Block **values = self->values;
  guint old_capacity = self->mask + 1;

  map_alloc (self, old_capacity * 2);
  for (guint i = 0; i < old_capacity; i++)
    if (keys[i] != EMPTY)
      map_put (self, keys[i], values[i]);
  g_free (keys);
  g_free (values);
}

static void
map_put (SitrepIdSeq *self,
         gint64       id,
         Block       *block)
{
  guint i;

  if ((self->n_keys + 1) * 2 > self->mask + 1)
    map_grow (self);
  for (i = slot_of (self, id); self->keys[i] != EMPTY; i = (i + 1) & self->mask)
    if (self->keys[i] == id)
      {
        self->values[i] = block;
        return;
      }
  self->keys[i] = id;
  self->values[i] = block;
  self->n_keys++;
}

static Block *
map_get (SitrepIdSeq *self,
         gint64       id)
{
  for (guint i = slot_of (self, id); self->keys[i] != EMPTY; i = (i + 1) & self->mask)
    if (self->keys[i] == id)
      return self->values[i];
  return NULL;
}

/* Removes @id, shifting back the keys after it that belong before the hole. */
static void
map_remove (SitrepIdSeq *self,
            gint64       id)
{
  guint i = slot_of (self, id);

  while (self->keys[i] != id)
    {
      if (self->keys[i] == EMPTY)
        return;
      i = (i + 1) & self->mask;
    }
  for (guint j = (i + 1) & self->mask; self->keys[j] != EMPTY; j = (j + 1) & self->mask)
    {
      guint home = slot_of (self, self->keys[j]);

      /* Its home is cyclically in (i, j]: it stays. */
      if (i <= j ? (home > i && home <= j) : (home > i || home <= j))
        continue;
      self->keys[i] = self->keys[j];
      self->values[i] = self->values[j];
      i = j;
    }
  self->keys[i] = EMPTY;
  self->values[i] = NULL;
  self->n_keys--;
}

static void
dirty (SitrepIdSeq *self,
       guint        block)
{
  self->clean = MIN (self->clean, block);
}

static void
make_clean (SitrepIdSeq *self)
{
  guint n = self->blocks->len;

  if (self->clean >= n && self->starts->len == n)
    return;
  g_array_set_size (self->starts, n);
  for (guint b = self->clean; b < n; b++)
    {
      Block *block = g_ptr_array_index (self->blocks, b);

      g_array_index (self->starts, guint, b) =
        b == 0 ? 0 : g_array_index (self->starts, guint, b - 1) +
                     ((Block *) g_ptr_array_index (self->blocks, b - 1))->len;
      block->index = b;
    }
  self->clean = n;
}

/* The block holding @position and its offset there; @position may be the
 * length (the last block, past its end). FALSE when there is no block. */
static gboolean
locate (SitrepIdSeq *self,
        guint        position,
        guint       *block,
        guint       *offset)
{
  guint lo = 0, hi;

  /* Set on every path: at -O3 (core's build, src/core/meson.build) GCC cannot
   * tell that the callers only read them after TRUE and warns. */
  *block = *offset = 0;
  if (self->blocks->len == 0)
    return FALSE;
  make_clean (self);
  hi = self->blocks->len;
  /* The last block whose start is at or before @position. */
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->starts, guint, mid) <= position)
        lo = mid;
      else
        hi = mid;
    }
  *block = lo;
  *offset = position - g_array_index (self->starts, guint, lo);
  return TRUE;
}

static Block *
block_at (SitrepIdSeq *self,
          guint        b)
{
  return g_ptr_array_index (self->blocks, b);
}

/* Blocks of about BLOCK_FILL from @ids, put in at block @b. */
static void
add_blocks (SitrepIdSeq  *self,
            guint         b,
            const gint64 *ids,
            guint         n)
{
  guint n_blocks = (n + BLOCK_FILL - 1) / BLOCK_FILL;

  for (guint k = 0, done = 0; k < n_blocks; k++)
    {
      guint take = (guint) ((guint64) n * (k + 1) / n_blocks) - done;
      Block *block = block_new ();

      block->len = take;
      memcpy (block->ids, ids + done, take * sizeof (gint64));
      for (guint i = 0; i < take; i++)
        map_put (self, block->ids[i], block);
      g_ptr_array_insert (self->blocks, (int) (b + k), block);
      done += take;
    }
  dirty (self, b);
}

SitrepIdSeq *
sitrep_id_seq_new (const gint64 *ids,
                   guint         n_ids)
{
  SitrepIdSeq *self = g_new0 (SitrepIdSeq, 1);

  g_return_val_if_fail (ids != NULL || n_ids == 0, self);

  self->blocks = g_ptr_array_new_with_free_func (g_free);
  self->starts = g_array_new (FALSE, FALSE, sizeof (guint));
  map_alloc (self, MAX (64, n_ids * 2 + 2));
  add_blocks (self, 0, ids, n_ids);
  self->length = n_ids;
  return self;
}

void
sitrep_id_seq_free (SitrepIdSeq *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->blocks);
  g_array_unref (self->starts);
  g_free (self->keys);
  g_free (self->values);
  g_free (self);
}

guint
sitrep_id_seq_get_length (SitrepIdSeq *self)
{
  return self->length;
}

gint64
sitrep_id_seq_get (SitrepIdSeq *self,
                   guint        position)
{
  guint b, off;

  g_return_val_if_fail (position < self->length, 0);

  locate (self, position, &b, &off);
  return block_at (self, b)->ids[off];
}

guint
sitrep_id_seq_find (SitrepIdSeq *self,
                    gint64       id)
{
  Block *block = map_get (self, id);

  if (block == NULL)
    return G_MAXUINT;
  make_clean (self);
  for (guint i = 0; i < block->len; i++)
    if (block->ids[i] == id)
      return g_array_index (self->starts, guint, block->index) + i;
  g_return_val_if_reached (G_MAXUINT);
}

const gint64 *
sitrep_id_seq_peek_run (SitrepIdSeq *self,
                        guint        position,
                        guint       *n)
{
  guint b, off;

  *n = 0;
  if (position >= self->length || !locate (self, position, &b, &off))
    return NULL;
  *n = block_at (self, b)->len - off;
  return block_at (self, b)->ids + off;
}

const gint64 *
sitrep_id_seq_peek_back (SitrepIdSeq *self,
                         guint        end,
                         guint       *n)
{
  guint b, off;

  *n = 0;
  if (end == 0 || end > self->length || !locate (self, end - 1, &b, &off))
    return NULL;
  *n = off + 1;
  return block_at (self, b)->ids;
}

void
sitrep_id_seq_copy (SitrepIdSeq *self,
                    guint        position,
                    guint        n,
                    gint64      *out)
{
  g_return_if_fail (position <= self->length && n <= self->length - position);

  while (n > 0)
    {
      guint run;
      const gint64 *ids = sitrep_id_seq_peek_run (self, position, &run);

      run = MIN (run, n);
      memcpy (out, ids, run * sizeof (gint64));
      out += run;
      position += run;
      n -= run;
    }
}

/* Block @b takes in its next neighbour when one of them is small and both
 * fit in one. */
static void
merge_small (SitrepIdSeq *self,
             guint        b)
{
  Block *block = block_at (self, b), *next;

  if (b + 1 >= self->blocks->len)
    return;
  next = block_at (self, b + 1);
  if ((block->len >= BLOCK_LOW && next->len >= BLOCK_LOW) || block->len + next->len > BLOCK_FILL)
    return;
  memcpy (block->ids + block->len, next->ids, next->len * sizeof (gint64));
  for (guint i = 0; i < next->len; i++)
    map_put (self, next->ids[i], block);
  block->len += next->len;
  g_ptr_array_remove_index (self->blocks, b + 1);
  dirty (self, b + 1);
}

void
sitrep_id_seq_remove (SitrepIdSeq *self,
                      guint        position,
                      guint        n)
{
  g_return_if_fail (position <= self->length && n <= self->length - position);

  while (n > 0)
    {
      guint b, off, k;
      Block *block;

      locate (self, position, &b, &off);
      block = block_at (self, b);
      k = MIN (n, block->len - off);
      for (guint i = off; i < off + k; i++)
        map_remove (self, block->ids[i]);
      memmove (block->ids + off, block->ids + off + k, (block->len - off - k) * sizeof (gint64));
      block->len -= k;
      self->length -= k;
      n -= k;
      if (block->len == 0)
        {
          g_ptr_array_remove_index (self->blocks, b);
          dirty (self, b);
        }
      else
        {
          dirty (self, b + 1);
          /* With its next neighbour, or its last with it. */
          merge_small (self, b);
          if (b > 0)
            merge_small (self, b - 1);
        }
    }
}

void
sitrep_id_seq_insert (SitrepIdSeq  *self,
                      guint         position,
                      const gint64 *ids,
                      guint         n)
{
  guint b, off;
  Block *block;

  g_return_if_fail (position <= self->length);
  g_return_if_fail (ids != NULL || n == 0);

  if (n == 0)
    return;
  if (!locate (self, position, &b, &off))
    {
      add_blocks (self, 0, ids, n);
      self->length += n;
      return;
    }
  block = block_at (self, b);
  if (block->len + n <= BLOCK_MAX)
    {
      memmove (block->ids + off + n, block->ids + off, (block->len - off) * sizeof (gint64));
      memcpy (block->ids + off, ids, n * sizeof (gint64));
      for (guint i = 0; i < n; i++)
        map_put (self, ids[i], block);
      block->len += n;
      dirty (self, b + 1);
    }
  else
    {
      /* The block with @ids in it, cut again into blocks of BLOCK_FILL. */
      guint total = block->len + n;
      g_autofree gint64 *all = g_new (gint64, total);

      memcpy (all, block->ids, off * sizeof (gint64));
      memcpy (all + off, ids, n * sizeof (gint64));
      memcpy (all + off + n, block->ids + off, (block->len - off) * sizeof (gint64));
      g_ptr_array_remove_index (self->blocks, b);
      add_blocks (self, b, all, total);
    }
  self->length += n;
}

void
sitrep_id_seq_replace (SitrepIdSeq  *self,
                       guint         position,
                       const gint64 *ids,
                       guint         n)
{
  g_return_if_fail (position <= self->length && n <= self->length - position);
  g_return_if_fail (ids != NULL || n == 0);

  /* All the old ones out first: an id may move within the range. */
  for (guint done = 0; done < n;)
    {
      guint b, off, k;
      Block *block;

      locate (self, position + done, &b, &off);
      block = block_at (self, b);
      k = MIN (n - done, block->len - off);
      for (guint i = 0; i < k; i++)
        if (block->ids[off + i] != ids[done + i])
          map_remove (self, block->ids[off + i]);
      done += k;
    }
  for (guint done = 0; done < n;)
    {
      guint b, off, k;
      Block *block;

      locate (self, position + done, &b, &off);
      block = block_at (self, b);
      k = MIN (n - done, block->len - off);
      for (guint i = 0; i < k; i++)
        if (block->ids[off + i] != ids[done + i])
          {
            block->ids[off + i] = ids[done + i];
            map_put (self, ids[done + i], block);
          }
      done += k;
    }
}

void
_sitrep_id_seq_set_block_size (guint max)
{
  g_return_if_fail (max >= 4);

  block_max = max;
}

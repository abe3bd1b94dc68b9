/* sitrep-suggest-arena.c — the memory of one run's suggestions: one block after another, freed with its result
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"

/* A run makes thousands of suggestions of a few small strings each, and
 * malloc() and free() of each cost more than the detectors' work on most
 * of them. They are cut from blocks instead, and all of them go when the
 * result that holds them is freed. */
typedef struct _ArenaBlock ArenaBlock;
struct _ArenaBlock
{
  ArenaBlock *next;
  /* The block's bytes follow, aligned as a double is. */
  double      data[];
};

#define FIRST_BLOCK (4 * 1024)
#define MAX_BLOCK   (256 * 1024)

SuggestArena *
_sitrep_suggest_arena_new (void)
{
  SuggestArena *arena = g_new0 (SuggestArena, 1);

  arena->next_size = FIRST_BLOCK;
  return arena;
}

void
_sitrep_suggest_arena_free (SuggestArena *arena)
{
  if (arena == NULL)
    return;
  while (arena->blocks != NULL)
    {
      ArenaBlock *next = ((ArenaBlock *) arena->blocks)->next;

      g_free (arena->blocks);
      arena->blocks = next;
    }
  g_free (arena);
}

gpointer
_sitrep_suggest_arena_take_new (SuggestArena *arena,
                                gsize         size,
                                gsize         align G_GNUC_UNUSED)
{
  gsize room = MAX (arena->next_size, size);
  ArenaBlock *block = g_malloc (sizeof (ArenaBlock) + room);

  /* A block's data is aligned as a double is: its first byte serves any @align. */
  block->next = arena->blocks;
  arena->blocks = block;
  arena->end = (char *) block->data + room;
  if (arena->next_size < MAX_BLOCK)
    arena->next_size *= 2;
  arena->at = (char *) block->data + size;
  return block->data;
}

/* ---------------------------------------------------------------- suggestions */

void
_sitrep_suggest_out_grow (SuggestOut *out)
{
  guint cap = MAX (2 * out->cap, 64);

  g_assert (cap > out->cap);
  out->pdata = g_renew (SitrepSuggestion *, out->pdata, cap);
  out->cap = cap;
}

void
_sitrep_suggest_out_insert (SuggestOut       *out,
                            guint             index,
                            SitrepSuggestion *s)
{
  g_assert (index <= out->len);
  if (out->len == out->cap)
    _sitrep_suggest_out_grow (out);
  memmove (out->pdata + index + 1, out->pdata + index, (out->len - index) * sizeof (SitrepSuggestion *));
  out->pdata[index] = s;
  out->len++;
}

void
_sitrep_suggest_out_remove_range (SuggestOut *out,
                                  guint       index,
                                  guint       n)
{
  g_assert (index <= out->len && n <= out->len - index);
  memmove (out->pdata + index, out->pdata + index + n, (out->len - index - n) * sizeof (SitrepSuggestion *));
  out->len -= n;
}

void
_sitrep_suggest_out_clear (SuggestOut *out)
{
  g_clear_pointer (&out->pdata, g_free);
  out->len = 0;
  out->cap = 0;
}

char *
_sitrep_suggest_str_take (SuggestRun *run,
                          char       *str)
{
  char *copy = _sitrep_suggest_strdup (run, str);

  g_free (str);
  return copy;
}

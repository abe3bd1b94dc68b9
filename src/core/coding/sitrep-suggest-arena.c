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

struct _SuggestArena
{
  ArenaBlock *blocks;     /* the newest first */
  char       *at;         /* free bytes of the newest … */
  char       *end;        /* … up to here */
  gsize       next_size;  /* of the next block */
};

#define FIRST_BLOCK (4 * 1024)
#define MAX_BLOCK   (256 * 1024)
#define ALIGN       (sizeof (double))

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
      ArenaBlock *next = arena->blocks->next;

      g_free (arena->blocks);
      arena->blocks = next;
    }
  g_free (arena);
}

/* @size bytes at an address aligned to @align (1 or ALIGN). */
static gpointer
arena_take (SuggestArena *arena,
            gsize         size,
            gsize         align)
{
  guintptr at = ((guintptr) arena->at + (align - 1)) & ~(guintptr) (align - 1);

  /* Aligning may step past the end of a block with a few bytes left. */
  if (arena->at == NULL || at > (guintptr) arena->end || size > (gsize) ((guintptr) arena->end - at))
    {
      gsize room = MAX (arena->next_size, size);
      ArenaBlock *block = g_malloc (sizeof (ArenaBlock) + room);

      block->next = arena->blocks;
      arena->blocks = block;
      at = (guintptr) block->data;
      arena->end = (char *) block->data + room;
      if (arena->next_size < MAX_BLOCK)
        arena->next_size *= 2;
    }
  arena->at = (char *) at + size;
  return (gpointer) at;
}

gpointer
_sitrep_suggest_arena_alloc (SuggestArena *arena,
                             gsize         size)
{
  return arena_take (arena, (size + (ALIGN - 1)) & ~(ALIGN - 1), ALIGN);
}

char *
_sitrep_suggest_strndup (SuggestRun *run,
                         const char *str,
                         gsize       len)
{
  char *copy = arena_take (run->arena, len + 1, 1);

  memcpy (copy, str, len);
  copy[len] = '\0';
  return copy;
}

char *
_sitrep_suggest_strdup (SuggestRun *run,
                        const char *str)
{
  return str != NULL ? _sitrep_suggest_strndup (run, str, strlen (str)) : NULL;
}

char *
_sitrep_suggest_str_take (SuggestRun *run,
                          char       *str)
{
  char *copy = _sitrep_suggest_strdup (run, str);

  g_free (str);
  return copy;
}

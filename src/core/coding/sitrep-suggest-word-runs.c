/* sitrep-suggest-word-runs.c — what a run of words answers, kept by its words: a memo of a function of a span's key
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"

/* A span's key is a function of its words and numbers (their keys,
 * whether each is an article: _sitrep_suggest_span_key ()), so the words
 * answer for it: a span met again, in this text or another, is not keyed
 * and hashed again to look up what its key names. Words stay while the
 * suggester's SuggestWords keep them: a memo is emptied when they go. */
typedef struct
{
  SuggestRunWords words;   /* words[0] NULL: an empty slot */
  gconstpointer   answer;
} WordRun;

struct _SuggestWordRuns
{
  WordRun *slots;
  guint    mask;
  guint    n;
};

/* Past this many runs the memo starts again (a few MB at most). */
#define MAX_WORD_RUNS (1u << 16)

gboolean
_sitrep_suggest_run_words (SuggestRun      *run,
                           guint            first,
                           guint            last,
                           SuggestRunWords *words)
{
  guint n = 0;

  memset (words, 0, sizeof *words);
  for (guint j = first; j <= last; j++)
    {
      if (!(tok (run, j)->flags & (TOK_WORD | TOK_NUMBER)))
        continue;
      /* A token of 256 bytes or more has no word. */
      if (n == SUGGEST_RUN_WORDS || run->words[j] == NULL)
        return FALSE;
      words->words[n++] = run->words[j];
    }
  return n > 0;
}

SuggestWordRuns *
_sitrep_suggest_word_runs_new (void)
{
  SuggestWordRuns *runs = g_new0 (SuggestWordRuns, 1);

  runs->mask = 1024 - 1;
  runs->slots = g_new0 (WordRun, runs->mask + 1);
  return runs;
}

void
_sitrep_suggest_word_runs_clear (SuggestWordRuns *runs)
{
  memset (runs->slots, 0, (runs->mask + 1) * sizeof (WordRun));
  runs->n = 0;
}

void
_sitrep_suggest_word_runs_free (SuggestWordRuns *runs)
{
  if (runs == NULL)
    return;
  g_free (runs->slots);
  g_free (runs);
}

static guint
slot_of (const SuggestRunWords *words,
         guint                  mask)
{
  guint64 h = 0;

  for (guint k = 0; k < SUGGEST_RUN_WORDS; k++)
    h = (h ^ (guint64) (guintptr) words->words[k]) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return (guint) (h >> 32) & mask;
}

/* The slot of @words in @runs: theirs, or the empty one where they go. */
static WordRun *
find (SuggestWordRuns       *runs,
      const SuggestRunWords *words)
{
  for (guint at = slot_of (words, runs->mask); ; at = (at + 1) & runs->mask)
    {
      WordRun *slot = &runs->slots[at];

      if (slot->words.words[0] == NULL || memcmp (&slot->words, words, sizeof *words) == 0)
        return slot;
    }
}

gboolean
_sitrep_suggest_word_runs_find (SuggestWordRuns       *runs,
                                const SuggestRunWords *words,
                                gconstpointer         *answer)
{
  const WordRun *slot = find (runs, words);

  if (slot->words.words[0] == NULL)
    return FALSE;
  *answer = slot->answer;
  return TRUE;
}

void
_sitrep_suggest_word_runs_add (SuggestWordRuns       *runs,
                               const SuggestRunWords *words,
                               gconstpointer          answer)
{
  WordRun *slot;

  if (runs->n >= MAX_WORD_RUNS)
    _sitrep_suggest_word_runs_clear (runs);
  /* At most half full. */
  if ((runs->n + 1) * 2 > runs->mask + 1)
    {
      WordRun *old = runs->slots;
      guint old_size = runs->mask + 1;

      runs->mask = 2 * old_size - 1;
      runs->slots = g_new0 (WordRun, runs->mask + 1);
      for (guint k = 0; k < old_size; k++)
        {
          if (old[k].words.words[0] != NULL)
            *find (runs, &old[k].words) = old[k];
        }
      g_free (old);
    }
  slot = find (runs, words);
  slot->words = *words;
  slot->answer = answer;
  runs->n++;
}

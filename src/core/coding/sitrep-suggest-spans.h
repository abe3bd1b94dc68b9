/* sitrep-suggest-spans.h — the hashes of spans' keys, and filters of a table's keys by their hash
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "sitrep-suggest-private.h"

G_BEGIN_DECLS

/* The "longest name from here" loops (world_at (), place_at (),
 * known_name_at ()) ask a table for the span from a word to each place a
 * name could end, longest first, and most of the spans name nothing. A
 * filter holds one bit per g_str_hash () of the table's keys: a span
 * whose hash's bit is unset is no key of the table, and is neither
 * written nor looked up. The hashes of all the spans from one word are
 * worked out in one walk, as their keys would be written. */
struct _SuggestKeyFilter
{
  guint   shift;     /* 32 - log2 of the bits */
  guint64 bits[];
};

/* A filter of the keys (strings) of @table; free with g_free (). */
SuggestKeyFilter *_sitrep_suggest_key_filter_new   (GHashTable             *table);
/* The filter of the bundled gazetteer's keys (built once). */
const SuggestKeyFilter *_sitrep_suggest_bundled_key_filter (void);
void              _sitrep_suggest_span_hashes_walk (SuggestRun             *run,
                                                    guint                   first,
                                                    const guint            *ends,
                                                    guint                   n_ends,
                                                    guint32                *hashes);

/* The g_str_hash () of _sitrep_suggest_span_key_tmp (@run, @first,
 * @ends[e]) for each of the @n_ends ends (ascending, each >= @first), in
 * @hashes, without writing the keys. A word alone is its key's hash. */
static inline void
_sitrep_suggest_span_hashes (SuggestRun  *run,
                             guint        first,
                             const guint *ends,
                             guint        n_ends,
                             guint32     *hashes)
{
  if (n_ends == 1 && ends[0] == first)
    {
      const SuggestWord *w = run->words[first];

      hashes[0] = w != NULL && *_sitrep_suggest_tok_key (run, first) != '\0' ? w->key_hash : 5381;
      return;
    }
  _sitrep_suggest_span_hashes_walk (run, first, ends, n_ends, hashes);
}

/* Whether a key of hash @hash may be in the filter's table (always when
 * there is no filter). */
static inline gboolean
_sitrep_suggest_key_filter_has (const SuggestKeyFilter *filter,
                                guint32                 hash)
{
  guint32 slot;

  if (filter == NULL)
    return TRUE;
  slot = (hash * 0x9e3779b1u) >> filter->shift;
  return (filter->bits[slot >> 6] >> (slot & 63)) & 1;
}

G_END_DECLS

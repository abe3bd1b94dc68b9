/* sitrep-suggest-places-context.c — the gazetteer's context of a text, read once per text (or per stretch of a long one) from the suggester's tokens and keys
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-gazetteer-private.h"
#include "sitrep-suggest-private.h"
#include "sitrep-suggest-spans.h"

/* A long article is resolved against the text around each name, not all of
 * it (as sitrep-suggest-places-index.c's homonyms are). */
#define CONTEXT_WINDOW 4096
/* The gazetteer reads runs of up to this many words as names. */
#define MAX_CONTEXT_WORDS 4

/* Where the gazetteer's reading of a text breaks a run of words: these
 * marks, a new paragraph, and a number with a separator in it. */
static inline gboolean
breaks_run (SuggestRun *run,
            guint       j)
{
  const SuggestToken *t = tok (run, j);

  if (j > 0 && t->paragraph != tok (run, j - 1)->paragraph)
    return TRUE;
  /* A word (most tokens) breaks nothing. */
  if (t->flags & TOK_WORD)
    return FALSE;
  if (t->flags & TOK_NUMBER)
    return memchr (run->text + t->start, ',', t->end - t->start) != NULL ||
           memchr (run->text + t->start, '.', t->end - t->start) != NULL;
  if (t->flags & TOK_PUNCT)
    {
      guchar first = (guchar) run->text[t->start];
      gunichar c = first < 0x80 ? first : g_utf8_get_char (run->text + t->start);

      return c == '.' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' ||
             c == 0x201C || c == 0x201D || c == 0x060C;
    }
  return FALSE;
}

static gboolean
is_context_stop_word (SuggestRun *run,
                      guint       i)
{
  const SuggestToken *t = tok (run, i);
  char buf[32];
  gsize len = t->end - t->start;
  gboolean answer;

  if (len >= sizeof buf)
    return FALSE;
  if (_sitrep_suggest_word_fact (run, i, WORD_FACT_STOP_WORD, &answer))
    return answer;
  for (gsize k = 0; k < len; k++)
    buf[k] = g_ascii_tolower (run->text[t->start + k]);
  buf[len] = '\0';
  return _sitrep_suggest_word_fact_set (run, i, WORD_FACT_STOP_WORD, _sitrep_gazetteer_is_stop_word (buf));
}

/* The key of the words @gram[0 … n-1], as sitrep_normalize_name() gives
 * for their text: token keys (already cached) joined, articles left out of
 * a name of more than one word; its g_str_hash () in @hash, made of the
 * words' key hashes as _sitrep_suggest_span_hashes_walk () makes them
 * (djb2 of a string and one after it is the first's times 33 to the
 * second's length, plus the second's less 5381 times that power). */
static const char *
gram_key (SuggestRun  *run,
          const guint *gram,
          guint        n,
          char        *buf,
          gsize        size,
          GString     *longer,
          guint32     *hash)
{
  gsize len = 0;
  guint32 h = 5381;

  for (guint k = 0; k < n; k++)
    {
      const SuggestWord *w;
      const char *part;
      gsize part_len;

      if (n > 1 && _sitrep_suggest_is_article (run, gram[k]))
        continue;
      part = _sitrep_suggest_tok_key (run, gram[k]);
      if (*part == '\0')
        continue;
      /* A key that is not "" is a word's, its length and hash kept. */
      w = run->words[gram[k]];
      part_len = w->key_len;
      h = (len > 0 ? h * 33 + ' ' : h) * w->key_pow + (w->key_hash - 5381 * w->key_pow);
      if (len + part_len + 2 > size)
        {
          /* Four words this long are rare: the same in a GString. */
          g_string_truncate (longer, 0);
          for (guint j = 0; j < n; j++)
            {
              if ((n > 1 && _sitrep_suggest_is_article (run, gram[j])) || *_sitrep_suggest_tok_key (run, gram[j]) == '\0')
                continue;
              if (longer->len > 0)
                g_string_append_c (longer, ' ');
              g_string_append (longer, _sitrep_suggest_tok_key (run, gram[j]));
            }
          *hash = g_str_hash (longer->str);
          return longer->str;
        }
      if (len > 0)
        buf[len++] = ' ';
      _sitrep_suggest_copy_few (buf + len, part, part_len);
      len += part_len;
    }
  buf[len] = '\0';
  *hash = h;
  return buf;
}

/* gram_key ()'s hash alone, in @hash: FALSE when the key would not fit
 * @size bytes (gram_key () then makes it in a GString). */
static gboolean
gram_hash (SuggestRun  *run,
           const guint *gram,
           guint        n,
           gsize        size,
           guint32     *hash)
{
  gsize len = 0;
  guint32 h = 5381;

  for (guint k = 0; k < n; k++)
    {
      const SuggestWord *w;

      if (n > 1 && _sitrep_suggest_is_article (run, gram[k]))
        continue;
      if (*_sitrep_suggest_tok_key (run, gram[k]) == '\0')
        continue;
      w = run->words[gram[k]];
      h = (len > 0 ? h * 33 + ' ' : h) * w->key_pow + (w->key_hash - 5381 * w->key_pow);
      if (len + w->key_len + 2 > size)
        return FALSE;
      len += (len > 0) + w->key_len;
    }
  *hash = h;
  return TRUE;
}

/* A run of words by its words (their key is a function of them: see
 * gram_key ()), in the reading it was seen in. */
struct _SuggestGramSeen
{
  const SuggestWord *words[MAX_CONTEXT_WORDS];
  guint64            reading;
};

static guint
gram_slot (const SuggestWord * const *words,
           guint                      mask)
{
  guint64 h = 0;

  for (guint k = 0; k < MAX_CONTEXT_WORDS; k++)
    h = (h ^ (guint64) (guintptr) words[k]) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return (guint) (h >> 32) & mask;
}

/* Whether the run of @words (NULL after its last) was seen before in
 * @reading; remembered when not. */
static gboolean
gram_seen (SuggestRun               *run,
           const SuggestWord * const *words,
           guint64                   reading)
{
  struct _SuggestGramSeen *slot;
  guint at;

  if (run->grams_reading != reading)
    {
      run->grams_reading = reading;
      run->grams_n = 0;
    }
  if (run->grams == NULL || (run->grams_n + 1) * 2 > run->grams_mask + 1)
    {
      struct _SuggestGramSeen *old = run->grams;
      guint old_size = old != NULL ? run->grams_mask + 1 : 0;

      run->grams_mask = old != NULL ? 2 * old_size - 1 : 255;
      run->grams = g_new0 (struct _SuggestGramSeen, run->grams_mask + 1);
      for (guint k = 0; k < old_size; k++)
        {
          if (old[k].reading != reading)
            continue;
          for (at = gram_slot (old[k].words, run->grams_mask); run->grams[at].reading == reading;
               at = (at + 1) & run->grams_mask)
            ;
          run->grams[at] = old[k];
        }
      g_free (old);
    }
  for (at = gram_slot (words, run->grams_mask); (slot = &run->grams[at])->reading == reading;
       at = (at + 1) & run->grams_mask)
    {
      if (slot->words[0] == words[0] && slot->words[1] == words[1] && slot->words[2] == words[2] &&
          slot->words[3] == words[3])
        return TRUE;
    }
  memcpy (slot->words, words, sizeof slot->words);
  slot->reading = reading;
  run->grams_n++;
  return FALSE;
}

/* The gazetteer's context of tokens @from … @to - 1, read from the
 * suggester's tokens and keys rather than from the text again: runs of up
 * to four words from a capitalised one to a capitalised one. */
static void
read_context (SuggestRun       *run,
              GazetteerContext *context,
              guint             from,
              guint             to)
{
  g_autoptr(GString) longer = NULL;
  char buf[256];
  guint lo = 0, hi = run->n_caps;
  /* This reading, told from every other of any suggester: a word whose
   * key it has added alone is not added again (the context would find
   * it there and do nothing). */
  static gsize readings;
  guint64 reading = (guint64) g_atomic_pointer_add (&readings, 1) + 1;

  /* Runs start at a capitalised word: run->caps, from the first at @from. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (run->caps[mid] < from)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint c = lo; c < run->n_caps && run->caps[c] < to; c++)
    {
      guint i = run->caps[c];
      guint gram[MAX_CONTEXT_WORDS];
      guint n = 0;
      for (guint j = i; j < to && n < MAX_CONTEXT_WORDS; j++)
        {
          const SuggestToken *t = tok (run, j);

          if (j > i && breaks_run (run, j))
            break;
          if (!(t->flags & (TOK_WORD | TOK_NUMBER)))
            continue;
          gram[n++] = j;
          if (!(t->flags & TOK_CAP) || (n == 1 && is_context_stop_word (run, j)))
            continue;
          /* One word: its key and what the gazetteer finds of it are the
           * word table's, kept from text to text. */
          if (n == 1 && run->words[gram[0]] != NULL)
            {
              SuggestWord *w = run->words[gram[0]];

              if (w->context_read != reading)
                {
                  w->context_read = reading;
                  /* A word whose place is known to have no point, and
                   * whose key the context is never asked for, is left out
                   * (see _sitrep_gazetteer_context_skips ()) without a call. */
                  if (w->context_place.known && w->context_place.hashed && !w->context_place.has_point &&
                      _sitrep_gazetteer_context_skips (run->gazetteer, w->context_place.hash))
                    continue;
                  _sitrep_gazetteer_context_add_kept (run->gazetteer, context, _sitrep_suggest_tok_key (run, gram[0]),
                                                      TRUE, &w->context_place);
                }
            }
          else
            {
              const char *key;
              GazetteerKeyPlace place = { 0 };
              const SuggestWord *words[MAX_CONTEXT_WORDS] = { NULL };
              gboolean known_words = n > 1;

              /* A run of the same words as one this reading added has
               * the same key: the context would find it and do nothing. */
              for (guint k = 0; k < n && known_words; k++)
                known_words = (words[k] = run->words[gram[k]]) != NULL;
              if (known_words && gram_seen (run, words, reading))
                continue;
              /* Most runs: no bundled place's key, and none the context
               * is asked for (see _sitrep_gazetteer_context_skips ()),
               * told by their hash alone, their key not made. */
              if (known_words && gram_hash (run, gram, n, sizeof buf, &place.hash) &&
                  !_sitrep_suggest_key_filter_has (_sitrep_suggest_bundled_key_filter (), place.hash) &&
                  _sitrep_gazetteer_context_skips (run->gazetteer, place.hash))
                continue;
              if (longer == NULL)
                longer = g_string_new (NULL);
              key = gram_key (run, gram, n, buf, sizeof buf, longer, &place.hash);
              /* Hashed here, as the context would: a key no bundled
               * place has (most runs of words) is known to have no point
               * without asking the bundled places. The project's are
               * still asked when they may hold it. */
              place.hashed = TRUE;
              if (!_sitrep_suggest_key_filter_has (_sitrep_suggest_bundled_key_filter (), place.hash))
                place.known = TRUE;
              _sitrep_gazetteer_context_add_kept (run->gazetteer, context, key, FALSE, &place);
            }
        }
    }
}

/* What the text around byte @at names. A long text is read in stretches
 * of CONTEXT_WINDOW bytes: a place is ranked against its own stretch and
 * one either side, read once for all the places of the stretch; a short
 * text is read once, whole. */
gsize
_sitrep_suggest_context_chunk (const SuggestRun *run,
                               gsize             at)
{
  return run->text_len > 3 * CONTEXT_WINDOW ? at / CONTEXT_WINDOW + 1 : 0;
}

GazetteerContext *
_sitrep_suggest_context_at (SuggestRun *run,
                            gsize       at)
{
  gsize chunk = _sitrep_suggest_context_chunk (run, at);

  if (!run->context_read || run->context_chunk != chunk)
    {
      guint from = 0, to = run->tokens->len;

      /* The suggester's context, kept from text to text, emptied. */
      if (run->context == NULL)
        run->context = _sitrep_gazetteer_context_new ();
      else
        _sitrep_gazetteer_context_clear (run->context);
      if (chunk > 0)
        {
          from = _sitrep_suggest_token_from (run, chunk >= 2 ? (chunk - 2) * CONTEXT_WINDOW : 0);
          to = _sitrep_suggest_token_from (run, (chunk + 1) * CONTEXT_WINDOW);
        }
      read_context (run, run->context, from, to);
      run->context_chunk = chunk;
      run->context_read = TRUE;
    }
  return run->context;
}

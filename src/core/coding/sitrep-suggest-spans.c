/* sitrep-suggest-spans.c — the keys of tokens and spans, their hashes, and filters of a table's keys by their hash
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-normalize.h"
#include "sitrep-suggest-spans.h"

const char *
_sitrep_suggest_tok_key_slow (SuggestRun *run,
                              guint       i)
{
  SuggestWord *w = run->words[i];

  /* Marks, and words too long for a name, have none. */
  if (w == NULL)
    return "";
  if (w->key == NULL)
    {
      guint32 h = 5381, pow = 1;

      w->key = sitrep_normalize_name (w->text);
      /* g_str_hash (): djb2 over signed chars (sitrep-suggest-spans.c). */
      for (const signed char *c = (const signed char *) w->key; *c != '\0'; c++)
        h = h * 33 + (guint32) *c, pow *= 33;
      w->key_hash = h;
      w->key_pow = pow;
      w->key_len = strlen (w->key);
    }
  return w->key;
}

/* Writes the key of tokens @first … @last into @buf when it fits (with
 * its NUL, in @size bytes); returns its length either way. */
static gsize
span_key_write (SuggestRun *run,
                guint       first,
                guint       last,
                char       *buf,
                gsize       size)
{
  guint n_words = 0, n_articles = 0;
  gsize len = 0;

  /* One pass, articles left out; again with them in the rare span whose
   * every word is an article. */
  for (gboolean all = FALSE; ; all = TRUE)
    {
      len = 0;
      for (guint i = first; i <= last; i++)
        {
          guint flags = tok (run, i)->flags;
          const char *k;
          gsize klen;

          if (!(flags & (TOK_WORD | TOK_NUMBER)))
            continue;
          if (!all && (flags & TOK_WORD))
            {
              n_words++;
              if (_sitrep_suggest_is_article (run, i))
                {
                  n_articles++;
                  continue;
                }
            }
          /* A word or number of fewer than 256 bytes has a word, whose key's length is kept. */
          k = _sitrep_suggest_tok_key (run, i);
          if (*k == '\0')
            continue;
          klen = run->words[i]->key_len;
          if (len > 0)
            {
              if (len < size)
                buf[len] = ' ';
              len++;
            }
          if (len + klen < size)
            _sitrep_suggest_copy_few (buf + len, k, klen);
          len += klen;
        }
      if (all || n_articles == 0 || n_words > n_articles)
        break;
    }
  if (len < size)
    buf[len] = '\0';
  return len;
}

/* The key of tokens @first … @last (more than one) written whole: in the
 * run's arena when @kept, else in memory the caller frees. */
static char *
span_key_new (SuggestRun *run,
              guint       first,
              guint       last,
              gboolean    kept)
{
  char buf[256];
  gsize len = span_key_write (run, first, last, buf, sizeof buf);
  char *key;

  if (len < sizeof buf)
    return kept ? _sitrep_suggest_strndup (run, buf, len) : g_strndup (buf, len);
  key = kept ? _sitrep_suggest_arena_take (run->arena, len + 1, 1) : g_malloc (len + 1);
  span_key_write (run, first, last, key, len + 1);
  return key;
}

char *
_sitrep_suggest_span_key (SuggestRun *run,
                          guint       first,
                          guint       last)
{
  /* One word: its own key, article or not. */
  if (first == last)
    return g_strdup (_sitrep_suggest_tok_key (run, first));
  return span_key_new (run, first, last, FALSE);
}

const char *
_sitrep_suggest_span_key_kept (SuggestRun *run,
                               guint       first,
                               guint       last)
{
  /* One word: its word's key, kept while the run lasts. */
  if (first == last)
    return _sitrep_suggest_tok_key (run, first);
  return span_key_new (run, first, last, TRUE);
}

const char *
_sitrep_suggest_span_key_tmp (SuggestRun *run,
                              guint       first,
                              guint       last)
{
  gsize len;

  if (first == last)
    return _sitrep_suggest_tok_key (run, first);
  len = span_key_write (run, first, last, run->scratch, run->scratch_size);
  if (len >= run->scratch_size)
    {
      run->scratch_size = MAX (len + 1, 256);
      run->scratch = g_realloc (run->scratch, run->scratch_size);
      span_key_write (run, first, last, run->scratch, run->scratch_size);
    }
  return run->scratch;
}

SuggestKeyFilter *
_sitrep_suggest_key_filter_new (GHashTable *table)
{
  guint n = g_hash_table_size (table);
  guint log2 = 10;
  SuggestKeyFilter *filter;
  GHashTableIter iter;
  const char *key;

  /* About 16 bits a key: one span in 16 that names nothing is asked. */
  while (log2 < 28 && (1u << log2) < n * 16)
    log2++;
  filter = g_malloc0 (sizeof *filter + (((gsize) 1 << log2) / 64) * sizeof (guint64));
  filter->shift = 32 - log2;
  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    {
      guint32 slot = ((guint32) g_str_hash (key) * 0x9e3779b1u) >> filter->shift;

      filter->bits[slot >> 6] |= (guint64) 1 << (slot & 63);
    }
  return filter;
}

static gpointer
build_bundled_filter (gpointer data)
{
  return _sitrep_suggest_key_filter_new (_sitrep_gazetteer_get_bundled ()->by_key);
}

const SuggestKeyFilter *
_sitrep_suggest_bundled_key_filter (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, build_bundled_filter, NULL);
  return once.retval;
}

/* The key span_key_write () writes: the keys of the words and numbers,
 * one space between, the articles left out unless every word is one. Both
 * keys are hashed as the walk goes, with and without the articles, each
 * word's key by its own hash: djb2 of a string and one after it is the
 * first's times 33 to the second's length, plus the second's less 5381
 * times that power. */
void
_sitrep_suggest_span_hashes_walk (SuggestRun  *run,
                                  guint        first,
                                  const guint *ends,
                                  guint        n_ends,
                                  guint32     *hashes)
{
  guint32 h_all = 5381, h_words = 5381;
  gboolean any_all = FALSE, any_words = FALSE;   /* whether a key was written: a space goes before the next */
  gboolean content = FALSE;   /* a word that is no article: the articles are left out */
  guint e = 0;

  for (guint i = first; e < n_ends; i++)
    {
      guint flags = tok (run, i)->flags;

      if (flags & (TOK_WORD | TOK_NUMBER))
        {
          gboolean article = (flags & TOK_WORD) && _sitrep_suggest_is_article (run, i);
          const SuggestWord *w = run->words[i];

          if (w != NULL && *(w->key != NULL ? w->key : _sitrep_suggest_tok_key (run, i)) != '\0')
            {
              guint32 add = w->key_hash - 5381 * w->key_pow;

              h_all = (any_all ? h_all * 33 + ' ' : h_all) * w->key_pow + add;
              any_all = TRUE;
              if (!article)
                {
                  h_words = (any_words ? h_words * 33 + ' ' : h_words) * w->key_pow + add;
                  any_words = TRUE;
                }
            }
          content |= (flags & TOK_WORD) && !article;
        }
      if (i == ends[e])
        hashes[e++] = content ? h_words : h_all;
    }
}

/* sitrep-suggest-lexicon.c — the detectors' word lists as one bit each, every token looked up once
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"

#define LOWER(c) ((c) >= 'A' && (c) <= 'Z' ? (c) + ('a' - 'A') : (c))

/* A word of some list, under its hash; words sharing a hash are chained. */
typedef struct _LexWord LexWord;
struct _LexWord
{
  char    *word;      /* ASCII lower case */
  gsize    len;
  guint64  lists[LEXICON_WORDS];  /* bits of the lists it is in */
  LexWord *next;
};

/* Bits of a filter of the words' hashes: most tokens of a text are in no
 * list, and one bit says so without a hash table look-up. */
#define FILTER_BITS (1u << 16)

/* Where a list's bit is: in word @word of a token's lists. */
typedef struct
{
  const char * const *list;
  guint64             bit;
  guint               word;
} ListBit;

typedef struct _AmongTable AmongTable;

struct _Lexicon
{
  LexiconSlot         at_hand[LEXICON_SLOTS];   /* first: list → bit, the last ones used (of word 0) */
  AmongSlot           among_at_hand[LEXICON_SLOTS];  /* second: short list → its filter (LEXICON_AMONG_HAS) */
  const AmongTable   *among_tables[LEXICON_SLOTS];  /* the same list's words by their hashes */
  const AmongTable   *among_spare[LEXICON_SLOTS];   /* the table of the list last pushed out of the slot */
  ListBit             more_at_hand[LEXICON_SLOTS];  /* the same of lists after the first 64 */
  GHashTable         *bits;       /* list → its ListBit */
  GHashTable         *words;      /* word hash → LexWord */
  GHashTable         *among;      /* short list → its AmongTable (owned) */
  guint64             filter[FILTER_BITS / 64];  /* bit (hash % FILTER_BITS) set for each word */
  guint               n_lists;
};

G_STATIC_ASSERT (G_STRUCT_OFFSET (struct _Lexicon, among_at_hand) == LEXICON_SLOTS * sizeof (LexiconSlot));

/* Every list any suggester has met, so a new suggester knows them all
 * before its first text (the reader makes one per Suggest). The lists are
 * static arrays of the detectors. */
static GMutex known_lists_lock;
static GPtrArray *known_lists;

static void
lex_word_free (gpointer data)
{
  LexWord *w = data;

  while (w != NULL)
    {
      LexWord *next = w->next;

      g_free (w->word);
      g_free (w);
      w = next;
    }
}

static LexWord *lexicon_find (Lexicon    *lexicon,
                              guint32     hash,
                              const char *text,
                              gsize       len);

/* Gives @words the next bit (its slot's list, word and bit); FALSE when
 * every bit is taken. */
static gboolean
lexicon_add (Lexicon            *lexicon,
             const char * const *words,
             ListBit            *slot)
{
  ListBit *bit;

  if (lexicon->n_lists == 64 * LEXICON_WORDS)
    return FALSE;
  bit = g_new (ListBit, 1);
  bit->list = words;
  bit->word = lexicon->n_lists / 64;
  bit->bit = G_GUINT64_CONSTANT (1) << (lexicon->n_lists % 64);
  lexicon->n_lists++;
  g_hash_table_insert (lexicon->bits, (gpointer) words, bit);
  for (guint k = 0; words[k] != NULL; k++)
    {
      gsize len = strlen (words[k]);
      guint32 hash;
      LexWord *w;

      if (len > MAX_LISTED_WORD)
        continue;
      hash = _sitrep_suggest_word_hash (words[k], len);
      w = lexicon_find (lexicon, hash, words[k], len);
      if (w == NULL)
        {
          w = g_new0 (LexWord, 1);
          w->word = g_ascii_strdown (words[k], len);
          w->len = len;
          g_hash_table_steal_extended (lexicon->words, GUINT_TO_POINTER (hash), NULL, (gpointer *) &w->next);
          g_hash_table_insert (lexicon->words, GUINT_TO_POINTER (hash), w);
          lexicon->filter[(hash % FILTER_BITS) / 64] |= G_GUINT64_CONSTANT (1) << (hash % 64);
        }
      w->lists[bit->word] |= bit->bit;
    }
  *slot = *bit;
  return TRUE;
}

Lexicon *
_sitrep_suggest_lexicon_new (void)
{
  Lexicon *lexicon = g_new0 (Lexicon, 1);

  lexicon->bits = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  lexicon->words = g_hash_table_new_full (NULL, NULL, NULL, lex_word_free);
  lexicon->among = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_mutex_lock (&known_lists_lock);
  for (guint i = 0; known_lists != NULL && i < known_lists->len; i++)
    {
      ListBit unused;

      lexicon_add (lexicon, known_lists->pdata[i], &unused);
    }
  g_mutex_unlock (&known_lists_lock);
  return lexicon;
}

void
_sitrep_suggest_lexicon_free (Lexicon *lexicon)
{
  g_hash_table_unref (lexicon->bits);
  g_hash_table_unref (lexicon->words);
  g_hash_table_unref (lexicon->among);
  g_free (lexicon);
}

static LexWord *
lexicon_find (Lexicon    *lexicon,
              guint32     hash,
              const char *text,
              gsize       len)
{
  if (!(lexicon->filter[(hash % FILTER_BITS) / 64] & (G_GUINT64_CONSTANT (1) << (hash % 64))))
    return NULL;
  for (LexWord *w = g_hash_table_lookup (lexicon->words, GUINT_TO_POINTER (hash)); w != NULL; w = w->next)
    {
      if (w->len == len && _sitrep_suggest_ascii_caseeq (w->word, text, len))
        return w;
    }
  return NULL;
}

/* ---------------------------------------------------------------- words */

/* Open addressing, by the word's hash; a word's bytes compared as written. */
struct _SuggestWords
{
  SuggestWord **slots;
  guint         mask;     /* slots - 1, a power of two less one */
  guint         shift;    /* 32 - log2 (slots) */
  guint         n;
};

/* The first slot of @hash: its high bits after a multiply, so that words
 * whose hashes differ only high up do not crowd the same slots. */
#define WORDS_SLOT(words, hash) ((guint) (((guint32) (hash) * 0x9E3779B1u) >> (words)->shift))

SuggestWords *
_sitrep_suggest_words_new (void)
{
  SuggestWords *words = g_new0 (SuggestWords, 1);

  words->mask = 4096 - 1;
  words->shift = 32 - 12;
  words->slots = g_new0 (SuggestWord *, words->mask + 1);
  return words;
}

static void
words_clear (SuggestWords *words)
{
  for (guint k = 0; k <= words->mask; k++)
    {
      if (words->slots[k] != NULL)
        {
          g_free (words->slots[k]->key);
          g_clear_pointer (&words->slots[k], g_free);
        }
    }
  words->n = 0;
}

void
_sitrep_suggest_words_free (SuggestWords *words)
{
  words_clear (words);
  g_free (words->slots);
  g_free (words);
}

/* TRUE when @words were emptied: their SuggestWords are gone. */
gboolean
_sitrep_suggest_words_trim (SuggestWords *words,
                            guint         max)
{
  if (words->n <= max)
    return FALSE;
  words_clear (words);
  return TRUE;
}

static void
words_grow (SuggestWords *words)
{
  SuggestWord **old = words->slots;
  guint old_mask = words->mask;

  words->mask = (old_mask + 1) * 2 - 1;
  words->shift--;
  words->slots = g_new0 (SuggestWord *, words->mask + 1);
  for (guint k = 0; k <= old_mask; k++)
    {
      guint at;

      if (old[k] == NULL)
        continue;
      for (at = WORDS_SLOT (words, old[k]->hash); words->slots[at] != NULL; at = (at + 1) & words->mask)
        ;
      words->slots[at] = old[k];
    }
  g_free (old);
}

/* Whether @len bytes at @a and @b are the same: eight, four, two bytes at
 * a time (the last ones read again where a shorter tail would be), not
 * byte by byte; a text's words are found here once per token. */
static inline gboolean
bytes_equal (const char *a,
             const char *b,
             gsize       len)
{
  guint64 x8, y8;
  guint32 x4, y4;
  guint16 x2, y2;

  for (; len >= 8; a += 8, b += 8, len -= 8)
    {
      memcpy (&x8, a, 8);
      memcpy (&y8, b, 8);
      if (x8 != y8)
        return FALSE;
    }
  if (len >= 4)
    {
      /* 4 to 7 bytes: the first four and the last four. */
      memcpy (&x4, a, 4);
      memcpy (&y4, b, 4);
      if (x4 != y4)
        return FALSE;
      memcpy (&x4, a + len - 4, 4);
      memcpy (&y4, b + len - 4, 4);
      return x4 == y4;
    }
  if (len >= 2)
    {
      memcpy (&x2, a, 2);
      memcpy (&y2, b, 2);
      if (x2 != y2)
        return FALSE;
      memcpy (&x2, a + len - 2, 2);
      memcpy (&y2, b + len - 2, 2);
      return x2 == y2;
    }
  return len == 0 || *a == *b;
}

/* The word of @len bytes at @text under @hash, added when new. */
static SuggestWord *
words_get (SuggestWords *words,
           guint32       hash,
           const char   *text,
           gsize         len)
{
  guint at;
  SuggestWord *w;

  for (at = WORDS_SLOT (words, hash); words->slots[at] != NULL; at = (at + 1) & words->mask)
    {
      w = words->slots[at];
      if (w->hash == hash && w->len == len && bytes_equal (w->text, text, len))
        return w;
    }
  w = g_malloc (sizeof (SuggestWord) + len + 1);
  w->key = NULL;
  memset (w->lists, 0, sizeof w->lists);
  w->n_lists = G_MAXUINT;
  w->hash = hash;
  w->facts = 0;
  w->answers = 0;
  w->len = len;
  w->context_place = (GazetteerKeyPlace) { 0 };
  w->context_read = 0;
  memcpy (w->text, text, len);
  w->text[len] = '\0';
  words->slots[at] = w;
  /* At most half full. */
  if (++words->n * 2 > words->mask + 1)
    words_grow (words);
  return w;
}

/* The OR of each SUGGEST_BLOCK tokens' lists and flags (the last block
 * may be short). */
static void
blocks_mark (const SuggestRun *run)
{
  guint n_tokens = run->n_tokens;
  const guint64 *lists = run->lists;
  const SuggestToken *toks = run->toks;

  /* A run made by hand (the tests') may have none. */
  if (run->block_lists == NULL)
    return;
  for (guint b = 0; b < SUGGEST_BLOCKS (n_tokens); b++)
    {
      guint from = b * SUGGEST_BLOCK, to = MIN (from + SUGGEST_BLOCK, n_tokens);
      guint64 bits = 0;
      guint16 flags = 0;

      for (guint i = from; i < to; i++)
        {
          bits |= lists[i];
          flags |= toks[i].flags;
        }
      run->block_lists[b] = bits;
      run->block_flags[b] = flags;
    }
}

/* Every token's word and its lists: one look-up per word of the text,
 * its lists looked up once per suggester (again when lists were added);
 * each SUGGEST_BLOCK tokens' OR of lists and flags as they go (what
 * blocks_mark () gives). The run's arrays and counts are read into locals
 * first: a store through one of them may alias the run's fields, which
 * the compiler would otherwise read again at every token. */
void
_sitrep_suggest_words_mark (SuggestWords *words,
                            SuggestRun   *run)
{
  Lexicon *lexicon = run->lexicon;
  const SuggestToken *toks = run->toks;
  const char *text = run->text;
  SuggestWord **out_words = run->words;
  guint64 *out_lists = run->lists;
  guint64 *block_lists = run->block_lists;
  guint16 *block_flags = run->block_flags;
  guint *caps = run->caps, *arabic = run->arabic;
  guint n_tokens = run->n_tokens, n_lists = lexicon->n_lists;
  guint n_caps = 0, n_arabic = 0;

  for (guint b = 0; b < SUGGEST_BLOCKS (n_tokens); b++)
    {
      guint to = MIN ((b + 1) * SUGGEST_BLOCK, n_tokens);
      guint64 bits = 0;
      guint16 flags = 0;

      for (guint i = b * SUGGEST_BLOCK; i < to; i++)
        {
          const SuggestToken *t = &toks[i];
          gsize len = t->end - t->start;
          SuggestWord *w;

          flags |= t->flags;
          /* Marks first: about half the tokens, none capitalised. */
          if (!(t->flags & (TOK_WORD | TOK_NUMBER)))
            {
              out_words[i] = NULL;
              out_lists[i] = 0;
              continue;
            }
          /* An Arabic word is capitalised too (TOK_CAP). */
          if ((t->flags & (TOK_WORD | TOK_CAP)) == (TOK_WORD | TOK_CAP))
            {
              caps[n_caps++] = i;
              if (t->flags & TOK_ARABIC)
                arabic[n_arabic++] = i;
            }
          /* tok_key()'s limit: a longer token has the key "". */
          if (len >= 256)
            {
              out_words[i] = NULL;
              out_lists[i] = 0;
              continue;
            }
          w = words_get (words, t->lhash != 0 ? t->lhash : _sitrep_suggest_word_hash (text + t->start, len),
                         text + t->start, len);
          if (w->n_lists != n_lists)
            {
              const LexWord *found = t->lhash != 0 ? lexicon_find (lexicon, t->lhash, text + t->start, len) : NULL;

              for (guint k = 0; k < LEXICON_WORDS; k++)
                w->lists[k] = found != NULL ? found->lists[k] : 0;
              w->n_lists = n_lists;
            }
          out_words[i] = w;
          out_lists[i] = w->lists[0];
          bits |= w->lists[0];
        }
      /* A run made by hand (the tests') may have no blocks. */
      if (block_lists != NULL)
        {
          block_lists[b] = bits;
          block_flags[b] = flags;
        }
    }
  run->n_caps = n_caps;
  run->n_arabic = n_arabic;
}

/* A list was added while @run reads its text: its tokens' lists again
 * (their words' lists are out of date), as _sitrep_suggest_words_mark()
 * would have set them. */
static void
words_remark (const SuggestRun *run)
{
  Lexicon *lexicon = run->lexicon;

  for (guint i = 0; i < run->n_tokens; i++)
    {
      const SuggestToken *t = &run->toks[i];
      SuggestWord *w = run->words[i];

      if (w == NULL)
        continue;
      if (w->n_lists != lexicon->n_lists)
        {
          const LexWord *found = t->lhash != 0 ? lexicon_find (lexicon, t->lhash, run->text + t->start, t->end - t->start) : NULL;

          for (guint k = 0; k < LEXICON_WORDS; k++)
            w->lists[k] = found != NULL ? found->lists[k] : 0;
          w->n_lists = lexicon->n_lists;
        }
      run->lists[i] = w->lists[0];
    }
  blocks_mark (run);
}

/* The word and bit of @words, given them the first time (and every later
 * suggester with them); FALSE when every bit is taken. */
static gboolean
lexicon_bit (const SuggestRun   *run,
             const char * const *words,
             ListBit            *bit)
{
  Lexicon *lexicon = run->lexicon;
  guint slot = LEXICON_SLOT (words);
  const ListBit *found;

  if (lexicon->at_hand[slot].list == words)
    {
      *bit = (ListBit) { words, lexicon->at_hand[slot].bit, 0 };
      return TRUE;
    }
  if (lexicon->more_at_hand[slot].list == words)
    {
      *bit = lexicon->more_at_hand[slot];
      return TRUE;
    }
  found = g_hash_table_lookup (lexicon->bits, words);
  if (found != NULL)
    *bit = *found;
  else
    {
      if (!lexicon_add (lexicon, words, bit))
        return FALSE;
      /* The text's tokens learn it too: a list at hand is always marked. */
      words_remark (run);
      g_mutex_lock (&known_lists_lock);
      if (known_lists == NULL)
        known_lists = g_ptr_array_new ();
      if (!g_ptr_array_find (known_lists, words, NULL))
        g_ptr_array_add (known_lists, (gpointer) words);
      g_mutex_unlock (&known_lists_lock);
    }
  /* Only lists of run->lists are at hand for _sitrep_suggest_tok_in()'s
   * one AND; the others for _sitrep_suggest_tok_in_slow()'s. A list whose
   * slot another list of run->lists holds waits there too, rather than
   * pushing it out: two lists sharing a slot would otherwise each take a
   * hash look-up at every test. */
  if (bit->word == 0 && (lexicon->at_hand[slot].list == NULL || lexicon->at_hand[slot].list == words))
    lexicon->at_hand[slot] = (LexiconSlot) { words, bit->bit };
  else
    lexicon->more_at_hand[slot] = *bit;
  return TRUE;
}

guint64
_sitrep_suggest_list_bit (const SuggestRun   *run,
                          const char * const *words)
{
  ListBit bit;

  return lexicon_bit (run, words, &bit) && bit.word == 0 ? bit.bit : 0;
}

gboolean
_sitrep_suggest_tok_in_slow (const SuggestRun   *run,
                             guint               i,
                             const char * const *words)
{
  const SuggestToken *t;
  char first;

  if (i >= run->tokens->len)
    return FALSE;
  t = tok (run, i);
  if (!(t->flags & TOK_WORD) || t->lhash == 0)
    return FALSE;
  /* One AND rather than a pass over the list: a list met first in this
   * text is marked in its tokens then. */
  {
    ListBit bit;

    if (lexicon_bit (run, words, &bit))
      return bit.word == 0 ? (run->lists[i] & bit.bit) != 0
                           : run->words[i] != NULL && (run->words[i]->lists[bit.word] & bit.bit) != 0;
  }
  first = LOWER (run->text[t->start]);
  for (guint k = 0; words[k] != NULL; k++)
    {
      if (LOWER (words[k][0]) == first && _sitrep_suggest_tok_is (run, i, words[k]))
        return TRUE;
    }
  return FALSE;
}

/* A short list's words by their hashes (_sitrep_suggest_word_hash ()):
 * open addressing, at least twice the slots of the words; a slot's index
 * is its word's in the list plus one, 0 when empty. Its filter's bits
 * (AmongSlot.bits), worked out once: a list that shares its slot at hand
 * with another is put back there often (≈ 3,600 times a MB). */
struct _AmongTable
{
  const char * const *list;
  guint32 mask;
  guint32 pad;
  guint64 bits[4];
  struct
  {
    guint32 hash;
    guint32 index;
  } slots[];
};

#define AMONG_SLOT(hash, mask) ((((guint32) (hash) * 0x9E3779B1u) >> 16) & (mask))

const AmongSlot *
_sitrep_suggest_among_filter (const SuggestRun   *run,
                              const char * const *words)
{
  guint at = LEXICON_SLOT (words);
  AmongSlot *slot = &run->lexicon->among_at_hand[at];
  const AmongTable *spare = run->lexicon->among_spare[at];
  /* Two lists that share a slot push each other out, asked in turn: the
   * one pushed out last is at hand without a look-up. */
  AmongTable *table = spare != NULL && spare->list == words ? (AmongTable *) spare : g_hash_table_lookup (run->lexicon->among, words);

  /* A token's hash folds ASCII letters as _sitrep_suggest_word_hash()
   * does, so a token that is a word of the list has that word's hash, and
   * that word's bit. The table is made once per lexicon, and kept while
   * the lexicon lives (another list may take the slot, and this one take
   * it back). */
  if (table == NULL)
    {
      guint n = g_strv_length ((char **) words), size = 8;

      while (size < 2 * n)
        size *= 2;
      table = g_malloc0 (sizeof (AmongTable) + size * sizeof table->slots[0]);
      table->mask = size - 1;
      table->list = words;
      for (guint k = 0; k < n; k++)
        {
          guint32 hash = _sitrep_suggest_word_hash (words[k], strlen (words[k]));
          guint32 i = AMONG_SLOT (hash, table->mask);

          while (table->slots[i].index != 0)
            i = (i + 1) & table->mask;
          table->slots[i].hash = hash;
          table->slots[i].index = k + 1;
        }
      for (guint i = 0; i <= table->mask; i++)
        {
          if (table->slots[i].index != 0)
            table->bits[LEXICON_AMONG_WORD (table->slots[i].hash)] |= LEXICON_AMONG_BIT (table->slots[i].hash);
        }
      g_hash_table_insert (run->lexicon->among, (gpointer) words, table);
    }
  if (slot->list != NULL && slot->list != words)
    run->lexicon->among_spare[at] = run->lexicon->among_tables[at];
  slot->list = words;
  memcpy (slot->bits, table->bits, sizeof slot->bits);
  run->lexicon->among_tables[at] = table;
  return slot;
}

gboolean
_sitrep_suggest_tok_among_slow (const SuggestRun   *run,
                                guint               i,
                                const char * const *words)
{
  const SuggestToken *t = tok (run, i);
  gsize len = t->end - t->start;
  const char *p = run->text + t->start;
  guint32 hash;
  guint at;
  const AmongSlot *slot;
  const AmongTable *table;

  /* No lexicon (a test's run): word by word. No strlen: a shorter word
   * differs at its end, and a word as long as the token ends right after
   * it. */
  if (run->lexicon == NULL)
    {
      for (guint k = 0; words[k] != NULL; k++)
        {
          if (_sitrep_suggest_ascii_caseeq (p, words[k], len) && words[k][len] == '\0')
            return TRUE;
        }
      return FALSE;
    }
  /* A token is compared only with the words of its hash (a word the token
   * is has its hash), once past the list's filter. A token without one (a
   * number, a mark, a long word) is hashed here. */
  hash = t->lhash != 0 ? t->lhash : _sitrep_suggest_word_hash (p, len);
  at = LEXICON_SLOT (words);
  slot = &run->lexicon->among_at_hand[at];
  if (slot->list != words)
    slot = _sitrep_suggest_among_filter (run, words);
  if (!LEXICON_AMONG_HAS (slot, hash))
    return FALSE;
  table = run->lexicon->among_tables[at];
  for (guint32 k = AMONG_SLOT (hash, table->mask); table->slots[k].index != 0; k = (k + 1) & table->mask)
    {
      const char *word = words[table->slots[k].index - 1];

      if (table->slots[k].hash == hash && _sitrep_suggest_ascii_caseeq (p, word, len) && word[len] == '\0')
        return TRUE;
    }
  return FALSE;
}

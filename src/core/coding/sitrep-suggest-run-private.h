/* sitrep-suggest-run-private.h — a run of the suggester: its tokens, their
 * words and word lists, and the helpers every detector asks of a token
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <string.h>

#include "sitrep-gazetteer.h"
#include "sitrep-gazetteer-private.h"
#include "sitrep-suggest.h"

G_BEGIN_DECLS

enum
{
  TOK_WORD    = 1 << 0,   /* letters (and digits inside) */
  TOK_NUMBER  = 1 << 1,   /* digits of any script, with separators: "3,000", "٢٠" */
  TOK_CAP     = 1 << 2,   /* starts with a capital, or is Arabic script */
  TOK_PUNCT   = 1 << 3,   /* one mark that is neither letter, digit nor space */
  TOK_ARABIC  = 1 << 4,
  TOK_HYPHEN  = 1 << 5,   /* "-" */
  TOK_MIXED   = 1 << 6,   /* a word with a byte of another script or an apostrophe,
                             or a capitalised one ending in a digit ("June16") */
};

typedef struct
{
  guint32 start;      /* bytes */
  guint32 end;
  guint32 cp_start;   /* code points */
  guint32 cp_end;
  guint32 sentence;
  guint32 paragraph;
  guint16 flags;
  guint16 space_before; /* whitespace between this token and the one before */
  guint32 lhash;        /* of a word of at most MAX_LISTED_WORD bytes, ASCII case folded; else 0 */
} SuggestToken;

/* Words in the detectors' word lists are no longer than this. */
#define MAX_LISTED_WORD 24

/* An entity name the suggester knows: the project's, or the bundled list's. */
typedef struct
{
  gint64  entity_id;    /* 0: bundled */
  char   *name;         /* canonical */
  char   *kind;         /* "actor", "person", "place" */
  char   *actor_type;
  char   *written;      /* bundled: the form of the list that gave the key, or NULL */
} KnownName;

/* A place resolution accepted earlier in the project. */
typedef struct
{
  double  latitude;
  double  longitude;
  gint64  geonameid;
} LearnedPlace;

/* The word lists the detectors test tokens against: each list gets a bit,
 * and every word of any list the lists it is in, so a token is looked up
 * once per text and a test of a list is one AND (sitrep-suggest.c). The
 * first 64 lists met are the bits of run->lists, at hand in LEXICON_SLOTS
 * slots by their address; the next ones (LEXICON_WORDS words of bits in
 * all) are bits of each token's word, asked through
 * _sitrep_suggest_tok_in_slow(). The slots are many more than the lists:
 * two lists whose addresses share a slot push each other out, and each
 * then takes the slow way (a hash table look-up) at every test. */
#define LEXICON_LISTS 64
#define LEXICON_SLOTS 4096
#define LEXICON_WORDS 2
typedef struct
{
  const char * const *list;
  guint64             bit;
} LexiconSlot;
/* A Lexicon starts with its LEXICON_SLOTS slots of lists at hand; a list's
 * slot is its address in pointers, modulo their number (two shifts less at
 * every test than mixing in higher bits; lists laid out one after another
 * in a file take slots one after another). */
typedef struct _Lexicon Lexicon;
#define LEXICON_SLOT(list) (((guintptr) (list) >> 3) % LEXICON_SLOTS)
/* Its next LEXICON_SLOTS slots hold, for a short list asked through
 * _sitrep_suggest_tok_among(), a filter of its words' hashes: one bit of
 * 256 per word (AmongSlot.bits, the bit of a hash's top 8 bits), so a word
 * token whose hash's bit is not set is none of them without a compare
 * (with 64 bits, common words passed many lists' filters: two in three
 * tokens past one were no word of it). */
typedef struct
{
  const char * const *list;
  guint64             bits[4];
} AmongSlot;
#define LEXICON_AMONG_WORD(hash) ((guint32) (hash) >> 30)
#define LEXICON_AMONG_BIT(hash) (G_GUINT64_CONSTANT (1) << (((guint32) (hash) >> 24) & 63))
#define LEXICON_AMONG_HAS(slot, hash) (((slot)->bits[LEXICON_AMONG_WORD (hash)] & LEXICON_AMONG_BIT (hash)) != 0)

/* A word (or number) as written, once per suggester: what the detectors
 * ask of every token that is the same wherever it is (its key, its word
 * lists, whether it is a month …) is worked out the first time it is
 * asked and kept here (sitrep-suggest-lexicon.c). */
typedef struct
{
  char     *key;        /* sitrep_normalize_name() of it, NULL until asked */
  guint32   key_hash;   /* with key: its g_str_hash (), and 33 to the power of its length */
  guint32   key_pow;
  guint32   key_len;    /* with key: its strlen () */
  guint64   lists[LEXICON_WORDS];  /* the bits of the word lists it is in … */
  guint     n_lists;    /* … as of this many lists */
  guint32   hash;
  guint16   facts;      /* WORD_FACT_*: known … */
  guint16   answers;    /* … and their answers */
  guint32   len;
  GazetteerKeyPlace context_place;  /* what the gazetteer's context finds of its key alone */
  guint64   context_read;  /* the last reading of a context that added its key alone (0: none) */
  char      text[];     /* its bytes, NUL-terminated */
} SuggestWord;

/* Facts of a word asked at many tokens: each is a pure function of the
 * word's bytes (and the suggester's fixed tables). */
enum
{
  WORD_FACT_MONTH       = 1 << 0,   /* _sitrep_suggest_is_month() */
  WORD_FACT_PLACE_FIRST = 1 << 1,   /* its key starts a bundled place's name */
  WORD_FACT_NO_NAME     = 1 << 2,   /* its key (one word) is no word of a known name's key */
  WORD_FACT_NO_ACRONYM  = 1 << 3,   /* "=" and it is no known name */
  WORD_FACT_STOP_WORD   = 1 << 4,   /* the gazetteer's context leaves it out */
  WORD_FACT_WORLD_FIRST = 1 << 5,   /* its key starts a world place's name */
  WORD_FACT_REGION      = 1 << 6,   /* its key alone names a bundled region */
  WORD_FACT_ACTOR_CUE   = 1 << 7,   /* a small word sitrep-suggest-actors-cues.c reads around names */
  WORD_FACT_ACTOR_NOUN  = 1 << 8,   /* a noun of armed men or of a medium after a name (same file) */
  WORD_FACT_NAME_PARTICLE = 1 << 9, /* "al", "bin", "abu" … inside a person's name (same file) */
  WORD_FACT_GIVEN_NAME  = 1 << 10,  /* a common Arabic given name, or in Arabic script one or a rank (sitrep-suggest-actors-names.c) */
  WORD_FACT_NO_NAME_START = 1 << 11, /* its key (one word) is no first word of a known name's key */
  WORD_FACT_NOT_A_NAME  = 1 << 12,  /* its key alone is no known name's key */
  WORD_FACT_AR_ORG_HEAD = 1 << 13,  /* Arabic, an organisation's or a unit's head noun, a prefix glued or not (sitrep-suggest-actors-arabic.c) */
  WORD_FACT_PLACE_KEY   = 1 << 14,  /* its key alone is a bundled place's key */
};

typedef struct _SuggestWords SuggestWords;
typedef struct _SuggestWordRuns SuggestWordRuns;

/* The values of SuggestRun.name_words. */
#define NAME_WORD_INSIDE GINT_TO_POINTER (1)
#define NAME_WORD_FIRST  GINT_TO_POINTER (2)

/* The memory of one run's suggestions (sitrep-suggest-arena.c): each
 * suggestion and every string of it is cut from it, and none is freed
 * alone; the result holds it, and frees it with the suggestions. */
typedef struct _SuggestArena SuggestArena;
/* A filter of a table's keys by their hash (sitrep-suggest-spans.h). */
typedef struct _SuggestKeyFilter SuggestKeyFilter;

/* The run's suggestions: pdata[0 … len) in room for cap, grown by doubling
 * (sitrep-suggest-arena.c). Read as a GPtrArray is (out->len, out->pdata[k]);
 * changed only by the _sitrep_suggest_out_* () of sitrep-suggest-private.h. */
typedef struct
{
  SitrepSuggestion **pdata;
  guint              len;
  guint              cap;
} SuggestOut;

typedef struct
{
  const char   *text;
  gsize         text_len;      /* bytes */
  GArray       *tokens;        /* SuggestToken */
  const SuggestToken *toks;    /* tokens->data, and its length: tok () at every token */
  guint         n_tokens;
  Lexicon      *lexicon;       /* owned by the suggester; never NULL */
  guint64      *lists;         /* per token: the bits of the first 64 word lists it is in */
  /* Per SUGGEST_BLOCK tokens from the first: the OR of their lists and
   * of their flags, so that a walk for a few lists passes over a block
   * none of whose tokens is in them at one test (_sitrep_suggest_next_listed ()). */
  guint64      *block_lists;
  guint16      *block_flags;
  /* Per SUGGEST_BYTE_BLOCK bytes of the text from the first: the last
   * token starting at or before the block's first byte (0 when none), so
   * that a byte's token is a few tokens on from it rather than a binary
   * search away; NULL in a run made by hand (the tests'). */
  const guint  *byte_tokens;
  guint         n_byte_blocks;
  /* The first token of each paragraph, in order. */
  const guint  *paragraphs;
  guint         n_paragraphs;
  SuggestWord **words;         /* per token: its word, or NULL (marks, words of 256 bytes or more) */
  /* The tokens the detectors that start at a capitalised word (TOK_WORD
   * and TOK_CAP: every Arabic word too) or at an Arabic one walk, in
   * order: set with words and lists. */
  guint        *caps;
  guint         n_caps;
  guint        *arabic;
  guint         n_arabic;
  /* Per token, _sitrep_suggest_cap_run() from it once asked: 0 not yet,
   * 1 none, 2 + k a run ending k tokens on. */
  guint8       *cap_runs;
  GHashTable   *month_cache;   /* word → its month + 1, or 1 when none (owned by the suggester) */
  GHashTable   *region_cache;  /* name key → the Region it names, or NULL (owned by the suggester) */
  /* A capitalised run's words → the Region its key names, or none: the
   * answer of region_cache without the key made and hashed
   * (sitrep-suggest-word-runs.c; the suggester's, or NULL). */
  SuggestWordRuns *region_runs;
  SuggestOut   *out;           /* SitrepSuggestion, in arena: dropping one is removing it */
  SuggestArena *arena;         /* of the suggestions and their strings */
  const char   *published;
  SitrepDatePrecision precision;
  const char   *title;         /* the article's, or NULL (sitrep_suggester_set_title ()) */
  /* During the dates pass of a report without a publication date: the date
   * it gives itself in its title or dateline (own_from "title" or
   * "dateline", own_day 0 for a month), or own_from NULL. */
  const char   *own_from;
  int           own_year;
  int           own_month;
  int           own_day;
  SitrepGazetteer *gazetteer;
  GHashTable   *names;         /* key → KnownName (project entities and bundled actors) */
  gboolean      place_names;   /* whether some of names are the project's places */
  GHashTable   *name_words;    /* every word of the keys of names: a span whose first word is
                                  none of them is no name (owned by the suggester); its value
                                  NAME_WORD_FIRST when some key starts with it, else NAME_WORD_INSIDE */
  const SuggestKeyFilter *names_filter; /* of the keys of names (the suggester's), or NULL */
  GHashTable   *place_keys;    /* keys of places loaded into the project's gazetteer */
  GHashTable   *learned;       /* key → LearnedPlace */
  GHashTable   *rejected;      /* "label\x1fkey"; NULL when the project rejected nothing */
  GHashTable   *date_memo;     /* a date's words → how they resolved, during the dates pass */
  GCancellable *cancellable;
  /* What the text names, for ranking places: read once for a text, or
   * once per stretch of a long one (the stretch in context_chunk). The
   * suggester's, kept from text to text (NULL until one is needed);
   * context_read says whether it holds this run's reading. */
  GazetteerContext *context;
  gsize         context_chunk;
  gboolean      context_read;
  /* _sitrep_suggest_span_key_tmp()'s key: a look-up of a span that names
   * nothing (most of them) allocates nothing. */
  char         *scratch;
  gsize         scratch_size;
  /* The runs of two to four words whose key the gazetteer's context has
   * been given in its reading @grams_reading (sitrep-suggest-places-index.c):
   * open addressing, a slot of another reading is empty. */
  struct _SuggestGramSeen *grams;
  guint         grams_mask;
  guint         grams_n;
  guint64       grams_reading;
} SuggestRun;

/* The run's suggestions (SuggestOut, sitrep-suggest-arena.c): appended,
 * inserted, removed (the rest move down, in order) and cut to @len. Only
 * the array's room is freed (_sitrep_suggest_out_clear ()): the
 * suggestions are the arena's. */
void        _sitrep_suggest_out_grow      (SuggestOut        *out);
static inline void
_sitrep_suggest_out_append (SuggestOut       *out,
                            SitrepSuggestion *s)
{
  if (G_UNLIKELY (out->len == out->cap))
    _sitrep_suggest_out_grow (out);
  out->pdata[out->len++] = s;
}
void        _sitrep_suggest_out_insert    (SuggestOut        *out,
                                           guint              index,
                                           SitrepSuggestion  *s);
void        _sitrep_suggest_out_remove_range (SuggestOut     *out,
                                              guint           index,
                                              guint           n);
static inline void
_sitrep_suggest_out_remove (SuggestOut *out,
                            guint       index)
{
  _sitrep_suggest_out_remove_range (out, index, 1);
}
static inline void
_sitrep_suggest_out_truncate (SuggestOut *out,
                              guint       len)
{
  g_assert (len <= out->len);
  out->len = len;
}
void        _sitrep_suggest_out_clear     (SuggestOut        *out);

#define FNV_OFFSET 2166136261u
#define FNV_PRIME  16777619u

/* FNV-1a of @len bytes, ASCII letters folded to lower case (never 0). */
static inline guint32
_sitrep_suggest_word_hash (const char *p,
           gsize       len)
{
  guint32 h = FNV_OFFSET;

  for (gsize k = 0; k < len; k++)
    {
      guchar c = (guchar) p[k];

      h ^= c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
      h *= FNV_PRIME;
    }
  return h != 0 ? h : 1;
}

/* Whether @len bytes at @a and @b are the same, ASCII letters compared
 * without case (g_ascii_strncasecmp() of strings without a NUL in them,
 * inline: the detectors compare words at every token). */
static inline gboolean
_sitrep_suggest_ascii_caseeq (const char *a,
                              const char *b,
                              gsize       len)
{
  for (gsize k = 0; k < len; k++)
    {
      guchar x = (guchar) a[k], y = (guchar) b[k];

      if (x != y && (x >= 'A' && x <= 'Z' ? x + ('a' - 'A') : x) != (y >= 'A' && y <= 'Z' ? y + ('a' - 'A') : y))
        return FALSE;
    }
  return TRUE;
}

/* _sitrep_suggest_has_prefix () inline: the detectors ask it of the text at a
 * token for a mark or a word (a call, a strlen () and a strncmp () each
 * in GLib 2.74), mostly told by the first byte. */
static inline gboolean
_sitrep_suggest_has_prefix (const char *str,
                            const char *prefix)
{
  if (G_UNLIKELY (str == NULL || prefix == NULL))
    return FALSE;
  for (; *prefix != '\0'; str++, prefix++)
    {
      if (*str != *prefix)
        return FALSE;
    }
  return TRUE;
}

/* The word lists (sitrep-suggest-lexicon.c). */
Lexicon    *_sitrep_suggest_lexicon_new   (void);
void        _sitrep_suggest_lexicon_free  (Lexicon           *lexicon);
/* The words of every text a suggester reads (sitrep-suggest-lexicon.c). */
SuggestWords *_sitrep_suggest_words_new   (void);
void        _sitrep_suggest_words_free    (SuggestWords      *words);
/* Drops every word when more than @max are kept (between texts only). */
gboolean    _sitrep_suggest_words_trim    (SuggestWords      *words,
                                           guint              max);
/* Sets run->words[i] and run->lists[i] for every token (adding words not
 * met before): the bits of every list known; and run->caps and
 * run->arabic (their room as many as the tokens). */
void        _sitrep_suggest_words_mark    (SuggestWords      *words,
                                           SuggestRun        *run);
/* Whether @fact of token @i's word is known; its answer in @answer. */
static inline gboolean
_sitrep_suggest_word_fact (const SuggestRun *run,
                           guint             i,
                           guint             fact,
                           gboolean         *answer)
{
  const SuggestWord *w = run->words[i];

  if (w == NULL || !(w->facts & fact))
    return FALSE;
  *answer = (w->answers & fact) != 0;
  return TRUE;
}
/* Keeps @answer as @fact of token @i's word (nothing for a token without one); returns it. */
static inline gboolean
_sitrep_suggest_word_fact_set (const SuggestRun *run,
                               guint             i,
                               guint             fact,
                               gboolean          answer)
{
  SuggestWord *w = run->words[i];

  if (w != NULL)
    {
      w->facts |= fact;
      if (answer)
        w->answers |= fact;
    }
  return answer;
}

/* Tokens per entry of SuggestRun.block_lists and block_flags. */
#define SUGGEST_BLOCK 16
#define SUGGEST_BLOCKS(n_tokens) ((n_tokens) / SUGGEST_BLOCK + 1)
/* The first token from @i on, before @limit, in a list of @bits or with
 * a flag of @flags; @limit when none is. A loop of its own: a block of
 * tokens none of which has any is passed over at one test. */
static inline guint
_sitrep_suggest_next_listed (const SuggestRun *run,
                             guint             i,
                             guint             limit,
                             guint64           bits,
                             guint16           flags)
{
  const guint64 *lists = run->lists;
  const SuggestToken *toks = run->toks;

  while (i < limit)
    {
      /* The rest of @i's block, token by token … */
      guint block_end = MIN ((i | (SUGGEST_BLOCK - 1)) + 1, limit);

      /* Two at a test. */
      for (; i + 1 < block_end; i += 2)
        {
          if (((lists[i] | lists[i + 1]) & bits) || ((toks[i].flags | toks[i + 1].flags) & flags))
            return (lists[i] & bits) || (toks[i].flags & flags) ? i : i + 1;
        }
      if (i < block_end)
        {
          if ((lists[i] & bits) || (toks[i].flags & flags))
            return i;
          i++;
        }
      /* … then the whole blocks with none. */
      if (run->block_lists != NULL)
        {
          while (i + SUGGEST_BLOCK <= limit && !(run->block_lists[i / SUGGEST_BLOCK] & bits) &&
                 !(run->block_flags[i / SUGGEST_BLOCK] & flags))
            i += SUGGEST_BLOCK;
        }
    }
  return limit;
}

/* Bytes per entry of SuggestRun.byte_tokens. */
#define SUGGEST_BYTE_BLOCK 16
#define SUGGEST_BYTE_BLOCKS(text_len) ((text_len) / SUGGEST_BYTE_BLOCK + 1)
/* The tokenizer (sitrep-suggest-tokens.c); the token helpers below are in sitrep-suggest.c. */
/* @reuse (may be NULL): an array of SuggestToken to fill (its room is
 * kept from text to text). */
GArray     *_sitrep_suggest_tokenize      (const char        *text,
                                           GArray            *reuse);
/* The same, and the first token of each paragraph (guint) in
 * @paragraphs (emptied first) when not NULL. */
GArray     *_sitrep_suggest_tokenize_paragraphs (const char  *text,
                                                 GArray      *reuse,
                                                 GArray      *paragraphs);
/* The same, and SuggestRun.byte_tokens in @byte_tokens (guint; sized here). */
GArray     *_sitrep_suggest_tokenize_run  (const char  *text,
                                           GArray      *reuse,
                                           GArray      *paragraphs,
                                           GArray      *byte_tokens);
static inline const SuggestToken *
tok (const SuggestRun *run, guint i)
{
  return &run->toks[i];
}
/* Whether token @i is a double quotation mark, straight or curly. */
static inline gboolean
_sitrep_suggest_is_quote_mark (const SuggestRun *run,
                               guint             i)
{
  const char *p = run->text + tok (run, i)->start;

  return (tok (run, i)->flags & TOK_PUNCT) &&
         (*p == '"' || _sitrep_suggest_has_prefix (p, "“") || _sitrep_suggest_has_prefix (p, "”"));
}
/* The first token starting at or after byte @byte (the token count when none). */
static inline guint
_sitrep_suggest_token_from (const SuggestRun *run,
                            gsize             byte)
{
  guint lo = 0, hi = run->tokens->len;

  if (run->byte_tokens != NULL)
    {
      lo = run->byte_tokens[MIN (byte / SUGGEST_BYTE_BLOCK, run->n_byte_blocks - 1)];
      while (lo < hi && tok (run, lo)->start < byte)
        lo++;
      return lo;
    }
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (tok (run, mid)->start < byte)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}
/* The first token starting at or after code point @cp (the token count
 * when none): a suggestion's first token. */
static inline guint
_sitrep_suggest_token_from_cp (const SuggestRun *run,
                               guint             cp)
{
  guint lo = 0, hi = run->n_tokens;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (tok (run, mid)->cp_start < cp)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}
/* The last token starting at or before byte @byte: the one holding it. */
static inline guint
_sitrep_suggest_token_holding (const SuggestRun *run,
                               gsize             byte)
{
  guint lo = 0, hi = run->tokens->len;

  if (run->byte_tokens != NULL)
    {
      lo = run->byte_tokens[MIN (byte / SUGGEST_BYTE_BLOCK, run->n_byte_blocks - 1)];
      while (lo + 1 < hi && tok (run, lo + 1)->start <= byte)
        lo++;
      return lo;
    }
  while (lo + 1 < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (tok (run, mid)->start <= byte)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}
/* _sitrep_suggest_word_hash() of a string literal of at most
 * MAX_LISTED_WORD bytes (a char array whose every byte but its last NUL
 * is the word's), as a constant the compiler folds; 0 for any other
 * argument (a pointer to a word): then the bytes are compared. A hash
 * that comes out 0 is asked as none. */
#define SUGGEST_LIT_LOWER(c) ((c) >= 'A' && (c) <= 'Z' ? (guint32) (c) + ('a' - 'A') : (guint32) (c))
#define SUGGEST_LIT_BYTE(w, k) ((guchar) (w)[(k) < sizeof (w) - 1 ? (k) : sizeof (w) - 1])
#define SUGGEST_LIT_STEP(h, w, k) \
  (((h) ^ ((k) < sizeof (w) - 1 ? SUGGEST_LIT_LOWER (SUGGEST_LIT_BYTE (w, k)) : 0u)) * ((k) < sizeof (w) - 1 ? FNV_PRIME : 1u))
#define SUGGEST_LIT_STEP4(h, w, k) \
  SUGGEST_LIT_STEP (SUGGEST_LIT_STEP (SUGGEST_LIT_STEP (SUGGEST_LIT_STEP (h, w, k), w, k + 1), w, k + 2), w, k + 3)
#define SUGGEST_LIT_HASH(w) \
  (__builtin_constant_p (w) && __builtin_types_compatible_p (__typeof__ (w), char[sizeof (w)]) && \
   sizeof (w) - 1 <= MAX_LISTED_WORD && __builtin_strlen (w) == sizeof (w) - 1 ? \
   (guint32) SUGGEST_LIT_STEP4 (SUGGEST_LIT_STEP4 (SUGGEST_LIT_STEP4 (SUGGEST_LIT_STEP4 (SUGGEST_LIT_STEP4 ( \
     SUGGEST_LIT_STEP4 (FNV_OFFSET, w, 0), w, 4), w, 8), w, 12), w, 16), w, 20) : 0u)
G_STATIC_ASSERT (MAX_LISTED_WORD <= 24);

/* Whether token @i is the ASCII word @word, ignoring case. Inline, so the
 * length of a literal word is known when compiling, and its hash too: a
 * word token's hash (SuggestToken.lhash, the same folding) tells it from a
 * literal word without comparing bytes, which are compared only when the
 * hashes are the same, when the token has none (numbers, marks, long
 * words) or when @word is a variable's. */
static inline gboolean
_sitrep_suggest_tok_is_hashed (const SuggestRun *run,
                               guint             i,
                               const char       *word,
                               guint32           hash)
{
  const SuggestToken *t;
  gsize len = strlen (word);

  if (i >= run->n_tokens)
    return FALSE;
  t = tok (run, i);
  if (t->end - t->start != len)
    return FALSE;
  if (hash != 0 && t->lhash != 0 && t->lhash != hash)
    return FALSE;
  return _sitrep_suggest_ascii_caseeq (run->text + t->start, word, len);
}
#define _sitrep_suggest_tok_is(run, i, word) _sitrep_suggest_tok_is_hashed ((run), (i), (word), SUGGEST_LIT_HASH (word))
/* Whether token @j is the mark @c (one byte). */
static inline gboolean
_sitrep_suggest_tok_is_mark (const SuggestRun *run,
                             guint             j,
                             char              c)
{
  return (tok (run, j)->flags & TOK_PUNCT) && run->text[tok (run, j)->start] == c;
}
/* Whether token @j is a dash that sets an aside apart: an en or em dash,
 * or a hyphen with spaces on both sides. */
static inline gboolean
_sitrep_suggest_tok_is_aside_dash (const SuggestRun *run,
                                   guint             j)
{
  const SuggestToken *t = tok (run, j);

  if ((t->flags & TOK_PUNCT) && t->end - t->start == 3 &&
      (memcmp (run->text + t->start, "\u2013", 3) == 0 || memcmp (run->text + t->start, "\u2014", 3) == 0))
    return TRUE;
  return (t->flags & TOK_HYPHEN) && t->space_before > 0 && j + 1 < run->tokens->len && tok (run, j + 1)->space_before > 0;
}
/* The filter of @words' hashes (LEXICON_AMONG_HAS () each), made and put
 * at hand in the lexicon's slot of the list, which is returned. */
const AmongSlot *_sitrep_suggest_among_filter (const SuggestRun  *run,
                                               const char * const *words);
/* _sitrep_suggest_tok_among () past its filter (sitrep-suggest-lexicon.c). */
gboolean    _sitrep_suggest_tok_among_slow (const SuggestRun  *run,
                                            guint              i,
                                            const char * const *words);
/* Whether token @i is one of @words (NULL-terminated), compared word by
 * word: for a short list asked about rarely, which then takes none of the
 * lexicon's 64 list bits. */
static inline gboolean
_sitrep_suggest_tok_among (const SuggestRun   *run,
                           guint               i,
                           const char * const *words)
{
  const SuggestToken *t;

  if (i >= run->n_tokens)
    return FALSE;
  t = tok (run, i);
  /* A word token (its hash folded as the list's words are) most lists do
   * not hold: one AND of the list's filter, once made, says so inline. */
  if (t->lhash != 0 && run->lexicon != NULL)
    {
      const AmongSlot *slot = &((const AmongSlot *) ((const LexiconSlot *) run->lexicon + LEXICON_SLOTS))[LEXICON_SLOT (words)];

      if (slot->list == words && !LEXICON_AMONG_HAS (slot, t->lhash))
        return FALSE;
    }
  return _sitrep_suggest_tok_among_slow (run, i, words);
}
gboolean    _sitrep_suggest_tok_in_slow   (const SuggestRun  *run,
                                           guint              i,
                                           const char * const *words);
/* Whether token @i is one of @words (NULL-terminated): inline for a list
 * at hand (one AND), else looked up and at hand from then on. */
static inline gboolean
_sitrep_suggest_tok_in (const SuggestRun   *run,
                        guint               i,
                        const char * const *words)
{
  const LexiconSlot *slot;

  /* Every list at hand is marked in run->lists (a new one when it is met). */
  if (i < run->n_tokens)
    {
      slot = &((const LexiconSlot *) run->lexicon)[LEXICON_SLOT (words)];
      if (slot->list == words)
        return (run->lists[i] & slot->bit) != 0;
    }
  return _sitrep_suggest_tok_in_slow (run, i, words);
}
/* The words of _sitrep_suggest_is_common_word () (sitrep-suggest.c). */
extern const char * const _sitrep_suggest_common_words[];
/* Whether token @i, in lower case, is one of those words. The words of
 * the list are short ASCII words: a word is one of them in lower case
 * when it is one of them ignoring case. Inline: asked of every
 * capitalised word by the places pass. */
static inline gboolean
_sitrep_suggest_tok_is_common (const SuggestRun *run,
                               guint             i)
{
  return (tok (run, i)->flags & TOK_WORD) && _sitrep_suggest_tok_in (run, i, _sitrep_suggest_common_words);
}
/* The bit of @words in run->lists (given it now when it has none yet), for
 * a walk to test many tokens with one AND each: a token is in @words when
 * its lists have the bit. 0 when @words is not among the first 64 lists:
 * then only _sitrep_suggest_tok_in () says. */
guint64     _sitrep_suggest_list_bit      (const SuggestRun  *run,
                                           const char * const *words);

G_END_DECLS

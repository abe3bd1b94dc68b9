/* sitrep-suggest-private.h — what the suggester and its detectors share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <math.h>
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
#define LEXICON_SLOTS 1024
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
 * 64 per word (LexiconSlot.bit), so a word token whose hash's bit is not
 * set is none of them without a compare. */
#define LEXICON_AMONG_BIT(hash) (G_GUINT64_CONSTANT (1) << ((guint32) (hash) >> 26))

/* A word (or number) as written, once per suggester: what the detectors
 * ask of every token that is the same wherever it is (its key, its word
 * lists, whether it is a month …) is worked out the first time it is
 * asked and kept here (sitrep-suggest-lexicon.c). */
typedef struct
{
  char     *key;        /* sitrep_normalize_name() of it, NULL until asked */
  guint32   key_hash;   /* with key: its g_str_hash (), and 33 to the power of its length */
  guint32   key_pow;
  guint64   lists[LEXICON_WORDS];  /* the bits of the word lists it is in … */
  guint     n_lists;    /* … as of this many lists */
  guint32   hash;
  guint16   facts;      /* WORD_FACT_*: known … */
  guint16   answers;    /* … and their answers */
  guint32   len;
  GazetteerKeyPlace context_place;  /* what the gazetteer's context finds of its key alone */
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

/* The values of SuggestRun.name_words. */
#define NAME_WORD_INSIDE GINT_TO_POINTER (1)
#define NAME_WORD_FIRST  GINT_TO_POINTER (2)

/* The memory of one run's suggestions (sitrep-suggest-arena.c): each
 * suggestion and every string of it is cut from it, and none is freed
 * alone; the result holds it, and frees it with the suggestions. */
typedef struct _SuggestArena SuggestArena;
/* A filter of a table's keys by their hash (sitrep-suggest-spans.h). */
typedef struct _SuggestKeyFilter SuggestKeyFilter;

typedef struct
{
  const char   *text;
  gsize         text_len;      /* bytes */
  GArray       *tokens;        /* SuggestToken */
  const SuggestToken *toks;    /* tokens->data, and its length: tok () at every token */
  guint         n_tokens;
  Lexicon      *lexicon;       /* owned by the suggester; never NULL */
  guint64      *lists;         /* per token: the bits of the first 64 word lists it is in */
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
  GPtrArray    *out;           /* SitrepSuggestion, in arena: dropping one is removing it */
  SuggestArena *arena;         /* of the suggestions and their strings */
  const char   *published;
  SitrepDatePrecision precision;
  SitrepGazetteer *gazetteer;
  GHashTable   *names;         /* key → KnownName (project entities and bundled actors) */
  gboolean      place_names;   /* whether some of names are the project's places */
  GHashTable   *name_words;    /* every word of the keys of names: a span whose first word is
                                  none of them is no name (owned by the suggester); its value
                                  NAME_WORD_FIRST when some key starts with it, else NAME_WORD_INSIDE */
  const SuggestKeyFilter *names_filter; /* of the keys of names (the suggester's), or NULL */
  GHashTable   *place_keys;    /* keys of places loaded into the project's gazetteer */
  GHashTable   *learned;       /* key → LearnedPlace */
  GHashTable   *rejected;      /* "label\x1fkey" */
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
} SuggestRun;

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

/* The word lists (sitrep-suggest-lexicon.c). */
Lexicon    *_sitrep_suggest_lexicon_new   (void);
void        _sitrep_suggest_lexicon_free  (Lexicon           *lexicon);
/* The words of every text a suggester reads (sitrep-suggest-lexicon.c). */
SuggestWords *_sitrep_suggest_words_new   (void);
void        _sitrep_suggest_words_free    (SuggestWords      *words);
/* Drops every word when more than @max are kept (between texts only). */
void        _sitrep_suggest_words_trim    (SuggestWords      *words,
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

/* The tokenizer (sitrep-suggest-tokens.c); the token helpers below are in sitrep-suggest.c. */
/* @reuse (may be NULL): an array of SuggestToken to fill (its room is
 * kept from text to text). */
GArray     *_sitrep_suggest_tokenize      (const char        *text,
                                           GArray            *reuse);
static inline const SuggestToken *
tok (const SuggestRun *run, guint i)
{
  return &run->toks[i];
}
/* The first token starting at or after byte @byte (the token count when none). */
static inline guint
_sitrep_suggest_token_from (const SuggestRun *run,
                            gsize             byte)
{
  guint lo = 0, hi = run->tokens->len;

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
/* The last token starting at or before byte @byte: the one holding it. */
static inline guint
_sitrep_suggest_token_holding (const SuggestRun *run,
                               gsize             byte)
{
  guint lo = 0, hi = run->tokens->len;

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
/* The filter of @words' hashes (LEXICON_AMONG_BIT of each), made and put
 * at hand in the lexicon's slot of the list. */
guint64     _sitrep_suggest_among_filter  (const SuggestRun  *run,
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
  gsize len;

  if (i >= run->n_tokens)
    return FALSE;
  t = tok (run, i);
  len = t->end - t->start;
  /* A word token (its hash folded as the list's words are) most lists do
   * not hold: one AND of the list's filter says so. */
  if (t->lhash != 0 && run->lexicon != NULL)
    {
      const LexiconSlot *slot = &((const LexiconSlot *) run->lexicon)[LEXICON_SLOTS + LEXICON_SLOT (words)];
      guint64 filter = slot->list == words ? slot->bit : _sitrep_suggest_among_filter (run, words);

      if (!(filter & LEXICON_AMONG_BIT (t->lhash)))
        return FALSE;
    }
  /* No strlen: a shorter word differs at its end, and a word as long as
   * the token ends right after it. */
  for (guint k = 0; words[k] != NULL; k++)
    {
      if (_sitrep_suggest_ascii_caseeq (run->text + t->start, words[k], len) && words[k][len] == '\0')
        return TRUE;
    }
  return FALSE;
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
/* The bit of @words in run->lists (given it now when it has none yet), for
 * a walk to test many tokens with one AND each: a token is in @words when
 * its lists have the bit. 0 when @words is not among the first 64 lists:
 * then only _sitrep_suggest_tok_in () says. */
guint64     _sitrep_suggest_list_bit      (const SuggestRun  *run,
                                           const char * const *words);
/* Whether an actor or a person is proposed over any of bytes @start … @end
 * (sitrep-suggest-places-sense.c). */
gboolean    _sitrep_suggest_actor_over    (SuggestRun        *run,
                                           gsize              start,
                                           gsize              end);
/* Whether token @i starts with @prefix (ASCII, ignoring case). */
gboolean    _sitrep_suggest_tok_prefix    (const SuggestRun  *run,
                                           guint              i,
                                           const char        *prefix);
/* The normalised key of token @i (cached; "" for punctuation). */
const char *_sitrep_suggest_tok_key       (SuggestRun        *run,
                                           guint              i);
/* Sorts @array as g_array_sort() does (stable): by insertion when it has a
 * few small elements, else by merging its ascending runs (few in arrays
 * that passes appended to in order). */
void        _sitrep_suggest_sort_few      (GArray            *array,
                                           GCompareFunc       compare);
/* The key of tokens @first … @last (words only, hyphens skipped), as
 * sitrep_normalize_name() would give for their text. */
char       *_sitrep_suggest_span_key      (SuggestRun        *run,
                                           guint              first,
                                           guint              last);
/* The same key, for a look-up: owned by @run and valid until the next
 * call (copy it to keep it). */
const char *_sitrep_suggest_span_key_tmp  (SuggestRun        *run,
                                           guint              first,
                                           guint              last);
/* Arabic articles, as the first word of a name ("al", "el", "ash" …). */
extern const char * const _sitrep_suggest_articles[];
static inline gboolean
_sitrep_suggest_is_article (const SuggestRun *run,
                            guint             i)
{
  return (tok (run, i)->flags & TOK_WORD) && _sitrep_suggest_tok_in (run, i, _sitrep_suggest_articles);
}
/* Article forms that are also English words ("at", "as", "an", "ad"). */
extern const char * const _sitrep_suggest_english_articles[];
/* Whether token @i, an article by its form, is written as one where a name
 * starts or is joined without a gazetteer to say so: glued to the name by a
 * hyphen ("at-Tanf", "as-Suwayda"), not an English word ("al Bab", "Ash
 * Shaddadi"), or an English word's form capitalised inside a sentence ("As
 * Suwayda"). The English words in "Troops at Qayyarah", "Soldiers at Camp
 * Speicher" and a sentence's "An Iraqi officer" are no article. */
static inline gboolean
_sitrep_suggest_is_name_article (const SuggestRun *run,
                                 guint             i)
{
  if (!_sitrep_suggest_is_article (run, i))
    return FALSE;
  if (!_sitrep_suggest_tok_in (run, i, _sitrep_suggest_english_articles))
    return TRUE;
  if ((tok (run, i)->flags & TOK_CAP) && i > 0 && tok (run, i - 1)->sentence == tok (run, i)->sentence)
    return TRUE;
  return i + 2 < run->tokens->len && (tok (run, i + 1)->flags & TOK_HYPHEN) && tok (run, i + 1)->space_before == 0 &&
         tok (run, i + 2)->space_before == 0;
}
/* Whether token @i names a month (sitrep_date_month_from_name()), an
 * English one or an Arabic one (sitrep-suggest-dates.c). */
gboolean    _sitrep_suggest_is_month_slow (SuggestRun        *run,
                                           guint              i);
/* The same, asked of every word: its word's answer, worked out once. */
static inline gboolean
_sitrep_suggest_is_month (SuggestRun *run,
                          guint       i)
{
  gboolean answer;

  if (!(tok (run, i)->flags & TOK_WORD))
    return FALSE;
  if (_sitrep_suggest_word_fact (run, i, WORD_FACT_MONTH, &answer))
    return answer;
  return _sitrep_suggest_word_fact_set (run, i, WORD_FACT_MONTH, _sitrep_suggest_is_month_slow (run, i));
}
/* The run's arena (sitrep-suggest-arena.c). A suggestion's strings are
 * always the arena's: a detector that sets or replaces one sets a string
 * from these (the old one stays in the arena), and never frees one. */
SuggestArena *_sitrep_suggest_arena_new   (void);
void        _sitrep_suggest_arena_free    (SuggestArena      *arena);
/* @size bytes, aligned for any field of a struct. */
gpointer    _sitrep_suggest_arena_alloc   (SuggestArena      *arena,
                                           gsize              size);
/* A copy of @len bytes at @str, NUL-terminated, in @run's arena. */
char       *_sitrep_suggest_strndup       (SuggestRun        *run,
                                           const char        *str,
                                           gsize              len);
/* A copy of @str in @run's arena (NULL for NULL). */
char       *_sitrep_suggest_strdup        (SuggestRun        *run,
                                           const char        *str);
/* The same of a string the caller owns, which it frees. */
char       *_sitrep_suggest_str_take      (SuggestRun        *run,
                                           char              *str);
/* Adds a suggestion over tokens @first … @last; fills text and offsets.
 * Its memory is the run's arena. */
SitrepSuggestion *_sitrep_suggest_add     (SuggestRun        *run,
                                           SitrepSuggestKind  kind,
                                           guint              first,
                                           guint              last);
gboolean    _sitrep_suggest_is_rejected   (SuggestRun        *run,
                                           SitrepSuggestKind  kind,
                                           const char        *key);
/* Common English words that are also names somewhere ("Hit", "Bab", "Tell"). */
gboolean    _sitrep_suggest_is_common_word (const char       *lower);
/* Whether token @i, in lower case, is one of those words. */
gboolean    _sitrep_suggest_tok_is_common (SuggestRun        *run,
                                           guint              i);

/* The detectors, in the order they run. */
void        _sitrep_suggest_actors        (SuggestRun        *run);
void        _sitrep_suggest_places        (SuggestRun        *run);
/* sitrep-suggest-actors.c, for sitrep-suggest-actors-cues.c: a rank or title
 * at token @i; a person's names from @i (at most @max, "al-", "bin" inside,
 * the last in @last); whether an actor or person covers bytes @start … @end. */
gboolean    _sitrep_suggest_is_title      (SuggestRun        *run,
                                           guint              i);
/* "Major General Oleg Yegorov" → "Oleg Yegorov" (the ranks, "Major
 * General", in @title when given): a person's name after the ranks and
 * titles that open @text; NULL when none opens it or no name follows. */
char       *_sitrep_suggest_person_without_title (const char *text,
                                                  char      **title);
guint       _sitrep_suggest_person_words  (SuggestRun        *run,
                                           guint              i,
                                           guint              max,
                                           guint             *last);
gboolean    _sitrep_suggest_name_covered  (SuggestRun        *run,
                                           gsize              start,
                                           gsize              end);
/* An organisation over tokens @first … @last, linked to the known name of its
 * key, else named @canonical (or its text); NULL when rejected or covered. */
SitrepSuggestion *_sitrep_suggest_add_organisation (SuggestRun *run,
                                                    guint       first,
                                                    guint       last,
                                                    const char *canonical);
/* sitrep-suggest-actors-arabic.c: "قوات سوريا الديمقراطية", "للشرطة الاتحادية", "اللواء 45". */
void        _sitrep_suggest_arabic_organisations (SuggestRun  *run);
/* sitrep-suggest-actors-cues.c: actors and persons read from the words
 * around them. A number's ordinal ("5th") right before token @i. */
gboolean    _sitrep_suggest_ordinal_before (SuggestRun       *run,
                                            guint             i);
/* "Salahuddin police", "Sahwa fighters": capitalised words from @i and a
 * noun of armed men; its last token in @last. */
gboolean    _sitrep_suggest_named_force   (SuggestRun        *run,
                                           guint              i,
                                           guint             *last,
                                           gboolean          *holds_place);
/* "United States-led coalition", "Iran-backed militias": a name glued to
 * "-led", "-backed" and a noun of an armed body; its last token in @last. */
gboolean    _sitrep_suggest_backed_force  (SuggestRun        *run,
                                           guint              i,
                                           guint             *last,
                                           gboolean          *holds_place);
/* Whether a capitalised word of @heads stands before "of" in tokens @i …
 * @last: "Islamic Supreme Council of Iraq", "Bureau of Public Affairs". */
gboolean    _sitrep_suggest_head_of_inside (SuggestRun         *run,
                                            guint               i,
                                            guint               last,
                                            const char * const *heads);
/* A person no title names, at token @i: "Reporting by X", "X was shot". */
gboolean    _sitrep_suggest_person_cue    (SuggestRun        *run,
                                           guint              i,
                                           guint             *first,
                                           guint             *last);
/* sitrep-suggest-actors-list.c: whether bundled name @name matched over
 * tokens @first … @last (key @key) is none here: a loosely folded word, or a
 * place the gazetteer knows that the text does not write as the list does. */
gboolean    _sitrep_suggest_bundled_not_here (SuggestRun      *run,
                                              const KnownName *name,
                                              guint            first,
                                              guint            last,
                                              const char      *key);
/* sitrep-suggest-actors-names.c: a common Arabic given name at token @i;
 * a person it opens with a family name ("Hanan al-Abdullah"), no cue around. */
gboolean    _sitrep_suggest_is_given_name (SuggestRun        *run,
                                           guint              i);
gboolean    _sitrep_suggest_given_name_person (SuggestRun    *run,
                                               guint          i,
                                               guint         *first,
                                               guint         *last);
/* "العقيد خالد ناجي وساك", "رامي عبد الرحمن": an Arabic rank or given name and the names after it. */
gboolean    _sitrep_suggest_arabic_person (SuggestRun        *run,
                                           guint              i,
                                           guint             *first,
                                           guint             *last);
/* "Author: X", "Photo: X/AFP", "By X and Y", a signature alone at the end. */
gboolean    _sitrep_suggest_credit_person (SuggestRun        *run,
                                           guint              i,
                                           guint             *first,
                                           guint             *last);
/* A byline's person: "Kim Gamel, Associated Press", "By Kim Gamel". */
gboolean    _sitrep_suggest_byline_person (SuggestRun        *run,
                                           guint              i,
                                           guint             *first,
                                           guint             *last);
/* "named X", "identified as X", "X (45)": a person by the words around. */
gboolean    _sitrep_suggest_named_person  (SuggestRun        *run,
                                           guint              i,
                                           guint             *first,
                                           guint             *last);
/* "Syrian state television", "the state news agency SANA", at "state" (@i). */
void        _sitrep_suggest_state_media   (SuggestRun        *run,
                                           guint              i);
/* Outlets: "(North Press) –", "told Kurdistan 24". */
void        _sitrep_suggest_outlets       (SuggestRun        *run);
/* One new entity per name in a report, whatever its case ("Kerry", "KERRY"). */
void        _sitrep_suggest_unify_new_names (SuggestRun      *run);
void        _sitrep_suggest_figures       (SuggestRun        *run);
/* sitrep-suggest-figures-one.c: one person killed, wounded or captured, named, not counted. */
gboolean    _sitrep_suggest_is_one_verb   (SuggestRun        *run,
                                           guint              i);
void        _sitrep_suggest_figure_one    (SuggestRun        *run,
                                           guint              i,
                                           guint             *next);
/* The one person named at token @i, no count (any of the three below); returns the last token used. */
guint       _sitrep_suggest_figure_one_at (SuggestRun        *run,
                                           guint              i);
/* One person "shot dead", "shot to death" (@i: "dead" or "death"): "X was shot dead", "shot a teacher to death". */
void        _sitrep_suggest_figure_one_dead       (SuggestRun *run,
                                                   guint       i);
/* People named one by one and joined to a count: "a woman and her two children" (before the count's
 * first token @count), "three soldiers and a civilian" (after its people's last token @victim). */
guint       _sitrep_suggest_figure_persons_before (SuggestRun *run,
                                                   guint       count,
                                                   guint      *first);
guint       _sitrep_suggest_figure_persons_after  (SuggestRun *run,
                                                   guint       victim,
                                                   guint      *last);
/* sitrep-suggest-figures-words.c: the words of what happened to the people a figure counts, and the
 * nouns of people (any word that may stand among them, and the nouns of victims proper). */
extern const char * const _sitrep_suggest_figure_killed_words[];
extern const char * const _sitrep_suggest_figure_wounded_words[];
extern const char * const _sitrep_suggest_figure_captured_words[];
extern const char * const _sitrep_suggest_figure_missing_words[];
extern const char * const _sitrep_suggest_figure_person_nouns[];
extern const char * const _sitrep_suggest_figure_victim_nouns[];
/* sitrep-suggest-figures-number.c: the first token of the qualifier before number anchor @anchor
 * (or @anchor), the last token of the number starting at @i, and the count and qualifier of the
 * words @first … @num_end (FALSE: no number). */
guint       _sitrep_suggest_figure_qualifier_start (SuggestRun *run, guint anchor);
guint       _sitrep_suggest_figure_number_end      (SuggestRun *run, guint i);
gboolean    _sitrep_suggest_figure_read            (SuggestRun *run, guint first, guint anchor, guint num_end,
                                                    SitrepFigure *figure);
/* The casualty kind a word says (sitrep-suggest-figures.c); whether it says so before (or after) a count. */
SitrepSuggestKind _sitrep_suggest_figure_kind_of (SuggestRun *run, guint i, gboolean *found);
gboolean    _sitrep_suggest_figure_cue_ok         (SuggestRun *run, guint i, gboolean before);
gboolean    _sitrep_suggest_figure_is_kind_word   (SuggestRun *run, guint i);
/* sitrep-suggest-figures-ellipsis.c: a count in a clause with no verb, of the figure or sentence before. */
gboolean    _sitrep_suggest_figure_elliptical     (SuggestRun        *run,
                                                   guint              first,
                                                   guint              num_end,
                                                   SitrepSuggestKind *kind);
/* Whether token @i is a number: digits, a number word, an Arabic one (sitrep-suggest-figures.c). */
gboolean    _sitrep_suggest_is_number_anchor      (SuggestRun *run,
                                                   guint       i);
/* sitrep-suggest-figures-arabic.c: the kind an Arabic word says (FALSE: none), the value of an Arabic
 * number word (-1: none), whether a token is "و" glued to digits ("و20"). */
gboolean    _sitrep_suggest_figure_ar_kind       (SuggestRun        *run,
                                                  guint              i,
                                                  SitrepSuggestKind *kind);
gint64      _sitrep_suggest_figure_ar_number     (SuggestRun *run,
                                                  guint       i,
                                                  gboolean   *vague);
gboolean    _sitrep_suggest_figure_is_and_number (SuggestRun *run,
                                                  guint       i);
/* Whether Arabic token @i is one of @words, also with "و"/"ف", "ال", "ب"/"ل" glued in front. */
gboolean    _sitrep_suggest_figure_ar_in         (SuggestRun         *run,
                                                  guint               i,
                                                  const char * const *words);
/* sitrep-suggest-figures-one-arabic.c: one person (or two) after an Arabic word of harm ("مقتل عسكري",
 * "قضى جنديان", "القبض على مسؤول"). */
void        _sitrep_suggest_figure_one_arabic    (SuggestRun *run,
                                                  guint       i,
                                                  guint      *next);
/* sitrep-suggest-figures-toll.c: whether the figure @first … @last is a cumulative statistic. */
gboolean    _sitrep_suggest_figure_is_cumulative (SuggestRun *run,
                                                  guint       first,
                                                  guint       last);
/* sitrep-suggest-figures-toll.c: marks a roundup's lead totals cumulative (after the figures). */
void        _sitrep_suggest_figures_roundup      (SuggestRun *run);
void        _sitrep_suggest_figures_tally        (SuggestRun *run);
/* sitrep-suggest-figures-toll.c: whether the count at @first is what a verb raised a toll to. */
gboolean    _sitrep_suggest_figure_toll_to       (SuggestRun        *run,
                                                  guint              first,
                                                  SitrepSuggestKind *kind);
/* sitrep-suggest-figures-not.c: a number that counts no casualties (a year, a score, "Apollo 11"). */
gboolean    _sitrep_suggest_figure_not_a_count (SuggestRun   *run,
                                                guint         i);
void        _sitrep_suggest_claimants     (SuggestRun        *run);
void        _sitrep_suggest_dates         (SuggestRun        *run);
/* Groups the suggestions into incidents (after overlaps are resolved). */
GPtrArray  *_sitrep_suggest_incidents     (GPtrArray         *suggestions);

/* What the place detector reads once per text (sitrep-suggest-places-index.c). */
/* The gazetteer's context of the text around byte @at (of the whole text
 * when it is short), read from the run's own tokens. */
GazetteerContext *_sitrep_suggest_context_at (SuggestRun *run,
                                              gsize       at);
/* The stretch of the text byte @at is ranked in: 0 for a short text, read
 * whole. */
gsize       _sitrep_suggest_context_chunk (const SuggestRun *run,
                                           gsize             at);
/* Where @key (read as @s's text) is, in the text around @s
 * (sitrep-suggest-places.c): FALSE when it is no place to propose. */
gboolean    _sitrep_suggest_resolve_place (SuggestRun       *run,
                                           SitrepSuggestion *s,
                                           const char       *key);
/* The homonyms of a long text, ranked again in each stretch they are named
 * in (sitrep-suggest-places-index.c): a table for one pass of
 * gazetteer_places; _first at a name's first mention (resolved), _again
 * at each later one (@s, which copied @same). */
GHashTable *_sitrep_suggest_homonyms_new  (void);
void        _sitrep_suggest_homonym_first (SuggestRun       *run,
                                           GHashTable       *homonyms,
                                           const char       *key,
                                           SitrepSuggestion *s);
void        _sitrep_suggest_homonym_again (SuggestRun       *run,
                                           GHashTable       *homonyms,
                                           const char       *key,
                                           SitrepSuggestion *s,
                                           SitrepSuggestion *same);

typedef struct
{
  gint64      geonameid;
  double      latitude;
  double      longitude;
  double      cos_lat;    /* sitrep_gazetteer_cos_lat (latitude) */
  guint       n;          /* mentions here */
  GHashTable *texts;      /* text → mentions here with it */
} Spot;

typedef struct
{
  GArray     *spots;      /* Spot */
  GHashTable *by_id;      /* geonameid → mentions with it */
  GHashTable *by_text;    /* text → mentions with it */
  GHashTable *by_both;    /* "geonameid text" → mentions with both */
  GHashTable *answers;    /* "geonameid lat lon text" → Answer */
  guint       n;          /* placed mentions */
} Spots;

typedef struct
{
  double nearest;
  guint  others;
} SpotsAnswer;

/* A place this far from every other place of the article is doubtful
 * (sitrep-suggest-places.c). */
#define FAR_FROM_OTHERS_KM 300.0
/* A village (fewer than VILLAGE_POPULATION people, or not counted) this far
 * from every other place of the article is doubtful. */
#define VILLAGE_FAR_KM 150.0
#define VILLAGE_POPULATION 10000

/* The distance from (@lat1, @lon1) to (@lat2, @lon2) if it is within
 * FAR_FROM_OTHERS_KM, else a larger figure, not always the distance: two
 * latitudes further apart than that need no trigonometry (a great circle
 * is never shorter than its difference of latitude). Only whether a place
 * is far from all others is asked. @cos1 and @cos2 are
 * sitrep_gazetteer_cos_lat() of the latitudes. */
static inline double
_sitrep_suggest_near_km (double lat1,
                         double lon1,
                         double cos1,
                         double lat2,
                         double lon2,
                         double cos2)
{
  /* 6371.0088 km × π / 180 per degree, rounded down, with a margin. */
  if (fabs (lat1 - lat2) * 111.19 > FAR_FROM_OTHERS_KM + 1.0)
    return FAR_FROM_OTHERS_KM + 1.0 + fabs (lat1 - lat2);
  return sitrep_gazetteer_distance_km_cos (lat1, lon1, cos1, lat2, lon2, cos2);
}

/* A place suggestion with coordinates. */
gboolean    _sitrep_suggest_is_placed     (const SitrepSuggestion *o);
/* sitrep-suggest-world.c: airfields placed where OurAirports has them
 * ("Qayyarah Airfield West", "Al Asad Air Base"). */
void        _sitrep_suggest_airports      (SuggestRun        *run,
                                           guint              from);
/* sitrep-suggest-world.c: whether @key names a country. */
gboolean    _sitrep_suggest_is_country_key (const char      *key);
void        _sitrep_suggest_spots_init    (Spots             *spots,
                                           SuggestRun        *run,
                                           guint              from);
void        _sitrep_suggest_spots_clear   (Spots             *spots);
/* For @s: how many placed mentions of another place under another text
 * there are, and the nearest of them (when one is within
 * FAR_FROM_OTHERS_KM, some distance within it: only "far from all" is
 * asked). */
SpotsAnswer _sitrep_suggest_spots_ask     (Spots             *spots,
                                           const SitrepSuggestion *s);
/* The place suggestions so far, by start (PlaceAt); the longest in @longest. */
GArray     *_sitrep_suggest_places_by_start (SuggestRun      *run,
                                             gsize           *longest);
/* The first place suggestion (in run->out's order) starting by @start_by
 * and ending at or after @end_from, or NULL. */
SitrepSuggestion *_sitrep_suggest_place_over (SuggestRun *run,
                                              GArray     *places,
                                              gsize       longest,
                                              gsize       start_by,
                                              gsize       end_from);

/* Whether the word before token @i says a place follows ("in", "near", "town" …). */
gboolean    _sitrep_suggest_has_place_cue (SuggestRun        *run,
                                           guint              i);
/* Whether token @i is a common English word that is also a name somewhere. */
gboolean    _sitrep_suggest_is_lower_common (SuggestRun      *run,
                                             guint            i);
/* Countries of the world, and the capitals and large cities outside the
 * bundled gazetteer's countries (sitrep-suggest-world.c): proposed, or put
 * in the place of a weaker bundled match of the same words. */
void        _sitrep_suggest_world_places  (SuggestRun        *run);
/* Rivers and lakes placed where Natural Earth has them (sitrep-suggest-world.c). */
void        _sitrep_suggest_waters        (SuggestRun        *run,
                                           guint              from);
/* sitrep-suggest-places.c */
/* Whether token @i is a word of two or more capitals ("ISIS"). */
gboolean    _sitrep_suggest_is_all_caps   (SuggestRun        *run,
                                           guint              i);
/* Capitalised words from @i on (with articles and hyphens); the last in @last. */
gboolean    _sitrep_suggest_cap_run       (SuggestRun        *run,
                                           guint              i,
                                           guint             *last);
/* A world city placed by a spelling other than its name, in a country no
 * other place of the report is in, flagged doubtful (sitrep-suggest-places-far.c). */
void        _sitrep_suggest_far_spellings (SuggestRun        *run,
                                           guint              from);
/* sitrep-suggest-places-phrases.c */
/* "the town of X", "X village", "near Y": places the gazetteer may lack, unplaced. */
void        _sitrep_suggest_place_phrases (SuggestRun        *run,
                                           GHashTable        *resolved);
/* The names of a list of places ("the villages of A, B and C", "A and B areas"), unplaced. */
void        _sitrep_suggest_listed_places (SuggestRun        *run,
                                           GHashTable        *resolved);
/* Where an incident was ("a checkpoint in X", "killed in X"), unplaced when the gazetteer lacks it. */
void        _sitrep_suggest_incident_places (SuggestRun      *run,
                                             GHashTable      *resolved);
/* Proposes tokens @first … @last as a place, unplaced unless a place of the
 * same key (in @resolved) or starting there is placed. */
void        _sitrep_suggest_add_unplaced  (SuggestRun        *run,
                                           GHashTable        *resolved,
                                           guint              first,
                                           guint              last);
/* Whether tokens @first … @last are a fragment of another name (a person's, an organisation's). */
gboolean    _sitrep_suggest_is_other_name (SuggestRun        *run,
                                           guint              first,
                                           guint              last);
/* sitrep-suggest-places-regions.c */
void        _sitrep_suggest_region_places (SuggestRun        *run);
/* Whether a name key names a region of regions.tsv. */
gboolean    _sitrep_suggest_is_region_key (SuggestRun        *run,
                                           const char        *key);
/* Whether the lower-case article @j in a capitalised run from @i is part
 * of the name ("Salah ad Din"), not an English word ("Mosul as Iraqi"). */
gboolean    _sitrep_suggest_inner_article (SuggestRun        *run,
                                           guint              i,
                                           guint              j);
/* Whether @key is a place's key: bundled, the project's or learned
 * (sitrep-suggest-places.c). */
gboolean    _sitrep_suggest_is_place_key  (SuggestRun        *run,
                                           const char        *key);
/* Seats of government named as buildings ("at the Pentagon", "outside the
 * Kremlin"), placed at their city (sitrep-suggest-places-regions.c). */
void        _sitrep_suggest_government_seats (SuggestRun     *run);
/* The coordinates and country of a world city of world-places.tsv by its
 * name (sitrep-suggest-world.c); FALSE when it has none. */
gboolean    _sitrep_suggest_world_city    (const char        *name,
                                           double            *latitude,
                                           double            *longitude,
                                           char             **country);
/* Unplaced places UCDP's coders name in Syria, at their district's seat, doubtful. */
void        _sitrep_suggest_district_villages (SuggestRun    *run,
                                               guint          from);
/* "Zirgan (Abu Rasin)": the other name in brackets proposed when UCDP
 * names it; one pin for both names, doubtful. */
void        _sitrep_suggest_bracket_names (SuggestRun        *run,
                                           guint              from);
/* sitrep-suggest-places-guard.c */
/* @name as a reader compares spellings (sitrep-suggest-places-guard.c);
 * _unicode() is the same by Unicode tables alone, for tests of the ASCII
 * path. */
char       *_sitrep_suggest_light_key     (const char        *name);
char       *_sitrep_suggest_light_key_unicode (const char    *name);
gboolean    _sitrep_suggest_spelled_as    (const char        *surface,
                                           const SitrepGazetteerPlace *place);
gboolean    _sitrep_suggest_is_world_region (SuggestRun      *run,
                                             guint            first,
                                             guint            last);
gboolean    _sitrep_suggest_before_world_region (SuggestRun  *run,
                                                 guint        i);
void        _sitrep_suggest_landforms     (SuggestRun        *run,
                                           guint              from);
void        _sitrep_suggest_drop_non_places (SuggestRun      *run,
                                             guint            from);
gboolean    _sitrep_suggest_is_family_name (SuggestRun       *run,
                                            guint             i);
gboolean    _sitrep_suggest_region_spelled_as (const char    *surface,
                                               const Region  *region);
void        _sitrep_suggest_us_towns      (SuggestRun        *run,
                                           guint              from);
void        _sitrep_suggest_short_names   (SuggestRun        *run,
                                           guint              from);
/* sitrep-suggest-places-sense.c */
void        _sitrep_suggest_places_in_sense (SuggestRun      *run,
                                             guint            from);
void        _sitrep_suggest_place_objects (SuggestRun        *run);
void        _sitrep_suggest_arabic_sides  (SuggestRun        *run);
/* Unplaced places said to be in or near a placed one, placed there, doubtful. */
void        _sitrep_suggest_places_within (SuggestRun        *run,
                                           guint              from);
/* sitrep-suggest-places-far.c: pins @s, a place no name of the data holds, doubtful at (@latitude,
 * @longitude) in @country/@admin1: a place, named as the text has it. */
void        _sitrep_suggest_pin_doubtful (SuggestRun       *run,
                                          SitrepSuggestion *s,
                                          double            latitude,
                                          double            longitude,
                                          const char       *country,
                                          const char       *admin1);
/* sitrep-suggest-places-far.c: @s, a doubtful guess of a list, stays where
 * it is, or takes another candidate of its name, when that lies in the
 * country of a sure place of the text (from @from on) and near it; FALSE
 * when no candidate does. *@sure, when NULL, is set to the text's sure
 * places, for the next call (g_ptr_array_unref() it). */
gboolean    _sitrep_suggest_guess_near_sure (SuggestRun       *run,
                                             SitrepSuggestion *s,
                                             guint             from,
                                             GPtrArray       **sure);
/* sitrep-suggest-places-far.c: whether the river @name (@points, latitude
 * and longitude pairs along it) is matched at @s only by another spelling
 * and passes far from every placed place of the report: no reading of @s. */
gboolean    _sitrep_suggest_far_river     (SuggestRun             *run,
                                           const SitrepSuggestion *s,
                                           const char             *name,
                                           GArray                 *points);
/* sitrep-suggest-places-far.c: whether @s, a doubtful bundled guess near a
 * sure place of the report in its country, is kept over the world city
 * @world_name, which the text never names as itself. */
gboolean    _sitrep_suggest_keep_guess    (SuggestRun             *run,
                                           const SitrepSuggestion *s,
                                           const char             *world_name);
/* sitrep-suggest-places-far.c: a name left unplaced takes the pin of a
 * sure place of the text spelled a little otherwise, doubtful. */
void        _sitrep_suggest_places_spelled_twice (SuggestRun *run,
                                                  guint       from);
/* Drops a place of one word that is also an English word ("Tall", "Mill")
 * where no capital and no context say a place is meant. */
void        _sitrep_suggest_english_names (SuggestRun        *run,
                                           guint              from);
/* Orders @found (ranked SitrepGazetteerPlace) so that the best candidate
 * spelled as @surface comes first, and the next of them (a true homonym)
 * second; loose matches after them. Unchanged when none is spelled so. */
void        _sitrep_suggest_spelled_first (GPtrArray         *found,
                                           const char        *surface);

/* Flags doubtful the places from @from on whose country the article never
 * names or that lie far from all its other places (sitrep-suggest-places-index.c). */
void        _sitrep_suggest_weigh_places  (SuggestRun        *run,
                                           guint              from);

/* Reads the places detector's index of first words (sitrep-suggest-places.c). */
void        _sitrep_suggest_places_warm_up (void);

/* The bundled actor list (sitrep-suggest-actors.c): key → KnownName. */
void        _sitrep_suggest_add_bundled_actors (GHashTable   *names);
void        _sitrep_known_name_free       (gpointer           data);
/* The key a name is known under: an acronym ("IS", "SDF") only as written
 * in capitals ("=IS"), any other name as sitrep_normalize_name() gives it. */
char       *_sitrep_suggest_name_key      (const char        *alias);

G_END_DECLS

/* sitrep-suggest-tokens.c — the suggester's tokenizer: words, numbers and marks with their offsets, sentences and paragraphs
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"

/* A word of at most four bytes, ASCII letters in lower case, packed in
 * one number: the abbreviations' words are told by one switch. */
#define PACK(a, b, c, d) ((guint32) (guchar) (a) | (guint32) (guchar) (b) << 8 | \
                          (guint32) (guchar) (c) << 16 | (guint32) (guchar) (d) << 24)

/* Whether @t is a word whose full stop ends no sentence: "Mr.", "Gen.",
 * "Oct.", "U.S." (ASCII case ignored). */
static gboolean
is_abbreviation (const char *text,
                 const SuggestToken *t)
{
  guint len = t->end - t->start;
  guint32 packed = 0;

  if (!(t->flags & TOK_WORD) || len > 4)
    return FALSE;
  for (guint k = 0; k < len; k++)
    {
      guchar c = (guchar) text[t->start + k];

      packed |= (guint32) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) << (8 * k);
    }
  switch (packed)
    {
    case PACK ('m', 'r', 0, 0): /* mr */
    case PACK ('m', 'r', 's', 0): /* mrs */
    case PACK ('m', 's', 0, 0): /* ms */
    case PACK ('d', 'r', 0, 0): /* dr */
    case PACK ('g', 'e', 'n', 0): /* gen */
    case PACK ('m', 'a', 'j', 0): /* maj */
    case PACK ('l', 't', 0, 0): /* lt */
    case PACK ('c', 'o', 'l', 0): /* col */
    case PACK ('c', 'a', 'p', 't'): /* capt */
    case PACK ('s', 'g', 't', 0): /* sgt */
    case PACK ('b', 'r', 'i', 'g'): /* brig */
    case PACK ('a', 'd', 'm', 0): /* adm */
    case PACK ('c', 'p', 'l', 0): /* cpl */
    case PACK ('p', 'v', 't', 0): /* pvt */
    case PACK ('s', 't', 0, 0): /* st */
    case PACK ('n', 'o', 0, 0): /* no */
    case PACK ('v', 's', 0, 0): /* vs */
    case PACK ('j', 'a', 'n', 0): /* jan */
    case PACK ('f', 'e', 'b', 0): /* feb */
    case PACK ('m', 'a', 'r', 0): /* mar */
    case PACK ('a', 'p', 'r', 0): /* apr */
    case PACK ('j', 'u', 'n', 0): /* jun */
    case PACK ('j', 'u', 'l', 0): /* jul */
    case PACK ('a', 'u', 'g', 0): /* aug */
    case PACK ('s', 'e', 'p', 0): /* sep */
    case PACK ('s', 'e', 'p', 't'): /* sept */
    case PACK ('o', 'c', 't', 0): /* oct */
    case PACK ('n', 'o', 'v', 0): /* nov */
    case PACK ('d', 'e', 'c', 0): /* dec */
    case PACK ('u', 0, 0, 0): /* u */
    case PACK ('s', 0, 0, 0): /* s */
    case PACK ('e', 0, 0, 0): /* e */
    case PACK ('n', 0, 0, 0): /* n */
    case PACK ('w', 0, 0, 0): /* w */
      return TRUE;
    default:
      return FALSE;
    }
}

/* What a byte starts, for the tokenizer's one test per token: ASCII by
 * this table, every byte of a multi-byte character BYTE_HIGH (decoded and
 * asked of Unicode). Only NUL ends the text. The kinds that start an
 * ASCII token come first (one compare tells them from the rest), the
 * letters next to each other (one compare tells a word). */
enum
{
  BYTE_MARK,       /* any other ASCII byte: a mark token of its own */
  BYTE_DIGIT,
  BYTE_UPPER,
  BYTE_LOWER,
  BYTE_SPACE,      /* ' ', \t, \r, \f */
  BYTE_NEWLINE,
  BYTE_END,
  BYTE_HIGH,
};
static const guchar byte_kind[256] = {
  [0] = BYTE_END,
  [' '] = BYTE_SPACE, ['\t'] = BYTE_SPACE, ['\r'] = BYTE_SPACE, ['\f'] = BYTE_SPACE,
  ['\n'] = BYTE_NEWLINE,
  ['0' ... '9'] = BYTE_DIGIT,
  ['A' ... 'Z'] = BYTE_UPPER,
  ['a' ... 'z'] = BYTE_LOWER,
  [0x80 ... 0xFF] = BYTE_HIGH,
};

/* ASCII letters in lower case and digits as they are; 0 for every other
 * byte (those end a word's ASCII run). */
static const guchar ascii_word_lower[256] = {
#define R(k) [k] = (k) >= 'A' && (k) <= 'Z' ? (k) + ('a' - 'A') : \
                   ((k) >= 'a' && (k) <= 'z') || ((k) >= '0' && (k) <= '9') ? (k) : 0
#define R8(k) R (k), R (k + 1), R (k + 2), R (k + 3), R (k + 4), R (k + 5), R (k + 6), R (k + 7)
#define R64(k) R8 (k), R8 (k + 8), R8 (k + 16), R8 (k + 24), R8 (k + 32), R8 (k + 40), R8 (k + 48), R8 (k + 56)
  R64 (0), R64 (64),
#undef R64
#undef R8
#undef R
};

/* The text's code points are its bytes less the continuation bytes of its
 * multi-byte characters: the scanners add those to @extra (a code point
 * offset is the byte offset less it), and ASCII runs count nothing. */

/* The rest of a number from byte @i: digits, and a separator between two
 * digits ("3,000", "2.5", Arabic's ٬ and ٫). Moves @i past it. */
static void
scan_number (const char *text,
             gsize      *i,
             gsize      *extra)
{
  const guchar *s = (const guchar *) text;

  for (;;)
    {
      gunichar d;
      gsize after;

      /* ASCII digits in a run; a separator or another script's digit below. */
      while (byte_kind[s[*i]] == BYTE_DIGIT)
        (*i)++;
      if (s[*i] == 0 || (s[*i] < 0x80 && s[*i] != ',' && s[*i] != '.'))
        break;
      d = s[*i] < 0x80 ? s[*i] : g_utf8_get_char (text + *i);
      after = s[*i] < 0x80 ? *i + 1 : (gsize) (g_utf8_next_char (text + *i) - text);
      if (s[*i] < 0x80 ? g_ascii_isdigit (d) : g_unichar_isdigit (d))
        ;
      else if ((d == ',' || d == '.' || d == 0x066C || d == 0x066B) && s[after] != 0 &&
               g_unichar_isdigit (g_utf8_get_char (text + after)))
        ;
      else
        break;
      *extra += after - *i - 1;
      *i = after;
    }
}

/* The rest of a word from byte @i: letters, digits and marks, and an
 * apostrophe between letters. Moves @i past it. */
static void
scan_word (const char *text,
           gsize      *i,
           gsize      *extra)
{
  const guchar *s = (const guchar *) text;

  for (;;)
    {
      gunichar d;
      gsize after;

      /* ASCII letters and digits in a run; anything else below. */
      while (ascii_word_lower[s[*i]] != 0)
        (*i)++;
      if (s[*i] == 0 || (s[*i] < 0x80 && s[*i] != '\''))
        break;
      d = s[*i] < 0x80 ? s[*i] : g_utf8_get_char (text + *i);
      after = s[*i] < 0x80 ? *i + 1 : (gsize) (g_utf8_next_char (text + *i) - text);
      if (s[*i] < 0x80 ? g_ascii_isalnum (d) : (g_unichar_isalnum (d) || g_unichar_ismark (d)))
        ;
      /* Dar'a, Ma'arrat: an apostrophe between letters is part of the word. */
      else if ((d == '\'' || d == 0x2019 || d == 0x02BF || d == 0x02BE) && s[after] != 0 &&
               g_unichar_isalpha (g_utf8_get_char (text + after)) &&
               /* but not the possessive: "regime's" is "regime" */
               !((s[after] == 's' || s[after] == 'S') && !g_ascii_isalnum (s[after + 1])))
        ;
      else
        break;
      *extra += after - *i - 1;
      *i = after;
    }
}

/* A word from its first letter, ASCII, at byte @i: its ASCII letters and
 * digits in one run, hashed as they are read (as _sitrep_suggest_word_hash()
 * hashes them), the rest by scan_word(). Moves @i past it; returns its
 * hash (hashed again whole when the word goes on past the run), or 0 when
 * it is too long for the lists. */
static inline guint32
scan_ascii_word (const char *text,
                 gsize      *i,
                 gsize      *extra,
                 guint16    *flags)
{
  const guchar *s = (const guchar *) text;
  gsize start = *i, k = start;
  guint32 h = FNV_OFFSET;
  guchar c;

  /* Four bytes a turn: one step of k for them. A letter is never the
   * last byte (the text ends with a NUL), so the next one is read safely. */
  for (;;)
    {
      if ((c = ascii_word_lower[s[k]]) == 0)
        break;
      h = (h ^ c) * FNV_PRIME;
      if ((c = ascii_word_lower[s[k + 1]]) == 0)
        {
          k += 1;
          break;
        }
      h = (h ^ c) * FNV_PRIME;
      if ((c = ascii_word_lower[s[k + 2]]) == 0)
        {
          k += 2;
          break;
        }
      h = (h ^ c) * FNV_PRIME;
      if ((c = ascii_word_lower[s[k + 3]]) == 0)
        {
          k += 3;
          break;
        }
      h = (h ^ c) * FNV_PRIME;
      k += 4;
    }
  /* The byte that ended the word is read again below rather than kept
   * from the loop's last turn (a move at every letter). */
  __asm__ ("" : "+r" (k));
  *i = k;
  if (G_UNLIKELY (s[k] >= 0x80 || s[k] == '\''))
    {
      gsize wi = *i, wextra = *extra;

      /* Through copies: the caller's offsets are never taken the address
       * of, so they stay in registers. */
      *flags |= TOK_MIXED;
      scan_word (text, &wi, &wextra);
      *i = wi;
      *extra = wextra;
      /* Hashed whole, as the lists' words are. */
      return *i - start <= MAX_LISTED_WORD ? _sitrep_suggest_word_hash (text + start, *i - start) : 0;
    }
  return k - start <= MAX_LISTED_WORD ? (h != 0 ? h : 1) : 0;
}

/* A token from a non-ASCII character @c (of the bytes @i … @next): a
 * number, a word or a mark. Sets @t's flags and moves @i past it; TRUE when
 * it is a mark that ends a sentence. */
static gboolean
scan_high (const char   *text,
           gunichar      c,
           gsize        *i,
           gsize         next,
           gsize        *extra,
           SuggestToken *t)
{
  *extra += next - *i - 1;
  *i = next;
  if (g_unichar_isdigit (c))
    {
      t->flags = TOK_NUMBER;
      scan_number (text, i, extra);
    }
  else if (g_unichar_isalpha (c) || g_unichar_ismark (c))
    {
      t->flags = TOK_WORD | TOK_MIXED;
      if (g_unichar_isupper (c) || g_unichar_istitle (c))
        t->flags |= TOK_CAP;
      if (c >= 0x0600 && c <= 0x06FF)
        t->flags |= TOK_CAP | TOK_ARABIC;
      scan_word (text, i, extra);
    }
  else
    {
      t->flags = TOK_PUNCT;
      if (c == 0x2010 || c == 0x2011)
        t->flags |= TOK_HYPHEN;
      return c == 0x061F;
    }
  return FALSE;
}

/* A token that is no ASCII word, of @kind (and, BYTE_HIGH, the character
 * @c of the bytes @i … @next), after the token @before (NULL when first):
 * sets @t's flags and hash and moves @i past it; TRUE when it is a mark
 * that ends a sentence. */
static inline gboolean
scan_other (const char         *text,
            guint               kind,
            gunichar            c,
            gsize               next,
            gsize              *i,
            gsize              *extra,
            SuggestToken       *t,
            const SuggestToken *before)
{
  const guchar *s = (const guchar *) text;
  gboolean end_sentence = FALSE;
  /* The offsets through copies (see scan_ascii_word ()). */
  gsize si = *i, sextra = *extra;

  t->lhash = 0;
  switch (kind)
    {
    case BYTE_DIGIT:
      t->flags = TOK_NUMBER;
      si++;
      scan_number (text, &si, &sextra);
      *i = si;
      *extra = sextra;
      break;
    case BYTE_MARK:
      t->flags = s[*i] == '-' ? TOK_PUNCT | TOK_HYPHEN : TOK_PUNCT;
      /* A full stop ends a sentence unless it ends an abbreviation or an initial. */
      end_sentence = (s[*i] == '.' || s[*i] == '!' || s[*i] == '?') &&
                     !(s[*i] == '.' && before != NULL && is_abbreviation (text, before) && before->end == *i);
      (*i)++;
      break;
    default: /* BYTE_HIGH */
      end_sentence = scan_high (text, c, &si, next, &sextra, t);
      *i = si;
      *extra = sextra;
      /* A word's hash (an ASCII one's is its scan's). */
      if ((t->flags & TOK_WORD) && *i - t->start <= MAX_LISTED_WORD)
        t->lhash = _sitrep_suggest_word_hash (text + t->start, *i - t->start);
      break;
    }
  return end_sentence;
}

/* Words, numbers and marks with their byte and code point offsets, and the
 * sentence and paragraph of each. ASCII goes by table, one test of its
 * first byte per token; the rest decodes. Each token is written where it
 * stays. */
GArray *
_sitrep_suggest_tokenize (const char *text,
                          GArray     *reuse)
{
  return _sitrep_suggest_tokenize_paragraphs (text, reuse, NULL);
}

GArray *
_sitrep_suggest_tokenize_paragraphs (const char *text,
                                     GArray     *reuse,
                                     GArray     *paragraphs)
{
  return _sitrep_suggest_tokenize_run (text, reuse, paragraphs, NULL);
}

/* The blocks of @byte_tokens from @block on are the last token's. */
static void
fill_blocks (GArray *byte_tokens,
             guint  *block,
             guint   last)
{
  guint *end = (guint *) (gpointer) byte_tokens->data + byte_tokens->len;

  while (block < end)
    *block++ = last;
}

/* The ASCII words that follow a token, each after one space or none (most
 * of a text), read as _sitrep_suggest_tokenize_run () reads a word, in a
 * loop of their own: a word starts no sentence or paragraph, and it is
 * written where there is room (@out up to @cap; @kind is the first one's).
 * The run's state is in locals of its own, which stay in registers, and
 * given back at the end; returns the count of tokens. */
static G_ALWAYS_INLINE inline guint
read_following_words (const char   *text,
                      guint         kind,
                      SuggestToken *out,
                      guint         cap,
                      guint         n,
                      guint32       sentence,
                      guint32       paragraph,
                      gsize        *i,
                      gsize        *extra,
                      gsize        *block_at,
                      guint       **block,
                      guint        *last,
                      guint32      *spaces)
{
  const guchar *s = (const guchar *) text;
  SuggestToken *w = out + n, *room = out + cap;
  gsize wi = *i, wextra = *extra, wblock_at = *block_at;
  guint *wblock = *block, wlast = *last, wn = n;
  guint64 where = (guint64) sentence | (guint64) paragraph << 32;
  guint wspaces = *spaces;

  G_STATIC_ASSERT (G_STRUCT_OFFSET (SuggestToken, paragraph) == G_STRUCT_OFFSET (SuggestToken, sentence) + 4);
  do
    {
      for (; wblock_at < wi; wblock_at += SUGGEST_BYTE_BLOCK)
        *wblock++ = wlast;
      wlast = wn;
      w->start = wi;
      w->cp_start = wi - wextra;
      memcpy (&w->sentence, &where, sizeof where);
      w->space_before = wspaces;
      w->flags = kind == BYTE_UPPER ? TOK_WORD | TOK_CAP : TOK_WORD;
      w->lhash = scan_ascii_word (text, &wi, &wextra, &w->flags);
      if (kind == BYTE_UPPER && byte_kind[s[wi - 1]] == BYTE_DIGIT)
        w->flags |= TOK_MIXED;
      w->end = wi;
      w->cp_end = wi - wextra;
      w++;
      wn++;
      wspaces = s[wi] == ' ';
      wi += wspaces;
      kind = byte_kind[s[wi]];
    }
  while (w < room && (kind == BYTE_LOWER || kind == BYTE_UPPER));
  *i = wi;
  *extra = wextra;
  *block_at = wblock_at;
  *block = wblock;
  *last = wlast;
  *spaces = wspaces;
  return wn;
}

/* Whether the newline at @i, after the token @last (which ends no
 * sentence), only wraps a sentence, as in hard-wrapped wire copy ("had
 * been\nkilled", "killed\nat least 36 people"): the next line goes on in
 * lower case after a word, a number, a comma or a hyphen, or with a number
 * (not a list's "1." or "2)") after a word in lower case or a comma. A
 * blank line, a line after a colon, a quote or a bracket, and a next line
 * in capitals or in another script still end the sentence (headings,
 * captions, lists). */
static gboolean
newline_wraps (const guchar       *s,
               gsize               i,
               const SuggestToken *last)
{
  guchar p = s[last->start];
  guint before = byte_kind[p];

  for (i++; byte_kind[s[i]] == BYTE_SPACE; i++)
    ;
  if (byte_kind[s[i]] == BYTE_LOWER)
    return before == BYTE_LOWER || before == BYTE_UPPER || before == BYTE_DIGIT || p == ',' || p == '-';
  if (byte_kind[s[i]] != BYTE_DIGIT || !(before == BYTE_LOWER || p == ','))
    return FALSE;
  while (byte_kind[s[i]] == BYTE_DIGIT)
    i++;
  return s[i] != '.' && s[i] != ')';
}

/* SuggestRun.byte_tokens is written as the tokens are: before token n is,
 * the blocks whose first byte is before its start (and not before the
 * last token's) are the last token's. A block's first byte before a
 * token's start is in the text, so within the blocks. */
GArray *
_sitrep_suggest_tokenize_run (const char *text,
                              GArray     *reuse,
                              GArray     *paragraphs,
                              GArray     *byte_tokens)
{
  gsize len = strlen (text);
  guint cap = len / 4 + 64, n = 0;
  GArray *tokens = reuse != NULL ? reuse : g_array_sized_new (FALSE, FALSE, sizeof (SuggestToken), cap);
  SuggestToken *out;
  const guchar *s = (const guchar *) text;
  gsize i = 0, extra = 0;
  /* The first token starts a sentence (0) and a paragraph (0) as a
   * newline's next one does; a paragraph starts only where a sentence does. */
  guint32 sentence = G_MAXUINT32, paragraph = 0, spaces = 0, last_paragraph = G_MAXUINT32;
  gboolean end_sentence = TRUE;
  guint *block = NULL, last = 0;
  /* The next block's first byte: past every token when there is no table. */
  gsize block_at = G_MAXSIZE;

  if (byte_tokens != NULL)
    {
      g_array_set_size (byte_tokens, SUGGEST_BYTE_BLOCKS (len));
      block = (guint *) (gpointer) byte_tokens->data;
      block_at = 0;
    }
  g_array_set_size (tokens, cap);
  if (paragraphs != NULL)
    g_array_set_size (paragraphs, 0);
  out = (SuggestToken *) (gpointer) tokens->data;
  for (;;)
    {
      guint kind = byte_kind[s[i]];
      SuggestToken *t;
      gunichar c = 0;
      gsize next = 0;

      if (G_UNLIKELY (kind >= BYTE_SPACE))
        {
          if (kind == BYTE_SPACE)
            {
              spaces++;
              i++;
              continue;
            }
          if (kind == BYTE_NEWLINE)
            {
              /* A newline ends a sentence and starts a paragraph, unless it only wraps a sentence. */
              end_sentence = end_sentence || !newline_wraps (s, i, &out[n - 1]);
              paragraph += end_sentence;
              spaces++;
              i++;
              continue;
            }
          if (kind == BYTE_END)
            break;
          /* BYTE_HIGH */
          c = g_utf8_get_char (text + i);
          next = g_utf8_next_char (text + i) - text;
          if (c == 0xA0 || g_unichar_isspace (c))
            {
              spaces++;
              extra += next - i - 1;
              i = next;
              continue;
            }
        }

      if (end_sentence)
        {
          sentence++;
          end_sentence = FALSE;
          if (paragraphs != NULL && paragraph != last_paragraph)
            {
              g_array_append_val (paragraphs, n);
              last_paragraph = paragraph;
            }
        }
      if (n == cap)
        {
          cap *= 2;
          g_array_set_size (tokens, cap);
          out = (SuggestToken *) (gpointer) tokens->data;
        }
      for (; block_at < i; block_at += SUGGEST_BYTE_BLOCK)
        *block++ = last;
      last = n;
      t = &out[n];
      t->start = i;
      t->cp_start = i - extra;
      t->sentence = sentence;
      t->paragraph = paragraph;
      t->space_before = MIN (spaces, G_MAXUINT16);

      /* Most tokens: a word of ASCII letters (and digits). */
      if (G_LIKELY (kind == BYTE_LOWER || kind == BYTE_UPPER))
        {
          t->flags = kind == BYTE_UPPER ? TOK_WORD | TOK_CAP : TOK_WORD;
          t->lhash = scan_ascii_word (text, &i, &extra, &t->flags);
          if (kind == BYTE_UPPER && byte_kind[s[i - 1]] == BYTE_DIGIT)
            t->flags |= TOK_MIXED;
        }
      else if (scan_other (text, kind, c, next, &i, &extra, t, n > 0 ? &out[n - 1] : NULL))
        end_sentence = TRUE;

      t->end = i;
      t->cp_end = i - extra;
      n++;
      /* The one space after most tokens, without a turn of the loop. */
      spaces = s[i] == ' ';
      i += spaces;
      if (end_sentence)
        continue;
      /* The ASCII words that follow, each after one space or none (most
       * of a text), in a loop of their own. */
      kind = byte_kind[s[i]];
      if (n < cap && (kind == BYTE_LOWER || kind == BYTE_UPPER))
        n = read_following_words (text, kind, out, cap, n, sentence, paragraph, &i, &extra, &block_at, &block, &last, &spaces);
    }
  g_array_set_size (tokens, n);
  if (byte_tokens != NULL)
    fill_blocks (byte_tokens, block, last);

  return tokens;
}


/* sitrep-cleanup-units.c — cutting a capture into units (lines or paragraphs) and measuring each
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-import"

#include "config.h"

#include <string.h>

#include "sitrep-cleanup-private.h"

/* Units longer than this are prose by length alone; vocabulary, title and
 * date checks only look at shorter ones, which keeps the work linear. */
#define SHORT_LIMIT 400

/* One weak feature among many: words that calls to action, sharing bars
 * and site chrome use. */
static const char *cta_word_list[] = {
  "support", "subscribe", "subscribed", "donate", "donation", "donations",
  "share", "shares", "follow", "comment", "comments", "reply", "replies",
  "login", "signup", "newsletter", "advertisement", "advertising",
  "sponsored", "cookie", "cookies", "privacy", "menu", "skip", "notify",
  "click", "download", "tweet", "facebook", "twitter", "telegram",
  "whatsapp", "instagram", "youtube", "email", "print", "guest", "vote",
  "voted", "feedbacks", "patreon", "paypal", "bitcoin", "navigation",
  "search", "homepage",
};

/* Function words left out when judging Title Case. */
static const char *small_word_list[] = {
  "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into",
  "nor", "of", "on", "or", "over", "per", "the", "to", "up", "via", "with",
  "vs",
};

/* A vocabulary of lower-case ASCII words, indexed by first letter. */
typedef struct
{
  const char  **words;
  gsize         n;
  gsize         max_len;
  guint64       by_first[26];  /* bit i: words[i] starts with this letter */
  gsize         ready;
} WordList;

static WordList cta_words = { cta_word_list, G_N_ELEMENTS (cta_word_list), 0, { 0 }, 0 };
static WordList small_words = { small_word_list, G_N_ELEMENTS (small_word_list), 0, { 0 }, 0 };

static void
word_list_init (WordList *list)
{
  if (!g_once_init_enter (&list->ready))
    return;
  g_assert (list->n <= 64);
  for (gsize i = 0; i < list->n; i++)
    {
      const char *w = list->words[i];

      g_assert (w[0] >= 'a' && w[0] <= 'z');
      list->max_len = MAX (list->max_len, strlen (w));
      list->by_first[w[0] - 'a'] |= G_GUINT64_CONSTANT (1) << i;
    }
  g_assert (list->max_len < 32);
  g_once_init_leave (&list->ready, 1);
}

/* Whether the @len bytes at @word (punctuation around it aside) are one
 * of @list, ignoring ASCII case. */
static gboolean
word_list_has_slice (WordList   *list,
                     const char *word,
                     gsize       len)
{
  char lower[32];
  guint64 bits;

  word_list_init (list);
  while (len > 0 && (guchar) word[0] < 0x80 && !g_ascii_isalnum (word[0]))
    {
      word++;
      len--;
    }
  while (len > 0 && (guchar) word[len - 1] < 0x80 && !g_ascii_isalnum (word[len - 1]))
    len--;

  if (len == 0 || len > list->max_len)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      guchar b = (guchar) word[i];

      /* anything but an ASCII letter matches no word of the list */
      if (!g_ascii_isalpha (b))
        return FALSE;
      lower[i] = g_ascii_isupper (b) ? b + ('a' - 'A') : b;
    }
  for (bits = list->by_first[lower[0] - 'a']; bits != 0; bits &= bits - 1)
    {
      const char *w = list->words[__builtin_ctzll (bits)];

      if (strncmp (lower, w, len) == 0 && w[len] == '\0')
        return TRUE;
    }
  return FALSE;
}

static const char *comment_markers[] = {
  "comments", "comment", "no comments", "leave a reply", "leave a comment",
  "post a comment", "add a comment", "add comment", "notify of",
  "join the discussion", "view all comments", "show comments",
  "reader comments", "write a comment", "comments are closed",
  "login to comment", "log in to comment", "one response", "one comment",
  "responses", "discussion", "have your say", "newest most voted",
  "inline feedbacks", "oldest", "newest",
};

static const char *trailer_markers[] = {
  "related", "related posts", "related articles", "related stories",
  "related news", "related content", "more on this topic", "more on this",
  "read more", "read also", "also read", "see also", "you may also like",
  "you might also like", "recommended", "recommended for you",
  "more stories", "more news", "latest news", "latest", "popular posts",
  "most read", "most popular", "trending", "tags", "filed under",
  "share this", "share this article", "share this post", "share",
  "about the author", "previous post", "next post", "further reading",
  "sign up for our newsletter", "newsletter", "follow us",
};

static gboolean
is_trim_char (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B || c == 0x200E ||
         c == 0x200F || c == 0xFEFF || c == 0x2060;
}

/* Narrows [*start, *end) of @text past blank characters at either end. */
static void
trim_span (const char *text,
           gsize      *start,
           gsize      *end)
{
  while (*start < *end)
    {
      const char *p = text + *start;
      gunichar c = g_utf8_get_char (p);

      if (!is_trim_char (c))
        break;
      *start = g_utf8_next_char (p) - text;
    }
  while (*end > *start)
    {
      const char *p = g_utf8_find_prev_char (text + *start, text + *end);
      gunichar c;

      if (p == NULL)
        break;
      c = g_utf8_get_char (p);
      if (!is_trim_char (c))
        break;
      *end = p - text;
    }
}

static gboolean
is_terminal_char (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x061F ||
         c == 0x06D4 || c == 0x3002;
}

static gboolean
is_closing_char (gunichar c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D ||
         c == 0x2019 || c == 0x00BB;
}

static gboolean
is_separator_char (gunichar c)
{
  return c == '|' || c == 0x00BB || c == 0x203A || c == 0x00B7 ||
         c == 0x2022 || c == 0x25BA || c == 0x276F;
}

/* Lower-cased text of a short unit with only letters, digits and single
 * spaces, for comparing lines and matching vocabulary. ASCII is handled
 * byte by byte; only other characters are decoded. The result needs at
 * most two bytes per byte read: a lower-case character is at most 4 bytes
 * long and the shortest non-ASCII one 2, and a space stands for at least
 * one byte left out. */
char *
_sitrep_cleanup_fold_unit (const char *text,
                           gssize      len)
{
  const guchar *p = (const guchar *) text;
  const guchar *end;
  char *out;
  gsize n = 0;
  gboolean space = FALSE;

  if (len < 0)
    len = strlen (text);
  end = p + len;
  out = g_malloc (2 * (gsize) len + 1);

  while (p < end)
    {
      guchar b = *p;

      if (b < 0x80)
        {
          /* a run of lower-case letters and digits, copied as it is */
          if (g_ascii_isalnum (b))
            {
              if (space && n > 0)
                out[n++] = ' ';
              space = FALSE;
              out[n++] = (b >= 'A' && b <= 'Z') ? b + ('a' - 'A') : b;
              p++;
              while (p < end && ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
                out[n++] = *p++;
              continue;
            }
          else if (b != '\'')
            space = TRUE;
          p++;
        }
      else
        {
          gunichar c = g_utf8_get_char_validated ((const char *) p, end - p);

          if (c == (gunichar) -1 || c == (gunichar) -2)
            {
              space = TRUE;
              p++;
              continue;
            }
          if (g_unichar_isalnum (c) || g_unichar_ismark (c))
            {
              if (space && n > 0)
                out[n++] = ' ';
              space = FALSE;
              n += g_unichar_to_utf8 (g_unichar_tolower (c), out + n);
            }
          else if (c != 0x2019)
            space = TRUE;
          p = (const guchar *) g_utf8_next_char (p);
        }
    }

  out[n] = '\0';
  return out;
}

static MarkerKind
classify_marker (const char *folded,
                 guint       n_words)
{
  const char *p;

  if (n_words > 7)
    return MARKER_NONE;
  if (in_list (folded, comment_markers, G_N_ELEMENTS (comment_markers)))
    return MARKER_COMMENTS;

  /* "4 Comments", "12 responses", "3 thoughts on …" */
  p = folded;
  if (g_ascii_isdigit (*p))
    {
      while (g_ascii_isdigit (*p))
        p++;
      if (*p == ' ')
        {
          p++;
          if (g_str_has_prefix (p, "comment") || g_str_has_prefix (p, "response") ||
              g_str_has_prefix (p, "repl") || g_str_has_prefix (p, "thoughts on"))
            return MARKER_COMMENTS;
        }
    }

  if (in_list (folded, trailer_markers, G_N_ELEMENTS (trailer_markers)) ||
      g_str_has_prefix (folded, "more from ") || g_str_has_prefix (folded, "more in ") ||
      g_str_has_prefix (folded, "related "))
    return MARKER_TRAILER;

  return MARKER_NONE;
}

static gboolean
char_is_space (gunichar c)
{
  return c < 0x80 ? g_ascii_isspace (c) : (g_unichar_isspace (c) || c == 0x00A0);
}

static gboolean
char_is_alpha (gunichar c)
{
  return c < 0x80 ? g_ascii_isalpha (c) : g_unichar_isalpha (c);
}

static gboolean
char_is_digit (gunichar c)
{
  return c < 0x80 ? g_ascii_isdigit (c) : g_unichar_isdigit (c);
}

static gboolean
char_is_upper (gunichar c)
{
  return c < 0x80 ? g_ascii_isupper (c) : (g_unichar_isupper (c) || g_unichar_istitle (c));
}

static gboolean
char_is_lower (gunichar c)
{
  return c < 0x80 ? g_ascii_islower (c) : g_unichar_islower (c);
}

/* What _sitrep_cleanup_analyse_unit () asks of each character, as bits. */
enum
{
  CHAR_SPACE     = 1 << 0,
  CHAR_ALPHA     = 1 << 1,
  CHAR_DIGIT     = 1 << 2,
  CHAR_UPPER     = 1 << 3,  /* char_is_upper () */
  CHAR_LOWER     = 1 << 4,  /* char_is_lower () */
  CHAR_SEPARATOR = 1 << 5,
  CHAR_TERMINAL  = 1 << 6,
  CHAR_CLOSING   = 1 << 7,
};

static guint
char_flags (gunichar c)
{
  return (char_is_space (c) ? CHAR_SPACE : 0) |
         (char_is_alpha (c) ? CHAR_ALPHA : 0) |
         (char_is_digit (c) ? CHAR_DIGIT : 0) |
         (char_is_upper (c) ? CHAR_UPPER : 0) |
         (char_is_lower (c) ? CHAR_LOWER : 0) |
         (is_separator_char (c) ? CHAR_SEPARATOR : 0) |
         (is_terminal_char (c) ? CHAR_TERMINAL : 0) |
         (is_closing_char (c) ? CHAR_CLOSING : 0);
}

/* char_flags () of the ASCII characters, filled once. */
static guint8 ascii_flags[128];

static void
init_ascii_flags (void)
{
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      for (gunichar c = 0; c < 128; c++)
        ascii_flags[c] = (guint8) char_flags (c);
      g_once_init_leave (&ready, 1);
    }
}

/* The character at @p (a space past @end) and its char_flags (); returns the next one. */
static inline const char *
read_char (const char *p,
           const char *end,
           gunichar   *c,
           guint      *flags)
{
  if (p >= end)
    {
      *c = ' ';
      *flags = CHAR_SPACE;
      return p + 1;
    }
  if ((guchar) *p < 0x80)
    {
      *c = (guchar) *p;
      *flags = ascii_flags[*c];
      return p + 1;
    }
  *c = g_utf8_get_char (p);
  *flags = char_flags (*c);
  return g_utf8_next_char (p);
}

/* What a unit's end says (a sentence, a label, a figure) and, for a short unit, whether it
 * is a call to action or a marker; after _sitrep_cleanup_analyse_unit () has counted. */
static void
classify_unit_end (const char *text,
                   Unit       *u,
                   gunichar    last,
                   gunichar    last_non_closing,
                   gboolean    is_short)
{
  u->terminal = is_terminal_char (last_non_closing) &&
                (is_terminal_char (last) || is_closing_char (last));
  u->colon_end = last == ':';
  u->comma_end = last == ',' || last == 0x060C;
  u->numeric = u->n_digits > 0 && u->n_letters <= 3 && u->n_words <= 4;

  if (is_short)
    {
      u->folded = _sitrep_cleanup_fold_unit (text + u->start, u->end - u->start);
      if (u->n_words <= 12)
        {
          for (const char *w = u->folded; *w != '\0';)
            {
              const char *space = strchr (w, ' ');
              gsize n = space != NULL ? (gsize) (space - w) : strlen (w);

              if (word_list_has_slice (&cta_words, w, n))
                u->n_cta++;
              w += n;
              if (*w == ' ')
                w++;
            }
          if (strstr (u->folded, "sign up") != NULL || strstr (u->folded, "log in") != NULL ||
              strstr (u->folded, "back to top") != NULL || strstr (u->folded, "read more") != NULL)
            u->n_cta++;
        }
      u->marker = classify_marker (u->folded, u->n_words);
      if (u->marker == MARKER_NONE && u->n_words <= 20)
        {
          /* "Read more: …", "See also: …": a label from the trailer
           * vocabulary, then a link's text */
          const char *colon = memchr (text + u->start, ':', MIN (u->end - u->start, 40));

          if (colon != NULL && colon + 1 < text + u->end)
            {
              g_autofree char *label = _sitrep_cleanup_fold_unit (text + u->start,
                                                                  colon - (text + u->start));

              if (label[0] != '\0' && classify_marker (label, 3) == MARKER_TRAILER)
                u->marker = MARKER_TEASER;
            }
        }
    }
}

/* Counts what the scores are made of, in one pass over the unit. */
void
_sitrep_cleanup_analyse_unit (const char *text,
                              Unit       *u)
{
  const char *p = text + u->start;
  const char *end = text + u->end;
  gboolean in_word = FALSE;
  const char *word_start = NULL;
  gunichar word_first = 0;       /* first letter or digit of the word */
  guint word_first_flags = 0;
  gunichar last = 0;
  gunichar last_non_closing = 0;
  guint last_non_closing_flags = 0;
  gboolean is_short = (u->end - u->start) <= SHORT_LIMIT;
  /* counted in locals: stores through @u would be reloaded after each
   * access to the text, which may alias them */
  guint n_chars = 0, n_words = 0, n_letters = 0, n_lower = 0, n_upper = 0;
  guint n_digits = 0, n_cap_words = 0, n_case_words = 0, n_sentences = 0;
  guint n_urls = 0, n_separators = 0;
  gboolean first_upper = u->first_upper;

  init_ascii_flags ();

  for (;;)
    {
      gboolean at_end = p >= end;
      gunichar c;
      guint flags;
      const char *next = read_char (p, end, &c, &flags);

      if (flags & CHAR_SPACE)
        {
          if (in_word && word_first != 0)
            {
              gsize len = p - word_start;

              n_words++;
              if (word_first_flags & (CHAR_UPPER | CHAR_LOWER))
                {
                  gboolean small = is_short && len < 8 &&
                                   word_list_has_slice (&small_words, word_start, len);

                  if (!small)
                    {
                      n_case_words++;
                      if (word_first_flags & CHAR_UPPER)
                        n_cap_words++;
                    }
                }
              if (is_short && len >= 4 &&
                  (memcmp (word_start, "http", 4) == 0 || memcmp (word_start, "www.", 4) == 0))
                n_urls++;
              /* a sentence ends at a word ending in . ! ? (optionally closed by a quote) */
              if ((last_non_closing_flags & CHAR_TERMINAL) && len > 2)
                n_sentences++;
            }
          in_word = FALSE;
          word_first = 0;
        }
      else
        {
          if (!in_word)
            {
              in_word = TRUE;
              word_start = p;
            }
          n_chars++;
          if (flags & CHAR_ALPHA)
            {
              if (n_letters == 0 && u->n_letters == 0)
                first_upper = !(flags & CHAR_LOWER);
              n_letters++;
              if (word_first == 0)
                {
                  word_first = c;
                  word_first_flags = flags;
                }
              if (flags & CHAR_UPPER)
                n_upper++;
              else
                n_lower++;
            }
          else if (flags & CHAR_DIGIT)
            {
              n_digits++;
              if (word_first == 0)
                {
                  word_first = c;
                  word_first_flags = flags;
                }
            }
          else if (flags & CHAR_SEPARATOR)
            n_separators++;
          last = c;
          if (!(flags & CHAR_CLOSING) || !(last_non_closing_flags & CHAR_TERMINAL))
            {
              last_non_closing = c;
              last_non_closing_flags = flags;
            }
        }
      if (at_end)
        break;
      p = next;
    }

  u->n_chars += n_chars;
  u->n_words += n_words;
  u->n_letters += n_letters;
  u->n_lower += n_lower;
  u->n_upper += n_upper;
  u->n_digits += n_digits;
  u->n_cap_words += n_cap_words;
  u->n_case_words += n_case_words;
  u->n_sentences += n_sentences;
  u->n_urls += n_urls;
  u->n_separators += n_separators;
  u->first_upper = first_upper;

  classify_unit_end (text, u, last, last_non_closing, is_short);
}

/* Whether the page is hard-wrapped: paragraphs broken into lines of about
 * the same width, separated by blank lines. */
static gboolean
detect_hard_wrap (GArray *lines,
                  guint  *width)
{
  guint n_long = 0;
  guint n_wrapped = 0;
  guint max_len = 0;
  g_autoptr(GArray) lengths = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < lines->len; i++)
    {
      guint len = g_array_index (lines, Unit, i).n_chars;

      if (len > 0)
        g_array_append_val (lengths, len);
    }
  if (lengths->len < 6)
    return FALSE;

  /* the width is the 90th percentile of line lengths */
  {
    guint *v = (guint *) lengths->data;
    guint n = lengths->len;
    guint buckets[121] = { 0 };
    guint seen = 0;

    for (guint i = 0; i < n; i++)
      buckets[MIN (v[i], 120)]++;
    for (guint len = 0; len <= 120; len++)
      {
        seen += buckets[len];
        if (seen * 10 >= n * 9)
          {
            max_len = len;
            break;
          }
      }
  }
  if (max_len < 40 || max_len >= 120)
    return FALSE;

  for (guint i = 0; i + 1 < lines->len; i++)
    {
      Unit *u = &g_array_index (lines, Unit, i);
      Unit *next = &g_array_index (lines, Unit, i + 1);

      if (u->n_chars < max_len * 6 / 10)
        continue;
      n_long++;
      if (next->n_chars > 0 && u->n_chars <= max_len + 2)
        n_wrapped++;
    }

  *width = max_len;
  return n_long >= 4 && n_wrapped * 10 >= n_long * 6;
}

/* The characters in @len bytes: g_utf8_strlen (), with plain ASCII counted
 * eight bytes at a time. */
static guint
span_chars (const char *text,
            gsize       len)
{
  gsize i = 0;

  for (; i + 8 <= len; i += 8)
    {
      guint64 w;

      memcpy (&w, text + i, sizeof w);
      if ((w & G_GUINT64_CONSTANT (0x8080808080808080)) != 0)
        return (guint) MIN (g_utf8_strlen (text, len), G_MAXUINT);
    }
  for (; i < len; i++)
    if ((guchar) text[i] >= 0x80)
      return (guint) MIN (g_utf8_strlen (text, len), G_MAXUINT);
  return (guint) MIN (len, G_MAXUINT);
}

/* Whether the line of @n bytes at @p opens an item of a list or a
 * heading: "- ", "* ", "• ", "1. ", "2) ", "(a) ", "# ". */
static gboolean
opens_item (const char *p,
            gsize       n)
{
  gunichar c = g_utf8_get_char (p);
  gsize i = 0;

  if (c == 0x2022 || c == 0x00B7 || c == 0x25AA || c == 0x25CF || c == 0x2013 || c == 0x2014)
    return TRUE;
  if (n >= 2 && (p[0] == '-' || p[0] == '*' || p[0] == '+' || p[0] == '#' || p[0] == '>') &&
      (p[1] == ' ' || p[1] == '\t' || p[1] == '#'))
    return TRUE;
  if (p[0] == '(' && n >= 4 && g_ascii_isalnum (p[1]) &&
      (p[2] == ')' || (g_ascii_isalnum (p[2]) && p[3] == ')')))
    return TRUE;
  while (i < n && i < 4 && g_ascii_isdigit (p[i]))
    i++;
  return i > 0 && i + 1 < n && (p[i] == '.' || p[i] == ')') && p[i + 1] == ' ';
}

/* Whether the break between the line of @prev_len bytes at @prev and the
 * next one, of @next_len bytes at @next (both trimmed, not blank), only
 * wraps a sentence, as the suggester's tokenizer reads a newline
 * (newline_wraps () in sitrep-suggest-tokens.c): the line ends in a word,
 * a number, a comma or a hyphen and the next goes on in lower case, or
 * with a number (not a list's "1." or "2)") after a word in lower case or
 * a comma. A line that ends a sentence, or with a colon, a quote or a
 * bracket, a next line in capitals or in a script without case, and an
 * item of a list still start a paragraph. */
gboolean
_sitrep_cleanup_line_wraps (const char *prev,
                            gsize       prev_len,
                            const char *next,
                            gsize       next_len)
{
  const char *last = g_utf8_find_prev_char (prev, prev + prev_len);
  gunichar before, after;
  gsize i;

  if (last == NULL || next_len == 0)
    return FALSE;
  before = g_utf8_get_char (last);
  after = g_utf8_get_char (next);
  if (opens_item (next, next_len))
    return FALSE;
  if (char_is_lower (after))
    return char_is_alpha (before) || char_is_digit (before) || before == ',' || before == '-';
  if (!g_ascii_isdigit (after))
    return FALSE;
  if (before != ',')
    {
      /* a word in lower case: its first letter ("the Badia" / "03 September" is a title and its date) */
      const char *word = last;

      for (const char *q = last; q != NULL && char_is_alpha (g_utf8_get_char (q));
           q = g_utf8_find_prev_char (prev, q))
        word = q;
      if (!char_is_lower (g_utf8_get_char (word)))
        return FALSE;
    }
  for (i = 0; i < next_len && g_ascii_isdigit (next[i]); i++)
    ;
  return i == next_len || (next[i] != '.' && next[i] != ')');
}

/* Appends the unit at [@start, @end) of @text to @out, each line break in
 * it (a paragraph's wrap) made one space, or none after a hyphen that ends
 * a word ("anti-\nISIS"). */
void
_sitrep_cleanup_append_joined (GString    *out,
                               const char *text,
                               gsize       start,
                               gsize       end)
{
  while (start < end)
    {
      const char *nl = memchr (text + start, '\n', end - start);
      gsize line_end, next;

      if (nl == NULL)
        {
          g_string_append_len (out, text + start, end - start);
          return;
        }
      line_end = nl - text;
      next = line_end + 1;
      trim_span (text, &start, &line_end);
      while (next < end)
        {
          gunichar c = g_utf8_get_char (text + next);

          if (!is_trim_char (c))
            break;
          next = g_utf8_next_char (text + next) - text;
        }
      g_string_append_len (out, text + start, line_end - start);
      if (!(line_end - start >= 2 && text[line_end - 1] == '-' && g_ascii_isalpha (text[line_end - 2])))
        g_string_append_c (out, ' ');
      start = next;
    }
}

/* Splits @text into units: each non-blank line, or each run of lines making
 * one paragraph: lines that only wrap a sentence
 * (_sitrep_cleanup_line_wraps ()), and in a hard-wrapped page the lines of
 * about the page's width and the line after each, unless it opens an item
 * of a list. */
GArray *
_sitrep_cleanup_split_units (const char *text)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (Unit));
  GArray *units = g_array_new (FALSE, TRUE, sizeof (Unit));
  gsize pos = 0;
  gsize len = strlen (text);
  guint width = 0;
  gboolean wrapped;

  while (pos <= len)
    {
      const char *nl = memchr (text + pos, '\n', len - pos);
      gsize line_end = nl != NULL ? (gsize) (nl - text) : len;
      Unit line = { 0 };

      line.start = pos;
      line.end = line_end;
      trim_span (text, &line.start, &line.end);
      /* a cheap length for the wrap test; analysed properly below */
      line.n_chars = span_chars (text + line.start, line.end - line.start);
      g_array_append_val (lines, line);
      if (nl == NULL)
        break;
      pos = line_end + 1;
    }

  wrapped = detect_hard_wrap (lines, &width);

  for (guint i = 0; i < lines->len; i++)
    {
      Unit *line = &g_array_index (lines, Unit, i);
      Unit unit = { 0 };

      if (line->n_chars == 0)
        continue;
      unit.start = line->start;
      unit.end = line->end;
      /* join continuation lines of a wrapped paragraph */
      while (i + 1 < lines->len && g_array_index (lines, Unit, i + 1).n_chars > 0)
        {
          Unit *cur = &g_array_index (lines, Unit, i);
          Unit *next = &g_array_index (lines, Unit, i + 1);

          if (!(wrapped && cur->n_chars >= width * 6 / 10 &&
                !opens_item (text + next->start, next->end - next->start)) &&
              !_sitrep_cleanup_line_wraps (text + cur->start, cur->end - cur->start,
                                           text + next->start, next->end - next->start))
            break;
          i++;
          unit.end = next->end;
        }
      g_array_append_val (units, unit);
    }

  return units;
}

void
_sitrep_cleanup_unit_clear (Unit *u)
{
  g_free (u->folded);
}

/* Units by folded text, with its hash and length worked out once. */
static guint
unit_text_hash (gconstpointer key)
{
  return ((const Unit *) key)->folded_hash;
}

static gboolean
unit_text_equal (gconstpointer a,
                 gconstpointer b)
{
  const Unit *ua = a;
  const Unit *ub = b;

  return ua->folded_hash == ub->folded_hash && ua->folded_len == ub->folded_len &&
         memcmp (ua->folded, ub->folded, ua->folded_len) == 0;
}

/* Counts repeats of short units, so a headline or a "Support X" shown twice
 * in the page is known as such. The first unit with a text counts them. */
void
_sitrep_cleanup_count_repeats (GArray *units)
{
  g_autoptr(GHashTable) firsts = g_hash_table_new (unit_text_hash, unit_text_equal);

  for (guint i = 0; i < units->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);
      Unit *first;

      if (u->folded == NULL || u->folded[0] == '\0')
        continue;
      u->folded_len = strlen (u->folded);
      u->folded_hash = g_str_hash (u->folded);
      first = g_hash_table_lookup (firsts, u);
      if (first == NULL)
        {
          g_hash_table_add (firsts, u);
          first = u;
        }
      first->repeats++;
    }
  for (guint i = 0; i < units->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);

      if (u->folded != NULL && u->folded[0] != '\0')
        u->repeats = ((Unit *) g_hash_table_lookup (firsts, u))->repeats;
    }
}

/* sitrep-cleanup.c — finding the article in a plain-text web capture
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-import"

#include "config.h"

#include <string.h>

#include "sitrep-dateparse.h"
#include "sitrep-cleanup.h"

/*
 * The method, in the spirit of boilerplate-removal algorithms (BTE,
 * jusText): the capture is cut into units (lines, or paragraphs when the
 * text is hard-wrapped); each unit gets a score from its own features
 * (length, sentence shape, case, figures, links, repetition within the
 * page, a little vocabulary); the main text is the contiguous run of units
 * with the highest total score (maximum subarray), so short noise between
 * paragraphs is bridged while navigation, donation bars and comment
 * sections around the article fall outside. Section markers ("4 Comments",
 * "Related") end the run when little prose follows them. Title, dateline,
 * byline, masthead and "Source:" lines are then looked for around the start
 * and end of the run and kept out of the body.
 */

/* Units longer than this are prose by length alone; vocabulary, title and
 * date checks only look at shorter ones, which keeps the work linear. */
#define SHORT_LIMIT 400
/* How far before the body a title is looked for. */
#define TITLE_WINDOW 30

typedef enum
{
  MARKER_NONE,
  MARKER_COMMENTS,   /* a comment section starts */
  MARKER_TRAILER,    /* related links, tags, share bars ... */
  MARKER_TEASER,     /* "Read more: Another headline", a link inside the text */
} MarkerKind;

typedef enum
{
  ROLE_BODY,
  ROLE_NOISE,
  ROLE_TITLE,
  ROLE_DATE,
  ROLE_BYLINE,
  ROLE_SOURCE,
} UnitRole;

typedef struct
{
  gsize       start;        /* byte offsets of the unit in the text, ends trimmed */
  gsize       end;
  guint       n_chars;
  guint       n_words;
  guint       n_letters;
  guint       n_lower;      /* lower-case and caseless letters */
  guint       n_upper;
  guint       n_digits;
  guint       n_cap_words;  /* words that start with a capital */
  guint       n_case_words; /* words that start with a cased letter, small words aside */
  guint       n_sentences;
  guint       n_urls;
  guint       n_separators; /* | » › · and the like, typical of menus and breadcrumbs */
  guint       n_cta;        /* words of the call-to-action vocabulary */
  guint       repeats;      /* units in the page with the same text */
  gboolean    terminal;     /* ends like a sentence */
  gboolean    first_upper;  /* the first letter is a capital, or has no case */
  gboolean    numeric;      /* figures and currency signs, hardly any words */
  gboolean    colon_end;
  gboolean    comma_end;
  MarkerKind  marker;
  double      score;
  UnitRole    role;
  char       *folded;       /* short units: case-folded, letters and digits only */
  gsize       folded_len;   /* for count_repeats () */
  guint       folded_hash;
} Unit;

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

/* Bylines whose name is a role, not a person. */
static const char *generic_authors[] = {
  "admin", "administrator", "editor", "editors", "editorial", "staff",
  "team", "guest", "author", "user", "desk", "newsroom", "webmaster",
  "reporter", "correspondent", "writer", "staff writer", "news desk",
  "editorial staff", "editorial team", "web desk",
};

static const char *name_particles[] = {
  "al", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "da", "di",
  "del", "la", "le", "du", "der", "den", "ter", "y",
};

static gboolean
in_list (const char  *word,
         const char **list,
         gsize        n)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

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
static char *
fold_unit (const char *text,
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

/* What analyse_unit () asks of each character, as bits. */
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

/* Counts what the scores are made of, in one pass over the unit. */
static void
analyse_unit (const char *text,
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
      gunichar c = ' ';
      guint flags = CHAR_SPACE;
      const char *next = p + 1;

      if (!at_end)
        {
          if ((guchar) *p < 0x80)
            {
              c = (guchar) *p;
              flags = ascii_flags[c];
            }
          else
            {
              c = g_utf8_get_char (p);
              flags = char_flags (c);
              next = g_utf8_next_char (p);
            }
        }

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

  u->terminal = is_terminal_char (last_non_closing) &&
                (is_terminal_char (last) || is_closing_char (last));
  u->colon_end = last == ':';
  u->comma_end = last == ',' || last == 0x060C;
  u->numeric = u->n_digits > 0 && u->n_letters <= 3 && u->n_words <= 4;

  if (is_short)
    {
      u->folded = fold_unit (text + u->start, u->end - u->start);
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
              g_autofree char *label = fold_unit (text + u->start, colon - (text + u->start));

              if (label[0] != '\0' && classify_marker (label, 3) == MARKER_TRAILER)
                u->marker = MARKER_TEASER;
            }
        }
    }
}

static double
cap_ratio (const Unit *u)
{
  return u->n_case_words > 0 ? (double) u->n_cap_words / u->n_case_words : 0.0;
}

static double
lower_ratio (const Unit *u)
{
  return u->n_letters > 0 ? (double) u->n_lower / u->n_letters : 0.0;
}

static gboolean
is_all_caps (const Unit *u)
{
  return u->n_letters >= 6 && (double) u->n_upper / u->n_letters > 0.8;
}

static double
score_unit (const Unit *u)
{
  double s;
  guint w = u->n_words;

  if (w == 0)
    return -2.0;

  if (w >= 25)
    s = 3.0;
  else if (w >= 15)
    s = 2.0;
  else if (w >= 10)
    s = 1.0;
  else if (w >= 6)
    s = 0.0;
  else if (w >= 3)
    s = -1.0;
  else
    s = -2.0;

  /* a complete short sentence: "No group claimed the attack." */
  if (u->terminal && w >= 4 && w < 6 && u->first_upper && lower_ratio (u) >= 0.6)
    s = 0.5;
  if (u->terminal && w >= 6)
    s += 1.0;
  else if (!u->terminal && w >= 6 && w < 15)
    s -= 0.5;
  if (u->n_sentences >= 2)
    s += 1.0;

  if (u->n_letters >= 6 && lower_ratio (u) < 0.5)
    s -= 1.5;
  if (w >= 3 && !u->terminal && cap_ratio (u) >= 0.75)
    s -= 1.0;
  if (u->numeric)
    s -= 2.0;
  if (u->repeats >= 2 && w < 30)
    s -= 2.0;
  if (u->n_cta > 0)
    s -= (u->terminal && w >= 6) ? 0.3 : (w <= 8 ? 1.5 : 0.5);
  if (u->n_urls > 0)
    s -= MIN (3.0, 1.5 * u->n_urls);
  if (u->n_separators >= 2)
    s -= 1.5;
  if (u->marker != MARKER_NONE)
    s -= 2.0;
  if (u->colon_end && w <= 6)
    s -= 1.0;

  return s;
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

/* Splits @text into units: each non-blank line, or each run of wrapped
 * lines making one paragraph. */
static GArray *
split_units (const char *text)
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
      while (wrapped && i + 1 < lines->len &&
             g_array_index (lines, Unit, i).n_chars >= width * 6 / 10 &&
             g_array_index (lines, Unit, i + 1).n_chars > 0)
        {
          i++;
          unit.end = g_array_index (lines, Unit, i).end;
        }
      g_array_append_val (units, unit);
    }

  return units;
}

static void
unit_clear (Unit *u)
{
  g_free (u->folded);
}

static char *
unit_dup (const char *text,
          const Unit *u)
{
  return g_strndup (text + u->start, u->end - u->start);
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
static void
count_repeats (GArray *units)
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

/* The run of units with the largest total score (Kadane). */
static gboolean
best_region (GArray *units,
             guint  *first,
             guint  *last)
{
  double best = 0.0;
  double sum = 0.0;
  guint start = 0;
  gboolean found = FALSE;

  for (guint i = 0; i < units->len; i++)
    {
      double s = g_array_index (units, Unit, i).score;

      if (sum <= 0.0)
        {
          sum = s;
          start = i;
        }
      else
        sum += s;
      if (sum > best)
        {
          best = sum;
          *first = start;
          *last = i;
          found = TRUE;
        }
    }
  return found;
}

static double
prose_mass (GArray *units,
            guint   from,
            guint   to)
{
  double mass = 0.0;

  for (guint i = from; i <= to && i < units->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);

      if (u->score > 0)
        mass += u->n_chars;
    }
  return mass;
}

/* Ends the region at a section marker (or a run of very short lines) after
 * which little of the prose is left: a comment section, related links, a
 * blog trailer. A marker in the middle of the text only loses its line. */
static void
cut_at_markers (GArray *units,
                guint   first,
                guint  *last)
{
  double total = prose_mass (units, first, *last);
  double before = 0.0;

  for (guint k = first; k <= *last; k++)
    {
      Unit *u = &g_array_index (units, Unit, k);
      gboolean short_run = FALSE;

      if (k + 2 <= *last && u->n_words <= 3)
        short_run = g_array_index (units, Unit, k + 1).n_words <= 3 &&
                    g_array_index (units, Unit, k + 2).n_words <= 3;

      if (k > first && ((u->marker != MARKER_NONE && u->marker != MARKER_TEASER) || short_run))
        {
          double after = total - before;
          gboolean cut;

          if (u->marker == MARKER_COMMENTS)
            cut = before >= 0.3 * total;
          else
            cut = after < 0.35 * before;

          if (cut)
            {
              *last = k - 1;
              break;
            }
          if (u->marker != MARKER_NONE)
            u->role = ROLE_NOISE;
        }
      if (u->score > 0)
        before += u->n_chars;
    }

  while (*last > first && g_array_index (units, Unit, *last).score <= 0)
    (*last)--;
}

static gboolean
is_byline_prefix (const char  *folded,
                  const char **rest)
{
  static const char *prefixes[] = {
    "by ", "written by ", "posted by ", "author ", "words by ", "reporting by ",
    "story by ", "بقلم ",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      if (g_str_has_prefix (folded, prefixes[i]))
        {
          *rest = folded + strlen (prefixes[i]);
          return TRUE;
        }
    }
  return FALSE;
}

/* The person a byline names, from the original text of the unit, or NULL
 * when it names a role ("admin") or is not a name. */
static char *
byline_name (const char *line)
{
  static const char *prefixes[] = {
    "written by", "posted by", "words by", "reporting by", "story by",
    "author:", "author", "by",
  };
  const char *p = line;
  g_autofree char *name = NULL;
  g_auto(GStrv) words = NULL;
  g_autofree char *folded = NULL;
  guint n_names = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      gsize n = strlen (prefixes[i]);

      if (g_ascii_strncasecmp (p, prefixes[i], n) == 0)
        {
          p += n;
          break;
        }
    }
  while (*p == ' ' || *p == ':')
    p++;

  name = g_strdup (p);
  /* the name ends where a date, outlet or second part of the line begins */
  {
    static const char *cuts[] = { " | ", " - ", " – ", " — ", ", ", " on ", " at ", " / ", "|", " • ", " · " };

    for (gsize i = 0; i < G_N_ELEMENTS (cuts); i++)
      {
        char *c = strstr (name, cuts[i]);

        if (c != NULL)
          *c = '\0';
      }
  }
  g_strstrip (name);
  folded = fold_unit (name, -1);
  if (folded[0] == '\0' || in_list (folded, generic_authors, G_N_ELEMENTS (generic_authors)))
    return NULL;

  words = g_strsplit (name, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gunichar c;
      g_autofree char *w = NULL;

      if (words[i][0] == '\0')
        continue;
      c = g_utf8_get_char (words[i]);
      w = fold_unit (words[i], -1);
      if (g_unichar_isdigit (c) || strpbrk (words[i], "0123456789@") != NULL)
        return NULL;
      if (g_unichar_isupper (c) || !g_unichar_islower (c))
        n_names++;
      else if (!in_list (w, name_particles, G_N_ELEMENTS (name_particles)) &&
               !g_str_has_prefix (words[i], "al-") && !g_str_has_prefix (words[i], "el-"))
        return NULL;
    }
  if (n_names < 2 || n_names > 5)
    return NULL;

  return g_steal_pointer (&name);
}

/* Whether the unit is a byline or the author's photo caption. */
static gboolean
is_byline (const Unit *u)
{
  const char *rest;

  if (u->folded == NULL || u->n_words > 12 || u->terminal)
    return FALSE;
  if (is_byline_prefix (u->folded, &rest) && rest[0] != '\0')
    return TRUE;
  /* "Photo of author", "Author avatar", "About the author" */
  if (u->n_words <= 4 && (g_str_has_prefix (u->folded, "author") ||
                          strstr (u->folded, " author") != NULL))
    return TRUE;
  return FALSE;
}

/* The value of a "Source: X" line, or NULL. */
static char *
source_value (const char *text,
              const Unit *u)
{
  static const char *labels[] = { "source", "sources", "via", "المصدر", "credit" };
  g_autofree char *line = NULL;
  char *colon;
  char *value;
  g_autofree char *label = NULL;

  if (u->folded == NULL || u->n_words > 8 || u->n_words < 2)
    return NULL;
  line = unit_dup (text, u);
  colon = strchr (line, ':');
  if (colon == NULL)
    colon = strstr (line, "：");
  if (colon == NULL)
    return NULL;
  label = fold_unit (line, colon - line);
  if (!in_list (label, labels, G_N_ELEMENTS (labels)))
    return NULL;
  value = colon + (*colon == ':' ? 1 : strlen ("："));
  g_strstrip (value);
  while (*value != '\0' && strchr (".;,", value[strlen (value) - 1]) != NULL)
    value[strlen (value) - 1] = '\0';
  if (value[0] == '\0' || strlen (value) > 80)
    return NULL;
  return g_strdup (value);
}

/* Whether the unit states a date and hardly anything else. */
static gboolean
unit_date (const char          *text,
           const Unit          *u,
           SitrepDateMatch     *match)
{
  g_autofree char *line = NULL;
  g_autofree char *iso = NULL;

  if (u->folded == NULL || u->n_words > 12 || u->n_sentences > 1)
    return FALSE;
  line = unit_dup (text, u);
  if (sitrep_date_parse (line, NULL, NULL, NULL))
    return sitrep_date_find (line, -1, match);
  /* "By John Smith | October 19, 2022": a full date on a short line */
  if (sitrep_date_find (line, -1, match) && match->precision == SITREP_DATE_PRECISION_DAY &&
      (u->n_words <= 8 || is_byline (u)) && !u->terminal)
    return TRUE;
  return FALSE;
}

static gboolean
headline_like (const Unit *u)
{
  return u->folded != NULL && u->n_words >= 3 && u->n_words <= 25 && u->n_chars <= 250 &&
         !(u->terminal && !g_str_has_suffix (u->folded, "?")) && !u->colon_end &&
         !u->numeric && u->n_urls == 0 && u->marker == MARKER_NONE &&
         u->role == ROLE_BODY && u->n_separators < 2;
}

/* The longer words (4 characters or more) of the title candidates, each
 * with whether the start of the body uses it. Only the candidates' words
 * are kept, so the body is scanned once without a table of its words. */
typedef struct
{
  GHashTable *words;           /* folded word -> index in found, plus one */
  GByteArray *found;           /* whether the body uses each word */
  guint       n_missing;
  guint8      first_bytes[32]; /* bit set of the words' first bytes */
} TitleWords;

static void
title_words_clear (TitleWords *tw)
{
  g_clear_pointer (&tw->words, g_hash_table_unref);
  g_clear_pointer (&tw->found, g_byte_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TitleWords, title_words_clear)

/* Steps *@p to the next space-separated word of a folded text with at
 * least 4 characters: its @len bytes at @word. FALSE at the end. */
static gboolean
next_long_word (const char **p,
                const char **word,
                gsize       *len)
{
  while (**p != '\0')
    {
      const char *w = *p;
      const char *space = strchr (w, ' ');
      gsize n = space != NULL ? (gsize) (space - w) : strlen (w);

      *p = w + n;
      if (**p == ' ')
        (*p)++;
      if (n >= 4 && g_utf8_strlen (w, n) >= 4)
        {
          *word = w;
          *len = n;
          return TRUE;
        }
    }
  return FALSE;
}

/* The index in @tw->found of a word, plus one, or 0. */
static guint
title_words_lookup (TitleWords *tw,
                    const char *word,
                    gsize       len)
{
  char buffer[64];
  g_autofree char *heap = NULL;
  char *key = buffer;

  if (len >= sizeof buffer)
    key = heap = g_malloc (len + 1);
  memcpy (key, word, len);
  key[len] = '\0';
  return GPOINTER_TO_UINT (g_hash_table_lookup (tw->words, key));
}

static void
title_words_add (TitleWords *tw,
                 const char *folded)
{
  const char *p = folded;
  const char *w;
  gsize n;

  while (next_long_word (&p, &w, &n))
    {
      guint8 no = FALSE;

      if (title_words_lookup (tw, w, n) > 0)
        continue;
      tw->first_bytes[(guchar) w[0] >> 3] |= 1 << ((guchar) w[0] & 7);
      tw->n_missing++;
      g_byte_array_append (tw->found, &no, 1);
      g_hash_table_insert (tw->words, g_strndup (w, n), GUINT_TO_POINTER (tw->found->len));
    }
}

/* Marks the candidates' words that @folded uses. */
static void
title_words_scan (TitleWords *tw,
                  const char *folded)
{
  for (const char *w = folded; *w != '\0' && tw->n_missing > 0;)
    {
      const char *space = strchr (w, ' ');
      gsize n = space != NULL ? (gsize) (space - w) : strlen (w);

      /* the candidates' words are 4 bytes or longer */
      if (n >= 4 && (tw->first_bytes[(guchar) w[0] >> 3] & (1 << ((guchar) w[0] & 7))) != 0)
        {
          guint index = title_words_lookup (tw, w, n);

          if (index > 0 && !tw->found->data[index - 1])
            {
              tw->found->data[index - 1] = TRUE;
              tw->n_missing--;
            }
        }
      w += n;
      if (*w == ' ')
        w++;
    }
}

/* Finds which of the candidates' words the start of the body uses: the
 * folded text of the units from @first on, 20,000 bytes at most. */
static void
title_words_find_in_body (TitleWords *tw,
                          const char *text,
                          GArray     *units,
                          guint       first,
                          guint       last)
{
  gsize budget = 20000;

  for (guint i = first; i <= last && i < units->len && budget > 0 && tw->n_missing > 0; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);
      gsize n = MIN (u->end - u->start, budget);

      /* do not cut a character in two */
      while (n > 0 && n < u->end - u->start && (text[u->start + n] & 0xC0) == 0x80)
        n--;
      budget -= n;
      if (u->folded != NULL)
        title_words_scan (tw, u->folded);
      else
        {
          g_autofree char *folded = fold_unit (text + u->start, n);

          title_words_scan (tw, folded);
        }
    }
}

/* How many of the title's longer words the body uses (0–1). */
static double
overlap (const Unit *u,
         TitleWords *tw)
{
  const char *p = u->folded;
  const char *w;
  gsize n;
  guint n_words = 0;
  guint hits = 0;

  while (next_long_word (&p, &w, &n))
    {
      guint index = title_words_lookup (tw, w, n);

      n_words++;
      if (index > 0 && tw->found->data[index - 1])
        hits++;
    }
  return n_words > 0 ? (double) hits / n_words : 0.0;
}

/* Whether the unit could be an outlet's name shown under the title. */
static gboolean
masthead_like (const Unit *u)
{
  if (u->folded == NULL || u->n_words < 1 || u->n_words > 4 || u->terminal ||
      u->colon_end || u->n_digits > 0 || u->n_cta > 0 || u->marker != MARKER_NONE ||
      u->role != ROLE_BODY || u->n_separators > 0)
    return FALSE;
  return u->n_case_words > 0 && u->n_cap_words == u->n_case_words;
}

static double
title_score (GArray     *units,
             guint       i,
             guint       body_start,
             TitleWords *words)
{
  Unit *u = &g_array_index (units, Unit, i);
  double s = 0.0;
  guint distance = body_start > i ? body_start - i - 1 : 0;
  gunichar first;

  /* long units have no folded text: test before reading it */
  if (!headline_like (u))
    return -100.0;
  first = g_utf8_get_char (u->folded);

  s += 4.0 * overlap (u, words);
  if (u->repeats >= 2)
    s += 2.5;
  if (cap_ratio (u) >= 0.75 || is_all_caps (u))
    s += 1.5;
  if (!g_unichar_isdigit (first))
    s += 0.5;
  if (u->n_cta > 0)
    s -= 2.0;
  if (u->n_words == 3)
    s -= 1.0;
  if ((i > 0 && g_array_index (units, Unit, i - 1).numeric) ||
      (i + 1 < units->len && g_array_index (units, Unit, i + 1).numeric))
    s -= 1.5;
  s -= 0.15 * distance;

  /* right above the body, with only a dateline, byline or masthead between */
  {
    gboolean adjacent = TRUE;

    for (guint k = i + 1; k < body_start && adjacent; k++)
      {
        Unit *between = &g_array_index (units, Unit, k);

        if (between->role == ROLE_BODY && !masthead_like (between) &&
            between->repeats < 2 && between->n_words > 0)
          adjacent = FALSE;
      }
    if (adjacent)
      s += 1.0;
  }
  return s;
}

static void
set_date (SitrepCleanup         *cleanup,
          const SitrepDateMatch *m)
{
  if (cleanup->published != NULL)
    return;
  if (m->precision == SITREP_DATE_PRECISION_UNKNOWN)
    {
      if (cleanup->published_note == NULL)
        cleanup->published_note = sitrep_date_match_to_note (m);
      return;
    }
  cleanup->published = sitrep_date_match_to_iso (m);
  cleanup->published_precision = m->precision;
  g_clear_pointer (&cleanup->published_note, g_free);
}

/* Dateline, byline and source lines near the start and end of the body. */
static void
find_metadata (SitrepCleanup *cleanup,
               const char    *text,
               GArray        *units,
               guint          first,
               guint          last)
{
  guint head_end = MIN (first + 3, last);
  guint tail_end = MIN (units->len, last + 8);

  for (guint i = 0; i < units->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);
      gboolean head = i < first || (i <= head_end && i != last);
      gboolean tail = i > last && i < tail_end;
      g_autofree char *source = NULL;
      SitrepDateMatch m;

      if (u->role != ROLE_BODY && u->role != ROLE_NOISE)
        continue;
      if (!(head || tail || (i >= first && i <= last)))
        continue;

      source = source_value (text, u);
      if (source != NULL)
        {
          if (cleanup->source == NULL)
            cleanup->source = g_steal_pointer (&source);
          u->role = ROLE_SOURCE;
          continue;
        }
      if (!head && !tail)
        continue;
      if (is_byline (u))
        {
          g_autofree char *line = unit_dup (text, u);

          if (cleanup->author == NULL)
            cleanup->author = byline_name (line);
          if (unit_date (text, u, &m))
            set_date (cleanup, &m);
          u->role = ROLE_BYLINE;
          continue;
        }
      if ((head || i < last + 4) && unit_date (text, u, &m))
        {
          set_date (cleanup, &m);
          u->role = ROLE_DATE;
        }
    }
}

static gboolean
same_text (const Unit *u,
           const char *folded_title)
{
  return u->folded != NULL && folded_title != NULL && strcmp (u->folded, folded_title) == 0;
}

static void
find_title (SitrepCleanup *cleanup,
            const char    *text,
            GArray        *units,
            guint         *first,
            guint          last,
            const char    *known_title)
{
  g_auto(TitleWords) words = { NULL, NULL, 0, { 0 } };
  g_autofree char *folded_title = NULL;
  double best = 1.0;
  guint best_i = G_MAXUINT;
  guint from = *first > TITLE_WINDOW ? *first - TITLE_WINDOW : 0;

  if (known_title != NULL && known_title[0] != '\0')
    {
      cleanup->title = g_strdup (known_title);
      folded_title = fold_unit (known_title, -1);
    }
  else
    {
      words.words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      words.found = g_byte_array_new ();
      for (guint i = from; i < *first; i++)
        if (headline_like (&g_array_index (units, Unit, i)))
          title_words_add (&words, g_array_index (units, Unit, i).folded);
      title_words_find_in_body (&words, text, units, *first, last);
      for (guint i = from; i < *first; i++)
        {
          double s = title_score (units, i, *first, &words);

          if (s > best)
            {
              best = s;
              best_i = i;
            }
        }
      /* A headline may open the text itself, right above the first paragraph. */
      if (best_i == G_MAXUINT && *first < last)
        {
          Unit *u = &g_array_index (units, Unit, *first);
          Unit *next = &g_array_index (units, Unit, *first + 1);

          if (headline_like (u) && !u->terminal && next->score > 0 &&
              next->n_words > u->n_words)
            best_i = *first;
        }
      if (best_i != G_MAXUINT)
        {
          Unit *u = &g_array_index (units, Unit, best_i);

          cleanup->title = unit_dup (text, u);
          folded_title = g_strdup (u->folded);
          if (best_i == *first)
            (*first)++;
        }
    }

  if (folded_title == NULL)
    return;

  for (guint i = 0; i < units->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);

      if (same_text (u, folded_title))
        u->role = ROLE_TITLE;
    }

  /* an outlet's name right under the title: "South Front" */
  if (cleanup->source == NULL && best_i != G_MAXUINT)
    {
      for (guint i = best_i + 1; i < *first && i <= best_i + 2; i++)
        {
          Unit *u = &g_array_index (units, Unit, i);

          if (u->role == ROLE_TITLE)
            continue;
          if (masthead_like (u) && u->repeats <= 1)
            {
              cleanup->source = unit_dup (text, u);
              u->role = ROLE_SOURCE;
            }
          break;
        }
    }
}

/* A short line that introduces the next one: "Image caption,", "Photo:". */
static gboolean
is_label (const Unit *u)
{
  if (u->folded == NULL || u->n_words == 0 || u->n_words > 3 || u->terminal)
    return FALSE;
  return u->colon_end || u->comma_end;
}

/* Whether a unit inside the main text is page furniture after all. */
static gboolean
is_inner_noise (GArray *units,
                guint   i,
                guint   first,
                guint   last)
{
  Unit *u = &g_array_index (units, Unit, i);
  gboolean prose_before = i > first && g_array_index (units, Unit, i - 1).score > 0;
  gboolean prose_after = i < last && g_array_index (units, Unit, i + 1).score > 0;

  if (u->role != ROLE_BODY)
    return TRUE;
  /* "Image caption," then the caption: a label line and the non-sentence it introduces */
  if (i > first)
    {
      Unit *prev = &g_array_index (units, Unit, i - 1);

      if (is_label (prev) && !u->terminal && u->n_words < 25)
        return TRUE;
    }
  if (i < last && is_label (u) && !g_array_index (units, Unit, i + 1).terminal &&
      g_array_index (units, Unit, i + 1).n_words < 25)
    return TRUE;
  if (u->score > 0)
    return FALSE;
  if (u->numeric || u->n_words <= 2 || u->marker != MARKER_NONE || u->n_urls > 0 ||
      (u->n_cta > 0 && u->n_words <= 8) || (u->repeats >= 2 && u->n_words < 15))
    return TRUE;
  /* a crosshead between paragraphs stays */
  return u->score <= -2.0 && !(prose_before && prose_after);
}

SitrepCleanup *
sitrep_cleanup_capture (const char *text,
                        const char *known_title)
{
  g_autoptr(SitrepCleanup) cleanup = g_new0 (SitrepCleanup, 1);
  g_autoptr(GArray) units = NULL;
  g_autoptr(GString) body = NULL;
  guint first = 0;
  guint last = 0;

  g_return_val_if_fail (text != NULL, NULL);

  units = split_units (text);
  g_array_set_clear_func (units, (GDestroyNotify) unit_clear);
  if (units->len == 0)
    {
      cleanup->body = g_strdup ("");
      return g_steal_pointer (&cleanup);
    }

  for (guint i = 0; i < units->len; i++)
    analyse_unit (text, &g_array_index (units, Unit, i));
  count_repeats (units);
  for (guint i = 0; i < units->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);

      u->score = score_unit (u);
    }

  if (best_region (units, &first, &last))
    cut_at_markers (units, first, &last);
  else
    {
      first = 0;
      last = units->len - 1;
    }

  find_metadata (cleanup, text, units, first, last);
  find_title (cleanup, text, units, &first, last, known_title);

  body = g_string_new (NULL);
  for (guint i = first; i <= last && i < units->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);

      if (is_inner_noise (units, i, first, last))
        continue;
      if (body->len > 0)
        g_string_append (body, "\n\n");
      g_string_append_len (body, text + u->start, u->end - u->start);
    }

  /* Nothing looked like an article: keep every line rather than lose text. */
  if (body->len == 0)
    {
      for (guint i = 0; i < units->len; i++)
        {
          Unit *u = &g_array_index (units, Unit, i);

          if (u->role == ROLE_TITLE && units->len > 1)
            continue;
          if (body->len > 0)
            g_string_append (body, "\n\n");
          g_string_append_len (body, text + u->start, u->end - u->start);
        }
    }

  cleanup->body = g_string_free (g_steal_pointer (&body), FALSE);
  return g_steal_pointer (&cleanup);
}

void
sitrep_cleanup_free (SitrepCleanup *cleanup)
{
  if (cleanup == NULL)
    return;
  g_free (cleanup->title);
  g_free (cleanup->body);
  g_free (cleanup->source);
  g_free (cleanup->author);
  g_free (cleanup->published);
  g_free (cleanup->published_note);
  g_free (cleanup);
}

char *
sitrep_cleanup_light (const char *text)
{
  GString *out;
  gsize start = 0;
  gsize end;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p++)
    {
      if (*p == '\r')
        {
          g_string_append_c (out, '\n');
          if (p[1] == '\n')
            p++;
        }
      else
        g_string_append_c (out, *p);
    }

  /* only white space: invisible marks (LRM, RLM) may carry meaning here */
  end = out->len;
  while (start < end && g_unichar_isspace (g_utf8_get_char (out->str + start)))
    start = g_utf8_next_char (out->str + start) - out->str;
  while (end > start)
    {
      const char *prev = g_utf8_find_prev_char (out->str + start, out->str + end);

      if (prev == NULL || !g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev - out->str;
    }
  g_string_truncate (out, end);
  g_string_erase (out, 0, start);

  return g_string_free (out, FALSE);
}

gboolean
sitrep_cleanup_looks_like_capture (const char *text)
{
  g_autoptr(GArray) units = NULL;
  guint n_short = 0;
  guint n_marked = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  /* most fields are a line or a few paragraphs: decided without splitting */
  {
    guint lines = 0;

    for (const char *p = text; *p && lines < 8; p++)
      if (*p == '\n' || *p == '\r')
        lines++;
    if (lines < 7)
      return FALSE;
  }

  units = split_units (text);
  g_array_set_clear_func (units, (GDestroyNotify) unit_clear);
  if (units->len < 8)
    return FALSE;
  for (guint i = 0; i < units->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);

      analyse_unit (text, u);
      if (u->n_words <= 4)
        n_short++;
      if (u->marker != MARKER_NONE || u->n_cta > 0 || u->numeric)
        n_marked++;
    }
  return n_short * 10 >= units->len * 3 && n_marked >= 2;
}

/* sitrep-normalize.c — name keys under which every spelling of a name meets
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-normalize"

#include "config.h"

#include <string.h>

#include "sitrep-normalize.h"
#include "sitrep-coding-private.h"

/*
 * Latin transliterations of Arabic names differ mostly in their vowels
 * (Deir/Dayr, Zor/Zawr, Fatemiyoun/Fatemiyun), in doubled consonants
 * (Jasim/Jassim) and in how the article is written (ez-Zor, Ezzor, az Zawr).
 * The key keeps the consonant skeleton and where vowels stand, but not which
 * vowel: every run of vowels becomes one "a". Consonants are kept apart, so
 * Hama/Homs and Idlib/Iblin stay different names.
 */

static const char * const articles[] = {
  "al", "el", "il", "ul", "as", "es", "ad", "ed", "ash", "esh", "az", "ez", "an", "en",
  "ar", "er", "at", "et", "ath", "eth", "adh", "edh", NULL
};

static gboolean
is_article (const char *token)
{
  for (guint i = 0; articles[i] != NULL; i++)
    {
      if (strcmp (token, articles[i]) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_vowel (char c)
{
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Sun letters assimilate the article: "al-Zor" is said and often written "Ezzor". */
static gboolean
is_sun_letter (char c)
{
  return c == 't' || c == 'd' || c == 'r' || c == 'z' || c == 's' || c == 'n' || c == 'l';
}

/* Folds one Latin token (lower-case ASCII letters and digits, @len bytes) into
 * its key at @out, through @tmp (room for @len bytes); returns the bytes written. */
static gsize
fold_latin_token (char       *out,
                  const char *token,
                  gsize       len,
                  char       *tmp)
{
  gsize i, n = 0, t = 0;
  char prev = 0;

  /* A glued, assimilated article: "ezzor" → "zor", "assukhnah" → "sukhnah". */
  if (len >= 5 && (token[0] == 'a' || token[0] == 'e') && is_sun_letter (token[1]) &&
      token[2] == token[1])
    {
      token += 2;
      len -= 2;
    }

  /* Digraphs and letter pairs first. */
  for (i = 0; i < len; i++)
    {
      char c = token[i];
      char next = i + 1 < len ? token[i + 1] : 0;

      if (c == 'd' && next == 'h')
        {
          tmp[t++] = 'z';
          i++;
        }
      else if (c == 'p' && next == 'h')
        {
          tmp[t++] = 'f';
          i++;
        }
      else if (c == 'q')
        tmp[t++] = 'k';
      else if (c == 'c' && next == 'k')
        {
          tmp[t++] = 'k';
          i++;
        }
      else
        tmp[t++] = c;
    }

  /* The final ta marbuta is written -a, -ah or -eh (Raqqa, Raqqah). */
  if (t > 3 && tmp[t - 1] == 'h' && is_vowel (tmp[t - 2]))
    t--;

  /* y and w are vowels inside a vowel run that ends before a consonant
   * (Dayr, Zawr), consonants elsewhere (Fatemiyoun, Yarmouk, Wadi). */
  for (i = 0; i < t; i++)
    {
      char c = tmp[i];
      gboolean vowel = is_vowel (c);

      if ((c == 'y' || c == 'w') && i > 0 && is_vowel (tmp[i - 1]) &&
          (i + 1 == t || !is_vowel (tmp[i + 1])))
        vowel = TRUE;

      if (vowel)
        c = 'a';

      /* Doubled letters and vowel runs fold to one. */
      if (c == prev)
        continue;
      out[n++] = c;
      prev = c;
    }
  return n;
}

static gboolean
is_arabic (gunichar c)
{
  return c >= 0x0600 && c <= 0x06FF;
}

static gunichar
fold_arabic_letter (gunichar c)
{
  switch (c)
    {
    case 0x0622: /* آ */
    case 0x0623: /* أ */
    case 0x0625: /* إ */
    case 0x0671: /* ٱ */
      return 0x0627; /* ا */
    case 0x0629: /* ة */
      return 0x0647; /* ه */
    case 0x0649: /* ى */
      return 0x064A; /* ي */
    case 0x0624: /* ؤ */
      return 0x0648; /* و */
    case 0x0626: /* ئ */
      return 0x064A;
    default:
      return c;
    }
}

/* Drops what does not change a name: marks, tatweel, punctuation. */
static gboolean
is_ignorable (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
         type == G_UNICODE_ENCLOSING_MARK || c == 0x0640 /* tatweel */ ||
         c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BF || c == 0x02BE ||
         c == 0x02BC || c == '`' || c == 0x00B4;
}

/*
 * Words that say what a region is rather than which: English, Arabic
 * transliterated and in Arabic script, and Turkish. Compared as keys, so
 * every spelling of them goes ("Qaḑā’", "Qada", "qadaa").
 */
static const char * const region_words[] = {
  "province", "governorate", "governate", "district", "subdistrict", "sub", "county",
  "region", "muhafazat", "muhafazah", "muhafaza", "mohafazat", "mohafaza", "qada", "kaza",
  "mintaqat", "mintaqa", "mantiqat", "nahiyat", "nahiya", "nahiyah", "markaz", "liwa",
  "wilayat", "ilce",
  "محافظة", "قضاء", "منطقة", "ناحية", "مركز",
  NULL
};

static gpointer
build_region_word_keys (gpointer data)
{
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; region_words[i] != NULL; i++)
    {
      char *key = sitrep_normalize_name (region_words[i]);

      if (*key != '\0')
        g_hash_table_add (keys, key);
      else
        g_free (key);
    }
  return keys;
}

static GHashTable *
region_word_keys (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, build_region_word_keys, NULL);
  return once.retval;
}

/*
 * The key of a name written in ASCII alone, which NFKD leaves as it is: the
 * same tokens and folds as below, read straight from @name into one buffer.
 * Tokens hold only letters and digits, and each ends at a separator or at the
 * end, so the tokens with their ends take at most @len + 1 bytes, and so does
 * the key (a fold never lengthens a token; a space stands for a separator).
 */
static char *
normalize_ascii (const char *name,
                 gsize       len)
{
  char on_stack[512];
  char *buf = 2 * (len + 1) <= sizeof on_stack ? on_stack : g_malloc (2 * (len + 1));
  char *tokens = buf, *tmp = buf + len + 1;
  char *out = g_malloc (len + 1);
  gsize n_tokens = 0, t = 0, o = 0, n_kept = 0;
  gboolean in_token = FALSE;

  /* Split as below: letters and digits, lowered; apostrophes vanish. */
  for (const char *p = name; ; p++)
    {
      char c = *p;

      if (c == '\'' || c == '`')
        continue;
      if (g_ascii_isalnum (c))
        {
          tokens[t++] = g_ascii_tolower (c);
          in_token = TRUE;
          continue;
        }
      if (in_token)
        {
          tokens[t++] = '\0';
          n_tokens++;
          in_token = FALSE;
        }
      if (c == '\0')
        break;
    }

  for (gsize at = 0; at < t; )
    {
      const char *token = tokens + at;
      gsize token_len = strlen (token);

      at += token_len + 1;
      /* Every article has two or three letters. */
      if (n_tokens > 1 && (token_len == 2 || token_len == 3) && is_article (token))
        continue;
      if (n_kept++ > 0)
        out[o++] = ' ';
      o += fold_latin_token (out + o, token, token_len, tmp);
    }
  out[o] = '\0';

  if (buf != on_stack)
    g_free (buf);
  return out;
}

/* The key of any other valid or invalid text: decomposed (NFKD), then split and folded. */
static char *
normalize_unicode (const char *name)
{
  g_autofree char *decomposed = NULL;
  g_autoptr(GPtrArray) tokens = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) token = g_string_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  guint n_kept = 0;

  if (!g_utf8_validate (name, -1, NULL))
    return g_strdup ("");

  decomposed = g_utf8_normalize (name, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_strdup ("");

  /* Split into tokens of letters and digits; hyphens, spaces and the rest
   * separate; apostrophes and marks vanish (Dar'a = Dara). */
  for (const char *p = decomposed; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && is_ignorable (c))
        continue;

      if (c != 0 && g_unichar_isalnum (c))
        {
          c = g_unichar_tolower (c);
          if (is_arabic (c))
            c = fold_arabic_letter (c);
          /* ı, ł, ø and friends have no decomposition. */
          if (c == 0x0131)
            c = 'i';
          else if (c == 0x0142)
            c = 'l';
          else if (c == 0x00F8)
            c = 'o';
          else if (c == 0x00DF)
            {
              g_string_append (token, "ss");
              continue;
            }
          g_string_append_unichar (token, c);
          continue;
        }

      if (token->len > 0)
        {
          g_ptr_array_add (tokens, g_strdup (token->str));
          g_string_truncate (token, 0);
        }
      if (c == 0)
        break;
    }

  for (guint i = 0; i < tokens->len; i++)
    {
      char *t = g_ptr_array_index (tokens, i);
      gboolean ascii = TRUE;

      /* The article alone is not the name ("al-" in "al-Bab"), unless it is all there is. */
      if (is_article (t) && tokens->len > 1)
        continue;

      for (const char *p = t; *p != '\0'; p++)
        {
          if ((guchar) *p >= 0x80)
            ascii = FALSE;
        }

      if (n_kept++ > 0)
        g_string_append_c (out, ' ');

      if (ascii)
        {
          gsize len = strlen (t), at = out->len;
          g_autofree char *tmp = g_malloc (len + 1);

          g_string_set_size (out, at + len);
          g_string_truncate (out, at + fold_latin_token (out->str + at, t, len, tmp));
        }
      else
        {
          const char *s = t;

          /* The Arabic article glued to the word: "الباب" → "باب". */
          if (g_str_has_prefix (s, "\xd8\xa7\xd9\x84") && g_utf8_strlen (s, -1) > 3)
            s += 4;
          g_string_append (out, s);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
sitrep_normalize_name (const char *name)
{
  gsize len = 0;

  g_return_val_if_fail (name != NULL, NULL);

  while ((guchar) name[len] != 0 && (guchar) name[len] < 0x80)
    len++;
  if (name[len] == '\0')
    return normalize_ascii (name, len);
  return normalize_unicode (name);
}

gboolean
sitrep_names_match (const char *a,
                    const char *b)
{
  g_autofree char *ka = NULL;
  g_autofree char *kb = NULL;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  ka = sitrep_normalize_name (a);
  kb = sitrep_normalize_name (b);

  return *ka != '\0' && strcmp (ka, kb) == 0;
}

/**
 * sitrep_normalize_region_name:
 * @name: a governorate, province or district as written
 *
 * Returns: (transfer full): the key of @name without its generic words
 */
char *
sitrep_normalize_region_name (const char *name)
{
  g_autofree char *key = NULL;
  g_auto(GStrv) tokens = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  GHashTable *generic = region_word_keys ();

  g_return_val_if_fail (name != NULL, NULL);

  key = sitrep_normalize_name (name);
  tokens = g_strsplit (key, " ", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      if (*tokens[i] == '\0' || g_hash_table_contains (generic, tokens[i]))
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, tokens[i]);
    }
  if (out->len == 0)
    return g_steal_pointer (&key);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

guint
sitrep_normalize_key_distance (const char *a,
                               const char *b)
{
  g_autofree gunichar *ua = NULL;
  g_autofree gunichar *ub = NULL;
  g_autofree guint *row = NULL;
  glong la = 0, lb = 0;

  g_return_val_if_fail (a != NULL && b != NULL, G_MAXUINT);

  ua = g_utf8_to_ucs4 (a, -1, NULL, &la, NULL);
  ub = g_utf8_to_ucs4 (b, -1, NULL, &lb, NULL);
  if (ua == NULL || ub == NULL)
    return G_MAXUINT;

  /* One row of the Levenshtein table at a time. */
  row = g_new (guint, lb + 1);
  for (glong j = 0; j <= lb; j++)
    row[j] = j;
  for (glong i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (glong j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint cost = ua[i - 1] == ub[j - 1] ? 0 : 1;

          row[j] = MIN (MIN (above + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }
  return row[lb];
}

gboolean
sitrep_normalize_keys_close (const char *a,
                             const char *b)
{
  glong la, lb, shorter;
  guint allowed;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (*a == '\0' || *b == '\0')
    return FALSE;
  if (strcmp (a, b) == 0)
    return TRUE;
  la = g_utf8_strlen (a, -1);
  lb = g_utf8_strlen (b, -1);
  shorter = MIN (la, lb);
  allowed = shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
  if (allowed == 0 || ABS (la - lb) > (glong) allowed)
    return FALSE;
  return sitrep_normalize_key_distance (a, b) <= allowed;
}

gboolean
sitrep_region_names_match (const char *a,
                           const char *b)
{
  g_autofree char *ka = NULL;
  g_autofree char *kb = NULL;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  ka = sitrep_normalize_region_name (a);
  kb = sitrep_normalize_region_name (b);
  return sitrep_normalize_keys_close (ka, kb);
}

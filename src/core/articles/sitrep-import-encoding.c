/* sitrep-import-encoding.c — telling text from binary data and decoding it to UTF-8
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sitrep-import-private.h"

/* Bytes looked at to tell text from binary data. */
#define SNIFF_BYTES 65536

/* Eight bytes at a time: whether any of them is below @n (n <= 128), or
 * has its high bit set. */
#define BYTE_ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define BYTE_HIGHS G_GUINT64_CONSTANT (0x8080808080808080)
#define ANY_BYTE_BELOW(w, n) ((((w) - BYTE_ONES * (n)) & ~(w) & BYTE_HIGHS) != 0)
#define ANY_BYTE_HIGH(w) (((w) & BYTE_HIGHS) != 0)

static inline guint64
load_word (const guint8 *d)
{
  guint64 w;

  memcpy (&w, d, sizeof w);
  return w;
}

/* How many bytes at the start of @d are ASCII other than NUL. */
static gsize
ascii_prefix (const guint8 *d,
              gsize         len)
{
  gsize i = 0;

  for (; i + 8 <= len; i += 8)
    {
      guint64 w = load_word (d + i);

      if (ANY_BYTE_HIGH (w) || ANY_BYTE_BELOW (w, 1))
        break;
    }
  while (i < len && d[i] != 0 && d[i] < 0x80)
    i++;
  return i;
}

/* g_utf8_validate_len (), with plain ASCII skipped eight bytes at a time:
 * only the runs of non-ASCII bytes go to GLib. A run holds whole
 * characters in valid text, and fails where the whole text would. */
static gboolean
utf8_validate_len (const char  *text,
                   gsize        len,
                   const char **end)
{
  const guint8 *d = (const guint8 *) text;
  gsize i = 0;

  for (;;)
    {
      gsize run = 0;

      i += ascii_prefix (d + i, len - i);
      if (i == len)
        break;
      if (d[i] == 0)
        {
          if (end != NULL)
            *end = text + i;
          return FALSE;
        }
      while (i + run < len && d[i + run] >= 0x80)
        run++;
      if (!g_utf8_validate_len (text + i, run, end))
        return FALSE;
      i += run;
    }
  if (end != NULL)
    *end = text + len;
  return TRUE;
}

/* Windows-1252 0x80–0x9F; the five unassigned bytes keep their C1 code
 * points, as browsers do, so decoding never fails. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

static const char *
binary_kind (const guint8 *d,
             gsize         len)
{
  if (len >= 8 && memcmp (d, "\x89PNG\r\n\x1a\n", 8) == 0)
    return _("a PNG image");
  if (len >= 3 && memcmp (d, "\xff\xd8\xff", 3) == 0)
    return _("a JPEG image");
  if (len >= 6 && (memcmp (d, "GIF87a", 6) == 0 || memcmp (d, "GIF89a", 6) == 0))
    return _("a GIF image");
  if (len >= 12 && memcmp (d, "RIFF", 4) == 0 && memcmp (d + 8, "WEBP", 4) == 0)
    return _("a WebP image");
  if (len >= 5 && memcmp (d, "%PDF-", 5) == 0)
    return _("a PDF document");
  if (len >= 4 && (memcmp (d, "PK\x03\x04", 4) == 0 || memcmp (d, "PK\x05\x06", 4) == 0))
    return _("a ZIP archive or office document");
  if (len >= 2 && memcmp (d, "\x1f\x8b", 2) == 0)
    return _("a compressed gzip file");
  if (len >= 4 && memcmp (d, "\x7f" "ELF", 4) == 0)
    return _("a program");
  if (len >= 16 && memcmp (d, "SQLite format 3", 16) == 0)
    return _("a database file");
  if (len >= 12 && memcmp (d + 4, "ftyp", 4) == 0)
    return _("a video or audio file");
  return NULL;
}

/* Whether the data is something other than text, and what it looks like. */
static gboolean
looks_binary (const guint8  *d,
              gsize          len,
              const char   **kind)
{
  /* control characters other than NUL, \t \n \v \f \r and ESC */
  const guint32 control_mask = ~((1u << 0) | (1u << '\t') | (1u << '\n') | (1u << '\v') |
                                 (1u << '\f') | (1u << '\r') | (1u << 0x1b));
  gsize n = MIN (len, SNIFF_BYTES);
  gsize nul = 0;
  gsize control = 0;

  *kind = binary_kind (d, len);
  if (*kind != NULL)
    return TRUE;

  for (gsize i = 0; i < n; i++)
    {
      guint8 c;

      /* most text has no byte below 0x20 in eight */
      if ((i & 7) == 0 && i + 8 <= n && !ANY_BYTE_BELOW (load_word (d + i), 0x20))
        {
          i += 7;
          continue;
        }
      c = d[i];
      nul += c == 0;
      control += c < 0x20 && ((control_mask >> (c & 0x1f)) & 1);
    }
  /* a stray NUL is dropped from text; many mean binary data */
  return (nul > 2 && nul * 100 > n) || nul > 64 || control * 10 > n;
}

/* UTF-16 without a byte order mark: one byte of each pair mostly zero. */
static const char *
sniff_utf16 (const guint8 *d,
             gsize         len)
{
  gsize n = MIN (len, SNIFF_BYTES) & ~(gsize) 1;
  gsize even = 0;
  gsize odd = 0;

  if (n < 8)
    return NULL;
  for (gsize i = 0; i < n; i += 2)
    {
      if (d[i] == 0)
        even++;
      if (d[i + 1] == 0)
        odd++;
    }
  if (odd * 10 >= (n / 2) * 4 && even * 20 < n / 2)
    return "UTF-16LE";
  if (even * 10 >= (n / 2) * 4 && odd * 20 < n / 2)
    return "UTF-16BE";
  return NULL;
}

/* Whether legacy-encoded bytes read as Arabic in Windows-1256 rather than
 * accented Latin in Windows-1252: Arabic words are runs of high bytes in
 * the letter ranges, accented Latin letters sit alone among ASCII ones. */
static gboolean
looks_arabic_1256 (const guint8 *d,
                   gsize         len)
{
  gsize high = 0;
  gsize in_runs = 0;
  gsize letters = 0;

  for (gsize i = 0; i < len; i++)
    {
      guint8 c = d[i];

      if (c < 0x80)
        continue;
      high++;
      if ((i > 0 && d[i - 1] >= 0x80) || (i + 1 < len && d[i + 1] >= 0x80))
        in_runs++;
      if ((c >= 0xC1 && c <= 0xDA && c != 0xD7) || c == 0xDC || c == 0xDD || c == 0xDE ||
          c == 0xDF || c == 0xE1 || (c >= 0xE3 && c <= 0xE6) || c == 0xEC || c == 0xED ||
          c == 0xC0 || c == 0xF0 || c == 0xF1 || c == 0xF2 || c == 0xF3 || c == 0xF5 ||
          c == 0xF6 || c == 0xF8 || c == 0xFA)
        letters++;
    }
  return high >= 4 && in_runs * 10 >= high * 6 && letters * 10 >= high * 7;
}

static char *
decode_1252 (const guint8 *d,
             gsize         len)
{
  GString *out = g_string_sized_new (len + len / 4);

  for (gsize i = 0; i < len; i++)
    {
      guint8 c = d[i];

      if (c == 0)
        continue;
      if (c < 0x80)
        g_string_append_c (out, (char) c);
      else if (c < 0xA0)
        g_string_append_unichar (out, cp1252_high[c - 0x80]);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

gboolean
_sitrep_import_is_utf8_name (const char *encoding)
{
  return g_ascii_strcasecmp (encoding, "UTF-8") == 0 || g_ascii_strcasecmp (encoding, "UTF8") == 0;
}

static gboolean
is_1252_name (const char *encoding)
{
  return g_ascii_strcasecmp (encoding, "windows-1252") == 0 ||
         g_ascii_strcasecmp (encoding, "cp1252") == 0 ||
         g_ascii_strcasecmp (encoding, "WINDOWS1252") == 0;
}

/* A copy of @len bytes of text with any NUL in it dropped. */
static char *
copy_without_nuls (const char *d,
                   gsize       len)
{
  char *out = g_malloc (len + 1);
  gsize w = 0;

  if (memchr (d, '\0', len) == NULL)
    {
      memcpy (out, d, len);
      out[len] = '\0';
      return out;
    }
  for (gsize r = 0; r < len; r++)
    if (d[r] != '\0')
      out[w++] = d[r];
  out[w] = '\0';
  return out;
}

static char *
convert_or_fail (const guint8  *d,
                 gsize          len,
                 const char    *from,
                 const char    *name,
                 GError       **error)
{
  g_autoptr(GError) local = NULL;
  gsize bytes_read = 0;
  gsize bytes_written = 0;
  char *out;

  if (is_1252_name (from))
    return decode_1252 (d, len);

  out = g_convert ((const char *) d, len, "UTF-8", from, &bytes_read, &bytes_written, &local);
  if (out != NULL)
    {
      char *clean = copy_without_nuls (out, bytes_written);

      g_free (out);
      return clean;
    }

  {
    g_autofree char *what = _sitrep_import_describe (name);

    if (g_error_matches (local, G_CONVERT_ERROR, G_CONVERT_ERROR_NO_CONVERSION))
      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_ENCODING,
                   _("Sitrep does not know the encoding “%s”"), from);
    else
      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_ENCODING,
                   _("%s is not valid %s text: the bytes at offset %" "zu"
                     " cannot be read. Choose another encoding, or let Sitrep detect it."),
                   what, from, bytes_read);
  }
  return NULL;
}

/* Decodes from the @encoding the user chose. */
static char *
decode_as (const guint8  *d,
           gsize          len,
           const char    *encoding,
           const char    *name,
           GError       **error)
{
  gsize skip = 0;
  g_autofree char *no_nuls = NULL;

  if (_sitrep_import_is_utf8_name (encoding))
    {
      const char *bad = NULL;

      if (len >= 3 && memcmp (d, "\xef\xbb\xbf", 3) == 0)
        skip = 3;
      if (memchr (d, 0, len) != NULL)
        {
          no_nuls = copy_without_nuls ((const char *) d, len);
          d = (const guint8 *) no_nuls;
          len = strlen (no_nuls);
        }
      if (!utf8_validate_len ((const char *) d + skip, len - skip, &bad))
        {
          g_autofree char *what = _sitrep_import_describe (name);

          g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_ENCODING,
                       _("%s is not valid UTF-8: the bytes at offset %" "zu"
                         " cannot be read. Choose its encoding when importing, or let Sitrep detect it."),
                       what, (gsize) ((const guint8 *) bad - d));
          return NULL;
        }
      return copy_without_nuls ((const char *) d + skip, len - skip);
    }

  if ((g_ascii_strncasecmp (encoding, "UTF-16", 6) == 0 && len >= 2 &&
       (memcmp (d, "\xff\xfe", 2) == 0 || memcmp (d, "\xfe\xff", 2) == 0)) &&
      g_ascii_strcasecmp (encoding, "UTF-16") != 0)
    skip = 2;
  return convert_or_fail (d + skip, len - skip, encoding, name, error);
}

/* Decodes to UTF-8 without touching line ends. */
char *
_sitrep_import_decode_raw (const guint8  *d,
                           gsize          len,
                           const char    *encoding,
                           const char    *name,
                           char         **detected,
                           GError       **error)
{
  const char *kind = NULL;
  const char *found = NULL;
  gsize skip = 0;
  char *out = NULL;
  g_autofree char *no_nuls = NULL;

  if (encoding != NULL && encoding[0] != '\0' && g_ascii_strcasecmp (encoding, "auto") != 0)
    {
      out = decode_as (d, len, encoding, name, error);
      if (out == NULL)
        return NULL;
      found = encoding;
    }
  else
    {
      /* byte order marks, the longest first */
      static const struct { const char *bom; gsize n; const char *enc; } boms[] = {
        { "\xff\xfe\x00\x00", 4, "UTF-32LE" },
        { "\x00\x00\xfe\xff", 4, "UTF-32BE" },
        { "\xef\xbb\xbf", 3, "UTF-8" },
        { "\xff\xfe", 2, "UTF-16LE" },
        { "\xfe\xff", 2, "UTF-16BE" },
      };

      for (gsize i = 0; i < G_N_ELEMENTS (boms) && found == NULL; i++)
        {
          if (len >= boms[i].n && memcmp (d, boms[i].bom, boms[i].n) == 0)
            {
              found = boms[i].enc;
              skip = boms[i].n;
            }
        }
      if (found == NULL)
        {
          found = sniff_utf16 (d, len);
          if (found != NULL && looks_binary (d, len, &kind) && kind != NULL)
            found = NULL;
        }

      if (found == NULL && looks_binary (d, len, &kind))
        {
          g_autofree char *what = _sitrep_import_describe (name);

          if (kind != NULL)
            g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_BINARY,
                         _("%s is not a text file (it looks like %s)"), what, kind);
          else
            g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_BINARY,
                         _("%s is not a text file (it contains binary data)"), what);
          return NULL;
        }

      /* a few stray NULs (binary data was refused above) are dropped
       * before the bytes are judged as UTF-8 or a legacy encoding */
      if (found == NULL && memchr (d, 0, len) != NULL)
        {
          no_nuls = copy_without_nuls ((const char *) d, len);
          d = (const guint8 *) no_nuls;
          len = strlen (no_nuls);
        }

      if (found != NULL && strcmp (found, "UTF-8") == 0)
        {
          const char *bad = NULL;

          if (!utf8_validate_len ((const char *) d + skip, len - skip, &bad))
            {
              g_autofree char *what = _sitrep_import_describe (name);

              g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_ENCODING,
                           _("%s starts as UTF-8 but is not valid UTF-8: the bytes at offset %"
                             "zu" " cannot be read"),
                           what, (gsize) ((const guint8 *) bad - d));
              return NULL;
            }
          out = copy_without_nuls ((const char *) d + skip, len - skip);
        }
      else if (found != NULL)
        {
          out = convert_or_fail (d + skip, len - skip, found, name, error);
          if (out == NULL)
            return NULL;
        }
      else if (utf8_validate_len ((const char *) d, len, NULL))
        {
          found = "UTF-8";
          out = copy_without_nuls ((const char *) d, len);
        }
      else if (looks_arabic_1256 (d, len))
        {
          found = "windows-1256";
          out = convert_or_fail (d, len, "CP1256", name, NULL);
          if (out == NULL)
            {
              found = "windows-1252";
              out = decode_1252 (d, len);
            }
        }
      else
        {
          found = "windows-1252";
          out = decode_1252 (d, len);
        }
    }

  if (detected != NULL)
    *detected = g_strdup (found);
  return out;
}

/* Line ends made "\n", NULs dropped, in place. */
void
_sitrep_import_normalise_text (char *text)
{
  char *w = strchr (text, '\r');

  /* nothing to change before the first \r */
  if (w == NULL)
    return;
  for (char *r = w; *r; r++)
    {
      if (*r == '\r')
        {
          *w++ = '\n';
          if (r[1] == '\n')
            r++;
        }
      else
        *w++ = *r;
    }
  *w = '\0';
}

char *
sitrep_import_decode (const guint8  *data,
                      gsize          len,
                      const char    *encoding,
                      char         **detected_encoding,
                      GError       **error)
{
  char *text;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = _sitrep_import_decode_raw (data, len, encoding, NULL, detected_encoding, error);
  if (text != NULL)
    _sitrep_import_normalise_text (text);
  return text;
}

/* sitrep-import.c — reading files of every supported kind into import records
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-import"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sitrep-cleanup.h"
#include "sitrep-csv.h"
#include "sitrep-dateparse.h"
#include "sitrep-html.h"
#include "sitrep-import.h"

/* JSON nested deeper than this is refused before json-glib (which
 * recurses) sees it. */
#define MAX_JSON_DEPTH 256
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

typedef enum
{
  FIELD_TITLE,
  FIELD_TEXT,
  FIELD_URL,
  FIELD_DATE,
  FIELD_SOURCE,
  FIELD_AUTHOR,
  N_FIELDS
} Field;

/* Column and key names per field, most specific first. */
static const char *field_names[N_FIELDS][12] = {
  [FIELD_TITLE] = { "title", "article_title", "headline", "name", NULL },
  [FIELD_TEXT] = { "text", "body", "content", "article_content", "article_text",
                   "full_text", "story", NULL },
  [FIELD_URL] = { "url", "link", "article_url", "source_url", NULL },
  [FIELD_DATE] = { "date", "published", "publication_date", "pub_date", "published_at",
                   "datetime", "article_date", NULL },
  [FIELD_SOURCE] = { "source", "outlet", "publisher", "site", "source_name", "domain", NULL },
  [FIELD_AUTHOR] = { "author", "byline", NULL },
};

G_DEFINE_QUARK (sitrep-import-error-quark, sitrep_import_error)

/* Windows-1252 0x80–0x9F; the five unassigned bytes keep their C1 code
 * points, as browsers do, so decoding never fails. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

static char *
describe (const char *name)
{
  if (name == NULL)
    return g_strdup (_("The text"));
  return g_strdup_printf ("“%s”", name);
}

static void
replace_str (char       **field,
             const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

/* ---- decoding ---- */

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

static gboolean
is_utf8_name (const char *encoding)
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
    g_autofree char *what = describe (name);

    if (g_error_matches (local, G_CONVERT_ERROR, G_CONVERT_ERROR_NO_CONVERSION))
      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_ENCODING,
                   _("Sitrep does not know the encoding “%s”"), from);
    else
      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_ENCODING,
                   _("%s is not valid %s text: the bytes at offset %" G_GSIZE_FORMAT
                     " cannot be read. Choose another encoding, or let Sitrep detect it."),
                   what, from, bytes_read);
  }
  return NULL;
}

/* Decodes to UTF-8 without touching line ends. */
static char *
decode_raw (const guint8  *d,
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
      if (is_utf8_name (encoding))
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
              g_autofree char *what = describe (name);

              g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_ENCODING,
                           _("%s is not valid UTF-8: the bytes at offset %" G_GSIZE_FORMAT
                             " cannot be read. Choose its encoding when importing, or let Sitrep detect it."),
                           what, (gsize) ((const guint8 *) bad - d));
              return NULL;
            }
          out = copy_without_nuls ((const char *) d + skip, len - skip);
        }
      else
        {
          if ((g_ascii_strncasecmp (encoding, "UTF-16", 6) == 0 && len >= 2 &&
               (memcmp (d, "\xff\xfe", 2) == 0 || memcmp (d, "\xfe\xff", 2) == 0)) &&
              g_ascii_strcasecmp (encoding, "UTF-16") != 0)
            skip = 2;
          out = convert_or_fail (d + skip, len - skip, encoding, name, error);
          if (out == NULL)
            return NULL;
        }
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
          g_autofree char *what = describe (name);

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
              g_autofree char *what = describe (name);

              g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_ENCODING,
                           _("%s starts as UTF-8 but is not valid UTF-8: the bytes at offset %"
                             G_GSIZE_FORMAT " cannot be read"),
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
static void
normalise_text (char *text)
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

  text = decode_raw (data, len, encoding, NULL, detected_encoding, error);
  if (text != NULL)
    normalise_text (text);
  return text;
}

/* ---- shared helpers ---- */

static char *
basename_of (const char *filename)
{
  if (filename == NULL)
    return NULL;
  return g_path_get_basename (filename);
}

static char *
title_from_name (const char *name)
{
  char *title = g_strdup (name);
  char *dot = strrchr (title, '.');

  if (dot != NULL && dot != title)
    *dot = '\0';
  return title;
}

/* The first words of a body, for an article that has no title. */
static char *
title_from_body (const char *body)
{
  const char *nl = strchr (body, '\n');
  gsize n = nl != NULL ? (gsize) (nl - body) : strlen (body);
  g_autofree char *line = g_strndup (body, n);
  glong chars = g_utf8_strlen (line, -1);

  if (chars > 80)
    {
      char *cut = g_utf8_offset_to_pointer (line, 80);
      char *space;

      *cut = '\0';
      space = strrchr (line, ' ');
      if (space != NULL && space > line + 20)
        *space = '\0';
      return g_strconcat (line, "…", NULL);
    }
  return g_steal_pointer (&line);
}

static char *
guess_language (const char *text)
{
  gsize arabic = 0;
  gsize latin = 0;
  gsize n = 0;

  for (const char *p = text; *p && n < 20000; n++)
    {
      gunichar c;

      /* ASCII: the letters are the Latin script, the rest is common */
      if ((guchar) *p < 0x80)
        {
          latin += g_ascii_isalpha (*p);
          p++;
          continue;
        }
      c = g_utf8_get_char (p);
      p = g_utf8_next_char (p);
      if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_ARABIC && g_unichar_isalpha (c))
        arabic++;
      else if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_LATIN)
        latin++;
    }
  if (arabic > latin && arabic >= 20)
    return g_strdup ("ar");
  if (latin >= 20)
    {
      gsize len = strnlen (text, 20000);
      g_autofree char *head = NULL;
      guint hits = 0;
      const char *common[] = { " the ", " and ", " of ", " to ", " in ", " was ", " is " };

      /* the words are looked for in the lower-cased head of the text; most
       * are found as they are written, without lowering it */
      for (gsize i = 0; i < G_N_ELEMENTS (common); i++)
        {
          const char *found = strstr (text, common[i]);

          /* the first one in the text, if any, is in the head or nowhere in it */
          if (found != NULL && (gsize) (found - text) + strlen (common[i]) <= len)
            {
              hits++;
              continue;
            }
          if (head == NULL)
            {
              head = g_malloc (len + 1);
              for (gsize k = 0; k < len; k++)
                head[k] = g_ascii_isupper (text[k]) ? text[k] + ('a' - 'A') : text[k];
              head[len] = '\0';
            }
          if (strstr (head, common[i]) != NULL)
            hits++;
        }
      if (hits >= 4)
        return g_strdup ("en");
    }
  return NULL;
}

static void
set_date (SitrepImportRecord *record,
          const char         *value)
{
  g_autofree char *iso = NULL;
  g_autofree char *note = NULL;
  SitrepDatePrecision precision = SITREP_DATE_PRECISION_UNKNOWN;

  if (value == NULL || value[0] == '\0')
    return;
  if (sitrep_date_parse (value, &iso, &precision, &note))
    {
      record->published = g_steal_pointer (&iso);
      record->published_precision = precision;
      record->published_note = g_steal_pointer (&note);
    }
  else
    {
      /* kept as written, for the user to read; never guessed */
      record->published_precision = SITREP_DATE_PRECISION_UNKNOWN;
      record->published_note = g_strstrip (g_strdup (value));
    }
}

static gboolean
body_is_empty (const char *body)
{
  for (const char *p = body; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static SitrepImportRecord *
record_from_cleanup (SitrepCleanup *cleanup)
{
  SitrepImportRecord *record = sitrep_import_record_new ();

  record->title = g_steal_pointer (&cleanup->title);
  record->body = g_steal_pointer (&cleanup->body);
  record->source = g_steal_pointer (&cleanup->source);
  record->author = g_steal_pointer (&cleanup->author);
  record->published = g_steal_pointer (&cleanup->published);
  record->published_precision = cleanup->published_precision;
  record->published_note = g_steal_pointer (&cleanup->published_note);
  return record;
}

static void
finish_record (SitrepImportRecord *record,
               const char         *name,
               const char         *type,
               const char         *encoding,
               GBytes             *original)
{
  if (record->title == NULL || record->title[0] == '\0')
    {
      g_free (record->title);
      if (name != NULL && record->line == 0)
        record->title = title_from_name (name);
      else
        record->title = title_from_body (record->body);
    }
  if (record->language == NULL)
    record->language = guess_language (record->body);
  /* With no date anywhere in the article, its address may still say when
   * it was filed (".../2016/12/264967.htm"). A date or the words of one
   * found in the content always win. */
  if (record->published == NULL && record->published_note == NULL && record->url != NULL)
    {
      g_autofree char *iso = NULL;
      SitrepDatePrecision precision;

      if (sitrep_date_parse_url (record->url, &iso, &precision))
        {
          record->published = g_steal_pointer (&iso);
          record->published_precision = precision;
          record->published_note = g_strdup (_("Date taken from the web address"));
        }
    }
  if (record->original == NULL && original != NULL)
    record->original = g_bytes_ref (original);
  if (record->original_name == NULL)
    record->original_name = g_strdup (name != NULL ? name : "clipboard");
  if (record->original_type == NULL)
    record->original_type = g_strdup (type);
  if (record->original_encoding == NULL)
    record->original_encoding = g_strdup (encoding);
}

/* ---- plain text ---- */

static GPtrArray *
parse_text (GBytes      *data,
            const char  *name,
            const char  *encoding,
            GError     **error)
{
  gsize len;
  const guint8 *d = g_bytes_get_data (data, &len);
  g_autofree char *detected = NULL;
  g_autofree char *text = decode_raw (d, len, encoding, name, &detected, error);
  g_autoptr(SitrepCleanup) cleanup = NULL;
  g_autoptr(SitrepImportRecord) record = NULL;
  GPtrArray *records;

  if (text == NULL)
    return NULL;
  normalise_text (text);
  if (body_is_empty (text))
    {
      g_autofree char *what = describe (name);

      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_EMPTY,
                   _("%s has no text in it"), what);
      return NULL;
    }

  cleanup = sitrep_cleanup_capture (text, NULL);
  record = record_from_cleanup (cleanup);
  if (body_is_empty (record->body))
    {
      g_autofree char *what = describe (name);

      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_NO_TEXT,
                   _("No article text was found in %s"), what);
      return NULL;
    }
  finish_record (record, name, "text/plain", detected, data);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_import_record_free);
  g_ptr_array_add (records, g_steal_pointer (&record));
  return records;
}

/* ---- HTML ---- */

static GPtrArray *
parse_html (GBytes      *data,
            const char  *name,
            const char  *encoding,
            GError     **error)
{
  gsize len;
  const guint8 *d = g_bytes_get_data (data, &len);
  g_autofree char *detected = NULL;
  g_autofree char *text = NULL;
  g_autoptr(SitrepHtml) html = NULL;
  g_autoptr(SitrepCleanup) cleanup = NULL;
  g_autoptr(SitrepImportRecord) record = NULL;
  gboolean has_bom = len >= 2 && (memcmp (d, "\xff\xfe", 2) == 0 || memcmp (d, "\xfe\xff", 2) == 0 ||
                                  (len >= 3 && memcmp (d, "\xef\xbb\xbf", 3) == 0));
  GPtrArray *records;

  if ((encoding == NULL || encoding[0] == '\0') && !has_bom)
    {
      g_autofree char *declared = sitrep_html_sniff_charset (d, len);

      /* a page's own declaration is a hint: when it is wrong, detect */
      if (declared != NULL)
        text = decode_raw (d, len, declared, name, &detected, NULL);
      if (text == NULL)
        g_clear_pointer (&detected, g_free);
    }
  if (text == NULL)
    text = decode_raw (d, len, encoding, name, &detected, error);
  if (text == NULL)
    return NULL;
  normalise_text (text);

  html = sitrep_html_extract (text, strlen (text));
  cleanup = sitrep_cleanup_capture (html->body, html->title);
  record = record_from_cleanup (cleanup);
  if (body_is_empty (record->body))
    {
      g_autofree char *what = describe (name);

      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_NO_TEXT,
                   _("No article text was found in the page %s"), what);
      return NULL;
    }

  /* what the page says about itself comes before what clean-up guessed */
  if (html->title != NULL)
    replace_str (&record->title, html->title);
  if (html->source != NULL)
    replace_str (&record->source, html->source);
  if (html->author != NULL)
    replace_str (&record->author, html->author);
  if (html->published != NULL || (record->published == NULL && html->published_note != NULL))
    {
      replace_str (&record->published, html->published);
      record->published_precision = html->published_precision;
      replace_str (&record->published_note, html->published_note);
    }
  record->url = g_steal_pointer (&html->url);
  record->language = g_steal_pointer (&html->language);
  finish_record (record, name, "text/html", detected, data);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_import_record_free);
  g_ptr_array_add (records, g_steal_pointer (&record));
  return records;
}

/* ---- CSV and JSONL ---- */

static char *
normalise_key (const char *key)
{
  g_autofree char *stripped = g_strstrip (g_strdup (key));
  char *out = g_ascii_strdown (g_str_has_prefix (stripped, "\xef\xbb\xbf") ? stripped + 3 : stripped, -1);

  for (char *p = out; *p; p++)
    if (*p == ' ' || *p == '-')
      *p = '_';
  return out;
}

static int
field_rank (Field       field,
            const char *key)
{
  g_autofree char *norm = normalise_key (key);

  for (int i = 0; field_names[field][i] != NULL; i++)
    if (strcmp (norm, field_names[field][i]) == 0)
      return i;
  return -1;
}

/* Replaces *@field with @value trimmed, unless @value is missing or blank. */
static void
set_field (char       **field,
           const char  *value)
{
  if (value == NULL || body_is_empty (value))
    return;
  g_free (*field);
  *field = g_strstrip (g_strdup (value));
}

/* A record from the values of one row or object (NULL for missing ones). */
static SitrepImportRecord *
record_from_fields (const char **values,
                    guint        line,
                    const char  *name,
                    const char  *type,
                    const char  *encoding,
                    GBytes      *original,
                    GPtrArray   *warnings)
{
  g_autoptr(SitrepImportRecord) record = NULL;
  const char *text = values[FIELD_TEXT];

  if (text == NULL || body_is_empty (text))
    {
      g_ptr_array_add (warnings, g_strdup_printf (_("line %u: no article text"), line));
      return NULL;
    }

  if (sitrep_cleanup_looks_like_capture (text))
    {
      g_autoptr(SitrepCleanup) cleanup = sitrep_cleanup_capture (text, values[FIELD_TITLE]);

      record = record_from_cleanup (cleanup);
    }
  else
    {
      record = sitrep_import_record_new ();
      record->body = sitrep_cleanup_light (text);
    }

  set_field (&record->title, values[FIELD_TITLE]);
  set_field (&record->url, values[FIELD_URL]);
  set_field (&record->source, values[FIELD_SOURCE]);
  set_field (&record->author, values[FIELD_AUTHOR]);
  if (values[FIELD_DATE] != NULL && !body_is_empty (values[FIELD_DATE]))
    {
      g_clear_pointer (&record->published, g_free);
      g_clear_pointer (&record->published_note, g_free);
      set_date (record, values[FIELD_DATE]);
    }
  record->line = line;
  record->original = original != NULL ? g_bytes_ref (original) : NULL;
  finish_record (record, name, type, encoding, NULL);
  return g_steal_pointer (&record);
}

static GBytes *
slice_bytes (const char *text,
             gsize       start,
             gsize       end)
{
  return g_bytes_new (text + start, end - start);
}

/* The encoding the bytes of a slice of decoded text are in. */
static const char *
slice_encoding (const char *detected)
{
  return detected != NULL && is_utf8_name (detected) ? detected : "UTF-8";
}

static GPtrArray *
parse_csv (GBytes      *data,
           const char  *name,
           const char  *encoding,
           GPtrArray   *warnings,
           GError     **error)
{
  gsize len;
  const guint8 *d = g_bytes_get_data (data, &len);
  g_autofree char *detected = NULL;
  g_autofree char *text = decode_raw (d, len, encoding, name, &detected, error);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) records = NULL;
  SitrepCsvRow *header;
  int columns[N_FIELDS];
  char delim;
  gsize text_len;

  if (text == NULL)
    return NULL;
  text_len = strlen (text);
  if (name != NULL && g_str_has_suffix (name, ".tsv"))
    delim = '\t';
  else
    delim = sitrep_csv_sniff_delimiter (text, text_len);

  rows = sitrep_csv_parse (text, text_len, delim, warnings);
  if (rows->len == 0)
    {
      g_autofree char *what = describe (name);

      if (warnings->len > 0)
        g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_PARSE,
                     _("No row of %s could be read: %s"), what,
                     (const char *) g_ptr_array_index (warnings, 0));
      else
        g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_EMPTY,
                     _("%s has no text in it"), what);
      return NULL;
    }

  header = g_ptr_array_index (rows, 0);
  for (int f = 0; f < N_FIELDS; f++)
    {
      int best_rank = G_MAXINT;

      columns[f] = -1;
      for (guint c = 0; c < header->fields->len; c++)
        {
          int rank = field_rank (f, g_ptr_array_index (header->fields, c));

          if (rank >= 0 && rank < best_rank)
            {
              best_rank = rank;
              columns[f] = (int) c;
            }
        }
    }

  if (columns[FIELD_TEXT] < 0)
    {
      g_autofree char *what = describe (name);
      g_autoptr(GString) found = g_string_new (NULL);

      for (guint c = 0; c < header->fields->len; c++)
        g_string_append_printf (found, "%s“%s”", c > 0 ? ", " : "",
                                (const char *) g_ptr_array_index (header->fields, c));
      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_PARSE,
                   _("%s has no column with the article text (columns found: %s). "
                     "Name it “text”, “body” or “content”."), what, found->str);
      return NULL;
    }

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_import_record_free);
  for (guint r = 1; r < rows->len; r++)
    {
      SitrepCsvRow *row = g_ptr_array_index (rows, r);
      const char *values[N_FIELDS] = { NULL };
      g_autoptr(GBytes) original = NULL;
      SitrepImportRecord *record;
      gboolean extra = FALSE;

      for (guint c = header->fields->len; c < row->fields->len; c++)
        if (((const char *) g_ptr_array_index (row->fields, c))[0] != '\0')
          extra = TRUE;
      if (extra)
        {
          g_ptr_array_add (warnings,
                           g_strdup_printf (_("line %u: has %u fields but the header names %u; "
                                              "a comma in unquoted text?"),
                                            row->line, row->fields->len, header->fields->len));
          continue;
        }
      for (int f = 0; f < N_FIELDS; f++)
        if (columns[f] >= 0 && (guint) columns[f] < row->fields->len)
          values[f] = g_ptr_array_index (row->fields, columns[f]);

      original = slice_bytes (text, row->start, row->end);
      record = record_from_fields (values, row->line, name, "text/csv",
                                   slice_encoding (detected), original, warnings);
      if (record != NULL)
        g_ptr_array_add (records, record);
    }

  return g_steal_pointer (&records);
}

static gboolean
json_nesting_ok (const char *text,
                 gsize       len)
{
  guint depth = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > MAX_JSON_DEPTH)
            return FALSE;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

/* A member's text: a string, a number, or a name ("author": {"name": …}). */
static const char *
json_text (JsonNode *node)
{
  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonNode *inner = json_object_get_member (json_node_get_object (node), "name");

      return inner != NULL && !JSON_NODE_HOLDS_OBJECT (inner) ? json_text (inner) : NULL;
    }
  if (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > 0)
    {
      JsonNode *first = json_array_get_element (json_node_get_array (node), 0);

      return JSON_NODE_HOLDS_ARRAY (first) ? NULL : json_text (first);
    }
  return NULL;
}

static SitrepImportRecord *
record_from_object (JsonObject  *object,
                    guint        line,
                    const char  *name,
                    const char  *encoding,
                    GBytes      *original,
                    GPtrArray   *warnings)
{
  const char *values[N_FIELDS] = { NULL };
  g_autofree char *numbers[N_FIELDS] = { NULL };
  int ranks[N_FIELDS];
  g_autoptr(GList) members = json_object_get_members (object);

  for (int f = 0; f < N_FIELDS; f++)
    ranks[f] = G_MAXINT;

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;

      for (int f = 0; f < N_FIELDS; f++)
        {
          int rank = field_rank (f, key);
          JsonNode *node = json_object_get_member (object, key);

          if (rank < 0 || rank >= ranks[f])
            continue;
          if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
              (json_node_get_value_type (node) == G_TYPE_INT64 ||
               json_node_get_value_type (node) == G_TYPE_DOUBLE))
            {
              g_free (numbers[f]);
              numbers[f] = json_node_get_value_type (node) == G_TYPE_INT64
                           ? g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node))
                           : g_strdup_printf ("%g", json_node_get_double (node));
              values[f] = numbers[f];
            }
          else
            values[f] = json_text (node);
          if (values[f] != NULL)
            ranks[f] = rank;
        }
    }

  if (values[FIELD_TEXT] == NULL)
    {
      g_autoptr(GString) keys = g_string_new (NULL);

      for (GList *l = members; l != NULL; l = l->next)
        g_string_append_printf (keys, "%s“%s”", keys->len > 0 ? ", " : "", (const char *) l->data);
      g_ptr_array_add (warnings,
                       g_strdup_printf (_("line %u: no article text (keys found: %s)"),
                                        line, keys->str));
      return NULL;
    }

  return record_from_fields (values, line, name, "application/jsonl", encoding, original, warnings);
}

static GPtrArray *
parse_jsonl_text (const char  *text,
                  gsize        len,
                  const char  *name,
                  const char  *detected,
                  GPtrArray   *warnings,
                  GError     **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_import_record_free);
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize pos = 0;
  guint line = 0;
  guint n_lines = 0;

  while (pos < len)
    {
      const char *nl = memchr (text + pos, '\n', len - pos);
      gsize end = nl != NULL ? (gsize) (nl - text) : len;
      gsize stop = end;
      g_autoptr(GBytes) original = NULL;
      JsonNode *root;
      SitrepImportRecord *record;
      gboolean blank = TRUE;

      line++;
      if (stop > pos && text[stop - 1] == '\r')
        stop--;
      for (gsize i = pos; i < stop; i++)
        if (!g_ascii_isspace (text[i]))
          {
            blank = FALSE;
            break;
          }

      if (!blank)
        {
          n_lines++;
          if (!json_nesting_ok (text + pos, stop - pos) ||
              !json_parser_load_from_data (parser, text + pos, stop - pos, NULL) ||
              (root = json_parser_get_root (parser)) == NULL)
            g_ptr_array_add (warnings, g_strdup_printf (_("line %u: not valid JSON"), line));
          else if (!JSON_NODE_HOLDS_OBJECT (root))
            g_ptr_array_add (warnings, g_strdup_printf (_("line %u: not a JSON object"), line));
          else
            {
              original = slice_bytes (text, pos, stop);
              record = record_from_object (json_node_get_object (root), line, name,
                                           slice_encoding (detected), original, warnings);
              if (record != NULL)
                g_ptr_array_add (records, record);
            }
        }
      pos = end + 1;
    }

  if (records->len == 0)
    {
      g_autofree char *what = describe (name);

      if (n_lines == 0)
        g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_EMPTY,
                     _("%s has no text in it"), what);
      else
        g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_PARSE,
                     _("No article could be read from %s: %s"), what,
                     warnings->len > 0 ? (const char *) g_ptr_array_index (warnings, 0) : "");
      return NULL;
    }
  return g_steal_pointer (&records);
}

/* A .json file: one object, an array of objects, or JSON lines after all. */
static GPtrArray *
parse_json_document (const char  *text,
                     gsize        len,
                     const char  *name,
                     const char  *detected,
                     GBytes      *data,
                     GPtrArray   *warnings,
                     GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) records = NULL;
  JsonNode *root;

  if (!json_nesting_ok (text, len) || !json_parser_load_from_data (parser, text, len, NULL) ||
      (root = json_parser_get_root (parser)) == NULL)
    return parse_jsonl_text (text, len, name, detected, warnings, error);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_import_record_free);
  if (JSON_NODE_HOLDS_OBJECT (root))
    {
      SitrepImportRecord *record = record_from_object (json_node_get_object (root), 1, name,
                                                       detected, data, warnings);
      if (record != NULL)
        {
          record->line = 0;
          g_ptr_array_add (records, record);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);
          g_autoptr(JsonGenerator) gen = NULL;
          g_autofree char *item_text = NULL;
          g_autoptr(GBytes) original = NULL;
          SitrepImportRecord *record;

          if (!JSON_NODE_HOLDS_OBJECT (item))
            {
              g_ptr_array_add (warnings, g_strdup_printf (_("line %u: not a JSON object"), i + 1));
              continue;
            }
          gen = json_generator_new ();
          json_generator_set_root (gen, item);
          item_text = json_generator_to_data (gen, NULL);
          original = g_bytes_new (item_text, strlen (item_text));
          record = record_from_object (json_node_get_object (item), i + 1, name, "UTF-8",
                                       original, warnings);
          if (record != NULL)
            g_ptr_array_add (records, record);
        }
    }

  if (records->len == 0)
    {
      g_autofree char *what = describe (name);

      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_PARSE,
                   _("No article could be read from %s: %s"), what,
                   warnings->len > 0 ? (const char *) g_ptr_array_index (warnings, 0)
                                     : _("it holds no JSON object"));
      return NULL;
    }
  return g_steal_pointer (&records);
}

static GPtrArray *
parse_json (GBytes      *data,
            const char  *name,
            const char  *encoding,
            gboolean     whole_document,
            GPtrArray   *warnings,
            GError     **error)
{
  gsize len;
  const guint8 *d = g_bytes_get_data (data, &len);
  g_autofree char *detected = NULL;
  g_autofree char *text = decode_raw (d, len, encoding, name, &detected, error);

  if (text == NULL)
    return NULL;
  if (whole_document)
    return parse_json_document (text, strlen (text), name, detected, data, warnings, error);
  return parse_jsonl_text (text, strlen (text), name, detected, warnings, error);
}

/* ---- format ---- */

static SitrepImportFormat
detect_format (const char   *name,
               const guint8 *d,
               gsize         len,
               gboolean     *json_document)
{
  g_autofree char *lower = name != NULL ? g_ascii_strdown (name, -1) : NULL;
  gsize skip = len >= 3 && memcmp (d, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
  const char *p = (const char *) d + skip;
  gsize n = len - skip;

  *json_document = FALSE;
  if (lower != NULL)
    {
      if (g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm") ||
          g_str_has_suffix (lower, ".xhtml"))
        return SITREP_IMPORT_FORMAT_HTML;
      if (g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".tsv"))
        return SITREP_IMPORT_FORMAT_CSV;
      if (g_str_has_suffix (lower, ".jsonl") || g_str_has_suffix (lower, ".ndjson"))
        return SITREP_IMPORT_FORMAT_JSONL;
      if (g_str_has_suffix (lower, ".json"))
        {
          *json_document = TRUE;
          return SITREP_IMPORT_FORMAT_JSONL;
        }
    }

  /* a saved page may be named .txt; other names let the content decide */
  if (sitrep_html_looks_like_html (p, n))
    return SITREP_IMPORT_FORMAT_HTML;
  if (lower != NULL && (g_str_has_suffix (lower, ".txt") || g_str_has_suffix (lower, ".text")))
    return SITREP_IMPORT_FORMAT_TEXT;
  while (n > 0 && g_ascii_isspace (*p))
    {
      p++;
      n--;
    }
  if (n > 0 && *p == '{')
    {
      const char *nl = memchr (p, '\n', n);
      gsize first = nl != NULL ? (gsize) (nl - p) : n;

      while (first > 0 && g_ascii_isspace (p[first - 1]))
        first--;
      if (first > 1 && p[first - 1] == '}')
        return SITREP_IMPORT_FORMAT_JSONL;
    }
  return SITREP_IMPORT_FORMAT_TEXT;
}

GPtrArray *
sitrep_import_parse_bytes (GBytes              *data,
                           const char          *filename,
                           SitrepImportFormat   format,
                           const char          *encoding,
                           GPtrArray          **warnings,
                           GError             **error)
{
  g_autofree char *name = basename_of (filename);
  g_autoptr(GPtrArray) local_warnings = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *records = NULL;
  gboolean json_document = FALSE;
  gsize len;
  const guint8 *d;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (warnings != NULL)
    *warnings = NULL;
  d = g_bytes_get_data (data, &len);

  if (len == 0)
    {
      g_autofree char *what = describe (name);

      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_EMPTY,
                   _("%s is empty"), what);
      return NULL;
    }
  if (len > SITREP_IMPORT_MAX_BYTES)
    {
      g_autofree char *what = describe (name);

      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_TOO_LARGE,
                   _("%s is %" G_GSIZE_FORMAT " MB; Sitrep imports files up to %d MB"),
                   what, (len + (1 << 20) - 1) >> 20, SITREP_IMPORT_MAX_BYTES >> 20);
      return NULL;
    }

  {
    gboolean doc = FALSE;
    SitrepImportFormat found = detect_format (name, d, len, &doc);

    if (format == SITREP_IMPORT_FORMAT_AUTO)
      {
        format = found;
        json_document = doc;
      }
  }

  switch (format)
    {
    case SITREP_IMPORT_FORMAT_HTML:
      records = parse_html (data, name, encoding, error);
      break;
    case SITREP_IMPORT_FORMAT_CSV:
      records = parse_csv (data, name, encoding, local_warnings, error);
      break;
    case SITREP_IMPORT_FORMAT_JSONL:
      records = parse_json (data, name, encoding, json_document, local_warnings, error);
      break;
    case SITREP_IMPORT_FORMAT_AUTO:
    case SITREP_IMPORT_FORMAT_TEXT:
    default:
      records = parse_text (data, name, encoding, error);
      break;
    }

  if (warnings != NULL)
    *warnings = g_steal_pointer (&local_warnings);
  return records;
}

/* Reads a local file with plain system calls: the GIO way (query_info, then
 * load_contents) costs more than cleaning a small capture. Returns FALSE
 * with @error set as sitrep_import_parse_file () reports it. */
static gboolean
read_local_file (const char    *path,
                 const char    *what,
                 GCancellable  *cancellable,
                 char         **contents,
                 gsize         *length,
                 GError       **error)
{
  GStatBuf st;
  char *buffer;
  gsize size;
  gsize n = 0;
  int fd;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      /* a link to nothing is a file that is not a regular one */
      if (saved == ENOENT && g_lstat (path, &st) != 0)
        g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_NOT_FOUND,
                     _("%s does not exist"), what);
      else if (saved == ENOENT)
        g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_NOT_A_FILE,
                     _("%s is not a regular file"), what);
      else
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                     _("%s could not be read: %s"), what, g_strerror (saved));
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_NOT_A_FILE,
                   _("%s is a folder, not a file"), what);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_NOT_A_FILE,
                   _("%s is not a regular file"), what);
      return FALSE;
    }
  /* the size is checked before anything is read */
  if (st.st_size > SITREP_IMPORT_MAX_BYTES)
    {
      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_TOO_LARGE,
                   _("%s is %" G_GINT64_FORMAT " MB; Sitrep imports files up to %d MB"),
                   what, (gint64) ((st.st_size + (1 << 20) - 1) >> 20),
                   SITREP_IMPORT_MAX_BYTES >> 20);
      return FALSE;
    }
  if (st.st_size == 0)
    {
      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_EMPTY,
                   _("%s is empty"), what);
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("%s could not be read: %s"), what, g_strerror (saved));
      return FALSE;
    }

  /* one byte more than the size, so the end is seen in one read; a file
   * that grew in the meantime is read to its end */
  size = (gsize) st.st_size + 1;
  buffer = g_malloc (size + 1);
  for (;;)
    {
      gssize got;

      if (n == size)
        {
          size *= 2;
          buffer = g_realloc (buffer, size + 1);
        }
      got = read (fd, buffer + n, size - n);
      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          int saved = errno;

          g_free (buffer);
          close (fd);
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _("%s could not be read: %s"), what, g_strerror (saved));
          return FALSE;
        }
      if (got == 0)
        break;
      n += got;
    }
  close (fd);
  buffer[n] = '\0';
  *contents = buffer;
  *length = n;
  return TRUE;
}

GPtrArray *
sitrep_import_parse_file (GFile               *file,
                          SitrepImportFormat   format,
                          const char          *encoding,
                          GPtrArray          **warnings,
                          GCancellable        *cancellable,
                          GError             **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *name = NULL;
  g_autofree char *what = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  goffset size;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (warnings != NULL)
    *warnings = NULL;
  name = g_file_get_basename (file);
  what = describe (name);
  path = g_file_get_path (file);

  if (path != NULL)
    {
      if (!read_local_file (path, what, cancellable, &contents, &length, error))
        return NULL;
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      return sitrep_import_parse_bytes (bytes, path, format, encoding, warnings, error);
    }

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local);
  if (info == NULL)
    {
      if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_NOT_FOUND,
                     _("%s does not exist"), what);
      else
        g_set_error (error, local->domain, local->code,
                     _("%s could not be read: %s"), what, local->message);
      return NULL;
    }

  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_REGULAR:
      break;
    case G_FILE_TYPE_DIRECTORY:
      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_NOT_A_FILE,
                   _("%s is a folder, not a file"), what);
      return NULL;
    default:
      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_NOT_A_FILE,
                   _("%s is not a regular file"), what);
      return NULL;
    }

  size = g_file_info_get_size (info);
  if (size > SITREP_IMPORT_MAX_BYTES)
    {
      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_TOO_LARGE,
                   _("%s is %" G_GINT64_FORMAT " MB; Sitrep imports files up to %d MB"),
                   what, (gint64) ((size + (1 << 20) - 1) >> 20), SITREP_IMPORT_MAX_BYTES >> 20);
      return NULL;
    }
  if (size == 0)
    {
      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_EMPTY,
                   _("%s is empty"), what);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local))
    {
      if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local));
      else
        g_set_error (error, local->domain, local->code,
                     _("%s could not be read: %s"), what, local->message);
      return NULL;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  return sitrep_import_parse_bytes (bytes, path != NULL ? path : name, format, encoding,
                                    warnings, error);
}

SitrepImportRecord *
sitrep_import_record_from_text (const char *text,
                                const char *origin_name)
{
  g_autofree char *normal = NULL;
  g_autoptr(SitrepCleanup) cleanup = NULL;
  g_autoptr(GBytes) original = NULL;
  SitrepImportRecord *record;

  g_return_val_if_fail (text != NULL, NULL);

  if (g_utf8_validate (text, -1, NULL))
    normal = g_strdup (text);
  else
    normal = g_utf8_make_valid (text, -1);
  original = g_bytes_new (text, strlen (text));
  normalise_text (normal);
  cleanup = sitrep_cleanup_capture (normal, NULL);
  record = record_from_cleanup (cleanup);
  if (body_is_empty (record->body))
    {
      g_free (record->body);
      record->body = sitrep_cleanup_light (normal);
    }
  record->original_name = g_strdup (origin_name != NULL ? origin_name : "clipboard");
  finish_record (record, NULL, "text/plain", "UTF-8", original);
  return record;
}

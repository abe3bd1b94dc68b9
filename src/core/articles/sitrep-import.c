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

#include "sitrep-cleanup.h"
#include "sitrep-dateparse.h"
#include "sitrep-html.h"
#include "sitrep-import-private.h"
#include "sitrep-io.h"

G_DEFINE_QUARK (sitrep-import-error-quark, sitrep_import_error)

char *
_sitrep_import_describe (const char *name)
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

/* ---- shared helpers ---- */

/* The file's name as text: a name whose bytes are not UTF-8 (an old
 * archive's Windows-1256 names) gets U+FFFD for them, so it can be a title,
 * the original's name and part of a message. */
static char *
basename_of (const char *filename)
{
  if (filename == NULL)
    return NULL;
  return g_filename_display_basename (filename);
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

void
_sitrep_import_set_date (SitrepImportRecord *record,
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

gboolean
_sitrep_import_body_is_empty (const char *body)
{
  for (const char *p = body; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

SitrepImportRecord *
_sitrep_import_record_from_cleanup (SitrepCleanup *cleanup)
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

void
_sitrep_import_finish_record (SitrepImportRecord *record,
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
  g_autofree char *text = _sitrep_import_decode_raw (d, len, encoding, name, &detected, error);
  g_autoptr(SitrepCleanup) cleanup = NULL;
  g_autoptr(SitrepImportRecord) record = NULL;
  GPtrArray *records;

  if (text == NULL)
    return NULL;
  _sitrep_import_normalise_text (text);
  if (_sitrep_import_body_is_empty (text))
    {
      g_autofree char *what = _sitrep_import_describe (name);

      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_EMPTY,
                   _("%s has no text in it"), what);
      return NULL;
    }

  cleanup = sitrep_cleanup_capture (text, NULL);
  record = _sitrep_import_record_from_cleanup (cleanup);
  if (_sitrep_import_body_is_empty (record->body))
    {
      g_autofree char *what = _sitrep_import_describe (name);

      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_NO_TEXT,
                   _("No article text was found in %s"), what);
      return NULL;
    }
  _sitrep_import_finish_record (record, name, "text/plain", detected, data);

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
        text = _sitrep_import_decode_raw (d, len, declared, name, &detected, NULL);
      if (text == NULL)
        g_clear_pointer (&detected, g_free);
    }
  if (text == NULL)
    text = _sitrep_import_decode_raw (d, len, encoding, name, &detected, error);
  if (text == NULL)
    return NULL;
  _sitrep_import_normalise_text (text);

  html = sitrep_html_extract (text, strlen (text));
  cleanup = sitrep_cleanup_capture (html->body, html->title);
  record = _sitrep_import_record_from_cleanup (cleanup);
  /* the extractor has already chosen the article's blocks: its text is
   * kept as it is; plain-text clean-up only reads dates and bylines from
   * it, or cleans a page where no article was found */
  if ((!html->whole_page || _sitrep_import_body_is_empty (record->body)) &&
      !_sitrep_import_body_is_empty (html->body))
    replace_str (&record->body, html->body);
  if (_sitrep_import_body_is_empty (record->body))
    {
      g_autofree char *what = _sitrep_import_describe (name);

      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_NO_TEXT,
                   _("The page %s has no text in it"), what);
      return NULL;
    }
  /* a page with little text is imported as it is, with a word to the user */
  if (html->whole_page)
    record->warning = g_strdup (_("no article was found in the page: all its text was imported"));
  else if (g_utf8_strlen (record->body, -1) < 400)
    record->warning = g_strdup (_("the page has little text: check that it is the article"));

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
  _sitrep_import_finish_record (record, name, "text/html", detected, data);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_import_record_free);
  g_ptr_array_add (records, g_steal_pointer (&record));
  return records;
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
      g_autofree char *what = _sitrep_import_describe (name);

      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_EMPTY,
                   _("%s is empty"), what);
      return NULL;
    }
  if (len > SITREP_IMPORT_MAX_BYTES)
    {
      g_autofree char *what = _sitrep_import_describe (name);

      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_TOO_LARGE,
                   _("%s is %" "zu" " MB; Sitrep imports files up to %d MB"),
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
      records = _sitrep_import_parse_csv (data, name, encoding, local_warnings, error);
      break;
    case SITREP_IMPORT_FORMAT_JSONL:
      records = _sitrep_import_parse_json (data, name, encoding, json_document, local_warnings, error);
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

/* The input checks (regular file, size) are sitrep_io_read_input ()'s, the
 * same for every importer; here they keep the import's error codes. */
static void
import_error_from_io (GError  *local,
                      GError **error)
{
  static const int codes[] = {
    [SITREP_IO_ERROR_NOT_A_FILE] = SITREP_IMPORT_ERROR_NOT_A_FILE,
    [SITREP_IO_ERROR_TOO_LARGE] = SITREP_IMPORT_ERROR_TOO_LARGE,
    [SITREP_IO_ERROR_EMPTY] = SITREP_IMPORT_ERROR_EMPTY,
  };

  if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error_literal (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_NOT_FOUND, local->message);
  else if (local->domain == SITREP_IO_ERROR && local->code >= 0 &&
      local->code <= SITREP_IO_ERROR_EMPTY)
    g_set_error_literal (error, SITREP_IMPORT_ERROR, codes[local->code], local->message);
  else
    g_propagate_error (error, g_error_copy (local));
}

GPtrArray *
sitrep_import_parse_file (GFile               *file,
                          SitrepImportFormat   format,
                          const char          *encoding,
                          GPtrArray          **warnings,
                          GCancellable        *cancellable,
                          GError             **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (warnings != NULL)
    *warnings = NULL;
  name = g_file_get_basename (file);
  path = g_file_get_path (file);

  if (!sitrep_io_read_input (file, SITREP_IMPORT_MAX_BYTES, &contents, &length, cancellable, &local))
    {
      import_error_from_io (local, error);
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
  _sitrep_import_normalise_text (normal);
  cleanup = sitrep_cleanup_capture (normal, NULL);
  record = _sitrep_import_record_from_cleanup (cleanup);
  if (_sitrep_import_body_is_empty (record->body))
    {
      g_free (record->body);
      record->body = sitrep_cleanup_light (normal);
    }
  record->original_name = g_strdup (origin_name != NULL ? origin_name : "clipboard");
  _sitrep_import_finish_record (record, NULL, "text/plain", "UTF-8", original);
  return record;
}

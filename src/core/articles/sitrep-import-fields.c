/* sitrep-import-fields.c — records from the columns of CSV files and the keys of JSON objects
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-cleanup.h"
#include "sitrep-csv.h"
#include "sitrep-import-private.h"
#include "sitrep-io.h"

/* JSON nested deeper than this is refused before json-glib (which
 * recurses) sees it. */

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
  if (value == NULL || _sitrep_import_body_is_empty (value))
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

  if (text == NULL || _sitrep_import_body_is_empty (text))
    {
      g_ptr_array_add (warnings, g_strdup_printf (_("line %u: no article text"), line));
      return NULL;
    }

  if (sitrep_cleanup_looks_like_capture (text))
    {
      g_autoptr(SitrepCleanup) cleanup = sitrep_cleanup_capture (text, values[FIELD_TITLE]);

      record = _sitrep_import_record_from_cleanup (cleanup);
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
  if (values[FIELD_DATE] != NULL && !_sitrep_import_body_is_empty (values[FIELD_DATE]))
    {
      g_clear_pointer (&record->published, g_free);
      g_clear_pointer (&record->published_note, g_free);
      _sitrep_import_set_date (record, values[FIELD_DATE]);
    }
  record->line = line;
  record->original = original != NULL ? g_bytes_ref (original) : NULL;
  _sitrep_import_finish_record (record, name, type, encoding, NULL);
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
  return detected != NULL && _sitrep_import_is_utf8_name (detected) ? detected : "UTF-8";
}

GPtrArray *
_sitrep_import_parse_csv (GBytes      *data,
                          const char  *name,
                          const char  *encoding,
                          GPtrArray   *warnings,
                          GError     **error)
{
  gsize len;
  const guint8 *d = g_bytes_get_data (data, &len);
  g_autofree char *detected = NULL;
  g_autofree char *text = _sitrep_import_decode_raw (d, len, encoding, name, &detected, error);
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
      g_autofree char *what = _sitrep_import_describe (name);

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
      g_autofree char *what = _sitrep_import_describe (name);
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

/* Refuses JSON nested too deep before json-glib parses it (it would recurse
 * that deep); the check is sitrep_json_nesting_ok(), shared by every JSON input. */
gboolean
_sitrep_import_json_nesting_ok (const char *text,
                                gsize       len)
{
  return sitrep_json_nesting_ok (text, len);
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
  gsize pos = 0;
  guint line = 0;
  guint n_lines = 0;

  while (pos < len)
    {
      const char *nl = memchr (text + pos, '\n', len - pos);
      gsize end = nl != NULL ? (gsize) (nl - text) : len;
      gsize stop = end;
      g_autoptr(GBytes) original = NULL;
      g_autoptr(JsonNode) root = NULL;
      g_autoptr(GError) json_error = NULL;
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
          root = sitrep_json_parse (text + pos, stop - pos, &json_error);
          if (root == NULL && !g_error_matches (json_error, SITREP_IO_ERROR, SITREP_IO_ERROR_JSON))
            g_ptr_array_add (warnings, g_strdup_printf (_("line %u: %s"), line, json_error->message));
          else if (root == NULL)
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
      g_autofree char *what = _sitrep_import_describe (name);

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
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(JsonNode) root = sitrep_json_parse (text, len, NULL);

  if (root == NULL)
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
      g_autofree char *what = _sitrep_import_describe (name);

      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_PARSE,
                   _("No article could be read from %s: %s"), what,
                   warnings->len > 0 ? (const char *) g_ptr_array_index (warnings, 0)
                                     : _("it holds no JSON object"));
      return NULL;
    }
  return g_steal_pointer (&records);
}

GPtrArray *
_sitrep_import_parse_json (GBytes      *data,
                           const char  *name,
                           const char  *encoding,
                           gboolean     whole_document,
                           GPtrArray   *warnings,
                           GError     **error)
{
  gsize len;
  const guint8 *d = g_bytes_get_data (data, &len);
  g_autofree char *detected = NULL;
  g_autofree char *text = _sitrep_import_decode_raw (d, len, encoding, name, &detected, error);

  if (text == NULL)
    return NULL;
  if (whole_document)
    return parse_json_document (text, strlen (text), name, detected, data, warnings, error);
  return parse_jsonl_text (text, strlen (text), name, detected, warnings, error);
}

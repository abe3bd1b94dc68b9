/* sitrep-exchange-import.c — annotations in from brat, CoNLL, doccano, Label Studio, WebAnno TSV
 *
 * Every format is read into documents (a text and its spans in code points
 * of that text), matched to the project's articles, and handed to the spans
 * JSONL import, so checks, entity links and duplicates work the same way
 * whatever the format.
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-exchange"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sitrep-exchange-private.h"
#include "sitrep-io.h"
#include "sitrep-tokens.h"

/* The largest file read whole: far above any annotation file a person makes. */
#define MAX_FILE_SIZE (512 * 1024 * 1024)

typedef SitrepExchangeSpan Span;
typedef SitrepExchangeDoc Doc;

static void
span_clear (Span *s)
{
  g_free (s->label);
  g_free (s->annotator);
  g_free (s->entity);
  g_clear_pointer (&s->attributes, json_node_unref);
}

Doc *
_sitrep_exchange_doc_new (const char *title)
{
  Doc *d = g_new0 (Doc, 1);
  d->title = g_strdup (title);
  d->text = g_string_new (NULL);
  d->spans = g_array_new (FALSE, TRUE, sizeof (Span));
  g_array_set_clear_func (d->spans, (GDestroyNotify) span_clear);
  return d;
}

void
_sitrep_exchange_doc_free (Doc *d)
{
  g_free (d->title);
  g_string_free (d->text, TRUE);
  g_array_unref (d->spans);
  g_free (d);
}

void
_sitrep_exchange_doc_add_span (Doc        *d,
                               gint64      start,
                               gint64      end,
                               const char *label,
                               const char *annotator,
                               const char *entity,
                               JsonNode   *attributes)
{
  Span s = { start, end, g_strdup (label), g_strdup (annotator), g_strdup (entity),
             attributes != NULL ? json_node_copy (attributes) : NULL };
  g_array_append_val (d->spans, s);
}

static gboolean
read_whole (GFile         *file,
            char         **contents,
            gsize         *length,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, error);
  g_autofree char *name = NULL;

  if (info == NULL)
    return FALSE;
  name = g_file_get_parse_name (file);
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("“%s” is not a regular file; give an annotation file or folder."), name);
      return FALSE;
    }
  if (g_file_info_get_size (info) > MAX_FILE_SIZE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   _("“%s” is too large to be an annotation file (over 512 MB)."), name);
      return FALSE;
    }
  if (!sitrep_io_read_input (file, MAX_FILE_SIZE, contents, length, cancellable, error))
    return FALSE;
  if (!g_utf8_validate (*contents, *length, NULL) || memchr (*contents, '\0', *length) != NULL)
    {
      g_clear_pointer (contents, g_free);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not UTF-8 text; annotation files are read as UTF-8."), name);
      return FALSE;
    }
  return TRUE;
}


/* doccano JSONL: {"text", "label": [[start, end, "LABEL"]]} or, from
 * relation projects, {"text", "entities": [{"start_offset", "end_offset", "label"}]}. */
static gboolean
read_doccano (const char  *contents,
              GPtrArray   *docs,
              GPtrArray   *problems,
              GError     **error)
{
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);

  for (guint n = 0; lines[n] != NULL; n++)
    {
      g_autoptr(JsonNode) root = NULL;
      g_autoptr(GError) json_error = NULL;
      JsonObject *obj;
      JsonArray *label = NULL, *entities = NULL;
      const char *text;
      Doc *d;

      if (*g_strstrip (lines[n]) == '\0')
        continue;
      /* the nesting and \u0000 checks of every JSON input, and their reasons */
      root = sitrep_json_parse (lines[n], -1, &json_error);
      if (root == NULL && !g_error_matches (json_error, SITREP_IO_ERROR, SITREP_IO_ERROR_JSON))
        {
          g_ptr_array_add (problems, g_strdup_printf (_("line %u: %s"), n + 1, json_error->message));
          continue;
        }
      if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
        {
          g_ptr_array_add (problems, g_strdup_printf (_("line %u: not valid JSON"), n + 1));
          continue;
        }
      obj = json_node_get_object (root);
      text = sitrep_json_get_string (obj, "text", NULL);
      if (text == NULL)
        {
          g_ptr_array_add (problems, g_strdup_printf (_("line %u: no \"text\""), n + 1));
          continue;
        }
      d = _sitrep_exchange_doc_new (sitrep_json_get_string (obj, "title", NULL));
      g_string_assign (d->text, text);
      if (json_object_has_member (obj, "label") && JSON_NODE_HOLDS_ARRAY (json_object_get_member (obj, "label")))
        label = json_object_get_array_member (obj, "label");
      if (json_object_has_member (obj, "entities") && JSON_NODE_HOLDS_ARRAY (json_object_get_member (obj, "entities")))
        entities = json_object_get_array_member (obj, "entities");
      for (guint k = 0; label != NULL && k < json_array_get_length (label); k++)
        {
          JsonNode *node = json_array_get_element (label, k);
          JsonArray *a = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
          if (a == NULL || json_array_get_length (a) != 3 ||
              json_node_get_value_type (json_array_get_element (a, 0)) != G_TYPE_INT64 ||
              json_node_get_value_type (json_array_get_element (a, 1)) != G_TYPE_INT64 ||
              json_node_get_value_type (json_array_get_element (a, 2)) != G_TYPE_STRING)
            {
              g_ptr_array_add (problems, g_strdup_printf (_("line %u: label %u is not [start, end, \"LABEL\"]"),
                                                          n + 1, k + 1));
              continue;
            }
          _sitrep_exchange_doc_add_span (d, json_array_get_int_element (a, 0), json_array_get_int_element (a, 1),
                        json_array_get_string_element (a, 2), NULL, NULL, NULL);
        }
      for (guint k = 0; entities != NULL && k < json_array_get_length (entities); k++)
        {
          JsonObject *e = sitrep_json_array_get_object (entities, k);
          if (e == NULL || !json_object_has_member (e, "start_offset") || !json_object_has_member (e, "end_offset"))
            {
              g_ptr_array_add (problems, g_strdup_printf (_("line %u: entity %u has no offsets"), n + 1, k + 1));
              continue;
            }
          _sitrep_exchange_doc_add_span (d, sitrep_json_get_int (e, "start_offset", -1), sitrep_json_get_int (e, "end_offset", -1),
                        sitrep_json_get_string (e, "label", ""), NULL, NULL, NULL);
        }
      g_ptr_array_add (docs, d);
    }
  return TRUE;
}

/* Label Studio JSON: a list of tasks, each with data.text and
 * annotations[].result[] of type "labels". */
static gboolean
read_label_studio (const char  *contents,
                   GPtrArray   *docs,
                   GPtrArray   *problems,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) root = sitrep_json_parse (contents, -1, &local_error);
  JsonArray *tasks;

  if (root == NULL && !g_error_matches (local_error, SITREP_IO_ERROR, SITREP_IO_ERROR_JSON))
    {
      /* too deep, a NUL, an escape that is no character: say which */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("This Label Studio export cannot be read: %s"), local_error->message);
      return FALSE;
    }
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("This is not a Label Studio export: a JSON list of tasks was expected."));
      return FALSE;
    }
  tasks = json_node_get_array (root);
  for (guint n = 0; n < json_array_get_length (tasks); n++)
    {
      JsonObject *task = sitrep_json_array_get_object (tasks, n);
      JsonObject *data = task != NULL && json_object_has_member (task, "data") &&
                         JSON_NODE_HOLDS_OBJECT (json_object_get_member (task, "data"))
                         ? json_object_get_object_member (task, "data") : NULL;
      JsonArray *annotations;
      const char *text;
      Doc *d;

      text = data != NULL ? sitrep_json_get_string (data, "text", NULL) : NULL;
      if (text == NULL)
        {
          g_ptr_array_add (problems, g_strdup_printf (_("task %u: no data.text"), n + 1));
          continue;
        }
      d = _sitrep_exchange_doc_new (sitrep_json_get_string (data, "title", NULL));
      g_string_assign (d->text, text);
      annotations = json_object_has_member (task, "annotations") &&
                    JSON_NODE_HOLDS_ARRAY (json_object_get_member (task, "annotations"))
                    ? json_object_get_array_member (task, "annotations") : NULL;
      for (guint k = 0; annotations != NULL && k < json_array_get_length (annotations); k++)
        {
          JsonObject *ann = sitrep_json_array_get_object (annotations, k);
          JsonArray *result;
          const char *who = NULL;

          if (ann == NULL || !json_object_has_member (ann, "result") ||
              !JSON_NODE_HOLDS_ARRAY (json_object_get_member (ann, "result")))
            continue;
          if (json_object_has_member (ann, "completed_by"))
            {
              JsonNode *by = json_object_get_member (ann, "completed_by");
              if (JSON_NODE_HOLDS_OBJECT (by))
                who = sitrep_json_get_string (json_node_get_object (by), "email", NULL);
            }
          if (who != NULL && *who == '\0')
            who = NULL;
          result = json_object_get_array_member (ann, "result");
          for (guint r = 0; r < json_array_get_length (result); r++)
            {
              JsonObject *item = sitrep_json_array_get_object (result, r);
              JsonObject *value, *meta;
              JsonArray *labels;

              if (item == NULL || g_strcmp0 (sitrep_json_get_string (item, "type", ""), "labels") != 0 ||
                  !json_object_has_member (item, "value") || !JSON_NODE_HOLDS_OBJECT (json_object_get_member (item, "value")))
                continue;
              value = json_object_get_object_member (item, "value");
              labels = json_object_has_member (value, "labels") && JSON_NODE_HOLDS_ARRAY (json_object_get_member (value, "labels"))
                       ? json_object_get_array_member (value, "labels") : NULL;
              if (labels == NULL || json_array_get_length (labels) == 0 ||
                  !sitrep_json_has_int (value, "start") || !sitrep_json_has_int (value, "end"))
                {
                  g_ptr_array_add (problems, g_strdup_printf (_("task %u: a result has no start, end and labels"), n + 1));
                  continue;
                }
              meta = json_object_has_member (item, "meta") && JSON_NODE_HOLDS_OBJECT (json_object_get_member (item, "meta"))
                     ? json_object_get_object_member (item, "meta") : NULL;
              for (guint l = 0; l < json_array_get_length (labels); l++)
                if (sitrep_json_array_get_string (labels, l) != NULL)
                  _sitrep_exchange_doc_add_span (d, sitrep_json_get_int (value, "start", -1), sitrep_json_get_int (value, "end", -1),
                              sitrep_json_array_get_string (labels, l), who,
                              meta != NULL ? sitrep_json_get_string (meta, "entity", NULL) : NULL,
                              meta != NULL && json_object_has_member (meta, "attributes")
                              ? json_object_get_member (meta, "attributes") : NULL);
            }
        }
      g_ptr_array_add (docs, d);
    }
  return TRUE;
}

/* brat: a .ann beside its .txt (the reading itself: sitrep-exchange-brat.c). */
static gboolean
read_brat_pair (GFile         *ann_file,
                GPtrArray     *docs,
                GPtrArray     *problems,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autofree char *ann_path = g_file_get_path (ann_file);
  g_autofree char *base = g_file_get_basename (ann_file);
  g_autofree char *txt_path = NULL;
  g_autoptr(GFile) txt_file = NULL;
  g_autofree char *ann = NULL;
  g_autofree char *txt = NULL;
  gsize len;

  if (ann_path == NULL || !g_str_has_suffix (ann_path, ".ann"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a brat .ann file."), base);
      return FALSE;
    }
  txt_path = g_strconcat (ann_path, NULL);
  strcpy (txt_path + strlen (txt_path) - 4, ".txt");
  txt_file = g_file_new_for_path (txt_path);
  if (!read_whole (ann_file, &ann, &len, cancellable, error))
    return FALSE;
  if (!read_whole (txt_file, &txt, &len, cancellable, error))
    {
      g_prefix_error (error, _("The text of %s is missing: "), base);
      return FALSE;
    }
  _sitrep_exchange_read_brat (ann, txt, base, docs, problems);
  return TRUE;
}

/* Documents made of tokens (CoNLL, WebAnno TSV): the text is rebuilt from
 * them; the project's article with the same words is found later. */
typedef struct
{
  Doc     *doc;
  guint    open_start;
  char    *open_label;
} TokenDoc;

static void
conll_close (TokenDoc *t,
             guint     end)
{
  if (t->open_label != NULL)
    {
      _sitrep_exchange_doc_add_span (t->doc, t->open_start, end, t->open_label, NULL, NULL, NULL);
      g_clear_pointer (&t->open_label, g_free);
    }
}

/* CoNLL: the token is the first column, the tag the last; a blank line
 * ends a sentence; -DOCSTART- starts an article. */
static gboolean
read_conll (const char  *contents,
            GPtrArray   *docs,
            GPtrArray   *problems,
            GError     **error)
{
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);
  TokenDoc t = { NULL };
  guint prev_end = 0;
  gboolean new_sentence = FALSE;

  for (guint n = 0; lines[n] != NULL; n++)
    {
      g_auto(GStrv) cols = NULL;
      const char *word, *tag;
      guint ncols, start;

      g_strchomp (lines[n]);
      if (g_str_has_prefix (lines[n], "-DOCSTART-"))
        {
          if (t.doc != NULL)
            {
              conll_close (&t, prev_end);
              g_ptr_array_add (docs, t.doc);
            }
          t.doc = _sitrep_exchange_doc_new (NULL);
          new_sentence = FALSE;
          continue;
        }
      if (lines[n][0] == '\0')
        {
          new_sentence = TRUE;
          continue;
        }
      cols = g_strsplit_set (lines[n], " \t", -1);
      ncols = g_strv_length (cols);
      word = cols[0];
      tag = cols[ncols - 1];
      if (ncols < 2 || *word == '\0')
        {
          g_ptr_array_add (problems, g_strdup_printf (_("line %u: not “TOKEN … TAG”"), n + 1));
          continue;
        }
      if (t.doc == NULL)
        t.doc = _sitrep_exchange_doc_new (NULL);
      if (t.doc->text->len > 0)
        g_string_append_c (t.doc->text, new_sentence ? '\n' : ' ');
      new_sentence = FALSE;
      start = g_utf8_strlen (t.doc->text->str, t.doc->text->len);
      g_string_append (t.doc->text, word);

      if (g_str_has_prefix (tag, "B-") || g_str_has_prefix (tag, "I-"))
        {
          /* An I- after another label, or after O, starts a span (as conlleval reads it). */
          if (tag[0] == 'B' || t.open_label == NULL || strcmp (t.open_label, tag + 2) != 0)
            {
              conll_close (&t, prev_end);
              t.open_label = g_strdup (tag + 2);
              t.open_start = start;
            }
        }
      else
        conll_close (&t, prev_end);
      prev_end = start + g_utf8_strlen (word, -1);
    }
  if (t.doc != NULL)
    {
      conll_close (&t, prev_end);
      g_ptr_array_add (docs, t.doc);
    }
  return TRUE;
}

/* Maps @offset (code points of @from) to code points of @to, where the two
 * hold the same characters apart from white space. */
static gboolean
remap_offsets (const char *from,
               const char *to,
               GArray     *spans)
{
  glong from_len = g_utf8_strlen (from, -1);
  g_autofree guint *map = g_new (guint, from_len + 1);
  const char *p = from, *q = to;
  guint i = 0, j = 0;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c))
        {
          map[i++] = j;
          p = g_utf8_next_char (p);
          continue;
        }
      while (*q != '\0' && g_unichar_isspace (g_utf8_get_char (q)))
        {
          q = g_utf8_next_char (q);
          j++;
        }
      if (*q == '\0' || g_utf8_get_char (q) != c)
        return FALSE;
      map[i++] = j;
      p = g_utf8_next_char (p);
      q = g_utf8_next_char (q);
      j++;
    }
  map[i] = j;

  for (guint k = 0; k < spans->len; k++)
    {
      Span *s = &g_array_index (spans, Span, k);
      gint64 end;
      if (s->start < 0 || s->end < 0 || s->start > from_len || s->end > from_len)
        continue;   /* out of range: the spans import reports it */
      /* The end maps past the last character of the span, not onto the
       * white space after it. */
      end = s->end > s->start ? map[s->end - 1] + 1 : map[s->end];
      s->start = map[s->start];
      /* a start on white space moves to the next character */
      s->end = end;
    }
  return TRUE;
}

static void
add_span_json (JsonBuilder *b,
               Span        *s,
               GHashTable  *label_map,
               const char  *annotator)
{
  const char *label = g_hash_table_lookup (label_map, s->label);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "start");
  json_builder_add_int_value (b, s->start);
  json_builder_set_member_name (b, "end");
  json_builder_add_int_value (b, s->end);
  json_builder_set_member_name (b, "label");
  json_builder_add_string_value (b, label != NULL ? label : s->label);
  if (s->annotator != NULL || annotator != NULL)
    {
      json_builder_set_member_name (b, "annotator");
      json_builder_add_string_value (b, s->annotator != NULL ? s->annotator : annotator);
    }
  if (s->entity != NULL)
    {
      json_builder_set_member_name (b, "entity");
      json_builder_add_string_value (b, s->entity);
    }
  if (s->attributes != NULL)
    {
      json_builder_set_member_name (b, "attributes");
      json_builder_add_value (b, json_node_copy (s->attributes));
    }
  json_builder_end_object (b);
}

/* The text without its white space, hashed: the key by which a text
 * rebuilt from tokens (CoNLL, WebAnno TSV) finds its article whatever
 * spaces the rebuilding put between the tokens. */
static char *
ink_key (const char *text)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_checksum_update (sum, (const guchar *) p, g_utf8_next_char (p) - p);
  return g_strdup (g_checksum_get_string (sum));
}

static GHashTable *
ink_index (SitrepStore   *store,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) ids = NULL;
  SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;

  ids = sitrep_store_query_article_ids (store, &query, error);
  if (ids == NULL)
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autofree char *body = sitrep_store_get_article_body (store, id, NULL);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (body != NULL)
        g_hash_table_insert (index, ink_key (body), GINT_TO_POINTER ((gint) id));
    }
  return g_steal_pointer (&index);
}

/* Feeds the documents to the spans import as JSONL, each matched to the
 * article with the same words when there is one. */
static gboolean
import_docs (SitrepStore        *store,
             GPtrArray          *docs,
             const char         *annotator,
             SitrepSpansReport  *report,
             GCancellable       *cancellable,
             GError            **error)
{
  g_autoptr(GHashTable) label_map = _sitrep_exchange_label_map (store, error);
  g_autoptr(GString) jsonl = g_string_new (NULL);
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GHashTable) ink = NULL;

  if (label_map == NULL)
    return FALSE;

  for (guint i = 0; i < docs->len; i++)
    {
      Doc *d = g_ptr_array_index (docs, i);
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *line = NULL;
      gint64 article = d->text->len > 0 ? sitrep_store_find_duplicate (store, d->text->str) : 0;

      if (article == 0 && d->text->len > 0)
        {
          g_autofree char *key = ink_key (d->text->str);
          if (ink == NULL && (ink = ink_index (store, cancellable, error)) == NULL)
            return FALSE;
          article = GPOINTER_TO_INT (g_hash_table_lookup (ink, key));
        }

      if (article != 0)
        {
          g_autofree char *body = sitrep_store_get_article_body (store, article, NULL);
          if (body != NULL && strcmp (body, d->text->str) != 0 && remap_offsets (d->text->str, body, d->spans))
            g_string_assign (d->text, body);
        }

      json_builder_begin_object (b);
      if (d->title != NULL)
        {
          json_builder_set_member_name (b, "title");
          json_builder_add_string_value (b, d->title);
        }
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, d->text->str);
      json_builder_set_member_name (b, "spans");
      json_builder_begin_array (b);
      for (guint k = 0; k < d->spans->len; k++)
        add_span_json (b, &g_array_index (d->spans, Span, k), label_map, annotator);
      json_builder_end_array (b);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      line = json_to_string (root, FALSE);
      g_string_append (jsonl, line);
      g_string_append_c (jsonl, '\n');
    }

  bytes = g_bytes_new (jsonl->str, jsonl->len);
  in = g_memory_input_stream_new_from_bytes (bytes);
  return sitrep_spans_import (store, in, report, cancellable, error);
}

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *x = g_file_get_basename (*(GFile **) a);
  g_autofree char *y = g_file_get_basename (*(GFile **) b);
  return strcmp (x, y);
}

/* The files in @folder whose names end in @suffix, by name; or @file itself. */
static GPtrArray *
list_files (GFile         *file,
            const char    *suffix,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GFileEnumerator) e = NULL;

  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, cancellable) != G_FILE_TYPE_DIRECTORY)
    {
      g_ptr_array_add (files, g_object_ref (file));
      return g_steal_pointer (&files);
    }
  e = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (e == NULL)
    return NULL;
  for (;;)
    {
      GFileInfo *info;
      GFile *child;
      if (!g_file_enumerator_iterate (e, &info, &child, cancellable, error))
        return NULL;
      if (info == NULL)
        break;
      if (g_str_has_suffix (g_file_info_get_name (info), suffix))
        g_ptr_array_add (files, g_object_ref (child));
    }
  g_ptr_array_sort (files, compare_files);
  if (files->len == 0)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no %s file in “%s”."), suffix, name);
      return NULL;
    }
  return g_steal_pointer (&files);
}

static gboolean
read_zip (SitrepExchangeFormat   format,
          GFile                 *file,
          GPtrArray             *docs,
          GPtrArray             *problems,
          GCancellable          *cancellable,
          GError               **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  guint n = 0;

  if (format == SITREP_EXCHANGE_BRAT)
    return _sitrep_exchange_read_brat_zip (file, docs, problems, cancellable, error);
  entries = sitrep_zip_list (file, cancellable, error);
  if (entries == NULL)
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      SitrepZipEntry *e = g_ptr_array_index (entries, i);
      g_autofree char *contents = NULL;
      g_autofree char *base = NULL;

      if (!g_str_has_suffix (e->name, ".tsv"))
        continue;
      contents = _sitrep_exchange_zip_text (file, e, cancellable, error);
      base = g_path_get_basename (e->name);
      if (contents == NULL || !_sitrep_exchange_read_webanno (contents, base, docs, problems, error))
        return FALSE;
      n++;
    }
  if (n == 0)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no %s file in “%s”."), ".tsv", name);
      return FALSE;
    }
  return TRUE;
}

gboolean
sitrep_exchange_import (SitrepStore          *store,
                        SitrepExchangeFormat  format,
                        GFile                *file,
                        const char           *annotator,
                        SitrepSpansReport    *report,
                        GCancellable         *cancellable,
                        GError              **error)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify) _sitrep_exchange_doc_free);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  gboolean ok = TRUE;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  if (sitrep_exchange_format_is_folder (format) && sitrep_zip_file_is_zip (file, cancellable))
    ok = read_zip (format, file, docs, problems, cancellable, error);
  else if (format == SITREP_EXCHANGE_BRAT || format == SITREP_EXCHANGE_WEBANNO_TSV)
    {
      const char *suffix = format == SITREP_EXCHANGE_BRAT ? ".ann" : ".tsv";
      g_autoptr(GPtrArray) files = list_files (file, suffix, cancellable, error);

      if (files == NULL)
        return FALSE;
      for (guint i = 0; ok && i < files->len; i++)
        {
          GFile *f = g_ptr_array_index (files, i);
          if (format == SITREP_EXCHANGE_BRAT)
            ok = read_brat_pair (f, docs, problems, cancellable, error);
          else
            {
              g_autofree char *contents = NULL;
              g_autofree char *name = g_file_get_basename (f);
              gsize len;
              ok = read_whole (f, &contents, &len, cancellable, error) &&
                   _sitrep_exchange_read_webanno (contents, name, docs, problems, error);
            }
        }
    }
  else
    {
      g_autofree char *contents = NULL;
      gsize len;

      if (!read_whole (file, &contents, &len, cancellable, error))
        return FALSE;
      if (format == SITREP_EXCHANGE_DOCCANO)
        ok = read_doccano (contents, docs, problems, error);
      else if (format == SITREP_EXCHANGE_LABEL_STUDIO)
        ok = read_label_studio (contents, docs, problems, error);
      else
        ok = read_conll (contents, docs, problems, error);
    }
  if (!ok)
    return FALSE;

  if (!import_docs (store, docs, annotator, report, cancellable, error))
    return FALSE;
  /* What the readers refused goes before what the spans import reports. */
  if (report->problems == NULL)
    report->problems = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < problems->len; i++)
    g_ptr_array_insert (report->problems, i, g_strdup (g_ptr_array_index (problems, i)));
  return TRUE;
}

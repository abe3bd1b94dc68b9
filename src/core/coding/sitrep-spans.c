/* sitrep-spans.c — annotations as JSONL, one article a line, both ways
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-spans"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-date-attributes.h"
#include "sitrep-figures.h"
#include "sitrep-label-kind.h"
#include "sitrep-spans.h"

static gboolean
write_line (GOutputStream  *out,
            JsonNode       *node,
            GCancellable   *cancellable,
            GError        **error)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autofree char *text = NULL;
  gsize len;

  json_generator_set_root (gen, node);
  text = json_generator_to_data (gen, &len);
  return g_output_stream_write_all (out, text, len, NULL, cancellable, error) &&
         g_output_stream_write_all (out, "\n", 1, NULL, cancellable, error);
}

gboolean
sitrep_spans_export (SitrepStore    *store,
                     GOutputStream  *out,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_autoptr(GArray) ids = NULL;
  SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  ids = sitrep_store_query_article_ids (store, &query, error);
  if (ids == NULL)
    return FALSE;

  /* Oldest first, the order they were imported in. */
  for (guint i = ids->len; i > 0; i--)
    {
      gint64 id = g_array_index (ids, gint64, i - 1);
      g_autoptr(SitrepArticle) article = NULL;
      g_autoptr(GPtrArray) spans = NULL;
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *body = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      article = sitrep_store_get_article (store, id, error);
      body = article != NULL ? sitrep_store_get_article_body (store, id, error) : NULL;
      spans = body != NULL ? sitrep_store_list_annotations (store, id, 0, error) : NULL;
      if (spans == NULL)
        return FALSE;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, id);
      json_builder_set_member_name (b, "title");
      json_builder_add_string_value (b, sitrep_article_get_title (article));
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, body);
      json_builder_set_member_name (b, "spans");
      json_builder_begin_array (b);
      for (guint k = 0; k < spans->len; k++)
        {
          SitrepAnnotation *a = g_ptr_array_index (spans, k);
          const char *attrs = sitrep_annotation_get_attributes (a);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "start");
          json_builder_add_int_value (b, sitrep_annotation_get_start (a));
          json_builder_set_member_name (b, "end");
          json_builder_add_int_value (b, sitrep_annotation_get_end (a));
          json_builder_set_member_name (b, "label");
          json_builder_add_string_value (b, sitrep_annotation_get_label (a));
          json_builder_set_member_name (b, "entity");
          if (sitrep_annotation_get_entity (a) != NULL)
            json_builder_add_string_value (b, sitrep_annotation_get_entity (a));
          else
            json_builder_add_null_value (b);
          json_builder_set_member_name (b, "attributes");
          if (attrs != NULL)
            {
              g_autoptr(JsonNode) node = json_from_string (attrs, NULL);
              if (node != NULL)
                json_builder_add_value (b, g_steal_pointer (&node));
              else
                json_builder_add_null_value (b);
            }
          else
            {
              json_builder_begin_object (b);
              json_builder_end_object (b);
            }
          json_builder_set_member_name (b, "annotator");
          if (sitrep_annotation_get_annotator (a) != NULL)
            json_builder_add_string_value (b, sitrep_annotation_get_annotator (a));
          else
            json_builder_add_null_value (b);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);

      root = json_builder_get_root (b);
      if (!write_line (out, root, cancellable, error))
        return FALSE;
    }

  return TRUE;
}

void
sitrep_spans_report_clear (SitrepSpansReport *report)
{
  g_clear_pointer (&report->problems, g_ptr_array_unref);
  memset (report, 0, sizeof *report);
}

static void
problem (SitrepSpansReport *report,
         guint              line,
         const char        *format,
         ...) G_GNUC_PRINTF (3, 4);

static void
problem (SitrepSpansReport *report,
         guint              line,
         const char        *format,
         ...)
{
  g_autofree char *msg = NULL;
  va_list args;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (report->problems, g_strdup_printf (_("line %u: %s"), line, msg));
}

typedef struct
{
  gint64 id;
  char *name;
  char *kind;
} LabelInfo;

static char *
figure_attributes (const char *text)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  SitrepFigure f;

  if (!sitrep_figure_parse (text, &f))
    return NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "count");
  json_builder_add_int_value (b, f.count);
  json_builder_set_member_name (b, "qualifier");
  json_builder_add_string_value (b, sitrep_qualifier_to_string (f.qualifier));
  json_builder_set_member_name (b, "low");
  json_builder_add_int_value (b, f.low);
  json_builder_set_member_name (b, "high");
  json_builder_add_int_value (b, f.high);
  json_builder_end_object (b);
  root = json_builder_get_root (b);

  return json_to_string (root, FALSE);
}

/* The entity named @name (of @kind), made when there is none. */
static gint64
entity_named (SitrepStore  *store,
              const char   *kind,
              const char   *name,
              GError      **error)
{
  g_autoptr(GPtrArray) found = sitrep_store_find_entities (store, kind, name, error);

  if (found == NULL)
    return 0;
  for (guint i = 0; i < found->len; i++)
    {
      SitrepEntity *e = g_ptr_array_index (found, i);
      if (g_strcmp0 (sitrep_entity_get_name (e), name) == 0)
        return sitrep_entity_get_id (e);
    }
  if (found->len > 0)
    return sitrep_entity_get_id (g_ptr_array_index (found, 0));
  return sitrep_store_add_entity (store, kind, name, error);
}

static gboolean
span_exists (GPtrArray *existing,
             gint64     label_id,
             guint      start,
             guint      end)
{
  for (guint i = 0; i < existing->len; i++)
    {
      SitrepAnnotation *a = g_ptr_array_index (existing, i);
      if (sitrep_annotation_get_label_id (a) == label_id && sitrep_annotation_get_start (a) == start &&
          sitrep_annotation_get_end (a) == end)
        return TRUE;
    }
  return FALSE;
}

static void
import_span (SitrepStore       *store,
             gint64             article,
             GPtrArray         *labels,
             GPtrArray         *existing,
             JsonObject        *span,
             guint              line,
             guint              n,
             glong              text_len,
             SitrepSpansReport *report)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *attributes = NULL;
  const char *label_name, *annotator, *entity;
  SitrepLabel *label = NULL;
  gint64 start, end, annotator_id = 0, id;
  JsonNode *attrs;

  if (!json_object_has_member (span, "start") || !json_object_has_member (span, "end") ||
      json_node_get_value_type (json_object_get_member (span, "start")) != G_TYPE_INT64 ||
      json_node_get_value_type (json_object_get_member (span, "end")) != G_TYPE_INT64)
    {
      problem (report, line, _("span %u has no whole-number start and end"), n);
      return;
    }
  start = json_object_get_int_member (span, "start");
  end = json_object_get_int_member (span, "end");
  if (start < 0 || end <= start || end > text_len)
    {
      problem (report, line, _("span %u (%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT ") is outside the text"),
               n, start, end);
      return;
    }

  label_name = json_object_get_string_member_with_default (span, "label", NULL);
  for (guint i = 0; label_name != NULL && i < labels->len; i++)
    {
      SitrepLabel *l = g_ptr_array_index (labels, i);
      if (g_ascii_strcasecmp (sitrep_label_get_name (l), label_name) == 0)
        label = l;
    }
  if (label == NULL)
    {
      problem (report, line, _("span %u has a label the project does not have (“%s”)"), n,
               label_name != NULL ? label_name : "");
      return;
    }

  if (span_exists (existing, sitrep_label_get_id (label), start, end))
    {
      report->spans_present++;
      return;
    }

  annotator = json_object_get_string_member_with_default (span, "annotator", NULL);
  if (annotator != NULL && *annotator != '\0')
    annotator_id = sitrep_store_ensure_annotator (store, annotator, NULL);

  attrs = json_object_get_member (span, "attributes");
  if (attrs != NULL && JSON_NODE_HOLDS_OBJECT (attrs) &&
      json_object_get_size (json_node_get_object (attrs)) > 0)
    attributes = json_to_string (attrs, FALSE);

  id = sitrep_store_add_annotation (store, article, sitrep_label_get_id (label), start, end,
                                    annotator_id, 0, attributes, &error);
  if (id == 0)
    {
      problem (report, line, _("span %u: %s"), n, error->message);
      return;
    }
  report->spans_added++;

  /* Fill in what the file left out, as the panel would. */
  if (attributes == NULL && sitrep_label_kind_is_casualty (sitrep_label_get_kind (label)))
    {
      g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (store, id, NULL);
      g_autofree char *parsed = a != NULL ? figure_attributes (sitrep_annotation_get_text (a)) : NULL;
      if (parsed != NULL)
        sitrep_store_set_annotation_attributes (store, id, parsed, NULL);
    }
  else if (attributes == NULL && g_strcmp0 (sitrep_label_get_kind (label), "date") == 0)
    {
      g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (store, id, NULL);
      g_autofree char *parsed = NULL;

      if (a != NULL)
        parsed = sitrep_date_attributes_for_span (store, article, sitrep_annotation_get_text (a));
      if (parsed != NULL)
        sitrep_store_set_annotation_attributes (store, id, parsed, NULL);
    }

  {
    const char *kind = sitrep_label_kind_entity_kind (sitrep_label_get_kind (label));

    entity = json_object_get_string_member_with_default (span, "entity", NULL);
    if (kind != NULL && entity != NULL && *entity != '\0')
      {
        gint64 e = entity_named (store, kind, entity, &error);
        g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (store, id, NULL);

        if (e == 0 || a == NULL)
          problem (report, line, _("span %u: could not link “%s”"), n, entity);
        else
          {
            sitrep_store_add_alias (store, e, sitrep_annotation_get_text (a), NULL);
            sitrep_store_set_annotation_entity (store, id, e, NULL);
          }
      }
    /* A claimant is linked when the file names its entity; "the ministry"
     * alone is not enough to pick or make an actor. */
    else if (kind != NULL && g_strcmp0 (sitrep_label_get_kind (label), "claimant") != 0)
      {
        if (sitrep_store_link_mention (store, id, kind, &error) == 0)
          problem (report, line, _("span %u: %s"), n, error->message);
      }
  }
}

gboolean
sitrep_spans_import (SitrepStore        *store,
                     GInputStream       *in,
                     SitrepSpansReport  *report,
                     GCancellable       *cancellable,
                     GError            **error)
{
  g_autoptr(GDataInputStream) data = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  guint line = 0;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  memset (report, 0, sizeof *report);
  report->problems = g_ptr_array_new_with_free_func (g_free);

  labels = sitrep_store_list_labels (store, error);
  if (labels == NULL)
    return FALSE;

  data = g_data_input_stream_new (in);
  g_data_input_stream_set_newline_type (data, G_DATA_STREAM_NEWLINE_TYPE_ANY);

  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(JsonParser) parser = NULL;
      g_autoptr(GPtrArray) existing = NULL;
      g_autofree char *text_line = NULL;
      const char *title, *text;
      JsonObject *obj;
      JsonArray *spans = NULL;
      gint64 article, dup = 0;
      gsize len;

      text_line = g_data_input_stream_read_line_utf8 (data, &len, cancellable, &local_error);
      if (local_error != NULL)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          line++;
          problem (report, line, _("not valid UTF-8"));
          continue;
        }
      if (text_line == NULL)
        break;
      line++;
      if (*g_strstrip (text_line) == '\0')
        continue;

      parser = json_parser_new ();
      if (!json_parser_load_from_data (parser, text_line, -1, NULL) ||
          !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        {
          problem (report, line, _("not valid JSON"));
          continue;
        }
      obj = json_node_get_object (json_parser_get_root (parser));
      text = json_object_get_string_member_with_default (obj, "text", NULL);
      title = json_object_get_string_member_with_default (obj, "title", NULL);
      if (text == NULL || *text == '\0')
        {
          problem (report, line, _("no \"text\""));
          continue;
        }
      if (json_object_has_member (obj, "spans"))
        {
          JsonNode *node = json_object_get_member (obj, "spans");
          if (!JSON_NODE_HOLDS_ARRAY (node))
            {
              problem (report, line, _("\"spans\" is not a list"));
              continue;
            }
          spans = json_node_get_array (node);
        }

      /* The text is the identity: the same body means the same article. */
      article = sitrep_store_find_duplicate (store, text);
      if (article != 0)
        report->articles_matched++;
      else
        {
          SitrepImportRecord record = { 0 };

          record.title = (char *) title;
          record.body = (char *) text;
          record.original_name = (char *) "spans.jsonl";
          record.original_type = (char *) "application/jsonl";
          record.original = g_bytes_new_static (text_line, strlen (text_line));
          record.line = line;
          article = sitrep_store_add_article (store, &record, &dup, &local_error);
          g_bytes_unref (record.original);
          if (article == 0 && dup != 0)
            article = dup;
          if (article == 0)
            {
              problem (report, line, "%s", local_error->message);
              continue;
            }
          report->articles_created++;
        }

      /* Offsets are code points of the stored body, which must be this text. */
      {
        g_autofree char *body = sitrep_store_get_article_body (store, article, NULL);
        if (g_strcmp0 (body, text) != 0)
          {
            problem (report, line,
                     _("the text differs from article %" G_GINT64_FORMAT " only in white space; "
                       "its spans were not added"), article);
            continue;
          }
      }

      existing = sitrep_store_list_annotations (store, article, 0, error);
      if (existing == NULL)
        return FALSE;
      for (guint k = 0; spans != NULL && k < json_array_get_length (spans); k++)
        {
          JsonObject *span = json_array_get_object_element (spans, k);
          if (span == NULL)
            {
              problem (report, line, _("span %u is not an object"), k + 1);
              continue;
            }
          import_span (store, article, labels, existing, span, line, k + 1,
                       g_utf8_strlen (text, -1), report);
        }
    }

  return TRUE;
}

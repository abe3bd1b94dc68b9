/* sitrep-spans.c — annotations as JSONL, one article a line, both ways
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-spans"

#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-date-attributes.h"
#include "sitrep-figures.h"
#include "sitrep-io.h"
#include "sitrep-label-kind.h"
#include "sitrep-store-private.h"
#include "sitrep-spans.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-suggest-private.h"

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
  return sitrep_io_write_text (out, text, len, cancellable, error) &&
         g_output_stream_write_all (out, "\n", 1, NULL, cancellable, error);
}

/* A suggestion's link: "entity" names a project entity it links to (null
 * when none does); "proposed_entity" the name a new entity would take (the
 * gazetteer's or the bundled list's); a place's proposed "latitude",
 * "longitude" (null when unplaced) and "doubtful". */
static void
add_suggested_entity (JsonBuilder                  *b,
                      SitrepStore                  *store,
                      const SitrepStoredSuggestion *s)
{
  g_autoptr(SitrepEntity) entity = s->entity_id != 0 ? sitrep_store_get_entity (store, s->entity_id, NULL) : NULL;
  /* A rank opening a person's name is not part of it (as accepting makes it). */
  g_autofree char *person = s->kind != SITREP_SUGGEST_PLACE ? _sitrep_suggest_person_without_title (s->text, NULL)
                                                            : NULL;
  const char *proposed = person != NULL ? person : s->entity_name;

  json_builder_set_member_name (b, "entity");
  if (entity != NULL)
    json_builder_add_string_value (b, sitrep_entity_get_name (entity));
  else
    json_builder_add_null_value (b);
  if (entity == NULL && proposed != NULL && *proposed != '\0')
    {
      json_builder_set_member_name (b, "proposed_entity");
      json_builder_add_string_value (b, proposed);
    }
  if (s->kind != SITREP_SUGGEST_PLACE)
    return;
  json_builder_set_member_name (b, "latitude");
  if (isnan (s->latitude) || isnan (s->longitude))
    json_builder_add_null_value (b);
  else
    json_builder_add_double_value (b, s->latitude);
  json_builder_set_member_name (b, "longitude");
  if (isnan (s->latitude) || isnan (s->longitude))
    json_builder_add_null_value (b);
  else
    json_builder_add_double_value (b, s->longitude);
  json_builder_set_member_name (b, "doubtful");
  json_builder_add_boolean_value (b, s->doubtful);
}

/* Pending suggestions as spans marked "status": "suggested". */
static gboolean
add_suggestions (JsonBuilder  *b,
                 SitrepStore  *store,
                 gint64        article_id,
                 GError      **error)
{
  g_autoptr(GPtrArray) list = sitrep_store_list_suggestions (store, article_id, error);

  if (list == NULL)
    return FALSE;
  for (guint k = 0; k < list->len; k++)
    {
      SitrepStoredSuggestion *s = g_ptr_array_index (list, k);
      g_autoptr(JsonNode) attrs = s->attributes != NULL ? json_from_string (s->attributes, NULL) : NULL;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "start");
      json_builder_add_int_value (b, s->start);
      json_builder_set_member_name (b, "end");
      json_builder_add_int_value (b, s->end);
      json_builder_set_member_name (b, "label");
      json_builder_add_string_value (b, sitrep_suggest_kind_to_label (s->kind));
      add_suggested_entity (b, store, s);
      json_builder_set_member_name (b, "attributes");
      if (attrs != NULL)
        json_builder_add_value (b, g_steal_pointer (&attrs));
      else
        {
          json_builder_begin_object (b);
          json_builder_end_object (b);
        }
      json_builder_set_member_name (b, "annotator");
      json_builder_add_null_value (b);
      json_builder_set_member_name (b, "status");
      json_builder_add_string_value (b, "suggested");
      json_builder_end_object (b);
    }
  return TRUE;
}

gboolean
sitrep_spans_export (SitrepStore    *store,
                     GOutputStream  *out,
                     GCancellable   *cancellable,
                     GError        **error)
{
  return sitrep_spans_export_full (store, out, FALSE, cancellable, error);
}

gboolean
sitrep_spans_export_full (SitrepStore    *store,
                          GOutputStream  *out,
                          gboolean        include_suggestions,
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
      body = article != NULL ? sitrep_store_get_article_body_to_export (store, id, error) : NULL;
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
      if (include_suggestions && !add_suggestions (b, store, id, error))
        return FALSE;
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

typedef struct
{
  SitrepStore       *store;
  GPtrArray         *labels;
  SitrepSpansReport *report;     /* problems go straight here */
  guint              line;
  gint64             article;
  GPtrArray         *existing;   /* the article's spans before this line */
  GHashTable        *seen;       /* "label:start:end" → span number, within this line */
  glong              text_len;
  GError            *fatal;      /* the project cannot be written: stop */
  /* counted into the report only when the line is kept */
  guint              spans_added;
  guint              spans_present;
  GPtrArray         *skipped;    /* "span N: reason", said once the line is kept or not */
} LineImport;

/* Errors after which no other line can be written either. */
static gboolean
is_fatal (const GError *error)
{
  return error != NULL && error->domain == SITREP_STORE_ERROR &&
         (error->code == SITREP_STORE_ERROR_IO || error->code == SITREP_STORE_ERROR_CORRUPT ||
          error->code == SITREP_STORE_ERROR_READ_ONLY || error->code == SITREP_STORE_ERROR_LOCKED ||
          error->code == SITREP_STORE_ERROR_BUSY);
}

/* A span left out of its line: said with the line number once it is known
 * whether the line's other spans were stored. */
static void
span_skipped (LineImport *li,
              const char *format,
              ...) G_GNUC_PRINTF (2, 3);

static void
span_skipped (LineImport *li,
              const char *format,
              ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (li->skipped, g_strdup_vprintf (format, args));
  va_end (args);
}

/* @kept: the line's article and other spans were written. */
static void
report_skipped (LineImport *li,
                gboolean    kept)
{
  gboolean others = li->spans_added + li->spans_present > 0;

  for (guint i = 0; i < li->skipped->len; i++)
    {
      const char *reason = g_ptr_array_index (li->skipped, i);

      if (kept && others)
        g_ptr_array_add (li->report->problems,
                         g_strdup_printf (_("line %u: %s; this span was skipped, the line’s other spans were stored"),
                                          li->line, reason));
      else if (kept)
        g_ptr_array_add (li->report->problems,
                         g_strdup_printf (_("line %u: %s; this span was skipped"), li->line, reason));
      else
        g_ptr_array_add (li->report->problems, g_strdup_printf (_("line %u: %s"), li->line, reason));
    }
  g_ptr_array_set_size (li->skipped, 0);
}

/* A member that must be a text when present: NULL when absent or null,
 * *wrong set when it is something else (a number, an object ...). */
static const char *
text_member (JsonObject *obj,
             const char *name,
             gboolean   *wrong)
{
  JsonNode *node = json_object_get_member (obj, name);

  *wrong = FALSE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  *wrong = TRUE;
  return NULL;
}

static gboolean
int_member (JsonObject *obj,
            const char *name,
            gint64     *value)
{
  JsonNode *node = json_object_get_member (obj, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *value = json_node_get_int (node);
  return TRUE;
}

/* The same label over the same text by the same annotator (spans of several
 * annotators over the same words are each kept: agreement needs them). */
static gboolean
span_exists (GPtrArray  *existing,
             gint64      label_id,
             guint       start,
             guint       end,
             const char *annotator)
{
  for (guint i = 0; i < existing->len; i++)
    {
      SitrepAnnotation *a = g_ptr_array_index (existing, i);
      if (sitrep_annotation_get_label_id (a) == label_id && sitrep_annotation_get_start (a) == start &&
          sitrep_annotation_get_end (a) == end &&
          g_strcmp0 (sitrep_annotation_get_annotator (a), annotator) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A casualty span's attributes as the panel writes them: whole numbers
 * 0 ≤ low ≤ count ≤ high ≤ SITREP_FIGURE_MAX (a missing low is the count,
 * a missing high the low, as the events read them) and a known qualifier. */
static gboolean
figure_attributes_ok (JsonObject *attrs)
{
  SitrepFigure f = { 0 };
  gboolean wrong;
  const char *qualifier;

  if (!int_member (attrs, "count", &f.count))
    return FALSE;
  if (!int_member (attrs, "low", &f.low))
    f.low = f.count;
  if (!int_member (attrs, "high", &f.high))
    f.high = f.low;
  if ((json_object_has_member (attrs, "low") && !int_member (attrs, "low", &f.low)) ||
      (json_object_has_member (attrs, "high") && !int_member (attrs, "high", &f.high)))
    return FALSE;
  qualifier = text_member (attrs, "qualifier", &wrong);
  if (wrong || (qualifier != NULL && !sitrep_qualifier_from_string (qualifier, &f.qualifier)))
    return FALSE;
  return sitrep_figure_is_valid (&f);
}

/* Checks one span's members; on success sets the label and the attributes
 * to store (NULL for none). Reports and returns FALSE otherwise. */
static gboolean
check_span (LineImport   *li,
            JsonObject   *span,
            guint         n,
            gint64       *start,
            gint64       *end,
            SitrepLabel **label,
            char        **attributes)
{
  const char *label_name;
  JsonNode *attrs;
  gboolean wrong;

  if (!int_member (span, "start", start) || !int_member (span, "end", end))
    {
      span_skipped (li, _("span %u has no whole-number start and end"), n);
      return FALSE;
    }
  if (*start < 0 || *end <= *start || *end > li->text_len)
    {
      span_skipped (li,
               _("span %u (%" PRId64 "–%" PRId64 ") is outside the text"),
               n, *start, *end);
      return FALSE;
    }

  *label = NULL;
  label_name = text_member (span, "label", &wrong);
  if (wrong)
    {
      span_skipped (li, _("span %u: the label is not a text"), n);
      return FALSE;
    }
  for (guint i = 0; label_name != NULL && i < li->labels->len; i++)
    {
      SitrepLabel *l = g_ptr_array_index (li->labels, i);
      if (g_ascii_strcasecmp (sitrep_label_get_name (l), label_name) == 0)
        *label = l;
    }
  if (*label == NULL)
    {
      span_skipped (li, _("span %u has a label the project does not have (“%s”)"), n,
               label_name != NULL ? label_name : "");
      return FALSE;
    }

  text_member (span, "annotator", &wrong);
  if (wrong)
    {
      span_skipped (li, _("span %u: the annotator is not a text"), n);
      return FALSE;
    }
  text_member (span, "entity", &wrong);
  if (wrong)
    {
      span_skipped (li, _("span %u: the entity is not a text"), n);
      return FALSE;
    }

  *attributes = NULL;
  attrs = json_object_get_member (span, "attributes");
  if (attrs != NULL && !JSON_NODE_HOLDS_NULL (attrs) && !JSON_NODE_HOLDS_OBJECT (attrs))
    {
      span_skipped (li, _("span %u: the attributes are not an object"), n);
      return FALSE;
    }
  if (attrs != NULL && JSON_NODE_HOLDS_OBJECT (attrs) &&
      json_object_get_size (json_node_get_object (attrs)) > 0)
    {
      if (sitrep_label_kind_is_casualty (sitrep_label_get_kind (*label)) &&
          !figure_attributes_ok (json_node_get_object (attrs)))
        {
          span_skipped (li,
                   _("span %u: the figure is not a whole number from 0 to %" PRId64
                     " lying between its low and its high"), n, SITREP_FIGURE_MAX);
          return FALSE;
        }
      *attributes = json_to_string (attrs, FALSE);
    }
  return TRUE;
}

/* Fills in what the file left out, as the panel would. */
static void
complete_span (LineImport  *li,
               gint64       id,
               SitrepLabel *label)
{
  g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (li->store, id, NULL);
  g_autofree char *parsed = NULL;

  if (a == NULL)
    return;
  if (sitrep_label_kind_is_casualty (sitrep_label_get_kind (label)))
    parsed = figure_attributes (sitrep_annotation_get_text (a));
  else if (g_strcmp0 (sitrep_label_get_kind (label), "date") == 0)
    parsed = sitrep_date_attributes_for_span (li->store, li->article, sitrep_annotation_get_text (a));
  if (parsed != NULL)
    sitrep_store_set_annotation_attributes (li->store, id, parsed, NULL);
}

static void
link_span (LineImport  *li,
           JsonObject  *span,
           guint        n,
           gint64       id,
           SitrepLabel *label)
{
  g_autoptr(GError) error = NULL;
  const char *kind = sitrep_label_kind_entity_kind (sitrep_label_get_kind (label));
  const char *entity;
  gboolean wrong;

  entity = text_member (span, "entity", &wrong);
  if (kind != NULL && entity != NULL && *entity != '\0')
    {
      gint64 e = entity_named (li->store, kind, entity, &error);
      g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (li->store, id, NULL);

      if (e == 0 || a == NULL)
        problem (li->report, li->line, _("span %u: could not link “%s”"), n, entity);
      else
        {
          sitrep_store_add_alias (li->store, e, sitrep_annotation_get_text (a), NULL);
          sitrep_store_set_annotation_entity (li->store, id, e, NULL);
        }
    }
  /* A claimant is linked when the file names its entity; "the ministry"
   * alone is not enough to pick or make an actor. */
  else if (kind != NULL && g_strcmp0 (sitrep_label_get_kind (label), "claimant") != 0)
    {
      if (sitrep_store_link_mention (li->store, id, kind, &error) == 0)
        problem (li->report, li->line, _("span %u: %s"), n, error->message);
    }
  if (is_fatal (error) && li->fatal == NULL)
    li->fatal = g_steal_pointer (&error);
}

static void
import_span (LineImport *li,
             JsonObject *span,
             guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *attributes = NULL;
  g_autofree char *key = NULL;
  const char *annotator;
  SitrepLabel *label = NULL;
  gint64 start, end, annotator_id = 0, id;
  gboolean wrong;
  guint first;

  if (!check_span (li, span, n, &start, &end, &label, &attributes))
    return;
  annotator = text_member (span, "annotator", &wrong);
  if (annotator != NULL && *annotator == '\0')
    annotator = NULL;

  key = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%s",
                         sitrep_label_get_id (label), start, end, annotator != NULL ? annotator : "");
  first = GPOINTER_TO_UINT (g_hash_table_lookup (li->seen, key));
  if (first != 0)
    {
      /* the same span twice is stored once: already there, not a failure */
      li->spans_present++;
      return;
    }
  g_hash_table_insert (li->seen, g_steal_pointer (&key), GUINT_TO_POINTER (n));

  if (span_exists (li->existing, sitrep_label_get_id (label), start, end, annotator))
    {
      li->spans_present++;
      return;
    }

  if (annotator != NULL)
    annotator_id = sitrep_store_ensure_annotator (li->store, annotator, NULL);

  id = sitrep_store_add_annotation (li->store, li->article, sitrep_label_get_id (label), start, end,
                                    annotator_id, 0, attributes, &error);
  if (id == 0)
    {
      span_skipped (li, _("span %u: %s"), n, error->message);
      if (is_fatal (error) && li->fatal == NULL)
        li->fatal = g_steal_pointer (&error);
      return;
    }
  li->spans_added++;

  if (attributes == NULL)
    complete_span (li, id, label);
  link_span (li, span, n, id, label);
}

/* The article whose body is @text, created from the line when there is
 * none. Returns 0 (reported) when it cannot be had. */
static gint64
line_article (LineImport *li,
              const char *text,
              const char *title,
              const char *text_line,
              gboolean   *created)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  SitrepImportRecord record = { 0 };
  gint64 article, dup = 0;

  /* The text is the identity: the same body means the same article. */
  *created = FALSE;
  article = sitrep_store_find_duplicate (li->store, text);
  if (article == 0)
    {
      record.title = (char *) title;
      record.body = (char *) text;
      record.original_name = (char *) "spans.jsonl";
      record.original_type = (char *) "application/jsonl";
      record.original = g_bytes_new_static (text_line, strlen (text_line));
      record.line = li->line;
      article = sitrep_store_add_article (li->store, &record, &dup, &error);
      g_bytes_unref (record.original);
      if (article == 0 && dup != 0)
        article = dup;
      else if (article != 0)
        *created = TRUE;
      if (article == 0)
        {
          problem (li->report, li->line, "%s", error->message);
          if (is_fatal (error))
            li->fatal = g_steal_pointer (&error);
          return 0;
        }
    }

  /* Offsets are code points of the stored body, which must be this text. */
  body = sitrep_store_get_article_body (li->store, article, NULL);
  if (g_strcmp0 (body, text) != 0)
    {
      problem (li->report, li->line,
               _("the text differs from article %" PRId64 " only in white space; "
                 "its spans were not added"), article);
      return 0;
    }
  return article;
}

/* Reads one line's object and checks its members: NULL (reported) when the
 * line cannot be imported. */
static JsonObject *
line_object (LineImport  *li,
             JsonNode    *root,
             const char **text,
             const char **title,
             JsonArray  **spans)
{
  JsonObject *obj;
  JsonNode *node;
  gboolean wrong;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      problem (li->report, li->line, _("not a JSON object"));
      return NULL;
    }
  obj = json_node_get_object (root);
  *text = text_member (obj, "text", &wrong);
  if (wrong || *text == NULL || **text == '\0')
    {
      problem (li->report, li->line, wrong ? _("\"text\" is not a text") : _("no \"text\""));
      return NULL;
    }
  *title = text_member (obj, "title", &wrong);
  if (wrong)
    {
      problem (li->report, li->line, _("\"title\" is not a text"));
      return NULL;
    }
  *spans = NULL;
  node = json_object_get_member (obj, "spans");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          problem (li->report, li->line, _("\"spans\" is not a list"));
          return NULL;
        }
      *spans = json_node_get_array (node);
    }
  return obj;
}

/* One line, all or nothing: its article and spans are kept together. */
static void
import_line (LineImport *li,
             const char *text_line)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  const char *text, *title;
  JsonArray *spans;
  gboolean created = FALSE, kept;

  root = sitrep_json_parse (text_line, -1, &error);
  if (root == NULL)
    {
      if (g_error_matches (error, SITREP_IO_ERROR, SITREP_IO_ERROR_JSON))
        problem (li->report, li->line, _("not valid JSON"));
      else
        problem (li->report, li->line, "%s", error->message);
      return;
    }
  if (line_object (li, root, &text, &title, &spans) == NULL)
    return;
  li->text_len = g_utf8_strlen (text, -1);

  if (!_sitrep_store_unit_begin (li->store, &li->fatal))
    return;
  li->article = line_article (li, text, title, text_line, &created);
  if (li->article != 0)
    li->existing = sitrep_store_list_annotations (li->store, li->article, 0, &li->fatal);
  for (guint k = 0; li->existing != NULL && li->fatal == NULL && spans != NULL &&
       k < json_array_get_length (spans); k++)
    {
      JsonNode *node = json_array_get_element (spans, k);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        span_skipped (li, _("span %u is not an object"), k + 1);
      else
        import_span (li, json_node_get_object (node), k + 1);
    }

  kept = _sitrep_store_unit_end (li->store, li->fatal == NULL && li->article != 0,
                                 li->fatal == NULL ? &li->fatal : NULL);
  report_skipped (li, kept);
  if (kept)
    {
      li->report->spans_added += li->spans_added;
      li->report->spans_present += li->spans_present;
      if (created)
        li->report->articles_created++;
      else
        li->report->articles_matched++;
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
      g_autofree char *text_line = NULL;
      g_autoptr(GHashTable) seen = NULL;
      g_autoptr(GPtrArray) skipped = g_ptr_array_new_with_free_func (g_free);
      LineImport li = { store, labels, report, 0 };
      gsize len;

      text_line = g_data_input_stream_read_line_utf8 (data, &len, cancellable, &local_error);
      if (local_error != NULL)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
              !g_error_matches (local_error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE))
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

      seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      li.line = line;
      li.seen = seen;
      li.skipped = skipped;
      import_line (&li, text_line);
      g_clear_pointer (&li.existing, g_ptr_array_unref);
      if (li.fatal != NULL)
        {
          g_propagate_error (error, li.fatal);
          return FALSE;
        }
    }

  return TRUE;
}

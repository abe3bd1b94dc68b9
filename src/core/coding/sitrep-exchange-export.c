/* sitrep-exchange-export.c — annotations out to brat, CoNLL, doccano, Label Studio, WebAnno TSV
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-exchange"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sitrep-exchange-private.h"
#include "sitrep-io.h"
#include "sitrep-tokens.h"

static const char * const format_names[] = {
  [SITREP_EXCHANGE_BRAT] = "brat",
  [SITREP_EXCHANGE_CONLL] = "conll",
  [SITREP_EXCHANGE_DOCCANO] = "doccano",
  [SITREP_EXCHANGE_LABEL_STUDIO] = "label-studio",
  [SITREP_EXCHANGE_WEBANNO_TSV] = "webanno-tsv",
};

gboolean
sitrep_exchange_format_from_string (const char           *name,
                                    SitrepExchangeFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_strcmp0 (name, format_names[i]) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
sitrep_exchange_format_is_folder (SitrepExchangeFormat format)
{
  return format == SITREP_EXCHANGE_BRAT || format == SITREP_EXCHANGE_WEBANNO_TSV;
}

char *
_sitrep_exchange_label_token (const char *label)
{
  GString *s = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c))
        g_string_append_c (s, '_');
      else if (c == '/' || c == '|' || c == '[' || c == ']' || c == ';' || c == '\\' || c == '*')
        g_string_append_c (s, '-');
      else
        g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

GHashTable *
_sitrep_exchange_label_map (SitrepStore  *store,
                            GError      **error)
{
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (store, error);
  GHashTable *map;

  if (labels == NULL)
    return NULL;
  map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *name = sitrep_label_get_name (g_ptr_array_index (labels, i));
      g_hash_table_insert (map, _sitrep_exchange_label_token (name), g_strdup (name));
    }
  return map;
}

/* One article as every writer sees it. */
typedef struct
{
  gint64     id;
  char      *title;
  char      *body;
  GPtrArray *spans;     /* SitrepAnnotation of the chosen annotator, by start */
} Item;

static void
item_clear (Item *item)
{
  g_clear_pointer (&item->title, g_free);
  g_clear_pointer (&item->body, g_free);
  g_clear_pointer (&item->spans, g_ptr_array_unref);
}

typedef gboolean (*ItemWriter) (Item          *item,
                                gpointer       data,
                                GCancellable  *cancellable,
                                GError       **error);

/* Calls @writer for each article, oldest first, holding one at a time. */
static gboolean
for_each_item (SitrepStore   *store,
               const char    *annotator,
               ItemWriter     writer,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GArray) ids = NULL;
  SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;
  gint64 annotator_id = 0;

  if (annotator != NULL)
    {
      annotator_id = sitrep_store_find_annotator (store, annotator);
      if (annotator_id == 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("No one called “%s” has annotated in this project."), annotator);
          return FALSE;
        }
    }

  ids = sitrep_store_query_article_ids (store, &query, error);
  if (ids == NULL)
    return FALSE;

  for (guint i = ids->len; i > 0; i--)
    {
      Item item = { g_array_index (ids, gint64, i - 1) };
      g_autoptr(SitrepArticle) article = NULL;
      gboolean ok;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      /* a damaged text is refused, by name: never written on, nor mended
       * under spans whose offsets would no longer fit it */
      item.body = sitrep_store_get_article_body_to_export (store, item.id, error);
      if (item.body == NULL)
        return FALSE;
      article = sitrep_store_get_article (store, item.id, NULL);
      item.title = g_strdup (article != NULL && sitrep_article_get_title (article) != NULL
                             ? sitrep_article_get_title (article) : "");
      item.spans = sitrep_store_list_annotations (store, item.id, annotator_id, error);
      if (item.spans == NULL)
        {
          item_clear (&item);
          return FALSE;
        }
      ok = writer (&item, data, cancellable, error);
      item_clear (&item);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_str (GOutputStream  *out,
           const char     *str,
           gssize          len,
           GCancellable   *cancellable,
           GError        **error)
{
  /* never invalid UTF-8, even from a damaged project */
  return sitrep_io_write_text (out, str, len < 0 ? strlen (str) : (gsize) len, cancellable, error);
}

static gboolean
write_json (GOutputStream  *out,
            JsonBuilder    *b,
            GCancellable   *cancellable,
            GError        **error)
{
  g_autoptr(JsonNode) root = json_builder_get_root (b);
  g_autofree char *text = json_to_string (root, FALSE);

  return write_str (out, text, -1, cancellable, error);
}

static char *
span_text (Item             *item,
           SitrepAnnotation *a)
{
  return g_utf8_substring (item->body, sitrep_annotation_get_start (a), sitrep_annotation_get_end (a));
}

/* doccano */

static gboolean
write_doccano (Item          *item,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  GOutputStream *out = data;
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, item->id);
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, item->body);
  json_builder_set_member_name (b, "title");
  json_builder_add_string_value (b, item->title);
  json_builder_set_member_name (b, "label");
  json_builder_begin_array (b);
  for (guint i = 0; i < item->spans->len; i++)
    {
      SitrepAnnotation *a = g_ptr_array_index (item->spans, i);
      json_builder_begin_array (b);
      json_builder_add_int_value (b, sitrep_annotation_get_start (a));
      json_builder_add_int_value (b, sitrep_annotation_get_end (a));
      json_builder_add_string_value (b, sitrep_annotation_get_label (a));
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  return write_json (out, b, cancellable, error) && write_str (out, "\n", 1, cancellable, error);
}

/* Label Studio: one task an article, one annotation an annotator. */

typedef struct
{
  GOutputStream *out;
  guint          n;
} LabelStudio;

static void
add_attributes (JsonBuilder      *b,
                SitrepAnnotation *a)
{
  const char *attrs = sitrep_annotation_get_attributes (a);
  g_autoptr(JsonNode) node = attrs != NULL ? json_from_string (attrs, NULL) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      json_builder_set_member_name (b, "attributes");
      json_builder_add_value (b, g_steal_pointer (&node));
    }
}

static gboolean
write_label_studio (Item          *item,
                    gpointer       data,
                    GCancellable  *cancellable,
                    GError       **error)
{
  LabelStudio *ls = data;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(GPtrArray) who = g_ptr_array_new ();

  for (guint i = 0; i < item->spans->len; i++)
    {
      const char *name = sitrep_annotation_get_annotator (g_ptr_array_index (item->spans, i));
      gboolean seen = FALSE;
      for (guint k = 0; k < who->len && !seen; k++)
        seen = g_strcmp0 (g_ptr_array_index (who, k), name) == 0;
      if (!seen)
        g_ptr_array_add (who, (gpointer) name);
    }

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, item->id);
  json_builder_set_member_name (b, "data");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, item->body);
  json_builder_set_member_name (b, "title");
  json_builder_add_string_value (b, item->title);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "annotations");
  json_builder_begin_array (b);
  for (guint k = 0; k < who->len; k++)
    {
      const char *name = g_ptr_array_index (who, k);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "completed_by");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "email");
      json_builder_add_string_value (b, name != NULL ? name : "");
      json_builder_end_object (b);
      json_builder_set_member_name (b, "result");
      json_builder_begin_array (b);
      for (guint i = 0; i < item->spans->len; i++)
        {
          SitrepAnnotation *a = g_ptr_array_index (item->spans, i);
          g_autofree char *text = NULL;
          g_autofree char *rid = NULL;

          if (g_strcmp0 (sitrep_annotation_get_annotator (a), name) != 0)
            continue;
          text = span_text (item, a);
          rid = g_strdup_printf ("a%" G_GINT64_FORMAT, sitrep_annotation_get_id (a));
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "id");
          json_builder_add_string_value (b, rid);
          json_builder_set_member_name (b, "from_name");
          json_builder_add_string_value (b, "label");
          json_builder_set_member_name (b, "to_name");
          json_builder_add_string_value (b, "text");
          json_builder_set_member_name (b, "type");
          json_builder_add_string_value (b, "labels");
          json_builder_set_member_name (b, "value");
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "start");
          json_builder_add_int_value (b, sitrep_annotation_get_start (a));
          json_builder_set_member_name (b, "end");
          json_builder_add_int_value (b, sitrep_annotation_get_end (a));
          json_builder_set_member_name (b, "text");
          json_builder_add_string_value (b, text);
          json_builder_set_member_name (b, "labels");
          json_builder_begin_array (b);
          json_builder_add_string_value (b, sitrep_annotation_get_label (a));
          json_builder_end_array (b);
          json_builder_end_object (b);
          /* Sitrep's own: the entity and the figure or date, ignored by Label Studio. */
          json_builder_set_member_name (b, "meta");
          json_builder_begin_object (b);
          if (sitrep_annotation_get_entity (a) != NULL)
            {
              json_builder_set_member_name (b, "entity");
              json_builder_add_string_value (b, sitrep_annotation_get_entity (a));
            }
          add_attributes (b, a);
          json_builder_end_object (b);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  return write_str (ls->out, ls->n++ == 0 ? "[\n" : ",\n", 2, cancellable, error) &&
         write_json (ls->out, b, cancellable, error);
}

/* CoNLL-2003: "TOKEN _ _ TAG", a blank line between sentences. */

typedef struct
{
  GOutputStream *out;
  GHashTable    *index;     /* label name → GUINT index + 1 */
  GPtrArray     *tags;      /* index → tag token */
} Conll;

static gboolean
write_conll (Item          *item,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  Conll *c = data;
  g_autoptr(GArray) tokens = sitrep_tokenize (item->body);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (SitrepTagSpan));
  g_autoptr(GArray) tags = NULL;
  g_autoptr(GString) s = g_string_new ("-DOCSTART- -X- -X- O\n");
  guint sentence = G_MAXUINT;

  for (guint i = 0; i < item->spans->len; i++)
    {
      SitrepAnnotation *a = g_ptr_array_index (item->spans, i);
      SitrepTagSpan span = { sitrep_annotation_get_start (a), sitrep_annotation_get_end (a),
                             GPOINTER_TO_UINT (g_hash_table_lookup (c->index, sitrep_annotation_get_label (a))) - 1 };
      if (span.label != G_MAXUINT)
        g_array_append_val (spans, span);
    }
  tags = sitrep_tokens_tag (tokens, (SitrepTagSpan *) spans->data, spans->len);

  for (guint k = 0; k < tokens->len; k++)
    {
      SitrepToken *t = &g_array_index (tokens, SitrepToken, k);
      guint tag = g_array_index (tags, guint, k);

      if (t->sentence != sentence)
        {
          g_string_append_c (s, '\n');
          sentence = t->sentence;
        }
      g_string_append_len (s, item->body + t->byte_start, t->byte_end - t->byte_start);
      g_string_append (s, " _ _ ");
      if (tag == SITREP_TAG_O)
        g_string_append_c (s, 'O');
      else
        g_string_append_printf (s, "%s-%s", SITREP_TAG_IS_BEGIN (tag) ? "B" : "I",
                                (char *) g_ptr_array_index (c->tags, SITREP_TAG_LABEL (tag)));
      g_string_append_c (s, '\n');
    }
  g_string_append_c (s, '\n');

  return write_str (c->out, s->str, s->len, cancellable, error);
}

gboolean
sitrep_exchange_export (SitrepStore          *store,
                        SitrepExchangeFormat  format,
                        const char           *annotator,
                        GOutputStream        *out,
                        GCancellable         *cancellable,
                        GError              **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (!sitrep_exchange_format_is_folder (format), FALSE);

  switch (format)
    {
    case SITREP_EXCHANGE_DOCCANO:
      return for_each_item (store, annotator, write_doccano, out, cancellable, error);

    case SITREP_EXCHANGE_LABEL_STUDIO:
      {
        LabelStudio ls = { out, 0 };
        if (!for_each_item (store, annotator, write_label_studio, &ls, cancellable, error))
          return FALSE;
        return write_str (out, ls.n == 0 ? "[]\n" : "\n]\n", -1, cancellable, error);
      }

    case SITREP_EXCHANGE_CONLL:
      {
        g_autoptr(GPtrArray) labels = sitrep_store_list_labels (store, error);
        g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
        g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
        Conll c = { out, index, tags };

        if (labels == NULL)
          return FALSE;
        /* Ties between spans of one extent go to the label whose name sorts
         * first, as in agreement (sitrep-agreement.c). */
        for (guint i = 0; i < labels->len; i++)
          {
            const char *name = sitrep_label_get_name (g_ptr_array_index (labels, i));
            guint rank = 0;
            for (guint k = 0; k < labels->len; k++)
              rank += strcmp (sitrep_label_get_name (g_ptr_array_index (labels, k)), name) < 0;
            g_hash_table_insert (index, (gpointer) name, GUINT_TO_POINTER (rank + 1));
          }
        g_ptr_array_set_size (tags, labels->len);
        for (guint i = 0; i < labels->len; i++)
          {
            const char *name = sitrep_label_get_name (g_ptr_array_index (labels, i));
            guint rank = GPOINTER_TO_UINT (g_hash_table_lookup (index, name)) - 1;
            g_ptr_array_index (tags, rank) = _sitrep_exchange_label_token (name);
          }
        return for_each_item (store, annotator, write_conll, &c, cancellable, error);
      }

    case SITREP_EXCHANGE_BRAT:
    case SITREP_EXCHANGE_WEBANNO_TSV:
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

/* sitrep-exchange-folder.c — annotations out to a folder or a zip, a file an article: brat standoff and WebAnno TSV 3.3
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-exchange"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sitrep-exchange-private.h"
#include "sitrep-io.h"
#include "sitrep-tokens.h"

typedef struct
{
  SitrepExchangeSink *sink;
  GHashTable *attributes;   /* brat attribute name → GHashTable of values (annotation.conf) */
  GHashTable *labels_used;  /* brat type names */
} Folder;

struct _SitrepExchangeSink
{
  GFile            *folder;     /* a file a name there, or: */
  SitrepAtomicFile *atomic;     /* one zip, renamed over the target when complete */
  GOutputStream    *buffered;
  SitrepZipWriter  *zip;
};

SitrepExchangeSink *
_sitrep_exchange_sink_new_folder (GFile *folder)
{
  SitrepExchangeSink *sink = g_new0 (SitrepExchangeSink, 1);

  sink->folder = g_object_ref (folder);
  return sink;
}

SitrepExchangeSink *
_sitrep_exchange_sink_new_zip (GFile   *zip,
                               GError **error)
{
  g_autofree char *path = g_file_get_path (zip);
  SitrepExchangeSink *sink;
  SitrepAtomicFile *atomic;

  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Sitrep writes exports only to folders on this computer."));
      return NULL;
    }
  atomic = sitrep_atomic_file_new (path, error);
  if (atomic == NULL)
    return NULL;
  sink = g_new0 (SitrepExchangeSink, 1);
  sink->atomic = atomic;
  sink->buffered = g_buffered_output_stream_new_sized (sitrep_atomic_file_get_stream (atomic), 256 * 1024);
  g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (sink->buffered), FALSE);
  sink->zip = sitrep_zip_writer_new (sink->buffered, error);
  if (sink->zip == NULL)
    {
      _sitrep_exchange_sink_abort (sink);
      return NULL;
    }
  return sink;
}

static void
sink_free (SitrepExchangeSink *sink)
{
  g_clear_object (&sink->folder);
  g_clear_pointer (&sink->zip, sitrep_zip_writer_free);
  g_clear_object (&sink->buffered);
  g_clear_pointer (&sink->atomic, sitrep_atomic_file_abort);
  g_free (sink);
}

void
_sitrep_exchange_sink_abort (SitrepExchangeSink *sink)
{
  if (sink != NULL)
    sink_free (sink);
}

gboolean
_sitrep_exchange_sink_finish (SitrepExchangeSink  *sink,
                              GCancellable        *cancellable,
                              GError             **error)
{
  gboolean ok = TRUE;

  if (sink->zip != NULL)
    ok = sitrep_zip_writer_finish (sink->zip, cancellable, error) &&
         g_output_stream_close (sink->buffered, cancellable, error) &&
         sitrep_atomic_file_commit (g_steal_pointer (&sink->atomic), error);
  sink_free (sink);
  return ok;
}

gboolean
_sitrep_exchange_sink_add (SitrepExchangeSink  *sink,
                           const char          *name,
                           const char          *data,
                           gsize                len,
                           GCancellable        *cancellable,
                           GError             **error)
{
  g_autofree char *valid = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  /* never invalid UTF-8, even from a damaged project */
  if (!g_utf8_validate_len (data, len, NULL))
    {
      valid = g_utf8_make_valid (data, len);
      data = valid;
      len = strlen (valid);
    }
  if (sink->zip != NULL)
    return sitrep_zip_writer_add (sink->zip, name, data, len, cancellable, error);

  file = g_file_get_child (sink->folder, name);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Sitrep writes exports only to folders on this computer."));
      return FALSE;
    }
  /* a new file beside the target, renamed over it when complete */
  return sitrep_atomic_write_contents (path, data, len, error);
}

static gboolean
save (Folder        *f,
      const char    *name,
      GString       *text,
      GCancellable  *cancellable,
      GError       **error)
{
  return _sitrep_exchange_sink_add (f->sink, name, text->str, text->len, cancellable, error);
}

static char *
file_stem (gint64 id)
{
  return g_strdup_printf ("article-%06" G_GINT64_FORMAT, id);
}

/* brat */

static char *
brat_value (const char *value)
{
  /* Attribute values are single words in brat. */
  char *v = g_strdup (value);
  for (char *p = v; *p != '\0'; p++)
    if (g_ascii_isspace (*p))
      *p = '_';
  return v;
}

static void
brat_attributes (Folder           *f,
                 GString          *ann,
                 SitrepAnnotation *a,
                 guint             t,
                 guint            *n_attr)
{
  const char *attrs = sitrep_annotation_get_attributes (a);
  g_autoptr(JsonNode) node = attrs != NULL ? json_from_string (attrs, NULL) : NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *obj;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;
  obj = json_node_get_object (node);
  members = json_object_get_members (obj);
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *m = json_object_get_member (obj, l->data);
      g_autofree char *value = NULL;
      g_autofree char *name = NULL;
      GHashTable *values;

      if (!JSON_NODE_HOLDS_VALUE (m))
        continue;
      if (json_node_get_value_type (m) == G_TYPE_STRING)
        value = brat_value (json_node_get_string (m));
      else if (json_node_get_value_type (m) == G_TYPE_INT64)
        value = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (m));
      else if (json_node_get_value_type (m) == G_TYPE_BOOLEAN)
        value = g_strdup (json_node_get_boolean (m) ? "true" : "false");
      else
        continue;
      if (*value == '\0')
        continue;
      /* "qualifier" → "Qualifier", as brat attribute names are written. */
      name = g_strdup (l->data);
      name[0] = g_ascii_toupper (name[0]);
      g_string_append_printf (ann, "A%u\t%s T%u %s\n", ++*n_attr, name, t, value);

      values = g_hash_table_lookup (f->attributes, name);
      if (values == NULL)
        {
          values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_hash_table_insert (f->attributes, g_strdup (name), values);
        }
      g_hash_table_add (values, g_strdup (value));
    }
}

/* "start end" fragments of a span, split where it crosses line breaks,
 * as brat writes a span over several lines; the text of each joined by a space. */
static void
brat_fragments (const char *body,
                guint       start,
                guint       end,
                GString    *offsets,
                GString    *text)
{
  const char *p = g_utf8_offset_to_pointer (body, start);
  guint i = start, frag = start;

  for (; i < end; i++, p = g_utf8_next_char (p))
    {
      if (*p == '\n' || *p == '\r')
        {
          if (i > frag)
            {
              g_string_append_printf (offsets, "%s%u %u", offsets->len > 0 ? ";" : "", frag, i);
              g_string_append_len (text, g_utf8_offset_to_pointer (body, frag),
                                   p - g_utf8_offset_to_pointer (body, frag));
              g_string_append_c (text, ' ');
            }
          frag = i + 1;
        }
    }
  if (end > frag)
    {
      g_string_append_printf (offsets, "%s%u %u", offsets->len > 0 ? ";" : "", frag, end);
      g_string_append_len (text, g_utf8_offset_to_pointer (body, frag), p - g_utf8_offset_to_pointer (body, frag));
    }
  if (text->len > 0 && text->str[text->len - 1] == ' ')
    g_string_truncate (text, text->len - 1);
}

static gboolean
write_brat (SitrepStore      *store,
            Folder           *f,
            gint64            id,
            const char       *body,
            GPtrArray        *spans,
            GCancellable     *cancellable,
            GError          **error)
{
  g_autoptr(GString) txt = g_string_new (body);
  g_autoptr(GString) ann = g_string_new (NULL);
  g_autofree char *stem = file_stem (id);
  g_autofree char *txt_name = g_strconcat (stem, ".txt", NULL);
  g_autofree char *ann_name = g_strconcat (stem, ".ann", NULL);
  guint n_attr = 0, n_norm = 0, n_note = 0;

  for (guint i = 0; i < spans->len; i++)
    {
      SitrepAnnotation *a = g_ptr_array_index (spans, i);
      g_autofree char *type = _sitrep_exchange_label_token (sitrep_annotation_get_label (a));
      g_autoptr(GString) offsets = g_string_new (NULL);
      g_autoptr(GString) text = g_string_new (NULL);
      guint t = i + 1;

      brat_fragments (body, sitrep_annotation_get_start (a), sitrep_annotation_get_end (a), offsets, text);
      if (offsets->len == 0)
        continue;
      g_string_append_printf (ann, "T%u\t%s %s\t%s\n", t, type, offsets->str, text->str);
      g_hash_table_add (f->labels_used, g_steal_pointer (&type));
      brat_attributes (f, ann, a, t, &n_attr);
      if (sitrep_annotation_get_entity (a) != NULL)
        g_string_append_printf (ann, "N%u\tReference T%u Sitrep:%" G_GINT64_FORMAT "\t%s\n", ++n_norm, t,
                                sitrep_annotation_get_entity_id (a), sitrep_annotation_get_entity (a));
      if (sitrep_annotation_get_annotator (a) != NULL)
        g_string_append_printf (ann, "#%u\tAnnotatorNotes T%u\tannotator: %s\n", ++n_note, t,
                                sitrep_annotation_get_annotator (a));
    }

  return save (f, txt_name, txt, cancellable, error) &&
         save (f, ann_name, ann, cancellable, error);
}

static gboolean
write_brat_conf (Folder        *f,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GString) conf = g_string_new ("# Written by Sitrep: the label set and attributes of this export.\n"
                                          "[entities]\n");
  g_autoptr(GList) types = g_list_sort (g_hash_table_get_keys (f->labels_used), (GCompareFunc) strcmp);
  g_autoptr(GList) names = g_list_sort (g_hash_table_get_keys (f->attributes), (GCompareFunc) strcmp);

  for (GList *l = types; l != NULL; l = l->next)
    g_string_append_printf (conf, "%s\n", (char *) l->data);
  g_string_append (conf, "[relations]\n[events]\n[attributes]\n");
  for (GList *l = names; l != NULL; l = l->next)
    {
      g_autoptr(GList) values = g_list_sort (g_hash_table_get_keys (g_hash_table_lookup (f->attributes, l->data)),
                                             (GCompareFunc) strcmp);
      g_string_append_printf (conf, "%s\tArg:<ENTITY>, Value:", (char *) l->data);
      for (GList *v = values; v != NULL; v = v->next)
        g_string_append_printf (conf, "%s%s", v == values ? "" : "|", (char *) v->data);
      g_string_append_c (conf, '\n');
    }
  return save (f, "annotation.conf", conf, cancellable, error);
}

/* WebAnno TSV 3.3 */

static void
tsv_escape (GString    *s,
            const char *text,
            gssize      len)
{
  const char *end = text + (len < 0 ? (gssize) strlen (text) : len);

  for (const char *p = text; p < end; p++)
    {
      if (strchr ("\\[]|_;*", *p) != NULL || (*p == '-' && p + 1 < end && p[1] == '>'))
        g_string_append_c (s, '\\');
      if (*p == '\t')
        g_string_append (s, "\\t");
      else if (*p == '\n')
        g_string_append (s, "\\n");
      else if (*p == '\r')
        g_string_append (s, "\\r");
      else
        g_string_append_c (s, *p);
    }
}

static gboolean
write_webanno (SitrepStore      *store,
               Folder           *f,
               gint64            id,
               const char       *body,
               GPtrArray        *spans,
               GCancellable     *cancellable,
               GError          **error)
{
  g_autoptr(GArray) tokens = sitrep_tokenize (body);
  g_autoptr(GString) tsv = g_string_new ("#FORMAT=WebAnno TSV 3.3\n"
                                         "#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value\n\n");
  g_autofree char *stem = file_stem (id);
  g_autofree char *name = g_strconcat (stem, ".tsv", NULL);
  g_autofree guint *span_id = g_new0 (guint, MAX (spans->len, 1));
  guint sentence = G_MAXUINT, n_sentence = 0, in_sentence = 0, next_id = 1;

  /* A span over more than one token is numbered, so its tokens can say so. */
  for (guint i = 0; i < spans->len; i++)
    {
      SitrepAnnotation *a = g_ptr_array_index (spans, i);
      guint n = 0;
      for (guint k = 0; k < tokens->len && n < 2; k++)
        {
          SitrepToken *t = &g_array_index (tokens, SitrepToken, k);
          n += t->start < sitrep_annotation_get_end (a) && sitrep_annotation_get_start (a) < t->end;
        }
      if (n > 1)
        span_id[i] = next_id++;
    }

  for (guint k = 0; k < tokens->len; k++)
    {
      SitrepToken *t = &g_array_index (tokens, SitrepToken, k);
      g_autoptr(GString) ident = g_string_new (NULL);
      g_autoptr(GString) value = g_string_new (NULL);

      if (t->sentence != sentence)
        {
          guint last = k;
          while (last + 1 < tokens->len && g_array_index (tokens, SitrepToken, last + 1).sentence == t->sentence)
            last++;
          g_string_append (tsv, "\n#Text=");
          /* The sentence as it stands in the text. */
          {
            const char *from = body + t->byte_start;
            const char *to = body + g_array_index (tokens, SitrepToken, last).byte_end;
            for (const char *p = from; p < to; p++)
              {
                if (*p == '\\')
                  g_string_append (tsv, "\\\\");
                else if (*p == '\t')
                  g_string_append (tsv, "\\t");
                else
                  g_string_append_c (tsv, *p);
              }
          }
          g_string_append_c (tsv, '\n');
          sentence = t->sentence;
          n_sentence++;
          in_sentence = 0;
        }
      in_sentence++;

      for (guint i = 0; i < spans->len; i++)
        {
          SitrepAnnotation *a = g_ptr_array_index (spans, i);
          g_autofree char *suffix = NULL;

          if (!(t->start < sitrep_annotation_get_end (a) && sitrep_annotation_get_start (a) < t->end))
            continue;
          suffix = span_id[i] > 0 ? g_strdup_printf ("[%u]", span_id[i]) : g_strdup ("");
          if (value->len > 0)
            {
              g_string_append_c (ident, '|');
              g_string_append_c (value, '|');
            }
          if (sitrep_annotation_get_entity (a) != NULL)
            tsv_escape (ident, sitrep_annotation_get_entity (a), -1);
          else
            g_string_append_c (ident, '*');
          g_string_append (ident, suffix);
          tsv_escape (value, sitrep_annotation_get_label (a), -1);
          g_string_append (value, suffix);
        }

      g_string_append_printf (tsv, "%u-%u\t%u-%u\t", n_sentence, in_sentence, t->start16, t->end16);
      tsv_escape (tsv, body + t->byte_start, t->byte_end - t->byte_start);
      g_string_append_printf (tsv, "\t%s\t%s\t\n", ident->len > 0 ? ident->str : "_",
                              value->len > 0 ? value->str : "_");
    }

  return save (f, name, tsv, cancellable, error);
}

static gint64
find_annotator (SitrepStore  *store,
                const char   *annotator,
                GError      **error)
{
  gint64 id;

  if (annotator == NULL)
    return 0;
  id = sitrep_store_find_annotator (store, annotator);
  if (id == 0)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("No one called “%s” has annotated in this project."), annotator);
  return id;
}

/* Every article, one at a time, into @sink (which it does not finish). */
static gboolean
export_to_sink (SitrepStore          *store,
                SitrepExchangeFormat  format,
                gint64                annotator_id,
                SitrepExchangeSink   *sink,
                GCancellable         *cancellable,
                GError              **error)
{
  g_autoptr(GArray) ids = NULL;
  SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;
  Folder f = { sink };
  gboolean ok = TRUE;

  ids = sitrep_store_query_article_ids (store, &query, error);
  if (ids == NULL)
    return FALSE;

  f.attributes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  f.labels_used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = ids->len; ok && i > 0; i--)
    {
      gint64 id = g_array_index (ids, gint64, i - 1);
      g_autofree char *body = NULL;
      g_autoptr(GPtrArray) spans = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          ok = FALSE;
          break;
        }
      /* a damaged text is refused, by name (see sitrep-exchange-export.c) */
      body = sitrep_store_get_article_body_to_export (store, id, error);
      spans = body != NULL ? sitrep_store_list_annotations (store, id, annotator_id, error) : NULL;
      if (spans == NULL)
        {
          ok = FALSE;
          break;
        }
      if (format == SITREP_EXCHANGE_BRAT)
        ok = write_brat (store, &f, id, body, spans, cancellable, error);
      else
        ok = write_webanno (store, &f, id, body, spans, cancellable, error);
    }
  if (ok && format == SITREP_EXCHANGE_BRAT)
    ok = write_brat_conf (&f, cancellable, error);

  g_hash_table_unref (f.attributes);
  g_hash_table_unref (f.labels_used);
  return ok;
}

gboolean
sitrep_exchange_export_folder (SitrepStore          *store,
                               SitrepExchangeFormat  format,
                               const char           *annotator,
                               GFile                *folder,
                               GCancellable         *cancellable,
                               GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  SitrepExchangeSink *sink;
  gint64 annotator_id;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);
  g_return_val_if_fail (sitrep_exchange_format_is_folder (format), FALSE);

  annotator_id = find_annotator (store, annotator, error);
  if (annotator != NULL && annotator_id == 0)
    return FALSE;
  if (!g_file_make_directory_with_parents (folder, cancellable, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  sink = _sitrep_exchange_sink_new_folder (folder);
  if (!export_to_sink (store, format, annotator_id, sink, cancellable, error))
    {
      _sitrep_exchange_sink_abort (sink);
      return FALSE;
    }
  return _sitrep_exchange_sink_finish (sink, cancellable, error);
}

gboolean
sitrep_exchange_export_zip (SitrepStore          *store,
                            SitrepExchangeFormat  format,
                            const char           *annotator,
                            GFile                *zip,
                            GCancellable         *cancellable,
                            GError              **error)
{
  SitrepExchangeSink *sink;
  gint64 annotator_id;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (zip), FALSE);
  g_return_val_if_fail (sitrep_exchange_format_is_folder (format), FALSE);

  annotator_id = find_annotator (store, annotator, error);
  if (annotator != NULL && annotator_id == 0)
    return FALSE;
  sink = _sitrep_exchange_sink_new_zip (zip, error);
  if (sink == NULL)
    return FALSE;
  /* Nothing replaces the target until the whole zip is written. */
  if (!export_to_sink (store, format, annotator_id, sink, cancellable, error))
    {
      _sitrep_exchange_sink_abort (sink);
      return FALSE;
    }
  return _sitrep_exchange_sink_finish (sink, cancellable, error);
}

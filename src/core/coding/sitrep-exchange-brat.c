/* sitrep-exchange-brat.c — brat standoff in: one .ann with its .txt, from a folder or a zip
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-exchange"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sitrep-exchange-private.h"
#include "sitrep-exchange-zip.h"

/* As for files: far above any annotation file a person makes. */
#define MAX_ENTRY_SIZE (512 * 1024 * 1024)

typedef SitrepExchangeSpan Span;
typedef SitrepExchangeDoc Doc;

/* T lines give spans (fragments joined from the first start to the last
 * end), A lines attributes, N lines entity names, "#" AnnotatorNotes
 * "annotator: NAME" the annotator. */
void
_sitrep_exchange_read_brat (const char *ann,
                            const char *txt,
                            const char *name,
                            GPtrArray  *docs,
                            GPtrArray  *problems)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) lines = NULL;
  Doc *d;

  d = _sitrep_exchange_doc_new (name);
  g_string_assign (d->text, txt);
  lines = g_strsplit (ann, "\n", -1);
  /* Two passes: spans first, then what refers to them. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint n = 0; lines[n] != NULL; n++)
      {
        g_auto(GStrv) cols = g_strsplit (lines[n], "\t", 3);
        g_auto(GStrv) args = NULL;
        guint ncols = g_strv_length (cols);

        if (ncols < 2)
          continue;
        args = g_strsplit_set (cols[1], " ;", -1);
        if (pass == 0 && cols[0][0] == 'T')
          {
            guint64 start = G_MAXUINT64, end = 0;
            guint nargs = g_strv_length (args);
            gboolean ok = nargs >= 3 && nargs % 2 == 1;

            for (guint k = 1; ok && k + 1 < nargs; k += 2)
              {
                guint64 s, e;
                ok = g_ascii_string_to_unsigned (args[k], 10, 0, G_MAXUINT, &s, NULL) &&
                     g_ascii_string_to_unsigned (args[k + 1], 10, 0, G_MAXUINT, &e, NULL);
                start = MIN (start, s);
                end = MAX (end, e);
              }
            if (!ok)
              {
                g_ptr_array_add (problems, g_strdup_printf (_("%s line %u: not “T# TYPE START END”"), name, n + 1));
                continue;
              }
            _sitrep_exchange_doc_add_span (d, start, end, args[0], NULL, NULL, NULL);
            g_hash_table_insert (ids, g_strdup (cols[0]), GUINT_TO_POINTER (d->spans->len));
          }
        else if (pass == 1 && (cols[0][0] == 'A' || cols[0][0] == 'M') && g_strv_length (args) >= 2)
          {
            guint idx = GPOINTER_TO_UINT (g_hash_table_lookup (ids, args[1]));
            Span *sp;
            g_autofree char *key = NULL;
            gint64 number;
            char *end = NULL;

            if (idx == 0)
              continue;
            sp = &g_array_index (d->spans, Span, idx - 1);
            if (sp->attributes == NULL)
              sp->attributes = json_node_init_object (json_node_alloc (), json_object_new ());
            key = g_strdup (args[0]);
            key[0] = g_ascii_tolower (key[0]);
            if (args[2] == NULL)
              json_object_set_boolean_member (json_node_get_object (sp->attributes), key, TRUE);
            else
              {
                errno = 0;
                number = g_ascii_strtoll (args[2], &end, 10);
                if (errno == 0 && end != args[2] && *end == '\0')
                  json_object_set_int_member (json_node_get_object (sp->attributes), key, number);
                else
                  json_object_set_string_member (json_node_get_object (sp->attributes), key, args[2]);
              }
          }
        else if (pass == 1 && cols[0][0] == 'N' && ncols >= 3 && g_strv_length (args) >= 2)
          {
            guint idx = GPOINTER_TO_UINT (g_hash_table_lookup (ids, args[1]));
            if (idx > 0 && *cols[2] != '\0')
              {
                Span *sp = &g_array_index (d->spans, Span, idx - 1);
                g_free (sp->entity);
                sp->entity = g_strdup (cols[2]);
              }
          }
        else if (pass == 1 && cols[0][0] == '#' && ncols >= 3 && g_strv_length (args) >= 2 &&
                 g_str_has_prefix (cols[2], "annotator: "))
          {
            guint idx = GPOINTER_TO_UINT (g_hash_table_lookup (ids, args[1]));
            if (idx > 0)
              {
                Span *sp = &g_array_index (d->spans, Span, idx - 1);
                g_free (sp->annotator);
                sp->annotator = g_strdup (cols[2] + strlen ("annotator: "));
              }
          }
      }
  g_ptr_array_add (docs, d);
}


char *
_sitrep_exchange_zip_text (GFile                *file,
                           const SitrepZipEntry *entry,
                           GCancellable         *cancellable,
                           GError              **error)
{
  g_autoptr(GBytes) bytes = sitrep_zip_read (file, entry, MAX_ENTRY_SIZE, cancellable, error);
  gsize len;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &len);
  if ((len > 0 && memchr (data, '\0', len) != NULL) || !g_utf8_validate_len (data, len, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” in the zip is not UTF-8 text; annotation files are read as UTF-8."), entry->name);
      return NULL;
    }
  return g_strndup (data, len);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return strcmp ((*(SitrepZipEntry **) a)->name, (*(SitrepZipEntry **) b)->name);
}

gboolean
_sitrep_exchange_read_brat_zip (GFile         *file,
                                GPtrArray     *docs,
                                GPtrArray     *problems,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_autoptr(GPtrArray) entries = sitrep_zip_list (file, cancellable, error);
  g_autoptr(GHashTable) by_name = NULL;
  guint pairs = 0;

  if (entries == NULL)
    return FALSE;
  g_ptr_array_sort (entries, compare_entries);
  by_name = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < entries->len; i++)
    {
      SitrepZipEntry *e = g_ptr_array_index (entries, i);
      g_hash_table_insert (by_name, e->name, e);
    }

  for (guint i = 0; i < entries->len; i++)
    {
      SitrepZipEntry *ann_entry = g_ptr_array_index (entries, i);
      g_autofree char *txt_name = NULL;
      g_autofree char *ann = NULL;
      g_autofree char *txt = NULL;
      g_autofree char *base = NULL;
      SitrepZipEntry *txt_entry;

      if (!g_str_has_suffix (ann_entry->name, ".ann"))
        continue;
      base = g_path_get_basename (ann_entry->name);
      txt_name = g_strconcat (ann_entry->name, NULL);
      strcpy (txt_name + strlen (txt_name) - 4, ".txt");
      txt_entry = g_hash_table_lookup (by_name, txt_name);
      if (txt_entry == NULL)
        {
          g_ptr_array_add (problems, g_strdup_printf (_("%s: the text (%s) is not in the zip"), base, txt_name));
          continue;
        }
      ann = _sitrep_exchange_zip_text (file, ann_entry, cancellable, error);
      txt = ann != NULL ? _sitrep_exchange_zip_text (file, txt_entry, cancellable, error) : NULL;
      if (txt == NULL)
        return FALSE;
      _sitrep_exchange_read_brat (ann, txt, base, docs, problems);
      pairs++;
    }
  if (pairs == 0 && problems->len == 0)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no .ann file in “%s”."), name);
      return FALSE;
    }
  return TRUE;
}

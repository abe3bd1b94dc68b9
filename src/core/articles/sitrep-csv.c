/* sitrep-csv.c — reading RFC 4180 CSV with quoted multi-line fields
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sitrep-csv.h"

void
sitrep_csv_row_free (SitrepCsvRow *row)
{
  if (row == NULL)
    return;
  g_clear_pointer (&row->fields, g_ptr_array_unref);
  g_free (row);
}

char
sitrep_csv_sniff_delimiter (const char *text,
                            gsize       len)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  char best = ',';
  guint best_count = 0;

  for (gsize i = 0; i < len && i < 65536; i++)
    {
      char c = text[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        break;
      else if (!quoted)
        for (gsize k = 0; k < G_N_ELEMENTS (candidates); k++)
          if (c == candidates[k])
            counts[k]++;
    }
  for (gsize k = 0; k < G_N_ELEMENTS (candidates); k++)
    {
      if (counts[k] > best_count)
        {
          best_count = counts[k];
          best = candidates[k];
        }
    }
  return best;
}

/* Reads one record from @pos. Returns FALSE when a quoted field runs to the
 * end of the text. *next is where the following record starts; *lines the
 * number of line ends consumed. */
static gboolean
parse_record (const char    *text,
              gsize          len,
              gsize          pos,
              char           delim,
              SitrepCsvRow  *row,
              gsize         *next,
              guint         *lines)
{
  GString *field = g_string_new (NULL);

  *lines = 0;
  for (;;)
    {
      gboolean end_of_record = FALSE;

      g_string_truncate (field, 0);
      if (pos < len && text[pos] == '"')
        {
          gboolean closed = FALSE;

          pos++;
          while (pos < len)
            {
              const char *q = memchr (text + pos, '"', len - pos);
              gsize upto = q != NULL ? (gsize) (q - text) : len;

              for (gsize k = pos; k < upto; k++)
                if (text[k] == '\n' || (text[k] == '\r' && (k + 1 >= len || text[k + 1] != '\n')))
                  (*lines)++;
              g_string_append_len (field, text + pos, upto - pos);
              if (q == NULL)
                {
                  pos = len;
                  break;
                }
              pos = upto + 1;
              if (pos < len && text[pos] == '"')
                {
                  g_string_append_c (field, '"');
                  pos++;
                  continue;
                }
              closed = TRUE;
              break;
            }
          if (!closed)
            {
              g_string_free (field, TRUE);
              *next = len;
              return FALSE;
            }
        }

      /* unquoted text, or stray text after a closing quote (kept, as most readers do) */
      while (pos < len && text[pos] != delim && text[pos] != '\n' && text[pos] != '\r')
        {
          const char *stop = text + pos;

          while (stop < text + len && *stop != delim && *stop != '\n' && *stop != '\r')
            stop++;
          g_string_append_len (field, text + pos, stop - (text + pos));
          pos = stop - text;
        }

      g_ptr_array_add (row->fields, g_strndup (field->str, field->len));
      row->end = pos;

      if (pos >= len)
        end_of_record = TRUE;
      else if (text[pos] == delim)
        pos++;
      else
        {
          if (text[pos] == '\r' && pos + 1 < len && text[pos + 1] == '\n')
            pos++;
          pos++;
          (*lines)++;
          end_of_record = TRUE;
        }
      if (end_of_record)
        break;
    }

  g_string_free (field, TRUE);
  *next = pos;
  return TRUE;
}

GPtrArray *
sitrep_csv_parse (const char *text,
                  gsize       len,
                  char        delimiter,
                  GPtrArray  *warnings)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_csv_row_free);
  gsize pos = 0;
  guint line = 1;
  /* Each broken record rescans from its next line: bound the total work. */
  gsize budget = 4 * len + 4096;
  gsize scanned = 0;

  g_return_val_if_fail (text != NULL, rows);

  while (pos < len)
    {
      g_autoptr(SitrepCsvRow) row = NULL;
      gsize next;
      guint lines;

      if (text[pos] == '\n' || text[pos] == '\r')
        {
          if (text[pos] == '\r' && pos + 1 < len && text[pos + 1] == '\n')
            pos++;
          pos++;
          line++;
          continue;
        }

      row = g_new0 (SitrepCsvRow, 1);
      row->fields = g_ptr_array_new_with_free_func (g_free);
      row->line = line;
      row->start = pos;

      if (!parse_record (text, len, pos, delimiter, row, &next, &lines))
        {
          const char *nl = memchr (text + pos, '\n', len - pos);

          scanned += len - pos;
          if (nl == NULL || scanned > budget)
            {
              if (warnings != NULL)
                g_ptr_array_add (warnings,
                                 g_strdup_printf (_("line %u: a quoted field is never closed; "
                                                    "the rest of the file was not read"), line));
              break;
            }
          if (warnings != NULL)
            g_ptr_array_add (warnings,
                             g_strdup_printf (_("line %u: a quoted field is never closed; "
                                                "the line was skipped"), line));
          pos = nl - text + 1;
          line++;
          continue;
        }

      scanned += next - pos;
      pos = next;
      line += lines;
      g_ptr_array_add (rows, g_steal_pointer (&row));
    }

  return rows;
}

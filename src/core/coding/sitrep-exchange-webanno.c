/* sitrep-exchange-webanno.c — WebAnno TSV 3 in: sentences rebuilt from #Text lines, spans from
 * the NamedEntity layer's cells
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-exchange"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sitrep-exchange-private.h"

typedef SitrepExchangeSpan Span;
typedef SitrepExchangeDoc Doc;

static char *
tsv_unescape (const char *s)
{
  GString *out = g_string_new (NULL);

  for (const char *p = s; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          g_string_append_c (out, *p == 't' ? '\t' : *p == 'n' ? '\n' : *p == 'r' ? '\r' : *p);
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* Splits a stacked WebAnno cell "A[1]|B" (escaped bars kept) into values and ids. */
static GPtrArray *
tsv_cell_values (const char *cell)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  GString *cur = g_string_new (NULL);

  if (g_strcmp0 (cell, "_") == 0)
    {
      g_string_free (cur, TRUE);
      return values;
    }
  for (const char *p = cell; ; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          g_string_append_c (cur, *p++);
          g_string_append_c (cur, *p);
          continue;
        }
      if (*p == '|' || *p == '\0')
        {
          g_ptr_array_add (values, g_string_free (cur, FALSE));
          if (*p == '\0')
            break;
          cur = g_string_new (NULL);
          continue;
        }
      g_string_append_c (cur, *p);
    }
  return values;
}

/* "Place[3]" → "Place" and 3; "Place" → "Place" and 0. */
static char *
tsv_value_id (const char *v,
              guint      *id)
{
  gsize len = strlen (v);
  const char *open;

  *id = 0;
  if (len > 0 && v[len - 1] == ']' && (len < 2 || v[len - 2] != '\\') && (open = strrchr (v, '[')) != NULL &&
      (open == v || open[-1] != '\\'))
    {
      *id = (guint) g_ascii_strtoull (open + 1, NULL, 10);
      {
        g_autofree char *raw = g_strndup (v, open - v);
        return tsv_unescape (raw);
      }
    }
  return tsv_unescape (v);
}

/* The columns after the token text are the features of every layer, in the
 * order of the header lines. The label is the "value" feature of the
 * NamedEntity span layer or, without one, of the first span layer that has
 * such a feature. */
static void
webanno_layer_columns (const char *line,
                       guint      *next_col,
                       guint      *value_col,
                       guint      *ident_col,
                       gboolean   *named)
{
  g_auto(GStrv) f = g_strsplit (line + strlen ("#T_SP="), "|", -1);
  gboolean span = g_str_has_prefix (line, "#T_SP=");
  gboolean is_named = span && strstr (f[0], "NamedEntity") != NULL;
  gboolean take = span && !*named &&
                  (is_named || (*value_col == 0 && f[0] != NULL && g_strv_contains ((const char * const *) f + 1, "value")));
  guint first = *next_col;

  if (take && is_named)
    *value_col = *ident_col = 0;
  for (guint k = 1; f[k] != NULL; k++, (*next_col)++)
    {
      if (!take)
        continue;
      if (strcmp (f[k], "value") == 0)
        *value_col = first + k - 1;
      else if (strcmp (f[k], "identifier") == 0)
        *ident_col = first + k - 1;
    }
  *named = *named || is_named;
}

/* WebAnno TSV 3.3 (one document a file), NamedEntity layer: the label is
 * the "value" feature, the entity the "identifier". Token offsets are
 * UTF-16 code units; the text is rebuilt with each sentence's #Text at
 * its first token, gaps filled with spaces. */
/* Writes a #Text sentence at its first token, UTF-16 offset @b16, padding the gap with spaces
 * and mapping each UTF-16 unit to a code point. */
static void
place_sentence (Doc        *d,
                const char *sentence,
                guint64     b16,
                guint      *u16,
                GArray     *u16_to_cp)
{
  for (; *u16 < b16; (*u16)++)
    {
      guint cp = g_utf8_strlen (d->text->str, d->text->len);
      g_array_append_val (u16_to_cp, cp);
      g_string_append_c (d->text, ' ');
    }
  for (const char *p = sentence; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint cp = g_utf8_strlen (d->text->str, d->text->len);
      g_array_append_val (u16_to_cp, cp);
      if (c >= 0x10000)
        g_array_append_val (u16_to_cp, cp);
      g_string_append_unichar (d->text, c);
      *u16 += c >= 0x10000 ? 2 : 1;
    }
}

/* Adds the spans a token line's cells name, or extends the multi-token spans in @open. */
static void
add_token_spans (Doc        *d,
                 char      **cols,
                 guint       ncols,
                 guint       value_col,
                 guint       ident_col,
                 guint64     b16,
                 guint64     e16,
                 GArray     *u16_to_cp,
                 GHashTable *open)
{
  g_autoptr(GPtrArray) values = tsv_cell_values (cols[value_col]);
  g_autoptr(GPtrArray) idents = ident_col > 0 && ident_col < ncols ? tsv_cell_values (cols[ident_col]) : NULL;
  guint cp_start = g_array_index (u16_to_cp, guint, b16);
  guint cp_end = e16 < u16_to_cp->len ? g_array_index (u16_to_cp, guint, e16)
                                      : g_utf8_strlen (d->text->str, d->text->len);

  for (guint k = 0; k < values->len; k++)
    {
      guint id = 0, ident_id = 0;
      g_autofree char *label = tsv_value_id (g_ptr_array_index (values, k), &id);
      g_autofree char *entity = idents != NULL && k < idents->len
                                ? tsv_value_id (g_ptr_array_index (idents, k), &ident_id) : NULL;
      guint known = id > 0 ? GPOINTER_TO_UINT (g_hash_table_lookup (open, GUINT_TO_POINTER (id))) : 0;

      if (g_strcmp0 (entity, "*") == 0 || g_strcmp0 (entity, "_") == 0)
        g_clear_pointer (&entity, g_free);
      if (known > 0)
        g_array_index (d->spans, Span, known - 1).end = cp_end;
      else
        {
          _sitrep_exchange_doc_add_span (d, cp_start, cp_end, label, NULL, entity, NULL);
          if (id > 0)
            g_hash_table_insert (open, GUINT_TO_POINTER (id), GUINT_TO_POINTER (d->spans->len));
        }
    }
}

gboolean
_sitrep_exchange_read_webanno (const char  *contents,
                               const char  *name,
                               GPtrArray   *docs,
                               GPtrArray   *problems,
                               GError     **error)
{
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);
  Doc *d;
  guint value_col = 0, ident_col = 0, next_col = 3;
  gboolean named = FALSE;
  guint u16 = 0;              /* UTF-16 units written so far */
  g_autofree char *sentence = NULL;
  gboolean sentence_placed = TRUE;
  g_autoptr(GHashTable) open = g_hash_table_new (NULL, NULL);   /* span id → index + 1 */
  g_autoptr(GArray) u16_to_cp = g_array_new (FALSE, FALSE, sizeof (guint));

  if (lines[0] == NULL || !g_str_has_prefix (lines[0], "#FORMAT=WebAnno TSV 3"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not WebAnno TSV 3: its first line is not “#FORMAT=WebAnno TSV 3.3”."), name);
      return FALSE;
    }

  d = _sitrep_exchange_doc_new (name);
  for (guint n = 1; lines[n] != NULL; n++)
    {
      g_strchomp (lines[n]);
      if (g_str_has_prefix (lines[n], "#T_SP=") || g_str_has_prefix (lines[n], "#T_CH=") ||
          g_str_has_prefix (lines[n], "#T_RL="))
        {
          webanno_layer_columns (lines[n], &next_col, &value_col, &ident_col, &named);
          continue;
        }
      if (g_str_has_prefix (lines[n], "#Text="))
        {
          g_autofree char *part = tsv_unescape (lines[n] + 6);
          if (sentence != NULL && !sentence_placed)
            {
              char *joined = g_strconcat (sentence, "\n", part, NULL);
              g_free (sentence);
              sentence = joined;
            }
          else
            {
              g_free (sentence);
              sentence = g_steal_pointer (&part);
            }
          sentence_placed = FALSE;
          continue;
        }
      if (lines[n][0] == '#' || lines[n][0] == '\0')
        continue;
      {
        g_auto(GStrv) cols = g_strsplit (lines[n], "\t", -1);
        guint ncols = g_strv_length (cols);
        guint64 b16, e16;
        char *dash;

        if (ncols < 3 || (dash = strchr (cols[1], '-')) == NULL)
          {
            g_ptr_array_add (problems, g_strdup_printf (_("%s line %u: not a token line"), name, n + 1));
            continue;
          }
        *dash = '\0';
        if (!g_ascii_string_to_unsigned (cols[1], 10, 0, G_MAXUINT, &b16, NULL) ||
            !g_ascii_string_to_unsigned (dash + 1, 10, 0, G_MAXUINT, &e16, NULL) || e16 < b16)
          {
            g_ptr_array_add (problems, g_strdup_printf (_("%s line %u: not a token line"), name, n + 1));
            continue;
          }
        if (strchr (cols[0], '.') != NULL)
          continue;   /* sub-tokens: their spans are read from the token's cells too */

        /* Place the sentence at its first token. */
        if (!sentence_placed && sentence != NULL)
          {
            place_sentence (d, sentence, b16, &u16, u16_to_cp);
            sentence_placed = TRUE;
          }
        if (e16 > u16)
          {
            g_ptr_array_add (problems, g_strdup_printf (_("%s line %u: the token is outside its #Text"), name, n + 1));
            continue;
          }

        if (value_col > 0 && value_col < ncols)
          add_token_spans (d, cols, ncols, value_col, ident_col, b16, e16, u16_to_cp, open);
      }
    }
  g_ptr_array_add (docs, d);
  return TRUE;
}

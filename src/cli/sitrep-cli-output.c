/* sitrep-cli-output.c — printing for sitrep-cli: UTF-8 text, table columns, JSON
 *
 * Everything is written as UTF-8 with stdio, not g_print (), which would
 * convert to the locale's charset and mangle JSON in a C locale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sitrep-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "sitrep-cli-output.h"

void
sitrep_cli_print (const char *str)
{
  fputs (str, stdout);
}

void
sitrep_cli_printf (const char *format,
                   ...)
{
  va_list args;
  g_autofree char *str = NULL;

  va_start (args, format);
  str = g_strdup_vprintf (format, args);
  va_end (args);
  fputs (str, stdout);
}

void
sitrep_cli_error (const char *format,
                  ...)
{
  va_list args;
  g_autofree char *str = NULL;

  va_start (args, format);
  str = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "sitrep-cli: %s\n", str);
}


/* Keeps a single-line text field from breaking the table or sending
 * escape sequences to the terminal: control characters become spaces. */
char *
sitrep_cli_one_line (const char *str)
{
  GString *s;

  if (str == NULL)
    return g_strdup ("");

  s = g_string_sized_new (strlen (str));
  for (const char *p = str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
        g_string_append_c (s, ' ');
      else
        g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

/* The same for running text: line breaks and tabs stay, other control
 * characters (ESC, C1 controls ...) are shown as U+FFFD. */
char *
sitrep_cli_printable_text (const char *str)
{
  GString *s;

  if (str == NULL)
    return g_strdup ("");

  s = g_string_sized_new (strlen (str));
  for (const char *p = str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) && c != '\n' && c != '\t')
        g_string_append_unichar (s, 0xFFFD);
      else
        g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

/* Appends @str padded with spaces (or cut with "…") to @width characters. */
void
sitrep_cli_append_column (GString    *line,
                          const char *str,
                          guint       width,
                          gboolean    pad)
{
  g_autofree char *clean = sitrep_cli_one_line (str);
  glong len = g_utf8_strlen (clean, -1);

  if (width > 0 && len > (glong) width)
    {
      const char *end = g_utf8_offset_to_pointer (clean, width - 1);

      g_string_append_len (line, clean, end - clean);
      g_string_append (line, "…");
      len = width;
    }
  else
    g_string_append (line, clean);

  if (pad)
    for (glong i = len; i < (glong) width; i++)
      g_string_append_c (line, ' ');
}

guint
sitrep_cli_terminal_width (void)
{
  struct winsize ws;

  if (!isatty (STDOUT_FILENO))
    return 0;
  if (ioctl (STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
    return ws.ws_col;
  return 80;
}

/* Pango markup of a snippet (text escaped, matches in <b>) as plain text
 * with the matches in [brackets]. */
char *
sitrep_cli_snippet_to_text (const char *markup)
{
  GString *s;
  const char *p = markup;

  if (markup == NULL)
    return g_strdup ("");

  s = g_string_sized_new (strlen (markup));
  while (*p != '\0')
    {
      if (g_str_has_prefix (p, "<b>"))
        {
          g_string_append_c (s, '[');
          p += 3;
        }
      else if (g_str_has_prefix (p, "</b>"))
        {
          g_string_append_c (s, ']');
          p += 4;
        }
      else if (*p == '&')
        {
          static const struct { const char *entity; const char *text; } entities[] = {
            { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" },
            { "&quot;", "\"" }, { "&apos;", "'" }, { "&#39;", "'" }, { "&#x27;", "'" },
          };
          gboolean found = FALSE;

          for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
            if (g_str_has_prefix (p, entities[i].entity))
              {
                g_string_append (s, entities[i].text);
                p += strlen (entities[i].entity);
                found = TRUE;
                break;
              }
          /* g_markup_escape_text () writes control characters as &#x1b;: back
           * to the character, which the caller neutralises like any other */
          if (!found && p[1] == '#')
            {
              gboolean hex = p[2] == 'x' || p[2] == 'X';
              char *end = NULL;
              guint64 c = g_ascii_strtoull (p + (hex ? 3 : 2), &end, hex ? 16 : 10);

              if (end != NULL && end > p + (hex ? 3 : 2) && *end == ';' && c > 0 && c <= 0x10FFFF &&
                  g_unichar_validate ((gunichar) c))
                {
                  g_string_append_unichar (s, (gunichar) c);
                  p = end + 1;
                  found = TRUE;
                }
            }
          if (!found)
            g_string_append_c (s, *p++);
        }
      else
        g_string_append_c (s, *p++);
    }
  return g_string_free (s, FALSE);
}

/* JSON */

void
sitrep_cli_json_add_string (JsonBuilder *builder,
                            const char  *name,
                            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else if (g_utf8_validate (value, -1, NULL))
    json_builder_add_string_value (builder, value);
  else
    {
      /* The store only holds UTF-8; this keeps the output valid JSON
       * even if a damaged project says otherwise. */
      g_autofree char *valid = g_utf8_make_valid (value, -1);

      json_builder_add_string_value (builder, valid);
    }
}

void
sitrep_cli_json_add_int (JsonBuilder *builder,
                         const char  *name,
                         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* @value in the fewest digits that read back as the same double ("0.8",
 * not json-glib's "%.17g" 0.80000000000000004), a whole number with ".0"
 * as json-glib writes it, so a reader still sees a double. */
static void
append_shortest (GString *out,
                 double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (int digits = 1; digits <= 17; digits++)
    {
      g_autofree char *format = g_strdup_printf ("%%.%dg", digits);

      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  g_string_append (out, buf);
  if (strpbrk (buf, ".eEni") == NULL)
    g_string_append (out, ".0");
}

char *
sitrep_cli_json_shortest (const char *json)
{
  GString *out = g_string_sized_new (strlen (json));
  gboolean in_string = FALSE;
  const char *p = json;

  while (*p != '\0')
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            g_string_append_c (out, *p++);
          else if (*p == '"')
            in_string = FALSE;
          g_string_append_c (out, *p++);
        }
      else if (*p == '"')
        {
          in_string = TRUE;
          g_string_append_c (out, *p++);
        }
      else if (*p == '-' || g_ascii_isdigit (*p))
        {
          size_t len = strspn (p, "+-0123456789.eE");

          if (memchr (p, '.', len) != NULL || memchr (p, 'e', len) != NULL || memchr (p, 'E', len) != NULL)
            append_shortest (out, g_ascii_strtod (p, NULL));
          else
            g_string_append_len (out, p, len);
          p += len;
        }
      else
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

char *
sitrep_cli_json_to_string (JsonNode *node,
                           gboolean  pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *data = NULL;
  GString *fixed;

  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  data = json_generator_to_data (generator, NULL);
  if (strpbrk (data, ".eE") != NULL)
    {
      char *shorter = sitrep_cli_json_shortest (data);

      g_free (data);
      data = shorter;
    }

  /* json-glib before 1.8 escapes U+0001 to U+001E but writes U+001F raw,
   * which JSON forbids. That byte can only come from inside a string
   * (it is never part of a UTF-8 sequence), so escaping it here is exact. */
  if (strchr (data, 0x1f) == NULL)
    return g_steal_pointer (&data);
  fixed = g_string_sized_new (strlen (data) + 16);
  for (const char *p = data; *p != '\0'; p++)
    {
      if (*p == 0x1f)
        g_string_append (fixed, "\\u001f");
      else
        g_string_append_c (fixed, *p);
    }
  return g_string_free (fixed, FALSE);
}


void
sitrep_cli_json_array_begin (SitrepCliJsonArray *writer)
{
  writer->n_items = 0;
  sitrep_cli_print ("[");
}

void
sitrep_cli_json_array_add (SitrepCliJsonArray *writer,
                           JsonBuilder     *builder)
{
  g_autoptr(JsonNode) node = json_builder_get_root (builder);
  g_autofree char *str = sitrep_cli_json_to_string (node, FALSE);

  sitrep_cli_print (writer->n_items++ == 0 ? "\n  " : ",\n  ");
  sitrep_cli_print (str);
}

void
sitrep_cli_json_array_end (SitrepCliJsonArray *writer)
{
  sitrep_cli_print (writer->n_items == 0 ? "]\n" : "\n]\n");
}

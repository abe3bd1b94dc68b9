/* sitrep-cli-output.h — printing for sitrep-cli: UTF-8 text, table columns, JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Text to stdout, messages to stderr ("sitrep-cli: …"), always UTF-8. */
void     sitrep_cli_print               (const char         *str);
void     sitrep_cli_printf              (const char         *format,
                                         ...) G_GNUC_PRINTF (1, 2);
void     sitrep_cli_error               (const char         *format,
                                         ...) G_GNUC_PRINTF (1, 2);

/* A field for one line of a table: control characters become spaces. */
char    *sitrep_cli_one_line            (const char         *str);
/* Running text for a terminal: line breaks and tabs kept, other control
 * characters shown as U+FFFD. */
char    *sitrep_cli_printable_text      (const char         *str);
/* Appends @str cut with "…" to @width characters (0: no limit), padded
 * with spaces to @width when @pad. Counts characters, not bytes. */
void     sitrep_cli_append_column       (GString            *line,
                                         const char         *str,
                                         guint               width,
                                         gboolean            pad);
/* Columns of the terminal on stdout, or 0 when stdout is not a terminal. */
guint    sitrep_cli_terminal_width      (void);
/* A Pango-markup snippet as plain text with the matches in [brackets]. */
char    *sitrep_cli_snippet_to_text     (const char         *markup);

/* JSON through json-glib. */
void     sitrep_cli_json_add_string     (JsonBuilder        *builder,
                                         const char         *name,
                                         const char         *value);
void     sitrep_cli_json_add_int        (JsonBuilder        *builder,
                                         const char         *name,
                                         gint64              value);
char    *sitrep_cli_json_to_string      (JsonNode           *node,
                                         gboolean            pretty);
/* @json with every fractional number outside strings in the fewest digits
 * that read back the same ("0.8", not "%.17g"'s 0.80000000000000004). */
char    *sitrep_cli_json_shortest       (const char         *json);

/* A JSON array printed one element at a time, so long lists stream out. */
typedef struct
{
  guint n_items;
} SitrepCliJsonArray;

void     sitrep_cli_json_array_begin    (SitrepCliJsonArray *writer);
/* Prints the object built in @builder as the next element. */
void     sitrep_cli_json_array_add      (SitrepCliJsonArray *writer,
                                         JsonBuilder        *builder);
void     sitrep_cli_json_array_end      (SitrepCliJsonArray *writer);

G_END_DECLS

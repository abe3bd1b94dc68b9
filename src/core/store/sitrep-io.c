/* sitrep-io.c — reading outside files and writing exports safely: one place for the checks
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-io"

#include "config.h"

#include <inttypes.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gunixinputstream.h>
#include <gio/gunixoutputstream.h>

#include "sitrep-io.h"

G_DEFINE_QUARK (sitrep-io-error-quark, sitrep_io_error)

/* The length of the escape at @p (a backslash) in a double-quoted string, as
 * json-glib 1.6 reads it; *@nul set when it stands for a NUL character:
 * "\u0000", or an octal escape json-glib also takes ("\0", "\000", "\400":
 * up to three digits, kept modulo 256). */
static gsize
escape_length (const char *p,
               gsize       len,
               gboolean   *nul)
{
  guint value = 0;
  gsize n = 1;

  if (len < 2)
    return 1;
  if (p[1] == 'u')
    {
      if (len >= 6 && memcmp (p + 2, "0000", 4) == 0)
        *nul = TRUE;
      return 2;
    }
  while (n < 4 && n < len && p[n] >= '0' && p[n] <= '7')
    value = value * 8 + (guint) (p[n++] - '0');
  if (n == 1)
    return 2;
  if ((value & 0xff) == 0)
    *nul = TRUE;
  return n;
}

/* Scans @text as json-glib 1.6 reads it, without building it: FALSE when it
 * nests deeper than SITREP_JSON_MAX_DEPTH; *@nul set when a string would hold
 * a NUL character (json-glib would cut the string there). Besides JSON's
 * strings json-glib reads 'single-quoted' ones (no escapes) and skips all from
 * one '/' to the next as a comment: a bracket in either is no nesting, and one
 * this scan took for a string or a comment when json-glib does not would be
 * nesting it never counted. */
static gboolean
scan_json (const char *text,
           gsize       len,
           gboolean   *nul)
{
  guint depth = 0;
  char closer = 0;  /* the quote (or '/') that ends the string (or comment) we are in */

  *nul = FALSE;
  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];

      if (closer == '"' && c == '\\')
        i += escape_length (text + i, len - i, nul) - 1;
      else if (closer != 0)
        {
          if (c == closer)
            closer = 0;
        }
      else if (c == '"' || c == '\'' || c == '/')
        closer = c;
      else if (c == '[' || c == '{')
        {
          if (++depth > SITREP_JSON_MAX_DEPTH)
            return FALSE;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

/* FALSE when a string of @node, or the name of a member, is not UTF-8:
 * json-glib decodes the escapes "\377" (octal) and a lone "\udc00" into
 * bytes that are no character, which would reach the project as they are.
 * The scan has bounded the depth of the recursion. */
static gboolean
node_is_utf8 (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &member))
        if (!g_utf8_validate (name, -1, NULL) || !node_is_utf8 (member))
          return FALSE;
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (!node_is_utf8 (json_array_get_element (array, i)))
          return FALSE;
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_utf8_validate (json_node_get_string (node), -1, NULL);
  return TRUE;
}

/**
 * sitrep_json_nesting_ok:
 *
 * FALSE when @text nests arrays and objects deeper than SITREP_JSON_MAX_DEPTH,
 * which json-glib would follow by recursion until the stack runs out.
 */
gboolean
sitrep_json_nesting_ok (const char *text,
                        gsize       len)
{
  gboolean nul;

  return scan_json (text, len, &nul);
}

/**
 * sitrep_json_parse:
 *
 * The one way Sitrep parses JSON from outside: refuses nesting deeper than
 * SITREP_JSON_MAX_DEPTH (SITREP_IO_ERROR_JSON_DEPTH) and strings holding
 * \u0000 (SITREP_IO_ERROR_JSON_NUL), then parses and refuses strings whose
 * escapes decode to no character (SITREP_IO_ERROR_JSON_ENCODING), each with a
 * message for people.
 *
 * Returns: (transfer full): the root node, or %NULL with @error set.
 */
JsonNode *
sitrep_json_parse (const char  *text,
                   gssize       len,
                   GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local = NULL;
  gboolean nul = FALSE;
  gsize n;

  g_return_val_if_fail (text != NULL, NULL);

  n = len < 0 ? strlen (text) : (gsize) len;
  if (!scan_json (text, n, &nul))
    {
      g_set_error (error, SITREP_IO_ERROR, SITREP_IO_ERROR_JSON_DEPTH,
                   _("The JSON is nested more than %d levels deep"), SITREP_JSON_MAX_DEPTH);
      return NULL;
    }
  if (nul)
    {
      g_set_error_literal (error, SITREP_IO_ERROR, SITREP_IO_ERROR_JSON_NUL,
                           _("A text in the JSON holds a NUL character (\\u0000)"));
      return NULL;
    }
  if (memchr (text, '\0', n) != NULL)
    {
      g_set_error_literal (error, SITREP_IO_ERROR, SITREP_IO_ERROR_JSON_NUL,
                           _("The JSON holds a NUL byte"));
      return NULL;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, text, n, &local) || json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, SITREP_IO_ERROR, SITREP_IO_ERROR_JSON, _("The JSON cannot be read: %s"),
                   local != NULL ? local->message : _("it is empty"));
      return NULL;
    }
  if (!node_is_utf8 (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, SITREP_IO_ERROR, SITREP_IO_ERROR_JSON_ENCODING,
                           _("A text in the JSON holds an escape that stands for no character "
                             "(such as \\377 or a lone \\udc00)"));
      return NULL;
    }
  return json_parser_steal_root (parser);
}

const char *
sitrep_json_get_string (JsonObject *object,
                        const char *member,
                        const char *fallback)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return fallback;
}

gint64
sitrep_json_get_int (JsonObject *object,
                     const char *member,
                     gint64      fallback)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    return json_node_get_int (node);
  return fallback;
}

JsonArray *
sitrep_json_get_array (JsonObject *object,
                       const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

JsonObject *
sitrep_json_get_object (JsonObject *object,
                        const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* Whether @member of @object is an integer. */
gboolean
sitrep_json_has_int (JsonObject *object,
                     const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

/* Element @index of @array when it is a string, else NULL. */
const char *
sitrep_json_array_get_string (JsonArray *array,
                              guint      index)
{
  JsonNode *node = array != NULL && index < json_array_get_length (array)
                   ? json_array_get_element (array, index) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
         ? json_node_get_string (node) : NULL;
}

JsonObject *
sitrep_json_array_get_object (JsonArray *array,
                              guint      index)
{
  JsonNode *node = array != NULL && index < json_array_get_length (array)
                   ? json_array_get_element (array, index) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/**
 * sitrep_io_describe_file:
 *
 * The file's name as messages show it: quoted, valid UTF-8 even when the
 * name on disk is not.
 */
char *
sitrep_io_describe_file (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *shown = NULL;

  if (base == NULL)
    return g_strdup (_("The file"));
  shown = g_filename_display_name (base);
  return g_strdup_printf ("“%s”", shown);
}

static gboolean
refuse_stat (const struct stat  *st,
             const char         *what,
             gint64              max_bytes,
             GError            **error)
{
  if (S_ISDIR (st->st_mode))
    {
      g_set_error (error, SITREP_IO_ERROR, SITREP_IO_ERROR_NOT_A_FILE,
                   _("%s is a folder, not a file"), what);
      return TRUE;
    }
  if (!S_ISREG (st->st_mode))
    {
      g_set_error (error, SITREP_IO_ERROR, SITREP_IO_ERROR_NOT_A_FILE,
                   _("%s is not a regular file"), what);
      return TRUE;
    }
  if (max_bytes > 0 && (gint64) st->st_size > max_bytes)
    {
      g_set_error (error, SITREP_IO_ERROR, SITREP_IO_ERROR_TOO_LARGE,
                   _("%s is %" PRId64 " MB; Sitrep imports files up to %"
                     PRId64 " MB"),
                   what, (gint64) ((st->st_size + (1 << 20) - 1) >> 20), max_bytes >> 20);
      return TRUE;
    }
  return FALSE;
}

static GInputStream *
open_local (const char    *path,
            const char    *what,
            gint64         max_bytes,
            gint64        *size,
            GError       **error)
{
  struct stat st;
  int fd, flags;

  /* Non-blocking, so a FIFO opens at once and is refused below. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0);
  if (fd < 0)
    {
      int saved = errno;

      if (saved == ENOENT && g_lstat (path, &st) == 0)
        g_set_error (error, SITREP_IO_ERROR, SITREP_IO_ERROR_NOT_A_FILE,
                     _("%s is not a regular file"), what);
      else if (saved == ENOENT)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("%s does not exist"), what);
      else if (saved == ENXIO)
        g_set_error (error, SITREP_IO_ERROR, SITREP_IO_ERROR_NOT_A_FILE,
                     _("%s is not a regular file"), what);
      else
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                     _("%s could not be read: %s"), what, g_strerror (saved));
      return NULL;
    }
  if (fstat (fd, &st) != 0)
    {
      int saved = errno;

      close (fd);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("%s could not be read: %s"), what, g_strerror (saved));
      return NULL;
    }
  if (refuse_stat (&st, what, max_bytes, error))
    {
      close (fd);
      return NULL;
    }
  flags = fcntl (fd, F_GETFL);
  if (flags >= 0)
    fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);
  if (size != NULL)
    *size = st.st_size;
  return g_unix_input_stream_new (fd, TRUE);
}

static GInputStream *
open_remote (GFile         *file,
             const char    *what,
             gint64         max_bytes,
             gint64        *size,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local = NULL;
  GFileInputStream *in;
  struct stat st = { 0 };

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local);
  if (info == NULL)
    {
      if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("%s does not exist"), what);
      else
        g_set_error (error, local->domain, local->code, _("%s could not be read: %s"), what,
                     local->message);
      return NULL;
    }
  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_REGULAR:
      st.st_mode = S_IFREG;
      break;
    case G_FILE_TYPE_DIRECTORY:
      st.st_mode = S_IFDIR;
      break;
    default:
      st.st_mode = S_IFIFO;
      break;
    }
  st.st_size = g_file_info_get_size (info);
  if (refuse_stat (&st, what, max_bytes, error))
    return NULL;

  in = g_file_read (file, cancellable, &local);
  if (in == NULL)
    {
      g_set_error (error, local->domain, local->code, _("%s could not be read: %s"), what,
                   local->message);
      return NULL;
    }
  if (size != NULL)
    *size = st.st_size;
  return G_INPUT_STREAM (in);
}

/**
 * sitrep_io_open_input:
 * @max_bytes: the largest size accepted (0: any)
 * @size: (out) (optional): the file's size
 *
 * Opens a file Sitrep is asked to read: refuses folders, FIFOs, devices and
 * sockets without blocking, and files over @max_bytes, each with a message
 * naming the file. Every importer opens its input here.
 */
GInputStream *
sitrep_io_open_input (GFile         *file,
                      gint64         max_bytes,
                      gint64        *size,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *what = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  what = sitrep_io_describe_file (file);
  path = g_file_get_path (file);
  if (path != NULL)
    return open_local (path, what, max_bytes, size, error);
  return open_remote (file, what, max_bytes, size, cancellable, error);
}

/**
 * sitrep_io_read_input:
 *
 * Reads a whole file through sitrep_io_open_input(): never more than
 * @max_bytes even when the file grows while it is read; an empty file is
 * SITREP_IO_ERROR_EMPTY. @contents ends with a NUL byte not counted in @length.
 */
gboolean
sitrep_io_read_input (GFile         *file,
                      gint64         max_bytes,
                      char         **contents,
                      gsize         *length,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GByteArray) buf = NULL;
  g_autofree char *what = NULL;
  gint64 size = 0;
  guint8 chunk[65536];

  g_return_val_if_fail (max_bytes > 0, FALSE);

  in = sitrep_io_open_input (file, max_bytes, &size, cancellable, error);
  if (in == NULL)
    return FALSE;
  what = sitrep_io_describe_file (file);
  buf = g_byte_array_sized_new ((guint) MIN (size + 1, max_bytes + 1));
  for (;;)
    {
      g_autoptr(GError) local = NULL;
      gssize got = g_input_stream_read (in, chunk, sizeof chunk, cancellable, &local);

      if (got < 0)
        {
          if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local));
          else
            g_set_error (error, local->domain, local->code, _("%s could not be read: %s"), what,
                         local->message);
          return FALSE;
        }
      if (got == 0)
        break;
      if ((gint64) buf->len + got > max_bytes)
        {
          g_set_error (error, SITREP_IO_ERROR, SITREP_IO_ERROR_TOO_LARGE,
                       _("%s grew past %" PRId64 " MB while it was read"), what,
                       max_bytes >> 20);
          return FALSE;
        }
      g_byte_array_append (buf, chunk, got);
    }
  if (buf->len == 0)
    {
      g_set_error (error, SITREP_IO_ERROR, SITREP_IO_ERROR_EMPTY, _("%s is empty"), what);
      return FALSE;
    }
  *length = buf->len;
  g_byte_array_append (buf, (const guint8 *) "", 1);
  *contents = (char *) g_byte_array_free (g_steal_pointer (&buf), FALSE);
  return TRUE;
}

/**
 * sitrep_io_write_text:
 *
 * Writes @text to an export: bytes that are not UTF-8 (a damaged project)
 * become U+FFFD, so no export ever holds invalid UTF-8.
 */
gboolean
sitrep_io_write_text (GOutputStream  *out,
                      const char     *text,
                      gsize           len,
                      GCancellable   *cancellable,
                      GError        **error)
{
  g_autofree char *valid = NULL;

  if (!g_utf8_validate_len (text, len, NULL))
    {
      valid = g_utf8_make_valid (text, len);
      text = valid;
      len = strlen (valid);
    }
  return g_output_stream_write_all (out, text, len, NULL, cancellable, error);
}

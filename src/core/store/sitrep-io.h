/* sitrep-io.h — reading outside files and writing exports safely: one place for the checks
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define SITREP_IO_ERROR (sitrep_io_error_quark ())

/* A missing file is G_IO_ERROR_NOT_FOUND. */
typedef enum
{
  SITREP_IO_ERROR_NOT_A_FILE,  /* a folder, a FIFO, a device ... */
  SITREP_IO_ERROR_TOO_LARGE,   /* over the cap the caller gave */
  SITREP_IO_ERROR_EMPTY,       /* nothing in it */
  SITREP_IO_ERROR_JSON,        /* not valid JSON */
  SITREP_IO_ERROR_JSON_DEPTH,  /* nested deeper than SITREP_JSON_MAX_DEPTH */
  SITREP_IO_ERROR_JSON_NUL,    /* a string holding \u0000 (or a NUL byte) */
  SITREP_IO_ERROR_JSON_ENCODING, /* an escape decoding to no character ("\377", a lone "\udc00") */
} SitrepIoError;

/* JSON deeper than this is refused before it is parsed (json-glib recurses). */
#define SITREP_JSON_MAX_DEPTH 256

/* Size caps of the inputs read whole into memory and of those read line by line. */
#define SITREP_IO_MAX_LOADED   (256 * 1024 * 1024)
#define SITREP_IO_MAX_STREAMED (G_GINT64_CONSTANT (4) * 1024 * 1024 * 1024)

GQuark         sitrep_io_error_quark        (void);

gboolean       sitrep_json_nesting_ok       (const char    *text,
                                             gsize          len);
JsonNode      *sitrep_json_parse            (const char    *text,
                                             gssize         len,
                                             GError       **error);

/* Members of outside JSON read without json-glib's type assertions: the
 * default (or NULL) when a member is missing or of another type. */
const char    *sitrep_json_get_string       (JsonObject    *object,
                                             const char    *member,
                                             const char    *fallback);
gint64         sitrep_json_get_int          (JsonObject    *object,
                                             const char    *member,
                                             gint64         fallback);
JsonArray     *sitrep_json_get_array        (JsonObject    *object,
                                             const char    *member);
JsonObject    *sitrep_json_get_object       (JsonObject    *object,
                                             const char    *member);
JsonObject    *sitrep_json_array_get_object (JsonArray     *array,
                                             guint          index);
gboolean       sitrep_json_has_int          (JsonObject    *object,
                                             const char    *member);
const char    *sitrep_json_array_get_string (JsonArray     *array,
                                             guint          index);

char          *sitrep_io_describe_file      (GFile         *file);
GInputStream  *sitrep_io_open_input         (GFile         *file,
                                             gint64         max_bytes,
                                             gint64        *size,
                                             GCancellable  *cancellable,
                                             GError       **error);
gboolean       sitrep_io_read_input         (GFile         *file,
                                             gint64         max_bytes,
                                             char         **contents,
                                             gsize         *length,
                                             GCancellable  *cancellable,
                                             GError       **error);

gboolean       sitrep_io_write_text         (GOutputStream *out,
                                             const char    *text,
                                             gsize          len,
                                             GCancellable  *cancellable,
                                             GError       **error);

/* Says in the user's words why @path could not be written (errno @saved). */
void              sitrep_io_set_write_error     (GError           **error,
                                                 const char        *path,
                                                 int                saved);

typedef struct _SitrepAtomicFile SitrepAtomicFile;

/* Removes what killed exports and project creations left in @dir: files
 * named ".sitrep-part.NAME.XXXXXX" that no running one holds locked. */
void              sitrep_io_remove_stale_temporaries (const char  *dir);

SitrepAtomicFile *sitrep_atomic_file_new        (const char        *path,
                                                 GError           **error);
SitrepAtomicFile *sitrep_atomic_file_new_named  (const char        *path,
                                                 GError           **error);
const char       *sitrep_atomic_file_get_temp_path (SitrepAtomicFile *self);
GOutputStream    *sitrep_atomic_file_get_stream (SitrepAtomicFile  *self);
gboolean          sitrep_atomic_file_commit     (SitrepAtomicFile  *self,
                                                 GError           **error);
void              sitrep_atomic_file_abort      (SitrepAtomicFile  *self);
/* A cairo_write_func_t writing to the temporary file (closure: the SitrepAtomicFile). */
cairo_status_t    sitrep_atomic_file_cairo_write (void                *closure,
                                                  const unsigned char *data,
                                                  unsigned int         length);
gboolean          sitrep_atomic_write_contents  (const char        *path,
                                                 const void        *data,
                                                 gsize              length,
                                                 GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepAtomicFile, sitrep_atomic_file_abort)

G_END_DECLS

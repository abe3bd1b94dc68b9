/* sitrep-import.h — reading files of every supported kind into import records
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-types.h"
#include "sitrep-import-record.h"

G_BEGIN_DECLS

#define SITREP_IMPORT_ERROR (sitrep_import_error_quark ())

typedef enum
{
  SITREP_IMPORT_ERROR_EMPTY,          /* nothing in the file */
  SITREP_IMPORT_ERROR_BINARY,         /* not text (an image, an archive ...) */
  SITREP_IMPORT_ERROR_ENCODING,       /* bytes not valid in the encoding given or found */
  SITREP_IMPORT_ERROR_TOO_LARGE,      /* over SITREP_IMPORT_MAX_BYTES */
  SITREP_IMPORT_ERROR_PARSE,          /* a CSV/JSONL/HTML structure that cannot be read */
  SITREP_IMPORT_ERROR_NOT_A_FILE,     /* a directory, a device ... */
  SITREP_IMPORT_ERROR_NO_TEXT,        /* parsed, but no article text in it */
  SITREP_IMPORT_ERROR_NOT_FOUND,      /* missing file */
} SitrepImportError;

typedef enum
{
  SITREP_IMPORT_FORMAT_AUTO = 0,
  SITREP_IMPORT_FORMAT_TEXT,
  SITREP_IMPORT_FORMAT_HTML,
  SITREP_IMPORT_FORMAT_CSV,
  SITREP_IMPORT_FORMAT_JSONL,
} SitrepImportFormat;

/* Larger files are refused with TOO_LARGE before they are read whole. */
#define SITREP_IMPORT_MAX_BYTES (64 * 1024 * 1024)

GQuark      sitrep_import_error_quark      (void);

/* Decodes @data to UTF-8. @encoding NULL detects: BOM (UTF-8/16/32), valid
 * UTF-8, then Windows-1256 when the bytes look Arabic, else Windows-1252.
 * Returns NULL with BINARY for data that is not text. */
char       *sitrep_import_decode           (const guint8          *data,
                                            gsize                  len,
                                            const char            *encoding,
                                            char                 **detected_encoding,
                                            GError               **error);

/* Parses one file's bytes into records (SitrepImportRecord*, owned by the
 * array). Multi-record formats (CSV, JSONL) skip bad rows: each skipped row
 * adds a message "line N: reason" to @warnings (may be NULL) and the others
 * are returned. Fails only when nothing can be read. */
GPtrArray  *sitrep_import_parse_bytes      (GBytes                *data,
                                            const char            *filename,
                                            SitrepImportFormat     format,
                                            const char            *encoding,
                                            GPtrArray            **warnings,
                                            GError               **error);
GPtrArray  *sitrep_import_parse_file       (GFile                 *file,
                                            SitrepImportFormat     format,
                                            const char            *encoding,
                                            GPtrArray            **warnings,
                                            GCancellable          *cancellable,
                                            GError               **error);
/* A new article from pasted text, cleaned like a plain-text capture. */
SitrepImportRecord *sitrep_import_record_from_text (const char    *text,
                                                    const char    *origin_name);

G_END_DECLS

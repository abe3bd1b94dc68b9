/* sitrep-import-private.h — what the parts of the importer share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-cleanup.h"
#include "sitrep-import.h"

G_BEGIN_DECLS

/* sitrep-import.c: building records */

/* How messages name a file: its name in quotes, or "The text". */
char               *_sitrep_import_describe            (const char          *name);
gboolean            _sitrep_import_body_is_empty       (const char          *body);
void                _sitrep_import_set_date            (SitrepImportRecord  *record,
                                                        const char          *value);
SitrepImportRecord *_sitrep_import_record_from_cleanup (SitrepCleanup       *cleanup);
void                _sitrep_import_finish_record       (SitrepImportRecord  *record,
                                                        const char          *name,
                                                        const char          *type,
                                                        const char          *encoding,
                                                        GBytes              *original);

/* sitrep-import-encoding.c: decode_raw keeps line ends; normalise_text makes them "\n" */
char               *_sitrep_import_decode_raw          (const guint8        *d,
                                                        gsize                len,
                                                        const char          *encoding,
                                                        const char          *name,
                                                        char               **detected,
                                                        GError             **error);
void                _sitrep_import_normalise_text      (char                *text);
gboolean            _sitrep_import_is_utf8_name        (const char          *encoding);

/* sitrep-import-fields.c: CSV, JSON lines and JSON documents */
GPtrArray          *_sitrep_import_parse_csv           (GBytes              *data,
                                                        const char          *name,
                                                        const char          *encoding,
                                                        GPtrArray           *warnings,
                                                        GError             **error);
GPtrArray          *_sitrep_import_parse_json          (GBytes              *data,
                                                        const char          *name,
                                                        const char          *encoding,
                                                        gboolean             whole_document,
                                                        GPtrArray           *warnings,
                                                        GError             **error);
/* FALSE when @text nests arrays and objects too deep to parse safely (also
 * used for JSON-LD in HTML). */
gboolean            _sitrep_import_json_nesting_ok     (const char          *text,
                                                        gsize                len);

/* Store: the archive address and capture time of the article @id just added
 * from @record (a page fetched from a web archive), under the store's lock. */
gboolean            _sitrep_store_insert_archive       (SitrepStore               *self,
                                                        gint64                     id,
                                                        const SitrepImportRecord  *record,
                                                        GError                   **error);

G_END_DECLS

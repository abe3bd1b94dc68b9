/* sitrep-import-record.h — one article as an importer found it, before it is stored
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-types.h"

G_BEGIN_DECLS

/* Plain struct filled by the importers and consumed by the store.
 * All strings are UTF-8 and owned by the record; NULL means "not found". */
struct _SitrepImportRecord
{
  char               *title;
  char               *body;              /* clean text, what is read and annotated */
  GBytes             *original;          /* the capture exactly as read, never altered */
  char               *original_name;     /* file name (basename) or "clipboard" */
  char               *original_type;     /* "text/plain", "text/html", "text/csv", "application/jsonl" */
  char               *original_encoding; /* encoding the bytes were decoded from */
  char               *url;
  char               *author;
  char               *source;            /* outlet name as found ("thecradle", "CENTCOM") */
  char               *published;         /* ISO 8601, as precise as known: "2020-08-25", "2020-08", "2020"; NULL when unknown */
  SitrepDatePrecision published_precision;
  char               *published_note;    /* the words found when the date is partial ("October 19, year unknown") */
  char               *language;          /* BCP 47 guess ("en", "ar") or NULL */
  guint               line;              /* 1-based line/row in a multi-record file, 0 otherwise */
  char               *warning;           /* imported, but the user should look (a page with little text) */
  char               *archive_url;       /* a page from a web archive: the archive's address; url is the page's own */
  char               *captured;          /* … and when the archive captured it, ISO 8601 UTC */
};

SitrepImportRecord *sitrep_import_record_new  (void);
void                sitrep_import_record_free (SitrepImportRecord *record);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepImportRecord, sitrep_import_record_free)

G_END_DECLS

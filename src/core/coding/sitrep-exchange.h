/* sitrep-exchange.h — annotations in the formats annotation tools and ML people read
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-spans.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

typedef enum
{
  SITREP_EXCHANGE_BRAT,          /* brat standoff: NAME.txt + NAME.ann a article, in a folder */
  SITREP_EXCHANGE_CONLL,         /* CoNLL-2003 BIO: token and tag a line, -DOCSTART- between articles */
  SITREP_EXCHANGE_DOCCANO,       /* doccano JSONL: {"text", "label": [[start, end, "LABEL"]]} */
  SITREP_EXCHANGE_LABEL_STUDIO,  /* Label Studio JSON tasks */
  SITREP_EXCHANGE_WEBANNO_TSV,   /* WebAnno TSV 3.3 as INCEpTION imports it: a .tsv a article, in a folder */
} SitrepExchangeFormat;

/* "brat", "conll", "doccano", "label-studio", "webanno-tsv". */
gboolean     sitrep_exchange_format_from_string (const char            *name,
                                                 SitrepExchangeFormat  *format);
/* brat and WebAnno TSV write a folder (one file or pair a article); the
 * others one file. */
gboolean     sitrep_exchange_format_is_folder   (SitrepExchangeFormat   format);

/* Writes every article with the annotations of @annotator (NULL: everyone's)
 * to @out, one article at a time, so memory stays flat however large the
 * project. Not for folder formats. Offsets: code points of the text (doccano,
 * Label Studio, brat), UTF-16 code units (WebAnno TSV, as INCEpTION counts). */
gboolean     sitrep_exchange_export             (SitrepStore           *store,
                                                 SitrepExchangeFormat   format,
                                                 const char            *annotator,
                                                 GOutputStream         *out,
                                                 GCancellable          *cancellable,
                                                 GError               **error);

/* Writes a folder format into @folder (made if missing; files already there
 * with the same names are replaced, each atomically). */
gboolean     sitrep_exchange_export_folder      (SitrepStore           *store,
                                                 SitrepExchangeFormat   format,
                                                 const char            *annotator,
                                                 GFile                 *folder,
                                                 GCancellable          *cancellable,
                                                 GError               **error);

/* Writes a folder format into the zip @zip instead (the same files, by
 * name, at its top), streaming: the zip is written beside @zip and renamed
 * over it once complete, so a failed or cancelled export leaves @zip as it was. */
gboolean     sitrep_exchange_export_zip         (SitrepStore           *store,
                                                 SitrepExchangeFormat   format,
                                                 const char            *annotator,
                                                 GFile                 *zip,
                                                 GCancellable          *cancellable,
                                                 GError               **error);

/* Reads annotations in @format from @file (a folder or a zip for brat and
 * WebAnno TSV; a single .ann/.tsv is accepted too). Articles are matched by their
 * text (CoNLL and WebAnno TSV: by their tokens, white space aside) or made;
 * spans are checked and stored as spans JSONL import does, by @annotator
 * when the file does not say who made them. */
gboolean     sitrep_exchange_import             (SitrepStore           *store,
                                                 SitrepExchangeFormat   format,
                                                 GFile                 *file,
                                                 const char            *annotator,
                                                 SitrepSpansReport     *report,
                                                 GCancellable          *cancellable,
                                                 GError               **error);

/* The export and the import on a worker thread (the window's way). For a
 * folder format, @zip writes @file as a zip instead of a folder. */
void         sitrep_exchange_export_file_async  (SitrepStore           *store,
                                                 SitrepExchangeFormat   format,
                                                 const char            *annotator,
                                                 GFile                 *file,
                                                 gboolean               zip,
                                                 GCancellable          *cancellable,
                                                 GAsyncReadyCallback    callback,
                                                 gpointer               user_data);
gboolean     sitrep_exchange_export_file_finish (SitrepStore           *store,
                                                 GAsyncResult          *result,
                                                 GError               **error);
void         sitrep_exchange_import_async       (SitrepStore           *store,
                                                 SitrepExchangeFormat   format,
                                                 GFile                 *file,
                                                 const char            *annotator,
                                                 GCancellable          *cancellable,
                                                 GAsyncReadyCallback    callback,
                                                 gpointer               user_data);
gboolean     sitrep_exchange_import_finish      (SitrepStore           *store,
                                                 GAsyncResult          *result,
                                                 SitrepSpansReport     *report,
                                                 GError               **error);

G_END_DECLS

/* sitrep-exchange-private.h — what the exchange format files share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "sitrep-exchange.h"
#include "sitrep-exchange-zip.h"

G_BEGIN_DECLS

/* brat type names and CoNLL tags cannot hold spaces or slashes:
 * "Captured/Missing" is written "Captured-Missing", "Event trigger"
 * "Event_trigger". Import compares labels through the same spelling. */
char      *_sitrep_exchange_label_token    (const char  *label);

/* The project's label names, each with its token spelling. */
GHashTable *_sitrep_exchange_label_map     (SitrepStore *store,
                                            GError     **error);

/* What every reader makes of a file: documents (a text and its spans in
 * code points of that text), matched to articles later. */
/* Offsets as the file gave them, whole (a negative one or one past 2³² is
 * reported by the spans import, never wrapped into the text). */
typedef struct
{
  gint64    start;
  gint64    end;
  char     *label;
  char     *annotator;   /* NULL: the one the user named */
  char     *entity;
  JsonNode *attributes;
} SitrepExchangeSpan;

typedef struct
{
  char    *title;
  GString *text;
  GArray  *spans;        /* SitrepExchangeSpan */
} SitrepExchangeDoc;

SitrepExchangeDoc *_sitrep_exchange_doc_new      (const char        *title);
void               _sitrep_exchange_doc_free     (SitrepExchangeDoc *d);
void               _sitrep_exchange_doc_add_span (SitrepExchangeDoc *d,
                                                  gint64             start,
                                                  gint64             end,
                                                  const char        *label,
                                                  const char        *annotator,
                                                  const char        *entity,
                                                  JsonNode          *attributes);

/* One brat document from its .ann and .txt (sitrep-exchange-brat.c); what
 * is refused goes into @problems as "NAME line N: reason". */
void               _sitrep_exchange_read_brat    (const char        *ann,
                                                  const char        *txt,
                                                  const char        *name,
                                                  GPtrArray         *docs,
                                                  GPtrArray         *problems);

/* One WebAnno TSV 3 file (sitrep-exchange-webanno.c): its document goes into @docs, the
 * token lines it refuses into @problems; FALSE with @error when it is not WebAnno TSV 3. */
gboolean           _sitrep_exchange_read_webanno (const char        *contents,
                                                  const char        *name,
                                                  GPtrArray         *docs,
                                                  GPtrArray         *problems,
                                                  GError           **error);

/* An entry's text: UTF-8 without NUL bytes, as annotation files are read. */
char              *_sitrep_exchange_zip_text     (GFile                *file,
                                                  const SitrepZipEntry *entry,
                                                  GCancellable         *cancellable,
                                                  GError              **error);

/* Every NAME.ann with its NAME.txt in the zip @file, by name. */
gboolean           _sitrep_exchange_read_brat_zip (GFile            *file,
                                                   GPtrArray        *docs,
                                                   GPtrArray        *problems,
                                                   GCancellable     *cancellable,
                                                   GError          **error);

/* A brat export's files (NAME.txt, NAME.ann, annotation.conf) go to a
 * folder or into a zip through one of these. */
typedef struct _SitrepExchangeSink SitrepExchangeSink;

SitrepExchangeSink *_sitrep_exchange_sink_new_folder (GFile              *folder);
SitrepExchangeSink *_sitrep_exchange_sink_new_zip    (GFile              *zip,
                                                      GError            **error);
gboolean            _sitrep_exchange_sink_add        (SitrepExchangeSink *sink,
                                                      const char         *name,
                                                      const char         *data,
                                                      gsize               len,
                                                      GCancellable       *cancellable,
                                                      GError            **error);
/* Completes the zip (renamed over the target) and frees @sink. */
gboolean            _sitrep_exchange_sink_finish     (SitrepExchangeSink *sink,
                                                      GCancellable       *cancellable,
                                                      GError            **error);
/* Leaves everything as it was before the zip was begun, and frees @sink. */
void                _sitrep_exchange_sink_abort      (SitrepExchangeSink *sink);

G_END_DECLS

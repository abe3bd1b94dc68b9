/* sitrep-csv.h — reading RFC 4180 CSV with quoted multi-line fields
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One record of a CSV file. */
typedef struct
{
  guint       line;    /* 1-based line where the record starts */
  gsize       start;   /* byte offsets of the record in the text, line end excluded */
  gsize       end;
  GPtrArray  *fields;  /* char*, unquoted */
} SitrepCsvRow;

void        sitrep_csv_row_free         (SitrepCsvRow *row);

/* The delimiter the first record uses most: ',', ';' or '\t'. */
char        sitrep_csv_sniff_delimiter  (const char   *text,
                                         gsize         len);

/* Splits @text into records (SitrepCsvRow*), the header first. Records that
 * cannot be read (a quote never closed) are skipped, each adding
 * "line N: reason" to @warnings; work stays linear even when quoting is
 * broken throughout. Blank lines are skipped. */
GPtrArray  *sitrep_csv_parse            (const char   *text,
                                         gsize         len,
                                         char          delimiter,
                                         GPtrArray    *warnings);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepCsvRow, sitrep_csv_row_free)

G_END_DECLS

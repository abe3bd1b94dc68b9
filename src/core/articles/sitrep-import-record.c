/* sitrep-import-record.c — one article as an importer found it
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-core"

#include "config.h"

#include "sitrep-import-record.h"

SitrepImportRecord *
sitrep_import_record_new (void)
{
  return g_new0 (SitrepImportRecord, 1);
}

void
sitrep_import_record_free (SitrepImportRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->title);
  g_free (record->body);
  g_clear_pointer (&record->original, g_bytes_unref);
  g_free (record->original_name);
  g_free (record->original_type);
  g_free (record->original_encoding);
  g_free (record->url);
  g_free (record->author);
  g_free (record->source);
  g_free (record->published);
  g_free (record->published_note);
  g_free (record->language);
  g_free (record->warning);
  g_free (record->archive_url);
  g_free (record->captured);
  g_free (record);
}

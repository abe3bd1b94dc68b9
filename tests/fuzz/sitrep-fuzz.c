/* sitrep-fuzz.c — what the fuzz targets share: a scratch project, record checks
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sitrep-exchange.h"
#include "sitrep-import-record.h"
#include "sitrep-spans.h"
#include "sitrep-fuzz.h"

static char *dir;
static SitrepStore *store;

static void
remove_project (void)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  g_clear_object (&store);
  for (guint i = 0; dir != NULL && i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (dir, "/fuzz.sitrep", suffixes[i], NULL);
      g_unlink (path);
    }
  if (dir != NULL)
    g_rmdir (dir);
}

SitrepStore *
sitrep_fuzz_store (void)
{
  if (store == NULL)
    {
      g_autofree char *path = NULL;

      dir = g_dir_make_tmp ("sitrep-fuzz-XXXXXX", NULL);
      g_assert (dir != NULL);
      path = g_build_filename (dir, "fuzz.sitrep", NULL);
      store = sitrep_store_create (path, NULL);
      g_assert (store != NULL);
      atexit (remove_project);
    }
  return store;
}

static void
check_text (const char *text)
{
  if (text != NULL)
    g_assert (g_utf8_validate (text, -1, NULL));
}

void
sitrep_fuzz_check_records (GPtrArray *records)
{
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      SitrepImportRecord *r = g_ptr_array_index (records, i);

      check_text (r->title);
      check_text (r->body);
      check_text (r->source);
      check_text (r->author);
      check_text (r->original_name);
    }
}

/* Writes @data where the importer of @format reads it (brat: the text
 * before the first NUL byte as NAME.txt, the rest as NAME.ann) and imports
 * it into the scratch project. */
void
sitrep_fuzz_exchange (int            format,
                      const uint8_t *data,
                      size_t         size)
{
  static const char * const names[] = {
    [SITREP_EXCHANGE_BRAT] = "in.ann",
    [SITREP_EXCHANGE_CONLL] = "in.conll",
    [SITREP_EXCHANGE_DOCCANO] = "in.jsonl",
    [SITREP_EXCHANGE_LABEL_STUDIO] = "in.json",
    [SITREP_EXCHANGE_WEBANNO_TSV] = "in.tsv",
  };
  SitrepStore *project = sitrep_fuzz_store ();
  g_autofree char *path = g_build_filename (dir, names[format], NULL);
  g_autofree char *txt = g_build_filename (dir, "in.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SitrepSpansReport report;
  const uint8_t *nul;

  if (format == SITREP_EXCHANGE_BRAT && (nul = memchr (data, 0, size)) != NULL)
    {
      g_assert (g_file_set_contents (txt, (const char *) data, nul - data, NULL));
      size -= nul - data + 1;
      data = nul + 1;
    }
  else
    g_unlink (txt);
  g_assert (g_file_set_contents (path, (const char *) data, size, NULL));
  memset (&report, 0, sizeof report);
  sitrep_exchange_import (project, format, file, "fuzz", &report, NULL, NULL);
  sitrep_spans_report_clear (&report);
  g_unlink (path);
}

/* fuzz-records.c — libFuzzer target: CSV and JSON Lines records (and auto-detection)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-fuzz.h"
#include "sitrep-import.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const SitrepImportFormat formats[] = {
    SITREP_IMPORT_FORMAT_CSV, SITREP_IMPORT_FORMAT_JSONL, SITREP_IMPORT_FORMAT_AUTO,
  };
  static const char *names[] = { "rows.csv", "rows.jsonl", "export.json" };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  guint k;

  if (size < 1)
    return 0;
  k = data[0] % G_N_ELEMENTS (formats);
  bytes = g_bytes_new (data + 1, size - 1);
  records = sitrep_import_parse_bytes (bytes, names[k], formats[k], NULL, &warnings, NULL);
  sitrep_fuzz_check_records (records);
  return 0;
}

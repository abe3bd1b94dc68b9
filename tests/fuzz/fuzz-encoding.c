/* fuzz-encoding.c — libFuzzer target: encoding detection and decoding of plain-text captures
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-fuzz.h"
#include "sitrep-import.h"

static const char *encodings[] = { NULL, "UTF-8", "UTF-16", "windows-1256", "ISO-8859-6", "nonsense" };

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  const char *encoding;

  if (size < 1)
    return 0;
  encoding = encodings[data[0] % G_N_ELEMENTS (encodings)];
  bytes = g_bytes_new (data + 1, size - 1);
  records = sitrep_import_parse_bytes (bytes, "capture.txt", SITREP_IMPORT_FORMAT_TEXT, encoding,
                                       &warnings, NULL);
  sitrep_fuzz_check_records (records);
  return 0;
}

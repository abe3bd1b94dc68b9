/* fuzz-spans.c — libFuzzer target: spans JSONL import into a real project
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-fuzz.h"
#include "sitrep-spans.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  SitrepStore *store = sitrep_fuzz_store ();
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (data, size, NULL);
  SitrepSpansReport report;

  sitrep_spans_import (store, in, &report, NULL, NULL);
  sitrep_spans_report_clear (&report);
  return 0;
}

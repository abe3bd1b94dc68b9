/* fuzz-ucdp.c — libFuzzer target: UCDP GED CSV event import into a real project
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-fuzz.h"
#include "sitrep-ucdp.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  SitrepStore *store = sitrep_fuzz_store ();
  g_autofree char *text = g_strndup ((const char *) data, size);
  SitrepUcdpReport report = { 0 };

  sitrep_ucdp_import_data (store, text, strlen (text), &report, NULL, NULL, NULL, NULL);
  sitrep_ucdp_report_clear (&report);
  return 0;
}

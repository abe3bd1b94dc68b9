/* fuzz-cleanup.c — libFuzzer target: capture clean-up (lines, units, metadata)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-fuzz.h"
#include "sitrep-cleanup.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *raw = g_strndup ((const char *) data, size);
  g_autofree char *text = g_utf8_make_valid (raw, -1);
  g_autofree char *light = NULL;
  SitrepCleanup *cleanup;

  sitrep_cleanup_looks_like_capture (text);
  cleanup = sitrep_cleanup_capture (text, size > 0 && data[0] & 1 ? "A title" : NULL);
  sitrep_cleanup_free (cleanup);
  light = sitrep_cleanup_light (text);
  return 0;
}

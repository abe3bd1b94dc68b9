/* fuzz-labels.c — libFuzzer target: label sets and codebooks (JSON of any depth)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-fuzz.h"
#include "sitrep-codebook.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  SitrepStore *store = sitrep_fuzz_store ();
  g_autofree char *text = g_strndup ((const char *) data, size);
  SitrepCodebook *book;

  if (g_utf8_validate (text, -1, NULL))
    sitrep_store_import_labels (store, text, NULL);
  book = sitrep_codebook_new_from_data (text, -1, NULL);
  g_clear_object (&book);
  return 0;
}

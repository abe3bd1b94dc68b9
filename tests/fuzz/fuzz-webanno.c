/* fuzz-webanno.c — libFuzzer target: the webanno exchange format imported into a real project
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-exchange.h"
#include "sitrep-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  sitrep_fuzz_exchange (SITREP_EXCHANGE_WEBANNO_TSV, data, size);
  return 0;
}

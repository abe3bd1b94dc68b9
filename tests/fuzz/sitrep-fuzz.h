/* sitrep-fuzz.h — what the fuzz targets share: a scratch project, record checks
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include "sitrep-store.h"

int          LLVMFuzzerTestOneInput   (const uint8_t *data,
                                       size_t         size);

/* One project per process, in a folder removed at exit. */
SitrepStore *sitrep_fuzz_store        (void);
/* Aborts unless every record's texts are valid UTF-8 without NUL bytes. */
void         sitrep_fuzz_check_records (GPtrArray    *records);
/* Imports @data as a file of the exchange format @format (SitrepExchangeFormat). */
void         sitrep_fuzz_exchange     (int            format,
                                       const uint8_t *data,
                                       size_t         size);

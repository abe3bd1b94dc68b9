/* fuzz-figures.c — libFuzzer target: casualty figures
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-fuzz.h"
#include "sitrep-figures.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *raw = g_strndup ((const char *) data, size);
  g_autofree char *text = g_utf8_make_valid (raw, -1);
  SitrepFigure figure;

  if (sitrep_figure_parse (text, &figure))
    g_assert (sitrep_figure_is_valid (&figure));
  return 0;
}

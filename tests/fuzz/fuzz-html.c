/* fuzz-html.c — libFuzzer target: HTML extraction and charset sniffing (any bytes, any nesting)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-fuzz.h"
#include "sitrep-html.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autofree char *charset = sitrep_html_sniff_charset (data, size);
  SitrepHtml *html;

  sitrep_html_looks_like_html (text, strlen (text));
  html = sitrep_html_extract (text, strlen (text));
  if (html != NULL)
    sitrep_html_free (html);
  return 0;
}

/* fuzz-dates.c — libFuzzer target: dates: parsing, finding and resolving against a publication date
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-fuzz.h"
#include "sitrep-dateparse.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *raw = g_strndup ((const char *) data, size);
  g_autofree char *text = g_utf8_make_valid (raw, -1);
  g_autofree char *iso = NULL;
  g_autofree char *note = NULL;
  g_auto(SitrepResolvedDate) resolved = { 0 };
  SitrepDatePrecision precision;
  SitrepDateMatch match;

  sitrep_date_parse (text, &iso, &precision, &note);
  if (sitrep_date_find (text, -1, &match))
    {
      g_autofree char *found = sitrep_date_match_to_iso (&match);
      g_autofree char *found_note = sitrep_date_match_to_note (&match);
    }
  if (sitrep_date_resolve (text, "2022-10-19", SITREP_DATE_PRECISION_DAY, &resolved) &&
      resolved.start != NULL && resolved.end != NULL && resolved.start[0] != '-')
    {
      /* a range never ends before it starts */
      if (strlen (resolved.start) == strlen (resolved.end))
        g_assert (strcmp (resolved.start, resolved.end) <= 0);
    }
  return 0;
}

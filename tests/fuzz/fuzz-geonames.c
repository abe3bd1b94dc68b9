/* fuzz-geonames.c — libFuzzer target: GeoNames dump lines
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-fuzz.h"
#include "sitrep-gazetteer.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      SitrepGazetteerPlace *place = sitrep_gazetteer_parse_geonames_line (lines[i], "fuzz.txt");

      if (place != NULL)
        {
          g_assert (place->latitude >= -90 && place->latitude <= 90);
          g_assert (place->longitude >= -180 && place->longitude <= 180);
          g_assert (g_utf8_validate (place->name, -1, NULL));
          sitrep_gazetteer_place_free (place);
        }
    }
  return 0;
}

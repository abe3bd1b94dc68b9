/* sitrep-gazetteer-countries.c — the countries of the bundled region: their codes, the names datasets write, and how articles name them
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-gazetteer"

#include "config.h"

#include "sitrep-gazetteer.h"
#include "sitrep-gazetteer-private.h"

/* Countries of the bundled region, the name datasets write, and how
 * articles name them. */
static const struct
{
  const char *code;
  const char *name;
  const char *names;
} country_names[] = {
  { "SY", "Syria", "Syria|Syrian|Syrians|Sham" },
  { "IQ", "Iraq", "Iraq|Iraqi|Iraqis" },
  { "LB", "Lebanon", "Lebanon|Lebanese" },
  { "JO", "Jordan", "Jordan|Jordanian" },
  { "TR", "Turkey", "Turkey|Türkiye|Turkish" },
  { "IL", "Israel", "Israel|Israeli" },
  { "PS", "Palestine", "Palestine|Palestinian|Gaza|West Bank" },
  { "IR", "Iran", "Iran|Iranian" },
  { "SA", "Saudi Arabia", "Saudi Arabia|Saudi" },
  { "EG", "Egypt", "Egypt|Egyptian" },
};

/* The names articles call country @i by ("Syria|Syrian|Syrians|Sham"), NULL past the last. */
const char *
_sitrep_gazetteer_country_names (guint i)
{
  return i < G_N_ELEMENTS (country_names) ? country_names[i].names : NULL;
}

const char *
sitrep_gazetteer_country_code (const char *country)
{
  for (guint i = 0; country != NULL && i < G_N_ELEMENTS (country_names); i++)
    {
      g_auto(GStrv) names = g_strsplit (country_names[i].names, "|", 0);

      for (guint k = 0; names[k] != NULL; k++)
        if (g_ascii_strcasecmp (country, names[k]) == 0)
          return country_names[i].code;
    }
  return NULL;
}

const char *
sitrep_gazetteer_country_name (const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (country_names); i++)
    if (g_ascii_strcasecmp (code, country_names[i].code) == 0)
      return country_names[i].name;
  return NULL;
}

const char *
_sitrep_gazetteer_country_code_at (guint i)
{
  return i < G_N_ELEMENTS (country_names) ? country_names[i].code : NULL;
}

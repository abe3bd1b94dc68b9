/* sitrep-gazetteer-countries.c — the countries of the bundled region: their codes, the names datasets write, and how articles name them
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-gazetteer"

#include "config.h"

#include "sitrep-gazetteer.h"
#include "sitrep-gazetteer-private.h"
#include "sitrep-normalize.h"

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

char *
sitrep_gazetteer_dup_where (const char *admin1,
                            const char *country)
{
  const char *name = sitrep_gazetteer_country_name (country);

  if (name != NULL)
    country = name;
  if (admin1 != NULL && *admin1 == '\0')
    admin1 = NULL;
  if (country != NULL && *country == '\0')
    country = NULL;
  if (admin1 != NULL && country != NULL)
    return g_strdup_printf ("%s, %s", admin1, country);
  return g_strdup (admin1 != NULL ? admin1 : country);
}

const char *
_sitrep_gazetteer_country_code_at (guint i)
{
  return i < G_N_ELEMENTS (country_names) ? country_names[i].code : NULL;
}

/* The Arabic names of Syria's governorates and Iraq's provinces, which
 * GeoNames' admin-1 table gives in English only ("Nineveh"): an Arabic
 * report writes "نينوى", "محافظة صلاح الدين". */
static const struct
{
  const char *country;
  const char *name;     /* GeoNames' admin1 name */
  const char *other;
} admin1_other_names[] = {
  { "IQ", "Al-Qadisiyah", "القادسية" }, { "IQ", "Anbar", "الأنبار" }, { "IQ", "Babil", "بابل" },
  { "IQ", "Baghdad", "بغداد" }, { "IQ", "Basra", "البصرة" }, { "IQ", "Dhi Qar", "ذي قار" },
  { "IQ", "Diyala", "ديالى" }, { "IQ", "Duhok", "دهوك" }, { "IQ", "Erbil", "أربيل" },
  { "IQ", "Karbala", "كربلاء" }, { "IQ", "Kirkuk", "كركوك" }, { "IQ", "Maysan", "ميسان" },
  { "IQ", "Muthanna", "المثنى" }, { "IQ", "Najaf", "النجف" }, { "IQ", "Nineveh", "نينوى" },
  { "IQ", "Salah ad Din", "صلاح الدين" }, { "IQ", "Sulaymaniyah", "السليمانية" }, { "IQ", "Wasit", "واسط" },
  { "SY", "Al-Hasakah", "الحسكة" }, { "SY", "Aleppo", "حلب" }, { "SY", "Damascus Governorate", "دمشق" },
  { "SY", "Daraa", "درعا" }, { "SY", "Deir ez-Zor", "دير الزور" }, { "SY", "Hama", "حماة" },
  { "SY", "Homs", "حمص" }, { "SY", "Idlib", "إدلب" }, { "SY", "Latakia", "اللاذقية" },
  { "SY", "Quneitra", "القنيطرة" }, { "SY", "Raqqa", "الرقة" }, { "SY", "Rif-dimashq", "ريف دمشق" },
  { "SY", "Suwayda", "السويداء" }, { "SY", "Tartus", "طرطوس" },
  /* The English names of provinces, as Western reports and the UN write
   * them (UNAMI's "Ninewa"), where GeoNames' admin-1 name differs. */
  { "IQ", "Salah ad Din", "Saladin" }, { "IQ", "Nineveh", "Ninewa" }, { "IQ", "Nineveh", "Ninawa" },
  { "IQ", "Nineveh", "Nainawa" }, { "IQ", "Nineveh", "Neinawa" }, { "IQ", "Diyala", "Diala" },
  { "IQ", "Maysan", "Missan" }, { "IQ", "Dhi Qar", "Thi Qar" }, { "IQ", "Babil", "Babylon" },
  { "IQ", "Al-Qadisiyah", "Qadisiya" }, { "IQ", "Al-Qadisiyah", "Diwaniyah" },
};

gboolean
_sitrep_gazetteer_admin1_other_name (guint        i,
                                     const char **country,
                                     const char **admin1,
                                     const char **other)
{
  if (i >= G_N_ELEMENTS (admin1_other_names))
    return FALSE;
  *country = admin1_other_names[i].country;
  *admin1 = admin1_other_names[i].name;
  *other = admin1_other_names[i].other;
  return TRUE;
}

/* admin-1 name → its other names' keys, each folded as a context folds a
 * run of words, in a GArray ended by one with no key. */
static gpointer
build_admin1_other_keys (gpointer data)
{
  GHashTable *by_admin1 = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint m = 0; m < G_N_ELEMENTS (admin1_other_names); m++)
    {
      GArray *keys = g_hash_table_lookup (by_admin1, admin1_other_names[m].name);
      /* Kept for the process's life, as the table is. */
      char *key = sitrep_normalize_name (admin1_other_names[m].other);

      if (keys == NULL)
        {
          keys = g_array_new (TRUE, TRUE, sizeof (GazetteerOtherKey));
          g_hash_table_insert (by_admin1, (gpointer) admin1_other_names[m].name, keys);
        }
      g_array_append_val (keys, ((GazetteerOtherKey) { g_str_hash (key), key }));
    }
  return by_admin1;
}

const GazetteerOtherKey *
_sitrep_gazetteer_admin1_other_keys (const char *admin1)
{
  static GOnce once = G_ONCE_INIT;
  GArray *keys = g_hash_table_lookup (g_once (&once, build_admin1_other_keys, NULL), admin1);

  return keys != NULL ? (const GazetteerOtherKey *) keys->data : NULL;
}

/* country code → the keys of the names of every entry of country_names
 * with that code (sitrep_normalize_name () of each, and its g_str_hash ()),
 * in their order, in a GArray ended by one with no key. */
static gpointer
build_country_keys (gpointer data)
{
  GHashTable *by_code = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (country_names); i++)
    {
      g_auto(GStrv) names = g_strsplit (country_names[i].names, "|", 0);
      GArray *keys = g_hash_table_lookup (by_code, country_names[i].code);

      if (keys == NULL)
        {
          keys = g_array_new (TRUE, TRUE, sizeof (GazetteerOtherKey));
          g_hash_table_insert (by_code, (gpointer) country_names[i].code, keys);
        }
      for (guint j = 0; names[j] != NULL; j++)
        {
          /* Kept for the process's life, as the table is. */
          char *key = sitrep_normalize_name (names[j]);

          if (*key != '\0')
            g_array_append_val (keys, ((GazetteerOtherKey) { g_str_hash (key), key }));
          else
            g_free (key);
        }
    }
  return by_code;
}

const GazetteerOtherKey *
_sitrep_gazetteer_country_keys (const char *code)
{
  static GOnce once = G_ONCE_INIT;
  GArray *keys = g_hash_table_lookup (g_once (&once, build_country_keys, NULL), code);

  return keys != NULL ? (const GazetteerOtherKey *) keys->data : NULL;
}

/* test-normalize.c — which spellings of a name meet, and which must not
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-normalize.h"

static const char * const must_match[][2] = {
  { "Jasim", "Jassim" },
  { "Daraa", "Deraa" },
  { "Daraa", "Dar'a" },
  { "Dar‘a", "Deraa" },
  { "Deir ez-Zor", "Deir Ezzor" },
  { "Deir ez-Zor", "Dayr az Zawr" },
  { "Deir Ezzor", "Dayr az-Zawr" },
  { "Fatemiyoun", "Fatemiyun" },
  { "Raqqa", "Raqa" },
  { "Raqqa", "ar-Raqqah" },
  { "al-Sukhnah", "As Sukhnah" },
  { "Al-Mayadin", "Mayadin" },
  { "al-Bab", "Al Bab" },
  { "Sabbourah", "as-Sabboura" },
  { "Qamishli", "Kamishli" },
  { "Abu Kamal", "Abu Kemal" },
  { "Ḥamāh", "Hamah" },
  { "HAMA", "hama" },
  { "Idlib", "Edlib" },
  { "Manbij", "Menbij" },
  { "Tal Abyad", "Tell Abyad" },
  { "درعا", "درعا" },
  { "الرقة", "رقه" },
  { "دير الزور", "دير الزّور" },
  { "Abu Muhannad al-Lubnani", "Abu Muhannad Al Lubnani" },
  { "Yegorov", "Yegorov" },
};

static const char * const must_not_match[][2] = {
  { "Hama", "Homs" },
  { "Idlib", "Iblin" },
  { "Tal Abyad", "Tal Tamr" },
  { "Daraa", "Deir ez-Zor" },
  { "Jasim", "Jisr" },
  { "Raqqa", "Rastan" },
  { "Aleppo", "Afrin" },
  { "Damascus", "Daraa" },
  { "Homs", "Hums Tower" },
  { "Baghuz", "Baghdad" },
  { "درعا", "دمشق" },
  { "", "" },
};

static void
test_must_match (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (must_match); i++)
    {
      g_autofree char *a = sitrep_normalize_name (must_match[i][0]);
      g_autofree char *b = sitrep_normalize_name (must_match[i][1]);

      g_test_message ("%s → %s | %s → %s", must_match[i][0], a, must_match[i][1], b);
      g_assert_cmpstr (a, ==, b);
      g_assert_true (sitrep_names_match (must_match[i][0], must_match[i][1]));
    }
}

static void
test_must_not_match (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (must_not_match); i++)
    {
      g_autofree char *a = sitrep_normalize_name (must_not_match[i][0]);
      g_autofree char *b = sitrep_normalize_name (must_not_match[i][1]);

      g_test_message ("%s → %s | %s → %s", must_not_match[i][0], a, must_not_match[i][1], b);
      g_assert_false (sitrep_names_match (must_not_match[i][0], must_not_match[i][1]));
    }
}

static void
test_bad_input (void)
{
  g_autofree char *invalid = sitrep_normalize_name ("\xff\xfe broken");
  g_autofree char *punct = sitrep_normalize_name ("-- ' ’ --");
  g_autofree char *article = sitrep_normalize_name ("al");

  g_assert_cmpstr (invalid, ==, "");
  g_assert_cmpstr (punct, ==, "");
  g_assert_cmpstr (article, ==, "al");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/normalize/must-match", test_must_match);
  g_test_add_func ("/sitrep/normalize/must-not-match", test_must_not_match);
  g_test_add_func ("/sitrep/normalize/bad-input", test_bad_input);

  return g_test_run ();
}

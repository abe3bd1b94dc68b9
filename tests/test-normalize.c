/* test-normalize.c — which spellings of a name meet, and which must not
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-normalize.h"
#include "sitrep-coding-private.h"

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

/* Governorates and provinces as UCDP GED writes them, and as GeoNames does. */
static const char * const regions_match[][2] = {
  { "Nīnawá province", "Nineveh" },
  { "Dayr az Zawr governorate", "Deir ez-Zor" },
  { "Deir ez Zor governorate", "Deir ez-Zor" },
  { "Muhafazat Dayr az Zawr", "Deir ez-Zor" },
  { "Şalāḩ ad Dīn province", "Salah ad Din" },
  { "Salahuddin", "Salah ad Din" },
  { "Al Anbār province", "Anbar" },
  { "Diyālá province", "Diyala" },
  { "Kirkūk province", "Kirkuk" },
  { "Arbīl province", "Erbil" },
  { "Hamah governorate", "Hama" },
  { "Ar Raqqah governorate", "Raqqa" },
  { "Rif Dimashq governorate", "Rif-dimashq" },
  { "Damascus governorate", "Damascus Governorate" },
  { "Baalbek-Hermel province", "Baalbek-Hermel Governorate" },
  { "Diyarbakır province", "Diyarbakır Province" },
  { "Hakkari province", "Hakkâri" },
  { "Qaḑā’ Tall ‘Afar", "Tall ‘Afar" },
  { "Mintaqat Markaz Homs district", "Homs" },
  { "محافظة دير الزور", "دير الزور" },
};

static const char * const regions_differ[][2] = {
  { "Hamah governorate", "Homs" },
  { "Homs governorate", "Hama" },
  { "Idlib governorate", "Iblin" },
  { "Kirkūk province", "Karbala" },
  { "Daraa governorate", "Deir ez-Zor" },
  { "Al Anbār province", "Babil" },
  /* A renamed province is not a spelling. */
  { "At Ta’mīm", "Kirkuk" },
  { "province", "governorate" },
  { "", "" },
};

static void
test_region_names (void)
{
  g_autofree char *ninawa = sitrep_normalize_region_name ("Nīnawá province");
  g_autofree char *ninawa_bare = sitrep_normalize_name ("Nīnawá");
  g_autofree char *qada = sitrep_normalize_region_name ("Qaḑā’ al Mawşil");
  g_autofree char *mosul = sitrep_normalize_name ("Al Mawsil");
  g_autofree char *generic = sitrep_normalize_region_name ("Province");
  g_autofree char *province = sitrep_normalize_name ("province");

  g_assert_cmpstr (ninawa, ==, ninawa_bare);
  g_assert_cmpstr (qada, ==, mosul);
  /* Nothing but a generic word: it stays rather than vanish. */
  g_assert_cmpstr (generic, ==, province);

  for (guint i = 0; i < G_N_ELEMENTS (regions_match); i++)
    {
      g_autofree char *a = sitrep_normalize_region_name (regions_match[i][0]);
      g_autofree char *b = sitrep_normalize_region_name (regions_match[i][1]);

      g_test_message ("%s → %s | %s → %s", regions_match[i][0], a, regions_match[i][1], b);
      g_assert_true (sitrep_region_names_match (regions_match[i][0], regions_match[i][1]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (regions_differ); i++)
    {
      g_autofree char *a = sitrep_normalize_region_name (regions_differ[i][0]);
      g_autofree char *b = sitrep_normalize_region_name (regions_differ[i][1]);

      g_test_message ("%s → %s | %s → %s", regions_differ[i][0], a, regions_differ[i][1], b);
      g_assert_false (sitrep_region_names_match (regions_differ[i][0], regions_differ[i][1]));
    }
}

static void
test_key_distance (void)
{
  g_assert_cmpuint (sitrep_normalize_key_distance ("kitten", "sitting"), ==, 3);
  g_assert_cmpuint (sitrep_normalize_key_distance ("", "abc"), ==, 3);
  g_assert_cmpuint (sitrep_normalize_key_distance ("abc", "abc"), ==, 0);
  /* A letter is one character, whatever its bytes. */
  g_assert_cmpuint (sitrep_normalize_key_distance ("درعا", "دعا"), ==, 1);

  g_assert_true (sitrep_normalize_keys_close ("nanawa", "nanava"));
  g_assert_true (sitrep_normalize_keys_close ("salahadan", "sala dan"));
  /* Short keys one letter apart are other names. */
  g_assert_false (sitrep_normalize_keys_close ("hama", "hams"));
  g_assert_false (sitrep_normalize_keys_close ("adlab", "ablan"));
  g_assert_false (sitrep_normalize_keys_close ("", ""));
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

/*
 * A name in ASCII alone takes a path of its own (no NFKD, one buffer); it must
 * give the key the general path gives. A combining mark at the end of a name
 * is dropped by the key but sends it down the general path.
 */
static void
assert_ascii_as_general (const char *name)
{
  g_autofree char *marked = g_strconcat (name, "\xcc\x81", NULL); /* U+0301 */
  g_autofree char *fast = sitrep_normalize_name (name);
  g_autofree char *general = sitrep_normalize_name (marked);

  if (g_strcmp0 (fast, general) != 0)
    g_test_message ("\"%s\": \"%s\", by the general path \"%s\"", name, fast, general);
  g_assert_cmpstr (fast, ==, general);
}

static void
test_ascii_path (void)
{
  static const char * const names[] = {
    "", " ", "-", "'", "al", "Al-", "al-Bab", "AL BAB", "Ezzor", "Deir ez-Zor", "Dar'a", "Dar`a",
    "Raqqah", "ar-Raqqah", "Dhiban", "Phosphate", "Qamishli", "Rockets", "assukhnah", "Fatemiyoun",
    "Dayr az Zawr", "Tal Abyad 2", "km 14", "the 5th brigade", "al al al", "Abu-Kamal/Hajin",
    "a", "ah", "aah", "hh", "Yarmouk", "Wadi", "QQ", "ckck", "dhdh", "\tTab\nNew\x01line",
  };
  GRand *rand = g_rand_new_with_seed (11);
  const char alphabet[] = "aeiouywhdpqckstrzlnbmfgADQHEY '`-.0123456789";
  g_autoptr(GString) long_name = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    assert_ascii_as_general (names[i]);

  /* Longer than the path's buffer on the stack. */
  while (long_name->len < 2000)
    g_string_append (long_name, "Deir ez-Zor al Raqqah ");
  assert_ascii_as_general (long_name->str);

  for (guint n = 0; n < 20000; n++)
    {
      char name[24];
      guint len = g_rand_int_range (rand, 0, sizeof name);

      for (guint i = 0; i < len; i++)
        name[i] = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
      name[len] = '\0';
      assert_ascii_as_general (name);
    }
  g_rand_free (rand);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/normalize/must-match", test_must_match);
  g_test_add_func ("/sitrep/normalize/must-not-match", test_must_not_match);
  g_test_add_func ("/sitrep/normalize/region-names", test_region_names);
  g_test_add_func ("/sitrep/normalize/key-distance", test_key_distance);
  g_test_add_func ("/sitrep/normalize/bad-input", test_bad_input);
  g_test_add_func ("/sitrep/normalize/ascii-path", test_ascii_path);

  return g_test_run ();
}

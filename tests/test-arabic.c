/* test-arabic.c — Arabic text in core: figures in Arabic-Indic digits and
 * words, names under tatweel and diacritics, the fixtures' own reports
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-figures.h"
#include "sitrep-test-util.h"
#include "sitrep-normalize.h"

static const SitrepTestFigureCase figure_cases[] = {
  /* Arabic-Indic digits (U+0660…), as Arabic outlets print them */
  { "قُتل ٣٥ مدنياً", 35, "exact", 35, 35 },
  { "أصيب أكثر من ٢٠ آخرين", 20, "more_than", 20, 20 },
  { "ما لا يقل عن ١٢ عنصراً", 12, "at_least", 12, 12 },
  { "نحو ٣٠ مقاتلاً", 30, "about", 30, 30 },
  { "سقط ١٬٣٠٠ قتيل", 1300, "exact", 1300, 1300 },
  /* Eastern Arabic-Indic digits (U+06F0…), as Persian and Urdu print them */
  { "۴۵ کشته", 45, "exact", 45, 45 },
  /* Latin digits inside Arabic */
  { "قتل 12 شخصاً", 12, "exact", 12, 12 },
  /* Tatweel stretches a word without changing it */
  { "أكـثـر من ٢٧ جريحاً", 27, "more_than", 27, 27 },
  { "على الأقـل ٩ قتلى", 9, "at_least", 9, 9 },
  /* Diacritics on the qualifier */
  { "أَكْثَرُ مِنْ ٤٠ جريحاً", 40, "more_than", 40, 40 },
};

static void
test_figures (void)
{
  sitrep_test_assert_figures (figure_cases, G_N_ELEMENTS (figure_cases));
}

static const char * const same_names[][2] = {
  { "جـاسـم", "جاسم" },            /* tatweel */
  { "جَاسِم", "جاسم" },             /* diacritics */
  { "الـرقّـة", "الرقة" },          /* both, and the article */
  { "إدلب", "ادلب" },              /* hamza under alif */
  { "دير الزُّور", "دير الزور" },
  { "تل الجـمـوع", "تل الجموع" },
  { "درعا البلد", "درعـا البلد" },
};

static const char * const different_names[][2] = {
  { "جاسم", "جاسمي" },
  { "حماة", "حمص" },
  { "درعا", "دوما" },
};

static void
test_names (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (same_names); i++)
    {
      g_test_message ("%s = %s", same_names[i][0], same_names[i][1]);
      g_assert_true (sitrep_names_match (same_names[i][0], same_names[i][1]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (different_names); i++)
    {
      g_test_message ("%s ≠ %s", different_names[i][0], different_names[i][1]);
      g_assert_false (sitrep_names_match (different_names[i][0], different_names[i][1]));
    }
  /* No tatweel or mark survives in a key. */
  {
    g_autofree char *key = sitrep_normalize_name ("جَـاسِـمٌ");

    g_assert_null (strstr (key, "\xd9\x80"));
    g_assert_cmpstr (key, ==, "جاسم");
  }
}

/* The reports in tests/data: every figure sentence reads as the coder would code it. */
static void
test_fixture_figures (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "arabic-daraa.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char *p;
  SitrepFigure f;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (text, -1, NULL));

  p = strstr (text, "قُتل");
  g_assert_nonnull (p);
  g_assert_true (sitrep_figure_parse (p, &f));
  g_assert_cmpint (f.count, ==, 35);
  p = strstr (text, "أكثر من");
  g_assert_nonnull (p);
  g_assert_true (sitrep_figure_parse (p, &f));
  g_assert_cmpint (f.count, ==, 20);
  g_assert_cmpint (f.qualifier, ==, SITREP_QUALIFIER_MORE_THAN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/arabic/figures", test_figures);
  g_test_add_func ("/arabic/names", test_names);
  g_test_add_func ("/arabic/fixture-figures", test_fixture_figures);

  return g_test_run ();
}

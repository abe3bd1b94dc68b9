/* test-figures.c — casualty figures read from phrases
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-figures.h"
#include "sitrep-test-util.h"

static const SitrepTestFigureCase cases[] = {
  { "At least 20 terrorists", 20, "at_least", 20, 20 },
  { "claimed the lives of 18 soldiers", 18, "exact", 18, 18 },
  { "more than 20 others", 20, "more_than", 20, 20 },
  { "over 27 others", 27, "more_than", 27, 27 },
  { "eleven", 11, "exact", 11, 11 },
  { "The last eleven just a few hours ago", 11, "exact", 11, 11 },
  { "٢٠ قتيلا", 20, "exact", 20, 20 },
  { "أكثر من ٢٧ جريحا", 27, "more_than", 27, 27 },
  { "dozens of fighters", 12, "at_least", 12, 12 },
  { "tens of civilians", 10, "at_least", 10, 10 },
  { "hundreds", 100, "at_least", 100, 100 },
  { "a few hundred", 100, "at_least", 100, 100 },
  { "a few hundreds of ISIS members", 100, "at_least", 100, 100 },
  { "twenty-one people", 21, "exact", 21, 21 },
  { "two hundred and thirty", 230, "exact", 230, 230 },
  { "more than 1,300 regime fighters", 1300, "more_than", 1300, 1300 },
  { "between 10 and 15 killed", 10, "range", 10, 15 },
  { "10-15 dead", 10, "range", 10, 15 },
  { "up to 40 wounded", 40, "up_to", 40, 40 },
  { "about 150 villages", 150, "about", 150, 150 },
  { "a dozen soldiers", 12, "exact", 12, 12 },
  { "two other Russian service members", 2, "exact", 2, 2 },
  { "no fewer than 9", 9, "at_least", 9, 9 },
  /* Texts of hyphens, digits and ASCII words are cut from one block
   * (sitrep-figures.c): a row of hyphens takes twice their bytes. */
  { "-----------7", 7, "exact", 7, 7 },
  { "17\xe2\x80\x93" "20 KILLED", 17, "range", 17, 20 },
  { "ELEVEN Soldiers", 11, "exact", 11, 11 },
  { "\xd9\xa1\xd9\xac\xd9\xa3\xd9\xa0\xd9\xa0 killed", 1300, "exact", 1300, 1300 },
  { "Some 4 of the Fighters", 4, "about", 4, 4 },
};

static void
test_table (void)
{
  sitrep_test_assert_figures (cases, G_N_ELEMENTS (cases));
}

static void
test_no_figure (void)
{
  /* "twentyé" is no "twenty": a word read as ASCII goes on past its ASCII letters. */
  const char *none[] = { "", "killed", "a soldier was wounded", "\xff\xfe", "the organizer", "twenty\xc3\xa9 killed" };
  SitrepFigure f;

  for (guint i = 0; i < G_N_ELEMENTS (none); i++)
    {
      if (g_utf8_validate (none[i], -1, NULL))
        g_test_message ("%s", none[i]);
      g_assert_false (sitrep_figure_parse (none[i], &f));
    }
  g_assert_false (sitrep_figure_parse (NULL, &f));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/figures/table", test_table);
  g_test_add_func ("/sitrep/figures/no-figure", test_no_figure);

  return g_test_run ();
}

/* sitrep-figures.h — casualty figures read from the words that state them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SITREP_QUALIFIER_EXACT,
  SITREP_QUALIFIER_AT_LEAST,
  SITREP_QUALIFIER_MORE_THAN,
  SITREP_QUALIFIER_UP_TO,
  SITREP_QUALIFIER_ABOUT,
  SITREP_QUALIFIER_RANGE,
} SitrepQualifier;

/* No casualty figure is larger; bigger numbers are not read as figures. */
#define SITREP_FIGURE_MAX G_GINT64_CONSTANT (1000000000)

typedef struct
{
  gint64          count;     /* the figure as ACLED would code it (low end of a range) */
  gint64          low;
  gint64          high;      /* = low unless a range */
  SitrepQualifier qualifier;
} SitrepFigure;

/* Reads the first casualty figure in @text ("At least 20 terrorists",
 * "claimed the lives of 18 soldiers", "over 27 others", "eleven",
 * "٢٠", "dozens" → 12, "a few hundred" → 100, "between 10 and 15").
 * Returns FALSE when the text states no number. */
gboolean     sitrep_figure_parse               (const char      *text,
                                                SitrepFigure    *figure);
/* TRUE when 0 ≤ low ≤ count ≤ high ≤ SITREP_FIGURE_MAX and the qualifier is
 * one of the enum's. */
gboolean     sitrep_figure_is_valid            (const SitrepFigure *figure);
const char  *sitrep_qualifier_to_string        (SitrepQualifier  qualifier);
gboolean     sitrep_qualifier_from_string      (const char      *str,
                                                SitrepQualifier *qualifier);

G_END_DECLS

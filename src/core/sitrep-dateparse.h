/* sitrep-dateparse.h — reading dates written in words or numbers
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "sitrep-types.h"

G_BEGIN_DECLS

/* A date found in text. Fields not stated are 0; a year is never guessed,
 * so a day and month without a year has precision UNKNOWN. */
typedef struct
{
  int                  year;
  int                  month;
  int                  day;
  SitrepDatePrecision  precision;
  gsize                start;     /* byte offsets of the words that say it */
  gsize                end;
} SitrepDateMatch;

/* Parses @text that states one date and nothing else of substance
 * ("Tuesday 25 August 2020", "Published: Aug 25, 2020 10:00 GMT",
 * "2020-08-25T10:00:00+03:00", "August 2020", "2020", "19 October").
 * On success sets @iso ("2020-08-25", "2020-08", "2020", or NULL when the
 * year is unknown), @precision and @note (the words found when the year is
 * unknown, else NULL). Each out argument may be NULL. ISO 8601 times keep the
 * date as written in their own offset. Numeric day/month orders that could be
 * read two ways ("10/11/2022") are not dates. */
gboolean  sitrep_date_parse          (const char           *text,
                                      char                **iso,
                                      SitrepDatePrecision  *precision,
                                      char                **note);

/* Finds the first date in running text: a day with month (and year, when
 * stated), a month with year, or an ISO date. A year alone is not taken.
 * @len may be -1 for a nul-terminated string. */
gboolean  sitrep_date_find           (const char           *text,
                                      gssize                len,
                                      SitrepDateMatch      *match);

/* "2020-08-25", "2020-08", "2020", or NULL when the year is unknown. */
char     *sitrep_date_match_to_iso   (const SitrepDateMatch *match);
/* "19 October (year unknown)" for a date without year, else NULL. */
char     *sitrep_date_match_to_note  (const SitrepDateMatch *match);

/* 1–12 for an English month name or abbreviation, or an Arabic month name;
 * 0 otherwise. Case-insensitive. */
int       sitrep_date_month_from_name (const char          *word);

G_END_DECLS

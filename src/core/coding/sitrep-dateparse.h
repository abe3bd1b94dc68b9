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

/* Reads a date from the path of a web address, the way news sites file
 * their pages: "…/2016/12/264967.htm" gives 2016-12 (MONTH),
 * "…/2016/12/05/slug" gives 2016-12-05 (DAY). The year must be 1990 to this
 * year, the month 1–12 and the day one the month has; the host and the query
 * are not read. Sets @iso and @precision (either may be NULL); FALSE when
 * the address holds no such date. */
gboolean  sitrep_date_parse_url      (const char           *url,
                                      char                **iso,
                                      SitrepDatePrecision  *precision);

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

/* How much a date span pins down once resolved against the publication date. */
typedef enum
{
  SITREP_SPAN_PRECISION_UNKNOWN = 0,
  SITREP_SPAN_PRECISION_DAY,
  SITREP_SPAN_PRECISION_WEEK,
  SITREP_SPAN_PRECISION_MONTH,
  SITREP_SPAN_PRECISION_YEAR,
  SITREP_SPAN_PRECISION_RANGE,
} SitrepSpanPrecision;

/* A date span read against its article's publication date.
 *
 * @start and @end are ISO 8601 as precise as @precision: "2022-10-14" (day,
 * week, range), "2022-10" (month), "2022" (year). When the year is unknown
 * they take the year-less ISO form "--10-14" or "--10" and @year_unknown is
 * set; when nothing can be placed they are NULL and @precision is UNKNOWN.
 * @end equals @start unless the span covers several days; it is NULL when
 * @open_end ("since March 2019" has a start only). */
typedef struct
{
  char                *start;
  char                *end;
  SitrepSpanPrecision  precision;
  gboolean             year_unknown;
  gboolean             open_end;
  char                *explanation;  /* "the Saturday before 19 October 2022", translated */
  char                *text;         /* the span's words as given */
} SitrepResolvedDate;

void        sitrep_resolved_date_clear      (SitrepResolvedDate   *date);
const char *sitrep_span_precision_to_string (SitrepSpanPrecision   precision);
/* The precision sitrep_span_precision_to_string () names @name; UNKNOWN
 * for NULL or a name it does not write. */
SitrepSpanPrecision sitrep_span_precision_from_string (const char *name);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SitrepResolvedDate, sitrep_resolved_date_clear)

/* Reads a date span ("on October 14", "on Saturday", "a week ago", "late
 * August", "between 10 and 12 October", "since March 2019") and places it
 * against @published: an ISO date as precise as @published_precision, or,
 * when that is UNKNOWN, the article's note ("19 October (year unknown)") or
 * NULL. The rules:
 *
 *  - a day and month without a year take the publication year, or the year
 *    before when they would fall more than a month after the publication
 *    date ("October 13" in a January article is last October; "29-30
 *    January" in a report of 24 January is to come); a month, or part of a
 *    month ("late August", "the first week of March", "منتصف حزيران"),
 *    likewise by the day it begins;
 *  - a weekday ("on Saturday") is the most recent such day on or before the
 *    publication date, so the publication day itself when it is that
 *    weekday (ACLED's reading); "last Saturday" is strictly before it;
 *  - "the 13th" is the most recent 13th on or before the publication date;
 *  - "today", "yesterday", "N days ago" count days back; "a week ago" is the
 *    7 days before publication, "N weeks ago" the 7 days ending 7(N-1) days
 *    before it; "last week" is the Monday-to-Sunday week before the
 *    publication week, "this week" its Monday up to publication; "last
 *    month" and "last year" are the calendar month and year before;
 *  - early, mid and late a month are its days 1–10, 11–20 and 21–end; its
 *    first to fourth weeks days 1–7 … 22–28, its last week its last seven
 *    days, its halves 1–15 and 16–end; a part of "this month" or "last
 *    month" ("أواخر الشهر الماضي") is of the month of publication or the one
 *    before; "August and September" is the two months whole;
 *  - with a publication date known only to the month or year, a span that
 *    depends on it becomes the range of every date it could mean;
 *  - with no publication year, the year is never guessed: month and day are
 *    kept where every year would give the same ones, and @year_unknown is set.
 *
 * Returns FALSE when @span_text is not a date this reader understands; @out
 * is then cleared but for its text. Free @out with sitrep_resolved_date_clear (). */
gboolean    sitrep_date_resolve             (const char           *span_text,
                                             const char           *published,
                                             SitrepDatePrecision   published_precision,
                                             SitrepResolvedDate   *out);

/* sitrep_date_resolve() without the explanation (left NULL), which costs
 * more than the rest: for the suggester, which shows none. */
gboolean    _sitrep_date_resolve_unexplained (const char          *span_text,
                                              const char          *published,
                                              SitrepDatePrecision  published_precision,
                                              SitrepResolvedDate  *out);

/* {"date", "date_end" (when it differs from "date"), "precision",
 * "year_unknown", "open_end" (only when set), "text"}: the attributes of a
 * Date span in spans JSONL. */
char       *sitrep_resolved_date_to_attributes_json (const SitrepResolvedDate *date);

G_END_DECLS

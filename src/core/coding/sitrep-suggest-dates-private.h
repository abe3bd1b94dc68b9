/* sitrep-suggest-dates-private.h — what the dates' files share
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "sitrep-suggest-private.h"

G_BEGIN_DECLS

/* The weekdays' names, English and Arabic (sitrep-suggest-dates.c). */
extern const char * const _sitrep_suggest_weekdays[];
/* "early", "mid", "late" … (sitrep-suggest-dates.c). */
extern const char * const _sitrep_suggest_date_parts[];

/* Relative dates ("on Saturday", "last week", "أمس", "the next day") after the
 * absolute ones, run->out[@before …), by their start (sitrep-suggest-dates-relative.c). */
void        _sitrep_suggest_relative_dates (SuggestRun *run,
                                            guint       before);

/* Dates in numbers ("13/05/2024", "5-11-2016", "13.05.2024", "2024/05/13"), proposed to the day
 * (sitrep-suggest-dates-numeric.c). */
void        _sitrep_suggest_numeric_dates (SuggestRun        *run);
/* Whether dateline date @m is a day or two before the publication day (sitrep-suggest-dates-dateline.c). */
gboolean    _sitrep_suggest_written_before_publication (SuggestRun            *run,
                                                        const SitrepDateMatch *m);
/* Whether the date at tokens @first … @last names a place ("حي 17 تموز", "14 July Street")
 * (sitrep-suggest-dates-numeric.c). */
gboolean    _sitrep_suggest_date_names_place (SuggestRun     *run,
                                              guint           first,
                                              guint           last);
/* The year a year of two digits @yy names: on or before the publication's year
 * (sitrep-suggest-dates-numeric.c). */
int         _sitrep_suggest_century_year  (SuggestRun        *run,
                                           int                yy);
/* Proposes the date @read says (NULL: tokens @first … @last's own words) over those tokens,
 * resolved against the publication date (sitrep-suggest-dates.c). */
gboolean    _sitrep_suggest_add_date_read (SuggestRun        *run,
                                           guint              first,
                                           guint              last,
                                           const char        *read);

/* A year-less day read as up to a month after publication, in a sentence of
 * the past (tokens @first … @last): last year's (sitrep-suggest-dates-numeric.c). */
void        _sitrep_suggest_past_day_last_year (SuggestRun         *run,
                                                guint               first,
                                                guint               last,
                                                SitrepResolvedDate *date);

/* Whether the words before byte @at of @text say a date is where something began ("since March 2011")
 * (sitrep-suggest-dates-dateline.c). */
gboolean    _sitrep_suggest_date_is_a_start (const char        *text,
                                             gsize              at);
/* Whether the first line of @text opens with a dateline dated to the day, read into @m
 * (sitrep-suggest-dates-dateline.c). */
gboolean    _sitrep_suggest_dateline_date (const char        *text,
                                           SitrepDateMatch   *m);
/* Marks the run's dates from run->out[@from] on that are a dateline's (sitrep-suggest-dates-dateline.c). */
void        _sitrep_suggest_mark_datelines (SuggestRun        *run,
                                            guint              from);
/* Marks the run's dates from run->out[@from] on (those written with numbers up to @numbered, then the
 * relative ones, each run by its start) that are the day something was said or a wounded man died
 * (sitrep-suggest-dates-dateline.c). */
void        _sitrep_suggest_mark_said_days (SuggestRun        *run,
                                            guint              from,
                                            guint              numbered);
/* Drops the figures before run->out[@before] that lie inside the words of a date of run->out[@before …
 * @numbered) or [@numbered …) (each sorted by start): its day, no count (sitrep-suggest-dates-dateline.c). */
void        _sitrep_suggest_drop_counts_in_dates (SuggestRun  *run,
                                                  guint        before,
                                                  guint        numbered);
/* The date a report without a publication date gives itself: its title's or its dateline's
 * (sitrep-suggest-dates-dateline.c). */
void        _sitrep_suggest_find_own_date (SuggestRun        *run);

G_END_DECLS

/* sitrep-story-card-private.h — what the incident cards share with the story handout; not for use outside them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "sitrep-story-export.h"

G_BEGIN_DECLS

/* The date of an extent of Julian days at a date precision, for people:
 * "3 March 2022", "1–3 March 2022", "March 2022 (the month only)" … */
char *_sitrep_story_format_extent (guint32 first,
                                   guint32 last,
                                   int     precision);

/* How many degrees of longitude a step's map of @card shows (the handout's
 * and test-stories' hook): wider the vaguer its place. */
double _sitrep_story_map_span (const SitrepStoryCard *card);

/* How many texts the pages drawn on this thread cut short with "…" since the
 * last call (test-stories' hook). */
guint _sitrep_story_texts_cut (void);
/* The area, in square points, of the place names on the maps drawn since the
 * last call that the steps' numbers cover (0: every number clear of them);
 * resets it. For tests. */
double _sitrep_story_numbers_over_names (void);

/* sitrep-story-map-marks.c: a handout map's window of @w × @h points,
 * (@cx, @cy) its centre and @mw its width in Mercator units: the point of
 * (@lat, @lon) in it, and its bounds in degrees (west, south, east, north). */
void    _sitrep_story_to_view          (double          cx,
                                        double          cy,
                                        double          mw,
                                        double          w,
                                        double          h,
                                        double          lat,
                                        double          lon,
                                        double         *x,
                                        double         *y);
void    _sitrep_story_window_bounds    (double          cx,
                                        double          cy,
                                        double          mw,
                                        double          w,
                                        double          h,
                                        double         *b);
/* The numbers of the steps drawn at (@xs[@i], @ys[@i]) and not labelled yet
 * ("5, 8"), marking them labelled; NULL when step @i was labelled already. */
char   *_sitrep_story_numbers_at       (const double   *xs,
                                        const double   *ys,
                                        const gboolean *shown,
                                        gboolean       *labelled,
                                        guint           n,
                                        guint           i);
/* What a number's @box would cover: the place names (@names, boxes of 4
 * doubles), the boxes @taken, and (heavily) what lies off the @w × @h map. */
double  _sitrep_story_cover            (const double   *box,
                                        GArray         *names,
                                        GArray         *taken,
                                        double          w,
                                        double          h);
/* Counts the area of @names that a number written in @box covers (see
 * _sitrep_story_numbers_over_names ()). */
void    _sitrep_story_count_over_names (const double   *box,
                                        GArray         *names);

G_END_DECLS

/* sitrep-cleanup.h — finding the article in a plain-text web capture
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "sitrep-types.h"

G_BEGIN_DECLS

/* What clean-up found in a capture. Strings are NULL when not found. */
typedef struct
{
  char                *title;
  char                *body;                /* paragraphs joined by "\n\n" */
  char                *source;              /* "Source: X" trailer or masthead */
  char                *author;              /* a byline that names a person */
  char                *published;           /* ISO date as precise as stated */
  SitrepDatePrecision  published_precision;
  char                *published_note;      /* words found when the year is unknown */
} SitrepCleanup;

/* Finds the main text of a capture (text with "\n" line ends) and its
 * title, source, byline and dateline, leaving page noise out of the body:
 * navigation, donation bars, calls to action, comment sections, blog
 * trailers. Kept lines are not changed, but for the line breaks that only
 * wrap a paragraph (hard-wrapped text: "had been" / "killed"), which
 * become spaces: one paragraph, as the suggester reads it and the reader
 * flows it. @known_title (may be NULL) is a
 * title already known from metadata: its repeats are left out of the body.
 * Runs in time linear in the length of @text. */
SitrepCleanup *sitrep_cleanup_capture           (const char    *text,
                                                 const char    *known_title);
void           sitrep_cleanup_free              (SitrepCleanup *cleanup);

/* Light clean-up for text that came as a field (CSV, JSONL): line ends
 * made "\n" and blank space around the whole text removed; nothing else
 * changes. */
char          *sitrep_cleanup_light             (const char    *text);

/* Whether field text looks like a raw web capture (many short navigation
 * or comment lines around the prose) rather than an article body. */
gboolean       sitrep_cleanup_looks_like_capture (const char   *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepCleanup, sitrep_cleanup_free)

G_END_DECLS

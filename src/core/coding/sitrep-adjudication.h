/* sitrep-adjudication.h — from several coders' spans to one adjudicated (gold) layer
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

/* The annotator whose spans are the adjudicated layer; export it like any
 * coder's (--annotator adjudicated). */
#define SITREP_ADJUDICATED_ANNOTATOR "adjudicated"

/* One coder's version of a disputed stretch of text. */
typedef struct
{
  char   *annotator;
  gint64  annotation_id;
  guint   start;
  guint   end;
  char   *label;
  char   *text;
} SitrepVersion;

/* Spans that overlap but are not the same for every coder (or that some
 * coder did not make), with each coder's version. */
typedef struct
{
  guint      start;
  guint      end;
  GPtrArray *versions;   /* SitrepVersion*, by coder then start */
  GStrv      missing;    /* the coders who made no span here */
} SitrepDisagreement;

typedef struct
{
  gint64     article_id;
  guint      agreed_added;     /* spans every coder made alike, now in the adjudicated layer */
  guint      agreed_present;   /* … that were there already */
  GPtrArray *disagreements;    /* SitrepDisagreement*, by position; those the layer has decided
                                * and those rejected before left out */
} SitrepAdjudication;

void                sitrep_adjudication_free   (SitrepAdjudication *adjudication);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepAdjudication, sitrep_adjudication_free)

/* Starts (or resumes) adjudicating @article between @coders (NULL: every
 * annotator but the adjudicated layer): the spans all of them made alike
 * (start, end, label) go into the adjudicated layer at once, as one undo
 * step; the rest come back as disagreements, except where the layer already
 * has a span or the adjudicator rejected every version before. Fails with a message when fewer than two coders annotated
 * the article. */
SitrepAdjudication *sitrep_adjudication_start  (SitrepStore         *store,
                                                gint64               article_id,
                                                const char * const  *coders,
                                                GError             **error);

/* Keeps @version in the adjudicated layer (label, entity and figure as the
 * coder had them); one undo step. Returns the new annotation's id. */
gint64              sitrep_adjudication_keep   (SitrepStore         *store,
                                                const SitrepVersion *version,
                                                GError             **error);

/* Keeps @version with its ends moved to [@start, @end) and its label made
 * @label_id (0: the coder's), entity and figure as the coder had them; one
 * undo step. Fails with a message when the span is empty or outside the text. */
gint64              sitrep_adjudication_keep_edited (SitrepStore         *store,
                                                     const SitrepVersion *version,
                                                     guint                start,
                                                     guint                end,
                                                     gint64               label_id,
                                                     GError             **error);

/* Rejects every version of @disagreement: nothing goes into the adjudicated
 * layer there, and the next adjudication of the article does not ask again.
 * One undo step. */
gboolean            sitrep_adjudication_reject  (SitrepStore               *store,
                                                 gint64                     article_id,
                                                 const SitrepDisagreement  *disagreement,
                                                 GError                   **error);

G_END_DECLS

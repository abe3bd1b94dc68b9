/* sitrep-claims.h — casualty claims and the event figures derived from them (pure functions)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "sitrep-figures.h"

G_BEGIN_DECLS

typedef enum
{
  SITREP_CLAIM_KILLED,
  SITREP_CLAIM_WOUNDED,
  SITREP_CLAIM_CAPTURED,
  SITREP_CLAIM_MISSING,
  SITREP_CLAIM_N_KINDS
} SitrepClaimKind;

typedef enum
{
  SITREP_VICTIM_ACTOR1,
  SITREP_VICTIM_ACTOR2,
  SITREP_VICTIM_CIVILIANS,
  SITREP_VICTIM_UNKNOWN,
  SITREP_VICTIM_N_SIDES
} SitrepVictimSide;

const char *sitrep_claim_kind_to_string    (SitrepClaimKind   kind);
gboolean    sitrep_claim_kind_from_string  (const char       *str,
                                            SitrepClaimKind  *kind);
/* The claim kind a label kind makes: "killed", "wounded", "captured" (→ captured). */
gboolean    sitrep_claim_kind_from_label_kind (const char    *label_kind,
                                               SitrepClaimKind *kind);
const char *sitrep_victim_side_to_string   (SitrepVictimSide  side);
gboolean    sitrep_victim_side_from_string (const char       *str,
                                            SitrepVictimSide *side);

/* One claim as the derivation sees it. @source names who says it: claims
 * with the same source are one report (see sitrep_claims_derive). */
typedef struct
{
  SitrepClaimKind   kind;
  SitrepQualifier   qualifier;
  gint64            low;
  gint64            high;     /* >= low */
  SitrepVictimSide  victim_side;
  const char       *source;   /* e.g. "claimant:12", "article:3"; NULL: entered by hand */
  const char       *source_label; /* shown in the explanation ("SOHR", "Al-Masdar"); may be NULL */
} SitrepClaimFigure;

#define SITREP_FIGURE_NONE (-1)

typedef struct
{
  gint64     fatalities;             /* ACLED: the lowest killed total of any source; NONE without killed claims */
  gint64     low;                    /* UCDP low / best / high of the killed; NONE without killed claims */
  gint64     best;
  gint64     high;
  gint64     deaths[SITREP_VICTIM_N_SIDES]; /* the best source's killed by victim side (UCDP deaths_a/b/civilians/unknown) */
  gint64     wounded;                /* lowest wounded total of any source, or NONE */
  guint      n_sources;              /* distinct sources of all claims */
  gboolean   disputed;               /* sources give different totals for one kind */
  gboolean   best_overridden;
  gboolean   range_overridden;
  char      *explanation;            /* how each figure was derived, for people */
  /* How the source of @fatalities and of @wounded said it ("more than 20"):
   * its qualifier when that figure is one claim, else EXACT. */
  SitrepQualifier fatalities_qualifier;
  SitrepQualifier wounded_qualifier;
} SitrepDerivedFigures;

void     sitrep_derived_figures_clear (SitrepDerivedFigures     *figures);

/* Derives the event figures from its claims.
 *
 * Per source, claims of one kind about one victim side restate one figure
 * (the largest is kept: "at least 20" then "20" is 20, not 40); claims about
 * different victim sides add up to that source's total.
 *  - fatalities (ACLED): the smallest killed total among sources, counting a
 *    qualified figure as its number ("more than 20" → 20, "dozens" → 12 as
 *    sitrep_figure_parse reads it, a range → its low end);
 *  - low / high (UCDP): the smallest low and the largest high of the totals;
 *  - best (UCDP): the median of the sources' totals, the lower middle one
 *    when there are an even number, so best is always a figure a source gave;
 *  - disputed: two sources give different totals (low or high) for one kind.
 * @best_override >= 0 replaces best (its @override_reason is shown);
 * @low_override / @high_override >= 0 replace low / high. */
void     sitrep_claims_derive         (const SitrepClaimFigure  *claims,
                                       guint                     n_claims,
                                       gint64                    best_override,
                                       const char               *best_reason,
                                       gint64                    low_override,
                                       gint64                    high_override,
                                       const char               *range_reason,
                                       SitrepDerivedFigures     *figures);
/* As sitrep_claims_derive, with @n_reports_without_figures more sources:
 * the reports in the event's evidence that give it no figure (an article
 * cited for the date or the place still reports the event). */
void     sitrep_claims_derive_with_reports (const SitrepClaimFigure *claims,
                                            guint                    n_claims,
                                            guint                    n_reports_without_figures,
                                            gint64                   best_override,
                                            const char              *best_reason,
                                            gint64                   low_override,
                                            gint64                   high_override,
                                            const char              *range_reason,
                                            SitrepDerivedFigures    *figures);

/* How a report is named as the source of what it says, short enough for a
 * line of figures: its outlet ("Reuters"), else its URL's host without
 * "www." ("aljazeera.com"), else its title cut to a few words with its date
 * ("“Convoy ambushed on the desert road…” (2020-10-13)"), else "untitled report".
 * Never the whole title: that is the article's, shown in a tooltip. */
char       *sitrep_report_name (const char *outlet,
                                const char *url,
                                const char *title,
                                const char *published);

G_END_DECLS

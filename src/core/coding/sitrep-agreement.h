/* sitrep-agreement.h — how far annotators agree: span F1, Cohen's κ and Krippendorff's α
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

/* Figures for two annotators over some articles (all of them, one label,
 * or one article). A figure that is undefined on the data (κ when both
 * coders used one tag only, F1 when neither made a span) is NAN. */
typedef struct
{
  double span_f1_exact;     /* spans equal in start, end and label */
  double span_f1_overlap;   /* spans sharing a character and the label */
  double kappa_tokens;      /* Cohen's κ on BIO tags of tokens */
  double alpha_tokens;      /* Krippendorff's α (nominal) on the same tags */
  guint  spans_a;
  guint  spans_b;
  guint  tokens;
} SitrepAgreementFigures;

typedef struct
{
  char                  *label;
  SitrepAgreementFigures figures;
} SitrepAgreementLabel;

typedef struct
{
  gint64                 article_id;
  char                  *title;
  SitrepAgreementFigures figures;
} SitrepAgreementArticle;

typedef struct
{
  char                  *a;
  char                  *b;
  guint                  articles;     /* articles both annotated */
  SitrepAgreementFigures overall;
  GPtrArray             *per_label;    /* SitrepAgreementLabel, by label order */
  GPtrArray             *per_article;  /* SitrepAgreementArticle, most disagreement first */
} SitrepAgreementPair;

typedef struct
{
  GStrv      annotators;
  guint      articles;                 /* articles at least two of them annotated */
  double     alpha_tokens;             /* α over all the annotators at once */
  GPtrArray *pairs;                    /* SitrepAgreementPair */
} SitrepAgreement;

void             sitrep_agreement_free     (SitrepAgreement     *agreement);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepAgreement, sitrep_agreement_free)

/* Agreement between @annotators (NULL: every annotator of the project),
 * over the articles each pair has both annotated (an article counts as
 * annotated by a coder who made at least one span in it). Tokens and BIO
 * tags are those of the CoNLL export (sitrep-tokens.h): where spans nest,
 * the outermost; per label, that label's spans alone. Fails with a message
 * naming an annotator the project does not know. */
SitrepAgreement *sitrep_agreement_compute  (SitrepStore          *store,
                                            const char * const   *annotators,
                                            GCancellable         *cancellable,
                                            GError              **error);

/* The same on a worker thread (@annotators is copied). */
void             sitrep_agreement_compute_async  (SitrepStore          *store,
                                                  const char * const   *annotators,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
SitrepAgreement *sitrep_agreement_compute_finish (SitrepStore          *store,
                                                  GAsyncResult         *result,
                                                  GError              **error);

/* {"annotators", "articles", "alpha_tokens", "pairs": [{"a", "b", "articles",
 *  "span_f1_exact", "span_f1_overlap", "kappa_tokens", "alpha_tokens",
 *  "spans_a", "spans_b", "tokens", "per_label": {LABEL: {the same}},
 *  "per_article": [{"id", "title", the same}]}]}; undefined figures null. */
char            *sitrep_agreement_to_json  (SitrepAgreement      *agreement);

G_END_DECLS

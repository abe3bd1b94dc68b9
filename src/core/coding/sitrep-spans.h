/* sitrep-spans.h — annotations as JSONL, one article a line, both ways
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

/* Writes every article with its spans:
 * {"id", "title", "text", "spans": [{"start", "end", "label", "entity",
 *  "attributes": {...}, "annotator"}]}. Offsets are code points of "text". */
gboolean sitrep_spans_export (SitrepStore    *store,
                              GOutputStream  *out,
                              GCancellable   *cancellable,
                              GError        **error);

/* The same; with @include_suggestions, each article's pending suggestions
 * follow its annotations, marked "status": "suggested" (annotator null). */
gboolean sitrep_spans_export_full (SitrepStore    *store,
                                   GOutputStream  *out,
                                   gboolean        include_suggestions,
                                   GCancellable   *cancellable,
                                   GError        **error);

typedef struct
{
  guint articles_created;
  guint articles_matched;
  guint spans_added;
  guint spans_present;      /* already in the project: not added twice */
  GPtrArray *problems;      /* "line N: reason" for lines or spans skipped */
} SitrepSpansReport;

void     sitrep_spans_report_clear (SitrepSpansReport *report);

/* Reads spans JSONL. A line whose text is not in the project creates the
 * article. Casualty spans without attributes get their figure parsed;
 * Actor/Person/Place spans are linked to a matching entity (or a new one),
 * a new spelling becoming an alias. Bad lines are reported and skipped. */
gboolean sitrep_spans_import (SitrepStore        *store,
                              GInputStream       *in,
                              SitrepSpansReport  *report,
                              GCancellable       *cancellable,
                              GError            **error);

G_END_DECLS

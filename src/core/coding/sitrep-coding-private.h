/* sitrep-coding-private.h — what the coding part offers its own files and the tests only
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-store.h"
#include "sitrep-agreement-events.h"
#include "sitrep-annotation.h"
#include "sitrep-tokens.h"
#include "sitrep-suggest.h"

G_BEGIN_DECLS

gint64 sitrep_annotation_get_annotator_id (SitrepAnnotation *self);

/* Compares @a's and @b's events of @article_id (the events whose evidence
 * or claims come from it). Fails with a message naming a coder the project
 * does not know. */
SitrepEventComparison *sitrep_event_comparison_compute (SitrepStore           *store,
                                                        gint64                 article_id,
                                                        const char            *a,
                                                        const char            *b,
                                                        double                 km,
                                                        GError               **error);

/* Whether two region names match under sitrep_normalize_region_name() and
 * sitrep_normalize_keys_close(): "Nīnawá province" and "Nineveh",
 * "Dayr az Zawr governorate" and "Deir ez-Zor". */
gboolean  sitrep_region_names_match     (const char *a,
                                         const char *b);

/* Number of pending suggestions of @article_id (0 for all articles). */
guint     sitrep_store_count_suggestions  (SitrepStore               *store,
                                           gint64                     article_id,
                                           GError                   **error);

/* The label kind a suggestion of @kind becomes ("missing" → "captured"). */
const char *_sitrep_suggestion_label_kind (SitrepSuggestKind kind);
/* The key a rejection of @text with @kind is kept under: dates and figures
 * as written (lower case), names under every spelling. */
char     *_sitrep_suggestion_key         (SitrepSuggestKind  kind,
                                          const char        *text);

/* The spans that @tags describe (B starts one, I continues one of the same
 * label, anything else ends it), in code points of the tokens' text. */
GArray   *sitrep_tokens_spans_from_tags     (GArray              *tokens,
                                             const guint         *tags);

G_END_DECLS

/* sitrep-tokens.h — the tokenisation shared by CoNLL, WebAnno TSV and token agreement
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A token of an article body. Offsets are Unicode code points of the body,
 * as annotation offsets are; @start16/@end16 are the same in UTF-16 code
 * units (WebAnno TSV counts those); @byte_start/@byte_end index the UTF-8. */
typedef struct
{
  guint start;
  guint end;
  guint start16;
  guint end16;
  gsize byte_start;
  gsize byte_end;
  guint sentence;       /* 0-based: sentences end at . ! ? ؟ and at line breaks */
} SitrepToken;

/* The tokenisation, documented for users of the exports (README):
 * a token is a run of letters, digits and combining marks (so "al-Bab" is
 * three tokens "al", "-", "Bab" and "جاسم" with its diacritics is one); every
 * other character that is not white space is a token of its own. A sentence
 * ends after ".", "!", "?", "؟" or "…" and at every line break. */
GArray   *sitrep_tokenize                   (const char *text);

/* A span for tagging: [start, end) in code points and a label index. */
typedef struct
{
  guint start;
  guint end;
  guint label;
} SitrepTagSpan;

/* Token tags: 0 is O; for label index L, B is 2L+1 and I is 2L+2. */
#define SITREP_TAG_O 0
#define SITREP_TAG_B(label) (2 * (label) + 1)
#define SITREP_TAG_I(label) (2 * (label) + 2)
#define SITREP_TAG_LABEL(tag) (((tag) - 1) / 2)
#define SITREP_TAG_IS_BEGIN(tag) ((tag) % 2 == 1)

/* BIO tags of @tokens for @spans (any order). Where spans nest or overlap,
 * a token takes the outermost span: the one that starts first, and of
 * those the longest — CoNLL cannot say more. A span that covers no whole
 * or partial token is lost. Returns guint tags, one a token. */
GArray   *sitrep_tokens_tag                 (GArray              *tokens,
                                             const SitrepTagSpan *spans,
                                             guint                n_spans);

/* The same for one label only: spans of other labels are ignored, so
 * a nested span of @label is seen even inside a span of another label. */
GArray   *sitrep_tokens_tag_label           (GArray              *tokens,
                                             const SitrepTagSpan *spans,
                                             guint                n_spans,
                                             guint                label);

G_END_DECLS

/* bench-agreement-project.h — generated projects of annotated articles for the datasets benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Makes @path with @n_articles generated articles of about @article_bytes
 * (0: ~3 KB). Each coder in @coders (NULL-terminated) gets @spans_per_article
 * token-aligned spans an article: the first coder's at random, each other
 * coder's a copy of them with known changes (one in ten moved by a token at
 * its end, one in twenty relabelled, one in twenty left out, one in twenty
 * added). Spans go in with plain SQL in one transaction, as a bulk import
 * would; the articles through sitrep_store_add_articles. Returns the
 * number of spans written, 0 on failure (a message on stderr). */
guint bench_agreement_project_build (const char        *path,
                                     guint              n_articles,
                                     gsize              article_bytes,
                                     const char * const *coders,
                                     guint              spans_per_article);

/* Peak resident memory of this process so far, in kB. */
long  bench_agreement_peak_rss_kb   (void);

G_END_DECLS

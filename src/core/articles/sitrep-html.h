/* sitrep-html.h — the article text and metadata of an HTML page
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "sitrep-types.h"

G_BEGIN_DECLS

/* What a page says about itself and its main text. NULL when not found. */
typedef struct
{
  char                *title;
  char                *body;        /* main text, paragraphs joined by "\n\n" */
  char                *url;
  char                *author;
  char                *source;
  char                *published;
  SitrepDatePrecision  published_precision;
  char                *published_note;
  char                *language;
  gboolean             whole_page;  /* no part read as an article: the body is all the page's text */
} SitrepHtml;

/* The charset a page declares in <meta charset> or http-equiv, looked for
 * in its first bytes; NULL when it declares none, or declares one that
 * cannot be true of bytes in which the declaration reads as ASCII (UTF-16,
 * UTF-32). */
char        *sitrep_html_sniff_charset (const guint8 *data,
                                        gsize         len);

/* Whether @text starts like an HTML document. */
gboolean     sitrep_html_looks_like_html (const char *text,
                                          gsize       len);

/* Reads the metadata (Open Graph, article:*, JSON-LD NewsArticle, <title>,
 * <h1>, <time>, canonical link) and the main text of a page given as
 * UTF-8. Navigation, scripts, forms, comment sections and the like are
 * left out; the main container is chosen by text and link density. Never
 * recurses over the document tree, so any nesting depth is safe. */
SitrepHtml  *sitrep_html_extract       (const char   *text,
                                        gsize         len);
void         sitrep_html_free          (SitrepHtml   *html);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepHtml, sitrep_html_free)

G_END_DECLS

/* sitrep-html-private.h — helpers shared by the parts of the HTML extractor
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* The next node in document order under @root; with @descend FALSE the
 * children of @node are passed over. Iterative: no depth limit. */
xmlNode  *_sitrep_html_walk_next   (xmlNode    *node,
                                    xmlNode    *root,
                                    gboolean    descend);
gboolean  _sitrep_html_is_tag      (xmlNode    *node,
                                    const char *name);
char     *_sitrep_html_get_attr    (xmlNode    *node,
                                    const char *name);

/* The main text of the page under @root (the <html> element), paragraphs
 * joined by "\n\n"; repeats of @title (may be NULL) are left out. When no part of the page reads as an article, the
 * readable text of the whole page is returned and *@whole_page is set. */
char     *_sitrep_html_main_text   (xmlNode    *root,
                                    const char *title,
                                    gboolean   *whole_page);

/* A paragraph of @letters letters that is page furniture by its words (a
 * related list's opening, a copyright or citation note, a photo credit,
 * a date-and-byline line, a shortcode). sitrep-html-lines.c */
gboolean  _sitrep_html_is_furniture_line (const char *para,
                                          guint       letters);

/* Whether a line break between two lines (trimmed, not blank) only wraps a
 * sentence: the plain-text clean-up's rule, sitrep-cleanup-units.c. */
gboolean  _sitrep_cleanup_line_wraps (const char *prev,
                                      gsize       prev_len,
                                      const char *next,
                                      gsize       next_len);

G_END_DECLS

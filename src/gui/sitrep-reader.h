/* sitrep-reader.h — the calm reading view of one article, with its metadata header
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_READER (sitrep_reader_get_type ())
G_DECLARE_FINAL_TYPE (SitrepReader, sitrep_reader, SITREP, READER, GtkWidget)

GtkWidget     *sitrep_reader_new                (void);
/* Shows @article (NULL for none) read from @store. The same article again only
 * refreshes the header, keeping the text and where it is scrolled to. */
void           sitrep_reader_set_article        (SitrepReader *self,
                                                 SitrepStore  *store,
                                                 SitrepArticle *article);
SitrepArticle *sitrep_reader_get_article        (SitrepReader *self);
/* Highlights where @search matches the body (NULL or "" for none). */
void           sitrep_reader_set_search         (SitrepReader *self,
                                                 const char   *search);
void           sitrep_reader_set_show_original  (SitrepReader *self,
                                                 gboolean      show_original);
gboolean       sitrep_reader_get_show_original  (SitrepReader *self);
void           sitrep_reader_set_font_scale     (SitrepReader *self,
                                                 double        scale);
double         sitrep_reader_get_font_scale     (SitrepReader *self);
/* Whether the article's metadata and status may be changed here. */
void           sitrep_reader_set_editable       (SitrepReader *self,
                                                 gboolean      editable);

/* For tests and assistive code: what is shown. */
char          *sitrep_reader_dup_text           (SitrepReader *self);
const char    *sitrep_reader_get_title_text     (SitrepReader *self);
const char    *sitrep_reader_get_meta_text      (SitrepReader *self);
guint          sitrep_reader_count_highlights   (SitrepReader *self);
GtkTextView   *sitrep_reader_get_text_view      (SitrepReader *self);

G_END_DECLS

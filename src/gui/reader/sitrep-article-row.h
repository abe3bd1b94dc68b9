/* sitrep-article-row.h — one article in the sidebar list
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-article.h"

G_BEGIN_DECLS

#define SITREP_TYPE_ARTICLE_ROW (sitrep_article_row_get_type ())
G_DECLARE_FINAL_TYPE (SitrepArticleRow, sitrep_article_row, SITREP, ARTICLE_ROW, GtkWidget)

GtkWidget     *sitrep_article_row_new         (void);
SitrepArticle *sitrep_article_row_get_article (SitrepArticleRow *self);
void           sitrep_article_row_set_article (SitrepArticleRow *self,
                                               SitrepArticle    *article);
/* Shows the row's menu (as a right click does) under its middle: the
 * Menu key's and Shift+F10's. */
void           sitrep_article_row_popup_menu  (SitrepArticleRow *self);

/* The publication date as shown: "25 August 2020", "19 October — year unknown". */
char          *sitrep_article_dup_display_date (SitrepArticle  *article);
/* The direction of the first strong character of @text (NEUTRAL when none). */
PangoDirection sitrep_text_find_base_dir      (const char      *text,
                                               gssize           length);
/* Sets a label's direction from its text, so right-to-left titles align right. */
void           sitrep_label_set_text_direction (GtkLabel        *label,
                                                const char      *text);

G_END_DECLS

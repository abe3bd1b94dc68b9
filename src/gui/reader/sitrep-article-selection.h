/* sitrep-article-selection.h — the article list's selection of several articles
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The row the reader should show after the selection of @model (a
 * GtkMultiSelection of SitrepArticle) changed at @position, @n_items: the
 * only selected row; the row a Ctrl+click added; the far end of a Shift+click
 * range; else the shown article (@current_id) while it stays selected, or the
 * first selected row. GTK_INVALID_LIST_POSITION when nothing is selected. */
guint   sitrep_article_selection_focus   (GtkSelectionModel *model,
                                          guint              position,
                                          guint              n_items,
                                          gint64             current_id);
/* The ids (gint64) of the selected articles in list order; { @current_id }
 * when none is selected (and @current_id is not 0). @model may be NULL. */
GArray *sitrep_article_selection_dup_ids (GtkSelectionModel *model,
                                          gint64             current_id);

G_END_DECLS

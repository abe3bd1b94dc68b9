/* sitrep-article-actions.h — the window's verbs on articles: delete, and the sources dialog
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

/* Installs on the main window's class:
 *   win.delete-articles   — choose articles to delete, the selected ones ticked
 *                           (Delete or Ctrl+Delete in the article list);
 *   win.delete-article x  — the same with article x ticked (the article list's menu);
 *   win.mark-selected s   — status s ("new", "in-progress", "done") for every
 *                           selected article, one undo step;
 *   win.suggest-selected  — Suggest in the selected articles, in the background;
 *   win.show-sources      — the sources, to merge two spellings (Ctrl+Alt+S).
 * They use the window's public API only. */
void sitrep_article_actions_install (GtkWidgetClass *window_class);
/* Enables them for @store (NULL: welcome screen); deleting needs @writable. */
void sitrep_article_actions_update  (GtkWidget      *window,
                                     SitrepStore    *store,
                                     gboolean        writable);

/* Delete and Ctrl+Delete on the article list (and only there) ask to delete
 * the selected articles. */
void sitrep_article_actions_add_list_shortcuts (GtkWidget *list_view);

G_END_DECLS

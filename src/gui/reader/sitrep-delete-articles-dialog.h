/* sitrep-delete-articles-dialog.h — choose the articles to delete, then confirm
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_DELETE_ARTICLES_DIALOG (sitrep_delete_articles_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SitrepDeleteArticlesDialog, sitrep_delete_articles_dialog, SITREP, DELETE_ARTICLES_DIALOG, AdwWindow)

/* Lists the articles of @store (searchable), @ids ticked. Delete asks
 * first, saying it cannot be undone; the articles go in one transaction and
 * the main window it is transient for says how many went. */
GtkWidget *sitrep_delete_articles_dialog_new         (SitrepStore                *store,
                                                      const gint64               *ids,
                                                      guint                       n_ids);
/* The ticked articles (gint64). */
GArray    *sitrep_delete_articles_dialog_dup_checked (SitrepDeleteArticlesDialog *self);
/* Asks whether to delete the ticked articles (what Delete… does) and returns
 * the question (an AdwMessageDialog: "cancel" or "delete"), or NULL when
 * nothing is ticked. */
GtkWidget *sitrep_delete_articles_dialog_confirm     (SitrepDeleteArticlesDialog *self);

G_END_DECLS

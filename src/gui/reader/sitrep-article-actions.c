/* sitrep-article-actions.c — the window's verbs on articles: delete, and the sources dialog
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-article-actions"

#include "config.h"

#include "sitrep-article-actions.h"
#include "sitrep-delete-articles-dialog.h"
#include "sitrep-sources-dialog.h"
#include "sitrep-window.h"

static void
present_over (GtkWidget *window,
              GtkWidget *dialog)
{
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_articles_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  SitrepStore *store = sitrep_window_get_store (SITREP_WINDOW (widget));
  gint64 id = param != NULL ? g_variant_get_int64 (param) : sitrep_window_get_selected_id (SITREP_WINDOW (widget));

  if (store == NULL || sitrep_store_is_read_only (store))
    return;
  present_over (widget, sitrep_delete_articles_dialog_new (store, &id, id > 0 ? 1 : 0));
}

static void
show_sources_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SitrepStore *store = sitrep_window_get_store (SITREP_WINDOW (widget));

  if (store != NULL)
    present_over (widget, sitrep_sources_dialog_new (store));
}

void
sitrep_article_actions_install (GtkWidgetClass *window_class)
{
  gtk_widget_class_install_action (window_class, "win.delete-articles", NULL, delete_articles_action);
  gtk_widget_class_install_action (window_class, "win.delete-article", "x", delete_articles_action);
  gtk_widget_class_install_action (window_class, "win.show-sources", NULL, show_sources_action);
}

void
sitrep_article_actions_update (GtkWidget   *window,
                               SitrepStore *store,
                               gboolean     writable)
{
  gtk_widget_action_set_enabled (window, "win.delete-articles", store != NULL && writable);
  gtk_widget_action_set_enabled (window, "win.delete-article", store != NULL && writable);
  gtk_widget_action_set_enabled (window, "win.show-sources", store != NULL);
}

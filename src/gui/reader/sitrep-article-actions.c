/* sitrep-article-actions.c — the window's verbs on articles: delete, mark, and the sources dialog
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-article-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-article-actions.h"
#include "sitrep-article-row.h"
#include "sitrep-delete-articles-dialog.h"
#include "sitrep-reader.h"
#include "sitrep-suggestion-review.h"
#include "sitrep-sources-dialog.h"
#include "sitrep-store-articles.h"
#include "sitrep-window.h"

static void
present_over (GtkWidget *window,
              GtkWidget *dialog)
{
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* win.delete-articles ticks the articles selected in the list (the shown one
 * when there is no other); win.delete-article x ticks x. */
static void
delete_articles_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  SitrepStore *store = sitrep_window_get_store (SITREP_WINDOW (widget));
  g_autoptr(GArray) ids = NULL;

  if (store == NULL || sitrep_store_is_read_only (store))
    return;
  if (param != NULL)
    {
      gint64 id = g_variant_get_int64 (param);

      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (ids, id);
    }
  else
    ids = sitrep_window_dup_selected_ids (SITREP_WINDOW (widget));
  present_over (widget, sitrep_delete_articles_dialog_new (store, (const gint64 *) (gpointer) ids->data, ids->len));
}

static char *
marked_message (SitrepArticleStatus status,
                guint               n)
{
  switch (status)
    {
    case SITREP_ARTICLE_STATUS_NEW:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u article marked as new.",
                                           "%'u articles marked as new.", n), n);
    case SITREP_ARTICLE_STATUS_IN_PROGRESS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u article marked as in progress.",
                                           "%'u articles marked as in progress.", n), n);
    case SITREP_ARTICLE_STATUS_DONE:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u article marked as done.",
                                           "%'u articles marked as done.", n), n);
    }
}

/* win.mark-selected s: the status s for every selected article, one undo
 * step; win.mark-article (xs): status s for article x alone. */
static void
mark_selected_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SitrepWindow *window = SITREP_WINDOW (widget);
  SitrepStore *store = sitrep_window_get_store (window);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *name = NULL;
  SitrepArticleStatus status;
  guint n_done = 0;

  if (g_variant_is_of_type (param, G_VARIANT_TYPE ("(xs)")))
    {
      gint64 id;

      g_variant_get (param, "(x&s)", &id, &name);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (ids, id);
    }
  else
    name = g_variant_get_string (param, NULL);
  if (store == NULL || sitrep_store_is_read_only (store) || !sitrep_article_status_from_string (name, &status))
    return;
  if (ids == NULL)
    ids = sitrep_window_dup_selected_ids (window);
  if (ids->len == 0)
    return;

  sitrep_store_begin_group (store, ids->len == 1 ? _("Mark article") : _("Mark articles"));
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(SitrepArticle) article = sitrep_store_get_article (store, g_array_index (ids, gint64, i), NULL);

      /* Deleted meanwhile, or already so: nothing to write. */
      if (article == NULL || sitrep_article_get_status (article) == status)
        continue;
      if (!sitrep_store_set_article_status (store, g_array_index (ids, gint64, i), status, &error))
        break;
      n_done++;
    }
  sitrep_store_end_group (store);

  if (error != NULL)
    sitrep_window_show_toast (window, error->message);
  else if (n_done == 0)
    sitrep_window_show_toast (window, ids->len == 1 ? _("The article already has that status.")
                                                    : _("The selected articles already have that status."));
  else
    {
      message = marked_message (status, n_done);
      sitrep_window_show_undo_toast (window, message);
    }
}

/* win.suggest-selected: Suggest in the selected articles, in the background;
 * the reader shows the progress and Cancel, as for Suggest in All Articles.
 * win.suggest-article x: in article x alone (a row's menu). */
static void
suggest_selected_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  SitrepWindow *window = SITREP_WINDOW (widget);
  SitrepStore *store = sitrep_window_get_store (window);
  SitrepSuggestionReview *review = sitrep_reader_get_suggestion_review (sitrep_window_get_reader (window));
  g_autoptr(GArray) ids = NULL;

  if (store == NULL || sitrep_store_is_read_only (store) || review == NULL ||
      sitrep_suggestion_review_get_running (review))
    return;
  if (param != NULL)
    {
      gint64 id = g_variant_get_int64 (param);

      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (ids, id);
    }
  else
    ids = sitrep_window_dup_selected_ids (window);
  sitrep_suggestion_review_suggest_articles (review, (const gint64 *) (gpointer) ids->data, ids->len);
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
  gtk_widget_class_install_action (window_class, "win.mark-selected", "s", mark_selected_action);
  gtk_widget_class_install_action (window_class, "win.suggest-selected", NULL, suggest_selected_action);
  gtk_widget_class_install_action (window_class, "win.mark-article", "(xs)", mark_selected_action);
  gtk_widget_class_install_action (window_class, "win.suggest-article", "x", suggest_selected_action);
  gtk_widget_class_install_action (window_class, "win.show-sources", NULL, show_sources_action);
}

void
sitrep_article_actions_update (GtkWidget   *window,
                               SitrepStore *store,
                               gboolean     writable)
{
  gtk_widget_action_set_enabled (window, "win.delete-articles", store != NULL && writable);
  gtk_widget_action_set_enabled (window, "win.delete-article", store != NULL && writable);
  gtk_widget_action_set_enabled (window, "win.mark-selected", store != NULL && writable);
  gtk_widget_action_set_enabled (window, "win.suggest-selected", store != NULL && writable);
  gtk_widget_action_set_enabled (window, "win.mark-article", store != NULL && writable);
  gtk_widget_action_set_enabled (window, "win.suggest-article", store != NULL && writable);
  gtk_widget_action_set_enabled (window, "win.show-sources", store != NULL);
}

static gboolean
on_list_key_pressed (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     gpointer               user_data)
{
  GtkWidget *list_view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  /* The focused row's menu, as a right click shows it. */
  if (keyval == GDK_KEY_Menu || (keyval == GDK_KEY_F10 && (state & GDK_MODIFIER_MASK) == GDK_SHIFT_MASK))
    {
      GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (list_view));
      GtkWidget *row = focus;

      while (row != NULL && !SITREP_IS_ARTICLE_ROW (row))
        row = gtk_widget_get_first_child (row);
      if (row == NULL || focus == NULL || !gtk_widget_is_ancestor (focus, list_view))
        return FALSE;
      sitrep_article_row_popup_menu (SITREP_ARTICLE_ROW (row));
      return TRUE;
    }
  if (keyval != GDK_KEY_Delete && keyval != GDK_KEY_KP_Delete)
    return FALSE;
  if ((state & (GDK_SHIFT_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;
  return gtk_widget_activate_action (list_view, "win.delete-articles", NULL);
}

void
sitrep_article_actions_add_list_shortcuts (GtkWidget *list_view)
{
  GtkEventController *controller = gtk_event_controller_key_new ();

  /* Deleting articles is the list's key (Delete, Ctrl+Delete), not the
   * window's: in a text entry Ctrl+Delete deletes the next word. Seen
   * before the focused row. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_list_key_pressed), NULL);
  gtk_widget_add_controller (list_view, controller);
}
